/* wsio.h - the WebSocket plumbing shared by the examples and gwload (not part of the library).

   WebSocket framing comes from wslay (Debian: libwslay-dev). wslay is sans-IO and event based:
   it never touches a socket, so the whole transport is here in plain sight: an event loop, the
   HTTP upgrade handshake (SHA-1 + base64, RFC 6455 section 4), and five callbacks. libwebsockets
   would hide all of that behind its own event loop and a much larger API; for examples whose
   point is the message handling, the small library is the clearer choice.

   One loop (ws_loop) holds every connection, accepted or opened (gwload opens thousands):
   - epoll on Linux, poll() elsewhere or with -DWS_USE_POLL;
   - at most `max` connections at once (the servers' --max-conns, default 10000). One more, or
     one past the process's file descriptor limit (a spare descriptor is kept for this), is
     answered "HTTP/1.1 503" and closed; every other connection goes on;
   - every connection's send queue is bounded (ws_queue_cap bytes queued in wslay, default 1 MiB;
     the programs' producers wait while it holds a quarter of that, ws_room). A peer that stops
     reading is closed with 1008 "send queue full" once a message would overflow its queue, or once
     its queue has not drained for WS_STALL_MS: its memory stays bounded and the others never wait;
   - per-connection state is fixed: a ws_conn (4.4 KiB, most of it the handshake buffer) plus
     wslay's context, plus what the program keeps per slot.
   One thread, no TLS, a handshake fits in 4 KiB. */
#ifndef WSIO_H
#define WSIO_H
#define _GNU_SOURCE /* accept4 */
#include <wslay/wslay.h>
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
#if defined(__linux__) && !defined(WS_USE_POLL)
#include <sys/epoll.h>
#define WS_EPOLL 1
#endif

#define WS_DEFAULT_MAX_CONNS 10000
#define WS_TICK_MS 20          /* on_tick period */
#define WS_CLOSE_GRACE_MS 5000 /* a closing connection's peer has this long to read our close */
#define WS_STALL_MS 3000       /* a send queue that has not drained for this long is full */
#ifdef __GNUC__
#pragma GCC diagnostic ignored "-Wunused-function" /* each program uses a part of this file */
#endif

static int ws_max_conns = WS_DEFAULT_MAX_CONNS; /* the servers' --max-conns */
static size_t ws_queue_cap = (size_t)1 << 20;   /* the servers' --queue-cap */
static const char *ws_banner;                    /* a line printed after "listening on PORT" (a server's mode) */

typedef struct ws_conn ws_conn;

/* Client: a server to connect to (ws_resolve), and what its upgrade request names. */
typedef struct ws_peer {
    struct sockaddr_storage addr;
    socklen_t addrlen;
    char host[300];             /* the Host header: name or address, and the port */
    const char *origin;         /* an Origin header when not NULL (the dmod original checks it) */
} ws_peer;

typedef struct ws_handler {
    void (*on_open)(ws_conn *c);                                         /* handshake done */
    void (*on_message)(ws_conn *c, int binary, const unsigned char *p, size_t n);
    void (*on_tick)(ws_conn *c, long long now_ms);                      /* every WS_TICK_MS */
    void (*on_close)(ws_conn *c);  /* about to close (a client's failed upgrade too: c->open is 0) */
    int (*on_pump)(ws_conn *c);    /* every loop round while open: produce work; 1: more is ready now */
} ws_handler;

enum { WS_CONNECTING = 1, WS_REQUESTED }; /* a client connection before it is open */

struct ws_conn {
    int fd, slot, is_client, open, closing, done, state;
    int live_at;                /* index in the loop's live list */
    int http_status;            /* client: the status line of a refused upgrade (400, 503), else 0 */
    unsigned watching;          /* the readiness asked of the poller */
    long long closing_since, read_paused_until, opened_at, last_write;
    wslay_event_context_ptr ctx;
    const ws_handler *h;
    struct ws_loop *loop;
    void *user;                 /* the program's, per connection */
    const char *raw_request;    /* client: sent instead of an upgrade request (gwload's garbage) */
    const ws_peer *peer;        /* client: Host and Origin of the upgrade (NULL: Host 127.0.0.1) */
    char target[128];           /* the request target of the upgrade: server as received, client to send */
    char key[32];               /* client: the Sec-WebSocket-Key sent */
    char *unsent;               /* the part of a batch the socket did not take (malloc'd, at most 64 KiB) */
    size_t unsent_len, unsent_off;
    size_t hs_len, hs_off;
    char hs[4096];              /* handshake bytes, then leftover frame bytes read with them */
};

typedef struct ws_loop {
    const ws_handler *h;
    ws_conn *conns;             /* max slots; calloc'd, so the pages of unused slots stay untouched */
    int *live, nlive;           /* the slots in use */
    int *free_slots, nfree;     /* the slots not in use, the lowest on top */
    int max, lfd, spare, pfd;   /* pfd: the epoll descriptor */
    long long next_tick;
    int busy;                   /* work is ready: the next round does not wait */
    size_t batch_len;
    unsigned char batch[1 << 16]; /* frames on their way to one connection's socket (ws__flush) */
    unsigned long accepted, refused, queue_full;
#ifndef WS_EPOLL
    struct pollfd *pf;
    int *pidx;
#endif
} ws_loop;

