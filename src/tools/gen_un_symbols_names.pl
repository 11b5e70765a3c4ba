#!/usr/bin/perl
# Generate src/gen/un_symbols_names.c: the Aho-Corasick automaton of the UN-symbol
# scanner (src/core/un_symbols_*.c), from
#   src/data/named_documents.tsv   titled documents (gazetteer) and their symbols
#   src/data/un_symbols_cues.tsv   "resolution" words, organ and committee names, ...
# Usage: gen_un_symbols_names.pl named_documents.tsv un_symbols_cues.tsv > out.c
#
# The automaton runs over bytes.  Bytes are mapped to classes: ASCII letters fold
# to lower case, ASCII white space is one class (the scanner collapses runs of it),
# every other byte used by a pattern has its own class and all the rest share
# class 0.  The output is a full DFA (goto + failure folded in), so the scanner
# does one table step per byte.
use strict;
use warnings;
use bytes;
use File::Basename qw(dirname);
use lib dirname(__FILE__);	# AhoCorasick.pm
use AhoCorasick;

my ($named, $cues) = @ARGV;
die "usage: $0 named_documents.tsv un_symbols_cues.tsv\n" unless $named && $cues;

my %KIND = (titled => 1, resword => 2, resword_sc => 3, resword_zh => 4, draft => 5,
	organ => 6, committee => 7, gchead => 8, decword => 9, suppl => 10);
my %ORGAN = (SC => 1, GA => 2, HRC => 3, ECOSOC => 4, CHR => 5, COUNCIL => 6);
my %COMMITTEE = (CCPR => 1, CRC => 2, CESCR => 3, CEDAW => 4);
my %GC = (comment => 1, recommendation => 2);
my %FLAG = ('-' => 0, prefix => 1, nobound => 2);

my @pat;      # [kind, arg, flags, normalised bytes, symbol or ""]
my @oldga;    # [number, symbol] for pre-1976 GA resolutions the gazetteer knows

sub norm {
	my $s = lc(shift);   # ASCII only under "use bytes"
	$s =~ s/[ \t\r\n\f\x0b]+/ /g;
	$s =~ s/^ | $//g;
	return $s;
}

