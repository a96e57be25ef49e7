/* fuzz_decode.c - libFuzzer target for gw_decode / gw_encode / gw_equal over all five protocols.
   Byte 0 picks the protocol (b % N + 1, N = GW_PROTO_COUNT_ - 1 = 5), the direction ((b / N) & 1: client, server) and the
   scratch alignment (b / 2N % 8); the rest is the frame. Checked:
     - decode into a small exactly-sized scratch; on GW_ERR_SCRATCH a scratch of err.needed bytes
       must suffice (never GW_ERR_SCRATCH again);
     - on any error the message is all zero bytes and err.code is the returned code;
     - whatever decodes re-encodes: cap 0 gives GW_ERR_BUFFER with needed, an exactly-sized heap
       buffer then succeeds (len = needed - 1), one byte less fails again;
     - the encoding decodes to a message gw_equal to the first, and re-encoding that gives
       identical bytes (the canonical form is a fixed point);
     - lenient decoding (D-06) gives what strict decoding gave, when that succeeded, and whatever
       it accepts re-encodes and decodes back equal;
     - gw_peek fails only with decode's error (code, offset, path), gives decode's kind when both
       succeed, and when it succeeds where decode fails, the error is not the envelope's (opcode,
       direction, size cap); with no scratch it gives the same, or GW_ERR_SCRATCH. */
#define GATEWAY_IMPLEMENTATION
#include "../gateway.h"
#include <stdlib.h>
#include <string.h>

#define REQUIRE(c) do { if (!(c)) { fprintf(stderr, "fuzz_decode: %s:%d: %s\n", __FILE__, __LINE__, #c); abort(); } } while (0)

static int all_zero(const void *m, size_t n)
{
    const unsigned char *b = (const unsigned char *)m;
    size_t i;
    for (i = 0; i < n; i++) if (b[i]) return 0;
    return 1;
}

/* Decode with a scratch of `ssize` bytes at alignment offset `align` (heap, exactly sized).
   *blk receives the block to free (the message points into it on success). */
static gw_err decode(gw_proto p, const char *buf, size_t len, gw_from from, gw_any_msg *m,
                     size_t ssize, unsigned align, void **blk, gw_error *e)
{
    unsigned char *mem = (unsigned char *)malloc(ssize + align + 1);
    gw_err r;
    if (!mem) abort();
    memset(m, 0xA5, sizeof *m);
    r = gw_decode(p, buf, len, from, m, mem + align, ssize, e);
    REQUIRE(e->code == r);
    REQUIRE(memchr(e->path, 0, sizeof e->path) != NULL);
    if (r) REQUIRE(all_zero(m, gw_msg_size(p)));
    *blk = mem;
    return r;
}

/* Decode with a 256-byte scratch; on GW_ERR_SCRATCH, err.needed bytes must suffice. */
static gw_err decode2(gw_proto p, const char *buf, size_t len, gw_from from, gw_any_msg *m,
                      unsigned align, void **blk, gw_error *e)
{
    gw_err r = decode(p, buf, len, from, m, 256, align, blk, e);
    if (r == GW_ERR_SCRATCH) {
        size_t need = e->needed;
        REQUIRE(need > 256);
        free(*blk);
        r = decode(p, buf, len, from, m, need, align, blk, e);
        REQUIRE(r != GW_ERR_SCRATCH);
    }
    return r;
}

/* Encode m in a wire form: measure, exact buffer, one byte short. Returns the heap text (caller
   frees) or NULL. */
