/* test_tables.c - the invariants gateway.h's tables rely on, walked for every protocol (issue 13,
   item 2): nothing here depends on the order of enum values.
     - every kind from 1 to GW_<P>_UNKNOWN - 1 has a variant row (the enum and the rows are made
       from one message list; the compiler already refuses a kind listed twice), GW_<P>_UNKNOWN has none, and
       every kind fits the session rules' 64-bit sets;
     - numeric ops: the rows of any op come first (as many as the compile-time any_end), each
       with a name, then
       ascending op; string ops: the rows of one op are adjacent (the one-pass decoder takes an
       op's rows as one run);
     - each kind's first row (gw__<p>_first, by the rows' enum) is its M row, the first of its kind;
     - every kind has a row the encoder may use (not decode-only), and all such rows of a kind
       sit next to its first row;
     - session rules: every kind a side sends is named by a rule that lets it pass in some phase,
       and no rule names a kind that side never sends;
     - key tags (the one-pass decoder's compare): every field's and row's compile-time GW__TAG is
       the tag of its name as read from input, and every key of every schema is found by
       gw__fast_lookup whichever field was read before it (any key order), with no other field
       answering for it, both by the schema's key table and searched; keys no schema has are
       found by none; a constant string's length (cval) is its own; every key of a row's name
       path is in gw__place_keys (which lenient decoding never skips in the one pass);
     - key tables: each schema's is the one `make slots` writes (tests/slots.h computes it);
       each field's literal (lit) is the bytes "key": of its key, and the member loop finds each
       key by it (gw__fast_key_lit, and gw__fast_key_lit_near at the end of a frame), but not a
       key spelled with a space before its colon;
     - whole frames: each protocol's are the ones `make slots` writes (tests/slots.h), and each
       decodes and peeks, from either side and with scratch too small or not, as the token decoder
       and the token peek do; gw_encode of each row's kind writes what the writer path writes;
     - the first row of each opcode: each protocol's is the one `make slots` writes, and the
       dispatch finds every opcode's first row by it as a walk of the rows does;
     - shapes: each protocol's are the ones `make slots` writes, and each, with every sort of
       value, cut short or with a byte changed, decodes as the token decoder decodes it;
     - leads and tails: each protocol's are the ones `make slots` writes, and a frame of each
       one's kind that starts (ends) with it is read through it; that frame, cut short, with a
       byte changed or one more, decodes as the token decoder decodes it.
   This program compiles its own private copy of the library (GATEWAY_STATIC), with the toy
   protocol of tests/toy/, to reach the tables; tests/impl.o, linked in like every test, is not
   used. */
#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wunused-function" /* a private copy of the whole library */
#endif
#include "toy/toy.h" /* with the test-only toy protocol (HACKING.md): its tables must hold too */
#define GATEWAY_STATIC
#define GATEWAY_IMPLEMENTATION
#include "../gateway.h"
#include "t.h"
#include "slots.h"

#define SPROTO(p, id) &gw__##p##_sproto,
static const gw__sproto *const sprotos[] = { GW__PROTOCOLS(SPROTO) }; /* every protocol, from the one list */
#undef SPROTO

/* The list and gw_proto agree: each entry's value finds its own tables, and all are listed */
static void test_protocol_list(void)
{
    size_t n = 0;
#define ONE(p, id) CHECK(gw__proto_of(id) == &gw__##p##_proto); CHECK(gw__##p##_sproto.codec == &gw__##p##_proto); n++;
    GW__PROTOCOLS(ONE)
#undef ONE
    CHECK_EQ(n, GW_PROTO_COUNT_ - 1);
    CHECK(gw__proto_of(GW_PROTO_NONE) == NULL);
    CHECK(gw__proto_of(GW_PROTO_COUNT_) == NULL);
}

/* Which senders send kind k (GW_FROM_CLIENT | GW_FROM_SERVER bits), from the variant rows */
static unsigned senders(const gw__proto *P, int k)
{
    unsigned from = 0;
    uint32_t i;
    for (i = 0; i < P->nv; i++) if (P->v[i].kind == k) from |= P->v[i].from;
    return from;
}

static void test_variants(void)
{
    size_t p;
    uint32_t next_forms = 0; /* rows that are the next form of the row before */
    for (p = 0; p < sizeof sprotos / sizeof sprotos[0]; p++) {
        const gw__proto *P = sprotos[p]->codec;
        uint32_t i;
        int k, w;
        t_case_begin(P->name);
        CHECK(P->unknown_kind > 1 && P->unknown_kind < 64);
        CHECK(gw__variant_of(P, P->unknown_kind) == NULL);
        CHECK(gw__variant_of(P, 0) == NULL);
        CHECK(P->nkinds == (uint32_t)P->unknown_kind - 1);
        for (k = 1; k < P->unknown_kind; k++) {
            int encodable = 0;
            if (!gw__variant_of(P, k)) { t_failf(__FILE__, __LINE__, "%s: kind %d has no row", P->name, k); continue; }
            uint32_t first = (uint32_t)(gw__variant_of(P, k) - P->v), run = first;
            while (run < P->nv && P->v[run].kind == k) run++;
            /* gw__<p>_first, made at compile time, names the kind's first row */
            if (P->v[first].kind != k) t_failf(__FILE__, __LINE__, "%s: kind %d's first row %u has kind %d", P->name, k, first, P->v[first].kind);
            for (i = 0; i < first; i++)
                if (P->v[i].kind == k) t_failf(__FILE__, __LINE__, "%s: %s has row %u before its first row %u", P->name, P->v[i].kind_name, i, first);
            for (i = 0; i < P->nv; i++) {
                if (P->v[i].kind != k || P->v[i].only == GW__DECODE_ONLY) continue;
                encodable = 1;
                /* the encoder picks among the rows next to the kind's first one (gw__variant_for) */
                if (i >= run) t_failf(__FILE__, __LINE__, "%s: %s's encodable row %u is apart from its first row", P->name, P->v[i].kind_name, i);
            }
            if (!encodable) t_failf(__FILE__, __LINE__, "%s: kind %s has only decode-only rows", P->name, gw__variant_of(P, k)->kind_name);
            /* a kind with no row in one wire says why (the encode error's detail, e.g. D-61), and only such a kind */
            for (w = GW_WIRE_SEED; w <= GW_WIRE_ORIGINAL; w++) {
                int in_wire = 0;
                const char *why = P->no_form ? P->no_form(k, (gw_wire)w) : NULL;
                for (i = 0; i < P->nv; i++)
                    if (P->v[i].kind == k && (P->v[i].only == GW__BOTH || P->v[i].only == (w == GW_WIRE_SEED ? GW__SEED_ONLY : GW__ORIG_ONLY)))
                        in_wire = 1;
                if (in_wire == (why != NULL))
                    t_failf(__FILE__, __LINE__, "%s: %s in wire %d: %s, yet no_form says %s", P->name, gw__variant_of(P, k)->kind_name, w,
                            in_wire ? "has a row" : "no row", why ? why : "nothing");
            }
        }
        for (i = 0; i < P->nv; i++) {
            const gw__variant *v = &P->v[i];
            if (v->kind <= 0 || v->kind >= P->unknown_kind) t_failf(__FILE__, __LINE__, "%s: row %u has kind %d", P->name, i, v->kind);
            if (!v->from || (v->from & ~(unsigned)(GW_FROM_CLIENT | GW_FROM_SERVER))) t_failf(__FILE__, __LINE__, "%s: row %u sender", P->name, i);
            /* a row of any op has a name (gw__fast_pick passes them over for a frame of the opcode alone) */
            if (!P->op_is_string && v->op == GW__ANY_OP && !v->name) t_failf(__FILE__, __LINE__, "%s: row %u (%s) of any op has no name", P->name, i, v->kind_name);
            if (P->op_is_string) { /* the rows of one op are adjacent: gw__pick_op takes them as one run */
                uint32_t j;
                for (j = i + 2; j < P->nv; j++)
                    if (strcmp(P->v[j].op_name, v->op_name) == 0 && strcmp(P->v[j - 1].op_name, v->op_name) != 0)
                        t_failf(__FILE__, __LINE__, "%s: row %u (%s, op %s) apart from the op's earlier rows", P->name, j,
                                P->v[j].kind_name, v->op_name);
            }
            /* the kind's next form that the one pass reads when this one fails (gw__fast_next_form) */
            if (i + 1 < P->nv && gw__next_form(P, v, v + 1)) next_forms++;
            if (P->op_is_string) continue;
            if (i == 0) continue;
            if (v->op == GW__ANY_OP ? P->v[i - 1].op != GW__ANY_OP : P->v[i - 1].op != GW__ANY_OP && P->v[i - 1].op > v->op)
                t_failf(__FILE__, __LINE__, "%s: row %u (%s, op %lld) out of op order", P->name, i, v->kind_name, (long long)v->op);
        }
        for (i = 0; i < P->nv && !P->op_is_string && P->v[i].op == GW__ANY_OP; i++) {}
        if (P->any_end != (P->op_is_string ? 0 : i))
            t_failf(__FILE__, __LINE__, "%s: any_end %u, but %u rows of any op come first", P->name, P->any_end, i);
        { /* the op key's literal "op": (gw__fast_op_lit), all of it in the mask or none */
            size_t n = strlen(P->op_key), b;
            uint64_t want = 0;
            for (b = 0; b < n + 3 && b < 8; b++)
                want |= (uint64_t)(unsigned char)(b == 0 || b == n + 1 ? '"' : b == n + 2 ? ':' : P->op_key[b - 1]) << (8 * b);
            if (P->op_lit != want || P->op_lit_mask != (n + 3 > 8 ? 0 : n + 3 == 8 ? ~(uint64_t)0 : ((uint64_t)1 << (8 * (n + 3))) - 1))
                t_failf(__FILE__, __LINE__, "%s: the literal of op key \"%s\" is not \"%s\":", P->name, P->op_key, P->op_key);
        }
        t_case_end();
    }
    printf("  %u rows are a kind's next form\n", next_forms);
    { /* microservice's CACHE: the original's form has no "data", the seed's requires it */
        const gw__variant *v = gw__variant_of(&gw__ms_proto, GW_MS_CACHE);
        CHECK(v && gw__next_form(&gw__ms_proto, v, v + 1));
        CHECK(v && !gw__next_form(&gw__ms_proto, v + 1, v + 2)); /* another name */
        /* shard-master's register: {"public_key":"k","shard_in":0,"flags":3} fits both forms */
        v = gw__variant_of(&gw__sm_proto, GW_SM_REGISTER);
        CHECK(v && !gw__next_form(&gw__sm_proto, v, v + 1));
    }
    CHECK(next_forms >= 6);
}

