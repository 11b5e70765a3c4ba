/*
 * r2p_highlight.c: marking the cues in a passage; options; cue words.
 */
#include "r2p_highlight.h"

#include <stdio.h>
#include <string.h>

static char *
copy_str(const dt_env *env, const char *s, size_t n)
{
	char	   *d = dt_alloc(env, n + 1);

	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

static int
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static int
key_is(const char *k, size_t n, const char *want)
{
	size_t		i;

	if (strlen(want) != n)
		return 0;
	for (i = 0; i < n; i++)
	{
		char		c = k[i];

		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		if (c != want[i])
			return 0;
	}
	return 1;
}

static int
parse_bool(const char *v, size_t n, int *out)
{
	if (key_is(v, n, "true") || key_is(v, n, "on") || key_is(v, n, "yes") || key_is(v, n, "1") ||
		key_is(v, n, "t"))
		*out = 1;
	else if (key_is(v, n, "false") || key_is(v, n, "off") || key_is(v, n, "no") ||
			 key_is(v, n, "0") || key_is(v, n, "f"))
		*out = 0;
	else
		return -1;
	return 0;
}

int
r2p_parse_highlight_options(const dt_env *env, const char *s, size_t len,
							r2p_highlight_options *opt, char *err, size_t errlen)
{
	size_t		i = 0;

	opt->start_sel = copy_str(env, "<b>", 3);
	opt->stop_sel = copy_str(env, "</b>", 4);
	opt->context = 0;
	while (i < len)
	{
		size_t		k0,
					k1,
					v0,
					v1;

		dt_check_interrupts(env);
		while (i < len && (is_space(s[i]) || s[i] == ','))
			i++;
		if (i >= len)
			break;
		k0 = i;
		while (i < len && s[i] != '=' && !is_space(s[i]) && s[i] != ',')
			i++;
		k1 = i;
		while (i < len && is_space(s[i]))
			i++;
		if (i >= len || s[i] != '=')
		{
			snprintf(err, errlen, "option \"%.*s\" has no value (expected key=value)",
					 (int) (k1 - k0 > 40 ? 40 : k1 - k0), s + k0);
			return -1;
		}
		i++;
		while (i < len && is_space(s[i]))
			i++;
		if (i < len && s[i] == '"')
		{
			v0 = ++i;
			while (i < len && s[i] != '"')
				i++;
			if (i >= len)
			{
				snprintf(err, errlen, "unterminated quoted value of option \"%.*s\"",
						 (int) (k1 - k0 > 40 ? 40 : k1 - k0), s + k0);
				return -1;
			}
			v1 = i++;
		}
		else
		{
			v0 = i;
			while (i < len && !is_space(s[i]) && s[i] != ',')
				i++;
			v1 = i;
		}
		if (key_is(s + k0, k1 - k0, "startsel"))
		{
			dt_free(env, opt->start_sel);
			opt->start_sel = copy_str(env, s + v0, v1 - v0);
		}
		else if (key_is(s + k0, k1 - k0, "stopsel"))
		{
			dt_free(env, opt->stop_sel);
			opt->stop_sel = copy_str(env, s + v0, v1 - v0);
		}
		else if (key_is(s + k0, k1 - k0, "context"))
		{
			if (parse_bool(s + v0, v1 - v0, &opt->context) < 0)
			{
				snprintf(err, errlen, "option Context takes true or false, not \"%.*s\"",
						 (int) (v1 - v0 > 40 ? 40 : v1 - v0), s + v0);
				return -1;
			}
		}
		else
		{
			snprintf(err, errlen, "unknown option \"%.*s\" (known: StartSel, StopSel, Context)",
					 (int) (k1 - k0 > 40 ? 40 : k1 - k0), s + k0);
			return -1;
		}
	}
	return 0;
}

void
r2p_highlight_options_free(const dt_env *env, r2p_highlight_options *opt)
{
	dt_free(env, opt->start_sel);
	dt_free(env, opt->stop_sel);
	opt->start_sel = opt->stop_sel = NULL;
}

char *
r2p_highlight(const dt_env *env, const char *text, size_t len, const r2p_result *res,
			  const char *start_sel, const char *stop_sel, size_t *outlen)
{
	size_t		ls = strlen(start_sel),
				le = strlen(stop_sel);
	size_t		marks = 0,
				i,
				o = 0,
				at = 0;
	char	   *out;

	for (i = 0; i < res->ncues; i++)
		if (res->cues[i].weight > 0)
			marks++;
	out = dt_alloc(env, len + marks * (ls + le) + 1);
	i = 0;
	while (i < res->ncues)
	{
		size_t		s,
					e;

		dt_check_interrupts(env);
		if (res->cues[i].weight <= 0 || res->cues[i].end <= at)
		{
			i++;
			continue;
		}
		/* cues are ordered by start: merge the ones that overlap */
		s = res->cues[i].start < at ? at : res->cues[i].start;
		e = res->cues[i].end;
		for (i++; i < res->ncues && res->cues[i].start < e; i++)
			if (res->cues[i].weight > 0 && res->cues[i].end > e)
				e = res->cues[i].end;
		memcpy(out + o, text + at, s - at);
		o += s - at;
		memcpy(out + o, start_sel, ls);
		o += ls;
		memcpy(out + o, text + s, e - s);
		o += e - s;
		memcpy(out + o, stop_sel, le);
		o += le;
		at = e;
	}
	memcpy(out + o, text + at, len - at);
	o += len - at;
	out[o] = '\0';
	*outlen = o;
	return out;
}

char *
r2p_cue_text(const dt_env *env, const char *text, const r2p_cue *cue, size_t *outlen)
{
	char	   *out = dt_alloc(env, cue->end - cue->start + 1);
	size_t		i,
				o = 0;

	for (i = cue->start; i < cue->end; i++)
	{
		if (is_space(text[i]))
		{
			if (o > 0 && out[o - 1] != ' ')
				out[o++] = ' ';
		}
		else
			out[o++] = text[i];
	}
	while (o > 0 && out[o - 1] == ' ')
		o--;
	out[o] = '\0';
	*outlen = o;
	return out;
}
