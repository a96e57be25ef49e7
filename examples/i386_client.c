/* i386_client.c - an i386chat client (PROTOCOLS.md section 2) on gateway.h + wslay.

   The session checker (gw_i386_session_*) drives the protocol state: every decoded message goes to
   on_recv, every message sent to on_send, a frame that does not decode to on_error, and the tick
   to poll. It checks the order (hello f=100 -> present f=110 -> ready f=140) and the server's
   sequence numbers `s`, says when a heartbeat (f=120) is due (every hb_int ms from ready), and
   times out when the server's echo has not come before the next one is due ("a missing echo =
   connection failure", 2.1). What is left here is the application: presenting with the token,
   printing the events (f=130), and errors (f=150) printed with their meaning; with d=true the
   server is disconnecting us and the client exits.

   usage: i386_client [--port P] [--token T] [--beats N] [--timeout S]   (connects to 127.0.0.1)
          i386_client --help | -h   (usage on stdout, exit 0)
   exit status: 0 after N heartbeats echoed, 3 on an error f=150, 4 on a missing echo, 1 otherwise */
#define GATEWAY_IMPLEMENTATION
#include "wsio.h"
#include "../gateway.h"

static const char *token = "token";
static unsigned beats = 3, echoed;
static int status = 1;
static gw_session chk; /* the checker: order, heartbeat schedule, echo deadline, `s` */
static uint64_t scratch[4096];

/* Encode and send one message, through the checker first. */
static void send_msg(ws_conn *c, const gw_i386_msg *m)
{
    char out[4097];
    size_t n;
    gw_error e;
    gw_session_verdict v;
    if (gw_i386_encode(m, out, sizeof out, &n, &e) != GW_OK) {
        fprintf(stderr, "encode: %s: %s\n", e.path, gw_strerror(e.code));
        return;
    }
    v = gw_i386_session_on_send(&chk, m, (uint64_t)ws_now_ms());
    if (v.action == GW_VIOLATION || v.action == GW_TIMEOUT) { ws_close(c, (unsigned)v.close_code, v.reason); return; }
    ws_send(c, 0, out, n);
}

/* Act on the checker's verdict: send the heartbeat that is due, or close. 0: the connection is closing. */
static int act(ws_conn *c, gw_session_verdict v)
{
    if (v.action == GW_SEND_HEARTBEAT) {
        gw_i386_msg hb;
        memset(&hb, 0, sizeof hb);
        hb.kind = GW_I386_HEARTBEAT;
        send_msg(c, &hb);
    } else if (v.action == GW_TIMEOUT) { /* the echo did not come before the next heartbeat was due */
        printf("no heartbeat echo (%s): connection failed\n", v.reason);
        status = 4;
        ws_close(c, (unsigned)v.close_code, v.reason);
    } else if (v.action == GW_VIOLATION) {
        printf("protocol violation: %s (close %d)\n", v.reason, v.close_code);
        ws_close(c, (unsigned)v.close_code, v.reason);
    }
    return !c->closing;
}

static const char *error_meaning(unsigned code)
{
    switch (code) { /* 2.1 error codes */
    case 4000: return "payload over 4096 bytes";
    case 4001: return "timeout";
    case 4002: return "rate limited";
    case 4003: return "gateway shutting down";
    case 4004: return "invalid or malformed gateway event";
    case 4005: return "talked to the server before presenting";
    default: return "unknown error";
    }
}

static void print_str(const char *label, gw_str s)
{
    char buf[4096];
    size_t n;
    if (gw_str_unescape(s, buf, sizeof buf, &n) == GW_OK) printf("%s%s\n", label, buf);
}

static void on_open(ws_conn *c)
{
    (void)c;
    gw_i386_session_init(&chk, GW_SIDE_CLIENT, (uint64_t)ws_now_ms());
}

static void on_message(ws_conn *c, int binary, const unsigned char *p, size_t n)
{
    uint64_t now = (uint64_t)ws_now_ms();
    gw_i386_msg m, out;
    gw_error e;
    (void)binary;
    if (gw_i386_decode((const char *)p, n, GW_FROM_SERVER, &m, scratch, sizeof scratch, &e) != GW_OK) {
        printf("bad message at byte %zu: %s: %s\n", e.offset, e.path, gw_strerror(e.code));
        act(c, gw_i386_session_on_error(&chk, &e, now));
        return;
    }
    if (!act(c, gw_i386_session_on_recv(&chk, &m, now))) return;
    memset(&out, 0, sizeof out);
    switch (m.kind) {
    case GW_I386_HELLO:
        printf("hello: hb_int %u ms\n", m.u.hello.hb_int);
        out.kind = GW_I386_PRESENT;
        out.u.present.token = gw_str_c(token);
        send_msg(c, &out);
        break;
    case GW_I386_READY: /* the checker starts the heartbeat schedule */
        printf("ready: v %u, session %llu\n", m.u.ready.v, (unsigned long long)m.u.ready.session_id);
        break;
    case GW_I386_HEARTBEAT:
        printf("heartbeat echoed (%u)\n", ++echoed);
        if (echoed >= beats) { status = 0; ws_close(c, 1000, "done"); }
        break;
    case GW_I386_ERROR:
        printf("error %u: %s%s\n", m.u.error.c, error_meaning(m.u.error.c), m.u.error.d ? " (disconnecting)" : "");
        if (m.u.error.d) { status = 3; ws_close(c, 1000, "bye"); }
        break;
    case GW_I386_S_MESSAGE_CREATE: print_str("message: ", m.u.s_message_create.content); break;
    case GW_I386_S_SERVER_MESSAGE: print_str("server message: ", m.u.content.content); break;
    default: printf("event kind %d\n", (int)m.kind); break;
    }
    fflush(stdout);
}

static void on_tick(ws_conn *c, long long now)
{
    act(c, gw_i386_session_poll(&chk, (uint64_t)now)); /* a heartbeat due, or the echo overdue */
}

static void usage(FILE *f, const char *prog)
{
    fprintf(f, "usage: %s --port P [--token T] [--beats N] [--timeout S]   (connects to 127.0.0.1)\n"
               "       %s --help | -h\n", prog, prog);
}

int main(int argc, char **argv)
{
    static const ws_handler h = { on_open, on_message, on_tick, NULL, NULL };
    int port = 0, timeout = 30, i;
    for (i = 1; i < argc; i++)
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) { usage(stdout, argv[0]); return 0; }
    for (i = 1; i + 1 < argc; i += 2) {
        if (!strcmp(argv[i], "--port")) port = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--token")) token = argv[i + 1];
        else if (!strcmp(argv[i], "--beats")) beats = (unsigned)atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--timeout")) timeout = atoi(argv[i + 1]);
        else break;
    }
    if (i != argc || port <= 0) { usage(stderr, argv[0]); return 2; }
    if (ws_client_run("127.0.0.1", port, "/", &h, timeout) != 0) return 1;
    return status;
}
