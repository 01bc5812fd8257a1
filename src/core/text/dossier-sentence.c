/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-sentence.h"

#include "dossier-bytes.h"
#include "dossier-characters.h"
#include "dossier-document.h"
#include "dossier-word-lists.h"

#include <string.h>

static gboolean
is_closer (gunichar c)
{
  return dossier_unichar_closes_quote (c) || c == ')' || c == ']';
}

static gboolean
is_opener (gunichar c)
{
  return dossier_unichar_opens_quote (c) || c == '(' || c == '[';
}

/* Whether the full stop at @dot ends a sentence, judging by the word it
 * ends and the word that follows. */
static gboolean
stop_ends_sentence (const char *text,
                    gsize       dot,
                    gsize       next_word,
                    gsize       len)
{
  gsize word_start = dot;
  gsize word_len;
  const char *word;
  gsize next_len = 0;

  while (word_start > 0 && !g_ascii_isspace (text[word_start - 1]) && text[word_start - 1] != '(' &&
         text[word_start - 1] != '"')
    word_start--;
  word = text + word_start;
  word_len = dot - word_start;

  while (next_word + next_len < len && g_ascii_isalpha (text[next_word + next_len]))
    next_len++;

  /* An initial: "J. Smith", "George W. Bush". */
  if (word_len == 1 && g_ascii_isupper (word[0]))
    return FALSE;

  /* "U.S." or "e.g." — the dotted forms. */
  if (word_len >= 3 && memchr (word, '.', word_len) != NULL)
    {
      if (dossier_word_list_contains (&dossier_words_continuing_abbreviations, word, word_len))
        return FALSE;
      return dossier_word_list_contains (&dossier_words_sentence_openers, text + next_word, next_len);
    }

  if (dossier_word_list_contains (&dossier_words_continuing_abbreviations, word, word_len))
    {
      /* "etc." and "Inc." end sentences often enough: trust the next word. */
      if ((word_len == 3 && (memcmp (word, "etc", 3) == 0 || memcmp (word, "Inc", 3) == 0 ||
                             memcmp (word, "Ltd", 3) == 0)) ||
          (word_len == 2 && (memcmp (word, "Co", 2) == 0 || memcmp (word, "Jr", 2) == 0 ||
                             memcmp (word, "Sr", 2) == 0)))
        return dossier_word_list_contains (&dossier_words_sentence_openers, text + next_word, next_len);
      return FALSE;
    }

  return TRUE;
}

/* Whether the full stop at @dot closes a word of three small letters or
 * more and a capitalised word of letters follows it at once: "merger.Black",
 * not "U.S.", "e.g." nor "example.com". */
static gboolean
runs_into_next (const char *text,
                gsize       dot,
                gsize       len)
{
  gsize word = dot;

  if (dot < 3 || dot + 2 >= len || !g_ascii_isupper (text[dot + 1]) || !g_ascii_islower (text[dot + 2]))
    return FALSE;
  while (word > 0 && g_ascii_isalpha (text[word - 1]))
    word--;
  if (dot - word < 3)
    return FALSE;
  for (gsize i = dot - 3; i < dot; i++)
    if (!g_ascii_islower (text[i]))
      return FALSE;
  /* … a word, not the end of an address or a handle. */
  return word == 0 || !strchr ("/@.:_-", text[word - 1]);
}

/* The first position from @p on that may end a sentence ('.', '!', '?'
 * or a byte above ASCII, as the ellipsis is), or @len.  Eight bytes are
 * tested at a time while they hold none: most of a sentence is words. */
static gsize
skip_to_stop (const char *text,
              gsize       p,
              gsize       len)
{
  while (p + 8 <= len)
    {
      guint64 word = dossier_bytes_load (text + p);

      if (dossier_bytes_equal (word, '.') | dossier_bytes_equal (word, '!') | dossier_bytes_equal (word, '?') |
          dossier_bytes_high (word))
        break;
      p += 8;
    }
  while (p < len && text[p] != '.' && text[p] != '!' && text[p] != '?' && (guchar) text[p] < 0x80)
    p++;
  return p;
}

