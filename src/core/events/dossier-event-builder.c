/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The event builder's walk over a dossier (see dossier-events-private.h for
 * its parts): count the vocabulary; collect the dated sentences of dated
 * articles as candidates (dossier-event-candidates.c); if some articles are
 * undated, cluster those to infer publication dates, then collect again
 * from every article; cluster; attach undated sentences that say what an
 * event says, and make events of undated happenings two outlets tell
 * (dossier-event-undated.c); make one event of each cluster, told by its
 * most central sentence. */

#include "dossier-event-builder.h"

#include <string.h>

#include "dossier-debug.h"
#include "dossier-event-actions.h"
#include "dossier-event-candidates.h"
#include "dossier-event-clustering.h"
#include "dossier-event-similarity.h"
#include "dossier-event-summary.h"
#include "dossier-event-terms.h"
#include "dossier-event-thresholds.h"
#include "dossier-event-undated.h"

/* From this many sources on, an event's most central sentence is found
 * through its centroid first (make_event ()). */
#define CENTROID_MEMBERS 48
#include "dossier-publication-inference.h"
#include "dossier-sort.h"

static int
compare_sources (gconstpointer a,
                 gconstpointer b)
{
  const DossierEventSource *sa = a, *sb = b;

  if (sa->document != sb->document)
    return sa->document < sb->document ? -1 : 1;
  if (sa->paragraph != sb->paragraph)
    return sa->paragraph < sb->paragraph ? -1 : 1;
  return sa->start < sb->start ? -1 : sa->start > sb->start;
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const DossierEventRecord *ea = *(const DossierEventRecord * const *) a;
  const DossierEventRecord *eb = *(const DossierEventRecord * const *) b;
  int by_date = dossier_date_compare (&ea->date, &eb->date);
  const DossierEventSource *sa, *sb;

  if (by_date != 0)
    return by_date;
  sa = &g_array_index (ea->sources, DossierEventSource, 0);
  sb = &g_array_index (eb->sources, DossierEventSource, 0);
  return compare_sources (sa, sb);
}

/* The index in @event's (sorted) sources of candidate @c's sentence. */
static guint
source_of (DossierEventRecord          *event,
           const DossierEventCandidate *candidate)
{
  DossierEventSource key = { candidate->document, candidate->paragraph, candidate->start };
  guint low = 0, high = event->sources->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (compare_sources (&g_array_index (event->sources, DossierEventSource, middle), &key) < 0)
        low = middle + 1;
      else
        high = middle;
    }
  return low;
}

/* The joins of @links (of DossierCandidateLink) within the cluster of
 * @members become @event's links, between its sources.  @within (of
 * guint, or NULL) are the indices, ascending, of the links inside that
 * cluster: each event reads its own, not every link of the dossier. */
static void
add_links (DossierEventRecord *event,
           GArray             *candidates,
           GArray             *members,
           GArray             *links,
           GArray             *within)
{
  int cluster;

  event->links = g_array_new (FALSE, TRUE, sizeof (DossierEventLink));
  if (links == NULL || within == NULL || members->len < 2)
    return;
  cluster = g_array_index (candidates, DossierEventCandidate, g_array_index (members, guint, 0)).cluster;
  for (guint w = 0; w < within->len; w++)
    {
      const DossierCandidateLink *found = &g_array_index (links, DossierCandidateLink,
                                                          g_array_index (within, guint, w));
      const DossierEventCandidate *a = &g_array_index (candidates, DossierEventCandidate, found->a);
      const DossierEventCandidate *b = &g_array_index (candidates, DossierEventCandidate, found->b);
      DossierEventLink link = { 0 };

      if (a->cluster != cluster || b->cluster != cluster)
        continue;
      link.source_a = source_of (event, a);
      link.source_b = source_of (event, b);
      if (link.source_a == link.source_b)
        continue;
      /* Two dates of one sentence make two candidates: one join of the
       * same two sources is shown once, with every reason found. */
      {
        DossierEventLink *same = NULL;

        for (guint k = 0; k < event->links->len && same == NULL; k++)
          {
            DossierEventLink *known = &g_array_index (event->links, DossierEventLink, k);

            if ((known->source_a == link.source_a && known->source_b == link.source_b) ||
                (known->source_a == link.source_b && known->source_b == link.source_a))
              same = known;
          }
        if (same != NULL)
          {
            same->reasons |= found->reasons;
            same->similarity = MAX (same->similarity, found->similarity);
            if (same->action_a == NULL && found->action_a != NULL)
              {
                same->action_a = g_strdup (found->action_a);
                same->action_b = g_strdup (found->action_b);
              }
            if (same->entities[0] < 0)
              memcpy (same->entities, found->entities, sizeof same->entities);
            continue;
          }
      }
      link.reasons = found->reasons;
      link.similarity = found->similarity;
      memcpy (link.entities, found->entities, sizeof link.entities);
      link.action_a = g_strdup (found->action_a);
      link.action_b = g_strdup (found->action_b);
      g_array_append_val (event->links, link);
    }
}

