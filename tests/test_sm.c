/* test_sm.c - the shard-master gateway (PROTOCOLS.md section 1) as gateway.h decodes and encodes it. */
#include "t.h"
#include "../gateway.h"
#include "gw_mut.h"

static unsigned char scratch[1 << 16];
static char out[1 << 17], out2[1 << 17];

/* ---- every tests/vectors/shardmaster_* file ---- */
typedef struct vec { const char *file; gw_from from; gw_sm_kind kind; } vec;
static const vec vecs[] = {
    { "shardmaster_client_ping.json", GW_FROM_CLIENT, GW_SM_PING },
    { "shardmaster_client_register.json", GW_FROM_CLIENT, GW_SM_REGISTER },
    { "shardmaster_client_resume.json", GW_FROM_CLIENT, GW_SM_RESUME },
    { "shardmaster_server_error.json", GW_FROM_SERVER, GW_SM_ERROR },
    { "shardmaster_server_hello.json", GW_FROM_SERVER, GW_SM_HELLO },
    { "shardmaster_server_interaction.json", GW_FROM_SERVER, GW_SM_INTERACTION },
    { "shardmaster_server_ping.json", GW_FROM_SERVER, GW_SM_PONG },
    { "shardmaster_server_ready_two_shards.json", GW_FROM_SERVER, GW_SM_READY },
    { "shardmaster_server_register_ready.json", GW_FROM_SERVER, GW_SM_READY },
    { "shardmaster_server_resume_invalid.json", GW_FROM_SERVER, GW_SM_INVALID },
    { "shardmaster_server_resume_resumed.json", GW_FROM_SERVER, GW_SM_RESUMED },
};
#define NVEC (sizeof vecs / sizeof vecs[0])
static char *vdata[NVEC];
static size_t vlen[NVEC];

static void load_vectors(void)
{
    size_t i;
    for (i = 0; i < NVEC; i++) {
        char path[128];
        snprintf(path, sizeof path, "tests/vectors/%s", vecs[i].file);
        vdata[i] = t_read_file(path, &vlen[i]);
        if (!vdata[i]) { fprintf(stderr, "cannot read %s (run from the repo root)\n", path); exit(2); }
    }
}

static gw_err dec(const char *s, size_t n, gw_from from, gw_sm_msg *m, gw_error *e)
{
    return gw_sm_decode(s, n, from, m, scratch, sizeof scratch, e);
}

/* A few values per vector, as the files spell them. */
static void check_fields(const char *f, const gw_sm_msg *m)
{
    const gw_sm_session *s = &m->u.session;
    if (strstr(f, "client_register")) {
        CHECK(gw_str_eq(m->u.reg.public_key, "Key publishes that Discord Application release to your bot.", 59));
        CHECK_EQ(m->u.reg.shard_in, 0); CHECK_EQ(m->u.reg.flags, 0);
    } else if (strstr(f, "client_resume")) {
        CHECK_EQ(m->u.resume.session_id.len, 122);
        CHECK(memcmp(m->u.resume.session_id.ptr, "BYNZETQf", 8) == 0);
    } else if (strstr(f, "server_error")) { /* D-12: status fields live in the msg */
        CHECK(m->has_possible_error && m->possible_error);
        CHECK(m->has_message && gw_str_eq(m->message, "Invalid public key", 18));
        CHECK(m->has_rate_limit && m->rate_limit);
    } else if (strstr(f, "server_hello")) {
        CHECK(m->u.hello.starting_shards);
        CHECK(m->has_possible_error && !m->possible_error && m->has_message && m->message.len == 0);
    } else if (strstr(f, "interaction")) { /* D-14: data kept as raw text */
        CHECK(m->u.raw.len > 2 && m->u.raw.ptr[0] == '{' && m->u.raw.ptr[m->u.raw.len - 1] == '}');
    } else if (strstr(f, "server_ping")) {
        CHECK(!m->has_possible_error && !m->has_message && !m->has_rate_limit);
    } else if (strstr(f, "two_shards")) { /* D-16, D-17, D-18 */
        CHECK(s->has_application_bot && s->application_bot.flags == 9);
        CHECK(s->application_bot.id == 155112606661607425ull);
        CHECK_EQ(s->shards_config.count, 2);
        CHECK(s->shards_config.items[1].shard_in == 1 && s->shards_config.items[1].shard_total == 2);
        CHECK_EQ(s->shards_stats.count, 2);
        CHECK(s->shards_stats.items[1].receive_ping == 1700000000123ull);
        CHECK(s->shards_stats.items[1].received == 4294967301ull);
        CHECK(s->shards_stats.items[1].shard_id == 1 && s->shards_stats.items[1].sending == 42);
        CHECK(gw_str_eq(s->shards_stats.items[1].shard_hash, "q9WbT1nA0f3kPzL8sXcY2mRvE7uHdJ4gK6o", 35));
    } else if (strstr(f, "register_ready") || strstr(f, "resumed")) {
        CHECK(s->has_application_bot && s->has_session_id && s->session_id.len == 122);
        CHECK(s->shards_config.count == 1 && s->shards_config.items[0].shard_total == 1);
        CHECK(s->shards_stats.count == 1 && !s->shards_stats.items[0].development);
    } else if (strstr(f, "invalid")) { /* D-15 */
        CHECK(!s->has_application_bot && !s->has_session_id);
        CHECK(s->shards_config.count == 0 && s->shards_stats.count == 0);
    }
}

