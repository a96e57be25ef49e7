/* test_peek.c - gw_<p>_peek / gw_peek read the envelope only: the kind agrees with the full decoder
   on every vector and on thousands of mutated messages, a malformed envelope gives the decoder's
   error (code, offset and path), and what peek does not read (a body, invalid JSON in it too) is
   left to decode. Prints a peek vs decode timing (not asserted).
   Every protocol of the build: test_peek_toy runs it with the toy's vectors too (with_toy.h). */
#include "with_toy.h"
#include "t.h"
#include "../gateway.h"
#include "gw_mut.h"
#include "all_vectors.h"
#include <time.h>

static unsigned char scratch[1 << 16], scratch2[1 << 16];
static char mbuf[1 << 14], mbuf2[1 << 14];

static int nfiles; /* nvecs: every vector of every protocol of the build (all_vectors.h) */

static unsigned long compared, agreed_ok, agreed_err, body_only;

/* The property: peek fails => decode fails with the same code, offset and path;
   both succeed => same kind; peek ok + decode fails = an error inside the body. */
static void agree(gw_proto p, const char *buf, size_t len, gw_from from, size_t scratch_size)
{
    gw_any_msg m;
    gw_envelope pk;
    gw_error e1, e2;
    gw_err r1 = gw_peek(p, buf, len, from, &pk, scratch, scratch_size, &e1);
    gw_err r2 = gw_decode(p, buf, len, from, &m, scratch2, scratch_size, &e2);
    int kind;
    memcpy(&kind, &m, sizeof kind);
    compared++;
    /* peek keeps tokens in scratch, the one-pass decoder only arrays: it may fit where peek does not */
    if (r1 == GW_ERR_SCRATCH && r2 == GW_OK) { agreed_err++; return; }
    if (r1 != GW_OK) {
        agreed_err++;
        CHECK_EQ(pk.kind, 0);
        if (r2 != r1 || e1.offset != e2.offset || strcmp(e1.path, e2.path) != 0 || e1.json != e2.json)
            t_failf(__FILE__, __LINE__, "%s from %d: peek %s at %zu \"%s\", decode %s at %zu \"%s\": %.*s",
                    gw_proto_name(p), (int)from, gw_strerror(r1), e1.offset, e1.path, gw_strerror(r2), e2.offset,
                    e2.path, (int)(len < 200 ? len : 200), buf);
        return;
    }
    CHECK(pk.kind_name != NULL && strcmp(pk.kind_name, gw_kind_name(p, pk.kind)) == 0);
    if (r2 == GW_OK) {
        agreed_ok++;
        if (kind != pk.kind)
            t_failf(__FILE__, __LINE__, "%s: peek kind %s, decode kind %s: %.*s", gw_proto_name(p), pk.kind_name,
                    gw_kind_name(p, kind), (int)(len < 200 ? len : 200), buf);
        if (p == GW_PROTO_I386) {
            CHECK_EQ(pk.has_seq, m.i386.has_s);
            if (pk.has_seq) CHECK_EQ(pk.seq, m.i386.s);
        }
    } else {
        body_only++;
        CHECK(r2 != GW_ERR_UNKNOWN_OP && r2 != GW_ERR_DIRECTION && r2 != GW_ERR_TOO_LARGE); /* (JSON: a body peek did not read) */
    }
}

static void test_vectors(void)
{
    int i;
    for (i = 0; i < nfiles; i++) {
        const vec *f = &vecs[i];
        gw_envelope pk;
        gw_error e;
        t_case_begin(f->name);
        CHECK_ERR(gw_peek(f->p, f->buf, f->len, f->from, &pk, scratch, sizeof scratch, &e), GW_OK);
        agree(f->p, f->buf, f->len, GW_FROM_CLIENT, sizeof scratch);
        agree(f->p, f->buf, f->len, GW_FROM_SERVER, sizeof scratch);
        t_case_end();
    }
}

