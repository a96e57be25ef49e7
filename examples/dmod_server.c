/* dmod_server.c - a dmod gateway server (PROTOCOLS.md section 5) on gateway.h + wslay.

   The session checker (gw_dmod_session_*) drives the protocol state: every decoded message goes to
   on_recv, every message sent to on_send, a frame that does not decode to on_error, and the tick
   to poll. It decides the order (request auth (op 0) -> authenticate (op 1) -> pass (op 2); 1008
   for anything else before), that an op 4 answers an op 3 and an op 7 response a command, and the
   close codes (dmod publishes none, 5.1: the checker's 1002 for a payload that does not decode or
   comes out of order, 1009 over the 1000-byte cap, D-52). What is left here is the application:
   the server's heartbeat (op 3) every --hb ms (dmod publishes no interval, so the checker runs no
   timers: an op 3 unanswered for two intervals closes with 1008), the op 7 responses to
   CONNECT_GUILD / DESCONNECT_GUILD, and after CONNECT_GUILD --events N GUILD_PRIVILEGE_UPDATE
   events (op 5), standing in for a backend that has news for that guild. 1003 for a binary frame.

   usage: dmod_server [--port P] [--hb MS] [--events N] [--conns N] [--timeout S] */
#define GATEWAY_IMPLEMENTATION
#include "wsio.h"
#include "../gateway.h"

typedef struct session {
    gw_session chk;   /* the checker: order, answers, close codes */
    long long hb_at;  /* when the last op 3 went out (0: not authenticated yet, no heartbeats) */
    int hb_owed;      /* that op 3 has not been answered yet */
} session;

static session sess[WS_MAX_CONNS];
static unsigned hb_ms = 1000;
static unsigned long events = 0, msgs_in, msgs_out;
static uint64_t scratch[8192];

/* Encode and send one message, through the checker first. */
static void send_msg(ws_conn *c, const gw_dmod_msg *m)
{
    static char out[1 << 16];
    gw_session_verdict v;
    size_t n;
    gw_error e;
    if (gw_dmod_encode(m, out, sizeof out, &n, &e) != GW_OK) {
        fprintf(stderr, "encode: %s: %s\n", e.path, gw_strerror(e.code));
        return;
    }
    v = gw_dmod_session_on_send(&sess[c->slot].chk, m, (uint64_t)ws_now_ms());
    if (v.action == GW_VIOLATION || v.action == GW_TIMEOUT) { ws_close(c, (unsigned)v.close_code, v.reason); return; }
    msgs_out++;
    ws_send(c, 0, out, n);
}

static void send_kind(ws_conn *c, gw_dmod_kind k)
{
    gw_dmod_msg m;
    memset(&m, 0, sizeof m);
    m.kind = k;
    send_msg(c, &m);
}

/* Act on the checker's verdict (a dmod server never owes a heartbeat). 0: the connection is closing. */
static int act(ws_conn *c, gw_session_verdict v)
{
    if (v.action == GW_VIOLATION || v.action == GW_TIMEOUT) ws_close(c, (unsigned)v.close_code, v.reason);
    return !c->closing;
}

static void on_open(ws_conn *c)
{
    memset(&sess[c->slot], 0, sizeof sess[c->slot]);
    gw_dmod_session_init(&sess[c->slot].chk, GW_SIDE_SERVER, (uint64_t)ws_now_ms());
    send_kind(c, GW_DMOD_REQUEST_AUTH);
}

