/* bench.c - throughput and memory of gateway.h on a synthetic busy-gateway corpus, or on your frames.

   make bench                 build/bench (this file, -std=c99 -O2 -g) and run it
   make bench-peers           install jsmn, cJSON, simdjson, RapidJSON (Debian packages) when missing,
                              build build/bench-peers (this file with -DGW_BENCH_PEERS, bench/peer_*.cpp),
                              with yyjson when YYJSON_DIR names a folder holding yyjson.c (default
                              ../shared/peers/yyjson when it exists; bench/peer_yyjson.c): -DGW_BENCH_YYJSON
   sh bench/readme.sh         re-measure and paste the tables into README.md (--rt: at real-time priority)
   sh bench/instructions.sh   callgrind instruction counts per byte and per heartbeat (bench/instr.c)

   build/bench [options]                      generated corpus (deterministic, seeded PRNG)
   build/bench [options] [--proto NAME --from client|server] FILE...
                                              your captured frames, one JSON payload per line; without
                                              --proto/--from every protocol and direction is tried per line
   options: --json (one JSON object on stdout)  --markdown (the README's results table)
            --quick (tiny corpus, 1 repetition: for valgrind/ASan)  --reps N (default 7)
            --allow-missing (skip protocols whose decoder rejects their frames)
            --dump DIR (write the corpus as DIR/<protocol>_<side>.jsonl, and each other key order in
                        DIR/<order>/ (pretty: <protocol>_<side>.json-seq, RFC 7464), and stop)
            --threads N (decode the corpus on 1 thread, then on N at once: the scaling, and stop; each
                         run at least 0.5 s, else (--quick) the scaling is reported as not steady)

   Key orders: from the corpus (generated, or your files) the bench builds four more forms of every
   frame: with gateway_json.h's tokenizer and writer, the keys of every object shuffled (its own seeded
   PRNG: the same bytes every run), reversed, and pretty-printed (indent 2, "key": value, only ' ' and
   '\n' added); and with gw_encode_wire, the decoded message in the original implementation's wire
   ("original": GW_WIRE_ORIGINAL, the forms the originals send; a message that wire cannot carry is
   left out of its rows). Each form is checked (the key orders: same token count; all: gw_decode
   accepts it); a frame gw_decode refuses in one form is reported (count and kind on stderr) and left
   out of that form's rows.
   With FILE... the row named canonical is the frames as given, and the variants are built from them.
   Decode, peek and tokenize of the mixed corpus are reported in every order (15 rows interleaved),
   and so is every peer row. Encode is not per order: it encodes the decoded message, which is the
   same whatever the input's key order (but for gw_raw values, which keep their bytes).

   What is measured (median of the repetitions after one warm-up pass, spread = min..max):
     decode    gw_decode(frame) into one reused scratch buffer; MB/s counts input bytes
     encode    gw_encode(the decoded message); MB/s counts output bytes
     tokenize  gj_tokenize alone (the JSON layer) into one reused token array
     peers     (bench-peers only) jsmn tokenize-only, cJSON parse+delete, simdjson On-Demand, simdjson
               DOM parse (and parse + full walk), RapidJSON DOM parse (and parse + full walk), each
               against gateway.h decode and gj_tokenize, on the mixed corpus and on the mixed corpus
               without the microservice guild cache payloads. These rows are measured interleaved: 5 x reps
               rounds, each runs every row once in rotating order, so machine noise hits them alike.
               "full walk" = visit every value of the parsed document: keys' and strings' lengths,
               numbers' values and bools summed (bench/peer_*.cpp say exactly what each peer does).
               yyjson (optional): read (yyjson_read_opts, flags 0, pool allocator over a caller buffer,
               no malloc per frame) and read + full walk; for encode, yyjson_write_buf of the document
               read from gw_encode's output for the same message (and of a mutable copy of it), into a
               caller buffer, interleaved with gw_encode. Every peer row runs in every key order: per
               corpus (mixed, without guild payloads) one interleaved set holds all rows of all orders.
               Heartbeats (with yyjson): the frames of each heartbeat kind of the corpus (HEARTBEAT,
               HEARTBEAT_ACK ..., shard-master's PING), gw_decode against yyjson's read + one
               yyjson_obj_get of the opcode's key (op, f or type), ns per frame, interleaved.
               Build flags: the C++ peers get PEER_CXXFLAGS (-O2 -g -march=native: simdjson's On-Demand
               kernel is chosen at compile time); yyjson.c, a C file with no SIMD of its own, gets the
               same -O2 -g -march=native (YYJSON_CFLAGS) so that every peer is built alike; gateway.h
               is built with -O2 -g and no -march, as a user builds it.
   Memory: peak RSS, and per message type the smallest scratch gw_decode accepted (found with
   err.needed, then verified by a successful decode with exactly that size) and the token count.
   Protocols whose codec is still a placeholder (no message kinds) are skipped with a warning. */
#define _POSIX_C_SOURCE 200809L
#define _GNU_SOURCE /* sched_setaffinity: --threads pins each thread to a cpu */
#define GATEWAY_IMPLEMENTATION
#include "../gateway.h"

#include <math.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <errno.h>
#include <time.h>
#include <pthread.h>

#ifdef GW_BENCH_PEERS
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wsign-conversion"
#pragma GCC diagnostic ignored "-Wshadow"
#endif
#define JSMN_STRICT
#define JSMN_STATIC
#include <jsmn.h>
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
#include <cjson/cJSON.h>
/* bench/peer_simdjson.cpp */
extern int peer_simdjson_decode(int proto, int from, const char *buf, size_t len, size_t capacity, void *msg,
                                void *scratch, size_t scratch_size, uint64_t *sum);
extern int peer_simdjson_typed(int proto);
extern const char *peer_simdjson_version(void);
extern const char *peer_simdjson_version_number(void);
#define SJ_VERSION peer_simdjson_version_number()
extern int peer_simdjson_dom_init(size_t max_len);
extern int peer_simdjson_dom(const char *buf, size_t len, size_t capacity, int walk, uint64_t *sum);
extern const char *peer_simdjson_dom_kernel(void);
/* bench/peer_rapidjson.cpp */
extern int peer_rapidjson_init(void *value_buf, size_t value_size, void *stack_buf, size_t stack_size);
extern int peer_rapidjson_parse(const char *buf, size_t len, int walk, uint64_t *sum);
extern unsigned long peer_rapidjson_fallbacks(void);
extern const char *peer_rapidjson_version(void);
#ifdef GW_BENCH_YYJSON
/* bench/peer_yyjson.c (with $(YYJSON_DIR)/yyjson.c) */
extern int peer_yyjson_init(size_t max_len);
extern int peer_yyjson_read(const char *buf, size_t len, int walk, uint64_t *sum);
extern int peer_yyjson_lookup(const char *buf, size_t len, const char *key, uint64_t *sum);
extern void *peer_yyjson_doc(const char *json, size_t len, int mut);
extern size_t peer_yyjson_write(const void *doc, int mut, char *out, size_t cap);
extern const char *peer_yyjson_version(void);
#endif
#endif
#ifndef YYJSON_FLAGS
#define YYJSON_FLAGS ""
#endif
#ifdef GW_BENCH_YYJSON /* in the list of DOM walks the checks compare */
#define YYJSON_IN_WALKS ", yyjson"
#else
#define YYJSON_IN_WALKS ""
#endif
#define YYJSON_NOTE "yyjson not measured: build with YYJSON_DIR=<folder with yyjson.c and yyjson.h> (default ../shared/peers/yyjson when it exists)"

#ifndef PEER_FLAGS /* the C++ peers' flags (the Makefile passes its own) */
#define PEER_FLAGS "-std=c++17 -O2 -g -march=native"
#endif
#ifndef BENCH_FLAGS
#ifdef GW_BENCH_PEERS
#define BENCH_FLAGS "-std=c99 -O2 -g -DGW_BENCH_PEERS"
#else
#define BENCH_FLAGS "-std=c99 -O2 -g"
#endif
#endif

#define PAD 64 /* zero bytes after every frame in the corpus: simdjson's required padding */
#define NPROTO ((int)GW_PROTO_COUNT_)

/* ------------------------------------------------------------------------------------------ */
/* utilities */

static void die(const char *what)
{
    fprintf(stderr, "bench: %s\n", what);
    exit(2);
}

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) die("out of memory");
    return q;
}

static uint64_t rng_state = 0x9E3779B97F4A7C15u;
static uint64_t rnd(void) /* splitmix64 */
{
    uint64_t z = (rng_state += 0x9E3779B97F4A7C15u);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
    return z ^ (z >> 31);
}
static uint32_t rndr(uint32_t lo, uint32_t hi) { return lo + (uint32_t)(rnd() % ((uint64_t)hi - lo + 1)); }
static int chance(unsigned percent) { return rnd() % 100 < percent; }

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static volatile uint64_t sink_v;
static uint64_t sink;

/* ------------------------------------------------------------------------------------------ */
/* corpus */

/* Key orders: every frame is measured as generated (canonical: the encoder's key order), and in four
   variants the bench builds itself from it (build_orders): the keys of every object shuffled (a seeded
   PRNG of its own: the same variant on every run), reversed, the canonical form pretty-printed
   (indent 2, as JSON.stringify(v, null, 2) does), and the message in the original implementation's
   wire (gw_encode_wire, GW_WIRE_ORIGINAL: the forms real peers send; a kind that wire lacks is left
   out). All five are "orders" below. */
enum { ORD_CANON, ORD_SHUFFLED, ORD_REVERSED, ORD_PRETTY, ORD_ORIGINAL, NORD };
static const char *const ORD_NAME[NORD] = { "canonical", "shuffled", "reversed", "pretty", "original" };
/* the peers run in the four key orders: their typed simdjson decoder and the walk-sum checks know one form */
#define NPORD ORD_ORIGINAL

typedef struct frame {
    size_t off;        /* in text */
    uint32_t len;
    size_t voff[NORD]; /* the frame in each key order (voff[0] = off, vlen[0] = len) */
    uint32_t vlen[NORD];
    uint8_t vbad;      /* bit o: the variant of order o does not decode (left out of that order) */
    uint8_t proto, from;
    uint16_t gen;      /* generator index (or 0xFFFF: from a file) */
    int kind;          /* after verification */
    int sub;           /* microservice cache: 1 + gw_ms_cache_type (so each cache type is its own row) */
    uint32_t scratch;  /* smallest scratch gw_decode accepted */
    uint32_t toks;     /* tokens */
    size_t store;      /* offset of its decoded message + scratch in the store (for encode) */
} frame;

static char *text;
static size_t text_len, text_cap;
static frame *fr;
static size_t nfr, fr_cap;

/* The variants (key orders other than canonical) live in vtext: text must not move once the
   decoded store points into it. */
static char *vtext;
static size_t vtext_len, vtext_cap;

/* Append buf[0..n) and PAD zero bytes to *t; returns its offset. */
static size_t add_bytes(char **t, size_t *t_len, size_t *t_cap, const char *buf, size_t n)
{
    size_t at = *t_len;
    if (n > 0xFFFFFFF0u) die("frame too large");
    if (*t_len + n + PAD > *t_cap) {
        *t_cap = (*t_len + n + PAD) * 2;
        *t = (char *)xrealloc(*t, *t_cap);
    }
    memcpy(*t + *t_len, buf, n);
    memset(*t + *t_len + n, 0, PAD);
    *t_len += n + PAD;
    return at;
}
static size_t add_text(const char *buf, size_t n) { return add_bytes(&text, &text_len, &text_cap, buf, n); }
/* frame f in key order o */
#define FBUF(f, o) (((o) ? vtext : text) + (f)->voff[o])

static void add_frame(gw_proto p, gw_from from, unsigned gen, const char *buf, size_t n)
{
    frame *f;
    size_t at = add_text(buf, n);
    if (nfr == fr_cap) {
        fr_cap = fr_cap ? fr_cap * 2 : 1024;
        fr = (frame *)xrealloc(fr, fr_cap * sizeof *fr);
    }
    f = &fr[nfr++];
    memset(f, 0, sizeof *f);
    f->off = f->voff[ORD_CANON] = at;
    f->len = f->vlen[ORD_CANON] = (uint32_t)n;
    f->proto = (uint8_t)p;
    f->from = (uint8_t)from;
    f->gen = (uint16_t)gen;
}

/* ---- JSON text helpers over one gj_writer ---- */
static gj_writer W;
static char *wbuf;
#define WCAP ((size_t)8 << 20)

static void K(const char *k) { gj_key(&W, k, strlen(k)); }
static void KS(const char *k, const char *s) { K(k); gj_str(&W, s, strlen(s)); }
static void KR(const char *k, const char *raw, size_t n) { K(k); gj_str_raw(&W, raw, n); }
static void KU(const char *k, uint64_t v) { K(k); gj_uint(&W, v); }
static void KI(const char *k, int64_t v) { K(k); gj_int(&W, v); }
static void KB(const char *k, int v) { K(k); gj_bool(&W, v); }
static void KN(const char *k) { K(k); gj_null(&W); }
static void KSF(const char *k, uint64_t v) { K(k); gj_uint_str(&W, v); }
static void OB(void) { gj_obj_begin(&W); }
static void OE(void) { gj_obj_end(&W); }
static void AB(void) { gj_arr_begin(&W); }
static void AE(void) { gj_arr_end(&W); }

/* Words, already JSON-escaped (written with gj_str_raw): mostly ASCII, some UTF-8, some escapes. */
static const char *const PLAIN[] = {
    "hello", "the", "server", "is", "up", "again", "lol", "gg", "ok", "brb", "deploy", "shard", "latency",
    "anyone", "playing", "tonight", "?", "new", "patch", "notes", "are", "out", "check", "#announcements",
    "thanks", "for", "help", "with", "bot", "config", "!ban", "@everyone", "raid", "voice", "music",
    "queue", "skip", "https://discord.gg/abc123", "kick", "please", "read", "rules", "first", "welcome"
};
static const char *const SPECIAL[] = {
    "caf\\u00e9", "na\\u00efve", "\\u00fcber", "\\ud83d\\ude00", "\\ud83d\\ude80\\ud83d\\udd25",
    "Zo\xc3\xab", "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", "\xd0\xbf\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82",
    "\xf0\x9f\x8e\xae", "\\\"quoted\\\"", "line\\nbreak", "tab\\there", "C:\\\\path\\\\bot", "\\/slash",
    "<b>bold</b>", "\xce\xb1\xce\xb2\xce\xb3", "\xd8\xb3\xd9\x84\xd8\xa7\xd9\x85", "r\xc3\xa9sum\xc3\xa9",
    "\xe2\x9c\x85", "\\u65e5\\u672c"
};
#define NPLAIN (sizeof PLAIN / sizeof PLAIN[0])
#define NSPECIAL (sizeof SPECIAL / sizeof SPECIAL[0])

static char tbuf[8192];
/* A sentence of n words into tbuf (escaped form), returns its length. */
static size_t words(unsigned n)
{
    size_t len = 0;
    unsigned i;
    for (i = 0; i < n; i++) {
        const char *w = chance(15) ? SPECIAL[rnd() % NSPECIAL] : PLAIN[rnd() % NPLAIN];
        size_t l = strlen(w);
        if (len + l + 2 >= sizeof tbuf) break;
        if (i) tbuf[len++] = ' ';
        memcpy(tbuf + len, w, l);
        len += l;
    }
    return len;
}
static void KW(const char *k, unsigned lo, unsigned hi) { size_t n = words(rndr(lo, hi)); KR(k, tbuf, n); }

static const char *const NAMES[] = {
    "ada", "minemidnight", "Oxyl", "root", "sk8er", "night_owl", "xX_sniper_Xx", "Zo\\u00eb", "Ren\xc3\xa9\x65",
    "\xe5\xb1\xb1\xe7\x94\xb0\xe5\xa4\xaa\xe9\x83\x8e", "\xd0\x94\xd0\xbc\xd0\xb8\xd1\x82\xd1\x80\xd0\xb8\xd0\xb9",
    "\xf0\x9f\x8e\xae gamer", "O'Brien", "the \\\"bot\\\"", "\xce\x95\xce\xbb\xce\xad\xce\xbd\xce\xb7", "mod-team",
    "DJ \\u266b", "cool cat", "Jos\xc3\xa9", "k\xc3\xb6nig"
};
#define NNAMES (sizeof NAMES / sizeof NAMES[0])
static void KNAME(const char *k) { const char *s = NAMES[rnd() % NNAMES]; KR(k, s, strlen(s)); }

