/* gateway_json.h - strict, zero-allocation JSON tokenizer and writer.      MIT license, see end.

   Part of gateway.h, but usable alone. No malloc, no global state, no recursion, libc only.

   USAGE
     In exactly one C or C++ file:
         #define GATEWAY_JSON_IMPLEMENTATION      (GATEWAY_IMPLEMENTATION also pulls it in)
         #include "gateway_json.h"
     Everywhere else just #include "gateway_json.h".

   QUICK START
         gj_tok toks[64];
         gj_status st;
         if (gj_tokenize(buf, len, toks, 64, &st) != GJ_OK) {
             printf("%zu: %s\n", st.offset, gj_strerror(st.err));   // st.count = tokens needed on GJ_ERR_NOMEM
         }
         uint32_t v = gj_find(buf, toks, 0, "op", 2);                // 0 = not found
         int64_t op;
         if (v && gj_get_i64(buf, &toks[v], &op) == GJ_OK) ...

         char out[256];
         gj_writer w;
         gj_writer_init(&w, out, sizeof out);
         gj_obj_begin(&w); gj_key(&w, "op", 2); gj_int(&w, 1); gj_obj_end(&w);
         size_t n;
         if (gj_writer_finish(&w, &n) == GJ_OK) send(out, n);       // GJ_ERR_NOMEM: n = bytes needed

   TOKENS
     gj_tokenize() fills a caller-provided array of gj_tok in document order (pre-order). Object
     members are stored as key token (a GJ_STRING) followed by the value's tokens. Every token has
     `next`, the index just past its whole subtree, so a consumer skips any value in O(1):
         for (uint32_t i = obj + 1; i < toks[obj].next; i = toks[i + 1].next)   // i = key, i + 1 = value
     `start`/`len` give the byte span in the input; for strings the span excludes the quotes and is
     the raw (possibly escaped) text. `size` is the member count of an object or the element count
     of an array. Offsets are 32-bit: inputs are limited to 4 GiB - 1 bytes.

   STRICTNESS (RFC 8259 and then some)
     Rejected: trailing commas, comments, single quotes, leading zeros, +1, .5, 1., NaN/Infinity,
     unescaped control characters, invalid escapes, invalid UTF-8 (overlong, UTF-16 surrogates,
     > U+10FFFF, truncated), lone or mis-paired \u surrogates, trailing data after the top value,
     duplicate keys in one object (compared after unescaping, so "a" and "\u0061" collide), and
     nesting deeper than GJ_MAX_DEPTH. Accepted: any top-level value, any whitespace RFC 8259
     allows (space, tab, CR, LF).

   ERRORS
     Every function returning gj_err returns GJ_OK (0) or a distinct code; gj_strerror() gives a
     static message. gj_tokenize() also reports the byte offset where the problem was detected.
     After an error, token contents are unspecified and must not be used.

   OPTIONS (define before including)
     GJ_MAX_DEPTH          nesting limit of the tokenizer and writer (default 64)
     GJ_ASSERT(x)          internal invariants (default assert from <assert.h>)
     GATEWAY_JSON_STATIC   make every function static (private copy per translation unit)
     GJ_NO_SIMD            leave out SSE2/NEON (gateway.h's encoder too): the portable SWAR code runs (for tests)

   COST
     One forward pass over the input; strings are scanned 16 bytes at a time (SSE2, else 8 with
     SWAR), digits 8 at a time; a token array of at least len entries skips every room check. Duplicate keys: a per-object 64-bit hash filter tells most new keys from the earlier
     ones at once; a key it cannot tell is compared with each earlier key, up to 4 such keys per
     object. Any other object (more than 32 keys, an escaped key, or a 5th key the filter cannot
     tell) is checked when it closes, by sorting its keys through their own tokens: O(k log k), no
     memory beyond the token array (a 1 MB object of 100,000 keys takes milliseconds). Such an
     object reports a repeat at the repeating key's offset when it closes (after any JSON error
     inside it), and only if its tokens fit.
*/
#ifndef GATEWAY_JSON_H
#define GATEWAY_JSON_H

#include <stddef.h>
#include <stdint.h>

#define GATEWAY_VERSION_MAJOR 0 /* the same in both headers, CMakeLists.txt and gateway.pc */
#define GATEWAY_VERSION_MINOR 1
#define GATEWAY_VERSION_PATCH 0

#ifndef GJ_DEF
#ifdef GATEWAY_JSON_STATIC
#if defined(__GNUC__) || defined(__clang__)
#define GJ_DEF static __attribute__((unused)) /* a file that calls only some functions stays quiet */
#else
#define GJ_DEF static
#endif
#else
#define GJ_DEF extern
#endif
#endif

#ifndef GJ_MAX_DEPTH
#define GJ_MAX_DEPTH 64
#endif

#ifdef __cplusplus
extern "C" {
#endif

typedef enum gj_type {
    GJ_NONE = 0, GJ_OBJECT, GJ_ARRAY, GJ_STRING, GJ_NUMBER, GJ_TRUE, GJ_FALSE, GJ_NULL
} gj_type;

typedef enum gj_err {
    GJ_OK = 0,
    /* tokenizer */
    GJ_ERR_EMPTY,             /* no value: input empty or only whitespace */
    GJ_ERR_TRUNCATED,         /* input ends inside a value */
    GJ_ERR_EXPECTED_VALUE,    /* a value was expected (also '.5', '+1', NaN, a stray ']' ...) */
    GJ_ERR_EXPECTED_KEY,      /* an object key must be a double-quoted string */
    GJ_ERR_EXPECTED_COLON,    /* ':' must follow an object key */
    GJ_ERR_EXPECTED_COMMA,    /* ',' or the closing bracket must follow a value in a container */
    GJ_ERR_TRAILING_COMMA,    /* ',' directly before '}' or ']' */
    GJ_ERR_TRAILING_DATA,     /* non-whitespace after the top-level value */
    GJ_ERR_BAD_LITERAL,       /* misspelled true / false / null */
    GJ_ERR_LEADING_ZERO,      /* 01, -01 */
    GJ_ERR_BAD_NUMBER,        /* '-' without digit, '1.', '1e', '1e+' */
    GJ_ERR_CONTROL_CHAR,      /* unescaped byte < 0x20 in a string */
    GJ_ERR_BAD_ESCAPE,        /* backslash followed by anything but "\/bfnrtu, or \u without 4 hex */
    GJ_ERR_BAD_SURROGATE,     /* \uD800-\uDFFF not forming a high+low pair */
    GJ_ERR_BAD_UTF8,          /* invalid UTF-8 (also from the writer) */
    GJ_ERR_DUPLICATE_KEY,     /* the same key twice in one object */
    GJ_ERR_DEPTH,             /* nesting deeper than GJ_MAX_DEPTH (also from the writer) */
    GJ_ERR_TOO_LARGE,         /* input of 4 GiB or more */
    GJ_ERR_NOMEM,             /* token array or output buffer too small; the needed size is reported */
    /* value access */
    GJ_ERR_TYPE,              /* the token is not of the type asked for */
    GJ_ERR_NOT_INTEGER,       /* a number with fraction or exponent where an integer is required */
    GJ_ERR_RANGE,             /* number out of the target type's range (or too long to convert) */
    /* writer */
    GJ_ERR_WRITER_STATE,      /* call out of order: key outside an object, value where a key is due, unbalanced end */
    GJ_ERR_NOT_FINITE,        /* NaN or infinity has no JSON form */
    GJ_ERR_COUNT_
} gj_err;

enum { GJ_ESCAPED = 1 }; /* gj_tok.flags on a string that holds at least one backslash escape */

typedef struct gj_tok {
    uint32_t start;  /* byte offset of the value; strings: first byte after the opening quote */
    uint32_t len;    /* byte length; strings: raw length between the quotes */
    uint32_t next;   /* index of the first token after this value and all its children */
    uint32_t size;   /* object: members; array: elements; otherwise 0 */
    uint8_t type;    /* gj_type */
    uint8_t flags;   /* GJ_ESCAPED */
} gj_tok;

typedef struct gj_status {
    gj_err err;
    size_t offset;   /* byte offset where the error was detected (0 on success) */
    size_t count;    /* tokens written on success; tokens needed on GJ_ERR_NOMEM */
} gj_status;

/* Tokenize src[0..len) into toks[0..cap). Never reads outside src, never writes outside toks. */
GJ_DEF gj_err gj_tokenize(const char *src, size_t len, gj_tok *toks, size_t cap, gj_status *st);

/* Syntax-check without tokens (everything but duplicate keys, which need the tokens). */
GJ_DEF gj_err gj_validate(const char *src, size_t len, gj_status *st);

GJ_DEF const char *gj_strerror(gj_err err);

/* Index of the value of member `key` (raw bytes, compared after unescaping the document's key)
   in object token `obj`, or 0 when absent or when `obj` is not an object. */
GJ_DEF uint32_t gj_find(const char *src, const gj_tok *toks, uint32_t obj, const char *key, size_t keylen);

/* Does string token t, unescaped, equal lit[0..litlen)? No buffer needed. 0 for non-strings. */
GJ_DEF int gj_str_eq(const char *src, const gj_tok *t, const char *lit, size_t litlen);

/* Unescape the raw string content raw[0..rawlen) (as produced by the tokenizer: escapes already
   validated) into out[0..cap). *outlen receives the unescaped length, also on GJ_ERR_NOMEM; the
   output is NUL-terminated when outlen < cap. Unescaped length is never more than rawlen. */
GJ_DEF gj_err gj_unescape(const char *raw, size_t rawlen, char *out, size_t cap, size_t *outlen);
GJ_DEF gj_err gj_get_str(const char *src, const gj_tok *t, char *out, size_t cap, size_t *outlen);

/* Numbers: strict JSON number text s[0..n). Integers refuse fraction/exponent (GJ_ERR_NOT_INTEGER)
   and out-of-range values (GJ_ERR_RANGE). Doubles: GJ_ERR_RANGE on overflow to infinity. */
GJ_DEF gj_err gj_parse_i64(const char *s, size_t n, int64_t *out);
GJ_DEF gj_err gj_parse_u64(const char *s, size_t n, uint64_t *out);
GJ_DEF gj_err gj_parse_f64(const char *s, size_t n, double *out);
GJ_DEF gj_err gj_get_i64(const char *src, const gj_tok *t, int64_t *out);
GJ_DEF gj_err gj_get_u64(const char *src, const gj_tok *t, uint64_t *out);
GJ_DEF gj_err gj_get_f64(const char *src, const gj_tok *t, double *out);
/* A string token holding a decimal integer, e.g. a Discord snowflake "155112606661607425". */
GJ_DEF gj_err gj_get_u64_str(const char *src, const gj_tok *t, uint64_t *out);

/* ---- writer --------------------------------------------------------------------------------
   Writes into buf[0..cap) and never past it (bytes between the output's NUL and cap may be
   overwritten: the writer stores whole words). Errors are sticky: after the first one every call
   is a no-op and gj_writer_finish() returns it. Commas and colons are inserted for you.
   Cost: a value and its comma go out under one capacity check; strings are escaped 16 bytes a
   step (SSE2, NEON on arm64, else SWAR) and integers two digits a step. */
typedef struct gj_writer {
    char *buf;
    size_t cap;
    size_t len;         /* bytes the output needs so far (may exceed cap) */
    gj_err err;
    uint32_t depth;
    uint8_t need_comma; /* a value was written at this level */
    uint8_t want_value; /* a key was written; its value is due */
    uint8_t done;       /* the top-level value is complete */
    uint8_t is_obj[GJ_MAX_DEPTH];
} gj_writer;

GJ_DEF void gj_writer_init(gj_writer *w, char *buf, size_t cap);
GJ_DEF void gj_obj_begin(gj_writer *w);
GJ_DEF void gj_obj_end(gj_writer *w);
GJ_DEF void gj_arr_begin(gj_writer *w);
GJ_DEF void gj_arr_end(gj_writer *w);
GJ_DEF void gj_key(gj_writer *w, const char *k, size_t n);        /* k: UTF-8 text, escaped for you */
GJ_DEF void gj_str(gj_writer *w, const char *s, size_t n);        /* s: UTF-8 text (may hold NUL) */
GJ_DEF void gj_str_raw(gj_writer *w, const char *raw, size_t n);  /* raw: already-escaped string content; validated */
GJ_DEF void gj_int(gj_writer *w, int64_t v);
GJ_DEF void gj_uint(gj_writer *w, uint64_t v);
GJ_DEF void gj_uint_str(gj_writer *w, uint64_t v);                /* as a JSON string: "123" */
GJ_DEF void gj_double(gj_writer *w, double v);                   /* shortest text that reads back equal */
GJ_DEF void gj_bool(gj_writer *w, int v);
GJ_DEF void gj_null(gj_writer *w);
GJ_DEF void gj_raw(gj_writer *w, const char *json, size_t n);     /* a complete JSON value, trusted as valid */
GJ_DEF void gj_raw_compact(gj_writer *w, const char *json, size_t n); /* the same, less its whitespace between tokens */
/* GJ_OK with *len = output length (NUL-terminated); GJ_ERR_NOMEM with *len = bytes needed (plus
   one for the NUL); or the first error. On any error buf holds "" (when cap > 0). */
GJ_DEF gj_err gj_writer_finish(gj_writer *w, size_t *len);

#ifdef __cplusplus
}
#endif
#endif /* GATEWAY_JSON_H */

