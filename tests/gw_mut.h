/* gw_mut.h - protocol-independent helpers for the tests/test_<protocol>.c programs:
   - mut_*: derive mutated JSON from a valid vector (drop a key, replace a value, add an unknown
     key, duplicate a key) or a valid re-spelling of it (members reordered, escapes, whitespace)
     by re-serialising its tokens (mut_emit: the one re-serialiser of the tests), and walk every
     value with its error path (PROTOCOLS.md 0.3 path syntax) so a protocol test can table-drive
     thousands of error checks;
   - rng_*: a fixed-seed xorshift64 and string generators for randomised round trips.
   Include after t.h and gateway.h. Everything is static; a test uses what it needs, so the
   helpers it leaves unused are not warned about. */
#ifndef GW_TEST_MUT_H
#define GW_TEST_MUT_H
#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wunused-function"
#endif
#include <stdlib.h>
#include "round_trip.h"

/* What mut_emit changes while it re-serialises a document (mut_how.mode): */
enum {
    MUT_NONE,
    MUT_DROP, MUT_REPLACE, MUT_ADDKEY, MUT_DUPKEY, /* mutations at value token `at` (mut_run runs these four) */
    MUT_INSERT,                                    /* text put first among the members of object `at` */
    MUT_REVERSE, MUT_LAST_FIRST, MUT_FIRST_LAST,   /* valid re-spellings: the members of object `at` reordered, */
    MUT_ESCAPE,                                    /* string or key `at` with its first character \u-escaped, */
    MUT_REVERSE_ALL, MUT_SPACES                    /* every object reversed, whitespace between every token */
};

#define MUT_MAX_TOK 512
#define MUT_PATH 128
typedef struct mut_doc {
    const char *src;
    size_t len;
    gj_tok toks[MUT_MAX_TOK];
    uint32_t n;
    char path[MUT_MAX_TOK][MUT_PATH]; /* path of each value token ("" for the root) */
    const char *key[MUT_MAX_TOK];     /* member key of each value token (NULL: array element / root) */
    uint32_t keylen[MUT_MAX_TOK];
} mut_doc;

static uint32_t mut__walk(mut_doc *d, uint32_t i, const char *path)
{
    const gj_tok *t = &d->toks[i];
    uint32_t j, k;
    snprintf(d->path[i], MUT_PATH, "%s", path);
    if (t->type == GJ_OBJECT) {
        for (j = i + 1, k = 0; k < t->size; k++) {
            char p[MUT_PATH];
            const gj_tok *key = &d->toks[j];
            snprintf(p, sizeof p, "%s%s%.*s", path, *path ? "." : "", (int)key->len, d->src + key->start);
            d->key[j + 1] = d->src + key->start;
            d->keylen[j + 1] = key->len;
            j = mut__walk(d, j + 1, p);
        }
        return t->next;
    }
    if (t->type == GJ_ARRAY) {
        for (j = i + 1, k = 0; k < t->size; k++) {
            char p[MUT_PATH];
            snprintf(p, sizeof p, "%s[%u]", path, (unsigned)k);
            j = mut__walk(d, j, p);
        }
        return t->next;
    }
    return t->next;
}

static int mut_load(mut_doc *d, const char *src, size_t len)
{
    gj_status st;
    memset(d, 0, sizeof *d);
    d->src = src;
    d->len = len;
    if (gj_tokenize(src, len, d->toks, MUT_MAX_TOK, &st)) return 0;
    d->n = (uint32_t)st.count;
    mut__walk(d, 0, "");
    return 1;
}

typedef struct mut_buf { char *p; size_t n, cap; } mut_buf;
static void mut__put(mut_buf *b, const char *s, size_t n)
{
    if (b->n + n < b->cap) memcpy(b->p + b->n, s, n);
    b->n += n;
    if (b->n < b->cap) b->p[b->n] = 0;
}
static void mut__raw(mut_buf *b, const mut_doc *d, uint32_t i)
{
    const gj_tok *t = &d->toks[i];
    if (t->type == GJ_STRING) mut__put(b, d->src + t->start - 1, t->len + 2u);
    else mut__put(b, d->src + t->start, t->len);
}
/* The string (or key) token i with its first character written as \u00XX (a valid re-spelling),
   or as it is when that character must stay (escape, control, non-ASCII) or the string is empty. */