/* How central @candidate is, from @sum, its likeness to the event's other
 * stated sources: a sentence that opens with its date ("On 16 October, X
 * did Y") is about that date in its main clause, the best summary;
 * otherwise the shorter of equally central sentences is preferred. */
static double
finish_centrality (GPtrArray                   *documents,
                   const DossierEventCandidate *candidate,
                   double                       sum)
{
  double centrality = sum;

  if (candidate->date_end > candidate->date_start &&
      candidate->date_start - candidate->start <= OPENING_DATE_BYTES && candidate->inherits_from < 0)
    centrality += OPENING_DATE_BONUS;
  /* A sentence that opens with a quotation is about what was said,
   * not about what happened. */
  {
    DossierDocument *holder = g_ptr_array_index (documents, candidate->document);
    DossierParagraph *paragraph = g_ptr_array_index (holder->paragraphs, candidate->paragraph);
    const char *first = paragraph->text + candidate->start;
    if (*first == '"' || g_str_has_prefix (first, "“") || g_str_has_prefix (first, "‘"))
      centrality -= QUOTATION_PENALTY;
  }
  centrality -= (double) (candidate->end - candidate->start) / LENGTH_PENALTY_BYTES;
  return centrality;
}

/* The likeness of @candidate to the other stated sources among @members,
 * summed in their order.  Each cosine through @probe, set to @candidate's
 * terms (the one sentence compared with all the others): the same cosine
 * as _dossier_event_similarity ()'s, to the last bit. */
static double
similarity_sum (DossierVocabulary           *vocabulary,
                DossierEventProbe           *probe,
                GArray                      *candidates,
                GArray                      *members,
                const DossierEventCandidate *candidate)
{
  double sum = 0;
  gboolean set = FALSE;

  for (guint j = 0; j < members->len; j++)
    {
      DossierEventCandidate *other = &g_array_index (candidates, DossierEventCandidate,
                                                     g_array_index (members, guint, j));
      /* Against the sources that state the date: the sentences that
       * only say the same again would pull towards the wordiest. */
      if (other != candidate && other->dated)
        {
          if (!set)
            {
              _dossier_event_probe_set (probe, vocabulary, candidate->terms, candidate->norm);
              set = TRUE;
            }
          sum += _dossier_event_probe_similarity (probe, vocabulary, other->terms, other->norm);
        }
    }
  return sum;
}

/* The same sum for a large event through its centroid: the cosines with
 * every other source add up to the candidate's terms weighed by the sum,
 * per term, of the inverse norms of the sources that hold it (@weights).
 * Rounding makes it differ from similarity_sum () in the last bits, so it
 * only tells which candidates may be the most central (see make_event ()). */
static double
similarity_sum_by_centroid (DossierVocabulary           *vocabulary,
                            const double                *weights,
                            const DossierEventCandidate *candidate)
{
  const guint *terms = (const guint *) (void *) candidate->terms->data;
  double own = candidate->dated && candidate->norm > 0 ? 1.0 / candidate->norm : 0;
  double dot = 0;

  if (candidate->norm <= 0)
    return 0;
  for (guint t = 0; t < candidate->terms->len; t++)
    {
      double w = _dossier_vocabulary_idf (vocabulary, terms[t]);
      dot += w * w * (weights[terms[t]] - own);
    }
  return dot / candidate->norm;
}

/* A stated date of the finest precision, for vote_date (): the member
 * it is of, its article, and what dossier_date_compare () tells apart
 * among dates of one precision (the first day, and the time of day). */
typedef struct
{
  int first_day;
  int minutes;
  guint document;
  guint member;
} Vote;

