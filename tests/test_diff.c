/* test_diff.c - the differential test (issue 11, item 5): gw_decode against the frozen reference
   decoder in tests/ref_decode.h (today's token-based decoder). gwref_diff (ref_decode.h) says what
   must agree: code, err.json, err.offset, err.path, the message (gw_equal both ways), zeroed on
   failure, nothing written past gw_msg_size; err.needed only as a size that suffices.
   Frames (each in an exactly sized heap buffer):
     - every vector as every protocol in both directions, with small scratch buffers too;
     - scratch of 0, 1, 2, 4 ... 64 KB at every alignment, and every size around the least the
       reference needs (own protocol and direction);
     - on the vector's own protocol/direction, and for every other mutation one of the nine other
       protocol/direction pairs (rotating): truncation at every byte; a byte replaced, inserted and
       deleted at every position (fixed-seed PRNG); the members of every object reversed and
       rotated; each key and string \u-escaped; every number, string, literal and container
       replaced by values chosen to hit ranges, formats and types, and every name (short
       identifier strings of the vectors) by every other one; every member dropped, an unknown
       key added and a key duplicated in every object; trailing bytes; the top level's members
       reversed, then its last 64 bytes replaced, inserted and deleted (the opcode read from the end);
       the top level's members in every order (30 for five or more), the last 64 bytes of two with a
       container first mutated the same way;
     - every object reversed at once, whitespace between all tokens, padding to the size caps:
       every protocol and direction.
   Every frame with the big scratch is also decoded leniently (GW_DECODE_LENIENT), against the
   token decoder's lenient decode (gw__decode_tokens), which is not frozen.
   Plus argument errors, called directly, and a check that the check can fail (decoders that lie
   in one way each are all caught). One t_case per vector and family; "diff: compared N frames"
   precedes the summary.

   This program compiles its own private copy of the library (GATEWAY_STATIC), because the
   reference needs the implementation's static tables; tests/impl.o, linked in like every test, is
   not used. */
#define _POSIX_C_SOURCE 200809L
#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wunused-function" /* a private copy of the whole library */
#endif
#define GATEWAY_STATIC
#define GATEWAY_IMPLEMENTATION
#include "../gateway.h"
#include "ref_decode.h"
#include "t.h"
#include "gw_mut.h"
#include "all_vectors.h"
#include <stdlib.h>

/* The main comparison's scratch: enough for the tokens of most frames (more is retried with
   err.needed), in whole 8 KB, so that ASan's allocator sees few distinct sizes, and under its
   128 KB mmap threshold for every vector. */
static size_t BIG(size_t len)
{
    size_t n = (32 * len + 16383) & ~(size_t)8191;
    return n < 98304 ? n : 98304;
}

static const gw_proto protos[] = { GW_PROTO_SM, GW_PROTO_I386, GW_PROTO_MS, GW_PROTO_NG, GW_PROTO_DMOD };
static const gw_from froms[] = { GW_FROM_CLIENT, GW_FROM_SERVER };
static void encode_diff(gw_proto p, const void *msg, int sweep, const char *what);
static unsigned long frames, frames_small;

/* ---- the check ---------------------------------------------------------------------------- */

/* The frame as printable text (\xNN for the rest), at most ~300 bytes. */
static const char *show(const char *s, size_t n, char *out, size_t cap)
{
    size_t i, o = 0;
    for (i = 0; i < n && o + 8 < cap; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c < 0x7f && c != '\\') out[o++] = (char)c;
        else o += (size_t)snprintf(out + o, cap - o, "\\x%02x", c);
    }
    if (i < n) o += (size_t)snprintf(out + o, cap - o, "...(%lu bytes)", (unsigned long)n);
    out[o < cap ? o : cap - 1] = 0;
    return out;
}

/* gw_peek (its token-free path first) against the token path alone (gw__peek_tokens): the same
   result, error (code, json, offset, path, needed) and envelope, with `ssize` bytes of scratch;
   but where the token path finds invalid JSON (a key repeated too) or wants more scratch, peek
   may have read the envelope in place (it reads only that) and succeeded. */
static int peek_diff(gw_proto p, const char *b, size_t len, gw_from from, size_t ssize, char *why, size_t cap)
{
    static unsigned char s1[1 << 17], s2[1 << 17];
    gw_envelope e1, e2;
    gw_error r1, r2;
    gw_err c1, c2;
    const gw__proto *P = gw__proto_of(p);
    if (ssize > sizeof s1) ssize = sizeof s1;
    memset(&e1, 0x5A, sizeof e1);
    memset(&e2, 0x5A, sizeof e2);
    c1 = gw_peek(p, b, len, from, &e1, s1, ssize, &r1);
    c2 = gw__peek_tokens(P, b, len, from, &e2, s2, ssize, &r2);
    if (c1 == GW_OK && (c2 == GW_ERR_JSON || c2 == GW_ERR_DUPLICATE_KEY || c2 == GW_ERR_SCRATCH)) return 0; /* read in place: what it did not read is decode's */
    if (c1 != c2 || r1.code != r2.code || r1.json != r2.json || r1.offset != r2.offset || strcmp(r1.path, r2.path) != 0 ||
        (c1 == GW_ERR_SCRATCH && r1.needed != r2.needed)) {
        snprintf(why, cap, "gw_peek %s at %lu '%s', token path %s at %lu '%s'", gw_strerror(c1), (unsigned long)r1.offset,
                 r1.path, gw_strerror(c2), (unsigned long)r2.offset, r2.path);
        return 1;
    }
    if (c1 == GW_OK &&
        (e1.kind != e2.kind || e1.kind_name != e2.kind_name || e1.op != e2.op || e1.op_name.ptr != e2.op_name.ptr ||
         e1.op_name.len != e2.op_name.len || e1.op_name.escaped != e2.op_name.escaped || e1.name.ptr != e2.name.ptr ||
         e1.name.len != e2.name.len || e1.name.escaped != e2.name.escaped || e1.has_seq != e2.has_seq ||
         (e1.has_seq && e1.seq != e2.seq))) {
        snprintf(why, cap, "envelopes differ: kind %d/%d op %lld/%lld name '%.*s'/'%.*s' seq %d:%u/%d:%u", e1.kind, e2.kind,
                 (long long)e1.op, (long long)e2.op, (int)e1.name.len, e1.name.ptr ? e1.name.ptr : "", (int)e2.name.len,
                 e2.name.ptr ? e2.name.ptr : "", (int)e1.has_seq, e1.seq, (int)e2.has_seq, e2.seq);
        return 1;
    }
    return 0;
}

/* gw_decode_flags(GW_DECODE_LENIENT) (whole frames and the one pass first) against the token
   decoder alone, leniently (gw__decode_tokens): the same result, error (code, json, offset, path),
   members skipped and message (gw_equal both ways), with `ssize` bytes of scratch. */
static unsigned long lenients;
static int lenient_diff(gw_proto p, const char *b, size_t len, gw_from from, size_t ssize, char *why, size_t cap)
{
    static unsigned char s1[1 << 17], s2[1 << 17];
    static gw_any_msg m1, m2;
    gw_error r1, r2;
    gw_err c1, c2;
    const gw__proto *P = gw__proto_of(p);
    if (ssize > sizeof s1) ssize = sizeof s1;
    lenients++;
    c1 = gw_decode_flags(p, b, len, from, GW_DECODE_LENIENT, &m1, s1, ssize, &r1);
    c2 = gw__decode_tokens(P, b, len, from, &m2, s2, ssize, &r2, GW_DECODE_LENIENT);
    if (c1 != c2 || r1.json != r2.json || r1.offset != r2.offset || strcmp(r1.path, r2.path) != 0 || r1.skipped != r2.skipped ||
        (c1 == GW_OK && (!gw_equal(p, &m1, &m2) || !gw_equal(p, &m2, &m1)))) {
        snprintf(why, cap, "lenient: gw_decode_flags %d at %lu \"%s\", %u skipped, kind %d; the token decoder %d at %lu \"%s\", %u skipped, kind %d",
                 (int)c1, (unsigned long)r1.offset, r1.path, (unsigned)r1.skipped, gw_msg_kind(&m1), (int)c2, (unsigned long)r2.offset,
                 r2.path, (unsigned)r2.skipped, gw_msg_kind(&m2));
        return 1;
    }
    return 0;
}

/* Compare the two decoders on one frame (copied into an exactly sized heap buffer). small:
   GWREF_NO_SMALL or a scratch size for the second run, at alignment offset align. */
static void diff_at(gw_proto p, gw_from from, const char *src, size_t len, size_t small, unsigned align, const char *what)
{
    char *b = (char *)malloc(len ? len : 1);
    char why[700], txt[400];
    if (!b) { t_failf(__FILE__, __LINE__, "out of memory"); return; }
    if (len) memcpy(b, src, len);
    else b[0] = 0; /* never read: an empty frame */
    frames++;
    if (small != GWREF_NO_SMALL) frames_small++;
    if (peek_diff(p, b, len, from, small == GWREF_NO_SMALL ? BIG(len) : small, why, sizeof why))
        t_failf(__FILE__, __LINE__, "%s as %s/%s: peek: %s\n    frame: %s", what, gw_proto_name(p),
                from == GW_FROM_CLIENT ? "client" : "server", why, show(b, len, txt, sizeof txt));
    if (small == GWREF_NO_SMALL && lenient_diff(p, b, len, from, BIG(len), why, sizeof why))
        t_failf(__FILE__, __LINE__, "%s as %s/%s: %s\n    frame: %s", what, gw_proto_name(p),
                from == GW_FROM_CLIENT ? "client" : "server", why, show(b, len, txt, sizeof txt));
    if (gwref_diff(p, b, len, from, BIG(len), small, align, why, sizeof why))
        t_failf(__FILE__, __LINE__, "%s as %s/%s: %s\n    frame: %s", what, gw_proto_name(p),
                from == GW_FROM_CLIENT ? "client" : "server", why, show(b, len, txt, sizeof txt));
    else if (small == GWREF_NO_SMALL) { /* what decodes also encodes the same on both encode paths */
        static unsigned char scratch[1 << 17];
        gw_any_msg m;
        gw_error e;
        if (gw_decode(p, b, len, from, &m, scratch, sizeof scratch, &e) == GW_OK) encode_diff(p, &m, 0, what);
    }
    free(b);
}

/* Under valgrind (tests/valgrind.sh runs every plain test binary) the mutation families take only
   every 4th frame: valgrind is 30 times slower, and ASan has seen all of them. */
static unsigned long thin = 1, mutations;

/* A mutated frame; every 7th also gets a small-scratch run, its size and alignment rotating. */
static void diff(gw_proto p, gw_from from, const char *src, size_t len, const char *what)
{
    static const size_t sizes[] = { 0, 64, 256, 1024 };
    unsigned long k = frames;
    if (mutations++ % thin) return;
    diff_at(p, from, src, len, k % 7 ? GWREF_NO_SMALL : sizes[k / 7 % 4], (unsigned)(k / 28 % 8), what);
}

