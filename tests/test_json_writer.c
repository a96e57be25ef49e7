/* test_json_writer.c - the writer, round trips through the tokenizer, and zero allocation. */
#include "t.h"
#include "../gateway_json.h"
#include <stdlib.h>
#include <float.h>
#include <math.h>
#include <inttypes.h>

static uint64_t rng_state;
static uint64_t rnd(void) /* splitmix64 */
{
    uint64_t z = (rng_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}
static uint32_t rnd_below(uint32_t n) { return (uint32_t)(rnd() % n); }

/* Finish w, expect GJ_OK and text `want` (length n). Also re-tokenizes the output. */
static void expect_out(gj_writer *w, const char *want, size_t n)
{
    size_t len = 999;
    gj_status st;
    gj_err e = gj_writer_finish(w, &len);
    if (e != GJ_OK) { t_failf(__FILE__, __LINE__, "finish: %s", gj_strerror(e)); return; }
    CHECK_EQ(len, n);
    if (len != n || memcmp(w->buf, want, n) != 0)
        t_failf(__FILE__, __LINE__, "output \"%s\", want \"%s\"", w->buf, want);
    CHECK_EQ(w->buf[len], 0);
    CHECK_GJ(gj_validate(w->buf, len, &st), GJ_OK);
}
#define EXPECT_OUT(w, lit) expect_out(w, lit, sizeof(lit) - 1)

/* Finish w, expect error e, buf "" and *len 0. */
static void expect_err(gj_writer *w, gj_err e, int line)
{
    size_t len = 999;
    gj_err got = gj_writer_finish(w, &len);
    if (got != e) t_failf(__FILE__, line, "finish: got %s, want %s", gj_strerror(got), gj_strerror(e));
    if (len != 0) t_failf(__FILE__, line, "len %zu after error", len);
    if (w->cap && w->buf[0] != 0) t_failf(__FILE__, line, "buf not empty after error");
}
#define EXPECT_ERR(w, e) expect_err(w, e, __LINE__)

static void test_every_function(void)
{
    char buf[512];
    gj_writer w;
    gj_writer_init(&w, buf, sizeof buf);
    gj_obj_begin(&w);
    gj_key(&w, "a", 1); gj_int(&w, 1);
    gj_key(&w, "b", 1);
    gj_arr_begin(&w);
    gj_bool(&w, 1); gj_bool(&w, 0); gj_bool(&w, 2); gj_null(&w); gj_str(&w, "x", 1); gj_int(&w, -5);
    gj_uint(&w, UINT64_MAX); gj_uint_str(&w, 123); gj_double(&w, 1.5); gj_str_raw(&w, "q\\n", 3);
    gj_raw(&w, "{\"r\":[1,2]}", 11); gj_arr_begin(&w); gj_arr_end(&w); gj_obj_begin(&w); gj_obj_end(&w);
    gj_arr_end(&w);
    gj_key(&w, "c", 1); gj_obj_begin(&w); gj_obj_end(&w);
    gj_key(&w, "d", 1); gj_arr_begin(&w); gj_arr_end(&w);
    gj_key(&w, "e", 1); gj_obj_begin(&w); gj_key(&w, "f", 1); gj_null(&w); gj_key(&w, "g", 1); gj_str(&w, "", 0); gj_obj_end(&w);
    gj_obj_end(&w);
    EXPECT_OUT(&w, "{\"a\":1,\"b\":[true,false,true,null,\"x\",-5,18446744073709551615,\"123\",1.5,\"q\\n\","
                   "{\"r\":[1,2]},[],{}],\"c\":{},\"d\":[],\"e\":{\"f\":null,\"g\":\"\"}}");
}

static void test_scalars_top_level(void)
{
    char buf[64];
    gj_writer w;
    gj_writer_init(&w, buf, sizeof buf); gj_int(&w, INT64_MIN); EXPECT_OUT(&w, "-9223372036854775808");
    gj_writer_init(&w, buf, sizeof buf); gj_int(&w, INT64_MAX); EXPECT_OUT(&w, "9223372036854775807");
    gj_writer_init(&w, buf, sizeof buf); gj_int(&w, 0); EXPECT_OUT(&w, "0");
    gj_writer_init(&w, buf, sizeof buf); gj_int(&w, -1); EXPECT_OUT(&w, "-1");
    gj_writer_init(&w, buf, sizeof buf); gj_uint(&w, 0); EXPECT_OUT(&w, "0");
    gj_writer_init(&w, buf, sizeof buf); gj_uint(&w, UINT64_MAX); EXPECT_OUT(&w, "18446744073709551615");
    gj_writer_init(&w, buf, sizeof buf); gj_uint_str(&w, 0); EXPECT_OUT(&w, "\"0\"");
    gj_writer_init(&w, buf, sizeof buf); gj_uint_str(&w, UINT64_MAX); EXPECT_OUT(&w, "\"18446744073709551615\"");
    gj_writer_init(&w, buf, sizeof buf); gj_uint_str(&w, 155112606661607425ull); EXPECT_OUT(&w, "\"155112606661607425\"");
    gj_writer_init(&w, buf, sizeof buf); gj_bool(&w, 0); EXPECT_OUT(&w, "false");
    gj_writer_init(&w, buf, sizeof buf); gj_null(&w); EXPECT_OUT(&w, "null");
    gj_writer_init(&w, buf, sizeof buf); gj_str(&w, "", 0); EXPECT_OUT(&w, "\"\"");
    gj_writer_init(&w, buf, sizeof buf); gj_str_raw(&w, "", 0); EXPECT_OUT(&w, "\"\"");
    gj_writer_init(&w, buf, sizeof buf); gj_double(&w, 0.0); EXPECT_OUT(&w, "0");
    gj_writer_init(&w, buf, sizeof buf); gj_double(&w, -0.0); EXPECT_OUT(&w, "-0");
    gj_writer_init(&w, buf, sizeof buf); gj_double(&w, 0.1); EXPECT_OUT(&w, "0.1");
    gj_writer_init(&w, buf, sizeof buf); gj_double(&w, -2.5); EXPECT_OUT(&w, "-2.5");
    gj_writer_init(&w, buf, sizeof buf); gj_double(&w, 1e300); EXPECT_OUT(&w, "1e+300");
    gj_writer_init(&w, buf, sizeof buf); gj_raw(&w, "[1, 2]", 6); EXPECT_OUT(&w, "[1, 2]");
    /* compact: the whitespace between tokens goes, the strings' own stays (escaped quotes too) */
    gj_writer_init(&w, buf, sizeof buf); gj_raw_compact(&w, " { \"a b\" : [ 1 ,\t\"x \\\" y\" ] }\n", 30);
    EXPECT_OUT(&w, "{\"a b\":[1,\"x \\\" y\"]}");
    gj_writer_init(&w, buf, sizeof buf); gj_arr_begin(&w); gj_raw_compact(&w, " 1 ", 3); gj_raw_compact(&w, "{ }", 3); gj_arr_end(&w);
    EXPECT_OUT(&w, "[1,{}]");
    gj_writer_init(&w, buf, sizeof buf); gj_obj_begin(&w); gj_obj_end(&w); EXPECT_OUT(&w, "{}");
    gj_writer_init(&w, buf, sizeof buf); gj_arr_begin(&w); gj_arr_end(&w); EXPECT_OUT(&w, "[]");
    /* len may be NULL */
    gj_writer_init(&w, buf, sizeof buf); gj_null(&w);
    CHECK_GJ(gj_writer_finish(&w, NULL), GJ_OK);
    CHECK_STR(buf, "null");
}

static void test_commas(void)
{
    char buf[128];
    gj_writer w;
    gj_writer_init(&w, buf, sizeof buf);
    gj_arr_begin(&w);
    gj_arr_begin(&w); gj_arr_end(&w);
    gj_arr_begin(&w); gj_int(&w, 1); gj_arr_end(&w);
    gj_obj_begin(&w); gj_key(&w, "k", 1); gj_arr_begin(&w); gj_null(&w); gj_null(&w); gj_arr_end(&w);
    gj_key(&w, "l", 1); gj_raw(&w, "7", 1); gj_obj_end(&w);
    gj_raw(&w, "8", 1);
    gj_str_raw(&w, "9", 1);
    gj_arr_end(&w);
    EXPECT_OUT(&w, "[[],[1],{\"k\":[null,null],\"l\":7},8,\"9\"]");
}

static void test_escaping(void)
{
    char buf[512], in[40];
    gj_writer w;
    int c;
    gj_writer_init(&w, buf, sizeof buf);
    gj_str(&w, "\"\\/\b\f\n\r\t\x7F\xC3\xA9\xF0\x9F\x98\x80", 15);
    EXPECT_OUT(&w, "\"\\\"\\\\/\\b\\f\\n\\r\\t\x7F\xC3\xA9\xF0\x9F\x98\x80\"");
    /* every control byte: the short forms where JSON has them, \u00XX otherwise */
    for (c = 0; c < 0x20; c++) in[c] = (char)c;
    gj_writer_init(&w, buf, sizeof buf);
    gj_str(&w, in, 0x20);
    EXPECT_OUT(&w, "\"\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000b\\f\\r\\u000e\\u000f"
                   "\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019\\u001a\\u001b\\u001c\\u001d"
                   "\\u001e\\u001f\"");
    /* keys are escaped the same way; long clean runs around specials */
    gj_writer_init(&w, buf, sizeof buf);
    gj_obj_begin(&w);
    gj_key(&w, "a\"b\0c", 5); gj_int(&w, 1);
    gj_key(&w, "0123456789abcdef\n0123456789abcdef", 33); gj_int(&w, 2);
    gj_obj_end(&w);
    EXPECT_OUT(&w, "{\"a\\\"b\\u0000c\":1,\"0123456789abcdef\\n0123456789abcdef\":2}");
}

static void test_state_errors(void)
{
    char buf[64];
    gj_writer w;
    size_t len;
    /* key in an array */
    gj_writer_init(&w, buf, sizeof buf); gj_arr_begin(&w); gj_key(&w, "a", 1);
    CHECK_GJ(w.err, GJ_ERR_WRITER_STATE); EXPECT_ERR(&w, GJ_ERR_WRITER_STATE);
    /* key at top level */
    gj_writer_init(&w, buf, sizeof buf); gj_key(&w, "a", 1); EXPECT_ERR(&w, GJ_ERR_WRITER_STATE);
    /* value where a key is due */
    gj_writer_init(&w, buf, sizeof buf); gj_obj_begin(&w); gj_int(&w, 1); EXPECT_ERR(&w, GJ_ERR_WRITER_STATE);
    gj_writer_init(&w, buf, sizeof buf); gj_obj_begin(&w); gj_key(&w, "a", 1); gj_int(&w, 1); gj_str(&w, "b", 1);
    EXPECT_ERR(&w, GJ_ERR_WRITER_STATE);
    gj_writer_init(&w, buf, sizeof buf); gj_obj_begin(&w); gj_arr_begin(&w); EXPECT_ERR(&w, GJ_ERR_WRITER_STATE);
    gj_writer_init(&w, buf, sizeof buf); gj_obj_begin(&w); gj_raw(&w, "1", 1); EXPECT_ERR(&w, GJ_ERR_WRITER_STATE);
    gj_writer_init(&w, buf, sizeof buf); gj_obj_begin(&w); gj_double(&w, 1.0); EXPECT_ERR(&w, GJ_ERR_WRITER_STATE);
    /* two keys in a row */
    gj_writer_init(&w, buf, sizeof buf); gj_obj_begin(&w); gj_key(&w, "a", 1); gj_key(&w, "b", 1);
    EXPECT_ERR(&w, GJ_ERR_WRITER_STATE);
    /* closing an object whose key has no value */
    gj_writer_init(&w, buf, sizeof buf); gj_obj_begin(&w); gj_key(&w, "a", 1); gj_obj_end(&w);
    EXPECT_ERR(&w, GJ_ERR_WRITER_STATE);
    /* unbalanced ends */
    gj_writer_init(&w, buf, sizeof buf); gj_arr_end(&w); EXPECT_ERR(&w, GJ_ERR_WRITER_STATE);
    gj_writer_init(&w, buf, sizeof buf); gj_obj_end(&w); EXPECT_ERR(&w, GJ_ERR_WRITER_STATE);
    gj_writer_init(&w, buf, sizeof buf); gj_obj_begin(&w); gj_arr_end(&w); EXPECT_ERR(&w, GJ_ERR_WRITER_STATE);
    gj_writer_init(&w, buf, sizeof buf); gj_arr_begin(&w); gj_obj_end(&w); EXPECT_ERR(&w, GJ_ERR_WRITER_STATE);
    gj_writer_init(&w, buf, sizeof buf); gj_arr_begin(&w); gj_arr_end(&w); gj_arr_end(&w); EXPECT_ERR(&w, GJ_ERR_WRITER_STATE);
    /* two top-level values */
    gj_writer_init(&w, buf, sizeof buf); gj_int(&w, 1); gj_int(&w, 2); EXPECT_ERR(&w, GJ_ERR_WRITER_STATE);
    gj_writer_init(&w, buf, sizeof buf); gj_obj_begin(&w); gj_obj_end(&w); gj_arr_begin(&w); EXPECT_ERR(&w, GJ_ERR_WRITER_STATE);
    gj_writer_init(&w, buf, sizeof buf); gj_null(&w); gj_raw(&w, "1", 1); EXPECT_ERR(&w, GJ_ERR_WRITER_STATE);
    gj_writer_init(&w, buf, sizeof buf); gj_str(&w, "a", 1); gj_key(&w, "a", 1); EXPECT_ERR(&w, GJ_ERR_WRITER_STATE);
    /* finish with open containers, or nothing */
    gj_writer_init(&w, buf, sizeof buf); gj_arr_begin(&w); gj_int(&w, 1); EXPECT_ERR(&w, GJ_ERR_WRITER_STATE);
    gj_writer_init(&w, buf, sizeof buf); gj_obj_begin(&w); gj_key(&w, "a", 1); gj_arr_begin(&w); gj_arr_end(&w);
    EXPECT_ERR(&w, GJ_ERR_WRITER_STATE);
    gj_writer_init(&w, buf, sizeof buf); EXPECT_ERR(&w, GJ_ERR_WRITER_STATE);
    gj_writer_init(&w, buf, sizeof buf); gj_obj_begin(&w); gj_key(&w, "a", 1); EXPECT_ERR(&w, GJ_ERR_WRITER_STATE);
    /* errors are sticky: later calls change nothing */
    gj_writer_init(&w, buf, sizeof buf); gj_arr_begin(&w); gj_key(&w, "a", 1);
    len = w.len;
    gj_int(&w, 1); gj_arr_end(&w); gj_str(&w, "x", 1); gj_obj_begin(&w); gj_double(&w, 1.0);
    CHECK_EQ(w.len, len);
    EXPECT_ERR(&w, GJ_ERR_WRITER_STATE);
    CHECK_GJ(gj_writer_finish(&w, &len), GJ_ERR_WRITER_STATE); /* finishing twice reports it again */
}

static void test_depth(void)
{
    char buf[256];
    gj_writer w;
    gj_status st;
    gj_tok toks[GJ_MAX_DEPTH];
    size_t len, i;
    gj_writer_init(&w, buf, sizeof buf);
    for (i = 0; i < GJ_MAX_DEPTH; i++) gj_arr_begin(&w);
    CHECK_GJ(w.err, GJ_OK);
    for (i = 0; i < GJ_MAX_DEPTH; i++) gj_arr_end(&w);
    CHECK_GJ(gj_writer_finish(&w, &len), GJ_OK);
    CHECK_EQ(len, 2 * GJ_MAX_DEPTH);
    CHECK_GJ(gj_tokenize(buf, len, toks, GJ_MAX_DEPTH, &st), GJ_OK); /* the tokenizer takes it back */
    gj_writer_init(&w, buf, sizeof buf);
    for (i = 0; i <= GJ_MAX_DEPTH; i++) gj_arr_begin(&w);
    CHECK_GJ(w.err, GJ_ERR_DEPTH);
    EXPECT_ERR(&w, GJ_ERR_DEPTH);
    gj_writer_init(&w, buf, sizeof buf);
    for (i = 0; i < GJ_MAX_DEPTH; i++) { gj_obj_begin(&w); gj_key(&w, "a", 1); }
    gj_obj_begin(&w);
    EXPECT_ERR(&w, GJ_ERR_DEPTH);
}

static void test_not_finite(void)
{
    char buf[64];
    gj_writer w;
    volatile double zero = 0.0;
    double vals[3];
    size_t i;
    vals[0] = zero / zero; vals[1] = 1.0 / zero; vals[2] = -1.0 / zero;
    for (i = 0; i < 3; i++) {
        gj_writer_init(&w, buf, sizeof buf);
        gj_double(&w, vals[i]);
        EXPECT_ERR(&w, GJ_ERR_NOT_FINITE);
        gj_writer_init(&w, buf, sizeof buf);
        gj_arr_begin(&w); gj_double(&w, 1.0); gj_double(&w, vals[i]); gj_arr_end(&w);
        EXPECT_ERR(&w, GJ_ERR_NOT_FINITE);
    }
    gj_writer_init(&w, buf, sizeof buf); gj_double(&w, DBL_MAX); EXPECT_OUT(&w, "1.7976931348623157e+308");
    gj_writer_init(&w, buf, sizeof buf); gj_double(&w, -DBL_MAX); EXPECT_OUT(&w, "-1.7976931348623157e+308");
}

static void test_bad_utf8(void)
{
    static const char *const bad[] = {
        "\x80", "a\xBF", "\xC0\x80", "\xC1\xBF", "\xE0\x80\x80", "\xF0\x80\x80\x80", "\xED\xA0\x80",
        "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xFF", "\xC3", "ab\xE2\x82", "\xF0\x9F\x98", "\xC3" "a",
        "0123456789\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80" "0123456789\xED\xBF\xBF",
    };
    char buf[128];
    gj_writer w;
    size_t i;
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        gj_writer_init(&w, buf, sizeof buf);
        gj_str(&w, bad[i], strlen(bad[i]));
        EXPECT_ERR(&w, GJ_ERR_BAD_UTF8);
        gj_writer_init(&w, buf, sizeof buf);
        gj_obj_begin(&w); gj_key(&w, bad[i], strlen(bad[i])); gj_int(&w, 1); gj_obj_end(&w);
        EXPECT_ERR(&w, GJ_ERR_BAD_UTF8);
    }
    /* the valid boundaries pass through unchanged */
    gj_writer_init(&w, buf, sizeof buf);
    gj_str(&w, "\x7F\xC2\x80\xDF\xBF\xE0\xA0\x80\xEF\xBF\xBF\xF0\x90\x80\x80\xF4\x8F\xBF\xBF", 19);
    EXPECT_OUT(&w, "\"\x7F\xC2\x80\xDF\xBF\xE0\xA0\x80\xEF\xBF\xBF\xF0\x90\x80\x80\xF4\x8F\xBF\xBF\"");
}

