/* test_lenient.c - lenient decoding (GW_DECODE_LENIENT, PROTOCOLS.md D-06), issue 12 section 1:
     - every vector decodes the same in both modes (what strict accepts stands as it is);
     - every vector whose kind a name selects, with that name replaced, is GW_ERR_UNKNOWN_EVENT
       strictly and GW_<P>_UNKNOWN leniently: op, name and the whole message; it encodes back to
       the message (compact) and decodes again to an equal message; the session checker lets it be;
     - an unknown key added to each object of each vector: strictly GW_ERR_UNKNOWN_FIELD (or
       accepted, inside a gw_raw), leniently the vector's own message with err.skipped == 1;
     - the JSON stays strict: a repeated key, a syntax error, an unknown op and a wrong direction
       are the same errors in both modes.
   Every protocol of the build: test_lenient_toy runs it with the toy's vectors and rows too
   (with_toy.h). */
#define _POSIX_C_SOURCE 200809L
#include "with_toy.h"
#include "t.h"
#include "../gateway.h"
#include "all_vectors.h"
#include "round_trip.h"
#include "gw_mut.h"
#include <stdlib.h>

static unsigned char scratch[1 << 20], scratch2[1 << 20];
static char frame[1 << 17], out[1 << 17];
static mut_doc doc;

static gw_err dec(const vec *v, const char *buf, size_t n, unsigned flags, gw_any_msg *m, unsigned char *s, gw_error *e)
{
    char *copy = (char *)malloc(n ? n : 1); /* exactly sized: ASan sees overreads */
    gw_err r;
    if (!copy) return GW_ERR_ARG;
    memcpy(copy, buf, n);
    r = gw_decode_flags(v->p, copy, n, v->from, flags, m, s, sizeof scratch, e);
    free(copy);
    return r;
}

/* "GW_<P>_UNKNOWN": the name of a protocol's unknown kind */
static int is_unknown_name(const char *name)
{
    size_t n = name ? strlen(name) : 0;
    return n > 11 && !strncmp(name, "GW_", 3) && !strcmp(name + n - 8, "_UNKNOWN");
}

/* Strict and lenient agree on every vector (the frames borrow nothing after the call: compare now). */
static void test_vectors_same(void)
{
    size_t i;
    for (i = 0; i < nvecs; i++) {
        const vec *v = &vecs[i];
        gw_any_msg a, b;
        gw_error ea, eb;
        gw_err ra = gw_decode_flags(v->p, v->buf, v->len, v->from, GW_DECODE_STRICT, &a, scratch, sizeof scratch, &ea);
        gw_err rb = gw_decode_flags(v->p, v->buf, v->len, v->from, GW_DECODE_LENIENT, &b, scratch2, sizeof scratch2, &eb);
        t_case_begin(v->name);
        CHECK_ERR(ra, GW_OK);
        CHECK_ERR(rb, GW_OK);
        CHECK(gw_equal(v->p, &a, &b));
        CHECK_EQ(eb.skipped, 0);
        t_case_end();
    }
}

