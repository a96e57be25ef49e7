/* test_json_access.c - gj_find, gj_str_eq, gj_get_str / gj_unescape, number accessors. */
#include "t.h"
#include "../gateway_json.h"
#include <stdlib.h>
#include <float.h>
#include <math.h>

static char *dup_exact(const char *s, size_t n)
{
    char *p = (char *)malloc(n ? n : 1);
    if (p && n) memcpy(p, s, n);
    return p;
}

/* Tokenize a document that must be valid into toks (64 max). */
static void tok_ok(const char *doc, gj_tok *toks)
{
    gj_status st;
    gj_err e = gj_tokenize(doc, strlen(doc), toks, 64, &st);
    if (e != GJ_OK) t_failf(__FILE__, __LINE__, "tokenize %s: %s at %zu", doc, gj_strerror(e), st.offset);
}

static void test_find(void)
{
    const char *d1 = "{\"a\":[1,\"x\",{\"b\":null}],\"c\":true}";
    const char *d2 = "{\"\\u0061b\":1,\"c\\\"d\":2,\"\\uD83D\\uDE00\":3,\"\":4,\"a\\u0000b\":5,\"\\\\\":6,\"plain\":7}";
    gj_tok t[64];
    tok_ok(d1, t);
    CHECK_EQ(gj_find(d1, t, 0, "a", 1), 2);
    CHECK_EQ(gj_find(d1, t, 0, "c", 1), 9);
    CHECK_EQ(gj_find(d1, t, 0, "b", 1), 0);  /* only direct members */
    CHECK_EQ(gj_find(d1, t, 5, "b", 1), 7);
    CHECK_EQ(gj_find(d1, t, 0, "", 0), 0);
    CHECK_EQ(gj_find(d1, t, 0, "aa", 2), 0);
    CHECK_EQ(gj_find(d1, t, 2, "a", 1), 0);  /* array */
    CHECK_EQ(gj_find(d1, t, 1, "a", 1), 0);  /* string */
    CHECK_EQ(gj_find(d1, t, 9, "a", 1), 0);  /* literal */
    CHECK_EQ(gj_find(d1, t, 3, "a", 1), 0);  /* number */
    tok_ok(d2, t);
    CHECK_EQ(gj_find(d2, t, 0, "ab", 2), 2);
    CHECK_EQ(gj_find(d2, t, 0, "c\"d", 3), 4);
    CHECK_EQ(gj_find(d2, t, 0, "\xF0\x9F\x98\x80", 4), 6);
    CHECK_EQ(gj_find(d2, t, 0, "", 0), 8);
    CHECK_EQ(gj_find(d2, t, 0, "a\0b", 3), 10);
    CHECK_EQ(gj_find(d2, t, 0, "\\", 1), 12);
    CHECK_EQ(gj_find(d2, t, 0, "plain", 5), 14);
    CHECK_EQ(gj_find(d2, t, 0, "a", 1), 0);       /* prefix of an escaped key */
    CHECK_EQ(gj_find(d2, t, 0, "abc", 3), 0);     /* longer than an escaped key */
    CHECK_EQ(gj_find(d2, t, 0, "a\0", 2), 0);
    CHECK_EQ(gj_find(d2, t, 0, "\\u0061b", 7), 0); /* raw text is not the key */
    CHECK_EQ(gj_find(d2, t, 0, "plai", 4), 0);
    CHECK_EQ(gj_find(d2, t, 0, "c\"", 2), 0);
    {
        const char *e = "{}";
        tok_ok(e, t);
        CHECK_EQ(gj_find(e, t, 0, "a", 1), 0);
    }
}

