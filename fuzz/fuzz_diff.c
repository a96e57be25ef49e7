/* fuzz_diff.c - differential libFuzzer target (issue 11, item 5): gw_decode against the frozen
   reference decoder of tests/ref_decode.h (today's token-based decoder), over all five protocols.
   Byte 0 picks the protocol (b % N + 1, N = GW_PROTO_COUNT_ - 1 = 5), the direction ((b / N) & 1: client, server), the
   alignment offset of the small scratch (b / 2N % 8) and its size (b / 16N: 256, 0, 64, 1024
   bytes); the rest is the frame, in an exactly sized heap buffer. gwref_diff (ref_decode.h)
   checks: same code, err.json, err.offset and err.path; on success messages gw_equal both ways;
   on failure the message all zero; nothing written past gw_msg_size; err.code is the returned
   code; a GW_ERR_SCRATCH's err.needed suffices (re-run with exactly that many bytes); and with the
   small scratch, the library either says GW_ERR_SCRATCH or agrees. A frame that decodes is then
   encoded in both wires, with an ample and an exactly sized buffer and one a byte short: the fast
   path and the writer path must agree byte for byte (gwref_encode_diff). Every frame is also
   decoded leniently (GW_DECODE_LENIENT) against the token decoder's lenient decode. Any
   disagreement aborts with both results. */
#define GATEWAY_IMPLEMENTATION
#include "../gateway.h"
#include "../tests/ref_decode.h"
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const size_t smalls[] = { 256, 0, 64, 1024 };
    gw_proto p;
    gw_from from;
    unsigned align;
    size_t len, small, big;
    char *frame;
    char why[1024];
    if (size < 1) return 0;
    p = (gw_proto)(data[0] % (GW_PROTO_COUNT_ - 1) + 1);
    from = (data[0] / (GW_PROTO_COUNT_ - 1)) & 1 ? GW_FROM_SERVER : GW_FROM_CLIENT;
    align = (unsigned)(data[0] / (2 * (GW_PROTO_COUNT_ - 1)) % 8);
    small = smalls[data[0] / (16 * (GW_PROTO_COUNT_ - 1)) % 4];
    len = size - 1;
    frame = (char *)malloc(len ? len : 1); /* exact size: overreads are ASan reports */
    if (!frame) abort();
    if (len) memcpy(frame, data + 1, len);
    else frame[0] = 0; /* never read */
    big = 32 * len + 16384; /* the tokens of any frame fit; arrays beyond are retried with err.needed */
    if (gwref_diff(p, frame, len, from, big, small, align, why, sizeof why)) {
        fprintf(stderr, "fuzz_diff: %s/%s, %lu bytes: %s\n", gw_proto_name(p), from == GW_FROM_CLIENT ? "client" : "server",
                (unsigned long)len, why);
        fprintf(stderr, "fuzz_diff: frame: %.*s\n", (int)(len < 2000 ? len : 2000), frame);
        abort();
    }
    { /* lenient: the one pass against the token decoder's lenient decode */
        static gw_any_msg m1, m2;
        gw_error e1, e2;
        void *s1 = malloc(big), *s2 = malloc(big);
        gw_err r1, r2;
        if (!s1 || !s2) abort();
        r1 = gw_decode_flags(p, frame, len, from, GW_DECODE_LENIENT, &m1, s1, big, &e1);
        r2 = gw__decode_tokens(gw__proto_of(p), frame, len, from, &m2, s2, big, &e2, GW_DECODE_LENIENT);
        if (r1 != r2 || e1.offset != e2.offset || e1.json != e2.json || strcmp(e1.path, e2.path) != 0 || e1.skipped != e2.skipped ||
            (r1 == GW_OK && (!gw_equal(p, &m1, &m2) || !gw_equal(p, &m2, &m1)))) {
            fprintf(stderr, "fuzz_diff: lenient %s/%s: %d at %lu \"%s\" %u skipped; tokens %d at %lu \"%s\" %u skipped\n", gw_proto_name(p),
                    from == GW_FROM_CLIENT ? "client" : "server", (int)r1, (unsigned long)e1.offset, e1.path, (unsigned)e1.skipped,
                    (int)r2, (unsigned long)e2.offset, e2.path, (unsigned)e2.skipped);
            fprintf(stderr, "fuzz_diff: frame: %.*s\n", (int)(len < 2000 ? len : 2000), frame);
            abort();
        }
        free(s1);
        free(s2);
    }
    {
        gw_any_msg m;
        gw_error e;
        void *scratch = malloc(big);
        if (!scratch) abort();
        if (gw_decode(p, frame, len, from, &m, scratch, big, &e) == GW_OK) {
            size_t cap = 2 * len + 4096, n = 0, k, caps[3];
            char *a = (char *)malloc(cap), *b = (char *)malloc(cap);
            int w;
            if (!a || !b) abort();
            for (w = 0; w < 2; w++) {
                gw_wire wire = w ? GW_WIRE_ORIGINAL : GW_WIRE_SEED;
                if (gw_encode_wire(p, &m, wire, a, cap, &n, &e) != GW_OK) n = cap - 1; /* an error: any size shows it */
                caps[0] = cap; caps[1] = n + 1; caps[2] = n;
                for (k = 0; k < 3; k++)
                    if (gwref_encode_diff(p, &m, wire, a, b, caps[k], why, sizeof why)) {
                        fprintf(stderr, "fuzz_diff: encode %s/%s: %s\n", gw_proto_name(p), from == GW_FROM_CLIENT ? "client" : "server", why);
                        abort();
                    }
            }
            free(a);
            free(b);
        }
        free(scratch);
    }
    free(frame);
    return 0;
}
