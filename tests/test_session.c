/* test_session.c - the sans-IO session checker (the SESSION section of gateway.h): legal handshakes, every
   out-of-order message, missed heartbeats and late acks with their close codes, and a property
   test against a reference model written independently below (plain if/else per protocol).
   Every protocol of the build also goes through test_every_protocol, which knows none of them: a
   protocol added to GW__PROTOCOLS (HACKING.md, "Add a protocol") is checked with no edit here, and
   the Makefile's test_session_toy runs this program with the toy protocol of tests/toy/ in it. */
#include "with_toy.h"
#include "t.h"
#include "../gateway.h"
#include "round_trip.h"
#include <stdlib.h>

/* ---- driving the checker of any protocol ---- */
/* The kinds of protocol p are 1..nkinds(p); nkinds(p) + 1 is its GW_<P>_UNKNOWN (the kind enum's
   layout: GW_<P>_NONE, the message list's kinds, GW_<P>_UNKNOWN) */
static int nkinds(gw_proto p)
{
    int k = 1;
    while (gw_kind_name(p, k)) k++;
    return k - 2;
}

/* i386chat f=130: every kind but these (the message list's order does not say) */
static int i386_event(int k)
{
    return k != GW_I386_HELLO && k != GW_I386_PRESENT && k != GW_I386_HEARTBEAT && k != GW_I386_READY && k != GW_I386_ERROR;
}

/* A message of `kind`; arg: hello interval, i386 `s` (when flag), ms identify type, dmod login
   (0 anonymous, 1 token and uid, 2 token only); flag: i386 has_s, ms heartbeat has_guilds, dmod
   CONNECT_GUILD / DESCONNECT_GUILD with their strings set (else empty). */
static void build(gw_proto p, gw_any_msg *m, int kind, uint32_t arg, int flag)
{
    memset(m, 0, sizeof *m);
    memcpy(m, &kind, sizeof kind);
    if (p == GW_PROTO_I386) {
        if (kind == GW_I386_HELLO) m->i386.u.hello.hb_int = arg;
        if (i386_event(kind) && flag) { m->i386.has_s = 1; m->i386.s = arg; }
    } else if (p == GW_PROTO_MS) {
        if (kind == GW_MS_HELLO) m->ms.u.hello.heartbeat_interval = arg;
        if (kind == GW_MS_IDENTIFY) m->ms.u.identify.type = (gw_ms_service)(arg % 5);
        if (kind == GW_MS_HEARTBEAT) m->ms.u.heartbeat.has_guilds = flag != 0;
    } else if (p == GW_PROTO_DMOD) {
        if (kind == GW_DMOD_AUTHENTICATE && arg % 3) {
            m->dmod.u.auth.has_token = 1; m->dmod.u.auth.token = gw_str_c("tok");
            if (arg % 3 == 1) { m->dmod.u.auth.has_uid = 1; m->dmod.u.auth.uid = gw_str_c("110373943822540801"); }
        }
        if (kind == GW_DMOD_CMD_CONNECT_GUILD && flag) {
            m->dmod.u.connect_guild.token = gw_str_c("0123456789");
            m->dmod.u.connect_guild.gid = gw_str_c("728814703266234435");
        }
        if (kind == GW_DMOD_CMD_DISCONNECT_GUILD && flag) m->dmod.u.gid.gid = gw_str_c("728814703266234435");
    }
}

/* gw_<p>_session_init of any protocol (round_trip.h) */
static void init(gw_proto p, gw_session *s, gw_side side, uint64_t now) { t_session_init(p, s, side, now); }

/* op: 'r' on_recv, 's' on_send, 'p' poll, of any protocol (round_trip.h) */
static gw_session_verdict call(gw_proto p, gw_session *s, int op, const gw_any_msg *m, uint64_t now)
{
    return t_session_call(p, s, op, m, now);
}

/* ---- scripted cases ---- */
/* One step of a script: op ('r' received, 's' sent, 'p' poll) of a message of kind (arg, flag) at
   time t, and the verdict wanted: its action, close code, reason and next deadline (SCRIPT checks
   the code when it is not 0 and that a violation has a reason; HB_SCRIPT checks all four, the
   deadline unless it is -1) */
typedef struct step {
    int op, kind;
    uint32_t arg;
    int flag;
    uint64_t t;
    gw_verdict want;
    int code;
    const char *why;
    long long next;
} step;
#define OK GW_VERDICT_OK
#define HB GW_SEND_HEARTBEAT
#define VIO GW_VIOLATION
#define TMO GW_TIMEOUT

/* One scripted step: the message of kind (arg, flag) built, then passed with op ('r' received, 's'
   sent, 'p' poll) at time t */
static gw_session_verdict script_step(gw_proto p, gw_session *s, int op, int kind, uint32_t arg, int flag, uint64_t t)
{
    gw_any_msg m;
    build(p, &m, kind, arg, flag);
    return call(p, s, op, &m, t);
}

static void play(const char *name, gw_proto p, gw_side side, const step *st, int n, int strict)
{
    gw_session s;
    int i;
    t_case_begin(name);
    init(p, &s, side, 0);
    for (i = 0; i < n; i++) {
        gw_session_verdict v = script_step(p, &s, st[i].op, st[i].kind, st[i].arg, st[i].flag, st[i].t);
        int bad = v.action != st[i].want || (strict || st[i].code ? v.close_code != st[i].code : 0) ||
                  (strict && (st[i].why ? !v.reason || strcmp(v.reason, st[i].why) : v.reason != NULL)) ||
                  (strict && st[i].next >= 0 && v.next_deadline_ms != (uint64_t)st[i].next);
        if (bad)
            t_failf(__FILE__, __LINE__, "%s step %d (t=%llu): action %d code %d \"%s\" next %llu, want %d code %d \"%s\" next %lld",
                    name, i, (unsigned long long)st[i].t, (int)v.action, v.close_code, v.reason ? v.reason : "-",
                    (unsigned long long)v.next_deadline_ms, (int)st[i].want, st[i].code, st[i].why ? st[i].why : "-", st[i].next);
        if ((v.action == VIO || v.action == TMO) && !v.reason) t_failf(__FILE__, __LINE__, "%s step %d: no reason", name, i);
    }
    if (!strict && n && (st[n - 1].want == VIO || st[n - 1].want == TMO)) { /* sticky */
        gw_session_verdict v = call(p, &s, 'p', NULL, st[n - 1].t + 1);
        CHECK_EQ(v.action, st[n - 1].want);
        CHECK_EQ(v.close_code, st[n - 1].code);
    }
    t_case_end();
}
#define SCRIPT(name, p, side, ...) do { static const step st_[] = { __VA_ARGS__ }; \
    play(name, p, side, st_, (int)(sizeof st_ / sizeof st_[0]), 0); } while (0)
#define R(k, t, want, code) { 'r', k, 0, 0, t, want, code, NULL, -1 }
#define S(k, t, want, code) { 's', k, 0, 0, t, want, code, NULL, -1 }
#define RA(k, arg, flag, t, want, code) { 'r', k, arg, flag, t, want, code, NULL, -1 }
#define SA(k, arg, flag, t, want, code) { 's', k, arg, flag, t, want, code, NULL, -1 }
#define P(t, want, code) { 'p', 0, 0, 0, t, want, code, NULL, -1 }

