/* test_toy.c - the toy protocol of tests/toy/, added through HACKING.md's "Add a protocol" steps
   alone, works like the built-in five: generic and typed entry points, exact bytes both ways,
   direction, size cap, lenient decoding, the session checker. test_tables walks its tables with
   the others'. This program compiles its own private copy of the library (GATEWAY_STATIC) with
   the toy; tests/impl.o, linked in like every test, is not used. */
#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wunused-function" /* a private copy of the whole library */
#endif
#include "toy/toy.h"
#define GATEWAY_STATIC
#define GATEWAY_IMPLEMENTATION
#include "../gateway.h"
#include "t.h"
#include "round_trip.h"

static unsigned char scratch[1 << 14];

/* Its vectors, kept beside it in tests/toy/vectors (all_vectors.h loads them too, in the suites
   built with the toy: test_session_toy, test_lenient_toy, test_peek_toy) */
static const struct { const char *file; gw_from from; gw_toy_kind kind; } vecs[] = {
    { "tests/toy/vectors/toy_client_ping.json", GW_FROM_CLIENT, GW_TOY_PING },
    { "tests/toy/vectors/toy_server_note.json", GW_FROM_SERVER, GW_TOY_NOTE },
    { "tests/toy/vectors/toy_server_note_no_id.json", GW_FROM_SERVER, GW_TOY_NOTE },
    { "tests/toy/vectors/toy_server_pong.json", GW_FROM_SERVER, GW_TOY_PONG },
};
#define NVEC (sizeof vecs / sizeof vecs[0])
static char *vdata[NVEC];
static size_t vlen[NVEC];

static gw_err dec(const char *s, gw_from from, gw_toy_msg *m, gw_error *e)
{
    return gw_toy_decode(s, strlen(s), from, m, scratch, sizeof scratch, e);
}

static void test_registry(void)
{
    CHECK_STR(gw_proto_name(GW_PROTO_TOY), "toy");
    CHECK_EQ(gw_proto_find("toy"), GW_PROTO_TOY);
    CHECK_EQ(GW_PROTO_TOY + 1, GW_PROTO_COUNT_);
    CHECK_STR(gw_proto_op_key(GW_PROTO_TOY), "op");
    CHECK_EQ(gw_proto_cap(GW_PROTO_TOY, GW_FROM_CLIENT), 256);
    CHECK_EQ(gw_kind_from(GW_PROTO_TOY, GW_TOY_PING), GW_FROM_CLIENT);
    CHECK_EQ(gw_kind_from(GW_PROTO_TOY, GW_TOY_NOTE), GW_FROM_SERVER);
    CHECK_STR(gw_kind_name(GW_PROTO_TOY, GW_TOY_PONG), "GW_TOY_PONG");
    CHECK_STR(gw_kind_name(GW_PROTO_TOY, GW_TOY_UNKNOWN), "GW_TOY_UNKNOWN");
    CHECK(sizeof(gw_any_msg) >= sizeof(gw_toy_msg));
}

