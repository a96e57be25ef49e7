/* test_i386.c - the i386chat gateway (PROTOCOLS.md section 2) as gateway.h decodes and encodes it. */
#include "t.h"
#include "../gateway.h"
#include "gw_mut.h"

static unsigned char scratch[1 << 16];
static char out[1 << 16], out2[1 << 16];

/* Every tests/vectors/i386chat_* file. `other`: decoding it as sent by the other side. D-03 makes
   f=130 names per direction, so a name both sides use is decoded with the other side's cnf:
   a different cnf fails on its fields, the same cnf ({messageID}) is the other side's kind. */
typedef struct vec {
    const char *file; gw_from from; gw_i386_kind kind;
    gw_err other; const char *other_path; gw_i386_kind other_kind;
} vec;
static const vec vecs[] = {
    { "i386chat_client_channel_add.json", GW_FROM_CLIENT, GW_I386_C_CHANNEL_ADD, GW_ERR_DIRECTION, "f", 0 },
    { "i386chat_client_execute.json", GW_FROM_CLIENT, GW_I386_C_START_TYPING, GW_ERR_MISSING, "cnf.user", 0 },
    { "i386chat_client_execute_alias_e.json", GW_FROM_CLIENT, GW_I386_C_START_TYPING, GW_ERR_MISSING, "cnf.user", 0 },
    { "i386chat_client_heartbeat.json", GW_FROM_CLIENT, GW_I386_HEARTBEAT, GW_OK, "", GW_I386_HEARTBEAT },
    { "i386chat_client_message_create.json", GW_FROM_CLIENT, GW_I386_C_MESSAGE_CREATE, GW_ERR_MISSING, "cnf.user", 0 },
    { "i386chat_client_message_delete.json", GW_FROM_CLIENT, GW_I386_C_MESSAGE_DELETE, GW_OK, "", GW_I386_S_MESSAGE_DELETE },
    { "i386chat_client_present.json", GW_FROM_CLIENT, GW_I386_PRESENT, GW_ERR_DIRECTION, "f", 0 },
    { "i386chat_server_error.json", GW_FROM_SERVER, GW_I386_ERROR, GW_ERR_DIRECTION, "f", 0 },
    { "i386chat_server_gateway_down.json", GW_FROM_SERVER, GW_I386_S_GATEWAY_DOWN, GW_ERR_DIRECTION, "f", 0 },
    { "i386chat_server_heartbeat.json", GW_FROM_SERVER, GW_I386_HEARTBEAT, GW_OK, "", GW_I386_HEARTBEAT },
    { "i386chat_server_hello.json", GW_FROM_SERVER, GW_I386_HELLO, GW_ERR_DIRECTION, "f", 0 },
    { "i386chat_server_message_create.json", GW_FROM_SERVER, GW_I386_S_MESSAGE_CREATE, GW_ERR_UNKNOWN_FIELD, "cnf.user", 0 },
    { "i386chat_server_message_delete.json", GW_FROM_SERVER, GW_I386_S_MESSAGE_DELETE, GW_OK, "", GW_I386_C_MESSAGE_DELETE },
    { "i386chat_server_ready.json", GW_FROM_SERVER, GW_I386_READY, GW_ERR_DIRECTION, "f", 0 },
    /* D-29: a client sends ROOM_USER_ADD/REMOVE too (cnf any JSON), so as client-sent these are the
       client kinds, no longer GW_ERR_DIRECTION */
    { "i386chat_server_room_user_add.json", GW_FROM_SERVER, GW_I386_S_ROOM_USER_ADD, GW_OK, "", GW_I386_C_ROOM_USER_ADD },
    { "i386chat_server_room_user_remove.json", GW_FROM_SERVER, GW_I386_S_ROOM_USER_REMOVE, GW_OK, "", GW_I386_C_ROOM_USER_REMOVE },
    { "i386chat_server_server_message.json", GW_FROM_SERVER, GW_I386_S_SERVER_MESSAGE, GW_ERR_DIRECTION, "f", 0 },
    { "i386chat_server_start_typing.json", GW_FROM_SERVER, GW_I386_S_START_TYPING, GW_ERR_UNKNOWN_FIELD, "cnf.user", 0 },
    /* the original's wire (issue 10) */
    { "i386chat_client_orig_message_create_nonce.json", GW_FROM_CLIENT, GW_I386_C_MESSAGE_CREATE, GW_ERR_MISSING, "cnf.user", 0 }, /* D-29a */
    { "i386chat_client_orig_room_user_add.json", GW_FROM_CLIENT, GW_I386_C_ROOM_USER_ADD, GW_ERR_MISSING, "cnf.user", 0 },          /* D-29 */
    { "i386chat_client_orig_room_user_remove.json", GW_FROM_CLIENT, GW_I386_C_ROOM_USER_REMOVE, GW_ERR_MISSING, "cnf.user", 0 },
    { "i386chat_server_orig_message_create_nonce.json", GW_FROM_SERVER, GW_I386_S_MESSAGE_CREATE, GW_ERR_UNKNOWN_FIELD, "cnf.user", 0 }, /* D-29a */
};
#define NVEC (sizeof vecs / sizeof vecs[0])
static char *vdata[NVEC];
static size_t vlen[NVEC];

static void load_vectors(void) { T_LOAD_VECTORS(vecs, vdata, vlen, t_vector); }

static gw_err dec(const char *s, size_t n, gw_from from, gw_i386_msg *m, gw_error *e)
{
    return gw_i386_decode(s, n, from, m, scratch, sizeof scratch, e);
}

