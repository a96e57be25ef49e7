/* Nightingale: PROTOCOLS.md section 4, one test per rule. Every message is server-sent (D-40). */
#include "t.h"
#include "../gateway.h"
#include "gw_mut.h"
#include <stdlib.h>

static unsigned char scratch[1 << 16];

static gw_err dec(const char *json, size_t n, gw_from from, gw_ng_msg *m, gw_error *e)
{
    return gw_ng_decode(json, n, from, m, scratch, sizeof scratch, e);
}

static int str_is(gw_str s, const char *lit) { return gw_str_eq(s, lit, strlen(lit)); }

/* Decode (server-sent) must fail with `code` at `path` and leave nothing half-decoded. */
static void expect_err_at(int line, const char *json, gw_err code, const char *path)
{
    gw_ng_msg m;
    gw_error e;
    gw_err r = dec(json, strlen(json), GW_FROM_SERVER, &m, &e);
    if (r != code || (path && strcmp(e.path, path) != 0))
        t_failf(__FILE__, line, "%s: got %s at '%s', want %s at '%s'", json, gw_strerror(r), e.path,
                gw_strerror(code), path ? path : "*");
    CHECK_EQ(m.kind, GW_NG_NONE);
}
#define EXPECT_ERR(json, code, path) expect_err_at(__LINE__, json, code, path)

/* ---- 4.4: the vectors, with their field values ---- */
#define RICK "Never Gonna Give You Up"
static void chk_rick(const gw_ng_track *t)
{
    CHECK(t->has_track && str_is(t->track, RICK));
    CHECK(t->has_artist && str_is(t->artist, "Rick Astley"));
    CHECK(!t->has_album);
    CHECK(t->has_channel && str_is(t->channel, "RickAstleyVEVO"));
    CHECK(t->has_duration && str_is(t->duration, "00:03:33")); /* D-45: text */
    CHECK(t->has_source_url && str_is(t->source_url, "https://www.youtube.com/watch?v=dQw4w9WgXcQ"));
    CHECK(t->has_title && str_is(t->title, "Rick Astley - Never Gonna Give You Up (Official Music Video)"));
    CHECK(t->has_thumbnail && str_is(t->thumbnail, "https://i.ytimg.com/vi/dQw4w9WgXcQ/maxresdefault.jpg"));
}
static void chk_ready(const gw_ng_msg *m)
{
    CHECK(str_is(m->u.ready.session, "ad13c35f-7bf4-413b-997d-eef2fe009f98"));
    CHECK(!m->u.ready.resumed);
}
static void chk_ready_resumed(const gw_ng_msg *m)
{
    CHECK(str_is(m->u.ready.session, "0F8E2C4A-1B3D-4E5F-8A9B-C0D1E2F3A4B5")); /* D-42: either case */
    CHECK(m->u.ready.resumed);
}
static void chk_forward(const gw_ng_msg *m)
{
    const gw_ng_forward *f = &m->u.forward;
    CHECK(f->guild_id == 254768930223161344ull && f->has_channel_id && f->channel_id == 254770965018443801ull);
    CHECK(!f->self_mute && f->self_deaf);
}
static void chk_forward_int(const gw_ng_msg *m)
{
    const gw_ng_forward *f = &m->u.forward; /* D-43: JSON integers, full 64-bit precision */
    CHECK(f->guild_id == UINT64_MAX && f->has_channel_id && f->channel_id == 9007199254740993ull);
    CHECK(f->self_mute && !f->self_deaf);
}
static void chk_forward_leave(const gw_ng_msg *m)
{
    const gw_ng_forward *f = &m->u.forward;
    CHECK(f->guild_id == 254768930223161344ull && !f->has_channel_id && !f->self_mute && !f->self_deaf);
}
static void chk_connect(const gw_ng_msg *m)
{
    const gw_ng_gateway_state *s = &m->u.gateway_state;
    CHECK(s->has_channel && s->channel == 254770965018443801ull && s->guild == 254768930223161344ull);
    CHECK(str_is(s->session, "9a7b3c2d1e0f4a5b6c7d8e9f0a1b2c3d") && str_is(s->server, "us-east123.discord.media:443"));
    CHECK_EQ(s->ssrc, 123456);
}
static void chk_reconnect(const gw_ng_msg *m)
{
    const gw_ng_gateway_state *s = &m->u.gateway_state;
    CHECK(!s->has_channel && s->guild == 254768930223161344ull && s->ssrc == UINT32_MAX);
    CHECK(str_is(s->server, "us-east123.discord.media:443"));
}
static void chk_disconnect(const gw_ng_msg *m)
{
    const gw_ng_gateway_state *s = &m->u.gateway_state;
    CHECK(s->has_channel && s->channel == 254770965018443801ull && s->guild == 254768930223161344ull);
    CHECK(str_is(s->session, "9a7b3c2d1e0f4a5b6c7d8e9f0a1b2c3d"));
    CHECK(s->server.len == 0 && s->ssrc == 0);
}
static void chk_start(const gw_ng_msg *m) { chk_rick(&m->u.track_start); }
static void chk_end(const gw_ng_msg *m) { CHECK(!m->u.track_end.stopped); chk_rick(&m->u.track_end.track); }
static void chk_errored(const gw_ng_msg *m)
{
    const gw_ng_track *t = &m->u.track_errored.track;
    CHECK(str_is(m->u.track_errored.error, "Something failed"));
    CHECK(!t->has_track && !t->has_artist && !t->has_album && !t->has_channel && !t->has_duration &&
          !t->has_source_url && !t->has_title && !t->has_thumbnail);
}

