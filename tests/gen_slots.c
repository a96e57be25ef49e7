/* gen_slots.c - prints the one-pass decoder's key tables of every schema of every protocol, one
   GW__SLOTS_<schema> macro each, sorted by name, then each protocol's whole frames (GW__WHOLE_<p>), table of names (GW__NAMED_<p>), shapes (GW__SHAPE_<p>),
   leads (GW__LEAD_<p>), tails (GW__TAIL_<p>) and first row of each opcode (GW__OP_FIRST_<p>):
   `make slots` puts them between gateway.h's "slot tables" markers. test_tables checks gateway.h
   against the same computation (slots.h). */
#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wunused-function" /* a private copy of the whole library */
#endif
#define GATEWAY_STATIC
#define GATEWAY_IMPLEMENTATION
#include "../gateway.h"
#include "slots.h"
#include <stdlib.h>

typedef struct { const gw__schema *s[1024]; size_t n; } found;
static void add(const gw__schema *s, void *ctx) { (void)s; (void)ctx; }
static int by_name(const void *a, const void *b)
{
    return strcmp((*(const gw__schema *const *)a)->name, (*(const gw__schema *const *)b)->name);
}

/* Bytes s[0..n) as the inside of a C string literal: a quote and a backslash escaped, a byte that is
   not printable ASCII in octal */
static void print_c_bytes(const char *s, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '"' || ch == '\\') printf("\\%c", ch);
        else if (ch < 0x20 || ch > 0x7E) printf("\\%03o", ch);
        else putchar(ch);
    }
}

/* GW__WHOLE_<p>: the longest whole frame, the slot table, then each as { from, len, encoded, more, kind, "bytes" } */
static int print_whole(const char *p, const gw__proto *P)
{
    static whole_set set;
    static const char *const from[4] = { "0", "GW__FROM_C", "GW__FROM_S", "GW__FROM_CS" };
    int i;
    if (whole_make(P, &set)) { fprintf(stderr, "gen_slots: %s: more than %d whole frames, or no slot table\n", p, WHOLE_MAX_ROWS); return 1; }
    if (!set.n) { printf("#define GW__WHOLE_%s GW__WHOLE(0, 0, 0, NULL, )\n", p); return 0; }
    printf("#define GW__WHOLE_%s GW__WHOLE(%u, 0x%016llXull, %u, \"%s\",", p, (unsigned)set.longest, (unsigned long long)set.mul,
           (unsigned)set.shift, set.slots);
    for (i = 0; i < set.n; i++) {
        printf(" \\\n    { %s, %u, %u, %u, %s, \"", from[set.rows[i].from & 3], (unsigned)set.rows[i].len, set.rows[i].encoded,
               set.rows[i].more, gw__variant_of(P, set.rows[i].kind)->kind_name);
        print_c_bytes(set.rows[i].bytes, set.rows[i].len);
        printf("\" },");
    }
    printf(")\n");
    return 0;
}

/* GW__SHAPE_<p>: the slot table, then each as { from, more, shares, holes, next, { pieces }, { types }, { { at } }, row, objs, "text" } */
static int print_shape(const char *p, const gw__proto *P)
{
    static shape_set set;
    static const char *const from[4] = { "0", "GW_FROM_CLIENT", "GW_FROM_SERVER", "?" };
    int i, j;
    if (shape_make(P, &set)) { fprintf(stderr, "gen_slots: %s: more than %d shapes, or no slot table\n", p, SHAPE_MAX_ROWS); return 1; }
    if (!set.n) { printf("#define GW__SHAPE_%s GW__SHAPE(0, 0, NULL, )\n", p); return 0; }
    printf("#define GW__SHAPE_%s GW__SHAPE(0x%016llXull, %u, \"", p, (unsigned long long)set.mul, (unsigned)set.shift);
    print_c_bytes(set.slots, strlen(set.slots)); /* rows past 56 go past '\\' and '~' */
    printf("\",");
    for (i = 0; i < set.n; i++) {
        const gw__shape *s = &set.rows[i].s;
        printf(" \\\n    { %s, %u, %u, %u, %u, {", from[s->from & 3], (unsigned)s->more, (unsigned)s->shares, (unsigned)s->holes,
               (unsigned)s->next);
        for (j = 0; j <= GW__SHAPE_HOLES; j++) printf("%s%u", j ? ", " : " ", (unsigned)s->piece[j]);
        printf(" }, {");
        for (j = 0; j < GW__SHAPE_HOLES; j++) printf("%s%u", j ? ", " : " ", (unsigned)s->type[j]);
        printf(" }, {");
        for (j = 0; j < GW__SHAPE_HOLES; j++) printf("%s{ %u, %u }", j ? ", " : " ", (unsigned)s->at[j][0], (unsigned)s->at[j][1]);
        printf(" }, %u, 0x%Xu, \"", (unsigned)s->row, (unsigned)s->objs);
        print_c_bytes(set.rows[i].text, set.rows[i].text_len);
        printf("\" GW__SHAPE_PAD },");
    }
    printf(")\n");
    return 0;
}

