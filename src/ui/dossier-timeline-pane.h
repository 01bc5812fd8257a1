/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The timeline below the reader: its heading, the zoom buttons (which
 * point at the timeline's own actions, timeline.zoom-in and the rest) and
 * the timeline of the events it is given.  Choosing a source of an event
 * emits ::source-activated, as the timeline does. */

#pragma once

#include <gtk/gtk.h>

#include "dossier-timeline.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_TIMELINE_PANE (dossier_timeline_pane_get_type ())

G_DECLARE_FINAL_TYPE (DossierTimelinePane, dossier_timeline_pane, DOSSIER, TIMELINE_PANE, GtkWidget)

GtkWidget       *dossier_timeline_pane_new          (void);
DossierTimeline *dossier_timeline_pane_get_timeline (DossierTimelinePane *self);
GListModel      *dossier_timeline_pane_get_events   (DossierTimelinePane *self);
void             dossier_timeline_pane_set_events   (DossierTimelinePane *self,
                                                     GListModel          *events);

G_END_DECLS