/* ============================================================================================ */
#if defined(GATEWAY_IMPLEMENTATION) && !defined(GATEWAY_JSON_IMPLEMENTATION)
#define GATEWAY_JSON_IMPLEMENTATION
#endif

#if defined(GATEWAY_JSON_IMPLEMENTATION) && !defined(GATEWAY_JSON_IMPLEMENTATION_DONE)
#define GATEWAY_JSON_IMPLEMENTATION_DONE

/* INTERNAL API, for gateway.h's implementation only (static, in this translation unit; not for
   users, and free to change between releases). Everything else named gj__ is private to this file.
     gj_i_ws[c]                   1 for the four JSON whitespace bytes
     GJ_I_DIGIT(c)                c is '0'..'9'
     gj_i_hex(c)                  a hex digit's value, or -1
     gj_i_skip_plain(p, end)      the first byte a string scan must look at ('"', '\\', < 0x20, >= 0x80)
     gj_i_scan_string(&p, end, &esc)  validate string content up to its closing quote
     gj_i_raw_eq(a, an, a_esc, b, bn, b_esc)  two raw string bodies equal once unescaped
     gj_i_digits8(s, &v)          eight ASCII digits as a number (one SWAR step)
     gj_i_parse_mag(s, n, &neg, &mag)  an integer's sign and magnitude (range checked)
     gj_i_u64_len(v), gj_i_u64_put(end, v)  decimal digits of v: how many, and written before end
     gj_i_dig2                    "00".."99": the two digits of 0..99 at 2 * n
     gj_i_esc(o, &p, stop, end)   escape string content into o (GJ_I_ESC_SLACK bytes of slack)
     gj_i_check_value(s, n, depth)  a whole value checked as a decoder would, sitting depth deep
     gj_i_value_len(s, n, max_depth, cap)  the length of the value at s, if gj_tokenize takes it (no tokens)
     gj_i_unescape_some(raw, n, out, cap)  the first cap unescaped bytes (no NUL); the whole length */

#include <string.h>
#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <locale.h>

#ifndef GJ_ASSERT
#include <assert.h>
#define GJ_ASSERT(x) assert(x)
#endif

#if defined(__GNUC__) || defined(__clang__)
#define GJ__INLINE static inline __attribute__((always_inline))
#define GJ__UNUSED __attribute__((unused)) /* internal, for gateway.h: quiet where unused */
#define GJ__LIKELY(x) __builtin_expect(!!(x), 1)
#define GJ__UNLIKELY(x) __builtin_expect(!!(x), 0)
#else
#define GJ__INLINE static
#define GJ__UNUSED
#define GJ__LIKELY(x) (x)
#define GJ__UNLIKELY(x) (x)
#endif

#ifdef __cplusplus
extern "C" {
#endif

static const char *const gj__messages[GJ_ERR_COUNT_] = {
    "ok",
    "no JSON value in input",
    "input ends inside a value",
    "expected a value",
    "expected a double-quoted object key",
    "expected ':' after object key",
    "expected ',' or closing bracket",
    "trailing comma before closing bracket",
    "unexpected data after the top-level value",
    "invalid literal (true, false or null expected)",
    "leading zero in number",
    "invalid number",
    "unescaped control character in string",
    "invalid escape sequence",
    "unpaired UTF-16 surrogate escape",
    "invalid UTF-8",
    "duplicate object key",
    "nesting too deep",
    "input too large (4 GiB limit)",
    "buffer too small",
    "wrong JSON type",
    "number is not an integer",
    "number out of range",
    "writer call out of order",
    "NaN or infinity cannot be written as JSON",
};

GJ_DEF const char *gj_strerror(gj_err err)
{
    return ((unsigned)err < (unsigned)GJ_ERR_COUNT_) ? gj__messages[err] : "unknown error";
}

/* 1 for the four whitespace bytes RFC 8259 allows */
static const unsigned char gj_i_ws[256] = {
    0,0,0,0,0,0,0,0,0,1,1,0,0,1,0,0, 0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0, 1 };

/* A hex digit's value, -1 for any other byte */
static const signed char gj__hexv[256] = {
    -1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1, -1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,
    -1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,  0, 1, 2, 3, 4, 5, 6, 7, 8, 9,-1,-1,-1,-1,-1,-1,
    -1,10,11,12,13,14,15,-1,-1,-1,-1,-1,-1,-1,-1,-1, -1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,
    -1,10,11,12,13,14,15,-1,-1,-1,-1,-1,-1,-1,-1,-1, -1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,
    -1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1, -1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,
    -1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1, -1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,
    -1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1, -1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,
    -1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1, -1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1 };

static uint64_t gj__load8(const unsigned char *p) { uint64_t v; memcpy(&v, p, 8); return v; }

#if (defined(__GNUC__) || defined(__clang__)) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define GJ__LE 1 /* little-endian: the lowest flagged byte of a SWAR mask is the first one in memory */
#endif

/* GJ_NO_SIMD (a test option) leaves out SSE2 and NEON: the portable SWAR code runs instead. */
#if defined(__SSE2__) && (defined(__GNUC__) || defined(__clang__)) && !defined(GJ_NO_SIMD)
#include <emmintrin.h>
#define GJ__SSE2 1
/* Bit i set when p[i] is '"', '\\', < 0x20 or >= 0x80. One signed compare catches three of them:
   x ^ 2 turns '"' into 0x20 and keeps the others below 0x20 or at 0x80 and up, so x ^ 2 < 0x21. */
GJ__INLINE unsigned gj__special16(const unsigned char *p)
{
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
    __m128i b = _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'));
    __m128i c = _mm_subs_epi8(_mm_xor_si128(v, _mm_set1_epi8(2)), _mm_set1_epi8(0x21)); /* < 0: sign bit */
    return (unsigned)_mm_movemask_epi8(_mm_or_si128(b, c));
}
/* The same mask from constants that gj__special16 does not use (not even '\\'), for the loop
   after a string's first block: with no constant to share with the loop, the compiler takes the
   first block's constants from memory instead of loading them into registers at every string. */
GJ__INLINE unsigned gj__special16_loop(const unsigned char *p)
{
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
    __m128i quote = _mm_set1_epi8('"'); /* '\\' ^ 0x7E is '"' */
    __m128i q = _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(_mm_xor_si128(v, _mm_set1_epi8(0x7E)), quote));
    return (unsigned)_mm_movemask_epi8(_mm_or_si128(q, _mm_subs_epi8(v, _mm_set1_epi8(0x20)))); /* < 0x20 or >= 0x80: < 0 */
}
#endif

/* Index of the first flagged byte of a nonzero gj__str_special() mask. The lowest flag is exact on
   little-endian machines (borrows only run upwards); elsewhere 0 lets the byte loop find it. */
static size_t gj__first_flag(uint64_t m)
{
#ifdef GJ__LE
    return (size_t)__builtin_ctzll(m) >> 3;
#else
    (void)m;
    return 0;
#endif
}

#define GJ_I_DIGIT(c) ((unsigned)(c) - '0' < 10u)
#define GJ__ONES 0x0101010101010101ull
#define GJ__HIGH 0x8080808080808080ull
/* Nonzero when any of the 8 bytes is '"', '\\', < 0x20 or >= 0x80: those need a closer look. */
static uint64_t gj__str_special(uint64_t v)
{
    uint64_t q = v ^ (GJ__ONES * '"'), b = v ^ (GJ__ONES * '\\');
    return (((q - GJ__ONES) & ~q) | ((b - GJ__ONES) & ~b) | (v - GJ__ONES * 0x20) | v) & GJ__HIGH;
}

/* The first byte at or after p that a string scan must look at ('"', '\\', < 0x20, >= 0x80), or
   a point less than 8 bytes before end: 16 bytes a step with SSE2, else 8 (SWAR). */
GJ__INLINE const unsigned char *gj_i_skip_plain(const unsigned char *p, const unsigned char *end)
{
#ifdef GJ__SSE2
    while (end - p >= 16) {
        unsigned m = gj__special16(p);
        if (m) return p + __builtin_ctz(m);
        p += 16;
    }
#endif
    while (end - p >= 8) {
        uint64_t m = gj__str_special(gj__load8(p));
        if (m) return p + gj__first_flag(m);
        p += 8;
    }
    return p;
}

/* The same, knowing that [lo, end) may be read: the last bytes before end are looked at with one
   load that ends at end (when end - lo allows it) instead of one by one. Returns the first byte
   to look at or end (little-endian SWAR and SSE2; big-endian SWAR may stop earlier, at a plain
   byte, as gj_i_skip_plain does). */
