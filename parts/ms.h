/* ---- microservice gateway (PROTOCOLS.md section 3) ----------------------------------------- */
#ifndef GW__PART_IMPL
typedef enum gw_ms_kind {
    GW_MS_NONE = 0,
    GW_MS_IDENTIFY,          /* C->S op 0, u.identify */
    GW_MS_HEARTBEAT,         /* C->S op 1, u.heartbeat */
    GW_MS_HEARTBEAT_REQUEST, /* S->C op 1, d = {} */
    GW_MS_EXECUTE_COMMAND,   /* both, op 2 "EXECUTE_COMMAND", u.execute_command */
    GW_MS_IDENTIFIED,        /* S->C op 2 "IDENTIFIED", u.identified */
    GW_MS_HELLO,             /* S->C op 3, u.hello */
    GW_MS_HEARTBEAT_ACK,     /* S->C op 4, d = {} */
    GW_MS_CACHE              /* C->S op 5, u.cache */
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
typedef struct gw_ms_member {
    uint64_t id, guild_id;
    gw_str nickname;
    gw_u64_list roles;
    gw_str joined_at;
    gw_ms_user user;
    bool has_nickname;
} gw_ms_member;
typedef struct gw_ms_role {
    uint64_t id, guild_id, permissions;
    gw_str name;
    uint32_t color;
    int32_t position;
} gw_ms_role;
typedef struct gw_ms_overwrite { uint64_t id, allow, deny; gw_ms_overwrite_type type; } gw_ms_overwrite;
typedef struct gw_ms_overwrite_list { const gw_ms_overwrite *items; uint32_t count; } gw_ms_overwrite_list;
typedef struct gw_ms_channel {
    uint64_t id, guild_id, parent_id;
    uint32_t type, user_limit;
    int32_t position;
    gw_str name;
    gw_ms_overwrite_list overwrites;
    bool nsfw, has_overwrites, has_user_limit, has_parent_id;
} gw_ms_channel;
typedef struct gw_ms_voice_state {
    uint64_t guild_id, channel_id, user_id;
    bool deaf, mute, self_deaf, self_mute;
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
    } u;
} gw_ms_msg;

GW__DECLARE(ms);

#else /* GW__PART_IMPL */

static const char *const gw__ms_services[] = { "feeds", "dashboard", "panel", "sharder", "commands" };
static const char *const gw__ms_cache_types[] = { "member", "role", "user", "guild", "channel", "voiceState" };
static const char *const gw__ms_overwrite_types[] = { "role", "member" };

/* 3.4: the interval is a period in ms, so 0 would mean "heartbeat continuously" */
static const char *gw__ms_hello_check(const unsigned char *base)
{
    return ((const gw_ms_hello *)(const void *)base)->heartbeat_interval ? NULL : "heartbeatInterval";
}

#define GW__M gw_ms_msg
GW__SCHEMA(gw__ms_identify,
    GW__FE(gw_ms_identify, "type", type, gw__ms_services),
    GW__F(gw_ms_identify, "compress", GW__BOOL, compress),
    GW__F(gw_ms_identify, "secret", GW__STR, secret));
/* D-35: heapUsed is a byte count; guilds only from a sharder, which the codec cannot know */
GW__SCHEMA(gw__ms_heartbeat,
    GW__F(gw_ms_heartbeat, "heapUsed", GW__U64, heap_used),
    GW__FH(gw_ms_heartbeat, "guilds", GW__U32, GW__OPT, guilds, has_guilds));
GW__SCHEMA_CHECK(gw__ms_hello, gw__ms_hello_check,
    GW__F(gw_ms_hello, "heartbeatInterval", GW__U32, heartbeat_interval));
GW__SCHEMA(gw__ms_identified,
    GW__FSH(gw_ms_identified, "shards", GW__ARR, GW__OPT, shards, has_shards, &gw__elem_u32));