/* Envelope fields on a few vectors, through the per-protocol entry points */
static const char *vec_named(const char *name, size_t *len)
{
    int i;
    for (i = 0; i < nfiles; i++) if (strcmp(vecs[i].name, name) == 0) { *len = vecs[i].len; return vecs[i].buf; }
    fprintf(stderr, "no vector %s\n", name);
    exit(2);
}

static void test_fields(void)
{
    gw_envelope pk;
    gw_error e;
    size_t n;
    const char *s;
    s = vec_named("i386chat_client_execute_alias_e.json", &n);
    CHECK_ERR(gw_i386_peek(s, n, GW_FROM_CLIENT, &pk, scratch, sizeof scratch, &e), GW_OK);
    CHECK_EQ(pk.kind, GW_I386_C_START_TYPING);
    CHECK_EQ(pk.op, 130);
    CHECK(gw_str_eq(pk.name, "START_TYPING", 12));
    s = "{\"f\":130,\"cnf\":{},\"s\":42,\"t\":\"GATEWAY_DOWN\"}";
    CHECK_ERR(gw_i386_peek(s, strlen(s), GW_FROM_SERVER, &pk, scratch, sizeof scratch, &e), GW_OK);
    CHECK_EQ(pk.kind, GW_I386_S_GATEWAY_DOWN);
    CHECK(pk.has_seq && pk.seq == 42);
    s = "{\"f\":130,\"cnf\":{},\"s\":-1,\"t\":\"GATEWAY_DOWN\"}"; /* a bad s is a body error: no seq */
    CHECK_ERR(gw_i386_peek(s, strlen(s), GW_FROM_SERVER, &pk, scratch, sizeof scratch, &e), GW_OK);
    CHECK(!pk.has_seq);
    s = vec_named("dmod_server_event_guild_privilege_update_alias_ev.json", &n);
    CHECK_ERR(gw_dmod_peek(s, n, GW_FROM_SERVER, &pk, scratch, sizeof scratch, &e), GW_OK);
    CHECK_EQ(pk.kind, GW_DMOD_EV_GUILD_PRIVILEGE_UPDATE);
    CHECK(gw_str_eq(pk.name, "GUILD_PRIVILEGE_UPDATE", 22));
    s = vec_named("dmod_server_cmd_response_desconnect_guild.json", &n);
    CHECK_ERR(gw_dmod_peek(s, n, GW_FROM_SERVER, &pk, scratch, sizeof scratch, &e), GW_OK);
    CHECK_EQ(pk.kind, GW_DMOD_RESP_DISCONNECT_GUILD);
    CHECK_EQ(pk.op, 7);
    CHECK(gw_str_eq(pk.name, "DESCONNECT_GUILD", 16));
    s = vec_named("nightingale_server_event_track_start_wrapped.json", &n);
    CHECK_ERR(gw_ng_peek(s, n, GW_FROM_SERVER, &pk, scratch, sizeof scratch, &e), GW_OK);
    CHECK_EQ(pk.kind, GW_NG_TRACK_START);
    CHECK(gw_str_eq(pk.op_name, "event", 5) && gw_str_eq(pk.name, "track_start", 11) && pk.op == 0);
    s = "{\"op\":5,\"d\":{\"type\":\"voiceState\",\"data\":{}}}"; /* body wrong, envelope right */
    CHECK_ERR(gw_ms_peek(s, strlen(s), GW_FROM_CLIENT, &pk, scratch, sizeof scratch, &e), GW_OK);
    CHECK_EQ(pk.kind, GW_MS_CACHE);
    CHECK(gw_str_eq(pk.name, "voiceState", 10));
    s = "{\"type\":3}";
    CHECK_ERR(gw_sm_peek(s, strlen(s), GW_FROM_CLIENT, &pk, scratch, sizeof scratch, &e), GW_OK);
    CHECK_EQ(pk.kind, GW_SM_PING);
    CHECK(pk.name.ptr == NULL);
    /* envelope errors */
    s = "{\"op\":9,\"d\":{}}";
    CHECK_ERR(gw_ms_peek(s, strlen(s), GW_FROM_CLIENT, &pk, scratch, sizeof scratch, &e), GW_ERR_UNKNOWN_OP);
    CHECK_STR(e.path, "op");
    s = "{\"op\":3,\"d\":{\"heartbeatInterval\":5}}";
    CHECK_ERR(gw_ms_peek(s, strlen(s), GW_FROM_CLIENT, &pk, scratch, sizeof scratch, &e), GW_ERR_DIRECTION);
    s = "{\"d\":{}}";
    CHECK_ERR(gw_ms_peek(s, strlen(s), GW_FROM_CLIENT, &pk, scratch, sizeof scratch, &e), GW_ERR_MISSING);
    s = "{\"op\":\"1\",\"d\":{}}";
    CHECK_ERR(gw_ms_peek(s, strlen(s), GW_FROM_CLIENT, &pk, scratch, sizeof scratch, &e), GW_ERR_TYPE);
    s = "{\"op\":2,\"t\":\"NOPE\",\"d\":{}}";
    CHECK_ERR(gw_ms_peek(s, strlen(s), GW_FROM_CLIENT, &pk, scratch, sizeof scratch, &e), GW_ERR_UNKNOWN_EVENT);
    CHECK_STR(e.path, "t");
    s = "{\"op\":1,\"d\":{},}";
    CHECK_ERR(gw_ms_peek(s, strlen(s), GW_FROM_CLIENT, &pk, scratch, sizeof scratch, &e), GW_ERR_JSON);
    s = "[1]";
    CHECK_ERR(gw_ms_peek(s, strlen(s), GW_FROM_CLIENT, &pk, scratch, sizeof scratch, &e), GW_ERR_TYPE);
    CHECK_ERR(gw_peek(GW_PROTO_NONE, s, strlen(s), GW_FROM_CLIENT, &pk, scratch, sizeof scratch, &e), GW_ERR_ARG);
    CHECK_ERR(gw_peek(GW_PROTO_MS, s, strlen(s), GW_FROM_CLIENT, NULL, scratch, sizeof scratch, &e), GW_ERR_ARG);
    CHECK_ERR(gw_peek(GW_PROTO_MS, s, strlen(s), (gw_from)0, &pk, scratch, sizeof scratch, &e), GW_ERR_ARG);
}