/* Each vector: decodes for its sender (1.3), re-encodes, the re-encoding decodes equal and
   re-encodes byte-identically, and from the other sender it is GW_ERR_DIRECTION (D-03). */
static void test_vectors(void)
{
    size_t i;
    for (i = 0; i < NVEC; i++) {
        gw_sm_msg m, m2;
        gw_error e;
        size_t n = 0, n2 = 0;
        gw_from other = vecs[i].from == GW_FROM_CLIENT ? GW_FROM_SERVER : GW_FROM_CLIENT;
        t_case_begin(vecs[i].file);
        CHECK_EQ(dec(vdata[i], vlen[i], vecs[i].from, &m, &e), GW_OK);
        CHECK_EQ(m.kind, vecs[i].kind);
        check_fields(vecs[i].file, &m);
        CHECK_EQ(gw_sm_encode(&m, out, sizeof out, &n, &e), GW_OK);
        CHECK_EQ(strlen(out), n);
        CHECK_EQ(dec(out, n, vecs[i].from, &m2, &e), GW_OK);
        CHECK(gw_sm_equal(&m, &m2));
        CHECK_EQ(gw_sm_encode(&m2, out2, sizeof out2, &n2, &e), GW_OK);
        CHECK(n == n2 && memcmp(out, out2, n) == 0);
        CHECK_EQ(dec(vdata[i], vlen[i], other, &m2, &e), GW_ERR_DIRECTION);
        CHECK_STR(e.path, "type");
        CHECK_EQ(m2.kind, GW_SM_NONE);
        t_case_end();
    }
}

/* ---- mutations derived from every vector ---- */
static int raw_data(gw_sm_kind k) { return k == GW_SM_GATEWAY_ERROR || k == GW_SM_INTERACTION || k == GW_SM_SHARD_INFO; }

