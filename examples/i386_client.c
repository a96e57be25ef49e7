/* i386_client.c - an i386chat client (PROTOCOLS.md section 2) on gateway.h + wslay.

   Waits for hello (f=100), presents (f=110) with its token, waits for ready (f=140), then sends a
   heartbeat (f=120) every hb_int ms and expects the server's echo before the next one. Prints the
   events it gets (f=130). An error (f=150) is printed with its meaning; with d=true the server is
   disconnecting us and the client exits.

   usage: i386_client [--port P] [--token T] [--beats N] [--timeout S]   (connects to 127.0.0.1)
   exit status: 0 after N heartbeats echoed, 3 on an error f=150, 4 on a missing echo, 1 otherwise */
#define GATEWAY_IMPLEMENTATION
#include "wsio.h"
#include "../gateway.h"

static const char *token = "token";
static unsigned beats = 3, echoed, hb_int;
static int ready, waiting_echo, status = 1;
static long long next_hb;
static uint64_t scratch[4096];

static void send_msg(ws_conn *c, const gw_i386_msg *m)
{
    char out[4097];
    size_t n;
    gw_error e;
    if (gw_i386_encode(m, out, sizeof out, &n, &e) == GW_OK) ws_send(c, 0, out, n);
    else fprintf(stderr, "encode: %s: %s\n", e.path, gw_strerror(e.code));
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

static void on_message(ws_conn *c, int binary, const unsigned char *p, size_t n)
{
    gw_i386_msg m, out;
    gw_error e;
    (void)binary;
    if (gw_i386_decode((const char *)p, n, GW_FROM_SERVER, &m, scratch, sizeof scratch, &e) != GW_OK) {
        printf("bad message at byte %zu: %s: %s\n", e.offset, e.path, gw_strerror(e.code));
        ws_close(c, 1007, "bad message");
        return;
    }
    memset(&out, 0, sizeof out);
    switch (m.kind) {
    case GW_I386_HELLO:
        hb_int = m.u.hello.hb_int;
        printf("hello: hb_int %u ms\n", hb_int);
        out.kind = GW_I386_PRESENT;
        out.u.present.token = gw_str_c(token);
        send_msg(c, &out);
        break;
    case GW_I386_READY:
        printf("ready: v %u, session %llu\n", m.u.ready.v, (unsigned long long)m.u.ready.session_id);
        ready = 1;
        next_hb = ws_now_ms() + hb_int;
        break;
    case GW_I386_HEARTBEAT:
        waiting_echo = 0;
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
    gw_i386_msg m;
    if (!ready || now < next_hb) return;
    if (waiting_echo) { /* "a missing echo = connection failure" (2.1) */
        printf("no heartbeat echo: connection failed\n");
        status = 4;
        ws_close(c, 1000, "no heartbeat echo");
        return;
    }
    memset(&m, 0, sizeof m);
    m.kind = GW_I386_HEARTBEAT;
    send_msg(c, &m);
    waiting_echo = 1;
    next_hb = now + hb_int;
}

int main(int argc, char **argv)
{
    static const ws_handler h = { NULL, on_message, on_tick, NULL };
    int port = 0, timeout = 30, i;
    for (i = 1; i + 1 < argc; i += 2) {
        if (!strcmp(argv[i], "--port")) port = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--token")) token = argv[i + 1];
        else if (!strcmp(argv[i], "--beats")) beats = (unsigned)atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--timeout")) timeout = atoi(argv[i + 1]);
        else break;
    }
    if (i != argc || port <= 0) {
        fprintf(stderr, "usage: %s --port P [--token T] [--beats N] [--timeout S]\n", argv[0]);
        return 2;
    }
    if (ws_client_run("127.0.0.1", port, "/", &h, timeout) != 0) return 1;
    return status;
}
