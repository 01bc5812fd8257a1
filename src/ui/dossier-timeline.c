/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Markers are real child widgets (buttons holding a dot and a title), so
 * focus, keyboard activation, tooltips and the accessibility tree come
 * from GTK; the axis, the bars of events dated by their month or year and
 * the lines from markers down to their day are drawn in snapshot.  The
 * arithmetic of the axis is dossier-timeline-layout.c's, where titles go
 * dossier-timeline-lanes.c's.  A marker is made only when its event finds
 * a lane: a day of thousands of events makes a few markers and one "+N". */

#include "config.h"

#include "dossier-timeline.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dossier-event-menu.h"
#include "dossier-event-reports.h"
#include "dossier-source-row.h"
#include "dossier-timeline-layout.h"
#include "dossier-timeline-lanes.h"

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
  GPtrArray *titles;         /* of char*: short titles */
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

enum {
  PROP_0,
  PROP_EVENTS,
  PROP_ARTICLE,
  PROP_N_EARLIER,
  PROP_N_LATER,
  N_PROPS
};

enum {
  SOURCE_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (DossierTimeline, dossier_timeline, GTK_TYPE_WIDGET)

static void queue_layout (DossierTimeline *self);
static gboolean prepare_later (gpointer user_data);

/* Sizes of things. */

/* The dot of an event reported by @n_outlets outlets: 10 to 22 pixels. */
static int
dot_size (guint n_outlets)
{
  return 10 + 4 * (int) MIN (MAX (n_outlets, 1) - 1, 3);
}

static guint
lane_count (int height)
{
  int room = height - TOP_ROW - CLUSTER_ROW - AXIS_HEIGHT;

  return (guint) MAX (room / LANE_HEIGHT, 1);
}

/* Where lanes end, above the "+N" row. */
static int
lanes_bottom (int height)
{
  return height - AXIS_HEIGHT - CLUSTER_ROW;
}

static int
lane_y (int   height,
        guint lane)
{
  return lanes_bottom (height) - (int) (lane + 1) * LANE_HEIGHT + (LANE_HEIGHT - MARKER_HEIGHT) / 2;
}

/* The first words of @summary, cut at a word, within TITLE_CHARS. */
static char *
shorten_title (const char *summary)
{
  const char *cut, *space = NULL;

  if (summary == NULL)
    return g_strdup ("");
  if (g_utf8_strlen (summary, -1) <= TITLE_CHARS)
    return g_strdup (summary);
  cut = g_utf8_offset_to_pointer (summary, TITLE_CHARS - 1);
  for (const char *p = summary; p < cut; p = g_utf8_next_char (p))
    if (*p == ' ')
      space = p;
  if (space != NULL && space - summary > (cut - summary) / 2)
    cut = space;
  while (cut > summary && (cut[-1] == ',' || cut[-1] == ' ' || cut[-1] == ':' || cut[-1] == ';'))
    cut--;
  return g_strdup_printf ("%.*s…", (int) (cut - summary), summary);
}

/* "16 October 2024: Zelensky presents his plan; 3 articles, 2 outlets
 * (Reuters, DW)": what the tooltip and a screen reader say. */
static char *
describe_event (DossierEvent *event)
{
  g_autofree char *when = dossier_date_format_readable (dossier_event_get_calendar_date (event));
  g_autofree char *counts = dossier_event_reports_dup_event_counts (event);
  const char *outlets = dossier_event_reports_get_outlet_names (event);

  if (outlets != NULL)
    /* Translators: an event on the timeline: its date, its title, how many
     * articles and outlets report it, and the outlets known by name. */
    return g_strdup_printf (_("%s: %s; %s (%s)"), when, dossier_event_get_summary (event), counts, outlets);
  /* Translators: the same without outlets known by name. */
  return g_strdup_printf (_("%s: %s; %s"), when, dossier_event_get_summary (event), counts);
}

static double
measure_title (DossierTimeline *self,
               guint            position)
{
  double width = g_array_index (self->title_widths, double, position);

  if (width < 0)
    {
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (self->title_probe_label,
                                                                       g_ptr_array_index (self->titles, position));
      int pixels, chrome, unused;

      /* The marker's own width around its title (its padding, the dot's
       * slot, the gap, and whatever its style adds), from a marker with
       * no title; the lanes count a mark and a gap, the rest is the
       * title's. */
      gtk_widget_measure (self->title_probe, GTK_ORIENTATION_HORIZONTAL, -1, &unused, &chrome, NULL, NULL);
      pango_layout_get_pixel_size (layout, &pixels, NULL);
      width = pixels + chrome - (DOT_SLOT + 2 * PADDING) - GAP;
      g_array_index (self->title_widths, double, position) = width;
    }
  return width;
}

/* Markers. */

static gboolean
find_marker (DossierTimeline *self,
             GtkWidget       *widget,
             guint           *position)
{
  for (GtkWidget *w = widget; w != NULL && w != GTK_WIDGET (self); w = gtk_widget_get_parent (w))
    if (gtk_widget_has_css_class (w, "timeline-marker"))
      return g_ptr_array_find (self->markers, w, position);
  return FALSE;
}

static void
on_marker_clicked (GtkButton       *button,
                   DossierTimeline *self)
{
  guint position;

  if (find_marker (self, GTK_WIDGET (button), &position))
    dossier_timeline_activate_event (self, position);
}

static gboolean
on_marker_query_tooltip (GtkWidget       *marker,
                         int              x,
                         int              y,
                         gboolean         keyboard,
                         GtkTooltip      *tooltip,
                         DossierTimeline *self)
{
  g_autoptr(DossierEvent) event = NULL;
  g_autofree char *label = NULL;
  guint position;

  if (self->events == NULL || !find_marker (self, marker, &position))
    return FALSE;
  event = g_list_model_get_item (self->events, position);
  label = describe_event (event);
  gtk_tooltip_set_text (tooltip, label);
  return TRUE;
}

static GtkLabel *
marker_title (GtkWidget *marker)
{
  GtkWidget *box = gtk_button_get_child (GTK_BUTTON (marker));

  return GTK_LABEL (gtk_widget_get_last_child (box) != NULL &&
                    GTK_IS_LABEL (gtk_widget_get_last_child (box)) ? gtk_widget_get_last_child (box)
                                                                   : gtk_widget_get_first_child (box));
}

/* The marker focused shows its whole title, over its neighbours. */
static void
set_focused (DossierTimeline *self,
             int              position)
{
  if (self->focused == position)
    return;
  if (self->focused >= 0 && (guint) self->focused < self->markers->len &&
      g_ptr_array_index (self->markers, self->focused) != NULL)
    {
      GtkWidget *marker = g_ptr_array_index (self->markers, self->focused);

      gtk_label_set_text (marker_title (marker), g_ptr_array_index (self->titles, self->focused));
      gtk_widget_remove_css_class (marker, "expanded");
    }
  self->focused = position;
  if (position >= 0)
    {
      g_autoptr(DossierEvent) event = g_list_model_get_item (self->events, position);
      GtkWidget *marker = g_ptr_array_index (self->markers, position);

      gtk_label_set_text (marker_title (marker), dossier_event_get_summary (event));
      gtk_widget_add_css_class (marker, "expanded");
    }
  self->order_valid = FALSE;
  queue_layout (self);
}

static void
on_marker_focus_enter (GtkEventControllerFocus *controller,
                       DossierTimeline         *self)
{
  guint position;

  if (find_marker (self, gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)), &position))
    set_focused (self, (int) position);
}

static void
on_marker_focus_leave (GtkEventControllerFocus *controller,
                       DossierTimeline         *self)
{
  guint position;

  if (find_marker (self, gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)), &position) &&
      (int) position == self->focused)
    set_focused (self, -1);
}

static void
open_menu (DossierTimeline *self,
           guint            position,
           double           x,
           double           y)
{
  g_autoptr(DossierEvent) event = g_list_model_get_item (self->events, position);
  g_autoptr(GMenuModel) model = dossier_event_menu_new (event);
  GtkWidget *marker = g_ptr_array_index (self->markers, position);
  graphene_point_t point;

  if (marker == NULL)
    return;
  if (x < 0 || y < 0)
    {
      x = gtk_widget_get_width (marker) / 2.0;
      y = gtk_widget_get_height (marker) / 2.0;
    }
  if (!gtk_widget_compute_point (marker, GTK_WIDGET (self), &GRAPHENE_POINT_INIT (x, y), &point))
    return;
  if (self->menu == NULL)
    {
      self->menu = gtk_popover_menu_new_from_model (model);
      gtk_widget_set_parent (self->menu, GTK_WIDGET (self));
    }
  else
    gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->menu), model);
  self->menu_position = (int) position;
  gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), &(GdkRectangle) { (int) point.x, (int) point.y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->menu));
}