static ws_loop *ws_server_loop; /* the loop of ws_serve, for broadcasts */

static long long ws_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}
static unsigned long long ws_now_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (unsigned long long)ts.tv_sec * 1000000u + (unsigned long long)ts.tv_nsec / 1000u;
}

/* ---- SHA-1 (FIPS 180-4) and base64, just enough for Sec-WebSocket-Accept ---- */
static void ws_sha1(const unsigned char *msg, size_t len, unsigned char out[20])
{
    unsigned long h[5] = { 0x67452301ul, 0xEFCDAB89ul, 0x98BADCFEul, 0x10325476ul, 0xC3D2E1F0ul };
    unsigned char block[64];
    unsigned long long bits = (unsigned long long)len * 8;
    size_t i, total = ((len + 8) / 64 + 1) * 64;
    for (i = 0; i < total; i += 64) {
        unsigned long w[80], a, b, c, d, e, t;
        size_t j;
        for (j = 0; j < 64; j++) {
            size_t k = i + j;
            block[j] = k < len ? msg[k] : k == len ? 0x80 : 0;
            if (k >= total - 8) block[j] = (unsigned char)(bits >> (8 * (total - 1 - k)));
        }
        for (j = 0; j < 16; j++)
            w[j] = (unsigned long)block[4 * j] << 24 | (unsigned long)block[4 * j + 1] << 16 |
                   (unsigned long)block[4 * j + 2] << 8 | block[4 * j + 3];
        for (j = 16; j < 80; j++) {
            t = w[j - 3] ^ w[j - 8] ^ w[j - 14] ^ w[j - 16];
            w[j] = ((t << 1) | (t >> 31)) & 0xFFFFFFFFul;
        }
        a = h[0]; b = h[1]; c = h[2]; d = h[3]; e = h[4];
        for (j = 0; j < 80; j++) {
            unsigned long f, k;
            if (j < 20) { f = (b & c) | (~b & d); k = 0x5A827999ul; }
            else if (j < 40) { f = b ^ c ^ d; k = 0x6ED9EBA1ul; }
            else if (j < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8F1BBCDCul; }
            else { f = b ^ c ^ d; k = 0xCA62C1D6ul; }
            t = ((((a << 5) | (a >> 27)) & 0xFFFFFFFFul) + (f & 0xFFFFFFFFul) + e + k + w[j]) & 0xFFFFFFFFul;
            e = d; d = c; c = ((b << 30) | (b >> 2)) & 0xFFFFFFFFul; b = a; a = t;
        }
        h[0] = (h[0] + a) & 0xFFFFFFFFul; h[1] = (h[1] + b) & 0xFFFFFFFFul; h[2] = (h[2] + c) & 0xFFFFFFFFul;
        h[3] = (h[3] + d) & 0xFFFFFFFFul; h[4] = (h[4] + e) & 0xFFFFFFFFul;
    }
    for (i = 0; i < 20; i++) out[i] = (unsigned char)(h[i / 4] >> (24 - 8 * (i % 4)));
}

