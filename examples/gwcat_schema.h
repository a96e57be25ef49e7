/* gwcat_schema.h - `gwcat --schema json-schema|asyncapi PROTO`: the protocol's spec as a JSON Schema
   (draft 2020-12) or an AsyncAPI 3.0 document, made at run time from the codec's own tables (the
   variant rows, gw__schema field tables and session rules of gateway.h), so it cannot drift from
   the code. Included by gwcat.c after the implementation; everything is static.

   What the tables cannot say is either said here as a keyword or a $comment (check_notes: the
   C rules run after a table, keyed by their function, so a new one stops the generator until it is
   described) or listed in PROTOCOLS.md, "What JSON Schema cannot say". */
#ifndef GWCAT_SCHEMA_H
#define GWCAT_SCHEMA_H
#include <stdarg.h>

#define GWCAT_STR_(x) #x
#define GWCAT_STR(x) GWCAT_STR_(x)
#define GWCAT_VERSION GWCAT_STR(GATEWAY_VERSION_MAJOR) "." GWCAT_STR(GATEWAY_VERSION_MINOR) "." GWCAT_STR(GATEWAY_VERSION_PATCH)

/* D-numbers per kind, gathered at build time from PROTOCOLS.md and the message lists
   (build/gwcat_decisions.h, see the Makefile); without it the annotations name the section only. */
#ifdef GWCAT_DECISIONS
#include "gwcat_decisions.h"
#else
static const struct { const char *kind, *decisions; } kind_decisions[] = { { "", "" } };
#endif

/* ---- a growable text buffer ---- */
typedef struct sbuf { char *p; size_t n, cap; int oom; } sbuf;

static void sb_put(sbuf *b, const char *s, size_t n)
{
    if (b->oom) return;
    if (b->n + n + 1 > b->cap) {
        size_t ncap = b->cap ? b->cap : 4096;
        char *np;
        while (ncap < b->n + n + 1) ncap *= 2;
        if ((np = (char *)realloc(b->p, ncap)) == NULL) { b->oom = 1; return; }
        b->p = np;
        b->cap = ncap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
}
static void sb_s(sbuf *b, const char *s) { sb_put(b, s, strlen(s)); }
static void sb_f(sbuf *b, const char *fmt, ...)
{
    char tmp[512];
    va_list ap;
    int n;
    va_start(ap, fmt);
    n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n > 0) sb_put(b, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}
/* s as a JSON string literal */
static void sb_q(sbuf *b, const char *s)
{
    sb_s(b, "\"");
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') { char e[2]; e[0] = '\\'; e[1] = (char)c; sb_put(b, e, 2); }
        else if (c < 0x20) sb_f(b, "\\u%04x", c);
        else sb_put(b, s, 1);
    }
    sb_s(b, "\"");
}

/* Indent compact JSON by two spaces (strings kept as they are) into out. */
static void sb_pretty(sbuf *out, const sbuf *in)
{
    size_t i;
    int depth = 0, str = 0, esc = 0;
    for (i = 0; i < in->n; i++) {
        char c = in->p[i];
        if (str) {
            sb_put(out, &c, 1);
            if (esc) esc = 0;
            else if (c == '\\') esc = 1;
            else if (c == '"') str = 0;
            continue;
        }
        if (c == '"') { str = 1; sb_put(out, &c, 1); continue; }
        if ((c == '}' || c == ']') && i > 0 && (in->p[i - 1] == '{' || in->p[i - 1] == '[')) { depth--; sb_put(out, &c, 1); continue; }
        if (c == '}' || c == ']') {
            int k;
            depth--;
            sb_s(out, "\n");
            for (k = 0; k < depth; k++) sb_s(out, "  ");
            sb_put(out, &c, 1);
        } else if (c == '{' || c == '[' || c == ',') {
            int k;
            if (c != ',') depth++;
            sb_put(out, &c, 1);
            if ((c == '{' || c == '[') && i + 1 < in->n && (in->p[i + 1] == '}' || in->p[i + 1] == ']')) continue;
            sb_s(out, "\n");
            for (k = 0; k < depth; k++) sb_s(out, "  ");
        } else if (c == ':') {
            sb_s(out, ": ");
        } else {
            sb_put(out, &c, 1);
        }
    }
    sb_s(out, "\n");
}

/* ---- string patterns ---- */
/* Decimal digit strings whose value is at most max (the snowflake rule, PROTOCOLS.md 0.2: 1-20
   digits, no leading zero unless "0", value <= 2^64-1): shorter ones freely, then for each digit
   of max the same-length strings that are smaller there and equal before. */
