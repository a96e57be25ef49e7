/* placeholder: being written */
#ifndef GW__PART_IMPL
typedef enum gw_ng_kind { GW_NG_NONE = 0 } gw_ng_kind;
typedef struct gw_ng_msg { gw_ng_kind kind; } gw_ng_msg;
GW__DECLARE(ng);
#else
static const gw__variant gw__ng_variants[1] = { { 0, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL } };
static const gw__proto gw__ng_proto = { "ng", "op", 0, { 0, 0, 0 }, sizeof(gw_ng_msg), gw__ng_variants, 0 };
GW__WRAPPERS(ng)
#endif
