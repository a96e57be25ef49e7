/* ---- i386chat gateway (PROTOCOLS.md section 2) ------------------------------------------- */
#ifndef GW__PART_IMPL
typedef enum gw_i386_kind {
    GW_I386_NONE = 0,
    GW_I386_HELLO,              /* S->C f=100, u.hello */
    GW_I386_PRESENT,            /* C->S f=110, u.present */
    GW_I386_HEARTBEAT,          /* both f=120, no cnf */
    GW_I386_READY,              /* S->C f=140, u.ready */
    GW_I386_ERROR,              /* S->C f=150, u.error */
    GW_I386_S_MESSAGE_CREATE,   /* S->C f=130 MESSAGE_CREATE, u.s_message_create */
    GW_I386_S_MESSAGE_DELETE,   /* S->C f=130 MESSAGE_DELETE, u.message_delete */
    GW_I386_S_START_TYPING,     /* S->C f=130 START_TYPING, u.user_event */
    GW_I386_S_ROOM_USER_ADD,    /* S->C f=130 ROOM_USER_ADD, u.user_event */
    GW_I386_S_ROOM_USER_REMOVE, /* S->C f=130 ROOM_USER_REMOVE, u.user_event */
    GW_I386_S_GATEWAY_DOWN,     /* S->C f=130 GATEWAY_DOWN, cnf {} */
    GW_I386_S_SERVER_MESSAGE,   /* S->C f=130 SERVER_MESSAGE, u.content */
    GW_I386_C_MESSAGE_CREATE,   /* C->S f=130 MESSAGE_CREATE, u.content */
    GW_I386_C_MESSAGE_DELETE,   /* C->S f=130 MESSAGE_DELETE, u.message_delete */
    GW_I386_C_START_TYPING,     /* C->S f=130 START_TYPING, cnf {} */
    GW_I386_C_SYSTEM_BAN_ADD,   /* C->S f=130 SYSTEM_BAN_ADD, u.raw */
    GW_I386_C_CHANNEL_ADD,      /* C->S f=130 CHANNEL_ADD, u.raw */
    GW_I386_C_CHANNEL_MOVE      /* C->S f=130 CHANNEL_MOVE, u.raw */
} gw_i386_kind;

typedef struct gw_i386_hello { uint32_t hb_int; } gw_i386_hello;
typedef struct gw_i386_present { gw_str token; } gw_i386_present;
typedef struct gw_i386_ready { uint32_t v; uint64_t session_id; gw_str enc_key; } gw_i386_ready;
typedef struct gw_i386_error { uint16_t c; bool d; } gw_i386_error;
typedef struct gw_i386_user { uint64_t id; gw_str name, uuid; bool admin; gw_str bio; } gw_i386_user;
typedef struct gw_i386_s_message_create { gw_i386_user user; gw_str content; } gw_i386_s_message_create;
typedef struct gw_i386_content { gw_str content; } gw_i386_content;
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
    } u;
} gw_i386_msg;

GW__DECLARE(i386);

#else /* GW__PART_IMPL */

/* Lower bounds the field tables cannot state (upper bounds are the cval maxima) */
static const char *gw__i386_hello_check(const unsigned char *base)
{
    return ((const gw_i386_hello *)(const void *)base)->hb_int >= 1 ? NULL : "hb_int";
}
static const char *gw__i386_error_check(const unsigned char *base)
{
    return ((const gw_i386_error *)(const void *)base)->c >= 4000 ? NULL : "c"; /* D-24 */
}

GW__SCHEMA_CHECK(gw__i386_hello, gw__i386_hello_check, GW__F(gw_i386_hello, "hb_int", GW__U32, hb_int));
GW__SCHEMA(gw__i386_present, GW__F(gw_i386_present, "token", GW__STR, token));
GW__SCHEMA(gw__i386_ready,
    GW__F(gw_i386_ready, "v", GW__U32, v),
    GW__F(gw_i386_ready, "session_id", GW__U64, session_id),
    GW__F(gw_i386_ready, "enc_key", GW__STR, enc_key)); /* D-25 */
