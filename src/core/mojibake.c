/*
 * mojibake.c: the cp1252 tables of mojibake.h.
 */
#include "mojibake.h"

#include "utf8.h"

/* cp1252 bytes 0x80 .. 0x9F and the code points they stand for: the one list
 * both tables below are built from. */
#define DT_CP1252_HIGH(X) \
	X(0x80, 0x20AC) X(0x82, 0x201A) X(0x83, 0x0192) X(0x84, 0x201E) \
	X(0x85, 0x2026) X(0x86, 0x2020) X(0x87, 0x2021) X(0x88, 0x02C6) \
	X(0x89, 0x2030) X(0x8A, 0x0160) X(0x8B, 0x2039) X(0x8C, 0x0152) \
	X(0x8E, 0x017D) X(0x91, 0x2018) X(0x92, 0x2019) X(0x93, 0x201C) \
	X(0x94, 0x201D) X(0x95, 0x2022) X(0x96, 0x2013) X(0x97, 0x2014) \
	X(0x98, 0x02DC) X(0x99, 0x2122) X(0x9A, 0x0161) X(0x9B, 0x203A) \
	X(0x9C, 0x0153) X(0x9E, 0x017E) X(0x9F, 0x0178)

#define HIGH_ENTRY(b, cp) [(b) - 0x80] = (cp),
const uint16_t dt_cp1252_high[32] = {DT_CP1252_HIGH(HIGH_ENTRY)};

/*
 * The way back: a perfect hash of the 27 code points into 64 slots, each
 * holding its byte (0: empty).  A collision would initialise one slot twice,
 * which -Werror (gcc -Woverride-init, clang -Winitializer-overrides) refuses.
 */
#define SLOT_ENTRY(b, cp) [DT_CP1252_SLOT(cp)] = (b),
const uint8_t dt_cp1252_slot[64] = {DT_CP1252_HIGH(SLOT_ENTRY)};
