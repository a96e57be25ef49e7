/* The one translation unit that holds the library's implementation for every test program. */
#define GATEWAY_IMPLEMENTATION
#include "../gateway.h"