static const struct { const char *file; gw_ng_kind kind; void (*check)(const gw_ng_msg *); } vectors[] = {
    { "nightingale_server_ready.json", GW_NG_READY, chk_ready },
    { "nightingale_server_ready_resumed.json", GW_NG_READY, chk_ready_resumed },
    { "nightingale_server_forward.json", GW_NG_FORWARD, chk_forward },
    { "nightingale_server_forward_integer_ids.json", GW_NG_FORWARD, chk_forward_int },
    { "nightingale_server_forward_leave.json", GW_NG_FORWARD, chk_forward_leave },
    { "nightingale_server_update_state_connect_gateway.json", GW_NG_CONNECT_GATEWAY, chk_connect },
    { "nightingale_server_update_state_reconnect_gateway.json", GW_NG_RECONNECT_GATEWAY, chk_reconnect },
    { "nightingale_server_update_state_disconnect_gateway.json", GW_NG_DISCONNECT_GATEWAY, chk_disconnect },
    { "nightingale_server_event_track_start.json", GW_NG_TRACK_START, chk_start },
    { "nightingale_server_event_track_start_wrapped.json", GW_NG_TRACK_START, chk_start },
    { "nightingale_server_event_track_end.json", GW_NG_TRACK_END, chk_end },
    { "nightingale_server_event_track_errored.json", GW_NG_TRACK_ERRORED, chk_errored },
};
#define NVEC (sizeof vectors / sizeof vectors[0])
static char *vbuf[NVEC];
static size_t vlen[NVEC];

static void load_vectors(void)
{
    size_t i;
    for (i = 0; i < NVEC; i++) {
        char path[256], *z;
        snprintf(path, sizeof path, "tests/vectors/%s", vectors[i].file);
        vbuf[i] = t_read_file(path, &vlen[i]);
        if (vbuf[i] && (z = (char *)realloc(vbuf[i], vlen[i] + 1)) != NULL) { vbuf[i] = z; z[vlen[i]] = 0; }
        else { free(vbuf[i]); vbuf[i] = NULL; }
    }
}

static void test_vectors(void)
{
    size_t i;
    for (i = 0; i < NVEC; i++) {
        static unsigned char scratch2[1 << 16];
        gw_ng_msg m, m2;
        gw_error e;
        char out[2048], out2[2048];
        size_t n = 0, n2 = 0;
        t_case_begin(vectors[i].file);
        CHECK(vbuf[i] != NULL);
        if (!vbuf[i]) { t_case_end(); continue; }
        CHECK_EQ(dec(vbuf[i], vlen[i], GW_FROM_SERVER, &m, &e), GW_OK);
        CHECK_EQ(m.kind, vectors[i].kind);
        vectors[i].check(&m);
        CHECK_EQ(gw_ng_encode(&m, out, sizeof out, &n, &e), GW_OK);
        CHECK_EQ(strlen(out), n);
        CHECK_EQ(gw_ng_decode(out, n, GW_FROM_SERVER, &m2, scratch2, sizeof scratch2, &e), GW_OK);
        CHECK(gw_ng_equal(&m, &m2));
        vectors[i].check(&m2);
        CHECK_EQ(gw_ng_encode(&m2, out2, sizeof out2, &n2, &e), GW_OK); /* canonical: a fixed point */
        CHECK(n == n2 && memcmp(out, out2, n) == 0);
        /* D-40: nothing is client-sent */
        CHECK_EQ(dec(vbuf[i], vlen[i], GW_FROM_CLIENT, &m, &e), GW_ERR_DIRECTION);
        CHECK_STR(e.path, "op");
        CHECK_EQ(m.kind, GW_NG_NONE);
        t_case_end();
    }
}

/* 4.3/4.4 encoder key order, and the canonical forms of the decode-only vectors (D-41, D-43). */
static void test_canonical_output(void)
{
    static const struct { size_t vec; const char *json; } want[] = {
        { 0, "{\"op\":\"ready\",\"data\":{\"session\":\"ad13c35f-7bf4-413b-997d-eef2fe009f98\",\"resumed\":false}}" },
        { 3, "{\"op\":\"forward\",\"data\":{\"op\":4,\"d\":{\"guild_id\":\"18446744073709551615\","
             "\"channel_id\":\"9007199254740993\",\"self_mute\":true,\"self_deaf\":false}}}" },
        { 6, "{\"op\":\"update_state\",\"data\":{\"type\":\"reconnect_gateway\",\"data\":{\"channel\":null,"
             "\"guild\":254768930223161344,\"session\":\"9a7b3c2d1e0f4a5b6c7d8e9f0a1b2c3d\","
             "\"server\":\"us-east123.discord.media:443\",\"ssrc\":4294967295}}}" },
        { 7, "{\"op\":\"update_state\",\"data\":{\"type\":\"disconnect_gateway\",\"data\":{\"channel\":254770965018443801,"
             "\"guild\":254768930223161344,\"session\":\"9a7b3c2d1e0f4a5b6c7d8e9f0a1b2c3d\"}}}" },
        { 9, "{\"op\":\"event\",\"data\":{\"type\":\"track_start\",\"data\":{\"track\":\"" RICK "\","
             "\"artist\":\"Rick Astley\",\"album\":null,\"channel\":\"RickAstleyVEVO\",\"duration\":\"00:03:33\","
             "\"source_url\":\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\","
             "\"title\":\"Rick Astley - Never Gonna Give You Up (Official Music Video)\","
             "\"thumbnail\":\"https://i.ytimg.com/vi/dQw4w9WgXcQ/maxresdefault.jpg\"}}}" },
    };
    size_t i;
    for (i = 0; i < sizeof want / sizeof want[0]; i++) {
        gw_ng_msg m;
        gw_error e;
        char out[2048];
        size_t n;
        if (!vbuf[want[i].vec]) { CHECK(!"vector missing"); continue; }
        CHECK_EQ(dec(vbuf[want[i].vec], vlen[want[i].vec], GW_FROM_SERVER, &m, &e), GW_OK);
        CHECK_EQ(gw_ng_encode(&m, out, sizeof out, &n, &e), GW_OK);
        CHECK_STR(out, want[i].json);
    }
}