static void test_str_eq(void)
{
    const char *d = "[\"abc\",\"a\\u0062c\",\"\",\"\\n\",\"\\uD83D\\uDE00\",1,\"\\u0000\",null]";
    gj_tok t[64];
    tok_ok(d, t);
    CHECK(gj_str_eq(d, &t[1], "abc", 3));
    CHECK(!gj_str_eq(d, &t[1], "ab", 2));
    CHECK(!gj_str_eq(d, &t[1], "abcd", 4));
    CHECK(!gj_str_eq(d, &t[1], "abd", 3));
    CHECK(gj_str_eq(d, &t[2], "abc", 3));
    CHECK(!gj_str_eq(d, &t[2], "a\\u0062c", 8));
    CHECK(!gj_str_eq(d, &t[2], "ab", 2));
    CHECK(!gj_str_eq(d, &t[2], "abcd", 4));
    CHECK(gj_str_eq(d, &t[3], "", 0));
    CHECK(!gj_str_eq(d, &t[3], "a", 1));
    CHECK(gj_str_eq(d, &t[4], "\n", 1));
    CHECK(gj_str_eq(d, &t[5], "\xF0\x9F\x98\x80", 4));
    CHECK(!gj_str_eq(d, &t[5], "\xF0\x9F\x98", 3));
    CHECK(!gj_str_eq(d, &t[6], "1", 1));   /* number */
    CHECK(gj_str_eq(d, &t[7], "\0", 1));
    CHECK(!gj_str_eq(d, &t[7], "", 0));
    CHECK(!gj_str_eq(d, &t[8], "null", 4)); /* literal */
    CHECK(!gj_str_eq(d, &t[0], "", 0));     /* array */
}

static void test_get_str(void)
{
    const char *d = "[\"hello\",\"\\\"\\\\\\/\\b\\f\\n\\r\\t\",\"\\uD83D\\uDE00\",\"\\u0000\",\"a\\u0000b\","
                    "\"\\u00e9\\u20ac\\uDBFF\\uDFFF\",\"\\u0041\\u007f\\u0080\\u07ff\\u0800\\uffff\",7,\"\"]";
    gj_tok t[64];
    char out[64];
    size_t n = 99;
    tok_ok(d, t);
    CHECK_GJ(gj_get_str(d, &t[1], out, sizeof out, &n), GJ_OK);
    CHECK_EQ(n, 5); CHECK_STR(out, "hello");
    CHECK_GJ(gj_get_str(d, &t[2], out, sizeof out, &n), GJ_OK);
    CHECK_EQ(n, 8); CHECK_STR(out, "\"\\/\b\f\n\r\t");
    CHECK_GJ(gj_get_str(d, &t[3], out, sizeof out, &n), GJ_OK);   /* surrogate pair -> 4-byte UTF-8 */
    CHECK_EQ(n, 4); CHECK(memcmp(out, "\xF0\x9F\x98\x80", 5) == 0);
    CHECK_GJ(gj_get_str(d, &t[4], out, sizeof out, &n), GJ_OK);
    CHECK_EQ(n, 1); CHECK_EQ(out[0], 0);
    CHECK_GJ(gj_get_str(d, &t[5], out, sizeof out, &n), GJ_OK);
    CHECK_EQ(n, 3); CHECK(memcmp(out, "a\0b", 4) == 0);
    CHECK_GJ(gj_get_str(d, &t[6], out, sizeof out, &n), GJ_OK);
    CHECK_EQ(n, 9); CHECK(memcmp(out, "\xC3\xA9\xE2\x82\xAC\xF4\x8F\xBF\xBF", 10) == 0);
    CHECK_GJ(gj_get_str(d, &t[7], out, sizeof out, &n), GJ_OK);
    CHECK_EQ(n, 12); CHECK(memcmp(out, "A\x7F\xC2\x80\xDF\xBF\xE0\xA0\x80\xEF\xBF\xBF", 13) == 0);
    CHECK_GJ(gj_get_str(d, &t[8], out, sizeof out, &n), GJ_ERR_TYPE);
    CHECK_GJ(gj_get_str(d, &t[0], out, sizeof out, &n), GJ_ERR_TYPE);
    CHECK_GJ(gj_get_str(d, &t[9], out, sizeof out, &n), GJ_OK);
    CHECK_EQ(n, 0); CHECK_STR(out, "");
    /* outlen may be NULL */
    CHECK_GJ(gj_get_str(d, &t[1], out, sizeof out, NULL), GJ_OK);
    CHECK_STR(out, "hello");
}

