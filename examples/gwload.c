/* gwload.c - a load generator for gateway servers, on gateway.h + wslay (wsio.h).

   It plays the client side of microservice (a "commands" service) or dmod through the session
   checker (handshake, heartbeats, answers), opens N connections and asks each for M events in the
   upgrade's query ("/?events=M&stamp=1", see ms_server.c and dmod_server.c). The servers number
   their events in a field the protocol already has (microservice EXECUTE_COMMAND `raw` = "<n> <us>",
   dmod GUILD_PRIVILEGE_UPDATE `permissions` = n, `tag` = us), so every healthy connection is
   checked for events lost, duplicated or out of order, and the send time gives the latency.

   --faults PCT makes that share of the connections misbehave, one fault each, in turn:
     abort      a frame's first half, then the socket closed           server survives (no code to see)
     stall      a frame's header, and its body never                   ms 4007, dmod 1008 (heartbeat deadline)
     slow       stops reading for 5 s after its first event            1008 (send queue full, wsio.h)
     garbage    bytes that are no HTTP request instead of the upgrade  HTTP 400
     oversize   a frame over the limit: dmod 1500 bytes, ms 2 MiB      1009 (dmod D-52; wslay's 1 MiB)
     badjson    invalid JSON                                           ms 4004, dmod 1002
     state      valid JSON, wrong for the state (before identify/auth) ms 4000, dmod 1008
     storm      5 times: connect, first message, close, reconnect      each one greeted
   The codes are PROTOCOLS.md's (3.1 for microservice; 5.1 and the session checker's for dmod)
   and wsio.h's for what is the transport's. A faulty connection must be closed with its code
   within --fault-timeout seconds (default 15); a healthy one must get all M events.

   Prints the connections held at once, events/s, latency p50/p99/max (send to receive, healthy
   connections), a progress line every second on a terminal or with --progress, then
   "load: N passed, N failed" (one check per connection) and exits 0 when nothing failed.
     --hold MS           every connection stays open until all are done, and MS longer
     --server-pid PID    with --hold: the server's resident memory per open connection (Linux),
     --mem-limit KIB     checked against this limit (one more check)
     --allow-refused     a connection the server refuses with HTTP 503 (its cap) passes
     --only FAULT        every faulty connection has this fault

   Any server, the originals too:
     --url ws://HOST:PORT/PATH  where to connect (HOST a name or an address, resolved with
                         getaddrinfo; PORT 80 when left out); --port P alone is ws://127.0.0.1:P/
     --origin O          an Origin header (the dmod original closes 1000 "CORS" without its own)
     --gid G, --token T  dmod: CONNECT_GUILD's gid (default 1000) and token (default tok)
     --feed              microservice: connection 0 plays the sharder and sends M numbered
                         EXECUTE_COMMANDs (raw "<n> <us>"), which the protocol routes to every
                         commands service (PROTOCOLS.md 3.3); the others play commands services,
                         identified before the first is sent, and each must receive all M once
                         and in order. No ?events query. The feeder keeps at most --window W
                         (default 1000) events ahead of the slowest consumer, so no server queue
                         grows without bound. Prints lost / duplicated / out-of-order counts and
                         events/s (deliveries: events received, summed over the consumers).
     --server original   the server under test is an original, not an example server: faults
                         that need the example servers' rules are "not applicable" (counted
                         apart, neither passed nor failed): stall (no heartbeat deadline in
                         time), slow (no ?events, no send queue cap), for microservice oversize
                         (ws's 100 MiB default maxPayload), for dmod badjson (its handler throws)
                         and state (it checks no order). The original sends no ?events: microservice needs
                         --feed, dmod --events 0 (its events come from Discord); dmod
                         authenticates anonymously (a user's token needs the original's database).
     With --feed, slow is not applicable either (it needs the server's ?events producer).

   usage: gwload --proto ms|dmod (--port P | --url ws://HOST:PORT/PATH) [--conns N] [--events M]
                 [--faults PCT] [--timeout S] [--secret S] [--origin O] [--gid G] [--token T]
                 [--feed] [--window W] [--server example|original] [--progress] [--only FAULT]
                 [--fault-timeout S] [--hold MS] [--server-pid PID] [--mem-limit KIB]
                 [--allow-refused]
          gwload --help | -h */
#define GATEWAY_IMPLEMENTATION
#include "wsio.h"
#include "../gateway.h"

enum { F_NONE, F_ABORT, F_STALL, F_SLOW, F_GARBAGE, F_OVERSIZE, F_BADJSON, F_STATE, F_STORM, F_COUNT };
static const char *const fault_names[F_COUNT] = { "healthy", "abort", "stall", "slow", "garbage", "oversize", "badjson",
                                                  "state", "storm" };
#define STORM_ROUNDS 5
#define SLOW_PAUSE_MS 5000
#define SLOW_EVENTS 200000 /* about 26 MB of events: more than the kernel's buffers and the queue cap */

typedef struct client {
    int id, fault, storm_left;
    int greeted;             /* the server's first message came */
    int injected;            /* the fault is in (raw bytes sent: no more frames from here) */
    int ready;               /* identified / authenticated */
    int finished, ok;        /* its verdict is in */
    int na;                  /* its fault is not applicable to the server under test: not run */
    gw_session chk;
    unsigned long want, got, next, lost, dup, reorder;
    long long started, last_hb;
    unsigned hb_ms;          /* microservice: the hello's heartbeat interval */
    /* --feed consumers: which numbers came (a bit each), how many distinct, the highest so far */
    unsigned char *seen;
    unsigned long distinct, high;
    long long last_at;       /* when the last number came (what is missing then is lost) */
    char why[160];
} client;