GJ__INLINE const unsigned char *gj__skip_plain_lo(const unsigned char *p, const unsigned char *lo, const unsigned char *end)
{
#ifdef GJ__SSE2
    unsigned m;
    while (end - p >= 16) {
        if ((m = gj__special16(p)) != 0) return p + __builtin_ctz(m);
        p += 16;
    }
    if (p < end && end - lo >= 16) {
        m = gj__special16(end - 16) >> (16 - (end - p)); /* the bytes before p shifted out */
        return m ? p + __builtin_ctz(m) : end;
    }
#else
    uint64_t m;
    while (end - p >= 8) {
        if ((m = gj__str_special(gj__load8(p))) != 0) return p + gj__first_flag(m);
        p += 8;
    }
#ifdef GJ__LE
    if (p < end && end - lo >= 8) {
        m = gj__str_special(gj__load8(end - 8)) >> (8 * (8 - (end - p)));
        return m ? p + gj__first_flag(m) : end;
    }
#else
    (void)lo;
#endif
#endif
    while (p < end && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\') p++;
    return p;
}

GJ__UNUSED static int gj_i_hex(unsigned c)
{
    return c < 256 ? gj__hexv[c] : -1;
}

/* Validate one UTF-8 sequence whose lead byte (>= 0x80) is at p. Returns its length, 0 if invalid,
   -1 if it is cut by the end of input. */
GJ__INLINE int gj__utf8_seq(const unsigned char *p, const unsigned char *end)
{
    unsigned c = p[0], lo = 0x80, hi = 0xBF;
    int n, i;
    if (c - 0xC2u < 0x1Eu) { /* two bytes: the most common */
        if (end - p < 2) return -1;
        return (p[1] & 0xC0) == 0x80 ? 2 : 0;
    }
    if (c < 0xC2) return 0;
    if (c < 0xF0) { n = 3; if (c == 0xE0) lo = 0xA0; else if (c == 0xED) hi = 0x9F; }
    else if (c < 0xF5) { n = 4; if (c == 0xF0) lo = 0x90; else if (c == 0xF4) hi = 0x8F; }
    else return 0;
    for (i = 1; i < n; i++) {
        if (p + i >= end) return -1;
        if (p[i] < lo || p[i] > hi) return 0;
        lo = 0x80; hi = 0xBF;
    }
    return n;
}

static int gj__hex4(const unsigned char *p)
{
    int a = gj__hexv[p[0]], b = gj__hexv[p[1]], c = gj__hexv[p[2]], d = gj__hexv[p[3]];
    if ((a | b | c | d) < 0) return -1;
    return (a << 12) | (b << 8) | (c << 4) | d;
}

/* A scan's end: where it stopped, and a gj_err, with GJ__ESC_BIT when the string held an escape
   (returned in two registers, so that the scanning pointer never has to live in memory) */
typedef struct gj__scan {
    const unsigned char *p;
    unsigned r;
} gj__scan;
#define GJ__ESC_BIT 0x100u /* = GJ_ESCAPED << 8: where gj_tok.flags sits next to gj_tok.type */

#if defined(__GNUC__) || defined(__clang__)
#define GJ__NOINLINE __attribute__((noinline))
#else
#define GJ__NOINLINE
#endif

GJ__INLINE gj__scan gj__scan_at(const unsigned char *p, unsigned r)
{
    gj__scan s;
    s.p = p;
    s.r = r;
    return s;
}

/* The part of a string scan past its plain-ASCII start: p is at the first byte to look at (or at
   end, or at a plain byte where gj__skip_plain_lo stops early). Out of line: escapes, UTF-8 and
   the end of input are rarer than plain text. */
static GJ__NOINLINE gj__scan gj__scan_string_rest(const unsigned char *p, const unsigned char *lo, const unsigned char *end)
{
    unsigned esc = 0;
    for (;;) {
        unsigned c;
        if (GJ__UNLIKELY(p >= end)) return gj__scan_at(p, GJ_ERR_TRUNCATED | esc);
        c = *p;
        if (c == '"') return gj__scan_at(p, esc);
        if (c == '\\') {
            esc = GJ__ESC_BIT;
            if (end - p < 2) return gj__scan_at(p, GJ_ERR_TRUNCATED | esc);
            c = p[1];
            if (c == 'u') {
                int u;
                if (end - p < 6) {
                    /* cut short: truncated only if what is there could still be hex */
                    const unsigned char *q;
                    for (q = p + 2; q < end; q++) if (gj__hexv[*q] < 0) return gj__scan_at(p, GJ_ERR_BAD_ESCAPE | esc);
                    return gj__scan_at(p, GJ_ERR_TRUNCATED | esc);
                }
                u = gj__hex4(p + 2);
                if (u < 0) return gj__scan_at(p, GJ_ERR_BAD_ESCAPE | esc);
                if (u >= 0xD800 && u <= 0xDFFF) {
                    int lo16;
                    if (u >= 0xDC00) return gj__scan_at(p, GJ_ERR_BAD_SURROGATE | esc);
                    if (end - p < 12) {
                        /* need "\uDC00"; decide between cut short and wrong */
                        const unsigned char *q = p + 6;
                        static const char pre[2] = { '\\', 'u' };
                        size_t i;
                        for (i = 0; q + i < end && i < 2; i++)
                            if (q[i] != (unsigned char)pre[i]) return gj__scan_at(p, GJ_ERR_BAD_SURROGATE | esc);
                        for (q += i; q < end; q++) if (gj__hexv[*q] < 0) return gj__scan_at(p, GJ_ERR_BAD_SURROGATE | esc);
                        return gj__scan_at(p, GJ_ERR_TRUNCATED | esc);
                    }
                    if (p[6] != '\\' || p[7] != 'u') return gj__scan_at(p, GJ_ERR_BAD_SURROGATE | esc);
                    lo16 = gj__hex4(p + 8);
                    if (lo16 < 0xDC00 || lo16 > 0xDFFF) return gj__scan_at(p, GJ_ERR_BAD_SURROGATE | esc);
                    p += 12;
                } else {
                    p += 6;
                }
            } else if (c == '"' || c == '\\' || c == '/' || c == 'b' || c == 'f' || c == 'n' || c == 'r' || c == 't') {
                p += 2;
            } else {
                return gj__scan_at(p, GJ_ERR_BAD_ESCAPE | esc);
            }
        } else if (c < 0x20) {
            return gj__scan_at(p, GJ_ERR_CONTROL_CHAR | esc);
        } else if (c >= 0x80) {
            do { /* a run of UTF-8 sequences */
                int n = gj__utf8_seq(p, end);
                if (n <= 0) return gj__scan_at(p, (n < 0 ? GJ_ERR_TRUNCATED : GJ_ERR_BAD_UTF8) | esc);
                p += n;
            } while (p < end && *p >= 0x80);
            continue; /* p: a byte to look at, or plain text */
        } else {
            p++;
        }
        p = gj__skip_plain_lo(p, lo, end);
    }
}

/* The string content at p, after its opening quote, with [lo, end) readable: on success the
   closing quote, and GJ__ESC_BIT when a backslash was seen; on an error, where it was found. The
   plain-ASCII run is scanned inline, the rest out of line. */
GJ__INLINE gj__scan gj__scan_str(const unsigned char *p, const unsigned char *lo, const unsigned char *end)
{
#ifdef GJ__SSE2
    unsigned m;
    if (GJ__LIKELY(end - p >= 16)) { /* the first block apart: most strings end in it */
        if ((m = gj__special16(p)) != 0) { p += (unsigned)__builtin_ctz(m); goto found; }
        p += 16;
        while (end - p >= 16) {
            if ((m = gj__special16(p)) != 0) { p += (unsigned)__builtin_ctz(m); goto found; }
            p += 16;
        }
    }
    if (p < end && end - lo >= 16) {
        m = gj__special16(end - 16) >> (16 - (end - p)); /* the bytes before p shifted out */
        if (m) { p += (unsigned)__builtin_ctz(m); goto found; }
        p = end;
    }
    return gj__scan_string_rest(p, lo, end);
found:
    if (GJ__LIKELY(*p == '"')) return gj__scan_at(p, 0);
    return gj__scan_string_rest(p, lo, end);
#else
    p = gj__skip_plain_lo(p, lo, end);
    if (GJ__LIKELY(p < end) && *p == '"') return gj__scan_at(p, 0);
    return gj__scan_string_rest(p, lo, end);
#endif
}

/* Scan string content starting after the opening quote. On success *pp points at the closing
   quote. Sets *escaped when a backslash was seen. */
GJ__INLINE gj_err gj_i_scan_string(const unsigned char **pp, const unsigned char *end, int *escaped)
{
    gj__scan r = gj__scan_str(*pp, *pp, end);
    *pp = r.p;
    if (r.r & GJ__ESC_BIT) *escaped = 1;
    return (gj_err)(r.r & 0xFF);
}

/* Scan a number starting at p (a '-' or digit). On success *pp points just past it. */
static gj_err gj__scan_number(const unsigned char **pp, const unsigned char *end)
{
    const unsigned char *p = *pp;
    if (*p == '-') {
        p++;
        if (p >= end) { *pp = p; return GJ_ERR_TRUNCATED; }
    }
    if (*p == '0') {
        p++;
        if (p < end && GJ_I_DIGIT(*p)) { *pp = p - 1; return GJ_ERR_LEADING_ZERO; }
    } else if ((unsigned)*p - '1' < 9u) {
        do p++; while (p < end && GJ_I_DIGIT(*p));
    } else {
        *pp = p; return GJ_ERR_BAD_NUMBER;
    }
    if (p < end && *p == '.') {
        p++;
        if (p >= end) { *pp = p; return GJ_ERR_TRUNCATED; }
        if (!GJ_I_DIGIT(*p)) { *pp = p; return GJ_ERR_BAD_NUMBER; }
        do p++; while (p < end && GJ_I_DIGIT(*p));
    }
    if (p < end && (*p | 0x20) == 'e') {
        p++;
        if (p < end && (*p == '+' || *p == '-')) p++;
        if (p >= end) { *pp = p; return GJ_ERR_TRUNCATED; }
        if (!GJ_I_DIGIT(*p)) { *pp = p; return GJ_ERR_BAD_NUMBER; }
        do p++; while (p < end && GJ_I_DIGIT(*p));
    }
    *pp = p;
    return GJ_OK;
}

/* Past the run of digits at p (8 a step on little-endian machines; the last ones with one load
   that ends at end, when [lo, end) holds 8 bytes). p < safe: 8 bytes from p on may be read
   without a check (safe = lo: no such promise). */
GJ__INLINE const unsigned char *gj__digits(const unsigned char *p, const unsigned char *lo, const unsigned char *safe, const unsigned char *end)
{
#ifdef GJ__LE
    uint64_t v, m;
    /* a byte's high bit: below '0' (the subtraction borrows) or above '9' (the addition reaches 0x80);
       borrows and carries only run upwards, so the lowest flagged byte is exact */
    if (GJ__LIKELY(p < safe)) { /* most numbers end in their first 8 bytes */
        v = gj__load8(p);
        m = ((v - GJ__ONES * '0') | (v + GJ__ONES * 0x46)) & GJ__HIGH;
        if (m) return p + ((size_t)__builtin_ctzll(m) >> 3);
        p += 8;
    } else if (p < end && !GJ_I_DIGIT(*p)) { /* a short number near the end, as {"op":1} has */
        return p;
    }
    while (end - p >= 8) {
        v = gj__load8(p);
        m = ((v - GJ__ONES * '0') | (v + GJ__ONES * 0x46)) & GJ__HIGH;
        if (m) return p + ((size_t)__builtin_ctzll(m) >> 3);
        p += 8;
    }
    if (p < end && end - lo >= 8) {
        v = gj__load8(end - 8) >> (8 * (8 - (end - p))); /* zero bytes shifted in: not digits */
        m = ((v - GJ__ONES * '0') | (v + GJ__ONES * 0x46)) & GJ__HIGH;
        return p + ((size_t)__builtin_ctzll(m) >> 3);
    }
#else
    (void)lo;
    (void)safe;
#endif
    while (p < end && GJ_I_DIGIT(*p)) p++;
    return p;
}

/* Past the run of digits at p, the first 8 of which may be read without a check (see gj__digits) */
GJ__INLINE const unsigned char *gj__digits_at(const unsigned char *p, const unsigned char *safe, const unsigned char *end)
{
#ifdef GJ__LE
    uint64_t v = gj__load8(p), m = ((v - GJ__ONES * '0') | (v + GJ__ONES * 0x46)) & GJ__HIGH;
    if (GJ__LIKELY(m)) return p + ((size_t)__builtin_ctzll(m) >> 3);
    p += 8;
#endif
    return gj__digits(p, safe, safe, end);
}

/* The rest of a number whose integer part ends at p, before a '.' or an 'e': where it ends, or the
   error and where it was found. */
static GJ__NOINLINE gj__scan gj__number_rest(const unsigned char *p, const unsigned char *lo, const unsigned char *end)
{
    if (*p == '.') {
        p++;
        if (p >= end) return gj__scan_at(p, GJ_ERR_TRUNCATED);
        if (!GJ_I_DIGIT(*p)) return gj__scan_at(p, GJ_ERR_BAD_NUMBER);
        p = gj__digits(p + 1, lo, lo, end);
    }
    if (p < end && (*p | 0x20) == 'e') {
        p++;
        if (p < end && (*p == '+' || *p == '-')) p++;
        if (p >= end) return gj__scan_at(p, GJ_ERR_TRUNCATED);
        if (!GJ_I_DIGIT(*p)) return gj__scan_at(p, GJ_ERR_BAD_NUMBER);
        p = gj__digits(p + 1, lo, lo, end);
    }
    return gj__scan_at(p, GJ_OK);
}

/* Past the whitespace at p (any four of RFC 8259's; runs of spaces 8 at a time). */
static GJ__NOINLINE const unsigned char *gj__skip_ws(const unsigned char *p, const unsigned char *end)
{
    while (p < end && gj_i_ws[*p]) {
        p++;
#ifdef GJ__LE
        while (end - p >= 8) { /* indentation */
            uint64_t x = gj__load8(p) ^ (GJ__ONES * ' ');
            if (x) { p += (size_t)__builtin_ctzll(x) >> 3; break; }
            p += 8;
        }
#endif
    }
    return p;
}

/* Past the indentation at p, which follows a newline, with 8 bytes from p on readable: the first
   byte that is not a space (which may still be whitespace of another kind). Pretty-printed JSON
   puts one before most keys and elements. */
GJ__INLINE const unsigned char *gj__skip_indent(const unsigned char *p, const unsigned char *end)
{
#ifdef GJ__LE
    uint64_t x = gj__load8(p) ^ (GJ__ONES * ' ');
    if (GJ__LIKELY(x)) return p + ((size_t)__builtin_ctzll(x) >> 3);
    p += 8;
#endif
    return gj__skip_ws(p, end);
}

/* Iterator over the unescaped bytes of validated raw string content. */
typedef struct gj__unesc {
    const unsigned char *p, *end;
    unsigned char buf[4];
    int n, i;
} gj__unesc;

static int gj__unesc_next(gj__unesc *it)
{
    unsigned c;
    if (it->i < it->n) return it->buf[it->i++];
    if (it->p >= it->end) return -1;
    c = *it->p;
    if (c != '\\') { it->p++; return (int)c; }
    c = it->p[1];
    it->p += 2;
    switch (c) {
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    case 'u': {
        uint32_t cp = (uint32_t)gj__hex4(it->p);
        it->p += 4;
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + ((uint32_t)gj__hex4(it->p + 2) - 0xDC00);
            it->p += 6;
        }
        it->i = 1;
        if (cp < 0x80) { it->n = 0; return (int)cp; }
        if (cp < 0x800) {
            it->buf[1] = (unsigned char)(0x80 | (cp & 0x3F)); it->n = 2;
            return (int)(0xC0 | (cp >> 6));
        }
        if (cp < 0x10000) {
            it->buf[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
            it->buf[2] = (unsigned char)(0x80 | (cp & 0x3F)); it->n = 3;
            return (int)(0xE0 | (cp >> 12));
        }
        it->buf[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
        it->buf[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        it->buf[3] = (unsigned char)(0x80 | (cp & 0x3F)); it->n = 4;
        return (int)(0xF0 | (cp >> 18));
    }
    default: return (int)c; /* " \ / */
    }
}

static void gj__unesc_init(gj__unesc *it, const char *raw, size_t n)
{
    it->p = (const unsigned char *)raw;
    it->end = it->p + n;
    it->n = it->i = 0;
}

/* Compare validated raw string content a (escaped if a_esc) with b (escaped if b_esc). */
static int gj_i_raw_eq(const char *a, size_t an, int a_esc, const char *b, size_t bn, int b_esc)
{
    gj__unesc x, y;
    int c;
    if (!a_esc && !b_esc) return an == bn && (!an || memcmp(a, b, an) == 0); /* an = 0: a, b may be NULL */
    gj__unesc_init(&x, a, a_esc ? an : 0);
    gj__unesc_init(&y, b, b_esc ? bn : 0);
    if (!a_esc) { /* plain side: walk it directly */
        size_t i;
        for (i = 0; i < an; i++) if (gj__unesc_next(&y) != (unsigned char)a[i]) return 0;
        return gj__unesc_next(&y) < 0;
    }
    if (!b_esc) {
        size_t i;
        for (i = 0; i < bn; i++) if (gj__unesc_next(&x) != (unsigned char)b[i]) return 0;
        return gj__unesc_next(&x) < 0;
    }
    do {
        c = gj__unesc_next(&x);
        if (c != gj__unesc_next(&y)) return 0;
    } while (c >= 0);
    return 1;
}

/* Objects check each new key against the earlier ones while they have at most this many keys;
   a bigger object is checked once more, whole, when it closes: by sorting (O(k log k)). */
#define GJ__LINEAR_KEYS 32
/* gj_tok.flags of an object, only while it is open: how many times a new key was compared with
   every earlier one, or GJ__KEYS_AT_CLOSE: the object is checked when it closes */
#define GJ__PAIRWISE_LOOPS 4
#define GJ__KEYS_AT_CLOSE 255

/* Order of two keys by their unescaped bytes (a plain key holds no backslash, so the unescaping
   iterator reads it as it is). */
static int gj__key_cmp(const char *src, const gj_tok *x, const gj_tok *y)
{
    gj__unesc a, b;
    int ca, cb;
    if (!(x->flags | y->flags)) {
        size_t n = x->len < y->len ? x->len : y->len;
        int c = memcmp(src + x->start, src + y->start, n);
        return c ? c : (x->len > y->len) - (x->len < y->len);
    }
    gj__unesc_init(&a, src + x->start, x->len);
    gj__unesc_init(&b, src + y->start, y->len);
    do {
        ca = gj__unesc_next(&a);
        cb = gj__unesc_next(&b);
    } while (ca == cb && ca >= 0);
    return ca - cb;
}

/* Merge two lists of key tokens linked through their `size` fields (0 ends a list: token 0 is
   never a key). Stable: on a tie the element of a, the earlier one, comes first. */
static uint32_t gj__merge_keys(const char *src, gj_tok *t, uint32_t a, uint32_t b)
{
    uint32_t head = 0, *tail = &head;
    while (a && b) {
        if (gj__key_cmp(src, &t[a], &t[b]) <= 0) { *tail = a; tail = &t[a].size; a = t[a].size; }
        else { *tail = b; tail = &t[b].size; b = t[b].size; }
    }
    *tail = a ? a : b;
    return head;
}

/* The earliest key of object obj (tokens obj+1 .. end) that repeats an earlier key, or 0. Sorts
   the keys as a linked list through their `size` fields (zero for strings: put back after), so
   it needs no memory beyond the tokens. */
static uint32_t gj__big_object_dup(const char *src, gj_tok *t, uint32_t obj, uint32_t end)
{
    uint32_t heads[33], i, x, y, dup = 0;
    int k;
    memset(heads, 0, sizeof heads);
    for (i = obj + 1; i < end; i = t[i + 1].next) { /* a binary counter of sorted runs */
        uint32_t carry = i;
        t[i].size = 0;
        for (k = 0; heads[k]; k++) { carry = gj__merge_keys(src, t, heads[k], carry); heads[k] = 0; }
        heads[k] = carry;
    }
    for (x = 0, k = 0; k < 33; k++)
        if (heads[k]) x = x ? gj__merge_keys(src, t, heads[k], x) : heads[k];
    for (; x && (y = t[x].size) != 0; x = y)
        if (gj__key_cmp(src, &t[x], &t[y]) == 0 && (!dup || y < dup)) dup = y;
    for (i = obj + 1; i < end; i = t[i + 1].next) t[i].size = 0;
    return dup;
}

#define GJ__FAIL(code, at) do { err = (code); q = (at); goto fail; } while (0)

/* One token, written as four stores on little-endian machines (the layout: start, len, next, size,
   type, flags): next and size in one, type, flags and padding in one. start and len apart: packing
   them into one store would take two more instructions than the store it saves. */
GJ__INLINE void gj__tok_put(gj_tok *t, uint32_t start, uint32_t len, size_t next /* < 2^32 */, unsigned tf /* type | flags << 8 */)
{
#ifdef GJ__LE
    uint64_t b = next; /* next and a zero size; next as wide as n, so that n + 1 serves both */
    uint32_t c = tf; /* type, flags and the struct's two bytes of padding */
    t->start = start;
    t->len = len;
    memcpy((char *)t + 8, &b, 8);
    if (sizeof(gj_tok) >= 20) memcpy((char *)t + 16, &c, 4);
    else { uint16_t c2 = (uint16_t)tf; memcpy((char *)t + 16, &c2, 2); }
#else
    t->start = start; t->len = len; t->next = (uint32_t)next; t->size = 0;
    t->type = (uint8_t)tf; t->flags = (uint8_t)(tf >> 8);
#endif
}

/* A literal that did not match at p (t, f or n): which error, and where. */
static GJ__NOINLINE gj__scan gj__bad_literal(const unsigned char *p, const unsigned char *end)
{
    const char *w = *p == 't' ? "true" : *p == 'f' ? "false" : "null";
    size_t i;
    for (i = 0; w[i]; i++) {
        if (p + i >= end) return gj__scan_at(p + i, GJ_ERR_TRUNCATED);
        if (p[i] != (unsigned char)w[i]) break;
    }
    return gj__scan_at(p, GJ_ERR_BAD_LITERAL);
}

/* An open container: its token, its members or elements so far, its closing bracket, and for an
   object its key filter and how many times a new key was compared with every earlier one, or
   GJ__KEYS_AT_CLOSE: the object is checked when it closes. The run keeps them in memory, not in
   locals: a member touches a field or two, while a push or pop would save and restore them all. */
typedef struct gj__frame {
    /* One bit per key of the object, hashed from its length and first byte: a new key whose bit
       is clear cannot repeat an earlier one, so the pairwise check is skipped. */
    uint64_t keys;
    uint32_t cur, size;
    uint32_t close, loops; /* close: '}', ']', or 0 for the top level. 32 bits: one store each */
} gj__frame;

/* Plain key token `key` whose filter bit is set in object f (its tokens from f->cur + 1 on): 1 when
   it repeats an earlier key. Comparing with every earlier key is quadratic, so it is done at most
   GJ__PAIRWISE_LOOPS times per object (counted in f->loops): an escaped key (each comparison would
   unescape both) or one more possible repeat leaves the whole object to the check at its close,
   as past GJ__LINEAR_KEYS. Out of line: most keys' bits are clear. */
static GJ__NOINLINE int gj__key_repeats(const char *src, const gj_tok *toks, gj__frame *f, uint32_t key)
{
    const char *s = src + toks[key].start;
    uint32_t tl = toks[key].len, i = f->cur + 1, m;
    char last = s[(ptrdiff_t)tl - 1]; /* the last byte of the key, or its opening quote when empty */
    if (f->size >= GJ__LINEAR_KEYS || f->loops >= GJ__PAIRWISE_LOOPS) {
        f->loops = GJ__KEYS_AT_CLOSE;
        return 0;
    }
    f->loops++;
    for (m = 0; m < f->size; m++, i = toks[i + 1].next) {
        const gj_tok *k = &toks[i];
        if (k->len == tl && src[k->start] == *s && src[k->start + tl - 1] == last &&
            memcmp(src + k->start, s, tl) == 0)
            return 1;
    }
    return 0;
}

/* Key-check mode (gj__run_keys): duplicate keys found without tokens. The keys of the open objects
   are kept as records on a small stack, an object's own from its frame's `loops` (GJ__KEY_BASE)
   on. A key is compared with its object's earlier keys only when its filter bit (gj__frame.keys)
   is set. A key that finds the stack full stops the run (GJ_ERR_NOMEM): the caller's slower check
   decides such a value, so that no object is checked in quadratic time or memory. */
typedef struct gj__keyrec { uint32_t at, len; } gj__keyrec; /* a key's raw content, base[at..at+len) */
#define GJ__KEY_RECS 128
#define GJ__KEY_BASE 0xFFFFu      /* gj__frame.loops: the object's first record */
#define GJ__KEY_ESC 0x80000000u   /* it has an escaped key: compare keys unescaped from then on */
#define GJ__KEY_FULL 0xFFFFFFFEu  /* what gj__key_slow returns for a full stack, in place of the new top */
#define GJ__KEY_DUP 0xFFFFFFFFu   /* and for a repeated key */

/* Does key s[0..tl) equal one of the records [r, top)? Unescaped (esc): a plain key holds no
   backslash, so the unescaping compare reads it as it is. */
static int gj__key_match(const unsigned char *base, const gj__keyrec *r, const gj__keyrec *top,
                         const unsigned char *s, uint32_t tl, int esc)
{
    for (; r < top; r++)
        if (esc ? gj_i_raw_eq((const char *)base + r->at, r->len, 1, (const char *)s, tl, 1)
                : r->len == tl && memcmp(base + r->at, s, tl) == 0)
            return 1;
    return 0;
}

/* The key s[0..tl) of object f, the records' top kt, when the run cannot simply push it: an
   escaped key (esc), a filter bit already set in `keys` (f's filter before the key), or a full
   stack. The new top, GJ__KEY_DUP or GJ__KEY_FULL. */
static GJ__NOINLINE uint32_t gj__key_slow(gj__keyrec *kr, uint32_t kt, gj__frame *f, const unsigned char *base,
                                          const unsigned char *s, uint32_t tl, uint64_t keys, int esc)
{
    uint32_t fl = f->loops;
    unsigned h = (tl + s[0] * 5u) & 63u;
    if (esc) { /* its bit from its unescaped length and first byte, as a plain key's: "a" and "\u0061" share it */
        gj__unesc it;
        int c0;
        gj__unesc_init(&it, (const char *)s, tl);
        c0 = gj__unesc_next(&it); /* an escaped key is never empty */
        for (h = 1; gj__unesc_next(&it) >= 0; h++) {}
        h = (h + (unsigned)c0 * 5u) & 63u;
        f->keys = keys | (uint64_t)1 << h;
        f->loops = fl |= GJ__KEY_ESC;
    }
    if (((keys >> h) & 1u) && gj__key_match(base, kr + (fl & GJ__KEY_BASE), kr + kt, s, tl, (fl & GJ__KEY_ESC) != 0))
        return GJ__KEY_DUP;
    if (kt == GJ__KEY_RECS) return GJ__KEY_FULL;
    kr[kt].at = (uint32_t)(s - base);
    kr[kt].len = tl;
    return kt + 1;
}

/* What a run returns, in two registers: the error code and the offset where it was found (both fit
   in 32 bits), and the tokens produced or needed. */
typedef struct gj__res {
    uint64_t err_at;  /* err << 32 | offset; on success 0, or where the value ends (`prefix`) */
    uint64_t n;
} gj__res;

/* c = *p after whitespace: p < end, or the error at end */
#define GJ__NEXT_BYTE(code_at_end) do { \
        if (GJ__UNLIKELY(p >= end)) GJ__FAIL(code_at_end, p); \
        c = *p; \
        if (GJ__UNLIKELY(c <= ' ')) { \
            p = gj__skip_ws(p, end); \
            if (p >= end) GJ__FAIL(code_at_end, p); \
            c = *p; \
        } \
    } while (0)

/* The plain-ASCII start of the string content at p (which START keeps): on to PLAIN with p at the
   closing quote when nothing else came first, else on to SLOW with p at the first byte to look at
   (or at end, or at a plain byte where the big-endian SWAR code stops early), for
   gj__scan_string_rest. ROOM: a label (or nothing) past the room check, where a step that knows
   16 bytes from p on are there may jump in with START = p. */
#ifdef GJ__SSE2
#define GJ__STR_FAST(START, PLAIN, SLOW, ROOM) do { \
        unsigned m_; \
        START = p; \
        if (GJ__LIKELY(p < safe) || end - p >= 16) { /* the first block apart: most strings end in it */ \
    ROOM \
            if (GJ__LIKELY((m_ = gj__special16(p)) != 0)) goto PLAIN##_found; \
            p += 16; \
            while (end - p >= 16) { \
                if ((m_ = gj__special16_loop(p)) != 0) goto PLAIN##_found; \
                p += 16; \
            } \
        } \
        if (p < end && end - safe >= 16) { /* [safe, end) may be read; no length held in a register */ \
            m_ = gj__special16(end - 16) >> (16 - (end - p)); /* the bytes before p shifted out */ \
            if (m_) goto PLAIN##_found; \
            p = end; \
        } \
        goto SLOW; \
    PLAIN##_found: \
        p += (unsigned)__builtin_ctz(m_); \
        if (GJ__LIKELY(*p == '"')) goto PLAIN; \
        goto SLOW; \
    } while (0)
#else
#define GJ__STR_FAST(START, PLAIN, SLOW, ROOM) do { \
        START = p; \
    ROOM \
        p = gj__skip_plain_lo(p, base, end); \
        if (GJ__LIKELY(p < end) && *p == '"') goto PLAIN; \
        goto SLOW; \
    } while (0)