static char sbuf[256];
static const char *hex(unsigned n)
{
    unsigned i;
    for (i = 0; i < n && i + 1 < sizeof sbuf; i++) sbuf[i] = "0123456789abcdef"[rnd() & 15];
    sbuf[i] = 0;
    return sbuf;
}
static const char *alnum(unsigned n)
{
    static const char a[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    unsigned i;
    for (i = 0; i < n && i + 1 < sizeof sbuf; i++) sbuf[i] = a[rnd() % (sizeof a - 1)];
    sbuf[i] = 0;
    return sbuf;
}
static const char *digits(unsigned n)
{
    unsigned i;
    for (i = 0; i < n && i + 1 < sizeof sbuf; i++) sbuf[i] = (char)('0' + (i == 0 ? rndr(1, 9) : rndr(0, 9)));
    sbuf[i] = 0;
    return sbuf;
}
static const char *uuid(void)
{
    unsigned i;
    for (i = 0; i < 36; i++) sbuf[i] = (i == 8 || i == 13 || i == 18 || i == 23) ? '-' : "0123456789abcdef"[rnd() & 15];
    sbuf[36] = 0;
    return sbuf;
}
static const char *timestamp(void)
{
    static const unsigned mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    unsigned y = rndr(2015, 2025), mo = rndr(1, 12), d = rndr(1, mdays[mo - 1]);
    if (chance(50))
        snprintf(sbuf, sizeof sbuf, "%04u-%02u-%02uT%02u:%02u:%02u.%06u+00:00", y, mo, d, rndr(0, 23), rndr(0, 59),
                 rndr(0, 59), rndr(0, 999999));
    else
        snprintf(sbuf, sizeof sbuf, "%04u-%02u-%02uT%02u:%02u:%02u.%03uZ", y, mo, d, rndr(0, 23), rndr(0, 59),
                 rndr(0, 59), rndr(0, 999));
    return sbuf;
}
/* Discord snowflakes are 17-20 digits (18-19 nowadays). */
static uint64_t snowflake(void)
{
    static const uint64_t p10[] = { 1u, 10u, 100u, 1000u, 10000u, 100000u, 1000000u, 10000000u, 100000000u,
        1000000000u, 10000000000u, 100000000000u, 1000000000000u, 10000000000000u, 100000000000000u,
        1000000000000000u, 10000000000000000u, 100000000000000000u, 1000000000000000000u,
        10000000000000000000u };
    unsigned r = (unsigned)(rnd() % 100);
    unsigned d = r < 5 ? 17 : r < 50 ? 18 : r < 95 ? 19 : 20;
    uint64_t lo = p10[d - 1], hi = d == 20 ? UINT64_MAX : p10[d] - 1;
    return lo + rnd() % (hi - lo + 1);
}

/* ---- generators, one per message type (and direction), following PROTOCOLS.md ---- */

/* dmod (section 5) */
static void dmod_null_op(int op, int with_t) { OB(); KI("op", op); if (with_t) KN("t"); KN("d"); OE(); }
static void g_dmod_request_auth(void) { dmod_null_op(0, 1); }
static void g_dmod_heartbeat(void) { dmod_null_op(3, 1); }
static void g_dmod_heartbeat_back(void) { dmod_null_op(4, 1); }
static void g_dmod_authenticate(void)
{
    unsigned r = rndr(0, 2);
    OB(); KI("op", 1); K("d"); OB();
    if (r == 0) { KN("token"); KN("uid"); }
    else { KS("token", alnum(40)); if (r == 2) KS("uid", digits(rndr(4, 18))); else KN("uid"); }
    OE(); OE();
}
static void g_dmod_auth_pass(void)
{
    unsigned i, n = rndr(0, 12);
    static const char *const types[] = { "APPLICATION_REVIWED", "APPLICATION_SUBMITTED", "GUILD_BAN", "NEW_MESSAGE" };
    OB(); KI("op", 2); KN("t"); K("d"); OB(); K("missed_notifications"); AB();
    for (i = 0; i < n; i++) { OB(); KS("type", types[rnd() % 4]); KU("proccessed_type", rndr(0, 3)); OE(); }
    AE(); OE(); OE();
}
static void g_dmod_privilege(void)
{
    OB(); KI("op", 5);
    if (chance(10)) KS("ev", "GUILD_PRIVILEGE_UPDATE"); else KS("t", "GUILD_PRIVILEGE_UPDATE");
    K("d"); OB(); KS("id", digits(rndr(4, 19))); KNAME("tag");
    if (chance(70)) KB("self", chance(20));
    KSF("permissions", rnd() & 0x1FFFFFFFFFFu); OE(); OE();
}
static void g_dmod_member_count(void)
{
    OB(); KI("op", 5); KS("t", "GUILD_MEMBER_COUNT_CHANGE");
    K("d"); OB(); KS("gid", digits(rndr(6, 19))); KU("count", rndr(1, 500000)); OE(); OE();
}
static void g_dmod_hb_p(void)
{
    OB(); KI("op", 5); KS("t", "APPLICATION_SESSION_HB_P");
    K("d"); OB(); KS("gid", digits(rndr(6, 19))); KS("uid", digits(rndr(4, 19))); KU("ts", 1700000000000u + rnd() % 100000000u); OE(); OE();
}
static void g_dmod_session_end(void)
{
    OB(); KI("op", 5); KS("t", "APPLICATION_SESSION_END");
    K("d"); OB(); KS("gid", digits(rndr(6, 19))); KW("reason", 2, 8); OE(); OE();
}
static void g_dmod_connect_guild(void)
{
    OB(); KI("op", 6); KS("cmd", "CONNECT_GUILD"); K("d"); OB(); KS("token", alnum(28)); KS("gid", digits(rndr(6, 19))); OE(); OE();
}
static void g_dmod_disconnect_guild(void)
{
    OB(); KI("op", 6); KS("cmd", "DESCONNECT_GUILD"); K("d"); OB(); KS("gid", digits(rndr(6, 19))); OE(); OE();
}
static void g_dmod_resp_connect(void)
{
    unsigned i, n = rndr(0, 60);
    OB(); KI("op", 7); KN("t"); K("d"); OB(); KS("for", "CONNECT_GUILD"); K("data"); OB();
    K("guild"); OB();
    KU("count", rndr(1, 250000));
    if (chance(40)) KS("banner", hex(32)); else KN("banner");
    if (chance(80)) KS("icon", hex(32)); else KN("icon");
    KU("premium_tier", rndr(0, 3)); KU("verification_level", rndr(0, 4));
    K("emojis"); AB();
    for (i = 0; i < n; i++) { OB(); KSF("id", snowflake()); KNAME("name"); KB("animated", chance(20)); OE(); }
    AE();
    KB("current_invite_valid", chance(80));
    if (chance(30)) KS("vanity", alnum(rndr(3, 12))); else KN("vanity");
    OE();
    K("user"); OB(); KS("id", digits(rndr(4, 19))); KNAME("tag"); KSF("permissions", rnd() & 0x1FFFFFFFFFFu); OE();
    OE(); OE(); OE();
}
static void g_dmod_resp_disconnect(void)
{
    OB(); KI("op", 7); KN("t"); K("d"); OB(); KS("for", "DESCONNECT_GUILD"); K("data"); OB(); KB("success", chance(95)); OE(); OE(); OE();
}
static void g_dmod_app_session(void)
{
    OB(); KI("op", 7); KS("cmd", "APPLICATION_SESSION"); K("d"); OB();
    KS("uid", digits(rndr(3, 19))); KS("gid", digits(rndr(4, 19)));
    KS("utokh", chance(20) ? "" : hex(64)); KS("uhash", chance(20) ? "" : hex(40)); OE(); OE();
}
static void g_dmod_app_session_end(void)
{
    OB(); KI("op", 7); KS("cmd", "APPLICATION_SESSION_END"); K("d"); OB(); KS("gid", digits(rndr(4, 19))); OE(); OE();
}
static void g_dmod_reauth(void)
{
    OB(); KI("op", 7); KS("cmd", "APPLICATION_SESSION_REAUTH"); K("d"); OB();
    KS("utokh", hex(64)); KS("uhash", hex(40)); KSF("pm", rnd() & 0xFFFFFFFFu); OE(); OE();
}
static void g_dmod_hb_m(void)
{
    OB(); KI("op", 7); KS("cmd", "APPLICATION_SESSION_HB_M"); K("d"); OB(); KS("gid", digits(rndr(4, 19))); KU("ts", 1700000000000u + rnd() % 100000000u); OE(); OE();
}

/* shard-master (section 1) */
static void g_sm_ping(void) { OB(); KU("type", 3); OE(); }
static const char *sm_key(void) { return alnum(44); }
static void g_sm_register(void)
{
    OB(); KU("type", 1); K("d"); OB(); KS("public_key", sm_key()); KU("shard_in", rndr(0, 63)); KU("flags", rndr(0, 15)); OE(); OE();
}
static void g_sm_resume(void)
{
    OB(); KU("type", 5); K("d"); OB(); KS("public_key", sm_key()); KS("session_id", alnum(128));
    KU("shard_in", rndr(0, 63)); KU("flags", rndr(0, 15)); OE(); OE();
}
static void sm_head(unsigned type, const char *event, const char *service, int status)
{
    OB(); KU("type", type); KS("event", event); KS("service", service);
    if (status) { KB("possible_error", 0); KS("message", ""); }
}
static void g_sm_hello(void)
{
    sm_head(1, "GATEWAY_HELLO", "gateway", 1); K("data"); OB(); KB("starting_shards", chance(50)); OE(); KB("rate_limit", chance(10)); OE();
}
static void g_sm_pong(void) { sm_head(3, "GATEWAY_PING", "gateway", 0); K("data"); OB(); OE(); OE(); }
static void sm_session(const char *event)
{
    unsigned i, total = rndr(1, 48), first = rndr(0, total - 1), n = rndr(1, total - first);
    sm_head(1, event, "gateway", chance(30)); K("data"); OB();
    K("application_bot"); OB(); KU("flags", rndr(0, 15)); KSF("id", snowflake()); KS("public_key", "[REDACTED]"); OE();
    KS("session_id", alnum(128));
    K("shards_config"); AB(); AB(); AB();
    for (i = 0; i < n; i++) { AB(); gj_uint(&W, first + i); gj_uint(&W, total); AE(); }
    AE(); AE(); AE();
    K("shards_stats"); for (i = 0; i < 7; i++) AB();
    for (i = 0; i < n; i++) {
        OB(); KB("development", chance(5)); KB("disconnected", chance(3));
        KU("receibe_ping", 1700000000000u + rnd() % 100000000u); KU("received", rnd() % 10000000u);
        KU("send_ping", 1700000000000u + rnd() % 100000000u); KU("sending", rnd() % 10000000u);
        KS("shard_hash", hex(40)); KU("shard_id", first + i); OE();
    }
    for (i = 0; i < 7; i++) AE();
    OE(); OE();
}
static void g_sm_ready(void) { sm_session("GATEWAY_READY"); }
static void g_sm_resumed(void) { sm_session("GATEWAY_RESUMED"); }
static void g_sm_invalid(void)
{
    sm_head(1, "GATEWAY_INVALID", "gateway", 0); K("data"); OB();
    KN("application_bot"); KN("session_id"); K("shards_config"); AB(); AE(); K("shards_stats"); AB(); AE(); OE(); OE();
}
static void g_sm_error(void)
{
    OB(); KU("type", 0); KB("possible_error", 1); KW("message", 2, 8); K("data"); OB(); OE();
    if (chance(50)) KB("rate_limit", chance(50));
    OE();
}
static void g_sm_gateway_error(void)
{
    sm_head(2, "GATEWAY_ERROR", "gateway", chance(50)); K("data"); OB(); KU("code", rndr(4000, 4010)); KW("reason", 3, 12); OE(); OE();
}
static void g_sm_shard_info(void)
{
    unsigned i, n = rndr(1, 16);
    sm_head(rndr(4, 7), "GATEWAY_SHARD_INFO", "gateway", 0); K("data"); OB(); KU("shard_total", n); K("shards"); AB();
    for (i = 0; i < n; i++) { OB(); KU("id", i); KU("guilds", rndr(0, 2500)); KU("latency", rndr(20, 400)); KS("status", chance(95) ? "READY" : "RECONNECTING"); OE(); }
    AE(); OE(); OE();
}
static void g_sm_interaction(void)
{
    unsigned i, n = rndr(0, 4);
    sm_head(8, "INTERACTION_DISCORD", "http_gateway", 0); K("data"); OB();
    KSF("id", snowflake()); KSF("application_id", snowflake()); KU("type", 2);
    K("data"); OB(); KSF("id", snowflake()); KS("name", chance(50) ? "ban" : "play"); KU("type", 1);
    K("options"); AB();
    for (i = 0; i < n; i++) { OB(); KS("name", PLAIN[rnd() % NPLAIN]); KU("type", 3); KW("value", 1, 8); OE(); }
    AE(); OE();
    KSF("guild_id", snowflake()); KSF("channel_id", snowflake());
    K("member"); OB(); K("user"); OB(); KSF("id", snowflake()); KNAME("username"); KS("avatar", hex(32));
    KS("discriminator", digits(4)); KU("public_flags", rndr(0, 256)); OE();
    K("roles"); AB(); for (i = rndr(0, 6); i > 0; i--) gj_uint_str(&W, snowflake()); AE();
    KN("premium_since"); KSF("permissions", rnd() & 0x1FFFFFFFFFFu); KN("pending"); KN("nick"); KB("mute", 0); KB("deaf", 0);
    KS("joined_at", timestamp()); OE();
    KS("token", alnum(160)); KU("version", 1); KS("locale", "en-US"); KS("guild_locale", "en-US");
    OE(); OE();
}

/* i386chat (section 2) */
static void g_i386_heartbeat(void) { OB(); KU("f", 120); OE(); }
static void g_i386_hello(void) { OB(); KU("f", 100); K("cnf"); OB(); KU("hb_int", rndr(10, 60) * 1000u); OE(); OE(); }
static void g_i386_present(void) { OB(); KU("f", 110); K("cnf"); OB(); KS("token", alnum(rndr(24, 64))); OE(); OE(); }
static void g_i386_ready(void)
{
    OB(); KU("f", 140); K("cnf"); OB(); KU("v", 6); KU("session_id", rnd() >> rndr(8, 30)); KS("enc_key", uuid()); OE(); OE();
}
static void g_i386_error(void) { OB(); KU("f", 150); K("cnf"); OB(); KU("c", rndr(4000, 4005)); KB("d", chance(70)); OE(); OE(); }
static void i386_user(void)
{
    K("user"); OB(); KU("id", rnd() >> rndr(0, 12)); KNAME("name"); KS("uuid", uuid()); KB("admin", chance(5)); KW("bio", 0, 20); OE();
}
static void i386_tail(const char *t) { if (chance(80)) KU("s", rndr(1, 1000000)); KS("t", t); OE(); }
static void g_i386_s_message_create(void)
{
    OB(); KU("f", 130); K("cnf"); OB(); i386_user(); KW("content", 1, chance(10) ? 200 : 25); OE(); i386_tail("MESSAGE_CREATE");
}
static void g_i386_message_delete(void) { OB(); KU("f", 130); K("cnf"); OB(); KU("messageID", rnd() >> rndr(0, 12)); OE(); i386_tail("MESSAGE_DELETE"); }
static void i386_user_ev(const char *t) { OB(); KU("f", 130); K("cnf"); OB(); i386_user(); OE(); i386_tail(t); }
static void g_i386_s_start_typing(void) { i386_user_ev("START_TYPING"); }
static void g_i386_room_user_add(void) { i386_user_ev("ROOM_USER_ADD"); }
static void g_i386_room_user_remove(void) { i386_user_ev("ROOM_USER_REMOVE"); }
static void g_i386_gateway_down(void) { OB(); KU("f", 130); K("cnf"); OB(); OE(); i386_tail("GATEWAY_DOWN"); }
static void g_i386_server_message(void) { OB(); KU("f", 130); K("cnf"); OB(); KW("content", 3, 30); OE(); i386_tail("SERVER_MESSAGE"); }
static void g_i386_c_message_create(void) { OB(); KU("f", 130); K("cnf"); OB(); KW("content", 1, chance(10) ? 200 : 25); OE(); i386_tail("MESSAGE_CREATE"); }
static void g_i386_c_start_typing(void)
{
    OB(); KU("f", 130); K("cnf"); OB(); OE();
    if (chance(80)) KU("s", rndr(1, 1000000));
    if (chance(10)) KS("e", "START_TYPING"); else KS("t", "START_TYPING"); /* D-20 alias */
    OE();
}
static void g_i386_ban_add(void) { OB(); KU("f", 130); K("cnf"); OB(); KU("user", rnd()); KW("reason", 2, 10); KU("duration", rndr(0, 86400)); OE(); i386_tail("SYSTEM_BAN_ADD"); }
static void g_i386_channel_add(void)
{
    OB(); KU("f", 130); K("cnf"); OB(); KNAME("name"); if (chance(50)) KW("topic", 2, 12); else KN("topic");
    K("tags"); AB(); gj_str(&W, "a", 1); gj_str(&W, "b", 1); AE(); OE(); i386_tail("CHANNEL_ADD");
}
static void g_i386_channel_move(void) { OB(); KU("f", 130); K("cnf"); OB(); KU("channel", rnd()); KU("position", rndr(0, 50)); OE(); i386_tail("CHANNEL_MOVE"); }

/* microservice (section 3) */
static void g_ms_heartbeat(void)
{
    OB(); KU("op", 1); K("d"); OB(); KU("heapUsed", rndr(20000000, 900000000)); if (chance(30)) KU("guilds", rndr(100, 250000)); OE(); OE();
}
static void g_ms_heartbeat_request(void) { OB(); KU("op", 1); K("d"); OB(); OE(); OE(); }
static void g_ms_heartbeat_ack(void) { OB(); KU("op", 4); K("d"); OB(); OE(); OE(); }
static void g_ms_hello(void) { OB(); KU("op", 3); K("d"); OB(); KU("heartbeatInterval", rndr(15, 45) * 1000u); OE(); OE(); }
static void g_ms_identify(void)
{
    static const char *const t[] = { "feeds", "dashboard", "panel", "sharder", "commands" };
    OB(); KU("op", 0); K("d"); OB(); KS("type", t[rnd() % 5]); KB("compress", chance(50)); KS("secret", alnum(32)); OE(); OE();
}
static void g_ms_identified(void)
{
    unsigned i, n = chance(50) ? rndr(1, 16) : 0;
    OB(); KU("op", 2); KS("t", "IDENTIFIED"); K("d"); OB();
    if (n) { unsigned first = rndr(0, 200); K("shards"); AB(); for (i = 0; i < n; i++) gj_uint(&W, first + i); AE(); }
    OE(); OE();
}
static void g_ms_execute_command(void)
{
    static const char *const cmds[] = { "ban", "kick", "play", "skip", "help", "rank", "warn", "mute", "8ball", "userinfo" };
    const char *c = cmds[rnd() % 10];
    size_t n;
    OB(); KU("op", 2); KS("t", "EXECUTE_COMMAND"); K("d"); OB(); KS("command", c);
    n = words(rndr(1, 14));
    KR("raw", tbuf, n);
    K("ids"); OB(); KSF("message", snowflake()); KSF("author", snowflake()); KSF("channel", snowflake());
    KSF("guild", snowflake()); KU("shard", rndr(0, 63)); OE(); OE(); OE();
}
static void ms_user(void)
{
    char disc[5];
    snprintf(disc, sizeof disc, "%04u", rndr(1, 9999));
    OB(); KSF("id", snowflake()); KNAME("username"); KS("discriminator", disc);
    if (chance(80)) KS("avatar", chance(20) ? "a_1269e74af4df7417b13759eae50c83dc" : hex(32)); else KN("avatar");
    KB("bot", chance(5)); OE();
}
static void ms_member(uint64_t guild, const uint64_t *roles, unsigned nroles)
{
    unsigned i, n = nroles ? rndr(0, nroles < 6 ? nroles : 6) : 0;
    OB(); KSF("id", snowflake()); KSF("guildID", guild);
    if (chance(25)) KNAME("nickname"); else KN("nickname");
    K("roles"); AB(); for (i = 0; i < n; i++) gj_uint_str(&W, roles[rnd() % nroles]); AE();
    KS("joinedAt", timestamp()); K("user"); ms_user(); OE();
}
static void ms_role(uint64_t guild, uint64_t id, int pos)
{
    OB(); KSF("id", id); KSF("guildID", guild); KNAME("name"); KU("color", chance(40) ? 0 : rndr(1, 0xFFFFFF));
    KI("position", pos); KU("permissions", rnd() & 0x1FFFFFFFFFFu); OE();
}
static void ms_channel(uint64_t guild, uint64_t parent, int pos)
{
    unsigned i, type = chance(70) ? 0 : chance(50) ? 2 : 4, no = rndr(0, 5);
    OB(); KSF("id", snowflake()); KSF("guildID", guild); KU("type", type); KI("position", pos); KNAME("name"); KB("nsfw", chance(5));
    if (chance(80)) {
        K("overwrites"); AB();
        for (i = 0; i < no; i++) { OB(); KSF("id", snowflake()); KS("type", chance(70) ? "role" : "member"); KU("allow", rnd() & 0xFFFFFFFFu); KU("deny", rnd() & 0xFFFFFFFFu); OE(); }
        AE();
    }
    if (type == 2) KU("userLimit", rndr(0, 99));
    if (type != 4) { if (parent && chance(90)) KSF("parentID", parent); else if (chance(50)) KN("parentID"); }
    OE();
}
static void ms_voice_state(uint64_t guild)
{
    OB(); KSF("guildID", guild); KSF("channelID", snowflake()); KSF("userID", snowflake());
    KB("deaf", chance(2)); KB("mute", chance(3)); KB("selfDeaf", chance(20)); KB("selfMute", chance(30)); OE();
}
static void ms_cache_head(const char *type) { OB(); KU("op", 5); K("d"); OB(); KS("type", type); K("data"); }
static void ms_cache_tail(void) { OE(); OE(); }
static uint64_t role_pool[256];
static void g_ms_cache_member(void)
{
    unsigned i;
    uint64_t g = snowflake();
    for (i = 0; i < 8; i++) role_pool[i] = snowflake();
    ms_cache_head("member"); ms_member(g, role_pool, 8); ms_cache_tail();
}
static void g_ms_cache_role(void) { ms_cache_head("role"); ms_role(snowflake(), snowflake(), (int)rndr(0, 100)); ms_cache_tail(); }
static void g_ms_cache_user(void) { ms_cache_head("user"); ms_user(); ms_cache_tail(); }
static void g_ms_cache_channel(void) { ms_cache_head("channel"); ms_channel(snowflake(), snowflake(), (int)rndr(0, 60)); ms_cache_tail(); }
static void g_ms_cache_voice_state(void) { ms_cache_head("voiceState"); ms_voice_state(snowflake()); ms_cache_tail(); }
static int quick_mode;
static void g_ms_cache_guild(void)
{
    uint64_t g = snowflake(), parents[16];
    unsigned i, nroles = rndr(20, 250), nmem = rndr(100, 800), nch = rndr(15, 150), nvs = rndr(0, 60), np = rndr(1, 16);
    if (quick_mode) { nroles /= 10; nmem /= 20; nch /= 10; nvs /= 10; }
    for (i = 0; i < nroles; i++) role_pool[i] = i ? snowflake() : g;
    for (i = 0; i < np; i++) parents[i] = snowflake();
    ms_cache_head("guild"); OB();
    KSF("id", g); KNAME("name"); if (chance(85)) KS("icon", hex(32)); else KN("icon");
    KSF("ownerID", snowflake()); KS("region", chance(50) ? "us-east" : "europe");
    K("roles"); AB(); for (i = 0; i < nroles; i++) ms_role(g, role_pool[i], (int)i); AE();
    KU("memberCount", nmem + rndr(0, 50000));
    K("members"); AB(); for (i = 0; i < nmem; i++) ms_member(g, role_pool, nroles); AE();
    K("voiceStates"); AB(); for (i = 0; i < nvs; i++) ms_voice_state(g); AE();
    K("channels"); AB();
    for (i = 0; i < np; i++) { OB(); KSF("id", parents[i]); KSF("guildID", g); KU("type", 4); KI("position", (int)i); KNAME("name"); KB("nsfw", 0); K("overwrites"); AB(); AE(); OE(); }
    for (i = 0; i < nch; i++) ms_channel(g, parents[rnd() % np], (int)i);
    AE();
    OE(); ms_cache_tail();
}

/* Nightingale (section 4); server -> client only */
static void g_ng_ready(void) { OB(); KS("op", "ready"); K("data"); OB(); KS("session", uuid()); KB("resumed", chance(20)); OE(); OE(); }
static void g_ng_forward(void)
{
    int ints = chance(10);
    OB(); KS("op", "forward"); K("data"); OB(); KU("op", 4); K("d"); OB();
    K("guild_id"); if (ints) gj_uint(&W, snowflake()); else gj_uint_str(&W, snowflake());
    K("channel_id"); if (chance(20)) gj_null(&W); else if (ints) gj_uint(&W, snowflake()); else gj_uint_str(&W, snowflake());
    KB("self_mute", chance(10)); KB("self_deaf", chance(60)); OE(); OE(); OE();
}
static void ng_state(const char *type, int full)
{
    OB(); KS("op", "update_state"); K("data"); OB(); KS("type", type); K("data"); OB();
    if (chance(10)) KN("channel"); else KU("channel", snowflake());
    KU("guild", snowflake()); KS("session", hex(32));
    if (full) { char s[64]; snprintf(s, sizeof s, "us-east%u.discord.media:443", rndr(1, 999)); KS("server", s); KU("ssrc", rndr(1, 0xFFFFFFFFu)); }
    OE(); OE(); OE();
}
static void g_ng_connect(void) { ng_state("connect_gateway", 1); }
static void g_ng_reconnect(void) { ng_state("reconnect_gateway", 1); }
static void g_ng_disconnect(void) { ng_state("disconnect_gateway", 0); }
static void ng_track(void)
{
    char dur[16], url[300];
    snprintf(dur, sizeof dur, "00:%02u:%02u", rndr(1, 12), rndr(0, 59));
    snprintf(url, sizeof url, "https://www.youtube.com/watch?v=%s", alnum(11));
    OB();
    if (chance(90)) KW("track", 1, 6); else KN("track");
    if (chance(90)) KNAME("artist"); else KN("artist");
    if (chance(50)) KW("album", 1, 4); else KN("album");
    if (chance(80)) KNAME("channel"); else KN("channel");
    if (chance(95)) KS("duration", dur); else KN("duration");
    KS("source_url", url);
    if (chance(95)) KW("title", 2, 12); else KN("title");
    if (chance(90)) { snprintf(url, sizeof url, "https://i.ytimg.com/vi/%s/maxresdefault.jpg", alnum(11)); KS("thumbnail", url); } else KN("thumbnail");
    OE();
}
static void ng_event(const char *type) { OB(); KS("op", "event"); K("data"); OB(); KS("type", type); K("data"); }
static void g_ng_track_start(void)
{
    ng_event("track_start");
    if (chance(10)) { OB(); K("track"); ng_track(); OE(); } else ng_track(); /* D-41 wrapper form */
    OE(); OE();
}
static void g_ng_track_end(void) { ng_event("track_end"); OB(); KB("stopped", chance(30)); K("track"); ng_track(); OE(); OE(); OE(); }
static void g_ng_track_errored(void) { ng_event("track_errored"); OB(); KW("error", 2, 10); K("track"); ng_track(); OE(); OE(); OE(); }

/* A generator's protocol is its label's first word, the API's short name ("sm", "i386", "ms",
   "ng", "dmod": what gw_proto_find takes), so no row names a gw_proto */
typedef struct gen {
    gw_from from;
    unsigned count;   /* frames of this type in the default corpus */
    void (*fn)(void);
    const char *label;
} gen;
#define C GW_FROM_CLIENT
#define S GW_FROM_SERVER
/* Counts model a busy deployment for one stretch of time: heartbeats and acks dominate by count,
   microservice guild caches (hundreds of members, roles, channels) by bytes. */
static const gen GENS[] = {
    { C, 2000, g_sm_ping, "sm ping" },
    { C, 20, g_sm_register, "sm register" },
    { C, 20, g_sm_resume, "sm resume" },
    { S, 20, g_sm_hello, "sm hello" },
    { S, 2000, g_sm_pong, "sm pong" },
    { S, 12, g_sm_ready, "sm ready" },
    { S, 8, g_sm_resumed, "sm resumed" },
    { S, 6, g_sm_invalid, "sm invalid" },
    { S, 10, g_sm_error, "sm error" },
    { S, 10, g_sm_gateway_error, "sm gateway_error" },
    { S, 100, g_sm_shard_info, "sm shard_info" },
    { S, 600, g_sm_interaction, "sm interaction" },
    { C, 2000, g_i386_heartbeat, "i386 heartbeat c" },
    { S, 2000, g_i386_heartbeat, "i386 heartbeat s" },
    { S, 30, g_i386_hello, "i386 hello" },
    { C, 30, g_i386_present, "i386 present" },
    { S, 30, g_i386_ready, "i386 ready" },
    { S, 10, g_i386_error, "i386 error" },
    { S, 1500, g_i386_s_message_create, "i386 s message_create" },
    { S, 200, g_i386_message_delete, "i386 s message_delete" },
    { S, 800, g_i386_s_start_typing, "i386 s start_typing" },
    { S, 100, g_i386_room_user_add, "i386 room_user_add" },
    { S, 100, g_i386_room_user_remove, "i386 room_user_remove" },
    { S, 5, g_i386_gateway_down, "i386 gateway_down" },
    { S, 20, g_i386_server_message, "i386 server_message" },
    { C, 800, g_i386_c_message_create, "i386 c message_create" },
    { C, 100, g_i386_message_delete, "i386 c message_delete" },
    { C, 400, g_i386_c_start_typing, "i386 c start_typing" },
    { C, 10, g_i386_ban_add, "i386 system_ban_add" },
    { C, 10, g_i386_channel_add, "i386 channel_add" },
    { C, 10, g_i386_channel_move, "i386 channel_move" },
    { C, 2000, g_ms_heartbeat, "ms heartbeat" },
    { S, 200, g_ms_heartbeat_request, "ms heartbeat_request" },
    { S, 2000, g_ms_heartbeat_ack, "ms heartbeat_ack" },
    { S, 20, g_ms_hello, "ms hello" },
    { C, 20, g_ms_identify, "ms identify" },
    { S, 20, g_ms_identified, "ms identified" },
    { C, 600, g_ms_execute_command, "ms execute_command c" },
    { S, 600, g_ms_execute_command, "ms execute_command s" },
    { C, 1500, g_ms_cache_member, "ms cache member" },
    { C, 300, g_ms_cache_role, "ms cache role" },
    { C, 500, g_ms_cache_user, "ms cache user" },
    { C, 16, g_ms_cache_guild, "ms cache guild" },
    { C, 300, g_ms_cache_channel, "ms cache channel" },
    { C, 800, g_ms_cache_voice_state, "ms cache voiceState" },
    { S, 20, g_ng_ready, "ng ready" },
    { S, 400, g_ng_forward, "ng forward" },
    { S, 200, g_ng_connect, "ng connect_gateway" },
    { S, 50, g_ng_reconnect, "ng reconnect_gateway" },
    { S, 100, g_ng_disconnect, "ng disconnect_gateway" },
    { S, 500, g_ng_track_start, "ng track_start" },
    { S, 500, g_ng_track_end, "ng track_end" },
    { S, 50, g_ng_track_errored, "ng track_errored" },
    { S, 50, g_dmod_request_auth, "dmod request_auth" },
    { C, 50, g_dmod_authenticate, "dmod authenticate" },
    { S, 50, g_dmod_auth_pass, "dmod auth_pass" },
    { S, 3000, g_dmod_heartbeat, "dmod heartbeat" },
    { C, 3000, g_dmod_heartbeat_back, "dmod heartbeat_back" },
    { S, 300, g_dmod_privilege, "dmod privilege_update" },
    { S, 400, g_dmod_member_count, "dmod member_count_change" },
    { S, 200, g_dmod_hb_p, "dmod session_hb_p" },
    { S, 50, g_dmod_session_end, "dmod session_end" },
    { C, 100, g_dmod_connect_guild, "dmod connect_guild" },
    { C, 50, g_dmod_disconnect_guild, "dmod disconnect_guild" },
    { S, 100, g_dmod_resp_connect, "dmod resp connect_guild" },
    { S, 50, g_dmod_resp_disconnect, "dmod resp disconnect_guild" },
    { C, 50, g_dmod_app_session, "dmod app_session" },
    { C, 30, g_dmod_app_session_end, "dmod app_session_end" },
    { C, 30, g_dmod_reauth, "dmod app_session_reauth" },
    { C, 200, g_dmod_hb_m, "dmod app_session_hb_m" },
};
#undef C
#undef S
#define NGENS (sizeof GENS / sizeof GENS[0])

static gw_proto gen_proto(const gen *g)
{
    char name[16];
    size_t n = strcspn(g->label, " ");
    gw_proto p = GW_PROTO_NONE;
    if (n < sizeof name) {
        memcpy(name, g->label, n);
        name[n] = 0;
        p = gw_proto_find(name);
    }
    if (p == GW_PROTO_NONE) { fprintf(stderr, "bench: generator %s: its first word names no protocol\n", g->label); exit(2); }
    return p;
}

static void generate(void)
{
    size_t g;
    unsigned i;
    for (g = 0; g < NGENS; g++) {
        gw_proto p = gen_proto(&GENS[g]);
        unsigned n = quick_mode ? (GENS[g].count + 19) / 20 : GENS[g].count;
        for (i = 0; i < n; i++) {
            size_t len;
            gj_err e;
            gj_writer_init(&W, wbuf, WCAP);
            GENS[g].fn();
            if ((e = gj_writer_finish(&W, &len)) != GJ_OK) {
                fprintf(stderr, "bench: generator %s: %s\n", GENS[g].label, gj_strerror(e));
                exit(2);
            }
            add_frame(p, GENS[g].from, (unsigned)g, wbuf, len);
        }
    }
}

/* ---- file mode: one payload per line ---- */
static void load_file(const char *path, gw_proto p, gw_from from)
{
    FILE *f = fopen(path, "rb");
    char *buf;
    size_t n = 0, cap = 1 << 20, r, i, start = 0;
    if (!f) { fprintf(stderr, "bench: cannot open %s\n", path); exit(2); }
    buf = (char *)xrealloc(NULL, cap);
    while ((r = fread(buf + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap) buf = (char *)xrealloc(buf, cap *= 2);
    }
    fclose(f);
    for (i = 0; i <= n; i++) {
        if (i == n || buf[i] == '\n') {
            size_t e = i;
            if (e > start && buf[e - 1] == '\r') e--;
            if (e > start) add_frame(p, from, 0xFFFF, buf + start, e - start);
            start = i + 1;
        }
    }
    free(buf);
}

/* ------------------------------------------------------------------------------------------ */
/* verification, minimum scratch, decoded store for encode */

static unsigned char *store;
static size_t store_len;
static unsigned char *scratch;      /* reused by every timed decode */
static size_t scratch_cap;
static gj_tok *toks;                /* reused by every timed tokenize */
static size_t toks_cap;
static char *outbuf;                /* reused by every timed encode */
static size_t outcap;
static int proto_ok[NPROTO];
static size_t needed_bugs;          /* frames where err.needed was not enough */        /* protocol has a codec and all its frames decoded */

static const char *pname(int p) { const char *n = gw_proto_name((gw_proto)p); return n ? n : "?"; }
static int kind_of(const void *msg) { int k; memcpy(&k, msg, sizeof k); return k; }
#define ALIGN16(x) (((x) + 15) & ~(size_t)15)

/* Try a frame in every protocol and direction (file mode without --proto). */
static int guess(frame *f, unsigned char *tmp, size_t tmpcap)
{
    int p, d;
    for (p = 1; p < NPROTO; p++)
        for (d = GW_FROM_CLIENT; d <= GW_FROM_SERVER; d++) {
            gw_any_msg m;
            gw_error e;
            if (gw_decode((gw_proto)p, text + f->off, f->len, (gw_from)d, &m, tmp, tmpcap, &e) == GW_OK) {
                f->proto = (uint8_t)p;
                f->from = (uint8_t)d;
                return 1;
            }
        }
    return 0;
}

/* Decode every frame; report failures. Returns the number of failures in protocols that have a codec. */
static size_t verify(int allow_missing, int file_mode, int guessing)
{
    size_t i, fails = 0, kept = 0, maxs = 0, maxt = 0, maxlen = 0, shown = 0;
    size_t tmpcap = 64u << 20;
    unsigned char *tmp = (unsigned char *)xrealloc(NULL, tmpcap);
    size_t pfail[NPROTO] = { 0 }, ptotal[NPROTO] = { 0 };
    int p, has_codec[NPROTO];
    for (p = 1; p < NPROTO; p++) has_codec[p] = gw_kind_name((gw_proto)p, 1) != NULL;
    for (i = 0; i < nfr; i++) {
        frame *f = &fr[i];
        gw_any_msg m;
        gw_error e;
        gw_err r;
        gj_status st;
        size_t need;
        if (guessing && !guess(f, tmp, tmpcap)) {
            if (shown++ < 10) fprintf(stderr, "bench: frame %zu (%u bytes): no protocol/direction decodes it\n", i, f->len);
            f->proto = 0;
            fails++;
            continue;
        }
        p = f->proto;
        ptotal[p]++;
        if (!has_codec[p]) continue;
        r = gw_decode((gw_proto)p, text + f->off, f->len, (gw_from)f->from, &m, tmp, tmpcap, &e);
        if (r != GW_OK) {
            pfail[p]++;
            if (shown++ < 25)
                fprintf(stderr, "bench: FAIL %s %s frame %zu (%s): %s at offset %zu path '%s'%s%s\n  %.*s%s\n",
                        pname(p), f->from == GW_FROM_CLIENT ? "client" : "server", i,
                        f->gen < NGENS ? GENS[f->gen].label : "file", gw_strerror(r), e.offset, e.path,
                        r == GW_ERR_JSON ? ": " : "", r == GW_ERR_JSON ? gj_strerror(e.json) : "",
                        (int)(f->len > 300 ? 300 : f->len), text + f->off, f->len > 300 ? "..." : "");
            continue;
        }
        f->kind = kind_of(&m);
        if (p == GW_PROTO_MS && m.ms.kind == GW_MS_CACHE) f->sub = 1 + (int)m.ms.u.cache.type;
        /* smallest scratch: tokens only, then what err.needed says, verified by a successful decode */
        gj_tokenize(text + f->off, f->len, NULL, 0, &st);
        f->toks = (uint32_t)st.count;
        need = st.count * sizeof(gj_tok);
        r = gw_decode((gw_proto)p, text + f->off, f->len, (gw_from)f->from, &m, tmp, need, &e);
        if (r == GW_ERR_SCRATCH) {
            need = e.needed;
            r = gw_decode((gw_proto)p, text + f->off, f->len, (gw_from)f->from, &m, tmp, need, &e);
        }
        if (r != GW_OK) {
            /* err.needed did not suffice (a library bug): find the smallest working size by bisection */
            size_t lo = st.count * sizeof(gj_tok), hi = tmpcap;
            if (needed_bugs++ < 3)
                fprintf(stderr, "bench: warning: %s frame %zu (%s): decode with err.needed = %zu bytes of scratch fails: %s at '%s'\n",
                        pname(p), i, f->gen < NGENS ? GENS[f->gen].label : "file", need, gw_strerror(r), e.path);
            while (lo + 1 < hi) {
                size_t mid = lo + (hi - lo) / 2;
                if (gw_decode((gw_proto)p, text + f->off, f->len, (gw_from)f->from, &m, tmp, mid, &e) == GW_OK) hi = mid;
                else lo = mid;
            }
            need = hi;
        }
        f->scratch = (uint32_t)need;
        if (need > maxs) maxs = need;
        if (st.count > maxt) maxt = st.count;
        if (f->len > maxlen) maxlen = f->len;
        store_len += ALIGN16(sizeof(gw_any_msg)) + ALIGN16(need);
    }
    free(tmp);
    if (needed_bugs)
        fprintf(stderr, "bench: warning: for %zu frames a decode with err.needed bytes of scratch failed (gateway.h bug);"
                " their minimum was found by bisection\n", needed_bugs);
    for (p = 1; p < NPROTO; p++) {
        proto_ok[p] = 0;
        if (!ptotal[p]) continue;
        if (!has_codec[p]) {
            fprintf(stderr, "bench: warning: %s: codec is a placeholder (no message kinds); its %zu frames are skipped\n",
                    pname(p), ptotal[p]);
            continue;
        }
        if (pfail[p]) {
            fprintf(stderr, "bench: %s: %zu of %zu frames do not decode%s\n", pname(p), pfail[p],
                    ptotal[p], allow_missing || file_mode ? " (skipped)" : "");
            fails += pfail[p];
            if (!allow_missing && !file_mode) continue;
            if (file_mode) proto_ok[p] = 1; /* keep the frames that do decode */
            continue;
        }
        proto_ok[p] = 1;
    }
    /* keep only frames that will be measured */
    for (i = 0; i < nfr; i++) {
        frame *f = &fr[i];
        if (f->proto && proto_ok[f->proto] && (f->scratch || f->toks)) fr[kept++] = *f;
    }
    nfr = kept;
    scratch_cap = maxs + 64;
    scratch = (unsigned char *)xrealloc(NULL, scratch_cap);
    toks_cap = maxt + 1;
    toks = (gj_tok *)xrealloc(NULL, toks_cap * sizeof(gj_tok));
    outcap = 2 * (size_t)maxlen + 4096;
    outbuf = (char *)xrealloc(NULL, outcap);
    /* decoded messages for the encode benchmark, each with its own scratch, kept alive */
    store = (unsigned char *)xrealloc(NULL, store_len + 16);
    {
        size_t at = 0;
        for (i = 0; i < nfr; i++) {
            frame *f = &fr[i];
            gw_error e;
            f->store = at;
            if (gw_decode((gw_proto)f->proto, text + f->off, f->len, (gw_from)f->from, store + at,
                          store + at + ALIGN16(sizeof(gw_any_msg)), f->scratch, &e) != GW_OK)
                die("decode into the store failed");
            at += ALIGN16(sizeof(gw_any_msg)) + ALIGN16(f->scratch);
        }
    }
    return fails;
}

/* ------------------------------------------------------------------------------------------ */
/* the corpus in every key order (see ORD_NAME): built from each measured frame's canonical text with
   gateway_json.h's own tokenizer and writer, then checked: it tokenizes to as many tokens as the
   canonical frame, and gw_decode accepts it (a variant frame it refuses is counted, reported by kind
   and left out of that order's rows, rather than stopping the bench) */

static uint64_t ord_state = 0x5EED000000000020u; /* the shuffle's own splitmix64: the corpus's is untouched */
static uint64_t ord_rnd(void)
{
    uint64_t z = (ord_state += 0x9E3779B97F4A7C15u);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
    return z ^ (z >> 31);
}
static char *keybuf; /* an unescaped key */
static size_t keycap;

/* Write value token i of src into W, the members of every object in order ord (compact). */
static void write_reordered(const char *src, const gj_tok *t, uint32_t i, int ord)
{
    uint32_t j;
    switch ((gj_type)t[i].type) {
    case GJ_OBJECT: {
        uint32_t m = 0, n = t[i].size, *k = (uint32_t *)xrealloc(NULL, (n ? n : 1) * sizeof *k);
        for (j = i + 1; j < t[i].next; j = t[j + 1].next) k[m++] = j; /* j = key, j + 1 = its value */
        if (m != n) die("orders: object member count");
        if (ord == ORD_REVERSED)
            for (j = 0; j < m / 2; j++) { uint32_t x = k[j]; k[j] = k[m - 1 - j]; k[m - 1 - j] = x; }
        else if (ord == ORD_SHUFFLED)
            for (j = m; j > 1; j--) { uint32_t r = (uint32_t)(ord_rnd() % j), x = k[j - 1]; k[j - 1] = k[r]; k[r] = x; }
        gj_obj_begin(&W);
        for (j = 0; j < m; j++) {
            size_t kl = 0;
            if (gj_get_str(src, &t[k[j]], keybuf, keycap, &kl) != GJ_OK) die("orders: key");
            gj_key(&W, keybuf, kl);
            write_reordered(src, t, k[j] + 1, ord);
        }
        gj_obj_end(&W);
        free(k);
        break;
    }
    case GJ_ARRAY:
        gj_arr_begin(&W);
        for (j = i + 1; j < t[i].next; j = t[j].next) write_reordered(src, t, j, ord);
        gj_arr_end(&W);
        break;
    case GJ_STRING: gj_str_raw(&W, src + t[i].start, t[i].len); break;
    case GJ_NUMBER: gj_raw(&W, src + t[i].start, t[i].len); break;
    case GJ_TRUE: gj_bool(&W, 1); break;
    case GJ_FALSE: gj_bool(&W, 0); break;
    default: gj_null(&W); break;
    }
}

/* Pretty form (indent 2, "key": value, empty {} and [] kept on one line), written byte by byte from
   the tokens: gj_writer has no whitespace option. Only ' ' and '\n' are added: JSON whitespace. */
static char *pbuf;
static size_t plen, pcap;
static void pput(const char *s, size_t n)
{
    if (plen + n > pcap) pbuf = (char *)xrealloc(pbuf, pcap = (plen + n) * 2 + 4096);
    memcpy(pbuf + plen, s, n);
    plen += n;
}
static void pnewline(unsigned depth)
{
    static const char sp[] = "                                                                ";
    pput("\n", 1);
    for (depth *= 2; depth > 0; depth -= depth < 64 ? depth : 64) pput(sp, depth < 64 ? depth : 64);
}
static void write_pretty(const char *src, const gj_tok *t, uint32_t i, unsigned depth)
{
    uint32_t j;
    int first = 1;
    switch ((gj_type)t[i].type) {
    case GJ_OBJECT:
        pput("{", 1);
        for (j = i + 1; j < t[i].next; j = t[j + 1].next) {
            if (!first) pput(",", 1);
            first = 0;
            pnewline(depth + 1);
            pput("\"", 1); pput(src + t[j].start, t[j].len); pput("\": ", 3);
            write_pretty(src, t, j + 1, depth + 1);
        }
        if (!first) pnewline(depth);
        pput("}", 1);
        break;
    case GJ_ARRAY:
        pput("[", 1);
        for (j = i + 1; j < t[i].next; j = t[j].next) {
            if (!first) pput(",", 1);
            first = 0;
            pnewline(depth + 1);
            write_pretty(src, t, j, depth + 1);
        }
        if (!first) pnewline(depth);
        pput("]", 1);
        break;
    case GJ_STRING: pput("\"", 1); pput(src + t[i].start, t[i].len); pput("\"", 1); break;
    case GJ_NUMBER: pput(src + t[i].start, t[i].len); break;
    case GJ_TRUE: pput("true", 4); break;
    case GJ_FALSE: pput("false", 5); break;
    default: pput("null", 4); break;
    }
}

static size_t ord_frames[NORD], ord_left_out[NORD], ord_differ[NORD], ord_no_form[NORD];

static void build_orders(void)
{
    size_t x, maxlen = 0, maxt = 0, tmpcap;
    size_t (*bad)[NGENS + 1] = (size_t(*)[NGENS + 1])xrealloc(NULL, NORD * sizeof *bad);
    gw_err first_err[NORD][NGENS + 1];
    char first_path[NORD][NGENS + 1][sizeof(((gw_error *)0)->path)];
    unsigned char *tmp;
    gj_tok *t;
    int o;
    memset(bad, 0, NORD * sizeof *bad);
    for (x = 0; x < nfr; x++) {
        if (fr[x].len > maxlen) maxlen = fr[x].len;
        if (fr[x].toks > maxt) maxt = fr[x].toks;
    }
    keycap = maxlen + 1;
    keybuf = (char *)xrealloc(keybuf, keycap);
    t = (gj_tok *)xrealloc(NULL, (maxt + 1) * sizeof *t);
    tmpcap = scratch_cap * 4 + 65536;
    tmp = (unsigned char *)xrealloc(NULL, tmpcap);
    ord_frames[ORD_CANON] = nfr;
    for (x = 0; x < nfr; x++) {
        frame *f = &fr[x];
        unsigned gi = f->gen < NGENS ? f->gen : (unsigned)NGENS;
        gj_status st;
        if (gj_tokenize(text + f->off, f->len, t, maxt + 1, &st) != GJ_OK) die("orders: a measured frame does not tokenize");
        for (o = 1; o < NORD; o++) {
            const char *src = text + f->off;
            const char *out;
            size_t len;
            gj_status st2;
            gw_any_msg m;
            gw_error e;
            gw_err r;
            if (o == ORD_ORIGINAL) { /* the same message in the original's wire, when it has the kind */
                if (gw_encode_wire((gw_proto)f->proto, store + f->store, GW_WIRE_ORIGINAL, wbuf, WCAP, &len, &e) != GW_OK) {
                    f->vbad |= (uint8_t)(1u << o);
                    ord_no_form[o]++;
                    continue;
                }
                out = wbuf;
            } else if (o == ORD_PRETTY) {
                plen = 0;
                write_pretty(src, t, 0, 0);
                out = pbuf;
                len = plen;
            } else {
                gj_writer_init(&W, wbuf, WCAP);
                write_reordered(src, t, 0, o);
                if (gj_writer_finish(&W, &len) != GJ_OK) die("orders: gj_writer failed");
                out = wbuf;
            }
            if (o != ORD_ORIGINAL && (gj_tokenize(out, len, NULL, 0, &st2) != GJ_ERR_NOMEM || st2.count != st.count)) { /* NOMEM: counted only */
                fprintf(stderr, "bench: %s variant of frame %zu: %s at %zu, %zu tokens (canonical %zu):\n%.*s\n",
                        ORD_NAME[o], x, gj_strerror(st2.err), st2.offset, st2.count, st.count, (int)(len > 400 ? 400 : len), out);
                die("orders: a variant is not the same JSON (bench bug)");
            }
            f->voff[o] = add_bytes(&vtext, &vtext_len, &vtext_cap, out, len);
            f->vlen[o] = (uint32_t)len;
            r = gw_decode((gw_proto)f->proto, FBUF(f, o), len, (gw_from)f->from, &m, tmp, tmpcap, &e);
            if (r == GW_OK) { /* the timed decodes use `scratch`: make sure it is big enough here too */
                r = gw_decode((gw_proto)f->proto, FBUF(f, o), len, (gw_from)f->from, &m, scratch, scratch_cap, &e);
                if (r == GW_ERR_SCRATCH) {
                    scratch_cap = e.needed + 64;
                    scratch = (unsigned char *)xrealloc(scratch, scratch_cap);
                    r = gw_decode((gw_proto)f->proto, FBUF(f, o), len, (gw_from)f->from, &m, scratch, scratch_cap, &e);
                }
            }
            if (r != GW_OK) {
                if (!bad[o][gi]++) {
                    first_err[o][gi] = r;
                    snprintf(first_path[o][gi], sizeof first_path[o][gi], "%s", e.path);
                }
                f->vbad |= (uint8_t)(1u << o);
                ord_left_out[o]++;
                continue;
            }
            ord_frames[o]++;
            if (!gw_equal((gw_proto)f->proto, &m, store + f->store)) ord_differ[o]++; /* a gw_raw value keeps its bytes */
        }
    }
    for (o = 1; o < NORD; o++) {
        unsigned g;
        if (ord_no_form[o])
            fprintf(stderr, "bench: %s order: %zu of %zu frames the original's wire cannot carry (gw_encode_wire refuses "
                    "them); left out of the %s rows\n", ORD_NAME[o], ord_no_form[o], nfr, ORD_NAME[o]);
        if (!ord_left_out[o]) continue;
        fprintf(stderr, "bench: %s order: %zu of %zu frames do not decode with gw_decode; left out of the %s rows:\n",
                ORD_NAME[o], ord_left_out[o], nfr, ORD_NAME[o]);
        for (g = 0; g <= NGENS; g++)
            if (bad[o][g])
                fprintf(stderr, "  %-28s %6zu  first: %s at '%s'\n", g < NGENS ? GENS[g].label : "(file)", bad[o][g],
                        gw_strerror(first_err[o][g]), first_path[o][g]);
    }
    free(bad);
    free(tmp);
    free(t);
}

/* ------------------------------------------------------------------------------------------ */
/* timing */

enum op {
    OP_DECODE, OP_ENCODE, OP_TOKENIZE, OP_PEEK,
    OP_JSMN, OP_CJSON, OP_SJ_OD, OP_SJ_DOM, OP_SJ_DOM_WALK, OP_RJ, OP_RJ_WALK, /* peers */
    OP_YY, OP_YY_WALK, OP_YY_WRITE, OP_YY_WRITE_MUT, OP_YY_LOOKUP,             /* yyjson */
    OP_COUNT
};
#ifdef GW_BENCH_PEERS
static const char *const OP_NAME[OP_COUNT] = { "decode", "encode", "tokenize", "peek", "jsmn", "cjson",
    "simdjson_ondemand", "simdjson_dom", "simdjson_dom_walk", "rapidjson", "rapidjson_walk", "yyjson",
    "yyjson_walk", "yyjson_write", "yyjson_write_mut", "yyjson_lookup" };
#endif

static int cur_ord; /* the key order run_once reads (ORD_*) */

#ifdef GW_BENCH_PEERS
static jsmntok_t *jtoks;
static unsigned jtoks_cap;
static unsigned char *pscratch;
static size_t pscratch_cap;
#endif
#ifdef GW_BENCH_YYJSON
static void **yy_doc, **yy_mdoc; /* per frame: the documents the write rows write (from gw_encode's output) */
static char *yy_out;
static size_t yy_outcap;
#endif

/* One pass over the frames ix[0..n); returns bytes processed (input, or output for encode). */
static uint64_t run_once(enum op op, const uint32_t *ix, size_t n)
{
    uint64_t bytes = 0, sum = 0;
    size_t i;
    for (i = 0; i < n; i++) {
        const frame *f = &fr[ix[i]];
        const char *buf = FBUF(f, cur_ord);
        const uint32_t len = f->vlen[cur_ord];
        switch (op) {
        case OP_DECODE: {
            gw_any_msg m;
            gw_error e;
            gw_err r = gw_decode((gw_proto)f->proto, buf, len, (gw_from)f->from, &m, scratch, scratch_cap, &e);
            sum += (uint64_t)kind_of(&m) * 31u + (uint64_t)r;
            bytes += len;
            break;
        }
        case OP_ENCODE: {
            gw_error e;
            size_t olen = 0;
            gw_err r = gw_encode((gw_proto)f->proto, store + f->store, outbuf, outcap, &olen, &e);
            sum += olen + (uint64_t)r + (uint64_t)(unsigned char)outbuf[olen ? olen - 1 : 0];
            bytes += olen;
            break;
        }
        case OP_PEEK: { /* the envelope only: tokenize + dispatch */
            gw_envelope env;
            gw_error e;
            gw_err r = gw_peek((gw_proto)f->proto, buf, len, (gw_from)f->from, &env, scratch, scratch_cap, &e);
            sum += (uint64_t)env.kind * 31u + (uint64_t)r;
            bytes += len;
            break;
        }
        case OP_TOKENIZE: {
            gj_status st;
            gj_err r = gj_tokenize(buf, len, toks, toks_cap, &st);
            sum += st.count + (uint64_t)r + toks[st.count ? st.count - 1 : 0].start;
            bytes += len;
            break;
        }
#ifdef GW_BENCH_PEERS
        case OP_JSMN: {
            jsmn_parser jp;
            int r;
            jsmn_init(&jp);
            r = jsmn_parse(&jp, buf, len, jtoks, jtoks_cap);
            sum += (uint64_t)(int64_t)r + (r > 0 ? (uint64_t)jtoks[r - 1].start : 0);
            bytes += len;
            break;
        }
        case OP_CJSON: {
            cJSON *j = cJSON_ParseWithLength(buf, len);
            sum += j ? (uint64_t)j->type + (j->child ? (uint64_t)j->child->type : 0) : 1000;
            cJSON_Delete(j);
            bytes += len;
            break;
        }
        case OP_SJ_OD: {
            gw_any_msg m;
            int r = peer_simdjson_decode((int)f->proto, (int)f->from, buf, len, (size_t)len + PAD, &m, pscratch,
                                         pscratch_cap, &sum);
            sum += (uint64_t)(int64_t)r;
            bytes += len;
            break;
        }
        case OP_SJ_DOM: case OP_SJ_DOM_WALK: {
            int r = peer_simdjson_dom(buf, len, (size_t)len + PAD, op == OP_SJ_DOM_WALK, &sum);
            sum += (uint64_t)(int64_t)r;
            bytes += len;
            break;
        }
        case OP_RJ: case OP_RJ_WALK: {
            int r = peer_rapidjson_parse(buf, len, op == OP_RJ_WALK, &sum);
            sum += (uint64_t)(int64_t)r;
            bytes += len;
            break;
        }
#endif
#ifdef GW_BENCH_YYJSON
        case OP_YY: case OP_YY_WALK: {
            int r = peer_yyjson_read(buf, len, op == OP_YY_WALK, &sum);
            sum += (uint64_t)(int64_t)r;
            bytes += len;
            break;
        }
        case OP_YY_LOOKUP: { /* the read, then the opcode's value: what a router needs of a heartbeat */
            const char *key = f->proto == GW_PROTO_SM ? "type" : f->proto == GW_PROTO_I386 ? "f" : "op";
            int r = peer_yyjson_lookup(buf, len, key, &sum);
            sum += (uint64_t)(int64_t)r;
            bytes += len;
            break;
        }
        case OP_YY_WRITE: case OP_YY_WRITE_MUT: {
            size_t wn = peer_yyjson_write(op == OP_YY_WRITE ? yy_doc[ix[i]] : yy_mdoc[ix[i]], op == OP_YY_WRITE_MUT,
                                          yy_out, yy_outcap);
            sum += wn + (uint64_t)(unsigned char)yy_out[wn ? wn - 1 : 0];
            bytes += wn;
            break;
        }
#endif
        default: break;
        }
    }
    sink += sum;
    return bytes;
}

typedef struct result {
    double med, lo, hi;   /* seconds per pass */
    double bytes, msgs;   /* per pass */
} result;

static int reps = 7;
static double budget_scale = 1.0;

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* Warm-up pass, then `reps` repetitions of enough passes to take about `target` seconds each. */
static result measure(enum op op, const uint32_t *ix, size_t n, double target)
{
    result r;
    double t0, t1, per[64];
    unsigned iters, k;
    int j, R = reps > 64 ? 64 : reps;
    memset(&r, 0, sizeof r);
    if (!n) return r;
    target *= budget_scale;
    t0 = now();
    r.bytes = (double)run_once(op, ix, n);
    t1 = now() - t0;
    r.msgs = (double)n;
    iters = t1 <= 0 ? 1000 : (unsigned)(target / t1);
    if (iters < 1) iters = 1;
    if (iters > 100000) iters = 100000;
    for (j = 0; j < R; j++) {
        t0 = now();
        for (k = 0; k < iters; k++) run_once(op, ix, n);
        per[j] = (now() - t0) / iters;
    }
    qsort(per, (size_t)R, sizeof per[0], cmp_double);
    r.med = per[R / 2];
    r.lo = per[0];
    r.hi = per[R - 1];
    return r;
}

/* Rows measured together, interleaved: row k runs op `op` over the frames ix[0..n) read in key order
   `ord`. One warm-up pass each, then `reps` rounds in which every row runs its passes once (the
   starting row rotates each round). Noise during the run then hits every row alike. ratio[k]: the
   median over the rounds of row ref's speed over row k's in the same round (time of k / time of ref),
   which cancels load that changes slower than a round. */
typedef struct mrow { enum op op; int ord; const uint32_t *ix; size_t n; int ref; } mrow;
#define MAXROWS 64
static void measure_rows(const mrow *rows, int nrows, double target, result *out, double *ratio)
{
    static double per[MAXROWS][64], rr[64];
    unsigned iters[MAXROWS], k;
    int j, o, R = reps > 64 ? 64 : reps;
    if (nrows > MAXROWS) die("measure_rows: too many rows");
    target *= budget_scale;
    for (o = 0; o < nrows; o++) {
        double t0 = now(), t1;
        memset(&out[o], 0, sizeof out[o]);
        iters[o] = 0;
        if (!rows[o].n) continue;
        cur_ord = rows[o].ord;
        out[o].bytes = (double)run_once(rows[o].op, rows[o].ix, rows[o].n);
        out[o].msgs = (double)rows[o].n;
        t1 = now() - t0;
        iters[o] = t1 <= 0 ? 1000 : (unsigned)(target / t1);
        if (iters[o] < 1) iters[o] = 1;
        if (iters[o] > 100000) iters[o] = 100000;
    }
    for (j = 0; j < R; j++)
        for (k = 0; k < (unsigned)nrows; k++) {
            double t0;
            unsigned it;
            o = (int)((k + (unsigned)j) % (unsigned)nrows);
            per[o][j] = 0;
            if (!iters[o]) continue;
            cur_ord = rows[o].ord;
            t0 = now();
            for (it = 0; it < iters[o]; it++) run_once(rows[o].op, rows[o].ix, rows[o].n);
            per[o][j] = (now() - t0) / iters[o];
        }
    cur_ord = ORD_CANON;
    for (o = 0; o < nrows; o++) {
        int ref = rows[o].ref;
        ratio[o] = 0;
        if (!iters[o] || !iters[ref]) continue;
        for (j = 0; j < R; j++) rr[j] = per[o][j] / per[ref][j];
        qsort(rr, (size_t)R, sizeof rr[0], cmp_double);
        ratio[o] = rr[R / 2];
    }
    for (o = 0; o < nrows; o++) {
        if (!iters[o]) continue;
        qsort(per[o], (size_t)R, sizeof per[o][0], cmp_double);
        out[o].med = per[o][R / 2];
        out[o].lo = per[o][0];
        out[o].hi = per[o][R - 1];
    }
}

static double mbs(result r) { return r.med > 0 ? r.bytes / r.med / 1e6 : 0; }
static double nsmsg(result r) { return r.msgs > 0 ? r.med * 1e9 / r.msgs : 0; }
static double spread_pct(result r) { return r.med > 0 ? 100.0 * (r.hi - r.lo) / r.med : 0; }

/* ------------------------------------------------------------------------------------------ */
/* groups (per protocol and per message kind) */

typedef struct group {
    int proto, kind, sub;
    uint32_t *ix;
    size_t n, cap;
    uint64_t bytes;
    uint32_t max_scratch, max_toks;
    unsigned char from_mask;
    result dec, enc;
} group;

static void group_add_ord(group *g, uint32_t i, int ord)
{
    if (g->n == g->cap) {
        g->cap = g->cap ? g->cap * 2 : 64;
        g->ix = (uint32_t *)xrealloc(g->ix, g->cap * sizeof *g->ix);
    }
    g->ix[g->n++] = i;
    g->bytes += fr[i].vlen[ord];
    if (fr[i].scratch > g->max_scratch) g->max_scratch = fr[i].scratch;
    if (fr[i].toks > g->max_toks) g->max_toks = fr[i].toks;
    g->from_mask |= fr[i].from;
}
static void group_add(group *g, uint32_t i) { group_add_ord(g, i, ORD_CANON); }

static group all, noguild, protos[NPROTO]; /* noguild: all but the microservice guild cache payloads */
static group oall[NORD], onoguild[NORD];   /* the same in each key order, less the frames left out of it */
static int is_guild(const frame *f)
{
    return f->proto == GW_PROTO_MS && f->kind == (int)GW_MS_CACHE && f->sub == 1 + (int)GW_MS_CACHE_GUILD;
}
static group *kinds;
static size_t nkinds;

static int cmp_group(const void *a, const void *b)
{
    const group *x = (const group *)a, *y = (const group *)b;
    return x->proto != y->proto ? x->proto - y->proto : x->kind != y->kind ? x->kind - y->kind : x->sub - y->sub;
}

static void build_groups(void)
{
    size_t i, j;
    uint32_t *order = (uint32_t *)xrealloc(NULL, (nfr ? nfr : 1) * sizeof *order);
    for (i = 0; i < nfr; i++) order[i] = (uint32_t)i;
    for (i = nfr; i > 1; i--) { /* interleave the traffic as a gateway sees it */
        size_t k = (size_t)(rnd() % i);
        uint32_t t = order[i - 1];
        order[i - 1] = order[k];
        order[k] = t;
    }
    for (i = 0; i < nfr; i++) {
        uint32_t x = order[i];
        const frame *f = &fr[x];
        group *g = NULL;
        group_add(&all, x);
        if (!is_guild(f)) group_add(&noguild, x);
        for (j = 0; j < NORD; j++)
            if (!(f->vbad >> j & 1)) {
                group_add_ord(&oall[j], x, (int)j);
                if (!is_guild(f)) group_add_ord(&onoguild[j], x, (int)j);
            }
        group_add(&protos[f->proto], x);
        protos[f->proto].proto = f->proto;
        for (j = 0; j < nkinds; j++)
            if (kinds[j].proto == f->proto && kinds[j].kind == f->kind && kinds[j].sub == f->sub) { g = &kinds[j]; break; }
        if (!g) {
            kinds = (group *)xrealloc(kinds, (nkinds + 1) * sizeof *kinds);
            g = &kinds[nkinds++];
            memset(g, 0, sizeof *g);
            g->proto = f->proto;
            g->kind = f->kind;
            g->sub = f->sub;
        }
        group_add(g, x);
    }
    free(order);
    qsort(kinds, nkinds, sizeof *kinds, cmp_group);
}

/* ------------------------------------------------------------------------------------------ */
/* header, output */

static char cpu[128] = "unknown CPU";
static char date[64] = "unknown date";
static char sched_note[96] = ""; /* ", at real-time priority (SCHED_FIFO 1)" when run under chrt */

static void machine(void)
{
    FILE *f = fopen("/proc/cpuinfo", "r");
    char line[512];
    time_t t = time(NULL);
    struct tm tm;
    if (f) {
        while (fgets(line, sizeof line, f)) {
            if (strncmp(line, "model name", 10) == 0) {
                char *p = strchr(line, ':');
                size_t n;
                if (!p) break;
                p++;
                while (*p == ' ' || *p == '\t') p++;
                n = strcspn(p, "\n");
                if (n >= sizeof cpu) n = sizeof cpu - 1;
                memcpy(cpu, p, n);
                cpu[n] = 0;
                break;
            }
        }
        fclose(f);
    }
    if (gmtime_r(&t, &tm)) strftime(date, sizeof date, "%Y-%m-%d %H:%M UTC", &tm);
    {
        int pol = sched_getscheduler(0);
        struct sched_param sp;
        if ((pol == SCHED_FIFO || pol == SCHED_RR) && sched_getparam(0, &sp) == 0)
            snprintf(sched_note, sizeof sched_note, ", at real-time priority (%s %d)",
                     pol == SCHED_FIFO ? "SCHED_FIFO" : "SCHED_RR", sp.sched_priority);
    }
}

static long ncpu(void)
{
    FILE *f = fopen("/proc/cpuinfo", "r");
    char line[512];
    long n = 0;
    if (!f) return 0;
    while (fgets(line, sizeof line, f)) if (strncmp(line, "processor", 9) == 0) n++;
    fclose(f);
    return n;
}

static const char *const CACHE_NAMES[] = { "", "member", "role", "user", "guild", "channel", "voiceState" };
static const char *kind_label(const group *g)
{
    static char b[96];
    const char *k = gw_kind_name((gw_proto)g->proto, g->kind);
    snprintf(b, sizeof b, "%s%s%s", k ? k : "?", g->sub ? " " : "", g->sub ? CACHE_NAMES[g->sub] : "");
    return b;
}
static const char *short_kind(int p, int kind)
{
    const char *k = gw_kind_name((gw_proto)p, kind);
    const char *u;
    if (!k) return "?";
    /* GW_DMOD_HEARTBEAT -> HEARTBEAT */
    u = strchr(k + 3, '_');
    return u ? u + 1 : k;
}

static void jres(const char *prefix, result r, int with_ns)
{
    char key[64];
    snprintf(key, sizeof key, "%s%smb_s", prefix, *prefix ? "_" : "");
    K(key); gj_double(&W, floor(mbs(r) * 10 + 0.5) / 10);
    if (with_ns) {
        snprintf(key, sizeof key, "%s_ns_per_msg", prefix);
        K(key); gj_double(&W, floor(nsmsg(r) * 10 + 0.5) / 10);
        snprintf(key, sizeof key, "%s_msgs_s", prefix);
        K(key); gj_double(&W, floor(r.med > 0 ? r.msgs / r.med : 0));
        snprintf(key, sizeof key, "%s_spread_pct", prefix);
        K(key); gj_double(&W, floor(spread_pct(r) * 10 + 0.5) / 10);
    }
}

/* --threads N: the mixed corpus decoded on 1 thread, then on N threads at once, each thread with
   its own scratch and message (README: every call is reentrant). Throughput is all threads' bytes
   over the wall time; scaling is N threads' over one thread's. */
typedef struct thread_job { unsigned char *scratch; int passes, cpu; uint64_t sum; double cpu_s, wall_s; } thread_job;

static double thread_cpu(void)
{
    struct timespec ts;
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) != 0) return 0;
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void *thread_decode(void *arg)
{
    thread_job *j = (thread_job *)arg;
    int pass;
    size_t i;
#ifdef CPU_SET
    { /* one thread per cpu, and it stays there: a lone thread left to wander between idle cpus
         runs slower than it would pinned, which would flatter the scaling */
        cpu_set_t set;
        CPU_ZERO(&set);
        CPU_SET((size_t)j->cpu, &set);
        (void)sched_setaffinity(0, sizeof set, &set);
    }
#endif
    j->cpu_s = thread_cpu();
    j->wall_s = now();
    for (pass = 0; pass < j->passes; pass++)
        for (i = 0; i < all.n; i++) { /* in the interleaved order the main measurement uses */
            const frame *f = &fr[all.ix[i]];
            gw_any_msg m;
            gw_error e;
            gw_err r = gw_decode((gw_proto)f->proto, text + f->off, f->len, (gw_from)f->from, &m, j->scratch, scratch_cap, &e);
            j->sum += (uint64_t)kind_of(&m) * 31u + (uint64_t)r;
        }
    j->cpu_s = thread_cpu() - j->cpu_s;
    j->wall_s = now() - j->wall_s;
    return NULL;
}

/* Wall seconds for n threads each decoding the corpus `passes` times. oncpu_min: the smallest share of
   its wall time a thread spent on a cpu (its CPU time over its wall time), over the runs since reset:
   below 0.9, other work took the cpus and the figures measure the machine's load. */
static double oncpu_min = 1;
static double run_threads(int n, int passes, uint64_t *sum)
{
    pthread_t tid[64];
    thread_job job[64];
    double t0;
    int t;
    for (t = 0; t < n; t++) {
        job[t].scratch = (unsigned char *)xrealloc(NULL, scratch_cap);
        memset(job[t].scratch, 0, scratch_cap); /* its pages are there before the clock starts */
        job[t].passes = passes;
        job[t].cpu = (int)(t % ncpu());
        job[t].sum = 0;
    }
    t0 = now();
    for (t = 0; t < n; t++) if (pthread_create(&tid[t], NULL, thread_decode, &job[t])) die("pthread_create failed");
    for (t = 0; t < n; t++) pthread_join(tid[t], NULL);
    t0 = now() - t0;
    for (t = 0; t < n; t++) {
        double share = job[t].wall_s > 0 ? job[t].cpu_s / job[t].wall_s : 1;
        if (share < oncpu_min) oncpu_min = share;
        *sum += job[t].sum;
        free(job[t].scratch);
    }
    return t0;
}

/* The scaling figure comes from measurements of at least THREAD_MIN_S seconds each (the passes per
   thread are chosen from a timed pass), 1 thread and N threads alternated 5 times; it is called steady
   when each side's spread over the 5 is under 10% and no thread was off its cpu (descheduled for
   other work: its CPU time against its wall time) more than 10% of a run. With --quick (one pass per thread, for valgrind and
   the sanitizers) it is printed as not steady: a pass of a few milliseconds measures warm-up and
   thread start, not decode. */
#define THREAD_MIN_S 0.5
static int bench_threads(int n)
{
    size_t bytes = 0, i;
    int passes = 1, rep, r, steady;
    double one[5], many[5], m1, mn, t1, sp1, spn;
    uint64_t s1 = 0, sn = 0;
    for (i = 0; i < nfr; i++) bytes += fr[i].len;
    if (n < 1 || n > 64) die("--threads takes 1 to 64");
    run_threads(1, 1, &s1); /* warm up */
    t1 = run_threads(1, 1, &s1);
    if (!quick_mode) {
        double want = THREAD_MIN_S / (t1 > 0 ? t1 : 1e-6);
        passes = want > 100000 ? 100000 : (int)want + 1;
    }
    s1 = 0;
    oncpu_min = 1;
    for (rep = 0; rep < 5; rep++) { /* alternate, so that machine noise falls on both */
        one[rep] = run_threads(1, passes, &s1);
        many[rep] = run_threads(n, passes, &sn);
    }
    for (r = 0; r < 5; r++) { /* sort: medians and spreads */
        int a, b;
        for (a = 0; a < 4; a++) for (b = a + 1; b < 5; b++) {
            if (one[b] < one[a]) { double x = one[a]; one[a] = one[b]; one[b] = x; }
            if (many[b] < many[a]) { double x = many[a]; many[a] = many[b]; many[b] = x; }
        }
    }
    m1 = (double)bytes * passes / one[2] / 1e6;
    mn = (double)bytes * passes * n / many[2] / 1e6;
    sp1 = 100.0 * (one[4] - one[0]) / one[2];
    spn = 100.0 * (many[4] - many[0]) / many[2];
    steady = !quick_mode && one[0] >= THREAD_MIN_S * 0.8 && many[0] >= THREAD_MIN_S * 0.8 && sp1 < 10 && spn < 10 &&
             oncpu_min >= 0.9;
    if (sn != s1 * (uint64_t)n) die("threads: the threads' results differ from one thread's");
    printf("decode on %d thread%s, %zu frames (%.2f MB) x %d pass%s each, median of 5 alternated runs (%ld cpus):\n", n,
           n == 1 ? "" : "s", nfr, (double)bytes / 1e6, passes, passes == 1 ? "" : "es", ncpu());
    printf("  1 thread:  %8.1f MB/s  (%.3f s per run, spread %.1f%%)\n", m1, one[2], sp1);
    printf("  %d threads: %8.1f MB/s in all  (%.3f s per run, spread %.1f%%)\n", n, mn, many[2], spn);
    printf("  on a cpu: every thread of every run was on a cpu for at least %.0f%% of its wall time\n", 100 * oncpu_min);
    if (steady) printf("  scaling: %.2fx one thread\n", mn / m1);
    else if (quick_mode)
        printf("  scaling: not steady, so not given (--quick: one pass of %.1f ms per thread measures warm-up and thread"
               " start, not decode; run without --quick: at least %.1f s per run)\n", t1 * 1e3, THREAD_MIN_S);
    else
        printf("  scaling: %.2fx one thread, NOT STEADY (a run shorter than %.1f s, a spread of 10%% or more, or a thread"
               " off its cpu more than 10%% of the time: the machine is busy)\n", mn / m1, THREAD_MIN_S * 0.8);
    return 0;
}

static void usage(void)
{
    fprintf(stderr,
            "usage: bench [--json | --markdown] [--quick] [--reps N] [--allow-missing] [--dump DIR] [--threads N]\n"
            "       bench [--json] [--reps N] [--proto NAME --from client|server] FILE...   (one payload per line)\n");
    exit(2);
}

/* --dump DIR: the corpus as DIR/<protocol>_<side>.jsonl, one payload per line, for file mode and
   for profiling the same bytes elsewhere (bench/instructions.sh); and each other key order in
   DIR/<order>/: shuffled, reversed and original as .jsonl too, pretty (its payloads span lines) as
   DIR/pretty/<protocol>_<side>.json-seq (RFC 7464: each payload after an RS byte 0x1E, then a
   newline). A variant frame gw_decode refuses is left out of its file, as out of the bench's rows. */
static const char *dump_dir;
static int dump_corpus(const char *dir)
{
    int p, side, o;
    for (o = 0; o < NORD; o++) {
        char sub[4096];
        if (o == ORD_CANON) snprintf(sub, sizeof sub, "%s", dir);
        else {
            snprintf(sub, sizeof sub, "%s/%s", dir, ORD_NAME[o]);
            if (mkdir(sub, 0777) != 0 && errno != EEXIST) { perror(sub); return 2; }
        }
        for (p = 1; p < NPROTO; p++)
            for (side = GW_FROM_CLIENT; side <= GW_FROM_SERVER; side++) {
                char path[8192];
                FILE *f;
                size_t x;
                snprintf(path, sizeof path, "%s/%s_%s.%s", sub, gw_proto_name((gw_proto)p),
                         side == GW_FROM_CLIENT ? "client" : "server", o == ORD_PRETTY ? "json-seq" : "jsonl");
                if (!(f = fopen(path, "wb"))) { perror(path); return 2; }
                for (x = 0; x < nfr; x++)
                    if (fr[x].proto == p && fr[x].from == side && !(fr[x].vbad >> o & 1)) {
                        if (o == ORD_PRETTY) fputc(0x1E, f);
                        fwrite(FBUF(&fr[x], o), 1, fr[x].vlen[o], f);
                        fputc('\n', f);
                    }
                if (fclose(f) != 0) { perror(path); return 2; }
            }
    }
    return 0;
}

#ifdef GW_BENCH_PEERS
/* ------------------------------------------------------------------------------------------ */
/* peers: setup and checks, interleaved measurement, descriptions */

/* the rows of the peers table, measured together by measure_set; the first is the reference */
static const enum op PEER_ROWS[] = { OP_DECODE, OP_TOKENIZE, OP_JSMN, OP_CJSON, OP_SJ_OD, OP_SJ_DOM, OP_SJ_DOM_WALK,
                                     OP_RJ, OP_RJ_WALK
#ifdef GW_BENCH_YYJSON
                                     , OP_YY, OP_YY_WALK
#endif
};
#define NPROW ((int)(sizeof PEER_ROWS / sizeof PEER_ROWS[0]))
/* [0] the mixed corpus, [1] without the guild cache payloads; then the key order */
static result prow[2][NPORD][NPROW];
static double pratio[2][NPORD][NPROW]; /* gateway.h decode's speed over the row's, same order, paired by round */
/* encode: gw_encode and yyjson's writes of the same messages (canonical corpus) */
static const enum op ENC_ROWS[] = { OP_ENCODE
#ifdef GW_BENCH_YYJSON
                                    , OP_YY_WRITE, OP_YY_WRITE_MUT
#endif
};
#define NEROW ((int)(sizeof ENC_ROWS / sizeof ENC_ROWS[0]))
static result erow[NEROW];
static double eratio[NEROW];
#ifdef GW_BENCH_YYJSON
/* heartbeat kinds (HEARTBEAT*, shard-master's PING) of the corpus: gw_decode and yyjson's read + the
   opcode's lookup (OP_YY_LOOKUP), ns per frame; hbratio: decode's speed over yyjson's, paired by round */
enum { MAXHB = 16 };
static const group *hbkind[MAXHB];
static result hbrow[MAXHB][2];
static double hbratio[MAXHB];
static size_t nhb;
#endif
static size_t sj_mism, sj_checked, walk_mism, walk_checked, peer_rejects;
#ifdef GW_BENCH_YYJSON
static size_t yy_same, yy_write_frames;
#endif
static unsigned long rj_fallbacks_after_check;

/* Allocate the peers' buffers, and check them before timing, on every frame in every key order:
   every peer accepts it, the typed simdjson decoder gw_equal()s gw_decode of the same bytes, the DOM
   walks (RapidJSON, simdjson, yyjson) sum what RapidJSON's walk of the canonical frame sums (the
   sum does not depend on key order or whitespace), and RapidJSON's pools never fall back to malloc. */
static void peers_setup(void)
{
    uint32_t maxt = 0, maxlen = 0;
    size_t x, rj_cap;
    int o;
    for (x = 0; x < nfr; x++) {
        if (fr[x].toks > maxt) maxt = fr[x].toks;
        for (o = 0; o < NORD; o++)
            if (fr[x].vlen[o] > maxlen) maxlen = fr[x].vlen[o];
    }
    jtoks_cap = maxt + 16;
    jtoks = (jsmntok_t *)xrealloc(NULL, jtoks_cap * sizeof *jtoks);
    pscratch_cap = scratch_cap * 2 + 65536;
    pscratch = (unsigned char *)xrealloc(NULL, pscratch_cap);
    rj_cap = (size_t)maxlen * 32 + 65536; /* values: 16 B each plus the copied strings; the counter checks it */
    if (peer_rapidjson_init(xrealloc(NULL, rj_cap), rj_cap, xrealloc(NULL, rj_cap), rj_cap) != 0) die("RapidJSON init");
    if (peer_simdjson_dom_init(maxlen) != 0) die("simdjson dom::parser allocate");
#ifdef GW_BENCH_YYJSON
    if (peer_yyjson_init(maxlen) != 0) die("yyjson pool allocator");
    yy_outcap = (size_t)maxlen * 8 + (1u << 20);
    yy_out = (char *)xrealloc(NULL, yy_outcap);
    yy_doc = (void **)xrealloc(NULL, (nfr ? nfr : 1) * sizeof *yy_doc);
    yy_mdoc = (void **)xrealloc(NULL, (nfr ? nfr : 1) * sizeof *yy_mdoc);
#endif
    for (x = 0; x < nfr; x++) {
        uint64_t w_ref = 0;
        for (o = 0; o < NPORD; o++) {
            const frame *f = &fr[x];
            const char *buf = FBUF(f, o);
            const uint32_t len = f->vlen[o];
            uint64_t s = 0, w_rj = 0, w_sj = 0;
            jsmn_parser jp;
            cJSON *j;
            if (f->vbad >> o & 1) continue;
            if (peer_simdjson_typed(f->proto)) { /* the typed simdjson decoder must produce gw_decode's message */
                gw_any_msg m, ref;
                gw_error e;
                sj_checked++;
                memset(&m, 0, sizeof m);
                if (gw_decode((gw_proto)f->proto, buf, len, (gw_from)f->from, &ref, scratch, scratch_cap, &e) != GW_OK)
                    die("peers: a measured frame does not decode");
                if (peer_simdjson_decode(f->proto, f->from, buf, len, (size_t)len + PAD, &m, pscratch, pscratch_cap,
                                         &s) != 0 || !gw_equal((gw_proto)f->proto, &m, &ref)) {
                    if (sj_mism++ < 5) fprintf(stderr, "bench: simdjson peer disagrees with gw_decode on %s frame (%s): %.*s\n",
                                               pname(f->proto), ORD_NAME[o], (int)(len > 200 ? 200 : len), buf);
                }
            } else if (peer_simdjson_decode(f->proto, f->from, buf, len, (size_t)len + PAD, NULL, pscratch,
                                            pscratch_cap, &s) != 0) {
                if (peer_rejects++ < 5) fprintf(stderr, "bench: simdjson On-Demand rejects frame %zu (%s)\n", x, ORD_NAME[o]);
            }
            jsmn_init(&jp);
            if (jsmn_parse(&jp, buf, len, jtoks, jtoks_cap) < 0 && peer_rejects++ < 5)
                fprintf(stderr, "bench: jsmn rejects frame %zu (%s)\n", x, ORD_NAME[o]);
            j = cJSON_ParseWithLength(buf, len);
            if (!j && peer_rejects++ < 5) fprintf(stderr, "bench: cJSON rejects frame %zu (%s)\n", x, ORD_NAME[o]);
            cJSON_Delete(j);
            if (buf[len] != 0) die("frame not NUL-terminated (RapidJSON peer)");
            if ((peer_rapidjson_parse(buf, len, 0, &s) != 0 || peer_rapidjson_parse(buf, len, 1, &w_rj) != 0) &&
                peer_rejects++ < 5)
                fprintf(stderr, "bench: RapidJSON rejects frame %zu (%s)\n", x, ORD_NAME[o]);
            if ((peer_simdjson_dom(buf, len, (size_t)len + PAD, 0, &s) != 0 ||
                 peer_simdjson_dom(buf, len, (size_t)len + PAD, 1, &w_sj) != 0) && peer_rejects++ < 5)
                fprintf(stderr, "bench: simdjson DOM rejects frame %zu (%s)\n", x, ORD_NAME[o]);
            if (o == ORD_CANON) w_ref = w_rj;
            walk_checked++;
            if ((w_rj != w_ref || w_sj != w_ref) && walk_mism++ < 5)
                fprintf(stderr, "bench: the DOM walks differ on frame %zu (%s)\n", x, ORD_NAME[o]);
#ifdef GW_BENCH_YYJSON
            {
                uint64_t w_yy = 0;
                if ((peer_yyjson_read(buf, len, 0, &s) != 0 || peer_yyjson_read(buf, len, 1, &w_yy) != 0) &&
                    peer_rejects++ < 5)
                    fprintf(stderr, "bench: yyjson rejects frame %zu (%s)\n", x, ORD_NAME[o]);
                if (w_yy != w_ref && walk_mism++ < 5)
                    fprintf(stderr, "bench: yyjson's walk differs on frame %zu (%s)\n", x, ORD_NAME[o]);
            }
#endif
        }
#ifdef GW_BENCH_YYJSON
        { /* the write rows' documents: gw_encode's output for this message, read by yyjson (not timed) */
            const frame *f = &fr[x];
            gw_error e;
            size_t len = 0, n0, n1;
            if (gw_encode((gw_proto)f->proto, store + f->store, outbuf, outcap, &len, &e) != GW_OK) die("peers: gw_encode failed");
            yy_doc[x] = peer_yyjson_doc(outbuf, len, 0);
            yy_mdoc[x] = peer_yyjson_doc(outbuf, len, 1);
            if (!yy_doc[x] || !yy_mdoc[x]) die("yyjson: reading gw_encode's output failed");
            n0 = peer_yyjson_write(yy_doc[x], 0, yy_out, yy_outcap);
            if (n0 == len && memcmp(yy_out, outbuf, len) == 0) yy_same++;
            n1 = peer_yyjson_write(yy_mdoc[x], 1, yy_out, yy_outcap);
            if (!n0 || !n1) die("yyjson: write into the caller buffer failed");
            yy_write_frames++;
        }
#endif
    }
    rj_fallbacks_after_check = peer_rapidjson_fallbacks();
    if (peer_rejects) fprintf(stderr, "bench: warning: %zu peer rejections (the peers' figures are not comparable)\n", peer_rejects);
    if (rj_fallbacks_after_check)
        fprintf(stderr, "bench: warning: RapidJSON's pools fell back to malloc %lu times\n", rj_fallbacks_after_check);
}

/* Five times the repetitions, each a fifth as long: a burst of load from elsewhere on the machine
   then spoils fewer of the rounds, and the median steps over them. One interleaved set per corpus
   holds every row in every key order (each order's rows are compared with that order's decode). */
static int peer_reps;
static void peers_measure(void)
{
    int saved = reps, c, o, i;
    static mrow rows[NPORD * NPROW];
    static result out[NPORD * NPROW];
    static double ratio[NPORD * NPROW];
    mrow er[NEROW];
    peer_reps = reps = saved * 5 > 63 ? 63 : saved * 5;
    for (c = 0; c < 2; c++) {
        for (o = 0; o < NPORD; o++)
            for (i = 0; i < NPROW; i++) {
                mrow *r = &rows[o * NPROW + i];
                const group *g = c == 0 ? &oall[o] : &onoguild[o];
                r->op = PEER_ROWS[i];
                r->ord = o;
                r->ix = g->ix;
                r->n = g->n;
                r->ref = o * NPROW; /* PEER_ROWS[0] = decode, in the same order */
            }
        measure_rows(rows, NPORD * NPROW, 0.03, out, ratio);
        for (o = 0; o < NPORD; o++)
            for (i = 0; i < NPROW; i++) {
                prow[c][o][i] = out[o * NPROW + i];
                pratio[c][o][i] = ratio[o * NPROW + i];
            }
    }
    for (i = 0; i < NEROW; i++) {
        er[i].op = ENC_ROWS[i];
        er[i].ord = ORD_CANON;
        er[i].ix = all.ix;
        er[i].n = all.n;
        er[i].ref = 0;
    }
    measure_rows(er, NEROW, 0.05, erow, eratio);
#ifdef GW_BENCH_YYJSON
    {
        mrow hr[2 * MAXHB];
        result hout[2 * MAXHB];
        double hrat[2 * MAXHB];
        size_t k;
        for (k = 0, nhb = 0; k < nkinds && nhb < MAXHB; k++) {
            const char *kn = short_kind(kinds[k].proto, kinds[k].kind);
            if (strncmp(kn, "HEARTBEAT", 9) != 0 && strcmp(kn, "PING") != 0) continue;
            hbkind[nhb] = &kinds[k];
            for (i = 0; i < 2; i++) {
                mrow *r = &hr[2 * nhb + (size_t)i];
                r->op = i ? OP_YY_LOOKUP : OP_DECODE;
                r->ord = ORD_CANON;
                r->ix = kinds[k].ix;
                r->n = kinds[k].n;
                r->ref = (int)(2 * nhb);
            }
            nhb++;
        }
        measure_rows(hr, (int)(2 * nhb), 0.02, hout, hrat);
        for (k = 0; k < nhb; k++) hbrow[k][0] = hout[2 * k], hbrow[k][1] = hout[2 * k + 1], hbratio[k] = hrat[2 * k + 1];
    }
#endif
    reps = saved;
}

/* what a row measures; md: with Markdown backticks */
static const char *peer_what(enum op op, int md)
{
    static char b[256];
    const char *q = md ? "`" : "";
    switch (op) {
    case OP_DECODE: snprintf(b, sizeof b, "gateway.h decode (%sgw_decode%s, strict typed)", q, q); break;
    case OP_TOKENIZE: snprintf(b, sizeof b, "gateway.h tokenizer alone (%sgj_tokenize%s)", q, q); break;
    case OP_JSMN: snprintf(b, sizeof b, "jsmn 1.1.0 (%sJSMN_STRICT%s), tokenize only", q, q); break;
    case OP_CJSON: snprintf(b, sizeof b, "cJSON %s parse + delete (heap DOM)", cJSON_Version()); break;
    case OP_SJ_OD: snprintf(b, sizeof b, "simdjson %s On-Demand: typed dmod/ms, full walk of the rest", SJ_VERSION); break;
    case OP_SJ_DOM:
        snprintf(b, sizeof b, "simdjson %s DOM parse only (%sdom::parser%s reused, %s kernel)", SJ_VERSION, q, q,
                 peer_simdjson_dom_kernel());
        break;
    case OP_SJ_DOM_WALK: snprintf(b, sizeof b, "simdjson %s DOM parse + full walk", SJ_VERSION); break;
    case OP_RJ:
        snprintf(b, sizeof b, "RapidJSON %s DOM parse (%skParseValidateEncodingFlag%s, pool over a caller buffer)",
                 peer_rapidjson_version(), q, q);
        break;
    case OP_RJ_WALK: snprintf(b, sizeof b, "RapidJSON %s DOM parse + full walk", peer_rapidjson_version()); break;
#ifdef GW_BENCH_YYJSON
    case OP_YY:
        snprintf(b, sizeof b, "yyjson %s read only (%syyjson_read_opts%s, flags 0, pool allocator over a caller buffer)",
                 peer_yyjson_version(), q, q);
        break;
    case OP_YY_WALK: snprintf(b, sizeof b, "yyjson %s read + full walk", peer_yyjson_version()); break;
    case OP_YY_WRITE:
        snprintf(b, sizeof b, "yyjson %s write (%syyjson_write_buf%s of the document read from gw_encode's output)",
                 peer_yyjson_version(), q, q);
        break;
    case OP_YY_WRITE_MUT:
        snprintf(b, sizeof b, "yyjson %s write of a mutable document (%syyjson_mut_write_buf%s)", peer_yyjson_version(), q, q);
        break;
#endif
    case OP_ENCODE: snprintf(b, sizeof b, "gateway.h encode (%sgw_encode%s of the decoded message)", q, q); break;
    default: snprintf(b, sizeof b, "%s", OP_NAME[op]); break;
    }
    return b;
}
#endif

int main(int argc, char **argv)
{
    int json = 0, markdown = 0, allow_missing = 0, i, file_mode = 0, p, threads = 0;
    gw_proto fproto = GW_PROTO_NONE;
    gw_from ffrom = (gw_from)0;
    const char *files[256];
    int nfiles = 0;
    size_t fails, k;
    result dec, enc, tok, pk;
    result ores[3][NORD];  /* decode, peek, tokenize of the mixed corpus in each key order */
    double oratio[3][NORD]; /* time over the same op's in canonical order, paired by round */
    int o;
    struct rusage ru;
    double t_start = now();

    for (i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--json") == 0) json = 1;
        else if (strcmp(argv[i], "--markdown") == 0) markdown = 1;
        else if (strcmp(argv[i], "--quick") == 0) quick_mode = 1;
        else if (strcmp(argv[i], "--allow-missing") == 0) allow_missing = 1;
        else if (strcmp(argv[i], "--dump") == 0 && i + 1 < argc) dump_dir = argv[++i];
        else if (strcmp(argv[i], "--reps") == 0 && i + 1 < argc) reps = atoi(argv[++i]);
        else if (strcmp(argv[i], "--threads") == 0 && i + 1 < argc) threads = atoi(argv[++i]);
        else if (strcmp(argv[i], "--proto") == 0 && i + 1 < argc) {
            const char *n = argv[++i];
            fproto = gw_proto_find(n);
            for (p = 1; !fproto && p < NPROTO; p++) {
                static const char *const shortn[] = { "", "sm", "i386", "ms", "ng", "dmod" };
                if (strcmp(n, shortn[p]) == 0) fproto = (gw_proto)p;
            }
            if (!fproto) { fprintf(stderr, "bench: unknown protocol %s\n", n); usage(); }
        } else if (strcmp(argv[i], "--from") == 0 && i + 1 < argc) {
            i++;
            if (strcmp(argv[i], "client") == 0) ffrom = GW_FROM_CLIENT;
            else if (strcmp(argv[i], "server") == 0) ffrom = GW_FROM_SERVER;
            else usage();
        } else if (argv[i][0] == '-') usage();
        else if (nfiles < 256) files[nfiles++] = argv[i];
    }
    if (reps < 1) reps = 1;
    if ((fproto != GW_PROTO_NONE) != (ffrom != 0)) { fprintf(stderr, "bench: give both --proto and --from, or neither\n"); usage(); }
    if (quick_mode) { reps = 1; budget_scale = 0; }
    machine();
    wbuf = (char *)xrealloc(NULL, WCAP);
    if (nfiles) {
        file_mode = 1;
        for (i = 0; i < nfiles; i++) load_file(files[i], fproto, ffrom);
    } else {
        generate();
    }
    fails = verify(allow_missing, file_mode, file_mode && !fproto);
    if (fails && !allow_missing && !file_mode) {
        fprintf(stderr, "bench: %zu corpus frames do not decode (use --allow-missing to measure the rest)\n", fails);
        return 1;
    }
    if (!nfr) { fprintf(stderr, "bench: nothing to measure\n"); return 1; }
    build_orders();
    if (dump_dir) return dump_corpus(dump_dir);
    build_groups();
    if (threads) return bench_threads(threads);

    /* measurements: mixed corpus, per protocol, per message kind */
    dec = measure(OP_DECODE, all.ix, all.n, 0.15);
    enc = measure(OP_ENCODE, all.ix, all.n, 0.15);
    tok = measure(OP_TOKENIZE, all.ix, all.n, 0.15);
    pk = measure(OP_PEEK, all.ix, all.n, 0.15);
    for (p = 1; p < NPROTO; p++) {
        protos[p].dec = measure(OP_DECODE, protos[p].ix, protos[p].n, 0.05);
        protos[p].enc = measure(OP_ENCODE, protos[p].ix, protos[p].n, 0.05);
    }
    for (k = 0; k < nkinds; k++) {
        kinds[k].dec = measure(OP_DECODE, kinds[k].ix, kinds[k].n, 0.012);
        kinds[k].enc = measure(OP_ENCODE, kinds[k].ix, kinds[k].n, 0.012);
    }
    { /* every key order: decode, peek and tokenize of the mixed corpus, the 15 rows interleaved */
        static const enum op OOPS[3] = { OP_DECODE, OP_PEEK, OP_TOKENIZE };
        mrow rows[3 * NORD];
        result out[3 * NORD];
        double ratio[3 * NORD];
        for (k = 0; k < 3; k++)
            for (o = 0; o < NORD; o++) {
                mrow *r = &rows[k * NORD + (size_t)o];
                r->op = OOPS[k];
                r->ord = o;
                r->ix = oall[o].ix;
                r->n = oall[o].n;
                r->ref = (int)k * NORD;
            }
        measure_rows(rows, 3 * NORD, 0.05, out, ratio);
        for (k = 0; k < 3; k++)
            for (o = 0; o < NORD; o++) {
                ores[k][o] = out[k * NORD + (size_t)o];
                oratio[k][o] = ratio[k * NORD + (size_t)o];
            }
    }
#ifdef GW_BENCH_PEERS
    peers_setup();
    peers_measure();
#endif
    getrusage(RUSAGE_SELF, &ru);
    sink_v = sink;

    if (markdown) {
        /* the README's results table (bench/readme.sh pastes it in): figures as measured here */
        printf("Measured by `%s --markdown` on %s (%ld cpus)%s, gcc %s, `%s`, %s. Corpus: %zu generated messages,"
               " %.2f MB; median of %d repetitions.\n\n", argv[0], cpu, ncpu(), sched_note, __VERSION__, BENCH_FLAGS, date, all.n,
               (double)all.bytes / 1e6, reps);
        printf("| corpus | msgs | avg B | decode MB/s | decode ns/msg | encode MB/s | encode ns/msg |\n");
        printf("|---|---:|---:|---:|---:|---:|---:|\n");
        printf("| **mixed, all protocols** | %zu | %.0f | **%.1f** | %.0f | **%.1f** | %.0f |\n", all.n,
               (double)all.bytes / (double)all.n, mbs(dec), nsmsg(dec), mbs(enc), nsmsg(enc));
        for (p = 1; p < NPROTO; p++) {
            const group *g = &protos[p];
            if (!g->n) continue;
            printf("| %s | %zu | %.0f | %.1f | %.0f | %.1f | %.0f |\n", pname(p), g->n, (double)g->bytes / (double)g->n,
                   mbs(g->dec), nsmsg(g->dec), mbs(g->enc), nsmsg(g->enc));
        }
        for (k = 0; k < nkinds; k++) { /* the smallest and the largest messages say the most */
            const group *h = &kinds[k];
            const char *kn = short_kind(h->proto, h->kind);
            if (!strstr(kn, "HEARTBEAT") && !(h->sub && strcmp(CACHE_NAMES[h->sub], "guild") == 0)) continue;
            printf("| %s %s%s%s | %zu | %.0f | %.1f | %.0f | %.1f | %.0f |\n", pname(h->proto), kn, h->sub ? " " : "",
                   h->sub ? CACHE_NAMES[h->sub] : "", h->n, (double)h->bytes / (double)h->n, mbs(h->dec), nsmsg(h->dec),
                   mbs(h->enc), nsmsg(h->enc));
        }
        printf("| peek, envelope only (`gw_peek`) | %zu | %.0f | %.1f | %.0f | | |\n", all.n, (double)all.bytes / (double)all.n,
               mbs(pk), nsmsg(pk));
        printf("| tokenizer alone (`gj_tokenize`) | %zu | %.0f | %.1f | %.0f | | |\n", all.n, (double)all.bytes / (double)all.n,
               mbs(tok), nsmsg(tok));
        printf("\nPeak RSS %ld KiB; largest decode scratch %zu B (a 183 KB guild cache payload).\n", (long)ru.ru_maxrss,
               scratch_cap - 64);
        printf("\n**Key orders.** The mixed corpus above in five forms the bench builds from it: as generated (canonical:"
               " gw_encode's key order), the keys of every object shuffled (a seeded PRNG: the same every run), reversed,"
               " pretty-printed (indent 2), and original: each message in the original implementations' wire"
               " (gw_encode_wire, GW_WIRE_ORIGINAL), the forms their peers send, less the %zu messages that wire cannot carry"
               " (*left out*). The %d rows are measured interleaved (median of %d rounds); *\xc3\x97 canonical*"
               " is the row's speed over the same operation's on the canonical form, paired by round.", ord_no_form[ORD_ORIGINAL],
               3 * NORD, reps);
        for (o = 1; o < NORD && !ord_left_out[o]; o++) {}
        if (o < NORD) printf(" Frames gw_decode refuses in a form are left out of that form's rows (*left out*).");
        printf("\n\n| key order | msgs | MB | left out | decode MB/s | decode ns/msg | \xc3\x97 canonical | peek MB/s |"
               " \xc3\x97 canonical | tokenizer MB/s | \xc3\x97 canonical |\n");
        printf("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (o = 0; o < NORD; o++)
            printf("| %s | %zu | %.2f | %zu | **%.1f** | %.0f | %.2f | %.1f | %.2f | %.1f | %.2f |\n", ORD_NAME[o], oall[o].n,
                   (double)oall[o].bytes / 1e6, all.n - oall[o].n, mbs(ores[0][o]), nsmsg(ores[0][o]),
                   oratio[0][o] > 0 ? 1 / oratio[0][o] : 0, mbs(ores[1][o]), oratio[1][o] > 0 ? 1 / oratio[1][o] : 0,
                   mbs(ores[2][o]), oratio[2][o] > 0 ? 1 / oratio[2][o] : 0);
#ifdef GW_BENCH_PEERS
        printf("\n**Peers**, measured in the same run and interleaved (median of %d rounds, each round runs every row of every"
               " key order once, in rotating order; the four key orders, not the original wire, whose forms the typed simdjson"
               " peer does not read; peers built with `%s`", peer_reps, PEER_FLAGS);
#ifdef GW_BENCH_YYJSON
        printf(", yyjson.c with `%s`", YYJSON_FLAGS);
#endif
        printf("). *\xc3\xb7* is gateway.h decode's speed over the row's in the same key order, the median of that ratio"
               " over the rounds, each round's two figures taken side by side (above 1: gateway.h is faster). Mixed: the"
               " corpus above in each key order; without guild payloads: the same less the %zu microservice guild cache"
               " messages (%zu messages, %.2f MB in canonical order).\n\n", all.n - noguild.n, noguild.n,
               (double)noguild.bytes / 1e6);
        {
            int c;
            for (c = 0; c < 2; c++) {
                printf("| %s |", c == 0 ? "row, mixed corpus" : "row, without guild payloads");
                for (o = 0; o < NPORD; o++) printf(" %s MB/s | \xc3\xb7 |", ORD_NAME[o]);
                printf("\n|---|");
                for (o = 0; o < NPORD; o++) printf("---:|---:|");
                printf("\n");
                for (i = 0; i < NPROW; i++) {
                    const char *b0 = PEER_ROWS[i] == OP_DECODE ? "**" : "";
                    printf("| %s%s%s |", b0, peer_what(PEER_ROWS[i], 1), b0);
                    for (o = 0; o < NPORD; o++)
                        printf(" %s%.1f%s | %.2f |", b0, mbs(prow[c][o][i]), b0, pratio[c][o][i]);
                    printf("\n");
                }
                printf("\n");
            }
        }
        printf("Encode, measured interleaved in the same run on the canonical corpus (%zu messages): MB/s counts each"
               " row's own output; *gw_encode \xc3\xb7 row* is gw_encode's speed over the row's on the same messages,"
               " paired by round.\n\n", all.n);
        printf("| row | MB/s | ns/msg | gw_encode \xc3\xb7 row |\n|---|---:|---:|---:|\n");
        for (i = 0; i < NEROW; i++)
            printf("| %s | %.1f | %.0f | %.2f |\n", peer_what(ENC_ROWS[i], 1), mbs(erow[i]), nsmsg(erow[i]), eratio[i]);
#ifdef GW_BENCH_YYJSON
        printf("\nHeartbeats, measured interleaved in the same run: the frames of every heartbeat kind of the corpus"
               " (HEARTBEAT, HEARTBEAT_ACK ... and shard-master's PING), ns per frame; *\xc3\xb7* is gateway.h decode's speed over"
               " yyjson's read + one lookup (`yyjson_obj_get` of the opcode's key), paired by round.\n\n");
        printf("| heartbeat | protocol | frames | bytes | decode ns | yyjson read + lookup ns | \xc3\xb7 |\n"
               "|---|---|---:|---:|---:|---:|---:|\n");
        for (i = 0; i < (int)nhb; i++)
            printf("| %s | %s | %zu | %.0f | %.1f | %.1f | %.2f |\n", short_kind(hbkind[i]->proto, hbkind[i]->kind),
                   pname(hbkind[i]->proto), hbkind[i]->n, (double)hbkind[i]->bytes / (double)hbkind[i]->n,
                   nsmsg(hbrow[i][0]), nsmsg(hbrow[i][1]), hbratio[i]);
#endif
        printf("\nChecked before timing, on every frame in every key order: the typed simdjson results equal gw_decode's"
               " (`gw_equal`) on %zu frames, %zu differ; the DOM walks (RapidJSON, simdjson%s) sum what the canonical"
               " frame's walk sums on %zu frames, %zu differ; %zu frames rejected by a peer; RapidJSON's pools fell back"
               " to malloc %lu times.", sj_checked, sj_mism,
               YYJSON_IN_WALKS,
               walk_checked, walk_mism, peer_rejects, peer_rapidjson_fallbacks());
#ifdef GW_BENCH_YYJSON
        printf(" yyjson's write equals gw_encode's output byte for byte on %zu of %zu messages.", yy_same, yy_write_frames);
#else
        printf(" %s.", YYJSON_NOTE);
#endif
        printf("\n");
#endif
        return 0;
    }
    if (json) {
        size_t len;
        gj_writer_init(&W, wbuf, WCAP);
        OB();
        KS("bench", "gateway.h");
        KS("cpu", cpu); KI("cpus", ncpu()); KB("realtime_priority", sched_note[0] != 0);
        KS("compiler", __VERSION__); KS("flags", BENCH_FLAGS); KS("date", date);
        KS("corpus", file_mode ? "files" : quick_mode ? "generated-quick" : "generated");
        KU("messages", all.n); KU("bytes", all.bytes); KI("reps", reps);
        jres("decode", dec, 1); jres("encode", enc, 1); jres("tokenize", tok, 1); jres("peek", pk, 1);
        /* the mixed corpus in each key order, interleaved; *_vs_canonical = speed over canonical's, paired by round */
        K("orders"); OB();
        for (o = 0; o < NORD; o++) {
            K(ORD_NAME[o]); OB();
            KU("messages", oall[o].n); KU("bytes", oall[o].bytes); KU("left_out", all.n - oall[o].n);
            jres("decode", ores[0][o], 1); jres("peek", ores[1][o], 1); jres("tokenize", ores[2][o], 1);
            K("decode_vs_canonical"); gj_double(&W, floor((oratio[0][o] > 0 ? 1 / oratio[0][o] : 0) * 100 + 0.5) / 100);
            K("peek_vs_canonical"); gj_double(&W, floor((oratio[1][o] > 0 ? 1 / oratio[1][o] : 0) * 100 + 0.5) / 100);
            K("tokenize_vs_canonical"); gj_double(&W, floor((oratio[2][o] > 0 ? 1 / oratio[2][o] : 0) * 100 + 0.5) / 100);
            KU("not_equal_to_canonical_message", ord_differ[o]);
            OE();
        }
        OE();
        K("protocols"); OB();
        for (p = 1; p < NPROTO; p++) {
            if (!protos[p].n) continue;
            K(pname(p)); OB();
            KU("messages", protos[p].n); KU("bytes", protos[p].bytes);
            jres("decode", protos[p].dec, 1); jres("encode", protos[p].enc, 1);
            K("types"); OB();
            for (k = 0; k < nkinds; k++) {
                const group *g = &kinds[k];
                if (g->proto != p) continue;
                K(kind_label(g)); OB();
                KU("messages", g->n); KU("bytes", g->bytes);
                jres("decode", g->dec, 1); jres("encode", g->enc, 1);
                KU("scratch_bytes", g->max_scratch); KU("tokens", g->max_toks);
                OE();
            }
            OE();
            OE();
        }
        OE();
        K("skipped"); AB();
        for (p = 1; p < NPROTO; p++) if (!proto_ok[p]) gj_str(&W, pname(p), strlen(pname(p)));
        AE();
        K("peers"); OB();
#ifdef GW_BENCH_PEERS
        /* measured interleaved; *_gateway_ratio = gateway.h decode's speed / the row's, median of per-round ratios */
        KS("peer_flags", PEER_FLAGS);
        KU("noguild_messages", noguild.n); KU("noguild_bytes", noguild.bytes);
        for (i = 0; i < NPROW; i++) { /* the mixed_ and noguild_ figures: canonical order; then per order */
            K(OP_NAME[PEER_ROWS[i]]); OB();
            KS("what", peer_what(PEER_ROWS[i], 0));
            for (o = 0; o < NPORD; o++) {
                if (o) { K(ORD_NAME[o]); OB(); }
                jres("mixed", prow[0][o][i], 1);
                K("mixed_gateway_ratio"); gj_double(&W, floor(pratio[0][o][i] * 100 + 0.5) / 100);
                jres("noguild", prow[1][o][i], 1);
                K("noguild_gateway_ratio"); gj_double(&W, floor(pratio[1][o][i] * 100 + 0.5) / 100);
                if (o) OE();
            }
            OE();
        }
        for (i = 0; i < NEROW; i++) { /* encode rows: canonical corpus; ratio = gw_encode's speed over the row's */
            K(OP_NAME[ENC_ROWS[i]]); OB();
            KS("what", peer_what(ENC_ROWS[i], 0));
            jres("mixed", erow[i], 1);
            K("mixed_encode_ratio"); gj_double(&W, floor(eratio[i] * 100 + 0.5) / 100);
            OE();
        }
#ifdef GW_BENCH_YYJSON
        K("heartbeats"); AB(); /* decode against yyjson's read + the opcode's lookup, ns per frame */
        for (i = 0; i < (int)nhb; i++) {
            OB();
            KS("protocol", pname(hbkind[i]->proto));
            KS("kind", short_kind(hbkind[i]->proto, hbkind[i]->kind));
            KU("frames", hbkind[i]->n);
            jres("decode", hbrow[i][0], 1);
            jres("yyjson_lookup", hbrow[i][1], 1);
            K("gateway_ratio"); gj_double(&W, floor(hbratio[i] * 100 + 0.5) / 100);
            OE();
        }
        AE();
        KS("yyjson_flags", YYJSON_FLAGS);
        KU("yyjson_write_equal_to_gw_encode", yy_same);
#else
        KS("yyjson", YYJSON_NOTE);
#endif
        KU("walk_checked", walk_checked);
        KU("simdjson_typed_checked", sj_checked); KU("simdjson_typed_mismatches", sj_mism);
        KU("dom_walk_mismatches", walk_mism); KU("rejections", peer_rejects);
        KU("rapidjson_malloc_fallbacks", peer_rapidjson_fallbacks());
#endif
        OE();
        KU("peak_rss_kb", (uint64_t)ru.ru_maxrss);
        KU("decode_scratch_max_bytes", scratch_cap - 64);
        KU("checksum", sink);
        OE();
        if (gj_writer_finish(&W, &len) != GJ_OK) die("JSON output");
        fwrite(wbuf, 1, len, stdout);
        fputc('\n', stdout);
        return 0;
    }

    printf("gateway.h bench | %s (%ld cpus)%s | %s | %s | %s\n", cpu, ncpu(), sched_note, "gcc " __VERSION__, BENCH_FLAGS,
           date);
    printf("corpus: %s, %zu messages, %.2f MB; median of %d reps after warm-up, spread = (max-min)/median\n",
           file_mode ? "files" : quick_mode ? "generated (quick)" : "generated", all.n, (double)all.bytes / 1e6, reps);
    printf("\n%-30s %8s %8s | %9s %9s %9s %6s | %9s %9s %6s | %9s %6s\n", "protocol / message", "msgs", "avg B",
           "dec MB/s", "dec msg/s", "dec ns", "+-%", "enc MB/s", "enc ns", "+-%", "scratch B", "toks");
    for (p = 1; p < NPROTO; p++) {
        const group *g = &protos[p];
        if (!g->n) {
            if (!proto_ok[p]) printf("%-30s   (skipped: codec not available or frames rejected)\n", pname(p));
            continue;
        }
        printf("%-30s %8zu %8.0f | %9.1f %9.0f %9.0f %6.1f | %9.1f %9.0f %6.1f |\n", pname(p), g->n,
               (double)g->bytes / (double)g->n, mbs(g->dec), g->dec.msgs / g->dec.med, nsmsg(g->dec), spread_pct(g->dec),
               mbs(g->enc), nsmsg(g->enc), spread_pct(g->enc));
        for (k = 0; k < nkinds; k++) {
            const group *h = &kinds[k];
            char name[64];
            if (h->proto != p) continue;
            snprintf(name, sizeof name, "  %s%s%s%s", short_kind(p, h->kind), h->sub ? " " : "",
                     h->sub ? CACHE_NAMES[h->sub] : "", h->from_mask == 3 ? " (c+s)" : "");
            printf("%-30s %8zu %8.0f | %9.1f %9.0f %9.0f %6.1f | %9.1f %9.0f %6.1f | %9u %6u\n", name, h->n,
                   (double)h->bytes / (double)h->n, mbs(h->dec), h->dec.msgs / h->dec.med, nsmsg(h->dec),
                   spread_pct(h->dec), mbs(h->enc), nsmsg(h->enc), spread_pct(h->enc), h->max_scratch, h->max_toks);
        }
    }
    printf("%-30s %8zu %8.0f | %9.1f %9.0f %9.0f %6.1f | %9.1f %9.0f %6.1f |\n", "MIXED (all protocols)", all.n,
           (double)all.bytes / (double)all.n, mbs(dec), dec.msgs / dec.med, nsmsg(dec), spread_pct(dec), mbs(enc),
           nsmsg(enc), spread_pct(enc));
    printf("%-30s %8zu %8.0f | %9.1f %9.0f %9.0f %6.1f |\n", "peek, envelope only (gw_peek)", all.n,
           (double)all.bytes / (double)all.n, mbs(pk), pk.msgs / pk.med, nsmsg(pk), spread_pct(pk));
    printf("%-30s %8zu %8.0f | %9.1f %9.0f %9.0f %6.1f |\n", "tokenizer alone (gj_tokenize)", all.n,
           (double)all.bytes / (double)all.n, mbs(tok), tok.msgs / tok.med, nsmsg(tok), spread_pct(tok));
    printf("\nkey orders: the mixed corpus in each order, built by the bench from the canonical frames (shuffled: seeded,"
           " the same every run; original: the original implementations' wire, less %zu messages it cannot carry); %d rows"
           " interleaved, median of %d rounds; x canon = speed over the same row's in canonical order, paired by round\n",
           ord_no_form[ORD_ORIGINAL], 3 * NORD, reps);
    printf("%-10s %7s %7s %8s | %9s %8s %6s %8s | %9s %8s | %9s %8s\n", "order", "msgs", "MB", "left out", "dec MB/s",
           "dec ns", "+-%", "x canon", "peek MB/s", "x canon", "tok MB/s", "x canon");
    for (o = 0; o < NORD; o++)
        printf("%-10s %7zu %7.2f %8zu | %9.1f %8.0f %6.1f %7.2fx | %9.1f %7.2fx | %9.1f %7.2fx\n", ORD_NAME[o], oall[o].n,
               (double)oall[o].bytes / 1e6, all.n - oall[o].n, mbs(ores[0][o]), nsmsg(ores[0][o]), spread_pct(ores[0][o]),
               oratio[0][o] > 0 ? 1 / oratio[0][o] : 0, mbs(ores[1][o]), oratio[1][o] > 0 ? 1 / oratio[1][o] : 0,
               mbs(ores[2][o]), oratio[2][o] > 0 ? 1 / oratio[2][o] : 0);
    printf("encode: not per order (it encodes the decoded message, the same in every order but for the bytes of gw_raw"
           " values, which keep the input's key order: %zu of %zu variant frames not gw_equal to the canonical message)\n",
           ord_differ[1] + ord_differ[2] + ord_differ[3] + ord_differ[4], ord_frames[1] + ord_frames[2] + ord_frames[3] + ord_frames[4]);
#ifdef GW_BENCH_PEERS
    printf("\npeers, interleaved in one run (median of %d rounds, each runs every row of every order once, rotating"
           " order); peers: %s\n", peer_reps, PEER_FLAGS);
    printf("gw/row = gateway.h decode's speed / the row's, in the same key order: median over the rounds of the ratio"
           " within a round\n");
    for (o = 0; o < NPORD; o++) {
        char c0[64], c1[64];
        snprintf(c0, sizeof c0, "mixed: %zu msgs, %.2f MB", oall[o].n, (double)oall[o].bytes / 1e6);
        snprintf(c1, sizeof c1, "no guild payloads: %zu msgs, %.2f MB", onoguild[o].n, (double)onoguild[o].bytes / 1e6);
        printf("%-20s | %-35s | %-35s\n", o == 0 ? "canonical order" : o == 1 ? "keys shuffled" : o == 2 ? "keys reversed" :
               o == 3 ? "pretty (indent 2)" : "original wire", c0, c1);
        printf("%-20s | %8s %8s %8s %8s | %8s %8s %8s %8s\n", "row", "MB/s", "ns/msg", "+-%", "gw/row", "MB/s", "ns/msg",
               "+-%", "gw/row");
        for (i = 0; i < NPROW; i++) {
            const result *r0 = &prow[0][o][i], *r1 = &prow[1][o][i];
            printf("%-20s | %8.1f %8.0f %8.1f %7.2fx | %8.1f %8.0f %8.1f %7.2fx\n", OP_NAME[PEER_ROWS[i]], mbs(*r0),
                   nsmsg(*r0), spread_pct(*r0), pratio[0][o][i], mbs(*r1), nsmsg(*r1), spread_pct(*r1), pratio[1][o][i]);
        }
    }
    printf("encode, canonical corpus (%zu messages), interleaved; MB/s counts each row's own output bytes;"
           " gw/row = gw_encode's speed / the row's, same messages, paired by round\n", all.n);
    printf("%-20s | %8s %8s %8s %8s\n", "row", "MB/s", "ns/msg", "+-%", "gw/row");
    for (i = 0; i < NEROW; i++)
        printf("%-20s | %8.1f %8.0f %8.1f %7.2fx\n", OP_NAME[ENC_ROWS[i]], mbs(erow[i]), nsmsg(erow[i]),
               spread_pct(erow[i]), eratio[i]);
#ifdef GW_BENCH_YYJSON
    printf("heartbeats, interleaved; ns per frame; gw/row = gw_decode's speed / yyjson read + opcode lookup's, paired by round\n");
    for (i = 0; i < (int)nhb; i++)
        printf("%-13s %-26s %6zu frames %4.0f B | decode %6.1f ns | yyjson_lookup %6.1f ns | %5.2fx\n", pname(hbkind[i]->proto),
               short_kind(hbkind[i]->proto, hbkind[i]->kind), hbkind[i]->n, (double)hbkind[i]->bytes / (double)hbkind[i]->n,
               nsmsg(hbrow[i][0]), nsmsg(hbrow[i][1]), hbratio[i]);
#endif
    for (i = 0; i < NPROW; i++) printf("  %-18s %s\n", OP_NAME[PEER_ROWS[i]], peer_what(PEER_ROWS[i], 0));
    for (i = 0; i < NEROW; i++) printf("  %-18s %s\n", OP_NAME[ENC_ROWS[i]], peer_what(ENC_ROWS[i], 0));
#ifdef GW_BENCH_YYJSON
    printf("  %-18s yyjson.c built with %s (C, yyjson's default options)\n", "yyjson", YYJSON_FLAGS);
#else
    printf("  %-18s %s\n", "yyjson", YYJSON_NOTE);
#endif
    printf("checks (every key order): simdjson typed results vs gw_equal: %zu frames, %zu mismatches (simdjson %s); DOM walk"
           " sums (RapidJSON, simdjson DOM%s) vs the canonical frame's: %zu frames, %zu differ; peer rejections: %zu;"
           " RapidJSON pool malloc fallbacks: %lu", sj_checked, sj_mism, peer_simdjson_version(),
           YYJSON_IN_WALKS,
           walk_checked, walk_mism, peer_rejects, peer_rapidjson_fallbacks());
#ifdef GW_BENCH_YYJSON
    printf("; yyjson's write equals gw_encode's output on %zu of %zu messages", yy_same, yy_write_frames);
#endif
    printf("\n");
#endif
    printf("\nmemory: peak RSS %ld KiB (whole bench, corpus and decoded store included); largest decode scratch %zu B;"
           " sizeof(gw_any_msg) %zu B, sizeof(gj_tok) %zu B; scratch B = smallest scratch gw_decode accepts\n",
           (long)ru.ru_maxrss, scratch_cap - 64, sizeof(gw_any_msg), sizeof(gj_tok));
    printf("checksum %016llx, %.1f s\n", (unsigned long long)sink, now() - t_start);
    for (p = 1; p < NPROTO; p++)
        if (!proto_ok[p] && !file_mode) fprintf(stderr, "bench: warning: %s not measured\n", pname(p));
    return 0;
}