static void digits_at_most(sbuf *b, const char *max, int nonzero)
{
    size_t n = strlen(max), i;
    sb_s(b, nonzero ? "^(?:[1-9]" : "^(?:0|[1-9]");
    if (n > 2) sb_f(b, "[0-9]{0,%u}", (unsigned)(n - 2));
    else if (n == 2) sb_s(b, "[0-9]?");
    for (i = 0; i < n; i++) {
        char lo = i == 0 ? '1' : '0', hi = (char)(max[i] - 1);
        if (hi < lo) continue;
        sb_s(b, "|");
        sb_put(b, max, i);
        if (lo == hi) sb_put(b, &lo, 1);
        else sb_f(b, "[%c-%c]", lo, hi);
        if (n - i - 1 > 0) sb_f(b, "[0-9]{%u}", (unsigned)(n - i - 1));
    }
    sb_s(b, "|");
    sb_s(b, max);
    sb_s(b, ")$");
}
#define U64_MAX_TEXT "18446744073709551615"
/* D-36: RFC 3339 as the codec narrows it; the day fits its month, except that 29 February is not
   checked against leap years here (PROTOCOLS.md, "What JSON Schema cannot say") */
#define DATETIME_PATTERN "^[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|" \
    "02-(?:0[1-9]|[12][0-9]))T(?:[01][0-9]|2[0-3]):[0-5][0-9]:(?:[0-5][0-9]|60)(?:\\\\.[0-9]{1,9})?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$"
#define UUID_PATTERN "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"

/* ---- what the C rules after a table (gw__schema.check) mean for a validator ----
   field NULL: a keyword list for the object itself, or (keywords NULL) a note only. A rule that
   only refuses encodes (a field the other wire form carries) changes nothing a decoder accepts. */
typedef const char *(*check_fn)(const unsigned char *);
typedef struct check_note { check_fn check; const char *field, *keywords, *note; } check_note;
#define ENCODE_ONLY "encoder-side only: refuses a field the other wire form carries (0.4, D-05)"
static const check_note check_notes[] = {
    { gw__sm_session_check, NULL, NULL, "1.4: every pair has shard_in < shard_total (a rule across two values: not expressed)" },
    { gw__sm_invalid_check, "application_bot", "\"type\":\"null\"", "D-15: null, null, [], []" },
    { gw__sm_invalid_check, "session_id", "\"type\":\"null\"", NULL },
    { gw__sm_invalid_check, "shards_config", "\"type\":\"array\",\"maxItems\":0", NULL },
    { gw__sm_invalid_check, "shards_stats", "\"type\":\"array\",\"maxItems\":0", NULL },
    { gw__sm_raw_data_check, "data", "\"type\":\"object\"", "1.2: data is an object" },
    { gw__sm_shard_info_check, "data", "\"type\":\"object\"", "D-14: the seed form's data is an object" },
    { gw__sm_shard_info_orig_check, NULL, NULL, ENCODE_ONLY },
    { gw__sm_register_check, NULL, NULL, ENCODE_ONLY },
    { gw__sm_register_orig_check, NULL, "\"dependentRequired\":{\"decode\":[\"encode\"]}", "D-65: decode needs encode" },
    { gw__sm_error_check, NULL, NULL, "D-12: possible_error and message present (required above)" },
    { gw__i386_hello_check, "hb_int", "\"minimum\":1", "2.4: hb_int >= 1" },
    { gw__i386_error_check, "c", "\"minimum\":4000", "D-24: c is 4000..4999" },
    { gw__i386_content_check, NULL, NULL, "encoder-side only: a nonce is a client's (D-29a)" },
    { gw__ms_hello_check, "heartbeatInterval", "\"minimum\":1", "3.4: the interval is at least 1 ms" },
    { gw__ms_member_el_check, NULL, NULL, "encoder-side only: a value set without its has_ flag" },
    { gw__ms_member_check, NULL, NULL, "encoder-side only: a value set without its has_ flag" },
    { gw__ms_role_el_check, NULL, NULL, "encoder-side only: a value set without its has_ flag" },
    { gw__ms_channel_el_check, NULL, NULL, "encoder-side only: a value set without its has_ flag" },
    { gw__ms_voice_state_el_check, NULL, NULL, "encoder-side only: a value set without its has_ flag" },
    { gw__ms_guild_check, NULL, NULL, "encoder-side only: a value set without its has_ flag" },
    { gw__ms_flat_member_check, NULL, NULL, "encoder-side only: a value set without its has_ flag" },
    { gw__ms_flat_guild_check, NULL, NULL, "encoder-side only: a value set without its has_ flag" },
    { gw__ms_flat_channel_check, NULL, NULL, "encoder-side only: D-34a, a flat channel has no integer type" },
    { gw__ms_is_member, NULL, NULL, "D-34: d.type is the dispatch name" },
    { gw__ms_is_role, NULL, NULL, "D-34: d.type is the dispatch name" },
    { gw__ms_is_user, NULL, NULL, "D-34: d.type is the dispatch name" },
    { gw__ms_is_guild, NULL, NULL, "D-34: d.type is the dispatch name" },
    { gw__ms_is_channel, NULL, NULL, "D-34: d.type is the dispatch name" },
    { gw__ms_is_voice_state, NULL, NULL, "D-34: d.type is the dispatch name" },
    { gw__ng_forward_check, NULL, NULL, ENCODE_ONLY },
    { gw__ng_track_check, NULL, NULL, ENCODE_ONLY },
    { gw__ng_track_orig_check, NULL, NULL, ENCODE_ONLY },
    { gw__ng_event_check, NULL, NULL, ENCODE_ONLY },
    { gw__ng_voice_state_check, "guild_id", "\"not\":{\"enum\":[0,\"0\"]}", "D-40: the ids are non-zero" },
    { gw__ng_voice_state_check, "user_id", "\"not\":{\"enum\":[0,\"0\"]}", NULL },
    { gw__ng_voice_state_check, "channel_id", "\"not\":{\"enum\":[0,\"0\"]}", NULL },
    { gw__ng_voice_server_check, "guild_id", "\"not\":{\"enum\":[0,\"0\"]}", "D-40: the id is non-zero" },
    { gw__dmod_auth_check, NULL, "\"not\":{\"required\":[\"token\",\"uid\"],\"properties\":{\"token\":{\"type\":\"null\"},"
                                 "\"uid\":{\"type\":\"string\"}}}", "D-54: a uid without a token is refused" },
    { gw__dmod_privilege_check, NULL, NULL, ENCODE_ONLY },
    { gw__dmod_privilege_orig_check, NULL, NULL, ENCODE_ONLY },
    { gw__dmod_guild_check, NULL, NULL, ENCODE_ONLY },
    { gw__dmod_guild_orig_check, NULL, NULL, ENCODE_ONLY },
    { gw__dmod_resp_connect_check, NULL, NULL, "encoder-side only: the seed form has no null user (D-59a)" },
};
#undef ENCODE_ONLY

