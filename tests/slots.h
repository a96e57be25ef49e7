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
#endif
