/* test_ms.c - the microservice gateway (PROTOCOLS.md section 3, decisions D-30..D-39). */
#include "t.h"
#include "../gateway.h"
#include <stdlib.h>

static uint64_t scratch_mem[1 << 14]; /* 128 KiB, 8-aligned */
#define SCRATCH scratch_mem, sizeof scratch_mem
static char out1[1 << 16], out2[1 << 16];

static gw_err dec(const char *s, size_t n, gw_from from, gw_ms_msg *m, gw_error *e)
{
    return gw_ms_decode(s, n, from, m, SCRATCH, e);
}

/* ---- every vector: decode, spot values, re-encode, decode again, other direction ---- */
typedef struct vec {
    const char *file;
    gw_from from;
    gw_ms_kind kind;
    gw_err other;            /* decoding from the other sender (D-03) */
    const char *other_path;
} vec;
#define C GW_FROM_CLIENT
#define S GW_FROM_SERVER
static const vec vecs[] = {
    { "microservice_client_cache_channel.json", C, GW_MS_CACHE, GW_ERR_DIRECTION, "op" },
    { "microservice_client_cache_channel_null_parent.json", C, GW_MS_CACHE, GW_ERR_DIRECTION, "op" },
    { "microservice_client_cache_channel_voice.json", C, GW_MS_CACHE, GW_ERR_DIRECTION, "op" },
    { "microservice_client_cache_guild.json", C, GW_MS_CACHE, GW_ERR_DIRECTION, "op" },
    { "microservice_client_cache_guild_minimal.json", C, GW_MS_CACHE, GW_ERR_DIRECTION, "op" },
    { "microservice_client_cache_member.json", C, GW_MS_CACHE, GW_ERR_DIRECTION, "op" },
    { "microservice_client_cache_member_null_nickname.json", C, GW_MS_CACHE, GW_ERR_DIRECTION, "op" },
    { "microservice_client_cache_role.json", C, GW_MS_CACHE, GW_ERR_DIRECTION, "op" },
    { "microservice_client_cache_user.json", C, GW_MS_CACHE, GW_ERR_DIRECTION, "op" },
    { "microservice_client_cache_voice_state.json", C, GW_MS_CACHE, GW_ERR_DIRECTION, "op" },
    /* 3.3: EXECUTE_COMMAND is legal both ways */
    { "microservice_client_execute_command.json", C, GW_MS_EXECUTE_COMMAND, GW_OK, "" },
    /* D-33: op 1 exists both ways with different d, so the other side sees a wrong payload */
    { "microservice_client_heartbeat.json", C, GW_MS_HEARTBEAT, GW_ERR_UNKNOWN_FIELD, "d.heapUsed" },
    { "microservice_client_heartbeat_sharder.json", C, GW_MS_HEARTBEAT, GW_ERR_UNKNOWN_FIELD, "d.heapUsed" },
    { "microservice_client_identify.json", C, GW_MS_IDENTIFY, GW_ERR_DIRECTION, "op" },
    { "microservice_server_execute_command.json", S, GW_MS_EXECUTE_COMMAND, GW_OK, "" },
    { "microservice_server_heartbeat_ack.json", S, GW_MS_HEARTBEAT_ACK, GW_ERR_DIRECTION, "op" },
    { "microservice_server_heartbeat_request.json", S, GW_MS_HEARTBEAT_REQUEST, GW_ERR_MISSING, "d.heapUsed" },
    { "microservice_server_hello.json", S, GW_MS_HELLO, GW_ERR_DIRECTION, "op" },
    { "microservice_server_identified.json", S, GW_MS_IDENTIFIED, GW_ERR_DIRECTION, "op" },
    { "microservice_server_identified_other.json", S, GW_MS_IDENTIFIED, GW_ERR_DIRECTION, "op" },
};
#define NVEC (sizeof vecs / sizeof vecs[0])
static char *vtext[NVEC];
static size_t vlen[NVEC];

static void load_vectors(void)
{
    size_t i;
    char path[256];
    for (i = 0; i < NVEC; i++) {
        snprintf(path, sizeof path, "tests/vectors/%s", vecs[i].file);
        vtext[i] = t_read_file(path, &vlen[i]);
        if (!vtext[i]) { fprintf(stderr, "cannot read %s\n", path); exit(2); }
    }
}

/* A few values per vector, straight from the files. */
static void spot_check(const char *f, const gw_ms_msg *m)
{
    if (!strcmp(f, "microservice_client_identify.json")) {
        CHECK_EQ(m->u.identify.type, GW_MS_SERVICE_SHARDER);
        CHECK(!m->u.identify.compress);
        CHECK(gw_str_eq(m->u.identify.secret, "s3cr3t-shared-key", 17));
    } else if (!strcmp(f, "microservice_client_heartbeat.json")) {
        CHECK(m->u.heartbeat.heap_used == 102292113u && !m->u.heartbeat.has_guilds);
    } else if (!strcmp(f, "microservice_client_heartbeat_sharder.json")) {
        CHECK(m->u.heartbeat.has_guilds && m->u.heartbeat.guilds == 3000);
    } else if (strstr(f, "execute_command")) {
        const gw_ms_execute_command *x = &m->u.execute_command;
        CHECK(gw_str_eq(x->command, "ban", 3));
        CHECK(x->ids.message == 479455578708639755u && x->ids.guild == 254768930223161344u);
        CHECK_EQ(x->ids.shard, 1);
    } else if (!strcmp(f, "microservice_server_hello.json")) {
        CHECK_EQ(m->u.hello.heartbeat_interval, 30000);
    } else if (!strcmp(f, "microservice_server_identified.json")) {
        CHECK(m->u.identified.has_shards && m->u.identified.shards.count == 3);
        CHECK(m->u.identified.shards.count == 3 && m->u.identified.shards.items[2] == 2);
    } else if (!strcmp(f, "microservice_server_identified_other.json")) {
        CHECK(!m->u.identified.has_shards);
    } else if (!strcmp(f, "microservice_client_cache_guild.json")) {
        const gw_ms_guild *g = &m->u.cache.u.guild;
        CHECK_EQ(m->u.cache.type, GW_MS_CACHE_GUILD);
        CHECK(g->id == 254768930223161344u && gw_str_eq(g->region, "us-east", 7));
        CHECK(g->roles.count == 2 && g->roles.items[1].permissions == 9223372036854775807u);
        CHECK(g->has_members && g->members.count == 2 && !g->members.items[1].has_nickname);
        CHECK(g->members.count == 2 && gw_str_eq(g->members.items[0].user.discriminator, "0001", 4));
        CHECK(g->has_voice_states && g->voice_states.count == 1 && g->voice_states.items[0].self_deaf);
        CHECK(g->has_channels && g->channels.count == 3 && !g->channels.items[0].has_parent_id);
        CHECK(g->channels.count == 3 && g->channels.items[1].overwrites.items[1].type == GW_MS_OVERWRITE_MEMBER);
        CHECK(g->channels.count == 3 && g->channels.items[2].user_limit == 10 && !g->channels.items[2].has_overwrites);
    } else if (!strcmp(f, "microservice_client_cache_guild_minimal.json")) {
        const gw_ms_guild *g = &m->u.cache.u.guild;
        CHECK(!g->has_icon && !g->has_members && !g->has_channels && g->roles.count == 0 && g->member_count == 1);
    } else if (!strcmp(f, "microservice_client_cache_channel.json")) {
        const gw_ms_channel *ch = &m->u.cache.u.channel;
        CHECK_EQ(m->u.cache.type, GW_MS_CACHE_CHANNEL);
        CHECK(ch->has_parent_id && ch->parent_id == 254770965018443700u);
        CHECK(ch->overwrites.count == 2 && ch->overwrites.items[0].deny == 1024);
    } else if (!strcmp(f, "microservice_client_cache_channel_null_parent.json")) {
        CHECK(!m->u.cache.u.channel.has_parent_id && m->u.cache.u.channel.type == 4); /* D-38 */
    } else if (!strcmp(f, "microservice_client_cache_member.json")) {
        const gw_ms_member *mb = &m->u.cache.u.member;
        CHECK_EQ(m->u.cache.type, GW_MS_CACHE_MEMBER);
        CHECK(mb->roles.count == 1 && mb->roles.items[0] == 254769115749031936u);
        CHECK(gw_str_eq(mb->joined_at, "2016-12-01T03:02:11.374000+00:00", 32));
    } else if (!strcmp(f, "microservice_client_cache_role.json")) {
        CHECK(m->u.cache.type == GW_MS_CACHE_ROLE && m->u.cache.u.role.color == 16711680);
    } else if (!strcmp(f, "microservice_client_cache_user.json")) {
        CHECK(m->u.cache.type == GW_MS_CACHE_USER && m->u.cache.u.user.has_avatar && !m->u.cache.u.user.bot);
    } else if (!strcmp(f, "microservice_client_cache_voice_state.json")) {
        CHECK(m->u.cache.type == GW_MS_CACHE_VOICE_STATE && m->u.cache.u.voice_state.user_id == 155112606661607425u);
    }
}