static void test_session_rules(void)
{
    size_t p;
    for (p = 0; p < sizeof sprotos / sizeof sprotos[0]; p++) {
        const gw__sproto *S = sprotos[p];
        const gw__proto *P = S->codec;
        uint32_t i;
        int k;
        unsigned side;
        t_case_begin(P->name);
        for (k = 1; k < P->unknown_kind; k++)
            for (side = GW_FROM_CLIENT; side <= GW_FROM_SERVER; side++) {
                int named = 0;
                if (!(senders(P, k) & side)) continue;
                for (i = 0; i < S->n; i++)
                    if ((S->r[i].kinds >> k & 1) && (S->r[i].from & side) && S->r[i].next != GW__S_DENY) named = 1;
                if (!named)
                    t_failf(__FILE__, __LINE__, "%s: no session rule lets %s from the %s pass", P->name, gw__variant_of(P, k)->kind_name,
                            side == GW_FROM_CLIENT ? "client" : "server");
            }
        for (i = 0; i < S->n; i++) {
            const gw__srule *r = &S->r[i];
            CHECK(r->kinds != 0);
            CHECK_EQ(r->kinds & 1, 0); /* not GW_<P>_NONE */
            for (k = 1; k < 64; k++) {
                if (!(r->kinds >> k & 1)) continue;
                if (k >= P->unknown_kind) { t_failf(__FILE__, __LINE__, "%s: rule %u names kind %d", P->name, i, k); continue; }
                if (!(senders(P, k) & r->from))
                    t_failf(__FILE__, __LINE__, "%s: rule %u names %s, which that side never sends", P->name, i, gw__variant_of(P, k)->kind_name);
            }
        }
        t_case_end();
    }
}

/* The tag of a NUL-terminated name, from an input-like buffer (with 8 bytes of slack, or none) */
static uint64_t tag_of(const char *name, int slack)
{
    static unsigned char buf[300];
    size_t n = strlen(name);
    memset(buf, 'x', sizeof buf);
    memcpy(buf, name, n);
    return gw__key_tag(buf, (uint32_t)n, buf + n + (slack ? 8 : 0));
}

/* The number of a key's first bytes s's key table hashes (one more than its shortest key, 8 at most) */
static uint32_t key_bytes(const gw__schema *s)
{
    uint32_t b = 0;
    while (b < 8 && (s->key_mask >> (8 * b) & 0xFF)) b++;
    return b;
}

static void check_schema_keys(const char *proto, const gw__schema *s, int depth)
{
    uint32_t i, last;
    if (!s || depth > 8) return;
    for (i = 0; i < s->n; i++) {
        const gw__field *f = &s->f[i];
        gw_str key;
        key.ptr = f->name;
        key.len = f->name_len;
        key.escaped = 0;
        CHECK_EQ(f->name_len, strlen(f->name));
        if (f->kind == GW__CONST_STR && (uint64_t)f->cval != strlen((const char *)f->sub)) /* the encoder writes cval bytes */
            t_failf(__FILE__, __LINE__, "%s: field \"%s\": constant \"%s\" is not %lld bytes", proto, f->name, (const char *)f->sub,
                    (long long)f->cval);
        if (f->tag != tag_of(f->name, 1) || f->tag != tag_of(f->name, 0))
            t_failf(__FILE__, __LINE__, "%s: field \"%s\": compile-time tag differs from the input's", proto, f->name);
        if (f->tag2 != gw__key_tag2(key))
            t_failf(__FILE__, __LINE__, "%s: field \"%s\": compile-time second tag differs from the key's", proto, f->name);
#ifdef GW__SSE2
        if (f->name_len <= 15) { /* as the member loop reads it: one 16-byte load after the quote */
            unsigned char in[40];
            gw_str got;
            uint64_t tag = 0, tag2 = 0;
            memset(in, 'x', sizeof in);
            in[0] = '"';
            memcpy(in + 1, f->name, f->name_len);
            in[1 + f->name_len] = '"';
            if (gw__fast_key16(in, &got, &tag, &tag2) != in + f->name_len + 2 || tag != f->tag || tag2 != f->tag2)
                t_failf(__FILE__, __LINE__, "%s: field \"%s\": read with one load, tags differ", proto, f->name);
        }
#endif
#ifdef GW__LE_WORDS
        if (s->slots != gw__no_slots && f->name_len > 13 && f->name_len <= 36) { /* "name": past 16 bytes: never by its literal, but read */
            unsigned char in[40];
            uint32_t n;
            const gw__field *got;
            memset(in, 'x', sizeof in);
            in[0] = '"';
            memcpy(in + 1, f->name, f->name_len);
            in[1 + f->name_len] = '"';
            in[2 + f->name_len] = ':';
            if (gw__fast_key_lit(s, in, &n, &got) != -1)
                t_failf(__FILE__, __LINE__, "%s: %s: key \"%s\" of %u bytes found by its first 16", proto, s->name, f->name, f->name_len);
        }
        if (s->slots != gw__no_slots && f->name_len <= 13) { /* as the member loop finds it: by its literal, far from the end and near it */
            unsigned char in[40], far[24];
            uint32_t j, shared = 0, len, n = 0;
            const gw__field *got = NULL;
            for (j = 0; j < i; j++) /* a key whose hashed bytes an earlier key has is searched instead */
                shared |= slots_word(&s->f[j], key_bytes(s)) == slots_word(f, key_bytes(s));
            memset(in, 'x', sizeof in);
            in[0] = '"';
            memcpy(in + 1, f->name, f->name_len);
            in[1 + f->name_len] = '"';
            in[2 + f->name_len] = ':';
            len = f->name_len + 3u;
            if (gw__fast_key_lit(s, in, &n, &got) != (shared ? -1 : (int)i) || (!shared && (n != len || got != f))) /* n: to past its colon */
                t_failf(__FILE__, __LINE__, "%s: %s: key \"%s\" not found by its literal", proto, s->name, f->name);
            memset(far, 'x', sizeof far); /* the key ends a frame longer than 16 bytes: the quotes of the 16 that end there */
            memcpy(far + sizeof far - len, in, len);
            if (gw__fast_key_lit_near(s, in, in, in + len, &n) != (shared ? -1 : (int)i) || (!shared && n != len) ||
                gw__fast_key_lit_near(s, far + sizeof far - len, far, far + sizeof far, &n) != (shared ? -1 : (int)i) ||
                (!shared && n != len) ||
                gw__fast_key_lit_near(s, in + 20 - len, in + 20 - len, in + 20, &n) != -1) /* the bytes after it are not a key's */
                t_failf(__FILE__, __LINE__, "%s: %s: key \"%s\" not found by its literal at the end", proto, s->name, f->name);
            in[2 + f->name_len] = ' '; /* a space before the colon: read byte by byte */
            if (gw__fast_key_lit(s, in, &n, &got) != -1 || gw__fast_key_lit_near(s, in, in, in + len, &n) != -1)
                t_failf(__FILE__, __LINE__, "%s: %s: key \"%s\" without its colon found by its literal", proto, s->name, f->name);
        }
#endif
        if (f->lit_mask != (f->name_len + 3u <= 16 ? (1u << (f->name_len + 3u)) - 1u : 0xFFFFFFFFu))
            t_failf(__FILE__, __LINE__, "%s: field \"%s\": lit_mask %#x", proto, f->name, (unsigned)f->lit_mask);
        { /* the literal the member loop compares: "name": in its first 16 bytes, zero after */
            unsigned char want[16] = { 0 }, have[16];
            size_t j, n = strlen(f->name);
            for (j = 0; j < n + 3 && j < 16; j++) want[j] = (unsigned char)(j == 0 || j == n + 1 ? '"' : j == n + 2 ? ':' : f->name[j - 1]);
            for (j = 0; j < 16; j++) have[j] = (unsigned char)(f->lit[j / 8] >> (8 * (j % 8)));
            if (memcmp(want, have, 16) != 0) t_failf(__FILE__, __LINE__, "%s: field \"%s\": its literal is not its key's", proto, f->name);
        }
        if (!s->tuple) {
            gw__schema searched = *s; /* the same schema without its key table */
            searched.key_mask = searched.slot_mul = 0, searched.slot_shift = 0, searched.slots = gw__no_slots;
            for (last = 0; last <= s->n; last++)
                if (gw__fast_lookup(s, key, f->tag, f->tag2, last) != (int)i || gw__fast_lookup(&searched, key, f->tag, f->tag2, last) != (int)i)
                    t_failf(__FILE__, __LINE__, "%s: key \"%s\" not found as field %u after field %u", proto, f->name, i, last);
        }
        if (f->kind == GW__OBJ) check_schema_keys(proto, (const gw__schema *)f->sub, depth + 1);
        if (f->kind == GW__ARR && ((const gw__field *)f->sub)->kind == GW__OBJ)
            check_schema_keys(proto, (const gw__schema *)((const gw__field *)f->sub)->sub, depth + 1);
    }
}

/* Keys that no schema has: found in none (a table's slot holds another key, or none) */
static void check_not_keys(const char *proto, const gw__schema *s)
{
    static const char *const others[] = { "", "x", "op ", "Op", "idx", "zz_not_a_key", "a_key_of_twenty_byte", "d\"" };
    size_t i;
    uint32_t last;
    for (i = 0; i < sizeof others / sizeof others[0]; i++) {
        gw_str key;
        key.ptr = others[i];
        key.len = (uint32_t)strlen(others[i]);
        key.escaped = 0;
        for (last = 0; last <= s->n; last++)
            if (gw__fast_lookup(s, key, tag_of(others[i], 1), gw__key_tag2(key), last) != -1)
                t_failf(__FILE__, __LINE__, "%s: %s finds a field for \"%s\"", proto, s->name, others[i]);
    }
}

