/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* What an import does on its worker thread: files read and cleaned on
 * every core, a pasted page or text made an article, the same bytes
 * refused twice, the new bytes written to the dossier file, articles read
 * again from it, the researcher's corrections applied, the analysis run
 * and the annotations found again in the new texts.  Everything it
 * touches is the job's own (ImportJob); dossier-corpus-runs.c makes the
 * job and takes its result in. */

#include "config.h"

#include "dossier-corpus.h"
#include "dossier-corpus-private.h"

#include "dossier-article.h"
#include "dossier-entity.h"
#include "dossier-event.h"
#include "dossier-event-reports.h"
#include "dossier-clean.h"
#include "dossier-source.h"
#include "dossier-text-decode.h"
#include "dossier-threads.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

typedef struct
{
  GPtrArray *files;
  GPtrArray *documents;   /* slot per file */
  GPtrArray *errors;      /* slot per file */
  GPtrArray *contents;    /* slot per file, or NULL when bytes are not kept */
  const char *address;    /* where the files' pages were, or NULL */
  GCancellable *cancellable;
  guint first;
  guint step;
  gint *loaded;           /* shared, atomic: files read so far */
} Loader;

static gpointer
load_files (gpointer data)
{
  Loader *loader = data;

  for (guint i = loader->first; i < loader->files->len; i += loader->step)
    {
      const char *path = g_ptr_array_index (loader->files, i);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      DossierDocument *document;

      if (g_cancellable_is_cancelled (loader->cancellable))
        return NULL;
      document = dossier_source_read (file, 0, loader->address,
                                      loader->contents != NULL ? (GBytes **) &g_ptr_array_index (loader->contents, i) : NULL,
                                      loader->cancellable, &error);
      if (document == NULL)
        {
          g_ptr_array_index (loader->errors, i) = g_error_new (error->domain, error->code, "%s: %s", path, error->message);
          g_atomic_int_inc (loader->loaded);
          continue;
        }
      document->source = g_strdup (path);
      g_ptr_array_index (loader->documents, i) = document;
      g_atomic_int_inc (loader->loaded);
    }
  return NULL;
}

/* An import keeps every core busy; the window's main loop must still get
 * one when it needs it (a stall shows as a frozen window).  On Linux the
 * nice value is per thread and threads inherit it, so lowering it here
 * lowers the import's loader and analysis threads too. */
static void
lower_priority (int by)
{
#ifdef __linux__
  pid_t thread = (pid_t) syscall (SYS_gettid);
  setpriority (PRIO_PROCESS, thread, MIN (getpriority (PRIO_PROCESS, thread) + by, 19));
#endif
}

/* The gazetteer is immutable and the same for every dossier: it is built
 * once, on the first import's worker thread, never on the main thread. */
static DossierGazetteer *
shared_gazetteer (void)
{
  static gsize gazetteer;

  if (g_once_init_enter (&gazetteer))
    g_once_init_leave (&gazetteer, GPOINTER_TO_SIZE (dossier_gazetteer_new_default ()));
  return dossier_gazetteer_ref (GSIZE_TO_POINTER (gazetteer));
}

/* Opening a dossier: every article cleaned again from the bytes kept, on
 * every core (each takes every n-th source; the results are put in the
 * file's order after). */
typedef struct
{
  GPtrArray *sources;       /* of DossierStoredSource* */
  GPtrArray *documents;     /* slot per source */
  GPtrArray *errors;        /* slot per source */
  GCancellable *cancellable;
  guint first;
  guint step;
  gint *loaded;             /* shared, atomic */
} StoredCleaner;

