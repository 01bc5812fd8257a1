/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-analysis.h"

#include <string.h>

#include "dossier-correction.h"
#include "dossier-debug.h"
#include "dossier-threads.h"
#include "dossier-document-dates.h"
#include "dossier-event-corrections.h"
#include "dossier-entity-recognizer.h"
#include "dossier-headline-names.h"
#include "dossier-kept-article.h"
#include "dossier-kept-quotes.h"
#include "dossier-kept-resolution.h"
#include "dossier-name-candidates.h"
#include "dossier-quote.h"
#include "dossier-sentence.h"

struct _DossierAnalysis
{
  gatomicrefcount ref_count;
  guint n_threads;
  DossierGazetteer *gazetteer;
  DossierEntityRecognizer *recognizer;
  GPtrArray *documents;     /* of DossierDocument* */
  GPtrArray *entities;      /* of DossierEntityRecord* */
  GPtrArray *events;        /* of DossierEventRecord* */
  GPtrArray *headline_names; /* per document, a GArray of DossierHeadlineMention */
  GPtrArray *headline_dates; /* per document, a GArray of DossierHeadlineDate */
  GPtrArray *corrections;   /* of DossierCorrection*, applied by run () */
  /* What the per-article step found, kept for the next run: digest →
   * DossierKeptArticle*, of the last run or of the analysis reused; never
   * changed once made (another analysis may read it), replaced at the end
   * of a run.  NULL while nothing is kept. */
  gboolean keeps_results;
  GHashTable *kept;
  GPtrArray *kept_now;      /* during a run, per document, of DossierKeptArticle* */
  /* What the events read of each article's words (paragraphs digest →
   * DossierEventKeptTerms*), kept and replaced as @kept is. */
  GHashTable *kept_terms;
  /* The events' whole vocabulary as the last analysis counted it. */
  DossierEventKeptVocabulary *kept_vocabulary;
  /* What the last analysis's clusterings decided: unlike the others, taken
   * whole by the next analysis (dossier_analysis_reuse ()), which changes
   * it.  NULL while nothing is kept. */
  DossierEventKeptClustering *kept_clustering;
  /* The quotes found in each article (paragraphs digest →
   * DossierKeptQuotes*), kept and replaced as @kept is; during a run, per
   * document, what it found or took. */
  GHashTable *kept_quotes;
  GPtrArray *kept_quotes_now;
  /* What the names judged across the dossier decided of each article's
   * candidates (article digest → GBytes of DossierNameVerdict), kept and
   * replaced as @kept is; during a run, per document, what it noted or
   * took. */
  GHashTable *kept_verdicts;
  GPtrArray *kept_verdicts_now;
  /* What the entity resolution was given and made, kept and replaced as
   * @kept is. */
  DossierKeptResolution *kept_resolution;
  gint n_reused;            /* articles whose kept results the last run put back */
  /* While what the per-article step finds is found again for an analysis
   * read back from where it was kept (dossier_analysis_find_kept ()),
   * an analysis that would reuse it waits: it would do the same work. */
  GMutex kept_lock;
  GCond kept_found;
  gboolean finding_kept;
};

DossierAnalysis *
dossier_analysis_new (DossierGazetteer *gazetteer)
{
  DossierAnalysis *analysis;

  g_return_val_if_fail (gazetteer != NULL, NULL);

  analysis = g_new0 (DossierAnalysis, 1);
  g_atomic_ref_count_init (&analysis->ref_count);
  analysis->n_threads = 1;
  analysis->gazetteer = dossier_gazetteer_ref (gazetteer);
  analysis->recognizer = dossier_entity_recognizer_new (gazetteer);
  analysis->documents = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_document_free);
  analysis->entities = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_entity_record_free);
  analysis->events = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_event_record_free);
  analysis->headline_names = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  analysis->headline_dates = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  analysis->corrections = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_correction_free);
  g_mutex_init (&analysis->kept_lock);
  g_cond_init (&analysis->kept_found);
  return analysis;
}

DossierAnalysis *
dossier_analysis_ref (DossierAnalysis *analysis)
{
  g_return_val_if_fail (analysis != NULL, NULL);

  g_atomic_ref_count_inc (&analysis->ref_count);
  return analysis;
}

