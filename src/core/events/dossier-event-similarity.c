/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* How alike two sentences are, and which sentences may be alike at all.
 * Likeness is the cosine of their tf-idf weights over the vocabulary's
 * terms; finding candidates goes through the few rarest terms of a
 * sentence (blocking), since two sentences alike enough to matter share
 * rare words, and comparing every sentence with every other would take a
 * large dossier hours. */

#include "dossier-event-similarity.h"

#include "dossier-event-kept-vocabulary.h"

#include "dossier-event-terms.h"
#include "dossier-event-thresholds.h"

double
_dossier_event_similarity (DossierVocabulary *vocabulary,
                           GArray            *a,
                           double             norm_a,
                           GArray            *b,
                           double             norm_b)
{
  const double *idf = (const double *) (void *) vocabulary->idf->data;
  const guint *at = (const guint *) (void *) a->data, *a_end = at + a->len;
  const guint *bt = (const guint *) (void *) b->data, *b_end = bt + b->len;
  double dot = 0;
  guint ta, tb;

  if (norm_a <= 0 || norm_b <= 0)
    return 0;
  if (at == a_end || bt == b_end)
    return dot / (norm_a * norm_b);
  /* The terms both sorted lists hold, in ascending order (the sum's order,
   * hence its rounding, is the same as ever), by one merge that reads a
   * term only when it steps to it: the clustering, the inference and the
   * undated sentences ask for a million cosines of a large dossier. */
  ta = *at;
  tb = *bt;
  for (;;)
    {
      if (ta < tb)
        {
          if (++at == a_end)
            break;
          ta = *at;
        }
      else if (tb < ta)
        {
          if (++bt == b_end)
            break;
          tb = *bt;
        }
      else
        {
          double w = idf[ta];

          dot += w * w;
          if (++at == a_end || ++bt == b_end)
            break;
          ta = *at;
          tb = *bt;
        }
    }
  return dot / (norm_a * norm_b);
}

void
_dossier_event_probe_set (DossierEventProbe *probe,
                          DossierVocabulary *vocabulary,
                          GArray            *terms,
                          double             norm)
{
  if (probe->marks == NULL)
    {
      probe->n_terms = vocabulary->idf->len;
      probe->marks = g_new0 (guint8, MAX (probe->n_terms, 1u));
    }
  g_assert (probe->n_terms == vocabulary->idf->len);
  if (probe->terms != NULL)
    for (guint t = 0; t < probe->terms->len; t++)
      probe->marks[g_array_index (probe->terms, guint, t)] = 0;
  probe->terms = terms;
  probe->norm = norm;
  for (guint t = 0; t < terms->len; t++)
    probe->marks[g_array_index (terms, guint, t)] = 1;
}

double
_dossier_event_probe_similarity (DossierEventProbe *probe,
                                 DossierVocabulary *vocabulary,
                                 GArray            *terms,
                                 double             norm)
{
  const double *idf = (const double *) (void *) vocabulary->idf->data;
  const guint8 *marks = probe->marks;
  const guint *bt = (const guint *) (void *) terms->data, *b_end = bt + terms->len;
  double dot = 0;

  g_assert (probe->terms != NULL);
  if (probe->norm <= 0 || norm <= 0)
    return 0;
  /* The other's terms ascending, the shared ones among them: the terms
   * the merge of _dossier_event_similarity () meets, in its order. */
  for (; bt < b_end; bt++)
    if (marks[*bt])
      {
        double w = idf[*bt];

        dot += w * w;
      }
  return dot / (probe->norm * norm);
}

