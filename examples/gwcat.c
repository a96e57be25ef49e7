/* gwcat - command-line companion of gateway.h.

       gwcat --json FILE...                              check each FILE with the strict JSON tokenizer
       gwcat --proto NAME --from client|server [--wire seed|original] FILE...
                                                         decode each FILE as one payload of protocol
                                                         NAME sent by that side; print its canonical
                                                         re-encoding on one line, in the seed's form
                                                         (default) or the original implementation's
       gwcat --list                                      print the protocol names

   Exit status: 0 every file is valid, 1 some file is invalid (each reported on stdout as
   "FILE:OFFSET: message", or "FILE:OFFSET: path: message" for a protocol error), 2 usage error or unreadable file (message on stderr).
   FILE "-" reads standard input.

   Layout: main() parses the command line into a gwcat_opts, then runs one per-file function for
   each file according to the mode. A new mode adds an enum value, its option parsing in
   parse_args(), and a per-file function in run_file() (or a whole-run action in main()). */
#define GATEWAY_IMPLEMENTATION
#include "../gateway.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

enum { EXIT_VALID = 0, EXIT_INVALID = 1, EXIT_USAGE = 2 };

typedef enum gwcat_mode {
    MODE_NONE = 0,
    MODE_JSON,     /* --json: strict syntax check */
    MODE_PROTO,    /* --proto NAME --from SIDE: decode and re-encode */
    MODE_LIST      /* --list: protocol names */
} gwcat_mode;

typedef struct gwcat_opts {
    gwcat_mode mode;
    gw_proto proto;
    gw_from from;
    gw_wire wire;  /* --wire: the form of the re-encoding (GW_WIRE_SEED unless given) */
    int has_wire;
    int help;
    char **files;  /* the operands, in order */
    int nfiles;
} gwcat_opts;

static const char *prog = "gwcat";

