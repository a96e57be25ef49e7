/* test_json_swar.c - test_json_tok.c once more, built with GJ_NO_SIMD: the portable SWAR scanning
   code that targets without SSE2 (or NEON) run, in a private static copy of the tokenizer. */
#define GJ_NO_SIMD
#define GATEWAY_JSON_STATIC
#define GATEWAY_JSON_IMPLEMENTATION
#define JSON_TOK_SUITE "json_tok (GJ_NO_SIMD)"
#include "test_json_tok.c"