/* ---- the vectors: all_vectors.h ---------------------------------------------------------------- */

static void begin(const vec *v, const char *family)
{
    static char name[200];
    snprintf(name, sizeof name, "%.127s %.60s", v->name, family);
    t_case_begin(name);
}

/* ---- encode: the fast path against the writer path ------------------------------------------ */

/* gw_encode's fast path must write exactly what the writer path (gw__encode_writer, which decides
   every error and counts err.needed) writes. Compared: the result, *outlen, the whole gw_error and
   the output bytes (the NUL too), with an ample buffer, an exact one, one byte short, half, 1 byte
   and none (sweep), or ample and exact only. */
static unsigned long encodes;
static char enc_a[1 << 18], enc_b[1 << 18];

static int encode_diff_at(gw_proto p, const void *msg, gw_wire wire, size_t cap, char *why, size_t whycap)
{
    encodes++;
    return gwref_encode_diff(p, msg, wire, enc_a, enc_b, cap, why, whycap);
}

static void encode_diff(gw_proto p, const void *msg, int sweep, const char *what)
{
    char why[2000];
    int w;
    for (w = 0; w < 2; w++) {
        gw_wire wire = w ? GW_WIRE_ORIGINAL : GW_WIRE_SEED;
        gw_error e;
        size_t n = 0, k, caps[6];
        gw_err r = gw_encode_wire(p, msg, wire, enc_a, sizeof enc_a, &n, &e);
        caps[0] = sizeof enc_a; caps[1] = n + 1; caps[2] = n; caps[3] = n / 2; caps[4] = 1; caps[5] = 0;
        if (r != GW_OK) caps[1] = caps[2] = caps[3] = e.needed; /* GW_ERR_BUFFER never comes with an ample buffer */
        for (k = 0; k < (sweep ? 6u : 2u); k++)
            if (encode_diff_at(p, msg, wire, caps[k], why, sizeof why)) {
                t_failf(__FILE__, __LINE__, "encode of %s as %s: %s", what, gw_proto_name(p), why);
                return;
            }
    }
}

/* Each field of a message damaged (or given an awkward but valid value) one at a time, then
   encoded both ways: whatever the writer path refuses, the fast path must not write. */
static const char *const raw_alts[] = { "{", " [ 1 , \"a b\\\"\" ,{ \"k\" : [ ] } ] ", "{\"a\":1,\"a\":2}", "nul", "\"\\q\"", "-0.5e+3" };
static const char *const str_alts_enc[] = { "\\q", "a\"b", "\\u00e9\\ud83d\\ude00", "\\", "\\ud800" };
static char long_str[300];

static void damage_fields(gw_proto p, gw_any_msg *root, const gw__schema *s, unsigned char *base, int depth, const char *what)
{
    uint32_t j;
    unsigned k;
    if (depth > 6) return;
    for (j = 0; j < s->n; j++) {
        const gw__field *f = &s->f[j];
        unsigned char *at = base + f->off, save[sizeof(gw_any_msg) < 64 ? sizeof(gw_any_msg) : 64];
        size_t sz;
        switch (f->kind) {
        case GW__STR: sz = sizeof(gw_str); break;
        case GW__RAW: sz = sizeof(gw_raw); break;
        case GW__ARR: sz = sizeof(gw_u32_list); break;
        case GW__SNOWFLAKE: case GW__ID: case GW__U64: case GW__I64: sz = 8; break;
        case GW__U16: sz = 2; break;
        case GW__U32: case GW__I32: sz = 4; break;
        case GW__ENUM: sz = sizeof(int); break;
        case GW__OBJ: damage_fields(p, root, (const gw__schema *)f->sub, at, depth + 1, what); sz = 0; break;
        default: sz = 0; break;
        }
        if (f->has != GW__NOHAS) { base[f->has] ^= 1; encode_diff(p, root, 0, what); base[f->has] ^= 1; }
        if (!sz || sz > sizeof save) continue;
        memcpy(save, at, sz);
        for (k = 0; k < 8; k++) {
            int done = 0;
            switch (f->kind) {
            case GW__STR: {
                gw_str v = { NULL, 0, 0 };
                if (k == 0) { v.ptr = NULL; v.len = 3; }
                else if (k < 6) { v.ptr = str_alts_enc[k - 1]; v.len = (uint32_t)strlen(v.ptr); v.escaped = 1; }
                else if (k == 6) { v.ptr = "\xff\x01\"\\\n\x1f\xc3\xa9\xe2\x82"; v.len = 10; }
                else { v.ptr = long_str; v.len = sizeof long_str; }
                memcpy(at, &v, sizeof v);
                break;
            }
            case GW__RAW: {
                gw_raw v = { NULL, 0 };
                if (k >= sizeof raw_alts / sizeof raw_alts[0] + 1) { done = 1; break; }
                if (k) { v.ptr = raw_alts[k - 1]; v.len = (uint32_t)strlen(v.ptr); }
                memcpy(at, &v, sizeof v);
                break;
            }
            case GW__ARR: {
                gw_u32_list v;
                memcpy(&v, at, sizeof v);
                if (k == 0) { v.items = NULL; v.count = 2; } else if (k == 1) v.count = 0; else done = 1;
                memcpy(at, &v, sizeof v);
                break;
            }
            case GW__ENUM: { /* out of range only: another name may select another union member (ms cache) */
                int v = k == 0 ? -1 : (int)f->cval;
                if (k > 1) done = 1;
                memcpy(at, &v, sizeof v);
                break;
            }
            default: { /* integers: extremes, and just past the field's range */
                static const uint64_t ext[8] = { 0, 1, 9, 10, 0xFFFFFFFFFFFFFFFFull, 0x8000000000000000ull, 0xFFFFull, 0xFFFFFFFFull };
                uint64_t v = ext[k];
                if (k == 2 && f->cval > 0) v = (uint64_t)f->cval;
                if (k == 3 && f->cval > 0) v = (uint64_t)f->cval + 1;
                memcpy(at, &v, sz); /* the low bytes (little-endian) or the high: either is a value */
                break;
            }
            }
            if (done) break;
            encode_diff(p, root, 0, what);
        }
        memcpy(at, save, sz);
    }
}

/* The vector decoded, encoded at every buffer size, then damaged field by field. */
static void fam_encode(const vec *v)
{
    static unsigned char scratch[1 << 17];
    gw_any_msg m;
    gw_error e;
    const gw__proto *P = gw__proto_of(v->p);
    const gw__variant *var;
    int kind;
    begin(v, "encode: fast path = writer path");
    if (!long_str[0]) {
        size_t i;
        for (i = 0; i < sizeof long_str; i++) long_str[i] = "ab\"\\\n\x01 \xc3\xa9z"[i % 11];
        long_str[sizeof long_str - 2] = 'x'; long_str[sizeof long_str - 1] = 'y'; /* no cut sequence at the end */
    }
    if (gw_decode(v->p, v->buf, v->len, v->from, &m, scratch, sizeof scratch, &e) == GW_OK) {
        encode_diff(v->p, &m, 1, v->name);
        memcpy(&kind, &m, sizeof kind);
        if ((var = gw__variant_for(P, kind, &m, GW_WIRE_SEED)) != NULL)
            damage_fields(v->p, &m, var->schema, (unsigned char *)&m, 0, v->name);
    }
    t_case_end();
}

/* ---- the families ------------------------------------------------------------------------- */

/* Each vector as every protocol, both directions, with small scratch at several sizes. */
static void fam_vectors(const vec *v)
{
    static const size_t sizes[] = { 0, 1, 16, 100, 256, 1024, 4096 };
    size_t i, j, s;
    begin(v, "as every protocol");
    for (i = 0; i < 5; i++)
        for (j = 0; j < 2; j++) {
            diff_at(protos[i], froms[j], v->buf, v->len, GWREF_NO_SMALL, 0, "vector");
            for (s = 0; s < sizeof sizes / sizeof sizes[0]; s++)
                diff_at(protos[i], froms[j], v->buf, v->len, sizes[s], (unsigned)(s + i + j) % 8, "vector, small scratch");
        }
    t_case_end();
}

/* The reference's result with `size` bytes of scratch at alignment offset align (*needed: its err.needed). */
static gw_err ref_with(const vec *v, size_t size, unsigned align, size_t *needed)
{
    unsigned char *b = (unsigned char *)malloc(size + align + 1);
    gw_any_msg m;
    gw_error e;
    gw_err r;
    if (!b) return GW_ERR_SCRATCH;
    r = gwref_decode_proto(v->p, v->buf, v->len, v->from, &m, b + align, size, &e);
    if (needed) *needed = e.needed;
    free(b);
    return r;
}

/* Its own protocol and direction: scratch of 0, 1, 2, 4 ... 64 KB at every alignment, and every
   size around the least the reference needs (found by bisection). */
static void fam_scratch(const vec *v)
{
    size_t s, lo, hi;
    unsigned a;
    begin(v, "small scratch");
    for (a = 0; a < 8; a++)
        for (s = 0; s <= ((size_t)64 << 10); s = s ? s * 2 : 1) diff_at(v->p, v->from, v->buf, v->len, s, a, "scratch sweep");
    for (a = 0; a < 8; a += 3) {
        lo = 0;
        if (ref_with(v, 0, a, &hi) != GW_ERR_SCRATCH || ref_with(v, hi, a, NULL) == GW_ERR_SCRATCH) {
            t_failf(__FILE__, __LINE__, "reference: no scratch is not too small, or err.needed does not suffice");
            break;
        }
        while (lo < hi) { /* the least size that does not give GW_ERR_SCRATCH */
            size_t mid = lo + (hi - lo) / 2;
            if (ref_with(v, mid, a, NULL) == GW_ERR_SCRATCH) lo = mid + 1; else hi = mid;
        }
        for (s = lo > 24 ? lo - 24 : 0; s <= lo + 8; s++) diff_at(v->p, v->from, v->buf, v->len, s, a, "around the least scratch");
    }
    t_case_end();
}

/* A mutation goes to the vector's own protocol and direction; every other one (even pos) also to
   one of the other nine protocol/direction pairs, rotating with pos. */
static void diff_mut(const vec *v, size_t pos, const char *s, size_t n, const char *what)
{
    size_t own = ((size_t)v->p - 1) * 2 + (v->from == GW_FROM_SERVER), other = (own + 1 + pos / 2 % 9) % 10;
    diff(v->p, v->from, s, n, what);
    if (pos % 2 == 0) diff(protos[other / 2], froms[other % 2], s, n, what);
}

