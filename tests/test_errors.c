/* test_errors.c - every refusal says why (issue 22, PROTOCOLS.md D-62): one input per rule, every
   protocol, decode and encode, and the whole gw_error_text line asserted. err.detail states the
   rule that was broken (with its D-number where a decision made it), then what arrived. The
   original wire refuses what the original refuses (D-64, D-65). */
#include "t.h"
#include "../gateway.h"

static unsigned char scratch[1 << 16];
static char out[4096];

/* ---- decode: one frame per rule ---- */
static void test_decode(void)
{
    static const struct { gw_proto p; gw_from from; unsigned flags; const char *frame, *text; } rows[] = {
        /* the inputs */
        { GW_PROTO_MS, GW_FROM_SERVER, 0, "{\"op\":3,\"d\":{\"heartbeatInterval\":0}}",
          "byte 33: d.heartbeatInterval: invalid value: must be an integer 1..4294967295, an interval in ms (D-63), got 0" },
        { GW_PROTO_DMOD, GW_FROM_CLIENT, 0, "{\"op\":1,\"d\":{\"token\":null,\"uid\":\"42\"}}",
          "byte 32: d.uid: invalid value: must be null when token is null (D-54), got \"42\"" },
        { GW_PROTO_MS, GW_FROM_SERVER, 0, "{\"op\":\"4\",\"d\":{}}", "byte 6: op: wrong JSON type: must be an integer, got \"4\"" },
        { GW_PROTO_MS, GW_FROM_SERVER, 0, "[1]", "byte 0: wrong JSON type: must be a JSON object (0.1), got an array" },
        /* envelope and dispatch */
        { GW_PROTO_DMOD, GW_FROM_SERVER, 0, "{\"d\":null}", "byte 0: op: required field missing: must be an integer, on every message" },
        { GW_PROTO_NG, GW_FROM_SERVER, 0, "{\"op\":3,\"data\":{}}", "byte 6: op: wrong JSON type: must be a string naming the message, got 3" },
        { GW_PROTO_DMOD, GW_FROM_SERVER, 0, "{\"op\":1.5,\"d\":null}", "byte 6: op: unknown opcode: must be an integer in int64 range, got 1.5" },
        { GW_PROTO_MS, GW_FROM_SERVER, 0, "{\"op\":9,\"d\":{}}", "byte 6: op: unknown opcode: got 9" },
        { GW_PROTO_MS, GW_FROM_SERVER, 0, "{\"op\":2,\"d\":{}}", "byte 0: t: required field missing: must be the message's name, a string" },
        { GW_PROTO_MS, GW_FROM_SERVER, 0, "{\"op\":2,\"t\":5,\"d\":{}}", "byte 12: t: wrong JSON type: must be a string naming the message, got 5" },
        { GW_PROTO_DMOD, GW_FROM_SERVER, 0, "{\"op\":5,\"t\":\"GUILD_DELETE\",\"d\":{}}", "byte 12: t: unknown event, command or type name: got \"GUILD_DELETE\"" },
        { GW_PROTO_DMOD, GW_FROM_CLIENT, 0, "{\"op\":2,\"t\":null,\"d\":{\"missed_notifications\":[]}}",
          "byte 6: op: message not allowed in this direction: got 2, which the other side sends" },
        { GW_PROTO_MS, GW_FROM_SERVER, GW_DECODE_LENIENT, "{\"op\":2,\"t\":\"NEW\"}",
          "byte 0: d: required field missing: must be an object on every message (D-31)" },
        /* D-65: no form carries a register's decode without encode, so decoding refuses it too */
        { GW_PROTO_SM, GW_FROM_CLIENT, 0, "{\"type\":1,\"d\":{\"public_key\":\"k\",\"shard_in\":0,\"flags\":0,\"decode\":false}}",
          "byte 64: d.decode: invalid value: needs d.encode: the original reads decode from encode, panicking without it (D-65), got false" },
        /* JSON */
        { GW_PROTO_I386, GW_FROM_CLIENT, 0, "{\"f\":120,\"f\":120}", "byte 9: f: invalid JSON: duplicate object key: a key may appear once in an object (D-01)" },
        { GW_PROTO_I386, GW_FROM_CLIENT, 0, "{\"f\":120,}", "byte 9: invalid JSON: trailing comma before closing bracket" },
        /* values, by the field's kind */
        { GW_PROTO_DMOD, GW_FROM_CLIENT, 0, "{\"op\":1,\"d\":{\"token\":3,\"uid\":null}}", "byte 21: d.token: wrong JSON type: must be a string or null, got 3" },
        { GW_PROTO_I386, GW_FROM_SERVER, 0, "{\"f\":150,\"cnf\":{\"c\":5000,\"d\":true}}", "byte 20: cnf.c: integer out of range: must be an integer 0..4999 (D-24), got 5000" },
        { GW_PROTO_SM, GW_FROM_CLIENT, 0, "{\"type\":1,\"d\":{\"public_key\":\"k\",\"shard_in\":-1,\"flags\":0}}",
          "byte 43: d.shard_in: integer out of range: must be an integer 0..4294967295, got -1" },
        { GW_PROTO_MS, GW_FROM_CLIENT, 0, "{\"op\":1,\"d\":{\"heapUsed\":1.5}}", "byte 24: d.heapUsed: integer out of range: must be an integer 0..18446744073709551615, got 1.5" },
        { GW_PROTO_NG, GW_FROM_SERVER, 0, "{\"op\":\"ready\",\"data\":{\"session\":\"x\",\"resumed\":false}}",
          "byte 32: data.session: invalid value: must be a string (a UUID, D-42), got \"x\"" },
        { GW_PROTO_MS, GW_FROM_CLIENT, 0, "{\"op\":0,\"d\":{\"type\":\"x\",\"compress\":true,\"secret\":\"s\"}}",
          "byte 20: d.type: invalid value: must be one of \"feeds\", \"dashboard\", \"panel\", \"sharder\", \"commands\", got \"x\"" },
        { GW_PROTO_MS, GW_FROM_CLIENT, 0, "{\"op\":0,\"d\":{\"type\":\"feeds\",\"compress\":1,\"secret\":\"s\"}}",
          "byte 39: d.compress: wrong JSON type: must be true or false, got 1" },
        { GW_PROTO_MS, GW_FROM_SERVER, 0, "{\"op\":2,\"t\":\"EXECUTE_COMMAND\",\"d\":{\"command\":\"c\",\"raw\":\"r\",\"ids\":{\"message\":\"01\","
          "\"author\":\"1\",\"channel\":\"1\",\"guild\":\"1\",\"shard\":0}}}",
          "byte 76: d.ids.message: invalid value: must be a snowflake (a string of 1-20 digits), got \"01\"" },
        { GW_PROTO_DMOD, GW_FROM_SERVER, 0, "{\"op\":3,\"t\":null,\"d\":{}}", "byte 21: d: wrong JSON type: must be null, got an object" },
        { GW_PROTO_DMOD, GW_FROM_SERVER, 0, "{\"op\":7,\"t\":null,\"d\":{\"for\":\"CONNECT_GUILD\",\"data\":{\"user\":null}}}",
          "byte 51: d.data.guild: required field missing: must be an object" },
        { GW_PROTO_MS, GW_FROM_CLIENT, 0, "{\"op\":0,\"d\":{\"compress\":true,\"secret\":\"s\"}}",
          "byte 12: d.type: required field missing: must be one of \"feeds\", \"dashboard\", \"panel\", \"sharder\", \"commands\"" },
        { GW_PROTO_MS, GW_FROM_CLIENT, 0, "{\"op\":0,\"d\":{\"type\":\"feeds\",\"compress\":true,\"secret\":\"s\",\"x\":1}}",
          "byte 57: d.x: unknown field: no such key in this object (D-02)" },
        { GW_PROTO_MS, GW_FROM_SERVER, 0, "{\"op\":2,\"t\":\"IDENTIFIED\",\"d\":{\"shards\":{}}}",
          "byte 39: d.shards: wrong JSON type: must be an array, got an object" },
        { GW_PROTO_SM, GW_FROM_SERVER, 0, "{\"type\":1,\"event\":\"GATEWAY_READY\",\"service\":\"gateway\",\"data\":{\"shards_config\":[[1]],"
          "\"session_id\":\"s\",\"application_bot\":{\"public_key\":\"k\",\"id\":\"1\",\"flags\":0},\"shards_stats\":[]}}",
          "byte 80: data.shards_config[0][0]: wrong JSON type: must be [] or the list inside 2 single-item arrays (D-16, D-17), got 1" },
        /* cross-field rules (schema checks) */
        { GW_PROTO_I386, GW_FROM_SERVER, 0, "{\"f\":100,\"cnf\":{\"hb_int\":0}}", "byte 25: cnf.hb_int: invalid value: must be an integer 1..4294967295, an interval in ms (D-63), got 0" },
        { GW_PROTO_I386, GW_FROM_SERVER, 0, "{\"f\":150,\"cnf\":{\"c\":3999,\"d\":true}}", "byte 20: cnf.c: invalid value: must be 4000..4999 (D-24), got 3999" },
        { GW_PROTO_NG, GW_FROM_CLIENT, 0, "{\"op\":\"update_voice_server\",\"data\":{\"endpoint\":\"e\",\"guild_id\":0,\"token\":\"t\"}}",
          "byte 62: data.guild_id: invalid value: must not be 0 (D-40), got 0" },
        { GW_PROTO_SM, GW_FROM_SERVER, 0, "{\"type\":0,\"data\":{},\"message\":\"m\"}", "byte 0: possible_error: required field missing: must be true or false" },
        /* size cap */
        { GW_PROTO_DMOD, GW_FROM_CLIENT, 0, NULL, "byte 1000: payload larger than the protocol allows: 1001 bytes, the limit is 1000" },
    };
    static char big[1001];
    size_t i;
    gw_any_msg m;
    gw_error e;
    char line[256];
    memset(big, ' ', sizeof big);
    memcpy(big, "{\"op\":3,\"d\":null}", 17);
    for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        const char *f = rows[i].frame ? rows[i].frame : big;
        size_t n = rows[i].frame ? strlen(f) : sizeof big;
        t_case_begin(rows[i].frame ? rows[i].frame : "1001 bytes");
        CHECK(gw_decode_flags(rows[i].p, f, n, rows[i].from, rows[i].flags, &m, scratch, sizeof scratch, &e) != GW_OK);
        CHECK_STR(gw_error_text(&e, line, sizeof line), rows[i].text);
        CHECK(e.detail[0] != 0 || e.code == GW_ERR_JSON); /* every refusal says why; JSON's reason is gj_strerror's */
        t_case_end();
    }
}

