/* dmod gateway: PROTOCOLS.md section 5, one test per rule. Both wire forms decode: the seed's and
   the original server's (D-59 GUILD_PRIVILEGE_UPDATE with guild_id, D-59a the CONNECT_GUILD
   response's guild and null user); gw_dmod_encode_wire writes either. gw_dmod_check_original holds
   the original server's stricter rules (D-54a). */
#include "t.h"
#include "../gateway.h"
#include "gw_mut.h"
#include <stdlib.h>

static unsigned char scratch[1 << 16], scratch2[1 << 16];

static gw_err dec(const char *json, gw_from from, gw_dmod_msg *m, gw_error *e)
{
    return gw_dmod_decode(json, strlen(json), from, m, scratch, sizeof scratch, e);
}

/* D-61: the client kinds the original server has no case for (listed, not taken from enum order) */
static int no_case(gw_dmod_kind k)
{
    return k == GW_DMOD_HEARTBEAT_BACK || k == GW_DMOD_CMD_APPLICATION_SESSION || k == GW_DMOD_CMD_APPLICATION_SESSION_END ||
           k == GW_DMOD_CMD_APPLICATION_SESSION_REAUTH || k == GW_DMOD_CMD_APPLICATION_SESSION_HB_M;
}

/* Decode must fail with `code` at `path`. */
static void expect_err(const char *json, gw_from from, gw_err code, const char *path)
{
    gw_dmod_msg m;
    gw_error e;
    gw_err r = dec(json, from, &m, &e);
    if (r != code) t_failf(__FILE__, __LINE__, "%s: got %s, want %s (path %s)", json, gw_strerror(r), gw_strerror(code), e.path);
    else if (path) CHECK_STR(e.path, path);
    CHECK_EQ(m.kind, GW_DMOD_NONE); /* nothing half-decoded is left behind */
}

/* 5.3: every vector decodes to its kind, re-encodes canonically (in the wire form it is written
   in), and round-trips. */
static const struct { const char *file; gw_dmod_kind kind; gw_wire wire; } vectors[] = {
    { "dmod_client_authenticate.json", GW_DMOD_AUTHENTICATE, GW_WIRE_SEED },
    { "dmod_client_authenticate_anonymous.json", GW_DMOD_AUTHENTICATE, GW_WIRE_SEED },
    { "dmod_client_authenticate_user.json", GW_DMOD_AUTHENTICATE, GW_WIRE_SEED },
    { "dmod_client_cmd_application_session.json", GW_DMOD_CMD_APPLICATION_SESSION, GW_WIRE_SEED },
    { "dmod_client_cmd_application_session_end.json", GW_DMOD_CMD_APPLICATION_SESSION_END, GW_WIRE_SEED },
    { "dmod_client_cmd_application_session_reauth.json", GW_DMOD_CMD_APPLICATION_SESSION_REAUTH, GW_WIRE_SEED },
    { "dmod_client_cmd_connect_guild.json", GW_DMOD_CMD_CONNECT_GUILD, GW_WIRE_SEED },
    { "dmod_client_cmd_desconnect_guild.json", GW_DMOD_CMD_DISCONNECT_GUILD, GW_WIRE_SEED },
    { "dmod_client_heartbeat_back.json", GW_DMOD_HEARTBEAT_BACK, GW_WIRE_SEED },
    { "dmod_server_authentication_pass.json", GW_DMOD_AUTH_PASS, GW_WIRE_SEED },
    { "dmod_server_cmd_response_connect_guild.json", GW_DMOD_RESP_CONNECT_GUILD, GW_WIRE_SEED },
    { "dmod_server_cmd_response_connect_guild_full.json", GW_DMOD_RESP_CONNECT_GUILD, GW_WIRE_SEED },
    { "dmod_server_cmd_response_desconnect_guild.json", GW_DMOD_RESP_DISCONNECT_GUILD, GW_WIRE_SEED },
    { "dmod_server_event_guild_member_count_change.json", GW_DMOD_EV_GUILD_MEMBER_COUNT_CHANGE, GW_WIRE_SEED },
    { "dmod_server_event_guild_privilege_update.json", GW_DMOD_EV_GUILD_PRIVILEGE_UPDATE, GW_WIRE_SEED },
    { "dmod_server_event_guild_privilege_update_alias_ev.json", GW_DMOD_EV_GUILD_PRIVILEGE_UPDATE, GW_WIRE_SEED },
    { "dmod_server_heartbeat.json", GW_DMOD_HEARTBEAT, GW_WIRE_SEED },
    { "dmod_server_request_auth.json", GW_DMOD_REQUEST_AUTH, GW_WIRE_SEED },
    /* the originals' wire (issue 10) */
    { "dmod_client_orig_authenticate_anonymous.json", GW_DMOD_AUTHENTICATE, GW_WIRE_ORIGINAL },
    { "dmod_client_orig_cmd_connect_guild.json", GW_DMOD_CMD_CONNECT_GUILD, GW_WIRE_ORIGINAL },
    { "dmod_client_orig_cmd_desconnect_guild.json", GW_DMOD_CMD_DISCONNECT_GUILD, GW_WIRE_ORIGINAL },
    { "dmod_server_orig_cmd_response_connect_guild.json", GW_DMOD_RESP_CONNECT_GUILD, GW_WIRE_ORIGINAL },
    { "dmod_server_orig_cmd_response_connect_guild_nfsw.json", GW_DMOD_RESP_CONNECT_GUILD, GW_WIRE_ORIGINAL }, /* D-59b */
    { "dmod_server_orig_event_guild_member_count_change.json", GW_DMOD_EV_GUILD_MEMBER_COUNT_CHANGE, GW_WIRE_ORIGINAL },
    { "dmod_server_orig_event_guild_privilege_update.json", GW_DMOD_EV_GUILD_PRIVILEGE_UPDATE, GW_WIRE_ORIGINAL },
};
#define NVEC (sizeof vectors / sizeof vectors[0])

static void test_vectors(void)
{
    size_t i;
    for (i = 0; i < NVEC; i++) {
        size_t len, n;
        char *buf = t_vector_str(vectors[i].file, &len);
        gw_from from = strstr(vectors[i].file, "_client_") ? GW_FROM_CLIENT : GW_FROM_SERVER;
        gw_wire wire = vectors[i].wire;
        gw_dmod_msg m, other;
        gw_error e;
        char out[4096];
        t_case_begin(vectors[i].file);
        CHECK(buf != NULL);
        if (!buf) { t_case_end(); continue; }
        CHECK_ERR(gw_dmod_decode(buf, len, from, &m, scratch, sizeof scratch, &e), GW_OK);
        CHECK_EQ(m.kind, vectors[i].kind);
        VEC_ROUND_TRIP(GW_PROTO_DMOD, &m, from, wire, out, sizeof out, &n);
        /* 0.1 direction: every dmod message has one sender */
        CHECK_EQ(gw_dmod_decode(buf, len, from == GW_FROM_CLIENT ? GW_FROM_SERVER : GW_FROM_CLIENT, &other,
                                scratch2, sizeof scratch2, &e), GW_ERR_DIRECTION);
        CHECK_EQ(other.kind, GW_DMOD_NONE);
        free(buf);
        t_case_end();
    }
}

static void test_field_values(void)
{
    CHECK_EQ(gw_msg_size(GW_PROTO_DMOD), sizeof(gw_dmod_msg)); /* what the generic calls zero and fill */
    CHECK_EQ(gw_msg_size((gw_proto)99), 0);
    gw_dmod_msg m;
    gw_error e;
    char txt[64];
    size_t n;
    CHECK_EQ(dec("{\"op\":5,\"t\":\"GUILD_PRIVILEGE_UPDATE\",\"d\":{\"id\":\"1234\",\"tag\":\"name#disc\","
                 "\"self\":true,\"permissions\":\"18446744073709551615\"}}", GW_FROM_SERVER, &m, &e), GW_OK);
    CHECK(gw_str_eq(m.u.privilege.id, "1234", 4));
    CHECK(m.u.privilege.has_self && m.u.privilege.self);
    CHECK(m.u.privilege.permissions == UINT64_MAX);
    /* D-56: ids stay strings, leading zeros kept */
    CHECK_EQ(dec("{\"op\":7,\"cmd\":\"APPLICATION_SESSION\",\"d\":{\"uid\":\"000\",\"gid\":\"0001\",\"utokh\":\"\\u00e9\","
                 "\"uhash\":\"\"}}", GW_FROM_CLIENT, &m, &e), GW_OK);
    CHECK(gw_str_eq(m.u.app_session.uid, "000", 3));
    CHECK_ERR(gw_str_unescape(m.u.app_session.utokh, txt, sizeof txt, &n), GW_OK);
    CHECK_STR(txt, "\xc3\xa9");
    CHECK_EQ(m.u.app_session.uhash.len, 0);
    /* D-54: anonymous and basic-data logins */
    CHECK_ERR(dec("{\"op\":1,\"d\":{\"token\":null,\"uid\":null}}", GW_FROM_CLIENT, &m, &e), GW_OK);
    CHECK(!m.u.auth.has_token && !m.u.auth.has_uid);
    CHECK_ERR(dec("{\"op\":1,\"t\":null,\"d\":{\"uid\":null,\"token\":\"x\"}}", GW_FROM_CLIENT, &m, &e), GW_OK);
    CHECK(m.u.auth.has_token && !m.u.auth.has_uid);
}

