/* ---- optional zlib transport (compiled only with -DGATEWAY_ZLIB; link with -lz) ------------ */
/* Two framings, both with caller-owned buffers:
   STREAM   one zlib stream per connection, each message ending at a sync flush (00 00 ff ff):
            gw_z_inflate_feed (a message may arrive in several frames) / gw_z_deflate_message.
   MESSAGE  each payload a complete zlib stream of its own (header, data, adler-32):
            gw_z_uncompress_message / gw_z_compress_message, on a context of their own.
   zlib allocates its state once, in *_init, through the hooks given there (NULL: malloc/free);
   feeding, deflating, resetting and the one-message calls allocate nothing afterwards. A context
   must stay at the same address from init to end (zlib keeps a pointer to it).

       gw_z_inflater zi;                      // one per connection
       gw_z_inflate_init(&zi, NULL, NULL, NULL);
       on frame: size_t n; int done;
           gw_z_err r = gw_z_inflate_feed(&zi, frame, len, json, sizeof json, &n, &done);
           if (r == GW_Z_OK && done) gw_ms_decode(json, n, ...);      // a whole message
           else if (r != GW_Z_OK && r != GW_Z_ERR_BUFFER) close the connection;
       gw_z_inflate_end(&zi);
*/
#ifndef GW__PART_IMPL
#ifdef __cplusplus
}
#endif
#include <zlib.h>
#ifdef __cplusplus
extern "C" {
#endif

typedef enum gw_z_err {
    GW_Z_OK = 0,
    GW_Z_ERR_ARG,       /* a NULL pointer, or a context that was not initialised */
    GW_Z_ERR_MEMORY,    /* init: the allocator failed */
    GW_Z_ERR_BUFFER,    /* output too small; *outlen = a size that suffices (see each call) */
    GW_Z_ERR_DATA,      /* not a valid zlib stream (bad header, corrupt data, bad checksum, bytes after the end) */
    GW_Z_ERR_TRUNCATED, /* gw_z_uncompress_message: the input ended before the stream did */
    GW_Z_ERR_STATE,     /* the context failed earlier: call gw_z_inflate_reset / gw_z_deflate_reset */
    GW_Z_ERR_ZLIB,      /* any other zlib failure (e.g. an incompatible libz) */
    GW_Z_ERR_COUNT_
} gw_z_err;

/* Allocator hooks: return n bytes (NULL on failure) / release p. opaque is passed through. */
typedef void *(*gw_z_alloc_fn)(void *opaque, size_t n);
typedef void (*gw_z_free_fn)(void *opaque, void *p);

typedef struct gw_z_inflater {
    z_stream s;
    gw_z_alloc_fn alloc;
    gw_z_free_fn free_fn;
    void *opaque;
    size_t have;             /* bytes of the current message so far (written, or counted when too big) */
    unsigned char tail[4];   /* last input bytes seen, to find 00 00 ff ff across frame boundaries */
    unsigned tail_len;
    int state;               /* internal: GW__Z_* */
} gw_z_inflater;

typedef struct gw_z_deflater {
    z_stream s;
    gw_z_alloc_fn alloc;
    gw_z_free_fn free_fn;
    void *opaque;
    int state;
} gw_z_deflater;

GW_DEF const char *gw_z_strerror(gw_z_err code);

/* Inflate side. alloc/free may be NULL (then malloc/free); both or neither. */
GW_DEF gw_z_err gw_z_inflate_init(gw_z_inflater *z, gw_z_alloc_fn alloc, gw_z_free_fn free_fn, void *opaque);
/* Feed one WebSocket frame of a sync-flushed stream. Pass the same out/cap for every frame of a
   message: output accumulates there. *outlen = bytes of the message so far; *complete = 1 when
   the input seen so far ends with 00 00 ff ff (or the stream ended): out then holds the whole
   message and the next frame starts a new one.
   GW_Z_ERR_BUFFER: the message does not fit in cap. The stream stays in step: keep feeding the
   message's frames (each returns GW_Z_ERR_BUFFER); when *complete is set, *outlen is the whole
   message's size. The message is lost; the following ones decode normally.
   GW_Z_ERR_DATA: corrupt stream; later calls return GW_Z_ERR_STATE until gw_z_inflate_reset. */
GW_DEF gw_z_err gw_z_inflate_feed(gw_z_inflater *z, const void *frame, size_t n, void *out, size_t cap,
                                  size_t *outlen, int *complete);
/* Start a new stream (a new connection) on the same context; allocates nothing. */
GW_DEF gw_z_err gw_z_inflate_reset(gw_z_inflater *z);
GW_DEF void gw_z_inflate_end(gw_z_inflater *z);

/* Deflate side. level: 0-9 or -1 (Z_DEFAULT_COMPRESSION). */
GW_DEF gw_z_err gw_z_deflate_init(gw_z_deflater *z, int level, gw_z_alloc_fn alloc, gw_z_free_fn free_fn, void *opaque);
/* Compress one message onto the stream and sync-flush it: out ends with 00 00 ff ff. Needs
   cap >= gw_z_deflate_bound(z, n); else GW_Z_ERR_BUFFER with *outlen = that bound, nothing
   consumed, the stream unchanged. */
GW_DEF gw_z_err gw_z_deflate_message(gw_z_deflater *z, const void *in, size_t n, void *out, size_t cap, size_t *outlen);
/* A size of out that always suffices for n input bytes (0 on a bad context). */
GW_DEF size_t gw_z_deflate_bound(gw_z_deflater *z, size_t n);
GW_DEF gw_z_err gw_z_deflate_reset(gw_z_deflater *z);
GW_DEF void gw_z_deflate_end(gw_z_deflater *z);

/* One-message payloads (a complete zlib stream each). z is a context used for nothing else: it is
   reset before and after. uncompress: GW_Z_ERR_BUFFER sets *outlen to the inflated size when the
   stream is valid; GW_Z_ERR_TRUNCATED when it stops early. compress: GW_Z_ERR_BUFFER sets *outlen
   to gw_z_deflate_bound(z, n). */
GW_DEF gw_z_err gw_z_uncompress_message(gw_z_inflater *z, const void *in, size_t n, void *out, size_t cap, size_t *outlen);
GW_DEF gw_z_err gw_z_compress_message(gw_z_deflater *z, const void *in, size_t n, void *out, size_t cap, size_t *outlen);

#else /* GW__PART_IMPL */

#ifdef __cplusplus
}
#endif
#include <stdlib.h>
#ifdef __cplusplus
extern "C" {
#endif

enum { GW__Z_NONE = 0, GW__Z_READY = 0x5a31, GW__Z_FAILED, GW__Z_OVERFLOW, GW__Z_ENDED };

GW_DEF const char *gw_z_strerror(gw_z_err code)
{
    static const char *const names[GW_Z_ERR_COUNT_] = {
        "ok", "bad argument or uninitialised context", "out of memory", "output buffer too small",
        "corrupt zlib data", "zlib data truncated", "context failed earlier; reset it", "zlib error"
    };
    return (unsigned)code < (unsigned)GW_Z_ERR_COUNT_ ? names[code] : "unknown error";
}

/* zlib's hooks; opaque is our context (its first member is the z_stream, so either works). */
static voidpf gw__z_alloc_inflate(voidpf opaque, uInt items, uInt size)
{
    gw_z_inflater *z = (gw_z_inflater *)opaque;
    size_t n = (size_t)items * size;
    return z->alloc ? z->alloc(z->opaque, n) : malloc(n);
}
static void gw__z_free_inflate(voidpf opaque, voidpf p)
{
    gw_z_inflater *z = (gw_z_inflater *)opaque;
    if (z->free_fn) z->free_fn(z->opaque, p); else free(p);
}
static voidpf gw__z_alloc_deflate(voidpf opaque, uInt items, uInt size)
{
    gw_z_deflater *z = (gw_z_deflater *)opaque;
    size_t n = (size_t)items * size;
    return z->alloc ? z->alloc(z->opaque, n) : malloc(n);
}
static void gw__z_free_deflate(voidpf opaque, voidpf p)
{
    gw_z_deflater *z = (gw_z_deflater *)opaque;
    if (z->free_fn) z->free_fn(z->opaque, p); else free(p);
}

static gw_z_err gw__z_code(int zr)
{
    switch (zr) {
    case Z_DATA_ERROR: case Z_NEED_DICT: return GW_Z_ERR_DATA;
    case Z_MEM_ERROR: return GW_Z_ERR_MEMORY;
    default: return GW_Z_ERR_ZLIB;
    }
}

static uInt gw__z_chunk(size_t n) { return n > (size_t)0x40000000u ? 0x40000000u : (uInt)n; }

GW_DEF gw_z_err gw_z_inflate_init(gw_z_inflater *z, gw_z_alloc_fn alloc, gw_z_free_fn free_fn, void *opaque)
{
    /* A tiny stream (header + a 1-byte stored block) inflated once now, so that zlib allocates
       its 32 KiB window here rather than on the first message. */
    static const unsigned char prime[] = { 0x78, 0x01, 0x00, 0x01, 0x00, 0xfe, 0xff, 0x7b };
    unsigned char sink[4];
    int zr;
    if (!z || (!alloc) != (!free_fn)) return GW_Z_ERR_ARG;
    memset(z, 0, sizeof *z);
    z->alloc = alloc;
    z->free_fn = free_fn;
    z->opaque = opaque;
    z->s.zalloc = gw__z_alloc_inflate;
    z->s.zfree = gw__z_free_inflate;
    z->s.opaque = z;
    zr = inflateInit(&z->s);
    if (zr != Z_OK) { memset(z, 0, sizeof *z); return gw__z_code(zr); }
    z->s.next_in = (z_const Bytef *)prime;
    z->s.avail_in = (uInt)sizeof prime;
    z->s.next_out = sink;
    z->s.avail_out = (uInt)sizeof sink;
    zr = inflate(&z->s, Z_SYNC_FLUSH);
    if (zr != Z_OK || inflateReset(&z->s) != Z_OK) {
        inflateEnd(&z->s);
        memset(z, 0, sizeof *z);
        return zr == Z_MEM_ERROR ? GW_Z_ERR_MEMORY : GW_Z_ERR_ZLIB;
    }
    z->state = GW__Z_READY;
    return GW_Z_OK;
}

static int gw__z_inflate_ok(const gw_z_inflater *z)
{
    return z && (z->state == GW__Z_READY || z->state == GW__Z_FAILED || z->state == GW__Z_OVERFLOW ||
                 z->state == GW__Z_ENDED);
}

GW_DEF gw_z_err gw_z_inflate_reset(gw_z_inflater *z)
{
    if (!gw__z_inflate_ok(z)) return GW_Z_ERR_ARG;
    if (inflateReset(&z->s) != Z_OK) { z->state = GW__Z_FAILED; return GW_Z_ERR_ZLIB; }
    z->have = 0;
    z->tail_len = 0;
    z->state = GW__Z_READY;
    return GW_Z_OK;
}

GW_DEF void gw_z_inflate_end(gw_z_inflater *z)
{
    if (!gw__z_inflate_ok(z)) return;
    inflateEnd(&z->s);
    memset(z, 0, sizeof *z);
}

/* Remember the last 4 input bytes; 1 when they are 00 00 ff ff. */
static int gw__z_track_tail(gw_z_inflater *z, const unsigned char *p, size_t n)
{
    size_t i;
    if (n >= 4) { memcpy(z->tail, p + n - 4, 4); z->tail_len = 4; }
    else for (i = 0; i < n; i++) {
        if (z->tail_len == 4) { memmove(z->tail, z->tail + 1, 3); z->tail_len = 3; }
        z->tail[z->tail_len++] = p[i];
    }
    return z->tail_len == 4 && z->tail[0] == 0 && z->tail[1] == 0 && z->tail[2] == 0xff && z->tail[3] == 0xff;
}

/* Inflate all of in[0..n) into out + z->have (cap total), or count it past cap (overflow mode).
   Returns a zlib code: Z_OK (input used up), Z_STREAM_END, or an error; *left = unused input. */
static int gw__z_inflate_run(gw_z_inflater *z, const unsigned char *in, size_t n, unsigned char *out,
                             size_t cap, size_t *left)
{
    unsigned char sink[1024];
    int zr;
    for (;;) {
        uInt chunk = gw__z_chunk(n), avail, used, made;
        int discard = z->state == GW__Z_OVERFLOW || z->have >= cap;
        z->s.next_in = (z_const Bytef *)in;
        z->s.avail_in = chunk;
        if (discard) {
            z->s.next_out = sink;
            avail = (uInt)sizeof sink;
        } else {
            z->s.next_out = out + z->have;
            avail = gw__z_chunk(cap - z->have);
        }
        z->s.avail_out = avail;
        zr = inflate(&z->s, Z_SYNC_FLUSH);
        used = chunk - z->s.avail_in;
        made = avail - z->s.avail_out;
        in += used;
        n -= used;
        z->have += made;
        if (discard && made) z->state = GW__Z_OVERFLOW; /* more output than fits in cap */
        if (zr == Z_STREAM_END) break;
        if (zr == Z_BUF_ERROR) zr = Z_OK; /* no progress possible this round: not an error */
        if (zr != Z_OK) break;
        if (z->s.avail_out != 0 && n == 0) break; /* input used up, output all out */
        if (!used && !made) break;                /* stuck: cannot happen, but never spin */
    }
    *left = n;
    return zr;
}

GW_DEF gw_z_err gw_z_inflate_feed(gw_z_inflater *z, const void *frame, size_t n, void *out, size_t cap,
                                  size_t *outlen, int *complete)
{
    size_t left = 0;
    int zr, done;
    if (outlen) *outlen = 0;
    if (complete) *complete = 0;
    if (!gw__z_inflate_ok(z) || (!frame && n) || !out || !outlen || !complete) return GW_Z_ERR_ARG;
    if (z->state == GW__Z_FAILED) return GW_Z_ERR_STATE;
    if (z->state == GW__Z_ENDED && gw_z_inflate_reset(z) != GW_Z_OK) return GW_Z_ERR_ZLIB;
    zr = gw__z_inflate_run(z, (const unsigned char *)frame, n, (unsigned char *)out, cap, &left);
    if (zr != Z_OK && zr != Z_STREAM_END) { z->state = GW__Z_FAILED; return gw__z_code(zr); }
    if (zr == Z_STREAM_END && left) { z->state = GW__Z_FAILED; return GW_Z_ERR_DATA; } /* bytes after the end */
    done = gw__z_track_tail(z, (const unsigned char *)frame, n) || zr == Z_STREAM_END;
    *outlen = z->have;
    if (done) {
        int overflow = z->state == GW__Z_OVERFLOW;
        *complete = 1;
        z->have = 0;
        z->tail_len = 0;
        z->state = zr == Z_STREAM_END ? GW__Z_ENDED : GW__Z_READY;
        if (!overflow && *outlen < cap) ((unsigned char *)out)[*outlen] = 0; /* NUL when it fits */
        return overflow ? GW_Z_ERR_BUFFER : GW_Z_OK;
    }
    return z->state == GW__Z_OVERFLOW ? GW_Z_ERR_BUFFER : GW_Z_OK;
}

GW_DEF gw_z_err gw_z_uncompress_message(gw_z_inflater *z, const void *in, size_t n, void *out, size_t cap, size_t *outlen)
{
    size_t left = 0;
    int zr, overflow;
    if (outlen) *outlen = 0;
    if (!gw__z_inflate_ok(z) || (!in && n) || !out || !outlen) return GW_Z_ERR_ARG;
    if (gw_z_inflate_reset(z) != GW_Z_OK) return GW_Z_ERR_ZLIB;
    zr = gw__z_inflate_run(z, (const unsigned char *)in, n, (unsigned char *)out, cap, &left);
    overflow = z->state == GW__Z_OVERFLOW;
    *outlen = z->have;
    gw_z_inflate_reset(z);
    if (zr == Z_OK) { *outlen = 0; return GW_Z_ERR_TRUNCATED; }
    if (zr != Z_STREAM_END) { *outlen = 0; return gw__z_code(zr); }
    if (left) { *outlen = 0; return GW_Z_ERR_DATA; }
    if (overflow) return GW_Z_ERR_BUFFER;
    if (*outlen < cap) ((unsigned char *)out)[*outlen] = 0;
    return GW_Z_OK;
}

GW_DEF gw_z_err gw_z_deflate_init(gw_z_deflater *z, int level, gw_z_alloc_fn alloc, gw_z_free_fn free_fn, void *opaque)
{
    int zr;
    if (!z || (!alloc) != (!free_fn) || level < -1 || level > 9) return GW_Z_ERR_ARG;
    memset(z, 0, sizeof *z);
    z->alloc = alloc;
    z->free_fn = free_fn;
    z->opaque = opaque;
    z->s.zalloc = gw__z_alloc_deflate;
    z->s.zfree = gw__z_free_deflate;
    z->s.opaque = z;
    zr = deflateInit(&z->s, level); /* allocates window, hash chains and pending buffer: all of it */
    if (zr != Z_OK) { memset(z, 0, sizeof *z); return zr == Z_MEM_ERROR ? GW_Z_ERR_MEMORY : GW_Z_ERR_ZLIB; }
    z->state = GW__Z_READY;
    return GW_Z_OK;
}

static int gw__z_deflate_ok(const gw_z_deflater *z)
{
    return z && (z->state == GW__Z_READY || z->state == GW__Z_FAILED);
}

GW_DEF size_t gw_z_deflate_bound(gw_z_deflater *z, size_t n)
{
    size_t b = 0, rest = n;
    if (!gw__z_deflate_ok(z)) return 0;
    do { /* deflateBound takes a uLong; count each chunk's worst case */
        uInt c = gw__z_chunk(rest);
        b += (size_t)deflateBound(&z->s, c);
        rest -= c;
    } while (rest);
    return b + 12; /* + the sync flush's empty stored block (up to 5 bytes) and slack */
}

GW_DEF gw_z_err gw_z_deflate_reset(gw_z_deflater *z)
{
    if (!gw__z_deflate_ok(z)) return GW_Z_ERR_ARG;
    if (deflateReset(&z->s) != Z_OK) { z->state = GW__Z_FAILED; return GW_Z_ERR_ZLIB; }
    z->state = GW__Z_READY;
    return GW_Z_OK;
}

GW_DEF void gw_z_deflate_end(gw_z_deflater *z)
{
    if (!gw__z_deflate_ok(z)) return;
    deflateEnd(&z->s);
    memset(z, 0, sizeof *z);
}

/* Deflate all of in, then `flush`; 1 when every byte of output fitted in out. */
static int gw__z_deflate_run(gw_z_deflater *z, const unsigned char *in, size_t n, unsigned char *out,
                             size_t cap, int flush, size_t *outlen)
{
    size_t used = 0;
    for (;;) {
        uInt chunk = gw__z_chunk(n), avail = gw__z_chunk(cap - used);
        int last = chunk == n, zr;
        z->s.next_in = (z_const Bytef *)in;
        z->s.avail_in = chunk;
        z->s.next_out = out + used;
        z->s.avail_out = avail;
        zr = deflate(&z->s, last ? flush : Z_NO_FLUSH);
        in += chunk - z->s.avail_in;
        n -= chunk - z->s.avail_in;
        used += avail - z->s.avail_out;
        *outlen = used;
        if (zr != Z_OK && zr != Z_STREAM_END && zr != Z_BUF_ERROR) return 0;
        if (zr == Z_STREAM_END) return 1;
        if (last && n == 0 && flush != Z_FINISH && z->s.avail_out != 0) return 1;
        if (used == cap) return 0; /* output full with more to come (or, at worst, unknowable) */
    }
}

GW_DEF gw_z_err gw_z_deflate_message(gw_z_deflater *z, const void *in, size_t n, void *out, size_t cap, size_t *outlen)
{
    size_t need;
    if (outlen) *outlen = 0;
    if (!gw__z_deflate_ok(z) || (!in && n) || !out || !outlen) return GW_Z_ERR_ARG;
    if (z->state == GW__Z_FAILED) return GW_Z_ERR_STATE;
    need = gw_z_deflate_bound(z, n);
    if (cap < need) { *outlen = need; return GW_Z_ERR_BUFFER; }
    if (!gw__z_deflate_run(z, (const unsigned char *)in, n, (unsigned char *)out, cap, Z_SYNC_FLUSH, outlen)) {
        z->state = GW__Z_FAILED; /* cannot happen within the bound; the stream is out of step now */
        *outlen = 0;
        return GW_Z_ERR_ZLIB;
    }
    return GW_Z_OK;
}

GW_DEF gw_z_err gw_z_compress_message(gw_z_deflater *z, const void *in, size_t n, void *out, size_t cap, size_t *outlen)
{
    int ok;
    if (outlen) *outlen = 0;
    if (!gw__z_deflate_ok(z) || (!in && n) || !out || !outlen) return GW_Z_ERR_ARG;
    if (gw_z_deflate_reset(z) != GW_Z_OK) return GW_Z_ERR_ZLIB;
    ok = gw__z_deflate_run(z, (const unsigned char *)in, n, (unsigned char *)out, cap, Z_FINISH, outlen);
    if (gw_z_deflate_reset(z) != GW_Z_OK) return GW_Z_ERR_ZLIB;
    if (!ok) { *outlen = gw_z_deflate_bound(z, n); return GW_Z_ERR_BUFFER; }
    return GW_Z_OK;
}

#endif /* GW__PART_IMPL */
