/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-action-lexicon.h"

#include <string.h>

#include "dossier-action-lexicon-data.h"
#include "dossier-sort.h"
#include "dossier-word-list.h"

/* Longer words are no English word WordNet lists as a single lemma. */
#define MAX_WORD 40

/* The lemmas and the irregular forms are found through the hash indexes
 * generated with them: no table to build when the program starts, and no
 * bisection per word. */
static int
find_lemma (const char *lemma)
{
  const char * const *found = dossier_name_index_find (&dossier_action_lemma_index, dossier_action_lemmas,
                                                       sizeof dossier_action_lemmas[0], lemma, strlen (lemma));

  return found != NULL ? (int) (found - dossier_action_lemmas) : -1;
}

static const char *
find_irregular (const char *form)
{
  const char * const *found = dossier_name_index_find (&dossier_action_irregular_index, dossier_action_irregular,
                                                       sizeof dossier_action_irregular[0], form, strlen (form));

  return found != NULL ? found[1] : NULL;
}

gboolean
dossier_action_is_past_form (const char *word,
                             gsize       len)
{
  char lower[64];

  if (len < 3 || len >= sizeof lower)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    lower[i] = g_ascii_tolower (word[i]);
  lower[len] = '\0';
  if (g_str_has_suffix (lower, "ing"))
    return FALSE;
  return g_str_has_suffix (lower, "ed") || find_irregular (lower) != NULL;
}

/* How a word is written: as its lemma, a plural or third person ("-s"),
 * or a form only a verb has ("-ed", "-ing", "won"). */
typedef enum
{
  FORM_BASE,
  FORM_S,
  FORM_VERBAL,
} Form;

/* Merges the @n_more ascending @more into the @n ascending @classes,
 * without repeats and up to DOSSIER_ACTION_MAX_CLASSES; returns how many
 * there are. */
static guint
merge_classes (guint32       *classes,
               guint          n,
               const guint32 *more,
               guint          n_more)
{
  guint32 merged[DOSSIER_ACTION_MAX_CLASSES];
  guint i = 0, j = 0, m = 0;

  if (n_more == 0)
    return n;
  while ((i < n || j < n_more) && m < DOSSIER_ACTION_MAX_CLASSES)
    {
      guint32 next;

      if (j >= n_more || (i < n && classes[i] <= more[j]))
        next = classes[i++];
      else
        next = more[j++];
      if (m == 0 || merged[m - 1] != next)
        merged[m++] = next;
    }
  memcpy (classes, merged, m * sizeof *classes);
  return m;
}

/* Adds the classes of @lemma, keeping @classes sorted and without repeats;
 * a lemma of @excluded makes the whole word no action (*@excluded_found).
 * A word that is a noun more often than a verb ("moon", "film", "team")
 * gives its verb readings only when written as a verb. */
