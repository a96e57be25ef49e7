/* test_zlib.c - the optional zlib transport (the GATEWAY_ZLIB section of gateway.h). Built with -DGATEWAY_ZLIB and -lz by
   its own Makefile rule (build/{plain,asan}/test_zlib, with an impl object of its own). */
#include "t.h"
#include "../gateway.h"
#include <stdlib.h>

#define CORPUS 3000
static char *corpus[CORPUS];
static size_t corpus_len[CORPUS];
static gw_proto corpus_proto[CORPUS];
static gw_from corpus_from[CORPUS];
static unsigned char zbuf[1 << 20];  /* compressed */
static char jbuf[1 << 16];           /* inflated */
static uint64_t scratch[1 << 13];

/* Allocator hooks that count: zlib must use them only at init. */
static unsigned long hook_allocs, hook_frees;
static void *hook_alloc(void *opaque, size_t n) { (void)opaque; hook_allocs++; return malloc(n); }
static void hook_free(void *opaque, void *p) { (void)opaque; hook_frees++; free(p); }

static uint64_t rng = 88172645463325252ull;
static uint64_t rnd(void) { rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17; return rng; }

/* One encoded message of a protocol, varied by i; returns its length (0 on failure). */
static size_t make_msg(unsigned i, char *out, size_t cap, gw_proto *proto, gw_from *from)
{
    static char text[512];
    size_t n = 0, k, tl = 20 + rnd() % 300;
    gw_error e;
    gw_err r = GW_ERR_ARG;
    for (k = 0; k < tl; k++) text[k] = (char)("abcdefghij klmnop \"\\ qrstuvwxyz{}[],.:0123456789"[rnd() % 48]);
    text[tl] = 0;
    switch (i % 6) {
    case 0: { /* ms EXECUTE_COMMAND, server -> client */
        gw_ms_msg m; memset(&m, 0, sizeof m);
        m.kind = GW_MS_EXECUTE_COMMAND;
        m.u.execute_command.command = gw_str_c("ping");
        m.u.execute_command.raw = gw_str_c(text);
        m.u.execute_command.ids.message = rnd(); m.u.execute_command.ids.author = rnd() >> 3;
        m.u.execute_command.ids.channel = rnd() >> 7; m.u.execute_command.ids.guild = rnd() >> 11;
        m.u.execute_command.ids.shard = (uint32_t)(rnd() % 64);
        *proto = GW_PROTO_MS; *from = GW_FROM_SERVER;
        r = gw_ms_encode(&m, out, cap, &n, &e);
        break; }
    case 1: { /* ms heartbeat ack */
        gw_ms_msg m; memset(&m, 0, sizeof m);
        m.kind = GW_MS_HEARTBEAT_ACK;
        *proto = GW_PROTO_MS; *from = GW_FROM_SERVER;
        r = gw_ms_encode(&m, out, cap, &n, &e);
        break; }
    case 2: { /* ms cache role, client -> server */
        gw_ms_msg m; memset(&m, 0, sizeof m);
        m.kind = GW_MS_CACHE;
        m.u.cache.type = GW_MS_CACHE_ROLE;
        m.u.cache.u.role.id = rnd(); m.u.cache.u.role.guild_id = rnd() >> 9;
        m.u.cache.u.role.permissions = rnd(); m.u.cache.u.role.name = gw_str_c(text + tl / 2);
        m.u.cache.u.role.color = (uint32_t)(rnd() & 0xFFFFFF); m.u.cache.u.role.position = (int32_t)(rnd() % 200) - 100;
        *proto = GW_PROTO_MS; *from = GW_FROM_CLIENT;
        r = gw_ms_encode(&m, out, cap, &n, &e);
        break; }
    case 3: { /* dmod privilege update */
        gw_dmod_msg m; memset(&m, 0, sizeof m);
        m.kind = GW_DMOD_EV_GUILD_PRIVILEGE_UPDATE;
        m.u.privilege.id = gw_str_c("1234"); m.u.privilege.tag = gw_str_c(text);
        m.u.privilege.permissions = rnd(); m.u.privilege.has_self = (i & 8) != 0; m.u.privilege.self = (i & 16) != 0;
        *proto = GW_PROTO_DMOD; *from = GW_FROM_SERVER;
        r = gw_dmod_encode(&m, out, cap, &n, &e);
        break; }
    case 4: { /* dmod heartbeat */
        gw_dmod_msg m; memset(&m, 0, sizeof m);
        m.kind = GW_DMOD_HEARTBEAT;
        *proto = GW_PROTO_DMOD; *from = GW_FROM_SERVER;
        r = gw_dmod_encode(&m, out, cap, &n, &e);
        break; }
    default: { /* i386chat message from the server */
        gw_i386_msg m; memset(&m, 0, sizeof m);
        m.kind = GW_I386_S_MESSAGE_CREATE;
        m.has_s = 1; m.s = i;
        m.u.s_message_create.user.id = rnd(); m.u.s_message_create.user.name = gw_str_c("someone");
        m.u.s_message_create.user.uuid = gw_str_c("c1f0a5b4-0000-4000-8000-000000000000");
        m.u.s_message_create.user.bio = gw_str_c(""); m.u.s_message_create.content = gw_str_c(text);
        *proto = GW_PROTO_I386; *from = GW_FROM_SERVER;
        r = gw_i386_encode(&m, out, cap, &n, &e);
        break; }
    }
    return r == GW_OK ? n : 0;
}