GW__SCHEMA_CHECK(gw__i386_error, gw__i386_error_check,
    GW__FX(gw_i386_error, "c", GW__U16, 0, c, 4999), /* D-24 */
    GW__F(gw_i386_error, "d", GW__BOOL, d));
GW__SCHEMA(gw__i386_user, /* D-28 */
    GW__F(gw_i386_user, "id", GW__U64, id),
    GW__F(gw_i386_user, "name", GW__STR, name),
    GW__F(gw_i386_user, "uuid", GW__STR, uuid),
    GW__F(gw_i386_user, "admin", GW__BOOL, admin),
    GW__F(gw_i386_user, "bio", GW__STR, bio));
GW__SCHEMA(gw__i386_s_message_create,
    GW__FS(gw_i386_s_message_create, "user", GW__OBJ, user, &gw__i386_user),
    GW__F(gw_i386_s_message_create, "content", GW__STR, content));
GW__SCHEMA(gw__i386_content, GW__F(gw_i386_content, "content", GW__STR, content));
GW__SCHEMA(gw__i386_message_delete, GW__F(gw_i386_message_delete, "messageID", GW__U64, message_id)); /* D-27 */
GW__SCHEMA(gw__i386_user_event, GW__FS(gw_i386_user_event, "user", GW__OBJ, user, &gw__i386_user));

/* Whole messages. Key order f, cnf, s, t (2.2); s and t exist only with f=130 (D-22), so other
   schemas leave them out and they are unknown keys there. */
#define GW__M gw_i386_msg
GW__SCHEMA(gw__i386_m_hello, GW__CI("f", 100), GW__FS(GW__M, "cnf", GW__OBJ, u.hello, &gw__i386_hello));
GW__SCHEMA(gw__i386_m_present, GW__CI("f", 110), GW__FS(GW__M, "cnf", GW__OBJ, u.present, &gw__i386_present));
GW__SCHEMA(gw__i386_m_heartbeat, GW__CI("f", 120)); /* D-23: no cnf */
GW__SCHEMA(gw__i386_m_ready, GW__CI("f", 140), GW__FS(GW__M, "cnf", GW__OBJ, u.ready, &gw__i386_ready));
GW__SCHEMA(gw__i386_m_error, GW__CI("f", 150), GW__FS(GW__M, "cnf", GW__OBJ, u.error, &gw__i386_error));
/* Each event twice: name in `t` (what the encoder writes), then the decode-only `e` alias (D-20) */
#define GW__I386_EVENT(id, name, cnf) \
    GW__SCHEMA(gw__i386_m_##id, GW__CI("f", 130), cnf, \
               GW__FH(GW__M, "s", GW__U32, GW__OPT, s, has_s), GW__CS("t", name)); \
    GW__SCHEMA(gw__i386_m_##id##_e, GW__CI("f", 130), cnf, \
               GW__FH(GW__M, "s", GW__U32, GW__OPT, s, has_s), GW__CS("e", name))
GW__I386_EVENT(s_message_create, "MESSAGE_CREATE", GW__FS(GW__M, "cnf", GW__OBJ, u.s_message_create, &gw__i386_s_message_create));
GW__I386_EVENT(s_message_delete, "MESSAGE_DELETE", GW__FS(GW__M, "cnf", GW__OBJ, u.message_delete, &gw__i386_message_delete));
GW__I386_EVENT(s_start_typing, "START_TYPING", GW__FS(GW__M, "cnf", GW__OBJ, u.user_event, &gw__i386_user_event));
GW__I386_EVENT(s_room_user_add, "ROOM_USER_ADD", GW__FS(GW__M, "cnf", GW__OBJ, u.user_event, &gw__i386_user_event));
GW__I386_EVENT(s_room_user_remove, "ROOM_USER_REMOVE", GW__FS(GW__M, "cnf", GW__OBJ, u.user_event, &gw__i386_user_event));
GW__I386_EVENT(s_gateway_down, "GATEWAY_DOWN", GW__EMPTY("cnf")); /* D-23 */
GW__I386_EVENT(s_server_message, "SERVER_MESSAGE", GW__FS(GW__M, "cnf", GW__OBJ, u.content, &gw__i386_content));
GW__I386_EVENT(c_message_create, "MESSAGE_CREATE", GW__FS(GW__M, "cnf", GW__OBJ, u.content, &gw__i386_content));
GW__I386_EVENT(c_message_delete, "MESSAGE_DELETE", GW__FS(GW__M, "cnf", GW__OBJ, u.message_delete, &gw__i386_message_delete));
GW__I386_EVENT(c_start_typing, "START_TYPING", GW__EMPTY("cnf")); /* D-23 */
GW__I386_EVENT(c_system_ban_add, "SYSTEM_BAN_ADD", GW__F(GW__M, "cnf", GW__RAW, u.raw)); /* D-26 */
GW__I386_EVENT(c_channel_add, "CHANNEL_ADD", GW__F(GW__M, "cnf", GW__RAW, u.raw));
GW__I386_EVENT(c_channel_move, "CHANNEL_MOVE", GW__F(GW__M, "cnf", GW__RAW, u.raw));
#undef GW__I386_EVENT
#undef GW__M