static gpointer
clean_stored (gpointer data)
{
  StoredCleaner *cleaner = data;

  for (guint i = cleaner->first; i < cleaner->sources->len; i += cleaner->step)
    {
      DossierStoredSource *source = g_ptr_array_index (cleaner->sources, i);
      GError *error = NULL;
      DossierDocument *document;

      if (g_cancellable_is_cancelled (cleaner->cancellable))
        return NULL;
      document = dossier_source_clean (source->name, source->content, 0, source->address, &error);
      g_atomic_int_inc (cleaner->loaded);
      if (document == NULL)
        {
          g_ptr_array_index (cleaner->errors, i) = error;
          continue;
        }
      document->source = g_strdup (source->name);
      document->source_id = source->id;
      g_ptr_array_index (cleaner->documents, i) = document;
    }
  return NULL;
}

static void
free_error (gpointer error)
{
  if (error != NULL)
    g_error_free (error);
}

static gboolean
load_from_store (ImportJob    *job,
                 GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sources = dossier_store_list_sources (job->store, &error);
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GPtrArray) errors = NULL;
  guint n_cleaners;
  g_autofree StoredCleaner *cleaners = NULL;

  if (sources == NULL)
    {
      g_ptr_array_add (job->failures, g_steal_pointer (&error));
      return FALSE;
    }
  g_atomic_int_set (&job->total, (gint) sources->len);
  documents = g_ptr_array_new_full (sources->len, (GDestroyNotify) dossier_document_free);
  g_ptr_array_set_size (documents, sources->len);
  errors = g_ptr_array_new_full (sources->len, free_error);
  g_ptr_array_set_size (errors, sources->len);
  n_cleaners = MAX (1, MIN (MIN (g_get_num_processors (), 8), sources->len / 16 + 1));
  cleaners = g_new0 (StoredCleaner, n_cleaners);
  for (guint t = 0; t < n_cleaners; t++)
    cleaners[t] = (StoredCleaner) { sources, documents, errors, cancellable, t, n_cleaners, &job->loaded };
  dossier_threads_run ("dossier-open", clean_stored, cleaners, sizeof (StoredCleaner), n_cleaners);
  if (g_cancellable_is_cancelled (cancellable))
    return FALSE;

  for (guint i = 0; i < sources->len; i++)
    {
      DossierStoredSource *source = g_ptr_array_index (sources, i);
      GError *clean_error = g_ptr_array_index (errors, i);

      /* Kept bytes that no longer make an article (a stricter cleaner)
       * are reported; they stay in the file. */
      if (clean_error != NULL)
        g_ptr_array_add (job->failures, g_error_new (clean_error->domain, clean_error->code, "%s: %s",
                                                     source->name, clean_error->message));
      else if (g_ptr_array_index (documents, i) != NULL)
        g_ptr_array_add (job->documents, g_steal_pointer (&g_ptr_array_index (documents, i)));
    }
  return TRUE;
}

static GPtrArray *
entity_corrections (GPtrArray *stored)
{
  GPtrArray *corrections = g_ptr_array_new ();

  for (guint i = 0; stored != NULL && i < stored->len; i++)
    {
      DossierStoredCorrection *correction = g_ptr_array_index (stored, i);
      if (!dossier_correction_kind_is_article (correction->correction->kind))
        g_ptr_array_add (corrections, correction->correction);
    }
  return corrections;
}

static void
replace_string (char       **field,
                const char  *value)
{
  g_free (*field);
  *field = value != NULL && *value != '\0' ? g_strdup (value) : NULL;
}

/* An article's corrections (its publication date, title, outlet, author)
 * replace what the cleaner read before the analysis, so that relative
 * dates resolve against the corrected date and the events count the
 * corrected outlets; an article whose correction was undone gets the
 * cleaner's back.  The last correction of each kind counts. */