/* Every schema's key table is the one make slots writes (tests/slots.h), and sends each key to
   its own field; checked on every schema the rows reach. Protocols compiled in from outside
   gateway.h (the toy) have no tables and are searched. */
typedef struct { const char *proto; int extra; } slots_ctx;
static void check_slots(const gw__schema *s, void *vctx)
{
    const slots_ctx *ctx = (const slots_ctx *)vctx;
    slots_table t;
    int want = slots_make(s, &t);
    if (!s->tuple) check_not_keys(ctx->proto, s);
    if (ctx->extra && s->slots == gw__no_slots) return;
    if (want != (s->slots != gw__no_slots))
        t_failf(__FILE__, __LINE__, "%s: %s %s a key table: run make slots", ctx->proto, s->name, s->slots != gw__no_slots ? "has" : "lacks");
    else if (want && (t.mul != s->slot_mul || t.shift != s->slot_shift || strcmp(t.slots, s->slots) != 0 || t.required != s->required ||
                      s->key_mask != (t.bytes >= 8 ? ~(uint64_t)0 : ((uint64_t)1 << (8 * t.bytes)) - 1)))
        t_failf(__FILE__, __LINE__, "%s: %s's key table is not make slots' (run make slots)", ctx->proto, s->name);
    else
        CHECK(1);
}

/* Is P compiled in from outside gateway.h (GW_EXTRA_PROTOCOLS: the toy)? Those have no key tables
   and no whole frames (make slots does not see them). */
static int extra_protocol(const gw__proto *P)
{
#ifdef GW_EXTRA_PROTOCOLS
#define EXTRA(p, id) &gw__##p##_proto,
    static const gw__proto *const extras[] = { GW_EXTRA_PROTOCOLS(EXTRA) };
#undef EXTRA
#else
    static const gw__proto *const extras[] = { NULL };
#endif
    size_t q;
    for (q = 0; q < sizeof extras / sizeof extras[0]; q++) if (extras[q] == P) return 1;
    return 0;
}

static void test_slots(void)
{
    size_t p;
    for (p = 0; p < sizeof sprotos / sizeof sprotos[0]; p++) {
        const gw__proto *P = sprotos[p]->codec;
        const gw__schema *seen[1024];
        size_t n = 0;
        uint32_t i;
        slots_ctx ctx;
        ctx.proto = P->name;
        ctx.extra = extra_protocol(P);
        t_case_begin(P->name);
        for (i = 0; i < P->nv; i++) n = slots_walk(P->v[i].schema, seen, n, 1024, check_slots, &ctx);
        CHECK(n < 1024);
        t_case_end();
    }
}

/* Every protocol's whole frames (gw__whole) are the ones make slots writes (tests/slots.h), and
   gw_decode of each, from each side, gives what the token decoder gives: the row's kind with
   nothing set from its senders, the token decoder's answer from the other side. Protocols compiled
   in from outside gateway.h (the toy) have none. */
static void check_peek(const gw__proto *P, const char *bytes, size_t len, gw_from side, size_t scratch_size)
{
    static unsigned char scratch[1 << 16];
    gw_envelope pa, pb;
    gw_error ea, eb;
    gw_err ra, rb;
    memset(&pa, 0xAB, sizeof pa);
    ra = gw__peek(P, bytes, len, side, &pa, scratch, scratch_size, &ea);
    rb = gw__peek_tokens(P, bytes, len, side, &pb, scratch, scratch_size, &eb);
    if (ra == GW_OK && (rb == GW_ERR_JSON || rb == GW_ERR_DUPLICATE_KEY || rb == GW_ERR_SCRATCH)) return; /* read in place (gw__peek_ends, gw__peek_walk) */
    CHECK_EQ(ra, rb);
    CHECK_EQ(ea.offset, eb.offset);
    CHECK_EQ(ea.needed, eb.needed);
    CHECK(pa.kind == pb.kind && pa.kind_name == pb.kind_name && pa.op == pb.op && pa.op_name.ptr == pb.op_name.ptr &&
          pa.op_name.len == pb.op_name.len && pa.name.ptr == pb.name.ptr && pa.name.len == pb.name.len &&
          pa.has_seq == pb.has_seq && pa.seq == pb.seq);
}

/* check_peek with scratch room enough, none, and the least the token peek takes and a byte less */
static void check_peek_scratch(const gw__proto *P, const char *bytes, size_t len, gw_from side)
{
    static unsigned char scratch[1 << 16];
    gw_envelope env;
    gw_error err;
    size_t least;
    check_peek(P, bytes, len, side, sizeof scratch);
    check_peek(P, bytes, len, side, 0);
    for (least = 0; least < sizeof scratch; least++)
        if (gw__peek_tokens(P, bytes, len, side, &env, scratch, least, &err) != GW_ERR_SCRATCH) break;
    if (least) check_peek(P, bytes, len, side, least - 1);
    check_peek(P, bytes, len, side, least);
}

/* gw_encode of the row's kind, its payload zeros or (for a kind with nothing variable, whose
   payload is never read) a fill byte, in room enough, exactly enough and one byte short, as the
   encoder's writer path does it (bytes, code, err.needed, outlen) */
static void check_whole_encode(const gw__proto *P, const gw__whole *w)
{
    static unsigned char msg[8192];
    static const int fills[2] = { 0x00, 0xA5 };
    size_t caps[3];
    int f, c;
    caps[0] = 256, caps[1] = (size_t)w->len + 1, caps[2] = w->len;
    for (f = 0; f < 1 + (int)w->encoded; f++) /* (an encoded row is one of a kind with nothing variable) */
        for (c = 0; c < 3; c++) {
            char a[257], b[257];
            size_t na = 99, nb = 99;
            gw_error ea, eb;
            gw_err ra, rb;
            memset(msg, fills[f], P->msg_size);
            memcpy(msg, &w->kind, sizeof w->kind);
            memset(a, 'x', sizeof a), memset(b, 'x', sizeof b);
            ra = gw__encode(P, msg, GW_WIRE_SEED, a, caps[c], &na, &ea);
            rb = gw__encode_all(P, msg, GW_WIRE_SEED, b, caps[c], &nb, &eb);
            CHECK_EQ(ra, rb);
            CHECK_EQ(na, nb);
            CHECK_EQ(ea.needed, eb.needed);
            CHECK(ra == GW_OK ? memcmp(a, b, na + 1) == 0 : a[0] == 0 && b[0] == 0); /* the frame, else "" */
            if (w->encoded) CHECK(ra != GW_OK || (na == w->len && memcmp(a, w->bytes, w->len) == 0));
        }
}

static void test_whole(void)
{
    static whole_set set;
    static unsigned char a[8192], b[8192], scratch[1 << 16];
    size_t p;
    for (p = 0; p < sizeof sprotos / sizeof sprotos[0]; p++) {
        const gw__proto *P = sprotos[p]->codec;
        int i, extra = extra_protocol(P);
        const gw__whole *w;
        t_case_begin(P->name);
        CHECK(whole_make(P, &set) == 0 && P->msg_size <= sizeof a);
        if (extra) memset(&set, 0, sizeof set);
        CHECK_EQ(P->whole_max, set.longest);
        if (set.n) CHECK(P->whole_mul == set.mul && P->whole_shift == set.shift && strcmp(P->whole_slots, set.slots) == 0);
        for (i = 0, w = P->whole; w->len; w++, i++) {
            unsigned side;
            if (i >= set.n || w->from != set.rows[i].from || w->kind != set.rows[i].kind || w->len != set.rows[i].len ||
                w->encoded != set.rows[i].encoded || w->more != set.rows[i].more || memcmp(w->bytes, set.rows[i].bytes, w->len) != 0) {
                t_failf(__FILE__, __LINE__, "%s: whole frame %d (%s) is not make slots' (run make slots)", P->name, i, w->bytes);
                break;
            }
            check_whole_encode(P, w);
            for (side = GW_FROM_CLIENT; side <= GW_FROM_SERVER; side++) {
                gw_error ea, eb;
                gw_err ra, rb;
                CHECK(gw__whole_find(P, w->bytes, w->len, (gw_from)side) == ((w->from & side) ? w : NULL));
                memset(b, 0xAB, sizeof b);
                ra = gw__decode(P, w->bytes, w->len, (gw_from)side, 0, a, scratch, sizeof scratch, &ea);
                rb = gw__decode_tokens(P, w->bytes, w->len, (gw_from)side, b, scratch, sizeof scratch, &eb, 0);
                CHECK_EQ(ra, rb);
                CHECK_EQ(ea.offset, eb.offset);
                CHECK(memcmp(a, b, P->msg_size) == 0);
                if (w->from & side) CHECK(ra == GW_OK && gw_msg_kind(a) == w->kind);
                check_peek_scratch(P, w->bytes, w->len, (gw_from)side);
            }
        }
        CHECK_EQ(i, set.n);
        t_case_end();
    }
}

/* Every protocol's shapes (gw__shape) are the ones make slots writes (tests/slots.h); and each,
   filled with values of every kind (in range, at and past each bound, signs, leading zeros,
   fractions, exponents, booleans and literals where the other is due, nothing), and every such
   frame cut short or with one byte changed, decodes from either side as the token decoder decodes
   it: the same code, offset and message. Each frame in range from the row's sender is read by the
   shape (the path is taken). */
static void check_shape_frame(const gw__proto *P, const char *buf, size_t len, int expect_shape, gw_from side, int scratch_sizes)
{
    static unsigned char a[8192], b[8192], scratch[1 << 16];
    gw_error ea, eb;
    gw_err ra, rb;
    if (len > 255) return;
    memset(a, 0xAB, sizeof a);
    ra = gw__decode(P, buf, len, side, 0, a, scratch, sizeof scratch, &ea);
    rb = gw__decode_tokens(P, buf, len, side, b, scratch, sizeof scratch, &eb, 0);
    if (ra != rb || ea.offset != eb.offset || memcmp(a, b, P->msg_size) != 0) {
        t_failf(__FILE__, __LINE__, "%s: %.*s from %d: %s at %zu, the token decoder %s at %zu%s", P->name, (int)len, buf, (int)side,
                gw_strerror(ra), ea.offset, gw_strerror(rb), eb.offset, memcmp(a, b, P->msg_size) ? ", messages differ" : "");
        return;
    }
    check_peek(P, buf, len, side, sizeof scratch);
    if (scratch_sizes) check_peek_scratch(P, buf, len, side); /* (each shape's first frame: the search is slow) */
    if (expect_shape && rb == GW_OK) { /* (a rule of the kind's may refuse a value in range: 0 for an interval) */
        memset(a, 0, P->msg_size);
        CHECK(len >= 16 && len <= GW__SHAPE_LEN && gw__shape_slot(P, buf, side) >= 0 && gw__shape_decode(P, gw__shape_slot(P, buf, side), buf, len, side, a) == 0);
        CHECK(memcmp(a, b, P->msg_size) == 0);
    }
}

