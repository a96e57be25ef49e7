/* Adversarial inputs: limits, malformed text, cross-protocol bodies, truncation and mutation of
   every vector. Everything is built in code (no big files in git). Each case asserts the exact
   error. Inputs handed to the library are exactly-sized heap copies, so ASan catches overreads. */
#define _POSIX_C_SOURCE 200809L
#include "t.h"
#include "../gateway.h"
#include "all_vectors.h"
#include <stdlib.h>
#include <math.h>

#define SCRATCH_SIZE (4u << 20)
static unsigned char *scratch;

/* ---- helpers --------------------------------------------------------------------------------- */

static char *dup_exact(const char *s, size_t n)
{
    char *b = (char *)malloc(n ? n : 1);
    if (b && n) memcpy(b, s, n);
    return b;
}

static gj_err tok(const char *s, size_t n, gj_status *st)
{
    static gj_tok toks[1 << 16];
    char *b = dup_exact(s, n);
    gj_err e = gj_tokenize(b, n, toks, sizeof toks / sizeof toks[0], st);
    free(b);
    return e;
}

static gj_err tokz(const char *s) { gj_status st; return tok(s, strlen(s), &st); }

static int all_zero(const void *m, size_t n)
{
    const unsigned char *b = (const unsigned char *)m;
    size_t i;
    for (i = 0; i < n; i++) if (b[i]) return 0;
    return 1;
}

/* Decode an exactly-sized heap copy of s[0..n). On error the message must be all zero. The copy is
   kept in *keep (caller frees) when keep is non-NULL, since a decoded message points into it. */
static gw_err dec(gw_proto p, const char *s, size_t n, gw_from from, gw_any_msg *m, gw_error *e, char **keep)
{
    char *b = dup_exact(s, n);
    gw_err r;
    memset(m, 0x5A, sizeof *m);
    r = gw_decode(p, b, n, from, m, scratch, SCRATCH_SIZE, e);
    if (r != e->code) t_failf(__FILE__, __LINE__, "err.code %d != returned %d", (int)e->code, (int)r);
    if (r && !all_zero(m, gw_msg_size(p))) t_failf(__FILE__, __LINE__, "%s: message not zeroed after %s", gw_proto_name(p), gw_strerror(r));
    if (keep) *keep = b; else free(b);
    return r;
}

/* encode in `wire` -> decode -> equal -> encode in `wire` -> identical bytes. Returns the encode's
   result (the rest only when it is GW_OK); a failure after a successful encode is a test failure. */
static gw_err round_trip_wire(gw_proto p, gw_from from, const gw_any_msg *m1, gw_wire wire, const char *what)
{
    static char out1[1 << 21], out2[1 << 21];
    static unsigned char scratch2[1 << 21];
    gw_any_msg m2;
    gw_error e;
    size_t n1 = 0, n2 = 0;
    gw_err r0 = gw_encode_wire(p, m1, wire, out1, sizeof out1, &n1, &e), r;
    if (r0) return r0;
    r = gw_decode(p, out1, n1, from, &m2, scratch2, sizeof scratch2, &e);
    if (r) { t_failf(__FILE__, __LINE__, "%s: wire %d encoding does not decode: %s at %s: %s", what, (int)wire, gw_strerror(r), e.path, out1); return r0; }
    if (!gw_equal(p, m1, &m2)) t_failf(__FILE__, __LINE__, "%s: wire %d round trip not equal: %s", what, (int)wire, out1);
    r = gw_encode_wire(p, &m2, wire, out2, sizeof out2, &n2, &e);
    if (r || n1 != n2 || memcmp(out1, out2, n1) != 0) t_failf(__FILE__, __LINE__, "%s: wire %d re-encoding differs", what, (int)wire);
    return r0;
}

/* decode -> encode -> decode -> equal -> encode -> identical bytes. Encoded in GW_WIRE_SEED; a
   message only the original's form carries (GW_ERR_INVALID there: PROTOCOLS.md 0.4, e.g. D-13a,
   D-14a, D-46, D-59) in GW_WIRE_ORIGINAL. Anything else that does not encode is a failure. */
static void round_trip(gw_proto p, gw_from from, const gw_any_msg *m1, const char *what)
{
    gw_error e;
    gw_err r = round_trip_wire(p, from, m1, GW_WIRE_SEED, what);
    if (r == GW_ERR_INVALID) r = round_trip_wire(p, from, m1, GW_WIRE_ORIGINAL, what);
    if (r) {
        size_t n = 0;
        static char tmp[1 << 21];
        gw_encode_wire(p, m1, GW_WIRE_ORIGINAL, tmp, sizeof tmp, &n, &e);
        t_failf(__FILE__, __LINE__, "%s: decoded but encodes in neither wire: %s at %s", what, gw_strerror(r), e.path);
    }
}

/* ---- the vectors (all_vectors.h) ------------------------------------------------------------- */

static const char *op_key(gw_proto p) { return gw_proto_op_key(p); }

static void test_vectors_load(void)
{
    size_t i;
    gw_any_msg m;
    gw_error e;
    CHECK(nvecs >= 60);
    for (i = 0; i < nvecs; i++) {
        gw_err r = dec(vecs[i].p, vecs[i].buf, vecs[i].len, vecs[i].from, &m, &e, NULL);
        if (r) t_failf(__FILE__, __LINE__, "%s: %s at %s", vecs[i].name, gw_strerror(r), e.path);
    }
}

/* Every vector, in both wires (issue 10): each wire either round-trips it or refuses it with
   GW_ERR_INVALID at a named field (a form only the other wire carries); at least one wire encodes it. */
static void test_vectors_wires(void)
{
    size_t i, both = 0;
    for (i = 0; i < nvecs; i++) {
        gw_any_msg m;
        gw_error e;
        char *keep = NULL;
        gw_err r[2];
        int w;
        t_case_begin(vecs[i].name);
        if (dec(vecs[i].p, vecs[i].buf, vecs[i].len, vecs[i].from, &m, &e, &keep) == GW_OK) {
            for (w = GW_WIRE_SEED; w <= GW_WIRE_ORIGINAL; w++) {
                r[w] = round_trip_wire(vecs[i].p, vecs[i].from, &m, (gw_wire)w, vecs[i].name);
                if (r[w] != GW_OK && r[w] != GW_ERR_INVALID)
                    t_failf(__FILE__, __LINE__, "%s: wire %d: %s", vecs[i].name, w, gw_strerror(r[w]));
                if (r[w] == GW_ERR_INVALID) {
                    static char o[1 << 16];
                    size_t n = 1;
                    memset(o, 'x', 8);
                    CHECK_ERR(gw_encode_wire(vecs[i].p, &m, (gw_wire)w, o, sizeof o, &n, &e), GW_ERR_INVALID);
                    CHECK(e.path[0] != 0); /* the field this wire cannot carry */
                    CHECK_STR(o, ""); CHECK_EQ(n, 0);
                }
            }
            CHECK(r[0] == GW_OK || r[1] == GW_OK);
            both += r[0] == GW_OK && r[1] == GW_OK;
            /* the original's vectors: the original's wire encodes each of them */
            if (strstr(vecs[i].name, "_orig_")) CHECK_EQ(r[GW_WIRE_ORIGINAL], GW_OK);
        } else {
            CHECK(0);
        }
        free(keep);
        t_case_end();
    }
    t_case_begin("vectors in both wires");
    CHECK(both > nvecs / 2);
    t_case_end();
}

/* A wire value that is neither GW_WIRE_SEED nor GW_WIRE_ORIGINAL: GW_ERR_ARG, output "", length 0,
   for every protocol's vectors, through gw_encode_wire. */
static void test_bad_wire(void)
{
    static const int bad[] = { 2, 7, -1, 255, 0x7fffffff };
    size_t i, k;
    for (i = 0; i < nvecs; i++) {
        gw_any_msg m;
        gw_error e;
        char *keep = NULL;
        t_case_begin(vecs[i].name);
        CHECK_ERR(dec(vecs[i].p, vecs[i].buf, vecs[i].len, vecs[i].from, &m, &e, &keep), GW_OK);
        for (k = 0; k < sizeof bad / sizeof bad[0]; k++) {
            char o[64];
            size_t n = 1;
            memset(o, 'x', sizeof o);
            CHECK_ERR(gw_encode_wire(vecs[i].p, &m, (gw_wire)bad[k], o, sizeof o, &n, &e), GW_ERR_ARG);
            CHECK_ERR(e.code, GW_ERR_ARG);
            CHECK_STR(o, "");
            CHECK_EQ(n, 0);
        }
        free(keep);
        t_case_end();
    }
}

/* ---- nesting --------------------------------------------------------------------------------- */

static char *nest(size_t depth, int obj, size_t *len)
{
    /* [[[...]]] or {"a":{"a":...{}}} */
    size_t open = obj ? 5 : 1, n = depth * open + depth, i;
    char *b = (char *)malloc(n), *p = b;
    if (!b) return NULL;
    for (i = 0; i < depth; i++) {
        if (obj && i + 1 < depth) { memcpy(p, "{\"a\":", 5); p += 5; }
        else *p++ = obj ? '{' : '[';
    }
    for (i = 0; i < depth; i++) *p++ = obj ? '}' : ']';
    *len = (size_t)(p - b);
    return b;
}

