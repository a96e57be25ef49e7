/* Nightingale: PROTOCOLS.md section 4, one test per rule. The server sends everything except the
   original's two client messages update_voice_state / update_voice_server (D-40 revised, issue 10).
   Both wire forms decode: the seed's and the original's (D-46 forward and event wrappers, D-47
   duration object); gw_ng_encode_wire writes either. */
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
static void expect_err_from(int line, const char *json, gw_from from, gw_err code, const char *path)
{
    gw_ng_msg m;
    gw_error e;
    gw_err r = dec(json, strlen(json), from, &m, &e);
    if (r != code || (path && strcmp(e.path, path) != 0))
        t_failf(__FILE__, line, "%s: got %s at '%s', want %s at '%s'", json, gw_strerror(r), e.path,
                gw_strerror(code), path ? path : "*");
    CHECK_EQ(m.kind, GW_NG_NONE);
}
#define EXPECT_ERR(json, code, path) expect_err_from(__LINE__, json, GW_FROM_SERVER, code, path)
#define EXPECT_ERR_C(json, code, path) expect_err_from(__LINE__, json, GW_FROM_CLIENT, code, path) /* client-sent */

/* ---- 4.4: the vectors, with their field values ---- */
#define RICK "Never Gonna Give You Up"
#define RICK_TITLE "Rick Astley - Never Gonna Give You Up (Official Music Video)"
#define RICK_URL "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
#define RICK_THUMB "https://i.ytimg.com/vi/dQw4w9WgXcQ/maxresdefault.jpg"
static void chk_rick(const gw_ng_track *t)
{
    CHECK(t->has_track && str_is(t->track, RICK));
    CHECK(t->has_artist && str_is(t->artist, "Rick Astley"));
    CHECK(!t->has_album);
    CHECK(t->has_channel && str_is(t->channel, "RickAstleyVEVO"));
    CHECK(t->has_duration && str_is(t->duration, "00:03:33")); /* D-45: text */
    CHECK(!t->has_duration_time);                               /* D-47: the seed form's text only */
    CHECK(t->has_source_url && str_is(t->source_url, RICK_URL));
    CHECK(t->has_title && str_is(t->title, RICK_TITLE));
    CHECK(t->has_thumbnail && str_is(t->thumbnail, RICK_THUMB));
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
    CHECK(!f->has_shard && f->shard == 0); /* D-46: the seed form has no shard */
}
static void chk_forward_int(const gw_ng_msg *m)
{
    const gw_ng_forward *f = &m->u.forward; /* D-43: JSON integers, full 64-bit precision */
    CHECK(f->guild_id == UINT64_MAX && f->has_channel_id && f->channel_id == 9007199254740993ull);
    CHECK(f->self_mute && !f->self_deaf);
    CHECK(!f->has_shard);
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
static void chk_start(const gw_ng_msg *m) { CHECK(!m->has_guild); chk_rick(&m->u.track_start); }
static void chk_end(const gw_ng_msg *m) { CHECK(!m->has_guild); CHECK(!m->u.track_end.stopped); chk_rick(&m->u.track_end.track); }
static void chk_errored(const gw_ng_msg *m)
{
    const gw_ng_track *t = &m->u.track_errored.track;
    CHECK(!m->has_guild);
    CHECK(str_is(m->u.track_errored.error, "Something failed"));
    CHECK(!t->has_track && !t->has_artist && !t->has_album && !t->has_channel && !t->has_duration &&
          !t->has_source_url && !t->has_title && !t->has_thumbnail && !t->has_duration_time);
}
/* The originals' wire (issue 10) */
static void chk_orig_forward(const gw_ng_msg *m)
{
    const gw_ng_forward *f = &m->u.forward; /* D-46: {shard, payload: {op: 4, d}}, ids as JSON integers */
    CHECK(f->has_shard && f->shard == 0);
    CHECK(f->guild_id == 111111111111111111ull && f->has_channel_id && f->channel_id == 222222222222222222ull);
    CHECK(f->self_deaf && !f->self_mute);
}
static void chk_orig_start(const gw_ng_msg *m)
{
    const gw_ng_track *t = &m->u.track_start; /* D-46: {guild, event: {type, data}}; D-47: duration object */
    CHECK(m->has_guild && m->guild == 111111111111111111ull);
    CHECK(!t->has_track && !t->has_artist && !t->has_album && !t->has_thumbnail);
    CHECK(t->has_channel && str_is(t->channel, "c"));
    CHECK(!t->has_duration && t->has_duration_time && t->duration_time.secs == 212 && t->duration_time.nanos == 0);
    CHECK(t->has_source_url && str_is(t->source_url, "https://x"));
    CHECK(t->has_title && str_is(t->title, "t"));
}
static void chk_orig_end(const gw_ng_msg *m)
{
    const gw_ng_track *t = &m->u.track_end.track; /* D-46: the original's {stopped, track} */
    CHECK(m->has_guild && m->guild == 254768930223161344ull);
    CHECK(m->u.track_end.stopped);
    CHECK(t->has_track && str_is(t->track, RICK));
    CHECK(t->has_artist && str_is(t->artist, "Rick Astley"));
    CHECK(t->has_album && str_is(t->album, "Whenever You Need Somebody"));
    CHECK(t->has_channel && str_is(t->channel, "RickAstleyVEVO"));
    CHECK(!t->has_duration && t->has_duration_time); /* D-47: {"secs":213,"nanos":40000000} */
    CHECK(t->duration_time.secs == 213 && t->duration_time.nanos == 40000000u);
    CHECK(t->has_source_url && str_is(t->source_url, RICK_URL));
    CHECK(t->has_title && str_is(t->title, RICK_TITLE));
    CHECK(t->has_thumbnail && str_is(t->thumbnail, RICK_THUMB));
}
static void chk_orig_errored(const gw_ng_msg *m)
{
    const gw_ng_track *t = &m->u.track_errored.track; /* D-46: the original's {error, track} */
    CHECK(m->has_guild && m->guild == 254768930223161344ull);
    CHECK(str_is(m->u.track_errored.error, "Failed to decode the audio stream"));
    CHECK(!t->has_track && !t->has_artist && !t->has_album && !t->has_thumbnail);
    CHECK(!t->has_duration && !t->has_duration_time); /* D-47: null */
    CHECK(t->has_channel && str_is(t->channel, "RickAstleyVEVO"));
    CHECK(t->has_source_url && str_is(t->source_url, RICK_URL));
    CHECK(t->has_title && str_is(t->title, RICK_TITLE));
}
static void chk_voice_state(const gw_ng_msg *m)
{
    const gw_ng_voice_state *v = &m->u.voice_state; /* D-40: guild_id a string, user_id an integer, channel null */
    CHECK(v->has_guild_id && v->guild_id == 111111111111111111ull && v->user_id == 333333333333333333ull);
    CHECK(str_is(v->session_id, "s"));
    CHECK(!v->has_channel_id && v->channel_id == 0);
}
static void chk_voice_server(const gw_ng_msg *m)
{
    const gw_ng_voice_server *v = &m->u.voice_server; /* D-40 */
    CHECK(v->has_endpoint && str_is(v->endpoint, "x.discord.media:443") && str_is(v->token, "tok"));
    CHECK(v->guild_id == 111111111111111111ull);
}

/* wire: the form the vector is written in (its canonical re-encoding uses it) */
static const struct { const char *file; gw_ng_kind kind; void (*check)(const gw_ng_msg *); gw_wire wire; } vectors[] = {
    { "nightingale_server_ready.json", GW_NG_READY, chk_ready, GW_WIRE_SEED },
    { "nightingale_server_ready_resumed.json", GW_NG_READY, chk_ready_resumed, GW_WIRE_SEED },
    { "nightingale_server_forward.json", GW_NG_FORWARD, chk_forward, GW_WIRE_SEED },
    { "nightingale_server_forward_integer_ids.json", GW_NG_FORWARD, chk_forward_int, GW_WIRE_SEED },
    { "nightingale_server_forward_leave.json", GW_NG_FORWARD, chk_forward_leave, GW_WIRE_SEED },
    { "nightingale_server_update_state_connect_gateway.json", GW_NG_CONNECT_GATEWAY, chk_connect, GW_WIRE_SEED },
    { "nightingale_server_update_state_reconnect_gateway.json", GW_NG_RECONNECT_GATEWAY, chk_reconnect, GW_WIRE_SEED },
    { "nightingale_server_update_state_disconnect_gateway.json", GW_NG_DISCONNECT_GATEWAY, chk_disconnect, GW_WIRE_SEED },
    { "nightingale_server_event_track_start.json", GW_NG_TRACK_START, chk_start, GW_WIRE_SEED },
    { "nightingale_server_event_track_start_wrapped.json", GW_NG_TRACK_START, chk_start, GW_WIRE_SEED },
    { "nightingale_server_event_track_end.json", GW_NG_TRACK_END, chk_end, GW_WIRE_SEED },
    { "nightingale_server_event_track_errored.json", GW_NG_TRACK_ERRORED, chk_errored, GW_WIRE_SEED },
    /* the originals' wire (issue 10) */
    { "nightingale_server_orig_forward.json", GW_NG_FORWARD, chk_orig_forward, GW_WIRE_ORIGINAL },
    { "nightingale_server_orig_event_track_start.json", GW_NG_TRACK_START, chk_orig_start, GW_WIRE_ORIGINAL },
    { "nightingale_server_orig_event_track_end.json", GW_NG_TRACK_END, chk_orig_end, GW_WIRE_ORIGINAL },
    { "nightingale_server_orig_event_track_errored.json", GW_NG_TRACK_ERRORED, chk_orig_errored, GW_WIRE_ORIGINAL },
    { "nightingale_client_orig_update_voice_state.json", GW_NG_UPDATE_VOICE_STATE, chk_voice_state, GW_WIRE_ORIGINAL },
    { "nightingale_client_orig_update_voice_server.json", GW_NG_UPDATE_VOICE_SERVER, chk_voice_server, GW_WIRE_ORIGINAL },
};
#define NVEC (sizeof vectors / sizeof vectors[0])
static char *vbuf[NVEC];
static size_t vlen[NVEC];

static gw_from vec_from(size_t i) { return strstr(vectors[i].file, "_client_") ? GW_FROM_CLIENT : GW_FROM_SERVER; }

static void load_vectors(void) { T_LOAD_VECTORS(vectors, vbuf, vlen, t_vector_str); }

static void test_vectors(void)
{
    size_t i;
    for (i = 0; i < NVEC; i++) {
        static unsigned char scratch2[1 << 16];
        gw_ng_msg m, m2;
        gw_error e;
        char out[2048];
        size_t n = 0;
        gw_from from = vec_from(i);
        gw_wire wire = vectors[i].wire;
        t_case_begin(vectors[i].file);
        CHECK(vbuf[i] != NULL);
        if (!vbuf[i]) { t_case_end(); continue; }
        CHECK_ERR(dec(vbuf[i], vlen[i], from, &m, &e), GW_OK);
        CHECK_EQ(m.kind, vectors[i].kind);
        vectors[i].check(&m);
        /* each vector re-encodes in its own wire form and decodes back equal, and the field checks
           hold for the message decoded back */
        if (VEC_ROUND_TRIP(GW_PROTO_NG, &m, from, wire, out, sizeof out, &n) &&
            gw_ng_decode(out, n, from, &m2, scratch2, sizeof scratch2, &e) == GW_OK)
            vectors[i].check(&m2);
        /* D-40 (revised): the server sends all but the two voice messages, which only the client sends */
        CHECK_ERR(dec(vbuf[i], vlen[i], from == GW_FROM_CLIENT ? GW_FROM_SERVER : GW_FROM_CLIENT, &m, &e), GW_ERR_DIRECTION);
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
        if (!vbuf[want[i].vec]) { t_fail(__FILE__, __LINE__, "vector missing"); continue; }
        CHECK_ERR(dec(vbuf[want[i].vec], vlen[want[i].vec], GW_FROM_SERVER, &m, &e), GW_OK);
        CHECK_ERR(gw_ng_encode(&m, out, sizeof out, &n, &e), GW_OK);
        CHECK_STR(out, want[i].json);
    }
}

/* ---- mutations derived from every vector ---- */
/* The JSON types the spec allows at each path (4.3, 4.5); a vector path without a row fails. */
enum { J_STR = 1, J_NUM = 2, J_BOOL = 4, J_NULL = 8, J_OBJ = 16, J_ARR = 32 };
#define K(k) (1u << (k))
#define STATE (K(GW_NG_CONNECT_GATEWAY) | K(GW_NG_RECONNECT_GATEWAY) | K(GW_NG_DISCONNECT_GATEWAY))
#define EVENT (K(GW_NG_TRACK_START) | K(GW_NG_TRACK_END) | K(GW_NG_TRACK_ERRORED))
#define VOICE (K(GW_NG_UPDATE_VOICE_STATE) | K(GW_NG_UPDATE_VOICE_SERVER))
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
    /* D-46: the original's forward {shard, payload: {op, d}} and event {guild, event: {type, data}} */
    { K(GW_NG_FORWARD), "data.shard", J_NUM }, { K(GW_NG_FORWARD), "data.payload", J_OBJ },
    { K(GW_NG_FORWARD), "data.payload.op", J_NUM }, { K(GW_NG_FORWARD), "data.payload.d", J_OBJ },
    { K(GW_NG_FORWARD), "data.payload.d.guild_id", J_STR | J_NUM },
    { K(GW_NG_FORWARD), "data.payload.d.channel_id", J_STR | J_NUM | J_NULL },
    { K(GW_NG_FORWARD), "data.payload.d.self_mute", J_BOOL }, { K(GW_NG_FORWARD), "data.payload.d.self_deaf", J_BOOL },
    { EVENT, "data.guild", J_NUM }, { EVENT, "data.event", J_OBJ },
    { EVENT, "data.event.type", J_STR }, { EVENT, "data.event.data", J_OBJ },
    { K(GW_NG_TRACK_END), "data.event.data.stopped", J_BOOL }, { K(GW_NG_TRACK_ERRORED), "data.event.data.error", J_STR },
    { K(GW_NG_TRACK_END) | K(GW_NG_TRACK_ERRORED), "data.event.data.track", J_OBJ },
    /* D-40 (revised): the client's voice messages; ids integers or digit strings */
    { K(GW_NG_UPDATE_VOICE_SERVER), "data.guild_id", J_STR | J_NUM },
    { K(GW_NG_UPDATE_VOICE_STATE), "data.guild_id", J_STR | J_NUM | J_NULL }, /* D-40a */
    { K(GW_NG_UPDATE_VOICE_STATE), "data.user_id", J_STR | J_NUM },
    { K(GW_NG_UPDATE_VOICE_STATE), "data.session_id", J_STR },
    { K(GW_NG_UPDATE_VOICE_STATE), "data.channel_id", J_STR | J_NUM | J_NULL },
    { K(GW_NG_UPDATE_VOICE_SERVER), "data.endpoint", J_STR | J_NULL }, /* D-40a */
    { K(GW_NG_UPDATE_VOICE_SERVER), "data.token", J_STR },
};
static const char *const track_keys[] = { "track", "artist", "album", "channel", "duration", "source_url", "title", "thumbnail" };