/* Every prefix (a JSON error anywhere beats any decode error). */
static void fam_truncate(const vec *v)
{
    size_t n;
    begin(v, "truncated");
    for (n = 0; n < v->len; n++) diff_mut(v, n, v->buf, n, "truncated");
    t_case_end();
}

/* Bytes the mutations put in: structure, numbers, literals' letters, escapes, whitespace, control
   bytes, and every class of UTF-8 lead and continuation byte. */
static const unsigned char hot[] = { '"', '\\', '{', '}', '[', ']', ':', ',', '0', '1', '9', '-', '+', '.', 'e', 'E',
                                     'a', 'n', 't', 'f', 'u', 'l', 'x', ' ', '\t', '\n', '\r', 0x00, 0x01, 0x1f,
                                     0x7f, 0x80, 0xbf, 0xc0, 0xc3, 0xe2, 0xed, 0xf0, 0xf4, 0xf5, 0xff };
static unsigned char pick(int not_this) /* -1: any */
{
    unsigned char c;
    do c = rng_below(4) ? hot[rng_below((uint32_t)sizeof hot)] : (unsigned char)rng(); while (c == not_this);
    return c;
}

/* A byte replaced, inserted and deleted at every position. */
/* Each byte of src from position `from` on replaced, a byte inserted before it, and it deleted */
static void bytes_mutated(const vec *v, const char *src, size_t len, size_t from)
{
    char *b = (char *)malloc(len + 2);
    size_t i;
    if (!b) return;
    for (i = from; i < len; i++) {
        memcpy(b, src, len);
        b[i] = (char)pick((unsigned char)src[i]);
        diff_mut(v, i, b, len, "byte replaced");
    }
    for (i = from; i <= len; i++) {
        memcpy(b, src, i);
        b[i] = (char)pick(-1);
        memcpy(b + i + 1, src + i, len - i);
        diff_mut(v, i, b, len + 1, "byte inserted");
    }
    for (i = from; i < len; i++) {
        memcpy(b, src, i);
        memcpy(b + i, src + i + 1, len - i - 1);
        diff_mut(v, i, b, len - 1, "byte deleted");
    }
    free(b);
}

static void fam_bytes(const vec *v)
{
    begin(v, "bytes replaced, inserted, deleted");
    bytes_mutated(v, v->buf, v->len, 0);
    t_case_end();
}

/* ---- re-serialising with reordered members, escapes, whitespace (mut_emit in gw_mut.h) ---- */
static mut_doc doc;
static char mbuf[1 << 17];

static size_t reemit(uint32_t target, int mode)
{
    mut_how h;
    size_t n;
    h.mode = mode; h.at = target; h.text = NULL; h.first = 0;
    n = mut_apply_how(&doc, &h, mbuf, sizeof mbuf);
    return n < sizeof mbuf ? n : 0;
}

/* Key order, escapes, whitespace: valid re-spellings of the same message. */
static void fam_keys(const vec *v)
{
    uint32_t i;
    size_t n, k, j;
    begin(v, "key order, escapes, whitespace");
    if (!mut_load(&doc, v->buf, v->len)) { t_failf(__FILE__, __LINE__, "vector does not load"); t_case_end(); return; }
    for (i = 0; i < doc.n; i++) {
        if (doc.toks[i].type == GJ_OBJECT && doc.toks[i].size >= 2) {
            int mode;
            for (mode = MUT_REVERSE; mode <= MUT_FIRST_LAST; mode++) {
                if (mode != MUT_REVERSE && doc.toks[i].size == 2) continue; /* the same as reversed */
                if ((n = reemit(i, mode)) != 0) diff_mut(v, i + (size_t)(mode - MUT_REVERSE + 1), mbuf, n, "members reordered");
            }
        }
        if (doc.toks[i].type == GJ_STRING && (n = reemit(i, MUT_ESCAPE)) != 0) diff_mut(v, i, mbuf, n, "key or string escaped");
    }
    for (k = 0; k < 5; k++)
        for (j = 0; j < 2; j++) {
            if ((n = reemit(0, MUT_REVERSE_ALL)) != 0) diff(protos[k], froms[j], mbuf, n, "every object reversed");
            if ((n = reemit(0, MUT_SPACES)) != 0) diff(protos[k], froms[j], mbuf, n, "whitespace everywhere");
        }
    t_case_end();
}

/* The top level's members reversed (the opcode last, as the originals' peers may send it, and a
   name right before it), then its last 64 bytes mutated as fam_bytes does: what the one pass reads
   from the end of the frame and does not read again */
static void fam_bytes_reversed(const vec *v)
{
    char *r;
    size_t n;
    begin(v, "top level reversed, last bytes replaced, inserted, deleted");
    if (!mut_load(&doc, v->buf, v->len) || doc.toks[0].type != GJ_OBJECT || doc.toks[0].size < 2 ||
        (n = reemit(0, MUT_REVERSE)) == 0 || !(r = (char *)malloc(n))) {
        t_case_end();
        return;
    }
    memcpy(r, mbuf, n);
    bytes_mutated(v, r, n, n > 64 ? n - 64 : 0);
    free(r);
    t_case_end();
}

/* The top level's members in other orders: every order of up to four members, else 30 drawn with a
   fixed seed; and where the first member holds a container, the last 64 bytes of the first two such
   orders mutated as fam_bytes does. The one pass finds the opcode and a name among the members
   that end such a frame, read from its end (gw__fast_back_pick), and among the members it reads
   first (gw__named_among). */
static size_t emit_top_order(const uint32_t *keys, const uint32_t *order, uint32_t n)
{
    static const mut_how none = { MUT_NONE, 0, NULL, 0 };
    mut_buf b;
    uint32_t k;
    b.p = mbuf; b.n = 0; b.cap = sizeof mbuf;
    mut__put(&b, "{", 1);
    for (k = 0; k < n; k++) {
        if (k) mut__put(&b, ",", 1);
        mut__raw(&b, &doc, keys[order[k]]);
        mut__put(&b, ":", 1);
        mut_emit(&b, &doc, keys[order[k]] + 1, &none);
    }
    mut__put(&b, "}", 1);
    return b.n < sizeof mbuf ? b.n : 0;
}
static void fam_top_orders(const vec *v)
{
    uint32_t keys[16], order[16], n = 0, j, k, drawn, mutated = 0, seed = 12345;
    begin(v, "top level in other orders");
    if (!mut_load(&doc, v->buf, v->len) || doc.toks[0].type != GJ_OBJECT || doc.toks[0].size < 2 || doc.toks[0].size > 16) {
        t_case_end();
        return;
    }
    for (j = 1, k = 0; k < doc.toks[0].size; k++, j = doc.toks[j + 1].next) keys[n++] = j;
    for (drawn = 0; drawn < (n <= 4 ? (n == 4 ? 24u : n == 3 ? 6u : 2u) : 30u); drawn++) {
        size_t len;
        if (n <= 4) { /* order number `drawn`, its digits in factorial base */
            uint32_t rest = drawn, used = 0, i;
            for (k = 0; k < n; k++) {
                uint32_t f = 1, pick_at;
                for (i = 1; i < n - k; i++) f *= i;
                pick_at = rest / f;
                rest %= f;
                for (i = 0;; i++)
                    if (!(used >> i & 1) && pick_at-- == 0) break;
                used |= 1u << i;
                order[k] = i;
            }
        } else { /* a Fisher-Yates shuffle with a fixed-seed LCG */
            for (k = 0; k < n; k++) order[k] = k;
            for (k = n - 1; k > 0; k--) {
                uint32_t i, t;
                seed = seed * 1103515245u + 12345u;
                i = (seed >> 16) % (k + 1);
                t = order[k], order[k] = order[i], order[i] = t;
            }
        }
        if (!(len = emit_top_order(keys, order, n))) continue;
        diff_mut(v, drawn, mbuf, len, "top level in another order");
        if (mutated < 2 && (doc.toks[keys[order[0]] + 1].type == GJ_OBJECT || doc.toks[keys[order[0]] + 1].type == GJ_ARRAY)) {
            char *r = (char *)malloc(len);
            if (!r) continue;
            memcpy(r, mbuf, len);
            bytes_mutated(v, r, len, len > 64 ? len - 64 : 0);
            free(r);
            mutated++;
        }
    }
    t_case_end();
}

/* ---- values ---- *//* ---- values ---- */
static const char *const num_alts[] = {
    "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "100", "110", "120", "140",
    "150", "-1", "-0", "0.0", "1.0", "1e2", "1E0", "0.5", "-1.5e3", "255", "65535", "65536", "2147483647",
    "2147483648", "-2147483648", "-2147483649", "4294967295", "4294967296", "9007199254740993",
    "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
    "18446744073709551615", "18446744073709551616", "1e999", "01", "1.", "\"1\"", "\"0\"", "null", "true", "[]", "{}" };
static const char *const str_alts[] = {
    "\"\"", "\"a\"", "\"0\"", "\"1\"", "\"01\"", "\"-1\"", "\"1.5\"", "\"1e3\"", "\" 1\"", "\"155112606661607425\"",
    "\"18446744073709551615\"", "\"18446744073709551616\"", "\"\\u0031\"", "\"\\u00e9\"", "\"\\ud83d\\ude00\"",
    "\"\\ud83d\"", "\"x\\\"y\"", "\"\xc3\xa9\"", "\"123e4567-e89b-12d3-a456-426614174000\"",
    "\"123E4567-E89B-12D3-A456-426614174000\"", "\"123e4567-e89b-12d3-a456-42661417400\"",
    "\"123e4567+e89b-12d3-a456-426614174000\"", "\"2021-04-05T12:34:56Z\"", "\"2021-04-05T12:34:56.123456789+02:00\"",
    "\"2021-04-05T12:34:56.1234567890Z\"", "\"2020-02-29T00:00:00Z\"", "\"2021-02-29T00:00:00Z\"",
    "\"2021-04-05t12:34:56z\"", "\"2021-04-05T24:00:00Z\"", "\"2021-04-05T12:34:60-23:59\"", "\"1234\"", "\"12345\"",
    "\"123\"", "\"abcd\"", "7", "null", "true", "false", "{}", "[]", "[\"a\"]" };
static const char *const lit_alts[] = { "true", "false", "null", "0", "1", "\"true\"", "\"\"", "{}", "[]" };
static const char *const box_alts[] = { "null", "{}", "[]", "[{}]", "[[]]", "[[[]]]", "[null]", "[1]", "[\"1\"]",
                                        "{\"zz\":1}", "7", "\"x\"", "true" };