/* GW__LEAD_<p>: the slot table, then each as { from, more, len, op_at, name_at, in, name_enum, end_len, null_at, row, "text", "end" } */
static int print_lead(const char *p, const gw__proto *P)
{
    static lead_set set;
    static const char *const from[4] = { "0", "GW_FROM_CLIENT", "GW_FROM_SERVER", "?" };
    int i;
    if (lead_make(P, &set)) { fprintf(stderr, "gen_slots: %s: more than %d leads\n", p, LEAD_MAX_ROWS); return 1; }
    if (!set.n) { printf("#define GW__LEAD_%s GW__LEAD(0, 0, NULL, )\n", p); return 0; }
    printf("#define GW__LEAD_%s GW__LEAD(0x%016llXull, %u, \"", p, (unsigned long long)set.mul, (unsigned)set.shift);
    print_c_bytes(set.slots, strlen(set.slots));
    printf("\",");
    for (i = 0; i < set.n; i++) {
        const gw__lead *l = &set.rows[i].l;
        printf(" \\\n    { %s, %u, %u, %u, %u, %u, %u, %u, %u, %u, \"", from[l->from & 3], (unsigned)l->more, (unsigned)l->len, (unsigned)l->op_at,
               (unsigned)l->name_at, (unsigned)l->in, (unsigned)l->name_enum, (unsigned)l->end_len, (unsigned)l->null_at, (unsigned)l->row);
        print_c_bytes(set.rows[i].text, l->len);
        printf("\", \"");
        print_c_bytes(set.rows[i].end, l->end_len);
        printf("\" },");
    }
    printf(")\n");
    return 0;
}

/* GW__TAIL_<p>: the slot table, then each as { from, more, head_len, len, op_at, name_at, name_enum, in, null_at, row, "head", "text" } */
static int print_tail(const char *p, const gw__proto *P)
{
    static tail_set set;
    static const char *const from[4] = { "0", "GW_FROM_CLIENT", "GW_FROM_SERVER", "?" };
    int i;
    if (tail_make(P, &set)) { fprintf(stderr, "gen_slots: %s: more than %d leads\n", p, LEAD_MAX_ROWS); return 1; }
    if (!set.n) { printf("#define GW__TAIL_%s GW__TAIL(0, 0, NULL, )\n", p); return 0; }
    printf("#define GW__TAIL_%s GW__TAIL(0x%016llXull, %u, \"", p, (unsigned long long)set.mul, (unsigned)set.shift);
    print_c_bytes(set.slots, strlen(set.slots));
    printf("\",");
    for (i = 0; i < set.n; i++) {
        const gw__tail *t = &set.rows[i].t;
        printf(" \\\n    { %s, %u, %u, %u, %u, %u, %u, %u, %u, %u, \"", from[t->from & 3], (unsigned)t->more, (unsigned)t->head_len, (unsigned)t->len,
               (unsigned)t->op_at, (unsigned)t->name_at, (unsigned)t->name_enum, (unsigned)t->in, (unsigned)t->null_at, (unsigned)t->row);
        print_c_bytes(t->head, t->head_len);
        printf("\", \"");
        print_c_bytes(t->text, t->len);
        printf("\" },");
    }
    printf(")\n");
    return 0;
}