static void ws_base64(const unsigned char *in, size_t n, char *out)
{
    static const char tab[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    size_t i;
    for (i = 0; i + 2 < n; i += 3) {
        *out++ = tab[in[i] >> 2];
        *out++ = tab[(in[i] & 3) << 4 | in[i + 1] >> 4];
        *out++ = tab[(in[i + 1] & 15) << 2 | in[i + 2] >> 6];
        *out++ = tab[in[i + 2] & 63];
    }
    if (i < n) {
        *out++ = tab[in[i] >> 2];
        *out++ = tab[(in[i] & 3) << 4 | (i + 1 < n ? in[i + 1] >> 4 : 0)];
        *out++ = i + 1 < n ? tab[(in[i + 1] & 15) << 2] : '=';
        *out++ = '=';
    }
    *out = 0;
}

/* Sec-WebSocket-Accept for a key: base64(SHA-1(key + GUID)). */
static void ws_accept_key(const char *key, char out[32])
{
    char buf[128];
    unsigned char d[20];
    snprintf(buf, sizeof buf, "%s258EAFA5-E914-47DA-95CA-C5AB0DC85B11", key);
    ws_sha1((const unsigned char *)buf, strlen(buf), d);
    ws_base64(d, 20, out);
}

/* Value of header `name` in an HTTP head (NUL-terminated), copied to out; 0 if absent. */
static int ws_header(const char *head, const char *name, char *out, size_t cap)
{
    const char *p = head;
    size_t nl = strlen(name);
    while ((p = strstr(p, "\r\n")) != NULL) {
        p += 2;
        if (strncasecmp(p, name, nl) == 0 && p[nl] == ':') {
            const char *v = p + nl + 1, *end;
            size_t n;
            while (*v == ' ' || *v == '\t') v++;
            end = strstr(v, "\r\n");
            n = end ? (size_t)(end - v) : strlen(v);
            while (n && (v[n - 1] == ' ' || v[n - 1] == '\t')) n--;
            if (n >= cap) return 0;
            memcpy(out, v, n);
            out[n] = 0;
            return 1;
        }
    }
    return 0;
}

/* ---- wslay callbacks ---- */
static ssize_t ws__recv(wslay_event_context_ptr ctx, uint8_t *buf, size_t len, int flags, void *user)
{
    ws_conn *c = (ws_conn *)user;
    ssize_t r;
    (void)flags;
    if (c->hs_off < c->hs_len) { /* bytes that came in with the handshake */
        size_t n = c->hs_len - c->hs_off < len ? c->hs_len - c->hs_off : len;
        memcpy(buf, c->hs + c->hs_off, n);
        c->hs_off += n;
        return (ssize_t)n;
    }
    if (c->read_paused_until > ws_now_ms()) { wslay_event_set_error(ctx, WSLAY_ERR_WOULDBLOCK); return -1; }
    r = recv(c->fd, buf, len, 0);
    if (r < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) { wslay_event_set_error(ctx, WSLAY_ERR_WOULDBLOCK); return -1; }
    if (r <= 0) { wslay_event_set_error(ctx, WSLAY_ERR_CALLBACK_FAILURE); return -1; }
    return r;
}

/* wslay's frames are gathered in the loop's batch buffer and go out in one send() per connection
   and round (ws__flush): one system call and one TCP segment for many small messages. */
static ssize_t ws__send(wslay_event_context_ptr ctx, const uint8_t *data, size_t len, int flags, void *user)
{
    ws_conn *c = (ws_conn *)user;
    struct ws_loop *L = c->loop;
    size_t room = sizeof L->batch - L->batch_len;
    (void)flags;
    if (room == 0) { wslay_event_set_error(ctx, WSLAY_ERR_WOULDBLOCK); return -1; }
    if (len > room) len = room;
    memcpy(L->batch + L->batch_len, data, len);
    L->batch_len += len;
    return (ssize_t)len;
}

static int ws__genmask(wslay_event_context_ptr ctx, uint8_t *buf, size_t len, void *user)
{
    size_t i;
    (void)ctx; (void)user;
    for (i = 0; i < len; i++) buf[i] = (uint8_t)rand();
    return 0;
}

static void ws__on_msg(wslay_event_context_ptr ctx, const struct wslay_event_on_msg_recv_arg *arg, void *user)
{
    ws_conn *c = (ws_conn *)user;
    (void)ctx;
    if (arg->opcode == WSLAY_TEXT_FRAME || arg->opcode == WSLAY_BINARY_FRAME)
        if (!c->closing && c->h->on_message) c->h->on_message(c, arg->opcode == WSLAY_BINARY_FRAME, arg->msg, arg->msg_length);
}

static int ws__attach(ws_conn *c)
{
    struct wslay_event_callbacks cb = { ws__recv, ws__send, ws__genmask, NULL, NULL, NULL, ws__on_msg };
    int r = c->is_client ? wslay_event_context_client_init(&c->ctx, &cb, c)
                         : wslay_event_context_server_init(&c->ctx, &cb, c);
    if (r != 0) return -1;
    wslay_event_config_set_max_recv_msg_length(c->ctx, 1 << 20); /* more: closed with 1009 by wslay */
    return 0;
}

/* ---- sending ---- */
/* Close with a status code (the protocols' own codes are 4000-4999). */
static void ws_close(ws_conn *c, unsigned code, const char *reason)
{
    if (c->closing || !c->ctx) return;
    wslay_event_queue_close(c->ctx, (uint16_t)code, (const uint8_t *)reason, strlen(reason));
    c->closing = 1;
    c->closing_since = ws_now_ms();
}

/* Queue one message; wslay copies the bytes. A message that would take the connection's queue past
   ws_queue_cap closes it with 1008 instead (-1). */
static int ws_send(ws_conn *c, int binary, const void *p, size_t n)
{
    struct wslay_event_msg m;
    if (c->closing || !c->ctx) return -1;
    if (wslay_event_get_queued_msg_length(c->ctx) + n > ws_queue_cap) {
        c->loop->queue_full++;
        ws_close(c, 1008, "send queue full");
        return -1;
    }
    m.opcode = binary ? WSLAY_BINARY_FRAME : WSLAY_TEXT_FRAME;
    m.msg = (const uint8_t *)p;
    m.msg_length = n;
    return wslay_event_queue_msg(c->ctx, &m) == 0 ? 0 : -1;
}

/* Bytes waiting in the connection's send queue */
static size_t ws_queued(const ws_conn *c) { return c->ctx ? wslay_event_get_queued_msg_length(c->ctx) : 0; }
/* May a producer queue more now? (below a quarter of the cap: room for what is not produced) */
static int ws_room(const ws_conn *c) { return !c->closing && ws_queued(c) < (ws_queue_cap / 4 < 65536 ? ws_queue_cap / 4 : 65536); }

/* Bytes straight onto the socket, past wslay (gwload's broken frames); -1 on error. */
static int ws_send_raw(ws_conn *c, const void *p, size_t n)
{
    return send(c->fd, p, n, MSG_NOSIGNAL) == (ssize_t)n ? 0 : -1;
}

/* Stop reading from the peer until then (gwload's slow reader). */
static void ws_pause_reading(ws_conn *c, long long until_ms) { c->read_paused_until = until_ms; }

/* The close code the peer sent, 0 if none came (or no WebSocket was set up). */
static unsigned ws_close_code_received(const ws_conn *c)
{
    return c->ctx && wslay_event_get_close_received(c->ctx) ? wslay_event_get_status_code_received(c->ctx) : 0;
}

static int ws_live(const ws_conn *c) { return c->fd >= 0 && c->open && !c->done && !c->closing; }

/* ---- the loop: slots, readiness ---- */
#define WS__LISTENER (-1)

static void ws__watch(ws_loop *L, ws_conn *c, unsigned want)
{
    if (want == c->watching) return;
#ifdef WS_EPOLL
    {
        struct epoll_event ev;
        memset(&ev, 0, sizeof ev);
        ev.events = (want & 1 ? EPOLLIN : 0u) | (want & 2 ? EPOLLOUT : 0u);
        ev.data.u32 = (uint32_t)c->slot;
        epoll_ctl(L->pfd, EPOLL_CTL_MOD, c->fd, &ev); /* added, with nothing asked, when its slot was taken */
    }
#else
    (void)L;
#endif
    c->watching = want;
}

static ws_conn *ws__take_slot(ws_loop *L, int fd)
{
    ws_conn *c;
    if (L->nfree == 0) return NULL;
    c = &L->conns[L->free_slots[--L->nfree]];
    {
        int slot = (int)(c - L->conns);
        memset(c, 0, offsetof(ws_conn, hs)); /* the handshake buffer is written before it is read */
        c->hs[0] = 0;
        c->slot = slot;
    }
    c->fd = fd;
    c->h = L->h;
    c->loop = L;
    c->live_at = L->nlive;
    c->watching = 0;
    c->opened_at = ws_now_ms();
    L->live[L->nlive++] = c->slot;
#ifdef WS_EPOLL
    {
        struct epoll_event ev;
        memset(&ev, 0, sizeof ev);
        ev.data.u32 = (uint32_t)c->slot;
        epoll_ctl(L->pfd, EPOLL_CTL_ADD, fd, &ev); /* no readiness asked yet: ws__watch sets it */
    }
#endif
    return c;
}

static void ws__finish(ws_conn *c)
{
    ws_loop *L = c->loop;
    int last;
    if (c->done) return;
    if ((c->open || c->is_client) && c->h->on_close) c->h->on_close(c);
    if (c->ctx) wslay_event_context_free(c->ctx);
    c->ctx = NULL;
    { /* what the peer sent last is read, so the close is a FIN and not a reset that could eat
         what we sent it (a close frame) */
        char sink[4096];
        int i;
        shutdown(c->fd, SHUT_WR);
        for (i = 0; i < 64 && recv(c->fd, sink, sizeof sink, MSG_DONTWAIT) > 0; i++) {}
    }
    free(c->unsent);
    c->unsent = NULL;
    close(c->fd); /* leaves the epoll set with it */
    c->fd = -1;
    c->done = 1;
    last = L->live[--L->nlive];
    L->live[c->live_at] = last;
    L->conns[last].live_at = c->live_at;
    L->free_slots[L->nfree++] = c->slot;
}

static void ws__nonblock(int fd)
{
    int one = 1;
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL, 0) | O_NONBLOCK);
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

