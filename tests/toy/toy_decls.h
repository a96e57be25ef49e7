/* toy: a protocol that exists only to prove HACKING.md's "Add a protocol" steps (tests/test_toy.c).
   Step 1, its public section: the message list, the kinds made from it (ending in
   GW_TOY_UNKNOWN), the payloads, gw_toy_msg.
     client: {"op":1,"d":{"n":N}}                   GW_TOY_PING
     server: {"op":2,"d":{"n":N}}                   GW_TOY_PONG, answers a ping
     server: {"op":3,"t":"NOTE","d":{"text":S,"id":"snowflake"?}}   GW_TOY_NOTE
   Client frames are capped at 256 bytes. */
/* its messages, one row each: the kind enum is made from this list, the variant rows too (step 3) */
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