/* The generator's state: the document so far, and a check function it met but cannot describe. */
typedef struct sgen { sbuf b; int unknown_check; } sgen;

static int check_known(check_fn c)
{
    size_t i;
    for (i = 0; i < sizeof check_notes / sizeof check_notes[0]; i++)
        if (check_notes[i].check == c) return 1;
    return 0;
}
/* the keywords a check adds to field `field` (NULL: to the object), or NULL */
static const char *check_keywords(check_fn c, const char *field)
{
    size_t i;
    for (i = 0; c && i < sizeof check_notes / sizeof check_notes[0]; i++)
        if (check_notes[i].check == c && check_notes[i].keywords &&
            (field ? check_notes[i].field && strcmp(check_notes[i].field, field) == 0 : !check_notes[i].field))
            return check_notes[i].keywords;
    return NULL;
}

/* A dispatch constraint: the value that selects a variant, at a key path from the current object
   (the op at the op key; the name at key1[.key2[.key3]]). */
typedef struct spin { const char *key[3]; int nkeys; const char *str; int64_t num; int is_num; } spin;

static void emit_schema_of(sgen *g, const gw__schema *s, const spin *pins, int npins);

static void int_range(sbuf *b, int kind, int64_t cval)
{
    const char *lo = "0", *hi = "0";
    switch (kind) {
    case GW__U16: hi = "65535"; break;
    case GW__U32: hi = "4294967295"; break;
    case GW__I32: lo = "-2147483648"; hi = "2147483647"; break;
    case GW__I64: lo = "-9223372036854775808"; hi = "9223372036854775807"; break;
    default: hi = U64_MAX_TEXT; break; /* U64, ID, SNOWFLAKE as an integer */
    }
    sb_f(b, "\"type\":\"integer\",\"minimum\":%s,\"maximum\":", lo);
    if (cval > 0) sb_f(b, "%lld", (long long)cval);
    else sb_s(b, hi);
}