/* What decoding a mutated vector must give, by the rules of PROTOCOLS.md 1.2-1.5 and 0.3. */
static void expect(const void *ctx, const mut_doc *d, uint32_t i, int mode, gw_err *code, char *path)
{
    const vec *v = (const vec *)ctx;
    const char *p = d->path[i];
    int type = 0;
    uint32_t ti = mut_find(d, "type");
    if (ti) type = atoi(d->src + d->toks[ti].start);
    snprintf(path, 128, "%s", p);
    if (mode == MUT_DUPKEY) { *code = GW_ERR_DUPLICATE_KEY; path[0] = 0; return; } /* D-01: even in raw */
    if (raw_data(v->kind) && mut_strictly_under(p, "data")) { *code = GW_OK; return; } /* untyped */
    switch (mode) {
    case MUT_ADDKEY: /* D-02 */
        if (raw_data(v->kind) && strcmp(p, "data") == 0) { *code = GW_OK; return; }
        *code = GW_ERR_UNKNOWN_FIELD;
        snprintf(path, 128, "%s%szz", p, *p ? "." : "");
        return;
    case MUT_DROP:
        if (!strcmp(p, "rate_limit") || (v->kind != GW_SM_ERROR && (!strcmp(p, "possible_error") || !strcmp(p, "message")))) {
            *code = GW_OK; /* D-12: optional except on the type 0 error */
            return;
        }
        if (!strcmp(p, "event") && (type == 1 || type == 3 || type == 5)) {
            *code = GW_ERR_DIRECTION; /* without its event it is the client message of that type (D-10) */
            snprintf(path, 128, "type");
            return;
        }
        *code = GW_ERR_MISSING;
        return;
    default: /* MUT_REPLACE with a value of another JSON type */
        *code = raw_data(v->kind) && !strcmp(p, "data") ? GW_ERR_VALUE : GW_ERR_TYPE; /* data must be an object */
        return;
    }
}

static void test_mutations(void)
{
    size_t vi;
    unsigned long cases = 0;
    for (vi = 0; vi < NVEC; vi++)
        cases += mut_run(GW_PROTO_SM, vecs[vi].file, vecs[vi].from, vdata[vi], vlen[vi], expect, &vecs[vi]);
    CHECK(cases > 300);
}

