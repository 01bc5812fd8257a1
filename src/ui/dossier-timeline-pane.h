/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The events below the reader: the timeline or the chronology (a table
 * of them), switched between in its header, with the timeline's zoom
 * buttons (which point at its own actions, timeline.zoom-in and the rest)
 * and a menu.  Both show the events it is given that the sidebar's search
 * and entity filter let through ("search-text", "entity-filter"); the
 * events of the article read ("article") are marked.  Activating a row of
 * the chronology, or pane.compare-event with an event's id, opens what
 * each outlet says of it (DossierEventComparison).  Choosing a source of
 * an event, there or on the timeline, emits ::source-activated. */

#pragma once

#include <gtk/gtk.h>

#include "dossier-chronology.h"
#include "dossier-event-comparison.h"
#include "dossier-timeline.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_TIMELINE_PANE (dossier_timeline_pane_get_type ())

G_DECLARE_FINAL_TYPE (DossierTimelinePane, dossier_timeline_pane, DOSSIER, TIMELINE_PANE, GtkWidget)

GtkWidget              *dossier_timeline_pane_new            (void);
DossierTimeline        *dossier_timeline_pane_get_timeline   (DossierTimelinePane *self);
DossierChronology      *dossier_timeline_pane_get_chronology (DossierTimelinePane *self);
GListModel             *dossier_timeline_pane_get_events     (DossierTimelinePane *self);
void                    dossier_timeline_pane_set_events     (DossierTimelinePane *self,
                                                              GListModel          *events);
/* The events shown: those the search and the entity filter let through. */
GListModel             *dossier_timeline_pane_get_shown_events (DossierTimelinePane *self);
/* "timeline" or "chronology". */
const char             *dossier_timeline_pane_get_view       (DossierTimelinePane *self);
void                    dossier_timeline_pane_set_view       (DossierTimelinePane *self,
                                                              const char          *view);
/* Opens what each outlet says of @event; the window it opens in. */
DossierEventComparison *dossier_timeline_pane_compare_event  (DossierTimelinePane *self,
                                                              DossierEvent        *event);

G_END_DECLS