static gw_proto proto;
static int port, nconns = 100, fault_pct, timeout_s = 60, progress, only_fault = -1, fault_timeout_s = 15;
static int hold_ms, allow_refused, server_pid, mem_limit_kib, nrefused;
static unsigned long events = 100;
static const char *secret = "secret";
static const char *origin, *gid = "1000", *token = "tok";
static ws_peer peer;                /* --url or --port, resolved once */
static char url_path[96] = "/";     /* the URL's path (and query) */
static int feed, server_original;   /* --feed, --server original */
static unsigned long window = 1000; /* --feed: the most events the feeder runs ahead */
static unsigned long fed;           /* --feed: EXECUTE_COMMANDs sent */
static long long feed_t0, feed_t1;  /* --feed: the first send, the last consumer's last event */
static unsigned char *seen_bits;    /* --feed: the consumers' bitmaps, one block */
static client *clients;
static int nclients, nfinished, npassed, nfailed;
static unsigned long long total_events, latency_count;
static int held, held_max;
static ws_loop L;
static uint64_t scratch[8192];

/* latency: log-spaced buckets, 16 per power of two, in microseconds */
static unsigned long long lat_bucket[64 * 16], lat_max;
static void lat_add(unsigned long long us)
{
    unsigned b = 0, e = 0;
    unsigned long long v = us;
    while (v >= 32) { v >>= 1; e++; }
    b = e ? e * 16 + (unsigned)(v & 15) : (unsigned)v; /* v in 16..31 when e > 0 */
    if (b >= sizeof lat_bucket / sizeof lat_bucket[0]) b = sizeof lat_bucket / sizeof lat_bucket[0] - 1;
    lat_bucket[b]++;
    latency_count++;
    if (us > lat_max) lat_max = us;
}
static unsigned long long lat_upper(unsigned b) /* the largest value of bucket b */
{
    unsigned e = b / 16;
    return e ? ((unsigned long long)(16 + b % 16 + 1) << (e - 1)) - 1 : b;
}
static unsigned long long lat_pct(double p)
{
    unsigned long long want = (unsigned long long)(p * (double)latency_count), seen = 0;
    unsigned b;
    for (b = 0; b < sizeof lat_bucket / sizeof lat_bucket[0]; b++) {
        seen += lat_bucket[b];
        if (seen > want) return lat_upper(b) < lat_max ? lat_upper(b) : lat_max;
    }
    return lat_max;
}

static void verdict(client *k, int ok, const char *fmt, const char *arg, long a, long b)
{
    if (k->finished) return;
    k->finished = 1;
    k->ok = ok;
    snprintf(k->why, sizeof k->why, fmt, arg, a, b);
    nfinished++;
    if (ok) npassed++;
    else {
        nfailed++;
        if (nfailed <= 20) fprintf(stderr, "gwload: connection %d (%s): %s\n", k->id, fault_names[k->fault], k->why);
    }
}

static int is_feeder(const client *k) { return feed && k->id == 0; }
static int is_consumer(const client *k) { return feed && k->id != 0 && k->fault == F_NONE; }

/* A fault the server under test has no rule for (see the top): not run, counted apart. */
static const char *not_applicable(int fault)
{
    if (fault == F_SLOW && feed) return "needs the example server's ?events producer";
    if (!server_original) return NULL;
    switch (fault) {
    case F_STALL: /* ms: src/ws/send/hello.js compares with lastHeartbeat, unset until a first heartbeat */
        return proto == GW_PROTO_MS ? "the original's heartbeat check waits 60 s, forever before a first heartbeat"
                                    : "the original has no heartbeat deadline";
    case F_SLOW: return "the original sends no ?events and caps no send queue";
    case F_OVERSIZE: return proto == GW_PROTO_MS ? "the original takes frames up to ws's 100 MiB" : NULL;
    case F_BADJSON: return proto == GW_PROTO_DMOD ? "the original's handler throws, it closes nothing" : NULL;
    case F_STATE: return proto == GW_PROTO_DMOD ? "the original checks no order" : NULL;
    default: return NULL;
    }
}

/* ---- the session checker of either protocol ---- */
static void chk_init(gw_session *s) { if (proto == GW_PROTO_MS) gw_ms_session_init(s, GW_SIDE_CLIENT, (uint64_t)ws_now_ms()); else gw_dmod_session_init(s, GW_SIDE_CLIENT, (uint64_t)ws_now_ms()); }
static gw_session_verdict chk_send(gw_session *s, const gw_any_msg *m, uint64_t now)
{
    return proto == GW_PROTO_MS ? gw_ms_session_on_send(s, &m->ms, now) : gw_dmod_session_on_send(s, &m->dmod, now);
}
static gw_session_verdict chk_recv(gw_session *s, const gw_any_msg *m, uint64_t now)
{
    return proto == GW_PROTO_MS ? gw_ms_session_on_recv(s, &m->ms, now) : gw_dmod_session_on_recv(s, &m->dmod, now);
}
static gw_session_verdict chk_error(gw_session *s, const gw_error *e, uint64_t now)
{
    return proto == GW_PROTO_MS ? gw_ms_session_on_error(s, e, now) : gw_dmod_session_on_error(s, e, now);
}
static gw_session_verdict chk_poll(gw_session *s, uint64_t now)
{
    return proto == GW_PROTO_MS ? gw_ms_session_poll(s, now) : gw_dmod_session_poll(s, now);
}