void
dossier_analysis_unref (DossierAnalysis *analysis)
{
  if (analysis == NULL || !g_atomic_ref_count_dec (&analysis->ref_count))
    return;

  g_clear_pointer (&analysis->kept, g_hash_table_unref);
  g_clear_pointer (&analysis->kept_terms, g_hash_table_unref);
  g_clear_pointer (&analysis->kept_vocabulary, dossier_event_kept_vocabulary_unref);
  g_clear_pointer (&analysis->kept_clustering, dossier_event_kept_clustering_free);
  g_clear_pointer (&analysis->kept_quotes, g_hash_table_unref);
  g_clear_pointer (&analysis->kept_verdicts, g_hash_table_unref);
  g_clear_pointer (&analysis->kept_resolution, dossier_kept_resolution_unref);
  g_ptr_array_unref (analysis->corrections);
  g_ptr_array_unref (analysis->events);
  g_ptr_array_unref (analysis->headline_names);
  g_ptr_array_unref (analysis->headline_dates);
  g_ptr_array_unref (analysis->entities);
  g_ptr_array_unref (analysis->documents);
  dossier_entity_recognizer_free (analysis->recognizer);
  dossier_gazetteer_unref (analysis->gazetteer);
  g_mutex_clear (&analysis->kept_lock);
  g_cond_clear (&analysis->kept_found);
  g_free (analysis);
}

guint
dossier_analysis_add_document (DossierAnalysis *analysis,
                               DossierDocument *document)
{
  g_return_val_if_fail (analysis != NULL, 0);
  g_return_val_if_fail (document != NULL, 0);

  g_ptr_array_add (analysis->documents, document);
  return analysis->documents->len - 1;
}

void
dossier_analysis_clear (DossierAnalysis *analysis)
{
  g_return_if_fail (analysis != NULL);

  g_ptr_array_set_size (analysis->events, 0);
  g_ptr_array_set_size (analysis->headline_names, 0);
  g_ptr_array_set_size (analysis->headline_dates, 0);
  g_ptr_array_set_size (analysis->entities, 0);
  g_ptr_array_set_size (analysis->documents, 0);
}

guint
dossier_analysis_get_n_documents (DossierAnalysis *analysis)
{
  return analysis->documents->len;
}

GPtrArray *
dossier_analysis_get_documents (DossierAnalysis *analysis)
{
  return analysis->documents;
}

DossierDocument *
dossier_analysis_get_document (DossierAnalysis *analysis,
                               guint            index)
{
  g_return_val_if_fail (index < analysis->documents->len, NULL);
  return g_ptr_array_index (analysis->documents, index);
}

guint
dossier_analysis_get_n_entities (DossierAnalysis *analysis)
{
  return analysis->entities->len;
}

const DossierEntityRecord *
dossier_analysis_get_entity (DossierAnalysis *analysis,
                             guint            index)
{
  g_return_val_if_fail (index < analysis->entities->len, NULL);
  return g_ptr_array_index (analysis->entities, index);
}

/* The names and dates of each article's title and captions: the
 * dossier's entities found there, and dates read from the day each
 * article was published, which the events may have inferred. */
static void
find_headline_names_and_dates (DossierAnalysis *analysis)
{
  dossier_headline_names_find (analysis->documents, analysis->entities, analysis->headline_names);
  dossier_headline_dates_find (analysis->documents, analysis->headline_dates);
}

const GArray *
dossier_analysis_get_headline_names (DossierAnalysis *analysis,
                                     guint            index)
{
  g_return_val_if_fail (analysis != NULL, NULL);

  if (index >= analysis->headline_names->len)
    return NULL;
  return g_ptr_array_index (analysis->headline_names, index);
}

const GArray *
dossier_analysis_get_headline_dates (DossierAnalysis *analysis,
                                     guint            index)
{
  g_return_val_if_fail (analysis != NULL, NULL);

  if (index >= analysis->headline_dates->len)
    return NULL;
  return g_ptr_array_index (analysis->headline_dates, index);
}

guint
dossier_analysis_get_n_events (DossierAnalysis *analysis)
{
  return analysis->events->len;
}

const DossierEventRecord *
dossier_analysis_get_event (DossierAnalysis *analysis,
                            guint            index)
{
  g_return_val_if_fail (index < analysis->events->len, NULL);
  return g_ptr_array_index (analysis->events, index);
}

static void
split_sentences (DossierDocument *document)
{
  for (guint p = 0; p < document->paragraphs->len; p++)
    {
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);
      dossier_sentences_split (paragraph->text, paragraph->len, paragraph->sentences);
    }
}