static char *encode(gw_proto p, const gw_any_msg *m, gw_wire wire, size_t *len, gw_err *code)
{
    gw_error e;
    size_t n = 99, need;
    char *out, *small;
    gw_err r = gw_encode_wire(p, m, wire, NULL, 0, &n, &e);
    *code = r;
    REQUIRE(e.code == r && n == 0);
    if (r != GW_ERR_BUFFER) return NULL;
    need = e.needed;
    REQUIRE(need >= 3);
    out = (char *)malloc(need);
    small = (char *)malloc(need - 1);
    if (!out || !small) abort();
    r = gw_encode_wire(p, m, wire, out, need, &n, &e);
    *code = r;
    if (r != GW_OK) { REQUIRE(out[0] == 0); free(out); free(small); return NULL; }
    REQUIRE(n == need - 1 && out[n] == 0 && strlen(out) == n);
    memset(small, 'x', need - 1);
    REQUIRE(gw_encode_wire(p, m, wire, small, need - 1, &n, &e) == GW_ERR_BUFFER && e.needed == need && small[0] == 0 &&
            n == 0);
    free(small);
    *len = need - 1;
    return out;
}

/* Round trip m1 in one wire form: encode, decode, equal both ways, re-encode byte-identical.
   Returns 0 when the form cannot carry m1 (GW_ERR_INVALID), 1 after a full round trip. */
static int round_trip(gw_proto p, gw_from from, const gw_any_msg *m1, gw_wire wire)
{
    size_t n1 = 0, n2 = 0;
    gw_any_msg m2;
    gw_error e;
    gw_err r, c1, c2;
    void *blk2 = NULL;
    char *enc1 = encode(p, m1, wire, &n1, &c1), *enc2;
    if (!enc1) {
        if (c1 == GW_ERR_INVALID) return 0;
        fprintf(stderr, "fuzz_decode: %s frame decodes but does not encode: %s\n", gw_proto_name(p), gw_strerror(c1));
        REQUIRE(0);
    }
    r = decode2(p, enc1, n1, from, &m2, 0, &blk2, &e);
    if (r) {
        fprintf(stderr, "fuzz_decode: re-encoding does not decode: %s at %s (offset %zu): %.*s\n",
                gw_strerror(r), e.path, e.offset, (int)n1, enc1);
        REQUIRE(0);
    }
    REQUIRE(gw_equal(p, m1, &m2) && gw_equal(p, &m2, m1));
    enc2 = encode(p, &m2, wire, &n2, &c2);
    REQUIRE(enc2 != NULL);
    REQUIRE(n1 == n2 && memcmp(enc1, enc2, n1) == 0);
    free(enc1); free(enc2); free(blk2);
    return 1;
}

/* Lenient decoding (D-06): what strict decoding accepted (strict_r == GW_OK, strict) comes out the
   same, nothing skipped; whatever it accepts re-encodes in some wire form to a frame that decodes
   (leniently) to an equal message. */
static void lenient(gw_proto p, const char *buf, size_t len, gw_from from, gw_err strict_r, const gw_any_msg *strict)
{
    size_t ssize = 32 * len + 65536, n = 0, cap = 2 * len + 4096;
    unsigned char *mem = (unsigned char *)malloc(ssize), *mem2 = (unsigned char *)malloc(ssize);
    char *out = (char *)malloc(cap);
    gw_any_msg m, m2;
    gw_error e;
    gw_err r;
    int w, ok = 0;
    if (!mem || !mem2 || !out) abort();
    /* the size query holds in lenient decoding too: err.needed suffices */
    r = gw_decode_flags(p, buf, len, from, GW_DECODE_LENIENT, &m, NULL, 0, &e);
    if (r == GW_ERR_SCRATCH) {
        unsigned char *exact = (unsigned char *)malloc(e.needed);
        size_t need = e.needed;
        if (!exact) abort();
        r = gw_decode_flags(p, buf, len, from, GW_DECODE_LENIENT, &m, exact, need, &e);
        REQUIRE(r != GW_ERR_SCRATCH);
        free(exact);
    }
    r = gw_decode_flags(p, buf, len, from, GW_DECODE_LENIENT, &m, mem, ssize, &e);
    REQUIRE(e.code == r);
    if (strict_r == GW_OK) REQUIRE(r == GW_OK && e.skipped == 0 && gw_equal(p, &m, strict));
    if (strict_r == GW_ERR_JSON || strict_r == GW_ERR_DUPLICATE_KEY || strict_r == GW_ERR_TOO_LARGE) REQUIRE(r == strict_r);
    if (r != GW_OK) REQUIRE(all_zero(&m, gw_msg_size(p)));
    for (w = 0; r == GW_OK && w < 2 && !ok; w++)
        if (gw_encode_wire(p, &m, w ? GW_WIRE_ORIGINAL : GW_WIRE_SEED, out, cap, &n, &e) == GW_OK) {
            REQUIRE(gw_decode_flags(p, out, n, from, GW_DECODE_LENIENT, &m2, mem2, ssize, &e) == GW_OK);
            REQUIRE(gw_equal(p, &m, &m2));
            ok = 1;
        }
    if (r == GW_OK && !ok) fprintf(stderr, "fuzz_decode: lenient %s message that no wire form carries\n", gw_proto_name(p));
    REQUIRE(r != GW_OK || ok);
    free(mem); free(mem2); free(out);
}

