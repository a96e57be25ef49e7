/* ---- session checker: handshake order, heartbeats, sequence numbers (sans-IO) ------------------ */
/* Included after the five protocol parts. One fixed-size gw_session per connection and side; no
   allocation, no clock: every call takes the caller's monotonic now_ms. Each protocol's rules are
   a table below (one row per message and phase), read against PROTOCOLS.md's "Sequence" rows. */
#ifndef GW__PART_IMPL
typedef enum gw_verdict {
    GW_VERDICT_OK = 0,  /* carry on */
    GW_SEND_HEARTBEAT,  /* send this side's heartbeat, or the heartbeat answer / ack it owes, now */
    GW_VIOLATION,       /* the peer (on_recv) or this side (on_send) broke the protocol: close */
    GW_TIMEOUT          /* a heartbeat or ack did not come in time: close */
} gw_verdict;
#define GW_OK_CONTINUE GW_VERDICT_OK

typedef enum gw_side { GW_SIDE_CLIENT = 1, GW_SIDE_SERVER = 2 } gw_side;

typedef struct gw_session_verdict {
    gw_verdict action;
    int close_code;            /* GW_VIOLATION, GW_TIMEOUT: the close code to send (PROTOCOLS.md's, else 1002/1008/1009) */
    const char *reason;        /* static text; NULL when OK */
    uint64_t next_deadline_ms; /* the next moment a timer fires (call poll by then); 0: no timer runs */
} gw_session_verdict;

typedef struct gw_session {
    uint8_t proto, side, phase;
    uint8_t ack_pending;   /* the client sent a heartbeat (ping) the server has not acknowledged */
    uint8_t answer_owed;   /* the server asked for a heartbeat the client has not sent */
    uint8_t timers;        /* the heartbeat schedule runs (from the protocol's start message) */
    uint8_t service;       /* microservice: identify `type` + 1 (0: not identified) */
    uint8_t pending[2];    /* dmod: CONNECT_GUILD / DESCONNECT_GUILD commands awaiting their response */
    uint8_t has_seq[3];    /* i386chat: last `s` seen, by sender (index gw_side) */
    uint32_t seq[3];
    uint32_t interval_ms;  /* heartbeat interval from the hello; 0: unknown, no timers */
    uint64_t last_hb_ms;   /* the last client heartbeat, or when the schedule started */
    uint64_t ack_due_ms;   /* the pending ack must arrive before this */
    gw_session_verdict failed; /* once a VIOLATION or TIMEOUT, every later call returns it */
} gw_session;

#define GW__SESSION_DECLARE(p) \
    GW_DEF void gw_##p##_session_init(gw_session *s, gw_side side, uint64_t now_ms); \
    GW_DEF gw_session_verdict gw_##p##_session_on_recv(gw_session *s, const gw_##p##_msg *m, uint64_t now_ms); \
    GW_DEF gw_session_verdict gw_##p##_session_on_send(gw_session *s, const gw_##p##_msg *m, uint64_t now_ms); \
    GW_DEF gw_session_verdict gw_##p##_session_poll(gw_session *s, uint64_t now_ms); \
    GW_DEF gw_session_verdict gw_##p##_session_on_error(gw_session *s, const gw_error *e, uint64_t now_ms)
GW__SESSION_DECLARE(sm);
GW__SESSION_DECLARE(i386);
GW__SESSION_DECLARE(ms);
GW__SESSION_DECLARE(ng);
GW__SESSION_DECLARE(dmod);
#undef GW__SESSION_DECLARE

#else /* GW__PART_IMPL */

/* One rule: message kinds lo..hi from `from`, in the phases of the `phases` bit set, move to `next`
   (GW__S_KEEP: stay; GW__S_DENY: a violation with code and reason). The first matching row wins;
   no row = 1002 "message out of order". */
