/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "config.h"

#include "dossier-corpus.h"

#include <glib/gi18n-lib.h>

#include "dossier-article.h"
#include "dossier-entity.h"
#include "dossier-event.h"
#include "dossier-clean.h"
#include "dossier-source.h"
#include "dossier-store.h"
#include "dossier-text-decode.h"

#include <string.h>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

struct _DossierCorpus
{
  GObject parent_instance;

  DossierAnalysis *analysis;
  GPtrArray *articles;      /* of DossierArticle* */
  GListStore *entities;
  GListStore *events;
  GListStore *annotations;
  GPtrArray *corrections;   /* of DossierStoredCorrection* */
  DossierStore *store;      /* the dossier file, or NULL for a dossier in memory */
  GTask *running;           /* the import under way, for its progress */
  GArray *reload;           /* of gint64: sources to read again from the file at the next analysis */
  GPtrArray *removed;       /* of Removed: articles taken out, kept for Undo */
};

/* An article taken out of the dossier, with what named it, until it is
 * put back or, after MAX_REMOVED_KEPT others, forgotten. */
#define MAX_REMOVED_KEPT 8

typedef struct
{
  DossierStoredSource *source;   /* its bytes and provenance */
  GPtrArray *annotations;        /* of DossierAnnotation* */
  GPtrArray *corrections;        /* of DossierStoredCorrection*, its own */
} Removed;

/* An annotation to find again in the new analysis: its anchor copied on
 * the main thread, the result applied there. */
typedef struct
{
  DossierAnnotation *annotation;
  gint64 source;
  DossierAnchor anchor;
  int document;
  gint64 start;
  gint64 end;
  gboolean found;
} Reanchor;

typedef struct
{
  char **paths;
  char *text;               /* pasted text, or NULL */
  GBytes *page;             /* a pasted page's HTML, or NULL */
  char *address;            /* where the pasted page or the files imported were, or NULL */
  char *text_name;
  GPtrArray *documents;     /* copies of the documents already in the dossier */
  DossierStore *store;      /* where imported bytes are kept, or NULL */
  gboolean from_store;      /* read every article from the store (opening a dossier) */
  GPtrArray *corrections;   /* of DossierStoredCorrection*, copies */
  GArray *reload;           /* of gint64: sources read again from the store, or dropped when gone */
  GArray *reanchors;        /* of Reanchor */
  DossierAnalysis *analysis;  /* the result */
  GPtrArray *failures;
  /* Progress, read by the main thread while the import runs. */
  gint loaded;
  gint total;
  /* The list items, made on the worker so the main thread only swaps. */
  GPtrArray *articles;
  GPtrArray *entities;
  GPtrArray *events;
} ImportJob;

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DossierCorpus, dossier_corpus, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_N_ITEMS,
  PROP_ENTITIES,
  PROP_EVENTS,
  PROP_ANNOTATIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
import_job_free (gpointer data)
{
  ImportJob *job = data;

  g_strfreev (job->paths);
  g_free (job->text);
  g_clear_pointer (&job->page, g_bytes_unref);
  g_free (job->address);
  g_free (job->text_name);
  g_clear_pointer (&job->reload, g_array_unref);
  g_clear_pointer (&job->documents, g_ptr_array_unref);
  g_clear_object (&job->store);
  g_clear_pointer (&job->corrections, g_ptr_array_unref);
  if (job->reanchors != NULL)
    {
      for (guint i = 0; i < job->reanchors->len; i++)
        {
          Reanchor *reanchor = &g_array_index (job->reanchors, Reanchor, i);
          g_object_unref (reanchor->annotation);
          dossier_anchor_clear (&reanchor->anchor);
        }
      g_array_unref (job->reanchors);
    }
  g_clear_pointer (&job->analysis, dossier_analysis_unref);
  g_clear_pointer (&job->failures, g_ptr_array_unref);
  g_clear_pointer (&job->articles, g_ptr_array_unref);
  g_clear_pointer (&job->entities, g_ptr_array_unref);
  g_clear_pointer (&job->events, g_ptr_array_unref);
  g_free (job);
}

static void
removed_free (Removed *removed)
{
  dossier_stored_source_free (removed->source);
  g_ptr_array_unref (removed->annotations);
  g_ptr_array_unref (removed->corrections);
  g_free (removed);
}