/* ---- mutations derived from every vector ---- */
/* The JSON types the spec allows at each path (4.3, 4.5); a vector path without a row fails. */
enum { J_STR = 1, J_NUM = 2, J_BOOL = 4, J_NULL = 8, J_OBJ = 16, J_ARR = 32 };
#define K(k) (1u << (k))
#define STATE (K(GW_NG_CONNECT_GATEWAY) | K(GW_NG_RECONNECT_GATEWAY) | K(GW_NG_DISCONNECT_GATEWAY))
#define EVENT (K(GW_NG_TRACK_START) | K(GW_NG_TRACK_END) | K(GW_NG_TRACK_ERRORED))
static const struct { unsigned kinds; const char *path; unsigned types; } spec_rows[] = {
    { ~0u, "op", J_STR }, { ~0u, "data", J_OBJ },
    { K(GW_NG_READY), "data.session", J_STR }, { K(GW_NG_READY), "data.resumed", J_BOOL },
    { K(GW_NG_FORWARD), "data.op", J_NUM }, { K(GW_NG_FORWARD), "data.d", J_OBJ },
    { K(GW_NG_FORWARD), "data.d.guild_id", J_STR | J_NUM },              /* D-43 */
    { K(GW_NG_FORWARD), "data.d.channel_id", J_STR | J_NUM | J_NULL },
    { K(GW_NG_FORWARD), "data.d.self_mute", J_BOOL }, { K(GW_NG_FORWARD), "data.d.self_deaf", J_BOOL },
    { STATE | EVENT, "data.type", J_STR }, { STATE | EVENT, "data.data", J_OBJ },
    { STATE, "data.data.channel", J_NUM | J_NULL }, { STATE, "data.data.guild", J_NUM },
    { STATE, "data.data.session", J_STR }, { STATE, "data.data.server", J_STR }, { STATE, "data.data.ssrc", J_NUM },
    { K(GW_NG_TRACK_START), "data.data.track", J_STR | J_NULL | J_OBJ }, /* D-41: both forms */
    { K(GW_NG_TRACK_END), "data.data.stopped", J_BOOL }, { K(GW_NG_TRACK_ERRORED), "data.data.error", J_STR },
    { K(GW_NG_TRACK_END) | K(GW_NG_TRACK_ERRORED), "data.data.track", J_OBJ },
};
static const char *const track_keys[] = { "track", "artist", "album", "channel", "duration", "source_url", "title", "thumbnail" };

static unsigned spec_types(gw_ng_kind kind, const char *path)
{
    size_t i;
    const char *rest = NULL;
    for (i = 0; i < sizeof spec_rows / sizeof spec_rows[0]; i++)
        if ((spec_rows[i].kinds & K(kind)) && !strcmp(spec_rows[i].path, path)) return spec_rows[i].types;
    if (kind == GW_NG_TRACK_START && !strncmp(path, "data.data.", 10)) rest = path + 10;
    if ((K(kind) & EVENT) && !strncmp(path, "data.data.track.", 16)) rest = path + 16;
    for (i = 0; rest && i < 8; i++) if (!strcmp(rest, track_keys[i])) return J_STR | J_NULL; /* D-45 */
    return 0;
}

static unsigned jtype(const gj_tok *t)
{
    switch (t->type) {
    case GJ_STRING: return J_STR;
    case GJ_NUMBER: return J_NUM;
    case GJ_TRUE: case GJ_FALSE: return J_BOOL;
    case GJ_NULL: return J_NULL;
    case GJ_OBJECT: return J_OBJ;
    default: return J_ARR;
    }
}

/* Re-emit a tokenized document with one change: drop member `drop`, replace value `repl` by text,
   or prepend text `ins` to the members of object `ins_obj`. */
typedef struct { const char *src; const gj_tok *t; uint32_t drop, repl, ins_obj; const char *repl_text, *ins; } mut;
static char mbuf[8192];
static size_t mlen;
static void put(const char *s, size_t n) { if (mlen + n < sizeof mbuf) memcpy(mbuf + mlen, s, n); mlen += n; }
static void emit(const mut *m, uint32_t i)
{
    const gj_tok *t = &m->t[i];
    if (i == m->repl) { put(m->repl_text, strlen(m->repl_text)); return; }
    if (t->type == GJ_OBJECT) {
        uint32_t k;
        int first = 1;
        put("{", 1);
        if (i == m->ins_obj) { put(m->ins, strlen(m->ins)); first = 0; }
        for (k = i + 1; k < t->next; k = m->t[k + 1].next) {
            if (k == m->drop) continue;
            if (!first) put(",", 1);
            first = 0;
            put(m->src + m->t[k].start - 1, m->t[k].len + 2);
            put(":", 1);
            emit(m, k + 1);
        }
        put("}", 1);
    } else if (t->type == GJ_ARRAY) {
        uint32_t k;
        put("[", 1);
        for (k = i + 1; k < t->next; k = m->t[k].next) { if (k != i + 1) put(",", 1); emit(m, k); }
        put("]", 1);
    } else if (t->type == GJ_STRING) put(m->src + t->start - 1, t->len + 2);
    else put(m->src + t->start, t->len);
}

static gw_err run_mut(mut *m, gw_error *e)
{
    gw_ng_msg msg;
    gw_err r;
    mlen = 0;
    emit(m, 0);
    CHECK(mlen < sizeof mbuf);
    mbuf[mlen < sizeof mbuf ? mlen : 0] = 0;
    r = dec(mbuf, strlen(mbuf), GW_FROM_SERVER, &msg, e);
    if (r) CHECK_EQ(msg.kind, GW_NG_NONE);
    m->drop = m->repl = m->ins_obj = UINT32_MAX;
    return r;
}

#define MUT_FAIL(what) t_failf(__FILE__, __LINE__, "%s %s: got %s at '%s', want %s at '%s'", what, path[i], \
                               gw_strerror(r), e.path, gw_strerror(want), wpath)
