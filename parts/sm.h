/* placeholder: being written */
#ifndef GW__PART_IMPL
typedef enum gw_sm_kind { GW_SM_NONE = 0 } gw_sm_kind;
typedef struct gw_sm_msg { gw_sm_kind kind; } gw_sm_msg;
GW__DECLARE(sm);
#else
static const gw__variant gw__sm_variants[1] = { { 0, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL } };
static const gw__proto gw__sm_proto = { "sm", "op", 0, { 0, 0, 0 }, sizeof(gw_sm_msg), gw__sm_variants, 0 };
GW__WRAPPERS(sm)
#endif