static int ws_loop_init(ws_loop *L, int max, const ws_handler *h)
{
    int i;
    memset(L, 0, sizeof *L);
    L->h = h;
    L->max = max;
    L->lfd = -1;
    L->conns = (ws_conn *)calloc((size_t)max, sizeof *L->conns);
    L->live = (int *)calloc((size_t)max, sizeof *L->live);
    L->free_slots = (int *)calloc((size_t)max, sizeof *L->free_slots);
#ifdef WS_EPOLL
    L->pfd = epoll_create1(0);
    if (L->pfd < 0) return -1;
#else
    L->pf = (struct pollfd *)calloc((size_t)max + 1, sizeof *L->pf);
    L->pidx = (int *)calloc((size_t)max + 1, sizeof *L->pidx);
    if (!L->pf || !L->pidx) return -1;
#endif
    if (!L->conns || !L->live || !L->free_slots) return -1;
    for (i = 0; i < max; i++) L->free_slots[i] = max - 1 - i; /* the slots themselves stay untouched until used */
    L->nfree = max;
    L->spare = open("/dev/null", O_RDONLY); /* given up to accept-and-refuse past the fd limit */
    L->next_tick = ws_now_ms();
    return 0;
}

/* Every connection is closed and the memory given back. */
static void ws_loop_free(ws_loop *L)
{
    while (L->nlive) ws__finish(&L->conns[L->live[L->nlive - 1]]);
    if (L->lfd >= 0) close(L->lfd);
    if (L->spare >= 0) close(L->spare);
#ifdef WS_EPOLL
    close(L->pfd);
#else
    free(L->pf);
    free(L->pidx);
#endif
    free(L->conns);
    free(L->live);
    free(L->free_slots);
}

