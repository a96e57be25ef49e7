/* gwcat - command-line companion of gateway.h.

       gwcat --json FILE...     check each FILE with the strict JSON tokenizer

   Exit status: 0 every file is valid, 1 some file is invalid (each reported on stdout as
   "FILE:OFFSET: message"), 2 usage error or unreadable file (message on stderr).
   FILE "-" reads standard input.

   Layout: main() parses the command line into a gwcat_opts, then runs one per-file function for
   each file according to the mode. A new mode adds an enum value, its option parsing in
   parse_args(), and a per-file function in run_file() (or a whole-run action in main()). */
#define GATEWAY_JSON_IMPLEMENTATION
#include "../gateway_json.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

enum { EXIT_VALID = 0, EXIT_INVALID = 1, EXIT_USAGE = 2 };

typedef enum gwcat_mode {
    MODE_NONE = 0,
    MODE_JSON      /* --json: strict syntax check */
} gwcat_mode;

typedef struct gwcat_opts {
    gwcat_mode mode;
    int help;
    char **files;  /* the operands, in order */
    int nfiles;
} gwcat_opts;

static const char *prog = "gwcat";

static void usage(FILE *f)
{
    fprintf(f,
            "usage: %s --json FILE...\n"
            "       %s --help\n"
            "\n"
            "  --json FILE...   check each FILE (\"-\" = standard input) as strict JSON (RFC 8259,\n"
            "                   no duplicate keys, nesting up to %d)\n"
            "  --help           show this help\n"
            "\n"
            "exit status: 0 all valid, 1 some file invalid (\"FILE:OFFSET: message\" on stdout),\n"
            "             2 usage error or unreadable file\n",
            prog, prog, GJ_MAX_DEPTH);
}

/* Parse argv into o. Returns 0, or prints the problem and returns EXIT_USAGE. */
static int parse_args(int argc, char **argv, gwcat_opts *o)
{
    int i, only_files = 0;
    memset(o, 0, sizeof *o);
    o->files = argv + 1;
    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!only_files && a[0] == '-' && a[1] != 0) {
            if (strcmp(a, "--") == 0) only_files = 1;
            else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) o->help = 1;
            else if (strcmp(a, "--json") == 0) {
                if (o->mode && o->mode != MODE_JSON) { fprintf(stderr, "%s: conflicting modes\n", prog); return EXIT_USAGE; }
                o->mode = MODE_JSON;
            } else {
                fprintf(stderr, "%s: unknown option '%s'\n", prog, a);
                usage(stderr);
                return EXIT_USAGE;
            }
        } else {
            o->files[o->nfiles++] = argv[i]; /* compacts operands in place, order kept */
        }
    }
    if (o->help) return 0;
    if (o->mode == MODE_NONE) { fprintf(stderr, "%s: no mode given\n", prog); usage(stderr); return EXIT_USAGE; }
    if (o->nfiles == 0) { fprintf(stderr, "%s: no input files\n", prog); usage(stderr); return EXIT_USAGE; }
    return 0;
}

/* Read a whole file ("-" = stdin) into a heap buffer. NULL with a message on stderr on failure. */
static char *read_all(const char *path, size_t *len)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    char *buf = NULL;
    size_t n = 0, cap = 0;
    if (!f) { fprintf(stderr, "%s: %s: %s\n", prog, path, strerror(errno)); return NULL; }
    for (;;) {
        size_t got;
        if (n == cap) {
            size_t ncap = cap ? cap * 2 : 65536;
            char *nb = ncap > cap ? (char *)realloc(buf, ncap) : NULL;
            if (!nb) { fprintf(stderr, "%s: %s: out of memory\n", prog, path); free(buf); buf = NULL; break; }
            buf = nb;
            cap = ncap;
        }
        got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0) {
            if (ferror(f)) { fprintf(stderr, "%s: %s: %s\n", prog, path, strerror(errno)); free(buf); buf = NULL; }
            break;
        }
    }
    if (f != stdin) fclose(f);
    if (buf) *len = n;
    return buf;
}

/* --json: the strict check of one buffer. Returns EXIT_VALID or EXIT_INVALID. */
static int check_json(const char *path, const char *buf, size_t len)
{
    gj_status st;
    gj_tok *toks;
    gj_err e;
    /* First pass with no tokens: a syntax error, or GJ_ERR_NOMEM with the exact count needed
       (never more than len, as every token takes at least one byte). Then tokenize for real,
       which also catches duplicate keys. */
    e = gj_tokenize(buf, len, NULL, 0, &st);
    if (e == GJ_ERR_NOMEM && st.count <= len) {
        toks = (gj_tok *)malloc(st.count * sizeof *toks);
        if (!toks) { fprintf(stderr, "%s: %s: out of memory\n", prog, path); return EXIT_USAGE; }
        e = gj_tokenize(buf, len, toks, st.count, &st);
        free(toks);
    }
    if (e == GJ_OK) return EXIT_VALID;
    printf("%s:%zu: %s\n", path, st.offset, gj_strerror(e));
    return EXIT_INVALID;
}

/* One file in the chosen mode. Returns an exit code. */
static int run_file(const gwcat_opts *o, const char *path)
{
    size_t len = 0;
    int rc = EXIT_USAGE;
    char *buf = read_all(path, &len);
    if (!buf) return EXIT_USAGE;
    switch (o->mode) {
    case MODE_JSON: rc = check_json(path, buf, len); break;
    case MODE_NONE: break;
    }
    free(buf);
    return rc;
}

int main(int argc, char **argv)
{
    gwcat_opts o;
    int i, rc, worst = EXIT_VALID;
    if ((rc = parse_args(argc, argv, &o)) != 0) return rc;
    if (o.help) { usage(stdout); return EXIT_VALID; }
    for (i = 0; i < o.nfiles; i++) {
        rc = run_file(&o, o.files[i]);
        if (rc > worst) worst = rc;
    }
    if (fflush(stdout) != 0) { fprintf(stderr, "%s: write error\n", prog); return EXIT_USAGE; }
    return worst;
}