static void check_fields(const char *f, const gw_i386_msg *m)
{
    if (strstr(f, "client_orig_message_create_nonce")) { /* D-29a: the full 64-bit nonce, not a double */
        CHECK(gw_str_eq(m->u.content.content, "hi", 2));
        CHECK(m->u.content.has_nonce && m->u.content.nonce == 9835823582359235235ull);
        CHECK(!m->has_s);
    } else if (strstr(f, "server_orig_message_create_nonce")) {
        CHECK(m->u.s_message_create.has_nonce && m->u.s_message_create.nonce == 9835823582359235235ull);
        CHECK(m->u.s_message_create.user.id == 6982582592583503353ull && !m->u.s_message_create.user.admin);
        CHECK(gw_str_eq(m->u.s_message_create.user.name, "xFuney", 6) && gw_str_eq(m->u.s_message_create.user.uuid, "ccad", 4));
        CHECK(gw_str_eq(m->u.s_message_create.user.bio, "Toast.", 6));
        CHECK(gw_str_eq(m->u.s_message_create.content, "hi", 2) && !m->has_s);
    } else if (strstr(f, "client_orig_room_user")) { /* D-29: cnf kept as raw text */
        CHECK(m->u.raw.len == 2 && memcmp(m->u.raw.ptr, "{}", 2) == 0 && !m->has_s);
    } else if (strstr(f, "channel_add")) { /* D-26: cnf kept as raw text */
        CHECK(m->u.raw.len > 2 && m->u.raw.ptr[0] == '{' && !m->has_s);
    } else if (strstr(f, "execute")) { /* D-20, D-22, D-23 */
        CHECK(m->has_s && m->s == 21);
    } else if (strstr(f, "client_message_create")) {
        CHECK(gw_str_eq(m->u.content.content, "hello, world", 12) && m->s == 23);
        CHECK(!m->u.content.has_nonce && m->u.content.nonce == 0); /* D-29a: optional */
    } else if (strstr(f, "client_message_delete")) { /* D-27 */
        CHECK(m->u.message_delete.message_id == 12345678901234567890ull && !m->has_s);
    } else if (strstr(f, "present")) {
        CHECK(gw_str_eq(m->u.present.token, "token_here", 10));
    } else if (strstr(f, "server_error")) { /* D-24 */
        CHECK(m->u.error.c == 4001 && m->u.error.d);
    } else if (strstr(f, "server_hello")) {
        CHECK_EQ(m->u.hello.hb_int, 20000);
    } else if (strstr(f, "server_message_create")) { /* D-28: exact 64-bit id */
        CHECK(m->u.s_message_create.user.id == UINT64_MAX);
        CHECK(gw_str_eq(m->u.s_message_create.user.uuid, "5f0c2a5e-8d7b-4c1e-9a57-3b1f0e6d2c44", 36));
        CHECK(gw_str_eq(m->u.s_message_create.content, "hi all", 6) && m->s == 22);
        CHECK(!m->u.s_message_create.has_nonce); /* D-29a: optional */
    } else if (strstr(f, "server_message_delete")) {
        CHECK(m->u.message_delete.message_id == 9007199254740993ull);
    } else if (strstr(f, "server_ready")) {
        CHECK(m->u.ready.v == 6 && m->u.ready.session_id == 9683494578353ull && m->u.ready.enc_key.len == 47);
    } else if (strstr(f, "room_user_remove") || strstr(f, "start_typing")) {
        CHECK(m->u.user_event.user.id == 9007199254740993ull && m->u.user_event.user.admin);
        CHECK(m->u.user_event.user.bio.len == 0 && gw_str_eq(m->u.user_event.user.name, "root", 4));
    } else if (strstr(f, "room_user_add")) {
        CHECK(m->u.user_event.user.id == UINT64_MAX && !m->u.user_event.user.admin);
    } else if (strstr(f, "server_message")) {
        CHECK(gw_str_eq(m->u.content.content, "Server restarting in 5 minutes", 30));
    }
}

static void test_vectors(void)
{
    size_t i;
    for (i = 0; i < NVEC; i++) {
        gw_i386_msg m, m2;
        gw_error e;
        size_t n = 0, n2 = 0;
        gw_from other = vecs[i].from == GW_FROM_CLIENT ? GW_FROM_SERVER : GW_FROM_CLIENT;
        t_case_begin(vecs[i].file);
        CHECK_ERR(dec(vdata[i], vlen[i], vecs[i].from, &m, &e), GW_OK);
        CHECK_EQ(m.kind, vecs[i].kind);
        check_fields(vecs[i].file, &m);
        VEC_ROUND_TRIP(GW_PROTO_I386, &m, vecs[i].from, GW_WIRE_SEED, out, sizeof out, &n);
        CHECK(strstr(out, "\"e\":") == NULL); /* D-20: the encoder writes t */
        /* issue 10: i386chat's two wires are one form (D-29, D-29a): GW_WIRE_ORIGINAL writes the same bytes */
        CHECK_ERR(gw_i386_encode_wire(&m, GW_WIRE_ORIGINAL, out2, sizeof out2, &n2, &e), GW_OK);
        CHECK(n == n2 && memcmp(out, out2, n) == 0);
        CHECK_ERR(gw_i386_encode_wire(&m, GW_WIRE_SEED, out2, sizeof out2, &n2, &e), GW_OK);
        CHECK(n == n2 && memcmp(out, out2, n) == 0);
        if (strstr(vecs[i].file, "_orig_")) /* the original's bytes exactly (less the file's final newline) */
            CHECK(n <= vlen[i] && memcmp(out, vdata[i], n) == 0 && (n == vlen[i] || vdata[i][n] == '\n'));
        CHECK_EQ(dec(vdata[i], vlen[i], other, &m2, &e), vecs[i].other);
        CHECK_STR(e.path, vecs[i].other_path);
        CHECK_EQ(m2.kind, vecs[i].other_kind);
        t_case_end();
    }
}

