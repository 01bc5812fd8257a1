/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-analysis-private.h"

#include <string.h>

#include "dossier-correction.h"
#include "dossier-date-expression.h"
#include "dossier-entity-recognizer.h"
#include "dossier-event-builder.h"
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
  GPtrArray *corrections;   /* of DossierCorrection*, applied by run () */
};

static void
entity_free (gpointer data)
{
  DossierEntityRecord *entity = data;

  if (entity == NULL)
    return;
  g_free (entity->name);
  g_free (entity->key);
  g_ptr_array_unref (entity->aliases);
  g_array_unref (entity->documents);
  g_free (entity);
}

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
  analysis->entities = g_ptr_array_new_with_free_func (entity_free);
  analysis->events = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_event_free);
  analysis->corrections = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_correction_free);
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

  g_ptr_array_unref (analysis->corrections);
  g_ptr_array_unref (analysis->events);
  g_ptr_array_unref (analysis->entities);
  g_ptr_array_unref (analysis->documents);
  dossier_entity_recognizer_free (analysis->recognizer);
  dossier_gazetteer_unref (analysis->gazetteer);
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
  g_ptr_array_set_size (analysis->entities, 0);
  g_ptr_array_set_size (analysis->documents, 0);
}

guint
dossier_analysis_get_n_documents (DossierAnalysis *analysis)
{
  return analysis->documents->len;
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

/* Dates depend on the publication date, so they are found again whenever
 * it changes (an inferred or corrected date). */
void
_dossier_analysis_find_dates (DossierDocument *document)
{
  const DossierDate *reference = dossier_date_is_set (&document->published) ? &document->published : NULL;

  g_array_set_size (document->dates, 0);
  for (guint p = 0; p < document->paragraphs->len; p++)
    {
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);
      g_autoptr(GArray) found = dossier_date_expressions_find (paragraph->text, paragraph->len, reference);

      for (guint i = 0; i < found->len; i++)
        {
          DossierDateExpression *expression = &g_array_index (found, DossierDateExpression, i);
          DossierDateMention mention = { 0 };

          mention.paragraph = p;
          mention.start = expression->start;
          mention.end = expression->end;
          mention.value = expression->value;
          mention.rule = expression->rule;
          mention.relative = expression->relative;
          g_array_append_val (document->dates, mention);
        }
    }
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

typedef struct
{
  guint document;
  guint paragraph;
  gsize start;
} Position;

typedef struct
{
  DossierEntityRecord *entity;
  Position first;
  GHashTable *surface_counts;   /* surface → count */
  GHashTable *full_counts;      /* full names only, for a person's canonical name */
  char *surname_key;
  char *given_group;
  guint index;        /* in the order builders were made */
  guint final_index;  /* in the order the dossier first mentions them */
} Builder;

static void
builder_free (gpointer data)
{
  Builder *builder = data;

  g_hash_table_unref (builder->surface_counts);
  g_hash_table_unref (builder->full_counts);
  g_free (builder->surname_key);
  g_free (builder->given_group);
  if (builder->entity != NULL)
    entity_free (builder->entity);
  g_free (builder);
}

static Builder *
builder_new (const char        *key,
             DossierEntityType  type,
             Position           first)
{
  Builder *builder = g_new0 (Builder, 1);

  builder->entity = g_new0 (DossierEntityRecord, 1);
  builder->entity->key = g_strdup (key);
  builder->entity->type = type;
  builder->entity->aliases = g_ptr_array_new_with_free_func (g_free);
  builder->entity->documents = g_array_new (FALSE, FALSE, sizeof (guint));
  builder->first = first;
  builder->surface_counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  builder->full_counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return builder;
}

static void
count (GHashTable *table,
       const char *surface)
{
  g_hash_table_replace (table, g_strdup (surface),
                        GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (table, surface)) + 1));
}

/* The most frequent surface; ties go to the longer, then the
 * alphabetically first, so the choice never depends on hash order. */
static char *
most_frequent (GHashTable *table)
{
  GHashTableIter iter;
  gpointer key, value;
  const char *best = NULL;
  guint best_count = 0;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint n = GPOINTER_TO_UINT (value);
      if (best == NULL || n > best_count ||
          (n == best_count && (strlen (key) > strlen (best) ||
                               (strlen (key) == strlen (best) && strcmp (key, best) < 0))))
        {
          best = key;
          best_count = n;
        }
    }
  return g_strdup (best);
}