/* Hand-picked values: ranges, constants, exact shapes, unknown types and events. */
static const mut_edit edits[] = {
    /* D-13: flags only bits 1|2|4|8 */
    { "shardmaster_client_register.json", "d.flags", "15", GW_OK, "" },
    { "shardmaster_client_register.json", "d.flags", "16", GW_ERR_RANGE, "d.flags" },
    { "shardmaster_client_resume.json", "d.flags", "16", GW_ERR_RANGE, "d.flags" },
    /* 0.2 integers */
    { "shardmaster_client_register.json", "d.shard_in", "4294967295", GW_OK, "" },
    { "shardmaster_client_register.json", "d.shard_in", "4294967296", GW_ERR_RANGE, "d.shard_in" },
    { "shardmaster_client_register.json", "d.shard_in", "-1", GW_ERR_RANGE, "d.shard_in" },
    { "shardmaster_client_register.json", "d.shard_in", "-0", GW_ERR_RANGE, "d.shard_in" },
    { "shardmaster_client_register.json", "d.shard_in", "1.0", GW_ERR_RANGE, "d.shard_in" },
    { "shardmaster_client_register.json", "d.shard_in", "1e3", GW_ERR_RANGE, "d.shard_in" },
    { "shardmaster_server_register_ready.json", "data.shards_stats[0][0][0][0][0][0][0].receibe_ping", "18446744073709551615", GW_OK, "" },
    { "shardmaster_server_register_ready.json", "data.shards_stats[0][0][0][0][0][0][0].receibe_ping", "18446744073709551616", GW_ERR_RANGE, "data.shards_stats[0][0][0][0][0][0][0].receibe_ping" },
    { "shardmaster_server_register_ready.json", "data.shards_stats[0][0][0][0][0][0][0].shard_id", "4294967296", GW_ERR_RANGE, "data.shards_stats[0][0][0][0][0][0][0].shard_id" },
    { "shardmaster_server_register_ready.json", "data.application_bot.flags", "-1", GW_ERR_RANGE, "data.application_bot.flags" },
    /* D-19: application_bot.id is a snowflake */
    { "shardmaster_server_register_ready.json", "data.application_bot.id", "\"18446744073709551615\"", GW_OK, "" },
    { "shardmaster_server_register_ready.json", "data.application_bot.id", "\"18446744073709551616\"", GW_ERR_RANGE, "data.application_bot.id" },
    { "shardmaster_server_register_ready.json", "data.application_bot.id", "\"0155\"", GW_ERR_VALUE, "data.application_bot.id" },
    { "shardmaster_server_register_ready.json", "data.application_bot.id", "\"{id-bot}\"", GW_ERR_VALUE, "data.application_bot.id" },
    /* D-16: pairs, wrappers of exactly one element, "none" only as [] */
    { "shardmaster_server_register_ready.json", "data.shards_config[0][0][0]", "[1,1]", GW_ERR_VALUE, "data.shards_config" },
    { "shardmaster_server_register_ready.json", "data.shards_config[0][0][0]", "[0,0]", GW_ERR_VALUE, "data.shards_config" },
    { "shardmaster_server_register_ready.json", "data.shards_config[0][0][0]", "[0,1,2]", GW_ERR_VALUE, "data.shards_config[0][0][0]" },
    { "shardmaster_server_register_ready.json", "data.shards_config[0][0][0]", "[0]", GW_ERR_VALUE, "data.shards_config[0][0][0]" },
    { "shardmaster_server_register_ready.json", "data.shards_config", "[]", GW_OK, "" },
    { "shardmaster_server_register_ready.json", "data.shards_config", "[[]]", GW_ERR_VALUE, "data.shards_config[0]" },
    { "shardmaster_server_register_ready.json", "data.shards_config", "[[[]]]", GW_ERR_VALUE, "data.shards_config[0][0]" },
    { "shardmaster_server_register_ready.json", "data.shards_config", "[[[[0,1]],[[0,1]]]]", GW_ERR_VALUE, "data.shards_config[0]" },
    { "shardmaster_server_register_ready.json", "data.shards_config", "[[[0,1]]]", GW_ERR_TYPE, "data.shards_config[0][0][0]" },
    /* D-17: six wrappers */
    { "shardmaster_server_register_ready.json", "data.shards_stats", "[]", GW_OK, "" },
    { "shardmaster_server_register_ready.json", "data.shards_stats", "[[[[[[[]]]]]]]", GW_ERR_VALUE, "data.shards_stats[0][0][0][0][0][0]" },
    { "shardmaster_server_register_ready.json", "data.shards_stats[0][0][0][0][0]", "[{}]", GW_ERR_TYPE, "data.shards_stats[0][0][0][0][0][0]" },
    /* D-15: READY non-null, INVALID exactly null/null/[]/[] */
    { "shardmaster_server_register_ready.json", "data.application_bot", "null", GW_ERR_TYPE, "data.application_bot" },
    { "shardmaster_server_register_ready.json", "data.session_id", "null", GW_ERR_TYPE, "data.session_id" },
    { "shardmaster_server_resume_invalid.json", "data.session_id", "\"abc\"", GW_ERR_VALUE, "data.session_id" },
    { "shardmaster_server_resume_invalid.json", "data.application_bot", "{\"flags\":1,\"id\":\"1\",\"public_key\":\"k\"}", GW_ERR_VALUE, "data.application_bot" },
    { "shardmaster_server_resume_invalid.json", "data.shards_config", "[[[[0,1]]]]", GW_ERR_VALUE, "data.shards_config" },
    /* 1.3: event selects the kind, then type and service must match */
    { "shardmaster_server_hello.json", "type", "2", GW_ERR_VALUE, "type" },
    { "shardmaster_server_hello.json", "service", "\"http_gateway\"", GW_ERR_VALUE, "service" },
    { "shardmaster_server_hello.json", "event", "\"GATEWAY_HELLOX\"", GW_ERR_UNKNOWN_EVENT, "event" },
    { "shardmaster_server_interaction.json", "event", "\"NOPE\"", GW_ERR_UNKNOWN_EVENT, "event" },
    { "shardmaster_server_interaction.json", "type", "9", GW_ERR_VALUE, "type" },
    { "shardmaster_server_ping.json", "data", "{\"a\":1}", GW_ERR_UNKNOWN_FIELD, "data.a" },
    { "shardmaster_server_error.json", "data", "{\"a\":1}", GW_ERR_UNKNOWN_FIELD, "data.a" },
    /* D-10: client types 1, 3, 5 only */
    { "shardmaster_client_register.json", "type", "2", GW_ERR_UNKNOWN_OP, "type" },
    { "shardmaster_client_register.json", "type", "4", GW_ERR_UNKNOWN_OP, "type" },
    { "shardmaster_client_register.json", "type", "6", GW_ERR_UNKNOWN_OP, "type" },
    { "shardmaster_client_register.json", "type", "-1", GW_ERR_UNKNOWN_OP, "type" },
    { "shardmaster_client_register.json", "type", "99999999999999999999", GW_ERR_UNKNOWN_OP, "type" },
    { "shardmaster_client_register.json", "type", "5", GW_ERR_MISSING, "d.session_id" },
    { "shardmaster_client_register.json", "type", "0", GW_ERR_DIRECTION, "type" },
};

