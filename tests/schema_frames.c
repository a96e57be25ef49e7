/* schema_frames.c - the frames tests/schema.sh checks against the generated JSON Schemas, as JSON
   lines on stdout, with the codec's verdict on each:
   - every vector of tests/vectors as it is, and re-encoded in both wires ("accept");
   - the same vector as if the other side had sent it;
   - its mutations (gw_mut.h, as the protocol tests make them: every value replaced by another JSON
     type, every member dropped, an unknown key added and a key repeated in every object);
   - the vector padded with spaces to 4097 bytes, past every byte cap;
   - edits aimed at the rules JSON Schema cannot state: every number written with ".0", as -0
     where it is 0, and as 2^64; every string with its first character \u-escaped; every date-time
     moved to 29 February 2023.
   A frame the codec accepts must validate; a frame it refuses must not, unless the rule that
   refuses it is out of JSON Schema's reach ("rule" names it, PROTOCOLS.md "What JSON Schema
   cannot say"). Line: {"proto","from","kind","origin","src","set":"accept"|"refuse","code","path",
   "rule","json"}; origin "vector" (as given or re-encoded), "other side", "padded", "mutation" or "edit".
   Run from the repository root. */
#include "t.h"
#include "../gateway.h"
#include "gw_mut.h"
#include "all_vectors.h"

static const char *const short_name[] = { "", "sm", "i386", "ms", "ng", "dmod" };

static void put_string(const char *s, size_t n)
{
    size_t i;
    putchar('"');
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') { putchar('\\'); putchar(c); }
        else if (c < 0x20) printf("\\u%04x", c);
        else putchar(c);
    }
    putchar('"');
}

/* The codec's rules JSON Schema cannot state (PROTOCOLS.md "What JSON Schema cannot say"), as
   the refusals of frames made to break one of them. A frame a rule refuses is reported with that
   rule's name, and may validate; "" for every other refusal, which must not. */
enum { RULE_NONE, RULE_SPELLING, RULE_PRECISION, RULE_ESCAPE, RULE_LEAP };
static const char *const rule_name[] = { "", "number spelling (0.2)", "integers past 2^53 (0.2)",
                                         "escapes in snowflakes and formatted strings (0.2)", "leap years (D-36)" };
static const char *rule_of(gw_err code, int made_for)
{
    if (code == GW_ERR_DUPLICATE_KEY) return "duplicate keys (D-01)";
    if (code == GW_ERR_TOO_LARGE) return "byte cap (0.1)";
    return code == GW_OK ? "" : rule_name[made_for];
}

/* Decode buf as sent by `from` and print its line; made_for: the rule the frame was made to break */
static gw_err frame(const vec *v, gw_from from, const char *kind, const char *origin, int made_for, const char *src,
                    const char *buf, size_t len)
{
    static unsigned char scratch[1 << 17];
    gw_any_msg m;
    gw_error e;
    gw_err r = gw_decode(v->p, buf, len, from, &m, scratch, sizeof scratch, &e);
    const char *rule = rule_of(r, made_for);
    printf("{\"proto\":\"%s\",\"from\":\"%s\",\"kind\":\"%s\",\"origin\":\"%s\",\"src\":", short_name[v->p],
           from == GW_FROM_CLIENT ? "client" : "server", kind, origin);
    put_string(src, strlen(src));
    printf(",\"set\":\"%s\",\"code\":\"%s\",\"path\":", r == GW_OK ? "accept" : "refuse", r == GW_OK ? "" : gw_strerror(r));
    put_string(r == GW_OK ? "" : e.path, r == GW_OK ? 0 : strlen(e.path));
    printf(",\"rule\":");
    put_string(rule, strlen(rule));
    printf(",\"json\":");
    put_string(buf, len);
    printf("}\n");
    return r;
}

/* Is string token t an RFC 3339 date-time's start (YYYY-MM-DDT)? */
static int looks_like_datetime(const mut_doc *d, uint32_t t)
{
    const char *s = d->src + d->toks[t].start;
    return d->toks[t].type == GJ_STRING && d->toks[t].len >= 20 && s[4] == '-' && s[7] == '-' && s[10] == 'T';
}