static void test_round_trips(void)
{
    static const struct { const char *in; gw_from from; gw_toy_kind kind; const char *out; } rows[] = {
        { "{\"op\":1,\"d\":{\"n\":5}}", GW_FROM_CLIENT, GW_TOY_PING, "{\"op\":1,\"d\":{\"n\":5}}" },
        { " { \"d\" : { \"n\" : 7 } , \"op\" : 2 } ", GW_FROM_SERVER, GW_TOY_PONG, "{\"op\":2,\"d\":{\"n\":7}}" },
        { "{\"t\":\"NOTE\",\"op\":3,\"d\":{\"id\":\"155112606661607425\",\"text\":\"h\\u00e9\"}}", GW_FROM_SERVER, GW_TOY_NOTE,
          "{\"op\":3,\"t\":\"NOTE\",\"d\":{\"text\":\"h\\u00e9\",\"id\":\"155112606661607425\"}}" },
        { "{\"op\":3,\"t\":\"NOTE\",\"d\":{\"text\":\"\"}}", GW_FROM_SERVER, GW_TOY_NOTE, "{\"op\":3,\"t\":\"NOTE\",\"d\":{\"text\":\"\"}}" },
    };
    size_t i, n;
    char out[256];
    for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        gw_toy_msg m, m2;
        gw_error e;
        t_case_begin(rows[i].in);
        CHECK_ERR(dec(rows[i].in, rows[i].from, &m, &e), GW_OK);
        CHECK_EQ(m.kind, rows[i].kind);
        CHECK_ERR(gw_toy_encode(&m, out, sizeof out, &n, &e), GW_OK);
        CHECK_STR(out, rows[i].out);
        CHECK_ERR(gw_toy_decode(out, n, rows[i].from, &m2, scratch, sizeof scratch, &e), GW_OK);
        CHECK(gw_toy_equal(&m, &m2));
        t_case_end();
    }
    {
        gw_toy_msg m;
        gw_error e;
        CHECK_ERR(dec("{\"op\":3,\"t\":\"NOTE\",\"d\":{\"text\":\"x\",\"id\":\"18446744073709551615\"}}", GW_FROM_SERVER, &m, &e), GW_OK);
        CHECK_EQ(m.u.note.id, 18446744073709551615ull);
        CHECK(m.u.note.has_id);
    }
}

/* Each vector decodes for its sender to its kind, round-trips in both wires (round_trip.h, as every
   protocol's vectors do), and is GW_ERR_DIRECTION from the other side. */
static void test_vectors(void)
{
    size_t i;
    for (i = 0; i < NVEC; i++) {
        gw_toy_msg m;
        gw_error e;
        char out[256];
        size_t n = 0;
        int w;
        t_case_begin(vecs[i].file);
        CHECK_ERR(gw_toy_decode(vdata[i], vlen[i], vecs[i].from, &m, scratch, sizeof scratch, &e), GW_OK);
        CHECK_EQ(m.kind, vecs[i].kind);
        for (w = GW_WIRE_SEED; w <= GW_WIRE_ORIGINAL; w++) VEC_ROUND_TRIP(GW_PROTO_TOY, &m, vecs[i].from, (gw_wire)w, out, sizeof out, &n);
        CHECK_ERR(gw_toy_decode(vdata[i], vlen[i], vecs[i].from == GW_FROM_CLIENT ? GW_FROM_SERVER : GW_FROM_CLIENT, &m, scratch,
                                sizeof scratch, &e), GW_ERR_DIRECTION);
        t_case_end();
    }
    { /* the fields, as the files spell them */
        gw_toy_msg m;
        gw_error e;
        char text[16];
        size_t n = 0;
        CHECK_ERR(gw_toy_decode(vdata[1], vlen[1], GW_FROM_SERVER, &m, scratch, sizeof scratch, &e), GW_OK);
        CHECK_ERR(gw_str_unescape(m.u.note.text, text, sizeof text, &n), GW_OK);
        CHECK(n == 6 && memcmp(text, "h\xc3\xa9llo", 6) == 0);
        CHECK(m.u.note.has_id && m.u.note.id == 155112606661607425ull);
        CHECK_ERR(gw_toy_decode(vdata[2], vlen[2], GW_FROM_SERVER, &m, scratch, sizeof scratch, &e), GW_OK);
        CHECK(m.u.note.text.len == 0 && !m.u.note.has_id);
        CHECK_ERR(gw_toy_decode(vdata[3], vlen[3], GW_FROM_SERVER, &m, scratch, sizeof scratch, &e), GW_OK);
        CHECK_EQ(m.u.ping.n, 4294967295u);
    }
}

