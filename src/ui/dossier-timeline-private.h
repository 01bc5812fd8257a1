/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The timeline is written in several files, each one concern:
 *
 *   dossier-timeline.c            the widget: its properties and signal,
 *                                 actions, allocation, the public API
 *   dossier-timeline-input.c      scrolling, dragging, the keys, the edges
 *   dossier-timeline-markers.c    its children: the markers and the "+N"
 *                                 badges, made when the layout needs them,
 *                                 and what opens from them (an event's
 *                                 menu, its sources, a "+N"'s list)
 *   dossier-timeline-drawing.c    the axis and the marks under the markers
 *   dossier-timeline-placement.c  the view's range and where every event
 *                                 goes in it, touching no widget
 *
 * They share the instance struct and the _dossier_timeline_* functions
 * below.  Calls go one way only, down that list from dossier-timeline.c
 * (tools/check-structure.py keeps it so): only dossier-timeline.c uses
 * the type's properties and its GType.
 *
 * Include dossier-timeline.h before this header. */

#pragma once

#include <gtk/gtk.h>

#include "dossier-timeline-layout.h"
#include "dossier-timeline-lanes.h"

G_BEGIN_DECLS

#define TOP_ROW 28           /* the earlier and later buttons, the legend */
#define LANE_HEIGHT 28       /* a marker, and room between lanes */
#define MARKER_HEIGHT 24     /* the least a pointer needs to hit */
#define CLUSTER_ROW 26       /* the "+N" badges, above the axis */
#define AXIS_HEIGHT 34
#define NATURAL_LANES 6
#define DOT_SLOT 22          /* the largest dot: every title starts after it */
#define PADDING 4            /* a marker's, on either side (style.css) */
#define GAP 6                /* between a dot and its title, and between neighbours */
#define MIN_TITLE 64         /* a title cut shorter than this is no title */
#define TITLE_CHARS 60       /* a short title's length, at most */
#define BADGE_SPACING 44     /* "+N" badges are at least this far apart */
#define MANY_MARKERS 400     /* more made than this, those not shown are dropped */

struct _DossierTimeline
{
  GtkWidget parent_instance;

  GListModel *events;
  GSignalGroup *event_signals;  /* of the events shown */
  DossierArticle *article;      /* the article read: its events are marked */

  /* Per event, in model order (which is date order). */
  GArray *first_days;        /* of int */
  GArray *last_days;
  GArray *n_outlets;         /* of guint */
  GArray *n_articles;
  GArray *in_article;        /* of gboolean: reported by the article read */
  GArray *title_widths;      /* of double: the short title's, -1 until measured */
  GPtrArray *titles;         /* of char*: short titles, NULL until asked for (_dossier_timeline_get_title ()) */
  GPtrArray *event_items;    /* of DossierEvent* (owned): the events themselves */
  GPtrArray *markers;        /* of GtkWidget*, NULL until shown */
  guint n_made;

  /* Who gets a lane first (model positions), made when needed. */
  guint *order;
  gboolean order_valid;

  /* The last layout: the events in view as lane items, each item's
   * position in the model, and the "+N" gatherings. */
  GArray *items;             /* of DossierLaneItem */
  GArray *item_events;       /* of guint */
  GArray *item_of;           /* of int: each event's item, -1 for none */
  GArray *clusters;          /* of DossierLaneCluster */
  GPtrArray *badges;         /* of GtkWidget*: the "+N" buttons, reused */
  int focused;               /* the event whose marker has the focus: its whole title shows */
  guint n_earlier;
  guint n_later;
  guint notify_id;
  guint cleanup_id;
  guint prepare_id;

  GtkWidget *earlier_button;
  GtkWidget *later_button;
  GtkWidget *legend;
  GtkWidget *title_probe;    /* a marker never shown, with no title: titles are measured by it */
  GtkWidget *title_probe_label;

  DossierTimelineScale scale;
  gboolean scale_set;        /* FALSE until the next allocation fits it */
  gboolean want_all;
  gboolean view_moved;       /* moved since it was last fitted: a new width fits it no more */
  int fitted_width;
  double drag_start_day;

  GtkWidget *popover;        /* the sources of one event */
  DossierEvent *popover_event;
  int popover_position;
  GtkWidget *menu;           /* an event's menu */
  int menu_position;
  GtkWidget *cluster_popover; /* the events of a "+N" that zooming cannot open */
};

/* dossier-timeline-placement.c */
int                    _dossier_timeline_dot_size             (guint            n_outlets);
int                    _dossier_timeline_lanes_bottom         (int              height);
int                    _dossier_timeline_lane_y               (int              height,
                                                               guint            lane);
void                   _dossier_timeline_fit                  (DossierTimeline *self,
                                                               int              width);
void                   _dossier_timeline_ensure_scale         (DossierTimeline *self);
void                   _dossier_timeline_mark_extent          (DossierTimeline *self,
                                                               guint            position,
                                                               double          *left,
                                                               double          *right);
void                   _dossier_timeline_compute_layout       (DossierTimeline *self,
                                                               int              width,
                                                               int              height,
                                                               guint           *n_earlier,
                                                               guint           *n_later);
const DossierLaneItem *_dossier_timeline_placed_item          (DossierTimeline *self,
                                                               guint            position);

/* dossier-timeline-drawing.c */
void                   _dossier_timeline_snapshot_axis        (DossierTimeline *self,
                                                               GtkSnapshot     *snapshot,
                                                               int              width,
                                                               int              height,
                                                               const GdkRGBA   *color,
                                                               const GdkRGBA   *faint);
void                   _dossier_timeline_snapshot_marks       (DossierTimeline *self,
                                                               GtkSnapshot     *snapshot,
                                                               int              width,
                                                               int              height,
                                                               const GdkRGBA   *faint);

/* dossier-timeline-markers.c */
gboolean               _dossier_timeline_find_marker          (DossierTimeline *self,
                                                               GtkWidget       *widget,
                                                               guint           *position);
void                   _dossier_timeline_open_menu            (DossierTimeline *self,
                                                               guint            position,
                                                               double           x,
                                                               double           y);
GtkWidget             *_dossier_timeline_get_marker           (DossierTimeline *self,
                                                               guint            position);
gboolean               _dossier_timeline_drop_unshown_markers (gpointer         user_data);
void                   _dossier_timeline_clear_markers        (DossierTimeline *self);
void                   _dossier_timeline_update_in_article    (DossierTimeline *self);
void                   _dossier_timeline_close_popovers       (DossierTimeline *self);
void                   _dossier_timeline_rebuild              (DossierTimeline *self);
const char            *_dossier_timeline_get_title            (DossierTimeline *self,
                                                               guint            position);
void                   _dossier_timeline_on_items_changed     (DossierTimeline *self,
                                                               guint            position,
                                                               guint            removed,
                                                               guint            added,
                                                               GListModel      *model);
void                   _dossier_timeline_open_sources         (DossierTimeline *self,
                                                               guint            position);
gboolean               _dossier_timeline_badge_ready          (DossierTimeline *self,
                                                               guint            index);
gboolean               _dossier_timeline_widgets_ready        (DossierTimeline *self);
gboolean               _dossier_timeline_prepare_later        (gpointer         user_data);
void                   _dossier_timeline_queue_layout         (DossierTimeline *self);
void                   _dossier_timeline_moved                (DossierTimeline *self);

/* dossier-timeline-input.c */
void                   _dossier_timeline_go_to_edge           (DossierTimeline *self,
                                                               int              step);
void                   _dossier_timeline_on_edge_clicked      (GtkButton       *button,
                                                               DossierTimeline *self);
gboolean               _dossier_timeline_on_scroll            (GtkEventControllerScroll *controller,
                                                               double                    dx,
                                                               double                    dy,
                                                               DossierTimeline          *self);
void                   _dossier_timeline_on_drag_begin        (GtkGestureDrag  *gesture,
                                                               double           x,
                                                               double           y,
                                                               DossierTimeline *self);
void                   _dossier_timeline_on_drag_update       (GtkGestureDrag  *gesture,
                                                               double           offset_x,
                                                               double           offset_y,
                                                               DossierTimeline *self);
gboolean               _dossier_timeline_on_key_pressed       (GtkEventControllerKey *controller,
                                                               guint                  keyval,
                                                               guint                  keycode,
                                                               GdkModifierType        state,
                                                               DossierTimeline       *self);

G_END_DECLS