static void test_rules(void)
{
    /* 5.3 unknown opcode and names */
    expect_err("{\"op\":8,\"d\":null}", GW_FROM_SERVER, GW_ERR_UNKNOWN_OP, "op");
    expect_err("{\"op\":-1,\"d\":null}", GW_FROM_CLIENT, GW_ERR_UNKNOWN_OP, "op");
    expect_err("{\"op\":\"3\",\"d\":null}", GW_FROM_SERVER, GW_ERR_TYPE, "op");
    expect_err("{\"d\":null}", GW_FROM_SERVER, GW_ERR_MISSING, "op");
    expect_err("{\"op\":6,\"cmd\":\"CONNECT\",\"d\":{\"gid\":\"1\"}}", GW_FROM_CLIENT, GW_ERR_UNKNOWN_EVENT, "cmd");
    expect_err("{\"op\":6,\"d\":{\"gid\":\"1\"}}", GW_FROM_CLIENT, GW_ERR_MISSING, "cmd");
    expect_err("{\"op\":6,\"cmd\":7,\"d\":{\"gid\":\"1\"}}", GW_FROM_CLIENT, GW_ERR_TYPE, "cmd");
    expect_err("{\"op\":5,\"t\":\"GUILD_DELETE\",\"d\":{}}", GW_FROM_SERVER, GW_ERR_UNKNOWN_EVENT, "t");
    expect_err("{\"op\":7,\"d\":{\"for\":\"NOPE\",\"data\":{}}}", GW_FROM_SERVER, GW_ERR_UNKNOWN_EVENT, "d.for");
    /* D-50, D-51: op 7 by direction; op 6 only from the client */
    expect_err("{\"op\":6,\"cmd\":\"DESCONNECT_GUILD\",\"d\":{\"gid\":\"1\"}}", GW_FROM_SERVER, GW_ERR_DIRECTION, "op");
    expect_err("{\"op\":7,\"d\":{\"for\":\"DESCONNECT_GUILD\",\"data\":{\"success\":true}}}", GW_FROM_CLIENT, GW_ERR_DIRECTION, "op");
    expect_err("{\"op\":7,\"cmd\":\"APPLICATION_SESSION_END\",\"d\":{\"gid\":\"1\"}}", GW_FROM_SERVER, GW_ERR_DIRECTION, "op");
    /* D-54: uid without token */
    expect_err("{\"op\":1,\"d\":{\"token\":null,\"uid\":\"5\"}}", GW_FROM_CLIENT, GW_ERR_VALUE, "d.uid");
    /* D-57: d must be null for ops 0, 3, 4; t must be null outside events */
    expect_err("{\"op\":3,\"t\":null,\"d\":{}}", GW_FROM_SERVER, GW_ERR_TYPE, "d");
    expect_err("{\"op\":3,\"t\":\"X\",\"d\":null}", GW_FROM_SERVER, GW_ERR_TYPE, "t");
    expect_err("{\"op\":4,\"t\":null}", GW_FROM_CLIENT, GW_ERR_MISSING, "d");
    /* D-58: exactly one of t / ev names the event. Issue 10 (D-59 adds the original's form): of the
       failed forms, the one that read furthest into the message is reported: the t form, which
       meets the extra "ev" after reading "t" (the ev form stops earlier, at a non-null "t") */
    expect_err("{\"op\":5,\"t\":\"GUILD_PRIVILEGE_UPDATE\",\"ev\":\"GUILD_PRIVILEGE_UPDATE\",\"d\":{\"id\":\"1\",\"tag\":\"a\","
               "\"permissions\":\"0\"}}", GW_FROM_SERVER, GW_ERR_UNKNOWN_FIELD, "ev");
    /* "ev" first: a non-null "t" names the event, so the t forms are the ones tried (the ev rows
       come after every t row, D-58), and "ev" is then an unknown key */
    expect_err("{\"op\":5,\"ev\":\"GUILD_PRIVILEGE_UPDATE\",\"t\":\"GUILD_PRIVILEGE_UPDATE\",\"d\":{\"id\":\"1\",\"tag\":\"a\","
               "\"permissions\":\"0\"}}", GW_FROM_SERVER, GW_ERR_UNKNOWN_FIELD, "ev");
    /* 5.4 constraints */
    expect_err("{\"op\":7,\"d\":{\"for\":\"CONNECT_GUILD\",\"data\":{\"guild\":{\"count\":1,\"banner\":null,\"icon\":null,"
               "\"premium_tier\":4,\"verification_level\":0,\"emojis\":[],\"current_invite_valid\":true,\"vanity\":null},"
               "\"user\":{\"id\":\"1\",\"tag\":\"a\",\"permissions\":\"0\"}}}}", GW_FROM_SERVER, GW_ERR_RANGE, "d.data.guild.premium_tier");
    expect_err("{\"op\":7,\"cmd\":\"APPLICATION_SESSION_REAUTH\",\"d\":{\"utokh\":\"\",\"uhash\":\"\",\"pm\":\"064\"}}",
               GW_FROM_CLIENT, GW_ERR_VALUE, "d.pm");
    expect_err("{\"op\":7,\"cmd\":\"APPLICATION_SESSION_REAUTH\",\"d\":{\"utokh\":\"\",\"uhash\":\"\",\"pm\":\"18446744073709551616\"}}",
               GW_FROM_CLIENT, GW_ERR_RANGE, "d.pm");
    expect_err("{\"op\":2,\"d\":{\"missed_notifications\":[{\"type\":\"A\",\"proccessed_type\":-1}]}}", GW_FROM_SERVER,
               GW_ERR_RANGE, "d.missed_notifications[0].proccessed_type");
    expect_err("{\"op\":2,\"d\":{\"missed_notifications\":[{\"type\":\"A\",\"proccessed_type\":1.5}]}}", GW_FROM_SERVER,
               GW_ERR_RANGE, "d.missed_notifications[0].proccessed_type");
    /* 0.1 JSON rules and duplicate keys */
    expect_err("{\"op\":3,\"op\":3,\"d\":null}", GW_FROM_SERVER, GW_ERR_DUPLICATE_KEY, "op"); /* D-07: the repeated key */
    expect_err("{\"op\":3,\"d\":null,}", GW_FROM_SERVER, GW_ERR_JSON, ""); /* where a key should be: the object's path */
    expect_err("[3]", GW_FROM_SERVER, GW_ERR_TYPE, "");
    expect_err("{\"op\":3,\"d\":null,\"x\":1}", GW_FROM_SERVER, GW_ERR_UNKNOWN_FIELD, "x");
}

/* D-52: the 1000-byte cap applies to what a client sends, and only to that. */
/* gw_error_text: one line with offset, path and message; the JSON layer's reason for JSON errors */
static void test_error_text(void)
{
    gw_dmod_msg m;
    gw_error e;
    char line[160], tiny[8];
    CHECK_ERR(dec("{\"op\":1,\"d\":{\"token\":3,\"uid\":null}}", GW_FROM_CLIENT, &m, &e), GW_ERR_TYPE);
    CHECK_STR(gw_error_text(&e, line, sizeof line), "byte 21: d.token: wrong JSON type: must be a string or null, got 3");
    CHECK_ERR(dec("{\"op\":3,\"d\":null,}", GW_FROM_SERVER, &m, &e), GW_ERR_JSON);
    CHECK_STR(gw_error_text(&e, line, sizeof line), "byte 17: invalid JSON: trailing comma before closing bracket");
    CHECK_STR(gw_error_text(&e, tiny, sizeof tiny), "byte 17"); /* truncated, still a C string */
}

static void test_size_cap(void)
{
    char buf[1100];
    const char *body = "{\"op\":4,\"t\":null,\"d\":null}";
    size_t bl = strlen(body);
    gw_dmod_msg m;
    gw_error e;
    memset(buf, ' ', sizeof buf);
    memcpy(buf, body, bl);
    CHECK_ERR(gw_dmod_decode(buf, 1000, GW_FROM_CLIENT, &m, scratch, sizeof scratch, &e), GW_OK);
    CHECK_ERR(gw_dmod_decode(buf, 1001, GW_FROM_CLIENT, &m, scratch, sizeof scratch, &e), GW_ERR_TOO_LARGE);
    CHECK_EQ(e.offset, 1000);
    memcpy(buf, "{\"op\":3", 7);
    CHECK_ERR(gw_dmod_decode(buf, 1001, GW_FROM_SERVER, &m, scratch, sizeof scratch, &e), GW_OK);
}

/* Every member removed must be reported missing at its path (or be optional); every value of a
   wrong JSON type must be reported at its path (or be untyped / a discriminator). */
static void walk_mutations(const char *file)
{
    size_t len, i;
    char *buf = t_vector_str(file, &len);
    gw_from from = strstr(file, "_client_") ? GW_FROM_CLIENT : GW_FROM_SERVER;
    static gj_tok toks[512];
    static char path[512][96], mut[8192];
    gj_status st;
    t_case_begin(file);
    CHECK(buf && gj_tokenize(buf, len, toks, 512, &st) == GJ_OK);
    if (!buf || st.err) { free(buf); t_case_end(); return; }
    memset(path, 0, sizeof path);
    for (i = 0; i < st.count; i++) { /* paths of every value */
        uint32_t c, k;
        if (toks[i].type == GJ_OBJECT)
            for (c = (uint32_t)i + 1; c < toks[i].next; c = toks[c + 1].next)
                if (snprintf(path[c + 1], sizeof path[0], "%s%s%.*s", path[i], path[i][0] ? "." : "", (int)toks[c].len,
                             buf + toks[c].start) >= (int)sizeof path[0]) t_fail(__FILE__, __LINE__, "path too long");
        if (toks[i].type == GJ_ARRAY)
            for (k = 0, c = (uint32_t)i + 1; c < toks[i].next; c = toks[c].next, k++)
                if (snprintf(path[c], sizeof path[0], "%s[%u]", path[i], (unsigned)k) >= (int)sizeof path[0]) t_fail(__FILE__, __LINE__, "path too long");
    }
    for (i = 1; i < st.count; i++) {
        gw_dmod_msg m;
        gw_error e;
        gw_err r;
        const gj_tok *v = &toks[i];
        size_t vs = v->type == GJ_STRING ? v->start - 1 : v->start, ve = vs + v->len + (v->type == GJ_STRING ? 2 : 0);
        const char *repl = v->type == GJ_STRING ? "12345" : v->type == GJ_NULL ? "[]" : "\"x\"";
        int discriminator = !strcmp(path[i], "op") || !strcmp(path[i], "t") || !strcmp(path[i], "ev") ||
                            !strcmp(path[i], "cmd") || !strcmp(path[i], "d.for");
        int untyped = !strcmp(path[i], "d") && strstr(file, "member_count") != NULL;
        if (strstr(path[i], "emojis[")) continue; /* inside a gw_raw element: anything goes */
        if (strstr(file, "member_count") && !strncmp(path[i], "d.", 2)) continue; /* inside a gw_raw d */
        if (!path[i][0]) continue; /* keys have no path of their own */
        /* wrong type */
        snprintf(mut, sizeof mut, "%.*s%s%s", (int)vs, buf, repl, buf + ve);
        r = gw_dmod_decode(mut, strlen(mut), from, &m, scratch, sizeof scratch, &e);
        if (untyped) CHECK_EQ(r, GW_OK);
        else if (discriminator) CHECK(r != GW_OK);
        else if (r != GW_ERR_TYPE || strcmp(e.path, path[i]) != 0)
            t_failf(__FILE__, __LINE__, "%s: %s -> %s at '%s'", file, path[i], gw_strerror(r), e.path);
        /* missing: cut "key":value (and one adjacent comma) out of its object */
        if (i >= 2 && toks[i - 1].type == GJ_STRING) {
            size_t ks = toks[i - 1].start - 1, a = ks, b = ve;
            while (b < len && (buf[b] == ' ' || buf[b] == '\n' || buf[b] == '\r' || buf[b] == '\t')) b++;
            if (b < len && buf[b] == ',') b++;
            else {
                while (a > 0 && buf[a - 1] != ',' && buf[a - 1] != '{') a--;
                if (a > 0 && buf[a - 1] == ',') a--;
            }
            snprintf(mut, sizeof mut, "%.*s%s", (int)a, buf, buf + b);
            r = gw_dmod_decode(mut, strlen(mut), from, &m, scratch, sizeof scratch, &e);
            if (r == GW_OK) /* only optional keys may go (nfsw: D-59b); without guild_id the original's
                               privilege update is the seed's form (D-59) */
                CHECK(!strcmp(path[i], "d.self") || !strcmp(path[i], "t") || !strcmp(path[i], "d.data.guild.nfsw") ||
                      (strstr(file, "orig_event_guild_privilege") && !strcmp(path[i], "d.guild_id")));
            else if (!discriminator && (r != GW_ERR_MISSING || strcmp(e.path, path[i]) != 0))
                t_failf(__FILE__, __LINE__, "%s: drop %s -> %s at '%s'", file, path[i], gw_strerror(r), e.path);
        }
    }
    free(buf);
    t_case_end();
}