static void mut__escaped(mut_buf *b, const mut_doc *d, uint32_t i)
{
    const gj_tok *t = &d->toks[i];
    const char *s = d->src + t->start;
    char u[8];
    unsigned char c = t->len ? (unsigned char)s[0] : 0;
    if (!t->len || c == '\\' || c < 0x20 || c >= 0x7f) { mut__raw(b, d, i); return; }
    snprintf(u, sizeof u, "\\u%04X", c);
    mut__put(b, "\"", 1);
    mut__put(b, u, 6);
    mut__put(b, s + 1, t->len - 1u);
    mut__put(b, "\"", 1);
}

/* How to re-serialise: mode (MUT_*), at which value token (0: the root), the text of MUT_REPLACE
   and MUT_INSERT, and for MUT_ADDKEY / MUT_DUPKEY whether the new member goes first (else last). */
typedef struct mut_how { int mode; uint32_t at; const char *text; int first; } mut_how;

/* The one re-serialiser of the tests: compact (or spaced, MUT_SPACES) JSON of value token i with
   h's change applied. */
static void mut_emit(mut_buf *b, const mut_doc *d, uint32_t i, const mut_how *h)
{
    static const mut_how none = { MUT_NONE, 0, NULL, 0 };
    const gj_tok *t = &d->toks[i];
    const char *ws = h->mode == MUT_SPACES ? " \n\t " : "";
    size_t wl = strlen(ws);
    int here = i == h->at && h->mode != MUT_REVERSE_ALL && h->mode != MUT_SPACES;
    uint32_t j, k, n = 0;
    if (here && h->mode == MUT_REPLACE) { mut__put(b, h->text, strlen(h->text)); return; }
    if (t->type == GJ_OBJECT) {
        uint32_t keys[MUT_MAX_TOK], order[MUT_MAX_TOK], added = here && (h->mode == MUT_ADDKEY || (h->mode == MUT_DUPKEY && t->size));
        int sep = 0;
        for (j = i + 1, k = 0; k < t->size; k++, j = d->toks[j + 1].next) keys[n++] = j;
        for (k = 0; k < n; k++) order[k] = keys[k];
        if ((here && h->mode == MUT_REVERSE) || h->mode == MUT_REVERSE_ALL) for (k = 0; k < n; k++) order[k] = keys[n - 1 - k];
        else if (here && h->mode == MUT_LAST_FIRST && n) for (k = 0; k < n; k++) order[k] = keys[(k + n - 1) % n];
        else if (here && h->mode == MUT_FIRST_LAST && n) for (k = 0; k < n; k++) order[k] = keys[(k + 1) % n];
        mut__put(b, "{", 1);
        if (here && h->mode == MUT_INSERT) { mut__put(b, h->text, strlen(h->text)); sep = 1; }
        for (k = 0; k <= n; k++) {
            /* the added member, first or last */
            if (added && (h->first ? k == 0 : k == n)) {
                if (sep) mut__put(b, ",", 1);
                sep = 1;
                if (h->mode == MUT_ADDKEY) mut__put(b, "\"zz\":1", 6);
                else { mut__raw(b, d, i + 1); mut__put(b, ":", 1); mut_emit(b, d, i + 2, &none); }
            }
            if (k == n) break;
            if (h->mode == MUT_DROP && order[k] + 1 == h->at) continue;
            if (sep) { mut__put(b, ws, wl); mut__put(b, ",", 1); }
            sep = 1;
            mut__put(b, ws, wl);
            if (h->mode == MUT_ESCAPE && order[k] == h->at) mut__escaped(b, d, order[k]);
            else mut__raw(b, d, order[k]);
            mut__put(b, ws, wl);
            mut__put(b, ":", 1);
            mut__put(b, ws, wl);
            mut_emit(b, d, order[k] + 1, h);
        }
        mut__put(b, ws, wl);
        mut__put(b, "}", 1);
    } else if (t->type == GJ_ARRAY) {
        mut__put(b, "[", 1);
        for (j = i + 1, k = 0; k < t->size; k++, j = d->toks[j].next) {
            if (k) mut__put(b, ",", 1);
            mut__put(b, ws, wl);
            mut_emit(b, d, j, h);
        }
        mut__put(b, ws, wl);
        mut__put(b, "]", 1);
    } else if (here && h->mode == MUT_ESCAPE && t->type == GJ_STRING) {
        mut__escaped(b, d, i);
    } else {
        mut__raw(b, d, i);
    }
}
/* The document re-serialised by h into out; returns the length (>= cap: it did not fit). */
static size_t mut_apply_how(const mut_doc *d, const mut_how *h, char *out, size_t cap)
{
    mut_buf b;
    b.p = out; b.n = 0; b.cap = cap;
    if (cap) out[0] = 0;
    mut_emit(&b, d, 0, h);
    return b.n;
}
/* The document with mutation `mode` applied at value token `target`; returns the length. */
static size_t mut_apply(const mut_doc *d, uint32_t target, int mode, const char *repl, char *out, size_t cap)
{
    mut_how h;
    h.mode = mode; h.at = target; h.text = repl; h.first = 0;
    return mut_apply_how(d, &h, out, cap);
}
/* Token index of the value at `path`, or 0 (0 is the root, never a mutation target). */
static uint32_t mut_find(const mut_doc *d, const char *path)
{
    uint32_t i;
    for (i = 1; i < d->n; i++) if (strcmp(d->path[i], path) == 0) return i;
    return 0;
}
/* A value of another JSON type than token i's. */
static const char *mut_other_type(const mut_doc *d, uint32_t i)
{
    switch (d->toks[i].type) {
    case GJ_STRING: return "7";
    case GJ_NUMBER: return "\"7\"";
    case GJ_TRUE: case GJ_FALSE: return "\"x\"";
    case GJ_NULL: return "7";
    case GJ_OBJECT: return "7";
    default: return "{}";
    }
}
/* does path start with prefix, as a whole component? */
static int mut_under(const char *path, const char *prefix)
{
    size_t n = strlen(prefix);
    return strncmp(path, prefix, n) == 0 && (path[n] == 0 || path[n] == '.' || path[n] == '[');
}
static int mut_strictly_under(const char *path, const char *prefix)
{
    return mut_under(path, prefix) && path[strlen(prefix)] != 0;
}

