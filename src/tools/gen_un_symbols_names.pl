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

my ($named, $cues) = @ARGV;
die "usage: $0 named_documents.tsv un_symbols_cues.tsv\n" unless $named && $cues;

my %KIND = (titled => 1, resword => 2, resword_sc => 3, resword_zh => 4, draft => 5,
	organ => 6, committee => 7, gchead => 8);
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
	for my $v (@v) {
		$v =~ s/^\s+|\s+$//g;
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
# symbols; no pattern holds them), 2 white space, 3 any byte no pattern uses.
my @class = (3) x 256;
$class[ord("/")] = 0;
$class[ord("_")] = 1;
my $nclass = 4;
$class[$_] = 2 for (0x20, 0x09, 0x0a, 0x0d, 0x0c, 0x0b);
for my $p (@pat) {
	for my $b (unpack('C*', $p->[3])) {
		die "pattern holds / or _\n" if $b == 0x2f || $b == 0x5f;
		next if $class[$b] != 3;
		$class[$b] = $nclass++;
	}
}
for my $u (ord('A') .. ord('Z')) {
	my $l = $u + 32;
	$class[$u] = $class[$l] if $class[$l] != 3;
}

# --- trie
my @goto = ({});   # state -> {class -> state}
my @out = ([]);    # state -> [pattern ids]
my @depth = (0);
for my $i (0 .. $#pat) {
	my $s = 0;
	for my $b (unpack('C*', $pat[$i][3])) {
		my $c = $class[$b];
		if (!exists $goto[$s]{$c}) {
			push @goto, {};
			push @out, [];
			push @depth, $depth[$s] + 1;
			$goto[$s]{$c} = $#goto;
		}
		$s = $goto[$s]{$c};
	}
	push @{$out[$s]}, $i;
}
my $nstates = scalar @goto;
die "too many states\n" if $nstates > 65535;

# --- failure links and the DFA, breadth first
my @fail = (0) x $nstates;
my @delta;   # flat: state * nclass + class
for my $c (0 .. $nclass - 1) {
	$delta[$c] = exists $goto[0]{$c} ? $goto[0]{$c} : 0;
}
my @queue = map { $goto[0]{$_} } sort { $a <=> $b } keys %{$goto[0]};
$fail[$_] = 0 for @queue;
while (@queue) {
	my $s = shift @queue;
	push @{$out[$s]}, @{$out[$fail[$s]]};
	for my $c (0 .. $nclass - 1) {
		if (exists $goto[$s]{$c}) {
			my $t = $goto[$s]{$c};
			$fail[$t] = $delta[$fail[$s] * $nclass + $c];
			$delta[$s * $nclass + $c] = $t;
			push @queue, $t;
		} else {
			$delta[$s * $nclass + $c] = $delta[$fail[$s] * $nclass + $c];
		}
	}
}

# --- output
sub cstr {
	my $s = shift;
	my $o = '"';
	for my $b (unpack('C*', $s)) {
		if ($b >= 0x20 && $b < 0x7f && $b != 0x22 && $b != 0x5c && $b != 0x3f) { $o .= chr($b); }
		else { $o .= sprintf('\\%03o', $b); }
	}
	return $o . '"';
}

print "/* Generated by src/tools/gen_un_symbols_names.pl from $named and $cues: do not edit. */\n";
print "#include \"un_symbols_names.h\"\n\n";
print "const int dt_symnames_nclass = $nclass;\n";
print "const int dt_symnames_nstates = $nstates;\n\n";
print "const unsigned char dt_symnames_class[256] = {\n";
for my $i (0 .. 255) { print "$class[$i]," . (($i % 32 == 31) ? "\n" : ""); }
print "};\n\n";
print "const uint16_t dt_symnames_delta[] = {\n";
for my $i (0 .. $#delta) { print "$delta[$i]," . (($i % 32 == 31) ? "\n" : ""); }
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
print "const int dt_symnames_npatterns = " . scalar(@pat) . ";\n";
print "const dt_symname dt_symnames_patterns[] = {\n";
for my $p (@pat) {
	printf "\t{%d, %d, %d, %d, %s, %s},\n", $p->[0], $p->[1], $p->[2], length($p->[3]), cstr($p->[3]), cstr($p->[4]);
}
print "};\n\n";
print "const int dt_symnames_noldga = " . scalar(@oldga) . ";\n";
print "const dt_symname_oldga dt_symnames_oldga[] = {\n";
for my $g (sort { $a->[0] <=> $b->[0] } @oldga) { printf "\t{%d, %s},\n", $g->[0], cstr($g->[1]); }
print "\t{0, \"\"}\n};\n";