static void
on_marker_pressed (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   DossierTimeline *self)
{
  guint position;

  if (!find_marker (self, gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture)), &position))
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  open_menu (self, position, x, y);
}

static void
on_marker_long_pressed (GtkGestureLongPress *gesture,
                        double               x,
                        double               y,
                        DossierTimeline     *self)
{
  guint position;

  if (find_marker (self, gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture)), &position))
    open_menu (self, position, x, y);
}

static void
mark_marker (DossierTimeline *self,
             guint            position)
{
  GtkWidget *marker = g_ptr_array_index (self->markers, position);
  gboolean in_article = g_array_index (self->in_article, gboolean, position);

  if (marker == NULL)
    return;
  if (in_article)
    gtk_widget_add_css_class (marker, "in-article");
  else
    gtk_widget_remove_css_class (marker, "in-article");
  gtk_accessible_update_property (GTK_ACCESSIBLE (marker), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  in_article ? _("Reported by the article shown") : "", -1);
}

static GtkWidget *
create_marker (DossierTimeline *self,
               guint            position)
{
  g_autoptr(DossierEvent) event = g_list_model_get_item (self->events, position);
  g_autofree char *label = describe_event (event);
  guint outlets = g_array_index (self->n_outlets, guint, position);
  int size = dot_size (outlets);
  GtkWidget *marker = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, GAP);
  GtkWidget *slot = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *dot = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *title = gtk_label_new (g_ptr_array_index (self->titles, position));
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkGesture *press = gtk_gesture_click_new ();
  GtkGesture *long_press = gtk_gesture_long_press_new ();

  gtk_widget_add_css_class (marker, "timeline-marker");
  if (g_array_index (self->first_days, int, position) != g_array_index (self->last_days, int, position))
    gtk_widget_add_css_class (marker, "span");
  if (outlets > 1)
    gtk_widget_add_css_class (marker, "corroborated");
  if (dossier_event_get_hidden (event))
    gtk_widget_add_css_class (marker, "hidden-event");

  /* Every dot in a slot of the largest's width, so that a title starts
   * where the layout counted it to. */
  gtk_widget_set_size_request (slot, DOT_SLOT, -1);
  gtk_widget_add_css_class (dot, "dot");
  gtk_widget_set_size_request (dot, size, size);
  gtk_widget_set_halign (dot, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (dot, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (dot, TRUE);
  gtk_box_append (GTK_BOX (slot), dot);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (title, "title");
  gtk_box_append (GTK_BOX (box), slot);
  gtk_box_append (GTK_BOX (box), title);
  gtk_button_set_child (GTK_BUTTON (marker), box);

  /* The tooltip is given when asked for: gtk_widget_set_tooltip_text ()
   * asks the display where the pointer is, a round trip to the X server
   * for each of thousands of markers. */
  gtk_widget_set_has_tooltip (marker, TRUE);
  g_signal_connect (marker, "query-tooltip", G_CALLBACK (on_marker_query_tooltip), self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (marker), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_HAS_POPUP, TRUE, -1);
  g_signal_connect (marker, "clicked", G_CALLBACK (on_marker_clicked), self);
  g_signal_connect (focus, "enter", G_CALLBACK (on_marker_focus_enter), self);
  g_signal_connect (focus, "leave", G_CALLBACK (on_marker_focus_leave), self);
  gtk_widget_add_controller (marker, focus);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (press), GDK_BUTTON_SECONDARY);
  g_signal_connect (press, "pressed", G_CALLBACK (on_marker_pressed), self);
  gtk_widget_add_controller (marker, GTK_EVENT_CONTROLLER (press));
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (long_press), TRUE);
  g_signal_connect (long_press, "pressed", G_CALLBACK (on_marker_long_pressed), self);
  gtk_widget_add_controller (marker, GTK_EVENT_CONTROLLER (long_press));

  /* Children in model order, so focus moves through them in time order. */
  {
    GtkWidget *previous = NULL;

    for (guint k = position; k > 0 && previous == NULL; k--)
      previous = g_ptr_array_index (self->markers, k - 1);
    if (previous == NULL)
      gtk_widget_insert_after (marker, GTK_WIDGET (self), self->later_button);
    else
      gtk_widget_insert_after (marker, GTK_WIDGET (self), previous);
  }
  g_ptr_array_index (self->markers, position) = marker;
  self->n_made++;
  mark_marker (self, position);
  return marker;
}

static GtkWidget *
get_marker (DossierTimeline *self,
            guint            position)
{
  GtkWidget *marker = g_ptr_array_index (self->markers, position);

  return marker != NULL ? marker : create_marker (self, position);
}

static void
drop_marker (DossierTimeline *self,
             guint            position)
{
  GtkWidget *marker = g_ptr_array_index (self->markers, position);

  if (marker == NULL)
    return;
  if (self->popover != NULL && gtk_widget_get_parent (self->popover) == marker)
    g_clear_pointer (&self->popover, gtk_widget_unparent);
  gtk_widget_unparent (marker);
  g_ptr_array_index (self->markers, position) = NULL;
  self->n_made--;
}

/* Markers made for events that no longer find a lane (the view moved
 * on) are dropped once there are many, but not the one focused or with
 * a popover. */
static gboolean
drop_unshown_markers (gpointer user_data)
{
  DossierTimeline *self = user_data;

  self->cleanup_id = 0;
  for (guint i = 0; i < self->markers->len; i++)
    {
      GtkWidget *marker = g_ptr_array_index (self->markers, i);

      if (marker != NULL && !gtk_widget_get_child_visible (marker) && (int) i != self->focused &&
          (int) i != self->popover_position && (int) i != self->menu_position)
        drop_marker (self, i);
    }
  return G_SOURCE_REMOVE;
}

static void
clear_markers (DossierTimeline *self)
{
  g_clear_handle_id (&self->cleanup_id, g_source_remove);
  for (guint i = 0; i < self->markers->len; i++)
    if (g_ptr_array_index (self->markers, i) != NULL)
      gtk_widget_unparent (g_ptr_array_index (self->markers, i));
  g_ptr_array_set_size (self->markers, 0);
  self->n_made = 0;
  g_array_set_size (self->first_days, 0);
  g_array_set_size (self->last_days, 0);
  g_array_set_size (self->n_outlets, 0);
  g_array_set_size (self->n_articles, 0);
  g_array_set_size (self->in_article, 0);
  g_array_set_size (self->title_widths, 0);
  g_ptr_array_set_size (self->titles, 0);
  g_array_set_size (self->items, 0);
  g_array_set_size (self->item_events, 0);
  g_array_set_size (self->item_of, 0);
  g_array_set_size (self->clusters, 0);
  g_clear_pointer (&self->order, g_free);
  self->order_valid = FALSE;
  self->focused = -1;
}

static void
update_in_article (DossierTimeline *self)
{
  for (guint i = 0; i < self->in_article->len; i++)
    {
      g_autoptr(DossierEvent) event = g_list_model_get_item (self->events, i);
      gboolean in_article = self->article != NULL &&
                            dossier_article_get_analysis (self->article) == dossier_event_get_analysis (event) &&
                            dossier_event_reports_include_article (event, dossier_article_get_index (self->article));

      if (g_array_index (self->in_article, gboolean, i) != in_article)
        {
          g_array_index (self->in_article, gboolean, i) = in_article;
          mark_marker (self, i);
        }
    }
  self->order_valid = FALSE;
}

static void
close_popovers (DossierTimeline *self)
{
  g_clear_pointer (&self->popover, gtk_widget_unparent);
  g_clear_object (&self->popover_event);
  self->popover_position = -1;
  if (self->menu != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->menu));
  self->menu_position = -1;
  g_clear_pointer (&self->cluster_popover, gtk_widget_unparent);
}