/* GW__OP_FIRST_<p>: the first row of each opcode from 0 */
static int print_op_first(const char *p, const gw__proto *P)
{
    static uint16_t rows[OP_FIRST_MAX];
    uint32_t n, i;
    if (op_first_make(P, rows, &n)) { fprintf(stderr, "gen_slots: %s: an opcode past %d\n", p, OP_FIRST_MAX); return 1; }
    printf("#define GW__OP_FIRST_%s GW__OP_FIRST(", p);
    for (i = 0; i < n; i++) printf("%s%u,", i % 32 == 0 && i ? " \\\n    " : i ? " " : "", (unsigned)rows[i]);
    printf(")\n");
    return 0;
}

/* GW__NAMED_<p>: the places, the slot table, then each as { place, op_row, { 0, client, server }, len, "name" } */
static int print_named(const char *p, const gw__proto *P)
{
    static named_set set;
    int i;
    if (named_make(P, &set)) { fprintf(stderr, "gen_slots: %s: more than %d names, or no slot table\n", p, NAMED_MAX_ROWS); return 1; }
    if (!set.n) { printf("#define GW__NAMED_%s GW__NAMED(0, 0, 0, NULL, )\n", p); return 0; }
    printf("#define GW__NAMED_%s GW__NAMED(0x%Xu, 0x%016llXull, %u, \"%s\",", p, (unsigned)set.places, (unsigned long long)set.mul,
           (unsigned)set.shift, set.slots);
    for (i = 0; i < set.n; i++)
        printf(" \\\n    { %u, %u, { 0, %u, %u }, %u, \"%s\" },", (unsigned)set.rows[i].place, (unsigned)set.rows[i].op_row,
               (unsigned)set.rows[i].row[GW_FROM_CLIENT], (unsigned)set.rows[i].row[GW_FROM_SERVER], (unsigned)set.rows[i].name_len,
               set.rows[i].name);
    printf(")\n");
    return 0;
}

int main(void)
{
    found all;
    size_t i, n = 0;
    uint32_t v;
#define ONE(p, id) for (v = 0; v < gw__##p##_proto.nv; v++) n = slots_walk(gw__##p##_proto.v[v].schema, all.s, n, 1024, add, NULL);
    GW__PROTOCOLS(ONE)
#undef ONE
    if (n == 1024) { fprintf(stderr, "gen_slots: more than 1024 schemas\n"); return 1; }
    qsort(all.s, n, sizeof all.s[0], by_name);
    for (i = 0; i < n; i++) {
        slots_table t;
        if (i && strcmp(all.s[i]->name, all.s[i - 1]->name) == 0) {
            fprintf(stderr, "gen_slots: two schemas named %s\n", all.s[i]->name);
            return 1;
        }
        if (slots_make(all.s[i], &t))
            printf("#define GW__SLOTS_%s GW__SLOTS(%u, 0x%016llXull, %u, \"%s\", 0x%llXull)\n", all.s[i]->name, (unsigned)t.bytes,
                   (unsigned long long)t.mul, (unsigned)t.shift, t.slots, (unsigned long long)t.required);
    }
#define WHOLE(p, id) if (print_whole(#p, &gw__##p##_proto)) return 1;
    GW__PROTOCOLS(WHOLE)
#undef WHOLE
#define NAMED(p, id) if (print_named(#p, &gw__##p##_proto)) return 1;
    GW__PROTOCOLS(NAMED)
#undef NAMED
#define SHAPE(p, id) if (print_shape(#p, &gw__##p##_proto)) return 1;
    GW__PROTOCOLS(SHAPE)
#undef SHAPE
#define LEAD(p, id) if (print_lead(#p, &gw__##p##_proto)) return 1;
    GW__PROTOCOLS(LEAD)
#undef LEAD
#define TAIL(p, id) if (print_tail(#p, &gw__##p##_proto)) return 1;
    GW__PROTOCOLS(TAIL)
#undef TAIL
#define OP_FIRST(p, id) if (print_op_first(#p, &gw__##p##_proto)) return 1;
    GW__PROTOCOLS(OP_FIRST)
#undef OP_FIRST
    return 0;
}