/* Size caps and scratch: the same verdict as decode. */
static void test_caps(void)
{
    size_t n, i;
    const char *s = vec_named("i386chat_client_heartbeat.json", &n);
    memcpy(mbuf, s, n);
    for (i = n; i < 4097; i++) mbuf[i] = ' ';
    agree(GW_PROTO_I386, mbuf, 4096, GW_FROM_CLIENT, sizeof scratch);
    agree(GW_PROTO_I386, mbuf, 4097, GW_FROM_CLIENT, sizeof scratch);
    agree(GW_PROTO_I386, mbuf, 4097, GW_FROM_SERVER, sizeof scratch);
    agree(GW_PROTO_DMOD, mbuf, 1001, GW_FROM_CLIENT, sizeof scratch);
    {
        gw_envelope pk;
        gw_error e;
        CHECK_ERR(gw_i386_peek(mbuf, 4097, GW_FROM_CLIENT, &pk, scratch, sizeof scratch, &e), GW_ERR_TOO_LARGE);
    }
    for (i = 0; i < (size_t)nfiles; i++) { /* too little scratch for the tokens */
        size_t sz;
        for (sz = 0; sz < 200; sz += 24) agree(vecs[i].p, vecs[i].buf, vecs[i].len, vecs[i].from, sz);
    }
}

/* Mutated messages: every value of every vector dropped, retyped, replaced by envelope values
   (ops, names from every protocol, wrong types), objects given unknown and duplicate keys, then
   pairs of random envelope mutations, truncations and byte flips. */
