/* all_vectors.h - every vector of every protocol this build knows, with its protocol and sender
   read from its name (<protocol>_<client|server>_<section>.json, <protocol> as gw_proto_name
   spells it), sorted by name: for the test programs that walk all protocols at once
   (test_adversarial.c, test_diff.c, test_lenient.c, test_peek.c). The files are those of
   tests/vectors and of tests/toy/vectors (the toy protocol's, loaded when the toy is compiled in:
   a protocol kept outside gateway.h keeps its vectors beside it). A file whose prefix names no
   protocol of the build is left out. Include after t.h and gateway.h; call load_vectors() once,
   from the repository root. */
#ifndef GW_TEST_ALL_VECTORS_H
#define GW_TEST_ALL_VECTORS_H
#include <dirent.h>
#include <stdlib.h>

typedef struct vec { char name[128]; char *buf; size_t len; gw_proto p; gw_from from; } vec;
static vec vecs[256];
static size_t nvecs;

/* The protocol whose name, then '_', starts the file's name: every protocol of GW__PROTOCOLS */
static gw_proto proto_of(const char *name)
{
    int p;
    for (p = 1; p < GW_PROTO_COUNT_; p++) {
        const char *pn = gw_proto_name((gw_proto)p);
        size_t n = pn ? strlen(pn) : 0;
        if (n && !strncmp(name, pn, n) && name[n] == '_') return (gw_proto)p;
    }
    return GW_PROTO_NONE;
}

static int cmp_vec(const void *a, const void *b) { return strcmp(((const vec *)a)->name, ((const vec *)b)->name); }

static void load_vectors_from(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *de;
    if (!d) return;
    while ((de = readdir(d)) != NULL && nvecs < sizeof vecs / sizeof vecs[0]) {
        size_t l = strlen(de->d_name);
        char path[300];
        vec *v = &vecs[nvecs];
        if (l < 6 || strcmp(de->d_name + l - 5, ".json") != 0 || l >= sizeof v->name) continue;
        if ((v->p = proto_of(de->d_name)) == GW_PROTO_NONE) continue;
        memcpy(v->name, de->d_name, l + 1);
        v->from = strstr(v->name, "_client_") ? GW_FROM_CLIENT : GW_FROM_SERVER;
        snprintf(path, sizeof path, "%s/%s", dir, v->name);
        if ((v->buf = t_vector(path, &v->len)) != NULL) nvecs++;
    }
    closedir(d);
}

static void load_vectors(void)
{
    load_vectors_from("tests/vectors");
    load_vectors_from("tests/toy/vectors");
    qsort(vecs, nvecs, sizeof vecs[0], cmp_vec);
}
#endif
