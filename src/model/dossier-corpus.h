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
#include "dossier-annotation.h"
#include "dossier-correction.h"
#include "dossier-entity.h"
#include "dossier-store.h"

G_BEGIN_DECLS

#define DOSSIER_CORPUS_ERROR (dossier_corpus_error_quark ())

typedef enum
{
  /* An import's text is already in the dossier (its bytes' digest), or
   * twice in the import: reported among the failures, not added again. */
  DOSSIER_CORPUS_ERROR_DUPLICATE,
} DossierCorpusError;

GQuark           dossier_corpus_error_quark   (void);

#define DOSSIER_TYPE_CORPUS (dossier_corpus_get_type ())

G_DECLARE_FINAL_TYPE (DossierCorpus, dossier_corpus, DOSSIER, CORPUS, GObject)

DossierCorpus   *dossier_corpus_new           (void);

void             dossier_corpus_import_async  (DossierCorpus       *self,
                                               const char * const  *paths,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
/* @failures receives a GPtrArray of GError*, one per file that could not
 * be imported ("PATH: reason") or was not imported again
 * (DOSSIER_CORPUS_ERROR_DUPLICATE); FALSE only when nothing could be done. */
gboolean         dossier_corpus_import_finish (DossierCorpus       *self,
                                               GAsyncResult        *result,
                                               GPtrArray          **failures,
                                               GError             **error);
gboolean         dossier_corpus_import        (DossierCorpus       *self,
                                               const char * const  *paths,
                                               GPtrArray          **failures,
                                               GCancellable        *cancellable,
                                               GError             **error);

/* Imports one file whose page was at @address (a URL or a host, as
 * dossier_page_address_parse_typed () keeps it, or NULL): the address is
 * kept with its bytes in the dossier file. */
gboolean         dossier_corpus_import_with_address (DossierCorpus     *self,
                                                     const char        *path,
                                                     const char        *address,
                                                     GPtrArray        **failures,
                                                     GCancellable      *cancellable,
                                                     GError           **error);

/* Imports pasted text as one article named @name ("Pasted article"). */
void             dossier_corpus_import_text_async (DossierCorpus       *self,
                                                   const char          *text,
                                                   const char          *name,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
/* Imports what a browser put on the clipboard as one article named @name:
 * @html (a selection's markup, or NULL) through the HTML reader, @text
 * (or NULL) where the HTML gives no article; @address, the page's address
 * when the browser gave it, is kept with it.  Finished by
 * dossier_corpus_import_finish (). */
void             dossier_corpus_import_page_async (DossierCorpus       *self,
                                                   GBytes              *html,
                                                   const char          *text,
                                                   const char          *address,
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
/* The entity of the present analysis that @key names (the same key in
 * every analysis of the dossier: see dossier_entity_get_key ()), or NULL. */
DossierEntity   *dossier_corpus_dup_entity    (DossierCorpus       *self,
                                               const char          *key);
GListModel      *dossier_corpus_get_events    (DossierCorpus       *self);

/* A dossier file: opening reads and analyses every article it keeps,
 * applies its corrections and finds its annotations again; later imports
 * keep their bytes in it. */
void             dossier_corpus_open_async    (DossierCorpus       *self,
                                               DossierStore        *store,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
/* dossier_corpus_import_finish () finishes it. */
gboolean         dossier_corpus_open          (DossierCorpus       *self,
                                               DossierStore        *store,
                                               GPtrArray          **failures,
                                               GCancellable        *cancellable,
                                               GError             **error);
DossierStore    *dossier_corpus_get_store     (DossierCorpus       *self);
/* Waits until the results of the analyses under way are kept in the
 * dossier file (they are written after the analysis is shown, so that
 * reopening the dossier need not analyse it again): before the program
 * ends. */
void             dossier_corpus_finish_keeping (DossierCorpus      *self);

/* Analyses again (after a correction); finished by
 * dossier_corpus_import_finish (). */
void             dossier_corpus_reanalyse_async (DossierCorpus     *self,
                                                 GCancellable      *cancellable,
                                                 GAsyncReadyCallback callback,
                                                 gpointer           user_data);
int              dossier_corpus_find_source   (DossierCorpus       *self,
                                               gint64               source);

/* Annotations, saved in the dossier file as they change. */
GListModel      *dossier_corpus_get_annotations   (DossierCorpus      *self);
gboolean         dossier_corpus_add_annotation    (DossierCorpus      *self,
                                                   DossierAnnotation  *annotation,
                                                   GError            **error);
gboolean         dossier_corpus_save_annotation   (DossierCorpus      *self,
                                                   DossierAnnotation  *annotation,
                                                   GError            **error);
gboolean         dossier_corpus_remove_annotation (DossierCorpus      *self,
                                                   DossierAnnotation  *annotation,
                                                   GError            **error);

/* Corrections (of DossierStoredCorrection*), in the order made. */
GPtrArray       *dossier_corpus_get_corrections   (DossierCorpus      *self);
gint64           dossier_corpus_add_correction    (DossierCorpus      *self,
                                                   gint64              source,
                                                   const DossierCorrection *correction,
                                                   GError            **error);
gboolean         dossier_corpus_remove_correction (DossierCorpus      *self,
                                                   gint64              id,
                                                   GError            **error);

/* Where an article came from, and whether it stays, by the id of its
 * source in the dossier file (dossier_article_get_source_id ()).  Each is
 * kept in the file at once; the address and the articles take effect with
 * the next analysis (dossier_corpus_reanalyse_async ()).  All need a
 * dossier file. */

/* Sets the address of @source (NULL to forget it); @previous (may be
 * NULL) receives the address it had, or NULL. */
gboolean         dossier_corpus_set_source_address (DossierCorpus     *self,
                                                    gint64             source,
                                                    const char        *address,
                                                    char             **previous,
                                                    GError           **error);
/* The researcher keeps (or no longer keeps) the uncleaned text of
 * @source as it is: its article's "kept-uncleaned" changes at once. */
gboolean         dossier_corpus_keep_uncleaned    (DossierCorpus      *self,
                                                   gint64              source,
                                                   gboolean            kept,
                                                   GError            **error);
/* Takes @source out of the dossier with its annotations and corrections;
 * they are kept aside (the last few removed) until
 * dossier_corpus_restore_source () puts them back. */
gboolean         dossier_corpus_remove_source     (DossierCorpus      *self,
                                                   gint64              source,
                                                   GError            **error);
/* Puts a removed source back, as it was; @restored (may be NULL)
 * receives its id, its own (no import takes a removed source's id: the
 * keys of the events it reported name it). */
gboolean         dossier_corpus_restore_source    (DossierCorpus      *self,
                                                   gint64              source,
                                                   gint64             *restored,
                                                   GError            **error);
/* The last correction of @kind of the article kept as @source (an
 * article's kinds: DOSSIER_CORRECTION_PUBLISHED, _TITLE, _OUTLET,
 * _AUTHOR), or NULL. */
const DossierStoredCorrection *dossier_corpus_find_article_correction (DossierCorpus         *self,
                                                                       gint64                 source,
                                                                       DossierCorrectionKind  kind);

G_END_DECLS
