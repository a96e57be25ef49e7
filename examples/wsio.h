/* wsio.h - the WebSocket plumbing shared by the examples (not part of the library).

   WebSocket framing comes from wslay (Debian: libwslay-dev). wslay is sans-IO and event based:
   it never touches a socket, so the whole transport is here in plain sight — a poll() loop, the
   HTTP upgrade handshake (SHA-1 + base64, RFC 6455 section 4), and five callbacks. libwebsockets
   would hide all of that behind its own event loop and a much larger API; for examples whose
   point is the message handling, the small library is the clearer choice.

   Limits of an example: up to WS_MAX_CONNS connections, one thread, loopback-friendly (no TLS),
   a handshake must fit in 4 KiB. Each program exits on its own (a connection count or a timeout). */
#ifndef WSIO_H
#define WSIO_H
#define _POSIX_C_SOURCE 200809L
#include <wslay/wslay.h>
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#define WS_MAX_CONNS 32
#ifdef __GNUC__
#pragma GCC diagnostic ignored "-Wunused-function" /* each example uses a part of this file */
#endif

typedef struct ws_conn ws_conn;
typedef struct ws_handler {
    void (*on_open)(ws_conn *c);                                         /* handshake done */
    void (*on_message)(ws_conn *c, int binary, const unsigned char *p, size_t n);
    void (*on_tick)(ws_conn *c, long long now_ms);                      /* every ~20 ms */
    void (*on_close)(ws_conn *c);                                        /* socket about to close */
} ws_handler;

struct ws_conn {
    int fd, slot, is_client, open, closing, done;
    long long closing_since;
    wslay_event_context_ptr ctx;
    const ws_handler *h;
    char hs[4096];          /* handshake bytes, then leftover frame bytes read with them */
    size_t hs_len, hs_off;
    char key[32];           /* client: the Sec-WebSocket-Key sent */
};

static ws_conn *ws_all; /* the server's connection table (ws_serve), for broadcasts */
static long long ws_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
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
    r = recv(c->fd, buf, len, 0);
    if (r < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) { wslay_event_set_error(ctx, WSLAY_ERR_WOULDBLOCK); return -1; }
    if (r <= 0) { wslay_event_set_error(ctx, WSLAY_ERR_CALLBACK_FAILURE); return -1; }
    return r;
}

static ssize_t ws__send(wslay_event_context_ptr ctx, const uint8_t *data, size_t len, int flags, void *user)
{
    ws_conn *c = (ws_conn *)user;
    ssize_t r = send(c->fd, data, len, MSG_NOSIGNAL);
    (void)flags;
    if (r < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) { wslay_event_set_error(ctx, WSLAY_ERR_WOULDBLOCK); return -1; }
    if (r < 0) { wslay_event_set_error(ctx, WSLAY_ERR_CALLBACK_FAILURE); return -1; }
    return r;
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
    wslay_event_config_set_max_recv_msg_length(c->ctx, 1 << 20);
    return 0;
}

/* ---- sending ---- */
static int ws_send(ws_conn *c, int binary, const void *p, size_t n)
{
    struct wslay_event_msg m;
    if (c->closing || !c->ctx) return -1;
    m.opcode = binary ? WSLAY_BINARY_FRAME : WSLAY_TEXT_FRAME;
    m.msg = (const uint8_t *)p;
    m.msg_length = n;
    return wslay_event_queue_msg(c->ctx, &m) == 0 ? 0 : -1; /* wslay copies the bytes */
}

/* Close with a status code (the protocol's close codes are 4000-4999). */
static void ws_close(ws_conn *c, unsigned code, const char *reason)
{
    if (c->closing || !c->ctx) return;
    wslay_event_queue_close(c->ctx, (uint16_t)code, (const uint8_t *)reason, strlen(reason));
    c->closing = 1;
    c->closing_since = ws_now_ms();
}

static int ws_live(const ws_conn *c) { return c->fd >= 0 && c->open && !c->done && !c->closing; }

static void ws__finish(ws_conn *c)
{
    if (c->done) return;
    if (c->open && c->h->on_close) c->h->on_close(c);
    if (c->ctx) wslay_event_context_free(c->ctx);
    c->ctx = NULL;
    close(c->fd);
    c->done = 1;
}