/* ---- encode: one message per rule ---- */
static void enc(gw_proto p, const void *msg, gw_wire wire, const char *want, int line_no)
{
    gw_error e;
    size_t n = 1;
    char line[256];
    gw_err r = gw_encode_wire(p, msg, wire, out, sizeof out, &n, &e);
    if (r == GW_OK) { t_failf(__FILE__, line_no, "encoded, want \"%s\": %s", want, out); return; }
    if (strcmp(gw_error_text(&e, line, sizeof line), want) != 0) t_failf(__FILE__, line_no, "\"%s\" != \"%s\"", line, want);
    if (!e.detail[0]) t_failf(__FILE__, line_no, "no detail");
    if (e.offset != GW_NO_OFFSET) t_failf(__FILE__, line_no, "an offset on an encode error");
    if (out[0] || n) t_failf(__FILE__, line_no, "output left");
}
#define ENC(p, msg, wire, want) enc(p, msg, wire, want, __LINE__)

static void test_encode(void)
{
    static const char bad_utf8[] = "\xC3";
    gw_sm_msg sm;
    gw_i386_msg im;
    gw_ms_msg ms;
    gw_ng_msg ng;
    gw_dmod_msg dm;
    uint32_t shard = 1;
    /* has_ checks (0.2): a value set without its flag would go out as null */
    dm = gw_dmod_make_authenticate(NULL, NULL);
    dm.u.auth.token = gw_str_c("x");
    ENC(GW_PROTO_DMOD, &dm, GW_WIRE_SEED,
        "field d.token: message cannot be encoded as valid protocol JSON: set without its has_ flag, it would go out as null (0.2, D-62)");
    /* the issue's: a uid without a token (D-54), in both wires */
    dm = gw_dmod_make_authenticate(NULL, "42");
    ENC(GW_PROTO_DMOD, &dm, GW_WIRE_SEED, "field d.uid: message cannot be encoded as valid protocol JSON: must be null when token is null (D-54)");
    ENC(GW_PROTO_DMOD, &dm, GW_WIRE_ORIGINAL,
        "field d.token: message cannot be encoded as valid protocol JSON: must be set with uid (D-54a): original closes 1000 \"Invalid formating of authentication\"");
    /* D-05: a field of the other wire's form */
    gw_ng_init(&ng, GW_NG_FORWARD);
    ng.u.forward.guild_id = 1; ng.u.forward.has_shard = 1;
    ENC(GW_PROTO_NG, &ng, GW_WIRE_SEED, "field data.shard: message cannot be encoded as valid protocol JSON: only the original form carries it (D-46, D-05)");
    gw_sm_init(&sm, GW_SM_REGISTER);
    sm.u.reg.public_key = gw_str_c("k"); sm.u.reg.has_encode = 1;
    ENC(GW_PROTO_SM, &sm, GW_WIRE_SEED, "field d.encode: message cannot be encoded as valid protocol JSON: only the original form carries it (D-13a, D-05)");
    /* ranges and formats of the field */
    sm.u.reg.has_encode = 0; sm.u.reg.flags = 16;
    ENC(GW_PROTO_SM, &sm, GW_WIRE_SEED, "field d.flags: message cannot be encoded as valid protocol JSON: must be an integer 0..15 (D-13)");
    gw_ng_init(&ng, GW_NG_READY);
    ng.u.ready.session = gw_str_c("x");
    ENC(GW_PROTO_NG, &ng, GW_WIRE_SEED, "field data.session: message cannot be encoded as valid protocol JSON: must be a string (a UUID, D-42)");
    gw_ms_init(&ms, GW_MS_IDENTIFY);
    ms.u.identify.type = (gw_ms_service)9;
    ENC(GW_PROTO_MS, &ms, GW_WIRE_SEED,
        "field d.type: message cannot be encoded as valid protocol JSON: must be one of \"feeds\", \"dashboard\", \"panel\", \"sharder\", \"commands\"");
    ms.u.identify.type = GW_MS_SERVICE_FEEDS; ms.u.identify.secret = gw_str_c(bad_utf8);
    ENC(GW_PROTO_MS, &ms, GW_WIRE_SEED,
        "field d.secret: message cannot be encoded as valid protocol JSON: must be UTF-8 text with valid escapes (0.1): invalid UTF-8");
    /* lower bounds and cross-field rules (schema checks) */
    gw_ms_init(&ms, GW_MS_HELLO);
    ENC(GW_PROTO_MS, &ms, GW_WIRE_SEED,
        "field d.heartbeatInterval: message cannot be encoded as valid protocol JSON: must be an integer 1..4294967295, an interval in ms (D-63)");
    gw_i386_init(&im, GW_I386_ERROR);
    im.u.error.c = 1000;
    ENC(GW_PROTO_I386, &im, GW_WIRE_SEED, "field cnf.c: message cannot be encoded as valid protocol JSON: must be 4000..4999 (D-24)");
    gw_ng_init(&ng, GW_NG_UPDATE_VOICE_SERVER); /* D-40: the original's ids are non-zero, both wires */
    ng.u.voice_server.has_endpoint = 1; ng.u.voice_server.endpoint = gw_str_c("e"); ng.u.voice_server.token = gw_str_c("t");
    ENC(GW_PROTO_NG, &ng, GW_WIRE_ORIGINAL, "field data.guild_id: message cannot be encoded as valid protocol JSON: must not be 0 (D-40)");
    ng.u.voice_server.guild_id = 1;
    CHECK_ERR(gw_ng_encode_wire(&ng, GW_WIRE_ORIGINAL, out, sizeof out, NULL, NULL), GW_OK);
    /* lists and raw values */
    gw_ms_init(&ms, GW_MS_IDENTIFIED);
    ms.u.identified.has_shards = 1; ms.u.identified.shards.count = 1;
    ENC(GW_PROTO_MS, &ms, GW_WIRE_SEED, "field d.shards: message cannot be encoded as valid protocol JSON: a list with count > 0 must have items");
    ms.u.identified.shards.items = &shard;
    CHECK_ERR(gw_ms_encode(&ms, out, sizeof out, NULL, NULL), GW_OK);
    gw_dmod_init(&dm, GW_DMOD_EV_GUILD_MEMBER_COUNT_CHANGE);
    ENC(GW_PROTO_DMOD, &dm, GW_WIRE_SEED, "field d: message cannot be encoded as valid protocol JSON: a raw value must be set (ptr is NULL)");
    dm.u.raw.ptr = "{\"a\":1,\"a\":2}"; dm.u.raw.len = 13;
    ENC(GW_PROTO_DMOD, &dm, GW_WIRE_SEED,
        "field d: message cannot be encoded as valid protocol JSON: must be one JSON value that decodes: no repeated key, depth within GJ_MAX_DEPTH (D-01b)");
    gw_dmod_init(&dm, GW_DMOD_UNKNOWN);
    dm.u.unknown.body.ptr = "[1]"; dm.u.unknown.body.len = 3;
    ENC(GW_PROTO_DMOD, &dm, GW_WIRE_SEED, "field body: message cannot be encoded as valid protocol JSON: must be a JSON object that decodes (D-06, D-01b)");
    /* arguments */
    {
        gw_error e;
        char line[256];
        gw_any_msg m;
        dm = gw_dmod_make_authenticate(NULL, NULL);
        CHECK_ERR(gw_dmod_encode_wire(&dm, (gw_wire)7, out, sizeof out, NULL, &e), GW_ERR_ARG);
        CHECK_STR(gw_error_text(&e, line, sizeof line), "invalid argument: wire is neither GW_WIRE_SEED nor GW_WIRE_ORIGINAL");
        CHECK_ERR(gw_decode(GW_PROTO_DMOD, "{}", 2, (gw_from)0, &m, scratch, sizeof scratch, &e), GW_ERR_ARG);
        CHECK_STR(e.detail, "from is neither GW_FROM_CLIENT nor GW_FROM_SERVER");
    }
    /* sizes */
    dm = gw_dmod_make_authenticate(NULL, NULL);
    CHECK_ERR(gw_dmod_encode(&dm, out, 4, NULL, NULL), GW_ERR_BUFFER);
    {
        static char tok[1100];
        gw_error e;
        char line[256];
        memset(tok, 'a', sizeof tok - 1);
        dm = gw_dmod_make_authenticate(tok, "1");
        CHECK_ERR(gw_dmod_encode(&dm, out, sizeof out, NULL, &e), GW_ERR_TOO_LARGE);
        CHECK_STR(gw_error_text(&e, line, sizeof line), "payload larger than the protocol allows: 1134 bytes, the limit is 1000");
    }
}