/* ---- server side ---- */
/* Listen on 127.0.0.1:port (0 = any free port; it is printed as "listening on PORT"). */
static int ws_listen(ws_loop *L, int port)
{
    struct sockaddr_in a;
    socklen_t al = sizeof a;
    int one = 1;
    L->lfd = socket(AF_INET, SOCK_STREAM, 0);
    if (L->lfd < 0) return -1;
    setsockopt(L->lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = htons((uint16_t)port);
    if (bind(L->lfd, (struct sockaddr *)&a, sizeof a) < 0 || listen(L->lfd, 4096) < 0) { perror("bind/listen"); return -1; }
    fcntl(L->lfd, F_SETFL, fcntl(L->lfd, F_GETFL, 0) | O_NONBLOCK);
    getsockname(L->lfd, (struct sockaddr *)&a, &al);
#ifdef WS_EPOLL
    {
        struct epoll_event ev;
        memset(&ev, 0, sizeof ev);
        ev.events = EPOLLIN;
        ev.data.u32 = (uint32_t)WS__LISTENER;
        epoll_ctl(L->pfd, EPOLL_CTL_ADD, L->lfd, &ev);
    }
#endif
    printf("listening on %d\n", ntohs(a.sin_port));
    if (ws_banner) printf("%s\n", ws_banner); /* after: scripts read the port from the first line */
    fflush(stdout);
    return 0;
}

/* Past the connection cap or the fd limit: a 503 and the door (the request, if it came, is read
   first, so the close sends a FIN, not a reset that could eat the 503). */
static void ws__refuse(ws_loop *L, int fd)
{
    static const char busy[] = "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    char sink[4096];
    (void)!recv(fd, sink, sizeof sink, MSG_DONTWAIT);
    (void)!send(fd, busy, sizeof busy - 1, MSG_NOSIGNAL | MSG_DONTWAIT);
    shutdown(fd, SHUT_WR);
    close(fd);
    L->refused++;
}

static void ws__accept(ws_loop *L)
{
    for (;;) {
        int fd = accept4(L->lfd, NULL, NULL, SOCK_NONBLOCK);
        ws_conn *c;
        if (fd < 0) {
            if ((errno == EMFILE || errno == ENFILE) && L->spare >= 0) { /* out of descriptors: free one to refuse */
                close(L->spare);
                fd = accept4(L->lfd, NULL, NULL, SOCK_NONBLOCK);
                if (fd >= 0) ws__refuse(L, fd);
                L->spare = open("/dev/null", O_RDONLY);
                if (fd >= 0) continue; /* else nobody was waiting: EMFILE comes before EAGAIN */
            }
            return; /* EAGAIN: all taken */
        }
        if ((c = ws__take_slot(L, fd)) == NULL) { ws__refuse(L, fd); continue; }
        ws__nonblock(fd);
        L->accepted++;
        ws__watch(L, c, 1);
    }
}

/* Server side of the upgrade: read the request, answer 101. 1 done, 0 need more, -1 failed. */
static int ws__server_handshake(ws_conn *c)
{
    char key[64], acc[32], resp[256], *end, *sp;
    ssize_t r = recv(c->fd, c->hs + c->hs_len, sizeof c->hs - 1 - c->hs_len, 0);
    if (r <= 0) return r < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) ? 0 : -1;
    c->hs_len += (size_t)r;
    c->hs[c->hs_len] = 0;
    if ((end = strstr(c->hs, "\r\n\r\n")) == NULL) return c->hs_len + 1 >= sizeof c->hs ? -1 : 0;
    *end = 0;
    if (strncmp(c->hs, "GET ", 4) != 0 || !ws_header(c->hs, "Sec-WebSocket-Key", key, sizeof key) ||
        (sp = strchr(c->hs + 4, ' ')) == NULL || (size_t)(sp - (c->hs + 4)) >= sizeof c->target) {
        static const char bad[] = "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n";
        (void)!send(c->fd, bad, sizeof bad - 1, MSG_NOSIGNAL);
        return -1;
    }
    memcpy(c->target, c->hs + 4, (size_t)(sp - (c->hs + 4)));
    c->target[sp - (c->hs + 4)] = 0;
    ws_accept_key(key, acc);
    snprintf(resp, sizeof resp, "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
             "Connection: Upgrade\r\nSec-WebSocket-Accept: %s\r\n\r\n", acc);
    if (send(c->fd, resp, strlen(resp), MSG_NOSIGNAL) != (ssize_t)strlen(resp)) return -1;
    c->hs_off = (size_t)(end + 4 - c->hs); /* frames that arrived with the request */
    return 1;
}

/* The value of `name` in the request target's query ("/?events=100&x=1"), or dflt. */
static unsigned long ws_query_ulong(const ws_conn *c, const char *name, unsigned long dflt)
{
    const char *q = strchr(c->target, '?');
    size_t n = strlen(name);
    while (q) {
        q++;
        if (strncmp(q, name, n) == 0 && q[n] == '=') return strtoul(q + n + 1, NULL, 10);
        q = strchr(q, '&');
    }
    return dflt;
}

