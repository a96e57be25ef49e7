/* test_json_tok.c - gj_tokenize / gj_validate: every tokenizer error code with its offset, a
   conformance table, token structure, GJ_ERR_NOMEM sizing, truncation, depth, duplicate keys. */
#define _DEFAULT_SOURCE /* mmap, for the 4 GiB limit test */
#include "t.h"
#include "../gateway_json.h"
#ifndef JSON_TOK_SUITE
#define JSON_TOK_SUITE "json_tok" /* test_json_swar.c: the same cases with GJ_NO_SIMD */
#endif
#include <stdlib.h>
#include <sys/mman.h>

/* A heap copy of exactly n bytes, so ASan catches any read past the end. */
static char *dup_exact(const char *s, size_t n)
{
    char *p = (char *)malloc(n ? n : 1);
    if (p && n) memcpy(p, s, n);
    return p;
}

/* Tokenize an exact heap copy with enough tokens; returns the error, fills *st. */
static gj_err tok_copy(const char *s, size_t n, gj_status *st)
{
    char *b = dup_exact(s, n);
    gj_tok *toks = (gj_tok *)malloc((n + 1) * sizeof *toks);
    gj_err e = gj_tokenize(b, n, toks, n + 1, st);
    free(toks);
    free(b);
    return e;
}

static gj_err val_copy(const char *s, size_t n, gj_status *st)
{
    char *b = dup_exact(s, n);
    gj_err e = gj_validate(b, n, st);
    free(b);
    return e;
}

/* ---- every tokenizer error code, exact code and offset ------------------------------------- */

#define EXPECT(lit, code, off) do { gj_status st_; gj_err e_ = tok_copy(lit, sizeof(lit) - 1, &st_); \
    CHECK_EQ(e_, code); CHECK_EQ(st_.err, code); CHECK_EQ(st_.offset, off); } while (0)