static void test_str_raw(void)
{
    static const struct { const char *s; gj_err e; } rows[] = {
        { "plain", GJ_OK }, { "a\\\"b\\\\c\\/\\b\\f\\n\\r\\t", GJ_OK }, { "\\u00e9\\uD83D\\uDE00", GJ_OK },
        { "\xC3\xA9", GJ_OK },
        { "a\"b", GJ_ERR_BAD_ESCAPE }, { "\"", GJ_ERR_BAD_ESCAPE }, { "\\x", GJ_ERR_BAD_ESCAPE },
        { "ab\\", GJ_ERR_BAD_ESCAPE }, { "\\u12", GJ_ERR_BAD_ESCAPE }, { "\\u12G4", GJ_ERR_BAD_ESCAPE },
        { "\\", GJ_ERR_BAD_ESCAPE }, { "a\nb", GJ_ERR_CONTROL_CHAR }, { "\t", GJ_ERR_CONTROL_CHAR },
        { "\\uD800", GJ_ERR_BAD_SURROGATE }, { "\\uDC00x", GJ_ERR_BAD_SURROGATE },
        { "\\uD800\\u0041", GJ_ERR_BAD_SURROGATE }, { "x\\uDBFF", GJ_ERR_BAD_SURROGATE },
        { "\xC3", GJ_ERR_BAD_UTF8 }, { "\xC0\x80", GJ_ERR_BAD_UTF8 }, { "\xED\xA0\x80", GJ_ERR_BAD_UTF8 },
        { "ok\xF0\x9F\x98", GJ_ERR_BAD_UTF8 },
    };
    char buf[128];
    gj_writer w;
    size_t i, len;
    for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        gj_err e;
        gj_writer_init(&w, buf, sizeof buf);
        gj_arr_begin(&w); gj_str_raw(&w, rows[i].s, strlen(rows[i].s)); gj_arr_end(&w);
        e = gj_writer_finish(&w, &len);
        if (e != rows[i].e) t_failf(__FILE__, __LINE__, "str_raw row %zu: got %s, want %s", i, gj_strerror(e), gj_strerror(rows[i].e));
        if (e == GJ_OK) {
            CHECK_EQ(len, strlen(rows[i].s) + 4);
            CHECK(memcmp(buf + 2, rows[i].s, strlen(rows[i].s)) == 0); /* verbatim */
        } else {
            CHECK_EQ(buf[0], 0);
        }
    }
}