/* ---- client side ---- */
/* Resolve host (a name, an IPv4 or IPv6 address) and port with getaddrinfo; the first address
   is used. 0 done, else -1 with a message on stderr. */
static int ws_resolve(const char *host, int port, ws_peer *p)
{
    struct addrinfo hints, *res = NULL;
    char service[16];
    int r;
    memset(p, 0, sizeof *p);
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    snprintf(service, sizeof service, "%d", port);
    if ((r = getaddrinfo(host, service, &hints, &res)) != 0 || res == NULL) {
        fprintf(stderr, "%s: %s\n", host, r ? gai_strerror(r) : "no address");
        return -1;
    }
    if (res->ai_addrlen > sizeof p->addr) { freeaddrinfo(res); return -1; }
    memcpy(&p->addr, res->ai_addr, res->ai_addrlen);
    p->addrlen = (socklen_t)res->ai_addrlen;
    freeaddrinfo(res);
    /* an IPv6 address goes in brackets (RFC 3986 3.2.2) */
    snprintf(p->host, sizeof p->host, strchr(host, ':') ? "[%s]:%d" : "%s:%d", host, port);
    return 0;
}

/* Open a connection to the peer, asking for target, in the loop; the upgrade runs in the loop and
   ends in on_open, or in on_close with c->open 0. raw: bytes sent instead of the upgrade request
   (the response's status is then in http_status). The peer must outlive the connection. NULL
   when no slot or socket. */
static ws_conn *ws_connect_peer(ws_loop *L, const ws_peer *p, const char *target, const char *raw, void *user)
{
    int fd = socket(p->addr.ss_family, SOCK_STREAM | SOCK_NONBLOCK, 0), one = 1;
    ws_conn *c;
    if (fd < 0) return NULL;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if ((connect(fd, (const struct sockaddr *)&p->addr, p->addrlen) < 0 && errno != EINPROGRESS) ||
        (c = ws__take_slot(L, fd)) == NULL) {
        close(fd);
        return NULL;
    }
    c->is_client = 1;
    c->state = WS_CONNECTING;
    c->user = user;
    c->raw_request = raw;
    c->peer = p;
    snprintf(c->target, sizeof c->target, "%s", target ? target : "/");
    ws__watch(L, c, 2);
    return c;
}

/* The same for ws://host:port<target> with host an IPv4 literal (Host header 127.0.0.1). */
static ws_conn *ws_connect(ws_loop *L, const char *host, int port, const char *target, const char *raw, void *user)
{
    ws_peer p;
    struct sockaddr_in *a = (struct sockaddr_in *)&p.addr;
    ws_conn *c;
    memset(&p, 0, sizeof p);
    a->sin_family = AF_INET;
    a->sin_port = htons((uint16_t)port);
    if (inet_pton(AF_INET, host, &a->sin_addr) != 1) return NULL;
    p.addrlen = sizeof *a;
    if ((c = ws_connect_peer(L, &p, target, raw, user)) != NULL) c->peer = NULL; /* p is gone on return */
    return c;
}

/* The client's upgrade, step by step: 1 open, 0 not yet, -1 failed. */
static int ws__client_handshake(ws_conn *c, unsigned ready)
{
    char acc[32], got[64], *end;
    ssize_t r;
    if (c->state == WS_CONNECTING) {
        char req[1024], origin[300] = "";
        int err = 0, i;
        unsigned char raw[16];
        socklen_t el = sizeof err;
        size_t n;
        if (!(ready & 2)) return 0;
        if (getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &err, &el) < 0 || err) return -1;
        for (i = 0; i < 16; i++) raw[i] = (unsigned char)rand();
        ws_base64(raw, 16, c->key);
        if (c->peer && c->peer->origin) snprintf(origin, sizeof origin, "Origin: %s\r\n", c->peer->origin);
        if (c->raw_request) snprintf(req, sizeof req, "%s", c->raw_request);
        else snprintf(req, sizeof req, "GET %s HTTP/1.1\r\nHost: %s\r\n%sUpgrade: websocket\r\nConnection: Upgrade\r\n"
                      "Sec-WebSocket-Key: %s\r\nSec-WebSocket-Version: 13\r\n\r\n", c->target,
                      c->peer ? c->peer->host : "127.0.0.1", origin, c->key);
        n = strlen(req);
        if (send(c->fd, req, n, MSG_NOSIGNAL) != (ssize_t)n) return -1;
        c->state = WS_REQUESTED;
        ws__watch(c->loop, c, 1);
        return 0;
    }
    if (!(ready & 1)) return 0;
    r = recv(c->fd, c->hs + c->hs_len, sizeof c->hs - 1 - c->hs_len, 0);
    if (r < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return 0;
    if (r > 0) { c->hs_len += (size_t)r; c->hs[c->hs_len] = 0; }
    if (strncmp(c->hs, "HTTP/1.1 ", 9) == 0) c->http_status = atoi(c->hs + 9);
    if (r <= 0) return -1;
    if ((end = strstr(c->hs, "\r\n\r\n")) == NULL) return c->hs_len + 1 >= sizeof c->hs ? -1 : 0;
    *end = 0;
    ws_accept_key(c->key, acc);
    if (c->http_status != 101 || !ws_header(c->hs, "Sec-WebSocket-Accept", got, sizeof got) || strcmp(got, acc) != 0) return -1;
    c->http_status = 0;
    c->hs_off = (size_t)(end + 4 - c->hs);
    return 1;
}