/* ---- the original wire: what the original refuses is not sent in its form (D-64, D-65) ---- */
static void test_original_wire(void)
{
    gw_sm_msg sm;
    gw_dmod_msg dm;
    gw_error e;
    char line[256];
    /* dmod (D-54a): authentication both null or both non-empty; CONNECT_GUILD's token and gid non-empty */
    dm = gw_dmod_make_authenticate("tok", NULL);
    CHECK_ERR(gw_dmod_encode_wire(&dm, GW_WIRE_SEED, out, sizeof out, NULL, NULL), GW_OK); /* the seed's own example (D-54) */
    ENC(GW_PROTO_DMOD, &dm, GW_WIRE_ORIGINAL,
        "field d.uid: message cannot be encoded as valid protocol JSON: must be set with token (D-54a): original closes 1000 \"Invalid formating of authentication\"");
    dm = gw_dmod_make_authenticate("", "1");
    ENC(GW_PROTO_DMOD, &dm, GW_WIRE_ORIGINAL,
        "field d.token: message cannot be encoded as valid protocol JSON: must not be empty (D-54a): original closes 1000 \"Invalid formating of authentication\"");
    dm = gw_dmod_make_authenticate("t", "");
    ENC(GW_PROTO_DMOD, &dm, GW_WIRE_ORIGINAL,
        "field d.uid: message cannot be encoded as valid protocol JSON: must not be empty (D-54a): original closes 1000 \"Invalid formating of authentication\"");
    dm = gw_dmod_make_authenticate(NULL, NULL);
    CHECK_ERR(gw_dmod_encode_wire(&dm, GW_WIRE_ORIGINAL, out, sizeof out, NULL, NULL), GW_OK);
    gw_dmod_init(&dm, GW_DMOD_CMD_CONNECT_GUILD);
    ENC(GW_PROTO_DMOD, &dm, GW_WIRE_ORIGINAL,
        "field d.token: message cannot be encoded as valid protocol JSON: must not be empty (D-54a): original closes 1000 \"Invalid formating of authentication\"");
    dm.u.connect_guild.token = gw_str_c("t");
    ENC(GW_PROTO_DMOD, &dm, GW_WIRE_ORIGINAL,
        "field d.gid: message cannot be encoded as valid protocol JSON: must not be empty (D-54a): original closes 1000 \"Invalid formating of authentication\"");
    CHECK_ERR(gw_dmod_encode_wire(&dm, GW_WIRE_SEED, out, sizeof out, NULL, NULL), GW_OK);
    dm.u.connect_guild.gid = gw_str_c("1");
    CHECK_ERR(gw_dmod_encode_wire(&dm, GW_WIRE_ORIGINAL, out, sizeof out, NULL, NULL), GW_OK);
    CHECK_STR(out, "{\"op\":6,\"cmd\":\"CONNECT_GUILD\",\"d\":{\"token\":\"t\",\"gid\":\"1\"}}");
    /* dmod (D-61): kinds the original has no case for */
    gw_dmod_init(&dm, GW_DMOD_HEARTBEAT_BACK);
    ENC(GW_PROTO_DMOD, &dm, GW_WIRE_ORIGINAL,
        "field kind: message cannot be encoded as valid protocol JSON: the original server has no case for op 4: it closes 1000 \"Unknown data\"");
    /* gw_dmod_check_original: the same rules, in the "field" form; and D-54a's own empty gid */
    dm = gw_dmod_make_authenticate("tok", NULL);
    CHECK_ERR(gw_dmod_check_original(&dm, &e), GW_ERR_VALUE);
    CHECK_STR(gw_error_text(&e, line, sizeof line),
              "field d.uid: invalid value: must be set with token (D-54a): original closes 1000 \"Invalid formating of authentication\"");
    gw_dmod_init(&dm, GW_DMOD_CMD_DISCONNECT_GUILD);
    CHECK_ERR(gw_dmod_check_original(&dm, &e), GW_ERR_VALUE);
    CHECK_STR(gw_error_text(&e, line, sizeof line),
              "field d.gid: invalid value: must not be empty (D-54a, this codec's rule: the original answers it, 7.1)");
    CHECK_ERR(gw_dmod_encode_wire(&dm, GW_WIRE_ORIGINAL, out, sizeof out, NULL, NULL), GW_OK); /* the original answers it */
    /* shard-master (D-65): register's decode without encode panics the original */
    gw_sm_init(&sm, GW_SM_REGISTER);
    sm.u.reg.public_key = gw_str_c("k"); sm.u.reg.has_decode = 1;
    ENC(GW_PROTO_SM, &sm, GW_WIRE_ORIGINAL,
        "field d.decode: message cannot be encoded as valid protocol JSON: needs d.encode: the original reads decode from encode, panicking without it (D-65)");
    sm.u.reg.has_encode = 1;
    CHECK_ERR(gw_sm_encode_wire(&sm, GW_WIRE_ORIGINAL, out, sizeof out, NULL, NULL), GW_OK);
    /* shard-master (D-65): ping and resume have no original form */
    gw_sm_init(&sm, GW_SM_PING);
    CHECK_ERR(gw_sm_encode_wire(&sm, GW_WIRE_SEED, out, sizeof out, NULL, NULL), GW_OK);
    ENC(GW_PROTO_SM, &sm, GW_WIRE_ORIGINAL,
        "field kind: message cannot be encoded as valid protocol JSON: the original reads type 3 as register shard and ignores it; its ping is type 2 (D-65)");
    gw_sm_init(&sm, GW_SM_RESUME);
    ENC(GW_PROTO_SM, &sm, GW_WIRE_ORIGINAL,
        "field kind: message cannot be encoded as valid protocol JSON: the original has an empty case for type 5: it never answers (D-65)");
}

