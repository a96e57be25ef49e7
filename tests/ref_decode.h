/* ref_decode.h - the REFERENCE decoder: a frozen copy of gateway.h's token-based decode path
   (gj_tokenize into scratch, then a table walk), used ONLY by the tests (tests/test_diff.c) and
   the differential fuzzer (fuzz/fuzz_diff.c), never by the library. Whatever replaces
   gw_decode must agree with it on every input: result code, err.code, err.json, err.offset,
   err.path, the decoded message (gw_equal) and an all-zero message on failure (issue 11, item 5).

   Frozen at commit 6695f73 (changed since only by PROTOCOLS.md decisions, in gwref_begin: D-01a,
   syntax errors before duplicate keys; D-07, a JSON error's path (gateway.h's gw__path_at); and
   no NULL + 0 there, which clang's UBSan reports) (gateway.h: gw__begin, gw__dispatch, gw__lookup, gw__op_match,
   gw__key_is, gw__decode, gw__decode_obj, gw__decode_value, gw__decode_int, gw__same,
   gw__path_push, gw__path_format, gw__fail, gw__alloc, gw__max_elem(_proto), gw__better_error and
   the gw__ctx struct), copied verbatim with the prefix gwref_. Do not "fix" or speed it up: it is
   the specification by example. Change it only where the protocol itself changes (a decision in
   PROTOCOLS.md), in the same commit as the tables.

   It depends on gateway.h only for what a rewrite of the decoder keeps: the message tables and
   their types (gw__proto, gw__variant, gw__schema, gw__field, gw__<p>_proto of every protocol),
   the GW__* kind/flag/format enums and table macros, the pure string-format check gw__format_ok,
   and gateway_json.h's public API (gj_tokenize, gj_find, gj_str_eq, gj_parse_i64/u64,
   gj_get_u64_str). So include it right after the implementation, in a translation unit that
   owns the tables:
       #define GATEWAY_STATIC            (optional: a private copy, to link beside tests/impl.c)
       #define GATEWAY_IMPLEMENTATION
       #include "../gateway.h"
       #include "ref_decode.h"
   Entry points:
       gwref_decode(const gw__proto *P, buf, len, from, msg, scratch, scratch_size, err)
       gwref_decode_proto(gw_proto p, buf, len, from, msg, scratch, scratch_size, err)  (= gw_decode)
   Scratch: today's sizing (tokens + arrays); a rewrite may need less, so compare err.needed only
   as "a size that suffices".
   Part 2, at the end and not frozen: gwref_diff, the comparison test_diff.c and fuzz_diff.c share,
   and gwref_encode_diff, which holds gw_encode's fast path to its writer path. */
#ifndef GW_TEST_REF_DECODE_H
#define GW_TEST_REF_DECODE_H
#if !defined(GATEWAY_IMPLEMENTATION_DONE)
#error "ref_decode.h: include it after #define GATEWAY_IMPLEMENTATION and #include \"gateway.h\""
#endif
#include <string.h>
#include <stdio.h>

#if defined(__GNUC__) || defined(__clang__)
#define GWREF_UNUSED __attribute__((unused))
#else
#define GWREF_UNUSED
#endif
/* the largest array element struct of any table (gateway.h's GW__ELEM_MAX at the freeze) */
#if defined(GW__ELEM_MAX) && GW__ELEM_MAX > 512
#define GWREF_ELEM_MAX GW__ELEM_MAX
#else
#define GWREF_ELEM_MAX 512
#endif

/* ==== frozen copy of gateway.h at 6695f73, gw__ renamed gwref_: GW__PATH_MAX and the gw__ctx struct;
   gw__path_push, gw__path_format, gw__fail and gw__alloc; then the token decoder, from the
   declaration of gw__decode_obj through gw__decode (gw__same, gw__decode_int, gw__decode_value,
   gw__decode_obj, gw__lookup, gw__key_is, gw__op_match, gw__dispatch, gw__max_elem(_proto),
   gw__begin, gw__better_error), which ended where the "peek" section began ====
   (left out: gw__messages .. gw_str_eq and the string-format validators, which the tables keep) */
#define GWREF_PATH_MAX 12
typedef struct gwref_ctx {
    const char *src;
    const gj_tok *toks;
    unsigned char *mem;   /* arrays go here */
    size_t cap, used;
    int measuring;        /* scratch ran out: keep going only to learn the size */
    gw_error *err;
    size_t progress;      /* how far the failed decode read: the error's offset, or a missing key's object end */
    const char *pname[GWREF_PATH_MAX];
    uint32_t plen[GWREF_PATH_MAX], pidx[GWREF_PATH_MAX];
    int depth;
    unsigned char dummy[GWREF_ELEM_MAX];
} gwref_ctx;

static void gwref_path_push(gwref_ctx *c, const char *name, uint32_t len, uint32_t idx)
{
    if (c->depth < GWREF_PATH_MAX) {
        c->pname[c->depth] = name;
        c->plen[c->depth] = len;
        c->pidx[c->depth] = idx;
    }
    c->depth++;
}

/* Render the path stack ("d.roles[3].id") into out. */
static void gwref_path_format(const char *const *pname, const uint32_t *plen, const uint32_t *pidx, int depth, char *out, size_t cap)
{
    size_t n = 0;
    int i;
    out[0] = 0;
    for (i = 0; i < depth && i < GWREF_PATH_MAX; i++) {
        char tmp[24];
        const char *s;
        size_t l;
        if (pname[i]) {
            if (n) { if (n + 1 < cap) out[n] = '.'; n++; }
            s = pname[i]; l = plen[i];
        } else {
            l = (size_t)snprintf(tmp, sizeof tmp, "[%u]", (unsigned)pidx[i]);
            s = tmp;
        }
        if (n + l < cap) memcpy(out + n, s, l);
        else if (n < cap) { memcpy(out + n, s, cap - 1 - n); n = cap - 1; out[n] = 0; return; }
        n += l;
        if (n < cap) out[n] = 0;
    }
    if (depth > GWREF_PATH_MAX && n + 4 < cap) memcpy(out + n, ".…", 5);
}

