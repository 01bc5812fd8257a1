/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The chronology: the events it is given as a table in date order — the
 * date, the title, the outlets that report each and in how many articles
 * — sortable by any column; the events of the article read in bold.
 * Activating a row (Enter, a double click) emits ::event-activated, for
 * what each outlet says of it; a right click, a long press, Menu or
 * Shift+F10 open the event's menu (dossier-event-menu.h). */

#pragma once

#include <gtk/gtk.h>

#include "dossier-article.h"
#include "dossier-event.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_CHRONOLOGY (dossier_chronology_get_type ())

G_DECLARE_FINAL_TYPE (DossierChronology, dossier_chronology, DOSSIER, CHRONOLOGY, GtkWidget)

GtkWidget   *dossier_chronology_new        (void);
GListModel  *dossier_chronology_get_events (DossierChronology *self);
void         dossier_chronology_set_events (DossierChronology *self,
                                            GListModel        *events);
/* The rows as shown, sorted as the researcher chose (of DossierEvent). */
GListModel  *dossier_chronology_get_rows   (DossierChronology *self);
GtkColumnView *dossier_chronology_get_view (DossierChronology *self);
/* The article read: the titles of the events it reports are bold. */
DossierArticle *dossier_chronology_get_article (DossierChronology *self);
void         dossier_chronology_set_article (DossierChronology *self,
                                             DossierArticle    *article);

G_END_DECLS