static void test_depth(void)
{
    static const size_t depths[] = { 1, 63, 64, 65, 100, 100000 };
    size_t i;
    int obj;
    for (obj = 0; obj < 2; obj++) {
        for (i = 0; i < sizeof depths / sizeof depths[0]; i++) {
            size_t len = 0;
            char *b = nest(depths[i], obj, &len);
            gj_status st;
            gj_err e = tok(b, len, &st), ev;
            CHECK(b != NULL);
            if (depths[i] <= GJ_MAX_DEPTH) {
                CHECK_GJ(e, GJ_OK);
                CHECK_EQ(st.count, obj ? 2 * depths[i] - 1 : depths[i]);
            } else {
                CHECK_GJ(e, GJ_ERR_DEPTH);
                /* detected at the 65th opening bracket */
                CHECK_EQ(st.offset, obj ? 64 * 5 : 64);
            }
            ev = gj_validate(b, len, &st);
            CHECK_EQ(ev, depths[i] <= GJ_MAX_DEPTH ? GJ_OK : GJ_ERR_DEPTH);
            free(b);
        }
    }
    /* the writer has the same limit */
    {
        char out[256];
        gj_writer w;
        size_t n = 0;
        int k;
        gj_writer_init(&w, out, sizeof out);
        for (k = 0; k < 64; k++) gj_arr_begin(&w);
        for (k = 0; k < 64; k++) gj_arr_end(&w);
        CHECK_GJ(gj_writer_finish(&w, &n), GJ_OK);
        CHECK_EQ(n, 128);
        gj_writer_init(&w, out, sizeof out);
        for (k = 0; k < 65; k++) gj_obj_begin(&w), gj_key(&w, "a", 1);
        CHECK_GJ(gj_writer_finish(&w, &n), GJ_ERR_DEPTH);
        CHECK_EQ(out[0], 0);
    }
    /* a protocol decoder reports the JSON error (or the size cap first) */
    {
        size_t len = 0;
        char *b = nest(100000, 1, &len);
        gw_any_msg m;
        gw_error e;
        int p;
        for (p = GW_PROTO_SM; p < GW_PROTO_COUNT_; p++) {
            gw_from from;
            for (from = GW_FROM_CLIENT; from <= GW_FROM_SERVER; from = (gw_from)(from + 1)) {
                gw_err r = dec((gw_proto)p, b, len, from, &m, &e, NULL);
                int capped = p == GW_PROTO_I386 || (p == GW_PROTO_DMOD && from == GW_FROM_CLIENT);
                if (capped) CHECK_EQ(r, GW_ERR_TOO_LARGE);
                else { CHECK_EQ(r, GW_ERR_JSON); CHECK_EQ(e.json, GJ_ERR_DEPTH); CHECK_EQ(e.offset, 64 * 5); }
            }
        }
        free(b);
        b = nest(65, 1, &len); /* 385 bytes: under every cap */
        for (p = GW_PROTO_SM; p < GW_PROTO_COUNT_; p++) {
            gw_err r = dec((gw_proto)p, b, len, GW_FROM_CLIENT, &m, &e, NULL);
            CHECK_ERR(r, GW_ERR_JSON);
            CHECK_GJ(e.json, GJ_ERR_DEPTH);
        }
        free(b);
    }
}

/* ---- big inputs ------------------------------------------------------------------------------ */

static void check_big_string(const char *unit, size_t unit_len, const char *plain, size_t plain_len, size_t reps)
{
    size_t raw = unit_len * reps, n = raw + 2, i, outlen = 0;
    char *b = (char *)malloc(n), *out = (char *)malloc(raw + 1);
    gj_tok t[2];
    gj_status st;
    if (!b || !out) { CHECK(0); free(b); free(out); return; }
    b[0] = '"';
    for (i = 0; i < reps; i++) memcpy(b + 1 + i * unit_len, unit, unit_len);
    b[n - 1] = '"';
    CHECK_GJ(gj_tokenize(b, n, t, 2, &st), GJ_OK);
    CHECK_EQ(st.count, 1);
    CHECK_EQ(t[0].len, raw);
    CHECK_GJ(gj_get_str(b, &t[0], out, raw + 1, &outlen), GJ_OK);
    CHECK_EQ(outlen, plain_len * reps);
    for (i = 0; i < reps; i += reps / 7 + 1) CHECK(memcmp(out + i * plain_len, plain, plain_len) == 0);
    /* cut before the closing quote */
    CHECK_GJ(gj_tokenize(b, n - 1, t, 2, &st), GJ_ERR_TRUNCATED);
    /* writer round trip of the unescaped text */
    {
        size_t need = 0, wl = 0;
        gj_writer w;
        char *wb;
        gj_writer_init(&w, NULL, 0);
        gj_str(&w, out, outlen);
        CHECK_GJ(gj_writer_finish(&w, &need), GJ_ERR_NOMEM);
        wb = (char *)malloc(need);
        gj_writer_init(&w, wb, need);
        gj_str(&w, out, outlen);
        CHECK_GJ(gj_writer_finish(&w, &wl), GJ_OK);
        CHECK_EQ(wl, need - 1);
        CHECK_GJ(gj_tokenize(wb, wl, t, 2, &st), GJ_OK);
        CHECK(gj_str_eq(wb, &t[0], out, outlen));
        free(wb);
    }
    free(b); free(out);
}

static void test_big_strings(void)
{
    check_big_string("a", 1, "a", 1, 1u << 20);
    check_big_string("\\u00e9", 6, "\xc3\xa9", 2, (1u << 20) / 6);
    check_big_string("\\ud83d\\ude00", 12, "\xf0\x9f\x98\x80", 4, (1u << 20) / 12);
    check_big_string("\xe2\x82\xac", 3, "\xe2\x82\xac", 3, (1u << 20) / 3);
    check_big_string("\\n\\\"x", 5, "\n\"x", 3, (1u << 20) / 5);
}

static void test_many_keys(void)
{
    const size_t nk = 100000; /* ~1.3 MB: quadratic duplicate checks would take minutes */
    size_t cap = nk * 16 + 16, i;
    char *b = (char *)malloc(cap), *p = b;
    gj_tok *t = (gj_tok *)malloc((2 * nk + 4) * sizeof *t);
    gj_status st;
    char key[16];
    if (!b || !t) { CHECK(0); free(b); free(t); return; }
    *p++ = '{';
    for (i = 0; i < nk; i++) p += sprintf(p, "%s\"k%u\":%u", i ? "," : "", (unsigned)i, (unsigned)i);
    *p++ = '}';
    CHECK_GJ(gj_tokenize(b, (size_t)(p - b), t, 2 * nk + 4, &st), GJ_OK);
    CHECK_EQ(st.count, 2 * nk + 1);
    CHECK_EQ(t[0].size, nk);
    for (i = 0; i < nk; i += 499) {
        int64_t v = -1;
        uint32_t at;
        sprintf(key, "k%u", (unsigned)i);
        at = gj_find(b, t, 0, key, strlen(key));
        CHECK_EQ(at, 2 * i + 2);
        CHECK(at && gj_get_i64(b, &t[at], &v) == GJ_OK && v == (int64_t)i);
    }
    CHECK_EQ(gj_find(b, t, 0, "k100000", 7), 0);
    /* the same key again at the very end (escaped form) */
    p--;
    p += sprintf(p, ",\"\\u006b4999\":0}");
    CHECK_GJ(gj_tokenize(b, (size_t)(p - b), t, 2 * nk + 4, &st), GJ_ERR_DUPLICATE_KEY);
    CHECK_EQ(st.offset, (size_t)(p - b) - 15);
    CHECK_GJ(gj_validate(b, (size_t)(p - b), &st), GJ_OK); /* validate does not see duplicates */
    /* thousands of keys in a protocol message: unknown fields, rejected at the first */
    {
        gw_any_msg m;
        gw_error e;
        CHECK_ERR(dec(GW_PROTO_MS, b, (size_t)(p - b), GW_FROM_CLIENT, &m, &e, NULL), GW_ERR_DUPLICATE_KEY);
        p -= 16; *p++ = '}';
        CHECK_ERR(dec(GW_PROTO_MS, b, (size_t)(p - b), GW_FROM_CLIENT, &m, &e, NULL), GW_ERR_MISSING);
    }
    free(b); free(t);
}

/* ---- numbers --------------------------------------------------------------------------------- */

static void number_case(const char *s, gj_err ei, gj_err eu, gj_err ed, double want)
{
    size_t n = strlen(s);
    char *b = dup_exact(s, n);
    int64_t i = 0; uint64_t u = 0; double d = 0;
    gj_status st;
    t_case_begin(s);
    CHECK_GJ(tok(s, n, &st), GJ_OK);
    CHECK_EQ(gj_parse_i64(b, n, &i), ei);
    CHECK_EQ(gj_parse_u64(b, n, &u), eu);
    CHECK_EQ(gj_parse_f64(b, n, &d), ed);
    if (ed == GJ_OK) {
        if (d != want || signbit(d) != signbit(want)) t_failf(__FILE__, __LINE__, "f64 %.17g != %.17g", d, want);
    }
    free(b);
    t_case_end();
}