static char *
given_group (DossierAnalysis *analysis,
             const char      *full_name)
{
  const char *space = strchr (full_name, ' ');
  const DossierGazetteerEntry *variant;

  if (space == NULL)
    return NULL;
  variant = dossier_gazetteer_lookup (analysis->gazetteer, DOSSIER_GAZETTEER_NAME_VARIANT,
                                      full_name, space - full_name);
  if (variant != NULL)
    return g_strdup (variant->canonical);
  return g_ascii_strdown (full_name, space - full_name);
}

/* Most frequent first (@user_data counts them), then alphabetically. */
int
_dossier_compare_aliases (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  GHashTable *counts = user_data;
  const char *sa = *(const char * const *) a;
  const char *sb = *(const char * const *) b;
  guint ca = GPOINTER_TO_UINT (g_hash_table_lookup (counts, sa));
  guint cb = GPOINTER_TO_UINT (g_hash_table_lookup (counts, sb));

  if (ca != cb)
    return ca > cb ? -1 : 1;
  return strcmp (sa, sb);
}

static int
compare_positions (const Position *a,
                   const Position *b)
{
  if (a->document != b->document)
    return a->document < b->document ? -1 : 1;
  if (a->paragraph != b->paragraph)
    return a->paragraph < b->paragraph ? -1 : 1;
  if (a->start != b->start)
    return a->start < b->start ? -1 : 1;
  return 0;
}

static int
compare_builders (gconstpointer a,
                  gconstpointer b)
{
  const Builder *ba = *(const Builder * const *) a;
  const Builder *bb = *(const Builder * const *) b;

  return compare_positions (&ba->first, &bb->first);
}

static int
compare_indices (gconstpointer a,
                 gconstpointer b)
{
  guint ia = *(const guint *) a, ib = *(const guint *) b;

  return ia < ib ? -1 : ia > ib;
}

static void
add_to_builder (Builder        *builder,
                DossierMention *mention,
                const char     *surface,
                guint           document,
                Position        position)
{
  DossierEntityRecord *entity = builder->entity;

  count (builder->surface_counts, surface);
  if (entity->type == DOSSIER_ENTITY_PERSON && strchr (surface, ' ') != NULL)
    count (builder->full_counts, surface);
  entity->mentions++;
  if (entity->documents->len == 0 ||
      g_array_index (entity->documents, guint, entity->documents->len - 1) != document)
    g_array_append_val (entity->documents, document);
  if (compare_positions (&position, &builder->first) < 0)
    builder->first = position;
}

/* Joins mentions into entities across the whole corpus.  While building,
 * a mention's entity field holds -2 - the builder's index. */