/* Short identifier-like strings of every vector (event names, ops, services, enum values). */
static char names[512][48];
static size_t nnames;
static void collect_names(void)
{
    size_t v;
    uint32_t i;
    for (v = 0; v < nvecs; v++) {
        if (!mut_load(&doc, vecs[v].buf, vecs[v].len)) continue;
        for (i = 1; i < doc.n; i++) {
            const gj_tok *t = &doc.toks[i];
            const char *s = doc.src + t->start;
            size_t k, q;
            int ok = t->type == GJ_STRING && doc.path[i][0] && t->len >= 1 && t->len < 40 && !(t->flags & GJ_ESCAPED);
            for (k = 0; ok && k < t->len; k++)
                ok = (s[k] >= 'A' && s[k] <= 'Z') || (s[k] >= 'a' && s[k] <= 'z') || s[k] == '_' || (k && s[k] >= '0' && s[k] <= '9');
            if (!ok) continue;
            for (q = 0; q < nnames; q++) if (strlen(names[q]) == t->len + 2 && !memcmp(names[q] + 1, s, t->len)) break;
            if (q == nnames && nnames < sizeof names / sizeof names[0]) {
                snprintf(names[nnames], sizeof names[0], "\"%.*s\"", (int)t->len, s);
                nnames++;
            }
        }
    }
}

static void replace_all(const vec *v, uint32_t i, const char *const *alts, size_t nalts, const char *what)
{
    size_t a, n;
    for (a = 0; a < nalts; a++) {
        n = mut_apply(&doc, i, MUT_REPLACE, alts[a], mbuf, sizeof mbuf);
        if (n < sizeof mbuf) diff_mut(v, i * 7 + a, mbuf, n, what);
    }
}

/* Every value replaced (by type), every member dropped, unknown and duplicate keys; every name
   at depth <= 3 replaced by every other name. */
/* Members inserted first in an object: keys no schema has, once, twice, three times, one of them
   twice, with values of every kind (one with a key repeated inside it), and the keys of names */
static const char *const unknown_alts[] = {
    "\"zz\":[1,{\"a\":{}},\"x\\u00e9\"]", "\"zy\":null,\"zz\":-1.5e3", "\"zx\":true,\"zy\":{},\"zz\":\"\"",
    "\"zz\":1,\"zz\":2", "\"zz\":{\"a\":1,\"a\":2}", "\"zz\":[1", "\"zz\":\"\\q\"", "\"t\":\"READY\"",
    "\"type\":1", "\"event\":\"GATEWAY_PING\"", "\"data\":{\"type\":\"ready\"}", "\"d\":{\"for\":\"x\"}", "\"ev\":\"x\"",
    "\"cmd\":\"x\"", "\"e\":\"x\"" };

static void fam_values(const vec *v)
{
    uint32_t i;
    size_t n, k;
    const char *nameptrs[512];
    size_t q;
    for (q = 0; q < nnames; q++) nameptrs[q] = names[q];
    begin(v, "values replaced, members dropped, keys added and duplicated");
    if (!mut_load(&doc, v->buf, v->len)) { t_failf(__FILE__, __LINE__, "vector does not load"); t_case_end(); return; }
    for (i = 0; i < doc.n; i++) {
        const gj_tok *t = &doc.toks[i];
        int depth = 0;
        const char *p;
        if (i && doc.path[i][0] == 0) continue; /* key tokens */
        for (p = doc.path[i]; *p; p++) depth += *p == '.' || *p == '[';
        switch (t->type) {
        case GJ_NUMBER: replace_all(v, i, num_alts, sizeof num_alts / sizeof num_alts[0], "number replaced"); break;
        case GJ_STRING:
            replace_all(v, i, str_alts, sizeof str_alts / sizeof str_alts[0], "string replaced");
            if (depth <= 2) replace_all(v, i, nameptrs, nnames, "name replaced");
            break;
        case GJ_TRUE: case GJ_FALSE: case GJ_NULL:
            replace_all(v, i, lit_alts, sizeof lit_alts / sizeof lit_alts[0], "literal replaced"); break;
        default:
            if (i) replace_all(v, i, box_alts, sizeof box_alts / sizeof box_alts[0], "container replaced");
            break;
        }
        if (i && doc.key[i] && (n = mut_apply(&doc, i, MUT_DROP, NULL, mbuf, sizeof mbuf)) < sizeof mbuf)
            diff_mut(v, i, mbuf, n, "member dropped");
        if (t->type == GJ_OBJECT) {
            if ((n = mut_apply(&doc, i, MUT_ADDKEY, NULL, mbuf, sizeof mbuf)) < sizeof mbuf) diff_mut(v, i, mbuf, n, "unknown key added");
            for (k = 0; k < sizeof unknown_alts / sizeof unknown_alts[0]; k++) /* what lenient decoding skips, and what it must not */
                if ((n = mut_apply(&doc, i, MUT_INSERT, unknown_alts[k], mbuf, sizeof mbuf)) < sizeof mbuf)
                    diff_mut(v, i + k, mbuf, n, "unknown keys added");
            if (t->size && (n = mut_apply(&doc, i, MUT_DUPKEY, NULL, mbuf, sizeof mbuf)) < sizeof mbuf)
                diff_mut(v, i + 1, mbuf, n, "key duplicated");
        }
    }
    t_case_end();
}

/* ---- whole-frame cases ---- */

/* Padded with spaces to each protocol's size cap and one byte over; trailing garbage. */
static void fam_limits(const vec *v)
{
    static const size_t pads[] = { 999, 1000, 1001, 4095, 4096, 4097 };
    static const char *const tails[] = { " ", "\n", "x", "{}", ",", "\"", "\x80", "0" };
    char *b = (char *)malloc(v->len + 4200);
    size_t k, i, j;
    if (!b) return;
    begin(v, "size caps, trailing bytes");
    for (k = 0; k < sizeof pads / sizeof pads[0]; k++) {
        if (pads[k] < v->len) continue;
        memcpy(b, v->buf, v->len);
        memset(b + v->len, ' ', pads[k] - v->len);
        for (i = 0; i < 5; i++)
            for (j = 0; j < 2; j++) diff(protos[i], froms[j], b, pads[k], "padded");
    }
    for (k = 0; k < sizeof tails / sizeof tails[0]; k++) {
        size_t tl = strlen(tails[k]);
        memcpy(b, v->buf, v->len);
        memcpy(b + v->len, tails[k], tl);
        diff_mut(v, k, b, v->len + tl, "trailing bytes");
    }
    free(b);
    t_case_end();
}

/* Argument errors and odd calls: both decoders directly, same code, same error, same bytes of msg. */
static void test_args(void)
{
    static unsigned char s1[1 << 12], s2[1 << 12];
    static const char frame[] = "{\"op\":1}";
    static const gw_proto ps[] = { GW_PROTO_NONE, GW_PROTO_SM, GW_PROTO_DMOD, GW_PROTO_COUNT_, (gw_proto)99, (gw_proto)-1 };
    static const int fs[] = { 0, GW_FROM_CLIENT, GW_FROM_SERVER, 3, -1 };
    size_t a, b, c;
    for (a = 0; a < sizeof ps / sizeof ps[0]; a++)
        for (b = 0; b < sizeof fs / sizeof fs[0]; b++)
            for (c = 0; c < 8; c++) {
                gw_any_msg m1, m2;
                gw_error e1, e2;
                gw_err r1, r2;
                const char *buf = c & 1 ? NULL : frame;
                size_t len = c & 2 ? 0 : sizeof frame - 1;
                void *sc1 = c & 4 ? NULL : s1, *sc2 = c & 4 ? NULL : s2;
                size_t ss = c == 4 || c == 6 ? 0 : sizeof s1; /* NULL scratch with size 0 is allowed */
                memset(&m1, 0xA5, sizeof m1); memset(&m2, 0xA5, sizeof m2);
                memset(&e1, 0x5A, sizeof e1); memset(&e2, 0x5A, sizeof e2);
                r1 = gw_decode(ps[a], buf, len, (gw_from)fs[b], &m1, sc1, ss, &e1);
                r2 = gwref_decode_proto(ps[a], buf, len, (gw_from)fs[b], &m2, sc2, ss, &e2);
                CHECK_EQ(r1, r2);
                CHECK_EQ(e1.code, e2.code);
                CHECK_EQ(e1.json, e2.json);
                CHECK_EQ(e1.offset, e2.offset);
                CHECK_STR(e1.path, e2.path);
                if (r1 != GW_OK) CHECK(memcmp(&m1, &m2, sizeof m1) == 0);
                /* no err, no msg */
                CHECK_EQ(gw_decode(ps[a], buf, len, (gw_from)fs[b], &m1, sc1, ss, NULL),
                         gwref_decode_proto(ps[a], buf, len, (gw_from)fs[b], &m2, sc2, ss, NULL));
                r1 = gw_decode(ps[a], buf, len, (gw_from)fs[b], NULL, sc1, ss, &e1);
                r2 = gwref_decode_proto(ps[a], buf, len, (gw_from)fs[b], NULL, sc2, ss, &e2);
                CHECK_EQ(r1, r2);
                CHECK_EQ(e1.code, e2.code);
            }
}

/* The check itself must be able to fail: decoders that are wrong in one way each are caught. */
enum { LIE_OFFSET = 1, LIE_PATH, LIE_CODE, LIE_JSON, LIE_KIND, LIE_FIELD, LIE_DIRTY, LIE_NEEDED, LIE_PAST, LIE_ERRCODE, LIE_COUNT };
static int lie;
static gw_err liar(gw_proto p, const char *buf, size_t len, gw_from from, void *msg, void *scratch, size_t ss, gw_error *err)
{
    gw_err r = gw_decode(p, buf, len, from, msg, scratch, ss, err);
    unsigned char *m = (unsigned char *)msg;
    switch (lie) {
    case LIE_OFFSET: if (r && r != GW_ERR_SCRATCH) err->offset++; break;
    case LIE_PATH: if (r == GW_ERR_MISSING || r == GW_ERR_TYPE) strcpy(err->path, "x"); break;
    case LIE_CODE: if (r == GW_ERR_UNKNOWN_FIELD) r = err->code = GW_ERR_VALUE; break;
    case LIE_JSON: if (r == GW_ERR_JSON) err->json = err->json == GJ_ERR_DEPTH ? GJ_ERR_EMPTY : GJ_ERR_DEPTH; break;
    case LIE_KIND: if (!r) m[0] ^= 1; break;
    case LIE_FIELD: if (!r) memset(m + sizeof(int), 0, gw_msg_size(p) - sizeof(int)); break; /* every field lost */
    case LIE_DIRTY: if (r && r != GW_ERR_ARG) m[gw_msg_size(p) - 1] = 1; break;
    case LIE_NEEDED: if (r == GW_ERR_SCRATCH) err->needed = ss + 1 > err->needed / 2 ? ss + 1 : err->needed / 2; break;
    case LIE_PAST: if (gw_msg_size(p) < sizeof(gw_any_msg)) m[sizeof(gw_any_msg) - 1] = 0; break;
    case LIE_ERRCODE: if (r == GW_ERR_TYPE) err->code = GW_ERR_VALUE; break;
    default: break;
    }
    return r;
}