static gboolean
has_id (GArray *ids,
        gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

static GType
get_item_type (GListModel *model)
{
  return DOSSIER_TYPE_ARTICLE;
}

static guint
get_n_items (GListModel *model)
{
  return DOSSIER_CORPUS (model)->articles->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  DossierCorpus *self = DOSSIER_CORPUS (model);

  if (position >= self->articles->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->articles, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

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
lower_priority (void)
{
#ifdef __linux__
  pid_t thread = (pid_t) syscall (SYS_gettid);
  setpriority (PRIO_PROCESS, thread, MIN (getpriority (PRIO_PROCESS, thread) + 5, 19));
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

/* Opening a dossier: every article cleaned again from the bytes kept. */
static gboolean
load_from_store (ImportJob    *job,
                 GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sources = dossier_store_list_sources (job->store, &error);

  if (sources == NULL)
    {
      g_ptr_array_add (job->failures, g_steal_pointer (&error));
      return FALSE;
    }
  g_atomic_int_set (&job->total, (gint) sources->len);
  for (guint i = 0; i < sources->len; i++)
    {
      DossierStoredSource *source = g_ptr_array_index (sources, i);
      g_autoptr(GError) clean_error = NULL;
      DossierDocument *document;

      if (g_cancellable_is_cancelled (cancellable))
        return FALSE;
      document = dossier_source_clean (source->name, source->content, 0, source->address, &clean_error);
      g_atomic_int_inc (&job->loaded);
      /* Kept bytes that no longer make an article (a stricter cleaner)
       * are reported; they stay in the file. */
      if (document == NULL)
        {
          g_ptr_array_add (job->failures, g_error_new (clean_error->domain, clean_error->code, "%s: %s",
                                                       source->name, clean_error->message));
          continue;
        }
      document->source = g_strdup (source->name);
      document->source_id = source->id;
      g_ptr_array_add (job->documents, document);
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
      if (correction->correction->kind != DOSSIER_CORRECTION_PUBLISHED)
        g_ptr_array_add (corrections, correction->correction);
    }
  return corrections;
}

/* A corrected publication date replaces the cleaner's before the
 * analysis, so relative dates resolve against it; one whose correction
 * was undone gets the cleaner's back. */
static void
apply_publication_dates (ImportJob *job)
{
  for (guint d = 0; d < dossier_analysis_get_n_documents (job->analysis); d++)
    {
      DossierDocument *document = dossier_analysis_get_document (job->analysis, d);
      const DossierCorrection *last = NULL;

      for (guint i = 0; job->corrections != NULL && i < job->corrections->len; i++)
        {
          DossierStoredCorrection *stored = g_ptr_array_index (job->corrections, i);
          if (stored->correction->kind == DOSSIER_CORRECTION_PUBLISHED && stored->source == document->source_id &&
              document->source_id != 0)
            last = stored->correction;
        }

      if (last != NULL)
        {
          DossierDate date;

          if (!dossier_date_parse_iso (last->value, &date))
            continue;
          document->published = date;
          document->published_from = DOSSIER_DATE_SOURCE_USER;
          g_free (document->published_evidence);
          document->published_evidence = NULL;
        }
      else if (document->published_from == DOSSIER_DATE_SOURCE_USER && job->store != NULL && document->source_id != 0)
        {
          g_autoptr(DossierStoredSource) source = dossier_store_read_source (job->store, document->source_id, NULL);
          g_autoptr(DossierDocument) cleaned = NULL;

          if (source != NULL)
            cleaned = dossier_source_clean (source->name, source->content, 0, source->address, NULL);
          if (cleaned != NULL)
            {
              document->published = cleaned->published;
              document->published_from = cleaned->published_from;
              g_free (document->published_evidence);
              document->published_evidence = g_steal_pointer (&cleaned->published_evidence);
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
import_pasted (ImportJob *job,
               GTask     *task)
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

/* Runs on a worker thread: everything here is owned by the job. */
static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportJob *job = task_data;
  g_autoptr(GPtrArray) files = NULL;
  SourceWriter writer = { 0 };
  GThread *writer_thread = NULL;
  lower_priority ();

  job->failures = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  {
    g_autoptr(DossierGazetteer) gazetteer = shared_gazetteer ();
    job->analysis = dossier_analysis_new (gazetteer);
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

  if ((job->text != NULL || job->page != NULL) && !import_pasted (job, task))
    return;

  files = dossier_source_collect ((const char * const *) job->paths, job->failures);
  g_atomic_int_set (&job->total, (gint) files->len);
  {
    guint n_loaders = MIN (g_get_num_processors (), 8);
    g_autofree Loader *loaders = g_new0 (Loader, n_loaders);
    g_autofree GThread **threads = g_new0 (GThread *, n_loaders);
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
      {
        loaders[t] = (Loader) { files, documents, errors, contents, job->address, cancellable, t, n_loaders,
                                &job->loaded };
        if (t > 0)
          threads[t] = g_thread_new ("dossier-import", load_files, &loaders[t]);
      }
    load_files (&loaders[0]);
    for (guint t = 1; t < n_loaders; t++)
      g_thread_join (threads[t]);

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

  apply_publication_dates (job);
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
        dossier_analysis_get_document (job->analysis, writer.first + k)->source_id = g_array_index (writer.ids, gint64, k);
      source_writer_clear (&writer);
    }
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
  g_task_return_boolean (task, TRUE);
}

/* Imports run on a thread of their own, which ends with them: a lowered
 * priority cannot be raised again without privileges, so it must not stay
 * on a shared pool thread. */
static gpointer
import_thread_main (gpointer data)
{
  GTask *task = data;

  import_thread (task, g_task_get_source_object (task), g_task_get_task_data (task),
                 g_task_get_cancellable (task));
  g_object_unref (task);
  return NULL;
}

static void
run_import (GTask *task)
{
  g_thread_unref (g_thread_new ("dossier-import", import_thread_main, g_object_ref (task)));
}

/* Annotations take their new places; those whose words are gone become
 * orphans (kept, listed, never dropped).  What changed is saved. */
static void
apply_reanchors (DossierCorpus *self,
                 ImportJob     *job)
{
  guint n;

  if (job->reanchors == NULL)
    return;
  for (guint i = 0; i < job->reanchors->len; i++)
    {
      Reanchor *item = &g_array_index (job->reanchors, Reanchor, i);
      const DossierAnchor *anchor = dossier_annotation_get_anchor (item->annotation);
      gboolean changed = FALSE;

      dossier_annotation_set_document (item->annotation, item->document);
      if (item->found && (anchor->start != item->start || anchor->end != item->end))
        {
          dossier_annotation_set_position (item->annotation, item->start, item->end);
          changed = TRUE;
        }
      if (dossier_annotation_get_orphaned (item->annotation) == item->found)
        {
          dossier_annotation_set_orphaned (item->annotation, !item->found);
          changed = TRUE;
        }
      if (changed && self->store != NULL)
        dossier_store_save_annotation (self->store, item->annotation, NULL);
    }
  /* Their places changed: views of the list show them again. */
  n = g_list_model_get_n_items (G_LIST_MODEL (self->annotations));
  g_list_model_items_changed (G_LIST_MODEL (self->annotations), 0, n, n);
}

static void
replace_analysis (DossierCorpus *self,
                  ImportJob     *job)
{
  guint removed = self->articles->len;

  /* What was read again is done with. */
  for (guint r = 0; job->reload != NULL && r < job->reload->len; r++)
    for (guint k = self->reload->len; k > 0; k--)
      if (g_array_index (self->reload, gint64, k - 1) == g_array_index (job->reload, gint64, r))
        g_array_remove_index (self->reload, k - 1);

  g_clear_pointer (&self->analysis, dossier_analysis_unref);
  self->analysis = dossier_analysis_ref (job->analysis);

  g_ptr_array_unref (self->articles);
  self->articles = g_steal_pointer (&job->articles);

  /* One items-changed per list for the whole batch. */
  g_list_store_splice (self->entities, 0, g_list_model_get_n_items (G_LIST_MODEL (self->entities)),
                       job->entities->pdata, job->entities->len);
  g_list_store_splice (self->events, 0, g_list_model_get_n_items (G_LIST_MODEL (self->events)),
                       job->events->pdata, job->events->len);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->articles->len);
  if (removed != self->articles->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);

  apply_reanchors (self, job);
}

static ImportJob *
import_job_new (DossierCorpus      *self,
                const char * const *paths)
{
  ImportJob *job = g_new0 (ImportJob, 1);

  job->paths = g_strdupv ((char **) paths);
  job->documents = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_document_free);
  /* Those whose sources changed are read again from the file. */
  if (self->reload->len > 0)
    {
      job->reload = g_array_sized_new (FALSE, FALSE, sizeof (gint64), self->reload->len);
      g_array_append_vals (job->reload, self->reload->data, self->reload->len);
    }
  for (guint i = 0; self->analysis != NULL && i < dossier_analysis_get_n_documents (self->analysis); i++)
    {
      const DossierDocument *document = dossier_analysis_get_document (self->analysis, i);

      if (job->reload == NULL || !has_id (job->reload, document->source_id))
        g_ptr_array_add (job->documents, dossier_document_copy (document));
    }
  job->store = self->store != NULL ? g_object_ref (self->store) : NULL;
  job->corrections = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_stored_correction_free);
  for (guint i = 0; i < self->corrections->len; i++)
    {
      DossierStoredCorrection *stored = g_ptr_array_index (self->corrections, i);
      DossierStoredCorrection *copy = g_new0 (DossierStoredCorrection, 1);

      copy->id = stored->id;
      copy->source = stored->source;
      copy->correction = dossier_correction_copy (stored->correction);
      g_ptr_array_add (job->corrections, copy);
    }
  job->reanchors = g_array_new (FALSE, TRUE, sizeof (Reanchor));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->annotations)); i++)
    {
      g_autoptr(DossierAnnotation) annotation = g_list_model_get_item (G_LIST_MODEL (self->annotations), i);
      const DossierAnchor *anchor = dossier_annotation_get_anchor (annotation);
      Reanchor item = { 0 };

      item.annotation = g_object_ref (annotation);
      item.source = dossier_annotation_get_source (annotation);
      item.anchor.exact = g_strdup (anchor->exact);
      item.anchor.prefix = g_strdup (anchor->prefix);
      item.anchor.suffix = g_strdup (anchor->suffix);
      item.anchor.start = anchor->start;
      item.anchor.end = anchor->end;
      g_array_append_val (job->reanchors, item);
    }
  return job;
}

static void
dossier_corpus_dispose (GObject *object)
{
  DossierCorpus *self = DOSSIER_CORPUS (object);

  g_clear_object (&self->running);
  g_clear_pointer (&self->articles, g_ptr_array_unref);
  g_clear_object (&self->entities);
  g_clear_object (&self->events);
  g_clear_object (&self->annotations);
  g_clear_pointer (&self->corrections, g_ptr_array_unref);
  g_clear_object (&self->store);
  g_clear_pointer (&self->analysis, dossier_analysis_unref);
  g_clear_pointer (&self->reload, g_array_unref);
  g_clear_pointer (&self->removed, g_ptr_array_unref);
  G_OBJECT_CLASS (dossier_corpus_parent_class)->dispose (object);
}

static void
dossier_corpus_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DossierCorpus *self = DOSSIER_CORPUS (object);

  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->articles->len);
      break;
    case PROP_ENTITIES:
      g_value_set_object (value, self->entities);
      break;
    case PROP_EVENTS:
      g_value_set_object (value, self->events);
      break;
    case PROP_ANNOTATIONS:
      g_value_set_object (value, self->annotations);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_corpus_class_init (DossierCorpusClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dossier_corpus_dispose;
  object_class->get_property = dossier_corpus_get_property;

  properties[PROP_N_ITEMS] = g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                                                G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The lists live as long as the corpus; their items change. */
  properties[PROP_ENTITIES] = g_param_spec_object ("entities", NULL, NULL, G_TYPE_LIST_MODEL,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_EVENTS] = g_param_spec_object ("events", NULL, NULL, G_TYPE_LIST_MODEL,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ANNOTATIONS] = g_param_spec_object ("annotations", NULL, NULL, G_TYPE_LIST_MODEL,
                                                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_corpus_init (DossierCorpus *self)
{
  self->analysis = NULL;
  self->articles = g_ptr_array_new_with_free_func (g_object_unref);
  self->entities = g_list_store_new (DOSSIER_TYPE_ENTITY);
  self->events = g_list_store_new (DOSSIER_TYPE_EVENT);
  self->annotations = g_list_store_new (DOSSIER_TYPE_ANNOTATION);
  self->corrections = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_stored_correction_free);
  self->reload = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->removed = g_ptr_array_new_with_free_func ((GDestroyNotify) removed_free);
}

DossierCorpus *
dossier_corpus_new (void)
{
  return g_object_new (DOSSIER_TYPE_CORPUS, NULL);
}

void
dossier_corpus_import_async (DossierCorpus       *self,
                             const char * const  *paths,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (DOSSIER_IS_CORPUS (self));
  g_return_if_fail (paths != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, dossier_corpus_import_async);
  g_task_set_task_data (task, import_job_new (self, paths), import_job_free);
  g_set_object (&self->running, task);
  run_import (task);
}

gboolean
dossier_corpus_import_finish (DossierCorpus  *self,
                              GAsyncResult   *result,
                              GPtrArray     **failures,
                              GError        **error)
{
  ImportJob *job;

  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  job = g_task_get_task_data (G_TASK (result));
  if (self->running == G_TASK (result))
    g_clear_object (&self->running);
  if (failures != NULL)
    *failures = job->failures != NULL ? g_ptr_array_ref (job->failures) : NULL;
  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  replace_analysis (self, job);
  return TRUE;
}

/* Runs @job on a thread of its own and waits for it, in a main context
 * of its own: a GTask returned from another thread completes in its
 * context, and the caller's may never run again (a command-line program),
 * which would keep the task, the corpus and its dossier file open. */
static gboolean
run_sync (DossierCorpus  *self,
          ImportJob      *job,
          GPtrArray     **failures,
          GCancellable   *cancellable,
          GError        **error)
{
  g_autoptr(GMainContext) context = g_main_context_new ();
  GTask *task;
  gboolean ok;

  g_main_context_push_thread_default (context);
  task = g_task_new (self, cancellable, NULL, NULL);
  g_main_context_pop_thread_default (context);
  g_task_set_task_data (task, job, import_job_free);
  g_thread_join (g_thread_new ("dossier-import", import_thread_main, g_object_ref (task)));

  if (failures != NULL)
    *failures = job->failures != NULL ? g_ptr_array_ref (job->failures) : NULL;
  ok = g_task_propagate_boolean (task, error);
  if (ok)
    replace_analysis (self, job);
  g_object_unref (task);
  while (g_main_context_iteration (context, FALSE))
    ;
  return ok;
}

gboolean
dossier_corpus_import (DossierCorpus       *self,
                       const char * const  *paths,
                       GPtrArray          **failures,
                       GCancellable        *cancellable,
                       GError             **error)
{
  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), FALSE);
  g_return_val_if_fail (paths != NULL, FALSE);

  return run_sync (self, import_job_new (self, paths), failures, cancellable, error);
}

