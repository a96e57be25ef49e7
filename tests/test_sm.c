/* test_sm.c - the shard-master gateway (PROTOCOLS.md section 1) as gateway.h decodes and encodes it. */
#include "t.h"
#include "../gateway.h"
#include "gw_mut.h"

static unsigned char scratch[1 << 16];
static char out[1 << 17], out2[1 << 17];

/* ---- every tests/vectors/shardmaster_* file ----
   seed_refuses: the error path of a GW_WIRE_SEED encode of the decoded vector, for the forms only
   the original's wire carries (NULL: both wires encode it). */
typedef struct vec { const char *file; gw_from from; gw_sm_kind kind; const char *seed_refuses; } vec;
static const vec vecs[] = {
    { "shardmaster_client_ping.json", GW_FROM_CLIENT, GW_SM_PING, NULL },
    { "shardmaster_client_register.json", GW_FROM_CLIENT, GW_SM_REGISTER, NULL },
    { "shardmaster_client_resume.json", GW_FROM_CLIENT, GW_SM_RESUME, NULL },
    { "shardmaster_server_error.json", GW_FROM_SERVER, GW_SM_ERROR, NULL },
    { "shardmaster_server_hello.json", GW_FROM_SERVER, GW_SM_HELLO, NULL },
    { "shardmaster_server_interaction.json", GW_FROM_SERVER, GW_SM_INTERACTION, NULL },
    { "shardmaster_server_ping.json", GW_FROM_SERVER, GW_SM_PONG, NULL },
    { "shardmaster_server_ready_two_shards.json", GW_FROM_SERVER, GW_SM_READY, NULL },
    { "shardmaster_server_register_ready.json", GW_FROM_SERVER, GW_SM_READY, NULL },
    { "shardmaster_server_resume_invalid.json", GW_FROM_SERVER, GW_SM_INVALID, NULL },
    { "shardmaster_server_resume_resumed.json", GW_FROM_SERVER, GW_SM_RESUMED, NULL },
    /* the original's wire (issue 10) */
    { "shardmaster_client_orig_register.json", GW_FROM_CLIENT, GW_SM_REGISTER, "d.encode" },      /* D-13a */
    { "shardmaster_server_orig_gateway_ready.json", GW_FROM_SERVER, GW_SM_READY, NULL },          /* D-17a */
    { "shardmaster_server_orig_gateway_resume.json", GW_FROM_SERVER, GW_SM_RESUMED, NULL },       /* D-15a */
    { "shardmaster_server_orig_gateway_shard_info.json", GW_FROM_SERVER, GW_SM_SHARD_INFO, "data" }, /* D-14a */
    { "shardmaster_server_orig_interaction_discord.json", GW_FROM_SERVER, GW_SM_INTERACTION, NULL }, /* D-14 */
};
#define NVEC (sizeof vecs / sizeof vecs[0])
static char *vdata[NVEC];
static size_t vlen[NVEC];

static void load_vectors(void) { T_LOAD_VECTORS(vecs, vdata, vlen, t_vector); }

static gw_err dec(const char *s, size_t n, gw_from from, gw_sm_msg *m, gw_error *e)
{
    return gw_sm_decode(s, n, from, m, scratch, sizeof scratch, e);
}