static void walk_mutations(size_t vi)
{
    static gj_tok toks[512];
    static char path[512][96];
    static const char *const wrong[] = { "true", "\"x\"", "7", "{}", "[]", "null" };
    static const unsigned wrong_t[] = { J_BOOL, J_STR, J_NUM, J_OBJ, J_ARR, J_NULL };
    const char *buf = vbuf[vi];
    gw_ng_kind kind = vectors[vi].kind;
    gj_status st;
    mut m;
    uint32_t i;
    size_t w;
    t_case_begin(vectors[vi].file);
    CHECK(buf && gj_tokenize(buf, vlen[vi], toks, 512, &st) == GJ_OK);
    if (!buf || st.err) { t_case_end(); return; }
    memset(path, 0, sizeof path);
    m.src = buf; m.t = toks; m.drop = m.repl = m.ins_obj = UINT32_MAX;
    for (i = 0; i < st.count; i++) { /* the path of every member value */
        uint32_t c;
        char parent[96];
        if (toks[i].type != GJ_OBJECT) continue;
        memcpy(parent, path[i], sizeof parent);
        for (c = i + 1; c < toks[i].next; c = toks[c + 1].next)
            if (snprintf(path[c + 1], sizeof path[0], "%s%s%.*s", parent, parent[0] ? "." : "", (int)toks[c].len,
                         buf + toks[c].start) >= (int)sizeof path[0]) CHECK(!"path too long");
    }
    for (i = 0; i < st.count; i++) {
        gw_error e;
        gw_err r, want;
        char wpath[128], text[256];
        unsigned types;
        if (toks[i].type == GJ_OBJECT) {
            /* D-02: an unknown key is an error in every typed object (inserted first, so both
               track_start forms (D-41) meet it before anything else) */
            if (snprintf(wpath, sizeof wpath, "%s%szz", path[i], path[i][0] ? "." : "") >= (int)sizeof wpath) CHECK(!"path too long");
            m.ins_obj = i; m.ins = "\"zz\":1";
            want = GW_ERR_UNKNOWN_FIELD;
            if ((r = run_mut(&m, &e)) != want || strcmp(e.path, wpath)) MUT_FAIL("unknown key in");
            /* D-01: every key of the object repeated */
            {
                uint32_t c;
                for (c = i + 1; c < toks[i].next; c = toks[c + 1].next) {
                    size_t n = (size_t)snprintf(text, sizeof text, "\"%.*s\":null", (int)toks[c].len, buf + toks[c].start);
                    CHECK(n < sizeof text);
                    m.ins_obj = i; m.ins = text;
                    r = run_mut(&m, &e);
                    want = GW_ERR_DUPLICATE_KEY; wpath[0] = 0;
                    if (r != want) MUT_FAIL("duplicate key in");
                }
            }
        }
        if (i == 0 || toks[i - 1].type != GJ_STRING || !path[i][0]) continue; /* member values only */
        types = spec_types(kind, path[i]);
        if (!types) { t_failf(__FILE__, __LINE__, "%s: no spec row", path[i]); continue; }
        CHECK(types & jtype(&toks[i])); /* the vector itself follows the spec */
        /* every key is required (4.3, 4.5) */
        if (snprintf(wpath, sizeof wpath, "%s", path[i]) >= (int)sizeof wpath) CHECK(!"path too long");
        m.drop = i - 1;
        want = GW_ERR_MISSING;
        if ((r = run_mut(&m, &e)) != want || strcmp(e.path, wpath)) MUT_FAIL("drop");
        /* every value of a JSON type the spec does not allow there */
        for (w = 0; w < sizeof wrong / sizeof wrong[0]; w++) {
            if (types & wrong_t[w]) continue;
            m.repl = i; m.repl_text = wrong[w];
            want = GW_ERR_TYPE;
            if ((r = run_mut(&m, &e)) != want || strcmp(e.path, wpath)) MUT_FAIL(wrong[w]);
        }
        /* integers: out of range, fractions, exponents, -0 (0.2); the forward ids also as strings */
        if (toks[i].type == GJ_NUMBER || !strncmp(path[i], "data.d.", 7)) {
            static const char *const bad_num[] = { "18446744073709551616", "-1", "1.5", "1e3", "-0", "99999999999999999999999" };
            static const char *const bad_str[] = { "\"18446744073709551616\"", "\"01\"", "\"\"", "\"-1\"", "\"1a\"", "\"\\u0031\"", "\" 1\"" };
            static const gw_err bad_str_err[] = { GW_ERR_RANGE, GW_ERR_VALUE, GW_ERR_VALUE, GW_ERR_VALUE, GW_ERR_VALUE, GW_ERR_VALUE, GW_ERR_VALUE };
            int is_const = !strcmp(path[i], "data.op"), is_u32 = !strcmp(path[i], "data.data.ssrc");
            int is_id = !strncmp(path[i], "data.d.", 7) && toks[i].type != GJ_TRUE && toks[i].type != GJ_FALSE;
            if (!strncmp(path[i], "data.d.self", 11)) continue;
            for (w = 0; w < sizeof bad_num / sizeof bad_num[0]; w++) {
                m.repl = i; m.repl_text = bad_num[w];
                want = is_const ? GW_ERR_VALUE : GW_ERR_RANGE;
                if ((r = run_mut(&m, &e)) != want || strcmp(e.path, wpath)) MUT_FAIL(bad_num[w]);
            }
            m.repl = i; m.repl_text = is_const ? "5" : is_u32 ? "4294967296" : "18446744073709551616";
            want = is_const ? GW_ERR_VALUE : GW_ERR_RANGE;
            if ((r = run_mut(&m, &e)) != want || strcmp(e.path, wpath)) MUT_FAIL("just above the maximum");
            m.repl = i; m.repl_text = is_const ? "4" : is_u32 ? "4294967295" : "18446744073709551615";
            want = GW_OK;
            if ((r = run_mut(&m, &e)) != want) MUT_FAIL("the maximum");
            m.repl = i; m.repl_text = is_const ? "4" : "0";
            if ((r = run_mut(&m, &e)) != want) MUT_FAIL("zero");
            for (w = 0; is_id && w < sizeof bad_str / sizeof bad_str[0]; w++) { /* 0.2 snowflake rule */
                m.repl = i; m.repl_text = bad_str[w];
                want = bad_str_err[w];
                if ((r = run_mut(&m, &e)) != want || strcmp(e.path, wpath)) MUT_FAIL(bad_str[w]);
            }
            if (is_id) {
                m.repl = i; m.repl_text = "\"18446744073709551615\"";
                want = GW_OK;
                if ((r = run_mut(&m, &e)) != want) MUT_FAIL("max snowflake");
                m.repl = i; m.repl_text = "\"0\"";
                if ((r = run_mut(&m, &e)) != want) MUT_FAIL("snowflake 0");
            }
        }
    }
    t_case_end();
}

static void test_mutations(void)
{
    size_t i;
    for (i = 0; i < NVEC; i++) if (vbuf[i]) walk_mutations(i);
}