static void test_mutations(void)
{
    size_t i;
    for (i = 0; i < NVEC; i++) walk_mutations(vectors[i].file);
}

/* ---- randomised round trip ---- */
static gw_dmod_notification notes[8];
static gw_raw emoji_items[3];

static void rand_msg(gw_dmod_msg *m, gw_dmod_kind kind)
{
    uint32_t i;
    memset(m, 0, sizeof *m);
    m->kind = kind;
    switch (kind) {
    case GW_DMOD_AUTHENTICATE:
        m->u.auth.has_token = rng() % 2;
        if (m->u.auth.has_token) m->u.auth.token = rng_str(11);
        m->u.auth.has_uid = m->u.auth.has_token && rng() % 2;
        if (m->u.auth.has_uid) m->u.auth.uid = rng_str(11);
        break;
    case GW_DMOD_AUTH_PASS:
        m->u.auth_pass.missed_notifications.count = (uint32_t)(rng() % 9);
        m->u.auth_pass.missed_notifications.items = notes;
        for (i = 0; i < 8; i++) { notes[i].type = rng_str(11); notes[i].processed_type = (uint32_t)rng(); }
        break;
    case GW_DMOD_EV_GUILD_PRIVILEGE_UPDATE:
        m->u.privilege.id = rng_str(11); m->u.privilege.tag = rng_str(11);
        m->u.privilege.permissions = rng_u64();
        m->u.privilege.has_self = rng() % 2; m->u.privilege.self = rng() % 2;
        break;
    case GW_DMOD_EV_GUILD_MEMBER_COUNT_CHANGE: case GW_DMOD_EV_APPLICATION_SESSION_HB_P:
    case GW_DMOD_EV_APPLICATION_SESSION_END: case GW_DMOD_CMD_APPLICATION_SESSION_HB_M:
        m->u.raw.ptr = rng() % 2 ? "{ \"count\" : [1, 2.5e3, \"a b\"] }" : "null";
        m->u.raw.len = (uint32_t)strlen(m->u.raw.ptr);
        break;
    case GW_DMOD_CMD_CONNECT_GUILD: m->u.connect_guild.token = rng_str(11); m->u.connect_guild.gid = rng_str(11); break;
    case GW_DMOD_CMD_DISCONNECT_GUILD: case GW_DMOD_CMD_APPLICATION_SESSION_END: m->u.gid.gid = rng_str(11); break;
    case GW_DMOD_RESP_CONNECT_GUILD: {
        gw_dmod_guild *g = &m->u.resp_connect.guild;
        g->count = (uint32_t)rng(); g->premium_tier = (uint32_t)(rng() % 4); g->verification_level = (uint32_t)(rng() % 5);
        /* a nullable field's value only with its flag (gateway.h refuses a value sent as null) */
        if ((g->has_banner = rng() % 2) != 0) g->banner = rng_str(11);
        if ((g->has_icon = rng() % 2) != 0) g->icon = rng_str(11);
        if ((g->has_vanity = rng() % 2) != 0) g->vanity = rng_str(11);
        for (i = 0; i < 3; i++) { emoji_items[i].ptr = "{\"id\":\"1\"}"; emoji_items[i].len = 10; }
        g->emojis.items = emoji_items; g->emojis.count = (uint32_t)(rng() % 4);
        g->current_invite_valid = rng() % 2;
        m->u.resp_connect.has_user = 1; /* the seed's user is required (D-59a: only the original's may be null) */
        m->u.resp_connect.user.id = rng_str(11); m->u.resp_connect.user.tag = rng_str(11);
        m->u.resp_connect.user.permissions = rng_u64();
        break;
    }
    case GW_DMOD_RESP_DISCONNECT_GUILD: m->u.resp_disconnect.success = rng() % 2; break;
    case GW_DMOD_CMD_APPLICATION_SESSION:
        m->u.app_session.uid = rng_str(11); m->u.app_session.gid = rng_str(11);
        m->u.app_session.utokh = rng_str(11); m->u.app_session.uhash = rng_str(11);
        break;
    case GW_DMOD_CMD_APPLICATION_SESSION_REAUTH:
        m->u.reauth.utokh = rng_str(11); m->u.reauth.uhash = rng_str(11); m->u.reauth.pm = rng_u64();
        break;
    default: break;
    }
}

static void test_random_round_trip(void)
{
    int kind, i;
    for (kind = 1; kind < GW_DMOD_UNKNOWN; kind++) {
        int client = gw_kind_from(GW_PROTO_DMOD, kind) == GW_FROM_CLIENT; /* the tables say who sends it */
        t_case_begin(gw_kind_name(GW_PROTO_DMOD, kind));
        for (i = 0; i < 2000; i++) {
            gw_dmod_msg m, m2;
            gw_error e;
            char out[2048], out2[2048];
            size_t n, n2;
            gw_err r;
            rand_msg(&m, (gw_dmod_kind)kind);
            r = gw_dmod_encode(&m, out, sizeof out, &n, &e);
            if (r == GW_ERR_TOO_LARGE && client) continue; /* D-52: a client frame over 1000 bytes */
            CHECK_ERR(r, GW_OK);
            r = gw_dmod_decode(out, n, client ? GW_FROM_CLIENT : GW_FROM_SERVER, &m2, scratch, sizeof scratch, &e);
            if (r) { t_failf(__FILE__, __LINE__, "%s: %s at %s", out, gw_strerror(r), e.path); break; }
            CHECK(gw_dmod_equal(&m, &m2));
            CHECK_ERR(gw_dmod_encode(&m2, out2, sizeof out2, &n2, &e), GW_OK);
            CHECK(n == n2 && memcmp(out, out2, n) == 0);
        }
        t_case_end();
    }
}

/* ---- the originals' wire (issue 10) ---- */
static int str_is(gw_str s, const char *lit) { return gw_str_eq(s, lit, strlen(lit)); }

static int decode_file(const char *file, gw_dmod_msg *m)
{
    static char text[4096];
    size_t len;
    char *buf = t_vector_str(file, &len);
    gw_error e;
    gw_err r;
    if (!buf || len >= sizeof text) { free(buf); t_failf(__FILE__, __LINE__, "cannot read %s", file); return 0; }
    memcpy(text, buf, len + 1); /* the decoded views point into text, which outlives this call */
    free(buf);
    r = gw_dmod_decode(text, len, strstr(file, "_client_") ? GW_FROM_CLIENT : GW_FROM_SERVER, m, scratch, sizeof scratch, &e);
    if (r) { t_failf(__FILE__, __LINE__, "%s: %s at %s", file, gw_strerror(r), e.path); return 0; }
    return 1;
}

/* The originals' vectors, field by field (D-59, D-59a, D-53, D-54) */
static void test_original_values(void)
{
    gw_dmod_msg m;
    char txt[64];
    size_t n;
    if (decode_file("dmod_server_orig_event_guild_privilege_update.json", &m)) { /* D-59: guild_id, no self */
        const gw_dmod_privilege_update *p = &m.u.privilege;
        CHECK_EQ(m.kind, GW_DMOD_EV_GUILD_PRIVILEGE_UPDATE);
        CHECK(p->has_guild_id && str_is(p->guild_id, "728814703266234435"));
        CHECK(str_is(p->id, "110373943822540801") && str_is(p->tag, "name#0001"));
        CHECK(p->permissions == 2147483647u);
        CHECK(!p->has_self && !p->self);
    }
    if (decode_file("dmod_server_event_guild_privilege_update.json", &m)) { /* the seed's form still decodes */
        CHECK(!m.u.privilege.has_guild_id && m.u.privilege.guild_id.len == 0);
        CHECK(m.u.privilege.has_self && m.u.privilege.self && str_is(m.u.privilege.id, "1234"));
    }
    if (decode_file("dmod_server_orig_cmd_response_connect_guild.json", &m)) { /* D-59a */
        const gw_dmod_guild *g = &m.u.resp_connect.guild;
        CHECK_EQ(m.kind, GW_DMOD_RESP_CONNECT_GUILD);
        CHECK(str_is(g->id, "728814703266234435") && str_is(g->name, "g") && str_is(g->owner_id, "110373943822540801"));
        CHECK(g->verification_level == 1 && g->member_count == 12 && g->premium_tier == 0 && g->mfa_level == 0);
        CHECK(!g->has_description && !g->has_vanity_url_code && !g->has_banner);
        /* none of the seed's own fields */
        CHECK(g->count == 0 && !g->has_icon && g->emojis.count == 0 && !g->current_invite_valid && !g->has_vanity);
        CHECK(!m.u.resp_connect.has_user); /* user: null */
    }
    if (decode_file("dmod_server_cmd_response_connect_guild.json", &m)) { /* the seed's form still decodes */
        const gw_dmod_guild *g = &m.u.resp_connect.guild;
        CHECK(g->count == 100 && g->has_icon && str_is(g->icon, "abcdef") && g->premium_tier == 1 && g->verification_level == 3);
        CHECK(g->id.len == 0 && g->name.len == 0 && g->member_count == 0 && !g->has_description);
        CHECK(m.u.resp_connect.has_user && str_is(m.u.resp_connect.user.id, "1234"));
    }
    if (decode_file("dmod_server_orig_event_guild_member_count_change.json", &m)) { /* D-53: d stays raw */
        CHECK_EQ(m.kind, GW_DMOD_EV_GUILD_MEMBER_COUNT_CHANGE);
        CHECK(m.u.raw.len == 44 && memcmp(m.u.raw.ptr, "{\"guild_id\":\"728814703266234435\",\"count\":13}", 44) == 0);
    }
    /* the original browser client's three messages */
    if (decode_file("dmod_client_orig_authenticate_anonymous.json", &m)) {
        CHECK_EQ(m.kind, GW_DMOD_AUTHENTICATE);
        CHECK(!m.u.auth.has_token && !m.u.auth.has_uid);
    }
    if (decode_file("dmod_client_orig_cmd_connect_guild.json", &m)) {
        CHECK_EQ(m.kind, GW_DMOD_CMD_CONNECT_GUILD);
        CHECK(str_is(m.u.connect_guild.token, "0123456789") && str_is(m.u.connect_guild.gid, "728814703266234435"));
    }
    if (decode_file("dmod_client_orig_cmd_desconnect_guild.json", &m)) {
        CHECK_EQ(m.kind, GW_DMOD_CMD_DISCONNECT_GUILD);
        CHECK_ERR(gw_str_unescape(m.u.gid.gid, txt, sizeof txt, &n), GW_OK);
        CHECK_STR(txt, "728814703266234435");
    }
}