/* ---- mutations derived from every vector ---- */
static void expect(const void *ctx, const mut_doc *d, uint32_t i, int mode, gw_err *code, char *path)
{
    const vec *v = (const vec *)ctx;
    const char *p = d->path[i];
    int raw = v->kind == GW_I386_C_CHANNEL_ADD || v->kind == GW_I386_C_ROOM_USER_ADD ||
              v->kind == GW_I386_C_ROOM_USER_REMOVE; /* D-26, D-29: cnf is any JSON value */
    snprintf(path, 128, "%s", p);
    if (mode == MUT_DUPKEY) { *code = GW_ERR_DUPLICATE_KEY; path[0] = 0; return; } /* D-01 */
    if (raw && mut_under(p, "cnf") && mode != MUT_DROP) { *code = GW_OK; return; }
    if (raw && mut_strictly_under(p, "cnf")) { *code = GW_OK; return; }
    /* issue 10: a dispatch error names the key where the name was found, so the alias's own "e"
       (it was reported as "t" before); with no name at all, the missing key is t */
    if (!strcmp(p, "e") && mode == MUT_DROP) snprintf(path, 128, "t");
    switch (mode) {
    case MUT_ADDKEY: *code = GW_ERR_UNKNOWN_FIELD; snprintf(path, 128, "%s%szz", p, *p ? "." : ""); return; /* D-02 */
    case MUT_DROP: /* D-22: s optional; D-29a: nonce optional */
        *code = !strcmp(p, "s") || !strcmp(p, "cnf.nonce") ? GW_OK : GW_ERR_MISSING;
        return;
    default: *code = GW_ERR_TYPE; return;
    }
}

static void test_mutations(void)
{
    size_t vi;
    unsigned long cases = 0;
    for (vi = 0; vi < NVEC; vi++)
        cases += mut_run(GW_PROTO_I386, vecs[vi].file, vecs[vi].from, vdata[vi], vlen[vi], expect, &vecs[vi]);
    CHECK(cases > 200);
}