void
dossier_sentence_iter_init (DossierSentenceIter *iter,
                            const char          *text,
                            gsize                len)
{
  iter->text = text;
  iter->len = len;
  iter->position = 0;
}

gboolean
dossier_sentence_iter_next (DossierSentenceIter *iter,
                            gsize               *start,
                            gsize               *end)
{
  const char *text = iter->text;
  gsize len = iter->len;
  gsize p = iter->position;
  gsize sentence_start;

  while (p < len && (g_ascii_isspace (text[p]) || (guchar) text[p] == 0xC2))
    {
      if ((guchar) text[p] == 0xC2 && p + 1 < len && (guchar) text[p + 1] == 0xA0)
        p += 2;
      else if ((guchar) text[p] == 0xC2)
        break;
      else
        p++;
    }
  if (p >= len)
    {
      iter->position = len;
      return FALSE;
    }

  sentence_start = p;
  while (p < len)
    {
      char c = text[p];
      gsize stop = p;
      gsize after;
      gunichar next;

      if (c != '.' && c != '!' && c != '?' &&
          !(c == '\xE2' && p + 2 < len && text[p + 1] == '\x80' && text[p + 2] == '\xA6'))
        {
          p = skip_to_stop (text, p + 1, len);
          continue;
        }

      /* Runs of stops ("?!", "...") and the closing quotes after them. */
      after = p;
      while (after < len && (text[after] == '.' || text[after] == '!' || text[after] == '?'))
        after++;
      if (after == p)
        after = p + 3; /* the ellipsis character */
      while (after < len)
        {
          gunichar q = g_utf8_get_char_validated (text + after, len - after);
          if (q == (gunichar) -1 || q == (gunichar) -2 || !is_closer (q))
            break;
          after = g_utf8_next_char (text + after) - text;
        }

      if (after >= len)
        {
          p = len;
          break;
        }
      /* Two sentences run together where a page lost the space between
       * them ("approved the merger.Black Spade shareholders …"): a word of
       * small letters, its full stop, then a capitalised word. */
      if (after == stop + 1 && text[stop] == '.' && runs_into_next (text, stop, len))
        {
          *start = sentence_start;
          *end = after;
          iter->position = after;
          return TRUE;
        }
      if (!g_ascii_isspace (text[after]) &&
          !((guchar) text[after] == 0xC2 && after + 1 < len && (guchar) text[after + 1] == 0xA0))
        {
          p = after;
          continue;
        }

      {
        gsize next_start = after;
        while (next_start < len && (g_ascii_isspace (text[next_start]) ||
                                    ((guchar) text[next_start] == 0xC2 && next_start + 1 < len &&
                                     (guchar) text[next_start + 1] == 0xA0)))
          next_start += (guchar) text[next_start] == 0xC2 ? 2 : 1;
        if (next_start >= len)
          {
            p = len;
            break;
          }
        next = g_utf8_get_char_validated (text + next_start, len - next_start);
        if (next == (gunichar) -1 || next == (gunichar) -2)
          next = 0;

        if (!(g_unichar_isupper (next) || g_unichar_isdigit (next) || is_opener (next)))
          {
            p = after;
            continue;
          }
        {
          gsize word_at = next_start;
          if (is_opener (next))
            word_at = g_utf8_next_char (text + next_start) - text;
          if (text[stop] == '.' && !stop_ends_sentence (text, stop, word_at, len))
            {
              p = after;
              continue;
            }
        }
        *start = sentence_start;
        *end = after;
        iter->position = next_start;
        return TRUE;
      }
    }

  *start = sentence_start;
  *end = p;
  while (*end > *start && g_ascii_isspace (text[*end - 1]))
    (*end)--;
  iter->position = len;
  return *end > *start;
}

void
dossier_sentences_split (const char *text,
                         gsize       len,
                         GArray     *spans)
{
  DossierSentenceIter iter;
  DossierSpan span;

  dossier_sentence_iter_init (&iter, text, len);
  while (dossier_sentence_iter_next (&iter, &span.start, &span.end))
    g_array_append_val (spans, span);
}
