/*
 * dt_ascii.h: ASCII classes of one byte, for the scalar code (ascii_simd.h
 * has them for 16 bytes at a time).  A byte >= 0x80 is in no class.
 */
#ifndef DT_ASCII_H
#define DT_ASCII_H

#include <stdbool.h>

/* 0 .. 9 */
static inline bool
dt_ascii_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/* A .. Z */
static inline bool
dt_ascii_upper(unsigned char c)
{
	return c >= 'A' && c <= 'Z';
}

/* a .. z */
static inline bool
dt_ascii_lower(unsigned char c)
{
	return c >= 'a' && c <= 'z';
}

/* A letter of either case. */
static inline bool
dt_ascii_letter(unsigned char c)
{
	return dt_ascii_upper(c) || dt_ascii_lower(c);
}

/* A letter or a digit. */
static inline bool
dt_ascii_alnum(unsigned char c)
{
	return dt_ascii_letter(c) || dt_ascii_digit(c);
}

/* c in upper case, if a lower-case letter. */
static inline unsigned char
dt_ascii_toupper(unsigned char c)
{
	return dt_ascii_lower(c) ? (unsigned char) (c - 32) : c;
}

/* A blank inside a line: space or tab. */
static inline bool
dt_ascii_blank(unsigned char c)
{
	return c == ' ' || c == '\t';
}

#endif							/* DT_ASCII_H */
