/* t.h - the project's minimal test harness. Each tests/test_*.c is its own program:
       #include "t.h"
       static void test_something(void) { CHECK(1 + 1 == 2); CHECK_EQ(f(), 3); }
       int main(void) { RUN(test_something); return t_summary("json"); }
   A case passes when none of its checks failed. t_summary prints "<suite>: N passed, N failed".
   Every test binary is linked with -Wl,--wrap=malloc,... so t_allocs() counts heap calls. */
#ifndef GW_TEST_T_H
#define GW_TEST_T_H
#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <string.h>
#include <stdlib.h>

void t_fail(const char *file, int line, const char *what);
void t_failf(const char *file, int line, const char *fmt, ...);
void t_run(void (*fn)(void), const char *name);
/* A named case inside a table loop: t_case_begin("row 17"); ...checks...; t_case_end(); */
void t_case_begin(const char *name);
void t_case_end(void);
int t_summary(const char *suite);
/* Heap calls (malloc, calloc, realloc, free) since the program started. */
unsigned long t_allocs(void);
/* Read a whole file into a heap buffer (exact size, no NUL slack beyond len); NULL on error. */
char *t_read_file(const char *path, size_t *len);
/* The one vector loader of the tests: tests/vectors/<name> (or `name` itself when it holds a '/'),
   run from the repository root. t_vector's buffer is exactly sized, so ASan sees an overread past
   len; t_vector_str's has a NUL after len, for the tests that build strings from it. NULL, said on
   stderr, when it cannot be read. Free with free(). */
char *t_vector(const char *name, size_t *len);
char *t_vector_str(const char *name, size_t *len);
/* Every row of a vector table (rows with a `file` member): bufs[i], lens[i] from loader (t_vector or
   t_vector_str); exits (status 2) when one is missing. */
#define T_LOAD_VECTORS(table, bufs, lens, loader) do { size_t t_i_; \
    for (t_i_ = 0; t_i_ < sizeof(table) / sizeof((table)[0]); t_i_++) \
        if (((bufs)[t_i_] = loader((table)[t_i_].file, &(lens)[t_i_])) == NULL) exit(2); } while (0)

#define CHECK(c) do { if (!(c)) t_fail(__FILE__, __LINE__, #c); } while (0)
#define CHECK_EQ(a, b) do { long long t_a_ = (long long)(a), t_b_ = (long long)(b); \
    if (t_a_ != t_b_) t_failf(__FILE__, __LINE__, "%s == %s: %lld != %lld", #a, #b, t_a_, t_b_); } while (0)
/* Two gw_err (or gj_err with CHECK_GJ) codes, printed by name and text, not as integers */
#define CHECK_ERR(a, b) do { int t_a_ = (int)(a), t_b_ = (int)(b); \
    if (t_a_ != t_b_) t_failf(__FILE__, __LINE__, "%s == %s: %s (%d) != %s (%d)", #a, #b, gw_strerror((gw_err)t_a_), t_a_, \
                              gw_strerror((gw_err)t_b_), t_b_); } while (0)
#define CHECK_GJ(a, b) do { int t_a_ = (int)(a), t_b_ = (int)(b); \
    if (t_a_ != t_b_) t_failf(__FILE__, __LINE__, "%s == %s: %s (%d) != %s (%d)", #a, #b, gj_strerror((gj_err)t_a_), t_a_, \
                              gj_strerror((gj_err)t_b_), t_b_); } while (0)
#define CHECK_STR(a, b) do { const char *t_a_ = (a), *t_b_ = (b); \
    if (strcmp(t_a_, t_b_) != 0) t_failf(__FILE__, __LINE__, "%s == %s: \"%s\" != \"%s\"", #a, #b, t_a_, t_b_); } while (0)
#define RUN(fn) t_run(fn, #fn)
#endif