static const mut_edit edits[] = {
    /* 2.4 ranges */
    { "i386chat_server_hello.json", "cnf.hb_int", "1", GW_OK, "" },
    { "i386chat_server_hello.json", "cnf.hb_int", "0", GW_ERR_VALUE, "cnf.hb_int" },
    { "i386chat_server_hello.json", "cnf.hb_int", "4294967296", GW_ERR_RANGE, "cnf.hb_int" },
    { "i386chat_server_hello.json", "cnf.hb_int", "20000.0", GW_ERR_RANGE, "cnf.hb_int" },
    { "i386chat_server_error.json", "cnf.c", "4000", GW_OK, "" },
    { "i386chat_server_error.json", "cnf.c", "4999", GW_OK, "" },
    { "i386chat_server_error.json", "cnf.c", "3999", GW_ERR_VALUE, "cnf.c" },
    { "i386chat_server_error.json", "cnf.c", "5000", GW_ERR_RANGE, "cnf.c" },
    { "i386chat_server_error.json", "cnf.c", "65536", GW_ERR_RANGE, "cnf.c" },
    { "i386chat_server_ready.json", "cnf.session_id", "18446744073709551615", GW_OK, "" },
    { "i386chat_server_ready.json", "cnf.session_id", "18446744073709551616", GW_ERR_RANGE, "cnf.session_id" },
    { "i386chat_server_ready.json", "cnf.v", "-1", GW_ERR_RANGE, "cnf.v" },
    { "i386chat_server_message_create.json", "cnf.user.id", "18446744073709551616", GW_ERR_RANGE, "cnf.user.id" },
    { "i386chat_server_message_create.json", "cnf.user.id", "-0", GW_ERR_RANGE, "cnf.user.id" },
    { "i386chat_server_message_create.json", "cnf.user.id", "\"1\"", GW_ERR_TYPE, "cnf.user.id" },
    { "i386chat_client_message_delete.json", "cnf.messageID", "1e3", GW_ERR_RANGE, "cnf.messageID" },
    { "i386chat_client_execute.json", "s", "4294967295", GW_OK, "" },
    { "i386chat_client_execute.json", "s", "4294967296", GW_ERR_RANGE, "s" },
    { "i386chat_client_execute.json", "s", "-1", GW_ERR_RANGE, "s" },
    /* 2.2 f, 2.5 event names per direction */
    { "i386chat_client_present.json", "f", "101", GW_ERR_UNKNOWN_OP, "f" },
    { "i386chat_client_present.json", "f", "0", GW_ERR_UNKNOWN_OP, "f" },
    { "i386chat_client_present.json", "f", "120", GW_ERR_UNKNOWN_FIELD, "cnf" },
    { "i386chat_client_present.json", "f", "130", GW_ERR_MISSING, "t" },
    { "i386chat_client_execute.json", "t", "\"NOPE\"", GW_ERR_UNKNOWN_EVENT, "t" },
    { "i386chat_client_execute.json", "t", "\"GATEWAY_DOWN\"", GW_ERR_DIRECTION, "f" },
    { "i386chat_client_execute.json", "t", "\"start_typing\"", GW_ERR_UNKNOWN_EVENT, "t" },
    { "i386chat_server_gateway_down.json", "t", "\"CHANNEL_MOVE\"", GW_ERR_DIRECTION, "f" },
    { "i386chat_server_gateway_down.json", "cnf", "{\"a\":1}", GW_ERR_UNKNOWN_FIELD, "cnf.a" }, /* D-23 */
    { "i386chat_client_channel_add.json", "cnf", "\"text\"", GW_OK, "" },                       /* D-26 */
    { "i386chat_client_channel_add.json", "t", "\"SYSTEM_BAN_ADD\"", GW_OK, "" },
    /* D-29: ROOM_USER_ADD/REMOVE from a client, any cnf */
    { "i386chat_client_execute.json", "t", "\"ROOM_USER_ADD\"", GW_OK, "" },
    { "i386chat_client_execute.json", "t", "\"ROOM_USER_REMOVE\"", GW_OK, "" },
    { "i386chat_client_orig_room_user_add.json", "cnf", "[1,\"x\",null]", GW_OK, "" },
    { "i386chat_client_orig_room_user_remove.json", "cnf", "null", GW_OK, "" },
    { "i386chat_client_orig_room_user_add.json", "t", "\"ROOM_USER_ADDX\"", GW_ERR_UNKNOWN_EVENT, "t" },
    /* a server's ROOM_USER_ADD keeps its {user} */
    { "i386chat_server_room_user_add.json", "cnf", "{}", GW_ERR_MISSING, "cnf.user" },
    /* D-29a: nonce, a full uint64 */
    { "i386chat_client_orig_message_create_nonce.json", "cnf.nonce", "0", GW_OK, "" },
    { "i386chat_client_orig_message_create_nonce.json", "cnf.nonce", "18446744073709551615", GW_OK, "" },
    { "i386chat_client_orig_message_create_nonce.json", "cnf.nonce", "18446744073709551616", GW_ERR_RANGE, "cnf.nonce" },
    { "i386chat_client_orig_message_create_nonce.json", "cnf.nonce", "-1", GW_ERR_RANGE, "cnf.nonce" },
    { "i386chat_client_orig_message_create_nonce.json", "cnf.nonce", "1.5", GW_ERR_RANGE, "cnf.nonce" },
    { "i386chat_client_orig_message_create_nonce.json", "cnf.nonce", "\"9835823582359235235\"", GW_ERR_TYPE, "cnf.nonce" },
    { "i386chat_client_orig_message_create_nonce.json", "cnf.nonce", "null", GW_ERR_TYPE, "cnf.nonce" },
    { "i386chat_server_orig_message_create_nonce.json", "cnf.nonce", "18446744073709551616", GW_ERR_RANGE, "cnf.nonce" },
    { "i386chat_server_orig_message_create_nonce.json", "cnf.nonce", "9.835823582359235e18", GW_ERR_RANGE, "cnf.nonce" },
    { "i386chat_server_orig_message_create_nonce.json", "cnf.nonce", "18446744073709551615", GW_OK, "" },
};

static void test_edits(void)
{
    size_t i, vi;
    for (i = 0; i < sizeof edits / sizeof edits[0]; i++) {
        for (vi = 0; vi < NVEC && strcmp(vecs[vi].file, edits[i].file); vi++) {}
        CHECK(vi < NVEC);
        if (vi < NVEC) mut_run_edit(GW_PROTO_I386, vecs[vi].from, vdata[vi], vlen[vi], &edits[i]);
    }
}

