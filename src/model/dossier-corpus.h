/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The dossier being read: a GListModel of DossierArticle, with list models
 * of its entities and events.  Importing reads and cleans files and
 * analyses the whole dossier again on a worker thread; the lists change
 * once, on the main thread, when it is done.  A file that cannot be
 * imported is reported and the rest goes on. */

#pragma once

#include <gio/gio.h>

#include "dossier-analysis.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_CORPUS (dossier_corpus_get_type ())

G_DECLARE_FINAL_TYPE (DossierCorpus, dossier_corpus, DOSSIER, CORPUS, GObject)

DossierCorpus   *dossier_corpus_new           (void);

void             dossier_corpus_import_async  (DossierCorpus       *self,
                                               const char * const  *paths,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
/* @failures receives a GPtrArray of GError*, one per file that could not
 * be imported ("PATH: reason"); FALSE only when nothing could be done. */
gboolean         dossier_corpus_import_finish (DossierCorpus       *self,
                                               GAsyncResult        *result,
                                               GPtrArray          **failures,
                                               GError             **error);
gboolean         dossier_corpus_import        (DossierCorpus       *self,
                                               const char * const  *paths,
                                               GPtrArray          **failures,
                                               GCancellable        *cancellable,
                                               GError             **error);

/* Imports pasted text as one article named @name ("Pasted article"). */
void             dossier_corpus_import_text_async (DossierCorpus       *self,
                                                   const char          *text,
                                                   const char          *name,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);

/* The share of files of the import under way that are read, from 0 to 1;
 * -1 before they are counted, while the dossier is analysed, or with no
 * import under way. */
double           dossier_corpus_get_import_progress (DossierCorpus *self);

DossierAnalysis *dossier_corpus_get_analysis  (DossierCorpus       *self);
GListModel      *dossier_corpus_get_entities  (DossierCorpus       *self);
GListModel      *dossier_corpus_get_events    (DossierCorpus       *self);

G_END_DECLS