static void test_numbers(void)
{
    char big[1300];
    size_t k;
    /* 400 digits */
    memset(big, '9', 400); big[400] = 0;
    number_case(big, GJ_ERR_RANGE, GJ_ERR_RANGE, GJ_ERR_RANGE, 0);
    big[0] = '-'; number_case(big, GJ_ERR_RANGE, GJ_ERR_RANGE, GJ_ERR_RANGE, 0);
    /* 1 followed by 307 zeros, then a 91-zero fraction: 400 digits, 1e307 */
    big[0] = '1'; memset(big + 1, '0', 307); big[308] = '.'; memset(big + 309, '0', 91); big[400] = 0;
    number_case(big, GJ_ERR_NOT_INTEGER, GJ_ERR_NOT_INTEGER, GJ_OK, 1e307);
    /* 0.000...0001 with 400 digits: underflows to 0 */
    big[0] = '0'; big[1] = '.'; memset(big + 2, '0', 398); big[400] = '1'; big[401] = 0;
    number_case(big, GJ_ERR_NOT_INTEGER, GJ_ERR_NOT_INTEGER, GJ_OK, 0.0);
    /* 0.5 followed by 398 more digits: still 0.5 */
    big[0] = '0'; big[1] = '.'; big[2] = '5'; memset(big + 3, '0', 398); big[401] = 0;
    number_case(big, GJ_ERR_NOT_INTEGER, GJ_ERR_NOT_INTEGER, GJ_OK, 0.5);
    /* 400 leading-digit integer that is an exact power of two? use 2^64 with 380 zeros of fraction */
    strcpy(big, "18446744073709551616."); k = strlen(big); memset(big + k, '0', 380); big[k + 380] = 0;
    number_case(big, GJ_ERR_NOT_INTEGER, GJ_ERR_NOT_INTEGER, GJ_OK, 18446744073709551616.0);
    /* longer than the converter's buffer: RANGE, not a wrong value */
    big[0] = '1'; memset(big + 1, '0', 1199); big[1200] = 0;
    number_case(big, GJ_ERR_RANGE, GJ_ERR_RANGE, GJ_ERR_RANGE, 0);
    /* edges */
    number_case("-0", GJ_OK, GJ_OK, GJ_OK, -0.0);
    number_case("-0.0", GJ_ERR_NOT_INTEGER, GJ_ERR_NOT_INTEGER, GJ_OK, -0.0);
    number_case("-0e0", GJ_ERR_NOT_INTEGER, GJ_ERR_NOT_INTEGER, GJ_OK, -0.0);
    number_case("0", GJ_OK, GJ_OK, GJ_OK, 0.0);
    number_case("1e999", GJ_ERR_NOT_INTEGER, GJ_ERR_NOT_INTEGER, GJ_ERR_RANGE, 0);
    number_case("-1e999", GJ_ERR_NOT_INTEGER, GJ_ERR_NOT_INTEGER, GJ_ERR_RANGE, 0);
    number_case("1E+309", GJ_ERR_NOT_INTEGER, GJ_ERR_NOT_INTEGER, GJ_ERR_RANGE, 0);
    number_case("1e-999", GJ_ERR_NOT_INTEGER, GJ_ERR_NOT_INTEGER, GJ_OK, 0.0);
    number_case("1.7976931348623157e308", GJ_ERR_NOT_INTEGER, GJ_ERR_NOT_INTEGER, GJ_OK, 1.7976931348623157e308);
    number_case("4.9406564584124654e-324", GJ_ERR_NOT_INTEGER, GJ_ERR_NOT_INTEGER, GJ_OK, 4.9406564584124654e-324);
    number_case("9223372036854775807", GJ_OK, GJ_OK, GJ_OK, 9223372036854775807.0);
    number_case("9223372036854775808", GJ_ERR_RANGE, GJ_OK, GJ_OK, 9223372036854775808.0);
    number_case("-9223372036854775808", GJ_OK, GJ_ERR_RANGE, GJ_OK, -9223372036854775808.0);
    number_case("-9223372036854775809", GJ_ERR_RANGE, GJ_ERR_RANGE, GJ_OK, -9223372036854775808.0);
    number_case("18446744073709551615", GJ_ERR_RANGE, GJ_OK, GJ_OK, 18446744073709551615.0);
    number_case("18446744073709551616", GJ_ERR_RANGE, GJ_ERR_RANGE, GJ_OK, 18446744073709551616.0);
    number_case("1e2", GJ_ERR_NOT_INTEGER, GJ_ERR_NOT_INTEGER, GJ_OK, 100.0);
    /* malformed numbers never tokenize */
    t_case_begin("malformed numbers");
    CHECK_GJ(tokz("-"), GJ_ERR_TRUNCATED);
    CHECK_GJ(tokz("01"), GJ_ERR_LEADING_ZERO);
    CHECK_GJ(tokz("-01"), GJ_ERR_LEADING_ZERO);
    CHECK_GJ(tokz("1."), GJ_ERR_TRUNCATED);
    CHECK_GJ(tokz("[1.]"), GJ_ERR_BAD_NUMBER);
    CHECK_GJ(tokz("[1e]"), GJ_ERR_BAD_NUMBER);
    CHECK_GJ(tokz("[1e+]"), GJ_ERR_BAD_NUMBER);
    CHECK_GJ(tokz("+1"), GJ_ERR_EXPECTED_VALUE);
    CHECK_GJ(tokz(".5"), GJ_ERR_EXPECTED_VALUE);
    CHECK_GJ(tokz("[-]"), GJ_ERR_BAD_NUMBER);
    CHECK_GJ(tokz("NaN"), GJ_ERR_EXPECTED_VALUE);
    CHECK_GJ(tokz("-Infinity"), GJ_ERR_BAD_NUMBER);
    t_case_end();
    /* a 400-digit id in a protocol field: out of range, not truncated */
    {
        char msg[600];
        gw_any_msg m;
        gw_error e;
        memset(big, '1', 400); big[400] = 0;
        snprintf(msg, sizeof msg, "{\"op\":1,\"d\":{\"heapUsed\":%.400s}}", big);
        t_case_begin("400-digit heapUsed");
        CHECK_ERR(dec(GW_PROTO_MS, msg, strlen(msg), GW_FROM_CLIENT, &m, &e, NULL), GW_ERR_RANGE);
        CHECK_STR(e.path, "d.heapUsed");
        t_case_end();
    }
}

/* ---- UTF-8 ----------------------------------------------------------------------------------- */

static void test_utf8(void)
{
    static const struct { const char *bytes; gj_err want; } c[] = {
        { "\x80", GJ_ERR_BAD_UTF8 },             /* lone continuation */
        { "\xbf", GJ_ERR_BAD_UTF8 },
        { "a\x80" "b", GJ_ERR_BAD_UTF8 },
        { "\xc0\x80", GJ_ERR_BAD_UTF8 },         /* overlong NUL */
        { "\xc1\xbf", GJ_ERR_BAD_UTF8 },         /* overlong 2-byte */
        { "\xe0\x80\x80", GJ_ERR_BAD_UTF8 },     /* overlong 3-byte */
        { "\xe0\x9f\xbf", GJ_ERR_BAD_UTF8 },
        { "\xf0\x80\x80\x80", GJ_ERR_BAD_UTF8 }, /* overlong 4-byte */
        { "\xf0\x8f\xbf\xbf", GJ_ERR_BAD_UTF8 },
        { "\xed\xa0\x80", GJ_ERR_BAD_UTF8 },     /* UTF-16 surrogates */
        { "\xed\xbf\xbf", GJ_ERR_BAD_UTF8 },
        { "\xed\xa0\x80\xed\xb0\x80", GJ_ERR_BAD_UTF8 }, /* CESU-8 pair */
        { "\xf4\x90\x80\x80", GJ_ERR_BAD_UTF8 }, /* > U+10FFFF */
        { "\xf5\x80\x80\x80", GJ_ERR_BAD_UTF8 },
        { "\xf7\xbf\xbf\xbf", GJ_ERR_BAD_UTF8 },
        { "\xf8\x88\x80\x80\x80", GJ_ERR_BAD_UTF8 }, /* 5- and 6-byte forms */
        { "\xfc\x84\x80\x80\x80\x80", GJ_ERR_BAD_UTF8 },
        { "\xfe", GJ_ERR_BAD_UTF8 },
        { "\xff", GJ_ERR_BAD_UTF8 },
        { "\xc3", GJ_ERR_BAD_UTF8 },             /* truncated by the closing quote */
        { "\xe2\x82", GJ_ERR_BAD_UTF8 },
        { "\xf0\x9f\x98", GJ_ERR_BAD_UTF8 },
        { "\xc3" "a", GJ_ERR_BAD_UTF8 },         /* lead then ASCII */
        { "\xe2\x28\xa1", GJ_ERR_BAD_UTF8 },
        { "\xc2\x80", GJ_OK },                   /* boundaries that are valid */
        { "\xdf\xbf", GJ_OK },
        { "\xe0\xa0\x80", GJ_OK },
        { "\xed\x9f\xbf", GJ_OK },
        { "\xee\x80\x80", GJ_OK },
        { "\xef\xbf\xbf", GJ_OK },
        { "\xf0\x90\x80\x80", GJ_OK },
        { "\xf4\x8f\xbf\xbf", GJ_OK },
    };
    size_t i;
    for (i = 0; i < sizeof c / sizeof c[0]; i++) {
        char doc[64], name[64];
        size_t bl = strlen(c[i].bytes), n, k;
        gj_status st;
        gj_writer w;
        char out[64];
        snprintf(name, sizeof name, "utf8 #%u", (unsigned)i);
        t_case_begin(name);
        /* as a value, as a key, and cut at the end of input (inside the sequence) */
        n = (size_t)snprintf(doc, sizeof doc, "\"%s\"", c[i].bytes);
        CHECK_EQ(tok(doc, n, &st), c[i].want);
        if (c[i].want) CHECK_EQ(st.offset, 1 + (size_t)(strchr(c[i].bytes, 'a') == c[i].bytes ? 1 : 0));
        n = (size_t)snprintf(doc, sizeof doc, "{\"%s\":1}", c[i].bytes);
        CHECK_EQ(tok(doc, n, &st), c[i].want);
        if (c[i].want == GJ_OK) {
            /* any proper prefix of a valid multi-byte sequence at the end of input is TRUNCATED */
            for (k = 1; k < bl; k++) {
                n = (size_t)snprintf(doc, sizeof doc, "\"%.*s", (int)k, c[i].bytes);
                CHECK_GJ(tok(doc, n, &st), GJ_ERR_TRUNCATED);
            }
        }
        /* the writer refuses the same bytes */
        gj_writer_init(&w, out, sizeof out);
        gj_str(&w, c[i].bytes, bl);
        CHECK_EQ(gj_writer_finish(&w, &n), c[i].want);
        gj_writer_init(&w, out, sizeof out);
        gj_obj_begin(&w); gj_key(&w, c[i].bytes, bl); gj_null(&w); gj_obj_end(&w);
        CHECK_EQ(gj_writer_finish(&w, &n), c[i].want);
        t_case_end();
    }
    /* a protocol string field with invalid UTF-8 */
    {
        static const char msg[] = "{\"f\":130,\"cnf\":{\"content\":\"\xed\xa0\x80\"},\"t\":\"MESSAGE_CREATE\"}";
        gw_any_msg m;
        gw_error e;
        t_case_begin("utf8 in i386 content");
        CHECK_ERR(dec(GW_PROTO_I386, msg, sizeof msg - 1, GW_FROM_CLIENT, &m, &e, NULL), GW_ERR_JSON);
        CHECK_EQ(e.json, GJ_ERR_BAD_UTF8);
        CHECK_EQ(e.offset, 27);
        t_case_end();
    }
    /* lone and mis-paired surrogate escapes */
    t_case_begin("surrogate escapes");
    CHECK_GJ(tokz("\"\\ud800\""), GJ_ERR_BAD_SURROGATE);
    CHECK_GJ(tokz("\"\\udc00\""), GJ_ERR_BAD_SURROGATE);
    CHECK_GJ(tokz("\"\\ud800\\u0041\""), GJ_ERR_BAD_SURROGATE);
    CHECK_GJ(tokz("\"\\ud800\\ud800\""), GJ_ERR_BAD_SURROGATE);
    CHECK_GJ(tokz("\"\\ud800x\""), GJ_ERR_BAD_SURROGATE);
    CHECK_GJ(tokz("\"\\udbff\\udfff\""), GJ_OK);
    CHECK_GJ(tokz("\"\\ud800\\u"), GJ_ERR_TRUNCATED);
    CHECK_GJ(tokz("\"\\u12"), GJ_ERR_TRUNCATED);
    CHECK_GJ(tokz("\"\\u12g"), GJ_ERR_BAD_ESCAPE);
    CHECK_GJ(tokz("\"\\x41\""), GJ_ERR_BAD_ESCAPE);
    t_case_end();
}