/* ---- hand-written rules ---- */
static void test_envelope(void)
{
    /* 4.3: op is one of four strings; inner type one of the op's names */
    EXPECT_ERR("{\"op\":\"hello\",\"data\":{}}", GW_ERR_UNKNOWN_OP, "op");
    EXPECT_ERR("{\"op\":\"READY\",\"data\":{\"session\":\"ad13c35f-7bf4-413b-997d-eef2fe009f98\",\"resumed\":true}}", GW_ERR_UNKNOWN_OP, "op");
    EXPECT_ERR("{\"op\":4,\"data\":{}}", GW_ERR_TYPE, "op");
    EXPECT_ERR("{\"data\":{}}", GW_ERR_MISSING, "op");
    EXPECT_ERR("{\"op\":\"update_state\",\"data\":{\"type\":\"track_start\",\"data\":{}}}", GW_ERR_UNKNOWN_EVENT, "data.type");
    EXPECT_ERR("{\"op\":\"event\",\"data\":{\"type\":\"connect_gateway\",\"data\":{}}}", GW_ERR_UNKNOWN_EVENT, "data.type");
    EXPECT_ERR("{\"op\":\"event\",\"data\":{\"type\":\"track_paused\",\"data\":{}}}", GW_ERR_UNKNOWN_EVENT, "data.type");
    EXPECT_ERR("{\"op\":\"event\",\"data\":{\"type\":null,\"data\":{}}}", GW_ERR_TYPE, "data.type");
    /* ready and forward have no inner type: a "type" key is unknown */
    EXPECT_ERR("{\"op\":\"ready\",\"data\":{\"type\":\"ready\",\"session\":\"ad13c35f-7bf4-413b-997d-eef2fe009f98\",\"resumed\":true}}",
               GW_ERR_UNKNOWN_FIELD, "data.type");
    /* 0.1: top level is an object; JSON errors are reported as such */
    EXPECT_ERR("[]", GW_ERR_TYPE, "");
    EXPECT_ERR("{\"op\":\"ready\",\"data\":{}} x", GW_ERR_JSON, NULL);
    EXPECT_ERR("{\"op\":\"ready\",\"op\":\"ready\",\"data\":{}}", GW_ERR_DUPLICATE_KEY, NULL);
    /* the forward payload is Discord op 4 only (4.5) */
    EXPECT_ERR("{\"op\":\"forward\",\"data\":{\"op\":3,\"d\":{\"guild_id\":\"1\",\"channel_id\":null,\"self_mute\":true,\"self_deaf\":true}}}",
               GW_ERR_VALUE, "data.op");
    /* disconnect_gateway carries no server/ssrc (4.5) */
    EXPECT_ERR("{\"op\":\"update_state\",\"data\":{\"type\":\"disconnect_gateway\",\"data\":{\"channel\":null,\"guild\":1,"
               "\"session\":\"s\",\"ssrc\":1}}}", GW_ERR_UNKNOWN_FIELD, "data.data.ssrc");
    /* D-43: update_state ids are integers only, never strings */
    EXPECT_ERR("{\"op\":\"update_state\",\"data\":{\"type\":\"connect_gateway\",\"data\":{\"channel\":null,\"guild\":\"1\","
               "\"session\":\"s\",\"server\":\"x\",\"ssrc\":1}}}", GW_ERR_TYPE, "data.data.guild");
}

/* D-42: Ready's session is UUID text, 8-4-4-4-12 hex, either case. */
static void test_ready_uuid(void)
{
    static const char *const bad[] = {
        "ad13c35f7bf4413b997deef2fe009f98", "ad13c35f-7bf4-413b-997d-eef2fe009f9", "ad13c35f-7bf4-413b-997d-eef2fe009f980",
        "{ad13c35f-7bf4-413b-997d-eef2fe009f98}", " ad13c35f-7bf4-413b-997d-eef2fe009f98", "ad13c35g-7bf4-413b-997d-eef2fe009f98",
        "ad13c35f_7bf4-413b-997d-eef2fe009f98", "ad13c35-f7bf4-413b-997d-eef2fe009f98", "", "12345",
        "\\u0061d13c35f-7bf4-413b-997d-eef2fe009f98", /* formats are plain ASCII: no escapes */
    };
    size_t i;
    char json[256];
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        snprintf(json, sizeof json, "{\"op\":\"ready\",\"data\":{\"session\":\"%s\",\"resumed\":false}}", bad[i]);
        EXPECT_ERR(json, GW_ERR_VALUE, "data.session");
    }
    snprintf(json, sizeof json, "{\"op\":\"ready\",\"data\":{\"session\":\"%s\",\"resumed\":false}}", "aD13c35F-7bf4-413B-997d-eef2fe009f98");
    {
        gw_ng_msg m;
        gw_error e;
        CHECK_EQ(dec(json, strlen(json), GW_FROM_SERVER, &m, &e), GW_OK);
    }
}

/* D-41: data of track_start is the Track, or {"track": Track}; the type of "track" decides. */
static void test_track_start_forms(void)
{
    static const char *const T = "{\"track\":null,\"artist\":null,\"album\":null,\"channel\":null,\"duration\":null,"
                                 "\"source_url\":null,\"title\":null,\"thumbnail\":\"t\"}";
    char json[512];
    gw_ng_msg m;
    gw_error e;
    snprintf(json, sizeof json, "{\"op\":\"event\",\"data\":{\"type\":\"track_start\",\"data\":{\"track\":%s}}}", T);
    CHECK_EQ(dec(json, strlen(json), GW_FROM_SERVER, &m, &e), GW_OK);
    CHECK(m.u.track_start.has_thumbnail && str_is(m.u.track_start.thumbnail, "t") && !m.u.track_start.has_track);
    /* wrapper: exactly one key */
    snprintf(json, sizeof json, "{\"op\":\"event\",\"data\":{\"type\":\"track_start\",\"data\":{\"track\":%s,\"title\":null}}}", T);
    EXPECT_ERR(json, GW_ERR_TYPE, "data.data.track"); /* read as a Track, whose track must be a string */
    /* an object under "track" is the wrapper: its errors are reported inside it */
    EXPECT_ERR("{\"op\":\"event\",\"data\":{\"type\":\"track_start\",\"data\":{\"track\":{}}}}", GW_ERR_MISSING, "data.data.track.track");
    EXPECT_ERR("{\"op\":\"event\",\"data\":{\"type\":\"track_start\",\"data\":{\"track\":{\"track\":{}}}}}", GW_ERR_TYPE, "data.data.track.track");
    /* a string under "track" is the Track: the other seven keys are then due */
    EXPECT_ERR("{\"op\":\"event\",\"data\":{\"type\":\"track_start\",\"data\":{\"track\":\"x\"}}}", GW_ERR_MISSING, "data.data.artist");
    EXPECT_ERR("{\"op\":\"event\",\"data\":{\"type\":\"track_start\",\"data\":{\"track\":null}}}", GW_ERR_MISSING, "data.data.artist");
    /* track_end / track_errored have no direct form */
    snprintf(json, sizeof json, "{\"op\":\"event\",\"data\":{\"type\":\"track_end\",\"data\":%s}}", T);
    EXPECT_ERR(json, GW_ERR_TYPE, "data.data.track");
}

