/* test_api.c - the small helpers a client needs in its first hour (issue 22): protocols found by
   their short names, a gw_str as a bounded C string, a message's kind and its u.unknown from any
   message, ids printed without casts. None of them allocates. */
#include "../gateway.h"
#include "t.h"

static unsigned char scratch[1 << 14];

static void test_proto_find(void)
{
    static const struct { const char *name; gw_proto p; } rows[] = {
        { "sm", GW_PROTO_SM }, { "shardmaster", GW_PROTO_SM }, { "i386", GW_PROTO_I386 }, { "i386chat", GW_PROTO_I386 },
        { "ms", GW_PROTO_MS }, { "microservice", GW_PROTO_MS }, { "ng", GW_PROTO_NG }, { "nightingale", GW_PROTO_NG },
        { "dmod", GW_PROTO_DMOD }, { "", GW_PROTO_NONE }, { "MS", GW_PROTO_NONE }, { "m", GW_PROTO_NONE },
        { "msx", GW_PROTO_NONE },
    };
    size_t i;
    for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        t_case_begin(rows[i].name);
        CHECK_EQ(gw_proto_find(rows[i].name), rows[i].p);
        t_case_end();
    }
    CHECK_EQ(gw_proto_find(NULL), GW_PROTO_NONE);
}

static void test_str_text(void)
{
    static const struct { const char *raw; int escaped; size_t cap; const char *want; } rows[] = {
        { "hello", 0, 16, "hello" },
        { "hello", 0, 6, "hello" },             /* exactly fits */
        { "hello world", 0, 9, "hello..." },    /* cut, marked */
        { "h\\u00e9llo", 1, 16, "h\xc3\xa9llo" }, /* unescaped */
        { "h\\u00e9llo", 1, 5, "h..." },        /* the cut would split the two bytes of e-acute: it comes before */
        { "\\u00e9\\u00e9\\u00e9", 1, 6, "\xc3\xa9..." }, /* 6 bytes: one short */
        { "\\u00e9\\u00e9\\u00e9", 1, 7, "\xc3\xa9\xc3\xa9\xc3\xa9" },
        { "abc\\ndef", 1, 8, "abc\ndef" },
        { "abcdef", 0, 4, "..." },
        { "abcdef", 0, 3, ".." },
        { "abcdef", 0, 1, "" },
        { "", 0, 1, "" },
    };
    size_t i;
    char out[32];
    for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        gw_str s;
        s.ptr = rows[i].raw;
        s.len = (uint32_t)strlen(rows[i].raw);
        s.escaped = rows[i].escaped ? GJ_ESCAPED : 0;
        memset(out, 'x', sizeof out);
        t_case_begin(rows[i].raw);
        CHECK(gw_str_text(s, out, rows[i].cap) == out);
        CHECK_STR(out, rows[i].want);
        CHECK(strlen(out) < rows[i].cap);
        CHECK_EQ(out[rows[i].cap], 'x'); /* nothing written past cap */
        t_case_end();
    }
    {
        gw_str none = { NULL, 0, 0 };
        CHECK_STR(gw_str_text(none, out, sizeof out), "");
        CHECK(gw_str_text(none, NULL, 0) == NULL);
    }
}

static void test_msg_helpers(void)
{
    static const char hb[] = "{\"op\":4,\"d\":{}}", newev[] = "{\"op\":2,\"t\":\"NEW\",\"d\":{\"a\":1}}";
    gw_any_msg m;
    gw_error e;
    const gw_unknown *u;
    char line[64];
    CHECK_ERR(gw_decode(GW_PROTO_MS, hb, sizeof hb - 1, GW_FROM_SERVER, &m, scratch, sizeof scratch, &e), GW_OK);
    CHECK_EQ(gw_msg_kind(&m), GW_MS_HEARTBEAT_ACK);
    CHECK_EQ(gw_msg_kind(&m.ms), GW_MS_HEARTBEAT_ACK);
    CHECK(gw_msg_unknown(GW_PROTO_MS, &m) == NULL);
    CHECK_ERR(gw_decode_flags(GW_PROTO_MS, newev, sizeof newev - 1, GW_FROM_SERVER, GW_DECODE_LENIENT, &m, scratch, sizeof scratch, &e),
              GW_OK);
    u = gw_msg_unknown(GW_PROTO_MS, &m);
    CHECK(u == &m.ms.u.unknown);
    if (u) {
        CHECK_STR(gw_str_text(u->name, line, sizeof line), "NEW");
        CHECK_EQ(u->op, 2);
    }
    CHECK(gw_msg_unknown(GW_PROTO_DMOD, &m) == NULL); /* another protocol's kind numbers */
    CHECK(gw_msg_unknown(GW_PROTO_NONE, &m) == NULL);
    CHECK_EQ(gw_msg_kind(NULL), 0);
}

static void test_id_fmt(void)
{
    char buf[32];
    uint64_t id = UINT64_C(18446744073709551615);
    snprintf(buf, sizeof buf, GW_ID_FMT, GW_ID_ARG(id));
    CHECK_STR(buf, "18446744073709551615");
    snprintf(buf, sizeof buf, "<" GW_ID_FMT ">", GW_ID_ARG(UINT64_C(155112606661607425)));
    CHECK_STR(buf, "<155112606661607425>");
}

static void test_no_allocation(void)
{
    unsigned long before = t_allocs();
    char out[8];
    gw_any_msg m;
    memset(&m, 0, sizeof m);
    (void)gw_proto_find("ms");
    (void)gw_str_text(gw_str_c("a long string that is cut"), out, sizeof out);
    (void)gw_msg_kind(&m);
    (void)gw_msg_unknown(GW_PROTO_MS, &m);
    CHECK_EQ(t_allocs(), before);
}

int main(void)
{
    RUN(test_proto_find);
    RUN(test_str_text);
    RUN(test_msg_helpers);
    RUN(test_id_fmt);
    RUN(test_no_allocation);
    return t_summary("api");
}