#endif

/* The literal lit (4 or 5 bytes, first byte ch) at p as a token of type, then on to AFTER: its
   first byte is c, so its last four are one compare */
#define GJ__LITERAL(ch, lit, len_, type, AFTER) \
    if (c == (ch) && (GJ__LIKELY(p < safe) || end - p >= (len_)) && memcmp(p + (len_) - 4, (lit) + (len_) - 4, 4) == 0) { \
        if (GJ__ROOM(n < cap)) gj__tok_put(&toks[n], (uint32_t)(p - base), len_, n + 1, type); \
        n++; \
        p += (len_); \
        goto AFTER; \
    }
/* The value at p (c = *p, not whitespace), then on to AFTER; a container opens at `open_obj` or
   `open_arr`. One copy
   for object members, one for array elements, one for the top level, so that the code after a
   value knows where it is without asking. ROOM: the label (or nothing) where a string value's
   content starts when 16 bytes of it are known to be there (see GJ__STR_FAST); NUM: the label (or
   nothing) where a number that starts with 1-9 starts (vs = p), 9 bytes of it known to be there. */
#define GJ__VALUE(AFTER, ROOM, NUM) do { \
        if (c == '"') { \
            p++; \
            GJ__STR_FAST(vs, AFTER##_plain, AFTER##_slow, ROOM); \
        AFTER##_slow: { \
                gj__scan vr = gj__scan_string_rest(p, base, end); \
                p = vr.p; \
                if (GJ__UNLIKELY(vr.r & 0xFF)) GJ__FAIL((gj_err)(vr.r & 0xFF), p); \
                if (!vr.r) goto AFTER##_plain; \
                if (GJ__ROOM(n < cap)) gj__tok_put(&toks[n], (uint32_t)(vs - base), (uint32_t)(p - vs), n + 1, GJ_STRING | vr.r); \
                goto AFTER##_stored; \
            } \
        AFTER##_plain: \
            if (GJ__ROOM(n < cap)) gj__tok_put(&toks[n], (uint32_t)(vs - base), (uint32_t)(p - vs), n + 1, GJ_STRING); \
        AFTER##_stored: \
            n++; \
            p++; \
            goto AFTER; \
        } \
        if (c == '{') goto open_obj; \
        if (c == '[') goto open_arr; \
        if (GJ_I_DIGIT(c) || c == '-') { \
            vs = p; \
            if (c == '-') { \
                p++; \
                if (p >= end) GJ__FAIL(GJ_ERR_TRUNCATED, p); \
                c = *p; \
            } \
            if (c == '0') { \
                p++; \
                if (p < end && GJ_I_DIGIT(*p)) GJ__FAIL(GJ_ERR_LEADING_ZERO, p - 1); \
            } else if (GJ__LIKELY(c - '1' < 9u)) { \
                p = gj__digits(p + 1, safe, safe, end); \
            } else { \
                GJ__FAIL(GJ_ERR_BAD_NUMBER, p); \
            } \
            goto AFTER##_int_end; \
        NUM \
            p = gj__digits_at(p + 1, safe, end); \
        AFTER##_int_end: \
            if (p < end && GJ__UNLIKELY(*p == '.' || (*p | 0x20) == 'e')) { \
                gj__scan vr = gj__number_rest(p, base, end); \
                p = vr.p; \
                if (vr.r) GJ__FAIL((gj_err)vr.r, p); \
            } \
            if (GJ__ROOM(n < cap)) gj__tok_put(&toks[n], (uint32_t)(vs - base), (uint32_t)(p - vs), n + 1, GJ_NUMBER); \
            n++; \
            goto AFTER; \
        } \
        GJ__LITERAL('n', "null", 4, GJ_NULL, AFTER); \
        GJ__LITERAL('f', "false", 5, GJ_FALSE, AFTER); \
        GJ__LITERAL('t', "true", 4, GJ_TRUE, AFTER); \
        goto bad_value; \
    } while (0)