gboolean
dossier_corpus_import_with_address (DossierCorpus  *self,
                                    const char     *path,
                                    const char     *address,
                                    GPtrArray     **failures,
                                    GCancellable   *cancellable,
                                    GError        **error)
{
  const char *paths[] = { path, NULL };
  ImportJob *job;

  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  job = import_job_new (self, paths);
  job->address = g_strdup (address);
  return run_sync (self, job, failures, cancellable, error);
}

void
dossier_corpus_import_page_async (DossierCorpus       *self,
                                  GBytes              *html,
                                  const char          *text,
                                  const char          *address,
                                  const char          *name,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  const char *no_paths[] = { NULL };
  ImportJob *job;

  g_return_if_fail (DOSSIER_IS_CORPUS (self));
  g_return_if_fail (html != NULL || text != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, dossier_corpus_import_async);
  job = import_job_new (self, no_paths);
  job->page = html != NULL ? g_bytes_ref (html) : NULL;
  job->text = g_strdup (text);
  job->address = g_strdup (address);
  job->text_name = g_strdup (name != NULL ? name : "Pasted article");
  g_task_set_task_data (task, job, import_job_free);
  g_set_object (&self->running, task);
  run_import (task);
}

void
dossier_corpus_import_text_async (DossierCorpus       *self,
                                  const char          *text,
                                  const char          *name,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_return_if_fail (text != NULL);

  dossier_corpus_import_page_async (self, NULL, text, NULL, name, cancellable, callback, user_data);
}