static gw_err gwref_fail(gwref_ctx *c, gw_err code, uint32_t tok)
{
    const gj_tok *k = &c->toks[tok];
    c->err->code = code;
    c->err->offset = k->type == GJ_STRING ? (size_t)k->start - 1 : k->start;
    c->progress = code == GW_ERR_MISSING ? (size_t)k->start + k->len : c->err->offset; /* absence is known at the end */
    gwref_path_format(c->pname, c->plen, c->pidx, c->depth, c->err->path, sizeof c->err->path);
    return code;
}

static void *gwref_alloc(gwref_ctx *c, size_t bytes)
{
    size_t at = (c->used + 7) & ~(size_t)7;
    c->used = at + bytes;
    if (!c->measuring && c->used <= c->cap) { /* zeroed: absent optional fields leave has_ false */
        memset(c->mem + at, 0, bytes);
        return c->mem + at;
    }
    c->measuring = 1;
    return c->dummy;
}

static gw_err gwref_decode_obj(gwref_ctx *c, const gw__schema *s, uint32_t t, unsigned char *base);

/* memcmp for the short keys of the tables: two overlapping loads cover 4 to 16 bytes */
static int gwref_same(const char *a, const char *b, size_t n)
{
    if (n >= 4 && n <= 8) {
        uint32_t w[4];
        memcpy(&w[0], a, 4); memcpy(&w[1], b, 4); memcpy(&w[2], a + n - 4, 4); memcpy(&w[3], b + n - 4, 4);
        return w[0] == w[1] && w[2] == w[3];
    }
    if (n > 8 && n <= 16) {
        uint64_t w[4];
        memcpy(&w[0], a, 8); memcpy(&w[1], b, 8); memcpy(&w[2], a + n - 8, 8); memcpy(&w[3], b + n - 8, 8);
        return w[0] == w[1] && w[2] == w[3];
    }
    if (n > 16) return memcmp(a, b, n) == 0;
    while (n--) if (a[n] != b[n]) return 0;
    return 1;
}

static gw_err gwref_decode_int(gwref_ctx *c, const gw__field *f, uint32_t t, unsigned char *dst)
{
    const gj_tok *k = &c->toks[t];
    const char *p = c->src + k->start;
    if (k->type != GJ_NUMBER) return gwref_fail(c, GW_ERR_TYPE, t);
    if (f->kind == GW__U64 || f->kind == GW__ID || f->kind == GW__SNOWFLAKE) {
        uint64_t v;
        if (gj_parse_u64(p, k->len, &v) || (k->len > 1 && p[0] == '-')) return gwref_fail(c, GW_ERR_RANGE, t);
        if (f->cval > 0 && v > (uint64_t)f->cval) return gwref_fail(c, GW_ERR_RANGE, t);
        memcpy(dst, &v, sizeof v);
    } else {
        int64_t v, lo, hi;
        if (gj_parse_i64(p, k->len, &v)) return gwref_fail(c, GW_ERR_RANGE, t);
        switch (f->kind) {
        case GW__U16: lo = 0; hi = UINT16_MAX; break;
        case GW__U32: lo = 0; hi = UINT32_MAX; break;
        case GW__I32: lo = INT32_MIN; hi = INT32_MAX; break;
        default: lo = INT64_MIN; hi = INT64_MAX; break;
        }
        if (f->cval > 0 && f->cval < hi) hi = f->cval;
        if (v < lo || v > hi || (lo == 0 && p[0] == '-')) return gwref_fail(c, GW_ERR_RANGE, t);
        switch (f->kind) {
        case GW__U16: { uint16_t x = (uint16_t)v; memcpy(dst, &x, sizeof x); break; }
        case GW__U32: { uint32_t x = (uint32_t)v; memcpy(dst, &x, sizeof x); break; }
        case GW__I32: { int32_t x = (int32_t)v; memcpy(dst, &x, sizeof x); break; }
        default: memcpy(dst, &v, sizeof v); break;
        }
    }
    return GW_OK;
}