/* Build one fixed document into w (used for the capacity sweep and the allocation test). */
static void build_doc(gj_writer *w)
{
    gj_obj_begin(w);
    gj_key(w, "op", 2); gj_int(w, 0);
    gj_key(w, "t", 1); gj_str(w, "MESSAGE_CREATE", 14);
    gj_key(w, "s", 1); gj_uint(w, 42);
    gj_key(w, "d", 1);
    gj_obj_begin(w);
    gj_key(w, "id", 2); gj_uint_str(w, 155112606661607425ull);
    gj_key(w, "content", 7); gj_str(w, "h\xC3\xA9llo \"world\"\n\xF0\x9F\x98\x80", 19);
    gj_key(w, "nums", 4);
    gj_arr_begin(w); gj_double(w, 0.1); gj_double(w, -1e-300); gj_int(w, INT64_MIN); gj_bool(w, 1); gj_null(w); gj_arr_end(w);
    gj_key(w, "raw", 3); gj_str_raw(w, "\\u00e9", 6);
    gj_key(w, "embed", 5); gj_raw(w, "{\"x\":[]}", 8);
    gj_obj_end(w);
    gj_obj_end(w);
}

/* snprintf semantics: every capacity below the need reports it and never writes past cap. */
static void test_capacity_sweep(void)
{
    enum { GUARD = 32 };
    char full[512];
    gj_writer w;
    size_t n, cap, len, i;
    gj_writer_init(&w, full, sizeof full);
    build_doc(&w);
    CHECK_GJ(gj_writer_finish(&w, &n), GJ_OK);
    CHECK_EQ(n, strlen(full));
    for (cap = 0; cap <= n + 1; cap++) {
        unsigned char *g = (unsigned char *)malloc(cap + GUARD);
        char *exact = (char *)malloc(cap ? cap : 1);
        gj_err e;
        int guard_ok = 1;
        memset(g, 0xA5, cap + GUARD);
        gj_writer_init(&w, (char *)g, cap);
        build_doc(&w);
        len = 0;
        e = gj_writer_finish(&w, &len);
        for (i = cap; i < cap + GUARD; i++) if (g[i] != 0xA5) guard_ok = 0;
        CHECK(guard_ok);
        if (cap <= n) {
            CHECK_GJ(e, GJ_ERR_NOMEM);
            CHECK_EQ(len, n + 1);
            if (cap) CHECK_EQ(g[0], 0);
        } else {
            CHECK_GJ(e, GJ_OK);
            CHECK_EQ(len, n);
            CHECK(memcmp(g, full, n + 1) == 0);
        }
        /* the same into an exactly-sized heap buffer: ASan reports any write past the end */
        gj_writer_init(&w, cap ? exact : NULL, cap);
        build_doc(&w);
        CHECK_EQ(gj_writer_finish(&w, &len), cap <= n ? GJ_ERR_NOMEM : GJ_OK);
        CHECK_EQ(len, cap <= n ? n + 1 : n);
        free(exact);
        free(g);
    }
}