GW__SCHEMA(gw__ms_ids,
    GW__F(gw_ms_ids, "message", GW__SNOWFLAKE, message),
    GW__F(gw_ms_ids, "author", GW__SNOWFLAKE, author),
    GW__F(gw_ms_ids, "channel", GW__SNOWFLAKE, channel),
    GW__F(gw_ms_ids, "guild", GW__SNOWFLAKE, guild),
    GW__F(gw_ms_ids, "shard", GW__U32, shard));
GW__SCHEMA(gw__ms_execute_command,
    GW__F(gw_ms_execute_command, "command", GW__STR, command),
    GW__F(gw_ms_execute_command, "raw", GW__STR, raw),
    GW__FS(gw_ms_execute_command, "ids", GW__OBJ, ids, &gw__ms_ids));

/* 3.5 cache objects */
GW__SCHEMA(gw__ms_user,
    GW__F(gw_ms_user, "id", GW__SNOWFLAKE, id),
    GW__F(gw_ms_user, "username", GW__STR, username),
    GW__FX(gw_ms_user, "discriminator", GW__STR, 0, discriminator, GW__FMT_DIGITS4),
    GW__FH(gw_ms_user, "avatar", GW__STR, GW__NULLABLE, avatar, has_avatar),
    GW__F(gw_ms_user, "bot", GW__BOOL, bot));
GW__SCHEMA(gw__ms_member,
    GW__F(gw_ms_member, "id", GW__SNOWFLAKE, id),
    GW__F(gw_ms_member, "guildID", GW__SNOWFLAKE, guild_id),
    GW__FH(gw_ms_member, "nickname", GW__STR, GW__NULLABLE, nickname, has_nickname),
    GW__FS(gw_ms_member, "roles", GW__ARR, roles, &gw__elem_snowflake),
    GW__FX(gw_ms_member, "joinedAt", GW__STR, 0, joined_at, GW__FMT_DATETIME), /* D-36 */
    GW__FS(gw_ms_member, "user", GW__OBJ, user, &gw__ms_user));
/* D-37: permission bitsets are JSON integers here, unlike dmod's decimal strings */
GW__SCHEMA(gw__ms_role,
    GW__F(gw_ms_role, "id", GW__SNOWFLAKE, id),
    GW__F(gw_ms_role, "guildID", GW__SNOWFLAKE, guild_id),
    GW__F(gw_ms_role, "name", GW__STR, name),
    GW__FX(gw_ms_role, "color", GW__U32, 0, color, 0xFFFFFF),
    GW__F(gw_ms_role, "position", GW__I32, position),
    GW__F(gw_ms_role, "permissions", GW__U64, permissions));
GW__SCHEMA(gw__ms_overwrite,
    GW__F(gw_ms_overwrite, "id", GW__SNOWFLAKE, id),
    GW__FE(gw_ms_overwrite, "type", type, gw__ms_overwrite_types),
    GW__F(gw_ms_overwrite, "allow", GW__U64, allow),
    GW__F(gw_ms_overwrite, "deny", GW__U64, deny));
static const gw__field gw__ms_overwrite_el = GW__ELEM(GW__OBJ, gw_ms_overwrite, &gw__ms_overwrite);
/* D-38: parentID absent or null both mean "no parent"; the encoder omits it */
GW__SCHEMA(gw__ms_channel,
    GW__F(gw_ms_channel, "id", GW__SNOWFLAKE, id),
    GW__F(gw_ms_channel, "guildID", GW__SNOWFLAKE, guild_id),
    GW__F(gw_ms_channel, "type", GW__U32, type),
    GW__F(gw_ms_channel, "position", GW__I32, position),
    GW__F(gw_ms_channel, "name", GW__STR, name),
    GW__F(gw_ms_channel, "nsfw", GW__BOOL, nsfw),
    GW__FSH(gw_ms_channel, "overwrites", GW__ARR, GW__OPT, overwrites, has_overwrites, &gw__ms_overwrite_el),
    GW__FH(gw_ms_channel, "userLimit", GW__U32, GW__OPT, user_limit, has_user_limit),
    GW__FH(gw_ms_channel, "parentID", GW__SNOWFLAKE, GW__OPT | GW__NULLABLE | GW__QUIET, parent_id, has_parent_id));