/* Write what the connection has: first what the socket did not take last time, then a batch of
   wslay's frames. 0, or -1 when the connection failed. */
static int ws__flush(ws_conn *c)
{
    ws_loop *L = c->loop;
    ssize_t r;
    if (c->unsent) {
        r = send(c->fd, c->unsent + c->unsent_off, c->unsent_len - c->unsent_off, MSG_NOSIGNAL);
        if (r < 0) return errno == EAGAIN || errno == EWOULDBLOCK ? 0 : -1;
        c->last_write = ws_now_ms();
        if ((c->unsent_off += (size_t)r) < c->unsent_len) return 0;
        free(c->unsent);
        c->unsent = NULL;
    }
    if (!wslay_event_want_write(c->ctx)) return 0;
    L->batch_len = 0;
    if (wslay_event_send(c->ctx) != 0 && L->batch_len == 0) return -1;
    if (L->batch_len == 0) return 0;
    r = send(c->fd, L->batch, L->batch_len, MSG_NOSIGNAL);
    if (r < 0 && errno != EAGAIN && errno != EWOULDBLOCK) return -1;
    if (r < 0) r = 0;
    if (r > 0) c->last_write = ws_now_ms();
    if ((size_t)r < L->batch_len) { /* the socket is full: keep the rest for the next round */
        c->unsent_len = L->batch_len - (size_t)r;
        c->unsent_off = 0;
        if ((c->unsent = (char *)malloc(c->unsent_len)) == NULL) return -1;
        memcpy(c->unsent, L->batch + r, c->unsent_len);
    }
    return 0;
}
static int ws__want_write(const ws_conn *c) { return c->unsent != NULL || wslay_event_want_write(c->ctx); }

/* Writing failed (the peer is gone): read what it sent before going, a close frame among it. */
static void ws__fail(ws_conn *c)
{
    if (c->ctx && wslay_event_get_read_enabled(c->ctx)) (void)wslay_event_recv(c->ctx);
    ws__finish(c);
}

/* ---- one round of the loop ---- */
/* ready: 1 readable, 2 writable, 4 hung up or failed (reported whatever was asked) */
static void ws__ready(ws_loop *L, ws_conn *c, unsigned ready)
{
    if (c->done) return;
    if (ready & 4) c->read_paused_until = 0; /* the peer is gone: read what it left now, or this event never stops */
    if (!c->open) {
        int r = c->is_client ? ws__client_handshake(c, ready) : (ready & 1 ? ws__server_handshake(c) : 0);
        if (r < 0 || (r > 0 && ws__attach(c) < 0)) { ws__finish(c); return; }
        if (r > 0) { c->open = 1; c->opened_at = c->last_write = ws_now_ms(); if (c->h->on_open) c->h->on_open(c); }
        return;
    }
    if (((ready & 1) || c->hs_off < c->hs_len) && wslay_event_recv(c->ctx) != 0) { ws__finish(c); return; }
    if ((ready & 2) && ws__flush(c) != 0) { ws__fail(c); return; }
    (void)L;
}

/* After the readiness: ticks, work, flushing, the end of closed connections, and what to watch. */
static void ws__after(ws_loop *L, long long now, int tick, int *busy)
{
    int i;
    for (i = L->nlive - 1; i >= 0; i--) {
        ws_conn *c = &L->conns[L->live[i]];
        int paused;
        if (!c->open) { /* a handshake that has not finished in 10 s never will */
            if (now - c->opened_at > 10000) ws__finish(c);
            continue;
        }
        if (tick && c->h->on_tick && !c->closing) c->h->on_tick(c, now);
        if (c->done) continue;
        if (c->h->on_pump && !c->closing && c->h->on_pump(c)) *busy = 1;
        if (c->done) continue;
        if (ws__want_write(c) && ws__flush(c) != 0) { ws__fail(c); continue; }
        if (!c->closing && (ws_queued(c) || c->unsent) && now - c->last_write > WS_STALL_MS) { /* the peer stopped reading */
            L->queue_full++;
            ws_close(c, 1008, "send queue full");
        }
        if ((!wslay_event_want_read(c->ctx) && !ws__want_write(c)) ||
            (c->closing && now - c->closing_since > WS_CLOSE_GRACE_MS)) {
            ws__finish(c);
            continue;
        }
        paused = c->read_paused_until > now;
        ws__watch(L, c, (wslay_event_want_read(c->ctx) && !paused ? 1u : 0u) | (ws__want_write(c) ? 2u : 0u));
    }
}