typedef struct text { const char *json; gw_from from; gw_err code; const char *path; gw_i386_kind kind; } text;
static const text texts[] = {
    { "{\"f\":120,\"s\":1}", GW_FROM_CLIENT, GW_ERR_UNKNOWN_FIELD, "s", 0 },        /* D-22 */
    { "{\"f\":120,\"t\":\"X\"}", GW_FROM_SERVER, GW_ERR_UNKNOWN_FIELD, "t", 0 },
    { "{\"f\":140,\"cnf\":{\"v\":1,\"session_id\":1,\"enc_key\":\"\"},\"s\":1}", GW_FROM_SERVER, GW_ERR_UNKNOWN_FIELD, "s", 0 },
    { "{\"f\":120,\"cnf\":{}}", GW_FROM_CLIENT, GW_ERR_UNKNOWN_FIELD, "cnf", 0 },   /* D-23 */
    { "{\"f\":130,\"cnf\":{}}", GW_FROM_CLIENT, GW_ERR_MISSING, "t", 0 },
    { "{\"f\":130,\"t\":\"START_TYPING\"}", GW_FROM_CLIENT, GW_ERR_MISSING, "cnf", 0 },
    { "{\"f\":130,\"cnf\":{},\"t\":\"START_TYPING\",\"e\":\"START_TYPING\"}", GW_FROM_CLIENT, GW_ERR_UNKNOWN_FIELD, "e", 0 }, /* D-20 */
    { "{\"e\":\"GATEWAY_DOWN\",\"cnf\":{},\"f\":130}", GW_FROM_SERVER, GW_OK, "", GW_I386_S_GATEWAY_DOWN },
    { "{\"f\":130,\"cnf\":null,\"t\":\"SYSTEM_BAN_ADD\"}", GW_FROM_CLIENT, GW_OK, "", GW_I386_C_SYSTEM_BAN_ADD },
    { "{\"f\":130,\"cnf\":[1,{\"a\":1,\"a\":1}],\"t\":\"CHANNEL_MOVE\"}", GW_FROM_CLIENT, GW_ERR_DUPLICATE_KEY, "cnf[1].a", 0 }, /* D-07 */
    { "{\"f\":\"100\"}", GW_FROM_SERVER, GW_ERR_TYPE, "f", 0 },
    { "{}", GW_FROM_SERVER, GW_ERR_MISSING, "f", 0 },
    { "{\"f\":120} {}", GW_FROM_SERVER, GW_ERR_JSON, "", 0 },
    /* issue 10: dispatch errors name the key where the name was found: the alias e */
    { "{\"f\":130,\"cnf\":{},\"e\":\"NOPE\"}", GW_FROM_CLIENT, GW_ERR_UNKNOWN_EVENT, "e", 0 },
    { "{\"f\":130,\"cnf\":{},\"e\":7}", GW_FROM_CLIENT, GW_ERR_TYPE, "e", 0 },
    { "{\"f\":130,\"cnf\":{},\"t\":\"NOPE\"}", GW_FROM_CLIENT, GW_ERR_UNKNOWN_EVENT, "t", 0 },
    { "{\"f\":130,\"cnf\":{},\"e\":\"ROOM_USER_ADD\"}", GW_FROM_CLIENT, GW_OK, "", GW_I386_C_ROOM_USER_ADD }, /* D-20, D-29 */
    /* D-29: client ROOM_USER_ADD/REMOVE take any cnf; the server's need {user} */
    { "{\"f\":130,\"cnf\":{\"user\":1},\"t\":\"ROOM_USER_REMOVE\",\"s\":3}", GW_FROM_CLIENT, GW_OK, "", GW_I386_C_ROOM_USER_REMOVE },
    { "{\"f\":130,\"t\":\"ROOM_USER_ADD\"}", GW_FROM_CLIENT, GW_ERR_MISSING, "cnf", 0 },
    { "{\"f\":130,\"cnf\":{},\"t\":\"ROOM_USER_REMOVE\"}", GW_FROM_SERVER, GW_ERR_MISSING, "cnf.user", 0 },
    /* D-29a: nonce on MESSAGE_CREATE only, never on SERVER_MESSAGE */
    { "{\"f\":130,\"cnf\":{\"content\":\"x\",\"nonce\":1},\"t\":\"SERVER_MESSAGE\"}", GW_FROM_SERVER, GW_ERR_UNKNOWN_FIELD, "cnf.nonce", 0 },
    { "{\"f\":130,\"cnf\":{\"content\":\"x\",\"nonce\":1},\"t\":\"MESSAGE_CREATE\"}", GW_FROM_CLIENT, GW_OK, "", GW_I386_C_MESSAGE_CREATE },
    { "{\"f\":130,\"cnf\":{\"content\":\"x\",\"nonce\":1},\"t\":\"MESSAGE_CREATE\"}", GW_FROM_SERVER, GW_ERR_MISSING, "cnf.user", 0 },
};

static void test_texts(void)
{
    size_t i;
    for (i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        gw_i386_msg m;
        gw_error e;
        t_case_begin(texts[i].json);
        CHECK_EQ(dec(texts[i].json, strlen(texts[i].json), texts[i].from, &m, &e), texts[i].code);
        CHECK_STR(e.path, texts[i].path);
        CHECK_EQ(m.kind, texts[i].kind);
        t_case_end();
    }
}

/* D-21: 4096 bytes are allowed, 4097 are not, in both directions, decode (whitespace counts) and encode */
static void test_size_cap(void)
{
    static char big[8192];
    static const char *const fmt[2][2] = {
        { "{\"f\":130,\"cnf\":{\"content\":\"", "\"},\"t\":\"MESSAGE_CREATE\"}" },
        { "{\"f\":130,\"cnf\":{\"content\":\"", "\"},\"t\":\"SERVER_MESSAGE\"}" },
    };
    int side;
    for (side = 0; side < 2; side++) {
        gw_from from = side ? GW_FROM_SERVER : GW_FROM_CLIENT;
        size_t pre = strlen(fmt[side][0]), post = strlen(fmt[side][1]), pad = 4096 - pre - post, n = 0;
        gw_i386_msg m;
        gw_error e;
        memcpy(big, fmt[side][0], pre);
        memset(big + pre, 'x', pad);
        memcpy(big + pre + pad, fmt[side][1], post + 1);
        CHECK_EQ(strlen(big), 4096);
        CHECK_ERR(dec(big, 4096, from, &m, &e), GW_OK);
        CHECK_EQ(m.u.content.content.len, pad);
        CHECK_ERR(gw_i386_encode(&m, out, sizeof out, &n, &e), GW_OK); /* encoder output: exactly 4096 */
        CHECK_EQ(n, 4096);
        big[4096] = ' '; /* one byte of trailing whitespace over the cap */
        CHECK_ERR(dec(big, 4097, from, &m, &e), GW_ERR_TOO_LARGE);
        CHECK_STR(e.path, "");
        CHECK_EQ(m.kind, GW_I386_NONE);
        big[4096] = 0;
        CHECK_ERR(dec(big, 4096, from, &m, &e), GW_OK);
        m.u.content.content.len++; /* one more byte of content: 4097 bytes of output */
        big[pre + pad] = 'x';
        memset(out, 'x', 16);
        CHECK_ERR(gw_i386_encode(&m, out, sizeof out, &n, &e), GW_ERR_TOO_LARGE);
        CHECK_STR(out, "");
        CHECK_EQ(n, 0);
    }
}