static void
rebuild (DossierTimeline *self)
{
  guint n;

  close_popovers (self);
  clear_markers (self);
  if (self->events == NULL)
    {
      queue_layout (self);
      return;
    }

  n = g_list_model_get_n_items (self->events);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DossierEvent) event = g_list_model_get_item (self->events, i);
      int first, last;
      guint articles, outlets;
      double unmeasured = -1;
      gboolean no = FALSE;

      dossier_date_get_span (dossier_event_get_calendar_date (event), &first, &last);
      dossier_event_reports_count (event, &articles, &outlets);
      g_array_append_val (self->first_days, first);
      g_array_append_val (self->last_days, last);
      g_array_append_val (self->n_outlets, outlets);
      g_array_append_val (self->n_articles, articles);
      g_array_append_val (self->in_article, no);
      g_array_append_val (self->title_widths, unmeasured);
      g_ptr_array_add (self->titles, shorten_title (dossier_event_get_summary (event)));
    }
  g_ptr_array_set_size (self->markers, n);
  update_in_article (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
on_items_changed (DossierTimeline *self,
                  guint            position,
                  guint            removed,
                  guint            added,
                  GListModel      *model)
{
  /* The view stays where the researcher put it as the list changes (the
   * sidebar's search and filter, a correction, another analysis); until
   * they move it, it is fitted again to the events now given.  Another
   * dossier is shown afresh by the window (dossier_timeline_show_default
   * ()). */
  rebuild (self);
  if (!self->view_moved)
    self->scale_set = FALSE;
}

/* Who gets a lane first: the event focused, those of the article read,
 * those more outlets report, more articles, then the earlier. */
static int
compare_priority (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  DossierTimeline *self = user_data;
  guint i = *(const guint *) a, j = *(const guint *) b;
  gboolean in_i = g_array_index (self->in_article, gboolean, i);
  gboolean in_j = g_array_index (self->in_article, gboolean, j);
  guint outlets_i = g_array_index (self->n_outlets, guint, i), outlets_j = g_array_index (self->n_outlets, guint, j);
  guint articles_i = g_array_index (self->n_articles, guint, i);
  guint articles_j = g_array_index (self->n_articles, guint, j);

  if (((int) i == self->focused) != ((int) j == self->focused))
    return (int) i == self->focused ? -1 : 1;
  if (in_i != in_j)
    return in_i ? -1 : 1;
  if (outlets_i != outlets_j)
    return outlets_i > outlets_j ? -1 : 1;
  if (articles_i != articles_j)
    return articles_i > articles_j ? -1 : 1;
  return i < j ? -1 : i > j;
}

static void
update_order (DossierTimeline *self)
{
  guint n = self->markers->len;

  if (self->order_valid)
    return;
  g_free (self->order);
  self->order = g_new (guint, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    self->order[i] = i;
  g_qsort_with_data (self->order, (int) n, sizeof (guint), compare_priority, self);
  self->order_valid = TRUE;
}

/* The view's range. */

static int
compare_ints (gconstpointer a,
              gconstpointer b)
{
  int x = *(const int *) a, y = *(const int *) b;

  return x < y ? -1 : x > y;
}

/* The month holding most day-precision events: October 2024 for the
 * sample.  Falls back to every event's span. */
static gboolean
default_range (DossierTimeline *self,
               int             *first_day,
               int             *last_day)
{
  g_autoptr(GHashTable) months = g_hash_table_new (NULL, NULL);
  int best_key = 0;
  guint best = 0;

  for (guint i = 0; i < self->first_days->len; i++)
    {
      int first = g_array_index (self->first_days, int, i);
      int last = g_array_index (self->last_days, int, i);
      DossierDate date;
      int key;
      guint count;

      if (first != last)
        continue;
      date = dossier_date_from_day_number (first);
      key = date.year * 12 + date.month;
      count = GPOINTER_TO_UINT (g_hash_table_lookup (months, GINT_TO_POINTER (key))) + 1;
      g_hash_table_insert (months, GINT_TO_POINTER (key), GUINT_TO_POINTER (count));
      if (count > best || (count == best && key > best_key))
        {
          best = count;
          best_key = key;
        }
    }
  if (best > 0)
    {
      int year = (best_key - 1) / 12, month = (best_key - 1) % 12 + 1;
      DossierDate start = dossier_date_from_day (year, month, 1);
      DossierDate end = dossier_date_from_day (year, month, g_date_get_days_in_month (month, year));
      *first_day = dossier_date_to_day_number (&start);
      *last_day = dossier_date_to_day_number (&end);
      return TRUE;
    }
  return FALSE;
}

static gboolean
full_range (DossierTimeline *self,
            int             *first_day,
            int             *last_day)
{
  if (self->first_days->len == 0)
    return FALSE;
  *first_day = G_MAXINT;
  *last_day = G_MININT;
  for (guint i = 0; i < self->first_days->len; i++)
    {
      *first_day = MIN (*first_day, g_array_index (self->first_days, int, i));
      *last_day = MAX (*last_day, g_array_index (self->last_days, int, i));
    }
  return TRUE;
}

static void
fit (DossierTimeline *self,
     int              width)
{
  int first, last;
  gboolean found = self->want_all ? full_range (self, &first, &last) : default_range (self, &first, &last);

  if (!found && !full_range (self, &first, &last))
    {
      GDateTime *now = g_date_time_new_now_local ();
      DossierDate today = dossier_date_from_day (g_date_time_get_year (now), g_date_time_get_month (now), 1);
      first = dossier_date_to_day_number (&today);
      last = first + 30;
      g_date_time_unref (now);
    }
  self->scale = dossier_timeline_scale_fit (first, last, MAX (width, 100));
  self->scale_set = TRUE;
  self->view_moved = FALSE;
  self->fitted_width = width;

  /* Where the range is wider than the view (a narrow window), the view
   * is centred on the range's events, by their middle one, not left at
   * the range's start with none in sight. */
  {
    double shown_days = MAX (width, 100) / self->scale.pixels_per_day;
    g_autoptr(GArray) inside = g_array_new (FALSE, FALSE, sizeof (int));

    if (shown_days >= last - first + 1)
      return;
    for (guint i = 0; i < self->first_days->len; i++)
      {
        int day = g_array_index (self->first_days, int, i);

        if (day >= first && g_array_index (self->last_days, int, i) <= last)
          g_array_append_val (inside, day);
      }
    if (inside->len == 0)
      return;
    g_array_sort (inside, compare_ints);
    self->scale.first_day = CLAMP (g_array_index (inside, int, inside->len / 2) - shown_days / 2,
                                   first - 0.5, last + 0.5 - shown_days);
  }
}

/* The scale fitted now where it waits for the next allocation: a move
 * made before it (a zoom just after the events changed) starts from the
 * view shown, and is not undone by the fitting. */
static void
ensure_scale (DossierTimeline *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));

  if (!self->scale_set && width > 0)
    fit (self, width);
}

/* Where an event's mark lies: a day's dot around its middle, a month's
 * or a year's bar across its days. */
static void
mark_extent (DossierTimeline *self,
             guint            position,
             double          *left,
             double          *right)
{
  int first = g_array_index (self->first_days, int, position);
  int last = g_array_index (self->last_days, int, position);

  if (first == last)
    {
      double x = dossier_timeline_scale_x_for_day (&self->scale, first);

      *left = x - DOT_SLOT / 2.0 - PADDING;
      *right = x + DOT_SLOT / 2.0 + PADDING;
    }
  else
    {
      *left = dossier_timeline_scale_x_for_day (&self->scale, first - 0.5);
      *right = dossier_timeline_scale_x_for_day (&self->scale, last + 0.5);
    }
}

static void update_edge_buttons (DossierTimeline *self);

static gboolean
notify_edges (gpointer user_data)
{
  DossierTimeline *self = user_data;

  self->notify_id = 0;
  update_edge_buttons (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_EARLIER]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_LATER]);
  return G_SOURCE_REMOVE;
}

static void
queue_layout (DossierTimeline *self)
{
  /* The widgets the view will need made now, outside any allocation, at
   * the size it has; a new size makes its own (prepare_later ()). */
  if (self->prepare_id == 0)
    self->prepare_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, prepare_later, self, NULL);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/* "‹ 6 earlier", "1 later ›": set when the counts change, and said to
 * screen readers in whole words. */
static void
update_edge_buttons (DossierTimeline *self)
{
  g_autofree char *earlier = NULL, *later = NULL, *earlier_name = NULL, *later_name = NULL;

  /* Translators: a button at the timeline's left edge: how many events
   * lie before the view. */
  earlier = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "‹ %u earlier", "‹ %u earlier", self->n_earlier),
                             self->n_earlier);
  later = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u later ›", "%u later ›", self->n_later), self->n_later);
  earlier_name = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u earlier event: go to it",
                                               "%u earlier events: go to the nearest", self->n_earlier),
                                  self->n_earlier);
  later_name = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u later event: go to it",
                                             "%u later events: go to the nearest", self->n_later),
                                self->n_later);
  gtk_button_set_label (GTK_BUTTON (self->earlier_button), earlier);
  gtk_button_set_label (GTK_BUTTON (self->later_button), later);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->earlier_button), GTK_ACCESSIBLE_PROPERTY_LABEL, earlier_name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->later_button), GTK_ACCESSIBLE_PROPERTY_LABEL, later_name, -1);
  gtk_widget_set_tooltip_text (self->earlier_button, earlier_name);
  gtk_widget_set_tooltip_text (self->later_button, later_name);
}

/* "+12": a badge of the events gathered at one place. */
static GtkWidget *
get_badge (DossierTimeline *self,
           guint            index);