/* A name no kind has, for a known op */
static void test_unknown_names(void)
{
    size_t i, named = 0;
    for (i = 0; i < nvecs; i++) {
        const vec *v = &vecs[i];
        gw_envelope env;
        gw_any_msg m, m2;
        gw_error e;
        gw_err r;
        size_t at, n, on = 0;
        const gw_unknown *u;
        if (gw_peek(v->p, v->buf, v->len, v->from, &env, scratch, sizeof scratch, &e) != GW_OK || !env.name.ptr) continue;
        named++;
        t_case_begin(v->name);
        at = (size_t)(env.name.ptr - v->buf);
        n = at;
        memcpy(frame, v->buf, at);
        memcpy(frame + n, "ZZ_NEW", 6), n += 6;
        memcpy(frame + n, v->buf + at + env.name.len, v->len - at - env.name.len), n += v->len - at - env.name.len;
        r = dec(v, frame, n, GW_DECODE_STRICT, &m, scratch, &e);
        CHECK_ERR(r, GW_ERR_UNKNOWN_EVENT);
        r = gw_decode_flags(v->p, frame, n, v->from, GW_DECODE_LENIENT, &m, scratch, sizeof scratch, &e); /* m borrows frame */
        CHECK_ERR(r, GW_OK);
        if (r != GW_OK) { t_case_end(); continue; }
        CHECK(is_unknown_name(gw_kind_name(v->p, gw_msg_kind(&m))));
        u = gw_msg_unknown(v->p, &m); /* non-NULL: m is the protocol's GW_<P>_UNKNOWN */
        if (!u) { t_failf(__FILE__, __LINE__, "not %s's unknown kind", gw_proto_name(v->p)); t_case_end(); continue; }
        CHECK(gw_str_eq(u->name, "ZZ_NEW", 6));
        CHECK_EQ(u->op, env.op);
        CHECK(gw_str_eq(u->op_name, env.op_name.ptr ? env.op_name.ptr : "", env.op_name.len) || !env.op_name.ptr);
        CHECK(u->body.len > 0 && u->body.len <= n);
        /* it encodes back to the message, compact, which decodes leniently to an equal message */
        if (gw_encode(v->p, &m, out, sizeof out, &on, &e) != GW_OK) { t_failf(__FILE__, __LINE__, "encode: %s at %s", gw_strerror(e.code), e.path); t_case_end(); continue; }
        CHECK(on <= u->body.len);
        CHECK_ERR(gw_decode_flags(v->p, out, on, v->from, GW_DECODE_LENIENT, &m2, scratch2, sizeof scratch2, &e), GW_OK);
        CHECK(gw_equal(v->p, &m, &m2));
        /* the session checker does not hold it against either side */
        {
            gw_session_verdict sv = recv_fresh(v->p, v->from == GW_FROM_SERVER ? GW_SIDE_CLIENT : GW_SIDE_SERVER, &m);
            CHECK(sv.action != GW_VIOLATION && sv.action != GW_TIMEOUT);
        }
        t_case_end();
    }
    t_case_begin("vectors with a name");
    CHECK(named >= 70); /* 73 of the 106 vectors have a name */
    t_case_end();
}

/* An unknown key in every object of every vector */
static void test_unknown_keys(void)
{
    size_t i, skipped = 0;
    for (i = 0; i < nvecs; i++) {
        const vec *v = &vecs[i];
        gw_any_msg want, m;
        gw_error e;
        uint32_t t;
        if (!mut_load(&doc, v->buf, v->len)) continue;
        if (gw_decode(v->p, v->buf, v->len, v->from, &want, scratch2, sizeof scratch2, &e) != GW_OK) continue;
        t_case_begin(v->name);
        for (t = 0; t < doc.n; t++) {
            size_t n;
            gw_err rs, rl;
            if (doc.toks[t].type != GJ_OBJECT) continue;
            n = mut_apply(&doc, t, MUT_ADDKEY, "", frame, sizeof frame);
            rs = dec(v, frame, n, GW_DECODE_STRICT, &m, scratch, &e);
            rl = gw_decode_flags(v->p, frame, n, v->from, GW_DECODE_LENIENT, &m, scratch, sizeof scratch, &e); /* m borrows frame */
            if (rs == GW_OK) { /* inside a gw_raw: nothing to skip */
                CHECK_ERR(rl, GW_OK);
                CHECK_EQ(e.skipped, 0);
                continue;
            }
            if (rs != GW_ERR_UNKNOWN_FIELD) continue; /* e.g. an object whose members are a name's place */
            CHECK_ERR(rl, GW_OK);
            CHECK_EQ(e.skipped, 1);
            if (rl == GW_OK && !gw_equal(v->p, &m, &want))
                t_failf(__FILE__, __LINE__, "key added at %s: not the vector's message", doc.path[t]);
            skipped++;
        }
        t_case_end();
    }
    t_case_begin("unknown keys skipped");
    CHECK(skipped >= 200);
    t_case_end();
}