static gw_err gwref_decode_value(gwref_ctx *c, const gw__field *f, uint32_t t, unsigned char *base)
{
    const gj_tok *k = &c->toks[t];
    unsigned char *dst = base + f->off;
    if (k->type == GJ_NULL && (f->flags & GW__NULLABLE)) return GW_OK; /* has_ stays false */
    if (f->has != GW__NOHAS) base[f->has] = 1; /* bool is one byte on every ABI we target */
    switch (f->kind) {
    case GW__STR: {
        gw_str s;
        if (k->type != GJ_STRING) return gwref_fail(c, GW_ERR_TYPE, t);
        s.ptr = c->src + k->start; s.len = k->len; s.escaped = k->flags & GJ_ESCAPED;
        if (f->cval != GW__FMT_ANY && !gw__format_ok(f->cval, &s)) return gwref_fail(c, GW_ERR_VALUE, t);
        memcpy(dst, &s, sizeof s);
        return GW_OK;
    }
    case GW__SNOWFLAKE: case GW__ID: {
        uint64_t v;
        gj_err e;
        int as_int = f->kind == GW__ID ? k->type == GJ_NUMBER : (f->flags & GW__ALT) && k->type == GJ_NUMBER;
        if (as_int) return gwref_decode_int(c, f, t, dst);
        if (k->type != GJ_STRING || (f->kind == GW__ID && !(f->flags & GW__ALT))) return gwref_fail(c, GW_ERR_TYPE, t);
        e = gj_get_u64_str(c->src, k, &v);
        if (e) return gwref_fail(c, e == GJ_ERR_RANGE ? GW_ERR_RANGE : GW_ERR_VALUE, t);
        memcpy(dst, &v, sizeof v);
        return GW_OK;
    }
    case GW__U16: case GW__U32: case GW__U64: case GW__I32: case GW__I64:
        return gwref_decode_int(c, f, t, dst);
    case GW__BOOL: {
        bool v = k->type == GJ_TRUE;
        if (k->type != GJ_TRUE && k->type != GJ_FALSE) return gwref_fail(c, GW_ERR_TYPE, t);
        memcpy(dst, &v, sizeof v);
        return GW_OK;
    }
    case GW__OBJ:
        return gwref_decode_obj(c, (const gw__schema *)f->sub, t, dst);
    case GW__ARR: {
        const gw__field *el = (const gw__field *)f->sub;
        unsigned char *items;
        uint32_t i, e, w;
        size_t stride;
        gw_u32_list list; /* every list type shares this layout */
        for (w = 0; w < f->wrap; w++) { /* singleton wrapper levels: [[[ list ]]], or [] for none */
            if (k->type != GJ_ARRAY) return gwref_fail(c, GW_ERR_TYPE, t);
            if (k->size == 0 && w == 0) { memset(dst, 0, sizeof list); return GW_OK; }
            if (k->size != 1) return gwref_fail(c, GW_ERR_VALUE, t);
            gwref_path_push(c, NULL, 0, 0);
            k = &c->toks[++t];
        }
        if (k->type != GJ_ARRAY) return gwref_fail(c, GW_ERR_TYPE, t);
        if (f->wrap && k->size == 0) { /* "none" is only [], or every wrapper around [] (D-17a) */
            if (!(f->flags & GW__WRAPPED_EMPTY)) return gwref_fail(c, GW_ERR_VALUE, t);
            memset(dst, 0, sizeof list);
            c->depth -= (int)f->wrap;
            return GW_OK;
        }
        GJ_ASSERT(el->size <= GWREF_ELEM_MAX);
        items = (unsigned char *)gwref_alloc(c, (size_t)k->size * el->size);
        stride = c->measuring ? 0 : el->size;
        list.items = (const uint32_t *)(void *)items;
        list.count = k->size;
        memcpy(dst, &list, sizeof list);
        for (i = 0, e = t + 1; i < k->size; i++, e = c->toks[e].next) {
            gw_err r;
            gwref_path_push(c, NULL, 0, i);
            r = gwref_decode_value(c, el, e, items + i * stride);
            if (r) return r;
            c->depth--;
        }
        c->depth -= (int)f->wrap;
        return GW_OK;
    }
    case GW__RAW: {
        gw_raw r;
        int str = k->type == GJ_STRING;
        r.ptr = c->src + k->start - str;
        r.len = k->len + 2u * (uint32_t)str;
        memcpy(dst, &r, sizeof r);
        return GW_OK;
    }
    case GW__CONST_INT: {
        int64_t v;
        if (k->type != GJ_NUMBER) return gwref_fail(c, GW_ERR_TYPE, t);
        if (gj_parse_i64(c->src + k->start, k->len, &v) || v != f->cval) return gwref_fail(c, GW_ERR_VALUE, t);
        return GW_OK;
    }
    case GW__CONST_STR: {
        const char *want = (const char *)f->sub;
        if (k->type != GJ_STRING) return gwref_fail(c, GW_ERR_TYPE, t);
        if (!gj_str_eq(c->src, k, want, strlen(want))) return gwref_fail(c, GW_ERR_VALUE, t);
        return GW_OK;
    }
    case GW__NULL:
        return k->type == GJ_NULL ? GW_OK : gwref_fail(c, GW_ERR_TYPE, t);
    case GW__ENUM: {
        const char *const *names = (const char *const *)f->sub;
        int i;
        if (k->type != GJ_STRING) return gwref_fail(c, GW_ERR_TYPE, t);
        for (i = 0; i < (int)f->cval; i++)
            if (gj_str_eq(c->src, k, names[i], strlen(names[i]))) { memcpy(dst, &i, sizeof i); return GW_OK; }
        return gwref_fail(c, GW_ERR_VALUE, t);
    }
    default:
        GJ_ASSERT(0);
        return gwref_fail(c, GW_ERR_ARG, t);
    }
}