static void test_legal(void)
{
    const gw_side C = GW_SIDE_CLIENT, Sv = GW_SIDE_SERVER;
    /* i386chat: 100 → 110 → 140, then 120 every hb_int, echoed */
    SCRIPT("i386 client handshake", GW_PROTO_I386, C,
        RA(GW_I386_HELLO, 1000, 0, 0, OK, 0), S(GW_I386_PRESENT, 10, OK, 0), R(GW_I386_READY, 20, OK, 0),
        P(500, OK, 0), P(1019, OK, 0), P(1020, HB, 0), S(GW_I386_HEARTBEAT, 1020, OK, 0), P(1500, OK, 0),
        R(GW_I386_HEARTBEAT, 1600, OK, 0), RA(GW_I386_S_MESSAGE_CREATE, 1, 1, 1700, OK, 0),
        RA(GW_I386_S_START_TYPING, 5, 1, 1700, OK, 0), R(GW_I386_S_GATEWAY_DOWN, 1700, OK, 0),
        SA(GW_I386_C_MESSAGE_CREATE, 1, 1, 1800, OK, 0), SA(GW_I386_C_START_TYPING, 2, 1, 1800, OK, 0),
        P(2020, HB, 0), S(GW_I386_HEARTBEAT, 2030, OK, 0), R(GW_I386_HEARTBEAT, 3029, OK, 0), R(GW_I386_ERROR, 3029, OK, 0), P(3030, HB, 0));
    SCRIPT("i386 server handshake", GW_PROTO_I386, Sv,
        SA(GW_I386_HELLO, 1000, 0, 0, OK, 0), R(GW_I386_PRESENT, 10, OK, 0), S(GW_I386_READY, 20, OK, 0),
        R(GW_I386_HEARTBEAT, 1000, HB, 0), P(1001, HB, 0), S(GW_I386_HEARTBEAT, 1002, OK, 0),
        RA(GW_I386_C_CHANNEL_ADD, 7, 1, 1100, OK, 0), SA(GW_I386_S_ROOM_USER_ADD, 7, 1, 1100, OK, 0),
        P(2999, OK, 0), R(GW_I386_HEARTBEAT, 2999, HB, 0), S(GW_I386_HEARTBEAT, 2999, OK, 0));
    /* microservice: hello → identify → IDENTIFIED, heartbeats acked, requests answered */
    SCRIPT("ms client handshake", GW_PROTO_MS, C,
        RA(GW_MS_HELLO, 1000, 0, 0, OK, 0), SA(GW_MS_IDENTIFY, GW_MS_SERVICE_SHARDER, 0, 5, OK, 0),
        R(GW_MS_IDENTIFIED, 10, OK, 0), SA(GW_MS_CACHE, 0, 0, 20, OK, 0), SA(GW_MS_EXECUTE_COMMAND, 0, 0, 30, OK, 0),
        R(GW_MS_EXECUTE_COMMAND, 40, OK, 0), P(1000, HB, 0), SA(GW_MS_HEARTBEAT, 0, 1, 1000, OK, 0),
        R(GW_MS_HEARTBEAT_ACK, 1500, OK, 0), R(GW_MS_HEARTBEAT_REQUEST, 1600, HB, 0), SA(GW_MS_HEARTBEAT, 0, 1, 1601, OK, 0),
        R(GW_MS_HEARTBEAT_ACK, 1700, OK, 0), P(2600, OK, 0), P(2601, HB, 0));
    SCRIPT("ms server handshake, heartbeat before identify", GW_PROTO_MS, Sv,
        SA(GW_MS_HELLO, 1000, 0, 0, OK, 0), R(GW_MS_HEARTBEAT, 100, HB, 0), S(GW_MS_HEARTBEAT_ACK, 100, OK, 0),
        RA(GW_MS_IDENTIFY, GW_MS_SERVICE_FEEDS, 0, 200, OK, 0), S(GW_MS_IDENTIFIED, 210, OK, 0), R(GW_MS_CACHE, 300, OK, 0),
        S(GW_MS_HEARTBEAT_REQUEST, 400, OK, 0), R(GW_MS_HEARTBEAT, 2099, HB, 0), S(GW_MS_HEARTBEAT_ACK, 2099, OK, 0),
        P(4098, OK, 0));
    /* dmod: 0 → 1 → 2, then 3/4, commands and responses, events */
    SCRIPT("dmod client handshake", GW_PROTO_DMOD, C,
        R(GW_DMOD_REQUEST_AUTH, 0, OK, 0), S(GW_DMOD_AUTHENTICATE, 1, OK, 0), R(GW_DMOD_AUTH_PASS, 2, OK, 0),
        R(GW_DMOD_HEARTBEAT, 3, HB, 0), S(GW_DMOD_HEARTBEAT_BACK, 4, OK, 0), S(GW_DMOD_CMD_CONNECT_GUILD, 5, OK, 0),
        S(GW_DMOD_CMD_DISCONNECT_GUILD, 5, OK, 0), R(GW_DMOD_RESP_DISCONNECT_GUILD, 6, OK, 0),
        R(GW_DMOD_RESP_CONNECT_GUILD, 6, OK, 0), R(GW_DMOD_EV_GUILD_PRIVILEGE_UPDATE, 7, OK, 0),
        S(GW_DMOD_CMD_APPLICATION_SESSION_HB_M, 8, OK, 0), P(1000000, OK, 0));
    SCRIPT("dmod server handshake", GW_PROTO_DMOD, Sv,
        S(GW_DMOD_REQUEST_AUTH, 0, OK, 0), R(GW_DMOD_AUTHENTICATE, 1, OK, 0), S(GW_DMOD_AUTH_PASS, 2, OK, 0),
        S(GW_DMOD_HEARTBEAT, 3, OK, 0), R(GW_DMOD_HEARTBEAT_BACK, 4, OK, 0), S(GW_DMOD_EV_APPLICATION_SESSION_END, 5, OK, 0));
    /* Nightingale: ready first, then anything the server sends */
    SCRIPT("ng client", GW_PROTO_NG, C, R(GW_NG_READY, 0, OK, 0), R(GW_NG_FORWARD, 1, OK, 0), R(GW_NG_TRACK_START, 2, OK, 0),
        R(GW_NG_DISCONNECT_GATEWAY, 3, OK, 0));
    SCRIPT("ng server", GW_PROTO_NG, Sv, S(GW_NG_READY, 0, OK, 0), S(GW_NG_TRACK_END, 1, OK, 0));
    /* D-40 (revised): the client's voice updates after ready */
    SCRIPT("ng client voice updates", GW_PROTO_NG, C, R(GW_NG_READY, 0, OK, 0), S(GW_NG_UPDATE_VOICE_STATE, 1, OK, 0),
        S(GW_NG_UPDATE_VOICE_SERVER, 2, OK, 0), R(GW_NG_FORWARD, 3, OK, 0), S(GW_NG_UPDATE_VOICE_STATE, 4, OK, 0), P(1000000, OK, 0));
    SCRIPT("ng server hears voice updates", GW_PROTO_NG, Sv, S(GW_NG_READY, 0, OK, 0), R(GW_NG_UPDATE_VOICE_SERVER, 1, OK, 0),
        R(GW_NG_UPDATE_VOICE_STATE, 2, OK, 0), S(GW_NG_TRACK_START, 3, OK, 0));
    /* shard-master: register (or resume) first; each ping gets a pong */
    SCRIPT("sm client register", GW_PROTO_SM, C,
        R(GW_SM_HELLO, 0, OK, 0), S(GW_SM_REGISTER, 1, OK, 0), R(GW_SM_READY, 2, OK, 0), S(GW_SM_PING, 3, OK, 0),
        R(GW_SM_PONG, 4, OK, 0), R(GW_SM_INTERACTION, 5, OK, 0), R(GW_SM_SHARD_INFO, 6, OK, 0), R(GW_SM_ERROR, 7, OK, 0));
    SCRIPT("sm client resume after invalid", GW_PROTO_SM, C,
        S(GW_SM_RESUME, 1, OK, 0), R(GW_SM_INVALID, 2, OK, 0), S(GW_SM_REGISTER, 3, OK, 0), R(GW_SM_READY, 4, OK, 0));
    SCRIPT("sm server", GW_PROTO_SM, Sv, R(GW_SM_RESUME, 1, OK, 0), S(GW_SM_RESUMED, 2, OK, 0), R(GW_SM_PING, 3, HB, 0),
        S(GW_SM_PONG, 3, OK, 0));
}