/* Server side of the upgrade: read the request, answer 101. 1 done, 0 need more, -1 failed. */
static int ws__server_handshake(ws_conn *c)
{
    char key[64], acc[32], resp[256], *end;
    ssize_t r = recv(c->fd, c->hs + c->hs_len, sizeof c->hs - 1 - c->hs_len, 0);
    if (r <= 0) return r < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) ? 0 : -1;
    c->hs_len += (size_t)r;
    c->hs[c->hs_len] = 0;
    if ((end = strstr(c->hs, "\r\n\r\n")) == NULL) return c->hs_len + 1 >= sizeof c->hs ? -1 : 0;
    *end = 0;
    if (strncmp(c->hs, "GET ", 4) != 0 || !ws_header(c->hs, "Sec-WebSocket-Key", key, sizeof key)) {
        static const char bad[] = "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n";
        (void)!send(c->fd, bad, sizeof bad - 1, MSG_NOSIGNAL);
        return -1;
    }
    ws_accept_key(key, acc);
    snprintf(resp, sizeof resp, "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
             "Connection: Upgrade\r\nSec-WebSocket-Accept: %s\r\n\r\n", acc);
    if (send(c->fd, resp, strlen(resp), MSG_NOSIGNAL) != (ssize_t)strlen(resp)) return -1;
    c->hs_off = (size_t)(end + 4 - c->hs); /* frames that arrived with the request */
    return 1;
}

static void ws__nonblock(int fd)
{
    int one = 1;
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL, 0) | O_NONBLOCK);
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

/* One poll round over the connections (and the listener when lfd >= 0). */
static void ws__poll(ws_conn *conns, int n, int lfd, int *accepted)
{
    struct pollfd pf[WS_MAX_CONNS + 1];
    int idx[WS_MAX_CONNS + 1], np = 0, i;
    long long now = ws_now_ms();
    if (lfd >= 0) { pf[np].fd = lfd; pf[np].events = POLLIN; idx[np++] = -1; }
    for (i = 0; i < n; i++) {
        ws_conn *c = &conns[i];
        if (c->fd < 0 || c->done) continue;
        pf[np].fd = c->fd;
        pf[np].events = 0;
        if (!c->open || wslay_event_want_read(c->ctx)) pf[np].events |= POLLIN;
        if (c->open && wslay_event_want_write(c->ctx)) pf[np].events |= POLLOUT;
        idx[np++] = i;
    }
    for (i = 0; i < n; i++) if (conns[i].open && !conns[i].done && conns[i].hs_off < conns[i].hs_len) break;
    poll(pf, (nfds_t)np, i < n ? 0 : 20);
    for (i = 0; i < np; i++) {
        ws_conn *c;
        if (idx[i] < 0) {
            if (pf[i].revents & POLLIN) {
                int fd = accept(lfd, NULL, NULL), s;
                if (fd < 0) continue;
                for (s = 0; s < n && conns[s].fd >= 0 && !conns[s].done; s++) {}
                if (s == n) { close(fd); continue; } /* full */
                {
                    const ws_handler *h = conns[s].h;
                    memset(&conns[s], 0, sizeof conns[s]);
                    conns[s].h = h;
                }
                conns[s].fd = fd;
                conns[s].slot = s;
                ws__nonblock(fd);
                if (accepted) (*accepted)++;
            }
            continue;
        }
        c = &conns[idx[i]];
        if (!c->open) {
            int r;
            if (!c->is_client && (pf[i].revents & (POLLIN | POLLHUP | POLLERR))) {
                r = ws__server_handshake(c);
                if (r < 0 || (r > 0 && ws__attach(c) < 0)) { c->done = 1; close(c->fd); continue; }
                if (r > 0) { c->open = 1; if (c->h->on_open) c->h->on_open(c); }
            }
            continue;
        }
        if ((pf[i].revents & (POLLIN | POLLHUP | POLLERR) || c->hs_off < c->hs_len) && /* or bytes read with the handshake */
            wslay_event_recv(c->ctx) != 0) { ws__finish(c); continue; }
        if (pf[i].revents & POLLOUT && wslay_event_send(c->ctx) != 0) { ws__finish(c); continue; }
    }
    for (i = 0; i < n; i++) { /* ticks, flushing, and the end of closed connections */
        ws_conn *c = &conns[i];
        if (c->fd < 0 || c->done || !c->open) continue;
        if (c->h->on_tick && !c->closing) c->h->on_tick(c, now);
        if (wslay_event_want_write(c->ctx) && wslay_event_send(c->ctx) != 0) { ws__finish(c); continue; }
        if ((!wslay_event_want_read(c->ctx) && !wslay_event_want_write(c->ctx)) ||
            (c->closing && now - c->closing_since > 2000))
            ws__finish(c);
    }
}

/* Serve on 127.0.0.1:port (0 = any free port; the port is printed as "listening on PORT").
   Returns after max_conns connections have come and gone (0 = no limit) or timeout_s seconds. */