static gw_err gwref_decode_obj(gwref_ctx *c, const gw__schema *s, uint32_t t, unsigned char *base)
{
    const gj_tok *o = &c->toks[t];
    uint64_t seen = 0;
    uint32_t i, j;
    GJ_ASSERT(s->n <= 64);
    if (s->tuple) {
        if (o->type != GJ_ARRAY) return gwref_fail(c, GW_ERR_TYPE, t);
        if (o->size != s->n) return gwref_fail(c, GW_ERR_VALUE, t);
        for (j = 0, i = t + 1; j < s->n; j++, i = c->toks[i].next) {
            gw_err r;
            gwref_path_push(c, NULL, 0, j);
            r = gwref_decode_value(c, &s->f[j], i, base);
            if (r) return r;
            c->depth--;
        }
        return GW_OK;
    }
    if (o->type != GJ_OBJECT) return gwref_fail(c, GW_ERR_TYPE, t);
    for (i = t + 1, j = 0; i < o->next; i = c->toks[i + 1].next) {
        const gj_tok *k = &c->toks[i];
        const char *key = c->src + k->start;
        gw_err r;
        uint32_t tries;
        /* keys usually come in table order (the encoders write it): start after the last match */
        for (tries = 0; tries < s->n; tries++, j = j + 1 == s->n ? 0 : j + 1) {
            const gw__field *f = &s->f[j];
            if (k->flags ? gj_str_eq(c->src, k, f->name, f->name_len)
                         : (k->len == f->name_len && gwref_same(key, f->name, f->name_len))) break;
        }
        if (tries == s->n) j = s->n;
        if (j == s->n) {
            gwref_path_push(c, key, k->len, 0);
            return gwref_fail(c, GW_ERR_UNKNOWN_FIELD, i);
        }
        seen |= (uint64_t)1 << j;
        gwref_path_push(c, s->f[j].name, s->f[j].name_len, 0);
        r = gwref_decode_value(c, &s->f[j], i + 1, base);
        if (r) return r;
        c->depth--;
        j = j + 1 == s->n ? 0 : j + 1;
    }
    for (j = 0; j < s->n; j++) {
        if (!(seen >> j & 1) && !(s->f[j].flags & GW__OPT)) {
            gwref_path_push(c, s->f[j].name, s->f[j].name_len, 0);
            return gwref_fail(c, GW_ERR_MISSING, t);
        }
    }
    if (s->check && !c->measuring) { /* while measuring, arrays point at a dummy element */
        const char *bad = s->check(base);
        if (bad) {
            uint32_t v = gj_find(c->src, c->toks, t, bad, strlen(bad));
            gwref_path_push(c, bad, (uint32_t)strlen(bad), 0);
            return gwref_fail(c, GW_ERR_VALUE, v ? v : t);
        }
    }
    return GW_OK;
}

/* The value token at root[key1][key2][key3] (key2, key3 may be NULL), or 0. */
static uint32_t gwref_lookup(const char *src, const gj_tok *toks, const char *key1, const char *key2, const char *key3)
{
    uint32_t v = gj_find(src, toks, 0, key1, strlen(key1));
    if (v && key2) v = gj_find(src, toks, v, key2, strlen(key2));
    if (v && key3) v = gj_find(src, toks, v, key3, strlen(key3));
    return v;
}

static int gwref_key_is(const char *a, const char *b) { return a == b || (a && b && strcmp(a, b) == 0); }

static int gwref_op_match(const gwref_ctx *c, const gw__proto *P, const gw__variant *v, uint32_t op, int64_t opv)
{
    if (P->op_is_string) return gj_str_eq(c->src, &c->toks[op], v->op_name, strlen(v->op_name));
    return v->op == opv || v->op == GW__ANY_OP;
}

/* Pick the variant for this frame, searching from index *at: by op, then name, then direction.
   Returns GW_OK with *at set, or the error (reported only when report is set). */
static gw_err gwref_dispatch(gwref_ctx *c, const gw__proto *P, gw_from from, uint32_t *at, int report)
{
    uint32_t op = gj_find(c->src, c->toks, 0, P->op_key, strlen(P->op_key)), i;
    const gj_tok *k = &c->toks[op];
    int64_t opv = 0;
    int op_known = 0, wrong_side = 0, named_hit = 0, own_name = 0;
    uint32_t name_tok = 0, cached = 0, name_v = 0;
    const gw__variant *cv = NULL; /* variants mostly share the name's place: look it up once */
    gwref_path_push(c, P->op_key, (uint32_t)strlen(P->op_key), 0);
    if (!op) return gwref_fail(c, GW_ERR_MISSING, 0);
    if (P->op_is_string ? k->type != GJ_STRING : k->type != GJ_NUMBER) return gwref_fail(c, GW_ERR_TYPE, op);
    if (!P->op_is_string && gj_parse_i64(c->src + k->start, k->len, &opv)) return gwref_fail(c, GW_ERR_UNKNOWN_OP, op);
    for (i = *at; i < P->nv; i++) {
        const gw__variant *v = &P->v[i];
        if (!gwref_op_match(c, P, v, op, opv)) continue;
        /* the other side's catch-all op does not make every op known to this side */
        if (v->op != GW__ANY_OP || (v->from & from)) op_known = 1;
        if (v->name) {
            uint32_t n;
            if (cv && gwref_key_is(cv->key1, v->key1) && gwref_key_is(cv->key2, v->key2) && gwref_key_is(cv->key3, v->key3)) {
                n = cached;
            } else {
                n = cached = gwref_lookup(c->src, c->toks, v->key1, v->key2, v->key3);
                cv = v;
            }
            if (!n) continue;
            if (!name_tok) name_tok = n, name_v = i;
            if (!gj_str_eq(c->src, &c->toks[n], v->name, strlen(v->name))) { if (v->from & from) own_name = 1; continue; }
            if (!(v->from & from)) named_hit = 1;
        } else if (named_hit) {
            continue; /* a name (listed before) already identified the other side's message */
        }
        if (!(v->from & from)) { wrong_side = 1; continue; }
        c->depth--;
        *at = i;
        return GW_OK;
    }
    if (!report) return GW_ERR_UNKNOWN_OP;
    /* a wrong name for this side is reported as such, not as the other side's unnamed message */
    if (wrong_side && (named_hit || !own_name)) return gwref_fail(c, GW_ERR_DIRECTION, op);
    if (!op_known) return gwref_fail(c, GW_ERR_UNKNOWN_OP, op);
    c->depth--;
    /* report where the name should have been: where one was found, else the place whose containing
       objects are most present (data.event.type over data.type when data.event exists) */
    if (!name_tok) {
        uint32_t best = 0;
        for (i = 0; i < P->nv; i++) {
            const gw__variant *v = &P->v[i];
            uint32_t o = 0, have = 0;
            const char *keys[3];
            if (!v->name || !gwref_op_match(c, P, v, op, opv)) continue;
            keys[0] = v->key1; keys[1] = v->key2; keys[2] = v->key3;
            while (have < 2 && keys[have + 1] && (o = gj_find(c->src, c->toks, o, keys[have], strlen(keys[have]))) != 0 &&
                   c->toks[o].type == GJ_OBJECT)
                have++;
            if (have + 1 > best) best = have + 1, name_v = i;
        }
    }
    for (i = name_v; i < P->nv; i++) {
        const gw__variant *v = &P->v[i];
        const char *keys[3];
        uint32_t o = 0, d;
        if (!v->name || !gwref_op_match(c, P, v, op, opv)) continue;
        keys[0] = v->key1; keys[1] = v->key2; keys[2] = v->key3;
        for (d = 0; d < 3 && keys[d]; d++) {
            gwref_path_push(c, keys[d], (uint32_t)strlen(keys[d]), 0);
            if (d + 1 < 3 && keys[d + 1]) { /* the object holding the rest: absent or not an object is its own error */
                o = gj_find(c->src, c->toks, o, keys[d], strlen(keys[d]));
                if (!o) return gwref_fail(c, GW_ERR_MISSING, 0);
                if (c->toks[o].type != GJ_OBJECT) return gwref_fail(c, GW_ERR_TYPE, o);
            }
        }
        if (!name_tok) return gwref_fail(c, GW_ERR_MISSING, 0);
        return gwref_fail(c, c->toks[name_tok].type == GJ_STRING ? GW_ERR_UNKNOWN_EVENT : GW_ERR_TYPE, name_tok);
    }
    return gwref_fail(c, GW_ERR_UNKNOWN_OP, op);
}