/* With G_MESSAGES_DEBUG=dossier-core, how long each step of a run took
 * since it began: where a correction's wait goes. */
static void
debug_step (const char *step,
            gint64      start)
{
  DOSSIER_DEBUG ("analysis: %s done after %.1f ms", step, (g_get_monotonic_time () - start) / 1000.0);
}

/* The per-article step proper: sentences, dates, mentions; the full
 * names met are added to @surnames. */
static void
scan_document (DossierAnalysis *analysis,
               DossierDocument *document,
               GHashTable      *surnames,
               GArray          *pending)
{
  split_sentences (document);
  dossier_document_find_dates (document);
  dossier_entity_recognizer_scan (analysis->recognizer, document, surnames, pending);
}

/* The per-article step of an analysis that keeps its results: what an
 * earlier run found in the same article (the same digest) is put back;
 * otherwise it is found and kept.  Returns what is kept of @document. */
static DossierKeptArticle *
scan_or_restore (DossierAnalysis *analysis,
                 DossierDocument *document,
                 GHashTable      *surnames,
                 GArray          *pending)
{
  g_autofree char *digest = dossier_kept_article_digest (document);
  DossierKeptArticle *kept = analysis->kept != NULL ? g_hash_table_lookup (analysis->kept, digest) : NULL;
  g_autoptr(GHashTable) own = NULL;
  g_autoptr(GPtrArray) names = NULL;
  GHashTableIter iter;
  gpointer key;

  if (kept != NULL)
    {
      g_atomic_int_inc (&analysis->n_reused);
      dossier_kept_article_restore (kept, document, pending, surnames);
      return dossier_kept_article_ref (kept);
    }

  /* The article's own full names, to be kept with it. */
  own = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  scan_document (analysis, document, own, pending);
  names = g_ptr_array_new_full (g_hash_table_size (own), NULL);
  g_hash_table_iter_init (&iter, own);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_ptr_array_add (names, key);
      g_hash_table_add (surnames, g_strdup (key));
    }
  return dossier_kept_article_new (g_steal_pointer (&digest), document, pending, names);
}

/* The quotes of @document, whose names were all judged: those kept for
 * its paragraphs where its people's mentions are still those they were
 * found with, or found and kept.  Returns what is kept. */
static DossierKeptQuotes *
find_or_restore_quotes (DossierAnalysis *analysis,
                        DossierDocument *document)
{
  DossierKeptQuotes *kept = NULL;

  if (analysis->kept_quotes != NULL && document->paragraphs_digest != NULL)
    kept = g_hash_table_lookup (analysis->kept_quotes, document->paragraphs_digest);
  if (kept != NULL && dossier_kept_quotes_restore (kept, document))
    return dossier_kept_quotes_ref (kept);
  dossier_quotes_find (document, analysis->recognizer);
  return document->paragraphs_digest != NULL ? dossier_kept_quotes_new (document) : NULL;
}

/* The per-article steps run on several threads; each takes every n-th
 * article and keeps the surnames it meets in a table of its own, merged
 * afterwards, so the result is the same whatever the number of threads. */
typedef struct
{
  DossierAnalysis *analysis;
  GPtrArray *pending;       /* per document, set by the worker that has it */
  GHashTable *surnames;     /* this worker's, then the merged one (read only) */
  GHashTable *confirmed;    /* the same, of names confirmed in the second phase */
  GHashTable *organizations; /* pairs found to be organisations' names (read only) */
  GHashTable *places;       /* lone words found to be places' names → their keys (read only) */
  guint first;
  guint step;
  guint phase;              /* 0 scan, 1 judge, 2 judge again, quotes */
} Worker;

/* The pending names of document @d judged across the dossier, as the
 * last analysis judged them in the same article where what the judging
 * reads from outside it, whether each candidate's key is a known surname,
 * is as it was then; otherwise judged, and what was decided noted. */