static void test_violations(void)
{
    const gw_side C = GW_SIDE_CLIENT, Sv = GW_SIDE_SERVER;
#define I386_UP_S SA(GW_I386_HELLO, 1000, 0, 0, OK, 0), R(GW_I386_PRESENT, 10, OK, 0), S(GW_I386_READY, 20, OK, 0)
#define I386_UP_C RA(GW_I386_HELLO, 1000, 0, 0, OK, 0), S(GW_I386_PRESENT, 10, OK, 0), R(GW_I386_READY, 20, OK, 0)
    SCRIPT("i386 talked before presenting", GW_PROTO_I386, Sv, SA(GW_I386_HELLO, 1000, 0, 0, OK, 0), R(GW_I386_C_MESSAGE_CREATE, 1, VIO, 4005));
    SCRIPT("i386 heartbeat before presenting", GW_PROTO_I386, Sv, SA(GW_I386_HELLO, 1000, 0, 0, OK, 0), R(GW_I386_HEARTBEAT, 1, VIO, 4005));
    SCRIPT("i386 client sends before presenting", GW_PROTO_I386, C, RA(GW_I386_HELLO, 1000, 0, 0, OK, 0), S(GW_I386_C_START_TYPING, 1, VIO, 4005));
    SCRIPT("i386 present before hello", GW_PROTO_I386, Sv, R(GW_I386_PRESENT, 1, VIO, 1002));
    SCRIPT("i386 presented twice", GW_PROTO_I386, Sv, I386_UP_S, R(GW_I386_PRESENT, 30, VIO, 4004));
    SCRIPT("i386 ready first", GW_PROTO_I386, C, R(GW_I386_READY, 0, VIO, 1002));
    SCRIPT("i386 ready before present", GW_PROTO_I386, C, RA(GW_I386_HELLO, 1000, 0, 0, OK, 0), R(GW_I386_READY, 1, VIO, 1002));
    SCRIPT("i386 hello twice", GW_PROTO_I386, C, RA(GW_I386_HELLO, 1000, 0, 0, OK, 0), RA(GW_I386_HELLO, 1000, 0, 1, VIO, 1002));
    SCRIPT("i386 event before ready", GW_PROTO_I386, C, RA(GW_I386_HELLO, 1000, 0, 0, OK, 0), S(GW_I386_PRESENT, 1, OK, 0), R(GW_I386_S_GATEWAY_DOWN, 2, VIO, 1002));
    SCRIPT("i386 echo without heartbeat", GW_PROTO_I386, C, I386_UP_C, R(GW_I386_HEARTBEAT, 30, VIO, 1002));
    SCRIPT("i386 server echoes unasked", GW_PROTO_I386, Sv, I386_UP_S, S(GW_I386_HEARTBEAT, 30, VIO, 1002));
    SCRIPT("i386 missed echo", GW_PROTO_I386, C, I386_UP_C, S(GW_I386_HEARTBEAT, 1020, OK, 0), P(2019, OK, 0), P(2020, TMO, 4001));
    SCRIPT("i386 late echo", GW_PROTO_I386, C, I386_UP_C, S(GW_I386_HEARTBEAT, 1020, OK, 0), R(GW_I386_HEARTBEAT, 2021, TMO, 4001));
    SCRIPT("i386 client silent", GW_PROTO_I386, Sv, I386_UP_S, P(2019, OK, 0), P(2020, TMO, 4001));
    SCRIPT("i386 client heartbeat too late", GW_PROTO_I386, Sv, I386_UP_S, R(GW_I386_HEARTBEAT, 1500, HB, 0), S(GW_I386_HEARTBEAT, 1500, OK, 0), R(GW_I386_HEARTBEAT, 3500, TMO, 4001));
    SCRIPT("i386 server s not increasing", GW_PROTO_I386, C, I386_UP_C, RA(GW_I386_S_MESSAGE_CREATE, 5, 1, 30, OK, 0), RA(GW_I386_S_MESSAGE_DELETE, 5, 1, 31, VIO, 1002));
    SCRIPT("i386 client s not increasing", GW_PROTO_I386, Sv, I386_UP_S, RA(GW_I386_C_MESSAGE_CREATE, 9, 1, 30, OK, 0), RA(GW_I386_C_CHANNEL_MOVE, 3, 1, 31, VIO, 4004));
    SCRIPT("i386 own send out of order", GW_PROTO_I386, C, S(GW_I386_C_MESSAGE_CREATE, 0, VIO, 4005));
    SCRIPT("i386 other direction", GW_PROTO_I386, C, S(GW_I386_HELLO, 0, VIO, 1002));
#define MS_UP_S SA(GW_MS_HELLO, 1000, 0, 0, OK, 0), RA(GW_MS_IDENTIFY, GW_MS_SERVICE_PANEL, 0, 1, OK, 0), S(GW_MS_IDENTIFIED, 2, OK, 0)
#define MS_UP_C RA(GW_MS_HELLO, 1000, 0, 0, OK, 0), SA(GW_MS_IDENTIFY, GW_MS_SERVICE_SHARDER, 0, 1, OK, 0), R(GW_MS_IDENTIFIED, 2, OK, 0)
    SCRIPT("ms cache before identify", GW_PROTO_MS, Sv, SA(GW_MS_HELLO, 1000, 0, 0, OK, 0), R(GW_MS_CACHE, 1, VIO, 4000));
    SCRIPT("ms execute before identify", GW_PROTO_MS, C, RA(GW_MS_HELLO, 1000, 0, 0, OK, 0), S(GW_MS_EXECUTE_COMMAND, 1, VIO, 4000));
    SCRIPT("ms identify twice", GW_PROTO_MS, Sv, MS_UP_S, RA(GW_MS_IDENTIFY, 0, 0, 3, VIO, 4002));
    SCRIPT("ms identify twice before IDENTIFIED", GW_PROTO_MS, Sv, SA(GW_MS_HELLO, 1000, 0, 0, OK, 0), R(GW_MS_IDENTIFY, 1, OK, 0), R(GW_MS_IDENTIFY, 2, VIO, 4002));
    SCRIPT("ms identify before hello", GW_PROTO_MS, Sv, R(GW_MS_IDENTIFY, 1, VIO, 1002));
    SCRIPT("ms IDENTIFIED unasked", GW_PROTO_MS, C, RA(GW_MS_HELLO, 1000, 0, 0, OK, 0), R(GW_MS_IDENTIFIED, 1, VIO, 1002));
    SCRIPT("ms hello twice", GW_PROTO_MS, C, RA(GW_MS_HELLO, 1000, 0, 0, OK, 0), RA(GW_MS_HELLO, 1000, 0, 0, VIO, 1002));
    SCRIPT("ms ack without heartbeat", GW_PROTO_MS, C, MS_UP_C, R(GW_MS_HEARTBEAT_ACK, 3, VIO, 1002));
    /* one ack per heartbeat: two in flight take two acks, and a third ack has no heartbeat */
    SCRIPT("ms two heartbeats, two acks", GW_PROTO_MS, Sv, MS_UP_S, RA(GW_MS_HEARTBEAT, 0, 0, 100, HB, 0),
        RA(GW_MS_HEARTBEAT, 0, 0, 110, HB, 0), S(GW_MS_HEARTBEAT_ACK, 120, HB, 0), S(GW_MS_HEARTBEAT_ACK, 130, OK, 0),
        S(GW_MS_HEARTBEAT_ACK, 140, VIO, 1002));
    SCRIPT("dmod two heartbeats, two answers", GW_PROTO_DMOD, Sv, S(GW_DMOD_REQUEST_AUTH, 0, OK, 0),
        R(GW_DMOD_AUTHENTICATE, 1, OK, 0), S(GW_DMOD_AUTH_PASS, 2, OK, 0), S(GW_DMOD_HEARTBEAT, 3, OK, 0),
        S(GW_DMOD_HEARTBEAT, 4, OK, 0), R(GW_DMOD_HEARTBEAT_BACK, 5, OK, 0), R(GW_DMOD_HEARTBEAT_BACK, 6, OK, 0),
        R(GW_DMOD_HEARTBEAT_BACK, 7, VIO, 1002));
    SCRIPT("ms no heartbeat within twice the interval", GW_PROTO_MS, Sv, MS_UP_S, P(1999, OK, 0), P(2000, TMO, 4007));
    SCRIPT("ms heartbeat after twice the interval", GW_PROTO_MS, Sv, MS_UP_S, R(GW_MS_HEARTBEAT, 1500, HB, 0), S(GW_MS_HEARTBEAT_ACK, 1500, OK, 0), R(GW_MS_HEARTBEAT, 3500, TMO, 4007));
    SCRIPT("ms missed ack", GW_PROTO_MS, C, MS_UP_C, SA(GW_MS_HEARTBEAT, 0, 1, 1000, OK, 0), P(1999, OK, 0), P(2000, TMO, 1008));
    SCRIPT("ms late ack", GW_PROTO_MS, C, MS_UP_C, SA(GW_MS_HEARTBEAT, 0, 1, 1000, OK, 0), R(GW_MS_HEARTBEAT_ACK, 2000, TMO, 1008));
    SCRIPT("ms sharder heartbeat without guilds", GW_PROTO_MS, C, MS_UP_C, SA(GW_MS_HEARTBEAT, 0, 0, 10, VIO, 4005));
    SCRIPT("ms execute from a non-sharder", GW_PROTO_MS, Sv, MS_UP_S, R(GW_MS_EXECUTE_COMMAND, 10, VIO, 4006));
    SCRIPT("ms server execute before identified", GW_PROTO_MS, C, RA(GW_MS_HELLO, 1000, 0, 0, OK, 0), R(GW_MS_EXECUTE_COMMAND, 1, VIO, 1002));
    SCRIPT("dmod authenticate unasked", GW_PROTO_DMOD, Sv, R(GW_DMOD_AUTHENTICATE, 0, VIO, 1008));
    SCRIPT("dmod heartbeat before auth", GW_PROTO_DMOD, C, R(GW_DMOD_REQUEST_AUTH, 0, OK, 0), R(GW_DMOD_HEARTBEAT, 1, VIO, 1002));
    SCRIPT("dmod pass before authenticate", GW_PROTO_DMOD, C, R(GW_DMOD_REQUEST_AUTH, 0, OK, 0), R(GW_DMOD_AUTH_PASS, 1, VIO, 1002));
    SCRIPT("dmod command before auth", GW_PROTO_DMOD, Sv, S(GW_DMOD_REQUEST_AUTH, 0, OK, 0), R(GW_DMOD_AUTHENTICATE, 1, OK, 0), R(GW_DMOD_CMD_CONNECT_GUILD, 2, VIO, 1008));
    SCRIPT("dmod heartbeat back unasked", GW_PROTO_DMOD, Sv, S(GW_DMOD_REQUEST_AUTH, 0, OK, 0), R(GW_DMOD_AUTHENTICATE, 1, OK, 0), S(GW_DMOD_AUTH_PASS, 2, OK, 0), R(GW_DMOD_HEARTBEAT_BACK, 3, VIO, 1002));
    SCRIPT("dmod response without command", GW_PROTO_DMOD, C, R(GW_DMOD_REQUEST_AUTH, 0, OK, 0), S(GW_DMOD_AUTHENTICATE, 1, OK, 0), R(GW_DMOD_AUTH_PASS, 2, OK, 0), S(GW_DMOD_CMD_CONNECT_GUILD, 3, OK, 0), R(GW_DMOD_RESP_DISCONNECT_GUILD, 4, VIO, 1002));
    SCRIPT("ng message before ready", GW_PROTO_NG, C, R(GW_NG_FORWARD, 0, VIO, 1002));
    SCRIPT("ng ready twice", GW_PROTO_NG, C, R(GW_NG_READY, 0, OK, 0), R(GW_NG_READY, 1, VIO, 1002));
    SCRIPT("ng client sends", GW_PROTO_NG, C, R(GW_NG_READY, 0, OK, 0), S(GW_NG_FORWARD, 1, VIO, 1002)); /* server-sent */
    /* D-40 (revised): voice updates only after ready, only from the client */
    SCRIPT("ng voice state before ready", GW_PROTO_NG, C, S(GW_NG_UPDATE_VOICE_STATE, 0, VIO, 1002));
    SCRIPT("ng voice server before ready", GW_PROTO_NG, C, S(GW_NG_UPDATE_VOICE_SERVER, 0, VIO, 1002));
    SCRIPT("ng server hears voice before ready", GW_PROTO_NG, Sv, R(GW_NG_UPDATE_VOICE_STATE, 0, VIO, 1002));
    SCRIPT("ng server hears voice server before ready", GW_PROTO_NG, Sv, R(GW_NG_UPDATE_VOICE_SERVER, 0, VIO, 1002));
    SCRIPT("ng server sends a voice update", GW_PROTO_NG, Sv, S(GW_NG_READY, 0, OK, 0), S(GW_NG_UPDATE_VOICE_STATE, 1, VIO, 1002));
    SCRIPT("ng client hears a voice update", GW_PROTO_NG, C, R(GW_NG_READY, 0, OK, 0), R(GW_NG_UPDATE_VOICE_SERVER, 1, VIO, 1002));
    SCRIPT("sm ping before register", GW_PROTO_SM, Sv, R(GW_SM_PING, 0, VIO, 1002));
    SCRIPT("sm register twice", GW_PROTO_SM, Sv, R(GW_SM_REGISTER, 0, OK, 0), S(GW_SM_READY, 1, OK, 0), R(GW_SM_RESUME, 2, VIO, 1002));
    SCRIPT("sm pong without ping", GW_PROTO_SM, C, S(GW_SM_REGISTER, 0, OK, 0), R(GW_SM_PONG, 1, VIO, 1002));
    SCRIPT("sm resumed answers register", GW_PROTO_SM, C, S(GW_SM_REGISTER, 0, OK, 0), R(GW_SM_RESUMED, 1, VIO, 1002));
    SCRIPT("sm interaction before ready", GW_PROTO_SM, C, S(GW_SM_REGISTER, 0, OK, 0), R(GW_SM_INTERACTION, 1, VIO, 1002));
}

/* D-70, issue 22: each heartbeat owes one ack, overdue `interval` after it was sent; acks answer
   the oldest first; a requested heartbeat is acked like any other; a microservice heartbeat answers
   every request received before it (a request first and a due heartbeat in the same tick: one
   frame; the heartbeat first: the request gets a frame of its own). Every step checks the action,
   the close code, the reason and the next deadline (-1: not checked): HB_SCRIPT plays strictly. */
#define HR(k, t, want, code, why, next) { 'r', k, 0, 0, t, want, code, why, next }
#define HS(k, t, want, code, why, next) { 's', k, 0, 0, t, want, code, why, next }
#define HRA(k, arg, t, want, next) { 'r', k, arg, 0, t, want, 0, NULL, next }
#define HSA(k, arg, t, want, next) { 's', k, arg, 0, t, want, 0, NULL, next }
#define HP(t, want, code, why, next) { 'p', 0, 0, 0, t, want, code, why, next }
#define HB_DUE "heartbeat due"
#define HB_REQ "heartbeat requested"
#define HB_ACK "heartbeat to acknowledge"
#define NO_ACK "no heartbeat ack in time"
#define NO_HB "no heartbeat in time"
#define FAR 100000000u

#define HB_SCRIPT(name, p, side, ...) do { static const step st_[] = { __VA_ARGS__ }; \
    play(name, p, side, st_, (int)(sizeof st_ / sizeof st_[0]), 1); } while (0)

