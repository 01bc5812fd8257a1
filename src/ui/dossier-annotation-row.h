/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* A row of the annotation list: a bar in the annotation's colour, its
 * quoted words, note and tags, then the colour's meaning and the article
 * it is in, and a delete button (::delete-requested).  It follows the
 * annotation's changes. */

#pragma once

#include <gtk/gtk.h>

#include "dossier-annotation.h"
#include "dossier-article.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_ANNOTATION_ROW (dossier_annotation_row_get_type ())

G_DECLARE_FINAL_TYPE (DossierAnnotationRow, dossier_annotation_row, DOSSIER, ANNOTATION_ROW, GtkWidget)

GtkWidget         *dossier_annotation_row_new               (void);
DossierAnnotation *dossier_annotation_row_get_annotation    (DossierAnnotationRow *self);
void               dossier_annotation_row_set_annotation    (DossierAnnotationRow *self,
                                                             DossierAnnotation    *annotation);
/* The article the annotation is in, or NULL for one not in the dossier. */
void               dossier_annotation_row_set_article       (DossierAnnotationRow *self,
                                                             DossierArticle       *article);
/* What each DossierColour means (NULL: the defaults). */
void               dossier_annotation_row_set_colour_labels (DossierAnnotationRow *self,
                                                             const char * const   *labels);

/* What a screen reader says for the row: meaning, words, note, place. */
char                 *dossier_annotation_row_dup_accessible_label (DossierAnnotationRow *self);

G_END_DECLS