static void
judge_or_take_verdicts (Worker          *worker,
                        guint            d,
                        DossierDocument *document)
{
  DossierAnalysis *analysis = worker->analysis;
  GArray *pending = g_ptr_array_index (worker->pending, d);
  const DossierKeptArticle *article = analysis->kept_now != NULL ? g_ptr_array_index (analysis->kept_now, d) : NULL;
  GBytes *verdicts = NULL;
  g_autoptr(GArray) noted = NULL;

  if (article == NULL)
    {
      dossier_name_candidates_accept_pending (document, pending, worker->surnames, worker->confirmed);
      return;
    }
  if (analysis->kept_verdicts != NULL)
    verdicts = g_hash_table_lookup (analysis->kept_verdicts, dossier_kept_article_get_digest (article));
  if (verdicts != NULL)
    {
      gsize size;
      const DossierNameVerdict *taken = g_bytes_get_data (verdicts, &size);

      if (dossier_name_candidates_accept_as_judged (document, pending, worker->surnames, worker->confirmed, taken,
                                                    size / sizeof (DossierNameVerdict)))
        {
          g_ptr_array_index (analysis->kept_verdicts_now, d) = g_bytes_ref (verdicts);
          return;
        }
    }
  noted = g_array_new (FALSE, FALSE, sizeof (DossierNameVerdict));
  dossier_name_candidates_accept_pending_noting (document, pending, worker->surnames, worker->confirmed, noted);
  g_ptr_array_index (analysis->kept_verdicts_now, d) = g_bytes_new (noted->data,
                                                                    noted->len * sizeof (DossierNameVerdict));
}

static gpointer
analyse_documents (gpointer data)
{
  Worker *worker = data;
  DossierAnalysis *analysis = worker->analysis;

  for (guint d = worker->first; d < analysis->documents->len; d += worker->step)
    {
      DossierDocument *document = g_ptr_array_index (analysis->documents, d);

      if (worker->phase == 0)
        {
          GArray *document_pending = g_array_new (FALSE, TRUE, sizeof (DossierMention));

          /* An inferred date is inferred again from the current evidence. */
          if (document->published_from == DOSSIER_DATE_SOURCE_INFERRED)
            {
              document->published = (DossierDate) DOSSIER_DATE_INIT;
              document->published_from = DOSSIER_DATE_SOURCE_NONE;
              g_clear_pointer (&document->published_evidence, g_free);
            }

          dossier_document_clear_analysis (document);
          if (analysis->kept_now != NULL)
            g_ptr_array_index (analysis->kept_now, d) = scan_or_restore (analysis, document, worker->surnames,
                                                                         document_pending);
          else
            scan_document (analysis, document, worker->surnames, document_pending);
          g_ptr_array_index (worker->pending, d) = document_pending;
          /* Tokens of every article kept until the next phase would take
           * many times the dossier's text (see below). */
          if (analysis->documents->len > 1)
            dossier_document_release_tokens (document);
        }
      else if (worker->phase == 1)
        judge_or_take_verdicts (worker, d, document);
      else
        {
          /* A name one article confirms stands in the others. */
          dossier_name_candidates_accept_confirmed (document, g_ptr_array_index (worker->pending, d),
                                                      worker->confirmed, worker->organizations, worker->places);
          if (analysis->kept_quotes_now != NULL)
            g_ptr_array_index (analysis->kept_quotes_now, d) = find_or_restore_quotes (analysis, document);
          else
            dossier_quotes_find (document, analysis->recognizer);
          /* In a large dossier every article's tokens at once would take
           * many times the text's size; the event builder makes them again
           * one article at a time. */
          if (analysis->documents->len > 1)
            dossier_document_release_tokens (document);
        }
    }
  return NULL;
}

static void
run_workers (Worker  *workers,
             guint    n_workers)
{
  dossier_threads_run ("dossier-analysis", analyse_documents, workers, sizeof (Worker), n_workers);
}

/* What this run found in each article replaces what was kept: an article
 * gone from the dossier is forgotten. */
static void
keep_results (DossierAnalysis *analysis)
{
  GHashTable *kept = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                            (GDestroyNotify) dossier_kept_article_unref);

  for (guint d = 0; d < analysis->kept_now->len; d++)
    {
      DossierKeptArticle *article = g_ptr_array_index (analysis->kept_now, d);

      /* An article too large to keep (see dossier_kept_article_new ()). */
      if (article == NULL)
        continue;
      /* The same article twice: either will do, they are alike (the key
       * is replaced with the value, which owns it). */
      g_hash_table_replace (kept, (gpointer) dossier_kept_article_get_digest (article),
                            dossier_kept_article_ref (article));
    }
  /* @kept_now stays, for the names judged to find each article's digest. */
  g_clear_pointer (&analysis->kept, g_hash_table_unref);
  analysis->kept = kept;
}

