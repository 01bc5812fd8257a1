/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-word-list.h"

/* FNV-1a, as the generator computes it. */
#define HASH_INIT 2166136261u
#define HASH_STEP(hash, byte) (((hash) ^ (guchar) (byte)) * 16777619u)

static inline char
ascii_lower (char c)
{
  return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

gboolean
dossier_word_list_contains (const DossierWordList *list,
                            const char            *word,
                            gsize                  len)
{
  guint32 hash = HASH_INIT;

  for (gsize i = 0; i < len; i++)
    hash = HASH_STEP (hash, word[i]);
  /* A word is looked up by its hash, not compared with every entry: the
   * lists are asked about every word of some lines. */
  for (guint slot = hash & list->mask; list->slots[slot] != 0; slot = (slot + 1) & list->mask)
    {
      const char *entry = list->words[list->slots[slot] - 1];
      gsize k = 0;

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
  guint32 hash = HASH_INIT;

  for (gsize i = 0; i < len; i++)
    hash = HASH_STEP (hash, ascii_lower (word[i]));
  for (guint slot = hash & list->mask; list->any_case_slots[slot] != 0; slot = (slot + 1) & list->mask)
    {
      const char *entry = list->words[list->any_case_slots[slot] - 1];
      gsize k = 0;

      while (k < len && entry[k] != '\0' && g_ascii_tolower (entry[k]) == g_ascii_tolower (word[k]))
        k++;
      if (k == len && entry[len] == '\0')
        return TRUE;
    }
  return FALSE;
}