/* ---- randomised round trips ---- */
static void random_user(gw_i386_user *u)
{
    u->id = rng_u64(); u->name = rng_str(10); u->uuid = rng_str(10); u->admin = rng_bool(); u->bio = rng_str(20);
}

/* f=130: every kind but these (the message list's order does not say) */
static int is_event(int k)
{
    return k != GW_I386_HELLO && k != GW_I386_PRESENT && k != GW_I386_HEARTBEAT && k != GW_I386_READY && k != GW_I386_ERROR;
}

static void random_msg(gw_i386_kind k, gw_i386_msg *m)
{
    memset(m, 0, sizeof *m);
    m->kind = k;
    if (is_event((int)k)) { m->has_s = rng_bool(); m->s = m->has_s ? rng_u32() : 0; }
    switch (k) {
    case GW_I386_HELLO: m->u.hello.hb_int = rng_u32() | 1; break;
    case GW_I386_PRESENT: m->u.present.token = rng_str(30); break;
    case GW_I386_READY: m->u.ready.v = rng_u32(); m->u.ready.session_id = rng_u64(); m->u.ready.enc_key = rng_str(30); break;
    case GW_I386_ERROR: m->u.error.c = (uint16_t)(4000 + rng_below(1000)); m->u.error.d = rng_bool(); break;
    case GW_I386_S_MESSAGE_CREATE:
        random_user(&m->u.s_message_create.user); m->u.s_message_create.content = rng_str(40);
        m->u.s_message_create.has_nonce = rng_bool(); /* D-29a */
        m->u.s_message_create.nonce = m->u.s_message_create.has_nonce ? rng_u64() : 0;
        break;
    case GW_I386_S_MESSAGE_DELETE: case GW_I386_C_MESSAGE_DELETE: m->u.message_delete.message_id = rng_u64(); break;
    case GW_I386_S_START_TYPING: case GW_I386_S_ROOM_USER_ADD: case GW_I386_S_ROOM_USER_REMOVE:
        random_user(&m->u.user_event.user); break;
    case GW_I386_S_SERVER_MESSAGE: m->u.content.content = rng_str(40); break;
    case GW_I386_C_MESSAGE_CREATE:
        m->u.content.content = rng_str(40);
        m->u.content.has_nonce = rng_bool(); /* D-29a */
        m->u.content.nonce = m->u.content.has_nonce ? rng_u64() : 0;
        break;
    case GW_I386_C_SYSTEM_BAN_ADD: case GW_I386_C_CHANNEL_ADD: case GW_I386_C_CHANNEL_MOVE:
    case GW_I386_C_ROOM_USER_ADD: case GW_I386_C_ROOM_USER_REMOVE: /* D-29 */
        m->u.raw = rng_raw(0); break;
    default: break; /* HEARTBEAT, GATEWAY_DOWN, C_START_TYPING: no data */
    }
}

static gw_from sender(int k)
{
    return (gw_kind_from(GW_PROTO_I386, k) & GW_FROM_CLIENT) ? GW_FROM_CLIENT : GW_FROM_SERVER; /* heartbeat: either */
}

static void test_random_roundtrip(void)
{
    int k, r;
    unsigned long done = 0;
    for (k = 1; k < GW_I386_UNKNOWN; k++) {
        for (r = 0; r < 2000; r++) {
            gw_i386_msg m, m2;
            gw_error e;
            size_t n = 0, n2 = 0;
            random_msg((gw_i386_kind)k, &m);
            if (gw_i386_encode(&m, out, sizeof out, &n, &e) != GW_OK) { CHECK_STR(e.path, "encode failed"); return; }
            if (dec(out, n, sender(k), &m2, &e) != GW_OK) { CHECK_STR(out, e.path); return; }
            if (!gw_i386_equal(&m, &m2)) { CHECK_STR(out, "not equal after decode"); return; }
            if (gw_i386_encode(&m2, out2, sizeof out2, &n2, &e) != GW_OK || n != n2 || memcmp(out, out2, n)) {
                CHECK_STR(out2, out);
                return;
            }
            /* one form in both wires (D-29, D-29a) */
            if (gw_i386_encode_wire(&m, GW_WIRE_ORIGINAL, out2, sizeof out2, &n2, &e) != GW_OK || n != n2 || memcmp(out, out2, n)) {
                CHECK_STR(out2, out);
                return;
            }
            done++;
        }
    }
    CHECK_EQ(done, 20 * 2000);
}