static void
apply_article_corrections (ImportJob *job)
{
  g_autoptr(GHashTable) by_source = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                           (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; job->corrections != NULL && i < job->corrections->len; i++)
    {
      DossierStoredCorrection *stored = g_ptr_array_index (job->corrections, i);
      GPtrArray *list;

      if (stored->source == 0 || !dossier_correction_kind_is_article (stored->correction->kind))
        continue;
      list = g_hash_table_lookup (by_source, &stored->source);
      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (by_source, &stored->source, list);
        }
      g_ptr_array_add (list, stored->correction);
    }

  for (guint d = 0; d < dossier_analysis_get_n_documents (job->analysis); d++)
    {
      DossierDocument *document = dossier_analysis_get_document (job->analysis, d);
      GPtrArray *list;
      const ArticleOriginal *original;

      if (document->source_id == 0)
        continue;
      original = g_hash_table_lookup (job->originals, &document->source_id);
      if (original == NULL)
        {
          /* Read for the first time (opening a dossier, an article put
           * back): what the cleaner made of it. */
          ArticleOriginal *made = _dossier_corpus_article_original_new (document);

          g_hash_table_insert (job->originals, g_memdup2 (&document->source_id, sizeof (gint64)), made);
          g_hash_table_insert (job->captured, g_memdup2 (&document->source_id, sizeof (gint64)),
                               _dossier_corpus_article_original_copy (made));
          original = made;
        }
      else
        {
          replace_string (&document->title, original->title);
          replace_string (&document->outlet, original->outlet);
          replace_string (&document->author, original->author);
          document->published = original->published;
          document->published_from = original->published_from;
          replace_string (&document->published_evidence, original->published_evidence);
        }

      list = g_hash_table_lookup (by_source, &document->source_id);
      for (guint i = 0; list != NULL && i < list->len; i++)
        {
          const DossierCorrection *correction = g_ptr_array_index (list, i);

          switch (correction->kind)
            {
            case DOSSIER_CORRECTION_PUBLISHED:
              {
                DossierDate date;

                if (!dossier_date_parse_iso (correction->value, &date))
                  break;
                document->published = date;
                document->published_from = DOSSIER_DATE_SOURCE_USER;
                g_clear_pointer (&document->published_evidence, g_free);
              }
              break;
            case DOSSIER_CORRECTION_TITLE:
              replace_string (&document->title, correction->value);
              break;
            case DOSSIER_CORRECTION_OUTLET:
              replace_string (&document->outlet, correction->value);
              break;
            case DOSSIER_CORRECTION_AUTHOR:
              replace_string (&document->author, correction->value);
              break;
            default:
              break;
            }
        }
    }
}

/* Every annotation found again in its article's new text. */
static void
reanchor (ImportJob *job)
{
  g_autoptr(GHashTable) by_source = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) texts = g_hash_table_new_full (NULL, NULL, NULL, g_free);

  if (job->reanchors == NULL)
    return;
  for (guint d = 0; d < dossier_analysis_get_n_documents (job->analysis); d++)
    {
      DossierDocument *document = dossier_analysis_get_document (job->analysis, d);
      if (document->source_id != 0)
        g_hash_table_insert (by_source, &document->source_id, GUINT_TO_POINTER (d + 1));
    }
  for (guint i = 0; i < job->reanchors->len; i++)
    {
      Reanchor *item = &g_array_index (job->reanchors, Reanchor, i);
      guint d = GPOINTER_TO_UINT (g_hash_table_lookup (by_source, &item->source));
      const char *text;

      item->document = -1;
      item->found = FALSE;
      if (d == 0)
        continue;
      item->document = (int) d - 1;
      text = g_hash_table_lookup (texts, GUINT_TO_POINTER (d));
      if (text == NULL)
        {
          char *made = dossier_document_get_text (dossier_analysis_get_document (job->analysis, d - 1), NULL);
          g_hash_table_insert (texts, GUINT_TO_POINTER (d), made);
          text = made;
        }
      item->found = dossier_anchor_locate (&item->anchor, text, &item->start, &item->end);
    }
}

typedef struct
{
  DossierStore *store;
  GPtrArray *names;         /* borrowed from the import's file list */
  GPtrArray *contents;      /* of GBytes */
  GPtrArray *addresses;     /* of char*, borrowed, or NULL */
  GArray *ids;              /* of gint64, filled by the writer */
  guint first;              /* the analysis index of the first new article */
  GError *error;
} SourceWriter;