/* The quotes this run found or took replace those kept. */
static void
keep_quotes (DossierAnalysis *analysis)
{
  GHashTable *kept = dossier_kept_quotes_table_new ();

  for (guint d = 0; d < analysis->kept_quotes_now->len; d++)
    {
      DossierKeptQuotes *quotes = g_steal_pointer (&g_ptr_array_index (analysis->kept_quotes_now, d));

      if (quotes != NULL)
        g_hash_table_replace (kept, (gpointer) dossier_kept_quotes_get_digest (quotes), quotes);
    }
  g_clear_pointer (&analysis->kept_quotes_now, g_ptr_array_unref);
  g_clear_pointer (&analysis->kept_quotes, g_hash_table_unref);
  analysis->kept_quotes = kept;
}

/* The verdicts this run noted or took replace those kept, under the digest
 * of the article each was judged in. */
static void
keep_verdicts (DossierAnalysis *analysis)
{
  GHashTable *kept = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_bytes_unref);

  for (guint d = 0; d < analysis->kept_verdicts_now->len; d++)
    {
      GBytes *verdicts = g_steal_pointer (&g_ptr_array_index (analysis->kept_verdicts_now, d));
      const DossierKeptArticle *article = g_ptr_array_index (analysis->kept_now, d);

      if (verdicts != NULL)
        g_hash_table_replace (kept, g_strdup (dossier_kept_article_get_digest (article)), verdicts);
    }
  g_clear_pointer (&analysis->kept_verdicts_now, g_ptr_array_unref);
  g_clear_pointer (&analysis->kept_verdicts, g_hash_table_unref);
  analysis->kept_verdicts = kept;
}

void
dossier_analysis_set_threads (DossierAnalysis *analysis,
                              guint            n_threads)
{
  g_return_if_fail (analysis != NULL);

  analysis->n_threads = CLAMP (n_threads, 1, 64);
}

