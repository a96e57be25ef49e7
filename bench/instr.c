/* instr.c - the driver that bench/instructions.sh runs under callgrind (build/instr).

   build/instr OP PASSES DIR                   OP over every frame of DIR/<protocol>_<side>.jsonl (the
                                               corpus `build/bench --dump DIR` writes; where a .jsonl is
                                               missing, DIR/<protocol>_<side>.json-seq, RFC 7464, as
                                               --dump writes the pretty-printed form), PASSES times
   build/instr OP PASSES --frame PROTO SIDE JSON   OP on the one frame JSON, PASSES times
   OP: decode (gw_decode), encode (gw_encode of the decoded frames), peek (gw_peek),
       tokenize (gj_tokenize); built with -DGW_BENCH_YYJSON (and bench/peer_yyjson.c, yyjson.c) also
       yyjson (peer_yyjson_read: yyjson_read_opts into its pool allocator + yyjson_doc_free) and
       yyjson_walk (the same, then the full walk bench.c's peers do)

   Each call of OP is one call of the library function of that name, compiled in bench/instr_impl.c
   (another translation unit, so it is never inlined here). Everything else the driver does (reading
   files, the decode that prepares the encode input, checking results) happens outside those calls,
   so `valgrind --tool=callgrind --toggle-collect=gw_decode build/instr decode ...` counts only the
   instructions of the operation itself. instructions.sh runs PASSES = 1 and PASSES = 1 + K in two
   processes and divides the difference by K passes, which also drops any first-call cost.

   Prints one line: op, frames per pass, input bytes per pass, bytes per pass of the operation
   (input bytes; output bytes for encode), failures. Exit status 1 if any call failed. */
#define _POSIX_C_SOURCE 200809L
#include "../gateway.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct frame {
    const char *buf;
    size_t len;
    gw_proto proto;
    gw_from from;
    void *msg;   /* encode: the decoded message (gw_any_msg) */
} frame;

#ifdef GW_BENCH_YYJSON
extern int peer_yyjson_init(size_t max_len);
extern int peer_yyjson_read(const char *buf, size_t len, int walk, uint64_t *sum);
#endif

static frame *fr;
static size_t nfr, fr_cap;

static void die(const char *what)
{
    fprintf(stderr, "instr: %s\n", what);
    exit(2);
}

static void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) die("out of memory");
    return p;
}

static void add(const char *buf, size_t len, gw_proto p, gw_from from)
{
    char *copy;
    if (nfr == fr_cap) {
        fr_cap = fr_cap ? fr_cap * 2 : 1024;
        fr = (frame *)realloc(fr, fr_cap * sizeof *fr);
        if (!fr) die("out of memory");
    }
    copy = (char *)xmalloc(len + 64);
    memcpy(copy, buf, len);
    memset(copy + len, 0, 64);
    fr[nfr].buf = copy;
    fr[nfr].len = len;
    fr[nfr].proto = p;
    fr[nfr].from = from;
    fr[nfr].msg = NULL;
    nfr++;
}

/* base.jsonl: one frame per line; else base.json-seq: each frame after an RS byte (0x1E), its one
   trailing newline dropped */
