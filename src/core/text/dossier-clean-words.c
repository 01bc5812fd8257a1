/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The cleaner's word lists of dossier-clean-words.h.  The lists of
 * data/words/ keep their files' order, grouped by language; the cleaner
 * looks words up by halves and phrases by their first word, so each is
 * copied once, sorted by byte and without repeats. */

#include "config.h"

#include "dossier-clean-words.h"

#include <string.h>

#include "dossier-word-lists.h"

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* A sorted copy of the items of @lists (@n_lists of them), repeats left
 * out; the items themselves are the lists'. */
static SortedList
sorted_list (const DossierWordList * const *lists,
             gsize                          n_lists)
{
  GPtrArray *items = g_ptr_array_new ();
  SortedList sorted;
  guint kept = 0;

  for (gsize l = 0; l < n_lists; l++)
    for (guint i = 0; i < lists[l]->n_words; i++)
      g_ptr_array_add (items, (gpointer) lists[l]->words[i]);
  g_ptr_array_sort (items, compare_strings);
  for (guint i = 0; i < items->len; i++)
    if (kept == 0 || strcmp (g_ptr_array_index (items, kept - 1), g_ptr_array_index (items, i)) != 0)
      items->pdata[kept++] = items->pdata[i];
  g_ptr_array_set_size (items, kept);
  sorted.longest = 0;
  for (guint i = 0; i < items->len; i++)
    sorted.longest = MAX (sorted.longest, strlen (g_ptr_array_index (items, i)));
  {
    gsize size = 16;

    g_assert (items->len < G_MAXUINT16);
    while (size < 2 * (gsize) items->len)
      size *= 2;
    sorted.slots = g_new0 (guint16, size);
    sorted.mask = size - 1;
    for (guint i = 0; i < items->len; i++)
      {
        const char *item = g_ptr_array_index (items, i);
        gsize slot = _dossier_word_hash (item, strlen (item)) & sorted.mask;

        while (sorted.slots[slot] != 0)
          slot = (slot + 1) & sorted.mask;
        sorted.slots[slot] = i + 1;
      }
  }
  sorted.n = items->len;
  sorted.items = (const char * const *) g_ptr_array_free (items, items->len == 0);
  return sorted;
}

static SortedList
sorted_one (const DossierWordList *list)
{
  return sorted_list (&list, 1);
}

/* A language is a bit of the function-word set's eight-bit values. */
G_STATIC_ASSERT (N_LANGUAGES <= 8);

static CleanWords *
make_words (void)
{
  CleanWords *words = g_new0 (CleanWords, 1);
  const DossierWordList *function_words[N_LANGUAGES] = {
    [LANGUAGE_EN] = &dossier_words_function_words_en,
    [LANGUAGE_DE] = &dossier_words_function_words_de,
    [LANGUAGE_FR] = &dossier_words_function_words_fr,
    [LANGUAGE_ES] = &dossier_words_function_words_es,
    [LANGUAGE_IT] = &dossier_words_function_words_it,
    [LANGUAGE_PT] = &dossier_words_function_words_pt,
    [LANGUAGE_NL] = &dossier_words_function_words_nl,
    [LANGUAGE_PL] = &dossier_words_function_words_pl,
  };
  gsize n_function_words = 0;

  _dossier_word_set_clear (&words->function_words);
  for (guint language = 0; language < N_LANGUAGES; language++)
    {
      _dossier_word_set_add (&words->function_words, function_words[language]->words,
                             function_words[language]->n_words, 1u << language);
      n_function_words += function_words[language]->n_words;
    }
  /* Under half full (words shared by languages counted for each): a miss
   * must stay a probe or two. */
  g_assert (n_function_words * 2 <= WORD_SET_SIZE);

  words->furniture_phrases = sorted_one (&dossier_words_furniture_phrases);
  _dossier_first_word_index_init (&words->furniture_first_words, words->furniture_phrases.items,
                                  words->furniture_phrases.n);
  words->widget_words = sorted_one (&dossier_words_widget_words);
  words->tail_markers = sorted_one (&dossier_words_tail_markers);
  words->tail_marker_starts = sorted_one (&dossier_words_tail_marker_starts);
  for (gsize i = words->tail_marker_starts.n; i > 0; i--)
    {
      guchar first = words->tail_marker_starts.items[i - 1][0];

      if (words->tail_marker_start_end[first] == 0)
        words->tail_marker_start_end[first] = i;
      words->tail_marker_start_first[first] = i - 1;
    }
  words->credit_phrases = sorted_one (&dossier_words_credit_phrases);
  words->credit_phrase_set = dossier_phrase_set_new (words->credit_phrases.items, words->credit_phrases.n);
  return words;
}

const CleanWords *
_dossier_clean_words (void)
{
  static CleanWords *words;

  if (g_once_init_enter (&words))
    g_once_init_leave (&words, make_words ());
  return words;
}

const char *
_dossier_clean_language_code (Language language)
{
  static const char * const codes[N_LANGUAGES] = {
    [LANGUAGE_EN] = "en", [LANGUAGE_DE] = "de", [LANGUAGE_FR] = "fr", [LANGUAGE_ES] = "es",
    [LANGUAGE_IT] = "it", [LANGUAGE_PT] = "pt", [LANGUAGE_NL] = "nl", [LANGUAGE_PL] = "pl",
  };

  return language < N_LANGUAGES ? codes[language] : NULL;
}