static void test_edits(void)
{
    size_t i, vi;
    for (i = 0; i < sizeof edits / sizeof edits[0]; i++) {
        for (vi = 0; vi < NVEC && strcmp(vecs[vi].file, edits[i].file); vi++) {}
        CHECK(vi < NVEC);
        if (vi < NVEC) mut_run_edit(GW_PROTO_SM, vecs[vi].from, vdata[vi], vlen[vi], &edits[i]);
    }
}

/* Whole-message texts: D-11 ping has no d, type 0 without event, the SHARD_INFO type (D-14). */
typedef struct text { const char *json; gw_from from; gw_err code; const char *path; gw_sm_kind kind; } text;
static const text texts[] = {
    { "{\"type\":3,\"d\":{}}", GW_FROM_CLIENT, GW_ERR_UNKNOWN_FIELD, "d", 0 },
    { "{\"type\":3}", GW_FROM_CLIENT, GW_OK, "", GW_SM_PING },
    { "{}", GW_FROM_CLIENT, GW_ERR_MISSING, "type", 0 },
    { "[]", GW_FROM_CLIENT, GW_ERR_TYPE, "", 0 },
    { "{\"type\":\"1\"}", GW_FROM_CLIENT, GW_ERR_TYPE, "type", 0 },
    { "{\"type\":1,\"d\":{\"public_key\":\"\",\"shard_in\":0,\"flags\":0}} x", GW_FROM_CLIENT, GW_ERR_JSON, "", 0 },
    { "{\"type\":7,\"data\":{}}", GW_FROM_SERVER, GW_ERR_MISSING, "event", 0 },
    { "{\"type\":0,\"possible_error\":true,\"message\":\"m\",\"data\":{}}", GW_FROM_SERVER, GW_OK, "", GW_SM_ERROR },
    { "{\"type\":0,\"message\":\"m\",\"data\":{}}", GW_FROM_SERVER, GW_ERR_MISSING, "possible_error", 0 },
    { "{\"type\":0,\"possible_error\":true,\"message\":\"m\",\"data\":{},\"service\":\"gateway\"}", GW_FROM_SERVER, GW_ERR_UNKNOWN_FIELD, "service", 0 },
    { "{\"type\":77,\"event\":\"GATEWAY_SHARD_INFO\",\"service\":\"gateway\",\"data\":{\"any\":[1]}}", GW_FROM_SERVER, GW_OK, "", GW_SM_SHARD_INFO },
    { "{\"type\":77,\"event\":\"GATEWAY_SHARD_INFO\",\"service\":\"gateway\",\"data\":[1]}", GW_FROM_SERVER, GW_ERR_VALUE, "data", 0 },
    { "{\"type\":-1,\"event\":\"GATEWAY_SHARD_INFO\",\"service\":\"gateway\",\"data\":{}}", GW_FROM_SERVER, GW_ERR_RANGE, "type", 0 },
    { "{\"type\":2,\"event\":\"GATEWAY_ERROR\",\"service\":\"gateway\",\"data\":{\"code\":1}}", GW_FROM_SERVER, GW_OK, "", GW_SM_GATEWAY_ERROR },
    { "{\"type\":2,\"event\":\"GATEWAY_ERROR\",\"service\":\"gateway\",\"data\":{\"a\":1,\"a\":2}}", GW_FROM_SERVER, GW_ERR_DUPLICATE_KEY, "", 0 },
    { "{\"type\":1,\"event\":7,\"service\":\"gateway\",\"data\":{}}", GW_FROM_SERVER, GW_ERR_TYPE, "event", 0 },
    { "{\"type\":1,\"event\":\"GATEWAY_HELLO\",\"service\":\"gateway\",\"data\":{\"starting_shards\":true}}", GW_FROM_CLIENT, GW_ERR_DIRECTION, "type", 0 },
};