static void build_corpus(void)
{
    static char tmp[8192];
    unsigned i;
    for (i = 0; i < CORPUS; i++) {
        size_t n = make_msg(i, tmp, sizeof tmp, &corpus_proto[i], &corpus_from[i]);
        corpus[i] = (char *)malloc(n ? n : 1);
        memcpy(corpus[i], tmp, n);
        corpus_len[i] = n;
    }
}

/* The inflated text decodes to the same message as the original. */
static int same_message(unsigned i, const char *txt, size_t n)
{
    gw_any_msg a, b;
    gw_error e;
    static uint64_t scratch2[1 << 13];
    if (n != corpus_len[i] || memcmp(txt, corpus[i], n) != 0) return 0;
    if (gw_decode(corpus_proto[i], corpus[i], corpus_len[i], corpus_from[i], &a, scratch, sizeof scratch, &e) != GW_OK) return 0;
    if (gw_decode(corpus_proto[i], txt, n, corpus_from[i], &b, scratch2, sizeof scratch2, &e) != GW_OK) return 0;
    return gw_equal(corpus_proto[i], &a, &b);
}

static void test_corpus_built(void)
{
    unsigned i;
    for (i = 0; i < CORPUS; i++) CHECK(corpus_len[i] > 0);
}

/* Every message through one persistent deflate stream and one inflate stream; nothing allocated
   after the two inits. */
static void test_stream_round_trip(void)
{
    static gw_z_inflater zi;
    static gw_z_deflater zd;
    size_t zn, jn, in_total = 0, z_total = 0;
    unsigned long before, hooks_before;
    unsigned i, bad = 0;
    int done;
    CHECK_EQ(gw_z_deflate_init(&zd, 6, hook_alloc, hook_free, NULL), GW_Z_OK);
    CHECK_EQ(gw_z_inflate_init(&zi, hook_alloc, hook_free, NULL), GW_Z_OK);
    CHECK(hook_allocs > 0);
    before = t_allocs();
    hooks_before = hook_allocs;
    for (i = 0; i < CORPUS; i++) {
        if (gw_z_deflate_message(&zd, corpus[i], corpus_len[i], zbuf, sizeof zbuf, &zn) != GW_Z_OK) { bad++; continue; }
        in_total += corpus_len[i]; z_total += zn;
        if (zn < 4 || memcmp(zbuf + zn - 4, "\x00\x00\xff\xff", 4) != 0) bad++;
        if (gw_z_inflate_feed(&zi, zbuf, zn, jbuf, sizeof jbuf, &jn, &done) != GW_Z_OK || !done) { bad++; continue; }
        if (!same_message(i, jbuf, jn)) bad++;
    }
    CHECK_EQ(bad, 0);
    CHECK_EQ(t_allocs() - before, 0);
    CHECK_EQ(hook_allocs - hooks_before, 0);
    CHECK(z_total < in_total * 3 / 4); /* random text inside, yet the shared window pays */
    printf("zlib stream: %zu bytes of JSON -> %zu compressed\n", in_total, z_total);
    /* reset and reuse, still without allocating */
    CHECK_EQ(gw_z_deflate_reset(&zd), GW_Z_OK);
    CHECK_EQ(gw_z_inflate_reset(&zi), GW_Z_OK);
    for (i = 0; i < 50; i++) {
        CHECK_EQ(gw_z_deflate_message(&zd, corpus[i], corpus_len[i], zbuf, sizeof zbuf, &zn), GW_Z_OK);
        CHECK_EQ(gw_z_inflate_feed(&zi, zbuf, zn, jbuf, sizeof jbuf, &jn, &done), GW_Z_OK);
        CHECK(done && same_message(i, jbuf, jn));
    }
    CHECK_EQ(t_allocs() - before, 0);
    gw_z_deflate_end(&zd);
    gw_z_inflate_end(&zi);
    CHECK_EQ(hook_allocs, hook_frees);
}