/* Every capacity: below needed+1 -> GJ_ERR_NOMEM with the needed length and no write past cap. */
static void test_get_str_nomem(void)
{
    const char *d = "[\"hello\",\"x\\u00e9\\uD83D\\uDE00\\n\",\"\"]";
    gj_tok t[64];
    uint32_t k;
    tok_ok(d, t);
    for (k = 1; k <= 3; k++) {
        size_t need, cap, n;
        char full[64];
        CHECK_GJ(gj_get_str(d, &t[k], NULL, 0, &need), GJ_ERR_NOMEM);
        CHECK_GJ(gj_get_str(d, &t[k], full, sizeof full, &n), GJ_OK);
        CHECK_EQ(n, need);
        for (cap = 0; cap <= need + 1; cap++) {
            char *b = (char *)malloc(cap ? cap : 1); /* exact, so ASan sees any overrun */
            gj_err e;
            n = 12345;
            e = gj_get_str(d, &t[k], cap ? b : NULL, cap, &n);
            CHECK_EQ(n, need);
            if (cap <= need) {
                CHECK_GJ(e, GJ_ERR_NOMEM);
                if (cap) CHECK_EQ(b[0], 0);
            } else {
                CHECK_GJ(e, GJ_OK);
                CHECK(memcmp(b, full, need + 1) == 0);
            }
            free(b);
        }
    }
    {
        size_t n = 0;
        CHECK_GJ(gj_get_str(d, &t[1], NULL, 0, &n), GJ_ERR_NOMEM);
        CHECK_EQ(n, 5);
        CHECK_GJ(gj_get_str(d, &t[2], NULL, 0, &n), GJ_ERR_NOMEM);
        CHECK_EQ(n, 1 + 2 + 4 + 1);
    }
}

static void test_unescape(void)
{
    char out[32];
    size_t n = 0;
    CHECK_GJ(gj_unescape("a\\tb", 4, out, sizeof out, &n), GJ_OK);
    CHECK_EQ(n, 3); CHECK_STR(out, "a\tb");
    CHECK_GJ(gj_unescape("", 0, out, sizeof out, &n), GJ_OK);
    CHECK_EQ(n, 0); CHECK_STR(out, "");
    CHECK_GJ(gj_unescape("\\ud834\\udd1e", 12, out, sizeof out, &n), GJ_OK); /* U+1D11E, lower-case hex */
    CHECK_EQ(n, 4); CHECK(memcmp(out, "\xF0\x9D\x84\x9E", 5) == 0);
    CHECK_GJ(gj_unescape("\\uD800\\uDC00", 12, out, sizeof out, &n), GJ_OK); /* U+10000 */
    CHECK_EQ(n, 4); CHECK(memcmp(out, "\xF0\x90\x80\x80", 5) == 0);
    CHECK_GJ(gj_unescape("\\u0000", 6, out, sizeof out, &n), GJ_OK);
    CHECK_EQ(n, 1); CHECK_EQ(out[0], 0);
    CHECK_GJ(gj_unescape("\\u0000", 6, out, 1, &n), GJ_ERR_NOMEM); /* no room for the NUL terminator */
    CHECK_EQ(n, 1);
    CHECK_GJ(gj_unescape("abc\\n", 5, out, 4, &n), GJ_ERR_NOMEM);
    CHECK_EQ(n, 4); CHECK_EQ(out[0], 0);
    CHECK_GJ(gj_unescape("abc\\n", 5, out, 5, &n), GJ_OK);
    CHECK_STR(out, "abc\n");
    CHECK_GJ(gj_unescape("abc", 3, NULL, 0, &n), GJ_ERR_NOMEM);
    CHECK_EQ(n, 3);
}

