/* gwcat - command-line companion of gateway.h.

       gwcat [--lines] --json FILE...                    check each FILE with the strict JSON tokenizer
       gwcat [--lines] [--lenient] --proto NAME --from client|server [--wire seed|original] FILE...
                                                         decode each FILE as one payload of protocol
                                                         NAME (long or short name: dmod, sm, ...) sent
                                                         by that side; print its canonical re-encoding
                                                         on one line, in the seed's form (default) or
                                                         the original implementation's
       gwcat --list                                      print the protocol names
       gwcat --schema json-schema|asyncapi NAME          print protocol NAME's spec as a JSON Schema
                                                         (draft 2020-12) or an AsyncAPI 3.0 document,
                                                         made from the codec's own tables

   --lines: each FILE holds one payload per line (JSON lines, the way captures are stored); every
   non-blank line is checked on its own, a "\r" before the "\n" is dropped.

   Exit status: 0 every file (line) is valid, 1 some is invalid (each reported on stdout as
   "FILE:OFFSET: LINE:COL: message", or "FILE:OFFSET: LINE:COL: path: message" for a protocol error;
   OFFSET is the byte offset in FILE, LINE and COL count from 1, COL in bytes), 2 usage error or
   unreadable file (message on stderr). FILE "-" reads standard input.

   Layout: main() parses the command line into a gwcat_opts, then run_file() hands each payload of
   each file (the whole file, or each line with --lines) to the mode's per-payload function through
   check(); a gwcat_src says where the payload sits in its file, for error positions. A new mode
   adds an enum value, its option parsing in parse_args(), and a per-payload function in check()
   (or a whole-run action in main()). */
#define GATEWAY_IMPLEMENTATION
#include "../gateway.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include "gwcat_schema.h"

enum { EXIT_VALID = 0, EXIT_INVALID = 1, EXIT_USAGE = 2 };

typedef enum gwcat_mode {
    MODE_NONE = 0,
    MODE_JSON,     /* --json: strict syntax check */
    MODE_PROTO,    /* --proto NAME --from SIDE: decode and re-encode */
    MODE_LIST,     /* --list: protocol names */
    MODE_SCHEMA    /* --schema FORMAT NAME: the protocol's JSON Schema or AsyncAPI document */
} gwcat_mode;

typedef struct gwcat_opts {
    gwcat_mode mode;
    gw_proto proto;
    gw_from from;
    gw_wire wire;  /* --wire: the form of the re-encoding (GW_WIRE_SEED unless given) */
    int has_wire;
    int lines;     /* --lines: one payload per line */
    int lenient;   /* --lenient: GW_DECODE_LENIENT (unknown names and keys pass) */
    int help;
    char **files;  /* the operands, in order */
    int nfiles;
    const char *schema; /* --schema: "json-schema" or "asyncapi" */
} gwcat_opts;

/* Where a payload sits in its file, to turn an offset in the payload into a position in the file. */
typedef struct gwcat_src {
    const char *path;
    size_t offset; /* byte offset of the payload's first byte in the file */
    size_t line;   /* its line, from 1 */
    int in_lines;  /* --lines: the payload is one line of the file */
} gwcat_src;

static const char *prog = "gwcat";