/* Default hooks (NULL) allocate with the program's malloc, at init only. */
static void test_default_hooks(void)
{
    static gw_z_inflater zi;
    static gw_z_deflater zd;
    unsigned long a0 = t_allocs(), a1;
    size_t zn, jn;
    unsigned i;
    int done;
    CHECK_EQ(gw_z_deflate_init(&zd, -1, NULL, NULL, NULL), GW_Z_OK);
    CHECK_EQ(gw_z_inflate_init(&zi, NULL, NULL, NULL), GW_Z_OK);
    a1 = t_allocs();
    CHECK(a1 > a0);
    for (i = 0; i < 500; i++) {
        CHECK_EQ(gw_z_deflate_message(&zd, corpus[i], corpus_len[i], zbuf, sizeof zbuf, &zn), GW_Z_OK);
        CHECK_EQ(gw_z_inflate_feed(&zi, zbuf, zn, jbuf, sizeof jbuf, &jn, &done), GW_Z_OK);
        CHECK(done && same_message(i, jbuf, jn));
    }
    CHECK_EQ(t_allocs(), a1);
    gw_z_deflate_end(&zd);
    gw_z_inflate_end(&zi);
    CHECK_EQ(gw_z_inflate_init(&zi, hook_alloc, NULL, NULL), GW_Z_ERR_ARG); /* both hooks or neither */
    CHECK_EQ(gw_z_deflate_init(&zd, 10, NULL, NULL, NULL), GW_Z_ERR_ARG);
}

/* A message split across frames at every split point (and into 1-byte frames). */
static void test_split_frames(void)
{
    static gw_z_inflater zi;
    static gw_z_deflater zd;
    static unsigned char z2[1 << 16];
    size_t zn, jn, cut;
    unsigned i, bad = 0;
    int done;
    CHECK_EQ(gw_z_deflate_init(&zd, -1, NULL, NULL, NULL), GW_Z_OK);
    CHECK_EQ(gw_z_inflate_init(&zi, NULL, NULL, NULL), GW_Z_OK);
    for (i = 0; i < 12; i++) {
        CHECK_EQ(gw_z_deflate_message(&zd, corpus[i], corpus_len[i], z2, sizeof z2, &zn), GW_Z_OK);
        /* the same compressed bytes are fed at every split point into a fresh copy of the stream
           state; replaying needs the same history, so rebuild the inflater for each cut */
        for (cut = 1; cut < zn; cut++) {
            static gw_z_inflater zc;
            static gw_z_deflater zr;
            unsigned j;
            size_t rn;
            gw_z_err r1, r2;
            /* replay messages 0..i-1 through fresh contexts so zc is at the same point */
            gw_z_deflate_init(&zr, -1, NULL, NULL, NULL);
            gw_z_inflate_init(&zc, NULL, NULL, NULL);
            for (j = 0; j < i; j++) {
                gw_z_deflate_message(&zr, corpus[j], corpus_len[j], zbuf, sizeof zbuf, &rn);
                gw_z_inflate_feed(&zc, zbuf, rn, jbuf, sizeof jbuf, &jn, &done);
            }
            gw_z_deflate_message(&zr, corpus[i], corpus_len[i], zbuf, sizeof zbuf, &rn);
            r1 = gw_z_inflate_feed(&zc, zbuf, cut, jbuf, sizeof jbuf, &jn, &done);
            if (r1 != GW_Z_OK || done) bad++;
            r2 = gw_z_inflate_feed(&zc, zbuf + cut, rn - cut, jbuf, sizeof jbuf, &jn, &done);
            if (r2 != GW_Z_OK || !done || !same_message(i, jbuf, jn)) bad++;
            gw_z_deflate_end(&zr);
            gw_z_inflate_end(&zc);
        }
        /* one byte per frame on the live stream */
        for (cut = 0; cut < zn; cut++) {
            gw_z_err r = gw_z_inflate_feed(&zi, z2 + cut, 1, jbuf, sizeof jbuf, &jn, &done);
            if (r != GW_Z_OK || done != (cut + 1 == zn)) bad++;
        }
        if (!same_message(i, jbuf, jn)) bad++;
    }
    CHECK_EQ(bad, 0);
    gw_z_deflate_end(&zd);
    gw_z_inflate_end(&zi);
}