static int
compare_votes (gconstpointer a,
               gconstpointer b)
{
  const Vote *x = a, *y = b;

  if (x->first_day != y->first_day)
    return x->first_day < y->first_day ? -1 : 1;
  if (x->minutes != y->minutes)
    return x->minutes < y->minutes ? -1 : 1;
  if (x->document != y->document)
    return x->document < y->document ? -1 : 1;
  return x->member < y->member ? -1 : x->member > y->member;
}

/* The date of the event of @members (of guint, indices into @candidates)
 * where its sources state dates of one precision, the finest, that
 * differ: the one stated by the most articles, the earliest of those
 * tied ("crunch talks Sunday" in three articles outweighs "worth when
 * markets closed on Friday" in one).  NONE where they state one date
 * only, or none.
 *
 * How many articles state each date is counted once, over the votes
 * sorted by date and article, not by comparing every source with every
 * other: an event of thousands of sources made that most of its cost. */
static DossierDate
vote_date (GPtrArray *documents,
           GArray    *candidates,
           GArray    *members)
{
  DossierDate best = DOSSIER_DATE_INIT;
  DossierPrecision finest = DOSSIER_PRECISION_NONE;
  guint best_count = 0;
  gboolean differ = FALSE;
  g_autoptr(GArray) votes = NULL;
  g_autofree guint *counts = NULL;  /* per member: the articles that state its date */

  for (guint i = 0; i < members->len; i++)
    {
      DossierEventCandidate *candidate = &g_array_index (candidates, DossierEventCandidate,
                                                         g_array_index (members, guint, i));
      if (candidate->dated && candidate->dating != DOSSIER_DATED_IMPLICITLY)
        finest = MAX (finest, candidate->date.precision);
    }
  if (finest == DOSSIER_PRECISION_NONE)
    return best;

  votes = g_array_new (FALSE, FALSE, sizeof (Vote));
  for (guint i = 0; i < members->len; i++)
    {
      DossierEventCandidate *candidate = &g_array_index (candidates, DossierEventCandidate,
                                                         g_array_index (members, guint, i));
      Vote vote;

      if (!candidate->dated || candidate->dating == DOSSIER_DATED_IMPLICITLY || candidate->date.precision != finest)
        continue;
      dossier_date_get_span (&candidate->date, &vote.first_day, NULL);
      vote.minutes = candidate->date.hour * 60 + candidate->date.minute;
      vote.document = candidate->document;
      vote.member = i;
      g_array_append_val (votes, vote);
    }
  /* Dates of one precision that dossier_date_compare () finds equal have
   * the same first day and time: a run of the sorted votes. */
  g_array_sort (votes, compare_votes);
  counts = g_new0 (guint, members->len);
  for (guint v = 0; v < votes->len;)
    {
      const Vote *first = &g_array_index (votes, Vote, v);
      guint run_end = v, n_documents = 0;

      while (run_end < votes->len && g_array_index (votes, Vote, run_end).first_day == first->first_day &&
             g_array_index (votes, Vote, run_end).minutes == first->minutes)
        {
          if (run_end == v || g_array_index (votes, Vote, run_end).document !=
                              g_array_index (votes, Vote, run_end - 1).document)
            n_documents++;
          run_end++;
        }
      for (guint k = v; k < run_end; k++)
        counts[g_array_index (votes, Vote, k).member] = n_documents;
      if (v > 0 || run_end < votes->len)
        differ = TRUE;
      v = run_end;
    }

  /* The votes in the members' order, as before: the first of the dates
   * stated by the most articles, or the earliest of those tied. */
  for (guint i = 0; i < members->len; i++)
    {
      DossierEventCandidate *candidate = &g_array_index (candidates, DossierEventCandidate,
                                                         g_array_index (members, guint, i));
      guint count = counts[i];

      if (!candidate->dated || candidate->dating == DOSSIER_DATED_IMPLICITLY || candidate->date.precision != finest)
        continue;
      if (count > best_count ||
          (count == best_count && dossier_date_compare (&candidate->date, &best) < 0))
        {
          best = candidate->date;
          best_count = count;
        }
    }
  (void) documents;
  return differ ? best : (DossierDate) DOSSIER_DATE_INIT;
}

/* Whether every source of @event is in one article. */
static gboolean
one_article (const DossierEventRecord *event)
{
  for (guint i = 1; i < event->sources->len; i++)
    if (g_array_index (event->sources, DossierEventSource, i).document !=
        g_array_index (event->sources, DossierEventSource, 0).document)
      return FALSE;
  return TRUE;
}