static void test_diff_can_fail(void)
{
    static const char *const lies[] = { "", "offset", "path", "code", "json", "kind", "field", "dirty", "needed", "past", "errcode" };
    for (lie = 1; lie < LIE_COUNT; lie++) {
        size_t v, caught = 0, tried = 0;
        char why[700];
        for (v = 0; v < nvecs; v++) {
            int cut;
            if (!mut_load(&doc, vecs[v].buf, vecs[v].len)) continue;
            /* the vector, and damaged copies: a JSON error, an unknown key, a wrong type, a missing member */
            for (cut = 0; cut < 5; cut++) {
                size_t n = vecs[v].len;
                if (cut == 0) memcpy(mbuf, vecs[v].buf, n);
                if (cut == 1) memcpy(mbuf, vecs[v].buf, n /= 2);
                if (cut == 2) n = mut_apply(&doc, 0, MUT_ADDKEY, NULL, mbuf, sizeof mbuf);
                if (cut == 3) n = mut_apply(&doc, 2, MUT_REPLACE, "[]", mbuf, sizeof mbuf);
                if (cut == 4) n = mut_apply(&doc, 2, MUT_DROP, NULL, mbuf, sizeof mbuf);
                tried++;
                caught += (size_t)gwref_diff_with(liar, gwref_decode_proto, vecs[v].p, mbuf, n, vecs[v].from, BIG(n), 8, 0, why,
                                                  sizeof why);
            }
        }
        {
            char name[64];
            snprintf(name, sizeof name, "a decoder that lies about: %s", lies[lie]);
            t_case_begin(name);
            if (!caught) t_failf(__FILE__, __LINE__, "not one of %lu frames caught", (unsigned long)tried);
            t_case_end();
        }
    }
}

/* The one pass's container skip (16 bytes a step) against a byte-at-a-time walk: escapes and
   quotes at every offset of a block, brackets inside strings, nesting, and cut-off input. */
static const unsigned char *skip_ref(const unsigned char *p, const unsigned char *end, uint32_t *most)
{
    uint32_t depth = 0, deepest = 0;
    int in_string = 0;
    for (; p < end; p++) {
        if (in_string) {
            if (*p == '"') in_string = 0;
            else if (*p == '\\') p++;
        } else if (*p == '"') in_string = 1;
        else if (*p == '{' || *p == '[') { if (++depth > deepest) deepest = depth; }
        else if (*p == '}' || *p == ']') { if (!--depth) { *most = deepest; return p + 1; } }
    }
    return NULL;
}

/* the elements of the array at p by a byte walk: top-level commas + 1, 0 when empty; -1: unclosed */
static long count_ref(const unsigned char *p, const unsigned char *end)
{
    uint32_t most;
    const unsigned char *close = skip_ref(p, end, &most), *q;
    long commas = 0, depth = 0;
    int in_string = 0, any = 0;
    if (!close) return -1;
    for (q = p + 1; q < close - 1; q++) {
        if (in_string) {
            if (*q == '"') in_string = 0;
            else if (*q == '\\') q++;
            continue;
        }
        if (*q != ' ') any = 1;
        if (*q == '"') in_string = 1;
        else if (*q == '{' || *q == '[') depth++;
        else if (*q == '}' || *q == ']') depth--;
        else if (*q == ',' && !depth) commas++;
    }
    return any ? commas + 1 : 0;
}

/* gw__fast_skip_container and gw__fast_count (64 bytes a step with SSE2) against byte walks, the
   container cut short at every length, its parts at every offset of a block */
static void test_skip_container(void)
{
    static const char *const inner[] = { "\"a\\\"b\"", "\"\\\\\"", "\"{[}]\"", "[1,{\"k\":\"]\"}]", "\"\\u005c\"",
                                         "{\"x\":[[[]]]}", "\"\\\\\\\"\"" };
    char buf[400];
    size_t pad, i, cut;
    unsigned long checked = 0;
    for (pad = 0; pad < 140; pad++)
        for (i = 0; i < sizeof inner / sizeof inner[0]; i++) {
            size_t n = 0;
            const unsigned char *b = (const unsigned char *)buf;
            buf[n++] = '[';
            memset(buf + n, ' ', pad), n += pad;
            n += (size_t)snprintf(buf + n, sizeof buf - n, "%s,%s]  ", inner[i], inner[(i + 1) % 7]);
            for (cut = 1; cut <= n; cut++) {
                uint32_t m1 = 99, m2 = 99;
                const unsigned char *r1 = gw__fast_skip_container(b, b + cut, &m1), *r2 = skip_ref(b, b + cut, &m2);
                uint32_t c1 = 99;
                long c2 = count_ref(b, b + cut);
                int counted = gw__fast_count(b, b + cut, &c1) == 0;
                checked++;
                if (counted != (c2 >= 0) || (counted && (long)c1 != c2))
                    t_failf(__FILE__, __LINE__, "count of '%.*s' (pad %lu, cut %lu): %ld; byte walk %ld", (int)n, buf,
                            (unsigned long)pad, (unsigned long)cut, counted ? (long)c1 : -1L, c2);
                if (r1 != r2 || (r1 && m1 != m2))
                    t_failf(__FILE__, __LINE__, "skip of '%.*s' (pad %lu, cut %lu): %ld, depth %u; byte walk %ld, depth %u",
                            (int)n, buf, (unsigned long)pad, (unsigned long)cut, r1 ? (long)(r1 - b) : -1L, m1,
                            r2 ? (long)(r2 - b) : -1L, m2);
            }
        }
    CHECK(checked > 10000);
}

/* The same walks on random containers up to 600 bytes: strings holding escapes (runs of
   backslashes too), quotes, brackets and commas, nested arrays and objects, cut every 37 bytes */
static void test_skip_random(void)
{
    static const char *const content[] = { "a", "\\\"", "\\\\", "{", "]", ",", "\\u005c", "\\n", "y" };
    unsigned long seed = 20261206, checked = 0, closed = 0;
    char buf[700];
    int round;
    for (round = 0; round < 20000; round++) {
        size_t n = 0, cut;
        int depth = 1, steps = 0;
        char open[32]; /* the brackets open, so each closes with its own */
        const unsigned char *b = (const unsigned char *)buf;
        buf[n++] = open[0] = (char)(round & 1 ? '[' : '{');
        while (depth > 0 && n < 600 && steps++ < 400) {
            unsigned r;
            seed = seed * 6364136223846793005ul + 1442695040888963407ul;
            r = (unsigned)(seed >> 33) % 10;
            if (r < 3) { /* a string of random parts */
                int k, parts = (int)(seed >> 40) % 12;
                buf[n++] = '"';
                for (k = 0; k < parts && n < 640; k++) {
                    const char *c = content[(seed >> (k % 5 * 4)) % 9];
                    memcpy(buf + n, c, strlen(c)), n += strlen(c);
                }
                buf[n++] = '"';
            } else if (r < 5 && depth < 30) buf[n++] = open[depth++] = (char)(r == 3 ? '[' : '{');
            else if (r < 7) depth--, buf[n++] = (char)(open[depth] + 2); /* '[' + 2 is ']', '{' + 2 is '}' */
            else if (r < 8) buf[n++] = ',';
            else if (r < 9) buf[n++] = ' ';
            else buf[n++] = '1';
        }
        closed += depth == 0;
        for (cut = n; cut > 0; cut = cut > 37 ? cut - 37 : 0) {
            uint32_t m1 = 99, m2 = 99, c1 = 99;
            const unsigned char *r1 = gw__fast_skip_container(b, b + cut, &m1), *r2 = skip_ref(b, b + cut, &m2);
            long c2 = buf[0] == '[' ? count_ref(b, b + cut) : -2;
            checked++;
            if (r1 != r2 || (r1 && m1 != m2))
                t_failf(__FILE__, __LINE__, "skip of '%.*s' (cut %lu): %ld, depth %u; byte walk %ld, depth %u", (int)cut,
                        buf, (unsigned long)cut, r1 ? (long)(r1 - b) : -1L, m1, r2 ? (long)(r2 - b) : -1L, m2);
            if (c2 != -2) {
                int counted = gw__fast_count(b, b + cut, &c1) == 0;
                if (counted != (c2 >= 0) || (counted && (long)c1 != c2))
                    t_failf(__FILE__, __LINE__, "count of '%.*s' (cut %lu): %ld; byte walk %ld", (int)cut, buf,
                            (unsigned long)cut, counted ? (long)c1 : -1L, c2);
            }
        }
    }
    CHECK(checked > 50000);
    CHECK(closed > 1000);
}

/* gw__fast_snowflake (16 digits at once where 32 bytes are left, else a word at a time) against the
   rule spelled out: 1-20 digits, no leading zero, at most 2^64-1, then the closing quote */
static int snowflake_ref(const char *s, size_t len, uint64_t *out)
{
    size_t n = 0;
    uint64_t v = 0;
    while (n < len && s[n] >= '0' && s[n] <= '9') {
        unsigned d = (unsigned)(s[n++] - '0');
        if (v > (UINT64_MAX - d) / 10) return 0;
        v = v * 10 + d;
    }
    if (n == 0 || n > 20 || n == len || s[n] != '"' || (s[0] == '0' && n > 1)) return 0;
    *out = v;
    return 1;
}

static void test_snowflake_random(void)
{
    static const char *const edges[] = { "18446744073709551615", "18446744073709551616", "18446744073709551614",
                                         "9999999999999999", "10000000000000000", "99999999999999999999", "0", "00",
                                         "01234567890123456", "1234567890123456789012", "1" };
    unsigned long seed = 20261206, checked = 0, valid = 0;
    int round;
    for (round = 0; round < 40000; round++) {
        char buf[80];
        size_t n, i, room, len;
        uint64_t got = 0, want = 0;
        const unsigned char *r;
        int ok;
        seed = seed * 6364136223846793005ul + 1442695040888963407ul;
        buf[0] = '"';
        if (round % 5 == 0) {
            const char *e = edges[(seed >> 20) % (sizeof edges / sizeof *edges)];
            n = strlen(e);
            memcpy(buf + 1, e, n);
        } else {
            n = (size_t)(seed >> 33) % 25;
            for (i = 0; i < n; i++) buf[1 + i] = (char)('0' + (seed >> (i % 9 * 3 + 20)) % 10);
            if (n && round % 7 == 0) buf[1 + (seed >> 12) % n] = "/:a\\\"x"[(seed >> 8) % 6]; /* a byte that ends the digits */
            if (n && round % 3 == 0) buf[1] = (char)('1' + (seed >> 5) % 9);
        }
        buf[1 + n] = '"';
        room = (size_t)(seed >> 50) % 40; /* what follows the closing quote: both paths, and truncation */
        for (i = 0; i < room; i++) buf[2 + n + i] = "}],:9 "[i % 6];
        len = 2 + n + room;
        if (round % 11 == 0) len = 1 + (seed >> 7) % (n + 1); /* cut inside the digits */
        { /* read from an exactly sized copy: ASan catches a load past its end */
            unsigned char *exact = (unsigned char *)malloc(len);
            if (!exact) { t_failf(__FILE__, __LINE__, "out of memory"); return; }
            memcpy(exact, buf, len);
            r = gw__fast_snowflake(exact, exact + len, &got);
            if (r) r = (const unsigned char *)buf + (r - exact);
            free(exact);
        }
        ok = snowflake_ref(buf + 1, len - 1, &want);
        checked++;
        valid += ok != 0;
        if ((r != NULL) != ok || (ok && got != want))
            t_failf(__FILE__, __LINE__, "snowflake '%.*s': %s %llu; rule %s %llu", (int)len, buf, r ? "took" : "refused",
                    (unsigned long long)got, ok ? "takes" : "refuses", (unsigned long long)want);
        else if (ok && r != (const unsigned char *)buf + 1 + strspn(buf + 1, "0123456789") + 1)
            t_failf(__FILE__, __LINE__, "snowflake '%.*s': ends at %ld", (int)len, buf, (long)(r - (const unsigned char *)buf));
    }
    CHECK(checked == 40000);
    CHECK(valid > 5000);
}

