/* test_json_raw.c - raw JSON values (gw_raw) checked without tokens: gj_i_check_value (encode) held
   to its former implementation, kept below as the reference, and gj_i_value_len (the one pass's
   decode) held to the tokenizer, on hand-written, generated and mutated values: escaped keys that
   equal plain ones, repeats far apart and in objects of more keys than the key-check mode keeps,
   nesting at the limit, invalid UTF-8, truncations. Then whole frames with a raw member decoded by
   gw_i386_decode, held to gj_tokenize of the frame. Its own static copy of the library (internal
   names); test_json_raw_swar.c builds it again with GJ_NO_SIMD. */
#define GATEWAY_STATIC
#define GATEWAY_IMPLEMENTATION
#include "t.h"
#include "../gateway.h"
#ifndef JSON_RAW_SUITE
#define JSON_RAW_SUITE "json_raw"
#endif

/* ---- the reference: gj_i_check_value as it was before the key-check mode -------------------- */

static const unsigned char *ref_skip_str(const unsigned char *p, int *esc)
{
    for (p++; *p != '"'; p++) if (*p == '\\') { *esc = 1; p++; }
    return p + 1;
}

static const unsigned char *ref_skip_valid(const unsigned char *p, const unsigned char *end)
{
    unsigned depth = 0;
    int esc = 0;
    do {
        if (*p == '"') p = ref_skip_str(p, &esc);
        else if (*p == '{' || *p == '[') { depth++; p++; }
        else if (*p == '}' || *p == ']') { depth--; p++; }
        else if (depth && (*p == ',' || *p == ':' || gj_i_ws[*p])) p++;
        else while (p < end && *p != ',' && *p != '}' && *p != ']' && !gj_i_ws[*p]) p++;
    } while (depth);
    return p;
}

static int ref_object_repeats(const unsigned char *ob, const unsigned char *end)
{
    struct { const unsigned char *s; uint32_t n; int esc; } k[64];
    const unsigned char *p = ob + 1, *q;
    unsigned nk = 0, i;
    for (;;) {
        int esc = 0;
        while (gj_i_ws[*p] || *p == ',') p++;
        if (*p == '}') return 0;
        q = ref_skip_str(p, &esc);
        if (nk < 64) {
            for (i = 0; i < nk; i++)
                if (gj_i_raw_eq((const char *)k[i].s, k[i].n, k[i].esc, (const char *)p + 1, (size_t)(q - p - 2), esc)) return 1;
            k[nk].s = p + 1; k[nk].n = (uint32_t)(q - p - 2); k[nk].esc = esc;
        } else {
            const unsigned char *r = ob + 1, *rq;
            for (;;) {
                int resc = 0;
                while (gj_i_ws[*r] || *r == ',') r++;
                if (r == p) break;
                rq = ref_skip_str(r, &resc);
                if (gj_i_raw_eq((const char *)r + 1, (size_t)(rq - r - 2), resc, (const char *)p + 1, (size_t)(q - p - 2), esc)) return 1;
                while (*rq != ':') rq++;
                for (rq++; gj_i_ws[*rq]; rq++) {}
                r = ref_skip_valid(rq, end);
            }
        }
        nk++;
        while (*q != ':') q++;
        for (q++; gj_i_ws[*q]; q++) {}
        p = ref_skip_valid(q, end);
    }
}

static gj_err ref_check_value(const char *s, size_t n, unsigned depth)
{
    gj_tok toks[128];
    gj_status st;
    gj_err e = gj__run_limited(s, n, toks, 128, depth < GJ_MAX_DEPTH ? GJ_MAX_DEPTH - depth : 0, &st);
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    if (e && e != GJ_ERR_NOMEM) return e;
    if (!e) return GJ_OK;
    for (; p < end; p++) {
        int esc = 0;
        if (*p == '"') p = ref_skip_str(p, &esc) - 1;
        else if (*p == '{' && ref_object_repeats(p, end)) return GJ_ERR_DUPLICATE_KEY;
    }
    return GJ_OK;
}

/* ---- one input, every check ------------------------------------------------------------------ */