/* Too-small output: GW_Z_ERR_BUFFER with the size, and the stream stays in step. */
static void test_small_buffer(void)
{
    static gw_z_inflater zi;
    static gw_z_deflater zd;
    char small[16];
    size_t zn, jn, need;
    int done;
    CHECK_EQ(gw_z_deflate_init(&zd, -1, NULL, NULL, NULL), GW_Z_OK);
    CHECK_EQ(gw_z_inflate_init(&zi, NULL, NULL, NULL), GW_Z_OK);
    CHECK_EQ(gw_z_deflate_message(&zd, corpus[0], corpus_len[0], zbuf, sizeof zbuf, &zn), GW_Z_OK);
    CHECK_EQ(gw_z_inflate_feed(&zi, zbuf, zn / 2, small, sizeof small, &jn, &done), GW_Z_ERR_BUFFER);
    CHECK(!done);
    CHECK_EQ(gw_z_inflate_feed(&zi, zbuf + zn / 2, zn - zn / 2, small, sizeof small, &jn, &done), GW_Z_ERR_BUFFER);
    CHECK(done);
    CHECK_EQ(jn, corpus_len[0]);
    /* next message fine; exact fit is fine too */
    CHECK_EQ(gw_z_deflate_message(&zd, corpus[1], corpus_len[1], zbuf, sizeof zbuf, &zn), GW_Z_OK);
    CHECK_EQ(gw_z_inflate_feed(&zi, zbuf, zn, jbuf, corpus_len[1], &jn, &done), GW_Z_OK);
    CHECK(done && same_message(1, jbuf, jn));
    /* deflate: cap below the bound is refused up front, stream unchanged */
    need = gw_z_deflate_bound(&zd, corpus_len[2]);
    CHECK(need > corpus_len[2]);
    CHECK_EQ(gw_z_deflate_message(&zd, corpus[2], corpus_len[2], zbuf, need - 1, &zn), GW_Z_ERR_BUFFER);
    CHECK_EQ(zn, need);
    CHECK_EQ(gw_z_deflate_message(&zd, corpus[2], corpus_len[2], zbuf, need, &zn), GW_Z_OK);
    CHECK_EQ(gw_z_inflate_feed(&zi, zbuf, zn, jbuf, sizeof jbuf, &jn, &done), GW_Z_OK);
    CHECK(done && same_message(2, jbuf, jn));
    gw_z_deflate_end(&zd);
    gw_z_inflate_end(&zi);
}

