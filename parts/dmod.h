/* ---- dmod gateway (PROTOCOLS.md section 5) ------------------------------------------------ */
#ifndef GW__PART_IMPL
typedef enum gw_dmod_kind {
    GW_DMOD_NONE = 0,
    GW_DMOD_REQUEST_AUTH,                    /* S->C op 0 */
    GW_DMOD_AUTHENTICATE,                    /* C->S op 1, u.auth */
    GW_DMOD_AUTH_PASS,                       /* S->C op 2, u.auth_pass */
    GW_DMOD_HEARTBEAT,                       /* S->C op 3 */
    GW_DMOD_HEARTBEAT_BACK,                  /* C->S op 4 */
    GW_DMOD_EV_GUILD_PRIVILEGE_UPDATE,       /* S->C op 5, u.privilege */
    GW_DMOD_EV_GUILD_MEMBER_COUNT_CHANGE,    /* S->C op 5, u.raw */
    GW_DMOD_EV_APPLICATION_SESSION_HB_P,     /* S->C op 5, u.raw */
    GW_DMOD_EV_APPLICATION_SESSION_END,      /* S->C op 5, u.raw */
    GW_DMOD_CMD_CONNECT_GUILD,               /* C->S op 6, u.connect_guild */
    GW_DMOD_CMD_DISCONNECT_GUILD,            /* C->S op 6 "DESCONNECT_GUILD", u.gid */
    GW_DMOD_RESP_CONNECT_GUILD,              /* S->C op 7, u.resp_connect */
    GW_DMOD_RESP_DISCONNECT_GUILD,           /* S->C op 7, u.resp_disconnect */
    GW_DMOD_CMD_APPLICATION_SESSION,         /* C->S op 7, u.app_session */
    GW_DMOD_CMD_APPLICATION_SESSION_END,     /* C->S op 7, u.gid */
    GW_DMOD_CMD_APPLICATION_SESSION_REAUTH,  /* C->S op 7, u.reauth */
    GW_DMOD_CMD_APPLICATION_SESSION_HB_M     /* C->S op 7, u.raw */
} gw_dmod_kind;

typedef struct gw_dmod_auth { gw_str token, uid; bool has_token, has_uid; } gw_dmod_auth;
typedef struct gw_dmod_notification { gw_str type; uint32_t processed_type; } gw_dmod_notification;
typedef struct gw_dmod_notification_list { const gw_dmod_notification *items; uint32_t count; } gw_dmod_notification_list;
typedef struct gw_dmod_auth_pass { gw_dmod_notification_list missed_notifications; } gw_dmod_auth_pass;
typedef struct gw_dmod_privilege_update { gw_str id, tag; uint64_t permissions; bool self, has_self; } gw_dmod_privilege_update;
typedef struct gw_dmod_connect_guild { gw_str token, gid; } gw_dmod_connect_guild;
typedef struct gw_dmod_gid { gw_str gid; } gw_dmod_gid;
typedef struct gw_dmod_app_session { gw_str uid, gid, utokh, uhash; } gw_dmod_app_session;
typedef struct gw_dmod_reauth { gw_str utokh, uhash; uint64_t pm; } gw_dmod_reauth;
typedef struct gw_dmod_guild {
    uint32_t count, premium_tier, verification_level;
    gw_str banner, icon, vanity;
    gw_raw_list emojis;
    bool current_invite_valid, has_banner, has_icon, has_vanity;
} gw_dmod_guild;
typedef struct gw_dmod_user { gw_str id, tag; uint64_t permissions; } gw_dmod_user;
typedef struct gw_dmod_resp_connect { gw_dmod_guild guild; gw_dmod_user user; } gw_dmod_resp_connect;
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
    } u;
} gw_dmod_msg;

GW__DECLARE(dmod);

#else /* GW__PART_IMPL */

/* D-54: a uid without a token is not a valid login */
static const char *gw__dmod_auth_check(const unsigned char *base)
{
    const gw_dmod_auth *a = (const gw_dmod_auth *)(const void *)base;
    return a->has_uid && !a->has_token ? "uid" : NULL;
}

#define GW__M gw_dmod_msg
GW__SCHEMA_CHECK(gw__dmod_auth, gw__dmod_auth_check,
    GW__FH(gw_dmod_auth, "token", GW__STR, GW__NULLABLE, token, has_token),
    GW__FH(gw_dmod_auth, "uid", GW__STR, GW__NULLABLE, uid, has_uid));