#define GW__C GW_FROM_CLIENT
#define GW__S GW_FROM_SERVER
#define GW__V(kind, from, op, name, key, schema) { kind, #kind, from, op, NULL, name, key, NULL, &schema }
#define GW__EV(kind, from, name, id) \
    GW__V(kind, from, 130, name, "t", gw__i386_m_##id), GW__V(kind, from, 130, name, "e", gw__i386_m_##id##_e)
static const gw__variant gw__i386_variants[] = {
    GW__V(GW_I386_HELLO, GW__S, 100, NULL, NULL, gw__i386_m_hello),
    GW__V(GW_I386_PRESENT, GW__C, 110, NULL, NULL, gw__i386_m_present),
    GW__V(GW_I386_HEARTBEAT, GW__C | GW__S, 120, NULL, NULL, gw__i386_m_heartbeat),
    GW__V(GW_I386_READY, GW__S, 140, NULL, NULL, gw__i386_m_ready),
    GW__V(GW_I386_ERROR, GW__S, 150, NULL, NULL, gw__i386_m_error),
    /* D-03: the same name means a different cnf per direction */
    GW__EV(GW_I386_S_MESSAGE_CREATE, GW__S, "MESSAGE_CREATE", s_message_create),
    GW__EV(GW_I386_S_MESSAGE_DELETE, GW__S, "MESSAGE_DELETE", s_message_delete),
    GW__EV(GW_I386_S_START_TYPING, GW__S, "START_TYPING", s_start_typing),
    GW__EV(GW_I386_S_ROOM_USER_ADD, GW__S, "ROOM_USER_ADD", s_room_user_add),
    GW__EV(GW_I386_S_ROOM_USER_REMOVE, GW__S, "ROOM_USER_REMOVE", s_room_user_remove),
    GW__EV(GW_I386_S_GATEWAY_DOWN, GW__S, "GATEWAY_DOWN", s_gateway_down),
    GW__EV(GW_I386_S_SERVER_MESSAGE, GW__S, "SERVER_MESSAGE", s_server_message),
    GW__EV(GW_I386_C_MESSAGE_CREATE, GW__C, "MESSAGE_CREATE", c_message_create),
    GW__EV(GW_I386_C_MESSAGE_DELETE, GW__C, "MESSAGE_DELETE", c_message_delete),
    GW__EV(GW_I386_C_START_TYPING, GW__C, "START_TYPING", c_start_typing),
    GW__EV(GW_I386_C_SYSTEM_BAN_ADD, GW__C, "SYSTEM_BAN_ADD", c_system_ban_add),
    GW__EV(GW_I386_C_CHANNEL_ADD, GW__C, "CHANNEL_ADD", c_channel_add),
    GW__EV(GW_I386_C_CHANNEL_MOVE, GW__C, "CHANNEL_MOVE", c_channel_move),
};
#undef GW__EV
#undef GW__V
#undef GW__C
#undef GW__S
/* D-21: more than 4096 bytes is an error in both directions */
static const gw__proto gw__i386_proto = {
    "i386chat", "f", 0, { 0, 4096, 4096 }, sizeof(gw_i386_msg), gw__i386_variants, GW__COUNT(gw__i386_variants)
};
GW__WRAPPERS(i386)

#endif /* GW__PART_IMPL */