static unsigned spec_types(gw_ng_kind kind, const char *path)
{
    size_t i;
    const char *rest = NULL;
    int orig = !strncmp(path, "data.event.", 11); /* the original's event form */
    const char *inner = orig ? path + 11 : path + 5; /* after "data.event." / "data." */
    for (i = 0; i < sizeof spec_rows / sizeof spec_rows[0]; i++)
        if ((spec_rows[i].kinds & K(kind)) && !strcmp(spec_rows[i].path, path)) return spec_rows[i].types;
    if (!(K(kind) & EVENT) || (!orig && strncmp(path, "data.", 5))) return 0;
    if (kind == GW_NG_TRACK_START && !strncmp(inner, "data.", 5)) rest = inner + 5;
    if (!strncmp(inner, "data.track.", 11)) rest = inner + 11;
    if (rest && orig && !strcmp(rest, "duration")) return J_OBJ | J_NULL; /* D-47: {secs, nanos} or null */
    if (rest && orig && (!strcmp(rest, "duration.secs") || !strcmp(rest, "duration.nanos"))) return J_NUM;
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

/* One change to the vector in `doc`, re-serialised by mut_emit (gw_mut.h): drop the member whose
   key is token `drop`, replace value `repl` by text, or put text `ins` first among the members of
   object `ins_obj`; one at a time. */
typedef struct { uint32_t drop, repl, ins_obj; const char *repl_text, *ins; } mut;
static mut_doc doc;      /* the vector being mutated */
static gw_from mut_from; /* its sender */
static gw_err run_mut(mut *m, gw_error *e)
{
    static char mbuf[8192];
    mut_how h;
    gw_ng_msg msg;
    gw_err r;
    size_t n;
    CHECK((m->repl != UINT32_MAX) + (m->drop != UINT32_MAX) + (m->ins_obj != UINT32_MAX) == 1);
    h.first = 0;
    if (m->repl != UINT32_MAX) h.mode = MUT_REPLACE, h.at = m->repl, h.text = m->repl_text;
    else if (m->drop != UINT32_MAX) h.mode = MUT_DROP, h.at = m->drop + 1, h.text = NULL;
    else h.mode = MUT_INSERT, h.at = m->ins_obj, h.text = m->ins;
    n = mut_apply_how(&doc, &h, mbuf, sizeof mbuf);
    CHECK(n < sizeof mbuf);
    r = dec(mbuf, n < sizeof mbuf ? n : 0, mut_from, &msg, e);
    if (r) CHECK_EQ(msg.kind, GW_NG_NONE);
    m->drop = m->repl = m->ins_obj = UINT32_MAX;
    return r;
}

/* ids that are JSON integers or snowflake strings: forward's d (D-43, D-46) and the voice messages (D-40) */
static int is_id_path(gw_ng_kind kind, const char *path)
{
    if (kind == GW_NG_FORWARD)
        return !strcmp(path, "data.d.guild_id") || !strcmp(path, "data.d.channel_id") ||
               !strcmp(path, "data.payload.d.guild_id") || !strcmp(path, "data.payload.d.channel_id");
    if (K(kind) & VOICE) return !strcmp(path, "data.guild_id") || !strcmp(path, "data.user_id") || !strcmp(path, "data.channel_id");
    return 0;
}

#define MUT_FAIL(what) t_failf(__FILE__, __LINE__, "%s %s: got %s at '%s', want %s at '%s'", what, path[i], \
                               gw_strerror(r), e.path, gw_strerror(want), wpath)