GW__SCHEMA(gw__dmod_notification,
    GW__F(gw_dmod_notification, "type", GW__STR, type),
    GW__F(gw_dmod_notification, "proccessed_type", GW__U32, processed_type));
static const gw__field gw__dmod_notification_el = GW__ELEM(GW__OBJ, gw_dmod_notification, &gw__dmod_notification);
GW__SCHEMA(gw__dmod_auth_pass,
    GW__FS(gw_dmod_auth_pass, "missed_notifications", GW__ARR, missed_notifications, &gw__dmod_notification_el));
GW__SCHEMA(gw__dmod_privilege,
    GW__F(gw_dmod_privilege_update, "id", GW__STR, id),
    GW__F(gw_dmod_privilege_update, "tag", GW__STR, tag),
    GW__FH(gw_dmod_privilege_update, "self", GW__BOOL, GW__OPT, self, has_self),
    GW__F(gw_dmod_privilege_update, "permissions", GW__SNOWFLAKE, permissions));
GW__SCHEMA(gw__dmod_connect_guild,
    GW__F(gw_dmod_connect_guild, "token", GW__STR, token),
    GW__F(gw_dmod_connect_guild, "gid", GW__STR, gid));
GW__SCHEMA(gw__dmod_gid, GW__F(gw_dmod_gid, "gid", GW__STR, gid));
GW__SCHEMA(gw__dmod_app_session,
    GW__F(gw_dmod_app_session, "uid", GW__STR, uid),
    GW__F(gw_dmod_app_session, "gid", GW__STR, gid),
    GW__F(gw_dmod_app_session, "utokh", GW__STR, utokh),
    GW__F(gw_dmod_app_session, "uhash", GW__STR, uhash));
GW__SCHEMA(gw__dmod_reauth,
    GW__F(gw_dmod_reauth, "utokh", GW__STR, utokh),
    GW__F(gw_dmod_reauth, "uhash", GW__STR, uhash),
    GW__F(gw_dmod_reauth, "pm", GW__SNOWFLAKE, pm));
GW__SCHEMA(gw__dmod_guild,
    GW__F(gw_dmod_guild, "count", GW__U32, count),
    GW__FH(gw_dmod_guild, "banner", GW__STR, GW__NULLABLE, banner, has_banner),
    GW__FH(gw_dmod_guild, "icon", GW__STR, GW__NULLABLE, icon, has_icon),
    GW__FX(gw_dmod_guild, "premium_tier", GW__U32, 0, premium_tier, 3),
    GW__FX(gw_dmod_guild, "verification_level", GW__U32, 0, verification_level, 4),
    GW__FS(gw_dmod_guild, "emojis", GW__ARR, emojis, &gw__elem_raw),
    GW__F(gw_dmod_guild, "current_invite_valid", GW__BOOL, current_invite_valid),
    GW__FH(gw_dmod_guild, "vanity", GW__STR, GW__NULLABLE, vanity, has_vanity));
GW__SCHEMA(gw__dmod_user,
    GW__F(gw_dmod_user, "id", GW__STR, id),
    GW__F(gw_dmod_user, "tag", GW__STR, tag),
    GW__F(gw_dmod_user, "permissions", GW__SNOWFLAKE, permissions));
GW__SCHEMA(gw__dmod_resp_connect_data,
    GW__FS(gw_dmod_resp_connect, "guild", GW__OBJ, guild, &gw__dmod_guild),
    GW__FS(gw_dmod_resp_connect, "user", GW__OBJ, user, &gw__dmod_user));
GW__SCHEMA(gw__dmod_resp_disconnect_data, GW__F(gw_dmod_resp_disconnect, "success", GW__BOOL, success));
/* server op 7 "d": {"for": name, "data": {...}} (D-50); both structs start at offset 0 of d's storage */
GW__SCHEMA(gw__dmod_resp_connect_d,
    GW__CS("for", "CONNECT_GUILD"),
    GW__FS(gw_dmod_resp_connect, "data", GW__OBJ, guild, &gw__dmod_resp_connect_data));
GW__SCHEMA(gw__dmod_resp_disconnect_d,
    GW__CS("for", "DESCONNECT_GUILD"),
    GW__FS(gw_dmod_resp_disconnect, "data", GW__OBJ, success, &gw__dmod_resp_disconnect_data));