static void test_heartbeat_timing(void)
{
    const gw_side C = GW_SIDE_CLIENT, Sv = GW_SIDE_SERVER;
    /* microservice client, interval 2500: hello at 0, the first heartbeat at 2500, acked */
#define MS_C_UP HRA(GW_MS_HELLO, 2500, 0, OK, 2500), HSA(GW_MS_IDENTIFY, GW_MS_SERVICE_FEEDS, 1, OK, 2500), \
    HR(GW_MS_IDENTIFIED, 2, OK, 0, NULL, 2500), HP(2500, HB, 0, HB_DUE, 2500), HS(GW_MS_HEARTBEAT, 2500, OK, 0, NULL, 5000), \
    HR(GW_MS_HEARTBEAT_ACK, 2600, OK, 0, NULL, 5000), HP(4999, OK, 0, NULL, 5000)
    /* issue 22's sequence: due at 5000, a request at 5000 answered by a second heartbeat, one ack
       at 6000: the second ack is still due at 7500, and poll at 7500 closes, not "heartbeat due" */
    HB_SCRIPT("ms client: the issue's sequence closes at 7500", GW_PROTO_MS, C, MS_C_UP,
        HP(5000, HB, 0, HB_DUE, 5000), HS(GW_MS_HEARTBEAT, 5000, OK, 0, NULL, 7500),
        HR(GW_MS_HEARTBEAT_REQUEST, 5000, HB, 0, HB_REQ, 7500), HS(GW_MS_HEARTBEAT, 5000, OK, 0, NULL, 7500),
        HP(5000, OK, 0, NULL, 7500), HR(GW_MS_HEARTBEAT_ACK, 6000, OK, 0, NULL, 7500), HP(7499, OK, 0, NULL, 7500),
        HP(7500, TMO, 1008, NO_ACK, 0), HP(10000, TMO, 1008, NO_ACK, 0));
    HB_SCRIPT("ms client: the second ack at 7500 is late", GW_PROTO_MS, C, MS_C_UP,
        HS(GW_MS_HEARTBEAT, 5000, OK, 0, NULL, 7500), HR(GW_MS_HEARTBEAT_REQUEST, 5000, HB, 0, HB_REQ, 7500),
        HS(GW_MS_HEARTBEAT, 5000, OK, 0, NULL, 7500), HR(GW_MS_HEARTBEAT_ACK, 6000, OK, 0, NULL, 7500),
        HR(GW_MS_HEARTBEAT_ACK, 7500, TMO, 1008, NO_ACK, 0));
    HB_SCRIPT("ms client: both acks in time", GW_PROTO_MS, C, MS_C_UP,
        HS(GW_MS_HEARTBEAT, 5000, OK, 0, NULL, 7500), HR(GW_MS_HEARTBEAT_REQUEST, 5000, HB, 0, HB_REQ, 7500),
        HS(GW_MS_HEARTBEAT, 5000, OK, 0, NULL, 7500), HR(GW_MS_HEARTBEAT_ACK, 6000, OK, 0, NULL, 7500),
        HR(GW_MS_HEARTBEAT_ACK, 7499, OK, 0, NULL, 7500), HP(7500, HB, 0, HB_DUE, 7500),
        HS(GW_MS_HEARTBEAT, 7500, OK, 0, NULL, 10000), HR(GW_MS_HEARTBEAT_ACK, 7600, OK, 0, NULL, 10000),
        HR(GW_MS_HEARTBEAT_ACK, 7700, VIO, 1002, "heartbeat ack without a heartbeat", 0));
    /* the request first, then the due heartbeat, same tick: one frame answers both, one ack */
    HB_SCRIPT("ms client: a request before the due heartbeat takes one frame", GW_PROTO_MS, C, MS_C_UP,
        HR(GW_MS_HEARTBEAT_REQUEST, 5000, HB, 0, HB_REQ, 5000), HP(5000, HB, 0, HB_REQ, 5000),
        HS(GW_MS_HEARTBEAT, 5000, OK, 0, NULL, 7500), HP(5000, OK, 0, NULL, 7500),
        HR(GW_MS_HEARTBEAT_ACK, 5100, OK, 0, NULL, 7500), HP(7500, HB, 0, HB_DUE, 7500),
        HR(GW_MS_HEARTBEAT_ACK, 7500, VIO, 1002, "heartbeat ack without a heartbeat", 0));
    /* a requested heartbeat restarts the schedule but not the older heartbeat's deadline: requests
       cannot keep a client alive that gets no acks */
    HB_SCRIPT("ms client: a later request does not move the older deadline", GW_PROTO_MS, C, MS_C_UP,
        HS(GW_MS_HEARTBEAT, 5000, OK, 0, NULL, 7500), HR(GW_MS_HEARTBEAT_REQUEST, 6000, HB, 0, HB_REQ, 7500),
        HS(GW_MS_HEARTBEAT, 6000, OK, 0, NULL, 7500), HP(7499, OK, 0, NULL, 7500), HP(7500, TMO, 1008, NO_ACK, 0));
    HB_SCRIPT("ms client: each heartbeat keeps its own deadline", GW_PROTO_MS, C, MS_C_UP,
        HS(GW_MS_HEARTBEAT, 5000, OK, 0, NULL, 7500), HR(GW_MS_HEARTBEAT_REQUEST, 6000, HB, 0, HB_REQ, 7500),
        HS(GW_MS_HEARTBEAT, 6000, OK, 0, NULL, 7500), HR(GW_MS_HEARTBEAT_ACK, 6100, OK, 0, NULL, 8500),
        HP(8499, OK, 0, NULL, 8500), HP(8500, TMO, 1008, NO_ACK, 0));
    /* four waiting: every deadline exact; six waiting: after the third, they share the newest's
       deadline (4000 where the fourth's own is 3800: late, never early) */
    HB_SCRIPT("ms client: four waiting heartbeats, exact", GW_PROTO_MS, C,
        HRA(GW_MS_HELLO, 2500, 0, OK, 2500), HSA(GW_MS_IDENTIFY, GW_MS_SERVICE_FEEDS, 1, OK, 2500),
        HS(GW_MS_HEARTBEAT, 1000, OK, 0, NULL, 3500), HS(GW_MS_HEARTBEAT, 1100, OK, 0, NULL, 3500),
        HS(GW_MS_HEARTBEAT, 1200, OK, 0, NULL, 3500), HS(GW_MS_HEARTBEAT, 1300, OK, 0, NULL, 3500),
        HR(GW_MS_HEARTBEAT_ACK, 1400, OK, 0, NULL, 3600), HR(GW_MS_HEARTBEAT_ACK, 1500, OK, 0, NULL, 3700),
        HR(GW_MS_HEARTBEAT_ACK, 1600, OK, 0, NULL, 3800), HP(3799, OK, 0, NULL, 3800), HP(3800, TMO, 1008, NO_ACK, 0));
    HB_SCRIPT("ms client: six waiting heartbeats, the ring's rule", GW_PROTO_MS, C,
        HRA(GW_MS_HELLO, 2500, 0, OK, 2500), HSA(GW_MS_IDENTIFY, GW_MS_SERVICE_FEEDS, 1, OK, 2500),
        HS(GW_MS_HEARTBEAT, 1000, OK, 0, NULL, 3500), HS(GW_MS_HEARTBEAT, 1100, OK, 0, NULL, 3500),
        HS(GW_MS_HEARTBEAT, 1200, OK, 0, NULL, 3500), HS(GW_MS_HEARTBEAT, 1300, OK, 0, NULL, 3500),
        HS(GW_MS_HEARTBEAT, 1400, OK, 0, NULL, 3500), HS(GW_MS_HEARTBEAT, 1500, OK, 0, NULL, 3500),
        HR(GW_MS_HEARTBEAT_ACK, 1600, OK, 0, NULL, 3600), HR(GW_MS_HEARTBEAT_ACK, 1700, OK, 0, NULL, 3700),
        HR(GW_MS_HEARTBEAT_ACK, 1800, OK, 0, NULL, 4000), HR(GW_MS_HEARTBEAT_ACK, 1900, OK, 0, NULL, 4000),
        HP(3999, OK, 0, NULL, 4000), HP(4000, TMO, 1008, NO_ACK, 0));
#undef MS_C_UP
    /* the same sequence seen by the microservice server: it owes one ack per heartbeat, the
       verdict asks for it until sent; its own deadline is the client's silence, 2 * interval after
       the last heartbeat (4007) */
    HB_SCRIPT("ms server: two heartbeats owe two acks", GW_PROTO_MS, Sv,
        HSA(GW_MS_HELLO, 2500, 0, OK, 5000), HRA(GW_MS_IDENTIFY, GW_MS_SERVICE_FEEDS, 1, OK, 5000),
        HS(GW_MS_IDENTIFIED, 2, OK, 0, NULL, 5000), HR(GW_MS_HEARTBEAT, 2500, HB, 0, HB_ACK, 7500),
        HS(GW_MS_HEARTBEAT_ACK, 2500, OK, 0, NULL, 7500), HR(GW_MS_HEARTBEAT, 5000, HB, 0, HB_ACK, 10000),
        HS(GW_MS_HEARTBEAT_REQUEST, 5000, HB, 0, HB_ACK, 10000), HR(GW_MS_HEARTBEAT, 5000, HB, 0, HB_ACK, 10000),
        HS(GW_MS_HEARTBEAT_ACK, 6000, HB, 0, HB_ACK, 10000), HP(7500, HB, 0, HB_ACK, 10000),
        HS(GW_MS_HEARTBEAT_ACK, 7500, OK, 0, NULL, 10000), HP(9999, OK, 0, NULL, 10000), HP(10000, TMO, 4007, NO_HB, 0));
    HB_SCRIPT("ms server: an ack too many", GW_PROTO_MS, Sv,
        HSA(GW_MS_HELLO, 2500, 0, OK, 5000), HR(GW_MS_HEARTBEAT, 4000, HB, 0, HB_ACK, 9000),
        HS(GW_MS_HEARTBEAT_ACK, 4000, OK, 0, NULL, 9000), HS(GW_MS_HEARTBEAT_ACK, 4000, VIO, 1002, "heartbeat ack without a heartbeat", 0));
    /* i386chat (hb_int 2500, from READY) has no request: the second heartbeat is the client's own;
       one echo at 6000 leaves the other's due at 7500 (4001) */
    HB_SCRIPT("i386 client: two heartbeats, one echo", GW_PROTO_I386, C,
        HRA(GW_I386_HELLO, 2500, 0, OK, 0), HS(GW_I386_PRESENT, 0, OK, 0, NULL, 0), HR(GW_I386_READY, 0, OK, 0, NULL, 2500),
        HP(2500, HB, 0, HB_DUE, 2500), HS(GW_I386_HEARTBEAT, 2500, OK, 0, NULL, 5000), HR(GW_I386_HEARTBEAT, 2600, OK, 0, NULL, 5000),
        HP(5000, HB, 0, HB_DUE, 5000), HS(GW_I386_HEARTBEAT, 5000, OK, 0, NULL, 7500), HS(GW_I386_HEARTBEAT, 5000, OK, 0, NULL, 7500),
        HR(GW_I386_HEARTBEAT, 6000, OK, 0, NULL, 7500), HP(7499, OK, 0, NULL, 7500), HP(7500, TMO, 4001, NO_ACK, 0));
    HB_SCRIPT("i386 server: two heartbeats owe two echoes", GW_PROTO_I386, Sv,
        HSA(GW_I386_HELLO, 2500, 0, OK, 0), HR(GW_I386_PRESENT, 0, OK, 0, NULL, 0), HS(GW_I386_READY, 0, OK, 0, NULL, 5000),
        HR(GW_I386_HEARTBEAT, 2500, HB, 0, HB_ACK, 7500), HS(GW_I386_HEARTBEAT, 2500, OK, 0, NULL, 7500),
        HR(GW_I386_HEARTBEAT, 5000, HB, 0, HB_ACK, 10000), HR(GW_I386_HEARTBEAT, 5000, HB, 0, HB_ACK, 10000),
        HS(GW_I386_HEARTBEAT, 6000, HB, 0, HB_ACK, 10000), HP(7500, HB, 0, HB_ACK, 10000),
        HS(GW_I386_HEARTBEAT, 7500, OK, 0, NULL, 10000), HP(9999, OK, 0, NULL, 10000), HP(10000, TMO, 4001, NO_HB, 0));
    /* shard-master publishes no interval: pings are counted, one pong each, but nothing times out */
    HB_SCRIPT("sm client: two pings, pongs whenever", GW_PROTO_SM, C,
        HS(GW_SM_REGISTER, 0, OK, 0, NULL, 0), HR(GW_SM_READY, 1, OK, 0, NULL, 0), HS(GW_SM_PING, 5000, OK, 0, NULL, 0),
        HS(GW_SM_PING, 5000, OK, 0, NULL, 0), HR(GW_SM_PONG, 6000, OK, 0, NULL, 0), HP(7500, OK, 0, NULL, 0),
        HP(FAR, OK, 0, NULL, 0), HR(GW_SM_PONG, FAR, OK, 0, NULL, 0),
        HR(GW_SM_PONG, FAR, VIO, 1002, "heartbeat ack without a heartbeat", 0));
    HB_SCRIPT("sm server: two pings owe two pongs", GW_PROTO_SM, Sv,
        HR(GW_SM_REGISTER, 0, OK, 0, NULL, 0), HS(GW_SM_READY, 1, OK, 0, NULL, 0), HR(GW_SM_PING, 5000, HB, 0, HB_ACK, 0),
        HR(GW_SM_PING, 5000, HB, 0, HB_ACK, 0), HS(GW_SM_PONG, 6000, HB, 0, HB_ACK, 0), HP(7500, HB, 0, HB_ACK, 0),
        HS(GW_SM_PONG, 7500, OK, 0, NULL, 0), HP(FAR, OK, 0, NULL, 0),
        HS(GW_SM_PONG, FAR, VIO, 1002, "heartbeat ack without a heartbeat", 0));
    /* dmod: the server's op 3 is the request and the client's op 4 the answer, one per op 3, never
       acked; no interval, no timer */
#define DMOD_C_UP HR(GW_DMOD_REQUEST_AUTH, 0, OK, 0, NULL, 0), HS(GW_DMOD_AUTHENTICATE, 1, OK, 0, NULL, 0), \
    HR(GW_DMOD_AUTH_PASS, 2, OK, 0, NULL, 0)
    HB_SCRIPT("dmod client: two op 3 owe two op 4", GW_PROTO_DMOD, C, DMOD_C_UP,
        HR(GW_DMOD_HEARTBEAT, 5000, HB, 0, HB_REQ, 0), HR(GW_DMOD_HEARTBEAT, 5000, HB, 0, HB_REQ, 0),
        HS(GW_DMOD_HEARTBEAT_BACK, 6000, HB, 0, HB_REQ, 0), HP(7500, HB, 0, HB_REQ, 0), HP(FAR, HB, 0, HB_REQ, 0),
        HS(GW_DMOD_HEARTBEAT_BACK, FAR, OK, 0, NULL, 0),
        HS(GW_DMOD_HEARTBEAT_BACK, FAR, VIO, 1002, "heartbeat answer without a request", 0));
#undef DMOD_C_UP
    HB_SCRIPT("dmod server: answers whenever", GW_PROTO_DMOD, Sv,
        HS(GW_DMOD_REQUEST_AUTH, 0, OK, 0, NULL, 0), HR(GW_DMOD_AUTHENTICATE, 1, OK, 0, NULL, 0), HS(GW_DMOD_AUTH_PASS, 2, OK, 0, NULL, 0),
        HS(GW_DMOD_HEARTBEAT, 5000, OK, 0, NULL, 0), HS(GW_DMOD_HEARTBEAT, 5000, OK, 0, NULL, 0),
        HR(GW_DMOD_HEARTBEAT_BACK, 6000, OK, 0, NULL, 0), HP(7500, OK, 0, NULL, 0), HP(FAR, OK, 0, NULL, 0),
        HR(GW_DMOD_HEARTBEAT_BACK, FAR, OK, 0, NULL, 0),
        HR(GW_DMOD_HEARTBEAT_BACK, FAR, VIO, 1002, "heartbeat answer without a request", 0));
    /* Nightingale has no heartbeat: nothing owed, no timer */
    HB_SCRIPT("ng: no heartbeats", GW_PROTO_NG, C, HR(GW_NG_READY, 0, OK, 0, NULL, 0), HP(FAR, OK, 0, NULL, 0));
}
#undef HR
#undef HS
#undef HRA
#undef HSA
#undef HP
#undef HB_DUE
#undef HB_REQ
#undef HB_ACK
#undef NO_ACK
#undef NO_HB
#undef FAR