/* ---- randomness: xorshift64, fixed seed, so every run tests the same messages ---- */
static uint64_t rng_state = 0x9E3779B97F4A7C15ull;
static uint64_t rng(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}
static uint32_t rng_below(uint32_t n) { return n ? (uint32_t)(rng() % n) : 0; }
static uint32_t rng_u32(void)
{
    switch (rng_below(4)) { case 0: return 0; case 1: return UINT32_MAX; default: return (uint32_t)rng(); }
}
static uint64_t rng_u64(void)
{
    switch (rng_below(4)) { case 0: return 0; case 1: return UINT64_MAX; default: return rng() >> rng_below(64); }
}
static bool rng_bool(void) { return (rng() & 1) != 0; }

/* Random text into the pool: ASCII, the characters JSON must escape (quote, backslash, every
   control character including NUL), DEL, U+2028, and 2-, 3- and 4-byte UTF-8 up to U+10FFFF. */
static char rng_pool[1 << 16];
static size_t rng_pool_used;
static gw_str rng_str(uint32_t maxlen)
{
    static const char *const pieces[] = { "a", "Z", "0", " ", "\"", "\\", "/", "\n", "\t", "\x01", "\x1f", "\x7f",
                                          "\xc3\xa9", "\xdf\xbf", "\xe2\x82\xac", "\xef\xbf\xbf", "\xe2\x80\xa8",
                                          "\xf0\x9f\x98\x80", "\xf4\x8f\xbf\xbf", "{", "}" };
    gw_str s;
    uint32_t n = rng_below(maxlen + 1), i;
    if (rng_pool_used + 4u * maxlen + 4 > sizeof rng_pool) rng_pool_used = 0;
    s.ptr = rng_pool + rng_pool_used;
    s.escaped = 0;
    s.len = 0;
    for (i = 0; i < n; i++) {
        if (rng_below(12) == 0) { rng_pool[rng_pool_used++] = 0; s.len++; continue; } /* NUL inside */
        {
            const char *p = pieces[rng_below((uint32_t)(sizeof pieces / sizeof pieces[0]))];
            size_t l = strlen(p);
            memcpy(rng_pool + rng_pool_used, p, l);
            rng_pool_used += l;
            s.len += (uint32_t)l;
        }
    }
    return s;
}
/* A complete JSON value for gw_raw fields (objects when `object`). */
static gw_raw rng_raw(int object)
{
    static const char *const objs[] = { "{}", "{\"a\":1}", "{\"k\":[true,null,\"\\u00e9\"],\"o\":{\"x\":-1.5e3}}" };
    static const char *const any[] = { "1", "\"x\"", "null", "[1,{\"a\":2}]", "false", "{\"k\":[]}" };
    gw_raw r;
    r.ptr = object ? objs[rng_below(3)] : any[rng_below(6)];
    r.len = (uint32_t)strlen(r.ptr);
    return r;
}
/* ---- the mutation run shared by the protocol tests ----
   For one vector: every value replaced by another JSON type, every member dropped, an unknown key
   added and a key duplicated in every object; `expect` says what each must decode to (code and
   error path, PROTOCOLS.md 0.3). Then the root object's unknown and duplicate key. One t_case per
   mutation; returns how many ran. */