/* ---- NUL ------------------------------------------------------------------------------------- */

static void test_nul(void)
{
    gj_tok t[8];
    gj_status st;
    char out[16];
    size_t n = 0;
    static const char k1[] = "{\"a\\u0000b\":1,\"a\\u0000c\":2,\"a\":3}";
    static const char k2[] = "{\"a\\u0000\":1,\"a\\u0000\":2}";
    static const char k3[] = "{\"a\\u0000\":1,\"a\":2}";
    static const char k4[] = "{\"\\u0000\":1,\"\\u0000\\u0000\":2,\"\":3}";
    char *b = dup_exact(k1, sizeof k1 - 1);
    CHECK_GJ(gj_tokenize(b, sizeof k1 - 1, t, 8, &st), GJ_OK);
    CHECK_EQ(gj_find(b, t, 0, "a\0b", 3), 2);
    CHECK_EQ(gj_find(b, t, 0, "a\0c", 3), 4);
    CHECK_EQ(gj_find(b, t, 0, "a", 1), 6);
    CHECK_EQ(gj_find(b, t, 0, "a\0", 2), 0);
    CHECK_GJ(gj_get_str(b, &t[1], out, sizeof out, &n), GJ_OK);
    CHECK_EQ(n, 3);
    CHECK(memcmp(out, "a\0b", 4) == 0);
    free(b);
    CHECK_GJ(tok(k2, sizeof k2 - 1, &st), GJ_ERR_DUPLICATE_KEY);
    CHECK_EQ(st.offset, 13);
    CHECK_GJ(tok(k3, sizeof k3 - 1, &st), GJ_OK);
    CHECK_GJ(tok(k4, sizeof k4 - 1, &st), GJ_OK);
    /* raw NUL bytes in the buffer */
    CHECK_EQ(tok("[1]\0", 4, &st), GJ_ERR_TRAILING_DATA); CHECK_EQ(st.offset, 3);
    CHECK_EQ(tok("\"a\0b\"", 5, &st), GJ_ERR_CONTROL_CHAR); CHECK_EQ(st.offset, 2);
    CHECK_EQ(tok("\0", 1, &st), GJ_ERR_EXPECTED_VALUE); CHECK_EQ(st.offset, 0);
    CHECK_EQ(tok("{\0}", 3, &st), GJ_ERR_EXPECTED_KEY); CHECK_EQ(st.offset, 1);
    CHECK_EQ(tok("[1,\0]", 5, &st), GJ_ERR_EXPECTED_VALUE); CHECK_EQ(st.offset, 3);
    CHECK_EQ(tok("{\"a\0\":1}", 8, &st), GJ_ERR_CONTROL_CHAR); CHECK_EQ(st.offset, 3);
    CHECK_GJ(tok("tr\0e", 4, &st), GJ_ERR_BAD_LITERAL);
    CHECK_GJ(tok("1\0", 2, &st), GJ_ERR_TRAILING_DATA);
    /* the writer escapes NUL in keys and values */
    {
        gj_writer w;
        char o[64];
        gj_writer_init(&w, o, sizeof o);
        gj_obj_begin(&w); gj_key(&w, "a\0", 2); gj_str(&w, "\0x\0", 3); gj_obj_end(&w);
        CHECK_GJ(gj_writer_finish(&w, &n), GJ_OK);
        CHECK_STR(o, "{\"a\\u0000\":\"\\u0000x\\u0000\"}");
    }
    /* every vector with a NUL appended, and with a NUL in its first string */
    {
        size_t i;
        gw_any_msg m;
        gw_error e;
        for (i = 0; i < nvecs; i++) {
            char *c = (char *)malloc(vecs[i].len + 1), *q;
            t_case_begin(vecs[i].name);
            memcpy(c, vecs[i].buf, vecs[i].len);
            c[vecs[i].len] = 0;
            CHECK_ERR(dec(vecs[i].p, c, vecs[i].len + 1, vecs[i].from, &m, &e, NULL), GW_ERR_JSON);
            CHECK_GJ(e.json, GJ_ERR_TRAILING_DATA);
            CHECK_EQ(e.offset, vecs[i].len);
            q = (char *)memchr(c, '"', vecs[i].len);
            if (q) {
                q[1] = 0;
                CHECK_ERR(dec(vecs[i].p, c, vecs[i].len, vecs[i].from, &m, &e, NULL), GW_ERR_JSON);
                CHECK_GJ(e.json, GJ_ERR_CONTROL_CHAR);
                CHECK_EQ(e.offset, (size_t)(q + 1 - c));
            }
            free(c);
            t_case_end();
        }
    }
}

/* ---- duplicate keys at every level of every vector ---------------------------------------------- */

static void test_duplicates(void)
{
    static gj_tok t[4096];
    size_t i, cases = 0;
    /* plain JSON: a duplicate at each depth 1..64 */
    t_case_begin("duplicate at depth 1..64");
    {
        size_t d;
        for (d = 1; d <= 64; d++) {
            char b[1024], *p = b;
            size_t k;
            gj_status st;
            for (k = 1; k < d; k++) p += sprintf(p, "{\"x\":");
            p += sprintf(p, "{\"k\":1,\"k\":2}");
            for (k = 1; k < d; k++) *p++ = '}';
            CHECK_GJ(tok(b, (size_t)(p - b), &st), GJ_ERR_DUPLICATE_KEY);
            CHECK_EQ(st.offset, 5 * (d - 1) + 7);
            cases++;
        }
    }
    t_case_end();
    /* every vector: for every object, repeat its first key (with a null value) right after '{' */
    for (i = 0; i < nvecs; i++) {
        gj_status st;
        size_t k;
        t_case_begin(vecs[i].name);
        if (gj_tokenize(vecs[i].buf, vecs[i].len, t, 4096, &st) != GJ_OK) { CHECK(0); t_case_end(); continue; }
        for (k = 0; k < st.count; k++) {
            const gj_tok *key = &t[k + 1];
            size_t klen, n;
            char *b;
            gw_any_msg m;
            gw_error e;
            if (t[k].type != GJ_OBJECT || t[k].size == 0) continue;
            klen = key->len + 2;
            n = vecs[i].len + klen + 6;
            b = (char *)malloc(n);
            memcpy(b, vecs[i].buf, t[k].start + 1u);
            memcpy(b + t[k].start + 1, vecs[i].buf + key->start - 1, klen);
            memcpy(b + t[k].start + 1 + klen, ":null,", 6);
            memcpy(b + t[k].start + 1 + klen + 6, vecs[i].buf + t[k].start + 1, vecs[i].len - t[k].start - 1);
            CHECK_ERR(dec(vecs[i].p, b, n, vecs[i].from, &m, &e, NULL), GW_ERR_DUPLICATE_KEY);
            CHECK_GJ(e.json, GJ_ERR_DUPLICATE_KEY);
            CHECK_EQ(e.offset, key->start - 1 + klen + 6);
            free(b);
            cases++;
        }
        t_case_end();
    }
    t_case_begin("duplicate cases");
    CHECK(cases > 200);
    t_case_end();
}