static void usage(FILE *f)
{
    fprintf(f,
            "usage: %s [--lines] --json FILE...\n"
            "       %s [--lines] [--lenient] --proto NAME --from client|server [--wire seed|original] FILE...\n"
            "       %s --list\n"
            "       %s --schema json-schema|asyncapi NAME\n"
            "       %s --help\n"
            "\n"
            "  --json FILE...   check each FILE (\"-\" = standard input) as strict JSON (RFC 8259,\n"
            "                   no duplicate keys, nesting up to %d)\n"
            "  --proto NAME     decode each FILE as one payload of protocol NAME and print its\n"
            "                   canonical re-encoding on one line. NAME is a name --list prints or\n"
            "                   its short form: sm, i386, ms, ng, dmod\n"
            "  --from SIDE      who sent the payloads: client or server\n"
            "  --wire FORM      with --proto, the form of the re-encoding: seed (default, the seed\n"
            "                   documents' form) or original (the original implementations' form);\n"
            "                   decoding accepts both. A field the form cannot carry is reported\n"
            "                   as \"cannot re-encode: PATH: ...\"\n"
            "  --lenient        with --proto, decode leniently: an event, command or type name no kind\n"
            "                   has, or an opcode no kind has, becomes the kind GW_<P>_UNKNOWN (re-encoded\n"
            "                   as it came, compact) when its envelope keeps the protocol's rules, and\n"
            "                   unknown keys are skipped (counted on stderr); the JSON stays strict\n"
            "  --lines          with --json or --proto, read each FILE as JSON lines: every non-blank\n"
            "                   line is one payload, checked on its own (a trailing \"\\r\" is dropped)\n"
            "  --list           print the protocol names\n"
            "  --schema FORMAT NAME  print protocol NAME's spec, made from the codec's tables: FORMAT\n"
            "                   json-schema (JSON Schema draft 2020-12) or asyncapi (AsyncAPI 3.0, its\n"
            "                   payloads $ref NAME.schema.json, the json-schema document's file name)\n"
            "  --help           show this help\n"
            "\n"
            "errors go to stdout as \"FILE:OFFSET: LINE:COL: [path: ]message\": OFFSET is the byte offset\n"
            "in FILE, LINE and COL count from 1 (COL in bytes)\n"
            "exit status: 0 all valid, 1 some file (or line) invalid, 2 usage error or unreadable file\n",
            prog, prog, prog, prog, prog, GJ_MAX_DEPTH);
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
            } else if (strcmp(a, "--schema") == 0) {
                if (o->mode && o->mode != MODE_SCHEMA) { fprintf(stderr, "%s: conflicting modes\n", prog); return EXIT_USAGE; }
                o->mode = MODE_SCHEMA;
                if (i + 2 >= argc || (strcmp(argv[i + 1], "json-schema") != 0 && strcmp(argv[i + 1], "asyncapi") != 0) ||
                    (o->proto = gw_proto_find(argv[i + 2])) == GW_PROTO_NONE) {
                    fprintf(stderr, "%s: --schema needs json-schema or asyncapi, then one of the names --list prints\n", prog);
                    return EXIT_USAGE;
                }
                o->schema = argv[i + 1];
                i += 2;
            } else if (strcmp(a, "--lines") == 0) {
                o->lines = 1;
            } else if (strcmp(a, "--lenient") == 0) {
                o->lenient = 1;
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
    if (o->mode == MODE_LIST && o->lines) { fprintf(stderr, "%s: --lines goes with --json or --proto\n", prog); return EXIT_USAGE; }
    if (o->mode == MODE_SCHEMA && (o->lines || o->from || o->has_wire || o->lenient || o->nfiles)) {
        fprintf(stderr, "%s: --schema takes no other option and no file\n", prog);
        return EXIT_USAGE;
    }
    if (o->mode == MODE_LIST || o->mode == MODE_SCHEMA) return 0;
    if ((o->mode == MODE_PROTO) != (o->from != 0)) {
        fprintf(stderr, "%s: --proto and --from go together\n", prog);
        return EXIT_USAGE;
    }
    if (o->has_wire && o->mode != MODE_PROTO) { fprintf(stderr, "%s: --wire goes with --proto\n", prog); return EXIT_USAGE; }
    if (o->lenient && o->mode != MODE_PROTO) { fprintf(stderr, "%s: --lenient goes with --proto\n", prog); return EXIT_USAGE; }
    if (o->nfiles == 0) { fprintf(stderr, "%s: no input files\n", prog); usage(stderr); return EXIT_USAGE; }
    return 0;
}

/* Double *buf (at least 64 KiB). 0, with a message on stderr, when out of memory. */
static int grow(char **buf, size_t *cap, const char *path)
{
    size_t ncap = *cap ? *cap * 2 : 65536;
    char *nb = ncap > *cap ? (char *)realloc(*buf, ncap) : NULL;
    if (!nb) { fprintf(stderr, "%s: %s: out of memory\n", prog, path); return 0; }
    *buf = nb;
    *cap = ncap;
    return 1;
}

