/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-export.h"

#include "dossier-csv-writer.h"
#include "dossier-json-writer.h"
#include "dossier-pdf-writer.h"

static gboolean
write_json (DossierAnalysis             *analysis,
            const DossierExportOptions  *options,
            const char                  *path,
            DossierExportProgress        progress,
            gpointer                     user_data,
            GCancellable                *cancellable,
            GError                     **error)
{
  g_autoptr(GString) out = g_string_sized_new (1 << 16);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  dossier_json_write_export (analysis, options, out);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (progress != NULL)
    progress (0.9, user_data);
  /* Written beside it and renamed over it. */
  return g_file_replace_contents (file, out->str, out->len, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                  NULL, cancellable, error);
}

/* Each format: its name (as dossier-cli and the settings spell it), how a
 * default path ends, and its writer. */
static const struct
{
  const char *name;
  const char *suffix;
  DossierExportWriter *write;
} formats[] = {
  [DOSSIER_EXPORT_PDF] = { "pdf", ".pdf", dossier_pdf_write },
  [DOSSIER_EXPORT_CSV] = { "csv", "-csv", dossier_csv_write },
  [DOSSIER_EXPORT_JSON] = { "json", ".json", write_json },
};

/* The format an export in @format is written in: an unknown one as JSON. */
static DossierExportFormat
written_format (DossierExportFormat format)
{
  return format < G_N_ELEMENTS (formats) ? format : DOSSIER_EXPORT_JSON;
}

const char *
dossier_export_format_to_string (DossierExportFormat format)
{
  g_return_val_if_fail (format < G_N_ELEMENTS (formats), NULL);
  return formats[format].name;
}

gboolean
dossier_export_format_from_string (const char          *name,
                                   DossierExportFormat *format)
{
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (formats); i++)
    if (g_ascii_strcasecmp (name, formats[i].name) == 0)
      {
        *format = i;
        return TRUE;
      }
  return FALSE;
}

char *
dossier_export_default_name (DossierExportFormat  format,
                             const char          *name)
{
  if (name == NULL || *name == '\0')
    name = "Dossier";
  return g_strconcat (name, formats[written_format (format)].suffix, NULL);
}

gboolean
dossier_export_write (DossierAnalysis             *analysis,
                      const DossierExportOptions  *options,
                      const char                  *path,
                      DossierExportProgress        progress,
                      gpointer                     user_data,
                      GCancellable                *cancellable,
                      GError                     **error)
{
  g_return_val_if_fail (analysis != NULL, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!formats[written_format (options->format)].write (analysis, options, path, progress, user_data, cancellable, error))
    return FALSE;
  if (progress != NULL)
    progress (1.0, user_data);
  return TRUE;
}

/* What the worker thread writes from. */
typedef struct
{
  DossierAnalysis *analysis;
  DossierExportOptions *options;
  char *path;
  DossierExportProgress progress;
  gpointer progress_data;
} WriteJob;

static void
write_job_free (gpointer data)
{
  WriteJob *job = data;

  g_clear_pointer (&job->analysis, dossier_analysis_unref);
  g_clear_pointer (&job->options, dossier_export_options_free);
  g_free (job->path);
  g_free (job);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteJob *job = task_data;
  GError *error = NULL;

  if (dossier_export_write (job->analysis, job->options, job->path, job->progress, job->progress_data,
                            cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
dossier_export_write_async (DossierCorpus               *corpus,
                            const DossierExportOptions  *options,
                            const char                  *path,
                            DossierExportProgress        progress,
                            gpointer                     progress_data,
                            GCancellable                *cancellable,
                            GAsyncReadyCallback          callback,
                            gpointer                     user_data)
{
  g_autoptr(GTask) task = NULL;
  WriteJob *job;

  g_return_if_fail (DOSSIER_IS_CORPUS (corpus));
  g_return_if_fail (dossier_corpus_get_analysis (corpus) != NULL);
  g_return_if_fail (options != NULL);
  g_return_if_fail (path != NULL);

  job = g_new0 (WriteJob, 1);
  job->analysis = dossier_analysis_ref (dossier_corpus_get_analysis (corpus));
  job->options = dossier_export_options_copy (options);
  job->path = g_strdup (path);
  job->progress = progress;
  job->progress_data = progress_data;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, dossier_export_write_async);
  g_task_set_task_data (task, job, write_job_free);
  g_task_run_in_thread (task, write_thread);
}

gboolean
dossier_export_write_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