/* max_depth: containers allowed in all (GJ_MAX_DEPTH, or less for a value that sits inside some).
   checked: 0 when cap >= len, so that every token fits (each one starts at a byte of its own) and
   the room checks fall away. kr: NULL, or the key-check mode's records (no tokens: cap 0; see
   gj__keyrec). prefix: the value is the start of src, and ends where it ends (what follows it is
   not looked at). Always inlined, so that checked, cap 0, kr NULL and prefix 0 are constants. */
#define GJ__ROOM(x) (!checked || GJ__LIKELY(x))
GJ__INLINE gj__res gj__run_body(const char *src, size_t len, gj_tok *toks, size_t cap, unsigned max_depth, int checked,
                                gj__keyrec *kr, int prefix)
{
    const unsigned char *const base = (const unsigned char *)src;
    const unsigned char *p = base, *const end = base + len, *q = base;
    /* p < safe: at least 20 bytes from p on, so that the common steps need no other bounds check
       (the most any reads: at a key's closing quote, `:"` and the value's first block of 16). No
       wider: the last bytes of every frame before safe take the slower steps. */
    const unsigned char *const safe = len > 19 ? end - 19 : base;
    const unsigned char *s, *vs; /* the content of the key and of the string value being read */
    /* f: the innermost open container; frame[0] stands for the top level */
    gj__frame frame[GJ_MAX_DEPTH + 1], *f = frame;
    const gj__frame *const deepest = frame + max_depth;
    size_t n = 0;                       /* tokens produced (or needed); written while n < cap */
    uint32_t kt = 0;                    /* key-check mode: the records in use */
    gj_err err = GJ_OK;
    unsigned c;
    gj__res res;

    frame[0].close = 0;
    if ((uint64_t)len > 0xFFFFFFFFu) { err = GJ_ERR_TOO_LARGE; goto fail; } /* 4 GiB - 1 is the most */
    GJ__NEXT_BYTE(GJ_ERR_EMPTY);
    GJ__VALUE(top_after, , );

top_after:
    if (prefix) goto done;
    if (p < end && gj_i_ws[*p]) p = gj__skip_ws(p, end);
    if (p < end) GJ__FAIL(GJ_ERR_TRAILING_DATA, p);
    goto done;

bad_value: /* c = *p starts no value, or a literal that does not match */
    if (c == 't' || c == 'f' || c == 'n') {
        gj__scan r = gj__bad_literal(p, end);
        GJ__FAIL((gj_err)r.r, r.p);
    }
    GJ__FAIL(GJ_ERR_EXPECTED_VALUE, p);

open_obj:
    /* p is at a '{' */
    if (GJ__UNLIKELY(f >= deepest)) GJ__FAIL(GJ_ERR_DEPTH, p);
    if (GJ__ROOM(n < cap)) gj__tok_put(&toks[n], (uint32_t)(p - base), 0, 0, GJ_OBJECT);
    f++;
    f->keys = 0;
    f->cur = (uint32_t)n;
    f->size = 0;
    f->close = '}';
    f->loops = kr ? kt : 0;
    n++;
    if (GJ__LIKELY(p < safe) && p[1] == '"') { /* the first key at once, its first 16 bytes there */
        p += 2;
        s = p;
        goto key_room;
    }
    if (GJ__LIKELY(p < safe) && p[1] == '\n') { /* pretty-printed: the first key on a line of its own */
        p = gj__skip_indent(p + 2, end); /* 18 bytes from p + 2 on */
        if (GJ__LIKELY(p < safe) && *p == '"') {
            s = ++p;
            goto key_room;
        }
    } else {
        p++;
    }
    GJ__NEXT_BYTE(GJ_ERR_TRUNCATED);
    if (c == '}') goto obj_close;
    goto key_c;

open_arr:
    /* p is at a '[' */
    if (GJ__UNLIKELY(f >= deepest)) GJ__FAIL(GJ_ERR_DEPTH, p);
    if (GJ__ROOM(n < cap)) gj__tok_put(&toks[n], (uint32_t)(p - base), 0, 0, GJ_ARRAY);
    f++;
    f->cur = (uint32_t)n;
    f->size = 0;
    f->close = ']';
    n++;
    p++;
    GJ__NEXT_BYTE(GJ_ERR_TRUNCATED);
    if (c == ']') goto arr_close;
    f->size = 1;
    goto elem_c;

elem_c:
    /* c = *p, not whitespace: an array element */
    GJ__VALUE(arr_after, elem_room:, );

arr_after:
    if (GJ__LIKELY(p < safe) && memcmp(p, ",\"", 2) == 0) { /* a string next, its first 16 bytes there */
        p += 2;
        f->size++;
        vs = p;
        goto elem_room;
    }
    if ((GJ__LIKELY(p < safe) || end - p >= 2) && p[0] == ',' && (c = p[1]) > ' ' && c != ']') { /* the next element at once */
        p++;
        f->size++;
        goto elem_c;
    }
    if (GJ__LIKELY(p < end) && *p == ']') goto arr_close; /* the array ends at once */
    if (GJ__LIKELY(p < safe)) { /* pretty-printed: the next element or the bracket on a line of its own */
        if (memcmp(p, ",\n", 2) == 0) {
            p = gj__skip_indent(p + 2, end);
            goto arr_comma;
        }
        if (*p == '\n') {
            p = gj__skip_indent(p + 1, end);
            if (GJ__LIKELY(p < end) && *p == ']') goto arr_close;
        }
    }
    GJ__NEXT_BYTE(GJ_ERR_TRUNCATED);
    if (c == ',') {
        p++;
    arr_comma: /* p is past the comma */
        GJ__NEXT_BYTE(GJ_ERR_TRUNCATED);
        if (c == ']') GJ__FAIL(GJ_ERR_TRAILING_COMMA, p);
        f->size++;
        goto elem_c;
    }
    if (GJ__LIKELY(c == ']')) goto arr_close;
    GJ__FAIL(GJ_ERR_EXPECTED_COMMA, p);

key_c:
    /* c = *p, not whitespace, inside an object where a key must start */
    if (GJ__UNLIKELY(c != '"')) GJ__FAIL(c == '}' ? GJ_ERR_TRAILING_COMMA : GJ_ERR_EXPECTED_KEY, p);
    {
        p++;
        GJ__STR_FAST(s, key_plain, key_slow, key_room:);
    key_slow: {
            gj__scan r = gj__scan_string_rest(p, base, end);
            p = r.p;
            if (GJ__UNLIKELY(r.r & 0xFF)) GJ__FAIL((gj_err)(r.r & 0xFF), p);
            if (!r.r) goto key_plain;
            if (GJ__ROOM(n < cap)) { /* escaped: comparing it would unescape both, see below */
                uint32_t tl = (uint32_t)(p - s);
                gj__tok_put(&toks[n], (uint32_t)(s - base), tl, n + 1, GJ_STRING | r.r);
                f->loops = GJ__KEYS_AT_CLOSE;
                f->keys |= (uint64_t)1 << ((tl + s[0] * 5u) & 63u);
            } else if (kr && (kt = gj__key_slow(kr, kt, f, base, s, (uint32_t)(p - s), f->keys, 1)) >= GJ__KEY_FULL) {
                GJ__FAIL(kt == GJ__KEY_DUP ? GJ_ERR_DUPLICATE_KEY : GJ_ERR_NOMEM, s - 1);
            }
            goto key_done;
        }
    key_plain:
        if (GJ__ROOM(n < cap)) { /* then every earlier key of this object is stored too */
            uint32_t tl = (uint32_t)(p - s);
            unsigned h = (tl + s[0] * 5u) & 63u;
            uint64_t keys = f->keys;
            f->keys = keys | (uint64_t)1 << h;
            gj__tok_put(&toks[n], (uint32_t)(s - base), tl, n + 1, GJ_STRING);
            /* bit clear: no earlier key can be equal. The check reads the key from its token, so
               that nothing of it has to outlive the call. */
            if (GJ__UNLIKELY((keys >> h) & 1u) && gj__key_repeats(src, toks, f, (uint32_t)n))
                GJ__FAIL(GJ_ERR_DUPLICATE_KEY, base + toks[n].start - 1);
        } else if (kr) { /* key-check mode: pushed on the records when its filter bit was clear */
            uint32_t tl = (uint32_t)(p - s);
            unsigned h = (tl + s[0] * 5u) & 63u; /* as above */
            uint64_t keys = f->keys;
            f->keys = keys | (uint64_t)1 << h;
            if (GJ__LIKELY(!((keys >> h) & 1u)) && GJ__LIKELY(kt < GJ__KEY_RECS)) {
                kr[kt].at = (uint32_t)(s - base);
                kr[kt].len = tl;
                kt++;
            } else if ((kt = gj__key_slow(kr, kt, f, base, s, tl, keys, 0)) >= GJ__KEY_FULL) {
                GJ__FAIL(kt == GJ__KEY_DUP ? GJ_ERR_DUPLICATE_KEY : GJ_ERR_NOMEM, s - 1);
            }
        }
    key_done:
        f->size++;
        n++;
        /* p is at the key's closing quote: most often ':' and the value follow at once */
        if (GJ__LIKELY(p < safe) && p[1] == ':') {
            /* 20 bytes from p on: the colon, a space, the value's first byte and 16 more */
            p += 2;
            c = *p;
        colon_value:
            if (c == '"') { /* a string, its first 16 bytes there */
                vs = ++p;
                goto obj_value_room;
            }
            if (c - '1' < 9u) { /* a number, its first 9 bytes there */
                vs = p;
                goto obj_num_room;
            }
            if (c == ' ' && p[-1] == ':') { /* one space, as pretty-printed JSON has */
                c = *++p;
                goto colon_value;
            }
            if (GJ__UNLIKELY(c <= ' ')) {
                p = gj__skip_ws(p, end);
                if (p >= end) GJ__FAIL(GJ_ERR_TRUNCATED, p);
                c = *p;
            }
        } else if ((GJ__LIKELY(p < safe) || end - p >= 3) && p[1] == ':' && (c = p[2]) > ' ') {
            p += 2;
        } else {
            p++;
            if (GJ__LIKELY(p < end) && *p == ':') {
                p++;
            } else {
                p = gj__skip_ws(p, end);
                if (p >= end) GJ__FAIL(GJ_ERR_TRUNCATED, p);
                if (*p != ':') GJ__FAIL(GJ_ERR_EXPECTED_COLON, p);
                p++;
            }
            GJ__NEXT_BYTE(GJ_ERR_TRUNCATED);
        }
        GJ__VALUE(obj_after, obj_value_room:, obj_num_room:);
    }

obj_after:
    if (GJ__LIKELY(p < safe) && memcmp(p, ",\"", 2) == 0) { /* the next key at once, its first 16 bytes there */
        p += 2;
        s = p;
        goto key_room;
    }
    if (GJ__LIKELY(p < end) && *p == '}') goto obj_close; /* the object ends at once */
    if (GJ__LIKELY(p < safe) && memcmp(p, ",\n", 2) == 0) { /* pretty-printed: the next key on a line of its own */
        p = gj__skip_indent(p + 2, end); /* 18 bytes from p + 2 on */
        if (GJ__LIKELY(p < safe) && *p == '"') {
            s = ++p;
            goto key_room;
        }
        GJ__NEXT_BYTE(GJ_ERR_TRUNCATED);
        goto key_c;
    }
    if (GJ__LIKELY(p < safe) && *p == '\n') { /* pretty-printed: the closing brace on a line of its own */
        p = gj__skip_indent(p + 1, end);
        if (GJ__LIKELY(p < end) && *p == '}') goto obj_close;
    }
    GJ__NEXT_BYTE(GJ_ERR_TRUNCATED);
    if (c == ',') {
        p++;
        GJ__NEXT_BYTE(GJ_ERR_TRUNCATED);
        goto key_c;
    }
    if (GJ__LIKELY(c == '}')) goto obj_close;
    GJ__FAIL(GJ_ERR_EXPECTED_COMMA, p);

obj_close:
    /* p is at the '}' of the innermost container, an object */
    if (GJ__ROOM(f->cur < cap)) {
        gj_tok *t = &toks[f->cur];
        if ((f->size > GJ__LINEAR_KEYS || f->loops == GJ__KEYS_AT_CLOSE) && GJ__ROOM(n <= cap)) {
            uint32_t dup = gj__big_object_dup(src, toks, f->cur, (uint32_t)n);
            if (dup) GJ__FAIL(GJ_ERR_DUPLICATE_KEY, base + toks[dup].start - 1);
        }
        t->len = (uint32_t)(p + 1 - base) - t->start;
        t->next = (uint32_t)n;
        t->size = f->size;
    } else if (kr) {
        kt = f->loops & GJ__KEY_BASE; /* its records go */
    }
    goto pop;

arr_close:
    /* p is at the ']' of the innermost container, an array */
    if (GJ__ROOM(f->cur < cap)) {
        gj_tok *t = &toks[f->cur];
        t->len = (uint32_t)(p + 1 - base) - t->start;
        t->next = (uint32_t)n;
        t->size = f->size;
    }
pop:
    f--;
    p++;
    if (f->close == '}') goto obj_after;
    if (f->close == ']') goto arr_after;
    goto top_after;

done:
    res.err_at = prefix ? (uint64_t)(p - base) : 0;
    res.n = n;
    return res;

fail:
    res.err_at = (uint64_t)err << 32 | (uint64_t)(q - base);
    res.n = 0;
    return res;
}