double
dossier_corpus_get_import_progress (DossierCorpus *self)
{
  ImportJob *job;
  gint total, loaded;

  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), -1);

  if (self->running == NULL)
    return -1;
  job = g_task_get_task_data (self->running);
  total = g_atomic_int_get (&job->total);
  loaded = g_atomic_int_get (&job->loaded);
  if (total <= 0 || loaded >= total)
    return -1;
  return (double) loaded / total;
}

/* NULL until something was imported. */
DossierAnalysis *
dossier_corpus_get_analysis (DossierCorpus *self)
{
  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), NULL);
  return self->analysis;
}

GListModel *
dossier_corpus_get_entities (DossierCorpus *self)
{
  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), NULL);
  return G_LIST_MODEL (self->entities);
}

DossierEntity *
dossier_corpus_dup_entity (DossierCorpus *self,
                           const char    *key)
{
  GListModel *entities;

  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), NULL);

  entities = G_LIST_MODEL (self->entities);
  for (guint e = 0; key != NULL && e < g_list_model_get_n_items (entities); e++)
    {
      g_autoptr(DossierEntity) entity = g_list_model_get_item (entities, e);

      if (g_strcmp0 (dossier_entity_get_key (entity), key) == 0)
        return g_steal_pointer (&entity);
    }
  return NULL;
}

