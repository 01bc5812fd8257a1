/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Publication dates for articles that state none.  Without one, an
 * article's relative dates ("on Wednesday") cannot be resolved, and it
 * adds nothing to the timeline.  But when several of its sentences with
 * such dates say what dated articles report of days they name, the day
 * the article was written is the one against which those relative dates
 * name those days.  It is set as inferred, with the evidence. */

#include "dossier-publication-inference.h"

#include "dossier-date-expression.h"
#include "dossier-debug.h"
#include "dossier-document-dates.h"
#include "dossier-event-similarity.h"
#include "dossier-event-terms.h"
#include "dossier-event-thresholds.h"

/* 0: the dates cannot be the same happening; 1: the same; 2: one lies
 * within the other ("in July" and "11 July"). */
static int
dates_agree (const DossierDate *a,
             const DossierDate *b)
{
  int a_first, a_last, b_first, b_last;

  dossier_date_get_span (a, &a_first, &a_last);
  dossier_date_get_span (b, &b_first, &b_last);
  if (a_first == b_first && a_last == b_last)
    return 1;
  if ((a_first >= b_first && a_last <= b_last) || (b_first >= a_first && b_last <= a_last))
    {
      /* A year holds too much to say two statements are one event. */
      if (a->precision == DOSSIER_PRECISION_YEAR || b->precision == DOSSIER_PRECISION_YEAR)
        return 0;
      return 2;
    }
  return 0;
}

/* How many of a document's relative dates, read against @reference, name
 * the day of the event their sentence matched, one per event; with
 * @evidence, each such date is told: “on Tuesday” = 2024-11-19. */
static guint
count_satisfied (DossierDocument   *document,
                 GArray            *constraints,
                 GArray            *dated_candidates,
                 const DossierDate *reference,
                 GString           *evidence)
{
  g_autoptr(GHashTable) clusters = g_hash_table_new (NULL, NULL);
  guint satisfied = 0;

  for (guint k = 0; k < constraints->len; k++)
    {
      guint *pair = &g_array_index (constraints, guint, k * 2);
      DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, pair[0]);
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, date->paragraph);
      DossierEventCandidate *candidate = &g_array_index (dated_candidates, DossierEventCandidate, pair[1]);
      g_autoptr(GArray) found = dossier_date_expressions_find (paragraph->text, paragraph->len, reference);

      for (guint f = 0; f < found->len; f++)
        {
          DossierDateExpression *expression = &g_array_index (found, DossierDateExpression, f);
          if (expression->start == date->start && dossier_date_is_set (&expression->value) &&
              dates_agree (&expression->value, &candidate->date) == 1 &&
              !g_hash_table_contains (clusters, GINT_TO_POINTER (candidate->cluster + 1)))
            {
              g_hash_table_add (clusters, GINT_TO_POINTER (candidate->cluster + 1));
              satisfied++;
              if (evidence != NULL)
                {
                  g_autofree char *iso = dossier_date_to_iso (&candidate->date);
                  g_string_append_printf (evidence, "%s “%.*s” = %s", satisfied == 1 ? "" : ";",
                                          (int) (date->end - date->start), paragraph->text + date->start, iso);
                }
            }
        }
    }
  return satisfied;
}

/* The date an undated article was most likely published on: the earliest
 * day against which its relative dates name the days that dated articles
 * give for the same happenings.  Needs INFERENCE_AGREEMENTS of them. */