/* ---- sending through the checker ---- */
static int encode(const void *m, char *out, size_t cap, size_t *n)
{
    gw_error e;
    if (gw_encode(proto, m, out, cap, n, &e) == GW_OK) return 1;
    fprintf(stderr, "gwload: encode: %s at %s\n", gw_strerror(e.code), e.path);
    return 0;
}
static void send_msg(ws_conn *c, const gw_any_msg *m)
{
    client *k = (client *)c->user;
    static char out[4096];
    size_t n;
    gw_session_verdict v;
    if (k->injected || !encode(m, out, sizeof out, &n)) return;
    v = chk_send(&k->chk, m, (uint64_t)ws_now_ms());
    if (v.action == GW_VIOLATION || v.action == GW_TIMEOUT) {
        verdict(k, 0, "our own send refused by the checker: %s", v.reason, 0, 0);
        ws_close(c, (unsigned)v.close_code, v.reason);
        return;
    }
    ws_send(c, 0, out, n);
}
/* The same, past the checker (the faults that must reach the server as they are). */
static void send_unchecked(ws_conn *c, const gw_any_msg *m)
{
    static char out[4096];
    size_t n;
    if (encode(m, out, sizeof out, &n)) ws_send(c, 0, out, n);
}

static void send_heartbeat(ws_conn *c)
{
    gw_any_msg m;
    memset(&m, 0, sizeof m);
    if (proto == GW_PROTO_MS) /* a sharder's carries guilds (D-35): the original closes 4005 without */
        m.ms = is_feeder((client *)c->user) ? gw_ms_make_heartbeat_guilds(1000000, 1) : gw_ms_make_heartbeat(1000000);
    else m.dmod = gw_dmod_make_heartbeat_back();
    send_msg(c, &m);
}

/* Act on the checker's verdict. 0: the connection is done for. */
static int act(ws_conn *c, gw_session_verdict v)
{
    client *k = (client *)c->user;
    if (v.action == GW_VIOLATION || v.action == GW_TIMEOUT) {
        if (k->fault != F_SLOW) verdict(k, 0, "the checker: %s", v.reason, 0, 0);
        ws_close(c, (unsigned)v.close_code, v.reason);
        return 0;
    }
    if (v.action == GW_SEND_HEARTBEAT) { send_heartbeat(c); k->last_hb = ws_now_ms(); }
    return 1;
}

/* ---- faults ---- */
static void inject(ws_conn *c)
{
    client *k = (client *)c->user;
    /* a masked text frame of 100 bytes: FIN + text, mask bit + length, the mask key */
    static const unsigned char head[] = { 0x81, 0x80 | 100, 1, 2, 3, 4 };
    static char big[(2 << 20) + 1];
    gw_any_msg m;
    switch (k->fault) {
    case F_ABORT: /* half a frame, then gone without a close */
        (void)ws_send_raw(c, head, sizeof head);
        (void)ws_send_raw(c, "{\"op\":1,", 8);
        k->injected = 1;
        verdict(k, 1, "%s", "aborted mid-frame", 0, 0);
        shutdown(c->fd, SHUT_RDWR);
        return;
    case F_STALL:
        (void)ws_send_raw(c, head, sizeof head);
        k->injected = 1;
        return;
    case F_SLOW:
        ws_pause_reading(c, ws_now_ms() + SLOW_PAUSE_MS);
        k->injected = 1;
        return;
    case F_OVERSIZE: {
        size_t n = proto == GW_PROTO_DMOD ? 1500 : sizeof big - 1;
        memset(big, ' ', n);
        memcpy(big, "{\"op\":1,\"d\":{}}", 15); /* JSON, then padding whitespace */
        ws_send(c, 0, big, n);
        k->injected = 1;
        return; }
    case F_BADJSON:
        ws_send(c, 0, "{\"op\":", 6);
        k->injected = 1;
        return;
    case F_STATE: /* a message the server only takes once identified or authenticated */
        memset(&m, 0, sizeof m);
        if (proto == GW_PROTO_MS) {
            gw_ms_init(&m.ms, GW_MS_EXECUTE_COMMAND);
            m.ms.u.execute_command.command = gw_str_c("x");
            m.ms.u.execute_command.raw = gw_str_c("x");
        } else {
            gw_dmod_init(&m.dmod, GW_DMOD_CMD_CONNECT_GUILD);
            m.dmod.u.connect_guild.token = gw_str_c("tok");
            m.dmod.u.connect_guild.gid = gw_str_c("1");
        }
        send_unchecked(c, &m);
        k->injected = 1;
        return;
    default: return;
    }
}

/* What each fault must end in: a close code, or an HTTP status (garbage). */
static unsigned expected_code(int fault)
{
    switch (fault) {
    case F_STALL: return proto == GW_PROTO_MS ? 4007 : 1008;
    case F_SLOW: return 1008;
    case F_OVERSIZE: return 1009;
    case F_BADJSON: return proto == GW_PROTO_MS ? 4004 : 1002;
    case F_STATE: return proto == GW_PROTO_MS ? 4000 : 1008;
    default: return 0;
    }
}

