/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The sets and lookups declared in dossier-clean-lookup.h. */

#include "config.h"

#include "dossier-clean-lookup.h"

#include <string.h>

#include "dossier-bytes.h"

static inline guint64
pack_word (const char *word,
           gsize       len)
{
  guint64 key = 0;

  memcpy (&key, word, len);
  return key;
}

void
_dossier_word_set_clear (WordSet *set)
{
  memset (set, 0, sizeof *set);
}

void
_dossier_word_set_add (WordSet            *set,
                       const char * const *words,
                       gsize               n_words,
                       guint               value)
{
  g_assert (value != 0 && value <= G_MAXUINT8);
  for (gsize i = 0; i < n_words; i++)
    {
      gsize len = strlen (words[i]);
      guint64 key;
      guint slot;

      guint32 fingerprint;

      g_assert (len > 0 && len <= sizeof key);
      key = pack_word (words[i], len);
      for (slot = _dossier_word_set_slot (key, &fingerprint); set->keys[slot] != 0 && set->keys[slot] != fingerprint;
           slot = (slot + 1) % WORD_SET_SIZE)
        ;
      set->keys[slot] = fingerprint;
      set->values[slot] |= value;
    }
}

void
_dossier_first_word_index_init (FirstWordIndex     *index,
                                const char * const *phrases,
                                gsize               n_phrases)
{
  FirstWordSlot *run = NULL;

  g_assert (n_phrases <= G_MAXUINT16);
  memset (index, 0, sizeof *index);
  for (gsize i = 0; i < n_phrases; i++)
    {
      const char *space = strchr (phrases[i], ' ');
      gsize len = space != NULL ? (gsize) (space - phrases[i]) : strlen (phrases[i]);
      guint slot;

      /* Sorted phrases with one first word are neighbours. */
      if (run != NULL && run->len == len && memcmp (phrases[run->first], phrases[i], len) == 0)
        {
          g_assert (run->count < G_MAXUINT8);
          run->count++;
          continue;
        }
      for (slot = _dossier_first_word_hash (phrases[i], len); index->slots[slot].count != 0;
           slot = (slot + 1) % G_N_ELEMENTS (index->slots))
        g_assert (index->slots[slot].len != len || memcmp (phrases[index->slots[slot].first], phrases[i], len) != 0);
      run = &index->slots[slot];
      run->first = i;
      run->count = 1;
      run->len = len;
    }
}

/* strcmp () of @len bytes at @word (no NUL among them) against the
 * string @element, inline: the lists hold short words. */
static inline int
compare_word (const char *word,
              gsize       len,
              const char *element)
{
  for (gsize i = 0; i < len; i++)
    {
      if (element[i] != word[i])
        return (guchar) word[i] - (guchar) element[i];
    }
  return element[len] == '\0' ? 0 : -1;
}

/* The cleaner's word lists are sorted (by byte) so that a lookup is a
 * binary search: the cleaner asks for every word of every line. */
gboolean
_dossier_in_list_len (const char         *word,
                      gsize               len,
                      const char * const *list,
                      gsize               n_list)
{
  gsize low = 0, high = n_list;

  while (low < high)
    {
      gsize middle = (low + high) / 2;
      int order = compare_word (word, len, list[middle]);

      if (order == 0)
        return TRUE;
      if (order < 0)
        high = middle;
      else
        low = middle + 1;
    }
  return FALSE;
}

gboolean
_dossier_in_list (const char         *word,
                  const char * const *list,
                  gsize               n_list)
{
  return _dossier_in_list_len (word, strlen (word), list, n_list);
}

/* Copies @len bytes of @text to @out with ASCII upper case folded, as
 * _dossier_ascii_lower () does byte by byte, eight bytes at a time;
 * returns the end of the copy. */
char *
_dossier_ascii_lower_copy (char       *out,
                           const char *text,
                           gsize       len)
{
  gsize i = 0;

  for (; i + 8 <= len; i += 8)
    {
      guint64 word = dossier_bytes_ascii_down (dossier_bytes_load (text + i));
      memcpy (out + i, &word, 8);
    }
  for (; i < len; i++)
    out[i] = _dossier_ascii_lower (text[i]);
  return out + len;
}

char *
_dossier_ascii_strdown (const char *text,
                        gssize      len)
{
  gsize n = len < 0 ? strlen (text) : strnlen (text, len);
  char *lower = g_malloc (n + 1);

  *_dossier_ascii_lower_copy (lower, text, n) = '\0';
  return lower;
}

/* Whether any of @phrases occurs in @text.  A table of the byte pairs in
 * @text rules out most phrases before a strstr (): a phrase can only
 * occur if each of its first pairs does. */
gboolean
_dossier_contains_any_phrase (const char         *text,
                              const char * const *phrases,
                              gsize               n_phrases)
{
  /* A byte per pair, not a bit: setting it is a plain store, where a
   * bit would read, modify and write back the same word byte after byte. */
  guint8 pairs[1024];
  gsize len = strlen (text);

  memset (pairs, 0, sizeof pairs);
#define PAIR_BIT(a, b) ((((guint) (guchar) (a) << 5) ^ (guchar) (b)) & 1023)
  for (gsize i = 0; i + 1 < len; i++)
    pairs[PAIR_BIT (text[i], text[i + 1])] = 1;

  for (gsize i = 0; i < n_phrases; i++)
    {
      const char *phrase = phrases[i];
      gboolean possible = TRUE;

      for (gsize k = 0; k < 4 && possible && phrase[k] != '\0' && phrase[k + 1] != '\0'; k++)
        {
          possible = pairs[PAIR_BIT (phrase[k], phrase[k + 1])];
        }
      if (possible && strstr (text, phrase) != NULL)
        return TRUE;
    }
#undef PAIR_BIT
  return FALSE;
}
