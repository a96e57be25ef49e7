/* slots.h - the one-pass decoder's key tables (gateway.h, "the one-pass decoder's key tables"),
   computed from the schemas: tests/gen_slots.c writes them into gateway.h (`make slots`) and
   test_tables checks that gateway.h holds these. Include after gateway.h's implementation. */
#ifndef GW_TEST_SLOTS_H
#define GW_TEST_SLOTS_H
#include <stdio.h>
#include <stdlib.h>
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
    uint64_t required;     /* bit j: field j is required */
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

/* The smallest table (*mul, *shift, slots: '#' + i for item i, '!' for none) that sends each of the
   n words to a slot of its own, skipping items with skip[i] set (found another way): the fewest
   bits first, SLOTS_TRIES multipliers each, from a fixed seed. 1, or 0 when none is found. */
static int slots_search(const uint64_t *words, const unsigned char *skip, uint32_t n, uint64_t *mul, uint32_t *shift, char *slots)
{
    uint32_t bits, i, k;
    for (bits = 1; (1u << bits) < n; bits++) {}
    for (; bits <= SLOTS_MAX_BITS; bits++) {
        uint64_t state = bits;
        for (k = 0; k < SLOTS_TRIES; k++) {
            *mul = slots_next(&state) | 1;
            *shift = 64 - bits;
            memset(slots, '!', (size_t)1 << bits);
            slots[(size_t)1 << bits] = '\0';
            for (i = 0; i < n; i++) {
                size_t h = (size_t)((words[i] * *mul) >> *shift);
                if (skip[i]) continue;
                if (slots[h] != '!') break;
                slots[h] = (char)('#' + i);
            }
            if (i == n) return 1;
        }
    }
    return 0;
}

/* The table of schema s, the smallest that gives each key a slot of its own, but for keys whose
   hashed bytes are an earlier key's (those are searched): 1, or 0 when s gets none (a tuple, no
   fields or too many, or no multiplier found) */
