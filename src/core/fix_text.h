/*
 * fix_text.h: repair of damaged text, at the level of ftfy.
 *
 * What is repaired (in one pass over UTF-8, repeated only while a pass
 * changed something, at most three times for double mojibake):
 *  - UTF-8 read as cp1252 or latin-1 ("todayâ€™s", "todayâ\x80\x99s",
 *    "Ã©"), including mixed text where only some runs are damaged (the
 *    reading of mojibake.h, which leaves typography alone: "CAFÉ”",
 *    "humanité\u00a0»");
 *  - the lossy apostrophe whose continuation bytes were lost ("humanityâs",
 *    "dâIvoire");
 *  - C1 controls: read as cp1252 ("\x93" -> “); the five cp1252 does not
 *    define (0x81 0x8D 0x8F 0x90 0x9D) are dropped;
 *  - line terminators: CRLF, CR, U+2028, U+2029 become LF (form feeds are
 *    kept, as ftfy does; paragraphs() removes them);
 *  - other C0 controls, DEL, the BOM / ZWNBSP and the soft hyphen are removed;
 *    Latin ligatures (ﬁ) are spelled out;
 *  - invalid UTF-8 (from a caller outside the server, or from a SQL_ASCII
 *    database, whose bytes are taken as they are) becomes U+FFFD;
 *  - NFC (ICU unorm2), checked first with unorm2_spanQuickCheckYes.
 * Curly quotes are kept.  Text that needs none of this is left alone.
 */
#ifndef DT_FIX_TEXT_H
#define DT_FIX_TEXT_H

#include <stdbool.h>
#include <stddef.h>

#include "dt_env.h"

/*
 * Repair in[0..len).  Returns false when the text needs no repair (then *out
 * is NULL and the caller keeps the input byte for byte); returns true and
 * sets *out (allocated with env, not NUL-terminated) and *out_len otherwise.
 */
extern bool dt_fix_text(const dt_env *env, const char *in, size_t len,
						char **out, size_t *out_len);


#endif							/* DT_FIX_TEXT_H */
