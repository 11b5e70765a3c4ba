/*
 * ascii_simd.h: byte classes of 16 bytes at a time, with SSE2 (the x86-64
 * baseline), for the scanners' word filters.
 *
 * Each function gives a mask vector (0xFF where the byte is in the class).
 * The compares are signed, so bytes >= 0x80 (negative) fall outside every
 * ASCII range.
 */
#ifndef DT_ASCII_SIMD_H
#define DT_ASCII_SIMD_H

#ifdef __SSE2__
#include <emmintrin.h>

/* ASCII letters (either case). */
static inline __m128i
dt_sse_letter(__m128i v)
{
	__m128i		l = _mm_or_si128(v, _mm_set1_epi8(0x20));

	return _mm_and_si128(_mm_cmpgt_epi8(l, _mm_set1_epi8('a' - 1)),
						 _mm_cmplt_epi8(l, _mm_set1_epi8('z' + 1)));
}

/* ASCII digits. */
static inline __m128i
dt_sse_digit(__m128i v)
{
	return _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
						 _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
}

/* ASCII letters and digits. */
static inline __m128i
dt_sse_alnum(__m128i v)
{
	return _mm_or_si128(dt_sse_letter(v), dt_sse_digit(v));
}

/* White space: space, tab, line feed, vertical tab, form feed, carriage return. */
static inline __m128i
dt_sse_space(__m128i v)
{
	return _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')),
						_mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('\t' - 1)),
									  _mm_cmplt_epi8(v, _mm_set1_epi8('\r' + 1))));
}

#endif							/* __SSE2__ */

#endif							/* DT_ASCII_SIMD_H */