static void test_errors(void)
{
    static char big[300];
    gw_toy_msg m;
    gw_any_msg any;
    gw_error e;
    char line[200];
    CHECK_ERR(dec("{\"op\":1,\"d\":{\"n\":5}}", GW_FROM_SERVER, &m, &e), GW_ERR_DIRECTION);
    CHECK_ERR(dec("{\"op\":9,\"d\":{}}", GW_FROM_CLIENT, &m, &e), GW_ERR_UNKNOWN_OP);
    CHECK_ERR(dec("{\"op\":1,\"d\":{\"n\":-1}}", GW_FROM_CLIENT, &m, &e), GW_ERR_RANGE);
    CHECK_STR(gw_error_text(&e, line, sizeof line), "byte 17: d.n: integer out of range: must be an integer 0..4294967295, got -1");
    CHECK_ERR(dec("{\"op\":1,\"d\":{\"n\":1,\"x\":2}}", GW_FROM_CLIENT, &m, &e), GW_ERR_UNKNOWN_FIELD);
    CHECK_EQ(m.kind, GW_TOY_NONE);
    memset(big, ' ', sizeof big);
    memcpy(big, "{\"op\":1,\"d\":{\"n\":5}}", 20);
    CHECK_ERR(gw_toy_decode(big, sizeof big, GW_FROM_CLIENT, &m, scratch, sizeof scratch, &e), GW_ERR_TOO_LARGE);
    CHECK_ERR(gw_toy_decode(big, sizeof big, GW_FROM_SERVER, &m, scratch, sizeof scratch, &e), GW_ERR_DIRECTION); /* no cap */
    /* lenient: a name no kind has; an unknown key */
    CHECK_ERR(dec("{\"op\":3,\"t\":\"NEWS\",\"d\":{}}", GW_FROM_SERVER, &m, &e), GW_ERR_UNKNOWN_EVENT);
    CHECK_ERR(gw_toy_decode_flags("{\"op\":3,\"t\":\"NEWS\",\"d\":{}}", 26, GW_FROM_SERVER, GW_DECODE_LENIENT, &m, scratch, sizeof scratch, &e),
              GW_OK);
    CHECK_EQ(m.kind, GW_TOY_UNKNOWN);
    CHECK(gw_str_eq(m.u.unknown.name, "NEWS", 4));
    CHECK_EQ(m.u.unknown.op, 3);
    CHECK_ERR(gw_decode_flags(GW_PROTO_TOY, "{\"op\":1,\"d\":{\"n\":1,\"x\":2}}", 26, GW_FROM_CLIENT, GW_DECODE_LENIENT, &any, scratch,
                              sizeof scratch, &e), GW_OK);
    CHECK_EQ(any.toy.kind, GW_TOY_PING);
    CHECK_EQ(e.skipped, 1);
}

static void test_session(void)
{
    gw_session s;
    gw_toy_msg ping, pong, note;
    gw_session_verdict v;
    gw_toy_init(&ping, GW_TOY_PING)->u.ping.n = 1;
    gw_toy_init(&pong, GW_TOY_PONG)->u.ping.n = 1;
    gw_toy_init(&note, GW_TOY_NOTE);
    gw_toy_session_init(&s, GW_SIDE_CLIENT, 0);
    CHECK_EQ(gw_toy_session_on_send(&s, &ping, 1).action, GW_VERDICT_OK);
    CHECK_EQ(gw_toy_session_on_recv(&s, &note, 2).action, GW_VERDICT_OK);
    CHECK_EQ(gw_toy_session_on_recv(&s, &pong, 3).action, GW_VERDICT_OK);
    v = gw_toy_session_on_recv(&s, &pong, 4); /* a second answer to one ping */
    CHECK_EQ(v.action, GW_VIOLATION);
    CHECK_EQ(v.close_code, 1002);
    gw_toy_session_init(&s, GW_SIDE_SERVER, 0);
    CHECK_EQ(gw_toy_session_on_recv(&s, &ping, 1).action, GW_SEND_HEARTBEAT); /* the pong it owes */
}

int main(void)
{
    T_LOAD_VECTORS(vecs, vdata, vlen, t_vector);
    RUN(test_vectors);
    RUN(test_registry);
    RUN(test_round_trips);
    RUN(test_errors);
    RUN(test_session);
    return t_summary("toy");
}
