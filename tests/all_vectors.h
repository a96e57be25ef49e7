/* all_vectors.h - every JSON file in tests/vectors, with its protocol and sender read from its name
   (<protocol>_<client|server>_<section>.json), sorted by name: for the test programs that walk
   all protocols at once (test_adversarial.c, test_diff.c). Include after t.h and gateway.h;
   call load_vectors() once, from the repository root. */
#ifndef GW_TEST_ALL_VECTORS_H
#define GW_TEST_ALL_VECTORS_H
#include <dirent.h>
#include <stdlib.h>

typedef struct vec { char name[128]; char *buf; size_t len; gw_proto p; gw_from from; } vec;
static vec vecs[256];
static size_t nvecs;

static gw_proto proto_of(const char *name)
{
    if (!strncmp(name, "shardmaster_", 12)) return GW_PROTO_SM;
    if (!strncmp(name, "i386chat_", 9)) return GW_PROTO_I386;
    if (!strncmp(name, "microservice_", 13)) return GW_PROTO_MS;
    if (!strncmp(name, "nightingale_", 12)) return GW_PROTO_NG;
    if (!strncmp(name, "dmod_", 5)) return GW_PROTO_DMOD;
    return GW_PROTO_NONE;
}

static int cmp_vec(const void *a, const void *b) { return strcmp(((const vec *)a)->name, ((const vec *)b)->name); }

static void load_vectors(void)
{
    DIR *d = opendir("tests/vectors");
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
        snprintf(path, sizeof path, "tests/vectors/%s", v->name);
        if ((v->buf = t_read_file(path, &v->len)) != NULL) nvecs++;
    }
    closedir(d);
    qsort(vecs, nvecs, sizeof vecs[0], cmp_vec);
}
#endif
