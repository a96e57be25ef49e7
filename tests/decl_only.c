/* Declarations only (no implementation macro): the public headers must stand alone. */
#include "../gateway.h"
int gw_decl_only_check(void);
int gw_decl_only_check(void) { return (int)GJ_OK; }