#undef GJ__VALUE
#undef GJ__STR_FAST
#undef GJ__NEXT_BYTE
#undef GJ__ROOM

static gj_err gj__status(gj__res r, size_t len, size_t cap, int want_tokens, gj_status *st)
{
    gj_err err = (gj_err)(r.err_at >> 32);
    size_t off = (size_t)(r.err_at & 0xFFFFFFFFu);
    if (!err && want_tokens && r.n > cap) { err = GJ_ERR_NOMEM; off = len; }
    if (st) {
        st->err = err;
        st->offset = off;
        st->count = (size_t)r.n;
    }
    return err;
}
static GJ__NOINLINE gj_err gj__run_checked(const char *src, size_t len, gj_tok *toks, size_t cap, int want_tokens, gj_status *st)
{
    return gj__status(gj__run_body(src, len, toks, cap, GJ_MAX_DEPTH, 1, NULL, 0), len, cap, want_tokens, st);
}

/* Room for len tokens, so every token fits (n <= len). The status is filled by the caller, so that
   st does not take a register all through the run. */
static GJ__NOINLINE gj__res gj__run_roomy(const char *src, size_t len, gj_tok *toks)
{
    return gj__run_body(src, len, toks, len, GJ_MAX_DEPTH, 0, NULL, 0);
}

static gj_err gj__run(const char *src, size_t len, gj_tok *toks, size_t cap, int want_tokens, gj_status *st)
{
    gj__res r;
    gj_err err;
    if (!want_tokens) cap = 0;
    if (cap < len) return gj__run_checked(src, len, toks, cap, want_tokens, st);
    r = gj__run_roomy(src, len, toks); /* no GJ_ERR_NOMEM: n <= len <= cap */
    err = (gj_err)(r.err_at >> 32);
    if (st) {
        st->err = err;
        st->offset = (size_t)(r.err_at & 0xFFFFFFFFu);
        st->count = (size_t)r.n;
    }
    return err;
}

static gj_err gj__run_limited(const char *src, size_t len, gj_tok *toks, size_t cap, unsigned max_depth, gj_status *st)
{
    return gj__status(gj__run_body(src, len, toks, cap, max_depth, 1, NULL, 0), len, cap, 1, st);
}

GJ_DEF gj_err gj_tokenize(const char *src, size_t len, gj_tok *toks, size_t cap, gj_status *st)
{
    if (!src) src = "", len = 0; /* no arithmetic on a null pointer, not even + 0 (undefined in C) */
    return gj__run(src, len, toks, toks ? cap : 0, 1, st);
}

GJ_DEF gj_err gj_validate(const char *src, size_t len, gj_status *st)
{
    if (!src) src = "", len = 0;
    return gj__run(src, len, NULL, 0, 0, st);
}

/* ---- a whole value checked as a decoder checks it, with no memory from the caller ------------ */

/* In validated JSON: past the string whose opening quote is at p; *esc when it holds an escape. */
static const unsigned char *gj__skip_str(const unsigned char *p, int *esc)
{
    for (p++; *p != '"'; p++) if (*p == '\\') { *esc = 1; p++; }
    return p + 1;
}

/* In validated JSON: past the value at p (no whitespace before it), nested ones included. */
static const unsigned char *gj__skip_valid(const unsigned char *p, const unsigned char *end)
{
    unsigned depth = 0;
    int esc = 0;
    do {
        if (*p == '"') p = gj__skip_str(p, &esc);
        else if (*p == '{' || *p == '[') { depth++; p++; }
        else if (*p == '}' || *p == ']') { depth--; p++; }
        else if (depth && (*p == ',' || *p == ':' || gj_i_ws[*p])) p++;
        else while (p < end && *p != ',' && *p != '}' && *p != ']' && !gj_i_ws[*p]) p++; /* number, literal */
    } while (depth);
    return p;
}

/* In validated JSON: does the object at ob repeat a key? Keys compare after unescaping. The first
   64 keys are kept on the stack and compared pairwise; each later key walks the object again. */
static int gj__object_repeats(const unsigned char *ob, const unsigned char *end)
{
    struct { const unsigned char *s; uint32_t n; int esc; } k[64];
    const unsigned char *p = ob + 1, *q;
    unsigned nk = 0, i;
    for (;;) {
        int esc = 0;
        while (gj_i_ws[*p] || *p == ',') p++;
        if (*p == '}') return 0;
        q = gj__skip_str(p, &esc);
        if (nk < 64) {
            for (i = 0; i < nk; i++)
                if (gj_i_raw_eq((const char *)k[i].s, k[i].n, k[i].esc, (const char *)p + 1, (size_t)(q - p - 2), esc)) return 1;
            k[nk].s = p + 1; k[nk].n = (uint32_t)(q - p - 2); k[nk].esc = esc;
        } else { /* past the stack: every earlier key again, read from the object */
            const unsigned char *r = ob + 1, *rq;
            for (;;) {
                int resc = 0;
                while (gj_i_ws[*r] || *r == ',') r++;
                if (r == p) break;
                rq = gj__skip_str(r, &resc);
                if (gj_i_raw_eq((const char *)r + 1, (size_t)(rq - r - 2), resc, (const char *)p + 1, (size_t)(q - p - 2), esc)) return 1;
                while (*rq != ':') rq++;
                for (rq++; gj_i_ws[*rq]; rq++) {}
                r = gj__skip_valid(rq, end);
            }
        }
        nk++;
        while (*q != ':') q++;
        for (q++; gj_i_ws[*q]; q++) {}
        p = gj__skip_valid(q, end);
    }
}

/* The run in key-check mode, for the value at the start of src: what gj_tokenize finds in it,
   repeated keys too, without writing a token, or GJ_ERR_NOMEM for more keys in open objects than
   the records hold; res.n counts the tokens. Memory: the records, on the stack. */
static GJ__NOINLINE gj__res gj__run_keys(const char *src, size_t len, unsigned max_depth)
{
    gj__keyrec kr[GJ__KEY_RECS];
    return gj__run_body(src, len, NULL, 0, max_depth, 1, kr, 1);
}

/* The length of the JSON value that starts at s (s[0..n) readable, s[0] not whitespace) when
   gj_tokenize would take exactly its bytes into cap tokens with nesting within max_depth, else 0
   (also for a value of more keys in open objects than gj__run_keys keeps). No token is written.
   For gateway.h's one pass, which reads a gw_raw value so; its token decoder takes the rest. */
GJ__UNUSED static size_t gj_i_value_len(const char *s, size_t n, unsigned max_depth, size_t cap)
{
    gj__res r = gj__run_keys(s, n, max_depth);
    return r.err_at >> 32 || r.n > cap ? 0 : (size_t)r.err_at;
}

/* Which error gj_i_check_value reports: the first one a run into 128 tokens on the stack finds
   (syntax, or a key repeated where the run checks keys), else a repeat found by a walk of every
   object. The key-check mode finds the same errors but may meet them in another order. */
static GJ__NOINLINE gj_err gj__check_value_error(const char *s, size_t n, unsigned max_depth)
{
    gj_tok toks[128];
    gj_status st;
    gj_err e = gj__run_limited(s, n, toks, 128, max_depth, &st);
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    if (e != GJ_ERR_NOMEM) return e;
    for (; p < end; p++) { /* every object, outside strings */
        int esc = 0;
        if (*p == '"') p = gj__skip_str(p, &esc) - 1;
        else if (*p == '{' && gj__object_repeats(p, end)) return GJ_ERR_DUPLICATE_KEY;
    }
    return GJ_OK;
}

/* The JSON value s[0..n) as a decoder that meets it `depth` containers deep checks it: RFC 8259,
   UTF-8, nesting within GJ_MAX_DEPTH in all, no repeated key in any object. One run in key-check
   mode (and a look at what follows the value) passes most values; the others, and the error, are
   gj__check_value_error's. For
   writers of untrusted raw JSON (gateway.h's gw_raw). */
GJ__UNUSED static gj_err gj_i_check_value(const char *s, size_t n, unsigned depth)
{
    unsigned max_depth = depth < GJ_MAX_DEPTH ? GJ_MAX_DEPTH - depth : 0;
    gj__res r = gj__run_keys(s, n, max_depth);
    if (GJ__LIKELY(!(r.err_at >> 32))) { /* a value: then whitespace alone, as the tokenizer wants */
        const unsigned char *p = (const unsigned char *)s + r.err_at, *end = (const unsigned char *)s + n;
        while (p < end && gj_i_ws[*p]) p++;
        if (p == end) return GJ_OK;
    }
    return gj__check_value_error(s, n, max_depth);
}

/* ---- value access ---------------------------------------------------------------------------- */

GJ_DEF uint32_t gj_find(const char *src, const gj_tok *toks, uint32_t obj, const char *key, size_t keylen)
{
    uint32_t i, end;
    if (toks[obj].type != GJ_OBJECT) return 0;
    end = toks[obj].next;
    for (i = obj + 1; i < end; i = toks[i + 1].next) {
        const gj_tok *k = &toks[i];
        if (k->flags ? gj_i_raw_eq(src + k->start, k->len, 1, key, keylen, 0)
                     : k->len == keylen && memcmp(src + k->start, key, keylen) == 0)
            return i + 1;
    }
    return 0;
}

GJ_DEF int gj_str_eq(const char *src, const gj_tok *t, const char *lit, size_t litlen)
{
    if (t->type != GJ_STRING) return 0;
    if (!t->flags) return t->len == litlen && memcmp(src + t->start, lit, litlen) == 0;
    return gj_i_raw_eq(src + t->start, t->len, 1, lit, litlen, 0);
}

/* The first cap bytes of raw[0..rawlen) unescaped into out (no NUL added); the whole unescaped length */
GJ__UNUSED static size_t gj_i_unescape_some(const char *raw, size_t rawlen, char *out, size_t cap)
{
    gj__unesc it;
    size_t n = 0;
    int c;
    gj__unesc_init(&it, raw, rawlen);
    while ((c = gj__unesc_next(&it)) >= 0) {
        if (n < cap) out[n] = (char)c;
        n++;
    }
    return n;
}

GJ_DEF gj_err gj_unescape(const char *raw, size_t rawlen, char *out, size_t cap, size_t *outlen)
{
    size_t n = gj_i_unescape_some(raw, rawlen, out, cap);
    if (outlen) *outlen = n;
    if (n < cap) { out[n] = 0; return GJ_OK; }
    if (cap) out[0] = 0;
    return GJ_ERR_NOMEM;
}

GJ_DEF gj_err gj_get_str(const char *src, const gj_tok *t, char *out, size_t cap, size_t *outlen)
{
    if (t->type != GJ_STRING) return GJ_ERR_TYPE;
    if (!t->flags) {
        if (outlen) *outlen = t->len;
        if (t->len < cap) { memcpy(out, src + t->start, t->len); out[t->len] = 0; return GJ_OK; }
        if (cap) out[0] = 0;
        return GJ_ERR_NOMEM;
    }
    return gj_unescape(src + t->start, t->len, out, cap, outlen);
}