/* gw__fast_int (up to 15 digits with one load where 16 bytes are left, else byte by byte) against
   JSON's integer spelled out: an optional '-', 1-20 digits without a leading zero, at most 2^64-1
   in magnitude, not followed by a fraction or an exponent */
static int int_ref(const char *s, size_t len, int *neg, uint64_t *mag, size_t *used)
{
    size_t i = 0, n = 0;
    uint64_t v = 0;
    *neg = len > 0 && s[0] == '-';
    i = (size_t)*neg;
    while (i + n < len && s[i + n] >= '0' && s[i + n] <= '9') {
        unsigned d = (unsigned)(s[i + n] - '0');
        if (v > (UINT64_MAX - d) / 10) return 0;
        v = v * 10 + d;
        n++;
    }
    if (n == 0 || (s[i] == '0' && n > 1)) return 0;
    if (i + n < len && (s[i + n] == '.' || s[i + n] == 'e' || s[i + n] == 'E')) return 0;
    *mag = v;
    *used = i + n;
    return 1;
}

static void test_int_random(void)
{
    unsigned long seed = 20261207, valid = 0;
    int round;
    for (round = 0; round < 40000; round++) {
        char buf[80];
        size_t n, i, room, len, used = 0;
        uint64_t got = 0, want = 0;
        int gneg = 0, wneg = 0, ok, took;
        gw__fast_ctx c;
        seed = seed * 6364136223846793005ul + 1442695040888963407ul;
        len = 0;
        if (round % 4 == 0) buf[len++] = '-';
        n = (size_t)(seed >> 33) % 23;
        for (i = 0; i < n; i++) buf[len++] = (char)('0' + (seed >> (i % 9 * 3 + 20)) % 10);
        if (n && round % 3 == 0) buf[len - n] = (char)('1' + (seed >> 5) % 9);
        if (round % 9 == 0) buf[len++] = ".eE-0x"[(seed >> 9) % 6];
        room = (size_t)(seed >> 50) % 24; /* what follows: both paths, and truncation */
        for (i = 0; i < room; i++) buf[len++] = ",}] 1"[(i + (size_t)round) % 5];
        if (round % 13 == 0) len = (seed >> 7) % (len + 1);
        { /* read from an exactly sized copy: ASan catches a load past its end */
            unsigned char *exact = (unsigned char *)malloc(len ? len : 1);
            if (!exact) { t_failf(__FILE__, __LINE__, "out of memory"); return; }
            memcpy(exact, buf, len);
            c.p = exact;
            c.end = exact + len;
            took = gw__fast_int(&c, &gneg, &got) == 0;
            c.p = (const unsigned char *)buf + (c.p - exact);
            free(exact);
        }
        ok = int_ref(buf, len, &wneg, &want, &used);
        valid += ok != 0;
        if (took != ok || (ok && (got != want || gneg != wneg || c.p != (const unsigned char *)buf + used)))
            t_failf(__FILE__, __LINE__, "integer '%.*s': %s %s%llu; JSON %s %s%llu", (int)len, buf, took ? "took" : "refused",
                    gneg ? "-" : "", (unsigned long long)got, ok ? "takes" : "refuses", wneg ? "-" : "", (unsigned long long)want);
    }
    CHECK(valid > 10000);
}

/* gw__is_datetime (eight bytes a step) against D-36's rule spelled out byte by byte */
static int datetime_ref(const char *s, size_t n)
{
    static const char mdays[12] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    static const char pat[] = "dddd-dd-ddTdd:dd:dd";
    size_t i;
    int y, mo, d, h, mi, sec;
    if (n < 20) return 0;
    for (i = 0; i < 19; i++)
        if (pat[i] == 'd' ? !(s[i] >= '0' && s[i] <= '9') : s[i] != pat[i]) return 0;
    y = atoi(s); mo = atoi(s + 5); d = atoi(s + 8); h = atoi(s + 11); mi = atoi(s + 14); sec = atoi(s + 17);
    if (mo < 1 || mo > 12 || d < 1 || d > mdays[mo - 1] || h > 23 || mi > 59 || sec > 60) return 0;
    if (mo == 2 && d == 29 && (y % 4 || (y % 100 == 0 && y % 400))) return 0;
    i = 19;
    if (s[i] == '.') {
        size_t f = ++i;
        while (i < n && s[i] >= '0' && s[i] <= '9') i++;
        if (i == f || i - f > 9) return 0;
    }
    if (i < n && s[i] == 'Z') return i + 1 == n;
    if (i + 6 == n && (s[i] == '+' || s[i] == '-') && s[i + 1] >= '0' && s[i + 1] <= '9' && s[i + 2] >= '0' &&
        s[i + 2] <= '9' && s[i + 3] == ':' && s[i + 4] >= '0' && s[i + 4] <= '9' && s[i + 5] >= '0' && s[i + 5] <= '9')
        return atoi(s + i + 1) <= 23 && atoi(s + i + 4) <= 59;
    return 0;
}

/* The encoder's word check (gw__fast_enc_datetime) may leave a string to gw__format_ok, but what it
   accepts, the rule must accept */
static unsigned long fast_accepted;
static void fast_datetime_check(const char *t, size_t n)
{
    gw_str s;
    s.ptr = t; s.len = (uint32_t)n; s.escaped = 0;
    if (!gw__fast_enc_datetime(GW__FMT_DATETIME, &s)) return;
    fast_accepted++;
    if (!datetime_ref(t, n)) t_failf(__FILE__, __LINE__, "datetime '%.*s': the encoder's word check accepts it", (int)n, t);
}

static void test_datetime(void)
{
    static const char *const more[] = { "2021-04-30T12:34:56Z", "2021-04-31T12:34:56Z", "2021-13-01T00:00:00Z", "2021-00-10T00:00:00Z",
                                        "2021-01-00T00:00:00Z", "2021-12-31T24:00:00Z", "2021-12-31T23:60:00Z", "2021-12-31T23:59:61Z",
                                        "2021-12-31T23:59:60.Z", "2021-12-31T23:59:60.1234567890Z", "2021-12-31T23:59:60.123456789Z",
                                        "2021-06-15T01:02:03+24:00", "2021-06-15T01:02:03+23:60", "2021-06-15T01:02:03+23:59",
                                        "2021-06-15T01:02:03*01:00", "2021-06-15T01:02:03+01-00", "2021-06-15T01:02:03+0a:00",
                                        "2021-06-15T01:02:03.123456+00:00x", "2021-06-15T01:02:03z", "2021-06-15t01:02:03Z",
                                        "2021-02-28T01:02:03Z", "1900-02-29T01:02:03Z", "2021-06-15T01:02:03" };
    static const char *const base[] = { "2021-04-05T12:34:56Z", "2024-02-29T23:59:60.123456789+05:30",
                                        "1999-12-31T00:00:00-00:00", "2023-02-29T01:02:03Z", "2000-02-29T10:20:30.5Z" };
    static const char swaps[] = "0159-T:Z.+ aA/\x80\xff";
    char buf[64];
    size_t b, i, k;
    unsigned long checked = 0;
    for (b = 0; b < sizeof base / sizeof base[0]; b++) {
        size_t n = strlen(base[b]);
        CHECK_EQ(gw__is_datetime(base[b], n), datetime_ref(base[b], n));
        for (i = 0; i < n; i++)
            for (k = 0; k < sizeof swaps - 1; k++) {
                memcpy(buf, base[b], n + 1);
                buf[i] = swaps[k];
                checked++;
                if (gw__is_datetime(buf, n) != datetime_ref(buf, n))
                    t_failf(__FILE__, __LINE__, "datetime '%s': %d, the rule says %d", buf, gw__is_datetime(buf, n), datetime_ref(buf, n));
                fast_datetime_check(buf, n);
            }
        for (i = 0; i <= n; i++) fast_datetime_check(base[b], i); /* every prefix */
    }
    for (b = 0; b < sizeof more / sizeof more[0]; b++)
        for (i = 0; i <= strlen(more[b]); i++) fast_datetime_check(more[b], i);
    { /* every month and day 00-39 through the years' leap rules, and every value 00-99 of each other field */
        static const int years[] = { 1900, 2000, 2023, 2024, 2100 };
        int y, mo, d, f, v;
        for (y = 0; y < 5; y++)
            for (mo = 0; mo <= 13; mo++)
                for (d = 0; d < 40; d++) {
                    snprintf(buf, sizeof buf, "%04d-%02d-%02dT12:34:56.5Z", years[y], mo, d);
                    checked++;
                    if (gw__is_datetime(buf, 22) != datetime_ref(buf, 22))
                        t_failf(__FILE__, __LINE__, "datetime '%s': %d, the rule says %d", buf, gw__is_datetime(buf, 22), datetime_ref(buf, 22));
                }
        for (f = 0; f < 4; f++)
            for (v = 0; v < 100; v++) {
                snprintf(buf, sizeof buf, "2024-02-%02dT%02d:%02d:%02dZ", f == 0 ? v : 29, f == 1 ? v : 23, f == 2 ? v : 59, f == 3 ? v : 60);
                checked++;
                if (gw__is_datetime(buf, 20) != datetime_ref(buf, 20))
                    t_failf(__FILE__, __LINE__, "datetime '%s': %d, the rule says %d", buf, gw__is_datetime(buf, 20), datetime_ref(buf, 20));
            }
    }
    CHECK(checked > 500);
#ifdef GW__LE_WORDS
    if (fast_accepted < 100) t_failf(__FILE__, __LINE__, "the word check accepted %lu date-times", fast_accepted); /* it takes the common forms itself */
#endif
}

