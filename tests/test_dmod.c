/* dmod gateway: PROTOCOLS.md section 5, one test per rule. */
#include "t.h"
#include "../gateway.h"
#include "gw_mut.h"
#include <stdlib.h>

static unsigned char scratch[1 << 16], scratch2[1 << 16];

static gw_err dec(const char *json, gw_from from, gw_dmod_msg *m, gw_error *e)
{
    return gw_dmod_decode(json, strlen(json), from, m, scratch, sizeof scratch, e);
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

/* 5.3: every vector decodes to its kind, re-encodes canonically, and round-trips. */
static const struct { const char *file; gw_dmod_kind kind; } vectors[] = {
    { "dmod_client_authenticate.json", GW_DMOD_AUTHENTICATE },
    { "dmod_client_authenticate_anonymous.json", GW_DMOD_AUTHENTICATE },
    { "dmod_client_authenticate_user.json", GW_DMOD_AUTHENTICATE },
    { "dmod_client_cmd_application_session.json", GW_DMOD_CMD_APPLICATION_SESSION },
    { "dmod_client_cmd_application_session_end.json", GW_DMOD_CMD_APPLICATION_SESSION_END },
    { "dmod_client_cmd_application_session_reauth.json", GW_DMOD_CMD_APPLICATION_SESSION_REAUTH },
    { "dmod_client_cmd_connect_guild.json", GW_DMOD_CMD_CONNECT_GUILD },
    { "dmod_client_cmd_desconnect_guild.json", GW_DMOD_CMD_DISCONNECT_GUILD },
    { "dmod_client_heartbeat_back.json", GW_DMOD_HEARTBEAT_BACK },
    { "dmod_server_authentication_pass.json", GW_DMOD_AUTH_PASS },
    { "dmod_server_cmd_response_connect_guild.json", GW_DMOD_RESP_CONNECT_GUILD },
    { "dmod_server_cmd_response_connect_guild_full.json", GW_DMOD_RESP_CONNECT_GUILD },
    { "dmod_server_cmd_response_desconnect_guild.json", GW_DMOD_RESP_DISCONNECT_GUILD },
    { "dmod_server_event_guild_member_count_change.json", GW_DMOD_EV_GUILD_MEMBER_COUNT_CHANGE },
    { "dmod_server_event_guild_privilege_update.json", GW_DMOD_EV_GUILD_PRIVILEGE_UPDATE },
    { "dmod_server_event_guild_privilege_update_alias_ev.json", GW_DMOD_EV_GUILD_PRIVILEGE_UPDATE },
    { "dmod_server_heartbeat.json", GW_DMOD_HEARTBEAT },
    { "dmod_server_request_auth.json", GW_DMOD_REQUEST_AUTH },
};

/* The vector's bytes, NUL-terminated for the string-building mutation tests. */
static char *load_vector(const char *name, size_t *len)
{
    char path[256], *buf, *z;
    snprintf(path, sizeof path, "tests/vectors/%s", name);
    buf = t_read_file(path, len);
    if (!buf || !(z = (char *)realloc(buf, *len + 1))) { free(buf); return NULL; }
    z[*len] = 0;
    return z;
}

static void test_vectors(void)
{
    size_t i;
    for (i = 0; i < sizeof vectors / sizeof vectors[0]; i++) {
        size_t len, n, n2;
        char *buf = load_vector(vectors[i].file, &len);
        gw_from from = strstr(vectors[i].file, "_client_") ? GW_FROM_CLIENT : GW_FROM_SERVER;
        gw_dmod_msg m, m2, other;
        gw_error e;
        char out[4096], out2[4096];
        t_case_begin(vectors[i].file);
        CHECK(buf != NULL);
        if (!buf) { t_case_end(); continue; }
        CHECK_EQ(gw_dmod_decode(buf, len, from, &m, scratch, sizeof scratch, &e), GW_OK);
        CHECK_EQ(m.kind, vectors[i].kind);
        CHECK_EQ(gw_dmod_encode(&m, out, sizeof out, &n, &e), GW_OK);
        CHECK_EQ(strlen(out), n);
        CHECK_EQ(gw_dmod_decode(out, n, from, &m2, scratch2, sizeof scratch2, &e), GW_OK);
        CHECK(gw_dmod_equal(&m, &m2));
        CHECK_EQ(gw_dmod_encode(&m2, out2, sizeof out2, &n2, &e), GW_OK);
        CHECK(n == n2 && memcmp(out, out2, n) == 0); /* canonical: a fixed point */
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
    CHECK_EQ(gw_str_unescape(m.u.app_session.utokh, txt, sizeof txt, &n), GW_OK);
    CHECK_STR(txt, "\xc3\xa9");
    CHECK_EQ(m.u.app_session.uhash.len, 0);
    /* D-54: anonymous and basic-data logins */
    CHECK_EQ(dec("{\"op\":1,\"d\":{\"token\":null,\"uid\":null}}", GW_FROM_CLIENT, &m, &e), GW_OK);
    CHECK(!m.u.auth.has_token && !m.u.auth.has_uid);
    CHECK_EQ(dec("{\"op\":1,\"t\":null,\"d\":{\"uid\":null,\"token\":\"x\"}}", GW_FROM_CLIENT, &m, &e), GW_OK);
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
    /* D-58: exactly one of t / ev names the event */
    expect_err("{\"op\":5,\"t\":\"GUILD_PRIVILEGE_UPDATE\",\"ev\":\"GUILD_PRIVILEGE_UPDATE\",\"d\":{\"id\":\"1\",\"tag\":\"a\","
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
    expect_err("{\"op\":3,\"op\":3,\"d\":null}", GW_FROM_SERVER, GW_ERR_DUPLICATE_KEY, "");
    expect_err("{\"op\":3,\"d\":null,}", GW_FROM_SERVER, GW_ERR_JSON, "");
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
    CHECK_EQ(dec("{\"op\":1,\"d\":{\"token\":3,\"uid\":null}}", GW_FROM_CLIENT, &m, &e), GW_ERR_TYPE);
    CHECK_STR(gw_error_text(&e, line, sizeof line), "byte 21: d.token: wrong JSON type");
    CHECK_EQ(dec("{\"op\":3,\"d\":null,}", GW_FROM_SERVER, &m, &e), GW_ERR_JSON);
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
    CHECK_EQ(gw_dmod_decode(buf, 1000, GW_FROM_CLIENT, &m, scratch, sizeof scratch, &e), GW_OK);
    CHECK_EQ(gw_dmod_decode(buf, 1001, GW_FROM_CLIENT, &m, scratch, sizeof scratch, &e), GW_ERR_TOO_LARGE);
    CHECK_EQ(e.offset, 1000);
    memcpy(buf, "{\"op\":3", 7);
    CHECK_EQ(gw_dmod_decode(buf, 1001, GW_FROM_SERVER, &m, scratch, sizeof scratch, &e), GW_OK);
}

/* Every member removed must be reported missing at its path (or be optional); every value of a
   wrong JSON type must be reported at its path (or be untyped / a discriminator). */
static void walk_mutations(const char *file)
{
    size_t len, i;
    char *buf = load_vector(file, &len);
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
                             buf + toks[c].start) >= (int)sizeof path[0]) CHECK(!"path too long");
        if (toks[i].type == GJ_ARRAY)
            for (k = 0, c = (uint32_t)i + 1; c < toks[i].next; c = toks[c].next, k++)
                if (snprintf(path[c], sizeof path[0], "%s[%u]", path[i], (unsigned)k) >= (int)sizeof path[0]) CHECK(!"path too long");
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
            if (r == GW_OK) /* only optional keys may go */
                CHECK(!strcmp(path[i], "d.self") || !strcmp(path[i], "t"));
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
    for (i = 0; i < sizeof vectors / sizeof vectors[0]; i++) walk_mutations(vectors[i].file);
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
        g->has_banner = rng() % 2; g->banner = rng_str(11);
        g->has_icon = rng() % 2; g->icon = rng_str(11);
        g->has_vanity = rng() % 2; g->vanity = rng_str(11);
        for (i = 0; i < 3; i++) { emoji_items[i].ptr = "{\"id\":\"1\"}"; emoji_items[i].len = 10; }
        g->emojis.items = emoji_items; g->emojis.count = (uint32_t)(rng() % 4);
        g->current_invite_valid = rng() % 2;
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
    for (kind = GW_DMOD_REQUEST_AUTH; kind <= GW_DMOD_CMD_APPLICATION_SESSION_HB_M; kind++) {
        int client = kind == GW_DMOD_AUTHENTICATE || kind == GW_DMOD_HEARTBEAT_BACK || kind >= GW_DMOD_CMD_APPLICATION_SESSION ||
                     kind == GW_DMOD_CMD_CONNECT_GUILD || kind == GW_DMOD_CMD_DISCONNECT_GUILD;
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
            CHECK_EQ(r, GW_OK);
            r = gw_dmod_decode(out, n, client ? GW_FROM_CLIENT : GW_FROM_SERVER, &m2, scratch, sizeof scratch, &e);
            if (r) { t_failf(__FILE__, __LINE__, "%s: %s at %s", out, gw_strerror(r), e.path); break; }
            CHECK(gw_dmod_equal(&m, &m2));
            CHECK_EQ(gw_dmod_encode(&m2, out2, sizeof out2, &n2, &e), GW_OK);
            CHECK(n == n2 && memcmp(out, out2, n) == 0);
        }
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
    CHECK_EQ(gw_dmod_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "kind");
    m.kind = GW_DMOD_CMD_DISCONNECT_GUILD;
    m.u.gid.gid.ptr = "\xc3\x28"; m.u.gid.gid.len = 2; /* invalid UTF-8 */
    strcpy(out, "junk");
    CHECK_EQ(gw_dmod_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "d.gid");
    CHECK_STR(out, "");
    m.u.gid.gid.ptr = "\\q"; m.u.gid.gid.len = 2; m.u.gid.gid.escaped = 1; /* bad escape in a raw view */
    CHECK_EQ(gw_dmod_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    memset(&m, 0, sizeof m);
    m.kind = GW_DMOD_AUTHENTICATE;
    m.u.auth.has_uid = 1; m.u.auth.uid = gw_str_c("1"); /* D-54 */
    CHECK_EQ(gw_dmod_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "d.uid");
    memset(&m, 0, sizeof m);
    m.kind = GW_DMOD_RESP_CONNECT_GUILD;
    m.u.resp_connect.guild.premium_tier = 4;
    CHECK_EQ(gw_dmod_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "d.data.guild.premium_tier");
    m.u.resp_connect.guild.premium_tier = 0;
    m.u.resp_connect.guild.emojis.count = 2; /* items NULL */
    CHECK_EQ(gw_dmod_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "d.data.guild.emojis");
    /* snprintf semantics */
    memset(&m, 0, sizeof m);
    m.kind = GW_DMOD_HEARTBEAT;
    CHECK_EQ(gw_dmod_encode(&m, out, 10, &n, &e), GW_ERR_BUFFER);
    CHECK_EQ(e.needed, strlen("{\"op\":3,\"t\":null,\"d\":null}") + 1);
    CHECK_STR(out, "");
    CHECK_EQ(gw_dmod_encode(&m, out, e.needed, &n, &e), GW_OK);
    CHECK_STR(out, "{\"op\":3,\"t\":null,\"d\":null}");
}

static void test_scratch(void)
{
    char json[4096];
    size_t n = 0, need;
    int i;
    gw_dmod_msg m;
    gw_error e;
    static unsigned char small[1 << 17];
    gj_status st;
    n += (size_t)snprintf(json + n, sizeof json - n, "{\"op\":2,\"d\":{\"missed_notifications\":[");
    for (i = 0; i < 40; i++) n += (size_t)snprintf(json + n, sizeof json - n, "%s{\"type\":\"T%d\",\"proccessed_type\":%d}", i ? "," : "", i, i);
    n += (size_t)snprintf(json + n, sizeof json - n, "]}}");
    CHECK_EQ(gw_dmod_decode(json, n, GW_FROM_SERVER, &m, small, 0, &e), GW_ERR_SCRATCH);
    need = e.needed;
    CHECK(need > 0 && need <= sizeof small);
    CHECK_EQ(gw_dmod_decode(json, n, GW_FROM_SERVER, &m, small, need, &e), GW_OK);
    CHECK_EQ(m.u.auth_pass.missed_notifications.count, 40);
    CHECK(gw_str_eq(m.u.auth_pass.missed_notifications.items[39].type, "T39", 3));
    /* tokens fit, the array does not: the exact size is reported */
    CHECK_EQ(gj_tokenize(json, n, NULL, 0, &st), GJ_ERR_NOMEM);
    CHECK_EQ(gw_dmod_decode(json, n, GW_FROM_SERVER, &m, small, st.count * sizeof(gj_tok), &e), GW_ERR_SCRATCH);
    CHECK_EQ(m.kind, GW_DMOD_NONE);
    need = e.needed;
    CHECK_EQ(gw_dmod_decode(json, n, GW_FROM_SERVER, &m, small, need, &e), GW_OK);
    CHECK_EQ(gw_dmod_decode(json, n, GW_FROM_SERVER, &m, small, need - 9, &e), GW_ERR_SCRATCH);
}

/* No heap on the hot path: every vector decoded and encoded with the allocator watched. */
static void test_zero_alloc(void)
{
    static char *bufs[32];
    static size_t lens[32];
    size_t i, nv = sizeof vectors / sizeof vectors[0];
    unsigned long before;
    for (i = 0; i < nv; i++) bufs[i] = load_vector(vectors[i].file, &lens[i]);
    before = t_allocs();
    for (i = 0; i < nv; i++) {
        gw_dmod_msg m;
        gw_error e;
        char out[4096];
        size_t n;
        gw_from from = strstr(vectors[i].file, "_client_") ? GW_FROM_CLIENT : GW_FROM_SERVER;
        if (!bufs[i]) continue;
        CHECK_EQ(gw_dmod_decode(bufs[i], lens[i], from, &m, scratch, sizeof scratch, &e), GW_OK);
        CHECK_EQ(gw_dmod_encode(&m, out, sizeof out, &n, &e), GW_OK);
        CHECK(gw_dmod_equal(&m, &m));
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
    RUN(test_scratch);
    RUN(test_zero_alloc);
    return t_summary("dmod");
}
