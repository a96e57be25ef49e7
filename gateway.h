/* gateway.h - strict, zero-allocation encode/decode of five WebSocket gateway protocols.  MIT, see end.

   Built on gateway_json.h (keep both headers side by side). libc only. PROTOCOLS.md is the spec;
   each protocol's section below follows it in order.

   USAGE
     In exactly one C or C++ file:
         #define GATEWAY_IMPLEMENTATION
         #include "gateway.h"
     Everywhere else just #include "gateway.h".

   CONTENTS  Each section begins with a banner, a comment line "==== title ====" (grep -n '^.. ===='),
     (* marks a section compiled only where GATEWAY_IMPLEMENTATION is defined)
       public types: errors, strings, lists, envelope
       message lists
       session checker: declarations
     * implementation: the tables' types
     * the one-pass decoder's key tables (written by make slots)
     * session rules' types: the words of each protocol's gw__<p>_sproto
     * token decoder
     * one pass: bytes straight into the struct
     * decode: the one pass, else the tokens, then lenient
     * peek: the envelope only (tokenize + dispatch, the body is not decoded)
     * encode
     * equality
       shard-master: messages, kinds, payloads (PROTOCOLS.md section 1)
     * shard-master block: schemas, rows, gw__sm_proto, session rules
       i386chat: messages, kinds, payloads (PROTOCOLS.md section 2)
     * i386chat block: schemas, rows, gw__i386_proto, session rules
       microservice: messages, kinds, payloads (PROTOCOLS.md section 3)
     * microservice block: schemas, rows, gw__ms_proto, session rules
       Nightingale: messages, kinds, payloads (PROTOCOLS.md section 4)
     * Nightingale block: schemas, rows, gw__ng_proto, session rules
       dmod: messages, kinds, payloads (PROTOCOLS.md section 5)
     * dmod block: schemas, rows, gw__dmod_proto, session rules
       the list of protocols and their entry points
       zlib transport: declarations (GATEWAY_ZLIB)
       generic entry points: declarations
     * a protocol kept in a file of its own (GW_EXTRA_PROTOCOL)
     * every protocol's entry points; the session engine
     * zlib transport (GATEWAY_ZLIB)
     * generic entry points

   QUICK START (a dmod client receiving a frame)
         static unsigned char scratch[64 * 1024];        // tokens + decoded arrays live here
         gw_dmod_msg m;
         gw_error e;
         if (gw_dmod_decode(frame, frame_len, GW_FROM_SERVER, &m, scratch, sizeof scratch, &e) != GW_OK) {
             char why[160];
             fprintf(stderr, "%s\n", gw_error_text(&e, why, sizeof why));   // "byte 21: d: wrong JSON type: must be null, got an object"
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
   Generic entry points take a gw_proto (GW_PROTO_SM ...) and a void * message (a gw_any_msg
   fits any): gw_decode, gw_encode, gw_encode_wire, gw_equal, gw_peek, gw_msg_size, gw_kind_name,
   gw_proto_name, gw_proto_find.

   DECODE  gw_<p>_decode(buf, len, from, &msg, scratch, scratch_size, &err)
           gw_<p>_decode_flags(buf, len, from, GW_DECODE_LENIENT, &msg, ...): forward-compatible,
           see gw_unknown (an unknown name or opcode decodes as GW_<P>_UNKNOWN when its envelope
           is sound, unknown keys are skipped; the one pass skips them too, two per object at most,
           when the kind has a single form and the key is no opcode's or name's)
     `from` says who sent the frame (GW_FROM_CLIENT or GW_FROM_SERVER); a message of the other
     direction is GW_ERR_DIRECTION. Strings in the result are views into buf (gw_str: unescape on
     demand with gw_str_unescape); arrays point into scratch. Keep buf and scratch alive while
     you use the message. Nothing is allocated. On success err.code is GW_OK, detail and path
     are "", and its numbers are 0 but err.skipped (the unknown keys a lenient decode skipped).
     On any error the message is zeroed (kind 0 = GW_<P>_NONE), err holds code, byte offset,
     JSON error (GW_ERR_JSON) and the path of the field ("d.ids.guild", "d.roles[3].id"). A
     frame that is byte for byte a message with nothing variable (a heartbeat, an ack, an event
     sent without its optional members; its members in any order, or pretty-printed with indent
     2) is recognised whole, by one hash and one compare. A valid frame is read once, straight
     into the struct, and scratch then holds only its arrays; a frame the one pass cannot finish
     (any error, an escaped key, an unusual form) is tokenized first, and scratch then also holds one
     20-byte token per JSON value (a gw_raw value asks for the room of its own tokens either
     way, so that GW_ERR_SCRATCH does not depend on the path). 64 KiB is plenty for everything
     but big cache payloads; GW_ERR_SCRATCH sets err.needed to a size that suffices (call with
     scratch_size 0 to ask).
   BUILD   gw_<p>_init(&msg, KIND) zeroes msg and sets its kind; gw_sm_make_ping, gw_i386_make_heartbeat,
           gw_ms_make_heartbeat(_guilds), gw_ms_make_identify, gw_dmod_make_heartbeat_back and
           gw_dmod_make_authenticate return the messages sent most, flags set.
   ENCODE  gw_<p>_encode(&msg, out, cap, &len, &err)
     Canonical JSON: fixed key order (the spec's), no spaces. snprintf semantics: never writes
     past cap; GW_ERR_BUFFER sets err.needed (bytes incl. the NUL). A message that would not decode
     (bad kind, invalid UTF-8, a string that is not the required format, a gw_raw with a repeated
     key or nested too deep where it sits...) is GW_ERR_INVALID; one over the protocol's size cap
     is GW_ERR_TOO_LARGE, also on a size query. out is left "" on every error.
   WIRE FORMS  Each seed document and its original implementation's code disagree on parts of the
     wire (PROTOCOLS.md 0.4). Decoders accept both forms. gw_<p>_encode_wire(&m, wire, out, cap,
     &len, &err) writes GW_WIRE_SEED (what gw_<p>_encode writes: the documents' form, the default) or
     GW_WIRE_ORIGINAL (what the original implementation sends and reads: Nightingale's
     {"shard","payload"} forward and {"guild","event"} events, the microservice's flat cache
     objects, shard-master's GATEWAY_RESUME and [[[[[[[]]]]]]] stats, dmod's privilege update and
     CONNECT_GUILD guild with its "nfsw"). A field that only the other form carries is
     GW_ERR_INVALID at its path, never dropped: clear it to convert. Fields of the original's form
     sit beside the seed's in the same structs, with has_ flags (gw_ng_msg.has_guild,
     gw_ng_forward.has_shard, gw_dmod_guild.has_nsfw, ...). A kind the original has no case for
     has no original form: dmod's client op 4 and op 7 (D-61), shard-master's ping and resume
     (D-65) are GW_ERR_INVALID at "kind" in GW_WIRE_ORIGINAL, err.detail naming the original's
     rule; both wires still decode them. GW_WIRE_ORIGINAL also refuses what the original would
     refuse in a well-formed message (D-64): dmod's D-54a authentication and CONNECT_GUILD rules,
     shard-master's register with decode but no encode (D-65).
   EQUAL   gw_<p>_equal(&a, &b): 1 when the two messages mean the same (strings compared after
     unescaping), the property decode(encode(m)) == m is checked with it.

   PEEK    gw_<p>_peek(buf, len, from, &env, scratch, scratch_size, &err), gw_peek(proto, ...)
     Reads only the envelope, for routing before (or instead of) a full decode. Most frames are
     read in place, with no scratch: one that gw_decode knows whole, or by its first or last bytes
     (a lead or a tail: their row decides the kind, and the opcode and name are the frame's own
     bytes), else by its top-level members (keys read, values skipped by their quotes and
     brackets, a name inside an object found by its key) and the decoder's own dispatcher. The
     rest (an escaped key or name, more than 8 top-level members, any error) is tokenized into
     scratch (tokens only) and dispatched as decode dispatches. So gw_envelope.kind is the kind
     gw_<p>_decode gives whenever the frame decodes (decode-only aliases such as i386 `e`, dmod
     `ev`, the Nightingale track wrapper give the same kind). Also: op (number; op_name for
     Nightingale), name (the event/command/type string that selected the kind) and i386chat `s`
     (has_seq/seq, when a valid uint32). Every error peek gives is exactly decode's (code,
     offset, path): a malformed envelope (size cap, top level not an object, op missing,
     ill-typed or unknown, name missing, ill-typed or unknown, wrong direction), or invalid JSON
     where peek had to tokenize. What peek does not read, it does not check: a frame whose body is
     invalid, its JSON too (a bad escape, a key twice, a bracket missing inside "d"), may peek
     GW_OK and then fail gw_decode. GW_ERR_SCRATCH only for a frame that must be tokenized.
   SESSION  sans-IO checker of one connection, one side; fixed-size gw_session,
     no allocation, no clock (pass a monotonic now_ms):
         gw_<p>_session_init(&s, GW_SIDE_CLIENT or GW_SIDE_SERVER, now_ms);
         v = gw_<p>_session_on_recv(&s, &decoded_msg, now_ms);   // what the peer sent
         v = gw_<p>_session_on_send(&s, &msg, now_ms);           // what this side sends
         v = gw_<p>_session_poll(&s, now_ms);                    // timers; by v.next_deadline_ms
         v = gw_<p>_session_on_error(&s, &decode_err, now_ms);   // a received frame that failed
     v.action: GW_VERDICT_OK (= GW_OK_CONTINUE); GW_SEND_HEARTBEAT (send the heartbeat, echo,
     ack or answer this side owes, now: the verdict owns these replies, so do not also answer a
     heartbeat request kind yourself); GW_VIOLATION or GW_TIMEOUT: close with v.close_code
     (PROTOCOLS.md's code, e.g. i386chat 4005/4004/4001, microservice 4000/4002/4003/4006/4007;
     1002 for order errors and 1008 for timeouts where the protocol has none, 1009 too large),
     v.reason says why. A violation or timeout is final: later calls return it again.
     Checked: handshake order (i386chat 100 → 110 → 140; microservice hello → identify →
     IDENTIFIED, only ops 0/1 before identify; dmod 0 → 1 → 2; Nightingale ready first;
     shard-master register or resume before anything else), acks only for sent heartbeats,
     dmod op 4 only for op 3, dmod responses only for sent commands, i386chat `s` strictly
     increasing per sender. Timers (interval from the decoded hello: hb_int,
     heartbeatInterval): a client heartbeat is due `interval` after the last one sent (i386chat
     from READY, microservice from hello); every heartbeat, scheduled or requested, owes one ack,
     overdue `interval` after it was sent, acks answering the oldest first (PROTOCOLS.md D-70);
     a microservice heartbeat answers every request received before it; a server times out a
     client silent for 2 * interval. dmod and shard-master publish no interval: no timers there,
     but every ping still gets one pong and every dmod op 3 one op 4.
     gw_session_set_wire(&s, GW_WIRE_ORIGINAL) after init adds the original
     implementation's own stricter rules, closing as the original does. dmod, on what the client
     sends: op 4 (HEARTBEAT_BACK) and every op 7 command (APPLICATION_SESSION, _END, _REAUTH,
     _HB_M), in any phase, are GW_VIOLATION 1000 "Unknown data" (D-61); then the table; then
     gw_dmod_check_original's D-54a rules, 1000 "Invalid formating of authentication". A server
     standing in for the original decodes each frame, calls gw_dmod_session_on_recv and closes
     with v.close_code and v.reason; it may also call gw_dmod_check_original(&m, &err) directly.

   NIGHTINGALE CONNECTION  gw_ng_query_format / gw_ng_query_parse build and check the
     "shards=N&user_id=N" query of /ws; gw_ng_session_valid checks the /ws/resume `session` header,
     gw_ng_resume_query_format / _parse the original's "?session=<uuid>" instead.
   ZLIB (define GATEWAY_ZLIB where the implementation is compiled, link -lz)  gw_z_inflate_* /
     gw_z_deflate_*: a per-connection zlib stream whose messages end at a sync flush (00 00 ff ff),
     messages split across frames, caller-owned buffers, allocation only at *_init (through your
     hooks); gw_z_uncompress_message / gw_z_compress_message for one-shot zlib payloads.

   THREADS  No global or static mutable state: every call touches only its arguments, so any
     calls may run on many threads at once, each with its own message, scratch and output (inputs
     may be shared read-only). A gw_session or zlib stream belongs to one thread at a time.
   OPTIONS: everything of gateway_json.h (GJ_MAX_DEPTH, GJ_ASSERT), GATEWAY_STATIC, GATEWAY_ZLIB,
     GATEWAY_NO_SM, GATEWAY_NO_I386, GATEWAY_NO_MS, GATEWAY_NO_NG, GATEWAY_NO_DMOD: leave that
     protocol out (its types, entry points, tables and session rules); gw_proto keeps its values,
     and the generic entry points know a left-out one as no protocol (GW_ERR_ARG).
     GATEWAY_ZLIB and GATEWAY_NO_<P> must be the same in every translation unit that includes
     gateway.h: they change which declarations exist.
   VERSION: GATEWAY_VERSION_MAJOR / _MINOR / _PATCH (defined in gateway_json.h; gateway.h refuses
     to compile beside a gateway_json.h of another release).
*/
/* The file is in parts: public ones (#ifndef GATEWAY_H, which the last of them defines) and
   implementation ones (GATEWAY_IMPLEMENTATION, once per program), so that each protocol's
   declarations and implementation sit together; including it again, with or without
   GATEWAY_IMPLEMENTATION, adds only what is missing. */
#ifndef GATEWAY_H

#if defined(GATEWAY_STATIC) && !defined(GATEWAY_JSON_STATIC)
#define GATEWAY_JSON_STATIC
#endif
#include "gateway_json.h"

#include <stddef.h>
#include <stdint.h>
#ifndef __cplusplus
#include <stdbool.h>
#endif

#if GATEWAY_VERSION_MAJOR != 0 || GATEWAY_VERSION_MINOR != 1 || GATEWAY_VERSION_PATCH != 0
#error "gateway.h and gateway_json.h come from different releases"
#endif

#ifndef GW_DEF
#ifdef GATEWAY_STATIC
#if defined(__GNUC__) || defined(__clang__)
#define GW_DEF static __attribute__((unused)) /* a file that calls only some functions stays quiet */
#else
#define GW_DEF static
#endif
#else
#define GW_DEF extern
#endif
#endif
#endif /* GATEWAY_H */

/* every part below, public or not, is C to C++ */
#ifdef __cplusplus
extern "C" {
#endif

#ifndef GATEWAY_H
/* ==== public types: errors, strings, lists, envelope ========================================== */
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
    size_t offset;    /* byte offset in the input (decode); GW_NO_OFFSET on encode errors */
    size_t needed;    /* GW_ERR_SCRATCH, GW_ERR_BUFFER: a size that suffices */
    uint32_t skipped; /* after a lenient decode (GW_DECODE_LENIENT) that succeeded: unknown keys skipped */
    char detail[96];  /* the rule that was broken, then what arrived (D-62): "must be an integer
                         0..4294967295, got -1", "must be null when token is null (D-54), got \"42\"",
                         "got \"GUILD_DELETE\"" (an unknown name), "4297 bytes, the limit is 4096" */
    char path[96];    /* field path, e.g. "d.ids.guild"; "" for the message itself */
} gw_error;

#define GW_NO_OFFSET ((size_t)-1) /* gw_error.offset of an error with no input byte to point at */

typedef enum gw_from { GW_FROM_CLIENT = 1, GW_FROM_SERVER = 2 } gw_from;

/* Which wire form the encoder writes where a protocol's seed document and its original
   implementation's code disagree (PROTOCOLS.md section 0.4). Decoders accept both. */
typedef enum gw_wire {
    GW_WIRE_SEED = 0,    /* the form the seed documents describe: what gw_<p>_encode writes */
    GW_WIRE_ORIGINAL = 1 /* the form the original implementation's code sends and reads */
} gw_wire;

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
/* One line for a log, with err.detail when there is one:
     "byte 21: d.ids.shard: integer out of range: must be an integer 0..4294967295, got -1"
     "byte 7: d.emojis[0].id: invalid JSON: duplicate object key: a key may appear once in an object (D-01)"
     "field d.uid: message cannot be encoded as valid protocol JSON: must be null when token is null (D-54)"
     (encode and gw_dmod_check_original: a field, no byte)
   Truncated to fit; returns out. */
GW_DEF const char *gw_error_text(const gw_error *e, char *out, size_t cap);
/* gw_str from a NUL-terminated C string (plain text, not escaped). */
GW_DEF gw_str gw_str_c(const char *s);
/* Unescaped text of s into out (NUL-terminated when it fits); *outlen = unescaped length.
   GW_ERR_BUFFER when cap <= that length. */
GW_DEF gw_err gw_str_unescape(gw_str s, char *out, size_t cap, size_t *outlen);
/* Does s, unescaped, equal the n bytes at lit? */
GW_DEF int gw_str_eq(gw_str s, const char *lit, size_t n);
/* A string id (dmod's gid and uid, any decimal text) as a number: 1 to 20 digits, no sign, no
   leading zero, at most UINT64_MAX, escapes allowed (\u0031 is 1). GW_ERR_INVALID otherwise. */
GW_DEF gw_err gw_str_to_u64(gw_str s, uint64_t *out);
/* printf a gw_str: printf("name " GW_STR_FMT "\n", GW_STR_ARG(s)). Escaped text (s.escaped)
   prints as it came, escapes and all: gw_str_unescape it first to show the characters. */
#define GW_STR_FMT "%.*s"
#define GW_STR_ARG(s) (int)(s).len, ((s).ptr ? (s).ptr : "")
/* s unescaped into out as a C string, for a log line: cut to fit cap and then ending in "..."
   (never inside a UTF-8 sequence); returns out. printf("user %s\n", gw_str_text(u.username, buf,
   sizeof buf)). A \u0000 in s ends the C string there. */
GW_DEF const char *gw_str_text(gw_str s, char *out, size_t cap);
/* printf a 64-bit id (snowflakes, sequence numbers) with no cast or <inttypes.h>:
   printf("guild " GW_ID_FMT "\n", GW_ID_ARG(m.u.guild.id)). */
#define GW_ID_FMT "%llu"
#define GW_ID_ARG(x) ((unsigned long long)(x))

/* Lenient decoding (gw_<p>_decode_flags / gw_decode_flags with GW_DECODE_LENIENT, PROTOCOLS.md
   D-06, D-06a): a frame strict decoding accepts decodes the same; of the others, one whose event,
   command or type name no kind has, or whose opcode no kind has, decodes as the kind GW_<P>_UNKNOWN
   when its envelope keeps the protocol's rules (microservice: "d" an object; dmod: "d" an object
   or null ...; a broken rule is the error, named in err.detail), and unknown keys inside typed
   objects are skipped (counted in err->skipped). The JSON stays strict. */
enum { GW_DECODE_STRICT = 0, GW_DECODE_LENIENT = 1 };

/* u.unknown of GW_<P>_UNKNOWN: a message with a name no kind has, or an opcode no kind has. */
typedef struct gw_unknown {
    int64_t op;        /* the opcode (Nightingale: 0, see op_name) */
    gw_str op_name;    /* Nightingale's string op; empty for the others */
    gw_str name;       /* the event, command or type name (ptr NULL for an unknown opcode) */
    gw_raw body;       /* the whole message, validated JSON: encoding the kind writes it back */
} gw_unknown;

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
#define GW__DECLARE(p, id) \
    GW_DEF gw_err gw_##p##_peek(const char *buf, size_t len, gw_from from, gw_envelope *peek, \
                                void *scratch, size_t scratch_size, gw_error *err); \
    GW_DEF gw_err gw_##p##_decode(const char *buf, size_t len, gw_from from, gw_##p##_msg *out, \
                                  void *scratch, size_t scratch_size, gw_error *err); \
    GW_DEF gw_err gw_##p##_decode_flags(const char *buf, size_t len, gw_from from, unsigned flags, gw_##p##_msg *out, \
                                        void *scratch, size_t scratch_size, gw_error *err); \
    GW_DEF gw_err gw_##p##_encode(const gw_##p##_msg *m, char *out, size_t cap, size_t *outlen, gw_error *err); \
    GW_DEF gw_err gw_##p##_encode_wire(const gw_##p##_msg *m, gw_wire wire, char *out, size_t cap, size_t *outlen, \
                                       gw_error *err); \
    GW_DEF int gw_##p##_equal(const gw_##p##_msg *a, const gw_##p##_msg *b); \
    GW_DEF gw_##p##_msg *gw_##p##_init(gw_##p##_msg *m, gw_##p##_kind kind); \
    GW__SESSION_DECLARE(p, id)

/* ==== message lists =========================================================================== */
/* Message lists. Each protocol lists its messages once, in GW__<P>_MESSAGES(M, A): its kind enum
   is made from the list here, and the implementation makes its decode and encode rows from it.
     M(kind, sender, op, name, place, schema, wire)  a message, and its kind
     A(...the same columns...)                       another form of a kind listed above: the other
                                                     wire's shape, or a key the original also reads
   sender: C (client), S (server) or CS (either). op: the opcode, or GW__ANY_OP when the name alone
   tells the message. name: the string that tells messages of one op apart, found at the key path
   `place` (T is "t", D_FOR is "d"."for", ...; NONE with a NULL name). schema: the whole message's
   schema, in the implementation. wire: which encodes use the row: BOTH, SEED_ONLY, ORIG_ONLY, or
   DECODE_ONLY for a form that is only read. Row order is dispatch order: rows of any op first,
   then by ascending op; within an op, the first row that fits wins. tests/test_tables.c checks. */
#define GW__KIND(kind, ...) kind,
#define GW__FORM(...)

/* ==== session checker: declarations =========================================================== */
/* One fixed-size gw_session per connection and side; no allocation, no clock: every call takes
   the caller's monotonic now_ms. Each protocol's rules are a table in its block (one row per
   message and phase), read against PROTOCOLS.md's "Sequence" rows; each protocol's section
   declares its gw_<p>_session_* entry points (GW__SESSION_DECLARE, in GW__DECLARE). */
typedef enum gw_verdict {
    GW_VERDICT_OK = 0,  /* carry on */
    GW_SEND_HEARTBEAT,  /* send this side's heartbeat, or the heartbeat answer / ack it owes, now */
    GW_VIOLATION,       /* the peer (on_recv) or this side (on_send) broke the protocol: close */
    GW_TIMEOUT          /* a heartbeat or ack did not come in time: close */
} gw_verdict;
#define GW_OK_CONTINUE GW_VERDICT_OK

/* A side is also the sender of what it sends: its values are gw_from's (the checker passes
   s->side as the sender of on_send, the other side as on_recv's). */
typedef enum gw_side { GW_SIDE_CLIENT = GW_FROM_CLIENT, GW_SIDE_SERVER = GW_FROM_SERVER } gw_side;
/* The length of an array indexed by a gw_side or gw_from (1 and 2; slot 0 unused) */
enum { GW__SIDES = GW_FROM_SERVER + 1 };

typedef struct gw_session_verdict {
    gw_verdict action;
    int close_code;            /* GW_VIOLATION, GW_TIMEOUT: the close code to send (PROTOCOLS.md's, else 1002/1008/1009) */
    const char *reason;        /* static text; NULL when OK */
    uint64_t next_deadline_ms; /* the next moment a timer fires (call poll by then); 0: no timer runs */
} gw_session_verdict;

/* dmod's commands that await a response (gw_session.pending's index) */
enum { GW__DMOD_PENDING_CONNECT, GW__DMOD_PENDING_DISCONNECT, GW__DMOD_PENDING_KINDS };
typedef struct gw_session {
    uint8_t proto, side, phase;
    uint8_t ack_pending;   /* heartbeats (pings) the client sent that the server has not acknowledged */
    uint8_t ack_head;      /* client: ack_due_ms[ack_head] is the oldest unacknowledged heartbeat's deadline */
    uint8_t answer_owed;   /* heartbeat requests of the server the client has not answered */
    uint8_t timers;        /* the heartbeat schedule runs (from the protocol's start message) */
    uint8_t service;       /* microservice: identify `type` + 1 (0: not identified) */
    uint8_t pending[GW__DMOD_PENDING_KINDS]; /* dmod: commands awaiting their response, by GW__DMOD_PENDING_* */
    uint8_t has_seq[GW__SIDES]; /* i386chat: last `s` seen, by sender (index gw_from) */
    uint8_t wire;          /* gw_wire: GW_WIRE_ORIGINAL adds the original's own rules (dmod, D-54a) */
    uint32_t seq[GW__SIDES];
    uint32_t interval_ms;  /* heartbeat interval from the hello; 0: unknown, no timers */
    uint64_t last_hb_ms;   /* the last client heartbeat, or when the schedule started */
    uint64_t ack_due_ms[4]; /* client: a ring of the unacknowledged heartbeats' deadlines, oldest first (D-70) */
    gw_session_verdict failed; /* once a VIOLATION or TIMEOUT, every later call returns it */
} gw_session;
/* Each protocol's session entry points (declared in its section) */
#define GW__SESSION_DECLARE(p, id) \
    GW_DEF void gw_##p##_session_init(gw_session *s, gw_side side, uint64_t now_ms); \
    GW_DEF gw_session_verdict gw_##p##_session_on_recv(gw_session *s, const gw_##p##_msg *m, uint64_t now_ms); \
    GW_DEF gw_session_verdict gw_##p##_session_on_send(gw_session *s, const gw_##p##_msg *m, uint64_t now_ms); \
    GW_DEF gw_session_verdict gw_##p##_session_poll(gw_session *s, uint64_t now_ms); \
    GW_DEF gw_session_verdict gw_##p##_session_on_error(gw_session *s, const gw_error *e, uint64_t now_ms);

#endif /* GATEWAY_H */

/* ============================================================================================ */
#if defined(GATEWAY_IMPLEMENTATION) && !defined(GATEWAY_IMPLEMENTATION_DONE)
#ifdef __cplusplus
}
#endif
#include "gateway_json.h" /* its implementation too, when gateway.h came before without GATEWAY_IMPLEMENTATION */
#include <string.h>
#include <stdio.h>
#ifdef __cplusplus
extern "C" {
#endif
#if defined(__GNUC__) || defined(__clang__)
#define GW__NOINLINE __attribute__((noinline)) /* rare paths, kept out of the hot functions' frames */
#else
#define GW__NOINLINE
#endif

/* ==== implementation: the tables' types ======================================================= */
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
    GW__CONST_STR,/* must equal sub (event names), cval bytes long */
    GW__NULL,     /* must be null */
    GW__ENUM      /* int: index into the names at sub (cval of them), written as the name */
};
/* flags: OPT may be absent; NULLABLE may be null; ALT accepts the other form on decode (snowflake
   as an integer, id as a digit string); QUIET: an optional null the encoder leaves out (a NULL
   field, or an OPT|NULLABLE field whose has_ is false); WRAPPED_EMPTY: an array with wrappers
   whose "none" is also written inside every wrapper ([[[]]] as well as []), D-17a; MIN1: an
   integer whose schema's check refuses 0, so err.detail states the range from 1 (D-63) */
enum { GW__OPT = 1, GW__NULLABLE = 2, GW__ALT = 4, GW__QUIET = 8, GW__WRAPPED_EMPTY = 16, GW__MIN1 = 32 };
/* string formats (cval of a GW__STR field); integer fields use cval as their maximum when > 0 */
enum { GW__FMT_ANY = 0, GW__FMT_UUID, GW__FMT_DATETIME, GW__FMT_DIGITS4 };
#define GW__ANY_OP INT64_MIN
#define GW__NOHAS 0xFFFFu
#define GW__ELEM_MAX 512 /* largest array element struct */

typedef struct gw__field {
    const char *name;
    uint64_t tag;        /* GW__TAG(name): the one-pass decoder's key compare */
    uint64_t tag2;       /* GW__TAG2(name): bytes 7-14 of a longer key, compared after the tag */
    uint64_t lit[2];     /* GW__LIT(name): the bytes "name": as the input holds them (16 at most, zero after) */
    uint8_t name_len, kind, flags, wrap;
    uint16_t off, has;   /* offset of the value, and of its bool has_ flag (GW__NOHAS: none) */
    uint32_t size;       /* element descriptors: sizeof the element */
    uint32_t lit_mask;   /* bit i: byte i of lit is the key's (name_len + 3 bits); all bits past 16 bytes,
                            where a 16-byte compare never matches */
    const void *sub;
    int64_t cval;
} gw__field;

typedef struct gw__schema {
    const gw__field *f;
    uint32_t n;
    uint32_t tuple;      /* a JSON array whose elements are the fields, in order */
    /* rules across fields, run after decode and before encode: returns the offending key or NULL */
    const char *(*check)(const unsigned char *base);
    const char *name;    /* the C name of the schema (make slots names its key table by it) */
    /* the one-pass decoder's key table (GW__SLOTS_<name>): the key whose first bytes, with its
       closing quote, are the word w (gw__key_prefix) is field
       slots[((w & key_mask) * slot_mul) >> slot_shift] - '#' ('!': none), or one that shares its
       first bytes (the one searched); gw__no_slots for a schema without one: searched */
    uint64_t key_mask;   /* one byte more than the shortest key: the bytes every key fixes */
    uint64_t slot_mul;
    uint32_t slot_shift;
    const char *slots;
    uint64_t required;   /* from the same table: bit j set when field j is required; ~0 without a table
                            (each field's flags are read) */
} gw__schema;

/* What a field's sub points to, by its kind. sub is a const void * rather than a union because a
   table initialises it in place, and C++ before C++20 cannot initialise a union's other members. */
static const gw__schema *gw__sub_schema(const gw__field *f) { return (const gw__schema *)f->sub; } /* GW__OBJ */
static const gw__field *gw__sub_elem(const gw__field *f) { return (const gw__field *)f->sub; }     /* GW__ARR */
static const char *const *gw__sub_names(const gw__field *f) { return (const char *const *)f->sub; } /* GW__ENUM */
/* GW__CONST_STR: the string; an integer of GW__FIELD_MAX: the decision that sets its maximum */
static const char *gw__sub_text(const gw__field *f) { return (const char *)f->sub; }

/* Which encodes may use a variant: every wire (0), one wire's form only, or none (a decode-only
   alias such as i386 `e`). Decoding tries every variant. */
enum { GW__BOTH = 0, GW__SEED_ONLY = 1, GW__ORIG_ONLY = 2, GW__DECODE_ONLY = 3 };

/* One message: which op (and name) selects it, who may send it, and its whole-message schema.
   A protocol's variants: those of any op (GW__ANY_OP) first, then by op, ascending for numeric ops,
   adjacent for string ops (the one-pass decoder takes an op's rows as one run); within one op,
   table order is dispatch order. */
typedef struct gw__variant {
    int kind;
    const char *kind_name;
    uint8_t from;        /* GW_FROM_CLIENT | GW_FROM_SERVER */
    int64_t op;
    const char *op_name; /* protocols whose op is a string */
    const char *name;    /* discriminating name, found at root[key1][key2][key3] */
    const char *key1, *key2, *key3;
    uint64_t key1_tag;   /* GW__TAG(key1), 0 for none */
    const gw__schema *schema;
    uint8_t only;        /* GW__BOTH, GW__SEED_ONLY, GW__ORIG_ONLY, GW__DECODE_ONLY */
    uint64_t op_tag, name_tag; /* GW__TAG of op_name and of name (0 for none): the one pass compares these */
    uint8_t place;       /* which name place (GW__PLACE_<at>), 0 for none: one slot per place in a dispatch */
} gw__variant;

/* A variant row from a row of a message list (GW__<P>_MESSAGES, "message lists" in the public
   section): GW__ROW where the op is a number, GW__ROW_NAMED_OP where it is a string. */
#define GW__FROM_C GW_FROM_CLIENT
#define GW__FROM_S GW_FROM_SERVER
#define GW__FROM_CS (GW_FROM_CLIENT | GW_FROM_SERVER)
/* the places a name may sit, numbered for the one pass's dispatch (a row's GW__PLACE_<at>) */
enum { GW__PLACE_NONE, GW__PLACE_T, GW__PLACE_E, GW__PLACE_EV, GW__PLACE_CMD, GW__PLACE_EVENT, GW__PLACE_D_FOR,
       GW__PLACE_D_TYPE, GW__PLACE_DATA_TYPE, GW__PLACE_DATA_EVENT_TYPE, GW__PLACES };
#define GW__AT_NONE NULL, NULL, NULL, 0 /* where the name sits: its key path from the root */
#define GW__AT_T "t", NULL, NULL, GW__TAG("t")
#define GW__AT_E "e", NULL, NULL, GW__TAG("e")
#define GW__AT_EV "ev", NULL, NULL, GW__TAG("ev")
#define GW__AT_CMD "cmd", NULL, NULL, GW__TAG("cmd")
#define GW__AT_EVENT "event", NULL, NULL, GW__TAG("event")
#define GW__AT_D_FOR "d", "for", NULL, GW__TAG("d")
#define GW__AT_D_TYPE "d", "type", NULL, GW__TAG("d")
#define GW__AT_DATA_TYPE "data", "type", NULL, GW__TAG("data")
#define GW__AT_DATA_EVENT_TYPE "data", "event", "type", GW__TAG("data")
/* every key of the paths above (test_tables checks every row's keys are here) */
static const char *const gw__place_keys[] = { "t", "e", "ev", "cmd", "event", "d", "for", "type", "data" };
#define GW__ROW(kind, from, op, name, at, schema, wire) \
    { kind, #kind, GW__FROM_##from, op, NULL, name, GW__AT_##at, &schema, GW__##wire, 0, GW__NAME_TAG_##at(name), GW__PLACE_##at },
#define GW__ROW_NAMED_OP(kind, from, op, name, at, schema, wire) \
    { kind, #kind, GW__FROM_##from, 0, op, name, GW__AT_##at, &schema, GW__##wire, GW__TAG(op), GW__NAME_TAG_##at(name), GW__PLACE_##at },
/* A protocol's rows, and the index of each kind's first row. Rows are numbered by an enum named
   after their schemas (so two rows of one protocol cannot share a schema), and a kind's M row is
   its first. */
#define GW__VARIANTS(p, P, ROW) \
    static const gw__variant gw__##p##_variants[] = { GW__##P##_MESSAGES(ROW, ROW) }; \
    enum { GW__##P##_MESSAGES(GW__ROW_INDEX, GW__ROW_INDEX) GW__##P##_NROWS }; \
    static const uint16_t gw__##p##_first[] = { GW__##P##_MESSAGES(GW__ROW_INDEX, GW__FORM) };
#define GW__ROW_INDEX(kind, from, op, name, at, schema, wire) GW__ROWNO_##schema,
/* a row's name tag: none where the name is NULL (place NONE) */
#define GW__NAME_TAG_NONE(name) 0
#define GW__NAME_TAG_T(name) GW__TAG(name)
#define GW__NAME_TAG_E(name) GW__TAG(name)
#define GW__NAME_TAG_EV(name) GW__TAG(name)
#define GW__NAME_TAG_CMD(name) GW__TAG(name)
#define GW__NAME_TAG_EVENT(name) GW__TAG(name)
#define GW__NAME_TAG_D_FOR(name) GW__TAG(name)
#define GW__NAME_TAG_D_TYPE(name) GW__TAG(name)
#define GW__NAME_TAG_DATA_TYPE(name) GW__TAG(name)
#define GW__NAME_TAG_DATA_EVENT_TYPE(name) GW__TAG(name)

/* An envelope rule of lenient decoding (D-06a): a value that every message of a protocol has or
   may have, known kind or not, and the JSON types it may take. A frame decodes as GW_<P>_UNKNOWN
   only when it keeps every rule that applies to it. */
typedef struct gw__env_rule {
    const char *key1, *key2; /* key2 inside key1's object (checked when that is an object), or NULL;
                                key1 GW__ENV_HOLDER: the object that holds the frame's name */
    unsigned types;          /* GW__ENV_TYPE(GJ_OBJECT) | ...: the JSON types allowed */
    uint8_t required, from;  /* must be present; whose messages (GW_FROM_CLIENT | GW_FROM_SERVER) */
    uint8_t when;            /* GW__ENV_ALWAYS, _NAMED (the frame has a name), _NOT_OP (its op is not op) */
    int64_t op;
    const char *rule;        /* the rule, for err.detail: "an object on every message (D-31)" */
} gw__env_rule;
#define GW__ENV_TYPE(t) (1u << (t))
#define GW__ENV_BOOL (GW__ENV_TYPE(GJ_TRUE) | GW__ENV_TYPE(GJ_FALSE))
#define GW__ENV_HOLDER ""
enum { GW__ENV_ALWAYS, GW__ENV_NAMED, GW__ENV_NOT_OP };

/* A whole frame: the bytes, all of them, of a message with nothing variable (a heartbeat, an ack:
   {"op":4,"d":{}}; or a kind whose other members are optional, sent without them), as the encoder
   writes it in either wire (and a decode-only alias, i386's "e", as its own schema writes it) and
   with its members in any order, and in its own order as the common
   writers space it (indent 2: JSON.stringify(v, null, 2), Python's indent=2, Go's MarshalIndent;
   Python's default ", " and ": "), and what it decodes to (the kind, nothing else set).
   gw_decode and gw_peek look a frame this short up before they read it: three of its words
   hashed into a table of slots (gw__whole_find). `make slots` writes the rows and the table
   (GW__WHOLE_<p>) from the schemas, having decoded each row with the token decoder; test_tables
   checks they are current. */
typedef struct gw__whole {
    uint8_t from, len;   /* who sends it (GW_FROM_CLIENT | GW_FROM_SERVER), its length */
    uint8_t encoded;     /* 1: what gw_encode writes for every message of its kind (rows with it come first) */
    uint8_t more;        /* 1: the next row is of the same slot (its bytes hash the same) */
    int kind;
    const char *bytes;
} gw__whole;

/* A shape: the frame gw_encode writes for a kind whose values are all scalars (integers, booleans,
   snowflakes and strings: a heartbeat with its figures, a hello, an event with its ids), as literal
   pieces with a value between each two: {"op":1,"d":{"heapUsed": 1 ,"guilds": 2 }}, in each order
   of the members of its small objects, and pretty-printed (indent 2) in its own order; a
   decode-only alias (i386's "e") as its own schema writes it, in that order only. gw_decode
   looks a frame of 16 to GW__SHAPE_LEN bytes up by its sender and first 15 bytes (every shape's
   first piece is as long) and reads it piece by piece, each value straight into its field, before
   the envelope is read at all; any other frame, or any byte off the shape, goes on to the one pass.
   A slot may hold rows of several first pieces; its rows come in the order of their pieces, so a
   row that fails after the pieces (and values) it shares with the next hands its place over. `make
   slots` writes the rows and the table (GW__SHAPE_<p>) from the rows' schemas and gw_encode's
   output; test_tables checks each against the token decoder. */
enum { GW__SHAPE_HOLES = 4, GW__SHAPE_LEN = 128 };
enum { GW__SHAPE_INT, GW__SHAPE_BOOL, GW__SHAPE_SNOWFLAKE, GW__SHAPE_STR }; /* a value's type: how it is read */
#define GW__SHAPE_PAD "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0" /* after a text: with its own '\0', 16 zero bytes */
typedef struct gw__shape {
    uint8_t from;                        /* its sender (GW_FROM_CLIENT or GW_FROM_SERVER) */
    uint8_t more;                        /* 1: the next row is of the same slot (it may have another first piece) */
    uint8_t shares;                      /* the pieces the next row has the same (and the values between), from the first */
    uint8_t holes;                       /* its values, 1 to GW__SHAPE_HOLES */
    uint8_t next;                        /* the rows to the next first piece of the slot (0: none), so
                                            that a frame passes a first piece's rows in one step */
    uint8_t piece[GW__SHAPE_HOLES + 1];  /* the length of the literal before each value, then after the last */
    uint8_t type[GW__SHAPE_HOLES];       /* each value's GW__SHAPE_<type> */
    uint8_t at[GW__SHAPE_HOLES][2];      /* each value's field: its index in the row's schema, then in that
                                            field's object (255: the value is the top-level field) */
    uint16_t row;                        /* its variant */
    uint32_t objs;                       /* bit i: top-level field i is an object in it with a has_ flag or a rule */
    const char *text;                    /* the pieces back to back, then 16 zero bytes */
} gw__shape;

/* A lead: the first bytes of a frame, as gw_encode writes them, that decide its kind whatever
   follows: the opcode's member, then the name's (a top-level member, or the first of the object
   that the next member opens), then a ',': {"op":5,"d":{"type":"member",  or the opcode alone where
   it decides: {"op":"forward",  each also with the null member that the encoder writes right
   after the opcode's: {"op":7,"t":null,"d":{"for":"CONNECT_GUILD",  {"op":2,"t":null,  or the
   name's member first, with the opcode's member after it ({"t":"MESSAGE_CREATE","f":130,) or the
   frame's last (end), as a frame of keys in reverse has them: {"t":"MESSAGE_CREATE", ... ,"f":130};
   or the object first with the name first in it, the opcode's member last: {"d":{"type":"member",
   ... },"op":5} (gw__lead_decode_in_end); and each of the opcode first without an end pretty-printed as indent 2 writes it: {\n  "op": 5,
   \n  "d": {\n    "type": "member",  (the whitespace after it is the one pass's to skip). The one
   pass looks a frame up by its sender and first 16 bytes (gw__lead_hash; every lead is as long) and,
   when it starts with a lead (and ends with its end), reads the rest by the kind's schema from
   there, the lead's members taken as read; any other frame, or one that the kind's schema refuses,
   is read from its first byte. `make slots` writes the leads (GW__LEAD_<p>) from the rows' opcodes
   and names, each with the row that the envelope's own dispatch picks for it (gw__pick_op, then
   gw__fast_op_alone or gw__named_pick). */
enum { GW__LEAD_NONE = 255 }; /* no field: the lead has no name, or its name is a top-level member */
typedef struct gw__lead {
    uint8_t from;    /* its sender (GW_FROM_CLIENT or GW_FROM_SERVER) */
    uint8_t more;    /* 1: the next row is of the same slot */
    uint8_t len;     /* the length of text, 16 or more */
    uint8_t op_at;   /* the opcode's field in the row's schema */
    uint8_t name_at; /* the name's field: in the row's schema, or in that of field `in`; GW__LEAD_NONE: none */
    uint8_t in;      /* the top-level field whose object holds the name, or GW__LEAD_NONE */
    uint8_t name_enum; /* the name's field is an enum (GW__ENUM): 1 + the name's value; else 0, a constant */
    uint8_t end_len; /* the length of end, the opcode's member last (from its ',' to the frame's '}'), or 0 */
    uint8_t null_at; /* a top-level field whose member, "key":null, text holds after the opcode's, or GW__LEAD_NONE */
    uint16_t row;    /* its variant */
    const char *text, *end;
} gw__lead;

/* A tail: the last bytes of a frame whose name is a top-level member, after the opcode's member
   (the head) as i386chat's encoder writes it: {"f":130, ... ,"t":"MESSAGE_CREATE"}, or before it as
   a frame of keys in reverse ends: ,"t":"GUILD_PRIVILEGE_UPDATE","op":5} (no head); or whose name
   ends the object that the frame opens with, the opcode last: {"d":{ ... ,"type":"member"},"op":5}
   (the head the object's key), or the opcode first and the object last, the name last in it:
   {"op":5,"d":{ ... ,"type":"member"}} (the head the opcode's member, its null one, the object's
   key); or the opcode then the name last: ,"op":5,"t":"GUILD_CREATE"}; where a null member may sit
   before the opcode's: {"d":{ ... ,"for":"CONNECT_GUILD"},"t":null,"op":7}; or an opcode that decides alone, last:
   ,"op":"forward"}  ,"t":null,"op":2}  ,"op":1} (no name). Made from the leads of those names and
   opcodes (their rows decide either way), 16 bytes or longer (8 or longer: an opcode alone), looked
   up by the sender and the last 16 bytes (a short one: 8) when no lead starts the frame; the
   members between are read by the row's schema (gw__tail_decode). A compact frame that no lead
   starts and no tail ends is looked up again past its first member or before its last, where that
   is a scalar of neither the opcode nor a name (gw__fast_ends_past). */
typedef struct gw__tail {
    uint8_t from, more;
    uint8_t head_len; /* the opcode's member and its ',' first, or {"key":{ (in), or both (in), or 0: a '{' */
    uint8_t len;      /* the length of text, from the ',' before the name to the frame's '}' */
    uint8_t op_at, name_at, name_enum, in, null_at; /* as a lead's (null_at: its member right before the opcode's) */
    uint16_t row;
    const char *head, *text;
} gw__tail;

/* A name of the dispatch's table of names: the kind that a frame with this opcode and this name at
   this place is, whatever its other members, as gw__fast_pick finds it (`make slots` asks it, with
   nothing else read). The one pass looks the name it reads next to the opcode up here, by a hash of
   its place, its opcode and its tag (gw__named_find), and walks the rows only when it is not there. */
typedef struct gw__named {
    uint8_t place;           /* GW__PLACE_<at> */
    uint16_t op_row;         /* the first row of its opcode (gw__pick_op's lo) */
    uint16_t row[GW__SIDES]; /* by sender (index gw_from): 1 + the row picked, 0 when the name does not decide alone */
    uint8_t name_len;
    const char *name;
} gw__named;

typedef struct gw__proto {
    const char *name;
    const char *op_key;
    int op_is_string;
    size_t cap[GW__SIDES]; /* payload size cap by sender (index gw_from), 0 for none */
    size_t cap_min;        /* the smaller of the caps, SIZE_MAX for none: a payload within it is within both */
    size_t msg_size;
    const gw__variant *v;
    uint32_t nv;
    const uint16_t *first; /* kind k's first row (its M row) at first[k - 1], for k in 1..nkinds */
    uint32_t nkinds;
    uint32_t any_end;    /* the rows of any op, which come first (numeric opcodes only) */
    int unknown_kind;    /* GW_<P>_UNKNOWN, of lenient decoding (no variant: the tables never pick it) */
    const char *unknown_name;
    size_t unknown_off;  /* offsetof(gw_<p>_msg, u.unknown) */
    const char *seq_key; /* a top-level uint32 sequence number peek reports (i386chat "s", D-22), or NULL */
    uint64_t op_key_tag; /* GW__TAG(op_key) */
    uint64_t op_lit, op_lit_mask; /* the bytes "op": of the op key (GW__LIT), and those of them the
                                     one pass compares at once: none (0) when they are more than 8 */
    const gw__env_rule *env; /* the envelope of every message, for GW_<P>_UNKNOWN (D-06a) */
    uint32_t nenv;
    /* why a kind has no row in a wire (an original's rule, for the encode error's detail), or NULL */
    const char *(*no_form)(int kind, gw_wire wire);
    /* what the original refuses in a message its schemas accept: GW__WHY(path, rule) or NULL;
       GW_WIRE_ORIGINAL encodes refuse it (D-64), or NULL */
    const char *(*orig_rule)(const void *msg);
    const gw__whole *whole; /* the protocol's whole frames, up to a row of len 0 */
    size_t whole_max;       /* the longest of them (0: none): a longer frame is not looked up */
    uint64_t whole_mul;     /* a frame's slot: (gw__whole_hash * whole_mul) >> whole_shift */
    uint32_t whole_shift;
    const char *whole_slots; /* '#' + the row of each slot (the first of rows with the same bytes), '!': none */
    const gw__named *named;  /* the table of names (gw__named_find), up to a row of place 0 */
    uint32_t named_places;   /* bit p: some name of the table sits at place p */
    uint64_t named_mul;      /* a name's slot: (gw__named_word * named_mul) >> named_shift */
    uint32_t named_shift;
    const char *named_slots; /* '#' + the name of each slot, '!': none; NULL: no table */
    const gw__shape *shape;  /* the protocol's shapes, up to a row of 0 holes */
    uint64_t shape_mul;      /* a frame's slot: (gw__shape_hash * shape_mul) >> shape_shift */
    uint32_t shape_shift;
    const char *shape_slots; /* '#' + the first row of each slot, '!': none; NULL: no shapes */
    const gw__lead *lead;    /* the protocol's leads, up to a row of len 0 */
    uint64_t lead_mul;       /* a frame's slot: (gw__lead_hash * lead_mul) >> lead_shift */
    uint32_t lead_shift;
    const char *lead_slots;  /* '#' + the first row of each slot, '!': none; NULL: no leads */
    const gw__tail *tail;    /* the protocol's tails, up to a row of len 0 */
    uint64_t tail_mul;       /* a frame's slot: (gw__lead_hash of its last 16 bytes, or gw__tail_hash8 of its
                                last 8, * tail_mul) >> tail_shift */
    uint32_t tail_shift;
    const char *tail_slots;  /* '#' + the first row of each slot, '!': none; NULL: no tails */
    const uint16_t *op_first; /* numeric opcodes: op_first[op], the first row of op `op` or of the next op
                                 after it (of the rows after any_end), for op below nop_first */
    uint32_t nop_first;
} gw__proto;

#define GW__COUNT(a) ((uint32_t)(sizeof(a) / sizeof((a)[0])))
/* A key's tag: its first 7 bytes (byte i at bits 8i, zero past its end) and its length in the top
   byte. Two keys of one length that differ in their first 7 bytes differ in their tags; longer keys
   compare their tails too. Folded at compile time from the key's literal. */
#define GW__TAG_BYTE(k, i) (sizeof(k) > (i) ? (uint64_t)(unsigned char)(k)[sizeof(k) > (i) ? (i) : 0] << (8 * (i)) : 0)
#define GW__TAG(k) (GW__TAG_BYTE(k, 0) | GW__TAG_BYTE(k, 1) | GW__TAG_BYTE(k, 2) | GW__TAG_BYTE(k, 3) | \
                    GW__TAG_BYTE(k, 4) | GW__TAG_BYTE(k, 5) | GW__TAG_BYTE(k, 6) | (uint64_t)(sizeof(k) - 1) << 56)
/* A key's second tag: its bytes 7 to 14 (byte 7 + i at bits 8i, zero past its end), so keys of up
   to 15 bytes compare in two words */
#define GW__TAG2_BYTE(k, i) (sizeof(k) > (i) ? (uint64_t)(unsigned char)(k)[sizeof(k) > (i) ? (i) : 0] << (8 * ((i) - 7)) : 0)
#define GW__TAG2(k) (GW__TAG2_BYTE(k, 7) | GW__TAG2_BYTE(k, 8) | GW__TAG2_BYTE(k, 9) | GW__TAG2_BYTE(k, 10) | \
                     GW__TAG2_BYTE(k, 11) | GW__TAG2_BYTE(k, 12) | GW__TAG2_BYTE(k, 13) | GW__TAG2_BYTE(k, 14))
/* Word w (0 or 1) of a key's literal: the bytes "key": (byte i of the 16 at bits 8 * (i % 8)), zero
   past them and past byte 15 */
#define GW__LIT_BYTE(k, i) ((uint64_t)((i) == 0 ? 0x22u : (i) < sizeof(k) ? (unsigned char)(k)[(i) < sizeof(k) ? (i) - 1 : 0] \
                                      : (i) == sizeof(k) ? 0x22u : (i) == sizeof(k) + 1 ? 0x3Au : 0u) << (8 * ((i) % 8)))
#define GW__LIT(k, w) (GW__LIT_BYTE(k, 8 * (w)) | GW__LIT_BYTE(k, 8 * (w) + 1) | GW__LIT_BYTE(k, 8 * (w) + 2) | \
                       GW__LIT_BYTE(k, 8 * (w) + 3) | GW__LIT_BYTE(k, 8 * (w) + 4) | GW__LIT_BYTE(k, 8 * (w) + 5) | \
                       GW__LIT_BYTE(k, 8 * (w) + 6) | GW__LIT_BYTE(k, 8 * (w) + 7))
/* The bytes of a key's literal that fit a word (all of them, or none) */
#define GW__LIT_MASK8(k) (sizeof(k) + 2 > 8 ? 0 : sizeof(k) + 2 == 8 ? ~(uint64_t)0 : ((uint64_t)1 << (8 * ((sizeof(k) + 2) % 8))) - 1)
/* A protocol's gw__proto from its prefix (p: sm, P: SM): its gw_<p>_msg, gw__<p>_variants,
   gw__<p>_env, GW_<P>_UNKNOWN and GW__<P>_MESSAGES (its rows of any op counted), and the columns
   below; op_is_string is the literal 0 or 1 */
#define GW__PROTO(p, P, name, op_key, op_is_string, cap_client, cap_server, seq_key, no_form, orig_rule) \
    static const gw__whole gw__##p##_whole[] = { GW__WHOLE_ROWS(p) { 0, 0, 0, 0, 0, NULL } }; \
    static const gw__named gw__##p##_named[] = { GW__NAMED_ROWS(p) { 0, 0, { 0, 0, 0 }, 0, NULL } }; \
    static const gw__shape gw__##p##_shape[] = { GW__SHAPE_ROWS(p) { 0, 0, 0, 0, 0, { 0 }, { 0 }, { { 0, 0 } }, 0, 0, NULL } }; \
    static const gw__lead gw__##p##_lead[] = { GW__LEAD_ROWS(p) { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, NULL } }; \
    static const gw__tail gw__##p##_tail[] = { GW__TAIL_ROWS(p) { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, NULL } }; \
    static const uint16_t gw__##p##_op_first[] = { GW__OP_FIRST_ROWS(p) 0 }; \
    static const gw__proto gw__##p##_proto = { name, op_key, op_is_string, { 0, cap_client, cap_server }, GW__CAP_MIN(cap_client, cap_server), sizeof(gw_##p##_msg), gw__##p##_variants, \
      GW__COUNT(gw__##p##_variants), gw__##p##_first, GW__COUNT(gw__##p##_first), (uint32_t)GW__ANY_END_##op_is_string(P), GW_##P##_UNKNOWN, "GW_" #P "_UNKNOWN", offsetof(gw_##p##_msg, u.unknown), seq_key, \
      GW__TAG(op_key), GW__LIT(op_key, 0), GW__LIT_MASK8(op_key), gw__##p##_env, GW__COUNT(gw__##p##_env), no_form, orig_rule, \
      gw__##p##_whole, GW__WHOLE_HEAD(p), gw__##p##_named, GW__NAMED_HEAD(p), gw__##p##_shape, GW__SHAPE_HEAD(p), \
      gw__##p##_lead, GW__LEAD_HEAD(p), gw__##p##_tail, GW__TAIL_HEAD(p), gw__##p##_op_first, GW__COUNT(gw__##p##_op_first) - 1 }
#define GW__CAP_MIN(a, b) ((a) && (!(b) || (a) < (b)) ? (size_t)(a) : (b) ? (size_t)(b) : SIZE_MAX)
/* the number of rows of any op, counted at compile time from the message list (op_is_string: 0 or 1) */
#define GW__ANY_ROW(kind, from, op, name, at, schema, wire) + ((op) == GW__ANY_OP)
#define GW__ANY_END_0(P) (0 GW__##P##_MESSAGES(GW__ANY_ROW, GW__ANY_ROW))
#define GW__ANY_END_1(P) 0
#define GW__OFF(T, m) ((uint16_t)offsetof(T, m))
/* Field constructors, one per shape of field. T: the struct; key: its JSON key; kind: GW__STR ...;
   m: the member; h: its bool has_ member; flags: GW__OPT ...; sub: an object's schema or a list's
   element; wrap: one-element arrays around a list (D-16). A field is a struct literal in this
   order (C++ has no designated initializers before C++20): name, tag, tag2, lit, name_len, kind,
   flags, wrap, off, has, size, sub, cval. */
#define GW__FIELD_ALL(key, kind, flags, wrap, off, has, size, sub, cval) \
    { key, GW__TAG(key), GW__TAG2(key), { GW__LIT(key, 0), GW__LIT(key, 1) }, sizeof(key) - 1, kind, flags, wrap, off, has, size, \
      sizeof(key) + 2 <= 16 ? ((uint32_t)1 << (sizeof(key) + 2)) - 1 : 0xFFFFFFFFu, sub, cval }
/* a value */
#define GW__FIELD(T, key, kind, m)                           GW__FIELD_ALL(key, kind, 0, 0, GW__OFF(T, m), GW__NOHAS, 0, NULL, 0)
#define GW__FIELD_HAS(T, key, kind, flags, m, h)             GW__FIELD_ALL(key, kind, flags, 0, GW__OFF(T, m), GW__OFF(T, h), 0, NULL, 0)
/* an object (kind GW__OBJ, sub its schema) or a list (GW__ARR, sub its element) */
#define GW__FIELD_OF(T, key, kind, m, sub)                   GW__FIELD_ALL(key, kind, 0, 0, GW__OFF(T, m), GW__NOHAS, 0, sub, 0)
#define GW__FIELD_OF_HAS(T, key, kind, flags, m, h, sub)     GW__FIELD_ALL(key, kind, flags, 0, GW__OFF(T, m), GW__OFF(T, h), 0, sub, 0)
/* a list inside `wrap` one-element arrays */
#define GW__LIST_WRAPPED(T, key, flags, m, wrap, sub)        GW__FIELD_ALL(key, GW__ARR, flags, wrap, GW__OFF(T, m), GW__NOHAS, 0, sub, 0)
#define GW__LIST_WRAPPED_HAS(T, key, flags, m, h, wrap, sub) GW__FIELD_ALL(key, GW__ARR, flags, wrap, GW__OFF(T, m), GW__OFF(T, h), 0, sub, 0)
/* one of the strings of `names`, stored as its index */
#define GW__FIELD_ENUM(T, key, m, names)                     GW__FIELD_ALL(key, GW__ENUM, 0, 0, GW__OFF(T, m), GW__NOHAS, 0, names, GW__COUNT(names))
/* a value fixed by the kind (nothing stored): an integer, a string, null; null optional, null
   optional and never written (QUIET) */
#define GW__FIXED_INT(key, v)                                GW__FIELD_ALL(key, GW__CONST_INT, 0, 0, 0, GW__NOHAS, 0, NULL, v)
#define GW__FIXED_STR(key, s)                                GW__FIELD_ALL(key, GW__CONST_STR, 0, 0, 0, GW__NOHAS, 0, "" s "", sizeof("" s "") - 1)
#define GW__FIXED_NULL(key)                                  GW__FIELD_ALL(key, GW__NULL, 0, 0, 0, GW__NOHAS, 0, NULL, 0)
#define GW__OPT_NULL(key)                                    GW__FIELD_ALL(key, GW__NULL, GW__OPT, 0, 0, GW__NOHAS, 0, NULL, 0)
#define GW__QUIET_NULL(key)                                  GW__FIELD_ALL(key, GW__NULL, GW__OPT | GW__QUIET, 0, 0, GW__NOHAS, 0, NULL, 0)
/* a string with a format (GW__FMT_*) or an integer with a maximum: x */
#define GW__FIELD_LIMIT(T, key, kind, flags, m, x)           GW__FIELD_ALL(key, kind, flags, 0, GW__OFF(T, m), GW__NOHAS, 0, NULL, x)
#define GW__FIELD_LIMIT_HAS(T, key, kind, flags, m, h, x)    GW__FIELD_ALL(key, kind, flags, 0, GW__OFF(T, m), GW__OFF(T, h), 0, NULL, x)
/* an integer with a maximum x that the decision (or section) `src` sets, named in err.detail (D-62) */
#define GW__FIELD_MAX(T, key, kind, m, x, src)               GW__FIELD_ALL(key, kind, 0, 0, GW__OFF(T, m), GW__NOHAS, 0, src, x)
/* the object at key, with nowhere to store (e.g. "d":{} of an ack) */
#define GW__EMPTY_OBJECT(key)                                GW__FIELD_ALL(key, GW__OBJ, 0, 0, 0, GW__NOHAS, 0, &gw__empty, 0)
/* a list's element: its kind, its C type, and its schema when it is an object */
#define GW__ELEMENT(kind, T, sub)                            { "", 0, 0, { 0, 0 }, 0, kind, 0, 0, 0, GW__NOHAS, sizeof(T), 255, sub, 0 }
/* A check's answer: the offending key, then (after its NUL) the rule it breaks, for err.detail
   (D-62). Every check returns GW__WHY(...) or NULL; gw__why reads the rule back. */
#define GW__WHY(key, rule) key "\0" rule
static const char *gw__why(const char *bad) { return bad + strlen(bad) + 1; }
/* The key table of a schema without one of its own: every key misses its one slot ('!') and is
   searched field by field (gw__fast_lookup). A table is always there, so the member loop does not
   test for one. */
static const char gw__no_slots[] = "!";
#define GW__SCHEMA(name, ...) \
    static const gw__field name##_f[] = { __VA_ARGS__ }; \
    static const gw__schema name = { name##_f, GW__COUNT(name##_f), 0, NULL, #name, GW__SLOTS_OF(name) }
#define GW__SCHEMA_CHECK(name, check, ...) \
    static const gw__field name##_f[] = { __VA_ARGS__ }; \
    static const gw__schema name = { name##_f, GW__COUNT(name##_f), 0, check, #name, GW__SLOTS_OF(name) }
#define GW__TUPLE(name, ...) \
    static const gw__field name##_f[] = { __VA_ARGS__ }; \
    static const gw__schema name = { name##_f, GW__COUNT(name##_f), 1, NULL, #name, 0, 0, 0, gw__no_slots, ~(uint64_t)0 }

/* ==== the one-pass decoder's key tables (written by make slots) =============================== */
/* Each key of a schema is found in one step, whatever order the keys come in: a key's first bytes
   and the quote after it (as many as one more than the schema's shortest key: bytes every key of
   the schema fixes, so they are hashed before the key's end is known), times a multiplier that
   sends every key to a slot of its own, and the slots, one character each ('#' + the field's
   index, '!' for none). A key whose bytes are an earlier key's gets no slot and is searched.
   `make slots` (tests/gen_slots.c) searches for the multiplier with the fewest slots and writes
   GW__SLOTS_<schema> below: (bytes hashed, multiplier, shift, slots, required fields as a mask);
   test_tables checks they are current. A schema without one (a new one, a test's) is searched field by field. */
#define GW__SLOTS_APPLY(m, args) m args
#define GW__SLOTS_APPLY2(m, args) m args
#define GW__SLOTS_SECOND(a, b, ...) b
#define GW__SLOTS_UNPACK(bytes, mul, shift, slots, required) \
    (bytes) >= 8 ? ~(uint64_t)0 : ((uint64_t)1 << (8 * ((bytes) & 7))) - 1, mul, shift, slots, required
/* the columns key_mask, slot_mul, slot_shift, slots, required: from GW__SLOTS_<name> ("~, (bytes,
   mul, shift, slots, required)", bytes: those key_mask keeps), else none */
#define GW__SLOTS_OF(name) \
    GW__SLOTS_APPLY2(GW__SLOTS_UNPACK, GW__SLOTS_APPLY(GW__SLOTS_SECOND, (GW__SLOTS_##name, (0, 0, 0, gw__no_slots, ~(uint64_t)0), ~)))
#define GW__SLOTS(bytes, mul, shift, slots, required) ~, (bytes, mul, shift, slots, required)
/* A protocol's whole frames (gw__whole): GW__WHOLE_<p> is "~, (longest, multiplier, shift, slots,
   rows...)", written below by `make slots`; a protocol without one (a test's) has none */
#define GW__WHOLE(...) ~, (__VA_ARGS__)
#define GW__WHOLE_HEAD4(longest, mul, shift, slots, ...) longest, mul, shift, slots
#define GW__WHOLE_REST4(longest, mul, shift, slots, ...) __VA_ARGS__
#define GW__WHOLE_OF(p) GW__SLOTS_APPLY(GW__SLOTS_SECOND, (GW__WHOLE_##p, (0, 0, 0, NULL, ), ~))
#define GW__WHOLE_HEAD(p) GW__SLOTS_APPLY2(GW__WHOLE_HEAD4, GW__WHOLE_OF(p))
#define GW__WHOLE_ROWS(p) GW__SLOTS_APPLY2(GW__WHOLE_REST4, GW__WHOLE_OF(p))
/* A protocol's table of names (gw__named): GW__NAMED_<p> is "~, (places, multiplier, shift, slots,
   rows...)", written below by `make slots`; a protocol without one has none */
#define GW__NAMED(...) ~, (__VA_ARGS__)
#define GW__NAMED_OF(p) GW__SLOTS_APPLY(GW__SLOTS_SECOND, (GW__NAMED_##p, (0, 0, 0, NULL, ), ~))
#define GW__NAMED_HEAD(p) GW__SLOTS_APPLY2(GW__WHOLE_HEAD4, GW__NAMED_OF(p))
#define GW__NAMED_ROWS(p) GW__SLOTS_APPLY2(GW__WHOLE_REST4, GW__NAMED_OF(p))
/* A protocol's shapes (gw__shape): GW__SHAPE_<p> is "~, (multiplier, shift, slots, rows...)",
   written below by `make slots`; a protocol without one has none */
#define GW__SHAPE(...) ~, (__VA_ARGS__)
#define GW__SHAPE_HEAD3(mul, shift, slots, ...) mul, shift, slots
#define GW__SHAPE_REST3(mul, shift, slots, ...) __VA_ARGS__
#define GW__SHAPE_OF(p) GW__SLOTS_APPLY(GW__SLOTS_SECOND, (GW__SHAPE_##p, (0, 0, NULL, ), ~))
#define GW__SHAPE_HEAD(p) GW__SLOTS_APPLY2(GW__SHAPE_HEAD3, GW__SHAPE_OF(p))
#define GW__SHAPE_ROWS(p) GW__SLOTS_APPLY2(GW__SHAPE_REST3, GW__SHAPE_OF(p))
/* A protocol's leads (gw__lead): GW__LEAD_<p> is "~, (multiplier, shift, slots, rows...)", written
   below by `make slots`; a protocol without one has none */
#define GW__LEAD(...) ~, (__VA_ARGS__)
#define GW__LEAD_OF(p) GW__SLOTS_APPLY(GW__SLOTS_SECOND, (GW__LEAD_##p, (0, 0, NULL, ), ~))
#define GW__LEAD_HEAD(p) GW__SLOTS_APPLY2(GW__SHAPE_HEAD3, GW__LEAD_OF(p))
#define GW__LEAD_ROWS(p) GW__SLOTS_APPLY2(GW__SHAPE_REST3, GW__LEAD_OF(p))
/* A protocol's tails (gw__tail): GW__TAIL_<p> is "~, (multiplier, shift, slots, rows...)", written
   below by `make slots`; a protocol without one has none */
#define GW__TAIL(...) ~, (__VA_ARGS__)
#define GW__TAIL_OF(p) GW__SLOTS_APPLY(GW__SLOTS_SECOND, (GW__TAIL_##p, (0, 0, NULL, ), ~))
#define GW__TAIL_HEAD(p) GW__SLOTS_APPLY2(GW__SHAPE_HEAD3, GW__TAIL_OF(p))
#define GW__TAIL_ROWS(p) GW__SLOTS_APPLY2(GW__SHAPE_REST3, GW__TAIL_OF(p))
/* A protocol's first row of each numeric opcode (gw__proto.op_first): GW__OP_FIRST_<p> is
   "~, (rows...,)", written below by `make slots`; a protocol without one has none */
#define GW__OP_FIRST(...) ~, (__VA_ARGS__)
#define GW__OP_FIRST_ALL(...) __VA_ARGS__
#define GW__OP_FIRST_ROWS(p) GW__SLOTS_APPLY2(GW__OP_FIRST_ALL, GW__SLOTS_APPLY(GW__SLOTS_SECOND, (GW__OP_FIRST_##p, (), ~)))
/* ---- slot tables: written by `make slots` (tests/gen_slots.c); do not edit ---- */
#define GW__SLOTS_gw__dmod_app_session GW__SLOTS(4, 0x975835DE1C9756CFull, 62, "&%$#", 0xFull)
#define GW__SLOTS_gw__dmod_auth GW__SLOTS(4, 0xF893A2EEFB32555Full, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__dmod_auth_pass GW__SLOTS(8, 0x910A2DEC89025CC1ull, 63, "#!", 0x1ull)
#define GW__SLOTS_gw__dmod_connect_guild GW__SLOTS(4, 0xBEEB8DA1658EEC67ull, 63, "$#", 0x3ull)
#define GW__SLOTS_gw__dmod_gid GW__SLOTS(4, 0x910A2DEC89025CC1ull, 63, "!#", 0x1ull)
#define GW__SLOTS_gw__dmod_guild GW__SLOTS(5, 0x0470706707BE3FF1ull, 61, ")(%&#*'$", 0xFFull)
#define GW__SLOTS_gw__dmod_guild_orig GW__SLOTS(3, 0x1F9DBD186DF9D659ull, 60, "$+!(&!-!'*)#!%!,", 0x3FFull)
#define GW__SLOTS_gw__dmod_m_app_session GW__SLOTS(2, 0x58BC3CB37BC7B2B3ull, 62, "$%&#", 0xDull)
#define GW__SLOTS_gw__dmod_m_app_session_end GW__SLOTS(2, 0x58BC3CB37BC7B2B3ull, 62, "$%&#", 0xDull)
#define GW__SLOTS_gw__dmod_m_auth_pass GW__SLOTS(2, 0x975835DE1C9756CFull, 62, "#$!%", 0x5ull)
#define GW__SLOTS_gw__dmod_m_authenticate GW__SLOTS(2, 0x975835DE1C9756CFull, 62, "#$!%", 0x5ull)
#define GW__SLOTS_gw__dmod_m_connect GW__SLOTS(2, 0x58BC3CB37BC7B2B3ull, 62, "$%&#", 0xDull)
#define GW__SLOTS_gw__dmod_m_disconnect GW__SLOTS(2, 0x58BC3CB37BC7B2B3ull, 62, "$%&#", 0xDull)
#define GW__SLOTS_gw__dmod_m_hb_m GW__SLOTS(2, 0x58BC3CB37BC7B2B3ull, 62, "$%&#", 0xDull)
#define GW__SLOTS_gw__dmod_m_hb_p GW__SLOTS(2, 0x975835DE1C9756CFull, 62, "#$!%", 0x7ull)
#define GW__SLOTS_gw__dmod_m_hb_p_ev GW__SLOTS(2, 0x987BBCBFDD7E532Full, 62, "%#$&", 0xDull)
#define GW__SLOTS_gw__dmod_m_heartbeat GW__SLOTS(2, 0x975835DE1C9756CFull, 62, "#$!%", 0x5ull)
#define GW__SLOTS_gw__dmod_m_heartbeat_back GW__SLOTS(2, 0x975835DE1C9756CFull, 62, "#$!%", 0x5ull)
#define GW__SLOTS_gw__dmod_m_member_count GW__SLOTS(2, 0x975835DE1C9756CFull, 62, "#$!%", 0x7ull)
#define GW__SLOTS_gw__dmod_m_member_count_ev GW__SLOTS(2, 0x987BBCBFDD7E532Full, 62, "%#$&", 0xDull)
#define GW__SLOTS_gw__dmod_m_privilege GW__SLOTS(2, 0x975835DE1C9756CFull, 62, "#$!%", 0x7ull)
#define GW__SLOTS_gw__dmod_m_privilege_ev GW__SLOTS(2, 0x987BBCBFDD7E532Full, 62, "%#$&", 0xDull)
#define GW__SLOTS_gw__dmod_m_privilege_orig GW__SLOTS(2, 0x975835DE1C9756CFull, 62, "#$!%", 0x7ull)
#define GW__SLOTS_gw__dmod_m_reauth GW__SLOTS(2, 0x58BC3CB37BC7B2B3ull, 62, "$%&#", 0xDull)
#define GW__SLOTS_gw__dmod_m_request_auth GW__SLOTS(2, 0x975835DE1C9756CFull, 62, "#$!%", 0x5ull)
#define GW__SLOTS_gw__dmod_m_resp_connect GW__SLOTS(2, 0x975835DE1C9756CFull, 62, "#$!%", 0x5ull)
#define GW__SLOTS_gw__dmod_m_resp_connect_orig GW__SLOTS(2, 0x975835DE1C9756CFull, 62, "#$!%", 0x5ull)
#define GW__SLOTS_gw__dmod_m_resp_disconnect GW__SLOTS(2, 0x975835DE1C9756CFull, 62, "#$!%", 0x5ull)
#define GW__SLOTS_gw__dmod_m_session_end GW__SLOTS(2, 0x975835DE1C9756CFull, 62, "#$!%", 0x7ull)
#define GW__SLOTS_gw__dmod_m_session_end_ev GW__SLOTS(2, 0x987BBCBFDD7E532Full, 62, "%#$&", 0xDull)
#define GW__SLOTS_gw__dmod_notification GW__SLOTS(5, 0xF893A2EEFB32555Full, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__dmod_privilege GW__SLOTS(3, 0x56E84498E8B0E635ull, 62, "&#%$", 0xBull)
#define GW__SLOTS_gw__dmod_privilege_orig GW__SLOTS(3, 0x02FC1EFE0FCCD72Dull, 62, "#%&$", 0xFull)
#define GW__SLOTS_gw__dmod_reauth GW__SLOTS(3, 0xBFC846100BFC1E43ull, 62, "!%$#", 0x7ull)
#define GW__SLOTS_gw__dmod_resp_connect_d GW__SLOTS(4, 0x910A2DEC89025CC1ull, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__dmod_resp_connect_d_orig GW__SLOTS(4, 0x910A2DEC89025CC1ull, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__dmod_resp_connect_data GW__SLOTS(5, 0x910A2DEC89025CC1ull, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__dmod_resp_connect_data_orig GW__SLOTS(5, 0x910A2DEC89025CC1ull, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__dmod_resp_disconnect_d GW__SLOTS(4, 0x910A2DEC89025CC1ull, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__dmod_resp_disconnect_data GW__SLOTS(8, 0x910A2DEC89025CC1ull, 63, "#!", 0x1ull)
#define GW__SLOTS_gw__dmod_user GW__SLOTS(3, 0xC3F2827AFFE7F665ull, 62, "$#%!", 0x7ull)
#define GW__SLOTS_gw__i386_c_message_create GW__SLOTS(6, 0x71C18690EE42C90Bull, 63, "#$", 0x1ull)
#define GW__SLOTS_gw__i386_content GW__SLOTS(8, 0x910A2DEC89025CC1ull, 63, "#!", 0x1ull)
#define GW__SLOTS_gw__i386_error GW__SLOTS(2, 0xBEEB8DA1658EEC67ull, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__i386_hello GW__SLOTS(7, 0x910A2DEC89025CC1ull, 63, "#!", 0x1ull)
#define GW__SLOTS_gw__i386_m_c_channel_add GW__SLOTS(2, 0x333C04E09D9AE713ull, 62, "&#$%", 0xBull)
#define GW__SLOTS_gw__i386_m_c_channel_add_e GW__SLOTS(2, 0xC3F2827AFFE7F665ull, 62, "%#&$", 0xBull)
#define GW__SLOTS_gw__i386_m_c_channel_move GW__SLOTS(2, 0x333C04E09D9AE713ull, 62, "&#$%", 0xBull)
#define GW__SLOTS_gw__i386_m_c_channel_move_e GW__SLOTS(2, 0xC3F2827AFFE7F665ull, 62, "%#&$", 0xBull)
#define GW__SLOTS_gw__i386_m_c_message_create GW__SLOTS(2, 0x333C04E09D9AE713ull, 62, "&#$%", 0xBull)
#define GW__SLOTS_gw__i386_m_c_message_create_e GW__SLOTS(2, 0xC3F2827AFFE7F665ull, 62, "%#&$", 0xBull)
#define GW__SLOTS_gw__i386_m_c_message_delete GW__SLOTS(2, 0x333C04E09D9AE713ull, 62, "&#$%", 0xBull)
#define GW__SLOTS_gw__i386_m_c_message_delete_e GW__SLOTS(2, 0xC3F2827AFFE7F665ull, 62, "%#&$", 0xBull)
#define GW__SLOTS_gw__i386_m_c_room_user_add GW__SLOTS(2, 0x333C04E09D9AE713ull, 62, "&#$%", 0xBull)
#define GW__SLOTS_gw__i386_m_c_room_user_add_e GW__SLOTS(2, 0xC3F2827AFFE7F665ull, 62, "%#&$", 0xBull)
#define GW__SLOTS_gw__i386_m_c_room_user_remove GW__SLOTS(2, 0x333C04E09D9AE713ull, 62, "&#$%", 0xBull)
#define GW__SLOTS_gw__i386_m_c_room_user_remove_e GW__SLOTS(2, 0xC3F2827AFFE7F665ull, 62, "%#&$", 0xBull)
#define GW__SLOTS_gw__i386_m_c_start_typing GW__SLOTS(2, 0x333C04E09D9AE713ull, 62, "&#$%", 0xBull)
#define GW__SLOTS_gw__i386_m_c_start_typing_e GW__SLOTS(2, 0xC3F2827AFFE7F665ull, 62, "%#&$", 0xBull)
#define GW__SLOTS_gw__i386_m_c_system_ban_add GW__SLOTS(2, 0x333C04E09D9AE713ull, 62, "&#$%", 0xBull)
#define GW__SLOTS_gw__i386_m_c_system_ban_add_e GW__SLOTS(2, 0xC3F2827AFFE7F665ull, 62, "%#&$", 0xBull)
#define GW__SLOTS_gw__i386_m_error GW__SLOTS(2, 0xC34D0BFF90150281ull, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__i386_m_heartbeat GW__SLOTS(2, 0x910A2DEC89025CC1ull, 63, "#!", 0x1ull)
#define GW__SLOTS_gw__i386_m_hello GW__SLOTS(2, 0xC34D0BFF90150281ull, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__i386_m_present GW__SLOTS(2, 0xC34D0BFF90150281ull, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__i386_m_ready GW__SLOTS(2, 0xC34D0BFF90150281ull, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__i386_m_s_gateway_down GW__SLOTS(2, 0x333C04E09D9AE713ull, 62, "&#$%", 0xBull)
#define GW__SLOTS_gw__i386_m_s_gateway_down_e GW__SLOTS(2, 0xC3F2827AFFE7F665ull, 62, "%#&$", 0xBull)
#define GW__SLOTS_gw__i386_m_s_message_create GW__SLOTS(2, 0x333C04E09D9AE713ull, 62, "&#$%", 0xBull)
#define GW__SLOTS_gw__i386_m_s_message_create_e GW__SLOTS(2, 0xC3F2827AFFE7F665ull, 62, "%#&$", 0xBull)
#define GW__SLOTS_gw__i386_m_s_message_delete GW__SLOTS(2, 0x333C04E09D9AE713ull, 62, "&#$%", 0xBull)
#define GW__SLOTS_gw__i386_m_s_message_delete_e GW__SLOTS(2, 0xC3F2827AFFE7F665ull, 62, "%#&$", 0xBull)
#define GW__SLOTS_gw__i386_m_s_room_user_add GW__SLOTS(2, 0x333C04E09D9AE713ull, 62, "&#$%", 0xBull)
#define GW__SLOTS_gw__i386_m_s_room_user_add_e GW__SLOTS(2, 0xC3F2827AFFE7F665ull, 62, "%#&$", 0xBull)
#define GW__SLOTS_gw__i386_m_s_room_user_remove GW__SLOTS(2, 0x333C04E09D9AE713ull, 62, "&#$%", 0xBull)
#define GW__SLOTS_gw__i386_m_s_room_user_remove_e GW__SLOTS(2, 0xC3F2827AFFE7F665ull, 62, "%#&$", 0xBull)
#define GW__SLOTS_gw__i386_m_s_server_message GW__SLOTS(2, 0x333C04E09D9AE713ull, 62, "&#$%", 0xBull)
#define GW__SLOTS_gw__i386_m_s_server_message_e GW__SLOTS(2, 0xC3F2827AFFE7F665ull, 62, "%#&$", 0xBull)
#define GW__SLOTS_gw__i386_m_s_start_typing GW__SLOTS(2, 0x333C04E09D9AE713ull, 62, "&#$%", 0xBull)
#define GW__SLOTS_gw__i386_m_s_start_typing_e GW__SLOTS(2, 0xC3F2827AFFE7F665ull, 62, "%#&$", 0xBull)
#define GW__SLOTS_gw__i386_message_delete GW__SLOTS(8, 0x910A2DEC89025CC1ull, 63, "#!", 0x1ull)
#define GW__SLOTS_gw__i386_present GW__SLOTS(6, 0x910A2DEC89025CC1ull, 63, "!#", 0x1ull)
#define GW__SLOTS_gw__i386_ready GW__SLOTS(2, 0x975835DE1C9756CFull, 62, "!#%$", 0x7ull)
#define GW__SLOTS_gw__i386_s_message_create GW__SLOTS(5, 0xBFC846100BFC1E43ull, 62, "$%!#", 0x3ull)
#define GW__SLOTS_gw__i386_user GW__SLOTS(3, 0x1D0B14E4DB018FEDull, 61, "#&!!$'!%", 0x1Full)
#define GW__SLOTS_gw__i386_user_event GW__SLOTS(5, 0x910A2DEC89025CC1ull, 63, "!#", 0x1ull)
#define GW__SLOTS_gw__ms_cache_channel GW__SLOTS(5, 0xF893A2EEFB32555Full, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__ms_cache_guild GW__SLOTS(5, 0xF893A2EEFB32555Full, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__ms_cache_member GW__SLOTS(5, 0xF893A2EEFB32555Full, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__ms_cache_role GW__SLOTS(5, 0xF893A2EEFB32555Full, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__ms_cache_user GW__SLOTS(5, 0xF893A2EEFB32555Full, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__ms_cache_voice_state GW__SLOTS(5, 0xF893A2EEFB32555Full, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__ms_channel GW__SLOTS(3, 0xEF9E7D0035411B4Full, 60, "*$%')!!!+!!&#!!(", 0x3Full)
#define GW__SLOTS_gw__ms_channel_in_guild GW__SLOTS(3, 0xEF9E7D0035411B4Full, 60, "*$%')!!!+!!&#!!(", 0x3Dull)
#define GW__SLOTS_gw__ms_execute_command GW__SLOTS(4, 0xBFC846100BFC1E43ull, 62, "!%#$", 0x7ull)
#define GW__SLOTS_gw__ms_flat_channel GW__SLOTS(3, 0xEF9E7D0035411B4Full, 60, "*%#')!!!+!!&$!!(", 0x3Full)
#define GW__SLOTS_gw__ms_flat_guild GW__SLOTS(3, 0x8978854EEEDD2AD1ull, 60, "!!$!,!(%!#-)&*'!", 0xFFull)
#define GW__SLOTS_gw__ms_flat_member GW__SLOTS(3, 0xD1C5D8D5F4251B33ull, 61, "$&)#('%!", 0x77ull)
#define GW__SLOTS_gw__ms_flat_role GW__SLOTS(3, 0xB63E2D8F305C487Full, 61, "$(&%)'!#", 0x7Full)
#define GW__SLOTS_gw__ms_flat_user GW__SLOTS(3, 0x7DB644E0C849EE7Bull, 61, "!#(!%'&$", 0xFull)
#define GW__SLOTS_gw__ms_flat_voice_state GW__SLOTS(5, 0x1A93DE6D66A8C723ull, 61, "#'&(*%$)", 0xFFull)
#define GW__SLOTS_gw__ms_guild GW__SLOTS(3, 0x96332C607774E5E1ull, 60, ")!!!!!!#!+%,($'&", 0x7Full)
#define GW__SLOTS_gw__ms_heartbeat GW__SLOTS(7, 0x71BB54D8D101B5B9ull, 63, "$#", 0x1ull)
#define GW__SLOTS_gw__ms_hello GW__SLOTS(8, 0x910A2DEC89025CC1ull, 63, "#!", 0x1ull)
#define GW__SLOTS_gw__ms_identified GW__SLOTS(7, 0x910A2DEC89025CC1ull, 63, "!#", 0x0ull)
#define GW__SLOTS_gw__ms_identify GW__SLOTS(5, 0x975835DE1C9756CFull, 62, "!#$%", 0x7ull)
#define GW__SLOTS_gw__ms_ids GW__SLOTS(6, 0x7DB644E0C849EE7Bull, 61, "&$!!%!'#", 0x1Full)
#define GW__SLOTS_gw__ms_m_cache_channel GW__SLOTS(2, 0xF893A2EEFB32555Full, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__ms_m_cache_guild GW__SLOTS(2, 0xF893A2EEFB32555Full, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__ms_m_cache_member GW__SLOTS(2, 0xF893A2EEFB32555Full, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__ms_m_cache_role GW__SLOTS(2, 0xF893A2EEFB32555Full, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__ms_m_cache_user GW__SLOTS(2, 0xF893A2EEFB32555Full, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__ms_m_cache_voice_state GW__SLOTS(2, 0xF893A2EEFB32555Full, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__ms_m_execute_command GW__SLOTS(2, 0x975835DE1C9756CFull, 62, "#$!%", 0x7ull)
#define GW__SLOTS_gw__ms_m_flat_channel GW__SLOTS(2, 0xF893A2EEFB32555Full, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__ms_m_flat_guild GW__SLOTS(2, 0xF893A2EEFB32555Full, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__ms_m_flat_member GW__SLOTS(2, 0xF893A2EEFB32555Full, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__ms_m_flat_role GW__SLOTS(2, 0xF893A2EEFB32555Full, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__ms_m_flat_user GW__SLOTS(2, 0xF893A2EEFB32555Full, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__ms_m_flat_voice_state GW__SLOTS(2, 0xF893A2EEFB32555Full, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__ms_m_heartbeat GW__SLOTS(2, 0xF893A2EEFB32555Full, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__ms_m_heartbeat_ack GW__SLOTS(2, 0xF893A2EEFB32555Full, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__ms_m_heartbeat_request GW__SLOTS(2, 0xF893A2EEFB32555Full, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__ms_m_hello GW__SLOTS(2, 0xF893A2EEFB32555Full, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__ms_m_identified GW__SLOTS(2, 0x975835DE1C9756CFull, 62, "#$!%", 0x7ull)
#define GW__SLOTS_gw__ms_m_identify GW__SLOTS(2, 0xF893A2EEFB32555Full, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__ms_member GW__SLOTS(3, 0xE3830D21DC859217ull, 61, "(!#'%&$!", 0x3Bull)
#define GW__SLOTS_gw__ms_member_in_guild GW__SLOTS(3, 0xE3830D21DC859217ull, 61, "(!#'%&$!", 0x39ull)
#define GW__SLOTS_gw__ms_overwrite GW__SLOTS(3, 0x975835DE1C9756CFull, 62, "&%#$", 0xFull)
#define GW__SLOTS_gw__ms_role GW__SLOTS(3, 0x1D0B14E4DB018FEDull, 61, "#!$(%!&'", 0x3Full)
#define GW__SLOTS_gw__ms_role_in_guild GW__SLOTS(3, 0x1D0B14E4DB018FEDull, 61, "#!$(%!&'", 0x3Dull)
#define GW__SLOTS_gw__ms_user GW__SLOTS(3, 0x7DB644E0C849EE7Bull, 61, "!!'!$&%#", 0x7ull)
#define GW__SLOTS_gw__ms_voice_state GW__SLOTS(5, 0xB7A67C4E65F01C5Dull, 61, "'$&!)%#(", 0x7Full)
#define GW__SLOTS_gw__ms_voice_state_in_guild GW__SLOTS(5, 0xB7A67C4E65F01C5Dull, 61, "'$&!)%#(", 0x7Eull)
#define GW__SLOTS_gw__ng_d_connect GW__SLOTS(5, 0xF893A2EEFB32555Full, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__ng_d_disconnect GW__SLOTS(5, 0xF893A2EEFB32555Full, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__ng_d_reconnect GW__SLOTS(5, 0xF893A2EEFB32555Full, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__ng_d_track_end GW__SLOTS(5, 0xF893A2EEFB32555Full, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__ng_d_track_end_orig GW__SLOTS(5, 0xF893A2EEFB32555Full, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__ng_d_track_errored GW__SLOTS(5, 0xF893A2EEFB32555Full, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__ng_d_track_errored_orig GW__SLOTS(5, 0xF893A2EEFB32555Full, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__ng_d_track_start GW__SLOTS(5, 0xF893A2EEFB32555Full, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__ng_d_track_start_orig GW__SLOTS(5, 0xF893A2EEFB32555Full, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__ng_d_track_start_wrapped GW__SLOTS(5, 0xF893A2EEFB32555Full, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__ng_duration GW__SLOTS(5, 0xBEEB8DA1658EEC67ull, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__ng_e_track_end_orig GW__SLOTS(6, 0xC34D0BFF90150281ull, 63, "$#", 0x3ull)
#define GW__SLOTS_gw__ng_e_track_errored_orig GW__SLOTS(6, 0xC34D0BFF90150281ull, 63, "$#", 0x3ull)
#define GW__SLOTS_gw__ng_e_track_start_orig GW__SLOTS(6, 0xC34D0BFF90150281ull, 63, "$#", 0x3ull)
#define GW__SLOTS_gw__ng_forward GW__SLOTS(2, 0xF893A2EEFB32555Full, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__ng_forward_d GW__SLOTS(8, 0x4FC446B53F17FB29ull, 62, "$%&#", 0xFull)
#define GW__SLOTS_gw__ng_forward_d_orig GW__SLOTS(8, 0x4FC446B53F17FB29ull, 62, "$%&#", 0xFull)
#define GW__SLOTS_gw__ng_forward_orig GW__SLOTS(6, 0x910A2DEC89025CC1ull, 63, "$#", 0x3ull)
#define GW__SLOTS_gw__ng_forward_payload GW__SLOTS(2, 0xF893A2EEFB32555Full, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__ng_gateway_state GW__SLOTS(5, 0xB2CCB612D7D47ACDull, 61, "&#'$!!%!", 0x1Full)
#define GW__SLOTS_gw__ng_gateway_state_disconnect GW__SLOTS(6, 0xBFC846100BFC1E43ull, 62, "%$#!", 0x7ull)
#define GW__SLOTS_gw__ng_m_connect GW__SLOTS(3, 0xBEEB8DA1658EEC67ull, 63, "$#", 0x3ull)
#define GW__SLOTS_gw__ng_m_disconnect GW__SLOTS(3, 0xBEEB8DA1658EEC67ull, 63, "$#", 0x3ull)
#define GW__SLOTS_gw__ng_m_forward GW__SLOTS(3, 0xBEEB8DA1658EEC67ull, 63, "$#", 0x3ull)
#define GW__SLOTS_gw__ng_m_forward_orig GW__SLOTS(3, 0xBEEB8DA1658EEC67ull, 63, "$#", 0x3ull)
#define GW__SLOTS_gw__ng_m_ready GW__SLOTS(3, 0xBEEB8DA1658EEC67ull, 63, "$#", 0x3ull)
#define GW__SLOTS_gw__ng_m_reconnect GW__SLOTS(3, 0xBEEB8DA1658EEC67ull, 63, "$#", 0x3ull)
#define GW__SLOTS_gw__ng_m_track_end GW__SLOTS(3, 0xBEEB8DA1658EEC67ull, 63, "$#", 0x3ull)
#define GW__SLOTS_gw__ng_m_track_end_orig GW__SLOTS(3, 0xBEEB8DA1658EEC67ull, 63, "$#", 0x3ull)
#define GW__SLOTS_gw__ng_m_track_errored GW__SLOTS(3, 0xBEEB8DA1658EEC67ull, 63, "$#", 0x3ull)
#define GW__SLOTS_gw__ng_m_track_errored_orig GW__SLOTS(3, 0xBEEB8DA1658EEC67ull, 63, "$#", 0x3ull)
#define GW__SLOTS_gw__ng_m_track_start GW__SLOTS(3, 0xBEEB8DA1658EEC67ull, 63, "$#", 0x3ull)
#define GW__SLOTS_gw__ng_m_track_start_orig GW__SLOTS(3, 0xBEEB8DA1658EEC67ull, 63, "$#", 0x3ull)
#define GW__SLOTS_gw__ng_m_track_start_wrapped GW__SLOTS(3, 0xBEEB8DA1658EEC67ull, 63, "$#", 0x3ull)
#define GW__SLOTS_gw__ng_m_voice_server GW__SLOTS(3, 0xBEEB8DA1658EEC67ull, 63, "$#", 0x3ull)
#define GW__SLOTS_gw__ng_m_voice_state GW__SLOTS(3, 0xBEEB8DA1658EEC67ull, 63, "$#", 0x3ull)
#define GW__SLOTS_gw__ng_ready GW__SLOTS(8, 0x910A2DEC89025CC1ull, 63, "$#", 0x3ull)
#define GW__SLOTS_gw__ng_track GW__SLOTS(6, 0x710B508AD158A56Bull, 61, "'()&$#%*", 0xFFull)
#define GW__SLOTS_gw__ng_track_end GW__SLOTS(6, 0x910A2DEC89025CC1ull, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__ng_track_end_orig GW__SLOTS(6, 0x910A2DEC89025CC1ull, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__ng_track_errored GW__SLOTS(6, 0x910A2DEC89025CC1ull, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__ng_track_errored_orig GW__SLOTS(6, 0x910A2DEC89025CC1ull, 63, "#$", 0x3ull)
#define GW__SLOTS_gw__ng_track_orig GW__SLOTS(6, 0x710B508AD158A56Bull, 61, "'()&$#%*", 0xFFull)
#define GW__SLOTS_gw__ng_track_wrapped GW__SLOTS(6, 0x910A2DEC89025CC1ull, 63, "!#", 0x1ull)
#define GW__SLOTS_gw__ng_voice_server GW__SLOTS(6, 0xBFC846100BFC1E43ull, 62, "!$#%", 0x6ull)
#define GW__SLOTS_gw__ng_voice_state GW__SLOTS(8, 0x5D3E47ECAD6EF3D5ull, 62, "%#&$", 0x6ull)
#define GW__SLOTS_gw__sm_app_bot GW__SLOTS(3, 0x975835DE1C9756CFull, 62, "%!$#", 0x7ull)
#define GW__SLOTS_gw__sm_hello GW__SLOTS(8, 0x910A2DEC89025CC1ull, 63, "#!", 0x1ull)
#define GW__SLOTS_gw__sm_invalid GW__SLOTS(8, 0x4FC446B53F17FB29ull, 62, "&#%$", 0xFull)
#define GW__SLOTS_gw__sm_m_error GW__SLOTS(5, 0xE3830D21DC859217ull, 61, "'%!#&!!$", 0xFull)
#define GW__SLOTS_gw__sm_m_gateway_error GW__SLOTS(5, 0xDA81C29865576917ull, 61, "#$&)'!%(", 0x27ull)
#define GW__SLOTS_gw__sm_m_hello GW__SLOTS(5, 0xDA81C29865576917ull, 61, "#$&)'!%(", 0x27ull)
#define GW__SLOTS_gw__sm_m_interaction GW__SLOTS(5, 0xDA81C29865576917ull, 61, "#$&)'!%(", 0x27ull)
#define GW__SLOTS_gw__sm_m_invalid GW__SLOTS(5, 0xDA81C29865576917ull, 61, "#$&)'!%(", 0x27ull)
#define GW__SLOTS_gw__sm_m_ping GW__SLOTS(5, 0x910A2DEC89025CC1ull, 63, "#!", 0x1ull)
#define GW__SLOTS_gw__sm_m_pong GW__SLOTS(5, 0xDA81C29865576917ull, 61, "#$&)'!%(", 0x27ull)
#define GW__SLOTS_gw__sm_m_ready GW__SLOTS(5, 0xDA81C29865576917ull, 61, "#$&)'!%(", 0x27ull)
#define GW__SLOTS_gw__sm_m_register GW__SLOTS(2, 0x910A2DEC89025CC1ull, 63, "$#", 0x3ull)
#define GW__SLOTS_gw__sm_m_register_orig GW__SLOTS(2, 0x910A2DEC89025CC1ull, 63, "$#", 0x3ull)
#define GW__SLOTS_gw__sm_m_resume GW__SLOTS(2, 0x910A2DEC89025CC1ull, 63, "$#", 0x3ull)
#define GW__SLOTS_gw__sm_m_resume_orig GW__SLOTS(5, 0xDA81C29865576917ull, 61, "#$&)'!%(", 0x27ull)
#define GW__SLOTS_gw__sm_m_resumed GW__SLOTS(5, 0xDA81C29865576917ull, 61, "#$&)'!%(", 0x27ull)
#define GW__SLOTS_gw__sm_m_shard_info GW__SLOTS(5, 0xDA81C29865576917ull, 61, "#$&)'!%(", 0x27ull)
#define GW__SLOTS_gw__sm_m_shard_info_orig GW__SLOTS(5, 0xDA81C29865576917ull, 61, "#$&)'!%(", 0x27ull)
#define GW__SLOTS_gw__sm_register GW__SLOTS(6, 0x4FC446B53F17FB29ull, 62, "!#$%", 0x7ull)
#define GW__SLOTS_gw__sm_register_orig GW__SLOTS(6, 0x9CEBE8A6D050DD01ull, 61, "!$!!#%&'", 0x7ull)
#define GW__SLOTS_gw__sm_resume GW__SLOTS(6, 0x58BC3CB37BC7B2B3ull, 62, "&$%#", 0xFull)
#define GW__SLOTS_gw__sm_session GW__SLOTS(8, 0x4FC446B53F17FB29ull, 62, "&#%$", 0xFull)
#define GW__SLOTS_gw__sm_stats GW__SLOTS(8, 0xC90F8407DBCEB35Bull, 61, ")#$(&%*'", 0xFFull)
#define GW__WHOLE_sm GW__WHOLE(80, 0x2D12E0907450DAB3ull, 58, "!$!!!!=.*!!!&!,53!7!!!8>!!!!2!!!(!6!0?/!!<!!)1!#':;!+%!!-!!!!49!", \
    { GW__FROM_C, 10, 1, 0, GW_SM_PING, "{\"type\":3}" }, \
    { GW__FROM_S, 63, 0, 0, GW_SM_PONG, "{\"type\":3,\"event\":\"GATEWAY_PING\",\"service\":\"gateway\",\"data\":{}}" }, \
    { GW__FROM_S, 63, 0, 0, GW_SM_PONG, "{\"type\":3,\"event\":\"GATEWAY_PING\",\"data\":{},\"service\":\"gateway\"}" }, \
    { GW__FROM_S, 63, 0, 0, GW_SM_PONG, "{\"type\":3,\"service\":\"gateway\",\"event\":\"GATEWAY_PING\",\"data\":{}}" }, \
    { GW__FROM_S, 63, 0, 0, GW_SM_PONG, "{\"type\":3,\"service\":\"gateway\",\"data\":{},\"event\":\"GATEWAY_PING\"}" }, \
    { GW__FROM_S, 63, 0, 0, GW_SM_PONG, "{\"type\":3,\"data\":{},\"event\":\"GATEWAY_PING\",\"service\":\"gateway\"}" }, \
    { GW__FROM_S, 63, 0, 0, GW_SM_PONG, "{\"type\":3,\"data\":{},\"service\":\"gateway\",\"event\":\"GATEWAY_PING\"}" }, \
    { GW__FROM_S, 63, 0, 0, GW_SM_PONG, "{\"event\":\"GATEWAY_PING\",\"type\":3,\"service\":\"gateway\",\"data\":{}}" }, \
    { GW__FROM_S, 63, 0, 0, GW_SM_PONG, "{\"event\":\"GATEWAY_PING\",\"type\":3,\"data\":{},\"service\":\"gateway\"}" }, \
    { GW__FROM_S, 63, 0, 0, GW_SM_PONG, "{\"event\":\"GATEWAY_PING\",\"service\":\"gateway\",\"type\":3,\"data\":{}}" }, \
    { GW__FROM_S, 63, 0, 0, GW_SM_PONG, "{\"event\":\"GATEWAY_PING\",\"service\":\"gateway\",\"data\":{},\"type\":3}" }, \
    { GW__FROM_S, 63, 0, 0, GW_SM_PONG, "{\"event\":\"GATEWAY_PING\",\"data\":{},\"type\":3,\"service\":\"gateway\"}" }, \
    { GW__FROM_S, 63, 0, 0, GW_SM_PONG, "{\"event\":\"GATEWAY_PING\",\"data\":{},\"service\":\"gateway\",\"type\":3}" }, \
    { GW__FROM_S, 63, 0, 0, GW_SM_PONG, "{\"service\":\"gateway\",\"type\":3,\"event\":\"GATEWAY_PING\",\"data\":{}}" }, \
    { GW__FROM_S, 63, 0, 0, GW_SM_PONG, "{\"service\":\"gateway\",\"type\":3,\"data\":{},\"event\":\"GATEWAY_PING\"}" }, \
    { GW__FROM_S, 63, 0, 0, GW_SM_PONG, "{\"service\":\"gateway\",\"event\":\"GATEWAY_PING\",\"type\":3,\"data\":{}}" }, \
    { GW__FROM_S, 63, 0, 0, GW_SM_PONG, "{\"service\":\"gateway\",\"event\":\"GATEWAY_PING\",\"data\":{},\"type\":3}" }, \
    { GW__FROM_S, 63, 0, 0, GW_SM_PONG, "{\"service\":\"gateway\",\"data\":{},\"type\":3,\"event\":\"GATEWAY_PING\"}" }, \
    { GW__FROM_S, 63, 0, 0, GW_SM_PONG, "{\"service\":\"gateway\",\"data\":{},\"event\":\"GATEWAY_PING\",\"type\":3}" }, \
    { GW__FROM_S, 63, 0, 0, GW_SM_PONG, "{\"data\":{},\"type\":3,\"event\":\"GATEWAY_PING\",\"service\":\"gateway\"}" }, \
    { GW__FROM_S, 63, 0, 0, GW_SM_PONG, "{\"data\":{},\"type\":3,\"service\":\"gateway\",\"event\":\"GATEWAY_PING\"}" }, \
    { GW__FROM_S, 63, 0, 0, GW_SM_PONG, "{\"data\":{},\"event\":\"GATEWAY_PING\",\"type\":3,\"service\":\"gateway\"}" }, \
    { GW__FROM_S, 63, 0, 0, GW_SM_PONG, "{\"data\":{},\"event\":\"GATEWAY_PING\",\"service\":\"gateway\",\"type\":3}" }, \
    { GW__FROM_S, 63, 0, 0, GW_SM_PONG, "{\"data\":{},\"service\":\"gateway\",\"type\":3,\"event\":\"GATEWAY_PING\"}" }, \
    { GW__FROM_S, 63, 0, 0, GW_SM_PONG, "{\"data\":{},\"service\":\"gateway\",\"event\":\"GATEWAY_PING\",\"type\":3}" }, \
    { GW__FROM_S, 80, 0, 0, GW_SM_PONG, "{\012  \"type\": 3,\012  \"event\": \"GATEWAY_PING\",\012  \"service\": \"gateway\",\012  \"data\": {}\012}" }, \
    { GW__FROM_S, 70, 0, 0, GW_SM_PONG, "{\"type\": 3, \"event\": \"GATEWAY_PING\", \"service\": \"gateway\", \"data\": {}}" }, \
    { GW__FROM_C, 15, 0, 0, GW_SM_PING, "{\012  \"type\": 3\012}" }, \
    { GW__FROM_C, 11, 0, 0, GW_SM_PING, "{\"type\": 3}" },)
#define GW__WHOLE_i386 GW__WHOLE(50, 0xACB06798004BBC2Full, 57, "%D!!!!.!!8!!!2!!!!!*!!!!!!!!!!A0'!!!!!!!!!!!!!!!)!!!!@!!!!!!=!?!!!!!>!!!!!!!E9-!!!!!,&!<#!!!!!!!4!1!!!!!!!$!B!5!!C!!;!!!!!7!!!!!", \
    { GW__FROM_CS, 9, 1, 0, GW_I386_HEARTBEAT, "{\"f\":120}" }, \
    { GW__FROM_CS, 14, 0, 0, GW_I386_HEARTBEAT, "{\012  \"f\": 120\012}" }, \
    { GW__FROM_CS, 10, 0, 0, GW_I386_HEARTBEAT, "{\"f\": 120}" }, \
    { GW__FROM_S, 37, 0, 0, GW_I386_S_GATEWAY_DOWN, "{\"f\":130,\"cnf\":{},\"t\":\"GATEWAY_DOWN\"}" }, \
    { GW__FROM_S, 37, 0, 1, GW_I386_S_GATEWAY_DOWN, "{\"f\":130,\"t\":\"GATEWAY_DOWN\",\"cnf\":{}}" }, \
    { GW__FROM_S, 37, 0, 0, GW_I386_S_GATEWAY_DOWN, "{\"f\":130,\"e\":\"GATEWAY_DOWN\",\"cnf\":{}}" }, \
    { GW__FROM_S, 37, 0, 0, GW_I386_S_GATEWAY_DOWN, "{\"cnf\":{},\"f\":130,\"t\":\"GATEWAY_DOWN\"}" }, \
    { GW__FROM_S, 37, 0, 1, GW_I386_S_GATEWAY_DOWN, "{\"cnf\":{},\"t\":\"GATEWAY_DOWN\",\"f\":130}" }, \
    { GW__FROM_S, 37, 0, 0, GW_I386_S_GATEWAY_DOWN, "{\"cnf\":{},\"e\":\"GATEWAY_DOWN\",\"f\":130}" }, \
    { GW__FROM_S, 37, 0, 0, GW_I386_S_GATEWAY_DOWN, "{\"t\":\"GATEWAY_DOWN\",\"f\":130,\"cnf\":{}}" }, \
    { GW__FROM_S, 37, 0, 0, GW_I386_S_GATEWAY_DOWN, "{\"t\":\"GATEWAY_DOWN\",\"cnf\":{},\"f\":130}" }, \
    { GW__FROM_S, 50, 0, 1, GW_I386_S_GATEWAY_DOWN, "{\012  \"f\": 130,\012  \"cnf\": {},\012  \"t\": \"GATEWAY_DOWN\"\012}" }, \
    { GW__FROM_S, 50, 0, 0, GW_I386_S_GATEWAY_DOWN, "{\012  \"f\": 130,\012  \"cnf\": {},\012  \"e\": \"GATEWAY_DOWN\"\012}" }, \
    { GW__FROM_S, 42, 0, 0, GW_I386_S_GATEWAY_DOWN, "{\"f\": 130, \"cnf\": {}, \"t\": \"GATEWAY_DOWN\"}" }, \
    { GW__FROM_C, 37, 0, 0, GW_I386_C_START_TYPING, "{\"f\":130,\"cnf\":{},\"t\":\"START_TYPING\"}" }, \
    { GW__FROM_C, 37, 0, 1, GW_I386_C_START_TYPING, "{\"f\":130,\"t\":\"START_TYPING\",\"cnf\":{}}" }, \
    { GW__FROM_C, 37, 0, 0, GW_I386_C_START_TYPING, "{\"f\":130,\"e\":\"START_TYPING\",\"cnf\":{}}" }, \
    { GW__FROM_C, 37, 0, 0, GW_I386_C_START_TYPING, "{\"cnf\":{},\"f\":130,\"t\":\"START_TYPING\"}" }, \
    { GW__FROM_C, 37, 0, 1, GW_I386_C_START_TYPING, "{\"cnf\":{},\"t\":\"START_TYPING\",\"f\":130}" }, \
    { GW__FROM_C, 37, 0, 0, GW_I386_C_START_TYPING, "{\"cnf\":{},\"e\":\"START_TYPING\",\"f\":130}" }, \
    { GW__FROM_C, 37, 0, 0, GW_I386_C_START_TYPING, "{\"t\":\"START_TYPING\",\"f\":130,\"cnf\":{}}" }, \
    { GW__FROM_C, 37, 0, 0, GW_I386_C_START_TYPING, "{\"t\":\"START_TYPING\",\"cnf\":{},\"f\":130}" }, \
    { GW__FROM_C, 50, 0, 1, GW_I386_C_START_TYPING, "{\012  \"f\": 130,\012  \"cnf\": {},\012  \"t\": \"START_TYPING\"\012}" }, \
    { GW__FROM_C, 50, 0, 0, GW_I386_C_START_TYPING, "{\012  \"f\": 130,\012  \"cnf\": {},\012  \"e\": \"START_TYPING\"\012}" }, \
    { GW__FROM_C, 42, 0, 0, GW_I386_C_START_TYPING, "{\"f\": 130, \"cnf\": {}, \"t\": \"START_TYPING\"}" }, \
    { GW__FROM_S, 37, 0, 0, GW_I386_S_GATEWAY_DOWN, "{\"f\":130,\"cnf\":{},\"e\":\"GATEWAY_DOWN\"}" }, \
    { GW__FROM_S, 37, 0, 0, GW_I386_S_GATEWAY_DOWN, "{\"cnf\":{},\"f\":130,\"e\":\"GATEWAY_DOWN\"}" }, \
    { GW__FROM_S, 37, 0, 0, GW_I386_S_GATEWAY_DOWN, "{\"e\":\"GATEWAY_DOWN\",\"f\":130,\"cnf\":{}}" }, \
    { GW__FROM_S, 37, 0, 0, GW_I386_S_GATEWAY_DOWN, "{\"e\":\"GATEWAY_DOWN\",\"cnf\":{},\"f\":130}" }, \
    { GW__FROM_S, 42, 0, 0, GW_I386_S_GATEWAY_DOWN, "{\"f\": 130, \"cnf\": {}, \"e\": \"GATEWAY_DOWN\"}" }, \
    { GW__FROM_C, 37, 0, 0, GW_I386_C_START_TYPING, "{\"f\":130,\"cnf\":{},\"e\":\"START_TYPING\"}" }, \
    { GW__FROM_C, 37, 0, 0, GW_I386_C_START_TYPING, "{\"cnf\":{},\"f\":130,\"e\":\"START_TYPING\"}" }, \
    { GW__FROM_C, 37, 0, 0, GW_I386_C_START_TYPING, "{\"e\":\"START_TYPING\",\"f\":130,\"cnf\":{}}" }, \
    { GW__FROM_C, 37, 0, 0, GW_I386_C_START_TYPING, "{\"e\":\"START_TYPING\",\"cnf\":{},\"f\":130}" }, \
    { GW__FROM_C, 42, 0, 0, GW_I386_C_START_TYPING, "{\"f\": 130, \"cnf\": {}, \"e\": \"START_TYPING\"}" },)
#define GW__WHOLE_ms GW__WHOLE(45, 0x2242FEF9C646C01Bull, 59, "!!$!+.-!!!,!(#/&!0'!!*)%!!1!2!!!", \
    { GW__FROM_S, 15, 1, 0, GW_MS_HEARTBEAT_REQUEST, "{\"op\":1,\"d\":{}}" }, \
    { GW__FROM_S, 15, 1, 0, GW_MS_HEARTBEAT_ACK, "{\"op\":4,\"d\":{}}" }, \
    { GW__FROM_S, 15, 0, 0, GW_MS_HEARTBEAT_REQUEST, "{\"d\":{},\"op\":1}" }, \
    { GW__FROM_S, 24, 0, 0, GW_MS_HEARTBEAT_REQUEST, "{\012  \"op\": 1,\012  \"d\": {}\012}" }, \
    { GW__FROM_S, 18, 0, 0, GW_MS_HEARTBEAT_REQUEST, "{\"op\": 1, \"d\": {}}" }, \
    { GW__FROM_S, 32, 0, 0, GW_MS_IDENTIFIED, "{\"op\":2,\"t\":\"IDENTIFIED\",\"d\":{}}" }, \
    { GW__FROM_S, 32, 0, 0, GW_MS_IDENTIFIED, "{\"op\":2,\"d\":{},\"t\":\"IDENTIFIED\"}" }, \
    { GW__FROM_S, 32, 0, 0, GW_MS_IDENTIFIED, "{\"t\":\"IDENTIFIED\",\"op\":2,\"d\":{}}" }, \
    { GW__FROM_S, 32, 0, 0, GW_MS_IDENTIFIED, "{\"t\":\"IDENTIFIED\",\"d\":{},\"op\":2}" }, \
    { GW__FROM_S, 32, 0, 0, GW_MS_IDENTIFIED, "{\"d\":{},\"op\":2,\"t\":\"IDENTIFIED\"}" }, \
    { GW__FROM_S, 32, 0, 0, GW_MS_IDENTIFIED, "{\"d\":{},\"t\":\"IDENTIFIED\",\"op\":2}" }, \
    { GW__FROM_S, 45, 0, 0, GW_MS_IDENTIFIED, "{\012  \"op\": 2,\012  \"t\": \"IDENTIFIED\",\012  \"d\": {}\012}" }, \
    { GW__FROM_S, 37, 0, 0, GW_MS_IDENTIFIED, "{\"op\": 2, \"t\": \"IDENTIFIED\", \"d\": {}}" }, \
    { GW__FROM_S, 15, 0, 0, GW_MS_HEARTBEAT_ACK, "{\"d\":{},\"op\":4}" }, \
    { GW__FROM_S, 24, 0, 0, GW_MS_HEARTBEAT_ACK, "{\012  \"op\": 4,\012  \"d\": {}\012}" }, \
    { GW__FROM_S, 18, 0, 0, GW_MS_HEARTBEAT_ACK, "{\"op\": 4, \"d\": {}}" },)
#define GW__WHOLE_ng GW__WHOLE(0, 0, 0, NULL, )
#define GW__WHOLE_dmod GW__WHOLE(39, 0x1E2D3AF862EA9E5Bull, 58, "#!!2!!!!!4$!!:!!!&!7!1!!!!!!!!!!*!%!)8!!!/!0+!!5!3.!!!!9(!!!6!'!", \
    { GW__FROM_S, 26, 1, 0, GW_DMOD_REQUEST_AUTH, "{\"op\":0,\"t\":null,\"d\":null}" }, \
    { GW__FROM_S, 26, 1, 0, GW_DMOD_HEARTBEAT, "{\"op\":3,\"t\":null,\"d\":null}" }, \
    { GW__FROM_C, 26, 1, 0, GW_DMOD_HEARTBEAT_BACK, "{\"op\":4,\"t\":null,\"d\":null}" }, \
    { GW__FROM_S, 26, 0, 0, GW_DMOD_REQUEST_AUTH, "{\"op\":0,\"d\":null,\"t\":null}" }, \
    { GW__FROM_S, 26, 0, 0, GW_DMOD_REQUEST_AUTH, "{\"t\":null,\"op\":0,\"d\":null}" }, \
    { GW__FROM_S, 26, 0, 0, GW_DMOD_REQUEST_AUTH, "{\"t\":null,\"d\":null,\"op\":0}" }, \
    { GW__FROM_S, 26, 0, 0, GW_DMOD_REQUEST_AUTH, "{\"d\":null,\"op\":0,\"t\":null}" }, \
    { GW__FROM_S, 26, 0, 0, GW_DMOD_REQUEST_AUTH, "{\"d\":null,\"t\":null,\"op\":0}" }, \
    { GW__FROM_S, 39, 0, 1, GW_DMOD_REQUEST_AUTH, "{\012  \"op\": 0,\012  \"t\": null,\012  \"d\": null\012}" }, \
    { GW__FROM_S, 39, 0, 1, GW_DMOD_HEARTBEAT, "{\012  \"op\": 3,\012  \"t\": null,\012  \"d\": null\012}" }, \
    { GW__FROM_C, 39, 0, 0, GW_DMOD_HEARTBEAT_BACK, "{\012  \"op\": 4,\012  \"t\": null,\012  \"d\": null\012}" }, \
    { GW__FROM_S, 31, 0, 0, GW_DMOD_REQUEST_AUTH, "{\"op\": 0, \"t\": null, \"d\": null}" }, \
    { GW__FROM_S, 26, 0, 0, GW_DMOD_HEARTBEAT, "{\"op\":3,\"d\":null,\"t\":null}" }, \
    { GW__FROM_S, 26, 0, 0, GW_DMOD_HEARTBEAT, "{\"t\":null,\"op\":3,\"d\":null}" }, \
    { GW__FROM_S, 26, 0, 0, GW_DMOD_HEARTBEAT, "{\"t\":null,\"d\":null,\"op\":3}" }, \
    { GW__FROM_S, 26, 0, 0, GW_DMOD_HEARTBEAT, "{\"d\":null,\"op\":3,\"t\":null}" }, \
    { GW__FROM_S, 26, 0, 0, GW_DMOD_HEARTBEAT, "{\"d\":null,\"t\":null,\"op\":3}" }, \
    { GW__FROM_S, 31, 0, 0, GW_DMOD_HEARTBEAT, "{\"op\": 3, \"t\": null, \"d\": null}" }, \
    { GW__FROM_C, 26, 0, 0, GW_DMOD_HEARTBEAT_BACK, "{\"op\":4,\"d\":null,\"t\":null}" }, \
    { GW__FROM_C, 26, 0, 0, GW_DMOD_HEARTBEAT_BACK, "{\"t\":null,\"op\":4,\"d\":null}" }, \
    { GW__FROM_C, 26, 0, 0, GW_DMOD_HEARTBEAT_BACK, "{\"t\":null,\"d\":null,\"op\":4}" }, \
    { GW__FROM_C, 26, 0, 0, GW_DMOD_HEARTBEAT_BACK, "{\"d\":null,\"op\":4,\"t\":null}" }, \
    { GW__FROM_C, 26, 0, 0, GW_DMOD_HEARTBEAT_BACK, "{\"d\":null,\"t\":null,\"op\":4}" }, \
    { GW__FROM_C, 31, 0, 0, GW_DMOD_HEARTBEAT_BACK, "{\"op\": 4, \"t\": null, \"d\": null}" },)
#define GW__NAMED_sm GW__NAMED(0x20u, 0xEF9E7D0035411B4Full, 60, "!!%!$!#'*)!!!(&+", \
    { 5, 65535, { 0, 0, 1 }, 13, "GATEWAY_HELLO" }, \
    { 5, 65535, { 0, 0, 2 }, 12, "GATEWAY_PING" }, \
    { 5, 65535, { 0, 0, 3 }, 13, "GATEWAY_READY" }, \
    { 5, 65535, { 0, 0, 4 }, 15, "GATEWAY_RESUMED" }, \
    { 5, 65535, { 0, 0, 5 }, 14, "GATEWAY_RESUME" }, \
    { 5, 65535, { 0, 0, 6 }, 15, "GATEWAY_INVALID" }, \
    { 5, 65535, { 0, 0, 7 }, 13, "GATEWAY_ERROR" }, \
    { 5, 65535, { 0, 0, 8 }, 18, "GATEWAY_SHARD_INFO" }, \
    { 5, 65535, { 0, 0, 10 }, 19, "INTERACTION_DISCORD" },)
#define GW__NAMED_i386 GW__NAMED(0x2u, 0x2B42F8EB9CB590E5ull, 60, "!(&#,$%!!!*)!!'+", \
    { 1, 3, { 0, 11, 4 }, 14, "MESSAGE_CREATE" }, \
    { 1, 3, { 0, 12, 5 }, 14, "MESSAGE_DELETE" }, \
    { 1, 3, { 0, 13, 6 }, 12, "START_TYPING" }, \
    { 1, 3, { 0, 17, 7 }, 13, "ROOM_USER_ADD" }, \
    { 1, 3, { 0, 18, 8 }, 16, "ROOM_USER_REMOVE" }, \
    { 1, 3, { 0, 0, 9 }, 12, "GATEWAY_DOWN" }, \
    { 1, 3, { 0, 0, 10 }, 14, "SERVER_MESSAGE" }, \
    { 1, 3, { 0, 14, 0 }, 14, "SYSTEM_BAN_ADD" }, \
    { 1, 3, { 0, 15, 0 }, 11, "CHANNEL_ADD" }, \
    { 1, 3, { 0, 16, 0 }, 12, "CHANNEL_MOVE" },)
#define GW__NAMED_ms GW__NAMED(0x82u, 0x1EF58D041EBDA4BDull, 61, "#'()$&%*", \
    { 1, 3, { 0, 4, 4 }, 15, "EXECUTE_COMMAND" }, \
    { 1, 3, { 0, 0, 5 }, 10, "IDENTIFIED" }, \
    { 7, 7, { 0, 8, 0 }, 6, "member" }, \
    { 7, 7, { 0, 10, 0 }, 4, "role" }, \
    { 7, 7, { 0, 12, 0 }, 4, "user" }, \
    { 7, 7, { 0, 14, 0 }, 5, "guild" }, \
    { 7, 7, { 0, 16, 0 }, 7, "channel" }, \
    { 7, 7, { 0, 18, 0 }, 10, "voiceState" },)
#define GW__NAMED_ng GW__NAMED(0x300u, 0x42BA0E28FE64202Dull, 60, "!)!!*!+%&$'!!#!(", \
    { 8, 3, { 0, 0, 4 }, 15, "connect_gateway" }, \
    { 8, 3, { 0, 0, 5 }, 17, "reconnect_gateway" }, \
    { 8, 3, { 0, 0, 6 }, 18, "disconnect_gateway" }, \
    { 8, 6, { 0, 0, 7 }, 11, "track_start" }, \
    { 9, 6, { 0, 0, 9 }, 11, "track_start" }, \
    { 8, 6, { 0, 0, 10 }, 9, "track_end" }, \
    { 9, 6, { 0, 0, 11 }, 9, "track_end" }, \
    { 8, 6, { 0, 0, 12 }, 13, "track_errored" }, \
    { 9, 6, { 0, 0, 13 }, 13, "track_errored" },)
#define GW__NAMED_dmod GW__NAMED(0x52u, 0xF6EF463FBEF97339ull, 60, "+*&,!%).!(#-$'!!", \
    { 1, 5, { 0, 0, 6 }, 22, "GUILD_PRIVILEGE_UPDATE" }, \
    { 1, 5, { 0, 0, 8 }, 25, "GUILD_MEMBER_COUNT_CHANGE" }, \
    { 1, 5, { 0, 0, 9 }, 24, "APPLICATION_SESSION_HB_P" }, \
    { 1, 5, { 0, 0, 10 }, 23, "APPLICATION_SESSION_END" }, \
    { 4, 14, { 0, 15, 0 }, 13, "CONNECT_GUILD" }, \
    { 4, 14, { 0, 16, 0 }, 16, "DESCONNECT_GUILD" }, \
    { 6, 16, { 0, 0, 17 }, 13, "CONNECT_GUILD" }, \
    { 6, 16, { 0, 0, 19 }, 16, "DESCONNECT_GUILD" }, \
    { 4, 16, { 0, 20, 0 }, 19, "APPLICATION_SESSION" }, \
    { 4, 16, { 0, 21, 0 }, 23, "APPLICATION_SESSION_END" }, \
    { 4, 16, { 0, 22, 0 }, 26, "APPLICATION_SESSION_REAUTH" }, \
    { 4, 16, { 0, 23, 0 }, 24, "APPLICATION_SESSION_HB_M" },)
#define GW__SHAPE_sm GW__SHAPE(0x9E5651B0EF953637ull, 56, "#!!!!!!!!!!1!!!!!3!!!!!4!!!!!!!!!!!!!<!!!!!!!!!!!!B!!!!!D!!!!!!!!!!!J!!!!L!!!!!!!!!R!!!!!!!!!!!!!!!!!!!!T!!!!!!!V!!n!t!!!!!!!!!u!!!!!!!!!!!!!!!\203!!!!!!!\205!!!!!!!!!\214\216!!!!\224!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\232!!!!!!!!!!!!\235\243!\245!!!!!!!!!!!!!!!!!!!!!!\247!!!!!!!!!!!!!!!!!", \
    { GW_FROM_CLIENT, 1, 2, 4, 0, { 19, 10, 9, 12, 11 }, { 3, 1, 0, 0 }, { { 1, 0 }, { 1, 3 }, { 1, 2 }, { 1, 1 } }, 12, 0x2u, "{\"d\":{\"public_key\":,\"encode\":,\"flags\":,\"shard_in\":},\"type\":1}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 4, 0, { 19, 10, 12, 9, 11 }, { 3, 1, 0, 0 }, { { 1, 0 }, { 1, 3 }, { 1, 1 }, { 1, 2 } }, 12, 0x2u, "{\"d\":{\"public_key\":,\"encode\":,\"shard_in\":,\"flags\":},\"type\":1}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 4, 0, { 19, 9, 10, 12, 11 }, { 3, 0, 1, 0 }, { { 1, 0 }, { 1, 2 }, { 1, 3 }, { 1, 1 } }, 12, 0x2u, "{\"d\":{\"public_key\":,\"flags\":,\"encode\":,\"shard_in\":},\"type\":1}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 4, 0, { 19, 9, 14, 12, 11 }, { 3, 0, 3, 0 }, { { 1, 0 }, { 1, 3 }, { 1, 1 }, { 1, 2 } }, 14, 0x0u, "{\"d\":{\"public_key\":,\"flags\":,\"session_id\":,\"shard_in\":},\"type\":5}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 3, 4, 0, { 19, 9, 12, 10, 11 }, { 3, 0, 0, 1 }, { { 1, 0 }, { 1, 2 }, { 1, 1 }, { 1, 3 } }, 12, 0x2u, "{\"d\":{\"public_key\":,\"flags\":,\"shard_in\":,\"encode\":},\"type\":1}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 3, 4, 0, { 19, 9, 12, 14, 11 }, { 3, 0, 0, 3 }, { { 1, 0 }, { 1, 3 }, { 1, 2 }, { 1, 1 } }, 14, 0x0u, "{\"d\":{\"public_key\":,\"flags\":,\"shard_in\":,\"session_id\":},\"type\":5}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 3, 0, { 19, 9, 12, 11, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 1, 2 }, { 1, 1 }, { 0, 0 } }, 11, 0x2u, "{\"d\":{\"public_key\":,\"flags\":,\"shard_in\":},\"type\":1}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 4, 0, { 19, 14, 9, 12, 11 }, { 3, 3, 0, 0 }, { { 1, 0 }, { 1, 1 }, { 1, 3 }, { 1, 2 } }, 14, 0x0u, "{\"d\":{\"public_key\":,\"session_id\":,\"flags\":,\"shard_in\":},\"type\":5}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 4, 0, { 19, 14, 12, 9, 11 }, { 3, 3, 0, 0 }, { { 1, 0 }, { 1, 1 }, { 1, 2 }, { 1, 3 } }, 14, 0x0u, "{\"d\":{\"public_key\":,\"session_id\":,\"shard_in\":,\"flags\":},\"type\":5}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 4, 0, { 19, 12, 10, 9, 11 }, { 3, 0, 1, 0 }, { { 1, 0 }, { 1, 1 }, { 1, 3 }, { 1, 2 } }, 12, 0x2u, "{\"d\":{\"public_key\":,\"shard_in\":,\"encode\":,\"flags\":},\"type\":1}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 3, 4, 0, { 19, 12, 9, 10, 11 }, { 3, 0, 0, 1 }, { { 1, 0 }, { 1, 1 }, { 1, 2 }, { 1, 3 } }, 12, 0x2u, "{\"d\":{\"public_key\":,\"shard_in\":,\"flags\":,\"encode\":},\"type\":1}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 3, 4, 0, { 19, 12, 9, 14, 11 }, { 3, 0, 0, 3 }, { { 1, 0 }, { 1, 2 }, { 1, 3 }, { 1, 1 } }, 14, 0x0u, "{\"d\":{\"public_key\":,\"shard_in\":,\"flags\":,\"session_id\":},\"type\":5}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 3, 0, { 19, 12, 9, 11, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 1, 1 }, { 1, 2 }, { 0, 0 } }, 11, 0x2u, "{\"d\":{\"public_key\":,\"shard_in\":,\"flags\":},\"type\":1}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 0, 0, 4, 0, { 19, 12, 14, 9, 11 }, { 3, 0, 3, 0 }, { { 1, 0 }, { 1, 2 }, { 1, 1 }, { 1, 3 } }, 14, 0x0u, "{\"d\":{\"public_key\":,\"shard_in\":,\"session_id\":,\"flags\":},\"type\":5}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 1, 0, { 36, 46, 0, 0, 0 }, { 1, 0, 0, 0 }, { { 5, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 0, 0x0u, "{\"type\":1,\"data\":{\"starting_shards\":},\"event\":\"GATEWAY_HELLO\",\"service\":\"gateway\"}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 1, 0, { 36, 46, 0, 0, 0 }, { 1, 0, 0, 0 }, { { 5, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 0, 0x0u, "{\"type\":1,\"data\":{\"starting_shards\":},\"service\":\"gateway\",\"event\":\"GATEWAY_HELLO\"}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 0, 0, 4, 0, { 42, 20, 18, 15, 6 }, { 3, 3, 0, 0 }, { { 1, 0 }, { 1, 1 }, { 1, 2 }, { 1, 3 } }, 14, 0x0u, "{\012  \"type\": 5,\012  \"d\": {\012    \"public_key\": ,\012    \"session_id\": ,\012    \"shard_in\": ,\012    \"flags\": \012  }\012}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 1, 1, { 60, 22, 0, 0, 0 }, { 1, 0, 0, 0 }, { { 5, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 0, 0x0u, "{\"type\":1,\"event\":\"GATEWAY_HELLO\",\"data\":{\"starting_shards\":},\"service\":\"gateway\"}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 2, 2, { 80, 15, 1, 0, 0 }, { 1, 1, 0, 0 }, { { 5, 0 }, { 6, 255 }, { 0, 0 }, { 0, 0 } }, 0, 0x0u, "{\"type\":1,\"event\":\"GATEWAY_HELLO\",\"service\":\"gateway\",\"data\":{\"starting_shards\":},\"rate_limit\":}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 1, 1, { 80, 2, 0, 0, 0 }, { 1, 0, 0, 0 }, { { 5, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 0, 0x0u, "{\"type\":1,\"event\":\"GATEWAY_HELLO\",\"service\":\"gateway\",\"data\":{\"starting_shards\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 2, 3, 2, { 64, 27, 15, 1, 0 }, { 3, 1, 1, 0 }, { { 4, 255 }, { 5, 0 }, { 6, 255 }, { 0, 0 } }, 0, 0x0u, "{\"type\":1,\"event\":\"GATEWAY_HELLO\",\"service\":\"gateway\",\"message\":,\"data\":{\"starting_shards\":},\"rate_limit\":}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 2, 1, { 64, 27, 2, 0, 0 }, { 3, 1, 0, 0 }, { { 4, 255 }, { 5, 0 }, { 0, 0 }, { 0, 0 } }, 0, 0x0u, "{\"type\":1,\"event\":\"GATEWAY_HELLO\",\"service\":\"gateway\",\"message\":,\"data\":{\"starting_shards\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 2, 3, 0, { 71, 27, 15, 1, 0 }, { 1, 1, 1, 0 }, { { 3, 255 }, { 5, 0 }, { 6, 255 }, { 0, 0 } }, 0, 0x0u, "{\"type\":1,\"event\":\"GATEWAY_HELLO\",\"service\":\"gateway\",\"possible_error\":,\"data\":{\"starting_shards\":},\"rate_limit\":}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 2, 0, { 71, 27, 2, 0, 0 }, { 1, 1, 0, 0 }, { { 3, 255 }, { 5, 0 }, { 0, 0 }, { 0, 0 } }, 0, 0x0u, "{\"type\":1,\"event\":\"GATEWAY_HELLO\",\"service\":\"gateway\",\"possible_error\":,\"data\":{\"starting_shards\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 3, 0, { 71, 11, 27, 2, 0 }, { 1, 3, 1, 0 }, { { 3, 255 }, { 4, 255 }, { 5, 0 }, { 0, 0 } }, 0, 0x0u, "{\"type\":1,\"event\":\"GATEWAY_HELLO\",\"service\":\"gateway\",\"possible_error\":,\"message\":,\"data\":{\"starting_shards\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 1, 2, { 51, 31, 0, 0, 0 }, { 1, 0, 0, 0 }, { { 5, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 0, 0x0u, "{\"event\":\"GATEWAY_HELLO\",\"data\":{\"starting_shards\":},\"service\":\"gateway\",\"type\":1}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 1, 1, { 51, 31, 0, 0, 0 }, { 1, 0, 0, 0 }, { { 5, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 0, 0x0u, "{\"event\":\"GATEWAY_HELLO\",\"data\":{\"starting_shards\":},\"type\":1,\"service\":\"gateway\"}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 1, 1, { 71, 11, 0, 0, 0 }, { 1, 0, 0, 0 }, { { 5, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 0, 0x0u, "{\"event\":\"GATEWAY_HELLO\",\"service\":\"gateway\",\"data\":{\"starting_shards\":},\"type\":1}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 1, 1, { 80, 2, 0, 0, 0 }, { 1, 0, 0, 0 }, { { 5, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 0, 0x0u, "{\"event\":\"GATEWAY_HELLO\",\"service\":\"gateway\",\"type\":1,\"data\":{\"starting_shards\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 1, 1, { 60, 22, 0, 0, 0 }, { 1, 0, 0, 0 }, { { 5, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 0, 0x0u, "{\"event\":\"GATEWAY_HELLO\",\"type\":1,\"data\":{\"starting_shards\":},\"service\":\"gateway\"}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 1, 0, { 80, 2, 0, 0, 0 }, { 1, 0, 0, 0 }, { { 5, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 0, 0x0u, "{\"event\":\"GATEWAY_HELLO\",\"type\":1,\"service\":\"gateway\",\"data\":{\"starting_shards\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 2, 1, { 30, 18, 1, 0, 0 }, { 3, 1, 0, 0 }, { { 2, 255 }, { 1, 255 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"data\":{},\"type\":0,\"message\":,\"possible_error\":}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 2, 0, { 37, 11, 1, 0, 0 }, { 1, 3, 0, 0 }, { { 1, 255 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"data\":{},\"type\":0,\"possible_error\":,\"message\":}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 1, 2, { 47, 35, 0, 0, 0 }, { 1, 0, 0, 0 }, { { 5, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 0, 0x0u, "{\"service\":\"gateway\",\"data\":{\"starting_shards\":},\"event\":\"GATEWAY_HELLO\",\"type\":1}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 1, 1, { 47, 35, 0, 0, 0 }, { 1, 0, 0, 0 }, { { 5, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 0, 0x0u, "{\"service\":\"gateway\",\"data\":{\"starting_shards\":},\"type\":1,\"event\":\"GATEWAY_HELLO\"}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 1, 1, { 71, 11, 0, 0, 0 }, { 1, 0, 0, 0 }, { { 5, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 0, 0x0u, "{\"service\":\"gateway\",\"event\":\"GATEWAY_HELLO\",\"data\":{\"starting_shards\":},\"type\":1}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 1, 1, { 80, 2, 0, 0, 0 }, { 1, 0, 0, 0 }, { { 5, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 0, 0x0u, "{\"service\":\"gateway\",\"event\":\"GATEWAY_HELLO\",\"type\":1,\"data\":{\"starting_shards\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 1, 1, { 56, 26, 0, 0, 0 }, { 1, 0, 0, 0 }, { { 5, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 0, 0x0u, "{\"service\":\"gateway\",\"type\":1,\"data\":{\"starting_shards\":},\"event\":\"GATEWAY_HELLO\"}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 1, 0, { 80, 2, 0, 0, 0 }, { 1, 0, 0, 0 }, { { 5, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 0, 0x0u, "{\"service\":\"gateway\",\"type\":1,\"event\":\"GATEWAY_HELLO\",\"data\":{\"starting_shards\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 2, 0, { 20, 28, 1, 0, 0 }, { 3, 1, 0, 0 }, { { 2, 255 }, { 1, 255 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"type\":0,\"message\":,\"data\":{},\"possible_error\":}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 2, 0, { 20, 18, 11, 0, 0 }, { 3, 1, 0, 0 }, { { 2, 255 }, { 1, 255 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"type\":0,\"message\":,\"possible_error\":,\"data\":{}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 2, 0, { 18, 21, 10, 0, 0 }, { 1, 3, 0, 0 }, { { 1, 255 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"possible_error\":,\"data\":{},\"message\":,\"type\":0}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 2, 0, { 18, 30, 1, 0, 0 }, { 1, 3, 0, 0 }, { { 1, 255 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"possible_error\":,\"data\":{},\"type\":0,\"message\":}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 2, 2, 0, { 18, 11, 20, 0, 0 }, { 1, 3, 0, 0 }, { { 1, 255 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"possible_error\":,\"message\":,\"data\":{},\"type\":0}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 2, 0, { 18, 11, 20, 0, 0 }, { 1, 3, 0, 0 }, { { 1, 255 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"possible_error\":,\"message\":,\"type\":0,\"data\":{}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 2, 0, { 18, 30, 1, 0, 0 }, { 1, 3, 0, 0 }, { { 1, 255 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"possible_error\":,\"type\":0,\"data\":{},\"message\":}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 2, 0, { 18, 20, 11, 0, 0 }, { 1, 3, 0, 0 }, { { 1, 255 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"possible_error\":,\"type\":0,\"message\":,\"data\":{}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 2, 2, 0, { 35, 15, 16, 0, 0 }, { 1, 3, 0, 0 }, { { 1, 255 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\012  \"type\": 0,\012  \"possible_error\": ,\012  \"message\": ,\012  \"data\": {}\012}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 3, 0, { 35, 15, 32, 2, 0 }, { 1, 3, 1, 0 }, { { 1, 255 }, { 2, 255 }, { 4, 255 }, { 0, 0 } }, 10, 0x0u, "{\012  \"type\": 0,\012  \"possible_error\": ,\012  \"message\": ,\012  \"data\": {},\012  \"rate_limit\": \012}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 2, 1, { 30, 18, 1, 0, 0 }, { 3, 1, 0, 0 }, { { 2, 255 }, { 1, 255 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"type\":0,\"data\":{},\"message\":,\"possible_error\":}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 2, 0, { 37, 11, 1, 0, 0 }, { 1, 3, 0, 0 }, { { 1, 255 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"type\":0,\"data\":{},\"possible_error\":,\"message\":}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 4, 6, { 23, 14, 14, 12, 2 }, { 0, 3, 3, 0 }, { { 1, 3 }, { 1, 0 }, { 1, 1 }, { 1, 2 } }, 14, 0x0u, "{\"type\":5,\"d\":{\"flags\":,\"public_key\":,\"session_id\":,\"shard_in\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 4, 5, { 23, 14, 12, 14, 2 }, { 0, 3, 0, 3 }, { { 1, 3 }, { 1, 0 }, { 1, 2 }, { 1, 1 } }, 14, 0x0u, "{\"type\":5,\"d\":{\"flags\":,\"public_key\":,\"shard_in\":,\"session_id\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 4, 4, { 23, 14, 14, 12, 2 }, { 0, 3, 3, 0 }, { { 1, 3 }, { 1, 1 }, { 1, 0 }, { 1, 2 } }, 14, 0x0u, "{\"type\":5,\"d\":{\"flags\":,\"session_id\":,\"public_key\":,\"shard_in\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 4, 3, { 23, 14, 12, 14, 2 }, { 0, 3, 0, 3 }, { { 1, 3 }, { 1, 1 }, { 1, 2 }, { 1, 0 } }, 14, 0x0u, "{\"type\":5,\"d\":{\"flags\":,\"session_id\":,\"shard_in\":,\"public_key\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 4, 2, { 23, 12, 14, 14, 2 }, { 0, 0, 3, 3 }, { { 1, 3 }, { 1, 2 }, { 1, 0 }, { 1, 1 } }, 14, 0x0u, "{\"type\":5,\"d\":{\"flags\":,\"shard_in\":,\"public_key\":,\"session_id\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 4, 1, { 23, 12, 14, 14, 2 }, { 0, 0, 3, 3 }, { { 1, 3 }, { 1, 2 }, { 1, 1 }, { 1, 0 } }, 14, 0x0u, "{\"type\":5,\"d\":{\"flags\":,\"shard_in\":,\"session_id\":,\"public_key\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 4, 6, { 28, 9, 14, 12, 2 }, { 3, 0, 3, 0 }, { { 1, 0 }, { 1, 3 }, { 1, 1 }, { 1, 2 } }, 14, 0x0u, "{\"type\":5,\"d\":{\"public_key\":,\"flags\":,\"session_id\":,\"shard_in\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 4, 5, { 28, 9, 12, 14, 2 }, { 3, 0, 0, 3 }, { { 1, 0 }, { 1, 3 }, { 1, 2 }, { 1, 1 } }, 14, 0x0u, "{\"type\":5,\"d\":{\"public_key\":,\"flags\":,\"shard_in\":,\"session_id\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 4, 4, { 28, 14, 9, 12, 2 }, { 3, 3, 0, 0 }, { { 1, 0 }, { 1, 1 }, { 1, 3 }, { 1, 2 } }, 14, 0x0u, "{\"type\":5,\"d\":{\"public_key\":,\"session_id\":,\"flags\":,\"shard_in\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 4, 3, { 28, 14, 12, 9, 2 }, { 3, 3, 0, 0 }, { { 1, 0 }, { 1, 1 }, { 1, 2 }, { 1, 3 } }, 14, 0x0u, "{\"type\":5,\"d\":{\"public_key\":,\"session_id\":,\"shard_in\":,\"flags\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 4, 2, { 28, 12, 9, 14, 2 }, { 3, 0, 0, 3 }, { { 1, 0 }, { 1, 2 }, { 1, 3 }, { 1, 1 } }, 14, 0x0u, "{\"type\":5,\"d\":{\"public_key\":,\"shard_in\":,\"flags\":,\"session_id\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 4, 1, { 28, 12, 14, 9, 2 }, { 3, 0, 3, 0 }, { { 1, 0 }, { 1, 2 }, { 1, 1 }, { 1, 3 } }, 14, 0x0u, "{\"type\":5,\"d\":{\"public_key\":,\"shard_in\":,\"session_id\":,\"flags\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 4, 6, { 28, 9, 14, 12, 2 }, { 3, 0, 3, 0 }, { { 1, 1 }, { 1, 3 }, { 1, 0 }, { 1, 2 } }, 14, 0x0u, "{\"type\":5,\"d\":{\"session_id\":,\"flags\":,\"public_key\":,\"shard_in\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 4, 5, { 28, 9, 12, 14, 2 }, { 3, 0, 0, 3 }, { { 1, 1 }, { 1, 3 }, { 1, 2 }, { 1, 0 } }, 14, 0x0u, "{\"type\":5,\"d\":{\"session_id\":,\"flags\":,\"shard_in\":,\"public_key\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 4, 4, { 28, 14, 9, 12, 2 }, { 3, 3, 0, 0 }, { { 1, 1 }, { 1, 0 }, { 1, 3 }, { 1, 2 } }, 14, 0x0u, "{\"type\":5,\"d\":{\"session_id\":,\"public_key\":,\"flags\":,\"shard_in\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 4, 3, { 28, 14, 12, 9, 2 }, { 3, 3, 0, 0 }, { { 1, 1 }, { 1, 0 }, { 1, 2 }, { 1, 3 } }, 14, 0x0u, "{\"type\":5,\"d\":{\"session_id\":,\"public_key\":,\"shard_in\":,\"flags\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 4, 2, { 28, 12, 9, 14, 2 }, { 3, 0, 0, 3 }, { { 1, 1 }, { 1, 2 }, { 1, 3 }, { 1, 0 } }, 14, 0x0u, "{\"type\":5,\"d\":{\"session_id\":,\"shard_in\":,\"flags\":,\"public_key\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 4, 1, { 28, 12, 14, 9, 2 }, { 3, 0, 3, 0 }, { { 1, 1 }, { 1, 2 }, { 1, 0 }, { 1, 3 } }, 14, 0x0u, "{\"type\":5,\"d\":{\"session_id\":,\"shard_in\":,\"public_key\":,\"flags\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 4, 0, { 26, 9, 14, 14, 2 }, { 0, 0, 3, 3 }, { { 1, 2 }, { 1, 3 }, { 1, 0 }, { 1, 1 } }, 14, 0x0u, "{\"type\":5,\"d\":{\"shard_in\":,\"flags\":,\"public_key\":,\"session_id\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 4, 0, { 26, 9, 14, 14, 2 }, { 0, 0, 3, 3 }, { { 1, 2 }, { 1, 3 }, { 1, 1 }, { 1, 0 } }, 14, 0x0u, "{\"type\":5,\"d\":{\"shard_in\":,\"flags\":,\"session_id\":,\"public_key\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 4, 0, { 26, 14, 9, 14, 2 }, { 0, 3, 0, 3 }, { { 1, 2 }, { 1, 0 }, { 1, 3 }, { 1, 1 } }, 14, 0x0u, "{\"type\":5,\"d\":{\"shard_in\":,\"public_key\":,\"flags\":,\"session_id\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 4, 0, { 26, 14, 14, 9, 2 }, { 0, 3, 3, 0 }, { { 1, 2 }, { 1, 0 }, { 1, 1 }, { 1, 3 } }, 14, 0x0u, "{\"type\":5,\"d\":{\"shard_in\":,\"public_key\":,\"session_id\":,\"flags\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 4, 0, { 26, 14, 9, 14, 2 }, { 0, 3, 0, 3 }, { { 1, 2 }, { 1, 1 }, { 1, 3 }, { 1, 0 } }, 14, 0x0u, "{\"type\":5,\"d\":{\"shard_in\":,\"session_id\":,\"flags\":,\"public_key\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 0, 0, 4, 0, { 26, 14, 14, 9, 2 }, { 0, 3, 3, 0 }, { { 1, 2 }, { 1, 1 }, { 1, 0 }, { 1, 3 } }, 14, 0x0u, "{\"type\":5,\"d\":{\"shard_in\":,\"session_id\":,\"public_key\":,\"flags\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 4, 0, { 19, 9, 14, 12, 11 }, { 3, 0, 3, 0 }, { { 1, 1 }, { 1, 3 }, { 1, 0 }, { 1, 2 } }, 14, 0x0u, "{\"d\":{\"session_id\":,\"flags\":,\"public_key\":,\"shard_in\":},\"type\":5}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 4, 0, { 19, 9, 12, 14, 11 }, { 3, 0, 0, 3 }, { { 1, 1 }, { 1, 3 }, { 1, 2 }, { 1, 0 } }, 14, 0x0u, "{\"d\":{\"session_id\":,\"flags\":,\"shard_in\":,\"public_key\":},\"type\":5}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 4, 0, { 19, 14, 9, 12, 11 }, { 3, 3, 0, 0 }, { { 1, 1 }, { 1, 0 }, { 1, 3 }, { 1, 2 } }, 14, 0x0u, "{\"d\":{\"session_id\":,\"public_key\":,\"flags\":,\"shard_in\":},\"type\":5}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 4, 0, { 19, 14, 12, 9, 11 }, { 3, 3, 0, 0 }, { { 1, 1 }, { 1, 0 }, { 1, 2 }, { 1, 3 } }, 14, 0x0u, "{\"d\":{\"session_id\":,\"public_key\":,\"shard_in\":,\"flags\":},\"type\":5}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 4, 0, { 19, 12, 9, 14, 11 }, { 3, 0, 0, 3 }, { { 1, 1 }, { 1, 2 }, { 1, 3 }, { 1, 0 } }, 14, 0x0u, "{\"d\":{\"session_id\":,\"shard_in\":,\"flags\":,\"public_key\":},\"type\":5}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 0, 0, 4, 0, { 19, 12, 14, 9, 11 }, { 3, 0, 3, 0 }, { { 1, 1 }, { 1, 2 }, { 1, 0 }, { 1, 3 } }, 14, 0x0u, "{\"d\":{\"session_id\":,\"shard_in\":,\"public_key\":,\"flags\":},\"type\":5}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 1, 0, { 102, 6, 0, 0, 0 }, { 1, 0, 0, 0 }, { { 5, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 0, 0x0u, "{\012  \"type\": 1,\012  \"event\": \"GATEWAY_HELLO\",\012  \"service\": \"gateway\",\012  \"data\": {\012    \"starting_shards\": \012  }\012}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 4, 0, { 17, 10, 9, 14, 11 }, { 0, 1, 0, 3 }, { { 1, 1 }, { 1, 3 }, { 1, 2 }, { 1, 0 } }, 12, 0x2u, "{\"d\":{\"shard_in\":,\"encode\":,\"flags\":,\"public_key\":},\"type\":1}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 4, 0, { 17, 10, 14, 9, 11 }, { 0, 1, 3, 0 }, { { 1, 1 }, { 1, 3 }, { 1, 0 }, { 1, 2 } }, 12, 0x2u, "{\"d\":{\"shard_in\":,\"encode\":,\"public_key\":,\"flags\":},\"type\":1}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 4, 0, { 17, 9, 10, 14, 11 }, { 0, 0, 1, 3 }, { { 1, 1 }, { 1, 2 }, { 1, 3 }, { 1, 0 } }, 12, 0x2u, "{\"d\":{\"shard_in\":,\"flags\":,\"encode\":,\"public_key\":},\"type\":1}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 3, 4, 0, { 17, 9, 14, 10, 11 }, { 0, 0, 3, 1 }, { { 1, 1 }, { 1, 2 }, { 1, 0 }, { 1, 3 } }, 12, 0x2u, "{\"d\":{\"shard_in\":,\"flags\":,\"public_key\":,\"encode\":},\"type\":1}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 3, 4, 0, { 17, 9, 14, 14, 11 }, { 0, 0, 3, 3 }, { { 1, 2 }, { 1, 3 }, { 1, 0 }, { 1, 1 } }, 14, 0x0u, "{\"d\":{\"shard_in\":,\"flags\":,\"public_key\":,\"session_id\":},\"type\":5}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 3, 0, { 17, 9, 14, 11, 0 }, { 0, 0, 3, 0 }, { { 1, 1 }, { 1, 2 }, { 1, 0 }, { 0, 0 } }, 11, 0x2u, "{\"d\":{\"shard_in\":,\"flags\":,\"public_key\":},\"type\":1}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 4, 0, { 17, 9, 14, 14, 11 }, { 0, 0, 3, 3 }, { { 1, 2 }, { 1, 3 }, { 1, 1 }, { 1, 0 } }, 14, 0x0u, "{\"d\":{\"shard_in\":,\"flags\":,\"session_id\":,\"public_key\":},\"type\":5}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 4, 0, { 17, 14, 10, 9, 11 }, { 0, 3, 1, 0 }, { { 1, 1 }, { 1, 0 }, { 1, 3 }, { 1, 2 } }, 12, 0x2u, "{\"d\":{\"shard_in\":,\"public_key\":,\"encode\":,\"flags\":},\"type\":1}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 3, 4, 0, { 17, 14, 9, 10, 11 }, { 0, 3, 0, 1 }, { { 1, 1 }, { 1, 0 }, { 1, 2 }, { 1, 3 } }, 12, 0x2u, "{\"d\":{\"shard_in\":,\"public_key\":,\"flags\":,\"encode\":},\"type\":1}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 3, 4, 0, { 17, 14, 9, 14, 11 }, { 0, 3, 0, 3 }, { { 1, 2 }, { 1, 0 }, { 1, 3 }, { 1, 1 } }, 14, 0x0u, "{\"d\":{\"shard_in\":,\"public_key\":,\"flags\":,\"session_id\":},\"type\":5}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 3, 0, { 17, 14, 9, 11, 0 }, { 0, 3, 0, 0 }, { { 1, 1 }, { 1, 0 }, { 1, 2 }, { 0, 0 } }, 11, 0x2u, "{\"d\":{\"shard_in\":,\"public_key\":,\"flags\":},\"type\":1}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 4, 0, { 17, 14, 14, 9, 11 }, { 0, 3, 3, 0 }, { { 1, 2 }, { 1, 0 }, { 1, 1 }, { 1, 3 } }, 14, 0x0u, "{\"d\":{\"shard_in\":,\"public_key\":,\"session_id\":,\"flags\":},\"type\":5}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 4, 0, { 17, 14, 9, 14, 11 }, { 0, 3, 0, 3 }, { { 1, 2 }, { 1, 1 }, { 1, 3 }, { 1, 0 } }, 14, 0x0u, "{\"d\":{\"shard_in\":,\"session_id\":,\"flags\":,\"public_key\":},\"type\":5}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 0, 0, 4, 0, { 17, 14, 14, 9, 11 }, { 0, 3, 3, 0 }, { { 1, 2 }, { 1, 1 }, { 1, 0 }, { 1, 3 } }, 14, 0x0u, "{\"d\":{\"shard_in\":,\"session_id\":,\"public_key\":,\"flags\":},\"type\":5}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 2, 0, { 28, 11, 10, 0, 0 }, { 1, 3, 0, 0 }, { { 1, 255 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"data\":{},\"possible_error\":,\"message\":,\"type\":0}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 2, 0, { 28, 20, 1, 0, 0 }, { 1, 3, 0, 0 }, { { 1, 255 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"data\":{},\"possible_error\":,\"type\":0,\"message\":}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 1, 1, { 76, 1, 0, 0, 0 }, { 1, 0, 0, 0 }, { { 6, 255 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 1, 0x0u, "{\"type\":3,\"event\":\"GATEWAY_PING\",\"service\":\"gateway\",\"data\":{},\"rate_limit\":}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 2, 2, { 63, 24, 1, 0, 0 }, { 3, 1, 0, 0 }, { { 4, 255 }, { 6, 255 }, { 0, 0 }, { 0, 0 } }, 1, 0x0u, "{\"type\":3,\"event\":\"GATEWAY_PING\",\"service\":\"gateway\",\"message\":,\"data\":{},\"rate_limit\":}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 1, 1, { 63, 11, 0, 0, 0 }, { 3, 0, 0, 0 }, { { 4, 255 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 1, 0x0u, "{\"type\":3,\"event\":\"GATEWAY_PING\",\"service\":\"gateway\",\"message\":,\"data\":{}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 2, 0, { 70, 24, 1, 0, 0 }, { 1, 1, 0, 0 }, { { 3, 255 }, { 6, 255 }, { 0, 0 }, { 0, 0 } }, 1, 0x0u, "{\"type\":3,\"event\":\"GATEWAY_PING\",\"service\":\"gateway\",\"possible_error\":,\"data\":{},\"rate_limit\":}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 1, 0, { 70, 11, 0, 0, 0 }, { 1, 0, 0, 0 }, { { 3, 255 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 1, 0x0u, "{\"type\":3,\"event\":\"GATEWAY_PING\",\"service\":\"gateway\",\"possible_error\":,\"data\":{}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 2, 3, 0, { 70, 11, 24, 1, 0 }, { 1, 3, 1, 0 }, { { 3, 255 }, { 4, 255 }, { 6, 255 }, { 0, 0 } }, 1, 0x0u, "{\"type\":3,\"event\":\"GATEWAY_PING\",\"service\":\"gateway\",\"possible_error\":,\"message\":,\"data\":{},\"rate_limit\":}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 2, 0, { 70, 11, 11, 0, 0 }, { 1, 3, 0, 0 }, { { 3, 255 }, { 4, 255 }, { 0, 0 }, { 0, 0 } }, 1, 0x0u, "{\"type\":3,\"event\":\"GATEWAY_PING\",\"service\":\"gateway\",\"possible_error\":,\"message\":,\"data\":{}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 1, 1, { 56, 26, 0, 0, 0 }, { 1, 0, 0, 0 }, { { 5, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 0, 0x0u, "{\"type\":1,\"service\":\"gateway\",\"data\":{\"starting_shards\":},\"event\":\"GATEWAY_HELLO\"}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 1, 0, { 80, 2, 0, 0, 0 }, { 1, 0, 0, 0 }, { { 5, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 0, 0x0u, "{\"type\":1,\"service\":\"gateway\",\"event\":\"GATEWAY_HELLO\",\"data\":{\"starting_shards\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 1, 0, { 27, 55, 0, 0, 0 }, { 1, 0, 0, 0 }, { { 5, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 0, 0x0u, "{\"data\":{\"starting_shards\":},\"event\":\"GATEWAY_HELLO\",\"service\":\"gateway\",\"type\":1}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 1, 0, { 27, 55, 0, 0, 0 }, { 1, 0, 0, 0 }, { { 5, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 0, 0x0u, "{\"data\":{\"starting_shards\":},\"event\":\"GATEWAY_HELLO\",\"type\":1,\"service\":\"gateway\"}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 1, 0, { 27, 55, 0, 0, 0 }, { 1, 0, 0, 0 }, { { 5, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 0, 0x0u, "{\"data\":{\"starting_shards\":},\"service\":\"gateway\",\"event\":\"GATEWAY_HELLO\",\"type\":1}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 1, 0, { 27, 55, 0, 0, 0 }, { 1, 0, 0, 0 }, { { 5, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 0, 0x0u, "{\"data\":{\"starting_shards\":},\"service\":\"gateway\",\"type\":1,\"event\":\"GATEWAY_HELLO\"}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 1, 0, { 27, 55, 0, 0, 0 }, { 1, 0, 0, 0 }, { { 5, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 0, 0x0u, "{\"data\":{\"starting_shards\":},\"type\":1,\"event\":\"GATEWAY_HELLO\",\"service\":\"gateway\"}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 1, 0, { 27, 55, 0, 0, 0 }, { 1, 0, 0, 0 }, { { 5, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 0, 0x0u, "{\"data\":{\"starting_shards\":},\"type\":1,\"service\":\"gateway\",\"event\":\"GATEWAY_HELLO\"}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 4, 0, { 15, 9, 14, 12, 11 }, { 1, 0, 3, 0 }, { { 1, 3 }, { 1, 2 }, { 1, 0 }, { 1, 1 } }, 12, 0x2u, "{\"d\":{\"encode\":,\"flags\":,\"public_key\":,\"shard_in\":},\"type\":1}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 4, 0, { 15, 9, 12, 14, 11 }, { 1, 0, 0, 3 }, { { 1, 3 }, { 1, 2 }, { 1, 1 }, { 1, 0 } }, 12, 0x2u, "{\"d\":{\"encode\":,\"flags\":,\"shard_in\":,\"public_key\":},\"type\":1}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 4, 0, { 15, 14, 9, 12, 11 }, { 1, 3, 0, 0 }, { { 1, 3 }, { 1, 0 }, { 1, 2 }, { 1, 1 } }, 12, 0x2u, "{\"d\":{\"encode\":,\"public_key\":,\"flags\":,\"shard_in\":},\"type\":1}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 4, 0, { 15, 14, 12, 9, 11 }, { 1, 3, 0, 0 }, { { 1, 3 }, { 1, 0 }, { 1, 1 }, { 1, 2 } }, 12, 0x2u, "{\"d\":{\"encode\":,\"public_key\":,\"shard_in\":,\"flags\":},\"type\":1}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 4, 0, { 15, 12, 9, 14, 11 }, { 1, 0, 0, 3 }, { { 1, 3 }, { 1, 1 }, { 1, 2 }, { 1, 0 } }, 12, 0x2u, "{\"d\":{\"encode\":,\"shard_in\":,\"flags\":,\"public_key\":},\"type\":1}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 0, 0, 4, 0, { 15, 12, 14, 9, 11 }, { 1, 0, 3, 0 }, { { 1, 3 }, { 1, 1 }, { 1, 0 }, { 1, 2 } }, 12, 0x2u, "{\"d\":{\"encode\":,\"shard_in\":,\"public_key\":,\"flags\":},\"type\":1}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 2, 0, { 27, 21, 1, 0, 0 }, { 1, 3, 0, 0 }, { { 1, 255 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"type\":0,\"possible_error\":,\"data\":{},\"message\":}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 2, 3, 0, { 27, 11, 24, 1, 0 }, { 1, 3, 1, 0 }, { { 1, 255 }, { 2, 255 }, { 4, 255 }, { 0, 0 } }, 10, 0x0u, "{\"type\":0,\"possible_error\":,\"message\":,\"data\":{},\"rate_limit\":}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 2, 0, { 27, 11, 11, 0, 0 }, { 1, 3, 0, 0 }, { { 1, 255 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"type\":0,\"possible_error\":,\"message\":,\"data\":{}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 1, 1, { 96, 2, 0, 0, 0 }, { 1, 0, 0, 0 }, { { 6, 255 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 1, 0x0u, "{\012  \"type\": 3,\012  \"event\": \"GATEWAY_PING\",\012  \"service\": \"gateway\",\012  \"data\": {},\012  \"rate_limit\": \012}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 1, 2, { 79, 16, 0, 0, 0 }, { 3, 0, 0, 0 }, { { 4, 255 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 1, 0x0u, "{\012  \"type\": 3,\012  \"event\": \"GATEWAY_PING\",\012  \"service\": \"gateway\",\012  \"message\": ,\012  \"data\": {}\012}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 2, 1, { 79, 32, 2, 0, 0 }, { 3, 1, 0, 0 }, { { 4, 255 }, { 6, 255 }, { 0, 0 }, { 0, 0 } }, 1, 0x0u, "{\012  \"type\": 3,\012  \"event\": \"GATEWAY_PING\",\012  \"service\": \"gateway\",\012  \"message\": ,\012  \"data\": {},\012  \"rate_limit\": \012}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 1, 0, { 86, 16, 0, 0, 0 }, { 1, 0, 0, 0 }, { { 3, 255 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 1, 0x0u, "{\012  \"type\": 3,\012  \"event\": \"GATEWAY_PING\",\012  \"service\": \"gateway\",\012  \"possible_error\": ,\012  \"data\": {}\012}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 2, 0, { 86, 32, 2, 0, 0 }, { 1, 1, 0, 0 }, { { 3, 255 }, { 6, 255 }, { 0, 0 }, { 0, 0 } }, 1, 0x0u, "{\012  \"type\": 3,\012  \"event\": \"GATEWAY_PING\",\012  \"service\": \"gateway\",\012  \"possible_error\": ,\012  \"data\": {},\012  \"rate_limit\": \012}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 2, 0, { 86, 15, 16, 0, 0 }, { 1, 3, 0, 0 }, { { 3, 255 }, { 4, 255 }, { 0, 0 }, { 0, 0 } }, 1, 0x0u, "{\012  \"type\": 3,\012  \"event\": \"GATEWAY_PING\",\012  \"service\": \"gateway\",\012  \"possible_error\": ,\012  \"message\": ,\012  \"data\": {}\012}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 2, 0, { 21, 18, 10, 0, 0 }, { 3, 1, 0, 0 }, { { 2, 255 }, { 1, 255 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"data\":{},\"message\":,\"possible_error\":,\"type\":0}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 2, 0, { 21, 27, 1, 0, 0 }, { 3, 1, 0, 0 }, { { 2, 255 }, { 1, 255 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"data\":{},\"message\":,\"type\":0,\"possible_error\":}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 3, 3, 0, { 42, 18, 15, 6, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 1, 1 }, { 1, 2 }, { 0, 0 } }, 11, 0x2u, "{\012  \"type\": 1,\012  \"d\": {\012    \"public_key\": ,\012    \"shard_in\": ,\012    \"flags\": \012  }\012}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 0, 0, 4, 0, { 42, 18, 15, 16, 6 }, { 3, 0, 0, 1 }, { { 1, 0 }, { 1, 1 }, { 1, 2 }, { 1, 3 } }, 12, 0x2u, "{\012  \"type\": 1,\012  \"d\": {\012    \"public_key\": ,\012    \"shard_in\": ,\012    \"flags\": ,\012    \"encode\": \012  }\012}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 4, 6, { 24, 9, 14, 12, 2 }, { 1, 0, 3, 0 }, { { 1, 3 }, { 1, 2 }, { 1, 0 }, { 1, 1 } }, 12, 0x2u, "{\"type\":1,\"d\":{\"encode\":,\"flags\":,\"public_key\":,\"shard_in\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 4, 5, { 24, 9, 12, 14, 2 }, { 1, 0, 0, 3 }, { { 1, 3 }, { 1, 2 }, { 1, 1 }, { 1, 0 } }, 12, 0x2u, "{\"type\":1,\"d\":{\"encode\":,\"flags\":,\"shard_in\":,\"public_key\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 4, 4, { 24, 14, 9, 12, 2 }, { 1, 3, 0, 0 }, { { 1, 3 }, { 1, 0 }, { 1, 2 }, { 1, 1 } }, 12, 0x2u, "{\"type\":1,\"d\":{\"encode\":,\"public_key\":,\"flags\":,\"shard_in\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 4, 3, { 24, 14, 12, 9, 2 }, { 1, 3, 0, 0 }, { { 1, 3 }, { 1, 0 }, { 1, 1 }, { 1, 2 } }, 12, 0x2u, "{\"type\":1,\"d\":{\"encode\":,\"public_key\":,\"shard_in\":,\"flags\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 4, 2, { 24, 12, 9, 14, 2 }, { 1, 0, 0, 3 }, { { 1, 3 }, { 1, 1 }, { 1, 2 }, { 1, 0 } }, 12, 0x2u, "{\"type\":1,\"d\":{\"encode\":,\"shard_in\":,\"flags\":,\"public_key\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 4, 1, { 24, 12, 14, 9, 2 }, { 1, 0, 3, 0 }, { { 1, 3 }, { 1, 1 }, { 1, 0 }, { 1, 2 } }, 12, 0x2u, "{\"type\":1,\"d\":{\"encode\":,\"shard_in\":,\"public_key\":,\"flags\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 4, 8, { 23, 10, 14, 12, 2 }, { 0, 1, 3, 0 }, { { 1, 2 }, { 1, 3 }, { 1, 0 }, { 1, 1 } }, 12, 0x2u, "{\"type\":1,\"d\":{\"flags\":,\"encode\":,\"public_key\":,\"shard_in\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 4, 7, { 23, 10, 12, 14, 2 }, { 0, 1, 0, 3 }, { { 1, 2 }, { 1, 3 }, { 1, 1 }, { 1, 0 } }, 12, 0x2u, "{\"type\":1,\"d\":{\"flags\":,\"encode\":,\"shard_in\":,\"public_key\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 4, 6, { 23, 14, 10, 12, 2 }, { 0, 3, 1, 0 }, { { 1, 2 }, { 1, 0 }, { 1, 3 }, { 1, 1 } }, 12, 0x2u, "{\"type\":1,\"d\":{\"flags\":,\"public_key\":,\"encode\":,\"shard_in\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 3, 4, 5, { 23, 14, 12, 10, 2 }, { 0, 3, 0, 1 }, { { 1, 2 }, { 1, 0 }, { 1, 1 }, { 1, 3 } }, 12, 0x2u, "{\"type\":1,\"d\":{\"flags\":,\"public_key\":,\"shard_in\":,\"encode\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 3, 4, { 23, 14, 12, 2, 0 }, { 0, 3, 0, 0 }, { { 1, 2 }, { 1, 0 }, { 1, 1 }, { 0, 0 } }, 11, 0x2u, "{\"type\":1,\"d\":{\"flags\":,\"public_key\":,\"shard_in\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 4, 3, { 23, 12, 10, 14, 2 }, { 0, 0, 1, 3 }, { { 1, 2 }, { 1, 1 }, { 1, 3 }, { 1, 0 } }, 12, 0x2u, "{\"type\":1,\"d\":{\"flags\":,\"shard_in\":,\"encode\":,\"public_key\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 3, 4, 2, { 23, 12, 14, 10, 2 }, { 0, 0, 3, 1 }, { { 1, 2 }, { 1, 1 }, { 1, 0 }, { 1, 3 } }, 12, 0x2u, "{\"type\":1,\"d\":{\"flags\":,\"shard_in\":,\"public_key\":,\"encode\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 3, 1, { 23, 12, 14, 2, 0 }, { 0, 0, 3, 0 }, { { 1, 2 }, { 1, 1 }, { 1, 0 }, { 0, 0 } }, 11, 0x2u, "{\"type\":1,\"d\":{\"flags\":,\"shard_in\":,\"public_key\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 4, 8, { 28, 10, 9, 12, 2 }, { 3, 1, 0, 0 }, { { 1, 0 }, { 1, 3 }, { 1, 2 }, { 1, 1 } }, 12, 0x2u, "{\"type\":1,\"d\":{\"public_key\":,\"encode\":,\"flags\":,\"shard_in\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 4, 7, { 28, 10, 12, 9, 2 }, { 3, 1, 0, 0 }, { { 1, 0 }, { 1, 3 }, { 1, 1 }, { 1, 2 } }, 12, 0x2u, "{\"type\":1,\"d\":{\"public_key\":,\"encode\":,\"shard_in\":,\"flags\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 4, 6, { 28, 9, 10, 12, 2 }, { 3, 0, 1, 0 }, { { 1, 0 }, { 1, 2 }, { 1, 3 }, { 1, 1 } }, 12, 0x2u, "{\"type\":1,\"d\":{\"public_key\":,\"flags\":,\"encode\":,\"shard_in\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 3, 4, 5, { 28, 9, 12, 10, 2 }, { 3, 0, 0, 1 }, { { 1, 0 }, { 1, 2 }, { 1, 1 }, { 1, 3 } }, 12, 0x2u, "{\"type\":1,\"d\":{\"public_key\":,\"flags\":,\"shard_in\":,\"encode\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 3, 4, { 28, 9, 12, 2, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 1, 2 }, { 1, 1 }, { 0, 0 } }, 11, 0x2u, "{\"type\":1,\"d\":{\"public_key\":,\"flags\":,\"shard_in\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 4, 3, { 28, 12, 10, 9, 2 }, { 3, 0, 1, 0 }, { { 1, 0 }, { 1, 1 }, { 1, 3 }, { 1, 2 } }, 12, 0x2u, "{\"type\":1,\"d\":{\"public_key\":,\"shard_in\":,\"encode\":,\"flags\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 3, 4, 2, { 28, 12, 9, 10, 2 }, { 3, 0, 0, 1 }, { { 1, 0 }, { 1, 1 }, { 1, 2 }, { 1, 3 } }, 12, 0x2u, "{\"type\":1,\"d\":{\"public_key\":,\"shard_in\":,\"flags\":,\"encode\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 3, 1, { 28, 12, 9, 2, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 1, 1 }, { 1, 2 }, { 0, 0 } }, 11, 0x2u, "{\"type\":1,\"d\":{\"public_key\":,\"shard_in\":,\"flags\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 4, 0, { 26, 10, 9, 14, 2 }, { 0, 1, 0, 3 }, { { 1, 1 }, { 1, 3 }, { 1, 2 }, { 1, 0 } }, 12, 0x2u, "{\"type\":1,\"d\":{\"shard_in\":,\"encode\":,\"flags\":,\"public_key\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 4, 0, { 26, 10, 14, 9, 2 }, { 0, 1, 3, 0 }, { { 1, 1 }, { 1, 3 }, { 1, 0 }, { 1, 2 } }, 12, 0x2u, "{\"type\":1,\"d\":{\"shard_in\":,\"encode\":,\"public_key\":,\"flags\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 4, 0, { 26, 9, 10, 14, 2 }, { 0, 0, 1, 3 }, { { 1, 1 }, { 1, 2 }, { 1, 3 }, { 1, 0 } }, 12, 0x2u, "{\"type\":1,\"d\":{\"shard_in\":,\"flags\":,\"encode\":,\"public_key\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 3, 4, 0, { 26, 9, 14, 10, 2 }, { 0, 0, 3, 1 }, { { 1, 1 }, { 1, 2 }, { 1, 0 }, { 1, 3 } }, 12, 0x2u, "{\"type\":1,\"d\":{\"shard_in\":,\"flags\":,\"public_key\":,\"encode\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 3, 0, { 26, 9, 14, 2, 0 }, { 0, 0, 3, 0 }, { { 1, 1 }, { 1, 2 }, { 1, 0 }, { 0, 0 } }, 11, 0x2u, "{\"type\":1,\"d\":{\"shard_in\":,\"flags\":,\"public_key\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 4, 0, { 26, 14, 10, 9, 2 }, { 0, 3, 1, 0 }, { { 1, 1 }, { 1, 0 }, { 1, 3 }, { 1, 2 } }, 12, 0x2u, "{\"type\":1,\"d\":{\"shard_in\":,\"public_key\":,\"encode\":,\"flags\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 3, 4, 0, { 26, 14, 9, 10, 2 }, { 0, 3, 0, 1 }, { { 1, 1 }, { 1, 0 }, { 1, 2 }, { 1, 3 } }, 12, 0x2u, "{\"type\":1,\"d\":{\"shard_in\":,\"public_key\":,\"flags\":,\"encode\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 0, 0, 3, 0, { 26, 14, 9, 2, 0 }, { 0, 3, 0, 0 }, { { 1, 1 }, { 1, 0 }, { 1, 2 }, { 0, 0 } }, 11, 0x2u, "{\"type\":1,\"d\":{\"shard_in\":,\"public_key\":,\"flags\":}}" GW__SHAPE_PAD },)
#define GW__SHAPE_i386 GW__SHAPE(0x43EC2BE544B589B7ull, 55, "!#&!!!!!!(!!!!!!!!!!!8!!!!!:!!!!!!!!!!!!!!!!!;!!>!!!!!!!!!!!!!!V!!!!!!^!!!!!!!_!!!!!!!l!!!!!!!!!!!!!!!!r!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!t!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!|!!!!!!!!!!!\204!!!!\205!!!!!!!!!!!!!!!\215!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\217!!!!!!!!!!!!!!!!!!!!!!!!!\235!!!!!!!!!!!!!!!!!!!\243!!!!!!\253!!!!!!!!!!!!!!\263!!!!!!!!!!!!\273!!!!!!!!!!!!!!!!!!!\275!!\277!!!!!!!!!!!!!!!!!\300!!!!\301!!!!!!!!\315!!!!!!!!!!!!!!\327!!!!!!!!!!!!!!!!!!!\330!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\332!!!!!!!!!!\357!!!!!!!!!!!!\365!!!!!!!!!!!!!\367!!!!!!!!!!!!!!!!!!", \
    { GW_FROM_SERVER, 1, 1, 2, 2, { 49, 6, 1, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 4, 0x0u, "{\"f\":130,\"t\":\"MESSAGE_DELETE\",\"cnf\":{\"messageID\":},\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 1, 1, { 49, 2, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 4, 0x0u, "{\"f\":130,\"t\":\"MESSAGE_DELETE\",\"cnf\":{\"messageID\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 2, 0, { 34, 20, 2, 0, 0 }, { 0, 0, 0, 0 }, { { 2, 255 }, { 1, 0 }, { 0, 0 }, { 0, 0 } }, 4, 0x0u, "{\"f\":130,\"t\":\"MESSAGE_DELETE\",\"s\":,\"cnf\":{\"messageID\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 3, 0, { 18, 14, 5, 10, 0 }, { 3, 0, 0, 0 }, { { 1, 2 }, { 1, 1 }, { 1, 0 }, { 0, 0 } }, 33, 0x0u, "{\"cnf\":{\"enc_key\":,\"session_id\":,\"v\":},\"f\":140}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 3, 0, { 18, 5, 14, 10, 0 }, { 3, 0, 0, 0 }, { { 1, 2 }, { 1, 0 }, { 1, 1 }, { 0, 0 } }, 33, 0x0u, "{\"cnf\":{\"enc_key\":,\"v\":,\"session_id\":},\"f\":140}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 3, 0, { 18, 9, 14, 22, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 1, 1 }, { 2, 255 }, { 0, 0 } }, 10, 0x0u, "{\"cnf\":{\"content\":,\"nonce\":},\"f\":130,\"s\":,\"t\":\"MESSAGE_CREATE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 3, 0, { 18, 9, 35, 1, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 1, 1 }, { 2, 255 }, { 0, 0 } }, 10, 0x0u, "{\"cnf\":{\"content\":,\"nonce\":},\"f\":130,\"t\":\"MESSAGE_CREATE\",\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 2, 0, { 18, 9, 31, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 1, 1 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"cnf\":{\"content\":,\"nonce\":},\"f\":130,\"t\":\"MESSAGE_CREATE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 3, 3, 0, { 18, 9, 6, 30, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 1, 1 }, { 2, 255 }, { 0, 0 } }, 10, 0x0u, "{\"cnf\":{\"content\":,\"nonce\":},\"s\":,\"f\":130,\"t\":\"MESSAGE_CREATE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 3, 0, { 18, 9, 6, 30, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 1, 1 }, { 2, 255 }, { 0, 0 } }, 10, 0x0u, "{\"cnf\":{\"content\":,\"nonce\":},\"s\":,\"t\":\"MESSAGE_CREATE\",\"f\":130}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 3, 0, { 18, 9, 35, 1, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 1, 1 }, { 2, 255 }, { 0, 0 } }, 10, 0x0u, "{\"cnf\":{\"content\":,\"nonce\":},\"t\":\"MESSAGE_CREATE\",\"f\":130,\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 2, 0, { 18, 9, 31, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 1, 1 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"cnf\":{\"content\":,\"nonce\":},\"t\":\"MESSAGE_CREATE\",\"f\":130}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 3, 0, { 18, 9, 27, 9, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 1, 1 }, { 2, 255 }, { 0, 0 } }, 10, 0x0u, "{\"cnf\":{\"content\":,\"nonce\":},\"t\":\"MESSAGE_CREATE\",\"s\":,\"f\":130}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 2, 0, { 18, 14, 22, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"cnf\":{\"content\":},\"f\":130,\"s\":,\"t\":\"MESSAGE_CREATE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 2, 0, { 18, 35, 1, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"cnf\":{\"content\":},\"f\":130,\"t\":\"MESSAGE_CREATE\",\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 1, 0, { 18, 31, 0, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"cnf\":{\"content\":},\"f\":130,\"t\":\"MESSAGE_CREATE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 2, 0, { 18, 6, 30, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"cnf\":{\"content\":},\"s\":,\"f\":130,\"t\":\"MESSAGE_CREATE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 2, 0, { 18, 6, 30, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"cnf\":{\"content\":},\"s\":,\"t\":\"MESSAGE_CREATE\",\"f\":130}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 2, 0, { 18, 35, 1, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"cnf\":{\"content\":},\"t\":\"MESSAGE_CREATE\",\"f\":130,\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 1, 0, { 18, 31, 0, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"cnf\":{\"content\":},\"t\":\"MESSAGE_CREATE\",\"f\":130}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 0, 0, 2, 0, { 18, 27, 9, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"cnf\":{\"content\":},\"t\":\"MESSAGE_CREATE\",\"s\":,\"f\":130}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 1, 1, { 41, 1, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 2, 255 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 8, 0x0u, "{\"f\":130,\"t\":\"GATEWAY_DOWN\",\"cnf\":{},\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 1, 0, { 32, 10, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 2, 255 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 8, 0x0u, "{\"f\":130,\"t\":\"GATEWAY_DOWN\",\"s\":,\"cnf\":{}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 0, 0, 1, 0, { 16, 10, 0, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 1, 0x0u, "{\"cnf\":{\"token\":},\"f\":110}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 2, 2, { 47, 6, 1, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 9, 0x2u, "{\"f\":130,\"t\":\"SERVER_MESSAGE\",\"cnf\":{\"content\":},\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 1, 1, { 47, 2, 0, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 9, 0x2u, "{\"f\":130,\"t\":\"SERVER_MESSAGE\",\"cnf\":{\"content\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 2, 0, { 34, 18, 2, 0, 0 }, { 0, 3, 0, 0 }, { { 2, 255 }, { 1, 0 }, { 0, 0 }, { 0, 0 } }, 9, 0x2u, "{\"f\":130,\"t\":\"SERVER_MESSAGE\",\"s\":,\"cnf\":{\"content\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 3, 6, { 39, 9, 14, 1, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 1, 1 }, { 2, 255 }, { 0, 0 } }, 10, 0x0u, "{\"t\":\"MESSAGE_CREATE\",\"cnf\":{\"content\":,\"nonce\":},\"f\":130,\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 2, 5, { 39, 9, 10, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 1, 1 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"t\":\"MESSAGE_CREATE\",\"cnf\":{\"content\":,\"nonce\":},\"f\":130}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 3, 4, { 39, 9, 6, 9, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 1, 1 }, { 2, 255 }, { 0, 0 } }, 10, 0x0u, "{\"t\":\"MESSAGE_CREATE\",\"cnf\":{\"content\":,\"nonce\":},\"s\":,\"f\":130}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 2, 3, { 39, 14, 1, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"t\":\"MESSAGE_CREATE\",\"cnf\":{\"content\":},\"f\":130,\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 1, 2, { 39, 10, 0, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"t\":\"MESSAGE_CREATE\",\"cnf\":{\"content\":},\"f\":130}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 2, 1, { 39, 6, 9, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"t\":\"MESSAGE_CREATE\",\"cnf\":{\"content\":},\"s\":,\"f\":130}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 3, 3, { 37, 11, 14, 1, 0 }, { 0, 3, 0, 0 }, { { 1, 1 }, { 1, 0 }, { 2, 255 }, { 0, 0 } }, 10, 0x0u, "{\"t\":\"MESSAGE_CREATE\",\"cnf\":{\"nonce\":,\"content\":},\"f\":130,\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 2, 2, { 37, 11, 10, 0, 0 }, { 0, 3, 0, 0 }, { { 1, 1 }, { 1, 0 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"t\":\"MESSAGE_CREATE\",\"cnf\":{\"nonce\":,\"content\":},\"f\":130}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 3, 1, { 37, 11, 6, 9, 0 }, { 0, 3, 0, 0 }, { { 1, 1 }, { 1, 0 }, { 2, 255 }, { 0, 0 } }, 10, 0x0u, "{\"t\":\"MESSAGE_CREATE\",\"cnf\":{\"nonce\":,\"content\":},\"s\":,\"f\":130}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 3, 4, { 47, 9, 6, 1, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 1, 1 }, { 2, 255 }, { 0, 0 } }, 10, 0x0u, "{\"t\":\"MESSAGE_CREATE\",\"f\":130,\"cnf\":{\"content\":,\"nonce\":},\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 2, 3, { 47, 9, 2, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 1, 1 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"t\":\"MESSAGE_CREATE\",\"f\":130,\"cnf\":{\"content\":,\"nonce\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 2, 2, { 47, 6, 1, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"t\":\"MESSAGE_CREATE\",\"f\":130,\"cnf\":{\"content\":},\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 1, 1, { 47, 2, 0, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"t\":\"MESSAGE_CREATE\",\"f\":130,\"cnf\":{\"content\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 3, 2, { 45, 11, 6, 1, 0 }, { 0, 3, 0, 0 }, { { 1, 1 }, { 1, 0 }, { 2, 255 }, { 0, 0 } }, 10, 0x0u, "{\"t\":\"MESSAGE_CREATE\",\"f\":130,\"cnf\":{\"nonce\":,\"content\":},\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 2, 1, { 45, 11, 2, 0, 0 }, { 0, 3, 0, 0 }, { { 1, 1 }, { 1, 0 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"t\":\"MESSAGE_CREATE\",\"f\":130,\"cnf\":{\"nonce\":,\"content\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 3, 3, { 34, 18, 9, 2, 0 }, { 0, 3, 0, 0 }, { { 2, 255 }, { 1, 0 }, { 1, 1 }, { 0, 0 } }, 10, 0x0u, "{\"t\":\"MESSAGE_CREATE\",\"f\":130,\"s\":,\"cnf\":{\"content\":,\"nonce\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 2, 2, { 34, 18, 2, 0, 0 }, { 0, 3, 0, 0 }, { { 2, 255 }, { 1, 0 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"t\":\"MESSAGE_CREATE\",\"f\":130,\"s\":,\"cnf\":{\"content\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 3, 1, { 34, 16, 11, 2, 0 }, { 0, 0, 3, 0 }, { { 2, 255 }, { 1, 1 }, { 1, 0 }, { 0, 0 } }, 10, 0x0u, "{\"t\":\"MESSAGE_CREATE\",\"f\":130,\"s\":,\"cnf\":{\"nonce\":,\"content\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 3, 0, { 26, 18, 9, 10, 0 }, { 0, 3, 0, 0 }, { { 2, 255 }, { 1, 0 }, { 1, 1 }, { 0, 0 } }, 10, 0x0u, "{\"t\":\"MESSAGE_CREATE\",\"s\":,\"cnf\":{\"content\":,\"nonce\":},\"f\":130}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 2, 0, { 26, 18, 10, 0, 0 }, { 0, 3, 0, 0 }, { { 2, 255 }, { 1, 0 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"t\":\"MESSAGE_CREATE\",\"s\":,\"cnf\":{\"content\":},\"f\":130}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 3, 0, { 26, 16, 11, 10, 0 }, { 0, 0, 3, 0 }, { { 2, 255 }, { 1, 1 }, { 1, 0 }, { 0, 0 } }, 10, 0x0u, "{\"t\":\"MESSAGE_CREATE\",\"s\":,\"cnf\":{\"nonce\":,\"content\":},\"f\":130}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 3, 0, { 26, 26, 9, 2, 0 }, { 0, 3, 0, 0 }, { { 2, 255 }, { 1, 0 }, { 1, 1 }, { 0, 0 } }, 10, 0x0u, "{\"t\":\"MESSAGE_CREATE\",\"s\":,\"f\":130,\"cnf\":{\"content\":,\"nonce\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 2, 0, { 26, 26, 2, 0, 0 }, { 0, 3, 0, 0 }, { { 2, 255 }, { 1, 0 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"t\":\"MESSAGE_CREATE\",\"s\":,\"f\":130,\"cnf\":{\"content\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 0, 0, 3, 0, { 26, 24, 11, 2, 0 }, { 0, 0, 3, 0 }, { { 2, 255 }, { 1, 1 }, { 1, 0 }, { 0, 0 } }, 10, 0x0u, "{\"t\":\"MESSAGE_CREATE\",\"s\":,\"f\":130,\"cnf\":{\"nonce\":,\"content\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 2, 0, { 20, 14, 22, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 11, 0x0u, "{\"cnf\":{\"messageID\":},\"f\":130,\"s\":,\"t\":\"MESSAGE_DELETE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 2, 0, { 20, 35, 1, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 11, 0x0u, "{\"cnf\":{\"messageID\":},\"f\":130,\"t\":\"MESSAGE_DELETE\",\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 1, 0, { 20, 31, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 11, 0x0u, "{\"cnf\":{\"messageID\":},\"f\":130,\"t\":\"MESSAGE_DELETE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 2, 0, { 20, 6, 30, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 11, 0x0u, "{\"cnf\":{\"messageID\":},\"s\":,\"f\":130,\"t\":\"MESSAGE_DELETE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 2, 0, { 20, 6, 30, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 11, 0x0u, "{\"cnf\":{\"messageID\":},\"s\":,\"t\":\"MESSAGE_DELETE\",\"f\":130}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 2, 0, { 20, 35, 1, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 11, 0x0u, "{\"cnf\":{\"messageID\":},\"t\":\"MESSAGE_DELETE\",\"f\":130,\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 1, 0, { 20, 31, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 11, 0x0u, "{\"cnf\":{\"messageID\":},\"t\":\"MESSAGE_DELETE\",\"f\":130}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 0, 0, 2, 0, { 20, 27, 9, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 11, 0x0u, "{\"cnf\":{\"messageID\":},\"t\":\"MESSAGE_DELETE\",\"s\":,\"f\":130}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 0, 0, 1, 0, { 38, 6, 0, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 1, 0x0u, "{\012  \"f\": 110,\012  \"cnf\": {\012    \"token\": \012  }\012}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 1, 5, { 26, 23, 0, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 24, 0x2u, "{\"f\":130,\"cnf\":{\"content\":},\"e\":\"SERVER_MESSAGE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 2, 2, 4, { 26, 6, 22, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 24, 0x2u, "{\"f\":130,\"cnf\":{\"content\":},\"s\":,\"e\":\"SERVER_MESSAGE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 2, 3, { 26, 6, 22, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 9, 0x2u, "{\"f\":130,\"cnf\":{\"content\":},\"s\":,\"t\":\"SERVER_MESSAGE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 2, 2, { 26, 27, 1, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 9, 0x2u, "{\"f\":130,\"cnf\":{\"content\":},\"t\":\"SERVER_MESSAGE\",\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 1, 1, { 26, 23, 0, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 9, 0x2u, "{\"f\":130,\"cnf\":{\"content\":},\"t\":\"SERVER_MESSAGE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 1, 5, { 28, 23, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 19, 0x0u, "{\"f\":130,\"cnf\":{\"messageID\":},\"e\":\"MESSAGE_DELETE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 2, 2, 4, { 28, 6, 22, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 19, 0x0u, "{\"f\":130,\"cnf\":{\"messageID\":},\"s\":,\"e\":\"MESSAGE_DELETE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 2, 3, { 28, 6, 22, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 4, 0x0u, "{\"f\":130,\"cnf\":{\"messageID\":},\"s\":,\"t\":\"MESSAGE_DELETE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 2, 2, { 28, 27, 1, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 4, 0x0u, "{\"f\":130,\"cnf\":{\"messageID\":},\"t\":\"MESSAGE_DELETE\",\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 1, 1, { 28, 23, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 4, 0x0u, "{\"f\":130,\"cnf\":{\"messageID\":},\"t\":\"MESSAGE_DELETE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 1, 2, { 22, 20, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 2, 255 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 23, 0x0u, "{\"f\":130,\"cnf\":{},\"s\":,\"e\":\"GATEWAY_DOWN\"}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 1, 1, { 22, 20, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 2, 255 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 8, 0x0u, "{\"f\":130,\"cnf\":{},\"s\":,\"t\":\"GATEWAY_DOWN\"}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 1, 0, { 41, 1, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 2, 255 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 8, 0x0u, "{\"f\":130,\"cnf\":{},\"t\":\"GATEWAY_DOWN\",\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 1, 1, { 41, 1, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 2, 255 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 8, 0x0u, "{\"t\":\"GATEWAY_DOWN\",\"cnf\":{},\"f\":130,\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 1, 1, { 33, 9, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 2, 255 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 8, 0x0u, "{\"t\":\"GATEWAY_DOWN\",\"cnf\":{},\"s\":,\"f\":130}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 1, 1, { 41, 1, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 2, 255 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 8, 0x0u, "{\"t\":\"GATEWAY_DOWN\",\"f\":130,\"cnf\":{},\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 1, 1, { 32, 10, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 2, 255 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 8, 0x0u, "{\"t\":\"GATEWAY_DOWN\",\"f\":130,\"s\":,\"cnf\":{}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 1, 0, { 24, 18, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 2, 255 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 8, 0x0u, "{\"t\":\"GATEWAY_DOWN\",\"s\":,\"cnf\":{},\"f\":130}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 1, 0, { 24, 18, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 2, 255 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 8, 0x0u, "{\"t\":\"GATEWAY_DOWN\",\"s\":,\"f\":130,\"cnf\":{}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 1, 1, { 22, 20, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 2, 255 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 8, 0x0u, "{\"cnf\":{},\"f\":130,\"s\":,\"t\":\"GATEWAY_DOWN\"}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 1, 0, { 41, 1, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 2, 255 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 8, 0x0u, "{\"cnf\":{},\"f\":130,\"t\":\"GATEWAY_DOWN\",\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 2, 0, { 18, 14, 22, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 9, 0x2u, "{\"cnf\":{\"content\":},\"f\":130,\"s\":,\"t\":\"SERVER_MESSAGE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 2, 0, { 18, 35, 1, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 9, 0x2u, "{\"cnf\":{\"content\":},\"f\":130,\"t\":\"SERVER_MESSAGE\",\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 1, 0, { 18, 31, 0, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 9, 0x2u, "{\"cnf\":{\"content\":},\"f\":130,\"t\":\"SERVER_MESSAGE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 2, 2, 0, { 18, 6, 30, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 9, 0x2u, "{\"cnf\":{\"content\":},\"s\":,\"f\":130,\"t\":\"SERVER_MESSAGE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 2, 0, { 18, 6, 30, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 9, 0x2u, "{\"cnf\":{\"content\":},\"s\":,\"t\":\"SERVER_MESSAGE\",\"f\":130}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 2, 0, { 18, 35, 1, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 9, 0x2u, "{\"cnf\":{\"content\":},\"t\":\"SERVER_MESSAGE\",\"f\":130,\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 1, 0, { 18, 31, 0, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 9, 0x2u, "{\"cnf\":{\"content\":},\"t\":\"SERVER_MESSAGE\",\"f\":130}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 2, 0, { 18, 27, 9, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 9, 0x2u, "{\"cnf\":{\"content\":},\"t\":\"SERVER_MESSAGE\",\"s\":,\"f\":130}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 2, 3, { 41, 14, 1, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 11, 0x0u, "{\"t\":\"MESSAGE_DELETE\",\"cnf\":{\"messageID\":},\"f\":130,\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 1, 2, { 41, 10, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 11, 0x0u, "{\"t\":\"MESSAGE_DELETE\",\"cnf\":{\"messageID\":},\"f\":130}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 2, 1, { 41, 6, 9, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 11, 0x0u, "{\"t\":\"MESSAGE_DELETE\",\"cnf\":{\"messageID\":},\"s\":,\"f\":130}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 2, 2, { 49, 6, 1, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 11, 0x0u, "{\"t\":\"MESSAGE_DELETE\",\"f\":130,\"cnf\":{\"messageID\":},\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 1, 1, { 49, 2, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 11, 0x0u, "{\"t\":\"MESSAGE_DELETE\",\"f\":130,\"cnf\":{\"messageID\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 2, 1, { 34, 20, 2, 0, 0 }, { 0, 0, 0, 0 }, { { 2, 255 }, { 1, 0 }, { 0, 0 }, { 0, 0 } }, 11, 0x0u, "{\"t\":\"MESSAGE_DELETE\",\"f\":130,\"s\":,\"cnf\":{\"messageID\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 2, 0, { 26, 20, 10, 0, 0 }, { 0, 0, 0, 0 }, { { 2, 255 }, { 1, 0 }, { 0, 0 }, { 0, 0 } }, 11, 0x0u, "{\"t\":\"MESSAGE_DELETE\",\"s\":,\"cnf\":{\"messageID\":},\"f\":130}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 0, 0, 2, 0, { 26, 28, 2, 0, 0 }, { 0, 0, 0, 0 }, { { 2, 255 }, { 1, 0 }, { 0, 0 }, { 0, 0 } }, 11, 0x0u, "{\"t\":\"MESSAGE_DELETE\",\"s\":,\"f\":130,\"cnf\":{\"messageID\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 3, 0, { 34, 20, 17, 6, 0 }, { 0, 0, 3, 0 }, { { 1, 0 }, { 1, 1 }, { 1, 2 }, { 0, 0 } }, 33, 0x0u, "{\012  \"f\": 140,\012  \"cnf\": {\012    \"v\": ,\012    \"session_id\": ,\012    \"enc_key\": \012  }\012}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 2, 0, { 20, 14, 22, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 4, 0x0u, "{\"cnf\":{\"messageID\":},\"f\":130,\"s\":,\"t\":\"MESSAGE_DELETE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 2, 0, { 20, 35, 1, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 4, 0x0u, "{\"cnf\":{\"messageID\":},\"f\":130,\"t\":\"MESSAGE_DELETE\",\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 1, 0, { 20, 31, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 4, 0x0u, "{\"cnf\":{\"messageID\":},\"f\":130,\"t\":\"MESSAGE_DELETE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 2, 2, 0, { 20, 6, 30, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 4, 0x0u, "{\"cnf\":{\"messageID\":},\"s\":,\"f\":130,\"t\":\"MESSAGE_DELETE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 2, 0, { 20, 6, 30, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 4, 0x0u, "{\"cnf\":{\"messageID\":},\"s\":,\"t\":\"MESSAGE_DELETE\",\"f\":130}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 2, 0, { 20, 35, 1, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 4, 0x0u, "{\"cnf\":{\"messageID\":},\"t\":\"MESSAGE_DELETE\",\"f\":130,\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 1, 0, { 20, 31, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 4, 0x0u, "{\"cnf\":{\"messageID\":},\"t\":\"MESSAGE_DELETE\",\"f\":130}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 2, 0, { 20, 27, 9, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 4, 0x0u, "{\"cnf\":{\"messageID\":},\"t\":\"MESSAGE_DELETE\",\"s\":,\"f\":130}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 1, 1, { 41, 1, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 2, 255 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 12, 0x0u, "{\"cnf\":{},\"t\":\"START_TYPING\",\"f\":130,\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 0, 0, 1, 0, { 33, 9, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 2, 255 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 12, 0x0u, "{\"cnf\":{},\"t\":\"START_TYPING\",\"s\":,\"f\":130}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 1, 8, { 40, 31, 0, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 25, 0x0u, "{\012  \"f\": 130,\012  \"cnf\": {\012    \"content\": \012  },\012  \"e\": \"MESSAGE_CREATE\"\012}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 2, 7, { 40, 13, 27, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 25, 0x0u, "{\012  \"f\": 130,\012  \"cnf\": {\012    \"content\": \012  },\012  \"s\": ,\012  \"e\": \"MESSAGE_CREATE\"\012}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 2, 6, { 40, 13, 27, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\012  \"f\": 130,\012  \"cnf\": {\012    \"content\": \012  },\012  \"s\": ,\012  \"t\": \"MESSAGE_CREATE\"\012}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 1, 5, { 40, 31, 0, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\012  \"f\": 130,\012  \"cnf\": {\012    \"content\": \012  },\012  \"t\": \"MESSAGE_CREATE\"\012}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 2, 4, { 40, 15, 31, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 1, 1 }, { 0, 0 }, { 0, 0 } }, 25, 0x0u, "{\012  \"f\": 130,\012  \"cnf\": {\012    \"content\": ,\012    \"nonce\": \012  },\012  \"e\": \"MESSAGE_CREATE\"\012}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 3, 3, 3, { 40, 15, 13, 27, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 1, 1 }, { 2, 255 }, { 0, 0 } }, 25, 0x0u, "{\012  \"f\": 130,\012  \"cnf\": {\012    \"content\": ,\012    \"nonce\": \012  },\012  \"s\": ,\012  \"e\": \"MESSAGE_CREATE\"\012}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 3, 2, { 40, 15, 13, 27, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 1, 1 }, { 2, 255 }, { 0, 0 } }, 10, 0x0u, "{\012  \"f\": 130,\012  \"cnf\": {\012    \"content\": ,\012    \"nonce\": \012  },\012  \"s\": ,\012  \"t\": \"MESSAGE_CREATE\"\012}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 2, 1, { 40, 15, 31, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 1, 1 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\012  \"f\": 130,\012  \"cnf\": {\012    \"content\": ,\012    \"nonce\": \012  },\012  \"t\": \"MESSAGE_CREATE\"\012}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 1, 4, { 42, 31, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 26, 0x0u, "{\012  \"f\": 130,\012  \"cnf\": {\012    \"messageID\": \012  },\012  \"e\": \"MESSAGE_DELETE\"\012}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 2, 3, { 42, 13, 27, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 26, 0x0u, "{\012  \"f\": 130,\012  \"cnf\": {\012    \"messageID\": \012  },\012  \"s\": ,\012  \"e\": \"MESSAGE_DELETE\"\012}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 2, 2, { 42, 13, 27, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 11, 0x0u, "{\012  \"f\": 130,\012  \"cnf\": {\012    \"messageID\": \012  },\012  \"s\": ,\012  \"t\": \"MESSAGE_DELETE\"\012}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 1, 1, { 42, 31, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 11, 0x0u, "{\012  \"f\": 130,\012  \"cnf\": {\012    \"messageID\": \012  },\012  \"t\": \"MESSAGE_DELETE\"\012}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 1, 0, { 34, 25, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 2, 255 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 27, 0x0u, "{\012  \"f\": 130,\012  \"cnf\": {},\012  \"s\": ,\012  \"e\": \"START_TYPING\"\012}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 0, 0, 1, 0, { 34, 25, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 2, 255 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 12, 0x0u, "{\012  \"f\": 130,\012  \"cnf\": {},\012  \"s\": ,\012  \"t\": \"START_TYPING\"\012}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 3, 2, { 26, 14, 5, 2, 0 }, { 3, 0, 0, 0 }, { { 1, 2 }, { 1, 1 }, { 1, 0 }, { 0, 0 } }, 33, 0x0u, "{\"f\":140,\"cnf\":{\"enc_key\":,\"session_id\":,\"v\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 3, 1, { 26, 5, 14, 2, 0 }, { 3, 0, 0, 0 }, { { 1, 2 }, { 1, 0 }, { 1, 1 }, { 0, 0 } }, 33, 0x0u, "{\"f\":140,\"cnf\":{\"enc_key\":,\"v\":,\"session_id\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 3, 2, { 29, 11, 5, 2, 0 }, { 0, 3, 0, 0 }, { { 1, 1 }, { 1, 2 }, { 1, 0 }, { 0, 0 } }, 33, 0x0u, "{\"f\":140,\"cnf\":{\"session_id\":,\"enc_key\":,\"v\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 3, 1, { 29, 5, 11, 2, 0 }, { 0, 0, 3, 0 }, { { 1, 1 }, { 1, 0 }, { 1, 2 }, { 0, 0 } }, 33, 0x0u, "{\"f\":140,\"cnf\":{\"session_id\":,\"v\":,\"enc_key\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 3, 0, { 20, 11, 14, 2, 0 }, { 0, 3, 0, 0 }, { { 1, 0 }, { 1, 2 }, { 1, 1 }, { 0, 0 } }, 33, 0x0u, "{\"f\":140,\"cnf\":{\"v\":,\"enc_key\":,\"session_id\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 3, 0, { 20, 14, 11, 2, 0 }, { 0, 0, 3, 0 }, { { 1, 0 }, { 1, 1 }, { 1, 2 }, { 0, 0 } }, 33, 0x0u, "{\"f\":140,\"cnf\":{\"v\":,\"session_id\":,\"enc_key\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 2, 3, { 39, 14, 1, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 9, 0x2u, "{\"t\":\"SERVER_MESSAGE\",\"cnf\":{\"content\":},\"f\":130,\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 1, 2, { 39, 10, 0, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 9, 0x2u, "{\"t\":\"SERVER_MESSAGE\",\"cnf\":{\"content\":},\"f\":130}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 2, 1, { 39, 6, 9, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 9, 0x2u, "{\"t\":\"SERVER_MESSAGE\",\"cnf\":{\"content\":},\"s\":,\"f\":130}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 2, 2, { 47, 6, 1, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 9, 0x2u, "{\"t\":\"SERVER_MESSAGE\",\"f\":130,\"cnf\":{\"content\":},\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 1, 1, { 47, 2, 0, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 9, 0x2u, "{\"t\":\"SERVER_MESSAGE\",\"f\":130,\"cnf\":{\"content\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 2, 1, { 34, 18, 2, 0, 0 }, { 0, 3, 0, 0 }, { { 2, 255 }, { 1, 0 }, { 0, 0 }, { 0, 0 } }, 9, 0x2u, "{\"t\":\"SERVER_MESSAGE\",\"f\":130,\"s\":,\"cnf\":{\"content\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 2, 0, { 26, 18, 10, 0, 0 }, { 0, 3, 0, 0 }, { { 2, 255 }, { 1, 0 }, { 0, 0 }, { 0, 0 } }, 9, 0x2u, "{\"t\":\"SERVER_MESSAGE\",\"s\":,\"cnf\":{\"content\":},\"f\":130}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 2, 0, { 26, 26, 2, 0, 0 }, { 0, 3, 0, 0 }, { { 2, 255 }, { 1, 0 }, { 0, 0 }, { 0, 0 } }, 9, 0x2u, "{\"t\":\"SERVER_MESSAGE\",\"s\":,\"f\":130,\"cnf\":{\"content\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 3, 0, { 16, 11, 14, 22, 0 }, { 0, 3, 0, 0 }, { { 1, 1 }, { 1, 0 }, { 2, 255 }, { 0, 0 } }, 10, 0x0u, "{\"cnf\":{\"nonce\":,\"content\":},\"f\":130,\"s\":,\"t\":\"MESSAGE_CREATE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 3, 0, { 16, 11, 35, 1, 0 }, { 0, 3, 0, 0 }, { { 1, 1 }, { 1, 0 }, { 2, 255 }, { 0, 0 } }, 10, 0x0u, "{\"cnf\":{\"nonce\":,\"content\":},\"f\":130,\"t\":\"MESSAGE_CREATE\",\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 2, 0, { 16, 11, 31, 0, 0 }, { 0, 3, 0, 0 }, { { 1, 1 }, { 1, 0 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"cnf\":{\"nonce\":,\"content\":},\"f\":130,\"t\":\"MESSAGE_CREATE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 3, 3, 0, { 16, 11, 6, 30, 0 }, { 0, 3, 0, 0 }, { { 1, 1 }, { 1, 0 }, { 2, 255 }, { 0, 0 } }, 10, 0x0u, "{\"cnf\":{\"nonce\":,\"content\":},\"s\":,\"f\":130,\"t\":\"MESSAGE_CREATE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 3, 0, { 16, 11, 6, 30, 0 }, { 0, 3, 0, 0 }, { { 1, 1 }, { 1, 0 }, { 2, 255 }, { 0, 0 } }, 10, 0x0u, "{\"cnf\":{\"nonce\":,\"content\":},\"s\":,\"t\":\"MESSAGE_CREATE\",\"f\":130}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 3, 0, { 16, 11, 35, 1, 0 }, { 0, 3, 0, 0 }, { { 1, 1 }, { 1, 0 }, { 2, 255 }, { 0, 0 } }, 10, 0x0u, "{\"cnf\":{\"nonce\":,\"content\":},\"t\":\"MESSAGE_CREATE\",\"f\":130,\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 2, 0, { 16, 11, 31, 0, 0 }, { 0, 3, 0, 0 }, { { 1, 1 }, { 1, 0 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"cnf\":{\"nonce\":,\"content\":},\"t\":\"MESSAGE_CREATE\",\"f\":130}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 0, 0, 3, 0, { 16, 11, 27, 9, 0 }, { 0, 3, 0, 0 }, { { 1, 1 }, { 1, 0 }, { 2, 255 }, { 0, 0 } }, 10, 0x0u, "{\"cnf\":{\"nonce\":,\"content\":},\"t\":\"MESSAGE_CREATE\",\"s\":,\"f\":130}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 2, 3, { 41, 14, 1, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 4, 0x0u, "{\"t\":\"MESSAGE_DELETE\",\"cnf\":{\"messageID\":},\"f\":130,\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 1, 2, { 41, 10, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 4, 0x0u, "{\"t\":\"MESSAGE_DELETE\",\"cnf\":{\"messageID\":},\"f\":130}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 2, 1, { 41, 6, 9, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 4, 0x0u, "{\"t\":\"MESSAGE_DELETE\",\"cnf\":{\"messageID\":},\"s\":,\"f\":130}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 2, 2, { 49, 6, 1, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 4, 0x0u, "{\"t\":\"MESSAGE_DELETE\",\"f\":130,\"cnf\":{\"messageID\":},\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 1, 1, { 49, 2, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 4, 0x0u, "{\"t\":\"MESSAGE_DELETE\",\"f\":130,\"cnf\":{\"messageID\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 2, 1, { 34, 20, 2, 0, 0 }, { 0, 0, 0, 0 }, { { 2, 255 }, { 1, 0 }, { 0, 0 }, { 0, 0 } }, 4, 0x0u, "{\"t\":\"MESSAGE_DELETE\",\"f\":130,\"s\":,\"cnf\":{\"messageID\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 2, 0, { 26, 20, 10, 0, 0 }, { 0, 0, 0, 0 }, { { 2, 255 }, { 1, 0 }, { 0, 0 }, { 0, 0 } }, 4, 0x0u, "{\"t\":\"MESSAGE_DELETE\",\"s\":,\"cnf\":{\"messageID\":},\"f\":130}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 2, 0, { 26, 28, 2, 0, 0 }, { 0, 0, 0, 0 }, { { 2, 255 }, { 1, 0 }, { 0, 0 }, { 0, 0 } }, 4, 0x0u, "{\"t\":\"MESSAGE_DELETE\",\"s\":,\"f\":130,\"cnf\":{\"messageID\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 3, 0, { 21, 11, 5, 10, 0 }, { 0, 3, 0, 0 }, { { 1, 1 }, { 1, 2 }, { 1, 0 }, { 0, 0 } }, 33, 0x0u, "{\"cnf\":{\"session_id\":,\"enc_key\":,\"v\":},\"f\":140}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 3, 0, { 21, 5, 11, 10, 0 }, { 0, 0, 3, 0 }, { { 1, 1 }, { 1, 0 }, { 1, 2 }, { 0, 0 } }, 33, 0x0u, "{\"cnf\":{\"session_id\":,\"v\":,\"enc_key\":},\"f\":140}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 1, 1, { 41, 1, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 2, 255 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 8, 0x0u, "{\"cnf\":{},\"t\":\"GATEWAY_DOWN\",\"f\":130,\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 1, 0, { 33, 9, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 2, 255 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 8, 0x0u, "{\"cnf\":{},\"t\":\"GATEWAY_DOWN\",\"s\":,\"f\":130}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 1, 0, { 25, 2, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 0, 0x2u, "{\"f\":100,\"cnf\":{\"hb_int\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 1, 0, { 39, 6, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 0, 0x2u, "{\012  \"f\": 100,\012  \"cnf\": {\012    \"hb_int\": \012  }\012}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 3, 4, { 47, 9, 6, 1, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 1, 1 }, { 2, 255 }, { 0, 0 } }, 10, 0x0u, "{\"f\":130,\"t\":\"MESSAGE_CREATE\",\"cnf\":{\"content\":,\"nonce\":},\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 2, 3, { 47, 9, 2, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 1, 1 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"f\":130,\"t\":\"MESSAGE_CREATE\",\"cnf\":{\"content\":,\"nonce\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 2, 2, { 47, 6, 1, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"f\":130,\"t\":\"MESSAGE_CREATE\",\"cnf\":{\"content\":},\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 1, 1, { 47, 2, 0, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"f\":130,\"t\":\"MESSAGE_CREATE\",\"cnf\":{\"content\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 3, 2, { 45, 11, 6, 1, 0 }, { 0, 3, 0, 0 }, { { 1, 1 }, { 1, 0 }, { 2, 255 }, { 0, 0 } }, 10, 0x0u, "{\"f\":130,\"t\":\"MESSAGE_CREATE\",\"cnf\":{\"nonce\":,\"content\":},\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 2, 1, { 45, 11, 2, 0, 0 }, { 0, 3, 0, 0 }, { { 1, 1 }, { 1, 0 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"f\":130,\"t\":\"MESSAGE_CREATE\",\"cnf\":{\"nonce\":,\"content\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 3, 3, { 34, 18, 9, 2, 0 }, { 0, 3, 0, 0 }, { { 2, 255 }, { 1, 0 }, { 1, 1 }, { 0, 0 } }, 10, 0x0u, "{\"f\":130,\"t\":\"MESSAGE_CREATE\",\"s\":,\"cnf\":{\"content\":,\"nonce\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 2, 2, { 34, 18, 2, 0, 0 }, { 0, 3, 0, 0 }, { { 2, 255 }, { 1, 0 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"f\":130,\"t\":\"MESSAGE_CREATE\",\"s\":,\"cnf\":{\"content\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 3, 1, { 34, 16, 11, 2, 0 }, { 0, 0, 3, 0 }, { { 2, 255 }, { 1, 1 }, { 1, 0 }, { 0, 0 } }, 10, 0x0u, "{\"f\":130,\"t\":\"MESSAGE_CREATE\",\"s\":,\"cnf\":{\"nonce\":,\"content\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 2, 2, { 49, 6, 1, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 11, 0x0u, "{\"f\":130,\"t\":\"MESSAGE_DELETE\",\"cnf\":{\"messageID\":},\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 1, 1, { 49, 2, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 11, 0x0u, "{\"f\":130,\"t\":\"MESSAGE_DELETE\",\"cnf\":{\"messageID\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 0, 0, 2, 0, { 34, 20, 2, 0, 0 }, { 0, 0, 0, 0 }, { { 2, 255 }, { 1, 0 }, { 0, 0 }, { 0, 0 } }, 11, 0x0u, "{\"f\":130,\"t\":\"MESSAGE_DELETE\",\"s\":,\"cnf\":{\"messageID\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 1, 4, { 40, 31, 0, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 24, 0x2u, "{\012  \"f\": 130,\012  \"cnf\": {\012    \"content\": \012  },\012  \"e\": \"SERVER_MESSAGE\"\012}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 2, 2, 3, { 40, 13, 27, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 24, 0x2u, "{\012  \"f\": 130,\012  \"cnf\": {\012    \"content\": \012  },\012  \"s\": ,\012  \"e\": \"SERVER_MESSAGE\"\012}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 2, 2, { 40, 13, 27, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 9, 0x2u, "{\012  \"f\": 130,\012  \"cnf\": {\012    \"content\": \012  },\012  \"s\": ,\012  \"t\": \"SERVER_MESSAGE\"\012}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 1, 1, { 40, 31, 0, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 9, 0x2u, "{\012  \"f\": 130,\012  \"cnf\": {\012    \"content\": \012  },\012  \"t\": \"SERVER_MESSAGE\"\012}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 1, 4, { 42, 31, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 19, 0x0u, "{\012  \"f\": 130,\012  \"cnf\": {\012    \"messageID\": \012  },\012  \"e\": \"MESSAGE_DELETE\"\012}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 2, 2, 3, { 42, 13, 27, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 19, 0x0u, "{\012  \"f\": 130,\012  \"cnf\": {\012    \"messageID\": \012  },\012  \"s\": ,\012  \"e\": \"MESSAGE_DELETE\"\012}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 2, 2, { 42, 13, 27, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 4, 0x0u, "{\012  \"f\": 130,\012  \"cnf\": {\012    \"messageID\": \012  },\012  \"s\": ,\012  \"t\": \"MESSAGE_DELETE\"\012}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 1, 1, { 42, 31, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 4, 0x0u, "{\012  \"f\": 130,\012  \"cnf\": {\012    \"messageID\": \012  },\012  \"t\": \"MESSAGE_DELETE\"\012}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 1, 0, { 34, 25, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 2, 255 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 23, 0x0u, "{\012  \"f\": 130,\012  \"cnf\": {},\012  \"s\": ,\012  \"e\": \"GATEWAY_DOWN\"\012}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 1, 0, { 34, 25, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 2, 255 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 8, 0x0u, "{\012  \"f\": 130,\012  \"cnf\": {},\012  \"s\": ,\012  \"t\": \"GATEWAY_DOWN\"\012}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 1, 0, { 17, 10, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 0, 0x2u, "{\"cnf\":{\"hb_int\":},\"f\":100}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 1, 1, { 41, 1, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 2, 255 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 12, 0x0u, "{\"f\":130,\"t\":\"START_TYPING\",\"cnf\":{},\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 0, 0, 1, 0, { 32, 10, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 2, 255 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 12, 0x0u, "{\"f\":130,\"t\":\"START_TYPING\",\"s\":,\"cnf\":{}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 2, 10, { 26, 9, 23, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 1, 1 }, { 0, 0 }, { 0, 0 } }, 25, 0x0u, "{\"f\":130,\"cnf\":{\"content\":,\"nonce\":},\"e\":\"MESSAGE_CREATE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 3, 3, 9, { 26, 9, 6, 22, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 1, 1 }, { 2, 255 }, { 0, 0 } }, 25, 0x0u, "{\"f\":130,\"cnf\":{\"content\":,\"nonce\":},\"s\":,\"e\":\"MESSAGE_CREATE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 3, 8, { 26, 9, 6, 22, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 1, 1 }, { 2, 255 }, { 0, 0 } }, 10, 0x0u, "{\"f\":130,\"cnf\":{\"content\":,\"nonce\":},\"s\":,\"t\":\"MESSAGE_CREATE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 3, 7, { 26, 9, 27, 1, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 1, 1 }, { 2, 255 }, { 0, 0 } }, 10, 0x0u, "{\"f\":130,\"cnf\":{\"content\":,\"nonce\":},\"t\":\"MESSAGE_CREATE\",\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 2, 6, { 26, 9, 23, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 1, 1 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"f\":130,\"cnf\":{\"content\":,\"nonce\":},\"t\":\"MESSAGE_CREATE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 1, 5, { 26, 23, 0, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 25, 0x0u, "{\"f\":130,\"cnf\":{\"content\":},\"e\":\"MESSAGE_CREATE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 2, 4, { 26, 6, 22, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 25, 0x0u, "{\"f\":130,\"cnf\":{\"content\":},\"s\":,\"e\":\"MESSAGE_CREATE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 2, 3, { 26, 6, 22, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"f\":130,\"cnf\":{\"content\":},\"s\":,\"t\":\"MESSAGE_CREATE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 2, 2, { 26, 27, 1, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"f\":130,\"cnf\":{\"content\":},\"t\":\"MESSAGE_CREATE\",\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 1, 1, { 26, 23, 0, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"f\":130,\"cnf\":{\"content\":},\"t\":\"MESSAGE_CREATE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 1, 5, { 28, 23, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 26, 0x0u, "{\"f\":130,\"cnf\":{\"messageID\":},\"e\":\"MESSAGE_DELETE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 2, 4, { 28, 6, 22, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 26, 0x0u, "{\"f\":130,\"cnf\":{\"messageID\":},\"s\":,\"e\":\"MESSAGE_DELETE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 2, 3, { 28, 6, 22, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 11, 0x0u, "{\"f\":130,\"cnf\":{\"messageID\":},\"s\":,\"t\":\"MESSAGE_DELETE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 2, 2, { 28, 27, 1, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 2, 255 }, { 0, 0 }, { 0, 0 } }, 11, 0x0u, "{\"f\":130,\"cnf\":{\"messageID\":},\"t\":\"MESSAGE_DELETE\",\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 1, 1, { 28, 23, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 11, 0x0u, "{\"f\":130,\"cnf\":{\"messageID\":},\"t\":\"MESSAGE_DELETE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 3, 3, { 24, 11, 6, 22, 0 }, { 0, 3, 0, 0 }, { { 1, 1 }, { 1, 0 }, { 2, 255 }, { 0, 0 } }, 10, 0x0u, "{\"f\":130,\"cnf\":{\"nonce\":,\"content\":},\"s\":,\"t\":\"MESSAGE_CREATE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 2, 3, 2, { 24, 11, 27, 1, 0 }, { 0, 3, 0, 0 }, { { 1, 1 }, { 1, 0 }, { 2, 255 }, { 0, 0 } }, 10, 0x0u, "{\"f\":130,\"cnf\":{\"nonce\":,\"content\":},\"t\":\"MESSAGE_CREATE\",\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 2, 1, { 24, 11, 23, 0, 0 }, { 0, 3, 0, 0 }, { { 1, 1 }, { 1, 0 }, { 0, 0 }, { 0, 0 } }, 10, 0x0u, "{\"f\":130,\"cnf\":{\"nonce\":,\"content\":},\"t\":\"MESSAGE_CREATE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 1, 2, { 22, 20, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 2, 255 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 27, 0x0u, "{\"f\":130,\"cnf\":{},\"s\":,\"e\":\"START_TYPING\"}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 1, 1, { 22, 20, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 2, 255 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 12, 0x0u, "{\"f\":130,\"cnf\":{},\"s\":,\"t\":\"START_TYPING\"}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 0, 0, 1, 0, { 41, 1, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 2, 255 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 12, 0x0u, "{\"f\":130,\"cnf\":{},\"t\":\"START_TYPING\",\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 1, 1, { 41, 1, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 2, 255 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 12, 0x0u, "{\"t\":\"START_TYPING\",\"cnf\":{},\"f\":130,\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 1, 1, { 33, 9, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 2, 255 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 12, 0x0u, "{\"t\":\"START_TYPING\",\"cnf\":{},\"s\":,\"f\":130}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 1, 1, { 41, 1, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 2, 255 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 12, 0x0u, "{\"t\":\"START_TYPING\",\"f\":130,\"cnf\":{},\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 1, 1, { 32, 10, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 2, 255 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 12, 0x0u, "{\"t\":\"START_TYPING\",\"f\":130,\"s\":,\"cnf\":{}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 1, 0, { 24, 18, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 2, 255 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 12, 0x0u, "{\"t\":\"START_TYPING\",\"s\":,\"cnf\":{},\"f\":130}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 0, 0, 1, 0, { 24, 18, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 2, 255 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 12, 0x0u, "{\"t\":\"START_TYPING\",\"s\":,\"f\":130,\"cnf\":{}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 1, 1, { 22, 20, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 2, 255 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 12, 0x0u, "{\"cnf\":{},\"f\":130,\"s\":,\"t\":\"START_TYPING\"}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 0, 0, 1, 0, { 41, 1, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 2, 255 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 12, 0x0u, "{\"cnf\":{},\"f\":130,\"t\":\"START_TYPING\",\"s\":}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 0, 0, 1, 0, { 24, 2, 0, 0, 0 }, { 3, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 1, 0x0u, "{\"f\":110,\"cnf\":{\"token\":}}" GW__SHAPE_PAD },)
#define GW__SHAPE_ms GW__SHAPE(0xBD64A5D9ADEFE001ull, 58, "!!!!!!#!!!$!!!!%!!!!&'!!!!!!!!!!!!!!!!!)!+,!!!!!!!!!!!!!!!!!!!!!", \
    { GW_FROM_CLIENT, 0, 0, 2, 0, { 22, 12, 2, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 1 }, { 1, 0 }, { 0, 0 }, { 0, 0 } }, 1, 0x0u, "{\"op\":1,\"d\":{\"guilds\":,\"heapUsed\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 0, 0, 2, 0, { 15, 12, 9, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 1 }, { 1, 0 }, { 0, 0 }, { 0, 0 } }, 1, 0x0u, "{\"d\":{\"guilds\":,\"heapUsed\":},\"op\":1}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 1, 0, { 47, 6, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 5, 0x2u, "{\012  \"op\": 3,\012  \"d\": {\012    \"heartbeatInterval\": \012  }\012}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 1, 0, { 26, 9, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 5, 0x2u, "{\"d\":{\"heartbeatInterval\":},\"op\":3}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 2, 0, { 17, 10, 9, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 1, 1 }, { 0, 0 }, { 0, 0 } }, 1, 0x0u, "{\"d\":{\"heapUsed\":,\"guilds\":},\"op\":1}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 0, 0, 1, 0, { 17, 9, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 1, 0x0u, "{\"d\":{\"heapUsed\":},\"op\":1}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 1, 0, { 38, 6, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 1, 0x0u, "{\012  \"op\": 1,\012  \"d\": {\012    \"heapUsed\": \012  }\012}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 0, 0, 2, 0, { 38, 16, 6, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 1, 1 }, { 0, 0 }, { 0, 0 } }, 1, 0x0u, "{\012  \"op\": 1,\012  \"d\": {\012    \"heapUsed\": ,\012    \"guilds\": \012  }\012}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 1, 0, { 33, 2, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 5, 0x2u, "{\"op\":3,\"d\":{\"heartbeatInterval\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 2, 0, { 24, 10, 2, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 1, 1 }, { 0, 0 }, { 0, 0 } }, 1, 0x0u, "{\"op\":1,\"d\":{\"heapUsed\":,\"guilds\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 0, 0, 1, 0, { 24, 2, 0, 0, 0 }, { 0, 0, 0, 0 }, { { 1, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 1, 0x0u, "{\"op\":1,\"d\":{\"heapUsed\":}}" GW__SHAPE_PAD },)
#define GW__SHAPE_ng GW__SHAPE(0x3B92D3F0106BC147ull, 59, "#!!$!!!!!!!!!!!!!!!!!!!!!!%!!!'!", \
    { GW_FROM_SERVER, 0, 0, 2, 0, { 46, 17, 6, 0, 0 }, { 3, 1, 0, 0 }, { { 1, 0 }, { 1, 1 }, { 0, 0 }, { 0, 0 } }, 0, 0x0u, "{\012  \"op\": \"ready\",\012  \"data\": {\012    \"session\": ,\012    \"resumed\": \012  }\012}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 2, 0, { 19, 11, 15, 0, 0 }, { 1, 3, 0, 0 }, { { 1, 1 }, { 1, 0 }, { 0, 0 }, { 0, 0 } }, 0, 0x0u, "{\"data\":{\"resumed\":,\"session\":},\"op\":\"ready\"}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 2, 1, { 32, 11, 2, 0, 0 }, { 1, 3, 0, 0 }, { { 1, 1 }, { 1, 0 }, { 0, 0 }, { 0, 0 } }, 0, 0x0u, "{\"op\":\"ready\",\"data\":{\"resumed\":,\"session\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 2, 0, { 32, 11, 2, 0, 0 }, { 3, 1, 0, 0 }, { { 1, 0 }, { 1, 1 }, { 0, 0 }, { 0, 0 } }, 0, 0x0u, "{\"op\":\"ready\",\"data\":{\"session\":,\"resumed\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 2, 0, { 19, 11, 15, 0, 0 }, { 3, 1, 0, 0 }, { { 1, 0 }, { 1, 1 }, { 0, 0 }, { 0, 0 } }, 0, 0x0u, "{\"data\":{\"session\":,\"resumed\":},\"op\":\"ready\"}" GW__SHAPE_PAD },)
#define GW__SHAPE_dmod GW__SHAPE(0x893EB7DB0DDDBDB5ull, 56, "!!!!!!!!!!!!!#!!!!')!*,!.!!1!!!!!!!!!3!!;!!!!!!=!!!!!!!!!!!!!!!!!!?!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!MU!!!!Y!!Z!!!!!!\\!!!!!!!!!!!!!!!!!!!!!!!!!!!^!!!!!!!!_!!!!!!!!!!!!!!!!!!!b!!!!!!!!!!!!!!c!!!!!!!!!!!!!!!!!!!!e!!f!!!!!!!!!!!!n!!!!!!!!!!!!!!!!!!!!!!!!!!!!", \
    { GW_FROM_CLIENT, 1, 1, 3, 2, { 21, 6, 9, 37, 0 }, { 3, 2, 3, 0 }, { { 3, 1 }, { 3, 2 }, { 3, 0 }, { 0, 0 } }, 21, 0x0u, "{\"op\":7,\"d\":{\"uhash\":,\"pm\":,\"utokh\":},\"cmd\":\"APPLICATION_SESSION_REAUTH\"}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 3, 1, { 21, 9, 6, 37, 0 }, { 3, 3, 2, 0 }, { { 3, 1 }, { 3, 0 }, { 3, 2 }, { 0, 0 } }, 21, 0x0u, "{\"op\":7,\"d\":{\"uhash\":,\"utokh\":,\"pm\":},\"cmd\":\"APPLICATION_SESSION_REAUTH\"}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 3, 0, { 21, 6, 9, 37, 0 }, { 3, 2, 3, 0 }, { { 3, 0 }, { 3, 2 }, { 3, 1 }, { 0, 0 } }, 21, 0x0u, "{\"op\":7,\"d\":{\"utokh\":,\"pm\":,\"uhash\":},\"cmd\":\"APPLICATION_SESSION_REAUTH\"}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 0, 0, 3, 0, { 21, 9, 6, 37, 0 }, { 3, 3, 2, 0 }, { { 3, 0 }, { 3, 1 }, { 3, 2 }, { 0, 0 } }, 21, 0x0u, "{\"op\":7,\"d\":{\"utokh\":,\"uhash\":,\"pm\":},\"cmd\":\"APPLICATION_SESSION_REAUTH\"}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 3, 1, { 66, 13, 21, 6, 0 }, { 3, 3, 2, 0 }, { { 3, 0 }, { 3, 1 }, { 3, 3 }, { 0, 0 } }, 10, 0x8u, "{\012  \"op\": 5,\012  \"ev\": \"GUILD_PRIVILEGE_UPDATE\",\012  \"d\": {\012    \"id\": ,\012    \"tag\": ,\012    \"permissions\": \012  }\012}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 3, 0, { 65, 13, 21, 6, 0 }, { 3, 3, 2, 0 }, { { 2, 0 }, { 2, 1 }, { 2, 3 }, { 0, 0 } }, 5, 0x4u, "{\012  \"op\": 5,\012  \"t\": \"GUILD_PRIVILEGE_UPDATE\",\012  \"d\": {\012    \"id\": ,\012    \"tag\": ,\012    \"permissions\": \012  }\012}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 0, 0, 2, 0, { 35, 13, 6, 0, 0 }, { 3, 3, 0, 0 }, { { 2, 0 }, { 2, 1 }, { 0, 0 }, { 0, 0 } }, 1, 0x4u, "{\012  \"op\": 1,\012  \"d\": {\012    \"token\": ,\012    \"uid\": \012  }\012}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 2, 0, { 19, 9, 24, 0, 0 }, { 3, 3, 0, 0 }, { { 3, 1 }, { 3, 0 }, { 0, 0 }, { 0, 0 } }, 14, 0x0u, "{\"op\":6,\"d\":{\"gid\":,\"token\":},\"cmd\":\"CONNECT_GUILD\"}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 0, 0, 1, 0, { 19, 27, 0, 0, 0 }, { 3, 0, 0, 0 }, { { 3, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 15, 0x0u, "{\"op\":6,\"d\":{\"gid\":},\"cmd\":\"DESCONNECT_GUILD\"}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 3, 0, { 18, 9, 9, 37, 0 }, { 2, 3, 3, 0 }, { { 3, 2 }, { 3, 1 }, { 3, 0 }, { 0, 0 } }, 21, 0x0u, "{\"op\":7,\"d\":{\"pm\":,\"uhash\":,\"utokh\":},\"cmd\":\"APPLICATION_SESSION_REAUTH\"}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 0, 0, 3, 0, { 18, 9, 9, 37, 0 }, { 2, 3, 3, 0 }, { { 3, 2 }, { 3, 0 }, { 3, 1 }, { 0, 0 } }, 21, 0x0u, "{\"op\":7,\"d\":{\"pm\":,\"utokh\":,\"uhash\":},\"cmd\":\"APPLICATION_SESSION_REAUTH\"}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 2, 1, { 41, 9, 2, 0, 0 }, { 3, 3, 0, 0 }, { { 3, 1 }, { 3, 0 }, { 0, 0 }, { 0, 0 } }, 14, 0x0u, "{\"op\":6,\"cmd\":\"CONNECT_GUILD\",\"d\":{\"gid\":,\"token\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 2, 1, { 43, 7, 2, 0, 0 }, { 3, 3, 0, 0 }, { { 3, 0 }, { 3, 1 }, { 0, 0 }, { 0, 0 } }, 14, 0x0u, "{\"op\":6,\"cmd\":\"CONNECT_GUILD\",\"d\":{\"token\":,\"gid\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 0, 0, 1, 0, { 44, 2, 0, 0, 0 }, { 3, 0, 0, 0 }, { { 3, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 15, 0x0u, "{\"op\":6,\"cmd\":\"DESCONNECT_GUILD\",\"d\":{\"gid\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 3, 0, { 27, 6, 7, 31, 0 }, { 2, 3, 3, 0 }, { { 2, 3 }, { 2, 0 }, { 2, 1 }, { 0, 0 } }, 5, 0x4u, "{\"op\":5,\"d\":{\"permissions\":,\"id\":,\"tag\":},\"t\":\"GUILD_PRIVILEGE_UPDATE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 3, 0, { 27, 7, 6, 31, 0 }, { 2, 3, 3, 0 }, { { 2, 3 }, { 2, 1 }, { 2, 0 }, { 0, 0 } }, 5, 0x4u, "{\"op\":5,\"d\":{\"permissions\":,\"tag\":,\"id\":},\"t\":\"GUILD_PRIVILEGE_UPDATE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 3, 3, 0, { 20, 6, 7, 38, 0 }, { 2, 3, 3, 0 }, { { 2, 3 }, { 2, 0 }, { 2, 1 }, { 0, 0 } }, 5, 0x4u, "{\"d\":{\"permissions\":,\"id\":,\"tag\":},\"op\":5,\"t\":\"GUILD_PRIVILEGE_UPDATE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 3, 0, { 20, 6, 7, 38, 0 }, { 2, 3, 3, 0 }, { { 2, 3 }, { 2, 0 }, { 2, 1 }, { 0, 0 } }, 5, 0x4u, "{\"d\":{\"permissions\":,\"id\":,\"tag\":},\"t\":\"GUILD_PRIVILEGE_UPDATE\",\"op\":5}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 4, 4, 0, { 20, 8, 7, 6, 39 }, { 2, 1, 3, 3 }, { { 3, 3 }, { 3, 2 }, { 3, 1 }, { 3, 0 } }, 10, 0x8u, "{\"d\":{\"permissions\":,\"self\":,\"tag\":,\"id\":},\"ev\":\"GUILD_PRIVILEGE_UPDATE\",\"op\":5}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 4, 0, { 20, 8, 7, 6, 38 }, { 2, 1, 3, 3 }, { { 2, 3 }, { 2, 2 }, { 2, 1 }, { 2, 0 } }, 5, 0x4u, "{\"d\":{\"permissions\":,\"self\":,\"tag\":,\"id\":},\"t\":\"GUILD_PRIVILEGE_UPDATE\",\"op\":5}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 3, 4, 0, { 20, 7, 6, 12, 38 }, { 2, 3, 3, 3 }, { { 2, 3 }, { 2, 2 }, { 2, 1 }, { 2, 0 } }, 6, 0x4u, "{\"d\":{\"permissions\":,\"tag\":,\"id\":,\"guild_id\":},\"t\":\"GUILD_PRIVILEGE_UPDATE\",\"op\":5}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 3, 3, 0, { 20, 7, 6, 39, 0 }, { 2, 3, 3, 0 }, { { 3, 3 }, { 3, 1 }, { 3, 0 }, { 0, 0 } }, 10, 0x8u, "{\"d\":{\"permissions\":,\"tag\":,\"id\":},\"ev\":\"GUILD_PRIVILEGE_UPDATE\",\"op\":5}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 3, 3, 0, { 20, 7, 6, 38, 0 }, { 2, 3, 3, 0 }, { { 2, 3 }, { 2, 1 }, { 2, 0 }, { 0, 0 } }, 5, 0x4u, "{\"d\":{\"permissions\":,\"tag\":,\"id\":},\"op\":5,\"t\":\"GUILD_PRIVILEGE_UPDATE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 3, 0, { 20, 7, 6, 38, 0 }, { 2, 3, 3, 0 }, { { 2, 3 }, { 2, 1 }, { 2, 0 }, { 0, 0 } }, 5, 0x4u, "{\"d\":{\"permissions\":,\"tag\":,\"id\":},\"t\":\"GUILD_PRIVILEGE_UPDATE\",\"op\":5}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 2, 3, 0, { 48, 7, 15, 2, 0 }, { 3, 3, 2, 0 }, { { 3, 0 }, { 3, 1 }, { 3, 3 }, { 0, 0 } }, 10, 0x8u, "{\"op\":5,\"ev\":\"GUILD_PRIVILEGE_UPDATE\",\"d\":{\"id\":,\"tag\":,\"permissions\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 4, 0, { 48, 7, 8, 15, 2 }, { 3, 3, 1, 2 }, { { 3, 0 }, { 3, 1 }, { 3, 2 }, { 3, 3 } }, 10, 0x8u, "{\"op\":5,\"ev\":\"GUILD_PRIVILEGE_UPDATE\",\"d\":{\"id\":,\"tag\":,\"self\":,\"permissions\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 3, 0, { 19, 6, 15, 31, 0 }, { 3, 3, 2, 0 }, { { 2, 1 }, { 2, 0 }, { 2, 3 }, { 0, 0 } }, 5, 0x4u, "{\"op\":5,\"d\":{\"tag\":,\"id\":,\"permissions\":},\"t\":\"GUILD_PRIVILEGE_UPDATE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 3, 0, { 19, 15, 6, 31, 0 }, { 3, 2, 3, 0 }, { { 2, 1 }, { 2, 3 }, { 2, 0 }, { 0, 0 } }, 5, 0x4u, "{\"op\":5,\"d\":{\"tag\":,\"permissions\":,\"id\":},\"t\":\"GUILD_PRIVILEGE_UPDATE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 1, 1, { 44, 9, 0, 0, 0 }, { 3, 0, 0, 0 }, { { 3, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 20, 0x0u, "{\"cmd\":\"APPLICATION_SESSION_END\",\"d\":{\"gid\":},\"op\":7}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 1, 1, { 51, 2, 0, 0, 0 }, { 3, 0, 0, 0 }, { { 3, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 20, 0x0u, "{\"cmd\":\"APPLICATION_SESSION_END\",\"op\":7,\"d\":{\"gid\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 3, 2, { 46, 9, 9, 9, 0 }, { 2, 3, 3, 0 }, { { 3, 2 }, { 3, 1 }, { 3, 0 }, { 0, 0 } }, 21, 0x0u, "{\"cmd\":\"APPLICATION_SESSION_REAUTH\",\"d\":{\"pm\":,\"uhash\":,\"utokh\":},\"op\":7}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 3, 1, { 46, 9, 9, 9, 0 }, { 2, 3, 3, 0 }, { { 3, 2 }, { 3, 0 }, { 3, 1 }, { 0, 0 } }, 21, 0x0u, "{\"cmd\":\"APPLICATION_SESSION_REAUTH\",\"d\":{\"pm\":,\"utokh\":,\"uhash\":},\"op\":7}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 3, 2, { 49, 6, 9, 9, 0 }, { 3, 2, 3, 0 }, { { 3, 1 }, { 3, 2 }, { 3, 0 }, { 0, 0 } }, 21, 0x0u, "{\"cmd\":\"APPLICATION_SESSION_REAUTH\",\"d\":{\"uhash\":,\"pm\":,\"utokh\":},\"op\":7}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 3, 1, { 49, 9, 6, 9, 0 }, { 3, 3, 2, 0 }, { { 3, 1 }, { 3, 0 }, { 3, 2 }, { 0, 0 } }, 21, 0x0u, "{\"cmd\":\"APPLICATION_SESSION_REAUTH\",\"d\":{\"uhash\":,\"utokh\":,\"pm\":},\"op\":7}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 3, 2, { 49, 6, 9, 9, 0 }, { 3, 2, 3, 0 }, { { 3, 0 }, { 3, 2 }, { 3, 1 }, { 0, 0 } }, 21, 0x0u, "{\"cmd\":\"APPLICATION_SESSION_REAUTH\",\"d\":{\"utokh\":,\"pm\":,\"uhash\":},\"op\":7}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 3, 1, { 49, 9, 6, 9, 0 }, { 3, 3, 2, 0 }, { { 3, 0 }, { 3, 1 }, { 3, 2 }, { 0, 0 } }, 21, 0x0u, "{\"cmd\":\"APPLICATION_SESSION_REAUTH\",\"d\":{\"utokh\":,\"uhash\":,\"pm\":},\"op\":7}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 3, 2, { 53, 9, 9, 2, 0 }, { 2, 3, 3, 0 }, { { 3, 2 }, { 3, 1 }, { 3, 0 }, { 0, 0 } }, 21, 0x0u, "{\"cmd\":\"APPLICATION_SESSION_REAUTH\",\"op\":7,\"d\":{\"pm\":,\"uhash\":,\"utokh\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 3, 1, { 53, 9, 9, 2, 0 }, { 2, 3, 3, 0 }, { { 3, 2 }, { 3, 0 }, { 3, 1 }, { 0, 0 } }, 21, 0x0u, "{\"cmd\":\"APPLICATION_SESSION_REAUTH\",\"op\":7,\"d\":{\"pm\":,\"utokh\":,\"uhash\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 3, 2, { 56, 6, 9, 2, 0 }, { 3, 2, 3, 0 }, { { 3, 1 }, { 3, 2 }, { 3, 0 }, { 0, 0 } }, 21, 0x0u, "{\"cmd\":\"APPLICATION_SESSION_REAUTH\",\"op\":7,\"d\":{\"uhash\":,\"pm\":,\"utokh\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 3, 1, { 56, 9, 6, 2, 0 }, { 3, 3, 2, 0 }, { { 3, 1 }, { 3, 0 }, { 3, 2 }, { 0, 0 } }, 21, 0x0u, "{\"cmd\":\"APPLICATION_SESSION_REAUTH\",\"op\":7,\"d\":{\"uhash\":,\"utokh\":,\"pm\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 3, 0, { 56, 6, 9, 2, 0 }, { 3, 2, 3, 0 }, { { 3, 0 }, { 3, 2 }, { 3, 1 }, { 0, 0 } }, 21, 0x0u, "{\"cmd\":\"APPLICATION_SESSION_REAUTH\",\"op\":7,\"d\":{\"utokh\":,\"pm\":,\"uhash\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 0, 0, 3, 0, { 56, 9, 6, 2, 0 }, { 3, 3, 2, 0 }, { { 3, 0 }, { 3, 1 }, { 3, 2 }, { 0, 0 } }, 21, 0x0u, "{\"cmd\":\"APPLICATION_SESSION_REAUTH\",\"op\":7,\"d\":{\"utokh\":,\"uhash\":,\"pm\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 4, 1, { 53, 6, 7, 15, 2 }, { 3, 3, 3, 2 }, { { 2, 0 }, { 2, 1 }, { 2, 2 }, { 2, 3 } }, 6, 0x4u, "{\"op\":5,\"t\":\"GUILD_PRIVILEGE_UPDATE\",\"d\":{\"guild_id\":,\"id\":,\"tag\":,\"permissions\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 3, 3, { 47, 15, 7, 2, 0 }, { 3, 2, 3, 0 }, { { 2, 0 }, { 2, 3 }, { 2, 1 }, { 0, 0 } }, 5, 0x4u, "{\"op\":5,\"t\":\"GUILD_PRIVILEGE_UPDATE\",\"d\":{\"id\":,\"permissions\":,\"tag\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 2, 3, 2, { 47, 7, 15, 2, 0 }, { 3, 3, 2, 0 }, { { 2, 0 }, { 2, 1 }, { 2, 3 }, { 0, 0 } }, 5, 0x4u, "{\"op\":5,\"t\":\"GUILD_PRIVILEGE_UPDATE\",\"d\":{\"id\":,\"tag\":,\"permissions\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 4, 1, { 47, 7, 8, 15, 2 }, { 3, 3, 1, 2 }, { { 2, 0 }, { 2, 1 }, { 2, 2 }, { 2, 3 } }, 5, 0x4u, "{\"op\":5,\"t\":\"GUILD_PRIVILEGE_UPDATE\",\"d\":{\"id\":,\"tag\":,\"self\":,\"permissions\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 3, 2, { 56, 6, 7, 2, 0 }, { 2, 3, 3, 0 }, { { 2, 3 }, { 2, 0 }, { 2, 1 }, { 0, 0 } }, 5, 0x4u, "{\"op\":5,\"t\":\"GUILD_PRIVILEGE_UPDATE\",\"d\":{\"permissions\":,\"id\":,\"tag\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 3, 1, { 56, 7, 6, 2, 0 }, { 2, 3, 3, 0 }, { { 2, 3 }, { 2, 1 }, { 2, 0 }, { 0, 0 } }, 5, 0x4u, "{\"op\":5,\"t\":\"GUILD_PRIVILEGE_UPDATE\",\"d\":{\"permissions\":,\"tag\":,\"id\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 3, 0, { 48, 6, 15, 2, 0 }, { 3, 3, 2, 0 }, { { 2, 1 }, { 2, 0 }, { 2, 3 }, { 0, 0 } }, 5, 0x4u, "{\"op\":5,\"t\":\"GUILD_PRIVILEGE_UPDATE\",\"d\":{\"tag\":,\"id\":,\"permissions\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 3, 0, { 48, 15, 6, 2, 0 }, { 3, 2, 3, 0 }, { { 2, 1 }, { 2, 3 }, { 2, 0 }, { 0, 0 } }, 5, 0x4u, "{\"op\":5,\"t\":\"GUILD_PRIVILEGE_UPDATE\",\"d\":{\"tag\":,\"permissions\":,\"id\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 2, 1, { 34, 9, 9, 0, 0 }, { 3, 3, 0, 0 }, { { 3, 1 }, { 3, 0 }, { 0, 0 }, { 0, 0 } }, 14, 0x0u, "{\"cmd\":\"CONNECT_GUILD\",\"d\":{\"gid\":,\"token\":},\"op\":6}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 2, 1, { 36, 7, 9, 0, 0 }, { 3, 3, 0, 0 }, { { 3, 0 }, { 3, 1 }, { 0, 0 }, { 0, 0 } }, 14, 0x0u, "{\"cmd\":\"CONNECT_GUILD\",\"d\":{\"token\":,\"gid\":},\"op\":6}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 2, 1, { 41, 9, 2, 0, 0 }, { 3, 3, 0, 0 }, { { 3, 1 }, { 3, 0 }, { 0, 0 }, { 0, 0 } }, 14, 0x0u, "{\"cmd\":\"CONNECT_GUILD\",\"op\":6,\"d\":{\"gid\":,\"token\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 0, 0, 2, 0, { 43, 7, 2, 0, 0 }, { 3, 3, 0, 0 }, { { 3, 0 }, { 3, 1 }, { 0, 0 }, { 0, 0 } }, 14, 0x0u, "{\"cmd\":\"CONNECT_GUILD\",\"op\":6,\"d\":{\"token\":,\"gid\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 0, 0, 2, 0, { 21, 7, 24, 0, 0 }, { 3, 3, 0, 0 }, { { 3, 0 }, { 3, 1 }, { 0, 0 }, { 0, 0 } }, 14, 0x0u, "{\"op\":6,\"d\":{\"token\":,\"gid\":},\"cmd\":\"CONNECT_GUILD\"}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 2, 1, { 61, 13, 6, 0, 0 }, { 3, 3, 0, 0 }, { { 3, 0 }, { 3, 1 }, { 0, 0 }, { 0, 0 } }, 14, 0x0u, "{\012  \"op\": 6,\012  \"cmd\": \"CONNECT_GUILD\",\012  \"d\": {\012    \"token\": ,\012    \"gid\": \012  }\012}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 0, 0, 1, 0, { 62, 6, 0, 0, 0 }, { 3, 0, 0, 0 }, { { 3, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 15, 0x0u, "{\012  \"op\": 6,\012  \"cmd\": \"DESCONNECT_GUILD\",\012  \"d\": {\012    \"gid\": \012  }\012}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 3, 0, { 18, 15, 7, 31, 0 }, { 3, 2, 3, 0 }, { { 2, 0 }, { 2, 3 }, { 2, 1 }, { 0, 0 } }, 5, 0x4u, "{\"op\":5,\"d\":{\"id\":,\"permissions\":,\"tag\":},\"t\":\"GUILD_PRIVILEGE_UPDATE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 3, 0, { 18, 7, 15, 31, 0 }, { 3, 3, 2, 0 }, { { 2, 0 }, { 2, 1 }, { 2, 3 }, { 0, 0 } }, 5, 0x4u, "{\"op\":5,\"d\":{\"id\":,\"tag\":,\"permissions\":},\"t\":\"GUILD_PRIVILEGE_UPDATE\"}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 0, 0, 2, 0, { 19, 9, 2, 0, 0 }, { 3, 3, 0, 0 }, { { 2, 1 }, { 2, 0 }, { 0, 0 }, { 0, 0 } }, 1, 0x4u, "{\"op\":1,\"d\":{\"uid\":,\"token\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 4, 1, { 65, 13, 15, 15, 6 }, { 3, 3, 3, 3 }, { { 3, 0 }, { 3, 1 }, { 3, 2 }, { 3, 3 } }, 19, 0x0u, "{\012  \"op\": 7,\012  \"cmd\": \"APPLICATION_SESSION\",\012  \"d\": {\012    \"uid\": ,\012    \"gid\": ,\012    \"utokh\": ,\012    \"uhash\": \012  }\012}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 1, 1, { 69, 6, 0, 0, 0 }, { 3, 0, 0, 0 }, { { 3, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 20, 0x0u, "{\012  \"op\": 7,\012  \"cmd\": \"APPLICATION_SESSION_END\",\012  \"d\": {\012    \"gid\": \012  }\012}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 0, 0, 3, 0, { 74, 15, 12, 6, 0 }, { 3, 3, 2, 0 }, { { 3, 0 }, { 3, 1 }, { 3, 2 }, { 0, 0 } }, 21, 0x0u, "{\012  \"op\": 7,\012  \"cmd\": \"APPLICATION_SESSION_REAUTH\",\012  \"d\": {\012    \"utokh\": ,\012    \"uhash\": ,\012    \"pm\": \012  }\012}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 0, 0, 2, 0, { 21, 7, 2, 0, 0 }, { 3, 3, 0, 0 }, { { 2, 0 }, { 2, 1 }, { 0, 0 }, { 0, 0 } }, 1, 0x4u, "{\"op\":1,\"d\":{\"token\":,\"uid\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 1, 1, { 37, 9, 0, 0, 0 }, { 3, 0, 0, 0 }, { { 3, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 15, 0x0u, "{\"cmd\":\"DESCONNECT_GUILD\",\"d\":{\"gid\":},\"op\":6}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 0, 0, 1, 0, { 44, 2, 0, 0, 0 }, { 3, 0, 0, 0 }, { { 3, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 15, 0x0u, "{\"cmd\":\"DESCONNECT_GUILD\",\"op\":6,\"d\":{\"gid\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 0, 0, 1, 0, { 19, 34, 0, 0, 0 }, { 3, 0, 0, 0 }, { { 3, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 20, 0x0u, "{\"op\":7,\"d\":{\"gid\":},\"cmd\":\"APPLICATION_SESSION_END\"}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 4, 1, { 47, 7, 9, 9, 2 }, { 3, 3, 3, 3 }, { { 3, 0 }, { 3, 1 }, { 3, 2 }, { 3, 3 } }, 19, 0x0u, "{\"op\":7,\"cmd\":\"APPLICATION_SESSION\",\"d\":{\"uid\":,\"gid\":,\"utokh\":,\"uhash\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 1, 1, { 51, 2, 0, 0, 0 }, { 3, 0, 0, 0 }, { { 3, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 } }, 20, 0x0u, "{\"op\":7,\"cmd\":\"APPLICATION_SESSION_END\",\"d\":{\"gid\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 3, 2, { 53, 9, 9, 2, 0 }, { 2, 3, 3, 0 }, { { 3, 2 }, { 3, 1 }, { 3, 0 }, { 0, 0 } }, 21, 0x0u, "{\"op\":7,\"cmd\":\"APPLICATION_SESSION_REAUTH\",\"d\":{\"pm\":,\"uhash\":,\"utokh\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 3, 1, { 53, 9, 9, 2, 0 }, { 2, 3, 3, 0 }, { { 3, 2 }, { 3, 0 }, { 3, 1 }, { 0, 0 } }, 21, 0x0u, "{\"op\":7,\"cmd\":\"APPLICATION_SESSION_REAUTH\",\"d\":{\"pm\":,\"utokh\":,\"uhash\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 3, 2, { 56, 6, 9, 2, 0 }, { 3, 2, 3, 0 }, { { 3, 1 }, { 3, 2 }, { 3, 0 }, { 0, 0 } }, 21, 0x0u, "{\"op\":7,\"cmd\":\"APPLICATION_SESSION_REAUTH\",\"d\":{\"uhash\":,\"pm\":,\"utokh\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 0, 3, 1, { 56, 9, 6, 2, 0 }, { 3, 3, 2, 0 }, { { 3, 1 }, { 3, 0 }, { 3, 2 }, { 0, 0 } }, 21, 0x0u, "{\"op\":7,\"cmd\":\"APPLICATION_SESSION_REAUTH\",\"d\":{\"uhash\":,\"utokh\":,\"pm\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 1, 1, 3, 0, { 56, 6, 9, 2, 0 }, { 3, 2, 3, 0 }, { { 3, 0 }, { 3, 2 }, { 3, 1 }, { 0, 0 } }, 21, 0x0u, "{\"op\":7,\"cmd\":\"APPLICATION_SESSION_REAUTH\",\"d\":{\"utokh\":,\"pm\":,\"uhash\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_CLIENT, 0, 0, 3, 0, { 56, 9, 6, 2, 0 }, { 3, 3, 2, 0 }, { { 3, 0 }, { 3, 1 }, { 3, 2 }, { 0, 0 } }, 21, 0x0u, "{\"op\":7,\"cmd\":\"APPLICATION_SESSION_REAUTH\",\"d\":{\"utokh\":,\"uhash\":,\"pm\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 3, 2, { 40, 15, 7, 9, 0 }, { 3, 2, 3, 0 }, { { 2, 0 }, { 2, 3 }, { 2, 1 }, { 0, 0 } }, 5, 0x4u, "{\"t\":\"GUILD_PRIVILEGE_UPDATE\",\"d\":{\"id\":,\"permissions\":,\"tag\":},\"op\":5}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 3, 1, { 40, 7, 15, 9, 0 }, { 3, 3, 2, 0 }, { { 2, 0 }, { 2, 1 }, { 2, 3 }, { 0, 0 } }, 5, 0x4u, "{\"t\":\"GUILD_PRIVILEGE_UPDATE\",\"d\":{\"id\":,\"tag\":,\"permissions\":},\"op\":5}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 3, 2, { 49, 6, 7, 9, 0 }, { 2, 3, 3, 0 }, { { 2, 3 }, { 2, 0 }, { 2, 1 }, { 0, 0 } }, 5, 0x4u, "{\"t\":\"GUILD_PRIVILEGE_UPDATE\",\"d\":{\"permissions\":,\"id\":,\"tag\":},\"op\":5}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 3, 1, { 49, 7, 6, 9, 0 }, { 2, 3, 3, 0 }, { { 2, 3 }, { 2, 1 }, { 2, 0 }, { 0, 0 } }, 5, 0x4u, "{\"t\":\"GUILD_PRIVILEGE_UPDATE\",\"d\":{\"permissions\":,\"tag\":,\"id\":},\"op\":5}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 3, 2, { 41, 6, 15, 9, 0 }, { 3, 3, 2, 0 }, { { 2, 1 }, { 2, 0 }, { 2, 3 }, { 0, 0 } }, 5, 0x4u, "{\"t\":\"GUILD_PRIVILEGE_UPDATE\",\"d\":{\"tag\":,\"id\":,\"permissions\":},\"op\":5}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 3, 1, { 41, 15, 6, 9, 0 }, { 3, 2, 3, 0 }, { { 2, 1 }, { 2, 3 }, { 2, 0 }, { 0, 0 } }, 5, 0x4u, "{\"t\":\"GUILD_PRIVILEGE_UPDATE\",\"d\":{\"tag\":,\"permissions\":,\"id\":},\"op\":5}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 3, 2, { 47, 15, 7, 2, 0 }, { 3, 2, 3, 0 }, { { 2, 0 }, { 2, 3 }, { 2, 1 }, { 0, 0 } }, 5, 0x4u, "{\"t\":\"GUILD_PRIVILEGE_UPDATE\",\"op\":5,\"d\":{\"id\":,\"permissions\":,\"tag\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 3, 1, { 47, 7, 15, 2, 0 }, { 3, 3, 2, 0 }, { { 2, 0 }, { 2, 1 }, { 2, 3 }, { 0, 0 } }, 5, 0x4u, "{\"t\":\"GUILD_PRIVILEGE_UPDATE\",\"op\":5,\"d\":{\"id\":,\"tag\":,\"permissions\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 3, 2, { 56, 6, 7, 2, 0 }, { 2, 3, 3, 0 }, { { 2, 3 }, { 2, 0 }, { 2, 1 }, { 0, 0 } }, 5, 0x4u, "{\"t\":\"GUILD_PRIVILEGE_UPDATE\",\"op\":5,\"d\":{\"permissions\":,\"id\":,\"tag\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 0, 3, 1, { 56, 7, 6, 2, 0 }, { 2, 3, 3, 0 }, { { 2, 3 }, { 2, 1 }, { 2, 0 }, { 0, 0 } }, 5, 0x4u, "{\"t\":\"GUILD_PRIVILEGE_UPDATE\",\"op\":5,\"d\":{\"permissions\":,\"tag\":,\"id\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 1, 1, 3, 0, { 48, 6, 15, 2, 0 }, { 3, 3, 2, 0 }, { { 2, 1 }, { 2, 0 }, { 2, 3 }, { 0, 0 } }, 5, 0x4u, "{\"t\":\"GUILD_PRIVILEGE_UPDATE\",\"op\":5,\"d\":{\"tag\":,\"id\":,\"permissions\":}}" GW__SHAPE_PAD }, \
    { GW_FROM_SERVER, 0, 0, 3, 0, { 48, 15, 6, 2, 0 }, { 3, 2, 3, 0 }, { { 2, 1 }, { 2, 3 }, { 2, 0 }, { 0, 0 } }, 5, 0x4u, "{\"t\":\"GUILD_PRIVILEGE_UPDATE\",\"op\":5,\"d\":{\"tag\":,\"permissions\":,\"id\":}}" GW__SHAPE_PAD },)
#define GW__LEAD_sm GW__LEAD(0x63CBE1E459320DD7ull, 57, "#(!!!!!!!!!!!!!!!!!6!!!!!!!!!!!!!!!!!7!!!!!!!8!!!!!!!!!!!!!!!!!!!!!!!9!!!!!!!!!!!!!;@!!!!!!!!!A!!!!!!!!!!B!!!!!!!!!!!!!!!!!!!!!!", \
    { GW_FROM_SERVER, 1, 42, 0, 1, 255, 0, 0, 255, 0, "{\012  \"type\": 1,\012  \"event\": \"GATEWAY_HELLO\",", "" }, \
    { GW_FROM_SERVER, 1, 44, 0, 1, 255, 0, 0, 255, 5, "{\012  \"type\": 1,\012  \"event\": \"GATEWAY_INVALID\",", "" }, \
    { GW_FROM_SERVER, 1, 42, 0, 1, 255, 0, 0, 255, 2, "{\012  \"type\": 1,\012  \"event\": \"GATEWAY_READY\",", "" }, \
    { GW_FROM_SERVER, 1, 43, 0, 1, 255, 0, 0, 255, 4, "{\012  \"type\": 1,\012  \"event\": \"GATEWAY_RESUME\",", "" }, \
    { GW_FROM_SERVER, 0, 44, 0, 1, 255, 0, 0, 255, 3, "{\012  \"type\": 1,\012  \"event\": \"GATEWAY_RESUMED\",", "" }, \
    { GW_FROM_SERVER, 1, 25, 0, 1, 255, 0, 10, 255, 6, "{\"event\":\"GATEWAY_ERROR\",", ",\"type\":2}" }, \
    { GW_FROM_SERVER, 1, 34, 0, 1, 255, 0, 0, 255, 6, "{\"event\":\"GATEWAY_ERROR\",\"type\":2,", "" }, \
    { GW_FROM_SERVER, 1, 25, 0, 1, 255, 0, 10, 255, 0, "{\"event\":\"GATEWAY_HELLO\",", ",\"type\":1}" }, \
    { GW_FROM_SERVER, 1, 34, 0, 1, 255, 0, 0, 255, 0, "{\"event\":\"GATEWAY_HELLO\",\"type\":1,", "" }, \
    { GW_FROM_SERVER, 1, 27, 0, 1, 255, 0, 10, 255, 5, "{\"event\":\"GATEWAY_INVALID\",", ",\"type\":1}" }, \
    { GW_FROM_SERVER, 1, 36, 0, 1, 255, 0, 0, 255, 5, "{\"event\":\"GATEWAY_INVALID\",\"type\":1,", "" }, \
    { GW_FROM_SERVER, 1, 24, 0, 1, 255, 0, 10, 255, 1, "{\"event\":\"GATEWAY_PING\",", ",\"type\":3}" }, \
    { GW_FROM_SERVER, 1, 33, 0, 1, 255, 0, 0, 255, 1, "{\"event\":\"GATEWAY_PING\",\"type\":3,", "" }, \
    { GW_FROM_SERVER, 1, 25, 0, 1, 255, 0, 10, 255, 2, "{\"event\":\"GATEWAY_READY\",", ",\"type\":1}" }, \
    { GW_FROM_SERVER, 1, 34, 0, 1, 255, 0, 0, 255, 2, "{\"event\":\"GATEWAY_READY\",\"type\":1,", "" }, \
    { GW_FROM_SERVER, 1, 26, 0, 1, 255, 0, 10, 255, 4, "{\"event\":\"GATEWAY_RESUME\",", ",\"type\":1}" }, \
    { GW_FROM_SERVER, 1, 35, 0, 1, 255, 0, 0, 255, 4, "{\"event\":\"GATEWAY_RESUME\",\"type\":1,", "" }, \
    { GW_FROM_SERVER, 1, 27, 0, 1, 255, 0, 10, 255, 3, "{\"event\":\"GATEWAY_RESUMED\",", ",\"type\":1}" }, \
    { GW_FROM_SERVER, 0, 36, 0, 1, 255, 0, 0, 255, 3, "{\"event\":\"GATEWAY_RESUMED\",\"type\":1,", "" }, \
    { GW_FROM_SERVER, 0, 41, 0, 1, 255, 0, 0, 255, 1, "{\012  \"type\": 3,\012  \"event\": \"GATEWAY_PING\",", "" }, \
    { GW_FROM_SERVER, 0, 48, 0, 1, 255, 0, 0, 255, 9, "{\012  \"type\": 8,\012  \"event\": \"INTERACTION_DISCORD\",", "" }, \
    { GW_FROM_SERVER, 0, 42, 0, 1, 255, 0, 0, 255, 6, "{\012  \"type\": 2,\012  \"event\": \"GATEWAY_ERROR\",", "" }, \
    { GW_FROM_SERVER, 1, 31, 0, 1, 255, 0, 10, 255, 9, "{\"event\":\"INTERACTION_DISCORD\",", ",\"type\":8}" }, \
    { GW_FROM_SERVER, 0, 40, 0, 1, 255, 0, 0, 255, 9, "{\"event\":\"INTERACTION_DISCORD\",\"type\":8,", "" }, \
    { GW_FROM_SERVER, 1, 34, 0, 1, 255, 0, 0, 255, 0, "{\"type\":1,\"event\":\"GATEWAY_HELLO\",", "" }, \
    { GW_FROM_SERVER, 1, 36, 0, 1, 255, 0, 0, 255, 5, "{\"type\":1,\"event\":\"GATEWAY_INVALID\",", "" }, \
    { GW_FROM_SERVER, 1, 34, 0, 1, 255, 0, 0, 255, 2, "{\"type\":1,\"event\":\"GATEWAY_READY\",", "" }, \
    { GW_FROM_SERVER, 1, 35, 0, 1, 255, 0, 0, 255, 4, "{\"type\":1,\"event\":\"GATEWAY_RESUME\",", "" }, \
    { GW_FROM_SERVER, 0, 36, 0, 1, 255, 0, 0, 255, 3, "{\"type\":1,\"event\":\"GATEWAY_RESUMED\",", "" }, \
    { GW_FROM_SERVER, 0, 40, 0, 1, 255, 0, 0, 255, 9, "{\"type\":8,\"event\":\"INTERACTION_DISCORD\",", "" }, \
    { GW_FROM_SERVER, 0, 34, 0, 1, 255, 0, 0, 255, 6, "{\"type\":2,\"event\":\"GATEWAY_ERROR\",", "" }, \
    { GW_FROM_SERVER, 0, 33, 0, 1, 255, 0, 0, 255, 1, "{\"type\":3,\"event\":\"GATEWAY_PING\",", "" },)
#define GW__LEAD_i386 GW__LEAD(0x9E5651B0EF953637ull, 56, "!!!!#!!!!!!!!!!!!!!!!!!!!!!!!!!%!'!!!!!!.!0!!!!!!!!!!!!!!1!!!!!!!!!!!!3!5!!!7!!!!!!!!!!!!!!!!!!!!!!!!!!!9!!!!!;!!!!!!!!!!!!!!!!!!?!@!!!!!!!!!!!H!!!!!!!!!!!!!!!!!!!J!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!L!!!!N!!!!!!!!!!!!!!!!R!!S!T!V!!!!!!!!!X!Z!!\\!!!!^!!!!", \
    { GW_FROM_CLIENT, 1, 22, 0, 3, 255, 0, 9, 255, 10, "{\"t\":\"MESSAGE_CREATE\",", ",\"f\":130}" }, \
    { GW_FROM_CLIENT, 0, 30, 0, 3, 255, 0, 0, 255, 10, "{\"t\":\"MESSAGE_CREATE\",\"f\":130,", "" }, \
    { GW_FROM_CLIENT, 1, 22, 0, 3, 255, 0, 9, 255, 13, "{\"t\":\"SYSTEM_BAN_ADD\",", ",\"f\":130}" }, \
    { GW_FROM_CLIENT, 0, 30, 0, 3, 255, 0, 0, 255, 13, "{\"t\":\"SYSTEM_BAN_ADD\",\"f\":130,", "" }, \
    { GW_FROM_SERVER, 1, 36, 0, 3, 255, 0, 0, 255, 8, "{\012  \"f\": 130,\012  \"t\": \"GATEWAY_DOWN\",", "" }, \
    { GW_FROM_SERVER, 1, 38, 0, 3, 255, 0, 0, 255, 3, "{\012  \"f\": 130,\012  \"t\": \"MESSAGE_CREATE\",", "" }, \
    { GW_FROM_SERVER, 1, 38, 0, 3, 255, 0, 0, 255, 4, "{\012  \"f\": 130,\012  \"t\": \"MESSAGE_DELETE\",", "" }, \
    { GW_FROM_SERVER, 1, 37, 0, 3, 255, 0, 0, 255, 6, "{\012  \"f\": 130,\012  \"t\": \"ROOM_USER_ADD\",", "" }, \
    { GW_FROM_SERVER, 1, 40, 0, 3, 255, 0, 0, 255, 7, "{\012  \"f\": 130,\012  \"t\": \"ROOM_USER_REMOVE\",", "" }, \
    { GW_FROM_SERVER, 1, 38, 0, 3, 255, 0, 0, 255, 9, "{\012  \"f\": 130,\012  \"t\": \"SERVER_MESSAGE\",", "" }, \
    { GW_FROM_SERVER, 0, 36, 0, 3, 255, 0, 0, 255, 5, "{\012  \"f\": 130,\012  \"t\": \"START_TYPING\",", "" }, \
    { GW_FROM_CLIENT, 1, 20, 0, 3, 255, 0, 9, 255, 15, "{\"t\":\"CHANNEL_MOVE\",", ",\"f\":130}" }, \
    { GW_FROM_CLIENT, 0, 28, 0, 3, 255, 0, 0, 255, 15, "{\"t\":\"CHANNEL_MOVE\",\"f\":130,", "" }, \
    { GW_FROM_SERVER, 0, 30, 0, 3, 255, 0, 0, 255, 9, "{\"f\":130,\"t\":\"SERVER_MESSAGE\",", "" }, \
    { GW_FROM_CLIENT, 1, 19, 0, 3, 255, 0, 9, 255, 14, "{\"t\":\"CHANNEL_ADD\",", ",\"f\":130}" }, \
    { GW_FROM_CLIENT, 0, 27, 0, 3, 255, 0, 0, 255, 14, "{\"t\":\"CHANNEL_ADD\",\"f\":130,", "" }, \
    { GW_FROM_CLIENT, 1, 22, 0, 3, 255, 0, 9, 255, 11, "{\"t\":\"MESSAGE_DELETE\",", ",\"f\":130}" }, \
    { GW_FROM_CLIENT, 0, 30, 0, 3, 255, 0, 0, 255, 11, "{\"t\":\"MESSAGE_DELETE\",\"f\":130,", "" }, \
    { GW_FROM_CLIENT, 1, 29, 0, 3, 255, 0, 0, 255, 16, "{\"f\":130,\"t\":\"ROOM_USER_ADD\",", "" }, \
    { GW_FROM_CLIENT, 0, 32, 0, 3, 255, 0, 0, 255, 17, "{\"f\":130,\"t\":\"ROOM_USER_REMOVE\",", "" }, \
    { GW_FROM_CLIENT, 1, 27, 0, 3, 255, 0, 0, 255, 14, "{\"f\":130,\"t\":\"CHANNEL_ADD\",", "" }, \
    { GW_FROM_CLIENT, 0, 28, 0, 3, 255, 0, 0, 255, 15, "{\"f\":130,\"t\":\"CHANNEL_MOVE\",", "" }, \
    { GW_FROM_SERVER, 1, 20, 0, 3, 255, 0, 9, 255, 5, "{\"t\":\"START_TYPING\",", ",\"f\":130}" }, \
    { GW_FROM_SERVER, 0, 28, 0, 3, 255, 0, 0, 255, 5, "{\"t\":\"START_TYPING\",\"f\":130,", "" }, \
    { GW_FROM_SERVER, 1, 21, 0, 3, 255, 0, 9, 255, 6, "{\"t\":\"ROOM_USER_ADD\",", ",\"f\":130}" }, \
    { GW_FROM_SERVER, 1, 29, 0, 3, 255, 0, 0, 255, 6, "{\"t\":\"ROOM_USER_ADD\",\"f\":130,", "" }, \
    { GW_FROM_SERVER, 1, 24, 0, 3, 255, 0, 9, 255, 7, "{\"t\":\"ROOM_USER_REMOVE\",", ",\"f\":130}" }, \
    { GW_FROM_SERVER, 0, 32, 0, 3, 255, 0, 0, 255, 7, "{\"t\":\"ROOM_USER_REMOVE\",\"f\":130,", "" }, \
    { GW_FROM_SERVER, 0, 28, 0, 3, 255, 0, 0, 255, 5, "{\"f\":130,\"t\":\"START_TYPING\",", "" }, \
    { GW_FROM_CLIENT, 1, 35, 0, 3, 255, 0, 0, 255, 14, "{\012  \"f\": 130,\012  \"t\": \"CHANNEL_ADD\",", "" }, \
    { GW_FROM_CLIENT, 1, 36, 0, 3, 255, 0, 0, 255, 15, "{\012  \"f\": 130,\012  \"t\": \"CHANNEL_MOVE\",", "" }, \
    { GW_FROM_CLIENT, 1, 38, 0, 3, 255, 0, 0, 255, 10, "{\012  \"f\": 130,\012  \"t\": \"MESSAGE_CREATE\",", "" }, \
    { GW_FROM_CLIENT, 1, 38, 0, 3, 255, 0, 0, 255, 11, "{\012  \"f\": 130,\012  \"t\": \"MESSAGE_DELETE\",", "" }, \
    { GW_FROM_CLIENT, 1, 37, 0, 3, 255, 0, 0, 255, 16, "{\012  \"f\": 130,\012  \"t\": \"ROOM_USER_ADD\",", "" }, \
    { GW_FROM_CLIENT, 1, 40, 0, 3, 255, 0, 0, 255, 17, "{\012  \"f\": 130,\012  \"t\": \"ROOM_USER_REMOVE\",", "" }, \
    { GW_FROM_CLIENT, 1, 36, 0, 3, 255, 0, 0, 255, 12, "{\012  \"f\": 130,\012  \"t\": \"START_TYPING\",", "" }, \
    { GW_FROM_CLIENT, 0, 38, 0, 3, 255, 0, 0, 255, 13, "{\012  \"f\": 130,\012  \"t\": \"SYSTEM_BAN_ADD\",", "" }, \
    { GW_FROM_SERVER, 1, 30, 0, 3, 255, 0, 0, 255, 3, "{\"f\":130,\"t\":\"MESSAGE_CREATE\",", "" }, \
    { GW_FROM_SERVER, 0, 30, 0, 3, 255, 0, 0, 255, 4, "{\"f\":130,\"t\":\"MESSAGE_DELETE\",", "" }, \
    { GW_FROM_SERVER, 1, 22, 0, 3, 255, 0, 9, 255, 3, "{\"t\":\"MESSAGE_CREATE\",", ",\"f\":130}" }, \
    { GW_FROM_SERVER, 0, 30, 0, 3, 255, 0, 0, 255, 3, "{\"t\":\"MESSAGE_CREATE\",\"f\":130,", "" }, \
    { GW_FROM_CLIENT, 1, 20, 0, 3, 255, 0, 9, 255, 12, "{\"t\":\"START_TYPING\",", ",\"f\":130}" }, \
    { GW_FROM_CLIENT, 0, 28, 0, 3, 255, 0, 0, 255, 12, "{\"t\":\"START_TYPING\",\"f\":130,", "" }, \
    { GW_FROM_CLIENT, 1, 21, 0, 3, 255, 0, 9, 255, 16, "{\"t\":\"ROOM_USER_ADD\",", ",\"f\":130}" }, \
    { GW_FROM_CLIENT, 1, 29, 0, 3, 255, 0, 0, 255, 16, "{\"t\":\"ROOM_USER_ADD\",\"f\":130,", "" }, \
    { GW_FROM_CLIENT, 1, 24, 0, 3, 255, 0, 9, 255, 17, "{\"t\":\"ROOM_USER_REMOVE\",", ",\"f\":130}" }, \
    { GW_FROM_CLIENT, 0, 32, 0, 3, 255, 0, 0, 255, 17, "{\"t\":\"ROOM_USER_REMOVE\",\"f\":130,", "" }, \
    { GW_FROM_CLIENT, 0, 30, 0, 3, 255, 0, 0, 255, 13, "{\"f\":130,\"t\":\"SYSTEM_BAN_ADD\",", "" }, \
    { GW_FROM_CLIENT, 0, 28, 0, 3, 255, 0, 0, 255, 12, "{\"f\":130,\"t\":\"START_TYPING\",", "" }, \
    { GW_FROM_SERVER, 1, 22, 0, 3, 255, 0, 9, 255, 4, "{\"t\":\"MESSAGE_DELETE\",", ",\"f\":130}" }, \
    { GW_FROM_SERVER, 0, 30, 0, 3, 255, 0, 0, 255, 4, "{\"t\":\"MESSAGE_DELETE\",\"f\":130,", "" }, \
    { GW_FROM_SERVER, 1, 29, 0, 3, 255, 0, 0, 255, 6, "{\"f\":130,\"t\":\"ROOM_USER_ADD\",", "" }, \
    { GW_FROM_SERVER, 0, 32, 0, 3, 255, 0, 0, 255, 7, "{\"f\":130,\"t\":\"ROOM_USER_REMOVE\",", "" }, \
    { GW_FROM_CLIENT, 1, 30, 0, 3, 255, 0, 0, 255, 10, "{\"f\":130,\"t\":\"MESSAGE_CREATE\",", "" }, \
    { GW_FROM_CLIENT, 0, 30, 0, 3, 255, 0, 0, 255, 11, "{\"f\":130,\"t\":\"MESSAGE_DELETE\",", "" }, \
    { GW_FROM_SERVER, 1, 22, 0, 3, 255, 0, 9, 255, 9, "{\"t\":\"SERVER_MESSAGE\",", ",\"f\":130}" }, \
    { GW_FROM_SERVER, 0, 30, 0, 3, 255, 0, 0, 255, 9, "{\"t\":\"SERVER_MESSAGE\",\"f\":130,", "" }, \
    { GW_FROM_SERVER, 1, 20, 0, 3, 255, 0, 9, 255, 8, "{\"t\":\"GATEWAY_DOWN\",", ",\"f\":130}" }, \
    { GW_FROM_SERVER, 0, 28, 0, 3, 255, 0, 0, 255, 8, "{\"t\":\"GATEWAY_DOWN\",\"f\":130,", "" }, \
    { GW_FROM_SERVER, 0, 28, 0, 3, 255, 0, 0, 255, 8, "{\"f\":130,\"t\":\"GATEWAY_DOWN\",", "" },)
#define GW__LEAD_ms GW__LEAD(0x63CBE1E459320DD7ull, 57, "!!!!!#!!%!!!&!!!!!(!!!!!!!!!!!!)!!!!!!!!!!!!!*!!!!!!!!!!,!-!!!!!!!!.!!/!!!!!!!!!!!!!!!0!1!7!!!!!!!!!!!8!!!!!!!!!!!9!!!!!!!!?!!!!", \
    { GW_FROM_SERVER, 1, 18, 0, 1, 255, 0, 8, 255, 4, "{\"t\":\"IDENTIFIED\",", ",\"op\":2}" }, \
    { GW_FROM_SERVER, 0, 25, 0, 1, 255, 0, 0, 255, 4, "{\"t\":\"IDENTIFIED\",\"op\":2,", "" }, \
    { GW_FROM_CLIENT, 0, 30, 0, 1, 255, 0, 0, 255, 3, "{\"op\":2,\"t\":\"EXECUTE_COMMAND\",", "" }, \
    { GW_FROM_SERVER, 1, 38, 0, 1, 255, 0, 0, 255, 3, "{\012  \"op\": 2,\012  \"t\": \"EXECUTE_COMMAND\",", "" }, \
    { GW_FROM_SERVER, 0, 33, 0, 1, 255, 0, 0, 255, 4, "{\012  \"op\": 2,\012  \"t\": \"IDENTIFIED\",", "" }, \
    { GW_FROM_CLIENT, 0, 20, 0, 0, 1, 3, 8, 255, 11, "{\"d\":{\"type\":\"user\",", ",\"op\":5}" }, \
    { GW_FROM_CLIENT, 0, 23, 0, 0, 1, 5, 8, 255, 15, "{\"d\":{\"type\":\"channel\",", ",\"op\":5}" }, \
    { GW_FROM_SERVER, 1, 23, 0, 1, 255, 0, 8, 255, 3, "{\"t\":\"EXECUTE_COMMAND\",", ",\"op\":2}" }, \
    { GW_FROM_SERVER, 0, 30, 0, 1, 255, 0, 0, 255, 3, "{\"t\":\"EXECUTE_COMMAND\",\"op\":2,", "" }, \
    { GW_FROM_CLIENT, 0, 26, 0, 0, 1, 6, 8, 255, 17, "{\"d\":{\"type\":\"voiceState\",", ",\"op\":5}" }, \
    { GW_FROM_SERVER, 0, 30, 0, 1, 255, 0, 0, 255, 3, "{\"op\":2,\"t\":\"EXECUTE_COMMAND\",", "" }, \
    { GW_FROM_CLIENT, 0, 20, 0, 0, 1, 2, 8, 255, 9, "{\"d\":{\"type\":\"role\",", ",\"op\":5}" }, \
    { GW_FROM_CLIENT, 0, 22, 0, 0, 1, 1, 8, 255, 7, "{\"d\":{\"type\":\"member\",", ",\"op\":5}" }, \
    { GW_FROM_CLIENT, 0, 21, 0, 0, 1, 4, 8, 255, 13, "{\"d\":{\"type\":\"guild\",", ",\"op\":5}" }, \
    { GW_FROM_CLIENT, 1, 44, 0, 0, 1, 5, 0, 255, 15, "{\012  \"op\": 5,\012  \"d\": {\012    \"type\": \"channel\",", "" }, \
    { GW_FROM_CLIENT, 1, 42, 0, 0, 1, 4, 0, 255, 13, "{\012  \"op\": 5,\012  \"d\": {\012    \"type\": \"guild\",", "" }, \
    { GW_FROM_CLIENT, 1, 43, 0, 0, 1, 1, 0, 255, 7, "{\012  \"op\": 5,\012  \"d\": {\012    \"type\": \"member\",", "" }, \
    { GW_FROM_CLIENT, 1, 41, 0, 0, 1, 2, 0, 255, 9, "{\012  \"op\": 5,\012  \"d\": {\012    \"type\": \"role\",", "" }, \
    { GW_FROM_CLIENT, 1, 41, 0, 0, 1, 3, 0, 255, 11, "{\012  \"op\": 5,\012  \"d\": {\012    \"type\": \"user\",", "" }, \
    { GW_FROM_CLIENT, 0, 47, 0, 0, 1, 6, 0, 255, 17, "{\012  \"op\": 5,\012  \"d\": {\012    \"type\": \"voiceState\",", "" }, \
    { GW_FROM_CLIENT, 0, 38, 0, 1, 255, 0, 0, 255, 3, "{\012  \"op\": 2,\012  \"t\": \"EXECUTE_COMMAND\",", "" }, \
    { GW_FROM_SERVER, 0, 25, 0, 1, 255, 0, 0, 255, 4, "{\"op\":2,\"t\":\"IDENTIFIED\",", "" }, \
    { GW_FROM_CLIENT, 1, 30, 0, 0, 1, 5, 0, 255, 15, "{\"op\":5,\"d\":{\"type\":\"channel\",", "" }, \
    { GW_FROM_CLIENT, 1, 28, 0, 0, 1, 4, 0, 255, 13, "{\"op\":5,\"d\":{\"type\":\"guild\",", "" }, \
    { GW_FROM_CLIENT, 1, 29, 0, 0, 1, 1, 0, 255, 7, "{\"op\":5,\"d\":{\"type\":\"member\",", "" }, \
    { GW_FROM_CLIENT, 1, 27, 0, 0, 1, 2, 0, 255, 9, "{\"op\":5,\"d\":{\"type\":\"role\",", "" }, \
    { GW_FROM_CLIENT, 1, 27, 0, 0, 1, 3, 0, 255, 11, "{\"op\":5,\"d\":{\"type\":\"user\",", "" }, \
    { GW_FROM_CLIENT, 0, 33, 0, 0, 1, 6, 0, 255, 17, "{\"op\":5,\"d\":{\"type\":\"voiceState\",", "" }, \
    { GW_FROM_CLIENT, 1, 23, 0, 1, 255, 0, 8, 255, 3, "{\"t\":\"EXECUTE_COMMAND\",", ",\"op\":2}" }, \
    { GW_FROM_CLIENT, 0, 30, 0, 1, 255, 0, 0, 255, 3, "{\"t\":\"EXECUTE_COMMAND\",\"op\":2,", "" },)
#define GW__LEAD_ng GW__LEAD(0x63CBE1E459320DD7ull, 57, "!!!!!!!!#!!!!!!!!!!!!!!!!!!!!%!!!!!!!!!!!!!!!!!!!!!!'!!!!!*!!!!!!!!!!!!!!!!!!!!-!!!!!!!!!!!!!!!!!3!!!!!!!!!!!!4!!5!!!!!8!!!!!!!!", \
    { GW_FROM_CLIENT, 1, 32, 0, 255, 255, 0, 0, 255, 14, "{\012  \"op\": \"update_voice_server\",", "" }, \
    { GW_FROM_CLIENT, 0, 31, 0, 255, 255, 0, 0, 255, 13, "{\012  \"op\": \"update_voice_state\",", "" }, \
    { GW_FROM_CLIENT, 1, 28, 0, 255, 255, 0, 0, 255, 14, "{\"op\":\"update_voice_server\",", "" }, \
    { GW_FROM_CLIENT, 0, 27, 0, 255, 255, 0, 0, 255, 13, "{\"op\":\"update_voice_state\",", "" }, \
    { GW_FROM_SERVER, 1, 55, 0, 0, 1, 0, 0, 255, 9, "{\012  \"op\": \"event\",\012  \"data\": {\012    \"type\": \"track_end\",", "" }, \
    { GW_FROM_SERVER, 1, 59, 0, 0, 1, 0, 0, 255, 11, "{\012  \"op\": \"event\",\012  \"data\": {\012    \"type\": \"track_errored\",", "" }, \
    { GW_FROM_SERVER, 0, 57, 0, 0, 1, 0, 0, 255, 6, "{\012  \"op\": \"event\",\012  \"data\": {\012    \"type\": \"track_start\",", "" }, \
    { GW_FROM_SERVER, 1, 68, 0, 0, 1, 0, 0, 255, 3, "{\012  \"op\": \"update_state\",\012  \"data\": {\012    \"type\": \"connect_gateway\",", "" }, \
    { GW_FROM_SERVER, 1, 71, 0, 0, 1, 0, 0, 255, 5, "{\012  \"op\": \"update_state\",\012  \"data\": {\012    \"type\": \"disconnect_gateway\",", "" }, \
    { GW_FROM_SERVER, 0, 70, 0, 0, 1, 0, 0, 255, 4, "{\012  \"op\": \"update_state\",\012  \"data\": {\012    \"type\": \"reconnect_gateway\",", "" }, \
    { GW_FROM_SERVER, 1, 34, 0, 0, 1, 0, 21, 255, 3, "{\"data\":{\"type\":\"connect_gateway\",", ",\"op\":\"update_state\"}" }, \
    { GW_FROM_SERVER, 1, 37, 0, 0, 1, 0, 21, 255, 5, "{\"data\":{\"type\":\"disconnect_gateway\",", ",\"op\":\"update_state\"}" }, \
    { GW_FROM_SERVER, 1, 36, 0, 0, 1, 0, 21, 255, 4, "{\"data\":{\"type\":\"reconnect_gateway\",", ",\"op\":\"update_state\"}" }, \
    { GW_FROM_SERVER, 1, 28, 0, 0, 1, 0, 14, 255, 9, "{\"data\":{\"type\":\"track_end\",", ",\"op\":\"event\"}" }, \
    { GW_FROM_SERVER, 1, 32, 0, 0, 1, 0, 14, 255, 11, "{\"data\":{\"type\":\"track_errored\",", ",\"op\":\"event\"}" }, \
    { GW_FROM_SERVER, 0, 30, 0, 0, 1, 0, 14, 255, 6, "{\"data\":{\"type\":\"track_start\",", ",\"op\":\"event\"}" }, \
    { GW_FROM_SERVER, 0, 16, 0, 255, 255, 0, 0, 255, 1, "{\"op\":\"forward\",", "" }, \
    { GW_FROM_SERVER, 0, 20, 0, 255, 255, 0, 0, 255, 1, "{\012  \"op\": \"forward\",", "" }, \
    { GW_FROM_SERVER, 1, 41, 0, 0, 1, 0, 0, 255, 9, "{\"op\":\"event\",\"data\":{\"type\":\"track_end\",", "" }, \
    { GW_FROM_SERVER, 1, 45, 0, 0, 1, 0, 0, 255, 11, "{\"op\":\"event\",\"data\":{\"type\":\"track_errored\",", "" }, \
    { GW_FROM_SERVER, 0, 43, 0, 0, 1, 0, 0, 255, 6, "{\"op\":\"event\",\"data\":{\"type\":\"track_start\",", "" }, \
    { GW_FROM_SERVER, 1, 54, 0, 0, 1, 0, 0, 255, 3, "{\"op\":\"update_state\",\"data\":{\"type\":\"connect_gateway\",", "" }, \
    { GW_FROM_SERVER, 1, 57, 0, 0, 1, 0, 0, 255, 5, "{\"op\":\"update_state\",\"data\":{\"type\":\"disconnect_gateway\",", "" }, \
    { GW_FROM_SERVER, 0, 56, 0, 0, 1, 0, 0, 255, 4, "{\"op\":\"update_state\",\"data\":{\"type\":\"reconnect_gateway\",", "" },)
#define GW__LEAD_dmod GW__LEAD(0xB0643A4E15E67E01ull, 56, "!!!!#!!!$!!!!%!&!!!!!!!*!!!!!!,!!0!!!!1!!!!!2!!!!!!!!!3!!!!!!!!!!5!!!7!!!!!!!!!9!!!:!!!!B!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!F!!!!H!!I!!!!!!J!!!!!!!!!!!K!!!!!!!!!M!!!!!!!!O!!!!!!!!!!!!!!!!!!!!!!!!!S!!!!!W!!!!!!!!!!!Y!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!![\\!!!!", \
    { GW_FROM_SERVER, 0, 17, 0, 255, 255, 0, 0, 1, 2, "{\"op\":2,\"t\":null,", "" }, \
    { GW_FROM_SERVER, 0, 17, 0, 255, 255, 0, 0, 1, 0, "{\"op\":0,\"t\":null,", "" }, \
    { GW_FROM_SERVER, 0, 25, 0, 255, 255, 0, 0, 1, 3, "{\012  \"op\": 3,\012  \"t\": null,", "" }, \
    { GW_FROM_SERVER, 1, 31, 0, 1, 255, 0, 8, 255, 9, "{\"t\":\"APPLICATION_SESSION_END\",", ",\"op\":5}" }, \
    { GW_FROM_SERVER, 1, 38, 0, 1, 255, 0, 0, 255, 9, "{\"t\":\"APPLICATION_SESSION_END\",\"op\":5,", "" }, \
    { GW_FROM_SERVER, 1, 32, 0, 1, 255, 0, 8, 255, 8, "{\"t\":\"APPLICATION_SESSION_HB_P\",", ",\"op\":5}" }, \
    { GW_FROM_SERVER, 0, 39, 0, 1, 255, 0, 0, 255, 8, "{\"t\":\"APPLICATION_SESSION_HB_P\",\"op\":5,", "" }, \
    { GW_FROM_CLIENT, 1, 38, 0, 2, 255, 0, 0, 255, 14, "{\012  \"op\": 6,\012  \"cmd\": \"CONNECT_GUILD\",", "" }, \
    { GW_FROM_CLIENT, 0, 41, 0, 2, 255, 0, 0, 255, 15, "{\012  \"op\": 6,\012  \"cmd\": \"DESCONNECT_GUILD\",", "" }, \
    { GW_FROM_CLIENT, 1, 36, 0, 2, 255, 0, 0, 255, 19, "{\"op\":7,\"cmd\":\"APPLICATION_SESSION\",", "" }, \
    { GW_FROM_CLIENT, 1, 40, 0, 2, 255, 0, 0, 255, 20, "{\"op\":7,\"cmd\":\"APPLICATION_SESSION_END\",", "" }, \
    { GW_FROM_CLIENT, 1, 41, 0, 2, 255, 0, 0, 255, 22, "{\"op\":7,\"cmd\":\"APPLICATION_SESSION_HB_M\",", "" }, \
    { GW_FROM_CLIENT, 0, 43, 0, 2, 255, 0, 0, 255, 21, "{\"op\":7,\"cmd\":\"APPLICATION_SESSION_REAUTH\",", "" }, \
    { GW_FROM_SERVER, 0, 31, 0, 0, 2, 0, 8, 255, 18, "{\"d\":{\"for\":\"DESCONNECT_GUILD\",", ",\"op\":7}" }, \
    { GW_FROM_SERVER, 0, 25, 0, 255, 255, 0, 0, 1, 2, "{\012  \"op\": 2,\012  \"t\": null,", "" }, \
    { GW_FROM_SERVER, 0, 25, 0, 255, 255, 0, 0, 1, 0, "{\012  \"op\": 0,\012  \"t\": null,", "" }, \
    { GW_FROM_SERVER, 1, 38, 0, 1, 255, 0, 0, 255, 9, "{\"op\":5,\"t\":\"APPLICATION_SESSION_END\",", "" }, \
    { GW_FROM_SERVER, 0, 39, 0, 1, 255, 0, 0, 255, 8, "{\"op\":5,\"t\":\"APPLICATION_SESSION_HB_P\",", "" }, \
    { GW_FROM_CLIENT, 1, 23, 0, 2, 255, 0, 8, 255, 14, "{\"cmd\":\"CONNECT_GUILD\",", ",\"op\":6}" }, \
    { GW_FROM_CLIENT, 0, 30, 0, 2, 255, 0, 0, 255, 14, "{\"cmd\":\"CONNECT_GUILD\",\"op\":6,", "" }, \
    { GW_FROM_SERVER, 1, 35, 0, 0, 2, 0, 0, 255, 16, "{\"op\":7,\"d\":{\"for\":\"CONNECT_GUILD\",", "" }, \
    { GW_FROM_SERVER, 0, 38, 0, 0, 2, 0, 0, 255, 18, "{\"op\":7,\"d\":{\"for\":\"DESCONNECT_GUILD\",", "" }, \
    { GW_FROM_CLIENT, 0, 17, 0, 255, 255, 0, 0, 1, 4, "{\"op\":4,\"t\":null,", "" }, \
    { GW_FROM_CLIENT, 1, 29, 0, 2, 255, 0, 8, 255, 19, "{\"cmd\":\"APPLICATION_SESSION\",", ",\"op\":7}" }, \
    { GW_FROM_CLIENT, 1, 36, 0, 2, 255, 0, 0, 255, 19, "{\"cmd\":\"APPLICATION_SESSION\",\"op\":7,", "" }, \
    { GW_FROM_CLIENT, 1, 33, 0, 2, 255, 0, 8, 255, 20, "{\"cmd\":\"APPLICATION_SESSION_END\",", ",\"op\":7}" }, \
    { GW_FROM_CLIENT, 1, 40, 0, 2, 255, 0, 0, 255, 20, "{\"cmd\":\"APPLICATION_SESSION_END\",\"op\":7,", "" }, \
    { GW_FROM_CLIENT, 1, 34, 0, 2, 255, 0, 8, 255, 22, "{\"cmd\":\"APPLICATION_SESSION_HB_M\",", ",\"op\":7}" }, \
    { GW_FROM_CLIENT, 1, 41, 0, 2, 255, 0, 0, 255, 22, "{\"cmd\":\"APPLICATION_SESSION_HB_M\",\"op\":7,", "" }, \
    { GW_FROM_CLIENT, 1, 36, 0, 2, 255, 0, 8, 255, 21, "{\"cmd\":\"APPLICATION_SESSION_REAUTH\",", ",\"op\":7}" }, \
    { GW_FROM_CLIENT, 0, 43, 0, 2, 255, 0, 0, 255, 21, "{\"cmd\":\"APPLICATION_SESSION_REAUTH\",\"op\":7,", "" }, \
    { GW_FROM_SERVER, 1, 49, 0, 0, 2, 0, 0, 255, 16, "{\012  \"op\": 7,\012  \"d\": {\012    \"for\": \"CONNECT_GUILD\",", "" }, \
    { GW_FROM_SERVER, 1, 52, 0, 0, 2, 0, 0, 255, 18, "{\012  \"op\": 7,\012  \"d\": {\012    \"for\": \"DESCONNECT_GUILD\",", "" }, \
    { GW_FROM_SERVER, 1, 62, 0, 0, 2, 0, 0, 1, 16, "{\012  \"op\": 7,\012  \"t\": null,\012  \"d\": {\012    \"for\": \"CONNECT_GUILD\",", "" }, \
    { GW_FROM_SERVER, 0, 65, 0, 0, 2, 0, 0, 1, 18, "{\012  \"op\": 7,\012  \"t\": null,\012  \"d\": {\012    \"for\": \"DESCONNECT_GUILD\",", "" }, \
    { GW_FROM_SERVER, 1, 44, 0, 0, 2, 0, 0, 1, 16, "{\"op\":7,\"t\":null,\"d\":{\"for\":\"CONNECT_GUILD\",", "" }, \
    { GW_FROM_SERVER, 0, 47, 0, 0, 2, 0, 0, 1, 18, "{\"op\":7,\"t\":null,\"d\":{\"for\":\"DESCONNECT_GUILD\",", "" }, \
    { GW_FROM_SERVER, 0, 28, 0, 0, 2, 0, 8, 255, 16, "{\"d\":{\"for\":\"CONNECT_GUILD\",", ",\"op\":7}" }, \
    { GW_FROM_SERVER, 0, 17, 0, 255, 255, 0, 0, 1, 3, "{\"op\":3,\"t\":null,", "" }, \
    { GW_FROM_CLIENT, 0, 33, 0, 2, 255, 0, 0, 255, 15, "{\"op\":6,\"cmd\":\"DESCONNECT_GUILD\",", "" }, \
    { GW_FROM_SERVER, 1, 33, 0, 1, 255, 0, 8, 255, 7, "{\"t\":\"GUILD_MEMBER_COUNT_CHANGE\",", ",\"op\":5}" }, \
    { GW_FROM_SERVER, 0, 40, 0, 1, 255, 0, 0, 255, 7, "{\"t\":\"GUILD_MEMBER_COUNT_CHANGE\",\"op\":5,", "" }, \
    { GW_FROM_SERVER, 1, 30, 0, 1, 255, 0, 8, 255, 5, "{\"t\":\"GUILD_PRIVILEGE_UPDATE\",", ",\"op\":5}" }, \
    { GW_FROM_SERVER, 0, 37, 0, 1, 255, 0, 0, 255, 5, "{\"t\":\"GUILD_PRIVILEGE_UPDATE\",\"op\":5,", "" }, \
    { GW_FROM_CLIENT, 1, 44, 0, 2, 255, 0, 0, 255, 19, "{\012  \"op\": 7,\012  \"cmd\": \"APPLICATION_SESSION\",", "" }, \
    { GW_FROM_CLIENT, 1, 48, 0, 2, 255, 0, 0, 255, 20, "{\012  \"op\": 7,\012  \"cmd\": \"APPLICATION_SESSION_END\",", "" }, \
    { GW_FROM_CLIENT, 1, 49, 0, 2, 255, 0, 0, 255, 22, "{\012  \"op\": 7,\012  \"cmd\": \"APPLICATION_SESSION_HB_M\",", "" }, \
    { GW_FROM_CLIENT, 0, 51, 0, 2, 255, 0, 0, 255, 21, "{\012  \"op\": 7,\012  \"cmd\": \"APPLICATION_SESSION_REAUTH\",", "" }, \
    { GW_FROM_SERVER, 1, 46, 0, 1, 255, 0, 0, 255, 9, "{\012  \"op\": 5,\012  \"t\": \"APPLICATION_SESSION_END\",", "" }, \
    { GW_FROM_SERVER, 1, 47, 0, 1, 255, 0, 0, 255, 8, "{\012  \"op\": 5,\012  \"t\": \"APPLICATION_SESSION_HB_P\",", "" }, \
    { GW_FROM_SERVER, 1, 48, 0, 1, 255, 0, 0, 255, 7, "{\012  \"op\": 5,\012  \"t\": \"GUILD_MEMBER_COUNT_CHANGE\",", "" }, \
    { GW_FROM_SERVER, 0, 45, 0, 1, 255, 0, 0, 255, 5, "{\012  \"op\": 5,\012  \"t\": \"GUILD_PRIVILEGE_UPDATE\",", "" }, \
    { GW_FROM_SERVER, 1, 40, 0, 1, 255, 0, 0, 255, 7, "{\"op\":5,\"t\":\"GUILD_MEMBER_COUNT_CHANGE\",", "" }, \
    { GW_FROM_SERVER, 0, 37, 0, 1, 255, 0, 0, 255, 5, "{\"op\":5,\"t\":\"GUILD_PRIVILEGE_UPDATE\",", "" }, \
    { GW_FROM_CLIENT, 1, 26, 0, 2, 255, 0, 8, 255, 15, "{\"cmd\":\"DESCONNECT_GUILD\",", ",\"op\":6}" }, \
    { GW_FROM_CLIENT, 0, 33, 0, 2, 255, 0, 0, 255, 15, "{\"cmd\":\"DESCONNECT_GUILD\",\"op\":6,", "" }, \
    { GW_FROM_CLIENT, 0, 30, 0, 2, 255, 0, 0, 255, 14, "{\"op\":6,\"cmd\":\"CONNECT_GUILD\",", "" }, \
    { GW_FROM_CLIENT, 0, 25, 0, 255, 255, 0, 0, 1, 4, "{\012  \"op\": 4,\012  \"t\": null,", "" },)
#define GW__TAIL_sm GW__TAIL(0x63CBE1E459320DD7ull, 57, "!!!!!!!#!!!!!!%!!!!!!!!!!&!!!!!!!!!(!!)!!!!!!*!+!!!!!!!!!!!!!!!!!!!!-!!!!!!!!!!/!!1!!!!!!!!!!!!!!!2!!!!!!!!4!5!!6!!!!!!7!!!9!!!!", \
    { GW_FROM_SERVER, 1, 10, 27, 0, 1, 0, 255, 255, 5, "{\"type\":1,", ",\"event\":\"GATEWAY_INVALID\"}" }, \
    { GW_FROM_SERVER, 0, 0, 36, 0, 1, 0, 255, 255, 5, "", ",\"type\":1,\"event\":\"GATEWAY_INVALID\"}" }, \
    { GW_FROM_SERVER, 0, 0, 34, 0, 1, 0, 255, 255, 2, "", ",\"event\":\"GATEWAY_READY\",\"type\":1}" }, \
    { GW_FROM_SERVER, 1, 10, 27, 0, 1, 0, 255, 255, 3, "{\"type\":1,", ",\"event\":\"GATEWAY_RESUMED\"}" }, \
    { GW_FROM_SERVER, 0, 0, 36, 0, 1, 0, 255, 255, 3, "", ",\"type\":1,\"event\":\"GATEWAY_RESUMED\"}" }, \
    { GW_FROM_SERVER, 0, 0, 34, 0, 1, 0, 255, 255, 0, "", ",\"event\":\"GATEWAY_HELLO\",\"type\":1}" }, \
    { GW_FROM_SERVER, 0, 0, 40, 0, 1, 0, 255, 255, 9, "", ",\"event\":\"INTERACTION_DISCORD\",\"type\":8}" }, \
    { GW_FROM_SERVER, 0, 0, 36, 0, 1, 0, 255, 255, 3, "", ",\"event\":\"GATEWAY_RESUMED\",\"type\":1}" }, \
    { GW_FROM_SERVER, 1, 10, 25, 0, 1, 0, 255, 255, 0, "{\"type\":1,", ",\"event\":\"GATEWAY_HELLO\"}" }, \
    { GW_FROM_SERVER, 0, 0, 34, 0, 1, 0, 255, 255, 0, "", ",\"type\":1,\"event\":\"GATEWAY_HELLO\"}" }, \
    { GW_FROM_SERVER, 1, 10, 26, 0, 1, 0, 255, 255, 4, "{\"type\":1,", ",\"event\":\"GATEWAY_RESUME\"}" }, \
    { GW_FROM_SERVER, 0, 0, 35, 0, 1, 0, 255, 255, 4, "", ",\"type\":1,\"event\":\"GATEWAY_RESUME\"}" }, \
    { GW_FROM_SERVER, 1, 10, 31, 0, 1, 0, 255, 255, 9, "{\"type\":8,", ",\"event\":\"INTERACTION_DISCORD\"}" }, \
    { GW_FROM_SERVER, 0, 0, 40, 0, 1, 0, 255, 255, 9, "", ",\"type\":8,\"event\":\"INTERACTION_DISCORD\"}" }, \
    { GW_FROM_SERVER, 0, 0, 35, 0, 1, 0, 255, 255, 4, "", ",\"event\":\"GATEWAY_RESUME\",\"type\":1}" }, \
    { GW_FROM_SERVER, 1, 10, 24, 0, 1, 0, 255, 255, 1, "{\"type\":3,", ",\"event\":\"GATEWAY_PING\"}" }, \
    { GW_FROM_SERVER, 0, 0, 33, 0, 1, 0, 255, 255, 1, "", ",\"type\":3,\"event\":\"GATEWAY_PING\"}" }, \
    { GW_FROM_SERVER, 0, 0, 33, 0, 1, 0, 255, 255, 1, "", ",\"event\":\"GATEWAY_PING\",\"type\":3}" }, \
    { GW_FROM_SERVER, 0, 0, 34, 0, 1, 0, 255, 255, 6, "", ",\"event\":\"GATEWAY_ERROR\",\"type\":2}" }, \
    { GW_FROM_SERVER, 0, 0, 36, 0, 1, 0, 255, 255, 5, "", ",\"event\":\"GATEWAY_INVALID\",\"type\":1}" }, \
    { GW_FROM_SERVER, 1, 10, 25, 0, 1, 0, 255, 255, 6, "{\"type\":2,", ",\"event\":\"GATEWAY_ERROR\"}" }, \
    { GW_FROM_SERVER, 0, 0, 34, 0, 1, 0, 255, 255, 6, "", ",\"type\":2,\"event\":\"GATEWAY_ERROR\"}" }, \
    { GW_FROM_SERVER, 1, 10, 25, 0, 1, 0, 255, 255, 2, "{\"type\":1,", ",\"event\":\"GATEWAY_READY\"}" }, \
    { GW_FROM_SERVER, 0, 0, 34, 0, 1, 0, 255, 255, 2, "", ",\"type\":1,\"event\":\"GATEWAY_READY\"}" },)
#define GW__TAIL_i386 GW__TAIL(0x43EC2BE544B589B7ull, 55, "!!!!!!!!!!!!!!!!!!#!!!$!!!!!!!!!&!!!!!!!!!!!!!!!!!!!!!!!!!!(!!!*!!!!!,!!!!!!!!!!!!!!!!-!!!/!!!0!!!!!!1!!!!!!!!!!!!!!!!!!!!!!!!!!!2!!!!!!!!!!!!3!!!!!!!!!!!4!!!5!!!!!!!!!!!!!!7!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!8!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!:!!!;!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!=!!!>!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!@!!!!!!!A!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!B!!DF!!!!!!!!!!!H!!!!!!!!!!I!!!!!!!!!!K!!!!!L!M!!!!!!!O!!!Q!!!!!!!!!!!!!!!!!!!!!!!!!!R!!!!S!!!!!!!!!!!!!", \
    { GW_FROM_CLIENT, 0, 0, 28, 0, 3, 0, 255, 255, 12, "", ",\"t\":\"START_TYPING\",\"f\":130}" }, \
    { GW_FROM_CLIENT, 1, 9, 20, 0, 3, 0, 255, 255, 12, "{\"f\":130,", ",\"t\":\"START_TYPING\"}" }, \
    { GW_FROM_CLIENT, 0, 0, 28, 0, 3, 0, 255, 255, 12, "", ",\"f\":130,\"t\":\"START_TYPING\"}" }, \
    { GW_FROM_SERVER, 1, 9, 21, 0, 3, 0, 255, 255, 6, "{\"f\":130,", ",\"t\":\"ROOM_USER_ADD\"}" }, \
    { GW_FROM_SERVER, 0, 0, 29, 0, 3, 0, 255, 255, 6, "", ",\"f\":130,\"t\":\"ROOM_USER_ADD\"}" }, \
    { GW_FROM_SERVER, 1, 9, 22, 0, 3, 0, 255, 255, 3, "{\"f\":130,", ",\"t\":\"MESSAGE_CREATE\"}" }, \
    { GW_FROM_SERVER, 0, 0, 30, 0, 3, 0, 255, 255, 3, "", ",\"f\":130,\"t\":\"MESSAGE_CREATE\"}" }, \
    { GW_FROM_CLIENT, 1, 9, 22, 0, 3, 0, 255, 255, 13, "{\"f\":130,", ",\"t\":\"SYSTEM_BAN_ADD\"}" }, \
    { GW_FROM_CLIENT, 0, 0, 30, 0, 3, 0, 255, 255, 13, "", ",\"f\":130,\"t\":\"SYSTEM_BAN_ADD\"}" }, \
    { GW_FROM_SERVER, 0, 0, 30, 0, 3, 0, 255, 255, 3, "", ",\"t\":\"MESSAGE_CREATE\",\"f\":130}" }, \
    { GW_FROM_SERVER, 1, 9, 22, 0, 3, 0, 255, 255, 4, "{\"f\":130,", ",\"t\":\"MESSAGE_DELETE\"}" }, \
    { GW_FROM_SERVER, 0, 0, 30, 0, 3, 0, 255, 255, 4, "", ",\"f\":130,\"t\":\"MESSAGE_DELETE\"}" }, \
    { GW_FROM_SERVER, 0, 0, 30, 0, 3, 0, 255, 255, 4, "", ",\"t\":\"MESSAGE_DELETE\",\"f\":130}" }, \
    { GW_FROM_SERVER, 0, 0, 9, 0, 255, 0, 255, 255, 34, "", ",\"f\":150}" }, \
    { GW_FROM_SERVER, 0, 0, 9, 0, 255, 0, 255, 255, 33, "", ",\"f\":140}" }, \
    { GW_FROM_SERVER, 0, 0, 9, 0, 255, 0, 255, 255, 0, "", ",\"f\":100}" }, \
    { GW_FROM_CLIENT, 0, 0, 32, 0, 3, 0, 255, 255, 17, "", ",\"t\":\"ROOM_USER_REMOVE\",\"f\":130}" }, \
    { GW_FROM_SERVER, 0, 0, 28, 0, 3, 0, 255, 255, 5, "", ",\"t\":\"START_TYPING\",\"f\":130}" }, \
    { GW_FROM_SERVER, 1, 9, 20, 0, 3, 0, 255, 255, 5, "{\"f\":130,", ",\"t\":\"START_TYPING\"}" }, \
    { GW_FROM_SERVER, 0, 0, 28, 0, 3, 0, 255, 255, 5, "", ",\"f\":130,\"t\":\"START_TYPING\"}" }, \
    { GW_FROM_SERVER, 0, 0, 28, 0, 3, 0, 255, 255, 8, "", ",\"t\":\"GATEWAY_DOWN\",\"f\":130}" }, \
    { GW_FROM_CLIENT, 1, 9, 20, 0, 3, 0, 255, 255, 15, "{\"f\":130,", ",\"t\":\"CHANNEL_MOVE\"}" }, \
    { GW_FROM_CLIENT, 0, 0, 28, 0, 3, 0, 255, 255, 15, "", ",\"f\":130,\"t\":\"CHANNEL_MOVE\"}" }, \
    { GW_FROM_SERVER, 0, 0, 32, 0, 3, 0, 255, 255, 7, "", ",\"t\":\"ROOM_USER_REMOVE\",\"f\":130}" }, \
    { GW_FROM_CLIENT, 1, 9, 19, 0, 3, 0, 255, 255, 14, "{\"f\":130,", ",\"t\":\"CHANNEL_ADD\"}" }, \
    { GW_FROM_CLIENT, 0, 0, 27, 0, 3, 0, 255, 255, 14, "", ",\"f\":130,\"t\":\"CHANNEL_ADD\"}" }, \
    { GW_FROM_CLIENT, 0, 0, 27, 0, 3, 0, 255, 255, 14, "", ",\"t\":\"CHANNEL_ADD\",\"f\":130}" }, \
    { GW_FROM_CLIENT, 1, 9, 24, 0, 3, 0, 255, 255, 17, "{\"f\":130,", ",\"t\":\"ROOM_USER_REMOVE\"}" }, \
    { GW_FROM_CLIENT, 0, 0, 32, 0, 3, 0, 255, 255, 17, "", ",\"f\":130,\"t\":\"ROOM_USER_REMOVE\"}" }, \
    { GW_FROM_CLIENT, 0, 0, 29, 0, 3, 0, 255, 255, 16, "", ",\"t\":\"ROOM_USER_ADD\",\"f\":130}" }, \
    { GW_FROM_SERVER, 0, 0, 30, 0, 3, 0, 255, 255, 9, "", ",\"t\":\"SERVER_MESSAGE\",\"f\":130}" }, \
    { GW_FROM_CLIENT, 1, 9, 21, 0, 3, 0, 255, 255, 16, "{\"f\":130,", ",\"t\":\"ROOM_USER_ADD\"}" }, \
    { GW_FROM_CLIENT, 0, 0, 29, 0, 3, 0, 255, 255, 16, "", ",\"f\":130,\"t\":\"ROOM_USER_ADD\"}" }, \
    { GW_FROM_SERVER, 1, 9, 20, 0, 3, 0, 255, 255, 8, "{\"f\":130,", ",\"t\":\"GATEWAY_DOWN\"}" }, \
    { GW_FROM_SERVER, 0, 0, 28, 0, 3, 0, 255, 255, 8, "", ",\"f\":130,\"t\":\"GATEWAY_DOWN\"}" }, \
    { GW_FROM_SERVER, 1, 9, 22, 0, 3, 0, 255, 255, 9, "{\"f\":130,", ",\"t\":\"SERVER_MESSAGE\"}" }, \
    { GW_FROM_SERVER, 0, 0, 30, 0, 3, 0, 255, 255, 9, "", ",\"f\":130,\"t\":\"SERVER_MESSAGE\"}" }, \
    { GW_FROM_CLIENT, 0, 0, 30, 0, 3, 0, 255, 255, 13, "", ",\"t\":\"SYSTEM_BAN_ADD\",\"f\":130}" }, \
    { GW_FROM_CLIENT, 1, 9, 22, 0, 3, 0, 255, 255, 10, "{\"f\":130,", ",\"t\":\"MESSAGE_CREATE\"}" }, \
    { GW_FROM_CLIENT, 0, 0, 30, 0, 3, 0, 255, 255, 10, "", ",\"f\":130,\"t\":\"MESSAGE_CREATE\"}" }, \
    { GW_FROM_CLIENT, 0, 0, 30, 0, 3, 0, 255, 255, 10, "", ",\"t\":\"MESSAGE_CREATE\",\"f\":130}" }, \
    { GW_FROM_CLIENT, 0, 0, 28, 0, 3, 0, 255, 255, 15, "", ",\"t\":\"CHANNEL_MOVE\",\"f\":130}" }, \
    { GW_FROM_SERVER, 1, 9, 24, 0, 3, 0, 255, 255, 7, "{\"f\":130,", ",\"t\":\"ROOM_USER_REMOVE\"}" }, \
    { GW_FROM_SERVER, 0, 0, 32, 0, 3, 0, 255, 255, 7, "", ",\"f\":130,\"t\":\"ROOM_USER_REMOVE\"}" }, \
    { GW_FROM_CLIENT, 1, 9, 22, 0, 3, 0, 255, 255, 11, "{\"f\":130,", ",\"t\":\"MESSAGE_DELETE\"}" }, \
    { GW_FROM_CLIENT, 0, 0, 30, 0, 3, 0, 255, 255, 11, "", ",\"f\":130,\"t\":\"MESSAGE_DELETE\"}" }, \
    { GW_FROM_CLIENT, 0, 0, 30, 0, 3, 0, 255, 255, 11, "", ",\"t\":\"MESSAGE_DELETE\",\"f\":130}" }, \
    { GW_FROM_SERVER, 0, 0, 29, 0, 3, 0, 255, 255, 6, "", ",\"t\":\"ROOM_USER_ADD\",\"f\":130}" }, \
    { GW_FROM_CLIENT, 0, 0, 9, 0, 255, 0, 255, 255, 1, "", ",\"f\":110}" },)
#define GW__TAIL_ms GW__TAIL(0x9E5651B0EF953637ull, 56, "!#!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!$!!!!!!!%&!!!!!!!!!!!!!'!(!!!!!!)!!+!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!,!!!!!!-!!!!!!!!!!!!!!!!!!!!!!!!!!.!!!!0!!!!!!!!!!!!!!!!!!!1!!!!!!!!!!!!!!2!!!!!!!!!!!!!!!!!!!!!!!!!!!3!!4!!!!!5!!!!!!!!!!!!!!!!!!!679!!!:!!!!!!!!!!!", \
    { GW_FROM_CLIENT, 0, 6, 26, 0, 0, 5, 1, 255, 15, "{\"d\":{", ",\"type\":\"channel\"},\"op\":5}" }, \
    { GW_FROM_CLIENT, 0, 6, 23, 0, 0, 3, 1, 255, 11, "{\"d\":{", ",\"type\":\"user\"},\"op\":5}" }, \
    { GW_FROM_CLIENT, 0, 0, 8, 0, 255, 0, 255, 255, 1, "", ",\"op\":1}" }, \
    { GW_FROM_SERVER, 0, 0, 25, 0, 1, 0, 255, 255, 4, "", ",\"t\":\"IDENTIFIED\",\"op\":2}" }, \
    { GW_FROM_SERVER, 0, 0, 8, 0, 255, 0, 255, 255, 5, "", ",\"op\":3}" }, \
    { GW_FROM_CLIENT, 0, 6, 25, 0, 0, 1, 1, 255, 7, "{\"d\":{", ",\"type\":\"member\"},\"op\":5}" }, \
    { GW_FROM_SERVER, 1, 8, 18, 0, 1, 0, 255, 255, 4, "{\"op\":2,", ",\"t\":\"IDENTIFIED\"}" }, \
    { GW_FROM_SERVER, 0, 0, 25, 0, 1, 0, 255, 255, 4, "", ",\"op\":2,\"t\":\"IDENTIFIED\"}" }, \
    { GW_FROM_CLIENT, 0, 6, 29, 0, 0, 6, 1, 255, 17, "{\"d\":{", ",\"type\":\"voiceState\"},\"op\":5}" }, \
    { GW_FROM_CLIENT, 0, 6, 24, 0, 0, 4, 1, 255, 13, "{\"d\":{", ",\"type\":\"guild\"},\"op\":5}" }, \
    { GW_FROM_SERVER, 0, 0, 30, 0, 1, 0, 255, 255, 3, "", ",\"t\":\"EXECUTE_COMMAND\",\"op\":2}" }, \
    { GW_FROM_SERVER, 1, 8, 23, 0, 1, 0, 255, 255, 3, "{\"op\":2,", ",\"t\":\"EXECUTE_COMMAND\"}" }, \
    { GW_FROM_SERVER, 0, 0, 30, 0, 1, 0, 255, 255, 3, "", ",\"op\":2,\"t\":\"EXECUTE_COMMAND\"}" }, \
    { GW_FROM_CLIENT, 0, 13, 17, 0, 0, 4, 1, 255, 13, "{\"op\":5,\"d\":{", ",\"type\":\"guild\"}}" }, \
    { GW_FROM_CLIENT, 0, 13, 22, 0, 0, 6, 1, 255, 17, "{\"op\":5,\"d\":{", ",\"type\":\"voiceState\"}}" }, \
    { GW_FROM_CLIENT, 0, 13, 16, 0, 0, 3, 1, 255, 11, "{\"op\":5,\"d\":{", ",\"type\":\"user\"}}" }, \
    { GW_FROM_CLIENT, 0, 13, 18, 0, 0, 1, 1, 255, 7, "{\"op\":5,\"d\":{", ",\"type\":\"member\"}}" }, \
    { GW_FROM_CLIENT, 0, 0, 30, 0, 1, 0, 255, 255, 3, "", ",\"t\":\"EXECUTE_COMMAND\",\"op\":2}" }, \
    { GW_FROM_CLIENT, 0, 6, 23, 0, 0, 2, 1, 255, 9, "{\"d\":{", ",\"type\":\"role\"},\"op\":5}" }, \
    { GW_FROM_CLIENT, 0, 13, 19, 0, 0, 5, 1, 255, 15, "{\"op\":5,\"d\":{", ",\"type\":\"channel\"}}" }, \
    { GW_FROM_CLIENT, 1, 8, 23, 0, 1, 0, 255, 255, 3, "{\"op\":2,", ",\"t\":\"EXECUTE_COMMAND\"}" }, \
    { GW_FROM_CLIENT, 0, 0, 30, 0, 1, 0, 255, 255, 3, "", ",\"op\":2,\"t\":\"EXECUTE_COMMAND\"}" }, \
    { GW_FROM_CLIENT, 0, 13, 16, 0, 0, 2, 1, 255, 9, "{\"op\":5,\"d\":{", ",\"type\":\"role\"}}" }, \
    { GW_FROM_CLIENT, 0, 0, 8, 0, 255, 0, 255, 255, 0, "", ",\"op\":0}" },)
#define GW__TAIL_ng GW__TAIL(0x63CBE1E459320DD7ull, 57, "!!!!!!!!#!!!!!!!!!!!!$!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!%!!!&!!!!!!!!!!!!!!!!'!!!*!!!!!!!!!!-!0!!!1!!!!!!!!!!!!!!!!!!!!!!!2!!!!!!!!!", \
    { GW_FROM_SERVER, 0, 22, 23, 0, 0, 0, 1, 255, 6, "{\"op\":\"event\",\"data\":{", ",\"type\":\"track_start\"}}" }, \
    { GW_FROM_SERVER, 0, 0, 16, 0, 255, 0, 255, 255, 1, "", ",\"op\":\"forward\"}" }, \
    { GW_FROM_SERVER, 0, 22, 25, 0, 0, 0, 1, 255, 11, "{\"op\":\"event\",\"data\":{", ",\"type\":\"track_errored\"}}" }, \
    { GW_FROM_CLIENT, 0, 0, 27, 0, 255, 0, 255, 255, 13, "", ",\"op\":\"update_voice_state\"}" }, \
    { GW_FROM_SERVER, 1, 9, 34, 0, 0, 0, 1, 255, 9, "{\"data\":{", ",\"type\":\"track_end\"},\"op\":\"event\"}" }, \
    { GW_FROM_SERVER, 1, 9, 36, 0, 0, 0, 1, 255, 6, "{\"data\":{", ",\"type\":\"track_start\"},\"op\":\"event\"}" }, \
    { GW_FROM_SERVER, 0, 9, 38, 0, 0, 0, 1, 255, 11, "{\"data\":{", ",\"type\":\"track_errored\"},\"op\":\"event\"}" }, \
    { GW_FROM_SERVER, 1, 29, 27, 0, 0, 0, 1, 255, 3, "{\"op\":\"update_state\",\"data\":{", ",\"type\":\"connect_gateway\"}}" }, \
    { GW_FROM_SERVER, 1, 29, 29, 0, 0, 0, 1, 255, 4, "{\"op\":\"update_state\",\"data\":{", ",\"type\":\"reconnect_gateway\"}}" }, \
    { GW_FROM_SERVER, 0, 29, 30, 0, 0, 0, 1, 255, 5, "{\"op\":\"update_state\",\"data\":{", ",\"type\":\"disconnect_gateway\"}}" }, \
    { GW_FROM_SERVER, 1, 9, 47, 0, 0, 0, 1, 255, 3, "{\"data\":{", ",\"type\":\"connect_gateway\"},\"op\":\"update_state\"}" }, \
    { GW_FROM_SERVER, 1, 9, 49, 0, 0, 0, 1, 255, 4, "{\"data\":{", ",\"type\":\"reconnect_gateway\"},\"op\":\"update_state\"}" }, \
    { GW_FROM_SERVER, 0, 9, 50, 0, 0, 0, 1, 255, 5, "{\"data\":{", ",\"type\":\"disconnect_gateway\"},\"op\":\"update_state\"}" }, \
    { GW_FROM_SERVER, 0, 22, 21, 0, 0, 0, 1, 255, 9, "{\"op\":\"event\",\"data\":{", ",\"type\":\"track_end\"}}" }, \
    { GW_FROM_SERVER, 0, 0, 14, 0, 255, 0, 255, 255, 0, "", ",\"op\":\"ready\"}" }, \
    { GW_FROM_CLIENT, 0, 0, 28, 0, 255, 0, 255, 255, 14, "", ",\"op\":\"update_voice_server\"}" },)
#define GW__TAIL_dmod GW__TAIL(0x9E5651B0EF953637ull, 56, "!!!#!!!!!!!!!!!!$!!&!!*!!!!+!-!!!!!!!!!!!!!!/!!!0!!!!!!!!2!!!!!!!!!!!!!!!!4!!!!!!!6!!!!!7!!!9!!!!!!!!!!!!!!!!!!!!!:!!!!!!!!<!!!!!!!!>!!!!!!!!!!!!!!!!!!!!!!?!!!!!!!!!!!!@!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!A!!!!!!!!!B!!!!!!!!C!D!!!!!!!!!!F!!!!!!!!!!!HJ", \
    { GW_FROM_SERVER, 0, 0, 8, 0, 255, 0, 255, 255, 2, "", ",\"op\":2}" }, \
    { GW_FROM_SERVER, 1, 8, 31, 0, 1, 0, 255, 255, 9, "{\"op\":5,", ",\"t\":\"APPLICATION_SESSION_END\"}" }, \
    { GW_FROM_SERVER, 0, 0, 38, 0, 1, 0, 255, 255, 9, "", ",\"op\":5,\"t\":\"APPLICATION_SESSION_END\"}" }, \
    { GW_FROM_SERVER, 1, 13, 24, 0, 0, 0, 2, 255, 16, "{\"op\":7,\"d\":{", ",\"for\":\"CONNECT_GUILD\"}}" }, \
    { GW_FROM_SERVER, 1, 22, 24, 0, 0, 0, 2, 1, 16, "{\"op\":7,\"t\":null,\"d\":{", ",\"for\":\"CONNECT_GUILD\"}}" }, \
    { GW_FROM_SERVER, 1, 13, 27, 0, 0, 0, 2, 255, 18, "{\"op\":7,\"d\":{", ",\"for\":\"DESCONNECT_GUILD\"}}" }, \
    { GW_FROM_SERVER, 0, 22, 27, 0, 0, 0, 2, 1, 18, "{\"op\":7,\"t\":null,\"d\":{", ",\"for\":\"DESCONNECT_GUILD\"}}" }, \
    { GW_FROM_CLIENT, 0, 0, 36, 0, 2, 0, 255, 255, 19, "", ",\"cmd\":\"APPLICATION_SESSION\",\"op\":7}" }, \
    { GW_FROM_CLIENT, 1, 8, 26, 0, 2, 0, 255, 255, 15, "{\"op\":6,", ",\"cmd\":\"DESCONNECT_GUILD\"}" }, \
    { GW_FROM_CLIENT, 0, 0, 33, 0, 2, 0, 255, 255, 15, "", ",\"op\":6,\"cmd\":\"DESCONNECT_GUILD\"}" }, \
    { GW_FROM_CLIENT, 1, 8, 36, 0, 2, 0, 255, 255, 21, "{\"op\":7,", ",\"cmd\":\"APPLICATION_SESSION_REAUTH\"}" }, \
    { GW_FROM_CLIENT, 0, 0, 43, 0, 2, 0, 255, 255, 21, "", ",\"op\":7,\"cmd\":\"APPLICATION_SESSION_REAUTH\"}" }, \
    { GW_FROM_CLIENT, 0, 0, 8, 0, 255, 0, 255, 255, 1, "", ",\"op\":1}" }, \
    { GW_FROM_SERVER, 1, 6, 31, 0, 0, 0, 2, 255, 16, "{\"d\":{", ",\"for\":\"CONNECT_GUILD\"},\"op\":7}" }, \
    { GW_FROM_SERVER, 0, 6, 34, 0, 0, 0, 2, 255, 18, "{\"d\":{", ",\"for\":\"DESCONNECT_GUILD\"},\"op\":7}" }, \
    { GW_FROM_CLIENT, 1, 8, 34, 0, 2, 0, 255, 255, 22, "{\"op\":7,", ",\"cmd\":\"APPLICATION_SESSION_HB_M\"}" }, \
    { GW_FROM_CLIENT, 0, 0, 41, 0, 2, 0, 255, 255, 22, "", ",\"op\":7,\"cmd\":\"APPLICATION_SESSION_HB_M\"}" }, \
    { GW_FROM_SERVER, 1, 8, 33, 0, 1, 0, 255, 255, 7, "{\"op\":5,", ",\"t\":\"GUILD_MEMBER_COUNT_CHANGE\"}" }, \
    { GW_FROM_SERVER, 0, 0, 40, 0, 1, 0, 255, 255, 7, "", ",\"op\":5,\"t\":\"GUILD_MEMBER_COUNT_CHANGE\"}" }, \
    { GW_FROM_SERVER, 0, 0, 17, 0, 255, 0, 255, 1, 2, "", ",\"t\":null,\"op\":2}" }, \
    { GW_FROM_CLIENT, 1, 0, 30, 0, 2, 0, 255, 255, 14, "", ",\"cmd\":\"CONNECT_GUILD\",\"op\":6}" }, \
    { GW_FROM_CLIENT, 0, 0, 33, 0, 2, 0, 255, 255, 15, "", ",\"cmd\":\"DESCONNECT_GUILD\",\"op\":6}" }, \
    { GW_FROM_CLIENT, 0, 0, 43, 0, 2, 0, 255, 255, 21, "", ",\"cmd\":\"APPLICATION_SESSION_REAUTH\",\"op\":7}" }, \
    { GW_FROM_CLIENT, 1, 8, 33, 0, 2, 0, 255, 255, 20, "{\"op\":7,", ",\"cmd\":\"APPLICATION_SESSION_END\"}" }, \
    { GW_FROM_CLIENT, 0, 0, 40, 0, 2, 0, 255, 255, 20, "", ",\"op\":7,\"cmd\":\"APPLICATION_SESSION_END\"}" }, \
    { GW_FROM_SERVER, 1, 8, 30, 0, 1, 0, 255, 255, 5, "{\"op\":5,", ",\"t\":\"GUILD_PRIVILEGE_UPDATE\"}" }, \
    { GW_FROM_SERVER, 0, 0, 37, 0, 1, 0, 255, 255, 5, "", ",\"op\":5,\"t\":\"GUILD_PRIVILEGE_UPDATE\"}" }, \
    { GW_FROM_CLIENT, 0, 0, 40, 0, 2, 0, 255, 255, 20, "", ",\"cmd\":\"APPLICATION_SESSION_END\",\"op\":7}" }, \
    { GW_FROM_SERVER, 0, 0, 39, 0, 1, 0, 255, 255, 8, "", ",\"t\":\"APPLICATION_SESSION_HB_P\",\"op\":5}" }, \
    { GW_FROM_SERVER, 0, 0, 37, 0, 1, 0, 255, 255, 5, "", ",\"t\":\"GUILD_PRIVILEGE_UPDATE\",\"op\":5}" }, \
    { GW_FROM_SERVER, 0, 0, 40, 0, 1, 0, 255, 255, 7, "", ",\"t\":\"GUILD_MEMBER_COUNT_CHANGE\",\"op\":5}" }, \
    { GW_FROM_SERVER, 0, 0, 38, 0, 1, 0, 255, 255, 9, "", ",\"t\":\"APPLICATION_SESSION_END\",\"op\":5}" }, \
    { GW_FROM_CLIENT, 0, 0, 41, 0, 2, 0, 255, 255, 22, "", ",\"cmd\":\"APPLICATION_SESSION_HB_M\",\"op\":7}" }, \
    { GW_FROM_CLIENT, 1, 8, 29, 0, 2, 0, 255, 255, 19, "{\"op\":7,", ",\"cmd\":\"APPLICATION_SESSION\"}" }, \
    { GW_FROM_CLIENT, 0, 0, 36, 0, 2, 0, 255, 255, 19, "", ",\"op\":7,\"cmd\":\"APPLICATION_SESSION\"}" }, \
    { GW_FROM_SERVER, 1, 8, 32, 0, 1, 0, 255, 255, 8, "{\"op\":5,", ",\"t\":\"APPLICATION_SESSION_HB_P\"}" }, \
    { GW_FROM_SERVER, 0, 0, 39, 0, 1, 0, 255, 255, 8, "", ",\"op\":5,\"t\":\"APPLICATION_SESSION_HB_P\"}" }, \
    { GW_FROM_SERVER, 1, 6, 40, 0, 0, 0, 2, 1, 16, "{\"d\":{", ",\"for\":\"CONNECT_GUILD\"},\"t\":null,\"op\":7}" }, \
    { GW_FROM_SERVER, 0, 6, 43, 0, 0, 0, 2, 1, 18, "{\"d\":{", ",\"for\":\"DESCONNECT_GUILD\"},\"t\":null,\"op\":7}" }, \
    { GW_FROM_CLIENT, 1, 8, 23, 0, 2, 0, 255, 255, 14, "{\"op\":6,", ",\"cmd\":\"CONNECT_GUILD\"}" }, \
    { GW_FROM_CLIENT, 0, 0, 30, 0, 2, 0, 255, 255, 14, "", ",\"op\":6,\"cmd\":\"CONNECT_GUILD\"}" },)
#define GW__OP_FIRST_sm GW__OP_FIRST(10, 11, 13, 13, 14, 14,)
#define GW__OP_FIRST_i386 GW__OP_FIRST(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, \
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, \
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, \
    0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, \
    3, 3, 3, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 34, 34, 34, 34, 34, 34, 34, 34, 34, 34,)
#define GW__OP_FIRST_ms GW__OP_FIRST(0, 1, 3, 5, 6, 7,)
#define GW__OP_FIRST_ng GW__OP_FIRST()
#define GW__OP_FIRST_dmod GW__OP_FIRST(0, 1, 2, 3, 4, 5, 14, 16,)
/* ---- end of slot tables ---- */

/* ==== session rules' types: the words of each protocol's gw__<p>_sproto ======================= */
/* One rule: message kinds lo..hi from `from`, in the phases of the `phases` bit set, move to `next`
   (GW__S_KEEP: stay; GW__S_DENY: a violation with code and reason). The first matching row wins;
   no row = 1002 "message out of order". */
enum { GW__S_KEEP = -1, GW__S_DENY = -2 };
enum { /* effects */
    GW__S_HB = 1,      /* a client heartbeat (ping): one more ack is owed, the schedule restarts */
    GW__S_ACK = 2,     /* acknowledges the oldest unacknowledged heartbeat; none = violation (D-70) */
    GW__S_REQ = 4,     /* the server asks for a heartbeat */
    GW__S_ANSWER = 8,  /* answers a request; none pending = violation */
    GW__S_START = 16   /* the heartbeat schedule starts */
};
typedef struct gw__srule {
    uint64_t kinds;        /* bit k: kind k (every protocol has fewer than 64) */
    uint8_t from, phases;
    int8_t next;
    uint8_t effect;
    int code;
    const char *reason;
} gw__srule;
typedef struct gw__sproto {
    const gw__proto *codec;
    const gw__srule *r;
    uint32_t n;
    uint32_t grace;        /* server side: a heartbeat must come within grace * interval */
    int client_timeout;    /* close code of a client whose ack did not come */
    int server_timeout;    /* close code of a server whose client stopped heartbeating */
    /* rules beyond the table, after it accepted the message: returns a violation or OK */
    gw_session_verdict (*extra)(gw_session *s, const void *m, int kind, int sender);
    /* close code for a frame that does not decode (gw_error.code), by the side that received it */
    int (*error_code)(gw_err code, int receiver);
    /* GW_WIRE_ORIGINAL: what the original refuses in any phase, checked before the table; or NULL */
    gw_session_verdict (*original)(const void *m, int kind, int sender);
} gw__sproto;
enum { GW__S_KIND_BITS = 64 }; /* gw__srule.kinds is a uint64_t: kinds 1..63 have a bit */
/* A server closes a client whose next heartbeat has not come GW__S_GRACE intervals after its last
   one (or after hello / READY before the first): PROTOCOLS.md D-70, "The server side", after the
   microservice's 4007 "no heartbeat within twice the interval" (3.1); gw__sproto.grace of all five */
enum { GW__S_GRACE = 2 };

/* Close codes. Where a protocol publishes none (shard-master 1.1, Nightingale 4.1, dmod 5.1), the
   standard ones of RFC 6455 section 7.4.1, as the example servers use them (D-08) and dmod's D-60
   sets out; 1011 is the IANA registry's "internal error". */
enum {
    GW__CLOSE_NORMAL = 1000,         /* normal closure: dmod's original closes every refusal with it */
    GW__CLOSE_PROTOCOL_ERROR = 1002, /* a message out of order, or a frame that does not decode (D-60) */
    GW__CLOSE_POLICY = 1008,         /* policy: a timeout no protocol code covers (D-70), dmod before authentication (D-60) */
    GW__CLOSE_TOO_BIG = 1009,        /* over the size cap (D-60, D-52) */
    GW__CLOSE_INTERNAL = 1011        /* the caller's mistake: no session, no message, another protocol's session */
};
/* i386chat's codes: PROTOCOLS.md 2.1's error code table (cnf.c of f=150) */
enum {
    GW__I386_CLOSE_TOO_LARGE = 4000,    /* payload over 4096 bytes (D-21) */
    GW__I386_CLOSE_TIMEOUT = 4001,      /* timeout: an echo or a heartbeat that did not come (D-70) */
    GW__I386_CLOSE_INVALID = 4004,      /* invalid or malformed gateway event (also `s` not increasing, D-22) */
    GW__I386_CLOSE_NOT_PRESENTED = 4005 /* talked to the server before presenting */
};
/* the microservice's codes: PROTOCOLS.md 3.1's close code table */
enum {
    GW__MS_CLOSE_NOT_IDENTIFIED = 4000,
    GW__MS_CLOSE_ALREADY_AUTHENTICATED = 4002,
    GW__MS_CLOSE_UNKNOWN_OPCODE = 4003,
    GW__MS_CLOSE_INVALID_JSON = 4004,
    GW__MS_CLOSE_INVALID_PAYLOAD = 4005, /* also a sharder's heartbeat without guilds (D-35) */
    GW__MS_CLOSE_CANNOT_SEND = 4006,     /* event not allowed from this service (3.3: EXECUTE_COMMAND) */
    GW__MS_CLOSE_NO_HEARTBEAT = 4007     /* no heartbeat within twice the interval (D-70) */
};
/* dmod publishes none (5.1): the checker's own (D-60) and the original server's (D-61, D-54a) */
enum {
    GW__DMOD_CLOSE_REFUSED = GW__CLOSE_NORMAL,         /* the original's close, its reason saying why:
                                                          "Unknown data" (D-61), "Invalid formating of
                                                          authentication" (D-54a); ours, "empty gid" (D-54a) */
    GW__DMOD_CLOSE_NOT_AUTHENTICATED = GW__CLOSE_POLICY /* a client message before authentication that is
                                                           not the awaited op 1 (D-60) */
};

#define GW__P(x) (1u << (x))
#define GW__PANY 0xFFu
/* A rule names its kinds as a set (never a range of enum values: a kind added anywhere changes no
   rule), the sender (GW__FROM_C or GW__FROM_S: the message lists' C and S), the phases it applies
   in, the phase it leads to and its effects; GW__NO refuses its kinds there with a close code.
   The first rule that matches decides. */
#define GW__K(k) ((uint64_t)1 << (k))
#define GW__R(k, from, ph, next, eff) { GW__K(k), from, (uint8_t)(ph), next, eff, 0, NULL }
#define GW__RS(kinds, from, ph, next, eff) { kinds, from, (uint8_t)(ph), next, eff, 0, NULL }
#define GW__NO(kinds, from, ph, code, why) { kinds, from, (uint8_t)(ph), GW__S_DENY, 0, code, why }

static gw_session_verdict gw__s_verdict(gw_verdict a, int code, const char *reason)
{
    gw_session_verdict v;
    v.action = a;
    v.close_code = code;
    v.reason = reason;
    v.next_deadline_ms = 0;
    return v;
}
static const gw_session_verdict gw__s_ok = { GW_VERDICT_OK, 0, NULL, 0 };

/* Frames that do not decode: the protocol's own codes where it has them (received by a server) */
static int gw__s_generic_error(gw_err code, int receiver)
{
    (void)receiver;
    return code == GW_ERR_TOO_LARGE ? GW__CLOSE_TOO_BIG : GW__CLOSE_PROTOCOL_ERROR;
}

static const gw__schema gw__empty = { NULL, 0, 0, NULL, "gw__empty", 0, 0, 0, gw__no_slots, 0 };
static const gw__field gw__elem_str = GW__ELEMENT(GW__STR, gw_str, NULL);
static const gw__field gw__elem_snowflake = GW__ELEMENT(GW__SNOWFLAKE, uint64_t, NULL);
static const gw__field gw__elem_u32 = GW__ELEMENT(GW__U32, uint32_t, NULL);
static const gw__field gw__elem_raw = GW__ELEMENT(GW__RAW, gw_raw, NULL);

/* ==== token decoder =========================================================================== */
#define GW__PATH_MAX 12
typedef struct gw__ctx {
    const char *src;
    const gj_tok *toks;
    unsigned char *mem;   /* arrays go here */
    size_t cap, used;
    int measuring;        /* scratch ran out: keep going only to learn the size */
    gw_error *err;
    size_t progress;      /* how far the failed decode read: the error's offset, or a missing key's object end */
    const char *pname[GW__PATH_MAX];
    uint32_t plen[GW__PATH_MAX], pidx[GW__PATH_MAX];
    int depth;
    int lenient;          /* GW_DECODE_LENIENT: unknown keys of typed objects are skipped, and counted */
    uint32_t skipped;
    uint32_t op_tok, name_tok; /* of a GW_ERR_UNKNOWN_EVENT from the dispatch: the op and the name */
    const gw__field *field;  /* the field being decoded: an error states its rule */
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

GW_DEF const char *gw_error_text(const gw_error *e, char *out, size_t cap)
{
    int json = e->code == GW_ERR_JSON || e->code == GW_ERR_DUPLICATE_KEY;
    char where[40];
    if (!cap) return out;
    if (e->offset != GW_NO_OFFSET) snprintf(where, sizeof where, "byte %lu: ", (unsigned long)e->offset);
    else snprintf(where, sizeof where, "%s", e->path[0] ? "field " : "");
    /* cut to fit, as documented (the result is looked at so that gcc knows the cut is meant) */
    if (snprintf(out, cap, "%s%s%s%s%s%s%s%s", where, e->path, e->path[0] ? ": " : "",
                 json ? "invalid JSON" : gw_strerror(e->code), json ? ": " : "", json ? gj_strerror(e->json) : "",
                 e->detail[0] ? ": " : "", e->detail) < 0)
        out[0] = 0;
    return out;
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

GW_DEF const char *gw_str_text(gw_str s, char *out, size_t cap)
{
    size_t n, keep;
    if (!out || !cap) return out;
    if (!s.ptr) s.len = 0;
    n = s.escaped ? gj_i_unescape_some(s.ptr, s.len, out, cap - 1) : s.len;
    if (!s.escaped && n) memcpy(out, s.ptr, n < cap - 1 ? n : cap - 1);
    if (n < cap) { out[n] = 0; return out; }
    /* cut: room for "..." after the text kept, which ends before a UTF-8 sequence's first byte */
    keep = cap > 4 ? cap - 4 : 0;
    while (keep > 0 && ((unsigned char)out[keep] & 0xC0) == 0x80) keep--;
    n = cap - 1 - keep < 3 ? cap - 1 - keep : 3;
    memcpy(out + keep, "...", n);
    out[keep + n] = 0;
    return out;
}

GW_DEF int gw_str_eq(gw_str s, const char *lit, size_t n)
{
    return gj_i_raw_eq(s.ptr, s.len, s.escaped != 0, lit, n, 0);
}

GW_DEF gw_err gw_str_to_u64(gw_str s, uint64_t *out)
{
    char digits[24];
    size_t n = 0;
    uint64_t v;
    if (out) *out = 0;
    if (!out || (!s.ptr && s.len)) return GW_ERR_ARG;
    if (s.escaped ? gj_unescape(s.ptr, s.len, digits, sizeof digits, &n) != GJ_OK : s.len >= sizeof digits)
        return GW_ERR_INVALID;
    if (!s.escaped) { n = s.len; if (n) memcpy(digits, s.ptr, n); }
    if (!n || (digits[0] == '0' && n > 1) || digits[0] == '-' || gj_parse_u64(digits, n, &v) != GJ_OK) return GW_ERR_INVALID;
    *out = v;
    return GW_OK;
}

/* One more step on a path stack (decode's and encode's): past GW__PATH_MAX only counted */
static void gw__path_put(const char **pname, uint32_t *plen, uint32_t *pidx, int *depth, const char *name, uint32_t len,
                         uint32_t idx)
{
    if (*depth < GW__PATH_MAX) {
        pname[*depth] = name;
        plen[*depth] = len;
        pidx[*depth] = idx;
    }
    (*depth)++;
}

static void gw__path_push(gw__ctx *c, const char *name, uint32_t len, uint32_t idx)
{
    gw__path_put(c->pname, c->plen, c->pidx, &c->depth, name, len, idx);
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

/* The path of the value a JSON error at `offset` sits in (the text before it is valid JSON so far):
   e.g. a repeated key inside d.emojis[0] gives "d.emojis[0].id". Raw key text, escapes and all. */
static void gw__path_at(const char *buf, size_t len, size_t offset, char *out, size_t cap)
{
    const char *pname[GW__PATH_MAX];
    uint32_t plen[GW__PATH_MAX], pidx[GW__PATH_MAX];
    unsigned char is_obj[GW__PATH_MAX], want_key[GW__PATH_MAX];
    int depth = 0;
    size_t i, end = offset < len ? offset : len;
    for (i = 0; i < end; i++) {
        char ch = buf[i];
        int top = depth > 0 && depth <= GW__PATH_MAX ? depth - 1 : -1;
        if (ch == '"') {
            size_t j = i + 1;
            while (j < end && buf[j] != '"') j += buf[j] == '\\' ? 2 : 1;
            if (top >= 0 && is_obj[top] && want_key[top]) {
                pname[top] = buf + i + 1, plen[top] = (uint32_t)(j - i - 1), want_key[top] = 0;
            }
            i = j;
        } else if (ch == '{' || ch == '[') {
            if (depth < GW__PATH_MAX) {
                is_obj[depth] = ch == '{', want_key[depth] = ch == '{';
                pname[depth] = NULL, plen[depth] = 0, pidx[depth] = 0;
            }
            depth++;
        } else if (ch == '}' || ch == ']') {
            if (depth) depth--;
        } else if (ch == ',' && top >= 0) {
            if (is_obj[top]) want_key[top] = 1, pname[top] = NULL; else pidx[top]++;
        }
    }
    if (depth > 0 && depth <= GW__PATH_MAX && is_obj[depth - 1] && want_key[depth - 1]) {
        /* between members: at a key (a repeated one: name it) or where one should be */
        if (offset < len && buf[offset] == '"') {
            size_t j = offset + 1;
            while (j < len && buf[j] != '"') j += buf[j] == '\\' ? 2 : 1;
            pname[depth - 1] = buf + offset + 1, plen[depth - 1] = (uint32_t)((j < len ? j : len) - offset - 1);
        } else {
            depth--;
        }
    }
    gw__path_format(pname, plen, pidx, depth, out, cap);
}

/* The rule field f keeps, in words, for err.detail (D-62): "an integer 0..4294967295",
   "a string (a UUID, D-42) or null". A lower bound that only a schema's check states is that
   check's own text (GW__WHY). */
static void gw__describe(const gw__field *f, char *out, size_t cap)
{
    static const char *const fmts[] = { "", " (a UUID, D-42)", " (an RFC 3339 date-time, D-36)", " (exactly 4 digits)" };
    char range[64] = "";
    const char *what = "a value";
    switch (f->kind) {
    case GW__STR:
        what = "a string";
        snprintf(range, sizeof range, "%s", (unsigned long long)f->cval < 4 ? fmts[f->cval] : "");
        break;
    case GW__SNOWFLAKE: what = f->flags & GW__ALT ? "a snowflake (a digit string or an integer)" : "a snowflake (a string of 1-20 digits)"; break;
    case GW__ID: what = f->flags & GW__ALT ? "an id (an integer or a digit string)" : "an integer id"; break;
    case GW__U64: case GW__U32: case GW__U16: { /* the field's own maximum (cval > 0), else its type's */
        unsigned long long max = f->kind == GW__U64 ? 18446744073709551615ull : f->kind == GW__U32 ? 4294967295ull : 65535ull;
        what = "an integer";
        snprintf(range, sizeof range, " %d..%llu%s%s%s", f->flags & GW__MIN1 ? 1 : 0, f->cval > 0 ? (unsigned long long)f->cval : max,
                 f->sub ? " (" : "", f->sub ? gw__sub_text(f) : "", f->sub ? ")" : ""); /* GW__FIELD_MAX's source */
        break;
    }
    case GW__I32: what = "an integer -2147483648..2147483647"; break;
    case GW__I64: what = "an integer"; break;
    case GW__BOOL: what = "true or false"; break;
    case GW__OBJ:
        what = "an object";
        if (f->sub && gw__sub_schema(f)->tuple) { what = "an array of"; snprintf(range, sizeof range, " %u values", (unsigned)gw__sub_schema(f)->n); }
        break;
    case GW__ARR:
        what = f->wrap ? "[] or the list inside" : "an array";
        if (f->wrap) snprintf(range, sizeof range, " %u single-item arrays (D-16, D-17)", (unsigned)f->wrap);
        break;
    case GW__RAW: what = "any JSON value"; break;
    case GW__CONST_INT: what = "the number"; snprintf(range, sizeof range, " %lld", (long long)f->cval); break;
    case GW__CONST_STR: what = "the string"; snprintf(range, sizeof range, " \"%.40s\"", gw__sub_text(f)); break;
    case GW__NULL: what = "null"; break;
    case GW__ENUM: {
        const char *const *names = gw__sub_names(f);
        size_t n = 0;
        int i;
        what = "one of";
        for (i = 0; i < (int)f->cval && n + strlen(names[i]) + 5 < sizeof range; i++)
            n += (size_t)snprintf(range + n, sizeof range - n, "%s\"%s\"", i ? ", " : " ", names[i]);
        break;
    }
    default: break;
    }
    snprintf(out, cap, "%s%s%s", what, range, (f->flags & GW__NULLABLE) && f->kind != GW__NULL ? " or null" : "");
}

/* The value that arrived, short: -1, "GUILD_DELETE", an object, "a long string..." */
static void gw__snippet(const char *src, const gj_tok *k, char *out, size_t cap)
{
    static const char *const kinds[] = { "", "an object", "an array", "", "", "true", "false", "null" };
    size_t n = k->len > 24 ? 24 : k->len;
    if (k->type == GJ_STRING) snprintf(out, cap, "\"%.*s%s\"", (int)n, src + k->start, k->len > n ? "..." : "");
    else if (k->type == GJ_NUMBER) snprintf(out, cap, "%.*s%s", (int)n, src + k->start, k->len > n ? "..." : "");
    else snprintf(out, cap, "%s", k->type < sizeof kinds / sizeof kinds[0] ? kinds[k->type] : "");
}

/* err.detail = a b c d (NULL: nothing), cut to fit */
static void gw__detail(gw_error *e, const char *a, const char *b, const char *c, const char *d)
{
    const char *parts[4];
    size_t n = 0, i;
    parts[0] = a, parts[1] = b, parts[2] = c, parts[3] = d;
    for (i = 0; i < 4; i++)
        for (a = parts[i]; a && *a && n + 1 < sizeof e->detail; a++) e->detail[n++] = *a;
    e->detail[n] = 0;
}

static gw_err gw__fail(gw__ctx *c, gw_err code, uint32_t tok)
{
    const gj_tok *k = &c->toks[tok];
    char want[112], got[32];
    gw__snippet(c->src, k, got, sizeof got);
    if ((code == GW_ERR_TYPE || code == GW_ERR_RANGE || code == GW_ERR_VALUE) && c->field) { /* the rule, then what broke it (D-62) */
        gw__describe(c->field, want, sizeof want);
        gw__detail(c->err, "must be ", want, ", got ", got);
    } else if (code == GW_ERR_MISSING && c->field) {
        gw__describe(c->field, want, sizeof want);
        gw__detail(c->err, "must be ", want, NULL, NULL);
    } else if (code == GW_ERR_UNKNOWN_FIELD) {
        snprintf(c->err->detail, sizeof c->err->detail, "no such key in this object (D-02)");
    } else if (code == GW_ERR_UNKNOWN_EVENT || code == GW_ERR_UNKNOWN_OP || code == GW_ERR_DIRECTION) {
        snprintf(c->err->detail, sizeof c->err->detail, "got %s%s", got,
                 code == GW_ERR_DIRECTION ? ", which the other side sends" : "");
    } else {
        c->err->detail[0] = 0;
    }
    c->err->code = code;
    c->err->offset = k->type == GJ_STRING ? (size_t)k->start - 1 : k->start;
    c->progress = code == GW_ERR_MISSING ? (size_t)k->start + k->len : c->err->offset; /* absence is known at the end */
    gw__path_format(c->pname, c->plen, c->pidx, c->depth, c->err->path, sizeof c->err->path);
    return code;
}

/* gw__fail with the rule given in words (a place with no field: the op, the top level, a name) */
static gw_err gw__fail_rule(gw__ctx *c, gw_err code, uint32_t tok, const char *rule)
{
    char got[32];
    c->field = NULL;
    gw__fail(c, code, tok);
    gw__snippet(c->src, &c->toks[tok], got, sizeof got);
    gw__detail(c->err, "must be ", rule, code == GW_ERR_MISSING ? NULL : ", got ", code == GW_ERR_MISSING ? NULL : got);
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

#if defined(__GNUC__) || defined(__clang__)
#define GW__INLINE static inline __attribute__((always_inline)) /* small steps of the hot paths */
#else
#define GW__INLINE static
#endif
#if (defined(__GNUC__) || defined(__clang__)) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && \
    !defined(GW_PORTABLE)
#define GW__LE_WORDS 1 /* keys and digits are read a word at a time; elsewhere (or with GW_PORTABLE) byte by byte */
#endif
#if defined(__SSE2__) && (defined(__GNUC__) || defined(__clang__)) && !defined(GW_PORTABLE)
#include <emmintrin.h>
#define GW__SSE2 1 /* 16 bytes a step where x86-64's baseline has it; GW_PORTABLE turns it off for tests */
#endif

static int gw__hexdigits(const char *s, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++) if (gj_i_hex((unsigned char)s[i]) < 0) return 0;
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
    for (i = 0; i < n; i++) if (!GJ_I_DIGIT((unsigned char)s[i])) return 0;
    return 1;
}

/* How many ASCII digits s[0..n) starts with, up to 8 at once when 8 bytes are there */
GW__INLINE size_t gw__digit_run(const char *s, size_t n)
{
    size_t i = 0;
#ifdef GW__LE_WORDS
    if (n >= 8) { /* a digit's byte XOR '0' is 0..9: high nibble 0, and still 0 after adding 6 */
        uint64_t w, nd;
        memcpy(&w, s, 8);
        w ^= 0x3030303030303030ull;
        nd = (w | (w + 0x0606060606060606ull)) & 0xF0F0F0F0F0F0F0F0ull; /* the lowest flag is exact */
        if (nd) return (size_t)__builtin_ctzll(nd) >> 3;
        i = 8;
    }
#endif
    while (i < n && GJ_I_DIGIT((unsigned char)s[i])) i++;
    return i;
}

/* The rest of a date-time after its 19 fixed bytes (n >= 20): a fraction of 1 to 9 digits or
   none, then Z or an offset +hh:mm / -hh:mm (hh <= 23, mm <= 59). With SSE2 from one load of the
   last 16 bytes, which hold it all (35 bytes at most): its digits as a mask, the zone at the end. */
GW__INLINE int gw__datetime_rest(const char *s, size_t n)
{
#ifdef GW__SSE2
    __m128i v;
    unsigned digits;
    size_t zone, frac;
    if (n > 35) return 0;
    v = _mm_sub_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + n - 16)), _mm_set1_epi8('0'));
    digits = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_subs_epu8(v, _mm_set1_epi8(9)), _mm_setzero_si128()));
    if (s[n - 1] == 'Z') {
        zone = 1;
    } else { /* +hh:mm: digits at 11, 12, 14 and 15 of the last 16 bytes */
        if (n < 25 || (s[n - 6] != '+' && s[n - 6] != '-') || s[n - 3] != ':' || (digits & 0xD800u) != 0xD800u ||
            (s[n - 5] - '0') * 10 + s[n - 4] - '0' > 23 || (s[n - 2] - '0') * 10 + s[n - 1] - '0' > 59)
            return 0;
        zone = 6;
    }
    frac = n - zone - 19; /* its '.' and digits: bytes 19 .. n - zone */
    if (!frac) return 1;
    if (s[19] != '.' || frac - 2 > 8) return 0;
    return (~digits >> (36 - n) & ((1u << (frac - 1)) - 1)) == 0; /* byte 20 is bit 36 - n */
#else
    size_t i = 19;
    if (s[i] == '.') {
        size_t f = ++i;
        i += gw__digit_run(s + i, n - i);
        if (i == f || i - f > 9) return 0;
    }
    if (i < n && s[i] == 'Z') return i + 1 == n;
    if (i + 6 == n && (s[i] == '+' || s[i] == '-') && gw__digits(s + i + 1, 2) && s[i + 3] == ':' &&
        gw__digits(s + i + 4, 2))
        return (s[i + 1] - '0') * 10 + s[i + 2] - '0' <= 23 && (s[i + 4] - '0') * 10 + s[i + 5] - '0' <= 59;
    return 0;
#endif
}

/* RFC 3339 date-time as D-36 narrows it: 2021-04-05T12:34:56[.1-9 digits](Z|+hh:mm|-hh:mm),
   uppercase T/Z, the day valid for its month (leap years), other field ranges checked. */
static int gw__is_datetime(const char *s, size_t n)
{
    static const char mdays[12] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    int y, mo, d;
#ifdef GW__SSE2
    uint64_t ymd, hms;
    if (n < 20) return 0;
    { /* bytes 0-19 in two loads (0-15, 4-19): digits where the pattern has them, then its separators */
        __m128i v0 = _mm_loadu_si128((const __m128i *)(const void *)s);
        __m128i v1 = _mm_loadu_si128((const __m128i *)(const void *)(s + 4));
        __m128i zero = _mm_set1_epi8('0'), nine = _mm_set1_epi8(9), none = _mm_setzero_si128();
        uint32_t digits = (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_subs_epu8(_mm_sub_epi8(v0, zero), nine), none)) |
                          (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_subs_epu8(_mm_sub_epi8(v1, zero), nine), none)) << 4;
        uint32_t seps = (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(v0, _mm_setr_epi8('0', '0', '0', '0', '-', '0', '0', '-', '0',
                                                                                        '0', 'T', '0', '0', ':', '0', '0')));
        /* digits at 0-3 5-6 8-9 11-12 14-15 17-18; '-' at 4 and 7, 'T' at 10, ':' at 13 and 16 */
        if ((digits & 0x6DB6Fu) != 0x6DB6Fu || (seps & 0x2490u) != 0x2490u || s[16] != ':') return 0;
    }
    /* the two-digit fields from two words, "yy-mm-dd" (bytes 2-9) and "hh:mm:ss" (11-18): the
       separators masked out, then each pair's value (10 x + y) in its first digit's byte, at most 99 */
    memcpy(&ymd, s + 2, 8), memcpy(&hms, s + 11, 8);
    ymd = (ymd ^ 0x3030303030303030ull) & 0xFFFF00FFFF00FFFFull, hms = (hms ^ 0x3030303030303030ull) & 0xFFFF00FFFF00FFFFull;
    ymd = ymd * 10 + (ymd >> 8), hms = hms * 10 + (hms >> 8);
    /* hour at most 23, minute 59, second 60: each byte plus 128 - (its maximum + 1) keeps its top bit clear */
    if ((hms + 0x0043000044000068ull) & 0x0080000080000080ull) return 0;
    mo = (int)(ymd >> 24 & 0xFF), d = (int)(ymd >> 48 & 0xFF);
    if ((unsigned)mo - 1u > 11u || (unsigned)d - 1u >= (unsigned)mdays[mo - 1]) return 0;
#else
    if (n < 20 || !gw__digits(s, 4) || s[4] != '-' || !gw__digits(s + 5, 2) || s[7] != '-' ||
        !gw__digits(s + 8, 2) || s[10] != 'T' || !gw__digits(s + 11, 2) || s[13] != ':' ||
        !gw__digits(s + 14, 2) || s[16] != ':' || !gw__digits(s + 17, 2)) return 0;
    mo = (s[5] - '0') * 10 + s[6] - '0', d = (s[8] - '0') * 10 + s[9] - '0';
    if (mo < 1 || mo > 12 || d < 1 || d > mdays[mo - 1] || (s[11] - '0') * 10 + s[12] - '0' > 23 ||
        (s[14] - '0') * 10 + s[15] - '0' > 59 || (s[17] - '0') * 10 + s[18] - '0' > 60)
        return 0;
#endif
    if (mo == 2 && d == 29) { /* (rare) a leap year's */
        y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + s[3] - '0';
        if (y % 4 || (y % 100 == 0 && y % 400)) return 0;
    }
    return gw__datetime_rest(s, n);
}

/* Does a string field's text meet its format? Escaped text never does: formats are ASCII. */
GW__INLINE int gw__format_ok(int64_t fmt, const gw_str *s)
{
    if (fmt == GW__FMT_ANY) return 1;
    if (s->escaped || !s->ptr) return 0;
    if (fmt == GW__FMT_UUID) return gw__is_uuid(s->ptr, s->len);
    if (fmt == GW__FMT_DATETIME) return gw__is_datetime(s->ptr, s->len);
    return s->len == 4 && gw__digits(s->ptr, 4);
}

static gw_err gw__decode_obj(gw__ctx *c, const gw__schema *s, uint32_t t, unsigned char *base);

/* memcmp for the short keys of the tables: two overlapping loads cover 4 to 16 bytes */
GW__INLINE int gw__same(const char *a, const char *b, size_t n)
{
    if (n >= 4 && n < 8) {
        uint32_t w[4];
        memcpy(&w[0], a, 4); memcpy(&w[1], b, 4); memcpy(&w[2], a + n - 4, 4); memcpy(&w[3], b + n - 4, 4);
        return w[0] == w[1] && w[2] == w[3];
    }
    if (n >= 8 && n <= 16) {
        uint64_t w[4];
        memcpy(&w[0], a, 8); memcpy(&w[1], b, 8); memcpy(&w[2], a + n - 8, 8); memcpy(&w[3], b + n - 8, 8);
        return w[0] == w[1] && w[2] == w[3];
    }
    if (n > 16) return memcmp(a, b, n) == 0;
    while (n--) if (a[n] != b[n]) return 0;
    return 1;
}

/* Store the integer neg/mag (the magnitude of an integer's text, with its sign) into an integer
   field; 1 when it is out of the field's range. */
static int gw__int_put(const gw__field *f, int neg, uint64_t mag, unsigned char *dst)
{
    if (f->kind == GW__U64 || f->kind == GW__ID || f->kind == GW__SNOWFLAKE) {
        if (neg || (f->cval > 0 && mag > (uint64_t)f->cval)) return 1; /* "-0" too: unsigned */
        memcpy(dst, &mag, sizeof mag);
    } else {
        int64_t v, lo, hi;
        if (neg ? mag > (uint64_t)INT64_MAX + 1 : mag > (uint64_t)INT64_MAX) return 1;
        v = neg ? (mag ? (int64_t)(0 - (mag - 1)) - 1 : 0) : (int64_t)mag;
        switch (f->kind) {
        case GW__U16: lo = 0; hi = UINT16_MAX; break;
        case GW__U32: lo = 0; hi = UINT32_MAX; break;
        case GW__I32: lo = INT32_MIN; hi = INT32_MAX; break;
        default: lo = INT64_MIN; hi = INT64_MAX; break;
        }
        if (f->cval > 0 && f->cval < hi) hi = f->cval;
        if (v < lo || v > hi || (lo == 0 && neg)) return 1;
        switch (f->kind) {
        case GW__U16: { uint16_t x = (uint16_t)v; memcpy(dst, &x, sizeof x); break; }
        case GW__U32: { uint32_t x = (uint32_t)v; memcpy(dst, &x, sizeof x); break; }
        case GW__I32: { int32_t x = (int32_t)v; memcpy(dst, &x, sizeof x); break; }
        default: memcpy(dst, &v, sizeof v); break;
        }
    }
    return 0;
}

/* The JSON number text p[0..n) into an integer field; 1 when it is not an integer or out of range.
   Shared by both decoders. */
static int gw__int_store(const gw__field *f, const char *p, size_t n, unsigned char *dst)
{
    int neg;
    uint64_t mag;
    return gj_i_parse_mag(p, n, &neg, &mag) || gw__int_put(f, neg, mag, dst);
}

static gw_err gw__decode_int(gw__ctx *c, const gw__field *f, uint32_t t, unsigned char *dst)
{
    const gj_tok *k = &c->toks[t];
    if (k->type != GJ_NUMBER) return gw__fail(c, GW_ERR_TYPE, t);
    return gw__int_store(f, c->src + k->start, k->len, dst) ? gw__fail(c, GW_ERR_RANGE, t) : GW_OK;
}

static gw_err gw__decode_value(gw__ctx *c, const gw__field *f, uint32_t t, unsigned char *base)
{
    const gj_tok *k = &c->toks[t];
    unsigned char *dst = base + f->off;
    c->field = f;
    if (k->type == GJ_NULL && (f->flags & GW__NULLABLE)) return GW_OK; /* has_ stays false */
    if (f->has != GW__NOHAS) base[f->has] = 1; /* bool is one byte on every ABI we target */
    switch (f->kind) {
    case GW__STR: {
        gw_str s;
        if (k->type != GJ_STRING) return gw__fail(c, GW_ERR_TYPE, t);
        s.ptr = c->src + k->start; s.len = k->len; s.escaped = k->flags & GJ_ESCAPED;
        if (f->cval != GW__FMT_ANY && !gw__format_ok(f->cval, &s)) return gw__fail(c, GW_ERR_VALUE, t);
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
        return gw__decode_obj(c, gw__sub_schema(f), t, dst);
    case GW__ARR: {
        const gw__field *el = gw__sub_elem(f);
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
        if (f->wrap && k->size == 0) { /* "none" is only [], or every wrapper around [] (D-17a) */
            if (!(f->flags & GW__WRAPPED_EMPTY)) return gw__fail(c, GW_ERR_VALUE, t);
            memset(dst, 0, sizeof list);
            c->depth -= (int)f->wrap;
            return GW_OK;
        }
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
        const char *want = gw__sub_text(f);
        if (k->type != GJ_STRING) return gw__fail(c, GW_ERR_TYPE, t);
        if (!gj_str_eq(c->src, k, want, strlen(want))) return gw__fail(c, GW_ERR_VALUE, t);
        return GW_OK;
    }
    case GW__NULL:
        return k->type == GJ_NULL ? GW_OK : gw__fail(c, GW_ERR_TYPE, t);
    case GW__ENUM: {
        const char *const *names = gw__sub_names(f);
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
                         : (k->len == f->name_len && gw__same(key, f->name, f->name_len))) break;
        }
        if (tries == s->n) j = s->n;
        if (j == s->n && c->lenient) { c->skipped++; j = 0; continue; } /* validated by the tokenizer */
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
            c->field = &s->f[j];
            return gw__fail(c, GW_ERR_MISSING, t);
        }
    }
    if (s->check && !c->measuring) { /* while measuring, arrays point at a dummy element */
        const char *bad = s->check(base);
        if (bad) {
            uint32_t v = gj_find(c->src, c->toks, t, bad, strlen(bad));
            char got[32];
            gw__path_push(c, bad, (uint32_t)strlen(bad), 0);
            c->field = NULL;
            gw__fail(c, GW_ERR_VALUE, v ? v : t);
            /* the check's rule, not the field's type: the value has that type (D-62) */
            if (v) gw__snippet(c->src, &c->toks[v], got, sizeof got);
            gw__detail(c->err, gw__why(bad), v ? ", got " : NULL, v ? got : NULL, NULL);
            return GW_ERR_VALUE;
        }
    }
    return GW_OK;
}

/* The value token at root[key1][key2][key3] (key2, key3 may be NULL), or 0. */
static uint32_t gw__lookup(const char *src, const gj_tok *toks, const char *key1, const char *key2, const char *key3)
{
    uint32_t v = gj_find(src, toks, 0, key1, strlen(key1));
    if (v && key2) v = gj_find(src, toks, v, key2, strlen(key2));
    if (v && key3) v = gj_find(src, toks, v, key3, strlen(key3));
    return v;
}

static int gw__key_is(const char *a, const char *b) { return a == b || (a && b && strcmp(a, b) == 0); }

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
    uint32_t name_tok = 0, cached = 0, name_v = 0;
    const gw__variant *cv = NULL; /* variants mostly share the name's place: look it up once */
    gw__path_push(c, P->op_key, (uint32_t)strlen(P->op_key), 0);
    if (!op) return gw__fail_rule(c, GW_ERR_MISSING, 0, P->op_is_string ? "a string naming the message, on every message" : "an integer, on every message");
    if (P->op_is_string ? k->type != GJ_STRING : k->type != GJ_NUMBER)
        return gw__fail_rule(c, GW_ERR_TYPE, op, P->op_is_string ? "a string naming the message" : "an integer");
    if (!P->op_is_string && gj_parse_i64(c->src + k->start, k->len, &opv))
        return gw__fail_rule(c, GW_ERR_UNKNOWN_OP, op, "an integer in int64 range");
    for (i = *at; i < P->nv; i++) {
        const gw__variant *v = &P->v[i];
        if (!gw__op_match(c, P, v, op, opv)) continue;
        /* the other side's catch-all op does not make every op known to this side */
        if (v->op != GW__ANY_OP || (v->from & from)) op_known = 1;
        if (v->name) {
            uint32_t n;
            if (cv && gw__key_is(cv->key1, v->key1) && gw__key_is(cv->key2, v->key2) && gw__key_is(cv->key3, v->key3)) {
                n = cached;
            } else {
                n = cached = gw__lookup(c->src, c->toks, v->key1, v->key2, v->key3);
                cv = v;
            }
            if (!n) continue;
            if (!name_tok) name_tok = n, name_v = i;
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
    /* report where the name should have been: where one was found, else the place whose containing
       objects are most present (data.event.type over data.type when data.event exists) */
    if (!name_tok) {
        uint32_t best = 0;
        for (i = 0; i < P->nv; i++) {
            const gw__variant *v = &P->v[i];
            uint32_t o = 0, have = 0;
            const char *keys[3];
            if (!v->name || !gw__op_match(c, P, v, op, opv)) continue;
            keys[0] = v->key1; keys[1] = v->key2; keys[2] = v->key3;
            while (have < 2 && keys[have + 1] && (o = gj_find(c->src, c->toks, o, keys[have], strlen(keys[have]))) != 0 &&
                   c->toks[o].type == GJ_OBJECT)
                have++;
            if (have + 1 > best) best = have + 1, name_v = i;
        }
    }
    for (i = name_v; i < P->nv; i++) {
        const gw__variant *v = &P->v[i];
        const char *keys[3];
        uint32_t o = 0, d;
        if (!v->name || !gw__op_match(c, P, v, op, opv)) continue;
        keys[0] = v->key1; keys[1] = v->key2; keys[2] = v->key3;
        for (d = 0; d < 3 && keys[d]; d++) {
            gw__path_push(c, keys[d], (uint32_t)strlen(keys[d]), 0);
            if (d + 1 < 3 && keys[d + 1]) { /* the object holding the rest: absent or not an object is its own error */
                o = gj_find(c->src, c->toks, o, keys[d], strlen(keys[d]));
                if (!o) return gw__fail_rule(c, GW_ERR_MISSING, 0, "an object that holds the message's name");
                if (c->toks[o].type != GJ_OBJECT) return gw__fail_rule(c, GW_ERR_TYPE, o, "an object that holds the message's name");
            }
        }
        if (!name_tok) return gw__fail_rule(c, GW_ERR_MISSING, 0, "the message's name, a string");
        c->op_tok = op, c->name_tok = name_tok;
        if (c->toks[name_tok].type != GJ_STRING) return gw__fail_rule(c, GW_ERR_TYPE, name_tok, "a string naming the message");
        return gw__fail(c, GW_ERR_UNKNOWN_EVENT, name_tok);
    }
    return gw__fail(c, GW_ERR_UNKNOWN_OP, op);
}

/* The largest array element any message of the protocol can hold: bounds the scratch a decode
   needs before the tokens say how many elements there are. */
static size_t gw__max_elem(const gw__schema *s)
{
    size_t m = 0, x;
    uint32_t j;
    for (j = 0; s && j < s->n; j++) {
        const gw__field *f = &s->f[j];
        if (f->kind == GW__OBJ) x = gw__max_elem(gw__sub_schema(f));
        else if (f->kind == GW__ARR) {
            const gw__field *el = gw__sub_elem(f);
            x = el->size;
            if (el->kind == GW__OBJ) { size_t y = gw__max_elem(gw__sub_schema(el)); if (y > x) x = y; }
        } else x = 0;
        if (x > m) m = x;
    }
    return m;
}

static size_t gw__max_elem_proto(const gw__proto *P)
{
    size_t m = 0, x;
    uint32_t i;
    for (i = 0; i < P->nv; i++) if ((x = gw__max_elem(P->v[i].schema)) > m) m = x;
    return m;
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
    if (P->cap[from] && len > P->cap[from]) {
        err->offset = P->cap[from];
        snprintf(err->detail, sizeof err->detail, "%lu bytes, the limit is %lu", (unsigned long)len,
                 (unsigned long)P->cap[from]);
        return err->code = GW_ERR_TOO_LARGE;
    }
    if (scratch_size < pad) pad = scratch_size;
    /* no scratch: tokens are only counted (never NULL + 0, undefined in C) */
    je = gj_tokenize(buf ? buf : "", len, mem ? (gj_tok *)(void *)(mem + pad) : NULL, (scratch_size - pad) / sizeof(gj_tok), &st);
    if (je == GJ_ERR_NOMEM) {
        /* every array element takes at least one token, and each array at most 7 bytes of padding */
        err->needed = 8 + st.count * (sizeof(gj_tok) + 7 + gw__max_elem_proto(P));
        snprintf(err->detail, sizeof err->detail, "the scratch holds %lu bytes; %lu suffice", (unsigned long)scratch_size,
                 (unsigned long)err->needed);
        return err->code = GW_ERR_SCRATCH;
    }
    if (je == GJ_ERR_DUPLICATE_KEY) { /* D-01a: a syntax error anywhere comes first */
        gj_status sv;
        if (gj_validate(buf ? buf : "", len, &sv) != GJ_OK) st = sv, je = sv.err;
    }
    if (je) {
        err->json = je;
        err->offset = st.offset;
        if (buf) gw__path_at(buf, len, st.offset, err->path, sizeof err->path);
        if (je == GJ_ERR_DUPLICATE_KEY) snprintf(err->detail, sizeof err->detail, "a key may appear once in an object (D-01)");
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
    if (c->toks[0].type != GJ_OBJECT) return gw__fail_rule(c, GW_ERR_TYPE, 0, "a JSON object (0.1)");
    return gw__dispatch(c, P, from, at, 1);
}

/* ==== one pass: bytes straight into the struct ================================================ */
/* The common case reads each byte once, driven by the tables: no token array, numbers and strings
   parsed once, a seen-bitmask per object for duplicate and missing keys. The dispatch reads the
   top-level members until the opcode and the name decide the kind (gw__fast_pick); members read
   before that are skipped and decoded once it is known. Where it may, the dispatch guesses (a name
   read from the frame's end, a kind picked before a name only the other side's kinds have): a
   guess is taken only when the kind it picks would refuse any frame that proves it wrong. Anything
   else (an error of any kind, a duplicate or unknown key, an escaped key, a full scratch) makes it
   give up, and the token-based decoder above decodes the frame from the start: so every error,
   offset and path is the token decoder's, and a success is a message that decoder would have
   produced byte for byte (tests/test_diff.c and fuzz/fuzz_diff.c check it). Where SSE2 is
   (GW__SSE2), keys, integers and snowflakes are read 16 bytes a step; GW_PORTABLE builds the
   word and byte paths that test_diff_bytewise runs. */
typedef struct gw__fast_ctx {
    const unsigned char *p, *end;
    const unsigned char *begin; /* readable from here to end: a word that ends at end may be loaded */
    unsigned char *mem;   /* arrays, 8-byte aligned: outer ones grow from the start, the arrays */
    size_t cap, used, top; /* inside their elements from the end (mem[top..cap)) */
    int level;            /* arrays open around the current value */
    int lenient;          /* GW_DECODE_LENIENT: an unknown key's member is skipped and counted */
    const char *op_key;   /* (lenient) the protocol's, which is not skipped */
    uint32_t *skipped;    /* (lenient) the members skipped, at every depth */
    const gw__schema *stop; /* the top-level run of this schema ends at end, after a member (the
                               members after it were read from the end: gw__fast_lean), and then
                               sets it NULL; else NULL */
} gw__fast_ctx;

/* Past whitespace, a byte at a time: the tokenizer's skip (spaces 8 at a time) costs fewer
   instructions on pretty-printed frames but more time (the call), measured */
#define GW__SKIP_WS(c) while ((c)->p < (c)->end && gj_i_ws[*(c)->p]) (c)->p++
/* Past the whitespace at p (p < end, *p whitespace): a line's end and its indent at once, else 16
   spaces at a time, inline (pretty-printed members; a call here measured slower) */
GW__INLINE const unsigned char *gw__skip_indent(const unsigned char *p, const unsigned char *end)
{
#if defined(GW__SSE2) && !defined(GJ_NO_SIMD)
    if (*p == '\n' && end - p > 17) { /* a line's end and the next line's indent (up to 16 spaces), in one step */
        unsigned spaces = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)(p + 1)),
                                                                     _mm_set1_epi8(' ')));
        p += 1 + __builtin_ctz(~spaces | 0x10000u); /* (before end: 17 bytes or more were left) */
        if (!gj_i_ws[*p]) return p;
    }
    while (end - p >= 16) {
        unsigned spaces = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)p),
                                                                     _mm_set1_epi8(' ')));
        if (spaces == 0xFFFFu) { p += 16; continue; }
        p += __builtin_ctz(~spaces);
        if (!gj_i_ws[*p]) return p;
        p++; /* a line's end or a tab */
    }
#endif
    while (p < end && gj_i_ws[*p]) p++;
    return p;
}
/* give up: the token decoder takes the frame */
#define GW__GIVE_UP 1

static int gw__fast_obj(gw__fast_ctx *c, const gw__schema *s, unsigned char *base);
static int gw__fast_value(gw__fast_ctx *c, const gw__field *f, unsigned char *base);
static int gw__fast_members_run(gw__fast_ctx *c, const gw__schema *s, unsigned char *base, uint64_t *seen_io, uint32_t last);
GW__INLINE int gw__fast_done(const gw__schema *s, unsigned char *base, uint64_t seen);

/* A string value at c->p (its opening quote): its raw content and escape flag; p past it. */
GW__INLINE int gw__fast_str(gw__fast_ctx *c, gw_str *out)
{
    const unsigned char *s;
    int esc = 0;
    if (c->p >= c->end || *c->p != '"') return GW__GIVE_UP;
    s = ++c->p;
    if (gj_i_scan_string(&c->p, c->end, &esc)) return GW__GIVE_UP;
    out->ptr = (const char *)s;
    out->len = (uint32_t)(c->p - s);
    out->escaped = esc ? GJ_ESCAPED : 0;
    c->p++;
    return 0;
}

/* Is key (read by gw__fast_key or gw__fast_str unescaped, so without NUL bytes) the literal lit? */
GW__INLINE int gw__fast_is(gw_str key, const char *lit)
{
    uint32_t i;
    for (i = 0; i < key.len && lit[i] == key.ptr[i]; i++) {}
    return i == key.len && !lit[i];
}

/* The tag (GW__TAG) of the n-byte key at s, which lies wholly before end. */
GW__INLINE uint64_t gw__key_tag(const unsigned char *s, uint32_t n, const unsigned char *end)
{
    uint64_t w = 0;
    uint32_t i, m = n < 7 ? n : 7;
#ifdef GW__LE_WORDS
    if (end - s >= 8) {
        memcpy(&w, s, 8);
        return (w & (((uint64_t)1 << (8 * m)) - 1)) | (uint64_t)n << 56;
    }
#endif
    (void)end;
    for (i = 0; i < m; i++) w |= (uint64_t)s[i] << (8 * i);
    return w | (uint64_t)n << 56;
}

#ifdef GW__SSE2
/* By a key's length (0 to 15): the bytes of the word at its start that its tag keeps (0 to 6),
   and those of the word at its byte 7 that its second tag keeps */
static const uint64_t gw__tag_mask[16] = {
    0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFFull, 0xFFFFFFFFFFull, 0xFFFFFFFFFFFFull, 0xFFFFFFFFFFFFFFull, 0xFFFFFFFFFFFFFFull,
    0xFFFFFFFFFFFFFFull, 0xFFFFFFFFFFFFFFull, 0xFFFFFFFFFFFFFFull, 0xFFFFFFFFFFFFFFull, 0xFFFFFFFFFFFFFFull,
    0xFFFFFFFFFFFFFFull, 0xFFFFFFFFFFFFFFull };
static const uint64_t gw__tag2_mask[16] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFFull, 0xFFFFFFFFFFull, 0xFFFFFFFFFFFFull,
    0xFFFFFFFFFFFFFFull, 0xFFFFFFFFFFFFFFFFull };
/* A key at p (its opening quote) of up to 15 plain ASCII bytes, 17 bytes readable there: its text,
   tag and second tag (GW__TAG2), found with one load; past its closing quote, or NULL for any other
   key (longer, or an escape, a control byte or a byte >= 0x80 before its quote): read it the slow way */
GW__INLINE const unsigned char *gw__fast_key16(const unsigned char *p, gw_str *key, uint64_t *tag, uint64_t *tag2)
{
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + 1));
    unsigned quotes = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('"'))), n;
    uint64_t w;
    if (!quotes || ((unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)),
                                                              _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')))) &
                    ((quotes & (0 - quotes)) - 1)))
        return NULL;
    n = (unsigned)__builtin_ctz(quotes);
    key->ptr = (const char *)p + 1;
    key->len = n;
    key->escaped = 0;
    memcpy(&w, p + 1, 8);
    *tag = (w & gw__tag_mask[n]) | (uint64_t)n << 56;
    memcpy(&w, p + 8, 8);
    *tag2 = w & gw__tag2_mask[n];
    return p + n + 2;
}
#endif

/* A key at c->p (its opening quote), plain ASCII only: its text and tag, p past its closing quote.
   An escape, a control byte or a byte >= 0x80 gives up (no schema key has one: the token decoder
   reports the key). Keys of up to 7 bytes are found in one 8-byte word. */
GW__INLINE int gw__fast_key(gw__fast_ctx *c, gw_str *out, uint64_t *tag)
{
    const unsigned char *s, *p;
    if (c->p >= c->end || *c->p != '"') return GW__GIVE_UP;
    s = c->p + 1;
#ifdef GW__LE_WORDS
    if (c->end - s >= 8 || (c->end > s && c->end - c->begin >= 8)) {
        uint64_t w, q, b, m;
        ptrdiff_t left = c->end - s;
        if (left >= 8) memcpy(&w, s, 8);
        else memcpy(&w, c->end - 8, 8), w >>= 8 * (8 - left); /* near the end: the word that ends there, its
                                                                 bytes past end zero, which the test flags */
        q = w ^ 0x2222222222222222ull; /* '"' bytes become zero */
        b = w ^ 0x5C5C5C5C5C5C5C5Cull; /* and '\\' bytes */
        m = (((q - 0x0101010101010101ull) & ~q) | ((b - 0x0101010101010101ull) & ~b) | (w - 0x2020202020202020ull) | w) &
            0x8080808080808080ull;
        if (m) { /* the lowest flag is exact: borrows only run upwards */
            uint32_t n = (uint32_t)__builtin_ctzll(m) >> 3;
            if ((ptrdiff_t)n >= left || s[n] != '"') return GW__GIVE_UP;
            out->ptr = (const char *)s;
            out->len = n;
            out->escaped = 0;
            *tag = (w & (((uint64_t)1 << (8 * n)) - 1)) | (uint64_t)n << 56;
            c->p = s + n + 1;
            return 0;
        }
    }
#endif
    p = gj_i_skip_plain(s, c->end);
    while (p < c->end && *p != '"' && *p != '\\' && *p >= 0x20 && *p < 0x80) p++;
    if (p >= c->end || *p != '"' || p - s > 255) return GW__GIVE_UP;
    out->ptr = (const char *)s;
    out->len = (uint32_t)(p - s);
    out->escaped = 0;
    *tag = gw__key_tag(s, out->len, c->end);
    c->p = p + 1;
    return 0;
}

#ifdef GW__SSE2
/* Bit i: byte i of the 16 at p is an ASCII digit */
GW__INLINE uint32_t gw__digit_mask16(const unsigned char *p)
{
    __m128i d = _mm_sub_epi8(_mm_loadu_si128((const __m128i *)(const void *)p), _mm_set1_epi8('0'));
    return (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_subs_epu8(d, _mm_set1_epi8(9)), _mm_setzero_si128()));
}
/* The n (1-8) ASCII digits at p, 8 bytes readable there, as a number: shifted up so the bytes past
   them read as leading zeros, then pairs, fours and the eight combined in one word */
GW__INLINE uint64_t gw__digits_upto8(const unsigned char *p, unsigned n)
{
    uint64_t x;
    memcpy(&x, p, 8);
    x = (x - 0x3030303030303030ull) << (8 * (8 - n));
    x = x * 10 + (x >> 8);
    return (((x & 0x000000FF000000FFull) * (100 + (1000000ull << 32))) +
            (((x >> 16) & 0x000000FF000000FFull) * (1 + (10000ull << 32)))) >> 32;
}
#endif

/* An integer at c->p: sign and magnitude, p past it. A fraction, an exponent, a leading zero or a
   value past 2^64-1 gives up (the token decoder says which error it is). */
GW__INLINE int gw__fast_int(gw__fast_ctx *c, int *neg, uint64_t *mag)
{
    const unsigned char *p = c->p, *d, *stop;
    uint64_t v;
    if (p >= c->end) return GW__GIVE_UP;
    *neg = *p == '-';
    d = p += *neg;
#ifdef GW__SSE2
    if (c->end - p >= 16) { /* up to 15 digits: found with one load, converted a word at a time */
        unsigned n = (unsigned)__builtin_ctz(~gw__digit_mask16(p));
        if (n - 1 < 15) {
            if ((*p == '0' && n > 1) || p[n] == '.' || (p[n] | 0x20) == 'e') return GW__GIVE_UP;
            *mag = n <= 8 ? gw__digits_upto8(p, n) : gw__digits_upto8(p, n - 8) * 100000000u + gw__digits_upto8(p + n - 8, 8);
            c->p = p + n;
            return 0;
        }
        if (!n) return GW__GIVE_UP;
    }
#endif
    if (p >= c->end || !GJ_I_DIGIT(*p)) return GW__GIVE_UP;
    v = (uint64_t)(*p++ - '0');
    if (v && p < c->end && GJ_I_DIGIT(*p)) { /* more digits, no leading zero: up to 20 */
        uint32_t d8;
        stop = c->end - d > 20 ? d + 20 : c->end;
        while (stop - p >= 8 && GJ_I_DIGIT(p[7]) && gj_i_digits8((const char *)p, &d8)) v = v * 100000000u + d8, p += 8;
        while (p < stop && GJ_I_DIGIT(*p)) v = v * 10 + (uint64_t)(*p++ - '0');
        if (p - d == 20 && memcmp(d, "18446744073709551615", 20) > 0) return GW__GIVE_UP;
    }
    if (p < c->end && (GJ_I_DIGIT(*p) || *p == '.' || (*p | 0x20) == 'e')) return GW__GIVE_UP;
    c->p = p;
    *mag = v;
    return 0;
}

/* gw__int_put of a value without a sign, inlined: within the kind's range and the field's maximum */
GW__INLINE int gw__uint_put(const gw__field *f, uint64_t mag, unsigned char *dst)
{
    uint64_t hi = f->kind == GW__U16 ? UINT16_MAX : f->kind == GW__U32 ? UINT32_MAX : f->kind == GW__I32 ? (uint64_t)INT32_MAX
                : f->kind == GW__I64 ? (uint64_t)INT64_MAX : UINT64_MAX;
    if (f->cval > 0 && (uint64_t)f->cval < hi) hi = (uint64_t)f->cval;
    if (mag > hi) return 1;
    if (f->kind == GW__U16) {
        uint16_t x = (uint16_t)mag;
        memcpy(dst, &x, sizeof x);
    } else if (f->kind == GW__U32 || f->kind == GW__I32) {
        uint32_t x = (uint32_t)mag; /* an int32_t's bits, as it is at most INT32_MAX */
        memcpy(dst, &x, sizeof x);
    } else {
        memcpy(dst, &mag, sizeof mag);
    }
    return 0;
}

/* A snowflake's digits (the string's content): 1-20 digits, no leading zero, at most 2^64-1, as
   gj_parse_u64 takes them; eight digits a step. */
static int gw__fast_digits(const char *s, uint32_t n, uint64_t *out)
{
    uint64_t v = 0;
    uint32_t i = 0, d8;
    if (!n || n > 20 || (s[0] == '0' && n > 1)) return GW__GIVE_UP;
    while (n - i >= 8 && gj_i_digits8(s + i, &d8)) v = v * 100000000u + d8, i += 8;
    for (; i < n; i++) {
        unsigned d = (unsigned)(unsigned char)s[i] - '0';
        if (d > 9) return GW__GIVE_UP;
        v = v * 10 + d;
    }
    if (n == 20 && memcmp(s, "18446744073709551615", 20) > 0) return GW__GIVE_UP;
    *out = v;
    return 0;
}

GW__INLINE int gw__fast_word(gw__fast_ctx *c, const char *w, size_t n) /* n a constant where it is inlined */
{
    if ((size_t)(c->end - c->p) < n || memcmp(c->p, w, n) != 0) return GW__GIVE_UP;
    c->p += n;
    return 0;
}

/* The first '"' or '\\' at or after p, or end: what a skip looks for inside a string (UTF-8 and
   control bytes are left to the decode that follows). 16 bytes a step with SSE2, 8 with SWAR. */
GW__INLINE const unsigned char *gw__fast_quote_or_escape(const unsigned char *p, const unsigned char *end)
{
#ifdef GW__SSE2
    while (end - p >= 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
        unsigned bits = (unsigned)_mm_movemask_epi8(
            _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
        if (bits) return p + __builtin_ctz(bits);
        p += 16;
    }
#endif
#ifdef GW__LE_WORDS
    while (end - p >= 8) {
        uint64_t w, q, b, m;
        memcpy(&w, p, 8);
        q = w ^ 0x2222222222222222ull;
        b = w ^ 0x5C5C5C5C5C5C5C5Cull;
        m = (((q - 0x0101010101010101ull) & ~q) | ((b - 0x0101010101010101ull) & ~b)) & 0x8080808080808080ull;
        if (m) return p + (__builtin_ctzll(m) >> 3); /* the lowest flag is exact */
        p += 8;
    }
#endif
    while (p < end && *p != '"' && *p != '\\') p++;
    return p;
}

/* Past the string whose opening quote is at p (its content is not checked), or NULL at end. */
GW__INLINE const unsigned char *gw__fast_skip_string(const unsigned char *p, const unsigned char *end)
{
    for (p++;;) {
        p = gw__fast_quote_or_escape(p, end);
        if (p >= end) return NULL;
        if (*p == '"') return p + 1;
        p += 2;
    }
}

/* The state of a structural walk (gw__fast_walk) between blocks */
typedef struct gw__walk { uint32_t depth, deepest, commas; int in_string; } gw__walk;

/* The walk over bytes [p, stop) one at a time: past the container's closing bracket (*closed set),
   or where it stopped: stop, or stop + 1 when the byte before stop began an escape (end at most). */
GW__INLINE const unsigned char *gw__fast_walk_bytes(const unsigned char *p, const unsigned char *stop, const unsigned char *end,
                                                 gw__walk *w, int count, int *closed)
{
    for (; p < stop; p++) {
        unsigned c = *p;
        if (w->in_string) {
            if (c == '"') w->in_string = 0;
            else if (c == '\\' && ++p == end) return end;
        } else if (c == '"') {
            w->in_string = 1;
        } else if (count && c == ',') {
            w->commas += w->depth == 1;
        } else if (c == '{' || c == '[') {
            if (++w->depth > w->deepest) w->deepest = w->depth;
        } else if ((c == '}' || c == ']') && !--w->depth) {
            *closed = 1;
            return p + 1;
        }
    }
    return p;
}

#ifdef GW__SSE2
/* Bit i: byte i of the 64 at b equals c */
GW__INLINE uint64_t gw__eq64(const __m128i v[4], __m128i c)
{
    return (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v[0], c)) |
           (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v[1], c)) << 16 |
           (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v[2], c)) << 32 |
           (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v[3], c)) << 48;
}
#endif

/* Past the container whose opening bracket is at p (strings and escapes inside it respected,
   nothing else checked), or NULL when it does not close before end; *most: its deepest nesting;
   *commas (when commas is not NULL): the commas directly inside it. With SSE2, 64 bytes a step:
   bit masks of quotes, of brackets and braces (b | 0x26 == 0x7F), and of commas when counting; a
   prefix XOR of the quotes masks out what lies inside strings, so only the structure outside them
   takes a step each. A quote after a lone backslash is content; a block with a run of backslashes
   or one in its last byte goes byte by byte. The last partial block is copied into spaces. Always inlined, so a walk that counts nothing compares for
   no comma. */
GW__INLINE const unsigned char *gw__fast_walk(const unsigned char *p, const unsigned char *end, uint32_t *most, uint32_t *commas)
{
    gw__walk w = { 0, 0, 0, 0 };
    int closed = 0;
#ifdef GW__SSE2
    unsigned char pad[64];
    while (p < end) {
        const unsigned char *b = p;
        size_t left = (size_t)(end - p);
        __m128i v[4];
        uint64_t quotes, inside, bits;
        if (left < 64) {
            memset(pad, ' ', sizeof pad);
            memcpy(pad, p, left);
            b = pad;
        }
        v[0] = _mm_loadu_si128((const __m128i *)(const void *)b);
        v[1] = _mm_loadu_si128((const __m128i *)(const void *)(b + 16));
        v[2] = _mm_loadu_si128((const __m128i *)(const void *)(b + 32));
        v[3] = _mm_loadu_si128((const __m128i *)(const void *)(b + 48));
        quotes = gw__eq64(v, _mm_set1_epi8('"'));
        {
            __m128i bs = _mm_set1_epi8('\\');
            if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v[0], bs), _mm_cmpeq_epi8(v[1], bs)),
                                               _mm_or_si128(_mm_cmpeq_epi8(v[2], bs), _mm_cmpeq_epi8(v[3], bs))))) {
                uint64_t escapes = gw__eq64(v, bs);
                if ((escapes & escapes << 1) || escapes >> 63) { /* "\\" runs, or an escape across blocks */
                    p = gw__fast_walk_bytes(p, left < 64 ? end : p + 64, end, &w, commas != NULL, &closed);
                    if (closed) break;
                    continue;
                }
                quotes &= ~(escapes << 1); /* lone backslashes: the byte after each is content */
            }
        }
        inside = quotes ^ quotes << 1; /* prefix XOR: bit i set while byte i is inside a string */
        inside ^= inside << 2;
        inside ^= inside << 4;
        inside ^= inside << 8;
        inside ^= inside << 16;
        inside ^= inside << 32;
        inside ^= 0 - (uint64_t)w.in_string; /* the string the block began in */
        w.in_string = (int)(inside >> 63);
        {
            __m128i k = _mm_set1_epi8(0x26);
            __m128i o[4];
            o[0] = _mm_or_si128(v[0], k), o[1] = _mm_or_si128(v[1], k), o[2] = _mm_or_si128(v[2], k), o[3] = _mm_or_si128(v[3], k);
            bits = gw__eq64(o, _mm_set1_epi8(0x7F));
        }
        if (commas) bits |= gw__eq64(v, _mm_set1_epi8(','));
        bits &= ~inside;
        while (bits) {
            unsigned i = (unsigned)__builtin_ctzll(bits), c = b[i];
            bits &= bits - 1;
            if (c == ',') {
                w.commas += w.depth == 1;
            } else if (c == '{' || c == '[') {
                if (++w.depth > w.deepest) w.deepest = w.depth;
            } else if (c != '}' && c != ']') {
                return NULL; /* Y, y, _ or DEL outside a string: not JSON */
            } else if (!--w.depth) {
                *most = w.deepest;
                if (commas) *commas = w.commas;
                return p + i + 1;
            }
        }
        if (left <= 64) return NULL;
        p += 64;
    }
#endif
    if (!closed) p = gw__fast_walk_bytes(p, end, end, &w, commas != NULL, &closed);
    if (!closed) return NULL;
    *most = w.deepest;
    if (commas) *commas = w.commas;
    return p;
}

static const unsigned char *gw__fast_skip_container(const unsigned char *p, const unsigned char *end, uint32_t *most)
{
    return gw__fast_walk(p, end, most, NULL);
}

/* Elements of the array whose '[' is at p, counted by a structural walk (its commas + 1), so the
   list is allocated once before its elements are decoded. The decode validates them. */
static int gw__fast_count(const unsigned char *p, const unsigned char *end, uint32_t *count)
{
    const unsigned char *q = p + 1;
    uint32_t most, commas;
    while (q < end && gj_i_ws[*q]) q++;
    if (q < end && *q == ']') { *count = 0; return 0; }
    if (!gw__fast_walk(p, end, &most, &commas)) return GW__GIVE_UP;
    *count = commas + 1;
    return 0;
}

/* Skip the value at c->p without typing it (strings are scanned for their closing quote only);
   what is skipped is decoded later, which validates it. */
static int gw__fast_skip(gw__fast_ctx *c, uint32_t *deepest)
{
    uint32_t most = 0;
    const unsigned char *p = c->p, *end = c->end;
    if (p >= end) return GW__GIVE_UP;
    if (*p == '"') {
        if (!(p = gw__fast_skip_string(p, end))) return GW__GIVE_UP;
    } else if (*p == '{' || *p == '[') {
        if (!(p = gw__fast_skip_container(p, end, &most))) return GW__GIVE_UP;
    } else if (*p == '}' || *p == ']') {
        return GW__GIVE_UP;
    } else if (end - p >= 4 && (memcmp(p, "null", 4) == 0 || memcmp(p, "true", 4) == 0)) {
        p += 4;
    } else { /* a number or another literal: to its end */
        p++;
#ifdef GW__SSE2
        if (end - p >= 16) p += __builtin_ctz(~gw__digit_mask16(p)); /* its digits at once (a bit past 15 is set) */
#endif
        while (p < end && *p != ',' && *p != '}' && *p != ']' && !gj_i_ws[*p]) p++;
    }
    c->p = p;
    if (deepest) *deepest = most;
    return 0;
}

/* After a value inside a container: whitespace, then ',' (1) or the closing byte (0). */
GW__INLINE int gw__fast_next(gw__fast_ctx *c, unsigned char close, int *more)
{
    if (c->p < c->end && gj_i_ws[*c->p]) c->p = gw__skip_indent(c->p, c->end);
    if (c->p >= c->end) return GW__GIVE_UP;
    if (*c->p == ',') {
        c->p++;
        if (c->p < c->end && gj_i_ws[*c->p]) c->p = gw__skip_indent(c->p, c->end);
        *more = 1;
        return 0;
    }
    if (*c->p == close) { c->p++; *more = 0; return 0; }
    return GW__GIVE_UP;
}

#ifdef GW__SSE2
/* The 16 ASCII digits at s as a number: digit pairs, then groups of four, then of eight */
GW__INLINE uint64_t gw__digits16(const unsigned char *s)
{
    __m128i d = _mm_sub_epi8(_mm_loadu_si128((const __m128i *)(const void *)s), _mm_set1_epi8('0'));
    __m128i t = _mm_add_epi16(_mm_mullo_epi16(_mm_and_si128(d, _mm_set1_epi16(0xFF)), _mm_set1_epi16(10)), _mm_srli_epi16(d, 8));
    t = _mm_madd_epi16(t, _mm_set_epi16(1, 100, 1, 100, 1, 100, 1, 100));
    t = _mm_packs_epi32(t, t);
    t = _mm_madd_epi16(t, _mm_set_epi16(1, 10000, 1, 10000, 1, 10000, 1, 10000));
    return (uint64_t)(uint32_t)_mm_cvtsi128_si32(t) * 100000000u + (uint32_t)_mm_cvtsi128_si32(_mm_srli_si128(t, 4));
}
#endif

/* A snowflake string at p (its opening quote): 1-20 digits, no leading zero, at most 2^64-1, as
   gj_get_u64_str takes them; eight digits a step, two steps at most (ids are 17-20 digits: the
   last few cost less a byte at a time than a third word). p past its closing quote, or NULL. */
GW__INLINE const unsigned char *gw__fast_snowflake(const unsigned char *p, const unsigned char *end, uint64_t *out)
{
    const unsigned char *s = p + 1, *q = s;
    uint64_t v = 0;
    uint32_t d8;
    size_t n;
#ifdef GW__SSE2
    if (end - s >= 32) { /* the digits found 32 bytes at a time; 16 or more converted 16 at once */
        uint32_t digits = gw__digit_mask16(s) | gw__digit_mask16(s + 16) << 16;
        if (digits == 0xFFFFFFFFu) return NULL; /* over 20 digits */
        n = (size_t)__builtin_ctz(~digits);
        if (n >= 16) {
            uint32_t lead;
            if (n > 20 || s[n] != '"' || *s == '0' || (n == 20 && memcmp(s, "18446744073709551615", 20) > 0)) return NULL;
            /* the n - 16 leading digits (0-4): the first four, shifted so the others read as zeros */
            memcpy(&lead, s, 4);
            v = (uint64_t)(lead - 0x30303030u) << (8 * (20 - n)) & 0xFFFFFFFFu;
            v = (v * 10 + (v >> 8)) & 0x00FF00FFu;
            v = (v * 100 + (v >> 16)) & 0xFFFFu;
            *out = v * 10000000000000000ull + gw__digits16(s + n - 16);
            return s + n + 1;
        }
    }
#endif
    while (end - q >= 8 && q - s < 16 && gj_i_digits8((const char *)q, &d8)) v = v * 100000000u + d8, q += 8;
    while (q < end && GJ_I_DIGIT(*q)) v = v * 10 + (uint64_t)(*q++ - '0');
    n = (size_t)(q - s);
    if (q >= end || *q != '"' || n - 1 >= 20 || (*s == '0' && n > 1) ||
        (n == 20 && memcmp(s, "18446744073709551615", 20) > 0))
        return NULL;
    *out = v;
    return q + 1;
}

/* The object whose '{' is at c->p by schema s (not a tuple), to past its '}': its members, then its
   required keys and cross-field rule. Inlined where objects are common: members, list elements. */
GW__INLINE int gw__fast_object_at(gw__fast_ctx *c, const gw__schema *s, unsigned char *base)
{
    uint64_t seen = 0;
    c->p++;
    GW__SKIP_WS(c);
    if (c->p < c->end && *c->p == '}') c->p++;
    else if (gw__fast_members_run(c, s, base, &seen, s->n)) return GW__GIVE_UP;
    return gw__fast_done(s, base, seen);
}

/* Where element i of an outermost array goes: the start of the free space, the array growing as
   elements come (arrays inside its elements go to the end, so it stays contiguous). NULL: full. */
GW__INLINE unsigned char *gw__fast_slot_outer(gw__fast_ctx *c, const gw__field *el, size_t at, uint32_t i)
{
    unsigned char *item;
    if (at > c->top || ((uint64_t)i + 1) * el->size > (uint64_t)(c->top - at)) return NULL; /* i < 2^32, size <= 512 */
    item = c->mem + at + (size_t)i * el->size;
    if (el->kind != GW__SNOWFLAKE) memset(item, 0, el->size); /* an id is written whole */
    c->used = at + ((size_t)i + 1) * el->size;
    return item;
}

/* Where element i of an array inside another's element goes: at its first element the array
   (its '[' at open) is counted and placed below the free space's end, growing downwards. NULL:
   full, or more elements than counted. */
GW__INLINE unsigned char *gw__fast_slot_inner(gw__fast_ctx *c, const gw__field *el, const unsigned char *open, uint32_t i,
                                              unsigned char **items, uint32_t *count)
{
    if (i == 0) {
        uint32_t n;
        size_t at, hi = c->top & ~(size_t)7; /* no product or difference here can wrap */
        if (gw__fast_count(open, c->end, &n) || hi < c->used || n > (hi - c->used) / el->size) return NULL;
        at = (hi - (size_t)n * el->size) & ~(size_t)7;
        if (at < c->used) return NULL;
        c->top = at;
        *items = c->mem + at;
        memset(*items, 0, (size_t)n * el->size);
        *count = n;
    }
    return i < *count ? *items + (size_t)i * el->size : NULL;
}

/* A list's elements from *i on while they are ids (snowflake strings), written whole where
   gw__fast_slot_outer puts them (element i at at + 8 * i); *more as gw__fast_next leaves it. The
   first element of another type is left to the caller's loop, c->p at it. */
GW__INLINE int gw__fast_id_run(gw__fast_ctx *c, size_t at, uint32_t *i, int *more)
{
    const unsigned char *p = c->p, *end = c->end;
    uint32_t n = *i;
    size_t room = at <= c->top ? (c->top - at) / sizeof(uint64_t) : 0;
    while (p < end && *p == '"') {
        uint64_t v;
        if (n >= room || !(p = gw__fast_snowflake(p, end, &v))) return GW__GIVE_UP;
        memcpy(c->mem + at + (size_t)n++ * sizeof v, &v, sizeof v);
        if (p < end && *p == ',') {
            do p++; while (p < end && gj_i_ws[*p]);
            continue;
        }
        while (p < end && gj_i_ws[*p]) p++;
        if (p >= end || *p != ']') return GW__GIVE_UP;
        p++;
        *more = 0;
        break;
    }
    c->p = p;
    c->used = at + (size_t)n * sizeof(uint64_t);
    *i = n;
    return 0;
}

/* Does a value of field f take no scratch: no list in it, at any depth? */
static int gw__fast_flat(const gw__field *f)
{
    uint32_t j;
    if (f->kind == GW__ARR) return 0;
    if (f->kind != GW__OBJ) return 1;
    for (j = 0; j < gw__sub_schema(f)->n; j++)
        if (!gw__fast_flat(&gw__sub_schema(f)->f[j])) return 0;
    return 1;
}

/* The elements of the array whose '[' is at open (c->p at its first element, `more`: there is
   one), into scratch: *items and *count. A list inside another list's element whose elements hold
   no list (gw__fast_flat) is not counted first: its elements go to the free space's start as they
   come (no other value takes scratch meanwhile), then move below the free space's end, where a
   counted list would be. */
static int gw__fast_elements(gw__fast_ctx *c, const gw__field *el, const unsigned char *open, int more, unsigned char **items,
                             uint32_t *count)
{
    const int gather = c->level && gw__fast_flat(el);
    const size_t used = c->used;
    size_t at = c->level && !gather ? 0 : (c->used + 7) & ~(size_t)7;
    uint32_t i, counted = 0;
    *items = c->mem ? c->mem + (c->level ? 0 : at) : NULL; /* no scratch: nothing is placed (never NULL + 0) */
    c->level++;
    i = 0;
    if (el->kind == GW__SNOWFLAKE && el->size == sizeof(uint64_t) && (c->level == 1 || gather) && more &&
        gw__fast_id_run(c, at, &i, &more))
        return GW__GIVE_UP;
    for (; more; i++) {
        unsigned char *item = c->level > 1 && !gather ? gw__fast_slot_inner(c, el, open, i, items, &counted)
                                                      : gw__fast_slot_outer(c, el, at, i);
        if (!item) return GW__GIVE_UP;
        if (el->kind == GW__SNOWFLAKE && c->p < c->end && *c->p == '"') { /* a list of ids, inline */
            uint64_t v;
            const unsigned char *q = gw__fast_snowflake(c->p, c->end, &v);
            if (!q) return GW__GIVE_UP;
            memcpy(item, &v, sizeof v);
            c->p = q;
        } else if (el->kind == GW__OBJ && c->p < c->end && *c->p == '{' && !gw__sub_schema(el)->tuple) { /* a list of objects */
            if (gw__fast_object_at(c, gw__sub_schema(el), item)) return GW__GIVE_UP;
        } else if (gw__fast_value(c, el, item)) {
            return GW__GIVE_UP;
        }
        if (gw__fast_next(c, ']', &more)) return GW__GIVE_UP;
    }
    c->level--;
    if (!i) {
        if (c->p >= c->end || *c->p != ']') return GW__GIVE_UP;
        c->p++;
    }
    if (gather && i) { /* below the free space's end, 8-aligned (at + n <= top: only that alignment can fail) */
        size_t n = (size_t)i * el->size, hi = c->top & ~(size_t)7, to;
        if (hi < n || (to = (hi - n) & ~(size_t)7) < used) return GW__GIVE_UP;
        memmove(c->mem + to, c->mem + at, n);
        c->top = to;
        c->used = used;
        *items = c->mem + to;
    } else if (c->level && i != counted) {
        return GW__GIVE_UP;
    }
    *count = i;
    return 0;
}

/* A list of field f, inside its one-element wrappers (D-16, D-17), into dst. */
static int gw__fast_array(gw__fast_ctx *c, const gw__field *f, unsigned char *dst)
{
    gw_u32_list list; /* every list type shares this layout */
    unsigned char *items;
    const unsigned char *open;
    uint32_t w;
    int more;
    for (w = 0; w < f->wrap; w++) { /* one-element wrappers, or [] for none */
        if (c->p >= c->end || *c->p != '[') return GW__GIVE_UP;
        c->p++;
        GW__SKIP_WS(c);
        if (c->p < c->end && *c->p == ']' && w == 0) { c->p++; memset(dst, 0, sizeof list); return 0; }
    }
    if (c->p >= c->end || *c->p != '[') return GW__GIVE_UP;
    open = c->p++;
    GW__SKIP_WS(c);
    more = c->p < c->end && *c->p != ']';
    if (f->wrap && !more && !(f->flags & GW__WRAPPED_EMPTY)) return GW__GIVE_UP;
    if (gw__fast_elements(c, gw__sub_elem(f), open, more, &items, &list.count)) return GW__GIVE_UP;
    list.items = (const uint32_t *)(void *)items;
    memcpy(dst, &list, sizeof list);
    for (w = 0; w < f->wrap; w++) { /* each wrapper holds exactly this one element */
        GW__SKIP_WS(c);
        if (c->p >= c->end || *c->p != ']') return GW__GIVE_UP;
        c->p++;
    }
    return 0;
}

/* Any value, kept as text (gw_raw) into dst: read and validated in one run, duplicate keys too,
   as the tokenizer would take it (no token is written). */
/* Is key the opcode's, or a key of a path where a name sits (gw__place_keys), in any protocol?
   Lenient decoding does not skip such a member in the one pass: the token decoder's dispatch reads
   it, where the one pass's relies on a strict decode refusing a key its kind does not have. */
static int gw__names_kinds(gw_str key, const char *op_key)
{
    size_t i;
    if (gw__fast_is(key, op_key)) return 1;
    for (i = 0; i < sizeof gw__place_keys / sizeof gw__place_keys[0]; i++)
        if (gw__fast_is(key, gw__place_keys[i])) return 1;
    return 0;
}

/* The length of the JSON value at c->p, validated as the tokenizer validates it, or 0. Such values
   (gw_raw, and what lenient decoding skips) sit at most 16 containers deep (tables): nesting past
   the limit is the token decoder's error to report. No scratch: the token path asks for some. The
   value's tokens must fit where they went when it was tokenized into scratch, so that a scratch
   too small is still the token path's GW_ERR_SCRATCH */
static size_t gw__fast_value_len(const gw__fast_ctx *c)
{
    size_t at = (c->used + 7) & ~(size_t)7;
    if (!c->mem || GJ_MAX_DEPTH < 16 || at > c->top) return 0;
    return gj_i_value_len((const char *)c->p, (size_t)(c->end - c->p), (unsigned)GJ_MAX_DEPTH - 16u, (c->top - at) / sizeof(gj_tok));
}

static int gw__fast_raw(gw__fast_ctx *c, unsigned char *dst)
{
    size_t n = gw__fast_value_len(c);
    gw_raw r;
    if (!n) return GW__GIVE_UP;
    r.ptr = (const char *)c->p;
    r.len = (uint32_t)n;
    c->p += n;
    memcpy(dst, &r, sizeof r);
    return 0;
}

/* One value of field f at c->p (no leading whitespace) into base + f->off, as gw__decode_value. */
static int gw__fast_value(gw__fast_ctx *c, const gw__field *f, unsigned char *base)
{
    unsigned char *dst = base + f->off;
    gw_str sv;
    int neg;
    uint64_t mag;
    if (c->p >= c->end) return GW__GIVE_UP;
    if (*c->p == 'n' && (f->flags & GW__NULLABLE)) return gw__fast_word(c, "null", 4); /* has_ stays false */
    if (f->has != GW__NOHAS) base[f->has] = 1;
    switch (f->kind) {
    case GW__STR:
        if (gw__fast_str(c, &sv) || (f->cval != GW__FMT_ANY && !gw__format_ok(f->cval, &sv))) return GW__GIVE_UP;
        memcpy(dst, &sv, sizeof sv);
        return 0;
    case GW__SNOWFLAKE: case GW__ID:
        if (*c->p != '"' ? f->kind == GW__SNOWFLAKE && !(f->flags & GW__ALT) : f->kind == GW__ID && !(f->flags & GW__ALT))
            return GW__GIVE_UP;
        if (*c->p != '"') return gw__fast_int(c, &neg, &mag) || gw__int_put(f, neg, mag, dst);
        if (gw__fast_str(c, &sv) || sv.escaped) return GW__GIVE_UP; /* as gj_get_u64_str */
        {
            uint64_t v;
            if (gw__fast_digits(sv.ptr, sv.len, &v)) return GW__GIVE_UP;
            memcpy(dst, &v, sizeof v);
        }
        return 0;
    case GW__U16: case GW__U32: case GW__U64: case GW__I32: case GW__I64:
        return gw__fast_int(c, &neg, &mag) || gw__int_put(f, neg, mag, dst);
    case GW__BOOL: {
        bool v = *c->p == 't';
        if (v ? gw__fast_word(c, "true", 4) : gw__fast_word(c, "false", 5)) return GW__GIVE_UP;
        memcpy(dst, &v, sizeof v);
        return 0;
    }
    case GW__OBJ:
        return gw__fast_obj(c, gw__sub_schema(f), dst);
    case GW__ARR:
        return gw__fast_array(c, f, dst);
    case GW__CONST_INT: /* f->cval is a small opcode */
        return gw__fast_int(c, &neg, &mag) || neg != (f->cval < 0) || mag != (uint64_t)(f->cval < 0 ? -f->cval : f->cval);
    case GW__CONST_STR: {
        const char *want = gw__sub_text(f);
        return gw__fast_str(c, &sv) || !(sv.escaped ? gj_i_raw_eq(sv.ptr, sv.len, 1, want, (size_t)f->cval, 0)
                                                    : sv.len == (uint64_t)f->cval && gw__same(sv.ptr, want, sv.len));
    }
    case GW__NULL:
        return gw__fast_word(c, "null", 4);
    case GW__ENUM: {
        const char *const *names = gw__sub_names(f);
        int i;
        if (gw__fast_str(c, &sv)) return GW__GIVE_UP;
        for (i = 0; i < (int)f->cval; i++)
            if (sv.escaped ? gj_i_raw_eq(sv.ptr, sv.len, 1, names[i], strlen(names[i]), 0) : gw__fast_is(sv, names[i])) {
                memcpy(dst, &i, sizeof i);
                return 0;
            }
        return GW__GIVE_UP;
    }
    case GW__RAW:
        return gw__fast_raw(c, dst);
    default:
        return GW__GIVE_UP;
    }
}

/* Is field f's key the key k, whose tags (GW__TAG, GW__TAG2) are ktag and ktag2? Keys of up to 15
   bytes compare in two words, longer ones their tails too. */
#define GW__KEY_IS(f, k, ktag, ktag2) \
    ((f).tag == (ktag) && ((k).len <= 7 || ((f).tag2 == (ktag2) && ((k).len <= 15 || gw__same((k).ptr + 15, (f).name + 15, (k).len - 15)))))
/* The second tag of key (bytes 7 to 14, zero past its end) */
GW__INLINE uint64_t gw__key_tag2(gw_str key)
{
    uint64_t w = 0;
    uint32_t i;
    for (i = 7; i < key.len && i < 15; i++) w |= (uint64_t)(unsigned char)key.ptr[i] << (8 * (i - 7));
    return w;
}
/* The first 8 bytes of a key and the quote after it (zero after that), from its tags: what a key
   table hashes, masked to the bytes the schema's keys fix (key_mask) */
GW__INLINE uint64_t gw__key_prefix(uint64_t tag, uint64_t tag2, uint32_t len)
{
    uint64_t w = (tag & 0x00FFFFFFFFFFFFFFull) | tag2 << 56;
    return len < 8 ? w | (uint64_t)'"' << (8 * len) : w;
}
#define GW__SLOT(s, w) ((s)->slots[(((w) & (s)->key_mask) * (s)->slot_mul) >> (s)->slot_shift] - '#')
/* The field of s whose key is `key` (tags tag and tag2), or -1: in one step by the schema's key
   table (a key that shares its first bytes with another is searched); else searched from the
   field after `last` (the one read before; s->n for none), so that keys in table order or in
   reverse cost one or two compares. */
GW__INLINE int gw__fast_lookup(const gw__schema *s, gw_str key, uint64_t tag, uint64_t tag2, uint32_t last)
{
    const gw__field *fs = s->f;
    uint32_t n = s->n, i;
    {
        int k = GW__SLOT(s, gw__key_prefix(tag, tag2, key.len));
        if ((uint32_t)k < n && GW__KEY_IS(fs[k], key, tag, tag2)) return k;
    }
    if (!n) return -1;
    i = last + 1 >= n ? 0 : last + 1;
    if (GW__KEY_IS(fs[i], key, tag, tag2)) return (int)i;
    i = last ? last - 1 : n - 1;
    if (GW__KEY_IS(fs[i], key, tag, tag2)) return (int)i;
    for (i = 0; i < n; i++)
        if (GW__KEY_IS(fs[i], key, tag, tag2)) return (int)i;
    return -1;
}

/* After the last member: every required field there, then the cross-field rule. */
GW__INLINE int gw__fast_done(const gw__schema *s, unsigned char *base, uint64_t seen)
{
    uint32_t j;
    if (s->required != ~(uint64_t)0) {
        if ((seen & s->required) != s->required) return GW__GIVE_UP;
    } else if (s->n >= 64 || seen + 1 != (uint64_t)1 << s->n) {
        for (j = 0; j < s->n; j++)
            if (!(seen >> j & 1) && !(s->f[j].flags & GW__OPT)) return GW__GIVE_UP;
    }
    return s->check && s->check(base) ? GW__GIVE_UP : 0;
}

/* A key and its ':' (c->p at the key's quote): its text and tags (GW__TAG, GW__TAG2); p at the
   value after it. */
GW__INLINE int gw__fast_key_colon(gw__fast_ctx *c, gw_str *key, uint64_t *tag, uint64_t *tag2)
{
#ifdef GW__SSE2
    const unsigned char *after;
    if (c->end - c->p >= 17 && *c->p == '"' && (after = gw__fast_key16(c->p, key, tag, tag2)) != NULL) c->p = after;
    else
#endif
    {
        if (gw__fast_key(c, key, tag)) return GW__GIVE_UP;
        *tag2 = gw__key_tag2(*key);
    }
    if (c->p < c->end && *c->p == ':') c->p++;
    else {
        GW__SKIP_WS(c);
        if (c->p >= c->end || *c->p != ':') return GW__GIVE_UP;
        c->p++;
    }
    GW__SKIP_WS(c);
    return 0;
}

/* A string at p (its opening quote): its content, p past its closing quote, or NULL. */
GW__INLINE const unsigned char *gw__fast_string(const unsigned char *p, const unsigned char *end, gw_str *out)
{
    const unsigned char *s = p + 1, *q = gj_i_skip_plain(s, end);
    int esc = 0;
    if (q >= end || *q != '"') {
        if (gj_i_scan_string(&q, end, &esc)) return NULL;
    }
    out->ptr = (const char *)s;
    out->len = (uint32_t)(q - s);
    out->escaped = esc ? GJ_ESCAPED : 0;
    return q + 1;
}

#ifdef GW__LE_WORDS
/* The bytes at q, up to 8, zero past end (q < end; begin: the frame's first byte) */
GW__INLINE uint64_t gw__word_near(const unsigned char *q, const unsigned char *begin, const unsigned char *end)
{
    uint64_t w = 0;
    ptrdiff_t left = end - q, i;
    if (left >= 8) memcpy(&w, q, 8);
    else if (end - begin >= 8) memcpy(&w, end - 8, 8), w >>= 8 * (8 - left); /* the word that ends there */
    else for (i = 0; i < left; i++) w |= (uint64_t)q[i] << (8 * i);
    return w;
}
/* The two bytes at p, the first in the low byte */
GW__INLINE unsigned gw__load16(const unsigned char *p)
{
    uint16_t v;
    memcpy(&v, p, 2);
    return v;
}

/* gw__fast_key_lit within 16 bytes of end (the last keys of every frame): the same slot, the
   literal compared a word at a time (begin: the frame's first byte); *len as gw__fast_key_lit's *n */
GW__INLINE int gw__fast_key_lit_near(const gw__schema *s, const unsigned char *p, const unsigned char *begin, const unsigned char *end,
                                     uint32_t *len)
{
    uint32_t n;
    int k;
    uint64_t diff;
    if (end - p < 4) return -1;
    k = GW__SLOT(s, gw__word_near(p + 1, begin, end));
    if (k < 0 || (n = s->f[k].name_len + 3u) > (uint32_t)(end - p) || n > 16) return -1;
    diff = gw__word_near(p, begin, end) ^ s->f[k].lit[0];
    if (n < 8 ? (diff & (((uint64_t)1 << (8 * n)) - 1)) != 0 : diff != 0) return -1;
    if (n > 8) {
        diff = gw__word_near(p + 8, begin, end) ^ s->f[k].lit[1];
        if (n < 16 ? (diff & (((uint64_t)1 << (8 * (n - 8))) - 1)) != 0 : diff != 0) return -1;
    }
#if defined(GW__SSE2) && !defined(GJ_NO_SIMD)
    if (end - begin >= 16) { /* from the input's closing quote, as gw__fast_key_lit: the 16 bytes that end at end */
        unsigned quotes = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)(end - 16)),
                                                                      _mm_set1_epi8('"'))) >> (16 - (end - p));
        n = (uint32_t)__builtin_ctz(quotes >> 1) + 3u;
    }
#endif
    *len = n;
    return k;
}
/* The field of s whose key and colon start at p, 16 bytes readable there, and in *n the bytes to
   past the colon: the table's slot for the key's first bytes, then the bytes "key": compared with
   the field's literal at once. -1 for any other key or spelling (one that shares its first bytes
   with another key, of 14 bytes or more, with an escape or a space before its colon): the caller
   reads it byte by byte. */
GW__INLINE int gw__fast_key_lit(const gw__schema *s, const unsigned char *p, uint32_t *n, const gw__field **fp)
{
#if defined(GW__SSE2) && !defined(GJ_NO_SIMD) /* GJ_NO_SIMD (a test option): words, as near the end */
    uint64_t w;
    int k;
    __m128i in = _mm_loadu_si128((const __m128i *)(const void *)p);
    unsigned quotes = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(in, _mm_set1_epi8('"')));
    memcpy(&w, p + 1, 8);
    k = GW__SLOT(s, w);
    if (k < 0) return -1; /* a slot holds a field or '!' */
    {
        const gw__field *f = &s->f[k];
        unsigned same = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(in, _mm_loadu_si128((const __m128i *)(const void *)f->lit)));
        if (~same & f->lit_mask) return -1; /* its first name_len + 3 bytes (at most 16) */
        *fp = f;
    }
    /* name_len + 3 again, but from the input's closing quote (the literal has it: bit name_len + 1 is
       set), so that the next read waits on one load, not on the table's three */
    *n = (uint32_t)__builtin_ctz(quotes >> 1) + 3u;
    return k;
#else
    int k = gw__fast_key_lit_near(s, p, p, p + 16, n); /* the same slot, the literal a word at a time */
    if (k >= 0) *fp = &s->f[k];
    return k;
#endif
}
#endif

/* A key of s at c->p that the key table does not give at once (a key of no field, one spelled
   another way, near the frame's end, or a schema without a table), and its ':': its field, c->p at
   the value; or -1 for an unknown key that lenient decoding skipped, c->p past its value (*unknown,
   *nunknown: the object's unknown keys so far); or -2 to give up. Out of line: it
   keeps the member loop's registers for the common member. */
GW__NOINLINE static int gw__fast_key_slow(gw__fast_ctx *c, const gw__schema *s, uint32_t last, gw_str *unknown, uint32_t *nunknown)
{
    gw_str key;
    uint64_t tag, tag2;
    size_t n;
    int k;
    if (gw__fast_key_colon(c, &key, &tag, &tag2)) return -2;
    if ((k = gw__fast_lookup(s, key, tag, tag2, last)) >= 0) return c->p < c->end ? k : -2;
    /* unknown: lenient decoding skips it (two in one object at most, not one twice) */
    if (!c->lenient || c->p >= c->end || *nunknown == 2 ||
        (*nunknown && unknown->len == key.len && gw__same(unknown->ptr, key.ptr, key.len)) || gw__names_kinds(key, c->op_key))
        return -2;
    *unknown = key;
    ++*nunknown;
    if (!(n = gw__fast_value_len(c))) return -2;
    c->p += n;
    ++*c->skipped;
    return -1;
}

/* The members of an object by schema s, c->p at its first key (after whitespace), to its '}';
   *seen_io: the fields read (before and after), last: the field read before. The common scalar
   values are read here, with the position in a local; the others go through gw__fast_value. Also
   the top level's members after the one that decided the kind. */
static int gw__fast_members_run(gw__fast_ctx *c, const gw__schema *s, unsigned char *base, uint64_t *seen_io, uint32_t last)
{
    const unsigned char *p = c->p, *end = c->end;
    uint64_t seen = *seen_io;
    gw_str unknown; /* lenient: the first unknown key of this object */
    uint32_t nunknown = 0;
#ifdef GW__LE_WORDS
    /* p < far: more than 17 bytes from p to the end (far 0 when the frame has no such byte) */
    const uintptr_t far = end - c->begin > 17 ? (uintptr_t)(end - 17) : 0;
#endif
    unknown.ptr = NULL; /* (its length is read only once it is set) */
    for (;;) {
        const gw__field *f;
        uint64_t bit;
        int k;
#ifdef GW__LE_WORDS
        uint32_t n;
        if ((uintptr_t)p <= far && *p == '"') { /* more than 16 bytes */
        key_at_quote: /* also from a ',' right before a quote, below */
            if ((k = gw__fast_key_lit(s, p, &n, &f)) < 0) goto key_slow;
            p += n; /* past the colon, and before end */
            if (*p <= ' ') { /* (whitespace is below 0x21: one compare for the rest) */
                if (*p == ' ' && end - p > 1 && p[1] > ' ') { /* ": ", as pretty-printers write it */
                    p++;
                } else if (gj_i_ws[*p]) {
                    do p++; while (p < end && gj_i_ws[*p]);
                    if (p >= end) return GW__GIVE_UP;
                }
            }
        } else if (end - p <= 16 && p < end && *p == '"' && (k = gw__fast_key_lit_near(s, p, c->begin, end, &n)) >= 0) {
            f = &s->f[k];
            p += n;
            while (p < end && gj_i_ws[*p]) p++;
            if (p >= end) return GW__GIVE_UP;
        } else
#endif
        { /* a key of no field, one spelled another way, or a schema without a key table: read it */
#ifdef GW__LE_WORDS
        key_slow:
#endif
            c->p = p;
            k = gw__fast_key_slow(c, s, last, &unknown, &nunknown);
            p = c->p;
            if (k == -1) goto after_value;
            if (k < 0) return GW__GIVE_UP;
            last = (uint32_t)k; /* the search's guess for the next such key (a key the table gives needs none) */
            f = &s->f[k];
        }
        bit = (uint64_t)1 << k;
        if (seen & bit) return GW__GIVE_UP; /* repeated */
        seen |= bit;
        if (*p == '"' && (f->kind == GW__SNOWFLAKE || (f->kind == GW__ID && (f->flags & GW__ALT)))) {
            uint64_t v;
            if (!(p = gw__fast_snowflake(p, end, &v))) return GW__GIVE_UP;
            memcpy(base + f->off, &v, sizeof v);
            if (f->has != GW__NOHAS) base[f->has] = 1;
        } else if (*p == '"' && f->kind == GW__STR) {
            gw_str v;
            if (!(p = gw__fast_string(p, end, &v)) || (f->cval != GW__FMT_ANY && !gw__format_ok(f->cval, &v)))
                return GW__GIVE_UP;
            memcpy(base + f->off, &v, sizeof v);
            if (f->has != GW__NOHAS) base[f->has] = 1;
        } else if (f->kind >= GW__U16 && f->kind <= GW__I64 && (GJ_I_DIGIT(*p) || *p == '-')) {
            int neg;
            uint64_t mag;
            c->p = p;
            if (gw__fast_int(c, &neg, &mag) || (neg ? gw__int_put(f, neg, mag, base + f->off) : gw__uint_put(f, mag, base + f->off))) return GW__GIVE_UP;
            p = c->p;
            if (f->has != GW__NOHAS) base[f->has] = 1;
        } else if (*p == 'n' && ((f->flags & GW__NULLABLE) || f->kind == GW__NULL)) { /* has_ stays false */
            if (end - p < 4 || memcmp(p, "null", 4) != 0) return GW__GIVE_UP;
            p += 4;
        } else if (f->kind == GW__BOOL && (*p == 't' || *p == 'f')) {
            bool v = *p == 't';
            if (v ? end - p < 4 || memcmp(p, "true", 4) != 0 : end - p < 5 || memcmp(p, "false", 5) != 0) return GW__GIVE_UP;
            p += v ? 4 : 5;
            memcpy(base + f->off, &v, sizeof v);
            if (f->has != GW__NOHAS) base[f->has] = 1;
        } else if (f->kind == GW__OBJ && *p == '{' && !gw__sub_schema(f)->tuple) { /* a nested object */
            c->p = p;
            if (gw__fast_object_at(c, gw__sub_schema(f), base + f->off)) return GW__GIVE_UP;
            p = c->p;
            if (f->has != GW__NOHAS) base[f->has] = 1;
        } else if (f->kind == GW__CONST_STR && *p == '"') { /* a name read again (keys in another order) */
            gw_str v;
            if (!(p = gw__fast_string(p, end, &v)) || v.escaped || v.len != (uint64_t)f->cval || !gw__same(v.ptr, gw__sub_text(f), v.len))
                return GW__GIVE_UP; /* an escaped one: the token decoder */
        } else if (f->kind == GW__CONST_INT && GJ_I_DIGIT(*p)) { /* an opcode read again (keys in another order) */
            int neg;
            uint64_t mag;
            c->p = p;
            if (gw__fast_int(c, &neg, &mag) || neg || f->cval < 0 || mag != (uint64_t)f->cval) return GW__GIVE_UP;
            p = c->p;
        } else {
            c->p = p;
            if (gw__fast_value(c, f, base)) return GW__GIVE_UP;
            p = c->p;
        }
    after_value:
#ifdef GW__LE_WORDS
        if ((uintptr_t)p < far && gw__load16(p) == (',' | '"' << 8)) { p++; goto key_at_quote; } /* the common ,"key */
#endif
        if (p < end && *p == ',') p++;
        else {
            if (p < end && gj_i_ws[*p]) p = gw__skip_indent(p, end);
            if (p >= end) {
                if (c->stop != s) return GW__GIVE_UP;
                c->stop = NULL; /* ended there, not at a '}' */
                break;
            }
            if (*p == '}') { p++; break; }
            if (*p != ',') return GW__GIVE_UP;
            p++;
        }
        if (p < end && gj_i_ws[*p]) p = gw__skip_indent(p, end);
    }
    c->p = p;
    *seen_io = seen;
    return 0;
}

static int gw__fast_obj(gw__fast_ctx *c, const gw__schema *s, unsigned char *base)
{
    uint32_t j;
    int more = 0;
    if (c->p >= c->end) return GW__GIVE_UP;
    if (s->tuple) { /* a JSON array whose elements are the fields, in order */
        if (*c->p != '[') return GW__GIVE_UP;
        c->p++;
        GW__SKIP_WS(c);
        for (j = 0; j < s->n; j++)
            if (gw__fast_value(c, &s->f[j], base) || gw__fast_next(c, ']', &more) || more != (j + 1 < s->n)) return GW__GIVE_UP;
        return 0;
    }
    if (*c->p != '{') return GW__GIVE_UP;
    return gw__fast_object_at(c, s, base);
}

/* Is the key with tag ktag the table's literal lit, whose tag is ltag? */
/* Past the 7 bytes a tag holds, the rest of a key and of a literal (n > 7: the key's length). Out
   of line: the dispatch's keys are all shorter, and a compiler that inlined it beside a literal of
   a few bytes would warn of a read past its end that never happens. */
GW__NOINLINE static int gw__same_tail(const char *key, const char *lit, size_t n)
{
    return gw__same(key + 7, lit + 7, n - 7);
}
#define GW__TAG_IS(key, ktag, lit, ltag) ((ktag) == (ltag) && ((key).len <= 7 || gw__same_tail((key).ptr, (lit), (key).len)))

/* The value at key of the object at p, or NULL when p is not an object or lacks the key. */
static const unsigned char *gw__fast_find(const unsigned char *p, const unsigned char *end, const char *key, int *fail)
{
    gw__fast_ctx c;
    int more = 1;
    c.p = c.begin = p;
    c.end = end;
    if (p >= end || *p != '{') return NULL;
    c.p++;
    GW__SKIP_WS(&c);
    if (c.p < c.end && *c.p == '}') return NULL;
    while (more) {
        gw_str k;
        uint64_t tag, tag2;
        if (gw__fast_key_colon(&c, &k, &tag, &tag2)) { *fail = 1; return NULL; }
        if (gw__fast_is(k, key)) return c.p;
        if (gw__fast_skip(&c, NULL) || gw__fast_next(&c, '}', &more)) { *fail = 1; return NULL; }
    }
    return NULL;
}

#define GW__FAST_MEMBERS 8
typedef struct gw__top_member { gw_str key; uint64_t tag; const unsigned char *val, *end; } gw__top_member;
enum { GW__PICK_WAIT = -1, GW__PICK_GIVE_UP = -2 };
enum { GW__GUESS_LAST = 1, GW__GUESS_UNREAD };
/* The variants of the frame's opcode (found once, then only their names are looked at again) */
typedef struct gw__pick_state {
    gw__top_member tail;  /* the frame's last top-level member when it is "key":"text" (key.ptr NULL: none) */
    const unsigned char *begin; /* the frame, for the tail, which is found the first time a name needs it */
    int have_tail, tail_is_number; /* the tail's value: "text" (0), a number (1: an opcode sent last), a literal (2) */
    uint32_t any_end, lo, hi; /* the rows of the opcode: [0, any_end) of any op (numeric opcodes), then
                                 those from lo before hi whose op is opv (string opcodes: opv 0, as every row) */
    int64_t opv;
    const unsigned char *op_at, *op_end; /* the opcode's value */
    gw_str name;      /* the name the picked kind matched (ptr NULL: it has none) */
    uint8_t have_op;
    uint8_t looked_back; /* gw__fast_back_pick has read the members that end the frame */
    const char *wait; /* the top-level key the last GW__PICK_WAIT waits for: nothing changes before it */
    int may_guess;    /* a name may be guessed (gw__fast_find_last): the caller decodes the whole frame */
    int guessed;      /* the kind picked is a guess: GW__GUESS_LAST (a name found from the end of its
                         object) or GW__GUESS_UNREAD (an unnamed kind, a name not read yet), else 0 */
} gw__pick_state;

/* A dispatch that has read nothing yet of the frame at begin */
GW__INLINE void gw__pick_state_init(gw__pick_state *st, const unsigned char *begin)
{
    st->have_op = 0;
    st->looked_back = 0;
    st->name.ptr = NULL;
    st->wait = NULL;
    st->begin = begin;
    st->have_tail = 0;
    st->tail_is_number = 0;
    st->tail.key.ptr = NULL;
    st->may_guess = 0;
    st->guessed = 0;
}

/* Past the last '"' or '\\' before p (not before begin), or begin when there is none: a string's
   content read backwards, 16 bytes a step */
GW__INLINE const unsigned char *gw__back_quote(const unsigned char *begin, const unsigned char *p)
{
#ifdef GW__SSE2
    while (p - begin >= 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p - 16));
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                                                              _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
        if (m) return p - 15 + (31 - __builtin_clz(m));
        p -= 16;
    }
#endif
    while (p > begin && p[-1] != '"' && p[-1] != '\\') p--;
    return p;
}

/* The member that ends at p (whitespace before p skipped) of an object starting after begin, when
   it is "key":"text" with no backslash in either, "key":digits or "key":null/true/false: *kind 0,
   1 or 2 for these (key.ptr NULL: none of them). Read backwards, so an invalid frame may give a
   member that is not one; whoever reads it decodes the frame, which then fails. */
GW__INLINE void gw__fast_member_back(const unsigned char *begin, const unsigned char *p, gw__top_member *t, int *kind)
{
    const unsigned char *vq, *kq, *ks;
    t->key.ptr = NULL;
    while (p > begin && gj_i_ws[p[-1]]) p--;
    if (p == begin) return;
    *kind = GJ_I_DIGIT(p[-1]) ? 1 : p[-1] == 'e' || p[-1] == 'l' ? 2 : 0;
    if (*kind) { /* its digits (and sign) or letters: whoever reads it checks the value */
        t->end = p;
        while (p > begin && (*kind == 1 ? GJ_I_DIGIT(p[-1]) || p[-1] == '-' : p[-1] >= 'a' && p[-1] <= 'u')) p--;
        t->val = p;
    } else {
        if (p[-1] != '"') return;
        vq = p - 1; /* the value's closing quote */
        p = gw__back_quote(begin, vq);
        if (p == begin || p[-1] != '"') return;
        t->val = p - 1; /* its opening quote */
        t->end = vq + 1;
        p--;
    }
    while (p > begin && gj_i_ws[p[-1]]) p--;
    if (p == begin || p[-1] != ':') return;
    p--;
    while (p > begin && gj_i_ws[p[-1]]) p--;
    if (p == begin || p[-1] != '"') return;
    kq = p - 1; /* the key's closing quote; no escape and no control byte (gw__fast_is needs no NUL) */
    for (p = kq; p > begin && p[-1] != '"'; p--) if (p[-1] == '\\' || p[-1] < 0x20) return;
    if (p == begin) return;
    ks = p;
    p--;
    while (p > begin && gj_i_ws[p[-1]]) p--;
    if (p == begin || (p[-1] != ',' && p[-1] != '{')) return;
    if (kq - ks > 255) return;
    t->key.ptr = (const char *)ks;
    t->key.len = (uint32_t)(kq - ks);
    t->key.escaped = 0;
    t->tag = gw__key_tag(ks, t->key.len, t->end);
}

/* The last member of the object ending at end (found from the end: a name such as i386chat's t
   comes after the body, and so does the opcode when keys come in reverse), as gw__fast_member_back. */
static void gw__fast_tail(const unsigned char *begin, const unsigned char *end, gw__top_member *t, int *kind)
{
    const unsigned char *p = end;
    t->key.ptr = NULL;
    while (p > begin && gj_i_ws[p[-1]]) p--;
    if (p == begin || p[-1] != '}') return;
    gw__fast_member_back(begin, p - 1, t, kind);
}

/* Is the frame's last member the opcode ("key":digits, or "key":"text" for a string opcode, with
   no backslash)? Then st->tail holds it, as gw__fast_tail finds it, and have_tail is set; else
   nothing changes. Cheaper than gw__fast_tail: the key is compared, not read. */
static int gw__fast_op_last(const gw__proto *P, const unsigned char *end, gw__pick_state *st)
{
    const unsigned char *begin = st->begin, *p = end, *val, *vend;
    size_t n = (size_t)(P->op_key_tag >> 56);
    while (p > begin && gj_i_ws[p[-1]]) p--;
    if (p == begin || p[-1] != '}') return 0;
    p--;
    while (p > begin && gj_i_ws[p[-1]]) p--;
    vend = p;
    if (!P->op_is_string) {
        while (p > begin && (GJ_I_DIGIT(p[-1]) || p[-1] == '-')) p--;
        if (p == vend) return 0;
    } else {
        if (p == begin || p[-1] != '"') return 0;
        for (p--; p > begin && p[-1] != '"'; p--) if (p[-1] == '\\') return 0;
        if (p == begin) return 0;
        p--;
    }
    val = p;
    while (p > begin && gj_i_ws[p[-1]]) p--;
    if (p == begin || p[-1] != ':') return 0;
    p--;
    while (p > begin && gj_i_ws[p[-1]]) p--;
    if ((size_t)(p - begin) < n + 3 || p[-1] != '"' || p[-2 - (ptrdiff_t)n] != '"' || memcmp(p - 1 - n, P->op_key, n) != 0) return 0;
    st->tail.key.ptr = (const char *)p - 1 - n;
    st->tail.key.len = (uint32_t)n;
    st->tail.key.escaped = 0;
    st->tail.tag = P->op_key_tag;
    st->tail.val = val;
    st->tail.end = vend;
    p -= n + 2;
    while (p > begin && gj_i_ws[p[-1]]) p--;
    if (p == begin || (p[-1] != ',' && p[-1] != '{')) return 0;
    st->tail_is_number = !P->op_is_string;
    st->have_tail = 1;
    return 1;
}

/* The text of member t's value, a string with no backslash (gw__fast_member_back's kind 0) */
GW__INLINE gw_str gw__member_text(const gw__top_member *t)
{
    gw_str s;
    s.ptr = (const char *)t->val + 1;
    s.len = (uint32_t)(t->end - t->val - 2);
    s.escaped = 0;
    return s;
}

/* The member before member t (found by gw__fast_member_back), as gw__fast_member_back */
static void gw__fast_before(const unsigned char *begin, const gw__top_member *t, gw__top_member *u, int *kind)
{
    const unsigned char *p = (const unsigned char *)t->key.ptr - 1; /* its key's opening quote */
    u->key.ptr = NULL;
    while (p > begin && gj_i_ws[p[-1]]) p--;
    if (p == begin || p[-1] != ',') return;
    gw__fast_member_back(begin, p - 1, u, kind);
}

/* The value at key of the object at p, which is the top-level member read last, and which comes
   right before the frame's last member (st->tail, found from the end; keys in reverse order put a
   payload first and its name last): when that object's own last member is key, it is found from
   the object's end with nothing skipped. A guess: decode may take it (the kind it picks decodes
   the whole object, whose schema pins the name, so a wrong one only gives up); peek, which decodes
   no body, may not (st->may_guess). Else as gw__fast_find. */
static const unsigned char *gw__fast_find_last(const unsigned char *p, const gw__pick_state *st, const char *key,
                                               const unsigned char *end, int *fail)
{
    const unsigned char *q = st->tail.key.ptr ? (const unsigned char *)st->tail.key.ptr - 1 : NULL; /* its key's quote */
    if (q && q > p && *p == '{') {
        gw__top_member last;
        int is_number = 0;
        while (q > p && gj_i_ws[q[-1]]) q--;
        if (q > p && q[-1] == ',') {
            q--;
            while (q > p && gj_i_ws[q[-1]]) q--;
            if (q > p && q[-1] == '}') {
                gw__fast_tail(p, q, &last, &is_number);
                if (last.key.ptr && !is_number && gw__fast_is(last.key, key)) return last.val;
            }
        }
    }
    return gw__fast_find(p, end, key, fail);
}

/* Does schema s refuse every frame that has row v's name (at v's key path), whatever the name? It
   does when some key of the path is unknown to s, every key before it being a plain object. */
static int gw__schema_excludes(const gw__schema *s, const gw__variant *v)
{
    const char *keys[3];
    uint32_t d, j;
    keys[0] = v->key1, keys[1] = v->key2, keys[2] = v->key3;
    for (d = 0; d < 3 && keys[d]; d++) {
        const gw__field *f = NULL;
        for (j = 0; j < s->n && !f; j++)
            if (strcmp(s->f[j].name, keys[d]) == 0) f = &s->f[j];
        if (!f) return 1;
        if (d == 2 || !keys[d + 1] || f->kind != GW__OBJ || gw__sub_schema(f)->tuple) return 0;
        s = gw__sub_schema(f);
    }
    return 0;
}

/* The opcode's value at opv_at: read once, with the rows it selects (st: any_end, lo, hi, opv) */
GW__INLINE int gw__pick_op(const gw__proto *P, const unsigned char *opv_at, const unsigned char *end, gw__pick_state *st)
{
    gw__fast_ctx c;
    gw_str op_name = { NULL, 0, 0 };
    int64_t opv = 0;
    uint32_t i;
    c.p = c.begin = opv_at;
    c.end = end;
    if (P->op_is_string) {
        if (gw__fast_str(&c, &op_name) || op_name.escaped) return GW__GIVE_UP;
    } else if (end - opv_at >= 4 && GJ_I_DIGIT(opv_at[0]) && (opv_at[0] != '0' || !GJ_I_DIGIT(opv_at[1]))) {
        /* up to three digits, as every opcode */
        unsigned d0 = (unsigned)opv_at[0] - '0', d1 = (unsigned)opv_at[1] - '0', d2 = (unsigned)opv_at[2] - '0';
        unsigned n = d1 > 9 ? 1 : d2 > 9 ? 2 : 3;
        const unsigned char *p = opv_at + n;
        opv = n == 1 ? d0 : n == 2 ? d0 * 10 + d1 : d0 * 100 + d1 * 10 + d2;
        if (GJ_I_DIGIT(*p) || *p == '.' || (*p | 0x20) == 'e') return GW__GIVE_UP;
        c.p = p;
    } else {
        int neg;
        uint64_t mag;
        if (gw__fast_int(&c, &neg, &mag) || mag > (uint64_t)INT64_MAX) return GW__GIVE_UP;
        opv = neg ? -(int64_t)mag : (int64_t)mag;
    }
    st->op_at = opv_at;
    st->op_end = c.p;
    if (P->op_is_string) { /* an op's rows are adjacent (test_tables) */
        uint64_t tag;
        if (op_name.len > 255) return GW__GIVE_UP;
        tag = gw__key_tag((const unsigned char *)op_name.ptr, op_name.len, end);
#define GW__OP_IS(i) (P->v[i].op_tag == tag && (op_name.len <= 7 || gw__same(op_name.ptr + 7, P->v[i].op_name + 7, op_name.len - 7)))
        for (i = 0; i < P->nv && !GW__OP_IS(i); i++) {}
        st->lo = i;
        while (i < P->nv && GW__OP_IS(i)) i++;
#undef GW__OP_IS
        st->hi = i;
        st->any_end = 0;
        st->opv = 0;
    } else {
        st->any_end = P->any_end;
        if ((uint64_t)opv < P->nop_first) { /* the opcodes of the protocol, and those between them */
            st->lo = P->op_first[opv];
        } else {
            const gw__variant *row = P->v + P->any_end, *rend = P->v + P->nv;
            while (row < rend && row->op < opv) row++; /* the first row of op opv: a few dozen rows at most */
            st->lo = (uint32_t)(row - P->v);
        }
        st->hi = P->nv;
        st->opv = opv;
    }
    st->have_op = 1;
    return 0;
}

/* Where each place (GW__PLACE_<at>) holds its name: the key path from the root, key1's tag, and
   for a name inside an object the bytes from that object's '{' to the name's opening quote when it
   is the object's first member, as our encoder writes it */
#define GW__OPEN(s) s, sizeof(s) - 1
static const struct { const char *key1, *key2, *key3; uint64_t tag; const char *open; size_t open_len; } gw__place_paths[GW__PLACES] = {
    { GW__AT_NONE, NULL, 0 }, { GW__AT_T, NULL, 0 }, { GW__AT_E, NULL, 0 }, { GW__AT_EV, NULL, 0 }, { GW__AT_CMD, NULL, 0 },
    { GW__AT_EVENT, NULL, 0 }, { GW__AT_D_FOR, GW__OPEN("{\"for\":\"") }, { GW__AT_D_TYPE, GW__OPEN("{\"type\":\"") },
    { GW__AT_DATA_TYPE, GW__OPEN("{\"type\":\"") }, { GW__AT_DATA_EVENT_TYPE, GW__OPEN("{\"event\":{\"type\":\"") }
};
#undef GW__OPEN

/* The index of the lowest bit set in x (x not 0) */
GW__INLINE uint32_t gw__lowest_bit(uint32_t x)
{
#if defined(__GNUC__) || defined(__clang__)
    return (uint32_t)__builtin_ctz(x);
#else
    uint32_t i = 0;
    while (!(x >> i & 1)) i++;
    return i;
#endif
}

/* The slot word of a name (tag: its GW__TAG) at place pl of the opcode whose first row is op_row:
   the tag, its last 8 bytes (names such as MESSAGE_CREATE and MESSAGE_DELETE share a tag) and the
   place and opcode */
GW__INLINE uint64_t gw__named_word(uint32_t pl, uint32_t op_row, gw_str name, uint64_t tag)
{
    uint64_t last = 0;
    if (name.len > 7) {
#ifdef GW__LE_WORDS
        memcpy(&last, name.ptr + name.len - 8, 8);
#else
        uint32_t i;
        for (i = 0; i < 8; i++) last |= (uint64_t)(unsigned char)name.ptr[name.len - 8 + i] << (8 * i);
#endif
    }
    return tag ^ (last >> 29 | last << 35) ^ ((uint64_t)op_row << 32 | (uint64_t)pl << 48);
}

enum { GW__NAMED_ANY_OP = 0xFFFF }; /* the op_row of a name that decides whatever the opcode (a row of any op) */
/* The row of the table of names for a frame from `from` with the name (unescaped, tag its GW__TAG)
   at place pl, of the opcode whose first row is op_row: its index, or GW__PICK_WAIT when it is not
   there */
GW__INLINE int gw__named_find(const gw__proto *P, gw_from from, uint32_t op_row, uint32_t pl, gw_str name, uint64_t tag)
{
    const gw__named *e;
    int i = P->named_slots[(gw__named_word(pl, op_row, name, tag) * P->named_mul) >> P->named_shift] - '#';
    if (i < 0) return GW__PICK_WAIT;
    e = &P->named[i];
    if (e->place != pl || e->op_row != op_row || !e->row[from] || e->name_len != name.len || !gw__same(name.ptr, e->name, name.len))
        return GW__PICK_WAIT;
    return e->row[from] - 1;
}

/* The row of the table of names for the name (unescaped) at place pl of a frame from `from` whose
   opcode st holds: a name of any op first (rows of any op come first in the dispatch), then one of
   this opcode. GW__PICK_WAIT: not there. */
GW__INLINE int gw__named_row(const gw__proto *P, gw_from from, const gw__pick_state *st, uint32_t pl, gw_str name,
                             const unsigned char *end)
{
    uint64_t tag = gw__key_tag((const unsigned char *)name.ptr, name.len, end);
    int at = GW__PICK_WAIT;
    if (P->any_end && (at = gw__named_find(P, from, GW__NAMED_ANY_OP, pl, name, tag)) >= 0) return at;
    if (st->lo >= st->hi || (!P->op_is_string && P->v[st->lo].op != st->opv)) return GW__PICK_WAIT; /* no row of this op */
    return gw__named_find(P, from, st->lo, pl, name, tag);
}

/* The kind of a frame whose opcode (st) was read, and m the member next to it, by the table of
   names: when m is a name's place (its string, read: got; or an object holding it) and the name
   decides alone, its row, st->name set; else GW__PICK_WAIT (gw__fast_pick decides). */
static int gw__named_pick(const gw__proto *P, gw_from from, const gw__top_member *m, gw_str got, const unsigned char *end,
                          gw__pick_state *st)
{
    uint32_t places = P->named_places & ~1u, pl;
    for (; places; places &= places - 1) {
        gw_str name = got;
        int at;
        pl = gw__lowest_bit(places);
        if (m->tag != gw__place_paths[pl].tag) continue;
        if (gw__place_paths[pl].key2) { /* the name inside the object m holds, as its first member (else the pick finds it) */
            size_t n = gw__place_paths[pl].open_len;
            gw__fast_ctx c;
            c.begin = m->val;
            c.end = end;
            if ((size_t)(end - m->val) > n && gw__same((const char *)m->val, gw__place_paths[pl].open, n)) c.p = m->val + n - 1; /* its quote */
            else { /* spaced out (pretty-printed) */
                gw_str key;
                uint64_t ktag, ktag2;
                if (gw__place_paths[pl].key3 || *m->val != '{' || m->val + 1 >= end || !gj_i_ws[m->val[1]]) continue;
                c.p = m->val + 1;
                GW__SKIP_WS(&c);
                if (gw__fast_key_colon(&c, &key, &ktag, &ktag2) || !gw__fast_is(key, gw__place_paths[pl].key2) || c.p >= end || *c.p != '"')
                    continue;
            }
            if (gw__fast_str(&c, &name) || name.escaped) continue;
        }
        if (!name.ptr || name.len > 255 || (at = gw__named_row(P, from, st, pl, name, end)) < 0) continue;
        st->name = name;
        return at;
    }
    return GW__PICK_WAIT;
}

/* A name that is the last member of an object (at the place's last key) whose '}' is the last byte
   before p but whitespace, or with `top` (p at the frame's '}') the frame's last member: its row by
   the table of names, as gw__named_pick, or GW__PICK_WAIT. A guess (GW__GUESS_LAST): the keys above
   the name are not read, but the kind picked requires its name where the table says (test_tables),
   so a frame that is not what the guess takes fails its decode. Keys in another order put d.type
   last in d, and d last, or right before the opcode; i386chat's order puts t last. */
static int gw__named_closing(const gw__proto *P, gw_from from, const unsigned char *p, const unsigned char *end, gw__pick_state *st,
                             int top)
{
    const unsigned char *begin = st->begin;
    uint32_t places = P->named_places & ~1u, pl;
    gw__top_member in;
    gw_str name;
    int kind = 0, nested;
    while (p > begin && gj_i_ws[p[-1]]) p--;
    if (p == begin || (p[-1] != '}' && !(top && p[-1] == '"'))) return GW__PICK_WAIT;
    nested = p[-1] == '}';
    gw__fast_member_back(begin, nested ? p - 1 : p, &in, &kind);
    if (!in.key.ptr || kind || in.end - in.val - 2 > 255) return GW__PICK_WAIT;
    name = gw__member_text(&in);
    for (; places; places &= places - 1) {
        int at;
        pl = gw__lowest_bit(places);
        if (!gw__place_paths[pl].key2 != !nested || gw__place_paths[pl].key3 ||
            !gw__fast_is(in.key, nested ? gw__place_paths[pl].key2 : gw__place_paths[pl].key1) ||
            (at = gw__named_row(P, from, st, pl, name, end)) < 0)
            continue;
        st->name = name;
        st->guessed = GW__GUESS_LAST;
        return at;
    }
    return GW__PICK_WAIT;
}

/* Keys in reverse: the opcode last (st->tail) and an object right before it whose last member is a
   name ("type":"member" of {"d":{...,"type":"member"},"op":5}): gw__named_closing */
static int gw__named_last(const gw__proto *P, gw_from from, const unsigned char *end, gw__pick_state *st)
{
    const unsigned char *begin = st->begin, *p = (const unsigned char *)st->tail.key.ptr - 1; /* the opcode's key's quote */
    while (p > begin && gj_i_ws[p[-1]]) p--;
    return p > begin && p[-1] == ',' ? gw__named_closing(P, from, p - 1, end, st, 0) : GW__PICK_WAIT;
}

/* The frame's last member a name ({"f":0,"cnf":{...},"t":"START_TYPING"}) or an object whose last
   member is a name ({"op":5,"d":{"data":...,"type":"member"}}): gw__named_closing */
static int gw__named_end(const gw__proto *P, gw_from from, const unsigned char *end, gw__pick_state *st)
{
    const unsigned char *begin = st->begin, *p = end;
    while (p > begin && gj_i_ws[p[-1]]) p--;
    return p > begin && p[-1] == '}' ? gw__named_closing(P, from, p - 1, end, st, 1) : GW__PICK_WAIT;
}

/* The member after a first opcode (m, its string got), by the table of names: a name there
   (gw__named_pick), or the frame's last member, or last in its last object (gw__named_end) */
static int gw__named_next(const gw__proto *P, gw_from from, const gw__top_member *m, gw_str got, const unsigned char *end,
                          gw__pick_state *st)
{
    int at = gw__named_pick(P, from, m, got, end, st);
    if (at == GW__PICK_WAIT && *m->val == '{' && P->named_places && st->lo < P->nv && P->v[st->lo].name)
        at = gw__named_end(P, from, end, st);
    return at;
}

/* Can top-level member m name a kind of P: is its key a place's first key, and its value a string
   there, or an object for a place inside it? (Another value only passes over that place's rows.) */
GW__INLINE int gw__names_at(const gw__proto *P, const gw__top_member *m, const unsigned char *end)
{
    uint32_t places, pl;
    if (m->val >= end) return 0;
    for (places = P->named_places & ~1u; places; places &= places - 1)
        if (m->tag == gw__place_paths[pl = gw__lowest_bit(places)].tag && *m->val == (gw__place_paths[pl].key2 ? '{' : '"')) return 1;
    return 0;
}

/* Once the opcode is read (st), the kind by the table of names from m, the one member of the frame
   read so far at a name's place (gw__names_at; a member at another place could make an earlier row
   win): gw__named_pick, its string read (one with an escape names nothing here); or GW__PICK_WAIT */
static int gw__named_one(const gw__proto *P, gw_from from, const gw__top_member *m, const unsigned char *end, gw__pick_state *st)
{
    gw_str got = { NULL, 0, 0 };
    if (*m->val == '"') {
        gw__fast_ctx c;
        c.p = c.begin = m->val;
        c.end = end;
        if (gw__fast_str(&c, &got) || got.escaped) return GW__PICK_WAIT;
    }
    return gw__named_pick(P, from, m, got, end, st);
}

/* gw__named_one when exactly one of members m[0..n) sits at a name's place. The envelope's member
   loop asks it before gw__fast_pick, whose walk over the opcode's rows costs a few hundred
   instructions. */
static int gw__named_among(const gw__proto *P, gw_from from, const gw__top_member *m, uint32_t n, const unsigned char *end,
                           gw__pick_state *st)
{
    const gw__top_member *at_place = NULL;
    uint32_t i;
    for (i = 0; i < n; i++) {
        if (!gw__names_at(P, &m[i], end)) continue;
        if (at_place) return GW__PICK_WAIT; /* two */
        at_place = &m[i];
    }
    return at_place ? gw__named_one(P, from, at_place, end, st) : GW__PICK_WAIT;
}

/* The variant the token decoder's dispatch picks, from the top-level members read so far (m[0..n),
   the last one's value possibly not yet skipped): its index, or GW__PICK_WAIT until more members
   (final: there are no more), or GW__PICK_GIVE_UP. The same walk as gw__dispatch, for a frame
   whose dispatch succeeds. */
static int gw__fast_pick(const gw__proto *P, gw_from from, const gw__top_member *m, uint32_t n, const unsigned char *end,
                      int final, gw__pick_state *st)
{
    /* the name at each place the candidates look (a protocol uses a few: t and e, d.type ...),
       looked up once per call: bit p of `looked` says slot[p] holds place p's answer */
    struct { gw_str got; uint64_t tag; int known, is_str; } slot[GW__PLACES];
    uint32_t looked = 0, i, k;
    const char *hit_key = NULL;
    const gw__variant *unread[GW__PLACES]; /* a row of each place of the other side's not read yet */
    uint32_t nunread = 0;
    /* rows that cannot change the answer are passed over: those at a place whose name is known and
       is another (pass_tag 0, which no name has, when it is absent or not a string), and the other
       side's at a place not read yet once one of them is recorded */
    uint32_t pass_place = GW__PLACES, unread_place = GW__PLACES;
    uint64_t pass_tag = 0;
    int named_hit = 0, fail = 0;
    int64_t op;
    const gw__variant *v, *stop;
    if (!st->have_op) {
        const unsigned char *opv_at = NULL;
        for (k = 0; k < n && !opv_at; k++)
            if (GW__TAG_IS(m[k].key, m[k].tag, P->op_key, P->op_key_tag)) opv_at = m[k].val;
        if (!opv_at && !final) { /* keys in reverse: the opcode may be the last member */
            if (!st->have_tail) gw__fast_tail(st->begin, end, &st->tail, &st->tail_is_number), st->have_tail = 1;
            if (st->tail.key.ptr && st->tail_is_number == !P->op_is_string &&
                GW__TAG_IS(st->tail.key, st->tail.tag, P->op_key, P->op_key_tag))
                opv_at = st->tail.val;
        }
        if (!opv_at) { st->wait = P->op_key; return final ? GW__PICK_GIVE_UP : GW__PICK_WAIT; }
        if (gw__pick_op(P, opv_at, end, st)) return GW__PICK_GIVE_UP;
    }
    /* the opcode alone, with no other member (nor a last one): every row of any op wants a name
       (test_tables), so none of them can match */
    stop = P->v + (final && !n && st->have_tail && !st->tail.key.ptr ? 0 : st->any_end);
    for (v = P->v, op = GW__ANY_OP;; v++) { /* the candidate rows, in dispatch order */
        if (v == stop || v->op != op) {
            if (op != GW__ANY_OP) break; /* (no frame's opcode is GW__ANY_OP: gw__pick_op reads at most INT64_MAX) */
            v = P->v + st->lo, stop = P->v + st->hi, op = st->opv; /* from the rows of any op to those of this one */
            if (v == stop || v->op != op) break;
        }
        if ((v->place == pass_place && v->name_tag != pass_tag) || (v->place == unread_place && !(v->from & from))) continue;
        if (v->name) {
            uint32_t pl = v->place;
            if (!(looked >> pl & 1)) { /* a new place: look the name up once */
                const unsigned char *name = NULL;
                for (i = 0; i < n && !name; i++)
                    if (GW__TAG_IS(m[i].key, m[i].tag, v->key1, v->key1_tag)) name = m[i].val;
                if (!name && !v->key2 && !st->have_tail) gw__fast_tail(st->begin, end, &st->tail, &st->tail_is_number), st->have_tail = 1;
                if (!name && !v->key2 && st->tail.key.ptr && !st->tail_is_number &&
                    GW__TAG_IS(st->tail.key, st->tail.tag, v->key1, v->key1_tag))
                    name = st->tail.val;
                looked |= 1u << pl;
                slot[pl].known = name || final;
                if (name && v->key2 && !v->key3 && name == m[n - 1].val && st->have_tail && st->may_guess)
                    name = gw__fast_find_last(name, st, v->key2, end, &fail), st->guessed = GW__GUESS_LAST;
                else if (name && v->key2)
                    name = gw__fast_find(name, end, v->key2, &fail);
                if (name && v->key3) name = gw__fast_find(name, end, v->key3, &fail);
                if (fail) return GW__PICK_GIVE_UP;
                slot[pl].is_str = name && name < end && *name == '"';
                if (slot[pl].is_str) {
                    gw__fast_ctx c;
                    c.p = c.begin = name;
                    c.end = end;
                    if (gw__fast_str(&c, &slot[pl].got) || slot[pl].got.escaped || slot[pl].got.len > 255) return GW__PICK_GIVE_UP;
                    slot[pl].tag = gw__key_tag((const unsigned char *)slot[pl].got.ptr, slot[pl].got.len, end);
                }
                if (slot[pl].known) pass_place = pl, pass_tag = slot[pl].is_str ? slot[pl].tag : 0;
            }
            if (!slot[pl].known) { /* not read yet: it could pick this variant, or only make a later unnamed one lose */
                if (v->from & from) { st->wait = v->key1; return GW__PICK_WAIT; }
                if (!hit_key) hit_key = v->key1;
                if (nunread < GW__PLACES && (!nunread || unread[nunread - 1]->place != v->place)) unread[nunread++] = v;
                unread_place = pl;
                continue;
            }
            if (!slot[pl].is_str || slot[pl].tag != v->name_tag || /* absent, not a string, another name */
                (slot[pl].got.len > 7 && !gw__same(slot[pl].got.ptr + 7, v->name + 7, slot[pl].got.len - 7)))
                continue;
            if (!(v->from & from)) { named_hit = 1; continue; }
            st->name = slot[pl].got;
            return (int)(v - P->v);
        }
        if (named_hit || !(v->from & from)) continue;
        if (hit_key) { /* a name not read yet may still make the frame the other side's */
            for (i = 0; st->may_guess && i < nunread && gw__schema_excludes(v->schema, unread[i]); i++) {}
            if (!st->may_guess || i < nunread) { st->wait = hit_key; return GW__PICK_WAIT; }
            /* a guess: that name's key is unknown to this kind, so a frame that has it fails the decode */
            st->guessed = GW__GUESS_UNREAD;
        }
        return (int)(v - P->v);
    }
    st->wait = NULL; /* nothing can pick a variant now; the final call gives up */
    return final ? GW__PICK_GIVE_UP : GW__PICK_WAIT;
}

/* Is x (a field of row v's schema) the constant the dispatch matched: the opcode (is_op) or v's
   name? Then its member is not read again. */
static int gw__field_pinned(const gw__proto *P, const gw__variant *v, const gw__field *x, int is_op)
{
    return is_op ? (P->op_is_string ? x->kind == GW__CONST_STR && strcmp(gw__sub_text(x), v->op_name) == 0
                                    : x->kind == GW__CONST_INT && v->op != GW__ANY_OP && x->cval == v->op)
                 : x->kind == GW__CONST_STR && strcmp(gw__sub_text(x), v->name) == 0;
}

/* The opcode's key and colon at c->p compared with the protocol's literal "op": in one word: 1,
   its text in *key and c->p past them and any space, or 0 (no literal, fewer than 8 bytes left,
   or another key or spelling: read the key) */
GW__INLINE int gw__fast_op_lit(gw__fast_ctx *c, const gw__proto *P, gw_str *key)
{
#ifdef GW__LE_WORDS
    uint64_t w;
    if (!P->op_lit_mask || c->end - c->p < 8) return 0;
    memcpy(&w, c->p, 8);
    if ((w ^ P->op_lit) & P->op_lit_mask) return 0;
    key->ptr = (const char *)c->p + 1;
    key->len = (uint32_t)(P->op_key_tag >> 56);
    key->escaped = 0;
    c->p += key->len + 3;
    GW__SKIP_WS(c);
    return 1;
#else
    (void)c, (void)P, (void)key;
    return 0;
#endif
}

/* Does schema a refuse (strictly) every object that schema b accepts? Yes when b requires a key that
   a does not know, a constant that a's field of that key holds another value of, an object where a
   takes a string, number, boolean or null, or an object that a's object of that key refuses in turn. */
static int gw__schema_refuses(const gw__schema *a, const gw__schema *b)
{
    uint32_t i, j;
    for (i = 0; i < b->n; i++) {
        const gw__field *fb = &b->f[i], *fa = NULL;
        int b_object; /* b wants a JSON object there, and nothing else */
        if (fb->flags & GW__OPT) continue;
        for (j = 0; j < a->n && !fa; j++) if (strcmp(a->f[j].name, fb->name) == 0) fa = &a->f[j];
        if (!fa || (fa->kind == fb->kind && fb->kind == GW__CONST_INT && fa->cval != fb->cval) ||
            (fa->kind == fb->kind && fb->kind == GW__CONST_STR && strcmp(gw__sub_text(fa), gw__sub_text(fb)) != 0))
            return 1;
        b_object = fb->kind == GW__OBJ && !(fb->flags & GW__NULLABLE) && !gw__sub_schema(fb)->tuple;
        if (b_object && (fa->kind < GW__OBJ || fa->kind >= GW__CONST_INT)) return 1; /* a scalar kind */
        if (b_object && fa->kind == GW__OBJ && !gw__sub_schema(fa)->tuple && gw__schema_refuses(gw__sub_schema(fa), gw__sub_schema(fb)))
            return 1;
    }
    return 0;
}

/* Is row w the form of row v's kind that the token decoder tries when v's fails: the row after it,
   of the same kind, opcode, name and place, and no frame fits both (the original's form after the
   seed's, where the two differ in a key)? The token decoder then fails v's form too. */
static int gw__next_form(const gw__proto *P, const gw__variant *v, const gw__variant *w)
{
    return w == v + 1 && w < P->v + P->nv && w->kind == v->kind && w->op == v->op && w->place == v->place &&
           (!P->op_is_string || strcmp(w->op_name, v->op_name) == 0) && !w->name == !v->name &&
           (!v->name || strcmp(w->name, v->name) == 0) && gw__schema_refuses(v->schema, w->schema);
}

/* The 16 bytes at p (a frame's first or last, a lead's or a tail's text) and the sender hashed for
   the leads' and the tails' slots */
GW__INLINE uint64_t gw__lead_hash(const char *p, gw_from from)
{
    uint64_t a, b;
    memcpy(&a, p, 8), memcpy(&b, p + 8, 8);
    return (a ^ b * 0xC2B2AE3D27D4EB4Full) + (uint64_t)from;
}

/* The first 15 bytes of a frame (or of a shape's text) and its sender hashed for the shapes'
   slots: 15, as a shape's first piece may be ({"d":{"guilds":1 ...) */
GW__INLINE uint64_t gw__shape_hash(const char *p, gw_from from)
{
    uint64_t a, b;
    memcpy(&a, p, 8), memcpy(&b, p + 7, 8);
    return (a ^ b * 0xC2B2AE3D27D4EB4Full) + (uint64_t)from;
}

/* The n (16 or more) bytes at p are those at t, read within them (a lead, a tail or a first piece, in the frame) */
GW__INLINE int gw__shape_head(const char *p, const char *t, unsigned n)
{
#ifdef GW__SSE2
    unsigned i;
    __m128i ne = _mm_setzero_si128();
    for (i = 0; i + 16 < n; i += 16)
        ne = _mm_or_si128(ne, _mm_xor_si128(_mm_loadu_si128((const __m128i *)(const void *)(p + i)),
                                            _mm_loadu_si128((const __m128i *)(const void *)(t + i))));
    ne = _mm_or_si128(ne, _mm_xor_si128(_mm_loadu_si128((const __m128i *)(const void *)(p + n - 16)),
                                        _mm_loadu_si128((const __m128i *)(const void *)(t + n - 16))));
    return _mm_movemask_epi8(_mm_cmpeq_epi8(ne, _mm_setzero_si128())) == 0xFFFF;
#else
    return memcmp(p, t, n) == 0;
#endif
}

/* The frame failed by row at's schema: the kind's next form (gw__next_form) of this side is read
   from the first member, and so on. Not after an unnamed kind guessed while a name was unread
   (GW__GUESS_UNREAD): the next form may know that name's key, which the token decoder would read
   first. A name found from the end (GW__GUESS_LAST) is pinned by every form, so a wrong one only
   fails again. 0 or GW__GIVE_UP, as gw__fast. */
static int gw__fast_next_form(gw__fast_ctx *c, const gw__proto *P, gw_from from, uint32_t at, unsigned char *msg,
                              int guessed)
{
    for (; guessed != GW__GUESS_UNREAD && at + 1 < P->nv; at++) {
        const gw__variant *v = &P->v[at], *w = v + 1;
        uint64_t seen = 0;
        if (!(w->from & from) || !gw__next_form(P, v, w)) break;
        memset(msg, 0, P->msg_size);
        memcpy(msg, &w->kind, sizeof w->kind);
        *c->skipped = 0;
        c->p = c->begin;
        GW__SKIP_WS(c);
        c->p++; /* past the '{' the frame begins with */
        GW__SKIP_WS(c);
        c->used = 0;
        c->top = c->cap;
        c->level = 0;
        if (!gw__fast_members_run(c, w->schema, msg, &seen, w->schema->n) && !gw__fast_done(w->schema, msg, seen)) {
            GW__SKIP_WS(c);
            if (c->p == c->end) return 0;
        }
    }
    return GW__GIVE_UP;
}


/* The lead that the frame buf, len (more than 16 bytes) from `from` starts with (and ends with its
   end), and a byte between, or NULL */
GW__INLINE const gw__lead *gw__lead_find(const gw__proto *P, const char *buf, size_t len, gw_from from)
{
    const gw__lead *l;
    int row = (unsigned char)P->lead_slots[(gw__lead_hash(buf, from) * P->lead_mul) >> P->lead_shift] - '#';
    if (row < 0) return NULL;
    for (l = &P->lead[row];; l++) {
        if (l->from == from && (size_t)l->len + l->end_len < len && gw__same(buf + l->len - 8, l->text + l->len - 8, 8) && /* (most leads of a slot differ there) */
            gw__shape_head(buf, l->text, l->len) &&
            (!l->end_len || gw__same(buf + len - l->end_len, l->end, l->end_len)))
            return l;
        if (!l->more) return NULL;
    }
}

/* The value of a lead's or a tail's name (name_enum) into field f at base, as the one pass reads it */
GW__INLINE void gw__lead_name(uint8_t name_enum, const gw__field *f, unsigned char *base)
{
    int e = name_enum - 1;
    if (!name_enum) return; /* a constant: nothing to write */
    memcpy(base + f->off, &e, sizeof e);
    if (f->has != GW__NOHAS) base[f->has] = 1;
}

/* A frame that starts with lead l of a name that is the first member of an object and ends with its
   end ({"d":{"type":"name", ... },"op":N}), read as gw__lead_decode reads it: the rest of the
   object, then the members between it and the end's ','. Out of line: the leads of our encoder's
   order pay nothing for it. */
GW__NOINLINE static int gw__lead_decode_in_end(gw__fast_ctx *c, const gw__proto *P, gw_from from, unsigned char *msg, const gw__lead *l,
                                               const unsigned char *after, uint64_t seen)
{
    const gw__schema *s = P->v[l->row].schema;
    const gw__field *f = &s->f[l->in];
    const unsigned char *end = c->end;
    uint64_t inner = (uint64_t)1 << l->name_at;
    int more = 1, k;
    seen |= (uint64_t)1 << l->op_at | (uint64_t)1 << l->in;
    memcpy(msg, &P->v[l->row].kind, sizeof P->v[l->row].kind);
    c->p = after;
    c->end = end - l->end_len;
    GW__SKIP_WS(c);
    gw__lead_name(l->name_enum, &gw__sub_schema(f)->f[l->name_at], msg + f->off);
    if (f->has != GW__NOHAS) msg[f->has] = 1;
    k = gw__fast_members_run(c, gw__sub_schema(f), msg + f->off, &inner, l->name_at) || gw__fast_done(gw__sub_schema(f), msg + f->off, inner);
    if (!k && c->p != c->end) { /* members between */
        k = gw__fast_next(c, '}', &more) || !more;
        c->stop = s;
        k = k || gw__fast_members_run(c, s, msg, &seen, l->in) || c->stop; /* ended there, not at a '}' */
        c->stop = NULL;
    }
    c->end = end;
    c->p = end;
    return k || gw__fast_done(s, msg, seen) ? gw__fast_next_form(c, P, from, l->row, msg, 0) : 0;
}

/* The fields of its row's schema that lead l holds (its opcode, its null member, its name's or the
   object that holds it) */
GW__INLINE uint64_t gw__lead_fields(const gw__lead *l)
{
    return (uint64_t)1 << l->op_at | (l->null_at != GW__LEAD_NONE ? (uint64_t)1 << l->null_at : 0) |
           (l->in != GW__LEAD_NONE ? (uint64_t)1 << l->in : l->name_at != GW__LEAD_NONE ? (uint64_t)1 << l->name_at : 0);
}

/* The frame that lead l starts (after: past its text in the frame; seen: the field of a member
   within it that the lead passed over, read before), read from after it by its row's schema (the
   opcode's and the name's fields read, and the object that holds the name open); as gw__fast_lean
   once its dispatch has picked the row: 0, or the kind's next form (gw__fast_next_form) */
GW__INLINE int gw__lead_decode(gw__fast_ctx *c, const gw__proto *P, gw_from from, unsigned char *msg, const gw__lead *l,
                           const unsigned char *after, uint64_t seen)
{
    const gw__schema *s = P->v[l->row].schema;
    uint32_t last = l->op_at;
    int more = 1;
    if (l->end_len && l->in != GW__LEAD_NONE) return gw__lead_decode_in_end(c, P, from, msg, l, after, seen);
    seen |= (uint64_t)1 << l->op_at;
    if (l->null_at != GW__LEAD_NONE) seen |= (uint64_t)1 << l->null_at; /* (a null leaves its field as zeroed) */
    memcpy(msg, &P->v[l->row].kind, sizeof P->v[l->row].kind);
    c->p = after;
    GW__SKIP_WS(c);
    if (l->in != GW__LEAD_NONE) { /* the rest of the name's object, then of the top level */
        const gw__field *f = &s->f[l->in];
        uint64_t inner = (uint64_t)1 << l->name_at;
        gw__lead_name(l->name_enum, &gw__sub_schema(f)->f[l->name_at], msg + f->off);
        if (gw__fast_members_run(c, gw__sub_schema(f), msg + f->off, &inner, l->name_at) ||
            gw__fast_done(gw__sub_schema(f), msg + f->off, inner) || gw__fast_next(c, '}', &more))
            return gw__fast_next_form(c, P, from, l->row, msg, 0);
        if (f->has != GW__NOHAS) msg[f->has] = 1;
        seen |= (uint64_t)1 << l->in;
        last = l->in;
    } else if (l->name_at != GW__LEAD_NONE) {
        gw__lead_name(l->name_enum, &s->f[l->name_at], msg);
        seen |= (uint64_t)1 << l->name_at;
        last = l->name_at;
    }
    if (l->end_len) { /* the members up to the opcode's, last */
        const unsigned char *end = c->end;
        int k;
        c->end = end - l->end_len;
        c->stop = s;
        k = gw__fast_members_run(c, s, msg, &seen, last) || c->stop; /* ended there, not at a '}' */
        c->end = end;
        c->stop = NULL;
        c->p = end;
        return k || gw__fast_done(s, msg, seen) ? gw__fast_next_form(c, P, from, l->row, msg, 0) : 0;
    }
    if ((more && gw__fast_members_run(c, s, msg, &seen, last)) || gw__fast_done(s, msg, seen))
        return gw__fast_next_form(c, P, from, l->row, msg, 0);
    GW__SKIP_WS(c);
    return c->p == c->end ? 0 : gw__fast_next_form(c, P, from, l->row, msg, 0);
}

/* The 8 bytes at p (a frame's last, or a short tail's) and the sender hashed for the tails' slots */
GW__INLINE uint64_t gw__tail_hash8(const char *p, gw_from from)
{
    uint64_t a;
    memcpy(&a, p, 8);
    return a * 0xC2B2AE3D27D4EB4Full + (uint64_t)from;
}

/* The tail of slot row on that the frame buf, len (more than 16 bytes) from `from` ends with, with
   its head and a member between, or NULL */
GW__INLINE const gw__tail *gw__tail_in(const gw__proto *P, int row, const char *buf, size_t len, gw_from from)
{
    const gw__tail *t;
    for (t = &P->tail[row];; t++) {
        if (t->from == from && (size_t)t->head_len + t->len + 1 < len &&
            (t->len < 16 ? gw__same(buf + len - t->len, t->text, t->len) /* (most tails of a slot differ in their first 8 bytes) */
                         : gw__same(buf + len - t->len, t->text, 8) && gw__shape_head(buf + len - t->len, t->text, t->len)) &&
            (t->head_len ? gw__same(buf, t->head, t->head_len) : *buf == '{'))
            return t;
        if (!t->more) return NULL;
    }
}

/* The tail that the frame buf, len (more than 16 bytes) from `from` ends with, with its head and a
   member between, or NULL: one of 16 bytes or more by the frame's last 16, else a short one (8 to
   15 bytes: ,"op":1}) by its last 8 */
GW__INLINE const gw__tail *gw__tail_find(const gw__proto *P, const char *buf, size_t len, gw_from from)
{
    const gw__tail *t;
    int row = (unsigned char)P->tail_slots[(gw__lead_hash(buf + len - 16, from) * P->tail_mul) >> P->tail_shift] - '#';
    if (row >= 0 && (t = gw__tail_in(P, row, buf, len, from)) != NULL) return t;
    row = (unsigned char)P->tail_slots[(gw__tail_hash8(buf + len - 8, from) * P->tail_mul) >> P->tail_shift] - '#';
    return row >= 0 ? gw__tail_in(P, row, buf, len, from) : NULL;
}

/* The frame that ends with tail t (and starts with its head), its members between read by the row's
   schema up to the tail's ',' (at tail_at), the opcode's and the name's fields taken as read; as
   gw__fast_lean once its dispatch has picked the row: 0, or the kind's next form
   (gw__fast_next_form); the members between from `between` (past the head). [pass, pass_end): a
   top-level member within the head or the tail that it passed over, read last (pass NULL: none). */
GW__INLINE int gw__tail_decode(gw__fast_ctx *c, const gw__proto *P, gw_from from, unsigned char *msg, const gw__tail *t,
                           const unsigned char *between, const unsigned char *tail_at, const unsigned char *pass,
                           const unsigned char *pass_end)
{
    const gw__schema *s = P->v[t->row].schema, *run = s; /* the members between are run's */
    const unsigned char *end = c->end;
    unsigned char *base = msg;
    uint64_t seen = (uint64_t)1 << t->op_at, inner = 0;
    int k;
    memcpy(msg, &P->v[t->row].kind, sizeof P->v[t->row].kind);
    if (t->null_at != GW__LEAD_NONE) seen |= (uint64_t)1 << t->null_at; /* (a null leaves its field as zeroed) */
    if (t->in != GW__LEAD_NONE) { /* the members of the object the frame opens with */
        seen |= (uint64_t)1 << t->in;
        run = gw__sub_schema(&s->f[t->in]);
        base = msg + s->f[t->in].off;
        if (s->f[t->in].has != GW__NOHAS) msg[s->f[t->in].has] = 1;
    } else if (t->name_at != GW__LEAD_NONE) {
        seen |= (uint64_t)1 << t->name_at;
    }
    inner = run == s ? seen : (uint64_t)1 << t->name_at; /* (so that a name or an opcode repeated fails) */
    if (t->name_at != GW__LEAD_NONE) gw__lead_name(t->name_enum, &run->f[t->name_at], base); /* (none: the opcode decides alone) */
    c->p = between;
    GW__SKIP_WS(c);
    c->end = tail_at;
    c->stop = run;
    k = gw__fast_members_run(c, run, base, &inner, t->head_len && run == s ? t->op_at : run->n) || c->stop; /* ended there, not at a '}' */
    if (!k && pass) { /* the member passed over, up to its ',' or the frame's '}' */
        c->p = pass;
        c->end = pass_end;
        c->stop = s;
        k = gw__fast_members_run(c, s, msg, run == s ? &inner : &seen, s->n) || c->stop;
    }
    c->end = end;
    c->stop = NULL;
    if (k || gw__fast_done(run, base, inner) || (run != s && gw__fast_done(s, msg, seen)))
        return gw__fast_next_form(c, P, from, t->row, msg, 0);
    c->p = end;
    return 0;
}

/* Does the opcode's first row (st->lo) decide alone, whatever the other members? An opcode whose
   first row has no name and is of this side, with no row of any op before it: a heartbeat. */
GW__INLINE int gw__fast_op_alone(const gw__proto *P, gw_from from, const gw__pick_state *st)
{
    return st->lo < P->nv && !st->any_end && (P->op_is_string ? st->lo < st->hi : P->v[st->lo].op == st->opv) &&
           !P->v[st->lo].name && (P->v[st->lo].from & from);
}

/* Keys in another order: the scalar members that end the frame may hold the opcode and the name.
   From member u0 (found from the frame's end, its value of kind `kind` as gw__fast_member_back; NULL:
   the frame's last member) backwards while values are scalars and keys come after stop, the opcode
   is read unless st has it (gw__pick_op), and the members at a name's place are counted with the
   forward members fwd[0..nfwd) (read from the first). Then the kind: the opcode alone, or the one
   member at a place by the table of names (as gw__named_among), else GW__PICK_WAIT with st as it
   was. A guess, as gw__named_closing's: the kind's decode from the first member checks that the
   opcode and the name are the frame's (its schema pins and requires them). */
static int gw__fast_back_pick(const gw__proto *P, gw_from from, const gw__top_member *u0, int kind, const unsigned char *stop,
                              const gw__top_member *fwd, uint32_t nfwd, const unsigned char *end, gw__pick_state *st)
{
    gw__top_member b[GW__FAST_MEMBERS], *u = b;
    const gw__top_member *at_place = NULL;
    const uint8_t had_op = st->have_op;
    uint32_t nb = 0, i, places = 0;
    int at, at_back = 0; /* at_place is one of b, read from the end */
    st->looked_back = 1;
    for (i = 0; i < nfwd; i++)
        if (gw__names_at(P, &fwd[i], end)) places++, at_place = &fwd[i];
    if (u0) b[0] = *u0;
    else gw__fast_tail(st->begin, end, u, &kind);
    while (places < 2 && u->key.ptr && u->key.ptr > (const char *)stop) {
        if (!st->have_op && kind == !P->op_is_string && GW__TAG_IS(u->key, u->tag, P->op_key, P->op_key_tag)) {
            if (gw__pick_op(P, u->val, end, st)) break;
        } else if (gw__names_at(P, u, end)) {
            places++, at_place = u, at_back = 1;
        }
        if (++nb == GW__FAST_MEMBERS) break;
        gw__fast_before(st->begin, u, u + 1, &kind);
        u++;
    }
    if (!st->have_op) return GW__PICK_WAIT;
    if (gw__fast_op_alone(P, from, st)) return (int)st->lo;
    if (places == 1 && (at = at_back ? gw__named_pick(P, from, at_place, gw__member_text(at_place), end, st) /* (no backslash) */
                                     : gw__named_one(P, from, at_place, end, st)) >= 0)
        return at;
    st->have_op = had_op;
    return GW__PICK_WAIT;
}

/* The envelope when the opcode comes first (our encoder's order) or last (keys in reverse): the
   dispatch (gw__fast_pick) is fed the member next to it, and finds a name that comes last itself.
   When that decides the kind, every member is read once, by the kind's schema, and none is read
   twice (again by the kind's next form when it fails: gw__fast_next_form). 0: decoded, or
   GW__GIVE_UP, or -1: undecided (c->p back at the first key; st keeps what it found for the
   member-by-member feed). */
static int gw__fast_lean(gw__fast_ctx *c, const gw__proto *P, gw_from from, unsigned char *msg, gw__pick_state *st)
{
    const unsigned char *first = c->p, *second = NULL, *close = NULL, *end = c->end;
    gw__top_member m[1];
    gw_str key;
    uint64_t tag, tag2, tag2_next, seen = 0;
    int at = -1, more = 1, k, kind = 0, next = 0; /* next: m[0] is the member after the opcode */
    int last = 0, before = 0; /* the opcode came last; m[0] is the member before it, which the dispatch read */
    uint32_t j;
    const gw__variant *v;
    const gw__schema *s;
    m[0].key.ptr = NULL;
    if (gw__fast_op_lit(c, P, &key)) { /* the opcode's key, spelled as our encoder does */
        tag = P->op_key_tag;
        tag2 = 0;
    } else if (gw__fast_key_colon(c, &key, &tag, &tag2)) return GW__GIVE_UP;
    if (GW__TAG_IS(key, tag, P->op_key, P->op_key_tag)) {
        if (gw__pick_op(P, c->p, c->end, st)) return GW__GIVE_UP;
        c->p = st->op_end;
        GW__SKIP_WS(c);
        if (c->p < c->end && *c->p == '}') close = c->p, st->have_tail = 1; /* the opcode alone: no other member is last */
        else if (c->p < c->end && *c->p == ',') {
            c->p++;
            GW__SKIP_WS(c);
            second = c->p;
        }
        if (gw__fast_op_alone(P, from, st)) {
            at = (int)st->lo; /* its first row: a kind of its own (a heartbeat) */
        } else { /* else the opcode and the member after it, or a name last */
            gw_str got = { NULL, 0, 0 };
            if (second && !gw__fast_key_colon(c, &m[0].key, &m[0].tag, &tag2_next) && c->p < c->end) {
                m[0].val = c->p;
                if (*c->p == '"' && (gw__fast_str(c, &got) || got.escaped)) return c->p = first, -1;
                m[0].end = c->p;
                next = 1;
            }
            at = next ? gw__named_next(P, from, m, got, c->end, st) : GW__PICK_WAIT; /* mostly a name, in one step */
            if (at == GW__PICK_WAIT) at = gw__fast_pick(P, from, m, (uint32_t)next, c->end, close != NULL, st);
        }
    } else if (gw__fast_op_last(P, c->end, st)) {
        if (gw__pick_op(P, st->tail.val, c->end, st)) return GW__GIVE_UP;
        last = st->op_end == st->tail.end; /* nothing after the opcode's value but the close */
        at = gw__fast_op_alone(P, from, st) ? (int)st->lo : GW__PICK_WAIT;
        if (at == GW__PICK_WAIT && P->named_places) { /* mostly a name right before it, in one step */
            gw__fast_before(st->begin, &st->tail, &m[0], &kind);
            if (m[0].key.ptr && !kind && (at = gw__named_pick(P, from, m, gw__member_text(&m[0]), c->end, st)) >= 0) before = 1;
            else if (!m[0].key.ptr) at = gw__named_last(P, from, c->end, st); /* or inside an object right before it */
            else if (!gw__names_at(P, &m[0], c->end)) at = gw__fast_back_pick(P, from, &m[0], kind, first, NULL, 0, c->end, st); /* or further back */
        }
        if (at == GW__PICK_WAIT && !before) at = gw__fast_pick(P, from, m, 0, c->end, 0, st);
        if (at == GW__PICK_WAIT) { /* the name may sit before it */
            if (!P->named_places) gw__fast_before(st->begin, &st->tail, &m[0], &kind);
            if (m[0].key.ptr) at = gw__fast_pick(P, from, m, 1, c->end, 0, st), before = 1;
        }
    }
    c->p = first;
    if (at < 0) return -1;
    v = &P->v[at];
    s = v->schema;
    memcpy(msg, &v->kind, sizeof v->kind);
    j = s->n;
    if (close || second) { /* the opcode was read first: its constant is not read again, nor a name after it */
        k = s->n && GW__KEY_IS(s->f[0], key, tag, tag2) ? 0 : gw__fast_lookup(s, key, tag, tag2, j); /* mostly the first field */
        if (k >= 0 && gw__field_pinned(P, v, &s->f[k], 1)) {
            seen = (uint64_t)1 << k;
            j = (uint32_t)k;
            c->p = close ? close + 1 : second;
            if (next && *m[0].val == '"' && (k = gw__fast_lookup(s, m[0].key, m[0].tag, gw__key_tag2(m[0].key), j)) >= 0 && !(seen >> k & 1) &&
                gw__field_pinned(P, v, &s->f[k], 0)) {
                seen |= (uint64_t)1 << k;
                j = (uint32_t)k;
                c->p = m[0].end;
                if (gw__fast_next(c, '}', &more)) return GW__GIVE_UP;
            }
        }
    }
    else if (last && !st->guessed) { /* the opcode was read last: not again, nor a name right before it */
        const unsigned char *stop = (const unsigned char *)st->tail.key.ptr - 1; /* its key's quote */
        k = gw__fast_lookup(s, st->tail.key, st->tail.tag, gw__key_tag2(st->tail.key), j);
        if (k >= 0 && (gw__field_pinned(P, v, &s->f[k], 1) || /* a row of any opcode: its constant is the one read */
                       (!P->op_is_string && s->f[k].kind == GW__CONST_INT && s->f[k].cval >= 0 && s->f[k].cval == st->opv))) {
            seen = (uint64_t)1 << k;
            if (before && *m[0].val == '"' && (k = gw__fast_lookup(s, m[0].key, m[0].tag, gw__key_tag2(m[0].key), j)) >= 0 &&
                !(seen >> k & 1) && gw__field_pinned(P, v, &s->f[k], 0)) {
                seen |= (uint64_t)1 << k;
                stop = (const unsigned char *)m[0].key.ptr - 1;
            }
            while (stop > first && gj_i_ws[stop[-1]]) stop--; /* the ',' after the members before, or first: none */
            if (stop > first) { /* those members, up to the ',' (the scans from the end checked the rest) */
                if (stop[-1] != ',') return GW__GIVE_UP;
                c->end = stop - 1;
                c->stop = s;
                k = gw__fast_members_run(c, s, msg, &seen, s->n) || c->stop; /* ended at the ',', not a '}' */
                c->end = end;
                c->stop = NULL;
                if (k) return gw__fast_next_form(c, P, from, (uint32_t)at, msg, st->guessed);
            }
            return gw__fast_done(s, msg, seen) ? gw__fast_next_form(c, P, from, (uint32_t)at, msg, st->guessed) : 0;
        }
    }
    if ((!close && more && gw__fast_members_run(c, s, msg, &seen, j)) || gw__fast_done(s, msg, seen))
        return gw__fast_next_form(c, P, from, (uint32_t)at, msg, st->guessed);
    GW__SKIP_WS(c);
    return c->p == c->end ? 0 : gw__fast_next_form(c, P, from, (uint32_t)at, msg, st->guessed);
}

/* The one pass's reading of frame buf, len (buf not NULL) from its first byte */
GW__INLINE void gw__fast_init(gw__fast_ctx *c, const gw__proto *P, const char *buf, size_t len, void *scratch,
                              size_t scratch_size, unsigned flags, uint32_t *skipped)
{
    size_t pad = (size_t)((8 - ((uintptr_t)scratch & 7)) & 7);
    c->p = c->begin = (const unsigned char *)buf;
    c->end = c->p + len;
    c->mem = scratch ? (unsigned char *)scratch + (scratch_size > pad ? pad : 0) : NULL; /* never NULL + 0 */
    c->cap = scratch_size > pad ? scratch_size - pad : 0;
    c->used = 0;
    c->top = c->cap;
    c->level = 0;
    c->stop = NULL;
    c->lenient = (flags & GW_DECODE_LENIENT) != 0;
    c->op_key = P->op_key;
    c->skipped = skipped;
}

/* Members read one by one from c->p (the first), values skipped, until the dispatch picks the kind
   (the opcode, and a name where the opcode alone does not decide: by the table of names where it
   can, else by the rows); then all read again from the first by the kind's schema. Out of line:
   the envelope of frames whose opcode and name neither lead nor end them. */
GW__NOINLINE static int gw__fast_scan(gw__fast_ctx *c, const gw__proto *P, gw_from from, unsigned char *msg, gw__pick_state *st)
{
    gw__top_member m[GW__FAST_MEMBERS];
    const gw__schema *s;
    const unsigned char *first = c->p;
    uint32_t n = 0, k;
    uint64_t seen = 0;
    int more = 1, pick = GW__PICK_WAIT;
    while (more) {
        gw_str key;
        uint64_t tag, tag2;
        if (gw__fast_key_colon(c, &key, &tag, &tag2)) return GW__GIVE_UP;
        if (n == GW__FAST_MEMBERS) return GW__GIVE_UP;
        for (k = 0; k < n; k++) /* a repeated key: the tokenizer's error */
            if (m[k].key.len == key.len && memcmp(m[k].key.ptr, key.ptr, key.len) == 0) return GW__GIVE_UP;
        m[n].key = key;
        m[n].tag = tag;
        m[n].val = c->p;
        m[n].end = NULL;
        /* only the opcode can change the answer before it is read (the lean envelope found that it
           is not the last member), and after it a name, or the key the last wait named */
        if (!st->have_op && GW__TAG_IS(key, tag, P->op_key, P->op_key_tag)) { /* a name before it may decide */
            if (gw__pick_op(P, c->p, c->end, st)) return GW__GIVE_UP;
            pick = P->named_places ? gw__named_among(P, from, m, n, c->end, st) : GW__PICK_WAIT;
            if (pick == GW__PICK_WAIT) pick = gw__fast_pick(P, from, m, n + 1, c->end, 0, st);
        } else if (st->have_op && gw__names_at(P, &m[n], c->end) && (pick = gw__named_among(P, from, m, n + 1, c->end, st)) >= 0) {
            /* a name after it, that decides alone */
        } else { /* (the lean envelope asked with the opcode read first and the member after it) */
            pick = st->have_op && (n ? st->wait && gw__fast_is(key, st->wait) : !GW__TAG_IS(key, tag, P->op_key, P->op_key_tag))
                       ? gw__fast_pick(P, from, m, n + 1, c->end, 0, st) : GW__PICK_WAIT;
        }
        if (pick == GW__PICK_GIVE_UP) return GW__GIVE_UP;
        if (pick == GW__PICK_WAIT && !st->looked_back && c->p < c->end && (*c->p == '{' || *c->p == '[')) /* rather than skip it */
            pick = gw__fast_back_pick(P, from, NULL, 0, c->p, m, n + 1, c->end, st);
        if (pick != GW__PICK_WAIT) break;
        if (gw__fast_skip(c, NULL)) return GW__GIVE_UP;
        m[n++].end = c->p;
        if (gw__fast_next(c, '}', &more)) return GW__GIVE_UP;
    }
    if (pick == GW__PICK_WAIT && (pick = gw__fast_pick(P, from, m, n, c->end, 1, st)) < 0) return GW__GIVE_UP;
    s = P->v[pick].schema;
    memcpy(msg, &P->v[pick].kind, sizeof P->v[pick].kind);
    c->p = first; /* every member, those read before included, by the kind's schema */
    if (gw__fast_members_run(c, s, msg, &seen, s->n) || gw__fast_done(s, msg, seen))
        return gw__fast_next_form(c, P, from, (uint32_t)pick, msg, st->guessed);
    GW__SKIP_WS(c);
    return c->p == c->end ? 0 : gw__fast_next_form(c, P, from, (uint32_t)pick, msg, st->guessed);
}

/* A frame of more than 16 bytes that starts with a lead (compact or pretty-printed), or a compact
   one that ends with a tail, read from there: 0 or GW__GIVE_UP as gw__fast; or -1, neither. Out
   of line, and with the one pass's context of its own: most frames are read here, and pay for no
   envelope. */
GW__NOINLINE static int gw__fast_ends(const gw__proto *P, const char *buf, size_t len, gw_from from, unsigned char *msg,
                                      void *scratch, size_t scratch_size, unsigned flags, uint32_t *skipped)
{
    gw__fast_ctx c;
    const gw__lead *l;
    const gw__tail *t;
    if (P->lead_slots && (l = gw__lead_find(P, buf, len, from)) != NULL) {
        gw__fast_init(&c, P, buf, len, scratch, scratch_size, flags, skipped);
        return gw__lead_decode(&c, P, from, msg, l, c.begin + l->len, 0);
    }
    if (P->tail_slots && buf[len - 1] == '}' && !gj_i_ws[(unsigned char)buf[len - 2]] && (t = gw__tail_find(P, buf, len, from)) != NULL) {
        gw__fast_init(&c, P, buf, len, scratch, scratch_size, flags, skipped);
        return gw__tail_decode(&c, P, from, msg, t, c.begin + (t->head_len ? t->head_len : 1), c.end - t->len, NULL, NULL);
    }
    return -1;
}

/* A frame with a gap: its bytes [0, g0) then [g1, len), as though a member were not there */
typedef struct gw__gapped {
    const char *buf;
    size_t len, g0, g1;
} gw__gapped;

/* Its 16 bytes from byte `at` (of the frame without the gap) into w */
GW__INLINE void gw__gapped_16(const gw__gapped *f, size_t at, char w[16])
{
    size_t n = at < f->g0 ? f->g0 - at : 0;
    if (n >= 16) {
        memcpy(w, f->buf + at, 16);
    } else {
        memcpy(w, f->buf + at, n);
        memcpy(w + n, f->buf + f->g1 + (at + n - f->g0), 16 - n);
    }
}

/* Are the frame's n bytes from `at` (without the gap) text's? */
GW__INLINE int gw__gapped_same(const gw__gapped *f, size_t at, const char *text, size_t n)
{
    size_t before = at < f->g0 ? f->g0 - at : 0;
    if (before > n) before = n;
    return (!before || gw__same(f->buf + at, text, before)) &&
           (before == n || gw__same(f->buf + f->g1 + (at + before - f->g0), text + before, n - before));
}

/* The lead that starts frame f without its gap, the gap within the lead's text (a lead that ends
   before it starts the frame itself), and a byte between it and its end; or NULL */
GW__INLINE const gw__lead *gw__lead_find_gap(const gw__proto *P, const gw__gapped *f, gw_from from)
{
    const gw__lead *l;
    const size_t left = f->len - (f->g1 - f->g0);
    char w[16];
    int row;
    gw__gapped_16(f, 0, w);
    row = (unsigned char)P->lead_slots[(gw__lead_hash(w, from) * P->lead_mul) >> P->lead_shift] - '#';
    if (row < 0) return NULL;
    for (l = &P->lead[row];; l++) {
        if (l->from == from && l->len > f->g0 && (size_t)l->len + l->end_len < left && gw__gapped_same(f, 0, l->text, l->len) &&
            (!l->end_len || gw__same(f->buf + f->len - l->end_len, l->end, l->end_len)))
            return l;
        if (!l->more) return NULL;
    }
}

/* The tail of slot row on that ends frame f without its gap (the gap within the tail's text or its
   head's), with its head and a member between; or NULL */
GW__INLINE const gw__tail *gw__tail_in_gap(const gw__proto *P, int row, const gw__gapped *f, gw_from from)
{
    const gw__tail *t;
    const size_t left = f->len - (f->g1 - f->g0);
    for (t = &P->tail[row];; t++) {
        if (t->from == from && (size_t)t->head_len + t->len + 1 < left && gw__gapped_same(f, left - t->len, t->text, t->len) &&
            (t->head_len ? gw__gapped_same(f, 0, t->head, t->head_len) : *f->buf == '{'))
            return t;
        if (!t->more) return NULL;
    }
}

/* gw__tail_find for frame f without its gap (more than 16 bytes left) */
GW__INLINE const gw__tail *gw__tail_find_gap(const gw__proto *P, const gw__gapped *f, gw_from from)
{
    const gw__tail *t;
    char w[16];
    int row;
    gw__gapped_16(f, f->len - (f->g1 - f->g0) - 16, w);
    row = (unsigned char)P->tail_slots[(gw__lead_hash(w, from) * P->tail_mul) >> P->tail_shift] - '#';
    if (row >= 0 && (t = gw__tail_in_gap(P, row, f, from)) != NULL) return t;
    row = (unsigned char)P->tail_slots[(gw__tail_hash8(w + 8, from) * P->tail_mul) >> P->tail_shift] - '#';
    return row >= 0 ? gw__tail_in_gap(P, row, f, from) : NULL;
}

/* A member that a lead or a tail may pass over: a scalar (not an object or a list: m->val at its
   first byte) whose key is neither the opcode's nor a name's place (gw__names_at) */
GW__INLINE int gw__fast_passable(const gw__proto *P, const gw__top_member *m, const unsigned char *end)
{
    return m->val < end && *m->val != '{' && *m->val != '[' && !GW__TAG_IS(m->key, m->tag, P->op_key, P->op_key_tag) &&
           !gw__names_at(P, m, end);
}

/* The lead of a frame whose first or second member passed over makes one start it (the gap: the
   member and its ','), read by gw__lead_decode, that member first by the row's schema: 0 or
   GW__GIVE_UP as gw__fast, -1: no lead */
static int gw__fast_lead_gap(gw__fast_ctx *c, const gw__proto *P, gw_from from, unsigned char *msg, const gw__gapped *f)
{
    const gw__lead *l = gw__lead_find_gap(P, f, from);
    const unsigned char *end = c->end;
    const gw__schema *s;
    uint64_t seen = 0;
    int k;
    if (!l) return -1;
    s = P->v[l->row].schema;
    c->p = c->begin + f->g0;
    c->end = c->begin + f->g1 - 1; /* its ',' */
    c->stop = s;
    k = gw__fast_members_run(c, s, msg, &seen, s->n) || c->stop;
    c->end = end;
    c->stop = NULL;
    if (k || (seen & gw__lead_fields(l))) return gw__fast_next_form(c, P, from, l->row, msg, 0); /* (repeated: the token decoder) */
    return gw__lead_decode(c, P, from, msg, l, c->begin + f->g1 + (l->len - f->g0), seen);
}

/* The tail of a frame that ends with one once the member in gap f->g0..g1 (with its ',', a top-level
   scalar) is left out, read by gw__tail_decode, that member last: 0 or GW__GIVE_UP as gw__fast, -1:
   no tail */
static int gw__fast_tail_gap(gw__fast_ctx *c, const gw__proto *P, gw_from from, unsigned char *msg, const gw__gapped *f)
{
    const gw__tail *t = gw__tail_find_gap(P, f, from);
    const size_t left = f->len - (f->g1 - f->g0), head = t && t->head_len ? t->head_len : 1, at = left - (t ? t->len : 0);
    const unsigned char *b = c->begin, *pass = b + f->g0, *pass_end = b + f->g1 - 1; /* [the member, its ',') */
    if (!t) return -1;
    if (b[f->g0] == ',') pass++, pass_end++; /* a gap of a ',' and the member after it */
    c->p = b;
    return gw__tail_decode(c, P, from, msg, t, head < f->g0 ? b + head : b + f->g1 + (head - f->g0), /* (the members between: not the gap's) */
                           at <= f->g0 ? b + at : b + f->g1 + (at - f->g0), pass, pass_end);
}

/* A compact frame of more than 16 bytes that no lead starts and no tail ends, but would without one
   of its first two members or of its last two, where that member is a scalar of neither the opcode
   nor a name (gw__fast_passable): {"s":5,"f":130,"t":"MESSAGE_CREATE","cnf":{...}},
   {"t":"X","s":5,"f":130,"cnf":{...}}, {"cnf":{...},"t":"X","f":130,"s":5}. The lead's (the
   tail's) row decides whatever else the frame holds, so the frame is read as gw__lead_decode
   (gw__tail_decode) reads it, and that member by the row's schema too, a key it repeats refused.
   0 or GW__GIVE_UP as gw__fast; -1: none. */
GW__NOINLINE static int gw__fast_ends_past(const gw__proto *P, const char *buf, size_t len, gw_from from, unsigned char *msg,
                                           void *scratch, size_t scratch_size, unsigned flags, uint32_t *skipped)
{
    const unsigned char *end = (const unsigned char *)buf + len, *m1_end;
    gw__fast_ctx c;
    gw__top_member m, m2;
    gw__gapped f;
    uint64_t tag2;
    int kind = 0, r;
    f.buf = buf;
    f.len = len;
    gw__fast_init(&c, P, buf, len, scratch, scratch_size, flags, skipped);
    c.p++;
    if (P->lead_slots && buf[1] == '"' && !gw__fast_key_colon(&c, &m.key, &m.tag, &tag2) && (m.val = c.p) < end &&
        *c.p != '{' && *c.p != '[' && !gw__fast_skip(&c, NULL) && end - c.p > 17 && c.p[0] == ',' && c.p[1] == '"') {
        m1_end = c.p;
        if (gw__fast_passable(P, &m, end)) { /* the first member: a lead, or a tail whose head it cuts */
            f.g0 = 1, f.g1 = (size_t)(m1_end + 1 - c.begin);
            if ((r = gw__fast_lead_gap(&c, P, from, msg, &f)) >= 0 || (P->tail_slots && (r = gw__fast_tail_gap(&c, P, from, msg, &f)) >= 0))
                return r;
        }
        c.p = m1_end + 1;
        if (!gw__fast_key_colon(&c, &m.key, &m.tag, &tag2) && (m.val = c.p, gw__fast_passable(P, &m, end)) && !gw__fast_skip(&c, NULL) &&
            end - c.p > 17 && c.p[0] == ',' && c.p[1] == '"') { /* the second: a lead (a tail whose head it cuts: none in the corpus) */
            f.g0 = (size_t)(m1_end + 1 - c.begin), f.g1 = (size_t)(c.p + 1 - c.begin);
            if ((r = gw__fast_lead_gap(&c, P, from, msg, &f)) >= 0) return r;
        }
    }
    if (P->tail_slots && buf[len - 1] == '}') {
        const char *r1, *r2;
        gw__fast_tail(c.begin, end, &m, &kind);
        if (!m.key.ptr || m.end != end - 1 || (r1 = m.key.ptr - 2) - buf <= 17 || *r1 != ',') return -1;
        if (gw__fast_passable(P, &m, end)) { /* the last member (the gap: its ',' and it) */
            f.g0 = (size_t)(r1 - buf), f.g1 = len - 1;
            if ((r = gw__fast_tail_gap(&c, P, from, msg, &f)) >= 0) return r;
        }
        gw__fast_before(c.begin, &m, &m2, &kind);
        if (m2.key.ptr && m2.end == (const unsigned char *)r1 && (r2 = m2.key.ptr - 2) - buf > 17 && *r2 == ',' && gw__fast_passable(P, &m2, end)) {
            f.g0 = (size_t)(r2 - buf), f.g1 = (size_t)(r1 - buf); /* the one before it */
            if ((r = gw__fast_tail_gap(&c, P, from, msg, &f)) >= 0) return r;
        }
    }
    return -1;
}

/* A frame that neither lead nor tail decides: the lean envelope (the opcode first or last), else
   member by member (gw__fast_scan) */
GW__NOINLINE static int gw__fast_envelope(const gw__proto *P, const char *buf, size_t len, gw_from from, void *msg, void *scratch,
                                          size_t scratch_size, unsigned flags, uint32_t *skipped)
{
    gw__fast_ctx c;
    gw__pick_state st;
    int pick;
    gw__fast_init(&c, P, buf, len, scratch, scratch_size, flags, skipped);
    gw__pick_state_init(&st, c.p);
    st.may_guess = 1; /* every member is decoded by the kind picked */
    GW__SKIP_WS(&c);
    if (c.p >= c.end || *c.p != '{') return GW__GIVE_UP;
    c.p++;
    GW__SKIP_WS(&c);
    if (c.p < c.end && *c.p == '}') return GW__GIVE_UP; /* no opcode */
    if ((pick = gw__fast_lean(&c, P, from, (unsigned char *)msg, &st)) >= 0) return pick;
    return gw__fast_scan(&c, P, from, (unsigned char *)msg, &st);
}

/* The whole frame in one pass: by a lead or a tail, else by its envelope */
GW__INLINE int gw__fast(const gw__proto *P, const char *buf, size_t len, gw_from from, void *msg, void *scratch,
                        size_t scratch_size, unsigned flags, uint32_t *skipped)
{
    int r;
    if (!buf || len > 0xFFFFFFFFu) return GW__GIVE_UP;
    if (len > 16 && buf[0] == '{' && (buf[1] == '"' || buf[1] == '\n') && /* compact, or pretty-printed */
        ((r = gw__fast_ends(P, buf, len, from, (unsigned char *)msg, scratch, scratch_size, flags, skipped)) >= 0 ||
         (buf[1] == '"' && (r = gw__fast_ends_past(P, buf, len, from, (unsigned char *)msg, scratch, scratch_size, flags, skipped)) >= 0)))
        return r;
    return gw__fast_envelope(P, buf, len, from, msg, scratch, scratch_size, flags, skipped);
}
#undef GW__SKIP_WS

/* memset(p, 0, n) in whole 16-byte stores where SSE2 is and n is a constant (a message's or an
   error's size: gcc would make it a call, or a rep stos, which costs more than the stores) */
GW__INLINE void gw__zero(void *to, size_t n)
{
#ifdef GW__SSE2
    unsigned char *p = (unsigned char *)to;
    const __m128i z = _mm_setzero_si128();
    if (!__builtin_constant_p(n) || n > 256) {
        memset(to, 0, n);
        return;
    }
    /* unrolled: gcc turns a loop of these back into memset */
#define GW__Z16(i) if ((i) + 16 <= n) _mm_storeu_si128((__m128i *)(void *)(p + (i)), z)
    GW__Z16(0); GW__Z16(16); GW__Z16(32); GW__Z16(48); GW__Z16(64); GW__Z16(80); GW__Z16(96); GW__Z16(112);
    GW__Z16(128); GW__Z16(144); GW__Z16(160); GW__Z16(176); GW__Z16(192); GW__Z16(208); GW__Z16(224); GW__Z16(240);
#undef GW__Z16
    if (n % 16) memset(p + n / 16 * 16, 0, n % 16);
#else
    memset(to, 0, n);
#endif
}

/* Success: code GW_OK, the numbers 0, detail and path "". The strings' other bytes are left as
   they were: clearing all 224 bytes cost a heartbeat's decode a tenth of its instructions. */
GW__INLINE void gw__zero_error(gw_error *err)
{
    err->code = GW_OK;
    err->json = GJ_OK;
    err->offset = 0;
    err->needed = 0;
    err->skipped = 0;
    err->detail[0] = 0;
    err->path[0] = 0;
}

/* The innermost container around token t (0: t is the root, or at the top level) */
static uint32_t gw__tok_parent(const gj_tok *toks, uint32_t t)
{
    uint32_t i, in = 0;
    for (i = 1; i < t; i++) /* tokens come in document order: the last container that spans t */
        if ((toks[i].type == GJ_OBJECT || toks[i].type == GJ_ARRAY) && toks[i].start < toks[t].start &&
            toks[t].start < toks[i].start + toks[i].len)
            in = i;
    return in;
}

/* The path of value token v, pushed (keys only: envelope rules never look inside arrays) */
static void gw__env_path(gw__ctx *c, uint32_t v, int room)
{
    uint32_t up;
    if (!v || room <= 0) return;
    up = gw__tok_parent(c->toks, v);
    gw__env_path(c, up, room - 1);
    if (c->toks[up].type == GJ_OBJECT) /* a member's value follows its key */
        gw__path_push(c, c->src + c->toks[v - 1].start, c->toks[v - 1].len, 0);
}

/* Lenient decoding's check of a GW_<P>_UNKNOWN's envelope (D-06a): every rule of the protocol
   that applies to this sender and frame (opv: its op), in order; the first one broken is the
   error, missing (at the object that lacks it) or of the wrong JSON type, at its path, with the
   rule in err.detail. */
static gw_err gw__envelope_check(gw__ctx *c, const gw__proto *P, gw_from from, int64_t opv)
{
    uint32_t i;
    for (i = 0; i < P->nenv; i++) {
        const gw__env_rule *r = &P->env[i];
        uint32_t o, in = 0; /* the value, and the object that should hold it */
        char got[32];
        gw_err code;
        if (!(r->from & from) || (r->when == GW__ENV_NAMED && !c->name_tok) || (r->when == GW__ENV_NOT_OP && opv == r->op))
            continue;
        c->depth = 0;
        c->field = NULL;
        if (r->key1[0]) {
            gw__path_push(c, r->key1, (uint32_t)strlen(r->key1), 0);
            o = gj_find(c->src, c->toks, 0, r->key1, strlen(r->key1));
        } else { /* the object that holds the frame's name */
            if (!c->name_tok) continue;
            o = gw__tok_parent(c->toks, c->name_tok);
            gw__env_path(c, o, GW__PATH_MAX - 2);
        }
        if (r->key2) {
            if (!o || c->toks[o].type != GJ_OBJECT) continue; /* a rule of its own says what key1 must be */
            in = o;
            gw__path_push(c, r->key2, (uint32_t)strlen(r->key2), 0);
            o = gj_find(c->src, c->toks, in, r->key2, strlen(r->key2));
        }
        if (o ? (r->types >> c->toks[o].type & 1) : !r->required) continue;
        code = gw__fail(c, o ? GW_ERR_TYPE : GW_ERR_MISSING, o ? o : in);
        if (o) gw__snippet(c->src, &c->toks[o], got, sizeof got);
        snprintf(c->err->detail, sizeof c->err->detail, o ? "must be %s, got %s" : "must be %s%s", r->rule, o ? got : "");
        c->depth = 0;
        return code;
    }
    c->depth = 0;
    return GW_OK;
}

/* ==== decode: the one pass, else the tokens, then lenient ===================================== */
/* Of two failed forms of one kind, does the error (e, having read up to byte pe) show better
   which form the sender meant than (f, up to pf)? The form that read further into the message
   before failing (a missing key is known only at its object's end); at the same place a real
   error beats an unknown key, which is evidence of the other form. */
static int gw__better_error(const gw_error *e, size_t pe, const gw_error *f, size_t pf)
{
    if (pe != pf) return pe > pf;
    return e->code != GW_ERR_UNKNOWN_FIELD && f->code == GW_ERR_UNKNOWN_FIELD;
}

/* Lenient decoding of a frame whose dispatch failed with r (D-06): an op a newer peer may add, if
   it is an op at all, or a known op with a name no kind has, is GW_<P>_UNKNOWN with its op, name
   and body, once the envelope rules hold (D-06a). Any other failure stands. */
static gw_err gw__decode_unknown(gw__ctx *c, const gw__proto *P, const char *buf, gw_from from, gw_err r, void *msg,
                                 gw_error *err)
{
    uint32_t op = 0;
    int64_t opv = 0;
    gw_unknown u;
    const gj_tok *o, *n;
    if (r == GW_ERR_UNKNOWN_OP) {
        op = gj_find(c->src, c->toks, 0, P->op_key, strlen(P->op_key));
        if (op && c->toks[op].type != (P->op_is_string ? GJ_STRING : GJ_NUMBER)) op = 0;
        if (op && !P->op_is_string && gj_parse_i64(buf + c->toks[op].start, c->toks[op].len, &opv)) op = 0;
        c->name_tok = 0;
    } else if (r == GW_ERR_UNKNOWN_EVENT) {
        op = c->op_tok;
        if (!P->op_is_string) gj_parse_i64(buf + c->toks[op].start, c->toks[op].len, &opv); /* checked by the dispatch */
    }
    if (!op) return r;
    o = &c->toks[op], n = &c->toks[c->name_tok];
    memset(err, 0, sizeof *err);
    if ((r = gw__envelope_check(c, P, from, opv)) != GW_OK) return r;
    memset(&u, 0, sizeof u);
    if (P->op_is_string) u.op_name.ptr = buf + o->start, u.op_name.len = o->len, u.op_name.escaped = o->flags & GJ_ESCAPED;
    u.op = opv;
    if (c->name_tok) u.name.ptr = buf + n->start, u.name.len = n->len, u.name.escaped = n->flags & GJ_ESCAPED;
    u.body.ptr = buf + c->toks[0].start, u.body.len = c->toks[0].len;
    memcpy(msg, &P->unknown_kind, sizeof P->unknown_kind);
    memcpy((unsigned char *)msg + P->unknown_off, &u, sizeof u);
    memset(err, 0, sizeof *err);
    return GW_OK;
}

/* The table walk of the dispatched kind's forms, from row at (c: as gw__begin left it; used: the
   scratch the tokens took). A kind may have several accepted forms (the seed's and the original's,
   decode-only aliases): each is tried. When all fail, the error is that of the form the sender most
   likely meant (gw__better_error; the first on a tie), e.g. Nightingale's {"track": Track} wrapper
   (D-41). Lenient: a form that succeeds by skipping keys may be the wrong one (the other form's
   keys are unknown to it), so every form is tried and the one that skips fewest wins. */
static gw_err gw__decode_forms(gw__ctx *c, const gw__proto *P, gw_from from, uint32_t at, void *msg, gw_error *err,
                               size_t used, size_t scratch_size, int lenient)
{
    gw_error first;
    uint32_t best_at = UINT32_MAX, best_skipped = 0;
    size_t first_progress = 0;
    gw_err r;
    memset(&first, 0, sizeof first);
    c->lenient = lenient;
    for (;;) {
        uint32_t next = at + 1;
        int more;
        memcpy(msg, &P->v[at].kind, sizeof P->v[at].kind);
        c->skipped = 0;
        r = gw__decode_obj(c, P->v[at].schema, 0, (unsigned char *)msg);
        if (r && (!first.code || gw__better_error(err, c->progress, &first, first_progress))) first = *err, first_progress = c->progress;
        if (!r && !lenient) break;
        if (!r && (best_at == UINT32_MAX || c->skipped < best_skipped)) best_at = at, best_skipped = c->skipped;
        if (!r && !c->skipped) break;
        more = next < P->nv && P->v[next].kind == P->v[at].kind && gw__dispatch(c, P, from, &next, 0) == GW_OK &&
               P->v[next].kind == P->v[at].kind;
        if (!more) break;
        memset(msg, 0, P->msg_size);
        c->depth = 0; c->used = 0; c->measuring = 0;
        at = next;
    }
    if (lenient && best_at != UINT32_MAX && (best_at != at || r)) { /* decode the winner again: msg holds the last form tried */
        memset(msg, 0, P->msg_size);
        c->depth = 0; c->used = 0; c->measuring = 0; c->skipped = 0;
        memcpy(msg, &P->v[best_at].kind, sizeof P->v[best_at].kind);
        r = gw__decode_obj(c, P->v[best_at].schema, 0, (unsigned char *)msg);
    }
    if (r) *err = first, r = first.code;
    if (!r) memset(err, 0, sizeof *err);
    if (!r && c->measuring) {
        r = err->code = GW_ERR_SCRATCH;
        err->needed = used + c->used + 7; /* + 7: the same need from a differently aligned buffer */
        snprintf(err->detail, sizeof err->detail, "the scratch holds %lu bytes; %lu suffice", (unsigned long)scratch_size,
                 (unsigned long)err->needed);
    }
    if (r) memset(msg, 0, P->msg_size);
    else err->skipped = c->skipped;
    return r;
}

/* The token decoder: tokens into scratch and the dispatch (once), then the kind's forms, strictly.
   Lenient (flags): what strict decoding accepts stands as it is; only its failures get a second
   look, on the same tokens, and not those of the JSON itself, the size cap or the scratch. */
static gw_err gw__decode_tokens(const gw__proto *P, const char *buf, size_t len, gw_from from, void *msg,
                                void *scratch, size_t scratch_size, gw_error *err, unsigned flags)
{
    gw__ctx c, dispatched;
    size_t used = 0;
    uint32_t at = 0;
    gw_err r;
    memset(msg, 0, P->msg_size);
    memset(err, 0, sizeof *err);
    if ((r = gw__begin(&c, P, buf, len, from, scratch, scratch_size, err, &at, &used)) != GW_OK)
        return flags & GW_DECODE_LENIENT ? gw__decode_unknown(&c, P, buf, from, r, msg, err) : r;
    dispatched = c;
    r = gw__decode_forms(&c, P, from, at, msg, err, used, scratch_size, 0);
    if (r == GW_OK || !(flags & GW_DECODE_LENIENT) || r == GW_ERR_SCRATCH) return r;
    memset(err, 0, sizeof *err);
    return gw__decode_forms(&dispatched, P, from, at, msg, err, used, scratch_size, 1);
}

/* The first variant of a kind (NULL for none: 0, GW_<P>_UNKNOWN, out of range). */
GW__INLINE const gw__variant *gw__variant_of(const gw__proto *P, int kind)
{
    return kind >= 1 && (uint32_t)kind - 1 < P->nkinds ? &P->v[P->first[kind - 1]] : NULL;
}

/* A frame of 8 bytes or more hashed for the whole frames' slots (gw__whole_find) */
GW__INLINE uint64_t gw__whole_hash(const char *buf, size_t len)
{
    uint64_t first, middle, last;
    memcpy(&first, buf, 8), memcpy(&middle, buf + (len - 8) / 2, 8), memcpy(&last, buf + len - 8, 8);
    return first ^ middle * 0x9E3779B97F4A7C15ull ^ last * 0xC2B2AE3D27D4EB4Full;
}

/* The len bytes at a and b are the same: 8 at a time, the last 8 overlapping (a call to memcmp
   costs more than the whole compare of a heartbeat) */
GW__INLINE int gw__same_bytes(const char *a, const char *b, size_t len)
{
    uint64_t x, y, u, v;
    size_t i;
    if (len < 8) return memcmp(a, b, len) == 0;
    if (len <= 16) { /* two words each, the second overlapping */
        memcpy(&x, a, 8), memcpy(&y, b, 8), memcpy(&u, a + len - 8, 8), memcpy(&v, b + len - 8, 8);
        return ((x ^ y) | (u ^ v)) == 0;
    }
#ifdef GW__SSE2
    if (len <= 32) /* two loads each, the second overlapping */
        return _mm_movemask_epi8(_mm_and_si128(
                   _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)a), _mm_loadu_si128((const __m128i *)(const void *)b)),
                   _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)(a + len - 16)),
                                  _mm_loadu_si128((const __m128i *)(const void *)(b + len - 16))))) == 0xFFFF;
#endif
    for (i = 0; i + 8 < len; i += 8) {
        memcpy(&x, a + i, 8), memcpy(&y, b + i, 8);
        if (x != y) return 0;
    }
    memcpy(&x, a + len - 8, 8), memcpy(&y, b + len - 8, 8);
    return x == y;
}

/* Does kind have a single row (one form, no alias)? */
static int gw__one_form(const gw__proto *P, int kind)
{
    uint32_t i, n = 0;
    for (i = 0; i < P->nv; i++) n += P->v[i].kind == kind;
    return n == 1;
}

/* The whole frame (gw__whole) of P from `from` that buf, len is, or NULL: its slot from its first,
   middle and last 8 bytes, then one compare (more where frames hash the same: the same bytes as
   two kinds, one per side, or pretty-printed frames that differ elsewhere) */
GW__INLINE const gw__whole *gw__whole_find(const gw__proto *P, const char *buf, size_t len, gw_from from)
{
    const gw__whole *w;
    int row;
    if (len < 8 || len > P->whole_max) return NULL;
    row = P->whole_slots[(gw__whole_hash(buf, len) * P->whole_mul) >> P->whole_shift] - '#';
    if (row < 0) return NULL;
    for (w = P->whole + row;; w++) {
        if (w->len == len && (w->from & from) && gw__same_bytes(w->bytes, buf, len)) return w;
        if (!w->more) return NULL;
    }
}

/* The n (1 or more) bytes at p are those at t; 16 bytes are readable past n at both */
GW__INLINE int gw__shape_same(const unsigned char *p, const char *t, unsigned n)
{
#ifdef GW__SSE2
    unsigned i;
    for (i = 0; i + 16 < n; i += 16)
        if (_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)(p + i)),
                                             _mm_loadu_si128((const __m128i *)(const void *)(t + i)))) != 0xFFFF)
            return 0;
    return (~(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)(p + i)),
                                                         _mm_loadu_si128((const __m128i *)(const void *)(t + i)))) &
            ((1u << (n - i)) - 1)) == 0;
#else
    return memcmp(p, t, n) == 0;
#endif
}


/* A shape's value of type `type` at p, in the frame's copy b..end (16 zero bytes readable past it):
   an integer (*neg 0 or 1, *mag its magnitude), a boolean (*mag 0 or 1), a snowflake (*mag), a
   string (*mag its offset in the frame << 32 | its length, *neg 1 when it has escapes). p past it,
   or NULL off the shape: an integer with no digit, a leading zero or past 2^64-1 (the one pass
   reads those), a value of another type. */
GW__INLINE const unsigned char *gw__shape_value(const unsigned char *p, const unsigned char *b, const unsigned char *end,
                                                unsigned type, unsigned char *neg, uint64_t *mag)
{
    unsigned n;
    if (type == GW__SHAPE_STR) {
        gw_str s;
        if (*p != '"' || !(p = gw__fast_string(p, end, &s))) return NULL;
        *neg = s.escaped != 0;
        *mag = (uint64_t)((const unsigned char *)s.ptr - b) << 32 | s.len;
        return p;
    }
    if (type == GW__SHAPE_SNOWFLAKE) return *p == '"' ? gw__fast_snowflake(p, end, mag) : NULL;
    if (type == GW__SHAPE_BOOL) {
        *mag = *p == 't';
        if (*mag ? memcmp(p, "true", 4) != 0 : memcmp(p, "false", 5) != 0) return NULL;
        return p + 5 - *mag;
    }
    *neg = *p == '-';
    p += *neg;
#ifdef GW__SSE2
    n = (unsigned)__builtin_ctz(~gw__digit_mask16(p)); /* the zeros after the frame end it */
    if (n == 16) n += (unsigned)__builtin_ctz(~gw__digit_mask16(p + 16));
    if (n - 1 >= 20 || (*p == '0' && n > 1) || (n == 20 && memcmp(p, "18446744073709551615", 20) > 0)) return NULL;
    *mag = n <= 8   ? gw__digits_upto8(p, n)
         : n <= 16 ? gw__digits_upto8(p, n - 8) * 100000000u + gw__digits_upto8(p + n - 8, 8)
                   : (gw__digits_upto8(p, n - 16) * 100000000u + gw__digits_upto8(p + n - 16, 8)) * 100000000u +
                     gw__digits_upto8(p + n - 8, 8);
#else
    for (n = 0, *mag = 0; n < 21 && GJ_I_DIGIT(p[n]); n++) *mag = *mag * 10 + (uint64_t)(p[n] - '0');
    if (n - 1 >= 20 || (*p == '0' && n > 1) || (n == 20 && memcmp(p, "18446744073709551615", 20) > 0)) return NULL;
#endif
    return p + n;
}

/* The row of sh's slot that frame b, len (16 zero bytes readable past it) is, from sh on (whose
   first piece the frame starts with: gw__shape_find compared it), its values in neg and mag; or
   NULL. A row that fails hands over to the next at the piece it failed on when the two share the
   pieces (and values) before it, so those are read once. */
GW__INLINE const gw__shape *gw__shape_match(const gw__shape *sh, const unsigned char *b, size_t len, unsigned char *neg, uint64_t *mag)
{
    const unsigned char *p = b, *end = b + len, *q;
    unsigned i = 0, at = 0, n = sh->piece[0]; /* piece i (n bytes), at p in the frame and at in the text */
    int same = 1; /* piece i is there */
    for (;;) {
        if (same) {
            if (i == sh->holes) {
                if (p + n == end) return sh;
            } else if ((q = gw__shape_value(p + n, b, end, sh->type[i], &neg[i], &mag[i])) != NULL) {
                p = q, at += n, n = sh->piece[++i];
                same = (size_t)(end - p) >= n && gw__shape_same(p, sh->text + at, n);
                continue;
            }
        }
        if (!sh->more) return NULL;
        if (sh->shares < i) p = b, at = 0, i = 0;
        sh++;
        n = sh->piece[i];
        same = (size_t)(end - p) >= n && gw__shape_same(p, sh->text + at, n);
    }
}

/* Frame buf read as shape sh (its values in neg, mag) into msg (zeroed): each value into its field
   (in range, in its format), the kind, the objects' rules and the kind's. 0, else GW__GIVE_UP with
   msg zeroed again. */
static int gw__shape_put(const gw__proto *P, const gw__shape *sh, const char *buf, const unsigned char *neg, const uint64_t *mag,
                         unsigned char *msg)
{
    const gw__variant *v = &P->v[sh->row];
    const gw__schema *s = v->schema;
    const gw__field *const fs = s->f;
    const uint32_t holes = sh->holes; /* (read once: the stores below may alias the table, to gcc) */
    uint32_t i, objs;
    for (i = 0; i < holes; i++) {
        const unsigned type = sh->type[i], at0 = sh->at[i][0], at1 = sh->at[i][1];
        const gw__field *f = &fs[at0];
        unsigned char *base = msg;
        if (at1 != 255) base += f->off, f = &gw__sub_schema(f)->f[at1];
        if (type == GW__SHAPE_STR) {
            gw_str x;
            x.ptr = buf + (mag[i] >> 32);
            x.len = (uint32_t)mag[i];
            x.escaped = neg[i];
            if (f->cval != GW__FMT_ANY && !gw__format_ok(f->cval, &x)) goto out;
            memcpy(base + f->off, &x, sizeof x);
        } else if (type == GW__SHAPE_BOOL) {
            bool x = mag[i] != 0;
            memcpy(base + f->off, &x, sizeof x);
        } else if (type == GW__SHAPE_SNOWFLAKE) {
            memcpy(base + f->off, &mag[i], sizeof mag[i]);
        } else if (neg[i] ? gw__int_put(f, 1, mag[i], base + f->off) : gw__uint_put(f, mag[i], base + f->off)) {
            goto out;
        }
        if (f->has != GW__NOHAS) base[f->has] = 1;
    }
    memcpy(msg, &v->kind, sizeof v->kind);
    for (i = 0, objs = sh->objs; objs; i++, objs >>= 1) { /* the objects in it: present, and by their rules */
        const gw__field *f = &fs[i];
        if (!(objs & 1)) continue;
        if (f->has != GW__NOHAS) msg[f->has] = 1;
        if (gw__sub_schema(f)->check && gw__sub_schema(f)->check(msg + f->off)) goto out;
    }
    if (!s->check || !s->check(msg)) return 0;
out:
    memset(msg, 0, P->msg_size);
    return GW__GIVE_UP;
}

/* The first row of the shapes' slot of frame buf (16 bytes or more) from `from`, or -1 */
GW__INLINE int gw__shape_slot(const gw__proto *P, const char *buf, gw_from from)
{
    return (unsigned char)P->shape_slots[(gw__shape_hash(buf, from) * P->shape_mul) >> P->shape_shift] - '#';
}

/* The shape (gw__shape_match) from row `row` on (its slot's) that frame buf, len from `from` is,
   its values in neg and mag, or NULL; b: room for the frame's copy with zero bytes after it, so
   that pieces and digits are compared 16 bytes at a time and a value ends at the frame's end. The
   first piece is compared in the frame, so a frame of no shape is not copied. Frames of 16 to
   GW__SHAPE_LEN bytes. */
GW__INLINE const gw__shape *gw__shape_find(const gw__proto *P, int row, const char *buf, size_t len, gw_from from,
                                           unsigned char b[GW__SHAPE_LEN + 16], unsigned char *neg, uint64_t *mag)
{
    const gw__shape *sh;
    if (P->cap[from] && len > P->cap[from]) return NULL;
    for (sh = P->shape + row; len <= sh->piece[0] || !gw__same(buf + sh->piece[0] - 8, sh->text + sh->piece[0] - 8, 8) ||
                              !(sh->piece[0] < 16 ? gw__same(buf, sh->text, 8) : gw__shape_head(buf, sh->text, sh->piece[0]));
         sh += sh->next) /* (first pieces of a slot mostly differ at their end; one of 15 bytes is two words) */
        if (!sh->next) return NULL;
#ifdef GW__SSE2
    {
        size_t i;
        for (i = 0; i + 16 < len; i += 16)
            _mm_storeu_si128((__m128i *)(void *)(b + i), _mm_loadu_si128((const __m128i *)(const void *)(buf + i)));
        _mm_storeu_si128((__m128i *)(void *)(b + len - 16), _mm_loadu_si128((const __m128i *)(const void *)(buf + len - 16)));
        _mm_storeu_si128((__m128i *)(void *)(b + len), _mm_setzero_si128()); /* all that is read past the frame */
    }
#else
    memcpy(b, buf, len);
    memset(b + len, 0, 16);
#endif
    sh = gw__shape_match(sh, b, len, neg, mag);
    return sh && sh->from == from ? sh : NULL;
}

/* A frame of 16 to GW__SHAPE_LEN bytes, whose shapes' slot is row's, that is one of P's shapes from
   `from`: 0 and msg (zeroed) filled, else GW__GIVE_UP (msg zeroed) */
static int gw__shape_decode(const gw__proto *P, int row, const char *buf, size_t len, gw_from from, unsigned char *msg)
{
    unsigned char b[GW__SHAPE_LEN + 16], neg[GW__SHAPE_HOLES];
    uint64_t mag[GW__SHAPE_HOLES];
    const gw__shape *sh = gw__shape_find(P, row, buf, len, from, b, neg, mag);
    return sh ? gw__shape_put(P, sh, buf, neg, mag, msg) : GW__GIVE_UP;
}

/* A frame not whole, its arguments sound and msg zeroed: a shape, else the one pass, else the
   tokens. Inlined into one function per protocol and flags (gw__##p##_decode_rest) where P is a
   constant. */
GW__INLINE gw_err gw__decode_rest(const gw__proto *P, const char *buf, size_t len, gw_from from, unsigned flags, void *msg,
                                  void *scratch, size_t scratch_size, gw_error *err)
{
    gw_error local;
    uint32_t skipped = 0;
    int row;
    if (!err) err = &local;
    if (len - 16 <= GW__SHAPE_LEN - 16 && P->shape_slots && (row = gw__shape_slot(P, buf, from)) >= 0 &&
        gw__shape_decode(P, row, buf, len, from, (unsigned char *)msg) == 0) {
        gw__zero_error(err);
        return GW_OK;
    }
    if (!(P->cap[from] && len > P->cap[from]) && gw__fast(P, buf, len, from, msg, scratch, scratch_size, flags, &skipped) == 0) {
        /* members skipped (lenient): the token decoder would try each form of the kind and keep the
           one that skips fewest, so a kind of one form only */
        int kind;
        memcpy(&kind, msg, sizeof kind);
        if (!skipped || gw__one_form(P, kind)) {
            gw__zero_error(err);
            err->skipped = skipped;
            return GW_OK;
        }
        memset(msg, 0, P->msg_size);
    }
    return gw__decode_tokens(P, buf, len, from, msg, scratch, scratch_size, err, flags);
}

GW__NOINLINE static gw_err gw__decode_bad_args(const gw__proto *P, const void *buf, size_t len, unsigned flags, void *msg,
                                               const void *scratch, size_t scratch_size, gw_error *err)
{
    gw_error local;
    if (!err) err = &local;
    memset(err, 0, sizeof *err);
    if (msg) memset(msg, 0, P->msg_size);
    snprintf(err->detail, sizeof err->detail, "%s", !msg ? "msg is NULL" : !buf && len ? "buf is NULL with len > 0"
             : !scratch && scratch_size ? "scratch is NULL with scratch_size > 0"
             : flags & ~(unsigned)GW_DECODE_LENIENT ? "flags other than GW_DECODE_LENIENT" : "from is neither GW_FROM_CLIENT nor GW_FROM_SERVER");
    return err->code = GW_ERR_ARG;
}

/* Decode: the arguments, the message zeroed, a whole frame; the rest out of line (rest: the
   protocol's gw__decode_rest), so that a whole frame's decode saves no register. */
#define GW__DECODE(P, buf, len, from, flags, msg, scratch, scratch_size, err, rest) \
    do { \
        const gw__whole *whole_; \
        if (!(msg) || (!(buf) && (len)) || (!(scratch) && (scratch_size)) || ((from) != GW_FROM_CLIENT && (from) != GW_FROM_SERVER) || \
            ((flags) & ~(unsigned)GW_DECODE_LENIENT)) \
            return gw__decode_bad_args(P, buf, len, flags, msg, scratch, scratch_size, err); \
        gw__zero(msg, (P)->msg_size); \
        if ((whole_ = gw__whole_find(P, buf, len, from)) != NULL) { \
            memcpy(msg, &whole_->kind, sizeof whole_->kind); \
            if (err) gw__zero_error(err); \
            return GW_OK; \
        } \
        return rest; \
    } while (0)

/* Decode with P not a constant (the tests' entry to one protocol's tables) */
GW__INLINE gw_err gw__decode(const gw__proto *P, const char *buf, size_t len, gw_from from, unsigned flags, void *msg,
                             void *scratch, size_t scratch_size, gw_error *err)
{
    GW__DECODE(P, buf, len, from, flags, msg, scratch, scratch_size, err,
               gw__decode_rest(P, buf, len, from, flags, msg, scratch, scratch_size, err));
}

/* ==== peek: the envelope only (tokenize + dispatch, the body is not decoded) ================== */
static gw_str gw__tok_str(const gw__ctx *c, uint32_t t)
{
    gw_str s;
    s.ptr = c->src + c->toks[t].start;
    s.len = c->toks[t].len;
    s.escaped = c->toks[t].flags & GJ_ESCAPED;
    return s;
}

/* The envelope of a whole frame (gw__whole) whose kind has no name and a numeric opcode: 0 and *pk
   filled, else GW__GIVE_UP */
GW__INLINE int gw__peek_whole(const gw__proto *P, const char *buf, size_t len, gw_from from, gw_envelope *pk)
{
    const gw__whole *w;
    const gw__variant *v;
    if (P->op_is_string || !(w = gw__whole_find(P, buf, len, from)))
        return GW__GIVE_UP;
    v = &P->v[P->first[w->kind - 1]]; /* (a whole frame's kind is one of P's: test_tables) */
    if (v->name || v->op == GW__ANY_OP) return GW__GIVE_UP;
    pk->kind = v->kind;
    pk->kind_name = v->kind_name;
    pk->op = v->op;
    return 0;
}

/* The envelope of a frame that is one of P's shapes (gw__shape_find: valid JSON, the kind's own
   envelope; its values are not the envelope's, and peek does not check them) whose kind has no
   name, a numeric opcode and no sequence number: as gw__peek_whole, 0 and *pk filled, else
   GW__GIVE_UP */
GW__INLINE int gw__peek_shape(const gw__proto *P, const char *buf, size_t len, gw_from from, gw_envelope *pk)
{
    unsigned char b[GW__SHAPE_LEN + 16], neg[GW__SHAPE_HOLES];
    uint64_t mag[GW__SHAPE_HOLES];
    const gw__shape *sh;
    const gw__variant *v;
    int row;
    if (len - 16 > GW__SHAPE_LEN - 16 || !P->shape_slots || P->op_is_string || P->seq_key ||
        (row = gw__shape_slot(P, buf, from)) < 0 || !(sh = gw__shape_find(P, row, buf, len, from, b, neg, mag)))
        return GW__GIVE_UP;
    v = &P->v[sh->row];
    if (v->name || v->op == GW__ANY_OP) return GW__GIVE_UP;
    pk->kind = v->kind;
    pk->kind_name = v->kind_name;
    pk->op = v->op;
    return 0;
}

static GW__NOINLINE gw_err gw__peek_tokens(const gw__proto *P, const char *buf, size_t len, gw_from from, gw_envelope *pk,
                              void *scratch, size_t scratch_size, gw_error *err);

/* Does row v's kind have the protocol's sequence number (i386chat's top-level uint32 `s`, D-22)? */
static int gw__has_seq(const gw__proto *P, const gw__variant *v)
{
    uint32_t k;
    for (k = 0; P->seq_key && k < v->schema->n; k++)
        if (v->schema->f[k].kind == GW__U32 && v->schema->f[k].name[0] == P->seq_key[0] && strcmp(v->schema->f[k].name, P->seq_key) == 0)
            return 1;
    return 0;
}

/* The sequence number from its value's text [p, end) (a skipped scalar), as gw__peek_tokens reads
   its token: a number with no sign, within a uint32 */
static void gw__peek_seq_value(const unsigned char *p, const unsigned char *end, gw_envelope *pk)
{
    uint64_t v = 0;
    if (p >= end || end - p > 10 || (*p == '0' && end - p > 1)) return; /* (a uint32 has 10 digits at most) */
    for (; p < end; p++) {
        if (!GJ_I_DIGIT(*p)) return; /* a fraction or an exponent: not an integer */
        v = v * 10 + (uint64_t)(*p - '0');
    }
    if (v <= UINT32_MAX) {
        pk->has_seq = 1;
        pk->seq = (uint32_t)v;
    }
}

/* The sequence number of a frame whose kind has one: its top-level members walked from the one at
   p (its key, or whitespace before it) to the first of its key, values skipped, or to stop (where a
   tail's or a lead's end begins: none of their members is it). 0, or GW__GIVE_UP where the members
   do not walk. */
static int gw__peek_seq(const gw__proto *P, const unsigned char *p, const unsigned char *stop, const unsigned char *end,
                        gw_envelope *pk)
{
    gw__fast_ctx c;
    int more = 1;
    c.p = c.begin = p;
    c.end = end;
    while (c.p < end && gj_i_ws[*c.p]) c.p++;
    while (more) {
        gw_str key;
        uint64_t tag, tag2;
        const unsigned char *val;
        if (gw__fast_key_colon(&c, &key, &tag, &tag2)) return GW__GIVE_UP;
        val = c.p;
        if (gw__fast_skip(&c, NULL)) return GW__GIVE_UP;
        if (gw__fast_is(key, P->seq_key)) {
            gw__peek_seq_value(val, c.p, pk);
            return 0;
        }
        if (c.p >= stop) return 0;
        if (gw__fast_next(&c, '}', &more)) return GW__GIVE_UP;
    }
    return 0;
}

/* Where the value of `key` starts in a piece of a lead or a tail (text, n bytes), the piece at `at`
   in the frame: the first member of that key (klen bytes), or with want (not NULL) the first whose
   value is the string want (wlen bytes); NULL when the piece holds none */
static const unsigned char *gw__piece_value(const char *text, size_t n, const char *key, size_t klen, const char *want, size_t wlen,
                                            const unsigned char *at)
{
    size_t i, j;
    for (i = 0; i + klen + 3 <= n; i++)
        if (text[i] == '"' && text[i + 1] == key[0] && memcmp(text + i + 1, key, klen) == 0 && text[i + 1 + klen] == '"' &&
            text[i + 2 + klen] == ':') {
            for (j = i + klen + 3; j < n && text[j] == ' '; j++) {}
            if (j < n && (!want || (j + wlen + 2 <= n && text[j] == '"' && memcmp(text + j + 1, want, wlen) == 0 && text[j + 1 + wlen] == '"')))
                return at + j;
        }
    return NULL;
}

/* gw__piece_value in a lead's pieces (its text at the frame's start, its end at the frame's end) or
   a tail's (its head at the start, its text at the end) */
static const unsigned char *gw__pieces_value(const gw__lead *l, const gw__tail *t, const char *key, size_t klen, const char *want,
                                             size_t wlen, const unsigned char *src, const unsigned char *end)
{
    const unsigned char *at;
    if (l) return (at = gw__piece_value(l->text, l->len, key, klen, want, wlen, src)) != NULL || !l->end_len ? at
                   : gw__piece_value(l->end, l->end_len, key, klen, want, wlen, end - l->end_len);
    return (at = gw__piece_value(t->text, t->len, key, klen, want, wlen, end - t->len)) != NULL || !t->head_len ? at
           : gw__piece_value(t->head, t->head_len, key, klen, want, wlen, src);
}

/* The envelope of a frame that starts with a lead or ends with a tail (as gw__fast_ends finds them):
   the lead's (the tail's) row decides, and its opcode and name are the frame's own bytes, at their
   places in the lead's (the tail's) text; nothing else of the frame is read, but for i386chat's
   sequence number (gw__peek_seq). 0 and *pk filled, else GW__GIVE_UP, *pk untouched. */
static int gw__peek_ends(const gw__proto *P, const char *buf, size_t len, gw_from from, gw_envelope *pk)
{
    const gw__lead *l = NULL;
    const gw__tail *t = NULL;
    const gw__variant *v;
    const gw__schema *s, *holder;
    const unsigned char *src = (const unsigned char *)buf, *end = src + len;
    uint32_t name_at;
    uint8_t in;
    gw_str op = { NULL, 0, 0 }, name = { NULL, 0, 0 };
    if (len <= 16 || buf[0] != '{' || (buf[1] != '"' && buf[1] != '\n') || (P->cap[from] && len > P->cap[from]))
        return GW__GIVE_UP;
    if (!(P->lead_slots && (l = gw__lead_find(P, buf, len, from)) != NULL) &&
        !(P->tail_slots && buf[len - 1] == '}' && !gj_i_ws[(unsigned char)buf[len - 2]] && (t = gw__tail_find(P, buf, len, from)) != NULL))
        return GW__GIVE_UP;
    v = &P->v[l ? l->row : t->row];
    s = v->schema;
    name_at = l ? l->name_at : t->name_at;
    in = l ? l->in : t->in;
    holder = in != GW__LEAD_NONE ? gw__sub_schema(&s->f[in]) : s;
    if (P->op_is_string) { /* the opcode's string and the name, in whichever pieces hold their members */
        gw__fast_ctx c;
        c.p = c.begin = gw__pieces_value(l, t, P->op_key, P->op_key_tag >> 56, NULL, 0, src, end);
        c.end = end;
        if (!c.p || gw__fast_str(&c, &op)) return GW__GIVE_UP;
        if (name_at != GW__LEAD_NONE) {
            c.p = gw__pieces_value(l, t, holder->f[name_at].name, holder->f[name_at].name_len, v->name, v->name_tag >> 56, src, end);
            if (!c.p || gw__fast_str(&c, &name)) return GW__GIVE_UP;
        }
    } else if (name_at != GW__LEAD_NONE) { /* a lead's or a tail's first or last member (a last one ends in '"') */
        name.len = (uint32_t)(v->name_tag >> 56); /* (a tag holds its name's length) */
        name.ptr = l ? (l->text[l->len - 2] == '"' ? buf + l->len - 2 - name.len : buf + 5 + holder->f[name_at].name_len)
                     : (t->text[t->len - 2] == '"' ? buf + len - 2 - name.len : buf + len - t->len + 5 + holder->f[name_at].name_len);
    }
    if (gw__has_seq(P, v)) { /* the members between the lead and its end (the head and the tail), the name top-level */
        const unsigned char *first = src + 1, *stop = end;
        if (l && in == GW__LEAD_NONE) first = src + l->len, stop = end - l->end_len;
        else if (t && in == GW__LEAD_NONE) first = src + (t->head_len ? t->head_len : 1), stop = end - t->len;
        if (gw__peek_seq(P, first, stop, end, pk)) return GW__GIVE_UP; /* (it sets the number only as it succeeds) */
    }
    if (P->op_is_string) pk->op_name = op;
    else pk->op = s->f[l ? l->op_at : t->op_at].cval; /* the constant the frame holds (a row of any op too) */
    pk->name = name;
    pk->kind = v->kind;
    pk->kind_name = v->kind_name;
    return 0;
}

/* The envelope of any other frame, read as decode's envelope scan reads it: every top-level member's
   key (no key twice), each value skipped as a string or by its brackets (gw__fast_skip: nothing in
   it checked), then the one pass's dispatch (gw__fast_pick, which reads a name inside an object by
   its key); the opcode, name and sequence number are the frame's own bytes. Only the members it
   reads are checked; the rest of the frame is decode's to check. 0 and *pk filled, else
   GW__GIVE_UP for the token path, which decides every error (within the size cap only). */
static int gw__peek_walk(const gw__proto *P, const char *buf, size_t len, gw_from from, gw_envelope *pk)
{
    gw__fast_ctx c;
    gw__top_member m[GW__FAST_MEMBERS];
    gw__pick_state st;
    const gw__variant *v;
    const unsigned char *src = (const unsigned char *)buf, *end = src + len;
    uint32_t n = 0, k;
    int more = 1, pick;
    if (!buf || len > 0xFFFFFFFFu || (P->cap[from] && len > P->cap[from])) return GW__GIVE_UP;
    c.p = c.begin = src;
    c.end = end;
    while (c.p < end && gj_i_ws[*c.p]) c.p++;
    if (c.p >= end || *c.p != '{') return GW__GIVE_UP;
    c.p++;
    while (c.p < end && gj_i_ws[*c.p]) c.p++;
    while (more) {
        gw_str key;
        uint64_t tag, tag2;
        if (n == GW__FAST_MEMBERS || gw__fast_key_colon(&c, &key, &tag, &tag2)) return GW__GIVE_UP;
        for (k = 0; k < n; k++) /* a repeated key: the tokenizer's error */
            if (m[k].key.len == key.len && memcmp(m[k].key.ptr, key.ptr, key.len) == 0) return GW__GIVE_UP;
        m[n].key = key;
        m[n].tag = tag;
        m[n].val = c.p;
        if (gw__fast_skip(&c, NULL)) return GW__GIVE_UP;
        m[n++].end = c.p;
        if (gw__fast_next(&c, '}', &more)) return GW__GIVE_UP;
    }
    while (c.p < end && gj_i_ws[*c.p]) c.p++;
    if (c.p != end) return GW__GIVE_UP; /* bytes after the object */
    gw__pick_state_init(&st, src);
    st.have_tail = 1; /* every member is in m */
    for (k = 0; k < n && !GW__TAG_IS(m[k].key, m[k].tag, P->op_key, P->op_key_tag); k++) {}
    if (k == n || gw__pick_op(P, m[k].val, end, &st) || (pick = gw__fast_pick(P, from, m, n, end, 1, &st)) < 0) return GW__GIVE_UP;
    v = &P->v[pick];
    if (v->name && !st.name.ptr) return GW__GIVE_UP;
    if (P->op_is_string) {
        gw_str op;
        c.p = st.op_at;
        if (gw__fast_str(&c, &op)) return GW__GIVE_UP;
        pk->op_name = op;
    } else {
        pk->op = st.opv; /* the dispatch read it */
    }
    pk->kind = v->kind;
    pk->kind_name = v->kind_name;
    if (v->name) pk->name = st.name;
    if (gw__has_seq(P, v))
        for (k = 0; k < n; k++)
            if (gw__fast_is(m[k].key, P->seq_key)) { gw__peek_seq_value(m[k].val, m[k].end, pk); break; }
    return 0;
}

/* gw__peek of a frame that is not a whole one (pk zeroed when the arguments are sound): read in
   place (a shape, a lead or a tail, its top-level members), else tokenized */
static GW__NOINLINE gw_err gw__peek_rest(const gw__proto *P, const char *buf, size_t len, gw_from from, gw_envelope *pk,
                                         void *scratch, size_t scratch_size, gw_error *err)
{
    if (pk && (buf || !len) && (scratch || !scratch_size) && (from == GW_FROM_CLIENT || from == GW_FROM_SERVER) &&
        (gw__peek_shape(P, buf, len, from, pk) == 0 || gw__peek_ends(P, buf, len, from, pk) == 0 ||
         gw__peek_walk(P, buf, len, from, pk) == 0)) {
        if (err) gw__zero_error(err);
        return GW_OK;
    }
    return gw__peek_tokens(P, buf, len, from, pk, scratch, scratch_size, err);
}

/* A whole frame here, anything else out of line: a heartbeat's peek pays for no more */
static gw_err gw__peek(const gw__proto *P, const char *buf, size_t len, gw_from from, gw_envelope *pk,
                       void *scratch, size_t scratch_size, gw_error *err)
{
    if (pk && (buf || !len) && (scratch || !scratch_size) && (from == GW_FROM_CLIENT || from == GW_FROM_SERVER)) {
        memset(pk, 0, sizeof *pk);
        if (gw__peek_whole(P, buf, len, from, pk) == 0) {
            if (err) gw__zero_error(err);
            return GW_OK;
        }
    }
    return gw__peek_rest(P, buf, len, from, pk, scratch, scratch_size, err);
}

/* The envelope from tokens: the referee of the readers in place (gw__peek_ends, gw__peek_walk), and
   every error's path. */
static GW__NOINLINE gw_err gw__peek_tokens(const gw__proto *P, const char *buf, size_t len, gw_from from, gw_envelope *pk,
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
    if (!pk || (!buf && len) || (!scratch && scratch_size) || (from != GW_FROM_CLIENT && from != GW_FROM_SERVER)) {
        snprintf(err->detail, sizeof err->detail, "%s", !pk ? "peek is NULL" : !buf && len ? "buf is NULL with len > 0"
                 : !scratch && scratch_size ? "scratch is NULL with scratch_size > 0" : "from is neither GW_FROM_CLIENT nor GW_FROM_SERVER");
        return err->code = GW_ERR_ARG;
    }
    if ((r = gw__begin(&c, P, buf, len, from, scratch, scratch_size, err, &at, &used)) != GW_OK) return r;
    v = &P->v[at]; /* of several forms of one kind, the first that matches: all share the kind */
    pk->kind = v->kind;
    pk->kind_name = v->kind_name;
    t = gj_find(c.src, c.toks, 0, P->op_key, strlen(P->op_key)); /* dispatch checked its type */
    if (P->op_is_string) pk->op_name = gw__tok_str(&c, t);
    else if (gj_parse_i64(c.src + c.toks[t].start, c.toks[t].len, &pk->op)) pk->op = 0;
    if (v->name && (t = gw__lookup(c.src, c.toks, v->key1, v->key2, v->key3)) != 0) pk->name = gw__tok_str(&c, t);
    /* a sequence number: the protocol's top-level uint32 field, when the variant has it (i386chat, D-22) */
    for (j = 0; P->seq_key && j < v->schema->n; j++) {
        const gw__field *f = &v->schema->f[j];
        int64_t sv;
        if (f->kind != GW__U32 || strcmp(f->name, P->seq_key) != 0) continue;
        t = gj_find(c.src, c.toks, 0, P->seq_key, strlen(P->seq_key));
        if (t && c.toks[t].type == GJ_NUMBER && c.src[c.toks[t].start] != '-' &&
            !gj_parse_i64(c.src + c.toks[t].start, c.toks[t].len, &sv) && sv >= 0 && sv <= (int64_t)UINT32_MAX) {
            pk->has_seq = 1;
            pk->seq = (uint32_t)sv;
        }
    }
    return GW_OK;
}

/* ==== encode ================================================================================== */
typedef struct gw__ectx {
    gj_writer w;
    gw_err code;
    gw_wire wire;
    const char *pname[GW__PATH_MAX];
    uint32_t plen[GW__PATH_MAX], pidx[GW__PATH_MAX];
    int depth;
    gw_error *err;
} gw__ectx;

static void gw__eprefix(gw__ectx *e, const char *name, uint32_t len, uint32_t idx)
{
    gw__path_put(e->pname, e->plen, e->pidx, &e->depth, name, len, idx);
}

/* The first refusal wins; rule is the one it breaks, for err.detail (D-62) */
static int gw__einvalid(gw__ectx *e, const char *rule)
{
    if (!e->code) {
        e->code = GW_ERR_INVALID;
        gw__path_format(e->pname, e->plen, e->pidx, e->depth, e->err->path, sizeof e->err->path);
        snprintf(e->err->detail, sizeof e->err->detail, "%s", rule);
    }
    return 0;
}

/* A value outside what field f takes: its rule in words */
static int gw__einvalid_field(gw__ectx *e, const gw__field *f)
{
    char want[88], rule[96];
    gw__describe(f, want, sizeof want);
    snprintf(rule, sizeof rule, "must be %s", want);
    return gw__einvalid(e, rule);
}

static int gw__encode_obj(gw__ectx *e, const gw__schema *s, const unsigned char *base);

/* Does field f hold anything (a byte of its value, or of a nested object's values and flags, that
   is not zero)? A nullable field whose has_ flag is false is sent as null, so it must hold
   nothing: a value set without its flag would otherwise go out as null, silently. */
static int gw__value_set(const gw__field *f, const unsigned char *base)
{
    const unsigned char *p = base + f->off;
    size_t n = 0, i;
    switch (f->kind) {
    case GW__STR: { gw_str v; memcpy(&v, p, sizeof v); return v.len != 0; } /* "" reads as no text (D-34c) */
    case GW__RAW: { gw_raw v; memcpy(&v, p, sizeof v); return v.ptr || v.len; }
    case GW__ARR: { gw_u32_list v; memcpy(&v, p, sizeof v); return v.items || v.count; }
    case GW__OBJ: {
        const gw__schema *s = gw__sub_schema(f);
        uint32_t j;
        for (j = 0; j < s->n; j++)
            if ((s->f[j].has != GW__NOHAS && p[s->f[j].has]) || gw__value_set(&s->f[j], p)) return 1;
        return 0;
    }
    case GW__SNOWFLAKE: case GW__ID: case GW__U64: case GW__I64: n = 8; break;
    case GW__U32: case GW__I32: n = 4; break;
    case GW__U16: n = 2; break;
    case GW__BOOL: n = sizeof(bool); break;
    case GW__ENUM: n = sizeof(int); break;
    default: return 0; /* constants hold no data */
    }
    for (i = 0; i < n; i++) if (p[i]) return 1;
    return 0;
}

/* Equal JSON texts up to whitespace between tokens (both validated). */
static int gw__raw_equal(const char *a, size_t an, const char *b, size_t bn)
{
    size_t i = 0, j = 0;
    int in_str = 0;
    for (;;) {
        if (!in_str) {
            while (i < an && gj_i_ws[(unsigned char)a[i]]) i++;
            while (j < bn && gj_i_ws[(unsigned char)b[j]]) j++;
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
        if (!s.ptr && s.len) return gw__einvalid(e, "a string of len > 0 must have a ptr");
        if (!gw__format_ok(f->cval, &s)) return gw__einvalid_field(e, f);
        if (s.escaped) gj_str_raw(w, s.ptr ? s.ptr : "", s.len); else gj_str(w, s.ptr ? s.ptr : "", s.len);
        if (w->err == GJ_ERR_BAD_UTF8 || w->err == GJ_ERR_BAD_ESCAPE || w->err == GJ_ERR_CONTROL_CHAR ||
            w->err == GJ_ERR_BAD_SURROGATE) {
            char rule[80];
            snprintf(rule, sizeof rule, "must be UTF-8 text with valid escapes (0.1): %s", gj_strerror(w->err));
            w->err = GJ_OK;
            return gw__einvalid(e, rule);
        }
        return 1;
    }
    case GW__SNOWFLAKE: { uint64_t v; memcpy(&v, src, sizeof v); gj_uint_str(w, v); return 1; }
    case GW__ID: case GW__U64: {
        uint64_t v;
        memcpy(&v, src, sizeof v);
        if (f->cval > 0 && v > (uint64_t)f->cval) return gw__einvalid_field(e, f);
        gj_uint(w, v);
        return 1;
    }
    case GW__U16: { uint16_t v; memcpy(&v, src, sizeof v); if (f->cval > 0 && v > f->cval) return gw__einvalid_field(e, f); gj_uint(w, v); return 1; }
    case GW__U32: { uint32_t v; memcpy(&v, src, sizeof v); if (f->cval > 0 && v > f->cval) return gw__einvalid_field(e, f); gj_uint(w, v); return 1; }
    case GW__I32: { int32_t v; memcpy(&v, src, sizeof v); gj_int(w, v); return 1; }
    case GW__I64: { int64_t v; memcpy(&v, src, sizeof v); gj_int(w, v); return 1; }
    case GW__BOOL: { bool v; memcpy(&v, src, sizeof v); gj_bool(w, v); return 1; }
    case GW__OBJ: return gw__encode_obj(e, gw__sub_schema(f), src);
    case GW__ARR: {
        const gw__field *el = gw__sub_elem(f);
        gw_u32_list list;
        const unsigned char *items;
        uint32_t i, k;
        memcpy(&list, src, sizeof list);
        items = (const unsigned char *)(const void *)list.items;
        if (list.count && !items) return gw__einvalid(e, "a list with count > 0 must have items");
        /* none: [], or in the original's form every wrapper around [] (D-17a) */
        if (f->wrap && !list.count && (!(f->flags & GW__WRAPPED_EMPTY) || e->wire != GW_WIRE_ORIGINAL)) {
            gj_arr_begin(w); gj_arr_end(w); return 1;
        }
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
        /* as the decoder will meet it: repeats and the nesting where it sits too (D-01) */
        if (!r.ptr) return gw__einvalid(e, "a raw value must be set (ptr is NULL)");
        if (gj_i_check_value(r.ptr, r.len, (unsigned)w->depth))
            return gw__einvalid(e, "must be one JSON value that decodes: no repeated key, depth within GJ_MAX_DEPTH (D-01b)");
        gj_raw_compact(w, r.ptr, r.len);
        return 1;
    }
    case GW__CONST_INT: gj_int(w, f->cval); return 1;
    case GW__CONST_STR: gj_str(w, gw__sub_text(f), strlen(gw__sub_text(f))); return 1;
    case GW__NULL: gj_null(w); return 1;
    case GW__ENUM: {
        int v;
        const char *name;
        memcpy(&v, src, sizeof v);
        if (v < 0 || v >= (int)f->cval) return gw__einvalid_field(e, f);
        name = (gw__sub_names(f))[v];
        gj_str(w, name, strlen(name));
        return 1;
    }
    default:
        return gw__einvalid(e, "a field of no known kind");
    }
}

static int gw__encode_obj(gw__ectx *e, const gw__schema *s, const unsigned char *base)
{
    uint32_t j;
    if (s->check) {
        const char *bad = s->check(base);
        if (bad) {
            gw__eprefix(e, bad, (uint32_t)strlen(bad), 0);
            return gw__einvalid(e, gw__why(bad));
        }
    }
    if (s->tuple) gj_arr_begin(&e->w); else gj_obj_begin(&e->w);
    for (j = 0; j < s->n; j++) {
        const gw__field *f = &s->f[j];
        /* a required non-null field is written whatever its has_ flag says (the flag is decode's report) */
        int present = f->has == GW__NOHAS || base[f->has] || !(f->flags & (GW__OPT | GW__NULLABLE));
        if (!present && (f->flags & GW__NULLABLE) && gw__value_set(f, base)) { /* null sent for a value set */
            gw__eprefix(e, s->tuple ? NULL : f->name, f->name_len, j);
            return gw__einvalid(e, "set without its has_ flag, it would go out as null (0.2, D-62)");
        }
        if (!present && (!(f->flags & GW__NULLABLE) || (f->flags & GW__QUIET))) continue; /* optional: omitted */
        if (f->kind == GW__NULL && (f->flags & GW__QUIET)) continue;   /* decode-only null */
        if (!s->tuple) gj_key(&e->w, f->name, f->name_len);
        if (!present) { gj_null(&e->w); continue; }
        gw__eprefix(e, s->tuple ? NULL : f->name, f->name_len, j);
        if (!gw__encode_value(e, f, base)) return 0;
        e->depth--;
    }
    if (s->tuple) gj_arr_end(&e->w); else gj_obj_end(&e->w);
    return 1;
}

/* The variant that encodes (and compares) msg in this wire form: of the adjacent same-kind
   variants that encode in it, the first whose root check accepts msg (one kind, several payload
   shapes), else the first of them (its check then reports what is wrong). *accepted: 1 when the
   variant's root check has run and accepted msg, or it has none. */
GW__INLINE const gw__variant *gw__variant_pick(const gw__proto *P, int kind, const void *msg, gw_wire wire, int *accepted)
{
    const gw__variant *w = gw__variant_of(P, kind), *vend = P->v + P->nv, *first = NULL;
    int skip = wire == GW_WIRE_ORIGINAL ? GW__SEED_ONLY : GW__ORIG_ONLY;
    *accepted = 0;
    if (!w) return NULL;
    if (w->only == GW__BOTH && !w->schema->check && (w + 1 == vend || w[1].kind != kind)) {
        *accepted = 1; /* most kinds: one row, both wires, no check */
        return w;
    }
    for (; w < vend && w->kind == kind; w++) {
        const char *(*check)(const unsigned char *);
        if (w->only == GW__DECODE_ONLY || w->only == skip) continue;
        check = w->schema->check;
        if (!first) first = w;
        if (check && !check((const unsigned char *)msg)) { *accepted = 1; return w; }
    }
    *accepted = first && !first->schema->check; /* else its check has refused msg */
    return first;
}

static const gw__variant *gw__variant_for(const gw__proto *P, int kind, const void *msg, gw_wire wire)
{
    int accepted;
    return gw__variant_pick(P, kind, msg, wire, &accepted);
}


/* The fast path of encode: straight into the caller's buffer, one room check per field and no
   writer state. NULL means "give up" (room short, or a value the writer path must judge): the
   writer path then encodes from the start and reports the exact error, path and needed size, so
   this path never decides an error. Its output is byte for byte the writer path's. The room checks
   may ask for more than a value takes (a give-up near the end of a buffer costs only time). */
/* What every step of the fast path reads: the end of the room (the NUL's byte is kept) and the wire */
typedef struct gw__fenc { char *end; gw_wire wire; } gw__fenc;

#define GW__ROOM(n) do { if ((size_t)(end - o) < (size_t)(n)) return NULL; } while (0) /* end: c->end, read once */
/* room for any scalar value: a snowflake's 22 bytes; gw__fast_enc_u64's whole-word stores stay inside */
#define GW__FE_SCALAR 24

GW__INLINE char *gw__fast_enc_obj(const gw__schema *s, const unsigned char *base, char *o, const gw__fenc *c, unsigned depth);
static char *gw__fast_enc_value(const gw__field *f, const unsigned char *src, char *o, const gw__fenc *c, unsigned depth);

#if (defined(__GNUC__) || defined(__clang__)) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && \
    !defined(GW_PORTABLE)
/* The 8 decimal digits of u < 10^8 as the values 0..9 of one word's bytes, the first digit in the
   low byte (memory order on a little-endian machine): u split in halves, the halves in quarters,
   the quarters in digits, every lane of a step by one multiply (x * 10486 >> 20 is x / 100 for
   x < 10^4, x * 103 >> 10 is x / 10 for x < 100). */
GW__INLINE uint64_t gw__dig8w(uint32_t u)
{
    uint64_t x = (uint64_t)(u / 10000u) | (uint64_t)(u % 10000u) << 32;
    uint64_t q = (x * 10486u >> 20) & 0x0000007F0000007Full;
    uint64_t y = q | (x - q * 100u) << 16;
    uint64_t t = (y * 103u >> 10) & 0x000F000F000F000Full;
    return t | (y - t * 10u) << 8;
}

/* The digits of u < 10^8 without leading zeros: one 8-byte store at o; returns their end */
GW__INLINE char *gw__fast_enc_lead8(char *o, uint32_t u)
{
    uint64_t z = gw__dig8w(u);
    unsigned lz = (unsigned)__builtin_ctzll(z | 1ull << 56) >> 3; /* leading zero digits (u = 0: one digit) */
    z = (z + 0x3030303030303030ull) >> (8 * lz);
    memcpy(o, &z, 8);
    return o + 8 - lz;
}

GW__INLINE void gw__fast_enc_put8(char *o, uint32_t u) /* exactly 8 digits */
{
    uint64_t z = gw__dig8w(u) + 0x3030303030303030ull;
    memcpy(o, &z, 8);
}

#if defined(GW__SSE2) && !defined(GJ_NO_SIMD)
#define GW__ENC_SSE2 1 /* GJ_NO_SIMD (a test option) leaves it out: the word code above runs instead */
/* The 16 decimal digits of hi * 10^8 + lo (hi, lo < 10^8) as ASCII, the first in the low byte. Both
   halves go down together, each step one multiply for every lane: 8 digits into 4 + 4 in 32-bit
   lanes (x * 0xD1B71759 >> 45 is x / 10^4 for x < 10^8), 4 into 2 + 2 in 16-bit lanes
   (x * 5243 >> 19 is x / 100 for x < 10^4), 2 into 1 + 1 in bytes (x * 6554 >> 16 is x / 10 for
   x < 100). */
GW__INLINE __m128i gw__dig16(uint32_t hi, uint32_t lo)
{
    __m128i x = _mm_unpacklo_epi64(_mm_cvtsi32_si128((int)hi), _mm_cvtsi32_si128((int)lo));
    __m128i q = _mm_srli_epi64(_mm_mul_epu32(x, _mm_set1_epi32((int)0xD1B71759)), 45);
    __m128i r = _mm_sub_epi32(x, _mm_mul_epu32(q, _mm_set1_epi32(10000)));
    __m128i y = _mm_or_si128(q, _mm_slli_epi64(r, 32));                      /* 4 digits a 32-bit lane */
    __m128i q2 = _mm_srli_epi16(_mm_mulhi_epu16(y, _mm_set1_epi32(5243)), 3);
    __m128i z = _mm_or_si128(q2, _mm_slli_epi32(_mm_sub_epi16(y, _mm_mullo_epi16(q2, _mm_set1_epi16(100))), 16));
    __m128i q3 = _mm_mulhi_epu16(z, _mm_set1_epi16(6554));                  /* 2 digits a 16-bit lane */
    __m128i w = _mm_or_si128(q3, _mm_slli_epi16(_mm_sub_epi16(z, _mm_mullo_epi16(q3, _mm_set1_epi16(10))), 8));
    return _mm_add_epi8(w, _mm_set1_epi8('0'));
}
#endif

/* v >= 10^16 (17 to 20 digits) in decimal at o; returns the end. Writes only inside o[0..20). */
GW__INLINE char *gw__fast_enc_u64_big(char *o, uint64_t v)
{
    uint64_t t = v / 10000000000000000ull; /* 1..1844: by the 2-digit table */
    v -= t * 10000000000000000ull;
    if (t >= 100) {
        uint32_t h = (uint32_t)t / 100;
        if (h >= 10) { memcpy(o, gj_i_dig2 + 2 * h, 2); o += 2; } else *o++ = (char)('0' + h);
        memcpy(o, gj_i_dig2 + 2 * ((uint32_t)t - h * 100), 2);
        o += 2;
    } else if (t >= 10) {
        memcpy(o, gj_i_dig2 + 2 * t, 2);
        o += 2;
    } else {
        *o++ = (char)('0' + t);
    }
    t = v / 100000000u;
#ifdef GW__ENC_SSE2
    _mm_storeu_si128((__m128i *)(void *)o, gw__dig16((uint32_t)t, (uint32_t)(v - t * 100000000u)));
#else
    gw__fast_enc_put8(o, (uint32_t)t);
    gw__fast_enc_put8(o + 8, (uint32_t)(v - t * 100000000u));
#endif
    return o + 16;
}

/* v in decimal at o; returns the end. Writes only inside o[0..20) (whole words: also past the end) */
GW__INLINE char *gw__fast_enc_u64(char *o, uint64_t v)
{
    uint64_t t;
    if (v < 100) { /* small ones (opcodes, types, counts) by the 2-digit table */
        if (v < 10) { *o = (char)('0' + v); return o + 1; }
        memcpy(o, gj_i_dig2 + 2 * v, 2);
        return o + 2;
    }
    if (v < 10000) {
        uint32_t h = (uint32_t)v / 100, l = (uint32_t)v - h * 100;
        if (h < 10) *o++ = (char)('0' + h); else { memcpy(o, gj_i_dig2 + 2 * h, 2); o += 2; }
        memcpy(o, gj_i_dig2 + 2 * l, 2);
        return o + 2;
    }
    if (v < 100000000u) return gw__fast_enc_lead8(o, (uint32_t)v);
#ifdef GW__ENC_SSE2
    if (v < 10000000000000000ull) { /* 9 to 16 digits: all 16, then the leading zeros dropped */
        unsigned char tmp[32];
        __m128i d;
        unsigned lz;
        t = v / 100000000u;
        d = gw__dig16((uint32_t)t, (uint32_t)(v - t * 100000000u));
        lz = (unsigned)__builtin_ctz(~(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(d, _mm_set1_epi8('0')))); /* < 8: t >= 1 */
        _mm_storeu_si128((__m128i *)(void *)tmp, d);
        _mm_storeu_si128((__m128i *)(void *)(tmp + 16), _mm_setzero_si128());
        _mm_storeu_si128((__m128i *)(void *)o, _mm_loadu_si128((const __m128i *)(const void *)(tmp + lz)));
        return o + 16 - lz;
    }
#else
    if (v < 10000000000000000ull) {
        t = v / 100000000u;
        o = gw__fast_enc_lead8(o, (uint32_t)t);
        gw__fast_enc_put8(o, (uint32_t)(v - t * 100000000u));
        return o + 8;
    }
#endif
    return gw__fast_enc_u64_big(o, v);
}

/* A snowflake in decimal at o: most have 17 to 20 digits, so that is asked first */
GW__INLINE char *gw__fast_enc_id(char *o, uint64_t v)
{
    return v >= 10000000000000000ull ? gw__fast_enc_u64_big(o, v) : gw__fast_enc_u64(o, v);
}
#else
GW__INLINE char *gw__fast_enc_u64(char *o, uint64_t v)
{
    size_t n = gj_i_u64_len(v);
    gj_i_u64_put(o + n, v);
    return o + n;
}
GW__INLINE char *gw__fast_enc_id(char *o, uint64_t v) { return gw__fast_enc_u64(o, v); } /* a snowflake */
#endif

/* ,"k": at o for field f (room checked by the caller); returns its end. The comma is overwritten by
   the opening brace for an object's first member. On little-endian machines a key of up to 7 bytes
   comes whole from the field's tag (its bytes, zero past the key, the length on top): one word. */
GW__INLINE char *gw__fast_enc_key(char *o, const gw__field *f)
{
    size_t n = f->name_len;
#ifdef GW__LE_WORDS
    uint64_t tag = f->tag;
    if (n <= 13) { /* the literal "key": whole, in two words after the comma (room for 17 bytes) */
        *o = ',';
        memcpy(o + 1, f->lit, 16);
        return o + n + 4;
    }
    memcpy(o, ",\"\"\"", 4); /* 4-byte stores: the bytes past ," and ": are written over next */
    memcpy(o + 2, &tag, 8);
    if (n > 7) {
        if (n <= 15) memcpy(o + 2 + n - 8, f->name + n - 8, 8); /* the first 7 bytes came from the tag */
        else memcpy(o + 2, f->name, n);
    }
    memcpy(o + 2 + n, "\":\"\"", 4);
#else
    memcpy(o, ",\"", 2);
    memcpy(o + 2, f->name, n);
    memcpy(o + 2 + n, "\":", 2);
#endif
    return o + n + 4;
}

/* A plain string of 4 ASCII digits where fmt asks for them, one word at a time (each byte 0x30..0x3F,
   and no byte past 0x39 once 6 is added); 0 leaves the answer to gw__format_ok */
GW__INLINE int gw__fast_enc_digits4(int64_t fmt, const gw_str *s)
{
    uint32_t w;
    if (fmt != GW__FMT_DIGITS4 || s->len != 4 || s->escaped || !s->ptr) return 0;
    memcpy(&w, s->ptr, 4);
    return (w & 0xF0F0F0F0u) == 0x30303030u && ((w + 0x06060606u) & 0xF0F0F0F0u) == 0x30303030u;
}

#ifdef GW__LE_WORDS
/* Byte k (0..7) of a little-endian word */
#define GW__BYTE(w, k) ((unsigned)((w) >> (8 * (k))) & 0xFFu)
/* A plain date-time where fmt asks for one, as gw__is_datetime reads it (D-36), its 19 fixed bytes
   three words at a time: each word XORed with its shape ('0' at a digit, the separator elsewhere)
   leaves 0 at a separator and 0..9 at a digit. 0 leaves the answer to gw__format_ok, which also
   takes the rare cases (29 February). */
GW__INLINE int gw__fast_enc_datetime(int64_t fmt, const gw_str *s)
{
    static const char mdays[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const char *t = s->ptr;
    size_t n = s->len;
    uint64_t a, b, c;
    unsigned mo, d;
    if (fmt != GW__FMT_DATETIME || n < 20 || s->escaped || !t) return 0;
    memcpy(&a, t, 8);       /* YYYY-MM- */
    memcpy(&b, t + 8, 8);   /* DDTHH:MM */
    memcpy(&c, t + 11, 8);  /* HH:MM:SS */
    a ^= 0x2D30302D30303030ull;
    b ^= 0x30303A3030543030ull;
    c ^= 0x30303A30303A3030ull;
    if ((a & 0xFFF0F0FFF0F0F0F0ull) || ((a + 0x0006060006060606ull) & 0x00F0F000F0F0F0F0ull) ||
        (b & 0xF0F0FFF0F0FFF0F0ull) || ((b + 0x0606000606000606ull) & 0xF0F000F0F000F0F0ull) ||
        (c & 0xF0F0FFF0F0FFF0F0ull) || ((c + 0x0606000606000606ull) & 0xF0F000F0F000F0F0ull)) return 0;
    mo = GW__BYTE(a, 5) * 10 + GW__BYTE(a, 6);
    d = GW__BYTE(b, 0) * 10 + GW__BYTE(b, 1);
    if (mo - 1 >= 12 || d - 1 >= (unsigned)mdays[mo - 1] || GW__BYTE(b, 3) * 10 + GW__BYTE(b, 4) > 23 ||
        GW__BYTE(b, 6) * 10 + GW__BYTE(b, 7) > 59 || GW__BYTE(c, 6) * 10 + GW__BYTE(c, 7) > 60) return 0;
    return gw__datetime_rest(t, n);
}
#undef GW__BYTE
#else
GW__INLINE int gw__fast_enc_datetime(int64_t fmt, const gw_str *s) { (void)fmt; (void)s; return 0; } /* gw__format_ok decides */
#endif

/* A gw_str value (format fmt) as a JSON string */
GW__INLINE char *gw__fast_enc_str(char *o, const gw__fenc *c, const unsigned char *src, int64_t fmt)
{
    char *const end = c->end;
    gw_str s;
    const unsigned char *p;
    memcpy(&s, src, sizeof s);
    if (!s.ptr && s.len) return NULL;
    if (fmt != GW__FMT_ANY && !gw__fast_enc_digits4(fmt, &s) && !gw__fast_enc_datetime(fmt, &s) &&
        !gw__format_ok(fmt, &s)) return NULL;
    p = (const unsigned char *)(s.ptr ? s.ptr : "");
    if (s.escaped) { /* exactly a string body, as gj_str_raw checks */
        const unsigned char *q = p;
        int esc = 0;
        if (gj_i_scan_string(&q, p + s.len, &esc) != GJ_ERR_TRUNCATED || q != p + s.len) return NULL;
        GW__ROOM((size_t)s.len + 2);
        *o++ = '"';
        memcpy(o, p, s.len);
        o += s.len;
    } else {
        if ((uint64_t)s.len * 6 + 2 + GJ_I_ESC_SLACK > (uint64_t)(end - o)) return NULL;
        *o++ = '"';
        if (!(o = gj_i_esc(o, &p, p + s.len, p + s.len))) return NULL;
    }
    *o++ = '"';
    return o;
}

/* The scalars (integers, snowflakes, booleans, constants): GW__FE_SCALAR bytes of room checked */
#define GW__FE_SCALARS(f, src, o) \
    case GW__SNOWFLAKE: { uint64_t v_; memcpy(&v_, src, 8); *o = '"'; o = gw__fast_enc_id(o + 1, v_); *o++ = '"'; break; } \
    case GW__ID: case GW__U64: { uint64_t v_; memcpy(&v_, src, 8); if (f->cval > 0 && v_ > (uint64_t)f->cval) return NULL; o = gw__fast_enc_u64(o, v_); break; } \
    case GW__U32: { uint32_t v_; memcpy(&v_, src, 4); if (f->cval > 0 && v_ > (uint64_t)f->cval) return NULL; o = gw__fast_enc_u64(o, v_); break; } \
    case GW__U16: { uint16_t v_; memcpy(&v_, src, 2); if (f->cval > 0 && v_ > (uint64_t)f->cval) return NULL; o = gw__fast_enc_u64(o, v_); break; } \
    case GW__I32: { int32_t v_; memcpy(&v_, src, 4); o = gw__fast_enc_i64(o, v_); break; } \
    case GW__I64: { int64_t v_; memcpy(&v_, src, 8); o = gw__fast_enc_i64(o, v_); break; } \
    case GW__CONST_INT: o = gw__fast_enc_i64(o, f->cval); break; \
    case GW__BOOL: { bool v_; memcpy(&v_, src, sizeof v_); memcpy(o, v_ ? "true" : "false", 5); o += v_ ? 4 : 5; break; } \
    case GW__NULL: memcpy(o, "null", 4); o += 4; break;

GW__INLINE char *gw__fast_enc_i64(char *o, int64_t v)
{
    uint64_t u = (uint64_t)v;
    if (v < 0) { *o++ = '-'; u = (uint64_t)0 - u; }
    return gw__fast_enc_u64(o, u);
}

/* An array field (or element descriptor) f whose list is at src; depth: the containers around it */
static char *gw__fast_enc_arr(const gw__field *f, const unsigned char *src, char *o, const gw__fenc *c, unsigned depth)
{
    char *const end = c->end;
    const gw__field *el = gw__sub_elem(f);
    gw_u32_list list;
    const unsigned char *items;
    uint32_t i, k, wrap = f->wrap;
    size_t size = el->size;
    memcpy(&list, src, sizeof list);
    items = (const unsigned char *)(const void *)list.items;
    if (list.count && !items) return NULL;
    if (wrap && !list.count && (!(f->flags & GW__WRAPPED_EMPTY) || c->wire != GW_WIRE_ORIGINAL)) wrap = 0;
    GW__ROOM(2 * (wrap + 1));
    for (k = 0; k <= wrap; k++) *o++ = '[';
    depth += wrap + 1;
    if (el->kind == GW__OBJ) {
        const gw__schema *s = gw__sub_schema(el);
        for (i = 0; i < list.count; i++, items += size) {
            if (i) { GW__ROOM(1); *o++ = ','; }
            if (!(o = gw__fast_enc_obj(s, items, o, c, depth))) return NULL;
        }
    } else if (el->kind == GW__SNOWFLAKE) { /* ids: one loop each for the two scalar lists there are */
        for (i = 0; i < list.count; i++, items += size) {
            uint64_t v;
            GW__ROOM(1 + GW__FE_SCALAR);
            memcpy(&v, items, 8);
            *o = ',';
            o += i != 0;
            *o = '"';
            o = gw__fast_enc_id(o + 1, v);
            *o++ = '"';
        }
    } else if (el->kind == GW__U32 && el->cval <= 0) {
        for (i = 0; i < list.count; i++, items += size) {
            uint32_t v;
            GW__ROOM(1 + GW__FE_SCALAR);
            memcpy(&v, items, 4);
            *o = ',';
            o = gw__fast_enc_u64(o + (i != 0), v);
        }
    } else {
        for (i = 0; i < list.count; i++, items += size) {
            if (i) { GW__ROOM(1); *o++ = ','; }
            if (!(o = gw__fast_enc_value(el, items, o, c, depth))) return NULL;
        }
    }
    GW__ROOM(wrap + 1);
    for (k = 0; k <= wrap; k++) *o++ = ']';
    return o;
}

#ifdef GW__ENC_SSE2
/* Raw JSON bytes [p, stop) to o one at a time, less whitespace outside strings; *in_str and *esc
   carry the state (inside a string; the next byte escaped) from one call to the next */
static char *gw__raw_bytes(char *o, const unsigned char *p, const unsigned char *stop, unsigned *in_str, int *esc)
{
    for (; p < stop; p++) {
        unsigned ch = *p;
        if (*esc) *esc = 0;
        else if (*in_str) { if (ch == '\\') *esc = 1; else if (ch == '"') *in_str = 0; }
        else if (ch <= ' ') continue;
        else if (ch == '"') *in_str = 0xFFFF;
        *o++ = (char)ch;
    }
    return o;
}
/* The 16 bytes at p of valid JSON, *in_str (0xFFFF: they start inside a string) and *esc (the
   first is escaped) the state before them: bit i of the result, byte i is inside a string (its
   opening quote too); the state after them. A quote inside a string is escaped: the prefix XOR of
   the quotes no backslash escapes says which bytes lie between an opening and a closing one. */
GW__INLINE unsigned gw__raw_block(const unsigned char *p, unsigned *in_str, int *esc)
{
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
    unsigned q = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')));
    unsigned bs = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
    unsigned escaped = 0, inside; /* escaped: bit i, byte i follows an escaping backslash (bit 16: the next block's first) */
    if (bs | (unsigned)*esc) {
        unsigned b = bs;
        if (*esc) { escaped = 1; b &= ~1u; } /* escaped itself, a backslash escapes nothing */
        while (b) {
            unsigned i = (unsigned)__builtin_ctz(b);
            escaped |= 2u << i;
            b &= ~(3u << i);
        }
    }
    q &= ~escaped;
    inside = q ^ q << 1;
    inside ^= inside << 2;
    inside ^= inside << 4;
    inside = (inside ^ inside << 8 ^ *in_str) & 0xFFFF;
    *in_str = inside & 0x8000 ? 0xFFFF : 0;
    *esc = (int)(escaped >> 16);
    return inside;
}
#endif

/* A gw_raw value: validated, then copied without the whitespace between tokens. In valid JSON a
   byte <= ' ' is whitespace outside strings and a space inside them (control bytes are escaped). */
static char *gw__fast_enc_raw(const unsigned char *src, char *o, const gw__fenc *c, unsigned depth)
{
    char *const end = c->end;
    gw_raw r;
    const unsigned char *p, *rend;
    memcpy(&r, src, sizeof r);
    if (!r.ptr || gj_i_check_value(r.ptr, r.len, depth)) return NULL;
    p = (const unsigned char *)r.ptr;
    rend = p + r.len;
#ifdef GW__ENC_SSE2
    {
        /* 16 bytes a step, stored before they are looked at. Which bytes sit inside strings is
           worked out only up to a block that has whitespace (most values have none outside
           strings, and many none at all): `known` is where in_str and esc hold. A block with
           whitespace to drop goes byte by byte. */
        const __m128i space = _mm_set1_epi8(' ');
        const unsigned char *known = p;
        unsigned in_str = 0; /* 0xFFFF: the block at known starts inside a string */
        int esc = 0;
        GW__ROOM(r.len); /* a block store never runs ahead of the bytes read */
        while (rend - p >= 16) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
            unsigned ws = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_max_epu8(v, space), space)), inside = 0;
            _mm_storeu_si128((__m128i *)(void *)o, v);
            if (!ws) { p += 16; o += 16; continue; }
            for (; known < p; known += 16) gw__raw_block(known, &in_str, &esc); /* the state at p */
            {
                unsigned in_str_at_p = in_str;
                int esc_at_p = esc;
                inside = gw__raw_block(p, &in_str, &esc);
                known = p + 16;
                if (ws & ~inside) { /* whitespace outside strings: the block byte by byte, from p's state */
                    in_str = in_str_at_p;
                    esc = esc_at_p;
                    o = gw__raw_bytes(o, p, p + 16, &in_str, &esc);
                } else {
                    o += 16;
                }
            }
            p += 16;
        }
        if (p < rend && rend - (const unsigned char *)r.ptr >= 16) { /* the last bytes, in the value's last 16 */
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(rend - 16));
            unsigned ws = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_max_epu8(v, space), space)) >> (16 - (rend - p));
            if (!ws) {
                memcpy(o, p, (size_t)(rend - p));
                return o + (rend - p);
            }
        }
        for (; known < p; known += 16) gw__raw_block(known, &in_str, &esc);
        return gw__raw_bytes(o, p, rend, &in_str, &esc);
    }
#else
    {
        const unsigned char *run = p;
        GW__ROOM(r.len);
        while (p < rend) {
            if (*p == '"') { /* a valid string: skip to its closing quote, a run at a time */
                for (p++; (p = gj_i_skip_plain(p, rend)) < rend && *p != '"'; p += *p == '\\' ? 2 : 1) {}
                p++;
            } else if (gj_i_ws[*p]) {
                memcpy(o, run, (size_t)(p - run));
                o += p - run;
                run = ++p;
            } else {
                p++;
            }
        }
        memcpy(o, run, (size_t)(rend - run));
        return o + (rend - run);
    }
#endif
}

/* One of the tables' own names (plain ASCII, nothing to escape), of n bytes, as a JSON string */
GW__INLINE char *gw__fast_enc_text(char *o, char *end, const char *name, size_t n)
{
    GW__ROOM(n + 2);
    *o++ = '"';
    memcpy(o, name, n);
    o[n] = '"';
    return o + n + 1;
}

/* An enum field f whose index is at src: its name */
GW__INLINE char *gw__fast_enc_enum(const gw__field *f, const unsigned char *src, char *o, char *end)
{
    int v;
    memcpy(&v, src, sizeof v);
    if (v < 0 || v >= (int)f->cval) return NULL;
    return gw__fast_enc_text(o, end, (gw__sub_names(f))[v], strlen((gw__sub_names(f))[v]));
}

/* Any value of field f, whose storage is at src; depth: the containers around it */
static char *gw__fast_enc_value(const gw__field *f, const unsigned char *src, char *o, const gw__fenc *c, unsigned depth)
{
    char *const end = c->end;
    switch (f->kind) {
    case GW__STR: return gw__fast_enc_str(o, c, src, f->cval);
    case GW__OBJ: return gw__fast_enc_obj(gw__sub_schema(f), src, o, c, depth);
    case GW__ARR: return gw__fast_enc_arr(f, src, o, c, depth);
    case GW__RAW: return gw__fast_enc_raw(src, o, c, depth);
    case GW__CONST_STR: return gw__fast_enc_text(o, end, gw__sub_text(f), (size_t)f->cval);
    case GW__ENUM: return gw__fast_enc_enum(f, src, o, end);
    default:
        GW__ROOM(GW__FE_SCALAR);
        switch (f->kind) { GW__FE_SCALARS(f, src, o) default: return NULL; }
        return o;
    }
}

/* Whether field f of base, which has one of the flags OPT, NULLABLE, QUIET, is written: 1 its value,
   2 null, 0 not at all (optional and absent, or QUIET), -1 give up (a nullable field's value set
   without its has_ flag would go out as null: the writer path reports it) */
GW__INLINE int gw__fast_enc_presence(const gw__field *f, const unsigned char *base)
{
    unsigned fl = f->flags;
    /* a required non-null field is written whatever its has_ flag says (the flag is decode's report) */
    if (f->has == GW__NOHAS || base[f->has] || !(fl & (GW__OPT | GW__NULLABLE)))
        return f->kind == GW__NULL && (fl & GW__QUIET) ? 0 : 1; /* QUIET null: decode-only */
    if (!(fl & GW__NULLABLE)) return 0;
    if (gw__value_set(f, base)) return -1;
    return fl & GW__QUIET ? 0 : 2;
}

/* A tuple (a JSON array whose elements are the fields) of schema s at base */
GW__NOINLINE static char *gw__fast_enc_tuple(const gw__schema *s, const unsigned char *base, char *o, const gw__fenc *c, unsigned depth)
{
    char *const end = c->end;
    const gw__field *f = s->f, *fend = s->n ? s->f + s->n : s->f;
    char *open = o;
    for (; f < fend; f++) {
        int how = f->flags & (GW__OPT | GW__NULLABLE | GW__QUIET) ? gw__fast_enc_presence(f, base) : 1;
        if (how < 0) return NULL;
        if (!how) continue;
        GW__ROOM(1 + 4);
        *o++ = ',';
        if (how == 2) { memcpy(o, "null", 4); o += 4; continue; }
        if (!(o = gw__fast_enc_value(f, base + f->off, o, c, depth + 1))) return NULL;
    }
    GW__ROOM(2);
    if (o == open) o++; /* no element: the opening bracket alone */
    *open = '[';
    *o++ = ']';
    return o;
}

/* An object (or tuple) of schema s at base; depth: the containers around it. The root's check has
   been run by the caller (gw__variant_pick). Every member is written after a comma, and the first
   member's comma becomes the opening brace at the end. */
static char *gw__fast_enc_fields(const gw__schema *s, const unsigned char *base, char *o, const gw__fenc *c, unsigned depth)
{
    char *const end = c->end;
    const gw__field *f = s->f, *fend = s->n ? s->f + s->n : s->f; /* an empty schema's f is NULL */
    char *open = o;
    if (s->tuple) return gw__fast_enc_tuple(s, base, o, c, depth);
    depth++;
    for (; f < fend; f++) {
        const unsigned char *src = base + f->off;
        if (f->flags & (GW__OPT | GW__NULLABLE | GW__QUIET)) {
            int how = gw__fast_enc_presence(f, base);
            if (how != 1) {
                if (how < 0) return NULL;
                if (!how) continue;
                GW__ROOM((size_t)f->name_len + 4 + GW__FE_SCALAR); /* the key's word stores, then null */
                o = gw__fast_enc_key(o, f);
                memcpy(o, "null", 4);
                o += 4;
                continue;
            }
        }
        GW__ROOM((size_t)f->name_len + 4 + GW__FE_SCALAR);
        o = gw__fast_enc_key(o, f);
        switch (f->kind & 31) { /* kinds are 1..16 */
        GW__FE_SCALARS(f, src, o)
        case GW__STR: if (!(o = gw__fast_enc_str(o, c, src, f->cval))) return NULL; break;
        case GW__OBJ: if (!(o = gw__fast_enc_obj(gw__sub_schema(f), src, o, c, depth))) return NULL; break;
        case GW__ARR: if (!(o = gw__fast_enc_arr(f, src, o, c, depth))) return NULL; break;
        case GW__RAW: if (!(o = gw__fast_enc_raw(src, o, c, depth))) return NULL; break;
        case GW__CONST_STR: if (!(o = gw__fast_enc_text(o, end, gw__sub_text(f), (size_t)f->cval))) return NULL; break;
        case GW__ENUM: if (!(o = gw__fast_enc_enum(f, src, o, end))) return NULL; break;
        default: return NULL; /* no such kind */
        }
    }
    GW__ROOM(2);
    if (o == open) o++; /* no member: the opening brace alone */
    *open = '{';
    *o++ = '}';
    return o;
}

GW__INLINE char *gw__fast_enc_obj(const gw__schema *s, const unsigned char *base, char *o, const gw__fenc *c, unsigned depth)
{
    if (s->check && s->check(base)) return NULL;
    return gw__fast_enc_fields(s, base, o, c, depth);
}
#undef GW__FE_SCALARS
#undef GW__ROOM

/* The sender's size cap (PROTOCOLS.md) exceeded by n output bytes of variant v */
static int gw__over_cap(const gw__proto *P, const gw__variant *v, size_t n)
{
    return (v->from == GW_FROM_CLIENT || v->from == GW_FROM_SERVER) && P->cap[v->from] && n > P->cap[v->from];
}

/* An encode's output of n bytes (the NUL included) in a buffer of cap */
static gw_err gw__buffer_short(size_t n, size_t cap, gw_error *err)
{
    err->needed = n;
    err->offset = GW_NO_OFFSET;
    snprintf(err->detail, sizeof err->detail, "%lu bytes needed, the buffer holds %lu", (unsigned long)n, (unsigned long)cap);
    return err->code = GW_ERR_BUFFER;
}

GW__NOINLINE static gw_err gw__too_large(const gw__proto *P, const gw__variant *v, size_t n, gw_error *err)
{
    err->offset = GW_NO_OFFSET;
    snprintf(err->detail, sizeof err->detail, "%lu bytes, the limit is %lu", (unsigned long)n, (unsigned long)P->cap[v->from]);
    return err->code = GW_ERR_TOO_LARGE;
}

/* The writer path: every value through gj_writer, which counts the size needed when out is short.
   It decides every encode error; the fast path hands it whatever it will not judge. */
GW__NOINLINE static gw_err gw__encode_writer(const gw__proto *P, const gw__variant *v, const void *msg, gw_wire wire, char *out,
                                size_t cap, size_t *outlen, gw_error *err)
{
    gw__ectx e;
    size_t n = 0;
    gj_err je;
    memset(&e, 0, sizeof e);
    e.err = err;
    e.wire = wire;
    gj_writer_init(&e.w, out, cap);
    err->offset = GW_NO_OFFSET; /* an encode error names a field, not a byte */
    if (wire == GW_WIRE_ORIGINAL && P->orig_rule) { /* what the original would refuse is not sent in its form (D-64) */
        const char *bad = P->orig_rule(msg);
        if (bad) {
            if (cap) out[0] = 0;
            snprintf(err->path, sizeof err->path, "%s", bad);
            snprintf(err->detail, sizeof err->detail, "%s", gw__why(bad));
            return err->code = GW_ERR_INVALID;
        }
    }
    gw__encode_obj(&e, v->schema, (const unsigned char *)msg);
    if (e.code) {
        if (cap) out[0] = 0;
        return err->code = e.code;
    }
    je = gj_writer_finish(&e.w, &n);
    if (je == GJ_ERR_NOMEM && gw__over_cap(P, v, n - 1)) return gw__too_large(P, v, n - 1, err); /* no buffer would do */
    if (je == GJ_ERR_NOMEM) return gw__buffer_short(n, cap, err);
    if (je) { /* the writer's own refusal, e.g. nesting past GJ_MAX_DEPTH */
        err->json = je;
        snprintf(err->detail, sizeof err->detail, "the JSON writer refused it: %s", gj_strerror(je));
        return err->code = GW_ERR_INVALID;
    }
    if (gw__over_cap(P, v, n)) {
        out[0] = 0;
        return gw__too_large(P, v, n, err);
    }
    if (outlen) *outlen = n;
    err->offset = 0;
    return GW_OK;
}

/* GW_<P>_UNKNOWN: its message written back, compact; it must be an object that decodes as JSON
   (repeats, nesting: D-01b). Its op and name are not looked at: the message holds them. */
GW__NOINLINE static gw_err gw__encode_unknown(const gw__proto *P, const void *msg, char *out, size_t cap, size_t *outlen, gw_error *err)
{
    gw_unknown u;
    gj_writer w;
    size_t n = 0, i = 0;
    gj_err je;
    memcpy(&u, (const unsigned char *)msg + P->unknown_off, sizeof u);
    while (u.body.ptr && i < u.body.len && gj_i_ws[(unsigned char)u.body.ptr[i]]) i++;
    if (!u.body.ptr || i == u.body.len || u.body.ptr[i] != '{' || gj_i_check_value(u.body.ptr, u.body.len, 0)) {
        if (cap) out[0] = 0;
        memcpy(err->path, "body", 5);
        err->offset = GW_NO_OFFSET;
        snprintf(err->detail, sizeof err->detail, "must be a JSON object that decodes (D-06, D-01b)");
        return err->code = GW_ERR_INVALID;
    }
    gj_writer_init(&w, out, cap);
    gj_raw_compact(&w, u.body.ptr, u.body.len);
    je = gj_writer_finish(&w, &n);
    if (je == GJ_ERR_NOMEM) return gw__buffer_short(n, cap, err);
    if (outlen) *outlen = n;
    return GW_OK;
}


/* encode in full: arguments, the unknown kind, the variant, then the fast path or the writer path */
GW__NOINLINE static gw_err gw__encode_all(const gw__proto *P, const void *msg, gw_wire wire, char *out, size_t cap,
                                          size_t *outlen, gw_error *err)
{
    gw_error local;
    const gw__variant *v;
    int kind, accepted;
    if (!err) err = &local;
    gw__zero_error(err);
    if (outlen) *outlen = 0;
    if (!msg || (!out && cap) || (wire != GW_WIRE_SEED && wire != GW_WIRE_ORIGINAL)) {
        if (out && cap) out[0] = 0;
        err->offset = GW_NO_OFFSET;
        snprintf(err->detail, sizeof err->detail, "%s", !msg ? "msg is NULL" : !out && cap ? "out is NULL with cap > 0"
                 : "wire is neither GW_WIRE_SEED nor GW_WIRE_ORIGINAL");
        err->code = GW_ERR_ARG;
        return GW_ERR_ARG;
    }
    memcpy(&kind, msg, sizeof kind);
    if (kind == P->unknown_kind) return gw__encode_unknown(P, msg, out, cap, outlen, err);
    if (!(v = gw__variant_pick(P, kind, msg, wire, &accepted))) {
        if (cap) out[0] = 0;
        memcpy(err->path, "kind", 5);
        err->offset = GW_NO_OFFSET;
        if (P->no_form && P->no_form(kind, wire)) snprintf(err->detail, sizeof err->detail, "%s", P->no_form(kind, wire));
        else snprintf(err->detail, sizeof err->detail, "no message of kind %d in this protocol and wire", kind);
        return err->code = GW_ERR_INVALID;
    }
    /* what the original refuses goes to the writer path, which refuses it (D-64) */
    if (wire == GW_WIRE_ORIGINAL && P->orig_rule && P->orig_rule(msg)) accepted = 0;
    if (cap > 1 && accepted) { /* the fast path; the last byte is kept for the terminating NUL */
        gw__fenc c;
        char *o;
        c.end = out + cap - 1;
        c.wire = wire;
        o = gw__fast_enc_fields(v->schema, (const unsigned char *)msg, out, &c, 0);
        if (o) {
            size_t n = (size_t)(o - out);
            if (gw__over_cap(P, v, n)) {
                out[0] = 0;
                return gw__too_large(P, v, n, err);
            }
            *o = 0;
            if (outlen) *outlen = n;
            return GW_OK;
        }
    }
    return gw__encode_writer(P, v, msg, wire, out, cap, outlen, err);
}

/* The common call first: a known kind whose variant accepts msg, written by the fast path within
   the sender's cap. Anything else, or a give-up, starts over in gw__encode_all, which decides it
   (so the error and every byte of err are the same either way). */
static gw_err gw__encode(const gw__proto *P, const void *msg, gw_wire wire, char *out, size_t cap, size_t *outlen,
                         gw_error *err)
{
    int kind, accepted;
    if (msg && err && out && cap > 1 && (wire == GW_WIRE_SEED || (wire == GW_WIRE_ORIGINAL && !P->orig_rule)) &&
        (memcpy(&kind, msg, sizeof kind), kind != P->unknown_kind)) {
        const gw__whole *w;
        const gw__variant *v;
        for (w = P->whole; wire == GW_WIRE_SEED && w->encoded; w++) /* a kind with one frame: copied */
            if (w->kind == kind && w->len < cap) {
                memcpy(out, w->bytes, w->len);
                out[w->len] = 0;
                gw__zero_error(err);
                if (outlen) *outlen = w->len;
                return GW_OK;
            }
        v = gw__variant_pick(P, kind, msg, wire, &accepted);
        if (v && accepted) {
            gw__fenc c;
            char *o;
            c.end = out + cap - 1;
            c.wire = wire;
            o = gw__fast_enc_fields(v->schema, (const unsigned char *)msg, out, &c, 0);
            if (o && ((size_t)(o - out) <= P->cap_min || !gw__over_cap(P, v, (size_t)(o - out)))) {
                gw__zero_error(err);
                *o = 0;
                if (outlen) *outlen = (size_t)(o - out);
                return GW_OK;
            }
        }
    }
    return gw__encode_all(P, msg, wire, out, cap, outlen, err);
}

/* ==== equality ================================================================================ */
static int gw__equal_obj(const gw__schema *s, const unsigned char *a, const unsigned char *b);

static int gw__equal_value(const gw__field *f, const unsigned char *a, const unsigned char *b)
{
    const unsigned char *x = a + f->off, *y = b + f->off;
    switch (f->kind) {
    case GW__STR: {
        gw_str s, t;
        memcpy(&s, x, sizeof s); memcpy(&t, y, sizeof t);
        if (!s.escaped && !t.escaped) return s.len == t.len && (!s.len || memcmp(s.ptr, t.ptr, s.len) == 0);
        return gj_i_raw_eq(s.ptr ? s.ptr : "", s.len, s.escaped != 0, t.ptr ? t.ptr : "", t.len, t.escaped != 0);
    }
    case GW__SNOWFLAKE: case GW__ID: case GW__U64: case GW__I64: return memcmp(x, y, 8) == 0;
    case GW__U16: return memcmp(x, y, 2) == 0;
    case GW__U32: case GW__I32: return memcmp(x, y, 4) == 0;
    case GW__BOOL: return (*x != 0) == (*y != 0);
    case GW__ENUM: return memcmp(x, y, sizeof(int)) == 0;
    case GW__OBJ: return gw__equal_obj(gw__sub_schema(f), x, y);
    case GW__ARR: {
        const gw__field *el = gw__sub_elem(f);
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
        if (f->has != GW__NOHAS && (f->flags & (GW__OPT | GW__NULLABLE))) { /* a required field's has_ is moot */
            if ((a[f->has] != 0) != (b[f->has] != 0)) return 0;
            if (!a[f->has]) continue;
        }
        if (!gw__equal_value(f, a, b)) return 0;
    }
    return 1;
}

/* Two strings equal once unescaped */
static int gw__str_same(gw_str s, gw_str t)
{
    return gj_i_raw_eq(s.ptr ? s.ptr : "", s.len, s.escaped != 0, t.ptr ? t.ptr : "", t.len, t.escaped != 0);
}

static int gw__equal(const gw__proto *P, const void *a, const void *b)
{
    int ka, kb;
    const gw__variant *v, *w;
    memcpy(&ka, a, sizeof ka);
    memcpy(&kb, b, sizeof kb);
    if (ka != kb) return 0;
    if (ka == P->unknown_kind) { /* lenient decoding's kind: the same op, name and message */
        gw_unknown x, y;
        memcpy(&x, (const unsigned char *)a + P->unknown_off, sizeof x);
        memcpy(&y, (const unsigned char *)b + P->unknown_off, sizeof y);
        return x.op == y.op && gw__str_same(x.op_name, y.op_name) && gw__str_same(x.name, y.name) &&
               (x.body.ptr && y.body.ptr ? gw__raw_equal(x.body.ptr, x.body.len, y.body.ptr, y.body.len) : x.body.ptr == y.body.ptr);
    }
    /* both wire forms' fields: the seed variant, then the original's when it differs */
    v = gw__variant_for(P, ka, a, GW_WIRE_SEED);
    if (v && !gw__equal_obj(v->schema, (const unsigned char *)a, (const unsigned char *)b)) return 0;
    w = gw__variant_for(P, ka, a, GW_WIRE_ORIGINAL);
    return w && w != v ? gw__equal_obj(w->schema, (const unsigned char *)a, (const unsigned char *)b) : 1;
}

#define GW__WRAPPERS(p, id) \
    GW__NOINLINE static gw_err gw__##p##_decode_rest(const char *buf, size_t len, gw_from from, void *msg, void *scratch, \
                                                     size_t scratch_size, gw_error *err) \
    { return gw__decode_rest(&gw__##p##_proto, buf, len, from, 0, msg, scratch, scratch_size, err); } \
    GW__NOINLINE static gw_err gw__##p##_decode_rest_flags(const char *buf, size_t len, gw_from from, unsigned flags, void *msg, \
                                                           void *scratch, size_t scratch_size, gw_error *err) \
    { return gw__decode_rest(&gw__##p##_proto, buf, len, from, flags, msg, scratch, scratch_size, err); } \
    GW_DEF gw_err gw_##p##_peek(const char *buf, size_t len, gw_from from, gw_envelope *peek, \
                                void *scratch, size_t scratch_size, gw_error *err) \
    { return gw__peek(&gw__##p##_proto, buf, len, from, peek, scratch, scratch_size, err); } \
    GW_DEF gw_err gw_##p##_decode(const char *buf, size_t len, gw_from from, gw_##p##_msg *out, \
                                  void *scratch, size_t scratch_size, gw_error *err) \
    { GW__DECODE(&gw__##p##_proto, buf, len, from, 0u, out, scratch, scratch_size, err, \
                 gw__##p##_decode_rest(buf, len, from, out, scratch, scratch_size, err)); } \
    GW_DEF gw_err gw_##p##_decode_flags(const char *buf, size_t len, gw_from from, unsigned flags, gw_##p##_msg *out, \
                                        void *scratch, size_t scratch_size, gw_error *err) \
    { GW__DECODE(&gw__##p##_proto, buf, len, from, flags, out, scratch, scratch_size, err, \
                 gw__##p##_decode_rest_flags(buf, len, from, flags, out, scratch, scratch_size, err)); } \
    GW_DEF gw_err gw_##p##_encode(const gw_##p##_msg *m, char *out, size_t cap, size_t *outlen, gw_error *err) \
    { return gw__encode(&gw__##p##_proto, m, GW_WIRE_SEED, out, cap, outlen, err); } \
    GW_DEF gw_err gw_##p##_encode_wire(const gw_##p##_msg *m, gw_wire wire, char *out, size_t cap, size_t *outlen, \
                                       gw_error *err) \
    { return gw__encode(&gw__##p##_proto, m, wire, out, cap, outlen, err); } \
    GW_DEF int gw_##p##_equal(const gw_##p##_msg *a, const gw_##p##_msg *b) \
    { return gw__equal(&gw__##p##_proto, a, b); } \
    GW_DEF gw_##p##_msg *gw_##p##_init(gw_##p##_msg *m, gw_##p##_kind kind) \
    { memset(m, 0, sizeof *m); m->kind = kind; return m; }
#endif /* GATEWAY_IMPLEMENTATION */

#ifndef GATEWAY_H
/* ==== shard-master: messages, kinds, payloads (PROTOCOLS.md section 1) ======================== */
#ifndef GATEWAY_NO_SM
#define GW__PROTOCOL_SM(X) X(sm, GW_PROTO_SM) /* its entry in the list of protocols */
/* Every message, in dispatch order (see "message lists" above). A server message is told by its
   `event`, and its `type` is then checked by the schema; named rows come before the unnamed ones,
   so a server message decoded as client-sent is GW_ERR_DIRECTION rather than a client message of
   the same type. */
#define GW__SM_MESSAGES(M, A) \
    M(GW_SM_HELLO,         S, GW__ANY_OP, "GATEWAY_HELLO",       EVENT, gw__sm_m_hello, BOTH)            /* type 1, u.hello */ \
    M(GW_SM_PONG,          S, GW__ANY_OP, "GATEWAY_PING",        EVENT, gw__sm_m_pong, BOTH)             /* type 3, data {} */ \
    M(GW_SM_READY,         S, GW__ANY_OP, "GATEWAY_READY",       EVENT, gw__sm_m_ready, BOTH)            /* type 1, u.session */ \
    M(GW_SM_RESUMED,       S, GW__ANY_OP, "GATEWAY_RESUMED",     EVENT, gw__sm_m_resumed, SEED_ONLY)     /* type 1, u.session */ \
    A(GW_SM_RESUMED,       S, GW__ANY_OP, "GATEWAY_RESUME",      EVENT, gw__sm_m_resume_orig, ORIG_ONLY) /* D-15a */ \
    M(GW_SM_INVALID,       S, GW__ANY_OP, "GATEWAY_INVALID",     EVENT, gw__sm_m_invalid, BOTH)          /* type 1, u.session all empty (D-15) */ \
    M(GW_SM_GATEWAY_ERROR, S, GW__ANY_OP, "GATEWAY_ERROR",       EVENT, gw__sm_m_gateway_error, BOTH)    /* type 2, u.raw */ \
    M(GW_SM_SHARD_INFO,    S, GW__ANY_OP, "GATEWAY_SHARD_INFO",  EVENT, gw__sm_m_shard_info, SEED_ONLY)  /* any type, u.shard_info (D-14) */ \
    A(GW_SM_SHARD_INFO,    S, GW__ANY_OP, "GATEWAY_SHARD_INFO",  EVENT, gw__sm_m_shard_info_orig, ORIG_ONLY) \
    M(GW_SM_INTERACTION,   S, GW__ANY_OP, "INTERACTION_DISCORD", EVENT, gw__sm_m_interaction, BOTH)      /* type 8, u.raw */ \
    M(GW_SM_ERROR,         S, 0, NULL, NONE, gw__sm_m_error, BOTH)                  /* no event/service, data {} */ \
    M(GW_SM_REGISTER,      C, 1, NULL, NONE, gw__sm_m_register, SEED_ONLY)          /* u.reg (D-10) */ \
    A(GW_SM_REGISTER,      C, 1, NULL, NONE, gw__sm_m_register_orig, ORIG_ONLY)     /* D-13a */ \
    M(GW_SM_PING,          C, 3, NULL, NONE, gw__sm_m_ping, SEED_ONLY)              /* no d (D-11); no original form (D-65) */ \
    M(GW_SM_RESUME,        C, 5, NULL, NONE, gw__sm_m_resume, SEED_ONLY)            /* u.resume; no original form (D-65) */
typedef enum gw_sm_kind {
    GW_SM_NONE = 0,
    GW__SM_MESSAGES(GW__KIND, GW__FORM)
    GW_SM_UNKNOWN         /* lenient decoding only: a name no kind has, u.unknown */
} gw_sm_kind;

/* flags: 0-15 in the seed form (D-13), any u64 in the original's (D-13a); encode/decode: the
   original's optional booleans (D-13a), written only in GW_WIRE_ORIGINAL */
typedef struct gw_sm_register {
    gw_str public_key;
    uint32_t shard_in;
    uint64_t flags;
    bool has_encode, encode, has_decode, decode;
} gw_sm_register;
typedef struct gw_sm_resume { gw_str public_key, session_id; uint32_t shard_in, flags; } gw_sm_resume;
typedef struct gw_sm_hello { bool starting_shards; } gw_sm_hello;
typedef struct gw_sm_app_bot { uint32_t flags; uint64_t id; gw_str public_key; } gw_sm_app_bot;
typedef struct gw_sm_shard_pair { uint32_t shard_in, shard_total; } gw_sm_shard_pair;
typedef struct gw_sm_shard_stats {
    bool development, disconnected;
    uint64_t receive_ping, received, send_ping, sending;
    gw_str shard_hash;
    uint32_t shard_id;
} gw_sm_shard_stats;
typedef struct gw_sm_shard_pair_list { const gw_sm_shard_pair *items; uint32_t count; } gw_sm_shard_pair_list;
typedef struct gw_sm_shard_stats_list { const gw_sm_shard_stats *items; uint32_t count; } gw_sm_shard_stats_list;
typedef struct gw_sm_session {
    gw_sm_app_bot application_bot;
    bool has_application_bot, has_session_id;
    gw_str session_id;
    gw_sm_shard_pair_list shards_config;
    gw_sm_shard_stats_list shards_stats;
} gw_sm_session;
/* seed form (D-14): data is an object, kept in `data`; the original's (D-14a): data is
   [[[[shard objects]]]], typed in `shards` (has_shards set) */
typedef struct gw_sm_shard_info {
    uint32_t type;
    gw_raw data;
    gw_sm_shard_stats_list shards;
    bool has_shards;
} gw_sm_shard_info;

typedef struct gw_sm_msg {
    gw_sm_kind kind;
    /* server status fields, any server kind (D-12) */
    bool has_possible_error, possible_error;
    bool has_message;
    gw_str message;
    bool has_rate_limit, rate_limit;
    union {
        gw_sm_register reg;
        gw_sm_resume resume;
        gw_sm_hello hello;
        gw_sm_session session;
        gw_sm_shard_info shard_info;
        gw_raw raw;
        gw_unknown unknown; /* GW_<P>_UNKNOWN (lenient decoding) */
    } u;
} gw_sm_msg;

GW_DEF gw_sm_msg gw_sm_make_ping(void); /* {"type":3} */
GW__DECLARE(sm, GW_PROTO_SM) /* gw_sm_decode, _encode, _equal, _peek, _init, gw_sm_session_* */
#endif /* GATEWAY_NO_SM */
#endif /* GATEWAY_H */
#if defined(GATEWAY_IMPLEMENTATION) && !defined(GATEWAY_IMPLEMENTATION_DONE)
/* ==== shard-master block: schemas, rows, gw__sm_proto, session rules ========================== */
#ifndef GATEWAY_NO_SM
/* Pairs are [shard_in, shard_total] with shard_in < shard_total, total >= 1 (1.4) */
static int gw__sm_pairs_ok(const gw_sm_session *s)
{
    uint32_t i;
    if (s->shards_config.count && !s->shards_config.items) return 1; /* the encoder reports it at the field */
    for (i = 0; i < s->shards_config.count; i++)
        if (s->shards_config.items[i].shard_in >= s->shards_config.items[i].shard_total) return 0;
    return 1;
}
/* READY/RESUMED: application_bot and session_id non-null (D-15); has_ set so encoder never omits them */
static const char *gw__sm_session_check(const unsigned char *base)
{
    const gw_sm_session *s = (const gw_sm_session *)(const void *)base;
    if (!s->has_application_bot) return GW__WHY("application_bot", "must not be null in READY or RESUMED (D-15)");
    if (!s->has_session_id) return GW__WHY("session_id", "must not be null in READY or RESUMED (D-15)");
    return gw__sm_pairs_ok(s) ? NULL : GW__WHY("shards_config", "every shard_in must be below its shard_total (1.4, D-16)");
}
/* INVALID: exactly null, null, [], [] (D-15) */
static const char *gw__sm_invalid_check(const unsigned char *base)
{
    const gw_sm_session *s = (const gw_sm_session *)(const void *)base;
    if (s->has_application_bot) return GW__WHY("application_bot", "must be null in INVALID (D-15)");
    if (s->has_session_id) return GW__WHY("session_id", "must be null in INVALID (D-15)");
    if (s->shards_config.count) return GW__WHY("shards_config", "must be [] in INVALID (D-15)");
    return s->shards_stats.count ? GW__WHY("shards_stats", "must be [] in INVALID (D-15)") : NULL;
}
/* data of GATEWAY_ERROR / INTERACTION_DISCORD / GATEWAY_SHARD_INFO is an untyped object (1.2) */
static const char *gw__sm_raw_data_check(const unsigned char *base)
{
    const gw_sm_msg *m = (const gw_sm_msg *)(const void *)base;
    const gw_raw *r = m->kind == GW_SM_SHARD_INFO ? &m->u.shard_info.data : &m->u.raw;
    return r->ptr && r->len && r->ptr[0] == '{' ? NULL : GW__WHY("data", "must be a JSON object, compact from its first byte (1.2)");
}
/* GATEWAY_SHARD_INFO: the seed form's data object (D-14), or the original's shard list (D-14a) */
static const char *gw__sm_shard_info_check(const unsigned char *base)
{
    const gw_sm_msg *m = (const gw_sm_msg *)(const void *)base;
    return m->u.shard_info.has_shards || m->u.shard_info.shards.count
        ? GW__WHY("data", "a shard list is the original form's data only (D-14a, D-05)") : gw__sm_raw_data_check(base);
}
static const char *gw__sm_shard_info_orig_check(const unsigned char *base)
{
    const gw_sm_msg *m = (const gw_sm_msg *)(const void *)base;
    return m->u.shard_info.data.ptr ? GW__WHY("data", "an untyped data object is the seed form's only (D-14, D-05)") : NULL;
}
/* register: encode/decode exist only in the original's form (D-13a) */
static const char *gw__sm_register_check(const unsigned char *base)
{
    const gw_sm_register *r = (const gw_sm_register *)(const void *)base;
    return r->has_encode ? GW__WHY("encode", "only the original form carries it (D-13a, D-05)")
         : r->has_decode ? GW__WHY("decode", "only the original form carries it (D-13a, D-05)") : NULL;
}
/* type 0 error: possible_error and message required (D-12) */
static const char *gw__sm_error_check(const unsigned char *base)
{
    const gw_sm_msg *m = (const gw_sm_msg *)(const void *)base;
    return !m->has_possible_error ? GW__WHY("possible_error", "required in a type 0 error (D-12)")
         : !m->has_message ? GW__WHY("message", "required in a type 0 error (D-12)") : NULL;
}

GW__SCHEMA_CHECK(gw__sm_register, gw__sm_register_check,
    GW__FIELD(gw_sm_register, "public_key", GW__STR, public_key),
    GW__FIELD(gw_sm_register, "shard_in", GW__U32, shard_in),
    GW__FIELD_MAX(gw_sm_register, "flags", GW__U64, flags, 15, "D-13"));
/* D-65: register_client.rs:60-66 reads decode's value from "encode" and unwraps it: a decode
   without encode panics the original (one unlike encode is accepted, read as encode's value). No
   form carries it (the seed's has no decode), so it is refused on decode as on encode. */
static const char *gw__sm_register_orig_check(const unsigned char *base)
{
    const gw_sm_register *r = (const gw_sm_register *)(const void *)base;
    return r->has_decode && !r->has_encode
        ? GW__WHY("decode", "needs d.encode: the original reads decode from encode, panicking without it (D-65)") : NULL;
}
GW__SCHEMA_CHECK(gw__sm_register_orig, gw__sm_register_orig_check, /* D-13a: any flags, optional encode/decode */
    GW__FIELD(gw_sm_register, "public_key", GW__STR, public_key),
    GW__FIELD(gw_sm_register, "shard_in", GW__U32, shard_in),
    GW__FIELD(gw_sm_register, "flags", GW__U64, flags),
    GW__FIELD_HAS(gw_sm_register, "encode", GW__BOOL, GW__OPT, encode, has_encode),
    GW__FIELD_HAS(gw_sm_register, "decode", GW__BOOL, GW__OPT, decode, has_decode));
GW__SCHEMA(gw__sm_resume,
    GW__FIELD(gw_sm_resume, "public_key", GW__STR, public_key),
    GW__FIELD(gw_sm_resume, "session_id", GW__STR, session_id),
    GW__FIELD(gw_sm_resume, "shard_in", GW__U32, shard_in),
    GW__FIELD_MAX(gw_sm_resume, "flags", GW__U32, flags, 15, "D-13"));
GW__SCHEMA(gw__sm_hello, GW__FIELD(gw_sm_hello, "starting_shards", GW__BOOL, starting_shards));
GW__SCHEMA(gw__sm_app_bot,
    GW__FIELD(gw_sm_app_bot, "flags", GW__U32, flags),
    GW__FIELD(gw_sm_app_bot, "id", GW__SNOWFLAKE, id), /* D-19 */
    GW__FIELD(gw_sm_app_bot, "public_key", GW__STR, public_key));
GW__TUPLE(gw__sm_pair,
    GW__FIELD(gw_sm_shard_pair, "shard_in", GW__U32, shard_in),
    GW__FIELD(gw_sm_shard_pair, "shard_total", GW__U32, shard_total));
static const gw__field gw__sm_pair_el = GW__ELEMENT(GW__OBJ, gw_sm_shard_pair, &gw__sm_pair);
GW__SCHEMA(gw__sm_stats,
    GW__FIELD(gw_sm_shard_stats, "development", GW__BOOL, development),
    GW__FIELD(gw_sm_shard_stats, "disconnected", GW__BOOL, disconnected),
    GW__FIELD(gw_sm_shard_stats, "receibe_ping", GW__U64, receive_ping), /* D-18 */
    GW__FIELD(gw_sm_shard_stats, "received", GW__U64, received),
    GW__FIELD(gw_sm_shard_stats, "send_ping", GW__U64, send_ping),
    GW__FIELD(gw_sm_shard_stats, "sending", GW__U64, sending),
    GW__FIELD(gw_sm_shard_stats, "shard_hash", GW__STR, shard_hash),
    GW__FIELD(gw_sm_shard_stats, "shard_id", GW__U32, shard_id));
static const gw__field gw__sm_stats_el = GW__ELEMENT(GW__OBJ, gw_sm_shard_stats, &gw__sm_stats);
/* D-16: two one-element wrappers around the pairs; D-17: six around the shard objects, and
   D-17a: the original writes "none" as [[[[[[[]]]]]]] */
GW__SCHEMA_CHECK(gw__sm_session, gw__sm_session_check,
    GW__FIELD_OF_HAS(gw_sm_session, "application_bot", GW__OBJ, 0, application_bot, has_application_bot, &gw__sm_app_bot),
    GW__FIELD_HAS(gw_sm_session, "session_id", GW__STR, 0, session_id, has_session_id),
    GW__LIST_WRAPPED(gw_sm_session, "shards_config", 0, shards_config, 2, &gw__sm_pair_el),
    GW__LIST_WRAPPED(gw_sm_session, "shards_stats", GW__WRAPPED_EMPTY, shards_stats, 6, &gw__sm_stats_el));
GW__SCHEMA_CHECK(gw__sm_invalid, gw__sm_invalid_check,
    GW__FIELD_OF_HAS(gw_sm_session, "application_bot", GW__OBJ, GW__NULLABLE, application_bot, has_application_bot, &gw__sm_app_bot),
    GW__FIELD_HAS(gw_sm_session, "session_id", GW__STR, GW__NULLABLE, session_id, has_session_id),
    GW__LIST_WRAPPED(gw_sm_session, "shards_config", 0, shards_config, 2, &gw__sm_pair_el),
    GW__LIST_WRAPPED(gw_sm_session, "shards_stats", 0, shards_stats, 6, &gw__sm_stats_el));

/* Whole messages. Key order type, event, service, possible_error, message, data, rate_limit (1.2). */
#define GW__M gw_sm_msg
#define GW__SM_STATUS_PE GW__FIELD_HAS(GW__M, "possible_error", GW__BOOL, GW__OPT, possible_error, has_possible_error)
#define GW__SM_STATUS_MSG GW__FIELD_HAS(GW__M, "message", GW__STR, GW__OPT, message, has_message)
#define GW__SM_STATUS_RL GW__FIELD_HAS(GW__M, "rate_limit", GW__BOOL, GW__OPT, rate_limit, has_rate_limit)
#define GW__SM_SERVER(name, check, type, event, service, data) \
    GW__SCHEMA_CHECK(name, check, type, GW__FIXED_STR("event", event), GW__FIXED_STR("service", service), \
                     GW__SM_STATUS_PE, GW__SM_STATUS_MSG, data, GW__SM_STATUS_RL)
GW__SCHEMA(gw__sm_m_register, GW__FIXED_INT("type", 1), GW__FIELD_OF(GW__M, "d", GW__OBJ, u.reg, &gw__sm_register));
GW__SCHEMA(gw__sm_m_register_orig, GW__FIXED_INT("type", 1), GW__FIELD_OF(GW__M, "d", GW__OBJ, u.reg, &gw__sm_register_orig));
GW__SCHEMA(gw__sm_m_ping, GW__FIXED_INT("type", 3));
GW__SCHEMA(gw__sm_m_resume, GW__FIXED_INT("type", 5), GW__FIELD_OF(GW__M, "d", GW__OBJ, u.resume, &gw__sm_resume));
GW__SM_SERVER(gw__sm_m_hello, NULL, GW__FIXED_INT("type", 1), "GATEWAY_HELLO", "gateway", GW__FIELD_OF(GW__M, "data", GW__OBJ, u.hello, &gw__sm_hello));
GW__SM_SERVER(gw__sm_m_pong, NULL, GW__FIXED_INT("type", 3), "GATEWAY_PING", "gateway", GW__EMPTY_OBJECT("data"));
GW__SM_SERVER(gw__sm_m_ready, NULL, GW__FIXED_INT("type", 1), "GATEWAY_READY", "gateway", GW__FIELD_OF(GW__M, "data", GW__OBJ, u.session, &gw__sm_session));
GW__SM_SERVER(gw__sm_m_resumed, NULL, GW__FIXED_INT("type", 1), "GATEWAY_RESUMED", "gateway", GW__FIELD_OF(GW__M, "data", GW__OBJ, u.session, &gw__sm_session));
GW__SM_SERVER(gw__sm_m_resume_orig, NULL, GW__FIXED_INT("type", 1), "GATEWAY_RESUME", "gateway", GW__FIELD_OF(GW__M, "data", GW__OBJ, u.session, &gw__sm_session)); /* D-15a */
GW__SM_SERVER(gw__sm_m_invalid, NULL, GW__FIXED_INT("type", 1), "GATEWAY_INVALID", "gateway", GW__FIELD_OF(GW__M, "data", GW__OBJ, u.session, &gw__sm_invalid));
GW__SM_SERVER(gw__sm_m_gateway_error, gw__sm_raw_data_check, GW__FIXED_INT("type", 2), "GATEWAY_ERROR", "gateway", GW__FIELD(GW__M, "data", GW__RAW, u.raw));
GW__SM_SERVER(gw__sm_m_shard_info, gw__sm_shard_info_check, GW__FIELD(GW__M, "type", GW__U32, u.shard_info.type), "GATEWAY_SHARD_INFO", "gateway",
              GW__FIELD(GW__M, "data", GW__RAW, u.shard_info.data)); /* D-14 */
GW__SM_SERVER(gw__sm_m_shard_info_orig, gw__sm_shard_info_orig_check, GW__FIELD(GW__M, "type", GW__U32, u.shard_info.type), "GATEWAY_SHARD_INFO",
              "gateway", GW__LIST_WRAPPED_HAS(GW__M, "data", 0, u.shard_info.shards, u.shard_info.has_shards, 3,
                                 &gw__sm_stats_el)); /* D-14a: [[[[shard objects]]]] */
GW__SM_SERVER(gw__sm_m_interaction, gw__sm_raw_data_check, GW__FIXED_INT("type", 8), "INTERACTION_DISCORD", "http_gateway", GW__FIELD(GW__M, "data", GW__RAW, u.raw));
GW__SCHEMA_CHECK(gw__sm_m_error, gw__sm_error_check, GW__FIXED_INT("type", 0),
    GW__FIELD_HAS(GW__M, "possible_error", GW__BOOL, 0, possible_error, has_possible_error),
    GW__FIELD_HAS(GW__M, "message", GW__STR, 0, message, has_message),
    GW__EMPTY_OBJECT("data"), GW__SM_STATUS_RL);
#undef GW__SM_SERVER
#undef GW__SM_STATUS_PE
#undef GW__SM_STATUS_MSG
#undef GW__SM_STATUS_RL
#undef GW__M

GW__VARIANTS(sm, SM, GW__ROW)
static const gw__env_rule gw__sm_env[] = { /* 1.2 */
    { "d", NULL, GW__ENV_TYPE(GJ_OBJECT), 0, GW_FROM_CLIENT, GW__ENV_ALWAYS, 0, "an object when present (1.2)" },
    { "event", NULL, GW__ENV_TYPE(GJ_STRING), 1, GW_FROM_SERVER, GW__ENV_NOT_OP, 0, "a string on every server message but type 0 (1.2)" },
    { "service", NULL, GW__ENV_TYPE(GJ_STRING), 1, GW_FROM_SERVER, GW__ENV_NOT_OP, 0, "a string on every server message but type 0 (1.2)" },
    { "data", NULL, GW__ENV_TYPE(GJ_OBJECT) | GW__ENV_TYPE(GJ_ARRAY), 1, GW_FROM_SERVER, GW__ENV_ALWAYS, 0,
      "an object or an array on every server message (1.2, D-14a)" },
    { "possible_error", NULL, GW__ENV_BOOL, 0, GW_FROM_SERVER, GW__ENV_ALWAYS, 0, "a boolean when present (D-12)" },
    { "message", NULL, GW__ENV_TYPE(GJ_STRING), 0, GW_FROM_SERVER, GW__ENV_ALWAYS, 0, "a string when present (D-12)" },
    { "rate_limit", NULL, GW__ENV_BOOL, 0, GW_FROM_SERVER, GW__ENV_ALWAYS, 0, "a boolean when present (D-12)" }
};
/* D-65: the original's handler.rs:36-91 reads type 2 as ping and 3 as "register shard", which
   ignores a frame without d.public_key (register_shard.rs:23-31); type 5 is an empty case (:88).
   What the seed numbers 3 and 5 would go unanswered: the original wire has no form of them. */
static const char *gw__sm_no_form(int kind, gw_wire wire)
{
    if (wire != GW_WIRE_ORIGINAL) return NULL;
    if (kind == GW_SM_PING) return "the original reads type 3 as register shard and ignores it; its ping is type 2 (D-65)";
    if (kind == GW_SM_RESUME) return "the original has an empty case for type 5: it never answers (D-65)";
    return NULL;
}
GW__PROTO(sm, SM,
    "shardmaster", "type", 0,  /* name, op_key, op_is_string */
    0, 0,                      /* size caps: client, server (0: none) */
    NULL, gw__sm_no_form, NULL /* seq_key, no_form, orig_rule */
);
GW_DEF gw_sm_msg gw_sm_make_ping(void) { gw_sm_msg m; gw_sm_init(&m, GW_SM_PING); return m; }

/* ---- session rules of shard-master (1): register or resume opens the session; every ping gets a pong.
   Phases: 0 new, 1 registering, 2 resuming, 3 open. No interval is published: no timers. ---- */
static const gw__srule gw__sm_srules[] = {
    GW__R(GW_SM_REGISTER, GW__FROM_C, GW__P(0), 1, 0),
    GW__R(GW_SM_RESUME, GW__FROM_C, GW__P(0), 2, 0),
    GW__NO(GW__K(GW_SM_REGISTER), GW__FROM_C, GW__P(1) | GW__P(2) | GW__P(3), GW__CLOSE_PROTOCOL_ERROR, "already registered"),
    GW__NO(GW__K(GW_SM_RESUME), GW__FROM_C, GW__P(1) | GW__P(2) | GW__P(3), GW__CLOSE_PROTOCOL_ERROR, "already registered"),
    GW__R(GW_SM_PING, GW__FROM_C, GW__P(1) | GW__P(2) | GW__P(3), GW__S_KEEP, GW__S_HB),
    GW__NO(GW__K(GW_SM_PING), GW__FROM_C, GW__P(0), GW__CLOSE_PROTOCOL_ERROR, "ping before register or resume"),
    GW__R(GW_SM_HELLO, GW__FROM_S, GW__PANY, GW__S_KEEP, 0),
    GW__R(GW_SM_PONG, GW__FROM_S, GW__PANY, GW__S_KEEP, GW__S_ACK),
    GW__R(GW_SM_READY, GW__FROM_S, GW__P(1), 3, 0),          /* answers register */
    GW__R(GW_SM_RESUMED, GW__FROM_S, GW__P(2), 3, 0),        /* answers resume */
    GW__R(GW_SM_INVALID, GW__FROM_S, GW__P(1) | GW__P(2), 0, 0), /* refused: register or resume again */
    GW__NO(GW__K(GW_SM_READY) | GW__K(GW_SM_RESUMED) | GW__K(GW_SM_INVALID), GW__FROM_S, GW__PANY,
           GW__CLOSE_PROTOCOL_ERROR, "session answer without register or resume"),
    GW__R(GW_SM_ERROR, GW__FROM_S, GW__PANY, GW__S_KEEP, 0),
    GW__R(GW_SM_GATEWAY_ERROR, GW__FROM_S, GW__PANY, GW__S_KEEP, 0),
    GW__RS(GW__K(GW_SM_SHARD_INFO) | GW__K(GW_SM_INTERACTION), GW__FROM_S, GW__P(3), GW__S_KEEP, 0),
};
static const gw__sproto gw__sm_sproto = {
    &gw__sm_proto, gw__sm_srules, GW__COUNT(gw__sm_srules), /* codec, r, n */
    GW__S_GRACE, GW__CLOSE_POLICY, GW__CLOSE_POLICY,        /* grace, client_timeout, server_timeout */
    NULL, gw__s_generic_error, NULL                         /* extra, error_code, original */
};
#endif /* GATEWAY_NO_SM */
#endif /* GATEWAY_IMPLEMENTATION */

#ifndef GATEWAY_H
/* ==== i386chat: messages, kinds, payloads (PROTOCOLS.md section 2) ============================ */
#ifndef GATEWAY_NO_I386
#define GW__PROTOCOL_I386(X) X(i386, GW_PROTO_I386) /* its entry in the list of protocols */
/* Every message, in dispatch order (see "message lists" above). Each event is listed twice: its
   name in `t`, and (all after those) the decode-only `e` alias (D-20). A frame names its event
   with one of the two keys; with every `t` row first, a frame that uses `t` is dispatched without
   looking for an `e` it does not have. D-03: one name means a different cnf per direction. */
#define GW__I386_MESSAGES(M, A) \
    M(GW_I386_HELLO,              S, 100, NULL, NONE, gw__i386_m_hello, BOTH)          /* u.hello */ \
    M(GW_I386_PRESENT,            C, 110, NULL, NONE, gw__i386_m_present, BOTH)        /* u.present */ \
    M(GW_I386_HEARTBEAT,          CS, 120, NULL, NONE, gw__i386_m_heartbeat, BOTH)     /* no cnf */ \
    M(GW_I386_S_MESSAGE_CREATE,   S, 130, "MESSAGE_CREATE", T, gw__i386_m_s_message_create, BOTH)     /* u.s_message_create */ \
    M(GW_I386_S_MESSAGE_DELETE,   S, 130, "MESSAGE_DELETE", T, gw__i386_m_s_message_delete, BOTH)     /* u.message_delete */ \
    M(GW_I386_S_START_TYPING,     S, 130, "START_TYPING", T, gw__i386_m_s_start_typing, BOTH)         /* u.user_event */ \
    M(GW_I386_S_ROOM_USER_ADD,    S, 130, "ROOM_USER_ADD", T, gw__i386_m_s_room_user_add, BOTH)       /* u.user_event */ \
    M(GW_I386_S_ROOM_USER_REMOVE, S, 130, "ROOM_USER_REMOVE", T, gw__i386_m_s_room_user_remove, BOTH) /* u.user_event */ \
    M(GW_I386_S_GATEWAY_DOWN,     S, 130, "GATEWAY_DOWN", T, gw__i386_m_s_gateway_down, BOTH)         /* cnf {} */ \
    M(GW_I386_S_SERVER_MESSAGE,   S, 130, "SERVER_MESSAGE", T, gw__i386_m_s_server_message, BOTH)     /* u.content */ \
    M(GW_I386_C_MESSAGE_CREATE,   C, 130, "MESSAGE_CREATE", T, gw__i386_m_c_message_create, BOTH)     /* u.content */ \
    M(GW_I386_C_MESSAGE_DELETE,   C, 130, "MESSAGE_DELETE", T, gw__i386_m_c_message_delete, BOTH)     /* u.message_delete */ \
    M(GW_I386_C_START_TYPING,     C, 130, "START_TYPING", T, gw__i386_m_c_start_typing, BOTH)         /* cnf {} */ \
    M(GW_I386_C_SYSTEM_BAN_ADD,   C, 130, "SYSTEM_BAN_ADD", T, gw__i386_m_c_system_ban_add, BOTH)     /* u.raw */ \
    M(GW_I386_C_CHANNEL_ADD,      C, 130, "CHANNEL_ADD", T, gw__i386_m_c_channel_add, BOTH)           /* u.raw */ \
    M(GW_I386_C_CHANNEL_MOVE,     C, 130, "CHANNEL_MOVE", T, gw__i386_m_c_channel_move, BOTH)         /* u.raw */ \
    M(GW_I386_C_ROOM_USER_ADD,    C, 130, "ROOM_USER_ADD", T, gw__i386_m_c_room_user_add, BOTH)       /* u.raw (D-29) */ \
    M(GW_I386_C_ROOM_USER_REMOVE, C, 130, "ROOM_USER_REMOVE", T, gw__i386_m_c_room_user_remove, BOTH) /* u.raw (D-29) */ \
    A(GW_I386_S_MESSAGE_CREATE,   S, 130, "MESSAGE_CREATE", E, gw__i386_m_s_message_create_e, DECODE_ONLY) \
    A(GW_I386_S_MESSAGE_DELETE,   S, 130, "MESSAGE_DELETE", E, gw__i386_m_s_message_delete_e, DECODE_ONLY) \
    A(GW_I386_S_START_TYPING,     S, 130, "START_TYPING", E, gw__i386_m_s_start_typing_e, DECODE_ONLY) \
    A(GW_I386_S_ROOM_USER_ADD,    S, 130, "ROOM_USER_ADD", E, gw__i386_m_s_room_user_add_e, DECODE_ONLY) \
    A(GW_I386_S_ROOM_USER_REMOVE, S, 130, "ROOM_USER_REMOVE", E, gw__i386_m_s_room_user_remove_e, DECODE_ONLY) \
    A(GW_I386_S_GATEWAY_DOWN,     S, 130, "GATEWAY_DOWN", E, gw__i386_m_s_gateway_down_e, DECODE_ONLY) \
    A(GW_I386_S_SERVER_MESSAGE,   S, 130, "SERVER_MESSAGE", E, gw__i386_m_s_server_message_e, DECODE_ONLY) \
    A(GW_I386_C_MESSAGE_CREATE,   C, 130, "MESSAGE_CREATE", E, gw__i386_m_c_message_create_e, DECODE_ONLY) \
    A(GW_I386_C_MESSAGE_DELETE,   C, 130, "MESSAGE_DELETE", E, gw__i386_m_c_message_delete_e, DECODE_ONLY) \
    A(GW_I386_C_START_TYPING,     C, 130, "START_TYPING", E, gw__i386_m_c_start_typing_e, DECODE_ONLY) \
    A(GW_I386_C_SYSTEM_BAN_ADD,   C, 130, "SYSTEM_BAN_ADD", E, gw__i386_m_c_system_ban_add_e, DECODE_ONLY) \
    A(GW_I386_C_CHANNEL_ADD,      C, 130, "CHANNEL_ADD", E, gw__i386_m_c_channel_add_e, DECODE_ONLY) \
    A(GW_I386_C_CHANNEL_MOVE,     C, 130, "CHANNEL_MOVE", E, gw__i386_m_c_channel_move_e, DECODE_ONLY) \
    A(GW_I386_C_ROOM_USER_ADD,    C, 130, "ROOM_USER_ADD", E, gw__i386_m_c_room_user_add_e, DECODE_ONLY) \
    A(GW_I386_C_ROOM_USER_REMOVE, C, 130, "ROOM_USER_REMOVE", E, gw__i386_m_c_room_user_remove_e, DECODE_ONLY) \
    M(GW_I386_READY,              S, 140, NULL, NONE, gw__i386_m_ready, BOTH)          /* u.ready */ \
    M(GW_I386_ERROR,              S, 150, NULL, NONE, gw__i386_m_error, BOTH)          /* u.error */
typedef enum gw_i386_kind {
    GW_I386_NONE = 0,
    GW__I386_MESSAGES(GW__KIND, GW__FORM)
    GW_I386_UNKNOWN             /* lenient decoding only: a name no kind has, u.unknown */
} gw_i386_kind;

typedef struct gw_i386_hello { uint32_t hb_int; } gw_i386_hello;
typedef struct gw_i386_present { gw_str token; } gw_i386_present;
typedef struct gw_i386_ready { uint32_t v; uint64_t session_id; gw_str enc_key; } gw_i386_ready;
typedef struct gw_i386_error { uint16_t c; bool d; } gw_i386_error;
typedef struct gw_i386_user { uint64_t id; gw_str name, uuid; bool admin; gw_str bio; } gw_i386_user;
/* nonce: the Message object's optional client message id (D-29a) */
typedef struct gw_i386_s_message_create { gw_i386_user user; gw_str content; uint64_t nonce; bool has_nonce; } gw_i386_s_message_create;
/* nonce: client MESSAGE_CREATE only (D-29a); never set for SERVER_MESSAGE */
typedef struct gw_i386_content { gw_str content; uint64_t nonce; bool has_nonce; } gw_i386_content;
typedef struct gw_i386_message_delete { uint64_t message_id; } gw_i386_message_delete;
typedef struct gw_i386_user_event { gw_i386_user user; } gw_i386_user_event;

typedef struct gw_i386_msg {
    gw_i386_kind kind;
    bool has_s;   /* sequence number, f=130 only (D-22) */
    uint32_t s;
    union {
        gw_i386_hello hello;
        gw_i386_present present;
        gw_i386_ready ready;
        gw_i386_error error;
        gw_i386_s_message_create s_message_create;
        gw_i386_content content;
        gw_i386_message_delete message_delete;
        gw_i386_user_event user_event;
        gw_raw raw;
        gw_unknown unknown; /* GW_<P>_UNKNOWN (lenient decoding) */
    } u;
} gw_i386_msg;

GW_DEF gw_i386_msg gw_i386_make_heartbeat(void); /* {"f":120} */
GW__DECLARE(i386, GW_PROTO_I386) /* gw_i386_decode, _encode, _equal, _peek, _init, gw_i386_session_* */
#endif /* GATEWAY_NO_I386 */
#endif /* GATEWAY_H */
#if defined(GATEWAY_IMPLEMENTATION) && !defined(GATEWAY_IMPLEMENTATION_DONE)
/* ==== i386chat block: schemas, rows, gw__i386_proto, session rules ============================ */
#ifndef GATEWAY_NO_I386
/* Lower bounds the field tables cannot state (upper bounds are the cval maxima) */
static const char *gw__i386_hello_check(const unsigned char *base)
{
    return ((const gw_i386_hello *)(const void *)base)->hb_int >= 1 ? NULL : GW__WHY("hb_int", "must be an integer 1..4294967295, an interval in ms (D-63)");
}
static const char *gw__i386_error_check(const unsigned char *base)
{
    return ((const gw_i386_error *)(const void *)base)->c >= 4000 ? NULL : GW__WHY("c", "must be 4000..4999 (D-24)");
}

GW__SCHEMA_CHECK(gw__i386_hello, gw__i386_hello_check, GW__FIELD_LIMIT(gw_i386_hello, "hb_int", GW__U32, GW__MIN1, hb_int, 0));
GW__SCHEMA(gw__i386_present, GW__FIELD(gw_i386_present, "token", GW__STR, token));
GW__SCHEMA(gw__i386_ready,
    GW__FIELD(gw_i386_ready, "v", GW__U32, v),
    GW__FIELD(gw_i386_ready, "session_id", GW__U64, session_id),
    GW__FIELD(gw_i386_ready, "enc_key", GW__STR, enc_key)); /* D-25 */
GW__SCHEMA_CHECK(gw__i386_error, gw__i386_error_check,
    GW__FIELD_MAX(gw_i386_error, "c", GW__U16, c, 4999, "D-24"),
    GW__FIELD(gw_i386_error, "d", GW__BOOL, d));
GW__SCHEMA(gw__i386_user, /* D-28 */
    GW__FIELD(gw_i386_user, "id", GW__U64, id),
    GW__FIELD(gw_i386_user, "name", GW__STR, name),
    GW__FIELD(gw_i386_user, "uuid", GW__STR, uuid),
    GW__FIELD(gw_i386_user, "admin", GW__BOOL, admin),
    GW__FIELD(gw_i386_user, "bio", GW__STR, bio));
/* D-29a: the Message object's nonce, optional, full 64-bit */
GW__SCHEMA(gw__i386_s_message_create,
    GW__FIELD_OF(gw_i386_s_message_create, "user", GW__OBJ, user, &gw__i386_user),
    GW__FIELD(gw_i386_s_message_create, "content", GW__STR, content),
    GW__FIELD_HAS(gw_i386_s_message_create, "nonce", GW__U64, GW__OPT, nonce, has_nonce));
static const char *gw__i386_content_check(const unsigned char *base)
{
    /* a client's nonce only */
    return ((const gw_i386_content *)(const void *)base)->has_nonce ? GW__WHY("nonce", "this message has no nonce (D-29a)") : NULL;
}
GW__SCHEMA_CHECK(gw__i386_content, gw__i386_content_check, GW__FIELD(gw_i386_content, "content", GW__STR, content));
GW__SCHEMA(gw__i386_c_message_create,
    GW__FIELD(gw_i386_content, "content", GW__STR, content),
    GW__FIELD_HAS(gw_i386_content, "nonce", GW__U64, GW__OPT, nonce, has_nonce));
GW__SCHEMA(gw__i386_message_delete, GW__FIELD(gw_i386_message_delete, "messageID", GW__U64, message_id)); /* D-27 */
GW__SCHEMA(gw__i386_user_event, GW__FIELD_OF(gw_i386_user_event, "user", GW__OBJ, user, &gw__i386_user));

/* Whole messages. Key order f, cnf, s, t (2.2); s and t exist only with f=130 (D-22), so other
   schemas leave them out and they are unknown keys there. */
#define GW__M gw_i386_msg
GW__SCHEMA(gw__i386_m_hello, GW__FIXED_INT("f", 100), GW__FIELD_OF(GW__M, "cnf", GW__OBJ, u.hello, &gw__i386_hello));
GW__SCHEMA(gw__i386_m_present, GW__FIXED_INT("f", 110), GW__FIELD_OF(GW__M, "cnf", GW__OBJ, u.present, &gw__i386_present));
GW__SCHEMA(gw__i386_m_heartbeat, GW__FIXED_INT("f", 120)); /* D-23: no cnf */
GW__SCHEMA(gw__i386_m_ready, GW__FIXED_INT("f", 140), GW__FIELD_OF(GW__M, "cnf", GW__OBJ, u.ready, &gw__i386_ready));
GW__SCHEMA(gw__i386_m_error, GW__FIXED_INT("f", 150), GW__FIELD_OF(GW__M, "cnf", GW__OBJ, u.error, &gw__i386_error));
/* Each event twice: name in `t` (what the encoder writes), then the decode-only `e` alias (D-20) */
#define GW__I386_EVENT(schema, schema_e, name, cnf) \
    GW__SCHEMA(schema, GW__FIXED_INT("f", 130), cnf, \
               GW__FIELD_HAS(GW__M, "s", GW__U32, GW__OPT, s, has_s), GW__FIXED_STR("t", name)); \
    GW__SCHEMA(schema_e, GW__FIXED_INT("f", 130), cnf, \
               GW__FIELD_HAS(GW__M, "s", GW__U32, GW__OPT, s, has_s), GW__FIXED_STR("e", name))
GW__I386_EVENT(gw__i386_m_s_message_create, gw__i386_m_s_message_create_e, "MESSAGE_CREATE", GW__FIELD_OF(GW__M, "cnf", GW__OBJ, u.s_message_create, &gw__i386_s_message_create));
GW__I386_EVENT(gw__i386_m_s_message_delete, gw__i386_m_s_message_delete_e, "MESSAGE_DELETE", GW__FIELD_OF(GW__M, "cnf", GW__OBJ, u.message_delete, &gw__i386_message_delete));
GW__I386_EVENT(gw__i386_m_s_start_typing, gw__i386_m_s_start_typing_e, "START_TYPING", GW__FIELD_OF(GW__M, "cnf", GW__OBJ, u.user_event, &gw__i386_user_event));
GW__I386_EVENT(gw__i386_m_s_room_user_add, gw__i386_m_s_room_user_add_e, "ROOM_USER_ADD", GW__FIELD_OF(GW__M, "cnf", GW__OBJ, u.user_event, &gw__i386_user_event));
GW__I386_EVENT(gw__i386_m_s_room_user_remove, gw__i386_m_s_room_user_remove_e, "ROOM_USER_REMOVE", GW__FIELD_OF(GW__M, "cnf", GW__OBJ, u.user_event, &gw__i386_user_event));
GW__I386_EVENT(gw__i386_m_s_gateway_down, gw__i386_m_s_gateway_down_e, "GATEWAY_DOWN", GW__EMPTY_OBJECT("cnf")); /* D-23 */
GW__I386_EVENT(gw__i386_m_s_server_message, gw__i386_m_s_server_message_e, "SERVER_MESSAGE", GW__FIELD_OF(GW__M, "cnf", GW__OBJ, u.content, &gw__i386_content));
GW__I386_EVENT(gw__i386_m_c_message_create, gw__i386_m_c_message_create_e, "MESSAGE_CREATE", GW__FIELD_OF(GW__M, "cnf", GW__OBJ, u.content, &gw__i386_c_message_create));
GW__I386_EVENT(gw__i386_m_c_message_delete, gw__i386_m_c_message_delete_e, "MESSAGE_DELETE", GW__FIELD_OF(GW__M, "cnf", GW__OBJ, u.message_delete, &gw__i386_message_delete));
GW__I386_EVENT(gw__i386_m_c_start_typing, gw__i386_m_c_start_typing_e, "START_TYPING", GW__EMPTY_OBJECT("cnf")); /* D-23 */
GW__I386_EVENT(gw__i386_m_c_system_ban_add, gw__i386_m_c_system_ban_add_e, "SYSTEM_BAN_ADD", GW__FIELD(GW__M, "cnf", GW__RAW, u.raw)); /* D-26 */
GW__I386_EVENT(gw__i386_m_c_channel_add, gw__i386_m_c_channel_add_e, "CHANNEL_ADD", GW__FIELD(GW__M, "cnf", GW__RAW, u.raw));
GW__I386_EVENT(gw__i386_m_c_channel_move, gw__i386_m_c_channel_move_e, "CHANNEL_MOVE", GW__FIELD(GW__M, "cnf", GW__RAW, u.raw));
GW__I386_EVENT(gw__i386_m_c_room_user_add, gw__i386_m_c_room_user_add_e, "ROOM_USER_ADD", GW__FIELD(GW__M, "cnf", GW__RAW, u.raw)); /* D-29 */
GW__I386_EVENT(gw__i386_m_c_room_user_remove, gw__i386_m_c_room_user_remove_e, "ROOM_USER_REMOVE", GW__FIELD(GW__M, "cnf", GW__RAW, u.raw));
#undef GW__I386_EVENT
#undef GW__M

GW__VARIANTS(i386, I386, GW__ROW)
/* D-21: more than 4096 bytes is an error in both directions */
static const gw__env_rule gw__i386_env[] = { /* 2.2 */
    { "s", NULL, GW__ENV_TYPE(GJ_NUMBER), 0, GW_FROM_CLIENT | GW_FROM_SERVER, GW__ENV_ALWAYS, 0, "a number when present (D-22)" },
    { "t", NULL, GW__ENV_TYPE(GJ_STRING), 0, GW_FROM_CLIENT | GW_FROM_SERVER, GW__ENV_ALWAYS, 0, "a string when present (D-20)" },
    { "e", NULL, GW__ENV_TYPE(GJ_STRING), 0, GW_FROM_CLIENT | GW_FROM_SERVER, GW__ENV_ALWAYS, 0, "a string when present (D-20)" }
};
GW__PROTO(i386, I386,
    "i386chat", "f", 0, /* name, op_key, op_is_string */
    4096, 4096,         /* size caps: client, server (0: none) */
    "s", NULL, NULL     /* seq_key, no_form, orig_rule */
);
GW_DEF gw_i386_msg gw_i386_make_heartbeat(void) { gw_i386_msg m; gw_i386_init(&m, GW_I386_HEARTBEAT); return m; }

/* ---- session rules of i386chat (2.1): server f=100 → client f=110 before anything else → server f=140 →
   client f=120 every hb_int ms, each echoed by the server. Phases: 0 new, 1 hello, 2 presented,
   3 ready. `s` strictly increasing per sender when present. ---- */
#define GW__I386_C_EVENTS (GW__K(GW_I386_C_MESSAGE_CREATE) | GW__K(GW_I386_C_MESSAGE_DELETE) | GW__K(GW_I386_C_START_TYPING) | \
    GW__K(GW_I386_C_SYSTEM_BAN_ADD) | GW__K(GW_I386_C_CHANNEL_ADD) | GW__K(GW_I386_C_CHANNEL_MOVE) | \
    GW__K(GW_I386_C_ROOM_USER_ADD) | GW__K(GW_I386_C_ROOM_USER_REMOVE))
#define GW__I386_S_EVENTS (GW__K(GW_I386_S_MESSAGE_CREATE) | GW__K(GW_I386_S_MESSAGE_DELETE) | GW__K(GW_I386_S_START_TYPING) | \
    GW__K(GW_I386_S_ROOM_USER_ADD) | GW__K(GW_I386_S_ROOM_USER_REMOVE) | GW__K(GW_I386_S_GATEWAY_DOWN) | \
    GW__K(GW_I386_S_SERVER_MESSAGE))
static const gw__srule gw__i386_srules[] = {
    GW__R(GW_I386_HELLO, GW__FROM_S, GW__P(0), 1, 0),
    GW__R(GW_I386_PRESENT, GW__FROM_C, GW__P(1), 2, 0),
    GW__NO(GW__K(GW_I386_PRESENT), GW__FROM_C, GW__P(0), GW__CLOSE_PROTOCOL_ERROR, "present before hello"),
    GW__NO(GW__K(GW_I386_PRESENT), GW__FROM_C, GW__P(2) | GW__P(3), GW__I386_CLOSE_INVALID, "presented twice"),
    GW__NO(GW__K(GW_I386_PRESENT) | GW__K(GW_I386_HEARTBEAT) | GW__I386_C_EVENTS, GW__FROM_C, GW__P(0) | GW__P(1),
           GW__I386_CLOSE_NOT_PRESENTED, "talked to the server before presenting"),
    GW__R(GW_I386_HEARTBEAT, GW__FROM_C, GW__P(2) | GW__P(3), GW__S_KEEP, GW__S_HB),
    GW__RS(GW__I386_C_EVENTS, GW__FROM_C, GW__P(2) | GW__P(3), GW__S_KEEP, 0),
    GW__R(GW_I386_READY, GW__FROM_S, GW__P(2), 3, GW__S_START),
    GW__R(GW_I386_HEARTBEAT, GW__FROM_S, GW__P(2) | GW__P(3), GW__S_KEEP, GW__S_ACK), /* the echo */
    GW__R(GW_I386_ERROR, GW__FROM_S, GW__PANY, GW__S_KEEP, 0),
    GW__RS(GW__I386_S_EVENTS, GW__FROM_S, GW__P(3), GW__S_KEEP, 0),
};
#undef GW__I386_C_EVENTS
#undef GW__I386_S_EVENTS

static gw_session_verdict gw__i386_sextra(gw_session *s, const void *msg, int kind, int sender)
{
    const gw_i386_msg *m = (const gw_i386_msg *)msg;
    if (kind == GW_I386_HELLO) s->interval_ms = m->u.hello.hb_int;
    if (m->has_s) { /* D-22: only f=130 carries it; strictly increasing when present */
        if (s->has_seq[sender] && m->s <= s->seq[sender]) /* 2.1's codes are the server's to send */
            return gw__s_verdict(GW_VIOLATION, sender == GW_FROM_CLIENT ? (int)GW__I386_CLOSE_INVALID : (int)GW__CLOSE_PROTOCOL_ERROR,
                                 "sequence number not increasing");
        s->has_seq[sender] = 1;
        s->seq[sender] = m->s;
    }
    return gw__s_ok;
}

static int gw__i386_serror(gw_err code, int receiver)
{
    if (receiver != GW_FROM_SERVER) return gw__s_generic_error(code, receiver);
    return code == GW_ERR_TOO_LARGE ? GW__I386_CLOSE_TOO_LARGE : GW__I386_CLOSE_INVALID;
}
static const gw__sproto gw__i386_sproto = {
    &gw__i386_proto, gw__i386_srules, GW__COUNT(gw__i386_srules), /* codec, r, n */
    GW__S_GRACE, GW__I386_CLOSE_TIMEOUT, GW__I386_CLOSE_TIMEOUT,  /* grace, client_timeout, server_timeout */
    gw__i386_sextra, gw__i386_serror, NULL                        /* extra, error_code, original */
};
#endif /* GATEWAY_NO_I386 */
#endif /* GATEWAY_IMPLEMENTATION */

#ifndef GATEWAY_H
/* ==== microservice: messages, kinds, payloads (PROTOCOLS.md section 3) ======================== */
#ifndef GATEWAY_NO_MS
#define GW__PROTOCOL_MS(X) X(ms, GW_PROTO_MS) /* its entry in the list of protocols */
/* Every message, in dispatch order (see "message lists" above). D-33: op 1 is the client's
   heartbeat or the server's request, told apart by sender. 3.3: the sharder sends
   EXECUTE_COMMAND, the server relays it to the commands service. D-34: each cache type has the
   seed's form and the original's flat one. */
#define GW__MS_MESSAGES(M, A) \
    M(GW_MS_IDENTIFY,          C, 0, NULL, NONE, gw__ms_m_identify, BOTH)                    /* u.identify */ \
    M(GW_MS_HEARTBEAT,         C, 1, NULL, NONE, gw__ms_m_heartbeat, BOTH)                   /* u.heartbeat */ \
    M(GW_MS_HEARTBEAT_REQUEST, S, 1, NULL, NONE, gw__ms_m_heartbeat_request, BOTH)           /* d = {} */ \
    M(GW_MS_EXECUTE_COMMAND,   CS, 2, "EXECUTE_COMMAND", T, gw__ms_m_execute_command, BOTH)  /* u.execute_command */ \
    M(GW_MS_IDENTIFIED,        S, 2, "IDENTIFIED", T, gw__ms_m_identified, BOTH)             /* u.identified */ \
    M(GW_MS_HELLO,             S, 3, NULL, NONE, gw__ms_m_hello, BOTH)                       /* u.hello */ \
    M(GW_MS_HEARTBEAT_ACK,     S, 4, NULL, NONE, gw__ms_m_heartbeat_ack, BOTH)               /* d = {} */ \
    M(GW_MS_CACHE,             C, 5, "member", D_TYPE, gw__ms_m_cache_member, SEED_ONLY)     /* u.cache */ \
    A(GW_MS_CACHE,             C, 5, "member", D_TYPE, gw__ms_m_flat_member, ORIG_ONLY) \
    A(GW_MS_CACHE,             C, 5, "role", D_TYPE, gw__ms_m_cache_role, SEED_ONLY) \
    A(GW_MS_CACHE,             C, 5, "role", D_TYPE, gw__ms_m_flat_role, ORIG_ONLY) \
    A(GW_MS_CACHE,             C, 5, "user", D_TYPE, gw__ms_m_cache_user, SEED_ONLY) \
    A(GW_MS_CACHE,             C, 5, "user", D_TYPE, gw__ms_m_flat_user, ORIG_ONLY) \
    A(GW_MS_CACHE,             C, 5, "guild", D_TYPE, gw__ms_m_cache_guild, SEED_ONLY) \
    A(GW_MS_CACHE,             C, 5, "guild", D_TYPE, gw__ms_m_flat_guild, ORIG_ONLY) \
    A(GW_MS_CACHE,             C, 5, "channel", D_TYPE, gw__ms_m_cache_channel, SEED_ONLY) \
    A(GW_MS_CACHE,             C, 5, "channel", D_TYPE, gw__ms_m_flat_channel, ORIG_ONLY) \
    A(GW_MS_CACHE,             C, 5, "voiceState", D_TYPE, gw__ms_m_cache_voice_state, SEED_ONLY) \
    A(GW_MS_CACHE,             C, 5, "voiceState", D_TYPE, gw__ms_m_flat_voice_state, ORIG_ONLY)
typedef enum gw_ms_kind {
    GW_MS_NONE = 0,
    GW__MS_MESSAGES(GW__KIND, GW__FORM)
    GW_MS_UNKNOWN            /* lenient decoding only: a name no kind has, u.unknown */
} gw_ms_kind;

typedef enum gw_ms_service {
    GW_MS_SERVICE_FEEDS, GW_MS_SERVICE_DASHBOARD, GW_MS_SERVICE_PANEL, GW_MS_SERVICE_SHARDER, GW_MS_SERVICE_COMMANDS
} gw_ms_service;
typedef enum gw_ms_cache_type {
    GW_MS_CACHE_MEMBER, GW_MS_CACHE_ROLE, GW_MS_CACHE_USER, GW_MS_CACHE_GUILD, GW_MS_CACHE_CHANNEL,
    GW_MS_CACHE_VOICE_STATE
} gw_ms_cache_type;
typedef enum gw_ms_overwrite_type { GW_MS_OVERWRITE_ROLE, GW_MS_OVERWRITE_MEMBER } gw_ms_overwrite_type;

typedef struct gw_ms_identify { gw_ms_service type; gw_str secret; bool compress; } gw_ms_identify;
typedef struct gw_ms_heartbeat { uint64_t heap_used; uint32_t guilds; bool has_guilds; } gw_ms_heartbeat;
typedef struct gw_ms_hello { uint32_t heartbeat_interval; } gw_ms_hello;
typedef struct gw_ms_identified { gw_u32_list shards; bool has_shards; } gw_ms_identified;
typedef struct gw_ms_ids { uint64_t message, author, channel, guild; uint32_t shard; } gw_ms_ids;
typedef struct gw_ms_execute_command { gw_str command, raw; gw_ms_ids ids; } gw_ms_execute_command;

typedef struct gw_ms_user {
    uint64_t id;
    gw_str username, discriminator, avatar;
    bool bot, has_avatar;
} gw_ms_user;
/* guild_id: required at the top of a cache message, optional inside a guild's arrays (D-34b),
   where has_guild_id says whether it was sent / is to be written. */
typedef struct gw_ms_member {
    uint64_t id, guild_id;
    gw_str nickname;
    gw_u64_list roles;
    gw_str joined_at;     /* null allowed (D-34c): has_joined_at */
    gw_ms_user user;
    bool has_nickname, has_guild_id, has_joined_at;
} gw_ms_member;
typedef struct gw_ms_role {
    uint64_t id, guild_id, permissions;
    gw_str name;
    uint32_t color;
    int32_t position;
    bool has_guild_id;
} gw_ms_role;
typedef struct gw_ms_overwrite { uint64_t id, allow, deny; gw_ms_overwrite_type type; } gw_ms_overwrite;
typedef struct gw_ms_overwrite_list { const gw_ms_overwrite *items; uint32_t count; } gw_ms_overwrite_list;
typedef struct gw_ms_channel {
    uint64_t id, guild_id, parent_id;
    uint32_t type, user_limit;
    int32_t position;
    gw_str name;
    gw_ms_overwrite_list overwrites;
    bool nsfw, has_overwrites, has_user_limit, has_parent_id, has_guild_id;
    bool has_type; /* false only for the original's flat channel, which cannot carry it (D-34a) */
} gw_ms_channel;
typedef struct gw_ms_voice_state {
    uint64_t guild_id, channel_id, user_id;
    bool deaf, mute, self_deaf, self_mute, has_guild_id;
} gw_ms_voice_state;
typedef struct gw_ms_role_list { const gw_ms_role *items; uint32_t count; } gw_ms_role_list;
typedef struct gw_ms_member_list { const gw_ms_member *items; uint32_t count; } gw_ms_member_list;
typedef struct gw_ms_voice_state_list { const gw_ms_voice_state *items; uint32_t count; } gw_ms_voice_state_list;
typedef struct gw_ms_channel_list { const gw_ms_channel *items; uint32_t count; } gw_ms_channel_list;
typedef struct gw_ms_guild {
    uint64_t id, owner_id;
    gw_str name, icon, region;
    gw_ms_role_list roles;
    uint32_t member_count;
    gw_ms_member_list members;
    gw_ms_voice_state_list voice_states;
    gw_ms_channel_list channels;
    bool has_icon, has_members, has_voice_states, has_channels;
    bool has_member_count; /* memberCount may be null (D-34c) */
} gw_ms_guild;
typedef struct gw_ms_cache {
    gw_ms_cache_type type; /* selects the member of u */
    union {
        gw_ms_member member;
        gw_ms_role role;
        gw_ms_user user;
        gw_ms_guild guild;
        gw_ms_channel channel;
        gw_ms_voice_state voice_state;
    } u;
} gw_ms_cache;

typedef struct gw_ms_msg {
    gw_ms_kind kind;
    union {
        gw_ms_identify identify;
        gw_ms_heartbeat heartbeat;
        gw_ms_execute_command execute_command;
        gw_ms_identified identified;
        gw_ms_hello hello;
        gw_ms_cache cache;
        gw_unknown unknown; /* GW_<P>_UNKNOWN (lenient decoding) */
    } u;
} gw_ms_msg;

/* {"op":1,"d":{"heapUsed":N}}; with guilds (a sharder must send them, D-35): "guilds":N too */
GW_DEF gw_ms_msg gw_ms_make_heartbeat(uint64_t heap_used);
GW_DEF gw_ms_msg gw_ms_make_heartbeat_guilds(uint64_t heap_used, uint32_t guilds);
GW_DEF gw_ms_msg gw_ms_make_identify(gw_ms_service type, const char *secret, bool compress);
GW__DECLARE(ms, GW_PROTO_MS) /* gw_ms_decode, _encode, _equal, _peek, _init, gw_ms_session_* */
#endif /* GATEWAY_NO_MS */
#endif /* GATEWAY_H */
#if defined(GATEWAY_IMPLEMENTATION) && !defined(GATEWAY_IMPLEMENTATION_DONE)
/* ==== microservice block: schemas, rows, gw__ms_proto, session rules ========================== */
#ifndef GATEWAY_NO_MS
static const char *const gw__ms_services[] = { "feeds", "dashboard", "panel", "sharder", "commands" };
static const char *const gw__ms_cache_types[] = { "member", "role", "user", "guild", "channel", "voiceState" };
static const char *const gw__ms_overwrite_types[] = { "role", "member" };

/* 3.4: the interval is a period in ms, so 0 would mean "heartbeat continuously" */
static const char *gw__ms_hello_check(const unsigned char *base)
{
    return ((const gw_ms_hello *)(const void *)base)->heartbeat_interval ? NULL
        : GW__WHY("heartbeatInterval", "must be an integer 1..4294967295, an interval in ms (D-63)");
}

#define GW__M gw_ms_msg
GW__SCHEMA(gw__ms_identify,
    GW__FIELD_ENUM(gw_ms_identify, "type", type, gw__ms_services),
    GW__FIELD(gw_ms_identify, "compress", GW__BOOL, compress),
    GW__FIELD(gw_ms_identify, "secret", GW__STR, secret));
/* D-35: heapUsed is a byte count; guilds only from a sharder, which the codec cannot know */
GW__SCHEMA(gw__ms_heartbeat,
    GW__FIELD(gw_ms_heartbeat, "heapUsed", GW__U64, heap_used),
    GW__FIELD_HAS(gw_ms_heartbeat, "guilds", GW__U32, GW__OPT, guilds, has_guilds));
GW__SCHEMA_CHECK(gw__ms_hello, gw__ms_hello_check,
    GW__FIELD_LIMIT(gw_ms_hello, "heartbeatInterval", GW__U32, GW__MIN1, heartbeat_interval, 0));
GW__SCHEMA(gw__ms_identified,
    GW__FIELD_OF_HAS(gw_ms_identified, "shards", GW__ARR, GW__OPT, shards, has_shards, &gw__elem_u32));
GW__SCHEMA(gw__ms_ids,
    GW__FIELD(gw_ms_ids, "message", GW__SNOWFLAKE, message),
    GW__FIELD(gw_ms_ids, "author", GW__SNOWFLAKE, author),
    GW__FIELD(gw_ms_ids, "channel", GW__SNOWFLAKE, channel),
    GW__FIELD(gw_ms_ids, "guild", GW__SNOWFLAKE, guild),
    GW__FIELD(gw_ms_ids, "shard", GW__U32, shard));
GW__SCHEMA(gw__ms_execute_command,
    GW__FIELD(gw_ms_execute_command, "command", GW__STR, command),
    GW__FIELD(gw_ms_execute_command, "raw", GW__STR, raw),
    GW__FIELD_OF(gw_ms_execute_command, "ids", GW__OBJ, ids, &gw__ms_ids));

/* 3.5 cache objects. Each field list is written once and instantiated per place: T is the
   struct the offsets are taken in and P the member path from it ("u.role." in the original's
   flat `d`, D-34; nothing elsewhere); G is guildID's requirement: 0 at the top of a message,
   GW__OPT inside a guild's arrays (D-34b). */
#define GW__MS_USER_FIELDS(T, P) /* D-34d: avatar and bot may be missing */ \
    GW__FIELD(T, "id", GW__SNOWFLAKE, P id), \
    GW__FIELD(T, "username", GW__STR, P username), \
    GW__FIELD_LIMIT(T, "discriminator", GW__STR, 0, P discriminator, GW__FMT_DIGITS4), \
    GW__FIELD_HAS(T, "avatar", GW__STR, GW__OPT | GW__NULLABLE, P avatar, P has_avatar), \
    GW__FIELD_LIMIT(T, "bot", GW__BOOL, GW__OPT, P bot, 0)
#define GW__MS_MEMBER_FIELDS(T, P, G) /* D-34c: joinedAt may be null; D-34d: nickname may be missing */ \
    GW__FIELD(T, "id", GW__SNOWFLAKE, P id), \
    GW__FIELD_HAS(T, "guildID", GW__SNOWFLAKE, G, P guild_id, P has_guild_id), \
    GW__FIELD_HAS(T, "nickname", GW__STR, GW__OPT | GW__NULLABLE, P nickname, P has_nickname), \
    GW__FIELD_OF(T, "roles", GW__ARR, P roles, &gw__elem_snowflake), \
    GW__FIELD_LIMIT_HAS(T, "joinedAt", GW__STR, GW__NULLABLE, P joined_at, P has_joined_at, GW__FMT_DATETIME), /* D-36 */ \
    GW__FIELD_OF(T, "user", GW__OBJ, P user, &gw__ms_user)
/* D-37: permission bitsets are JSON integers here, unlike dmod's decimal strings */
#define GW__MS_ROLE_FIELDS(T, P, G) \
    GW__FIELD(T, "id", GW__SNOWFLAKE, P id), \
    GW__FIELD_HAS(T, "guildID", GW__SNOWFLAKE, G, P guild_id, P has_guild_id), \
    GW__FIELD(T, "name", GW__STR, P name), \
    GW__FIELD_MAX(T, "color", GW__U32, P color, 0xFFFFFF, "3.5"), \
    GW__FIELD(T, "position", GW__I32, P position), \
    GW__FIELD(T, "permissions", GW__U64, P permissions)
/* the channel's own integer `type` sits between these two, except in the flat form (D-34a);
   D-38: parentID absent or null both mean "no parent", and the encoder omits it */
#define GW__MS_CHANNEL_HEAD(T, P, G) \
    GW__FIELD(T, "id", GW__SNOWFLAKE, P id), \
    GW__FIELD_HAS(T, "guildID", GW__SNOWFLAKE, G, P guild_id, P has_guild_id)
#define GW__MS_CHANNEL_TAIL(T, P) \
    GW__FIELD(T, "position", GW__I32, P position), \
    GW__FIELD(T, "name", GW__STR, P name), \
    GW__FIELD(T, "nsfw", GW__BOOL, P nsfw), \
    GW__FIELD_OF_HAS(T, "overwrites", GW__ARR, GW__OPT, P overwrites, P has_overwrites, &gw__ms_overwrite_el), \
    GW__FIELD_HAS(T, "userLimit", GW__U32, GW__OPT, P user_limit, P has_user_limit), \
    GW__FIELD_HAS(T, "parentID", GW__SNOWFLAKE, GW__OPT | GW__NULLABLE | GW__QUIET, P parent_id, P has_parent_id)
#define GW__MS_CHANNEL_TYPE(T, P) GW__FIELD_HAS(T, "type", GW__U32, 0, P type, P has_type)
#define GW__MS_VOICE_STATE_FIELDS(T, P, G) \
    GW__FIELD_HAS(T, "guildID", GW__SNOWFLAKE, G, P guild_id, P has_guild_id), \
    GW__FIELD(T, "channelID", GW__SNOWFLAKE, P channel_id), \
    GW__FIELD(T, "userID", GW__SNOWFLAKE, P user_id), \
    GW__FIELD(T, "deaf", GW__BOOL, P deaf), \
    GW__FIELD(T, "mute", GW__BOOL, P mute), \
    GW__FIELD(T, "selfDeaf", GW__BOOL, P self_deaf), \
    GW__FIELD(T, "selfMute", GW__BOOL, P self_mute)
#define GW__MS_GUILD_FIELDS(T, P) /* D-34c: memberCount may be null */ \
    GW__FIELD(T, "id", GW__SNOWFLAKE, P id), \
    GW__FIELD(T, "name", GW__STR, P name), \
    GW__FIELD_HAS(T, "icon", GW__STR, GW__NULLABLE, P icon, P has_icon), \
    GW__FIELD(T, "ownerID", GW__SNOWFLAKE, P owner_id), \
    GW__FIELD(T, "region", GW__STR, P region), \
    GW__FIELD_OF(T, "roles", GW__ARR, P roles, &gw__ms_role_el), \
    GW__FIELD_HAS(T, "memberCount", GW__U32, GW__NULLABLE, P member_count, P has_member_count), \
    GW__FIELD_OF_HAS(T, "members", GW__ARR, GW__OPT, P members, P has_members, &gw__ms_member_el), \
    GW__FIELD_OF_HAS(T, "voiceStates", GW__ARR, GW__OPT, P voice_states, P has_voice_states, &gw__ms_voice_state_el), \
    GW__FIELD_OF_HAS(T, "channels", GW__ARR, GW__OPT, P channels, P has_channels, &gw__ms_channel_el)

/* A value set without its has_ flag would be left out, or written as null, silently: refuse it.
   (Decoding never produces one.) `top`: the object heads a message, where guildID is required. */
static const char *gw__ms_member_rule(const gw_ms_member *m, int top)
{
    if (!top && !m->has_guild_id && m->guild_id) return GW__WHY("guildID", "set without has_guild_id, it would be left out (D-34b)");
    return !m->has_joined_at && m->joined_at.len ? GW__WHY("joinedAt", "set without has_joined_at, it would go out as null (D-34c)") : NULL;
}
#define GW__MS_GUILD_ID_WHY GW__WHY("guildID", "set without has_guild_id, it would be left out (D-34b)")
static const char *gw__ms_role_rule(const gw_ms_role *r) { return !r->has_guild_id && r->guild_id ? GW__MS_GUILD_ID_WHY : NULL; }
static const char *gw__ms_channel_rule(const gw_ms_channel *c) { return !c->has_guild_id && c->guild_id ? GW__MS_GUILD_ID_WHY : NULL; }
static const char *gw__ms_voice_state_rule(const gw_ms_voice_state *v) { return !v->has_guild_id && v->guild_id ? GW__MS_GUILD_ID_WHY : NULL; }
static const char *gw__ms_guild_rule(const gw_ms_guild *g) { return !g->has_member_count && g->member_count ? GW__WHY("memberCount", "set without has_member_count, it would go out as null (D-34c)") : NULL; }
#define GW__MS_CHECK(name, T, expr) \
    static const char *name(const unsigned char *base) { const T *x = (const T *)(const void *)base; return expr; }
GW__MS_CHECK(gw__ms_member_el_check, gw_ms_member, gw__ms_member_rule(x, 0))
GW__MS_CHECK(gw__ms_member_check, gw_ms_member, gw__ms_member_rule(x, 1))
GW__MS_CHECK(gw__ms_role_el_check, gw_ms_role, gw__ms_role_rule(x))
GW__MS_CHECK(gw__ms_channel_el_check, gw_ms_channel, gw__ms_channel_rule(x))
GW__MS_CHECK(gw__ms_voice_state_el_check, gw_ms_voice_state, gw__ms_voice_state_rule(x))
GW__MS_CHECK(gw__ms_guild_check, gw_ms_guild, gw__ms_guild_rule(x))
GW__MS_CHECK(gw__ms_flat_member_check, gw_ms_cache, gw__ms_member_rule(&x->u.member, 1))
GW__MS_CHECK(gw__ms_flat_guild_check, gw_ms_cache, gw__ms_guild_rule(&x->u.guild))
/* D-34a: a flat channel cannot carry its integer type */
GW__MS_CHECK(gw__ms_flat_channel_check, gw_ms_cache, x->u.channel.has_type || x->u.channel.type ? GW__WHY("type", "a flat channel cannot carry its integer type (D-34a, D-05)") : NULL)
#undef GW__MS_GUILD_ID_WHY
#undef GW__MS_CHECK

GW__SCHEMA(gw__ms_user, GW__MS_USER_FIELDS(gw_ms_user, ));
GW__SCHEMA(gw__ms_overwrite,
    GW__FIELD(gw_ms_overwrite, "id", GW__SNOWFLAKE, id),
    GW__FIELD_ENUM(gw_ms_overwrite, "type", type, gw__ms_overwrite_types),
    GW__FIELD(gw_ms_overwrite, "allow", GW__U64, allow),
    GW__FIELD(gw_ms_overwrite, "deny", GW__U64, deny));
static const gw__field gw__ms_overwrite_el = GW__ELEMENT(GW__OBJ, gw_ms_overwrite, &gw__ms_overwrite);
/* inside a guild's arrays */
GW__SCHEMA_CHECK(gw__ms_member_in_guild, gw__ms_member_el_check, GW__MS_MEMBER_FIELDS(gw_ms_member, , GW__OPT));
GW__SCHEMA_CHECK(gw__ms_role_in_guild, gw__ms_role_el_check, GW__MS_ROLE_FIELDS(gw_ms_role, , GW__OPT));
GW__SCHEMA_CHECK(gw__ms_channel_in_guild, gw__ms_channel_el_check,
    GW__MS_CHANNEL_HEAD(gw_ms_channel, , GW__OPT), GW__MS_CHANNEL_TYPE(gw_ms_channel, ), GW__MS_CHANNEL_TAIL(gw_ms_channel, ));
GW__SCHEMA_CHECK(gw__ms_voice_state_in_guild, gw__ms_voice_state_el_check, GW__MS_VOICE_STATE_FIELDS(gw_ms_voice_state, , GW__OPT));
static const gw__field gw__ms_role_el = GW__ELEMENT(GW__OBJ, gw_ms_role, &gw__ms_role_in_guild);
static const gw__field gw__ms_member_el = GW__ELEMENT(GW__OBJ, gw_ms_member, &gw__ms_member_in_guild);
static const gw__field gw__ms_voice_state_el = GW__ELEMENT(GW__OBJ, gw_ms_voice_state, &gw__ms_voice_state_in_guild);
static const gw__field gw__ms_channel_el = GW__ELEMENT(GW__OBJ, gw_ms_channel, &gw__ms_channel_in_guild);
/* the seed form's `data` object */
GW__SCHEMA_CHECK(gw__ms_member, gw__ms_member_check, GW__MS_MEMBER_FIELDS(gw_ms_member, , 0));
GW__SCHEMA(gw__ms_role, GW__MS_ROLE_FIELDS(gw_ms_role, , 0));
GW__SCHEMA(gw__ms_channel,
    GW__MS_CHANNEL_HEAD(gw_ms_channel, , 0), GW__MS_CHANNEL_TYPE(gw_ms_channel, ), GW__MS_CHANNEL_TAIL(gw_ms_channel, ));
GW__SCHEMA(gw__ms_voice_state, GW__MS_VOICE_STATE_FIELDS(gw_ms_voice_state, , 0));
GW__SCHEMA_CHECK(gw__ms_guild, gw__ms_guild_check, GW__MS_GUILD_FIELDS(gw_ms_guild, ));
/* the original's flat `d`: "type" (the cache type) beside the object's own keys */
#define GW__MS_TYPE GW__FIELD_ENUM(gw_ms_cache, "type", type, gw__ms_cache_types)
GW__SCHEMA_CHECK(gw__ms_flat_member, gw__ms_flat_member_check, GW__MS_TYPE, GW__MS_MEMBER_FIELDS(gw_ms_cache, u.member., 0));
GW__SCHEMA(gw__ms_flat_role, GW__MS_TYPE, GW__MS_ROLE_FIELDS(gw_ms_cache, u.role., 0));
GW__SCHEMA(gw__ms_flat_user, GW__MS_TYPE, GW__MS_USER_FIELDS(gw_ms_cache, u.user.));
GW__SCHEMA_CHECK(gw__ms_flat_guild, gw__ms_flat_guild_check, GW__MS_TYPE, GW__MS_GUILD_FIELDS(gw_ms_cache, u.guild.));
GW__SCHEMA_CHECK(gw__ms_flat_channel, gw__ms_flat_channel_check,
    GW__MS_TYPE, GW__MS_CHANNEL_HEAD(gw_ms_cache, u.channel., 0), GW__MS_CHANNEL_TAIL(gw_ms_cache, u.channel.));
GW__SCHEMA(gw__ms_flat_voice_state, GW__MS_TYPE, GW__MS_VOICE_STATE_FIELDS(gw_ms_cache, u.voice_state., 0));
#undef GW__MS_TYPE
#undef GW__MS_USER_FIELDS
#undef GW__MS_MEMBER_FIELDS
#undef GW__MS_ROLE_FIELDS
#undef GW__MS_CHANNEL_HEAD
#undef GW__MS_CHANNEL_TAIL
#undef GW__MS_CHANNEL_TYPE
#undef GW__MS_VOICE_STATE_FIELDS
#undef GW__MS_GUILD_FIELDS

/* Whole messages; key order op, t, d (3.2). D-31: "d" on every op; D-32: "t" only on op 2. */
GW__SCHEMA(gw__ms_m_identify, GW__FIXED_INT("op", 0), GW__FIELD_OF(GW__M, "d", GW__OBJ, u.identify, &gw__ms_identify));
GW__SCHEMA(gw__ms_m_heartbeat, GW__FIXED_INT("op", 1), GW__FIELD_OF(GW__M, "d", GW__OBJ, u.heartbeat, &gw__ms_heartbeat));
GW__SCHEMA(gw__ms_m_heartbeat_request, GW__FIXED_INT("op", 1), GW__EMPTY_OBJECT("d"));
GW__SCHEMA(gw__ms_m_execute_command, GW__FIXED_INT("op", 2), GW__FIXED_STR("t", "EXECUTE_COMMAND"),
    GW__FIELD_OF(GW__M, "d", GW__OBJ, u.execute_command, &gw__ms_execute_command));
GW__SCHEMA(gw__ms_m_identified, GW__FIXED_INT("op", 2), GW__FIXED_STR("t", "IDENTIFIED"),
    GW__FIELD_OF(GW__M, "d", GW__OBJ, u.identified, &gw__ms_identified));
GW__SCHEMA(gw__ms_m_hello, GW__FIXED_INT("op", 3), GW__FIELD_OF(GW__M, "d", GW__OBJ, u.hello, &gw__ms_hello));
GW__SCHEMA(gw__ms_m_heartbeat_ack, GW__FIXED_INT("op", 4), GW__EMPTY_OBJECT("d"));
/* D-34: one GW_MS_CACHE kind, two variants per d.type: the seed form {"type", "data": {...}}
   and the original's flat d. The decoder picks the variant by the name at d.type (then the other
   form of it); the encoder by the wire and the root check, which accepts only cache.type's. */
#define GW__MS_CACHE(schema, schema_flat, id, TYPE)                                             \
    static const char *gw__ms_is_##id(const unsigned char *base)                              \
    {                                                                                          \
        return ((const gw_ms_msg *)(const void *)base)->u.cache.type == TYPE ? NULL : GW__WHY("d.type", "must be one of the six cache types (D-34)"); \
    }                                                                                          \
    GW__SCHEMA(gw__ms_cache_##id, GW__FIELD_ENUM(gw_ms_cache, "type", type, gw__ms_cache_types),      \
        GW__FIELD_OF(gw_ms_cache, "data", GW__OBJ, u.id, &gw__ms_##id));                             \
    GW__SCHEMA_CHECK(schema, gw__ms_is_##id, GW__FIXED_INT("op", 5),                     \
        GW__FIELD_OF(GW__M, "d", GW__OBJ, u.cache, &gw__ms_cache_##id));                             \
    GW__SCHEMA_CHECK(schema_flat, gw__ms_is_##id, GW__FIXED_INT("op", 5),                      \
        GW__FIELD_OF(GW__M, "d", GW__OBJ, u.cache, &gw__ms_flat_##id))
GW__MS_CACHE(gw__ms_m_cache_member, gw__ms_m_flat_member, member, GW_MS_CACHE_MEMBER);
GW__MS_CACHE(gw__ms_m_cache_role, gw__ms_m_flat_role, role, GW_MS_CACHE_ROLE);
GW__MS_CACHE(gw__ms_m_cache_user, gw__ms_m_flat_user, user, GW_MS_CACHE_USER);
GW__MS_CACHE(gw__ms_m_cache_guild, gw__ms_m_flat_guild, guild, GW_MS_CACHE_GUILD);
GW__MS_CACHE(gw__ms_m_cache_channel, gw__ms_m_flat_channel, channel, GW_MS_CACHE_CHANNEL);
GW__MS_CACHE(gw__ms_m_cache_voice_state, gw__ms_m_flat_voice_state, voice_state, GW_MS_CACHE_VOICE_STATE);
#undef GW__MS_CACHE
#undef GW__M

GW__VARIANTS(ms, MS, GW__ROW)
/* 0.1: no size cap for this protocol */
static const gw__env_rule gw__ms_env[] = { /* 3.2 */
    { "d", NULL, GW__ENV_TYPE(GJ_OBJECT), 1, GW_FROM_CLIENT | GW_FROM_SERVER, GW__ENV_ALWAYS, 0, "an object on every message (D-31)" },
    { "t", NULL, GW__ENV_TYPE(GJ_STRING), 0, GW_FROM_CLIENT | GW_FROM_SERVER, GW__ENV_ALWAYS, 0, "a string when present (D-32)" }
};
GW__PROTO(ms, MS,
    "microservice", "op", 0, /* name, op_key, op_is_string */
    0, 0,                    /* size caps: client, server (0: none) */
    NULL, NULL, NULL         /* seq_key, no_form, orig_rule */
);
GW_DEF gw_ms_msg gw_ms_make_heartbeat(uint64_t heap_used)
{
    gw_ms_msg m;
    gw_ms_init(&m, GW_MS_HEARTBEAT)->u.heartbeat.heap_used = heap_used;
    return m;
}
GW_DEF gw_ms_msg gw_ms_make_heartbeat_guilds(uint64_t heap_used, uint32_t guilds)
{
    gw_ms_msg m = gw_ms_make_heartbeat(heap_used);
    m.u.heartbeat.guilds = guilds;
    m.u.heartbeat.has_guilds = true;
    return m;
}
GW_DEF gw_ms_msg gw_ms_make_identify(gw_ms_service type, const char *secret, bool compress)
{
    gw_ms_msg m;
    gw_ms_init(&m, GW_MS_IDENTIFY);
    m.u.identify.type = type;
    m.u.identify.secret = gw_str_c(secret);
    m.u.identify.compress = compress;
    return m;
}

/* ---- session rules of microservice (3.1): server op 3 hello → client op 0 identify → server IDENTIFIED; client
   op 1 every heartbeatInterval ms, acked by op 4; server op 1 asks for one. Before identify only
   ops 0 and 1. Phases: 0 new, 1 hello, 2 identifying, 3 identified. ---- */
static const gw__srule gw__ms_srules[] = {
    GW__R(GW_MS_HELLO, GW__FROM_S, GW__P(0), 1, GW__S_START),
    GW__R(GW_MS_IDENTIFY, GW__FROM_C, GW__P(1), 2, 0),
    GW__NO(GW__K(GW_MS_IDENTIFY), GW__FROM_C, GW__P(2) | GW__P(3), GW__MS_CLOSE_ALREADY_AUTHENTICATED, "already authenticated"),
    GW__NO(GW__K(GW_MS_IDENTIFY), GW__FROM_C, GW__P(0), GW__CLOSE_PROTOCOL_ERROR, "identify before hello"),
    GW__R(GW_MS_HEARTBEAT, GW__FROM_C, GW__P(1) | GW__P(2) | GW__P(3), GW__S_KEEP, GW__S_HB),
    GW__NO(GW__K(GW_MS_HEARTBEAT), GW__FROM_C, GW__P(0), GW__CLOSE_PROTOCOL_ERROR, "heartbeat before hello"),
    GW__R(GW_MS_EXECUTE_COMMAND, GW__FROM_C, GW__P(2) | GW__P(3), GW__S_KEEP, 0),
    GW__R(GW_MS_CACHE, GW__FROM_C, GW__P(2) | GW__P(3), GW__S_KEEP, 0),
    GW__NO(GW__K(GW_MS_EXECUTE_COMMAND) | GW__K(GW_MS_CACHE), GW__FROM_C, GW__P(0) | GW__P(1),
           GW__MS_CLOSE_NOT_IDENTIFIED, "not identified"),
    GW__R(GW_MS_IDENTIFIED, GW__FROM_S, GW__P(2), 3, 0),
    GW__R(GW_MS_HEARTBEAT_REQUEST, GW__FROM_S, GW__P(1) | GW__P(2) | GW__P(3), GW__S_KEEP, GW__S_REQ),
    GW__R(GW_MS_HEARTBEAT_ACK, GW__FROM_S, GW__P(1) | GW__P(2) | GW__P(3), GW__S_KEEP, GW__S_ACK),
    GW__R(GW_MS_EXECUTE_COMMAND, GW__FROM_S, GW__P(3), GW__S_KEEP, 0),
};

static gw_session_verdict gw__ms_sextra(gw_session *s, const void *msg, int kind, int sender)
{
    const gw_ms_msg *m = (const gw_ms_msg *)msg;
    const uint8_t sharder = (uint8_t)(GW_MS_SERVICE_SHARDER + 1);
    if (kind == GW_MS_HELLO) s->interval_ms = m->u.hello.heartbeat_interval;
    if (kind == GW_MS_IDENTIFY) s->service = (uint8_t)(m->u.identify.type + 1);
    if (kind == GW_MS_HEARTBEAT && s->service == sharder && !m->u.heartbeat.has_guilds)
        return gw__s_verdict(GW_VIOLATION, GW__MS_CLOSE_INVALID_PAYLOAD, "a sharder's heartbeat must carry guilds"); /* D-35 */
    if (kind == GW_MS_EXECUTE_COMMAND && sender == GW_FROM_CLIENT && s->service != sharder)
        return gw__s_verdict(GW_VIOLATION, GW__MS_CLOSE_CANNOT_SEND, "only a sharder sends EXECUTE_COMMAND");
    return gw__s_ok;
}

static int gw__ms_serror(gw_err code, int receiver)
{
    if (receiver != GW_FROM_SERVER) return gw__s_generic_error(code, receiver);
    return code == GW_ERR_UNKNOWN_OP ? GW__MS_CLOSE_UNKNOWN_OPCODE
         : code == GW_ERR_JSON || code == GW_ERR_DUPLICATE_KEY ? GW__MS_CLOSE_INVALID_JSON
         : GW__MS_CLOSE_INVALID_PAYLOAD;
}
static const gw__sproto gw__ms_sproto = { /* a client's timeout: none published (D-70) */
    &gw__ms_proto, gw__ms_srules, GW__COUNT(gw__ms_srules),    /* codec, r, n */
    GW__S_GRACE, GW__CLOSE_POLICY, GW__MS_CLOSE_NO_HEARTBEAT, /* grace, client_timeout, server_timeout */
    gw__ms_sextra, gw__ms_serror, NULL                        /* extra, error_code, original */
};
#endif /* GATEWAY_NO_MS */
#endif /* GATEWAY_IMPLEMENTATION */

#ifndef GATEWAY_H
/* ==== Nightingale: messages, kinds, payloads (PROTOCOLS.md section 4) ========================= */
#ifndef GATEWAY_NO_NG
#define GW__PROTOCOL_NG(X) X(ng, GW_PROTO_NG) /* its entry in the list of protocols */
/* Every message, in dispatch order (see "message lists" above); the op is a string. Server-sent
   kinds, then the two client messages the original reads (D-40). D-41: a track event's direct
   Track is canonical, the wrapper a decode-only second form; the original's events carry their
   type at data.event.type (D-46). */
#define GW__NG_MESSAGES(M, A) \
    M(GW_NG_READY,               S, "ready", NULL, NONE, gw__ng_m_ready, BOTH)                  /* u.ready */ \
    M(GW_NG_FORWARD,             S, "forward", NULL, NONE, gw__ng_m_forward, SEED_ONLY)         /* u.forward */ \
    A(GW_NG_FORWARD,             S, "forward", NULL, NONE, gw__ng_m_forward_orig, ORIG_ONLY)    /* D-46 */ \
    M(GW_NG_CONNECT_GATEWAY,     S, "update_state", "connect_gateway", DATA_TYPE, gw__ng_m_connect, BOTH)       /* u.gateway_state */ \
    M(GW_NG_RECONNECT_GATEWAY,   S, "update_state", "reconnect_gateway", DATA_TYPE, gw__ng_m_reconnect, BOTH)   /* u.gateway_state */ \
    M(GW_NG_DISCONNECT_GATEWAY,  S, "update_state", "disconnect_gateway", DATA_TYPE, gw__ng_m_disconnect, BOTH) /* u.gateway_state (no server, ssrc) */ \
    M(GW_NG_TRACK_START,         S, "event", "track_start", DATA_TYPE, gw__ng_m_track_start, SEED_ONLY)        /* u.track_start */ \
    A(GW_NG_TRACK_START,         S, "event", "track_start", DATA_TYPE, gw__ng_m_track_start_wrapped, DECODE_ONLY) \
    A(GW_NG_TRACK_START,         S, "event", "track_start", DATA_EVENT_TYPE, gw__ng_m_track_start_orig, ORIG_ONLY) \
    M(GW_NG_TRACK_END,           S, "event", "track_end", DATA_TYPE, gw__ng_m_track_end, SEED_ONLY)            /* u.track_end */ \
    A(GW_NG_TRACK_END,           S, "event", "track_end", DATA_EVENT_TYPE, gw__ng_m_track_end_orig, ORIG_ONLY) \
    M(GW_NG_TRACK_ERRORED,       S, "event", "track_errored", DATA_TYPE, gw__ng_m_track_errored, SEED_ONLY)    /* u.track_errored */ \
    A(GW_NG_TRACK_ERRORED,       S, "event", "track_errored", DATA_EVENT_TYPE, gw__ng_m_track_errored_orig, ORIG_ONLY) \
    M(GW_NG_UPDATE_VOICE_STATE,  C, "update_voice_state", NULL, NONE, gw__ng_m_voice_state, BOTH)   /* u.voice_state (D-40) */ \
    M(GW_NG_UPDATE_VOICE_SERVER, C, "update_voice_server", NULL, NONE, gw__ng_m_voice_server, BOTH) /* u.voice_server (D-40) */
typedef enum gw_ng_kind {
    GW_NG_NONE = 0,
    GW__NG_MESSAGES(GW__KIND, GW__FORM)
    GW_NG_UNKNOWN             /* lenient decoding only: a name no kind has, u.unknown */
} gw_ng_kind;

typedef struct gw_ng_ready { gw_str session; bool resumed; } gw_ng_ready;
/* guild_id stays the first member: the "d" object is stored at offset 0 of this struct.
   shard: the original's {"shard", "payload"} wrapper (D-46), has_shard set; GW_WIRE_ORIGINAL only */
typedef struct gw_ng_forward {
    uint64_t guild_id, channel_id;
    bool has_channel_id, self_mute, self_deaf;
    bool has_shard;
    uint64_t shard;
} gw_ng_forward;
/* channel stays the first member: the inner "data" object is stored at offset 0 of this struct */
typedef struct gw_ng_gateway_state {
    uint64_t channel, guild;
    gw_str session, server;
    uint32_t ssrc;
    bool has_channel;
} gw_ng_gateway_state;
/* std::time::Duration as serde writes it: {"secs": N, "nanos": N} */
typedef struct gw_ng_duration { uint64_t secs; uint32_t nanos; } gw_ng_duration;
/* duration: text in the seed form (has_duration), {"secs","nanos"} in the original's
   (has_duration_time), D-47; at most one of the two is set, each wire writes only its own */
typedef struct gw_ng_track {
    gw_str track, artist, album, channel, duration, source_url, title, thumbnail;
    bool has_track, has_artist, has_album, has_channel, has_duration, has_source_url, has_title, has_thumbnail;
    bool has_duration_time;
    gw_ng_duration duration_time;
} gw_ng_track;
typedef struct gw_ng_track_end { bool stopped; gw_ng_track track; } gw_ng_track_end;
typedef struct gw_ng_track_errored { gw_str error; gw_ng_track track; } gw_ng_track_errored;

/* Client messages of the original (D-40). Ids are non-zero; JSON integers or digit strings on
   decode, integers on encode. channel_id, a voice state's guild_id and a voice server's endpoint
   null (or absent): has_ false, written as null (D-40a: the original's serde Options). */
typedef struct gw_ng_voice_state {
    uint64_t guild_id, user_id, channel_id;
    gw_str session_id;
    bool has_channel_id, has_guild_id;
} gw_ng_voice_state;
typedef struct gw_ng_voice_server { gw_str endpoint, token; uint64_t guild_id; bool has_endpoint; } gw_ng_voice_server;

typedef struct gw_ng_msg {
    gw_ng_kind kind;
    /* event kinds in the original's form carry the guild (D-46): {"guild": N, "event": {...}} */
    bool has_guild;
    uint64_t guild;
    union {
        gw_ng_ready ready;
        gw_ng_forward forward;
        gw_ng_gateway_state gateway_state;
        gw_ng_track track_start;
        gw_ng_track_end track_end;
        gw_ng_track_errored track_errored;
        gw_ng_voice_state voice_state;
        gw_ng_voice_server voice_server;
        gw_unknown unknown; /* GW_<P>_UNKNOWN (lenient decoding) */
    } u;
} gw_ng_msg;


/* Connection formats (4.1). The query is the text after '?' of "GET /ws?shards=N&user_id=N",
   without the '?' (D-44).
   gw_ng_query_format writes "shards=N&user_id=N" with snprintf semantics: *len (if not NULL) is
   the full length without the NUL; GW_ERR_BUFFER when it does not fit (out is then ""), and
   GW_ERR_INVALID for shards 0 or user_id 0.
   gw_ng_query_parse: both keys exactly once, in any order; other parameters are ignored, as the
   original does (D-44). GW_ERR_MISSING, GW_ERR_DUPLICATE_KEY, GW_ERR_VALUE (not plain decimal
   digits), GW_ERR_RANGE (shards 0 or > 2^32-1, user_id 0 or > 2^64-1); outputs are 0 on error.
   gw_ng_session_valid: is s the `session` header value of GET /ws/resume, a UUID (D-42)?
   The original reads the resume session from the query instead (D-48): "session=<uuid>".
   gw_ng_resume_query_format writes it (GW_ERR_INVALID when session is not a UUID);
   gw_ng_resume_query_parse finds `session` among any parameters: GW_ERR_MISSING,
   GW_ERR_DUPLICATE_KEY, GW_ERR_VALUE (not a UUID); *session points into q. */
GW_DEF gw_err gw_ng_query_format(char *out, size_t cap, uint32_t shards, uint64_t user_id, size_t *len);
GW_DEF gw_err gw_ng_query_parse(const char *q, size_t n, uint32_t *shards, uint64_t *user_id);
GW_DEF int gw_ng_session_valid(const char *s, size_t n);
GW_DEF gw_err gw_ng_resume_query_format(char *out, size_t cap, gw_str session, size_t *len);
GW_DEF gw_err gw_ng_resume_query_parse(const char *q, size_t n, gw_str *session);
GW__DECLARE(ng, GW_PROTO_NG) /* gw_ng_decode, _encode, _equal, _peek, _init, gw_ng_session_* */
#endif /* GATEWAY_NO_NG */
#endif /* GATEWAY_H */
#if defined(GATEWAY_IMPLEMENTATION) && !defined(GATEWAY_IMPLEMENTATION_DONE)
/* ==== Nightingale block: schemas, rows, gw__ng_proto, session rules =========================== */
#ifndef GATEWAY_NO_NG
/* Fields of one wire form that the other cannot carry: encoding them there is refused (0.4) */
static const char *gw__ng_forward_check(const unsigned char *base)
{
    const gw_ng_forward *f = (const gw_ng_forward *)(const void *)base; /* set by flag or by value (0.4) */
    return f->has_shard || f->shard ? GW__WHY("shard", "only the original form carries it (D-46, D-05)") : NULL;
}
static const char *gw__ng_track_check(const unsigned char *base)
{
    const gw_ng_track *t = (const gw_ng_track *)(const void *)base; /* set by flag or by value (0.4) */
    return t->has_duration_time || t->duration_time.secs || t->duration_time.nanos
        ? GW__WHY("duration", "{secs, nanos} is the original form's only (D-47, D-05)") : NULL;
}
static const char *gw__ng_track_orig_check(const unsigned char *base)
{
    const gw_ng_track *t = (const gw_ng_track *)(const void *)base;
    return t->has_duration || t->duration.len ? GW__WHY("duration", "text is the seed form's only (D-47, D-05)") : NULL;
}
static const char *gw__ng_event_check(const unsigned char *base)
{
    const gw_ng_msg *m = (const gw_ng_msg *)(const void *)base;
    return m->has_guild || m->guild ? GW__WHY("guild", "only the original form carries it (D-46, D-05)") : NULL;
}
/* D-40: the original's voice.rs takes only non-zero ids */
static const char *gw__ng_voice_state_check(const unsigned char *base)
{
    const gw_ng_voice_state *v = (const gw_ng_voice_state *)(const void *)base;
    return v->has_guild_id && !v->guild_id ? GW__WHY("guild_id", "must not be 0 (D-40)") : !v->user_id ? GW__WHY("user_id", "must not be 0 (D-40)")
         : v->has_channel_id && !v->channel_id ? GW__WHY("channel_id", "must not be 0 (D-40)") : NULL;
}
static const char *gw__ng_voice_server_check(const unsigned char *base)
{
    return ((const gw_ng_voice_server *)(const void *)base)->guild_id ? NULL : GW__WHY("guild_id", "must not be 0 (D-40)");
}

GW__SCHEMA(gw__ng_ready,
    GW__FIELD_LIMIT(gw_ng_ready, "session", GW__STR, 0, session, GW__FMT_UUID), /* D-42 */
    GW__FIELD(gw_ng_ready, "resumed", GW__BOOL, resumed));
/* D-43: Discord's op 4 ids; ALT also takes the JSON integers older clients sent */
GW__SCHEMA(gw__ng_forward_d,
    GW__FIELD_LIMIT(gw_ng_forward, "guild_id", GW__SNOWFLAKE, GW__ALT, guild_id, 0),
    GW__FIELD_LIMIT_HAS(gw_ng_forward, "channel_id", GW__SNOWFLAKE, GW__ALT | GW__NULLABLE, channel_id, has_channel_id, 0),
    GW__FIELD(gw_ng_forward, "self_mute", GW__BOOL, self_mute),
    GW__FIELD(gw_ng_forward, "self_deaf", GW__BOOL, self_deaf));
GW__SCHEMA_CHECK(gw__ng_forward, gw__ng_forward_check,
    GW__FIXED_INT("op", 4),
    GW__FIELD_OF(gw_ng_forward, "d", GW__OBJ, guild_id, &gw__ng_forward_d));
/* D-46: the original's {"shard", "payload": {"op": 4, "d"}}, its ids written as JSON integers */
GW__SCHEMA(gw__ng_forward_d_orig,
    GW__FIELD_LIMIT(gw_ng_forward, "guild_id", GW__ID, GW__ALT, guild_id, 0),
    GW__FIELD_LIMIT_HAS(gw_ng_forward, "channel_id", GW__ID, GW__ALT | GW__NULLABLE, channel_id, has_channel_id, 0),
    GW__FIELD(gw_ng_forward, "self_mute", GW__BOOL, self_mute),
    GW__FIELD(gw_ng_forward, "self_deaf", GW__BOOL, self_deaf));
GW__SCHEMA(gw__ng_forward_payload,
    GW__FIXED_INT("op", 4),
    GW__FIELD_OF(gw_ng_forward, "d", GW__OBJ, guild_id, &gw__ng_forward_d_orig));
GW__SCHEMA(gw__ng_forward_orig,
    GW__FIELD_HAS(gw_ng_forward, "shard", GW__U64, 0, shard, has_shard),
    GW__FIELD_OF(gw_ng_forward, "payload", GW__OBJ, guild_id, &gw__ng_forward_payload));
/* D-43: the seed's `Integer` ids are JSON integers only */
GW__SCHEMA(gw__ng_gateway_state,
    GW__FIELD_HAS(gw_ng_gateway_state, "channel", GW__U64, GW__NULLABLE, channel, has_channel),
    GW__FIELD(gw_ng_gateway_state, "guild", GW__U64, guild),
    GW__FIELD(gw_ng_gateway_state, "session", GW__STR, session),
    GW__FIELD(gw_ng_gateway_state, "server", GW__STR, server),
    GW__FIELD(gw_ng_gateway_state, "ssrc", GW__U32, ssrc));
GW__SCHEMA(gw__ng_gateway_state_disconnect,
    GW__FIELD_HAS(gw_ng_gateway_state, "channel", GW__U64, GW__NULLABLE, channel, has_channel),
    GW__FIELD(gw_ng_gateway_state, "guild", GW__U64, guild),
    GW__FIELD(gw_ng_gateway_state, "session", GW__STR, session));
/* D-45: every key present, each string or null; D-47: duration is text in the seed form and
   {"secs", "nanos"} (or null) in the original's */
GW__SCHEMA(gw__ng_duration,
    GW__FIELD(gw_ng_duration, "secs", GW__U64, secs),
    GW__FIELD_MAX(gw_ng_duration, "nanos", GW__U32, nanos, 999999999, "D-47"));
#define GW__NG_T(key, m) GW__FIELD_HAS(gw_ng_track, key, GW__STR, GW__NULLABLE, m, has_##m)
#define GW__NG_TRACK(name, check, duration) \
    GW__SCHEMA_CHECK(name, check, \
        GW__NG_T("track", track), GW__NG_T("artist", artist), GW__NG_T("album", album), \
        GW__NG_T("channel", channel), duration, GW__NG_T("source_url", source_url), \
        GW__NG_T("title", title), GW__NG_T("thumbnail", thumbnail))
GW__NG_TRACK(gw__ng_track, gw__ng_track_check, GW__NG_T("duration", duration));
GW__NG_TRACK(gw__ng_track_orig, gw__ng_track_orig_check,
    GW__FIELD_OF_HAS(gw_ng_track, "duration", GW__OBJ, GW__NULLABLE, duration_time, has_duration_time, &gw__ng_duration));
#undef GW__NG_TRACK
#undef GW__NG_T
/* D-41: the table's {"track": Track} form, decode only */
GW__SCHEMA(gw__ng_track_wrapped, GW__FIELD_OF(gw_ng_track, "track", GW__OBJ, track, &gw__ng_track));
/* track_end / track_errored around each form's Track (D-46: otherwise the same in both) */
#define GW__NG_TRACK_EVENTS(sfx) \
    GW__SCHEMA(gw__ng_track_end##sfx, \
        GW__FIELD(gw_ng_track_end, "stopped", GW__BOOL, stopped), \
        GW__FIELD_OF(gw_ng_track_end, "track", GW__OBJ, track, &gw__ng_track##sfx)); \
    GW__SCHEMA(gw__ng_track_errored##sfx, \
        GW__FIELD(gw_ng_track_errored, "error", GW__STR, error), \
        GW__FIELD_OF(gw_ng_track_errored, "track", GW__OBJ, track, &gw__ng_track##sfx))
GW__NG_TRACK_EVENTS();
GW__NG_TRACK_EVENTS(_orig);
#undef GW__NG_TRACK_EVENTS
/* D-40: the original's two client messages; D-40a: what its voice.rs takes as Option */
GW__SCHEMA_CHECK(gw__ng_voice_state, gw__ng_voice_state_check,
    GW__FIELD_LIMIT_HAS(gw_ng_voice_state, "guild_id", GW__ID, GW__ALT | GW__OPT | GW__NULLABLE, guild_id, has_guild_id, 0),
    GW__FIELD_LIMIT(gw_ng_voice_state, "user_id", GW__ID, GW__ALT, user_id, 0),
    GW__FIELD(gw_ng_voice_state, "session_id", GW__STR, session_id),
    GW__FIELD_LIMIT_HAS(gw_ng_voice_state, "channel_id", GW__ID, GW__ALT | GW__OPT | GW__NULLABLE, channel_id, has_channel_id, 0));
GW__SCHEMA_CHECK(gw__ng_voice_server, gw__ng_voice_server_check,
    GW__FIELD_HAS(gw_ng_voice_server, "endpoint", GW__STR, GW__OPT | GW__NULLABLE, endpoint, has_endpoint),
    GW__FIELD_LIMIT(gw_ng_voice_server, "guild_id", GW__ID, GW__ALT, guild_id, 0),
    GW__FIELD(gw_ng_voice_server, "token", GW__STR, token));

/* Whole messages: {"op": name, "data": ...}; update_state and event wrap {"type", "data"} (4.3).
   The inner "data" is stored at offset 0 of the payload struct, so `m` names its first member. */
#define GW__M gw_ng_msg
#define GW__NG_OP(schema, op, T, m, sub) \
    GW__SCHEMA(schema, GW__FIXED_STR("op", op), GW__FIELD_OF(GW__M, "data", GW__OBJ, m, &sub))
#define GW__NG_TYPED(schema, schema_d, op, type, T, m, sub) \
    GW__SCHEMA(schema_d, GW__FIXED_STR("type", type), GW__FIELD_OF(T, "data", GW__OBJ, m, &sub)); \
    GW__NG_OP(schema, op, T, u, schema_d)
/* an event in both forms: the seed's {"type", "data"} under data, and the original's
   {"guild", "event": {"type", "data"}} under data (D-46; data is stored at the message itself) */
#define GW__NG_EVENT(schema, schema_orig, id, type, T, m, sub, sub_orig) \
    GW__SCHEMA(gw__ng_d_##id, GW__FIXED_STR("type", type), GW__FIELD_OF(T, "data", GW__OBJ, m, &sub)); \
    GW__SCHEMA_CHECK(schema, gw__ng_event_check, GW__FIXED_STR("op", "event"), GW__FIELD_OF(GW__M, "data", GW__OBJ, u, &gw__ng_d_##id)); \
    GW__SCHEMA(gw__ng_d_##id##_orig, GW__FIXED_STR("type", type), GW__FIELD_OF(T, "data", GW__OBJ, m, &sub_orig)); \
    GW__SCHEMA(gw__ng_e_##id##_orig, GW__FIELD_HAS(GW__M, "guild", GW__U64, 0, guild, has_guild), \
               GW__FIELD_OF(GW__M, "event", GW__OBJ, u, &gw__ng_d_##id##_orig)); \
    GW__SCHEMA(schema_orig, GW__FIXED_STR("op", "event"), GW__FIELD_OF(GW__M, "data", GW__OBJ, kind, &gw__ng_e_##id##_orig))
GW__NG_OP(gw__ng_m_ready, "ready", gw_ng_ready, u.ready, gw__ng_ready);
GW__NG_OP(gw__ng_m_forward, "forward", gw_ng_forward, u.forward, gw__ng_forward);
GW__NG_OP(gw__ng_m_forward_orig, "forward", gw_ng_forward, u.forward, gw__ng_forward_orig);
GW__NG_TYPED(gw__ng_m_connect, gw__ng_d_connect, "update_state", "connect_gateway", gw_ng_gateway_state, channel, gw__ng_gateway_state);
GW__NG_TYPED(gw__ng_m_reconnect, gw__ng_d_reconnect, "update_state", "reconnect_gateway", gw_ng_gateway_state, channel, gw__ng_gateway_state);
GW__NG_TYPED(gw__ng_m_disconnect, gw__ng_d_disconnect, "update_state", "disconnect_gateway", gw_ng_gateway_state, channel, gw__ng_gateway_state_disconnect);
GW__NG_EVENT(gw__ng_m_track_start, gw__ng_m_track_start_orig, track_start, "track_start", gw_ng_track, track, gw__ng_track, gw__ng_track_orig);
GW__NG_TYPED(gw__ng_m_track_start_wrapped, gw__ng_d_track_start_wrapped, "event", "track_start", gw_ng_track, track, gw__ng_track_wrapped);
GW__NG_EVENT(gw__ng_m_track_end, gw__ng_m_track_end_orig, track_end, "track_end", gw_ng_track_end, stopped, gw__ng_track_end, gw__ng_track_end_orig);
GW__NG_EVENT(gw__ng_m_track_errored, gw__ng_m_track_errored_orig, track_errored, "track_errored", gw_ng_track_errored, error, gw__ng_track_errored, gw__ng_track_errored_orig);
GW__NG_OP(gw__ng_m_voice_state, "update_voice_state", gw_ng_voice_state, u.voice_state, gw__ng_voice_state);
GW__NG_OP(gw__ng_m_voice_server, "update_voice_server", gw_ng_voice_server, u.voice_server, gw__ng_voice_server);
#undef GW__NG_EVENT
#undef GW__NG_TYPED
#undef GW__NG_OP
#undef GW__M

GW__VARIANTS(ng, NG, GW__ROW_NAMED_OP)
static const gw__env_rule gw__ng_env[] = { /* 4.3 */
    { "data", NULL, GW__ENV_TYPE(GJ_OBJECT), 1, GW_FROM_CLIENT | GW_FROM_SERVER, GW__ENV_ALWAYS, 0, "an object on every message (4.3)" },
    { GW__ENV_HOLDER, "data", GW__ENV_TYPE(GJ_OBJECT), 1, GW_FROM_CLIENT | GW_FROM_SERVER, GW__ENV_NAMED, 0,
      "an object beside the type of an update_state or event (4.3)" }
};
GW__PROTO(ng, NG,
    "nightingale", "op", 1, /* name, op_key, op_is_string */
    0, 0,                   /* size caps: client, server (0: none) */
    NULL, NULL, NULL        /* seq_key, no_form, orig_rule */
);

/* D-44: plain decimal, no sign, no leading zero, no percent-encoding; *v = 0 unless it parses */
static gw_err gw__ng_decimal(const char *s, size_t n, uint64_t *v)
{
    size_t i;
    *v = 0;
    if (n == 0 || (s[0] == '0' && n > 1) || !gw__digits(s, n)) return GW_ERR_VALUE;
    for (i = 0; i < n; i++) {
        unsigned d = (unsigned)(s[i] - '0');
        if (*v > (UINT64_MAX - d) / 10) { *v = 0; return GW_ERR_RANGE; }
        *v = *v * 10 + d;
    }
    return GW_OK;
}

GW_DEF gw_err gw_ng_query_format(char *out, size_t cap, uint32_t shards, uint64_t user_id, size_t *len)
{
    size_t na, nb, total;
    if (len) *len = 0;
    if (!out && cap) return GW_ERR_ARG;
    if (shards == 0 || user_id == 0) { if (cap) out[0] = 0; return GW_ERR_INVALID; } /* 4.1: both >= 1 (D-44) */
    na = gj_i_u64_len(shards);
    nb = gj_i_u64_len(user_id);
    total = 7 + na + 9 + nb;
    if (len) *len = total;
    if (total >= cap) { if (cap) out[0] = 0; return GW_ERR_BUFFER; }
    memcpy(out, "shards=", 7);
    gj_i_u64_put(out + 7 + na, shards);
    memcpy(out + 7 + na, "&user_id=", 9);
    gj_i_u64_put(out + 16 + na + nb, user_id);
    out[total] = 0;
    return GW_OK;
}

GW_DEF gw_err gw_ng_query_parse(const char *q, size_t n, uint32_t *shards, uint64_t *user_id)
{
    uint64_t v[2] = { 0, 0 };
    int seen[2] = { 0, 0 };
    size_t i = 0;
    gw_err r = GW_OK;
    if (shards) *shards = 0;
    if (user_id) *user_id = 0;
    if (!shards || !user_id || (!q && n)) return GW_ERR_ARG;
    if (n == 0) return GW_ERR_MISSING;
    while (!r && i <= n) {
        size_t end = i, eq;
        int k;
        while (end < n && q[end] != '&') end++;
        for (eq = i; eq < end && q[eq] != '='; eq++) {}
        if (eq - i == 6 && memcmp(q + i, "shards", 6) == 0) k = 0;
        else if (eq - i == 7 && memcmp(q + i, "user_id", 7) == 0) k = 1;
        else { i = end + 1; continue; } /* D-44: the original ignores other parameters */
        if (seen[k]) { r = GW_ERR_DUPLICATE_KEY; break; }
        seen[k] = 1;
        if (eq == end) r = GW_ERR_VALUE; /* "shards" without "=" */
        else r = gw__ng_decimal(q + eq + 1, end - eq - 1, &v[k]);
        i = end + 1;
    }
    if (!r && (!seen[0] || !seen[1])) r = GW_ERR_MISSING;
    if (!r && (v[0] == 0 || v[0] > UINT32_MAX || v[1] == 0)) r = GW_ERR_RANGE; /* user_id: NonZeroU64 */
    if (r) return r;
    *shards = (uint32_t)v[0];
    *user_id = v[1];
    return GW_OK;
}

/* D-48: GET /ws/resume?session=<uuid> */
GW_DEF gw_err gw_ng_resume_query_format(char *out, size_t cap, gw_str session, size_t *len)
{
    size_t total = 8 + (size_t)session.len;
    if (len) *len = 0;
    if (!out && cap) return GW_ERR_ARG;
    if (session.escaped || !session.ptr || !gw__is_uuid(session.ptr, session.len)) {
        if (cap) out[0] = 0;
        return GW_ERR_INVALID;
    }
    if (len) *len = total;
    if (total >= cap) { if (cap) out[0] = 0; return GW_ERR_BUFFER; }
    memcpy(out, "session=", 8);
    memcpy(out + 8, session.ptr, session.len);
    out[total] = 0;
    return GW_OK;
}

GW_DEF gw_err gw_ng_resume_query_parse(const char *q, size_t n, gw_str *session)
{
    size_t i = 0;
    int seen = 0;
    gw_str found;
    memset(&found, 0, sizeof found);
    if (session) memset(session, 0, sizeof *session);
    if (!session || (!q && n)) return GW_ERR_ARG;
    while (i < n) {
        size_t end = i;
        while (end < n && q[end] != '&') end++;
        if (end - i >= 8 && memcmp(q + i, "session=", 8) == 0) {
            if (seen) return GW_ERR_DUPLICATE_KEY;
            seen = 1;
            found.ptr = q + i + 8;
            found.len = (uint32_t)(end - i - 8);
        } else if (end - i == 7 && memcmp(q + i, "session", 7) == 0) {
            return GW_ERR_VALUE; /* "session" without a value */
        }
        i = end + 1;
    }
    if (!seen) return GW_ERR_MISSING; /* the original answers 400 "Missing session ID" */
    if (!gw__is_uuid(found.ptr, found.len)) return GW_ERR_VALUE;
    *session = found;
    return GW_OK;
}

GW_DEF int gw_ng_session_valid(const char *s, size_t n)
{
    return s && gw__is_uuid(s, n);
}

/* ---- session rules of Nightingale (4): the server's ready comes first; the client's voice updates (D-40) after
   it. Phases: 0 new, 1 ready. ---- */
#define GW__NG_EVENTS (GW__K(GW_NG_FORWARD) | GW__K(GW_NG_CONNECT_GATEWAY) | GW__K(GW_NG_RECONNECT_GATEWAY) | \
    GW__K(GW_NG_DISCONNECT_GATEWAY) | GW__K(GW_NG_TRACK_START) | GW__K(GW_NG_TRACK_END) | GW__K(GW_NG_TRACK_ERRORED))
#define GW__NG_UPDATES (GW__K(GW_NG_UPDATE_VOICE_STATE) | GW__K(GW_NG_UPDATE_VOICE_SERVER))
static const gw__srule gw__ng_srules[] = {
    GW__R(GW_NG_READY, GW__FROM_S, GW__P(0), 1, 0),
    GW__NO(GW__K(GW_NG_READY), GW__FROM_S, GW__P(1), GW__CLOSE_PROTOCOL_ERROR, "ready twice"),
    GW__RS(GW__NG_EVENTS, GW__FROM_S, GW__P(1), GW__S_KEEP, 0),
    GW__NO(GW__NG_EVENTS, GW__FROM_S, GW__P(0), GW__CLOSE_PROTOCOL_ERROR, "message before ready"),
    GW__RS(GW__NG_UPDATES, GW__FROM_C, GW__P(1), GW__S_KEEP, 0),
    GW__NO(GW__NG_UPDATES, GW__FROM_C, GW__P(0), GW__CLOSE_PROTOCOL_ERROR, "message before ready"),
};
#undef GW__NG_EVENTS
#undef GW__NG_UPDATES
static const gw__sproto gw__ng_sproto = {
    &gw__ng_proto, gw__ng_srules, GW__COUNT(gw__ng_srules), /* codec, r, n */
    GW__S_GRACE, GW__CLOSE_POLICY, GW__CLOSE_POLICY,        /* grace, client_timeout, server_timeout */
    NULL, gw__s_generic_error, NULL                         /* extra, error_code, original */
};
#endif /* GATEWAY_NO_NG */
#endif /* GATEWAY_IMPLEMENTATION */

#ifndef GATEWAY_H
/* ==== dmod: messages, kinds, payloads (PROTOCOLS.md section 5) ================================ */
#ifndef GATEWAY_NO_DMOD
#define GW__PROTOCOL_DMOD(X) X(dmod, GW_PROTO_DMOD) /* its entry in the list of protocols */
/* Every message, in dispatch order (see "message lists" above). D-58: the decode-only `ev` rows
   come after every `t` row of op 5, so a frame naming its event in t is dispatched without
   looking for an ev it does not have. D-61: the original server has no case for a client's op 4
   or op 7, so those kinds have no original form (SEED_ONLY; both wires still decode them). */
#define GW__DMOD_MESSAGES(M, A) \
    M(GW_DMOD_REQUEST_AUTH,                   S, 0, NULL, NONE, gw__dmod_m_request_auth, BOTH)     /* no payload */ \
    M(GW_DMOD_AUTHENTICATE,                   C, 1, NULL, NONE, gw__dmod_m_authenticate, BOTH)     /* u.auth */ \
    M(GW_DMOD_AUTH_PASS,                      S, 2, NULL, NONE, gw__dmod_m_auth_pass, BOTH)        /* u.auth_pass */ \
    M(GW_DMOD_HEARTBEAT,                      S, 3, NULL, NONE, gw__dmod_m_heartbeat, BOTH)        /* no payload */ \
    M(GW_DMOD_HEARTBEAT_BACK,                 C, 4, NULL, NONE, gw__dmod_m_heartbeat_back, SEED_ONLY)   /* no payload */ \
    M(GW_DMOD_EV_GUILD_PRIVILEGE_UPDATE,      S, 5, "GUILD_PRIVILEGE_UPDATE", T, gw__dmod_m_privilege, SEED_ONLY)          /* u.privilege */ \
    A(GW_DMOD_EV_GUILD_PRIVILEGE_UPDATE,      S, 5, "GUILD_PRIVILEGE_UPDATE", T, gw__dmod_m_privilege_orig, ORIG_ONLY) \
    M(GW_DMOD_EV_GUILD_MEMBER_COUNT_CHANGE,   S, 5, "GUILD_MEMBER_COUNT_CHANGE", T, gw__dmod_m_member_count, BOTH)         /* u.raw */ \
    M(GW_DMOD_EV_APPLICATION_SESSION_HB_P,    S, 5, "APPLICATION_SESSION_HB_P", T, gw__dmod_m_hb_p, BOTH)                  /* u.raw */ \
    M(GW_DMOD_EV_APPLICATION_SESSION_END,     S, 5, "APPLICATION_SESSION_END", T, gw__dmod_m_session_end, BOTH)            /* u.raw */ \
    A(GW_DMOD_EV_GUILD_PRIVILEGE_UPDATE,      S, 5, "GUILD_PRIVILEGE_UPDATE", EV, gw__dmod_m_privilege_ev, DECODE_ONLY) \
    A(GW_DMOD_EV_GUILD_MEMBER_COUNT_CHANGE,   S, 5, "GUILD_MEMBER_COUNT_CHANGE", EV, gw__dmod_m_member_count_ev, DECODE_ONLY) \
    A(GW_DMOD_EV_APPLICATION_SESSION_HB_P,    S, 5, "APPLICATION_SESSION_HB_P", EV, gw__dmod_m_hb_p_ev, DECODE_ONLY) \
    A(GW_DMOD_EV_APPLICATION_SESSION_END,     S, 5, "APPLICATION_SESSION_END", EV, gw__dmod_m_session_end_ev, DECODE_ONLY) \
    M(GW_DMOD_CMD_CONNECT_GUILD,              C, 6, "CONNECT_GUILD", CMD, gw__dmod_m_connect, BOTH)                        /* u.connect_guild */ \
    M(GW_DMOD_CMD_DISCONNECT_GUILD,           C, 6, "DESCONNECT_GUILD", CMD, gw__dmod_m_disconnect, BOTH)                  /* u.gid */ \
    M(GW_DMOD_RESP_CONNECT_GUILD,             S, 7, "CONNECT_GUILD", D_FOR, gw__dmod_m_resp_connect, SEED_ONLY)            /* u.resp_connect */ \
    A(GW_DMOD_RESP_CONNECT_GUILD,             S, 7, "CONNECT_GUILD", D_FOR, gw__dmod_m_resp_connect_orig, ORIG_ONLY) \
    M(GW_DMOD_RESP_DISCONNECT_GUILD,          S, 7, "DESCONNECT_GUILD", D_FOR, gw__dmod_m_resp_disconnect, BOTH)           /* u.resp_disconnect */ \
    M(GW_DMOD_CMD_APPLICATION_SESSION,        C, 7, "APPLICATION_SESSION", CMD, gw__dmod_m_app_session, SEED_ONLY)         /* u.app_session */ \
    M(GW_DMOD_CMD_APPLICATION_SESSION_END,    C, 7, "APPLICATION_SESSION_END", CMD, gw__dmod_m_app_session_end, SEED_ONLY) /* u.gid */ \
    M(GW_DMOD_CMD_APPLICATION_SESSION_REAUTH, C, 7, "APPLICATION_SESSION_REAUTH", CMD, gw__dmod_m_reauth, SEED_ONLY)       /* u.reauth */ \
    M(GW_DMOD_CMD_APPLICATION_SESSION_HB_M,   C, 7, "APPLICATION_SESSION_HB_M", CMD, gw__dmod_m_hb_m, SEED_ONLY)           /* u.raw */
typedef enum gw_dmod_kind {
    GW_DMOD_NONE = 0,
    GW__DMOD_MESSAGES(GW__KIND, GW__FORM)
    GW_DMOD_UNKNOWN                          /* lenient decoding only: a name no kind has, u.unknown */
} gw_dmod_kind;

typedef struct gw_dmod_auth { gw_str token, uid; bool has_token, has_uid; } gw_dmod_auth;
typedef struct gw_dmod_notification { gw_str type; uint32_t processed_type; } gw_dmod_notification;
typedef struct gw_dmod_notification_list { const gw_dmod_notification *items; uint32_t count; } gw_dmod_notification_list;
typedef struct gw_dmod_auth_pass { gw_dmod_notification_list missed_notifications; } gw_dmod_auth_pass;
/* seed form: id, tag, self?, permissions; the original's (D-59): guild_id, id, tag, permissions */
typedef struct gw_dmod_privilege_update {
    gw_str id, tag;
    uint64_t permissions;
    bool self, has_self;
    bool has_guild_id;
    gw_str guild_id;
} gw_dmod_privilege_update;
typedef struct gw_dmod_connect_guild { gw_str token, gid; } gw_dmod_connect_guild;
typedef struct gw_dmod_gid { gw_str gid; } gw_dmod_gid;
typedef struct gw_dmod_app_session { gw_str uid, gid, utokh, uhash; } gw_dmod_app_session;
typedef struct gw_dmod_reauth { gw_str utokh, uhash; uint64_t pm; } gw_dmod_reauth;
/* The CONNECT_GUILD response's guild. Seed form: count, banner, icon, premium_tier,
   verification_level, emojis, current_invite_valid, vanity. The original's (D-59a): id,
   verification_level, name, owner_id, description, member_count, premium_tier, vanity_url_code,
   banner, mfa_level, and nsfw when Discord gave one (wire key "nfsw", the original's spelling).
   Shared: banner, premium_tier, verification_level. */
typedef struct gw_dmod_guild {
    uint32_t count, premium_tier, verification_level;
    gw_str banner, icon, vanity;
    gw_raw_list emojis;
    bool current_invite_valid, has_banner, has_icon, has_vanity;
    gw_str id, name, owner_id, description, vanity_url_code;
    uint32_t member_count, mfa_level;
    bool has_description, has_vanity_url_code;
    bool nsfw, has_nsfw; /* original form only, optional (D-59b) */
} gw_dmod_guild;
typedef struct gw_dmod_user { gw_str id, tag; uint64_t permissions; } gw_dmod_user;
/* user: null from the original for an anonymous session (D-59a): has_user false */
typedef struct gw_dmod_resp_connect { gw_dmod_guild guild; gw_dmod_user user; bool has_user; } gw_dmod_resp_connect;
typedef struct gw_dmod_resp_disconnect { bool success; } gw_dmod_resp_disconnect;

typedef struct gw_dmod_msg {
    gw_dmod_kind kind;
    union {
        gw_dmod_auth auth;
        gw_dmod_auth_pass auth_pass;
        gw_dmod_privilege_update privilege;
        gw_dmod_connect_guild connect_guild;
        gw_dmod_gid gid;
        gw_dmod_resp_connect resp_connect;
        gw_dmod_resp_disconnect resp_disconnect;
        gw_dmod_app_session app_session;
        gw_dmod_reauth reauth;
        gw_raw raw;
        gw_unknown unknown; /* GW_<P>_UNKNOWN (lenient decoding) */
    } u;
} gw_dmod_msg;

GW_DEF gw_dmod_msg gw_dmod_make_heartbeat_back(void);
/* token and uid (NUL-terminated), or both NULL for an anonymous client (null, null) */
GW_DEF gw_dmod_msg gw_dmod_make_authenticate(const char *token, const char *uid);

/* The original dmod server's stricter rules, for a server that wants to refuse what the
   original refuses. D-61: HEARTBEAT_BACK and the four APPLICATION_SESSION commands (client op 4
   and op 7, which the original has no case for: it closes 1000 "Unknown data") are
   GW_ERR_UNKNOWN_OP at "op". D-54a: AUTHENTICATE with token and uid both null or both non-empty
   strings; CONNECT_GUILD with non-empty token and gid (these two, GW_WIRE_ORIGINAL encodes refuse
   too, D-64); DESCONNECT_GUILD with a non-empty gid (this codec's rule); else GW_ERR_VALUE with
   err->path naming the field ("d.uid"). err->detail gives the rule and what the original does,
   err->offset is GW_NO_OFFSET: gw_error_text prints "field d.uid: ...". The session checker runs
   it on what a client sends when gw_session_set_wire(s, GW_WIRE_ORIGINAL) was called: a server's
   verdict carries the original's close reason, a client's names the rule it broke. */
GW_DEF gw_err gw_dmod_check_original(const gw_dmod_msg *m, gw_error *err);
GW__DECLARE(dmod, GW_PROTO_DMOD) /* gw_dmod_decode, _encode, _equal, _peek, _init, gw_dmod_session_* */
#endif /* GATEWAY_NO_DMOD */
#endif /* GATEWAY_H */
#if defined(GATEWAY_IMPLEMENTATION) && !defined(GATEWAY_IMPLEMENTATION_DONE)
/* ==== dmod block: schemas, rows, gw__dmod_proto, session rules ================================ */
#ifndef GATEWAY_NO_DMOD
/* D-54: a uid without a token is not a valid login */
static const char *gw__dmod_auth_check(const unsigned char *base)
{
    const gw_dmod_auth *a = (const gw_dmod_auth *)(const void *)base;
    return a->has_uid && !a->has_token ? GW__WHY("uid", "must be null when token is null (D-54)") : NULL;
}

#define GW__M gw_dmod_msg
GW__SCHEMA_CHECK(gw__dmod_auth, gw__dmod_auth_check,
    GW__FIELD_HAS(gw_dmod_auth, "token", GW__STR, GW__NULLABLE, token, has_token),
    GW__FIELD_HAS(gw_dmod_auth, "uid", GW__STR, GW__NULLABLE, uid, has_uid));
GW__SCHEMA(gw__dmod_notification,
    GW__FIELD(gw_dmod_notification, "type", GW__STR, type),
    GW__FIELD(gw_dmod_notification, "proccessed_type", GW__U32, processed_type));
static const gw__field gw__dmod_notification_el = GW__ELEMENT(GW__OBJ, gw_dmod_notification, &gw__dmod_notification);
GW__SCHEMA(gw__dmod_auth_pass,
    GW__FIELD_OF(gw_dmod_auth_pass, "missed_notifications", GW__ARR, missed_notifications, &gw__dmod_notification_el));
/* Fields of one wire form that the other cannot carry: encoding them there is refused (0.4) */
static const char *gw__dmod_privilege_check(const unsigned char *base)
{
    const gw_dmod_privilege_update *p = (const gw_dmod_privilege_update *)(const void *)base;
    return p->has_guild_id || p->guild_id.len ? GW__WHY("guild_id", "only the original form carries it (D-59, D-05)") : NULL;
}
static const char *gw__dmod_privilege_orig_check(const unsigned char *base)
{
    return ((const gw_dmod_privilege_update *)(const void *)base)->has_self ? GW__WHY("self", "only the seed form carries it (D-59, D-05)") : NULL;
}
static const char *gw__dmod_guild_check(const unsigned char *base) /* no field of the original's */
{
    const gw_dmod_guild *g = (const gw_dmod_guild *)(const void *)base;
#define GW__ORIG_KEY(k) GW__WHY(k, "a key of the original form's guild only (D-59a, D-05)")
    return g->id.len ? GW__ORIG_KEY("id") : g->name.len ? GW__ORIG_KEY("name") : g->owner_id.len ? GW__ORIG_KEY("owner_id") :
           g->has_description || g->description.len ? GW__ORIG_KEY("description") : g->member_count ? GW__ORIG_KEY("member_count") :
           g->has_vanity_url_code || g->vanity_url_code.len ? GW__ORIG_KEY("vanity_url_code") : g->mfa_level ? GW__ORIG_KEY("mfa_level") :
           g->has_nsfw ? GW__WHY("nfsw", "a key of the original form's guild only (D-59b, D-05)") : NULL;
#undef GW__ORIG_KEY
}
static const char *gw__dmod_guild_orig_check(const unsigned char *base) /* no field of the seed's */
{
    const gw_dmod_guild *g = (const gw_dmod_guild *)(const void *)base;
#define GW__SEED_KEY(k) GW__WHY(k, "a key of the seed form's guild only (D-59a, D-05)")
    return g->count ? GW__SEED_KEY("count") : g->has_icon || g->icon.len ? GW__SEED_KEY("icon") : g->emojis.count ? GW__SEED_KEY("emojis") :
           g->current_invite_valid ? GW__SEED_KEY("current_invite_valid") : g->has_vanity || g->vanity.len ? GW__SEED_KEY("vanity") : NULL;
#undef GW__SEED_KEY
}
GW__SCHEMA_CHECK(gw__dmod_privilege, gw__dmod_privilege_check,
    GW__FIELD(gw_dmod_privilege_update, "id", GW__STR, id),
    GW__FIELD(gw_dmod_privilege_update, "tag", GW__STR, tag),
    GW__FIELD_HAS(gw_dmod_privilege_update, "self", GW__BOOL, GW__OPT, self, has_self),
    GW__FIELD(gw_dmod_privilege_update, "permissions", GW__SNOWFLAKE, permissions));
/* D-59: the original sends the guild and never `self` */
GW__SCHEMA_CHECK(gw__dmod_privilege_orig, gw__dmod_privilege_orig_check,
    GW__FIELD_HAS(gw_dmod_privilege_update, "guild_id", GW__STR, 0, guild_id, has_guild_id),
    GW__FIELD(gw_dmod_privilege_update, "id", GW__STR, id),
    GW__FIELD(gw_dmod_privilege_update, "tag", GW__STR, tag),
    GW__FIELD(gw_dmod_privilege_update, "permissions", GW__SNOWFLAKE, permissions));
GW__SCHEMA(gw__dmod_connect_guild,
    GW__FIELD(gw_dmod_connect_guild, "token", GW__STR, token),
    GW__FIELD(gw_dmod_connect_guild, "gid", GW__STR, gid));
GW__SCHEMA(gw__dmod_gid, GW__FIELD(gw_dmod_gid, "gid", GW__STR, gid));
GW__SCHEMA(gw__dmod_app_session,
    GW__FIELD(gw_dmod_app_session, "uid", GW__STR, uid),
    GW__FIELD(gw_dmod_app_session, "gid", GW__STR, gid),
    GW__FIELD(gw_dmod_app_session, "utokh", GW__STR, utokh),
    GW__FIELD(gw_dmod_app_session, "uhash", GW__STR, uhash));
GW__SCHEMA(gw__dmod_reauth,
    GW__FIELD(gw_dmod_reauth, "utokh", GW__STR, utokh),
    GW__FIELD(gw_dmod_reauth, "uhash", GW__STR, uhash),
    GW__FIELD(gw_dmod_reauth, "pm", GW__SNOWFLAKE, pm));
GW__SCHEMA_CHECK(gw__dmod_guild, gw__dmod_guild_check,
    GW__FIELD(gw_dmod_guild, "count", GW__U32, count),
    GW__FIELD_HAS(gw_dmod_guild, "banner", GW__STR, GW__NULLABLE, banner, has_banner),
    GW__FIELD_HAS(gw_dmod_guild, "icon", GW__STR, GW__NULLABLE, icon, has_icon),
    GW__FIELD_MAX(gw_dmod_guild, "premium_tier", GW__U32, premium_tier, 3, "5.4"),
    GW__FIELD_MAX(gw_dmod_guild, "verification_level", GW__U32, verification_level, 4, "5.4"),
    GW__FIELD_OF(gw_dmod_guild, "emojis", GW__ARR, emojis, &gw__elem_raw),
    GW__FIELD(gw_dmod_guild, "current_invite_valid", GW__BOOL, current_invite_valid),
    GW__FIELD_HAS(gw_dmod_guild, "vanity", GW__STR, GW__NULLABLE, vanity, has_vanity));
GW__SCHEMA(gw__dmod_user,
    GW__FIELD(gw_dmod_user, "id", GW__STR, id),
    GW__FIELD(gw_dmod_user, "tag", GW__STR, tag),
    GW__FIELD(gw_dmod_user, "permissions", GW__SNOWFLAKE, permissions));
/* D-59a: the original's guild (guild.ts toGatewayGuild), and a null user for anonymous sessions */
GW__SCHEMA_CHECK(gw__dmod_guild_orig, gw__dmod_guild_orig_check,
    GW__FIELD(gw_dmod_guild, "id", GW__STR, id),
    GW__FIELD_MAX(gw_dmod_guild, "verification_level", GW__U32, verification_level, 4, "5.4"),
    GW__FIELD(gw_dmod_guild, "name", GW__STR, name),
    GW__FIELD(gw_dmod_guild, "owner_id", GW__STR, owner_id),
    GW__FIELD_HAS(gw_dmod_guild, "description", GW__STR, GW__NULLABLE, description, has_description),
    GW__FIELD(gw_dmod_guild, "member_count", GW__U32, member_count),
    GW__FIELD_MAX(gw_dmod_guild, "premium_tier", GW__U32, premium_tier, 3, "5.4"),
    GW__FIELD_HAS(gw_dmod_guild, "vanity_url_code", GW__STR, GW__NULLABLE, vanity_url_code, has_vanity_url_code),
    GW__FIELD_HAS(gw_dmod_guild, "banner", GW__STR, GW__NULLABLE, banner, has_banner),
    GW__FIELD(gw_dmod_guild, "mfa_level", GW__U32, mfa_level),
    GW__FIELD_HAS(gw_dmod_guild, "nfsw", GW__BOOL, GW__OPT, nsfw, has_nsfw)); /* D-59b: absent when Discord gave no nsfw */
/* the seed form has no null user (D-59a): an unset, empty user is the original's null */
static const char *gw__dmod_resp_connect_check(const unsigned char *base)
{
    const gw_dmod_resp_connect *r = (const gw_dmod_resp_connect *)(const void *)base;
    return !r->has_user && !r->user.id.len && !r->user.tag.len && !r->user.permissions
        ? GW__WHY("user", "the seed form has no null user (D-59a, D-05)") : NULL;
}
GW__SCHEMA_CHECK(gw__dmod_resp_connect_data, gw__dmod_resp_connect_check,
    GW__FIELD_OF(gw_dmod_resp_connect, "guild", GW__OBJ, guild, &gw__dmod_guild),
    GW__FIELD_OF_HAS(gw_dmod_resp_connect, "user", GW__OBJ, 0, user, has_user, &gw__dmod_user));
GW__SCHEMA(gw__dmod_resp_connect_data_orig,
    GW__FIELD_OF(gw_dmod_resp_connect, "guild", GW__OBJ, guild, &gw__dmod_guild_orig),
    GW__FIELD_OF_HAS(gw_dmod_resp_connect, "user", GW__OBJ, GW__NULLABLE, user, has_user, &gw__dmod_user));
GW__SCHEMA(gw__dmod_resp_disconnect_data, GW__FIELD(gw_dmod_resp_disconnect, "success", GW__BOOL, success));
/* server op 7 "d": {"for": name, "data": {...}} (D-50); both structs start at offset 0 of d's storage */
GW__SCHEMA(gw__dmod_resp_connect_d,
    GW__FIXED_STR("for", "CONNECT_GUILD"),
    GW__FIELD_OF(gw_dmod_resp_connect, "data", GW__OBJ, guild, &gw__dmod_resp_connect_data));
GW__SCHEMA(gw__dmod_resp_connect_d_orig,
    GW__FIXED_STR("for", "CONNECT_GUILD"),
    GW__FIELD_OF(gw_dmod_resp_connect, "data", GW__OBJ, guild, &gw__dmod_resp_connect_data_orig));
GW__SCHEMA(gw__dmod_resp_disconnect_d,
    GW__FIXED_STR("for", "DESCONNECT_GUILD"),
    GW__FIELD_OF(gw_dmod_resp_disconnect, "data", GW__OBJ, success, &gw__dmod_resp_disconnect_data));

/* Whole messages. Key order op, t, cmd, d (5.2). Server messages always write "t":null (D-58). */
GW__SCHEMA(gw__dmod_m_request_auth, GW__FIXED_INT("op", 0), GW__OPT_NULL("t"), GW__FIXED_NULL("d"));
GW__SCHEMA(gw__dmod_m_authenticate, GW__FIXED_INT("op", 1), GW__QUIET_NULL("t"), GW__FIELD_OF(GW__M, "d", GW__OBJ, u.auth, &gw__dmod_auth));
GW__SCHEMA(gw__dmod_m_auth_pass, GW__FIXED_INT("op", 2), GW__OPT_NULL("t"), GW__FIELD_OF(GW__M, "d", GW__OBJ, u.auth_pass, &gw__dmod_auth_pass));
GW__SCHEMA(gw__dmod_m_heartbeat, GW__FIXED_INT("op", 3), GW__OPT_NULL("t"), GW__FIXED_NULL("d"));
GW__SCHEMA(gw__dmod_m_heartbeat_back, GW__FIXED_INT("op", 4), GW__OPT_NULL("t"), GW__FIXED_NULL("d"));
#define GW__DMOD_EVENT(schema, schema_ev, name, dfield) \
    GW__SCHEMA(schema, GW__FIXED_INT("op", 5), GW__FIXED_STR("t", name), dfield); \
    GW__SCHEMA(schema_ev, GW__FIXED_INT("op", 5), GW__QUIET_NULL("t"), GW__FIXED_STR("ev", name), dfield)
GW__DMOD_EVENT(gw__dmod_m_privilege, gw__dmod_m_privilege_ev, "GUILD_PRIVILEGE_UPDATE", GW__FIELD_OF(GW__M, "d", GW__OBJ, u.privilege, &gw__dmod_privilege));
GW__SCHEMA(gw__dmod_m_privilege_orig, GW__FIXED_INT("op", 5), GW__FIXED_STR("t", "GUILD_PRIVILEGE_UPDATE"),
    GW__FIELD_OF(GW__M, "d", GW__OBJ, u.privilege, &gw__dmod_privilege_orig));
GW__DMOD_EVENT(gw__dmod_m_member_count, gw__dmod_m_member_count_ev, "GUILD_MEMBER_COUNT_CHANGE", GW__FIELD(GW__M, "d", GW__RAW, u.raw));
GW__DMOD_EVENT(gw__dmod_m_hb_p, gw__dmod_m_hb_p_ev, "APPLICATION_SESSION_HB_P", GW__FIELD(GW__M, "d", GW__RAW, u.raw));
GW__DMOD_EVENT(gw__dmod_m_session_end, gw__dmod_m_session_end_ev, "APPLICATION_SESSION_END", GW__FIELD(GW__M, "d", GW__RAW, u.raw));
#define GW__DMOD_CMD(schema, op, name, dfield) \
    GW__SCHEMA(schema, GW__FIXED_INT("op", op), GW__QUIET_NULL("t"), GW__FIXED_STR("cmd", name), dfield)
GW__DMOD_CMD(gw__dmod_m_connect, 6, "CONNECT_GUILD", GW__FIELD_OF(GW__M, "d", GW__OBJ, u.connect_guild, &gw__dmod_connect_guild));
GW__DMOD_CMD(gw__dmod_m_disconnect, 6, "DESCONNECT_GUILD", GW__FIELD_OF(GW__M, "d", GW__OBJ, u.gid, &gw__dmod_gid));
GW__DMOD_CMD(gw__dmod_m_app_session, 7, "APPLICATION_SESSION", GW__FIELD_OF(GW__M, "d", GW__OBJ, u.app_session, &gw__dmod_app_session));
GW__DMOD_CMD(gw__dmod_m_app_session_end, 7, "APPLICATION_SESSION_END", GW__FIELD_OF(GW__M, "d", GW__OBJ, u.gid, &gw__dmod_gid));
GW__DMOD_CMD(gw__dmod_m_reauth, 7, "APPLICATION_SESSION_REAUTH", GW__FIELD_OF(GW__M, "d", GW__OBJ, u.reauth, &gw__dmod_reauth));
GW__DMOD_CMD(gw__dmod_m_hb_m, 7, "APPLICATION_SESSION_HB_M", GW__FIELD(GW__M, "d", GW__RAW, u.raw));
GW__SCHEMA(gw__dmod_m_resp_connect, GW__FIXED_INT("op", 7), GW__OPT_NULL("t"), GW__FIELD_OF(GW__M, "d", GW__OBJ, u.resp_connect, &gw__dmod_resp_connect_d));
GW__SCHEMA(gw__dmod_m_resp_connect_orig, GW__FIXED_INT("op", 7), GW__OPT_NULL("t"),
    GW__FIELD_OF(GW__M, "d", GW__OBJ, u.resp_connect, &gw__dmod_resp_connect_d_orig));
GW__SCHEMA(gw__dmod_m_resp_disconnect, GW__FIXED_INT("op", 7), GW__OPT_NULL("t"), GW__FIELD_OF(GW__M, "d", GW__OBJ, u.resp_disconnect, &gw__dmod_resp_disconnect_d));
#undef GW__M

GW__VARIANTS(dmod, DMOD, GW__ROW)
/* D-61: the original server's switch on op (main.ts:93-268) has cases for 1 and 6 only; its
   default: closes 1000 "Unknown data". Client kinds it has no case for have no original form. */
static int gw__dmod_no_case(int kind)
{
    return kind == GW_DMOD_HEARTBEAT_BACK || kind == GW_DMOD_CMD_APPLICATION_SESSION || kind == GW_DMOD_CMD_APPLICATION_SESSION_END ||
           kind == GW_DMOD_CMD_APPLICATION_SESSION_REAUTH || kind == GW_DMOD_CMD_APPLICATION_SESSION_HB_M;
}
static const char *gw__dmod_no_form(int kind, gw_wire wire)
{
    if (wire != GW_WIRE_ORIGINAL || !gw__dmod_no_case(kind)) return NULL;
    return kind == GW_DMOD_HEARTBEAT_BACK ? "the original server has no case for op 4: it closes 1000 \"Unknown data\""
                                          : "the original server has no case for a client's op 7: it closes 1000 \"Unknown data\"";
}
/* D-54a, D-64: what main.ts closes with 1000 "Invalid formating of authentication" (:100-114
   and :149-151): authentication with token and uid both null or both non-empty, CONNECT_GUILD
   with a non-empty token and gid. Run by GW_WIRE_ORIGINAL encodes and gw_dmod_check_original. */
#define GW__DMOD_IFA "original closes 1000 \"Invalid formating of authentication\""
/* after the rule, a third text: the session checker's reason on a client's own side (D-64) */
#define GW__DMOD_AUTH(what) "AUTHENTICATE with " what ": token and uid must be both null or both non-empty (D-54a)"
static const char *gw__dmod_orig_rule(const void *msg)
{
    const gw_dmod_msg *m = (const gw_dmod_msg *)msg;
    if (m->kind == GW_DMOD_AUTHENTICATE) {
        const gw_dmod_auth *a = &m->u.auth;
        if (a->has_token && !a->token.len)
            return GW__WHY("d.token", "must not be empty (D-54a): " GW__DMOD_IFA) "\0" GW__DMOD_AUTH("token is empty");
        if (a->has_uid && !a->uid.len)
            return GW__WHY("d.uid", "must not be empty (D-54a): " GW__DMOD_IFA) "\0" GW__DMOD_AUTH("uid is empty");
        if (a->has_token && !a->has_uid)
            return GW__WHY("d.uid", "must be set with token (D-54a): " GW__DMOD_IFA) "\0" GW__DMOD_AUTH("token without uid");
        if (a->has_uid && !a->has_token)
            return GW__WHY("d.token", "must be set with uid (D-54a): " GW__DMOD_IFA) "\0" GW__DMOD_AUTH("uid without token");
    } else if (m->kind == GW_DMOD_CMD_CONNECT_GUILD) {
        if (!m->u.connect_guild.token.len)
            return GW__WHY("d.token", "must not be empty (D-54a): " GW__DMOD_IFA) "\0" "CONNECT_GUILD with an empty token (D-54a)";
        if (!m->u.connect_guild.gid.len)
            return GW__WHY("d.gid", "must not be empty (D-54a): " GW__DMOD_IFA) "\0" "CONNECT_GUILD with an empty gid (D-54a)";
    }
    return NULL;
}
#undef GW__DMOD_IFA
#undef GW__DMOD_AUTH
/* D-52: the server accepts at most 1000 bytes from a client */
static const gw__env_rule gw__dmod_env[] = { /* 5.2 */
    { "d", NULL, GW__ENV_TYPE(GJ_OBJECT) | GW__ENV_TYPE(GJ_NULL), 1, GW_FROM_CLIENT | GW_FROM_SERVER, GW__ENV_ALWAYS, 0,
      "an object or null on every message (5.2)" },
    { "t", NULL, GW__ENV_TYPE(GJ_STRING) | GW__ENV_TYPE(GJ_NULL), 0, GW_FROM_SERVER, GW__ENV_ALWAYS, 0, "a string or null when present (D-58)" },
    { "t", NULL, GW__ENV_TYPE(GJ_NULL), 0, GW_FROM_CLIENT, GW__ENV_ALWAYS, 0, "null when a client sends it (5.2)" },
    { "ev", NULL, GW__ENV_TYPE(GJ_STRING), 0, GW_FROM_SERVER, GW__ENV_ALWAYS, 0, "a string when present (D-58)" },
    { "cmd", NULL, GW__ENV_TYPE(GJ_STRING), 0, GW_FROM_CLIENT, GW__ENV_ALWAYS, 0, "a string when present (5.2)" }
};
GW__PROTO(dmod, DMOD,
    "dmod", "op", 0,                           /* name, op_key, op_is_string */
    1000, 0,                                   /* size caps: client, server (0: none) */
    NULL, gw__dmod_no_form, gw__dmod_orig_rule /* seq_key, no_form, orig_rule */
);
GW_DEF gw_dmod_msg gw_dmod_make_heartbeat_back(void) { gw_dmod_msg m; gw_dmod_init(&m, GW_DMOD_HEARTBEAT_BACK); return m; }
GW_DEF gw_dmod_msg gw_dmod_make_authenticate(const char *token, const char *uid)
{
    gw_dmod_msg m;
    gw_dmod_init(&m, GW_DMOD_AUTHENTICATE);
    if (token) m.u.auth.token = gw_str_c(token), m.u.auth.has_token = true;
    if (uid) m.u.auth.uid = gw_str_c(uid), m.u.auth.has_uid = true;
    return m;
}

/* D-54a, D-61: what the original server refuses beyond the seed's rules */
GW_DEF gw_err gw_dmod_check_original(const gw_dmod_msg *m, gw_error *err)
{
    gw_error local;
    const char *bad = NULL;
    if (!err) err = &local;
    memset(err, 0, sizeof *err);
    if (!m) return err->code = GW_ERR_ARG;
    err->offset = GW_NO_OFFSET; /* a rule on the message, not on a byte of it */
    if (gw__dmod_no_case((int)m->kind)) {
        memcpy(err->path, "op", 3);
        snprintf(err->detail, sizeof err->detail, "%s", gw__dmod_no_form((int)m->kind, GW_WIRE_ORIGINAL));
        return err->code = GW_ERR_UNKNOWN_OP;
    }
    /* the original's rules (what GW_WIRE_ORIGINAL encodes refuse), then D-54a's own: an empty
       DESCONNECT_GUILD gid, which main.ts answers (7.1), so the encoder lets it through */
    bad = gw__dmod_orig_rule(m);
    if (!bad && m->kind == GW_DMOD_CMD_DISCONNECT_GUILD && !m->u.gid.gid.len)
        bad = GW__WHY("d.gid", "must not be empty (D-54a, this codec's rule: the original answers it, 7.1)") "\0"
              "DESCONNECT_GUILD with an empty gid (D-54a, this codec's rule)";
    if (!bad) { err->offset = 0; return GW_OK; }
    snprintf(err->path, sizeof err->path, "%s", bad);
    snprintf(err->detail, sizeof err->detail, "%s", gw__why(bad));
    return err->code = GW_ERR_VALUE;
}

/* ---- session rules of dmod (5.1): server op 0 → client op 1 → server op 2; then server op 3, answered by one
   client op 4; client commands (op 6, 7) and their op 7 responses; server events (op 5).
   Phases: 0 new, 1 auth requested, 2 authenticating, 3 authenticated. No interval is published:
   no timers. ---- */
#define GW__DMOD_EVENTS (GW__K(GW_DMOD_EV_GUILD_PRIVILEGE_UPDATE) | GW__K(GW_DMOD_EV_GUILD_MEMBER_COUNT_CHANGE) | \
    GW__K(GW_DMOD_EV_APPLICATION_SESSION_HB_P) | GW__K(GW_DMOD_EV_APPLICATION_SESSION_END))
#define GW__DMOD_GUILD_CMDS (GW__K(GW_DMOD_CMD_CONNECT_GUILD) | GW__K(GW_DMOD_CMD_DISCONNECT_GUILD))
#define GW__DMOD_SESSION_CMDS (GW__K(GW_DMOD_CMD_APPLICATION_SESSION) | GW__K(GW_DMOD_CMD_APPLICATION_SESSION_END) | \
    GW__K(GW_DMOD_CMD_APPLICATION_SESSION_REAUTH) | GW__K(GW_DMOD_CMD_APPLICATION_SESSION_HB_M))
static const gw__srule gw__dmod_srules[] = {
    GW__R(GW_DMOD_REQUEST_AUTH, GW__FROM_S, GW__P(0), 1, 0),
    GW__R(GW_DMOD_AUTHENTICATE, GW__FROM_C, GW__P(1), 2, 0),
    GW__R(GW_DMOD_AUTH_PASS, GW__FROM_S, GW__P(2), 3, 0),
    GW__NO(GW__K(GW_DMOD_AUTHENTICATE) | GW__K(GW_DMOD_HEARTBEAT_BACK) | GW__DMOD_GUILD_CMDS | GW__DMOD_SESSION_CMDS, GW__FROM_C,
           GW__P(0) | GW__P(1) | GW__P(2), GW__DMOD_CLOSE_NOT_AUTHENTICATED, "not authenticated"),
    GW__R(GW_DMOD_HEARTBEAT, GW__FROM_S, GW__P(3), GW__S_KEEP, GW__S_REQ),
    GW__R(GW_DMOD_HEARTBEAT_BACK, GW__FROM_C, GW__P(3), GW__S_KEEP, GW__S_ANSWER),
    GW__RS(GW__DMOD_EVENTS, GW__FROM_S, GW__P(3), GW__S_KEEP, 0),
    GW__RS(GW__DMOD_GUILD_CMDS, GW__FROM_C, GW__P(3), GW__S_KEEP, 0),
    GW__RS(GW__K(GW_DMOD_RESP_CONNECT_GUILD) | GW__K(GW_DMOD_RESP_DISCONNECT_GUILD), GW__FROM_S, GW__P(3), GW__S_KEEP, 0),
    GW__RS(GW__DMOD_SESSION_CMDS, GW__FROM_C, GW__P(3), GW__S_KEEP, 0),
};
#undef GW__DMOD_EVENTS
#undef GW__DMOD_GUILD_CMDS
#undef GW__DMOD_SESSION_CMDS

static gw_session_verdict gw__dmod_sextra(gw_session *s, const void *msg, int kind, int sender)
{
    int i = kind == GW_DMOD_CMD_CONNECT_GUILD || kind == GW_DMOD_RESP_CONNECT_GUILD ? GW__DMOD_PENDING_CONNECT : GW__DMOD_PENDING_DISCONNECT;
    /* D-54a: the original closes with 1000 and a reason for what it refuses. A server's reason goes
       out in its close frame: the original's own words. A client checks what it sends itself: its
       reason names the rule it broke (D-64). */
    if (s->wire == GW_WIRE_ORIGINAL && sender == GW_FROM_CLIENT) {
        gw_error e;
        if (gw_dmod_check_original((const gw_dmod_msg *)msg, &e) == GW_ERR_VALUE) {
            const char *bad = gw__dmod_orig_rule(msg);
            if (s->side == GW_SIDE_CLIENT)
                return gw__s_verdict(GW_VIOLATION, GW__DMOD_CLOSE_REFUSED,
                                     bad ? gw__why(gw__why(bad)) : "DESCONNECT_GUILD with an empty gid (D-54a, this codec's rule)");
            return gw__s_verdict(GW_VIOLATION, GW__DMOD_CLOSE_REFUSED,
                                 bad ? "Invalid formating of authentication" /* main.ts:132, :150 */
                                     : "empty gid"); /* ours (D-54a) */
        }
    }
    if (kind == GW_DMOD_CMD_CONNECT_GUILD || kind == GW_DMOD_CMD_DISCONNECT_GUILD) {
        if (s->pending[i] < UINT8_MAX) s->pending[i]++;
    } else if (kind == GW_DMOD_RESP_CONNECT_GUILD || kind == GW_DMOD_RESP_DISCONNECT_GUILD) {
        if (!s->pending[i]) return gw__s_verdict(GW_VIOLATION, GW__CLOSE_PROTOCOL_ERROR, "command response without its command");
        s->pending[i]--;
    }
    return gw__s_ok;
}

/* D-61: main.ts's default: branch, whatever the phase (its switch looks at no authentication state) */
static gw_session_verdict gw__dmod_soriginal(const void *msg, int kind, int sender)
{
    (void)msg;
    if (sender == GW_FROM_CLIENT && gw__dmod_no_case(kind)) return gw__s_verdict(GW_VIOLATION, GW__DMOD_CLOSE_REFUSED, "Unknown data");
    return gw__s_ok;
}
static const gw__sproto gw__dmod_sproto = {
    &gw__dmod_proto, gw__dmod_srules, GW__COUNT(gw__dmod_srules), /* codec, r, n */
    GW__S_GRACE, GW__CLOSE_POLICY, GW__CLOSE_POLICY,              /* grace, client_timeout, server_timeout */
    gw__dmod_sextra, gw__s_generic_error, gw__dmod_soriginal      /* extra, error_code, original */
};
#endif /* GATEWAY_NO_DMOD */
#endif /* GATEWAY_IMPLEMENTATION */

#ifndef GATEWAY_H
/* ==== the list of protocols and their entry points ============================================ */
/* A protocol defined outside this file, in one file of its own (HACKING.md, "Add a protocol";
   tests/toy/toy.h is one, compiled only by the tests). Define before including gateway.h:
     GW_EXTRA_PROTOCOLS(X)    its entry in the list below: X(toy, GW_PROTO_TOY)
     GW_EXTRA_PROTOCOL        its file, which gateway.h includes twice: with GW__EXTRA_PART 1 for
                              its public section (kinds, structs, gw_<p>_msg), with 2 for its
                              implementation (schemas, variant rows, gw__<p>_proto, session rules
                              and gw__<p>_sproto), where the built-in protocols' blocks end */
#if defined(GW_EXTRA_DECLS) || defined(GW_EXTRA_TABLES) || defined(GW_EXTRA_SESSION)
#error "gateway.h: GW_EXTRA_DECLS, GW_EXTRA_TABLES and GW_EXTRA_SESSION are now one file, GW_EXTRA_PROTOCOL (HACKING.md)"
#endif
#ifdef GW_EXTRA_PROTOCOL
#define GW__EXTRA_PART 1
#include GW_EXTRA_PROTOCOL
#undef GW__EXTRA_PART
#endif
#ifdef GW_EXTRA_PROTOCOLS
#define GW__EXTRA_PROTOCOLS(X) GW_EXTRA_PROTOCOLS(X)
#else
#define GW__EXTRA_PROTOCOLS(X)
#endif
/* The protocols, once each: X(prefix, its gw_proto value). Every protocol's entry points,
   gw_any_msg and the generic entry points' table all come from this list; each built-in protocol
   enters it from its own section (GW__PROTOCOL_<P>), unless GATEWAY_NO_<P> leaves it out. */
#ifndef GW__PROTOCOL_SM
#define GW__PROTOCOL_SM(X)
#endif
#ifndef GW__PROTOCOL_I386
#define GW__PROTOCOL_I386(X)
#endif
#ifndef GW__PROTOCOL_MS
#define GW__PROTOCOL_MS(X)
#endif
#ifndef GW__PROTOCOL_NG
#define GW__PROTOCOL_NG(X)
#endif
#ifndef GW__PROTOCOL_DMOD
#define GW__PROTOCOL_DMOD(X)
#endif
#define GW__PROTOCOLS(X) GW__PROTOCOL_SM(X) GW__PROTOCOL_I386(X) GW__PROTOCOL_MS(X) GW__PROTOCOL_NG(X) GW__PROTOCOL_DMOD(X) \
    GW__EXTRA_PROTOCOLS(X)

/* The built-in protocols keep their values when some are left out (GATEWAY_NO_<P>: the generic
   entry points then know them as no protocol); one kept in a file of its own comes after them. */
#define GW__PROTO_VALUE(p, id) id,
typedef enum gw_proto {
    GW_PROTO_NONE = 0, GW_PROTO_SM, GW_PROTO_I386, GW_PROTO_MS, GW_PROTO_NG, GW_PROTO_DMOD,
    GW__EXTRA_PROTOCOLS(GW__PROTO_VALUE) GW_PROTO_COUNT_
} gw_proto;
#undef GW__PROTO_VALUE

GW__EXTRA_PROTOCOLS(GW__DECLARE) /* gw_<p>_decode, _encode, _equal, _peek, _init ...: the built-in ones' in their sections */
#undef GW__DECLARE
#undef GW__SESSION_DECLARE
/* After init: GW_WIRE_ORIGINAL also enforces the rules the original implementation adds to the
   seed's (dmod: gw_dmod_check_original on what the client sends; a violation closes with 1000 and
   the original's reason: "Unknown data" for a client op 4 or op 7 in any phase (D-61), "Invalid
   formating of authentication"). GW_WIRE_SEED (the default): the seed's rules only. */
GW_DEF void gw_session_set_wire(gw_session *s, gw_wire wire);

#ifdef GATEWAY_ZLIB

/* ==== zlib transport: declarations (GATEWAY_ZLIB) ============================================= */
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

#endif

/* ==== generic entry points: declarations ====================================================== */

/* Big enough for any protocol's message: members sm, i386, ms, ng, dmod (gw_<p>_msg each). */
#define GW__ANY_MEMBER(p, id) gw_##p##_msg p;
typedef union gw_any_msg { GW__PROTOCOLS(GW__ANY_MEMBER) } gw_any_msg;
#undef GW__ANY_MEMBER

/* "shardmaster", "i386chat", "microservice", "nightingale", "dmod" (NULL if unknown) */
GW_DEF const char *gw_proto_name(gw_proto p);
/* A protocol by its name or by its short name, the API's prefix: "sm", "i386", "ms", "ng", "dmod"
   (what gwcat takes). GW_PROTO_NONE if unknown. */
GW_DEF gw_proto gw_proto_find(const char *name);
/* The kind of any message (a gw_<p>_msg or a gw_any_msg: the kind is its first member), e.g.
   switch (gw_msg_kind(&any)) after gw_decode(GW_PROTO_MS, ..., &any, ...). */
GW_DEF int gw_msg_kind(const void *msg);
/* &msg->u.unknown when msg (of protocol p) is GW_<P>_UNKNOWN, else NULL. */
GW_DEF const gw_unknown *gw_msg_unknown(gw_proto p, const void *msg);
/* Name of a message kind, e.g. "GW_DMOD_HEARTBEAT" (NULL if unknown). */
GW_DEF const char *gw_kind_name(gw_proto p, int kind);
/* Who sends a kind: GW_FROM_CLIENT, GW_FROM_SERVER, both (|), or 0 for no kind of p. */
GW_DEF unsigned gw_kind_from(gw_proto p, int kind);
/* The protocol's size cap on a sender's messages in bytes, 0 for none (PROTOCOLS.md 0.1). */
GW_DEF size_t gw_proto_cap(gw_proto p, gw_from from);
/* The key of the opcode: "type" (shard-master), "f" (i386chat), "op" (the others); NULL if unknown. */
GW_DEF const char *gw_proto_op_key(gw_proto p);
/* As gw_<p>_decode / _encode / _equal; msg points to that protocol's gw_<p>_msg (or a gw_any_msg). */
GW_DEF gw_err gw_decode(gw_proto p, const char *buf, size_t len, gw_from from, void *msg,
                        void *scratch, size_t scratch_size, gw_error *err);
GW_DEF gw_err gw_peek(gw_proto p, const char *buf, size_t len, gw_from from, gw_envelope *peek,
                          void *scratch, size_t scratch_size, gw_error *err);
GW_DEF gw_err gw_encode(gw_proto p, const void *msg, char *out, size_t cap, size_t *outlen, gw_error *err);
GW_DEF gw_err gw_encode_wire(gw_proto p, const void *msg, gw_wire wire, char *out, size_t cap, size_t *outlen,
                             gw_error *err);
GW_DEF int gw_equal(gw_proto p, const void *a, const void *b);
/* gw_decode with flags: GW_DECODE_LENIENT (see gw_unknown). */
GW_DEF gw_err gw_decode_flags(gw_proto p, const char *buf, size_t len, gw_from from, unsigned flags, void *msg,
                              void *scratch, size_t scratch_size, gw_error *err);
/* sizeof the protocol's gw_<p>_msg (0 if unknown): what gw_decode zeroes and writes. */
GW_DEF size_t gw_msg_size(gw_proto p);
#define GATEWAY_H
#endif /* GATEWAY_H */

#if defined(GATEWAY_IMPLEMENTATION) && !defined(GATEWAY_IMPLEMENTATION_DONE)
#define GATEWAY_IMPLEMENTATION_DONE
/* ==== a protocol kept in a file of its own (GW_EXTRA_PROTOCOL) ================================ */
#ifdef GW_EXTRA_PROTOCOL /* a protocol kept in a file of its own: its block */
#define GW__EXTRA_PART 2
#include GW_EXTRA_PROTOCOL
#undef GW__EXTRA_PART
#endif
#undef GW__R
#undef GW__RS
#undef GW__NO
#undef GW__K
#undef GW__P
#undef GW__PANY

/* ==== every protocol's entry points; the session engine ======================================= */
/* every protocol's entry points, on its tables */
GW__PROTOCOLS(GW__WRAPPERS)
#undef GW__WRAPPERS

/* the engine of the checker */
static gw_session_verdict gw__s_fail(gw_session *s, gw_session_verdict v)
{
    v.next_deadline_ms = 0;
    s->failed = v;
    return v;
}

/* D-70: every heartbeat owes one ack, overdue `interval` after it was sent; acks answer the oldest
   first. The ring keeps each waiting heartbeat's deadline while four or fewer wait. Beyond that its
   newest slot stands for every heartbeat after the third and holds the newest one's deadline: a
   close that comes late, never early, in the fixed gw_session. */
#define GW__S_NACK(s) ((uint32_t)(sizeof (s)->ack_due_ms / sizeof (s)->ack_due_ms[0]))
static uint64_t *gw__s_ack_slot(gw_session *s, uint32_t i) { return &s->ack_due_ms[(s->ack_head + i) % GW__S_NACK(s)]; }
static void gw__s_hb_sent(gw_session *s, uint64_t due)
{
    *gw__s_ack_slot(s, s->ack_pending < GW__S_NACK(s) ? s->ack_pending : GW__S_NACK(s) - 1) = due;
    if (s->ack_pending < UINT8_MAX) s->ack_pending++;
}
static void gw__s_hb_acked(gw_session *s)
{
    s->ack_head = (uint8_t)((s->ack_head + 1u) % GW__S_NACK(s));
    s->ack_pending--;
    if (s->ack_pending >= GW__S_NACK(s)) /* the freed slot is now the newest: the group's deadline */
        *gw__s_ack_slot(s, GW__S_NACK(s) - 1) = *gw__s_ack_slot(s, GW__S_NACK(s) - 2);
}
#undef GW__S_NACK

/* A deadline that has passed: the oldest unacknowledged heartbeat's (D-70), or the server's wait
   for the next heartbeat (grace * interval after the last). */
static int gw__s_expired(const gw_session *s, const gw__sproto *P, uint64_t now, gw_session_verdict *v)
{
    if (!s->interval_ms) return 0;
    if (s->side == GW_SIDE_CLIENT && s->ack_pending && now >= s->ack_due_ms[s->ack_head]) {
        *v = gw__s_verdict(GW_TIMEOUT, P->client_timeout, "no heartbeat ack in time");
        return 1;
    }
    if (s->side == GW_SIDE_SERVER && s->timers && now >= s->last_hb_ms + (uint64_t)P->grace * s->interval_ms) {
        *v = gw__s_verdict(GW_TIMEOUT, P->server_timeout, "no heartbeat in time");
        return 1;
    }
    return 0;
}

/* What this side should do now, and when the next timer fires. */
static gw_session_verdict gw__s_eval(const gw_session *s, const gw__sproto *P, uint64_t now)
{
    gw_session_verdict v = gw__s_ok;
    if (s->interval_ms && s->side == GW_SIDE_CLIENT) {
        if (s->timers) v.next_deadline_ms = s->last_hb_ms + s->interval_ms;
        if (s->ack_pending && (!v.next_deadline_ms || s->ack_due_ms[s->ack_head] < v.next_deadline_ms))
            v.next_deadline_ms = s->ack_due_ms[s->ack_head];
    } else if (s->interval_ms && s->timers) {
        v.next_deadline_ms = s->last_hb_ms + (uint64_t)P->grace * s->interval_ms;
    }
    if (s->side == GW_SIDE_CLIENT) {
        if (s->answer_owed) v.action = GW_SEND_HEARTBEAT, v.reason = "heartbeat requested";
        else if (s->timers && s->interval_ms && now >= s->last_hb_ms + s->interval_ms)
            v.action = GW_SEND_HEARTBEAT, v.reason = "heartbeat due";
    } else if (s->ack_pending) {
        v.action = GW_SEND_HEARTBEAT, v.reason = "heartbeat to acknowledge";
    }
    return v;
}

static void gw__s_init(gw_session *s, int proto, gw_side side, uint64_t now)
{
    memset(s, 0, sizeof *s);
    s->proto = (uint8_t)proto;
    s->side = (uint8_t)(side == GW_SIDE_SERVER ? GW_SIDE_SERVER : GW_SIDE_CLIENT);
    s->last_hb_ms = now;
}

static gw_session_verdict gw__s_step(gw_session *s, const gw__sproto *P, int proto, const void *m, int sender, uint64_t now)
{
    const gw__variant *var;
    const gw__srule *r = NULL;
    gw_session_verdict v;
    int kind;
    uint32_t i;
    if (!s) return gw__s_verdict(GW_VIOLATION, GW__CLOSE_INTERNAL, "no session");
    if (s->failed.action) return s->failed;
    if (s->proto != proto) return gw__s_verdict(GW_VIOLATION, GW__CLOSE_INTERNAL, "session of another protocol");
    if (gw__s_expired(s, P, now, &v)) return gw__s_fail(s, v);
    if (!m) return gw__s_fail(s, gw__s_verdict(GW_VIOLATION, GW__CLOSE_INTERNAL, "no message"));
    memcpy(&kind, m, sizeof kind); /* every gw_<p>_msg starts with its kind */
    if (kind == P->codec->unknown_kind) return gw__s_eval(s, P, now); /* lenient decoding's: no rule, no violation */
    var = gw__variant_of(P->codec, kind);
    if (!var) return gw__s_fail(s, gw__s_verdict(GW_VIOLATION, GW__CLOSE_PROTOCOL_ERROR, "unknown message kind"));
    if (!(var->from & sender))
        return gw__s_fail(s, gw__s_verdict(GW_VIOLATION, GW__CLOSE_PROTOCOL_ERROR, "message of the other direction"));
    if (s->wire == GW_WIRE_ORIGINAL && P->original && (v = P->original(m, kind, sender)).action) return gw__s_fail(s, v);
    for (i = 0; i < P->n && !r; i++)
        if (kind > 0 && kind < GW__S_KIND_BITS && (P->r[i].kinds >> kind & 1) && (P->r[i].from & sender) &&
            (P->r[i].phases >> s->phase & 1))
            r = &P->r[i];
    if (!r) return gw__s_fail(s, gw__s_verdict(GW_VIOLATION, GW__CLOSE_PROTOCOL_ERROR, "message out of order"));
    if (r->next == GW__S_DENY) return gw__s_fail(s, gw__s_verdict(GW_VIOLATION, r->code, r->reason));
    if ((r->effect & GW__S_ACK) && !s->ack_pending)
        return gw__s_fail(s, gw__s_verdict(GW_VIOLATION, GW__CLOSE_PROTOCOL_ERROR, "heartbeat ack without a heartbeat"));
    if ((r->effect & GW__S_ANSWER) && !s->answer_owed)
        return gw__s_fail(s, gw__s_verdict(GW_VIOLATION, GW__CLOSE_PROTOCOL_ERROR, "heartbeat answer without a request"));
    if (P->extra && (v = P->extra(s, m, kind, sender)).action) return gw__s_fail(s, v);
    /* one ack per heartbeat, each with its own deadline (D-70), and one answer per request */
    if (r->effect & GW__S_ACK) gw__s_hb_acked(s);
    if (r->effect & GW__S_ANSWER) s->answer_owed--;
    if (r->effect & GW__S_HB) {
        gw__s_hb_sent(s, now + s->interval_ms);
        s->answer_owed = 0; /* a heartbeat answers every request received before it (D-70) */
        s->last_hb_ms = now;
    }
    if ((r->effect & GW__S_REQ) && s->answer_owed < UINT8_MAX) s->answer_owed++;
    if (r->effect & GW__S_START) s->timers = 1, s->last_hb_ms = now;
    if (r->next >= 0) s->phase = (uint8_t)r->next;
    return gw__s_eval(s, P, now);
}

static gw_session_verdict gw__s_poll(gw_session *s, const gw__sproto *P, int proto, uint64_t now)
{
    gw_session_verdict v;
    if (!s) return gw__s_verdict(GW_VIOLATION, GW__CLOSE_INTERNAL, "no session");
    if (s->failed.action) return s->failed;
    if (s->proto != proto) return gw__s_verdict(GW_VIOLATION, GW__CLOSE_INTERNAL, "session of another protocol");
    if (gw__s_expired(s, P, now, &v)) return gw__s_fail(s, v);
    return gw__s_eval(s, P, now);
}

static gw_session_verdict gw__s_error(gw_session *s, const gw__sproto *P, int proto, const gw_error *e, uint64_t now)
{
    gw_session_verdict v;
    if (!s) return gw__s_verdict(GW_VIOLATION, GW__CLOSE_INTERNAL, "no session");
    if (s->failed.action) return s->failed;
    if (s->proto != proto) return gw__s_verdict(GW_VIOLATION, GW__CLOSE_INTERNAL, "session of another protocol");
    if (gw__s_expired(s, P, now, &v)) return gw__s_fail(s, v);
    if (!e || e->code == GW_OK) return gw__s_eval(s, P, now);
    return gw__s_fail(s, gw__s_verdict(GW_VIOLATION, P->error_code(e->code, s->side), gw_strerror(e->code)));
}

/* The peer of `side`, the sender of what on_recv gets: client <-> server (gw_side, gw_from) */
#define GW__OTHER_SIDE(side) (GW_SIDE_CLIENT + GW_SIDE_SERVER - (side))
#define GW__SESSION_WRAPPERS(p, id) \
    GW_DEF void gw_##p##_session_init(gw_session *s, gw_side side, uint64_t now_ms) \
    { if (s) gw__s_init(s, id, side, now_ms); } \
    GW_DEF gw_session_verdict gw_##p##_session_on_recv(gw_session *s, const gw_##p##_msg *m, uint64_t now_ms) \
    { return gw__s_step(s, &gw__##p##_sproto, id, m, s ? GW__OTHER_SIDE(s->side) : 0, now_ms); } \
    GW_DEF gw_session_verdict gw_##p##_session_on_send(gw_session *s, const gw_##p##_msg *m, uint64_t now_ms) \
    { return gw__s_step(s, &gw__##p##_sproto, id, m, s ? s->side : 0, now_ms); } \
    GW_DEF gw_session_verdict gw_##p##_session_poll(gw_session *s, uint64_t now_ms) \
    { return gw__s_poll(s, &gw__##p##_sproto, id, now_ms); } \
    GW_DEF gw_session_verdict gw_##p##_session_on_error(gw_session *s, const gw_error *e, uint64_t now_ms) \
    { return gw__s_error(s, &gw__##p##_sproto, id, e, now_ms); }
GW__PROTOCOLS(GW__SESSION_WRAPPERS)
#undef GW__SESSION_WRAPPERS
#undef GW__OTHER_SIDE

GW_DEF void gw_session_set_wire(gw_session *s, gw_wire wire)
{
    if (s) s->wire = (uint8_t)(wire == GW_WIRE_ORIGINAL ? GW_WIRE_ORIGINAL : GW_WIRE_SEED);
}

#ifdef GATEWAY_ZLIB

/* ==== zlib transport (GATEWAY_ZLIB) =========================================================== */
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

#endif

/* ==== generic entry points ==================================================================== */
static const gw__proto *gw__proto_of(gw_proto p)
{
#define GW__PROTO_CASE(p, id) case id: return &gw__##p##_proto;
    switch (p) { GW__PROTOCOLS(GW__PROTO_CASE) default: return NULL; }
#undef GW__PROTO_CASE
}

GW_DEF unsigned gw_kind_from(gw_proto p, int kind)
{
    const gw__proto *P = gw__proto_of(p);
    unsigned from = 0;
    uint32_t i;
    for (i = 0; P && i < P->nv; i++) if (P->v[i].kind == kind) from |= P->v[i].from;
    if (P && kind == P->unknown_kind) from = GW_FROM_CLIENT | GW_FROM_SERVER; /* lenient decoding, either side */
    return from;
}

GW_DEF size_t gw_proto_cap(gw_proto p, gw_from from)
{
    const gw__proto *P = gw__proto_of(p);
    return P && (from == GW_FROM_CLIENT || from == GW_FROM_SERVER) ? P->cap[from] : 0;
}

GW_DEF const char *gw_proto_op_key(gw_proto p)
{
    const gw__proto *P = gw__proto_of(p);
    return P ? P->op_key : NULL;
}

GW_DEF const char *gw_proto_name(gw_proto p)
{
    const gw__proto *P = gw__proto_of(p);
    return P ? P->name : NULL;
}

/* A protocol's short name, its prefix ("sm", "dmod"), or NULL when the build has no such protocol */
static const char *gw__short_name(gw_proto p)
{
    switch (p) {
#define GW__SHORT_NAME(p_, id) case id: return #p_;
    GW__PROTOCOLS(GW__SHORT_NAME)
#undef GW__SHORT_NAME
    default: return NULL;
    }
}

GW_DEF gw_proto gw_proto_find(const char *name)
{
    int i;
    for (i = 1; name && i < GW_PROTO_COUNT_; i++) {
        const gw__proto *P = gw__proto_of((gw_proto)i);
        const char *short_name = gw__short_name((gw_proto)i);
        if (P && short_name && (strcmp(P->name, name) == 0 || strcmp(short_name, name) == 0)) return (gw_proto)i;
    }
    return GW_PROTO_NONE;
}

GW_DEF int gw_msg_kind(const void *msg)
{
    int kind = 0;
    if (msg) memcpy(&kind, msg, sizeof kind);
    return kind;
}

GW_DEF const gw_unknown *gw_msg_unknown(gw_proto p, const void *msg)
{
    const gw__proto *P = gw__proto_of(p);
    if (!P || !msg || gw_msg_kind(msg) != P->unknown_kind) return NULL;
    return (const gw_unknown *)(const void *)((const unsigned char *)msg + P->unknown_off);
}

GW_DEF const char *gw_kind_name(gw_proto p, int kind)
{
    const gw__proto *P = gw__proto_of(p);
    const gw__variant *v = P ? gw__variant_of(P, kind) : NULL;
    if (P && kind == P->unknown_kind) return P->unknown_name;
    return v ? v->kind_name : NULL;
}

/* The generic entry points call the protocol's own, where its table is a constant (the message's
   size, its slots): a third fewer instructions on a heartbeat than through a pointer */
static gw_err gw__no_proto(gw_error *err)
{
    if (err) { memset(err, 0, sizeof *err); err->code = GW_ERR_ARG; }
    return GW_ERR_ARG;
}

GW_DEF gw_err gw_decode(gw_proto p, const char *buf, size_t len, gw_from from, void *msg,
                        void *scratch, size_t scratch_size, gw_error *err)
{
    /* each protocol's whole-frame path inlined, P a constant: no second call for a heartbeat */
#define GW__CALL(q, id) case id: GW__DECODE(&gw__##q##_proto, buf, len, from, 0u, msg, scratch, scratch_size, err, \
                                            gw__##q##_decode_rest(buf, len, from, msg, scratch, scratch_size, err));
    switch (p) { GW__PROTOCOLS(GW__CALL) default: return gw__no_proto(err); }
#undef GW__CALL
}

GW_DEF gw_err gw_decode_flags(gw_proto p, const char *buf, size_t len, gw_from from, unsigned flags, void *msg,
                              void *scratch, size_t scratch_size, gw_error *err)
{
#define GW__CALL(q, id) case id: GW__DECODE(&gw__##q##_proto, buf, len, from, flags, msg, scratch, scratch_size, err, \
                                            gw__##q##_decode_rest_flags(buf, len, from, flags, msg, scratch, scratch_size, err));
    switch (p) { GW__PROTOCOLS(GW__CALL) default: return gw__no_proto(err); }
#undef GW__CALL
}

GW_DEF gw_err gw_peek(gw_proto p, const char *buf, size_t len, gw_from from, gw_envelope *peek,
                          void *scratch, size_t scratch_size, gw_error *err)
{
#define GW__CALL(q, id) case id: return gw_##q##_peek(buf, len, from, peek, scratch, scratch_size, err);
    switch (p) { GW__PROTOCOLS(GW__CALL) default: break; }
#undef GW__CALL
    if (peek) memset(peek, 0, sizeof *peek);
    return gw__no_proto(err);
}

GW_DEF gw_err gw_encode_wire(gw_proto p, const void *msg, gw_wire wire, char *out, size_t cap, size_t *outlen,
                             gw_error *err)
{
#define GW__CALL(q, id) case id: return gw_##q##_encode_wire((const gw_##q##_msg *)msg, wire, out, cap, outlen, err);
    switch (p) { GW__PROTOCOLS(GW__CALL) default: break; }
#undef GW__CALL
    if (outlen) *outlen = 0;
    return gw__no_proto(err);
}

GW_DEF gw_err gw_encode(gw_proto p, const void *msg, char *out, size_t cap, size_t *outlen, gw_error *err)
{
    return gw_encode_wire(p, msg, GW_WIRE_SEED, out, cap, outlen, err);
}

GW_DEF int gw_equal(gw_proto p, const void *a, const void *b)
{
    const gw__proto *P = gw__proto_of(p);
    return P && a && b ? gw__equal(P, a, b) : 0;
}

GW_DEF size_t gw_msg_size(gw_proto p)
{
    const gw__proto *P = gw__proto_of(p);
    return P ? P->msg_size : 0;
}
#endif /* GATEWAY_IMPLEMENTATION */
#ifdef __cplusplus
}
#endif

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
