/* ms_server.c - a microservice gateway server (PROTOCOLS.md section 3) on gateway.h + wslay.

   The session checker (gw_ms_session_*) drives the protocol state: every decoded message goes to
   on_recv, every message sent to on_send, a frame that does not decode to on_error, and the tick
   to poll. It decides the order (hello -> identify -> IDENTIFIED, only ops 0/1 before identify),
   the heartbeat deadline (4007 after twice the interval), when an ack (op 4) is owed, and the
   close codes (4000, 4002-4007). What is left here is the application: the secret (4001),
   IDENTIFIED with shards for a sharder, EXECUTE_COMMAND relayed from a sharder to every identified
   "commands" service, cache (op 5) accepted.

   Compression, when a client identifies with compress true: binary frames from IDENTIFIED on
   (gw_z_* of gateway.h, GATEWAY_ZLIB), in one of two framings chosen by --zlib-mode:
     stream   (default) one zlib stream per connection and direction, every message sync-flushed
              (ends 00 00 ff ff), so later messages reuse the history of earlier ones; the peer
              keeps one inflater per connection (gw_z_deflate_message / gw_z_inflate_feed, where
              a message may come in several binary messages).
     message  every message a complete zlib stream of its own (header, data, adler-32), as the
              original server (oxylbot/gateway, src/ws/index.js) sends it with
              deflate(JSON.stringify(data)); a client written for the original inflates each
              binary message alone and can talk to this server. Incoming binary messages are read
              the same way, each one a whole zlib stream (gw_z_compress_message /
              gw_z_uncompress_message). Text frames are accepted in both modes.

   Load (gwload, tests/load.sh): a commands service that asks for events in the upgrade's query,
   "/?events=N", gets N EXECUTE_COMMANDs after IDENTIFIED, standing in for a sharder's traffic. Each
   one's `raw` is "<number from 0> <microsecond (CLOCK_MONOTONIC) it was encoded>". They are produced
   as the connection's send queue drains (wsio.h), so a client that reads gets all of them, in
   order, and one that stops reading is closed with 1008.

   --wire original: what the original server (oxylbot/gateway at 21320fd) refuses beyond the
   checker, it refuses too, with its code and reason, so a client tested here is safe against it:
     a sharder's heartbeat without a numeric guilds: close 4005 "invalid or no guilds given"
     (src/ws/handlers/heartbeat.js; the original then acks on the closing socket and crashes
     on Node 15+, this server does not ack). What it sends is gw_ms_encode_wire(GW_WIRE_ORIGINAL).
   Default --wire seed: the checker's verdict, also 4005 ("a sharder's heartbeat must carry guilds").

   usage: ms_server [--port P] [--hb MS] [--secret S] [--conns N] [--timeout S] [--wire seed|original]
                    [--zlib-mode stream|message] [--max-conns N] [--queue-cap BYTES]
          ms_server --help | -h   (usage on stdout, exit 0)
   Exits after N connections have closed (--conns) or after --timeout seconds (default 60). */
#define GATEWAY_IMPLEMENTATION
#define GATEWAY_ZLIB
#include "wsio.h"
#include "../gateway.h"

typedef struct session {
    gw_session chk;           /* the checker: order, heartbeats, close codes */
    int identified, compress; /* this server's own state: IDENTIFIED sent, zlib on */
    gw_ms_service type;
    gw_z_inflater zi;         /* compress: the connection's two streams (stream mode), or */
    gw_z_deflater zd;         /* contexts used only for one-message calls (message mode) */
    unsigned long events_left, seq; /* load: EXECUTE_COMMANDs still to send, the next number */
} session;

static session *sess; /* one per connection slot, ws_max_conns of them */
static unsigned hb_ms = 1000;
static const char *secret = "secret";
static int zlib_per_message; /* --zlib-mode message: each message a whole zlib stream */
static gw_wire wire = GW_WIRE_SEED; /* --wire: the original's extra refusals, and the form sent */
static unsigned long msgs_in, msgs_out;
static uint64_t scratch[8192];
static char json[1 << 16];

static uint64_t now_ms(void) { return (uint64_t)ws_now_ms(); }

