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

   --wire picks whose rules and wire form the server follows (D-54, D-54a, D-59, D-59a):
   - seed (the default): the seed document's rules, which the library's decoders enforce.
     AUTHENTICATE may be (null, null) anonymous, (token, null) basic data with a hash token, or
     (token, uid) logged in; only (null, uid) is refused (1002). CONNECT_GUILD / DESCONNECT_GUILD
     may carry empty strings. What it sends is the seed's form (gw_dmod_encode): the privilege
     update {id, tag, permissions}, the CONNECT_GUILD response's guild {count, banner, icon,
     premium_tier, verification_level, emojis, current_invite_valid, vanity} and always a user.
     It is the default because the seed is this library's specification: a client written
     from the seed may send (token, null), which its own example shows.
   - original: also the original server's stricter rules (gw_session_set_wire(GW_WIRE_ORIGINAL),
     so the checker runs gw_dmod_check_original on what the client sends): AUTHENTICATE with token
     and uid both null or both non-empty, else close 1000 "Invalid formating of authentication";
     CONNECT_GUILD with non-empty token and gid, DESCONNECT_GUILD with a non-empty gid, else close
     1000 "empty token or gid". What it sends is the original's form (gw_dmod_encode_wire with
     GW_WIRE_ORIGINAL): the privilege update {guild_id, id, tag, permissions} (no self), the
     CONNECT_GUILD response's guild {id, verification_level, name, owner_id, description,
     member_count, premium_tier, vanity_url_code, banner, mfa_level}, and a null user for an
     anonymous session. For a peer written against the original (its browser client).
   The original server never sends op 3 (ORIGINS) and its browser client answers none, so in
   original mode this server sends no heartbeats either (--hb is then unused).

   Load (gwload, tests/load.sh): the events after CONNECT_GUILD are produced as the connection's
   send queue drains (wsio.h), so a client that reads gets all of them, in order, and one that
   stops reading is closed with 1008. A client may ask for its own count in the upgrade's query,
   "/?events=N"; with "stamp=1" too, each event's `tag` is the microsecond (CLOCK_MONOTONIC) it was
   encoded, for latency. `permissions` numbers the events from 0 either way.

   usage: dmod_server [--port P] [--hb MS] [--events N] [--conns N] [--timeout S] [--wire seed|original]
                      [--max-conns N] [--queue-cap BYTES]
          dmod_server --help | -h   (usage on stdout, exit 0) */
#define GATEWAY_IMPLEMENTATION
#include "wsio.h"
#include "../gateway.h"

typedef struct session {
    gw_session chk;   /* the checker: order, answers, close codes */
    long long hb_at;  /* when the last op 3 went out (0: not authenticated yet, no heartbeats) */
    int hb_owed;      /* that op 3 has not been answered yet */
    int anonymous;    /* authenticated with token null (the original's response then has user null) */
    int stamp;        /* "stamp=1" in the query: tag = when the event was encoded (us) */
    unsigned long events_left, seq; /* events still to send after CONNECT_GUILD, the next number */
    char gid[64];     /* the guild they are for (the original's form names it; snowflakes fit) */
} session;

static session *sess; /* one per connection slot, ws_max_conns of them */
static unsigned hb_ms = 1000;
static unsigned long events = 0, msgs_in, msgs_out;
static gw_wire wire = GW_WIRE_SEED; /* --wire: the checker's rules and the form of what is sent */
static uint64_t scratch[8192];

