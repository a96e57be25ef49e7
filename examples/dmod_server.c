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
   events (op 5; GUILD_MEMBER_COUNT_CHANGE for an anonymous session in original mode), standing
   in for a backend that has news for that guild, until DESCONNECT_GUILD. 1003 for a binary frame.
   The original-mode rules the checker does not know (below) are applied here, before it.

   --wire picks whose rules and wire form the server follows (D-54, D-54a, D-59, D-59a):
   - seed (the default): the seed document's rules, which the library's decoders enforce.
     It sends heartbeats and closes a client that leaves one unanswered, so the deployed
     original dmod client (which never answers op 3: the original server sends none) is closed
     after two --hb intervals, with a reason that points to --wire original.
     AUTHENTICATE may be (null, null) anonymous, (token, null) basic data with a hash token, or
     (token, uid) logged in; only (null, uid) is refused (1002). CONNECT_GUILD / DESCONNECT_GUILD
     may carry empty strings. What it sends is the seed's form (gw_dmod_encode): the privilege
     update {id, tag, permissions}, the CONNECT_GUILD response's guild {count, banner, icon,
     premium_tier, verification_level, emojis, current_invite_valid, vanity} and always a user.
     It is the default because the seed is this library's specification: a client written
     from the seed may send (token, null), which its own example shows.
   - original: also the original server's stricter rules (gw_session_set_wire(GW_WIRE_ORIGINAL),
     so the checker runs gw_dmod_check_original on what the client sends): AUTHENTICATE with token
     and uid both null or both non-empty, CONNECT_GUILD with non-empty token and gid, else close 1000
     "Invalid formating of authentication"; DESCONNECT_GUILD with a non-empty gid (our rule, D-54a),
     else close 1000 "empty gid"; op 4 and the op 7 commands close 1000 "Unknown data" (D-61). What it sends is the original's form (gw_dmod_encode_wire with
     GW_WIRE_ORIGINAL): the privilege update {guild_id, id, tag, permissions} (no self), the
     CONNECT_GUILD response's guild {id, verification_level, name, owner_id, description,
     member_count, premium_tier, vanity_url_code, banner, mfa_level}, and a null user for an
     anonymous session. This is the mode that serves the deployed original client.
     Where the original server (src/internal/main.ts at 37d5ede) behaves otherwise than the seed
     mode, original mode does as it does:
     - no heartbeats (the original never sends op 3, its client answers none; --hb is unused);
     - an op it has no case for (any but 1 and 6: op 4, the op 7 commands, a server's op, a
       frame without op) closes with 1000 "Unknown data" (main.ts:265), whatever the phase;
     - one guild at a time: a CONNECT_GUILD while one is connected is ignored (:139), and so is a
       DESCONNECT_GUILD while none is (:237);
     - events: a privilege update only about the session's own user (:179), so an anonymous
       session gets GUILD_MEMBER_COUNT_CHANGE {guild_id, member_count} instead, which the
       original sends every session on the guild when a member joins or leaves (:208,
       connector.ts:374, 383);
     - the Origin header must be --origin's (default http://localhost:3000), else close 1000
       "CORS" before op 0 (:52).

   --origin URL: the Origin header every client must send, compared as the original does (exact
   text). Default: none in seed mode; in original mode http://localhost:3000, the original's
   origin outside production: like this server, it then serves plain ws:// (its production
   origin https://dmod.gg comes with TLS; behind a TLS proxy pass --origin https://dmod.gg).
   "--origin any" checks nothing (lib/next.js, a Node client, sends no Origin).

   Load (gwload, tests/load.sh): the events after CONNECT_GUILD are produced as the connection's
   send queue drains (wsio.h), so a client that reads gets all of them, in order, and one that
   stops reading is closed with 1008. A client may ask for its own count in the upgrade's query,
   "/?events=N"; with "stamp=1" too, each event's `tag` is the microsecond (CLOCK_MONOTONIC) it was
   encoded, for latency. `permissions` numbers the events from 0 either way; for an anonymous
   session in original mode, `member_count` - 43 does (the guild has 42 members, one joins each
   time) and there is no stamp.

   usage: dmod_server [--port P] [--hb MS] [--events N] [--conns N] [--timeout S] [--wire seed|original]
                      [--origin URL|any] [--max-conns N] [--queue-cap BYTES]
          dmod_server --help | -h   (usage on stdout, exit 0) */
#define GATEWAY_IMPLEMENTATION
#include "wsio.h"
#include "../gateway.h"

typedef struct session {
    gw_session chk;   /* the checker: order, answers, close codes */
    long long hb_at;  /* when the last op 3 went out (0: not authenticated yet, no heartbeats) */
    int hb_owed;      /* that op 3 has not been answered yet */
    int anonymous;    /* authenticated with token null (the original's response then has user null) */
    int guild;        /* a guild is connected (CONNECT_GUILD answered, no DESCONNECT_GUILD since) */
    int stamp;        /* "stamp=1" in the query: tag = when the event was encoded (us) */
    unsigned long events_left, seq; /* events still to send after CONNECT_GUILD, the next number */
    char gid[64];     /* the guild they are for (the original's form names it; snowflakes fit) */
    char uid[64];     /* the logged-in user (original: the only user its privilege updates are about) */
} session;