/* ---- the protocol, client side ---- */
static void on_open(ws_conn *c)
{
    client *k = (client *)c->user;
    chk_init(&k->chk);
    held++;
    if (held > held_max) held_max = held;
}

static void on_event(client *k, unsigned long seq, unsigned long long sent_us)
{
    unsigned long long now = ws_now_us();
    if (seq == k->next) k->next++;
    else if (seq < k->next) k->dup++;
    else { k->reorder++; k->lost += seq - k->next; k->next = seq + 1; }
    k->got++;
    total_events++;
    if (sent_us && now >= sent_us && k->fault == F_NONE) lat_add(now - sent_us); /* healthy ones' latency */
}

/* --feed: a consumer's verdict, once every number came or the last one came a while ago */
static void feed_verdict(client *k)
{
    unsigned long lost = events - k->distinct;
    char counts[96];
    snprintf(counts, sizeof counts, "%lu lost, %lu duplicated, %lu out of order", lost, k->dup, k->reorder);
    verdict(k, !lost && !k->dup && !k->reorder, "%s (%ld events)", counts, (long)k->distinct, 0);
    feed_t1 = ws_now_ms();
    /* left open until every connection is done: the original microservice server throws when it
       relays to a closed socket, and its close handler throws on every close */
}

/* --feed: EXECUTE_COMMAND number seq at a consumer. Duplicated: a number that came before; out of
   order: a first arrival below the highest so far; lost: never came. */
static void feed_event(client *k, unsigned long seq, unsigned long long sent_us)
{
    unsigned long long now = ws_now_us();
    if (seq >= events) { verdict(k, 0, "%sevent number %ld, beyond those sent", "", (long)seq, 0); return; }
    k->got++;
    total_events++;
    if (k->seen[seq / 8] & (1u << (seq % 8))) k->dup++;
    else {
        k->seen[seq / 8] = (unsigned char)(k->seen[seq / 8] | (1u << (seq % 8)));
        if (k->distinct && seq < k->high) k->reorder++;
        if (!k->distinct || seq > k->high) k->high = seq;
        k->distinct++;
    }
    if (sent_us && now >= sent_us) lat_add(now - sent_us);
    if (seq == events - 1) k->last_at = ws_now_ms();
    if (k->distinct == events) feed_verdict(k);
}

/* --feed: the feeder's EXECUTE_COMMANDs, once every consumer is identified, at most --window ahead
   of the slowest consumer's highest number, as the send queue has room. 1: more right away. */
static int on_pump(ws_conn *c)
{
    client *k = (client *)c->user;
    unsigned long low = (unsigned long)-1;
    int i, n;
    if (!is_feeder(k) || !k->ready || k->finished || fed >= events) return 0;
    for (i = 1; i < nclients; i++) {
        const client *o = &clients[i];
        if (!is_consumer(o) || o->finished) continue; /* a failed one stops no one */
        if (!o->ready) return 0;                      /* it would miss the first events */
        if (!o->distinct) low = 0;
        else if (o->high + 1 < low) low = o->high + 1;
    }
    if (low == (unsigned long)-1) low = fed;
    for (n = 0; n < 64 && fed < events && fed - low < window && ws_room(c); n++) {
        gw_any_msg m;
        char raw[48];
        memset(&m, 0, sizeof m);
        gw_ms_init(&m.ms, GW_MS_EXECUTE_COMMAND);
        snprintf(raw, sizeof raw, "%lu %llu", fed, ws_now_us());
        m.ms.u.execute_command.command = gw_str_c("load");
        m.ms.u.execute_command.raw = gw_str_c(raw);
        m.ms.u.execute_command.ids.message = 100000000000000000u + fed;
        m.ms.u.execute_command.ids.author = 1;
        m.ms.u.execute_command.ids.channel = 2;
        m.ms.u.execute_command.ids.guild = 3;
        if (!fed) feed_t0 = ws_now_ms();
        fed++;
        send_msg(c, &m);
    }
    return n > 0 && fed < events && fed - low < window && ws_room(c);
}