static void test_err_empty(void)
{
    EXPECT("", GJ_ERR_EMPTY, 0);
    EXPECT(" \t\r\n", GJ_ERR_EMPTY, 4);
}
static void test_err_truncated(void)
{
    EXPECT("[1,", GJ_ERR_TRUNCATED, 3);
    EXPECT("{\"a\"", GJ_ERR_TRUNCATED, 4);
    EXPECT("\"abc", GJ_ERR_TRUNCATED, 4);
    EXPECT("nul", GJ_ERR_TRUNCATED, 3);
}
static void test_err_expected_value(void)
{
    EXPECT("[1,,2]", GJ_ERR_EXPECTED_VALUE, 3);
    EXPECT("{\"a\":}", GJ_ERR_EXPECTED_VALUE, 5);
}
static void test_err_expected_key(void)
{
    EXPECT("{1:2}", GJ_ERR_EXPECTED_KEY, 1);
    EXPECT("{\"a\":1, x:2}", GJ_ERR_EXPECTED_KEY, 8);
}
static void test_err_expected_colon(void)
{
    EXPECT("{\"a\" 1}", GJ_ERR_EXPECTED_COLON, 5);
    EXPECT("{\"a\",1}", GJ_ERR_EXPECTED_COLON, 4);
}
static void test_err_expected_comma(void)
{
    EXPECT("[1 2]", GJ_ERR_EXPECTED_COMMA, 3);
    EXPECT("{\"a\":1 \"b\":2}", GJ_ERR_EXPECTED_COMMA, 7);
}
static void test_err_trailing_comma(void)
{
    EXPECT("[1,2,]", GJ_ERR_TRAILING_COMMA, 5);
    EXPECT("{\"a\":1 , }", GJ_ERR_TRAILING_COMMA, 9);
}
static void test_err_trailing_data(void)
{
    EXPECT("{} x", GJ_ERR_TRAILING_DATA, 3);
    EXPECT("1 2", GJ_ERR_TRAILING_DATA, 2);
}
static void test_err_bad_literal(void)
{
    EXPECT("[ trUe]", GJ_ERR_BAD_LITERAL, 2);
    EXPECT("nulL", GJ_ERR_BAD_LITERAL, 0);
}
static void test_err_leading_zero(void)
{
    EXPECT("[01]", GJ_ERR_LEADING_ZERO, 1);
    EXPECT("-012", GJ_ERR_LEADING_ZERO, 1);
}
static void test_err_bad_number(void)
{
    EXPECT("[-x]", GJ_ERR_BAD_NUMBER, 2);
    EXPECT("[1.e3]", GJ_ERR_BAD_NUMBER, 3);
    EXPECT("[1e]", GJ_ERR_BAD_NUMBER, 3);
}
static void test_err_control_char(void)
{
    EXPECT("[\"ab\ncd\"]", GJ_ERR_CONTROL_CHAR, 4);
    EXPECT("{\"k\tk\":1}", GJ_ERR_CONTROL_CHAR, 3);
}
static void test_err_bad_escape(void)
{
    EXPECT("[\"ab\\x\"]", GJ_ERR_BAD_ESCAPE, 4);
    EXPECT("\"\\u12G4\"", GJ_ERR_BAD_ESCAPE, 1);
    EXPECT("\"\\u12\"", GJ_ERR_BAD_ESCAPE, 1); /* short \u: same offset (the backslash) */
}
static void test_err_bad_surrogate(void)
{
    EXPECT("[\"x\\uD800\"]", GJ_ERR_BAD_SURROGATE, 3);
    EXPECT("\"\\uDC00\"", GJ_ERR_BAD_SURROGATE, 1);
}
static void test_err_bad_utf8(void)
{
    EXPECT("[\"ab\xC0\x80\"]", GJ_ERR_BAD_UTF8, 4);
    EXPECT("\"\xED\xA0\x80\"", GJ_ERR_BAD_UTF8, 1);
}
static void test_err_duplicate_key(void)
{
    EXPECT("{\"a\":1,\"b\":2,\"a\":3}", GJ_ERR_DUPLICATE_KEY, 13);
    EXPECT("{\"a\":1,\"\\u0061\":2}", GJ_ERR_DUPLICATE_KEY, 7);
}
static void test_err_depth(void)
{
    char doc[200];
    gj_status st;
    memset(doc, '[', 65);
    memset(doc + 65, ']', 65);
    CHECK_GJ(tok_copy(doc, 130, &st), GJ_ERR_DEPTH);
    CHECK_EQ(st.offset, 64);
    CHECK_GJ(tok_copy(doc + 1, 128, &st), GJ_OK); /* exactly 64 */
    CHECK_EQ(st.count, 64);
}
static void test_err_nomem(void)
{
    gj_tok toks[3];
    gj_status st;
    const char *d = "[1,2,3]";
    CHECK_GJ(gj_tokenize(d, 7, toks, 3, &st), GJ_ERR_NOMEM);
    CHECK_GJ(st.err, GJ_ERR_NOMEM);
    CHECK_EQ(st.count, 4);
    CHECK_EQ(st.offset, 7);
    /* toks == NULL means no room at all, whatever cap says */
    CHECK_GJ(gj_tokenize(d, 7, NULL, 100, &st), GJ_ERR_NOMEM);
    CHECK_EQ(st.count, 4);
    /* a syntax error wins over a too-small array */
    CHECK_GJ(gj_tokenize("[1,2,]", 6, toks, 1, &st), GJ_ERR_TRAILING_COMMA);
    CHECK_EQ(st.offset, 5);
}
static void test_err_too_large(void)
{
    /* 4 GiB of lazily mapped zero pages: only the first byte is ever touched. */
    size_t big = (size_t)0x100000000ull;
    gj_status st;
    void *m = mmap(NULL, big, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    CHECK(m != MAP_FAILED);
    if (m == MAP_FAILED) return;
    CHECK_GJ(gj_tokenize((const char *)m, big, NULL, 0, &st), GJ_ERR_TOO_LARGE);
    CHECK_EQ(st.offset, 0);
    CHECK_GJ(gj_validate((const char *)m, big, &st), GJ_ERR_TOO_LARGE);
    /* 4 GiB - 1 is within the limit: the NUL byte at 0 is what fails */
    CHECK_GJ(gj_validate((const char *)m, big - 1, &st), GJ_ERR_EXPECTED_VALUE);
    CHECK_EQ(st.offset, 0);
    munmap(m, big);
}
static void test_status_null_and_strerror(void)
{
    gj_tok toks[4];
    int i, j;
    /* st may be NULL */
    CHECK_GJ(gj_tokenize("[1]", 3, toks, 4, NULL), GJ_OK);
    CHECK_GJ(gj_tokenize("[1", 2, toks, 4, NULL), GJ_ERR_TRUNCATED);
    CHECK_GJ(gj_validate("[1]x", 4, NULL), GJ_ERR_TRAILING_DATA);
    for (i = 0; i < (int)GJ_ERR_COUNT_; i++) {
        const char *m = gj_strerror((gj_err)i);
        CHECK(m != NULL && m[0] != 0);
        CHECK(strcmp(m, "unknown error") != 0);
        for (j = 0; j < i; j++) CHECK(strcmp(m, gj_strerror((gj_err)j)) != 0);
    }
    CHECK_STR(gj_strerror(GJ_OK), "ok");
    CHECK_STR(gj_strerror(GJ_ERR_COUNT_), "unknown error");
    CHECK_STR(gj_strerror((gj_err)-1), "unknown error");
}

/* ---- conformance table ---------------------------------------------------------------------- */

typedef struct row { const char *s; size_t n; gj_err err; size_t off; } row;
#define A(s) { s, sizeof(s) - 1, GJ_OK, 0 }
#define R(s, e, o) { s, sizeof(s) - 1, e, o }

static const row rows[] = {
    /* numbers accepted */
    A("0"), A("-0"), A("1"), A("-1"), A("123"), A("1.5"), A("-1.5e10"), A("1e5"), A("1E5"),
    A("1e+5"), A("1e-5"), A("1E-05"), A("0.0"), A("0e0"), A("-0.0e-0"), A("[0,-0,0.5,-0.5]"),
    A("-9223372036854775808"), A("9223372036854775807"), A("18446744073709551615"),
    A("18446744073709551616"), A("1.7976931348623157e308"), A("1e999"), A("-1e999"), A("5e-324"),
    A("123456789012345678901234567890"),
    /* literals and structure */
    A("true"), A("false"), A("null"), A("\"\""), A("\"a\""), A("[]"), A("{}"), A("[[]]"),
    A("{\"a\":{}}"), A("[1,2,3]"), A("{\"a\":1,\"b\":[true,false,null]}"), A("[[[[[]]]]]"),
    A("[{},[],\"\",0,true]"),
    /* whitespace: space, tab, CR, LF everywhere they are allowed */
    A(" 1"), A("1 "), A("\t\n\r 1\t\n\r "), A("[ 1 , 2 ]"), A("{ \"a\" : 1 }"), A("[\n]"), A("{\r\n}"),
    A(" \t[\t\"x\"\r,\n{\n\"k\"\t:\r[ ]\n}\t]\r\n"),
    /* escapes */
    A("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\""), A("\"\\u0000\""), A("\"\\u001f\""), A("\"\\u00e9\""),
    A("\"\\uFFFF\""), A("\"\\uD83D\\uDE00\""), A("\"\\uDBFF\\uDFFF\""), A("\"\\uD800\\uDC00\""),
    A("\"\\uAbCd\""), A("\"\\u0061\\u0062\""), A("\"a\\\"\""),
    /* UTF-8, every length, boundary code points */
    A("\"\x7F\""), A("\"\xC2\x80\""), A("\"\xDF\xBF\""), A("\"\xE0\xA0\x80\""), A("\"\xED\x9F\xBF\""),
    A("\"\xEE\x80\x80\""), A("\"\xEF\xBF\xBF\""), A("\"\xF0\x90\x80\x80\""), A("\"\xF4\x8F\xBF\xBF\""),
    A("\"a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80z\""), A("{\"\xC3\xA9\":\"\xF0\x9F\x98\x80\"}"),
    /* same key in different objects is fine; keys are compared exactly */
    A("{\"a\":{\"a\":1}}"), A("[{\"a\":1},{\"a\":2}]"), A("{\"a\":1,\"b\":{\"a\":2,\"b\":3}}"),
    A("{\"a\":1,\"A\":2}"), A("{\"a\":1,\"a \":2}"), A("{\"\":1,\"\\u0000\":2}"),
    A("{\"\\u00e9\":1,\"e\\u0301\":2}"), A("{\"a\":1,\"\\u0062\":2}"), A("{\"ab\":1,\"a\":2,\"b\":3}"),
    A("{\"a\":{\"b\":1},\"b\":{\"a\":1}}"),
    /* empty */
    R("", GJ_ERR_EMPTY, 0), R("   ", GJ_ERR_EMPTY, 3), R("\t\n", GJ_ERR_EMPTY, 2),
    /* trailing commas */
    R("[1,]", GJ_ERR_TRAILING_COMMA, 3), R("[1,2,]", GJ_ERR_TRAILING_COMMA, 5),
    R("{\"a\":1,}", GJ_ERR_TRAILING_COMMA, 7), R("[1, ]", GJ_ERR_TRAILING_COMMA, 4),
    R("[[],]", GJ_ERR_TRAILING_COMMA, 4), R("{\"a\":[1,],\"b\":2}", GJ_ERR_TRAILING_COMMA, 8),
    R("[,]", GJ_ERR_EXPECTED_VALUE, 1), R("[,1]", GJ_ERR_EXPECTED_VALUE, 1),
    R("[1,,2]", GJ_ERR_EXPECTED_VALUE, 3), R("{,}", GJ_ERR_EXPECTED_KEY, 1),
    R("{\"a\":1,,}", GJ_ERR_EXPECTED_KEY, 7),
    /* comments */
    R("//x\n1", GJ_ERR_EXPECTED_VALUE, 0), R("/*x*/1", GJ_ERR_EXPECTED_VALUE, 0),
    R("1//x", GJ_ERR_TRAILING_DATA, 1), R("[1/*x*/]", GJ_ERR_EXPECTED_COMMA, 2),
    R("{\"a\":1 /*c*/}", GJ_ERR_EXPECTED_COMMA, 7), R("# c\n1", GJ_ERR_EXPECTED_VALUE, 0),
    R("[1,//\n2]", GJ_ERR_EXPECTED_VALUE, 3),
    /* single quotes, unquoted keys */
    R("'a'", GJ_ERR_EXPECTED_VALUE, 0), R("{'a':1}", GJ_ERR_EXPECTED_KEY, 1),
    R("[\"a']", GJ_ERR_TRUNCATED, 5), R("['a']", GJ_ERR_EXPECTED_VALUE, 1),
    R("{a:1}", GJ_ERR_EXPECTED_KEY, 1),
    /* numbers rejected */
    R("01", GJ_ERR_LEADING_ZERO, 0), R("-01", GJ_ERR_LEADING_ZERO, 1), R("00", GJ_ERR_LEADING_ZERO, 0),
    R("[007]", GJ_ERR_LEADING_ZERO, 1), R("-00.5", GJ_ERR_LEADING_ZERO, 1),
    R("+1", GJ_ERR_EXPECTED_VALUE, 0), R("[+1]", GJ_ERR_EXPECTED_VALUE, 1),
    R(".5", GJ_ERR_EXPECTED_VALUE, 0), R("[-.5]", GJ_ERR_BAD_NUMBER, 2),
    R("1.", GJ_ERR_TRUNCATED, 2), R("[1.]", GJ_ERR_BAD_NUMBER, 3), R("1.e5", GJ_ERR_BAD_NUMBER, 2),
    R("-", GJ_ERR_TRUNCATED, 1), R("[-]", GJ_ERR_BAD_NUMBER, 2), R("-a", GJ_ERR_BAD_NUMBER, 1),
    R("--1", GJ_ERR_BAD_NUMBER, 1), R("- 1", GJ_ERR_BAD_NUMBER, 1),
    R("1e", GJ_ERR_TRUNCATED, 2), R("1e+", GJ_ERR_TRUNCATED, 3), R("[1e]", GJ_ERR_BAD_NUMBER, 3),
    R("[1e+]", GJ_ERR_BAD_NUMBER, 4), R("1e+-1", GJ_ERR_BAD_NUMBER, 3), R("1E++1", GJ_ERR_BAD_NUMBER, 3),
    R("0x1F", GJ_ERR_TRAILING_DATA, 1), R("1.5.5", GJ_ERR_TRAILING_DATA, 3),
    R("1e5.5", GJ_ERR_TRAILING_DATA, 3), R("1 2", GJ_ERR_TRAILING_DATA, 2),
    R("[1 2]", GJ_ERR_EXPECTED_COMMA, 3), R("1_000", GJ_ERR_TRAILING_DATA, 1),
    /* NaN / Infinity */
    R("NaN", GJ_ERR_EXPECTED_VALUE, 0), R("Infinity", GJ_ERR_EXPECTED_VALUE, 0),
    R("-Infinity", GJ_ERR_BAD_NUMBER, 1), R("[NaN]", GJ_ERR_EXPECTED_VALUE, 1),
    R("nan", GJ_ERR_BAD_LITERAL, 0), R("-NaN", GJ_ERR_BAD_NUMBER, 1), R("inf", GJ_ERR_EXPECTED_VALUE, 0),
    R("{\"a\":Infinity}", GJ_ERR_EXPECTED_VALUE, 5),
    /* literals */
    R("tru", GJ_ERR_TRUNCATED, 3), R("True", GJ_ERR_EXPECTED_VALUE, 0), R("trUe", GJ_ERR_BAD_LITERAL, 0),
    R("nul", GJ_ERR_TRUNCATED, 3), R("nulll", GJ_ERR_TRAILING_DATA, 4), R("fals", GJ_ERR_TRUNCATED, 4),
    R("falsey", GJ_ERR_TRAILING_DATA, 5), R("[truefalse]", GJ_ERR_EXPECTED_COMMA, 5),
    R("t", GJ_ERR_TRUNCATED, 1), R("[nil]", GJ_ERR_BAD_LITERAL, 1), R("undefined", GJ_ERR_EXPECTED_VALUE, 0),
    R("[fal]", GJ_ERR_BAD_LITERAL, 1), R("None", GJ_ERR_EXPECTED_VALUE, 0),
    /* structure */
    R("[", GJ_ERR_TRUNCATED, 1), R("{", GJ_ERR_TRUNCATED, 1), R("]", GJ_ERR_EXPECTED_VALUE, 0),
    R("}", GJ_ERR_EXPECTED_VALUE, 0), R("[}", GJ_ERR_EXPECTED_VALUE, 1), R("{]", GJ_ERR_EXPECTED_KEY, 1),
    R("[1}", GJ_ERR_EXPECTED_COMMA, 2), R("{\"a\":1]", GJ_ERR_EXPECTED_COMMA, 6),
    R("{\"a\"}", GJ_ERR_EXPECTED_COLON, 4), R("{\"a\" 1}", GJ_ERR_EXPECTED_COLON, 5),
    R("{\"a\":}", GJ_ERR_EXPECTED_VALUE, 5), R("{\"a\"::1}", GJ_ERR_EXPECTED_VALUE, 5),
    R("{\"a\":1:2}", GJ_ERR_EXPECTED_COMMA, 6), R("{1:1}", GJ_ERR_EXPECTED_KEY, 1),
    R("{null:1}", GJ_ERR_EXPECTED_KEY, 1), R("[[]", GJ_ERR_TRUNCATED, 3), R("[]]", GJ_ERR_TRAILING_DATA, 2),
    R("{}}", GJ_ERR_TRAILING_DATA, 2), R("[] []", GJ_ERR_TRAILING_DATA, 3),
    R("{\"a\":1}x", GJ_ERR_TRAILING_DATA, 7), R("\"a\"b", GJ_ERR_TRAILING_DATA, 3),
    R("[\"a\" \"b\"]", GJ_ERR_EXPECTED_COMMA, 5), R("{\"a\":1 \"b\":2}", GJ_ERR_EXPECTED_COMMA, 7),
    R("[1:2]", GJ_ERR_EXPECTED_COMMA, 2), R("{\"a\",1}", GJ_ERR_EXPECTED_COLON, 4),
    R("{\"a\":1", GJ_ERR_TRUNCATED, 6), R("{\"a\":", GJ_ERR_TRUNCATED, 5), R("[1,2", GJ_ERR_TRUNCATED, 4),
    R("{\"a\":1,", GJ_ERR_TRUNCATED, 7), R("{[]:1}", GJ_ERR_EXPECTED_KEY, 1),
    /* NUL bytes in the buffer */
    R("\0", GJ_ERR_EXPECTED_VALUE, 0), R("1\0", GJ_ERR_TRAILING_DATA, 1), R("[1\0]", GJ_ERR_EXPECTED_COMMA, 2),
    R("\"a\0b\"", GJ_ERR_CONTROL_CHAR, 2), R("{\"a\0\":1}", GJ_ERR_CONTROL_CHAR, 3),
    R("[\0]", GJ_ERR_EXPECTED_VALUE, 1), R("[]\0", GJ_ERR_TRAILING_DATA, 2), R(" \0 1", GJ_ERR_EXPECTED_VALUE, 1),
    R("{\"a\":1}\0\0", GJ_ERR_TRAILING_DATA, 7),
    /* whitespace RFC 8259 does not allow */
    R("\f1", GJ_ERR_EXPECTED_VALUE, 0), R("\v1", GJ_ERR_EXPECTED_VALUE, 0),
    R("\xC2\xA0" "1", GJ_ERR_EXPECTED_VALUE, 0), R("\xEF\xBB\xBF" "1", GJ_ERR_EXPECTED_VALUE, 0),
    R("[1,\f2]", GJ_ERR_EXPECTED_VALUE, 3), R("1\f", GJ_ERR_TRAILING_DATA, 1),
    R("\xE2\x80\xA8" "1", GJ_ERR_EXPECTED_VALUE, 0), R("[1\v]", GJ_ERR_EXPECTED_COMMA, 2),
    /* strings */
    R("\"abc", GJ_ERR_TRUNCATED, 4), R("\"", GJ_ERR_TRUNCATED, 1), R("\"\\", GJ_ERR_TRUNCATED, 1),
    R("\"\\\"", GJ_ERR_TRUNCATED, 3), R("\"\\\\\\\"", GJ_ERR_TRUNCATED, 5), R("\"\\u00", GJ_ERR_TRUNCATED, 1),
    /* invalid escapes: offset of the backslash */
    R("\"\\x41\"", GJ_ERR_BAD_ESCAPE, 1), R("\"\\a\"", GJ_ERR_BAD_ESCAPE, 1), R("\"\\'\"", GJ_ERR_BAD_ESCAPE, 1),
    R("\"\\0\"", GJ_ERR_BAD_ESCAPE, 1), R("\"\\U0041\"", GJ_ERR_BAD_ESCAPE, 1), R("\"\\u\"", GJ_ERR_BAD_ESCAPE, 1),
    R("\"\\u12\"", GJ_ERR_BAD_ESCAPE, 1), R("\"\\u00\"", GJ_ERR_BAD_ESCAPE, 1), R("\"\\u12G4\"", GJ_ERR_BAD_ESCAPE, 1),
    R("\"\\uGGGG\"", GJ_ERR_BAD_ESCAPE, 1), R("\"\\u 123\"", GJ_ERR_BAD_ESCAPE, 1), R("\"ab\\c\"", GJ_ERR_BAD_ESCAPE, 3),
    R("\"\\e\"", GJ_ERR_BAD_ESCAPE, 1), R("\"\\ \"", GJ_ERR_BAD_ESCAPE, 1), R("\"\\\n\"", GJ_ERR_BAD_ESCAPE, 1),
    R("\"\\u-123\"", GJ_ERR_BAD_ESCAPE, 1), R("\"\\u0x12\"", GJ_ERR_BAD_ESCAPE, 1), R("\"\\u12", GJ_ERR_TRUNCATED, 1),
    R("\"\\u1x", GJ_ERR_BAD_ESCAPE, 1), R("{\"\\q\":1}", GJ_ERR_BAD_ESCAPE, 2),
    /* surrogate escapes */
    R("\"\\uD800\"", GJ_ERR_BAD_SURROGATE, 1), R("\"\\uDBFF\"", GJ_ERR_BAD_SURROGATE, 1),
    R("\"\\uDC00\"", GJ_ERR_BAD_SURROGATE, 1), R("\"\\uDFFF\"", GJ_ERR_BAD_SURROGATE, 1),
    R("\"\\uD800\\uD800\"", GJ_ERR_BAD_SURROGATE, 1), R("\"\\uD800\\u0041\"", GJ_ERR_BAD_SURROGATE, 1),
    R("\"\\uD800\\uE000\"", GJ_ERR_BAD_SURROGATE, 1), R("\"\\uDC00\\uD800\"", GJ_ERR_BAD_SURROGATE, 1),
    R("\"\\uD800a\"", GJ_ERR_BAD_SURROGATE, 1), R("\"\\uD800\\n\"", GJ_ERR_BAD_SURROGATE, 1),
    R("\"x\\uD800\"", GJ_ERR_BAD_SURROGATE, 2), R("\"\\uD800\\uDBFF\"", GJ_ERR_BAD_SURROGATE, 1),
    R("\"\\uD83D\\uDE00\\uDE00\"", GJ_ERR_BAD_SURROGATE, 13), R("\"\\uD800\\\\uDC00\"", GJ_ERR_BAD_SURROGATE, 1),
    R("\"\\uD800\\uDC0\"", GJ_ERR_BAD_SURROGATE, 1), R("\"\\uD800\\u", GJ_ERR_TRUNCATED, 1),
    R("\"\\uD800\\uZ", GJ_ERR_BAD_SURROGATE, 1), R("\"\\uD800\\x", GJ_ERR_BAD_SURROGATE, 1),
    R("\"\\ud800\\udc00\\ud800\"", GJ_ERR_BAD_SURROGATE, 13), R("{\"\\uDE00\":1}", GJ_ERR_BAD_SURROGATE, 2),
    R("\"\\uD800\xF0\x9F\x98\x80\"", GJ_ERR_BAD_SURROGATE, 1),
    /* control characters elsewhere (all 32 bytes inside a string are generated below) */
    R("{\"\x01\":1}", GJ_ERR_CONTROL_CHAR, 2), R("[\"a\",\"\x1F\"]", GJ_ERR_CONTROL_CHAR, 6),
    /* invalid UTF-8 */
    R("\"\xC0\x80\"", GJ_ERR_BAD_UTF8, 1), R("\"\xC1\xBF\"", GJ_ERR_BAD_UTF8, 1), R("\"\xC0\xAF\"", GJ_ERR_BAD_UTF8, 1),
    R("\"\xE0\x80\x80\"", GJ_ERR_BAD_UTF8, 1), R("\"\xE0\x9F\xBF\"", GJ_ERR_BAD_UTF8, 1),
    R("\"\xF0\x80\x80\x80\"", GJ_ERR_BAD_UTF8, 1), R("\"\xF0\x8F\xBF\xBF\"", GJ_ERR_BAD_UTF8, 1),
    R("\"\xED\xA0\x80\"", GJ_ERR_BAD_UTF8, 1), R("\"\xED\xBF\xBF\"", GJ_ERR_BAD_UTF8, 1),
    R("\"\xED\xA0\xBD\xED\xB8\x80\"", GJ_ERR_BAD_UTF8, 1), R("\"\xF4\x90\x80\x80\"", GJ_ERR_BAD_UTF8, 1),
    R("\"\xF7\xBF\xBF\xBF\"", GJ_ERR_BAD_UTF8, 1), R("\"a\x80\"", GJ_ERR_BAD_UTF8, 2),
    R("\"\xC3\"", GJ_ERR_BAD_UTF8, 1), R("\"\xE2\x82\"", GJ_ERR_BAD_UTF8, 1), R("\"\xF0\x9F\x98\"", GJ_ERR_BAD_UTF8, 1),
    R("\"\xE2\x82" "a\"", GJ_ERR_BAD_UTF8, 1), R("\"\xC3\xC3\xA9\"", GJ_ERR_BAD_UTF8, 1),
    R("\"\xE2\x28\xA1\"", GJ_ERR_BAD_UTF8, 1), R("\"\xF8\x88\x80\x80\x80\"", GJ_ERR_BAD_UTF8, 1),
    R("\"\xC3", GJ_ERR_TRUNCATED, 1), R("\"\xF0\x9F\x98", GJ_ERR_TRUNCATED, 1), R("\"\xE0\x80", GJ_ERR_BAD_UTF8, 1),
    R("\"\xF4\x90", GJ_ERR_BAD_UTF8, 1), R("\xC3\xA9", GJ_ERR_EXPECTED_VALUE, 0), R("[\x80]", GJ_ERR_EXPECTED_VALUE, 1),
    R("{\"\xFF\":1}", GJ_ERR_BAD_UTF8, 2), R("\"\xF0\x9F\x98\x80\xF0\x9F\x98\"", GJ_ERR_BAD_UTF8, 5),
    /* duplicate keys: offset of the repeated key's opening quote */
    R("{\"a\":1,\"a\":2}", GJ_ERR_DUPLICATE_KEY, 7), R("{\"a\":1,\"\\u0061\":2}", GJ_ERR_DUPLICATE_KEY, 7),
    R("{\"\\u0061\":1,\"a\":2}", GJ_ERR_DUPLICATE_KEY, 12), R("{\"a\":1,\"b\":2,\"a\":3}", GJ_ERR_DUPLICATE_KEY, 13),
    R("{\"a\":{\"b\":1,\"b\":2}}", GJ_ERR_DUPLICATE_KEY, 12), R("[{\"x\":1,\"x\":1}]", GJ_ERR_DUPLICATE_KEY, 8),
    R("{\"\\n\":1,\"\\u000a\":2}", GJ_ERR_DUPLICATE_KEY, 8),
    R("{\"\\uD83D\\uDE00\":1,\"\xF0\x9F\x98\x80\":2}", GJ_ERR_DUPLICATE_KEY, 18),
    R("{\"a\":1,\"a\":2", GJ_ERR_DUPLICATE_KEY, 7), R("{\"\":1,\"\":2}", GJ_ERR_DUPLICATE_KEY, 6),
    R("{\"a\":[],\"a\":{}}", GJ_ERR_DUPLICATE_KEY, 8), R("{\"\xC3\xA9\":1,\"\\u00e9\":2}", GJ_ERR_DUPLICATE_KEY, 8),
    R("{\"a\\u0000\":1,\"a\\u0000\":2}", GJ_ERR_DUPLICATE_KEY, 13), R("{\"\\/\":1,\"/\":2}", GJ_ERR_DUPLICATE_KEY, 8),
    R("{\"a\":{\"x\":1},\"b\":{\"x\":2},\"a\":0}", GJ_ERR_DUPLICATE_KEY, 25),
};

static void run_row(const char *name, const char *s, size_t n, gj_err err, size_t off)
{
    gj_status st, sv;
    gj_err e, ev;
    t_case_begin(name);
    e = tok_copy(s, n, &st);
    ev = val_copy(s, n, &sv);
    if (e != err || st.offset != off)
        t_failf(__FILE__, __LINE__, "got %s@%zu, want %s@%zu", gj_strerror(e), st.offset, gj_strerror(err), off);
    CHECK_EQ(st.err, e);
    if (err == GJ_OK) {
        CHECK(st.count >= 1);
        CHECK_EQ(st.offset, 0);
    }
    if (err == GJ_ERR_DUPLICATE_KEY) CHECK(ev != GJ_ERR_DUPLICATE_KEY); /* validate does not see duplicates */
    else { CHECK_EQ(ev, e); CHECK_EQ(sv.offset, st.offset); }
    t_case_end();
}

static void conformance(void)
{
    size_t i;
    int c;
    char name[64], doc[16];
    for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        snprintf(name, sizeof name, "conformance row %zu", i);
        run_row(name, rows[i].s, rows[i].n, rows[i].err, rows[i].off);
    }
    /* every control byte 0x00-0x1F raw inside a string, and as an escape (accepted) */
    for (c = 0; c < 0x20; c++) {
        doc[0] = '"'; doc[1] = (char)c; doc[2] = '"';
        snprintf(name, sizeof name, "control byte 0x%02x", c);
        run_row(name, doc, 3, GJ_ERR_CONTROL_CHAR, 1);
        snprintf(doc, sizeof doc, "[\"x\\u%04x\"]", c);
        snprintf(name, sizeof name, "escaped control 0x%02x", c);
        run_row(name, doc, strlen(doc), GJ_OK, 0);
    }
    /* F5-FF can never start a sequence */
    for (c = 0xF5; c <= 0xFF; c++) {
        doc[0] = '"'; doc[1] = (char)c; doc[2] = (char)0x80; doc[3] = (char)0x80; doc[4] = (char)0x80; doc[5] = '"';
        snprintf(name, sizeof name, "lead byte 0x%02x", c);
        run_row(name, doc, 6, GJ_ERR_BAD_UTF8, 1);
    }
    /* lone continuation bytes, and C0/C1 (overlong-only) leads */
    for (c = 0x80; c <= 0xC1; c++) {
        doc[0] = '"'; doc[1] = 'a'; doc[2] = (char)c; doc[3] = (char)0x80; doc[4] = '"';
        snprintf(name, sizeof name, "lone byte 0x%02x", c);
        run_row(name, doc, 5, GJ_ERR_BAD_UTF8, 2);
    }
    /* every two-byte lead C2-DF with the lowest and highest continuation is fine */
    for (c = 0xC2; c <= 0xDF; c++) {
        doc[0] = '"'; doc[1] = (char)c; doc[2] = (char)0x80; doc[3] = (char)c; doc[4] = (char)0xBF; doc[5] = '"';
        snprintf(name, sizeof name, "two-byte lead 0x%02x", c);
        run_row(name, doc, 6, GJ_OK, 0);
    }
}

