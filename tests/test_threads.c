/* test_threads.c - the README's thread rules, checked: decode, lenient decode, encode (both
   wires), peek, equal, the tokenizer and the session checker run on 4 threads at once over every
   vector, each thread with its own messages, scratch, output and sessions, and the inputs shared
   read-only. Every result must equal the one a single thread computed first. Built like every
   test (plain, ASan, clang) and also with ThreadSanitizer (build/tsan/, where the compiler has
   it), which reports any shared mutable state the calls touch. */
#define _POSIX_C_SOURCE 200809L
#include "t.h"
#include "../gateway.h"
#include "all_vectors.h"
#include "round_trip.h"
#include <pthread.h>
#include <stdlib.h>

enum { THREADS = 4, ROUNDS = 3, OUT = 1 << 16 };

/* What one thread computes from vector v: the encodings in both wires, the envelope and a
   session verdict, as bytes to compare. */
typedef struct result {
    gw_err dec, len_dec, enc[2], peek;
    size_t n[2];
    int kind, peek_kind, equal, tokens, verdict;
    char out[2][512]; /* the first 511 bytes of each encoding */
} result;

static result *want;

typedef struct worker {
    unsigned char scratch[1 << 17], scratch2[1 << 17];
    char out[OUT];
    gj_tok toks[4096];
    unsigned long compared, differ;
} worker;

static void compute(worker *w, const vec *v, result *r)
{
    gw_any_msg m, m2;
    gw_envelope env;
    gw_error e;
    gj_status st;
    int k;
    memset(r, 0, sizeof *r);
    r->dec = gw_decode(v->p, v->buf, v->len, v->from, &m, w->scratch, sizeof w->scratch, &e);
    r->kind = *(const int *)(const void *)&m;
    r->len_dec = gw_decode_flags(v->p, v->buf, v->len, v->from, GW_DECODE_LENIENT, &m2, w->scratch2, sizeof w->scratch2, &e);
    r->equal = r->dec == GW_OK && r->len_dec == GW_OK && gw_equal(v->p, &m, &m2);
    for (k = 0; k < 2 && r->dec == GW_OK; k++) {
        r->enc[k] = gw_encode_wire(v->p, &m, k ? GW_WIRE_ORIGINAL : GW_WIRE_SEED, w->out, OUT, &r->n[k], &e);
        if (r->enc[k] == GW_OK) memcpy(r->out[k], w->out, r->n[k] < 511 ? r->n[k] : 511);
    }
    r->peek = gw_peek(v->p, v->buf, v->len, v->from, &env, w->scratch2, sizeof w->scratch2, &e);
    r->peek_kind = env.kind;
    r->tokens = gj_tokenize(v->buf, v->len, w->toks, 4096, &st) == GJ_OK ? (int)st.count : -1;
    if (r->dec == GW_OK) r->verdict = (int)recv_fresh(v->p, v->from == GW_FROM_SERVER ? GW_SIDE_CLIENT : GW_SIDE_SERVER, &m).action;
}

static void *run(void *arg)
{
    worker *w = (worker *)arg;
    result r;
    size_t i;
    int round;
    for (round = 0; round < ROUNDS; round++)
        for (i = 0; i < nvecs; i++) {
            compute(w, &vecs[i], &r);
            w->compared++;
            if (memcmp(&r, &want[i], sizeof r) != 0) w->differ++;
        }
    return NULL;
}

static void test_threads(void)
{
    static worker workers[THREADS];
    pthread_t tid[THREADS];
    size_t i;
    int t, started = 0;
    unsigned long compared = 0, differ = 0;
    want = (result *)calloc(nvecs, sizeof *want);
    if (!want) { t_fail(__FILE__, __LINE__, "out of memory"); return; }
    for (i = 0; i < nvecs; i++) compute(&workers[0], &vecs[i], &want[i]); /* one thread first */
    for (t = 0; t < THREADS; t++) {
        workers[t].compared = workers[t].differ = 0;
        if (pthread_create(&tid[t], NULL, run, &workers[t]) == 0) started++;
        else t_failf(__FILE__, __LINE__, "pthread_create %d failed", t);
    }
    for (t = 0; t < started; t++) {
        pthread_join(tid[t], NULL);
        compared += workers[t].compared;
        differ += workers[t].differ;
    }
    printf("threads: %d threads compared %lu results with one thread's, %lu differ\n", started, compared, differ);
    CHECK_EQ(started, THREADS);
    CHECK_EQ(differ, 0);
    CHECK_EQ(compared, (unsigned long)THREADS * ROUNDS * nvecs);
    free(want);
}

int main(void)
{
    size_t i;
    load_vectors();
    RUN(test_threads);
    for (i = 0; i < nvecs; i++) free(vecs[i].buf);
    return t_summary("threads");
}