static const char *const repl[] = {
    "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "100", "110", "120", "130", "140", "150", "-1", "-0", "1.0",
    "1e2", "99999999999999999999", "null", "true", "{}", "[]", "\"x\"", "\"ready\"", "\"forward\"",
    "\"update_state\"", "\"event\"", "\"connect_gateway\"", "\"track_start\"", "\"track_end\"", "\"MESSAGE_CREATE\"",
    "\"START_TYPING\"", "\"GATEWAY_DOWN\"", "\"SYSTEM_BAN_ADD\"", "\"EXECUTE_COMMAND\"", "\"IDENTIFIED\"",
    "\"member\"", "\"voiceState\"", "\"GUILD_PRIVILEGE_UPDATE\"", "\"CONNECT_GUILD\"", "\"DESCONNECT_GUILD\"",
    "\"APPLICATION_SESSION\"", "\"GATEWAY_HELLO\"", "\"GATEWAY_PING\"", "\"GATEWAY_READY\"", "\"INTERACTION_DISCORD\"",
    "\"GATEWAY_SHARD_INFO\"", "\"gateway\"", "\"START\\u005fTYPING\"", "{\"for\":\"CONNECT_GUILD\"}",
    "{\"type\":\"role\",\"data\":{}}", "{\"type\":\"track_end\",\"data\":{}}",
};
#define NREPL (sizeof repl / sizeof repl[0])

static void test_mutations(void)
{
    static mut_doc d, d2;
    int i, round;
    uint32_t t, k;
    for (i = 0; i < nfiles; i++) {
        const vec *f = &vecs[i];
        if (!mut_load(&d, f->buf, f->len)) continue;
        for (t = 1; t < d.n; t++) {
            size_t n;
            if (d.path[t][0] == 0) continue; /* a key token */
            n = mut_apply(&d, t, MUT_DROP, NULL, mbuf, sizeof mbuf);
            if (d.key[t] && n < sizeof mbuf) { agree(f->p, mbuf, n, GW_FROM_CLIENT, sizeof scratch); agree(f->p, mbuf, n, GW_FROM_SERVER, sizeof scratch); }
            n = mut_apply(&d, t, MUT_REPLACE, mut_other_type(&d, t), mbuf, sizeof mbuf);
            if (n < sizeof mbuf) agree(f->p, mbuf, n, f->from, sizeof scratch);
            if (d.toks[t].type == GJ_OBJECT) {
                n = mut_apply(&d, t, MUT_ADDKEY, NULL, mbuf, sizeof mbuf);
                if (n < sizeof mbuf) agree(f->p, mbuf, n, f->from, sizeof scratch);
                n = mut_apply(&d, t, MUT_DUPKEY, NULL, mbuf, sizeof mbuf);
                if (n < sizeof mbuf) agree(f->p, mbuf, n, f->from, sizeof scratch);
            }
            /* envelope values go where envelope keys live: the root's members and one level down */
            if (strchr(d.path[t], '.') == NULL || strncmp(d.path[t], "d.", 2) == 0 || strncmp(d.path[t], "data.", 5) == 0) {
                if (strchr(d.path[t], '[') != NULL) continue;
                for (k = 0; k < NREPL; k++) {
                    n = mut_apply(&d, t, MUT_REPLACE, repl[k], mbuf, sizeof mbuf);
                    if (n >= sizeof mbuf) continue;
                    agree(f->p, mbuf, n, GW_FROM_CLIENT, sizeof scratch);
                    agree(f->p, mbuf, n, GW_FROM_SERVER, sizeof scratch);
                }
            }
        }
        /* random pairs of envelope mutations, as another protocol too */
        for (round = 0; round < 150; round++) {
            size_t n;
            uint32_t a, b;
            if (d.n < 2) break;
            a = 1 + rng_below(d.n - 1);
            n = mut_apply(&d, a, rng_bool() ? MUT_REPLACE : MUT_DROP, repl[rng_below(NREPL)], mbuf, sizeof mbuf);
            if (n >= sizeof mbuf || !mut_load(&d2, mbuf, n)) { agree(f->p, mbuf, n < sizeof mbuf ? n : 0, f->from, sizeof scratch); continue; }
            if (d2.n > 1) {
                b = 1 + rng_below(d2.n - 1);
                n = mut_apply(&d2, b, MUT_REPLACE, repl[rng_below(NREPL)], mbuf2, sizeof mbuf2);
                if (n < sizeof mbuf2) {
                    agree(f->p, mbuf2, n, rng_bool() ? GW_FROM_CLIENT : GW_FROM_SERVER, sizeof scratch);
                    agree((gw_proto)(1 + rng_below(GW_PROTO_COUNT_ - 1)), mbuf2, n, rng_bool() ? GW_FROM_CLIENT : GW_FROM_SERVER, sizeof scratch);
                }
            }
        }
        /* truncations and byte flips: invalid JSON mostly */
        for (round = 0; round < 40 && f->len < sizeof mbuf; round++) {
            size_t n = rng_below((uint32_t)f->len + 1);
            memcpy(mbuf, f->buf, f->len);
            agree(f->p, mbuf, n, f->from, sizeof scratch);
            mbuf[rng_below((uint32_t)f->len)] = "{}[]\":,x \\0"[rng_below(11)];
            agree(f->p, mbuf, f->len, f->from, sizeof scratch);
        }
    }
    CHECK(compared > 20000);
    printf("peek: %lu messages compared (%lu both ok, %lu same envelope error, %lu body-only errors)\n",
           compared, agreed_ok, agreed_err, body_only);
}