/* D-54a: gw_session_set_wire(&s, GW_WIRE_ORIGINAL) adds the original dmod server's rules on what
   the client sends (on_recv on a server side, on_send on a client side), closing with 1000 and the
   original's reason; the default (the seed's rules) accepts the same messages. */
static gw_session_verdict dmod_up(gw_session *s, gw_side side, int wire, const gw_dmod_msg *auth)
{
    gw_dmod_msg m;
    gw_session_verdict v;
    gw_dmod_session_init(s, side, 0);
    if (wire) gw_session_set_wire(s, GW_WIRE_ORIGINAL);
    memset(&m, 0, sizeof m);
    m.kind = GW_DMOD_REQUEST_AUTH;
    v = side == GW_SIDE_SERVER ? gw_dmod_session_on_send(s, &m, 1) : gw_dmod_session_on_recv(s, &m, 1);
    CHECK_EQ(v.action, GW_VERDICT_OK);
    v = side == GW_SIDE_SERVER ? gw_dmod_session_on_recv(s, auth, 2) : gw_dmod_session_on_send(s, auth, 2);
    if (v.action != GW_VERDICT_OK) return v;
    m.kind = GW_DMOD_AUTH_PASS;
    return side == GW_SIDE_SERVER ? gw_dmod_session_on_send(s, &m, 3) : gw_dmod_session_on_recv(s, &m, 3);
}

static void test_dmod_original_wire(void)
{
    static const char *const AUTH_REASON = "Invalid formating of authentication", *const GID_REASON = "empty gid";
    gw_session s;
    gw_session_verdict v;
    gw_dmod_msg auth, cmd;
    int side, wire;
    memset(&auth, 0, sizeof auth);
    auth.kind = GW_DMOD_AUTHENTICATE;
    /* (token, null): the seed's own example (D-54), refused by the original */
    auth.u.auth.has_token = 1; auth.u.auth.token = gw_str_c("tok");
    v = dmod_up(&s, GW_SIDE_SERVER, 0, &auth);
    CHECK_EQ(v.action, GW_VERDICT_OK); /* the default: the seed's rules */
    v = dmod_up(&s, GW_SIDE_SERVER, 1, &auth);
    CHECK_EQ(v.action, GW_VIOLATION);
    CHECK_EQ(v.close_code, 1000);
    CHECK(v.reason && !strcmp(v.reason, AUTH_REASON));
    v = gw_dmod_session_poll(&s, 10); /* sticky */
    CHECK(v.action == GW_VIOLATION && v.close_code == 1000 && v.reason && !strcmp(v.reason, AUTH_REASON));
    v = dmod_up(&s, GW_SIDE_CLIENT, 1, &auth); /* a client side checks what it sends, and is told which rule (D-64) */
    CHECK(v.action == GW_VIOLATION && v.close_code == 1000 && v.reason &&
          !strcmp(v.reason, "AUTHENTICATE with token without uid: token and uid must be both null or both non-empty (D-54a)"));
    v = dmod_up(&s, GW_SIDE_CLIENT, 0, &auth);
    CHECK_EQ(v.action, GW_VERDICT_OK);
    /* ("", uid) and (token, "") are refused; (null, null) and (token, uid) pass */
    auth.u.auth.has_uid = 1; auth.u.auth.uid = gw_str_c("110373943822540801");
    auth.u.auth.token = gw_str_c("");
    v = dmod_up(&s, GW_SIDE_SERVER, 1, &auth);
    CHECK(v.action == GW_VIOLATION && v.close_code == 1000 && v.reason && !strcmp(v.reason, AUTH_REASON));
    auth.u.auth.token = gw_str_c("tok"); auth.u.auth.uid = gw_str_c("");
    v = dmod_up(&s, GW_SIDE_SERVER, 1, &auth);
    CHECK(v.action == GW_VIOLATION && v.close_code == 1000);
    auth.u.auth.uid = gw_str_c("110373943822540801");
    for (side = GW_SIDE_CLIENT; side <= GW_SIDE_SERVER; side++)
        for (wire = 0; wire < 2; wire++) {
            CHECK_EQ(dmod_up(&s, (gw_side)side, wire, &auth).action, GW_VERDICT_OK);
            memset(&auth.u, 0, sizeof auth.u);
            CHECK_EQ(dmod_up(&s, (gw_side)side, wire, &auth).action, GW_VERDICT_OK);
            auth.u.auth.has_token = 1; auth.u.auth.token = gw_str_c("tok");
            auth.u.auth.has_uid = 1; auth.u.auth.uid = gw_str_c("110373943822540801");
        }
    /* commands (D-54a): CONNECT_GUILD with an empty gid or token, DESCONNECT_GUILD with an empty gid */
    for (side = GW_SIDE_CLIENT; side <= GW_SIDE_SERVER; side++)
        for (wire = 0; wire < 2; wire++) {
            int k;
            for (k = 0; k < 4; k++) {
                memset(&cmd, 0, sizeof cmd);
                cmd.kind = k < 3 ? GW_DMOD_CMD_CONNECT_GUILD : GW_DMOD_CMD_DISCONNECT_GUILD;
                if (k == 0) { cmd.u.connect_guild.token = gw_str_c("0123456789"); }                   /* empty gid */
                if (k == 1) { cmd.u.connect_guild.gid = gw_str_c("728814703266234435"); }             /* empty token */
                if (k == 2) { cmd.u.connect_guild.token = gw_str_c("0"); cmd.u.connect_guild.gid = gw_str_c("1"); } /* fine */
                t_case_begin(k == 0 ? "connect, empty gid" : k == 1 ? "connect, empty token" : k == 2 ? "connect" : "desconnect, empty gid");
                CHECK_EQ(dmod_up(&s, (gw_side)side, wire, &auth).action, GW_VERDICT_OK);
                v = side == GW_SIDE_SERVER ? gw_dmod_session_on_recv(&s, &cmd, 10) : gw_dmod_session_on_send(&s, &cmd, 10);
                if (!wire || k == 2) CHECK_EQ(v.action, GW_VERDICT_OK);
                else if (side == GW_SIDE_SERVER) /* the original's close reason, as it sends it */
                    CHECK(v.action == GW_VIOLATION && v.close_code == 1000 && v.reason && !strcmp(v.reason, k == 3 ? GID_REASON : AUTH_REASON));
                else /* a client is told which rule (D-64) */
                    CHECK(v.action == GW_VIOLATION && v.close_code == 1000 && v.reason &&
                          !strcmp(v.reason, k == 0 ? "CONNECT_GUILD with an empty gid (D-54a)" : k == 1 ? "CONNECT_GUILD with an empty token (D-54a)"
                                                   : "DESCONNECT_GUILD with an empty gid (D-54a, this codec's rule)"));
                t_case_end();
            }
        }
    /* D-61: a client's op 4 and op 7 close 1000 "Unknown data" in the original's mode, in every phase
       (main.ts's default: branch looks at no authentication state), before the table: even an op 4
       that answers an op 3 (which the original never sends) */
    {
        static const gw_dmod_kind no_case[] = { GW_DMOD_HEARTBEAT_BACK, GW_DMOD_CMD_APPLICATION_SESSION, GW_DMOD_CMD_APPLICATION_SESSION_END,
                                                GW_DMOD_CMD_APPLICATION_SESSION_REAUTH, GW_DMOD_CMD_APPLICATION_SESSION_HB_M };
        static const gw_dmod_kind before[] = { GW_DMOD_NONE, GW_DMOD_REQUEST_AUTH, GW_DMOD_AUTHENTICATE, GW_DMOD_AUTH_PASS, GW_DMOD_HEARTBEAT };
        size_t k, ph, j;
        for (side = GW_SIDE_CLIENT; side <= GW_SIDE_SERVER; side++)
            for (wire = 0; wire < 2; wire++)
                for (k = 0; k < sizeof no_case / sizeof no_case[0]; k++)
                    for (ph = 0; ph < sizeof before / sizeof before[0]; ph++) {
                        int ok = 1;
                        gw_dmod_session_init(&s, (gw_side)side, 0);
                        if (wire) gw_session_set_wire(&s, GW_WIRE_ORIGINAL);
                        for (j = 1; j <= ph; j++) { /* the handshake up to this phase */
                            memset(&cmd, 0, sizeof cmd);
                            cmd.kind = before[j];
                            v = (gw_kind_from(GW_PROTO_DMOD, (int)before[j]) == GW_FROM_CLIENT) == (side == GW_SIDE_CLIENT)
                                ? gw_dmod_session_on_send(&s, &cmd, j) : gw_dmod_session_on_recv(&s, &cmd, j);
                            ok &= v.action == GW_VERDICT_OK || v.action == GW_SEND_HEARTBEAT; /* a client owes op 4 after op 3 */
                        }
                        CHECK(ok);
                        memset(&cmd, 0, sizeof cmd);
                        cmd.kind = no_case[k];
                        v = side == GW_SIDE_SERVER ? gw_dmod_session_on_recv(&s, &cmd, 10) : gw_dmod_session_on_send(&s, &cmd, 10);
                        if (wire) {
                            if (!(v.action == GW_VIOLATION && v.close_code == 1000 && v.reason && !strcmp(v.reason, "Unknown data")))
                                t_failf(__FILE__, __LINE__, "%s side %d after %u: %d/%d %s", gw_kind_name(GW_PROTO_DMOD, (int)no_case[k]),
                                        side, (unsigned)ph, (int)v.action, v.close_code, v.reason ? v.reason : "-");
                            v = gw_dmod_session_poll(&s, 11); /* sticky */
                            CHECK(v.action == GW_VIOLATION && v.close_code == 1000);
                        } else { /* the seed's rules: the table decides (1008 before auth, op 4 only for an op 3) */
                            int want = ph < 3 ? 1008 : no_case[k] == GW_DMOD_HEARTBEAT_BACK && ph == 3 ? 1002 : 0;
                            if (want) CHECK(v.action == GW_VIOLATION && v.close_code == want);
                            else CHECK(v.action == GW_VERDICT_OK || v.action == GW_SEND_HEARTBEAT);
                        }
                    }
    }
    /* the table comes first: an AUTHENTICATE nobody asked for is 1008, whatever its content */
    gw_dmod_session_init(&s, GW_SIDE_SERVER, 0);
    gw_session_set_wire(&s, GW_WIRE_ORIGINAL);
    memset(&auth, 0, sizeof auth);
    auth.kind = GW_DMOD_AUTHENTICATE;
    auth.u.auth.has_token = 1; auth.u.auth.token = gw_str_c("tok");
    CHECK_EQ(gw_dmod_session_on_recv(&s, &auth, 0).close_code, 1008);
    /* server messages are not the client's: a client side hears them unchecked */
    memset(&auth, 0, sizeof auth);
    auth.kind = GW_DMOD_AUTHENTICATE;
    CHECK_EQ(dmod_up(&s, GW_SIDE_CLIENT, 1, &auth).action, GW_VERDICT_OK);
    memset(&cmd, 0, sizeof cmd);
    cmd.kind = GW_DMOD_EV_GUILD_PRIVILEGE_UPDATE; /* empty strings everywhere */
    CHECK_EQ(gw_dmod_session_on_recv(&s, &cmd, 20).action, GW_VERDICT_OK);
    /* init resets the wire to the seed's rules; an unknown wire value is the seed's */
    gw_dmod_session_init(&s, GW_SIDE_SERVER, 0);
    gw_session_set_wire(&s, GW_WIRE_ORIGINAL);
    gw_dmod_session_init(&s, GW_SIDE_SERVER, 0);
    auth.u.auth.has_token = 1; auth.u.auth.token = gw_str_c("tok");
    CHECK_EQ(dmod_up(&s, GW_SIDE_SERVER, 0, &auth).action, GW_VERDICT_OK);
    gw_dmod_session_init(&s, GW_SIDE_SERVER, 0);
    gw_session_set_wire(&s, (gw_wire)9);
    CHECK_EQ(s.wire, GW_WIRE_SEED);
    gw_session_set_wire(NULL, GW_WIRE_ORIGINAL); /* no session: nothing happens */
    /* other protocols have no original-only rules: the Nightingale voice updates pass either way */
    {
        gw_ng_msg n;
        gw_ng_session_init(&s, GW_SIDE_SERVER, 0);
        gw_session_set_wire(&s, GW_WIRE_ORIGINAL);
        memset(&n, 0, sizeof n);
        n.kind = GW_NG_READY;
        CHECK_EQ(gw_ng_session_on_send(&s, &n, 0).action, GW_VERDICT_OK);
        n.kind = GW_NG_UPDATE_VOICE_STATE; /* zero ids: the checker looks at the order only */
        CHECK_EQ(gw_ng_session_on_recv(&s, &n, 1).action, GW_VERDICT_OK);
    }
}