int main(void)
{
    static mut_doc d;
    static char mbuf[1 << 17], out[1 << 17];
    static unsigned char scratch[1 << 17];
    size_t i;
    load_vectors();
    if (!nvecs) { fprintf(stderr, "schema_frames: no vectors (run from the repository root)\n"); return 1; }
    for (i = 0; i < nvecs; i++) {
        const vec *v = &vecs[i];
        gw_any_msg m;
        gw_error e;
        gw_from other = v->from == GW_FROM_CLIENT ? GW_FROM_SERVER : GW_FROM_CLIENT;
        char src[300], kind[64];
        int w, k;
        uint32_t t;
        size_t n;
        if (gw_decode(v->p, v->buf, v->len, v->from, &m, scratch, sizeof scratch, &e) != GW_OK) {
            fprintf(stderr, "schema_frames: %s does not decode\n", v->name);
            return 1;
        }
        memcpy(&k, &m, sizeof k);
        snprintf(kind, sizeof kind, "%s", gw_kind_name(v->p, k));
        frame(v, v->from, kind, "vector", RULE_NONE, v->name, v->buf, v->len);
        for (w = 0; w < 2; w++) { /* decoding again below reuses scratch: encode from this decode first */
            if (gw_encode_wire(v->p, &m, (gw_wire)w, out, sizeof out, &n, &e) != GW_OK) continue;
            snprintf(src, sizeof src, "%.128s, re-encoded in the %s wire", v->name, w ? "original" : "seed");
            memcpy(mbuf, out, n);
            frame(v, v->from, kind, "vector", RULE_NONE, src, mbuf, n);
            gw_decode(v->p, v->buf, v->len, v->from, &m, scratch, sizeof scratch, &e);
        }
        snprintf(src, sizeof src, "%.128s, sent by the %s", v->name, other == GW_FROM_CLIENT ? "client" : "server");
        frame(v, other, kind, "other side", RULE_NONE, src, v->buf, v->len);
        if (v->len < 4097) { /* 4097 bytes: past every byte cap (i386chat 4096, dmod client 1000), none elsewhere */
            memcpy(mbuf, v->buf, v->len);
            memset(mbuf + v->len, ' ', 4097 - v->len);
            snprintf(src, sizeof src, "%.128s, padded with spaces to 4097 bytes", v->name);
            frame(v, v->from, kind, "padded", RULE_NONE, src, mbuf, 4097);
        }
        if (!mut_load(&d, v->buf, v->len)) continue;
        for (t = 0; t < d.n; t++) {
            int mode;
            if (t && d.path[t][0] == 0) continue; /* key tokens */
            for (mode = MUT_DROP; mode <= MUT_DUPKEY; mode++) {
                static const char *const what[] = { "", "dropped", "replaced by another type", "with an unknown key", "with a key twice" };
                if ((mode == MUT_DROP || mode == MUT_REPLACE) && !t) continue;
                if (mode == MUT_DROP && !d.key[t]) continue;
                if ((mode == MUT_ADDKEY || mode == MUT_DUPKEY) && d.toks[t].type != GJ_OBJECT) continue;
                if (mode == MUT_DUPKEY && !d.toks[t].size) continue;
                n = mut_apply(&d, t, mode, mut_other_type(&d, t), mbuf, sizeof mbuf);
                if (n >= sizeof mbuf) continue;
                snprintf(src, sizeof src, "%.128s: %.127s %s", v->name, t ? d.path[t] : "(root)", what[mode]);
                frame(v, v->from, kind, "mutation", RULE_NONE, src, mbuf, n);
            }
            /* edits aimed at the rules out of JSON Schema's reach: the codec may accept them
               (a signed -0, a number inside gw_raw), and then the schema must too */
            if (d.toks[t].type == GJ_NUMBER && t) {
                char text[64];
                snprintf(text, sizeof text, "%.*s.0", (int)d.toks[t].len, d.src + d.toks[t].start);
                n = mut_apply(&d, t, MUT_REPLACE, text, mbuf, sizeof mbuf);
                snprintf(src, sizeof src, "%.100s: %.100s written %.40s", v->name, d.path[t], text);
                frame(v, v->from, kind, "edit", RULE_SPELLING, src, mbuf, n);
                if (d.toks[t].len == 1 && d.src[d.toks[t].start] == '0') {
                    n = mut_apply(&d, t, MUT_REPLACE, "-0", mbuf, sizeof mbuf);
                    snprintf(src, sizeof src, "%.128s: %.127s written -0", v->name, d.path[t]);
                    frame(v, v->from, kind, "edit", RULE_SPELLING, src, mbuf, n);
                }
                n = mut_apply(&d, t, MUT_REPLACE, "18446744073709551616", mbuf, sizeof mbuf);
                snprintf(src, sizeof src, "%.128s: %.127s = 2^64", v->name, d.path[t]);
                frame(v, v->from, kind, "edit", RULE_PRECISION, src, mbuf, n);
            }
            if (d.toks[t].type == GJ_STRING && t && d.toks[t].len) {
                n = mut_apply(&d, t, MUT_ESCAPE, NULL, mbuf, sizeof mbuf);
                snprintf(src, sizeof src, "%.128s: %.127s with its first character escaped", v->name, d.path[t][0] ? d.path[t] : "a key");
                frame(v, v->from, kind, "edit", RULE_ESCAPE, src, mbuf, n);
            }
            if (looks_like_datetime(&d, t)) {
                char text[128];
                snprintf(text, sizeof text, "\"2023-02-29%.*s\"", (int)d.toks[t].len - 10, d.src + d.toks[t].start + 10);
                n = mut_apply(&d, t, MUT_REPLACE, text, mbuf, sizeof mbuf);
                snprintf(src, sizeof src, "%.128s: %.127s on 29 February 2023", v->name, d.path[t]);
                frame(v, v->from, kind, "edit", RULE_LEAP, src, mbuf, n);
            }
        }
    }
    return fflush(stdout) != 0;
}