static gw_from dmod_sender(const gw_dmod_msg *m)
{
    return gw_kind_from(GW_PROTO_DMOD, (int)m->kind) == GW_FROM_CLIENT ? GW_FROM_CLIENT : GW_FROM_SERVER;
}
#define EXPECT_WIRE(m, wire, json) mut_expect_wire(__FILE__, __LINE__, GW_PROTO_DMOD, m, dmod_sender(m), wire, json)
#define EXPECT_INVALID(m, wire, path) mut_expect_invalid(__FILE__, __LINE__, GW_PROTO_DMOD, m, wire, path)

#define ORIG_GUILD "{\"id\":\"728814703266234435\",\"verification_level\":1,\"name\":\"g\",\"owner_id\":\"110373943822540801\"," \
                   "\"description\":null,\"member_count\":12,\"premium_tier\":0,\"vanity_url_code\":null,\"banner\":null,\"mfa_level\":0}"

/* Kinds whose forms differ, in both wires: the original's exact bytes; the seed's after clearing
   what it cannot carry; a field of one form is GW_ERR_INVALID in the other (policy 0.4). */
static void test_original_wire(void)
{
    static const char *const same[] = { "dmod_client_orig_authenticate_anonymous.json", "dmod_client_orig_cmd_connect_guild.json",
                                         "dmod_client_orig_cmd_desconnect_guild.json", "dmod_server_orig_event_guild_member_count_change.json",
                                         "dmod_server_heartbeat.json", "dmod_server_authentication_pass.json" };
    gw_dmod_msg m, s;
    gw_error e;
    char out[4096], out2[4096];
    size_t i, n, n2;
    /* D-59: GUILD_PRIVILEGE_UPDATE */
    if (decode_file("dmod_server_orig_event_guild_privilege_update.json", &m)) {
        EXPECT_WIRE(&m, GW_WIRE_ORIGINAL, "{\"op\":5,\"t\":\"GUILD_PRIVILEGE_UPDATE\",\"d\":{\"guild_id\":\"728814703266234435\","
                                          "\"id\":\"110373943822540801\",\"tag\":\"name#0001\",\"permissions\":\"2147483647\"}}");
        EXPECT_INVALID(&m, GW_WIRE_SEED, "d.guild_id");
        s = m;
        s.u.privilege.has_guild_id = 0; s.u.privilege.guild_id = gw_str_c("");
        EXPECT_WIRE(&s, GW_WIRE_SEED, "{\"op\":5,\"t\":\"GUILD_PRIVILEGE_UPDATE\",\"d\":{\"id\":\"110373943822540801\","
                                      "\"tag\":\"name#0001\",\"permissions\":\"2147483647\"}}");
        s.u.privilege.has_self = 1; s.u.privilege.self = 1;
        EXPECT_WIRE(&s, GW_WIRE_SEED, "{\"op\":5,\"t\":\"GUILD_PRIVILEGE_UPDATE\",\"d\":{\"id\":\"110373943822540801\","
                                      "\"tag\":\"name#0001\",\"self\":true,\"permissions\":\"2147483647\"}}");
        EXPECT_INVALID(&s, GW_WIRE_ORIGINAL, "d.self"); /* the original never sends self */
        m.u.privilege.has_self = 1;
        EXPECT_INVALID(&m, GW_WIRE_ORIGINAL, "d.self");
        m.u.privilege.has_self = 0; m.u.privilege.self = 1; /* a value without its (optional) flag is not looked at */
        EXPECT_WIRE(&m, GW_WIRE_ORIGINAL, NULL);
    }
    /* the seed's vector in the original's form: self must go; guild_id is required there (written "") */
    if (decode_file("dmod_server_event_guild_privilege_update.json", &m)) {
        EXPECT_INVALID(&m, GW_WIRE_ORIGINAL, "d.self");
        m.u.privilege.has_self = 0; m.u.privilege.self = 0;
        EXPECT_WIRE(&m, GW_WIRE_ORIGINAL, "{\"op\":5,\"t\":\"GUILD_PRIVILEGE_UPDATE\",\"d\":{\"guild_id\":\"\",\"id\":\"1234\","
                                          "\"tag\":\"name#disc\",\"permissions\":\"0\"}}");
    }
    if (decode_file("dmod_server_event_guild_privilege_update_alias_ev.json", &m)) { /* D-58: ev is decode-only, t written */
        CHECK_ERR(gw_dmod_encode_wire(&m, GW_WIRE_SEED, out, sizeof out, &n, &e), GW_OK);
        CHECK(strstr(out, "\"t\":\"GUILD_PRIVILEGE_UPDATE\"") != NULL && strstr(out, "\"ev\"") == NULL);
    }
    /* D-59a: the CONNECT_GUILD response */
    if (decode_file("dmod_server_orig_cmd_response_connect_guild.json", &m)) {
        EXPECT_WIRE(&m, GW_WIRE_ORIGINAL, "{\"op\":7,\"t\":null,\"d\":{\"for\":\"CONNECT_GUILD\",\"data\":{\"guild\":" ORIG_GUILD
                                          ",\"user\":null}}}");
        EXPECT_INVALID(&m, GW_WIRE_SEED, "d.data.user"); /* the seed form has no null user (D-59a) */
        m.u.resp_connect.has_user = 1;
        m.u.resp_connect.user.id = gw_str_c("1"); m.u.resp_connect.user.tag = gw_str_c("a#1"); m.u.resp_connect.user.permissions = 8;
        EXPECT_INVALID(&m, GW_WIRE_SEED, "d.data.guild.id");
        m.u.resp_connect.guild.has_description = 1; m.u.resp_connect.guild.description = gw_str_c("d");
        m.u.resp_connect.guild.has_vanity_url_code = 1; m.u.resp_connect.guild.vanity_url_code = gw_str_c("v");
        m.u.resp_connect.guild.has_banner = 1; m.u.resp_connect.guild.banner = gw_str_c("b");
        m.u.resp_connect.guild.premium_tier = 3; m.u.resp_connect.guild.verification_level = 4; m.u.resp_connect.guild.mfa_level = 1;
        EXPECT_WIRE(&m, GW_WIRE_ORIGINAL, "{\"op\":7,\"t\":null,\"d\":{\"for\":\"CONNECT_GUILD\",\"data\":{\"guild\":{"
                                          "\"id\":\"728814703266234435\",\"verification_level\":4,\"name\":\"g\",\"owner_id\":\"110373943822540801\","
                                          "\"description\":\"d\",\"member_count\":12,\"premium_tier\":3,\"vanity_url_code\":\"v\",\"banner\":\"b\","
                                          "\"mfa_level\":1},\"user\":{\"id\":\"1\",\"tag\":\"a#1\",\"permissions\":\"8\"}}}}");
    }
    /* the seed's response in the original's form: each seed-only field is refused at its path */
    if (decode_file("dmod_server_cmd_response_connect_guild.json", &m)) {
        EXPECT_INVALID(&m, GW_WIRE_ORIGINAL, "d.data.guild.count");
        m.u.resp_connect.guild.count = 0;
        EXPECT_INVALID(&m, GW_WIRE_ORIGINAL, "d.data.guild.icon");
        m.u.resp_connect.guild.has_icon = 0;
        EXPECT_INVALID(&m, GW_WIRE_ORIGINAL, "d.data.guild.icon"); /* set by value: still the seed's field (0.4) */
        memset(&m.u.resp_connect.guild.icon, 0, sizeof m.u.resp_connect.guild.icon);
        EXPECT_WIRE(&m, GW_WIRE_ORIGINAL, NULL); /* banner, premium_tier, verification_level are shared */
        EXPECT_WIRE(&m, GW_WIRE_SEED, "{\"op\":7,\"t\":null,\"d\":{\"for\":\"CONNECT_GUILD\",\"data\":{\"guild\":{\"count\":0,"
                                      "\"banner\":null,\"icon\":null,\"premium_tier\":1,\"verification_level\":3,\"emojis\":[],"
                                      "\"current_invite_valid\":false,\"vanity\":null},\"user\":{\"id\":\"1234\",\"tag\":\"name#disc\","
                                      "\"permissions\":\"0\"}}}}");
    }
    /* kinds with one form: both wires write the same bytes */
    for (i = 0; i < sizeof same / sizeof same[0]; i++) {
        t_case_begin(same[i]);
        if (decode_file(same[i], &m)) {
            CHECK_ERR(gw_dmod_encode_wire(&m, GW_WIRE_SEED, out, sizeof out, &n, &e), GW_OK);
            CHECK_ERR(gw_dmod_encode_wire(&m, GW_WIRE_ORIGINAL, out2, sizeof out2, &n2, &e), GW_OK);
            CHECK(n == n2 && memcmp(out, out2, n) == 0);
        }
        t_case_end();
    }
    /* a bad wire value is an argument error, out "" */
    strcpy(out, "junk");
    CHECK_ERR(gw_dmod_encode_wire(&m, (gw_wire)7, out, sizeof out, &n, &e), GW_ERR_ARG);
    CHECK_STR(out, "");
    CHECK_ERR(gw_encode_wire(GW_PROTO_DMOD, &m, (gw_wire)7, out, sizeof out, &n, &e), GW_ERR_ARG);
}