/* Corrupt and truncated streams: a clear error, then reset and reuse. */
static void test_corrupt(void)
{
    static gw_z_inflater zi;
    static gw_z_deflater zd;
    size_t zn, jn, k;
    unsigned caught = 0, trials = 0;
    int done;
    gw_z_err r;
    CHECK_EQ(gw_z_inflate_init(&zi, NULL, NULL, NULL), GW_Z_OK);
    CHECK_EQ(gw_z_deflate_init(&zd, -1, NULL, NULL, NULL), GW_Z_OK);
    /* a bad header */
    r = gw_z_inflate_feed(&zi, "\x12\x34\x00\x00\xff\xff", 6, jbuf, sizeof jbuf, &jn, &done);
    CHECK_EQ(r, GW_Z_ERR_DATA);
    CHECK_STR(gw_z_strerror(r), "corrupt zlib data");
    CHECK_EQ(gw_z_inflate_feed(&zi, "\x78\x9c", 2, jbuf, sizeof jbuf, &jn, &done), GW_Z_ERR_STATE);
    CHECK_EQ(gw_z_inflate_reset(&zi), GW_Z_OK);
    /* flip bytes in the middle of a stream: every corruption that inflate notices is DATA, and
       after a reset the same context inflates a fresh stream */
    for (k = 0; k < 200; k++) {
        unsigned i = (unsigned)k % 50;
        gw_z_deflate_reset(&zd);
        gw_z_inflate_reset(&zi);
        gw_z_deflate_message(&zd, corpus[i], corpus_len[i], zbuf, sizeof zbuf, &zn);
        zbuf[2 + rnd() % (zn - 6)] ^= (unsigned char)(1 + rnd() % 255);
        r = gw_z_inflate_feed(&zi, zbuf, zn, jbuf, sizeof jbuf, &jn, &done);
        trials++;
        if (r == GW_Z_ERR_DATA) caught++;
        else CHECK(r == GW_Z_OK || r == GW_Z_ERR_BUFFER); /* a flip inflate cannot see: different text */
        gw_z_deflate_reset(&zd);
        CHECK_EQ(gw_z_inflate_reset(&zi), GW_Z_OK);
        gw_z_deflate_message(&zd, corpus[i], corpus_len[i], zbuf, sizeof zbuf, &zn);
        CHECK_EQ(gw_z_inflate_feed(&zi, zbuf, zn, jbuf, sizeof jbuf, &jn, &done), GW_Z_OK);
        CHECK(done && same_message(i, jbuf, jn));
    }
    CHECK(caught > trials / 4);
    /* truncated: without its end the message is not complete */
    gw_z_deflate_reset(&zd);
    gw_z_inflate_reset(&zi);
    gw_z_deflate_message(&zd, corpus[3], corpus_len[3], zbuf, sizeof zbuf, &zn);
    CHECK_EQ(gw_z_inflate_feed(&zi, zbuf, zn - 5, jbuf, sizeof jbuf, &jn, &done), GW_Z_OK);
    CHECK(!done);
    /* bad arguments */
    CHECK_EQ(gw_z_inflate_feed(NULL, zbuf, 1, jbuf, sizeof jbuf, &jn, &done), GW_Z_ERR_ARG);
    CHECK_EQ(gw_z_deflate_message(&zd, NULL, 3, zbuf, sizeof zbuf, &zn), GW_Z_ERR_ARG);
    gw_z_deflate_end(&zd);
    gw_z_inflate_end(&zi);
    CHECK_EQ(gw_z_inflate_reset(&zi), GW_Z_ERR_ARG); /* ended context */
}