static void test_texts(void)
{
    size_t i;
    for (i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        gw_sm_msg m;
        gw_error e;
        t_case_begin(texts[i].json);
        CHECK_EQ(dec(texts[i].json, strlen(texts[i].json), texts[i].from, &m, &e), texts[i].code);
        CHECK_STR(e.path, texts[i].path);
        CHECK_EQ(m.kind, texts[i].kind);
        t_case_end();
    }
    { /* D-14: the SHARD_INFO type number is kept and re-emitted */
        gw_sm_msg m;
        gw_error e;
        size_t n;
        CHECK_EQ(dec(texts[10].json, strlen(texts[10].json), GW_FROM_SERVER, &m, &e), GW_OK);
        CHECK_EQ(m.u.shard_info.type, 77);
        CHECK_EQ(gw_sm_encode(&m, out, sizeof out, &n, &e), GW_OK);
        CHECK_STR(out, texts[10].json);
    }
}

/* 0.1: shard-master has no size cap; a 200 kB key decodes */
static void test_no_cap(void)
{
    static char big[210000];
    gw_sm_msg m;
    gw_error e;
    size_t n = (size_t)snprintf(big, sizeof big, "{\"type\":1,\"d\":{\"shard_in\":0,\"flags\":0,\"public_key\":\"");
    memset(big + n, 'k', 200000);
    n += 200000;
    memcpy(big + n, "\"}}", 4);
    n += 3;
    CHECK_EQ(dec(big, n, GW_FROM_CLIENT, &m, &e), GW_OK);
    CHECK_EQ(m.u.reg.public_key.len, 200000);
}

/* ---- randomised round trips ---- */
static gw_sm_shard_pair pairs[8];
static gw_sm_shard_stats stats[8];

static void random_msg(gw_sm_kind k, gw_sm_msg *m)
{
    uint32_t i;
    memset(m, 0, sizeof *m);
    m->kind = k;
    if (k >= GW_SM_HELLO) { /* D-12 status fields on every server kind */
        m->has_possible_error = rng_bool(); m->possible_error = rng_bool();
        m->has_message = rng_bool(); m->message = rng_str(12);
        m->has_rate_limit = rng_bool(); m->rate_limit = rng_bool();
        if (!m->has_message) m->message.len = 0, m->message.ptr = NULL;
    }
    switch (k) {
    case GW_SM_REGISTER:
        m->u.reg.public_key = rng_str(20); m->u.reg.shard_in = rng_u32(); m->u.reg.flags = rng_below(16);
        break;
    case GW_SM_RESUME:
        m->u.resume.public_key = rng_str(20); m->u.resume.session_id = rng_str(20);
        m->u.resume.shard_in = rng_u32(); m->u.resume.flags = rng_below(16);
        break;
    case GW_SM_HELLO: m->u.hello.starting_shards = rng_bool(); break;
    case GW_SM_READY: case GW_SM_RESUMED: {
        gw_sm_session *s = &m->u.session;
        s->has_application_bot = s->has_session_id = 1;
        s->application_bot.flags = rng_u32(); s->application_bot.id = rng_u64();
        s->application_bot.public_key = rng_str(10);
        s->session_id = rng_str(20);
        s->shards_config.count = rng_below(5);
        s->shards_config.items = pairs;
        for (i = 0; i < s->shards_config.count; i++) {
            pairs[i].shard_total = rng_u32() | 1;
            pairs[i].shard_in = rng_below(pairs[i].shard_total);
        }
        s->shards_stats.count = rng_below(5);
        s->shards_stats.items = s->shards_stats.count ? stats : NULL;
        for (i = 0; i < s->shards_stats.count; i++) {
            stats[i].development = rng_bool(); stats[i].disconnected = rng_bool();
            stats[i].receive_ping = rng_u64(); stats[i].received = rng_u64();
            stats[i].send_ping = rng_u64(); stats[i].sending = rng_u64();
            stats[i].shard_hash = rng_str(8); stats[i].shard_id = rng_u32();
        }
        break;
    }
    case GW_SM_ERROR: m->has_possible_error = m->has_message = 1; m->message = rng_str(12); break;
    case GW_SM_GATEWAY_ERROR: case GW_SM_INTERACTION: m->u.raw = rng_raw(1); break;
    case GW_SM_SHARD_INFO: m->u.shard_info.type = rng_u32(); m->u.shard_info.data = rng_raw(1); break;
    default: break; /* PING, PONG, INVALID: no data */
    }
}