/* Whole messages. Key order op, t, cmd, d (5.2). Server messages always write "t":null (D-58). */
GW__SCHEMA(gw__dmod_m_request_auth, GW__CI("op", 0), GW__NULO("t"), GW__NUL("d"));
GW__SCHEMA(gw__dmod_m_authenticate, GW__CI("op", 1), GW__NULQ("t"), GW__FS(GW__M, "d", GW__OBJ, u.auth, &gw__dmod_auth));
GW__SCHEMA(gw__dmod_m_auth_pass, GW__CI("op", 2), GW__NULO("t"), GW__FS(GW__M, "d", GW__OBJ, u.auth_pass, &gw__dmod_auth_pass));
GW__SCHEMA(gw__dmod_m_heartbeat, GW__CI("op", 3), GW__NULO("t"), GW__NUL("d"));
GW__SCHEMA(gw__dmod_m_heartbeat_back, GW__CI("op", 4), GW__NULO("t"), GW__NUL("d"));
#define GW__DMOD_EVENT(id, name, dfield) \
    GW__SCHEMA(gw__dmod_m_##id, GW__CI("op", 5), GW__CS("t", name), dfield); \
    GW__SCHEMA(gw__dmod_m_##id##_ev, GW__CI("op", 5), GW__NULQ("t"), GW__CS("ev", name), dfield)
GW__DMOD_EVENT(privilege, "GUILD_PRIVILEGE_UPDATE", GW__FS(GW__M, "d", GW__OBJ, u.privilege, &gw__dmod_privilege));
GW__DMOD_EVENT(member_count, "GUILD_MEMBER_COUNT_CHANGE", GW__F(GW__M, "d", GW__RAW, u.raw));
GW__DMOD_EVENT(hb_p, "APPLICATION_SESSION_HB_P", GW__F(GW__M, "d", GW__RAW, u.raw));
GW__DMOD_EVENT(session_end, "APPLICATION_SESSION_END", GW__F(GW__M, "d", GW__RAW, u.raw));
#define GW__DMOD_CMD(id, op, name, dfield) \
    GW__SCHEMA(gw__dmod_m_##id, GW__CI("op", op), GW__NULQ("t"), GW__CS("cmd", name), dfield)
GW__DMOD_CMD(connect, 6, "CONNECT_GUILD", GW__FS(GW__M, "d", GW__OBJ, u.connect_guild, &gw__dmod_connect_guild));
GW__DMOD_CMD(disconnect, 6, "DESCONNECT_GUILD", GW__FS(GW__M, "d", GW__OBJ, u.gid, &gw__dmod_gid));
GW__DMOD_CMD(app_session, 7, "APPLICATION_SESSION", GW__FS(GW__M, "d", GW__OBJ, u.app_session, &gw__dmod_app_session));
GW__DMOD_CMD(app_session_end, 7, "APPLICATION_SESSION_END", GW__FS(GW__M, "d", GW__OBJ, u.gid, &gw__dmod_gid));
GW__DMOD_CMD(reauth, 7, "APPLICATION_SESSION_REAUTH", GW__FS(GW__M, "d", GW__OBJ, u.reauth, &gw__dmod_reauth));
GW__DMOD_CMD(hb_m, 7, "APPLICATION_SESSION_HB_M", GW__F(GW__M, "d", GW__RAW, u.raw));
GW__SCHEMA(gw__dmod_m_resp_connect, GW__CI("op", 7), GW__NULO("t"), GW__FS(GW__M, "d", GW__OBJ, u.resp_connect, &gw__dmod_resp_connect_d));
GW__SCHEMA(gw__dmod_m_resp_disconnect, GW__CI("op", 7), GW__NULO("t"), GW__FS(GW__M, "d", GW__OBJ, u.resp_disconnect, &gw__dmod_resp_disconnect_d));
#undef GW__M

#define GW__C GW_FROM_CLIENT
#define GW__S GW_FROM_SERVER
#define GW__V(kind, from, op, name, k1, k2, schema) { kind, #kind, from, op, NULL, name, k1, k2, &schema }
static const gw__variant gw__dmod_variants[] = {
    GW__V(GW_DMOD_REQUEST_AUTH, GW__S, 0, NULL, NULL, NULL, gw__dmod_m_request_auth),
    GW__V(GW_DMOD_AUTHENTICATE, GW__C, 1, NULL, NULL, NULL, gw__dmod_m_authenticate),
    GW__V(GW_DMOD_AUTH_PASS, GW__S, 2, NULL, NULL, NULL, gw__dmod_m_auth_pass),
    GW__V(GW_DMOD_HEARTBEAT, GW__S, 3, NULL, NULL, NULL, gw__dmod_m_heartbeat),
    GW__V(GW_DMOD_HEARTBEAT_BACK, GW__C, 4, NULL, NULL, NULL, gw__dmod_m_heartbeat_back),
    GW__V(GW_DMOD_EV_GUILD_PRIVILEGE_UPDATE, GW__S, 5, "GUILD_PRIVILEGE_UPDATE", "t", NULL, gw__dmod_m_privilege),
    GW__V(GW_DMOD_EV_GUILD_PRIVILEGE_UPDATE, GW__S, 5, "GUILD_PRIVILEGE_UPDATE", "ev", NULL, gw__dmod_m_privilege_ev),
    GW__V(GW_DMOD_EV_GUILD_MEMBER_COUNT_CHANGE, GW__S, 5, "GUILD_MEMBER_COUNT_CHANGE", "t", NULL, gw__dmod_m_member_count),
    GW__V(GW_DMOD_EV_GUILD_MEMBER_COUNT_CHANGE, GW__S, 5, "GUILD_MEMBER_COUNT_CHANGE", "ev", NULL, gw__dmod_m_member_count_ev),
    GW__V(GW_DMOD_EV_APPLICATION_SESSION_HB_P, GW__S, 5, "APPLICATION_SESSION_HB_P", "t", NULL, gw__dmod_m_hb_p),
    GW__V(GW_DMOD_EV_APPLICATION_SESSION_HB_P, GW__S, 5, "APPLICATION_SESSION_HB_P", "ev", NULL, gw__dmod_m_hb_p_ev),
    GW__V(GW_DMOD_EV_APPLICATION_SESSION_END, GW__S, 5, "APPLICATION_SESSION_END", "t", NULL, gw__dmod_m_session_end),
    GW__V(GW_DMOD_EV_APPLICATION_SESSION_END, GW__S, 5, "APPLICATION_SESSION_END", "ev", NULL, gw__dmod_m_session_end_ev),
    GW__V(GW_DMOD_CMD_CONNECT_GUILD, GW__C, 6, "CONNECT_GUILD", "cmd", NULL, gw__dmod_m_connect),
    GW__V(GW_DMOD_CMD_DISCONNECT_GUILD, GW__C, 6, "DESCONNECT_GUILD", "cmd", NULL, gw__dmod_m_disconnect),
    GW__V(GW_DMOD_RESP_CONNECT_GUILD, GW__S, 7, "CONNECT_GUILD", "d", "for", gw__dmod_m_resp_connect),
    GW__V(GW_DMOD_RESP_DISCONNECT_GUILD, GW__S, 7, "DESCONNECT_GUILD", "d", "for", gw__dmod_m_resp_disconnect),
    GW__V(GW_DMOD_CMD_APPLICATION_SESSION, GW__C, 7, "APPLICATION_SESSION", "cmd", NULL, gw__dmod_m_app_session),
    GW__V(GW_DMOD_CMD_APPLICATION_SESSION_END, GW__C, 7, "APPLICATION_SESSION_END", "cmd", NULL, gw__dmod_m_app_session_end),
    GW__V(GW_DMOD_CMD_APPLICATION_SESSION_REAUTH, GW__C, 7, "APPLICATION_SESSION_REAUTH", "cmd", NULL, gw__dmod_m_reauth),
    GW__V(GW_DMOD_CMD_APPLICATION_SESSION_HB_M, GW__C, 7, "APPLICATION_SESSION_HB_M", "cmd", NULL, gw__dmod_m_hb_m),
};
#undef GW__V
#undef GW__C
#undef GW__S
/* D-52: the server accepts at most 1000 bytes from a client */
static const gw__proto gw__dmod_proto = {
    "dmod", "op", 0, { 0, 1000, 0 }, sizeof(gw_dmod_msg), gw__dmod_variants, GW__COUNT(gw__dmod_variants)
};
GW__WRAPPERS(dmod)

#endif /* GW__PART_IMPL */