static guint
add_lemma (const char            *lemma,
           Form                   form,
           const DossierWordList *excluded,
           gboolean              *excluded_found,
           gboolean              *verbal,
           guint32               *classes,
           guint                  n)
{
  int index = find_lemma (lemma);
  guint32 first;

  if (index < 0)
    return n;
  if (excluded != NULL && dossier_word_list_contains (excluded, lemma, strlen (lemma)))
    {
      *excluded_found = TRUE;
      return n;
    }
  first = form != FORM_VERBAL && dossier_action_noun_dominant[index] ? dossier_action_noun_starts[index]
                                                                     : dossier_action_lemma_starts[index];
  if (first < dossier_action_noun_starts[index])
    *verbal = TRUE;
  /* The verb part and the noun part are each in ascending order. */
  if (first < dossier_action_noun_starts[index])
    n = merge_classes (classes, n, dossier_action_classes + first,
                       dossier_action_noun_starts[index] - first);
  first = MAX (first, dossier_action_noun_starts[index]);
  return merge_classes (classes, n, dossier_action_classes + first, dossier_action_lemma_starts[index + 1] - first);
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

/* Copies the @len letters at @word to @lower in small letters, ending it;
 * FALSE where one is no ASCII letter.  @lower holds MAX_WORD + 1 bytes. */
static gboolean
copy_lower (const char *word,
            gsize       len,
            char       *lower)
{
  for (gsize i = 0; i < len; i++)
    {
      if (!g_ascii_isalpha (word[i]))
        return FALSE;
      lower[i] = g_ascii_tolower (word[i]);
    }
  lower[len] = '\0';
  return TRUE;
}

/* WordNet's own rules of detachment (morphy), for nouns and verbs. */
static const char * const rules[][2] = {
  { "s", "" }, { "ses", "s" }, { "xes", "x" }, { "zes", "z" }, { "ches", "ch" }, { "shes", "sh" },
  { "ies", "y" }, { "es", "e" }, { "es", "" }, { "ed", "e" }, { "ed", "" }, { "ing", "e" }, { "ing", "" },
};

guint
dossier_action_classes_find (const char            *word,
                             gsize                  len,
                             const DossierWordList *excluded,
                             guint32               *classes,
                             gboolean              *verbal)
{
  char lower[MAX_WORD + 1];
  char candidate[MAX_WORD + 1];
  const char *irregular;
  gboolean excluded_found = FALSE;
  gboolean as_verb = FALSE;
  guint n = 0;

  if (len < 2 || len > MAX_WORD)
    return 0;
  if (!copy_lower (word, len, lower))
    return 0;

  n = add_lemma (lower, FORM_BASE, excluded, &excluded_found, &as_verb, classes, n);
  irregular = find_irregular (lower);
  if (irregular != NULL)
    n = add_lemma (irregular, FORM_VERBAL, excluded, &excluded_found, &as_verb, classes, n);
  for (guint r = 0; r < G_N_ELEMENTS (rules); r++)
    if (strip (lower, len, rules[r][0], rules[r][1], candidate))
      /* "-ing" is as often a noun ("housing", "meeting") as a verb: read
       * as the plural is, by which the word more often is. */
      n = add_lemma (candidate, g_str_has_suffix (rules[r][0], "s") || g_str_has_suffix (rules[r][0], "ing")
                                ? FORM_S : FORM_VERBAL,
                     excluded, &excluded_found, &as_verb, classes, n);
  /* A doubled final consonant before -ed or -ing: "stopped", "hitting". */
  if ((strip (lower, len, "ed", "", candidate) || strip (lower, len, "ing", "", candidate)) &&
      strlen (candidate) >= 3 && candidate[strlen (candidate) - 1] == candidate[strlen (candidate) - 2])
    {
      candidate[strlen (candidate) - 1] = '\0';
      n = add_lemma (candidate, FORM_VERBAL, excluded, &excluded_found, &as_verb, classes, n);
    }
  if (verbal != NULL)
    *verbal = as_verb && !excluded_found;
  return excluded_found ? 0 : n;
}

guint
dossier_action_verb_classes_find (const char            *word,
                                  gsize                  len,
                                  const DossierWordList *excluded,
                                  guint32               *classes)
{
  char lower[MAX_WORD + 1];
  gboolean excluded_found = FALSE;
  gboolean as_verb = FALSE;
  guint n;

  if (len < 2 || len > MAX_WORD)
    return 0;
  if (!copy_lower (word, len, lower))
    return 0;
  n = add_lemma (lower, FORM_VERBAL, excluded, &excluded_found, &as_verb, classes, 0);
  return excluded_found || !as_verb ? 0 : n;
}

/* Adds the classes of "@lemma_@particle" (a verb of two words), when
 * WordNet has it. */
static guint
add_phrase (const char *lemma,
            const char *particle,
            guint32    *classes,
            guint       n)
{
  char phrase[2 * MAX_WORD + 2];
  gboolean excluded_found = FALSE, verbal = FALSE;

  g_snprintf (phrase, sizeof phrase, "%s_%s", lemma, particle);
  return add_lemma (phrase, FORM_VERBAL, NULL, &excluded_found, &verbal, classes, n);
}

guint
dossier_action_phrase_classes_find (const char *word,
                                    gsize       len,
                                    const char *particle,
                                    gsize       particle_len,
                                    guint32    *classes)
{
  char lower[MAX_WORD + 1];
  char lower_particle[MAX_WORD + 1];
  char candidate[MAX_WORD + 1];
  const char *irregular;
  guint n = 0;

  if (len < 2 || len > MAX_WORD || particle_len < 2 || particle_len > MAX_WORD)
    return 0;
  if (!copy_lower (word, len, lower))
    return 0;
  for (gsize i = 0; i < particle_len; i++)
    lower_particle[i] = g_ascii_tolower (particle[i]);
  lower_particle[particle_len] = '\0';

  n = add_phrase (lower, lower_particle, classes, n);
  irregular = find_irregular (lower);
  if (irregular != NULL)
    n = add_phrase (irregular, lower_particle, classes, n);
  /* A verb's endings only: "takes", "took", "taking", "stepped". */
  for (guint r = 0; r < G_N_ELEMENTS (rules); r++)
    if (strip (lower, len, rules[r][0], rules[r][1], candidate))
      n = add_phrase (candidate, lower_particle, classes, n);
  if ((strip (lower, len, "ed", "", candidate) || strip (lower, len, "ing", "", candidate)) &&
      strlen (candidate) >= 3 && candidate[strlen (candidate) - 1] == candidate[strlen (candidate) - 2])
    {
      candidate[strlen (candidate) - 1] = '\0';
      n = add_phrase (candidate, lower_particle, classes, n);
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
