/* round_trip.h - what several test programs share (include after t.h and gateway.h): the vector
   round trip of the protocol tests, and any protocol's session checker by its gw_proto. */
#ifndef GW_TEST_ROUND_TRIP_H
#define GW_TEST_ROUND_TRIP_H
#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wunused-function" /* each includer uses some of these */
#endif
#include <string.h>

/* The round trip every vector of every protocol gets (one copy for the protocol test programs): m
   encoded in `wire` (into out, *n bytes), decoded back equal, and encoded again to the same bytes
   (the canonical form is a fixed point); in the seed's wire gw_encode writes the same too.
   Failures are reported at the caller's line; returns 1 when all held. */
static int vec_round_trip(const char *file, int line, gw_proto p, const void *m, gw_from from, gw_wire wire, char *out,
                          size_t cap, size_t *n)
{
    static unsigned char scratch2[1 << 17]; /* m's arrays live in the caller's scratch */
    static char again[1 << 16];
    gw_any_msg back;
    gw_error e;
    size_t n2 = 0;
    gw_err r = gw_encode_wire(p, m, wire, out, cap, n, &e);
    if (r != GW_OK) { t_failf(file, line, "encode %s: %s at '%s'", wire ? "ORIGINAL" : "SEED", gw_strerror(r), e.path); return 0; }
    if (strlen(out) != *n) { t_failf(file, line, "encode: length %zu, reported %zu", strlen(out), *n); return 0; }
    r = gw_decode(p, out, *n, from, &back, scratch2, sizeof scratch2, &e);
    if (r != GW_OK) { t_failf(file, line, "decode back: %s at '%s': %s", gw_strerror(r), e.path, out); return 0; }
    if (!gw_equal(p, m, &back)) { t_failf(file, line, "decoded back, not equal: %s", out); return 0; }
    r = gw_encode_wire(p, &back, wire, again, sizeof again, &n2, &e);
    if (r != GW_OK || n2 != *n || memcmp(out, again, n2) != 0) { t_failf(file, line, "not a fixed point:\n  %s\n  %s", out, again); return 0; }
    if (wire == GW_WIRE_SEED && (gw_encode(p, m, again, sizeof again, &n2, &e) != GW_OK || n2 != *n || memcmp(out, again, n2) != 0)) {
        t_failf(file, line, "gw_encode differs from the seed's wire: %s", again);
        return 0;
    }
    return 1;
}
#define VEC_ROUND_TRIP(p, m, from, wire, out, cap, n) vec_round_trip(__FILE__, __LINE__, p, m, from, wire, out, cap, n)

/* Any protocol's session checker through one entry: t_session_init calls gw_<p>_session_init, and
   t_session_call gw_<p>_session_on_recv (op 'r'), _on_send ('s'), _poll ('p') or _on_error ('e'),
   m pointing to a gw_<p>_msg (or a gw_any_msg; for 'e', a gw_error). The cases come from
   GW__PROTOCOLS, so a protocol added to that list (or through GW_EXTRA_PROTOCOLS, as the toy is) is
   driven with no edit here. A gw_proto of no protocol: the session is zeroed, and a call is a
   violation with close code 0. */
static void t_session_init(gw_proto p, gw_session *s, gw_side side, uint64_t now)
{
#define T_SESSION_INIT(pp, id) case id: gw_##pp##_session_init(s, side, now); return;
    switch (p) { GW__PROTOCOLS(T_SESSION_INIT) default: memset(s, 0, sizeof *s); return; }
#undef T_SESSION_INIT
}

static gw_session_verdict t_session_call(gw_proto p, gw_session *s, int op, const void *m, uint64_t now)
{
    gw_session_verdict none;
#define T_SESSION_CALL(pp, id) case id: \
    return op == 'r' ? gw_##pp##_session_on_recv(s, (const gw_##pp##_msg *)m, now) \
         : op == 's' ? gw_##pp##_session_on_send(s, (const gw_##pp##_msg *)m, now) \
         : op == 'e' ? gw_##pp##_session_on_error(s, (const gw_error *)m, now) : gw_##pp##_session_poll(s, now);
    switch (p) { GW__PROTOCOLS(T_SESSION_CALL) default: break; }
#undef T_SESSION_CALL
    memset(&none, 0, sizeof none);
    none.action = GW_VIOLATION;
    none.reason = "no such protocol";
    return none;
}

/* A fresh session of side `side`, of protocol p, receives m: its verdict */
static gw_session_verdict recv_fresh(gw_proto p, gw_side side, const gw_any_msg *m)
{
    gw_session s;
    t_session_init(p, &s, side, 0);
    return t_session_call(p, &s, 'r', m, 1);
}

#endif
