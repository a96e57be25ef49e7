/* instr_impl.c - gateway.h's implementation in a translation unit of its own, for build/instr
   (bench/instructions.sh). Kept apart from bench/instr.c so that gw_decode, gw_encode, gw_peek and
   gj_tokenize stay real, out-of-line functions: callgrind's --toggle-collect counts exactly the
   instructions executed inside them, as an application linking the library would call them. */
#define GATEWAY_IMPLEMENTATION
#include "../gateway.h"
