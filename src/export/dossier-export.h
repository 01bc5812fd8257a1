/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* One entry point for every export, used by the export dialog and by
 * dossier-cli export alike, so both write the same files. */

#pragma once

#include "dossier-corpus.h"
#include "dossier-export-options.h"

G_BEGIN_DECLS

/* Writes @options->format to @path (for CSV, a folder, or one file when a
 * single table is chosen and @path ends in ".csv") with that format's
 * DossierExportWriter, and reports 1.0 when done. */
DossierExportWriter dossier_export_write;

/* The same on a worker thread, of what @corpus holds now: its analysis
 * is kept for the writer (it is never changed once run), @options are
 * copied, so the researcher may go on working.  @progress is called on
 * the worker thread; @progress_data must live until @callback runs. */
void        dossier_export_write_async       (DossierCorpus               *corpus,
                                              const DossierExportOptions  *options,
                                              const char                  *path,
                                              DossierExportProgress        progress,
                                              gpointer                     progress_data,
                                              GCancellable                *cancellable,
                                              GAsyncReadyCallback          callback,
                                              gpointer                     user_data);
gboolean    dossier_export_write_finish      (GAsyncResult                *result,
                                              GError                     **error);
/* "report.pdf", "report-csv", "report.json": where an export of a
 * dossier named @name goes when no path is given. */
char       *dossier_export_default_name       (DossierExportFormat  format,
                                               const char          *name);
const char *dossier_export_format_to_string   (DossierExportFormat  format);
gboolean    dossier_export_format_from_string (const char          *name,
                                               DossierExportFormat *format);

G_END_DECLS
