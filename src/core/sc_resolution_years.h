/*
 * sc_resolution_years.h: Security Council resolution numbers by year of
 * adoption (rows generated from src/data/sc_resolution_years.tsv).
 */
#ifndef DT_SC_RESOLUTION_YEARS_H
#define DT_SC_RESOLUTION_YEARS_H

typedef struct dt_sc_year_row
{
	int			year;
	int			first;			/* first resolution number adopted that year */
	int			last;			/* last one */
} dt_sc_year_row;

extern const dt_sc_year_row dt_sc_year_rows[];
extern const int dt_sc_year_nrows;

#endif							/* DT_SC_RESOLUTION_YEARS_H */