/* gw_peek against decode's result dr (its error de, its message m when dr is GW_OK) */
static void peek(gw_proto p, const char *buf, size_t len, gw_from from, gw_err dr, const gw_error *de, const gw_any_msg *m)
{
    size_t ssize = (len + 2) * sizeof(gj_tok) + 64; /* room for every token */
    unsigned char *mem = (unsigned char *)malloc(ssize);
    gw_envelope env, env0;
    gw_error e, e0;
    gw_err r, r0;
    int kind;
    if (!mem) abort();
    r = gw_peek(p, buf, len, from, &env, mem, ssize, &e);
    REQUIRE(e.code == r && r != GW_ERR_SCRATCH);
    memcpy(&kind, m, sizeof kind);
    if (r != GW_OK) REQUIRE(env.kind == 0 && r == dr && e.offset == de->offset && strcmp(e.path, de->path) == 0);
    else if (dr == GW_OK) REQUIRE(env.kind == kind);
    else REQUIRE(dr != GW_ERR_UNKNOWN_OP && dr != GW_ERR_DIRECTION && dr != GW_ERR_TOO_LARGE);
    r0 = gw_peek(p, buf, len, from, &env0, NULL, 0, &e0);
    REQUIRE(r0 == r || r0 == GW_ERR_SCRATCH);
    if (r0 == GW_OK) REQUIRE(env0.kind == env.kind && env0.op == env.op && env0.has_seq == env.has_seq && env0.seq == env.seq);
    free(mem);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    gw_proto p;
    gw_from from;
    unsigned align;
    char *frame;
    size_t len;
    gw_any_msg m1;
    gw_error e;
    gw_err r;
    void *blk1;
    int carried;
    if (size < 1) return 0;
    p = (gw_proto)(data[0] % (GW_PROTO_COUNT_ - 1) + 1);
    from = (data[0] / (GW_PROTO_COUNT_ - 1)) & 1 ? GW_FROM_SERVER : GW_FROM_CLIENT;
    align = (unsigned)(data[0] / (2 * (GW_PROTO_COUNT_ - 1)) % 8);
    len = size - 1;
    frame = (char *)malloc(len ? len : 1); /* exact size: overreads are ASan reports */
    if (!frame) abort();
    if (len) memcpy(frame, data + 1, len);

    r = decode2(p, frame, len, from, &m1, align, &blk1, &e);
    peek(p, frame, len, from, r, &e, &m1);
    lenient(p, frame, len, from, r, &m1);
    if (r != GW_OK) { free(blk1); free(frame); return 0; }
    REQUIRE(gw_equal(p, &m1, &m1));
    /* decoders take both wire forms: every decoded message must round-trip in at least one */
    carried = round_trip(p, from, &m1, GW_WIRE_SEED);
    carried += round_trip(p, from, &m1, GW_WIRE_ORIGINAL);
    if (!carried) fprintf(stderr, "fuzz_decode: %s frame decodes but no wire form carries it\n", gw_proto_name(p));
    REQUIRE(carried > 0);
    free(blk1); free(frame);
    return 0;
}