/* Each field of one form set in a message encoded in the other (D-59a): GW_ERR_INVALID at it. */
static void test_guild_fields_cross_form(void)
{
    gw_dmod_msg m;
    int f;
    for (f = 0; f < 13; f++) {
        const char *path = NULL;
        gw_wire refused = GW_WIRE_SEED;
        gw_dmod_guild *g = &m.u.resp_connect.guild;
        memset(&m, 0, sizeof m);
        m.kind = GW_DMOD_RESP_CONNECT_GUILD;
        m.u.resp_connect.has_user = 1;
        switch (f) { /* the original's own fields, refused by the seed's form */
        case 0: g->id = gw_str_c("1"); path = "d.data.guild.id"; break;
        case 1: g->name = gw_str_c("n"); path = "d.data.guild.name"; break;
        case 2: g->owner_id = gw_str_c("2"); path = "d.data.guild.owner_id"; break;
        case 3: g->has_description = 1; path = "d.data.guild.description"; break; /* even "" */
        case 4: g->member_count = 5; path = "d.data.guild.member_count"; break;
        case 5: g->has_vanity_url_code = 1; g->vanity_url_code = gw_str_c("x"); path = "d.data.guild.vanity_url_code"; break;
        case 6: g->mfa_level = 1; path = "d.data.guild.mfa_level"; break;
        /* the seed's own fields, refused by the original's form */
        case 7: g->count = 1; path = "d.data.guild.count"; refused = GW_WIRE_ORIGINAL; break;
        case 8: g->has_icon = 1; path = "d.data.guild.icon"; refused = GW_WIRE_ORIGINAL; break;
        case 9: g->current_invite_valid = 1; path = "d.data.guild.current_invite_valid"; refused = GW_WIRE_ORIGINAL; break;
        case 10: g->has_vanity = 1; g->vanity = gw_str_c("v"); path = "d.data.guild.vanity"; refused = GW_WIRE_ORIGINAL; break;
        case 11: g->has_nsfw = 1; path = "d.data.guild.nfsw"; break; /* the original's, D-59b; even false */
        default: g->emojis.items = emoji_items; g->emojis.count = 1; emoji_items[0].ptr = "{}"; emoji_items[0].len = 2;
                 path = "d.data.guild.emojis"; refused = GW_WIRE_ORIGINAL; break;
        }
        t_case_begin(path);
        EXPECT_INVALID(&m, refused, path);
        EXPECT_WIRE(&m, refused == GW_WIRE_SEED ? GW_WIRE_ORIGINAL : GW_WIRE_SEED, NULL);
        t_case_end();
    }
    /* the shared fields go in both */
    memset(&m, 0, sizeof m);
    m.kind = GW_DMOD_RESP_CONNECT_GUILD;
    m.u.resp_connect.has_user = 1;
    m.u.resp_connect.guild.has_banner = 1; m.u.resp_connect.guild.banner = gw_str_c("b");
    m.u.resp_connect.guild.premium_tier = 2; m.u.resp_connect.guild.verification_level = 4;
    EXPECT_WIRE(&m, GW_WIRE_SEED, NULL);
    EXPECT_WIRE(&m, GW_WIRE_ORIGINAL, NULL);
    m.u.resp_connect.guild.verification_level = 5; /* 5.4 ranges hold in both */
    EXPECT_INVALID(&m, GW_WIRE_ORIGINAL, "d.data.guild.verification_level");
    EXPECT_INVALID(&m, GW_WIRE_SEED, "d.data.guild.verification_level");
    /* D-59a: user null only in the original's form */
    memset(&m, 0, sizeof m);
    m.kind = GW_DMOD_RESP_CONNECT_GUILD;
    EXPECT_WIRE(&m, GW_WIRE_ORIGINAL, "{\"op\":7,\"t\":null,\"d\":{\"for\":\"CONNECT_GUILD\",\"data\":{\"guild\":{\"id\":\"\","
                                      "\"verification_level\":0,\"name\":\"\",\"owner_id\":\"\",\"description\":null,\"member_count\":0,"
                                      "\"premium_tier\":0,\"vanity_url_code\":null,\"banner\":null,\"mfa_level\":0},\"user\":null}}}");
}

/* D-59b: the original's guild carries nsfw under its misspelled key "nfsw" (guild.ts:91), optional:
   toGatewayGuild writes this.nsfw, which stays undefined (no key) when Discord gave none. */
#define NFSW_FRAME "{\"d\":{\"for\":\"CONNECT_GUILD\",\"data\":{\"guild\":{\"id\":\"1\",\"verification_level\":0,\"name\":\"g\"," \
                   "\"owner_id\":\"2\",\"description\":null,\"member_count\":3,\"premium_tier\":0,\"vanity_url_code\":null," \
                   "\"banner\":null,\"mfa_level\":1,\"nfsw\":true},\"user\":null}},\"t\":null,\"op\":7}"
#define NFSW_GUILD "{\"id\":\"1\",\"verification_level\":0,\"name\":\"g\",\"owner_id\":\"2\",\"description\":null," \
                   "\"member_count\":3,\"premium_tier\":0,\"vanity_url_code\":null,\"banner\":null,\"mfa_level\":1"
static void test_nfsw(void)
{
    gw_dmod_msg m, s;
    gw_error e;
    char buf[1024];
    const gw_dmod_guild *g = &m.u.resp_connect.guild;
    /* issue 21's exact frame decodes strictly */
    CHECK_ERR(dec(NFSW_FRAME, GW_FROM_SERVER, &m, &e), GW_OK);
    CHECK_EQ(m.kind, GW_DMOD_RESP_CONNECT_GUILD);
    CHECK(g->has_nsfw && g->nsfw);
    CHECK(str_is(g->id, "1") && str_is(g->name, "g") && str_is(g->owner_id, "2") && g->member_count == 3 && g->mfa_level == 1);
    CHECK(!m.u.resp_connect.has_user);
    /* and comes back in the original's wire, key and spelling kept, after mfa_level as guild.ts writes it */
    EXPECT_WIRE(&m, GW_WIRE_ORIGINAL, "{\"op\":7,\"t\":null,\"d\":{\"for\":\"CONNECT_GUILD\",\"data\":{\"guild\":" NFSW_GUILD
                                      ",\"nfsw\":true},\"user\":null}}}");
    /* the seed's wire has no nsfw: refused at its key, never dropped (0.4, D-05) */
    s = m;
    memset(&s.u.resp_connect.guild, 0, sizeof s.u.resp_connect.guild);
    s.u.resp_connect.guild.has_nsfw = 1;
    s.u.resp_connect.has_user = 1; s.u.resp_connect.user.id = gw_str_c("1"); s.u.resp_connect.user.tag = gw_str_c("a#1");
    EXPECT_INVALID(&s, GW_WIRE_SEED, "d.data.guild.nfsw");
    s.u.resp_connect.guild.nsfw = 0; /* false is still a value the seed cannot carry */
    EXPECT_INVALID(&s, GW_WIRE_SEED, "d.data.guild.nfsw");
    s.u.resp_connect.guild.has_nsfw = 0; s.u.resp_connect.guild.nsfw = 1; /* a value without its flag is not looked at */
    EXPECT_WIRE(&s, GW_WIRE_SEED, NULL);
    EXPECT_WIRE(&s, GW_WIRE_ORIGINAL, NULL);
    CHECK_ERR(gw_dmod_encode_wire(&s, GW_WIRE_ORIGINAL, buf, sizeof buf, NULL, &e), GW_OK);
    CHECK(strstr(buf, "nfsw") == NULL);
    /* false decodes too; absent leaves has_nsfw false */
    snprintf(buf, sizeof buf, "{\"op\":7,\"d\":{\"for\":\"CONNECT_GUILD\",\"data\":{\"guild\":" NFSW_GUILD ",\"nfsw\":false},\"user\":null}}}");
    CHECK_ERR(dec(buf, GW_FROM_SERVER, &m, &e), GW_OK);
    CHECK(g->has_nsfw && !g->nsfw);
    EXPECT_WIRE(&m, GW_WIRE_ORIGINAL, "{\"op\":7,\"t\":null,\"d\":{\"for\":\"CONNECT_GUILD\",\"data\":{\"guild\":" NFSW_GUILD
                                      ",\"nfsw\":false},\"user\":null}}}");
    snprintf(buf, sizeof buf, "{\"op\":7,\"d\":{\"for\":\"CONNECT_GUILD\",\"data\":{\"guild\":" NFSW_GUILD "},\"user\":null}}}");
    CHECK_ERR(dec(buf, GW_FROM_SERVER, &m, &e), GW_OK);
    CHECK(!g->has_nsfw && !g->nsfw);
    /* a boolean, never null (Discord's guild nsfw is a boolean; JSON.stringify drops undefined) */
    expect_err("{\"op\":7,\"d\":{\"for\":\"CONNECT_GUILD\",\"data\":{\"guild\":" NFSW_GUILD ",\"nfsw\":null},\"user\":null}}}",
               GW_FROM_SERVER, GW_ERR_TYPE, "d.data.guild.nfsw");
    expect_err("{\"op\":7,\"d\":{\"for\":\"CONNECT_GUILD\",\"data\":{\"guild\":" NFSW_GUILD ",\"nfsw\":1},\"user\":null}}}",
               GW_FROM_SERVER, GW_ERR_TYPE, "d.data.guild.nfsw");
    expect_err("{\"op\":7,\"d\":{\"for\":\"CONNECT_GUILD\",\"data\":{\"guild\":" NFSW_GUILD ",\"nfsw\":true,\"nfsw\":true},\"user\":null}}}",
               GW_FROM_SERVER, GW_ERR_DUPLICATE_KEY, NULL);
    /* only the misspelling is the original's: the right spelling is still an unknown key */
    expect_err("{\"op\":7,\"d\":{\"for\":\"CONNECT_GUILD\",\"data\":{\"guild\":" NFSW_GUILD ",\"nsfw\":true},\"user\":null}}}",
               GW_FROM_SERVER, GW_ERR_UNKNOWN_FIELD, "d.data.guild.nsfw");
    /* nor is it a key of the seed's guild */
    expect_err("{\"op\":7,\"d\":{\"for\":\"CONNECT_GUILD\",\"data\":{\"guild\":{\"count\":1,\"banner\":null,\"icon\":null,\"premium_tier\":0,"
               "\"verification_level\":0,\"emojis\":[],\"current_invite_valid\":true,\"vanity\":null,\"nfsw\":true},"
               "\"user\":{\"id\":\"1\",\"tag\":\"a#1\",\"permissions\":\"0\"}}}}", GW_FROM_SERVER, GW_ERR_UNKNOWN_FIELD, "d.data.guild.nfsw");
    /* lenient decoding (D-06) as before: the frame needs no skipping now; other unknown keys still skip */
    CHECK_ERR(gw_dmod_decode_flags(NFSW_FRAME, strlen(NFSW_FRAME), GW_FROM_SERVER, GW_DECODE_LENIENT, &m, scratch, sizeof scratch, &e), GW_OK);
    CHECK(e.skipped == 0 && g->has_nsfw && g->nsfw);
    snprintf(buf, sizeof buf, "{\"op\":7,\"d\":{\"for\":\"CONNECT_GUILD\",\"data\":{\"guild\":" NFSW_GUILD ",\"nfsw\":true,\"region\":\"eu\"},"
             "\"user\":null}}}");
    CHECK_ERR(dec(buf, GW_FROM_SERVER, &m, &e), GW_ERR_UNKNOWN_FIELD);
    CHECK_STR(e.path, "d.data.guild.region");
    CHECK_ERR(gw_dmod_decode_flags(buf, strlen(buf), GW_FROM_SERVER, GW_DECODE_LENIENT, &m, scratch, sizeof scratch, &e), GW_OK);
    CHECK(e.skipped == 1 && g->has_nsfw && g->nsfw && g->mfa_level == 1);
}