static int ws_serve(int port, const ws_handler *h, int max_conns, int timeout_s)
{
    static ws_conn conns[WS_MAX_CONNS];
    struct sockaddr_in a;
    socklen_t al = sizeof a;
    int lfd = socket(AF_INET, SOCK_STREAM, 0), one = 1, accepted = 0, i;
    long long deadline = ws_now_ms() + (long long)timeout_s * 1000;
    if (lfd < 0) return -1;
    setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = htons((uint16_t)port);
    if (bind(lfd, (struct sockaddr *)&a, sizeof a) < 0 || listen(lfd, 16) < 0) { perror("bind/listen"); return -1; }
    getsockname(lfd, (struct sockaddr *)&a, &al);
    printf("listening on %d\n", ntohs(a.sin_port));
    fflush(stdout);
    for (i = 0; i < WS_MAX_CONNS; i++) { conns[i].fd = -1; conns[i].h = h; }
    ws_all = conns;
    for (;;) {
        int live = 0;
        ws__poll(conns, WS_MAX_CONNS, lfd, &accepted);
        for (i = 0; i < WS_MAX_CONNS; i++) live += conns[i].fd >= 0 && !conns[i].done;
        if (max_conns > 0 && accepted >= max_conns && live == 0) break;
        if (ws_now_ms() > deadline) { fprintf(stderr, "timeout after %d s\n", timeout_s); break; }
    }
    for (i = 0; i < WS_MAX_CONNS; i++) if (conns[i].fd >= 0 && !conns[i].done) ws__finish(&conns[i]);
    close(lfd);
    return 0;
}

/* Client: connect to ws://host:port/path (IPv4 literal), do the upgrade (blocking, 5 s), and
   run until the connection ends or timeout_s. Returns 0 when the connection was set up. */
static int ws_client_run(const char *host, int port, const char *path, const ws_handler *h, int timeout_s)
{
    static ws_conn c;
    struct sockaddr_in a;
    unsigned char raw[16];
    char req[512], acc[32], got[64], *end;
    long long deadline = ws_now_ms() + (long long)timeout_s * 1000;
    int i;
    memset(&c, 0, sizeof c);
    c.is_client = 1;
    c.h = h;
    c.fd = socket(AF_INET, SOCK_STREAM, 0);
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons((uint16_t)port);
    if (inet_pton(AF_INET, host, &a.sin_addr) != 1 || connect(c.fd, (struct sockaddr *)&a, sizeof a) < 0) {
        perror("connect");
        return -1;
    }
    srand((unsigned)ws_now_ms() ^ (unsigned)getpid());
    for (i = 0; i < 16; i++) raw[i] = (unsigned char)rand();
    ws_base64(raw, 16, c.key);
    snprintf(req, sizeof req, "GET %s HTTP/1.1\r\nHost: %s:%d\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
             "Sec-WebSocket-Key: %s\r\nSec-WebSocket-Version: 13\r\n\r\n", path, host, port, c.key);
    if (send(c.fd, req, strlen(req), MSG_NOSIGNAL) != (ssize_t)strlen(req)) return -1;
    {
        struct timeval tv = { 5, 0 };
        setsockopt(c.fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    }
    while ((end = strstr(c.hs, "\r\n\r\n")) == NULL) {
        ssize_t r = recv(c.fd, c.hs + c.hs_len, sizeof c.hs - 1 - c.hs_len, 0);
        if (r <= 0 || c.hs_len + (size_t)r + 1 >= sizeof c.hs) { fprintf(stderr, "handshake failed\n"); close(c.fd); return -1; }
        c.hs_len += (size_t)r;
        c.hs[c.hs_len] = 0;
    }
    *end = 0;
    ws_accept_key(c.key, acc);
    if (strncmp(c.hs, "HTTP/1.1 101", 12) != 0 || !ws_header(c.hs, "Sec-WebSocket-Accept", got, sizeof got) ||
        strcmp(got, acc) != 0) {
        fprintf(stderr, "bad handshake response\n");
        close(c.fd);
        return -1;
    }
    c.hs_off = (size_t)(end + 4 - c.hs);
    ws__nonblock(c.fd);
    if (ws__attach(&c) < 0) return -1;
    c.open = 1;
    if (h->on_open) h->on_open(&c);
    while (!c.done) {
        ws__poll(&c, 1, -1, NULL);
        if (ws_now_ms() > deadline) { fprintf(stderr, "timeout after %d s\n", timeout_s); ws__finish(&c); }
    }
    return 0;
}
#endif