/* The encoder's 4-digit check against gw__format_ok: every 4-byte string of these bytes, and the
   lengths and flags around them */
static void test_digits4(void)
{
    static const char bytes[] = "0159/:a\x80";
    char buf[8];
    unsigned i, accepted = 0;
    for (i = 0; i < 8 * 8 * 8 * 8; i++) {
        size_t n;
        buf[0] = bytes[i & 7]; buf[1] = bytes[i >> 3 & 7]; buf[2] = bytes[i >> 6 & 7]; buf[3] = bytes[i >> 9 & 7]; buf[4] = '0';
        for (n = 3; n <= 5; n++) {
            gw_str s;
            int esc;
            s.ptr = buf; s.len = (uint32_t)n;
            for (esc = 0; esc < 2; esc++) {
                s.escaped = (uint32_t)esc;
                if (gw__fast_enc_digits4(GW__FMT_DIGITS4, &s)) {
                    accepted++;
                    if (!gw__format_ok(GW__FMT_DIGITS4, &s)) t_failf(__FILE__, __LINE__, "digits4 '%.*s' accepted", (int)n, buf);
                }
                if (gw__format_ok(GW__FMT_DIGITS4, &s) && !gw__fast_enc_digits4(GW__FMT_DIGITS4, &s))
                    t_failf(__FILE__, __LINE__, "digits4 '%.*s' left to gw__format_ok", (int)n, buf);
            }
        }
    }
    CHECK_EQ(accepted, 4 * 4 * 4 * 4);
}

/* ---- encode: the fast path's edges ------------------------------------------------------------ */

/* UTF-8 text s[0..n) as the body of a JSON string, as RFC 8259 and gj_str write it: \" \\ and the
   short escapes, \u00xx for the other bytes below 0x20 */
static const char *escape_ref(const char *s, size_t n)
{
    static char out[256];
    size_t i, o = 0;
    for (i = 0; i < n && o + 8 < sizeof out; i++) {
        unsigned char ch = (unsigned char)s[i];
        const char *sh = ch == '"' ? "\\\"" : ch == '\\' ? "\\\\" : ch == '\b' ? "\\b" : ch == '\t' ? "\\t" : ch == '\n' ? "\\n"
                       : ch == '\f' ? "\\f" : ch == '\r' ? "\\r" : NULL;
        if (sh) { memcpy(out + o, sh, 2); o += 2; }
        else if (ch < 0x20) { snprintf(out + o, 7, "\\u%04x", ch); o += 6; }
        else out[o++] = (char)ch;
    }
    out[o] = 0;
    return out;
}

/* RFC 3629 UTF-8: no overlong forms, no surrogates, nothing past U+10FFFF */
static int utf8_ref_valid(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned c = s[i], need, k;
        unsigned long cp;
        if (c < 0x80) { i++; continue; }
        if (c >= 0xC2 && c <= 0xDF) { need = 1; cp = c & 0x1F; }
        else if (c >= 0xE0 && c <= 0xEF) { need = 2; cp = c & 0x0F; }
        else if (c >= 0xF0 && c <= 0xF4) { need = 3; cp = c & 0x07; }
        else return 0;
        if (n - i <= need) return 0;
        for (k = 1; k <= need; k++) {
            if ((s[i + k] & 0xC0) != 0x80) return 0;
            cp = cp << 6 | (s[i + k] & 0x3F);
        }
        if ((need == 2 && cp < 0x800) || (need == 3 && cp < 0x10000) || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return 0;
        i += need + 1;
    }
    return 1;
}

/* msg encoded both ways at every buffer size from 0 to its length + 1 */
static void encode_every_cap(gw_proto p, const void *msg, const char *what)
{
    char why[2000];
    size_t n = 0, cap;
    gw_error e;
    gw_encode(p, msg, enc_a, sizeof enc_a, &n, &e);
    for (cap = 0; cap <= n + 1; cap++) {
        size_t k, len = 0;
        memset(enc_a + cap, 0xA5, 64); /* nothing past the caller's cap is written, on any path */
        gw_encode(p, msg, enc_a, cap, &len, &e);
        for (k = 0; k < 64; k++)
            if ((unsigned char)enc_a[cap + k] != 0xA5) {
                t_failf(__FILE__, __LINE__, "encode of %s with cap %lu wrote byte %lu past it", what, (unsigned long)cap, (unsigned long)k);
                return;
            }
        if (encode_diff_at(p, msg, GW_WIRE_SEED, cap, why, sizeof why)) {
            t_failf(__FILE__, __LINE__, "encode of %s: %s", what, why);
            return;
        }
    }
    encode_diff(p, msg, 1, what);
}

/* frame decoded as p's client message into m (or the test fails) */
static int decode_into(gw_proto p, const char *frame, gw_any_msg *m, unsigned char *scratch, size_t cap)
{
    gw_error e;
    gw_err r = gw_decode(p, frame, strlen(frame), GW_FROM_CLIENT, m, scratch, cap, &e);
    if (r != GW_OK) t_failf(__FILE__, __LINE__, "decode %s: %s %s %s", frame, gw_strerror(r), e.path, e.detail);
    return r == GW_OK;
}

/* The member's username, text[0..n) with nothing to escape but maybe invalid UTF-8, encoded: as it
   is when it is valid UTF-8, else refused (the fast and writer paths share gj_i_esc, so this holds
   it to the rule itself) */
static void utf8_check(gw_any_msg *member, const char *text, size_t n, const char *what)
{
    gw_error e;
    size_t len = 0;
    gw_err r = gw_encode(GW_PROTO_MS, member, enc_a, sizeof enc_a, &len, &e);
    if (!utf8_ref_valid((const unsigned char *)text, n)) {
        if (r != GW_ERR_INVALID) t_failf(__FILE__, __LINE__, "%s: invalid UTF-8 encoded: %s", what, gw_strerror(r));
        return;
    }
    if (r != GW_OK) { t_failf(__FILE__, __LINE__, "%s: %s", what, gw_strerror(r)); return; }
    {
        const char *at = strstr(enc_a, "\"username\":\"");
        if (!at || memcmp(at + 12, text, n) != 0 || at[12 + n] != '"') t_failf(__FILE__, __LINE__, "%s: text not as given", what);
    }
}

/* Integers at every digit count and edge, as numbers, snowflake strings and list items; raw JSON
   with whitespace, quotes and escapes at every offset of a 16-byte block; non-ASCII text of every
   length with a bad byte at every place; each encoded both ways at every buffer size, integers
   also checked against printf. */
