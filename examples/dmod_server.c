/* dmod_server.c - a dmod gateway server (PROTOCOLS.md section 5) on gateway.h + wslay.

   request auth (op 0) -> authenticate (op 1) -> pass (op 2) -> the server's heartbeat (op 3) every
   --hb ms, answered by the client (op 4). Commands (op 6 CONNECT_GUILD / DESCONNECT_GUILD) get
   their op 7 response; after CONNECT_GUILD the server sends --events N GUILD_PRIVILEGE_UPDATE
   events (op 5), standing in for a backend that has news for that guild.
   dmod publishes no close codes (5.1), so this server uses the standard ones: 1007 for a payload
   that does not decode, 1009 for one over the 1000-byte cap (D-52), 1008 for a message out of
   sequence or a missed heartbeat, 1003 for a binary frame.

   usage: dmod_server [--port P] [--hb MS] [--events N] [--conns N] [--timeout S] */
#define GATEWAY_IMPLEMENTATION
#include "wsio.h"
#include "../gateway.h"

typedef struct session { int authed, missed; long long last_hb; } session;

static session sess[WS_MAX_CONNS];
static unsigned hb_ms = 1000;
static unsigned long events = 0, msgs_in, msgs_out;
static uint64_t scratch[8192];

static void send_msg(ws_conn *c, const gw_dmod_msg *m)
{
    static char out[1 << 16];
    size_t n;
    gw_error e;
    if (gw_dmod_encode(m, out, sizeof out, &n, &e) != GW_OK) {
        fprintf(stderr, "encode: %s: %s\n", e.path, gw_strerror(e.code));
        return;
    }
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

static void on_open(ws_conn *c)
{
    memset(&sess[c->slot], 0, sizeof sess[c->slot]);
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
    gw_dmod_msg m;
    gw_error e;
    if (binary) { ws_close(c, 1003, "text frames only"); return; }
    msgs_in++;
    if (gw_dmod_decode((const char *)p, n, GW_FROM_CLIENT, &m, scratch, sizeof scratch, &e) != GW_OK) {
        char why[123];
        snprintf(why, sizeof why, "%s%s%s", e.path, *e.path ? ": " : "", gw_strerror(e.code));
        ws_close(c, e.code == GW_ERR_TOO_LARGE ? 1009 : 1007, why);
        return;
    }
    if (m.kind == GW_DMOD_AUTHENTICATE) {
        gw_dmod_msg pass;
        if (s->authed) { ws_close(c, 1008, "already authenticated"); return; }
        s->authed = 1;
        s->last_hb = ws_now_ms();
        memset(&pass, 0, sizeof pass);
        pass.kind = GW_DMOD_AUTH_PASS; /* missed_notifications: [] */
        send_msg(c, &pass);
        return;
    }
    if (!s->authed) { ws_close(c, 1008, "not authenticated"); return; }
    switch (m.kind) {
    case GW_DMOD_HEARTBEAT_BACK: s->missed = 0; break;
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
    if (!s->authed || now - s->last_hb < (long long)hb_ms) return;
    if (s->missed >= 2) { ws_close(c, 1008, "no heartbeat back"); return; }
    s->missed++;
    s->last_hb = now;
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