static void test_vectors(void)
{
    static uint64_t scratch2[1 << 14];
    size_t i, n1, n2;
    for (i = 0; i < NVEC; i++) {
        gw_ms_msg m, m2, m3;
        gw_error e;
        gw_from other = vecs[i].from == C ? S : C;
        t_case_begin(vecs[i].file);
        CHECK_EQ(dec(vtext[i], vlen[i], vecs[i].from, &m, &e), GW_OK);
        CHECK_STR(e.path, "");
        CHECK_EQ(m.kind, vecs[i].kind);
        spot_check(vecs[i].file, &m);
        CHECK_EQ(gw_ms_encode(&m, out1, sizeof out1, &n1, &e), GW_OK);
        CHECK_EQ(gw_ms_decode(out1, n1, vecs[i].from, &m2, scratch2, sizeof scratch2, &e), GW_OK);
        CHECK(gw_ms_equal(&m, &m2));
        CHECK_EQ(gw_ms_encode(&m2, out2, sizeof out2, &n2, &e), GW_OK);
        CHECK(n1 == n2 && memcmp(out1, out2, n1) == 0);
        CHECK_EQ(dec(vtext[i], vlen[i], other, &m3, &e), vecs[i].other);
        CHECK_STR(e.path, vecs[i].other_path);
        if (vecs[i].other) CHECK_EQ(m3.kind, GW_MS_NONE);
        t_case_end();
    }
}

/* 3.2: the encoder writes op, t, d compactly; D-38: a missing parent is omitted, not null. */
static void test_canonical_output(void)
{
    gw_ms_msg m;
    gw_error e;
    size_t n;
    CHECK_EQ(dec(vtext[10], vlen[10], C, &m, &e), GW_OK);
    CHECK_EQ(gw_ms_encode(&m, out1, sizeof out1, &n, &e), GW_OK);
    CHECK_STR(out1, "{\"op\":2,\"t\":\"EXECUTE_COMMAND\",\"d\":{\"command\":\"ban\",\"raw\":\"minemidnight#0001 spamming -t 5h\","
                    "\"ids\":{\"message\":\"479455578708639755\",\"author\":\"155112606661607425\",\"channel\":\"254770965018443776\","
                    "\"guild\":\"254768930223161344\",\"shard\":1}}}");
    CHECK_EQ(dec(vtext[1], vlen[1], C, &m, &e), GW_OK);
    CHECK_EQ(gw_ms_encode(&m, out1, sizeof out1, &n, &e), GW_OK);
    CHECK_STR(out1, "{\"op\":5,\"d\":{\"type\":\"channel\",\"data\":{\"id\":\"254770965018443700\",\"guildID\":\"254768930223161344\","
                    "\"type\":4,\"position\":0,\"name\":\"Text Channels\",\"nsfw\":false,\"overwrites\":[]}}}");
    CHECK_EQ(dec(vtext[15], vlen[15], S, &m, &e), GW_OK);
    CHECK_EQ(gw_ms_encode(&m, out1, sizeof out1, &n, &e), GW_OK);
    CHECK_STR(out1, "{\"op\":4,\"d\":{}}");
}

/* ---- mutations derived from the vectors: drop a key, retype a value, add/duplicate a key ---- */
enum { MUT_NONE, MUT_DROP, MUT_REPLACE, MUT_ADD, MUT_DUP };
typedef struct mut { int mode; uint32_t target; const char *repl; char path[96]; } mut;
typedef struct ebuf { char b[1 << 14]; size_t n; } ebuf;
typedef struct tinfo { char path[96]; int member; char key[32]; } tinfo;
static gj_tok toks[2048];
static tinfo info[2048];

static void put(ebuf *o, const char *s, size_t n) { if (o->n + n < sizeof o->b) { memcpy(o->b + o->n, s, n); o->n += n; } }