static void
resolve_entities (DossierAnalysis *analysis)
{
  g_autoptr(GPtrArray) builders = g_ptr_array_new_with_free_func (builder_free);
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);  /* key → Builder */
  g_autoptr(GHashTable) by_surname = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                            (GDestroyNotify) g_ptr_array_unref);

  g_ptr_array_set_size (analysis->entities, 0);

  /* People with a full name first: one entity per surname and given name
   * (variants of a given name are one). */
  for (guint d = 0; d < analysis->documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (analysis->documents, d);

      for (guint m = 0; m < document->mentions->len; m++)
        {
          DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
          g_autofree char *group = NULL;
          g_autofree char *full_key = NULL;
          Builder *builder;
          Position position = { d, mention->paragraph, mention->start };

          if (mention->type != DOSSIER_ENTITY_PERSON || strchr (mention->canonical, ' ') == NULL)
            continue;

          group = given_group (analysis, mention->canonical);
          full_key = g_strconcat (mention->key, "|", group, NULL);
          builder = g_hash_table_lookup (by_key, full_key);
          if (builder == NULL)
            {
              GPtrArray *same_surname;

              /* Two people may share a surname: the key names both. */
              builder = builder_new (full_key, DOSSIER_ENTITY_PERSON, position);
              builder->index = builders->len;
              builder->surname_key = g_strdup (mention->key);
              builder->given_group = g_strdup (group);
              g_ptr_array_add (builders, builder);
              g_hash_table_insert (by_key, g_strdup (full_key), builder);
              same_surname = g_hash_table_lookup (by_surname, builder->surname_key);
              if (same_surname == NULL)
                {
                  same_surname = g_ptr_array_new ();
                  g_hash_table_insert (by_surname, builder->surname_key, same_surname);
                }
              g_ptr_array_add (same_surname, builder);
            }
          add_to_builder (builder, mention, mention->canonical, d, position);
          mention->entity = -2 - (int) builder->index;
        }
    }

  /* Then lone surnames, places and organisations. */
  for (guint d = 0; d < analysis->documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (analysis->documents, d);

      for (guint m = 0; m < document->mentions->len; m++)
        {
          DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
          DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, mention->paragraph);
          g_autofree char *surface = g_strndup (paragraph->text + mention->start, mention->end - mention->start);
          Position position = { d, mention->paragraph, mention->start };
          Builder *builder = NULL;

          if (mention->entity <= -2)
            continue;

          if (mention->type == DOSSIER_ENTITY_PERSON)
            {
              GPtrArray *same_surname = g_hash_table_lookup (by_surname, mention->key);

              if (same_surname != NULL && same_surname->len == 1)
                builder = g_ptr_array_index (same_surname, 0);
              else if (same_surname != NULL)
                {
                  /* Several people share the surname: the one this article
                   * named last before here, else the one it names at all,
                   * else the one named most often. */
                  for (int k = (int) m - 1; k >= 0 && builder == NULL; k--)
                    {
                      DossierMention *earlier = &g_array_index (document->mentions, DossierMention, k);
                      if (earlier->entity <= -2 && g_strcmp0 (earlier->key, mention->key) == 0)
                        builder = g_ptr_array_index (builders, -2 - earlier->entity);
                    }
                  for (guint k = m + 1; k < document->mentions->len && builder == NULL; k++)
                    {
                      DossierMention *later = &g_array_index (document->mentions, DossierMention, k);
                      if (later->entity <= -2 && g_strcmp0 (later->key, mention->key) == 0)
                        builder = g_ptr_array_index (builders, -2 - later->entity);
                    }
                  for (guint k = 0; k < same_surname->len && builder == NULL; k++)
                    {
                      Builder *candidate = g_ptr_array_index (same_surname, k);
                      if (builder == NULL || candidate->entity->mentions > builder->entity->mentions)
                        builder = candidate;
                    }
                }
            }

          if (builder == NULL)
            {
              builder = g_hash_table_lookup (by_key, mention->key);
              if (builder == NULL)
                {
                  builder = builder_new (mention->key, mention->type, position);
                  builder->index = builders->len;
                  g_ptr_array_add (builders, builder);
                  g_hash_table_insert (by_key, g_strdup (mention->key), builder);
                  if (mention->type != DOSSIER_ENTITY_PERSON)
                    builder->entity->name = g_strdup (mention->canonical);
                }
            }

          add_to_builder (builder, mention, surface, d, position);
          mention->entity = -2 - (int) builder->index;
        }
    }

  /* Entities are numbered in the order the dossier first mentions them. */
  {
    g_autoptr(GPtrArray) sorted = g_ptr_array_sized_new (builders->len);

    for (guint i = 0; i < builders->len; i++)
      g_ptr_array_add (sorted, g_ptr_array_index (builders, i));

    g_ptr_array_sort (sorted, compare_builders);
    for (guint i = 0; i < sorted->len; i++)
      ((Builder *) g_ptr_array_index (sorted, i))->final_index = i;

    for (guint i = 0; i < sorted->len; i++)
      {
        Builder *builder = g_ptr_array_index (sorted, i);
        DossierEntityRecord *entity = builder->entity;
        GHashTableIter iter;
        gpointer key;

        if (entity->name == NULL)
          entity->name = most_frequent (g_hash_table_size (builder->full_counts) > 0 ? builder->full_counts
                                                                                    : builder->surface_counts);
        g_hash_table_iter_init (&iter, builder->surface_counts);
        while (g_hash_table_iter_next (&iter, &key, NULL))
          g_ptr_array_add (entity->aliases, g_strdup (key));
        g_ptr_array_sort_with_data (entity->aliases, _dossier_compare_aliases, builder->surface_counts);
        g_array_sort (entity->documents, compare_indices);
        /* Two passes may add one document twice. */
        {
          guint kept = 0;
          for (guint k = 0; k < entity->documents->len; k++)
            if (kept == 0 || g_array_index (entity->documents, guint, k) !=
                             g_array_index (entity->documents, guint, kept - 1))
              g_array_index (entity->documents, guint, kept++) = g_array_index (entity->documents, guint, k);
          g_array_set_size (entity->documents, kept);
        }
        g_ptr_array_add (analysis->entities, g_steal_pointer (&builder->entity));
      }

    for (guint d = 0; d < analysis->documents->len; d++)
      {
        DossierDocument *document = g_ptr_array_index (analysis->documents, d);
        for (guint m = 0; m < document->mentions->len; m++)
          {
            DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
            Builder *builder = g_ptr_array_index (builders, -2 - mention->entity);
            mention->entity = builder->final_index;
          }
      }
  }

  /* Quote speakers. */
  for (guint d = 0; d < analysis->documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (analysis->documents, d);

      for (guint q = 0; q < document->quotes->len; q++)
        {
          DossierQuote *quote = &g_array_index (document->quotes, DossierQuote, q);

          quote->speaker_entity = -1;
          if (quote->speaker_mention >= 0)
            quote->speaker_entity = g_array_index (document->mentions, DossierMention,
                                                   quote->speaker_mention).entity;
          else if (quote->speaker_key != NULL)
            {
              /* A quote card's name: the person of that surname this article
               * mentions, else anyone of that surname. */
              for (guint m = 0; m < document->mentions->len && quote->speaker_entity < 0; m++)
                {
                  DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
                  if (g_strcmp0 (mention->key, quote->speaker_key) == 0)
                    quote->speaker_entity = mention->entity;
                }
              for (guint e = 0; e < analysis->entities->len && quote->speaker_entity < 0; e++)
                {
                  DossierEntityRecord *entity = g_ptr_array_index (analysis->entities, e);
                  gsize surname = strcspn (entity->key, "|");
                  if (entity->type == DOSSIER_ENTITY_PERSON && strlen (quote->speaker_key) == surname &&
                      strncmp (entity->key, quote->speaker_key, surname) == 0)
                    quote->speaker_entity = e;
                }
            }
        }
    }
}