/* The original's forms on decode: what stays an error */
static void test_original_errors(void)
{
    /* D-59: the original's privilege update has no self; its guild_id is a string; ev is the seed's alias only */
    expect_err("{\"op\":5,\"t\":\"GUILD_PRIVILEGE_UPDATE\",\"d\":{\"guild_id\":\"1\",\"id\":\"1\",\"tag\":\"a\",\"self\":true,"
               "\"permissions\":\"0\"}}", GW_FROM_SERVER, GW_ERR_UNKNOWN_FIELD, "d.self");
    expect_err("{\"op\":5,\"t\":\"GUILD_PRIVILEGE_UPDATE\",\"d\":{\"guild_id\":null,\"id\":\"1\",\"tag\":\"a\",\"permissions\":\"0\"}}",
               GW_FROM_SERVER, GW_ERR_TYPE, "d.guild_id");
    expect_err("{\"op\":5,\"t\":\"GUILD_PRIVILEGE_UPDATE\",\"d\":{\"guild_id\":1,\"id\":\"1\",\"tag\":\"a\",\"permissions\":\"0\"}}",
               GW_FROM_SERVER, GW_ERR_TYPE, "d.guild_id");
    expect_err("{\"op\":5,\"t\":\"GUILD_PRIVILEGE_UPDATE\",\"d\":{\"guild_id\":\"1\",\"id\":\"1\",\"tag\":\"a\",\"permissions\":\"01\"}}",
               GW_FROM_SERVER, GW_ERR_VALUE, "d.permissions");
    expect_err("{\"op\":5,\"t\":\"GUILD_PRIVILEGE_UPDATE\",\"d\":{\"guild_id\":\"1\",\"tag\":\"a\",\"permissions\":\"0\"}}",
               GW_FROM_SERVER, GW_ERR_MISSING, "d.id");
    expect_err("{\"op\":5,\"ev\":\"GUILD_PRIVILEGE_UPDATE\",\"d\":{\"guild_id\":\"1\",\"id\":\"1\",\"tag\":\"a\",\"permissions\":\"0\"}}",
               GW_FROM_SERVER, GW_ERR_UNKNOWN_FIELD, "d.guild_id");
    /* D-59a: user null in the original's guild form only; the forms' guild fields do not mix */
    expect_err("{\"op\":7,\"d\":{\"for\":\"CONNECT_GUILD\",\"data\":{\"guild\":{\"count\":1,\"banner\":null,\"icon\":null,\"premium_tier\":0,"
               "\"verification_level\":0,\"emojis\":[],\"current_invite_valid\":true,\"vanity\":null},\"user\":null}}}", GW_FROM_SERVER,
               GW_ERR_TYPE, "d.data.user");
    expect_err("{\"op\":7,\"d\":{\"for\":\"CONNECT_GUILD\",\"data\":{\"guild\":" ORIG_GUILD "}}}", GW_FROM_SERVER, GW_ERR_MISSING, "d.data.user");
    expect_err("{\"op\":7,\"d\":{\"for\":\"CONNECT_GUILD\",\"data\":{\"guild\":{\"id\":\"1\",\"verification_level\":1,\"name\":\"g\","
               "\"owner_id\":\"1\",\"description\":null,\"member_count\":12,\"premium_tier\":4,\"vanity_url_code\":null,\"banner\":null,"
               "\"mfa_level\":0},\"user\":null}}}", GW_FROM_SERVER, GW_ERR_RANGE, "d.data.guild.premium_tier");
    expect_err("{\"op\":7,\"d\":{\"for\":\"CONNECT_GUILD\",\"data\":{\"guild\":{\"id\":\"1\",\"verification_level\":1,\"name\":\"g\","
               "\"owner_id\":\"1\",\"description\":null,\"member_count\":-1,\"premium_tier\":0,\"vanity_url_code\":null,\"banner\":null,"
               "\"mfa_level\":0},\"user\":null}}}", GW_FROM_SERVER, GW_ERR_RANGE, "d.data.guild.member_count");
    expect_err("{\"op\":7,\"d\":{\"for\":\"CONNECT_GUILD\",\"data\":{\"guild\":{\"id\":\"1\",\"verification_level\":1,\"name\":\"g\","
               "\"owner_id\":\"1\",\"description\":null,\"member_count\":1,\"premium_tier\":0,\"vanity_url_code\":null,\"banner\":null,"
               "\"mfa_level\":0,\"icon\":null},\"user\":null}}}", GW_FROM_SERVER, GW_ERR_UNKNOWN_FIELD, "d.data.guild.icon");
    expect_err("{\"op\":7,\"d\":{\"for\":\"CONNECT_GUILD\",\"data\":{\"guild\":{\"id\":\"1\",\"verification_level\":1,\"name\":\"g\","
               "\"owner_id\":\"1\",\"description\":null,\"member_count\":1,\"premium_tier\":0,\"vanity_url_code\":null,\"banner\":null},"
               "\"user\":null}}}", GW_FROM_SERVER, GW_ERR_MISSING, "d.data.guild.mfa_level");
    /* D-54: a uid without a token is refused by the decoder already (before any D-54a check) */
    expect_err("{\"op\":1,\"d\":{\"token\":null,\"uid\":\"5\"}}", GW_FROM_CLIENT, GW_ERR_VALUE, "d.uid");
}

/* README: a field only one form can carry is GW_ERR_INVALID in the other, never silently dropped.
   guild_id is required in the original's form (its has_ flag is decode's report, gw_dmod_equal
   compares the text): a guild_id set without the flag must be refused by the seed's form or come
   back equal; writing the seed's form without it does neither. */
static void test_value_without_flag(void)
{
    gw_dmod_msg m;
    memset(&m, 0, sizeof m);
    m.kind = GW_DMOD_EV_GUILD_PRIVILEGE_UPDATE;
    m.u.privilege.guild_id = gw_str_c("728814703266234435"); /* has_guild_id false */
    EXPECT_WIRE(&m, GW_WIRE_ORIGINAL, "{\"op\":5,\"t\":\"GUILD_PRIVILEGE_UPDATE\",\"d\":{\"guild_id\":\"728814703266234435\","
                                      "\"id\":\"\",\"tag\":\"\",\"permissions\":\"0\"}}");
    EXPECT_INVALID(&m, GW_WIRE_SEED, "d.guild_id");
}

