/* gateway.h - strict, zero-allocation encode/decode of five WebSocket gateway protocols.  MIT, see end.

   Built on gateway_json.h (keep both headers side by side). libc only. PROTOCOLS.md is the spec;
   each protocol's section below follows it in order.

   USAGE
     In exactly one C or C++ file:
         #define GATEWAY_IMPLEMENTATION
         #include "gateway.h"
     Everywhere else just #include "gateway.h".

   QUICK START (a dmod client receiving a frame)
         static unsigned char scratch[64 * 1024];        // tokens + decoded arrays live here
         gw_dmod_msg m;
         gw_error e;
         if (gw_dmod_decode(frame, frame_len, GW_FROM_SERVER, &m, scratch, sizeof scratch, &e) != GW_OK) {
             fprintf(stderr, "%zu: %s: %s\n", e.offset, e.path, gw_strerror(e.code));
             return;
         }
         if (m.kind == GW_DMOD_HEARTBEAT) {
             gw_dmod_msg back;
             char out[64]; size_t n;
             memset(&back, 0, sizeof back);
             back.kind = GW_DMOD_HEARTBEAT_BACK;
             if (gw_dmod_encode(&back, out, sizeof out, &n, &e) == GW_OK) ws_send(out, n);
         }

   PROTOCOLS (prefix: gw_<p>_decode / gw_<p>_encode / gw_<p>_equal, message struct gw_<p>_msg)
     sm     shard-master gateway        i386   i386chat gateway       ms     microservice gateway
     ng     Nightingale voice server    dmod   dmod gateway
   Generic entry points take a gw_proto (GW_PROTO_SM ...) and a void * message: gw_decode,
   gw_encode, gw_equal, gw_proto_name, gw_proto_find.

   DECODE  gw_<p>_decode(buf, len, from, &msg, scratch, scratch_size, &err)
     `from` says who sent the frame (GW_FROM_CLIENT or GW_FROM_SERVER); a message of the other
     direction is GW_ERR_DIRECTION. Strings in the result are views into buf (gw_str: unescape on
     demand with gw_str_unescape); arrays point into scratch. Keep buf and scratch alive while
     you use the message. Nothing is allocated. On any error the message is zeroed (kind 0 =
     GW_KIND_NONE), err holds code, byte offset, JSON error (GW_ERR_JSON) and the path of the
     field ("d.ids.guild", "d.roles[3].id"). GW_ERR_SCRATCH sets err.needed to a size that
     suffices.
   ENCODE  gw_<p>_encode(&msg, out, cap, &len, &err)
     Canonical JSON: fixed key order (the spec's), no spaces. snprintf semantics: never writes
     past cap; GW_ERR_BUFFER sets err.needed (bytes incl. the NUL). A message that would not decode
     (bad kind, invalid UTF-8, a string that is not the required format...) is GW_ERR_INVALID, and
     out is left "" on every error.
   EQUAL   gw_<p>_equal(&a, &b): 1 when the two messages mean the same (strings compared after
     unescaping), the property decode(encode(m)) == m is checked with it.

   PEEK    gw_<p>_peek(buf, len, from, &env, scratch, scratch_size, &err), gw_peek(proto, ...)
     Reads only the envelope, for routing before (or instead of) a full decode: tokenizes into
     scratch (tokens only) and runs the decoder's own dispatch, so gw_envelope.kind is the kind
     gw_<p>_decode gives whenever the body is valid too (decode-only aliases such as i386 `e`,
     dmod `ev`, the Nightingale track wrapper give the same kind). Also: op (number; op_name for
     Nightingale), name (the event/command/type string that selected the kind) and i386chat `s`
     (has_seq/seq, when a valid uint32). A malformed envelope (size cap, invalid JSON, top level
     not an object, op missing/ill-typed/unknown, name missing/ill-typed/unknown, wrong direction)
     gives exactly decode's error (code, offset, path). Body errors are not seen: decode later.
   SESSION (parts/session.h) sans-IO checker of one connection, one side; fixed-size gw_session,
     no allocation, no clock (pass a monotonic now_ms):
         gw_<p>_session_init(&s, GW_SIDE_CLIENT or GW_SIDE_SERVER, now_ms);
         v = gw_<p>_session_on_recv(&s, &decoded_msg, now_ms);   // what the peer sent
         v = gw_<p>_session_on_send(&s, &msg, now_ms);           // what this side sends
         v = gw_<p>_session_poll(&s, now_ms);                    // timers; by v.next_deadline_ms
         v = gw_<p>_session_on_error(&s, &decode_err, now_ms);   // a received frame that failed
     v.action: GW_VERDICT_OK (= GW_OK_CONTINUE); GW_SEND_HEARTBEAT (send the heartbeat, echo,
     ack or answer this side owes, now); GW_VIOLATION or GW_TIMEOUT: close with v.close_code
     (PROTOCOLS.md's code, e.g. i386chat 4005/4004/4001, microservice 4000/4002/4003/4006/4007;
     1002 for order errors and 1008 for timeouts where the protocol has none, 1009 too large),
     v.reason says why. A violation or timeout is final: later calls return it again.
     Checked: handshake order (i386chat 100 → 110 → 140; microservice hello → identify →
     IDENTIFIED, only ops 0/1 before identify; dmod 0 → 1 → 2; Nightingale ready first;
     shard-master register or resume before anything else), acks only for sent heartbeats,
     dmod op 4 only for op 3, dmod responses only for sent commands, i386chat `s` strictly
     increasing per sender. Timers (interval from the decoded hello: hb_int,
     heartbeatInterval): a client heartbeat is due `interval` after the last (i386chat from
     READY, microservice from hello), its ack must arrive before the next is due; a server
     times out a client silent for 2 * interval. dmod and shard-master publish no interval:
     no timers there.

   OPTIONS: everything of gateway_json.h (GJ_MAX_DEPTH, GJ_ASSERT), and GATEWAY_STATIC.
*/
#ifndef GATEWAY_H
#define GATEWAY_H

#if defined(GATEWAY_STATIC) && !defined(GATEWAY_JSON_STATIC)
#define GATEWAY_JSON_STATIC
#endif
#include "gateway_json.h"

#include <stddef.h>
#include <stdint.h>
#ifndef __cplusplus
#include <stdbool.h>
#endif

#ifndef GW_DEF
#ifdef GATEWAY_STATIC
#define GW_DEF static
#else
#define GW_DEF extern
#endif
#endif

