/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-action-lexicon.h"

#include <string.h>

#include "dossier-action-lexicon-data.h"

/* Longer words are no English word WordNet lists as a single lemma. */
#define MAX_WORD 40

static int
find_lemma (const char *lemma)
{
  guint low = 0, high = dossier_action_n_lemmas;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      int order = strcmp (dossier_action_lemmas[middle], lemma);

      if (order == 0)
        return (int) middle;
      if (order < 0)
        low = middle + 1;
      else
        high = middle;
    }
  return -1;
}

static const char *
find_irregular (const char *form)
{
  guint low = 0, high = dossier_action_n_irregular;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      int order = strcmp (dossier_action_irregular[middle][0], form);

      if (order == 0)
        return dossier_action_irregular[middle][1];
      if (order < 0)
        low = middle + 1;
      else
        high = middle;
    }
  return NULL;
}

/* Adds the classes of @lemma, keeping @classes sorted and without repeats. */
static guint
add_lemma (const char *lemma,
           guint32    *classes,
           guint       n)
{
  int index = find_lemma (lemma);

  if (index < 0)
    return n;
  for (guint32 k = dossier_action_lemma_starts[index]; k < dossier_action_lemma_starts[index + 1]; k++)
    {
      guint32 class = dossier_action_classes[k];
      guint at = 0;

      while (at < n && classes[at] < class)
        at++;
      if ((at < n && classes[at] == class) || n == DOSSIER_ACTION_MAX_CLASSES)
        continue;
      memmove (classes + at + 1, classes + at, (n - at) * sizeof *classes);
      classes[at] = class;
      n++;
    }
  return n;
}

/* The word with @suffix replaced by @replacement, when it ends so and
 * keeps at least two letters of its own. */
static gboolean
strip (const char *word,
       gsize       len,
       const char *suffix,
       const char *replacement,
       char       *out)
{
  gsize n = strlen (suffix);

  if (len < n + 2 || memcmp (word + len - n, suffix, n) != 0)
    return FALSE;
  memcpy (out, word, len - n);
  strcpy (out + len - n, replacement);
  return TRUE;
}

guint
dossier_action_classes_find (const char *word,
                             gsize       len,
                             guint32    *classes)
{
  /* WordNet's own rules of detachment (morphy), for nouns and verbs. */
  static const char * const rules[][2] = {
    { "s", "" }, { "ses", "s" }, { "xes", "x" }, { "zes", "z" }, { "ches", "ch" }, { "shes", "sh" },
    { "ies", "y" }, { "es", "e" }, { "es", "" }, { "ed", "e" }, { "ed", "" }, { "ing", "e" }, { "ing", "" },
  };
  char lower[MAX_WORD + 1];
  char candidate[MAX_WORD + 1];
  const char *irregular;
  guint n = 0;

  if (len < 2 || len > MAX_WORD)
    return 0;
  for (gsize i = 0; i < len; i++)
    {
      if (!g_ascii_isalpha (word[i]))
        return 0;
      lower[i] = g_ascii_tolower (word[i]);
    }
  lower[len] = '\0';

  n = add_lemma (lower, classes, n);
  irregular = find_irregular (lower);
  if (irregular != NULL)
    n = add_lemma (irregular, classes, n);
  for (guint r = 0; r < G_N_ELEMENTS (rules); r++)
    if (strip (lower, len, rules[r][0], rules[r][1], candidate))
      n = add_lemma (candidate, classes, n);
  /* A doubled final consonant before -ed or -ing: "stopped", "hitting". */
  if ((strip (lower, len, "ed", "", candidate) || strip (lower, len, "ing", "", candidate)) &&
      strlen (candidate) >= 3 && candidate[strlen (candidate) - 1] == candidate[strlen (candidate) - 2])
    {
      candidate[strlen (candidate) - 1] = '\0';
      n = add_lemma (candidate, classes, n);
    }
  return n;
}

gboolean
dossier_action_classes_meet (const guint32 *a,
                             guint          n_a,
                             const guint32 *b,
                             guint          n_b)
{
  guint i = 0, j = 0;

  while (i < n_a && j < n_b)
    {
      if (a[i] == b[j])
        return TRUE;
      if (a[i] < b[j])
        i++;
      else
        j++;
    }
  return FALSE;
}