GW__SCHEMA(gw__ms_voice_state,
    GW__F(gw_ms_voice_state, "guildID", GW__SNOWFLAKE, guild_id),
    GW__F(gw_ms_voice_state, "channelID", GW__SNOWFLAKE, channel_id),
    GW__F(gw_ms_voice_state, "userID", GW__SNOWFLAKE, user_id),
    GW__F(gw_ms_voice_state, "deaf", GW__BOOL, deaf),
    GW__F(gw_ms_voice_state, "mute", GW__BOOL, mute),
    GW__F(gw_ms_voice_state, "selfDeaf", GW__BOOL, self_deaf),
    GW__F(gw_ms_voice_state, "selfMute", GW__BOOL, self_mute));
static const gw__field gw__ms_role_el = GW__ELEM(GW__OBJ, gw_ms_role, &gw__ms_role);
static const gw__field gw__ms_member_el = GW__ELEM(GW__OBJ, gw_ms_member, &gw__ms_member);
static const gw__field gw__ms_voice_state_el = GW__ELEM(GW__OBJ, gw_ms_voice_state, &gw__ms_voice_state);
static const gw__field gw__ms_channel_el = GW__ELEM(GW__OBJ, gw_ms_channel, &gw__ms_channel);
GW__SCHEMA(gw__ms_guild,
    GW__F(gw_ms_guild, "id", GW__SNOWFLAKE, id),
    GW__F(gw_ms_guild, "name", GW__STR, name),
    GW__FH(gw_ms_guild, "icon", GW__STR, GW__NULLABLE, icon, has_icon),
    GW__F(gw_ms_guild, "ownerID", GW__SNOWFLAKE, owner_id),
    GW__F(gw_ms_guild, "region", GW__STR, region),
    GW__FS(gw_ms_guild, "roles", GW__ARR, roles, &gw__ms_role_el),
    GW__F(gw_ms_guild, "memberCount", GW__U32, member_count),
    GW__FSH(gw_ms_guild, "members", GW__ARR, GW__OPT, members, has_members, &gw__ms_member_el),
    GW__FSH(gw_ms_guild, "voiceStates", GW__ARR, GW__OPT, voice_states, has_voice_states, &gw__ms_voice_state_el),
    GW__FSH(gw_ms_guild, "channels", GW__ARR, GW__OPT, channels, has_channels, &gw__ms_channel_el));

/* Whole messages; key order op, t, d (3.2). D-31: "d" on every op; D-32: "t" only on op 2. */
GW__SCHEMA(gw__ms_m_identify, GW__CI("op", 0), GW__FS(GW__M, "d", GW__OBJ, u.identify, &gw__ms_identify));
GW__SCHEMA(gw__ms_m_heartbeat, GW__CI("op", 1), GW__FS(GW__M, "d", GW__OBJ, u.heartbeat, &gw__ms_heartbeat));
GW__SCHEMA(gw__ms_m_heartbeat_request, GW__CI("op", 1), GW__EMPTY("d"));
GW__SCHEMA(gw__ms_m_execute_command, GW__CI("op", 2), GW__CS("t", "EXECUTE_COMMAND"),
    GW__FS(GW__M, "d", GW__OBJ, u.execute_command, &gw__ms_execute_command));
GW__SCHEMA(gw__ms_m_identified, GW__CI("op", 2), GW__CS("t", "IDENTIFIED"),
    GW__FS(GW__M, "d", GW__OBJ, u.identified, &gw__ms_identified));
GW__SCHEMA(gw__ms_m_hello, GW__CI("op", 3), GW__FS(GW__M, "d", GW__OBJ, u.hello, &gw__ms_hello));
GW__SCHEMA(gw__ms_m_heartbeat_ack, GW__CI("op", 4), GW__EMPTY("d"));
/* D-34: one GW_MS_CACHE kind, one variant per d.type. The decoder picks the variant by the name
   at d.type; the encoder by the root check, which accepts only the variant of cache.type. */