static void
allocate_top_row (DossierTimeline *self,
                  int              width)
{
  int earlier_width = 0, later_width = 0, legend_width = 0, unused;
  GtkAllocation allocation;

  gtk_widget_set_child_visible (self->earlier_button, self->n_earlier > 0);
  gtk_widget_set_child_visible (self->later_button, self->n_later > 0);
  gtk_widget_measure (self->earlier_button, GTK_ORIENTATION_HORIZONTAL, -1, &earlier_width, &unused, NULL, NULL);
  gtk_widget_measure (self->later_button, GTK_ORIENTATION_HORIZONTAL, -1, &later_width, &unused, NULL, NULL);
  gtk_widget_measure (self->legend, GTK_ORIENTATION_HORIZONTAL, -1, &unused, &legend_width, NULL, NULL);

  allocation = (GtkAllocation) { 0, 2, earlier_width, MARKER_HEIGHT };
  gtk_widget_size_allocate (self->earlier_button, &allocation, -1);
  allocation = (GtkAllocation) { width - later_width, 2, later_width, MARKER_HEIGHT };
  gtk_widget_size_allocate (self->later_button, &allocation, -1);
  /* The legend between them, right of the middle, where there is room. */
  {
    int room_left = earlier_width + 12, room_right = width - later_width - 12;
    int x = MAX (room_left, room_right - legend_width);

    gtk_widget_set_child_visible (self->legend, room_right - room_left >= legend_width);
    allocation = (GtkAllocation) { x, 2, legend_width, MARKER_HEIGHT };
    gtk_widget_size_allocate (self->legend, &allocation, -1);
  }
}

/* Where the layout puts the marker of the event at @position: in its
 * lane, as wide as its title was given room, the focused one as wide as
 * its whole title.  Its title already lies on the side the layout chose
 * (prepare_widgets ()). */
static void
allocate_marker (DossierTimeline       *self,
                 guint                  position,
                 const DossierLaneItem *item,
                 int                    width,
                 int                    height)
{
  GtkWidget *marker = g_ptr_array_index (self->markers, position);
  gboolean span = gtk_widget_has_css_class (marker, "span");
  GtkAllocation allocation;
  int minimum, natural;

  allocation.y = lane_y (height, item->lane);
  allocation.height = MARKER_HEIGHT;
  if (span)
    {
      /* A bar's marker starts where its bar is in sight. */
      allocation.x = (int) MAX (item->left, 0);
      allocation.width = (int) (item->x + item->mark_width) - allocation.x;
      gtk_widget_measure (marker, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
      allocation.width = MAX (MIN (allocation.width, natural), minimum);
    }
  else
    {
      allocation.x = (int) floor (item->left);
      allocation.width = (int) ceil (item->right - item->left);
    }
  if ((int) position == self->focused)
    {
      /* Its whole title, over whatever lies beside it, within the view. */
      gtk_widget_measure (marker, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
      if (natural > allocation.width)
        {
          if (item->flipped)
            allocation.x -= natural - allocation.width;
          allocation.width = MIN (natural, width);
          allocation.x = CLAMP (allocation.x, 0, MAX (width - allocation.width, 0));
        }
    }
  gtk_widget_measure (marker, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  allocation.width = MAX (allocation.width, minimum);
  gtk_widget_set_child_visible (marker, TRUE);
  gtk_widget_size_allocate (marker, &allocation, -1);
}

/* Where everything goes at @width × @height: the events in view as lane
 * items in date order (self->items, self->item_events, self->item_of),
 * placed in lanes, the rest gathered (self->clusters), and how many lie
 * before and after the view.  No widget is touched. */
static void
compute_layout (DossierTimeline *self,
                int              width,
                int              height,
                guint           *n_earlier,
                guint           *n_later)
{
  guint n = self->markers->len;
  g_autofree guint *order = NULL;
  guint n_order = 0;

  /* Fitted again to a new width until the researcher moves the view. */
  if (!self->scale_set || (!self->view_moved && width != self->fitted_width))
    fit (self, width);
  update_order (self);

  *n_earlier = *n_later = 0;
  g_array_set_size (self->items, 0);
  g_array_set_size (self->item_events, 0);
  g_array_set_size (self->item_of, n);
  for (guint i = 0; i < n; i++)
    {
      double left, right;
      DossierLaneItem item = { 0 };

      g_array_index (self->item_of, int, i) = -1;
      mark_extent (self, i, &left, &right);
      if (right < 0)
        {
          (*n_earlier)++;
          continue;
        }
      if (left > width)
        {
          (*n_later)++;
          continue;
        }
      if (g_array_index (self->first_days, int, i) == g_array_index (self->last_days, int, i))
        {
          item.x = left;
          item.mark_width = right - left;
          item.title_width = measure_title (self, i);
        }
      else
        {
          /* A bar with its dot and title at its start (or where it comes
           * into sight): one mark as wide as the longer of the two. */
          double start = MAX (left, 0);

          item.x = left;
          item.mark_width = MAX (right, start + DOT_SLOT + 2 * PADDING + GAP + measure_title (self, i)) - left;
          item.title_width = 0;
        }
      g_array_index (self->item_of, int, i) = (int) self->items->len;
      g_array_append_val (self->items, item);
      g_array_append_val (self->item_events, i);
    }

  /* Lanes, the most important event first. */
  order = g_new (guint, MAX (self->items->len, 1));
  for (guint k = 0; k < n; k++)
    if (g_array_index (self->item_of, int, self->order[k]) >= 0)
      order[n_order++] = (guint) g_array_index (self->item_of, int, self->order[k]);
  dossier_timeline_lanes_place ((DossierLaneItem *) (void *) self->items->data, self->items->len, order,
                                lane_count (height), width, GAP, MIN_TITLE);
  /* The focused event has a lane even where none had room. */
  if (self->focused >= 0 && (guint) self->focused < n && g_array_index (self->item_of, int, self->focused) >= 0)
    {
      DossierLaneItem *item = &g_array_index (self->items, DossierLaneItem,
                                              g_array_index (self->item_of, int, self->focused));

      if (!item->placed)
        {
          item->placed = TRUE;
          item->lane = 0;
          item->left = item->x;
          item->right = item->x + item->mark_width + (item->title_width > 0 ? GAP + item->title_width : 0);
        }
    }
  g_array_unref (self->clusters);
  self->clusters = dossier_timeline_lanes_cluster ((DossierLaneItem *) (void *) self->items->data,
                                                   self->items->len, BADGE_SPACING);
}

static const DossierLaneItem *
placed_item (DossierTimeline *self,
             guint            position)
{
  int index = position < self->item_of->len ? g_array_index (self->item_of, int, position) : -1;
  const DossierLaneItem *item = index >= 0 ? &g_array_index (self->items, DossierLaneItem, index) : NULL;

  return item != NULL && item->placed ? item : NULL;
}

/* Whether the title of @marker lies on the side @item wants it. */
static gboolean
title_placed (GtkWidget             *marker,
              const DossierLaneItem *item)
{
  GtkWidget *box = gtk_button_get_child (GTK_BUTTON (marker));

  return item->flipped == (gtk_widget_get_first_child (box) == GTK_WIDGET (marker_title (marker)));
}

static gboolean
badge_ready (DossierTimeline *self,
             guint            index)
{
  g_autofree char *label = NULL;

  if (index >= self->badges->len)
    return FALSE;
  label = g_strdup_printf ("+%u", g_array_index (self->clusters, DossierLaneCluster, index).count);
  return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (g_ptr_array_index (self->badges, index))), label) == 0;
}

/* The widgets the last layout needs, made, labelled and ordered here,
 * never while the timeline is being allocated: a child added or a label
 * changed then asks its ancestors for a new size in the midst of being
 * given one, and GTK leaves them needing it at the next snapshot. */
static void
prepare_widgets (DossierTimeline *self)
{
  for (guint i = 0; i < self->markers->len; i++)
    {
      const DossierLaneItem *item = placed_item (self, i);
      GtkWidget *marker, *box, *title;

      if (item == NULL)
        continue;
      marker = get_marker (self, i);
      if (!title_placed (marker, item))
        {
          /* The title left of the dot where the lane had room only there. */
          box = gtk_button_get_child (GTK_BUTTON (marker));
          title = GTK_WIDGET (marker_title (marker));
          gtk_box_reorder_child_after (GTK_BOX (box), title, item->flipped ? NULL : gtk_widget_get_first_child (box));
        }
    }
  for (guint c = 0; c < self->clusters->len; c++)
    if (!badge_ready (self, c))
      get_badge (self, c);
}

static gboolean
widgets_ready (DossierTimeline *self)
{
  for (guint i = 0; i < self->markers->len; i++)
    {
      const DossierLaneItem *item = placed_item (self, i);
      GtkWidget *marker = g_ptr_array_index (self->markers, i);

      if (item != NULL && (marker == NULL || !title_placed (marker, item)))
        return FALSE;
    }
  for (guint c = 0; c < self->clusters->len; c++)
    if (!badge_ready (self, c))
      return FALSE;
  return TRUE;
}

static gboolean
prepare_later (gpointer user_data)
{
  DossierTimeline *self = user_data;
  int width = gtk_widget_get_width (GTK_WIDGET (self)), height = gtk_widget_get_height (GTK_WIDGET (self));
  guint n_earlier, n_later;

  self->prepare_id = 0;
  if (width > 0 && height > 0)
    {
      compute_layout (self, width, height, &n_earlier, &n_later);
      prepare_widgets (self);
    }
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  return G_SOURCE_REMOVE;
}

static void
dossier_timeline_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  DossierTimeline *self = DOSSIER_TIMELINE (widget);
  guint n = self->markers->len;
  guint n_earlier = 0, n_later = 0;

  compute_layout (self, width, height, &n_earlier, &n_later);
  /* Widgets this layout needs that are not made yet (the view moved, or
   * its size changed) are made just after, and shown then. */
  if (!widgets_ready (self) && self->prepare_id == 0)
    self->prepare_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, prepare_later, self, NULL);

  /* Markers: those with a lane shown, the others out of sight. */
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *marker = g_ptr_array_index (self->markers, i);
      const DossierLaneItem *item = placed_item (self, i);

      if (marker == NULL)
        continue;
      if (item != NULL)
        allocate_marker (self, i, item, width, height);
      else
        gtk_widget_set_child_visible (marker, FALSE);
    }
  if (self->n_made > MANY_MARKERS && self->cleanup_id == 0)
    self->cleanup_id = g_idle_add (drop_unshown_markers, self);

  /* "+N" badges. */
  for (guint c = 0; c < self->badges->len; c++)
    {
      GtkWidget *badge = g_ptr_array_index (self->badges, c);

      if (c < self->clusters->len && badge_ready (self, c))
        {
          const DossierLaneCluster *cluster = &g_array_index (self->clusters, DossierLaneCluster, c);
          int minimum, natural;
          GtkAllocation allocation;

          g_object_set_data (G_OBJECT (badge), "cluster", GUINT_TO_POINTER (c));
          gtk_widget_measure (badge, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
          allocation.width = natural;
          allocation.height = CLUSTER_ROW - 4;
          allocation.x = CLAMP ((int) (cluster->x - natural / 2.0), 0, MAX (width - natural, 0));
          allocation.y = lanes_bottom (height) + 2;
          gtk_widget_set_child_visible (badge, TRUE);
          gtk_widget_size_allocate (badge, &allocation, -1);
        }
      else
        gtk_widget_set_child_visible (badge, FALSE);
    }

  if (n_earlier != self->n_earlier || n_later != self->n_later)
    {
      self->n_earlier = n_earlier;
      self->n_later = n_later;
      /* Their labels and listeners told once the allocation is done: a
       * label set now would ask for a new size of a pane in the midst of
       * being given one. */
      if (self->notify_id == 0)
        self->notify_id = g_idle_add (notify_edges, self);
    }
  allocate_top_row (self, width);

  if (self->popover != NULL)
    gtk_popover_present (GTK_POPOVER (self->popover));
  if (self->menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->menu));
  if (self->cluster_popover != NULL)
    gtk_popover_present (GTK_POPOVER (self->cluster_popover));
}