# --- titled documents
open(my $fh, '<', $named) or die "$named: $!\n";
my $hdr = <$fh>;
while (my $line = <$fh>) {
	chomp $line;
	$line =~ s/\r$//;
	next if $line eq '' || $line =~ /^# /;
	my ($variants, $symbol, $url, $note) = split /\t/, $line;
	next unless defined $symbol && $symbol =~ m{/};        # "(none)": no symbol
	$note //= '';
	# The note says the words are also an agenda item's or a body's name: only a
	# citation as a resolution counts, which the resolution grammar handles.
	next if $note =~ /match only when cited as a resolution/i;
	my @v = split / \| /, $variants;
	# Pre-1976 GA resolutions the gazetteer knows: a bare "resolution 1514" outside a
	# Security Council context is one of these.
	if ($symbol =~ m{^A/RES/(\d+) ([A-Z] )?\([IVXLC]+\)$}) {
		push @oldga, [$1, $symbol];
	}
	# Treaties: naming a treaty cites the treaty, not the GA document that adopted
	# it (the labelling rules map declarations, outcome documents and reports).
	next if $v[0] =~ /^(International Covenant|Convention|Rome Statute|Paris Agreement|Charter)\b/;
	my %has = map { my $x = $_; $x =~ s/^\s+|\s+$//g; (lc($x) => 1) } @v;
	for my $v (@v) {
		$v =~ s/^\s+|\s+$//g;
		# Speed: "the ..." and "United Nations ..." open countless phrases that are
		# no title, and would keep the automaton away from its root.  Match the
		# title without its article, and drop "United Nations X" when X is itself
		# a variant (the shorter name is found inside the longer one).
		$v =~ s/^the (?=\S+ \S)//i;
		next if $v =~ /^United Nations (.*)$/ && $has{lc $1};
		# A lone abbreviation (CEDAW, CRC, UDHR) is also a committee's or other name.
		next if $v =~ /^[A-Z0-9]+$/;
		# "resolution 63/308 on ...": the resolution grammar reads these; the matcher
		# keeps "/" and "_" as triggers for written symbols.
		next if $v =~ m{[/_]};
		next if length(norm($v)) > 250;
		push @pat, [$KIND{titled}, 0, ($v =~ /^[a-z]/ ? 4 : 0), norm($v), $symbol];
	}
}
close $fh;

# --- cue words
open($fh, '<', $cues) or die "$cues: $!\n";
while (my $line = <$fh>) {
	chomp $line;
	$line =~ s/\r$//;
	next if $line eq '' || $line =~ /^#/;
	my ($kind, $arg, $flags, $text) = split /\t/, $line;
	die "bad line in $cues: $line\n" unless defined $text && exists $KIND{$kind} && exists $FLAG{$flags};
	my ($a, $sym) = (0, '');
	if ($kind eq 'organ') { $a = $ORGAN{$arg} // die "organ $arg\n"; }
	elsif ($kind eq 'committee') { $a = $COMMITTEE{$arg} // die "committee $arg\n"; }
	elsif ($kind eq 'gchead') { $a = $GC{$arg} // die "gchead $arg\n"; }
	elsif ($kind eq 'titled') { $sym = $arg; }
	push @pat, [$KIND{$kind}, $a, $FLAG{$flags} | ($kind eq "titled" && $text =~ /^[a-z]/ ? 4 : 0), norm($text), $sym];
}
close $fh;

# --- byte classes
# Classes 0-3 are fixed: 0 "/" and 1 "_" (the scanner's triggers for written
# symbols; no pattern holds them); 2 a word boundary: white space and every
# other byte no pattern uses, except ASCII letters and digits; 3 an ASCII
# letter or digit no pattern uses.
my @class = (2) x 256;
$class[ord("/")] = 0;
$class[ord("_")] = 1;
$class[$_] = 3 for (ord('0') .. ord('9'), ord('a') .. ord('z'), ord('A') .. ord('Z'));
my $nclass = 4;
for my $p (@pat) {
	for my $b (unpack('C*', $p->[3])) {
		die "pattern holds / or _\n" if $b == 0x2f || $b == 0x5f;
		next if $b == 0x20 || ($class[$b] != 2 && $class[$b] != 3);
		$class[$b] = $nclass++;
	}
}
for my $u (ord('A') .. ord('Z')) {
	my $l = $u + 32;
	$class[$u] = $class[$l] if $class[$l] > 3;
}

# --- the automaton (src/tools/AhoCorasick.pm): trie, failure links, DFA
my (@goto, @out);   # state -> {class -> state}; state -> [pattern ids]
my @inlabel = (-1);   # class of the byte that leads into each state
for my $i (0 .. $#pat) {
	# A word-bounded pattern starts with a boundary: the automaton then never
	# leaves its root inside a word, and the scanner skips words at the root.
	my $bytes = ($pat[$i][2] & $FLAG{nobound}) ? $pat[$i][3] : " " . $pat[$i][3];
	AhoCorasick::add(\@goto, \@out, [map { $_ == 0x20 ? 2 : $class[$_] } unpack('C*', $bytes)], $i,
		sub { $inlabel[$_[0]] = $_[2]; });
}
my $nstates = scalar @goto;
die "too many states\n" if $nstates > 65535;
my $next = AhoCorasick::transitions(\@goto, \@out, $nclass);
my @delta = map { @{ $next->[$_] } } 0 .. $nstates - 1;   # flat: state * nclass + class

# White space runs count as one boundary: a state entered by a boundary stays
# put on the next one (the scanner needs no run-collapsing branch).
for my $s (1 .. $nstates - 1) {
	$delta[$s * $nclass + 2] = $s if $inlabel[$s] == 2;
}

# --- renumber the states breadth first: the shallow states, where the text
# keeps the automaton most of the time, then lie together in the table
{
	my @order = (0);
	my %seen = (0 => 1);
	for (my $k = 0; $k < @order; $k++) {
		my $s = $order[$k];
		for my $c (sort { $a <=> $b } keys %{$goto[$s]}) {
			my $t = $goto[$s]{$c};
			push @order, $t unless $seen{$t}++;
		}
	}
	my @new;
	$new[$order[$_]] = $_ for 0 .. $#order;
	my (@d2, @o2);
	for my $s (0 .. $nstates - 1) {
		my $ns = $new[$s];
		$o2[$ns] = $out[$s];
		for my $c (0 .. $nclass - 1) {
			$d2[$ns * $nclass + $c] = $new[$delta[$s * $nclass + $c]];
		}
	}
	@delta = @d2;
	@out = @o2;
}

# --- output

print "/* Generated by src/tools/gen_un_symbols_names.pl from $named and $cues: do not edit. */\n";
print "#include \"un_symbols_names.h\"\n\n";
# Rows are padded to 128 classes, so a row starts at state << 7.
die "more than 128 byte classes\n" if $nclass > 128;
print "const unsigned char dt_symnames_class[256] = {\n";
for my $i (0 .. 255) { print "$class[$i]," . (($i % 32 == 31) ? "\n" : ""); }
print "};\n\n";
# A target state with outputs is flagged in bit 15 of the transition, so the
# scanner learns it without a second, dependent load.
die "too many states for the output flag\n" if $nstates > 32767;
# The first three byte classes of every word-bounded pattern, hashed into a
# 65536-bit set: at a word start the scanner looks at the next three bytes and
# skips the word when no pattern can start so (most words), without table steps.
{
	my @bits = (0) x 8192;
	my $set = sub { my $h = (($_[0] << 9) | ($_[1] << 2)) ^ $_[2]; $bits[$h >> 3] |= 1 << ($h & 7); };
	for my $p (@pat) {
		next if $p->[2] & $FLAG{nobound};
		my @c = map { $_ == 0x20 ? 2 : $class[$_] } unpack('C*', $p->[3]);
		if (@c == 2) {
			$set->($c[0], $c[1], $_) for 0 .. $nclass - 1;
		} elsif (@c >= 3) {
			$set->($c[0], $c[1], $c[2]);
			$set->($c[0], 2, 2) if $c[1] == 2;    # "a more ...": runs of spaces
		} else {
			die "one-byte pattern\n";
		}
	}
	print "const unsigned char dt_symnames_start3[8192] = {\n";
	for my $i (0 .. 8191) { print "$bits[$i]," . (($i % 32 == 31) ? "\n" : ""); }
	print "};\n\n";
}

# Bytes that keep the automaton at its root (letters and digits inside a
# word): the scanner skips them without table steps.
print "const unsigned char dt_symnames_root_skip[256] = {\n";
for my $i (0 .. 255) {
	my $c = $class[$i];
	my $skip = ($c >= 3 && ($delta[$c] & 0x7fff) == 0) ? 1 : 0;
	print "$skip," . (($i % 32 == 31) ? "\n" : "");
}
print "};\n\n";
print "const uint16_t dt_symnames_delta[] = {\n";
for my $s (0 .. $nstates - 1) {
	for my $c (0 .. 127) {
		my $v = 0;
		if ($c < $nclass) {
			my $t = $delta[$s * $nclass + $c];
			$v = $t | (@{$out[$t]} ? 0x8000 : 0);
		}
		print "$v," . (($c % 32 == 31) ? "\n" : "");
	}
}
print "\n};\n\n";
# outputs: per state an offset into the list (0 = none); lists end with -1
my @olist = (-1);
my @ooff;
for my $s (0 .. $nstates - 1) {
	if (@{$out[$s]}) {
		push @ooff, scalar @olist;
		# longest pattern first
		push @olist, (sort { length($pat[$b][3]) <=> length($pat[$a][3]) || $a <=> $b } @{$out[$s]}), -1;
	} else {
		push @ooff, 0;
	}
}
print "const uint16_t dt_symnames_out[] = {\n";
for my $i (0 .. $#ooff) { print "$ooff[$i]," . (($i % 32 == 31) ? "\n" : ""); }
print "\n};\n\n";
print "const int16_t dt_symnames_outlist[] = {\n";
for my $i (0 .. $#olist) { print "$olist[$i]," . (($i % 32 == 31) ? "\n" : ""); }
print "\n};\n\n";
print "const dt_symname dt_symnames_patterns[] = {\n";
for my $p (@pat) {
	printf "\t{%d, %d, %d, %d, %s, %s},\n", $p->[0], $p->[1], $p->[2], length($p->[3]), AhoCorasick::cstr($p->[3]), AhoCorasick::cstr($p->[4]);
}
print "};\n\n";
print "const int dt_symnames_noldga = " . scalar(@oldga) . ";\n";
print "const dt_symname_oldga dt_symnames_oldga[] = {\n";
for my $g (sort { $a->[0] <=> $b->[0] } @oldga) { printf "\t{%d, %s},\n", $g->[0], AhoCorasick::cstr($g->[1]); }
print "\t{0, \"\"}\n};\n";