static void test_shape(void)
{
    static shape_set set;
    static const char *const ints[] = { "0", "1", "9", "10", "255", "65535", "65536", "2147483647", "2147483648",
        "4294967295", "4294967296", "123456789012345", "1234567890123456", "12345678901234567", "9223372036854775807",
        "9223372036854775808", "18446744073709551615", "18446744073709551616", "99999999999999999999", "100000000000000000000",
        "-1", "-0", "01", "00", "1.5", "1e3", "1E3", "-", "", "true", "false", "null", " 1", "1 ", "\"1\"", "-9223372036854775808" };
    static const char *const bools[] = { "true", "false", "tru", "falsey", "1", "null", "" };
    static const char *const strs[] = { "\"a\"", "\"\"", "\"hello world\"", "\"00000000-0000-4000-8000-000000000000\"",
        "\"2020-01-01T00:00:00.000Z\"", "\"0001\"", "\"caf\\u00e9\"", "\"a\\\"b\"", "\"\\x\"", "\"\xc3\xa9\"",
        "\"\xff\"", "\"\x01\"", "\"abc", "1", "null", "true", "\"\\ud83d\\ude00\"", "\"\\ud83d\"" };
    static const char *const flakes[] = { "\"1\"", "\"18446744073709551615\"", "\"123456789012345678\"", "\"0\"", "\"01\"",
        "\"18446744073709551616\"", "\"\"", "\"12a\"", "1", "null", "\"-1\"", "\" 1\"", "\"99999999999999999999\"" };
    static const char *const text[] = { "\"a\"", "\"00000000-0000-4000-8000-000000000000\"", "\"2020-01-01T00:00:00.000Z\"", "\"0001\"" };
    size_t p;
    for (p = 0; p < sizeof sprotos / sizeof sprotos[0]; p++) {
        const gw__proto *P = sprotos[p]->codec;
        int i, extra = extra_protocol(P), frames = 0;
        const gw__shape *sh;
        t_case_begin(P->name);
        CHECK(shape_make(P, &set) == 0);
        if (extra) memset(&set, 0, sizeof set);
        if (set.n) CHECK(P->shape_mul == set.mul && P->shape_shift == set.shift && P->shape_slots && strcmp(P->shape_slots, set.slots) == 0);
        else CHECK(P->shape_slots == NULL);
        for (i = 0, sh = P->shape; sh->holes; sh++, i++) {
            const shape_row *r = &set.rows[i];
            size_t text_len = 0;
            uint32_t h, k, side;
            for (h = 0; h <= sh->holes; h++) text_len += sh->piece[h];
            if (i >= set.n || sh->from != r->s.from || sh->more != r->s.more || sh->shares != r->s.shares || sh->holes != r->s.holes || sh->next != r->s.next ||
                memcmp(sh->piece, r->s.piece, sizeof sh->piece) != 0 || memcmp(sh->at, r->s.at, sizeof sh->at) != 0 ||
                sh->row != r->s.row || sh->objs != r->s.objs || text_len != r->text_len || memcmp(sh->text, r->text, text_len + 16) != 0) {
                t_failf(__FILE__, __LINE__, "%s: shape %d (%s) is not make slots' (run make slots)", P->name, i, sh->text);
                break;
            }
            for (h = 0; h < sh->holes; h++) { /* every value of hole h, the others 1 (true) */
                const gw__field *f = &P->v[sh->row].schema->f[sh->at[h][0]];
                const char *const *vals;
                size_t nv;
                if (sh->at[h][1] != 255) f = &((const gw__schema *)f->sub)->f[sh->at[h][1]];
                switch (sh->type[h]) {
                case GW__SHAPE_BOOL: vals = bools, nv = sizeof bools / sizeof bools[0]; break;
                case GW__SHAPE_STR: vals = strs, nv = sizeof strs / sizeof strs[0]; break;
                case GW__SHAPE_SNOWFLAKE: vals = flakes, nv = sizeof flakes / sizeof flakes[0]; break;
                default: vals = ints, nv = sizeof ints / sizeof ints[0]; break;
                }
                for (k = 0; k < nv; k++) {
                    char buf[256];
                    size_t n = 0, at = 0, cut;
                    uint32_t j;
                    int in_range = 1;
                    for (j = 0; j <= sh->holes; j++) {
                        memcpy(buf + n, sh->text + at, sh->piece[j]);
                        n += sh->piece[j], at += sh->piece[j];
                        if (j < sh->holes) {
                            const gw__field *g = &P->v[sh->row].schema->f[sh->at[j][0]];
                            const char *val;
                            if (sh->at[j][1] != 255) g = &((const gw__schema *)g->sub)->f[sh->at[j][1]];
                            val = j == h ? vals[k] : g->kind == GW__BOOL ? "true" : g->kind == GW__SNOWFLAKE ? "\"1\""
                                : g->kind == GW__STR ? text[g->cval >= 0 && g->cval < 4 ? g->cval : 0] : "1";
                            memcpy(buf + n, val, strlen(val));
                            n += strlen(val);
                        }
                    }
                    if (sh->type[h] == GW__SHAPE_INT) { /* in range: digits only, no leading zero, within the field's maximum */
                        unsigned char probe[8];
                        const char *v = ints[k];
                        size_t d = strlen(v);
                        in_range = d && d <= 20 && strspn(v, "0123456789") == d && (v[0] != '0' || d == 1) &&
                                   (d < 20 || strcmp(v, "18446744073709551615") <= 0) &&
                                   !gw__int_put(f, 0, strtoull(v, NULL, 10), probe);
                    } else { /* the first of each list: plain ASCII strings (of the field's format: the token decoder says) */
                        in_range = k < (sh->type[h] == GW__SHAPE_STR ? 6u : sh->type[h] == GW__SHAPE_BOOL ? 2u : 3u);
                    }
                    for (side = GW_FROM_CLIENT; side <= GW_FROM_SERVER; side++) {
                        check_shape_frame(P, buf, n, in_range && side == sh->from && n <= GW__SHAPE_LEN, (gw_from)side, !h && !k);
                        frames++;
                        if (k || h) continue; /* each cut and changed byte once per row */
                        for (cut = 1; cut < n; cut++) check_shape_frame(P, buf, cut, 0, (gw_from)side, 0);
                        for (cut = 0; cut < 3; cut++) { /* a byte more: whitespace, a member's end, another byte */
                            buf[n] = " }x"[cut];
                            check_shape_frame(P, buf, n + 1, 0, (gw_from)side, 0);
                        }
                        for (cut = 0; cut < n; cut++) {
                            static const char repl[] = { 'x', ' ', '0', '9', '}', '"', '-' };
                            size_t q;
                            for (q = 0; q < sizeof repl; q++) {
                                char keep = buf[cut];
                                if (keep == repl[q]) continue;
                                buf[cut] = repl[q];
                                check_shape_frame(P, buf, n, 0, (gw_from)side, 0);
                                buf[cut] = keep;
                                frames++;
                            }
                        }
                    }
                }
            }
        }
        CHECK_EQ(i, set.n);
        if (set.n) CHECK(frames > 0);
        t_case_end();
    }
}

/* Frame buf, len from side decodes as the token decoder decodes it: code, offset, message (the
   same, gw__equal both ways: lists sit elsewhere in scratch), and peeks as the token peek does;
   with lead (or tail) not NULL (the frame starts with it), a frame the token decoder reads is read
   through the lead (the tail) alone too, and peeks so with every sort of scratch: then 1, else 0 */
static int check_lead_frame(const gw__proto *P, const char *buf, size_t len, gw_from side, const gw__lead *lead,
                            const gw__tail *tail)
{
    static unsigned char a[8192], b[8192], sa[1 << 16], sb[1 << 16];
    gw_error ea, eb;
    gw_err ra, rb;
    memset(a, 0xAB, sizeof a);
    ra = gw__decode(P, buf, len, side, 0, a, sa, sizeof sa, &ea);
    rb = gw__decode_tokens(P, buf, len, side, b, sb, sizeof sb, &eb, 0);
    if (ra != rb || ea.offset != eb.offset || (ra == GW_OK ? !gw__equal(P, a, b) || !gw__equal(P, b, a) : memcmp(a, b, P->msg_size) != 0)) {
        t_failf(__FILE__, __LINE__, "%s: %.*s from %d: %s at %zu, the token decoder %s at %zu, messages %s", P->name, (int)len, buf,
                (int)side, gw_strerror(ra), ea.offset, gw_strerror(rb), eb.offset, gw__equal(P, a, b) ? "equal" : "differ");
        return 0;
    }
    check_peek(P, buf, len, side, sizeof sa);
    if ((lead || tail) && rb == GW_OK) {
        gw__fast_ctx c;
        uint32_t skipped = 0;
        CHECK(lead ? gw__lead_find(P, buf, len, side) == lead : gw__tail_find(P, buf, len, side) == tail);
        gw__fast_init(&c, P, buf, len, sa, sizeof sa, 0, &skipped);
        memset(a, 0, P->msg_size);
        CHECK((lead ? gw__lead_decode(&c, P, side, a, lead, c.begin + lead->len, 0) : gw__tail_decode(&c, P, side, a, tail, c.begin + (tail->head_len ? tail->head_len : 1), c.end - tail->len, NULL, NULL)) == 0 &&
              gw__equal(P, a, b) && gw__equal(P, b, a));
        check_peek_scratch(P, buf, len, side);
        if (!P->op_is_string && !P->seq_key) { /* and through the lead (the tail) alone */
            gw_envelope env;
            memset(&env, 0, sizeof env);
            CHECK(gw__peek_ends(P, buf, len, side, &env) == 0 && env.kind == gw_msg_kind(b));
        }
        return 1;
    }
    return 0;
}

