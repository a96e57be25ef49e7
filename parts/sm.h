/* ---- shard-master gateway (PROTOCOLS.md section 1) --------------------------------------- */
#ifndef GW__PART_IMPL
typedef enum gw_sm_kind {
    GW_SM_NONE = 0,
    GW_SM_REGISTER,       /* C->S type 1, u.reg */
    GW_SM_PING,           /* C->S type 3, no d (D-11) */
    GW_SM_RESUME,         /* C->S type 5, u.resume */
    GW_SM_HELLO,          /* S->C type 1 GATEWAY_HELLO, u.hello */
    GW_SM_PONG,           /* S->C type 3 GATEWAY_PING, data {} */
    GW_SM_READY,          /* S->C type 1 GATEWAY_READY, u.session */
    GW_SM_RESUMED,        /* S->C type 1 GATEWAY_RESUMED, u.session */
    GW_SM_INVALID,        /* S->C type 1 GATEWAY_INVALID, u.session all empty (D-15) */
    GW_SM_ERROR,          /* S->C type 0, no event/service, data {} */
    GW_SM_GATEWAY_ERROR,  /* S->C type 2 GATEWAY_ERROR, u.raw */
    GW_SM_SHARD_INFO,     /* S->C any type GATEWAY_SHARD_INFO, u.shard_info (D-14) */
    GW_SM_INTERACTION     /* S->C type 8 INTERACTION_DISCORD, u.raw */
} gw_sm_kind;

typedef struct gw_sm_register { gw_str public_key; uint32_t shard_in, flags; } gw_sm_register;
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
typedef struct gw_sm_shard_info { uint32_t type; gw_raw data; } gw_sm_shard_info;

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
    } u;
} gw_sm_msg;

GW__DECLARE(sm);

#else /* GW__PART_IMPL */

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
    if (!s->has_application_bot) return "application_bot";
    if (!s->has_session_id) return "session_id";
    return gw__sm_pairs_ok(s) ? NULL : "shards_config";
}
/* INVALID: exactly null, null, [], [] (D-15) */
static const char *gw__sm_invalid_check(const unsigned char *base)
{
    const gw_sm_session *s = (const gw_sm_session *)(const void *)base;
    if (s->has_application_bot) return "application_bot";
    if (s->has_session_id) return "session_id";
    if (s->shards_config.count) return "shards_config";
    return s->shards_stats.count ? "shards_stats" : NULL;
}
/* data of GATEWAY_ERROR / INTERACTION_DISCORD / GATEWAY_SHARD_INFO is an untyped object (1.2) */
static const char *gw__sm_raw_data_check(const unsigned char *base)
{
    const gw_sm_msg *m = (const gw_sm_msg *)(const void *)base;
    const gw_raw *r = m->kind == GW_SM_SHARD_INFO ? &m->u.shard_info.data : &m->u.raw;
    return r->ptr && r->len && r->ptr[0] == '{' ? NULL : "data";
}
/* type 0 error: possible_error and message required (D-12) */
static const char *gw__sm_error_check(const unsigned char *base)
{
    const gw_sm_msg *m = (const gw_sm_msg *)(const void *)base;
    return !m->has_possible_error ? "possible_error" : !m->has_message ? "message" : NULL;
}

GW__SCHEMA(gw__sm_register,
    GW__F(gw_sm_register, "public_key", GW__STR, public_key),
    GW__F(gw_sm_register, "shard_in", GW__U32, shard_in),
    GW__FX(gw_sm_register, "flags", GW__U32, 0, flags, 15)); /* D-13 */
GW__SCHEMA(gw__sm_resume,
    GW__F(gw_sm_resume, "public_key", GW__STR, public_key),
    GW__F(gw_sm_resume, "session_id", GW__STR, session_id),
    GW__F(gw_sm_resume, "shard_in", GW__U32, shard_in),
    GW__FX(gw_sm_resume, "flags", GW__U32, 0, flags, 15)); /* D-13 */
GW__SCHEMA(gw__sm_hello, GW__F(gw_sm_hello, "starting_shards", GW__BOOL, starting_shards));
GW__SCHEMA(gw__sm_app_bot,
    GW__F(gw_sm_app_bot, "flags", GW__U32, flags),
    GW__F(gw_sm_app_bot, "id", GW__SNOWFLAKE, id), /* D-19 */
    GW__F(gw_sm_app_bot, "public_key", GW__STR, public_key));