void
_dossier_event_probe_clear (DossierEventProbe *probe)
{
  g_clear_pointer (&probe->marks, g_free);
  probe->n_terms = 0;
  probe->terms = NULL;
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
  const guint *frequency = (const guint *) (void *) vocabulary->document_frequency->data;
  const guint *ids = (const guint *) (void *) terms->data;
  guint n_rare = 0;

  /* The @n first terms by frequency, then by id (the order of @terms),
   * read from the last term back: ids are given as the dossier's words
   * are first met, so its common words have the low ones, and read the
   * other way round each rarer term went to the head of the list, past
   * all the others.  Read back, a term goes before those at least as
   * frequent (its id is lower than theirs), and where the list is full
   * it is taken if it is no more frequent than its last. */
  for (guint t = terms->len; t-- > 0;)
    {
      guint term = ids[t];
      guint df = frequency[term];
      guint k;

      /* A term of one sentence only is shared with no other. */
      if (df < 2)
        continue;
      if (n_rare == n && df > frequency[rare[n_rare - 1]])
        continue;
      if (n_rare < n)
        n_rare++;
      for (k = n_rare - 1; k > 0 && frequency[rare[k - 1]] >= df; k--)
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
  guint n_terms = 0;
  guint total = 0;

  g_assert (n_candidates <= candidates->len);
  for (guint c = 0; c < n_candidates; c++)
    {
      DossierEventCandidate *candidate = &g_array_index (candidates, DossierEventCandidate, c);
      /* The terms are sorted: the last is the largest. */
      if (candidate->terms->len > 0)
        n_terms = MAX (n_terms, g_array_index (candidate->terms, guint, candidate->terms->len - 1) + 1);
      total += candidate->terms->len;
    }
  blocker->n_terms = n_terms;
  blocker->offsets = g_new0 (guint, n_terms + 1);
  blocker->entries = g_new (guint, MAX (total, 1u));
  blocker->marks = g_new0 (guint64, n_candidates / 64 + 1);
  blocker->marked_words = g_new0 (guint64, n_candidates / 4096 + 1);
  blocker->first_days = g_new (int, MAX (n_candidates, 1u));
  blocker->last_days = g_new (int, MAX (n_candidates, 1u));
  blocker->by_day = NULL;
  blocker->by_day_first = NULL;
  blocker->reach = NULL;
  for (guint c = 0; c < n_candidates; c++)
    {
      DossierEventCandidate *candidate = &g_array_index (candidates, DossierEventCandidate, c);

      blocker->first_days[c] = candidate->date.precision == DOSSIER_PRECISION_YEAR ? G_MAXINT
                                                                                   : candidate->first_day;
      blocker->last_days[c] = candidate->last_day;
    }
  /* Counted, summed, then filled in the candidates' order: each posting
   * ascending, as the merge of postings below needs. */
  for (guint c = 0; c < n_candidates; c++)
    {
      DossierEventCandidate *candidate = &g_array_index (candidates, DossierEventCandidate, c);
      for (guint t = 0; t < candidate->terms->len; t++)
        blocker->offsets[g_array_index (candidate->terms, guint, t) + 1]++;
    }
  for (guint t = 0; t < n_terms; t++)
    blocker->offsets[t + 1] += blocker->offsets[t];
  {
    g_autofree guint *next = g_memdup2 (blocker->offsets, sizeof (guint) * MAX (n_terms, 1u));

    for (guint c = 0; c < n_candidates; c++)
      {
        DossierEventCandidate *candidate = &g_array_index (candidates, DossierEventCandidate, c);
        for (guint t = 0; t < candidate->terms->len; t++)
          blocker->entries[next[g_array_index (candidate->terms, guint, t)]++] = c;
      }
  }
}

/* A posting this long or longer is read within days through its copy
 * sorted by first day; a shorter one is read whole, which costs less
 * than finding where to start and stop. */
#define BLOCKER_SORTED_POSTING 12

/* Sorts the posting of @term (from @from to @to) by first day into
 * @blocker's by_day, and counts its reach. */
static void
sort_posting_by_day (DossierEventBlocker *blocker,
                     guint                term,
                     guint                from,
                     guint                to)
{
  guint *by_day = blocker->by_day;
  int *first = blocker->by_day_first;
  gint64 reach = 0;

  if (blocker->reach == NULL)
    {
      blocker->by_day = by_day = g_new (guint, MAX (blocker->offsets[blocker->n_terms], 1u));
      blocker->by_day_first = first = g_new (int, MAX (blocker->offsets[blocker->n_terms], 1u));
      blocker->reach = g_new (gint64, MAX (blocker->n_terms, 1u));
      for (guint t = 0; t < blocker->n_terms; t++)
        blocker->reach[t] = -1;
    }
  /* By insertion: a posting holds at most MAX_POSTING candidates. */
  for (guint p = from; p < to; p++)
    {
      guint c = blocker->entries[p];
      int day = blocker->first_days[c];
      guint k;

      /* A year's candidate (its first day G_MAXINT) is within no days,
       * and spans none that count. */
      if (day != G_MAXINT)
        reach = MAX (reach, (gint64) blocker->last_days[c] - day);
      for (k = p; k > from && first[k - 1] > day; k--)
        {
          by_day[k] = by_day[k - 1];
          first[k] = first[k - 1];
        }
      by_day[k] = c;
      first[k] = day;
    }
  blocker->reach[term] = reach;
}

/* _dossier_event_blocker_find (), within the days from @earliest_last_day
 * to @latest_first_day where @within; into @found where it is given, else
 * into a new array. */
static inline GArray *
blocker_find (DossierVocabulary   *vocabulary,
              DossierEventBlocker *blocker,
              GArray              *terms,
              const guint         *given_rare,
              guint                n_given,
              gboolean             within,
              int                  earliest_last_day,
              int                  latest_first_day,
              GArray              *found)
{
  guint counted[BLOCKING_RARE_TERMS];
  const guint *rare = given_rare != NULL ? given_rare : counted;
  guint n_rare = given_rare != NULL ? n_given
                                    : _dossier_event_rarest_terms (vocabulary, terms, counted, G_N_ELEMENTS (counted));
  guint total = 0;
  guint lowest = G_MAXUINT, highest = 0;
  guint64 *marks = blocker->marks;
  guint64 *marked_words = blocker->marked_words;
  guint *out;
  guint n_out = 0;

  /* The union of the postings, ascending and without repeats: each
   * candidate marked in a bitmap, and each word of it that holds a mark
   * in a second one, which is then read from its lowest word to its
   * highest (a dossier's candidates in a few dozen words), and both left
   * clear again.  Linear in the postings' length, where merging k
   * postings took k comparisons per candidate. */
  for (guint t = 0; t < n_rare; t++)
    {
      guint from, to;

      if (rare[t] >= blocker->n_terms)
        continue;
      from = blocker->offsets[rare[t]];
      to = blocker->offsets[rare[t] + 1];
      /* A term in hundreds of event sentences is not rare: it blocks nothing. */
      if (to == from || to - from > MAX_POSTING)
        continue;
      if (within && to - from >= BLOCKER_SORTED_POSTING)
        {
          guint n_within = 0, low, high, start, end;
          gint64 least_first;

          if (blocker->reach == NULL || blocker->reach[rare[t]] < 0)
            sort_posting_by_day (blocker, rare[t], from, to);
          /* A candidate whose first day lies more than the posting's
           * reach before @earliest_last_day ends before it; one whose
           * first day lies after @latest_first_day begins after: only
           * those between are read, found by halving. */
          least_first = (gint64) earliest_last_day - blocker->reach[rare[t]];
          for (low = from, high = to; low < high;)
            {
              guint middle = low + (high - low) / 2;

              if (blocker->by_day_first[middle] < least_first)
                low = middle + 1;
              else
                high = middle;
            }
          start = low;
          for (high = to; low < high;)
            {
              guint middle = low + (high - low) / 2;

              if (blocker->by_day_first[middle] <= latest_first_day)
                low = middle + 1;
              else
                high = middle;
            }
          end = low;
          for (guint p = start; p < end; p++)
            {
              guint c = blocker->by_day[p];

              if (blocker->last_days[c] < earliest_last_day)
                continue;
              marks[c / 64] |= G_GUINT64_CONSTANT (1) << (c % 64);
              marked_words[c / 4096] |= G_GUINT64_CONSTANT (1) << (c / 64 % 64);
              n_within++;
            }
          total += n_within;
        }
      else if (within)
        {
          guint n_within = 0;

          for (guint p = from; p < to; p++)
            {
              guint c = blocker->entries[p];

              if (blocker->first_days[c] > latest_first_day || blocker->last_days[c] < earliest_last_day)
                continue;
              marks[c / 64] |= G_GUINT64_CONSTANT (1) << (c % 64);
              marked_words[c / 4096] |= G_GUINT64_CONSTANT (1) << (c / 64 % 64);
              n_within++;
            }
          total += n_within;
        }
      else
        {
          for (guint p = from; p < to; p++)
            {
              guint c = blocker->entries[p];
              marks[c / 64] |= G_GUINT64_CONSTANT (1) << (c % 64);
              marked_words[c / 4096] |= G_GUINT64_CONSTANT (1) << (c / 64 % 64);
            }
          total += to - from;
        }
      /* (Bounds of the words marked; within days, perhaps wider.) */
      lowest = MIN (lowest, blocker->entries[from] / 4096);
      highest = MAX (highest, blocker->entries[to - 1] / 4096);
    }

  /* Room for @total, filled in place; its length set once, at the end. */
  if (found == NULL)
    found = g_array_sized_new (FALSE, FALSE, sizeof (guint), total);
  else
    g_array_set_size (found, total);
  out = (guint *) (void *) found->data;
  for (guint v = lowest; total > 0 && v <= highest; v++)
    {
      guint64 words = marked_words[v];

      marked_words[v] = 0;
      while (words != 0)
        {
          guint w = v * 64 + (guint) __builtin_ctzll (words);
          guint64 word = marks[w];

          words &= words - 1;
          marks[w] = 0;
          while (word != 0)
            {
              out[n_out++] = w * 64 + (guint) __builtin_ctzll (word);
              word &= word - 1;
            }
        }
    }
  g_array_set_size (found, n_out);
  return found;
}

GArray *
_dossier_event_blocker_find (DossierVocabulary   *vocabulary,
                             DossierEventBlocker *blocker,
                             GArray              *terms)
{
  return blocker_find (vocabulary, blocker, terms, NULL, 0, FALSE, 0, 0, NULL);
}

void
_dossier_event_blocker_find_into (DossierVocabulary   *vocabulary,
                                  DossierEventBlocker *blocker,
                                  GArray              *terms,
                                  GArray              *found)
{
  blocker_find (vocabulary, blocker, terms, NULL, 0, FALSE, 0, 0, found);
}

GArray *
_dossier_event_blocker_find_within (DossierVocabulary   *vocabulary,
                                    DossierEventBlocker *blocker,
                                    GArray              *terms,
                                    int                  earliest_last_day,
                                    int                  latest_first_day)
{
  return blocker_find (vocabulary, blocker, terms, NULL, 0, TRUE, earliest_last_day, latest_first_day, NULL);
}

void
_dossier_event_blocker_find_within_into (DossierVocabulary   *vocabulary,
                                         DossierEventBlocker *blocker,
                                         GArray              *terms,
                                         int                  earliest_last_day,
                                         int                  latest_first_day,
                                         GArray              *found)
{
  blocker_find (vocabulary, blocker, terms, NULL, 0, TRUE, earliest_last_day, latest_first_day, found);
}

void
_dossier_event_blocker_find_rare_within_into (DossierEventBlocker *blocker,
                                              const guint         *rare,
                                              guint                n_rare,
                                              int                  earliest_last_day,
                                              int                  latest_first_day,
                                              GArray              *found)
{
  static const guint none[1] = { 0 };

  g_assert (rare != NULL || n_rare == 0);
  /* (Given, even where there are none: no vocabulary to count them.) */
  blocker_find (NULL, blocker, NULL, rare != NULL ? rare : none, n_rare, TRUE, earliest_last_day, latest_first_day,
                found);
}

void
_dossier_event_rare_terms_init (DossierRareTerms  *rare_terms,
                                DossierVocabulary *vocabulary)
{
  gsize n = 0;

  rare_terms->first = vocabulary->sentence_buffer;
  for (guint d = 0; d < vocabulary->sentences->len; d++)
    {
      GArray *sentences = g_ptr_array_index (vocabulary->sentences, d);

      if (sentences->len > 0)
        n = MAX (n, (gsize) ((const DossierEventSentence *) (void *) sentences->data - rare_terms->first) +
                    sentences->len);
    }
  /* The tables are made on first use: an article analysed alone asks
   * none. */
  rare_terms->n_sentences = MAX (n, 1);
  rare_terms->counted = NULL;
  rare_terms->rare = NULL;
  rare_terms->taken = vocabulary->taken;
}

const guint *
_dossier_event_sentence_rarest_terms (DossierRareTerms           *rare_terms,
                                      DossierVocabulary          *vocabulary,
                                      const DossierEventSentence *sentence,
                                      guint                      *n_rare)
{
  gsize i = (gsize) (sentence - rare_terms->first);
  guint *rare;

  if (rare_terms->counted == NULL)
    {
      const DossierEventKeptVocabulary *taken = rare_terms->taken;

      /* A vocabulary taken as an earlier analysis counted it has its
       * sentences' counts and terms, and so their rarest terms: those it
       * counted are taken (most of a correction's). */
      if (taken != NULL && taken->rare_counted != NULL)
        {
          g_assert (MAX (taken->n_sentences, 1u) == rare_terms->n_sentences);
          rare_terms->counted = g_memdup2 (taken->rare_counted, rare_terms->n_sentences);
          rare_terms->rare = g_memdup2 (taken->rare_terms,
                                        sizeof (guint) * rare_terms->n_sentences * BLOCKING_RARE_TERMS);
        }
      else
        {
          rare_terms->counted = g_new0 (guint8, rare_terms->n_sentences);
          rare_terms->rare = g_new (guint, rare_terms->n_sentences * BLOCKING_RARE_TERMS);
        }
    }
  g_assert (i < rare_terms->n_sentences);
  rare = rare_terms->rare + i * BLOCKING_RARE_TERMS;
  if (rare_terms->counted[i] == 0)
    rare_terms->counted[i] = (guint8) (_dossier_event_rarest_terms (vocabulary, sentence->terms, rare,
                                                                    BLOCKING_RARE_TERMS) + 1);
  *n_rare = rare_terms->counted[i] - 1u;
  return rare;
}

void
_dossier_event_rare_terms_keep (const DossierRareTerms             *rare_terms,
                                DossierVocabulary                  *vocabulary,
                                struct _DossierEventKeptVocabulary *made)
{
  g_return_if_fail (made->rare_counted == NULL);

  if (rare_terms->counted == NULL)
    return;
  g_assert (made->n_documents == vocabulary->sentences->len);
  made->rare_counted = g_new0 (guint8, MAX (made->n_sentences, 1u));
  made->rare_terms = g_new0 (guint, MAX (made->n_sentences, 1u) * BLOCKING_RARE_TERMS);
  /* By the kept vocabulary's numbering of the sentences (article after
   * article), which is the one of the vocabulary that takes it. */
  for (guint d = 0; d < made->n_documents; d++)
    {
      GArray *sentences = g_ptr_array_index (vocabulary->sentences, d);
      gsize from = (gsize) ((const DossierEventSentence *) (void *) sentences->data - rare_terms->first);
      guint to = made->first_sentence[d];

      g_assert (made->first_sentence[d + 1] - to == sentences->len);
      if (sentences->len == 0)
        continue;
      memcpy (made->rare_counted + to, rare_terms->counted + from, sentences->len);
      memcpy (made->rare_terms + (gsize) to * BLOCKING_RARE_TERMS, rare_terms->rare + from * BLOCKING_RARE_TERMS,
              sizeof (guint) * sentences->len * BLOCKING_RARE_TERMS);
    }
}

void
_dossier_event_rare_terms_clear (DossierRareTerms *rare_terms)
{
  g_clear_pointer (&rare_terms->counted, g_free);
  g_clear_pointer (&rare_terms->rare, g_free);
}

void
_dossier_event_blocker_clear (DossierEventBlocker *blocker)
{
  g_clear_pointer (&blocker->offsets, g_free);
  g_clear_pointer (&blocker->entries, g_free);
  g_clear_pointer (&blocker->marks, g_free);
  g_clear_pointer (&blocker->marked_words, g_free);
  g_clear_pointer (&blocker->first_days, g_free);
  g_clear_pointer (&blocker->last_days, g_free);
  g_clear_pointer (&blocker->by_day, g_free);
  g_clear_pointer (&blocker->by_day_first, g_free);
  g_clear_pointer (&blocker->reach, g_free);
  blocker->n_terms = 0;
}