/* The events' summaries the analysis before made, which may be taken
 * (see DossierEventKeptClustering), and those this one made, kept for the
 * next, per document. */
typedef struct
{
  const DossierEventKeptClustering *taken;   /* or NULL */
  DossierKeptSummaries **made;               /* or NULL where none are kept */
} Summaries;

/* _dossier_event_summarise () of @representative, taken where the
 * analysis before made it of the same sentence and date, in an article
 * with the same analysis digest, publication date and dates; and kept for
 * the next. */
static char *
summarise (Summaries                   *summaries,
           GPtrArray                   *documents,
           GPtrArray                   *entities,
           DossierEntityRecognizer     *recognizer,
           const DossierEventCandidate *representative)
{
  guint d = representative->document;
  DossierDocument *document = g_ptr_array_index (documents, d);
  const DossierKeptSummaries *taken = summaries->taken != NULL ? summaries->taken->summaries[d] : NULL;
  char *summary = NULL;
  DossierKeptSummary made;

  if (taken != NULL && document->analysis_digest != NULL &&
      g_strcmp0 (document->analysis_digest, summaries->taken->digests[d]) == 0 &&
      _dossier_event_document_dates_are (document, &taken->published, taken->dates))
    for (guint k = 0; k < taken->summaries->len && summary == NULL; k++)
      {
        const DossierKeptSummary *kept = &g_array_index (taken->summaries, DossierKeptSummary, k);

        if (kept->paragraph == representative->paragraph && kept->start == representative->start &&
            kept->end == representative->end && kept->date_start == representative->date_start)
          summary = g_strdup (kept->summary);
      }
  if (summary == NULL)
    summary = _dossier_event_summarise (documents, entities, recognizer, representative);
  if (summaries->made == NULL)
    return summary;
  if (summaries->made[d] == NULL)
    {
      summaries->made[d] = g_new0 (DossierKeptSummaries, 1);
      summaries->made[d]->published = document->published;
      summaries->made[d]->dates = g_array_sized_new (FALSE, FALSE, sizeof (DossierDateMention), document->dates->len);
      g_array_append_vals (summaries->made[d]->dates, document->dates->data, document->dates->len);
      summaries->made[d]->summaries = g_array_new (FALSE, FALSE, sizeof (DossierKeptSummary));
    }
  made = (DossierKeptSummary) { representative->paragraph, representative->start, representative->end,
                                representative->date_start, g_strdup (summary) };
  g_array_append_val (summaries->made[d]->summaries, made);
  return summary;
}

/* The event of one cluster: @members (of guint) are its candidates'
 * indices in @candidates. */