/* ---- randomised round trip ---- */
static gw_str rand_uuid(void)
{
    static const char hex[] = "0123456789abcdefABCDEF";
    gw_str s;
    size_t i;
    if (rng_pool_used + 64 > sizeof rng_pool) rng_pool_used = 0;
    s.ptr = rng_pool + rng_pool_used;
    for (i = 0; i < 36; i++)
        rng_pool[rng_pool_used++] = (i == 8 || i == 13 || i == 18 || i == 23) ? '-' : hex[rng() % 22];
    s.len = 36;
    s.escaped = 0;
    return s;
}

static void rand_track(gw_ng_track *t)
{
    gw_str *s[8];
    bool *h[8];
    size_t i;
    s[0] = &t->track; s[1] = &t->artist; s[2] = &t->album; s[3] = &t->channel;
    s[4] = &t->duration; s[5] = &t->source_url; s[6] = &t->title; s[7] = &t->thumbnail;
    h[0] = &t->has_track; h[1] = &t->has_artist; h[2] = &t->has_album; h[3] = &t->has_channel;
    h[4] = &t->has_duration; h[5] = &t->has_source_url; h[6] = &t->has_title; h[7] = &t->has_thumbnail;
    for (i = 0; i < 8; i++) if ((*h[i] = rng() % 3 != 0)) *s[i] = rng_str(11);
}

static void rand_msg(gw_ng_msg *m, gw_ng_kind kind)
{
    memset(m, 0, sizeof *m);
    m->kind = kind;
    switch (kind) {
    case GW_NG_READY: m->u.ready.session = rand_uuid(); m->u.ready.resumed = rng() & 1; break;
    case GW_NG_FORWARD:
        m->u.forward.guild_id = rng_u64();
        if ((m->u.forward.has_channel_id = rng() & 1)) m->u.forward.channel_id = rng_u64();
        m->u.forward.self_mute = rng() & 1;
        m->u.forward.self_deaf = rng() & 1;
        break;
    case GW_NG_CONNECT_GATEWAY: case GW_NG_RECONNECT_GATEWAY: case GW_NG_DISCONNECT_GATEWAY:
        if ((m->u.gateway_state.has_channel = rng() & 1)) m->u.gateway_state.channel = rng_u64();
        m->u.gateway_state.guild = rng_u64();
        m->u.gateway_state.session = rng_str(11);
        if (kind != GW_NG_DISCONNECT_GATEWAY) {
            m->u.gateway_state.server = rng_str(11);
            m->u.gateway_state.ssrc = (uint32_t)(rng() % 3 == 0 ? UINT32_MAX : rng());
        }
        break;
    case GW_NG_TRACK_START: rand_track(&m->u.track_start); break;
    case GW_NG_TRACK_END: m->u.track_end.stopped = rng() & 1; rand_track(&m->u.track_end.track); break;
    case GW_NG_TRACK_ERRORED: m->u.track_errored.error = rng_str(11); rand_track(&m->u.track_errored.track); break;
    default: break;
    }
}

static void test_random_round_trip(void)
{
    int kind, i;
    for (kind = GW_NG_READY; kind <= GW_NG_TRACK_ERRORED; kind++) {
        int fails = 0;
        for (i = 0; i < 3000 && fails < 3; i++) {
            static unsigned char scratch2[1 << 16];
            gw_ng_msg m, d, d2;
            gw_error e;
            char out[4096], out2[4096];
            size_t n = 0, n2 = 0;
            rand_msg(&m, (gw_ng_kind)kind);
            if (gw_ng_encode(&m, out, sizeof out, &n, &e) != GW_OK) { fails++; CHECK(!"encode"); continue; }
            if (dec(out, n, GW_FROM_SERVER, &d, &e) != GW_OK) { fails++; t_failf(__FILE__, __LINE__, "%s at %s: %s", gw_strerror(e.code), e.path, out); continue; }
            if (!gw_ng_equal(&m, &d) || (int)d.kind != kind) { fails++; t_failf(__FILE__, __LINE__, "not equal: %s", out); continue; }
            if (gw_ng_encode(&d, out2, sizeof out2, &n2, &e) != GW_OK || n != n2 || memcmp(out, out2, n)) { fails++; CHECK(!"re-encode differs"); continue; }
            if (gw_ng_decode(out2, n2, GW_FROM_SERVER, &d2, scratch2, sizeof scratch2, &e) != GW_OK || !gw_ng_equal(&d, &d2)) { fails++; CHECK(!"second decode"); }
        }
        CHECK_EQ(fails, 0);
    }
}

/* gw_ng_equal notices every field, including null vs "" (4.5 N). */
static void test_equal(void)
{
    gw_ng_msg a, b;
    rand_msg(&a, GW_NG_TRACK_END);
    a.u.track_end.track.has_title = 1;
    a.u.track_end.track.title = gw_str_c("x");
    b = a;
    CHECK(gw_ng_equal(&a, &b));
    b.u.track_end.track.title = gw_str_c("y");
    CHECK(!gw_ng_equal(&a, &b));
    b = a; b.u.track_end.stopped = !a.u.track_end.stopped;
    CHECK(!gw_ng_equal(&a, &b));
    b = a; b.u.track_end.track.has_title = 0;
    CHECK(!gw_ng_equal(&a, &b));
    b = a; b.kind = GW_NG_TRACK_ERRORED;
    CHECK(!gw_ng_equal(&a, &b));
    rand_msg(&a, GW_NG_FORWARD);
    a.u.forward.has_channel_id = 0;
    b = a; b.u.forward.channel_id = 99; /* ignored while null */
    CHECK(gw_ng_equal(&a, &b));
    b.u.forward.has_channel_id = 1;
    CHECK(!gw_ng_equal(&a, &b));
}

