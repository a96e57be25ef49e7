/* slots.h - the one-pass decoder's key tables (gateway.h, "the one-pass decoder's key tables"),
   computed from the schemas: tests/gen_slots.c writes them into gateway.h (`make slots`) and
   test_tables checks that gateway.h holds these. Include after gateway.h's implementation. */
#ifndef GW_TEST_SLOTS_H
#define GW_TEST_SLOTS_H
#include <stdio.h>
#include <string.h>

enum {
    SLOTS_MAX_FIELDS = 57, /* '#' + 57 would be a backslash in the table's string */
    SLOTS_MAX_BITS = 8,
    SLOTS_TRIES = 4096     /* multipliers tried for each table size */
};

typedef struct slots_table {
    uint32_t bytes;        /* of each key's first bytes (and quote) hashed: one more than the shortest key, 8 at most */
    uint64_t mul;
    uint32_t shift;
    char slots[(1 << SLOTS_MAX_BITS) + 1];
} slots_table;

static uint64_t slots_next(uint64_t *state) /* splitmix64: the same multipliers on every run */
{
    uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

/* What a key table hashes for field f: its key's first `bytes` bytes, the closing quote counted */
static uint64_t slots_word(const gw__field *f, uint32_t bytes)
{
    uint64_t w = gw__key_prefix(f->tag, f->tag2, f->name_len);
    return bytes >= 8 ? w : w & (((uint64_t)1 << (8 * bytes)) - 1);
}

/* The table of schema s, the smallest that gives each key a slot of its own, but for keys whose
   hashed bytes are an earlier key's (those are searched): 1, or 0 when s gets none (a tuple, no
   fields or too many, or no multiplier found) */
static int slots_make(const gw__schema *s, slots_table *t)
{
    uint32_t bits, i, j, k;
    if (s->tuple || !s->n || s->n > SLOTS_MAX_FIELDS) return 0;
    for (t->bytes = 8, i = 0; i < s->n; i++)
        if (s->f[i].name_len + 1u < t->bytes) t->bytes = s->f[i].name_len + 1u;
    for (bits = 1; (1u << bits) < s->n; bits++) {}
    for (; bits <= SLOTS_MAX_BITS; bits++) {
        uint64_t state = bits;
        for (k = 0; k < SLOTS_TRIES; k++) {
            t->mul = slots_next(&state) | 1;
            t->shift = 64 - bits;
            memset(t->slots, '!', (size_t)1 << bits);
            t->slots[(size_t)1 << bits] = '\0';
            for (i = 0; i < s->n; i++) {
                uint64_t w = slots_word(&s->f[i], t->bytes);
                size_t h = (size_t)((w * t->mul) >> t->shift);
                for (j = 0; j < i && slots_word(&s->f[j], t->bytes) != w; j++) {}
                if (j < i) continue; /* the same bytes as key j: searched */
                if (t->slots[h] != '!') break;
                t->slots[h] = (char)('#' + i);
            }
            if (i == s->n) return 1;
        }
    }
    return 0;
}

/* Every schema the protocol's rows reach (objects inside objects and lists), each once: calls
   each(s, ctx) and returns how many */
typedef void (*slots_each_fn)(const gw__schema *s, void *ctx);
static size_t slots_walk(const gw__schema *s, const gw__schema **seen, size_t n, size_t cap, slots_each_fn each, void *ctx)
{
    size_t i;
    uint32_t j;
    if (!s) return n;
    for (i = 0; i < n; i++) if (seen[i] == s) return n;
    if (n == cap) return n;
    seen[n++] = s;
    each(s, ctx);
    for (j = 0; j < s->n; j++) {
        const gw__field *f = &s->f[j];
        if (f->kind == GW__OBJ) n = slots_walk((const gw__schema *)f->sub, seen, n, cap, each, ctx);
        if (f->kind == GW__ARR && ((const gw__field *)f->sub)->kind == GW__OBJ)
            n = slots_walk((const gw__schema *)((const gw__field *)f->sub)->sub, seen, n, cap, each, ctx);
    }
    return n;
}

/* ---- whole frames (gateway.h's gw__whole, GW__WHOLE_<p>) ---- */
enum { WHOLE_MAX_ROWS = 64, WHOLE_MAX_LEN = 255 };
typedef struct whole_row {
    unsigned from;
    int kind;
    size_t len;
    char bytes[WHOLE_MAX_LEN + 1];
} whole_row;

/* Schema s holds nothing variable: every field is a constant, a null or an empty object */
static int whole_constant(const gw__schema *s)
{
    uint32_t i;
    if (s->tuple) return 0;
    for (i = 0; i < s->n; i++) {
        const gw__field *f = &s->f[i];
        if (f->kind != GW__CONST_INT && f->kind != GW__CONST_STR && f->kind != GW__NULL &&
            !(f->kind == GW__OBJ && ((const gw__schema *)f->sub)->n == 0))
            return 0;
    }
    return 1;
}

/* P's whole frames: for each row of a constant schema, its kind's message with nothing set, encoded
   in each wire, and kept for each side that may send the row when the token decoder reads it back as
   a kind with nothing set; the same bytes and kind from both sides make one row. Returns how many (rows in
   the order found), or -1 when more than cap. */
static int whole_make(const gw__proto *P, whole_row *rows, int cap)
{
    static unsigned char msg[8192], back[8192], scratch[1 << 16];
    static const gw_wire wires[2] = { GW_WIRE_SEED, GW_WIRE_ORIGINAL };
    static const gw_from sides[2] = { GW_FROM_CLIENT, GW_FROM_SERVER };
    int n = 0, k;
    uint32_t v, w, i;
    if (P->msg_size > sizeof msg) return -1;
    for (v = 0; v < P->nv; v++) {
        if (!whole_constant(P->v[v].schema)) continue;
        for (w = 0; w < 2; w++) {
            char out[WHOLE_MAX_LEN + 1];
            size_t len = 0;
            gw_error err;
            memset(msg, 0, P->msg_size);
            memcpy(msg, &P->v[v].kind, sizeof P->v[v].kind);
            if (gw__encode(P, msg, wires[w], out, sizeof out, &len, &err) != GW_OK) continue;
            for (i = 0; i < 2; i++) {
                int kind;
                if (!(P->v[v].from & sides[i])) continue;
                if (gw__decode_tokens(P, out, len, sides[i], back, scratch, sizeof scratch, &err, 0) != GW_OK) continue;
                memcpy(&kind, back, sizeof kind);
                memset(msg, 0, P->msg_size);
                memcpy(msg, &kind, sizeof kind);
                if (memcmp(msg, back, P->msg_size) != 0) continue; /* something set: not a whole frame */
                for (k = 0; k < n && !(rows[k].kind == kind && rows[k].len == len && memcmp(rows[k].bytes, out, len) == 0); k++) {}
                if (k < n) { rows[k].from |= (unsigned)sides[i]; continue; }
                if (n == cap) return -1;
                rows[n].from = (unsigned)sides[i];
                rows[n].kind = kind;
                rows[n].len = len;
                memcpy(rows[n].bytes, out, len);
                rows[n].bytes[len] = '\0';
                n++;
            }
        }
    }
    return n;
}
#endif