static session *sess; /* one per connection slot, ws_max_conns of them */
static unsigned hb_ms = 1000;
static unsigned long events = 0, msgs_in, msgs_out;
static gw_wire wire = GW_WIRE_SEED; /* --wire: the checker's rules and the form of what is sent */
static const char *origin;          /* --origin: the Origin a client must send; NULL: no check */
static uint64_t scratch[8192];

/* A string field's text into buf, NUL-terminated; "" when it does not fit (no snowflake is that long) */
static void copy_str(gw_str v, char *buf, size_t cap)
{
    size_t n = 0;
    if (gw_str_unescape(v, buf, cap, &n) != GW_OK || n >= cap) n = 0;
    buf[n] = 0;
}

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
    if (origin) { /* the original: the header's exact text, before anything is sent (main.ts:52) */
        char got[256];
        if (!ws_header(c->hs, "Origin", got, sizeof got) || strcmp(got, origin) != 0) { ws_close(c, 1000, "CORS"); return; }
    }
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
    if (m.u.resp_connect.has_user) { /* the original's is the logged-in user's member (main.ts:231) */
        m.u.resp_connect.user.id = gw_str_c(wire == GW_WIRE_ORIGINAL ? s->uid : "1234");
        m.u.resp_connect.user.tag = gw_str_c("someone#0001");
        m.u.resp_connect.user.permissions = 8;
    }
    send_msg(c, &m);
    s->guild = 1;
    s->events_left = ws_query_ulong(c, "events", events);
    copy_str(g->gid, s->gid, sizeof s->gid);
}