#define GW__MS_CACHE(id, TYPE)                                                                  \
    static const char *gw__ms_is_##id(const unsigned char *base)                              \
    {                                                                                          \
        return ((const gw_ms_msg *)(const void *)base)->u.cache.type == TYPE ? NULL : "d.type"; \
    }                                                                                          \
    GW__SCHEMA(gw__ms_cache_##id, GW__FE(gw_ms_cache, "type", type, gw__ms_cache_types),      \
        GW__FS(gw_ms_cache, "data", GW__OBJ, u.id, &gw__ms_##id));                             \
    GW__SCHEMA_CHECK(gw__ms_m_cache_##id, gw__ms_is_##id, GW__CI("op", 5),                     \
        GW__FS(GW__M, "d", GW__OBJ, u.cache, &gw__ms_cache_##id))
GW__MS_CACHE(member, GW_MS_CACHE_MEMBER);
GW__MS_CACHE(role, GW_MS_CACHE_ROLE);
GW__MS_CACHE(user, GW_MS_CACHE_USER);
GW__MS_CACHE(guild, GW_MS_CACHE_GUILD);
GW__MS_CACHE(channel, GW_MS_CACHE_CHANNEL);
GW__MS_CACHE(voice_state, GW_MS_CACHE_VOICE_STATE);
#undef GW__MS_CACHE
#undef GW__M

#define GW__C GW_FROM_CLIENT
#define GW__S GW_FROM_SERVER
#define GW__V(kind, from, op, name, k1, k2, schema) { kind, #kind, from, op, NULL, name, k1, k2, &schema }
static const gw__variant gw__ms_variants[] = {
    GW__V(GW_MS_IDENTIFY, GW__C, 0, NULL, NULL, NULL, gw__ms_m_identify),
    /* D-33: op 1 is the client's heartbeat or the server's request, told apart by sender */
    GW__V(GW_MS_HEARTBEAT, GW__C, 1, NULL, NULL, NULL, gw__ms_m_heartbeat),
    GW__V(GW_MS_HEARTBEAT_REQUEST, GW__S, 1, NULL, NULL, NULL, gw__ms_m_heartbeat_request),
    /* 3.3: the sharder sends it, the server relays it to the commands service */
    GW__V(GW_MS_EXECUTE_COMMAND, GW__C | GW__S, 2, "EXECUTE_COMMAND", "t", NULL, gw__ms_m_execute_command),
    GW__V(GW_MS_IDENTIFIED, GW__S, 2, "IDENTIFIED", "t", NULL, gw__ms_m_identified),
    GW__V(GW_MS_HELLO, GW__S, 3, NULL, NULL, NULL, gw__ms_m_hello),
    GW__V(GW_MS_HEARTBEAT_ACK, GW__S, 4, NULL, NULL, NULL, gw__ms_m_heartbeat_ack),
    GW__V(GW_MS_CACHE, GW__C, 5, "member", "d", "type", gw__ms_m_cache_member),
    GW__V(GW_MS_CACHE, GW__C, 5, "role", "d", "type", gw__ms_m_cache_role),
    GW__V(GW_MS_CACHE, GW__C, 5, "user", "d", "type", gw__ms_m_cache_user),
    GW__V(GW_MS_CACHE, GW__C, 5, "guild", "d", "type", gw__ms_m_cache_guild),
    GW__V(GW_MS_CACHE, GW__C, 5, "channel", "d", "type", gw__ms_m_cache_channel),
    GW__V(GW_MS_CACHE, GW__C, 5, "voiceState", "d", "type", gw__ms_m_cache_voice_state),
};
#undef GW__V
#undef GW__C
#undef GW__S
/* 0.1: no size cap for this protocol */
static const gw__proto gw__ms_proto = {
    "microservice", "op", 0, { 0, 0, 0 }, sizeof(gw_ms_msg), gw__ms_variants, GW__COUNT(gw__ms_variants)
};
GW__WRAPPERS(ms)

#endif /* GW__PART_IMPL */