GListModel *
dossier_corpus_get_events (DossierCorpus *self)
{
  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), NULL);
  return G_LIST_MODEL (self->events);
}

GListModel *
dossier_corpus_get_annotations (DossierCorpus *self)
{
  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), NULL);
  return G_LIST_MODEL (self->annotations);
}

DossierStore *
dossier_corpus_get_store (DossierCorpus *self)
{
  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), NULL);
  return self->store;
}

/* Reads what the store keeps besides the articles; the articles follow
 * on the worker. */
static gboolean
take_store (DossierCorpus  *self,
            DossierStore   *store,
            GError        **error)
{
  g_autoptr(GPtrArray) annotations = dossier_store_list_annotations (store, error);
  g_autoptr(GPtrArray) corrections = NULL;

  if (annotations == NULL)
    return FALSE;
  corrections = dossier_store_list_corrections (store, error);
  if (corrections == NULL)
    return FALSE;

  g_set_object (&self->store, store);
  g_ptr_array_unref (self->corrections);
  self->corrections = g_steal_pointer (&corrections);
  g_list_store_splice (self->annotations, 0, g_list_model_get_n_items (G_LIST_MODEL (self->annotations)),
                       annotations->pdata, annotations->len);
  /* Nothing of the dossier that was open before stays. */
  g_clear_pointer (&self->analysis, dossier_analysis_unref);
  g_array_set_size (self->reload, 0);
  g_ptr_array_set_size (self->removed, 0);
  return TRUE;
}

