/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The runs of a corpus's analysis, on the main thread: an import of
 * files, a page or a text, the opening of a dossier file and a new
 * analysis each made into a job (a copy of what the corpus holds), run on
 * a worker (dossier-corpus-import.c) or waited for, and its result taken
 * in: the lists replaced in one batch, the annotations moved to their new
 * places. */

#include "config.h"

#include "dossier-corpus.h"
#include "dossier-corpus-private.h"

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
  g_clear_pointer (&job->previous, dossier_analysis_unref);
  g_clear_pointer (&job->analysis, dossier_analysis_unref);
  g_clear_pointer (&job->failures, g_ptr_array_unref);
  g_clear_pointer (&job->originals, g_hash_table_unref);
  g_clear_pointer (&job->captured, g_hash_table_unref);
  g_clear_pointer (&job->articles, g_ptr_array_unref);
  g_clear_pointer (&job->entities, g_ptr_array_unref);
  g_clear_pointer (&job->events, g_ptr_array_unref);
  g_free (job);
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
  self->from_kept = job->from_kept;
  {
    GHashTableIter iter;
    gpointer key, value;

    g_hash_table_iter_init (&iter, job->captured);
    while (g_hash_table_iter_next (&iter, &key, &value))
      {
        g_hash_table_iter_steal (&iter);
        g_hash_table_replace (self->originals, key, value);
      }
  }

  g_ptr_array_unref (self->articles);
  self->articles = g_steal_pointer (&job->articles);

  /* One items-changed per list for the whole batch. */
  g_list_store_splice (self->entities, 0, g_list_model_get_n_items (G_LIST_MODEL (self->entities)),
                       job->entities->pdata, job->entities->len);
  g_list_store_splice (self->events, 0, g_list_model_get_n_items (G_LIST_MODEL (self->events)),
                       job->events->pdata, job->events->len);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->articles->len);
  if (removed != self->articles->len)
    _dossier_corpus_notify_n_items (self);

  apply_reanchors (self, job);
}

static ImportJob *
import_job_new (DossierCorpus      *self,
                const char * const *paths)
{
  ImportJob *job = g_new0 (ImportJob, 1);

  job->paths = g_strdupv ((char **) paths);
  /* The last job begun is the one whose results are kept. */
  job->serial = (guint) g_atomic_int_add (&self->job_serial, 1) + 1;
  job->store_changes = self->store != NULL ? dossier_store_get_changes (self->store) : 0;
  job->documents = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_document_free);
  /* Those whose sources changed are read again from the file. */
  if (self->reload->len > 0)
    {
      job->reload = g_array_sized_new (FALSE, FALSE, sizeof (gint64), self->reload->len);
      g_array_append_vals (job->reload, self->reload->data, self->reload->len);
    }
  /* The documents already in the dossier are copied on the worker (a
   * large dossier's copies would stall the window), from the analysis
   * it shows: nothing changes that analysis's articles meanwhile. */
  /* What the analysis found in each article is found again only in
   * those that changed. */
  job->previous = self->analysis != NULL ? dossier_analysis_ref (self->analysis) : NULL;
  job->reuse_previous = !self->from_scratch;
  job->originals = _dossier_corpus_originals_new ();
  job->captured = _dossier_corpus_originals_new ();
  {
    GHashTableIter iter;
    gpointer key, value;

    g_hash_table_iter_init (&iter, self->originals);
    while (g_hash_table_iter_next (&iter, &key, &value))
      g_hash_table_insert (job->originals, g_memdup2 (key, sizeof (gint64)),
                           _dossier_corpus_article_original_copy (value));
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
  _dossier_corpus_run_import (task);
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
  g_thread_join (g_thread_new ("dossier-import", _dossier_corpus_import_thread_main, g_object_ref (task)));

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
  _dossier_corpus_run_import (task);
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
  g_hash_table_remove_all (self->originals);
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
  g_clear_pointer (&job->previous, dossier_analysis_unref);
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
  _dossier_corpus_run_import (task);
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

void
_dossier_corpus_set_from_scratch (DossierCorpus *self,
                                  gboolean       from_scratch)
{
  self->from_scratch = from_scratch;
}

gboolean
_dossier_corpus_get_from_kept (DossierCorpus *self)
{
  return self->from_kept;
}