/* Encode and send one message (through the checker first), compressed when the session asked for it. */
static void send_msg(ws_conn *c, const gw_ms_msg *m)
{
    static char out[1 << 16];
    static unsigned char z[(1 << 16) + 256];
    session *s = &sess[c->slot];
    gw_session_verdict v;
    size_t n, zn;
    gw_error e;
    if (gw_ms_encode_wire(m, wire, out, sizeof out, &n, &e) != GW_OK) {
        fprintf(stderr, "encode: %s: %s\n", e.path, gw_strerror(e.code));
        return;
    }
    v = gw_ms_session_on_send(&s->chk, m, now_ms());
    if (v.action == GW_VIOLATION || v.action == GW_TIMEOUT) { ws_close(c, (unsigned)v.close_code, v.reason); return; }
    msgs_out++;
    if (s->compress && s->identified) {
        gw_z_err zr = zlib_per_message ? gw_z_compress_message(&s->zd, out, n, z, sizeof z, &zn)
                                       : gw_z_deflate_message(&s->zd, out, n, z, sizeof z, &zn);
        if (zr == GW_Z_OK) ws_send(c, 1, z, zn);
        else fprintf(stderr, "deflate: %s\n", gw_z_strerror(zr));
    } else {
        ws_send(c, 0, out, n);
    }
}

/* Act on the checker's verdict: close, or send the ack it says is owed. 0: the connection is closing. */
static int act(ws_conn *c, gw_session_verdict v)
{
    if (v.action == GW_VIOLATION || v.action == GW_TIMEOUT) {
        ws_close(c, (unsigned)v.close_code, v.reason);
        return 0;
    }
    if (v.action == GW_SEND_HEARTBEAT) {
        gw_ms_msg ack;
        memset(&ack, 0, sizeof ack);
        ack.kind = GW_MS_HEARTBEAT_ACK;
        send_msg(c, &ack);
    }
    return !c->closing;
}

static void on_open(ws_conn *c)
{
    session *s = &sess[c->slot];
    gw_ms_msg m;
    memset(s, 0, sizeof *s);
    gw_ms_session_init(&s->chk, GW_SIDE_SERVER, now_ms());
    gw_session_set_wire(&s->chk, wire);
    memset(&m, 0, sizeof m);
    m.kind = GW_MS_HELLO;
    m.u.hello.heartbeat_interval = hb_ms;
    send_msg(c, &m); /* the checker starts the heartbeat deadline from here */
}

/* The checker let identify through (it refuses a second one): check the secret, answer IDENTIFIED. */
static void on_identify(ws_conn *c, const gw_ms_identify *id)
{
    session *s = &sess[c->slot];
    gw_ms_msg m;
    static const uint32_t shards[] = { 0, 1 };
    if (!gw_str_eq(id->secret, secret, strlen(secret))) { ws_close(c, 4001, "authentication failed"); return; }
    if (id->compress && (gw_z_inflate_init(&s->zi, NULL, NULL, NULL) != GW_Z_OK ||
                         gw_z_deflate_init(&s->zd, -1, NULL, NULL, NULL) != GW_Z_OK)) {
        gw_z_inflate_end(&s->zi); /* no-op when its init failed too */
        ws_close(c, 1011, "zlib");
        return;
    }
    s->identified = 1;
    s->compress = id->compress;
    s->type = id->type;
    memset(&m, 0, sizeof m);
    m.kind = GW_MS_IDENTIFIED;
    if (id->type == GW_MS_SERVICE_SHARDER) {
        m.u.identified.has_shards = 1;
        m.u.identified.shards.items = shards;
        m.u.identified.shards.count = 2;
    }
    send_msg(c, &m);
    if (id->type == GW_MS_SERVICE_COMMANDS) s->events_left = ws_query_ulong(c, "events", 0);
}

/* Load: the EXECUTE_COMMANDs a commands service asked for, as the send queue has room. 1: more
   right away. */
static int on_pump(ws_conn *c)
{
    session *s = &sess[c->slot];
    int n;
    for (n = 0; n < 64 && s->events_left && ws_room(c); n++) {
        gw_ms_msg m;
        char raw[48];
        memset(&m, 0, sizeof m);
        m.kind = GW_MS_EXECUTE_COMMAND;
        snprintf(raw, sizeof raw, "%lu %llu", s->seq++, ws_now_us());
        m.u.execute_command.command = gw_str_c("load");
        m.u.execute_command.raw = gw_str_c(raw);
        m.u.execute_command.ids.message = m.u.execute_command.ids.author = 1;
        m.u.execute_command.ids.channel = m.u.execute_command.ids.guild = 2;
        s->events_left--;
        send_msg(c, &m);
    }
    return n > 0 && s->events_left && ws_room(c);
}