enum { GW__S_KEEP = -1, GW__S_DENY = -2 };
enum { /* effects */
    GW__S_HB = 1,      /* a client heartbeat (ping): an ack becomes due, the schedule restarts */
    GW__S_ACK = 2,     /* acknowledges every pending heartbeat; none pending = violation */
    GW__S_REQ = 4,     /* the server asks for a heartbeat */
    GW__S_ANSWER = 8,  /* answers a request; none pending = violation */
    GW__S_START = 16   /* the heartbeat schedule starts */
};
typedef struct gw__srule {
    int lo, hi;
    uint8_t from, phases;
    int8_t next;
    uint8_t effect;
    int code;
    const char *reason;
} gw__srule;
typedef struct gw__sproto {
    const gw__proto *codec;
    const gw__srule *r;
    uint32_t n;
    uint32_t grace;        /* server side: a heartbeat must come within grace * interval */
    int client_timeout;    /* close code of a client whose ack did not come */
    int server_timeout;    /* close code of a server whose client stopped heartbeating */
    /* rules beyond the table, after it accepted the message: returns a violation or OK */
    gw_session_verdict (*extra)(gw_session *s, const void *m, int kind, int sender);
    /* close code for a frame that does not decode (gw_error.code), by the side that received it */
    int (*error_code)(gw_err code, int receiver);
} gw__sproto;

#define GW__P(x) (1u << (x))
#define GW__PANY 0xFFu
#define GW__C GW_FROM_CLIENT
#define GW__S GW_FROM_SERVER
#define GW__R(k, from, ph, next, eff) { k, k, from, (uint8_t)(ph), next, eff, 0, NULL }
#define GW__RR(lo, hi, from, ph, next, eff) { lo, hi, from, (uint8_t)(ph), next, eff, 0, NULL }
#define GW__NO(lo, hi, from, ph, code, why) { lo, hi, from, (uint8_t)(ph), GW__S_DENY, 0, code, why }

static gw_session_verdict gw__s_verdict(gw_verdict a, int code, const char *reason)
{
    gw_session_verdict v;
    v.action = a;
    v.close_code = code;
    v.reason = reason;
    v.next_deadline_ms = 0;
    return v;
}
static const gw_session_verdict gw__s_ok = { GW_VERDICT_OK, 0, NULL, 0 };

/* ---- shard-master (1): register or resume opens the session; every ping gets a pong.
   Phases: 0 new, 1 registering, 2 resuming, 3 open. No interval is published: no timers. ---- */
static const gw__srule gw__sm_srules[] = {
    GW__R(GW_SM_REGISTER, GW__C, GW__P(0), 1, 0),
    GW__R(GW_SM_RESUME, GW__C, GW__P(0), 2, 0),
    GW__NO(GW_SM_REGISTER, GW_SM_REGISTER, GW__C, GW__P(1) | GW__P(2) | GW__P(3), 1002, "already registered"),
    GW__NO(GW_SM_RESUME, GW_SM_RESUME, GW__C, GW__P(1) | GW__P(2) | GW__P(3), 1002, "already registered"),
    GW__R(GW_SM_PING, GW__C, GW__P(1) | GW__P(2) | GW__P(3), GW__S_KEEP, GW__S_HB),
    GW__NO(GW_SM_PING, GW_SM_PING, GW__C, GW__P(0), 1002, "ping before register or resume"),
    GW__R(GW_SM_HELLO, GW__S, GW__PANY, GW__S_KEEP, 0),
    GW__R(GW_SM_PONG, GW__S, GW__PANY, GW__S_KEEP, GW__S_ACK),
    GW__R(GW_SM_READY, GW__S, GW__P(1), 3, 0),          /* answers register */
    GW__R(GW_SM_RESUMED, GW__S, GW__P(2), 3, 0),        /* answers resume */
    GW__R(GW_SM_INVALID, GW__S, GW__P(1) | GW__P(2), 0, 0), /* refused: register or resume again */
    GW__NO(GW_SM_READY, GW_SM_INVALID, GW__S, GW__PANY, 1002, "session answer without register or resume"),
    GW__R(GW_SM_ERROR, GW__S, GW__PANY, GW__S_KEEP, 0),
    GW__R(GW_SM_GATEWAY_ERROR, GW__S, GW__PANY, GW__S_KEEP, 0),
    GW__RR(GW_SM_SHARD_INFO, GW_SM_INTERACTION, GW__S, GW__P(3), GW__S_KEEP, 0),
};

