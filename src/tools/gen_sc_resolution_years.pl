#!/usr/bin/perl
# Generate the C table of Security Council resolution numbers by year from
# src/data/sc_resolution_years.tsv (columns: year, first, last, source_url;
# header on line 1; "# " notes after the data).  Checks that the rows chain
# (last(Y) + 1 = first(Y + 1)) so that a bad edit of the table fails the build.
use strict;
use warnings;

my $file = shift or die "usage: $0 sc_resolution_years.tsv\n";
open(my $fh, '<', $file) or die "$file: $!\n";
my @rows;
while (my $line = <$fh>) {
	chomp $line;
	$line =~ s/\r$//;
	next if $. == 1 || $line =~ /^#/ || $line =~ /^\s*$/;
	my ($year, $first, $last) = split /\t/, $line;
	die "$file:$.: bad row\n"
		unless defined $last && $year =~ /^\d{4}$/ && $first =~ /^\d+$/ && $last =~ /^\d+$/ && $first <= $last;
	if (@rows) {
		my $prev = $rows[-1];
		die "$file:$.: year $year does not follow $prev->[0]\n" unless $year == $prev->[0] + 1;
		die "$file:$.: first $first does not follow last $prev->[2]\n" unless $first == $prev->[2] + 1;
	}
	push @rows, [$year, $first, $last];
}
die "$file: no rows\n" unless @rows;
print "/* Generated from $file by src/tools/gen_sc_resolution_years.pl; do not edit. */\n";
print "#include \"sc_resolution_years.h\"\n\n";
print "const dt_sc_year_row dt_sc_year_rows[] = {\n";
printf "\t{%d, %d, %d},\n", @$_ for @rows;
print "};\n\n";
printf "const int dt_sc_year_nrows = %d;\n", scalar @rows;
