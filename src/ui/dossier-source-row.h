/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* One source of something, as the inspector lists an entity's mentions
 * and the timeline an event's reports: who says it (the caller's name for
 * the article) above the words.  With "show-context", the words are the
 * passage in its sentence's surroundings, the passage in bold; without,
 * the passage's words alone. */

#pragma once

#include <gtk/gtk.h>

#include "dossier-passage.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_SOURCE_ROW (dossier_source_row_get_type ())

G_DECLARE_FINAL_TYPE (DossierSourceRow, dossier_source_row, DOSSIER, SOURCE_ROW, GtkWidget)

GtkWidget      *dossier_source_row_new         (DossierPassage   *passage,
                                                const char       *name,
                                                gboolean          show_context);
DossierPassage *dossier_source_row_get_passage (DossierSourceRow *self);
const char     *dossier_source_row_get_name    (DossierSourceRow *self);

G_END_DECLS