#ifdef __cplusplus
extern "C" {
#endif

typedef enum gw_err {
    GW_OK = 0,
    GW_ERR_JSON,          /* not valid JSON; gw_error.json says why */
    GW_ERR_DUPLICATE_KEY, /* a key twice in one object */
    GW_ERR_TOO_LARGE,     /* payload over the protocol's size cap */
    GW_ERR_TYPE,          /* a field has the wrong JSON type */
    GW_ERR_MISSING,       /* a required field is absent */
    GW_ERR_UNKNOWN_FIELD, /* a field the spec does not define */
    GW_ERR_RANGE,         /* integer out of range, or a number that is not an integer */
    GW_ERR_VALUE,         /* a string of the wrong format (snowflake, UUID, enum value) or wrong constant */
    GW_ERR_UNKNOWN_OP,    /* opcode the protocol does not define */
    GW_ERR_UNKNOWN_EVENT, /* event, command or type name the protocol does not define */
    GW_ERR_DIRECTION,     /* a message that this side never receives */
    GW_ERR_SCRATCH,       /* scratch buffer too small; gw_error.needed */
    GW_ERR_BUFFER,        /* encode output too small; gw_error.needed */
    GW_ERR_INVALID,       /* encode: the message would not decode */
    GW_ERR_ARG,           /* a NULL pointer or unknown protocol */
    GW_ERR_COUNT_
} gw_err;

typedef struct gw_error {
    gw_err code;
    gj_err json;      /* the JSON layer's code when code is GW_ERR_JSON or GW_ERR_DUPLICATE_KEY */
    size_t offset;    /* byte offset in the input (decode) */
    size_t needed;    /* GW_ERR_SCRATCH, GW_ERR_BUFFER: a size that suffices */
    char path[96];    /* field path, e.g. "d.ids.guild"; "" for the message itself */
} gw_error;

typedef enum gw_from { GW_FROM_CLIENT = 1, GW_FROM_SERVER = 2 } gw_from;

/* A string field: a view of the JSON text between the quotes. `escaped` says whether it holds
   backslash escapes; to build a message, point ptr/len at plain UTF-8 and leave escaped 0. */
typedef struct gw_str {
    const char *ptr;
    uint32_t len;
    uint32_t escaped;
} gw_str;

/* A JSON value the spec does not type, kept as validated text (a whole value: object, array...). */
typedef struct gw_raw {
    const char *ptr;
    uint32_t len;
} gw_raw;

/* Arrays: items live in the caller's scratch buffer after a decode. */
typedef struct gw_str_list { const gw_str *items; uint32_t count; } gw_str_list;
typedef struct gw_u64_list { const uint64_t *items; uint32_t count; } gw_u64_list;
typedef struct gw_u32_list { const uint32_t *items; uint32_t count; } gw_u32_list;
typedef struct gw_raw_list { const gw_raw *items; uint32_t count; } gw_raw_list;

GW_DEF const char *gw_strerror(gw_err code);
/* gw_str from a NUL-terminated C string (plain text, not escaped). */
GW_DEF gw_str gw_str_c(const char *s);
/* Unescaped text of s into out (NUL-terminated when it fits); *outlen = unescaped length.
   GW_ERR_BUFFER when cap <= that length. */
GW_DEF gw_err gw_str_unescape(gw_str s, char *out, size_t cap, size_t *outlen);
/* Does s, unescaped, equal the n bytes at lit? */
GW_DEF int gw_str_eq(gw_str s, const char *lit, size_t n);

/* The envelope of a message, read by gw_<p>_peek / gw_peek without decoding the body. */
typedef struct gw_envelope {
    int kind;              /* the gw_<p>_kind the full decoder gives when the body is valid too */
    const char *kind_name; /* e.g. "GW_DMOD_HEARTBEAT" */
    int64_t op;            /* numeric opcode: shard-master `type`, i386chat `f`, ms/dmod `op`; 0 for ng */
    gw_str op_name;        /* Nightingale's string `op`; empty for the others */
    gw_str name;           /* the name that selected the kind (i386 t/e, ms t or d.type, ng data.type,
                              dmod t/ev/cmd/d.for, sm event); ptr NULL when the kind has none */
    bool has_seq;          /* i386chat `s` on f=130, when present and a valid uint32 */
    uint32_t seq;
} gw_envelope;

/* The five protocols, each: kind enum, payload structs, message struct gw_<p>_msg. */
#define GW__DECLARE(p) \
    GW_DEF gw_err gw_##p##_peek(const char *buf, size_t len, gw_from from, gw_envelope *peek, \
                                void *scratch, size_t scratch_size, gw_error *err); \
    GW_DEF gw_err gw_##p##_decode(const char *buf, size_t len, gw_from from, gw_##p##_msg *out, \
                                  void *scratch, size_t scratch_size, gw_error *err); \
    GW_DEF gw_err gw_##p##_encode(const gw_##p##_msg *m, char *out, size_t cap, size_t *outlen, gw_error *err); \
    GW_DEF int gw_##p##_equal(const gw_##p##_msg *a, const gw_##p##_msg *b)

#include "parts/sm.h"
#include "parts/i386.h"
#include "parts/ms.h"
#include "parts/ng.h"
#include "parts/dmod.h"
#include "parts/session.h"
#ifdef GATEWAY_ZLIB
#include "parts/zlib.h"
#endif

/* ---- generic entry points, for tools that handle any protocol ---- */
typedef enum gw_proto {
    GW_PROTO_NONE = 0, GW_PROTO_SM, GW_PROTO_I386, GW_PROTO_MS, GW_PROTO_NG, GW_PROTO_DMOD, GW_PROTO_COUNT_
} gw_proto;

/* Big enough for any protocol's message. */
typedef union gw_any_msg {
    gw_sm_msg sm;
    gw_i386_msg i386;
    gw_ms_msg ms;
    gw_ng_msg ng;
    gw_dmod_msg dmod;
} gw_any_msg;

/* "shardmaster", "i386chat", "microservice", "nightingale", "dmod" (NULL if unknown) */
GW_DEF const char *gw_proto_name(gw_proto p);
GW_DEF gw_proto gw_proto_find(const char *name); /* GW_PROTO_NONE if unknown */
/* Name of a message kind, e.g. "GW_DMOD_HEARTBEAT" (NULL if unknown). */
GW_DEF const char *gw_kind_name(gw_proto p, int kind);
/* As gw_<p>_decode / _encode / _equal; msg points to that protocol's gw_<p>_msg (or a gw_any_msg). */
GW_DEF gw_err gw_decode(gw_proto p, const char *buf, size_t len, gw_from from, void *msg,
                        void *scratch, size_t scratch_size, gw_error *err);
GW_DEF gw_err gw_peek(gw_proto p, const char *buf, size_t len, gw_from from, gw_envelope *peek,
                          void *scratch, size_t scratch_size, gw_error *err);
GW_DEF gw_err gw_encode(gw_proto p, const void *msg, char *out, size_t cap, size_t *outlen, gw_error *err);
GW_DEF int gw_equal(gw_proto p, const void *a, const void *b);

#ifdef __cplusplus
}
#endif
#endif /* GATEWAY_H */

/* ============================================================================================ */
#if defined(GATEWAY_IMPLEMENTATION) && !defined(GATEWAY_IMPLEMENTATION_DONE)
#define GATEWAY_IMPLEMENTATION_DONE
#include <string.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif
/* ============================================================================================ */
/* Engine: every message is described by tables (field name, JSON kind, offset in its struct,
   required/optional/nullable); one generic decoder, encoder and comparer walk them. Reading a
   protocol's tables is reading its spec. Recursion follows the tables, never the input. */

enum gw__kind {
    GW__STR = 1,  /* gw_str */
    GW__SNOWFLAKE,/* uint64_t written as a JSON string of digits */
    GW__ID,       /* uint64_t: a JSON integer, or on decode also a string of digits */
    GW__U16, GW__U32, GW__U64, GW__I32, GW__I64,
    GW__BOOL,     /* bool */
    GW__OBJ,      /* nested struct, sub = schema */
    GW__ARR,      /* list {items, count}, sub = element descriptor, wrap = singleton wrapper levels */
    GW__RAW,      /* gw_raw: any JSON value, kept as text */
    GW__CONST_INT,/* must equal cval (opcodes) */
    GW__CONST_STR,/* must equal sub (event names) */
    GW__NULL,     /* must be null */
    GW__ENUM      /* int: index into the names at sub (cval of them), written as the name */
};
/* flags: OPT may be absent; NULLABLE may be null; ALT accepts the other form on decode (snowflake
   as an integer, id as a digit string); QUIET: an optional null the encoder leaves out (a NULL
   field, or an OPT|NULLABLE field whose has_ is false) */
enum { GW__OPT = 1, GW__NULLABLE = 2, GW__ALT = 4, GW__QUIET = 8 };
/* string formats (cval of a GW__STR field); integer fields use cval as their maximum when > 0 */
enum { GW__FMT_ANY = 0, GW__FMT_UUID, GW__FMT_DATETIME, GW__FMT_DIGITS4 };
#define GW__ANY_OP INT64_MIN
#define GW__NOHAS 0xFFFFu
#define GW__ELEM_MAX 512 /* largest array element struct */

typedef struct gw__field {
    const char *name;
    uint8_t name_len, kind, flags, wrap;
    uint16_t off, has;   /* offset of the value, and of its bool has_ flag (GW__NOHAS: none) */
    uint32_t size;       /* element descriptors: sizeof the element */
    const void *sub;
    int64_t cval;
} gw__field;

typedef struct gw__schema {
    const gw__field *f;
    uint32_t n;
    uint32_t tuple;      /* a JSON array whose elements are the fields, in order */
    /* rules across fields, run after decode and before encode: returns the offending key or NULL */
    const char *(*check)(const unsigned char *base);
} gw__schema;

/* One message: which op (and name) selects it, who may send it, and its whole-message schema. */
typedef struct gw__variant {
    int kind;
    const char *kind_name;
    uint8_t from;        /* GW_FROM_CLIENT | GW_FROM_SERVER */
    int64_t op;
    const char *op_name; /* protocols whose op is a string */
    const char *name;    /* discriminating name, found at root[key1][key2] */
    const char *key1, *key2;
    const gw__schema *schema;
} gw__variant;

typedef struct gw__proto {
    const char *name;
    const char *op_key;
    int op_is_string;
    size_t cap[3];       /* payload size cap by sender (index gw_from), 0 for none */
    size_t msg_size;
    const gw__variant *v;
    uint32_t nv;
} gw__proto;

