/*
 * sc_resolution_years.c: year of adoption of a Security Council resolution,
 * by binary search in the generated table.
 */
#include "sc_resolution_years.h"
#include "unsymbol.h"

int
dt_sc_resolution_year(int number)
{
	int			lo = 0,
				hi = dt_sc_year_nrows - 1;

	if (number < 1 || dt_sc_year_nrows <= 0)
		return 0;
	while (lo <= hi)
	{
		int			mid = lo + (hi - lo) / 2;
		const dt_sc_year_row *r = &dt_sc_year_rows[mid];

		if (number < r->first)
			hi = mid - 1;
		else if (number > r->last)
			lo = mid + 1;
		else
			return r->year;
	}
	return 0;
}

int
dt_sc_resolution_table_last_number(void)
{
	return dt_sc_year_nrows > 0 ? dt_sc_year_rows[dt_sc_year_nrows - 1].last : 0;
}

int
dt_sc_resolution_table_last_year(void)
{
	return dt_sc_year_nrows > 0 ? dt_sc_year_rows[dt_sc_year_nrows - 1].year : 0;
}

bool
dt_sc_resolution_year_ok(int number, int year)
{
	int			y = dt_sc_resolution_year(number);

	if (y > 0)
		return y == year;
	return year > dt_sc_resolution_table_last_year();
}