static void on_message(ws_conn *c, int binary, const unsigned char *p, size_t n)
{
    client *k = (client *)c->user;
    gw_any_msg m;
    gw_error e;
    uint64_t now = (uint64_t)ws_now_ms();
    int kind;
    if (k->injected && k->fault != F_SLOW) return; /* waiting for the close */
    if (binary) { verdict(k, 0, "%s", "a binary frame", 0, 0); ws_close(c, 1003, "text only"); return; }
    if (gw_decode(proto, (const char *)p, n, GW_FROM_SERVER, &m, scratch, sizeof scratch, &e) != GW_OK) {
        verdict(k, 0, "undecodable message: %s", gw_strerror(e.code), 0, 0);
        act(c, chk_error(&k->chk, &e, now));
        return;
    }
    if (!act(c, chk_recv(&k->chk, &m, now))) return;
    memcpy(&kind, &m, sizeof kind);
    if (!k->greeted) {
        k->greeted = 1;
        if (k->fault == F_STORM) { ws_close(c, 1000, "storm"); return; }
        if (k->fault == F_ABORT || k->fault == F_BADJSON || k->fault == F_STATE) { inject(c); return; }
    }
    if (proto == GW_PROTO_MS) {
        if (kind == GW_MS_HELLO) {
            gw_any_msg id;
            k->hb_ms = m.ms.u.hello.heartbeat_interval;
            k->last_hb = (long long)now;
            id.ms = gw_ms_make_identify(is_feeder(k) ? GW_MS_SERVICE_SHARDER : GW_MS_SERVICE_COMMANDS, secret, false);
            send_msg(c, &id);
        } else if (kind == GW_MS_IDENTIFIED) {
            k->ready = 1;
            if (k->fault == F_STALL || k->fault == F_OVERSIZE) inject(c);
        } else if (kind == GW_MS_EXECUTE_COMMAND) {
            char raw[64];
            unsigned long seq = 0;
            unsigned long long us = 0;
            size_t rn = 0;
            if (is_feeder(k)) return; /* not ours to read: a sharder is no commands service */
            if (gw_str_unescape(m.ms.u.execute_command.raw, raw, sizeof raw, &rn) != GW_OK || sscanf(raw, "%lu %llu", &seq, &us) != 2) {
                verdict(k, 0, "EXECUTE_COMMAND raw without a number: %s", raw, 0, 0);
                return;
            }
            if (is_consumer(k)) { if (!k->finished) feed_event(k, seq, us); }
            else on_event(k, seq, us);
        }
    } else {
        if (kind == GW_DMOD_REQUEST_AUTH) {
            gw_any_msg a;
            /* the original wants a user's token from its database: anonymous there */
            a.dmod = server_original ? gw_dmod_make_authenticate(NULL, NULL) : gw_dmod_make_authenticate("tok", "110373943822540801");
            send_msg(c, &a);
        } else if (kind == GW_DMOD_AUTH_PASS) {
            gw_any_msg g;
            if (k->fault == F_STALL || k->fault == F_OVERSIZE) { inject(c); return; }
            gw_dmod_init(&g.dmod, GW_DMOD_CMD_CONNECT_GUILD);
            g.dmod.u.connect_guild.token = gw_str_c(token);
            g.dmod.u.connect_guild.gid = gw_str_c(gid);
            send_msg(c, &g);
        } else if (kind == GW_DMOD_RESP_CONNECT_GUILD) {
            k->ready = 1; /* the events follow */
        } else if (kind == GW_DMOD_EV_GUILD_PRIVILEGE_UPDATE) {
            char tag[32];
            size_t tn = 0;
            unsigned long long us = 0;
            if (gw_str_unescape(m.dmod.u.privilege.tag, tag, sizeof tag, &tn) == GW_OK) us = strtoull(tag, NULL, 10);
            on_event(k, (unsigned long)m.dmod.u.privilege.permissions, us);
        }
    }
    if (k->fault == F_SLOW && k->got == 1 && !k->injected) inject(c);
    if (k->fault == F_NONE && !feed && k->ready && k->got >= k->want && !k->finished) {
        if (k->lost || k->dup || k->reorder || k->got > k->want)
            verdict(k, 0, "%s%ld lost, %ld duplicated or out of order", "", (long)k->lost, (long)(k->dup + k->reorder));
        else verdict(k, 1, "%s%ld events", "", (long)k->got, 0);
        if (!hold_ms) ws_close(c, 1000, "done"); /* else: held until every connection is done */
    }
}

static void on_tick(ws_conn *c, long long now)
{
    client *k = (client *)c->user;
    if (is_feeder(k) && fed == events && !k->finished) { /* done once every consumer is */
        int i;
        for (i = 1; i < nclients && clients[i].finished; i++) {}
        if (i == nclients) { verdict(k, 1, "%ssent %ld events", "", (long)fed, 0); return; }
    }
    /* the last number came 2 s ago and some did not: they are lost (a healthy run never waits here) */
    if (is_consumer(k) && !k->finished && k->last_at && now - k->last_at > 2000) { feed_verdict(k); return; }
    if (!k->injected) { act(c, chk_poll(&k->chk, (uint64_t)now)); return; }
    if (now - k->started > (long long)fault_timeout_s * 1000 && !k->finished) {
        verdict(k, 0, "%s: not closed within %ld s", fault_names[k->fault], fault_timeout_s, 0);
        ws_close(c, 1000, "gave up");
        return;
    }
    /* the slow reader still sends microservice heartbeats (on its own clock: the checker, which
       sees no acks while it does not read, has given up), so only its reading is at fault */
    if (k->fault == F_SLOW && proto == GW_PROTO_MS && k->hb_ms && now - k->last_hb >= (long long)k->hb_ms) {
        gw_any_msg m;
        m.ms = gw_ms_make_heartbeat(1000000);
        send_unchecked(c, &m);
        k->last_hb = now;
    }
}

static void start(int id, int fault);