/* s[0..n) starts with '-' or a digit and is not a plain integer: GJ_ERR_NOT_INTEGER when it is a
   valid JSON number (fraction or exponent), GJ_ERR_TYPE when it is not a number at all ("1.", "1x"). */
static gj_err gj__not_integer(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    return gj__scan_number(&p, end) == GJ_OK && p == end ? GJ_ERR_NOT_INTEGER : GJ_ERR_TYPE;
}

/* Parse the integer part of strict number text; sets *neg and returns digits end, or reports. */
/* Eight ASCII digits at s as a number (ids are 17-20 digits): 1 on success, 0 if any byte is not
   a digit or the machine is not little-endian (then the caller's byte loop does the work). */
GJ__INLINE int gj_i_digits8(const char *s, uint32_t *out)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    uint64_t v, x;
    memcpy(&v, s, 8);
    if (((v & 0xF0F0F0F0F0F0F0F0ull) | (((v + 0x0606060606060606ull) & 0xF0F0F0F0F0F0F0F0ull) >> 4)) != 0x3333333333333333ull)
        return 0;
    x = v - 0x3030303030303030ull;
    x = x * 10 + (x >> 8);
    x = (((x & 0x000000FF000000FFull) * (100 + (1000000ull << 32))) +
         (((x >> 16) & 0x000000FF000000FFull) * (1 + (10000ull << 32)))) >> 32;
    *out = (uint32_t)x;
    return 1;
#else
    (void)s; (void)out;
    return 0;
#endif
}

static gj_err gj_i_parse_mag(const char *s, size_t n, int *neg, uint64_t *mag)
{
    size_t i = 0, d0, nd;
    uint64_t v = 0;
    *neg = 0;
    if (i < n && s[i] == '-') { *neg = 1; i++; }
    d0 = i;
    /* wraps past 20 digits: rejected below */
    while (n - i >= 8) {
        uint32_t d8;
        if (!gj_i_digits8(s + i, &d8)) break;
        v = v * 100000000u + d8;
        i += 8;
    }
    for (; i < n && GJ_I_DIGIT((unsigned char)s[i]); i++) v = v * 10 + (uint64_t)(s[i] - '0');
    nd = i - d0;
    if (nd == 0 || (s[d0] == '0' && nd > 1)) return GJ_ERR_TYPE;
    if (i < n) return gj__not_integer(s, n); /* fraction, exponent or garbage: checked first */
    /* 19 digits never overflow; 20 may; the overflow test runs once, not per digit */
    if (nd > 20 || (nd == 20 && memcmp(s + d0, "18446744073709551615", 20) > 0)) return GJ_ERR_RANGE;
    *mag = v;
    return GJ_OK;
}

GJ_DEF gj_err gj_parse_u64(const char *s, size_t n, uint64_t *out)
{
    int neg;
    uint64_t v;
    gj_err e = gj_i_parse_mag(s, n, &neg, &v);
    if (e) return e;
    if (neg && v) return GJ_ERR_RANGE;
    *out = v;
    return GJ_OK;
}

GJ_DEF gj_err gj_parse_i64(const char *s, size_t n, int64_t *out)
{
    int neg;
    uint64_t v;
    gj_err e = gj_i_parse_mag(s, n, &neg, &v);
    if (e) return e;
    if (neg) {
        if (v > (uint64_t)INT64_MAX + 1) return GJ_ERR_RANGE;
        *out = v ? (int64_t)(0 - (v - 1)) - 1 : 0;
    } else {
        if (v > (uint64_t)INT64_MAX) return GJ_ERR_RANGE;
        *out = (int64_t)v;
    }
    return GJ_OK;
}

GJ_DEF gj_err gj_parse_f64(const char *s, size_t n, double *out)
{
    char buf[1100];
    char *endp;
    const unsigned char *p = (const unsigned char *)s;
    char dp = localeconv()->decimal_point[0];
    double v;
    size_t i;
    if (n == 0 || !(*p == '-' || GJ_I_DIGIT(*p))) return GJ_ERR_TYPE;
    if (gj__scan_number(&p, (const unsigned char *)s + n) != GJ_OK || p != (const unsigned char *)s + n) return GJ_ERR_TYPE;
    if (n >= sizeof buf) return GJ_ERR_RANGE;
    for (i = 0; i < n; i++) buf[i] = s[i] == '.' ? dp : s[i]; /* strtod follows the C locale's point */
    buf[n] = 0;
    v = strtod(buf, &endp);
    if (endp != buf + n) return GJ_ERR_TYPE;
    if (v > 1.7976931348623157e308 || v < -1.7976931348623157e308) return GJ_ERR_RANGE;
    *out = v;
    return GJ_OK;
}

GJ_DEF gj_err gj_get_i64(const char *src, const gj_tok *t, int64_t *out)
{
    return t->type == GJ_NUMBER ? gj_parse_i64(src + t->start, t->len, out) : GJ_ERR_TYPE;
}

GJ_DEF gj_err gj_get_u64(const char *src, const gj_tok *t, uint64_t *out)
{
    return t->type == GJ_NUMBER ? gj_parse_u64(src + t->start, t->len, out) : GJ_ERR_TYPE;
}

GJ_DEF gj_err gj_get_f64(const char *src, const gj_tok *t, double *out)
{
    return t->type == GJ_NUMBER ? gj_parse_f64(src + t->start, t->len, out) : GJ_ERR_TYPE;
}

GJ_DEF gj_err gj_get_u64_str(const char *src, const gj_tok *t, uint64_t *out)
{
    gj_err e;
    if (t->type != GJ_STRING || t->flags || t->len == 0 || src[t->start] == '-') return GJ_ERR_TYPE;
    e = gj_parse_u64(src + t->start, t->len, out);
    return e == GJ_OK || e == GJ_ERR_RANGE ? e : GJ_ERR_TYPE;
}

/* ---- writer ---------------------------------------------------------------------------------- */

GJ_DEF void gj_writer_init(gj_writer *w, char *buf, size_t cap)
{
    memset(w, 0, sizeof *w);
    w->buf = buf;
    w->cap = buf ? cap : 0;
}

static void gj__put(gj_writer *w, const char *s, size_t n)
{
    if (n && w->len + n <= w->cap) memcpy(w->buf + w->len, s, n); /* n = 0: buf may be NULL */
    w->len += n;
}

static void gj__putc(gj_writer *w, char c)
{
    if (w->len < w->cap) w->buf[w->len] = c;
    w->len++;
}

/* One capacity check for a whole write of n >= 1 bytes: where to write them, or NULL when they do
   not fit (then nothing is written, as with gj__put). The needed length grows by n either way. */
GJ__INLINE char *gj__grow(gj_writer *w, size_t n)
{
    size_t at = w->len;
    w->len = at + n;
    return at + n <= w->cap ? w->buf + at : NULL;
}

/* Before any value: check state; *comma = 1 when a ',' must go first. Returns 0 when the call must
   stop. The fast paths below write the comma with the value, under one capacity check. */
GJ__INLINE int gj__vstart(gj_writer *w, size_t *comma)
{
    size_t c = 0;
    if (GJ__UNLIKELY(w->err)) return 0;
    if (GJ__UNLIKELY(w->done)) { w->err = GJ_ERR_WRITER_STATE; return 0; }
    if (w->depth) {
        if (w->is_obj[w->depth - 1]) {
            if (GJ__UNLIKELY(!w->want_value)) { w->err = GJ_ERR_WRITER_STATE; return 0; }
        } else {
            c = w->need_comma;
        }
    }
    w->want_value = 0;
    *comma = c;
    return 1;
}

/* Before any value: check state, write the separating comma. Returns 0 when the call must stop. */
static int gj__value_begin(gj_writer *w)
{
    size_t c;
    if (!gj__vstart(w, &c)) return 0;
    if (c) gj__putc(w, ',');
    return 1;
}

static void gj__value_end(gj_writer *w)
{
    w->need_comma = 1;
    if (!w->depth) w->done = 1;
}

static void gj__open(gj_writer *w, int obj)
{
    size_t c;
    char *o;
    if (!gj__vstart(w, &c)) return;
    if (w->depth >= GJ_MAX_DEPTH) { w->err = GJ_ERR_DEPTH; return; }
    w->is_obj[w->depth++] = (uint8_t)obj;
    w->need_comma = 0;
    if ((o = gj__grow(w, c + 1)) != NULL) { o[0] = ','; o[c] = obj ? '{' : '['; }
}

static void gj__close(gj_writer *w, int obj)
{
    if (w->err) return;
    if (!w->depth || w->is_obj[w->depth - 1] != obj || w->want_value) { w->err = GJ_ERR_WRITER_STATE; return; }
    w->depth--;
    gj__putc(w, obj ? '}' : ']');
    gj__value_end(w);
}

GJ_DEF void gj_obj_begin(gj_writer *w) { gj__open(w, 1); }
GJ_DEF void gj_obj_end(gj_writer *w) { gj__close(w, 1); }
GJ_DEF void gj_arr_begin(gj_writer *w) { gj__open(w, 0); }
GJ_DEF void gj_arr_end(gj_writer *w) { gj__close(w, 0); }

/* String escaping, 16 bytes a step. gj__esc16(o, p) copies the 16 bytes at p to o and returns the
   index of the first one that needs a closer look ('"', '\\', < 0x20, >= 0x80), 16 when none:
   SSE2 on x86-64 (GJ__SSE2, as the tokenizer), NEON on little-endian arm64, SWAR elsewhere. */
#if defined(GJ__SSE2)
GJ__INLINE unsigned gj__esc16(char *o, const unsigned char *p)
{
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
    __m128i q = _mm_cmpeq_epi8(v, _mm_set1_epi8('"'));
    __m128i b = _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'));
    __m128i c = _mm_cmplt_epi8(v, _mm_set1_epi8(0x20)); /* signed: also >= 0x80 */
    _mm_storeu_si128((__m128i *)(void *)o, v);
    return (unsigned)__builtin_ctz((unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(q, b), c)) | 0x10000u);
}
#elif defined(__aarch64__) && defined(__ARM_NEON) && (defined(__GNUC__) || defined(__clang__)) && \
      defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#include <arm_neon.h>
GJ__INLINE unsigned gj__esc16(char *o, const unsigned char *p)
{
    uint8x16_t v = vld1q_u8(p);
    uint8x16_t m = vorrq_u8(vorrq_u8(vceqq_u8(v, vdupq_n_u8('"')), vceqq_u8(v, vdupq_n_u8('\\'))),
                            vorrq_u8(vcltq_u8(v, vdupq_n_u8(0x20)), vcgeq_u8(v, vdupq_n_u8(0x80))));
    /* 4 bits per byte: the narrowing shift packs the 16 compare bytes into one 64-bit lane */
    uint64_t bits = vget_lane_u64(vreinterpret_u64_u8(vshrn_n_u16(vreinterpretq_u16_u8(m), 4)), 0);
    vst1q_u8((uint8_t *)(void *)o, v);
    return bits ? (unsigned)__builtin_ctzll(bits) >> 2 : 16u;
}
#else
GJ__INLINE unsigned gj__esc16(char *o, const unsigned char *p)
{
    uint64_t a = gj__load8(p), b = gj__load8(p + 8), m;
    memcpy(o, &a, 8);
    memcpy(o + 8, &b, 8);
    if ((m = gj__str_special(a)) != 0) return (unsigned)gj__first_flag(m); /* big-endian: 0, exact later */
    if ((m = gj__str_special(b)) != 0) return 8u + (unsigned)gj__first_flag(m);
    return 16u;
}
#endif

/* The same for the r bytes left before a stop (1 <= r <= 15), in one step: copies them to o (with
   up to 8 bytes more) and returns the index of the first byte to look at, r when none.
   Little-endian machines gather the bytes with two overlapping loads, never reading past p + r;
   others go bytewise. */
#if defined(GJ__SSE2)
/* the bytes of the two words a (low) and b that need a closer look, one bit each (as gj__esc16) */
GJ__INLINE unsigned gj__special_words(uint64_t a, uint64_t b)
{
    __m128i v = _mm_unpacklo_epi64(_mm_cvtsi64_si128((long long)a), _mm_cvtsi64_si128((long long)b));
    __m128i q = _mm_cmpeq_epi8(v, _mm_set1_epi8('"'));
    __m128i s = _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'));
    __m128i c = _mm_cmplt_epi8(v, _mm_set1_epi8(0x20)); /* signed: also >= 0x80 */
    return (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(q, s), c));
}
#endif

GJ__INLINE unsigned gj__esc_tail(char *o, const unsigned char *p, unsigned r)
{
#if (defined(__GNUC__) || defined(__clang__)) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    uint64_t v, m;
    if (r >= 8) { /* p[0..8) and p[r-8..r): the overlap is clean when the first word is */
        uint64_t b = gj__load8(p + r - 8);
        v = gj__load8(p);
        memcpy(o, &v, 8);
        memcpy(o + r - 8, &b, 8);
#if defined(GJ__SSE2)
        if ((m = gj__special_words(v, b)) == 0) return r; /* both words at once */
        return m & 0xFF ? (unsigned)__builtin_ctzll(m) : r - 8 + (unsigned)__builtin_ctzll(m >> 8);
#else
        if ((m = gj__str_special(v)) != 0) return (unsigned)__builtin_ctzll(m) >> 3;
        m = gj__str_special(b);
        return m ? r - 8 + ((unsigned)__builtin_ctzll(m) >> 3) : r;
#endif
    }
    if (r >= 4) {
        uint32_t lo, hi;
        memcpy(&lo, p, 4);
        memcpy(&hi, p + r - 4, 4);
        v = lo | (uint64_t)hi << (8 * (r - 4));
    } else if (r >= 2) {
        uint16_t lo, hi;
        memcpy(&lo, p, 2);
        memcpy(&hi, p + r - 2, 2);
        v = lo | (uint64_t)hi << (8 * (r - 2));
    } else {
        v = p[0];
    }
    memcpy(o, &v, 8);
#if defined(GJ__SSE2)
    m = gj__special_words(v, 0) & ((1u << r) - 1);
    return m ? (unsigned)__builtin_ctzll(m) : r;
#else
    m = gj__str_special(v) & (~0ull >> (64 - 8 * r)); /* lowest flag exact: borrows run upwards */
    return m ? (unsigned)__builtin_ctzll(m) >> 3 : r;
#endif
#else
    unsigned i;
    for (i = 0; i < r; i++) {
        unsigned c = p[i];
        if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') break;
        o[i] = (char)c;
    }
    return i;
#endif
}