static gpointer
write_sources (gpointer data)
{
  SourceWriter *writer = data;

  dossier_store_add_sources (writer->store, writer->names, writer->contents, writer->addresses, writer->ids,
                             &writer->error);
  return NULL;
}

static void
source_writer_clear (SourceWriter *writer)
{
  g_clear_pointer (&writer->names, g_ptr_array_unref);
  g_clear_pointer (&writer->addresses, g_ptr_array_unref);
  /* Written contents were released by the store; what a failure left. */
  for (guint i = 0; writer->contents != NULL && i < writer->contents->len; i++)
    g_clear_pointer (&g_ptr_array_index (writer->contents, i), g_bytes_unref);
  g_clear_pointer (&writer->contents, g_ptr_array_unref);
  g_clear_pointer (&writer->ids, g_array_unref);
}

/* The display title of the article the dossier keeps as @id. */
static char *
title_of_source (ImportJob *job,
                 gint64     id)
{
  for (guint d = 0; d < dossier_analysis_get_n_documents (job->analysis); d++)
    {
      DossierDocument *document = dossier_analysis_get_document (job->analysis, d);

      if (document->source_id == id)
        return dossier_document_dup_display_title (document, NULL);
    }
  return NULL;
}

/* Whether @content, to be imported as @name, is already in the dossier
 * (@digests: the dossier's, of dossier_store_dup_digests ()) or in this
 * import (@seen: digest → name): then it is reported, not added twice. */
static gboolean
is_duplicate (ImportJob  *job,
              GHashTable *digests,
              GHashTable *seen,
              const char *name,
              GBytes     *content)
{
  g_autofree char *digest = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, content);
  const gint64 *kept = digests != NULL ? g_hash_table_lookup (digests, digest) : NULL;
  const char *earlier = g_hash_table_lookup (seen, digest);

  if (kept != NULL)
    {
      g_autofree char *title = title_of_source (job, *kept);

      g_ptr_array_add (job->failures,
                       title != NULL
                       ? g_error_new (DOSSIER_CORPUS_ERROR, DOSSIER_CORPUS_ERROR_DUPLICATE,
                                      _("%s: already in the dossier, as “%s”"), name, title)
                       : g_error_new (DOSSIER_CORPUS_ERROR, DOSSIER_CORPUS_ERROR_DUPLICATE,
                                      _("%s: already in the dossier"), name));
      return TRUE;
    }
  if (earlier != NULL)
    {
      g_ptr_array_add (job->failures, g_error_new (DOSSIER_CORPUS_ERROR, DOSSIER_CORPUS_ERROR_DUPLICATE,
                                                   _("%s: the same text as %s, imported once"), name, earlier));
      return TRUE;
    }
  g_hash_table_insert (seen, g_steal_pointer (&digest), g_strdup (name));
  return FALSE;
}

/* A pasted page's HTML as a page of its own.  A browser's clipboard holds
 * a fragment — a <meta> and the selected elements — which would not be
 * told from text when it is read again from the dossier file, and which
 * libxml2's parser would read as the page's head (it keeps <nav>,
 * <article> and the other elements it does not know after a <meta> in
 * the head).  It is kept in UTF-8 as the body of a page, so that it is
 * read as the browser showed it, whatever its name. */
static GBytes *
page_as_document (GBytes *page)
{
  gsize size = 0;
  const guint8 *data = g_bytes_get_data (page, &size);
  DossierDecodedText decoded;
  GString *document;

  if (dossier_source_looks_like_html (data, size) || !dossier_text_decode (data, size, 0, &decoded, NULL))
    return g_bytes_ref (page);
  document = g_string_sized_new (decoded.len + 128);
  g_string_append (document, "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n");
  g_string_append_len (document, decoded.text, (gssize) decoded.len);
  g_string_append (document, "\n</body></html>\n");
  dossier_decoded_text_clear (&decoded);
  return g_string_free_to_bytes (document);
}