static DossierEventRecord *
make_event (DossierVocabulary       *vocabulary,
            DossierEventProbe       *probe,
            GPtrArray               *documents,
            GPtrArray               *entities,
            DossierEntityRecognizer *recognizer,
            Summaries               *summaries,
            GArray                  *candidates,
            GArray                  *members,
            GArray                  *links,
            GArray                  *within)
{
  DossierEventRecord *event = g_new0 (DossierEventRecord, 1);
  g_autoptr(GHashTable) entity_counts = g_hash_table_new (NULL, NULL);
  DossierEventCandidate *representative = NULL;
  double best_centrality = -1;
  gboolean implicit_date = FALSE;
  gboolean has_stated_date = FALSE;
  g_autofree double *weights = NULL;     /* per term id, for a large event */
  g_autofree double *estimates = NULL;   /* per member, for a large event */
  guint max_terms = 0;
  DossierDate voted_date;

  for (guint i = 0; i < members->len; i++)
    {
      DossierEventCandidate *candidate = &g_array_index (candidates, DossierEventCandidate,
                                                         g_array_index (members, guint, i));
      has_stated_date |= candidate->dated && candidate->dating != DOSSIER_DATED_IMPLICITLY;
    }

  event->entities = g_array_new (FALSE, FALSE, sizeof (int));
  event->sources = g_array_new (FALSE, FALSE, sizeof (DossierEventSource));
  voted_date = vote_date (documents, candidates, members);

  /* Comparing every source with every other costs the square of an
   * event's size: a big story's event of thousands of sources took more
   * than all the clustering.  A large event's sums are first estimated
   * through its centroid (linear), and only the candidates whose estimate
   * comes near the best are summed exactly, in order, as for a small
   * one: the representative is the same. */
  if (members->len >= CENTROID_MEMBERS)
    {
      weights = g_new0 (double, vocabulary->document_frequency->len);
      estimates = g_new (double, members->len);
      for (guint j = 0; j < members->len; j++)
        {
          DossierEventCandidate *other = &g_array_index (candidates, DossierEventCandidate,
                                                         g_array_index (members, guint, j));
          const guint *terms = (const guint *) (void *) other->terms->data;

          estimates[j] = -G_MAXDOUBLE;
          max_terms = MAX (max_terms, other->terms->len);
          if (!other->dated || other->norm <= 0)
            continue;
          for (guint t = 0; t < other->terms->len; t++)
            weights[terms[t]] += 1.0 / other->norm;
        }
    }

  for (guint i = 0; i < members->len; i++)
    {
      DossierEventCandidate *candidate = &g_array_index (candidates, DossierEventCandidate,
                                                         g_array_index (members, guint, i));
      DossierEventSource source = { candidate->document, candidate->paragraph, candidate->start,
                                    candidate->end, candidate->date_start, candidate->date_end,
                                    candidate->dating };
      double centrality = 0;
      gboolean duplicate = FALSE;

      /* The most precise date the sources state (of those, the one most
       * articles state); one only implied by a publication day when none
       * is stated. */
      if (voted_date.precision != DOSSIER_PRECISION_NONE)
        {
          if (i == 0)
            event->date = voted_date;
        }
      else if (candidate->dated &&
          (!dossier_date_is_set (&event->date) ||
           (implicit_date && candidate->dating != DOSSIER_DATED_IMPLICITLY) ||
           ((candidate->dating != DOSSIER_DATED_IMPLICITLY || implicit_date) &&
            (candidate->date.precision > event->date.precision ||
             (candidate->date.precision == event->date.precision &&
              dossier_date_compare (&candidate->date, &event->date) < 0)))))
        {
          event->date = candidate->date;
          implicit_date = candidate->dating == DOSSIER_DATED_IMPLICITLY;
        }

      for (guint k = 0; k < event->sources->len && !duplicate; k++)
        {
          DossierEventSource *other = &g_array_index (event->sources, DossierEventSource, k);
          duplicate = other->document == source.document && other->paragraph == source.paragraph &&
                      other->start == source.start;
        }
      if (!duplicate)
        g_array_append_val (event->sources, source);

      for (guint e = 0; e < candidate->entities->len; e++)
        {
          int entity = g_array_index (candidate->entities, int, e);
          g_hash_table_replace (entity_counts, GINT_TO_POINTER (entity + 1),
                                GUINT_TO_POINTER (GPOINTER_TO_UINT (
                                  g_hash_table_lookup (entity_counts, GINT_TO_POINTER (entity + 1))) + 1));
        }

      if (!candidate->dated)
        continue;
      /* A sentence dated only by its article's day tells the event when
       * no source states its date. */
      if (candidate->dating == DOSSIER_DATED_IMPLICITLY && has_stated_date)
        continue;
      if (estimates != NULL)
        {
          estimates[i] = finish_centrality (documents, candidate,
                                            similarity_sum_by_centroid (vocabulary, weights, candidate));
          continue;
        }
      centrality = finish_centrality (documents, candidate,
                                      similarity_sum (vocabulary, probe, candidates, members, candidate));
      if (centrality > best_centrality)
        {
          best_centrality = centrality;
          representative = candidate;
        }
    }

  if (estimates != NULL)
    {
      double best_estimate = -G_MAXDOUBLE;
      double margin;

      for (guint i = 0; i < members->len; i++)
        best_estimate = MAX (best_estimate, estimates[i]);
      /* Either sum of n terms, each cosine at most 1, is off by at most
       * about n ε times the number of sources (ε = 2^-53): the margin is
       * thousands of times that.  A candidate whose exact centrality is
       * the best estimates within it of the best estimate. */
      margin = 1e-12 * (members->len + max_terms + 16.0) * (members->len + 1.0);
      for (guint i = 0; i < members->len; i++)
        {
          DossierEventCandidate *candidate = &g_array_index (candidates, DossierEventCandidate,
                                                             g_array_index (members, guint, i));
          double centrality;

          if (estimates[i] == -G_MAXDOUBLE || estimates[i] < best_estimate - margin)
            continue;
          centrality = finish_centrality (documents, candidate,
                                          similarity_sum (vocabulary, probe, candidates, members, candidate));
          if (centrality > best_centrality)
            {
              best_centrality = centrality;
              representative = candidate;
            }
        }
    }

  g_array_sort (event->sources, compare_sources);
  add_links (event, candidates, members, links, within);

  {
    GHashTableIter entity_iter;
    gpointer key;
    g_hash_table_iter_init (&entity_iter, entity_counts);
    while (g_hash_table_iter_next (&entity_iter, &key, NULL))
      {
        int entity = GPOINTER_TO_INT (key) - 1;
        g_array_append_val (event->entities, entity);
      }
    g_array_sort (event->entities, dossier_compare_int);
  }

  event->summary = summarise (summaries, documents, entities, recognizer, representative);
  return event;
}