/* Wait for readiness at most wait_ms (less when a tick is due), then handle it. */
static void ws_loop_run_once(ws_loop *L, int wait_ms)
{
    long long now = ws_now_ms();
    int tick = 0, busy = 0, i, n;
    if (now >= L->next_tick) { tick = 1; L->next_tick = now + WS_TICK_MS; }
    for (i = 0; i < L->nlive; i++) {
        const ws_conn *c = &L->conns[L->live[i]];
        if (c->open && c->hs_off < c->hs_len && c->read_paused_until <= now) { busy = 1; break; }
    }
    if (busy || L->busy) wait_ms = 0;
    else if (L->next_tick - now < wait_ms) wait_ms = (int)(L->next_tick - now);
#ifdef WS_EPOLL
    {
        struct epoll_event ev[1024];
        n = epoll_wait(L->pfd, ev, 1024, wait_ms);
        for (i = 0; i < n; i++) {
            unsigned ready = (ev[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR) ? 1u : 0u) | (ev[i].events & (EPOLLOUT | EPOLLERR | EPOLLHUP) ? 2u : 0u) |
                             (ev[i].events & (EPOLLHUP | EPOLLERR) ? 4u : 0u);
            if (ev[i].data.u32 == (uint32_t)WS__LISTENER) ws__accept(L);
            else ws__ready(L, &L->conns[ev[i].data.u32], ready);
        }
    }
#else
    {
        int np = 0;
        if (L->lfd >= 0) { L->pf[np].fd = L->lfd; L->pf[np].events = POLLIN; L->pidx[np++] = WS__LISTENER; }
        for (i = 0; i < L->nlive; i++) {
            ws_conn *c = &L->conns[L->live[i]];
            if (!c->watching) continue;
            L->pf[np].fd = c->fd;
            L->pf[np].events = (short)((c->watching & 1 ? POLLIN : 0) | (c->watching & 2 ? POLLOUT : 0));
            L->pidx[np++] = c->slot;
        }
        n = poll(L->pf, (nfds_t)np, wait_ms);
        for (i = 0; n > 0 && i < np; i++) {
            short re = L->pf[i].revents;
            unsigned ready = (re & (POLLIN | POLLHUP | POLLERR) ? 1u : 0u) | (re & (POLLOUT | POLLHUP | POLLERR) ? 2u : 0u) |
                             (re & (POLLHUP | POLLERR) ? 4u : 0u);
            if (!re) continue;
            if (L->pidx[i] == WS__LISTENER) ws__accept(L);
            else ws__ready(L, &L->conns[L->pidx[i]], ready);
        }
    }
#endif
    for (i = L->nlive - 1; busy && i >= 0; i--) { /* frames that came in with a handshake wait in hs */
        ws_conn *c = &L->conns[L->live[i]];
        if (c->open && c->hs_off < c->hs_len && c->read_paused_until <= now) ws__ready(L, c, 0);
    }
    L->busy = 0;
    ws__after(L, ws_now_ms(), tick, &L->busy);
}

/* Serve on 127.0.0.1:port with at most ws_max_conns connections at once. Returns after exit_after
   connections have been accepted and all have closed (0: no limit) or after timeout_s seconds. */
static int ws_serve(int port, const ws_handler *h, int exit_after, int timeout_s)
{
    static ws_loop L;
    long long deadline = ws_now_ms() + (long long)timeout_s * 1000;
    if (ws_loop_init(&L, ws_max_conns, h) != 0 || ws_listen(&L, port) != 0) return -1;
    ws_server_loop = &L;
    for (;;) {
        ws_loop_run_once(&L, WS_TICK_MS);
        if (exit_after > 0 && L.accepted >= (unsigned long)exit_after && L.nlive == 0) break;
        if (ws_now_ms() > deadline) { fprintf(stderr, "timeout after %d s\n", timeout_s); break; }
    }
    if (L.refused || L.queue_full)
        fprintf(stderr, "refused %lu connections (cap or fd limit), closed %lu for a full send queue\n", L.refused, L.queue_full);
    ws_loop_free(&L);
    return 0;
}

/* Client: connect to ws://host:port/path (IPv4 literal), and run until the connection ends or
   timeout_s. Returns 0 when the connection was set up. */
static int ws_client_run(const char *host, int port, const char *path, const ws_handler *h, int timeout_s)
{
    static ws_loop L;
    long long deadline = ws_now_ms() + (long long)timeout_s * 1000;
    int opened = 0;
    ws_conn *c;
    srand((unsigned)ws_now_ms() ^ (unsigned)getpid());
    if (ws_loop_init(&L, 1, h) != 0 || (c = ws_connect(&L, host, port, path, NULL, NULL)) == NULL) {
        perror("connect");
        return -1;
    }
    while (L.nlive) {
        opened |= c->open;
        ws_loop_run_once(&L, WS_TICK_MS);
        if (ws_now_ms() > deadline) { fprintf(stderr, "timeout after %d s\n", timeout_s); break; }
    }
    opened |= c->open;
    ws_loop_free(&L);
    if (!opened) fprintf(stderr, "handshake failed\n");
    return opened ? 0 : -1;
}
#endif
