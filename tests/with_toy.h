/* with_toy.h - include first, before gateway.h, in a suite that runs over every protocol of the
   build (test_session.c, test_lenient.c, test_peek.c). Built plainly it changes nothing: the
   suite links tests/impl.o, the library with its built-in protocols. Built with -DGW_TEST_TOY
   (the Makefile's build/<mode>/test_<suite>_toy), the program compiles its own private copy of
   the library (GATEWAY_STATIC) with the toy protocol of tests/toy/ in it, as tests/test_toy.c
   does, and the same suite runs over the toy too: its vectors (tests/toy/vectors, through
   all_vectors.h) and its session rules. T_SUITE names the run in t_summary's line. */
#ifndef GW_TEST_WITH_TOY_H
#define GW_TEST_WITH_TOY_H
#ifdef GW_TEST_TOY
#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wunused-function" /* a private copy of the whole library */
#endif
#include "toy/toy.h"
#define GATEWAY_STATIC
#define GATEWAY_IMPLEMENTATION
#define T_SUITE(name) name " (with the toy)"
#else
#define T_SUITE(name) name
#endif
#endif