static void test_random_roundtrip(void)
{
    int k, r;
    unsigned long done = 0;
    for (k = GW_SM_REGISTER; k <= GW_SM_INTERACTION; k++) {
        gw_from from = k <= GW_SM_RESUME ? GW_FROM_CLIENT : GW_FROM_SERVER;
        for (r = 0; r < 2000; r++) {
            gw_sm_msg m, m2;
            gw_error e;
            size_t n = 0, n2 = 0;
            random_msg((gw_sm_kind)k, &m);
            if (gw_sm_encode(&m, out, sizeof out, &n, &e) != GW_OK) { CHECK_STR(e.path, "encode failed"); return; }
            if (dec(out, n, from, &m2, &e) != GW_OK) { CHECK_STR(out, e.path); return; }
            if (!gw_sm_equal(&m, &m2)) { CHECK_STR(out, "not equal after decode"); return; }
            if (gw_sm_encode(&m2, out2, sizeof out2, &n2, &e) != GW_OK || n != n2 || memcmp(out, out2, n)) {
                CHECK_STR(out2, out);
                return;
            }
            done++;
        }
    }
    CHECK_EQ(done, 12 * 2000);
}

/* ---- encoder refusals ---- */
static void test_encode_invalid(void)
{
    gw_sm_msg m;
    gw_error e;
    size_t n = 1;
    static const gw_sm_shard_pair bad_pair = { 2, 2 };
    memset(&m, 0, sizeof m);
    m.kind = (gw_sm_kind)99;
    memset(out, 'x', 8);
    CHECK_EQ(gw_sm_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "kind"); CHECK_STR(out, ""); CHECK_EQ(n, 0);

    random_msg(GW_SM_REGISTER, &m);
    m.u.reg.public_key = gw_str_c("bad \xff utf8");
    CHECK_EQ(gw_sm_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "d.public_key"); CHECK_STR(out, "");
    m.u.reg.public_key = gw_str_c("ok");
    m.u.reg.flags = 16; /* D-13 */
    CHECK_EQ(gw_sm_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "d.flags");

    random_msg(GW_SM_READY, &m);
    m.u.session.shards_stats.count = 2;
    m.u.session.shards_stats.items = NULL;
    CHECK_EQ(gw_sm_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "data.shards_stats");
    random_msg(GW_SM_READY, &m);
    m.u.session.shards_config.count = 1;
    m.u.session.shards_config.items = &bad_pair; /* shard_in < shard_total */
    CHECK_EQ(gw_sm_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "data.shards_config");
    random_msg(GW_SM_READY, &m);
    m.u.session.has_session_id = 0; /* D-15 */
    CHECK_EQ(gw_sm_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "data.session_id");
    random_msg(GW_SM_INVALID, &m);
    m.u.session.has_application_bot = 1;
    CHECK_EQ(gw_sm_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "data.application_bot");
    random_msg(GW_SM_ERROR, &m);
    m.has_message = 0; /* D-12: required on type 0 */
    CHECK_EQ(gw_sm_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "message");
    random_msg(GW_SM_INTERACTION, &m);
    m.u.raw.ptr = "{\"a\":"; m.u.raw.len = 5;
    CHECK_EQ(gw_sm_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "data");
    m.u.raw.ptr = "[1]"; m.u.raw.len = 3; /* valid JSON, not an object */
    CHECK_EQ(gw_sm_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "data");
}

