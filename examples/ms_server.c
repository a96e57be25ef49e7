/* ms_server.c - a microservice gateway server (PROTOCOLS.md section 3) on gateway.h + wslay.

   hello (op 3) -> identify (op 0; secret checked, `compress` honoured) -> IDENTIFIED (op 2) ->
   heartbeats (op 1) answered with acks (op 4). EXECUTE_COMMAND (op 2) from a sharder is relayed to
   every identified "commands" service. Cache (op 5) is accepted. Compression, when a client asks
   for it: one zlib stream per connection and direction, every message sync-flushed (00 00 ff ff),
   in binary frames, from IDENTIFIED on (gw_z_* of gateway.h, GATEWAY_ZLIB).

   usage: ms_server [--port P] [--hb MS] [--secret S] [--conns N] [--timeout S]
   Exits after N connections have closed (--conns) or after --timeout seconds (default 60). */
#define GATEWAY_IMPLEMENTATION
#define GATEWAY_ZLIB
#include "wsio.h"
#include "../gateway.h"

typedef struct session {
    int identified, compress;
    gw_ms_service type;
    long long last_hb;
    gw_z_inflater zi;
    gw_z_deflater zd;
} session;

static session sess[WS_MAX_CONNS];
static unsigned hb_ms = 1000;
static const char *secret = "secret";
static unsigned long msgs_in, msgs_out;
static uint64_t scratch[8192];
static char json[1 << 16];

/* Encode and send one message, compressed when the session asked for it. */
static void send_msg(ws_conn *c, const gw_ms_msg *m)
{
    static char out[1 << 16];
    static unsigned char z[(1 << 16) + 256];
    session *s = &sess[c->slot];
    size_t n, zn;
    gw_error e;
    if (gw_ms_encode(m, out, sizeof out, &n, &e) != GW_OK) {
        fprintf(stderr, "encode: %s: %s\n", e.path, gw_strerror(e.code));
        return;
    }
    msgs_out++;
    if (s->compress && s->identified) {
        if (gw_z_deflate_message(&s->zd, out, n, z, sizeof z, &zn) == GW_Z_OK) ws_send(c, 1, z, zn);
    } else {
        ws_send(c, 0, out, n);
    }
}

static void on_open(ws_conn *c)
{
    session *s = &sess[c->slot];
    gw_ms_msg m;
    memset(s, 0, sizeof *s);
    s->last_hb = ws_now_ms();
    memset(&m, 0, sizeof m);
    m.kind = GW_MS_HELLO;
    m.u.hello.heartbeat_interval = hb_ms;
    send_msg(c, &m);
}

/* Close code for a message that does not decode (3.1 close codes). */
static unsigned close_code(gw_err e)
{
    if (e == GW_ERR_JSON || e == GW_ERR_DUPLICATE_KEY) return 4004; /* invalid JSON */
    if (e == GW_ERR_UNKNOWN_OP) return 4003;                         /* unknown opcode */
    return 4005;                                                     /* invalid payload */
}

static void on_identify(ws_conn *c, const gw_ms_identify *id)
{
    session *s = &sess[c->slot];
    gw_ms_msg m;
    static const uint32_t shards[] = { 0, 1 };
    if (s->identified) { ws_close(c, 4002, "already authenticated"); return; }
    if (!gw_str_eq(id->secret, secret, strlen(secret))) { ws_close(c, 4001, "authentication failed"); return; }
    if (id->compress && (gw_z_inflate_init(&s->zi, NULL, NULL, NULL) != GW_Z_OK ||
                         gw_z_deflate_init(&s->zd, -1, NULL, NULL, NULL) != GW_Z_OK)) {
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
}

static void on_message(ws_conn *c, int binary, const unsigned char *p, size_t n)
{
    session *s = &sess[c->slot];
    const char *text = (const char *)p;
    gw_ms_msg m;
    gw_error e;
    int i;
    if (binary) { /* a compressed message, or one frame of it */
        int done;
        gw_z_err zr;
        if (!s->compress) { ws_close(c, 4005, "binary frame without compress"); return; }
        zr = gw_z_inflate_feed(&s->zi, p, n, json, sizeof json, &n, &done);
        if (zr != GW_Z_OK) { ws_close(c, zr == GW_Z_ERR_BUFFER ? 4005 : 4004, gw_z_strerror(zr)); return; }
        if (!done) return;
        text = json;
    }
    msgs_in++;
    if (gw_ms_decode(text, n, GW_FROM_CLIENT, &m, scratch, sizeof scratch, &e) != GW_OK) {
        char why[123];
        snprintf(why, sizeof why, "%s%s%s", e.path, *e.path ? ": " : "", gw_strerror(e.code));
        ws_close(c, close_code(e.code), why);
        return;
    }
    if (m.kind == GW_MS_IDENTIFY) { on_identify(c, &m.u.identify); return; }
    if (m.kind == GW_MS_HEARTBEAT) {
        gw_ms_msg ack;
        memset(&ack, 0, sizeof ack);
        ack.kind = GW_MS_HEARTBEAT_ACK;
        s->last_hb = ws_now_ms();
        send_msg(c, &ack);
        return;
    }
    if (!s->identified) { ws_close(c, 4000, "not identified"); return; }
    if (m.kind == GW_MS_EXECUTE_COMMAND) {
        if (s->type != GW_MS_SERVICE_SHARDER) { ws_close(c, 4006, "cannot send"); return; }
        for (i = 0; i < WS_MAX_CONNS; i++) /* relay to the commands services */
            if (ws_live(&ws_all[i]) && sess[i].identified && sess[i].type == GW_MS_SERVICE_COMMANDS)
                send_msg(&ws_all[i], &m);
    }
    /* GW_MS_CACHE: a real server would update its cache here */
}

static void on_tick(ws_conn *c, long long now)
{
    if (now - sess[c->slot].last_hb > 2 * (long long)hb_ms) ws_close(c, 4007, "no heartbeat");
}

static void on_close(ws_conn *c)
{
    session *s = &sess[c->slot];
    if (s->compress) { gw_z_inflate_end(&s->zi); gw_z_deflate_end(&s->zd); }
    s->compress = s->identified = 0;
}

int main(int argc, char **argv)
{
    static const ws_handler h = { on_open, on_message, on_tick, on_close };
    int port = 0, conns = 0, timeout = 60, i;
    for (i = 1; i + 1 < argc; i += 2) {
        if (!strcmp(argv[i], "--port")) port = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--hb")) hb_ms = (unsigned)atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--secret")) secret = argv[i + 1];
        else if (!strcmp(argv[i], "--conns")) conns = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--timeout")) timeout = atoi(argv[i + 1]);
        else { fprintf(stderr, "usage: %s [--port P] [--hb MS] [--secret S] [--conns N] [--timeout S]\n", argv[0]); return 2; }
    }
    if (i != argc || hb_ms == 0) { fprintf(stderr, "bad arguments\n"); return 2; }
    if (ws_serve(port, &h, conns, timeout) != 0) return 1;
    printf("ms_server: %lu messages in, %lu out\n", msgs_in, msgs_out);
    return 0;
}