/* What was pasted, as one article: a browser's HTML through the HTML
 * reader, its text where the HTML gives no article (or only an uncleaned
 * one and the text a cleaned one), each with the page's address when the
 * browser gave it.  The bytes read are kept in the dossier file, as a
 * file's are.  FALSE when the task has returned an error. */
static gboolean
import_pasted (ImportJob  *job,
               GHashTable *digests,
               GHashTable *seen,
               GTask      *task)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) kept = NULL;
  DossierDocument *document = NULL;

  if (job->page != NULL)
    {
      kept = page_as_document (job->page);
      document = dossier_source_clean (job->text_name, kept, 0, job->address, &error);
    }
  if (job->text != NULL && (document == NULL || document->uncleaned))
    {
      g_autoptr(GBytes) text = g_bytes_new (job->text, strlen (job->text));
      g_autoptr(GError) text_error = NULL;
      DossierDocument *from_text = dossier_source_clean (job->text_name, text, 0, job->address, &text_error);

      if (from_text != NULL && (document == NULL || !from_text->uncleaned))
        {
          g_clear_pointer (&document, dossier_document_free);
          g_clear_error (&error);
          g_bytes_unref (kept);
          kept = g_steal_pointer (&text);
          document = from_text;
        }
      else if (from_text != NULL)
        dossier_document_free (from_text);
      else if (document == NULL)
        {
          g_clear_error (&error);
          error = g_steal_pointer (&text_error);
        }
    }
  if (document == NULL)
    {
      g_ptr_array_add (job->failures, g_error_new (error->domain, error->code, "%s: %s", job->text_name, error->message));
      return TRUE;
    }
  /* The same text twice: reported (is_duplicate ()), not added. */
  if (job->store != NULL && is_duplicate (job, digests, seen, job->text_name, kept))
    {
      dossier_document_free (document);
      return TRUE;
    }
  document->source = g_strdup (job->text_name);
  if (job->store != NULL)
    {
      g_autoptr(GPtrArray) names = g_ptr_array_new ();
      g_autoptr(GPtrArray) contents = g_ptr_array_new ();
      g_autoptr(GPtrArray) addresses = g_ptr_array_new ();
      g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

      g_ptr_array_add (names, job->text_name);
      g_ptr_array_add (contents, g_steal_pointer (&kept));
      g_ptr_array_add (addresses, job->address);
      if (!dossier_store_add_sources (job->store, names, contents, addresses, ids, &error))
        {
          g_clear_pointer (&g_ptr_array_index (contents, 0), g_bytes_unref);
          dossier_document_free (document);
          g_task_return_error (task, g_steal_pointer (&error));
          return FALSE;
        }
      document->source_id = g_array_index (ids, gint64, 0);
    }
  dossier_analysis_add_document (job->analysis, document);
  return TRUE;
}

/* The articles whose sources changed in the file (an address set, an
 * article removed or put back) read again from it, in the file's order;
 * those no longer there are gone. */
static void
reload_sources (ImportJob *job)
{
  for (guint r = 0; r < job->reload->len; r++)
    {
      gint64 id = g_array_index (job->reload, gint64, r);
      g_autoptr(DossierStoredSource) source = dossier_store_read_source (job->store, id, NULL);
      g_autoptr(GError) error = NULL;
      DossierDocument *document;
      guint at;

      /* Read again (another address may name another outlet): what the
       * cleaner makes of it now is the article's own, under its
       * corrections. */
      g_hash_table_remove (job->originals, &id);
      if (source == NULL)
        continue;
      document = dossier_source_clean (source->name, source->content, 0, source->address, &error);
      if (document == NULL)
        {
          g_ptr_array_add (job->failures, g_error_new (error->domain, error->code, "%s: %s", source->name,
                                                       error->message));
          continue;
        }
      document->source = g_strdup (source->name);
      document->source_id = source->id;
      for (at = 0; at < job->documents->len; at++)
        {
          DossierDocument *other = g_ptr_array_index (job->documents, at);

          if (other->source_id > source->id)
            break;
        }
      g_ptr_array_insert (job->documents, (gint) at, document);
    }
}