/* D-40 (revised): the Nightingale voice updates through decode and the checker, from the vectors */
static void test_ng_voice_vectors(void)
{
    static const char *const files[] = { "nightingale_client_orig_update_voice_state.json", "nightingale_client_orig_update_voice_server.json" };
    static unsigned char scr[1 << 14];
    gw_session srv, cli, early;
    gw_ng_msg m;
    gw_error e;
    size_t i;
    gw_ng_session_init(&srv, GW_SIDE_SERVER, 0);
    gw_ng_session_init(&cli, GW_SIDE_CLIENT, 0);
    gw_ng_session_init(&early, GW_SIDE_SERVER, 0);
    memset(&m, 0, sizeof m);
    m.kind = GW_NG_READY;
    CHECK_EQ(gw_ng_session_on_send(&srv, &m, 0).action, GW_VERDICT_OK);
    CHECK_EQ(gw_ng_session_on_recv(&cli, &m, 0).action, GW_VERDICT_OK);
    for (i = 0; i < 2; i++) {
        size_t n;
        char *buf;
        gw_session_verdict v;
        if ((buf = t_vector(files[i], &n)) == NULL) { t_failf(__FILE__, __LINE__, "cannot read %s", files[i]); continue; }
        CHECK_ERR(gw_ng_decode(buf, n, GW_FROM_CLIENT, &m, scr, sizeof scr, &e), GW_OK);
        CHECK_EQ(gw_ng_session_on_recv(&srv, &m, 1 + i).action, GW_VERDICT_OK);
        CHECK_EQ(gw_ng_session_on_send(&cli, &m, 1 + i).action, GW_VERDICT_OK);
        v = gw_ng_session_on_recv(&early, &m, 1); /* before ready */
        CHECK(v.action == GW_VIOLATION && v.close_code == 1002);
        gw_ng_session_init(&early, GW_SIDE_SERVER, 0);
        free(buf);
    }
}

/* Frames that do not decode, and the real vectors through decode + checker */
static void test_errors_and_vectors(void)
{
    gw_session s;
    gw_error e;
    gw_session_verdict v;
    static unsigned char scratch[1 << 14];
    static const char *const seq[] = { "i386chat_server_hello.json", "i386chat_client_present.json", "i386chat_server_ready.json",
                                       "i386chat_client_heartbeat.json", "i386chat_server_heartbeat.json" };
    int i;
    memset(&e, 0, sizeof e);
    e.code = GW_ERR_UNKNOWN_OP;
    gw_ms_session_init(&s, GW_SIDE_SERVER, 0);
    v = gw_ms_session_on_error(&s, &e, 1);
    CHECK(v.action == GW_VIOLATION && v.close_code == 4003);
    e.code = GW_ERR_JSON;
    gw_ms_session_init(&s, GW_SIDE_SERVER, 0);
    CHECK_EQ(gw_ms_session_on_error(&s, &e, 1).close_code, 4004);
    e.code = GW_ERR_MISSING;
    gw_ms_session_init(&s, GW_SIDE_SERVER, 0);
    CHECK_EQ(gw_ms_session_on_error(&s, &e, 1).close_code, 4005);
    e.code = GW_ERR_TOO_LARGE;
    gw_i386_session_init(&s, GW_SIDE_SERVER, 0);
    CHECK_EQ(gw_i386_session_on_error(&s, &e, 1).close_code, 4000);
    gw_i386_session_init(&s, GW_SIDE_CLIENT, 0);
    CHECK_EQ(gw_i386_session_on_error(&s, &e, 1).close_code, 1009);
    e.code = GW_ERR_VALUE;
    gw_dmod_session_init(&s, GW_SIDE_SERVER, 0);
    CHECK_EQ(gw_dmod_session_on_error(&s, &e, 1).close_code, 1002);
    /* sessions of one protocol refuse another's functions */
    gw_dmod_session_init(&s, GW_SIDE_SERVER, 0);
    CHECK_EQ(gw_i386_session_poll(&s, 0).close_code, 1011);
    /* the i386chat handshake from the vectors, hb_int taken from the decoded hello */
    gw_i386_session_init(&s, GW_SIDE_CLIENT, 0);
    for (i = 0; i < 5; i++) {
        size_t n;
        char *buf;
        gw_i386_msg m;
        gw_from from = strstr(seq[i], "_client_") ? GW_FROM_CLIENT : GW_FROM_SERVER;
        if ((buf = t_vector(seq[i], &n)) == NULL) exit(2);
        CHECK_ERR(gw_i386_decode(buf, n, from, &m, scratch, sizeof scratch, &e), GW_OK);
        v = from == GW_FROM_CLIENT ? gw_i386_session_on_send(&s, &m, (uint64_t)i * 100) : gw_i386_session_on_recv(&s, &m, (uint64_t)i * 100);
        CHECK_EQ(v.action, GW_VERDICT_OK);
        free(buf);
    }
    CHECK_EQ(s.interval_ms, 20000);
    v = gw_i386_session_poll(&s, 300 + 19999);
    CHECK_EQ(v.action, GW_VERDICT_OK);
    CHECK_EQ(v.next_deadline_ms, 300 + 20000);
    CHECK_EQ(gw_i386_session_poll(&s, 300 + 20000).action, GW_SEND_HEARTBEAT);
}

/* ---- the reference model: the same rules, written out per protocol ---- */
typedef struct model {
    int phase, owed, pending_ack, timers, service, cmd[2], has_seq[3], dead, dead_code;
    int wire; /* dmod: gw_session_set_wire(GW_WIRE_ORIGINAL), D-54a */
    gw_verdict dead_action;
    uint32_t interval, seq[3];
    uint64_t last;
    uint64_t due[256]; /* D-70: each unacknowledged heartbeat's ack deadline, oldest first */
} model;

/* The protocols the model has rules for; test_property leaves the others to test_every_protocol */
static int model_knows(gw_proto p)
{
    return p == GW_PROTO_SM || p == GW_PROTO_I386 || p == GW_PROTO_MS || p == GW_PROTO_NG || p == GW_PROTO_DMOD;
}

/* 1 client, 2 server, 3 both: from the tables (gw_kind_from), never from enum order */
static int sender_of(gw_proto p, int k) { return (int)gw_kind_from(p, k); }

/* dmod's table in the model: violation code of message k (0: accepted; state updated) */
static int model_dmod(model *m, int k, int cl)
{
    int ph = m->phase;
    if (k == GW_DMOD_REQUEST_AUTH) { if (ph) return 1002; m->phase = 1; return 0; }
    if (k == GW_DMOD_AUTHENTICATE) { if (ph == 1) { m->phase = 2; return 0; } return ph == 3 ? 1002 : 1008; }
    if (k == GW_DMOD_AUTH_PASS) { if (ph != 2) return 1002; m->phase = 3; return 0; }
    if (cl && ph < 3) return 1008;
    if (!cl && ph < 3) return 1002;
    if (k == GW_DMOD_HEARTBEAT) { if (m->owed < 255) m->owed++; return 0; }
    if (k == GW_DMOD_HEARTBEAT_BACK) { if (!m->owed) return 1002; m->owed--; return 0; }
    if (k == GW_DMOD_CMD_CONNECT_GUILD || k == GW_DMOD_CMD_DISCONNECT_GUILD) { m->cmd[k == GW_DMOD_CMD_DISCONNECT_GUILD]++; return 0; }
    if (k == GW_DMOD_RESP_CONNECT_GUILD || k == GW_DMOD_RESP_DISCONNECT_GUILD) {
        int *c = &m->cmd[k == GW_DMOD_RESP_DISCONNECT_GUILD];
        if (!*c) return 1002;
        --*c;
    }
    return 0;
}