/* Re-emit token i compactly, applying m; records each token's path into info when collecting. */
static void emit(const char *src, uint32_t i, mut *m, const char *path, ebuf *o)
{
    const gj_tok *k = &toks[i];
    char sub[96];
    uint32_t j, c, idx = 0;
    if (m->mode == MUT_NONE) snprintf(info[i].path, sizeof info[i].path, "%s", path);
    if (m->mode == MUT_REPLACE && m->target == i) {
        snprintf(m->path, sizeof m->path, "%s", path);
        put(o, m->repl, strlen(m->repl));
        return;
    }
    if (k->type == GJ_STRING) { put(o, src + k->start - 1, k->len + 2); return; }
    if (k->type != GJ_OBJECT && k->type != GJ_ARRAY) { put(o, src + k->start, k->len); return; }
    put(o, k->type == GJ_OBJECT ? "{" : "[", 1);
    c = 0;
    if (k->type == GJ_OBJECT && m->target == i && (m->mode == MUT_ADD || m->mode == MUT_DUP)) {
        snprintf(m->path, sizeof m->path, "%s%szz", path, *path ? "." : "");
        if (m->mode == MUT_ADD) put(o, "\"zz\":1", 6);
        else if (k->size) { put(o, src + toks[i + 1].start - 1, toks[i + 1].len + 3); emit(src, i + 2, m, "", o); }
        c = m->mode == MUT_ADD || k->size;
    }
    for (j = i + 1; j < k->next; idx++) {
        uint32_t v = k->type == GJ_OBJECT ? j + 1 : j;
        if (k->type == GJ_OBJECT) snprintf(sub, sizeof sub, "%s%s%.*s", path, *path ? "." : "", (int)toks[j].len, src + toks[j].start);
        else snprintf(sub, sizeof sub, "%s[%u]", path, (unsigned)idx);
        if (m->mode == MUT_NONE) {
            info[v].member = k->type == GJ_OBJECT;
            if (info[v].member) snprintf(info[v].key, sizeof info[v].key, "%.*s", (int)toks[j].len, src + toks[j].start);
        }
        if (m->mode == MUT_DROP && m->target == v) snprintf(m->path, sizeof m->path, "%s", sub);
        else {
            if (c++) put(o, ",", 1);
            if (k->type == GJ_OBJECT) { put(o, src + toks[j].start - 1, toks[j].len + 2); put(o, ":", 1); }
            emit(src, v, m, sub, o);
        }
        j = toks[v].next;
    }
    put(o, k->type == GJ_OBJECT ? "}" : "]", 1);
}

static int in_list(const char *k, const char *const *l)
{
    for (; *l; l++) if (!strcmp(k, *l)) return 1;
    return 0;
}
/* Optional keys of 3.4/3.5 (O, ON) and nullable ones (N, ON); all nullable keys are strings. */
static const char *const optional_keys[] = { "guilds", "shards", "members", "voiceStates", "channels", "overwrites",
                                             "userLimit", "parentID", NULL };
static const char *const nullable_keys[] = { "nickname", "avatar", "icon", "parentID", NULL };

static int mut_cases;
static void check_mut(const char *src, size_t len, gw_from from, int mode, uint32_t target, const char *repl,
                      gw_err want, const char *want_path_override)
{
    static ebuf o;
    mut m;
    gw_ms_msg msg;
    gw_error e;
    gw_err r;
    char name[160];
    memset(&m, 0, sizeof m);
    m.mode = mode; m.target = target; m.repl = repl;
    o.n = 0;
    (void)len;
    emit(src, 0, &m, "", &o);
    r = dec(o.b, o.n, from, &msg, &e);
    mut_cases++;
    if (r != want || (want && want != GW_ERR_DUPLICATE_KEY &&
                      strcmp(e.path, want_path_override ? want_path_override : m.path) != 0)) {
        snprintf(name, sizeof name, "mutation %d of %s at %s", mode, repl ? repl : "", m.path);
        t_case_begin(name);
        CHECK_EQ(r, want);
        CHECK_STR(e.path, want_path_override ? want_path_override : m.path);
        fprintf(stderr, "  input: %.*s\n", (int)o.n, o.b);
        t_case_end();
    }
    if (r) CHECK_EQ(msg.kind, GW_MS_NONE);
}

static const char *const other_types[] = { "\"x\"", "7", "true", "null", "{}", "[]" };
static int type_class(int t) { return t == GJ_FALSE ? GJ_TRUE : t; }
static int repl_class(const char *r)
{
    return r[0] == '"' ? GJ_STRING : r[0] == '7' ? GJ_NUMBER : r[0] == 't' ? GJ_TRUE : r[0] == 'n' ? GJ_NULL
         : r[0] == '{' ? GJ_OBJECT : GJ_ARRAY;
}

static void test_mutations(void)
{
    size_t i;
    for (i = 0; i < NVEC; i++) {
        const char *src = vtext[i];
        gj_status st;
        mut m;
        static ebuf o;
        uint32_t t, r;
        gw_from from = vecs[i].from;
        CHECK_EQ(gj_tokenize(src, vlen[i], toks, 2048, &st), GJ_OK);
        memset(info, 0, sizeof info);
        memset(&m, 0, sizeof m);
        o.n = 0;
        emit(src, 0, &m, "", &o); /* collect paths; the compact copy must still decode */
        { gw_ms_msg x; gw_error e; CHECK_EQ(dec(o.b, o.n, from, &x, &e), GW_OK); }
        for (t = 0; t < st.count; t++) {
            const gj_tok *k = &toks[t];
            int is_op = !strcmp(info[t].path, "op");
            if (t && info[t].path[0] == 0) continue; /* a key token */
            if (info[t].member && info[t].key[0]) {
                /* 0.2 "R": a required key missing is GW_ERR_MISSING at its path; O/ON keys may go */
                check_mut(src, vlen[i], from, MUT_DROP, t, NULL,
                          in_list(info[t].key, optional_keys) ? GW_OK : GW_ERR_MISSING, NULL);
            }
            if (t) {
                for (r = 0; r < 6; r++) {
                    const char *rp = other_types[r];
                    int nullable = info[t].member && in_list(info[t].key, nullable_keys);
                    gw_err want = GW_ERR_TYPE;
                    if (repl_class(rp) == type_class(k->type)) continue;
                    if (k->type == GJ_NULL && repl_class(rp) == GJ_STRING) continue; /* its real type */
                    if (nullable && repl_class(rp) == GJ_NULL) want = GW_OK;
                    check_mut(src, vlen[i], from, MUT_REPLACE, t, rp, want, NULL);
                }
            }
            if (k->type == GJ_NUMBER) {
                /* 0.2: beyond the C type, fractions and exponents are GW_ERR_RANGE; op: unknown */
                check_mut(src, vlen[i], from, MUT_REPLACE, t, "18446744073709551616", is_op ? GW_ERR_UNKNOWN_OP : GW_ERR_RANGE,
                          is_op ? "op" : NULL);
                check_mut(src, vlen[i], from, MUT_REPLACE, t, "1.5", is_op ? GW_ERR_UNKNOWN_OP : GW_ERR_RANGE, NULL);
                check_mut(src, vlen[i], from, MUT_REPLACE, t, "1e3", is_op ? GW_ERR_UNKNOWN_OP : GW_ERR_RANGE, NULL);
                if (!is_op && strcmp(info[t].key, "position") != 0)
                    check_mut(src, vlen[i], from, MUT_REPLACE, t, "-1", GW_ERR_RANGE, NULL);
            }
            if (k->type == GJ_OBJECT) {
                check_mut(src, vlen[i], from, MUT_ADD, t, NULL, GW_ERR_UNKNOWN_FIELD, NULL); /* D-02 */
                if (k->size) check_mut(src, vlen[i], from, MUT_DUP, t, NULL, GW_ERR_DUPLICATE_KEY, NULL); /* D-01 */
            }
        }
    }
    CHECK(mut_cases > 1000);
}