/* What the dossier file says of each article's source: the day it was
 * added, whether the researcher keeps its uncleaned text. */
static void
apply_provenance (ImportJob *job)
{
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(GHashTable) by_id = NULL;

  if (job->store == NULL || (sources = dossier_store_list_source_info (job->store, NULL)) == NULL)
    return;
  by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < sources->len; i++)
    {
      DossierStoredSource *source = g_ptr_array_index (sources, i);
      g_hash_table_insert (by_id, &source->id, source);
    }
  for (guint a = 0; a < job->articles->len; a++)
    {
      DossierArticle *article = g_ptr_array_index (job->articles, a);
      gint64 id = dossier_article_get_source_id (article);
      DossierStoredSource *source = id != 0 ? g_hash_table_lookup (by_id, &id) : NULL;

      if (source == NULL)
        continue;
      dossier_article_set_added (article, source->added);
      dossier_article_set_kept_uncleaned (article, source->kept_uncleaned);
    }
}

/* The analysis made (or read from the results kept): the annotations
 * found again in it, the list items made; the job's result returned.
 * An analysis made is to be kept in the dossier file after. */
static void
finish_job (GTask     *task,
            ImportJob *job)
{
  reanchor (job);

  job->articles = g_ptr_array_new_with_free_func (g_object_unref);
  job->entities = g_ptr_array_new_with_free_func (g_object_unref);
  job->events = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < dossier_analysis_get_n_documents (job->analysis); i++)
    g_ptr_array_add (job->articles, dossier_article_new (job->analysis, i));
  for (guint i = 0; i < dossier_analysis_get_n_entities (job->analysis); i++)
    g_ptr_array_add (job->entities, dossier_entity_new (job->analysis, i));
  for (guint i = 0; i < dossier_analysis_get_n_events (job->analysis); i++)
    g_ptr_array_add (job->events, dossier_event_new (job->analysis, i));
  apply_provenance (job);
  /* Each event's distinct articles and outlets, which the timeline and
   * the chronology show and sort by: counted here, not by the window. */
  for (guint i = 0; i < job->events->len; i++)
    dossier_event_reports_prepare (g_ptr_array_index (job->events, i));
  if (!job->from_kept && job->store != NULL && !dossier_store_is_read_only (job->store))
    {
      job->keep = TRUE;
      _dossier_corpus_begin_keeping (g_task_get_source_object (task));
    }
  /* What the per-article step finds is not kept in the file: it is found
   * again after the results read are shown, before the next analysis
   * (which waits for it) reuses it. */
  if (job->from_kept)
    dossier_analysis_begin_finding_kept (job->analysis);
  g_task_return_boolean (task, TRUE);
}