/* The most keys of open objects at once in the value of token t (from its tokens), counting the
   keys before it in its enclosing objects (`used`): the key-check mode keeps that many records and
   refuses a value that needs more than GJ__KEY_RECS. */
static uint32_t open_keys(const gj_tok *toks, uint32_t t, uint32_t used)
{
    uint32_t most = used, i, k = 0, m;
    if (toks[t].type == GJ_OBJECT)
        for (i = t + 1; i < toks[t].next; i = toks[i + 1].next) {
            k++;
            if ((m = open_keys(toks, i + 1, used + k)) > most) most = m;
        }
    else if (toks[t].type == GJ_ARRAY)
        for (i = t + 1; i < toks[t].next; i = toks[i].next)
            if ((m = open_keys(toks, i, used)) > most) most = m;
    return most;
}

/* Does gj_i_value_len refuse the valid value s[0..n) for its keys alone? */
static int too_many_keys(const char *s, size_t n, gj_tok *toks)
{
    gj_status st;
    return gj_tokenize(s, n, toks, n + 2, &st) == GJ_OK && open_keys(toks, 0, 0) > GJ__KEY_RECS;
}

static unsigned long n_inputs, n_ok, n_dup, n_many;

/* s[0..n) in an exactly sized heap copy (ASan sees any read past it): gj_i_check_value against the
   reference at several depths, gj_i_value_len against the tokenizer at several caps and depths. */
static void check_input(const char *s, size_t n)
{
    static const unsigned depths[] = { 0, 1, 2, 7, 30, GJ_MAX_DEPTH - 2, GJ_MAX_DEPTH - 1, GJ_MAX_DEPTH, GJ_MAX_DEPTH + 5 };
    char *b = (char *)malloc(n ? n : 1);
    gj_tok *toks = (gj_tok *)malloc((n + 2) * sizeof *toks);
    size_t i, caps[4];
    int many;
    if (!b || !toks) { CHECK(0); free(b); free(toks); return; }
    if (n) memcpy(b, s, n);
    n_inputs++;
    for (i = 0; i < sizeof depths / sizeof depths[0]; i++) {
        gj_err want = ref_check_value(b, n, depths[i]), got = gj_i_check_value(b, n, depths[i]);
        if (got != want) {
            t_failf(__FILE__, __LINE__, "gj_i_check_value(\"%.*s\"%s, %zu bytes, depth %u): %s, reference %s", n > 120 ? 120 : (int)n, s,
                    n > 120 ? "..." : "", n, depths[i], gj_strerror(got), gj_strerror(want));
            break;
        }
        if (i == 0) n_ok += want == GJ_OK, n_dup += want == GJ_ERR_DUPLICATE_KEY;
    }
    /* the value alone: gj_i_value_len takes all of it exactly when the tokenizer (into cap tokens,
       max_depth containers) takes it, and nothing else when it does not; it takes none of a value
       of too many keys for its records */
    caps[0] = 0, caps[1] = 3, caps[2] = n / 4 + 1, caps[3] = n + 2;
    many = too_many_keys(b, n, toks);
    n_many += (unsigned long)many;
    for (i = 0; i < 4 * 3; i++) {
        size_t cap = caps[i % 4];
        unsigned maxd = i / 4 == 0 ? GJ_MAX_DEPTH : i / 4 == 1 && GJ_MAX_DEPTH > 16 ? GJ_MAX_DEPTH - 16u : 3u;
        gj_status st;
        gj_err e = gj__run_limited(b, n, toks, cap, maxd, &st);
        size_t len = gj_i_value_len(b, n, maxd, cap);
        if (n && !gj_i_ws[(unsigned char)b[0]] && !gj_i_ws[(unsigned char)b[n - 1]]) {
            if ((e == GJ_OK && !many) != (len == n) || (e == GJ_OK && many && len))
                t_failf(__FILE__, __LINE__, "gj_i_value_len(\"%.*s\", %zu bytes, cap %zu, depth %u) = %zu, the tokenizer: %s",
                        n > 120 ? 120 : (int)n, s, n, cap, maxd, len, gj_strerror(e));
        }
        if (len) { /* whatever it took is one value the tokenizer takes */
            CHECK(len <= n);
            CHECK_GJ(gj__run_limited(b, len, toks, cap, maxd, &st), GJ_OK);
        }
    }
    free(toks);
    free(b);
}