/* ---- size caps ------------------------------------------------------------------------------- */

/* vector v padded with trailing whitespace to exactly `total` bytes */
static gw_err padded(const vec *v, size_t total, gw_error *e)
{
    char *b = (char *)malloc(total);
    gw_any_msg m;
    gw_err r;
    memcpy(b, v->buf, v->len);
    memset(b + v->len, ' ', total - v->len);
    r = dec(v->p, b, total, v->from, &m, e, NULL);
    free(b);
    return r;
}

static void test_size_caps(void)
{
    size_t i;
    for (i = 0; i < nvecs; i++) {
        const vec *v = &vecs[i];
        gw_error e;
        size_t cap = gw_proto_cap(v->p, v->from);
        t_case_begin(v->name);
        if (cap) {
            CHECK(v->len <= cap);
            CHECK_ERR(padded(v, cap, &e), GW_OK);
            CHECK_ERR(padded(v, cap + 1, &e), GW_ERR_TOO_LARGE);
            CHECK_EQ(e.offset, cap);
            CHECK_STR(e.path, "");
        } else {
            CHECK_ERR(padded(v, v->len + 1001, &e), GW_OK);
            CHECK_ERR(padded(v, v->len + 4097, &e), GW_OK);
            CHECK_ERR(padded(v, 1u << 20, &e), GW_OK);
        }
        t_case_end();
    }
    /* the encoder checks its own output: a string sized to land exactly on the cap, and one over */
    {
        static char text[5000];
        gw_i386_msg im;
        gw_dmod_msg dm;
        gw_any_msg any;
        static char out[8192];
        size_t n0 = 0, n = 0;
        gw_error e;
        memset(text, 'x', sizeof text);
        t_case_begin("encode at the i386 cap");
        memset(&im, 0, sizeof im);
        im.kind = GW_I386_C_MESSAGE_CREATE;
        im.u.content.content.ptr = text;
        im.u.content.content.len = 0;
        CHECK_ERR(gw_i386_encode(&im, out, sizeof out, &n0, &e), GW_OK);
        im.u.content.content.len = (uint32_t)(4096 - n0);
        CHECK_ERR(gw_i386_encode(&im, out, sizeof out, &n, &e), GW_OK);
        CHECK_EQ(n, 4096);
        CHECK_ERR(dec(GW_PROTO_I386, out, n, GW_FROM_CLIENT, &any, &e, NULL), GW_OK);
        memset(&im, 0, sizeof im);
        im.kind = GW_I386_C_MESSAGE_CREATE;
        im.u.content.content.ptr = text;
        im.u.content.content.len = (uint32_t)(4097 - n0);
        CHECK_ERR(gw_i386_encode(&im, out, sizeof out, &n, &e), GW_ERR_TOO_LARGE);
        CHECK_EQ(n, 0);
        CHECK_EQ(out[0], 0);
        t_case_end();
        t_case_begin("encode at the dmod client cap");
        memset(&dm, 0, sizeof dm);
        dm.kind = GW_DMOD_CMD_APPLICATION_SESSION_END;
        dm.u.gid.gid.ptr = "1";
        dm.u.gid.gid.len = 1;
        CHECK_ERR(gw_dmod_encode(&dm, out, sizeof out, &n0, &e), GW_OK);
        memset(&dm, 0, sizeof dm);
        dm.kind = GW_DMOD_AUTHENTICATE;
        dm.u.auth.has_token = 1;
        dm.u.auth.token.ptr = text;
        dm.u.auth.token.len = 0;
        CHECK_ERR(gw_dmod_encode(&dm, out, sizeof out, &n0, &e), GW_OK);
        dm.u.auth.token.len = (uint32_t)(1000 - n0);
        CHECK_ERR(gw_dmod_encode(&dm, out, sizeof out, &n, &e), GW_OK);
        CHECK_EQ(n, 1000);
        dm.u.auth.token.len = (uint32_t)(1001 - n0);
        CHECK_ERR(gw_dmod_encode(&dm, out, sizeof out, &n, &e), GW_ERR_TOO_LARGE);
        t_case_end();
    }
}

/* ---- cross-protocol bodies ------------------------------------------------------------------- */

static void test_cross_protocol(void)
{
    static gj_tok ta[4096], tb[4096];
    size_t a, b, cases = 0;
    for (a = 0; a < nvecs; a++) {
        const vec *A = &vecs[a];
        gj_status st;
        uint32_t opv;
        const char *ak = op_key(A->p);
        if (gj_tokenize(A->buf, A->len, ta, 4096, &st) != GJ_OK) continue;
        opv = gj_find(A->buf, ta, 0, ak, strlen(ak));
        if (!opv) continue;
        for (b = 0; b < nvecs; b++) {
            const vec *B = &vecs[b];
            uint32_t j;
            char *doc, *p;
            size_t members = 0;
            gw_any_msg m;
            gw_error e;
            gw_err r;
            if (B->p == A->p) continue;
            /* B decoded as A as it is: rejected */
            r = dec(A->p, B->buf, B->len, A->from, &m, &e, NULL);
            if (r == GW_OK) t_failf(__FILE__, __LINE__, "%s accepted as %s", B->name, gw_proto_name(A->p));
            /* A's opcode member followed by B's body (B's members minus both op keys) */
            if (gj_tokenize(B->buf, B->len, tb, 4096, &st) != GJ_OK) continue;
            doc = p = (char *)malloc(A->len + B->len + 8);
            *p++ = '{';
            p += sprintf(p, "\"%s\":", ak);
            memcpy(p, A->buf + ta[opv].start - (ta[opv].type == GJ_STRING), ta[opv].len + 2u * (ta[opv].type == GJ_STRING));
            p += ta[opv].len + 2u * (ta[opv].type == GJ_STRING);
            for (j = 1; j < tb[0].next; j = tb[j + 1].next) {
                uint32_t vend = tb[j + 1].start + tb[j + 1].len + (tb[j + 1].type == GJ_STRING);
                if (gj_str_eq(B->buf, &tb[j], ak, strlen(ak)) || gj_str_eq(B->buf, &tb[j], op_key(B->p), strlen(op_key(B->p)))) continue;
                *p++ = ',';
                memcpy(p, B->buf + tb[j].start - 1, vend - (tb[j].start - 1));
                p += vend - (tb[j].start - 1);
                members++;
            }
            *p++ = '}';
            if (members) {
                r = dec(A->p, doc, (size_t)(p - doc), A->from, &m, &e, NULL);
                if (r == GW_OK) t_failf(__FILE__, __LINE__, "%s opcode with %s body accepted: %.*s", A->name, B->name, (int)(p - doc), doc);
                cases++;
            }
            free(doc);
        }
    }
    CHECK(cases > 1000);
}

/* ---- truncation ------------------------------------------------------------------------------ */

static void test_truncation(void)
{
    size_t i;
    for (i = 0; i < nvecs; i++) {
        const vec *v = &vecs[i];
        size_t end = v->len, k;
        gw_any_msg m;
        gw_error e;
        t_case_begin(v->name);
        while (end && v->buf[end - 1] != '}') end--; /* trailing whitespace is not part of the value */
        for (k = 0; k < v->len; k++) {
            gw_err r = dec(v->p, v->buf, k, v->from, &m, &e, NULL);
            size_t lead = 0;
            while (lead < k && (v->buf[lead] == ' ' || v->buf[lead] == '\n' || v->buf[lead] == '\r' || v->buf[lead] == '\t')) lead++;
            if (k >= end) {
                if (r != GW_OK) t_failf(__FILE__, __LINE__, "%s cut at %u: %s", v->name, (unsigned)k, gw_strerror(r));
                continue;
            }
            if (r != GW_ERR_JSON) { t_failf(__FILE__, __LINE__, "%s cut at %u: %s", v->name, (unsigned)k, gw_strerror(r)); continue; }
            CHECK_EQ(e.json, lead == k ? GJ_ERR_EMPTY : GJ_ERR_TRUNCATED);
            CHECK(e.offset <= k);
        }
        t_case_end();
    }
}

/* ---- random mutations ------------------------------------------------------------------------ */

static uint64_t rng_state = 0x9E3779B97F4A7C15ull;
static uint32_t rnd(void)
{
    rng_state ^= rng_state << 13; rng_state ^= rng_state >> 7; rng_state ^= rng_state << 17;
    return (uint32_t)(rng_state >> 16);
}