static ImportJob *
open_job_new (DossierCorpus *self)
{
  const char *no_paths[] = { NULL };
  ImportJob *job = import_job_new (self, no_paths);

  job->from_store = TRUE;
  g_ptr_array_set_size (job->documents, 0);
  g_clear_pointer (&job->reload, g_array_unref);
  return job;
}

void
dossier_corpus_open_async (DossierCorpus       *self,
                           DossierStore        *store,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;

  g_return_if_fail (DOSSIER_IS_CORPUS (self));
  g_return_if_fail (DOSSIER_IS_STORE (store));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, dossier_corpus_import_async);
  if (!take_store (self, store, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_set_task_data (task, open_job_new (self), import_job_free);
  g_set_object (&self->running, task);
  run_import (task);
}

gboolean
dossier_corpus_open (DossierCorpus  *self,
                     DossierStore   *store,
                     GPtrArray     **failures,
                     GCancellable   *cancellable,
                     GError        **error)
{
  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), FALSE);
  g_return_val_if_fail (DOSSIER_IS_STORE (store), FALSE);

  if (!take_store (self, store, error))
    return FALSE;
  return run_sync (self, open_job_new (self), failures, cancellable, error);
}

void
dossier_corpus_reanalyse_async (DossierCorpus       *self,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  const char *no_paths[] = { NULL };

  dossier_corpus_import_async (self, no_paths, cancellable, callback, user_data);
}

gboolean
dossier_corpus_add_annotation (DossierCorpus      *self,
                               DossierAnnotation  *annotation,
                               GError            **error)
{
  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), FALSE);
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (annotation), FALSE);

  if (self->store != NULL && !dossier_store_save_annotation (self->store, annotation, error))
    return FALSE;
  g_list_store_append (self->annotations, annotation);
  return TRUE;
}

gboolean
dossier_corpus_save_annotation (DossierCorpus      *self,
                                DossierAnnotation  *annotation,
                                GError            **error)
{
  guint position;

  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), FALSE);
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (annotation), FALSE);

  if (self->store != NULL && !dossier_store_save_annotation (self->store, annotation, error))
    return FALSE;
  if (g_list_store_find (self->annotations, annotation, &position))
    g_list_model_items_changed (G_LIST_MODEL (self->annotations), position, 1, 1);
  return TRUE;
}