/* One-message payloads: complete zlib streams, on their own contexts, no allocation. */
static void test_single_message(void)
{
    static gw_z_inflater zi;
    static gw_z_deflater zd;
    char small[8];
    size_t zn, jn, k;
    unsigned i, bad = 0;
    unsigned long before;
    CHECK_EQ(gw_z_inflate_init(&zi, NULL, NULL, NULL), GW_Z_OK);
    CHECK_EQ(gw_z_deflate_init(&zd, 9, NULL, NULL, NULL), GW_Z_OK);
    before = t_allocs();
    for (i = 0; i < CORPUS; i++) {
        if (gw_z_compress_message(&zd, corpus[i], corpus_len[i], zbuf, sizeof zbuf, &zn) != GW_Z_OK) { bad++; continue; }
        if (gw_z_uncompress_message(&zi, zbuf, zn, jbuf, sizeof jbuf, &jn) != GW_Z_OK || !same_message(i, jbuf, jn)) bad++;
    }
    CHECK_EQ(bad, 0);
    CHECK_EQ(t_allocs() - before, 0);
    /* zlib's own format: a payload from compress2 of libz inflates */
    {
        static unsigned char ref[4096];
        uLongf rn = sizeof ref;
        CHECK_EQ(compress2(ref, &rn, (const Bytef *)corpus[5], (uLong)corpus_len[5], 6), Z_OK);
        CHECK_EQ(gw_z_uncompress_message(&zi, ref, rn, jbuf, sizeof jbuf, &jn), GW_Z_OK);
        CHECK(same_message(5, jbuf, jn));
        /* and ours uncompresses with libz */
        CHECK_EQ(gw_z_compress_message(&zd, corpus[5], corpus_len[5], zbuf, sizeof zbuf, &zn), GW_Z_OK);
        rn = sizeof ref;
        CHECK_EQ(uncompress(ref, &rn, zbuf, (uLong)zn), Z_OK);
        CHECK(rn == corpus_len[5] && memcmp(ref, corpus[5], rn) == 0);
    }
    /* truncated at every length: TRUNCATED (or DATA once the checksum is cut) */
    gw_z_compress_message(&zd, corpus[0], corpus_len[0], zbuf, sizeof zbuf, &zn);
    for (k = 0; k < zn; k++) {
        gw_z_err r = gw_z_uncompress_message(&zi, zbuf, k, jbuf, sizeof jbuf, &jn);
        if (r != GW_Z_ERR_TRUNCATED) bad++;
    }
    CHECK_EQ(bad, 0);
    /* trailing bytes, wrong checksum */
    zbuf[zn] = 'x';
    CHECK_EQ(gw_z_uncompress_message(&zi, zbuf, zn + 1, jbuf, sizeof jbuf, &jn), GW_Z_ERR_DATA);
    zbuf[zn - 1] ^= 1;
    CHECK_EQ(gw_z_uncompress_message(&zi, zbuf, zn, jbuf, sizeof jbuf, &jn), GW_Z_ERR_DATA);
    zbuf[zn - 1] ^= 1;
    /* too small: the size needed */
    CHECK_EQ(gw_z_uncompress_message(&zi, zbuf, zn, small, sizeof small, &jn), GW_Z_ERR_BUFFER);
    CHECK_EQ(jn, corpus_len[0]);
    CHECK_EQ(gw_z_compress_message(&zd, corpus[0], corpus_len[0], small, sizeof small, &jn), GW_Z_ERR_BUFFER);
    CHECK(jn >= zn);
    CHECK_EQ(gw_z_compress_message(&zd, corpus[0], corpus_len[0], zbuf, jn, &zn), GW_Z_OK);
    CHECK_EQ(gw_z_uncompress_message(&zi, zbuf, zn, jbuf, sizeof jbuf, &jn), GW_Z_OK);
    CHECK(same_message(0, jbuf, jn));
    CHECK_EQ(t_allocs() - before, 0);
    gw_z_deflate_end(&zd);
    gw_z_inflate_end(&zi);
}

/* A small-input bomb with a small buffer is counted, not written, and stays bounded. */
static void test_large_message(void)
{
    static gw_z_inflater zi;
    static gw_z_deflater zd;
    static char big[300000];
    size_t zn, jn;
    int done;
    memset(big, 'a', sizeof big);
    CHECK_EQ(gw_z_inflate_init(&zi, NULL, NULL, NULL), GW_Z_OK);
    CHECK_EQ(gw_z_deflate_init(&zd, -1, NULL, NULL, NULL), GW_Z_OK);
    CHECK_EQ(gw_z_deflate_message(&zd, big, sizeof big, zbuf, sizeof zbuf, &zn), GW_Z_OK);
    CHECK(zn < 2000);
    CHECK_EQ(gw_z_inflate_feed(&zi, zbuf, zn, jbuf, sizeof jbuf, &jn, &done), GW_Z_ERR_BUFFER);
    CHECK(done);
    CHECK_EQ(jn, sizeof big);
    CHECK_EQ(gw_z_deflate_message(&zd, corpus[4], corpus_len[4], zbuf, sizeof zbuf, &zn), GW_Z_OK);
    CHECK_EQ(gw_z_inflate_feed(&zi, zbuf, zn, jbuf, sizeof jbuf, &jn, &done), GW_Z_OK);
    CHECK(done && same_message(4, jbuf, jn));
    gw_z_deflate_end(&zd);
    gw_z_inflate_end(&zi);
}

int main(void)
{
    unsigned i;
    build_corpus();
    RUN(test_corpus_built);
    RUN(test_stream_round_trip);
    RUN(test_default_hooks);
    RUN(test_split_frames);
    RUN(test_small_buffer);
    RUN(test_corrupt);
    RUN(test_single_message);
    RUN(test_large_message);
    for (i = 0; i < CORPUS; i++) free(corpus[i]);
    return t_summary("zlib");
}
