#!/usr/bin/perl
# r2p_lexicon.pl: compile src/data/r2p_lexicon.tsv into C tables (src/gen/r2p_lexicon.c):
# the entries, their folded patterns and one Aho-Corasick automaton over the
# folded alphabet of src/core/r2p_lexicon.h.  Perl core only (perl-base).
#   perl src/r2p_lexicon.pl src/data/r2p_lexicon.tsv > src/gen/r2p_lexicon.c
use strict;
use warnings;
use utf8;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/tools';	# AhoCorasick.pm
use AhoCorasick;

my $in = shift or die "usage: $0 lexicon.tsv\n";
open my $fh, '<:utf8', $in or die "$in: $!\n";

# Classes and scopes by their names in src/core/r2p_lexicon.h (the C compiler
# checks them); so are the limits below, by _Static_assert in the output.
my %class = ('r2p' => 'R2P_CLASS_R2P', 'general' => 'R2P_CLASS_GENERAL', 'crime' => 'R2P_CLASS_CRIME',
	'1' => 'R2P_CLASS_P1', '2' => 'R2P_CLASS_P2', '3' => 'R2P_CLASS_P3', 'actor' => 'R2P_CLASS_ACTOR',
	'not-r2p' => 'R2P_CLASS_NOT_R2P', 'not-1' => 'R2P_CLASS_NOT_P1', 'not-2' => 'R2P_CLASS_NOT_P2',
	'not-3' => 'R2P_CLASS_NOT_P3');
my %scope = ('' => 'R2P_SCOPE_NONE', 'span' => 'R2P_SCOPE_SPAN', 'sentence' => 'R2P_SCOPE_SENTENCE',
	'passage' => 'R2P_SCOPE_PASSAGE', 'actor-bound' => 'R2P_SCOPE_ACTOR_BOUND');
my $max_entries = 1024;		# R2P_MAX_ENTRIES
my $max_chains = 256;		# R2P_MAX_CHAINS
my $max_states = 0x7fff;	# R2P_STATE_MASK
my $jump_slots = 1024;		# R2P_JUMP_SLOTS
my $jump_prime = 1021;		# R2P_JUMP_PRIME
my $word_ring = 64;		# R2P_WORD_RING: words of the longest phrase, at most
my $nsym = 38;			# R2P_NSYM: space, a-z, 0-9, other
my $word_end = 36;		# R2P_WORD_END
my %lang = map { $_ => 1 } qw(en fr es any);

# Folding, as src/core/r2p_scan.c does it: lower case, accents off, ligatures
# spelt out, apostrophes and punctuation to spaces.
my %base = (
	'à'=>'a','á'=>'a','â'=>'a','ã'=>'a','ä'=>'a','å'=>'a','ç'=>'c','è'=>'e','é'=>'e','ê'=>'e','ë'=>'e',
	'ì'=>'i','í'=>'i','î'=>'i','ï'=>'i','ñ'=>'n','ò'=>'o','ó'=>'o','ô'=>'o','õ'=>'o','ö'=>'o',
	'ù'=>'u','ú'=>'u','û'=>'u','ü'=>'u','ý'=>'y','ÿ'=>'y','œ'=>'oe','æ'=>'ae','ø'=>'o','ß'=>'ss');