/* The keywords (no braces) of one value described by field f; pins apply below it. */
static void emit_value(sgen *g, const gw__field *f, const spin *pins, int npins)
{
    sbuf *b = &g->b;
    switch (f->kind) {
    case GW__STR:
        sb_s(b, "\"type\":\"string\"");
        if (f->cval == GW__FMT_UUID) sb_s(b, ",\"format\":\"uuid\",\"pattern\":\"" UUID_PATTERN "\",\"$comment\":\"D-42: a UUID\"");
        else if (f->cval == GW__FMT_DATETIME) sb_s(b, ",\"pattern\":\"" DATETIME_PATTERN "\",\"$comment\":\"D-36: an RFC 3339 date-time\"");
        else if (f->cval == GW__FMT_DIGITS4) sb_s(b, ",\"pattern\":\"^[0-9]{4}$\"");
        break;
    case GW__SNOWFLAKE: case GW__ID: {
        int str_ok = f->kind == GW__SNOWFLAKE || (f->flags & GW__ALT);
        int int_ok = f->kind == GW__ID || (f->flags & GW__ALT);
        if (str_ok && int_ok) sb_s(b, "\"anyOf\":[{");
        if (str_ok || f->kind == GW__SNOWFLAKE) {
            sb_s(b, "\"type\":\"string\",\"pattern\":\"");
            digits_at_most(b, U64_MAX_TEXT, 0);
            sb_s(b, "\",\"$comment\":\"a snowflake: a decimal string of an unsigned 64-bit integer\"");
        }
        if (str_ok && int_ok) sb_s(b, "},{");
        if (int_ok) int_range(b, GW__U64, f->cval);
        if (str_ok && int_ok) sb_s(b, "}]");
        break;
    }
    case GW__U16: case GW__U32: case GW__U64: case GW__I32: case GW__I64:
        int_range(b, f->kind, f->cval);
        break;
    case GW__BOOL: sb_s(b, "\"type\":\"boolean\""); break;
    case GW__OBJ: emit_schema_of(g, (const gw__schema *)f->sub, pins, npins); break;
    case GW__ARR: {
        const gw__field *el = (const gw__field *)f->sub;
        unsigned w;
        if (f->wrap) { /* D-16/D-17: [] for none, or wrap one-element arrays around the list */
            sb_f(b, "\"$comment\":\"%u one-element wrapper%s around the list, or [] for none%s\",\"anyOf\":[{\"type\":\"array\",\"maxItems\":0},{",
                 (unsigned)f->wrap, f->wrap == 1 ? "" : "s", f->flags & GW__WRAPPED_EMPTY ? " (also every wrapper around [], D-17a)" : "");
            for (w = 0; w < f->wrap; w++) sb_s(b, "\"type\":\"array\",\"minItems\":1,\"maxItems\":1,\"items\":{");
        }
        sb_s(b, "\"type\":\"array\",");
        if (f->wrap && !(f->flags & GW__WRAPPED_EMPTY)) sb_s(b, "\"minItems\":1,");
        sb_s(b, "\"items\":{");
        emit_value(g, el, NULL, 0);
        sb_s(b, "}");
        if (f->wrap) {
            for (w = 0; w < f->wrap; w++) sb_s(b, "}");
            sb_s(b, "}]");
        }
        break;
    }
    case GW__RAW: sb_s(b, "\"$comment\":\"any JSON value, kept as text (gw_raw)\""); break;
    case GW__CONST_INT: sb_f(b, "\"const\":%lld", (long long)f->cval); break;
    case GW__CONST_STR: sb_s(b, "\"const\":"); sb_q(b, (const char *)f->sub); break;
    case GW__NULL: sb_s(b, "\"type\":\"null\""); break;
    case GW__ENUM: {
        const char *const *names = (const char *const *)f->sub;
        int64_t i;
        sb_s(b, "\"type\":\"string\",\"enum\":[");
        for (i = 0; i < f->cval; i++) { if (i) sb_s(b, ","); sb_q(b, names[i]); }
        sb_s(b, "]");
        break;
    }
    default: break;
    }
}

/* One member's schema (with braces): its value, null when nullable, a dispatch pin ending here,
   and what a check on its object adds. */
static void emit_member(sgen *g, const gw__field *f, const spin *pins, int npins, check_fn check)
{
    sbuf *b = &g->b;
    spin sub[4];
    int i, nsub = 0;
    const char *extra = check_keywords(check, f->name);
    for (i = 0; i < npins; i++) {
        if (strcmp(pins[i].key[0], f->name) != 0) continue;
        if (pins[i].nkeys == 1) { /* the selecting value itself */
            if (pins[i].is_num) sb_f(b, "{\"const\":%lld}", (long long)pins[i].num);
            else { sb_s(b, "{\"const\":"); sb_q(b, pins[i].str); sb_s(b, "}"); }
            return;
        }
        sub[nsub] = pins[i];
        sub[nsub].key[0] = pins[i].key[1];
        sub[nsub].key[1] = pins[i].key[2];
        sub[nsub].nkeys = pins[i].nkeys - 1;
        nsub++;
    }
    sb_s(b, "{");
    if ((f->flags & GW__NULLABLE) && f->kind != GW__NULL) {
        sb_s(b, "\"anyOf\":[{");
        emit_value(g, f, sub, nsub);
        sb_s(b, "},{\"type\":\"null\"}]");
    } else {
        emit_value(g, f, sub, nsub);
    }
    if (extra) { /* in allOf: it may repeat a keyword of the value's own (minimum) */
        if (b->p[b->n - 1] != '{') sb_s(b, ",");
        sb_s(b, "\"allOf\":[{");
        sb_s(b, extra);
        sb_s(b, "}]");
    }
    sb_s(b, "}");
}