static void walk_mutations(size_t vi)
{
    static char path[MUT_MAX_TOK][96];
    const gj_tok *toks = doc.toks;
    static const char *const wrong[] = { "true", "\"x\"", "7", "{}", "[]", "null" };
    static const unsigned wrong_t[] = { J_BOOL, J_STR, J_NUM, J_OBJ, J_ARR, J_NULL };
    const char *buf = vbuf[vi];
    gw_ng_kind kind = vectors[vi].kind;
    mut m;
    uint32_t i;
    size_t w;
    t_case_begin(vectors[vi].file);
    mut_from = vec_from(vi);
    CHECK(buf && mut_load(&doc, buf, vlen[vi]));
    if (!buf || !doc.n) { t_case_end(); return; }
    memset(path, 0, sizeof path);
    m.drop = m.repl = m.ins_obj = UINT32_MAX;
    for (i = 0; i < doc.n; i++) { /* the path of every member value */
        uint32_t c;
        char parent[96];
        if (toks[i].type != GJ_OBJECT) continue;
        memcpy(parent, path[i], sizeof parent);
        for (c = i + 1; c < toks[i].next; c = toks[c + 1].next)
            if (snprintf(path[c + 1], sizeof path[0], "%s%s%.*s", parent, parent[0] ? "." : "", (int)toks[c].len,
                         buf + toks[c].start) >= (int)sizeof path[0]) t_fail(__FILE__, __LINE__, "path too long");
    }
    for (i = 0; i < doc.n; i++) {
        gw_error e;
        gw_err r, want;
        char wpath[128], text[256];
        unsigned types;
        if (toks[i].type == GJ_OBJECT) {
            /* D-02: an unknown key is an error in every typed object (inserted first, so both
               track_start forms (D-41) meet it before anything else) */
            if (snprintf(wpath, sizeof wpath, "%s%szz", path[i], path[i][0] ? "." : "") >= (int)sizeof wpath) t_fail(__FILE__, __LINE__, "path too long");
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
        if (snprintf(wpath, sizeof wpath, "%s", path[i]) >= (int)sizeof wpath) t_fail(__FILE__, __LINE__, "path too long");
        m.drop = i - 1;
        want = GW_ERR_MISSING;
        if (kind == GW_NG_UPDATE_VOICE_STATE && (!strcmp(path[i], "data.channel_id") || !strcmp(path[i], "data.guild_id")))
            want = GW_OK; /* D-40, D-40a: null or absent */
        if (kind == GW_NG_UPDATE_VOICE_SERVER && !strcmp(path[i], "data.endpoint")) want = GW_OK; /* D-40a */
        /* D-46: without an object under data.event no event form finds its type name, and the
           dispatcher names the first form's place, the seed's data.type (the original's data.event
           is no deeper) */
        if (!strcmp(path[i], "data.event")) snprintf(wpath, sizeof wpath, "data.type");
        if (!strcmp(path[i], "data.event.type")) m.drop = UINT32_MAX; /* dropped: see test_original_errors */
        else if ((r = run_mut(&m, &e)) != want || (want && strcmp(e.path, wpath))) MUT_FAIL("drop");
        /* every value of a JSON type the spec does not allow there */
        for (w = 0; w < sizeof wrong / sizeof wrong[0]; w++) {
            if (types & wrong_t[w]) continue;
            m.repl = i; m.repl_text = wrong[w];
            want = strcmp(path[i], "data.event") ? GW_ERR_TYPE : GW_ERR_MISSING; /* as the drop above */
            if ((r = run_mut(&m, &e)) != want || strcmp(e.path, wpath)) MUT_FAIL(wrong[w]);
        }
        if (snprintf(wpath, sizeof wpath, "%s", path[i]) >= (int)sizeof wpath) t_fail(__FILE__, __LINE__, "path too long");
        /* integers: out of range, fractions, exponents, -0 (0.2); the ids also as strings */
        if (toks[i].type == GJ_NUMBER || is_id_path(kind, path[i])) {
            static const char *const bad_num[] = { "18446744073709551616", "-1", "1.5", "1e3", "-0", "99999999999999999999999" };
            static const char *const bad_str[] = { "\"18446744073709551616\"", "\"01\"", "\"\"", "\"-1\"", "\"1a\"", "\"\\u0031\"", "\" 1\"" };
            static const gw_err bad_str_err[] = { GW_ERR_RANGE, GW_ERR_VALUE, GW_ERR_VALUE, GW_ERR_VALUE, GW_ERR_VALUE, GW_ERR_VALUE, GW_ERR_VALUE };
            int is_const = !strcmp(path[i], "data.op") || !strcmp(path[i], "data.payload.op");
            int is_u32 = !strcmp(path[i], "data.data.ssrc");
            size_t pl = strlen(path[i]);
            int is_nanos = pl > 15 && !strcmp(path[i] + pl - 15, ".duration.nanos"); /* D-47: at most 999999999 */
            int is_id = is_id_path(kind, path[i]);
            int nonzero = (K(kind) & VOICE) != 0; /* D-40: the voice ids are non-zero */
            for (w = 0; w < sizeof bad_num / sizeof bad_num[0]; w++) {
                m.repl = i; m.repl_text = bad_num[w];
                want = is_const ? GW_ERR_VALUE : GW_ERR_RANGE;
                if ((r = run_mut(&m, &e)) != want || strcmp(e.path, wpath)) MUT_FAIL(bad_num[w]);
            }
            m.repl = i; m.repl_text = is_const ? "5" : is_u32 ? "4294967296" : is_nanos ? "1000000000" : "18446744073709551616";
            want = is_const ? GW_ERR_VALUE : GW_ERR_RANGE;
            if ((r = run_mut(&m, &e)) != want || strcmp(e.path, wpath)) MUT_FAIL("just above the maximum");
            m.repl = i; m.repl_text = is_const ? "4" : is_u32 ? "4294967295" : is_nanos ? "999999999" : "18446744073709551615";
            want = GW_OK;
            if ((r = run_mut(&m, &e)) != want) MUT_FAIL("the maximum");
            m.repl = i; m.repl_text = is_const ? "4" : "0";
            want = nonzero ? GW_ERR_VALUE : GW_OK;
            if ((r = run_mut(&m, &e)) != want || (want && strcmp(e.path, wpath))) MUT_FAIL("zero");
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
                want = nonzero ? GW_ERR_VALUE : GW_OK; /* D-40: "0" is zero too */
                if ((r = run_mut(&m, &e)) != want || (want && strcmp(e.path, wpath))) MUT_FAIL("snowflake 0");
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
    /* 4.3: op is one of four strings (and the client's two, D-40 revised); inner type one of the op's names */
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
        CHECK_ERR(dec(json, strlen(json), GW_FROM_SERVER, &m, &e), GW_OK);
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
    CHECK_ERR(dec(json, strlen(json), GW_FROM_SERVER, &m, &e), GW_OK);
    CHECK(m.u.track_start.has_thumbnail && str_is(m.u.track_start.thumbnail, "t") && !m.u.track_start.has_track);
    /* wrapper: exactly one key */
    snprintf(json, sizeof json, "{\"op\":\"event\",\"data\":{\"type\":\"track_start\",\"data\":{\"track\":%s,\"title\":null}}}", T);
    /* issue 10 error choice: of the failed forms, the one that read further into the message is
       reported; the wrapper read the whole Track before meeting "title", the direct form stopped at
       the object under "track" */
    EXPECT_ERR(json, GW_ERR_UNKNOWN_FIELD, "data.data.title");
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

/* ---- the originals' wire (issue 10) ---- */
static size_t vec_index(const char *file)
{
    size_t i;
    for (i = 0; i < NVEC; i++) if (!strcmp(vectors[i].file, file)) return i;
    return 0;
}
static size_t trimmed_len(size_t i) /* the vector without trailing whitespace */
{
    size_t n = vlen[i];
    while (n && (vbuf[i][n - 1] == '\n' || vbuf[i][n - 1] == '\r' || vbuf[i][n - 1] == ' ')) n--;
    return n;
}

#define EXPECT_WIRE(m, wire, json) \
    mut_expect_wire(__FILE__, __LINE__, GW_PROTO_NG, m, (K((m)->kind) & VOICE) ? GW_FROM_CLIENT : GW_FROM_SERVER, wire, json)
#define EXPECT_INVALID(m, wire, path) mut_expect_invalid(__FILE__, __LINE__, GW_PROTO_NG, m, wire, path)

static int decode_vec(const char *file, gw_ng_msg *m)
{
    size_t i = vec_index(file);
    gw_error e;
    if (!vbuf[i] || strcmp(vectors[i].file, file)) { t_failf(__FILE__, __LINE__, "no vector %s", file); return 0; }
    if (dec(vbuf[i], vlen[i], vec_from(i), m, &e) != GW_OK) { t_failf(__FILE__, __LINE__, "%s: %s at %s", file, gw_strerror(e.code), e.path); return 0; }
    return 1;
}

/* Each kind whose forms differ, in both wires: exact bytes of the original's form (D-46, D-47),
   ids as JSON integers in forward's original form; the seed's form after clearing what it cannot carry. */
static void test_original_wire(void)
{
    static const char *const orig_files[] = { "nightingale_server_orig_event_track_start.json", "nightingale_server_orig_event_track_end.json",
                                              "nightingale_server_orig_event_track_errored.json",
                                              "nightingale_client_orig_update_voice_server.json" };
    gw_ng_msg m, s;
    size_t i;
    char out[4096];
    size_t n;
    gw_error e;
    /* forward (D-46): {shard, payload: {op: 4, d}}, ids written as JSON integers */
    if (decode_vec("nightingale_server_orig_forward.json", &m)) {
        EXPECT_WIRE(&m, GW_WIRE_ORIGINAL, "{\"op\":\"forward\",\"data\":{\"shard\":0,\"payload\":{\"op\":4,\"d\":{\"guild_id\":111111111111111111,"
                                          "\"channel_id\":222222222222222222,\"self_mute\":false,\"self_deaf\":true}}}}");
        EXPECT_INVALID(&m, GW_WIRE_SEED, "data.shard"); /* the seed's form has no shard */
        s = m;
        s.u.forward.has_shard = 0; s.u.forward.shard = 0;
        EXPECT_WIRE(&s, GW_WIRE_SEED, "{\"op\":\"forward\",\"data\":{\"op\":4,\"d\":{\"guild_id\":\"111111111111111111\","
                                      "\"channel_id\":\"222222222222222222\",\"self_mute\":false,\"self_deaf\":true}}}"); /* D-43 strings */
        CHECK_ERR(gw_ng_encode(&s, out, sizeof out, &n, &e), GW_OK); /* gw_ng_encode == encode_wire(SEED) */
    }
    memset(&m, 0, sizeof m);
    m.kind = GW_NG_FORWARD;
    m.u.forward.has_shard = 1; m.u.forward.shard = UINT64_MAX;
    m.u.forward.guild_id = UINT64_MAX; m.u.forward.self_mute = 1;
    EXPECT_WIRE(&m, GW_WIRE_ORIGINAL, "{\"op\":\"forward\",\"data\":{\"shard\":18446744073709551615,\"payload\":{\"op\":4,\"d\":{"
                                      "\"guild_id\":18446744073709551615,\"channel_id\":null,\"self_mute\":true,\"self_deaf\":false}}}}");
    /* a seed-decoded forward in the original's form: shard is required there and written as 0;
       decoded back it has has_shard set, which gw_ng_equal ignores for a required field */
    if (decode_vec("nightingale_server_forward.json", &m)) {
        CHECK(!m.u.forward.has_shard);
        EXPECT_WIRE(&m, GW_WIRE_ORIGINAL, "{\"op\":\"forward\",\"data\":{\"shard\":0,\"payload\":{\"op\":4,\"d\":{\"guild_id\":254768930223161344,"
                                          "\"channel_id\":254770965018443801,\"self_mute\":false,\"self_deaf\":true}}}}");
    }
    /* event (D-46, D-47): {guild, event: {type, data}}, duration {secs, nanos} */
    if (decode_vec("nightingale_server_orig_event_track_start.json", &m)) {
        EXPECT_WIRE(&m, GW_WIRE_ORIGINAL, "{\"op\":\"event\",\"data\":{\"guild\":111111111111111111,\"event\":{\"type\":\"track_start\","
                                          "\"data\":{\"track\":null,\"artist\":null,\"album\":null,\"channel\":\"c\",\"duration\":{\"secs\":212,"
                                          "\"nanos\":0},\"source_url\":\"https://x\",\"title\":\"t\",\"thumbnail\":null}}}}");
        EXPECT_INVALID(&m, GW_WIRE_SEED, "guild"); /* the guild first: the seed's form has no place for it */
        s = m;
        s.has_guild = 0; s.guild = 0;
        EXPECT_INVALID(&s, GW_WIRE_SEED, "data.data.duration"); /* then the duration object */
        s.u.track_start.has_duration_time = 0;
        EXPECT_INVALID(&s, GW_WIRE_SEED, "data.data.duration"); /* the value is still set (0.4: flag or value) */
        memset(&s.u.track_start.duration_time, 0, sizeof s.u.track_start.duration_time);
        s.u.track_start.has_duration = 1; s.u.track_start.duration = gw_str_c("00:03:32");
        EXPECT_WIRE(&s, GW_WIRE_SEED, "{\"op\":\"event\",\"data\":{\"type\":\"track_start\",\"data\":{\"track\":null,\"artist\":null,"
                                      "\"album\":null,\"channel\":\"c\",\"duration\":\"00:03:32\",\"source_url\":\"https://x\",\"title\":\"t\","
                                      "\"thumbnail\":null}}}");
        EXPECT_INVALID(&s, GW_WIRE_ORIGINAL, "data.event.data.duration"); /* text in the original's form */
    }
    /* the other original vectors re-encode to their own bytes in the original's form */
    for (i = 0; i < sizeof orig_files / sizeof orig_files[0]; i++) {
        size_t v = vec_index(orig_files[i]);
        t_case_begin(orig_files[i]);
        if (decode_vec(orig_files[i], &m)) {
            CHECK_ERR(gw_ng_encode_wire(&m, GW_WIRE_ORIGINAL, out, sizeof out, &n, &e), GW_OK);
            if (n != trimmed_len(v) || memcmp(out, vbuf[v], n)) t_failf(__FILE__, __LINE__, "not the vector's bytes: %s", out);
        }
        t_case_end();
    }
    /* track_end / track_errored keep {stopped, track} / {error, track}; their track's duration is
       checked one level down */
    if (decode_vec("nightingale_server_orig_event_track_end.json", &m)) {
        EXPECT_INVALID(&m, GW_WIRE_SEED, "guild");
        m.has_guild = 0; m.guild = 0; /* converted: flag cleared, value zeroed */
        EXPECT_INVALID(&m, GW_WIRE_SEED, "data.data.track.duration");
        m.u.track_end.track.has_duration_time = 0;
        EXPECT_INVALID(&m, GW_WIRE_SEED, "data.data.track.duration"); /* set by value: still the original's field (0.4) */
        memset(&m.u.track_end.track.duration_time, 0, sizeof m.u.track_end.track.duration_time);
        EXPECT_WIRE(&m, GW_WIRE_SEED, NULL);
        EXPECT_WIRE(&m, GW_WIRE_ORIGINAL, NULL); /* guild 0 and duration null */
        m.u.track_end.track.has_duration = 1; m.u.track_end.track.duration = gw_str_c("3:33");
        EXPECT_INVALID(&m, GW_WIRE_ORIGINAL, "data.event.data.track.duration");
    }
    if (decode_vec("nightingale_server_orig_event_track_errored.json", &m)) {
        EXPECT_INVALID(&m, GW_WIRE_SEED, "guild");
        m.has_guild = 0; m.guild = 0;
        EXPECT_WIRE(&m, GW_WIRE_SEED, "{\"op\":\"event\",\"data\":{\"type\":\"track_errored\",\"data\":{\"error\":"
                                      "\"Failed to decode the audio stream\",\"track\":{\"track\":null,\"artist\":null,\"album\":null,"
                                      "\"channel\":\"RickAstleyVEVO\",\"duration\":null,\"source_url\":\"" RICK_URL "\",\"title\":\""
                                      RICK_TITLE "\",\"thumbnail\":null}}}}");
        m.u.track_errored.track.has_duration_time = 1;
        m.u.track_errored.track.duration_time.secs = 1; m.u.track_errored.track.duration_time.nanos = 999999999;
        EXPECT_INVALID(&m, GW_WIRE_SEED, "data.data.track.duration");
        EXPECT_WIRE(&m, GW_WIRE_ORIGINAL, NULL);
    }
    /* the seed's vectors in the original's form: fine unless a text duration is set */
    for (i = 0; i < NVEC; i++) {
        gw_ng_msg d;
        if (vectors[i].wire != GW_WIRE_SEED || !vbuf[i]) continue;
        t_case_begin(vectors[i].file);
        CHECK_ERR(dec(vbuf[i], vlen[i], vec_from(i), &d, &e), GW_OK);
        if (vectors[i].kind == GW_NG_TRACK_START) EXPECT_INVALID(&d, GW_WIRE_ORIGINAL, "data.event.data.duration");
        else if (vectors[i].kind == GW_NG_TRACK_END) EXPECT_INVALID(&d, GW_WIRE_ORIGINAL, "data.event.data.track.duration");
        else EXPECT_WIRE(&d, GW_WIRE_ORIGINAL, NULL);
        t_case_end();
    }
    /* kinds with one form: both wires write the same bytes */
    if (decode_vec("nightingale_server_ready.json", &m)) {
        EXPECT_WIRE(&m, GW_WIRE_SEED, "{\"op\":\"ready\",\"data\":{\"session\":\"ad13c35f-7bf4-413b-997d-eef2fe009f98\",\"resumed\":false}}");
        EXPECT_WIRE(&m, GW_WIRE_ORIGINAL, "{\"op\":\"ready\",\"data\":{\"session\":\"ad13c35f-7bf4-413b-997d-eef2fe009f98\",\"resumed\":false}}");
    }
    /* a bad wire value is an argument error */
    CHECK_ERR(gw_ng_encode_wire(&m, (gw_wire)2, out, sizeof out, &n, &e), GW_ERR_ARG);
    CHECK_ERR(gw_ng_encode_wire(&m, (gw_wire)-1, out, sizeof out, &n, &e), GW_ERR_ARG);
    CHECK_STR(out, "");
    CHECK_ERR(gw_encode_wire(GW_PROTO_NG, &m, (gw_wire)2, out, sizeof out, &n, &e), GW_ERR_ARG);
    /* the generic entry point takes the wire too */
    if (decode_vec("nightingale_server_orig_forward.json", &m)) {
        CHECK_ERR(gw_encode_wire(GW_PROTO_NG, &m, GW_WIRE_ORIGINAL, out, sizeof out, &n, &e), GW_OK);
        CHECK(strstr(out, "\"shard\":0,\"payload\"") != NULL);
        CHECK_ERR(gw_encode_wire(GW_PROTO_NG, &m, GW_WIRE_SEED, out, sizeof out, &n, &e), GW_ERR_INVALID);
        CHECK_STR(e.path, "data.shard");
    }
    /* snprintf semantics hold in the original's form too */
    if (decode_vec("nightingale_server_orig_event_track_start.json", &m)) {
        size_t full, cap;
        CHECK_ERR(gw_ng_encode_wire(&m, GW_WIRE_ORIGINAL, out, sizeof out, &full, &e), GW_OK);
        for (cap = 0; cap <= full; cap += 7) {
            memset(out, 'Q', sizeof out);
            CHECK_ERR(gw_ng_encode_wire(&m, GW_WIRE_ORIGINAL, cap ? out : NULL, cap, &n, &e), GW_ERR_BUFFER);
            CHECK_EQ(e.needed, full + 1);
            if (cap) CHECK_EQ(out[0], 0);
            CHECK_EQ(out[cap], 'Q');
        }
        CHECK_ERR(gw_ng_encode_wire(&m, GW_WIRE_ORIGINAL, out, full + 1, &n, &e), GW_OK);
        CHECK_EQ(n, full);
    }
}

/* The original's forms on decode: what stays an error (D-46, D-47) */
static void test_original_errors(void)
{
#define TS_NULLS "\"track\":null,\"artist\":null,\"album\":null,\"channel\":null,"
#define TS_REST "\"source_url\":null,\"title\":null,\"thumbnail\":null"
#define ORIG_START(dur) "{\"op\":\"event\",\"data\":{\"guild\":1,\"event\":{\"type\":\"track_start\",\"data\":{" TS_NULLS "\"duration\":" dur "," TS_REST "}}}}"
#define SEED_START(dur) "{\"op\":\"event\",\"data\":{\"type\":\"track_start\",\"data\":{" TS_NULLS "\"duration\":" dur "," TS_REST "}}}"
    gw_ng_msg m;
    gw_error e;
    /* D-47: duration objects in the original's form only, text in the seed's only */
    CHECK_EQ(dec(ORIG_START("{\"secs\":18446744073709551615,\"nanos\":999999999}"), strlen(ORIG_START("{\"secs\":18446744073709551615,\"nanos\":999999999}")),
             GW_FROM_SERVER, &m, &e), GW_OK);
    CHECK(m.u.track_start.has_duration_time && m.u.track_start.duration_time.secs == UINT64_MAX &&
          m.u.track_start.duration_time.nanos == 999999999u && !m.u.track_start.has_duration);
    CHECK_ERR(dec(ORIG_START("null"), strlen(ORIG_START("null")), GW_FROM_SERVER, &m, &e), GW_OK);
    CHECK(!m.u.track_start.has_duration_time && !m.u.track_start.has_duration && m.has_guild && m.guild == 1);
    EXPECT_ERR(ORIG_START("{\"secs\":1,\"nanos\":1000000000}"), GW_ERR_RANGE, "data.event.data.duration.nanos");
    EXPECT_ERR(ORIG_START("{\"secs\":-1,\"nanos\":0}"), GW_ERR_RANGE, "data.event.data.duration.secs");
    EXPECT_ERR(ORIG_START("{\"secs\":1}"), GW_ERR_MISSING, "data.event.data.duration.nanos");
    EXPECT_ERR(ORIG_START("{\"nanos\":1}"), GW_ERR_MISSING, "data.event.data.duration.secs");
    EXPECT_ERR(ORIG_START("{\"secs\":1,\"nanos\":0,\"millis\":0}"), GW_ERR_UNKNOWN_FIELD, "data.event.data.duration.millis");
    EXPECT_ERR(ORIG_START("{\"secs\":1.5,\"nanos\":0}"), GW_ERR_RANGE, "data.event.data.duration.secs");
    EXPECT_ERR(ORIG_START("\"00:03:33\""), GW_ERR_TYPE, "data.event.data.duration");
    EXPECT_ERR(ORIG_START("212"), GW_ERR_TYPE, "data.event.data.duration");
    EXPECT_ERR(SEED_START("{\"secs\":212,\"nanos\":0}"), GW_ERR_TYPE, "data.data.duration");
    /* D-41's {"track": Track} wrapper is the seed's table form only */
    EXPECT_ERR("{\"op\":\"event\",\"data\":{\"guild\":1,\"event\":{\"type\":\"track_start\",\"data\":{\"track\":{}}}}}", GW_ERR_TYPE,
               "data.event.data.track");
    /* D-46: guild is a JSON integer; the event's names as in the seed */
    EXPECT_ERR("{\"op\":\"event\",\"data\":{\"guild\":\"1\",\"event\":{\"type\":\"track_end\",\"data\":{}}}}", GW_ERR_TYPE, "data.guild");
    EXPECT_ERR("{\"op\":\"event\",\"data\":{\"guild\":1,\"event\":{\"type\":\"connect_gateway\",\"data\":{}}}}", GW_ERR_UNKNOWN_EVENT, "data.event.type");
    EXPECT_ERR("{\"op\":\"event\",\"data\":{\"guild\":1,\"event\":{\"type\":\"track_paused\",\"data\":{}}}}", GW_ERR_UNKNOWN_EVENT, "data.event.type");
    EXPECT_ERR("{\"op\":\"event\",\"data\":{\"guild\":1,\"event\":{\"type\":null,\"data\":{}}}}", GW_ERR_TYPE, "data.event.type");
    EXPECT_ERR("{\"op\":\"event\",\"data\":{\"guild\":1,\"event\":{\"type\":\"track_end\",\"data\":{\"stopped\":true}}}}", GW_ERR_MISSING,
               "data.event.data.track");
    EXPECT_ERR("{\"op\":\"event\",\"data\":{\"event\":{\"type\":\"track_errored\",\"data\":{\"error\":\"x\",\"track\":{" TS_NULLS
               "\"duration\":null," TS_REST "}}}}}", GW_ERR_MISSING, "data.guild");
    /* the forms do not mix: the original's wrapper keys beside the seed's are unknown */
    EXPECT_ERR("{\"op\":\"event\",\"data\":{\"guild\":1,\"type\":\"track_errored\",\"data\":{\"error\":\"x\",\"track\":{" TS_NULLS
               "\"duration\":null," TS_REST "}}}}", GW_ERR_UNKNOWN_FIELD, "data.guild");
    /* the original's event without its type: data.event is there and an object, so the original's
       form got further than the seed's (which has no data.type, and would meet the unknown
       data.guild); the missing name is the original's data.event.type, not the seed's data.type */
    EXPECT_ERR("{\"op\":\"event\",\"data\":{\"guild\":1,\"event\":{\"data\":{}}}}", GW_ERR_MISSING, "data.event.type");
    /* D-46: forward's payload is Discord op 4; shard a uint64; the forms do not mix */
    EXPECT_ERR("{\"op\":\"forward\",\"data\":{\"shard\":1,\"payload\":{\"op\":3,\"d\":{}}}}", GW_ERR_VALUE, "data.payload.op");
    EXPECT_ERR("{\"op\":\"forward\",\"data\":{\"shard\":-1,\"payload\":{\"op\":4,\"d\":{\"guild_id\":1,\"channel_id\":null,"
               "\"self_mute\":true,\"self_deaf\":true}}}}", GW_ERR_RANGE, "data.shard");
    EXPECT_ERR("{\"op\":\"forward\",\"data\":{\"shard\":\"1\",\"payload\":{\"op\":4,\"d\":{\"guild_id\":1,\"channel_id\":null,"
               "\"self_mute\":true,\"self_deaf\":true}}}}", GW_ERR_TYPE, "data.shard");
    EXPECT_ERR("{\"op\":\"forward\",\"data\":{\"payload\":{\"op\":4,\"d\":{\"guild_id\":\"1\",\"channel_id\":null,\"self_mute\":true,"
               "\"self_deaf\":true}}}}", GW_ERR_MISSING, "data.shard");
    EXPECT_ERR("{\"op\":\"forward\",\"data\":{\"shard\":1,\"op\":4,\"d\":{\"guild_id\":\"1\",\"channel_id\":null,\"self_mute\":true,"
               "\"self_deaf\":true}}}", GW_ERR_UNKNOWN_FIELD, "data.op");
    /* forward ids in the original's payload follow D-43 (strings or integers, 0 allowed) */
    {
        static const char fwd[] = "{\"op\":\"forward\",\"data\":{\"shard\":7,\"payload\":{\"op\":4,\"d\":{\"guild_id\":\"5\","
                                  "\"channel_id\":\"0\",\"self_mute\":true,\"self_deaf\":false}}}}";
        CHECK_ERR(dec(fwd, strlen(fwd), GW_FROM_SERVER, &m, &e), GW_OK);
    }
    CHECK(m.u.forward.has_shard && m.u.forward.shard == 7 && m.u.forward.guild_id == 5 && m.u.forward.has_channel_id &&
          m.u.forward.channel_id == 0 && m.u.forward.self_mute);
    /* encoder: nanos above 999999999 never reach the wire */
    memset(&m, 0, sizeof m);
    m.kind = GW_NG_TRACK_START;
    m.u.track_start.has_duration_time = 1;
    m.u.track_start.duration_time.nanos = 1000000000u;
    EXPECT_INVALID(&m, GW_WIRE_ORIGINAL, "data.event.data.duration.nanos");
    m.u.track_start.duration_time.nanos = 999999999u;
    EXPECT_WIRE(&m, GW_WIRE_ORIGINAL, "{\"op\":\"event\",\"data\":{\"guild\":0,\"event\":{\"type\":\"track_start\",\"data\":{" TS_NULLS
                                      "\"duration\":{\"secs\":0,\"nanos\":999999999}," TS_REST "}}}}");
    /* has_guild set: the seed's form cannot carry it (every event kind) */
    m.has_guild = 1; m.guild = 9;
    EXPECT_INVALID(&m, GW_WIRE_SEED, "guild");
    m.kind = GW_NG_TRACK_END; memset(&m.u, 0, sizeof m.u);
    EXPECT_INVALID(&m, GW_WIRE_SEED, "guild");
    m.kind = GW_NG_TRACK_ERRORED;
    EXPECT_INVALID(&m, GW_WIRE_SEED, "guild");
    m.has_guild = 0; m.guild = 0; /* converted */
    EXPECT_WIRE(&m, GW_WIRE_SEED, NULL);
    /* forward's has_shard in the seed's form */
    memset(&m, 0, sizeof m);
    m.kind = GW_NG_FORWARD;
    m.u.forward.has_shard = 1;
    EXPECT_INVALID(&m, GW_WIRE_SEED, "data.shard");
    m.u.forward.has_shard = 0; m.u.forward.shard = 0; /* converted */
    EXPECT_WIRE(&m, GW_WIRE_SEED, "{\"op\":\"forward\",\"data\":{\"op\":4,\"d\":{\"guild_id\":\"0\",\"channel_id\":null,\"self_mute\":false,"
                                  "\"self_deaf\":false}}}");
#undef SEED_START
#undef ORIG_START
#undef TS_REST
#undef TS_NULLS
}

/* README "The originals' wire": a field only one form can carry (Nightingale's shard and guild) is
   GW_ERR_INVALID in the other form, never silently dropped. shard and guild are required in the
   original's form, so their has_ flag is only decode's report there (gw_ng_equal ignores it): a
   non-zero value without the flag is data the seed's form cannot carry. Encoding it must either be
   refused at its path or decode back equal; writing the seed's form without it does neither. */
static void test_value_without_flag(void)
{
    static const gw_ng_kind events[] = { GW_NG_TRACK_START, GW_NG_TRACK_END, GW_NG_TRACK_ERRORED };
    gw_ng_msg m;
    size_t i;
    memset(&m, 0, sizeof m);
    m.kind = GW_NG_FORWARD;
    m.u.forward.guild_id = 1;
    m.u.forward.shard = 3; /* has_shard false */
    EXPECT_WIRE(&m, GW_WIRE_ORIGINAL, "{\"op\":\"forward\",\"data\":{\"shard\":3,\"payload\":{\"op\":4,\"d\":{\"guild_id\":1,"
                                      "\"channel_id\":null,\"self_mute\":false,\"self_deaf\":false}}}}");
    EXPECT_INVALID(&m, GW_WIRE_SEED, "data.shard");
    for (i = 0; i < 3; i++) {
        memset(&m, 0, sizeof m);
        m.kind = events[i];
        m.guild = 9; /* has_guild false */
        t_case_begin(gw_kind_name(GW_PROTO_NG, (int)events[i]));
        EXPECT_WIRE(&m, GW_WIRE_ORIGINAL, NULL); /* "guild":9 */
        EXPECT_INVALID(&m, GW_WIRE_SEED, "guild");
        t_case_end();
    }
}

/* D-40 (revised): update_voice_state / update_voice_server, client-sent, non-zero ids */
static void test_voice_messages(void)
{
    static const char *const bad_ids[] = { "0", "\"0\"" };
    gw_ng_msg m;
    gw_error e;
    char json[512];
    size_t i;
    /* ids as JSON integers or strings; channel_id null, absent or an id */
    snprintf(json, sizeof json, "{\"op\":\"update_voice_state\",\"data\":{\"guild_id\":1,\"user_id\":\"18446744073709551615\","
                                "\"session_id\":\"abc\",\"channel_id\":\"222222222222222222\"}}");
    CHECK_ERR(dec(json, strlen(json), GW_FROM_CLIENT, &m, &e), GW_OK);
    CHECK_EQ(m.kind, GW_NG_UPDATE_VOICE_STATE);
    CHECK(m.u.voice_state.guild_id == 1 && m.u.voice_state.user_id == UINT64_MAX && str_is(m.u.voice_state.session_id, "abc"));
    CHECK(m.u.voice_state.has_channel_id && m.u.voice_state.channel_id == 222222222222222222ull);
    /* written with integer ids, in both wires */
    EXPECT_WIRE(&m, GW_WIRE_SEED, "{\"op\":\"update_voice_state\",\"data\":{\"guild_id\":1,\"user_id\":18446744073709551615,"
                                  "\"session_id\":\"abc\",\"channel_id\":222222222222222222}}");
    EXPECT_WIRE(&m, GW_WIRE_ORIGINAL, "{\"op\":\"update_voice_state\",\"data\":{\"guild_id\":1,\"user_id\":18446744073709551615,"
                                      "\"session_id\":\"abc\",\"channel_id\":222222222222222222}}");
    snprintf(json, sizeof json, "{\"op\":\"update_voice_state\",\"data\":{\"session_id\":\"\",\"user_id\":2,\"guild_id\":\"3\"}}");
    CHECK_ERR(dec(json, strlen(json), GW_FROM_CLIENT, &m, &e), GW_OK); /* channel_id absent = null */
    CHECK(!m.u.voice_state.has_channel_id && m.u.voice_state.guild_id == 3 && m.u.voice_state.user_id == 2);
    EXPECT_WIRE(&m, GW_WIRE_ORIGINAL, "{\"op\":\"update_voice_state\",\"data\":{\"guild_id\":3,\"user_id\":2,\"session_id\":\"\","
                                      "\"channel_id\":null}}");
    if (decode_vec("nightingale_client_orig_update_voice_server.json", &m)) {
        EXPECT_WIRE(&m, GW_WIRE_SEED, "{\"op\":\"update_voice_server\",\"data\":{\"endpoint\":\"x.discord.media:443\","
                                      "\"guild_id\":111111111111111111,\"token\":\"tok\"}}");
    }
    snprintf(json, sizeof json, "{\"op\":\"update_voice_server\",\"data\":{\"token\":\"t\",\"guild_id\":\"42\",\"endpoint\":\"e\"}}");
    CHECK_ERR(dec(json, strlen(json), GW_FROM_CLIENT, &m, &e), GW_OK);
    CHECK(m.kind == GW_NG_UPDATE_VOICE_SERVER && m.u.voice_server.guild_id == 42 && str_is(m.u.voice_server.token, "t"));
    /* 0 is refused at the id, as an integer and as a string */
    for (i = 0; i < 2; i++) {
        snprintf(json, sizeof json, "{\"op\":\"update_voice_state\",\"data\":{\"guild_id\":%s,\"user_id\":1,\"session_id\":\"s\","
                                    "\"channel_id\":null}}", bad_ids[i]);
        EXPECT_ERR_C(json, GW_ERR_VALUE, "data.guild_id");
        snprintf(json, sizeof json, "{\"op\":\"update_voice_state\",\"data\":{\"guild_id\":1,\"user_id\":%s,\"session_id\":\"s\","
                                    "\"channel_id\":null}}", bad_ids[i]);
        EXPECT_ERR_C(json, GW_ERR_VALUE, "data.user_id");
        snprintf(json, sizeof json, "{\"op\":\"update_voice_state\",\"data\":{\"guild_id\":1,\"user_id\":1,\"session_id\":\"s\","
                                    "\"channel_id\":%s}}", bad_ids[i]);
        EXPECT_ERR_C(json, GW_ERR_VALUE, "data.channel_id");
        snprintf(json, sizeof json, "{\"op\":\"update_voice_server\",\"data\":{\"endpoint\":\"e\",\"guild_id\":%s,\"token\":\"t\"}}",
                 bad_ids[i]);
        EXPECT_ERR_C(json, GW_ERR_VALUE, "data.guild_id");
    }
    /* D-40a: the original's voice.rs takes a null or absent endpoint (Discord sends null while it
       reallocates the voice server) and a voice state without a guild (a DM call) */
    snprintf(json, sizeof json, "{\"op\":\"update_voice_server\",\"data\":{\"endpoint\":null,\"guild_id\":1,\"token\":\"t\"}}");
    CHECK_ERR(dec(json, strlen(json), GW_FROM_CLIENT, &m, &e), GW_OK);
    CHECK(!m.u.voice_server.has_endpoint && m.u.voice_server.guild_id == 1);
    EXPECT_WIRE(&m, GW_WIRE_ORIGINAL, "{\"op\":\"update_voice_server\",\"data\":{\"endpoint\":null,\"guild_id\":1,\"token\":\"t\"}}");
    snprintf(json, sizeof json, "{\"op\":\"update_voice_server\",\"data\":{\"guild_id\":1,\"token\":\"t\"}}");
    CHECK_ERR(dec(json, strlen(json), GW_FROM_CLIENT, &m, &e), GW_OK);
    CHECK(!m.u.voice_server.has_endpoint);
    snprintf(json, sizeof json, "{\"op\":\"update_voice_state\",\"data\":{\"guild_id\":null,\"user_id\":2,\"session_id\":\"s\"}}");
    CHECK_ERR(dec(json, strlen(json), GW_FROM_CLIENT, &m, &e), GW_OK);
    CHECK(!m.u.voice_state.has_guild_id && m.u.voice_state.guild_id == 0 && m.u.voice_state.user_id == 2);
    EXPECT_WIRE(&m, GW_WIRE_SEED, "{\"op\":\"update_voice_state\",\"data\":{\"guild_id\":null,\"user_id\":2,\"session_id\":\"s\",\"channel_id\":null}}");
    EXPECT_ERR_C("{\"op\":\"update_voice_server\",\"data\":{\"endpoint\":7,\"guild_id\":1,\"token\":\"t\"}}", GW_ERR_TYPE, "data.endpoint");
    EXPECT_ERR_C("{\"op\":\"update_voice_server\",\"data\":{\"endpoint\":\"e\",\"guild_id\":1}}", GW_ERR_MISSING, "data.token");
    EXPECT_ERR_C("{\"op\":\"update_voice_state\",\"data\":{\"guild_id\":1,\"user_id\":1,\"channel_id\":null}}", GW_ERR_MISSING, "data.session_id");
    EXPECT_ERR_C("{\"op\":\"update_voice_state\",\"data\":{\"guild_id\":1,\"user_id\":1,\"session_id\":\"s\",\"self_mute\":true}}",
                 GW_ERR_UNKNOWN_FIELD, "data.self_mute");
    /* client-sent only; and the client sends nothing else */
    EXPECT_ERR("{\"op\":\"update_voice_server\",\"data\":{\"endpoint\":\"e\",\"guild_id\":1,\"token\":\"t\"}}", GW_ERR_DIRECTION, "op");
    EXPECT_ERR("{\"op\":\"update_voice_state\",\"data\":{\"guild_id\":1,\"user_id\":1,\"session_id\":\"s\"}}", GW_ERR_DIRECTION, "op");
    EXPECT_ERR_C("{\"op\":\"ready\",\"data\":{\"session\":\"ad13c35f-7bf4-413b-997d-eef2fe009f98\",\"resumed\":false}}", GW_ERR_DIRECTION, "op");
    EXPECT_ERR_C("{\"op\":\"hello\",\"data\":{}}", GW_ERR_UNKNOWN_OP, "op");
    /* the encoder refuses the zero ids (D-40) */
    memset(&m, 0, sizeof m);
    m.kind = GW_NG_UPDATE_VOICE_STATE;
    m.u.voice_state.has_guild_id = 1;
    EXPECT_INVALID(&m, GW_WIRE_SEED, "data.guild_id");
    m.u.voice_state.guild_id = 1;
    EXPECT_INVALID(&m, GW_WIRE_ORIGINAL, "data.user_id");
    m.u.voice_state.user_id = 1;
    m.u.voice_state.has_channel_id = 1;
    EXPECT_INVALID(&m, GW_WIRE_SEED, "data.channel_id");
    m.u.voice_state.has_channel_id = 0; m.u.voice_state.channel_id = 0;
    EXPECT_WIRE(&m, GW_WIRE_SEED, "{\"op\":\"update_voice_state\",\"data\":{\"guild_id\":1,\"user_id\":1,\"session_id\":\"\",\"channel_id\":null}}");
    memset(&m, 0, sizeof m);
    m.kind = GW_NG_UPDATE_VOICE_SERVER;
    EXPECT_INVALID(&m, GW_WIRE_ORIGINAL, "data.guild_id");
    m.u.voice_server.guild_id = UINT64_MAX;
    m.u.voice_server.has_endpoint = 1;
    m.u.voice_server.endpoint = gw_str_c("\xff"); /* 0.1: UTF-8 */
    EXPECT_INVALID(&m, GW_WIRE_SEED, "data.endpoint");
}

/* D-48: the original reads the resume session from the query: GET /ws/resume?session=<uuid> */
static void test_resume_query(void)
{
    static const char *const U = "ad13c35f-7bf4-413b-997d-eef2fe009f98";
    static const struct { const char *q; gw_err r; const char *session; } rows[] = {
        { "session=ad13c35f-7bf4-413b-997d-eef2fe009f98", GW_OK, "ad13c35f-7bf4-413b-997d-eef2fe009f98" },
        { "session=0F8E2C4A-1B3D-4E5F-8A9B-C0D1E2F3A4B5", GW_OK, "0F8E2C4A-1B3D-4E5F-8A9B-C0D1E2F3A4B5" },
        /* among other parameters, in any place */
        { "shards=1&session=ad13c35f-7bf4-413b-997d-eef2fe009f98&user_id=1", GW_OK, "ad13c35f-7bf4-413b-997d-eef2fe009f98" },
        { "a=1&b&session=ad13c35f-7bf4-413b-997d-eef2fe009f98", GW_OK, "ad13c35f-7bf4-413b-997d-eef2fe009f98" },
        { "session=ad13c35f-7bf4-413b-997d-eef2fe009f98&", GW_OK, "ad13c35f-7bf4-413b-997d-eef2fe009f98" },
        { "&&session=ad13c35f-7bf4-413b-997d-eef2fe009f98", GW_OK, "ad13c35f-7bf4-413b-997d-eef2fe009f98" },
        { "sessions=x&session_id=y&session=ad13c35f-7bf4-413b-997d-eef2fe009f98", GW_OK, "ad13c35f-7bf4-413b-997d-eef2fe009f98" },
        /* missing */
        { "", GW_ERR_MISSING, NULL },
        { "a=1&b=2", GW_ERR_MISSING, NULL },
        { "Session=ad13c35f-7bf4-413b-997d-eef2fe009f98", GW_ERR_MISSING, NULL },
        { "?session=ad13c35f-7bf4-413b-997d-eef2fe009f98", GW_ERR_MISSING, NULL },
        /* duplicate */
        { "session=ad13c35f-7bf4-413b-997d-eef2fe009f98&session=ad13c35f-7bf4-413b-997d-eef2fe009f98", GW_ERR_DUPLICATE_KEY, NULL },
        { "session=x&a=1&session=y", GW_ERR_DUPLICATE_KEY, NULL },
        /* not a UUID (D-42), or no value */
        { "session=x", GW_ERR_VALUE, NULL },
        { "session=", GW_ERR_VALUE, NULL },
        { "session", GW_ERR_VALUE, NULL },
        { "session&a=1", GW_ERR_VALUE, NULL },
        { "session=ad13c35f7bf4413b997deef2fe009f98", GW_ERR_VALUE, NULL },
        { "session=ad13c35f-7bf4-413b-997d-eef2fe009f98=", GW_ERR_VALUE, NULL },
        { "session=ad13c35f%2D7bf4-413b-997d-eef2fe009f98", GW_ERR_VALUE, NULL }, /* no percent-decoding */
        { "session={ad13c35f-7bf4-413b-997d-eef2fe009f98}", GW_ERR_VALUE, NULL },
        { "session=ad13c35f-7bf4-413b-997d-eef2fe009f9g&x=1", GW_ERR_VALUE, NULL },
    };
    size_t i;
    char out[64];
    size_t n = 0, cap;
    gw_str s;
    for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        gw_err r;
        s.ptr = "junk"; s.len = 4;
        r = gw_ng_resume_query_parse(rows[i].q, strlen(rows[i].q), &s);
        if (r != rows[i].r || (rows[i].session ? !str_is(s, rows[i].session) : s.len != 0))
            t_failf(__FILE__, __LINE__, "'%s': got %s '%.*s'", rows[i].q, gw_strerror(r), (int)s.len, s.ptr ? s.ptr : "");
        if (r == GW_OK) CHECK(s.ptr >= rows[i].q && s.ptr + s.len <= rows[i].q + strlen(rows[i].q)); /* points into q */
    }
    CHECK_ERR(gw_ng_resume_query_parse("session=ad13c35f-7bf4-413b-997d-eef2fe009f98", 43, &s), GW_ERR_VALUE); /* only n bytes */
    CHECK_ERR(gw_ng_resume_query_parse(NULL, 0, &s), GW_ERR_MISSING);
    CHECK_ERR(gw_ng_resume_query_parse("session=ad13c35f-7bf4-413b-997d-eef2fe009f98", 44, NULL), GW_ERR_ARG);
    /* format: "session=<uuid>", snprintf semantics */
    CHECK_ERR(gw_ng_resume_query_format(out, sizeof out, gw_str_c(U), &n), GW_OK);
    CHECK_STR(out, "session=ad13c35f-7bf4-413b-997d-eef2fe009f98");
    CHECK_EQ(n, 44);
    CHECK_ERR(gw_ng_resume_query_parse(out, n, &s), GW_OK); /* parse is the inverse */
    CHECK(str_is(s, U));
    for (cap = 0; cap <= 44; cap++) {
        memset(out, 'Q', sizeof out);
        n = 0;
        CHECK_ERR(gw_ng_resume_query_format(cap ? out : NULL, cap, gw_str_c(U), &n), GW_ERR_BUFFER);
        CHECK_EQ(n, 44);
        if (cap) CHECK_EQ(out[0], 0);
        CHECK_EQ(out[cap], 'Q');
    }
    CHECK_ERR(gw_ng_resume_query_format(out, 45, gw_str_c(U), NULL), GW_OK);
    CHECK_STR(out, "session=ad13c35f-7bf4-413b-997d-eef2fe009f98");
    /* not a UUID: INVALID, out "" */
    strcpy(out, "junk");
    CHECK_ERR(gw_ng_resume_query_format(out, sizeof out, gw_str_c("not-a-uuid"), &n), GW_ERR_INVALID);
    CHECK_STR(out, "");
    CHECK_ERR(gw_ng_resume_query_format(out, sizeof out, gw_str_c(""), &n), GW_ERR_INVALID);
    s = gw_str_c(U); s.ptr = NULL;
    CHECK_ERR(gw_ng_resume_query_format(out, sizeof out, s, &n), GW_ERR_INVALID);
    s = gw_str_c("ad13c35f-7bf4-413b-997d-eef2fe009f98&x=1"); /* never more than the session */
    CHECK_ERR(gw_ng_resume_query_format(out, sizeof out, s, &n), GW_ERR_INVALID);
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

static void rand_track(gw_ng_track *t, gw_wire wire)
{
    gw_str *s[8];
    bool *h[8];
    size_t i;
    s[0] = &t->track; s[1] = &t->artist; s[2] = &t->album; s[3] = &t->channel;
    s[4] = &t->duration; s[5] = &t->source_url; s[6] = &t->title; s[7] = &t->thumbnail;
    h[0] = &t->has_track; h[1] = &t->has_artist; h[2] = &t->has_album; h[3] = &t->has_channel;
    h[4] = &t->has_duration; h[5] = &t->has_source_url; h[6] = &t->has_title; h[7] = &t->has_thumbnail;
    for (i = 0; i < 8; i++) if ((*h[i] = rng() % 3 != 0)) *s[i] = rng_str(11);
    if (wire == GW_WIRE_ORIGINAL) { /* D-47: the original's duration is {secs, nanos} or null */
        t->has_duration = 0;
        t->duration = gw_str_c("");
        if ((t->has_duration_time = rng() % 3 != 0)) {
            t->duration_time.secs = rng_u64();
            t->duration_time.nanos = (uint32_t)(rng() % 4 == 0 ? 999999999u : rng() % 1000000000u);
        }
    }
}

static uint64_t rand_nonzero(void) { uint64_t v = rng_u64(); return v ? v : 1; }

static void rand_msg_wire(gw_ng_msg *m, gw_ng_kind kind, gw_wire wire)
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
        if (wire == GW_WIRE_ORIGINAL) { m->u.forward.has_shard = 1; m->u.forward.shard = rng_u64(); } /* D-46 */
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
    case GW_NG_TRACK_START: rand_track(&m->u.track_start, wire); break;
    case GW_NG_TRACK_END: m->u.track_end.stopped = rng() & 1; rand_track(&m->u.track_end.track, wire); break;
    case GW_NG_TRACK_ERRORED: m->u.track_errored.error = rng_str(11); rand_track(&m->u.track_errored.track, wire); break;
    case GW_NG_UPDATE_VOICE_STATE: /* D-40: non-zero ids; channel (and guild, D-40a) null or an id */
        if ((m->u.voice_state.has_guild_id = (rng() & 3) != 0)) m->u.voice_state.guild_id = rand_nonzero();
        m->u.voice_state.user_id = rand_nonzero();
        m->u.voice_state.session_id = rng_str(11);
        if ((m->u.voice_state.has_channel_id = rng() & 1)) m->u.voice_state.channel_id = rand_nonzero();
        break;
    case GW_NG_UPDATE_VOICE_SERVER:
        if ((m->u.voice_server.has_endpoint = (rng() & 3) != 0)) m->u.voice_server.endpoint = rng_str(11); /* D-40a */
        m->u.voice_server.guild_id = rand_nonzero();
        m->u.voice_server.token = rng_str(11);
        break;
    default: break;
    }
    if ((K(kind) & EVENT) && wire == GW_WIRE_ORIGINAL) { m->has_guild = 1; m->guild = rng_u64(); } /* D-46 */
}
static void rand_msg(gw_ng_msg *m, gw_ng_kind kind) { rand_msg_wire(m, kind, GW_WIRE_SEED); }

/* Every kind in both wire forms: encode, decode (from its sender), equal, re-encode to the same bytes. */
static void test_random_round_trip(void)
{
    int kind, i, w;
    for (w = GW_WIRE_SEED; w <= GW_WIRE_ORIGINAL; w++)
        for (kind = 1; kind < GW_NG_UNKNOWN; kind++) {
            int fails = 0;
            gw_from from = (K(kind) & VOICE) ? GW_FROM_CLIENT : GW_FROM_SERVER;
            t_case_begin(gw_kind_name(GW_PROTO_NG, kind));
            for (i = 0; i < 3000 && fails < 3; i++) {
                static unsigned char scratch2[1 << 16];
                gw_ng_msg m, d, d2;
                gw_error e;
                char out[4096], out2[4096], other[4096];
                size_t n = 0, n2 = 0, no = 0;
                gw_err r;
                rand_msg_wire(&m, (gw_ng_kind)kind, (gw_wire)w);
                if (gw_ng_encode_wire(&m, (gw_wire)w, out, sizeof out, &n, &e) != GW_OK) { fails++; t_failf(__FILE__, __LINE__, "encode: %s at %s", gw_strerror(e.code), e.path); continue; }
                if (dec(out, n, from, &d, &e) != GW_OK) { fails++; t_failf(__FILE__, __LINE__, "%s at %s: %s", gw_strerror(e.code), e.path, out); continue; }
                if (!gw_ng_equal(&m, &d) || (int)d.kind != kind) { fails++; t_failf(__FILE__, __LINE__, "not equal: %s", out); continue; }
                if (gw_ng_encode_wire(&d, (gw_wire)w, out2, sizeof out2, &n2, &e) != GW_OK || n != n2 || memcmp(out, out2, n)) { fails++; t_fail(__FILE__, __LINE__, "re-encode differs"); continue; }
                if (gw_ng_decode(out2, n2, from, &d2, scratch2, sizeof scratch2, &e) != GW_OK || !gw_ng_equal(&d, &d2)) { fails++; t_fail(__FILE__, __LINE__, "second decode"); }
                /* kinds whose two forms are one: the other wire writes the same bytes */
                r = gw_ng_encode_wire(&m, (gw_wire)(1 - w), other, sizeof other, &no, &e);
                if (!(K(kind) & (EVENT | K(GW_NG_FORWARD))) && (r != GW_OK || no != n || memcmp(out, other, n))) { fails++; t_fail(__FILE__, __LINE__, "forms differ"); }
            }
            CHECK_EQ(fails, 0);
            t_case_end();
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
    /* D-46: shard is required in the original's form: its flag is decode's report, the value counts */
    a.u.forward.has_shard = 1; a.u.forward.shard = 0;
    b = a; b.u.forward.has_shard = 0;
    CHECK(gw_ng_equal(&a, &b));
    b.u.forward.shard = 1;
    CHECK(!gw_ng_equal(&a, &b));
    /* D-46 event guild, D-47 duration object (nanos counts), both forms' fields compared */
    rand_msg_wire(&a, GW_NG_TRACK_START, GW_WIRE_ORIGINAL);
    a.guild = 5; a.u.track_start.has_duration_time = 1;
    a.u.track_start.duration_time.secs = 1; a.u.track_start.duration_time.nanos = 2;
    b = a; CHECK(gw_ng_equal(&a, &b));
    b.guild = 6; CHECK(!gw_ng_equal(&a, &b));
    b = a; b.u.track_start.duration_time.nanos = 3; CHECK(!gw_ng_equal(&a, &b));
    b = a; b.u.track_start.duration_time.secs = 2; CHECK(!gw_ng_equal(&a, &b));
    b = a; b.u.track_start.has_duration_time = 0; CHECK(!gw_ng_equal(&a, &b));
    a.u.track_start.has_duration_time = 0;
    b = a; b.u.track_start.duration_time.nanos = 9; CHECK(gw_ng_equal(&a, &b)); /* ignored while null */
    /* D-40 voice messages */
    rand_msg(&a, GW_NG_UPDATE_VOICE_STATE);
    a.u.voice_state.has_channel_id = 1;
    b = a; CHECK(gw_ng_equal(&a, &b));
    b.u.voice_state.user_id ^= 1; CHECK(!gw_ng_equal(&a, &b));
    b = a; b.u.voice_state.channel_id ^= 2; CHECK(!gw_ng_equal(&a, &b));
    b = a; b.u.voice_state.has_channel_id = 0; CHECK(!gw_ng_equal(&a, &b));
    b = a; b.u.voice_state.session_id = gw_str_c("other session"); CHECK(!gw_ng_equal(&a, &b));
    rand_msg(&a, GW_NG_UPDATE_VOICE_SERVER);
    b = a; CHECK(gw_ng_equal(&a, &b));
    b.u.voice_server.guild_id ^= 1; CHECK(!gw_ng_equal(&a, &b));
    b = a; b.u.voice_server.token = gw_str_c("other token"); CHECK(!gw_ng_equal(&a, &b));
    b = a; b.kind = GW_NG_UPDATE_VOICE_STATE; CHECK(!gw_ng_equal(&a, &b));
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
    CHECK_ERR(gw_ng_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID); /* kind NONE */
    CHECK_STR(e.path, "kind"); CHECK_STR(out, ""); CHECK_EQ(n, 0);
    m.kind = (gw_ng_kind)99;
    CHECK_ERR(gw_ng_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "kind");
    /* D-42: Ready's session must be a UUID */
    m.kind = GW_NG_READY;
    m.u.ready.session = gw_str_c("not-a-uuid");
    strcpy(out, "junk");
    CHECK_ERR(gw_ng_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "data.session"); CHECK_STR(out, "");
    m.u.ready.session = gw_str_c("ad13c35f-7bf4-413b-997d-eef2fe009f98");
    CHECK_ERR(gw_ng_encode(&m, out, sizeof out, &n, &e), GW_OK);
    /* 0.1: invalid UTF-8 never reaches the wire */
    memset(&m, 0, sizeof m);
    m.kind = GW_NG_TRACK_ERRORED;
    m.u.track_errored.error = gw_str_c("ok");
    m.u.track_errored.track.has_title = 1;
    m.u.track_errored.track.title = gw_str_c("bad \xc3\x28 utf8");
    strcpy(out, "junk");
    CHECK_ERR(gw_ng_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "data.data.track.title"); CHECK_STR(out, "");
    m.u.track_errored.track.title = gw_str_c("\xed\xa0\x80"); /* a UTF-16 surrogate in UTF-8 */
    CHECK_ERR(gw_ng_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "data.data.track.title");
    m.u.track_errored.track.title.ptr = NULL; /* NULL text with a length */
    CHECK_ERR(gw_ng_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    m.u.track_errored.track.has_title = 0; /* null, yet a title is set: refused, not sent as null */
    CHECK_ERR(gw_ng_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
    CHECK_STR(e.path, "data.data.track.title");
    m.u.track_errored.track.title.len = 0;
    CHECK_ERR(gw_ng_encode(&m, out, sizeof out, &n, &e), GW_OK);
    memset(&m, 0, sizeof m);
    m.kind = GW_NG_CONNECT_GATEWAY;
    m.u.gateway_state.server = gw_str_c("\xff");
    CHECK_ERR(gw_ng_encode(&m, out, sizeof out, &n, &e), GW_ERR_INVALID);
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
    CHECK_ERR(gw_ng_encode(&m, out, sizeof out, &full, &e), GW_OK);
    for (cap = 0; cap <= full; cap++) {
        memset(out, 'Q', sizeof out);
        CHECK_ERR(gw_ng_encode(&m, cap ? out : NULL, cap, &n, &e), GW_ERR_BUFFER);
        CHECK_EQ(e.needed, full + 1);
        CHECK_EQ(n, 0);
        if (cap) CHECK_EQ(out[0], 0);
        CHECK_EQ(out[cap], 'Q');
    }
    CHECK_ERR(gw_ng_encode(&m, out, full + 1, &n, &e), GW_OK);
    CHECK_EQ(n, full);
}

/* ---- 4.1 connection formats ---- */
static void test_query(void)
{
    static const struct { const char *q; gw_err r; uint32_t shards; uint64_t user; } rows[] = {
        { "shards=1&user_id=155112606661607425", GW_OK, 1, 155112606661607425ull },
        { "user_id=155112606661607425&shards=16", GW_OK, 16, 155112606661607425ull }, /* any order */
        { "shards=4294967295&user_id=18446744073709551615", GW_OK, UINT32_MAX, UINT64_MAX },
        { "shards=1&user_id=0", GW_ERR_RANGE, 0, 0 },                /* D-44 (issue 10): user_id is NonZeroU64 */
        { "shards=0&user_id=0", GW_ERR_RANGE, 0, 0 },
        { "shards=0&user_id=1", GW_ERR_RANGE, 0, 0 },                /* D-44: shards >= 1 */
        { "shards=4294967296&user_id=1", GW_ERR_RANGE, 0, 0 },       /* uint32 */
        { "shards=1&user_id=18446744073709551616", GW_ERR_RANGE, 0, 0 },
        { "shards=1&user_id=99999999999999999999999", GW_ERR_RANGE, 0, 0 },
        { "shards=01&user_id=1", GW_ERR_VALUE, 0, 0 },               /* no leading zero */
        { "shards=1&user_id=007", GW_ERR_VALUE, 0, 0 },
        { "shards=1&user_id=00", GW_ERR_VALUE, 0, 0 },
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
        { "&", GW_ERR_MISSING, 0, 0 },
        { "shards=1&shards=1&user_id=1", GW_ERR_DUPLICATE_KEY, 0, 0 }, /* each exactly once */
        { "shards=1&user_id=1&user_id=1", GW_ERR_DUPLICATE_KEY, 0, 0 },
        { "shards=1&user_id=1&shards", GW_ERR_DUPLICATE_KEY, 0, 0 },
        /* D-44 (issue 10): the original ignores other parameters and empty segments */
        { "shards=1&user_id=1&compress=1", GW_OK, 1, 1 },
        { "compress=zlib&shards=2&encoding=json&user_id=5&v=", GW_OK, 2, 5 },
        { "shards=1&user_id=1&", GW_OK, 1, 1 },
        { "shards=1&&user_id=1", GW_OK, 1, 1 },
        { "&&shards=3&user_id=4&&", GW_OK, 3, 4 },
        { "x&=1&shards=1&user_id=1", GW_OK, 1, 1 },                  /* a parameter without '=' or name */
        { "shards_x=9&user=9&shards=7&user_id=8&user_ids=0", GW_OK, 7, 8 }, /* names match exactly */
        { "shards=1&user_id=1&compress=%zz&x=01", GW_OK, 1, 1 },     /* others are not looked at */
        { "?shards=1&user_id=1", GW_ERR_MISSING, 0, 0 },            /* the query only, without '?': "?shards" is another name */
        { "/ws?shards=1&user_id=1", GW_ERR_MISSING, 0, 0 },
        { "Shards=1&user_id=1", GW_ERR_MISSING, 0, 0 },
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
            CHECK_ERR(gw_ng_query_format(out, sizeof out, s, u, &n), GW_OK);
            CHECK_EQ(strlen(out), n);
            snprintf(again, sizeof again, "shards=%u&user_id=%llu", (unsigned)s, (unsigned long long)u);
            CHECK_STR(out, again);
        }
    }
    { /* a NUL inside the length is not the end of the query */
        uint32_t s;
        uint64_t u;
        CHECK_ERR(gw_ng_query_parse("shards=1&user_id=1\0", 19, &s, &u), GW_ERR_VALUE);
        CHECK_ERR(gw_ng_query_parse("shards=1&user_id=12", 18, &s, &u), GW_OK); /* only n bytes are read */
        CHECK_EQ(u, 1);
        CHECK_ERR(gw_ng_query_parse(NULL, 0, &s, &u), GW_ERR_MISSING);
        CHECK_ERR(gw_ng_query_parse("shards=1&user_id=1", 18, NULL, &u), GW_ERR_ARG);
    }
    { /* snprintf semantics for the builder */
        char out[64];
        size_t n = 0, cap;
        const char *full = "shards=7&user_id=18446744073709551615";
        for (cap = 0; cap <= strlen(full); cap++) {
            memset(out, 'Q', sizeof out);
            CHECK_ERR(gw_ng_query_format(cap ? out : NULL, cap, 7, UINT64_MAX, &n), GW_ERR_BUFFER);
            CHECK_EQ(n, strlen(full));
            if (cap) CHECK_EQ(out[0], 0);
            CHECK_EQ(out[cap], 'Q');
        }
        CHECK_ERR(gw_ng_query_format(out, cap, 7, UINT64_MAX, &n), GW_OK);
        CHECK_STR(out, full);
        CHECK_ERR(gw_ng_query_format(out, sizeof out, 0, 1, &n), GW_ERR_INVALID); /* D-44 */
        CHECK_STR(out, "");
        /* D-44 (issue 10): user_id 0 is refused by the parser (and by the original server, NonZeroU64),
           so the builder must not write it either, as it refuses shards 0 */
        strcpy(out, "junk");
        CHECK_ERR(gw_ng_query_format(out, sizeof out, 1, 0, NULL), GW_ERR_INVALID);
        CHECK_STR(out, "");
        CHECK_ERR(gw_ng_query_format(out, sizeof out, 1, 1, NULL), GW_OK);
        CHECK_STR(out, "shards=1&user_id=1");
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
        gw_str sess;
        gw_from from = vec_from(i);
        if (!vbuf[i]) continue;
        ok &= dec(vbuf[i], vlen[i], from, &m, &e) == GW_OK;
        ok &= gw_ng_encode_wire(&m, vectors[i].wire, out, sizeof out, &n, &e) == GW_OK;
        ok &= gw_ng_equal(&m, &m);
        ok &= dec(vbuf[i], vlen[i], from == GW_FROM_CLIENT ? GW_FROM_SERVER : GW_FROM_CLIENT, &m, &e) == GW_ERR_DIRECTION;
        ok &= gw_ng_query_format(out, sizeof out, 3, 155112606661607425ull, &n) == GW_OK;
        ok &= gw_ng_query_parse(out, n, &s, &u) == GW_OK && s == 3;
        ok &= gw_ng_session_valid("ad13c35f-7bf4-413b-997d-eef2fe009f98", 36);
        ok &= gw_ng_resume_query_format(out, sizeof out, gw_str_c("ad13c35f-7bf4-413b-997d-eef2fe009f98"), &n) == GW_OK;
        ok &= gw_ng_resume_query_parse(out, n, &sess) == GW_OK && sess.len == 36;
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
    RUN(test_original_wire);
    RUN(test_original_errors);
    RUN(test_value_without_flag);
    RUN(test_voice_messages);
    RUN(test_resume_query);
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