/* The per-article steps run on several threads; each takes every n-th
 * article and keeps the surnames it meets in a table of its own, merged
 * afterwards, so the result is the same whatever the number of threads. */
typedef struct
{
  DossierAnalysis *analysis;
  GPtrArray *pending;       /* per document, set by the worker that has it */
  GHashTable *surnames;     /* this worker's, then the merged one (read only) */
  guint first;
  guint step;
  gboolean second_phase;
} Worker;

static gpointer
analyse_documents (gpointer data)
{
  Worker *worker = data;
  DossierAnalysis *analysis = worker->analysis;

  for (guint d = worker->first; d < analysis->documents->len; d += worker->step)
    {
      DossierDocument *document = g_ptr_array_index (analysis->documents, d);

      if (!worker->second_phase)
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
          split_sentences (document);
          _dossier_analysis_find_dates (document);
          dossier_entity_recognizer_scan (analysis->recognizer, document, worker->surnames, document_pending);
          g_ptr_array_index (worker->pending, d) = document_pending;
          /* Tokens of every article kept until the next phase would take
           * many times the dossier's text (see below). */
          if (analysis->documents->len > 1)
            dossier_document_release_tokens (document);
        }
      else
        {
          dossier_entity_recognizer_accept_pending (document, g_ptr_array_index (worker->pending, d),
                                                    worker->surnames);
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
  g_autofree GThread **threads = g_new0 (GThread *, n_workers);

  for (guint t = 1; t < n_workers; t++)
    threads[t] = g_thread_new ("dossier-analysis", analyse_documents, &workers[t]);
  analyse_documents (&workers[0]);
  for (guint t = 1; t < n_workers; t++)
    g_thread_join (threads[t]);
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
  g_autoptr(GPtrArray) pending = NULL;
  guint n_workers;
  g_autofree Worker *workers = NULL;

  g_return_if_fail (analysis != NULL);

  g_ptr_array_set_size (analysis->events, 0);
  g_ptr_array_set_size (analysis->entities, 0);

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
    workers[t].second_phase = TRUE;
  run_workers (workers, n_workers);

  resolve_entities (analysis);
  _dossier_corrections_apply (analysis->documents, analysis->entities, analysis->corrections);

  dossier_events_build (analysis->documents, analysis->entities, analysis->recognizer, analysis->events);

  /* The shared tokens served their three readers; a large dossier should
   * not keep several times its text in them. */
  for (guint d = 0; d < analysis->documents->len; d++)
    dossier_document_release_tokens (g_ptr_array_index (analysis->documents, d));
}

/* Replaces the entity corrections applied after resolution (of
 * DossierCorrection*; publication dates are set on the documents). */
void
dossier_analysis_set_corrections (DossierAnalysis *analysis,
                                  GPtrArray       *corrections)
{
  g_return_if_fail (analysis != NULL);

  g_ptr_array_set_size (analysis->corrections, 0);
  for (guint i = 0; corrections != NULL && i < corrections->len; i++)
    {
      const DossierCorrection *correction = g_ptr_array_index (corrections, i);
      if (correction->kind != DOSSIER_CORRECTION_PUBLISHED)
        g_ptr_array_add (analysis->corrections, dossier_correction_copy (correction));
    }
}