static void connect_guild(ws_conn *c, const gw_dmod_connect_guild *g)
{
    static const char emoji_json[] = "{\"id\":\"1\",\"name\":\"wave\"}";
    static const gw_raw emoji = { emoji_json, sizeof emoji_json - 1 };
    gw_dmod_msg m;
    unsigned long i;
    memset(&m, 0, sizeof m);
    m.kind = GW_DMOD_RESP_CONNECT_GUILD;
    m.u.resp_connect.guild.count = 42;
    m.u.resp_connect.guild.premium_tier = 1;
    m.u.resp_connect.guild.verification_level = 2;
    m.u.resp_connect.guild.emojis.items = &emoji;
    m.u.resp_connect.guild.emojis.count = 1;
    m.u.resp_connect.guild.current_invite_valid = 1;
    m.u.resp_connect.guild.has_vanity = 1;
    m.u.resp_connect.guild.vanity = g->gid; /* echo the guild id back as its vanity name */
    m.u.resp_connect.user.id = gw_str_c("1234");
    m.u.resp_connect.user.tag = gw_str_c("someone#0001");
    m.u.resp_connect.user.permissions = 8;
    send_msg(c, &m);
    for (i = 0; i < events; i++) {
        memset(&m, 0, sizeof m);
        m.kind = GW_DMOD_EV_GUILD_PRIVILEGE_UPDATE;
        m.u.privilege.id = gw_str_c("1234");
        m.u.privilege.tag = gw_str_c("someone#0001");
        m.u.privilege.permissions = i;
        send_msg(c, &m);
    }
}

static void on_message(ws_conn *c, int binary, const unsigned char *p, size_t n)
{
    session *s = &sess[c->slot];
    uint64_t now = (uint64_t)ws_now_ms();
    gw_dmod_msg m;
    gw_error e;
    if (binary) { ws_close(c, 1003, "text frames only"); return; }
    msgs_in++;
    if (gw_dmod_decode((const char *)p, n, GW_FROM_CLIENT, &m, scratch, sizeof scratch, &e) != GW_OK) {
        act(c, gw_dmod_session_on_error(&s->chk, &e, now));
        return;
    }
    if (!act(c, gw_dmod_session_on_recv(&s->chk, &m, now))) return;
    switch (m.kind) {
    case GW_DMOD_AUTHENTICATE:
        send_kind(c, GW_DMOD_AUTH_PASS); /* missed_notifications: [] */
        s->hb_at = (long long)now;       /* heartbeats from now on */
        break;
    case GW_DMOD_HEARTBEAT_BACK: s->hb_owed = 0; break;
    case GW_DMOD_CMD_CONNECT_GUILD: connect_guild(c, &m.u.connect_guild); break;
    case GW_DMOD_CMD_DISCONNECT_GUILD: {
        gw_dmod_msg r;
        memset(&r, 0, sizeof r);
        r.kind = GW_DMOD_RESP_DISCONNECT_GUILD;
        r.u.resp_disconnect.success = 1;
        send_msg(c, &r);
        break; }
    default: break; /* APPLICATION_SESSION commands: no response is defined (D-50) */
    }
}

static void on_tick(ws_conn *c, long long now)
{
    session *s = &sess[c->slot];
    if (!act(c, gw_dmod_session_poll(&s->chk, (uint64_t)now))) return;
    if (!s->hb_at || now - s->hb_at < (long long)hb_ms) return;
    if (s->hb_owed) { /* one op 3 at a time; its answer may take up to two intervals */
        if (now - s->hb_at >= 2 * (long long)hb_ms) ws_close(c, 1008, "no heartbeat back");
        return;
    }
    s->hb_at = now;
    s->hb_owed = 1;
    send_kind(c, GW_DMOD_HEARTBEAT);
}

int main(int argc, char **argv)
{
    static const ws_handler h = { on_open, on_message, on_tick, NULL };
    int port = 0, conns = 0, timeout = 60, i;
    for (i = 1; i + 1 < argc; i += 2) {
        if (!strcmp(argv[i], "--port")) port = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--hb")) hb_ms = (unsigned)atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--events")) events = strtoul(argv[i + 1], NULL, 10);
        else if (!strcmp(argv[i], "--conns")) conns = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--timeout")) timeout = atoi(argv[i + 1]);
        else break;
    }
    if (i != argc || hb_ms == 0) {
        fprintf(stderr, "usage: %s [--port P] [--hb MS] [--events N] [--conns N] [--timeout S]\n", argv[0]);
        return 2;
    }
    if (ws_serve(port, &h, conns, timeout) != 0) return 1;
    printf("dmod_server: %lu messages in, %lu out\n", msgs_in, msgs_out);
    return 0;
}