static void
dossier_timeline_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 200;
      *natural = 800;
    }
  else
    {
      *minimum = TOP_ROW + 2 * LANE_HEIGHT + CLUSTER_ROW + AXIS_HEIGHT;
      *natural = TOP_ROW + NATURAL_LANES * LANE_HEIGHT + CLUSTER_ROW + AXIS_HEIGHT;
    }
}

static void
snapshot_axis (DossierTimeline *self,
               GtkSnapshot     *snapshot,
               int              width,
               int              height,
               const GdkRGBA   *color,
               const GdkRGBA   *faint)
{
  GtkWidget *widget = GTK_WIDGET (self);
  int axis_y = height - AXIS_HEIGHT;
  g_autoptr(GArray) ticks = dossier_timeline_ticks (&self->scale, width);
  g_autoptr(GArray) taken = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));

  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (0, axis_y, width, 1));

  /* Two passes: month and year names first, then the days around them,
   * leaving out any label that would overlap one already drawn. */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < ticks->len; i++)
      {
        DossierTimelineTick *tick = &g_array_index (ticks, DossierTimelineTick, i);
        double x = dossier_timeline_scale_x_for_day (&self->scale,
                                                     tick->day - (tick->kind == DOSSIER_TIMELINE_TICK_DAY ? 0 : 0.5));
        g_autoptr(PangoLayout) layout = NULL;
        int label_width, label_height;
        graphene_rect_t rect;
        gboolean free_space = TRUE;

        if ((pass == 0) != tick->major)
          continue;
        if (tick->major)
          gtk_snapshot_append_color (snapshot, faint, &GRAPHENE_RECT_INIT (x, TOP_ROW, 1, axis_y - TOP_ROW));
        gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x, axis_y, 1, tick->major ? 8 : 4));

        layout = gtk_widget_create_pango_layout (widget, tick->label);
        if (tick->major)
          {
            PangoAttrList *attributes = pango_attr_list_new ();
            pango_attr_list_insert (attributes, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
            pango_layout_set_attributes (layout, attributes);
            pango_attr_list_unref (attributes);
          }
        pango_layout_get_pixel_size (layout, &label_width, &label_height);
        graphene_rect_init (&rect, CLAMP (x - label_width / 2.0, 0, MAX (width - label_width, 0)),
                            axis_y + 10, label_width + 4, label_height);
        for (guint k = 0; k < taken->len && free_space; k++)
          free_space = !graphene_rect_intersection (&rect, &g_array_index (taken, graphene_rect_t, k), NULL);
        if (free_space)
          {
            gtk_snapshot_save (snapshot);
            gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (rect.origin.x, rect.origin.y));
            gtk_snapshot_append_layout (snapshot, layout, color);
            gtk_snapshot_restore (snapshot);
            g_array_append_val (taken, rect);
          }
      }
}

/* Under the markers: a line from each dot down to its day on the axis,
 * and the bar of an event dated by its month or year across its days. */
static void
snapshot_marks (DossierTimeline *self,
                GtkSnapshot     *snapshot,
                int              width,
                int              height,
                const GdkRGBA   *faint)
{
  GdkRGBA accent;
  int axis_y = height - AXIS_HEIGHT;

  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (GTK_WIDGET (self)), "accent_bg_color", &accent))
    accent = *faint;
  accent.alpha = 0.22;

  for (guint k = 0; k < self->items->len; k++)
    {
      const DossierLaneItem *item = &g_array_index (self->items, DossierLaneItem, k);
      guint position = g_array_index (self->item_events, guint, k);
      int y = lane_y (height, item->lane);

      if (!item->placed)
        continue;
      if (g_array_index (self->first_days, int, position) == g_array_index (self->last_days, int, position))
        {
          double x = round (dossier_timeline_scale_x_for_day (&self->scale, g_array_index (self->first_days, int, position)));

          gtk_snapshot_append_color (snapshot, faint, &GRAPHENE_RECT_INIT (x, y + MARKER_HEIGHT, 1, axis_y - y - MARKER_HEIGHT));
        }
      else
        {
          double left = MAX (dossier_timeline_scale_x_for_day (&self->scale, g_array_index (self->first_days, int, position) - 0.5), 0);
          double right = MIN (dossier_timeline_scale_x_for_day (&self->scale, g_array_index (self->last_days, int, position) + 0.5), width);
          GskRoundedRect bar;

          gsk_rounded_rect_init_from_rect (&bar, &GRAPHENE_RECT_INIT (left, y + 2, MAX (right - left, 1), MARKER_HEIGHT - 4),
                                           (MARKER_HEIGHT - 4) / 2.0);
          gtk_snapshot_push_rounded_clip (snapshot, &bar);
          gtk_snapshot_append_color (snapshot, &accent, &bar.bounds);
          gtk_snapshot_pop (snapshot);
        }
    }
}

static void
dossier_timeline_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  DossierTimeline *self = DOSSIER_TIMELINE (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GdkRGBA color;
  GdkRGBA faint;
  GtkWidget *focused = NULL;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  faint = color;
  faint.alpha = 0.12;

  snapshot_axis (self, snapshot, width, height, &color, &faint);
  snapshot_marks (self, snapshot, width, height, &faint);

  /* Children; the marker focused last, its whole title over the rest. */
  if (self->focused >= 0 && (guint) self->focused < self->markers->len)
    focused = g_ptr_array_index (self->markers, self->focused);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (child != focused && !GTK_IS_POPOVER (child))
      gtk_widget_snapshot_child (widget, child, snapshot);
  if (focused != NULL)
    gtk_widget_snapshot_child (widget, focused, snapshot);
}

/* Going places. */