/* The steps decode and peek share: size cap, tokens into scratch, top-level object, dispatch.
   On success c is ready, *at names the variant and *used is the scratch the tokens take. */
/* The largest array element any message of the protocol can hold: bounds the scratch a decode
   needs before the tokens say how many elements there are. */
static size_t gwref_max_elem(const gw__schema *s)
{
    size_t m = 0, x;
    uint32_t j;
    for (j = 0; s && j < s->n; j++) {
        const gw__field *f = &s->f[j];
        if (f->kind == GW__OBJ) x = gwref_max_elem((const gw__schema *)f->sub);
        else if (f->kind == GW__ARR) {
            const gw__field *el = (const gw__field *)f->sub;
            x = el->size;
            if (el->kind == GW__OBJ) { size_t y = gwref_max_elem((const gw__schema *)el->sub); if (y > x) x = y; }
        } else x = 0;
        if (x > m) m = x;
    }
    return m;
}

static size_t gwref_max_elem_proto(const gw__proto *P)
{
    size_t m = 0, x;
    uint32_t i;
    for (i = 0; i < P->nv; i++) if ((x = gwref_max_elem(P->v[i].schema)) > m) m = x;
    return m;
}

static gw_err gwref_begin(gwref_ctx *c, const gw__proto *P, const char *buf, size_t len, gw_from from,
                        void *scratch, size_t scratch_size, gw_error *err, uint32_t *at, size_t *used)
{
    gj_status st;
    gj_err je;
    unsigned char *mem = (unsigned char *)scratch;
    size_t pad = (size_t)((8 - ((uintptr_t)mem & 7)) & 7);
    if (P->cap[from] && len > P->cap[from]) { err->offset = P->cap[from]; return err->code = GW_ERR_TOO_LARGE; }
    if (scratch_size < pad) pad = scratch_size;
    je = gj_tokenize(buf ? buf : "", len, mem ? (gj_tok *)(void *)(mem + pad) : NULL, (scratch_size - pad) / sizeof(gj_tok), &st);
    if (je == GJ_ERR_NOMEM) {
        /* every array element takes at least one token, and each array at most 7 bytes of padding */
        err->needed = 8 + st.count * (sizeof(gj_tok) + 7 + gwref_max_elem_proto(P));
        return err->code = GW_ERR_SCRATCH;
    }
    if (je == GJ_ERR_DUPLICATE_KEY) { /* D-01a: a syntax error anywhere comes first */
        gj_status sv;
        if (gj_validate(buf ? buf : "", len, &sv) != GJ_OK) st = sv, je = sv.err;
    }
    if (je) {
        err->json = je;
        err->offset = st.offset;
        if (buf) gw__path_at(buf, len, st.offset, err->path, sizeof err->path); /* D-07 */
        return err->code = je == GJ_ERR_DUPLICATE_KEY ? GW_ERR_DUPLICATE_KEY : GW_ERR_JSON;
    }
    memset(c, 0, offsetof(gwref_ctx, dummy));
    c->src = buf;
    c->toks = (const gj_tok *)(void *)(mem + pad);
    /* arrays follow the tokens, 8-byte aligned */
    *used = pad + ((st.count * sizeof(gj_tok) + 7) & ~(size_t)7);
    c->mem = mem + *used;
    c->cap = scratch_size > *used ? scratch_size - *used : 0;
    c->err = err;
    if (c->toks[0].type != GJ_OBJECT) return gwref_fail(c, GW_ERR_TYPE, 0);
    return gwref_dispatch(c, P, from, at, 1);
}

/* Of two failed forms of one kind, does the error (e, having read up to byte pe) show better
   which form the sender meant than (f, up to pf)? The form that read further into the message
   before failing (a missing key is known only at its object's end); at the same place a real
   error beats an unknown key, which is evidence of the other form. */
