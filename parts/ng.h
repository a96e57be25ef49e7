/* ---- Nightingale (PROTOCOLS.md section 4) ---------------------------------------------------- */
#ifndef GW__PART_IMPL
/* Every kind is server-sent: clients send no WebSocket messages in the target version (D-40). */
typedef enum gw_ng_kind {
    GW_NG_NONE = 0,
    GW_NG_READY,              /* op ready, u.ready */
    GW_NG_FORWARD,            /* op forward, u.forward */
    GW_NG_CONNECT_GATEWAY,    /* op update_state, u.gateway_state */
    GW_NG_RECONNECT_GATEWAY,  /* op update_state, u.gateway_state */
    GW_NG_DISCONNECT_GATEWAY, /* op update_state, u.gateway_state (no server, ssrc) */
    GW_NG_TRACK_START,        /* op event, u.track_start */
    GW_NG_TRACK_END,          /* op event, u.track_end */
    GW_NG_TRACK_ERRORED       /* op event, u.track_errored */
} gw_ng_kind;

typedef struct gw_ng_ready { gw_str session; bool resumed; } gw_ng_ready;
/* guild_id stays the first member: the "d" object is stored at offset 0 of this struct */
typedef struct gw_ng_forward {
    uint64_t guild_id, channel_id;
    bool has_channel_id, self_mute, self_deaf;
} gw_ng_forward;
/* channel stays the first member: the inner "data" object is stored at offset 0 of this struct */
typedef struct gw_ng_gateway_state {
    uint64_t channel, guild;
    gw_str session, server;
    uint32_t ssrc;
    bool has_channel;
} gw_ng_gateway_state;
typedef struct gw_ng_track {
    gw_str track, artist, album, channel, duration, source_url, title, thumbnail;
    bool has_track, has_artist, has_album, has_channel, has_duration, has_source_url, has_title, has_thumbnail;
} gw_ng_track;
typedef struct gw_ng_track_end { bool stopped; gw_ng_track track; } gw_ng_track_end;
typedef struct gw_ng_track_errored { gw_str error; gw_ng_track track; } gw_ng_track_errored;

typedef struct gw_ng_msg {
    gw_ng_kind kind;
    union {
        gw_ng_ready ready;
        gw_ng_forward forward;
        gw_ng_gateway_state gateway_state;
        gw_ng_track track_start;
        gw_ng_track_end track_end;
        gw_ng_track_errored track_errored;
    } u;
} gw_ng_msg;

GW__DECLARE(ng);

/* Connection formats (4.1). The query is the text after '?' of "GET /ws?shards=N&user_id=N",
   without the '?' (D-44).
   gw_ng_query_format writes "shards=N&user_id=N" with snprintf semantics: *len (if not NULL) is
   the full length without the NUL; GW_ERR_BUFFER when it does not fit (out is then ""), and
   GW_ERR_INVALID for shards 0.
   gw_ng_query_parse: both keys exactly once, in any order, nothing else. GW_ERR_MISSING,
   GW_ERR_DUPLICATE_KEY, GW_ERR_UNKNOWN_FIELD, GW_ERR_VALUE (not plain decimal digits), GW_ERR_RANGE
   (shards 0 or > 2^32-1, user_id > 2^64-1); outputs are 0 on error.
   gw_ng_session_valid: is s the `session` header value of GET /ws/resume, a UUID (D-42)? */
GW_DEF gw_err gw_ng_query_format(char *out, size_t cap, uint32_t shards, uint64_t user_id, size_t *len);
GW_DEF gw_err gw_ng_query_parse(const char *q, size_t n, uint32_t *shards, uint64_t *user_id);
GW_DEF int gw_ng_session_valid(const char *s, size_t n);

#else /* GW__PART_IMPL */

GW__SCHEMA(gw__ng_ready,
    GW__FX(gw_ng_ready, "session", GW__STR, 0, session, GW__FMT_UUID), /* D-42 */
    GW__F(gw_ng_ready, "resumed", GW__BOOL, resumed));
/* D-43: Discord's op 4 ids; ALT also takes the JSON integers older clients sent */
GW__SCHEMA(gw__ng_forward_d,
    GW__FX(gw_ng_forward, "guild_id", GW__SNOWFLAKE, GW__ALT, guild_id, 0),
    GW__FXH(gw_ng_forward, "channel_id", GW__SNOWFLAKE, GW__ALT | GW__NULLABLE, channel_id, has_channel_id, 0),
    GW__F(gw_ng_forward, "self_mute", GW__BOOL, self_mute),
    GW__F(gw_ng_forward, "self_deaf", GW__BOOL, self_deaf));
GW__SCHEMA(gw__ng_forward,
    GW__CI("op", 4),
    GW__FS(gw_ng_forward, "d", GW__OBJ, guild_id, &gw__ng_forward_d));