static void test_mutations(void)
{
    static const char interesting[] = "{}[]\",:\\ 0-1e.9tfnu\x7f\x80\xc3\xff\x00";
    size_t i, decoded = 0, total = 0;
    char *buf = (char *)malloc(1 << 16);
    for (i = 0; i < nvecs; i++) {
        const vec *v = &vecs[i];
        int it;
        t_case_begin(v->name);
        for (it = 0; it < 2000; it++) {
            size_t n = v->len, edits = 1 + rnd() % 4, k;
            char *keep = NULL;
            gw_any_msg m;
            gw_error e;
            gw_err r;
            memcpy(buf, v->buf, n);
            for (k = 0; k < edits && n > 0; k++) {
                size_t at = rnd() % n;
                switch (rnd() % 6) {
                case 0: buf[at] = (char)(rnd() & 0xFF); break;
                case 1: buf[at] = interesting[rnd() % (sizeof interesting - 1)]; break;
                case 2: memmove(buf + at, buf + at + 1, n - at - 1); n--; break;
                case 3: if (n < 60000) { memmove(buf + at + 1, buf + at, n - at); buf[at] = interesting[rnd() % (sizeof interesting - 1)]; n++; } break;
                case 4: buf[at] ^= (char)(1 << (rnd() % 8)); break;
                default: { /* duplicate a span */
                    size_t len = rnd() % 16, from = rnd() % n;
                    if (from + len > n) len = n - from;
                    if (n + len < 60000) { memmove(buf + at + len, buf + at, n - at); memmove(buf + at, buf + (from >= at ? from + len : from), len); n += len; }
                    break;
                }
                }
            }
            r = dec(v->p, buf, n, v->from, &m, &e, &keep);
            total++;
            if (r == GW_OK) { decoded++; round_trip(v->p, v->from, &m, v->name); }
            else CHECK(r < GW_ERR_COUNT_ && gw_strerror(r) != NULL);
            free(keep);
        }
        t_case_end();
    }
    free(buf);
    printf("mutations: %u decoded and round-tripped of %u\n", (unsigned)decoded, (unsigned)total);
    t_case_begin("mutations decoded some");
    CHECK(total >= 100000);
    CHECK(decoded > 0);
    t_case_end();
}

/* ---- regressions from fuzzing (see tests/FUZZING.md) -------------------------------------------- */

static void test_fuzz_regressions(void)
{
    /* fuzz_tokenize: a duplicate key followed by a syntax error. With tokens a repeat of a plain
       key in a small object is reported (it comes first); without tokens (validate, counting, full
       array) the scan goes on and reports the later error. An object with an escaped key is
       checked when it closes (gateway_json.h, COST), so the later error wins there even with
       tokens. Not a bug: pinned so the documented behaviour stays. */
    static const char d1[] = "{\"a\":1,\"a\"2:2}";
    static const char d2[] = "{\"a\":1,\"\\u0061\"2:2}";
    static const char d3[] = "{\"a\":1,\"\\u0061\":2}";
    gj_status st;
    gj_tok t[1];
    CHECK_GJ(tok(d1, sizeof d1 - 1, &st), GJ_ERR_DUPLICATE_KEY);
    CHECK_EQ(st.offset, 7);
    CHECK_GJ(gj_validate(d1, sizeof d1 - 1, &st), GJ_ERR_EXPECTED_COLON);
    CHECK_EQ(st.offset, 10);
    CHECK_GJ(gj_tokenize(d1, sizeof d1 - 1, t, 1, &st), GJ_ERR_EXPECTED_COLON);
    CHECK_GJ(tok(d2, sizeof d2 - 1, &st), GJ_ERR_EXPECTED_COLON);
    CHECK_EQ(st.offset, 15);
    CHECK_GJ(gj_validate(d2, sizeof d2 - 1, &st), GJ_ERR_EXPECTED_COLON);
    CHECK_EQ(st.offset, 15);
    CHECK_GJ(tok(d3, sizeof d3 - 1, &st), GJ_ERR_DUPLICATE_KEY); /* at the repeating key, found at the close */
    CHECK_EQ(st.offset, 7);
    { /* fuzz_decode: a lenient register that skips an unknown "ancode" kept "decode" without "encode",
         which neither wire writes (D-65). Decoding now refuses that form, so the seed form, which
         skips "decode" too, wins, and what decodes encodes again. */
        static const char r1[] = "{\"type\":1,\"d\":{\"public_key\":\"k\",\"shard_\":\"k\",\"shard_in\":5,\"flin\":0,\"flags\":0,"
                                 "\"ancode\":true,\"decode\":false}}";
        gw_sm_msg m;
        gw_error e;
        char out[256];
        size_t n = 0;
        CHECK_ERR(gw_sm_decode_flags(r1, sizeof r1 - 1, GW_FROM_CLIENT, GW_DECODE_LENIENT, &m, scratch, SCRATCH_SIZE, &e), GW_OK);
        CHECK(m.kind == GW_SM_REGISTER && !m.u.reg.has_decode && !m.u.reg.has_encode && e.skipped == 4);
        CHECK_ERR(gw_sm_encode(&m, out, sizeof out, &n, &e), GW_OK);
    }
}

