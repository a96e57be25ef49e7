/* fuzz_tokenize.c - libFuzzer target for gj_tokenize / gj_validate.
   Properties checked on every input:
     - tokenizing with a small (8) and a large (len + 1, always enough) token array agree: same error
       and offset, or OK/NOMEM with the same token count and identical tokens (a duplicate key may
       also surface as NOMEM in the small array: duplicates are only found while tokens are kept);
     - counting only (toks NULL, cap 0) agrees too;
     - gj_validate returns what the large tokenize returns, except GJ_OK where that says duplicate key;
     - on success every token's span lies inside the input, its text matches its type, `next`
       indices are consistent (children inside parents, siblings in order, size = child count).
   Token arrays are exactly-sized heap blocks so ASan catches any write past them. */
#define GATEWAY_IMPLEMENTATION
#include "../gateway.h"
#include <stdlib.h>
#include <string.h>

#define REQUIRE(c) do { if (!(c)) { fprintf(stderr, "fuzz_tokenize: %s:%d: %s\n", __FILE__, __LINE__, #c); abort(); } } while (0)
#define SMALL 8

static void check_tokens(const char *src, size_t len, const gj_tok *t, size_t n)
{
    size_t i;
    REQUIRE(n >= 1);
    REQUIRE(t[0].next == n);
    for (i = 0; i < n; i++) {
        const gj_tok *k = &t[i];
        REQUIRE(k->type >= GJ_OBJECT && k->type <= GJ_NULL);
        REQUIRE((size_t)k->start + k->len <= len);
        REQUIRE(k->next > i && k->next <= n);
        switch (k->type) {
        case GJ_OBJECT: case GJ_ARRAY: {
            uint32_t j, cnt = 0;
            REQUIRE(k->len >= 2);
            REQUIRE(src[k->start] == (k->type == GJ_OBJECT ? '{' : '['));
            REQUIRE(src[k->start + k->len - 1] == (k->type == GJ_OBJECT ? '}' : ']'));
            for (j = (uint32_t)i + 1; j < k->next; cnt++) {
                const gj_tok *c = &t[j];
                REQUIRE(c->start > k->start && (size_t)c->start + c->len < (size_t)k->start + k->len);
                if (k->type == GJ_OBJECT) {
                    REQUIRE(c->type == GJ_STRING && c->next == j + 1);
                    REQUIRE(j + 1 < k->next);
                    REQUIRE(t[j + 1].start > c->start + c->len);
                    j = t[j + 1].next;
                } else {
                    j = c->next;
                }
                REQUIRE(j <= k->next);
                if (j < k->next) REQUIRE(t[j].start > c->start + c->len);
            }
            REQUIRE(cnt == k->size);
            if (k->next == i + 1) REQUIRE(k->size == 0);
            break;
        }
        case GJ_STRING:
            REQUIRE(k->start >= 1 && src[k->start - 1] == '"');
            REQUIRE((size_t)k->start + k->len < len && src[k->start + k->len] == '"');
            REQUIRE(k->next == i + 1 && k->size == 0);
            REQUIRE(((memchr(src + k->start, '\\', k->len) != NULL) == ((k->flags & GJ_ESCAPED) != 0)));
            break;
        case GJ_NUMBER: {
            gj_status st;
            REQUIRE(k->len >= 1 && k->next == i + 1);
            REQUIRE(gj_validate(src + k->start, k->len, &st) == GJ_OK);
            break;
        }
        case GJ_TRUE: REQUIRE(k->len == 4 && memcmp(src + k->start, "true", 4) == 0); break;
        case GJ_FALSE: REQUIRE(k->len == 5 && memcmp(src + k->start, "false", 5) == 0); break;
        case GJ_NULL: REQUIRE(k->len == 4 && memcmp(src + k->start, "null", 4) == 0); break;
        default: break;
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* exact-size copy: an overread of the input is an ASan report */
    char *src = (char *)malloc(size ? size : 1);
    size_t cap = size + 1;
    gj_tok *big = (gj_tok *)malloc(cap * sizeof *big), *small = (gj_tok *)malloc(SMALL * sizeof *small);
    gj_status sb, ss, sv, sc;
    gj_err eb, es, ev, ec;
    if (!src || !big || !small) abort();
    if (size) memcpy(src, data, size);

    eb = gj_tokenize(src, size, big, cap, &sb);
    es = gj_tokenize(src, size, small, SMALL, &ss);
    ec = gj_tokenize(src, size, NULL, 0, &sc);
    ev = gj_validate(src, size, &sv);
    REQUIRE(sb.err == eb && ss.err == es && sv.err == ev && sc.err == ec);
    REQUIRE(eb != GJ_ERR_NOMEM && eb < GJ_ERR_NOMEM); /* len + 1 tokens always suffice */
    if (size == 0) REQUIRE(eb == GJ_ERR_EMPTY);

    if (eb == GJ_OK) {
        REQUIRE(sb.offset == 0 && sb.count >= 1 && sb.count <= size);
        check_tokens(src, size, big, sb.count);
        if (sb.count <= SMALL) {
            REQUIRE(es == GJ_OK && ss.count == sb.count);
            REQUIRE(memcmp(small, big, sb.count * sizeof *big) == 0);
        } else {
            REQUIRE(es == GJ_ERR_NOMEM && ss.count == sb.count);
        }
        REQUIRE(ec == GJ_ERR_NOMEM && sc.count == sb.count);
        REQUIRE(ev == GJ_OK);
    } else if (eb == GJ_ERR_DUPLICATE_KEY) {
        /* without tokens the scan goes on past the duplicate: it may find a later syntax error */
        if (es == GJ_ERR_DUPLICATE_KEY) REQUIRE(ss.offset == sb.offset);
        else REQUIRE(es == GJ_ERR_NOMEM || (es != GJ_OK && ss.offset > sb.offset));
        REQUIRE(ec == GJ_ERR_NOMEM || (ec != GJ_OK && ec != GJ_ERR_DUPLICATE_KEY && sc.offset > sb.offset));
        REQUIRE(ev == GJ_OK || (ev != GJ_ERR_DUPLICATE_KEY && sv.offset > sb.offset));
        REQUIRE(sb.offset < size && src[sb.offset] == '"');
    } else {
        REQUIRE(es == eb && ss.offset == sb.offset);
        REQUIRE(ec == eb && sc.offset == sb.offset);
        REQUIRE(ev == eb && sv.offset == sb.offset);
        REQUIRE(sb.offset <= size);
    }
    REQUIRE(gj_strerror(eb) != NULL);
    free(src); free(big); free(small);
    return 0;
}