/* D-43: the seed's `Integer` ids are JSON integers only */
GW__SCHEMA(gw__ng_gateway_state,
    GW__FH(gw_ng_gateway_state, "channel", GW__U64, GW__NULLABLE, channel, has_channel),
    GW__F(gw_ng_gateway_state, "guild", GW__U64, guild),
    GW__F(gw_ng_gateway_state, "session", GW__STR, session),
    GW__F(gw_ng_gateway_state, "server", GW__STR, server),
    GW__F(gw_ng_gateway_state, "ssrc", GW__U32, ssrc));
GW__SCHEMA(gw__ng_gateway_state_disconnect,
    GW__FH(gw_ng_gateway_state, "channel", GW__U64, GW__NULLABLE, channel, has_channel),
    GW__F(gw_ng_gateway_state, "guild", GW__U64, guild),
    GW__F(gw_ng_gateway_state, "session", GW__STR, session));
/* D-45: every key present, each string or null */
#define GW__NG_T(key, m) GW__FH(gw_ng_track, key, GW__STR, GW__NULLABLE, m, has_##m)
GW__SCHEMA(gw__ng_track,
    GW__NG_T("track", track), GW__NG_T("artist", artist), GW__NG_T("album", album),
    GW__NG_T("channel", channel), GW__NG_T("duration", duration), GW__NG_T("source_url", source_url),
    GW__NG_T("title", title), GW__NG_T("thumbnail", thumbnail));
#undef GW__NG_T
/* D-41: the table's {"track": Track} form, decode only */
GW__SCHEMA(gw__ng_track_wrapped, GW__FS(gw_ng_track, "track", GW__OBJ, track, &gw__ng_track));
GW__SCHEMA(gw__ng_track_end,
    GW__F(gw_ng_track_end, "stopped", GW__BOOL, stopped),
    GW__FS(gw_ng_track_end, "track", GW__OBJ, track, &gw__ng_track));
GW__SCHEMA(gw__ng_track_errored,
    GW__F(gw_ng_track_errored, "error", GW__STR, error),
    GW__FS(gw_ng_track_errored, "track", GW__OBJ, track, &gw__ng_track));

/* Whole messages: {"op": name, "data": ...}; update_state and event wrap {"type", "data"} (4.3).
   The inner "data" is stored at offset 0 of the payload struct, so `m` names its first member. */