static int gwref_better_error(const gw_error *e, size_t pe, const gw_error *f, size_t pf)
{
    if (pe != pf) return pe > pf;
    return e->code != GW_ERR_UNKNOWN_FIELD && f->code == GW_ERR_UNKNOWN_FIELD;
}

static GWREF_UNUSED gw_err gwref_decode(const gw__proto *P, const char *buf, size_t len, gw_from from, void *msg,
                                        void *scratch, size_t scratch_size, gw_error *err)
{
    gw_error local, first;
    gwref_ctx c;
    size_t used = 0;
    uint32_t at = 0;
    size_t first_progress = 0;
    gw_err r;
    memset(&first, 0, sizeof first);
    if (!err) err = &local;
    memset(err, 0, sizeof *err);
    if (!msg || (!buf && len) || (!scratch && scratch_size) || (from != GW_FROM_CLIENT && from != GW_FROM_SERVER)) {
        if (msg) memset(msg, 0, P->msg_size);
        return err->code = GW_ERR_ARG;
    }
    memset(msg, 0, P->msg_size);
    if ((r = gwref_begin(&c, P, buf, len, from, scratch, scratch_size, err, &at, &used)) != GW_OK) return r;
    /* A kind may have several accepted forms (the seed's and the original's, decode-only aliases):
       try each. When all fail, report the error of the form the sender most likely meant
       (gwref_better_error; the first on a tie), e.g. Nightingale's {"track": Track} wrapper (D-41). */
    for (;;) {
        memcpy(msg, &P->v[at].kind, sizeof P->v[at].kind);
        r = gwref_decode_obj(&c, P->v[at].schema, 0, (unsigned char *)msg);
        if (!r) break;
        if (!first.code || gwref_better_error(err, c.progress, &first, first_progress)) first = *err, first_progress = c.progress;
        if (at + 1 < P->nv && P->v[at + 1].kind == P->v[at].kind) {
            uint32_t next = at + 1;
            if (gwref_dispatch(&c, P, from, &next, 0) == GW_OK && P->v[next].kind == P->v[at].kind) {
                memset(msg, 0, P->msg_size);
                c.depth = 0; c.used = 0; c.measuring = 0;
                at = next;
                continue;
            }
        }
        break;
    }
    if (r) *err = first, r = first.code;
    if (!r) memset(err, 0, sizeof *err);
    if (!r && c.measuring) {
        r = err->code = GW_ERR_SCRATCH;
        err->needed = used + c.used + 7; /* + 7: the same need from a differently aligned buffer */
    }
    if (r) memset(msg, 0, P->msg_size);
    return r;
}

/* ============================================ end of the frozen copy ============================================ */

/* every protocol of the build's tables, from the list of protocols (a sixth one too) */
static GWREF_UNUSED const gw__proto *gwref_proto_of(gw_proto p)
{
#define GWREF_PROTO_CASE(pp, id) case id: return &gw__##pp##_proto;
    switch (p) { GW__PROTOCOLS(GWREF_PROTO_CASE) default: return NULL; }
#undef GWREF_PROTO_CASE
}

/* gw_decode as it was at the freeze (same contract: message zeroed on failure, err always set). */
static GWREF_UNUSED gw_err gwref_decode_proto(gw_proto p, const char *buf, size_t len, gw_from from, void *msg,
                                              void *scratch, size_t scratch_size, gw_error *err)
{
    const gw__proto *P = gwref_proto_of(p);
    if (!P) {
        if (err) { memset(err, 0, sizeof *err); err->code = GW_ERR_ARG; }
        return GW_ERR_ARG;
    }
    return gwref_decode(P, buf, len, from, msg, scratch, scratch_size, err);
}

/* ==== part 2, not frozen: the differential check shared by tests/test_diff.c and fuzz/fuzz_diff.c ====
   gwref_diff decodes one frame with the library (gw_decode) and with the reference and says
   whether they agree. Each decode runs into an exactly sized heap scratch (ASan sees a write past
   it) and a message pre-filled with 0xA5, and must on its own: return err.code; NUL-terminate
   err.path; zero the message on failure; write nothing past gw_msg_size (the rest of the
   gw_any_msg keeps its 0xA5).
     1. Both decode with `big` bytes of scratch; a GW_ERR_SCRATCH is retried with exactly
        err.needed bytes (at the worst alignment), which must suffice. Then the two results must
        agree: the same code, err.json, err.offset and err.path, and on success messages that are
        gw_equal both ways.
     2. Unless small is GWREF_NO_SMALL: both again with `small` bytes at alignment offset align.
        Scratch sizing may legitimately change (the one-pass decoder needs scratch only for
        arrays), so: when the library says GW_ERR_SCRATCH, a re-run with exactly its err.needed
        bytes (at the worst alignment) must not, and must agree with step 1. Otherwise its result
        must agree with step 1, or with the reference's at the same small scratch when that one is
        not GW_ERR_SCRATCH (today, a decode that runs out of array scratch keeps going to learn the
        size and skips the cross-field checks meanwhile, so its error can be a later one).
   err.needed is compared only as "a size that suffices"; after other errors it is not compared. */
#include <stdlib.h>

typedef gw_err (*gwref_fn)(gw_proto p, const char *buf, size_t len, gw_from from, void *msg, void *scratch,
                           size_t scratch_size, gw_error *err);

#define GWREF_NO_SMALL ((size_t)-1)
#define GWREF_NEEDED_MAX ((size_t)1 << 28) /* a larger err.needed is a bug, not a size to allocate */
/* err.needed must suffice for any buffer (gateway.h: "call with scratch_size 0 to ask"), so the
   re-run gets the scratch at offset 1 from malloc's 16-byte alignment: the most padding. */
