/* toy/toy.h - include before gateway.h to compile it with the toy protocol (HACKING.md, "Add a
   protocol"): step 2 is its entry in the list of protocols (which makes GW_PROTO_TOY); steps 1,
   3 and 4 are the three files named here, which gateway.h includes where a protocol's sections go.
   Paths are relative to gateway.h. Used by tests/test_toy.c, test_tables.c and with_toy.h. */
#define GW_EXTRA_PROTOCOLS(X) X(toy, GW_PROTO_TOY)
#define GW_EXTRA_DECLS "tests/toy/toy_decls.h"
#define GW_EXTRA_TABLES "tests/toy/toy_tables.h"
#define GW_EXTRA_SESSION "tests/toy/toy_session.h"
