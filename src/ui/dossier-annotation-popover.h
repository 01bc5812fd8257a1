/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#pragma once

#include <gtk/gtk.h>

#include "dossier-annotation.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_ANNOTATION_POPOVER (dossier_annotation_popover_get_type ())

G_DECLARE_FINAL_TYPE (DossierAnnotationPopover, dossier_annotation_popover, DOSSIER, ANNOTATION_POPOVER, GtkPopover)

GtkWidget         *dossier_annotation_popover_new        (void);
/* What each colour means in the open dossier. */
void               dossier_annotation_popover_set_labels (DossierAnnotationPopover *self,
                                                          const char * const       *labels);
/* Edits @annotation, or offers colours for new words when it is NULL. */
void               dossier_annotation_popover_edit       (DossierAnnotationPopover *self,
                                                          DossierAnnotation        *annotation);
DossierAnnotation *dossier_annotation_popover_get_annotation (DossierAnnotationPopover *self);

G_END_DECLS