/* The events, as the send queue has room: numbered by `permissions` from 0. 1: more right away. */
static int on_pump(ws_conn *c)
{
    session *s = &sess[c->slot];
    int n;
    for (n = 0; n < 64 && s->events_left && ws_room(c); n++) {
        gw_dmod_msg m;
        char when[24], d[512];
        memset(&m, 0, sizeof m);
        if (wire == GW_WIRE_ORIGINAL && s->anonymous) { /* see the top: a member joined */
            gj_writer w;
            size_t dn = 0;
            gj_writer_init(&w, d, sizeof d);
            gj_obj_begin(&w);
            gj_key(&w, "guild_id", 8);
            gj_str(&w, s->gid, strlen(s->gid));
            gj_key(&w, "member_count", 12);
            gj_uint(&w, 43 + (uint64_t)s->seq++);
            gj_obj_end(&w);
            (void)gj_writer_finish(&w, &dn); /* fits: a gid is at most 63 bytes, 6 each escaped */
            m.kind = GW_DMOD_EV_GUILD_MEMBER_COUNT_CHANGE;
            m.u.raw.ptr = d;
            m.u.raw.len = (uint32_t)dn;
            s->events_left--;
            send_msg(c, &m);
            continue;
        }
        m.kind = GW_DMOD_EV_GUILD_PRIVILEGE_UPDATE;
        if (wire == GW_WIRE_ORIGINAL) { /* the original always names the guild, never sends self */
            m.u.privilege.has_guild_id = 1;
            m.u.privilege.guild_id = gw_str_c(s->gid);
        }
        m.u.privilege.id = gw_str_c(wire == GW_WIRE_ORIGINAL ? s->uid : "1234");
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

/* The original server has a case for ops 1 and 6 only; the rest close with 1000 "Unknown data"
   (main.ts:265). The checker says so for what decodes (D-61, gw_session_set_wire); this is the same
   for a frame that does not decode, which the original reads for its op alone (main.ts:91,
   JSON.parse): any JSON but null whose op is not the number 1 or 6, e.g. {"op":4} or a server op. */
static int original_unknown_op(const char *p, size_t n)
{
    static gj_tok t[1024]; /* a frame of at most 1000 bytes (larger ones fail as too large first) */
    gj_status st;
    uint32_t v;
    double op;
    if (gj_tokenize(p, n, t, sizeof t / sizeof t[0], &st) != GJ_OK || t[0].type == GJ_NULL) return 0;
    v = gj_find(p, t, 0, "op", 2);
    return !v || gj_get_f64(p, &t[v], &op) != GJ_OK || (op != 1 && op != 6);
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
        if (wire == GW_WIRE_ORIGINAL && e.code != GW_ERR_TOO_LARGE && original_unknown_op((const char *)p, n)) {
            ws_close(c, 1000, "Unknown data");
            return;
        }
        act(c, gw_dmod_session_on_error(&s->chk, &e, now));
        return;
    }
    if (!act(c, gw_dmod_session_on_recv(&s->chk, &m, now))) return;
    switch (m.kind) {
    case GW_DMOD_AUTHENTICATE:
        s->anonymous = !m.u.auth.has_token;
        if (m.u.auth.has_uid) copy_str(m.u.auth.uid, s->uid, sizeof s->uid);
        send_kind(c, GW_DMOD_AUTH_PASS); /* missed_notifications: [] */
        if (wire == GW_WIRE_SEED) s->hb_at = (long long)now; /* heartbeats from now on (the original sends none) */
        break;
    case GW_DMOD_HEARTBEAT_BACK: s->hb_owed = 0; break;
    case GW_DMOD_CMD_CONNECT_GUILD:
        if (wire == GW_WIRE_ORIGINAL && s->guild) break; /* the original: one guild, the first (main.ts:139) */
        connect_guild(c, &m.u.connect_guild);
        break;
    case GW_DMOD_CMD_DISCONNECT_GUILD: {
        gw_dmod_msg r;
        if (wire == GW_WIRE_ORIGINAL && !s->guild) break; /* the original: nothing to leave, no answer (:237) */
        s->guild = 0;
        s->events_left = 0; /* seed and original: no more data from that guild */
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
        if (now - s->hb_at >= 2 * (long long)hb_ms) /* the deployed original client answers none */
            ws_close(c, 1008, "no heartbeat back (an original client? --wire original)");
        return;
    }
    s->hb_at = now;
    s->hb_owed = 1;
    send_kind(c, GW_DMOD_HEARTBEAT);
}

#define DEV_ORIGIN "http://localhost:3000" /* the original's origin when NODE_ENV is not production (main.ts:43) */

static void usage(FILE *f, const char *prog)
{
    fprintf(f, "usage: %s [--port P] [--hb MS] [--events N] [--conns N] [--timeout S] [--wire seed|original]\n"
               "                  [--origin URL|any] [--max-conns N] [--queue-cap BYTES]\n"
               "       %s --help | -h\n"
               "  --max-conns N    connections at once (default 10000); more are refused with HTTP 503\n"
               "  --queue-cap B    bytes a connection may have queued (default 1 MiB); past it: close 1008\n"
               "  --wire seed      the seed's rules and form (default): heartbeats every --hb ms (default 1000),\n"
               "                   a client that leaves one unanswered is closed with 1008. The deployed\n"
               "                   original dmod client answers none: serve it with --wire original\n"
               "  --wire original  the original server's rules and form, for the deployed original client:\n"
               "                   no heartbeats, one guild at a time, 1000 \"Unknown data\" for any op but\n"
               "                   1 and 6 (op 4, op 7 commands), 1000 \"Invalid formating of authentication\",\n"
               "                   \"empty gid\" (D-54a), and the Origin check below\n"
               "  --origin URL     the Origin header a client must send (exact text), else close 1000 \"CORS\"\n"
               "                   before anything else. Default: none with --wire seed; with --wire original\n"
               "                   " DEV_ORIGIN ", the original's origin outside production\n"
               "                   (production's, https://dmod.gg, comes with TLS). any: no check\n", prog, prog);
}

int main(int argc, char **argv)
{
    static const ws_handler h = { on_open, on_message, on_tick, NULL, on_pump };
    static char banner[200];
    const char *origin_arg = NULL;
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
        else if (!strcmp(argv[i], "--origin")) origin_arg = argv[i + 1];
        else if (!strcmp(argv[i], "--max-conns")) ws_max_conns = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--queue-cap")) ws_queue_cap = strtoul(argv[i + 1], NULL, 10);
        else break;
    }
    if (i != argc || hb_ms == 0 || ws_max_conns < 1 || ws_queue_cap < 4096) { usage(stderr, argv[0]); return 2; }
    origin = origin_arg ? (strcmp(origin_arg, "any") ? origin_arg : NULL) : wire == GW_WIRE_ORIGINAL ? DEV_ORIGIN : NULL;
    /* the mode, on the line after "listening on PORT": which one the deployed original client needs */
    if (wire == GW_WIRE_ORIGINAL)
        snprintf(banner, sizeof banner, "dmod_server: --wire original, the original server's rules (serves the deployed "
                 "original dmod client); %s%s", origin ? "Origin must be " : "no Origin check", origin ? origin : "");
    else
        snprintf(banner, sizeof banner, "dmod_server: --wire seed, the seed's rules (heartbeats the deployed original "
                 "dmod client never answers: serve it with --wire original); %s%s", origin ? "Origin must be " : "no Origin check",
                 origin ? origin : "");
    ws_banner = banner;
    if ((sess = (session *)calloc((size_t)ws_max_conns, sizeof *sess)) == NULL) return 1;
    if (ws_serve(port, &h, conns, timeout) != 0) return 1;
    free(sess);
    printf("dmod_server: %lu messages in, %lu out\n", msgs_in, msgs_out);
    return 0;
}