/* violation code of message k from `from` in the model's state (0: accepted; state updated) */
static int model_msg(gw_proto p, model *m, int k, int from, uint32_t arg, int flag, uint64_t now)
{
    int ph = m->phase, cl = from == 1;
    if (!(sender_of(p, k) & from)) return 1002;
    if (p == GW_PROTO_I386) {
        if (cl && ph < 2 && k != GW_I386_PRESENT) return 4005;
        if (k == GW_I386_HELLO) { if (ph != 0) return 1002; m->interval = arg; m->phase = 1; }
        else if (k == GW_I386_PRESENT) { if (ph == 0) return 1002; if (ph > 1) return 4004; m->phase = 2; }
        else if (k == GW_I386_READY) { if (ph != 2) return 1002; m->phase = 3; m->timers = 1; m->last = now; }
        else if (k == GW_I386_HEARTBEAT && cl) goto heartbeat;
        else if (k == GW_I386_HEARTBEAT) { if (ph < 2) return 1002; goto ack; }
        else if (i386_event(k) && !cl && ph != 3) return 1002;
        if (i386_event(k) && flag) {
            if (m->has_seq[from] && arg <= m->seq[from]) return cl ? 4004 : 1002;
            m->has_seq[from] = 1; m->seq[from] = arg;
        }
        return 0;
    }
    if (p == GW_PROTO_MS) {
        switch (k) {
        case GW_MS_HELLO: if (ph) return 1002; m->interval = arg; m->phase = 1; m->timers = 1; m->last = now; return 0;
        case GW_MS_IDENTIFY: if (!ph) return 1002; if (ph > 1) return 4002; m->phase = 2; m->service = (int)(arg % 5) + 1; return 0;
        case GW_MS_IDENTIFIED: if (ph != 2) return 1002; m->phase = 3; return 0;
        case GW_MS_CACHE: return ph < 2 ? 4000 : 0;
        case GW_MS_EXECUTE_COMMAND:
            if (!cl) return ph == 3 ? 0 : 1002;
            if (ph < 2) return 4000;
            return m->service == GW_MS_SERVICE_SHARDER + 1 ? 0 : 4006;
        case GW_MS_HEARTBEAT_REQUEST: if (!ph) return 1002; if (m->owed < 255) m->owed++; return 0;
        case GW_MS_HEARTBEAT_ACK: if (!ph) return 1002; goto ack;
        case GW_MS_HEARTBEAT:
            if (!ph) return 1002;
            if (m->service == GW_MS_SERVICE_SHARDER + 1 && !flag) return 4005;
            goto heartbeat;
        default: return 1002;
        }
    }
    if (p == GW_PROTO_NG) {
        if (k == GW_NG_READY) { if (ph) return 1002; m->phase = 1; return 0; }
        return ph ? 0 : 1002;
    }
    if (p == GW_PROTO_SM) {
        switch (k) {
        case GW_SM_REGISTER: if (ph) return 1002; m->phase = 1; return 0;
        case GW_SM_RESUME: if (ph) return 1002; m->phase = 2; return 0;
        case GW_SM_PING: if (!ph) return 1002; goto heartbeat;
        case GW_SM_PONG: goto ack;
        case GW_SM_READY: if (ph != 1) return 1002; m->phase = 3; return 0;
        case GW_SM_RESUMED: if (ph != 2) return 1002; m->phase = 3; return 0;
        case GW_SM_INVALID: if (ph != 1 && ph != 2) return 1002; m->phase = 0; return 0;
        case GW_SM_SHARD_INFO: case GW_SM_INTERACTION: return ph == 3 ? 0 : 1002;
        default: return 0; /* HELLO, ERROR, GATEWAY_ERROR */
        }
    }
    /* dmod: (wire original) the kinds the original server has no case for, in any phase (D-61); then
       the table, then the original server's rules on what the client sends (D-54a) */
    {
        int code;
        if (m->wire && cl && (k == GW_DMOD_HEARTBEAT_BACK || k == GW_DMOD_CMD_APPLICATION_SESSION || k == GW_DMOD_CMD_APPLICATION_SESSION_END ||
                              k == GW_DMOD_CMD_APPLICATION_SESSION_REAUTH || k == GW_DMOD_CMD_APPLICATION_SESSION_HB_M))
            return 1000;
        code = model_dmod(m, k, cl);
        if (!code && m->wire && cl && ((k == GW_DMOD_AUTHENTICATE && arg % 3 == 2) ||
                                       ((k == GW_DMOD_CMD_CONNECT_GUILD || k == GW_DMOD_CMD_DISCONNECT_GUILD) && !flag)))
            code = 1000;
        return code;
    }
heartbeat: /* D-70: one ack owed per heartbeat, due `interval` after it; when four or more wait,
              every one after the third takes the new heartbeat's deadline */
    {
        int j;
        for (j = 3; j < m->pending_ack; j++) m->due[j] = now + m->interval;
        if (m->pending_ack < 255) m->due[m->pending_ack++] = now + m->interval;
    }
    m->owed = 0; /* it answers every request so far */
    m->last = now;
    return 0;
ack: /* the oldest waiting heartbeat is acknowledged */
    if (!m->pending_ack) return 1002;
    memmove(m->due, m->due + 1, (size_t)(--m->pending_ack) * sizeof m->due[0]);
    return 0;
}

static gw_session_verdict model_step(gw_proto p, gw_side side, model *m, int op, int k, uint32_t arg, int flag, uint64_t now)
{
    gw_session_verdict v;
    int client = side == GW_SIDE_CLIENT, code;
    int ctimeout = p == GW_PROTO_I386 ? 4001 : 1008, stimeout = p == GW_PROTO_I386 ? 4001 : p == GW_PROTO_MS ? 4007 : 1008;
    memset(&v, 0, sizeof v);
    if (m->dead) { v.action = m->dead_action; v.close_code = m->dead_code; return v; }
    if (m->interval && client && m->pending_ack && now >= m->due[0]) { code = ctimeout; v.action = GW_TIMEOUT; goto die; }
    if (m->interval && !client && m->timers && now >= m->last + 2ull * m->interval) { code = stimeout; v.action = GW_TIMEOUT; goto die; }
    if (op != 'p') {
        int from = op == 'r' ? (client ? 2 : 1) : (client ? 1 : 2);
        code = model_msg(p, m, k, from, arg, flag, now);
        if (code) { v.action = GW_VIOLATION; goto die; }
    }
    if (client) {
        if (m->interval && m->timers) v.next_deadline_ms = m->last + m->interval;
        if (m->interval && m->pending_ack && (!v.next_deadline_ms || m->due[0] < v.next_deadline_ms)) v.next_deadline_ms = m->due[0];
        if (m->owed || (m->interval && m->timers && now >= m->last + m->interval)) v.action = GW_SEND_HEARTBEAT;
    } else {
        if (m->interval && m->timers) v.next_deadline_ms = m->last + 2ull * m->interval;
        if (m->pending_ack) v.action = GW_SEND_HEARTBEAT;
    }
    return v;
die:
    m->dead = 1; m->dead_action = v.action; m->dead_code = v.close_code = code;
    return v;
}

static uint64_t rs = 0x2545F4914F6CDD1Dull;
static uint32_t rnd(uint32_t n)
{
    rs ^= rs << 13; rs ^= rs >> 7; rs ^= rs << 17;
    return (uint32_t)(rs % n);
}

/* a heartbeat kind of protocol p (sends, acks, requests, answers), for the runs that dwell on D-70 */
static int hb_kind(gw_proto p)
{
    static const int ms[] = { GW_MS_HEARTBEAT, GW_MS_HEARTBEAT_ACK, GW_MS_HEARTBEAT_REQUEST };
    static const int sm[] = { GW_SM_PING, GW_SM_PONG }, dmod[] = { GW_DMOD_HEARTBEAT, GW_DMOD_HEARTBEAT_BACK };
    if (p == GW_PROTO_MS) return ms[rnd(3)];
    if (p == GW_PROTO_SM) return sm[rnd(2)];
    if (p == GW_PROTO_DMOD) return dmod[rnd(2)];
    return GW_I386_HEARTBEAT;
}

static void test_property(void)
{
    int p, side, run, i, steps = 0, fails = 0, kinds_seen[4] = { 0, 0, 0, 0 }, original_closes = 0, focus;
    int partial_acks = 0, past_ring = 0; /* D-70: an ack that leaves heartbeats waiting; more than the ring's four waiting */
    /* focus 1: more runs of the protocols with heartbeats, mostly heartbeat kinds, short steps
       against long intervals, so several heartbeats wait for their acks at once (D-70) */
    for (focus = 0; focus < 2; focus++)
    for (p = 1; p < GW_PROTO_COUNT_; p++)
        if (model_knows((gw_proto)p)) /* the others: test_every_protocol */
        for (side = 1; side <= 2; side++)
            for (run = 0; run < (focus ? (p == GW_PROTO_NG ? 0 : 500) : 1500); run++) {
                gw_session s;
                model m;
                uint64_t now = rnd(1000);
                uint32_t seqn = 0;
                memset(&m, 0, sizeof m);
                init((gw_proto)p, &s, (gw_side)side, now);
                if (p == GW_PROTO_DMOD && (m.wire = (int)rnd(2)) != 0) gw_session_set_wire(&s, GW_WIRE_ORIGINAL); /* D-54a */
                for (i = 0; i < (focus ? 80 : 40); i++) {
                    int op = 0, k = 0, flag = 0, tries, waiting = m.pending_ack;
                    uint32_t arg = 0;
                    gw_any_msg msg;
                    gw_session_verdict a, b;
                    now += focus ? rnd(30) : rnd(4) == 0 ? rnd(400) : rnd(40);
                    /* mostly a step the model accepts, so runs get deep into the session */
                    for (tries = 0; tries < (focus || rnd(5) ? 12 : 1); tries++) {
                        model c = m;
                        gw_session_verdict t;
                        int r = (int)rnd(10);
                        op = r < 4 ? 'r' : r < 8 ? 's' : 'p';
                        k = focus && rnd(3) ? hb_kind((gw_proto)p) : 1 + (int)rnd((uint32_t)nkinds((gw_proto)p));
                        flag = (int)rnd(4) != 0;
                        arg = k == GW_I386_HELLO || k == GW_MS_HELLO ? (focus ? 300 + rnd(300) : 20 + rnd(200)) : 0;
                        if (p == GW_PROTO_MS && k == GW_MS_IDENTIFY) arg = rnd(5);
                        if (p == GW_PROTO_DMOD && k == GW_DMOD_AUTHENTICATE) arg = rnd(3);
                        if (p == GW_PROTO_I386 && i386_event(k)) arg = rnd(6) ? seqn + 1 + rnd(3) : rnd(seqn + 1);
                        t = model_step((gw_proto)p, (gw_side)side, &c, op, k, arg, flag, now);
                        if (t.action != GW_VIOLATION && t.action != GW_TIMEOUT) break;
                    }
                    if (p == GW_PROTO_I386 && i386_event(k) && flag && arg > seqn) seqn = arg;
                    build((gw_proto)p, &msg, k, arg, flag);
                    a = call((gw_proto)p, &s, op, &msg, now);
                    b = model_step((gw_proto)p, (gw_side)side, &m, op, k, arg, flag, now);
                    steps++;
                    if (side == GW_SIDE_CLIENT && m.interval && !m.dead) {
                        partial_acks += m.pending_ack && m.pending_ack < waiting;
                        past_ring += m.pending_ack > 4;
                    }
                    kinds_seen[a.action]++;
                    if (p == GW_PROTO_DMOD && a.action == GW_VIOLATION && a.close_code == 1000) original_closes++;
                    if (a.action != b.action || a.close_code != b.close_code ||
                        (a.action != GW_VIOLATION && a.action != GW_TIMEOUT && a.next_deadline_ms != b.next_deadline_ms)) {
                        if (fails++ < 5)
                            t_failf(__FILE__, __LINE__, "%s side %d run %d step %d: op %c kind %s arg %u flag %d t=%llu: "
                                    "checker %d/%d (%s) next %llu, model %d/%d next %llu", gw_proto_name((gw_proto)p), side, run, i,
                                    op, gw_kind_name((gw_proto)p, k), arg, flag, (unsigned long long)now, (int)a.action,
                                    a.close_code, a.reason ? a.reason : "-", (unsigned long long)a.next_deadline_ms, (int)b.action,
                                    b.close_code, (unsigned long long)b.next_deadline_ms);
                        break;
                    }
                    if (m.dead && rnd(3) == 0) break;
                }
            }
    printf("session: %d random steps agreed with the model (ok %d, heartbeat %d, violation %d, timeout %d)\n", steps,
           kinds_seen[0], kinds_seen[1], kinds_seen[2], kinds_seen[3]);
    CHECK_EQ(fails, 0);
    CHECK(kinds_seen[1] > 1000 && kinds_seen[2] > 1000 && kinds_seen[3] > 100);
    printf("session: %d dmod steps closed by the original's rules (D-54a, D-61)\n", original_closes);
    printf("session: %d client acks left heartbeats waiting, %d steps with more than four waiting (D-70)\n", partial_acks, past_ring);
    CHECK(partial_acks > 0);
    CHECK(original_closes > 0); /* the D-54a rules were reached (the steps mostly avoid violations) */
}