GW__TUPLE(gw__sm_pair,
    GW__F(gw_sm_shard_pair, "shard_in", GW__U32, shard_in),
    GW__F(gw_sm_shard_pair, "shard_total", GW__U32, shard_total));
static const gw__field gw__sm_pair_el = GW__ELEM(GW__OBJ, gw_sm_shard_pair, &gw__sm_pair);
GW__SCHEMA(gw__sm_stats,
    GW__F(gw_sm_shard_stats, "development", GW__BOOL, development),
    GW__F(gw_sm_shard_stats, "disconnected", GW__BOOL, disconnected),
    GW__F(gw_sm_shard_stats, "receibe_ping", GW__U64, receive_ping), /* D-18 */
    GW__F(gw_sm_shard_stats, "received", GW__U64, received),
    GW__F(gw_sm_shard_stats, "send_ping", GW__U64, send_ping),
    GW__F(gw_sm_shard_stats, "sending", GW__U64, sending),
    GW__F(gw_sm_shard_stats, "shard_hash", GW__STR, shard_hash),
    GW__F(gw_sm_shard_stats, "shard_id", GW__U32, shard_id));
static const gw__field gw__sm_stats_el = GW__ELEM(GW__OBJ, gw_sm_shard_stats, &gw__sm_stats);
/* D-16: two one-element wrappers around the pairs; D-17: six around the shard objects */
GW__SCHEMA_CHECK(gw__sm_session, gw__sm_session_check,
    GW__FSH(gw_sm_session, "application_bot", GW__OBJ, 0, application_bot, has_application_bot, &gw__sm_app_bot),
    GW__FH(gw_sm_session, "session_id", GW__STR, 0, session_id, has_session_id),
    GW__FW(gw_sm_session, "shards_config", shards_config, 2, &gw__sm_pair_el),
    GW__FW(gw_sm_session, "shards_stats", shards_stats, 6, &gw__sm_stats_el));
GW__SCHEMA_CHECK(gw__sm_invalid, gw__sm_invalid_check,
    GW__FSH(gw_sm_session, "application_bot", GW__OBJ, GW__NULLABLE, application_bot, has_application_bot, &gw__sm_app_bot),
    GW__FH(gw_sm_session, "session_id", GW__STR, GW__NULLABLE, session_id, has_session_id),
    GW__FW(gw_sm_session, "shards_config", shards_config, 2, &gw__sm_pair_el),
    GW__FW(gw_sm_session, "shards_stats", shards_stats, 6, &gw__sm_stats_el));

/* Whole messages. Key order type, event, service, possible_error, message, data, rate_limit (1.2). */
#define GW__M gw_sm_msg
#define GW__SM_STATUS_PE GW__FH(GW__M, "possible_error", GW__BOOL, GW__OPT, possible_error, has_possible_error)
#define GW__SM_STATUS_MSG GW__FH(GW__M, "message", GW__STR, GW__OPT, message, has_message)
#define GW__SM_STATUS_RL GW__FH(GW__M, "rate_limit", GW__BOOL, GW__OPT, rate_limit, has_rate_limit)
#define GW__SM_SERVER(id, check, type, event, service, data) \
    GW__SCHEMA_CHECK(gw__sm_m_##id, check, type, GW__CS("event", event), GW__CS("service", service), \
                     GW__SM_STATUS_PE, GW__SM_STATUS_MSG, data, GW__SM_STATUS_RL)
