/*
 * un_symbols_names.h: the generated tables of the UN-symbol scanner.
 *
 * src/gen/un_symbols_names.c is written at build time by
 * src/tools/gen_un_symbols_names.pl (rules in src/un_symbols.mk) from
 * src/data/named_documents.tsv and src/data/un_symbols_cues.tsv: an
 * Aho-Corasick automaton, as a full DFA over byte classes, for the titled
 * documents and the cue words (the "resolution" words of the six official
 * languages, organ and committee names, "general comment").
 */
#ifndef DT_UN_SYMBOLS_NAMES_H
#define DT_UN_SYMBOLS_NAMES_H

#include <stdint.h>

/* pattern kinds */
#define DT_SYMNAME_TITLED		1	/* a titled document; symbol holds its symbol */
#define DT_SYMNAME_RESWORD		2	/* "resolution" in one of the six languages */
#define DT_SYMNAME_RESWORD_SC	3	/* UNSCR, SCR */
#define DT_SYMNAME_RESWORD_ZH	4	/* 号决议 (number before the word) */
#define DT_SYMNAME_DRAFT		5	/* draft, projet de, proyecto de */
#define DT_SYMNAME_ORGAN		6	/* arg: DT_ORGAN_* */
#define DT_SYMNAME_COMMITTEE	7	/* arg: DT_COMMITTEE_* */
#define DT_SYMNAME_GCHEAD		8	/* arg: 1 general comment, 2 general recommendation */
#define DT_SYMNAME_DECWORD		9	/* decision, décision, decisión */
#define DT_SYMNAME_SUPPL		10	/* Supplement (No. N of GA Official Records) */

#define DT_ORGAN_NONE		0
#define DT_ORGAN_SC			1
#define DT_ORGAN_GA			2
#define DT_ORGAN_HRC		3
#define DT_ORGAN_ECOSOC		4
#define DT_ORGAN_CHR		5
#define DT_ORGAN_COUNCIL	6	/* "the Council": whichever council the text is about */
#define DT_ORGAN_COUNT		7

#define DT_COMMITTEE_NONE	0
#define DT_COMMITTEE_CCPR	1
#define DT_COMMITTEE_CRC	2
#define DT_COMMITTEE_CESCR	3
#define DT_COMMITTEE_CEDAW	4
#define DT_COMMITTEE_COUNT	5

/* rows of the transition table: state << DT_SYMNAMES_ROW_SHIFT */
#define DT_SYMNAMES_ROW_SHIFT	7

/* the hash of three byte classes for dt_symnames_start3 */
#define DT_SYMNAMES_START3(a, b, c)	((((unsigned) (a) << 9) | ((unsigned) (b) << 2)) ^ (unsigned) (c))

/* bit 15 of a transition: the target state has outputs */
#define DT_SYMNAMES_HAS_OUT	0x8000

/* pattern flags */
#define DT_SYMNAME_PREFIX	1	/* a stem: letters may follow */
#define DT_SYMNAME_NOBOUND	2	/* no word boundaries (Chinese) */
#define DT_SYMNAME_LOWEROK	4	/* titled: may start with a small letter in the text */

typedef struct dt_symname
{
	uint8_t		kind;
	uint8_t		arg;
	uint8_t		flags;
	uint16_t	len;			/* bytes of the normalised pattern */
	const char *pattern;		/* lower-case ASCII, white space runs as one space */
	const char *symbol;			/* DT_SYMNAME_TITLED: the document's symbol */
} dt_symname;

typedef struct dt_symname_oldga
{
	int			number;			/* resolution number, e.g. 1514 */
	const char *symbol;			/* e.g. "A/RES/1514 (XV)" */
} dt_symname_oldga;

extern const unsigned char dt_symnames_class[256];	/* byte -> class: 0 "/", 1 "_", 2 white space, 3 other */
extern const unsigned char dt_symnames_start3[8192];	/* hashed first three classes of the patterns */
extern const unsigned char dt_symnames_root_skip[256];	/* 1: the byte keeps the root state */
extern const uint16_t dt_symnames_delta[];	/* (state << 7) + class -> state | DT_SYMNAMES_HAS_OUT */
extern const uint16_t dt_symnames_out[];	/* state -> offset in outlist, 0: none */
extern const int16_t dt_symnames_outlist[]; /* pattern ids, each list ends with -1 */
extern const dt_symname dt_symnames_patterns[];
extern const int dt_symnames_noldga;
extern const dt_symname_oldga dt_symnames_oldga[];	/* sorted by number */

#endif							/* DT_UN_SYMBOLS_NAMES_H */