#define GWREF_WORST_ALIGN 1u

typedef struct gwref_run {
    gw_err r;
    gw_error e;
    gw_any_msg m;
    unsigned char *blk;  /* the scratch (heap); a decoded message's arrays point into it */
    size_t ssize;
} gwref_run;

static GWREF_UNUSED size_t gwref_msg_size(gw_proto p)
{
    const gw__proto *P = gwref_proto_of(p);
    return P ? P->msg_size : 0;
}

static GWREF_UNUSED void gwref_describe(const gwref_run *x, char *out, size_t cap)
{
    if (x->r == GW_ERR_SCRATCH)
        snprintf(out, cap, "%d (%s) needed %lu [scratch %lu]", (int)x->r, gw_strerror(x->r), (unsigned long)x->e.needed,
                 (unsigned long)x->ssize);
    else if (x->r)
        snprintf(out, cap, "%d (%s) at byte %lu, path \"%.96s\", json %d [scratch %lu]", (int)x->r, gw_strerror(x->r),
                 (unsigned long)x->e.offset, x->e.path, (int)x->e.json, (unsigned long)x->ssize);
    else
    {
        int kind;
        memcpy(&kind, &x->m, sizeof kind);
        snprintf(out, cap, "OK kind %d [scratch %lu]", kind, (unsigned long)x->ssize);
    }
}

/* One decode; 1 (with why) when the result breaks a rule every decode must keep. */
static GWREF_UNUSED int gwref_run_one(gwref_fn fn, const char *who, gw_proto p, const char *buf, size_t len, gw_from from,
                                      size_t ssize, unsigned align, gwref_run *o, char *why, size_t cap)
{
    size_t ms = gwref_msg_size(p), i;
    const unsigned char *mb = (const unsigned char *)&o->m;
    free(o->blk);
    o->blk = (unsigned char *)malloc(ssize + align ? ssize + align : 1);
    o->ssize = ssize;
    if (!o->blk) { snprintf(why, cap, "%s: out of memory for %lu bytes of scratch", who, (unsigned long)ssize); return 1; }
    memset(&o->m, 0xA5, sizeof o->m);
    memset(&o->e, 0x5A, sizeof o->e);
    o->r = fn(p, buf, len, from, &o->m, o->blk + align, ssize, &o->e);
    if (o->e.code != o->r) {
        snprintf(why, cap, "%s: returned %d but err.code is %d", who, (int)o->r, (int)o->e.code);
        return 1;
    }
    if (!memchr(o->e.path, 0, sizeof o->e.path)) { snprintf(why, cap, "%s: err.path not NUL-terminated", who); return 1; }
    for (i = o->r ? 0 : ms; i < sizeof o->m; i++) { /* zero up to ms on failure, untouched after ms */
        if (mb[i] != (i < ms ? 0 : 0xA5)) {
            char d[200];
            gwref_describe(o, d, sizeof d);
            snprintf(why, cap, "%s: %s, but message byte %lu is 0x%02x (%s)", who, d, (unsigned long)i, mb[i],
                     i < ms ? "not zeroed on failure" : "written past gw_msg_size");
            return 1;
        }
    }
    return 0;
}

/* A decode with `ssize` bytes, retried once with exactly err.needed on GW_ERR_SCRATCH, at the
   alignment that costs the most padding (GWREF_WORST_ALIGN). */
static GWREF_UNUSED int gwref_run_full(gwref_fn fn, const char *who, gw_proto p, const char *buf, size_t len, gw_from from,
                                       size_t ssize, unsigned align, gwref_run *o, char *why, size_t cap)
{
    size_t need;
    if (gwref_run_one(fn, who, p, buf, len, from, ssize, align, o, why, cap)) return 1;
    if (o->r != GW_ERR_SCRATCH) return 0;
    need = o->e.needed;
    if (need > GWREF_NEEDED_MAX) {
        snprintf(why, cap, "%s: GW_ERR_SCRATCH with an implausible err.needed %lu [scratch %lu]", who, (unsigned long)need,
                 (unsigned long)ssize);
        return 1;
    }
    if (gwref_run_one(fn, who, p, buf, len, from, need, GWREF_WORST_ALIGN, o, why, cap)) return 1;
    if (o->r == GW_ERR_SCRATCH) {
        snprintf(why, cap, "%s: err.needed %lu does not suffice (a scratch of that size gives GW_ERR_SCRATCH again, needed %lu)",
                 who, (unsigned long)need, (unsigned long)o->e.needed);
        return 1;
    }
    return 0;
}

/* Do a (the library) and b (the reference) agree? */
static GWREF_UNUSED int gwref_agree(gw_proto p, const gwref_run *a, const gwref_run *b, const char *what, char *why, size_t cap)
{
    char da[200], db[200];
    const char *bad = NULL;
    if (a->r != b->r) bad = "code";
    else if (a->e.json != b->e.json) bad = "err.json";
    else if (a->e.offset != b->e.offset) bad = "err.offset";
    else if (strcmp(a->e.path, b->e.path) != 0) bad = "err.path";
    else if (!a->r && !(gw_equal(p, &a->m, &b->m) && gw_equal(p, &b->m, &a->m))) bad = "message (gw_equal)";
    if (!bad) return 0;
    gwref_describe(a, da, sizeof da);
    gwref_describe(b, db, sizeof db);
    snprintf(why, cap, "%s: %s differs: gw_decode %s; reference %s", what, bad, da, db);
    return 1;
}