static void on_close(ws_conn *c)
{
    client *k = (client *)c->user;
    unsigned code = ws_close_code_received(c);
    if (c->open) held--;
    if (k->fault == F_GARBAGE) {
        if (c->http_status == 400) verdict(k, 1, "%s%ld", "HTTP ", 400, 0);
        else verdict(k, 0, "%sgot HTTP %ld, want 400", "", c->http_status, 0);
        return;
    }
    if (!c->open && c->http_status == 503 && allow_refused && k->fault == F_NONE) { /* past the server's cap, refused cleanly */
        nrefused++;
        verdict(k, 1, "%srefused (HTTP %ld)", "", 503, 0);
        return;
    }
    if (!c->open && !c->http_status) { verdict(k, 0, "%s", "no connection, or no HTTP answer", 0, 0); return; }
    if (!c->open) { verdict(k, 0, "%supgrade refused (HTTP %ld)", "", c->http_status, 0); return; }
    if (k->fault == F_STORM) {
        if (!k->greeted) { verdict(k, 0, "%sstorm round %ld: no first message", "", STORM_ROUNDS - k->storm_left, 0); return; }
        if (--k->storm_left > 0) { start(k->id, F_STORM); return; }
        verdict(k, 1, "%s%ld rounds", "", STORM_ROUNDS, 0);
        return;
    }
    if (k->fault != F_NONE && k->fault != F_ABORT) {
        unsigned want = expected_code(k->fault);
        if (!k->injected) verdict(k, 0, "%sclosed (code %ld) before the fault went in", "", (long)code, 0);
        else if (code == want) verdict(k, 1, "%sclosed with %ld", "", (long)code, 0);
        else verdict(k, 0, "%sclosed with %ld, want %ld", "", (long)code, (long)want);
        return;
    }
    if (is_feeder(k) && !k->finished) verdict(k, 0, "%sthe feeder closed (code %ld) after sending %ld events", "", (long)code, (long)fed);
    if (!k->finished) verdict(k, 0, "%sclosed (code %ld) after %ld events", "", (long)code, (long)k->got);
}

static const ws_handler handler = { on_open, on_message, on_tick, on_close, on_pump };

/* (Re)start connection id with its fault. */
static void start(int id, int fault)
{
    client *k = &clients[id];
    char target[128];
    int storm_left = fault == F_STORM ? (k->storm_left ? k->storm_left : STORM_ROUNDS) : 0;
    memset(k, 0, sizeof *k);
    k->id = id;
    k->fault = fault;
    k->storm_left = storm_left;
    k->want = fault == F_SLOW ? SLOW_EVENTS : events;
    k->started = ws_now_ms();
    if (not_applicable(fault)) { k->na = k->finished = 1; nfinished++; return; }
    if (is_consumer(k)) k->seen = seen_bits + (size_t)(id - 1) * ((events + 7) / 8);
    /* the example servers' own events come by the query; with --feed or an original, none is asked */
    if (feed || server_original) snprintf(target, sizeof target, "%s", url_path);
    else snprintf(target, sizeof target, "%s%cevents=%lu&stamp=1", url_path, strchr(url_path, '?') ? '&' : '?',
                  fault == F_NONE || fault == F_SLOW ? k->want : 0ul);
    if (!ws_connect_peer(&L, &peer, target, fault == F_GARBAGE ? "\x16\x03\x01 no HTTP here\r\n\r\n" : NULL, k))
        verdict(k, 0, "%scannot open a socket (%ld open)", "", L.nlive, 0);
}

/* A process's resident memory in KiB (Linux /proc), 0 when unknown */
static long rss_kib(int pid)
{
    char path[64], line[256];
    long kib = 0;
    FILE *f;
    snprintf(path, sizeof path, "/proc/%d/status", pid);
    if ((f = fopen(path, "r")) == NULL) return 0;
    while (fgets(line, sizeof line, f))
        if (sscanf(line, "VmRSS: %ld kB", &kib) == 1) break;
    fclose(f);
    return kib;
}

/* ws://HOST[:PORT][/PATH]: host into host (brackets of an IPv6 address dropped), port (80 when
   left out), path ("/" when left out). 0 done, -1 not such a URL. */
static int parse_url(const char *u, char *host, size_t hcap, int *port_out, char *path_out, size_t pcap)
{
    const char *h, *e, *rest;
    size_t hn;
    if (strncmp(u, "ws://", 5) != 0) return -1; /* wss: no TLS here */
    h = u + 5;
    if (*h == '[') { /* [IPv6] */
        if ((e = strchr(++h, ']')) == NULL) return -1;
        rest = e + 1;
    } else {
        e = h + strcspn(h, ":/?");
        rest = e;
    }
    hn = (size_t)(e - h);
    if (hn == 0 || hn >= hcap) return -1;
    memcpy(host, h, hn);
    host[hn] = 0;
    *port_out = 80;
    if (*rest == ':') {
        char *end;
        long v = strtol(rest + 1, &end, 10);
        if (end == rest + 1 || v < 1 || v > 65535) return -1;
        *port_out = (int)v;
        rest = end;
    }
    if (*rest && *rest != '/' && *rest != '?') return -1;
    if (strlen(rest) + 2 > pcap) return -1;
    snprintf(path_out, pcap, "%s%s", *rest == '/' ? "" : "/", rest);
    return 0;
}