#define GW__M gw_ng_msg
#define GW__NG_OP(id, op, T, m, sub) \
    GW__SCHEMA(gw__ng_m_##id, GW__CS("op", op), GW__FS(GW__M, "data", GW__OBJ, m, &sub))
#define GW__NG_TYPED(id, op, type, T, m, sub) \
    GW__SCHEMA(gw__ng_d_##id, GW__CS("type", type), GW__FS(T, "data", GW__OBJ, m, &sub)); \
    GW__NG_OP(id, op, T, u, gw__ng_d_##id)
GW__NG_OP(ready, "ready", gw_ng_ready, u.ready, gw__ng_ready);
GW__NG_OP(forward, "forward", gw_ng_forward, u.forward, gw__ng_forward);
GW__NG_TYPED(connect, "update_state", "connect_gateway", gw_ng_gateway_state, channel, gw__ng_gateway_state);
GW__NG_TYPED(reconnect, "update_state", "reconnect_gateway", gw_ng_gateway_state, channel, gw__ng_gateway_state);
GW__NG_TYPED(disconnect, "update_state", "disconnect_gateway", gw_ng_gateway_state, channel, gw__ng_gateway_state_disconnect);
GW__NG_TYPED(track_start, "event", "track_start", gw_ng_track, track, gw__ng_track);
GW__NG_TYPED(track_start_wrapped, "event", "track_start", gw_ng_track, track, gw__ng_track_wrapped);
GW__NG_TYPED(track_end, "event", "track_end", gw_ng_track_end, stopped, gw__ng_track_end);
GW__NG_TYPED(track_errored, "event", "track_errored", gw_ng_track_errored, error, gw__ng_track_errored);
#undef GW__NG_TYPED
#undef GW__NG_OP
#undef GW__M

#define GW__V(kind, op, schema) { kind, #kind, GW_FROM_SERVER, 0, op, NULL, NULL, NULL, &schema }
#define GW__VT(kind, op, type, schema) { kind, #kind, GW_FROM_SERVER, 0, op, type, "data", "type", &schema }
static const gw__variant gw__ng_variants[] = {
    GW__V(GW_NG_READY, "ready", gw__ng_m_ready),
    GW__V(GW_NG_FORWARD, "forward", gw__ng_m_forward),
    GW__VT(GW_NG_CONNECT_GATEWAY, "update_state", "connect_gateway", gw__ng_m_connect),
    GW__VT(GW_NG_RECONNECT_GATEWAY, "update_state", "reconnect_gateway", gw__ng_m_reconnect),
    GW__VT(GW_NG_DISCONNECT_GATEWAY, "update_state", "disconnect_gateway", gw__ng_m_disconnect),
    /* D-41: the direct Track is canonical; the wrapper is the decode-only second form */
    GW__VT(GW_NG_TRACK_START, "event", "track_start", gw__ng_m_track_start),
    GW__VT(GW_NG_TRACK_START, "event", "track_start", gw__ng_m_track_start_wrapped),
    GW__VT(GW_NG_TRACK_END, "event", "track_end", gw__ng_m_track_end),
    GW__VT(GW_NG_TRACK_ERRORED, "event", "track_errored", gw__ng_m_track_errored),
};
#undef GW__VT
#undef GW__V
static const gw__proto gw__ng_proto = {
    "nightingale", "op", 1, { 0, 0, 0 }, sizeof(gw_ng_msg), gw__ng_variants, GW__COUNT(gw__ng_variants)
};
GW__WRAPPERS(ng)

/* D-44: plain decimal, no sign, no leading zero, no percent-encoding; *v = 0 unless it parses */
static gw_err gw__ng_decimal(const char *s, size_t n, uint64_t *v)
{
    size_t i;
    *v = 0;
    if (n == 0 || (s[0] == '0' && n > 1) || !gw__digits(s, n)) return GW_ERR_VALUE;
    for (i = 0; i < n; i++) {
        unsigned d = (unsigned)(s[i] - '0');
        if (*v > (UINT64_MAX - d) / 10) { *v = 0; return GW_ERR_RANGE; }
        *v = *v * 10 + d;
    }
    return GW_OK;
}

static size_t gw__ng_utoa(char *tmp, uint64_t v) /* digits written backwards from tmp[19] */
{
    size_t n = 0;
    do { tmp[19 - n++] = (char)('0' + v % 10); v /= 10; } while (v);
    return n;
}

GW_DEF gw_err gw_ng_query_format(char *out, size_t cap, uint32_t shards, uint64_t user_id, size_t *len)
{
    char a[20], b[20];
    size_t na, nb, total;
    if (len) *len = 0;
    if (!out && cap) return GW_ERR_ARG;
    if (shards == 0) { if (cap) out[0] = 0; return GW_ERR_INVALID; } /* 4.1: shards >= 1 */
    na = gw__ng_utoa(a, shards);
    nb = gw__ng_utoa(b, user_id);
    total = 7 + na + 9 + nb;
    if (len) *len = total;
    if (total >= cap) { if (cap) out[0] = 0; return GW_ERR_BUFFER; }
    memcpy(out, "shards=", 7);
    memcpy(out + 7, a + 20 - na, na);
    memcpy(out + 7 + na, "&user_id=", 9);
    memcpy(out + 16 + na, b + 20 - nb, nb);
    out[total] = 0;
    return GW_OK;
}

GW_DEF gw_err gw_ng_query_parse(const char *q, size_t n, uint32_t *shards, uint64_t *user_id)
{
    uint64_t v[2] = { 0, 0 };
    int seen[2] = { 0, 0 };
    size_t i = 0;
    gw_err r = GW_OK;
    if (shards) *shards = 0;
    if (user_id) *user_id = 0;
    if (!shards || !user_id || (!q && n)) return GW_ERR_ARG;
    if (n == 0) return GW_ERR_MISSING;
    while (!r && i <= n) {
        size_t end = i, eq;
        int k;
        while (end < n && q[end] != '&') end++;
        for (eq = i; eq < end && q[eq] != '='; eq++) {}
        if (eq - i == 6 && memcmp(q + i, "shards", 6) == 0) k = 0;
        else if (eq - i == 7 && memcmp(q + i, "user_id", 7) == 0) k = 1;
        else { r = GW_ERR_UNKNOWN_FIELD; break; }
        if (seen[k]) { r = GW_ERR_DUPLICATE_KEY; break; }
        seen[k] = 1;
        if (eq == end) r = GW_ERR_VALUE; /* "shards" without "=" */
        else r = gw__ng_decimal(q + eq + 1, end - eq - 1, &v[k]);
        i = end + 1;
    }
    if (!r && (!seen[0] || !seen[1])) r = GW_ERR_MISSING;
    if (!r && (v[0] == 0 || v[0] > UINT32_MAX)) r = GW_ERR_RANGE;
    if (r) return r;
    *shards = (uint32_t)v[0];
    *user_id = v[1];
    return GW_OK;
}

GW_DEF int gw_ng_session_valid(const char *s, size_t n)
{
    return s && gw__is_uuid(s, n);
}

#endif /* GW__PART_IMPL */
