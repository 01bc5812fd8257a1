/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-token.h"

/* ASCII letters and digits by kind, one bit each, in one table of every
 * byte (0 for the rest, bytes above ASCII among them): the word loops read
 * a byte, its kind and whether the word goes on in one lookup, and gather
 * what the flags need with an OR and an addition instead of branches. */
enum
{
  ASCII_DIGIT = 1 << 0,
  ASCII_UPPER = 1 << 1,
  ASCII_LOWER = 1 << 2,
};

static const guint8 ascii_kinds[256] = {
  ['0' ... '9'] = ASCII_DIGIT, ['A' ... 'Z'] = ASCII_UPPER, ['a' ... 'z'] = ASCII_LOWER,
};

static inline gunichar
char_at (const char *text,
         gsize       len,
         gsize       position)
{
  if (G_UNLIKELY (position >= len))
    return 0;
  if (G_LIKELY ((guchar) text[position] < 0x80))
    return (guchar) text[position];
  return g_utf8_get_char_validated (text + position, len - position);
}

static inline gsize
char_length (const char *text,
             gsize       position)
{
  return g_utf8_skip[(guchar) text[position]];
}

static inline gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019;
}

static inline gboolean
is_word (gunichar c)
{
  /* Most text is ASCII: answer it without the Unicode tables. */
  if (G_LIKELY (c < 0x80))
    return g_ascii_isalnum (c);
  /* General punctuation (curly quotes, dashes) holds no letter or digit:
   * no table lookup for the most common characters beyond ASCII. */
  if (c >= 0x2000 && c <= 0x203F)
    return FALSE;
  return c != (gunichar) -1 && c != (gunichar) -2 && g_unichar_isalnum (c);
}

void
dossier_token_iter_init (DossierTokenIter *iter,
                         const char       *text,
                         gsize             len)
{
  iter->text = text;
  iter->len = 0;
  iter->position = 0;
  /* Tokens keep 32-bit offsets: a longer text yields no tokens. */
  g_return_if_fail (len <= G_MAXUINT32);
  iter->len = len;
}

