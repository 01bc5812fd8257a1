/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The word lists the cleaner weighs lines with, from data/words/ (each
 * file says what it holds and where it comes from), made once into the
 * sets and sorted lists of dossier-clean-lookup.h: function words by
 * language, furniture phrases, widget words, the lines that end an
 * article, credit phrases (dossier-clean-words.c). */

#pragma once

#include "dossier-clean-lookup.h"
#include "dossier-phrase-set.h"

G_BEGIN_DECLS

/* The languages whose function words the cleaner knows, as bits of the
 * function-word set's values. */
typedef enum
{
  LANGUAGE_EN,
  LANGUAGE_DE,
  LANGUAGE_FR,
  LANGUAGE_ES,
  LANGUAGE_IT,
  LANGUAGE_PT,
  LANGUAGE_NL,
  LANGUAGE_PL,
  N_LANGUAGES,
} Language;

/* The ISO 639-1 code of @language: "en", "de", … */
const char *_dossier_clean_language_code (Language language);

typedef struct
{
  const char * const *items;   /* sorted by byte */
  gsize n;
  gsize longest;               /* the length of the longest item */
  /* An open-addressing table of the items by _dossier_word_hash (), of
   * twice as many slots as items: an item's index plus one, 0 for an
   * empty slot.  A line's words are looked up in it, where a search by
   * halves compared strings at every step. */
  guint16 *slots;
  gsize mask;
} SortedList;

typedef struct
{
  WordSet function_words;              /* values: 1 << Language, or'ed */
  SortedList furniture_phrases;
  FirstWordIndex furniture_first_words;
  SortedList widget_words;
  SortedList tail_markers;
  SortedList tail_marker_starts;
  /* The tail-marker starts that start with each byte: items [first, end). */
  guint16 tail_marker_start_first[256];
  guint16 tail_marker_start_end[256];
  SortedList credit_phrases;
  /* The credit phrases, looked for in one pass over a line. */
  DossierPhraseSet *credit_phrase_set;
} CleanWords;

/* The lists, made on first use and never changed after. */
const CleanWords *_dossier_clean_words           (void);

/* Whether the @len bytes at @word are an item of @list. */
static inline gboolean
_dossier_sorted_list_contains (const SortedList *list,
                               const char       *word,
                               gsize             len)
{
  /* Most lines asked about are longer than any item: told at once. */
  if (len > list->longest)
    return FALSE;
  for (gsize slot = _dossier_word_hash (word, len) & list->mask; list->slots[slot] != 0;
       slot = (slot + 1) & list->mask)
    {
      const char *item = list->items[list->slots[slot] - 1];

      if (strncmp (item, word, len) == 0 && item[len] == '\0')
        return TRUE;
    }
  return FALSE;
}

G_END_DECLS