/* Nesting: exactly GJ_MAX_DEPTH accepted, one more rejected at the offending bracket. */
static void depth_rows(void)
{
    static char doc[1024];
    size_t n, i, d;
    gj_status st;
    for (d = GJ_MAX_DEPTH - 1; d <= GJ_MAX_DEPTH + 2; d++) {
        char name[64];
        /* arrays */
        n = 0;
        for (i = 0; i < d; i++) doc[n++] = '[';
        for (i = 0; i < d; i++) doc[n++] = ']';
        snprintf(name, sizeof name, "array depth %zu", d);
        run_row(name, doc, n, d <= GJ_MAX_DEPTH ? GJ_OK : GJ_ERR_DEPTH, d <= GJ_MAX_DEPTH ? 0 : GJ_MAX_DEPTH);
        /* objects {"a":{"a":...1...}} */
        n = 0;
        for (i = 0; i < d; i++) { memcpy(doc + n, "{\"a\":", 5); n += 5; }
        doc[n++] = '1';
        for (i = 0; i < d; i++) doc[n++] = '}';
        snprintf(name, sizeof name, "object depth %zu", d);
        run_row(name, doc, n, d <= GJ_MAX_DEPTH ? GJ_OK : GJ_ERR_DEPTH, d <= GJ_MAX_DEPTH ? 0 : 5 * GJ_MAX_DEPTH);
        /* mixed, with whitespace: [ {"a": [ {"a": ... */
        n = 0;
        for (i = 0; i < d; i++) {
            if (i % 2) { memcpy(doc + n, " {\"a\" :", 7); n += 7; }
            else { memcpy(doc + n, "\t[", 2); n += 2; }
        }
        doc[n++] = 'n'; doc[n++] = 'u'; doc[n++] = 'l'; doc[n++] = 'l';
        for (i = d; i-- > 0;) doc[n++] = (i % 2) ? '}' : ']';
        snprintf(name, sizeof name, "mixed depth %zu", d);
        {
            /* offset of the (GJ_MAX_DEPTH+1)th opener: 32 pairs of 9 bytes, then "\t" */
            size_t off = (GJ_MAX_DEPTH / 2) * 9 + 1;
            run_row(name, doc, n, d <= GJ_MAX_DEPTH ? GJ_OK : GJ_ERR_DEPTH, d <= GJ_MAX_DEPTH ? 0 : off);
        }
    }
    /* depth 64 twice in a row inside one array is still 64+1 = too deep; siblings at 63 fine */
    n = 0;
    doc[n++] = '[';
    for (d = 0; d < 2; d++) {
        if (d) doc[n++] = ',';
        for (i = 0; i < GJ_MAX_DEPTH - 1; i++) doc[n++] = '[';
        for (i = 0; i < GJ_MAX_DEPTH - 1; i++) doc[n++] = ']';
    }
    doc[n++] = ']';
    t_case_begin("sibling subtrees at max depth");
    CHECK_GJ(tok_copy(doc, n, &st), GJ_OK);
    CHECK_EQ(st.count, 1 + 2 * (GJ_MAX_DEPTH - 1));
    t_case_end();
}

