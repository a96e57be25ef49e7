/* A tiny program that uses an installed gateway.h: built by tests/packaging.sh with CMake
   (find_package and add_subdirectory) and with pkg-config. Prints "consumer: ok". */
#define GATEWAY_IMPLEMENTATION
#include <gateway.h>
#include <stdio.h>
#include <string.h>

int main(void)
{
    static unsigned char scratch[4096];
    gw_dmod_msg m, back;
    gw_error e;
    char out[64];
    size_t n;
    memset(&m, 0, sizeof m);
    m.kind = GW_DMOD_HEARTBEAT_BACK;
    if (gw_dmod_encode(&m, out, sizeof out, &n, &e) != GW_OK) return 1;
    if (gw_dmod_decode(out, n, GW_FROM_CLIENT, &back, scratch, sizeof scratch, &e) != GW_OK) return 1;
    if (back.kind != GW_DMOD_HEARTBEAT_BACK) return 1;
#ifdef GATEWAY_ZLIB
    {
        static gw_z_deflater zd;
        static gw_z_inflater zi;
        unsigned char z[128];
        char j[64];
        size_t zn, jn;
        int done;
        if (gw_z_deflate_init(&zd, -1, NULL, NULL, NULL) || gw_z_inflate_init(&zi, NULL, NULL, NULL)) return 1;
        if (gw_z_deflate_message(&zd, out, n, z, sizeof z, &zn)) return 1;
        if (gw_z_inflate_feed(&zi, z, zn, j, sizeof j, &jn, &done) || !done || jn != n) return 1;
        gw_z_deflate_end(&zd);
        gw_z_inflate_end(&zi);
        printf("consumer: ok (zlib)\n");
        return 0;
    }
#endif
    printf("consumer: ok\n");
    return 0;
}