/* Runs on a worker thread: everything here is owned by the job. */
static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportJob *job = task_data;
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GHashTable) digests = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  SourceWriter writer = { 0 };
  GThread *writer_thread = NULL;
  lower_priority (5);

  job->failures = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  {
    g_autoptr(DossierGazetteer) gazetteer = shared_gazetteer ();
    job->analysis = dossier_analysis_new (gazetteer);
  }
  /* The articles already in the dossier, as the cleaner made them (and
   * the corrections after). */
  for (guint i = 0; job->previous != NULL && i < dossier_analysis_get_n_documents (job->previous); i++)
    {
      const DossierDocument *document = dossier_analysis_get_document (job->previous, i);

      if (job->reload == NULL || !_dossier_corpus_has_id (job->reload, document->source_id))
        {
          DossierDocument *copy = dossier_document_copy (document);

          /* From scratch, not even the dates read before are taken. */
          if (!job->reuse_previous)
            dossier_document_forget_dates (copy);
          g_ptr_array_add (job->documents, copy);
        }
    }
  /* Each analysis keeps what it found in each article for the next one
   * (after a correction, an import), which reuses it where the article is
   * unchanged. */
  if (job->previous != NULL && job->reuse_previous)
    dossier_analysis_reuse (job->analysis, job->previous);
  else
    dossier_analysis_set_keeps_results (job->analysis, TRUE);
  g_clear_pointer (&job->previous, dossier_analysis_unref);
  /* A dossier opened as it was last analysed: its results are read, not
   * made again. */
  if (job->from_store && job->reuse_previous && _dossier_corpus_load_kept (source_object, job))
    {
      g_autoptr(GPtrArray) corrections = entity_corrections (job->corrections);

      job->from_kept = TRUE;
      dossier_analysis_set_corrections (job->analysis, corrections);
      finish_job (task, job);
      return;
    }
  if (job->from_store && !load_from_store (job, cancellable))
    {
      g_task_return_error_if_cancelled (task);
      if (!g_task_had_error (task))
        g_task_return_error (task, g_error_copy (g_ptr_array_index (job->failures, job->failures->len - 1)));
      return;
    }

  if (job->reload != NULL && job->store != NULL)
    reload_sources (job);

  /* The analysis takes the copies over. */
  for (guint i = 0; i < job->documents->len; i++)
    dossier_analysis_add_document (job->analysis, g_ptr_array_index (job->documents, i));
  g_ptr_array_set_free_func (job->documents, NULL);
  g_ptr_array_set_size (job->documents, 0);

  /* What the dossier holds already, to import nothing twice. */
  if (job->store != NULL && (job->text != NULL || job->page != NULL || (job->paths != NULL && job->paths[0] != NULL)))
    digests = dossier_store_dup_digests (job->store, NULL);

  if ((job->text != NULL || job->page != NULL) && !import_pasted (job, digests, seen, task))
    return;

  files = dossier_source_collect ((const char * const *) job->paths, job->failures);
  g_atomic_int_set (&job->total, (gint) files->len);
  {
    guint n_loaders = MIN (g_get_num_processors (), 8);
    g_autofree Loader *loaders = g_new0 (Loader, n_loaders);
    g_autoptr(GPtrArray) documents = g_ptr_array_new ();
    g_autoptr(GPtrArray) errors = g_ptr_array_new ();
    g_autoptr(GPtrArray) contents = NULL;

    /* Reading and cleaning is per file: every core takes its share. */
    g_ptr_array_set_size (documents, files->len);
    g_ptr_array_set_size (errors, files->len);
    if (job->store != NULL)
      {
        contents = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
        g_ptr_array_set_size (contents, files->len);
      }
    for (guint t = 0; t < n_loaders; t++)
      loaders[t] = (Loader) { files, documents, errors, contents, job->address, cancellable, t, n_loaders,
                              &job->loaded };
    dossier_threads_run ("dossier-import", load_files, loaders, sizeof (Loader), n_loaders);

    /* The same bytes twice (a page saved twice, a folder imported again)
     * are one article, reported. */
    for (guint i = 0; contents != NULL && i < files->len; i++)
      if (g_ptr_array_index (documents, i) != NULL && g_ptr_array_index (contents, i) != NULL &&
          is_duplicate (job, digests, seen, g_ptr_array_index (files, i), g_ptr_array_index (contents, i)))
        {
          g_clear_pointer (&g_ptr_array_index (documents, i), dossier_document_free);
          g_clear_pointer (&g_ptr_array_index (contents, i), g_bytes_unref);
        }

    /* The bytes of what was read go into the dossier file, all in one
     * transaction, on a thread of their own while the dossier is analysed;
     * if that fails, nothing of this import is kept. */
    if (job->store != NULL && !g_cancellable_is_cancelled (cancellable))
      {
        writer.store = job->store;
        writer.names = g_ptr_array_new ();
        writer.contents = g_ptr_array_new ();
        writer.addresses = job->address != NULL ? g_ptr_array_new () : NULL;
        writer.ids = g_array_new (FALSE, FALSE, sizeof (gint64));
        writer.first = dossier_analysis_get_n_documents (job->analysis);
        for (guint i = 0; i < files->len; i++)
          if (g_ptr_array_index (documents, i) != NULL)
            {
              g_ptr_array_add (writer.names, g_ptr_array_index (files, i));
              g_ptr_array_add (writer.contents, g_steal_pointer (&g_ptr_array_index (contents, i)));
              if (writer.addresses != NULL)
                g_ptr_array_add (writer.addresses, job->address);
            }
        writer_thread = g_thread_new ("dossier-store", write_sources, &writer);
      }

    for (guint i = 0; i < files->len; i++)
      {
        if (g_ptr_array_index (documents, i) != NULL)
          dossier_analysis_add_document (job->analysis, g_ptr_array_index (documents, i));
        if (g_ptr_array_index (errors, i) != NULL)
          g_ptr_array_add (job->failures, g_ptr_array_index (errors, i));
      }
  }
  if (g_cancellable_is_cancelled (cancellable))
    {
      /* What was written is rolled back only by a failure; a cancelled
       * import's bytes are kept out by waiting for the writer and
       * removing them. */
      if (writer_thread != NULL)
        {
          g_thread_join (writer_thread);
          for (guint k = 0; writer.error == NULL && k < writer.ids->len; k++)
            dossier_store_remove_source (job->store, g_array_index (writer.ids, gint64, k), NULL);
          g_clear_error (&writer.error);
          source_writer_clear (&writer);
        }
      g_task_return_error_if_cancelled (task);
      return;
    }

  apply_article_corrections (job);
  {
    /* The analysis keeps copies of the corrections, not this array. */
    g_autoptr(GPtrArray) corrections = entity_corrections (job->corrections);
    dossier_analysis_set_corrections (job->analysis, corrections);
  }
  dossier_analysis_set_threads (job->analysis, g_get_num_processors ());
  dossier_analysis_run (job->analysis);
  if (writer_thread != NULL)
    {
      g_thread_join (writer_thread);
      if (writer.error != NULL)
        {
          source_writer_clear (&writer);
          g_task_return_error (task, g_steal_pointer (&writer.error));
          return;
        }
      for (guint k = 0; k < writer.ids->len; k++)
        {
          DossierDocument *document = dossier_analysis_get_document (job->analysis, writer.first + k);
          ArticleOriginal *original;

          document->source_id = g_array_index (writer.ids, gint64, k);
          /* What the cleaner read of a new article: no correction names
           * it yet (a date inferred now is inferred again each time). */
          original = _dossier_corpus_article_original_new (document);
          g_hash_table_insert (job->captured, g_memdup2 (&document->source_id, sizeof (gint64)),
                               _dossier_corpus_article_original_copy (original));
          /* And for the results kept in the file. */
          g_hash_table_insert (job->originals, g_memdup2 (&document->source_id, sizeof (gint64)), original);
        }
      source_writer_clear (&writer);
    }
  finish_job (task, job);
}

/* Imports run on a thread of their own, which ends with them: a lowered
 * priority cannot be raised again without privileges, so it must not stay
 * on a shared pool thread. */
gpointer
_dossier_corpus_import_thread_main (gpointer data)
{
  GTask *task = data;

  ImportJob *job = g_task_get_task_data (task);

  import_thread (task, g_task_get_source_object (task), job, g_task_get_cancellable (task));
  /* What was shown is kept in the dossier file, after it was shown. */
  if (job->from_kept)
    {
      /* On every core, as an analysis would, but only with what the
       * window leaves: it is drawing what was read meanwhile. */
      lower_priority (19);
      dossier_analysis_set_threads (job->analysis, g_get_num_processors ());
      dossier_analysis_find_kept (job->analysis);
    }
  if (job->keep)
    {
      _dossier_corpus_keep_results (g_task_get_source_object (task), job);
      _dossier_corpus_end_keeping (g_task_get_source_object (task));
    }
  g_object_unref (task);
  return NULL;
}

void
_dossier_corpus_run_import (GTask *task)
{
  g_thread_unref (g_thread_new ("dossier-import", _dossier_corpus_import_thread_main, g_object_ref (task)));
}