/* ---- round trips ------------------------------------------------------------------------------ */

static int double_round_trip(double v)
{
    char buf[64];
    gj_writer w;
    gj_tok t[2];
    gj_status st;
    size_t len;
    double back = 0;
    gj_writer_init(&w, buf, sizeof buf);
    gj_double(&w, v);
    if (gj_writer_finish(&w, &len) != GJ_OK) return 0;
    if (gj_tokenize(buf, len, t, 2, &st) != GJ_OK || t[0].type != GJ_NUMBER) return 0;
    if (gj_get_f64(buf, &t[0], &back) != GJ_OK) return 0;
    return memcmp(&back, &v, sizeof v) == 0;
}

static void test_double_round_trip(void)
{
    const double fixed[] = {
        0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1.0 / 3.0, 2.0 / 3.0, 1e23, 5e-324, -5e-324, DBL_MIN, -DBL_MIN,
        DBL_MAX, -DBL_MAX, DBL_EPSILON, 9007199254740992.0, 9007199254740993.0, 123456789012345678.0,
        1e-7, 1e21, 1e22, 0.1 + 0.2, 100.0, 1.5e-10, 2.2250738585072009e-308, 4.9406564584124654e-323,
        3.141592653589793, 2.718281828459045, 1e308, 1e-308, 1e15, 1e16, 1e17, 123.456, -0.000001,
    };
    size_t i, bad = 0;
    for (i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
        if (!double_round_trip(fixed[i])) { bad++; t_failf(__FILE__, __LINE__, "fixed double %.17g", fixed[i]); }
    rng_state = 0x1234567;
    for (i = 0; i < 20000; i++) {
        uint64_t bits = rnd();
        double v;
        memcpy(&v, &bits, sizeof v);
        if (!isfinite(v)) continue;
        if (!double_round_trip(v) && bad++ < 5) t_failf(__FILE__, __LINE__, "double %a", v);
    }
    CHECK_EQ(bad, 0);
}

static void test_int_round_trip(void)
{
    const int64_t iv[] = { INT64_MIN, INT64_MIN + 1, -1000000000000000000ll, -1, 0, 1, 9, 10, 99, 100,
                           999999999999999999ll, INT64_MAX - 1, INT64_MAX };
    const uint64_t uv[] = { 0, 1, 10, 4294967295ull, 4294967296ull, 10000000000000000000ull, UINT64_MAX - 1, UINT64_MAX };
    char buf[1024];
    gj_writer w;
    gj_tok t[64];
    gj_status st;
    size_t len, i;
    uint32_t k;
    gj_writer_init(&w, buf, sizeof buf);
    gj_arr_begin(&w);
    for (i = 0; i < sizeof iv / sizeof iv[0]; i++) gj_int(&w, iv[i]);
    for (i = 0; i < sizeof uv / sizeof uv[0]; i++) { gj_uint(&w, uv[i]); gj_uint_str(&w, uv[i]); }
    gj_arr_end(&w);
    CHECK_GJ(gj_writer_finish(&w, &len), GJ_OK);
    CHECK_GJ(gj_tokenize(buf, len, t, 64, &st), GJ_OK);
    CHECK_EQ(t[0].size, 13 + 16);
    k = 1;
    for (i = 0; i < sizeof iv / sizeof iv[0]; i++, k++) {
        int64_t v = 0;
        CHECK_GJ(gj_get_i64(buf, &t[k], &v), GJ_OK);
        CHECK(v == iv[i]);
    }
    for (i = 0; i < sizeof uv / sizeof uv[0]; i++) {
        uint64_t v = 0, s = 0;
        CHECK_GJ(gj_get_u64(buf, &t[k++], &v), GJ_OK);
        CHECK_GJ(gj_get_u64_str(buf, &t[k++], &s), GJ_OK);
        CHECK(v == uv[i]);
        CHECK(s == uv[i]);
    }
}

/* Random valid UTF-8 with a bias to the awkward bytes. Returns its length (<= 4 * max_cp). */
static size_t random_text(char *out, size_t max_cp)
{
    size_t n = 0, i, count = rnd_below((uint32_t)max_cp + 1);
    for (i = 0; i < count; i++) {
        uint32_t cp, kind = rnd_below(10);
        if (kind == 0) cp = rnd_below(0x20);                       /* control, incl. NUL */
        else if (kind == 1) cp = (uint32_t)(unsigned char)"\"\\/"[rnd_below(3)];
        else if (kind == 2) cp = 0x20 + rnd_below(0x60);             /* ASCII */
        else if (kind == 3) cp = 0x80 + rnd_below(0x800 - 0x80);     /* 2 bytes */
        else if (kind == 4) { do cp = 0x800 + rnd_below(0x10000 - 0x800); while (cp >= 0xD800 && cp <= 0xDFFF); }
        else if (kind == 5) cp = 0x10000 + rnd_below(0x110000 - 0x10000);
        else if (kind == 6) { static const uint32_t edge[] = { 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFF, 0x10000, 0x10FFFF };
                              cp = edge[rnd_below(9)]; }
        else cp = 'a' + rnd_below(26);
        if (cp < 0x80) out[n++] = (char)cp;
        else if (cp < 0x800) { out[n++] = (char)(0xC0 | (cp >> 6)); out[n++] = (char)(0x80 | (cp & 0x3F)); }
        else if (cp < 0x10000) {
            out[n++] = (char)(0xE0 | (cp >> 12)); out[n++] = (char)(0x80 | ((cp >> 6) & 0x3F));
            out[n++] = (char)(0x80 | (cp & 0x3F));
        } else {
            out[n++] = (char)(0xF0 | (cp >> 18)); out[n++] = (char)(0x80 | ((cp >> 12) & 0x3F));
            out[n++] = (char)(0x80 | ((cp >> 6) & 0x3F)); out[n++] = (char)(0x80 | (cp & 0x3F));
        }
    }
    return n;
}

static void test_string_round_trip(void)
{
    static char text[4 * 80], buf[6 * 4 * 80 + 64], back[4 * 80 + 1], again[6 * 4 * 80 + 64];
    size_t iter, bad = 0;
    rng_state = 42;
    for (iter = 0; iter < 3000; iter++) {
        size_t n = random_text(text, 80), len, blen = 0, len2;
        gj_writer w;
        gj_tok t[4];
        gj_status st;
        int ok = 1;
        gj_writer_init(&w, buf, sizeof buf);
        gj_obj_begin(&w); gj_key(&w, text, n); gj_str(&w, text, n); gj_obj_end(&w);
        if (gj_writer_finish(&w, &len) != GJ_OK) ok = 0;
        else if (gj_tokenize(buf, len, t, 4, &st) != GJ_OK || st.count != 3) ok = 0;
        else if (gj_get_str(buf, &t[2], back, sizeof back, &blen) != GJ_OK || blen != n || memcmp(back, text, n) != 0) ok = 0;
        else if (!gj_str_eq(buf, &t[1], text, n) || gj_find(buf, t, 0, text, n) != 2) ok = 0;
        else {
            /* the escaped form is acceptable to gj_str_raw and comes out byte-identical */
            gj_writer_init(&w, again, sizeof again);
            gj_str_raw(&w, buf + t[2].start, t[2].len);
            if (gj_writer_finish(&w, &len2) != GJ_OK || len2 != t[2].len + 2 ||
                memcmp(again + 1, buf + t[2].start, t[2].len) != 0) ok = 0;
        }
        if (!ok && bad++ < 5) t_failf(__FILE__, __LINE__, "string round trip failed at iteration %zu", iter);
    }
    CHECK_EQ(bad, 0);
}

/* Random nested documents: count the tokens while writing, compare with the tokenizer. */
static size_t random_value(gj_writer *w, int depth)
{
    uint32_t kind = rnd_below(depth >= 6 ? 6 : 8);
    size_t toks = 1, i, n;
    char text[64];
    switch (kind) {
    case 0: gj_int(w, (int64_t)rnd()); break;
    case 1: gj_uint(w, rnd()); break;
    case 2: { double v; uint64_t b = rnd(); memcpy(&v, &b, sizeof v); gj_double(w, isfinite(v) ? v : 0.5); break; }
    case 3: n = random_text(text, 12); gj_str(w, text, n); break;
    case 4: gj_bool(w, (int)rnd_below(2)); break;
    case 5: if (rnd_below(2)) gj_null(w); else gj_uint_str(w, rnd()); break;
    case 6:
        gj_arr_begin(w);
        n = rnd_below(5);
        for (i = 0; i < n; i++) toks += random_value(w, depth + 1);
        gj_arr_end(w);
        break;
    default:
        gj_obj_begin(w);
        n = rnd_below(5);
        for (i = 0; i < n; i++) {
            int k = snprintf(text, sizeof text, "k%zu", i);
            size_t extra = random_text(text + k, 4); /* random suffix after a unique prefix */
            /* keys stay distinct: i < 5, so the byte after 'k' differs between members */
            gj_key(w, text, (size_t)k + extra);
            toks += 1 + random_value(w, depth + 1);
        }
        gj_obj_end(w);
        break;
    }
    return toks;
}

static void test_random_documents(void)
{
    static char buf[1 << 16];
    static gj_tok toks[1 << 14];
    size_t iter, bad = 0;
    rng_state = 7;
    for (iter = 0; iter < 500; iter++) {
        gj_writer w;
        gj_status st;
        size_t len, expect;
        gj_writer_init(&w, buf, sizeof buf);
        expect = random_value(&w, 0);
        if (gj_writer_finish(&w, &len) != GJ_OK) { if (bad++ < 5) t_failf(__FILE__, __LINE__, "finish %zu", iter); continue; }
        if (gj_tokenize(buf, len, toks, sizeof toks / sizeof toks[0], &st) != GJ_OK || st.count != expect ||
            toks[0].next != expect) {
            if (bad++ < 5) t_failf(__FILE__, __LINE__, "doc %zu: %s at %zu, count %zu want %zu", iter,
                                   gj_strerror(st.err), st.offset, st.count, expect);
        }
    }
    CHECK_EQ(bad, 0);
}

/* ---- integers: every magnitude against snprintf, at every capacity around the exact size ------- */

enum { GUARD = 32 };

/* One document written by a callback, at one capacity, with guard bytes past cap and again into an
   exactly-sized heap buffer (ASan sees any write past it). want: the text (n bytes) or NULL when
   error e is expected. Returns 1 when everything matched. */
typedef void (*emit_fn)(gj_writer *w, const void *arg);
static int run_at_cap(emit_fn f, const void *arg, const char *want, size_t n, gj_err e, size_t cap)
{
    unsigned char *g = (unsigned char *)malloc(cap + GUARD);
    char *exact = (char *)malloc(cap ? cap : 1);
    gj_writer w;
    size_t len = 12345, i;
    gj_err got;
    int ok = 1;
    memset(g, 0xA5, cap + GUARD);
    gj_writer_init(&w, (char *)g, cap);
    f(&w, arg);
    got = gj_writer_finish(&w, &len);
    for (i = cap; i < cap + GUARD; i++) if (g[i] != 0xA5) ok = 0;
    if (want) {
        if (cap > n) ok &= got == GJ_OK && len == n && memcmp(g, want, n) == 0 && g[n] == 0;
        else ok &= got == GJ_ERR_NOMEM && len == n + 1 && (!cap || g[0] == 0);
    } else {
        ok &= got == e && len == 0 && (!cap || g[0] == 0);
    }
    gj_writer_init(&w, cap ? exact : NULL, cap);
    f(&w, arg);
    got = gj_writer_finish(&w, &len);
    if (want) ok &= cap > n ? got == GJ_OK && len == n && memcmp(exact, want, n) == 0 && exact[n] == 0 : got == GJ_ERR_NOMEM && len == n + 1;
    else ok &= got == e;
    free(exact);
    free(g);
    return ok;
}

/* Every capacity from 0 to top, and a large one. */
static int sweep_all(emit_fn f, const void *arg, const char *want, size_t n, gj_err e, size_t top)
{
    size_t cap;
    int ok = 1;
    for (cap = 0; cap <= top; cap++) ok &= run_at_cap(f, arg, want, n, e, cap);
    return ok & run_at_cap(f, arg, want, n, e, 8 * n + 256);
}

typedef struct { int kind; uint64_t v; int ctx; } int_case; /* kind 0 uint, 1 int, 2 uint_str; ctx below */

static void emit_int(gj_writer *w, const void *arg)
{
    const int_case *c = (const int_case *)arg;
    if (c->ctx == 1) { gj_arr_begin(w); gj_int(w, 7); }
    if (c->ctx == 2) { gj_obj_begin(w); gj_key(w, "k", 1); }
    if (c->kind == 0) gj_uint(w, c->v);
    else if (c->kind == 1) gj_int(w, (int64_t)c->v);
    else gj_uint_str(w, c->v);
    if (c->ctx == 1) gj_arr_end(w);
    if (c->ctx == 2) gj_obj_end(w);
}

/* Check v in all three forms and three positions (top level, after a comma, after a key). */
static int check_int(uint64_t v, int sweep)
{
    static const char *const pre[3] = { "", "[7,", "{\"k\":" }, *const post[3] = { "", "]", "}" };
    char num[32], want[64];
    int kind, ctx, ok = 1;
    for (kind = 0; kind < 3; kind++) {
        if (kind == 0) snprintf(num, sizeof num, "%" PRIu64, v);
        else if (kind == 1) snprintf(num, sizeof num, "%" PRId64, (int64_t)v);
        else snprintf(num, sizeof num, "\"%" PRIu64 "\"", v);
        for (ctx = 0; ctx < 3; ctx++) {
            int_case c;
            int n = snprintf(want, sizeof want, "%s%s%s", pre[ctx], num, post[ctx]);
            c.kind = kind; c.v = v; c.ctx = ctx;
            if (sweep) ok &= sweep_all(emit_int, &c, want, (size_t)n, GJ_OK, (size_t)n + 2);
            else ok &= run_at_cap(emit_int, &c, want, (size_t)n, GJ_OK, 64);
        }
    }
    return ok;
}

static void test_int_vs_snprintf(void)
{
    uint64_t p = 1;
    size_t bad = 0, i;
    int d, k;
    /* every power of 10 and of 2, one either side, both signs (as int64) */
    for (d = 0; d < 20; d++, p *= 10) {
        for (k = -1; k <= 1; k++) {
            uint64_t v = p + (uint64_t)(int64_t)k;
            if (!check_int(v, 1) && bad++ < 5) t_failf(__FILE__, __LINE__, "10^%d%+d", d, k);
            if (!check_int((uint64_t)0 - v, 1) && bad++ < 5) t_failf(__FILE__, __LINE__, "-(10^%d%+d)", d, k);
        }
    }
    for (d = 0; d < 64; d++)
        for (k = -1; k <= 1; k++) {
            uint64_t v = ((uint64_t)1 << d) + (uint64_t)(int64_t)k;
            if (!check_int(v, 1) && bad++ < 5) t_failf(__FILE__, __LINE__, "2^%d%+d", d, k);
        }
    if (!check_int(0, 1) || !check_int(UINT64_MAX, 1) || !check_int((uint64_t)INT64_MIN, 1) ||
        !check_int((uint64_t)INT64_MAX, 1)) { bad++; t_failf(__FILE__, __LINE__, "edge values"); }
    /* random values of every magnitude: a random word shifted right by 0..63 */
    rng_state = 0xC0FFEE;
    for (i = 0; i < 200000; i++) {
        uint64_t v = rnd() >> rnd_below(64);
        if (!check_int(v, i < 2000) && bad++ < 5) t_failf(__FILE__, __LINE__, "value %" PRIu64, v);
    }
    CHECK_EQ(bad, 0);
}

/* ---- strings: the escaper against a byte-by-byte reference ------------------------------------ */

/* Length of the valid UTF-8 sequence at s[0..left), 0 when invalid: decoded and range-checked, not
   table-driven like the library's validator. */
static size_t ref_utf8(const unsigned char *s, size_t left)
{
    uint32_t cp;
    size_t n, i;
    if (s[0] < 0x80) return 1;
    if (s[0] >= 0xC2 && s[0] <= 0xDF) { n = 2; cp = s[0] & 0x1Fu; }
    else if (s[0] >= 0xE0 && s[0] <= 0xEF) { n = 3; cp = s[0] & 0x0Fu; }
    else if (s[0] >= 0xF0 && s[0] <= 0xF4) { n = 4; cp = s[0] & 0x07u; }
    else return 0;
    if (n > left) return 0;
    for (i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        cp = cp << 6 | (s[i] & 0x3Fu);
    }
    if ((n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return n;
}

/* '"' escaped s '"' into out (room for 6n + 2); its length, or 0 when s is not valid UTF-8. */
static size_t ref_escape(const unsigned char *s, size_t n, char *out)
{
    size_t i = 0, o = 0;
    out[o++] = '"';
    while (i < n) {
        unsigned c = s[i];
        const char *e = NULL;
        switch (c) {
        case '"': e = "\\\""; break;
        case '\\': e = "\\\\"; break;
        case '\b': e = "\\b"; break;
        case '\f': e = "\\f"; break;
        case '\n': e = "\\n"; break;
        case '\r': e = "\\r"; break;
        case '\t': e = "\\t"; break;
        default: break;
        }
        if (e) { memcpy(out + o, e, 2); o += 2; i++; }
        else if (c < 0x20) { o += (size_t)sprintf(out + o, "\\u%04x", c); i++; }
        else if (c < 0x80) { out[o++] = (char)c; i++; }
        else {
            size_t k = ref_utf8(s + i, n - i);
            if (!k) return 0;
            memcpy(out + o, s + i, k);
            o += k; i += k;
        }
    }
    out[o++] = '"';
    return o;
}

typedef struct { const char *s; size_t n; int ctx; } str_case; /* ctx 0 top, 1 after a comma, 2 key */

static void emit_str(gj_writer *w, const void *arg)
{
    const str_case *c = (const str_case *)arg;
    if (c->ctx == 1) { gj_arr_begin(w); gj_int(w, 7); gj_str(w, c->s, c->n); gj_arr_end(w); }
    else if (c->ctx == 2) { gj_obj_begin(w); gj_key(w, c->s, c->n); gj_int(w, 1); gj_obj_end(w); }
    else gj_str(w, c->s, c->n);
}

/* Escape s[0..n) in the three positions; the input sits at the very end of its own heap block so
   ASan catches any read past it. Capacities: full, every one from 0 to past the worst case (6
   bytes an input byte); else 0, 1, those around the need, those around the worst case, a large one. */
static int check_str(const unsigned char *s, size_t n, int full)
{
    static char esc[6 * 512 + 2], want[6 * 512 + 16];
    char *in = (char *)malloc(n ? n : 1);
    size_t m, caps[40], nc = 0, i;
    int ctx, ok = 1;
    memcpy(in, s, n);
    m = ref_escape(s, n, esc);
    for (ctx = 0; ctx < 3; ctx++) {
        str_case c;
        size_t wn = 0;
        c.s = in; c.n = n; c.ctx = ctx;
        if (m) {
            if (ctx == 1) { memcpy(want, "[7,", 3); wn = 3; }
            if (ctx == 2) { want[0] = '{'; wn = 1; }
            memcpy(want + wn, esc, m); wn += m;
            if (ctx == 1) want[wn++] = ']';
            if (ctx == 2) { memcpy(want + wn, ":1}", 3); wn += 3; }
        }
        if (full) { ok &= sweep_all(emit_str, &c, m ? want : NULL, wn, GJ_ERR_BAD_UTF8, 6 * n + 40); continue; }
        nc = 0;
        caps[nc++] = 0; caps[nc++] = 1;
        for (i = 0; i < 5; i++) if (wn + i >= 2) caps[nc++] = wn + i - 2;  /* need - 2 .. need + 2 */
        for (i = 0; i < 30; i++) caps[nc++] = 6 * n + i;                    /* around where the worst case fits */
        caps[nc++] = 6 * n + 256;
        for (i = 0; i < nc; i++) ok &= run_at_cap(emit_str, &c, m ? want : NULL, wn, GJ_ERR_BAD_UTF8, caps[i]);
    }
    free(in);
    return ok;
}

/* Appends one piece of a class to o; returns its length. Classes: 0 clean ASCII run (0..64 bytes),
   1 '"' or '\\', 2 control byte, 3-5 valid 2/3/4-byte UTF-8 (edges included), 6 DEL or '/',
   7 invalid UTF-8. */
static size_t piece(unsigned char *o, int cls, size_t run)
{
    static const char *const bad[] = {
        "\x80", "\xBF", "\xC0\x80", "\xC1\xBF", "\xC2", "\xC2" "a", "\xC2\xC0", "\xE0\x80\x80", "\xE0\x9F\xBF",
        "\xE1\x80", "\xED\xA0\x80", "\xED\xBF\xBF", "\xEF\xBF", "\xF0\x80\x80\x80", "\xF0\x8F\xBF\xBF",
        "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xF8\x88\x80\x80\x80", "\xFE", "\xFF", "\xF0\x9F\x98",
        "\xF0\x9F" "a", "\xE2\x82" "\"",
    };
    size_t i;
    uint32_t cp;
    switch (cls) {
    case 0:
        for (i = 0; i < run; i++) { do o[i] = (unsigned char)(0x20 + rnd_below(0x5F)); while (o[i] == '"' || o[i] == '\\'); }
        return run;
    case 1: o[0] = rnd_below(2) ? '"' : '\\'; return 1;
    case 2: o[0] = (unsigned char)rnd_below(0x20); return 1;
    case 3: cp = rnd_below(4) ? 0x80 + rnd_below(0x780) : (rnd_below(2) ? 0x80 : 0x7FF);
        o[0] = (unsigned char)(0xC0 | cp >> 6); o[1] = (unsigned char)(0x80 | (cp & 0x3F)); return 2;
    case 4:
        if (rnd_below(4)) { do cp = 0x800 + rnd_below(0xF800); while (cp >= 0xD800 && cp <= 0xDFFF); }
        else { static const uint32_t e[] = { 0x800, 0xD7FF, 0xE000, 0xFFFF, 0xFFFD }; cp = e[rnd_below(5)]; }
        o[0] = (unsigned char)(0xE0 | cp >> 12); o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F)); return 3;
    case 5: cp = rnd_below(4) ? 0x10000 + rnd_below(0x100000) : (rnd_below(2) ? 0x10000 : 0x10FFFF);
        o[0] = (unsigned char)(0xF0 | cp >> 18); o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
        o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F)); o[3] = (unsigned char)(0x80 | (cp & 0x3F)); return 4;
    case 6: o[0] = rnd_below(2) ? 0x7F : '/'; return 1;
    default: {
        const char *b = bad[rnd_below(sizeof bad / sizeof bad[0])];
        memcpy(o, b, strlen(b));
        return strlen(b);
    }
    }
}

