/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The timeline: a day axis with the dossier's events as titled markers,
 * the title short beside a dot sized by how many outlets report the event
 * (a bar across the days of one dated by its month or year), in lanes
 * that keep titles apart; where there is no room, events are gathered
 * into a "+N" that zooms in to open.  Above the lanes, how many events lie
 * before and after the view, with buttons to go there, and the legend of
 * the dots' sizes.  The events of the article read are marked.
 *
 * Ctrl+scroll or the zoom actions zoom, scrolling and dragging pan, the
 * arrow keys (Home, End) move between events, and the event focused shows
 * its whole title.  Its actions (timeline.zoom-in, timeline.zoom-out,
 * timeline.show-default, timeline.show-all, timeline.go-earlier,
 * timeline.go-later) are its own; DossierTimelinePane's buttons point at
 * them.  Activating an event opens a list of its sources (each a
 * DossierSourceRow); choosing one emits ::source-activated with its
 * DossierPassage.  A right click, a long press, Menu or Shift+F10 open the
 * event's menu (dossier-event-menu.h). */

#pragma once

#include <gtk/gtk.h>

#include "dossier-article.h"
#include "dossier-event.h"
#include "dossier-passage.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_TIMELINE (dossier_timeline_get_type ())

G_DECLARE_FINAL_TYPE (DossierTimeline, dossier_timeline, DOSSIER, TIMELINE, GtkWidget)

GtkWidget      *dossier_timeline_new           (void);
GListModel     *dossier_timeline_get_events    (DossierTimeline *self);
void            dossier_timeline_set_events    (DossierTimeline *self,
                                                GListModel      *events);
/* The article read: the events it reports are marked. */
DossierArticle *dossier_timeline_get_article   (DossierTimeline *self);
void            dossier_timeline_set_article   (DossierTimeline *self,
                                                DossierArticle  *article);
void            dossier_timeline_zoom          (DossierTimeline *self,
                                                double           factor);
/* Moves the view @pixels later (earlier where negative), as a drag does. */
void            dossier_timeline_pan           (DossierTimeline *self,
                                                double           pixels);
/* Shows the month most of the dossier's dated events fall in. */
void            dossier_timeline_show_default  (DossierTimeline *self);
/* Shows every event, from the earliest to the latest. */
void            dossier_timeline_show_all      (DossierTimeline *self);
/* Opens the list of sources of the event at @position in the model. */
void            dossier_timeline_activate_event (DossierTimeline *self,
                                                 guint            position);
/* The first and last day numbers now in view. */
void            dossier_timeline_get_visible_days (DossierTimeline *self,
                                                   double          *first_day,
                                                   double          *last_day);
/* How many events lie wholly before and after the view. */
guint           dossier_timeline_get_n_earlier (DossierTimeline *self);
guint           dossier_timeline_get_n_later   (DossierTimeline *self);
/* The marker of the event at @position, or NULL while it is not shown
 * (out of view, or gathered into a "+N"). */
GtkWidget      *dossier_timeline_get_marker    (DossierTimeline *self,
                                                guint            position);

G_END_DECLS