/* ---- token structure ----------------------------------------------------------------------- */

typedef struct exp_tok { int type; uint32_t start, len, next, size; int flags; } exp_tok;

static void check_toks(const char *doc, const exp_tok *ex, size_t count)
{
    gj_tok toks[32];
    gj_status st;
    size_t i, n = strlen(doc);
    char *b = dup_exact(doc, n);
    CHECK_GJ(gj_tokenize(b, n, toks, 32, &st), GJ_OK);
    CHECK_EQ(st.count, count);
    CHECK_EQ(st.offset, 0);
    for (i = 0; i < count && i < st.count; i++) {
        if (toks[i].type != ex[i].type || toks[i].start != ex[i].start || toks[i].len != ex[i].len ||
            toks[i].next != ex[i].next || toks[i].size != ex[i].size || toks[i].flags != ex[i].flags)
            t_failf(__FILE__, __LINE__, "token %zu: got type %d start %u len %u next %u size %u flags %d",
                    i, toks[i].type, toks[i].start, toks[i].len, toks[i].next, toks[i].size, toks[i].flags);
    }
    free(b);
}

static void test_token_structure(void)
{
    static const exp_tok d1[] = {
        { GJ_OBJECT, 0, 33, 10, 2, 0 }, { GJ_STRING, 2, 1, 2, 0, 0 }, { GJ_ARRAY, 5, 18, 8, 3, 0 },
        { GJ_NUMBER, 6, 1, 4, 0, 0 }, { GJ_STRING, 9, 1, 5, 0, 0 }, { GJ_OBJECT, 12, 10, 8, 1, 0 },
        { GJ_STRING, 14, 1, 7, 0, 0 }, { GJ_NULL, 17, 4, 8, 0, 0 }, { GJ_STRING, 25, 1, 9, 0, 0 },
        { GJ_TRUE, 28, 4, 10, 0, 0 },
    };
    static const exp_tok d2[] = {
        { GJ_ARRAY, 0, 31, 6, 5, 0 }, { GJ_STRING, 3, 4, 2, 0, GJ_ESCAPED }, { GJ_NUMBER, 11, 6, 3, 0, 0 },
        { GJ_FALSE, 18, 5, 4, 0, 0 }, { GJ_ARRAY, 24, 3, 5, 0, 0 }, { GJ_OBJECT, 28, 2, 6, 0, 0 },
    };
    static const exp_tok d3[] = { { GJ_STRING, 3, 2, 1, 0, 0 } };
    static const exp_tok d4[] = { { GJ_NUMBER, 0, 2, 1, 0, 0 } };
    static const exp_tok d5[] = {
        { GJ_OBJECT, 1, 26, 5, 2, 0 }, { GJ_STRING, 3, 6, 2, 0, GJ_ESCAPED }, { GJ_ARRAY, 11, 2, 3, 0, 0 },
        { GJ_STRING, 15, 0, 4, 0, 0 }, { GJ_STRING, 18, 7, 5, 0, 0 },
    };
    check_toks("{\"a\":[1,\"x\",{\"b\":null}],\"c\":true}", d1, 10);
    check_toks("[ \"a\\nb\" , -1.5e3,false,[ ],{}]", d2, 6);
    check_toks("  \"hi\"  ", d3, 1);
    check_toks("42", d4, 1);
    check_toks(" {\"\\u0061\":[],\"\":\"\xF0\x9F\x98\x80z\xC3\xA9\"} ", d5, 5);
}

