/* toy: a protocol that exists only to prove HACKING.md's "Add a protocol" steps (tests/test_toy.c).
   Step 1, its public section: the kinds (ending in GW_TOY_UNKNOWN), the payloads, gw_toy_msg.
     client: {"op":1,"d":{"n":N}}                   GW_TOY_PING
     server: {"op":2,"d":{"n":N}}                   GW_TOY_PONG, answers a ping
     server: {"op":3,"t":"NOTE","d":{"text":S,"id":"snowflake"?}}   GW_TOY_NOTE
   Client frames are capped at 256 bytes. */
typedef enum gw_toy_kind {
    GW_TOY_NONE = 0,
    GW_TOY_PING,    /* C->S op 1, u.ping */
    GW_TOY_PONG,    /* S->C op 2, u.ping */
    GW_TOY_NOTE,    /* S->C op 3 "NOTE", u.note */
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