/* Every value of schema s at base set as shape_fill sets it, and more: one in each id, 0 in each
   raw value, and every has_ flag */
static void lead_fill(const gw__schema *s, unsigned char *base)
{
    uint32_t i;
    shape_fill(s, base);
    for (i = 0; i < s->n; i++) {
        const gw__field *f = &s->f[i];
        if (f->has != GW__NOHAS) base[f->has] = 1;
        if (f->kind == GW__OBJ && !f->size) lead_fill(gw__sub_schema(f), base + f->off);
        else if (f->kind == GW__ID) { uint64_t one = 1; memcpy(base + f->off, &one, sizeof one); }
        else if (f->kind == GW__RAW) { gw_raw zero; zero.ptr = "{}", zero.len = 2; memcpy(base + f->off, &zero, sizeof zero); }
    }
}

/* The members of object token o of compact frame in, whose '}' is at close: each one's key token
   and bytes [at, end) (from its key's quote to its value's last byte), up to 64 */
typedef struct lead_member { uint32_t key; size_t at, end; } lead_member;
static uint32_t lead_members(const gj_tok *toks, uint32_t o, size_t close, lead_member *m)
{
    uint32_t i, t;
    for (i = 0, t = o + 1; i < toks[o].size && i < 64; i++, t = toks[t + 1].next) {
        m[i].key = t;
        m[i].at = toks[t].start - 1;
        if (i) m[i - 1].end = m[i].at - 1; /* before the ',' */
    }
    if (i) m[i - 1].end = close;
    return i;
}

/* Compact frame in, n with lead l's members first, into out (cap bytes): l's text, the other
   members of the name's object, then the other top-level members. Its length, or 0 when in lacks
   them, or the name's object has no other member (no lead starts such a frame). */
static size_t lead_order_frame(const gw__proto *P, const gw__lead *l, const char *in, size_t n, char *out, size_t cap)
{
    static gj_tok toks[4096];
    lead_member top[64], inner[64];
    gj_status st;
    const gw__schema *s = P->v[l->row].schema;
    const char *name = l->name_at == GW__LEAD_NONE ? NULL : l->in != GW__LEAD_NONE ? gw__sub_schema(&s->f[l->in])->f[l->name_at].name
                                                                                     : s->f[l->name_at].name;
    const char *holder = l->in != GW__LEAD_NONE ? s->f[l->in].name : name; /* the top-level member the lead ends in */
    const char *null_key = l->null_at != GW__LEAD_NONE ? s->f[l->null_at].name : NULL;
    uint32_t ntop, ninner = 0, i, o = 0;
    size_t len = l->len;
    if (gj_tokenize(in, n, toks, 4096, &st) != GJ_OK || toks[0].type != GJ_OBJECT || l->len + 2u > cap) return 0;
    ntop = lead_members(toks, 0, n - 1, top);
    memcpy(out, l->text, l->len);
#define LEAD_KEY_IS(t, k) ((k) && toks[t].len == strlen(k) && memcmp(in + toks[t].start, k, toks[t].len) == 0)
    if (l->in != GW__LEAD_NONE) {
        for (i = 0; i < ntop && !o; i++) if (LEAD_KEY_IS(top[i].key, holder)) o = top[i].key + 1;
        if (!o || toks[o].type != GJ_OBJECT) return 0;
        for (i = 0; i < ntop; i++) if (top[i].key + 1 == o) ninner = lead_members(toks, o, top[i].end - 1, inner);
        for (i = 0; i < ninner; i++) {
            if (LEAD_KEY_IS(inner[i].key, name)) continue;
            if (len + inner[i].end - inner[i].at + 3 > cap) return 0;
            if (out[len - 1] != ',') out[len++] = ',';
            memcpy(out + len, in + inner[i].at, inner[i].end - inner[i].at);
            len += inner[i].end - inner[i].at;
        }
        if (out[len - 1] == ',') return 0;
        out[len++] = '}';
    }
    for (i = 0; i < ntop; i++) {
        if (LEAD_KEY_IS(top[i].key, s->f[l->op_at].name) || LEAD_KEY_IS(top[i].key, holder) || LEAD_KEY_IS(top[i].key, null_key)) continue;
        if (len + top[i].end - top[i].at + 3 > cap) return 0;
        if (out[len - 1] != ',') out[len++] = ',';
        memcpy(out + len, in + top[i].at, top[i].end - top[i].at);
        len += top[i].end - top[i].at;
    }
#undef LEAD_KEY_IS
    if (out[len - 1] == ',') return 0;
    out[len++] = '}';
    return len;
}

/* Compact frame in, n with its top-level member `first` first (NULL: none) and the members `last`
   then `last2` last (NULL: none), the others between in their order (middle_too 1: at least one;
   -1: none, left out), into out (cap bytes). Its length, or 0 when in lacks one of them or
   (middle_too 1) has no other member. */
static size_t tail_order_frame(const char *in, size_t n, const char *first, const char *last, const char *last2, int middle_too,
                               char *out, size_t cap)
{
    static gj_tok toks[4096];
    lead_member top[64];
    gj_status st;
    uint32_t ntop, i, j, k, placed = 0, middle = 0;
    size_t len = 1;
    if (gj_tokenize(in, n, toks, 4096, &st) != GJ_OK || toks[0].type != GJ_OBJECT || cap < 2) return 0;
    ntop = lead_members(toks, 0, n - 1, top);
    out[0] = '{';
#define TAIL_KEY_IS(t, k) ((k) && toks[t].len == strlen(k) && memcmp(in + toks[t].start, k, toks[t].len) == 0)
    for (k = 0; k < 3; k++) { /* first, the others, last, last2 */
        for (i = 0; i < ntop; i++) {
            int mine = k == 1 ? !TAIL_KEY_IS(top[i].key, first) && !TAIL_KEY_IS(top[i].key, last) && !TAIL_KEY_IS(top[i].key, last2)
                              : TAIL_KEY_IS(top[i].key, k ? last : first);
            if (!mine || (k == 1 && middle_too < 0)) continue;
            if (len + top[i].end - top[i].at + 3 > cap) return 0;
            if (len > 1) out[len++] = ',';
            memcpy(out + len, in + top[i].at, top[i].end - top[i].at);
            len += top[i].end - top[i].at;
            if (k == 1) middle++;
            else placed++;
        }
        if (k == 2) { /* last2 after last */
            for (j = 0; j < ntop; j++) {
                if (!TAIL_KEY_IS(top[j].key, last2)) continue;
                if (len + top[j].end - top[j].at + 3 > cap) return 0;
                out[len++] = ',';
                memcpy(out + len, in + top[j].at, top[j].end - top[j].at);
                len += top[j].end - top[j].at;
                placed++;
            }
        }
    }
#undef TAIL_KEY_IS
    if ((middle_too > 0 && !middle) || placed != (uint32_t)(first != NULL) + (last != NULL) + (last2 != NULL)) return 0;
    out[len++] = '}';
    return len;
}

/* Compact frame out, *len (cap bytes) with the members of the object that is its first top-level
   member (last_member 0) or its last (1) reordered: `name` first (name_first 1) or last, the others
   in their order. 0, or -1 when that member is no object, or the object lacks the name or another
   member. */
static int object_name_at(char *out, size_t *len, size_t cap, int last_member, const char *name, int name_first)
{
    static char obj[4096], copy[4096];
    static gj_tok toks[4096];
    lead_member top[64];
    gj_status js;
    uint32_t n, i;
    size_t at, olen;
    if (*len > sizeof copy || gj_tokenize(out, *len, toks, 4096, &js) != GJ_OK || toks[0].type != GJ_OBJECT ||
        !(n = lead_members(toks, 0, *len - 1, top)))
        return -1;
    i = last_member ? n - 1 : 0;
    if (toks[top[i].key + 1].type != GJ_OBJECT) return -1;
    at = toks[top[i].key + 1].start; /* the object's '{' */
    olen = tail_order_frame(out + at, top[i].end - at, name_first ? name : NULL, name_first ? NULL : name, NULL, 1, obj, sizeof obj);
    if (!olen || *len - (top[i].end - at) + olen >= cap) return -1;
    memcpy(copy, out, *len);
    memcpy(out + at, obj, olen);
    memcpy(out + at + olen, copy + top[i].end, *len - top[i].end);
    *len = at + olen + *len - top[i].end;
    return 0;
}

/* Compact frame in, n with the first of its top-level scalar members that a lead or a tail may pass
   over (gw__fast_passable) moved to the front (where 0), second (1), last but one (2) or last (3),
   of a frame of three members or more: it decodes and peeks as the token decoder and peek do, and
   where gw__fast_ends_past reads it, that gives the token decoder's message (counted in
   passed_read); so does the frame with that member in its place too (repeated), and each frame it
   makes cut short, or with a byte changed, within the moved member and the 32 bytes after it
   (before it, where 2 or 3) */