static int slots_make(const gw__schema *s, slots_table *t)
{
    uint64_t words[SLOTS_MAX_FIELDS];
    unsigned char skip[SLOTS_MAX_FIELDS];
    uint32_t i, j;
    if (s->tuple || !s->n || s->n > SLOTS_MAX_FIELDS) return 0;
    for (t->required = 0, i = 0; i < s->n; i++)
        if (!(s->f[i].flags & GW__OPT)) t->required |= (uint64_t)1 << i;
    for (t->bytes = 8, i = 0; i < s->n; i++)
        if (s->f[i].name_len + 1u < t->bytes) t->bytes = s->f[i].name_len + 1u;
    for (i = 0; i < s->n; i++) {
        words[i] = slots_word(&s->f[i], t->bytes);
        for (j = 0; j < i && words[j] != words[i]; j++) {}
        skip[i] = j < i; /* the same bytes as key j: searched */
    }
    return slots_search(words, skip, s->n, &t->mul, &t->shift, t->slots);
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
enum { WHOLE_MAX_ROWS = 120, WHOLE_MAX_LEN = 255, WHOLE_MAX_MEMBERS = 4 };
typedef struct whole_row {
    unsigned from, encoded, more;
    int kind;
    size_t len;
    char bytes[WHOLE_MAX_LEN + 1];
} whole_row;
typedef struct whole_set {
    whole_row rows[WHOLE_MAX_ROWS];
    int n;
    size_t longest;
    uint64_t mul;
    uint32_t shift;
    char slots[(1 << SLOTS_MAX_BITS) + 1];
} whole_set;

/* Schema s holds nothing variable (every field is a constant, a null or an empty object); or, with
   `absent`, may be written with nothing variable: its other fields optional, or objects of such
   fields (whole_add keeps a frame only when the token decoder reads it back as the kind with
   nothing set: an event whose members are all optional, as well as a heartbeat) */
static int whole_constant(const gw__schema *s, int absent)
{
    uint32_t i;
    if (s->tuple) return 0;
    for (i = 0; i < s->n; i++) {
        const gw__field *f = &s->f[i];
        if (f->kind != GW__CONST_INT && f->kind != GW__CONST_STR && f->kind != GW__NULL &&
            !(f->kind == GW__OBJ && ((const gw__schema *)f->sub)->n == 0) &&
            !(absent && ((f->flags & GW__OPT) || (f->kind == GW__OBJ && whole_constant((const gw__schema *)f->sub, 1)))))
            return 0;
    }
    return 1;
}

/* Frame out, len as the token decoder reads it from side: added to set when it decodes to a kind
   with nothing set (the same bytes and kind from the other side join its row; the same bytes as
   another kind go right after that kind's row). 0, or -1 when the set is full. */
static int whole_add(const gw__proto *P, whole_set *set, const char *out, size_t len, gw_from side)
{
    static unsigned char msg[8192], back[8192], scratch[1 << 16];
    gw_error err;
    int kind, k, same = -1;
    if (len < 8 || len > WHOLE_MAX_LEN || P->msg_size > sizeof msg) return 0;
    if (gw__decode_tokens(P, out, len, side, back, scratch, sizeof scratch, &err, 0) != GW_OK) return 0;
    memcpy(&kind, back, sizeof kind);
    memset(msg, 0, P->msg_size);
    memcpy(msg, &kind, sizeof kind);
    if (memcmp(msg, back, P->msg_size) != 0) return 0; /* something set: not a whole frame */
    for (k = 0; k < set->n; k++) {
        if (set->rows[k].len != len || memcmp(set->rows[k].bytes, out, len) != 0) continue;
        if (set->rows[k].kind == kind) { set->rows[k].from |= (unsigned)side; return 0; }
        same = k;
    }
    if (set->n == WHOLE_MAX_ROWS) return -1;
    k = same < 0 ? set->n : same + 1;
    memmove(&set->rows[k + 1], &set->rows[k], (size_t)(set->n - k) * sizeof set->rows[0]);
    set->rows[k].from = (unsigned)side;
    set->rows[k].kind = kind;
    set->rows[k].len = len;
    memcpy(set->rows[k].bytes, out, len);
    set->rows[k].bytes[len] = '\0';
    set->n++;
    if (len > set->longest) set->longest = len;
    return 0;
}

/* Frame `in` (an encoder's output: one object) with its members in every order, each to whole_add;
   a frame of more than WHOLE_MAX_MEMBERS members in its own order only */
static int whole_orders(const gw__proto *P, whole_set *set, const char *in, size_t len, gw_from side)
{
    gj_tok toks[64];
    gj_status st;
    size_t at[WHOLE_MAX_MEMBERS], end[WHOLE_MAX_MEMBERS];
    int order[WHOLE_MAX_MEMBERS], n, i, j, t;
    if (gj_tokenize(in, len, toks, 64, &st) != GJ_OK || toks[0].type != GJ_OBJECT || toks[0].size > WHOLE_MAX_MEMBERS)
        return whole_add(P, set, in, len, side);
    n = (int)toks[0].size;
    for (i = 0, t = 1; i < n; i++, t = (int)toks[t + 1].next) {
        const gj_tok *v = &toks[t + 1];
        at[i] = toks[t].start - 1; /* the key's opening quote */
        end[i] = v->start + v->len + (v->type == GJ_STRING); /* past the value (a string's closing quote) */
        order[i] = i;
    }
    for (;;) { /* every order, from the first in lexicographic order (Narayana's next permutation) */
        char out[WHOLE_MAX_LEN + 1];
        size_t o = 0;
        out[o++] = '{';
        for (i = 0; i < n; i++) {
            if (i) out[o++] = ',';
            memcpy(out + o, in + at[order[i]], end[order[i]] - at[order[i]]);
            o += end[order[i]] - at[order[i]];
        }
        out[o++] = '}';
        if (whole_add(P, set, out, o, side)) return -1;
        for (i = n - 2; i >= 0 && order[i] > order[i + 1]; i--) {}
        if (i < 0) return 0;
        for (j = n - 1; order[j] < order[i]; j--) {}
        t = order[i], order[i] = order[j], order[j] = t;
        for (i++, j = n - 1; i < j; i++, j--) t = order[i], order[i] = order[j], order[j] = t;
    }
}

/* Compact JSON `in` (an encoder's output) as the common writers space it: indent 2 (JSON.stringify(v,
   null, 2), Python's json.dumps(v, indent=2), Go's MarshalIndent: a newline and the indent after '{',
   '[' and ',', before '}' and ']', ": " after a key; empty containers as they are), or else with
   Python's default separators ", " and ": ". Its length in out, or 0 when it does not fit. */
static size_t whole_spaced(const char *in, size_t len, int indent, char *out, size_t cap)
{
    size_t i, o = 0, depth = 0, k;
#define WHOLE_PUT(ch) do { if (o == cap) return 0; out[o++] = (char)(ch); } while (0)
#define WHOLE_LINE() do { WHOLE_PUT('\n'); for (k = 0; k < 2 * depth; k++) WHOLE_PUT(' '); } while (0)
    for (i = 0; i < len; i++) {
        char ch = in[i];
        if (ch == '"') { /* a string, as it is */
            WHOLE_PUT(ch);
            for (i++; i < len && in[i] != '"'; i++) {
                if (in[i] == '\\') WHOLE_PUT(in[i++]);
                WHOLE_PUT(in[i]);
            }
            WHOLE_PUT('"');
        } else if ((ch == '{' || ch == '[') && i + 1 < len && (in[i + 1] == '}' || in[i + 1] == ']')) {
            WHOLE_PUT(ch);
            WHOLE_PUT(in[++i]);
        } else if (ch == '{' || ch == '[') {
            WHOLE_PUT(ch);
            depth++;
            if (indent) WHOLE_LINE();
        } else if (ch == '}' || ch == ']') {
            depth--;
            if (indent) WHOLE_LINE();
            WHOLE_PUT(ch);
        } else if (ch == ',') {
            WHOLE_PUT(ch);
            if (indent) WHOLE_LINE(); else WHOLE_PUT(' ');
        } else if (ch == ':') {
            WHOLE_PUT(ch);
            WHOLE_PUT(' ');
        } else {
            WHOLE_PUT(ch);
        }
    }
#undef WHOLE_LINE
#undef WHOLE_PUT
    return o;
}

/* Row v's frame of msg in `wire`: gw_encode's, or for a decode-only row (an alias the originals
   send, such as i386's "e" for "t") the row's own schema written, which no encode chooses */
static gw_err slot_encode(const gw__proto *P, uint32_t v, const void *msg, gw_wire wire, char *out, size_t cap, size_t *len,
                          gw_error *err)
{
    if (P->v[v].only == GW__DECODE_ONLY) return gw__encode_writer(P, &P->v[v], msg, wire, out, cap, len, err);
    return gw__encode_all(P, msg, wire, out, cap, len, err);
}

/* Does every message of kind `kind` encode (seed wire) as these bytes, whatever its payload holds
   (zeros, or a fill byte)? */
static int whole_encodes_as(const gw__proto *P, int kind, const char *bytes, size_t len)
{
    static unsigned char msg[8192];
    static const int fills[3] = { 0x00, 0xFF, 0x01 };
    int f;
    uint32_t v;
    for (v = 0; v < P->nv; v++) /* (a payload of fill bytes is only encoded where nothing of it is read) */
        if (P->v[v].kind == kind && !whole_constant(P->v[v].schema, 0)) return 0;
    for (f = 0; f < 3; f++) {
        char out[WHOLE_MAX_LEN + 1];
        size_t n = 0;
        gw_error err;
        memset(msg, fills[f], P->msg_size);
        memcpy(msg, &kind, sizeof kind);
        if (gw__encode_all(P, msg, GW_WIRE_SEED, out, sizeof out, &n, &err) != GW_OK || n != len || memcmp(out, bytes, len) != 0)
            return 0;
    }
    return 1;
}

/* Marks the row of each kind that whole_encodes_as, and moves those rows first (with any row of the
   same bytes, which must stay next to them) */
static void whole_mark_encoded(const gw__proto *P, whole_set *set)
{
    static whole_row sorted[WHOLE_MAX_ROWS];
    int k, g, pass, n = 0;
    for (k = 0; k < set->n; k++) set->rows[k].encoded = (unsigned)whole_encodes_as(P, set->rows[k].kind, set->rows[k].bytes, set->rows[k].len);
    for (pass = 0; pass < 2; pass++) /* groups of the same bytes: those with an encoded row, then the rest */
        for (k = 0; k < set->n; k = g) {
            int any = 0;
            for (g = k; g < set->n && set->rows[g].len == set->rows[k].len && memcmp(set->rows[g].bytes, set->rows[k].bytes, set->rows[k].len) == 0; g++)
                any |= (int)set->rows[g].encoded;
            if (any == !pass) { memcpy(&sorted[n], &set->rows[k], (size_t)(g - k) * sizeof sorted[0]); n += g - k; }
        }
    memcpy(set->rows, sorted, (size_t)n * sizeof sorted[0]);
}

/* P's whole frames: for each row of a constant schema, its kind's message with nothing set, encoded
   in each wire (slot_encode: a decode-only row as its own schema writes it), in every member order, kept for each side that may send the row when the token
   decoder reads it back as a kind with nothing set (frames of 8 bytes or more); each kind's row that
   gw_encode always writes marked and moved first; then the smallest slot table that gives each
   distinct frame a slot of its own. 0, or -1 (too many rows, no table). */
static int whole_make(const gw__proto *P, whole_set *set)
{
    static const gw_wire wires[2] = { GW_WIRE_SEED, GW_WIRE_ORIGINAL };
    static unsigned char msg[8192];
    uint64_t words[WHOLE_MAX_ROWS];
    unsigned char skip[WHOLE_MAX_ROWS];
    uint32_t v, w, i;
    int k;
    memset(set, 0, sizeof *set);
    if (P->msg_size > sizeof msg) return -1;
    for (v = 0; v < P->nv; v++) {
        if (!whole_constant(P->v[v].schema, 1)) continue;
        for (w = 0; w < 2; w++) {
            char out[WHOLE_MAX_LEN + 1];
            size_t len = 0;
            gw_error err;
            memset(msg, 0, P->msg_size);
            memcpy(msg, &P->v[v].kind, sizeof P->v[v].kind);
            if (slot_encode(P, v, msg, wires[w], out, sizeof out, &len, &err) != GW_OK) continue;
            for (i = GW_FROM_CLIENT; i <= GW_FROM_SERVER; i++) {
                char spaced[WHOLE_MAX_LEN + 1];
                size_t n;
                int indent;
                if (!(P->v[v].from & i)) continue;
                if (whole_orders(P, set, out, len, (gw_from)i)) return -1;
                for (indent = 1; indent >= 0; indent--) /* and as the common writers space it, in its own order */
                    if ((n = whole_spaced(out, len, indent, spaced, WHOLE_MAX_LEN)) != 0 && whole_add(P, set, spaced, n, (gw_from)i))
                        return -1;
            }
        }
    }
    if (!set->n) return 0;
    whole_mark_encoded(P, set);
    for (k = 0; k < set->n; k++) words[k] = gw__whole_hash(set->rows[k].bytes, set->rows[k].len);
    for (k = 1; k < set->n; k++) { /* rows of one hash next to each other (a slot's chain), after the encoded rows */
        int j, last = -1;
        whole_row r;
        uint64_t word = words[k];
        for (j = 0; j < k; j++) if (words[j] == word) last = j;
        if (last < 0 || last == k - 1) continue;
        if (set->rows[k].encoded || set->rows[last + 1].encoded) return -1; /* (the encoder reads the encoded rows from the first) */
        r = set->rows[k];
        memmove(&set->rows[last + 2], &set->rows[last + 1], (size_t)(k - last - 1) * sizeof r);
        memmove(&words[last + 2], &words[last + 1], (size_t)(k - last - 1) * sizeof word);
        set->rows[last + 1] = r;
        words[last + 1] = word;
    }
    for (k = 0; k < set->n; k++) {
        skip[k] = k && words[k - 1] == words[k]; /* found from the row before's slot */
        set->rows[k].more = k + 1 < set->n && words[k + 1] == words[k];
    }
    return slots_search(words, skip, (uint32_t)set->n, &set->mul, &set->shift, set->slots) ? 0 : -1;
}
/* ---- the table of names (gateway.h's gw__named, GW__NAMED_<p>) ---- */
enum { NAMED_MAX_ROWS = 57 };
typedef struct named_set {
    gw__named rows[NAMED_MAX_ROWS];
    int n;
    uint32_t places;
    uint64_t mul;
    uint32_t shift;
    char slots[(1 << SLOTS_MAX_BITS) + 1];
} named_set;

/* A frame with row v's opcode (0 for a row of any op), then v's name at v's place (inside its
   objects after the member `before`, "" for none), then the member `tail`: its length in buf */
static int named_frame(const gw__proto *P, const gw__variant *v, const char *before, const char *tail, char *buf, size_t cap)
{
    const char *k[3];
    int n, d, depth;
    k[0] = v->key1, k[1] = v->key2, k[2] = v->key3;
    for (depth = 0; depth < 3 && k[depth]; depth++) {}
    n = P->op_is_string ? snprintf(buf, cap, "{\"%s\":\"%s\",", P->op_key, v->op_name)
                        : snprintf(buf, cap, "{\"%s\":%lld,", P->op_key, v->op == GW__ANY_OP ? 0 : (long long)v->op);
    for (d = 0; d < depth; d++) n += snprintf(buf + n, cap - (size_t)n, "%s\"%s\":", d ? "{" : "", k[d]);
    if (depth > 1) n += snprintf(buf + n, cap - (size_t)n, "%s", before);
    n += snprintf(buf + n, cap - (size_t)n, "\"%s\"", v->name);
    for (d = 1; d < depth; d++) n += snprintf(buf + n, cap - (size_t)n, "}");
    n += snprintf(buf + n, cap - (size_t)n, ",%s}", tail);
    return n;
}

/* The kind the lean envelope picks for frame buf (its opcode first, then the member next to it)
   from side: by the table of names (with_table: 1 gw__named_pick, 2 gw__named_next, which also
   looks at the frame's end) or by the rows (gw__fast_pick); *op_row: the first row of the opcode
   (gw__pick_op). The row, or a GW__PICK_ code. */
static int named_lean(const gw__proto *P, gw_from side, const char *buf, int n, int with_table, uint32_t *op_row)
{
    gw__pick_state st;
    gw__top_member m[1];
    gw__fast_ctx c;
    gw_str got = { NULL, 0, 0 };
    uint64_t tag2;
    const unsigned char *end = (const unsigned char *)buf + n;
    memset(&c, 0, sizeof c);
    memset(m, 0, sizeof m);
    gw__pick_state_init(&st, (const unsigned char *)buf);
    st.may_guess = 1;
    if (gw__pick_op(P, (const unsigned char *)strchr(buf, ':') + 1, end, &st)) return GW__PICK_GIVE_UP;
    *op_row = st.lo;
    c.p = c.begin = st.op_end + 1; /* past the ',' */
    c.end = end;
    if (gw__fast_key_colon(&c, &m[0].key, &m[0].tag, &tag2)) return GW__PICK_GIVE_UP;
    m[0].val = c.p;
    if (*c.p == '"' && gw__fast_str(&c, &got)) return GW__PICK_GIVE_UP;
    m[0].end = c.p;
    return with_table == 2 ? gw__named_next(P, side, m, got, end, &st)
           : with_table    ? gw__named_pick(P, side, m, got, end, &st)
                           : gw__fast_pick(P, side, m, 1, end, 0, &st);
}

/* What the one pass's dispatch (gw__fast_pick) picks for a frame from side with row v's opcode,
   then v's name at v's place, then a member that names nothing (*op_row as named_lean) */
static int named_ask(const gw__proto *P, gw_from side, const gw__variant *v, uint32_t *op_row)
{
    char buf[512];
    int n = named_frame(P, v, "", "\"zz\":0", buf, sizeof buf);
    return named_lean(P, side, buf, n, 0, op_row);
}

/* The table of names of P: a row for each opcode, place and name of a named row, with the row the
   dispatch picks from each side when that alone decides it (a named row of that name and place: no
   member read later can change it, gw__fast_pick's rule); names that decide for neither side are
   left out. Then the smallest slot table that gives each a slot of its own. 0, or -1 (too many
   rows, no table). */
static int named_make(const gw__proto *P, named_set *set)
{
    uint64_t words[NAMED_MAX_ROWS];
    unsigned char skip[NAMED_MAX_ROWS];
    uint32_t v, side;
    int i;
    memset(set, 0, sizeof *set);
    for (v = 0; v < P->nv; v++) {
        const gw__variant *r = &P->v[v];
        gw__named e;
        int any = 0;
        if (!r->name || !r->place || strlen(r->name) > 255) continue;
        memset(&e, 0, sizeof e);
        for (side = GW_FROM_CLIENT; side <= GW_FROM_SERVER; side++) {
            uint32_t op_row = 0;
            int at = named_ask(P, (gw_from)side, r, &op_row);
            e.op_row = (uint16_t)(r->op == GW__ANY_OP && !P->op_is_string ? GW__NAMED_ANY_OP : op_row);
            if (at >= 0 && P->v[at].name && strcmp(P->v[at].name, r->name) == 0 && P->v[at].place == r->place &&
                (e.op_row != GW__NAMED_ANY_OP || (uint32_t)at < P->any_end)) /* any opcode: a row of any op decides */
                e.row[side] = (uint16_t)(at + 1), any = 1;
        }
        if (!any) continue;
        e.place = r->place;
        e.name = r->name;
        e.name_len = (uint8_t)strlen(r->name);
        for (i = 0; i < set->n; i++)
            if (set->rows[i].place == e.place && set->rows[i].op_row == e.op_row && strcmp(set->rows[i].name, e.name) == 0) break;
        if (i < set->n) continue; /* a later form of a kind the row before answers for */
        if (set->n == NAMED_MAX_ROWS) return -1;
        set->rows[set->n++] = e;
        set->places |= 1u << e.place;
    }
    if (!set->n) return 0;
    for (i = 0; i < set->n; i++) {
        gw_str name;
        name.ptr = set->rows[i].name, name.len = set->rows[i].name_len, name.escaped = 0;
        words[i] = gw__named_word(set->rows[i].place, set->rows[i].op_row, name,
                                  gw__key_tag((const unsigned char *)name.ptr, name.len, (const unsigned char *)name.ptr + name.len));
        skip[i] = 0;
    }
    return slots_search(words, skip, (uint32_t)set->n, &set->mul, &set->shift, set->slots) ? 0 : -1;
}

/* ---- shapes (gateway.h's gw__shape, GW__SHAPE_<p>) ---- */
enum { SHAPE_MAX_ROWS = 220, SHAPE_MAX_HAS = 8, SHAPE_MAX_ORDERS = 48, SHAPE_MAX_BITS = 9 };
typedef struct shape_row {
    gw__shape s;
    uint32_t slot;                 /* its slot in the table */
    char text[GW__SHAPE_LEN + 17]; /* the pieces, then zeros: s.text points here */
    size_t text_len;
} shape_row;
typedef struct shape_set {
    shape_row rows[SHAPE_MAX_ROWS];
    int n;
    uint64_t mul;
    uint32_t shift;
    char slots[(1 << SHAPE_MAX_BITS) + 1];
} shape_set;

/* Is field f of a shape (at depth 0, the top level, or 1, inside a top-level object)? A constant, a
   null, an integer, a boolean, a snowflake or a string; at the top level also an object of such
   fields. */
static int shape_field(const gw__field *f, int depth)
{
    uint32_t i;
    const gw__schema *s;
    if (f->kind == GW__CONST_INT || f->kind == GW__CONST_STR || f->kind == GW__NULL || f->kind == GW__BOOL ||
        f->kind == GW__STR || f->kind == GW__SNOWFLAKE || (f->kind >= GW__U16 && f->kind <= GW__I64))
        return 1;
    if (f->kind != GW__OBJ || depth) return 0;
    s = (const gw__schema *)f->sub;
    if (s->tuple) return 0;
    for (i = 0; i < s->n; i++) if (!shape_field(&s->f[i], 1)) return 0;
    return 1;
}

/* The index of key k (n bytes, not escaped) in s, or -1 */
static int shape_index(const gw__schema *s, const char *k, uint32_t n)
{
    uint32_t i;
    for (i = 0; i < s->n; i++) if (s->f[i].name_len == n && memcmp(s->f[i].name, k, n) == 0) return (int)i;
    return -1;
}

/* The values of object token t of out (schema s, inside top-level field top, or -1 at the top level)
   into r as holes: each integer or boolean; a top-level object's values inside it. 0, or -1 when
   the frame is not a shape of s (a key s lacks, too many values, an object deeper). */
static int shape_holes(const char *out, const gj_tok *toks, uint32_t t, const gw__schema *s, int top, shape_row *r,
                       uint32_t *hole_at, uint32_t *hole_end)
{
    uint32_t i, k = t + 1;
    for (i = 0; i < toks[t].size; i++, k = toks[k + 1].next) {
        const gj_tok *v = &toks[k + 1];
        int j = shape_index(s, out + toks[k].start, toks[k].len);
        const gw__field *f;
        if (j < 0 || (toks[k].flags & GJ_ESCAPED)) return -1;
        f = &s->f[j];
        if (f->kind == GW__OBJ && v->type == GJ_OBJECT) {
            if (top >= 0 || j >= 32) return -1;
            if (f->has != GW__NOHAS || ((const gw__schema *)f->sub)->check) r->s.objs |= 1u << j; /* it has something to do */
            if (shape_holes(out, toks, k + 1, (const gw__schema *)f->sub, j, r, hole_at, hole_end)) return -1;
        } else if ((f->kind == GW__BOOL && (v->type == GJ_TRUE || v->type == GJ_FALSE)) ||
                   (f->kind >= GW__U16 && f->kind <= GW__I64 && v->type == GJ_NUMBER) ||
                   ((f->kind == GW__STR || f->kind == GW__SNOWFLAKE) && v->type == GJ_STRING)) {
            uint32_t q = v->type == GJ_STRING; /* a string's hole holds its quotes */
            if (r->s.holes == GW__SHAPE_HOLES) return -1;
            r->s.type[r->s.holes] = (uint8_t)(f->kind == GW__BOOL ? GW__SHAPE_BOOL : f->kind == GW__STR ? GW__SHAPE_STR
                                              : f->kind == GW__SNOWFLAKE ? GW__SHAPE_SNOWFLAKE : GW__SHAPE_INT);
            r->s.at[r->s.holes][0] = (uint8_t)(top >= 0 ? top : j);
            r->s.at[r->s.holes][1] = (uint8_t)(top >= 0 ? j : 255);
            hole_at[r->s.holes] = v->start - q, hole_end[r->s.holes] = v->start + v->len + q;
            r->s.holes++;
        } else if (f->kind == GW__OBJ || f->kind == GW__BOOL || f->kind == GW__STR || f->kind == GW__SNOWFLAKE ||
                   (f->kind >= GW__U16 && f->kind <= GW__I64)) {
            if (v->type != GJ_NULL) return -1; /* (a null stays in the text) */
        }
    }
    return 0;
}

/* The shape of frame out, len as row v's schema reads it, into r: 0, or -1 when it is none (no
   value, more than GW__SHAPE_HOLES, a first piece under 15 bytes, longer than GW__SHAPE_LEN with
   one digit a value) */
static int shape_of(const gw__proto *P, uint32_t v, const char *out, size_t len, shape_row *r)
{
    gj_tok toks[64];
    gj_status st;
    uint32_t at[GW__SHAPE_HOLES], end[GW__SHAPE_HOLES], i, from = 0, least = 0;
    memset(r, 0, sizeof *r);
    if (gj_tokenize(out, len, toks, 64, &st) != GJ_OK || toks[0].type != GJ_OBJECT ||
        shape_holes(out, toks, 0, P->v[v].schema, -1, r, at, end) || !r->s.holes)
        return -1;
    for (i = 0; i <= r->s.holes; i++) {
        uint32_t to = i < r->s.holes ? at[i] : (uint32_t)len;
        if (to - from > 255) return -1;
        r->s.piece[i] = (uint8_t)(to - from);
        memcpy(r->text + r->text_len, out + from, to - from);
        r->text_len += to - from;
        least += to - from + (i < r->s.holes);
        if (i < r->s.holes) from = end[i];
    }
    if (r->s.piece[0] < 15 || least > GW__SHAPE_LEN) return -1; /* (the slot's hash reads 15) */
    r->s.row = (uint16_t)v;
    r->s.from = P->v[v].from;
    r->s.text = r->text;
    return 0;
}

/* The has_ flags of row v's values and objects (at most SHAPE_MAX_HAS, else -1): their offsets
   in the message */
static int shape_flags(const gw__schema *s, uint32_t base, uint32_t *has, int n)
{
    uint32_t i;
    for (i = 0; i < s->n; i++) {
        const gw__field *f = &s->f[i];
        if (f->has != GW__NOHAS) {
            if (n == SHAPE_MAX_HAS) return -1;
            has[n++] = base + f->has;
        }
        if (f->kind == GW__OBJ && (n = shape_flags((const gw__schema *)f->sub, base + f->off, has, n)) < 0) return -1;
    }
    return n;
}

/* Every value of schema s at base set: one in each integer and snowflake, true in each boolean, a
   string of its format in each string (values every range and rule of the protocols take) */
static void shape_fill(const gw__schema *s, unsigned char *base)
{
    static const char *const text[] = { "a", "00000000-0000-4000-8000-000000000000", "2020-01-01T00:00:00.000Z", "0001" };
    uint32_t i;
    for (i = 0; i < s->n; i++) {
        const gw__field *f = &s->f[i];
        if (f->kind == GW__OBJ) shape_fill((const gw__schema *)f->sub, base + f->off);
        else if (f->kind == GW__BOOL) base[f->off] = 1;
        else if (f->kind >= GW__U16 && f->kind <= GW__I64) gw__int_put(f, 0, 1, base + f->off);
        else if (f->kind == GW__SNOWFLAKE) { uint64_t one = 1; memcpy(base + f->off, &one, sizeof one); }
        else if (f->kind == GW__STR && f->cval >= 0 && f->cval < 4) {
            gw_str x;
            x.ptr = text[f->cval], x.len = (uint32_t)strlen(text[f->cval]), x.escaped = 0;
            memcpy(base + f->off, &x, sizeof x);
        }
    }
}

/* A message of row v's kind, every value set (shape_fill), and the has_ flags of mask set */
static void shape_message(const gw__proto *P, uint32_t v, const uint32_t *has, int nhas, uint32_t mask, unsigned char *msg)
{
    int i;
    memset(msg, 0, P->msg_size);
    memcpy(msg, &P->v[v].kind, sizeof P->v[v].kind);
    shape_fill(P->v[v].schema, msg);
    for (i = 0; i < nhas; i++) if (mask >> i & 1) msg[has[i]] = 1;
}

/* Does the token decoder read frame b, len (16 zero bytes readable after it) from side as shape r
   reads it, when r reads it (must: r reads it)? */
static int shape_agrees(const gw__proto *P, const shape_row *r, const unsigned char *b, size_t len, gw_from side, int must)
{
    static unsigned char a[8192], t[8192], scratch[1 << 16];
    unsigned char neg[GW__SHAPE_HOLES];
    uint64_t mag[GW__SHAPE_HOLES];
    gw_error err;
    int ra, rt;
    gw__shape one = r->s;
    one.more = 0;
    memset(a, 0, P->msg_size);
    ra = gw__shape_match(&one, b, len, neg, mag) ? gw__shape_put(P, &one, (const char *)b, neg, mag, a) : GW__GIVE_UP;
    rt = gw__decode_tokens(P, (const char *)b, len, side, t, scratch, sizeof scratch, &err, 0) == GW_OK;
    return ra == 0 ? rt && memcmp(a, t, P->msg_size) == 0 : !must;
}

/* Frame `in` (an encoder's output) with its members in every order: those of the top-level object
   and of each object in it (four members at most in each, else its own order), each written to
   out[k] (up to SHAPE_MAX_ORDERS, the first the frame itself; past that, or with two_only, the
   frame and the frame with every such object's members reversed). How many. */
static int shape_orders(const char *in, size_t len, char (*out)[GW__SHAPE_LEN * 4], size_t *out_len, int two_only)
{
    gj_tok toks[64];
    gj_status st;
    uint32_t obj[8], nobj = 0, nmem[8], key[8][4], at[8][4], end[8][4];
    uint32_t o, i, t, n = 0, combos = 1, c;
    int reverse = 0;
    if (gj_tokenize(in, len, toks, 64, &st) != GJ_OK || toks[0].type != GJ_OBJECT) {
        memcpy(out[0], in, len), out_len[0] = len;
        return 1;
    }
    obj[nobj++] = 0;
    for (i = 0, t = 1; i < toks[0].size; i++, t = toks[t + 1].next)
        if (toks[t + 1].type == GJ_OBJECT && nobj < 8) obj[nobj++] = t + 1;
    for (o = 0; o < nobj; o++) {
        static const uint32_t fact[5] = { 1, 1, 2, 6, 24 };
        nmem[o] = toks[obj[o]].size <= 4 ? toks[obj[o]].size : 1; /* 1: its own order, one "member" of the whole */
        for (i = 0, t = obj[o] + 1; toks[obj[o]].size <= 4 && i < toks[obj[o]].size; i++, t = toks[t + 1].next) {
            const gj_tok *v = &toks[t + 1];
            key[o][i] = t;
            at[o][i] = toks[t].start - 1;
            end[o][i] = v->start + v->len + (v->type == GJ_STRING);
        }
        combos *= fact[nmem[o] <= 4 ? nmem[o] : 1];
    }
    if (combos > SHAPE_MAX_ORDERS || (two_only && combos > 1)) combos = 2, reverse = 1;
    for (c = 0; c < combos; c++) { /* combination c: each object's order by the mixed-radix digits of c */
        uint32_t perm[8][4], rest = c;
        size_t w = 0;
        for (o = 0; o < nobj; o++) { /* the (rest mod n!)-th permutation of n, by the factorial number system */
            uint32_t m = nmem[o], pool[4], k, j, f;
            for (k = 0; k < m; k++) pool[k] = k;
            for (k = 0; k < m; k++) {
                for (f = 1, j = 2; j < m - k; j++) f *= j;
                j = reverse ? (c ? m - k - 1 : 0) : combos == 1 ? 0 : (rest / f) % (m - k);
                perm[o][k] = pool[j];
                memmove(&pool[j], &pool[j + 1], (m - k - 1 - j) * sizeof pool[0]);
            }
            for (f = 1, j = 2; j <= m; j++) f *= j;
            if (combos > 1) rest /= f;
        }
        /* write: the top-level object, its members in order; an object value with its members in order */
        out[n][w++] = '{';
        for (i = 0; i < toks[0].size && nmem[0] > 1; i++) {
            uint32_t k = perm[0][i], kt = key[0][k];
            const gj_tok *v = &toks[kt + 1];
            if (i) out[n][w++] = ',';
            for (o = 1; o < nobj && obj[o] != kt + 1; o++) {}
            if (o < nobj && nmem[o] > 1) { /* "key":{ its members in order } */
                uint32_t j;
                memcpy(out[n] + w, in + at[0][k], v->start - at[0][k]);
                w += v->start - at[0][k];
                out[n][w++] = '{';
                for (j = 0; j < nmem[o]; j++) {
                    uint32_t q = perm[o][j];
                    if (j) out[n][w++] = ',';
                    memcpy(out[n] + w, in + at[o][q], end[o][q] - at[o][q]);
                    w += end[o][q] - at[o][q];
                }
                out[n][w++] = '}';
            } else {
                memcpy(out[n] + w, in + at[0][k], end[0][k] - at[0][k]);
                w += end[0][k] - at[0][k];
            }
        }
        if (nmem[0] <= 1) { memcpy(out[n], in, len); w = len; } else out[n][w++] = '}';
        out_len[n++] = w;
    }
    return (int)n;
}

/* Rows a and b in the table's order: by sender, first 15 bytes, then piece by piece (so that rows
   sharing pieces are next to each other); 0 for the same frames */
static int shape_order(const shape_row *a, const shape_row *b)
{
    int i, c;
    size_t at = 0;
    if (a->s.from != b->s.from) return a->s.from < b->s.from ? -1 : 1;
    if ((c = memcmp(a->text, b->text, 15)) != 0) return c;
    for (i = 0; i <= GW__SHAPE_HOLES; i++) {
        size_t n = a->s.piece[i] < b->s.piece[i] ? a->s.piece[i] : b->s.piece[i];
        if ((c = memcmp(a->text + at, b->text + at, n)) != 0) return c;
        if (a->s.piece[i] != b->s.piece[i]) return a->s.piece[i] < b->s.piece[i] ? -1 : 1;
        if (i == a->s.holes || i == b->s.holes) return a->s.holes == b->s.holes ? 0 : a->s.holes < b->s.holes ? -1 : 1;
        if (a->s.type[i] != b->s.type[i]) return a->s.type[i] < b->s.type[i] ? -1 : 1;
        at += n;
    }
    return 0;
}

/* A table of slots for groups of rows, one hash each (hashes[0..groups), distinct): the fewest bits
   (*bits) that give slots at least eight times the groups (SHAPE_MAX_BITS at most), and of
   SLOTS_TRIES multipliers the one with the shortest longest chain of groups, then the fewest groups
   sharing a slot */
static uint64_t slots_chained(const uint64_t *hashes, uint32_t groups, uint32_t *bits)
{
    uint64_t state, best_mul = 1;
    uint32_t t, i, h, best = ~0u;
    for (*bits = 1; (1u << *bits) < 8 * groups && *bits < SHAPE_MAX_BITS; ++*bits) {}
    state = *bits;
    for (t = 0; t < SLOTS_TRIES; t++) {
        static uint32_t count[1 << SHAPE_MAX_BITS];
        uint64_t mul = slots_next(&state) | 1;
        uint32_t longest = 0, shared = 0;
        memset(count, 0, sizeof count);
        for (i = 0; i < groups; i++) {
            h = (uint32_t)((hashes[i] * mul) >> (64 - *bits));
            shared += count[h] > 0;
            if (++count[h] > longest) longest = count[h];
        }
        if (longest * 1024 + shared < best) best = longest * 1024 + shared, best_mul = mul;
    }
    return best_mul;
}

/* The slot table of set: rows of one sender and first 15 bytes share a slot; a slot may hold
   several such groups (the first piece, compared in the frame, tells them apart). The fewest bits
   that give slots at least twice the groups, and of SLOTS_TRIES multipliers the one with the
   shortest longest chain of groups (then the fewest groups sharing); the rows sorted by slot,
   keeping their order within one. slots: '#' + the first row of each slot, '!' none. */
static void shape_slots(shape_set *set)
{
    static shape_row sorted[SHAPE_MAX_ROWS];
    static uint64_t hashes[SHAPE_MAX_ROWS];
    uint32_t bits, k, h, groups = 0;
    int i, n = 0;
    for (i = 0; i < set->n; i++)
        if (!i || set->rows[i].s.from != set->rows[i - 1].s.from || memcmp(set->rows[i].text, set->rows[i - 1].text, 15) != 0)
            hashes[groups++] = gw__shape_hash(set->rows[i].text, (gw_from)set->rows[i].s.from);
    set->mul = slots_chained(hashes, groups, &bits);
    set->shift = 64 - bits;
    for (i = 0; i < set->n; i++)
        set->rows[i].slot = (uint32_t)((gw__shape_hash(set->rows[i].text, (gw_from)set->rows[i].s.from) * set->mul) >> set->shift);
    memset(set->slots, '!', (size_t)1 << bits);
    set->slots[(size_t)1 << bits] = '\0';
    for (h = 0; h < (1u << bits); h++)
        for (i = 0; i < set->n; i++)
            if (set->rows[i].slot == h) {
                if (set->slots[h] == '!') set->slots[h] = (char)('#' + n);
                sorted[n++] = set->rows[i];
            }
    for (k = 0; k < (uint32_t)n; k++) set->rows[k] = sorted[k];
}

/* P's shapes: for each row whose fields are all shape_field, its kind's message with each set of
   its has_ flags, encoded in each wire the row is of (a decode-only row: in its own schema and
   order, slot_encode) and read back by the row's schema; a row for each side that
   sends the row when the token decoder reads the frame as the shape does. In shape_order, with
   more and shares, then the smallest slot table that gives each slot's first row a slot. A
   decode-only row (an alias) in its own order and reversed (alias_orders 2) or in its own order
   only (1). 0, or -1 (too many rows, no table). */
static int shape_rows(const gw__proto *P, shape_set *set, int alias_orders)
{
    static unsigned char msg[8192];
    uint32_t v, i, has[SHAPE_MAX_HAS], mask, side;
    int k, nhas;
    memset(set, 0, sizeof *set);
    if (P->msg_size > sizeof msg) return -1;
    for (v = 0; v < P->nv * 2; v++) { /* each row in the seed wire, then in the original's */
        const gw__schema *s = P->v[v % P->nv].schema;
        gw_wire wire = v < P->nv ? GW_WIRE_SEED : GW_WIRE_ORIGINAL;
        if ((P->v[v % P->nv].only == GW__DECODE_ONLY && wire != GW_WIRE_SEED) ||
            P->v[v % P->nv].only == (wire == GW_WIRE_SEED ? GW__ORIG_ONLY : GW__SEED_ONLY) ||
            s->tuple)
            continue;
        for (i = 0; i < s->n && shape_field(&s->f[i], 0); i++) {}
        if (i < s->n || (nhas = shape_flags(s, 0, has, 0)) < 0) continue;
        for (mask = 0; mask < 1u << nhas; mask++) {
            static char outs[SHAPE_MAX_ORDERS + 1][GW__SHAPE_LEN * 4];
            size_t lens[SHAPE_MAX_ORDERS + 1];
            char out[GW__SHAPE_LEN * 4];
            size_t len = 0;
            gw_error err;
            int o, norders;
            shape_message(P, v % P->nv, has, nhas, mask, msg);
            if (slot_encode(P, v % P->nv, msg, wire, out, sizeof out, &len, &err) != GW_OK) continue;
            if (P->v[v % P->nv].only == GW__DECODE_ONLY) norders = alias_orders == 2 ? shape_orders(out, len, outs, lens, 1) : 1;
            else norders = shape_orders(out, len, outs, lens, 0);
            if (norders == 1) memcpy(outs[0], out, len), lens[0] = len;
            if ((lens[norders] = whole_spaced(out, len, 1, outs[norders], GW__SHAPE_LEN)) != 0) norders++; /* and pretty-printed */
            for (o = 0; o < norders; o++) {
            unsigned char b[sizeof out + 16];
            shape_row r;
            if (shape_of(P, v % P->nv, outs[o], lens[o], &r)) continue;
            len = lens[o];
            memset(b, 0, sizeof b);
            memcpy(b, outs[o], len);
            for (side = GW_FROM_CLIENT; side <= GW_FROM_SERVER; side++) {
                if (!(P->v[v % P->nv].from & side)) continue;
                r.s.from = (uint8_t)side;
                if (!shape_agrees(P, &r, b, len, (gw_from)side, 1)) continue;
                for (k = 0; k < set->n && shape_order(&set->rows[k], &r) < 0; k++) {}
                if (k < set->n && shape_order(&set->rows[k], &r) == 0) continue; /* a frame an earlier row reads */
                if (set->n == SHAPE_MAX_ROWS) return -1;
                memmove(&set->rows[k + 1], &set->rows[k], (size_t)(set->n - k) * sizeof set->rows[0]);
                set->rows[k] = r;
                set->n++;
            }
            }
        }
    }
    if (!set->n) return 0;
    shape_slots(set);
    for (k = 0; k < set->n; k++) {
        shape_row *r = &set->rows[k], *next = k + 1 < set->n ? &set->rows[k + 1] : NULL;
        size_t at = 0;
        r->s.text = r->text;
        r->s.more = next && next->slot == r->slot;
        for (r->s.shares = 0; r->s.more && r->s.shares < r->s.holes && r->s.shares < next->s.holes &&
                              r->s.piece[r->s.shares] == next->s.piece[r->s.shares] && r->s.type[r->s.shares] == next->s.type[r->s.shares] &&
                              memcmp(r->text + at, next->text + at, r->s.piece[r->s.shares]) == 0;
             r->s.shares++) /* the pieces and the values after them */
            at += r->s.piece[r->s.shares];
    }
    for (k = set->n - 1; k >= 0; k--) { /* rows to the next first piece: past those that share this one */
        const shape_row *r = &set->rows[k], *next = k + 1 < set->n ? &set->rows[k + 1] : NULL;
        int skip = !r->s.more ? 0 : !r->s.shares ? 1 : next->s.next ? next->s.next + 1 : 0;
        if (skip > 255) return -1;
        set->rows[k].s.next = (uint8_t)skip;
    }
    return 0;
}

/* P's shapes (shape_rows): its aliases in their own order and reversed where the table has room
   for them (SHAPE_MAX_ROWS), else in their own order */
static int shape_make(const gw__proto *P, shape_set *set)
{
    return shape_rows(P, set, 2) == 0 ? 0 : shape_rows(P, set, 1);
}

/* ---- leads and tails: chained slot tables over a hash per row ---- */
/* For n rows of hashes hash[0..n) (rows of one hash share a slot): the table's multiplier and
   shift (slots_chained over the distinct hashes), each row's slot into slot[], and its bits */
static uint32_t slots_of_rows(const uint64_t *hash, int n, uint64_t *mul, uint32_t *shift, uint32_t *slot)
{
    static uint64_t distinct[1 << SHAPE_MAX_BITS];
    uint32_t bits, h, groups = 0;
    int i;
    for (i = 0; i < n; i++) {
        for (h = 0; h < groups && distinct[h] != hash[i]; h++) {}
        if (h == groups) distinct[groups++] = hash[i];
    }
    *mul = slots_chained(distinct, groups, &bits);
    *shift = 64 - bits;
    for (i = 0; i < n; i++) slot[i] = (uint32_t)((hash[i] * *mul) >> *shift);
    return bits;
}

/* The slots string of a table of `bits` whose rows, sorted by slot, are in slot[0..n): '#' + the
   first row of each slot, '!' for none */
static void slots_mark(char *slots, uint32_t bits, const uint32_t *slot, int n)
{
    int i;
    memset(slots, '!', (size_t)1 << bits);
    slots[(size_t)1 << bits] = '\0';
    for (i = 0; i < n; i++)
        if (slots[slot[i]] == '!') slots[slot[i]] = (char)('#' + i);
}

/* ---- leads (gateway.h's gw__lead, GW__LEAD_<p>) ---- */
enum { LEAD_MAX_ROWS = 256 };
typedef struct lead_row {
    gw__lead l;
    uint32_t slot;
    uint32_t op_len; /* the opcode's member and its ',' */
    uint32_t null_len; /* the null member after it and its ',' (l.null_at), or 0 */
    int pretty;      /* a compact lead's text pretty-printed (lead_spaced) */
    int name_first;  /* the name's member first, the opcode's after it or last (end) */
    char text[256], end[256];
} lead_row;
typedef struct lead_set {
    lead_row rows[LEAD_MAX_ROWS];
    int n;
    uint64_t mul;
    uint32_t shift;
    char slots[(1 << SHAPE_MAX_BITS) + 1];
} lead_set;

/* The index of key k in s, or GW__LEAD_NONE */
static uint8_t lead_field(const gw__schema *s, const char *k)
{
    uint32_t i;
    for (i = 0; i < s->n && i < GW__LEAD_NONE; i++) if (strcmp(s->f[i].name, k) == 0) return (uint8_t)i;
    return GW__LEAD_NONE;
}

/* Does field x of row v hold the opcode that st read, whatever is sent there (a constant of it)? */
static int lead_op_pinned(const gw__proto *P, const gw__variant *v, const gw__field *x, const gw__pick_state *st)
{
    return gw__field_pinned(P, v, x, 1) || (!P->op_is_string && x->kind == GW__CONST_INT && x->cval >= 0 && x->cval == st->opv);
}

/* Does field x of row v take v's name as its only value (a constant), or as one value of an enum
   (r->l.name_enum: 1 + that value)? 0 when it does, else -1 */
static int lead_name_pinned(const gw__proto *P, const gw__variant *v, const gw__field *x, lead_row *r)
{
    int i;
    if (gw__field_pinned(P, v, x, 0)) return 0;
    if (x->kind != GW__ENUM) return -1;
    for (i = 0; i < (int)x->cval && i < 254; i++)
        if (strcmp(gw__sub_names(x)[i], v->name) == 0) {
            r->l.name_enum = (uint8_t)(i + 1);
            return 0;
        }
    return -1;
}

/* Lead text (its opcode's member, then with name_v the name of row name_v at its place, then ',')
   from side into r, as the lean envelope reads such a frame (gw__fast_lean): the row its dispatch
   picks there, whatever follows (the opcode alone, else the table of names: gw__named_pick), with
   the opcode's and the name's fields where that row's schema pins them. 0, or -1 when the dispatch
   does not decide there, or the row does not pin them. */
static int lead_of(const gw__proto *P, gw_from side, const char *text, int n, const gw__variant *name_v, lead_row *r)
{
    gw__pick_state st;
    gw__top_member m[1];
    gw__fast_ctx c;
    gw_str got = { NULL, 0, 0 };
    uint64_t tag2;
    const unsigned char *end = (const unsigned char *)text + n;
    const gw__variant *v;
    int at;
    memset(r, 0, sizeof *r);
    memset(&c, 0, sizeof c);
    memset(m, 0, sizeof m);
    if (n > 255) return -1;
    gw__pick_state_init(&st, (const unsigned char *)text);
    st.may_guess = 1;
    if (gw__pick_op(P, (const unsigned char *)strchr(text, ':') + 1, end, &st) || st.op_end >= end || *st.op_end != ',')
        return -1;
    if (gw__fast_op_alone(P, side, &st)) {
        if (name_v || st.op_end + 1 != end) return -1; /* (a name after it is read by that row's schema) */
        at = (int)st.lo;
    } else {
        if (!name_v) return -1;
        c.p = c.begin = st.op_end + 1;
        c.end = end;
        if (gw__fast_key_colon(&c, &m[0].key, &m[0].tag, &tag2)) return -1;
        m[0].val = c.p;
        if (*c.p == '"' && gw__fast_str(&c, &got)) return -1;
        m[0].end = c.p;
        at = gw__named_pick(P, side, m, got, end, &st);
    }
    if (at < 0 || st.guessed || !(P->v[at].from & side)) return -1;
    v = &P->v[at];
    r->op_len = (uint32_t)(st.op_end + 1 - (const unsigned char *)text);
    r->l.from = (uint8_t)side;
    r->l.len = (uint8_t)n;
    r->l.row = (uint16_t)at;
    r->l.op_at = lead_field(v->schema, P->op_key);
    r->l.name_at = r->l.in = r->l.null_at = GW__LEAD_NONE;
    if (r->l.op_at == GW__LEAD_NONE || !lead_op_pinned(P, v, &v->schema->f[r->l.op_at], &st)) return -1;
    if (name_v && !name_v->key2) { /* the name a top-level member */
        r->l.name_at = lead_field(v->schema, name_v->key1);
        if (r->l.name_at == GW__LEAD_NONE || lead_name_pinned(P, v, &v->schema->f[r->l.name_at], r)) return -1;
    } else if (name_v) { /* the first member of the object of key1 */
        const gw__field *f;
        r->l.in = lead_field(v->schema, name_v->key1);
        if (r->l.in == GW__LEAD_NONE) return -1;
        f = &v->schema->f[r->l.in];
        if (f->kind != GW__OBJ || gw__sub_schema(f)->tuple ||
            (r->l.name_at = lead_field(gw__sub_schema(f), name_v->key2)) == GW__LEAD_NONE ||
            lead_name_pinned(P, v, &gw__sub_schema(f)->f[r->l.name_at], r))
            return -1;
    }
    memcpy(r->text, text, (size_t)n);
    r->l.text = r->text;
    return 0;
}

static int lead_order(const void *a, const void *b)
{
    const lead_row *x = (const lead_row *)a, *y = (const lead_row *)b;
    int c;
    if (x->slot != y->slot) return x->slot < y->slot ? -1 : 1;
    if (x->l.from != y->l.from) return x->l.from < y->l.from ? -1 : 1;
    c = memcmp(x->text, y->text, x->l.len < y->l.len ? x->l.len : y->l.len);
    if (!c) c = x->l.len < y->l.len ? -1 : x->l.len > y->l.len;
    return c ? c : strcmp(x->end, y->end);
}

/* The field of r's row that the encoder writes as "key":null right after the opcode's member and
   before the name's (a field that is always null, GW__NULL, and not GW__QUIET: decode-only), where
   no row of any op or of r's opcode has its name at that key (so the dispatch never reads it): its
   index, or GW__LEAD_NONE */
static uint8_t lead_null_field(const gw__proto *P, const lead_row *r)
{
    const gw__variant *v = &P->v[r->l.row];
    uint32_t at = (uint32_t)r->l.op_at + 1, i;
    if (at >= v->schema->n || v->schema->f[at].kind != GW__NULL || (v->schema->f[at].flags & GW__QUIET) || at >= GW__LEAD_NONE)
        return GW__LEAD_NONE;
    if (r->l.name_at != GW__LEAD_NONE && (r->l.in != GW__LEAD_NONE ? r->l.in : r->l.name_at) != at + 1) return GW__LEAD_NONE;
    for (i = 0; i < P->nv; i++)
        if ((P->v[i].op == GW__ANY_OP || P->v[i].op == v->op) && P->v[i].key1 && strcmp(P->v[i].key1, v->schema->f[at].name) == 0)
            return GW__LEAD_NONE;
    return (uint8_t)at;
}

/* Add row r to set unless it holds it: 0, or -1 when it is full */
static int lead_put(lead_set *set, const lead_row *r)
{
    int k;
    for (k = 0; k < set->n; k++)
        if (set->rows[k].l.from == r->l.from && set->rows[k].l.len == r->l.len && memcmp(set->rows[k].text, r->text, r->l.len) == 0) return 0;
    if (set->n == LEAD_MAX_ROWS) return -1;
    set->rows[set->n++] = *r;
    return 0;
}

/* Add lead text from each side (lead_of) to set, once, and the same with the row's null member
   after the opcode's (lead_null_field); under 16 bytes too (lead_make drops those): 0, or -1 when
   it is full */
static int lead_add(const gw__proto *P, lead_set *set, const char *text, int n, const gw__variant *name_v)
{
    uint32_t side;
    for (side = GW_FROM_CLIENT; side <= GW_FROM_SERVER; side++) {
        lead_row r;
        uint8_t at;
        if (lead_of(P, (gw_from)side, text, n, name_v, &r)) continue;
        if (lead_put(set, &r)) return -1;
        if ((at = lead_null_field(P, &r)) != GW__LEAD_NONE) {
            int m = snprintf(r.text + r.op_len, sizeof r.text - r.op_len, "\"%s\":null,%.*s", P->v[r.l.row].schema->f[at].name,
                             (int)(n - (int)r.op_len), text + r.op_len);
            if (m <= 0 || r.op_len + (uint32_t)m > 255) continue;
            r.null_len = (uint32_t)m - (uint32_t)(n - (int)r.op_len);
            r.l.len = (uint8_t)(r.op_len + (uint32_t)m);
            r.l.null_at = at;
            if (lead_put(set, &r)) return -1;
        }
    }
    return 0;
}

/* A lead's text (n bytes, compact) as JSON.stringify(v, null, 2), Python's indent=2 and Go's
   MarshalIndent start the frame: {"op":5,"d":{"type":"member", as {\n  "op": 5,\n  "d": {\n
   "type": "member", (its ',' last, the next line's indent not in it). Its length into out (256
   bytes), 0 past 255. */
static int lead_spaced(const char *in, int n, char *out)
{
    int i, o = 0, depth = 0, str = 0, k;
    for (i = 0; i < n; i++) {
        char ch = in[i];
        if (o + 2 * depth + 4 > 255) return 0;
        out[o++] = ch;
        if (str) {
            if (ch == '\\' && i + 1 < n) out[o++] = in[++i];
            else if (ch == '"') str = 0;
        } else if (ch == '"') {
            str = 1;
        } else if (ch == ':') {
            out[o++] = ' ';
        } else if ((ch == '{' || ch == ',') && i + 1 < n) {
            depth += ch == '{';
            out[o++] = '\n';
            for (k = 0; k < 2 * depth; k++) out[o++] = ' ';
        }
    }
    return o;
}

/* For each opcode of a row, {"op":<opcode>, and for each named row of at most two keys to its
   name, that opcode's member then the name's ({"op":5,"d":{"type":"member",), each kept when
   lead_of takes it, and each also with its null member (lead_add), of any length: 0, or -1 */
static int lead_rows(const gw__proto *P, lead_set *set)
{
    uint32_t v;
    memset(set, 0, sizeof *set);
    for (v = 0; v < P->nv; v++) {
        const gw__variant *r = &P->v[v];
        char text[512];
        int n;
        int64_t op = r->op;
        if (op == GW__ANY_OP && !P->op_is_string) { /* a row of any op: the constant its schema holds there */
            uint8_t k = lead_field(r->schema, P->op_key);
            if (k == GW__LEAD_NONE || r->schema->f[k].kind != GW__CONST_INT || r->schema->f[k].cval < 0) continue;
            op = r->schema->f[k].cval;
        }
        n = P->op_is_string ? snprintf(text, sizeof text, "{\"%s\":\"%s\",", P->op_key, r->op_name)
                            : snprintf(text, sizeof text, "{\"%s\":%lld,", P->op_key, (long long)op);
        if (lead_add(P, set, text, n, NULL)) return -1;
        if (!r->name || !r->key1 || r->key3) continue;
        n += r->key2 ? snprintf(text + n, sizeof text - (size_t)n, "\"%s\":{\"%s\":\"%s\",", r->key1, r->key2, r->name)
                     : snprintf(text + n, sizeof text - (size_t)n, "\"%s\":\"%s\",", r->key1, r->name);
        if (lead_add(P, set, text, n, r)) return -1;
    }
    return 0;
}

/* P's leads: lead_rows' of 16 bytes or more; and of each whose name is a top-level member, the
   name's member first with the opcode's after it ({"t":"name","op":N,) or last ({"t":"name", with
   end ,"op":N}), and of each whose name is the first member of an object, that object first and
   the opcode last ({"d":{"type":"name", with end ,"op":N}), where that is 16 bytes or more; and each of the opcode first without an end
   pretty-printed (lead_spaced); then the slot table (slots_chained), the rows sorted by slot. 0, or
   -1 (too many rows). */
static int lead_make(const gw__proto *P, lead_set *set)
{
    static uint64_t hashes[LEAD_MAX_ROWS];
    static uint32_t slot[LEAD_MAX_ROWS];
    uint32_t bits;
    int i, nlead;
    if (lead_rows(P, set)) return -1;
    for (i = nlead = 0; i < set->n; i++) /* (the hash reads 16 bytes) */
        if (set->rows[i].l.len >= 16) set->rows[nlead++] = set->rows[i];
    set->n = nlead;
    for (i = 0, nlead = set->n; i < nlead; i++) { /* and the name first, then the opcode: {"t":"name","op":N, and
                                                     the opcode last: {"t":"name", ... ,"op":N} */
        static lead_row l; /* (a copy: the new row is written into the same set) */
        int n, e, last;
        l = set->rows[i];
        if (l.l.name_at == GW__LEAD_NONE || l.null_len) continue;
        for (last = l.l.in != GW__LEAD_NONE; last < 2; last++) { /* (a name in an object: the opcode after that object) */
            lead_row *r = &set->rows[set->n];
            if (set->n == LEAD_MAX_ROWS) return -1;
            n = last ? snprintf(r->text, sizeof r->text, "{%.*s,", (int)(l.l.len - l.op_len - 1), l.text + l.op_len)
                     : snprintf(r->text, sizeof r->text, "{%.*s,%.*s", (int)(l.l.len - l.op_len - 1), l.text + l.op_len, (int)(l.op_len - 1), l.text + 1);
            e = last ? snprintf(r->end, sizeof r->end, ",%.*s}", (int)(l.op_len - 2), l.text + 1) : 0;
            if (n < 16 || n > 255 || e > 255) continue;
            r->l = l.l;
            r->op_len = 0;
            r->name_first = 1;
            r->l.len = (uint8_t)n;
            r->l.end_len = (uint8_t)e;
            set->n++;
        }
    }
    for (i = 0, nlead = set->n; i < nlead; i++) { /* and each that starts a frame pretty-printed with indent 2 (not one
                                                     of the name first: keys in another order) */
        lead_row *r = &set->rows[set->n];
        int n;
        if (set->rows[i].l.end_len || set->rows[i].name_first || (n = lead_spaced(set->rows[i].text, set->rows[i].l.len, r->text)) == 0)
            continue;
        if (set->n == LEAD_MAX_ROWS) return -1;
        r->l = set->rows[i].l;
        r->op_len = 0;
        r->pretty = 1;
        r->l.len = (uint8_t)n;
        set->n++;
    }
    if (!set->n) return 0;
    if (set->n > 220) return -1; /* (a slot holds '#' + its first row in a char) */
    for (i = 0; i < set->n; i++) hashes[i] = gw__lead_hash(set->rows[i].text, (gw_from)set->rows[i].l.from);
    bits = slots_of_rows(hashes, set->n, &set->mul, &set->shift, slot);
    for (i = 0; i < set->n; i++) set->rows[i].slot = slot[i];
    qsort(set->rows, (size_t)set->n, sizeof set->rows[0], lead_order);
    for (i = 0; i < set->n; i++) {
        slot[i] = set->rows[i].slot;
        set->rows[i].l.text = set->rows[i].text;
        set->rows[i].l.end = set->rows[i].end;
        set->rows[i].l.more = i + 1 < set->n && set->rows[i + 1].slot == set->rows[i].slot;
    }
    slots_mark(set->slots, bits, slot, set->n);
    return 0;
}

/* ---- tails (gateway.h's gw__tail, GW__TAIL_<p>) ---- */
typedef struct tail_row {
    gw__tail t;
    uint32_t slot;
    char head[256], text[256];
} tail_row;
typedef struct tail_set {
    tail_row rows[2 * LEAD_MAX_ROWS];
    int n;
    uint64_t mul;
    uint32_t shift;
    char slots[(1 << SHAPE_MAX_BITS) + 1];
} tail_set;

static int tail_order(const void *a, const void *b)
{
    const tail_row *x = (const tail_row *)a, *y = (const tail_row *)b;
    int c;
    if (x->slot != y->slot) return x->slot < y->slot ? -1 : 1;
    if (x->t.from != y->t.from) return x->t.from < y->t.from ? -1 : 1;
    if (x->t.len != y->t.len) return x->t.len < y->t.len ? -1 : 1; /* (,"t":"X"} with its head, as an encoder ends a
                                                                      frame, before ,"f":130,"t":"X"}) */
    if ((c = strcmp(x->text, y->text)) != 0) return c;
    return strcmp(x->head, y->head);
}

/* P's tails, from lead_rows' leads: for each whose name is a top-level member ({"op":N,"t":"name",),
   the name last after the opcode first ({"op":N, ... ,"t":"name"}), the name then the opcode last
   (... ,"t":"name","op":N}) and the opcode then the name last (... ,"op":N,"t":"name"}); for each whose name is the first member of an object
   ({"op":N,"d":{"type":"name",), that object first and the name last in it, then its null member
   if it has one, the opcode last ({"d":{ ... ,"type":"name"},"t":null,"op":N}), and the lead
   without its name (the opcode, its null member, the object) then the name last in the object
   ({"op":N,"d":{ ... ,"type":"name"}}), where the row requires no other top-level member; for each of an opcode alone, the opcode last after its null
   member if it has one (... ,"t":null,"op":N}), where the row has another member; each of 16
   bytes or more (8 or more: an opcode alone), with the lead's row; then the slot table over their
   last 16 bytes (8 for one under 16), the rows sorted by slot. 0, or -1. */
static int tail_make(const gw__proto *P, tail_set *set)
{
    static lead_set leads;
    static uint64_t hashes[2 * LEAD_MAX_ROWS];
    static uint32_t slot[2 * LEAD_MAX_ROWS];
    uint32_t bits;
    int i, b;
    memset(set, 0, sizeof *set);
    if (lead_rows(P, &leads)) return -1;
    for (i = 0; i < leads.n; i++) {
        const lead_row *l = &leads.rows[i];
        size_t open = l->l.in == GW__LEAD_NONE ? 0 : strlen(P->v[l->l.row].schema->f[l->l.in].name) + 4, /* "d":{ */
               name_len = l->l.len - l->op_len - l->null_len - open - 1; /* "t":"name" */
        const char *name = l->text + l->op_len + l->null_len + open, *null_member = l->text + l->op_len;
        uint32_t f;
        if (l->l.name_at == GW__LEAD_NONE) { /* an opcode alone: ... ,"t":null,"op":N} */
            tail_row *r = &set->rows[set->n];
            int n = snprintf(r->text, sizeof r->text, ",%.*s%.*s}", (int)l->null_len, null_member, (int)(l->op_len - 2), l->text + 1);
            if (n < 8 || n > 255 || whole_constant(P->v[l->l.row].schema, 0)) continue; /* (a constant frame: a whole one) */
            if (set->n == 2 * LEAD_MAX_ROWS) return -1;
            r->t.from = l->l.from;
            r->t.len = (uint8_t)n;
            r->t.op_at = l->l.op_at;
            r->t.name_at = r->t.in = GW__LEAD_NONE;
            r->t.null_at = l->l.null_at;
            r->t.row = l->l.row;
            set->n++;
            continue;
        }
        if (l->null_len && l->l.in == GW__LEAD_NONE) continue; /* (a null member among top-level ones: none of the five) */
        for (f = 0; open && f < P->v[l->l.row].schema->n; f++) /* the object and the opcode the only members a frame must have */
            if (f != l->l.op_at && f != l->l.in && !(P->v[l->l.row].schema->f[f].flags & GW__OPT)) open = 0, name_len = 0;
        if (!open && l->l.in != GW__LEAD_NONE) continue;
        for (b = open ? 2 : 0; b < (open ? 5 : 4); b += open ? 2 : b != 1 ? 1 : 2) { /* the opcode first (its head), then last, or
                                                                                  right before the name; or the object first;
                                                                                  or the opcode and the object first */
            tail_row *r = &set->rows[set->n];
            int n = b == 4 ? snprintf(r->text, sizeof r->text, ",%.*s}}", (int)name_len, name)
                  : b == 3 ? snprintf(r->text, sizeof r->text, ",%.*s,%.*s}", (int)(l->op_len - 2), l->text + 1, (int)name_len, name)
                  : b == 2 ? snprintf(r->text, sizeof r->text, ",%.*s},%.*s%.*s}", (int)name_len, name, (int)l->null_len, null_member,
                                      (int)(l->op_len - 2), l->text + 1)
                  : b ? snprintf(r->text, sizeof r->text, ",%.*s,%.*s}", (int)name_len, name, (int)(l->op_len - 2), l->text + 1)
                      : snprintf(r->text, sizeof r->text, ",%.*s}", (int)name_len, name);
            if (n < 16 || n > 255) continue;
            if (set->n == 2 * LEAD_MAX_ROWS) return -1;
            r->t.from = l->l.from;
            r->t.len = (uint8_t)n;
            r->t.head_len = (uint8_t)(b == 4 ? (size_t)(name - l->text) : b == 2 ? open + 1 : b ? 0 : l->op_len);
            if (b == 2) r->head[0] = '{', memcpy(r->head + 1, name - open, open);
            else memcpy(r->head, l->text, r->t.head_len);
            r->t.in = l->l.in;
            r->t.null_at = l->l.null_at;
            r->t.op_at = l->l.op_at;
            r->t.name_at = l->l.name_at;
            r->t.name_enum = l->l.name_enum;
            r->t.row = l->l.row;
            set->n++;
        }
    }
    if (!set->n) return 0;
    if (set->n > 220) return -1; /* (a slot holds '#' + its first row in a char) */
    for (i = 0; i < set->n; i++) /* (a short one by its last 8 bytes) */
        hashes[i] = set->rows[i].t.len >= 16 ? gw__lead_hash(set->rows[i].text + set->rows[i].t.len - 16, (gw_from)set->rows[i].t.from)
                                             : gw__tail_hash8(set->rows[i].text + set->rows[i].t.len - 8, (gw_from)set->rows[i].t.from);
    bits = slots_of_rows(hashes, set->n, &set->mul, &set->shift, slot);
    for (i = 0; i < set->n; i++) set->rows[i].slot = slot[i];
    qsort(set->rows, (size_t)set->n, sizeof set->rows[0], tail_order);
    for (i = 0; i < set->n; i++) {
        slot[i] = set->rows[i].slot;
        set->rows[i].t.head = set->rows[i].head;
        set->rows[i].t.text = set->rows[i].text;
        set->rows[i].t.more = i + 1 < set->n && set->rows[i + 1].slot == set->rows[i].slot;
    }
    slots_mark(set->slots, bits, slot, set->n);
    return 0;
}

/* ---- the first row of each numeric opcode (gateway.h's gw__proto.op_first, GW__OP_FIRST_<p>) ---- */
enum { OP_FIRST_MAX = 1024 };
/* For each opcode from 0 to the largest of P's rows (not those of any op), the first row after
   any_end whose op is it or above (the rows are in op order: test_tables): *n of them, 0 for a
   protocol of string opcodes. 0, or -1 past OP_FIRST_MAX. */
static int op_first_make(const gw__proto *P, uint16_t *rows, uint32_t *n)
{
    int64_t top = -1, op;
    uint32_t r;
    *n = 0;
    if (P->op_is_string) return 0;
    for (r = P->any_end; r < P->nv; r++) if (P->v[r].op > top) top = P->v[r].op;
    if (top >= OP_FIRST_MAX) return -1;
    for (op = 0; op <= top; op++) {
        for (r = P->any_end; r < P->nv && P->v[r].op < op; r++) {}
        rows[(*n)++] = (uint16_t)r;
    }
    return 0;
}
#endif