void
dossier_analysis_run (DossierAnalysis *analysis)
{
  g_autoptr(GHashTable) surnames = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) confirmed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) organizations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) places = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) pending = NULL;
  guint n_workers;
  g_autofree Worker *workers = NULL;

  gint64 start = g_get_monotonic_time ();

  g_return_if_fail (analysis != NULL);

  g_ptr_array_set_size (analysis->events, 0);
  g_ptr_array_set_size (analysis->entities, 0);

  g_atomic_int_set (&analysis->n_reused, 0);
  if (analysis->keeps_results)
    {
      analysis->kept_now = g_ptr_array_new_full (analysis->documents->len,
                                                 (GDestroyNotify) dossier_kept_article_unref);
      g_ptr_array_set_size (analysis->kept_now, analysis->documents->len);
      analysis->kept_quotes_now = g_ptr_array_new_full (analysis->documents->len,
                                                        (GDestroyNotify) dossier_kept_quotes_unref);
      g_ptr_array_set_size (analysis->kept_quotes_now, analysis->documents->len);
      analysis->kept_verdicts_now = g_ptr_array_new_full (analysis->documents->len,
                                                          (GDestroyNotify) g_bytes_unref);
      g_ptr_array_set_size (analysis->kept_verdicts_now, analysis->documents->len);
    }
  n_workers = MAX (1, MIN (analysis->n_threads, analysis->documents->len / 16 + 1));
  pending = g_ptr_array_new_full (analysis->documents->len, (GDestroyNotify) g_array_unref);
  g_ptr_array_set_size (pending, analysis->documents->len);
  workers = g_new0 (Worker, n_workers);
  for (guint t = 0; t < n_workers; t++)
    {
      workers[t].analysis = analysis;
      workers[t].pending = pending;
      workers[t].surnames = t == 0 ? surnames : g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      workers[t].first = t;
      workers[t].step = n_workers;
    }
  run_workers (workers, n_workers);
  if (analysis->kept_now != NULL)
    keep_results (analysis);
  DOSSIER_DEBUG ("analysis: %u of %u articles taken as an earlier analysis kept them", dossier_analysis_get_n_reused (analysis),
                 analysis->documents->len);
  debug_step ("sentences, dates and names of each article", start);

  /* Every full name seen anywhere, before any lone surname is judged. */
  for (guint t = 1; t < n_workers; t++)
    {
      GHashTableIter iter;
      gpointer key;

      g_hash_table_iter_init (&iter, workers[t].surnames);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        g_hash_table_add (surnames, g_strdup (key));
      g_hash_table_unref (workers[t].surnames);
      workers[t].surnames = surnames;
    }
  for (guint t = 0; t < n_workers; t++)
    {
      workers[t].phase = 1;
      workers[t].confirmed = t == 0 ? confirmed : g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    }
  run_workers (workers, n_workers);
  if (analysis->kept_verdicts_now != NULL)
    keep_verdicts (analysis);
  g_clear_pointer (&analysis->kept_now, g_ptr_array_unref);

  /* Every name an article confirmed, before the others are judged again. */
  for (guint t = 1; t < n_workers; t++)
    {
      GHashTableIter iter;
      gpointer key;

      g_hash_table_iter_init (&iter, workers[t].confirmed);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        g_hash_table_add (confirmed, g_strdup (key));
      g_hash_table_unref (workers[t].confirmed);
      workers[t].confirmed = confirmed;
    }
  dossier_name_candidates_find_organizations_and_places (analysis->documents, pending, organizations, places);
  for (guint t = 0; t < n_workers; t++)
    {
      workers[t].phase = 2;
      workers[t].organizations = organizations;
      workers[t].places = places;
    }
  run_workers (workers, n_workers);
  if (analysis->kept_quotes_now != NULL)
    keep_quotes (analysis);
  /* Every candidate is judged: the empty lists go before the dossier-wide
   * stages need their memory. */
  g_clear_pointer (&pending, g_ptr_array_unref);
  debug_step ("names judged across the dossier, quotes", start);

  /* Names the researcher marked join the others before they are resolved. */
  dossier_corrections_add_names (analysis->documents, analysis->corrections);
  if (analysis->keeps_results)
    {
      DossierKeptResolution *made = dossier_kept_resolution_resolve (analysis->documents, analysis->gazetteer,
                                                                     analysis->entities, analysis->kept_resolution);

      g_clear_pointer (&analysis->kept_resolution, dossier_kept_resolution_unref);
      analysis->kept_resolution = made;
    }
  else
    dossier_entities_resolve (analysis->documents, analysis->gazetteer, analysis->entities);
  debug_step ("entities resolved", start);
  {
    g_autoptr(GPtrArray) probable = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_correction_free);

    dossier_corrections_find_probably_same (analysis->entities, analysis->corrections, probable);
    dossier_corrections_apply (analysis->documents, analysis->entities, probable);
  }
  dossier_corrections_apply (analysis->documents, analysis->entities, analysis->corrections);

  debug_step ("entity corrections", start);
  {
    g_autoptr(GHashTable) kept_terms = analysis->keeps_results ? dossier_event_kept_terms_table_new () : NULL;
    DossierEventKeptVocabulary *kept_vocabulary = NULL;
    DossierEventKeptClustering *kept_clustering = NULL;

    /* (The kept clustering is taken over by the events.) */
    dossier_events_build_keeping (analysis->documents, analysis->entities, analysis->recognizer,
                                  analysis->kept_terms, kept_terms, analysis->kept_vocabulary,
                                  kept_terms != NULL ? &kept_vocabulary : NULL,
                                  g_steal_pointer (&analysis->kept_clustering),
                                  kept_terms != NULL ? &kept_clustering : NULL, analysis->events);
    if (kept_terms != NULL)
      {
        g_clear_pointer (&analysis->kept_terms, g_hash_table_unref);
        analysis->kept_terms = g_steal_pointer (&kept_terms);
        g_clear_pointer (&analysis->kept_vocabulary, dossier_event_kept_vocabulary_unref);
        analysis->kept_vocabulary = kept_vocabulary;
        analysis->kept_clustering = kept_clustering;
      }
  }
  debug_step ("events", start);
  find_headline_names_and_dates (analysis);
  dossier_event_corrections_apply (analysis->documents, analysis->entities, analysis->recognizer,
                                   analysis->events, analysis->corrections);

  /* The shared tokens served their three readers; a large dossier should
   * not keep several times its text in them. */
  for (guint d = 0; d < analysis->documents->len; d++)
    dossier_document_release_tokens (g_ptr_array_index (analysis->documents, d));
  debug_step ("event corrections", start);
}

/* Replaces the corrections of entities and events the analysis applies
 * (of DossierCorrection*; an article's are set on its document before). */