/* ---- i386chat (2.1): server f=100 → client f=110 before anything else → server f=140 →
   client f=120 every hb_int ms, each echoed by the server. Phases: 0 new, 1 hello, 2 presented,
   3 ready. `s` strictly increasing per sender when present. ---- */
static const gw__srule gw__i386_srules[] = {
    GW__R(GW_I386_HELLO, GW__S, GW__P(0), 1, 0),
    GW__R(GW_I386_PRESENT, GW__C, GW__P(1), 2, 0),
    GW__NO(GW_I386_PRESENT, GW_I386_PRESENT, GW__C, GW__P(0), 1002, "present before hello"),
    GW__NO(GW_I386_PRESENT, GW_I386_PRESENT, GW__C, GW__P(2) | GW__P(3), 4004, "presented twice"),
    GW__NO(GW_I386_HELLO, GW_I386_C_CHANNEL_MOVE, GW__C, GW__P(0) | GW__P(1), 4005, "talked to the server before presenting"),
    GW__R(GW_I386_HEARTBEAT, GW__C, GW__P(2) | GW__P(3), GW__S_KEEP, GW__S_HB),
    GW__RR(GW_I386_C_MESSAGE_CREATE, GW_I386_C_CHANNEL_MOVE, GW__C, GW__P(2) | GW__P(3), GW__S_KEEP, 0),
    GW__R(GW_I386_READY, GW__S, GW__P(2), 3, GW__S_START),
    GW__R(GW_I386_HEARTBEAT, GW__S, GW__P(2) | GW__P(3), GW__S_KEEP, GW__S_ACK), /* the echo */
    GW__R(GW_I386_ERROR, GW__S, GW__PANY, GW__S_KEEP, 0),
    GW__RR(GW_I386_S_MESSAGE_CREATE, GW_I386_S_SERVER_MESSAGE, GW__S, GW__P(3), GW__S_KEEP, 0),
};

/* ---- microservice (3.1): server op 3 hello → client op 0 identify → server IDENTIFIED; client
   op 1 every heartbeatInterval ms, acked by op 4; server op 1 asks for one. Before identify only
   ops 0 and 1. Phases: 0 new, 1 hello, 2 identifying, 3 identified. ---- */
static const gw__srule gw__ms_srules[] = {
    GW__R(GW_MS_HELLO, GW__S, GW__P(0), 1, GW__S_START),
    GW__R(GW_MS_IDENTIFY, GW__C, GW__P(1), 2, 0),
    GW__NO(GW_MS_IDENTIFY, GW_MS_IDENTIFY, GW__C, GW__P(2) | GW__P(3), 4002, "already authenticated"),
    GW__NO(GW_MS_IDENTIFY, GW_MS_IDENTIFY, GW__C, GW__P(0), 1002, "identify before hello"),
    GW__R(GW_MS_HEARTBEAT, GW__C, GW__P(1) | GW__P(2) | GW__P(3), GW__S_KEEP, GW__S_HB),
    GW__NO(GW_MS_HEARTBEAT, GW_MS_HEARTBEAT, GW__C, GW__P(0), 1002, "heartbeat before hello"),
    GW__R(GW_MS_EXECUTE_COMMAND, GW__C, GW__P(2) | GW__P(3), GW__S_KEEP, 0),
    GW__R(GW_MS_CACHE, GW__C, GW__P(2) | GW__P(3), GW__S_KEEP, 0),
    GW__NO(GW_MS_EXECUTE_COMMAND, GW_MS_CACHE, GW__C, GW__P(0) | GW__P(1), 4000, "not identified"),
    GW__R(GW_MS_IDENTIFIED, GW__S, GW__P(2), 3, 0),
    GW__R(GW_MS_HEARTBEAT_REQUEST, GW__S, GW__P(1) | GW__P(2) | GW__P(3), GW__S_KEEP, GW__S_REQ),
    GW__R(GW_MS_HEARTBEAT_ACK, GW__S, GW__P(1) | GW__P(2) | GW__P(3), GW__S_KEEP, GW__S_ACK),
    GW__R(GW_MS_EXECUTE_COMMAND, GW__S, GW__P(3), GW__S_KEEP, 0),
};