static void test_no_alloc(void)
{
    unsigned long before = t_allocs();
    int i;
    for (i = 0; i < nfiles; i++) {
        gw_envelope pk;
        gw_error e;
        (void)gw_peek(vecs[i].p, vecs[i].buf, vecs[i].len, vecs[i].from, &pk, scratch, sizeof scratch, &e);
    }
    CHECK_EQ(t_allocs(), before);
}

/* ns per message over all vectors; printed, not asserted */
static void timing(void)
{
    int iters = 2000, it, i;
    clock_t c0, c1, c2;
    gw_any_msg m;
    gw_envelope pk;
    gw_error e;
    unsigned long sink = 0;
    double n = (double)iters * nfiles;
    c0 = clock();
    for (it = 0; it < iters; it++)
        for (i = 0; i < nfiles; i++) {
            gw_peek(vecs[i].p, vecs[i].buf, vecs[i].len, vecs[i].from, &pk, scratch, sizeof scratch, &e);
            sink += (unsigned long)pk.kind;
        }
    c1 = clock();
    for (it = 0; it < iters; it++)
        for (i = 0; i < nfiles; i++) {
            gw_decode(vecs[i].p, vecs[i].buf, vecs[i].len, vecs[i].from, &m, scratch, sizeof scratch, &e);
            sink += (unsigned long)m.sm.kind;
        }
    c2 = clock();
    printf("peek: %.0f ns/msg, decode: %.0f ns/msg over %d vectors (checksum %lu)\n",
           (double)(c1 - c0) / CLOCKS_PER_SEC * 1e9 / n, (double)(c2 - c1) / CLOCKS_PER_SEC * 1e9 / n, nfiles, sink);
}

/* Read in place: peek reads the envelope and skips the rest, so an error there is decode's to
   find (README, PEEK in gateway.h); an error where peek reads is decode's error exactly, and a
   frame it reads in place needs no scratch */