/* Also with a tail after it, as the one pass meets a raw member: the value's length, no more. */
static void check_with_tail(const char *s, size_t n)
{
    static const char tail[] = ",\"t\":\"SYSTEM_BAN_ADD\"}";
    size_t m = n + sizeof tail - 1, len;
    char *b = (char *)malloc(m);
    gj_tok *toks = (gj_tok *)malloc((n + 2) * sizeof *toks);
    gj_status st;
    if (!b || !toks) { CHECK(0); free(b); free(toks); return; }
    memcpy(b, s, n);
    memcpy(b + n, tail, sizeof tail - 1);
    len = gj_i_value_len(b, m, GJ_MAX_DEPTH, n + 2);
    if (n && !gj_i_ws[(unsigned char)b[0]] && !gj_i_ws[(unsigned char)b[n - 1]] && !too_many_keys(b, n, toks))
        if ((gj_tokenize(b, n, toks, n + 2, &st) == GJ_OK) != (len == n))
            t_failf(__FILE__, __LINE__, "gj_i_value_len(\"%.*s\" + tail) = %zu of %zu", n > 120 ? 120 : (int)n, s, len, n);
    free(toks);
    free(b);
}

/* ---- inputs ---------------------------------------------------------------------------------- */

static const char *const seeds[] = {
    "{}", "[]", "0", "-1.5e+3", "true", "false", "null", "\"\"", "\"a\\u00e9\\ud83d\\ude00\"",
    "{\"a\":1}", "{\"a\":1,\"b\":2}", "{\"a\":1,\"a\":2}", "{\"a\":1,\"\\u0061\":2}", "{\"\\u0061\":1,\"a\":2}",
    "{\"\\u0061\":1,\"\\u0061\":2}", "{\"\\u0061\":1,\"\\u0062\":2}", "{\"\\n\":1,\"\\u000a\":2}", "{\"/\":1,\"\\/\":2}",
    "{\"\xc3\xa9\":1,\"\\u00e9\":2}", "{\"\xf0\x9f\x98\x80\":1,\"\\ud83d\\ude00\":2}", "{\"ab\":1,\"a\\u0062\":2}",
    "{\"\":1,\"\":2}", "{\"\":1,\"a\":2}", "{\"a\":{\"a\":{\"a\":1}},\"b\":[{\"a\":1,\"a\":2}]}",
    "{\"a\":{\"b\":1},\"b\":{\"b\":1,\"c\":{\"b\":2}}}", "[{\"x\":1},{\"x\":1},{\"x\":1,\"y\":[1,2,{\"x\":3,\"x\":4}]}]",
    ("{\"id\":\"1\",\"type\":2,\"name\":\"n\",\"data\":{\"id\":\"2\",\"options\":[{\"name\":\"a\",\"type\":3,\"value\":\"v\"}]},"
     "\"member\":{\"user\":{\"id\":\"3\",\"username\":\"O'Brien\"},\"roles\":[\"5\"],\"nick\":null,\"mute\":false},\"id\":4}"),
    "{ \"a\" : 1 ,\n \"b\" : [ 1 , 2 ] ,\t\"c\" : { } }", "  {\"a\":1}  ", "{\"a\":\"\xc3\x28\"}", "{\"\xed\xa0\x80\":1}",
    "{\"a\":1,}", "{\"a\" 1}", "{\"a\":01}", "[1,2", "{\"a\":1,\"a\":2", "{\"a\":1,\"a\":2,}", "{\"a\":1,\"a\":tru}",
    "{\"a\":1,\"\\u0061\":2,\"b\":[}", "{\"a\":\"\\x\"}", "{\"a\":\"\\ud800\"}", "\"\x01\"", "{\"a\":1} x", "nul",
};

