/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The annotation list: every highlight of the dossier with its quote,
 * note, tags and article, sorted by article and position, narrowed by a
 * search over notes, quotes and tags, by colour, by tag and to the article
 * being read.  Activating a row emits ::annotation-activated; its delete
 * button emits ::delete-requested (the window deletes and offers Undo). */

#pragma once

#include <gtk/gtk.h>

#include "dossier-article.h"
#include "dossier-corpus.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_ANNOTATION_LIST (dossier_annotation_list_get_type ())

G_DECLARE_FINAL_TYPE (DossierAnnotationList, dossier_annotation_list, DOSSIER, ANNOTATION_LIST, GtkWidget)

GtkWidget  *dossier_annotation_list_new                 (void);

/* The dossier whose annotations are listed; its articles give each row
 * its outlet, title and date. */
void        dossier_annotation_list_set_corpus          (DossierAnnotationList *self,
                                                         DossierCorpus         *corpus);
DossierCorpus *dossier_annotation_list_get_corpus       (DossierAnnotationList *self);
/* The article shown in the reader, for the "This Article" filter. */
DossierArticle *dossier_annotation_list_get_article     (DossierAnnotationList *self);
void        dossier_annotation_list_set_article         (DossierAnnotationList *self,
                                                         DossierArticle        *article);
/* What each DossierColour means, DOSSIER_N_COLOURS labels (copied);
 * NULL restores the defaults. */
void        dossier_annotation_list_set_colour_labels   (DossierAnnotationList *self,
                                                         const char * const    *labels);
/* The same by the article's index in the analysis (-1 for none). */
void        dossier_annotation_list_set_current_article (DossierAnnotationList *self,
                                                         int                    document);

/* The annotations shown, after the filters, in their order. */
GListModel *dossier_annotation_list_get_shown           (DossierAnnotationList *self);

/* The filters, as the controls set them.  The search matches notes,
 * quotes and tags, ignoring case; -1 for every colour; NULL for every
 * tag. */
void        dossier_annotation_list_set_search          (DossierAnnotationList *self,
                                                         const char            *text);
void        dossier_annotation_list_set_colour_filter   (DossierAnnotationList *self,
                                                         int                    colour);
void        dossier_annotation_list_set_tag_filter      (DossierAnnotationList *self,
                                                         const char            *tag);
void        dossier_annotation_list_set_only_current    (DossierAnnotationList *self,
                                                         gboolean               only);

G_END_DECLS
