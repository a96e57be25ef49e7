/* schema_tap.c - records every message the protocol tests encode, for tests/schema.sh.
   Linked into copies of test_sm, test_i386, test_ms, test_ng and test_dmod (build/schema/, see the
   Makefile) with -Wl,--wrap= on the encode entry points the tests call, so the messages their own
   random generators make (and every other encode) are checked against the generated JSON Schema
   without a second copy of those generators. Each successful encode, and the same message encoded
   in the other wire, becomes one JSON line in the file $GW_ENCODE_TAP (nothing without it):
   {"proto":"sm","from":"client","kind":"GW_SM_PING","wire":"seed","json":"..."} */
#include "../gateway.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

gw_err __real_gw_encode_wire(gw_proto p, const void *msg, gw_wire wire, char *out, size_t cap, size_t *outlen, gw_error *err);

static FILE *tap_file(void)
{
    static FILE *f;
    static int opened;
    if (!opened) {
        const char *path = getenv("GW_ENCODE_TAP");
        opened = 1;
        f = path && *path ? fopen(path, "a") : NULL;
    }
    return f;
}

static void tap_string(FILE *f, const char *s, size_t n)
{
    size_t i;
    fputc('"', f);
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') { fputc('\\', f); fputc(c, f); }
        else if (c < 0x20) fprintf(f, "\\u%04x", c);
        else fputc(c, f);
    }
    fputc('"', f);
}

/* The tests encode many messages more than once (buffer sizes, fixed points): each distinct
   (protocol, kind, wire, bytes) is written once. FNV-1a hashes in an open-addressed set; a
   collision drops a line, which costs one check and no correctness. */
#define TAP_SET (1u << 21)
static uint64_t *tap_seen;
static int tap_first(gw_proto p, int kind, gw_wire wire, const char *json, size_t n)
{
    uint64_t h = 1469598103934665603ull ^ (uint64_t)p ^ ((uint64_t)kind << 8) ^ ((uint64_t)wire << 24);
    size_t i;
    if (!tap_seen && (tap_seen = (uint64_t *)calloc(TAP_SET, sizeof *tap_seen)) == NULL) return 1;
    for (i = 0; i < n; i++) h = (h ^ (unsigned char)json[i]) * 1099511628211ull;
    h |= 1; /* 0 marks an empty slot */
    for (i = (size_t)(h % TAP_SET);; i = (i + 1) % TAP_SET) {
        if (tap_seen[i] == h) return 0;
        if (!tap_seen[i]) { tap_seen[i] = h; return 1; }
    }
}

static void tap_line(FILE *f, gw_proto p, int kind, gw_wire wire, const char *json, size_t n)
{
    unsigned from = gw_kind_from(p, kind);
    if (!tap_first(p, kind, wire, json, n)) return;
    static const char *const short_name[] = { "", "sm", "i386", "ms", "ng", "dmod" };
    fprintf(f, "{\"proto\":\"%s\",\"from\":\"%s\",\"kind\":\"%s\",\"wire\":\"%s\",\"json\":", (int)p < 6 ? short_name[p] : "?",
            from == GW_FROM_CLIENT ? "client" : from == GW_FROM_SERVER ? "server" : "either", gw_kind_name(p, kind),
            wire == GW_WIRE_SEED ? "seed" : "original");
    tap_string(f, json, n);
    fputs("}\n", f);
}

/* After an encode: the result, and the message in the other wire */
static gw_err tap(gw_proto p, const void *msg, gw_wire wire, const char *out, size_t cap, const size_t *outlen, gw_err r)
{
    static char other[1 << 17];
    FILE *f = tap_file();
    int kind;
    size_t n = 0;
    gw_error e;
    gw_wire w2 = wire == GW_WIRE_SEED ? GW_WIRE_ORIGINAL : GW_WIRE_SEED;
    if (!f || r != GW_OK || !out || !msg || !outlen || *outlen >= cap) return r;
    memcpy(&kind, msg, sizeof kind); /* every gw_<p>_msg starts with its kind */
    tap_line(f, p, kind, wire, out, *outlen);
    if (__real_gw_encode_wire(p, msg, w2, other, sizeof other, &n, &e) == GW_OK) tap_line(f, p, kind, w2, other, n);
    return r;
}

gw_err __wrap_gw_encode_wire(gw_proto p, const void *msg, gw_wire wire, char *out, size_t cap, size_t *outlen, gw_error *err);
gw_err __wrap_gw_encode_wire(gw_proto p, const void *msg, gw_wire wire, char *out, size_t cap, size_t *outlen, gw_error *err)
{
    return tap(p, msg, wire, out, cap, outlen, __real_gw_encode_wire(p, msg, wire, out, cap, outlen, err));
}
gw_err __wrap_gw_encode(gw_proto p, const void *msg, char *out, size_t cap, size_t *outlen, gw_error *err);
gw_err __wrap_gw_encode(gw_proto p, const void *msg, char *out, size_t cap, size_t *outlen, gw_error *err)
{
    return __wrap_gw_encode_wire(p, msg, GW_WIRE_SEED, out, cap, outlen, err);
}
/* gw_<p>_encode and gw_<p>_encode_wire of each protocol */
#define TAP_WRAPPERS(p, id) \
    gw_err __real_gw_##p##_encode_wire(const gw_##p##_msg *m, gw_wire wire, char *out, size_t cap, size_t *outlen, gw_error *err); \
    gw_err __wrap_gw_##p##_encode_wire(const gw_##p##_msg *m, gw_wire wire, char *out, size_t cap, size_t *outlen, gw_error *err); \
    gw_err __wrap_gw_##p##_encode_wire(const gw_##p##_msg *m, gw_wire wire, char *out, size_t cap, size_t *outlen, gw_error *err) \
    { \
        return tap(id, m, wire, out, cap, outlen, __real_gw_##p##_encode_wire(m, wire, out, cap, outlen, err)); \
    } \
    gw_err __wrap_gw_##p##_encode(const gw_##p##_msg *m, char *out, size_t cap, size_t *outlen, gw_error *err); \
    gw_err __wrap_gw_##p##_encode(const gw_##p##_msg *m, char *out, size_t cap, size_t *outlen, gw_error *err) \
    { \
        return tap(id, m, GW_WIRE_SEED, out, cap, outlen, __real_gw_##p##_encode_wire(m, GW_WIRE_SEED, out, cap, outlen, err)); \
    }
TAP_WRAPPERS(sm, GW_PROTO_SM)
TAP_WRAPPERS(i386, GW_PROTO_I386)
TAP_WRAPPERS(ms, GW_PROTO_MS)
TAP_WRAPPERS(ng, GW_PROTO_NG)
TAP_WRAPPERS(dmod, GW_PROTO_DMOD)