/* A few values per vector, as the files spell them. */
static void check_fields(const char *f, const gw_sm_msg *m)
{
    const gw_sm_session *s = &m->u.session;
    if (strstr(f, "client_orig_register")) { /* D-13a: the original's encode/decode booleans */
        CHECK(gw_str_eq(m->u.reg.public_key, "k", 1));
        CHECK_EQ(m->u.reg.shard_in, 0); CHECK(m->u.reg.flags == 0);
        CHECK(m->u.reg.has_encode && m->u.reg.encode);
        CHECK(m->u.reg.has_decode && !m->u.reg.decode);
    } else if (strstr(f, "orig_gateway_ready")) { /* D-17a: [[[[[[[]]]]]]] is "no stats" */
        CHECK(s->has_application_bot && s->application_bot.flags == 1);
        CHECK(s->application_bot.id == 123456789012345678ull);
        CHECK(gw_str_eq(s->application_bot.public_key, "[REDACTED]", 10));
        CHECK(s->has_session_id && gw_str_eq(s->session_id, "abc", 3));
        CHECK_EQ(s->shards_config.count, 1);
        CHECK(s->shards_config.items[0].shard_in == 0 && s->shards_config.items[0].shard_total == 1);
        CHECK_EQ(s->shards_stats.count, 0);
    } else if (strstr(f, "orig_gateway_resume")) { /* D-15a: GATEWAY_RESUME is GW_SM_RESUMED */
        CHECK(s->has_application_bot && s->application_bot.id == 155112606661607425ull);
        CHECK(s->has_session_id && s->session_id.len == 85);
        CHECK(memcmp(s->session_id.ptr, "Xb3kQ9Tz", 8) == 0);
        CHECK(s->shards_config.count == 1 && s->shards_config.items[0].shard_total == 1);
        CHECK_EQ(s->shards_stats.count, 1);
        CHECK(gw_str_eq(s->shards_stats.items[0].shard_hash, "abcdefghijklmno", 15));
        CHECK(!s->shards_stats.items[0].development && !s->shards_stats.items[0].disconnected);
    } else if (strstr(f, "orig_gateway_shard_info")) { /* D-14a: data is [[[[shard objects]]]] */
        CHECK_EQ(m->u.shard_info.type, 1);
        CHECK(m->u.shard_info.has_shards && m->u.shard_info.data.ptr == NULL);
        CHECK_EQ(m->u.shard_info.shards.count, 1);
        CHECK_EQ(m->u.shard_info.shards.items[0].shard_id, 0);
        CHECK(gw_str_eq(m->u.shard_info.shards.items[0].shard_hash, "abcdefghijklmno", 15));
        CHECK(m->u.shard_info.shards.items[0].send_ping == 0 && m->u.shard_info.shards.items[0].receive_ping == 0);
        CHECK(!m->u.shard_info.shards.items[0].development && !m->u.shard_info.shards.items[0].disconnected);
    } else if (strstr(f, "orig_interaction_discord")) { /* D-14: the original's data object kept raw */
        static const char want[] = "{\"shard_id\":0,\"shard_total\":1,\"flag\":0,\"metadata_http\":[]}";
        CHECK(m->u.raw.len == sizeof want - 1 && memcmp(m->u.raw.ptr, want, sizeof want - 1) == 0);
        CHECK(!m->has_possible_error && !m->has_message && !m->has_rate_limit);
    } else if (strstr(f, "client_register")) {
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

/* Each vector: decodes for its sender (1.3); in each wire (issue 10) it re-encodes, the
   re-encoding decodes equal and re-encodes byte-identically, except that GW_WIRE_SEED refuses the
   forms only the original carries (seed_refuses); from the other sender it is GW_ERR_DIRECTION (D-03). */
static void test_vectors(void)
{
    size_t i;
    for (i = 0; i < NVEC; i++) {
        gw_sm_msg m, m2;
        gw_error e;
        int w;
        gw_from other = vecs[i].from == GW_FROM_CLIENT ? GW_FROM_SERVER : GW_FROM_CLIENT;
        t_case_begin(vecs[i].file);
        CHECK_ERR(dec(vdata[i], vlen[i], vecs[i].from, &m, &e), GW_OK);
        CHECK_EQ(m.kind, vecs[i].kind);
        check_fields(vecs[i].file, &m);
        for (w = GW_WIRE_SEED; w <= GW_WIRE_ORIGINAL; w++) {
            size_t n = 1;
            if (w == GW_WIRE_SEED && vecs[i].seed_refuses) {
                memset(out, 'x', 8);
                CHECK_ERR(gw_sm_encode_wire(&m, GW_WIRE_SEED, out, sizeof out, &n, &e), GW_ERR_INVALID);
                CHECK_STR(e.path, vecs[i].seed_refuses);
                CHECK_STR(out, ""); CHECK_EQ(n, 0);
                CHECK_ERR(gw_sm_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID); /* encode == encode_wire(SEED) */
                continue;
            }
            if (w == GW_WIRE_ORIGINAL && (vecs[i].kind == GW_SM_PING || vecs[i].kind == GW_SM_RESUME)) { /* D-65 */
                CHECK_ERR(gw_sm_encode_wire(&m, GW_WIRE_ORIGINAL, out, sizeof out, &n, &e), GW_ERR_INVALID);
                CHECK_STR(e.path, "kind");
                continue;
            }
            VEC_ROUND_TRIP(GW_PROTO_SM, &m, vecs[i].from, (gw_wire)w, out, sizeof out, &n);
        }
        CHECK_ERR(dec(vdata[i], vlen[i], other, &m2, &e), GW_ERR_DIRECTION);
        CHECK_STR(e.path, "type");
        CHECK_EQ(m2.kind, GW_SM_NONE);
        t_case_end();
    }
}

/* ---- mutations derived from every vector ---- */
static int raw_data(gw_sm_kind k) { return k == GW_SM_GATEWAY_ERROR || k == GW_SM_INTERACTION || k == GW_SM_SHARD_INFO; }
/* D-14a: the original's SHARD_INFO vector has typed data ([[[[shard objects]]]]), not raw */
static int orig_shards(const vec *v) { return v->kind == GW_SM_SHARD_INFO && strstr(v->file, "_orig_") != NULL; }

/* What decoding a mutated vector must give, by the rules of PROTOCOLS.md 1.2-1.5 and 0.3. */
static void expect(const void *ctx, const mut_doc *d, uint32_t i, int mode, gw_err *code, char *path)
{
    const vec *v = (const vec *)ctx;
    const char *p = d->path[i];
    int raw = raw_data(v->kind) && !orig_shards(v);
    int type = 0;
    uint32_t ti = mut_find(d, "type");
    if (ti) type = atoi(d->src + d->toks[ti].start);
    snprintf(path, 128, "%s", p);
    if (mode == MUT_DUPKEY) { *code = GW_ERR_DUPLICATE_KEY; path[0] = 0; return; } /* D-01: even in raw */
    if (raw && mut_strictly_under(p, "data")) { *code = GW_OK; return; } /* untyped */
    switch (mode) {
    case MUT_ADDKEY: /* D-02 */
        if (raw && strcmp(p, "data") == 0) { *code = GW_OK; return; }
        *code = GW_ERR_UNKNOWN_FIELD;
        snprintf(path, 128, "%s%szz", p, *p ? "." : "");
        return;
    case MUT_DROP:
        if (!strcmp(p, "rate_limit") || (v->kind != GW_SM_ERROR && (!strcmp(p, "possible_error") || !strcmp(p, "message")))) {
            *code = GW_OK; /* D-12: optional except on the type 0 error */
            return;
        }
        if (!strcmp(p, "d.encode") && strstr(v->file, "_orig_register")) { /* D-65: decode alone is refused */
            *code = GW_ERR_VALUE;
            snprintf(path, 128, "d.decode");
            return;
        }
        if (!strcmp(p, "d.encode") || !strcmp(p, "d.decode")) { *code = GW_OK; return; } /* D-13a: optional */
        if (!strcmp(p, "event") && (type == 1 || type == 3 || type == 5)) {
            *code = GW_ERR_DIRECTION; /* without its event it is the client message of that type (D-10) */
            snprintf(path, 128, "type");
            return;
        }
        *code = GW_ERR_MISSING;
        return;
    default: /* MUT_REPLACE with a value of another JSON type */
        if (orig_shards(v) && !strcmp(p, "data")) { *code = GW_OK; return; } /* {} there is the seed form (D-14) */
        *code = raw && !strcmp(p, "data") ? GW_ERR_VALUE : GW_ERR_TYPE; /* data must be an object */
        return;
    }
}

static void test_mutations(void)
{
    size_t vi;
    unsigned long cases = 0;
    for (vi = 0; vi < NVEC; vi++) {
        /* PROTOCOLS.md 0.4 "Errors": with an unknown root key "zz" added after d, the original's
           register (D-13a) reads all of d and fails at "zz", further than the seed form's failure at
           "d.encode": "zz" is the error reported, for every vector */
        cases += mut_run_root(GW_PROTO_SM, vecs[vi].file, vecs[vi].from, vdata[vi], vlen[vi], expect, &vecs[vi], "zz");
    }
    CHECK(cases > 300);
}

/* Hand-picked values: ranges, constants, exact shapes, unknown types and events. */
static const mut_edit edits[] = {
    /* D-13: flags only bits 1|2|4|8 in the seed form; D-13a: the original's register takes any u64
       (16 now decodes, as the original's form); resume keeps D-13 */
    { "shardmaster_client_register.json", "d.flags", "15", GW_OK, "" },
    { "shardmaster_client_register.json", "d.flags", "16", GW_OK, "" },
    { "shardmaster_client_register.json", "d.flags", "18446744073709551615", GW_OK, "" },
    { "shardmaster_client_register.json", "d.flags", "18446744073709551616", GW_ERR_RANGE, "d.flags" },
    { "shardmaster_client_register.json", "d.flags", "-1", GW_ERR_RANGE, "d.flags" },
    { "shardmaster_client_register.json", "d.flags", "1.5", GW_ERR_RANGE, "d.flags" },
    { "shardmaster_client_resume.json", "d.flags", "16", GW_ERR_RANGE, "d.flags" },
    { "shardmaster_client_orig_register.json", "d.flags", "9007199254740993", GW_OK, "" },
    { "shardmaster_client_orig_register.json", "d.encode", "1", GW_ERR_TYPE, "d.encode" },
    { "shardmaster_client_orig_register.json", "d.decode", "null", GW_ERR_TYPE, "d.decode" },
    { "shardmaster_client_orig_register.json", "d.encode", "false", GW_OK, "" },
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
    /* D-17a: the original's "none", every wrapper around [], now decodes (was VALUE); other depths do not */
    { "shardmaster_server_register_ready.json", "data.shards_stats", "[[[[[[[]]]]]]]", GW_OK, "" },
    { "shardmaster_server_register_ready.json", "data.shards_stats", "[[[[[[]]]]]]", GW_ERR_VALUE, "data.shards_stats[0][0][0][0][0]" },
    { "shardmaster_server_register_ready.json", "data.shards_stats", "[[[[[[[[]]]]]]]]", GW_ERR_TYPE, "data.shards_stats[0][0][0][0][0][0][0]" },
    { "shardmaster_server_resume_resumed.json", "data.shards_stats", "[[[[[[[]]]]]]]", GW_OK, "" },
    { "shardmaster_server_orig_gateway_ready.json", "data.shards_stats", "[]", GW_OK, "" },
    /* D-15: INVALID's stats stay exactly [] (D-17a is READY/RESUMED only) */
    { "shardmaster_server_resume_invalid.json", "data.shards_stats", "[[[[[[[]]]]]]]", GW_ERR_VALUE, "data.shards_stats[0][0][0][0][0][0]" },
    { "shardmaster_server_register_ready.json", "data.shards_stats[0][0][0][0][0]", "[{}]", GW_ERR_TYPE, "data.shards_stats[0][0][0][0][0][0]" },
    /* D-15a: GATEWAY_RESUME and GATEWAY_RESUMED are both RESUMED */
    { "shardmaster_server_orig_gateway_resume.json", "event", "\"GATEWAY_RESUMED\"", GW_OK, "" },
    { "shardmaster_server_orig_gateway_resume.json", "event", "\"GATEWAY_RESUMEX\"", GW_ERR_UNKNOWN_EVENT, "event" },
    { "shardmaster_server_orig_gateway_resume.json", "type", "2", GW_ERR_VALUE, "type" },
    /* D-14a: the original's data: [[[[shard objects]]]], exactly one element per wrapper, [] = none */
    { "shardmaster_server_orig_gateway_shard_info.json", "data", "[]", GW_OK, "" },
    { "shardmaster_server_orig_gateway_shard_info.json", "data", "{\"a\":1}", GW_OK, "" },
    { "shardmaster_server_orig_gateway_shard_info.json", "data", "[[]]", GW_ERR_VALUE, "data[0]" },
    { "shardmaster_server_orig_gateway_shard_info.json", "data", "[[[[]]]]", GW_ERR_VALUE, "data[0][0][0]" },
    { "shardmaster_server_orig_gateway_shard_info.json", "data", "[[[[1]]]]", GW_ERR_TYPE, "data[0][0][0][0]" },
    { "shardmaster_server_orig_gateway_shard_info.json", "data", "7", GW_ERR_VALUE, "data" },
    { "shardmaster_server_orig_gateway_shard_info.json", "data[0][0][0][0].shard_id", "4294967296", GW_ERR_RANGE, "data[0][0][0][0].shard_id" },
    { "shardmaster_server_orig_gateway_shard_info.json", "data[0][0][0][0].receibe_ping", "18446744073709551615", GW_OK, "" },
    { "shardmaster_server_orig_gateway_shard_info.json", "type", "4294967296", GW_ERR_RANGE, "type" },
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
    /* D-14a: an array is the original's form, so [1] fails there, at its element (was VALUE "data") */
    { "{\"type\":77,\"event\":\"GATEWAY_SHARD_INFO\",\"service\":\"gateway\",\"data\":[1]}", GW_FROM_SERVER, GW_ERR_TYPE, "data[0]", 0 },
    { "{\"type\":-1,\"event\":\"GATEWAY_SHARD_INFO\",\"service\":\"gateway\",\"data\":{}}", GW_FROM_SERVER, GW_ERR_RANGE, "type", 0 },
    { "{\"type\":2,\"event\":\"GATEWAY_ERROR\",\"service\":\"gateway\",\"data\":{\"code\":1}}", GW_FROM_SERVER, GW_OK, "", GW_SM_GATEWAY_ERROR },
    { "{\"type\":2,\"event\":\"GATEWAY_ERROR\",\"service\":\"gateway\",\"data\":{\"a\":1,\"a\":2}}", GW_FROM_SERVER, GW_ERR_DUPLICATE_KEY, "data.a", 0 }, /* D-07 */
    { "{\"type\":1,\"event\":7,\"service\":\"gateway\",\"data\":{}}", GW_FROM_SERVER, GW_ERR_TYPE, "event", 0 },
    { "{\"type\":1,\"event\":\"GATEWAY_HELLO\",\"service\":\"gateway\",\"data\":{\"starting_shards\":true}}", GW_FROM_CLIENT, GW_ERR_DIRECTION, "type", 0 },
    /* issue 10: both forms decode */
    { "{\"type\":9,\"event\":\"GATEWAY_SHARD_INFO\",\"service\":\"gateway\",\"data\":[]}", GW_FROM_SERVER, GW_OK, "", GW_SM_SHARD_INFO }, /* D-14a */
    { "{\"type\":9,\"event\":\"GATEWAY_SHARD_INFO\",\"service\":\"gateway\",\"data\":\"x\"}", GW_FROM_SERVER, GW_ERR_VALUE, "data", 0 },
    { "{\"type\":1,\"d\":{\"public_key\":\"k\",\"shard_in\":0,\"flags\":16}}", GW_FROM_CLIENT, GW_OK, "", GW_SM_REGISTER }, /* D-13a */
    { "{\"type\":1,\"d\":{\"public_key\":\"k\",\"shard_in\":0,\"flags\":0,\"encode\":true}}", GW_FROM_CLIENT, GW_OK, "", GW_SM_REGISTER },
    { "{\"type\":1,\"d\":{\"public_key\":\"k\",\"shard_in\":0,\"flags\":0,\"encode\":7}}", GW_FROM_CLIENT, GW_ERR_TYPE, "d.encode", 0 },
    { "{\"type\":1,\"d\":{\"public_key\":\"k\",\"shard_in\":0,\"flags\":0,\"zz\":7}}", GW_FROM_CLIENT, GW_ERR_UNKNOWN_FIELD, "d.zz", 0 },
    { "{\"type\":1,\"d\":{\"public_key\":\"k\",\"shard_in\":0}}", GW_FROM_CLIENT, GW_ERR_MISSING, "d.flags", 0 },
    { "{\"type\":5,\"d\":{\"public_key\":\"k\",\"session_id\":\"s\",\"shard_in\":0,\"flags\":0,\"encode\":true}}", GW_FROM_CLIENT, GW_ERR_UNKNOWN_FIELD, "d.encode", 0 },
    { "{\"type\":1,\"event\":\"GATEWAY_RESUME\",\"service\":\"gateway\",\"data\":{\"application_bot\":{\"flags\":1,\"id\":\"1\",\"public_key\":\"k\"},\"session_id\":\"abc\",\"shards_config\":[],\"shards_stats\":[]}}", GW_FROM_SERVER, GW_OK, "", GW_SM_RESUMED }, /* D-15a */
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
        CHECK_ERR(dec(texts[10].json, strlen(texts[10].json), GW_FROM_SERVER, &m, &e), GW_OK);
        CHECK_EQ(m.u.shard_info.type, 77);
        CHECK_ERR(gw_sm_encode(&m, out, sizeof out, &n, &e), GW_OK);
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
    CHECK_ERR(dec(big, n, GW_FROM_CLIENT, &m, &e), GW_OK);
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
    if (gw_kind_from(GW_PROTO_SM, (int)k) == GW_FROM_SERVER) { /* D-12 status fields on every server kind */
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
    for (k = 1; k < GW_SM_UNKNOWN; k++) {
        gw_from from = gw_kind_from(GW_PROTO_SM, k);
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
    CHECK_ERR(gw_sm_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "kind"); CHECK_STR(out, ""); CHECK_EQ(n, 0);

    random_msg(GW_SM_REGISTER, &m);
    m.u.reg.public_key = gw_str_c("bad \xff utf8");
    CHECK_ERR(gw_sm_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "d.public_key"); CHECK_STR(out, "");
    m.u.reg.public_key = gw_str_c("ok");
    m.u.reg.flags = 16; /* D-13: gw_sm_encode is GW_WIRE_SEED; the original's wire takes it (D-13a) */
    CHECK_ERR(gw_sm_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "d.flags");

    random_msg(GW_SM_READY, &m);
    m.u.session.shards_stats.count = 2;
    m.u.session.shards_stats.items = NULL;
    CHECK_ERR(gw_sm_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "data.shards_stats");
    random_msg(GW_SM_READY, &m);
    m.u.session.shards_config.count = 1;
    m.u.session.shards_config.items = &bad_pair; /* shard_in < shard_total */
    CHECK_ERR(gw_sm_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "data.shards_config");
    random_msg(GW_SM_READY, &m);
    m.u.session.has_session_id = 0; /* D-15 */
    CHECK_ERR(gw_sm_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "data.session_id");
    random_msg(GW_SM_INVALID, &m);
    m.u.session.has_application_bot = 1;
    CHECK_ERR(gw_sm_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "data.application_bot");
    random_msg(GW_SM_ERROR, &m);
    m.has_message = 0; /* D-12: required on type 0 */
    CHECK_ERR(gw_sm_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "message");
    random_msg(GW_SM_INTERACTION, &m);
    m.u.raw.ptr = "{\"a\":"; m.u.raw.len = 5;
    CHECK_ERR(gw_sm_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "data");
    m.u.raw.ptr = "[1]"; m.u.raw.len = 3; /* valid JSON, not an object */
    CHECK_ERR(gw_sm_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "data");
}

/* ---- the two wires (issue 10, PROTOCOLS.md 0.4) ----
   enc2: encode m in `wire`; it must give exactly `want` (NULL: GW_ERR_INVALID at `bad`, output ""),
   and what it gives must decode for `from` to a message gw_sm_equal to m. */
static void enc2(const gw_sm_msg *m, gw_wire wire, gw_from from, const char *want, const char *bad)
{
    gw_sm_msg m2;
    gw_error e;
    size_t n = 1;
    memset(out, 'x', 16);
    if (!want) {
        CHECK_ERR(gw_sm_encode_wire(m, wire, out, sizeof out, &n, &e), GW_ERR_INVALID);
        CHECK_STR(e.path, bad);
        CHECK_STR(out, ""); CHECK_EQ(n, 0);
        return;
    }
    CHECK_ERR(gw_sm_encode_wire(m, wire, out, sizeof out, &n, &e), GW_OK);
    CHECK_STR(out, want);
    CHECK_EQ(n, strlen(want));
    CHECK_ERR(dec(out, n, from, &m2, &e), GW_OK);
    CHECK(gw_sm_equal(m, &m2));
}

/* Decoding vector `file` gives a message gw_sm_equal to m */
static void equals_vector(const gw_sm_msg *m, const char *file)
{
    size_t i;
    gw_sm_msg v;
    gw_error e;
    for (i = 0; i < NVEC && strcmp(vecs[i].file, file); i++) {}
    CHECK(i < NVEC);
    if (i == NVEC) return;
    CHECK_ERR(dec(vdata[i], vlen[i], vecs[i].from, &v, &e), GW_OK);
    CHECK(gw_sm_equal(m, &v));
}

#define SM_STAT "{\"development\":false,\"disconnected\":false,\"receibe_ping\":0,\"received\":0,\"send_ping\":0," \
                "\"sending\":0,\"shard_hash\":\"abcdefghijklmno\",\"shard_id\":0}"
#define SM_BOT "\"application_bot\":{\"flags\":1,\"id\":\"123456789012345678\",\"public_key\":\"[REDACTED]\"}"

static void test_wire_register(void) /* D-13, D-13a */
{
    gw_sm_msg m;
    static const char plain[] = "{\"type\":1,\"d\":{\"public_key\":\"k\",\"shard_in\":0,\"flags\":0}}";
    memset(&m, 0, sizeof m);
    m.kind = GW_SM_REGISTER;
    m.u.reg.public_key = gw_str_c("k");
    enc2(&m, GW_WIRE_SEED, GW_FROM_CLIENT, plain, NULL); /* the forms agree: the same bytes */
    enc2(&m, GW_WIRE_ORIGINAL, GW_FROM_CLIENT, plain, NULL);
    m.u.reg.has_encode = 1; m.u.reg.encode = 1;
    m.u.reg.has_decode = 1; m.u.reg.decode = 0;
    enc2(&m, GW_WIRE_SEED, GW_FROM_CLIENT, NULL, "d.encode");
    enc2(&m, GW_WIRE_ORIGINAL, GW_FROM_CLIENT,
         "{\"type\":1,\"d\":{\"public_key\":\"k\",\"shard_in\":0,\"flags\":0,\"encode\":true,\"decode\":false}}", NULL);
    equals_vector(&m, "shardmaster_client_orig_register.json");
    m.u.reg.has_encode = 0; m.u.reg.encode = 0; /* decode alone */
    enc2(&m, GW_WIRE_SEED, GW_FROM_CLIENT, NULL, "d.decode");
    /* D-65: the original reads decode from encode and panics without it: not sent in its form */
    enc2(&m, GW_WIRE_ORIGINAL, GW_FROM_CLIENT, NULL, "d.decode");
    m.u.reg.has_decode = 0;
    m.u.reg.flags = 15;
    enc2(&m, GW_WIRE_SEED, GW_FROM_CLIENT, "{\"type\":1,\"d\":{\"public_key\":\"k\",\"shard_in\":0,\"flags\":15}}", NULL);
    m.u.reg.flags = 16; /* D-13: bits 1|2|4|8 only in the seed's form */
    enc2(&m, GW_WIRE_SEED, GW_FROM_CLIENT, NULL, "d.flags");
    enc2(&m, GW_WIRE_ORIGINAL, GW_FROM_CLIENT, "{\"type\":1,\"d\":{\"public_key\":\"k\",\"shard_in\":0,\"flags\":16}}", NULL);
    m.u.reg.flags = UINT64_MAX;
    enc2(&m, GW_WIRE_SEED, GW_FROM_CLIENT, NULL, "d.flags");
    enc2(&m, GW_WIRE_ORIGINAL, GW_FROM_CLIENT, "{\"type\":1,\"d\":{\"public_key\":\"k\",\"shard_in\":0,\"flags\":18446744073709551615}}", NULL);
    { /* has_encode is data: with and without it the messages differ */
        gw_sm_msg a = m;
        a.u.reg.has_encode = 1;
        CHECK(!gw_sm_equal(&m, &a));
        a = m; a.u.reg.has_decode = 1; a.u.reg.decode = 1;
        CHECK(!gw_sm_equal(&m, &a));
        a = m; a.u.reg.flags = 1;
        CHECK(!gw_sm_equal(&m, &a));
    }
}

static void test_wire_session(void) /* D-15, D-15a, D-17, D-17a */
{
    gw_sm_msg m;
    static const gw_sm_shard_pair pair = { 0, 1 };
    gw_sm_shard_stats st;
    memset(&m, 0, sizeof m);
    memset(&st, 0, sizeof st);
    st.shard_hash = gw_str_c("abcdefghijklmno");
    m.kind = GW_SM_READY;
    m.u.session.has_application_bot = m.u.session.has_session_id = 1;
    m.u.session.application_bot.flags = 1;
    m.u.session.application_bot.id = 123456789012345678ull;
    m.u.session.application_bot.public_key = gw_str_c("[REDACTED]");
    m.u.session.session_id = gw_str_c("abc");
    m.u.session.shards_config.items = &pair;
    m.u.session.shards_config.count = 1;
    /* READY without stats: [] in the seed's form, [[[[[[[]]]]]]] in the original's (D-17a) */
    enc2(&m, GW_WIRE_SEED, GW_FROM_SERVER, "{\"type\":1,\"event\":\"GATEWAY_READY\",\"service\":\"gateway\",\"data\":{" SM_BOT
         ",\"session_id\":\"abc\",\"shards_config\":[[[[0,1]]]],\"shards_stats\":[]}}", NULL);
    enc2(&m, GW_WIRE_ORIGINAL, GW_FROM_SERVER, "{\"type\":1,\"event\":\"GATEWAY_READY\",\"service\":\"gateway\",\"data\":{" SM_BOT
         ",\"session_id\":\"abc\",\"shards_config\":[[[[0,1]]]],\"shards_stats\":[[[[[[[]]]]]]]}}", NULL);
    equals_vector(&m, "shardmaster_server_orig_gateway_ready.json");
    /* RESUMED: GATEWAY_RESUMED in the seed's form, GATEWAY_RESUME in the original's (D-15a) */
    m.kind = GW_SM_RESUMED;
    enc2(&m, GW_WIRE_SEED, GW_FROM_SERVER, "{\"type\":1,\"event\":\"GATEWAY_RESUMED\",\"service\":\"gateway\",\"data\":{" SM_BOT
         ",\"session_id\":\"abc\",\"shards_config\":[[[[0,1]]]],\"shards_stats\":[]}}", NULL);
    enc2(&m, GW_WIRE_ORIGINAL, GW_FROM_SERVER, "{\"type\":1,\"event\":\"GATEWAY_RESUME\",\"service\":\"gateway\",\"data\":{" SM_BOT
         ",\"session_id\":\"abc\",\"shards_config\":[[[[0,1]]]],\"shards_stats\":[[[[[[[]]]]]]]}}", NULL);
    /* with stats the wrappers agree (D-17); only RESUMED's event differs */
    m.u.session.shards_stats.items = &st;
    m.u.session.shards_stats.count = 1;
    enc2(&m, GW_WIRE_SEED, GW_FROM_SERVER, "{\"type\":1,\"event\":\"GATEWAY_RESUMED\",\"service\":\"gateway\",\"data\":{" SM_BOT
         ",\"session_id\":\"abc\",\"shards_config\":[[[[0,1]]]],\"shards_stats\":[[[[[[[" SM_STAT "]]]]]]]}}", NULL);
    enc2(&m, GW_WIRE_ORIGINAL, GW_FROM_SERVER, "{\"type\":1,\"event\":\"GATEWAY_RESUME\",\"service\":\"gateway\",\"data\":{" SM_BOT
         ",\"session_id\":\"abc\",\"shards_config\":[[[[0,1]]]],\"shards_stats\":[[[[[[[" SM_STAT "]]]]]]]}}", NULL);
    m.kind = GW_SM_READY;
    enc2(&m, GW_WIRE_SEED, GW_FROM_SERVER, "{\"type\":1,\"event\":\"GATEWAY_READY\",\"service\":\"gateway\",\"data\":{" SM_BOT
         ",\"session_id\":\"abc\",\"shards_config\":[[[[0,1]]]],\"shards_stats\":[[[[[[[" SM_STAT "]]]]]]]}}", NULL);
    enc2(&m, GW_WIRE_ORIGINAL, GW_FROM_SERVER, "{\"type\":1,\"event\":\"GATEWAY_READY\",\"service\":\"gateway\",\"data\":{" SM_BOT
         ",\"session_id\":\"abc\",\"shards_config\":[[[[0,1]]]],\"shards_stats\":[[[[[[[" SM_STAT "]]]]]]]}}", NULL);
    /* READY and RESUMED are different kinds in either wire */
    {
        gw_sm_msg r = m;
        r.kind = GW_SM_RESUMED;
        CHECK(!gw_sm_equal(&m, &r));
    }
    /* INVALID: exactly [] in both wires (D-15) */
    memset(&m, 0, sizeof m);
    m.kind = GW_SM_INVALID;
    enc2(&m, GW_WIRE_SEED, GW_FROM_SERVER, "{\"type\":1,\"event\":\"GATEWAY_INVALID\",\"service\":\"gateway\",\"data\":"
         "{\"application_bot\":null,\"session_id\":null,\"shards_config\":[],\"shards_stats\":[]}}", NULL);
    enc2(&m, GW_WIRE_ORIGINAL, GW_FROM_SERVER, "{\"type\":1,\"event\":\"GATEWAY_INVALID\",\"service\":\"gateway\",\"data\":"
         "{\"application_bot\":null,\"session_id\":null,\"shards_config\":[],\"shards_stats\":[]}}", NULL);
}

static void test_wire_shard_info(void) /* D-14, D-14a */
{
    gw_sm_msg m;
    gw_sm_shard_stats st;
    memset(&st, 0, sizeof st);
    st.shard_hash = gw_str_c("abcdefghijklmno");
    /* the seed's form: data an object, kept raw; the original's wire cannot carry it */
    memset(&m, 0, sizeof m);
    m.kind = GW_SM_SHARD_INFO;
    m.u.shard_info.type = 77;
    m.u.shard_info.data.ptr = "{\"any\": [1]}";
    m.u.shard_info.data.len = 12;
    enc2(&m, GW_WIRE_SEED, GW_FROM_SERVER, "{\"type\":77,\"event\":\"GATEWAY_SHARD_INFO\",\"service\":\"gateway\",\"data\":{\"any\":[1]}}", NULL);
    enc2(&m, GW_WIRE_ORIGINAL, GW_FROM_SERVER, NULL, "data");
    /* the original's form: [[[[shard objects]]]]; the seed's wire cannot carry it */
    memset(&m, 0, sizeof m);
    m.kind = GW_SM_SHARD_INFO;
    m.u.shard_info.type = 1;
    m.u.shard_info.has_shards = 1;
    m.u.shard_info.shards.items = &st;
    m.u.shard_info.shards.count = 1;
    enc2(&m, GW_WIRE_SEED, GW_FROM_SERVER, NULL, "data");
    enc2(&m, GW_WIRE_ORIGINAL, GW_FROM_SERVER, "{\"type\":1,\"event\":\"GATEWAY_SHARD_INFO\",\"service\":\"gateway\",\"data\":[[[[" SM_STAT "]]]]}", NULL);
    equals_vector(&m, "shardmaster_server_orig_gateway_shard_info.json");
    m.u.shard_info.has_shards = 0; /* shards without the flag: still the original's data */
    enc2(&m, GW_WIRE_SEED, GW_FROM_SERVER, NULL, "data");
    /* an empty shard list: [] */
    m.u.shard_info.has_shards = 1;
    m.u.shard_info.shards.items = NULL;
    m.u.shard_info.shards.count = 0;
    enc2(&m, GW_WIRE_SEED, GW_FROM_SERVER, NULL, "data");
    enc2(&m, GW_WIRE_ORIGINAL, GW_FROM_SERVER, "{\"type\":1,\"event\":\"GATEWAY_SHARD_INFO\",\"service\":\"gateway\",\"data\":[]}", NULL);
    /* both set: neither wire */
    m.u.shard_info.shards.items = &st;
    m.u.shard_info.shards.count = 1;
    m.u.shard_info.data.ptr = "{}";
    m.u.shard_info.data.len = 2;
    enc2(&m, GW_WIRE_SEED, GW_FROM_SERVER, NULL, "data");
    enc2(&m, GW_WIRE_ORIGINAL, GW_FROM_SERVER, NULL, "data");
}

/* Kinds whose forms agree: both wires write the same bytes, e.g. the original's INTERACTION_DISCORD (D-14) */
static void test_wire_same(void)
{
    size_t i;
    for (i = 0; i < NVEC; i++) {
        gw_sm_msg m;
        gw_error e;
        size_t n = 0, n2 = 0;
        if (vecs[i].kind == GW_SM_READY || vecs[i].kind == GW_SM_RESUMED || vecs[i].seed_refuses) continue;
        if (vecs[i].kind == GW_SM_PING || vecs[i].kind == GW_SM_RESUME) { /* D-65: no original form */
            t_case_begin(vecs[i].file);
            CHECK_ERR(dec(vdata[i], vlen[i], vecs[i].from, &m, &e), GW_OK);
            CHECK_ERR(gw_sm_encode_wire(&m, GW_WIRE_ORIGINAL, out2, sizeof out2, &n2, &e), GW_ERR_INVALID);
            CHECK_STR(e.path, "kind");
            t_case_end();
            continue;
        }
        t_case_begin(vecs[i].file);
        CHECK_ERR(dec(vdata[i], vlen[i], vecs[i].from, &m, &e), GW_OK);
        CHECK_ERR(gw_sm_encode_wire(&m, GW_WIRE_SEED, out, sizeof out, &n, &e), GW_OK);
        CHECK_ERR(gw_sm_encode_wire(&m, GW_WIRE_ORIGINAL, out2, sizeof out2, &n2, &e), GW_OK);
        CHECK(n == n2 && memcmp(out, out2, n) == 0);
        if (strstr(vecs[i].file, "orig_interaction")) /* the file's own bytes, less its final newline */
            CHECK(n + 1 == vlen[i] && memcmp(out, vdata[i], n) == 0 && vdata[i][n] == '\n');
        t_case_end();
    }
}

/* A wire that does not exist: GW_ERR_ARG, empty output (gw_sm_encode_wire and gw_encode_wire) */
static void test_wire_bad(void)
{
    gw_sm_msg m;
    gw_error e;
    size_t n = 1;
    CHECK_ERR(dec(vdata[1], vlen[1], GW_FROM_CLIENT, &m, &e), GW_OK);
    memset(out, 'x', 8);
    CHECK_ERR(gw_sm_encode_wire(&m, (gw_wire)7, out, sizeof out, &n, &e), GW_ERR_ARG);
    CHECK_EQ(e.code, GW_ERR_ARG); CHECK_STR(out, ""); CHECK_EQ(n, 0);
    n = 1; memset(out, 'x', 8);
    CHECK_ERR(gw_sm_encode_wire(&m, (gw_wire)-1, out, sizeof out, &n, &e), GW_ERR_ARG);
    CHECK_STR(out, ""); CHECK_EQ(n, 0);
    n = 1; memset(out, 'x', 8);
    CHECK_ERR(gw_encode_wire(GW_PROTO_SM, &m, (gw_wire)2, out, sizeof out, &n, &e), GW_ERR_ARG);
    CHECK_STR(out, ""); CHECK_EQ(n, 0);
    CHECK_ERR(gw_encode_wire(GW_PROTO_SM, &m, GW_WIRE_ORIGINAL, out, sizeof out, &n, &e), GW_OK);
    CHECK_STR(out, "{\"type\":1,\"d\":{\"public_key\":\"Key publishes that Discord Application release to your bot.\",\"shard_in\":0,\"flags\":0}}");
}

/* Random messages with the original-only data (any flags, encode/decode; the shard list) in the
   original's wire, and without it in both wires, which must decode to equal messages (issue 10). */
static void test_random_roundtrip_wires(void)
{
    int k, r;
    unsigned long done = 0;
    for (k = 1; k < GW_SM_UNKNOWN; k++) {
        gw_from from = gw_kind_from(GW_PROTO_SM, k);
        for (r = 0; r < 1000; r++) {
            gw_sm_msg m, m2;
            gw_error e;
            size_t n = 0, n2 = 0;
            int orig_only = 0, w;
            uint32_t i;
            random_msg((gw_sm_kind)k, &m);
            if (k == GW_SM_REGISTER && rng_bool()) { /* D-13a */
                m.u.reg.flags = rng_u64();
                m.u.reg.has_encode = rng_bool(); m.u.reg.encode = m.u.reg.has_encode && rng_bool();
                m.u.reg.has_decode = rng_bool(); m.u.reg.decode = m.u.reg.has_decode && rng_bool();
                orig_only = m.u.reg.flags > 15 || m.u.reg.has_encode || m.u.reg.has_decode;
            }
            if (k == GW_SM_SHARD_INFO && rng_bool()) { /* D-14a */
                m.u.shard_info.data.ptr = NULL; m.u.shard_info.data.len = 0;
                m.u.shard_info.has_shards = 1;
                m.u.shard_info.shards.count = rng_below(5);
                m.u.shard_info.shards.items = m.u.shard_info.shards.count ? stats : NULL;
                for (i = 0; i < m.u.shard_info.shards.count; i++) {
                    stats[i].development = rng_bool(); stats[i].disconnected = rng_bool();
                    stats[i].receive_ping = rng_u64(); stats[i].received = rng_u64();
                    stats[i].send_ping = rng_u64(); stats[i].sending = rng_u64();
                    stats[i].shard_hash = rng_str(8); stats[i].shard_id = rng_u32();
                }
                orig_only = 1;
            }
            for (w = GW_WIRE_SEED; w <= GW_WIRE_ORIGINAL; w++) {
                gw_err want = w == GW_WIRE_SEED && orig_only ? GW_ERR_INVALID : GW_OK;
                /* D-65: what the original ignores or panics on has no original form */
                if (w == GW_WIRE_ORIGINAL && (k == GW_SM_PING || k == GW_SM_RESUME ||
                                              (k == GW_SM_REGISTER && m.u.reg.has_decode && !m.u.reg.has_encode)))
                    want = GW_ERR_INVALID;
                if (k == GW_SM_SHARD_INFO && w == GW_WIRE_ORIGINAL && !orig_only) want = GW_ERR_INVALID; /* raw data */
                if (gw_sm_encode_wire(&m, (gw_wire)w, out, sizeof out, &n, &e) != want) { CHECK_STR(e.path, "unexpected encode result"); return; }
                if (want) continue;
                if (dec(out, n, from, &m2, &e) != GW_OK) { CHECK_STR(out, e.path); return; }
                if (!gw_sm_equal(&m, &m2)) { CHECK_STR(out, "not equal after decode"); return; }
                if (gw_sm_encode_wire(&m2, (gw_wire)w, out2, sizeof out2, &n2, &e) != GW_OK || n != n2 || memcmp(out, out2, n)) {
                    CHECK_STR(out2, out);
                    return;
                }
                done++;
            }
        }
    }
    CHECK(done > 12 * 1000);
}

static void test_encode_buffer(void)
{
    gw_sm_msg m;
    gw_error e;
    size_t n = 0, full, cap;
    CHECK_ERR(dec(vdata[7], vlen[7], GW_FROM_SERVER, &m, &e), GW_OK);
    CHECK_ERR(gw_sm_encode(&m, out, sizeof out, &full, &e), GW_OK);
    for (cap = 0; cap <= full; cap++) {
        memset(out2, 'x', full + 1);
        CHECK_ERR(gw_sm_encode(&m, out2, cap, &n, &e), GW_ERR_BUFFER);
        CHECK_EQ(e.needed, full + 1);
        CHECK(cap == 0 || out2[0] == 0);
        CHECK_EQ(n, 0);
    }
    CHECK_ERR(gw_sm_encode(&m, out2, full + 1, &n, &e), GW_OK);
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
        CHECK_ERR(gw_sm_decode(vdata[vi], vlen[vi], GW_FROM_SERVER, &ref, ref_scratch, sizeof ref_scratch, &e), GW_OK);
        for (sz = 0; sz < 8192; sz += 8) {
            gw_sm_msg m;
            gw_err r = gw_sm_decode(vdata[vi], vlen[vi], GW_FROM_SERVER, &m, scratch + 1, sz, &e);
            if (r == GW_OK) { CHECK(gw_sm_equal(&m, &ref)); continue; }
            CHECK_ERR(r, GW_ERR_SCRATCH);
            CHECK(e.needed > sz && e.needed <= sizeof scratch - 1);
            CHECK_EQ(m.kind, GW_SM_NONE);
            scratch_errors++;
            CHECK_ERR(gw_sm_decode(vdata[vi], vlen[vi], GW_FROM_SERVER, &m, scratch + 1, e.needed, &e), GW_OK);
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
            CHECK_ERR(dec(vdata[i], vlen[i], vecs[i].from, &m, &e), GW_OK);
            CHECK_ERR(gw_sm_encode_wire(&m, vecs[i].seed_refuses ? GW_WIRE_ORIGINAL : GW_WIRE_SEED, out, sizeof out, &n, &e), GW_OK);
            if (m.kind != GW_SM_PING && m.kind != GW_SM_RESUME) /* D-65: no original form */
                CHECK_ERR(gw_sm_encode_wire(&m, GW_WIRE_ORIGINAL, out, sizeof out, &n, &e), GW_OK);
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
    CHECK_ERR(gw_decode(GW_PROTO_SM, vdata[0], vlen[0], GW_FROM_CLIENT, &m, scratch, sizeof scratch, &e), GW_OK);
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
    RUN(test_wire_register);
    RUN(test_wire_session);
    RUN(test_wire_shard_info);
    RUN(test_wire_same);
    RUN(test_wire_bad);
    RUN(test_random_roundtrip_wires);
    RUN(test_encode_buffer);
    RUN(test_scratch);
    RUN(test_no_alloc);
    RUN(test_generic_entry);
    return t_summary("sm");
}