/* ---- Nightingale (4): the server's ready comes first; clients send nothing (D-40).
   Phases: 0 new, 1 ready. ---- */
static const gw__srule gw__ng_srules[] = {
    GW__R(GW_NG_READY, GW__S, GW__P(0), 1, 0),
    GW__NO(GW_NG_READY, GW_NG_READY, GW__S, GW__P(1), 1002, "ready twice"),
    GW__RR(GW_NG_FORWARD, GW_NG_TRACK_ERRORED, GW__S, GW__P(1), GW__S_KEEP, 0),
    GW__NO(GW_NG_FORWARD, GW_NG_TRACK_ERRORED, GW__S, GW__P(0), 1002, "message before ready"),
};

/* ---- dmod (5.1): server op 0 → client op 1 → server op 2; then server op 3, answered by one
   client op 4; client commands (op 6, 7) and their op 7 responses; server events (op 5).
   Phases: 0 new, 1 auth requested, 2 authenticating, 3 authenticated. No interval is published:
   no timers. ---- */
static const gw__srule gw__dmod_srules[] = {
    GW__R(GW_DMOD_REQUEST_AUTH, GW__S, GW__P(0), 1, 0),
    GW__R(GW_DMOD_AUTHENTICATE, GW__C, GW__P(1), 2, 0),
    GW__R(GW_DMOD_AUTH_PASS, GW__S, GW__P(2), 3, 0),
    GW__NO(GW_DMOD_AUTHENTICATE, GW_DMOD_CMD_APPLICATION_SESSION_HB_M, GW__C, GW__P(0) | GW__P(1) | GW__P(2), 1008, "not authenticated"),
    GW__R(GW_DMOD_HEARTBEAT, GW__S, GW__P(3), GW__S_KEEP, GW__S_REQ),
    GW__R(GW_DMOD_HEARTBEAT_BACK, GW__C, GW__P(3), GW__S_KEEP, GW__S_ANSWER),
    GW__RR(GW_DMOD_EV_GUILD_PRIVILEGE_UPDATE, GW_DMOD_EV_APPLICATION_SESSION_END, GW__S, GW__P(3), GW__S_KEEP, 0),
    GW__RR(GW_DMOD_CMD_CONNECT_GUILD, GW_DMOD_CMD_DISCONNECT_GUILD, GW__C, GW__P(3), GW__S_KEEP, 0),
    GW__RR(GW_DMOD_RESP_CONNECT_GUILD, GW_DMOD_RESP_DISCONNECT_GUILD, GW__S, GW__P(3), GW__S_KEEP, 0),
    GW__RR(GW_DMOD_CMD_APPLICATION_SESSION, GW_DMOD_CMD_APPLICATION_SESSION_HB_M, GW__C, GW__P(3), GW__S_KEEP, 0),
};
#undef GW__R
#undef GW__RR
#undef GW__NO

/* ---- rules beyond the tables ---- */
static gw_session_verdict gw__i386_sextra(gw_session *s, const void *msg, int kind, int sender)
{
    const gw_i386_msg *m = (const gw_i386_msg *)msg;
    if (kind == GW_I386_HELLO) s->interval_ms = m->u.hello.hb_int;
    if (m->has_s) { /* D-22: only f=130 carries it; strictly increasing when present */
        if (s->has_seq[sender] && m->s <= s->seq[sender])
            return gw__s_verdict(GW_VIOLATION, sender == GW__C ? 4004 : 1002, "sequence number not increasing");
        s->has_seq[sender] = 1;
        s->seq[sender] = m->s;
    }
    return gw__s_ok;
}