gboolean
dossier_corpus_remove_annotation (DossierCorpus      *self,
                                  DossierAnnotation  *annotation,
                                  GError            **error)
{
  guint position;

  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), FALSE);
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (annotation), FALSE);

  if (self->store != NULL &&
      !dossier_store_delete_annotation (self->store, dossier_annotation_get_id (annotation), error))
    return FALSE;
  if (g_list_store_find (self->annotations, annotation, &position))
    g_list_store_remove (self->annotations, position);
  return TRUE;
}

GPtrArray *
dossier_corpus_get_corrections (DossierCorpus *self)
{
  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), NULL);
  return self->corrections;
}

/* Kept at once; it takes effect with the next analysis
 * (dossier_corpus_reanalyse_async ()).  Returns its id, or -1. */
gint64
dossier_corpus_add_correction (DossierCorpus            *self,
                               gint64                    source,
                               const DossierCorrection  *correction,
                               GError                  **error)
{
  DossierStoredCorrection *stored;
  static gint64 in_memory_id;
  gint64 id;

  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), -1);
  g_return_val_if_fail (correction != NULL, -1);

  if (self->store != NULL)
    id = dossier_store_add_correction (self->store, source, correction, error);
  else
    id = ++in_memory_id;
  if (id < 0)
    return -1;
  stored = g_new0 (DossierStoredCorrection, 1);
  stored->id = id;
  stored->source = source;
  stored->correction = dossier_correction_copy (correction);
  g_ptr_array_add (self->corrections, stored);
  return id;
}

gboolean
dossier_corpus_remove_correction (DossierCorpus  *self,
                                  gint64          id,
                                  GError        **error)
{
  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), FALSE);

  if (self->store != NULL && !dossier_store_remove_correction (self->store, id, error))
    return FALSE;
  for (guint i = 0; i < self->corrections->len; i++)
    if (((DossierStoredCorrection *) g_ptr_array_index (self->corrections, i))->id == id)
      {
        g_ptr_array_remove_index (self->corrections, i);
        break;
      }
  return TRUE;
}

/* The article whose source the dossier keeps with @id, or -1. */
int
dossier_corpus_find_source (DossierCorpus *self,
                            gint64         source)
{
  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), -1);

  for (guint i = 0; self->analysis != NULL && i < dossier_analysis_get_n_documents (self->analysis); i++)
    if (dossier_analysis_get_document (self->analysis, i)->source_id == source)
      return (int) i;
  return -1;
}

static void
reload_at_next_analysis (DossierCorpus *self,
                         gint64         source)
{
  if (!has_id (self->reload, source))
    g_array_append_val (self->reload, source);
}

static gboolean
check_store (DossierCorpus  *self,
             GError        **error)
{
  if (self->store != NULL)
    return TRUE;
  g_set_error_literal (error, DOSSIER_STORE_ERROR, DOSSIER_STORE_ERROR_FAILED,
                       _("This needs the dossier to be kept in a file"));
  return FALSE;
}

gboolean
dossier_corpus_set_source_address (DossierCorpus  *self,
                                   gint64          source,
                                   const char     *address,
                                   char          **previous,
                                   GError        **error)
{
  g_autoptr(DossierStoredSource) stored = NULL;

  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), FALSE);
  g_return_val_if_fail (source > 0, FALSE);

  if (!check_store (self, error))
    return FALSE;
  stored = dossier_store_read_source (self->store, source, error);
  if (stored == NULL)
    {
      if (error != NULL && *error == NULL)
        g_set_error_literal (error, DOSSIER_STORE_ERROR, DOSSIER_STORE_ERROR_FAILED,
                             _("The article is no longer in the dossier"));
      return FALSE;
    }
  if (!dossier_store_set_source_address (self->store, source, address, error))
    return FALSE;
  if (previous != NULL)
    *previous = g_steal_pointer (&stored->address);
  reload_at_next_analysis (self, source);
  return TRUE;
}