/* The JSON and the envelope stay strict */
/* D-06a: an unknown kind is decoded only when its envelope keeps the protocol's rules, and the
   refusal names the rule (the whole gw_error_text line). An op no kind has decodes too. */
static void test_envelope(void)
{
    static const struct { gw_proto p; gw_from from; const char *s, *want; } rows[] = {
        /* microservice (3.2) */
        { GW_PROTO_MS, GW_FROM_SERVER, "{\"op\":2,\"t\":\"NEW\"}",
          "byte 0: d: required field missing: must be an object on every message (D-31)" },
        { GW_PROTO_MS, GW_FROM_SERVER, "{\"op\":2,\"t\":\"NEW\",\"d\":[1,2]}",
          "byte 22: d: wrong JSON type: must be an object on every message (D-31), got an array" },
        { GW_PROTO_MS, GW_FROM_CLIENT, "{\"op\":9}", "byte 0: d: required field missing: must be an object on every message (D-31)" },
        { GW_PROTO_MS, GW_FROM_SERVER, "{\"op\":9,\"t\":1,\"d\":{}}",
          "byte 12: t: wrong JSON type: must be a string when present (D-32), got 1" },
        { GW_PROTO_MS, GW_FROM_SERVER, "{\"op\":2,\"t\":\"NEW\",\"d\":{}}", "" },
        { GW_PROTO_MS, GW_FROM_SERVER, "{\"op\":9,\"d\":{\"x\":1}}", "" },
        /* shard-master (1.2, D-12) */
        { GW_PROTO_SM, GW_FROM_SERVER, "{\"type\":1,\"event\":\"NEW\",\"data\":{}}",
          "byte 0: service: required field missing: must be a string on every server message but type 0 (1.2)" },
        { GW_PROTO_SM, GW_FROM_SERVER, "{\"type\":9,\"event\":\"NEW\",\"service\":\"g\",\"data\":{},\"rate_limit\":1}",
          "byte 61: rate_limit: wrong JSON type: must be a boolean when present (D-12), got 1" },
        { GW_PROTO_SM, GW_FROM_SERVER, "{\"type\":9,\"event\":\"NEW\",\"service\":\"g\",\"data\":{}}", "" },
        { GW_PROTO_SM, GW_FROM_SERVER, "{\"type\":9,\"event\":\"NEW\",\"service\":\"g\",\"data\":\"x\"}",
          "byte 45: data: wrong JSON type: must be an object or an array on every server message (1.2, D-14a), got \"x\"" },
        { GW_PROTO_SM, GW_FROM_CLIENT, "{\"type\":9,\"d\":7}", "byte 14: d: wrong JSON type: must be an object when present (1.2), got 7" },
        { GW_PROTO_SM, GW_FROM_CLIENT, "{\"type\":9}", "" },
        /* i386chat (2.2) */
        { GW_PROTO_I386, GW_FROM_SERVER, "{\"f\":130,\"t\":\"NEW\",\"s\":\"1\",\"cnf\":{}}",
          "byte 23: s: wrong JSON type: must be a number when present (D-22), got \"1\"" },
        { GW_PROTO_I386, GW_FROM_SERVER, "{\"f\":170,\"cnf\":[]}", "" },
        /* Nightingale (4.3) */
        { GW_PROTO_NG, GW_FROM_SERVER, "{\"op\":\"event\",\"data\":{\"type\":\"new_thing\"}}",
          "byte 21: data.data: required field missing: must be an object beside the type of an update_state or event (4.3)" },
        { GW_PROTO_NG, GW_FROM_SERVER, "{\"op\":\"event\",\"data\":{\"guild\":1,\"event\":{\"type\":\"new_thing\",\"data\":5}}}",
          "byte 67: data.event.data: wrong JSON type: must be an object beside the type of an update_state or event (4.3), got 5" },
        { GW_PROTO_NG, GW_FROM_SERVER, "{\"op\":\"brand_new\",\"data\":[]}",
          "byte 25: data: wrong JSON type: must be an object on every message (4.3), got an array" },
        { GW_PROTO_NG, GW_FROM_CLIENT, "{\"op\":\"brand_new\",\"data\":{}}", "" },
        /* dmod (5.2) */
        { GW_PROTO_DMOD, GW_FROM_SERVER, "{\"op\":5,\"t\":\"GUILD_NEW\",\"d\":7}",
          "byte 28: d: wrong JSON type: must be an object or null on every message (5.2), got 7" },
        { GW_PROTO_DMOD, GW_FROM_CLIENT, "{\"op\":9,\"t\":\"x\",\"d\":null}",
          "byte 12: t: wrong JSON type: must be null when a client sends it (5.2), got \"x\"" },
        { GW_PROTO_DMOD, GW_FROM_SERVER, "{\"op\":9,\"t\":null,\"d\":null}", "" },
#ifdef GW_TEST_TOY
        /* the toy (tests/toy/): no envelope rules of its own, the JSON's stay */
        { GW_PROTO_TOY, GW_FROM_SERVER, "{\"op\":9,\"t\":\"NEWS\",\"d\":{\"x\":[1]}}", "" },
        { GW_PROTO_TOY, GW_FROM_CLIENT, "{\"op\":9,\"op\":9}", "byte 8: op: invalid JSON: duplicate object key: a key may appear once in an object (D-01)" },
#endif
    };
    size_t i;
    for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        gw_any_msg m;
        gw_error e;
        char line[256];
        gw_err r;
        t_case_begin(rows[i].s);
        r = gw_decode_flags(rows[i].p, rows[i].s, strlen(rows[i].s), rows[i].from, GW_DECODE_LENIENT, &m, scratch, sizeof scratch, &e);
        CHECK_STR(r ? gw_error_text(&e, line, sizeof line) : "", rows[i].want);
        if (!rows[i].want[0] && r == GW_OK) { /* an UNKNOWN the session checker lets pass; it encodes back */
            gw_session_verdict sv = recv_fresh(rows[i].p, rows[i].from == GW_FROM_SERVER ? GW_SIDE_CLIENT : GW_SIDE_SERVER, &m);
            const gw_unknown *u = gw_msg_unknown(rows[i].p, &m);
            size_t on = 0;
            CHECK(is_unknown_name(gw_kind_name(rows[i].p, gw_msg_kind(&m))));
            CHECK(u != NULL);
            CHECK(sv.action != GW_VIOLATION && sv.action != GW_TIMEOUT);
            CHECK_ERR(gw_encode(rows[i].p, &m, out, sizeof out, &on, &e), GW_OK);
            CHECK(on == strlen(rows[i].s) && memcmp(out, rows[i].s, on) == 0);
            if (u && rows[i].p != GW_PROTO_NG) CHECK_EQ(u->op, 9 + (rows[i].p == GW_PROTO_I386) * 161 - (strstr(rows[i].s, "\"op\":2") ? 7 : 0));
        }
        if (r) CHECK_EQ(*(const int *)(const void *)&m, 0);
        t_case_end();
    }
}