static void usage(FILE *f)
{
    fprintf(f,
            "usage: %s --json FILE...\n"
            "       %s --proto NAME --from client|server [--wire seed|original] FILE...\n"
            "       %s --list\n"
            "       %s --help\n"
            "\n"
            "  --json FILE...   check each FILE (\"-\" = standard input) as strict JSON (RFC 8259,\n"
            "                   no duplicate keys, nesting up to %d)\n"
            "  --proto NAME     decode each FILE as one payload of protocol NAME (see --list) and\n"
            "                   print its canonical re-encoding on one line\n"
            "  --from SIDE      who sent the payloads: client or server\n"
            "  --wire FORM      with --proto, the form of the re-encoding: seed (default, the seed\n"
            "                   documents' form) or original (the original implementations' form);\n"
            "                   decoding accepts both. A field the form cannot carry is reported\n"
            "                   as \"cannot re-encode: PATH: ...\"\n"
            "  --list           print the protocol names\n"
            "  --help           show this help\n"
            "\n"
            "exit status: 0 all valid, 1 some file invalid (\"FILE:OFFSET: [path: ]message\" on stdout),\n"
            "             2 usage error or unreadable file\n",
            prog, prog, prog, prog, GJ_MAX_DEPTH);
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
            else if (strcmp(a, "--json") == 0 || strcmp(a, "--list") == 0 || strcmp(a, "--proto") == 0) {
                gwcat_mode m = a[2] == 'j' ? MODE_JSON : a[2] == 'l' ? MODE_LIST : MODE_PROTO;
                if (o->mode && o->mode != m) { fprintf(stderr, "%s: conflicting modes\n", prog); return EXIT_USAGE; }
                o->mode = m;
                if (m == MODE_PROTO) {
                    if (++i >= argc || (o->proto = gw_proto_find(argv[i])) == GW_PROTO_NONE) {
                        fprintf(stderr, "%s: --proto needs one of the names --list prints\n", prog);
                        return EXIT_USAGE;
                    }
                }
            } else if (strcmp(a, "--from") == 0) {
                if (++i < argc && strcmp(argv[i], "client") == 0) o->from = GW_FROM_CLIENT;
                else if (i < argc && strcmp(argv[i], "server") == 0) o->from = GW_FROM_SERVER;
                else { fprintf(stderr, "%s: --from needs client or server\n", prog); return EXIT_USAGE; }
            } else if (strcmp(a, "--wire") == 0) {
                if (++i < argc && strcmp(argv[i], "seed") == 0) o->wire = GW_WIRE_SEED;
                else if (i < argc && strcmp(argv[i], "original") == 0) o->wire = GW_WIRE_ORIGINAL;
                else { fprintf(stderr, "%s: --wire needs seed or original\n", prog); return EXIT_USAGE; }
                o->has_wire = 1;
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
    if (o->mode == MODE_LIST) return 0;
    if ((o->mode == MODE_PROTO) != (o->from != 0)) {
        fprintf(stderr, "%s: --proto and --from go together\n", prog);
        return EXIT_USAGE;
    }
    if (o->has_wire && o->mode != MODE_PROTO) { fprintf(stderr, "%s: --wire goes with --proto\n", prog); return EXIT_USAGE; }
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

/* --proto: decode one payload and print its canonical re-encoding in the --wire form. Returns an exit code. */
static int check_proto(const gwcat_opts *o, const char *path, const char *buf, size_t len)
{
    gw_any_msg m;
    gw_error e;
    gw_err r;
    unsigned char *scratch = NULL;
    char *out = NULL;
    size_t need = 0, n = 0;
    int rc = EXIT_INVALID;
    /* ask for the scratch size first (the library never allocates; this tool may) */
    r = gw_decode(o->proto, buf, len, o->from, &m, NULL, 0, &e);
    if (r == GW_ERR_SCRATCH) {
        need = e.needed;
        if (!(scratch = (unsigned char *)malloc(need))) { fprintf(stderr, "%s: out of memory\n", prog); return EXIT_USAGE; }
        r = gw_decode(o->proto, buf, len, o->from, &m, scratch, need, &e);
        if (r == GW_ERR_SCRATCH) { /* the first answer only counted tokens */
            unsigned char *bigger = (unsigned char *)realloc(scratch, e.needed);
            if (!bigger) { free(scratch); fprintf(stderr, "%s: out of memory\n", prog); return EXIT_USAGE; }
            scratch = bigger;
            r = gw_decode(o->proto, buf, len, o->from, &m, scratch, e.needed, &e);
        }
    }
    if (r == GW_OK) {
        r = gw_encode_wire(o->proto, &m, o->wire, NULL, 0, &n, &e);
        if (r == GW_ERR_BUFFER && (out = (char *)malloc(e.needed)) != NULL)
            r = gw_encode_wire(o->proto, &m, o->wire, out, e.needed, &n, &e);
        if (r == GW_OK) { printf("%s\n", out ? out : ""); rc = EXIT_VALID; }
        else printf("%s: cannot re-encode: %s%s%s\n", path, e.path, e.path[0] ? ": " : "", gw_strerror(r));
    } else if (r == GW_ERR_JSON || r == GW_ERR_DUPLICATE_KEY) {
        printf("%s:%zu: %s\n", path, e.offset, gj_strerror(e.json));
    } else {
        printf("%s:%zu: %s%s%s\n", path, e.offset, e.path, e.path[0] ? ": " : "", gw_strerror(r));
    }
    free(scratch);
    free(out);
    return rc;
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
    case MODE_PROTO: rc = check_proto(o, path, buf, len); break;
    case MODE_NONE: case MODE_LIST: break;
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
    if (o.mode == MODE_LIST) {
        int p;
        for (p = 1; p < GW_PROTO_COUNT_; p++) printf("%s\n", gw_proto_name((gw_proto)p));
        return EXIT_VALID;
    }
    for (i = 0; i < o.nfiles; i++) {
        rc = run_file(&o, o.files[i]);
        if (rc > worst) worst = rc;
    }
    if (fflush(stdout) != 0) { fprintf(stderr, "%s: write error\n", prog); return EXIT_USAGE; }
    return worst;
}