/* Issue 12, section 2: builders that cannot send by mistake. */
static void test_builders(void)
{
    gw_dmod_msg dm;
    gw_error e;
    char out[256], line[64];
    size_t n = 0;
    uint64_t v = 7;
    static const struct { const char *s; int esc; gw_err r; uint64_t v; } ids[] = {
        { "0", 0, GW_OK, 0 }, { "123467", 0, GW_OK, 123467 }, { "18446744073709551615", 0, GW_OK, 18446744073709551615ull },
        { "18446744073709551616", 0, GW_ERR_INVALID, 0 }, { "", 0, GW_ERR_INVALID, 0 }, { "-1", 0, GW_ERR_INVALID, 0 },
        { "01", 0, GW_ERR_INVALID, 0 }, { "1.0", 0, GW_ERR_INVALID, 0 }, { "1e3", 0, GW_ERR_INVALID, 0 }, { " 1", 0, GW_ERR_INVALID, 0 },
        { "12a", 0, GW_ERR_INVALID, 0 }, { "\\u00312", 1, GW_OK, 12 }, { "\\u002d1", 1, GW_ERR_INVALID, 0 },
        { "123456789012345678901234", 0, GW_ERR_INVALID, 0 } };
    size_t i;
    /* a nullable value set without its has_ flag is refused, not sent as null */
    memset(&dm, 0, sizeof dm);
    dm.kind = GW_DMOD_AUTHENTICATE;
    dm.u.auth.token = gw_str_c("secret");
    CHECK_ERR(gw_dmod_encode(&dm, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK(strcmp(e.path, "d.token") == 0);
    CHECK_EQ(out[0], 0);
    CHECK_ERR(gw_dmod_encode(&dm, NULL, 0, &n, &e), GW_ERR_INVALID); /* the size query says so too */
    dm.u.auth.has_token = true;
    dm.u.auth.uid = gw_str_c("1"); dm.u.auth.has_uid = true;
    CHECK_ERR(gw_dmod_encode(&dm, out, sizeof out, &n, &e), GW_OK);
    memset(&dm.u.auth, 0, sizeof dm.u.auth); /* nothing set: null, as the flags say */
    CHECK_ERR(gw_dmod_encode(&dm, out, sizeof out, &n, &e), GW_OK);
    CHECK(strstr(out, "\"token\":null") != NULL);
    /* constructors of the messages sent most: their flags set, exact bytes */
    {
        gw_sm_msg sm = gw_sm_make_ping();
        gw_i386_msg im = gw_i386_make_heartbeat();
        gw_ms_msg m1 = gw_ms_make_heartbeat(102292113), m2 = gw_ms_make_heartbeat_guilds(102292113, 3000);
        gw_ms_msg m3 = gw_ms_make_identify(GW_MS_SERVICE_SHARDER, "s3cret", true);
        gw_dmod_msg d1 = gw_dmod_make_heartbeat_back(), d2 = gw_dmod_make_authenticate(NULL, NULL), d3 = gw_dmod_make_authenticate("tok", "42");
        gw_ms_msg z;
        CHECK_EQ(gw_sm_encode(&sm, out, sizeof out, &n, &e), GW_OK); CHECK_STR(out, "{\"type\":3}");
        CHECK_EQ(gw_i386_encode(&im, out, sizeof out, &n, &e), GW_OK); CHECK_STR(out, "{\"f\":120}");
        CHECK_EQ(gw_ms_encode(&m1, out, sizeof out, &n, &e), GW_OK); CHECK_STR(out, "{\"op\":1,\"d\":{\"heapUsed\":102292113}}");
        CHECK_EQ(gw_ms_encode(&m2, out, sizeof out, &n, &e), GW_OK); CHECK_STR(out, "{\"op\":1,\"d\":{\"heapUsed\":102292113,\"guilds\":3000}}");
        CHECK_EQ(gw_ms_encode(&m3, out, sizeof out, &n, &e), GW_OK); CHECK_STR(out, "{\"op\":0,\"d\":{\"type\":\"sharder\",\"compress\":true,\"secret\":\"s3cret\"}}");
        CHECK_EQ(gw_dmod_encode(&d1, out, sizeof out, &n, &e), GW_OK); CHECK_STR(out, "{\"op\":4,\"t\":null,\"d\":null}");
        CHECK_EQ(gw_dmod_encode(&d2, out, sizeof out, &n, &e), GW_OK); CHECK_STR(out, "{\"op\":1,\"d\":{\"token\":null,\"uid\":null}}");
        CHECK_EQ(gw_dmod_encode(&d3, out, sizeof out, &n, &e), GW_OK); CHECK_STR(out, "{\"op\":1,\"d\":{\"token\":\"tok\",\"uid\":\"42\"}}");
        memset(&z, 0x5a, sizeof z); /* init zeroes everything else */
        CHECK(gw_ms_init(&z, GW_MS_HEARTBEAT) == &z);
        CHECK_EQ(z.kind, GW_MS_HEARTBEAT);
        CHECK_EQ(z.u.heartbeat.heap_used, 0);
        CHECK_EQ(z.u.heartbeat.has_guilds, 0);
    }
    /* string ids */
    for (i = 0; i < sizeof ids / sizeof ids[0]; i++) {
        gw_str s = gw_str_c(ids[i].s);
        s.escaped = (uint32_t)ids[i].esc;
        v = 7;
        CHECK_EQ(gw_str_to_u64(s, &v), ids[i].r);
        CHECK_EQ(v, ids[i].v);
    }
    CHECK_ERR(gw_str_to_u64(gw_str_c("1"), NULL), GW_ERR_ARG);
    /* printf */
    {
        gw_str s = { "abcdef", 3, 0 }, none = { NULL, 0, 0 };
        snprintf(line, sizeof line, "[" GW_STR_FMT "][" GW_STR_FMT "]", GW_STR_ARG(s), GW_STR_ARG(none));
        CHECK(strcmp(line, "[abc][]") == 0);
    }
}

/* The tables' facts, read through the public calls the tests use instead of restating them:
   pinned once here against PROTOCOLS.md (0.1 size caps, each protocol's op key, D-03 directions). */
static void test_public_facts(void)
{
    CHECK_EQ(gw_proto_cap(GW_PROTO_I386, GW_FROM_CLIENT), 4096);
    CHECK_EQ(gw_proto_cap(GW_PROTO_I386, GW_FROM_SERVER), 4096);
    CHECK_EQ(gw_proto_cap(GW_PROTO_DMOD, GW_FROM_CLIENT), 1000);
    CHECK_EQ(gw_proto_cap(GW_PROTO_DMOD, GW_FROM_SERVER), 0);
    CHECK_EQ(gw_proto_cap(GW_PROTO_MS, GW_FROM_CLIENT), 0);
    CHECK_EQ(gw_proto_cap(GW_PROTO_NONE, GW_FROM_CLIENT), 0);
    CHECK_STR(gw_proto_op_key(GW_PROTO_SM), "type");
    CHECK_STR(gw_proto_op_key(GW_PROTO_I386), "f");
    CHECK_STR(gw_proto_op_key(GW_PROTO_NG), "op");
    CHECK(gw_proto_op_key(GW_PROTO_COUNT_) == NULL);
    CHECK_EQ(gw_kind_from(GW_PROTO_DMOD, GW_DMOD_AUTHENTICATE), GW_FROM_CLIENT);
    CHECK_EQ(gw_kind_from(GW_PROTO_DMOD, GW_DMOD_HEARTBEAT), GW_FROM_SERVER);
    CHECK_EQ(gw_kind_from(GW_PROTO_I386, GW_I386_HEARTBEAT), GW_FROM_CLIENT | GW_FROM_SERVER);
    CHECK_EQ(gw_kind_from(GW_PROTO_MS, GW_MS_EXECUTE_COMMAND), GW_FROM_CLIENT | GW_FROM_SERVER);
    CHECK_EQ(gw_kind_from(GW_PROTO_MS, 0), 0);
    CHECK_EQ(gw_kind_from(GW_PROTO_MS, 999), 0);
}

/* Issue 12, section 3: errors that say what was expected (PROTOCOLS.md 0.3, D-07); issue 22: the
   rule that was broken (D-62). */
static void test_error_details(void)
{
    static const struct { gw_proto p; gw_from from; const char *frame, *text; } rows[] = {
        { GW_PROTO_MS, GW_FROM_SERVER, "{\"op\":3,\"d\":{\"heartbeatInterval\":-1}}",
          "byte 33: d.heartbeatInterval: integer out of range: must be an integer 1..4294967295, got -1" },
        { GW_PROTO_DMOD, GW_FROM_CLIENT, "{\"op\":1,\"d\":{\"token\":[1],\"uid\":null}}",
          "byte 21: d.token: wrong JSON type: must be a string or null, got an array" },
        { GW_PROTO_DMOD, GW_FROM_SERVER, "{\"op\":5,\"t\":\"GUILD_DELETE\",\"d\":{}}",
          "byte 12: t: unknown event, command or type name: got \"GUILD_DELETE\"" },
        { GW_PROTO_DMOD, GW_FROM_CLIENT, "{\"op\":5,\"t\":\"GUILD_MEMBER_COUNT_CHANGE\",\"d\":{}}",
          "byte 6: op: message not allowed in this direction: got 5, which the other side sends" },
        { GW_PROTO_DMOD, GW_FROM_SERVER, "{\"op\":5,\"t\":\"GUILD_MEMBER_COUNT_CHANGE\",\"d\":{\"guild_id\":\"1\",\"count\":1,\"x\":[{\"a\":1,\"a\":2}]}}",
          "byte 82: d.x[0].a: invalid JSON: duplicate object key: a key may appear once in an object (D-01)" },
        { GW_PROTO_NG, GW_FROM_SERVER, "{\"op\":\"ready\",\"data\":{\"session\":\"not-a-uuid\"}}",
          "byte 32: data.session: invalid value: must be a string (a UUID, D-42), got \"not-a-uuid\"" },
        { GW_PROTO_I386, GW_FROM_SERVER, "{\"f\":100,\"cnf\":{\"hb_int\":\"5000\"}}",
          "byte 25: cnf.hb_int: wrong JSON type: must be an integer 1..4294967295, got \"5000\"" },
    };
    static char big[5000];
    gw_any_msg m;
    gw_error e;
    char line[256], out[64];
    size_t i, n;
    gw_dmod_msg dm;
    for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        t_case_begin(rows[i].frame);
        CHECK(gw_decode(rows[i].p, rows[i].frame, strlen(rows[i].frame), rows[i].from, &m, scratch, SCRATCH_SIZE, &e) != GW_OK);
        CHECK_STR(gw_error_text(&e, line, sizeof line), rows[i].text);
        t_case_end();
    }
    /* the size cap gives both sizes */
    memset(big, ' ', sizeof big);
    memcpy(big, "{\"f\":120}", 9);
    CHECK_ERR(gw_decode(GW_PROTO_I386, big, sizeof big, GW_FROM_CLIENT, &m, scratch, SCRATCH_SIZE, &e), GW_ERR_TOO_LARGE);
    CHECK_STR(gw_error_text(&e, line, sizeof line), "byte 4096: payload larger than the protocol allows: 5000 bytes, the limit is 4096");
    /* encode errors name a field, not a byte */
    memset(&dm, 0, sizeof dm);
    dm.kind = GW_DMOD_AUTHENTICATE;
    dm.u.auth.token = gw_str_c("x");
    CHECK_ERR(gw_dmod_encode(&dm, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_EQ(e.offset, GW_NO_OFFSET);
    CHECK_STR(gw_error_text(&e, line, sizeof line), "field d.token: message cannot be encoded as valid protocol JSON: "
              "set without its has_ flag, it would go out as null (0.2, D-62)");
    dm.u.auth.has_token = 1; dm.u.auth.has_uid = 1; dm.u.auth.uid = gw_str_c("1");
    CHECK_ERR(gw_dmod_encode(&dm, out, 4, &n, &e), GW_ERR_BUFFER);
    CHECK_STR(gw_error_text(&e, line, sizeof line), "output buffer too small: 37 bytes needed, the buffer holds 4");
    CHECK_ERR(gw_dmod_encode(&dm, out, sizeof out, &n, &e), GW_OK);
    CHECK_EQ(e.offset, 0);
}

/* Issue 12, section 5: defects an independent fuzzing run found, each pinned. */
static void test_issue12_regressions(void)
{
    static const char dup_then_junk[] = "{\"op\":4,\"op\":4}}";
    static const char identified[] = "{\"op\":2,\"t\":\"IDENTIFIED\",\"d\":{\"shards\":[1]}}";
    gw_any_msg m;
    gw_envelope env;
    gw_error e;
    gj_status st;
    size_t s, n = 0;
    /* the size query with no scratch at all (NULL, 0): no NULL + 0 anywhere (clang's UBSan) */
    CHECK_ERR(gw_decode(GW_PROTO_MS, "{\"op\":4,\"d\":{}}", 15, GW_FROM_SERVER, &m, NULL, 0, &e), GW_OK); /* no arrays */
    CHECK_EQ(gw_decode(GW_PROTO_MS, identified, strlen(identified), GW_FROM_SERVER, &m, NULL, 0, &e),
             GW_ERR_SCRATCH);
    CHECK(e.needed > 0);
    CHECK_EQ(gw_decode(GW_PROTO_MS, identified, strlen(identified), GW_FROM_SERVER, &m, scratch, e.needed, &e),
             GW_OK);
    /* peek reads a frame's envelope in place when it can, with no scratch; the token path (an
       invalid frame's exact error) needs scratch for its tokens */
    CHECK_ERR(gw_peek(GW_PROTO_MS, "{\"op\":4,\"d\":{}}", 15, GW_FROM_SERVER, &env, NULL, 0, &e), GW_OK);
    CHECK_EQ(env.kind, GW_MS_HEARTBEAT_ACK);
    CHECK_EQ(gw_peek(GW_PROTO_MS, "{\"\\u006Fp\":4,\"d\":{}}", 20, GW_FROM_SERVER, &env, NULL, 0, &e), GW_ERR_SCRATCH);
    CHECK(e.needed > 0); /* (an escaped key: only the tokens unescape it) */
    CHECK_ERR(gw_peek(GW_PROTO_MS, "{\"\\u006Fp\":4,\"d\":{}}", 20, GW_FROM_SERVER, &env, scratch, e.needed, &e), GW_OK);
    CHECK_EQ(env.kind, GW_MS_HEARTBEAT_ACK);
    CHECK_ERR(gw_peek(GW_PROTO_MS, "{\"op\":4,\"d\":{}", 14, GW_FROM_SERVER, &env, NULL, 0, &e), GW_ERR_JSON); /* (found without scratch) */
    CHECK_ERR(gw_decode(GW_PROTO_MS, NULL, 0, GW_FROM_SERVER, &m, NULL, 0, &e), GW_ERR_JSON);
    { /* a gw_raw value (found by fuzz_decode's size query): its tokens need scratch, never NULL + 0 */
        static const char raw_msg[] = "{\"f\":130,\"cnf\":{},\"t\":\"ROOM_USER_ADD\"}";
        CHECK_ERR(gw_decode(GW_PROTO_I386, raw_msg, sizeof raw_msg - 1, GW_FROM_CLIENT, &m, NULL, 0, &e), GW_ERR_SCRATCH);
        CHECK_ERR(gw_decode_flags(GW_PROTO_I386, raw_msg, sizeof raw_msg - 1, GW_FROM_CLIENT, GW_DECODE_LENIENT, &m, NULL, 0, &e),
                  GW_ERR_SCRATCH);
        CHECK_ERR(gw_decode(GW_PROTO_I386, raw_msg, sizeof raw_msg - 1, GW_FROM_CLIENT, &m, scratch, e.needed, &e), GW_OK);
        CHECK_EQ(m.i386.kind, GW_I386_C_ROOM_USER_ADD);
    }
    CHECK_GJ(gj_tokenize(NULL, 0, NULL, 0, &st), GJ_ERR_EMPTY);
    CHECK_GJ(gj_validate(NULL, 0, &st), GJ_ERR_EMPTY);
    /* D-01a: the error does not depend on the scratch size; a syntax error beats a repeat */
    for (s = 0; s <= 4096; s = s ? s * 4 : 1) {
        CHECK_ERR(gw_decode(GW_PROTO_MS, dup_then_junk, sizeof dup_then_junk - 1, GW_FROM_SERVER, &m, s ? scratch : NULL, s, &e), GW_ERR_JSON);
        CHECK_EQ(e.offset, 15);
        CHECK_GJ(e.json, GJ_ERR_TRAILING_DATA);
    }
    CHECK_ERR(gw_decode(GW_PROTO_MS, dup_then_junk, sizeof dup_then_junk - 2, GW_FROM_SERVER, &m, scratch, SCRATCH_SIZE, &e), GW_ERR_DUPLICATE_KEY);
    CHECK_EQ(e.offset, 8);
    /* the size query reports an unencodable message first: i386chat's 4096-byte cap (D-21) */
    {
        static char text[5000];
        gw_i386_msg im;
        memset(text, 'x', sizeof text);
        memset(&im, 0, sizeof im);
        im.kind = GW_I386_C_MESSAGE_CREATE;
        im.u.content.content.ptr = text;
        im.u.content.content.len = (uint32_t)sizeof text;
        CHECK_ERR(gw_i386_encode(&im, NULL, 0, &n, &e), GW_ERR_TOO_LARGE);
        CHECK_ERR(gw_i386_encode(&im, (char *)scratch, 100, &n, &e), GW_ERR_TOO_LARGE);
        CHECK_EQ(scratch[0], 0);
        CHECK_ERR(gw_i386_encode(&im, (char *)scratch, SCRATCH_SIZE, &n, &e), GW_ERR_TOO_LARGE);
        im.u.content.content.len = 4000; /* fits under the cap: the size query gives the size */
        CHECK_ERR(gw_i386_encode(&im, NULL, 0, &n, &e), GW_ERR_BUFFER);
        CHECK(e.needed > 4000 && e.needed <= 4097);
        CHECK_ERR(gw_i386_encode(&im, (char *)scratch, e.needed, &n, &e), GW_OK);
    }
    /* a gw_raw is refused on encode exactly when the decoder would refuse the message (D-01) */
    {
        static const char *const refused[] = { "{\"a\":1,\"a\":2}", "{\"a\":1,\"\\u0061\":2}", "[{\"k\":1,\"k\":1}]",
                                               "{\"x\":[{\"\\n\":1,\"\\u000a\":2}]}", "{", "[1,]", "" };
        static const char *const accepted[] = { "{\"a\":1,\"b\":{\"a\":2}}", "[{\"k\":1},{\"k\":1}]", " {\"a\" : [ 1 , 2 ] } ", "7" };
        static char big[1 << 18];
        char *out = (char *)scratch;
        size_t i, k, cap = SCRATCH_SIZE / 2;
        gw_dmod_msg dm;
        memset(&dm, 0, sizeof dm);
        dm.kind = GW_DMOD_EV_GUILD_MEMBER_COUNT_CHANGE;
        for (i = 0; i < sizeof refused / sizeof refused[0]; i++) {
            dm.u.raw.ptr = refused[i];
            dm.u.raw.len = (uint32_t)strlen(refused[i]);
            CHECK_ERR(gw_dmod_encode(&dm, out, cap, &n, &e), GW_ERR_INVALID);
            CHECK_ERR(gw_dmod_encode(&dm, NULL, 0, &n, &e), GW_ERR_INVALID); /* the writer path too */
            CHECK(strcmp(e.path, "d") == 0);
        }
        for (i = 0; i < sizeof accepted / sizeof accepted[0]; i++) {
            dm.u.raw.ptr = accepted[i];
            dm.u.raw.len = (uint32_t)strlen(accepted[i]);
            CHECK_ERR(gw_dmod_encode(&dm, out, cap, &n, &e), GW_OK);
            CHECK_ERR(gw_decode(GW_PROTO_DMOD, out, n, GW_FROM_SERVER, &m, scratch + cap, cap, &e), GW_OK);
        }
        /* nesting: d sits one deep, so 63 nested arrays fit and 64 do not (GJ_MAX_DEPTH 64) */
        for (k = 62; k <= 64; k++) {
            memset(big, '[', k);
            memset(big + k, ']', k);
            dm.u.raw.ptr = big;
            dm.u.raw.len = (uint32_t)(2 * k);
            CHECK_EQ(gw_dmod_encode(&dm, out, cap, &n, &e), k <= 63 ? GW_OK : GW_ERR_INVALID);
            CHECK_EQ(gw_dmod_encode(&dm, NULL, 0, &n, &e), k <= 63 ? GW_ERR_BUFFER : GW_ERR_INVALID);
        }
        /* past the check's token array: objects of 1..300 keys (escaped ones too), a repeat of
           an early key at the end or not, nested in an array of 40 objects */
        for (k = 1; k <= 300; k += k < 70 ? 7 : 60) {
            int rep;
            for (rep = 0; rep < 2; rep++) {
                size_t o = 0, j, q;
                big[o++] = '[';
                for (q = 0; q < 40; q++) {
                    if (q) big[o++] = ',';
                    big[o++] = '{';
                    for (j = 0; j < k; j++) { /* keys Ak0, k1, k2, Ak3 ... with every A escaped; the repeat spells it plainly */
                        size_t num = rep && q == 39 && j == k - 1 && k > 1 ? j / 2 : j;
                        o += (size_t)snprintf(big + o, sizeof big - o, "%s\"%sk%u\":%u", j ? "," : "",
                                              num % 3 ? "" : num != j ? "A" : "\\u0041", (unsigned)num, (unsigned)j);
                    }
                    big[o++] = '}';
                }
                big[o++] = ']';
                dm.u.raw.ptr = big;
                dm.u.raw.len = (uint32_t)o;
                CHECK_EQ(gw_dmod_encode(&dm, out, cap, &n, &e), rep && k > 1 ? GW_ERR_INVALID : GW_OK);
                if (!(rep && k > 1)) CHECK_EQ(gw_decode(GW_PROTO_DMOD, out, n, GW_FROM_SERVER, &m, scratch + cap, cap, &e), GW_OK);
            }
        }
    }
}

int main(void)
{
    scratch = (unsigned char *)malloc(SCRATCH_SIZE);
    load_vectors();
    RUN(test_vectors_load);
    RUN(test_issue12_regressions);
    RUN(test_builders);
    RUN(test_error_details);
    RUN(test_public_facts);
    test_vectors_wires();
    test_bad_wire();
    RUN(test_depth);
    RUN(test_big_strings);
    RUN(test_many_keys);
    test_numbers();
    test_utf8();
    RUN(test_nul);
    test_duplicates();
    test_size_caps();
    RUN(test_cross_protocol);
    test_truncation();
    test_mutations();
    RUN(test_fuzz_regressions);
    {
        size_t i;
        for (i = 0; i < nvecs; i++) free(vecs[i].buf);
    }
    free(scratch);
    return t_summary("adversarial");
}
