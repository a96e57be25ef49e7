// peer_rapidjson.cpp - the RapidJSON peer of bench/bench.c (built only by `make bench-peers`).
//
// What it does, exactly (RapidJSON 1.1.0, Debian's rapidjson-dev):
//  * DOM parse of one frame with kParseValidateEncodingFlag (UTF-8 checked; RapidJSON then skips its
//    SIMD string scan, which it only uses without validation). The input is the frame NUL-terminated
//    (bench.c pads every frame with zero bytes), read through StringStream: RapidJSON's fastest
//    non-insitu path, where RAPIDJSON_SSE42 (set here when the compiler targets SSE4.2) skips
//    whitespace 16 bytes at a time. Strings are unescaped and copied into the pool; numbers are parsed
//    (default precision).
//  * Memory: the values live in a MemoryPoolAllocator over a caller buffer, the parser's stack in a
//    second MemoryPoolAllocator over a second caller buffer; both are reset with Clear() before each
//    parse, so a parse does not call malloc. The pools' base allocator counts its calls
//    (peer_rapidjson_fallbacks): bench.c checks the count stays 0, i.e. the caller buffers suffice.
//  * walk = 1: after the parse, a full walk of every value of the DOM, as bench.c's other walks do:
//    keys' and strings' lengths, every number's value, every bool, summed into *sum.
// RapidJSON does not check duplicate keys; its default (recursive) parser has no nesting limit.
#if defined(__SSE4_2__)
#define RAPIDJSON_SSE42
#elif defined(__SSE2__)
#define RAPIDJSON_SSE2
#endif
#include <rapidjson/document.h>
#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace {

unsigned long fallbacks; // calls that reached the base allocator: the caller buffer was too small

struct CountingAllocator {
    static const bool kNeedFree = true;
    void *Malloc(size_t n)
    {
        fallbacks++;
        return n ? std::malloc(n) : nullptr;
    }
    void *Realloc(void *p, size_t, size_t n)
    {
        fallbacks++;
        if (!n) {
            std::free(p);
            return nullptr;
        }
        return std::realloc(p, n);
    }
    static void Free(void *p) { std::free(p); }
};

typedef rapidjson::MemoryPoolAllocator<CountingAllocator> Pool;
typedef rapidjson::GenericDocument<rapidjson::UTF8<>, Pool, Pool> Doc;
typedef rapidjson::GenericValue<rapidjson::UTF8<>, Pool> Val;

CountingAllocator base;
Pool *values, *stack;
Doc *doc;

void walk(const Val &v, uint64_t &sum)
{
    switch (v.GetType()) {
    case rapidjson::kObjectType:
        for (Val::ConstMemberIterator m = v.MemberBegin(); m != v.MemberEnd(); ++m) {
            sum += m->name.GetStringLength();
            walk(m->value, sum);
        }
        break;
    case rapidjson::kArrayType:
        for (Val::ConstValueIterator e = v.Begin(); e != v.End(); ++e) walk(*e, sum);
        break;
    case rapidjson::kStringType: sum += v.GetStringLength(); break;
    case rapidjson::kNumberType:
        if (v.IsUint64()) sum += v.GetUint64();
        else if (v.IsInt64()) sum += (uint64_t)v.GetInt64();
        else {
            double d = v.GetDouble();
            uint64_t b;
            std::memcpy(&b, &d, sizeof b);
            sum += b;
        }
        break;
    case rapidjson::kTrueType: sum += 1; break;
    case rapidjson::kFalseType: case rapidjson::kNullType: break;
    }
}

} // namespace

/* The two caller buffers (values, parser stack); call once before any parse. */
extern "C" int peer_rapidjson_init(void *value_buf, size_t value_size, void *stack_buf, size_t stack_size)
{
    if (doc) return 0;
    values = new Pool(value_buf, value_size, 1 << 16, &base);
    stack = new Pool(stack_buf, stack_size, 1 << 16, &base);
    doc = new Doc(values, 1024, stack);
    return 0;
}

/* buf[len] must be 0 (bench.c pads every frame with zeros). Returns 0 on success. */
extern "C" int peer_rapidjson_parse(const char *buf, size_t len, int do_walk, uint64_t *sum)
{
    (void)len;
    values->Clear();
    stack->Clear();
    doc->Parse<rapidjson::kParseValidateEncodingFlag>(buf);
    if (doc->HasParseError()) return 1;
    if (do_walk) walk(*doc, *sum);
    else *sum += (uint64_t)doc->GetType();
    return 0;
}

extern "C" unsigned long peer_rapidjson_fallbacks(void) { return fallbacks; }
extern "C" const char *peer_rapidjson_version(void) { return RAPIDJSON_VERSION_STRING; }