static void
moved (DossierTimeline *self)
{
  self->view_moved = TRUE;
  queue_layout (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The nearest event before the view (@step -1) or after it (+1) brought
 * into it, a quarter of the width from that edge, at the same zoom. */
static void
go_to_edge (DossierTimeline *self,
            int              step)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  gboolean found = FALSE;
  double target = 0;

  ensure_scale (self);
  for (guint i = 0; i < self->first_days->len; i++)
    {
      double left, right;

      mark_extent (self, i, &left, &right);
      if (step < 0 && right < 0 && (!found || right > target))
        target = right, found = TRUE;
      if (step > 0 && left > width && (!found || left < target))
        target = left, found = TRUE;
    }
  if (!found)
    return;
  self->scale.first_day = dossier_timeline_scale_day_for_x (&self->scale, target) -
                          (step < 0 ? 0.25 : 0.75) * width / self->scale.pixels_per_day;
  moved (self);
}

static void
on_edge_clicked (GtkButton       *button,
                 DossierTimeline *self)
{
  go_to_edge (self, GTK_WIDGET (button) == self->earlier_button ? -1 : 1);
}

static void
on_cluster_event_clicked (GtkButton       *button,
                          DossierTimeline *self)
{
  guint position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "position"));

  g_clear_pointer (&self->cluster_popover, gtk_widget_unparent);
  if (self->events != NULL && position < self->markers->len)
    {
      set_focused (self, (int) position);
      gtk_widget_grab_focus (get_marker (self, position));
      dossier_timeline_activate_event (self, position);
    }
}

/* A list of the events of a "+N" where zooming in no further opens it. */
static void
list_cluster (DossierTimeline          *self,
              GtkWidget                *badge,
              const DossierLaneCluster *cluster)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  g_clear_pointer (&self->cluster_popover, gtk_widget_unparent);
  for (guint k = cluster->first; k <= cluster->last; k++)
    {
      guint position = g_array_index (self->item_events, guint, k);
      g_autoptr(DossierEvent) event = NULL;
      g_autofree char *label = NULL;
      GtkWidget *button, *text;

      if (g_array_index (self->items, DossierLaneItem, k).placed)
        continue;
      event = g_list_model_get_item (self->events, position);
      label = describe_event (event);
      text = gtk_label_new (label);
      gtk_label_set_wrap (GTK_LABEL (text), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (text), 60);
      gtk_label_set_xalign (GTK_LABEL (text), 0);
      button = gtk_button_new ();
      gtk_button_set_child (GTK_BUTTON (button), text);
      gtk_widget_add_css_class (button, "flat");
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      g_object_set_data (G_OBJECT (button), "position", GUINT_TO_POINTER (position));
      g_signal_connect (button, "clicked", G_CALLBACK (on_cluster_event_clicked), self);
      gtk_box_append (GTK_BOX (box), button);
    }
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 400);
  self->cluster_popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (self->cluster_popover), scrolled);
  gtk_widget_set_parent (self->cluster_popover, GTK_WIDGET (self));
  {
    graphene_point_t point;

    if (gtk_widget_compute_point (badge, GTK_WIDGET (self), &GRAPHENE_POINT_INIT (gtk_widget_get_width (badge) / 2.0, 0), &point))
      gtk_popover_set_pointing_to (GTK_POPOVER (self->cluster_popover),
                                   &(GdkRectangle) { (int) point.x, (int) point.y, 1, 1 });
  }
  gtk_popover_popup (GTK_POPOVER (self->cluster_popover));
}

/* A "+N" opens by zooming in on its days; where the view is as close as
 * it goes, or its events share a day already shown wide, as a list. */
static void
on_badge_clicked (GtkButton       *button,
                  DossierTimeline *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "cluster"));
  const DossierLaneCluster *cluster;
  int first = G_MAXINT, last = G_MININT;
  double old_pixels = self->scale.pixels_per_day;

  if (index >= self->clusters->len)
    return;
  cluster = &g_array_index (self->clusters, DossierLaneCluster, index);
  for (guint k = cluster->first; k <= cluster->last; k++)
    {
      guint position = g_array_index (self->item_events, guint, k);

      first = MIN (first, g_array_index (self->first_days, int, position));
      last = MAX (last, g_array_index (self->last_days, int, position));
    }
  /* Some room around them, so that their titles find lanes. */
  {
    int width = MAX (gtk_widget_get_width (GTK_WIDGET (self)), 100);
    DossierTimelineScale wanted = dossier_timeline_scale_fit (first, last, width / 2.0);

    if (wanted.pixels_per_day <= old_pixels * 1.05)
      {
        list_cluster (self, GTK_WIDGET (button), cluster);
        return;
      }
    self->scale.pixels_per_day = wanted.pixels_per_day;
    self->scale.first_day = (first + last) / 2.0 - width / 2.0 / wanted.pixels_per_day;
    self->scale_set = TRUE;
    moved (self);
  }
}

static GtkWidget *
get_badge (DossierTimeline *self,
           guint            index)
{
  const DossierLaneCluster *cluster = &g_array_index (self->clusters, DossierLaneCluster, index);
  GtkWidget *badge;
  g_autofree char *label = NULL;
  g_autofree char *name = NULL;
  g_autofree char *from = NULL, *to = NULL;
  DossierDate first, last;

  while (self->badges->len <= index)
    {
      badge = gtk_button_new ();
      gtk_widget_add_css_class (badge, "cluster");
      g_signal_connect (badge, "clicked", G_CALLBACK (on_badge_clicked), self);
      /* Last in focus order: the arrow keys reach every event. */
      gtk_widget_insert_before (badge, GTK_WIDGET (self), NULL);
      g_ptr_array_add (self->badges, badge);
    }
  badge = g_ptr_array_index (self->badges, index);
  g_object_set_data (G_OBJECT (badge), "cluster", GUINT_TO_POINTER (index));

  label = g_strdup_printf ("+%u", cluster->count);
  if (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (badge)), label) != 0)
    gtk_button_set_label (GTK_BUTTON (badge), label);
  first = dossier_date_from_day_number (g_array_index (self->first_days, int,
                                                       g_array_index (self->item_events, guint, cluster->first)));
  last = dossier_date_from_day_number (g_array_index (self->last_days, int,
                                                      g_array_index (self->item_events, guint, cluster->last)));
  from = dossier_date_format_readable (&first);
  to = dossier_date_format_readable (&last);
  if (g_strcmp0 (from, to) == 0)
    /* Translators: a "+12" on the timeline, for a screen reader and its
     * tooltip: the events gathered there for want of room, and their day. */
    name = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more event on %s: zoom in to see it",
                                         "%u more events on %s: zoom in to see them", cluster->count),
                            cluster->count, from);
  else
    /* Translators: the same for events of several days: "12 more events
     * from 3 October 2024 to 9 October 2024: …". */
    name = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more event from %s to %s: zoom in to see it",
                                         "%u more events from %s to %s: zoom in to see them", cluster->count),
                            cluster->count, from, to);
  /* Told again only when it changes: this runs at every allocation, and
   * a tooltip set asks the display where the pointer is. */
  if (g_strcmp0 (g_object_get_data (G_OBJECT (badge), "name"), name) != 0)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (badge), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      gtk_widget_set_tooltip_text (badge, name);
      g_object_set_data_full (G_OBJECT (badge), "name", g_steal_pointer (&name), g_free);
    }
  return badge;
}

/* Input. */

static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           DossierTimeline          *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  double x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
  GdkEvent *event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (controller));
  double px, py;

  if (event != NULL && gdk_event_get_position (event, &px, &py))
    {
      graphene_point_t point;
      GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
      double nx, ny;

      gtk_native_get_surface_transform (native, &nx, &ny);
      if (gtk_widget_compute_point (GTK_WIDGET (native), GTK_WIDGET (self),
                                    &GRAPHENE_POINT_INIT (px - nx, py - ny), &point))
        x = point.x;
    }

  ensure_scale (self);
  if (state & GDK_CONTROL_MASK)
    dossier_timeline_scale_zoom (&self->scale, dy < 0 ? 1.25 : 0.8, x);
  else
    self->scale.first_day += (dx != 0 ? dx : dy) * 40.0 / self->scale.pixels_per_day;
  moved (self);
  return TRUE;
}

static void
on_drag_begin (GtkGestureDrag  *gesture,
               double           x,
               double           y,
               DossierTimeline *self)
{
  ensure_scale (self);
  self->drag_start_day = self->scale.first_day;
}

static void
on_drag_update (GtkGestureDrag  *gesture,
                double           offset_x,
                double           offset_y,
                DossierTimeline *self)
{
  self->scale.first_day = self->drag_start_day - offset_x / self->scale.pixels_per_day;
  moved (self);
}

/* Moves the focus to the event at @next, bringing it into view. */
static void
focus_event (DossierTimeline *self,
             guint            next)
{
  GtkWidget *marker = get_marker (self, next);
  double left, right;
  int width = gtk_widget_get_width (GTK_WIDGET (self));

  ensure_scale (self);
  mark_extent (self, next, &left, &right);
  if (left < 0 || right > width)
    {
      double day = g_array_index (self->first_days, int, next);

      self->scale.first_day = day - (width / 3.0) / self->scale.pixels_per_day;
      moved (self);
    }
  gtk_widget_grab_focus (marker);
}