static void test_escape_vs_reference(void)
{
    static unsigned char s[600];
    static const size_t tails[] = { 0, 1, 7, 8, 9, 15, 16, 17, 31 };
    size_t bad = 0, L, t, iter;
    int cls;
    rng_state = 99;
    /* a clean run of every length 0..64, then one byte of each class, then a clean tail: every
       position of the special byte around the 16- and 8-byte steps and the short tails */
    for (L = 0; L <= 64; L++)
        for (cls = -1; cls <= 7; cls++)
            for (t = 0; t < sizeof tails / sizeof tails[0]; t++) {
                size_t n = piece(s, 0, L);
                if (cls >= 0) n += piece(s + n, cls, 0);
                n += piece(s + n, 0, tails[t]);
                if (!check_str(s, n, L < 20 && t < 4) && bad++ < 5)
                    t_failf(__FILE__, __LINE__, "run %zu, class %d, tail %zu", L, cls, tails[t]);
            }
    /* random mixes of every class; one string in 8 holds an invalid sequence */
    for (iter = 0; iter < 30000; iter++) {
        size_t n = 0, k = rnd_below(12), j;
        int invalid = rnd_below(8) == 0;
        for (j = 0; j < k && n < 400; j++) {
            cls = (int)rnd_below(7);
            n += piece(s + n, cls, rnd_below(4) ? rnd_below(20) : rnd_below(65));
        }
        if (invalid) {
            size_t at = n ? rnd_below((uint32_t)n + 1) : 0, bl;
            unsigned char tmp[8];
            /* insert at a sequence boundary: before `at`'s sequence starts */
            while (at > 0 && at < n && (s[at] & 0xC0) == 0x80) at--;
            bl = piece(tmp, 7, 0);
            memmove(s + at + bl, s + at, n - at);
            memcpy(s + at, tmp, bl);
            n += bl;
        }
        if (!check_str(s, n, iter < 100) && bad++ < 5) t_failf(__FILE__, __LINE__, "random string %zu (length %zu)", iter, n);
    }
    /* long runs of one class (the escapes that grow most: \u00XX is 6 bytes for 1), so the worst
       case and the chunked path near the exact size are both reached */
    for (L = 1; L <= 140; L++)
        for (cls = 1; cls <= 5; cls++) {
            size_t n = 0;
            while (n < L) n += piece(s + n, cls, 0);
            if (cls == 2) memset(s, 0x01, n);
            if (!check_str(s, n, L < 24) && bad++ < 5) t_failf(__FILE__, __LINE__, "run of class %d, length %zu", cls, L);
        }
    /* a valid sequence cut by the end of the input, after every run length */
    for (L = 0; L <= 40; L++) {
        static const char *const cut[] = { "\xC3", "\xE2\x82", "\xE2", "\xF0\x9F\x98", "\xF0\x9F", "\xF0" };
        size_t i;
        for (i = 0; i < sizeof cut / sizeof cut[0]; i++) {
            size_t n = piece(s, 0, L);
            memcpy(s + n, cut[i], strlen(cut[i]));
            n += strlen(cut[i]);
            if (!check_str(s, n, 0) && bad++ < 5) t_failf(__FILE__, __LINE__, "cut sequence %zu after %zu", i, L);
        }
    }
    CHECK_EQ(bad, 0);
}

