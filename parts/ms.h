/* placeholder: being written */
#ifndef GW__PART_IMPL
typedef enum gw_ms_kind { GW_MS_NONE = 0 } gw_ms_kind;
typedef struct gw_ms_msg { gw_ms_kind kind; } gw_ms_msg;
GW__DECLARE(ms);
#else
static const gw__variant gw__ms_variants[1] = { { 0, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL } };
static const gw__proto gw__ms_proto = { "ms", "op", 0, { 0, 0, 0 }, sizeof(gw_ms_msg), gw__ms_variants, 0 };
GW__WRAPPERS(ms)
#endif