#define GW__COUNT(a) ((uint32_t)(sizeof(a) / sizeof((a)[0])))
#define GW__OFF(T, m) ((uint16_t)offsetof(T, m))
/* Field constructors. T: the struct; key: JSON key; m: member; h: its has_ member. */
#define GW__F(T, key, kind, m)                 { key, sizeof(key) - 1, kind, 0, 0, GW__OFF(T, m), GW__NOHAS, 0, NULL, 0 }
#define GW__FH(T, key, kind, flags, m, h)      { key, sizeof(key) - 1, kind, flags, 0, GW__OFF(T, m), GW__OFF(T, h), 0, NULL, 0 }
#define GW__FS(T, key, kind, m, sub)           { key, sizeof(key) - 1, kind, 0, 0, GW__OFF(T, m), GW__NOHAS, 0, sub, 0 }
#define GW__FSH(T, key, kind, flags, m, h, sub) { key, sizeof(key) - 1, kind, flags, 0, GW__OFF(T, m), GW__OFF(T, h), 0, sub, 0 }
#define GW__FW(T, key, m, wrap, sub)           { key, sizeof(key) - 1, GW__ARR, 0, wrap, GW__OFF(T, m), GW__NOHAS, 0, sub, 0 }
#define GW__FE(T, key, m, names)               { key, sizeof(key) - 1, GW__ENUM, 0, 0, GW__OFF(T, m), GW__NOHAS, 0, names, GW__COUNT(names) }
#define GW__CI(key, v)                         { key, sizeof(key) - 1, GW__CONST_INT, 0, 0, 0, GW__NOHAS, 0, NULL, v }
#define GW__CS(key, s)                         { key, sizeof(key) - 1, GW__CONST_STR, 0, 0, 0, GW__NOHAS, 0, s, 0 }
#define GW__NUL(key)                           { key, sizeof(key) - 1, GW__NULL, 0, 0, 0, GW__NOHAS, 0, NULL, 0 }
#define GW__NULO(key)                          { key, sizeof(key) - 1, GW__NULL, GW__OPT, 0, 0, GW__NOHAS, 0, NULL, 0 }
#define GW__NULQ(key)                          { key, sizeof(key) - 1, GW__NULL, GW__OPT | GW__QUIET, 0, 0, GW__NOHAS, 0, NULL, 0 }
/* string with a format, integer with a maximum, flags on anything */
#define GW__FX(T, key, kind, flags, m, x)      { key, sizeof(key) - 1, kind, flags, 0, GW__OFF(T, m), GW__NOHAS, 0, NULL, x }
#define GW__FXH(T, key, kind, flags, m, h, x)  { key, sizeof(key) - 1, kind, flags, 0, GW__OFF(T, m), GW__OFF(T, h), 0, NULL, x }
/* the object at key, with nowhere to store (e.g. "d":{} of an ack) */
#define GW__EMPTY(key)                         { key, sizeof(key) - 1, GW__OBJ, 0, 0, 0, GW__NOHAS, 0, &gw__empty, 0 }
/* element descriptors for arrays */
#define GW__ELEM(kind, T, sub)                 { "", 0, kind, 0, 0, 0, GW__NOHAS, sizeof(T), sub, 0 }
#define GW__SCHEMA(name, ...) \
    static const gw__field name##_f[] = { __VA_ARGS__ }; \
    static const gw__schema name = { name##_f, GW__COUNT(name##_f), 0, NULL }
#define GW__SCHEMA_CHECK(name, check, ...) \
    static const gw__field name##_f[] = { __VA_ARGS__ }; \
    static const gw__schema name = { name##_f, GW__COUNT(name##_f), 0, check }
#define GW__TUPLE(name, ...) \
    static const gw__field name##_f[] = { __VA_ARGS__ }; \
    static const gw__schema name = { name##_f, GW__COUNT(name##_f), 1, NULL }

static const gw__schema gw__empty = { NULL, 0, 0, NULL };
static const gw__field gw__elem_str = GW__ELEM(GW__STR, gw_str, NULL);
static const gw__field gw__elem_snowflake = GW__ELEM(GW__SNOWFLAKE, uint64_t, NULL);
static const gw__field gw__elem_u32 = GW__ELEM(GW__U32, uint32_t, NULL);
static const gw__field gw__elem_raw = GW__ELEM(GW__RAW, gw_raw, NULL);

#define GW__PATH_MAX 12
typedef struct gw__ctx {
    const char *src;
    const gj_tok *toks;
    unsigned char *mem;   /* arrays go here */
    size_t cap, used;
    int measuring;        /* scratch ran out: keep going only to learn the size */
    gw_error *err;
    const char *pname[GW__PATH_MAX];
    uint32_t plen[GW__PATH_MAX], pidx[GW__PATH_MAX];
    int depth;
    unsigned char dummy[GW__ELEM_MAX];
} gw__ctx;

static const char *const gw__messages[GW_ERR_COUNT_] = {
    "ok",
    "invalid JSON",
    "duplicate key",
    "payload larger than the protocol allows",
    "wrong JSON type",
    "required field missing",
    "unknown field",
    "integer out of range",
    "invalid value",
    "unknown opcode",
    "unknown event, command or type name",
    "message not allowed in this direction",
    "scratch buffer too small",
    "output buffer too small",
    "message cannot be encoded as valid protocol JSON",
    "invalid argument",
};

GW_DEF const char *gw_strerror(gw_err code)
{
    return ((unsigned)code < (unsigned)GW_ERR_COUNT_) ? gw__messages[code] : "unknown error";
}

GW_DEF gw_str gw_str_c(const char *s)
{
    gw_str r;
    r.ptr = s;
    r.len = s ? (uint32_t)strlen(s) : 0;
    r.escaped = 0;
    return r;
}

GW_DEF gw_err gw_str_unescape(gw_str s, char *out, size_t cap, size_t *outlen)
{
    gj_err e;
    if (!s.escaped) {
        if (outlen) *outlen = s.len;
        if (s.len < cap) { if (s.len) memcpy(out, s.ptr, s.len); out[s.len] = 0; return GW_OK; }
        if (cap) out[0] = 0;
        return GW_ERR_BUFFER;
    }
    e = gj_unescape(s.ptr, s.len, out, cap, outlen);
    return e ? GW_ERR_BUFFER : GW_OK;
}

GW_DEF int gw_str_eq(gw_str s, const char *lit, size_t n)
{
    return gj__raw_eq(s.ptr, s.len, s.escaped != 0, lit, n, 0);
}

static void gw__path_push(gw__ctx *c, const char *name, uint32_t len, uint32_t idx)
{
    if (c->depth < GW__PATH_MAX) {
        c->pname[c->depth] = name;
        c->plen[c->depth] = len;
        c->pidx[c->depth] = idx;
    }
    c->depth++;
}

/* Render the path stack ("d.roles[3].id") into out. */
static void gw__path_format(const char *const *pname, const uint32_t *plen, const uint32_t *pidx, int depth, char *out, size_t cap)
{
    size_t n = 0;
    int i;
    out[0] = 0;
    for (i = 0; i < depth && i < GW__PATH_MAX; i++) {
        char tmp[24];
        const char *s;
        size_t l;
        if (pname[i]) {
            if (n) { if (n + 1 < cap) out[n] = '.'; n++; }
            s = pname[i]; l = plen[i];
        } else {
            l = (size_t)snprintf(tmp, sizeof tmp, "[%u]", (unsigned)pidx[i]);
            s = tmp;
        }
        if (n + l < cap) memcpy(out + n, s, l);
        else if (n < cap) { memcpy(out + n, s, cap - 1 - n); n = cap - 1; out[n] = 0; return; }
        n += l;
        if (n < cap) out[n] = 0;
    }
    if (depth > GW__PATH_MAX && n + 4 < cap) memcpy(out + n, ".…", 5);
}

static gw_err gw__fail(gw__ctx *c, gw_err code, uint32_t tok)
{
    const gj_tok *k = &c->toks[tok];
    c->err->code = code;
    c->err->offset = k->type == GJ_STRING ? (size_t)k->start - 1 : k->start;
    gw__path_format(c->pname, c->plen, c->pidx, c->depth, c->err->path, sizeof c->err->path);
    return code;
}

static void *gw__alloc(gw__ctx *c, size_t bytes)
{
    size_t at = (c->used + 7) & ~(size_t)7;
    c->used = at + bytes;
    if (!c->measuring && c->used <= c->cap) { /* zeroed: absent optional fields leave has_ false */
        memset(c->mem + at, 0, bytes);
        return c->mem + at;
    }
    c->measuring = 1;
    return c->dummy;
}

static int gw__hexdigits(const char *s, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++) if (gj__hex((unsigned char)s[i]) < 0) return 0;
    return 1;
}

static int gw__is_uuid(const char *s, size_t n)
{
    return n == 36 && s[8] == '-' && s[13] == '-' && s[18] == '-' && s[23] == '-' &&
           gw__hexdigits(s, 8) && gw__hexdigits(s + 9, 4) && gw__hexdigits(s + 14, 4) &&
           gw__hexdigits(s + 19, 4) && gw__hexdigits(s + 24, 12);
}

static int gw__digits(const char *s, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++) if (!GJ__DIGIT((unsigned char)s[i])) return 0;
    return 1;
}

/* RFC 3339 date-time as D-36 narrows it: 2021-04-05T12:34:56[.1-9 digits](Z|+hh:mm|-hh:mm),
   uppercase T/Z, the day valid for its month (leap years), other field ranges checked. */
static int gw__is_datetime(const char *s, size_t n)
{
    static const char mdays[12] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    size_t i = 19;
    int y, mo, d, h, mi, sec;
    if (n < 20 || !gw__digits(s, 4) || s[4] != '-' || !gw__digits(s + 5, 2) || s[7] != '-' ||
        !gw__digits(s + 8, 2) || s[10] != 'T' || !gw__digits(s + 11, 2) || s[13] != ':' ||
        !gw__digits(s + 14, 2) || s[16] != ':' || !gw__digits(s + 17, 2)) return 0;
    mo = (s[5] - '0') * 10 + s[6] - '0'; d = (s[8] - '0') * 10 + s[9] - '0';
    h = (s[11] - '0') * 10 + s[12] - '0'; mi = (s[14] - '0') * 10 + s[15] - '0';
    sec = (s[17] - '0') * 10 + s[18] - '0';
    y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + s[3] - '0';
    if (mo < 1 || mo > 12 || d < 1 || d > mdays[mo - 1] || h > 23 || mi > 59 || sec > 60) return 0;
    if (mo == 2 && d == 29 && (y % 4 || (y % 100 == 0 && y % 400))) return 0;
    if (s[i] == '.') {
        size_t f = ++i;
        while (i < n && GJ__DIGIT((unsigned char)s[i])) i++;
        if (i == f || i - f > 9) return 0;
    }
    if (i < n && s[i] == 'Z') return i + 1 == n;
    if (i + 6 == n && (s[i] == '+' || s[i] == '-') && gw__digits(s + i + 1, 2) && s[i + 3] == ':' &&
        gw__digits(s + i + 4, 2))
        return (s[i + 1] - '0') * 10 + s[i + 2] - '0' <= 23 && (s[i + 4] - '0') * 10 + s[i + 5] - '0' <= 59;
    return 0;
}

/* Does a string field's text meet its format? Escaped text never does: formats are ASCII. */
static int gw__format_ok(int64_t fmt, const gw_str *s)
{
    if (fmt == GW__FMT_ANY) return 1;
    if (s->escaped || !s->ptr) return 0;
    if (fmt == GW__FMT_UUID) return gw__is_uuid(s->ptr, s->len);
    if (fmt == GW__FMT_DATETIME) return gw__is_datetime(s->ptr, s->len);
    return s->len == 4 && gw__digits(s->ptr, 4);
}

static gw_err gw__decode_obj(gw__ctx *c, const gw__schema *s, uint32_t t, unsigned char *base);

static gw_err gw__decode_int(gw__ctx *c, const gw__field *f, uint32_t t, unsigned char *dst)
{
    const gj_tok *k = &c->toks[t];
    const char *p = c->src + k->start;
    if (k->type != GJ_NUMBER) return gw__fail(c, GW_ERR_TYPE, t);
    if (f->kind == GW__U64 || f->kind == GW__ID || f->kind == GW__SNOWFLAKE) {
        uint64_t v;
        if (gj_parse_u64(p, k->len, &v) || (k->len > 1 && p[0] == '-')) return gw__fail(c, GW_ERR_RANGE, t);
        if (f->cval > 0 && v > (uint64_t)f->cval) return gw__fail(c, GW_ERR_RANGE, t);
        memcpy(dst, &v, sizeof v);
    } else {
        int64_t v, lo, hi;
        if (gj_parse_i64(p, k->len, &v)) return gw__fail(c, GW_ERR_RANGE, t);
        switch (f->kind) {
        case GW__U16: lo = 0; hi = UINT16_MAX; break;
        case GW__U32: lo = 0; hi = UINT32_MAX; break;
        case GW__I32: lo = INT32_MIN; hi = INT32_MAX; break;
        default: lo = INT64_MIN; hi = INT64_MAX; break;
        }
        if (f->cval > 0 && f->cval < hi) hi = f->cval;
        if (v < lo || v > hi || (lo == 0 && p[0] == '-')) return gw__fail(c, GW_ERR_RANGE, t);
        switch (f->kind) {
        case GW__U16: { uint16_t x = (uint16_t)v; memcpy(dst, &x, sizeof x); break; }
        case GW__U32: { uint32_t x = (uint32_t)v; memcpy(dst, &x, sizeof x); break; }
        case GW__I32: { int32_t x = (int32_t)v; memcpy(dst, &x, sizeof x); break; }
        default: memcpy(dst, &v, sizeof v); break;
        }
    }
    return GW_OK;
}

static gw_err gw__decode_value(gw__ctx *c, const gw__field *f, uint32_t t, unsigned char *base)
{
    const gj_tok *k = &c->toks[t];
    unsigned char *dst = base + f->off;
    if (k->type == GJ_NULL && (f->flags & GW__NULLABLE)) return GW_OK; /* has_ stays false */
    if (f->has != GW__NOHAS) base[f->has] = 1; /* bool is one byte on every ABI we target */
    switch (f->kind) {
    case GW__STR: {
        gw_str s;
        if (k->type != GJ_STRING) return gw__fail(c, GW_ERR_TYPE, t);
        s.ptr = c->src + k->start; s.len = k->len; s.escaped = k->flags & GJ_ESCAPED;
        if (!gw__format_ok(f->cval, &s)) return gw__fail(c, GW_ERR_VALUE, t);
        memcpy(dst, &s, sizeof s);
        return GW_OK;
    }
    case GW__SNOWFLAKE: case GW__ID: {
        uint64_t v;
        gj_err e;
        int as_int = f->kind == GW__ID ? k->type == GJ_NUMBER : (f->flags & GW__ALT) && k->type == GJ_NUMBER;
        if (as_int) return gw__decode_int(c, f, t, dst);
        if (k->type != GJ_STRING || (f->kind == GW__ID && !(f->flags & GW__ALT))) return gw__fail(c, GW_ERR_TYPE, t);
        e = gj_get_u64_str(c->src, k, &v);
        if (e) return gw__fail(c, e == GJ_ERR_RANGE ? GW_ERR_RANGE : GW_ERR_VALUE, t);
        memcpy(dst, &v, sizeof v);
        return GW_OK;
    }
    case GW__U16: case GW__U32: case GW__U64: case GW__I32: case GW__I64:
        return gw__decode_int(c, f, t, dst);
    case GW__BOOL: {
        bool v = k->type == GJ_TRUE;
        if (k->type != GJ_TRUE && k->type != GJ_FALSE) return gw__fail(c, GW_ERR_TYPE, t);
        memcpy(dst, &v, sizeof v);
        return GW_OK;
    }
    case GW__OBJ:
        return gw__decode_obj(c, (const gw__schema *)f->sub, t, dst);
    case GW__ARR: {
        const gw__field *el = (const gw__field *)f->sub;
        unsigned char *items;
        uint32_t i, e, w;
        size_t stride;
        gw_u32_list list; /* every list type shares this layout */
        for (w = 0; w < f->wrap; w++) { /* singleton wrapper levels: [[[ list ]]], or [] for none */
            if (k->type != GJ_ARRAY) return gw__fail(c, GW_ERR_TYPE, t);
            if (k->size == 0 && w == 0) { memset(dst, 0, sizeof list); return GW_OK; }
            if (k->size != 1) return gw__fail(c, GW_ERR_VALUE, t);
            gw__path_push(c, NULL, 0, 0);
            k = &c->toks[++t];
        }
        if (k->type != GJ_ARRAY) return gw__fail(c, GW_ERR_TYPE, t);
        if (f->wrap && k->size == 0) return gw__fail(c, GW_ERR_VALUE, t); /* "none" is only [] */
        GJ_ASSERT(el->size <= GW__ELEM_MAX);
        items = (unsigned char *)gw__alloc(c, (size_t)k->size * el->size);
        stride = c->measuring ? 0 : el->size;
        list.items = (const uint32_t *)(void *)items;
        list.count = k->size;
        memcpy(dst, &list, sizeof list);
        for (i = 0, e = t + 1; i < k->size; i++, e = c->toks[e].next) {
            gw_err r;
            gw__path_push(c, NULL, 0, i);
            r = gw__decode_value(c, el, e, items + i * stride);
            if (r) return r;
            c->depth--;
        }
        c->depth -= (int)f->wrap;
        return GW_OK;
    }
    case GW__RAW: {
        gw_raw r;
        int str = k->type == GJ_STRING;
        r.ptr = c->src + k->start - str;
        r.len = k->len + 2u * (uint32_t)str;
        memcpy(dst, &r, sizeof r);
        return GW_OK;
    }
    case GW__CONST_INT: {
        int64_t v;
        if (k->type != GJ_NUMBER) return gw__fail(c, GW_ERR_TYPE, t);
        if (gj_parse_i64(c->src + k->start, k->len, &v) || v != f->cval) return gw__fail(c, GW_ERR_VALUE, t);
        return GW_OK;
    }
    case GW__CONST_STR: {
        const char *want = (const char *)f->sub;
        if (k->type != GJ_STRING) return gw__fail(c, GW_ERR_TYPE, t);
        if (!gj_str_eq(c->src, k, want, strlen(want))) return gw__fail(c, GW_ERR_VALUE, t);
        return GW_OK;
    }
    case GW__NULL:
        return k->type == GJ_NULL ? GW_OK : gw__fail(c, GW_ERR_TYPE, t);
    case GW__ENUM: {
        const char *const *names = (const char *const *)f->sub;
        int i;
        if (k->type != GJ_STRING) return gw__fail(c, GW_ERR_TYPE, t);
        for (i = 0; i < (int)f->cval; i++)
            if (gj_str_eq(c->src, k, names[i], strlen(names[i]))) { memcpy(dst, &i, sizeof i); return GW_OK; }
        return gw__fail(c, GW_ERR_VALUE, t);
    }
    default:
        GJ_ASSERT(0);
        return gw__fail(c, GW_ERR_ARG, t);
    }
}

static gw_err gw__decode_obj(gw__ctx *c, const gw__schema *s, uint32_t t, unsigned char *base)
{
    const gj_tok *o = &c->toks[t];
    uint64_t seen = 0;
    uint32_t i, j;
    GJ_ASSERT(s->n <= 64);
    if (s->tuple) {
        if (o->type != GJ_ARRAY) return gw__fail(c, GW_ERR_TYPE, t);
        if (o->size != s->n) return gw__fail(c, GW_ERR_VALUE, t);
        for (j = 0, i = t + 1; j < s->n; j++, i = c->toks[i].next) {
            gw_err r;
            gw__path_push(c, NULL, 0, j);
            r = gw__decode_value(c, &s->f[j], i, base);
            if (r) return r;
            c->depth--;
        }
        return GW_OK;
    }
    if (o->type != GJ_OBJECT) return gw__fail(c, GW_ERR_TYPE, t);
    for (i = t + 1, j = 0; i < o->next; i = c->toks[i + 1].next) {
        const gj_tok *k = &c->toks[i];
        const char *key = c->src + k->start;
        gw_err r;
        uint32_t tries;
        /* keys usually come in table order (the encoders write it): start after the last match */
        for (tries = 0; tries < s->n; tries++, j = j + 1 == s->n ? 0 : j + 1) {
            const gw__field *f = &s->f[j];
            if (k->flags ? gj_str_eq(c->src, k, f->name, f->name_len)
                         : (k->len == f->name_len && key[0] == f->name[0] && memcmp(key, f->name, f->name_len) == 0)) break;
        }
        if (tries == s->n) j = s->n;
        if (j == s->n) {
            gw__path_push(c, key, k->len, 0);
            return gw__fail(c, GW_ERR_UNKNOWN_FIELD, i);
        }
        seen |= (uint64_t)1 << j;
        gw__path_push(c, s->f[j].name, s->f[j].name_len, 0);
        r = gw__decode_value(c, &s->f[j], i + 1, base);
        if (r) return r;
        c->depth--;
        j = j + 1 == s->n ? 0 : j + 1;
    }
    for (j = 0; j < s->n; j++) {
        if (!(seen >> j & 1) && !(s->f[j].flags & GW__OPT)) {
            gw__path_push(c, s->f[j].name, s->f[j].name_len, 0);
            return gw__fail(c, GW_ERR_MISSING, t);
        }
    }
    if (s->check && !c->measuring) { /* while measuring, arrays point at a dummy element */
        const char *bad = s->check(base);
        if (bad) {
            uint32_t v = gj_find(c->src, c->toks, t, bad, strlen(bad));
            gw__path_push(c, bad, (uint32_t)strlen(bad), 0);
            return gw__fail(c, GW_ERR_VALUE, v ? v : t);
        }
    }
    return GW_OK;
}

/* The value token at root[key1][key2] (key2 may be NULL), or 0. */
static uint32_t gw__lookup(const char *src, const gj_tok *toks, const char *key1, const char *key2)
{
    uint32_t v = gj_find(src, toks, 0, key1, strlen(key1));
    if (v && key2) v = gj_find(src, toks, v, key2, strlen(key2));
    return v;
}

static int gw__op_match(const gw__ctx *c, const gw__proto *P, const gw__variant *v, uint32_t op, int64_t opv)
{
    if (P->op_is_string) return gj_str_eq(c->src, &c->toks[op], v->op_name, strlen(v->op_name));
    return v->op == opv || v->op == GW__ANY_OP;
}

/* Pick the variant for this frame, searching from index *at: by op, then name, then direction.
   Returns GW_OK with *at set, or the error (reported only when report is set). */
static gw_err gw__dispatch(gw__ctx *c, const gw__proto *P, gw_from from, uint32_t *at, int report)
{
    uint32_t op = gj_find(c->src, c->toks, 0, P->op_key, strlen(P->op_key)), i;
    const gj_tok *k = &c->toks[op];
    int64_t opv = 0;
    int op_known = 0, wrong_side = 0, named_hit = 0, own_name = 0;
    uint32_t name_tok = 0, cached = 0;
    const char *ck1 = NULL, *ck2 = NULL; /* variants mostly share the name's place: look it up once */
    gw__path_push(c, P->op_key, (uint32_t)strlen(P->op_key), 0);
    if (!op) return gw__fail(c, GW_ERR_MISSING, 0);
    if (P->op_is_string ? k->type != GJ_STRING : k->type != GJ_NUMBER) return gw__fail(c, GW_ERR_TYPE, op);
    if (!P->op_is_string && gj_parse_i64(c->src + k->start, k->len, &opv)) return gw__fail(c, GW_ERR_UNKNOWN_OP, op);
    for (i = *at; i < P->nv; i++) {
        const gw__variant *v = &P->v[i];
        if (!gw__op_match(c, P, v, op, opv)) continue;
        /* the other side's catch-all op does not make every op known to this side */
        if (v->op != GW__ANY_OP || (v->from & from)) op_known = 1;
        if (v->name) {
            uint32_t n;
            if (ck1 && strcmp(ck1, v->key1) == 0 && (ck2 == v->key2 || (ck2 && v->key2 && strcmp(ck2, v->key2) == 0))) {
                n = cached;
            } else {
                n = cached = gw__lookup(c->src, c->toks, v->key1, v->key2);
                ck1 = v->key1;
                ck2 = v->key2;
            }
            if (!n) continue;
            if (!name_tok) name_tok = n;
            if (!gj_str_eq(c->src, &c->toks[n], v->name, strlen(v->name))) { if (v->from & from) own_name = 1; continue; }
            if (!(v->from & from)) named_hit = 1;
        } else if (named_hit) {
            continue; /* a name (listed before) already identified the other side's message */
        }
        if (!(v->from & from)) { wrong_side = 1; continue; }
        c->depth--;
        *at = i;
        return GW_OK;
    }
    if (!report) return GW_ERR_UNKNOWN_OP;
    /* a wrong name for this side is reported as such, not as the other side's unnamed message */
    if (wrong_side && (named_hit || !own_name)) return gw__fail(c, GW_ERR_DIRECTION, op);
    if (!op_known) return gw__fail(c, GW_ERR_UNKNOWN_OP, op);
    c->depth--;
    for (i = 0; i < P->nv; i++) { /* report where the name should have been */
        const gw__variant *v = &P->v[i];
        if (!v->name || !gw__op_match(c, P, v, op, opv)) continue;
        gw__path_push(c, v->key1, (uint32_t)strlen(v->key1), 0);
        if (v->key2) { /* the object holding the name: absent or not an object is its own error */
            uint32_t o = gw__lookup(c->src, c->toks, v->key1, NULL);
            if (!o) return gw__fail(c, GW_ERR_MISSING, 0);
            if (c->toks[o].type != GJ_OBJECT) return gw__fail(c, GW_ERR_TYPE, o);
            gw__path_push(c, v->key2, (uint32_t)strlen(v->key2), 0);
        }
        if (!name_tok) return gw__fail(c, GW_ERR_MISSING, 0);
        return gw__fail(c, c->toks[name_tok].type == GJ_STRING ? GW_ERR_UNKNOWN_EVENT : GW_ERR_TYPE, name_tok);
    }
    return gw__fail(c, GW_ERR_UNKNOWN_OP, op);
}

/* The steps decode and peek share: size cap, tokens into scratch, top-level object, dispatch.
   On success c is ready, *at names the variant and *used is the scratch the tokens take. */
static gw_err gw__begin(gw__ctx *c, const gw__proto *P, const char *buf, size_t len, gw_from from,
                        void *scratch, size_t scratch_size, gw_error *err, uint32_t *at, size_t *used)
{
    gj_status st;
    gj_err je;
    unsigned char *mem = (unsigned char *)scratch;
    size_t pad = (size_t)((8 - ((uintptr_t)mem & 7)) & 7);
    if (P->cap[from] && len > P->cap[from]) { err->offset = P->cap[from]; return err->code = GW_ERR_TOO_LARGE; }
    if (scratch_size < pad) pad = scratch_size;
    je = gj_tokenize(buf ? buf : "", len, (gj_tok *)(void *)(mem + pad), (scratch_size - pad) / sizeof(gj_tok), &st);
    if (je == GJ_ERR_NOMEM) {
        err->needed = 8 + st.count * (sizeof(gj_tok) + GW__ELEM_MAX); /* enough for any arrays too */
        return err->code = GW_ERR_SCRATCH;
    }
    if (je) {
        err->json = je;
        err->offset = st.offset;
        return err->code = je == GJ_ERR_DUPLICATE_KEY ? GW_ERR_DUPLICATE_KEY : GW_ERR_JSON;
    }
    memset(c, 0, offsetof(gw__ctx, dummy));
    c->src = buf;
    c->toks = (const gj_tok *)(void *)(mem + pad);
    /* arrays follow the tokens, 8-byte aligned */
    *used = pad + ((st.count * sizeof(gj_tok) + 7) & ~(size_t)7);
    c->mem = mem + *used;
    c->cap = scratch_size > *used ? scratch_size - *used : 0;
    c->err = err;
    if (c->toks[0].type != GJ_OBJECT) return gw__fail(c, GW_ERR_TYPE, 0);
    return gw__dispatch(c, P, from, at, 1);
}

static gw_err gw__decode(const gw__proto *P, const char *buf, size_t len, gw_from from, void *msg,
                         void *scratch, size_t scratch_size, gw_error *err)
{
    gw_error local, first;
    gw__ctx c;
    size_t used = 0;
    uint32_t at = 0;
    int first_depth = 0;
    gw_err r;
    memset(&first, 0, sizeof first);
    if (!err) err = &local;
    memset(err, 0, sizeof *err);
    if (!msg || (!buf && len) || (!scratch && scratch_size) || (from != GW_FROM_CLIENT && from != GW_FROM_SERVER)) {
        if (msg) memset(msg, 0, P->msg_size);
        return err->code = GW_ERR_ARG;
    }
    memset(msg, 0, P->msg_size);
    if ((r = gw__begin(&c, P, buf, len, from, scratch, scratch_size, err, &at, &used)) != GW_OK) return r;
    /* A kind may have several accepted forms (decode-only aliases): try each. When all fail, report
       the error of the form that got deepest into the JSON (the first on a tie): that form is the
       one the sender meant, e.g. Nightingale's {"track": Track} wrapper (D-41). */
    for (;;) {
        memcpy(msg, &P->v[at].kind, sizeof P->v[at].kind);
        r = gw__decode_obj(&c, P->v[at].schema, 0, (unsigned char *)msg);
        if (!r) break;
        if (!first.code || c.depth > first_depth) first = *err, first_depth = c.depth;
        if (at + 1 < P->nv && P->v[at + 1].kind == P->v[at].kind) {
            uint32_t next = at + 1;
            if (gw__dispatch(&c, P, from, &next, 0) == GW_OK && P->v[next].kind == P->v[at].kind) {
                memset(msg, 0, P->msg_size);
                c.depth = 0; c.used = 0; c.measuring = 0;
                at = next;
                continue;
            }
        }
        break;
    }
    if (r) *err = first, r = first.code;
    if (!r) memset(err, 0, sizeof *err);
    if (!r && c.measuring) {
        r = err->code = GW_ERR_SCRATCH;
        err->needed = used + c.used + 7; /* + 7: the same need from a differently aligned buffer */
    }
    if (r) memset(msg, 0, P->msg_size);
    return r;
}

/* ---- peek: the envelope only (tokenize + dispatch, the body is not decoded) ---- */
static gw_str gw__tok_str(const gw__ctx *c, uint32_t t)
{
    gw_str s;
    s.ptr = c->src + c->toks[t].start;
    s.len = c->toks[t].len;
    s.escaped = c->toks[t].flags & GJ_ESCAPED;
    return s;
}

static gw_err gw__peek(const gw__proto *P, const char *buf, size_t len, gw_from from, gw_envelope *pk,
                       void *scratch, size_t scratch_size, gw_error *err)
{
    gw_error local;
    gw__ctx c;
    const gw__variant *v;
    size_t used = 0;
    uint32_t at = 0, t, j;
    gw_err r;
    if (!err) err = &local;
    memset(err, 0, sizeof *err);
    if (pk) memset(pk, 0, sizeof *pk);
    if (!pk || (!buf && len) || (!scratch && scratch_size) || (from != GW_FROM_CLIENT && from != GW_FROM_SERVER))
        return err->code = GW_ERR_ARG;
    if ((r = gw__begin(&c, P, buf, len, from, scratch, scratch_size, err, &at, &used)) != GW_OK) return r;
    v = &P->v[at]; /* of several forms of one kind, the first that matches: all share the kind */
    pk->kind = v->kind;
    pk->kind_name = v->kind_name;
    t = gj_find(c.src, c.toks, 0, P->op_key, strlen(P->op_key)); /* dispatch checked its type */
    if (P->op_is_string) pk->op_name = gw__tok_str(&c, t);
    else if (gj_parse_i64(c.src + c.toks[t].start, c.toks[t].len, &pk->op)) pk->op = 0;
    if (v->name && (t = gw__lookup(c.src, c.toks, v->key1, v->key2)) != 0) pk->name = gw__tok_str(&c, t);
    /* a sequence number: a top-level uint32 field "s" of the variant (i386chat, D-22) */
    for (j = 0; j < v->schema->n; j++) {
        const gw__field *f = &v->schema->f[j];
        int64_t sv;
        if (f->kind != GW__U32 || f->name_len != 1 || f->name[0] != 's') continue;
        t = gj_find(c.src, c.toks, 0, "s", 1);
        if (t && c.toks[t].type == GJ_NUMBER && c.src[c.toks[t].start] != '-' &&
            !gj_parse_i64(c.src + c.toks[t].start, c.toks[t].len, &sv) && sv >= 0 && sv <= (int64_t)UINT32_MAX) {
            pk->has_seq = 1;
            pk->seq = (uint32_t)sv;
        }
    }
    return GW_OK;
}

/* ---- encode ---- */
typedef struct gw__ectx {
    gj_writer w;
    gw_err code;
    const char *pname[GW__PATH_MAX];
    uint32_t plen[GW__PATH_MAX], pidx[GW__PATH_MAX];
    int depth;
    gw_error *err;
} gw__ectx;

static void gw__eprefix(gw__ectx *e, const char *name, uint32_t len, uint32_t idx)
{
    if (e->depth < GW__PATH_MAX) { e->pname[e->depth] = name; e->plen[e->depth] = len; e->pidx[e->depth] = idx; }
    e->depth++;
}

static int gw__einvalid(gw__ectx *e)
{
    if (!e->code) {
        e->code = GW_ERR_INVALID;
        gw__path_format(e->pname, e->plen, e->pidx, e->depth, e->err->path, sizeof e->err->path);
    }
    return 0;
}

static int gw__encode_obj(gw__ectx *e, const gw__schema *s, const unsigned char *base);

/* gj_key for the tables' own keys: plain ASCII that needs no escaping, so one copy. */
static void gw__key(gj_writer *w, const char *k, size_t n)
{
    if (w->err) return;
    if (!w->depth || !w->is_obj[w->depth - 1] || w->want_value) { w->err = GJ_ERR_WRITER_STATE; return; }
    if (w->len + n + 4 <= w->cap) {
        char *o = w->buf + w->len;
        if (w->need_comma) *o++ = ',';
        *o++ = '"';
        memcpy(o, k, n);
        o[n] = '"';
        o[n + 1] = ':';
        w->len = (size_t)(o + n + 2 - w->buf);
    } else {
        if (w->need_comma) gj__putc(w, ',');
        gj__putc(w, '"');
        gj__put(w, k, n);
        gj__put(w, "\":", 2);
    }
    w->want_value = 1;
}

/* Write validated JSON without the whitespace between tokens, so output stays canonical. */
static void gw__put_compact(gj_writer *w, const char *s, size_t n)
{
    size_t i, run = 0;
    int in_str = 0;
    if (!gj__value_begin(w)) return;
    for (i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (in_str) {
            if (ch == '\\') i++;
            else if (ch == '"') in_str = 0;
        } else if (ch == '"') {
            in_str = 1;
        } else if (gj__ws[ch]) {
            gj__put(w, s + run, i - run);
            run = i + 1;
        }
    }
    gj__put(w, s + run, n - run);
    gj__value_end(w);
}

/* Equal JSON texts up to whitespace between tokens (both validated). */
static int gw__raw_equal(const char *a, size_t an, const char *b, size_t bn)
{
    size_t i = 0, j = 0;
    int in_str = 0;
    for (;;) {
        if (!in_str) {
            while (i < an && gj__ws[(unsigned char)a[i]]) i++;
            while (j < bn && gj__ws[(unsigned char)b[j]]) j++;
        }
        if (i == an || j == bn) return i == an && j == bn;
        if (a[i] != b[j]) return 0;
        if (in_str) {
            if (a[i] == '\\') {
                if (++i == an || ++j == bn || a[i] != b[j]) return 0;
            } else if (a[i] == '"') in_str = 0;
        } else if (a[i] == '"') in_str = 1;
        i++; j++;
    }
}

static int gw__encode_value(gw__ectx *e, const gw__field *f, const unsigned char *base)
{
    const unsigned char *src = base + f->off;
    gj_writer *w = &e->w;
    switch (f->kind) {
    case GW__STR: {
        gw_str s;
        memcpy(&s, src, sizeof s);
        if (!s.ptr && s.len) return gw__einvalid(e);
        if (!gw__format_ok(f->cval, &s)) return gw__einvalid(e);
        if (s.escaped) gj_str_raw(w, s.ptr ? s.ptr : "", s.len); else gj_str(w, s.ptr ? s.ptr : "", s.len);
        if (w->err == GJ_ERR_BAD_UTF8 || w->err == GJ_ERR_BAD_ESCAPE || w->err == GJ_ERR_CONTROL_CHAR ||
            w->err == GJ_ERR_BAD_SURROGATE) { w->err = GJ_OK; return gw__einvalid(e); }
        return 1;
    }
    case GW__SNOWFLAKE: { uint64_t v; memcpy(&v, src, sizeof v); gj_uint_str(w, v); return 1; }
    case GW__ID: case GW__U64: {
        uint64_t v;
        memcpy(&v, src, sizeof v);
        if (f->cval > 0 && v > (uint64_t)f->cval) return gw__einvalid(e);
        gj_uint(w, v);
        return 1;
    }
    case GW__U16: { uint16_t v; memcpy(&v, src, sizeof v); if (f->cval > 0 && v > f->cval) return gw__einvalid(e); gj_uint(w, v); return 1; }
    case GW__U32: { uint32_t v; memcpy(&v, src, sizeof v); if (f->cval > 0 && v > f->cval) return gw__einvalid(e); gj_uint(w, v); return 1; }
    case GW__I32: { int32_t v; memcpy(&v, src, sizeof v); gj_int(w, v); return 1; }
    case GW__I64: { int64_t v; memcpy(&v, src, sizeof v); gj_int(w, v); return 1; }
    case GW__BOOL: { bool v; memcpy(&v, src, sizeof v); gj_bool(w, v); return 1; }
    case GW__OBJ: return gw__encode_obj(e, (const gw__schema *)f->sub, src);
    case GW__ARR: {
        const gw__field *el = (const gw__field *)f->sub;
        gw_u32_list list;
        const unsigned char *items;
        uint32_t i, k;
        memcpy(&list, src, sizeof list);
        items = (const unsigned char *)(const void *)list.items;
        if (list.count && !items) return gw__einvalid(e);
        if (f->wrap && !list.count) { gj_arr_begin(w); gj_arr_end(w); return 1; }
        for (k = 0; k < f->wrap; k++) gj_arr_begin(w);
        gj_arr_begin(w);
        for (i = 0; i < list.count; i++) {
            gw__eprefix(e, NULL, 0, i);
            if (!gw__encode_value(e, el, items + (size_t)i * el->size)) return 0;
            e->depth--;
        }
        for (k = 0; k <= f->wrap; k++) gj_arr_end(w);
        return 1;
    }
    case GW__RAW: {
        gw_raw r;
        memcpy(&r, src, sizeof r);
        if (!r.ptr || gj_validate(r.ptr, r.len, NULL)) return gw__einvalid(e);
        gw__put_compact(w, r.ptr, r.len);
        return 1;
    }
    case GW__CONST_INT: gj_int(w, f->cval); return 1;
    case GW__CONST_STR: gj_str(w, (const char *)f->sub, strlen((const char *)f->sub)); return 1;
    case GW__NULL: gj_null(w); return 1;
    case GW__ENUM: {
        int v;
        const char *name;
        memcpy(&v, src, sizeof v);
        if (v < 0 || v >= (int)f->cval) return gw__einvalid(e);
        name = ((const char *const *)f->sub)[v];
        gj_str(w, name, strlen(name));
        return 1;
    }
    default:
        return gw__einvalid(e);
    }
}

static int gw__encode_obj(gw__ectx *e, const gw__schema *s, const unsigned char *base)
{
    uint32_t j;
    if (s->check) {
        const char *bad = s->check(base);
        if (bad) {
            gw__eprefix(e, bad, (uint32_t)strlen(bad), 0);
            return gw__einvalid(e);
        }
    }
    if (s->tuple) gj_arr_begin(&e->w); else gj_obj_begin(&e->w);
    for (j = 0; j < s->n; j++) {
        const gw__field *f = &s->f[j];
        int present = f->has == GW__NOHAS || base[f->has];
        if (!present && (!(f->flags & GW__NULLABLE) || (f->flags & GW__QUIET))) continue; /* optional: omitted */
        if (f->kind == GW__NULL && (f->flags & GW__QUIET)) continue;   /* decode-only null */
        if (!s->tuple) gw__key(&e->w, f->name, f->name_len);
        if (!present) { gj_null(&e->w); continue; }
        gw__eprefix(e, s->tuple ? NULL : f->name, f->name_len, j);
        if (!gw__encode_value(e, f, base)) return 0;
        e->depth--;
    }
    if (s->tuple) gj_arr_end(&e->w); else gj_obj_end(&e->w);
    return 1;
}

static const gw__variant *gw__variant_of(const gw__proto *P, int kind)
{
    uint32_t i;
    for (i = 0; i < P->nv; i++) if (P->v[i].kind == kind) return &P->v[i];
    return NULL;
}

/* The variant that encodes (and compares) msg: of adjacent same-kind variants, the first whose
   root check accepts msg (one kind, several payload shapes), else the first of the kind. */
static const gw__variant *gw__variant_for(const gw__proto *P, int kind, const void *msg)
{
    const gw__variant *v = gw__variant_of(P, kind), *w;
    for (w = v; w && w < P->v + P->nv && w->kind == kind; w++)
        if (w->schema->check && !w->schema->check((const unsigned char *)msg)) return w;
    return v;
}

static gw_err gw__encode(const gw__proto *P, const void *msg, char *out, size_t cap, size_t *outlen, gw_error *err)
{
    gw_error local;
    gw__ectx e;
    const gw__variant *v;
    int kind;
    size_t n = 0;
    gj_err je;
    if (!err) err = &local;
    memset(err, 0, sizeof *err);
    if (outlen) *outlen = 0;
    if (!msg || (!out && cap)) { err->code = GW_ERR_ARG; return GW_ERR_ARG; }
    memcpy(&kind, msg, sizeof kind);
    if (!(v = gw__variant_for(P, kind, msg))) {
        if (cap) out[0] = 0;
        memcpy(err->path, "kind", 5);
        return err->code = GW_ERR_INVALID;
    }
    memset(&e, 0, sizeof e);
    e.err = err;
    gj_writer_init(&e.w, out, cap);
    gw__encode_obj(&e, v->schema, (const unsigned char *)msg);
    if (e.code) {
        if (cap) out[0] = 0;
        return err->code = e.code;
    }
    je = gj_writer_finish(&e.w, &n);
    if (je == GJ_ERR_NOMEM) { err->needed = n; return err->code = GW_ERR_BUFFER; }
    if (je) { err->json = je; return err->code = GW_ERR_INVALID; }
    if ((v->from == GW_FROM_CLIENT && P->cap[GW_FROM_CLIENT] && n > P->cap[GW_FROM_CLIENT]) ||
        (v->from == GW_FROM_SERVER && P->cap[GW_FROM_SERVER] && n > P->cap[GW_FROM_SERVER])) {
        out[0] = 0;
        return err->code = GW_ERR_TOO_LARGE;
    }
    if (outlen) *outlen = n;
    return GW_OK;
}

/* ---- equality ---- */
static int gw__equal_obj(const gw__schema *s, const unsigned char *a, const unsigned char *b);

static int gw__equal_value(const gw__field *f, const unsigned char *a, const unsigned char *b)
{
    const unsigned char *x = a + f->off, *y = b + f->off;
    switch (f->kind) {
    case GW__STR: {
        gw_str s, t;
        memcpy(&s, x, sizeof s); memcpy(&t, y, sizeof t);
        if (!s.escaped && !t.escaped) return s.len == t.len && (!s.len || memcmp(s.ptr, t.ptr, s.len) == 0);
        return gj__raw_eq(s.ptr ? s.ptr : "", s.len, s.escaped != 0, t.ptr ? t.ptr : "", t.len, t.escaped != 0);
    }
    case GW__SNOWFLAKE: case GW__ID: case GW__U64: case GW__I64: return memcmp(x, y, 8) == 0;
    case GW__U16: return memcmp(x, y, 2) == 0;
    case GW__U32: case GW__I32: return memcmp(x, y, 4) == 0;
    case GW__BOOL: return (*x != 0) == (*y != 0);
    case GW__ENUM: return memcmp(x, y, sizeof(int)) == 0;
    case GW__OBJ: return gw__equal_obj((const gw__schema *)f->sub, x, y);
    case GW__ARR: {
        const gw__field *el = (const gw__field *)f->sub;
        gw_u32_list p, q;
        uint32_t i;
        memcpy(&p, x, sizeof p); memcpy(&q, y, sizeof q);
        if (p.count != q.count) return 0;
        for (i = 0; i < p.count; i++)
            if (!gw__equal_value(el, (const unsigned char *)(const void *)p.items + (size_t)i * el->size,
                                 (const unsigned char *)(const void *)q.items + (size_t)i * el->size)) return 0;
        return 1;
    }
    case GW__RAW: {
        gw_raw r, s;
        memcpy(&r, x, sizeof r); memcpy(&s, y, sizeof s);
        if (!r.ptr || !s.ptr) return r.ptr == s.ptr;
        return gw__raw_equal(r.ptr, r.len, s.ptr, s.len);
    }
    default: return 1; /* constants carry no data */
    }
}

static int gw__equal_obj(const gw__schema *s, const unsigned char *a, const unsigned char *b)
{
    uint32_t j;
    for (j = 0; j < s->n; j++) {
        const gw__field *f = &s->f[j];
        if (f->has != GW__NOHAS) {
            if ((a[f->has] != 0) != (b[f->has] != 0)) return 0;
            if (!a[f->has]) continue;
        }
        if (!gw__equal_value(f, a, b)) return 0;
    }
    return 1;
}

static int gw__equal(const gw__proto *P, const void *a, const void *b)
{
    int ka, kb;
    const gw__variant *v;
    memcpy(&ka, a, sizeof ka);
    memcpy(&kb, b, sizeof kb);
    if (ka != kb) return 0;
    v = gw__variant_for(P, ka, a);
    return v ? gw__equal_obj(v->schema, (const unsigned char *)a, (const unsigned char *)b) : 1;
}

#define GW__WRAPPERS(p) \
    GW_DEF gw_err gw_##p##_peek(const char *buf, size_t len, gw_from from, gw_envelope *peek, \
                                void *scratch, size_t scratch_size, gw_error *err) \
    { return gw__peek(&gw__##p##_proto, buf, len, from, peek, scratch, scratch_size, err); } \
    GW_DEF gw_err gw_##p##_decode(const char *buf, size_t len, gw_from from, gw_##p##_msg *out, \
                                  void *scratch, size_t scratch_size, gw_error *err) \
    { return gw__decode(&gw__##p##_proto, buf, len, from, out, scratch, scratch_size, err); } \
    GW_DEF gw_err gw_##p##_encode(const gw_##p##_msg *m, char *out, size_t cap, size_t *outlen, gw_error *err) \
    { return gw__encode(&gw__##p##_proto, m, out, cap, outlen, err); } \
    GW_DEF int gw_##p##_equal(const gw_##p##_msg *a, const gw_##p##_msg *b) \
    { return gw__equal(&gw__##p##_proto, a, b); }

#define GW__PART_IMPL
#include "parts/sm.h"
#include "parts/i386.h"
#include "parts/ms.h"
#include "parts/ng.h"
#include "parts/dmod.h"
#include "parts/session.h"
#ifdef GATEWAY_ZLIB
#include "parts/zlib.h"
#endif
#undef GW__PART_IMPL

/* ---- generic entry points ---- */
static const gw__proto *const gw__protos[GW_PROTO_COUNT_] = {
    NULL, &gw__sm_proto, &gw__i386_proto, &gw__ms_proto, &gw__ng_proto, &gw__dmod_proto
};

static const gw__proto *gw__proto_of(gw_proto p)
{
    return (unsigned)p < (unsigned)GW_PROTO_COUNT_ ? gw__protos[p] : NULL;
}

GW_DEF const char *gw_proto_name(gw_proto p)
{
    const gw__proto *P = gw__proto_of(p);
    return P ? P->name : NULL;
}

GW_DEF gw_proto gw_proto_find(const char *name)
{
    int i;
    for (i = 1; name && i < GW_PROTO_COUNT_; i++)
        if (strcmp(gw__protos[i]->name, name) == 0) return (gw_proto)i;
    return GW_PROTO_NONE;
}

GW_DEF const char *gw_kind_name(gw_proto p, int kind)
{
    const gw__proto *P = gw__proto_of(p);
    const gw__variant *v = P ? gw__variant_of(P, kind) : NULL;
    return v ? v->kind_name : NULL;
}

GW_DEF gw_err gw_decode(gw_proto p, const char *buf, size_t len, gw_from from, void *msg,
                        void *scratch, size_t scratch_size, gw_error *err)
{
    const gw__proto *P = gw__proto_of(p);
    if (!P) {
        if (err) { memset(err, 0, sizeof *err); err->code = GW_ERR_ARG; }
        return GW_ERR_ARG;
    }
    return gw__decode(P, buf, len, from, msg, scratch, scratch_size, err);
}

GW_DEF gw_err gw_peek(gw_proto p, const char *buf, size_t len, gw_from from, gw_envelope *peek,
                          void *scratch, size_t scratch_size, gw_error *err)
{
    const gw__proto *P = gw__proto_of(p);
    if (!P) {
        if (err) { memset(err, 0, sizeof *err); err->code = GW_ERR_ARG; }
        if (peek) memset(peek, 0, sizeof *peek);
        return GW_ERR_ARG;
    }
    return gw__peek(P, buf, len, from, peek, scratch, scratch_size, err);
}

GW_DEF gw_err gw_encode(gw_proto p, const void *msg, char *out, size_t cap, size_t *outlen, gw_error *err)
{
    const gw__proto *P = gw__proto_of(p);
    if (!P) {
        if (err) { memset(err, 0, sizeof *err); err->code = GW_ERR_ARG; }
        if (outlen) *outlen = 0;
        return GW_ERR_ARG;
    }
    return gw__encode(P, msg, out, cap, outlen, err);
}

GW_DEF int gw_equal(gw_proto p, const void *a, const void *b)
{
    const gw__proto *P = gw__proto_of(p);
    return P && a && b ? gw__equal(P, a, b) : 0;
}

#ifdef __cplusplus
}
#endif
#endif /* GATEWAY_IMPLEMENTATION */

/*
MIT License

Copyright (c) 2026 the gateway.h authors

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction,
including without limitation the rights to use, copy, modify, merge, publish, distribute,
sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT
OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
*/