/* ---- the session checker in the original's mode: the verdict says what went wrong (D-64) ---- */
static void test_session_reason(void)
{
    gw_session s;
    gw_session_verdict v;
    gw_dmod_msg m;
    gw_dmod_session_init(&s, GW_SIDE_CLIENT, 0);
    gw_session_set_wire(&s, GW_WIRE_ORIGINAL);
    gw_dmod_init(&m, GW_DMOD_REQUEST_AUTH);
    CHECK_EQ(gw_dmod_session_on_recv(&s, &m, 1).action, GW_VERDICT_OK);
    m = gw_dmod_make_authenticate("tok", NULL);
    v = gw_dmod_session_on_send(&s, &m, 2);
    CHECK(v.action == GW_VIOLATION && v.close_code == 1000);
    CHECK_STR(v.reason ? v.reason : "", "AUTHENTICATE with token without uid: token and uid must be both null or both non-empty (D-54a)");
    gw_dmod_session_init(&s, GW_SIDE_SERVER, 0); /* a server closes with the original's own reason */
    gw_session_set_wire(&s, GW_WIRE_ORIGINAL);
    gw_dmod_init(&m, GW_DMOD_REQUEST_AUTH);
    CHECK_EQ(gw_dmod_session_on_send(&s, &m, 1).action, GW_VERDICT_OK);
    m = gw_dmod_make_authenticate("tok", NULL);
    v = gw_dmod_session_on_recv(&s, &m, 2);
    CHECK(v.action == GW_VIOLATION && v.close_code == 1000);
    CHECK_STR(v.reason ? v.reason : "", "Invalid formating of authentication");
}

int main(void)
{
    RUN(test_decode);
    RUN(test_encode);
    RUN(test_original_wire);
    RUN(test_session_reason);
    return t_summary("errors");
}