static void test_in_place(void)
{
    static const struct { const char *frame; gw_from from; int kind; const char *name; int seq; } body[] = {
        /* a lead, then a bad literal, a bad escape, a key twice, a bracket missing */
        { "{\"op\":5,\"d\":{\"type\":\"member\",\"data\":{\"id\":tru}}}", GW_FROM_CLIENT, GW_MS_CACHE, "member", -1 },
        { "{\"op\":5,\"d\":{\"type\":\"member\",\"data\":{\"id\":\"\\q\"}}}", GW_FROM_CLIENT, GW_MS_CACHE, "member", -1 },
        { "{\"op\":5,\"d\":{\"type\":\"member\",\"data\":{\"id\":\"1\",\"id\":\"2\"}}}", GW_FROM_CLIENT, GW_MS_CACHE, "member", -1 },
        { "{\"op\":5,\"d\":{\"type\":\"member\",\"data\":{\"id\":[}}}", GW_FROM_CLIENT, GW_MS_CACHE, "member", -1 },
        /* top-level members walked (the sequence number after the body), the body's string bad */
        { "{\"cnf\":{\"content\":\"a\\qb\"},\"s\":7,\"f\":130,\"t\":\"MESSAGE_CREATE\"}", GW_FROM_SERVER, GW_I386_S_MESSAGE_CREATE, "MESSAGE_CREATE", 7 },
    };
    static const char *const envelope[] = { /* errors where peek reads: the decoder's, exactly */
        "{\"op\":5,,\"d\":{}}", "{\"op\":5,\"d\":{\"type\":\"member\"}} x", "{\"op\":05,\"d\":{}}", "{\"op\":5,\"op\":5}",
    };
    size_t i;
    for (i = 0; i < sizeof body / sizeof body[0]; i++) {
        const char *f = body[i].frame;
        gw_envelope pk;
        gw_any_msg m;
        gw_error e;
        t_case_begin(f);
        CHECK_ERR(gw_peek(body[i].from == GW_FROM_CLIENT ? GW_PROTO_MS : GW_PROTO_I386, f, strlen(f), body[i].from, &pk, NULL, 0, &e), GW_OK);
        CHECK_EQ(pk.kind, body[i].kind);
        CHECK(pk.name.len == strlen(body[i].name) && memcmp(pk.name.ptr, body[i].name, pk.name.len) == 0);
        CHECK_EQ(pk.has_seq, body[i].seq >= 0);
        if (body[i].seq >= 0) CHECK_EQ(pk.seq, (uint32_t)body[i].seq);
        CHECK(gw_decode(body[i].from == GW_FROM_CLIENT ? GW_PROTO_MS : GW_PROTO_I386, f, strlen(f), body[i].from, &m, scratch2,
                        sizeof scratch2, &e) != GW_OK);
        t_case_end();
    }
    for (i = 0; i < sizeof envelope / sizeof envelope[0]; i++) {
        const char *f = envelope[i];
        gw_envelope pk;
        gw_any_msg m;
        gw_error e1, e2;
        t_case_begin(f);
        CHECK(gw_peek(GW_PROTO_MS, f, strlen(f), GW_FROM_CLIENT, &pk, scratch, sizeof scratch, &e1) != GW_OK);
        CHECK_EQ(gw_decode(GW_PROTO_MS, f, strlen(f), GW_FROM_CLIENT, &m, scratch2, sizeof scratch2, &e2), e1.code);
        CHECK_EQ(e1.offset, e2.offset);
        CHECK_STR(e1.path, e2.path);
        CHECK_EQ(pk.kind, 0);
        t_case_end();
    }
}

int main(void)
{
    int i, r;
    (void)rng_raw; (void)rng_str; (void)rng_u64; (void)rng_u32; (void)mut_strictly_under; (void)mut_find;
    load_vectors();
    nfiles = (int)nvecs;
    CHECK(nfiles >= 70);
    test_vectors();
    RUN(test_fields);
    RUN(test_in_place);
    RUN(test_caps);
    RUN(test_mutations);
    RUN(test_no_alloc);
    timing();
    r = t_summary(T_SUITE("peek"));
    for (i = 0; i < nfiles; i++) free(vecs[i].buf);
    return r;
}