static void load(const char *base, gw_proto p, gw_from from)
{
    char path[4200];
    FILE *f;
    char *buf;
    size_t n = 0, cap = 1 << 20, r, i, start = 0;
    int seq = 0;
    snprintf(path, sizeof path, "%s.jsonl", base);
    if (!(f = fopen(path, "rb"))) {
        snprintf(path, sizeof path, "%s.json-seq", base);
        if (!(f = fopen(path, "rb"))) return; /* a protocol/direction without frames */
        seq = 1;
    }
    buf = (char *)xmalloc(cap);
    while ((r = fread(buf + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap) {
            buf = (char *)realloc(buf, cap *= 2);
            if (!buf) die("out of memory");
        }
    }
    fclose(f);
    if (seq) {
        for (i = 0; i <= n; i++)
            if (i == n || buf[i] == 0x1E) {
                size_t e = i;
                if (e > start && buf[e - 1] == '\n') e--;
                if (e > start) add(buf + start, e - start, p, from);
                start = i + 1;
            }
    } else {
        for (i = 0; i <= n; i++)
            if (i == n || buf[i] == '\n') {
                if (i > start) add(buf + start, i - start, p, from);
                start = i + 1;
            }
    }
    free(buf);
}

int main(int argc, char **argv)
{
    const char *op;
    long passes, k;
    size_t i, in_bytes = 0, op_bytes = 0, fails = 0, maxlen = 0, toks_cap;
    unsigned char *scratch;
    size_t scratch_cap;
    gj_tok *toks;
    char *out;
    size_t out_cap;
    unsigned long long sum = 0;

    if (argc < 4) {
        fprintf(stderr, "usage: instr decode|encode|peek|tokenize|yyjson|yyjson_walk PASSES DIR\n"
                        "       instr decode|encode|peek|tokenize PASSES --frame PROTO client|server JSON\n");
        return 2;
    }
    op = argv[1];
    passes = atol(argv[2]);
    if (passes < 0) die("PASSES must be >= 0");
    if (strcmp(argv[3], "--frame") == 0) {
        gw_proto p;
        if (argc != 7) die("--frame PROTO client|server JSON");
        p = gw_proto_find(argv[4]);
        if (p == GW_PROTO_NONE) die("unknown protocol");
        if (strcmp(argv[5], "client") != 0 && strcmp(argv[5], "server") != 0) die("side: client or server");
        add(argv[6], strlen(argv[6]), p, strcmp(argv[5], "client") == 0 ? GW_FROM_CLIENT : GW_FROM_SERVER);
    } else {
        int p, side;
        for (p = 1; p < (int)GW_PROTO_COUNT_; p++)
            for (side = GW_FROM_CLIENT; side <= GW_FROM_SERVER; side++) {
                char path[4096];
                snprintf(path, sizeof path, "%s/%s_%s", argv[3], gw_proto_name((gw_proto)p),
                         side == GW_FROM_CLIENT ? "client" : "server");
                load(path, (gw_proto)p, (gw_from)side);
            }
    }
    if (!nfr) die("no frames");
    for (i = 0; i < nfr; i++) {
        in_bytes += fr[i].len;
        if (fr[i].len > maxlen) maxlen = fr[i].len;
    }
    /* buffers: generous (a token per input byte; decode scratch 16x the largest frame) */
    toks_cap = maxlen + 16;
    toks = (gj_tok *)xmalloc(toks_cap * sizeof *toks);
    scratch_cap = 16 * maxlen + (1u << 16);
    scratch = (unsigned char *)xmalloc(scratch_cap);
    out_cap = 4 * maxlen + (1u << 16);
    out = (char *)xmalloc(out_cap);

    if (strcmp(op, "encode") == 0) { /* the encode input: each frame decoded into its own memory */
        for (i = 0; i < nfr; i++) {
            size_t sc = 16 * fr[i].len + 4096;
            unsigned char *mem = (unsigned char *)xmalloc(sizeof(gw_any_msg) + sc);
            gw_error e;
            if (gw_decode(fr[i].proto, fr[i].buf, fr[i].len, fr[i].from, mem, mem + sizeof(gw_any_msg), sc, &e) != GW_OK) {
                fprintf(stderr, "instr: frame %zu does not decode: %s at %zu '%s'\n", i, gw_strerror(e.code), e.offset, e.path);
                return 1;
            }
            fr[i].msg = mem;
        }
        for (k = 0; k < passes; k++)
            for (i = 0; i < nfr; i++) {
                gw_error e;
                size_t len = 0;
                gw_err r = gw_encode(fr[i].proto, fr[i].msg, out, out_cap, &len, &e);
                if (r != GW_OK) fails++;
                if (k == 0) op_bytes += len;
                sum += len + (unsigned char)out[len ? len - 1 : 0];
            }
    } else if (strcmp(op, "decode") == 0) {
        for (k = 0; k < passes; k++)
            for (i = 0; i < nfr; i++) {
                gw_any_msg m;
                gw_error e;
                gw_err r = gw_decode(fr[i].proto, fr[i].buf, fr[i].len, fr[i].from, &m, scratch, scratch_cap, &e);
                if (r != GW_OK) fails++;
                sum += (unsigned)r + (unsigned)m.ms.kind;
            }
        op_bytes = in_bytes;
    } else if (strcmp(op, "peek") == 0) {
        for (k = 0; k < passes; k++)
            for (i = 0; i < nfr; i++) {
                gw_envelope env;
                gw_error e;
                gw_err r = gw_peek(fr[i].proto, fr[i].buf, fr[i].len, fr[i].from, &env, scratch, scratch_cap, &e);
                if (r != GW_OK) fails++;
                sum += (unsigned)r + (unsigned)env.kind;
            }
        op_bytes = in_bytes;
    } else if (strcmp(op, "tokenize") == 0) {
        for (k = 0; k < passes; k++)
            for (i = 0; i < nfr; i++) {
                gj_status st;
                gj_err r = gj_tokenize(fr[i].buf, fr[i].len, toks, toks_cap, &st);
                if (r != GJ_OK) fails++;
                sum += (unsigned)r + st.count;
            }
        op_bytes = in_bytes;
#ifdef GW_BENCH_YYJSON
    } else if (strcmp(op, "yyjson") == 0 || strcmp(op, "yyjson_walk") == 0) {
        int walk = op[6] != 0;
        uint64_t s = 0;
        if (peer_yyjson_init(maxlen) != 0) die("yyjson pool");
        for (k = 0; k < passes; k++)
            for (i = 0; i < nfr; i++)
                if (peer_yyjson_read(fr[i].buf, fr[i].len, walk, &s) != 0) fails++;
        sum += s;
        op_bytes = in_bytes;
#endif
    } else {
        die("OP: decode, encode, peek, tokenize (yyjson, yyjson_walk when built with yyjson)");
    }
    printf("op=%s passes=%ld frames=%zu in_bytes=%zu op_bytes=%zu failures=%zu checksum=%llu\n", op, passes, nfr, in_bytes,
           op_bytes, fails, sum);
    return fails ? 1 : 0;
}