/* Encoder: GW_ERR_INVALID with the path for structs that would not decode; out is "" after any error. */
static void test_encode_refuses(void)
{
    gw_ng_msg m;
    gw_error e;
    char out[512];
    size_t n = 7;
    memset(&m, 0, sizeof m);
    strcpy(out, "junk");
    CHECK_EQ(gw_ng_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID); /* kind NONE */
    CHECK_STR(e.path, "kind"); CHECK_STR(out, ""); CHECK_EQ(n, 0);
    m.kind = (gw_ng_kind)99;
    CHECK_EQ(gw_ng_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "kind");
    /* D-42: Ready's session must be a UUID */
    m.kind = GW_NG_READY;
    m.u.ready.session = gw_str_c("not-a-uuid");
    strcpy(out, "junk");
    CHECK_EQ(gw_ng_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "data.session"); CHECK_STR(out, "");
    m.u.ready.session = gw_str_c("ad13c35f-7bf4-413b-997d-eef2fe009f98");
    CHECK_EQ(gw_ng_encode(&m, out, sizeof out, &n, &e), GW_OK);
    /* 0.1: invalid UTF-8 never reaches the wire */
    memset(&m, 0, sizeof m);
    m.kind = GW_NG_TRACK_ERRORED;
    m.u.track_errored.error = gw_str_c("ok");
    m.u.track_errored.track.has_title = 1;
    m.u.track_errored.track.title = gw_str_c("bad \xc3\x28 utf8");
    strcpy(out, "junk");
    CHECK_EQ(gw_ng_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "data.data.track.title"); CHECK_STR(out, "");
    m.u.track_errored.track.title = gw_str_c("\xed\xa0\x80"); /* a UTF-16 surrogate in UTF-8 */
    CHECK_EQ(gw_ng_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "data.data.track.title");
    m.u.track_errored.track.title.ptr = NULL; /* NULL text with a length */
    CHECK_EQ(gw_ng_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    m.u.track_errored.track.has_title = 0; /* a null title is not looked at */
    CHECK_EQ(gw_ng_encode(&m, out, sizeof out, &n, &e), GW_OK);
    memset(&m, 0, sizeof m);
    m.kind = GW_NG_CONNECT_GATEWAY;
    m.u.gateway_state.server = gw_str_c("\xff");
    CHECK_EQ(gw_ng_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "data.data.server");
}

/* snprintf semantics: GW_ERR_BUFFER with err.needed, never past cap, out "" */
static void test_encode_buffer(void)
{
    gw_ng_msg m;
    gw_error e;
    char out[256];
    size_t n = 0, full, cap;
    memset(&m, 0, sizeof m);
    m.kind = GW_NG_READY;
    m.u.ready.session = gw_str_c("ad13c35f-7bf4-413b-997d-eef2fe009f98");
    CHECK_EQ(gw_ng_encode(&m, out, sizeof out, &full, &e), GW_OK);
    for (cap = 0; cap <= full; cap++) {
        memset(out, 'Q', sizeof out);
        CHECK_EQ(gw_ng_encode(&m, cap ? out : NULL, cap, &n, &e), GW_ERR_BUFFER);
        CHECK_EQ(e.needed, full + 1);
        CHECK_EQ(n, 0);
        if (cap) CHECK_EQ(out[0], 0);
        CHECK_EQ(out[cap], 'Q');
    }
    CHECK_EQ(gw_ng_encode(&m, out, full + 1, &n, &e), GW_OK);
    CHECK_EQ(n, full);
}

/* ---- 4.1 connection formats ---- */
static void test_query(void)
{
    static const struct { const char *q; gw_err r; uint32_t shards; uint64_t user; } rows[] = {
        { "shards=1&user_id=155112606661607425", GW_OK, 1, 155112606661607425ull },
        { "user_id=155112606661607425&shards=16", GW_OK, 16, 155112606661607425ull }, /* any order */
        { "shards=4294967295&user_id=18446744073709551615", GW_OK, UINT32_MAX, UINT64_MAX },
        { "shards=1&user_id=0", GW_OK, 1, 0 },
        { "shards=0&user_id=1", GW_ERR_RANGE, 0, 0 },                /* D-44: shards >= 1 */
        { "shards=4294967296&user_id=1", GW_ERR_RANGE, 0, 0 },       /* uint32 */
        { "shards=1&user_id=18446744073709551616", GW_ERR_RANGE, 0, 0 },
        { "shards=1&user_id=99999999999999999999999", GW_ERR_RANGE, 0, 0 },
        { "shards=01&user_id=1", GW_ERR_VALUE, 0, 0 },               /* no leading zero */
        { "shards=1&user_id=007", GW_ERR_VALUE, 0, 0 },
        { "shards=+1&user_id=1", GW_ERR_VALUE, 0, 0 },               /* no sign */
        { "shards=-1&user_id=1", GW_ERR_VALUE, 0, 0 },
        { "shards=&user_id=1", GW_ERR_VALUE, 0, 0 },                 /* no empty values */
        { "shards&user_id=1", GW_ERR_VALUE, 0, 0 },
        { "shards=%31&user_id=1", GW_ERR_VALUE, 0, 0 },              /* no percent-encoding */
        { "shards=1 &user_id=1", GW_ERR_VALUE, 0, 0 },
        { "shards=1&user_id=1=2", GW_ERR_VALUE, 0, 0 },
        { "shards=1", GW_ERR_MISSING, 0, 0 },                        /* both required */
        { "user_id=1", GW_ERR_MISSING, 0, 0 },
        { "", GW_ERR_MISSING, 0, 0 },
        { "shards=1&shards=1&user_id=1", GW_ERR_DUPLICATE_KEY, 0, 0 }, /* each exactly once */
        { "shards=1&user_id=1&user_id=1", GW_ERR_DUPLICATE_KEY, 0, 0 },
        { "shards=1&user_id=1&compress=1", GW_ERR_UNKNOWN_FIELD, 0, 0 }, /* no other parameters */
        { "shards=1&user_id=1&", GW_ERR_UNKNOWN_FIELD, 0, 0 },
        { "shards=1&&user_id=1", GW_ERR_UNKNOWN_FIELD, 0, 0 },
        { "?shards=1&user_id=1", GW_ERR_UNKNOWN_FIELD, 0, 0 },      /* the query only, without '?' */
        { "/ws?shards=1&user_id=1", GW_ERR_UNKNOWN_FIELD, 0, 0 },
        { "Shards=1&user_id=1", GW_ERR_UNKNOWN_FIELD, 0, 0 },
    };
    size_t i;
    for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        uint32_t s = 77;
        uint64_t u = 77;
        gw_err r = gw_ng_query_parse(rows[i].q, strlen(rows[i].q), &s, &u);
        if (r != rows[i].r || s != rows[i].shards || u != rows[i].user)
            t_failf(__FILE__, __LINE__, "'%s': got %s %u %llu", rows[i].q, gw_strerror(r), (unsigned)s, (unsigned long long)u);
        if (r == GW_OK) { /* format is the inverse, keys in the spec's order */
            char out[64], again[64];
            size_t n;
            CHECK_EQ(gw_ng_query_format(out, sizeof out, s, u, &n), GW_OK);
            CHECK_EQ(strlen(out), n);
            snprintf(again, sizeof again, "shards=%u&user_id=%llu", (unsigned)s, (unsigned long long)u);
            CHECK_STR(out, again);
        }
    }
    { /* a NUL inside the length is not the end of the query */
        uint32_t s;
        uint64_t u;
        CHECK_EQ(gw_ng_query_parse("shards=1&user_id=1\0", 19, &s, &u), GW_ERR_VALUE);
        CHECK_EQ(gw_ng_query_parse("shards=1&user_id=12", 18, &s, &u), GW_OK); /* only n bytes are read */
        CHECK_EQ(u, 1);
        CHECK_EQ(gw_ng_query_parse(NULL, 0, &s, &u), GW_ERR_MISSING);
        CHECK_EQ(gw_ng_query_parse("shards=1&user_id=1", 18, NULL, &u), GW_ERR_ARG);
    }
    { /* snprintf semantics for the builder */
        char out[64];
        size_t n = 0, cap;
        const char *full = "shards=7&user_id=18446744073709551615";
        for (cap = 0; cap <= strlen(full); cap++) {
            memset(out, 'Q', sizeof out);
            CHECK_EQ(gw_ng_query_format(cap ? out : NULL, cap, 7, UINT64_MAX, &n), GW_ERR_BUFFER);
            CHECK_EQ(n, strlen(full));
            if (cap) CHECK_EQ(out[0], 0);
            CHECK_EQ(out[cap], 'Q');
        }
        CHECK_EQ(gw_ng_query_format(out, cap, 7, UINT64_MAX, &n), GW_OK);
        CHECK_STR(out, full);
        CHECK_EQ(gw_ng_query_format(out, sizeof out, 0, 1, &n), GW_ERR_INVALID); /* D-44 */
        CHECK_STR(out, "");
        CHECK_EQ(gw_ng_query_format(out, sizeof out, 1, 0, NULL), GW_OK);
        CHECK_STR(out, "shards=1&user_id=0");
    }
}