/* Left and Right move between events in time order, Home and End to the
 * first and the last; Menu and Shift+F10 open the focused event's menu. */
static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                DossierTimeline       *self)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  guint current = 0, n = self->markers->len;
  gboolean found = focus != NULL && find_marker (self, focus, &current);

  if (n == 0 || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)))
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      /* The model is in date order, so positions are time order. */
      focus_event (self, !found ? n - 1 : current > 0 ? current - 1 : 0);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      focus_event (self, !found ? 0 : MIN (current + 1, n - 1));
      return TRUE;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      focus_event (self, 0);
      return TRUE;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      focus_event (self, n - 1);
      return TRUE;
    case GDK_KEY_Menu:
    case GDK_KEY_F10:
      if (!found || (keyval == GDK_KEY_F10 && !(state & GDK_SHIFT_MASK)))
        return FALSE;
      open_menu (self, current, -1, -1);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
on_source_clicked (GtkButton       *button,
                   DossierTimeline *self)
{
  DossierSourceRow *row = DOSSIER_SOURCE_ROW (gtk_button_get_child (button));
  g_autoptr(DossierEvent) event = g_object_ref (self->popover_event);

  g_signal_emit (self, signals[SOURCE_ACTIVATED], 0, event, dossier_source_row_get_passage (row));
  if (self->popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->popover));
}

/* Who says it, as the timeline names an article: its outlet, else its
 * headline, else its first words, else the file it came from. */
static char *
source_name (DossierArticle *article)
{
  if (dossier_article_get_outlet (article) != NULL)
    return g_strdup (dossier_article_get_outlet (article));
  return g_strdup (dossier_article_get_display_title (article));
}

/* GObject. */

static void
dossier_timeline_dispose (GObject *object)
{
  DossierTimeline *self = DOSSIER_TIMELINE (object);

  g_clear_handle_id (&self->notify_id, g_source_remove);
  g_clear_handle_id (&self->prepare_id, g_source_remove);
  close_popovers (self);
  g_clear_pointer (&self->menu, gtk_widget_unparent);
  if (self->markers != NULL)
    clear_markers (self);
  if (self->badges != NULL)
    {
      for (guint b = 0; b < self->badges->len; b++)
        gtk_widget_unparent (g_ptr_array_index (self->badges, b));
      g_ptr_array_set_size (self->badges, 0);
    }
  g_clear_pointer (&self->earlier_button, gtk_widget_unparent);
  g_clear_pointer (&self->later_button, gtk_widget_unparent);
  g_clear_pointer (&self->legend, gtk_widget_unparent);
  g_clear_pointer (&self->title_probe, gtk_widget_unparent);
  g_clear_object (&self->event_signals);
  g_clear_object (&self->events);
  g_clear_object (&self->article);
  G_OBJECT_CLASS (dossier_timeline_parent_class)->dispose (object);
}

static void
dossier_timeline_finalize (GObject *object)
{
  DossierTimeline *self = DOSSIER_TIMELINE (object);

  g_ptr_array_unref (self->markers);
  g_ptr_array_unref (self->badges);
  g_ptr_array_unref (self->titles);
  g_array_unref (self->first_days);
  g_array_unref (self->last_days);
  g_array_unref (self->n_outlets);
  g_array_unref (self->n_articles);
  g_array_unref (self->in_article);
  g_array_unref (self->title_widths);
  g_array_unref (self->items);
  g_array_unref (self->item_events);
  g_array_unref (self->item_of);
  g_array_unref (self->clusters);
  g_free (self->order);
  G_OBJECT_CLASS (dossier_timeline_parent_class)->finalize (object);
}

static void
dossier_timeline_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DossierTimeline *self = DOSSIER_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_EVENTS:
      g_value_set_object (value, self->events);
      break;
    case PROP_ARTICLE:
      g_value_set_object (value, self->article);
      break;
    case PROP_N_EARLIER:
      g_value_set_uint (value, self->n_earlier);
      break;
    case PROP_N_LATER:
      g_value_set_uint (value, self->n_later);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_timeline_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  DossierTimeline *self = DOSSIER_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_EVENTS:
      dossier_timeline_set_events (self, g_value_get_object (value));
      break;
    case PROP_ARTICLE:
      dossier_timeline_set_article (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Actions. */

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  dossier_timeline_zoom (DOSSIER_TIMELINE (widget), 1.5);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  dossier_timeline_zoom (DOSSIER_TIMELINE (widget), 1 / 1.5);
}

static void
show_all_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  dossier_timeline_show_all (DOSSIER_TIMELINE (widget));
}

static void
show_default_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  dossier_timeline_show_default (DOSSIER_TIMELINE (widget));
}

static void
go_earlier_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  go_to_edge (DOSSIER_TIMELINE (widget), -1);
}

static void
go_later_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  go_to_edge (DOSSIER_TIMELINE (widget), 1);
}

static void
dossier_timeline_class_init (DossierTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_timeline_dispose;
  object_class->finalize = dossier_timeline_finalize;
  object_class->get_property = dossier_timeline_get_property;
  object_class->set_property = dossier_timeline_set_property;

  widget_class->measure = dossier_timeline_measure;
  widget_class->size_allocate = dossier_timeline_size_allocate;
  widget_class->snapshot = dossier_timeline_snapshot;

  properties[PROP_EVENTS] = g_param_spec_object ("events", NULL, NULL, G_TYPE_LIST_MODEL,
                                                 G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                 G_PARAM_STATIC_STRINGS);
  properties[PROP_ARTICLE] = g_param_spec_object ("article", NULL, NULL, DOSSIER_TYPE_ARTICLE,
                                                  G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                  G_PARAM_STATIC_STRINGS);
  /* How many events lie wholly before and after the view. */
  properties[PROP_N_EARLIER] = g_param_spec_uint ("n-earlier", NULL, NULL, 0, G_MAXUINT, 0,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_LATER] = g_param_spec_uint ("n-later", NULL, NULL, 0, G_MAXUINT, 0,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DossierTimeline::source-activated:
   * @event: the event
   * @source: the DossierPassage of the source chosen: an article's sentence
   */
  signals[SOURCE_ACTIVATED] = g_signal_new ("source-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                            0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                                            DOSSIER_TYPE_EVENT, DOSSIER_TYPE_PASSAGE);

  gtk_widget_class_install_action (widget_class, "timeline.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "timeline.show-all", NULL, show_all_action);
  gtk_widget_class_install_action (widget_class, "timeline.show-default", NULL, show_default_action);
  gtk_widget_class_install_action (widget_class, "timeline.go-earlier", NULL, go_earlier_action);
  gtk_widget_class_install_action (widget_class, "timeline.go-later", NULL, go_later_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "timeline.show-default", NULL);

  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static GtkWidget *
legend_new (void)
{
  GtkWidget *legend = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  /* Translators: the timeline's legend: the dots' sizes, then how many
   * outlets each stands for ("1", "2", "3", "4+"). */
  GtkWidget *label = gtk_label_new (_("Outlets:"));

  gtk_widget_add_css_class (legend, "legend");
  gtk_widget_set_valign (legend, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (legend), label);
  for (guint n = 1; n <= 4; n++)
    {
      GtkWidget *dot = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      g_autofree char *count = n < 4 ? g_strdup_printf ("%u", n) : g_strdup_printf (C_("outlets", "%u+"), n);
      GtkWidget *number = gtk_label_new (count);

      gtk_widget_add_css_class (dot, "dot");
      if (n > 1)
        gtk_widget_add_css_class (dot, "corroborated");
      gtk_widget_set_size_request (dot, dot_size (n), dot_size (n));
      gtk_widget_set_valign (dot, GTK_ALIGN_CENTER);
      gtk_widget_set_margin_start (dot, 6);
      gtk_widget_add_css_class (number, "dim-label");
      gtk_box_append (GTK_BOX (legend), dot);
      gtk_box_append (GTK_BOX (legend), number);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (legend), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Legend: the larger a dot, the more outlets report its event (1, 2, 3, 4 or more)"),
                                  -1);
  return legend;
}

static void
dossier_timeline_init (DossierTimeline *self)
{
  GtkEventController *scroll;
  GtkGesture *drag;
  GtkEventController *key;

  self->markers = g_ptr_array_new ();
  self->badges = g_ptr_array_new ();
  self->titles = g_ptr_array_new_with_free_func (g_free);
  self->first_days = g_array_new (FALSE, FALSE, sizeof (int));
  self->last_days = g_array_new (FALSE, FALSE, sizeof (int));
  self->n_outlets = g_array_new (FALSE, FALSE, sizeof (guint));
  self->n_articles = g_array_new (FALSE, FALSE, sizeof (guint));
  self->in_article = g_array_new (FALSE, FALSE, sizeof (gboolean));
  self->title_widths = g_array_new (FALSE, FALSE, sizeof (double));
  self->items = g_array_new (FALSE, FALSE, sizeof (DossierLaneItem));
  self->item_events = g_array_new (FALSE, FALSE, sizeof (guint));
  self->item_of = g_array_new (FALSE, FALSE, sizeof (int));
  self->clusters = g_array_new (FALSE, FALSE, sizeof (DossierLaneCluster));
  self->focused = -1;
  self->popover_position = -1;
  self->menu_position = -1;
  self->scale.pixels_per_day = 20;
  self->event_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_object (self->event_signals, "items-changed", G_CALLBACK (on_items_changed), self,
                                 G_CONNECT_SWAPPED);

  /* In focus order: what lies before, the legend, what lies after; the
   * markers come after them, in time order. */
  self->earlier_button = gtk_button_new ();
  self->legend = legend_new ();
  self->later_button = gtk_button_new ();
  gtk_widget_add_css_class (self->earlier_button, "edge");
  gtk_widget_add_css_class (self->later_button, "edge");
  gtk_widget_add_css_class (self->earlier_button, "flat");
  gtk_widget_add_css_class (self->later_button, "flat");
  g_signal_connect (self->earlier_button, "clicked", G_CALLBACK (on_edge_clicked), self);
  g_signal_connect (self->later_button, "clicked", G_CALLBACK (on_edge_clicked), self);
  gtk_widget_set_parent (self->earlier_button, GTK_WIDGET (self));
  gtk_widget_set_parent (self->legend, GTK_WIDGET (self));
  /* A title's width as its marker will show it: in the font the markers'
   * style gives their titles, not the timeline's own. */
  {
    GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, GAP);
    GtkWidget *slot = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

    self->title_probe = gtk_button_new ();
    self->title_probe_label = gtk_label_new (NULL);
    gtk_widget_add_css_class (self->title_probe, "timeline-marker");
    gtk_widget_add_css_class (self->title_probe_label, "title");
    gtk_widget_set_size_request (slot, DOT_SLOT, -1);
    gtk_box_append (GTK_BOX (box), slot);
    gtk_box_append (GTK_BOX (box), self->title_probe_label);
    gtk_button_set_child (GTK_BUTTON (self->title_probe), box);
    gtk_widget_set_can_focus (self->title_probe, FALSE);
    gtk_widget_set_can_target (self->title_probe, FALSE);
    gtk_widget_set_child_visible (self->title_probe, FALSE);
    gtk_widget_set_parent (self->title_probe, GTK_WIDGET (self));
  }
  gtk_widget_set_parent (self->later_button, GTK_WIDGET (self));
  update_edge_buttons (self);

  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timeline of events"), -1);

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES |
                                            GTK_EVENT_CONTROLLER_SCROLL_DISCRETE);
  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  drag = gtk_gesture_drag_new ();
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  key = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  g_signal_connect (key, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
}

/* Public API. */

GtkWidget *
dossier_timeline_new (void)
{
  return g_object_new (DOSSIER_TYPE_TIMELINE, NULL);
}

GListModel *
dossier_timeline_get_events (DossierTimeline *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE (self), NULL);
  return self->events;
}

void
dossier_timeline_set_events (DossierTimeline *self,
                             GListModel      *events)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE (self));
  g_return_if_fail (events == NULL || G_IS_LIST_MODEL (events));

  if (!g_set_object (&self->events, events))
    return;
  g_signal_group_set_target (self->event_signals, events);
  rebuild (self);
  self->scale_set = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENTS]);
}