static void test_encode_buffer(void)
{
    gw_sm_msg m;
    gw_error e;
    size_t n = 0, full, cap;
    CHECK_EQ(dec(vdata[7], vlen[7], GW_FROM_SERVER, &m, &e), GW_OK);
    CHECK_EQ(gw_sm_encode(&m, out, sizeof out, &full, &e), GW_OK);
    for (cap = 0; cap <= full; cap++) {
        memset(out2, 'x', full + 1);
        CHECK_EQ(gw_sm_encode(&m, out2, cap, &n, &e), GW_ERR_BUFFER);
        CHECK_EQ(e.needed, full + 1);
        CHECK(cap == 0 || out2[0] == 0);
        CHECK_EQ(n, 0);
    }
    CHECK_EQ(gw_sm_encode(&m, out2, full + 1, &n, &e), GW_OK);
    CHECK(n == full && strcmp(out, out2) == 0);
}

/* Scratch too small: GW_ERR_SCRATCH with err.needed; retrying with that many bytes works. */
static void test_scratch(void)
{
    size_t sz, vi;
    unsigned scratch_errors = 0;
    static unsigned char ref_scratch[1 << 14]; /* ref's arrays must survive the decodes below */
    for (vi = 7; vi <= 9; vi++) {
        gw_sm_msg ref;
        gw_error e;
        CHECK_EQ(gw_sm_decode(vdata[vi], vlen[vi], GW_FROM_SERVER, &ref, ref_scratch, sizeof ref_scratch, &e), GW_OK);
        for (sz = 0; sz < 8192; sz += 8) {
            gw_sm_msg m;
            gw_err r = gw_sm_decode(vdata[vi], vlen[vi], GW_FROM_SERVER, &m, scratch + 1, sz, &e);
            if (r == GW_OK) { CHECK(gw_sm_equal(&m, &ref)); continue; }
            CHECK_EQ(r, GW_ERR_SCRATCH);
            CHECK(e.needed > sz && e.needed <= sizeof scratch - 1);
            CHECK_EQ(m.kind, GW_SM_NONE);
            scratch_errors++;
            CHECK_EQ(gw_sm_decode(vdata[vi], vlen[vi], GW_FROM_SERVER, &m, scratch + 1, e.needed, &e), GW_OK);
            CHECK(gw_sm_equal(&m, &ref));
        }
    }
    CHECK(scratch_errors > 10);
}

static void test_no_alloc(void)
{
    unsigned long before = t_allocs();
    size_t i;
    int rep;
    for (rep = 0; rep < 3; rep++)
        for (i = 0; i < NVEC; i++) {
            gw_sm_msg m;
            gw_error e;
            size_t n;
            CHECK_EQ(dec(vdata[i], vlen[i], vecs[i].from, &m, &e), GW_OK);
            CHECK_EQ(gw_sm_encode(&m, out, sizeof out, &n, &e), GW_OK);
            CHECK(gw_sm_equal(&m, &m));
        }
    CHECK_EQ(t_allocs(), before);
}

static void test_generic_entry(void)
{
    gw_any_msg m;
    gw_error e;
    CHECK_STR(gw_proto_name(GW_PROTO_SM), "shardmaster");
    CHECK_EQ(gw_proto_find("shardmaster"), GW_PROTO_SM);
    CHECK_STR(gw_kind_name(GW_PROTO_SM, GW_SM_SHARD_INFO), "GW_SM_SHARD_INFO");
    CHECK_EQ(gw_decode(GW_PROTO_SM, vdata[0], vlen[0], GW_FROM_CLIENT, &m, scratch, sizeof scratch, &e), GW_OK);
    CHECK_EQ(m.sm.kind, GW_SM_PING);
}

int main(void)
{
    load_vectors();
    RUN(test_vectors);
    RUN(test_mutations);
    RUN(test_edits);
    RUN(test_texts);
    RUN(test_no_cap);
    RUN(test_random_roundtrip);
    RUN(test_encode_invalid);
    RUN(test_encode_buffer);
    RUN(test_scratch);
    RUN(test_no_alloc);
    RUN(test_generic_entry);
    return t_summary("sm");
}
