/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Lists of words the analysis knows: abbreviations, sentence openers,
 * speech verbs, units, time zones.  Each is a file of data/words/ with its
 * purpose and source written at its top, compiled into the library by
 * tools/gen-word-lists.py; dossier-word-lists.h (generated) declares them
 * as dossier_words_<file name>. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char * const *words;   /* in the file's order */
  guint n_words;
  /* Open-addressing tables of the words (made by tools/gen-word-lists.py):
   * per slot a word's index + 1, 0 for an empty one; a word's first slot
   * is its FNV-1a hash, of its bytes or of its bytes with ASCII capitals
   * made small, masked with @mask. */
  const guint16 *slots;
  const guint16 *any_case_slots;
  guint mask;
} DossierWordList;

/* Whether the @len bytes at @word are an entry of @list, exactly. */
gboolean dossier_word_list_contains          (const DossierWordList *list,
                                              const char            *word,
                                              gsize                  len);
/* The same, ASCII letters compared without case. */
gboolean dossier_word_list_contains_any_case (const DossierWordList *list,
                                              const char            *word,
                                              gsize                  len);

G_END_DECLS