gboolean
dossier_token_iter_next (DossierTokenIter *iter,
                         DossierToken     *token)
{
  const char *text = iter->text;
  gsize len = iter->len;
  gsize p = iter->position;
  gsize start;
  /* The kinds of character seen (ASCII_* bits), and how many capitals:
   * a word of two capitals or more and no small letter is all capitals
   * (letters that are neither, as in scripts without case, do not
   * count). */
  guint kinds = 0, upper = 0, single_letter_dots = 0;
  gboolean hyphen = FALSE;
  gunichar c;

  /* ASCII separators are skipped without decoding. */
  while (p < len)
    {
      if ((guchar) text[p] < 0x80)
        {
          if (ascii_kinds[(guchar) text[p]] != 0)
            break;
          p++;
        }
      else if (is_word (char_at (text, len, p)))
        break;
      else
        p += char_length (text, p);
    }
  if (p >= len)
    {
      iter->position = len;
      return FALSE;
    }

  start = p;
  while (p < len)
    {
      gsize segment = p;
      guint kind;

      /* Most words are ASCII: read them with the table alone. */
      while (p < len && (kind = ascii_kinds[(guchar) text[p]]) != 0)
        {
          kinds |= kind;
          upper += kind >> 1 & 1;
          p++;
        }
      /* Where the ASCII run stopped at an ASCII byte, that byte is no
       * word character: only a byte above ASCII can continue the word
       * (and then so may ASCII after it). */
      if (p < len && (guchar) text[p] >= 0x80)
        {
          while (p < len && is_word (c = char_at (text, len, p)))
            {
              if (c < 0x80 ? g_ascii_isdigit (c) : g_unichar_isdigit (c))
                kinds |= ASCII_DIGIT;
              else if (c < 0x80 ? g_ascii_isupper (c) : g_unichar_isupper (c))
                upper++;
              else if (c < 0x80 ? g_ascii_islower (c) : g_unichar_islower (c))
                kinds |= ASCII_LOWER;
              p += char_length (text, p);
            }
        }

      /* The common end of a word: a space or punctuation that joins
       * nothing. */
      if (G_LIKELY (p < len && (guchar) text[p] < 0x80 && text[p] != '-' && text[p] != '\'' && text[p] != '.'))
        break;
      c = char_at (text, len, p);
      /* Joiners inside a word: hyphens between letters, an apostrophe
       * followed by letters other than a possessive "s" ("O'Brien",
       * "don't"), the dots of "U.S.". */
      if ((c == '-' || c == 0x2010) && is_word (char_at (text, len, p + char_length (text, p))))
        {
          hyphen = TRUE;
          p += char_length (text, p);
          continue;
        }
      if (is_apostrophe (c))
        {
          gsize after = p + char_length (text, p);
          gunichar next = char_at (text, len, after);
          if (is_word (next) && !((next == 's' || next == 'S') && !is_word (char_at (text, len, after + 1))))
            {
              p = after;
              continue;
            }
        }
      /* A segment of one letter: one byte, so ASCII, and no digit. */
      if (c == '.' && p - segment == 1 && !(ascii_kinds[(guchar) text[segment]] & ASCII_DIGIT))
        {
          gunichar next = char_at (text, len, p + 1);
          /* "U.S." and "J." keep their dots; the dot after "U.S" counts. */
          if (is_word (next) && char_at (text, len, p + 2) == '.')
            {
              single_letter_dots++;
              p++;
              continue;
            }
          if (single_letter_dots > 0 || g_unichar_isupper (char_at (text, len, segment)))
            {
              single_letter_dots++;
              p++;
              break;
            }
        }
      break;
    }

  token->start = start;
  token->end = p;
  token->full_end = p;
  token->flags = 0;
  if (single_letter_dots > 0)
    token->flags |= DOSSIER_TOKEN_DOTTED;
  if (hyphen)
    token->flags |= DOSSIER_TOKEN_HYPHENATED;
  if (kinds & ASCII_DIGIT)
    token->flags |= DOSSIER_TOKEN_DIGITS;
  if ((guchar) text[start] < 0x80 ? g_ascii_isupper (text[start]) : g_unichar_isupper (char_at (text, len, start)))
    token->flags |= DOSSIER_TOKEN_CAPITALISED;
  if (upper >= 2 && !(kinds & ASCII_LOWER))
    token->flags |= DOSSIER_TOKEN_ALL_CAPS;

  c = char_at (text, len, p);
  if (is_apostrophe (c))
    {
      gsize after = p + char_length (text, p);
      gunichar next = char_at (text, len, after);
      if ((next == 's' || next == 'S') && !is_word (char_at (text, len, after + 1)))
        {
          token->flags |= DOSSIER_TOKEN_POSSESSIVE;
          token->full_end = after + 1;
        }
      else if (!is_word (next) && p > start && (text[p - 1] == 's' || text[p - 1] == 'S'))
        {
          token->flags |= DOSSIER_TOKEN_POSSESSIVE;
          token->full_end = after;
        }
    }

  token->following = char_at (text, len, token->full_end);
  iter->position = token->full_end;
  return TRUE;
}

void
dossier_tokens_split (const char *text,
                      gsize       len,
                      GArray     *tokens)
{
  DossierTokenIter iter;
  DossierToken batch[64];
  guint n = 0;

  /* Appended in batches: one g_array_append_vals () per token costs more
   * than finding the token. */
  dossier_token_iter_init (&iter, text, len);
  while (dossier_token_iter_next (&iter, &batch[n]))
    {
      if (++n == G_N_ELEMENTS (batch))
        {
          g_array_append_vals (tokens, batch, n);
          n = 0;
        }
    }
  if (n > 0)
    g_array_append_vals (tokens, batch, n);
}