GW__SCHEMA(gw__sm_m_register, GW__CI("type", 1), GW__FS(GW__M, "d", GW__OBJ, u.reg, &gw__sm_register));
GW__SCHEMA(gw__sm_m_ping, GW__CI("type", 3));
GW__SCHEMA(gw__sm_m_resume, GW__CI("type", 5), GW__FS(GW__M, "d", GW__OBJ, u.resume, &gw__sm_resume));
GW__SM_SERVER(hello, NULL, GW__CI("type", 1), "GATEWAY_HELLO", "gateway", GW__FS(GW__M, "data", GW__OBJ, u.hello, &gw__sm_hello));
GW__SM_SERVER(pong, NULL, GW__CI("type", 3), "GATEWAY_PING", "gateway", GW__EMPTY("data"));
GW__SM_SERVER(ready, NULL, GW__CI("type", 1), "GATEWAY_READY", "gateway", GW__FS(GW__M, "data", GW__OBJ, u.session, &gw__sm_session));
GW__SM_SERVER(resumed, NULL, GW__CI("type", 1), "GATEWAY_RESUMED", "gateway", GW__FS(GW__M, "data", GW__OBJ, u.session, &gw__sm_session));
GW__SM_SERVER(invalid, NULL, GW__CI("type", 1), "GATEWAY_INVALID", "gateway", GW__FS(GW__M, "data", GW__OBJ, u.session, &gw__sm_invalid));
GW__SM_SERVER(gateway_error, gw__sm_raw_data_check, GW__CI("type", 2), "GATEWAY_ERROR", "gateway", GW__F(GW__M, "data", GW__RAW, u.raw));
GW__SM_SERVER(shard_info, gw__sm_raw_data_check, GW__F(GW__M, "type", GW__U32, u.shard_info.type), "GATEWAY_SHARD_INFO", "gateway",
              GW__F(GW__M, "data", GW__RAW, u.shard_info.data)); /* D-14 */
GW__SM_SERVER(interaction, gw__sm_raw_data_check, GW__CI("type", 8), "INTERACTION_DISCORD", "http_gateway", GW__F(GW__M, "data", GW__RAW, u.raw));
GW__SCHEMA_CHECK(gw__sm_m_error, gw__sm_error_check, GW__CI("type", 0),
    GW__FH(GW__M, "possible_error", GW__BOOL, 0, possible_error, has_possible_error),
    GW__FH(GW__M, "message", GW__STR, 0, message, has_message),
    GW__EMPTY("data"), GW__SM_STATUS_RL);
#undef GW__SM_SERVER
#undef GW__SM_STATUS_PE
#undef GW__SM_STATUS_MSG
#undef GW__SM_STATUS_RL
#undef GW__M

/* The server kind is chosen by `event`, then its `type` must match (1.3): named variants take any
   type and check it in the schema. They come before the unnamed ones, so a server message decoded
   as client-sent is GW_ERR_DIRECTION rather than a client message of the same type. */
#define GW__C GW_FROM_CLIENT
#define GW__S GW_FROM_SERVER
#define GW__V(kind, from, op, name, key, schema) { kind, #kind, from, op, NULL, name, key, NULL, &schema }
static const gw__variant gw__sm_variants[] = {
    GW__V(GW_SM_HELLO, GW__S, GW__ANY_OP, "GATEWAY_HELLO", "event", gw__sm_m_hello),
    GW__V(GW_SM_PONG, GW__S, GW__ANY_OP, "GATEWAY_PING", "event", gw__sm_m_pong),
    GW__V(GW_SM_READY, GW__S, GW__ANY_OP, "GATEWAY_READY", "event", gw__sm_m_ready),
    GW__V(GW_SM_RESUMED, GW__S, GW__ANY_OP, "GATEWAY_RESUMED", "event", gw__sm_m_resumed),
    GW__V(GW_SM_INVALID, GW__S, GW__ANY_OP, "GATEWAY_INVALID", "event", gw__sm_m_invalid),
    GW__V(GW_SM_GATEWAY_ERROR, GW__S, GW__ANY_OP, "GATEWAY_ERROR", "event", gw__sm_m_gateway_error),
    GW__V(GW_SM_SHARD_INFO, GW__S, GW__ANY_OP, "GATEWAY_SHARD_INFO", "event", gw__sm_m_shard_info),
    GW__V(GW_SM_INTERACTION, GW__S, GW__ANY_OP, "INTERACTION_DISCORD", "event", gw__sm_m_interaction),
    GW__V(GW_SM_ERROR, GW__S, 0, NULL, NULL, gw__sm_m_error),
    GW__V(GW_SM_REGISTER, GW__C, 1, NULL, NULL, gw__sm_m_register), /* D-10 */
    GW__V(GW_SM_PING, GW__C, 3, NULL, NULL, gw__sm_m_ping),
    GW__V(GW_SM_RESUME, GW__C, 5, NULL, NULL, gw__sm_m_resume),
};
#undef GW__V
#undef GW__C
#undef GW__S
static const gw__proto gw__sm_proto = {
    "shardmaster", "type", 0, { 0, 0, 0 }, sizeof(gw_sm_msg), gw__sm_variants, GW__COUNT(gw__sm_variants)
};
GW__WRAPPERS(sm)

#endif /* GW__PART_IMPL */