/* ---- hand-written error table: values the spec names ---- */
typedef struct ecase { gw_from from; const char *json; gw_err code; const char *path; } ecase;
#define GUILD_HEAD "{\"op\":5,\"d\":{\"type\":\"guild\",\"data\":{\"id\":\"1\",\"name\":\"n\",\"icon\":null,\"ownerID\":\"2\",\"region\":\"r\","
#define ROLE(x) "{\"op\":5,\"d\":{\"type\":\"role\",\"data\":{\"id\":\"1\",\"guildID\":\"2\",\"name\":\"n\"," x "}}}"
#define ROLE_OK(color, pos) ROLE("\"color\":" color ",\"position\":" pos ",\"permissions\":0")
#define USER(disc) "{\"op\":5,\"d\":{\"type\":\"user\",\"data\":{\"id\":\"1\",\"username\":\"u\",\"discriminator\":\"" disc "\",\"avatar\":null,\"bot\":true}}}"
#define MEMBER(at) "{\"op\":5,\"d\":{\"type\":\"member\",\"data\":{\"id\":\"1\",\"guildID\":\"2\",\"nickname\":null,\"roles\":[],\"joinedAt\":\"" at "\",\"user\":{\"id\":\"1\",\"username\":\"u\",\"discriminator\":\"0000\",\"avatar\":null,\"bot\":false}}}}"
#define EXEC(ids) "{\"op\":2,\"t\":\"EXECUTE_COMMAND\",\"d\":{\"command\":\"c\",\"raw\":\"\",\"ids\":{" ids "}}}"
#define IDS(msg, shard) "\"message\":" msg ",\"author\":\"1\",\"channel\":\"1\",\"guild\":\"1\",\"shard\":" shard
#define OVW(type) "{\"op\":5,\"d\":{\"type\":\"channel\",\"data\":{\"id\":\"1\",\"guildID\":\"2\",\"type\":0,\"position\":0,\"name\":\"c\",\"nsfw\":true,\"overwrites\":[{\"id\":\"3\",\"type\":" type ",\"allow\":1,\"deny\":2}]}}}"
static const ecase ecases[] = {
    /* 3.2 envelope, D-30..D-32 */
    { C, "{\"op\":6,\"d\":{}}", GW_ERR_UNKNOWN_OP, "op" },
    { C, "{\"op\":-1,\"d\":{}}", GW_ERR_UNKNOWN_OP, "op" },
    { S, "{\"op\":\"3\",\"d\":{}}", GW_ERR_TYPE, "op" },
    { S, "{\"d\":{}}", GW_ERR_MISSING, "op" },
    { S, "{\"op\":2,\"t\":\"NOPE\",\"d\":{}}", GW_ERR_UNKNOWN_EVENT, "t" },
    { S, "{\"op\":2,\"t\":\"identified\",\"d\":{}}", GW_ERR_UNKNOWN_EVENT, "t" },
    { S, "{\"op\":2,\"d\":{}}", GW_ERR_MISSING, "t" },
    { C, "{\"op\":2,\"t\":\"IDENTIFIED\",\"d\":{}}", GW_ERR_DIRECTION, "op" },  /* 3.3 */
    { S, "{\"op\":3,\"t\":\"X\",\"d\":{\"heartbeatInterval\":1}}", GW_ERR_UNKNOWN_FIELD, "t" },
    { S, "{\"op\":3,\"t\":null,\"d\":{\"heartbeatInterval\":1}}", GW_ERR_UNKNOWN_FIELD, "t" },
    { S, "{\"op\":4}", GW_ERR_MISSING, "d" },                                    /* D-31 */
    { S, "{\"op\":4,\"d\":null}", GW_ERR_TYPE, "d" },
    { S, "{\"op\":4,\"d\":[]}", GW_ERR_TYPE, "d" },
    { S, "{\"op\":1,\"d\":{\"x\":1}}", GW_ERR_UNKNOWN_FIELD, "d.x" },            /* D-33 */
    { S, "{\"op\":4,\"d\":{},\"s\":1}", GW_ERR_UNKNOWN_FIELD, "s" },
    { S, "[]", GW_ERR_TYPE, "" },
    { S, "{\"op\":4,\"d\":{}} x", GW_ERR_JSON, "" },
    { S, "{\"op\":4,\"op\":4,\"d\":{}}", GW_ERR_DUPLICATE_KEY, "" },
    { S, "{\"op\":4,\"d\":{}}", GW_OK, "" },
    { S, " {\"d\":{},\"op\":4} ", GW_OK, "" },                                   /* 0.1 any key order */
    /* 3.4 payloads */
    { S, "{\"op\":3,\"d\":{\"heartbeatInterval\":0}}", GW_ERR_VALUE, "d.heartbeatInterval" }, /* >= 1 */
    { S, "{\"op\":3,\"d\":{\"heartbeatInterval\":1}}", GW_OK, "" },
    { S, "{\"op\":3,\"d\":{\"heartbeatInterval\":4294967295}}", GW_OK, "" },
    { S, "{\"op\":3,\"d\":{\"heartbeatInterval\":4294967296}}", GW_ERR_RANGE, "d.heartbeatInterval" },
    { C, "{\"op\":0,\"d\":{\"type\":\"bot\",\"compress\":true,\"secret\":\"\"}}", GW_ERR_VALUE, "d.type" },
    { C, "{\"op\":0,\"d\":{\"type\":\"Sharder\",\"compress\":true,\"secret\":\"\"}}", GW_ERR_VALUE, "d.type" },
    { C, "{\"op\":0,\"d\":{\"type\":\"commands\",\"compress\":true,\"secret\":\"\"}}", GW_OK, "" },
    { C, "{\"op\":1,\"d\":{\"heapUsed\":18446744073709551615}}", GW_OK, "" },   /* D-35 uint64 */
    { C, "{\"op\":1,\"d\":{\"heapUsed\":1.0}}", GW_ERR_RANGE, "d.heapUsed" },
    { C, "{\"op\":1,\"d\":{\"heapUsed\":-0}}", GW_ERR_RANGE, "d.heapUsed" },
    { C, "{\"op\":1,\"d\":{\"heapUsed\":1,\"guilds\":null}}", GW_ERR_TYPE, "d.guilds" },
    { C, "{\"op\":1,\"d\":{\"heapUsed\":1,\"rss\":1}}", GW_ERR_UNKNOWN_FIELD, "d.rss" },  /* D-39 */
    { S, "{\"op\":2,\"t\":\"IDENTIFIED\",\"d\":{\"shards\":null}}", GW_ERR_TYPE, "d.shards" },
    { S, "{\"op\":2,\"t\":\"IDENTIFIED\",\"d\":{\"shards\":[]}}", GW_OK, "" },
    { S, "{\"op\":2,\"t\":\"IDENTIFIED\",\"d\":{\"shards\":[1,-1]}}", GW_ERR_RANGE, "d.shards[1]" },
    { C, EXEC(IDS("\"0\"", "0")), GW_OK, "" },
    { C, EXEC(IDS("\"18446744073709551615\"", "4294967295")), GW_OK, "" },
    { C, EXEC(IDS("\"18446744073709551616\"", "0")), GW_ERR_RANGE, "d.ids.message" },
    { C, EXEC(IDS("\"01\"", "0")), GW_ERR_VALUE, "d.ids.message" },
    { C, EXEC(IDS("\"\"", "0")), GW_ERR_VALUE, "d.ids.message" },
    { C, EXEC(IDS("\"1a\"", "0")), GW_ERR_VALUE, "d.ids.message" },
    { C, EXEC(IDS("12", "0")), GW_ERR_TYPE, "d.ids.message" },
    { C, EXEC(IDS("\"1\"", "4294967296")), GW_ERR_RANGE, "d.ids.shard" },
    /* 3.5 cache, D-34 */
    { C, "{\"op\":5,\"d\":{\"type\":\"Member\",\"data\":{}}}", GW_ERR_UNKNOWN_EVENT, "d.type" },
    { C, "{\"op\":5,\"d\":{\"type\":\"voice_state\",\"data\":{}}}", GW_ERR_UNKNOWN_EVENT, "d.type" },
    { C, "{\"op\":5,\"d\":{\"data\":{}}}", GW_ERR_MISSING, "d.type" },
    { C, "{\"op\":5,\"d\":7}", GW_ERR_TYPE, "d" },
    { C, "{\"op\":5}", GW_ERR_MISSING, "d" },
    { C, "{\"op\":5,\"d\":{\"type\":\"role\"}}", GW_ERR_MISSING, "d.data" },
    { C, "{\"op\":5,\"d\":{\"type\":\"user\",\"id\":\"1\",\"username\":\"u\",\"discriminator\":\"0001\",\"avatar\":null,\"bot\":true}}",
      GW_ERR_UNKNOWN_FIELD, "d.id" },                                           /* flattened form */
    { S, "{\"op\":5,\"d\":{\"type\":\"role\",\"data\":{}}}", GW_ERR_DIRECTION, "op" },
    { C, ROLE_OK("16777215", "-2147483648"), GW_OK, "" },
    { C, ROLE_OK("16777216", "0"), GW_ERR_RANGE, "d.data.color" },
    { C, ROLE_OK("0", "2147483648"), GW_ERR_RANGE, "d.data.position" },
    { C, ROLE("\"color\":0,\"position\":0,\"permissions\":\"8\""), GW_ERR_TYPE, "d.data.permissions" }, /* D-37 */
    { C, ROLE("\"color\":0,\"position\":0,\"permissions\":18446744073709551615"), GW_OK, "" },
    { C, USER("0000"), GW_OK, "" },
    { C, USER("001"), GW_ERR_VALUE, "d.data.discriminator" },
    { C, USER("00001"), GW_ERR_VALUE, "d.data.discriminator" },
    { C, USER("00a1"), GW_ERR_VALUE, "d.data.discriminator" },
    { C, OVW("\"member\""), GW_OK, "" },
    { C, OVW("\"everyone\""), GW_ERR_VALUE, "d.data.overwrites[0].type" },
    { C, OVW("1"), GW_ERR_TYPE, "d.data.overwrites[0].type" },
    { C, GUILD_HEAD "\"roles\":[],\"memberCount\":0,\"channels\":null}}}", GW_ERR_TYPE, "d.data.channels" }, /* D-38 */
    { C, GUILD_HEAD "\"roles\":[],\"memberCount\":0,\"voiceStates\":[{}]}}}", GW_ERR_MISSING, "d.data.voiceStates[0].guildID" },
    /* D-36 joinedAt */
    { C, MEMBER("2016-12-01T03:02:11.374000+00:00"), GW_OK, "" },
    { C, MEMBER("2016-02-29T00:00:00Z"), GW_OK, "" },
    { C, MEMBER("2000-02-29T23:59:60.123456789-12:30"), GW_OK, "" },
    { C, MEMBER("2017-02-29T00:00:00Z"), GW_ERR_VALUE, "d.data.joinedAt" },
    { C, MEMBER("1900-02-29T00:00:00Z"), GW_ERR_VALUE, "d.data.joinedAt" },
    { C, MEMBER("2016-04-31T00:00:00Z"), GW_ERR_VALUE, "d.data.joinedAt" },
    { C, MEMBER("2016-13-01T00:00:00Z"), GW_ERR_VALUE, "d.data.joinedAt" },
    { C, MEMBER("2016-12-00T00:00:00Z"), GW_ERR_VALUE, "d.data.joinedAt" },
    { C, MEMBER("2016-12-01t03:02:11Z"), GW_ERR_VALUE, "d.data.joinedAt" },
    { C, MEMBER("2016-12-01T03:02:11z"), GW_ERR_VALUE, "d.data.joinedAt" },
    { C, MEMBER("2016-12-01 03:02:11Z"), GW_ERR_VALUE, "d.data.joinedAt" },
    { C, MEMBER("2016-12-01T24:00:00Z"), GW_ERR_VALUE, "d.data.joinedAt" },
    { C, MEMBER("2016-12-01T23:60:00Z"), GW_ERR_VALUE, "d.data.joinedAt" },
    { C, MEMBER("2016-12-01T23:00:61Z"), GW_ERR_VALUE, "d.data.joinedAt" },
    { C, MEMBER("2016-12-01T03:02:11"), GW_ERR_VALUE, "d.data.joinedAt" },
    { C, MEMBER("2016-12-01T03:02:11.Z"), GW_ERR_VALUE, "d.data.joinedAt" },
    { C, MEMBER("2016-12-01T03:02:11.1234567890Z"), GW_ERR_VALUE, "d.data.joinedAt" },
    { C, MEMBER("2016-12-01T03:02:11+24:00"), GW_ERR_VALUE, "d.data.joinedAt" },
    { C, MEMBER("2016-12-01T03:02:11+00:60"), GW_ERR_VALUE, "d.data.joinedAt" },
    { C, MEMBER("2016-12-01T03:02:11+0000"), GW_ERR_VALUE, "d.data.joinedAt" },
    { C, MEMBER("2016-12-01T03:02:11Z "), GW_ERR_VALUE, "d.data.joinedAt" },
};