static void test_still_strict(void)
{
    static const struct { gw_proto p; gw_from from; const char *s; gw_err r; } rows[] = {
        { GW_PROTO_MS, GW_FROM_SERVER, "{\"op\":4,\"op\":4,\"d\":{}}", GW_ERR_DUPLICATE_KEY },
        { GW_PROTO_MS, GW_FROM_SERVER, "{\"op\":4,\"d\":{},}", GW_ERR_JSON },
        { GW_PROTO_MS, GW_FROM_SERVER, "{\"op\":1.5,\"d\":{}}", GW_ERR_UNKNOWN_OP },
        { GW_PROTO_MS, GW_FROM_SERVER, "{\"op\":\"9\",\"d\":{}}", GW_ERR_TYPE },
        { GW_PROTO_MS, GW_FROM_SERVER, "{\"op\":4}", GW_ERR_MISSING },
        { GW_PROTO_MS, GW_FROM_SERVER, "{\"op\":4,\"d\":[]}", GW_ERR_TYPE },
        { GW_PROTO_DMOD, GW_FROM_CLIENT, "{\"op\":5,\"t\":\"GUILD_MEMBER_COUNT_CHANGE\",\"d\":{}}", GW_ERR_DIRECTION },
        { GW_PROTO_DMOD, GW_FROM_SERVER, "{\"op\":5,\"t\":7,\"d\":{}}", GW_ERR_TYPE },
        { GW_PROTO_DMOD, GW_FROM_SERVER, "{\"op\":3,\"t\":null,\"d\":null,\"zz\":{\"a\":1,\"a\":2}}", GW_ERR_DUPLICATE_KEY },
    };
    size_t i;
    for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        gw_any_msg m;
        gw_error a, b;
        gw_err ra = gw_decode_flags(rows[i].p, rows[i].s, strlen(rows[i].s), rows[i].from, GW_DECODE_STRICT, &m, scratch, sizeof scratch, &a);
        gw_err rb = gw_decode_flags(rows[i].p, rows[i].s, strlen(rows[i].s), rows[i].from, GW_DECODE_LENIENT, &m, scratch, sizeof scratch, &b);
        CHECK_EQ(ra, rows[i].r);
        CHECK_EQ(rb, rows[i].r);
        CHECK_EQ(a.offset, b.offset);
        CHECK_STR(a.path, b.path);
        CHECK_EQ(*(const int *)(const void *)&m, 0);
    }
    { /* no allocation in lenient decoding either, whatever path it takes */
        static const char frames[][64] = { "{\"op\":5,\"t\":\"GUILD_NEW\",\"d\":{}}", "{\"op\":3,\"t\":null,\"d\":null,\"zz\":[1]}" };
        gw_any_msg m;
        gw_error e;
        unsigned long before = t_allocs();
        size_t k;
        for (k = 0; k < 2; k++)
            CHECK_EQ(gw_decode_flags(GW_PROTO_DMOD, frames[k], strlen(frames[k]), GW_FROM_SERVER, GW_DECODE_LENIENT, &m, scratch,
                                     sizeof scratch, &e), GW_OK);
        CHECK_EQ(m.dmod.kind, GW_DMOD_HEARTBEAT);
        CHECK_EQ(t_allocs(), before);
    }
    { /* flags it does not know are an argument error */
        gw_any_msg m;
        gw_error e;
        CHECK_ERR(gw_decode_flags(GW_PROTO_MS, "{\"op\":4,\"d\":{}}", 15, GW_FROM_SERVER, 2, &m, scratch, sizeof scratch, &e), GW_ERR_ARG);
        CHECK_ERR(gw_ms_decode_flags("{\"op\":4,\"d\":{},\"x\":1}", 21, GW_FROM_SERVER, GW_DECODE_LENIENT, &m.ms, scratch, sizeof scratch, &e), GW_OK);
        CHECK_EQ(m.ms.kind, GW_MS_HEARTBEAT_ACK);
        CHECK_EQ(e.skipped, 1);
    }
}

int main(void)
{
    size_t i;
    load_vectors();
    RUN(test_vectors_same);
    RUN(test_unknown_names);
    RUN(test_unknown_keys);
    RUN(test_envelope);
    RUN(test_still_strict);
    for (i = 0; i < nvecs; i++) free(vecs[i].buf);
    return t_summary(T_SUITE("lenient"));
}