/* Encode and send one message, through the checker first. */
static void send_msg(ws_conn *c, const gw_dmod_msg *m)
{
    static char out[1 << 16];
    gw_session_verdict v;
    size_t n;
    gw_error e;
    if (gw_dmod_encode_wire(m, wire, out, sizeof out, &n, &e) != GW_OK) {
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
    sess[c->slot].stamp = ws_query_ulong(c, "stamp", 0) != 0;
    gw_dmod_session_init(&sess[c->slot].chk, GW_SIDE_SERVER, (uint64_t)ws_now_ms());
    gw_session_set_wire(&sess[c->slot].chk, wire); /* original: the original's stricter rules (D-54a) */
    send_kind(c, GW_DMOD_REQUEST_AUTH);
}

/* The CONNECT_GUILD response, in the --wire form, and the events after it (on_pump). Each form's
   fields only: the encoder refuses the other form's (D-59, D-59a). */
static void connect_guild(ws_conn *c, const gw_dmod_connect_guild *g)
{
    static const char emoji_json[] = "{\"id\":\"1\",\"name\":\"wave\"}";
    static const gw_raw emoji = { emoji_json, sizeof emoji_json - 1 };
    gw_dmod_msg m;
    gw_dmod_guild *gd = &m.u.resp_connect.guild;
    memset(&m, 0, sizeof m);
    m.kind = GW_DMOD_RESP_CONNECT_GUILD;
    session *s = &sess[c->slot];
    gd->premium_tier = 1;       /* shared by both forms, like banner (null here) */
    gd->verification_level = 2;
    if (wire == GW_WIRE_ORIGINAL) { /* guild.ts toGatewayGuild */
        gd->id = g->gid;            /* echo the guild id back */
        gd->name = gw_str_c("some guild");
        gd->owner_id = gw_str_c("1234");
        gd->member_count = 42;      /* description, vanity_url_code: null */
        gd->mfa_level = 1;
    } else {
        gd->count = 42;
        gd->emojis.items = &emoji;
        gd->emojis.count = 1;
        gd->current_invite_valid = 1;
        gd->has_vanity = 1;
        gd->vanity = g->gid;        /* echo the guild id back as its vanity name */
    }
    /* the seed's form always has a user; the original's is null for an anonymous session */
    m.u.resp_connect.has_user = wire != GW_WIRE_ORIGINAL || !sess[c->slot].anonymous;
    if (m.u.resp_connect.has_user) {
        m.u.resp_connect.user.id = gw_str_c("1234");
        m.u.resp_connect.user.tag = gw_str_c("someone#0001");
        m.u.resp_connect.user.permissions = 8;
    }
    send_msg(c, &m);
    s->events_left = ws_query_ulong(c, "events", events);
    { /* unescaped; a gid longer than the buffer (no snowflake is) is cut */
        size_t n = 0;
        if (gw_str_unescape(g->gid, s->gid, sizeof s->gid, &n) != GW_OK) n = 0;
        s->gid[n < sizeof s->gid ? n : sizeof s->gid - 1] = 0;
    }
}

/* The events, as the send queue has room: numbered by `permissions` from 0. 1: more right away. */
static int on_pump(ws_conn *c)
{
    session *s = &sess[c->slot];
    int n;
    for (n = 0; n < 64 && s->events_left && ws_room(c); n++) {
        gw_dmod_msg m;
        char when[24];
        memset(&m, 0, sizeof m);
        m.kind = GW_DMOD_EV_GUILD_PRIVILEGE_UPDATE;
        if (wire == GW_WIRE_ORIGINAL) { /* the original always names the guild, never sends self */
            m.u.privilege.has_guild_id = 1;
            m.u.privilege.guild_id = gw_str_c(s->gid);
        }
        m.u.privilege.id = gw_str_c("1234");
        m.u.privilege.tag = gw_str_c("someone#0001");
        if (s->stamp) {
            snprintf(when, sizeof when, "%llu", ws_now_us());
            m.u.privilege.tag = gw_str_c(when);
        }
        m.u.privilege.permissions = s->seq++;
        s->events_left--;
        send_msg(c, &m);
    }
    return n > 0 && s->events_left && ws_room(c);
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
        s->anonymous = !m.u.auth.has_token;
        send_kind(c, GW_DMOD_AUTH_PASS); /* missed_notifications: [] */
        if (wire == GW_WIRE_SEED) s->hb_at = (long long)now; /* heartbeats from now on (the original sends none) */
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

static void usage(FILE *f, const char *prog)
{
    fprintf(f, "usage: %s [--port P] [--hb MS] [--events N] [--conns N] [--timeout S] [--wire seed|original]\n"
               "                  [--max-conns N] [--queue-cap BYTES]\n"
               "       %s --help | -h\n"
               "  --max-conns N    connections at once (default 10000); more are refused with HTTP 503\n"
               "  --queue-cap B    bytes a connection may have queued (default 1 MiB); past it: close 1008\n"
               "  --wire seed      the seed's rules and form (default)\n"
               "  --wire original  also the original server's rules (1000 \"Invalid formating of authentication\",\n"
               "                   \"empty token or gid\"), and the original's form of what it sends\n", prog, prog);
}

int main(int argc, char **argv)
{
    static const ws_handler h = { on_open, on_message, on_tick, NULL, on_pump };
    int port = 0, conns = 0, timeout = 60, i;
    for (i = 1; i < argc; i++)
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) { usage(stdout, argv[0]); return 0; }
    for (i = 1; i + 1 < argc; i += 2) {
        if (!strcmp(argv[i], "--port")) port = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--hb")) hb_ms = (unsigned)atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--events")) events = strtoul(argv[i + 1], NULL, 10);
        else if (!strcmp(argv[i], "--conns")) conns = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--timeout")) timeout = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--wire") && !strcmp(argv[i + 1], "seed")) wire = GW_WIRE_SEED;
        else if (!strcmp(argv[i], "--wire") && !strcmp(argv[i + 1], "original")) wire = GW_WIRE_ORIGINAL;
        else if (!strcmp(argv[i], "--max-conns")) ws_max_conns = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--queue-cap")) ws_queue_cap = strtoul(argv[i + 1], NULL, 10);
        else break;
    }
    if (i != argc || hb_ms == 0 || ws_max_conns < 1 || ws_queue_cap < 4096) { usage(stderr, argv[0]); return 2; }
    if ((sess = (session *)calloc((size_t)ws_max_conns, sizeof *sess)) == NULL) return 1;
    if (ws_serve(port, &h, conns, timeout) != 0) return 1;
    free(sess);
    printf("dmod_server: %lu messages in, %lu out\n", msgs_in, msgs_out);
    return 0;
}