static void test_member_iteration(void)
{
    const char *doc = "{\"a\":[1,2,{\"x\":[]}],\"b\":{\"c\":null},\"d\":\"e\",\"f\":7}";
    gj_tok toks[32];
    gj_status st;
    uint32_t i, obj = 0;
    char keys[8];
    size_t nk = 0;
    CHECK_GJ(gj_tokenize(doc, strlen(doc), toks, 32, &st), GJ_OK);
    for (i = obj + 1; i < toks[obj].next; i = toks[i + 1].next) {
        CHECK_EQ(toks[i].type, GJ_STRING);
        if (nk < sizeof keys) keys[nk++] = doc[toks[i].start];
    }
    CHECK_EQ(nk, 4);
    CHECK(memcmp(keys, "abdf", 4) == 0);
    CHECK_EQ(toks[0].size, 4);
    /* array elements skip the same way */
    nk = 0;
    for (i = 2 + 1; i < toks[2].next; i = toks[i].next) nk++;
    CHECK_EQ(nk, toks[2].size);
    CHECK_EQ(nk, 3);
}

/* ---- GJ_ERR_NOMEM: every too-small cap reports the exact count --------------------------------- */

static void test_nomem_every_cap(void)
{
    static const char *const docs[] = {
        "1", "[]", "[1,2,3]", "{\"a\":1,\"b\":[true,false,null],\"c\":{\"d\":\"e\"}}",
        "[[[[]]],{},[{}],\"x\",{\"k\":[1,{\"z\":0}]}]", " { \"a\\u0062\" : [ \"\xC3\xA9\" ] } ",
    };
    size_t d;
    for (d = 0; d < sizeof docs / sizeof docs[0]; d++) {
        size_t n = strlen(docs[d]), needed, cap;
        gj_status st;
        char name[64];
        snprintf(name, sizeof name, "nomem doc %zu", d);
        t_case_begin(name);
        CHECK_GJ(gj_tokenize(docs[d], n, NULL, 0, &st), GJ_ERR_NOMEM);
        needed = st.count;
        CHECK(needed >= 1);
        for (cap = 0; cap <= needed; cap++) {
            gj_tok *toks = (gj_tok *)malloc((cap ? cap : 1) * sizeof *toks); /* exact: ASan sees overruns */
            gj_err e = gj_tokenize(docs[d], n, cap ? toks : NULL, cap, &st);
            if (cap < needed) {
                CHECK_GJ(e, GJ_ERR_NOMEM);
                CHECK_EQ(st.count, needed);
                CHECK_EQ(st.offset, n);
                /* a non-NULL array with the same cap behaves the same */
                CHECK_GJ(gj_tokenize(docs[d], n, toks, cap, &st), GJ_ERR_NOMEM);
                CHECK_EQ(st.count, needed);
            } else {
                CHECK_GJ(e, GJ_OK);
                CHECK_EQ(st.count, needed);
                CHECK_EQ(toks[0].next, needed);
            }
            free(toks);
        }
        /* gj_validate reports the count too, with no array at all */
        CHECK_GJ(gj_validate(docs[d], n, &st), GJ_OK);
        CHECK_EQ(st.count, needed);
        t_case_end();
    }
}

/* ---- truncation: every proper prefix of a valid document is rejected ------------------------- */

static const char *const trunc_docs[] = {
    "[]", "{}", "[1]", "[-0.5e-3]", "[true,false,null]", "{\"a\":1}", "{\"a\":\"b\"}",
    "[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"]", "[\"\\u0041\\u00e9\\uFFFF\"]", "[\"\\uD83D\\uDE00\"]",
    "[\"\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\"]", "{\"\xF4\x8F\xBF\xBF\":\"\xEF\xBF\xBF\"}",
    "[0,1,-1,10,1.25,1e10,1E-10,-0.0e+0]", "[18446744073709551615,-9223372036854775808]",
    "{\"a\":{\"b\":{\"c\":[[[]]]}}}", " [ 1 , 2 ]", "\t{\r\n\"k\" : [ null ]\n}",
    "{\"op\":0,\"d\":{\"id\":\"155112606661607425\",\"s\":null},\"t\":\"READY\"}",
    "[{\"a\":[{\"b\":[]}]},{}]", "[\"a\",\"\",\"\\u0000\"]", "{\"\":\"\"}", "[[1,2],[3,4],[5,[6]]]",
    "{\"x\":true,\"y\":false,\"z\":null}", "[\"\\u20ac\\ud834\\udd1e\"]", "[123456789012345678901234567890]",
    "{\"nested\":{\"arr\":[1,\"two\",{\"three\":3.0}],\"s\":\"\\t\"}}", "[5e-324,1.7976931348623157e308]",
    "[\"\x7F\xC2\x80\xDF\xBF\xE0\xA0\x80\xF0\x90\x80\x80\"]", "{\"a\":[],\"b\":{},\"c\":\"\"}",
    "[[[[[[[[[[\"deep\"]]]]]]]]]]", "{\"k\\\"ey\":\"v\\\\al\"}", "[1e5,2E+5,3e-5]",
};

