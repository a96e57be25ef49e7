/* test_alone.c - gateway.h with one protocol only (GATEWAY_NO_<P> for the four others, issue 24):
   the Makefile builds it once per protocol (build/<mode>/test_alone_<p>). The protocol kept works
   through the generic entry points (decode, encode back to the same bytes, equal, peek); the
   ones left out are no protocol to them, and keep their gw_proto values. This program compiles
   its own private copy of the library (GATEWAY_STATIC); tests/impl.o is not used. */
#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wunused-function" /* a private copy of the whole library */
#endif
#define GATEWAY_STATIC
#define GATEWAY_IMPLEMENTATION
#include "../gateway.h"
#include "t.h"

/* whether the build kept each built-in protocol */
#ifdef GATEWAY_NO_SM
#define KEPT_SM 0
#else
#define KEPT_SM 1
#endif
#ifdef GATEWAY_NO_I386
#define KEPT_I386 0
#else
#define KEPT_I386 1
#endif
#ifdef GATEWAY_NO_MS
#define KEPT_MS 0
#else
#define KEPT_MS 1
#endif
#ifdef GATEWAY_NO_NG
#define KEPT_NG 0
#else
#define KEPT_NG 1
#endif
#ifdef GATEWAY_NO_DMOD
#define KEPT_DMOD 0
#else
#define KEPT_DMOD 1
#endif

/* each built-in protocol: its value, name, whether it is kept, and a frame of it with the kind it
   decodes to */
static const struct {
    gw_proto id;
    const char *name;
    int kept;
    gw_from from;
    const char *frame, *kind;
} protos[] = {
    { GW_PROTO_SM, "shardmaster", KEPT_SM, GW_FROM_CLIENT, "{\"type\":3}", "GW_SM_PING" },
    { GW_PROTO_I386, "i386chat", KEPT_I386, GW_FROM_CLIENT, "{\"f\":120}", "GW_I386_HEARTBEAT" },
    { GW_PROTO_MS, "microservice", KEPT_MS, GW_FROM_SERVER, "{\"op\":4,\"d\":{}}", "GW_MS_HEARTBEAT_ACK" },
    { GW_PROTO_NG, "nightingale", KEPT_NG, GW_FROM_SERVER,
      "{\"op\":\"ready\",\"data\":{\"session\":\"ad13c35f-7bf4-413b-997d-eef2fe009f98\",\"resumed\":false}}", "GW_NG_READY" },
    { GW_PROTO_DMOD, "dmod", KEPT_DMOD, GW_FROM_SERVER, "{\"op\":3,\"t\":null,\"d\":null}", "GW_DMOD_HEARTBEAT" },
};
#define NPROTOS (sizeof protos / sizeof protos[0])

static unsigned char scratch[1 << 12];

static void test_values(void)
{
    CHECK_EQ(GW_PROTO_SM, 1);
    CHECK_EQ(GW_PROTO_DMOD, 5);
    CHECK_EQ(GW_PROTO_COUNT_, 6);
}

static void test_kept(void)
{
    size_t i, kept = 0;
    for (i = 0; i < NPROTOS; i++) {
        gw_any_msg m, back;
        gw_envelope env;
        gw_error e;
        char out[256];
        size_t n = 0;
        if (!protos[i].kept) continue;
        kept++;
        CHECK_STR(gw_proto_name(protos[i].id), protos[i].name);
        CHECK_EQ(gw_proto_find(protos[i].name), protos[i].id);
        CHECK_ERR(gw_decode(protos[i].id, protos[i].frame, strlen(protos[i].frame), protos[i].from, &m, scratch, sizeof scratch, &e),
                  GW_OK);
        CHECK_STR(gw_kind_name(protos[i].id, gw_msg_kind(&m)), protos[i].kind);
        CHECK_ERR(gw_encode(protos[i].id, &m, out, sizeof out, &n, &e), GW_OK);
        CHECK_EQ(n, strlen(protos[i].frame));
        CHECK(memcmp(out, protos[i].frame, n) == 0);
        CHECK_ERR(gw_decode(protos[i].id, out, n, protos[i].from, &back, scratch, sizeof scratch, &e), GW_OK);
        CHECK(gw_equal(protos[i].id, &m, &back));
        CHECK_ERR(gw_peek(protos[i].id, protos[i].frame, strlen(protos[i].frame), protos[i].from, &env, scratch, sizeof scratch, &e),
                  GW_OK);
        CHECK_STR(env.kind_name, protos[i].kind);
    }
    CHECK_EQ(kept, 1); /* built with exactly one protocol */
}

static void test_left_out(void)
{
    size_t i, out_count = 0;
    for (i = 0; i < NPROTOS; i++) {
        gw_any_msg m;
        gw_error e;
        if (protos[i].kept) continue;
        out_count++;
        CHECK(gw_proto_name(protos[i].id) == NULL);
        CHECK_EQ(gw_proto_find(protos[i].name), GW_PROTO_NONE);
        CHECK(gw_msg_size(protos[i].id) == 0);
        CHECK_ERR(gw_decode(protos[i].id, protos[i].frame, strlen(protos[i].frame), protos[i].from, &m, scratch, sizeof scratch, &e),
                  GW_ERR_ARG);
    }
    CHECK_EQ(out_count, NPROTOS - 1);
}

int main(void)
{
    RUN(test_values);
    RUN(test_kept);
    RUN(test_left_out);
    return t_summary("alone (" GW_ALONE_NAME ")");
}