/* The keywords of an object (or tuple) schema: properties, required, nothing else. */
static void emit_schema_of(sgen *g, const gw__schema *s, const spin *pins, int npins)
{
    sbuf *b = &g->b;
    uint32_t i;
    int first = 1;
    const char *extra = check_keywords(s->check, NULL);
    if (s->check && !check_known(s->check)) g->unknown_check = 1;
    if (s->tuple) {
        sb_f(b, "\"type\":\"array\",\"minItems\":%u,\"maxItems\":%u,\"items\":false,\"prefixItems\":[", (unsigned)s->n, (unsigned)s->n);
        for (i = 0; i < s->n; i++) { if (i) sb_s(b, ","); emit_member(g, &s->f[i], NULL, 0, NULL); }
        sb_s(b, "],\"$comment\":\"an array of exactly these values, in order:");
        for (i = 0; i < s->n; i++) sb_f(b, " %s", s->f[i].name);
        sb_s(b, "\"");
        return;
    }
    sb_s(b, "\"type\":\"object\",\"properties\":{");
    for (i = 0; i < s->n; i++) {
        if (i) sb_s(b, ",");
        sb_q(b, s->f[i].name);
        sb_s(b, ":");
        emit_member(g, &s->f[i], pins, npins, s->check);
    }
    sb_s(b, "},\"required\":[");
    for (i = 0; i < s->n; i++) {
        if (s->f[i].flags & GW__OPT) continue;
        if (!first) sb_s(b, ",");
        first = 0;
        sb_q(b, s->f[i].name);
    }
    sb_s(b, "],\"additionalProperties\":false");
    if (extra) { sb_s(b, ","); sb_s(b, extra); }
    if (s->check) {
        size_t k;
        sb_s(b, ",\"$comment\":\"the codec's rule after this table:");
        for (k = 0; k < sizeof check_notes / sizeof check_notes[0]; k++)
            if (check_notes[k].check == s->check && check_notes[k].note) { sb_s(b, " "); sb_s(b, check_notes[k].note); }
        sb_s(b, "\"");
    }
}

/* ---- names ---- */
static const char *const wire_tag[] = { "both", "seed", "original", "decode_only" };
static const char *const wire_text[] = { "written in both wires", "the seed wire's form",
                                         "the original wire's form", "a form the decoder also reads (never written)" };

/* $defs name of variant i: KIND.wire, with the dispatch name when a kind has forms by name
   (microservice cache types), and a number when that is still not unique. */
static void form_name(const gw__proto *P, uint32_t i, char *out, size_t cap)
{
    const gw__variant *v = &P->v[i];
    uint32_t j, same = 0, before = 0, named = 0;
    for (j = 0; j < P->nv; j++) {
        if (P->v[j].kind != v->kind) continue;
        if (P->v[j].name && v->name && strcmp(P->v[j].name, v->name) != 0) named = 1;
    }
    if (named) snprintf(out, cap, "%s.%s.%s", v->kind_name, v->name, wire_tag[v->only]);
    else snprintf(out, cap, "%s.%s", v->kind_name, wire_tag[v->only]);
    for (j = 0; j < P->nv; j++) {
        char other[160];
        if (j == i || P->v[j].kind != v->kind) continue;
        if (named) snprintf(other, sizeof other, "%s.%s.%s", P->v[j].kind_name, P->v[j].name ? P->v[j].name : "", wire_tag[P->v[j].only]);
        else snprintf(other, sizeof other, "%s.%s", P->v[j].kind_name, wire_tag[P->v[j].only]);
        if (strcmp(other, out) == 0) { same++; if (j < i) before++; }
    }
    if (same) {
        size_t l = strlen(out);
        snprintf(out + l, cap - l, ".%u", (unsigned)before + 1);
    }
}

static const char *decisions_of(const char *kind)
{
    size_t i;
    for (i = 0; i < sizeof kind_decisions / sizeof kind_decisions[0]; i++)
        if (strcmp(kind_decisions[i].kind, kind) == 0) return kind_decisions[i].decisions;
    return "";
}

/* "D-.., D-.." of the protocol's Envelope subsection in PROTOCOLS.md, which every kind follows */
static const char *envelope_decisions(gw_proto p)
{
    char key[32];
    snprintf(key, sizeof key, "section %d", (int)p);
    return decisions_of(key);
}

/* Where a kind's rules are written: "PROTOCOLS.md section N; D-..; envelope D-.." */
static void annotate(sbuf *b, gw_proto p, const char *kind)
{
    const char *d = decisions_of(kind), *env = envelope_decisions(p);
    sb_f(b, "PROTOCOLS.md section %d", (int)p);
    if (*d) sb_f(b, "; %s", d);
    if (*env) sb_f(b, "; envelope %s", env);
}

static const char *sender_text(unsigned from)
{
    return from == GW_FROM_CLIENT ? "client" : from == GW_FROM_SERVER ? "server" : "client or server";
}

/* the protocol's number in gw_proto is its section in PROTOCOLS.md */
static int section_of(gw_proto p) { return (int)p; }