/* ---- zero allocation -------------------------------------------------------------------------- */

static void test_zero_alloc(void)
{
    static const char doc[] =
        "{\"op\":0,\"s\":42,\"t\":\"READY\",\"d\":{\"v\":10,\"user\":{\"id\":\"80351110224678912\",\"username\":"
        "\"Nelly\",\"bot\":false,\"flags\":64,\"bio\":\"caf\\u00e9 \\uD83D\\uDE00 \\\"quoted\\\"\\n\"},"
        "\"guilds\":[{\"id\":\"41771983423143937\",\"unavailable\":true},{\"id\":\"41771983423143938\","
        "\"unavailable\":true}],\"session_id\":\"abc123\",\"shard\":[0,1],\"ratio\":0.75,\"big\":-1.5e300}}";
    gj_tok toks[64];
    gj_status st;
    char out[1024], s[128];
    unsigned long before;
    int iter;
    size_t n = sizeof doc - 1, len;
    int64_t i64 = 0;
    uint64_t u64 = 0;
    double f = 0;
    CHECK_GJ(gj_tokenize(doc, n, toks, 64, &st), GJ_OK);
    before = t_allocs();
    for (iter = 0; iter < 2000; iter++) {
        uint32_t d, u, g;
        gj_writer w;
        gj_tokenize(doc, n, toks, 3, &st); /* GJ_ERR_NOMEM path first: it leaves toks unspecified */
        gj_tokenize(doc, n, toks, 64, &st);
        gj_validate(doc, n, &st);
        d = gj_find(doc, toks, 0, "d", 1);
        u = gj_find(doc, toks, d, "user", 4);
        g = gj_find(doc, toks, d, "guilds", 6);
        gj_get_i64(doc, &toks[gj_find(doc, toks, 0, "op", 2)], &i64);
        gj_get_u64_str(doc, &toks[gj_find(doc, toks, u, "id", 2)], &u64);
        gj_get_f64(doc, &toks[gj_find(doc, toks, d, "ratio", 5)], &f);
        gj_get_f64(doc, &toks[gj_find(doc, toks, d, "big", 3)], &f);
        gj_get_str(doc, &toks[gj_find(doc, toks, u, "bio", 3)], s, sizeof s, &len);
        gj_str_eq(doc, &toks[gj_find(doc, toks, 0, "t", 1)], "READY", 5);
        gj_get_u64(doc, &toks[gj_find(doc, toks, d, "v", 1)], &u64);
        gj_parse_i64("-123", 4, &i64);
        (void)g;
        gj_writer_init(&w, out, sizeof out);
        build_doc(&w);
        gj_writer_finish(&w, &len);
        gj_writer_init(&w, out, 10);
        build_doc(&w);
        gj_writer_finish(&w, &len);
    }
    CHECK_EQ(t_allocs(), before);
    /* and the loop did real work */
    CHECK(u64 == 10);
    CHECK(i64 == -123);
    CHECK(f == -1.5e300);
    CHECK(memcmp(s, "caf\xC3\xA9 \xF0\x9F\x98\x80 \"quoted\"\n", 21) == 0);
}

int main(void)
{
    RUN(test_every_function);
    RUN(test_scalars_top_level);
    RUN(test_commas);
    RUN(test_escaping);
    RUN(test_state_errors);
    RUN(test_depth);
    RUN(test_not_finite);
    RUN(test_bad_utf8);
    RUN(test_str_raw);
    RUN(test_capacity_sweep);
    RUN(test_double_round_trip);
    RUN(test_int_round_trip);
    RUN(test_string_round_trip);
    RUN(test_random_documents);
    RUN(test_int_vs_snprintf);
    RUN(test_escape_vs_reference);
    RUN(test_zero_alloc);
    return t_summary("json_writer");
}
