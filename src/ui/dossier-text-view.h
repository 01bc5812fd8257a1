/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The reader's text view: a GtkTextView that paints the researcher's
 * highlights under the text and a marker on those that carry a note.
 * Painted, not tagged: a text tag has one background, so a highlight made
 * of tags hid the tint of a name inside it; under the text, the entity
 * tints (tags, translucent) lie over the highlight and both show. */

#pragma once

#include <gtk/gtk.h>

#include "dossier-palette.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_TEXT_VIEW (dossier_text_view_get_type ())

G_DECLARE_FINAL_TYPE (DossierTextView, dossier_text_view, DOSSIER, TEXT_VIEW, GtkTextView)

GtkWidget *dossier_text_view_new             (void);
/* Forgets every highlight. */
void       dossier_text_view_clear_highlights (DossierTextView *self);
/* A highlight of buffer offsets @start…@end in @colour; @noted puts a
 * marker at its end. */
void       dossier_text_view_add_highlight    (DossierTextView *self,
                                               int              start,
                                               int              end,
                                               DossierColour    colour,
                                               gboolean         noted);
/* For tests: how many highlights are painted, and how many of them
 * carry a note's marker. */
guint      dossier_text_view_get_n_highlights (DossierTextView *self);
guint      dossier_text_view_get_n_markers    (DossierTextView *self);

G_END_DECLS