gboolean
dossier_corpus_keep_uncleaned (DossierCorpus  *self,
                               gint64          source,
                               gboolean        kept,
                               GError        **error)
{
  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), FALSE);
  g_return_val_if_fail (source > 0, FALSE);

  if (!check_store (self, error) || !dossier_store_set_source_kept_uncleaned (self->store, source, kept, error))
    return FALSE;
  for (guint i = 0; i < self->articles->len; i++)
    {
      DossierArticle *article = g_ptr_array_index (self->articles, i);

      if (dossier_article_get_source_id (article) == source)
        dossier_article_set_kept_uncleaned (article, kept);
    }
  return TRUE;
}

gboolean
dossier_corpus_remove_source (DossierCorpus  *self,
                              gint64          source,
                              GError        **error)
{
  g_autoptr(DossierStoredSource) stored = NULL;
  Removed *removed;

  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), FALSE);
  g_return_val_if_fail (source > 0, FALSE);

  if (!check_store (self, error))
    return FALSE;
  stored = dossier_store_read_source (self->store, source, error);
  if (stored == NULL)
    {
      if (error != NULL && *error == NULL)
        g_set_error_literal (error, DOSSIER_STORE_ERROR, DOSSIER_STORE_ERROR_FAILED,
                             _("The article is no longer in the dossier"));
      return FALSE;
    }
  /* The file drops its annotations and corrections with it. */
  if (!dossier_store_remove_source (self->store, source, error))
    return FALSE;

  removed = g_new0 (Removed, 1);
  removed->source = g_steal_pointer (&stored);
  removed->annotations = g_ptr_array_new_with_free_func (g_object_unref);
  removed->corrections = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_stored_correction_free);
  for (guint i = g_list_model_get_n_items (G_LIST_MODEL (self->annotations)); i > 0; i--)
    {
      g_autoptr(DossierAnnotation) annotation = g_list_model_get_item (G_LIST_MODEL (self->annotations), i - 1);

      if (dossier_annotation_get_source (annotation) == source)
        {
          g_ptr_array_insert (removed->annotations, 0, g_object_ref (annotation));
          g_list_store_remove (self->annotations, i - 1);
        }
    }
  for (guint i = 0; i < self->corrections->len;)
    {
      DossierStoredCorrection *correction = g_ptr_array_index (self->corrections, i);

      if (correction->source == source)
        g_ptr_array_add (removed->corrections, g_ptr_array_steal_index (self->corrections, i));
      else
        i++;
    }
  /* Undo reaches back a few removals, not the whole session's bytes. */
  if (self->removed->len >= MAX_REMOVED_KEPT)
    g_ptr_array_remove_index (self->removed, 0);
  g_ptr_array_add (self->removed, removed);
  reload_at_next_analysis (self, source);
  return TRUE;
}

gboolean
dossier_corpus_restore_source (DossierCorpus  *self,
                               gint64          source,
                               gint64         *restored,
                               GError        **error)
{
  Removed *removed = NULL;
  gint64 id = 0;
  guint at;

  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), FALSE);

  for (at = 0; at < self->removed->len; at++)
    if (((Removed *) g_ptr_array_index (self->removed, at))->source->id == source)
      {
        removed = g_ptr_array_index (self->removed, at);
        break;
      }
  if (removed == NULL)
    {
      g_set_error_literal (error, DOSSIER_STORE_ERROR, DOSSIER_STORE_ERROR_FAILED,
                           _("The article can no longer be put back"));
      return FALSE;
    }
  if (!check_store (self, error) || !dossier_store_restore_source (self->store, removed->source, &id, error))
    return FALSE;

  /* Its annotations and corrections come back with it, under its id. */
  for (guint i = 0; i < removed->annotations->len; i++)
    {
      DossierAnnotation *annotation = g_ptr_array_index (removed->annotations, i);

      dossier_annotation_set_source (annotation, id);
      if (dossier_store_save_annotation (self->store, annotation, NULL))
        g_list_store_append (self->annotations, annotation);
    }
  for (guint i = 0; i < removed->corrections->len; i++)
    {
      DossierStoredCorrection *correction = g_ptr_array_index (removed->corrections, i);
      gint64 correction_id = dossier_store_add_correction (self->store, id, correction->correction, NULL);

      if (correction_id < 0)
        continue;
      correction->id = correction_id;
      correction->source = id;
      g_ptr_array_add (self->corrections, g_ptr_array_steal_index (removed->corrections, i--));
    }
  g_ptr_array_remove_index (self->removed, at);
  reload_at_next_analysis (self, id);
  if (restored != NULL)
    *restored = id;
  return TRUE;
}