static long passed_read;
static void check_passed(const gw__proto *P, const char *in, size_t n, gw_from side, int where)
{
    const int last = where >= 2;
    static gj_tok toks[4096];
    static char out[8192];
    static unsigned char a[8192], b[8192], sa[1 << 16], sb[1 << 16];
    static const char repl[] = { 'x', ' ', '0', '9', '}', '"', ',', '{' };
    const unsigned char *end = (const unsigned char *)in + n;
    lead_member top[64];
    gj_status js;
    gw_error ea, eb;
    uint32_t ntop, i, j;
    uint32_t skipped = 0;
    size_t len = 1, mlen, cut, q, lo, hi;
    if (n + 2 > sizeof out || gj_tokenize(in, n, toks, 4096, &js) != GJ_OK || toks[0].type != GJ_OBJECT) return;
    ntop = lead_members(toks, 0, n - 1, top);
    for (i = 0; i < ntop; i++) {
        const gj_tok *k = &toks[top[i].key], *v = &toks[top[i].key + 1];
        gw__top_member m;
        m.key.ptr = in + k->start;
        m.key.len = k->len;
        m.key.escaped = 0;
        m.tag = gw__key_tag((const unsigned char *)m.key.ptr, m.key.len, end);
        m.val = (const unsigned char *)in + v->start - (v->type == GJ_STRING);
        if (!(k->flags & GJ_ESCAPED) && gw__fast_passable(P, &m, end)) break;
    }
    if (i == ntop || ntop < 3) return;
    mlen = top[i].end - top[i].at;
    out[0] = '{';
    {
        uint32_t put = where == 0 ? 0 : where == 1 ? 1 : where == 2 ? ntop - 2 : ntop - 1, o; /* its index among all */
        size_t at_len = 0;
        for (j = 0, o = 0; o < ntop; o++) {
            uint32_t from_j;
            if (o == put) from_j = i, at_len = len + (len > 1);
            else {
                if (j == i) j++;
                from_j = j++;
            }
            if (len > 1) out[len++] = ',';
            memcpy(out + len, in + top[from_j].at, top[from_j].end - top[from_j].at);
            len += top[from_j].end - top[from_j].at;
        }
        out[len++] = '}';
        lo = at_len;
    }
    check_lead_frame(P, out, len, side, NULL, NULL);
    if (gw__decode_tokens(P, out, len, side, b, sb, sizeof sb, &eb, 0) == GW_OK) {
        int r;
        memset(a, 0, P->msg_size);
        r = gw__fast_ends_past(P, out, len, side, a, sa, sizeof sa, 0, &skipped);
        if (r == 0) {
            CHECK(gw__equal(P, a, b) && gw__equal(P, b, a));
            passed_read++;
        } else {
            CHECK(r == -1 || r == GW__GIVE_UP);
        }
    }
    (void)ea;
    { /* the member there and in its place too: a key repeated */
        static char twice[8192 + 64];
        size_t tn = lo;
        memcpy(twice, out, lo);
        memcpy(twice + tn, in + top[i].at, mlen), tn += mlen, twice[tn++] = ',';
        memcpy(twice + tn, out + lo, len - lo), tn += len - lo; /* (the frame with it once more there) */
        check_lead_frame(P, twice, tn, side, NULL, NULL);
        memset(a, 0, P->msg_size);
        CHECK(gw__fast_ends_past(P, twice, tn, side, a, sa, sizeof sa, 0, &skipped) != 0);
    }
    hi = last ? len : lo + mlen + 33 < len ? lo + mlen + 33 : len;
    lo = last ? (lo > 33 ? lo - 33 : 1) : lo;
    for (cut = lo; cut < hi; cut++) {
        check_lead_frame(P, out, cut, side, NULL, NULL);
        for (q = 0; q < sizeof repl; q++) {
            char keep = out[cut];
            if (keep == repl[q]) continue;
            out[cut] = repl[q];
            check_lead_frame(P, out, len, side, NULL, NULL);
            out[cut] = keep;
        }
    }
}

/* Every protocol's leads (gw__lead) are the ones make slots writes (tests/slots.h); and for each,
   a message of its row's kind with every scalar set (lead_fill, or shape_fill without the has_
   flags), or with none, its name's value set where that is an enum, encoded in each wire, in each
   order of its small objects' members (shape_orders) and with the lead's members first: each frame
   that starts with the lead (and ends with its end) is read and peeked through it (the path is
   taken), and decodes and peeks as the token decoder and peek do, as does each frame it makes cut
   short within the lead (and its end) and 32 bytes from it, with each of those bytes changed,
   with one byte more, once past the size cap, and with its null member (if it has one) again */
static void test_lead(void)
{
    static lead_set set;
    static int lead_was_read[LEAD_MAX_ROWS];
    static unsigned char msg[8192];
    size_t p;
    for (p = 0; p < sizeof sprotos / sizeof sprotos[0]; p++) {
        const gw__proto *P = sprotos[p]->codec;
        int i, extra = extra_protocol(P), leads_read = 0;
        const gw__lead *l;
        t_case_begin(P->name);
        CHECK(lead_make(P, &set) == 0);
        if (extra) memset(&set, 0, sizeof set);
        if (set.n) CHECK(P->lead_mul == set.mul && P->lead_shift == set.shift && P->lead_slots && strcmp(P->lead_slots, set.slots) == 0);
        else CHECK(P->lead_slots == NULL);
        for (i = 0, l = P->lead; l->len; l++, i++) {
            const gw__lead *r = &set.rows[i].l;
            const gw__schema *s = P->v[l->row].schema;
            int wire, read = 0;
            if (i >= set.n || l->from != r->from || l->more != r->more || l->len != r->len || l->op_at != r->op_at ||
                l->name_at != r->name_at || l->in != r->in || l->name_enum != r->name_enum || l->row != r->row ||
                l->end_len != r->end_len || l->null_at != r->null_at || memcmp(l->text, r->text, l->len) != 0 ||
                memcmp(l->end, r->end, l->end_len) != 0) {
                t_failf(__FILE__, __LINE__, "%s: lead %d (%.*s) is not make slots' (run make slots)", P->name, i, (int)l->len, l->text);
                break;
            }
            for (wire = 3 * GW_WIRE_SEED; wire < 3 * GW_WIRE_ORIGINAL + 3; wire++) { /* each wire, filled three ways */
                static char outs[SHAPE_MAX_ORDERS][GW__SHAPE_LEN * 4], one[4096], first[4096], padded[1 << 20];
                size_t lens[SHAPE_MAX_ORDERS], len = 0, cut, q, nfirst;
                char *out = outs[0];
                gw_error err;
                int o, norders;
                memset(msg, 0, P->msg_size);
                memcpy(msg, &P->v[l->row].kind, sizeof P->v[l->row].kind);
                if (wire % 3 == 0) lead_fill(s, msg);
                else if (wire % 3 == 1) shape_fill(s, msg);
                if (l->name_enum) { /* the name's value, where gw_encode writes it from */
                    const gw__field *f = l->in != GW__LEAD_NONE ? &s->f[l->in] : NULL;
                    gw__lead_name(l->name_enum, f ? &gw__sub_schema(f)->f[l->name_at] : &s->f[l->name_at], f ? msg + f->off : msg);
                }
                if (gw__encode_all(P, msg, (gw_wire)(wire / 3), one, sizeof one, &len, &err) != GW_OK) continue;
                norders = len < sizeof outs[0] && !l->end_len ? shape_orders(one, len, outs, lens, 0) : 0;
                if (!l->end_len) nfirst = lead_order_frame(P, l, one, len, first, sizeof first - 1); /* then with the lead's members first */
                else if (l->in == GW__LEAD_NONE) nfirst = tail_order_frame(one, len, s->f[l->name_at].name, P->op_key, NULL, 1, first, sizeof first - 1);
                else if ((nfirst = tail_order_frame(one, len, s->f[l->in].name, P->op_key, NULL, 0, first, sizeof first - 1)) != 0 &&
                         object_name_at(first, &nfirst, sizeof first - 1, 0, gw__sub_schema(&s->f[l->in])->f[l->name_at].name, 1))
                    nfirst = 0; /* (the name's object first, the name first in it) */
                for (o = 0; o <= norders; o++) {
                static char spaced[1 << 16];
                size_t room;
                out = o < norders ? outs[o] : first, len = o < norders ? lens[o] : nfirst;
                room = o < norders ? sizeof outs[0] : sizeof first;
                if (l->text[1] == '\n') { /* a pretty-printed lead: the frame pretty-printed */
                    if (!len || (len = whole_spaced(out, len, 1, spaced, sizeof spaced - 2)) == 0) continue;
                    out = spaced, room = sizeof spaced;
                }
                if (len <= l->len + l->end_len || len + 1 >= room || memcmp(out, l->text, l->len) != 0 ||
                    memcmp(out + len - l->end_len, l->end, l->end_len) != 0)
                    continue;
                if (check_lead_frame(P, out, len, (gw_from)l->from, l, NULL) && !read++ && len <= P->cap[l->from] &&
                    P->cap[l->from] + 2 <= sizeof padded) { /* once, past the size cap: spaces after the lead */
                    size_t pad = P->cap[l->from] + 1 - len;
                    memcpy(padded, out, l->len);
                    memset(padded + l->len, ' ', pad);
                    memcpy(padded + l->len + pad, out + l->len, len - l->len);
                    check_lead_frame(P, padded, len + pad, (gw_from)l->from, NULL, NULL);
                }
                check_lead_frame(P, out, len, (gw_from)(GW_FROM_CLIENT + GW_FROM_SERVER - l->from), NULL, NULL);
                for (q = 0; q < 4 && l->text[1] != '\n'; q++) check_passed(P, out, len, (gw_from)l->from, (int)q); /* and a scalar member
                                                                                        moved first, second, last but one, last */
                if (l->null_at != GW__LEAD_NONE && len + 64 < room) { /* its null member again, last */
                    static char again[1 << 16];
                    int n = snprintf(again, sizeof again, "%.*s,\"%s\":null}", (int)(len - 1), out, s->f[l->null_at].name);
                    check_lead_frame(P, again, (size_t)n, (gw_from)l->from, NULL, NULL);
                }
                for (cut = 1; cut < len && cut < l->len + 32u; cut++) check_lead_frame(P, out, cut, (gw_from)l->from, NULL, NULL);
                for (cut = 1; l->end_len && cut < len && cut < l->end_len + 32u; cut++) /* and within its end */
                    check_lead_frame(P, out, len - cut, (gw_from)l->from, NULL, NULL);
                for (q = 0; q < 3; q++) { /* a byte more: whitespace, a member's end, another byte */
                    out[len] = " }x"[q];
                    check_lead_frame(P, out, len + 1, (gw_from)l->from, NULL, NULL);
                }
                for (cut = 0; cut < len; cut = cut + 1 == l->len + 32u && len > l->end_len + 32u + cut ? len - l->end_len - 32u : cut + 1) {
                    static const char repl[] = { 'x', ' ', '0', '9', '}', '"', ',', '{' };
                    if (!l->end_len && cut >= l->len + 32u) break; /* (a lead with an end: its last bytes too) */
                    for (q = 0; q < sizeof repl; q++) {
                        char keep = out[cut];
                        if (keep == repl[q]) continue;
                        out[cut] = repl[q];
                        check_lead_frame(P, out, len, (gw_from)l->from, NULL, NULL);
                        out[cut] = keep;
                    }
                }
                }
            }
            leads_read += read > 0;
            if (i < LEAD_MAX_ROWS) lead_was_read[i] = read > 0;
        }
        CHECK_EQ(i, set.n);
        CHECK_EQ(leads_read, set.n); /* each lead read at least once */
        for (l = P->lead, i = 0; leads_read != set.n && l->len && i < LEAD_MAX_ROWS; l++, i++) /* which */
            if (!lead_was_read[i]) printf("  %s: lead %.*s read by no frame\n", P->name, (int)l->len, l->text);
        t_case_end();
    }
}