typedef void (*mut_expect_fn)(const void *ctx, const mut_doc *d, uint32_t i, int mode, gw_err *code, char *path);
/* mut_run with the error path expected for the unknown key added to the root object given:
   "zz" there, except for a vector whose other wire form fails deeper (PROTOCOLS.md 0.4 "Errors":
   the form that got deeper into the JSON is reported). The root checks are a t_case of their own
   ("<file> root"), so a failure there is counted. */
static unsigned long mut_run_root(gw_proto p, const char *file, gw_from from, const char *src, size_t len,
                                  mut_expect_fn expect, const void *ctx, const char *root_unknown_path)
{
    static mut_doc d;
    static char mbuf[1 << 17];
    static unsigned char scratch[1 << 16];
    unsigned long cases = 0;
    uint32_t i;
    gw_any_msg m;
    gw_error e;
    size_t n;
    int kind;
    char rname[300];
    snprintf(rname, sizeof rname, "%.200s root", file);
    t_case_begin(rname);
    CHECK(mut_load(&d, src, len));
    t_case_end();
    for (i = 1; i < d.n; i++) {
        int mode;
        if (d.path[i][0] == 0) continue; /* key tokens */
        for (mode = MUT_DROP; mode <= MUT_DUPKEY; mode++) {
            gw_err want;
            char wpath[128], name[300];
            if (mode == MUT_DROP && !d.key[i]) continue;
            if ((mode == MUT_ADDKEY || mode == MUT_DUPKEY) && d.toks[i].type != GJ_OBJECT) continue;
            if (mode == MUT_DUPKEY && !d.toks[i].size) continue;
            n = mut_apply(&d, i, mode, mut_other_type(&d, i), mbuf, sizeof mbuf);
            expect(ctx, &d, i, mode, &want, wpath);
            snprintf(name, sizeof name, "%.40s mode %d at %.60s: %.80s", file, mode, d.path[i], mbuf);
            t_case_begin(name);
            CHECK_EQ(gw_decode(p, mbuf, n, from, &m, scratch, sizeof scratch, &e), want);
            if (want != GW_OK && want != GW_ERR_DUPLICATE_KEY) CHECK_STR(e.path, wpath);
            memcpy(&kind, &m, sizeof kind);
            if (want != GW_OK) CHECK_EQ(kind, 0); /* nothing half-decoded */
            t_case_end();
            cases++;
        }
    }
    t_case_begin(rname);
    n = mut_apply(&d, 0, MUT_ADDKEY, NULL, mbuf, sizeof mbuf);
    CHECK_EQ(gw_decode(p, mbuf, n, from, &m, scratch, sizeof scratch, &e), GW_ERR_UNKNOWN_FIELD);
    CHECK_STR(e.path, root_unknown_path);
    n = mut_apply(&d, 0, MUT_DUPKEY, NULL, mbuf, sizeof mbuf);
    CHECK_EQ(gw_decode(p, mbuf, n, from, &m, scratch, sizeof scratch, &e), GW_ERR_DUPLICATE_KEY);
    t_case_end();
    return cases;
}
static unsigned long mut_run(gw_proto p, const char *file, gw_from from, const char *src, size_t len,
                             mut_expect_fn expect, const void *ctx)
{
    return mut_run_root(p, file, from, src, len, expect, ctx, "zz");
}
/* One hand-picked edit: the value at `path` of a vector replaced by the JSON text `value` must
   decode to `code` with error path `epath` (the "edits" tables of the protocol tests). */
