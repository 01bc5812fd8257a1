/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The timeline: a day axis with the dossier's events as markers, stacked
 * where they share a day, larger the more sources report them; months and
 * years as bars.  Ctrl+scroll or the zoom actions zoom, scrolling and
 * dragging pan, arrow keys move between events.  Its zoom actions
 * (timeline.zoom-in, timeline.zoom-out, timeline.show-default,
 * timeline.show-all) are its own; DossierTimelinePane's buttons point at
 * them.  Activating an event opens a list of its sources (each a
 * DossierSourceRow); choosing one emits ::source-activated with its
 * DossierPassage. */

#pragma once

#include <gtk/gtk.h>

#include "dossier-event.h"
#include "dossier-passage.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_TIMELINE (dossier_timeline_get_type ())

G_DECLARE_FINAL_TYPE (DossierTimeline, dossier_timeline, DOSSIER, TIMELINE, GtkWidget)

GtkWidget  *dossier_timeline_new           (void);
GListModel *dossier_timeline_get_events    (DossierTimeline *self);
void        dossier_timeline_set_events    (DossierTimeline *self,
                                            GListModel      *events);
void        dossier_timeline_zoom          (DossierTimeline *self,
                                            double           factor);
/* Shows the month most of the dossier's dated events fall in. */
void        dossier_timeline_show_default  (DossierTimeline *self);
/* Shows every event, from the earliest to the latest. */
void        dossier_timeline_show_all      (DossierTimeline *self);
/* Opens the list of sources of the event at @position in the model. */
void        dossier_timeline_activate_event (DossierTimeline *self,
                                             guint            position);
/* The first and last day numbers now in view. */
void        dossier_timeline_get_visible_days (DossierTimeline *self,
                                               double          *first_day,
                                               double          *last_day);

G_END_DECLS