/* D-42: the resume header `session` is the Ready UUID. */
static void test_session_header(void)
{
    static const char *const good[] = { "ad13c35f-7bf4-413b-997d-eef2fe009f98", "0F8E2C4A-1B3D-4E5F-8A9B-C0D1E2F3A4B5",
                                        "00000000-0000-0000-0000-000000000000" };
    static const char *const bad[] = { "", "ad13c35f7bf4413b997deef2fe009f98", "{ad13c35f-7bf4-413b-997d-eef2fe009f98}",
                                       "ad13c35f-7bf4-413b-997d-eef2fe009f98 ", " ad13c35f-7bf4-413b-997d-eef2fe009f98",
                                       "ad13c35f-7bf4-413b-997d-eef2fe009f9g", "ad13c35f-7bf4-413b-997de-ef2fe009f98",
                                       "123456789", "ad13c35f-7bf4-413b-997d-eef2fe009f9" };
    size_t i;
    for (i = 0; i < sizeof good / sizeof good[0]; i++) CHECK(gw_ng_session_valid(good[i], strlen(good[i])));
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++)
        if (gw_ng_session_valid(bad[i], strlen(bad[i]))) t_failf(__FILE__, __LINE__, "accepted '%s'", bad[i]);
    CHECK(!gw_ng_session_valid(good[0], 35));
    CHECK(!gw_ng_session_valid(NULL, 36));
}

/* Nothing allocates: vectors decoded and encoded, helpers called, with the allocator watched. */
static void test_zero_alloc(void)
{
    unsigned long before = t_allocs();
    size_t i, n;
    int ok = 1;
    for (i = 0; i < NVEC; i++) {
        gw_ng_msg m;
        gw_error e;
        char out[2048];
        uint32_t s;
        uint64_t u;
        if (!vbuf[i]) continue;
        ok &= dec(vbuf[i], vlen[i], GW_FROM_SERVER, &m, &e) == GW_OK;
        ok &= gw_ng_encode(&m, out, sizeof out, &n, &e) == GW_OK;
        ok &= gw_ng_equal(&m, &m);
        ok &= dec(vbuf[i], vlen[i], GW_FROM_CLIENT, &m, &e) == GW_ERR_DIRECTION;
        ok &= gw_ng_query_format(out, sizeof out, 3, 155112606661607425ull, &n) == GW_OK;
        ok &= gw_ng_query_parse(out, n, &s, &u) == GW_OK && s == 3;
        ok &= gw_ng_session_valid("ad13c35f-7bf4-413b-997d-eef2fe009f98", 36);
    }
    CHECK(ok);
    CHECK_EQ(t_allocs(), before);
}

int main(void)
{
    size_t i;
    load_vectors();
    RUN(test_vectors);
    RUN(test_canonical_output);
    test_mutations();
    RUN(test_envelope);
    RUN(test_ready_uuid);
    RUN(test_track_start_forms);
    RUN(test_random_round_trip);
    RUN(test_equal);
    RUN(test_encode_refuses);
    RUN(test_encode_buffer);
    RUN(test_query);
    RUN(test_session_header);
    RUN(test_zero_alloc);
    for (i = 0; i < NVEC; i++) free(vbuf[i]);
    return t_summary("nightingale");
}