/* Escape p[0..stop) to o, which must have room for 6 bytes per input byte plus GJ_I_ESC_SLACK
   (whole-word stores may write past the escaped text). A UTF-8 sequence that starts before stop is
   validated against end and copied whole, so *pp may end up to 3 bytes past stop. Returns the end
   of the output, or NULL on invalid UTF-8. */
#define GJ_I_ESC_SLACK 16
GJ__INLINE char *gj_i_esc(char *o, const unsigned char **pp, const unsigned char *stop, const unsigned char *end)
{
    static const char hexd[] = "0123456789abcdef";
    static const char shortf[32] = { 0, 0, 0, 0, 0, 0, 0, 0, 'b', 't', 'n', 0, 'f', 'r' };
    const unsigned char *p = *pp;
    for (;;) {
        unsigned k, c;
        if (stop - p >= 16) {
            k = gj__esc16(o, p);
            p += k; o += k;
            if (k == 16) continue;
        } else if (p < stop) {
            unsigned r = (unsigned)(stop - p);
            k = gj__esc_tail(o, p, r);
            p += k; o += k;
            if (k == r) break;
        } else {
            break;
        }
        c = *p;
        if (c >= 0x80) {
            do { /* non-ASCII text: one sequence after another, without a block step between */
                int n = gj__utf8_seq(p, end);
                if (n <= 0) return NULL;
                o[0] = (char)p[0]; o[1] = (char)p[1];
                if (n > 2) { o[2] = (char)p[2]; if (n > 3) o[3] = (char)p[3]; }
                p += n; o += n;
            } while (p < stop && *p >= 0x80);
        } else if (c < 0x20) {
            o[0] = '\\';
            if (shortf[c]) { o[1] = shortf[c]; o += 2; }
            else { o[1] = 'u'; o[2] = '0'; o[3] = '0'; o[4] = hexd[c >> 4]; o[5] = hexd[c & 15]; o += 6; }
            p++;
        } else if (c == '"' || c == '\\') {
            o[0] = '\\'; o[1] = (char)c; o += 2;
            p++;
        } else { /* only where the SWAR flag is not exact (big-endian) */
            *o++ = (char)c;
            p++;
        }
    }
    *pp = p;
    return o;
}

/* gj__string without room for the worst case: in chunks of 64 input bytes through a local buffer,
   each put checked, so the needed size stays exact. */
static void gj__string_chunked(gj_writer *w, size_t comma, const unsigned char *p, const unsigned char *end, size_t post)
{
    char tmp[64 * 6 + GJ_I_ESC_SLACK];
    if (comma) gj__putc(w, ',');
    gj__putc(w, '"');
    while (p < end) {
        const unsigned char *stop = end - p > 64 ? p + 64 : end;
        char *o = gj_i_esc(tmp, &p, stop, end);
        if (!o) { w->err = GJ_ERR_BAD_UTF8; return; }
        gj__put(w, tmp, (size_t)(o - tmp));
    }
    gj__put(w, "\":", post);
}

/* Write [','] '"' escaped s '"' [':'], validating UTF-8. With room for the worst case (6 bytes
   per input byte) everything goes straight into the buffer under one capacity check. */
GJ__INLINE void gj__string(gj_writer *w, size_t comma, const char *s, size_t n, size_t post)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    size_t fixed = comma + 1 + post + GJ_I_ESC_SLACK;
    size_t room = w->len < w->cap ? w->cap - w->len : 0;
    if (GJ__LIKELY(room >= fixed && (room - fixed) / 6 >= n)) {
        char *o0 = w->buf + w->len, *o = o0;
        o[0] = ',';
        o += comma;
        *o++ = '"';
        if (!(o = gj_i_esc(o, &p, end, end))) { w->err = GJ_ERR_BAD_UTF8; return; }
        o[0] = '"'; o[1] = ':';
        w->len += (size_t)(o + post - o0);
        return;
    }
    gj__string_chunked(w, comma, p, end, post);
}

GJ_DEF void gj_key(gj_writer *w, const char *k, size_t n)
{
    if (w->err) return;
    if (!w->depth || !w->is_obj[w->depth - 1] || w->want_value) { w->err = GJ_ERR_WRITER_STATE; return; }
    gj__string(w, w->need_comma, k, n, 2);
    w->want_value = 1;
}

GJ_DEF void gj_str(gj_writer *w, const char *s, size_t n)
{
    size_t c;
    if (!gj__vstart(w, &c)) return;
    gj__string(w, c, s, n, 1);
    gj__value_end(w);
}

GJ_DEF void gj_str_raw(gj_writer *w, const char *raw, size_t n)
{
    const unsigned char *p = (const unsigned char *)raw;
    int esc = 0;
    size_t c;
    char *o;
    if (!gj__vstart(w, &c)) return;
    /* must be exactly a string body: the scan has to run off the end without a closing quote */
    {
        const unsigned char *end = p + n;
        gj_err e = gj_i_scan_string(&p, end, &esc);
        if (e != GJ_ERR_TRUNCATED || p != end) {
            if (e == GJ_ERR_TRUNCATED) /* cut: a UTF-8 sequence, an escape, or a high surrogate's pair */
                e = *p >= 0x80 ? GJ_ERR_BAD_UTF8 : (end - p >= 6 && p[1] == 'u') ? GJ_ERR_BAD_SURROGATE : GJ_ERR_BAD_ESCAPE;
            w->err = e == GJ_OK ? GJ_ERR_BAD_ESCAPE : e;
            return;
        }
    }
    if ((o = gj__grow(w, c + n + 2)) != NULL) {
        o[0] = ',';
        o[c] = '"';
        memcpy(o + c + 1, raw, n);
        o[c + 1 + n] = '"';
    }
    gj__value_end(w);
}

/* Integers: the digit count first, then two digits a step from the end straight into the output. */
static const char gj_i_dig2[201] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

GJ__INLINE size_t gj_i_u64_len(uint64_t v) /* 1..20 */
{
#if defined(__GNUC__) || defined(__clang__)
    static const uint64_t p10[20] = {
        1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull, 10000000ull, 100000000ull,
        1000000000ull, 10000000000ull, 100000000000ull, 1000000000000ull, 10000000000000ull,
        100000000000000ull, 1000000000000000ull, 10000000000000000ull, 100000000000000000ull,
        1000000000000000000ull, 10000000000000000000ull };
    unsigned t = (unsigned)(64 - __builtin_clzll(v | 1)) * 1233u >> 12; /* from log2: the count or one less */
    return (size_t)t + ((v | 1) >= p10[t]);
#else
    size_t n = 1;
    while (v >= 10) { v /= 10; n++; }
    return n;
#endif
}

GJ__INLINE void gj__dig8(char *e, uint32_t u) /* exactly 8 digits of u < 10^8, ending just before e */
{
    uint32_t hi = u / 10000, lo = u - hi * 10000;
    uint32_t a = hi / 100, b = hi - a * 100, c = lo / 100, d = lo - c * 100;
    memcpy(e - 8, gj_i_dig2 + 2 * a, 2);
    memcpy(e - 6, gj_i_dig2 + 2 * b, 2);
    memcpy(e - 4, gj_i_dig2 + 2 * c, 2);
    memcpy(e - 2, gj_i_dig2 + 2 * d, 2);
}

GJ__INLINE void gj_i_u64_put(char *e, uint64_t v) /* the digits of v end just before e */
{
    uint32_t u;
    while (v >= 100000000u) { /* 8 digits at a time in 32-bit arithmetic */
        uint64_t q = v / 100000000u;
        gj__dig8(e, (uint32_t)(v - q * 100000000u));
        e -= 8;
        v = q;
    }
    u = (uint32_t)v;
    while (u >= 100) {
        uint32_t q = u / 100;
        e -= 2;
        memcpy(e, gj_i_dig2 + 2 * (u - q * 100), 2);
        u = q;
    }
    if (u >= 10) memcpy(e - 2, gj_i_dig2 + 2 * u, 2);
    else e[-1] = (char)('0' + u);
}

/* In each: o[0] = ',' is overwritten by the value itself when no comma is due. */
GJ_DEF void gj_uint(gj_writer *w, uint64_t v)
{
    size_t c, n;
    char *o;
    if (!gj__vstart(w, &c)) return;
    n = gj_i_u64_len(v);
    if ((o = gj__grow(w, c + n)) != NULL) { o[0] = ','; gj_i_u64_put(o + c + n, v); }
    gj__value_end(w);
}

GJ_DEF void gj_uint_str(gj_writer *w, uint64_t v)
{
    size_t c, n;
    char *o;
    if (!gj__vstart(w, &c)) return;
    n = gj_i_u64_len(v);
    if ((o = gj__grow(w, c + n + 2)) != NULL) {
        o[0] = ',';
        o[c] = '"';
        gj_i_u64_put(o + c + 1 + n, v);
        o[c + 1 + n] = '"';
    }
    gj__value_end(w);
}

GJ_DEF void gj_int(gj_writer *w, int64_t v)
{
    uint64_t mag = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    size_t c, n;
    char *o;
    if (!gj__vstart(w, &c)) return;
    n = (size_t)(v < 0) + gj_i_u64_len(mag);
    if ((o = gj__grow(w, c + n)) != NULL) { o[0] = ','; o[c] = '-'; gj_i_u64_put(o + c + n, mag); }
    gj__value_end(w);
}

GJ_DEF void gj_double(gj_writer *w, double v)
{
    char b[40];
    int prec, k = 0;
    char dp = localeconv()->decimal_point[0];
    if (w->err) return;
    if (!(v == v) || v > 1.7976931348623157e308 || v < -1.7976931348623157e308) { w->err = GJ_ERR_NOT_FINITE; return; }
    if (!gj__value_begin(w)) return;
    for (prec = 15; prec <= 17; prec++) { /* shortest of these that reads back exactly */
        int i;
        k = snprintf(b, sizeof b, "%.*g", prec, v);
        for (i = 0; i < k; i++) if (b[i] == dp) b[i] = '.';
        {
            double back = 0;
            if (gj_parse_f64(b, (size_t)k, &back) == GJ_OK && back == v) break;
        }
    }
    gj__put(w, b, (size_t)k);
    gj__value_end(w);
}

GJ_DEF void gj_bool(gj_writer *w, int v)
{
    size_t c, n = v ? 4 : 5;
    char *o;
    if (!gj__vstart(w, &c)) return;
    if ((o = gj__grow(w, c + n)) != NULL) { o[0] = ','; memcpy(o + c, v ? "true" : "false", n); }
    gj__value_end(w);
}

GJ_DEF void gj_null(gj_writer *w)
{
    size_t c;
    char *o;
    if (!gj__vstart(w, &c)) return;
    if ((o = gj__grow(w, c + 4)) != NULL) { o[0] = ','; memcpy(o + c, "null", 4); }
    gj__value_end(w);
}

GJ_DEF void gj_raw_compact(gj_writer *w, const char *json, size_t n)
{
    size_t i, run = 0;
    int in_str = 0;
    if (!gj__value_begin(w)) return;
    for (i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)json[i];
        if (in_str) {
            if (ch == '\\') i++;
            else if (ch == '"') in_str = 0;
        } else if (ch == '"') {
            in_str = 1;
        } else if (gj_i_ws[ch]) {
            gj__put(w, json + run, i - run);
            run = i + 1;
        }
    }
    gj__put(w, json + run, n - run);
    gj__value_end(w);
}

GJ_DEF void gj_raw(gj_writer *w, const char *json, size_t n)
{
    if (!gj__value_begin(w)) return;
    gj__put(w, json, n);
    gj__value_end(w);
}

GJ_DEF gj_err gj_writer_finish(gj_writer *w, size_t *len)
{
    gj_err e = w->err;
    if (!e && (!w->done || w->depth)) e = GJ_ERR_WRITER_STATE;
    if (!e && w->len >= w->cap) e = GJ_ERR_NOMEM;
    if (len) *len = e == GJ_ERR_NOMEM ? w->len + 1 : e ? 0 : w->len;
    if (e) {
        if (w->cap) w->buf[0] = 0;
        return e;
    }
    w->buf[w->len] = 0;
    return GJ_OK;
}

#ifdef __cplusplus
}
#endif
#endif /* GATEWAY_JSON_IMPLEMENTATION */

/*
MIT License

Copyright (c) 2026 the gateway.h authors

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction,
including without limitation the rights to use, copy, modify, merge, publish, distribute,
sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT
OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
*/