static void test_truncation(void)
{
    size_t d;
    for (d = 0; d < sizeof trunc_docs / sizeof trunc_docs[0]; d++) {
        const char *doc = trunc_docs[d];
        size_t n = strlen(doc), k, j;
        gj_status st, sv;
        char name[64];
        snprintf(name, sizeof name, "truncation doc %zu", d);
        t_case_begin(name);
        CHECK_GJ(tok_copy(doc, n, &st), GJ_OK);
        for (k = 0; k < n; k++) {
            gj_err e = tok_copy(doc, k, &st), ev = val_copy(doc, k, &sv);
            int blank = 1;
            for (j = 0; j < k; j++) if (!strchr(" \t\r\n", doc[j])) blank = 0;
            if (e == GJ_OK) t_failf(__FILE__, __LINE__, "prefix %zu of doc %zu accepted", k, d);
            /* a prefix of a valid document can only be "empty" or "cut short" */
            CHECK_EQ(e, blank ? GJ_ERR_EMPTY : GJ_ERR_TRUNCATED);
            CHECK(st.offset <= k);
            CHECK_EQ(ev, e);
            CHECK_EQ(sv.offset, st.offset);
        }
        t_case_end();
    }
}

/* Prefixes of invalid documents: validate and tokenize agree (except on duplicate keys). */
static void test_prefix_agreement(void)
{
    size_t r, k;
    for (r = 0; r < sizeof rows / sizeof rows[0]; r++) {
        for (k = 0; k <= rows[r].n; k++) {
            gj_status st, sv;
            gj_err e = tok_copy(rows[r].s, k, &st), ev = val_copy(rows[r].s, k, &sv);
            if (e == GJ_ERR_DUPLICATE_KEY) { CHECK(ev != GJ_ERR_DUPLICATE_KEY); continue; }
            CHECK_EQ(ev, e);
            CHECK_EQ(sv.offset, st.offset);
        }
    }
}

/* ---- duplicate-key detection on a large object ---------------------------------------------- */

static void test_many_keys(void)
{
    enum { K = 5000 };
    size_t cap = (size_t)K * 12 + 16, n = 0, i;
    char *doc = (char *)malloc(cap);
    gj_tok *toks = (gj_tok *)malloc((2 * K + 1) * sizeof *toks);
    gj_status st;
    doc[n++] = '{';
    for (i = 0; i < K; i++) n += (size_t)snprintf(doc + n, cap - n, "%s\"k%04zu\":%zu", i ? "," : "", i, i % 10);
    doc[n++] = '}';
    CHECK_GJ(gj_tokenize(doc, n, toks, 2 * K + 1, &st), GJ_OK);
    CHECK_EQ(st.count, 2 * K + 1);
    CHECK_EQ(toks[0].size, K);
    CHECK_EQ(gj_find(doc, toks, 0, "k4999", 5), 2 * K);
    /* the last key repeats the first */
    memcpy(doc + n - 9, "k0000", 5);
    CHECK_GJ(gj_tokenize(doc, n, toks, 2 * K + 1, &st), GJ_ERR_DUPLICATE_KEY);
    CHECK_EQ(st.offset, n - 10);
    CHECK_GJ(gj_validate(doc, n, &st), GJ_OK);
    free(toks);
    free(doc);
}

/* Objects past GJ__LINEAR_KEYS keys are checked by sorting their keys when they close: the same
   answer as the pairwise check (the earliest repeat, compared after unescaping), in O(k log k). */
static size_t big_object(char *doc, size_t cap, unsigned k120, unsigned k150, size_t *at120, size_t *at150)
{
    size_t n = 0, i;
    doc[n++] = '{';
    for (i = 0; i < 200; i++) {
        if (i) doc[n++] = ',';
        if (i == 120) *at120 = n;
        if (i == 150) *at150 = n;
        if (i == 150) n += (size_t)snprintf(doc + n, cap - n, "\"\\u0061%05u\":0", k150); /* escaped 'a' */
        else n += (size_t)snprintf(doc + n, cap - n, "\"a%05u\":0", i == 120 ? k120 : (unsigned)i);
    }
    doc[n++] = '}';
    return n;
}

static void test_big_object_duplicates(void)
{
    enum { K = 200 };
    char doc[K * 16 + 64];
    gj_tok toks[2 * K + 8];
    gj_status st;
    size_t n, i, at120 = 0, at150 = 0;
    /* key 120 repeats key 90 and comes before key 150, which repeats key 7: 120 is reported */
    n = big_object(doc, sizeof doc, 90, 7, &at120, &at150);
    CHECK_GJ(gj_tokenize(doc, n, toks, 2 * K + 8, &st), GJ_ERR_DUPLICATE_KEY);
    CHECK_EQ(st.offset, at120);
    /* only the escaped repeat left: keys compare after unescaping */
    n = big_object(doc, sizeof doc, 99999, 7, &at120, &at150);
    CHECK_GJ(gj_tokenize(doc, n, toks, 2 * K + 8, &st), GJ_ERR_DUPLICATE_KEY);
    CHECK_EQ(st.offset, at150);
    /* no repeat: fine, and the key tokens are as documented again (size 0, next = index + 1) */
    n = big_object(doc, sizeof doc, 99999, 99998, &at120, &at150);
    CHECK_GJ(gj_tokenize(doc, n, toks, 2 * K + 8, &st), GJ_OK);
    CHECK_EQ(toks[0].size, K);
    for (i = 1; i < st.count; i = toks[i + 1].next) CHECK(toks[i].size == 0 && toks[i].next == i + 1);
    CHECK_EQ(gj_find(doc, toks, 0, "a00199", 6), 2 * K);
    CHECK_EQ(gj_find(doc, toks, 0, "a99998", 6), 2 * 150 + 2);
}

/* Every way a small object is checked: pairwise while it is small and the filter cannot tell,
   at its close after an escaped key or a filter collision past the 8th key. Whatever the path,
   the earliest repeat is reported at its offset, and a clean object leaves no internal flag. */
static void test_object_check_paths(void)
{
    char doc[2048];
    gj_tok toks[128];
    gj_status st;
    unsigned nk, mode, rep;
    for (mode = 0; mode < 3; mode++) /* 0: keys the filter tells apart; 1: keys that collide in it; 2: one escaped key */
        for (nk = 2; nk <= 40; nk++)
            for (rep = 0; rep <= nk; rep++) { /* rep == nk: no repeat; else key rep repeats key rep / 2 */
                size_t n = 0, at = 0, i;
                doc[n++] = '{';
                for (i = 0; i < nk; i++) {
                    unsigned k = i == rep && rep ? rep / 2 : (unsigned)i;
                    if (i) doc[n++] = ',';
                    if (i == rep && rep) at = n;
                    if (mode == 2 && i == nk / 2) /* spelled with an escape: \u006b is 'k' */
                        n += (size_t)snprintf(doc + n, sizeof doc - n, "\"\\u006b%02u\":%u", k, k);
                    else if (mode == 1) /* same length, first and last byte: one filter bit */
                        n += (size_t)snprintf(doc + n, sizeof doc - n, "\"k%02uz\":%u", k, k);
                    else if (mode == 2)
                        n += (size_t)snprintf(doc + n, sizeof doc - n, "\"k%02u\":%u", k, k);
                    else
                        n += (size_t)snprintf(doc + n, sizeof doc - n, "\"k%0*u\":%u", (int)(k % 7 + 2), k, k);
                }
                doc[n++] = '}';
                if (rep == nk || rep == 0) {
                    CHECK_GJ(gj_tokenize(doc, n, toks, 128, &st), GJ_OK);
                    CHECK_EQ(toks[0].flags, 0);
                    CHECK_EQ(toks[0].size, nk);
                } else {
                    CHECK_GJ(gj_tokenize(doc, n, toks, 128, &st), GJ_ERR_DUPLICATE_KEY);
                    CHECK_EQ(st.offset, at);
                }
            }
}

/* ---- every fast step at every distance from the end of input ---------------------------------
   Documents built piece by piece along with the tokens they must give, in lengths that put each
   fast step of the tokenizer (a string's 16-byte blocks, a number's 8-digit steps, the steps that
   skip their room check while 20 bytes are left, a pretty-printed line's indentation) across the
   end of input and across its own block boundaries. Each one is tokenized with room for len tokens
   and with exactly the tokens it needs (the other run), and validated. */

typedef struct gdoc {
    char s[512];
    size_t n;
    exp_tok t[64];
    size_t nt;
    size_t open[8], depth; /* the open containers' tokens */
} gdoc;

static void g_init(gdoc *g) { g->n = g->nt = g->depth = 0; }
static void g_raw(gdoc *g, const char *text) { size_t k = strlen(text); memcpy(g->s + g->n, text, k); g->n += k; }
static void g_rep(gdoc *g, char ch, size_t k) { memset(g->s + g->n, ch, k); g->n += k; }
/* one more member or element of the innermost container */
static void g_count(gdoc *g) { if (g->depth) g->t[g->open[g->depth - 1]].size++; }

