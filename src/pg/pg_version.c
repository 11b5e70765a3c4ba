/*
 * pg_version.c: diplotext_version(), for support requests.
 *
 * Results that depend on Unicode data (normalisation, case folding) can change
 * when ICU changes; this tells which ICU a server runs.
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"

#include <unicode/uchar.h>
#include <unicode/uversion.h>

PG_FUNCTION_INFO_V1(diplotext_version);

Datum
diplotext_version(PG_FUNCTION_ARGS)
{
	UVersionInfo uv;
	char		icu[U_MAX_VERSION_STRING_LENGTH],
				unicode[U_MAX_VERSION_STRING_LENGTH];

	(void) fcinfo;
	/* the ICU library loaded now, not the headers it was built with */
	u_getVersion(uv);
	u_versionToString(uv, icu);
	u_getUnicodeVersion(uv);
	u_versionToString(uv, unicode);
	PG_RETURN_TEXT_P(cstring_to_text(psprintf("diplotext %s (ICU %s, Unicode %s)", DT_VERSION,
											  icu, unicode)));
}
