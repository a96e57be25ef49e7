/* fuzz_access.c - libFuzzer target for the value accessors of gateway_json.h.
   For every document that tokenizes:
     - every string token: gj_get_str into an exactly-sized heap buffer (raw length + 1) succeeds,
       the unescaped length is <= the raw length, the output is valid UTF-8 (NUL allowed: \u0000),
       gj_str_eq agrees with it, a one-byte-too-small buffer gives GJ_ERR_NOMEM with the same
       length, gj_unescape on the raw text gives the same bytes; every key is found by gj_find;
     - every number token: gj_parse_i64 / u64 / f64 succeed or give NOT_INTEGER / RANGE only, and
       agree with each other (an integer converts to the same double strtod gives);
   and on the raw fuzz bytes: gj_parse_* accept exactly strict JSON numbers (as gj_validate says). */
#define GATEWAY_IMPLEMENTATION
#include "../gateway.h"
#include <stdlib.h>
#include <string.h>
#include <math.h>

#define REQUIRE(c) do { if (!(c)) { fprintf(stderr, "fuzz_access: %s:%d: %s\n", __FILE__, __LINE__, #c); abort(); } } while (0)

/* strict UTF-8: no overlongs, no surrogates, nothing above U+10FFFF */
static int utf8_valid(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned c = s[i];
        uint32_t cp;
        int k, j;
        if (c < 0x80) { i++; continue; }
        if (c >= 0xC2 && c <= 0xDF) { k = 1; cp = c & 0x1F; }
        else if (c >= 0xE0 && c <= 0xEF) { k = 2; cp = c & 0x0F; }
        else if (c >= 0xF0 && c <= 0xF4) { k = 3; cp = c & 0x07; }
        else return 0;
        if (i + (size_t)k >= n) return 0; /* truncated */
        for (j = 1; j <= k; j++) {
            if ((s[i + (size_t)j] & 0xC0) != 0x80) return 0;
            cp = (cp << 6) | (s[i + (size_t)j] & 0x3F);
        }
        if ((k == 2 && cp < 0x800) || (k == 3 && cp < 0x10000) || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
        i += (size_t)k + 1;
    }
    return 1;
}