static gw_session_verdict gw__ms_sextra(gw_session *s, const void *msg, int kind, int sender)
{
    const gw_ms_msg *m = (const gw_ms_msg *)msg;
    const uint8_t sharder = (uint8_t)(GW_MS_SERVICE_SHARDER + 1);
    if (kind == GW_MS_HELLO) s->interval_ms = m->u.hello.heartbeat_interval;
    if (kind == GW_MS_IDENTIFY) s->service = (uint8_t)(m->u.identify.type + 1);
    if (kind == GW_MS_HEARTBEAT && s->service == sharder && !m->u.heartbeat.has_guilds)
        return gw__s_verdict(GW_VIOLATION, 4005, "a sharder's heartbeat must carry guilds"); /* D-35 */
    if (kind == GW_MS_EXECUTE_COMMAND && sender == GW__C && s->service != sharder)
        return gw__s_verdict(GW_VIOLATION, 4006, "only a sharder sends EXECUTE_COMMAND");
    return gw__s_ok;
}

static gw_session_verdict gw__dmod_sextra(gw_session *s, const void *msg, int kind, int sender)
{
    int i = kind == GW_DMOD_CMD_CONNECT_GUILD || kind == GW_DMOD_RESP_CONNECT_GUILD ? 0 : 1;
    (void)msg; (void)sender;
    if (kind == GW_DMOD_CMD_CONNECT_GUILD || kind == GW_DMOD_CMD_DISCONNECT_GUILD) {
        if (s->pending[i] < 255) s->pending[i]++;
    } else if (kind == GW_DMOD_RESP_CONNECT_GUILD || kind == GW_DMOD_RESP_DISCONNECT_GUILD) {
        if (!s->pending[i]) return gw__s_verdict(GW_VIOLATION, 1002, "command response without its command");
        s->pending[i]--;
    }
    return gw__s_ok;
}

/* Frames that do not decode: the protocol's own codes where it has them (received by a server) */
static int gw__s_generic_error(gw_err code, int receiver)
{
    (void)receiver;
    return code == GW_ERR_TOO_LARGE ? 1009 : 1002;
}
static int gw__i386_serror(gw_err code, int receiver)
{
    if (receiver != GW__S) return gw__s_generic_error(code, receiver);
    return code == GW_ERR_TOO_LARGE ? 4000 : 4004;
}
static int gw__ms_serror(gw_err code, int receiver)
{
    if (receiver != GW__S) return gw__s_generic_error(code, receiver);
    return code == GW_ERR_UNKNOWN_OP ? 4003 : code == GW_ERR_JSON || code == GW_ERR_DUPLICATE_KEY ? 4004 : 4005;
}

static const gw__sproto gw__sm_sproto = { &gw__sm_proto, gw__sm_srules, GW__COUNT(gw__sm_srules), 2, 1008, 1008, NULL, gw__s_generic_error };
static const gw__sproto gw__i386_sproto = { &gw__i386_proto, gw__i386_srules, GW__COUNT(gw__i386_srules), 2, 4001, 4001, gw__i386_sextra, gw__i386_serror };
static const gw__sproto gw__ms_sproto = { &gw__ms_proto, gw__ms_srules, GW__COUNT(gw__ms_srules), 2, 1008, 4007, gw__ms_sextra, gw__ms_serror };
static const gw__sproto gw__ng_sproto = { &gw__ng_proto, gw__ng_srules, GW__COUNT(gw__ng_srules), 2, 1008, 1008, NULL, gw__s_generic_error };
static const gw__sproto gw__dmod_sproto = { &gw__dmod_proto, gw__dmod_srules, GW__COUNT(gw__dmod_srules), 2, 1008, 1008, gw__dmod_sextra, gw__s_generic_error };
#undef GW__P
#undef GW__PANY
#undef GW__C
#undef GW__S

/* ---- the engine of the checker ---- */
static gw_session_verdict gw__s_fail(gw_session *s, gw_session_verdict v)
{
    v.next_deadline_ms = 0;
    s->failed = v;
    return v;
}

/* A deadline that has passed: the client's pending ack (due before the next heartbeat), or the
   server's wait for the next heartbeat (grace * interval after the last). */