static void usage(FILE *f, const char *prog)
{
    fprintf(f, "usage: %s --proto ms|dmod (--port P | --url ws://HOST:PORT/PATH) [--conns N] [--events M]\n"
               "              [--faults PCT] [--timeout S] [--secret S] [--origin O] [--gid G] [--token T]\n"
               "              [--feed] [--window W] [--server example|original] [--progress] [--only FAULT]\n"
               "              [--fault-timeout S] [--hold MS] [--server-pid PID] [--mem-limit KIB] [--allow-refused]\n"
               "       %s --help | -h\n"
               "  faults (one per faulty connection, in turn): abort stall slow garbage oversize badjson state storm\n"
               "  --url U             HOST a name or address (getaddrinfo); --port P alone: ws://127.0.0.1:P/\n"
               "  --origin O          send an Origin header\n"
               "  --gid G, --token T  dmod: CONNECT_GUILD's gid and token (default 1000, tok)\n"
               "  --feed              ms: connection 0 is a sharder sending M numbered EXECUTE_COMMANDs, the others\n"
               "                      commands services that must each get all M once and in order (no ?events)\n"
               "  --window W          --feed: the feeder runs at most W events ahead of the slowest (default 1000)\n"
               "  --server original   an original server: faults it has no rule for are \"not applicable\";\n"
               "                      ms needs --feed, dmod --events 0 (default: example)\n",
            prog, prog);
}