typedef struct mut_edit { const char *file; const char *path; const char *value; gw_err code; const char *epath; } mut_edit;
static void mut_run_edit(gw_proto p, gw_from from, const char *src, size_t len, const mut_edit *x)
{
    static mut_doc d;
    static char mbuf[1 << 17];
    static unsigned char scratch[1 << 16];
    gw_any_msg m;
    gw_error e;
    uint32_t at;
    size_t n;
    t_case_begin(x->path);
    CHECK(mut_load(&d, src, len));
    at = mut_find(&d, x->path);
    CHECK(at != 0);
    n = mut_apply(&d, at, MUT_REPLACE, x->value, mbuf, sizeof mbuf);
    CHECK_EQ(gw_decode(p, mbuf, n, from, &m, scratch, sizeof scratch, &e), x->code);
    CHECK_STR(e.path, x->epath);
    t_case_end();
}
/* Encode m (a gw_<p>_msg of protocol p, sent by `from`) in `wire`: want exactly `json` (or, with
   json NULL, just success), then decode it back equal. */
static void mut_expect_wire(const char *file, int line, gw_proto p, const void *m, gw_from from, gw_wire wire,
                            const char *json)
{
    static unsigned char scratch2[1 << 16];
    gw_any_msg d;
    gw_error e;
    char out[4096];
    size_t n = 0;
    gw_err r = gw_encode_wire(p, m, wire, out, sizeof out, &n, &e);
    if (r != GW_OK) { t_failf(file, line, "encode %s: %s at '%s'", wire ? "ORIGINAL" : "SEED", gw_strerror(r), e.path); return; }
    if (json && strcmp(out, json)) t_failf(file, line, "encode %s:\n  got  %s\n  want %s", wire ? "ORIGINAL" : "SEED", out, json);
    if (strlen(out) != n) t_failf(file, line, "encode %s: length %zu, reported %zu", wire ? "ORIGINAL" : "SEED", strlen(out), n);
    r = gw_decode(p, out, n, from, &d, scratch2, sizeof scratch2, &e);
    if (r != GW_OK) t_failf(file, line, "decode back: %s at '%s': %s", gw_strerror(r), e.path, out);
    else if (!gw_equal(p, m, &d)) t_failf(file, line, "decoded back not equal: %s", out);
}


/* Encode m in `wire`: want GW_ERR_INVALID at path and out "" (PROTOCOLS.md 0.4: nothing dropped). */
static void mut_expect_invalid(const char *file, int line, gw_proto p, const void *m, gw_wire wire, const char *path)
{
    gw_error e;
    char out[4096];
    size_t n = 7;
    gw_err r;
    strcpy(out, "junk");
    r = gw_encode_wire(p, m, wire, out, sizeof out, &n, &e);
    if (r != GW_ERR_INVALID || strcmp(e.path, path) || out[0] || n)
        t_failf(file, line, "encode %s: got %s at '%s' (out '%s'), want invalid at '%s'", wire ? "ORIGINAL" : "SEED",
                gw_strerror(r), e.path, out, path);
}

#endif