static int gw__s_expired(const gw_session *s, const gw__sproto *P, uint64_t now, gw_session_verdict *v)
{
    if (!s->interval_ms) return 0;
    if (s->side == GW_SIDE_CLIENT && s->ack_pending && now >= s->ack_due_ms) {
        *v = gw__s_verdict(GW_TIMEOUT, P->client_timeout, "no heartbeat ack in time");
        return 1;
    }
    if (s->side == GW_SIDE_SERVER && s->timers && now >= s->last_hb_ms + (uint64_t)P->grace * s->interval_ms) {
        *v = gw__s_verdict(GW_TIMEOUT, P->server_timeout, "no heartbeat in time");
        return 1;
    }
    return 0;
}

/* What this side should do now, and when the next timer fires. */
static gw_session_verdict gw__s_eval(const gw_session *s, const gw__sproto *P, uint64_t now)
{
    gw_session_verdict v = gw__s_ok;
    if (s->interval_ms && s->side == GW_SIDE_CLIENT) {
        if (s->timers) v.next_deadline_ms = s->last_hb_ms + s->interval_ms;
        if (s->ack_pending && (!v.next_deadline_ms || s->ack_due_ms < v.next_deadline_ms)) v.next_deadline_ms = s->ack_due_ms;
    } else if (s->interval_ms && s->timers) {
        v.next_deadline_ms = s->last_hb_ms + (uint64_t)P->grace * s->interval_ms;
    }
    if (s->side == GW_SIDE_CLIENT) {
        if (s->answer_owed) v.action = GW_SEND_HEARTBEAT, v.reason = "heartbeat requested";
        else if (s->timers && s->interval_ms && now >= s->last_hb_ms + s->interval_ms)
            v.action = GW_SEND_HEARTBEAT, v.reason = "heartbeat due";
    } else if (s->ack_pending) {
        v.action = GW_SEND_HEARTBEAT, v.reason = "heartbeat to acknowledge";
    }
    return v;
}

static void gw__s_init(gw_session *s, int proto, gw_side side, uint64_t now)
{
    memset(s, 0, sizeof *s);
    s->proto = (uint8_t)proto;
    s->side = (uint8_t)(side == GW_SIDE_SERVER ? GW_SIDE_SERVER : GW_SIDE_CLIENT);
    s->last_hb_ms = now;
}

static gw_session_verdict gw__s_step(gw_session *s, const gw__sproto *P, int proto, const void *m, int sender, uint64_t now)
{
    const gw__variant *var;
    const gw__srule *r = NULL;
    gw_session_verdict v;
    int kind;
    uint32_t i;
    if (!s) return gw__s_verdict(GW_VIOLATION, 1011, "no session");
    if (s->failed.action) return s->failed;
    if (s->proto != proto) return gw__s_verdict(GW_VIOLATION, 1011, "session of another protocol");
    if (gw__s_expired(s, P, now, &v)) return gw__s_fail(s, v);
    if (!m) return gw__s_fail(s, gw__s_verdict(GW_VIOLATION, 1011, "no message"));
    memcpy(&kind, m, sizeof kind); /* every gw_<p>_msg starts with its kind */
    var = gw__variant_of(P->codec, kind);
    if (!var) return gw__s_fail(s, gw__s_verdict(GW_VIOLATION, 1002, "unknown message kind"));
    if (!(var->from & sender)) return gw__s_fail(s, gw__s_verdict(GW_VIOLATION, 1002, "message of the other direction"));
    for (i = 0; i < P->n && !r; i++)
        if (kind >= P->r[i].lo && kind <= P->r[i].hi && (P->r[i].from & sender) && (P->r[i].phases >> s->phase & 1))
            r = &P->r[i];
    if (!r) return gw__s_fail(s, gw__s_verdict(GW_VIOLATION, 1002, "message out of order"));
    if (r->next == GW__S_DENY) return gw__s_fail(s, gw__s_verdict(GW_VIOLATION, r->code, r->reason));
    if ((r->effect & GW__S_ACK) && !s->ack_pending)
        return gw__s_fail(s, gw__s_verdict(GW_VIOLATION, 1002, "heartbeat ack without a heartbeat"));
    if ((r->effect & GW__S_ANSWER) && !s->answer_owed)
        return gw__s_fail(s, gw__s_verdict(GW_VIOLATION, 1002, "heartbeat answer without a request"));
    if (P->extra && (v = P->extra(s, m, kind, sender)).action) return gw__s_fail(s, v);
    if (r->effect & GW__S_ACK) s->ack_pending = 0;
    if (r->effect & GW__S_ANSWER) s->answer_owed = 0;
    if (r->effect & GW__S_HB) {
        if (!s->ack_pending) s->ack_due_ms = now + s->interval_ms; /* the oldest unacked one counts */
        s->ack_pending = 1;
        s->answer_owed = 0;
        s->last_hb_ms = now;
    }
    if (r->effect & GW__S_REQ) s->answer_owed = 1;
    if (r->effect & GW__S_START) s->timers = 1, s->last_hb_ms = now;
    if (r->next >= 0) s->phase = (uint8_t)r->next;
    return gw__s_eval(s, P, now);
}

