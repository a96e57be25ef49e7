/* Included three times: declarations only (as another header of the program would), then with the
   implementation, then again: each protocol's declarations and its implementation sit in parts of
   their own, and every part must come exactly once. tests/run.sh compiles it with each compiler
   (C and C++, every warning an error) and runs it. */
#include "../gateway.h"
#define GATEWAY_IMPLEMENTATION
#include "../gateway.h"
#include "../gateway.h"
#include <string.h>

int main(void)
{
    static unsigned char scratch[4096];
    gw_dmod_msg m;
    gw_error e;
    const char *hb = "{\"op\":3,\"t\":null,\"d\":null}";
    if (gw_dmod_decode(hb, strlen(hb), GW_FROM_SERVER, &m, scratch, sizeof scratch, &e) != GW_OK) return 1;
    return m.kind == GW_DMOD_HEARTBEAT && gw_proto_find("dmod") == GW_PROTO_DMOD ? 0 : 1;
}
