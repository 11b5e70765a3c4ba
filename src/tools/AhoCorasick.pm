# AhoCorasick.pm: the Aho-Corasick construction of the generators of src/gen
# (src/r2p_lexicon.pl, src/tools/gen_un_symbols_names.pl): a trie of the
# patterns, failure links found breadth first, and every transition filled in,
# so that the scanner in C takes one table step per symbol.  Perl core only.
package AhoCorasick;

use strict;
use warnings;

# Add pattern $id, the symbols @$syms, to the trie: $goto->[$s]{$y} is the
# state after symbol $y in state $s, $out->[$s] the patterns that end in $s.
# $new->($state, $parent, $y), when given, is called for every new state.
# Returns the state where the pattern ends.
sub add
{
	my ($goto, $out, $syms, $id, $new) = @_;
	my $s = 0;

	@$goto = ({}) unless @$goto;
	@$out = ([]) unless @$out;
	for my $y (@$syms)
	{
		if (!defined $goto->[$s]{$y})
		{
			push @$goto, {};
			push @$out, [];
			$goto->[$s]{$y} = $#$goto;
			$new->($#$goto, $s, $y) if $new;
		}
		$s = $goto->[$s]{$y};
	}
	push @{ $out->[$s] }, $id;
	return $s;
}

# The full transitions of the trie over symbols 0 .. $nsym - 1: returns
# $next, $next->[$s][$y] the state after $y in $s, where a missing edge follows
# the failure link.  Each $out->[$s] gets the patterns of the states on its
# failure chain after its own (longest first), in breadth-first order.
sub transitions
{
	my ($goto, $out, $nsym) = @_;
	my @fail = (0) x scalar(@$goto);
	my @next;
	my @queue;

	for my $y (0 .. $nsym - 1)
	{
		my $t = $goto->[0]{$y};

		$next[0][$y] = defined $t ? $t : 0;
		push @queue, $t if defined $t;
	}
	while (@queue)
	{
		my $s = shift @queue;

		push @{ $out->[$s] }, @{ $out->[ $fail[$s] ] };
		for my $y (0 .. $nsym - 1)
		{
			my $t = $goto->[$s]{$y};

			if (defined $t)
			{
				$fail[$t] = $next[ $fail[$s] ][$y];
				$next[$s][$y] = $t;
				push @queue, $t;
			}
			else
			{
				$next[$s][$y] = $next[ $fail[$s] ][$y];
			}
		}
	}
	return \@next;
}

# A C string literal of the bytes of $s: printable ASCII as it is, the rest
# (and '"', '\', and '?' against trigraphs) in octal.
sub cstr
{
	my ($s) = @_;
	my $o = '"';

	for my $b (unpack('C*', $s))
	{
		if ($b >= 0x20 && $b < 0x7f && $b != 0x22 && $b != 0x5c && $b != 0x3f) { $o .= chr($b); }
		else { $o .= sprintf('\\%03o', $b); }
	}
	return $o . '"';
}

1;
