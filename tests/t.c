/* The harness behind t.h, and the malloc-counting wrappers (linked with -Wl,--wrap=...). */
#include "t.h"
#include <stdarg.h>
#include <stdlib.h>

static int t_passed, t_failed, t_case_failed;
static const char *t_current = "?";
static unsigned long t_alloc_calls;

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t m);
void *__real_realloc(void *p, size_t n);
void __real_free(void *p);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t m);
void *__wrap_realloc(void *p, size_t n);
void __wrap_free(void *p);
void *__wrap_malloc(size_t n) { t_alloc_calls++; return __real_malloc(n); }
void *__wrap_calloc(size_t n, size_t m) { t_alloc_calls++; return __real_calloc(n, m); }
void *__wrap_realloc(void *p, size_t n) { t_alloc_calls++; return __real_realloc(p, n); }
void __wrap_free(void *p) { t_alloc_calls++; __real_free(p); }
unsigned long t_allocs(void) { return t_alloc_calls; }

void t_fail(const char *file, int line, const char *what)
{
    t_failf(file, line, "%s", what);
}

void t_failf(const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    if (t_case_failed < 5) {
        fprintf(stderr, "FAIL %s (%s:%d): ", t_current, file, line);
        va_start(ap, fmt);
        vfprintf(stderr, fmt, ap);
        va_end(ap);
        fputc('\n', stderr);
    }
    t_case_failed++;
}

/* A case may open inside another (a RUN whose function loops over named cases): failures of the
   outer one so far are counted before the inner one starts, so none is lost. */
void t_case_begin(const char *name)
{
    if (t_case_failed) t_failed++;
    t_current = name;
    t_case_failed = 0;
}

void t_case_end(void)
{
    if (t_case_failed) t_failed++; else t_passed++;
    t_case_failed = 0;
}

/* A test function is a pass only when nothing inside it failed, its own named rows included. */
void t_run(void (*fn)(void), const char *name)
{
    int before;
    t_case_begin(name);
    before = t_failed;
    fn();
    if (t_case_failed) t_failed++;
    else if (t_failed == before) t_passed++;
    t_case_failed = 0;
}

int t_summary(const char *suite)
{
    if (t_case_failed) t_failed++, t_case_failed = 0; /* outside any case */
    printf("%s: %d passed, %d failed\n", suite, t_passed, t_failed);
    return t_failed ? 1 : 0;
}

char *t_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf;
    long n;
    if (!f) return NULL;
    if (fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) { fclose(f); return NULL; }
    buf = (char *)malloc(n ? (size_t)n : 1);
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) { free(buf); buf = NULL; }
    fclose(f);
    if (buf) *len = (size_t)n;
    return buf;
}

char *t_vector(const char *name, size_t *len)
{
    char path[512];
    char *buf;
    snprintf(path, sizeof path, strchr(name, '/') ? "%s" : "tests/vectors/%s", name);
    buf = t_read_file(path, len);
    if (!buf) fprintf(stderr, "cannot read %s (run from the repo root)\n", path);
    return buf;
}

char *t_vector_str(const char *name, size_t *len)
{
    char *buf = t_vector(name, len), *z;
    if (!buf) return NULL;
    if ((z = (char *)realloc(buf, *len + 1)) == NULL) { free(buf); return NULL; }
    z[*len] = 0;
    return z;
}
