/* fuzz_writer.c - libFuzzer target for the gj_writer API.
   The fuzz bytes are a program: each op byte selects a writer call, followed by its argument
   (a length byte and that many bytes for keys / strings / raw JSON, 8 bytes for numbers).
   The program runs three times: without a buffer (cap 0), into an exactly-sized heap buffer
   of the size reported by GJ_ERR_NOMEM, and one byte short of it. Checked:
     - errors are sticky (a call after the first error changes nothing) and leave buf "";
     - snprintf semantics: needed = length + 1, the exact buffer succeeds, one byte less fails;
     - successful output re-tokenizes, with one token per recorded call in order, and every
       key and string value round-trips byte-exactly through gj_get_str; numbers, bools, nulls
       and raw values read back equal.
   Keys that would repeat in one object are skipped (the writer does not check duplicates; the
   tokenizer rejects them) and raw values must be valid JSON that fits the depth limit. */
#define GATEWAY_IMPLEMENTATION
#include "../gateway.h"
#include <stdlib.h>
#include <string.h>
#include <math.h>

#define REQUIRE(c) do { if (!(c)) { fprintf(stderr, "fuzz_writer: %s:%d: %s\n", __FILE__, __LINE__, #c); abort(); } } while (0)
#define MAX_OPS 2048

enum { E_KEY, E_STR, E_STR_RAW, E_INT, E_UINT, E_UINT_STR, E_DOUBLE, E_BOOL, E_NULL, E_OBJ, E_ARR, E_RAW };
typedef struct entry {
    int kind;
    const char *p;    /* key / string bytes, raw text */
    size_t n;
    uint64_t u;       /* int / uint / bool bits */
    double d;
    uint32_t ntok;    /* raw: tokens of the value */
} entry;

static entry ents[MAX_OPS];
static size_t nents;
/* keys used in each open object, for duplicate avoidance */
static struct { const char *p; size_t n; } keys[MAX_OPS];
static size_t nkeys, kbase[GJ_MAX_DEPTH + 1];
static unsigned char in_obj[GJ_MAX_DEPTH + 1];
static char autokeys[MAX_OPS][12];

static int key_seen(const char *p, size_t n, uint32_t depth)
{
    size_t i;
    for (i = kbase[depth]; i < nkeys; i++)
        if (keys[i].n == n && memcmp(keys[i].p, p, n) == 0) return 1;
    return 0;
}

/* maximal nesting of a tokenized value */
static uint32_t value_depth(const gj_tok *t, uint32_t n)
{
    uint32_t stack[GJ_MAX_DEPTH + 2], sp = 0, best = 0, i;
    for (i = 0; i < n; i++) {
        while (sp && stack[sp - 1] <= i) sp--;
        if (t[i].type == GJ_OBJECT || t[i].type == GJ_ARRAY) {
            if (sp >= GJ_MAX_DEPTH + 1) return GJ_MAX_DEPTH + 1;
            stack[sp++] = t[i].next;
            if (sp > best) best = sp;
        }
    }
    return best;
}

static uint64_t take8(const uint8_t **p, const uint8_t *end)
{
    uint64_t v = 0;
    int i;
    for (i = 0; i < 8; i++) v = (v << 8) | (*p < end ? *(*p)++ : 0u);
    return v;
}

static const char *take_bytes(const uint8_t **p, const uint8_t *end, size_t *n)
{
    const char *s;
    size_t k = *p < end ? *(*p)++ : 0u;
    if (k > (size_t)(end - *p)) k = (size_t)(end - *p);
    s = (const char *)*p;
    *p += k;
    *n = k;
    return s;
}

/* Run the program into buf[0..cap); returns finish's code, *len as finish reports it. */
static gj_err run(const uint8_t *data, size_t size, char *buf, size_t cap, size_t *len, int record)
{
    gj_writer w;
    const uint8_t *p = data, *end = data + size;
    size_t ops = 0;
    uint32_t depth = 0;
    unsigned autok = 0;
    gj_tok ftoks[256];
    gj_writer_init(&w, buf, cap);
    nents = 0; nkeys = 0; kbase[0] = 0; in_obj[0] = 0;
    while (p < end && ops++ < MAX_OPS) {
        unsigned op = *p++ % 15u;
        entry e;
        gj_err before = w.err;
        size_t before_len = w.len;
        memset(&e, 0, sizeof e);
        switch (op) {
        case 0: gj_obj_begin(&w); e.kind = E_OBJ; break;
        case 1: gj_obj_end(&w); e.kind = -1; break;
        case 2: gj_arr_begin(&w); e.kind = E_ARR; break;
        case 3: gj_arr_end(&w); e.kind = -1; break;
        case 4: case 13: {
            if (op == 4) e.p = take_bytes(&p, end, &e.n);
            else { e.n = (size_t)snprintf(autokeys[autok % MAX_OPS], 12, "k%u", autok); e.p = autokeys[autok % MAX_OPS]; autok++; }
            if (key_seen(e.p, e.n, depth)) continue;
            gj_key(&w, e.p, e.n); e.kind = E_KEY;
            break;
        }
        case 5: e.p = take_bytes(&p, end, &e.n); gj_str(&w, e.p, e.n); e.kind = E_STR; break;
        case 6: e.p = take_bytes(&p, end, &e.n); gj_str_raw(&w, e.p, e.n); e.kind = E_STR_RAW; break;
        case 7: e.u = take8(&p, end); gj_int(&w, (int64_t)e.u); e.kind = E_INT; break;
        case 8: e.u = take8(&p, end); gj_uint(&w, e.u); e.kind = E_UINT; break;
        case 9: e.u = take8(&p, end); gj_uint_str(&w, e.u); e.kind = E_UINT_STR; break;
        case 10: e.u = take8(&p, end); memcpy(&e.d, &e.u, 8); gj_double(&w, e.d); e.kind = E_DOUBLE; break;
        case 11: e.u = p < end ? (*p++ & 1u) : 0u; gj_bool(&w, (int)e.u); e.kind = E_BOOL; break;
        case 12: gj_null(&w); e.kind = E_NULL; break;
        default: { /* 14: raw JSON, only when it is valid and fits the remaining depth */
            gj_status st;
            e.p = take_bytes(&p, end, &e.n);
            if (gj_tokenize(e.p, e.n, ftoks, 256, &st) != GJ_OK) continue;
            if (value_depth(ftoks, (uint32_t)st.count) + depth > GJ_MAX_DEPTH) continue;
            e.ntok = (uint32_t)st.count;
            gj_raw(&w, e.p, e.n); e.kind = E_RAW;
            break;
        }
        }
        if (before) { REQUIRE(w.err == before && w.len == before_len); continue; } /* sticky */
        if (w.err) continue;
        /* the call succeeded: mirror the structure */
        if (e.kind == E_OBJ || e.kind == E_ARR) {
            REQUIRE(depth < GJ_MAX_DEPTH);
            depth++; in_obj[depth] = e.kind == E_OBJ; kbase[depth] = nkeys;
        } else if (e.kind == -1) {
            REQUIRE(depth > 0);
            nkeys = kbase[depth];
            depth--;
            continue;
        } else if (e.kind == E_KEY) {
            REQUIRE(in_obj[depth]);
            keys[nkeys].p = e.p; keys[nkeys].n = e.n; nkeys++;
        }
        REQUIRE(w.depth == depth);
        if (record) ents[nents++] = e;
    }
    return gj_writer_finish(&w, len);
}