sub fold {
	my ($s) = @_;
	$s = lc $s;
	$s =~ s/['’]/ /g;
	$s =~ s/([^\x00-\x7f])/exists $base{$1} ? $base{$1} : die "lexicon: no folding for '$1' in '$_[0]'\n"/ge;
	return $s;
}

# "(a|b|) c (d e|f)*" -> list of alternatives per token, cartesian product.
sub expand {
	my ($part, $where) = @_;
	my @tokens;
	while ($part =~ /\G\s*(\([^()]*\)\*?|[^\s()]+)/gc) {
		my $t = $1;
		if ($t =~ /^\((.*)\)(\*?)$/) {
			my $star = $2;
			push @tokens, [map { $_ eq '' ? '' : "$_$star" } split /\|/, $1, -1];
		} else {
			push @tokens, [$t];
		}
	}
	die "$where: cannot parse '$part'\n" if $part !~ /\G\s*$/gc;
	my @out = ('');
	for my $alts (@tokens) {
		@out = map { my $p = $_; map { $_ eq '' ? $p : ($p eq '' ? $_ : "$p $_") } @$alts } @out;
	}
	return @out;
}

my (@entries, %pat_id, @pats, @uses_of, %class_pat);
my $nchains = 0;
my $maxspan = 0;
my $lineno = 0;
while (my $line = <$fh>) {
	$lineno++;
	chomp $line;
	$line =~ s/\r$//;
	next if $line =~ /^\s*(#|$)/;
	my @f = split /\t/, $line, -1;
	my $where = "$in:$lineno";
	die "$where: expected 6 tab-separated columns, got " . scalar(@f) . "\n" if @f != 6;
	my ($cls, $scope, $lang, $weight, $rule, $phrase) = @f;
	die "$where: unknown class '$cls'\n" unless exists $class{$cls};
	die "$where: unknown scope '$scope'\n" unless exists $scope{$scope};
	die "$where: unknown language '$lang'\n" unless $lang{$lang};
	die "$where: bad weight '$weight'\n" unless $weight =~ /^-?[0-9]+(\.[0-9]+)?$/;
	die "$where: not-* entries need a scope (span, sentence, passage) and a negative weight\n"
		if ($cls =~ /^not-/) != ($scope =~ /^(span|sentence|passage)$/ && $weight < 0);
	die "$where: actor-bound is for pillar entries\n" if $scope eq 'actor-bound' && $cls !~ /^[123]$/;
	die "$where: actor entries weigh 0\n" if $cls eq 'actor' && $weight != 0;
	my @split = split /\s*~(\d+)\s*/, $phrase;
	my (@parts, @gaps);
	while (@split) {
		push @parts, shift @split;
		push @gaps, shift @split if @split;
	}
	die "$where: at most four parts (three '~N') per phrase\n" if @parts > 4;
	die "$where: gap too large\n" if grep { $_ > 40 } @gaps;
	my $e = scalar @entries;
	my $maxwords = 0;
	for my $pi (0 .. $#parts) {
		my $partwords = 0;
		for my $alt (expand($parts[$pi], $where)) {
			my $prefix = ($alt =~ s/\*$//) ? 1 : 0;
			die "$where: '*' only at the end of a part: '$alt'\n" if $alt =~ /\*/;
			my $f = fold($alt);
			my @variants = ($f);
			if ($f =~ /-/) {
				(my $spaced = $f) =~ s/-/ /g;
				(my $closed = $f) =~ s/-//g;
				@variants = ($spaced, $closed);
			}
			for my $v (@variants) {
				$v =~ s/[^a-z0-9]+/ /g;
				$v =~ s/^ +| +$//g;
				die "$where: empty phrase\n" if $v eq '';
				my $p = " $v" . ($prefix ? '' : ' ');
				die "$where: phrase too long\n" if length($p) >= 200 || ($p =~ tr/ //) >= $word_ring;
				# one folded phrase per class: "génocide" (fr) and "genocide" (en)
				# are the same cue, counted once
				if (@parts == 1 && defined $class_pat{"$cls\t$p"} && $class_pat{"$cls\t$p"} != $e) {
					next;
				}
				$class_pat{"$cls\t$p"} = $e if @parts == 1;
				my $id = $pat_id{$p};
				if (!defined $id) {
					$id = $pat_id{$p} = scalar @pats;
					push @pats, [$p, $prefix];
				}
				push @{$uses_of[$id]}, [$e, $pi] unless grep { $_->[0] == $e && $_->[1] == $pi } @{$uses_of[$id] || []};
				my $nw = () = $v =~ / /g;
				$partwords = $nw + 1 if $nw + 1 > $partwords;
			}
		}
		$maxwords += $partwords;
	}
	$maxwords += $_ for @gaps;
	$maxspan = $maxwords if $maxwords > $maxspan;
	my $chain = @parts > 1 ? $nchains++ : -1;
	push @entries, [$class{$cls}, $scope{$scope}, scalar(@parts), [@gaps, 0, 0, 0], $weight, $lang, $rule, $phrase, $chain];
}
close $fh;

# The automaton (src/tools/AhoCorasick.pm): trie, failure links by breadth-first
# search, full transitions.
sub sym {
	my ($c) = @_;
	return 0 if $c eq ' ';
	return 1 + ord($c) - ord('a') if $c =~ /[a-z]/;
	return 27 + ord($c) - ord('0');
}
my (@goto, @out);
AhoCorasick::add(\@goto, \@out, [map { sym($_) } split //, $pats[$_][0]], $_) for 0 .. $#pats;
die "too many entries (R2P_MAX_ENTRIES in src/core/r2p_lexicon.h)\n" if @entries > $max_entries;
die "too many proximity entries: $nchains (R2P_MAX_CHAINS in src/core/r2p_lexicon.h)\n" if $nchains > $max_chains;
my $nstates = scalar @goto;
die "automaton too large: $nstates states\n" if $nstates > $max_states;
my @next = @{ AhoCorasick::transitions(\@goto, \@out, $nsym) };

# Which words can begin a cue, by their first four letters or digits (a
# shorter word: all of it, then "end"): the scanner skips, without the
# automaton, any word whose key is not in this set (when no match is under
# way).  Key ((c0*37 + c1)*37 + c2)*37 + c3, c in 0..35 (a-z, 0-9), 36 = end.
# (sym() less one: the space has no index here; '#' is the word's end)
sub alnum_index { my ($c) = @_; return $word_end if $c eq '#'; return sym($c) - 1; }
my @quad = (0) x int((36 * 37 * 37 * 37 + 7) / 8);
# The same by the first three (6 kB, stays in the L1 cache): a word whose
# first three fail here fails the four-letter test too.
my @tri = (0) x int((36 * 37 * 37 + 7) / 8);
my @cont = ('a' .. 'z', '0' .. '9');
sub set_key {
	my ($k4) = @_;		# four characters, '#' = end
	my @c = map { alnum_index($_) } split //, $k4;
	my $k = (($c[0] * 37 + $c[1]) * 37 + $c[2]) * 37 + $c[3];
	$quad[$k >> 3] |= 1 << ($k & 7);
	my $k3 = ($c[0] * 37 + $c[1]) * 37 + $c[2];
	$tri[$k3 >> 3] |= 1 << ($k3 & 7);
}
for my $pp (@pats) {
	my ($p, $prefix) = @$pp;
	$p =~ /^ ([a-z0-9]+)( ?)/ or die "pattern '$p'\n";
	my ($w, $open) = ($1, $2 eq '' && $prefix);	# open: the word may go on
	if (length($w) >= 4) {
		set_key(substr($w, 0, 4));
		next;
	}
	my @keys = ($w);
	if ($open) {
		# every word that goes on from a short prefix
		for my $n (length($w) + 1 .. 4) {
			push @keys, map { my $x = $_; map { "$x$_" } @cont } grep { length($_) == $n - 1 } @keys;
		}
	}
	for my $k (@keys) {
		set_key(length($k) >= 4 ? substr($k, 0, 4) : $k . ('#' x (4 - length($k))));
	}
}

# Emit C.
binmode STDOUT;
print "/* generated by src/r2p_lexicon.pl from $in: do not edit */\n";
print "#include \"r2p_lexicon.h\"\n\n";
print "_Static_assert(R2P_MAX_ENTRIES == $max_entries && R2P_MAX_CHAINS == $max_chains && R2P_STATE_MASK == $max_states,\n",
	"\t\"src/r2p_lexicon.pl and src/core/r2p_lexicon.h agree on the limits\");\n";
print "_Static_assert(R2P_JUMP_SLOTS == $jump_slots && R2P_JUMP_PRIME == $jump_prime,\n",
	"\t\"src/r2p_lexicon.pl and src/core/r2p_lexicon.h agree on the jump table\");\n";
print "_Static_assert(R2P_WORD_RING == $word_ring && R2P_NSYM == $nsym && R2P_WORD_END == $word_end,\n",
	"\t\"src/r2p_lexicon.pl and src/core/r2p_lexicon.h agree on the alphabet and the word ring\");\n\n";
print "const r2p_entry r2p_entries[] = {\n";
for my $e (@entries) {
	my ($c, $sc, $np, $gaps, $w, $lang, $rule, $phrase, $chain) = @$e;
	utf8::encode($rule); utf8::encode($phrase);
	printf "\t{%s, %s, %d, {%d, %d, %d}, %d, %sf, \"%s\", %s, %s},\n", $c, $sc, $np, @$gaps[0 .. 2], $chain, $w + 0 == int($w) ? "$w.0" : $w, $lang, AhoCorasick::cstr($rule), AhoCorasick::cstr($phrase);
}
print "};\nconst int r2p_nentries = ", scalar(@entries), ";\n";
print "const int r2p_nchains = $nchains;\n\n";
my @uses;
print "const r2p_pattern r2p_patterns[] = {\n";
for my $id (0 .. $#pats) {
	my ($p, $prefix) = @{$pats[$id]};
	my $nsp = () = $p =~ / /g;
	printf "\t{%d, %d, %d, %d, %d, \"%s\"},\n", length($p), $nsp, $prefix, scalar(@uses), scalar(@{$uses_of[$id]}), $p;
	push @uses, @{$uses_of[$id]};
}
print "};\nconst int r2p_npatterns = ", scalar(@pats), ";\n\n";
print "const r2p_use r2p_uses[] = {\n";
print join('', map { "\t{$_->[0], $_->[1]},\n" } @uses);
print "};\n\n";
# States are numbered depth first, each word of a cue after the state before
# it, so that the rows the scanner reads along a cue sit one after another in
# memory (the hardware prefetcher follows them); the numbering changes nothing
# else.
my @order;
my @newid = (0) x $nstates;
my @stack = (0);
while (@stack) {
	my $s = pop @stack;
	$newid[$s] = scalar @order;
	push @order, $s;
	push @stack, map { $goto[$s]{$_} } sort { $b <=> $a } keys %{$goto[$s]};
}
die "state numbering\n" if @order != $nstates;
# Where the automaton stands after a space and the first (up to) four
# letters of a word, by the word's key (as r2p_first_word has it), for the
# keys whose letters all follow the trie and find nothing on the way: the
# scanner jumps there instead of four steps.  Open addressing, R2P_JUMP_SLOTS
# slots, slot key % R2P_JUMP_PRIME, then the next ones; key ~0 = empty.
my @jump_key = (0xFFFFFFFF) x $jump_slots;
my @jump_state = (0) x $jump_slots;
my $njump = 0;
for my $k (0 .. 36 * 37 * 37 * 37 - 1) {
	next unless $quad[$k >> 3] & (1 << ($k & 7));
	my @c = (int($k / (37 * 37 * 37)), int($k / (37 * 37)) % 37, int($k / 37) % 37, $k % 37);
	my $st = $goto[0]{0};
	my $ok = defined $st && !@{$out[$st]};
	for my $x (@c) {
		last if !$ok || $x == $word_end;
		$st = $goto[$st]{$x + 1};
		$ok = defined $st && !@{$out[$st]};
	}
	next unless $ok;
	die "too many word keys for the jump table (R2P_JUMP_SLOTS in src/core/r2p_lexicon.h)\n"
		if ++$njump > $jump_slots / 2;
	my $h = $k % $jump_prime;
	$h = ($h + 1) % $jump_slots while $jump_key[$h] != 0xFFFFFFFF;
	$jump_key[$h] = $k;
	$jump_state[$h] = $st;
}

print "const uint16_t r2p_ac_next[][R2P_NSYM] = {\n";
for my $s (@order) {
	print "\t{", join(',', map { my $t = $next[$s][$_]; @{$out[$t]} ? ($newid[$t] | 0x8000) : $newid[$t] } 0 .. $nsym - 1), "},\n";
}
print "};\nconst int r2p_nstates = $nstates;\n\n";
my @flat;
my @start;
for my $s (@order) { push @start, scalar @flat; push @flat, @{$out[$s]}; }
print "const uint32_t r2p_ac_out_start[] = {", join(',', @start), "};\n";
print "const uint16_t r2p_ac_out_count[] = {", join(',', map { scalar @{$out[$_]} } @order), "};\n";
print "const uint16_t r2p_ac_out[] = {", join(',', @flat, 0), "};\n";
print "const int r2p_max_span_words = $maxspan;\n";
print "const uint8_t r2p_first_word[] = {", join(',', @quad), "};\n";
print "const uint8_t r2p_first_word3[] = {", join(',', @tri), "};\n";
print "const uint32_t r2p_jump_key[] = {", join(',', map { sprintf('0x%x', $_) } @jump_key), "};\n";
print "const uint16_t r2p_jump_state[] = {", join(',', map { $newid[$_] } @jump_state), "};\n";
