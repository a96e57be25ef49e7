/* peer_yyjson.c - the yyjson peer of bench/bench.c (built by `make bench-peers` only when YYJSON_DIR
   names a folder holding yyjson.c and yyjson.h; default ../shared/peers/yyjson when it exists).
   yyjson is never copied into this project: the Makefile compiles $(YYJSON_DIR)/yyjson.c, unmodified,
   into build/yyjson.o with the C++ peers' optimisation flags (-O2 -g $(SIMDJSON_ARCH), as C, no
   yyjson option macros: yyjson's defaults, as a user who adds yyjson.c to a build gets them).

   What it does, exactly:
    * read: yyjson_read_opts(frame, flags 0) = strict RFC 8259 JSON (UTF-8 validated, no comments,
      no trailing commas, no Inf/NaN; numbers parsed: uint64/int64/double; strings unescaped, into
      the document). The document lives in a pool allocator (yyjson_alc_pool_init) over one caller
      buffer of yyjson_read_max_memory_usage(largest frame) bytes, set up once; yyjson_doc_free
      hands it back after each frame, so a frame costs no malloc.
        walk = 0: the root's type into *sum (parse only);
        walk = 1: then a full walk of every value, as the RapidJSON and simdjson DOM walks do: keys'
                  and strings' lengths, every number's value (a double's bits), every true, summed.
      yyjson's read does not check duplicate keys.
    * lookup: the read, then one yyjson_obj_get of the root's opcode key (key: "op", "f" or "type")
      and its value into *sum: what a router does with a heartbeat (the bench's heartbeat rows).
    * write: yyjson_write_buf / yyjson_mut_write_buf (flags 0: minified, UTF-8 written as is, '/' not
      escaped) of a document built before timing: the immutable document read from gw_encode's own
      output for the same message (yyjson's fastest writer), or a mutable copy of it
      (yyjson_doc_mut_copy: what a program that builds a message with yyjson_mut_* would hold).
      The output goes into a caller buffer: no allocation while timed. */
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wsign-conversion"
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wpedantic"
#endif
#include <yyjson.h>
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#ifdef __cplusplus
extern "C" {
#endif
int peer_yyjson_init(size_t max_len);
int peer_yyjson_read(const char *buf, size_t len, int walk, uint64_t *sum);
int peer_yyjson_lookup(const char *buf, size_t len, const char *key, uint64_t *sum);
void *peer_yyjson_doc(const char *json, size_t len, int mut);
size_t peer_yyjson_write(const void *doc, int mut, char *out, size_t cap);
const char *peer_yyjson_version(void);
#ifdef __cplusplus
}
#endif

static yyjson_alc pool;
static void *pool_buf;

static void walk(yyjson_val *v, uint64_t *sum)
{
    switch (yyjson_get_type(v)) {
    case YYJSON_TYPE_OBJ: {
        size_t idx, max;
        yyjson_val *k, *x;
        yyjson_obj_foreach(v, idx, max, k, x) {
            *sum += yyjson_get_len(k);
            walk(x, sum);
        }
        break;
    }
    case YYJSON_TYPE_ARR: {
        size_t idx, max;
        yyjson_val *x;
        yyjson_arr_foreach(v, idx, max, x) walk(x, sum);
        break;
    }
    case YYJSON_TYPE_STR: *sum += yyjson_get_len(v); break;
    case YYJSON_TYPE_NUM:
        switch (yyjson_get_subtype(v)) {
        case YYJSON_SUBTYPE_UINT: *sum += yyjson_get_uint(v); break;
        case YYJSON_SUBTYPE_SINT: *sum += (uint64_t)yyjson_get_sint(v); break;
        default: {
            double d = yyjson_get_real(v);
            uint64_t b;
            memcpy(&b, &d, sizeof b);
            *sum += b;
            break;
        }
        }
        break;
    case YYJSON_TYPE_BOOL: *sum += yyjson_get_bool(v) ? 1u : 0u; break;
    default: break; /* null */
    }
}

/* The pool for any frame up to max_len bytes; call once before any read. Returns 0 on success. */
int peer_yyjson_init(size_t max_len)
{
    size_t n = yyjson_read_max_memory_usage(max_len, 0);
    if (pool_buf) return 0;
    if (!n || !(pool_buf = malloc(n))) return 1;
    return yyjson_alc_pool_init(&pool, pool_buf, n) ? 0 : 1;
}

/* Returns 0 on success. */
int peer_yyjson_read(const char *buf, size_t len, int do_walk, uint64_t *sum)
{
    /* without YYJSON_READ_INSITU yyjson does not write to its input (the cast is its API's) */
    yyjson_doc *doc = yyjson_read_opts((char *)(uintptr_t)buf, len, 0, &pool, NULL);
    if (!doc) return 1;
    if (do_walk) walk(yyjson_doc_get_root(doc), sum);
    else *sum += yyjson_get_type(yyjson_doc_get_root(doc));
    yyjson_doc_free(doc);
    return 0;
}

/* Returns 0 on success (the key may be absent: then its type, none, is summed). */
int peer_yyjson_lookup(const char *buf, size_t len, const char *key, uint64_t *sum)
{
    yyjson_doc *doc = yyjson_read_opts((char *)(uintptr_t)buf, len, 0, &pool, NULL);
    yyjson_val *v;
    if (!doc) return 1;
    v = yyjson_obj_get(yyjson_doc_get_root(doc), key);
    *sum += yyjson_is_str(v) ? yyjson_get_len(v) : yyjson_get_uint(v) + yyjson_get_type(v);
    yyjson_doc_free(doc);
    return 0;
}

/* A document for the write rows, with yyjson's default allocator (setup, not timed): the
   immutable document read from json, or (mut) a mutable copy of it. NULL on failure. */
void *peer_yyjson_doc(const char *json, size_t len, int mut)
{
    yyjson_doc *doc = yyjson_read_opts((char *)(uintptr_t)json, len, 0, NULL, NULL);
    yyjson_mut_doc *m;
    if (!doc || !mut) return doc;
    m = yyjson_doc_mut_copy(doc, NULL);
    yyjson_doc_free(doc);
    return m;
}

/* Bytes written into out[0..cap), or 0 on failure. */
size_t peer_yyjson_write(const void *doc, int mut, char *out, size_t cap)
{
    if (mut) return yyjson_mut_write_buf(out, cap, (const yyjson_mut_doc *)doc, 0, NULL);
    return yyjson_write_buf(out, cap, (const yyjson_doc *)doc, 0, NULL);
}

const char *peer_yyjson_version(void) { return YYJSON_VERSION_STRING; }