/* Every protocol's tails (gw__tail) are the ones make slots writes (tests/slots.h); and for each, a
   message of its row's kind filled as test_lead fills it, encoded in each wire, with its members in
   the tail's order (its opcode first and its name last; its name then its opcode last, or the
   opcode then the name; the opcode alone last, after its null member): each such frame of more
   than 16 bytes is read through the tail (the path is taken) and decodes as the token decoder
   decodes it, as does each frame it makes cut short or with a byte changed within 32 bytes of the
   tail or in its head, with one byte more, and with the name's member or the opcode's (each of an
   opcode alone's tail) repeated first. A tail of a kind that no fill encodes (i386's ERROR, c
   4000..4999) is left to test_diff, which reads its vectors with the opcode last. */
static void test_tail(void)
{
    static tail_set set;
    static unsigned char msg[8192];
    size_t p;
    for (p = 0; p < sizeof sprotos / sizeof sprotos[0]; p++) {
        const gw__proto *P = sprotos[p]->codec;
        int i, extra = extra_protocol(P), tails_read = 0;
        const gw__tail *t;
        t_case_begin(P->name);
        CHECK(tail_make(P, &set) == 0);
        if (extra) memset(&set, 0, sizeof set);
        if (set.n) CHECK(P->tail_mul == set.mul && P->tail_shift == set.shift && P->tail_slots && strcmp(P->tail_slots, set.slots) == 0);
        else CHECK(P->tail_slots == NULL);
        for (i = 0, t = P->tail; t->len; t++, i++) {
            const gw__tail *r = &set.rows[i].t;
            const gw__schema *s = P->v[t->row].schema;
            const char *null_key = t->null_at != GW__LEAD_NONE ? s->f[t->null_at].name : NULL;
            size_t op_key_len = strlen(P->op_key);
            int op_then_name = t->name_at != GW__LEAD_NONE && t->in == GW__LEAD_NONE && !t->head_len && t->text[1] == '"' &&
                               strncmp(t->text + 2, P->op_key, op_key_len) == 0 && t->text[2 + op_key_len] == '"';
            int wire, read = 0, encoded = 0;
            if (i >= set.n || t->from != r->from || t->more != r->more || t->head_len != r->head_len || t->len != r->len ||
                t->op_at != r->op_at || t->name_at != r->name_at || t->name_enum != r->name_enum || t->in != r->in ||
                t->null_at != r->null_at || t->row != r->row ||
                memcmp(t->head, r->head, t->head_len) != 0 || memcmp(t->text, r->text, t->len) != 0) {
                t_failf(__FILE__, __LINE__, "%s: tail %d (%.*s) is not make slots' (run make slots)", P->name, i, (int)t->len, t->text);
                break;
            }
            for (wire = 3 * GW_WIRE_SEED; wire < 3 * GW_WIRE_ORIGINAL + 3; wire++) { /* each wire, filled three ways */
                static char one[4096], out[4096];
                size_t len = 0, cut, q, from_end;
                gw_error err;
                memset(msg, 0, P->msg_size);
                memcpy(msg, &P->v[t->row].kind, sizeof P->v[t->row].kind);
                if (wire % 3 == 0) lead_fill(s, msg);
                else if (wire % 3 == 1) shape_fill(s, msg);
                if (t->in != GW__LEAD_NONE)
                    gw__lead_name(t->name_enum, &gw__sub_schema(&s->f[t->in])->f[t->name_at], msg + s->f[t->in].off);
                else if (t->name_at != GW__LEAD_NONE) gw__lead_name(t->name_enum, &s->f[t->name_at], msg);
                if (gw__encode_all(P, msg, (gw_wire)(wire / 3), one, sizeof one, &len, &err) != GW_OK) continue;
                encoded = 1;
                if (t->name_at == GW__LEAD_NONE) { /* an opcode alone: it last, after its null member */
                    if (!(len = tail_order_frame(one, len, NULL, null_key ? null_key : P->op_key, null_key ? P->op_key : NULL, 1, out, sizeof out - 1)))
                        continue;
                } else if (t->in != GW__LEAD_NONE) { /* the object first, its name last in it, the opcode last; or the opcode
                                                        first (a head that starts with it), the object last */
                    const char *in_key = s->f[t->in].name;
                    int op_head = t->head_len > 2 && strncmp(t->head + 2, P->op_key, op_key_len) == 0 && t->head[2 + op_key_len] == '"';
                    if (!(len = op_head ? tail_order_frame(one, len, P->op_key, null_key ? null_key : in_key, null_key ? in_key : NULL, -1, out,
                                                           sizeof out - 1)
                                        : tail_order_frame(one, len, in_key, null_key ? null_key : P->op_key, null_key ? P->op_key : NULL, -1, out,
                                                           sizeof out - 1)) || /* (the others optional) */
                        object_name_at(out, &len, sizeof out - 1, op_head, gw__sub_schema(&s->f[t->in])->f[t->name_at].name, 0))
                        continue;
                }
                else if (op_then_name) { /* the opcode then the name last */
                    if (!(len = tail_order_frame(one, len, NULL, P->op_key, s->f[t->name_at].name, 1, out, sizeof out - 1))) continue;
                } else if (!(len = tail_order_frame(one, len, t->head_len ? P->op_key : NULL, s->f[t->name_at].name,
                                                    t->head_len ? NULL : P->op_key, 1, out, sizeof out - 1)))
                    continue;
                if (
                    memcmp(out + len - t->len, t->text, t->len) != 0 || memcmp(out, t->head, t->head_len) != 0)
                    continue; /* (the kind's other name, of the other wire) */
                read += check_lead_frame(P, out, len, (gw_from)t->from, NULL, len > 16 ? t : NULL); /* (as gw__fast reads it) */
                for (q = 0; q < 4; q++) check_passed(P, out, len, (gw_from)t->from, (int)q); /* and a scalar member moved first,
                                                                                  second, last but one, last */
                check_lead_frame(P, out, len, (gw_from)(GW_FROM_CLIENT + GW_FROM_SERVER - t->from), NULL, NULL);
                for (from_end = 1; from_end < len && from_end < t->len + 32u; from_end++) /* cut within the tail and before */
                    check_lead_frame(P, out, len - from_end, (gw_from)t->from, NULL, NULL);
                for (q = 0; q < 3; q++) { /* a byte more: whitespace, a member's end, another byte */
                    out[len] = " }x"[q];
                    check_lead_frame(P, out, len + 1, (gw_from)t->from, NULL, NULL);
                }
                for (cut = len > t->len + 32u ? len - t->len - 32u : 0; cut < len; cut++) {
                    static const char repl[] = { 'x', ' ', '0', '9', '}', '"', ',', '{' };
                    for (q = 0; q < sizeof repl; q++) {
                        char keep = out[cut];
                        if (keep == repl[q]) continue;
                        out[cut] = repl[q];
                        check_lead_frame(P, out, len, (gw_from)t->from, NULL, NULL);
                        out[cut] = keep;
                    }
                }
                if (t->name_at == GW__LEAD_NONE && len + t->len < sizeof out) { /* an opcode alone: each member of the tail twice */
                    static char twice[4096 + 256];
                    const char *m, *e;
                    for (m = t->text + 1; m < t->text + t->len; m = e + 1) {
                        size_t n = 1;
                        e = m + strcspn(m, ",}");
                        twice[0] = '{';
                        memcpy(twice + n, m, (size_t)(e - m)), n += (size_t)(e - m);
                        twice[n++] = ',';
                        memcpy(twice + n, out + 1, len - 1), n += len - 1;
                        check_lead_frame(P, twice, n, (gw_from)t->from, NULL, NULL);
                    }
                }
                for (q = 0; t->name_at != GW__LEAD_NONE && q < (t->in != GW__LEAD_NONE ? 1u : 2u) && len + t->len < sizeof out; q++) { /* the name's member, or the opcode's, twice */
                    static char twice[4096 + 256];
                    size_t at = t->head_len ? t->head_len : 1, n = 0;
                    const char *name = t->text + 1, *op = t->head_len ? t->head + 1 : strchr(t->text + 1, ',') + 1;
                    size_t name_len, op_len;
                    name_len = (size_t)(strchr(strchr(strchr(name, ':') + 2, '"') + 1, '}') - name);
                    if (t->head_len) op_len = t->head_len - 2;
                    else op_len = (size_t)(t->text + t->len - 1 - op), name_len = (size_t)(op - 1 - name);
                    memcpy(twice, out, at), n = at;
                    memcpy(twice + n, q ? op : name, q ? op_len : name_len), n += q ? op_len : name_len;
                    twice[n++] = ',';
                    memcpy(twice + n, out + at, len - at), n += len - at;
                    check_lead_frame(P, twice, n, (gw_from)t->from, NULL, NULL);
                }
                for (cut = 0; cut < t->head_len; cut++) { /* and each byte of the head */
                    char keep = out[cut];
                    out[cut] = keep == '1' ? '2' : '1';
                    check_lead_frame(P, out, len, (gw_from)t->from, NULL, NULL);
                    out[cut] = keep;
                }
            }
            tails_read += read > 0 || (!encoded && t->name_at == GW__LEAD_NONE); /* (an opcode alone whose kind no fill
                                                                                       encodes: i386's ERROR, c 4000..4999;
                                                                                       test_diff reads its vectors so) */
        }
        CHECK_EQ(i, set.n);
        CHECK_EQ(tails_read, set.n); /* each tail read at least once */
        t_case_end();
    }
    t_case_begin("past a member");
    CHECK(passed_read > 0); /* (test_lead's and test_tail's frames read past a member) */
    printf("  %ld frames read past a scalar member before a lead or after a tail\n", passed_read);
    t_case_end();
}

/* Every protocol's first rows of its opcodes (gw__proto.op_first) are the ones make slots writes
   (tests/slots.h), and gw__pick_op finds the first row of every opcode, in the table and past it,
   negative too, as a walk of the rows does */
