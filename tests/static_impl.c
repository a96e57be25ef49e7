/* GATEWAY_STATIC: the whole library as static functions of this one file, which calls only one of
   them. tests/packaging.sh compiles and runs it as C (gcc, clang) and C++ (g++, clang++) with every
   warning an error: the unused ones must stay quiet (GW_DEF / GJ_DEF mark them unused). */
#define GATEWAY_STATIC
#define GATEWAY_IMPLEMENTATION
#include "../gateway.h"

int main(void)
{
    return gw_proto_find("dmod") == GW_PROTO_DMOD ? 0 : 1;
}