int main(int argc, char **argv)
{
    int i, opened = 0;
    long long t0, deadline, last_progress;
    unsigned long long last_events = 0;
    struct rlimit rl;
    long rss0 = 0, rss1 = 0;
    int held_now = 0, url_port = 0;
    const char *url = NULL;
    char host[256] = "127.0.0.1";
    for (i = 1; i < argc; i++)
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) { usage(stdout, argv[0]); return 0; }
    for (i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--progress")) { progress = 1; continue; }
        if (!strcmp(a, "--allow-refused")) { allow_refused = 1; continue; }
        if (!strcmp(a, "--feed")) { feed = 1; continue; }
        if (!v) break;
        if (!strcmp(a, "--proto")) proto = gw_proto_find(!strcmp(v, "ms") ? "microservice" : v);
        else if (!strcmp(a, "--port")) port = atoi(v);
        else if (!strcmp(a, "--url")) url = v;
        else if (!strcmp(a, "--origin")) origin = v;
        else if (!strcmp(a, "--gid")) gid = v;
        else if (!strcmp(a, "--token")) token = v;
        else if (!strcmp(a, "--window")) window = strtoul(v, NULL, 10);
        else if (!strcmp(a, "--server") && !strcmp(v, "example")) server_original = 0;
        else if (!strcmp(a, "--server") && !strcmp(v, "original")) server_original = 1;
        else if (!strcmp(a, "--conns")) nconns = atoi(v);
        else if (!strcmp(a, "--events")) events = strtoul(v, NULL, 10);
        else if (!strcmp(a, "--faults")) fault_pct = atoi(v);
        else if (!strcmp(a, "--timeout")) timeout_s = atoi(v);
        else if (!strcmp(a, "--fault-timeout")) fault_timeout_s = atoi(v);
        else if (!strcmp(a, "--secret")) secret = v;
        else if (!strcmp(a, "--hold")) hold_ms = atoi(v);
        else if (!strcmp(a, "--server-pid")) server_pid = atoi(v);
        else if (!strcmp(a, "--mem-limit")) mem_limit_kib = atoi(v);
        else if (!strcmp(a, "--only")) {
            for (only_fault = F_ABORT; only_fault < F_COUNT && strcmp(fault_names[only_fault], v); only_fault++) {}
            if (only_fault == F_COUNT) break;
        } else break;
        i++;
    }
    if (url && parse_url(url, host, sizeof host, &url_port, url_path, sizeof url_path) != 0) {
        fprintf(stderr, "gwload: --url %s: want ws://HOST[:PORT][/PATH] (no wss), a path under %d bytes\n", url, (int)sizeof url_path - 2);
        return 2;
    }
    if (url && port <= 0) port = url_port; /* an explicit --port wins over the URL's */
    if (i < argc || (proto != GW_PROTO_MS && proto != GW_PROTO_DMOD) || port <= 0 || port > 65535 || nconns < 1 || fault_pct < 0 ||
        fault_pct > 100) {
        usage(stderr, argv[0]);
        return 2;
    }
    if (origin && (strlen(origin) > 255 || strpbrk(origin, "\r\n"))) { fprintf(stderr, "gwload: --origin: one line, at most 255 bytes\n"); return 2; }
    if (feed && (proto != GW_PROTO_MS || nconns < 2 || events < 1 || window < 1)) {
        fprintf(stderr, "gwload: --feed is for --proto ms, with --conns 2 or more (one feeder), --events and --window 1 or more\n");
        return 2;
    }
    if (server_original && !feed && events) { /* the originals have no ?events */
        fprintf(stderr, "gwload: --server original sends no events of its own: %s\n",
                proto == GW_PROTO_MS ? "use --feed" : "use --events 0 (its events come from Discord)");
        return 2;
    }
    if (ws_resolve(host, port, &peer) != 0) return 2;
    peer.origin = origin;
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) { rl.rlim_cur = rl.rlim_max; setrlimit(RLIMIT_NOFILE, &rl); }
    srand(12345);
    ws_queue_cap = (size_t)8 << 20; /* room for the 2 MiB oversize frame */
    if ((clients = (client *)calloc((size_t)nconns, sizeof *clients)) == NULL || ws_loop_init(&L, nconns, &handler) != 0) return 1;
    if (feed && (seen_bits = (unsigned char *)calloc((size_t)nconns - 1, (events + 7) / 8)) == NULL) {
        fprintf(stderr, "gwload: no memory for %d x %lu bits\n", nconns - 1, events);
        return 1;
    }
    nclients = nconns;
    progress |= isatty(2);
    rss0 = server_pid ? rss_kib(server_pid) : 0;
    t0 = last_progress = ws_now_ms();
    deadline = t0 + (long long)timeout_s * 1000;
    while (nfinished < nclients) {
        long long now;
        /* open in batches, so the listen queue never overflows */
        for (i = 0; i < 100 && opened < nclients; i++, opened++) {
            /* faulty: every connection where the running count of PCT% steps up, so they are spread */
            int before = opened * fault_pct / 100, fault = F_NONE;
            if ((opened + 1) * fault_pct / 100 > before) fault = only_fault > 0 ? only_fault : F_ABORT + before % (F_COUNT - 1);
            if (feed && opened == 0) fault = F_NONE; /* the feeder */
            start(opened, fault);
        }
        ws_loop_run_once(&L, WS_TICK_MS);
        now = ws_now_ms();
        if (progress && now - last_progress >= 1000) {
            fprintf(stderr, "gwload: %.0f s: %d open, %d done (%d failed), %llu events, %.0f events/s\n", (double)(now - t0) / 1000,
                    held, nfinished, nfailed, total_events, (double)(total_events - last_events) * 1000.0 / (double)(now - last_progress));
            last_progress = now;
            last_events = total_events;
        }
        if (now > deadline) {
            int k;
            for (k = 0; k < nclients; k++)
                if (!clients[k].finished)
                    verdict(&clients[k], 0, "%s: unfinished after %ld s (%ld events)", fault_names[clients[k].fault], timeout_s, (long)clients[k].got);
            break;
        }
    }
    held_now = held;
    if (server_pid) rss1 = rss_kib(server_pid); /* every healthy connection still open when holding */
    if (hold_ms) { /* hold them (heartbeats go on) */
        long long until = ws_now_ms() + hold_ms;
        while (ws_now_ms() < until && L.nlive) ws_loop_run_once(&L, WS_TICK_MS);
    }
    for (i = 0; i < L.nlive; i++) ws_close(&L.conns[L.live[i]], 1000, "done"); /* those held, and --feed's */
    {
        double secs = (double)(ws_now_ms() - t0) / 1000.0;
        int f, byf[F_COUNT][3];
        memset(byf, 0, sizeof byf);
        for (i = 0; i < nclients; i++) byf[clients[i].fault][clients[i].na ? 2 : clients[i].ok]++;
        printf("gwload %s: %d connections (%d faulty), %d held at once, %llu events in %.2f s = %.0f events/s\n",
               gw_proto_name(proto), nclients, nclients * fault_pct / 100, held_max, total_events, secs,
               secs > 0 ? (double)total_events / secs : 0.0);
        if (latency_count)
            printf("latency send to receive: p50 %.3f ms, p99 %.3f ms, max %.3f ms (%llu events)\n", (double)lat_pct(0.50) / 1000,
                   (double)lat_pct(0.99) / 1000, (double)lat_max / 1000, latency_count);
        if (feed) {
            unsigned long lost = 0, dup = 0, reorder = 0, nc = 0;
            double fs = feed_t1 > feed_t0 && feed_t0 ? (double)(feed_t1 - feed_t0) / 1000.0 : 0;
            for (i = 1; i < nclients; i++)
                if (is_consumer(&clients[i]) && clients[i].ready) { /* one that never identified failed on its own */
                    nc++;
                    lost += events - clients[i].distinct;
                    dup += clients[i].dup;
                    reorder += clients[i].reorder;
                }
            printf("feed: %lu of %lu events sent, to %lu consumers: %llu delivered, %lu lost, %lu duplicated, %lu out of order",
                   fed, events, nc, total_events, lost, dup, reorder);
            if (fs > 0) printf("; first sent to last received %.2f s = %.0f events/s\n", fs, (double)total_events / fs);
            else printf("\n");
        }
        for (f = 0; f < F_COUNT; f++) {
            if (byf[f][0] + byf[f][1]) printf("  %-8s %5d ok, %d failed\n", fault_names[f], byf[f][1], byf[f][0]);
            if (byf[f][2]) printf("  %-8s %5d not applicable: %s\n", fault_names[f], byf[f][2], not_applicable(f));
        }
        if (nrefused) printf("  %d refused by the server (HTTP 503)\n", nrefused);
    }
    if (server_pid && hold_ms && held_now > 0 && rss0 && rss1) {
        double per = (double)(rss1 - rss0) / held_now;
        printf("server memory: %ld KiB before, %ld KiB with %d connections open: %.1f KiB per connection\n", rss0, rss1, held_now, per);
        if (mem_limit_kib) {
            if (per <= mem_limit_kib) npassed++;
            else { nfailed++; fprintf(stderr, "gwload: %.1f KiB per connection, over the limit of %d\n", per, mem_limit_kib); }
        }
    }
    for (i = 0; L.nlive && i < 100; i++) ws_loop_run_once(&L, WS_TICK_MS); /* let the closing handshakes end */
    ws_loop_free(&L);
    free(clients);
    free(seen_bits);
    printf("load: %d passed, %d failed\n", npassed, nfailed);
    return nfailed ? 1 : 0;
}
