/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#pragma once

#include <adwaita.h>

#include "dossier-corpus.h"
#include "dossier-export-options.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_EXPORT_DIALOG (dossier_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DossierExportDialog, dossier_export_dialog, DOSSIER, EXPORT_DIALOG, AdwWindow)

/* A modal dialog over @parent that exports @corpus.  @current is the
 * article shown in the reader (its index in the analysis), or -1;
 * @selected holds the indices (guint) of the articles in the sidebar's
 * current, filtered list, in any order, or is NULL.  The dialog emits
 * "exported" (const char *path: the file or folder written) when an export
 * is done, and then closes. */
DossierExportDialog  *dossier_export_dialog_new         (GtkWindow           *parent,
                                                         DossierCorpus       *corpus,
                                                         int                  current,
                                                         GArray              *selected);
/* The options the dialog's current choices describe; free with
 * dossier_export_options_free (). */
DossierExportOptions *dossier_export_dialog_get_options (DossierExportDialog *self);
/* Exports to @path as the Export button does once a file is chosen: on a
 * worker thread, with progress in the dialog.  A file name without the
 * format's extension gets it ("notes" → "notes.csv" for one CSV table);
 * "exported" gives the path as written. */
void                  dossier_export_dialog_export_to   (DossierExportDialog *self,
                                                         const char          *path);
/* The folder the file chooser opens in (by default the dossier file's). */
void                  dossier_export_dialog_set_folder  (DossierExportDialog *self,
                                                         GFile               *folder);
GFile                *dossier_export_dialog_get_folder  (DossierExportDialog *self);
/* The dossier's name, for the report's title and the file's name (by
 * default its file's name). */
void                  dossier_export_dialog_set_name    (DossierExportDialog *self,
                                                         const char          *name);

/* Chooses what exports the chronology: the PDF's timeline and event
 * table with every source (the events table, as CSV), of the articles
 * the sidebar lists where it does not list them all.  The researcher may
 * still change any of it. */
void                  dossier_export_dialog_choose_chronology (DossierExportDialog *self);

G_END_DECLS
