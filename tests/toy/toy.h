/* toy/toy.h - a protocol that exists only to prove HACKING.md's "Add a protocol" steps, in one
   file kept outside gateway.h (tests/test_toy.c; test_tables.c and with_toy.h compile it in too).
     client: {"op":1,"d":{"n":N}}                   GW_TOY_PING
     server: {"op":2,"d":{"n":N}}                   GW_TOY_PONG, answers a ping
     server: {"op":3,"t":"NOTE","d":{"text":S,"id":"snowflake"?}}   GW_TOY_NOTE
   Client frames are capped at 256 bytes.
   Include it before gateway.h; gateway.h includes it again (GW_EXTRA_PROTOCOL) for its public
   section (GW__EXTRA_PART 1) and its implementation (GW__EXTRA_PART 2). Paths are relative to
   gateway.h. */
#ifndef GW__EXTRA_PART
/* step 2: its entry in gateway.h's list of protocols (which makes GW_PROTO_TOY), and this file */
#define GW_EXTRA_PROTOCOLS(X) X(toy, GW_PROTO_TOY)
#define GW_EXTRA_PROTOCOL "tests/toy/toy.h"

#elif GW__EXTRA_PART == 1
/* step 1, its public section: the message list (the kind enum and the variant rows are made from
   it), the kinds (ending in GW_TOY_UNKNOWN), the payloads, gw_toy_msg */
#define GW__TOY_MESSAGES(M, A) \
    M(GW_TOY_PING, C, 1, NULL, NONE, gw__toy_m_ping, BOTH) /* u.ping */ \
    M(GW_TOY_PONG, S, 2, NULL, NONE, gw__toy_m_pong, BOTH) /* u.ping */ \
    M(GW_TOY_NOTE, S, 3, "NOTE", T, gw__toy_m_note, BOTH)  /* u.note */
typedef enum gw_toy_kind {
    GW_TOY_NONE = 0,
    GW__TOY_MESSAGES(GW__KIND, GW__FORM)
    GW_TOY_UNKNOWN  /* lenient decoding only, u.unknown */
} gw_toy_kind;
typedef struct gw_toy_ping { uint32_t n; } gw_toy_ping;
typedef struct gw_toy_note { gw_str text; uint64_t id; bool has_id; } gw_toy_note;
typedef struct gw_toy_msg {
    gw_toy_kind kind;
    union {
        gw_toy_ping ping;
        gw_toy_note note;
        gw_unknown unknown;
    } u;
} gw_toy_msg;

#else
/* step 3: schemas, the variant rows (made from the message list), the envelope every message
   keeps (lenient decoding) and the protocol's description */
GW__SCHEMA(gw__toy_ping, GW__FIELD(gw_toy_ping, "n", GW__U32, n));
GW__SCHEMA(gw__toy_note, GW__FIELD(gw_toy_note, "text", GW__STR, text), GW__FIELD_HAS(gw_toy_note, "id", GW__SNOWFLAKE, GW__OPT, id, has_id));
GW__SCHEMA(gw__toy_m_ping, GW__FIXED_INT("op", 1), GW__FIELD_OF(gw_toy_msg, "d", GW__OBJ, u.ping, &gw__toy_ping));
GW__SCHEMA(gw__toy_m_pong, GW__FIXED_INT("op", 2), GW__FIELD_OF(gw_toy_msg, "d", GW__OBJ, u.ping, &gw__toy_ping));
GW__SCHEMA(gw__toy_m_note, GW__FIXED_INT("op", 3), GW__FIXED_STR("t", "NOTE"), GW__FIELD_OF(gw_toy_msg, "d", GW__OBJ, u.note, &gw__toy_note));
GW__VARIANTS(toy, TOY, GW__ROW)
static const gw__env_rule gw__toy_env[] = {
    { "t", NULL, GW__ENV_TYPE(GJ_STRING), 0, GW_FROM_SERVER, GW__ENV_ALWAYS, 0, "a string when present" }
};
GW__PROTO(toy, TOY,
    "toy", "op", 0,   /* name, op_key, op_is_string */
    256, 0,           /* size caps: client, server (0: none) */
    NULL, NULL, NULL  /* seq_key, no_form, orig_rule */
);
/* step 4: the session rules (sets of kinds, sender, phases, next phase, effects, and a close code
   where a rule refuses) and the session description. One phase: every ping is answered by one
   pong; notes any time. */
static const gw__srule gw__toy_srules[] = {
    GW__R(GW_TOY_PING, GW__FROM_C, GW__PANY, GW__S_KEEP, GW__S_HB),
    GW__R(GW_TOY_PONG, GW__FROM_S, GW__PANY, GW__S_KEEP, GW__S_ACK),
    GW__R(GW_TOY_NOTE, GW__FROM_S, GW__PANY, GW__S_KEEP, 0),
};
static const gw__sproto gw__toy_sproto = {
    &gw__toy_proto, gw__toy_srules, GW__COUNT(gw__toy_srules), /* codec, r, n */
    GW__S_GRACE, GW__CLOSE_POLICY, GW__CLOSE_POLICY,           /* grace, client_timeout, server_timeout */
    NULL, gw__s_generic_error, NULL                            /* extra, error_code, original */
};
#endif