/* Read all of f into a heap buffer. NULL with a message on stderr on failure. */
static char *read_all(FILE *f, const char *path, size_t *len)
{
    char *buf = NULL;
    size_t n = 0, cap = 0;
    for (;;) {
        size_t got;
        if (n == cap && !grow(&buf, &cap, path)) { free(buf); return NULL; }
        got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0) break;
    }
    if (ferror(f)) { fprintf(stderr, "%s: %s: %s\n", prog, path, strerror(errno)); free(buf); return NULL; }
    *len = n;
    return buf;
}

/* Read one line of f into *buf (grown as needed: a frame can be hundreds of KB), without its "\n".
   Returns 1 with *len and *nl (1 when a "\n" ended it), 0 at the end of input, -1 on a read error
   or no memory (message on stderr). getc, not fgets, so that a NUL byte is kept and reported. */
static int read_line(FILE *f, const char *path, char **buf, size_t *cap, size_t *len, int *nl)
{
    size_t n = 0;
    int c;
    while ((c = getc(f)) != EOF && c != '\n') {
        if (n == *cap && !grow(buf, cap, path)) return -1;
        (*buf)[n++] = (char)c;
    }
    if (ferror(f)) { fprintf(stderr, "%s: %s: %s\n", prog, path, strerror(errno)); return -1; }
    *len = n;
    *nl = c == '\n';
    return c != EOF || n > 0;
}

/* Print "FILE:OFFSET: LINE:COL: " for byte off of the payload buf: OFFSET in the file, LINE and COL
   (in bytes) from 1. Counting lines is a scan, but only on the error path. */
static void print_pos(const gwcat_src *s, const char *buf, size_t len, size_t off)
{
    size_t i, line = s->line, bol = 0;
    if (off > len) off = len;
    for (i = 0; i < off; i++)
        if (buf[i] == '\n') { line++; bol = i + 1; }
    printf("%s:%zu: %zu:%zu: ", s->path, s->offset + off, line, off - bol + 1);
}

/* --json: the strict check of one payload. Returns EXIT_VALID or EXIT_INVALID. */
static int check_json(const gwcat_src *s, const char *buf, size_t len)
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
        if (!toks) { fprintf(stderr, "%s: %s: out of memory\n", prog, s->path); return EXIT_USAGE; }
        e = gj_tokenize(buf, len, toks, st.count, &st);
        free(toks);
    }
    if (e == GJ_OK) return EXIT_VALID;
    print_pos(s, buf, len, st.offset);
    printf("%s\n", gj_strerror(e));
    return EXIT_INVALID;
}

/* --proto: decode one payload and print its canonical re-encoding in the --wire form. Returns an exit code. */
static int check_proto(const gwcat_opts *o, const gwcat_src *s, const char *buf, size_t len)
{
    gw_any_msg m;
    gw_error e;
    gw_err r;
    unsigned char *scratch = NULL;
    char *out = NULL;
    size_t need = 0, n = 0;
    int rc = EXIT_INVALID;
    /* ask for the scratch size first (the library never allocates; this tool may) */
    unsigned flags = o->lenient ? GW_DECODE_LENIENT : GW_DECODE_STRICT;
    uint32_t skipped;
    r = gw_decode_flags(o->proto, buf, len, o->from, flags, &m, NULL, 0, &e);
    if (r == GW_ERR_SCRATCH) {
        need = e.needed;
        if (!(scratch = (unsigned char *)malloc(need))) { fprintf(stderr, "%s: out of memory\n", prog); return EXIT_USAGE; }
        r = gw_decode_flags(o->proto, buf, len, o->from, flags, &m, scratch, need, &e);
        if (r == GW_ERR_SCRATCH) { /* the first answer only counted tokens */
            unsigned char *bigger = (unsigned char *)realloc(scratch, e.needed);
            if (!bigger) { free(scratch); fprintf(stderr, "%s: out of memory\n", prog); return EXIT_USAGE; }
            scratch = bigger;
            r = gw_decode_flags(o->proto, buf, len, o->from, flags, &m, scratch, e.needed, &e);
        }
    }
    skipped = e.skipped;
    if (r == GW_OK) {
        if (skipped) { /* stderr: stdout stays one re-encoding per payload */
            if (s->in_lines) fprintf(stderr, "%s: line %lu", s->path, (unsigned long)s->line);
            else fprintf(stderr, "%s", s->path);
            fprintf(stderr, ": %lu unknown key%s skipped (--lenient)\n", (unsigned long)skipped, skipped == 1 ? "" : "s");
        }
        r = gw_encode_wire(o->proto, &m, o->wire, NULL, 0, &n, &e);
        if (r == GW_ERR_BUFFER && (out = (char *)malloc(e.needed)) != NULL)
            r = gw_encode_wire(o->proto, &m, o->wire, out, e.needed, &n, &e);
        if (r == GW_OK) { printf("%s\n", out ? out : ""); rc = EXIT_VALID; }
        else {
            /* no byte to point at: a whole file is named by itself, a line by its first byte */
            if (s->in_lines) print_pos(s, buf, len, 0);
            else printf("%s: ", s->path);
            printf("cannot re-encode: %s%s%s%s%s\n", e.path, e.path[0] ? ": " : "", gw_strerror(r), e.detail[0] ? ": " : "", e.detail);
        }
    } else if (r == GW_ERR_JSON || r == GW_ERR_DUPLICATE_KEY) {
        print_pos(s, buf, len, e.offset);
        printf("%s%s%s\n", e.path, e.path[0] ? ": " : "", gj_strerror(e.json));
    } else { /* the path, the error, and what was expected against what arrived */
        print_pos(s, buf, len, e.offset);
        printf("%s%s%s%s%s\n", e.path, e.path[0] ? ": " : "", gw_strerror(r), e.detail[0] ? ": " : "", e.detail);
    }
    free(scratch);
    free(out);
    return rc;
}