static void g_leaf(gdoc *g, int type, size_t start, size_t len, int flags)
{
    exp_tok *e = &g->t[g->nt];
    e->type = type;
    e->start = (uint32_t)start;
    e->len = (uint32_t)len;
    e->next = (uint32_t)(g->nt + 1);
    e->size = 0;
    e->flags = flags;
    g->nt++;
}

/* a string of k bytes of body (ch repeated, or body when not NULL) */
static void g_str(gdoc *g, const char *body, char ch, size_t k, int flags)
{
    g_leaf(g, GJ_STRING, g->n + 1, k, flags);
    g_raw(g, "\"");
    if (body) { memcpy(g->s + g->n, body, k); g->n += k; } else g_rep(g, ch, k);
    g_raw(g, "\"");
}

static void g_lit(gdoc *g, int type, const char *text)
{
    g_leaf(g, type, g->n, strlen(text), 0);
    g_raw(g, text);
}

static void g_open(gdoc *g, char ch)
{
    g->open[g->depth++] = g->nt;
    g_leaf(g, ch == '{' ? GJ_OBJECT : GJ_ARRAY, g->n, 0, 0);
    g->s[g->n++] = ch;
}

static void g_close(gdoc *g, char ch)
{
    exp_tok *e = &g->t[g->open[--g->depth]];
    g->s[g->n++] = ch;
    e->len = (uint32_t)(g->n - e->start);
    e->next = (uint32_t)g->nt;
}

static void g_check(const gdoc *g, const char *what, size_t a, size_t b)
{
    char name[96];
    char *buf = dup_exact(g->s, g->n);
    gj_tok *toks = (gj_tok *)malloc((g->n + 1) * sizeof *toks);
    gj_status st;
    size_t i, run;
    snprintf(name, sizeof name, "%s %zu %zu", what, a, b);
    t_case_begin(name);
    for (run = 0; run < 2; run++) {
        size_t cap = run ? g->nt : g->n + 1; /* room for len tokens, then exactly the tokens needed */
        CHECK_GJ(gj_tokenize(buf, g->n, toks, cap, &st), GJ_OK);
        CHECK_EQ(st.count, g->nt);
        for (i = 0; i < g->nt && i < st.count; i++) {
            const exp_tok *e = &g->t[i];
            if (toks[i].type != e->type || toks[i].start != e->start || toks[i].len != e->len ||
                toks[i].next != e->next || toks[i].size != e->size || toks[i].flags != e->flags)
                t_failf(__FILE__, __LINE__, "run %zu token %zu: got type %d start %u len %u next %u size %u flags %d,"
                        " want %d %u %u %u %u %d", run, i, toks[i].type, toks[i].start, toks[i].len, toks[i].next,
                        toks[i].size, toks[i].flags, e->type, e->start, e->len, e->next, e->size, e->flags);
        }
    }
    CHECK_GJ(gj_validate(buf, g->n, &st), GJ_OK);
    CHECK_EQ(st.count, g->nt);
    t_case_end();
    free(toks);
    free(buf);
}

/* doc with its byte at `at` replaced by the bytes of `bad`: err at offset off, from both runs */
static void g_check_err(const gdoc *g, size_t at, const char *bad, gj_err err, size_t off, const char *what)
{
    char doc[512], name[96];
    gj_status st, sv;
    gj_err e, ev;
    size_t k = strlen(bad);
    memcpy(doc, g->s, g->n);
    memcpy(doc + at, bad, k);
    snprintf(name, sizeof name, "%s at %zu of %zu", what, at, g->n);
    t_case_begin(name);
    e = tok_copy(doc, g->n, &st);
    ev = val_copy(doc, g->n, &sv);
    if (e != err || st.offset != off)
        t_failf(__FILE__, __LINE__, "got %s@%zu, want %s@%zu", gj_strerror(e), st.offset, gj_strerror(err), off);
    if (err != GJ_ERR_DUPLICATE_KEY) {
        CHECK_GJ(ev, e);
        CHECK_EQ(sv.offset, st.offset);
    }
    t_case_end();
}

static const char *const g_numbers[] = { "7", "-0", "0", "10", "12345678", "123456789", "-1234567890123456",
                                         "1.5", "-0.25e-3", "6E+20", "31415926535897932384626" };
#define G_NUMBERS (sizeof g_numbers / sizeof g_numbers[0])
static int g_num_type(const char *s) { (void)s; return GJ_NUMBER; }

/* {"<key>":"<value>"} and {"x":"<value>","<key>":<number>}: keys and values of every length from 0
   to 40, so each meets the end of input at every offset of its block */
static void test_steps_members(void)
{
    size_t kl, vl, d;
    gdoc g;
    for (kl = 0; kl <= 40; kl++)
        for (vl = 0; vl <= 40; vl++) {
            g_init(&g);
            g_open(&g, '{');
            g_count(&g); g_str(&g, NULL, 'k', kl, 0); g_raw(&g, ":"); g_str(&g, NULL, 'v', vl, 0);
            g_close(&g, '}');
            g_check(&g, "member", kl, vl);
        }
    for (kl = 0; kl <= 24; kl++)
        for (vl = 0; vl <= 36; vl++)
            for (d = 0; d < G_NUMBERS; d++) {
                g_init(&g);
                g_open(&g, '{');
                g_count(&g); g_str(&g, NULL, 'x', 1, 0); g_raw(&g, ":"); g_str(&g, NULL, 'v', vl, 0);
                g_raw(&g, ",");
                g_count(&g); g_str(&g, NULL, 'k', kl, 0); g_raw(&g, ":"); g_lit(&g, g_num_type(g_numbers[d]), g_numbers[d]);
                g_close(&g, '}');
                g_check(&g, "number member", kl * 100 + vl, d);
            }
}

/* values of every kind after keys of every length, inside an object inside an array, and then
   the same pretty-printed: a newline and 0 to 17 spaces before each key and each closing bracket,
   one space after each colon */
static void test_steps_nested(void)
{
    static const char *const lits[] = { "null", "true", "false" };
    static const int lit_types[] = { GJ_NULL, GJ_TRUE, GJ_FALSE };
    size_t kl, v, ind;
    gdoc g;
    for (ind = 0; ind <= 18; ind++) /* 18: compact */
        for (kl = 0; kl <= 30; kl++)
            for (v = 0; v < 3 + G_NUMBERS + 3; v++) {
                int pretty = ind < 18;
                g_init(&g);
                g_open(&g, '[');
                g_count(&g);
                g_open(&g, '{');
                if (pretty) { g_raw(&g, "\n"); g_rep(&g, ' ', ind); }
                g_count(&g); g_str(&g, NULL, 'k', kl, 0); g_raw(&g, pretty ? ": " : ":");
                if (v < 3) g_lit(&g, lit_types[v], lits[v]);
                else if (v < 3 + G_NUMBERS) g_lit(&g, GJ_NUMBER, g_numbers[v - 3]);
                else if (v == 3 + G_NUMBERS) { g_open(&g, '{'); g_close(&g, '}'); }
                else if (v == 4 + G_NUMBERS) { g_open(&g, '['); g_count(&g); g_str(&g, NULL, 'e', kl, 0); g_close(&g, ']'); }
                else g_str(&g, NULL, 'v', kl / 2, 0);
                g_raw(&g, ",");
                if (pretty) { g_raw(&g, "\n"); g_rep(&g, ' ', ind); }
                g_count(&g); g_str(&g, NULL, 'z', 1, 0); g_raw(&g, pretty ? ": " : ":"); g_str(&g, NULL, 'w', kl, 0);
                if (pretty) { g_raw(&g, "\n"); g_rep(&g, ' ', ind); }
                g_close(&g, '}');
                g_raw(&g, ",");
                g_count(&g); g_str(&g, NULL, 's', kl, 0);
                g_raw(&g, ",");
                g_count(&g); g_lit(&g, GJ_NUMBER, g_numbers[v % G_NUMBERS]);
                g_close(&g, ']');
                g_check(&g, pretty ? "pretty nested" : "nested", ind * 100 + kl, v);
            }
}

/* pretty-printed arrays and empty containers, a newline and 0 to 17 spaces before each element and
   bracket; a comma before the closing bracket of each, on a line of its own */
