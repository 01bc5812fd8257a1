/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-corpus.h"

#include "dossier-article.h"
#include "dossier-entity.h"
#include "dossier-event.h"
#include "dossier-clean.h"
#include "dossier-source.h"

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
  GTask *running;           /* the import under way, for its progress */
};

typedef struct
{
  char **paths;
  char *text;               /* pasted text, or NULL */
  char *text_name;
  GPtrArray *documents;     /* copies of the documents already in the dossier */
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
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
import_job_free (gpointer data)
{
  ImportJob *job = data;

  g_strfreev (job->paths);
  g_free (job->text);
  g_free (job->text_name);
  g_clear_pointer (&job->documents, g_ptr_array_unref);
  g_clear_pointer (&job->analysis, dossier_analysis_unref);
  g_clear_pointer (&job->failures, g_ptr_array_unref);
  g_clear_pointer (&job->articles, g_ptr_array_unref);
  g_clear_pointer (&job->entities, g_ptr_array_unref);
  g_clear_pointer (&job->events, g_ptr_array_unref);
  g_free (job);
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
      document = dossier_source_load (file, 0, loader->cancellable, &error);
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

/* Runs on a worker thread: everything here is owned by the job. */
static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportJob *job = task_data;
  g_autoptr(GPtrArray) files = NULL;
  lower_priority ();

  job->failures = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  {
    g_autoptr(DossierGazetteer) gazetteer = shared_gazetteer ();
    job->analysis = dossier_analysis_new (gazetteer);
  }
  /* The analysis takes the copies over. */
  for (guint i = 0; i < job->documents->len; i++)
    dossier_analysis_add_document (job->analysis, g_ptr_array_index (job->documents, i));
  g_ptr_array_set_free_func (job->documents, NULL);
  g_ptr_array_set_size (job->documents, 0);

  if (job->text != NULL)
    {
      g_autoptr(GError) error = NULL;
      DossierDocument *document = dossier_clean_bytes ((const guint8 *) job->text, strlen (job->text), NULL, &error);

      if (document == NULL)
        g_ptr_array_add (job->failures, g_error_new (error->domain, error->code, "%s: %s", job->text_name, error->message));
      else
        {
          document->source = g_strdup (job->text_name);
          dossier_analysis_add_document (job->analysis, document);
        }
    }

  files = dossier_source_collect ((const char * const *) job->paths, job->failures);
  g_atomic_int_set (&job->total, (gint) files->len);
  {
    guint n_loaders = MIN (g_get_num_processors (), 8);
    g_autofree Loader *loaders = g_new0 (Loader, n_loaders);
    g_autofree GThread **threads = g_new0 (GThread *, n_loaders);
    g_autoptr(GPtrArray) documents = g_ptr_array_new ();
    g_autoptr(GPtrArray) errors = g_ptr_array_new ();

    /* Reading and cleaning is per file: every core takes its share. */
    g_ptr_array_set_size (documents, files->len);
    g_ptr_array_set_size (errors, files->len);
    for (guint t = 0; t < n_loaders; t++)
      {
        loaders[t] = (Loader) { files, documents, errors, cancellable, t, n_loaders, &job->loaded };
        if (t > 0)
          threads[t] = g_thread_new ("dossier-import", load_files, &loaders[t]);
      }
    load_files (&loaders[0]);
    for (guint t = 1; t < n_loaders; t++)
      g_thread_join (threads[t]);

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
      g_task_return_error_if_cancelled (task);
      return;
    }

  dossier_analysis_set_threads (job->analysis, g_get_num_processors ());
  dossier_analysis_run (job->analysis);

  job->articles = g_ptr_array_new_with_free_func (g_object_unref);
  job->entities = g_ptr_array_new_with_free_func (g_object_unref);
  job->events = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < dossier_analysis_get_n_documents (job->analysis); i++)
    g_ptr_array_add (job->articles, dossier_article_new (job->analysis, i));
  for (guint i = 0; i < dossier_analysis_get_n_entities (job->analysis); i++)
    g_ptr_array_add (job->entities, dossier_entity_new (job->analysis, i));
  for (guint i = 0; i < dossier_analysis_get_n_events (job->analysis); i++)
    g_ptr_array_add (job->events, dossier_event_new (job->analysis, i));
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

static void
replace_analysis (DossierCorpus *self,
                  ImportJob     *job)
{
  guint removed = self->articles->len;

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
}

static ImportJob *
import_job_new (DossierCorpus      *self,
                const char * const *paths)
{
  ImportJob *job = g_new0 (ImportJob, 1);

  job->paths = g_strdupv ((char **) paths);
  job->documents = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_document_free);
  for (guint i = 0; self->analysis != NULL && i < dossier_analysis_get_n_documents (self->analysis); i++)
    g_ptr_array_add (job->documents, dossier_document_copy (dossier_analysis_get_document (self->analysis, i)));
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
  g_clear_pointer (&self->analysis, dossier_analysis_unref);
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
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_corpus_init (DossierCorpus *self)
{
  self->analysis = NULL;
  self->articles = g_ptr_array_new_with_free_func (g_object_unref);
  self->entities = g_list_store_new (DOSSIER_TYPE_ENTITY);
  self->events = g_list_store_new (DOSSIER_TYPE_EVENT);
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

gboolean
dossier_corpus_import (DossierCorpus       *self,
                       const char * const  *paths,
                       GPtrArray          **failures,
                       GCancellable        *cancellable,
                       GError             **error)
{
  g_autoptr(GTask) task = NULL;
  ImportJob *job;

  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), FALSE);
  g_return_val_if_fail (paths != NULL, FALSE);

  task = g_task_new (self, cancellable, NULL, NULL);
  job = import_job_new (self, paths);
  g_task_set_task_data (task, job, import_job_free);
  /* Synchronously, but on a thread of its own for the same reason. */
  g_thread_join (g_thread_new ("dossier-import", import_thread_main, g_object_ref (task)));

  if (failures != NULL)
    *failures = job->failures != NULL ? g_ptr_array_ref (job->failures) : NULL;
  if (!g_task_propagate_boolean (task, error))
    return FALSE;
  replace_analysis (self, job);
  return TRUE;
}

void
dossier_corpus_import_text_async (DossierCorpus       *self,
                                  const char          *text,
                                  const char          *name,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  const char *no_paths[] = { NULL };
  ImportJob *job;

  g_return_if_fail (DOSSIER_IS_CORPUS (self));
  g_return_if_fail (text != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, dossier_corpus_import_async);
  job = import_job_new (self, no_paths);
  job->text = g_strdup (text);
  job->text_name = g_strdup (name != NULL ? name : "Pasted article");
  g_task_set_task_data (task, job, import_job_free);
  g_set_object (&self->running, task);
  run_import (task);
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

GListModel *
dossier_corpus_get_events (DossierCorpus *self)
{
  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), NULL);
  return G_LIST_MODEL (self->events);
}