void
dossier_analysis_set_corrections (DossierAnalysis *analysis,
                                  GPtrArray       *corrections)
{
  g_return_if_fail (analysis != NULL);

  g_ptr_array_set_size (analysis->corrections, 0);
  for (guint i = 0; corrections != NULL && i < corrections->len; i++)
    {
      const DossierCorrection *correction = g_ptr_array_index (corrections, i);
      if (!dossier_correction_kind_is_article (correction->kind))
        g_ptr_array_add (analysis->corrections, dossier_correction_copy (correction));
    }
}

/* Whether each run keeps what it found in each article, so that the next
 * run (or the analysis that reuses this one) need not find it again in
 * the articles that did not change.  Off by default: it costs memory a
 * single analysis (the command line's) has no use for. */
void
dossier_analysis_set_keeps_results (DossierAnalysis *analysis,
                                    gboolean         keeps_results)
{
  g_return_if_fail (analysis != NULL);

  analysis->keeps_results = keeps_results;
  if (!keeps_results)
    {
      g_clear_pointer (&analysis->kept, g_hash_table_unref);
      g_clear_pointer (&analysis->kept_terms, g_hash_table_unref);
      g_clear_pointer (&analysis->kept_vocabulary, dossier_event_kept_vocabulary_unref);
      g_clear_pointer (&analysis->kept_clustering, dossier_event_kept_clustering_free);
      g_clear_pointer (&analysis->kept_quotes, g_hash_table_unref);
      g_clear_pointer (&analysis->kept_verdicts, g_hash_table_unref);
      g_clear_pointer (&analysis->kept_resolution, dossier_kept_resolution_unref);
    }
}

void
dossier_analysis_reuse (DossierAnalysis *analysis,
                        DossierAnalysis *previous)
{
  g_return_if_fail (analysis != NULL);
  g_return_if_fail (previous != NULL);

  analysis->keeps_results = TRUE;
  /* What another gazetteer found is not what this one would. */
  if (previous == analysis || previous->gazetteer != analysis->gazetteer)
    return;
  g_mutex_lock (&previous->kept_lock);
  while (previous->finding_kept)
    g_cond_wait (&previous->kept_found, &previous->kept_lock);
  g_clear_pointer (&analysis->kept, g_hash_table_unref);
  analysis->kept = previous->kept != NULL ? g_hash_table_ref (previous->kept) : NULL;
  g_clear_pointer (&analysis->kept_terms, g_hash_table_unref);
  analysis->kept_terms = previous->kept_terms != NULL ? g_hash_table_ref (previous->kept_terms) : NULL;
  g_clear_pointer (&analysis->kept_vocabulary, dossier_event_kept_vocabulary_unref);
  analysis->kept_vocabulary = previous->kept_vocabulary != NULL
                              ? dossier_event_kept_vocabulary_ref (previous->kept_vocabulary) : NULL;
  /* Taken, not shared: the next analysis adds to it. */
  g_clear_pointer (&analysis->kept_clustering, dossier_event_kept_clustering_free);
  analysis->kept_clustering = g_steal_pointer (&previous->kept_clustering);
  g_clear_pointer (&analysis->kept_quotes, g_hash_table_unref);
  analysis->kept_quotes = previous->kept_quotes != NULL ? g_hash_table_ref (previous->kept_quotes) : NULL;
  g_clear_pointer (&analysis->kept_verdicts, g_hash_table_unref);
  analysis->kept_verdicts = previous->kept_verdicts != NULL ? g_hash_table_ref (previous->kept_verdicts) : NULL;
  g_clear_pointer (&analysis->kept_resolution, dossier_kept_resolution_unref);
  analysis->kept_resolution = previous->kept_resolution != NULL ? dossier_kept_resolution_ref (previous->kept_resolution)
                                                                : NULL;
  g_mutex_unlock (&previous->kept_lock);
}

/* Finds again what the per-article step finds in one analysed article:
 * a copy of it made as the next analysis makes it (its inferred date
 * dropped, its analysis cleared), scanned. */