void
_dossier_publication_dates_infer (DossierVocabulary *vocabulary,
                                  GPtrArray         *documents,
                                  GArray            *dated_candidates)
{
  DossierEventBlocker blocker;

  _dossier_event_blocker_init (&blocker, dated_candidates, dated_candidates->len);

  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);
      g_autoptr(GArray) constraints = g_array_new (FALSE, FALSE, sizeof (guint) * 2);  /* date index, candidate */
      int lowest = G_MAXINT, highest = 0;
      int best_day = 0;
      guint best_satisfied = 0;
      g_autoptr(GString) evidence = NULL;

      if (dossier_date_is_set (&document->published))
        continue;

      for (guint i = 0; i < document->dates->len; i++)
        {
          DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, i);
          DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, date->paragraph);
          gsize start = 0;
          DossierEventSentence *sentence;
          g_autoptr(GArray) blocked = NULL;
          double best_sim = 0;
          int best = -1;

          if (!date->relative || dossier_date_is_set (&date->value))
            continue;
          /* The sentence the date is in: the last to start at or before
           * it (sentences are in order and do not overlap). */
          {
            guint low = 0, high = paragraph->sentences->len;

            while (low < high)
              {
                guint middle = low + (high - low) / 2;

                if (g_array_index (paragraph->sentences, DossierSpan, middle).start <= date->start)
                  low = middle + 1;
                else
                  high = middle;
              }
            if (low > 0 && date->end <= g_array_index (paragraph->sentences, DossierSpan, low - 1).end)
              start = g_array_index (paragraph->sentences, DossierSpan, low - 1).start;
          }
          sentence = _dossier_vocabulary_find_sentence (vocabulary, d, date->paragraph, start);
          blocked = _dossier_event_blocker_find (vocabulary, &blocker, sentence->terms);
          for (guint k = 0; k < blocked->len; k++)
            {
              guint c = g_array_index (blocked, guint, k);
              DossierEventCandidate *candidate = &g_array_index (dated_candidates, DossierEventCandidate, c);
              double sim;
              if (candidate->date.precision != DOSSIER_PRECISION_DAY)
                continue;
              sim = _dossier_event_similarity (vocabulary, sentence->terms, sentence->norm,
                                               candidate->terms, candidate->norm);
              if (sim > best_sim)
                {
                  best_sim = sim;
                  best = c;
                }
            }
          if (best >= 0 && best_sim >= INFERENCE_SIMILARITY)
            {
              guint pair[2] = { i, best };
              DossierEventCandidate *matched = &g_array_index (dated_candidates, DossierEventCandidate, best);
              int day = dossier_date_to_day_number (&matched->date);
              g_array_append_val (constraints, pair);
              lowest = MIN (lowest, day);
              highest = MAX (highest, day);
            }
        }

      if (constraints->len < INFERENCE_AGREEMENTS)
        {
          DOSSIER_DEBUG ("events: a%u left undated: %u of its relative dates match a dated event, %u needed",
                         d + 1, constraints->len, (guint) INFERENCE_AGREEMENTS);
          continue;
        }

      /* A relative date names a day within a week of the reference, so the
       * references worth trying lie within a week of a matched event; keep
       * the earliest that satisfies the most. */
      for (int day = lowest - INFERENCE_WINDOW_DAYS; day <= highest + INFERENCE_WINDOW_DAYS; day++)
        {
          DossierDate reference;
          guint satisfied;
          gboolean near = FALSE;

          for (guint k = 0; k < constraints->len && !near; k++)
            {
              guint *pair = &g_array_index (constraints, guint, k * 2);
              int event_day = g_array_index (dated_candidates, DossierEventCandidate, pair[1]).first_day;
              near = ABS (day - event_day) <= INFERENCE_WINDOW_DAYS;
            }
          if (!near)
            continue;
          reference = dossier_date_from_day_number (day);
          satisfied = count_satisfied (document, constraints, dated_candidates, &reference, NULL);
          if (satisfied > best_satisfied)
            {
              best_satisfied = satisfied;
              best_day = day;
            }
        }

      if (best_satisfied < INFERENCE_AGREEMENTS)
        {
          DOSSIER_DEBUG ("events: a%u left undated: no one day explains %u of its relative dates, at most %u",
                         d + 1, (guint) INFERENCE_AGREEMENTS, best_satisfied);
          continue;
        }

      document->published = dossier_date_from_day_number (best_day);
      document->published_from = DOSSIER_DATE_SOURCE_INFERRED;
      evidence = g_string_new (NULL);
      g_string_append_printf (evidence, "%u dated events that other articles report match this article's "
                              "relative dates:", best_satisfied);
      count_satisfied (document, constraints, dated_candidates, &document->published, evidence);
      document->published_evidence = g_string_free (g_steal_pointer (&evidence), FALSE);
      DOSSIER_DEBUG ("events: a%u published on %04d-%02d-%02d, inferred: %s", d + 1, document->published.year,
                     document->published.month, document->published.day, document->published_evidence);
      dossier_document_find_dates (document);
    }

  _dossier_event_blocker_clear (&blocker);
}