/* The whole check for one frame with two decoders: `lib` (gw_decode) against `ref`. */
static GWREF_UNUSED int gwref_diff_with(gwref_fn lib, gwref_fn ref, gw_proto p, const char *buf, size_t len, gw_from from,
                                        size_t big, size_t small, unsigned align, char *why, size_t cap)
{
    static gwref_run runs[5]; /* not reentrant: one check at a time */
    gwref_run *R = runs, *L = runs + 1, *Rs = runs + 2, *Ls = runs + 3, *L2 = runs + 4;
    int bad, i;
    for (i = 0; i < 5; i++) runs[i].blk = NULL;
    bad = gwref_run_full(ref, "reference", p, buf, len, from, big, 0, R, why, cap) ||
          gwref_run_full(lib, "gw_decode", p, buf, len, from, big, 0, L, why, cap) ||
          gwref_agree(p, L, R, "big scratch", why, cap);
    if (!bad && small != GWREF_NO_SMALL) {
        bad = gwref_run_one(ref, "reference, small scratch", p, buf, len, from, small, align, Rs, why, cap) ||
              gwref_run_one(lib, "gw_decode, small scratch", p, buf, len, from, small, align, Ls, why, cap);
        if (!bad) {
            const gwref_run *x = Ls;
            char tmp[8];
            if (Ls->r == GW_ERR_SCRATCH) { /* a re-run with exactly err.needed bytes must not run short */
                size_t need = Ls->e.needed;
                if (need > GWREF_NEEDED_MAX) {
                    snprintf(why, cap, "gw_decode, small scratch: implausible err.needed %lu", (unsigned long)need);
                    bad = 1;
                } else {
                    bad = gwref_run_one(lib, "gw_decode, small scratch then err.needed", p, buf, len, from, need,
                                        GWREF_WORST_ALIGN, L2, why, cap);
                    if (!bad && L2->r == GW_ERR_SCRATCH) {
                        snprintf(why, cap, "gw_decode: err.needed %lu (from a scratch of %lu) does not suffice: GW_ERR_SCRATCH "
                                 "again, needed %lu", (unsigned long)need, (unsigned long)small, (unsigned long)L2->e.needed);
                        bad = 1;
                    }
                }
                x = L2;
            }
            if (!bad && gwref_agree(p, x, R, x == L2 ? "small scratch, then err.needed" : "small scratch", why, cap))
                bad = Rs->r == GW_ERR_SCRATCH || gwref_agree(p, x, Rs, "small scratch", tmp, sizeof tmp);
        }
    }
    for (i = 0; i < 5; i++) free(runs[i].blk), runs[i].blk = NULL;
    return bad;
}

/* gw_decode against the reference (see above); 0 when they agree, else 1 and why. */
static GWREF_UNUSED int gwref_diff(gw_proto p, const char *buf, size_t len, gw_from from, size_t big, size_t small,
                                   unsigned align, char *why, size_t cap)
{
    if (cap) why[0] = 0;
    return gwref_diff_with(gw_decode, gwref_decode_proto, p, buf, len, from, big, small, align, why, cap);
}

/* gw_encode's fast path against its writer path (gw__encode_writer, which decides every error):
   the result, *outlen, the whole gw_error and the output bytes must be the same. a and b: two
   buffers of at least cap bytes. Returns 1 (and why) when they differ. */
static GWREF_UNUSED int gwref_encode_diff(gw_proto p, const void *msg, gw_wire wire, char *enc_a, char *enc_b, size_t cap,
                                          char *why, size_t whycap)
{
    const gw__proto *P = gw__proto_of(p);
    const gw__variant *var;
    gw_error e1, e2;
    size_t n1 = 7, n2 = 0;
    gw_err r1, r2;
    int kind;
    r1 = gw_encode_wire(p, msg, wire, enc_a, cap, &n1, &e1);
    memcpy(&kind, msg, sizeof kind);
    memset(&e2, 0, sizeof e2);
    if (!(var = gw__variant_for(P, kind, msg, wire))) { /* decided before either path runs */
        if (r1 != GW_ERR_INVALID || strcmp(e1.path, "kind") != 0) { snprintf(why, whycap, "no variant, yet %s", gw_strerror(r1)); return 1; }
        return 0;
    }
    r2 = gw__encode_writer(P, var, msg, wire, enc_b, cap, &n2, &e2);
    if (r2 != GW_OK) e2.code = r2;
    if (r1 != r2 || n1 != n2 || e1.code != e2.code || e1.json != e2.json || e1.offset != e2.offset || e1.needed != e2.needed ||
        e1.skipped != e2.skipped || strcmp(e1.detail, e2.detail) != 0 || strcmp(e1.path, e2.path) != 0) {
        snprintf(why, whycap, "cap %lu, wire %d: fast %s (len %lu, needed %lu, path '%s') '%.300s', writer %s (len %lu, needed %lu, path '%s') '%.300s'",
                 (unsigned long)cap, (int)wire, gw_strerror(r1), (unsigned long)n1, (unsigned long)e1.needed, e1.path,
                 r1 == GW_OK && cap ? enc_a : "", gw_strerror(r2), (unsigned long)n2, (unsigned long)e2.needed, e2.path,
                 r2 == GW_OK && cap ? enc_b : "");
        return 1;
    }
    if (cap && (r1 == GW_OK ? memcmp(enc_a, enc_b, n1 + 1) != 0 : enc_a[0] != 0 || enc_b[0] != 0)) {
        snprintf(why, whycap, "cap %lu, wire %d: %s, different bytes: fast '%.120s' writer '%.120s'", (unsigned long)cap, (int)wire,
                 gw_strerror(r1), enc_a, enc_b);
        return 1;
    }
    return 0;
}

#endif /* GW_TEST_REF_DECODE_H */