static void test_steps_pretty_arrays(void)
{
    size_t ind, sl;
    gdoc g;
    for (ind = 0; ind < 18; ind++)
        for (sl = 0; sl <= 24; sl++) {
            size_t before_close;
            g_init(&g);
            g_open(&g, '[');
            g_raw(&g, "\n"); g_rep(&g, ' ', ind);
            g_count(&g); g_str(&g, NULL, 's', sl, 0);
            g_raw(&g, ",\n"); g_rep(&g, ' ', ind);
            g_count(&g); g_lit(&g, GJ_NUMBER, g_numbers[sl % G_NUMBERS]);
            g_raw(&g, ",\n"); g_rep(&g, ' ', ind);
            g_count(&g); g_open(&g, '{'); g_raw(&g, "\n"); g_rep(&g, ' ', ind); g_close(&g, '}');
            g_raw(&g, ",\n"); g_rep(&g, ' ', ind);
            g_count(&g); g_open(&g, '['); g_raw(&g, "\n"); g_rep(&g, ' ', ind); g_close(&g, ']');
            g_raw(&g, ",\n"); g_rep(&g, ' ', ind);
            g_count(&g); g_lit(&g, GJ_NULL, "null");
            g_raw(&g, "\n"); g_rep(&g, ' ', ind);
            before_close = g.n;
            g_close(&g, ']');
            g_check(&g, "pretty array", ind, sl);
            /* "null,", then the bracket on a line of its own: a trailing comma, found at the bracket */
            {
                char doc[512];
                size_t n = before_close - ind - 1; /* just past "null" */
                memcpy(doc, g.s, n);
                doc[n++] = ',';
                doc[n++] = '\n';
                memset(doc + n, ' ', ind);
                n += ind;
                doc[n++] = ']';
                run_row("pretty trailing comma", doc, n, GJ_ERR_TRAILING_COMMA, n - 1);
                /* the same in an object */
                n = 0;
                memcpy(doc, "{\n", 2); n = 2;
                memset(doc + n, ' ', ind); n += ind;
                memcpy(doc + n, "\"a\": 1,\n", 8); n += 8;
                memset(doc + n, ' ', ind); n += ind;
                doc[n++] = '}';
                run_row("pretty trailing comma in an object", doc, n, GJ_ERR_TRAILING_COMMA, n - 1);
            }
        }
}

/* a bad byte, an escape or a UTF-8 sequence at every offset of a key and of a value, at every
   distance from the end: the error at the same offset as anywhere else, the flag, the length */
static void test_steps_string_bytes(void)
{
    size_t kl, vl, j, w;
    gdoc g;
    for (kl = 1; kl <= 24; kl++)
        for (vl = 1; vl <= 36; vl++)
            for (w = 0; w < 2; w++) { /* w = 0: in the key, 1: in the value */
                size_t len = w ? vl : kl, body;
                g_init(&g);
                g_open(&g, '{');
                g_count(&g); g_str(&g, NULL, 'k', kl, 0); g_raw(&g, ":"); g_str(&g, NULL, 'v', vl, 0);
                g_close(&g, '}');
                body = w ? 2 + kl + 3 : 2; /* the first byte of the body */
                for (j = 0; j < len; j++) {
                    size_t at = body + j;
                    g_check_err(&g, at, "\x01", GJ_ERR_CONTROL_CHAR, at, "control byte");
                    g_check_err(&g, at, "\xFF", GJ_ERR_BAD_UTF8, at, "bad utf-8");
                    g_check_err(&g, at, "\x80", GJ_ERR_BAD_UTF8, at, "lone continuation");
                    if (j + 1 < len) {
                        g_check_err(&g, at, "\\q", GJ_ERR_BAD_ESCAPE, at, "bad escape");
                        g_check_err(&g, at, "\xC3\x28", GJ_ERR_BAD_UTF8, at, "bad second byte");
                    }
                }
                /* the value cut short by the end: no closing quote, no brace */
                if (w) {
                    gj_status st;
                    CHECK_GJ(tok_copy(g.s, g.n - 2, &st), GJ_ERR_TRUNCATED);
                    CHECK_EQ(st.offset, g.n - 2);
                }
            }
    /* valid escapes and UTF-8 at every offset: the token's raw length and its flag */
    for (vl = 2; vl <= 36; vl++)
        for (j = 0; j + 2 <= vl; j++) {
            char body[64];
            memset(body, 'v', vl);
            memcpy(body + j, "\\n", 2);
            g_init(&g);
            g_open(&g, '{');
            g_count(&g); g_str(&g, NULL, 'k', 3, 0); g_raw(&g, ":"); g_str(&g, body, 0, vl, GJ_ESCAPED);
            g_close(&g, '}');
            g_check(&g, "escape in value", vl, j);
            memcpy(body + j, "\xC3\xA9", 2);
            g_init(&g);
            g_open(&g, '{');
            g_count(&g); g_str(&g, body, 0, vl, 0); g_raw(&g, ":"); g_str(&g, body, 0, vl, 0);
            g_close(&g, '}');
            g_check(&g, "utf-8 in key and value", vl, j);
        }
}

/* a repeated key of every length (the second copy ending at every distance from the end), and
   objects as deep as allowed, and one deeper, each with its first key right after its '{' */
static void test_steps_keys_and_depth(void)
{
    size_t kl, d, i;
    gdoc g;
    char doc[1024];
    for (kl = 0; kl <= 40; kl++) {
        size_t second;
        g_init(&g);
        g_open(&g, '{');
        g_count(&g); g_str(&g, NULL, 'a', kl, 0); g_raw(&g, ":1,");
        second = g.n;
        g_count(&g); g_str(&g, NULL, 'a', kl, 0); g_raw(&g, ":2");
        g_close(&g, '}');
        g_check_err(&g, 0, "{", GJ_ERR_DUPLICATE_KEY, second, "repeated key");
        g.s[second + 1 + (kl ? kl - 1 : 0)] = kl ? 'b' : '"'; /* the two keys differ in their last byte */
        if (kl) g_check_err(&g, 0, "{", GJ_OK, 0, "different last byte");
    }
    for (d = GJ_MAX_DEPTH; d <= GJ_MAX_DEPTH + 1; d++) {
        size_t n = 0;
        for (i = 0; i < d; i++) { memcpy(doc + n, "{\"k\":", 5); n += 5; }
        memcpy(doc + n, "\"v\"", 3); n += 3;
        for (i = 0; i < d; i++) doc[n++] = '}';
        run_row(d == GJ_MAX_DEPTH ? "deepest objects" : "objects too deep", doc, n,
                d == GJ_MAX_DEPTH ? GJ_OK : GJ_ERR_DEPTH, d == GJ_MAX_DEPTH ? 0 : 5 * GJ_MAX_DEPTH);
    }
}

/* every proper prefix of documents whose steps skip their room check: cut short, never accepted */
static void test_steps_truncation(void)
{
    size_t kl, k;
    gdoc g;
    for (kl = 1; kl <= 25; kl += 3) { /* no empty keys: they would repeat */
        g_init(&g);
        g_open(&g, '{');
        g_raw(&g, "\n  ");
        g_count(&g); g_str(&g, NULL, 'k', kl, 0); g_raw(&g, ": ");
        g_lit(&g, GJ_NUMBER, "1234567890");
        g_raw(&g, ",\n  ");
        g_count(&g); g_str(&g, NULL, 'q', kl, 0); g_raw(&g, ":");
        g_lit(&g, GJ_FALSE, "false");
        g_raw(&g, ",");
        g_count(&g); g_str(&g, NULL, 'r', kl, 0); g_raw(&g, ":");
        g_open(&g, '['); g_count(&g); g_str(&g, NULL, 's', kl, 0); g_raw(&g, ","); g_count(&g); g_lit(&g, GJ_NUMBER, "5"); g_close(&g, ']');
        g_raw(&g, "\n");
        g_close(&g, '}');
        g_check(&g, "truncation base", kl, 0);
        t_case_begin("steps truncation");
        for (k = 0; k < g.n; k++) {
            gj_status st, sv;
            gj_err e = tok_copy(g.s, k, &st), ev = val_copy(g.s, k, &sv);
            CHECK_GJ(e, k ? GJ_ERR_TRUNCATED : GJ_ERR_EMPTY);
            CHECK(st.offset <= k);
            CHECK_GJ(ev, e);
            CHECK_EQ(sv.offset, st.offset);
        }
        t_case_end();
    }
}

int main(void)
{
    RUN(test_err_empty);
    RUN(test_err_truncated);
    RUN(test_err_expected_value);
    RUN(test_err_expected_key);
    RUN(test_err_expected_colon);
    RUN(test_err_expected_comma);
    RUN(test_err_trailing_comma);
    RUN(test_err_trailing_data);
    RUN(test_err_bad_literal);
    RUN(test_err_leading_zero);
    RUN(test_err_bad_number);
    RUN(test_err_control_char);
    RUN(test_err_bad_escape);
    RUN(test_err_bad_surrogate);
    RUN(test_err_bad_utf8);
    RUN(test_err_duplicate_key);
    RUN(test_err_depth);
    RUN(test_err_nomem);
    RUN(test_err_too_large);
    RUN(test_status_null_and_strerror);
    conformance();
    depth_rows();
    RUN(test_token_structure);
    RUN(test_member_iteration);
    test_nomem_every_cap();
    test_truncation();
    RUN(test_prefix_agreement);
    RUN(test_many_keys);
    RUN(test_big_object_duplicates);
    RUN(test_object_check_paths);
    RUN(test_steps_members);
    RUN(test_steps_nested);
    RUN(test_steps_pretty_arrays);
    RUN(test_steps_string_bytes);
    RUN(test_steps_keys_and_depth);
    RUN(test_steps_truncation);
    return t_summary(JSON_TOK_SUITE);
}