static void test_error_table(void)
{
    size_t i;
    for (i = 0; i < sizeof ecases / sizeof ecases[0]; i++) {
        gw_ms_msg m;
        gw_error e;
        char name[64];
        snprintf(name, sizeof name, "error table row %u", (unsigned)i);
        t_case_begin(name);
        CHECK_EQ(dec(ecases[i].json, strlen(ecases[i].json), ecases[i].from, &m, &e), ecases[i].code);
        CHECK_EQ(e.code, ecases[i].code);
        if (ecases[i].code != GW_ERR_JSON && ecases[i].code != GW_ERR_DUPLICATE_KEY) CHECK_STR(e.path, ecases[i].path);
        if (ecases[i].code) CHECK_EQ(m.kind, GW_MS_NONE);
        t_case_end();
    }
}

/* ---- randomised round trip ---- */
static uint64_t rng = 0x9E3779B97F4A7C15u;
static uint64_t rnd(void) { rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17; return rng; }
static uint32_t rn(uint32_t n) { return (uint32_t)(rnd() % n); }
static char pool[1 << 16];
static size_t pool_n;

static gw_str rstr(void)
{
    static const char *const parts[] = { "a", "Z", "\"", "\\", "\n", "\t", "\x01", "\x1f", "/", " ",
                                         "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80", "\x7f", "#" };
    gw_str s;
    uint32_t n = rn(8), i;
    s.ptr = pool + pool_n;
    s.escaped = 0;
    for (i = 0; i < n; i++) {
        if (rn(10) == 0) pool[pool_n++] = 0; /* NUL inside the string */
        else {
            const char *p = parts[rn(sizeof parts / sizeof parts[0])];
            size_t l = strlen(p);
            memcpy(pool + pool_n, p, l);
            pool_n += l;
        }
    }
    s.len = (uint32_t)(pool + pool_n - s.ptr);
    return s;
}
static gw_str lit(const char *txt)
{
    gw_str s;
    size_t l = strlen(txt);
    memcpy(pool + pool_n, txt, l);
    s.ptr = pool + pool_n; s.len = (uint32_t)l; s.escaped = 0;
    pool_n += l;
    return s;
}
static uint64_t rid(void)
{
    switch (rn(4)) { case 0: return 0; case 1: return UINT64_MAX; default: return rnd(); }
}
static uint64_t r64(void) { return rn(3) ? rnd() >> rn(64) : (rn(2) ? 0 : UINT64_MAX); }
static uint32_t r32(void) { return rn(3) ? (uint32_t)(rnd() >> rn(33)) : (rn(2) ? 0 : UINT32_MAX); }
static int32_t ri32(void) { return rn(3) ? (int32_t)(uint32_t)rnd() : (rn(2) ? INT32_MIN : INT32_MAX); }
static bool rb(void) { return rn(2) != 0; }

