/*
 * mojibake.h: UTF-8 that was read as cp1252 (or latin-1) and written back as
 * UTF-8 ("Ã©" for "é", "â€™" for "’"), read back.  One reading, shared by
 * dt_fix_text (which repairs it) and the R2P scanner (which reads through it).
 */
#ifndef DT_MOJIBAKE_H
#define DT_MOJIBAKE_H

#include <stddef.h>
#include <stdint.h>

/* The code point cp1252 gives bytes 0x80 .. 0x9F; 0 where it defines none. */
extern const uint16_t dt_cp1252_high[32];

/*
 * The byte code point c stands for when UTF-8 was decoded as cp1252 or as
 * latin-1 (a C1 control stands for its own byte), or -1.
 */
extern int	dt_cp1252_byte(int32_t c);

/*
 * If the characters at s[0 .. n) are a mojibake sequence (2 to 4 characters
 * whose cp1252 bytes form one valid, shortest-form UTF-8 sequence), the code
 * point that sequence encodes, with *used the bytes of s it covers; else -1.
 * Accented capitals and letters before typographic punctuation are not read
 * as mojibake ("CAFÉ”", "HUMANITÉ\u00a0:", "humanité\u00a0»"): a candidate
 * whose lead is not Â, Ã (two bytes) or â (three bytes) and whose
 * continuation characters are all such punctuation is left alone.
 */
extern int32_t dt_mojibake_decode(const unsigned char *s, size_t n, size_t *used);

#endif							/* DT_MOJIBAKE_H */