static void test_op_first(void)
{
    static uint16_t rows[OP_FIRST_MAX];
    size_t p;
    for (p = 0; p < sizeof sprotos / sizeof sprotos[0]; p++) {
        const gw__proto *P = sprotos[p]->codec;
        uint32_t n, i;
        int64_t op;
        t_case_begin(P->name);
        CHECK(op_first_make(P, rows, &n) == 0);
        if (extra_protocol(P)) n = 0;
        CHECK_EQ(P->nop_first, n);
        for (i = 0; i < n && i < P->nop_first; i++) CHECK_EQ(P->op_first[i], rows[i]);
        for (op = -3; !P->op_is_string && op < (int64_t)n + 3; op++) {
            char buf[32];
            gw__pick_state st;
            uint32_t r;
            int len = snprintf(buf, sizeof buf, "%lld}    ", (long long)op);
            for (r = P->any_end; r < P->nv && P->v[r].op < op; r++) {}
            memset(&st, 0, sizeof st);
            gw__pick_state_init(&st, (const unsigned char *)buf);
            CHECK(gw__pick_op(P, (const unsigned char *)buf, (const unsigned char *)buf + len, &st) == 0);
            CHECK_EQ(st.lo, r);
            CHECK_EQ(st.opv, op);
        }
        t_case_end();
    }
}

/* Every protocol's table of names (gw__named) is the one make slots writes (tests/slots.h); each
   place's path in gw__place_paths is its rows'; and for every named row, from each side, the table
   answers as gw__fast_pick does or not at all: the name first in its object or after a member, and
   the frame's last member any name of the protocol at another place (which the pick reads from the
   end) or a member that names nothing. Each row the table picks requires its name where it is. */
/* Does schema s require the string name at the key path keys (up to three)? As a constant, or as
   one of an enum's names that the schema's check narrows to one (microservice's cache types, D-34:
   the check is code, so here it is taken on trust, and test_diff's frames hold it to the token
   decoder) */
static int pins_name(const gw__schema *s, const char *const keys[3], const char *name)
{
    const gw__schema *top = s;
    uint32_t d, j;
    for (d = 0; d < 3 && keys[d]; d++) {
        const gw__field *f = NULL;
        for (j = 0; j < s->n && !f; j++)
            if (strcmp(s->f[j].name, keys[d]) == 0) f = &s->f[j];
        if (!f || (f->flags & (GW__OPT | GW__NULLABLE))) return 0;
        if (f->kind == GW__ENUM && (d == 2 || !keys[d + 1]) && top->check) {
            const char *const *names = (const char *const *)f->sub;
            for (j = 0; j < (uint32_t)f->cval; j++)
                if (strcmp(names[j], name) == 0) return 1;
            return 0;
        }
        if (d == 2 || !keys[d + 1])
            return f->kind == GW__CONST_STR && strcmp(gw__sub_text(f), name) == 0;
        if (f->kind != GW__OBJ || gw__sub_schema(f)->tuple) return 0;
        s = gw__sub_schema(f);
    }
    return 0;
}

static void test_named(void)
{
    static named_set set;
    size_t p;
    for (p = 0; p < sizeof sprotos / sizeof sprotos[0]; p++) {
        const gw__proto *P = sprotos[p]->codec;
        const gw__named *e;
        uint32_t i, j, hits = 0, last_hits = 0;
        int k;
        t_case_begin(P->name);
        CHECK(named_make(P, &set) == 0);
        if (extra_protocol(P)) memset(&set, 0, sizeof set);
        CHECK_EQ(P->named_places, set.places);
        if (set.n) CHECK(P->named_mul == set.mul && P->named_shift == set.shift && strcmp(P->named_slots, set.slots) == 0);
        for (k = 0, e = P->named; e->place; e++, k++)
            if (k >= set.n || e->place != set.rows[k].place || e->op_row != set.rows[k].op_row || e->name_len != set.rows[k].name_len ||
                memcmp(e->row, set.rows[k].row, sizeof e->row) != 0 || strcmp(e->name, set.rows[k].name) != 0) {
                t_failf(__FILE__, __LINE__, "%s: name %d (%s) is not make slots' (run make slots)", P->name, k, e->name);
                break;
            }
        CHECK_EQ(k, set.n);
        for (e = P->named; e->place; e++) { /* a guess from the end (gw__named_last) relies on this */
            const char *keys[3];
            unsigned side;
            keys[0] = gw__place_paths[e->place].key1, keys[1] = gw__place_paths[e->place].key2, keys[2] = gw__place_paths[e->place].key3;
            for (side = GW_FROM_CLIENT; side <= GW_FROM_SERVER; side++)
                if (e->row[side] && !pins_name(P->v[e->row[side] - 1].schema, keys, e->name))
                    t_failf(__FILE__, __LINE__, "%s: %s: row %u does not pin its name", P->name, e->name, e->row[side] - 1u);
        }
        for (i = 0; i < P->nv; i++) {
            const gw__variant *v = &P->v[i];
            unsigned side, b;
            if (!v->name) continue;
            CHECK(strcmp(gw__place_paths[v->place].key1, v->key1) == 0 && gw__place_paths[v->place].tag == v->key1_tag);
            CHECK(!gw__place_paths[v->place].key2 == !v->key2 && !gw__place_paths[v->place].key3 == !v->key3);
            if (v->key2) {
                char open[64];
                if (v->key3) snprintf(open, sizeof open, "{\"%s\":{\"%s\":\"", v->key2, v->key3);
                else snprintf(open, sizeof open, "{\"%s\":\"", v->key2);
                CHECK(strcmp(gw__place_paths[v->place].key2, v->key2) == 0 && strcmp(gw__place_paths[v->place].open, open) == 0 &&
                      gw__place_paths[v->place].open_len == strlen(open));
                if (v->key3) CHECK(strcmp(gw__place_paths[v->place].key3, v->key3) == 0);
            }
            for (side = GW_FROM_CLIENT; side <= GW_FROM_SERVER; side++)
                for (b = 0; b < 2; b++)
                    for (j = 0; j <= P->nv; j++) { /* j < nv: row j's name last, when it is at another top-level place */
                        char buf[1024], tail[300];
                        uint32_t op_row;
                        int n, table, rows;
                        if (j < P->nv && (!P->v[j].name || P->v[j].key2 || P->v[j].place == v->place)) continue;
                        if (j < P->nv) snprintf(tail, sizeof tail, "\"%s\":\"%s\"", P->v[j].key1, P->v[j].name);
                        else snprintf(tail, sizeof tail, "\"zz\":0");
                        n = named_frame(P, v, b ? "\"zz\":1," : "", tail, buf, sizeof buf);
                        table = named_lean(P, (gw_from)side, buf, n, 1, &op_row);
                        rows = named_lean(P, (gw_from)side, buf, n, 0, &op_row);
                        if (table != GW__PICK_WAIT && table != rows)
                            t_failf(__FILE__, __LINE__, "%s: %s from %u: the table picks %d, the rows %d", P->name, buf, side, table, rows);
                        hits += table >= 0;
                    }
            if (!v->key2) /* the name last, after an object (i386chat's order): found from the end (gw__named_end) */
                for (side = GW_FROM_CLIENT; side <= GW_FROM_SERVER; side++)
                    for (b = 0; b < 2; b++) {
                        char buf[1024];
                        uint32_t op_row;
                        int n, table, rows;
                        n = P->op_is_string ? snprintf(buf, sizeof buf, "{\"%s\":\"%s\",", P->op_key, v->op_name)
                                            : snprintf(buf, sizeof buf, "{\"%s\":%lld,", P->op_key, v->op == GW__ANY_OP ? 0 : (long long)v->op);
                        n += snprintf(buf + n, sizeof buf - (size_t)n, "\"zz\":{%s},\"%s\":\"%s\"}", b ? "\"a\":1" : "", v->key1, v->name);
                        table = named_lean(P, (gw_from)side, buf, n, 2, &op_row);
                        rows = named_lean(P, (gw_from)side, buf, n, 0, &op_row);
                        if (table != GW__PICK_WAIT && table != rows)
                            t_failf(__FILE__, __LINE__, "%s: %s from %u: the table picks %d from the end, the rows %d", P->name, buf, side,
                                    table, rows);
                        last_hits += table >= 0;
                    }
        }
        if (P == &gw__i386_proto) CHECK(last_hits > 0); /* its names come last */
        if (set.n) CHECK(hits > 0);
        t_case_end();
    }
}

/* key is NULL or one of gw__place_keys */
static int place_key(const char *key)
{
    size_t i;
    for (i = 0; key && i < sizeof gw__place_keys / sizeof gw__place_keys[0]; i++)
        if (strcmp(key, gw__place_keys[i]) == 0) return 1;
    return key == NULL;
}

static void test_key_tags(void)
{
    size_t p;
    for (p = 0; p < sizeof sprotos / sizeof sprotos[0]; p++) {
        const gw__proto *P = sprotos[p]->codec;
        uint32_t i;
        t_case_begin(P->name);
        CHECK_EQ(P->op_key_tag, tag_of(P->op_key, 1));
        for (i = 0; i < P->nv; i++) {
            const gw__variant *v = &P->v[i];
            CHECK_EQ(v->name_tag, v->name ? tag_of(v->name, 1) : 0);
            CHECK_EQ(v->op_tag, v->op_name ? tag_of(v->op_name, 1) : 0);
            CHECK_EQ(v->key1_tag, v->key1 ? tag_of(v->key1, 1) : 0);
            CHECK_EQ(v->place == GW__PLACE_NONE, v->name == NULL);
            CHECK(place_key(v->key1) && place_key(v->key2) && place_key(v->key3)); /* lenient decoding keeps these */
            check_schema_keys(P->name, v->schema, 0);
        }
        t_case_end();
    }
}

int main(void)
{
    RUN(test_key_tags);
    RUN(test_slots);
    RUN(test_whole);
    RUN(test_shape);
    RUN(test_lead);
    RUN(test_tail);
    RUN(test_op_first);
    RUN(test_named);
    RUN(test_protocol_list);
    RUN(test_variants);
    RUN(test_session_rules);
    return t_summary("tables");
}