static void test_encode_invalid(void)
{
    gw_i386_msg m;
    gw_error e;
    size_t n = 1;
    memset(&m, 0, sizeof m);
    m.kind = (gw_i386_kind)-1;
    memset(out, 'x', 8);
    CHECK_ERR(gw_i386_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "kind"); CHECK_STR(out, ""); CHECK_EQ(n, 0);
    random_msg(GW_I386_S_MESSAGE_CREATE, &m);
    m.u.s_message_create.user.name = gw_str_c("\xed\xa0\x80"); /* a UTF-8-encoded surrogate */
    CHECK_ERR(gw_i386_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "cnf.user.name"); CHECK_STR(out, "");
    random_msg(GW_I386_C_MESSAGE_CREATE, &m);
    m.u.content.content.ptr = NULL; m.u.content.content.len = 3;
    CHECK_ERR(gw_i386_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "cnf.content");
    random_msg(GW_I386_ERROR, &m);
    m.u.error.c = 3999; /* D-24 */
    CHECK_ERR(gw_i386_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "cnf.c");
    m.u.error.c = 5000;
    CHECK_ERR(gw_i386_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "cnf.c");
    random_msg(GW_I386_HELLO, &m);
    m.u.hello.hb_int = 0;
    CHECK_ERR(gw_i386_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "cnf.hb_int");
    random_msg(GW_I386_C_CHANNEL_ADD, &m);
    m.u.raw.ptr = "{\"a\"}"; m.u.raw.len = 5;
    CHECK_ERR(gw_i386_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "cnf");
    m.u.raw.ptr = NULL; m.u.raw.len = 0;
    CHECK_ERR(gw_i386_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "cnf");
    random_msg(GW_I386_C_ROOM_USER_ADD, &m); /* D-29: a whole JSON value */
    m.u.raw.ptr = "[1,"; m.u.raw.len = 3;
    CHECK_ERR(gw_i386_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "cnf");
    /* D-29a: SERVER_MESSAGE has no nonce, in either wire (D-05: refused, not dropped) */
    random_msg(GW_I386_S_SERVER_MESSAGE, &m);
    m.u.content.has_nonce = 1; m.u.content.nonce = 5;
    memset(out, 'x', 8); n = 1;
    CHECK_ERR(gw_i386_encode_wire(&m, GW_WIRE_SEED, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "cnf.nonce"); CHECK_STR(out, ""); CHECK_EQ(n, 0);
    memset(out, 'x', 8); n = 1;
    CHECK_ERR(gw_i386_encode_wire(&m, GW_WIRE_ORIGINAL, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "cnf.nonce"); CHECK_STR(out, ""); CHECK_EQ(n, 0);
    m.u.content.has_nonce = 0; m.u.content.nonce = 0; /* cleared: it encodes, without nonce */
    CHECK_ERR(gw_i386_encode_wire(&m, GW_WIRE_ORIGINAL, out, sizeof out, &n, &e), GW_OK);
    CHECK(strstr(out, "nonce") == NULL);
}

/* The original's wire (D-29, D-29a): exact bytes in both wires, decoded back equal */
static void enc2(const gw_i386_msg *m, gw_from from, const char *want)
{
    int w;
    for (w = GW_WIRE_SEED; w <= GW_WIRE_ORIGINAL; w++) {
        gw_i386_msg m2;
        gw_error e;
        size_t n = 0;
        CHECK_ERR(gw_i386_encode_wire(m, (gw_wire)w, out, sizeof out, &n, &e), GW_OK);
        CHECK_STR(out, want);
        CHECK_EQ(n, strlen(want));
        CHECK_ERR(dec(out, n, from, &m2, &e), GW_OK);
        CHECK(gw_i386_equal(m, &m2));
    }
}

static void test_wire_forms(void)
{
    gw_i386_msg m, a;
    gw_error e;
    size_t n = 1;
    memset(&m, 0, sizeof m);
    m.kind = GW_I386_C_MESSAGE_CREATE;
    m.u.content.content = gw_str_c("hi");
    m.u.content.has_nonce = 1;
    m.u.content.nonce = 9835823582359235235ull;
    enc2(&m, GW_FROM_CLIENT, "{\"f\":130,\"cnf\":{\"content\":\"hi\",\"nonce\":9835823582359235235},\"t\":\"MESSAGE_CREATE\"}");
    a = m; a.u.content.nonce = 9835823582359235234ull; /* one apart: a double would make them equal */
    CHECK(!gw_i386_equal(&m, &a));
    a = m; a.u.content.has_nonce = 0;
    CHECK(!gw_i386_equal(&m, &a));
    m.has_s = 1; m.s = 7;
    m.u.content.nonce = UINT64_MAX;
    enc2(&m, GW_FROM_CLIENT, "{\"f\":130,\"cnf\":{\"content\":\"hi\",\"nonce\":18446744073709551615},\"s\":7,\"t\":\"MESSAGE_CREATE\"}");
    m.u.content.has_nonce = 0; m.u.content.nonce = 0;
    enc2(&m, GW_FROM_CLIENT, "{\"f\":130,\"cnf\":{\"content\":\"hi\"},\"s\":7,\"t\":\"MESSAGE_CREATE\"}");

    memset(&m, 0, sizeof m);
    m.kind = GW_I386_S_MESSAGE_CREATE;
    m.u.s_message_create.user.id = 6982582592583503353ull;
    m.u.s_message_create.user.name = gw_str_c("xFuney");
    m.u.s_message_create.user.uuid = gw_str_c("ccad");
    m.u.s_message_create.user.bio = gw_str_c("Toast.");
    m.u.s_message_create.content = gw_str_c("hi");
    m.u.s_message_create.has_nonce = 1;
    m.u.s_message_create.nonce = 9835823582359235235ull;
    enc2(&m, GW_FROM_SERVER, "{\"f\":130,\"cnf\":{\"user\":{\"id\":6982582592583503353,\"name\":\"xFuney\",\"uuid\":\"ccad\","
         "\"admin\":false,\"bio\":\"Toast.\"},\"content\":\"hi\",\"nonce\":9835823582359235235},\"t\":\"MESSAGE_CREATE\"}");
    a = m; a.u.s_message_create.nonce--;
    CHECK(!gw_i386_equal(&m, &a));

    memset(&m, 0, sizeof m);
    m.kind = GW_I386_C_ROOM_USER_ADD;
    m.u.raw.ptr = "{ }"; m.u.raw.len = 3;
    enc2(&m, GW_FROM_CLIENT, "{\"f\":130,\"cnf\":{},\"t\":\"ROOM_USER_ADD\"}");
    m.kind = GW_I386_C_ROOM_USER_REMOVE;
    enc2(&m, GW_FROM_CLIENT, "{\"f\":130,\"cnf\":{},\"t\":\"ROOM_USER_REMOVE\"}");
    m.u.raw.ptr = "[1, \"a b\"]"; m.u.raw.len = 10;
    m.has_s = 1; m.s = 4294967295u;
    enc2(&m, GW_FROM_CLIENT, "{\"f\":130,\"cnf\":[1,\"a b\"],\"s\":4294967295,\"t\":\"ROOM_USER_REMOVE\"}");
    a = m; a.kind = GW_I386_C_ROOM_USER_ADD;
    CHECK(!gw_i386_equal(&m, &a));
    /* a wire that does not exist */
    memset(out, 'x', 8);
    CHECK_ERR(gw_i386_encode_wire(&m, (gw_wire)7, out, sizeof out, &n, &e), GW_ERR_ARG);
    CHECK_STR(out, ""); CHECK_EQ(n, 0);
    n = 1; memset(out, 'x', 8);
    CHECK_ERR(gw_encode_wire(GW_PROTO_I386, &m, (gw_wire)7, out, sizeof out, &n, &e), GW_ERR_ARG);
    CHECK_STR(out, ""); CHECK_EQ(n, 0);
}

static void test_encode_buffer(void)
{
    gw_i386_msg m;
    gw_error e;
    size_t n = 0, full, cap;
    CHECK_ERR(dec(vdata[11], vlen[11], GW_FROM_SERVER, &m, &e), GW_OK);
    CHECK_ERR(gw_i386_encode(&m, out, sizeof out, &full, &e), GW_OK);
    for (cap = 0; cap <= full; cap++) {
        memset(out2, 'x', full + 1);
        CHECK_ERR(gw_i386_encode(&m, out2, cap, &n, &e), GW_ERR_BUFFER);
        CHECK_EQ(e.needed, full + 1);
        CHECK(cap == 0 || out2[0] == 0);
    }
    CHECK_ERR(gw_i386_encode(&m, out2, full + 1, &n, &e), GW_OK);
    CHECK(n == full && strcmp(out, out2) == 0);
}

/* i386chat has no arrays: the one-pass decoder needs no scratch at all (issue 11), so every size
   works, and where the token decoder has to take over, too small still says how much. */
static void test_scratch(void)
{
    static unsigned char ref_scratch[4096];
    size_t sz;
    unsigned errors = 0;
    gw_i386_msg ref;
    gw_error e;
    CHECK_ERR(gw_i386_decode(vdata[11], vlen[11], GW_FROM_SERVER, &ref, ref_scratch, sizeof ref_scratch, &e), GW_OK);
    for (sz = 0; sz < 1024; sz++) {
        gw_i386_msg m;
        gw_err r = gw_i386_decode(vdata[11], vlen[11], GW_FROM_SERVER, &m, scratch + 3, sz, &e);
        if (r == GW_OK) { CHECK(gw_i386_equal(&m, &ref)); continue; }
        CHECK_ERR(r, GW_ERR_SCRATCH);
        CHECK(e.needed > sz);
        errors++;
        CHECK_ERR(gw_i386_decode(vdata[11], vlen[11], GW_FROM_SERVER, &m, scratch + 3, e.needed, &e), GW_OK);
        CHECK(gw_i386_equal(&m, &ref));
    }
    CHECK_EQ(errors, 0);
    CHECK_ERR(gw_i386_decode(vdata[11], vlen[11], GW_FROM_SERVER, &ref, NULL, 0, &e), GW_OK);
}

static void test_no_alloc(void)
{
    unsigned long before = t_allocs();
    size_t i;
    for (i = 0; i < NVEC; i++) {
        gw_i386_msg m;
        gw_error e;
        size_t n;
        CHECK_ERR(dec(vdata[i], vlen[i], vecs[i].from, &m, &e), GW_OK);
        CHECK_ERR(gw_i386_encode(&m, out, sizeof out, &n, &e), GW_OK);
        CHECK(gw_i386_equal(&m, &m));
    }
    CHECK_EQ(t_allocs(), before);
}

static void test_generic_entry(void)
{
    CHECK_STR(gw_proto_name(GW_PROTO_I386), "i386chat");
    CHECK_EQ(gw_proto_find("i386chat"), GW_PROTO_I386);
    CHECK_STR(gw_kind_name(GW_PROTO_I386, GW_I386_C_CHANNEL_MOVE), "GW_I386_C_CHANNEL_MOVE");
    CHECK_STR(gw_kind_name(GW_PROTO_I386, GW_I386_C_ROOM_USER_ADD), "GW_I386_C_ROOM_USER_ADD"); /* D-29 */
    CHECK_STR(gw_kind_name(GW_PROTO_I386, GW_I386_C_ROOM_USER_REMOVE), "GW_I386_C_ROOM_USER_REMOVE");
}

int main(void)
{
    load_vectors();
    RUN(test_vectors);
    RUN(test_mutations);
    RUN(test_edits);
    RUN(test_texts);
    RUN(test_size_cap);
    RUN(test_random_roundtrip);
    RUN(test_encode_invalid);
    RUN(test_wire_forms);
    RUN(test_encode_buffer);
    RUN(test_scratch);
    RUN(test_no_alloc);
    RUN(test_generic_entry);
    return t_summary("i386");
}