DossierArticle *
dossier_timeline_get_article (DossierTimeline *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE (self), NULL);
  return self->article;
}

void
dossier_timeline_set_article (DossierTimeline *self,
                              DossierArticle  *article)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE (self));
  g_return_if_fail (article == NULL || DOSSIER_IS_ARTICLE (article));

  if (!g_set_object (&self->article, article))
    return;
  if (self->events != NULL)
    update_in_article (self);
  queue_layout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);
}

void
dossier_timeline_zoom (DossierTimeline *self,
                       double           factor)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE (self));

  ensure_scale (self);
  dossier_timeline_scale_zoom (&self->scale, factor, gtk_widget_get_width (GTK_WIDGET (self)) / 2.0);
  moved (self);
}

void
dossier_timeline_pan (DossierTimeline *self,
                      double           pixels)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE (self));

  ensure_scale (self);
  self->scale.first_day += pixels / self->scale.pixels_per_day;
  moved (self);
}

void
dossier_timeline_show_default (DossierTimeline *self)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE (self));

  self->want_all = FALSE;
  self->scale_set = FALSE;
  moved (self);
}

void
dossier_timeline_show_all (DossierTimeline *self)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE (self));

  self->want_all = TRUE;
  self->scale_set = FALSE;
  moved (self);
}

void
dossier_timeline_activate_event (DossierTimeline *self,
                                 guint            position)
{
  g_autoptr(DossierEvent) event = NULL;
  g_autoptr(GListModel) sources = NULL;
  GtkWidget *box, *heading, *counts, *marker, *compare;
  g_autofree char *when = NULL;
  g_autofree char *title = NULL;
  g_autofree char *reported = NULL;

  g_return_if_fail (DOSSIER_IS_TIMELINE (self));
  g_return_if_fail (self->events != NULL && position < self->markers->len);

  event = g_list_model_get_item (self->events, position);
  marker = get_marker (self, position);

  g_clear_pointer (&self->popover, gtk_widget_unparent);
  g_set_object (&self->popover_event, event);
  self->popover_position = (int) position;
  self->popover = gtk_popover_new ();
  gtk_widget_set_parent (self->popover, marker);
  gtk_widget_add_css_class (self->popover, "event-sources");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  when = dossier_date_format_readable (dossier_event_get_calendar_date (event));
  title = g_strdup_printf ("%s — %s", when, dossier_event_get_summary (event));
  heading = gtk_label_new (title);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (heading), 60);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);
  /* Corroboration in articles and outlets, never in sentences. */
  reported = dossier_event_reports_dup_event_counts (event);
  counts = gtk_label_new (reported);
  gtk_label_set_xalign (GTK_LABEL (counts), 0);
  gtk_widget_add_css_class (counts, "dim-label");
  gtk_box_append (GTK_BOX (box), counts);

  sources = dossier_event_list_sources (event);
  for (guint s = 0; s < g_list_model_get_n_items (sources); s++)
    {
      g_autoptr(DossierPassage) source = g_list_model_get_item (sources, s);
      g_autofree char *name = source_name (dossier_passage_get_article (source));
      g_autofree char *sentence = dossier_passage_dup_words (source);
      g_autofree char *accessible = g_strdup_printf ("%s: %s", name, sentence);
      GtkWidget *button = gtk_button_new ();

      gtk_button_set_child (GTK_BUTTON (button), dossier_source_row_new (source, name, FALSE));
      /* A button with a custom child names itself by its type for screen
       * readers unless told otherwise. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
      gtk_widget_add_css_class (button, "flat");
      g_signal_connect (button, "clicked", G_CALLBACK (on_source_clicked), self);
      gtk_box_append (GTK_BOX (box), button);
    }
  compare = gtk_button_new_with_label (_("What Each Outlet Says"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (compare), "pane.compare-event");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (compare), g_variant_new_string (dossier_event_get_id (event)));
  gtk_widget_set_halign (compare, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (box), compare);

  gtk_popover_set_child (GTK_POPOVER (self->popover), box);
  gtk_popover_popup (GTK_POPOVER (self->popover));
}

void
dossier_timeline_get_visible_days (DossierTimeline *self,
                                   double          *first_day,
                                   double          *last_day)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE (self));

  /* Events that came after the last allocation are shown from the next
   * one: answer with the range they will be shown in. */
  if (!self->scale_set && gtk_widget_get_width (GTK_WIDGET (self)) > 0)
    fit (self, gtk_widget_get_width (GTK_WIDGET (self)));
  if (first_day)
    *first_day = dossier_timeline_scale_day_for_x (&self->scale, 0);
  if (last_day)
    *last_day = dossier_timeline_scale_day_for_x (&self->scale, gtk_widget_get_width (GTK_WIDGET (self)));
}

guint
dossier_timeline_get_n_earlier (DossierTimeline *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE (self), 0);
  return self->n_earlier;
}

guint
dossier_timeline_get_n_later (DossierTimeline *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE (self), 0);
  return self->n_later;
}

GtkWidget *
dossier_timeline_get_marker (DossierTimeline *self,
                             guint            position)
{
  GtkWidget *marker;

  g_return_val_if_fail (DOSSIER_IS_TIMELINE (self), NULL);

  if (position >= self->markers->len)
    return NULL;
  marker = g_ptr_array_index (self->markers, position);
  return marker != NULL && gtk_widget_get_child_visible (marker) ? marker : NULL;
}
