/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-sentence.h"

#include "dossier-document.h"

#include <string.h>

/* Abbreviations after which a full stop does not end a sentence: titles
 * always precede a name; the others usually continue ("Oct. 17", "No. 3"). */
static const char * const continuing_abbreviations[] = {
  "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Sgt", "Capt", "Cmdr",
  "Adm", "Maj", "Gov", "Sen", "Rep", "Rev", "St", "Mt", "Hon", "Pres", "Supt",
  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
  "Nov", "Dec", "No", "Nos", "Vol", "vs", "approx", "Dept", "Fig", "Ft",
  "Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "Bros", "Univ", "Ave", "Blvd",
  "est", "cf", "al", "e.g", "i.e", "a.m", "p.m", "etc",
};

/* Words that start sentences; after "U.S." or "etc." they show that the
 * stop did end one. */
static const char * const sentence_openers[] = {
  "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This",
  "That", "These", "Those", "But", "And", "In", "On", "At", "As", "If",
  "When", "While", "However", "Meanwhile", "Earlier", "Later", "There",
  "His", "Her", "Their", "Our", "Its", "According", "After", "Before",
  "Since", "During", "Despite", "Although", "Yet", "So", "For", "Some",
  "Many", "Most", "Other", "Another", "Officials", "What", "Why", "How",
};

static gboolean
word_in (const char         *word,
         gsize               len,
         const char * const *list,
         gsize               n_list)
{
  /* The first byte rules out most entries before strlen (). */
  for (gsize i = 0; i < n_list; i++)
    if ((len == 0 || list[i][0] == word[0]) && strlen (list[i]) == len && memcmp (list[i], word, len) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_closer (gunichar c)
{
  return c == '"' || c == '\'' || c == 0x201D || c == 0x2019 || c == ')' || c == ']' || c == 0x00BB;
}

static gboolean
is_opener (gunichar c)
{
  return c == '"' || c == '\'' || c == 0x201C || c == 0x2018 || c == '(' || c == '[' || c == 0x00AB;
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
      if (word_in (word, word_len, continuing_abbreviations, G_N_ELEMENTS (continuing_abbreviations)))
        return FALSE;
      return word_in (text + next_word, next_len, sentence_openers, G_N_ELEMENTS (sentence_openers));
    }

  if (word_in (word, word_len, continuing_abbreviations, G_N_ELEMENTS (continuing_abbreviations)))
    {
      /* "etc." and "Inc." end sentences often enough: trust the next word. */
      if ((word_len == 3 && (memcmp (word, "etc", 3) == 0 || memcmp (word, "Inc", 3) == 0 ||
                             memcmp (word, "Ltd", 3) == 0)) ||
          (word_len == 2 && (memcmp (word, "Co", 2) == 0 || memcmp (word, "Jr", 2) == 0 ||
                             memcmp (word, "Sr", 2) == 0)))
        return word_in (text + next_word, next_len, sentence_openers, G_N_ELEMENTS (sentence_openers));
      return FALSE;
    }

  return TRUE;
}

/* The first position from @p on that may end a sentence ('.', '!', '?'
 * or a byte above ASCII, as the ellipsis is), or @len.  Eight bytes are
 * tested at a time while they hold none: most of a sentence is words. */
static gsize
skip_to_stop (const char *text,
              gsize       p,
              gsize       len)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);

  while (p + 8 <= len)
    {
      guint64 word, dots, bangs, questions;

      memcpy (&word, text + p, 8);
      dots = word ^ (ones * '.');
      bangs = word ^ (ones * '!');
      questions = word ^ (ones * '?');
      /* A zero byte in dots, bangs or questions is such a stop in word. */
      if ((((dots - ones) & ~dots) | ((bangs - ones) & ~bangs) | ((questions - ones) & ~questions) | word) & highs)
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