/* D-54a: gw_dmod_check_original, the original server's stricter rules */
static void test_check_original(void)
{
    static const struct { int has_token; const char *token; int has_uid; const char *uid; gw_err r; const char *path; } auth[] = {
        { 0, NULL, 0, NULL, GW_OK, "" },             /* anonymous */
        { 1, "tok", 1, "110373943822540801", GW_OK, "" }, /* logged in */
        { 1, "tok", 0, NULL, GW_ERR_VALUE, "d.uid" },  /* the seed's own example (D-54): refused by the original */
        { 1, "", 1, "5", GW_ERR_VALUE, "d.token" },    /* empty strings are not set */
        { 1, "tok", 1, "", GW_ERR_VALUE, "d.uid" },
        { 1, "", 0, NULL, GW_ERR_VALUE, "d.token" },
        { 1, "", 1, "", GW_ERR_VALUE, "d.token" },
        { 0, NULL, 1, "5", GW_ERR_VALUE, "d.token" },  /* (decode refuses this already, D-54) */
    };
    gw_dmod_msg m;
    gw_error e;
    size_t i;
    for (i = 0; i < sizeof auth / sizeof auth[0]; i++) {
        gw_err r;
        memset(&m, 0, sizeof m);
        m.kind = GW_DMOD_AUTHENTICATE;
        if ((m.u.auth.has_token = auth[i].has_token != 0)) m.u.auth.token = gw_str_c(auth[i].token);
        if ((m.u.auth.has_uid = auth[i].has_uid != 0)) m.u.auth.uid = gw_str_c(auth[i].uid);
        memset(&e, 0x55, sizeof e);
        r = gw_dmod_check_original(&m, &e);
        if (r != auth[i].r || strcmp(e.path, auth[i].path) || e.code != auth[i].r)
            t_failf(__FILE__, __LINE__, "auth row %u: got %s at '%s'", (unsigned)i, gw_strerror(r), e.path);
    }
    /* decoded: (null, null) and (token, uid) pass; (token, null) decodes (D-54) and is refused here */
    CHECK_ERR(dec("{\"op\":1,\"d\":{\"token\":null,\"uid\":null}}", GW_FROM_CLIENT, &m, &e), GW_OK);
    CHECK_ERR(gw_dmod_check_original(&m, &e), GW_OK);
    CHECK_ERR(dec("{\"op\":1,\"d\":{\"token\":\"t\",\"uid\":\"1\"}}", GW_FROM_CLIENT, &m, &e), GW_OK);
    CHECK_ERR(gw_dmod_check_original(&m, &e), GW_OK);
    CHECK_ERR(dec("{\"op\":1,\"d\":{\"token\":\"t\",\"uid\":null}}", GW_FROM_CLIENT, &m, &e), GW_OK);
    CHECK_ERR(gw_dmod_check_original(&m, &e), GW_ERR_VALUE);
    CHECK_STR(e.path, "d.uid");
    CHECK_ERR(dec("{\"op\":1,\"d\":{\"token\":\"\",\"uid\":\"1\"}}", GW_FROM_CLIENT, &m, &e), GW_OK);
    CHECK_ERR(gw_dmod_check_original(&m, &e), GW_ERR_VALUE);
    CHECK_STR(e.path, "d.token");
    /* (null, uid) never gets here: the decoder refuses it (D-54) */
    CHECK_ERR(dec("{\"op\":1,\"d\":{\"token\":null,\"uid\":\"1\"}}", GW_FROM_CLIENT, &m, &e), GW_ERR_VALUE);
    CHECK_STR(e.path, "d.uid");
    /* CONNECT_GUILD: token and gid non-empty */
    CHECK_ERR(dec("{\"op\":6,\"cmd\":\"CONNECT_GUILD\",\"d\":{\"token\":\"0123456789\",\"gid\":\"728814703266234435\"}}", GW_FROM_CLIENT, &m, &e), GW_OK);
    CHECK_ERR(gw_dmod_check_original(&m, &e), GW_OK);
    CHECK_ERR(dec("{\"op\":6,\"cmd\":\"CONNECT_GUILD\",\"d\":{\"token\":\"0123456789\",\"gid\":\"\"}}", GW_FROM_CLIENT, &m, &e), GW_OK);
    CHECK_ERR(gw_dmod_check_original(&m, &e), GW_ERR_VALUE);
    CHECK_STR(e.path, "d.gid");
    CHECK_ERR(dec("{\"op\":6,\"cmd\":\"CONNECT_GUILD\",\"d\":{\"token\":\"\",\"gid\":\"1\"}}", GW_FROM_CLIENT, &m, &e), GW_OK);
    CHECK_ERR(gw_dmod_check_original(&m, &e), GW_ERR_VALUE);
    CHECK_STR(e.path, "d.token");
    CHECK_ERR(dec("{\"op\":6,\"cmd\":\"CONNECT_GUILD\",\"d\":{\"token\":\"\",\"gid\":\"\"}}", GW_FROM_CLIENT, &m, &e), GW_OK);
    CHECK_ERR(gw_dmod_check_original(&m, &e), GW_ERR_VALUE);
    CHECK_STR(e.path, "d.token");
    /* DESCONNECT_GUILD: gid non-empty */
    CHECK_ERR(dec("{\"op\":6,\"cmd\":\"DESCONNECT_GUILD\",\"d\":{\"gid\":\"728814703266234435\"}}", GW_FROM_CLIENT, &m, &e), GW_OK);
    CHECK_ERR(gw_dmod_check_original(&m, &e), GW_OK);
    CHECK_ERR(dec("{\"op\":6,\"cmd\":\"DESCONNECT_GUILD\",\"d\":{\"gid\":\"\"}}", GW_FROM_CLIENT, &m, &e), GW_OK);
    CHECK_ERR(gw_dmod_check_original(&m, &e), GW_ERR_VALUE);
    CHECK_STR(e.path, "d.gid");
    /* other kinds have no extra rule, empty strings included (op 4 and client op 7: D-61, test_no_case) */
    CHECK_ERR(dec("{\"op\":3,\"t\":null,\"d\":null}", GW_FROM_SERVER, &m, &e), GW_OK);
    CHECK_ERR(gw_dmod_check_original(&m, &e), GW_OK);
    /* arguments: no message; no error struct */
    CHECK_ERR(gw_dmod_check_original(NULL, &e), GW_ERR_ARG);
    CHECK_ERR(e.code, GW_ERR_ARG);
    memset(&m, 0, sizeof m);
    m.kind = GW_DMOD_CMD_DISCONNECT_GUILD;
    CHECK_ERR(gw_dmod_check_original(&m, NULL), GW_ERR_VALUE);
}

/* D-61: the original server has no case for a client's op 4 or op 7 (main.ts:93-268, whose
   default: closes 1000 "Unknown data"). Both wires decode them (a server receives them); the
   original's wire refuses to write them, naming that rule; gw_dmod_check_original refuses them. */
static void test_no_case(void)
{
    static const struct { const char *frame; gw_dmod_kind kind; const char *rule; } rows[] = {
        { "{\"op\":4,\"t\":null,\"d\":null}", GW_DMOD_HEARTBEAT_BACK, "the original server has no case for op 4: it closes 1000 \"Unknown data\"" },
        { "{\"op\":7,\"cmd\":\"APPLICATION_SESSION\",\"d\":{\"uid\":\"000\",\"gid\":\"0001\",\"utokh\":\"\",\"uhash\":\"\"}}",
          GW_DMOD_CMD_APPLICATION_SESSION, "the original server has no case for a client's op 7: it closes 1000 \"Unknown data\"" },
        { "{\"op\":7,\"cmd\":\"APPLICATION_SESSION_END\",\"d\":{\"gid\":\"0001\"}}", GW_DMOD_CMD_APPLICATION_SESSION_END,
          "the original server has no case for a client's op 7: it closes 1000 \"Unknown data\"" },
        { "{\"op\":7,\"cmd\":\"APPLICATION_SESSION_REAUTH\",\"d\":{\"utokh\":\"\",\"uhash\":\"\",\"pm\":\"64\"}}",
          GW_DMOD_CMD_APPLICATION_SESSION_REAUTH, "the original server has no case for a client's op 7: it closes 1000 \"Unknown data\"" },
        { "{\"op\":7,\"cmd\":\"APPLICATION_SESSION_HB_M\",\"d\":null}", GW_DMOD_CMD_APPLICATION_SESSION_HB_M,
          "the original server has no case for a client's op 7: it closes 1000 \"Unknown data\"" },
    };
    static const char *const others[] = { "{\"op\":1,\"d\":{\"token\":null,\"uid\":null}}",
                                          "{\"op\":6,\"cmd\":\"CONNECT_GUILD\",\"d\":{\"token\":\"t\",\"gid\":\"1\"}}",
                                          "{\"op\":6,\"cmd\":\"DESCONNECT_GUILD\",\"d\":{\"gid\":\"1\"}}" };
    gw_dmod_msg m, m2;
    gw_error e;
    char out[512], txt[256];
    size_t i, n;
    for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        t_case_begin(gw_kind_name(GW_PROTO_DMOD, (int)rows[i].kind));
        /* decoding is fine, strictly, whatever wire the peer speaks: the checker decides */
        CHECK_ERR(dec(rows[i].frame, GW_FROM_CLIENT, &m, &e), GW_OK);
        CHECK_EQ(m.kind, rows[i].kind);
        CHECK(no_case(m.kind));
        /* the seed's wire writes it back */
        CHECK_ERR(gw_dmod_encode_wire(&m, GW_WIRE_SEED, out, sizeof out, &n, &e), GW_OK);
        CHECK_ERR(gw_dmod_decode(out, n, GW_FROM_CLIENT, &m2, scratch2, sizeof scratch2, &e), GW_OK);
        CHECK(gw_dmod_equal(&m, &m2));
        /* the original's wire refuses, with the original's rule in the detail */
        strcpy(out, "junk");
        n = 5;
        CHECK_ERR(gw_dmod_encode_wire(&m, GW_WIRE_ORIGINAL, out, sizeof out, &n, &e), GW_ERR_INVALID);
        CHECK_STR(e.path, "kind");
        CHECK_STR(e.detail, rows[i].rule);
        CHECK(e.offset == GW_NO_OFFSET);
        CHECK_STR(out, ""); CHECK_EQ(n, 0);
        CHECK(strstr(gw_error_text(&e, txt, sizeof txt), "\"Unknown data\"") != NULL);
        CHECK_ERR(gw_encode_wire(GW_PROTO_DMOD, &m, GW_WIRE_ORIGINAL, out, sizeof out, &n, &e), GW_ERR_INVALID);
        CHECK_STR(e.detail, rows[i].rule);
        /* so does the original's own rule check, at op */
        memset(&e, 0x55, sizeof e);
        CHECK_ERR(gw_dmod_check_original(&m, &e), GW_ERR_UNKNOWN_OP);
        CHECK_EQ(e.code, GW_ERR_UNKNOWN_OP);
        CHECK_STR(e.path, "op");
        CHECK_STR(e.detail, rows[i].rule);
        CHECK(e.offset == GW_NO_OFFSET);
        CHECK_ERR(gw_dmod_check_original(&m, NULL), GW_ERR_UNKNOWN_OP);
        t_case_end();
    }
    /* the client messages the original has a case for go in both wires, and pass its check */
    for (i = 0; i < sizeof others / sizeof others[0]; i++) {
        size_t n2;
        char out2[512];
        t_case_begin(others[i]);
        CHECK_ERR(dec(others[i], GW_FROM_CLIENT, &m, &e), GW_OK);
        CHECK(!no_case(m.kind));
        CHECK_ERR(gw_dmod_encode_wire(&m, GW_WIRE_SEED, out, sizeof out, &n, &e), GW_OK);
        CHECK_ERR(gw_dmod_encode_wire(&m, GW_WIRE_ORIGINAL, out2, sizeof out2, &n2, &e), GW_OK);
        CHECK(n == n2 && memcmp(out, out2, n) == 0);
        CHECK_ERR(gw_dmod_check_original(&m, &e), GW_OK);
        CHECK(e.offset == 0 && e.detail[0] == 0);
        t_case_end();
    }
    /* D-54a's refusals name the original's close where it has one */
    CHECK_ERR(dec("{\"op\":1,\"d\":{\"token\":\"t\",\"uid\":null}}", GW_FROM_CLIENT, &m, &e), GW_OK);
    CHECK_ERR(gw_dmod_check_original(&m, &e), GW_ERR_VALUE);
    CHECK_STR(e.detail, "must be set with token (D-54a): original closes 1000 \"Invalid formating of authentication\"");
    CHECK(e.offset == GW_NO_OFFSET);
    CHECK_ERR(gw_dmod_encode_wire(&m, GW_WIRE_ORIGINAL, out, sizeof out, &n, &e), GW_ERR_INVALID); /* D-64 */
    CHECK_STR(e.path, "d.uid");
    CHECK_ERR(dec("{\"op\":6,\"cmd\":\"CONNECT_GUILD\",\"d\":{\"token\":\"\",\"gid\":\"1\"}}", GW_FROM_CLIENT, &m, &e), GW_OK);
    CHECK_ERR(gw_dmod_check_original(&m, &e), GW_ERR_VALUE);
    CHECK_STR(e.detail, "must not be empty (D-54a): original closes 1000 \"Invalid formating of authentication\"");
    CHECK_ERR(gw_dmod_encode_wire(&m, GW_WIRE_ORIGINAL, out, sizeof out, &n, &e), GW_ERR_INVALID); /* D-64 */
    CHECK_STR(e.path, "d.token");
    /* server kinds: no rule (the original sends none of op 4 or a command) */
    CHECK_ERR(dec("{\"op\":3,\"t\":null,\"d\":null}", GW_FROM_SERVER, &m, &e), GW_OK);
    CHECK_ERR(gw_dmod_check_original(&m, &e), GW_OK);
    CHECK_ERR(gw_dmod_encode_wire(&m, GW_WIRE_ORIGINAL, out, sizeof out, &n, &e), GW_OK);
}