/* Whether some article of @documents has no publication date. */
static gboolean
any_undated (GPtrArray *documents)
{
  for (guint d = 0; d < documents->len; d++)
    if (!dossier_date_is_set (&((DossierDocument *) g_ptr_array_index (documents, d))->published))
      return TRUE;
  return FALSE;
}

/* The candidates of the articles with a publication date, appended to
 * @candidates, taken from @collected for those whose publication date and
 * dates did not change since they were last collected. */
static void
collect_dated (DossierCollectedCandidates *collected,
               DossierVocabulary          *vocabulary,
               GPtrArray                  *documents,
               GPtrArray                  *entities,
               GArray                     *candidates)
{
  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);

      if (dossier_date_is_set (&document->published))
        _dossier_event_collect_candidates_keeping (collected, vocabulary, documents, entities, d, candidates);
    }
}

/* Whether an article of @documents is not known to the day. */
static gboolean
day_unknown (GPtrArray *documents)
{
  for (guint d = 0; d < documents->len; d++)
    if (((DossierDocument *) g_ptr_array_index (documents, d))->published.precision < DOSSIER_PRECISION_DAY)
      return TRUE;
  return FALSE;
}

/* The elements of @array in a buffer of their exact size, as a view (a
 * GArray's public part: its data and length, to be read with
 * g_array_index () and freed with g_free ()); @array is left empty. */
static GArray
cut_to_length (GArray *array,
               gsize   element_size)
{
  gsize len = 0;
  gpointer data = g_array_steal (array, &len);
  GArray view = { g_realloc (data, MAX (len, 1) * element_size), (guint) len };

  return view;
}

void
dossier_events_build (GPtrArray               *documents,
                      GPtrArray               *entities,
                      DossierEntityRecognizer *recognizer,
                      GPtrArray               *events)
{
  dossier_events_build_keeping (documents, entities, recognizer, NULL, NULL, NULL, NULL, NULL, NULL, events);
}

