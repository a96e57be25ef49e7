/* placeholder: being written */
#ifndef GW__PART_IMPL
typedef enum gw_i386_kind { GW_I386_NONE = 0 } gw_i386_kind;
typedef struct gw_i386_msg { gw_i386_kind kind; } gw_i386_msg;
GW__DECLARE(i386);
#else
static const gw__variant gw__i386_variants[1] = { { 0, NULL, 0, 0, NULL, NULL, NULL, NULL, NULL } };
static const gw__proto gw__i386_proto = { "i386", "op", 0, { 0, 0, 0 }, sizeof(gw_i386_msg), gw__i386_variants, 0 };
GW__WRAPPERS(i386)
#endif