static gw_session_verdict gw__s_poll(gw_session *s, const gw__sproto *P, int proto, uint64_t now)
{
    gw_session_verdict v;
    if (!s) return gw__s_verdict(GW_VIOLATION, 1011, "no session");
    if (s->failed.action) return s->failed;
    if (s->proto != proto) return gw__s_verdict(GW_VIOLATION, 1011, "session of another protocol");
    if (gw__s_expired(s, P, now, &v)) return gw__s_fail(s, v);
    return gw__s_eval(s, P, now);
}

static gw_session_verdict gw__s_error(gw_session *s, const gw__sproto *P, int proto, const gw_error *e, uint64_t now)
{
    gw_session_verdict v;
    if (!s) return gw__s_verdict(GW_VIOLATION, 1011, "no session");
    if (s->failed.action) return s->failed;
    if (s->proto != proto) return gw__s_verdict(GW_VIOLATION, 1011, "session of another protocol");
    if (gw__s_expired(s, P, now, &v)) return gw__s_fail(s, v);
    if (!e || e->code == GW_OK) return gw__s_eval(s, P, now);
    return gw__s_fail(s, gw__s_verdict(GW_VIOLATION, P->error_code(e->code, s->side), gw_strerror(e->code)));
}

#define GW__SESSION_WRAPPERS(p, id) \
    GW_DEF void gw_##p##_session_init(gw_session *s, gw_side side, uint64_t now_ms) \
    { if (s) gw__s_init(s, id, side, now_ms); } \
    GW_DEF gw_session_verdict gw_##p##_session_on_recv(gw_session *s, const gw_##p##_msg *m, uint64_t now_ms) \
    { return gw__s_step(s, &gw__##p##_sproto, id, m, s ? 3 - s->side : 0, now_ms); } \
    GW_DEF gw_session_verdict gw_##p##_session_on_send(gw_session *s, const gw_##p##_msg *m, uint64_t now_ms) \
    { return gw__s_step(s, &gw__##p##_sproto, id, m, s ? s->side : 0, now_ms); } \
    GW_DEF gw_session_verdict gw_##p##_session_poll(gw_session *s, uint64_t now_ms) \
    { return gw__s_poll(s, &gw__##p##_sproto, id, now_ms); } \
    GW_DEF gw_session_verdict gw_##p##_session_on_error(gw_session *s, const gw_error *e, uint64_t now_ms) \
    { return gw__s_error(s, &gw__##p##_sproto, id, e, now_ms); }
GW__SESSION_WRAPPERS(sm, 1) /* the gw_proto numbers */
GW__SESSION_WRAPPERS(i386, 2)
GW__SESSION_WRAPPERS(ms, 3)
GW__SESSION_WRAPPERS(ng, 4)
GW__SESSION_WRAPPERS(dmod, 5)
#undef GW__SESSION_WRAPPERS

#endif /* GW__PART_IMPL */
