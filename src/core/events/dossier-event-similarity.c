/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* How alike two sentences are, and which sentences may be alike at all.
 * Likeness is the cosine of their tf-idf weights over the vocabulary's
 * terms; finding candidates goes through the few rarest terms of a
 * sentence (blocking), since two sentences alike enough to matter share
 * rare words, and comparing every sentence with every other would take a
 * large dossier hours. */

#include "dossier-event-similarity.h"

#include "dossier-event-terms.h"
#include "dossier-event-thresholds.h"

double
_dossier_event_similarity (DossierVocabulary *vocabulary,
                           GArray            *a,
                           double             norm_a,
                           GArray            *b,
                           double             norm_b)
{
  double dot = 0;
  guint i = 0, j = 0;

  if (norm_a <= 0 || norm_b <= 0)
    return 0;
  while (i < a->len && j < b->len)
    {
      guint ta = g_array_index (a, guint, i), tb = g_array_index (b, guint, j);
      if (ta == tb)
        {
          double w = _dossier_vocabulary_idf (vocabulary, ta);
          dot += w * w;
          i++;
          j++;
        }
      else if (ta < tb)
        i++;
      else
        j++;
    }
  return dot / (norm_a * norm_b);
}

void
_dossier_event_bucket_add (GHashTable *buckets,
                           int         key,
                           guint       index)
{
  GArray *bucket = g_hash_table_lookup (buckets, GINT_TO_POINTER (key));

  if (bucket == NULL)
    {
      bucket = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (buckets, GINT_TO_POINTER (key), bucket);
    }
  g_array_append_val (bucket, index);
}

guint
_dossier_event_rarest_terms (DossierVocabulary *vocabulary,
                             GArray            *terms,
                             guint             *rare,
                             guint              n)
{
  guint n_rare = 0;

  for (guint t = 0; t < terms->len; t++)
    {
      guint term = g_array_index (terms, guint, t);
      guint df = g_array_index (vocabulary->document_frequency, guint, term);
      guint k;

      /* A term of one sentence only is shared with no other. */
      if (df < 2)
        continue;
      if (n_rare == n && df >= g_array_index (vocabulary->document_frequency, guint, rare[n_rare - 1]))
        continue;
      if (n_rare < n)
        n_rare++;
      for (k = n_rare - 1; k > 0 && g_array_index (vocabulary->document_frequency, guint, rare[k - 1]) > df; k--)
        rare[k] = rare[k - 1];
      rare[k] = term;
    }
  return n_rare;
}

void
_dossier_event_blocker_init (DossierEventBlocker *blocker,
                             GArray              *candidates,
                             guint                n_candidates)
{
  g_assert (n_candidates <= candidates->len);
  blocker->postings = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  for (guint c = 0; c < n_candidates; c++)
    {
      DossierEventCandidate *candidate = &g_array_index (candidates, DossierEventCandidate, c);
      for (guint t = 0; t < candidate->terms->len; t++)
        _dossier_event_bucket_add (blocker->postings, (int) g_array_index (candidate->terms, guint, t) + 1, c);
    }
}

GArray *
_dossier_event_blocker_find (DossierVocabulary   *vocabulary,
                             DossierEventBlocker *blocker,
                             GArray              *terms)
{
  guint rare[BLOCKING_RARE_TERMS];
  guint n_rare = _dossier_event_rarest_terms (vocabulary, terms, rare, G_N_ELEMENTS (rare));
  const guint *heads[BLOCKING_RARE_TERMS];
  const guint *ends[BLOCKING_RARE_TERMS];
  guint n_lists = 0;
  guint total = 0;
  GArray *found;
  guint *out;
  guint n_out = 0;

  for (guint t = 0; t < n_rare; t++)
    {
      GArray *posting = g_hash_table_lookup (blocker->postings, GUINT_TO_POINTER (rare[t] + 1));
      /* A term in hundreds of event sentences is not rare: it blocks nothing. */
      if (posting == NULL || posting->len > MAX_POSTING)
        continue;
      heads[n_lists] = (const guint *) posting->data;
      ends[n_lists] = heads[n_lists] + posting->len;
      n_lists++;
      total += posting->len;
    }

  /* Each posting lists its candidates in ascending order (they are added
   * so): merging them gives the union, ascending, without sorting. */
  found = g_array_sized_new (FALSE, FALSE, sizeof (guint), total);
  g_array_set_size (found, total);
  out = (guint *) found->data;
  while (n_lists > 0)
    {
      guint least = 0;

      for (guint l = 1; l < n_lists; l++)
        if (*heads[l] < *heads[least])
          least = l;
      if (n_out == 0 || out[n_out - 1] != *heads[least])
        out[n_out++] = *heads[least];
      if (++heads[least] == ends[least])
        {
          n_lists--;
          heads[least] = heads[n_lists];
          ends[least] = ends[n_lists];
        }
    }
  g_array_set_size (found, n_out);
  return found;
}

void
_dossier_event_blocker_clear (DossierEventBlocker *blocker)
{
  g_clear_pointer (&blocker->postings, g_hash_table_unref);
}