static void test_u64_str(void)
{
    const char *d = "[\"155112606661607425\",\"18446744073709551615\",\"18446744073709551616\",\"01\",\"-1\","
                    "\"1.0\",\"\",\"0\",\"\\u0031\",155,\"1e3\",\" 1\",\"-0\",\"+1\",\"99999999999999999999999\",null,"
                    "\"12a\",\"00\"]";
    gj_tok t[64];
    uint64_t v = 7;
    tok_ok(d, t);
    CHECK_GJ(gj_get_u64_str(d, &t[1], &v), GJ_OK);
    CHECK(v == 155112606661607425ull);
    CHECK_GJ(gj_get_u64_str(d, &t[2], &v), GJ_OK);
    CHECK(v == UINT64_MAX);
    v = 7;
    CHECK_GJ(gj_get_u64_str(d, &t[3], &v), GJ_ERR_RANGE);
    CHECK(v == 7);
    CHECK_GJ(gj_get_u64_str(d, &t[4], &v), GJ_ERR_TYPE);
    CHECK_GJ(gj_get_u64_str(d, &t[5], &v), GJ_ERR_TYPE);
    CHECK_GJ(gj_get_u64_str(d, &t[6], &v), GJ_ERR_TYPE);
    CHECK_GJ(gj_get_u64_str(d, &t[7], &v), GJ_ERR_TYPE);
    CHECK(v == 7);
    CHECK_GJ(gj_get_u64_str(d, &t[8], &v), GJ_OK);
    CHECK(v == 0);
    CHECK_GJ(gj_get_u64_str(d, &t[9], &v), GJ_ERR_TYPE);  /* escaped digits are not a plain snowflake */
    CHECK_GJ(gj_get_u64_str(d, &t[10], &v), GJ_ERR_TYPE); /* a number, not a string */
    CHECK_GJ(gj_get_u64_str(d, &t[11], &v), GJ_ERR_TYPE);
    CHECK_GJ(gj_get_u64_str(d, &t[12], &v), GJ_ERR_TYPE);
    CHECK_GJ(gj_get_u64_str(d, &t[13], &v), GJ_ERR_TYPE);
    CHECK_GJ(gj_get_u64_str(d, &t[14], &v), GJ_ERR_TYPE);
    CHECK_GJ(gj_get_u64_str(d, &t[15], &v), GJ_ERR_RANGE);
    CHECK_GJ(gj_get_u64_str(d, &t[16], &v), GJ_ERR_TYPE);
    CHECK_GJ(gj_get_u64_str(d, &t[17], &v), GJ_ERR_TYPE);
    CHECK_GJ(gj_get_u64_str(d, &t[18], &v), GJ_ERR_TYPE);
    CHECK_GJ(gj_get_u64_str(d, &t[0], &v), GJ_ERR_TYPE);
}

/* ---- number parsing: one table, each row parsed as i64, u64 and f64 from an exact heap copy --- */

typedef struct numrow { const char *s; gj_err ei; int64_t i; gj_err eu; uint64_t u; gj_err ef; double f; } numrow;