static void test_no_alloc(void)
{
    unsigned long before = t_allocs();
    gw_session s;
    gw_ms_msg m;
    memset(&m, 0, sizeof m);
    m.kind = GW_MS_HELLO;
    m.u.hello.heartbeat_interval = 10;
    gw_ms_session_init(&s, GW_SIDE_CLIENT, 0);
    (void)gw_ms_session_on_recv(&s, &m, 1);
    (void)gw_ms_session_poll(&s, 100);
    CHECK_EQ(t_allocs(), before);
}

/* ---- every protocol of the build, through what the engine promises whatever a protocol's rules ----
   No protocol is named here: the five, and any protocol added (the toy, in test_session_toy), get
   the same checks, from their tables alone (gw_kind_name, gw_kind_from). */
static const char *verdict_text(gw_session_verdict v, char *buf, size_t cap)
{
    snprintf(buf, cap, "action %d code %d (%s)", (int)v.action, v.close_code, v.reason ? v.reason : "-");
    return buf;
}

/* a violation with a close code of the protocol's range and a reason, that later calls repeat */
static int closed_for_good(gw_proto p, gw_session *s, gw_session_verdict v, int code)
{
    gw_session_verdict again = call(p, s, 'p', NULL, 100);
    return v.action == GW_VIOLATION && (code ? v.close_code == code : v.close_code >= 1000 && v.close_code <= 4999) && v.reason &&
           again.action == v.action && again.close_code == v.close_code;
}

/* One session of side `side` (1 client, 2 server): the kind k of op 's' or 'r' is accepted in some
   state a walk of accepted steps reaches. seen[k][side - 1][op == 's']. */
static void walk_accepted(gw_proto p, int side, unsigned char (*seen)[2][2], int nk)
{
    static uint64_t ws = 0x9E3779B97F4A7C15ull; /* its own generator: test_property's sequence stays as it was */
    int run, i, tries;
    for (run = 0; run < 300; run++) {
        gw_session s;
        init(p, &s, (gw_side)side, 0);
        for (i = 0; i < 40; i++)
            for (tries = 0; tries < 12; tries++) {
                gw_session c = s;
                gw_any_msg m;
                gw_session_verdict v;
                int k, op;
                ws ^= ws << 13; ws ^= ws >> 7; ws ^= ws << 17;
                k = 1 + (int)(ws % (uint64_t)nk);
                op = (ws >> 20) & 1 ? 'r' : 's';
                /* an interval far from now (0 throughout: no timer fires), any identify type and login */
                build(p, &m, k, 1000 + (uint32_t)((ws >> 32) % 15), 0);
                v = call(p, &c, op, &m, 0);
                if (v.action == GW_VIOLATION || v.action == GW_TIMEOUT) continue;
                s = c;
                seen[k][side - 1][op == 's'] = 1;
                break;
            }
    }
}

static void test_every_protocol(void)
{
    int p, k, side, checked = 0;
    char why[160];
    for (p = 1; p < GW_PROTO_COUNT_; p++) {
        const gw_proto P = (gw_proto)p, other = (gw_proto)(p % (GW_PROTO_COUNT_ - 1) + 1);
        const int nk = nkinds(P);
        const char *un = gw_kind_name(P, nk + 1);
        static unsigned char seen[64][2][2];
        t_case_begin(gw_proto_name(P));
        CHECK(nk > 0 && nk < 64);
        CHECK(un && strlen(un) > 8 && !strcmp(un + strlen(un) - 8, "_UNKNOWN"));
        if (nk <= 0 || nk >= 64) { t_case_end(); continue; }
        for (side = GW_SIDE_CLIENT; side <= GW_SIDE_SERVER; side++) {
            const unsigned self = side == GW_SIDE_CLIENT ? GW_FROM_CLIENT : GW_FROM_SERVER, peer = self ^ 3u;
            gw_session s;
            gw_any_msg m;
            gw_session_verdict v;
            gw_error e;
            int op;
            for (op = 'r'; op <= 's'; op++) { /* 'r', then 's' */
                /* lenient decoding's GW_<P>_UNKNOWN: no rule, no violation, from either side */
                build(P, &m, nk + 1, 0, 0);
                init(P, &s, (gw_side)side, 0);
                v = call(P, &s, op, &m, 1);
                if (v.action == GW_VIOLATION || v.action == GW_TIMEOUT)
                    t_failf(__FILE__, __LINE__, "%s side %d op %c: the unknown kind: %s", gw_proto_name(P), side, op, verdict_text(v, why, sizeof why));
                /* GW_<P>_NONE and a kind past the unknown one are no kinds: 1002, for good */
                build(P, &m, 0, 0, 0);
                init(P, &s, (gw_side)side, 0);
                CHECK(closed_for_good(P, &s, call(P, &s, op, &m, 1), 1002));
                build(P, &m, nk + 2, 0, 0);
                init(P, &s, (gw_side)side, 0);
                CHECK(closed_for_good(P, &s, call(P, &s, op, &m, 1), 1002));
            }
            /* a kind of the other direction: 1002, for good, whatever the phase's rules */
            for (k = 1; k <= nk; k++) {
                unsigned from = gw_kind_from(P, k);
                CHECK(from != 0);
                build(P, &m, k, 0, 0);
                if (!(from & self)) {
                    init(P, &s, (gw_side)side, 0);
                    v = call(P, &s, 's', &m, 1);
                    if (!closed_for_good(P, &s, v, 1002))
                        t_failf(__FILE__, __LINE__, "%s side %d sends %s: %s", gw_proto_name(P), side, gw_kind_name(P, k), verdict_text(v, why, sizeof why));
                }
                if (!(from & peer)) {
                    init(P, &s, (gw_side)side, 0);
                    v = call(P, &s, 'r', &m, 1);
                    if (!closed_for_good(P, &s, v, 1002))
                        t_failf(__FILE__, __LINE__, "%s side %d receives %s: %s", gw_proto_name(P), side, gw_kind_name(P, k), verdict_text(v, why, sizeof why));
                }
            }
            /* another protocol's entry points on this session: 1011 */
            if (other != P) {
                init(P, &s, (gw_side)side, 0);
                v = call(other, &s, 'p', NULL, 1);
                CHECK(v.action == GW_VIOLATION && v.close_code == 1011);
            }
            /* a frame that did not decode closes with one of the protocol's codes, for good; no error, no close */
            memset(&e, 0, sizeof e);
            init(P, &s, (gw_side)side, 0);
            v = call(P, &s, 'e', (const gw_any_msg *)(const void *)&e, 1);
            CHECK(v.action != GW_VIOLATION && v.action != GW_TIMEOUT);
            e.code = GW_ERR_JSON;
            v = call(P, &s, 'e', (const gw_any_msg *)(const void *)&e, 2);
            CHECK(closed_for_good(P, &s, v, 0));
            /* no message: a violation, not a crash */
            init(P, &s, (gw_side)side, 0);
            CHECK_EQ(call(P, &s, 's', NULL, 1).action, GW_VIOLATION);
        }
        /* every kind is accepted somewhere: sent by each side that sends it, received by the other
           (no rule of the protocol is dead) */
        memset(seen, 0, sizeof seen);
        walk_accepted(P, GW_SIDE_CLIENT, seen, nk);
        walk_accepted(P, GW_SIDE_SERVER, seen, nk);
        for (k = 1; k <= nk; k++) {
            unsigned from = gw_kind_from(P, k);
            if ((from & GW_FROM_CLIENT) && !(seen[k][GW_SIDE_CLIENT - 1][1] && seen[k][GW_SIDE_SERVER - 1][0]))
                t_failf(__FILE__, __LINE__, "%s: %s never accepted from a client (sent %d, received %d)", gw_proto_name(P),
                        gw_kind_name(P, k), seen[k][GW_SIDE_CLIENT - 1][1], seen[k][GW_SIDE_SERVER - 1][0]);
            if ((from & GW_FROM_SERVER) && !(seen[k][GW_SIDE_SERVER - 1][1] && seen[k][GW_SIDE_CLIENT - 1][0]))
                t_failf(__FILE__, __LINE__, "%s: %s never accepted from a server (sent %d, received %d)", gw_proto_name(P),
                        gw_kind_name(P, k), seen[k][GW_SIDE_SERVER - 1][1], seen[k][GW_SIDE_CLIENT - 1][0]);
        }
        checked++;
        t_case_end();
    }
    printf("session: %d protocols through the generic checks", checked);
    for (p = 1; p < GW_PROTO_COUNT_; p++) printf(" %s%s", gw_proto_name((gw_proto)p), model_knows((gw_proto)p) ? "" : " (no model: generic checks only)");
    printf("\n");
    t_case_begin("every protocol checked");
    CHECK_EQ(checked, GW_PROTO_COUNT_ - 1);
    t_case_end();
}

int main(void)
{
    test_legal();
    test_violations();
    test_heartbeat_timing();
    RUN(test_errors_and_vectors);
    RUN(test_dmod_original_wire);
    RUN(test_ng_voice_vectors);
    RUN(test_property);
    RUN(test_no_alloc);
    RUN(test_every_protocol);
    return t_summary(T_SUITE("session"));
}
