/* round_trip.h - what several test programs share (include after t.h and gateway.h): the vector
   round trip of the five protocol tests, and a fresh session's verdict on a message. */
#ifndef GW_TEST_ROUND_TRIP_H
#define GW_TEST_ROUND_TRIP_H
#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wunused-function" /* each includer uses some of these */
#endif
#include <string.h>

/* The round trip every vector of every protocol gets (one copy for the five test programs): m
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

/* A fresh session of side `side`, of protocol p, receives m: its verdict */
static gw_session_verdict recv_fresh(gw_proto p, gw_side side, const gw_any_msg *m)
{
    gw_session s;
    switch (p) {
    case GW_PROTO_SM: gw_sm_session_init(&s, side, 0); return gw_sm_session_on_recv(&s, &m->sm, 1);
    case GW_PROTO_I386: gw_i386_session_init(&s, side, 0); return gw_i386_session_on_recv(&s, &m->i386, 1);
    case GW_PROTO_MS: gw_ms_session_init(&s, side, 0); return gw_ms_session_on_recv(&s, &m->ms, 1);
    case GW_PROTO_NG: gw_ng_session_init(&s, side, 0); return gw_ng_session_on_recv(&s, &m->ng, 1);
    default: gw_dmod_session_init(&s, side, 0); return gw_dmod_session_on_recv(&s, &m->dmod, 1);
    }
}

#endif