/* ---- the JSON Schema document ---- */
static void json_schema_doc(sgen *g, gw_proto p)
{
    const gw__proto *P = gw__proto_of(p);
    sbuf *b = &g->b;
    uint32_t i;
    int k, side;
    sb_s(b, "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",");
    sb_f(b, "\"$id\":\"https://gateway.h.invalid/schema/%s.schema.json\",", P->name);
    sb_f(b, "\"title\":\"%s gateway messages\",", P->name);
    sb_f(b, "\"description\":\"Every message of the %s protocol (PROTOCOLS.md section %d), from either side. Generated by "
         "gwcat --schema json-schema from gateway.h's tables (gateway.h %s). #/$defs/client and #/$defs/server validate one "
         "sender's messages; #/$defs/KIND one kind, #/$defs/KIND.FORM one of its wire forms.\",",
         P->name, section_of(p), GWCAT_VERSION);
    sb_s(b, "\"$comment\":\"The codec also refuses what JSON Schema cannot see: duplicate keys, numbers spelled with a fraction "
         "or exponent or -0, integers past 2^53 that round to an allowed value, escapes inside snowflakes and formatted strings, "
         "nesting deeper than 64, the byte cap, and rules across messages (the session). PROTOCOLS.md, 'What JSON Schema cannot "
         "say', lists each with how this schema approximates it.\",");
    sb_s(b, "\"anyOf\":[{\"$ref\":\"#/$defs/client\"},{\"$ref\":\"#/$defs/server\"}],\"$defs\":{");
    for (side = GW_FROM_CLIENT; side <= GW_FROM_SERVER; side++) {
        int first = 1;
        sb_f(b, "%s\"%s\":{\"description\":\"A message the %s sends: exactly one kind matches.\",", side == GW_FROM_CLIENT ? "" : ",",
             side == GW_FROM_CLIENT ? "client" : "server", side == GW_FROM_CLIENT ? "client" : "server");
        if (P->cap[side]) sb_f(b, "\"$comment\":\"byte cap: a frame of more than %lu bytes (whitespace included) is refused "
                               "(PROTOCOLS.md 0.1); JSON Schema cannot count bytes\",", (unsigned long)P->cap[side]);
        sb_s(b, "\"oneOf\":[");
        for (k = 1; k < P->unknown_kind; k++) {
            if (!((unsigned)gw_kind_from(p, k) & (unsigned)side)) continue;
            sb_f(b, "%s{\"$ref\":\"#/$defs/%s\"}", first ? "" : ",", gw_kind_name(p, k));
            first = 0;
        }
        sb_s(b, "]}");
    }
    for (k = 1; k < P->unknown_kind; k++) { /* each kind: any of its forms */
        int first = 1;
        sb_f(b, ",\"%s\":{\"description\":\"%s, sent by the %s (", gw_kind_name(p, k), gw_kind_name(p, k),
             sender_text((unsigned)gw_kind_from(p, k)));
        annotate(b, p, gw_kind_name(p, k));
        sb_s(b, ").\",\"anyOf\":[");
        for (i = 0; i < P->nv; i++) {
            char name[160];
            if (P->v[i].kind != k) continue;
            form_name(P, i, name, sizeof name);
            sb_f(b, "%s{\"$ref\":\"#/$defs/%s\"}", first ? "" : ",", name);
            first = 0;
        }
        sb_s(b, "]}");
    }
    for (i = 0; i < P->nv; i++) { /* each form */
        const gw__variant *v = &P->v[i];
        char name[160];
        spin pins[2];
        int npins = 0;
        if (v->op != GW__ANY_OP || v->op_name) {
            pins[npins].key[0] = P->op_key;
            pins[npins].nkeys = 1;
            pins[npins].is_num = !v->op_name;
            pins[npins].num = v->op;
            pins[npins].str = v->op_name;
            npins++;
        }
        if (v->name) {
            pins[npins].key[0] = v->key1;
            pins[npins].key[1] = v->key2;
            pins[npins].key[2] = v->key3;
            pins[npins].nkeys = v->key3 ? 3 : v->key2 ? 2 : 1;
            pins[npins].is_num = 0;
            pins[npins].str = v->name;
            npins++;
        }
        form_name(P, i, name, sizeof name);
        sb_f(b, ",\"%s\":{\"description\":\"%s, sent by the %s: %s", name, v->kind_name, sender_text(v->from), wire_text[v->only]);
        if (v->name) sb_f(b, ", selected by \\\"%s\\\" at %s%s%s%s%s", v->name, v->key1, v->key2 ? "." : "", v->key2 ? v->key2 : "",
                          v->key3 ? "." : "", v->key3 ? v->key3 : "");
        sb_s(b, " (");
        annotate(b, p, v->kind_name);
        sb_s(b, ").\",");
        emit_schema_of(g, v->schema, pins, npins);
        sb_s(b, "}");
    }
    sb_s(b, "}}");
}

/* ---- the AsyncAPI document ---- */
static const gw__sproto *sproto_of(gw_proto p)
{
    switch (p) {
#define GWCAT_SPROTO(name, value) case value: return &gw__##name##_sproto;
    GW__PROTOCOLS(GWCAT_SPROTO)
#undef GWCAT_SPROTO
    default: return NULL;
    }
}

/* Where each protocol is served: not in the codec's tables (PROTOCOLS.md n.1, "Connection"). */
static const struct { gw_proto p; const char *address, *note; } channels[] = {
    { GW_PROTO_SM, "/gateway", "Handshake headers Identification, Secret, Public-Key, Shard-In, Shard-Total (1.1); "
                               "server frames may be zlib-compressed (the caller inflates)." },
    { GW_PROTO_I386, "/", "The server speaks first (f=100) (2.1)." },
    { GW_PROTO_MS, "/", "Frames may be zlib-compressed when identify asks for compress (3.1)." },
    { GW_PROTO_NG, "/ws", "GET /ws?shards=N&user_id=ID (both decimal, non-zero; gw_ng_query_format), or GET "
                          "/ws/resume?session=UUID to resume (D-48; gw_ng_resume_query_format) (4.1)." },
    { GW_PROTO_DMOD, "/", "The server asks for authentication first (op 0) (5.1)." },
};

/* The session rules of one sender, as text (from gw__<p>_srules). */
static void rules_text(sbuf *b, gw_proto p, int side)
{
    const gw__sproto *S = sproto_of(p);
    const gw__proto *P = gw__proto_of(p);
    uint32_t i;
    int k, r;
    gw_err e;
    sb_f(b, "Session rules (the session checker's table, first match wins; any other %s message is closed with 1002 "
         "\\\"message out of order\\\"):", side == GW_FROM_CLIENT ? "client" : "server");
    for (i = 0; i < S->n; i++) {
        const gw__srule *R = &S->r[i];
        int first = 1;
        if (!(R->from & side)) continue;
        sb_s(b, "\\n- ");
        for (k = 1; k < P->unknown_kind; k++)
            if (R->kinds >> k & 1) { sb_f(b, "%s%s", first ? "" : ", ", gw_kind_name(p, k)); first = 0; }
        sb_s(b, " in phase");
        if (R->phases == 0xFF) sb_s(b, "s any");
        else for (r = 0; r < 8; r++) if (R->phases >> r & 1) sb_f(b, " %d", r);
        if (R->next == GW__S_DENY) sb_f(b, ": close %d \\\"%s\\\"", R->code, R->reason);
        else if (R->next == GW__S_KEEP) sb_s(b, ": accepted");
        else sb_f(b, ": accepted, phase %d", R->next);
        if (R->effect & GW__S_HB) sb_s(b, "; a heartbeat: an answer becomes due");
        if (R->effect & GW__S_ACK) sb_s(b, "; acknowledges the pending heartbeats (none pending: a violation)");
        if (R->effect & GW__S_REQ) sb_s(b, "; asks for a heartbeat");
        if (R->effect & GW__S_ANSWER) sb_s(b, "; answers a heartbeat request (none pending: a violation)");
        if (R->effect & GW__S_START) sb_s(b, "; starts the heartbeat schedule");
    }
    if (S->extra) sb_f(b, "\\nFurther rules beyond the table: PROTOCOLS.md %d.1.", section_of(p));
    for (i = 0; i < S->n && !(S->r[i].effect & GW__S_START); i++) {}
    if (i < S->n) /* a rule starts the schedule: the interval is the one the server announced */
        sb_f(b, "\\nHeartbeats: the client's heartbeat is due every interval the server announced; the server closes with %d "
             "when none came within %u intervals, the client closes with %d when its heartbeat was not answered.",
             S->server_timeout, (unsigned)S->grace, S->client_timeout);
    else
        sb_s(b, "\\nHeartbeats: no interval is published, so no deadline; only the order above.");
    sb_f(b, "\\nPhases count the handshake steps of PROTOCOLS.md %d.1, from 0 (nothing yet).", section_of(p));
    sb_f(b, "\\nA frame the %s cannot decode closes the connection:", side == GW_FROM_CLIENT ? "server" : "client");
    for (e = GW_ERR_JSON; e <= GW_ERR_DIRECTION; e = (gw_err)(e + 1))
        sb_f(b, "%s %s %d", e == GW_ERR_JSON ? "" : ",", gw_strerror(e), S->error_code(e, side == GW_FROM_CLIENT ? GW_FROM_SERVER : GW_FROM_CLIENT));
    sb_s(b, ".");
}

static void asyncapi_doc(sgen *g, gw_proto p)
{
    const gw__proto *P = gw__proto_of(p);
    sbuf *b = &g->b;
    size_t c;
    int k, side, first;
    const char *addr = "/", *note = "";
    for (c = 0; c < sizeof channels / sizeof channels[0]; c++)
        if (channels[c].p == p) { addr = channels[c].address; note = channels[c].note; }
    sb_f(b, "{\"asyncapi\":\"3.0.0\",\"info\":{\"title\":\"%s gateway\",\"version\":\"%s\",\"description\":\"The %s protocol "
         "(PROTOCOLS.md section %d) over one WebSocket. Generated by gwcat --schema asyncapi from gateway.h's tables; each "
         "payload is a $ref into %s.schema.json (gwcat --schema json-schema %s). The application described is the server: it receives "
         "what the client sends (clientSends) and sends the rest (serverSends).\"},",
         P->name, GWCAT_VERSION, P->name, section_of(p), P->name, P->name);
    sb_s(b, "\"defaultContentType\":\"application/json\",");
    sb_s(b, "\"servers\":{\"gateway\":{\"host\":\"localhost\",\"protocol\":\"ws\",\"description\":\"Wherever the gateway runs.\"}},");
    sb_f(b, "\"channels\":{\"gateway\":{\"address\":\"%s\",\"description\":\"%s\",\"servers\":[{\"$ref\":\"#/servers/gateway\"}],", addr, note);
    if (p == GW_PROTO_NG)
        sb_s(b, "\"bindings\":{\"ws\":{\"method\":\"GET\",\"query\":{\"type\":\"object\",\"properties\":{\"shards\":{\"type\":\"string\","
             "\"pattern\":\"^[1-9][0-9]*$\"},\"user_id\":{\"type\":\"string\",\"pattern\":\"^[1-9][0-9]*$\"}},\"required\":[\"shards\",\"user_id\"]}}},");
    sb_s(b, "\"messages\":{");
    for (k = 1, first = 1; k < P->unknown_kind; k++) {
        sb_f(b, "%s\"%s\":{\"$ref\":\"#/components/messages/%s\"}", first ? "" : ",", gw_kind_name(p, k), gw_kind_name(p, k));
        first = 0;
    }
    sb_s(b, "}}");
    if (p == GW_PROTO_NG) {
        sb_s(b, ",\"resume\":{\"address\":\"/ws/resume\",\"description\":\"Resume a session (D-48): GET /ws/resume?session=UUID, the session "
             "of an earlier ready.\",\"servers\":[{\"$ref\":\"#/servers/gateway\"}],\"bindings\":{\"ws\":{\"method\":\"GET\",\"query\":{\"type\":"
             "\"object\",\"properties\":{\"session\":{\"type\":\"string\",\"pattern\":\"" UUID_PATTERN "\"}},\"required\":[\"session\"]}}},"
             "\"messages\":{");
        for (k = 1, first = 1; k < P->unknown_kind; k++) {
            sb_f(b, "%s\"%s\":{\"$ref\":\"#/components/messages/%s\"}", first ? "" : ",", gw_kind_name(p, k), gw_kind_name(p, k));
            first = 0;
        }
        sb_s(b, "}}");
    }
    sb_s(b, "},\"operations\":{");
    for (side = GW_FROM_CLIENT; side <= GW_FROM_SERVER; side++) {
        int ch, nch = p == GW_PROTO_NG ? 2 : 1;
        for (ch = 0; ch < nch; ch++) {
            const char *chname = ch ? "resume" : "gateway";
            sb_f(b, "%s\"%s%s\":{\"action\":\"%s\",\"channel\":{\"$ref\":\"#/channels/%s\"},\"summary\":\"Messages the %s sends.\",\"description\":\"",
                 side == GW_FROM_CLIENT && ch == 0 ? "" : ",", side == GW_FROM_CLIENT ? "clientSends" : "serverSends", ch ? "OnResume" : "",
                 side == GW_FROM_CLIENT ? "receive" : "send", chname, side == GW_FROM_CLIENT ? "client" : "server");
            rules_text(b, p, side);
            if (P->cap[side]) sb_f(b, "\\nByte cap: more than %lu bytes is refused (close %d).", (unsigned long)P->cap[side],
                                   sproto_of(p)->error_code(GW_ERR_TOO_LARGE, side == GW_FROM_CLIENT ? GW_FROM_SERVER : GW_FROM_CLIENT));
            sb_s(b, "\",\"messages\":[");
            for (k = 1, first = 1; k < P->unknown_kind; k++) {
                if (!((unsigned)gw_kind_from(p, k) & (unsigned)side)) continue;
                sb_f(b, "%s{\"$ref\":\"#/channels/%s/messages/%s\"}", first ? "" : ",", chname, gw_kind_name(p, k));
                first = 0;
            }
            sb_s(b, "]}");
        }
    }
    sb_s(b, "},\"components\":{\"messages\":{");
    for (k = 1, first = 1; k < P->unknown_kind; k++) {
        sb_f(b, "%s\"%s\":{\"name\":\"%s\",\"title\":\"%s\",\"summary\":\"Sent by the %s.\",\"description\":\"",
             first ? "" : ",", gw_kind_name(p, k), gw_kind_name(p, k), gw_kind_name(p, k), sender_text((unsigned)gw_kind_from(p, k)));
        annotate(b, p, gw_kind_name(p, k));
        sb_f(b, "\",\"payload\":{\"$ref\":\"%s.schema.json#/$defs/%s\"}}", P->name, gw_kind_name(p, k));
        first = 0;
    }
    sb_s(b, "}}}");
}

/* `gwcat --schema json-schema|asyncapi PROTO`: the document on stdout. Returns an exit code. */
static int print_schema(const char *format, gw_proto p)
{
    sgen g;
    sbuf out;
    int rc = 0;
    memset(&g, 0, sizeof g);
    memset(&out, 0, sizeof out);
    if (strcmp(format, "asyncapi") == 0) asyncapi_doc(&g, p);
    else json_schema_doc(&g, p);
    if (g.unknown_check) {
        fprintf(stderr, "gwcat: a schema of %s has a check function gwcat_schema.h does not describe (check_notes)\n", gw_proto_name(p));
        rc = 2;
    } else if (g.b.oom) {
        fprintf(stderr, "gwcat: out of memory\n");
        rc = 2;
    } else {
        sb_pretty(&out, &g.b);
        if (out.oom) { fprintf(stderr, "gwcat: out of memory\n"); rc = 2; }
        else fwrite(out.p, 1, out.n, stdout);
    }
    free(g.b.p);
    free(out.p);
    return rc;
}
#endif