static gw_str rdatetime(void)
{
    char b[48];
    static const int md[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    int mo = (int)rn(12) + 1, n;
    n = snprintf(b, sizeof b, "%04u-%02d-%02uT%02u:%02u:%02u", 1970 + rn(130), mo, 1 + rn((uint32_t)md[mo - 1]),
                 rn(24), rn(60), rn(61));
    if (rb()) { uint32_t k = 1 + rn(9), i; b[n++] = '.'; for (i = 0; i < k; i++) b[n++] = (char)('0' + rn(10)); }
    if (rb()) b[n++] = 'Z', b[n] = 0;
    else snprintf(b + n, sizeof b - (size_t)n, "%c%02u:%02u", rb() ? '+' : '-', rn(24), rn(60));
    return lit(b);
}

static gw_ms_role roles[8];
static gw_ms_member members[8];
static gw_ms_voice_state vstates[8];
static gw_ms_channel channels[8];
static gw_ms_overwrite ovw[8][6];
static uint64_t member_roles[8][6];

static void ruser(gw_ms_user *u)
{
    char d[5];
    snprintf(d, sizeof d, "%04u", rn(10000));
    u->id = rid(); u->username = rstr(); u->discriminator = lit(d);
    u->has_avatar = rb(); if (u->has_avatar) u->avatar = rstr();
    u->bot = rb();
}
static void rmember(gw_ms_member *m, uint64_t *rl)
{
    uint32_t i;
    m->id = rid(); m->guild_id = rid();
    m->has_nickname = rb(); if (m->has_nickname) m->nickname = rstr();
    m->roles.count = rn(7); m->roles.items = rl;
    for (i = 0; i < m->roles.count; i++) rl[i] = rid();
    m->joined_at = rdatetime();
    ruser(&m->user);
}
static void rrole(gw_ms_role *r)
{
    r->id = rid(); r->guild_id = rid(); r->name = rstr(); r->color = rn(0x1000000);
    r->position = ri32(); r->permissions = r64();
}
static void rchannel(gw_ms_channel *c, gw_ms_overwrite *o)
{
    uint32_t i;
    c->id = rid(); c->guild_id = rid(); c->type = r32(); c->position = ri32(); c->name = rstr(); c->nsfw = rb();
    c->has_overwrites = rb();
    if (c->has_overwrites) {
        c->overwrites.count = rn(7); c->overwrites.items = o;
        for (i = 0; i < c->overwrites.count; i++) {
            o[i].id = rid(); o[i].allow = r64(); o[i].deny = r64();
            o[i].type = rb() ? GW_MS_OVERWRITE_ROLE : GW_MS_OVERWRITE_MEMBER;
        }
    }
    c->has_user_limit = rb(); if (c->has_user_limit) c->user_limit = r32();
    c->has_parent_id = rb(); if (c->has_parent_id) c->parent_id = rid();
}
static void rvoice(gw_ms_voice_state *v)
{
    v->guild_id = rid(); v->channel_id = rid(); v->user_id = rid();
    v->deaf = rb(); v->mute = rb(); v->self_deaf = rb(); v->self_mute = rb();
}

/* Build a random valid message of kind k (cache type ct); returns its sender. */
static gw_from rmsg(gw_ms_msg *m, gw_ms_kind k, gw_ms_cache_type ct)
{
    uint32_t i;
    memset(m, 0, sizeof *m);
    pool_n = 0;
    m->kind = k;
    switch (k) {
    case GW_MS_IDENTIFY:
        m->u.identify.type = (gw_ms_service)rn(5); m->u.identify.compress = rb(); m->u.identify.secret = rstr();
        return C;
    case GW_MS_HEARTBEAT:
        m->u.heartbeat.heap_used = r64();
        m->u.heartbeat.has_guilds = rb(); if (m->u.heartbeat.has_guilds) m->u.heartbeat.guilds = r32();
        return C;
    case GW_MS_HEARTBEAT_REQUEST: case GW_MS_HEARTBEAT_ACK: return S;
    case GW_MS_EXECUTE_COMMAND: {
        gw_ms_execute_command *x = &m->u.execute_command;
        x->command = rstr(); x->raw = rstr();
        x->ids.message = rid(); x->ids.author = rid(); x->ids.channel = rid(); x->ids.guild = rid(); x->ids.shard = r32();
        return rb() ? C : S;
    }
    case GW_MS_IDENTIFIED:
        m->u.identified.has_shards = rb();
        if (m->u.identified.has_shards) {
            static uint32_t sh[8];
            m->u.identified.shards.count = rn(9); m->u.identified.shards.items = sh;
            for (i = 0; i < 8; i++) sh[i] = r32();
        }
        return S;
    case GW_MS_HELLO: m->u.hello.heartbeat_interval = 1 + rn(UINT32_MAX); return S;
    case GW_MS_CACHE: break;
    default: return C;
    }
    m->u.cache.type = ct;
    switch (ct) {
    case GW_MS_CACHE_MEMBER: rmember(&m->u.cache.u.member, member_roles[0]); break;
    case GW_MS_CACHE_ROLE: rrole(&m->u.cache.u.role); break;
    case GW_MS_CACHE_USER: ruser(&m->u.cache.u.user); break;
    case GW_MS_CACHE_CHANNEL: rchannel(&m->u.cache.u.channel, ovw[0]); break;
    case GW_MS_CACHE_VOICE_STATE: rvoice(&m->u.cache.u.voice_state); break;
    case GW_MS_CACHE_GUILD: {
        gw_ms_guild *g = &m->u.cache.u.guild;
        g->id = rid(); g->owner_id = rid(); g->name = rstr(); g->region = rstr(); g->member_count = r32();
        g->has_icon = rb(); if (g->has_icon) g->icon = rstr();
        g->roles.count = rn(5); g->roles.items = roles;
        for (i = 0; i < g->roles.count; i++) rrole(&roles[i]);
        g->has_members = rb();
        if (g->has_members) {
            g->members.count = rn(5); g->members.items = members;
            for (i = 0; i < g->members.count; i++) rmember(&members[i], member_roles[i]);
        }
        g->has_voice_states = rb();
        if (g->has_voice_states) {
            g->voice_states.count = rn(5); g->voice_states.items = vstates;
            for (i = 0; i < g->voice_states.count; i++) rvoice(&vstates[i]);
        }
        g->has_channels = rb();
        if (g->has_channels) {
            g->channels.count = rn(5); g->channels.items = channels;
            for (i = 0; i < g->channels.count; i++) rchannel(&channels[i], ovw[i]);
        }
        break;
    }
    }
    return C;
}

static void test_random_round_trip(void)
{
    static const gw_ms_kind kinds[] = { GW_MS_IDENTIFY, GW_MS_HEARTBEAT, GW_MS_HEARTBEAT_REQUEST, GW_MS_EXECUTE_COMMAND,
                                        GW_MS_IDENTIFIED, GW_MS_HELLO, GW_MS_HEARTBEAT_ACK };
    uint32_t kind_i, it, failures = 0, rounds = 0;
    for (kind_i = 0; kind_i < 7 + 6; kind_i++) {
        gw_ms_kind k = kind_i < 7 ? kinds[kind_i] : GW_MS_CACHE;
        gw_ms_cache_type ct = (gw_ms_cache_type)(kind_i < 7 ? 0 : kind_i - 7);
        for (it = 0; it < 2000; it++) {
            gw_ms_msg m, d;
            gw_error e;
            size_t n1 = 0, n2 = 0;
            gw_from from = rmsg(&m, k, ct);
            gw_err r1 = gw_ms_encode(&m, out1, sizeof out1, &n1, &e);
            gw_err r2 = r1 ? r1 : dec(out1, n1, from, &d, &e);
            gw_err r3 = r2 ? r2 : gw_ms_encode(&d, out2, sizeof out2, &n2, &e);
            rounds++;
            if (r3 || d.kind != k || !gw_ms_equal(&m, &d) || n1 != n2 || memcmp(out1, out2, n1) != 0) {
                if (failures++ < 3)
                    fprintf(stderr, "round trip kind %d/%d: %s at %s: %.*s\n", (int)k, (int)ct,
                            gw_strerror(e.code), e.path, (int)n1, out1);
            }
        }
    }
    CHECK_EQ(failures, 0);
    CHECK_EQ(rounds, 13 * 2000);
}

/* gw_ms_equal must tell messages apart, or the round trip above proves nothing. */
static void test_equal_discriminates(void)
{
    gw_ms_msg a, b;
    rmsg(&a, GW_MS_CACHE, GW_MS_CACHE_ROLE);
    b = a;
    CHECK(gw_ms_equal(&a, &b));
    b.u.cache.u.role.color ^= 1;
    CHECK(!gw_ms_equal(&a, &b));
    b = a;
    b.u.cache.type = GW_MS_CACHE_USER;
    CHECK(!gw_ms_equal(&a, &b));
    rmsg(&a, GW_MS_CACHE, GW_MS_CACHE_GUILD);
    a.u.cache.u.guild.has_channels = true;
    a.u.cache.u.guild.channels.count = 1; a.u.cache.u.guild.channels.items = channels;
    b = a;
    CHECK(gw_ms_equal(&a, &b));
    channels[1] = channels[0];
    channels[1].nsfw = !channels[1].nsfw;
    b.u.cache.u.guild.channels.items = channels + 1;
    CHECK(!gw_ms_equal(&a, &b));
}

/* ---- encoder refusals ---- */
static void enc_expect(const gw_ms_msg *m, gw_err code, const char *path)
{
    gw_error e;
    size_t n = 99;
    memset(out1, 'x', 16);
    CHECK_EQ(gw_ms_encode(m, out1, sizeof out1, &n, &e), code);
    CHECK_EQ(e.code, code);
    CHECK_STR(e.path, path);
    CHECK_EQ(out1[0], 0);
    CHECK_EQ(n, 0);
}

static void test_encode_invalid(void)
{
    gw_ms_msg m;
    static const char bad_utf8[] = { 'a', (char)0xC3, 0 };
    memset(&m, 0, sizeof m);
    enc_expect(&m, GW_ERR_INVALID, "kind");
    m.kind = (gw_ms_kind)99;
    enc_expect(&m, GW_ERR_INVALID, "kind");
    rmsg(&m, GW_MS_IDENTIFY, GW_MS_CACHE_MEMBER);
    m.u.identify.secret = gw_str_c(bad_utf8);
    enc_expect(&m, GW_ERR_INVALID, "d.secret");
    rmsg(&m, GW_MS_IDENTIFY, GW_MS_CACHE_MEMBER);
    m.u.identify.type = (gw_ms_service)5;
    enc_expect(&m, GW_ERR_INVALID, "d.type");
    rmsg(&m, GW_MS_HELLO, GW_MS_CACHE_MEMBER);
    m.u.hello.heartbeat_interval = 0;
    enc_expect(&m, GW_ERR_INVALID, "d.heartbeatInterval");
    rmsg(&m, GW_MS_CACHE, GW_MS_CACHE_MEMBER);
    m.u.cache.u.member.joined_at = gw_str_c("2016-12-01T03:02:11+00:00x");
    enc_expect(&m, GW_ERR_INVALID, "d.data.joinedAt");
    rmsg(&m, GW_MS_CACHE, GW_MS_CACHE_MEMBER);
    m.u.cache.u.member.roles.count = 2; m.u.cache.u.member.roles.items = NULL;
    enc_expect(&m, GW_ERR_INVALID, "d.data.roles");
    rmsg(&m, GW_MS_CACHE, GW_MS_CACHE_MEMBER);
    m.u.cache.u.member.user.discriminator = gw_str_c("12a4");
    enc_expect(&m, GW_ERR_INVALID, "d.data.user.discriminator");
    rmsg(&m, GW_MS_CACHE, GW_MS_CACHE_USER);
    m.u.cache.u.user.discriminator = gw_str_c("123");
    enc_expect(&m, GW_ERR_INVALID, "d.data.discriminator");
    rmsg(&m, GW_MS_CACHE, GW_MS_CACHE_ROLE);
    m.u.cache.u.role.color = 0x1000000;
    enc_expect(&m, GW_ERR_INVALID, "d.data.color");
    rmsg(&m, GW_MS_CACHE, GW_MS_CACHE_GUILD);
    m.u.cache.u.guild.has_members = true; m.u.cache.u.guild.members.count = 1; m.u.cache.u.guild.members.items = NULL;
    enc_expect(&m, GW_ERR_INVALID, "d.data.members");
    rmsg(&m, GW_MS_CACHE, GW_MS_CACHE_GUILD);
    m.u.cache.u.guild.has_channels = true; m.u.cache.u.guild.channels.count = 1; m.u.cache.u.guild.channels.items = channels;
    rchannel(&channels[0], ovw[0]);
    channels[0].has_overwrites = true; channels[0].overwrites.count = 1;
    ovw[0][0].type = (gw_ms_overwrite_type)2;
    enc_expect(&m, GW_ERR_INVALID, "d.data.channels[0].overwrites[0].type");
    rmsg(&m, GW_MS_CACHE, GW_MS_CACHE_VOICE_STATE);
    m.u.cache.type = (gw_ms_cache_type)6;
    enc_expect(&m, GW_ERR_INVALID, "d.type");
}

static void test_encode_buffer(void)
{
    gw_ms_msg m;
    gw_error e;
    size_t n, full;
    CHECK_EQ(dec(vtext[3], vlen[3], C, &m, &e), GW_OK);
    CHECK_EQ(gw_ms_encode(&m, out2, sizeof out2, &full, &e), GW_OK);
    memset(out1, 'x', 64);
    CHECK_EQ(gw_ms_encode(&m, out1, 40, &n, &e), GW_ERR_BUFFER);
    CHECK_EQ(e.needed, full + 1);
    CHECK_EQ(out1[0], 0);
    CHECK_EQ(gw_ms_encode(&m, out1, full, &n, &e), GW_ERR_BUFFER);
    CHECK_EQ(out1[0], 0);
    CHECK_EQ(gw_ms_encode(&m, out1, full + 1, &n, &e), GW_OK);
    CHECK(n == full && memcmp(out1, out2, full + 1) == 0);
}

/* Scratch holds tokens and arrays; every size either works or says what would (0.2). */
static void test_scratch(void)
{
    size_t size, retried = 0, ok = 0;
    for (size = 0; size < 12000; size += 7) {
        unsigned char *s = (unsigned char *)malloc(size ? size : 1);
        gw_ms_msg m;
        gw_error e;
        gw_err r = gw_ms_decode(vtext[3], vlen[3], C, &m, s, size, &e);
        free(s);
        if (r == GW_OK) { ok++; CHECK(m.u.cache.u.guild.members.count == 2); continue; }
        CHECK_EQ(r, GW_ERR_SCRATCH);
        CHECK_EQ(m.kind, GW_MS_NONE);
        CHECK(e.needed > size);
        s = (unsigned char *)malloc(e.needed);
        CHECK_EQ(gw_ms_decode(vtext[3], vlen[3], C, &m, s, e.needed, &e), GW_OK);
        CHECK_EQ(m.kind, GW_MS_CACHE);
        CHECK(m.kind == GW_MS_CACHE && m.u.cache.u.guild.channels.count == 3 &&
              m.u.cache.u.guild.channels.items[1].overwrites.items[1].allow == 3072);
        free(s);
        retried++;
    }
    CHECK(retried > 100 && ok > 100);
}

static void test_zero_alloc(void)
{
    unsigned long before = t_allocs();
    size_t i, n;
    for (i = 0; i < NVEC; i++) {
        gw_ms_msg m;
        gw_error e;
        CHECK_EQ(dec(vtext[i], vlen[i], vecs[i].from, &m, &e), GW_OK);
        CHECK_EQ(gw_ms_encode(&m, out1, sizeof out1, &n, &e), GW_OK);
        CHECK(gw_ms_equal(&m, &m));
    }
    CHECK_EQ(t_allocs(), before);
}

static void test_generic_entry(void)
{
    gw_ms_msg m;
    gw_error e;
    CHECK_STR(gw_proto_name(GW_PROTO_MS), "microservice");
    CHECK_EQ(gw_proto_find("microservice"), GW_PROTO_MS);
    CHECK_STR(gw_kind_name(GW_PROTO_MS, GW_MS_HEARTBEAT_REQUEST), "GW_MS_HEARTBEAT_REQUEST");
    CHECK_EQ(gw_decode(GW_PROTO_MS, vtext[17], vlen[17], S, &m, SCRATCH, &e), GW_OK);
    CHECK(m.kind == GW_MS_HELLO && m.u.hello.heartbeat_interval == 30000);
}

int main(void)
{
    load_vectors();
    RUN(test_vectors);
    RUN(test_canonical_output);
    RUN(test_mutations);
    RUN(test_error_table);
    RUN(test_random_round_trip);
    RUN(test_equal_discriminates);
    RUN(test_encode_invalid);
    RUN(test_encode_buffer);
    RUN(test_scratch);
    RUN(test_zero_alloc);
    RUN(test_generic_entry);
    printf("microservice: %d mutation decodes checked\n", mut_cases);
    return t_summary("microservice");
}