/* One payload in the chosen mode. Returns an exit code. */
static int check(const gwcat_opts *o, const gwcat_src *s, const char *buf, size_t len)
{
    return o->mode == MODE_JSON ? check_json(s, buf, len) : check_proto(o, s, buf, len);
}

/* --lines: every non-blank line of f is one payload. Returns the worst exit code. */
static int run_lines(const gwcat_opts *o, FILE *f, const char *path)
{
    gwcat_src s;
    char *buf = NULL;
    size_t cap = 0, len, i;
    int nl = 0, got, rc, worst = EXIT_VALID;
    s.path = path;
    s.offset = 0;
    s.in_lines = 1;
    for (s.line = 1; (got = read_line(f, path, &buf, &cap, &len, &nl)) > 0; s.line++) {
        size_t next = s.offset + len + (size_t)nl; /* before the "\r" is dropped */
        if (len > 0 && buf[len - 1] == '\r') len--;
        for (i = 0; i < len && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\r'); i++) {}
        if (i < len) {
            rc = check(o, &s, buf, len);
            if (rc > worst) worst = rc;
        }
        s.offset = next;
    }
    free(buf);
    return got < 0 ? EXIT_USAGE : worst;
}

/* One file in the chosen mode ("-" = standard input). Returns an exit code. */
static int run_file(const gwcat_opts *o, const char *path)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    gwcat_src s;
    char *buf;
    size_t len = 0;
    int rc;
    if (!f) { fprintf(stderr, "%s: %s: %s\n", prog, path, strerror(errno)); return EXIT_USAGE; }
    if (o->lines) rc = run_lines(o, f, path);
    else if ((buf = read_all(f, path, &len)) == NULL) rc = EXIT_USAGE;
    else {
        s.path = path;
        s.offset = 0;
        s.line = 1;
        s.in_lines = 0;
        rc = check(o, &s, buf, len);
        free(buf);
    }
    if (f != stdin) fclose(f);
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
    if (o.mode == MODE_SCHEMA) {
        if ((rc = print_schema(o.schema, o.proto)) != 0) return rc;
        if (fflush(stdout) != 0) { fprintf(stderr, "%s: write error\n", prog); return EXIT_USAGE; }
        return EXIT_VALID;
    }
    for (i = 0; i < o.nfiles; i++) {
        rc = run_file(&o, o.files[i]);
        if (rc > worst) worst = rc;
    }
    if (fflush(stdout) != 0) { fprintf(stderr, "%s: write error\n", prog); return EXIT_USAGE; }
    return worst;
}