static void test_parse_numbers(void)
{
    static char longnum[1200];
    const numrow rows[] = {
        { "0", GJ_OK, 0, GJ_OK, 0, GJ_OK, 0.0 },
        { "-0", GJ_OK, 0, GJ_OK, 0, GJ_OK, -0.0 },
        { "1", GJ_OK, 1, GJ_OK, 1, GJ_OK, 1.0 },
        { "-1", GJ_OK, -1, GJ_ERR_RANGE, 0, GJ_OK, -1.0 },
        { "42", GJ_OK, 42, GJ_OK, 42, GJ_OK, 42.0 },
        { "9223372036854775807", GJ_OK, INT64_MAX, GJ_OK, 9223372036854775807ull, GJ_OK, 9223372036854775807.0 },
        { "9223372036854775808", GJ_ERR_RANGE, 0, GJ_OK, 9223372036854775808ull, GJ_OK, 9223372036854775808.0 },
        { "-9223372036854775808", GJ_OK, INT64_MIN, GJ_ERR_RANGE, 0, GJ_OK, -9223372036854775808.0 },
        { "-9223372036854775809", GJ_ERR_RANGE, 0, GJ_ERR_RANGE, 0, GJ_OK, -9223372036854775809.0 },
        { "18446744073709551615", GJ_ERR_RANGE, 0, GJ_OK, UINT64_MAX, GJ_OK, 18446744073709551615.0 },
        { "18446744073709551616", GJ_ERR_RANGE, 0, GJ_ERR_RANGE, 0, GJ_OK, 18446744073709551616.0 },
        { "-18446744073709551616", GJ_ERR_RANGE, 0, GJ_ERR_RANGE, 0, GJ_OK, -18446744073709551616.0 },
        { "99999999999999999999", GJ_ERR_RANGE, 0, GJ_ERR_RANGE, 0, GJ_OK, 99999999999999999999.0 },
        { "1.5", GJ_ERR_NOT_INTEGER, 0, GJ_ERR_NOT_INTEGER, 0, GJ_OK, 1.5 },
        { "1.0", GJ_ERR_NOT_INTEGER, 0, GJ_ERR_NOT_INTEGER, 0, GJ_OK, 1.0 },
        { "1e3", GJ_ERR_NOT_INTEGER, 0, GJ_ERR_NOT_INTEGER, 0, GJ_OK, 1000.0 },
        { "1E+3", GJ_ERR_NOT_INTEGER, 0, GJ_ERR_NOT_INTEGER, 0, GJ_OK, 1000.0 },
        { "-0.5", GJ_ERR_NOT_INTEGER, 0, GJ_ERR_NOT_INTEGER, 0, GJ_OK, -0.5 },
        { "99999999999999999999.5", GJ_ERR_NOT_INTEGER, 0, GJ_ERR_NOT_INTEGER, 0, GJ_OK, 99999999999999999999.5 },
        { "1.7976931348623157e308", GJ_ERR_NOT_INTEGER, 0, GJ_ERR_NOT_INTEGER, 0, GJ_OK, DBL_MAX },
        { "-1.7976931348623157e308", GJ_ERR_NOT_INTEGER, 0, GJ_ERR_NOT_INTEGER, 0, GJ_OK, -DBL_MAX },
        { "1e999", GJ_ERR_NOT_INTEGER, 0, GJ_ERR_NOT_INTEGER, 0, GJ_ERR_RANGE, 0 },
        { "-1e999", GJ_ERR_NOT_INTEGER, 0, GJ_ERR_NOT_INTEGER, 0, GJ_ERR_RANGE, 0 },
        { "1.7976931348623159e308", GJ_ERR_NOT_INTEGER, 0, GJ_ERR_NOT_INTEGER, 0, GJ_ERR_RANGE, 0 },
        { "5e-324", GJ_ERR_NOT_INTEGER, 0, GJ_ERR_NOT_INTEGER, 0, GJ_OK, 4.9406564584124654e-324 },
        { "2.2250738585072014e-308", GJ_ERR_NOT_INTEGER, 0, GJ_ERR_NOT_INTEGER, 0, GJ_OK, DBL_MIN },
        { "1e-400", GJ_ERR_NOT_INTEGER, 0, GJ_ERR_NOT_INTEGER, 0, GJ_OK, 0.0 }, /* underflow is not an error */
        { "0.1", GJ_ERR_NOT_INTEGER, 0, GJ_ERR_NOT_INTEGER, 0, GJ_OK, 0.1 },
        /* not JSON numbers at all */
        { "", GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0 },
        { "-", GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0 },
        { "abc", GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0 },
        { "01", GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0 },
        { "-01", GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0 },
        { "+1", GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0 },
        { " 1", GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0 },
        { "1 ", GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0 },
        { "1x", GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0 },
        { ".5", GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0 },
        { "1.", GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0 },
        { "1e", GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0 },
        { "1e+", GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0 },
        { "1.5x", GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0 },
        { "1.5.5", GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0 },
        { "99999999999999999999x", GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0 },
        { "99999999999999999999.", GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0 },
        { "NaN", GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0 },
        { "inf", GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0 },
        { "-Infinity", GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0 },
        { "0x10", GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0 },
        { "1e5x", GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0 },
        { "1,5", GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0 },
        { "--1", GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0 },
        { "-", GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0, GJ_ERR_TYPE, 0 },
        { longnum, GJ_ERR_RANGE, 0, GJ_ERR_RANGE, 0, GJ_ERR_RANGE, 0 }, /* too long to convert */
    };
    size_t r;
    memset(longnum, '7', 1150);
    longnum[1150] = 0;
    for (r = 0; r < sizeof rows / sizeof rows[0]; r++) {
        const numrow *x = &rows[r];
        size_t n = strlen(x->s);
        char *b = dup_exact(x->s, n), name[64];
        int64_t i = 12345;
        uint64_t u = 12345;
        double f = 12345.0;
        gj_err e;
        snprintf(name, sizeof name, "number row %zu (%.24s)", r, x->s);
        t_case_begin(name);
        e = gj_parse_i64(b, n, &i);
        CHECK_EQ(e, x->ei);
        if (e == GJ_OK) CHECK(i == x->i); else CHECK(i == 12345);
        e = gj_parse_u64(b, n, &u);
        CHECK_EQ(e, x->eu);
        if (e == GJ_OK) CHECK(u == x->u); else CHECK(u == 12345);
        e = gj_parse_f64(b, n, &f);
        CHECK_EQ(e, x->ef);
        if (e == GJ_OK) CHECK(memcmp(&f, &x->f, sizeof f) == 0); /* bit-exact, so -0 is checked */
        else CHECK(f == 12345.0);
        free(b);
        t_case_end();
    }
}