static void verify(const char *out, size_t n)
{
    gj_tok *t = (gj_tok *)malloc((n + 1) * sizeof *t);
    gj_status st;
    size_t i, k = 0;
    if (!t) abort();
    REQUIRE(gj_tokenize(out, n, t, n + 1, &st) == GJ_OK);
    for (i = 0; i < nents; i++) {
        const entry *e = &ents[i];
        const gj_tok *tk;
        REQUIRE(k < st.count);
        tk = &t[k];
        switch (e->kind) {
        case E_KEY: case E_STR: case E_STR_RAW: {
            size_t m = 0, m2 = 0;
            char *s = (char *)malloc((size_t)tk->len + 1);
            if (!s) abort();
            REQUIRE(tk->type == GJ_STRING);
            REQUIRE(gj_get_str(out, tk, s, (size_t)tk->len + 1, &m) == GJ_OK);
            if (e->kind == E_STR_RAW) {
                char *r = (char *)malloc(e->n + 1);
                if (!r) abort();
                REQUIRE(tk->len == e->n && memcmp(out + tk->start, e->p, e->n) == 0);
                REQUIRE(gj_unescape(e->p, e->n, r, e->n + 1, &m2) == GJ_OK);
                REQUIRE(m2 == m && memcmp(r, s, m) == 0);
                free(r);
            } else {
                REQUIRE(m == e->n && memcmp(s, e->p, m) == 0);
            }
            free(s);
            k++;
            break;
        }
        case E_INT: { int64_t v; REQUIRE(tk->type == GJ_NUMBER && gj_get_i64(out, tk, &v) == GJ_OK && v == (int64_t)e->u); k++; break; }
        case E_UINT: { uint64_t v; REQUIRE(tk->type == GJ_NUMBER && gj_get_u64(out, tk, &v) == GJ_OK && v == e->u); k++; break; }
        case E_UINT_STR: { uint64_t v; REQUIRE(gj_get_u64_str(out, tk, &v) == GJ_OK && v == e->u); k++; break; }
        case E_DOUBLE: {
            double v;
            REQUIRE(tk->type == GJ_NUMBER && gj_get_f64(out, tk, &v) == GJ_OK);
            REQUIRE(v == e->d && signbit(v) == signbit(e->d));
            k++;
            break;
        }
        case E_BOOL: REQUIRE(tk->type == (e->u ? GJ_TRUE : GJ_FALSE)); k++; break;
        case E_NULL: REQUIRE(tk->type == GJ_NULL); k++; break;
        case E_OBJ: REQUIRE(tk->type == GJ_OBJECT); k++; break;
        case E_ARR: REQUIRE(tk->type == GJ_ARRAY); k++; break;
        case E_RAW: REQUIRE(tk->next == k + e->ntok); k += e->ntok; break;
        default: REQUIRE(0);
        }
    }
    REQUIRE(k == st.count);
    free(t);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t need = 0, n = 0, n2 = 0;
    gj_err e0 = run(data, size, NULL, 0, &need, 0), e1, e2;
    char *buf, *small;
    if (e0 != GJ_ERR_NOMEM) { REQUIRE(e0 != GJ_OK && need == 0); return 0; }
    REQUIRE(need >= 2);
    buf = (char *)malloc(need);
    small = (char *)malloc(need - 1);
    if (!buf || !small) abort();
    e1 = run(data, size, buf, need, &n, 1);
    REQUIRE(e1 == GJ_OK && n == need - 1 && buf[n] == 0);
    REQUIRE(strlen(buf) <= n); /* may hold escaped NULs only as \u0000: no raw NUL at all */
    REQUIRE(memchr(buf, 0, n) == NULL);
    verify(buf, n);
    e2 = run(data, size, small, need - 1, &n2, 0);
    REQUIRE(e2 == GJ_ERR_NOMEM && n2 == need && small[0] == 0);
    free(buf); free(small);
    return 0;
}