void
dossier_events_build_keeping (GPtrArray                   *documents,
                              GPtrArray                   *entities,
                              DossierEntityRecognizer     *recognizer,
                              GHashTable                  *kept,
                              GHashTable                  *kept_now,
                              DossierEventKeptVocabulary  *kept_vocabulary,
                              DossierEventKeptVocabulary **kept_vocabulary_now,
                              DossierEventKeptClustering  *kept_clustering,
                              DossierEventKeptClustering **kept_clustering_now,
                              GPtrArray                   *events)
{
  g_autoptr(DossierEventKeptClustering) taken_clustering = kept_clustering;
  gboolean summaries_fit = FALSE;
  DossierVocabulary vocabulary;
  DossierRareTerms rare_terms = { 0 };
  g_autoptr(GArray) candidates = g_array_new (FALSE, TRUE, sizeof (DossierEventCandidate));
  g_autoptr(GArray) links = g_array_new (FALSE, TRUE, sizeof (DossierCandidateLink));
  g_autoptr(GHashTable) clusters = NULL;
  g_autoptr(GHashTable) cluster_links = NULL;
  g_autoptr(GArray) doubted = NULL;
  g_autoptr(DossierCollectedCandidates) collected = NULL;
  g_autoptr(DossierPairDecisions) decisions = NULL;
  g_autoptr(DossierDaysNews) days_news = NULL;
  GArray candidates_view, links_view;
  GArray *cut_candidates, *cut_links;

  g_return_if_fail (documents != NULL);
  g_return_if_fail (events != NULL);

  if (kept_clustering_now != NULL)
    *kept_clustering_now = NULL;
  _dossier_vocabulary_init_keeping (&vocabulary, documents, recognizer, kept, kept_now, kept_vocabulary,
                                    kept_vocabulary_now);

  doubted = _dossier_publication_dates_doubt (documents);
  /* Where some article is undated, the dated articles' candidates are
   * collected in each round of the inference, and every article's at its
   * end: most articles' publication dates and dates stay as they were from
   * one round to the next, and so do their candidates. */
  if (any_undated (documents))
    {
      collected = _dossier_collected_candidates_new (documents->len);
      /* … and so are most pairs of them compared; and so were they in the
       * analysis before, where its candidates are these. */
      if (_dossier_event_kept_clustering_fits (taken_clustering, vocabulary.taken, documents, entities))
        {
          _dossier_event_kept_clustering_take (taken_clustering, collected, documents);
          decisions = g_steal_pointer (&taken_clustering->decisions);
          /* … and the events' summaries, where the entities' names are
           * those they had. */
          summaries_fit = _dossier_event_kept_clustering_names_fit (taken_clustering, entities);
        }
      else
        decisions = _dossier_pair_decisions_new ();
      if (kept_clustering_now != NULL)
        {
          _dossier_pair_decisions_keep_words (decisions);
          _dossier_collected_candidates_keep_serials (collected);
        }
      /* … and what dated articles tell as their day's news. */
      days_news = _dossier_days_news_new ();
    }
  collect_dated (collected, &vocabulary, documents, entities, candidates);

  if (collected != NULL)
    {
      g_autoptr(GArray) own_dated = g_array_new (FALSE, FALSE, sizeof (guint));
      gboolean dated;

      DOSSIER_DEBUG ("events: clustering the dated articles' sentences, to date the undated articles");
      _dossier_event_candidates_cluster (&vocabulary, documents, entities, candidates, decisions, NULL);
      dated = _dossier_publication_dates_infer (&vocabulary, documents, entities, candidates, FALSE, days_news);
      _dossier_publication_dates_settle (documents, doubted);
      /* Articles that name days without a year, where nothing dated them,
       * are read in the dossier's year. */
      dated |= _dossier_publication_dates_from_own_days (documents, own_dated);
      /* Those now dated report happenings the undated may report too: they
       * are read again against them, a few rounds at most, an opening
       * counting only where it shares words with what it reports. */
      for (guint round = 0; dated && round < INFERENCE_ROUNDS && day_unknown (documents); round++)
        {
          g_array_set_size (candidates, 0);
          collect_dated (collected, &vocabulary, documents, entities, candidates);
          _dossier_event_candidates_cluster (&vocabulary, documents, entities, candidates, decisions, NULL);
          dated = _dossier_publication_dates_infer (&vocabulary, documents, entities, candidates, TRUE, days_news);
        }
      /* Those dated by their own days in a borrowed year are read once
       * more against all the others. */
      if (own_dated->len > 0 && own_dated->len < documents->len)
        {
          g_autoptr(GArray) again = _dossier_publication_dates_doubt_own_days (documents, own_dated);

          g_array_set_size (candidates, 0);
          collect_dated (collected, &vocabulary, documents, entities, candidates);
          _dossier_event_candidates_cluster (&vocabulary, documents, entities, candidates, decisions, NULL);
          _dossier_publication_dates_infer (&vocabulary, documents, entities, candidates, TRUE, days_news);
          _dossier_publication_dates_settle (documents, again);
        }
      /* What nothing dated, in a dossier of one week, is of that week; and
       * those so dated report happenings the still undated may report
       * too: once more against them. */
      if (_dossier_publication_dates_from_the_dossiers_week (documents) && day_unknown (documents))
        {
          g_array_set_size (candidates, 0);
          collect_dated (collected, &vocabulary, documents, entities, candidates);
          _dossier_event_candidates_cluster (&vocabulary, documents, entities, candidates, decisions, NULL);
          _dossier_publication_dates_infer (&vocabulary, documents, entities, candidates, TRUE, days_news);
        }
      /* Every article again: those now dated, and undated ones, which still
       * have absolute dates ("on 3 October 2024"). */
      g_array_set_size (candidates, 0);
      for (guint d = 0; d < documents->len; d++)
        _dossier_event_collect_candidates_keeping (collected, &vocabulary, documents, entities, d, candidates);
    }

  DOSSIER_DEBUG ("events: clustering the sentences of every article");
  _dossier_event_candidates_cluster (&vocabulary, documents, entities, candidates, decisions, links);
  /* The last clustering: what they decided is kept for the next analysis,
   * with the vocabulary it was decided with. */
  if (kept_clustering_now != NULL && decisions != NULL && kept_vocabulary_now != NULL && *kept_vocabulary_now != NULL)
    *kept_clustering_now = _dossier_event_kept_clustering_new (collected, &decisions, *kept_vocabulary_now, documents,
                                                               entities);
  /* The sentences without a date are found by their rarest terms twice:
   * counted once. */
  _dossier_event_rare_terms_init (&rare_terms, &vocabulary);
  _dossier_event_attach_undated (&vocabulary, documents, entities, &rare_terms, candidates, links);
  _dossier_event_corroborate_undated (&vocabulary, documents, entities, &rare_terms, candidates, links);
  /* … and kept with a vocabulary counted here, for the next analysis
   * that takes it. */
  if (kept_vocabulary_now != NULL && *kept_vocabulary_now != NULL && vocabulary.taken == NULL)
    _dossier_event_rare_terms_keep (&rare_terms, &vocabulary, *kept_vocabulary_now);
  _dossier_event_rare_terms_clear (&rare_terms);
  _dossier_event_attach_continuations (&vocabulary, documents, candidates, links);
  /* No candidate or link is added from here on: their buffers are cut to
   * what they hold (a GArray's is a power of two, up to twice that) before
   * the events are made, and read through views. */
  candidates_view = cut_to_length (candidates, sizeof (DossierEventCandidate));
  links_view = cut_to_length (links, sizeof (DossierCandidateLink));
  cut_candidates = &candidates_view;
  cut_links = &links_view;

  /* Each cluster becomes an event. */
  clusters = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  for (guint c = 0; c < cut_candidates->len; c++)
    {
      DossierEventCandidate *candidate = &g_array_index (cut_candidates, DossierEventCandidate, c);
      GArray *members = g_hash_table_lookup (clusters, GINT_TO_POINTER (candidate->cluster + 1));
      if (members == NULL)
        {
          members = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (clusters, GINT_TO_POINTER (candidate->cluster + 1), members);
        }
      g_array_append_val (members, c);
    }

  /* The links inside each cluster, in their order. */
  cluster_links = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  for (guint k = 0; k < cut_links->len; k++)
    {
      const DossierCandidateLink *found = &g_array_index (cut_links, DossierCandidateLink, k);
      int cluster = g_array_index (cut_candidates, DossierEventCandidate, found->a).cluster;

      if (g_array_index (cut_candidates, DossierEventCandidate, found->b).cluster == cluster)
        _dossier_event_bucket_add (cluster_links, cluster + 1, k);
    }

  {
    GHashTableIter iter;
    gpointer key, value;
    /* The sentence each centrality compares with the others, for every
     * event: its table of marks made once. */
    DossierEventProbe probe = { 0 };
    Summaries summaries = { NULL, NULL };

    if (summaries_fit && taken_clustering->summaries != NULL)
      summaries.taken = taken_clustering;
    if (kept_clustering_now != NULL && *kept_clustering_now != NULL)
      summaries.made = g_new0 (DossierKeptSummaries *, MAX (documents->len, 1u));

    g_hash_table_iter_init (&iter, clusters);
    while (g_hash_table_iter_next (&iter, &key, &value))
      {
        DossierEventRecord *made = make_event (&vocabulary, &probe, documents, entities, recognizer, &summaries,
                                               cut_candidates, value, cut_links,
                                               g_hash_table_lookup (cluster_links, key));
        /* A happening one article alone dates, and only to its week ("this
         * week", "last week"), no other outlet's day joining it, is too
         * vague for the timeline: its sentence and its date stay in the
         * article. */
        if (made->date.precision == DOSSIER_PRECISION_WEEK && one_article (made))
          {
            dossier_event_record_free (made);
            continue;
          }
        g_ptr_array_add (events, made);
      }
    _dossier_event_probe_clear (&probe);
    if (summaries.made != NULL)
      (*kept_clustering_now)->summaries = summaries.made;
  }

  g_ptr_array_sort (events, compare_events);

  _dossier_event_actions_keep (&vocabulary, documents);
  _dossier_event_sentence_texts_keep (&vocabulary);
  _dossier_vocabulary_clear (&vocabulary);
  g_free (candidates_view.data);
  g_free (links_view.data);
}