static void check_number_text(const char *s, size_t n, int is_json_number)
{
    int64_t i = 0;
    uint64_t u = 0;
    double d = 0;
    gj_err ei = gj_parse_i64(s, n, &i), eu = gj_parse_u64(s, n, &u), ed = gj_parse_f64(s, n, &d);
    if (!is_json_number) {
        REQUIRE(ei == GJ_ERR_TYPE && eu == GJ_ERR_TYPE && ed == GJ_ERR_TYPE);
        return;
    }
    REQUIRE(ei == GJ_OK || ei == GJ_ERR_NOT_INTEGER || ei == GJ_ERR_RANGE);
    REQUIRE(eu == GJ_OK || eu == GJ_ERR_NOT_INTEGER || eu == GJ_ERR_RANGE);
    REQUIRE(ed == GJ_OK || ed == GJ_ERR_RANGE);
    REQUIRE((ei == GJ_ERR_NOT_INTEGER) == (eu == GJ_ERR_NOT_INTEGER));
    if (ed == GJ_OK) REQUIRE(isfinite(d));
    if (ei == GJ_OK && eu == GJ_OK) REQUIRE(i >= 0 && (uint64_t)i == u);
    if (ei == GJ_OK) { REQUIRE(ed == GJ_OK && d == (double)i); }
    if (eu == GJ_OK) { REQUIRE(ed == GJ_OK && d == (double)u); }
    if (ei == GJ_OK && eu == GJ_ERR_RANGE) REQUIRE(i < 0);
    if (eu == GJ_OK && ei == GJ_ERR_RANGE) REQUIRE(u > (uint64_t)INT64_MAX);
    if (ei == GJ_ERR_RANGE && eu == GJ_ERR_RANGE) REQUIRE(n >= 19);
    if (ed == GJ_OK && (ei == GJ_OK || eu == GJ_OK) && d == 0) REQUIRE(i == 0 && u == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *src = (char *)malloc(size ? size : 1);
    size_t cap = size + 1, k;
    gj_tok *t = (gj_tok *)malloc(cap * sizeof *t);
    gj_status st;
    if (!src || !t) abort();
    if (size) memcpy(src, data, size);

    /* raw bytes as number text: accepted exactly when they are one strict JSON number */
    {
        gj_tok one;
        gj_status s1;
        int is_num = size && (src[0] == '-' || (src[0] >= '0' && src[0] <= '9')) &&
                     gj_tokenize(src, size, &one, 1, &s1) == GJ_OK && one.type == GJ_NUMBER &&
                     one.start == 0 && one.len == size;
        check_number_text(src, size, is_num);
    }

    if (gj_tokenize(src, size, t, cap, &st) == GJ_OK) {
        for (k = 0; k < st.count; k++) {
            const gj_tok *tk = &t[k];
            if (tk->type == GJ_STRING) {
                size_t n = 0, n2 = 0;
                char *out = (char *)malloc((size_t)tk->len + 1), *out2;
                uint64_t sv;
                gj_err e;
                if (!out) abort();
                REQUIRE(gj_get_str(src, tk, out, (size_t)tk->len + 1, &n) == GJ_OK);
                REQUIRE(n <= tk->len && out[n] == 0);
                REQUIRE(utf8_valid((const unsigned char *)out, n));
                if (!tk->flags) REQUIRE(n == tk->len && memcmp(out, src + tk->start, n) == 0);
                REQUIRE(gj_str_eq(src, tk, out, n) == 1);
                if (n) REQUIRE(gj_str_eq(src, tk, out, n - 1) == 0);
                /* one byte short (no room for the NUL) */
                out2 = (char *)malloc(n ? n : 1);
                if (!out2) abort();
                e = gj_get_str(src, tk, out2, n, &n2);
                REQUIRE(e == GJ_ERR_NOMEM && n2 == n);
                if (n) REQUIRE(out2[0] == 0);
                free(out2);
                out2 = (char *)malloc(n + 1);
                if (!out2) abort();
                REQUIRE(gj_unescape(src + tk->start, tk->len, out2, n + 1, &n2) == GJ_OK && n2 == n);
                REQUIRE(memcmp(out, out2, n + 1) == 0);
                free(out2);
                /* a snowflake string: digits only */
                e = gj_get_u64_str(src, tk, &sv);
                REQUIRE(e == GJ_OK || e == GJ_ERR_RANGE || e == GJ_ERR_TYPE);
                if (e != GJ_ERR_TYPE) {
                    size_t j;
                    REQUIRE(!tk->flags && tk->len >= 1);
                    for (j = 0; j < tk->len; j++) REQUIRE(src[tk->start + j] >= '0' && src[tk->start + j] <= '9');
                }
                free(out);
            } else if (tk->type == GJ_NUMBER) {
                int64_t i; uint64_t u; double d;
                check_number_text(src + tk->start, tk->len, 1);
                REQUIRE(gj_get_i64(src, tk, &i) == gj_parse_i64(src + tk->start, tk->len, &i));
                REQUIRE(gj_get_u64(src, tk, &u) == gj_parse_u64(src + tk->start, tk->len, &u));
                REQUIRE(gj_get_f64(src, tk, &d) == gj_parse_f64(src + tk->start, tk->len, &d));
            } else {
                int64_t i; double d;
                REQUIRE(gj_get_i64(src, tk, &i) == GJ_ERR_TYPE && gj_get_f64(src, tk, &d) == GJ_ERR_TYPE);
                if (tk->type == GJ_OBJECT) {
                    /* every key is found and names its own value (keys are unique) */
                    uint32_t j;
                    for (j = (uint32_t)k + 1; j < tk->next; j = t[j + 1].next) {
                        size_t n = 0;
                        char *key = (char *)malloc((size_t)t[j].len + 1);
                        if (!key) abort();
                        REQUIRE(gj_get_str(src, &t[j], key, (size_t)t[j].len + 1, &n) == GJ_OK);
                        REQUIRE(gj_find(src, t, (uint32_t)k, key, n) == j + 1);
                        free(key);
                    }
                } else {
                    REQUIRE(gj_find(src, t, (uint32_t)k, "", 0) == 0);
                }
            }
        }
    }
    free(src); free(t);
    return 0;
}
