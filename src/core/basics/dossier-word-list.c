/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-word-list.h"

gboolean
dossier_word_list_contains (const DossierWordList *list,
                            const char            *word,
                            gsize                  len)
{
  /* Compared in place, not with strlen () per entry: most entries differ
   * from the word at its first byte, which is tested before the loop. */
  for (guint i = 0; i < list->n_words; i++)
    {
      const char *entry = list->words[i];
      gsize k = 0;

      if (len > 0 && entry[0] != word[0])
        continue;
      while (k < len && entry[k] == word[k])
        k++;
      if (k == len && entry[len] == '\0')
        return TRUE;
    }
  return FALSE;
}

gboolean
dossier_word_list_contains_any_case (const DossierWordList *list,
                                     const char            *word,
                                     gsize                  len)
{
  for (guint i = 0; i < list->n_words; i++)
    {
      const char *entry = list->words[i];
      gsize k = 0;

      while (k < len && entry[k] != '\0' && g_ascii_tolower (entry[k]) == g_ascii_tolower (word[k]))
        k++;
      if (k == len && entry[len] == '\0')
        return TRUE;
    }
  return FALSE;
}