static void test_encode_edges(void)
{
    static unsigned char scratch[1 << 16];
    static uint64_t ids[64];
    uint64_t edges[80];
    size_t ne = 0, i, k;
    uint64_t p10 = 1;
    gw_any_msg hb, member, role, raw;
    char want[160], what[96];
    edges[ne++] = 0;
    for (k = 0; k < 20; k++) {
        edges[ne++] = p10 - 1; edges[ne++] = p10; edges[ne++] = p10 + 1;
        if (k < 19) p10 *= 10;
    }
    edges[ne++] = 0xFFFFFFFFull; edges[ne++] = 0x100000000ull; edges[ne++] = 0x7FFFFFFFFFFFFFFFull;
    edges[ne++] = 0x8000000000000000ull; edges[ne++] = 0xFFFFFFFFFFFFFFFEull; edges[ne++] = 0xFFFFFFFFFFFFFFFFull;
    edges[ne++] = 1844674407370955161ull; edges[ne++] = 12345678901234567ull; edges[ne++] = 99999999999999999ull;
    if (!decode_into(GW_PROTO_MS, "{\"op\":1,\"d\":{\"heapUsed\":1,\"guilds\":2}}", &hb, scratch, sizeof scratch) ||
        !decode_into(GW_PROTO_MS, "{\"op\":5,\"d\":{\"type\":\"member\",\"data\":{\"id\":\"1\",\"guildID\":\"2\",\"nickname\":\"n\",\"roles\":[\"3\"],"
                     "\"joinedAt\":\"2016-12-01T03:02:11.374000+00:00\",\"user\":{\"id\":\"4\",\"username\":\"u\",\"discriminator\":\"0001\","
                     "\"avatar\":null,\"bot\":false}}}}", &member, scratch, sizeof scratch) ||
        !decode_into(GW_PROTO_MS, "{\"op\":5,\"d\":{\"type\":\"role\",\"data\":{\"id\":\"1\",\"guildID\":\"2\",\"name\":\"r\",\"color\":0,"
                     "\"position\":0,\"permissions\":0}}}", &role, scratch, sizeof scratch) ||
        !decode_into(GW_PROTO_I386, "{\"f\":130,\"cnf\":{},\"t\":\"CHANNEL_ADD\"}", &raw, scratch, sizeof scratch)) return;
    for (i = 0; i < ne; i++) {
        gw_error e;
        size_t n = 0;
        snprintf(what, sizeof what, "integer %llu", (unsigned long long)edges[i]);
        t_case_begin(what);
        hb.ms.u.heartbeat.heap_used = edges[i];
        hb.ms.u.heartbeat.guilds = (uint32_t)edges[i];
        CHECK_ERR(gw_encode(GW_PROTO_MS, &hb, enc_a, sizeof enc_a, &n, &e), GW_OK);
        snprintf(want, sizeof want, "{\"op\":1,\"d\":{\"heapUsed\":%llu,\"guilds\":%lu}}", (unsigned long long)edges[i],
                 (unsigned long)(uint32_t)edges[i]);
        CHECK_STR(enc_a, want);
        encode_every_cap(GW_PROTO_MS, &hb, what);
        member.ms.u.cache.u.member.id = edges[i];           /* a snowflake string */
        member.ms.u.cache.u.member.user.id = edges[ne - 1 - i];
        for (k = 0; k < 64; k++) ids[k] = edges[(i + k) % ne];
        member.ms.u.cache.u.member.roles.items = ids;          /* a list of them, every length */
        member.ms.u.cache.u.member.roles.count = (uint32_t)(i % 65);
        CHECK_ERR(gw_encode(GW_PROTO_MS, &member, enc_a, sizeof enc_a, &n, &e), GW_OK);
        snprintf(want, sizeof want, "{\"op\":5,\"d\":{\"type\":\"member\",\"data\":{\"id\":\"%llu\",", (unsigned long long)edges[i]);
        CHECK(strncmp(enc_a, want, strlen(want)) == 0);
        encode_every_cap(GW_PROTO_MS, &member, what);
        role.ms.u.cache.u.role.permissions = edges[i];
        role.ms.u.cache.u.role.position = (int32_t)(uint32_t)edges[i];  /* negative ones too */
        role.ms.u.cache.u.role.color = (uint32_t)edges[i];              /* past 0xFFFFFF: the writer path refuses it */
        encode_every_cap(GW_PROTO_MS, &role, what);
        if (gw_encode(GW_PROTO_MS, &role, enc_a, sizeof enc_a, &n, &e) == GW_OK) {
            snprintf(want, sizeof want, "\"position\":%ld,\"permissions\":%llu}}}", (long)(int32_t)(uint32_t)edges[i],
                     (unsigned long long)edges[i]);
            CHECK(n > strlen(want) && strcmp(enc_a + n - strlen(want), want) == 0);
        }
        t_case_end();
    }
    { /* raw: a pad of k bytes puts each special byte at every offset of a block; the value ends
         with whitespace or without (its last bytes copied whole) */
        static const char *const pads[] = { " ", "1,", "\"a\",", "\"\\\\\",", "\"x y\"," };
        static const char *const tails[] = { "\"a b\\\"c\\\\\"", " { \"k\" : [ \"\\u00e9 \\\"\" , 1 ] } ", "\"q\"\t,\n\"\\\\\\\\ \"", "\"\"",
                                             "\"a\\\" b\"", "1" };
        static char text[256];
        size_t pd, t, last;
        for (pd = 0; pd < sizeof pads / sizeof pads[0]; pd++)
            for (t = 0; t < sizeof tails / sizeof tails[0]; t++)
                for (k = 0; k < 72; k++) {
                    size_t n = 0;
                    last = k & 1; /* 1: a space before the closing bracket */
                    text[n++] = '[';
                    for (i = 0; i < k / 2; i++) { memcpy(text + n, pads[pd], strlen(pads[pd])); n += strlen(pads[pd]); }
                    memcpy(text + n, tails[t], strlen(tails[t])); n += strlen(tails[t]);
                    if (last) text[n++] = ' ';
                    text[n++] = ']';
                    raw.i386.u.raw.ptr = text;
                    raw.i386.u.raw.len = (uint32_t)n;
                    snprintf(what, sizeof what, "raw %.*s", (int)(n < 60 ? n : 60), text);
                    t_case_begin(what);
                    encode_every_cap(GW_PROTO_I386, &raw, what);
                    t_case_end();
                }
    }
    { /* plain text of every length up to 40 with a byte to escape (or not) at each place: the 16-byte
         steps and the last 1 to 15 bytes */
        static const char special[] = { '"', '\\', '\n', 0x1f, 0x7f, (char)0xc3, ' ' };
        static char text[48];
        size_t len, at, sp;
        for (len = 1; len <= 40; len++)
            for (at = 0; at < len; at++)
                for (sp = 0; sp < sizeof special; sp++) {
                    for (i = 0; i < len; i++) text[i] = (char)('a' + i % 26);
                    text[at] = special[sp];
                    if (special[sp] == (char)0xc3 && at + 1 < len) text[at + 1] = (char)0xa9; /* é, or cut at the end */
                    member.ms.u.cache.u.member.user.username.ptr = text;
                    member.ms.u.cache.u.member.user.username.len = (uint32_t)len;
                    member.ms.u.cache.u.member.user.username.escaped = 0;
                    snprintf(what, sizeof what, "text of %lu, byte %d at %lu", (unsigned long)len, special[sp], (unsigned long)at);
                    t_case_begin(what);
                    encode_diff(GW_PROTO_MS, &member, 0, what);
                    if (!(special[sp] == (char)0xc3 && at + 1 == len)) { /* valid UTF-8: against the escaping rule itself */
                        gw_error e;
                        size_t n = 0;
                        char quoted[320];
                        snprintf(quoted, sizeof quoted, "\"username\":\"%s\"", escape_ref(text, len));
                        CHECK_ERR(gw_encode(GW_PROTO_MS, &member, enc_a, sizeof enc_a, &n, &e), GW_OK);
                        if (!strstr(enc_a, quoted)) t_failf(__FILE__, __LINE__, "%s: %s lacks %s", what, enc_a, quoted);
                    }
                    t_case_end();
                }
    }
    { /* non-ASCII text (2, 3 and 4-byte sequences) of every length, then a bad byte at each place */
        static const char *const seqs[] = { "\xce\xbb", "\xe2\x99\xab", "\xf0\x9f\x8e\xae", "a" };
        static char text[4][200];
        size_t q, bad;
        for (q = 0; q < 4; q++) {
            size_t n = 0;
            for (i = 0; i < 40; i++) { memcpy(text[q] + n, seqs[(q + i * (q + 1)) % 4], strlen(seqs[(q + i * (q + 1)) % 4])); n += strlen(seqs[(q + i * (q + 1)) % 4]); }
            for (k = 0; k <= n; k++) {
                member.ms.u.cache.u.member.user.username.ptr = text[q];
                member.ms.u.cache.u.member.user.username.len = (uint32_t)k; /* cut sequences too */
                member.ms.u.cache.u.member.user.username.escaped = 0;
                snprintf(what, sizeof what, "text %lu of %lu", (unsigned long)k, (unsigned long)q);
                t_case_begin(what);
                encode_diff(GW_PROTO_MS, &member, 1, what);
                utf8_check(&member, text[q], k, what);
                t_case_end();
            }
            for (bad = 0; bad < n; bad += 3) {
                static char badtext[200];
                memcpy(badtext, text[q], n);
                badtext[bad] = (char)(bad % 2 ? 0xC0 : 0x80);
                member.ms.u.cache.u.member.user.username.ptr = badtext;
                member.ms.u.cache.u.member.user.username.len = (uint32_t)n;
                snprintf(what, sizeof what, "text %lu, bad byte at %lu", (unsigned long)q, (unsigned long)bad);
                t_case_begin(what);
                encode_diff(GW_PROTO_MS, &member, 1, what);
                utf8_check(&member, badtext, n, what);
                t_case_end();
            }
        }
    }
}

/* The one pass picks a kind before reading a name only the other side's kinds have, when this kind's
   schema does not know that name's key (so a frame that has it fails the decode): frames that do
   have it must still get the token decoder's answer */
static void test_guessed_kinds(void)
{
    static const char *const guesses[] = {
        "{\"type\":3}", "{\"type\":3,\"event\":\"GATEWAY_PING\"}", "{\"type\":3,\"event\":\"GATEWAY_HELLO\"}",
        "{\"type\":3,\"event\":7}", "{\"type\":3,\"event\":null}", "{\"event\":\"GATEWAY_PING\",\"type\":3}",
        "{\"type\":3,\"data\":{},\"event\":\"GATEWAY_PING\"}", "{\"type\":3,\"event\":\"NOPE\"}",
        "{\"type\":1,\"data\":{\"public_key\":\"k\",\"shard_in\":1,\"flags\":0},\"event\":\"GATEWAY_READY\"}",
        "{\"type\":5,\"data\":{},\"event\":\"GATEWAY_RESUMED\"}" };
    size_t i;
    unsigned long before = frames;
    for (i = 0; i < sizeof guesses / sizeof *guesses; i++) {
        diff_at(GW_PROTO_SM, GW_FROM_CLIENT, guesses[i], strlen(guesses[i]), GWREF_NO_SMALL, 0, "guessed kind");
        diff_at(GW_PROTO_SM, GW_FROM_SERVER, guesses[i], strlen(guesses[i]), GWREF_NO_SMALL, 0, "guessed kind");
    }
    CHECK_EQ(frames - before, 2 * sizeof guesses / sizeof *guesses);
}

/* gw__schema_excludes on rows whose answer the tables fix: a top-level name (shard-master's event)
   and a nested one (Nightingale's data.type, data.event.type) */
static const gw__variant *row_of(const gw__proto *P, int kind, const char *name)
{
    uint32_t i;
    for (i = 0; i < P->nv; i++)
        if (P->v[i].kind == kind && (name ? P->v[i].name && strcmp(P->v[i].name, name) == 0 : !P->v[i].name)) return &P->v[i];
    return NULL;
}

static void test_schema_excludes(void)
{
    const gw__proto *sm = gw__proto_of(GW_PROTO_SM), *ng = gw__proto_of(GW_PROTO_NG);
    const gw__variant *hello = row_of(sm, GW_SM_HELLO, "GATEWAY_HELLO"), *ping = row_of(sm, GW_SM_PING, NULL);
    const gw__variant *ready = row_of(ng, GW_NG_READY, NULL), *connect = row_of(ng, GW_NG_CONNECT_GATEWAY, "connect_gateway");
    const gw__variant *start_orig = NULL;
    uint32_t i;
    for (i = 0; i < ng->nv; i++)
        if (ng->v[i].kind == GW_NG_TRACK_START && ng->v[i].key3) start_orig = &ng->v[i];
    if (!hello || !ping || !ready || !connect || !start_orig) {
        t_failf(__FILE__, __LINE__, "rows not found");
        return;
    }
    CHECK_EQ(gw__schema_excludes(ping->schema, hello), 1);      /* a client ping has no "event" */
    CHECK_EQ(gw__schema_excludes(hello->schema, hello), 0);     /* the hello itself does */
    CHECK_EQ(gw__schema_excludes(ready->schema, connect), 1);   /* ready's data has no "type" */
    CHECK_EQ(gw__schema_excludes(connect->schema, connect), 0);
    CHECK_EQ(gw__schema_excludes(connect->schema, start_orig), 1); /* nor data.event */
    CHECK_EQ(gw__schema_excludes(start_orig->schema, start_orig), 0);
}

int main(void)
{
    size_t v;
    const char *pre = getenv("LD_PRELOAD");
    if (pre && strstr(pre, "vgpreload")) thin = 4;
    load_vectors();
    t_case_begin("vectors load");
    CHECK(nvecs >= 100);
    t_case_end();
    collect_names();
    RUN(test_args);
    RUN(test_skip_container);
    RUN(test_skip_random);
    RUN(test_datetime);
    RUN(test_digits4);
    RUN(test_encode_edges);
    RUN(test_snowflake_random);
    RUN(test_int_random);
    RUN(test_guessed_kinds);
    RUN(test_schema_excludes);
    test_diff_can_fail();
    for (v = 0; v < nvecs; v++) {
        fam_vectors(&vecs[v]);
        fam_scratch(&vecs[v]);
        fam_truncate(&vecs[v]);
        fam_bytes(&vecs[v]);
        fam_keys(&vecs[v]);
        fam_bytes_reversed(&vecs[v]);
        fam_top_orders(&vecs[v]);
        fam_values(&vecs[v]);
        fam_limits(&vecs[v]);
        fam_encode(&vecs[v]);
    }
    printf("diff: compared %lu frames (%lu also with a small scratch, %lu also leniently), %lu names%s; %lu encodes\n", frames,
           frames_small, lenients, (unsigned long)nnames, thin > 1 ? " (under valgrind: every 4th mutation)" : "", encodes);
    for (v = 0; v < nvecs; v++) free(vecs[v].buf);
    return t_summary("diff");
}