static DossierKeptArticle *
find_kept (DossierAnalysis       *analysis,
           const DossierDocument *analysed)
{
  g_autoptr(DossierDocument) document = dossier_document_copy (analysed);
  g_autoptr(GArray) pending = g_array_new (FALSE, TRUE, sizeof (DossierMention));
  g_autoptr(GHashTable) surnames = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  DossierKeptArticle *kept;

  if (document->published_from == DOSSIER_DATE_SOURCE_INFERRED)
    {
      document->published = (DossierDate) DOSSIER_DATE_INIT;
      document->published_from = DOSSIER_DATE_SOURCE_NONE;
      g_clear_pointer (&document->published_evidence, g_free);
    }
  kept = scan_or_restore (analysis, document, surnames, pending);
  /* The names and pending mentions were kept (copied) with the article. */
  for (guint m = 0; m < pending->len; m++)
    {
      dossier_mention_clear_strings (&g_array_index (pending, DossierMention, m));
    }
  return kept;
}

typedef struct
{
  DossierAnalysis *analysis;
  GPtrArray *kept;          /* slot per document */
  guint first;
  guint step;
} KeptFinder;

static gpointer
find_kept_articles (gpointer data)
{
  KeptFinder *finder = data;
  DossierAnalysis *analysis = finder->analysis;

  for (guint d = finder->first; d < analysis->documents->len; d += finder->step)
    g_ptr_array_index (finder->kept, d) = find_kept (analysis, g_ptr_array_index (analysis->documents, d));
  return NULL;
}

void
dossier_analysis_begin_finding_kept (DossierAnalysis *analysis)
{
  g_return_if_fail (analysis != NULL);

  g_mutex_lock (&analysis->kept_lock);
  analysis->finding_kept = TRUE;
  g_mutex_unlock (&analysis->kept_lock);
}

gboolean
dossier_analysis_is_finding_kept (DossierAnalysis *analysis)
{
  gboolean finding;

  g_return_val_if_fail (analysis != NULL, FALSE);

  g_mutex_lock (&analysis->kept_lock);
  finding = analysis->finding_kept;
  g_mutex_unlock (&analysis->kept_lock);
  return finding;
}

void
dossier_analysis_find_kept (DossierAnalysis *analysis)
{
  g_autoptr(GPtrArray) kept = NULL;
  GHashTable *table;
  guint n_finders;
  g_autofree KeptFinder *finders = NULL;

  g_return_if_fail (analysis != NULL);

  kept = g_ptr_array_new_full (analysis->documents->len, (GDestroyNotify) dossier_kept_article_unref);
  g_ptr_array_set_size (kept, analysis->documents->len);
  n_finders = MAX (1, MIN (analysis->n_threads, analysis->documents->len / 16 + 1));
  finders = g_new0 (KeptFinder, n_finders);
  for (guint t = 0; t < n_finders; t++)
    finders[t] = (KeptFinder) { analysis, kept, t, n_finders };
  dossier_threads_run ("dossier-kept", find_kept_articles, finders, sizeof (KeptFinder), n_finders);

  table = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) dossier_kept_article_unref);
  for (guint d = 0; d < kept->len; d++)
    {
      DossierKeptArticle *article = g_steal_pointer (&g_ptr_array_index (kept, d));

      if (article != NULL)
        g_hash_table_replace (table, (gpointer) dossier_kept_article_get_digest (article), article);
    }
  g_mutex_lock (&analysis->kept_lock);
  g_clear_pointer (&analysis->kept, g_hash_table_unref);
  analysis->kept = table;
  analysis->keeps_results = TRUE;
  analysis->finding_kept = FALSE;
  g_cond_broadcast (&analysis->kept_found);
  g_mutex_unlock (&analysis->kept_lock);
}

void
dossier_analysis_take_results (DossierAnalysis *analysis,
                               GPtrArray       *entities,
                               GPtrArray       *events)
{
  g_return_if_fail (analysis != NULL);
  g_return_if_fail (entities != NULL && events != NULL);

  g_ptr_array_set_size (analysis->entities, 0);
  g_ptr_array_set_size (analysis->events, 0);
  for (guint i = 0; i < entities->len; i++)
    g_ptr_array_add (analysis->entities, g_steal_pointer (&g_ptr_array_index (entities, i)));
  for (guint i = 0; i < events->len; i++)
    g_ptr_array_add (analysis->events, g_steal_pointer (&g_ptr_array_index (events, i)));
  g_ptr_array_set_size (entities, 0);
  g_ptr_array_set_size (events, 0);
  /* Not kept: found again, as the run found them. */
  find_headline_names_and_dates (analysis);
}

guint
dossier_analysis_get_n_reused (DossierAnalysis *analysis)
{
  g_return_val_if_fail (analysis != NULL, 0);

  return (guint) g_atomic_int_get (&analysis->n_reused);
}
