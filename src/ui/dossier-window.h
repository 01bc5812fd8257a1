/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#pragma once

#include <adwaita.h>

#include "dossier-corpus.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_WINDOW (dossier_window_get_type ())

G_DECLARE_FINAL_TYPE (DossierWindow, dossier_window, DOSSIER, WINDOW, AdwApplicationWindow)

DossierWindow *dossier_window_new              (AdwApplication     *application);
DossierCorpus *dossier_window_get_corpus       (DossierWindow      *self);
/* Imports @paths into the dossier (replacing the sample, if it is open). */
void           dossier_window_import           (DossierWindow      *self,
                                                const char * const *paths);
/* Opens the bundled sample dossier (a dossier file of its own in the
 * user's data folder, made from the sample articles the first time). */
void           dossier_window_open_sample      (DossierWindow      *self);
gboolean       dossier_window_open_dossier     (DossierWindow      *self,
                                                const char         *path);
gboolean       dossier_window_save_as          (DossierWindow      *self,
                                                const char         *path);
void           dossier_window_delete_annotation (DossierWindow     *self,
                                                 DossierAnnotation *annotation);
/* The article list after search, entity filter and sort. */
GListModel    *dossier_window_get_article_list (DossierWindow      *self);
/* Selects the article at @document (its index in the analysis) and shows
 * code points @start..@end of @paragraph. */
void           dossier_window_show_source      (DossierWindow      *self,
                                                guint               document,
                                                guint               paragraph,
                                                guint               start,
                                                guint               end);
/* Shows only articles that mention the entity @key names
 * (dossier_entity_get_key ()); NULL for all. */
void           dossier_window_set_entity_filter (DossierWindow     *self,
                                                 const char        *key);
/* Opens the dossier open when Dossier last closed: FALSE when it cannot
 * be (gone, unreadable) or was an untitled dossier left empty, which is
 * removed. */
gboolean       dossier_window_open_last        (DossierWindow      *self,
                                                const char         *path);

G_END_DECLS