static void test_get_numbers(void)
{
    const char *d = "[-7,18446744073709551615,2.5,\"3\",true,null,{},[],1e2]";
    gj_tok t[64];
    int64_t i = 0;
    uint64_t u = 0;
    double f = 0;
    uint32_t k;
    tok_ok(d, t);
    CHECK_EQ(gj_get_i64(d, &t[1], &i), GJ_OK); CHECK(i == -7);
    CHECK_GJ(gj_get_u64(d, &t[1], &u), GJ_ERR_RANGE);
    CHECK_EQ(gj_get_f64(d, &t[1], &f), GJ_OK); CHECK(f == -7.0);
    CHECK_EQ(gj_get_u64(d, &t[2], &u), GJ_OK); CHECK(u == UINT64_MAX);
    CHECK_GJ(gj_get_i64(d, &t[2], &i), GJ_ERR_RANGE);
    CHECK_GJ(gj_get_i64(d, &t[3], &i), GJ_ERR_NOT_INTEGER);
    CHECK_GJ(gj_get_u64(d, &t[3], &u), GJ_ERR_NOT_INTEGER);
    CHECK_EQ(gj_get_f64(d, &t[3], &f), GJ_OK); CHECK(f == 2.5);
    CHECK_GJ(gj_get_i64(d, &t[9], &i), GJ_ERR_NOT_INTEGER);
    CHECK_EQ(gj_get_f64(d, &t[9], &f), GJ_OK); CHECK(f == 100.0);
    for (k = 4; k <= 8; k++) { /* string, true, null, object, array */
        CHECK_GJ(gj_get_i64(d, &t[k], &i), GJ_ERR_TYPE);
        CHECK_GJ(gj_get_u64(d, &t[k], &u), GJ_ERR_TYPE);
        CHECK_GJ(gj_get_f64(d, &t[k], &f), GJ_ERR_TYPE);
    }
    CHECK_GJ(gj_get_i64(d, &t[0], &i), GJ_ERR_TYPE);
}

/* Number tokens inside a document are handed to the parsers without the following bytes. */
static void test_number_token_boundaries(void)
{
    const char *d = "{\"a\":12,\"b\":-3.5e1}";
    size_t n = strlen(d);
    char *b = dup_exact(d, n);
    gj_tok t[8];
    gj_status st;
    int64_t i = 0;
    double f = 0;
    CHECK_GJ(gj_tokenize(b, n, t, 8, &st), GJ_OK);
    CHECK_GJ(gj_get_i64(b, &t[gj_find(b, t, 0, "a", 1)], &i), GJ_OK);
    CHECK(i == 12);
    CHECK_GJ(gj_get_f64(b, &t[gj_find(b, t, 0, "b", 1)], &f), GJ_OK);
    CHECK(f == -35.0);
    free(b);
}

int main(void)
{
    RUN(test_find);
    RUN(test_str_eq);
    RUN(test_get_str);
    RUN(test_get_str_nomem);
    RUN(test_unescape);
    RUN(test_u64_str);
    test_parse_numbers();
    RUN(test_get_numbers);
    RUN(test_number_token_boundaries);
    return t_summary("json_access");
}
