/* test_json_raw_swar.c - test_json_raw.c once more, built with GJ_NO_SIMD: the key-check mode on the
   portable SWAR scanning code. */
#define GJ_NO_SIMD
#define JSON_RAW_SUITE "json_raw (GJ_NO_SIMD)"
#include "test_json_raw.c"