static void on_message(ws_conn *c, int binary, const unsigned char *p, size_t n)
{
    session *s = &sess[c->slot];
    const char *text = (const char *)p;
    gw_ms_msg m;
    gw_error e;
    int i;
    ws_loop *L = ws_server_loop;
    if (binary) { /* stream mode: a compressed message, or part of one; message mode: a whole one */
        int done = 1;
        gw_z_err zr;
        if (!s->compress) { ws_close(c, 4005, "binary frame without compress"); return; }
        zr = zlib_per_message ? gw_z_uncompress_message(&s->zi, p, n, json, sizeof json, &n)
                              : gw_z_inflate_feed(&s->zi, p, n, json, sizeof json, &n, &done);
        if (zr != GW_Z_OK) { ws_close(c, zr == GW_Z_ERR_BUFFER ? 4005 : 4004, gw_z_strerror(zr)); return; }
        if (!done) return;
        text = json;
    }
    msgs_in++;
    if (gw_ms_decode(text, n, GW_FROM_CLIENT, &m, scratch, sizeof scratch, &e) != GW_OK) {
        act(c, gw_ms_session_on_error(&s->chk, &e, now_ms())); /* 4003 unknown op, 4004 JSON, 4005 payload */
        return;
    }
    /* the original's own refusal, with its reason, before the checker (which says it in its words) */
    if (wire == GW_WIRE_ORIGINAL && m.kind == GW_MS_HEARTBEAT && s->identified && s->type == GW_MS_SERVICE_SHARDER &&
        !m.u.heartbeat.has_guilds) {
        ws_close(c, 4005, "invalid or no guilds given");
        return;
    }
    if (!act(c, gw_ms_session_on_recv(&s->chk, &m, now_ms()))) return; /* acks heartbeats too */
    if (m.kind == GW_MS_IDENTIFY) on_identify(c, &m.u.identify);
    else if (m.kind == GW_MS_EXECUTE_COMMAND) /* the checker made sure a sharder sent it */
        for (i = 0; i < L->nlive; i++) { /* relay to the commands services */
            ws_conn *o = &L->conns[L->live[i]];
            if (ws_live(o) && sess[o->slot].identified && sess[o->slot].type == GW_MS_SERVICE_COMMANDS) send_msg(o, &m);
        }
    /* GW_MS_CACHE: a real server would update its cache here */
}

static void on_tick(ws_conn *c, long long now)
{
    act(c, gw_ms_session_poll(&sess[c->slot].chk, (uint64_t)now)); /* 4007: no heartbeat in time */
}

static void on_close(ws_conn *c)
{
    session *s = &sess[c->slot];
    if (s->compress) { gw_z_inflate_end(&s->zi); gw_z_deflate_end(&s->zd); }
    s->compress = s->identified = 0;
}

static void usage(FILE *f, const char *prog)
{
    fprintf(f, "usage: %s [--port P] [--hb MS] [--secret S] [--conns N] [--timeout S] [--wire seed|original]"
               " [--zlib-mode stream|message] [--max-conns N] [--queue-cap BYTES]\n"
               "       %s --help | -h\n"
               "  --max-conns N    connections at once (default 10000); more are refused with HTTP 503\n"
               "  --queue-cap B    bytes a connection may have queued (default 1 MiB); past it: close 1008\n"
               "  --wire seed      the session checker's rules (default)\n"
               "  --wire original  also the original server's refusals with its reasons (a sharder's heartbeat\n"
               "                   without guilds: 4005 \"invalid or no guilds given\"), and the original's form\n", prog, prog);
}

int main(int argc, char **argv)
{
    static const ws_handler h = { on_open, on_message, on_tick, on_close, on_pump };
    int port = 0, conns = 0, timeout = 60, i;
    for (i = 1; i < argc; i++)
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) { usage(stdout, argv[0]); return 0; }
    for (i = 1; i + 1 < argc; i += 2) {
        if (!strcmp(argv[i], "--port")) port = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--hb")) hb_ms = (unsigned)atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--secret")) secret = argv[i + 1];
        else if (!strcmp(argv[i], "--conns")) conns = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--timeout")) timeout = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--wire") && !strcmp(argv[i + 1], "seed")) wire = GW_WIRE_SEED;
        else if (!strcmp(argv[i], "--wire") && !strcmp(argv[i + 1], "original")) wire = GW_WIRE_ORIGINAL;
        else if (!strcmp(argv[i], "--zlib-mode") && !strcmp(argv[i + 1], "stream")) zlib_per_message = 0;
        else if (!strcmp(argv[i], "--zlib-mode") && !strcmp(argv[i + 1], "message")) zlib_per_message = 1;
        else if (!strcmp(argv[i], "--max-conns")) ws_max_conns = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--queue-cap")) ws_queue_cap = strtoul(argv[i + 1], NULL, 10);
        else break;
    }
    if (i != argc || hb_ms == 0 || ws_max_conns < 1 || ws_queue_cap < 4096) { usage(stderr, argv[0]); return 2; }
    if ((sess = (session *)calloc((size_t)ws_max_conns, sizeof *sess)) == NULL) return 1;
    if (ws_serve(port, &h, conns, timeout) != 0) return 1;
    free(sess);
    printf("ms_server: %lu messages in, %lu out\n", msgs_in, msgs_out);
    return 0;
}