static uint64_t rng = 0x9E3779B97F4A7C15ull;
static unsigned rnd(unsigned n)
{
    rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
    return (unsigned)((rng >> 11) % n);
}

typedef struct buf { char *p; size_t n, cap; } buf;
static void put(buf *b, const char *s, size_t n)
{
    if (b->n + n > b->cap) {
        size_t cap = (b->n + n) * 2 + 64;
        char *q = (char *)realloc(b->p, cap);
        if (!q) exit(2);
        b->p = q, b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
}
static void puts_(buf *b, const char *s) { put(b, s, strlen(s)); }

/* keys from a small pool, several spelled two ways, so that objects often repeat one, and a key's
   spellings often share a filter bit with others */
static const char *const keys[] = {
    "a", "b", "ab", "ba", "id", "type", "\\u0061", "\\u0062", "a\\u0062", "\\n", "\\u000a", "\xc3\xa9", "\\u00e9",
    "\xf0\x9f\x98\x80", "\\ud83d\\ude00", "", "k", "kk", "\\/", "/", "aaaaaaaaaaaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaaaaaaaaaab",
};
static const char *const scalars[] = {
    "0", "-12", "3.25e-7", "true", "false", "null", "\"\"", "\"text\"", "\"\\\"q\\\\\"", "\"\xe6\x97\xa5\xe6\x9c\xac\"",
    "\"na\\u00efve C:\\\\path\"", "123456789012345678901234567890",
};

static void gen_value(buf *b, unsigned depth);

/* an object of many keys: k<i> unique, but for one repeat of key `from` at key `to` (if to) and
   one key spelled with an escape; values nested now and then */
static void gen_big_object(buf *b, unsigned depth, unsigned nk, unsigned from, unsigned to, int escaped)
{
    unsigned i;
    char tmp[64];
    puts_(b, "{");
    for (i = 0; i < nk; i++) {
        unsigned k = to && i == to ? from : i;
        if (i) puts_(b, ",");
        if (escaped && i == (to ? to : nk / 2)) snprintf(tmp, sizeof tmp, "\"\\u006b%u\":", k);
        else snprintf(tmp, sizeof tmp, "\"k%u\":", k);
        puts_(b, tmp);
        if (depth < 4 && rnd(8) == 0) gen_value(b, depth + 1);
        else puts_(b, scalars[rnd(sizeof scalars / sizeof scalars[0])]);
    }
    puts_(b, "}");
}

static void gen_value(buf *b, unsigned depth)
{
    unsigned r = rnd(depth > 5 ? 3 : 10), i, n;
    if (r < 3) { puts_(b, scalars[rnd(sizeof scalars / sizeof scalars[0])]); return; }
    if (r < 5) {
        n = rnd(5);
        puts_(b, "[");
        for (i = 0; i < n; i++) { if (i) puts_(b, rnd(4) ? "," : " , "); gen_value(b, depth + 1); }
        puts_(b, "]");
        return;
    }
    if (r == 5 && depth < 2 && rnd(4) == 0) { /* past the key-check mode's records, with or without a repeat */
        unsigned nk = 60 + rnd(200), to = rnd(3) ? 0 : 1 + rnd(nk - 1), from = to ? rnd(to) : 0;
        int esc = (int)rnd(2); /* each draw in its own statement: the same inputs from every compiler */
        gen_big_object(b, depth, nk, from, to, esc);
        return;
    }
    n = rnd(r == 9 ? 12 : 5);
    puts_(b, "{");
    for (i = 0; i < n; i++) {
        if (i) puts_(b, rnd(4) ? "," : ",\n  ");
        puts_(b, "\"");
        puts_(b, keys[rnd(sizeof keys / sizeof keys[0])]);
        puts_(b, rnd(4) ? "\":" : "\" : ");
        gen_value(b, depth + 1);
    }
    puts_(b, "}");
}

/* a value and its mutations: truncations, a byte replaced, inserted or deleted */
static void check_mutations(const char *s, size_t n, unsigned count)
{
    static const char bytes[] = "\"\\{}[],: a0-e.\x01\x80\xc3\xff\xed\xf0";
    char *m = (char *)malloc(n + 2);
    unsigned i;
    if (!m) { CHECK(0); return; }
    for (i = 0; i < count && n; i++) {
        size_t at = rnd((unsigned)n), k = n;
        char c = bytes[rnd(sizeof bytes - 1)];
        memcpy(m, s, n);
        switch (rnd(4)) {
        case 0: k = at; break;                                                    /* truncated */
        case 1: m[at] = c; break;                                                 /* replaced */
        case 2: memmove(m + at + 1, m + at, n - at); m[at] = c; k = n + 1; break; /* inserted */
        default: memmove(m + at, m + at + 1, n - at - 1); k = n - 1; break;       /* deleted */
        }
        check_input(m, k);
    }
    free(m);
}

static void test_seeds(void)
{
    size_t i, k;
    for (i = 0; i < sizeof seeds / sizeof seeds[0]; i++) {
        size_t n = strlen(seeds[i]);
        for (k = 0; k <= n; k++) check_input(seeds[i], k); /* every truncation */
        check_with_tail(seeds[i], n);
        check_mutations(seeds[i], n, 40);
    }
}

static void test_generated(void)
{
    unsigned i;
    buf b = { NULL, 0, 0 };
    for (i = 0; i < 3000; i++) {
        b.n = 0;
        gen_value(&b, 0);
        check_input(b.p, b.n);
        check_with_tail(b.p, b.n);
        check_mutations(b.p, b.n, 6);
    }
    free(b.p);
}

/* Objects of more keys than the records hold, nested in each other, repeats far apart. */
static void test_big_objects(void)
{
    static const unsigned sizes[] = { 2, 63, 64, 65, 127, 128, 129, 130, 200 };
    buf b = { NULL, 0, 0 };
    size_t i, j;
    for (i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        unsigned nk = sizes[i], to, esc;
        for (esc = 0; esc < 2; esc++)
            for (to = 0; to < nk; to += to < 3 || to + 3 >= nk ? 1 : 37) { /* to 0: no repeat; else key to repeats key 0 */
                b.n = 0;
                gen_big_object(&b, 9, nk, 0, to, (int)esc);
                check_input(b.p, b.n);
                b.n = 0; /* inside an object that already keeps 100 records, and around another big one */
                puts_(&b, "{");
                for (j = 0; j < 100; j++) { char t[16]; snprintf(t, sizeof t, "\"p%zu\":1,", j); puts_(&b, t); }
                puts_(&b, "\"in\":");
                gen_big_object(&b, 9, nk, nk - 1, to, (int)esc);
                puts_(&b, to % 2 ? ",\"p7\":2}" : to ? ",\"last\":[{\"p7\":1,\"p7\":1}]}" : ",\"last\":[{\"p7\":1,\"q\":1}]}");
                check_input(b.p, b.n);
            }
    }
    free(b.p);
}

/* Nesting at the limit, where the value sits deep already and where it does not. */
static void test_depth(void)
{
    buf b = { NULL, 0, 0 };
    unsigned d, kind;
    for (kind = 0; kind < 3; kind++)
        for (d = GJ_MAX_DEPTH > 20 ? GJ_MAX_DEPTH - 20u : 0u; d <= GJ_MAX_DEPTH + 2u; d++) {
            unsigned i;
            b.n = 0;
            for (i = 0; i < d; i++) puts_(&b, kind == 0 ? "[" : kind == 1 ? "{\"a\":" : i % 2 ? "[" : "{\"a\":1,\"b\":");
            puts_(&b, kind == 2 ? "{\"a\":1,\"a\":2}" : "1");
            for (i = d; i-- > 0;) puts_(&b, kind == 0 ? "]" : kind == 1 ? "}" : i % 2 ? "]" : "}");
            check_input(b.p, b.n);
        }
    free(b.p);
}

/* ---- decoding: a frame with a raw member --------------------------------------------------- */

/* {"f":130,"cnf":RAW,"t":"SYSTEM_BAN_ADD"} decodes when, and only when, the frame tokenizes; the
   raw value is then exactly RAW (the one pass reads it, or the token decoder when it is deep). */
static void decode_raw(const char *raw, size_t n)
{
    static unsigned char scratch[1 << 16];
    static const char head[] = "{\"f\":130,\"cnf\":", tail[] = ",\"t\":\"SYSTEM_BAN_ADD\"}";
    size_t m = sizeof head - 1 + n + sizeof tail - 1;
    char *f = (char *)malloc(m);
    gj_tok *toks = (gj_tok *)malloc((m + 1) * sizeof *toks);
    gw_i386_msg msg;
    gw_error e;
    gj_status st;
    gw_err r;
    if (!f || !toks) { CHECK(0); free(f); free(toks); return; }
    if (!n || gj_i_ws[(unsigned char)raw[0]] || gj_i_ws[(unsigned char)raw[n - 1]]) { free(f); free(toks); return; }
    memcpy(f, head, sizeof head - 1);
    memcpy(f + sizeof head - 1, raw, n);
    memcpy(f + sizeof head - 1 + n, tail, sizeof tail - 1);
    r = gw_i386_decode(f, m, GW_FROM_CLIENT, &msg, scratch, sizeof scratch, &e);
    if ((r == GW_OK) != (gj_tokenize(f, m, toks, m + 1, &st) == GJ_OK))
        t_failf(__FILE__, __LINE__, "decode of a raw \"%.*s\": %s, the frame tokenizes: %s", n > 120 ? 120 : (int)n, raw,
                gw_strerror(r), gj_strerror(st.err));
    else if (r == GW_OK) {
        CHECK_EQ(msg.kind, GW_I386_C_SYSTEM_BAN_ADD);
        CHECK(msg.u.raw.ptr == f + sizeof head - 1 && msg.u.raw.len == n);
    }
    free(toks);
    free(f);
}

static void test_decode(void)
{
    buf b = { NULL, 0, 0 };
    size_t i, k;
    unsigned d;
    for (i = 0; i < sizeof seeds / sizeof seeds[0]; i++)
        for (k = 1; k <= strlen(seeds[i]); k++) decode_raw(seeds[i], k);
    for (i = 0; i < 1500; i++) {
        char m[4096];
        b.n = 0;
        gen_value(&b, 0);
        decode_raw(b.p, b.n);
        if (b.n < sizeof m) { /* and one mutation */
            size_t at = rnd((unsigned)b.n);
            memcpy(m, b.p, b.n);
            m[at] = "\"\\{}[],:0\x80"[rnd(10)];
            decode_raw(m, b.n);
        }
    }
    for (k = 0; k < 6; k++) { /* more keys than the records hold: the one pass leaves them to the token decoder */
        char t[32];
        b.n = 0;
        puts_(&b, "{");
        for (i = 0; i < (k < 2 ? 128u : 129u + 60 * k); i++) {
            snprintf(t, sizeof t, "%s\"%s%zu\":0", i ? "," : "", k % 2 && i == 5 ? "\\u006b" : "k", i == 120 && k > 3 ? 7 : i);
            puts_(&b, t);
        }
        puts_(&b, "}");
        decode_raw(b.p, b.n);
    }
    for (d = GJ_MAX_DEPTH > 24 ? GJ_MAX_DEPTH - 24u : 0u; d <= GJ_MAX_DEPTH; d++) { /* deep ones: the one pass leaves them to the token decoder */
        b.n = 0;
        for (k = 0; k < d; k++) puts_(&b, "[");
        for (k = 0; k < d; k++) puts_(&b, "]");
        decode_raw(b.p, b.n);
    }
    free(b.p);
}

int main(void)
{
    RUN(test_seeds);
    RUN(test_generated);
    RUN(test_big_objects);
    RUN(test_depth);
    RUN(test_decode);
    printf("%s: %lu inputs, %lu valid (%lu of them with more keys than the records hold), %lu with a repeated key\n",
           JSON_RAW_SUITE, n_inputs, n_ok, n_many, n_dup);
    return t_summary(JSON_RAW_SUITE);
}