/* Randomised round trip in the original's form for the kinds whose forms differ */
static void rand_orig(gw_dmod_msg *m, gw_dmod_kind kind)
{
    memset(m, 0, sizeof *m);
    m->kind = kind;
    if (kind == GW_DMOD_EV_GUILD_PRIVILEGE_UPDATE) {
        m->u.privilege.has_guild_id = 1; m->u.privilege.guild_id = rng_str(11);
        m->u.privilege.id = rng_str(11); m->u.privilege.tag = rng_str(11);
        m->u.privilege.permissions = rng_u64();
    } else {
        gw_dmod_guild *g = &m->u.resp_connect.guild;
        g->id = rng_str(11); g->name = rng_str(11); g->owner_id = rng_str(11);
        if ((g->has_description = rng() % 2)) g->description = rng_str(11);
        if ((g->has_vanity_url_code = rng() % 2)) g->vanity_url_code = rng_str(11);
        if ((g->has_banner = rng() % 2)) g->banner = rng_str(11);
        if ((g->has_nsfw = rng() % 2)) g->nsfw = rng() % 2; /* D-59b */
        g->member_count = rng_u32(); g->mfa_level = rng_u32();
        g->premium_tier = (uint32_t)(rng() % 4); g->verification_level = (uint32_t)(rng() % 5);
        if ((m->u.resp_connect.has_user = rng() % 2)) {
            m->u.resp_connect.user.id = rng_str(11); m->u.resp_connect.user.tag = rng_str(11);
            m->u.resp_connect.user.permissions = rng_u64();
        }
    }
}

static void test_random_round_trip_original(void)
{
    static const gw_dmod_kind kinds[] = { GW_DMOD_EV_GUILD_PRIVILEGE_UPDATE, GW_DMOD_RESP_CONNECT_GUILD };
    size_t k;
    int i;
    for (k = 0; k < 2; k++) {
        int fails = 0;
        t_case_begin(gw_kind_name(GW_PROTO_DMOD, (int)kinds[k]));
        for (i = 0; i < 2000 && fails < 3; i++) {
            gw_dmod_msg m, m2;
            gw_error e;
            char out[2048], out2[2048];
            size_t n, n2;
            gw_err r;
            rand_orig(&m, kinds[k]);
            if ((r = gw_dmod_encode_wire(&m, GW_WIRE_ORIGINAL, out, sizeof out, &n, &e)) != GW_OK) {
                fails++; t_failf(__FILE__, __LINE__, "encode: %s at %s", gw_strerror(r), e.path); continue;
            }
            r = gw_dmod_decode(out, n, GW_FROM_SERVER, &m2, scratch, sizeof scratch, &e);
            if (r) { fails++; t_failf(__FILE__, __LINE__, "%s: %s at %s", out, gw_strerror(r), e.path); continue; }
            if (!gw_dmod_equal(&m, &m2)) { fails++; t_failf(__FILE__, __LINE__, "not equal: %s", out); continue; }
            CHECK_ERR(gw_dmod_encode_wire(&m2, GW_WIRE_ORIGINAL, out2, sizeof out2, &n2, &e), GW_OK);
            if (n != n2 || memcmp(out, out2, n)) { fails++; t_fail(__FILE__, __LINE__, "re-encode differs"); }
            /* the seed's form refuses it at the original's field */
            r = gw_dmod_encode_wire(&m, GW_WIRE_SEED, out2, sizeof out2, &n2, &e);
            if (r != GW_ERR_INVALID) { fails++; t_failf(__FILE__, __LINE__, "seed form accepted %s", out2); }
        }
        CHECK_EQ(fails, 0);
        t_case_end();
    }
}

static void test_encode_refuses(void)
{
    gw_dmod_msg m;
    gw_error e;
    char out[256];
    size_t n;
    memset(&m, 0, sizeof m);
    m.kind = (gw_dmod_kind)99;
    CHECK_ERR(gw_dmod_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "kind");
    m.kind = GW_DMOD_CMD_DISCONNECT_GUILD;
    m.u.gid.gid.ptr = "\xc3\x28"; m.u.gid.gid.len = 2; /* invalid UTF-8 */
    strcpy(out, "junk");
    CHECK_ERR(gw_dmod_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "d.gid");
    CHECK_STR(out, "");
    m.u.gid.gid.ptr = "\\q"; m.u.gid.gid.len = 2; m.u.gid.gid.escaped = 1; /* bad escape in a raw view */
    CHECK_ERR(gw_dmod_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    memset(&m, 0, sizeof m);
    m.kind = GW_DMOD_AUTHENTICATE;
    m.u.auth.has_uid = 1; m.u.auth.uid = gw_str_c("1"); /* D-54 */
    CHECK_ERR(gw_dmod_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "d.uid");
    memset(&m, 0, sizeof m);
    m.kind = GW_DMOD_RESP_CONNECT_GUILD;
    m.u.resp_connect.has_user = 1; /* an unset, empty user is the original's null (D-59a) */
    m.u.resp_connect.guild.premium_tier = 4;
    CHECK_ERR(gw_dmod_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "d.data.guild.premium_tier");
    m.u.resp_connect.guild.premium_tier = 0;
    m.u.resp_connect.guild.emojis.count = 2; /* items NULL */
    CHECK_ERR(gw_dmod_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "d.data.guild.emojis");
    /* snprintf semantics */
    memset(&m, 0, sizeof m);
    m.kind = GW_DMOD_HEARTBEAT;
    CHECK_ERR(gw_dmod_encode(&m, out, 10, &n, &e), GW_ERR_BUFFER);
    CHECK_EQ(e.needed, strlen("{\"op\":3,\"t\":null,\"d\":null}") + 1);
    CHECK_STR(out, "");
    CHECK_ERR(gw_dmod_encode(&m, out, e.needed, &n, &e), GW_OK);
    CHECK_STR(out, "{\"op\":3,\"t\":null,\"d\":null}");
}

static void test_scratch(void)
{
    char json[4096];
    size_t n = 0, need;
    int i;
    gw_dmod_msg m;
    gw_error e;
    static uint64_t small[(1 << 17) / 8]; /* 8-byte aligned */
    gj_status st;
    n += (size_t)snprintf(json + n, sizeof json - n, "{\"op\":2,\"d\":{\"missed_notifications\":[");
    for (i = 0; i < 40; i++) n += (size_t)snprintf(json + n, sizeof json - n, "%s{\"type\":\"T%d\",\"proccessed_type\":%d}", i ? "," : "", i, i);
    n += (size_t)snprintf(json + n, sizeof json - n, "]}}");
    CHECK_ERR(gw_dmod_decode(json, n, GW_FROM_SERVER, &m, small, 0, &e), GW_ERR_SCRATCH);
    need = e.needed;
    CHECK(need > 0 && need <= sizeof small);
    CHECK_ERR(gw_dmod_decode(json, n, GW_FROM_SERVER, &m, small, need, &e), GW_OK);
    CHECK_EQ(m.u.auth_pass.missed_notifications.count, 40);
    CHECK(gw_str_eq(m.u.auth_pass.missed_notifications.items[39].type, "T39", 3));
    /* the one-pass decoder keeps only the decoded arrays in scratch: exactly their size suffices
       (small is 8-byte aligned), one byte less does not, and the size then reported suffices */
    CHECK_GJ(gj_tokenize(json, n, NULL, 0, &st), GJ_ERR_NOMEM);
    CHECK(40 * sizeof(gw_dmod_notification) < st.count * sizeof(gj_tok));
    CHECK_ERR(gw_dmod_decode(json, n, GW_FROM_SERVER, &m, small, 40 * sizeof(gw_dmod_notification), &e), GW_OK);
    CHECK_EQ(m.u.auth_pass.missed_notifications.count, 40);
    CHECK_ERR(gw_dmod_decode(json, n, GW_FROM_SERVER, &m, small, 40 * sizeof(gw_dmod_notification) - 1, &e), GW_ERR_SCRATCH);
    CHECK_EQ(m.kind, GW_DMOD_NONE);
    need = e.needed;
    CHECK_ERR(gw_dmod_decode(json, n, GW_FROM_SERVER, &m, small, need, &e), GW_OK);
}

/* No heap on the hot path: every vector decoded and encoded with the allocator watched. */
static void test_zero_alloc(void)
{
    static char *bufs[32];
    static size_t lens[32];
    size_t i, nv = NVEC;
    unsigned long before;
    for (i = 0; i < nv; i++) bufs[i] = t_vector_str(vectors[i].file, &lens[i]);
    before = t_allocs();
    for (i = 0; i < nv; i++) {
        gw_dmod_msg m;
        gw_error e;
        char out[4096];
        size_t n;
        gw_from from = strstr(vectors[i].file, "_client_") ? GW_FROM_CLIENT : GW_FROM_SERVER;
        if (!bufs[i]) continue;
        CHECK_ERR(gw_dmod_decode(bufs[i], lens[i], from, &m, scratch, sizeof scratch, &e), GW_OK);
        CHECK_ERR(gw_dmod_encode_wire(&m, vectors[i].wire, out, sizeof out, &n, &e), GW_OK);
        CHECK(gw_dmod_equal(&m, &m));
        /* D-54a, D-61: every vector passes the original server's rules but the seed's (token, null) login
           and the client's op 4 and op 7, which the original has no case for */
        CHECK_EQ(gw_dmod_check_original(&m, &e), !strcmp(vectors[i].file, "dmod_client_authenticate.json") ? GW_ERR_VALUE
                                                 : no_case(m.kind) ? GW_ERR_UNKNOWN_OP : GW_OK);
    }
    CHECK_EQ(t_allocs(), before);
    for (i = 0; i < nv; i++) free(bufs[i]);
}

int main(void)
{
    test_vectors();
    RUN(test_field_values);
    RUN(test_rules);
    RUN(test_error_text);
    RUN(test_size_cap);
    test_mutations();
    test_random_round_trip();
    RUN(test_encode_refuses);
    RUN(test_original_values);
    RUN(test_original_wire);
    RUN(test_guild_fields_cross_form);
    RUN(test_nfsw);
    RUN(test_original_errors);
    RUN(test_value_without_flag);
    RUN(test_check_original);
    RUN(test_no_case);
    RUN(test_random_round_trip_original);
    RUN(test_scratch);
    RUN(test_zero_alloc);
    return t_summary("dmod");
}
