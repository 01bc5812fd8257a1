/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Markers are real child widgets (buttons), so focus, keyboard activation,
 * tooltips and the accessibility tree come from GTK; the axis and its
 * labels are drawn in snapshot.  All arithmetic is in
 * dossier-timeline-layout.c. */

#include "config.h"

#include "dossier-timeline.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dossier-source-row.h"
#include "dossier-timeline-layout.h"

#define AXIS_HEIGHT 34
#define ROW_HEIGHT 22
#define MARKER_MIN 12
#define MARKER_MAX 22

struct _DossierTimeline
{
  GtkWidget parent_instance;

  GListModel *events;
  GSignalGroup *event_signals;  /* of the events shown */
  GPtrArray *markers;        /* of GtkWidget*, one per event, in model order */
  GArray *first_days;        /* of int, per event */
  GArray *last_days;
  GArray *hidden;            /* of gboolean, per event: under the top row at the last allocation */
  DossierTimelineScale scale;
  gboolean scale_set;        /* FALSE until the first allocation fits it */
  gboolean want_all;
  double drag_start_day;
  GtkWidget *popover;
  DossierEvent *popover_event;  /* whose sources the popover lists */
  guint build_id;            /* markers still being made */
  guint next_to_build;
};

enum {
  PROP_0,
  PROP_EVENTS,
  N_PROPS
};

enum {
  SOURCE_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (DossierTimeline, dossier_timeline, GTK_TYPE_WIDGET)


static void
on_marker_clicked (GtkButton       *button,
                   DossierTimeline *self)
{
  guint position;

  if (g_ptr_array_find (self->markers, button, &position))
    dossier_timeline_activate_event (self, position);
}

/* "16 October 2024: Zelensky presents his plan (3 sources)" */
static char *
describe_event (DossierEvent *event)
{
  g_autofree char *when = dossier_date_format_readable (dossier_event_get_calendar_date (event));
  guint sources = dossier_event_get_n_sources (event);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %s (%u source)", "%s: %s (%u sources)", sources),
                          when, dossier_event_get_summary (event), sources);
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

  if (self->events == NULL || !g_ptr_array_find (self->markers, marker, &position))
    return FALSE;
  event = g_list_model_get_item (self->events, position);
  label = describe_event (event);
  gtk_tooltip_set_text (tooltip, label);
  return TRUE;
}

static void
clear_markers (DossierTimeline *self)
{
  g_clear_handle_id (&self->build_id, g_source_remove);
  for (guint i = 0; i < self->markers->len; i++)
    if (g_ptr_array_index (self->markers, i) != NULL)
      gtk_widget_unparent (g_ptr_array_index (self->markers, i));
  g_ptr_array_set_size (self->markers, 0);
  g_array_set_size (self->first_days, 0);
  g_array_set_size (self->last_days, 0);
  g_array_set_size (self->hidden, 0);
}

static GtkWidget *
create_marker (DossierTimeline *self,
               guint            position)
{
  g_autoptr(DossierEvent) event = g_list_model_get_item (self->events, position);
  GtkWidget *marker = gtk_button_new ();
  guint sources = dossier_event_get_n_sources (event);
  g_autofree char *label = describe_event (event);
  int size = MIN (MARKER_MIN + 3 * (int) (sources > 0 ? sources - 1 : 0), MARKER_MAX);

  gtk_widget_add_css_class (marker, "timeline-marker");
  if (g_array_index (self->first_days, int, position) != g_array_index (self->last_days, int, position))
    gtk_widget_add_css_class (marker, "span");
  if (sources > 1)
    gtk_widget_add_css_class (marker, "corroborated");
  gtk_widget_set_size_request (marker, size, size);
  /* The tooltip is given when asked for: gtk_widget_set_tooltip_text ()
   * asks the display where the pointer is, a round trip to the X server
   * for each of thousands of markers. */
  gtk_widget_set_has_tooltip (marker, TRUE);
  g_signal_connect (marker, "query-tooltip", G_CALLBACK (on_marker_query_tooltip), self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (marker), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_signal_connect (marker, "clicked", G_CALLBACK (on_marker_clicked), self);
  /* Children in model order, so focus moves through them in time order. */
  {
    GtkWidget *previous = NULL;
    for (guint k = position; k > 0 && previous == NULL; k--)
      previous = g_ptr_array_index (self->markers, k - 1);
    gtk_widget_insert_after (marker, GTK_WIDGET (self), previous);
  }
  g_ptr_array_index (self->markers, position) = marker;
  return marker;
}

static GtkWidget *
get_marker (DossierTimeline *self,
            guint            position)
{
  GtkWidget *marker = g_ptr_array_index (self->markers, position);

  return marker != NULL ? marker : create_marker (self, position);
}

/* Thousands of events would take the main loop too long to turn into
 * widgets at once: they are made a few milliseconds' worth at a time. */
static gboolean
build_some_markers (gpointer user_data)
{
  DossierTimeline *self = user_data;
  gint64 deadline = g_get_monotonic_time () + 6000;

  while (self->next_to_build < self->markers->len && g_get_monotonic_time () < deadline)
    {
      guint i = self->next_to_build++;

      /* A marker under the top row would not be shown (see
       * dossier_timeline_size_allocate ()), and is made when it would. */
      if (g_ptr_array_index (self->markers, i) == NULL &&
          !(i < self->hidden->len && g_array_index (self->hidden, gboolean, i)))
        create_marker (self, i);
    }
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  if (self->next_to_build < self->markers->len)
    return G_SOURCE_CONTINUE;
  self->build_id = 0;
  return G_SOURCE_REMOVE;
}

static void
rebuild (DossierTimeline *self)
{
  guint n;

  g_clear_pointer (&self->popover, gtk_widget_unparent);
  g_clear_object (&self->popover_event);
  clear_markers (self);
  if (self->events == NULL)
    return;

  n = g_list_model_get_n_items (self->events);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DossierEvent) event = g_list_model_get_item (self->events, i);
      int first, last;

      dossier_date_get_span (dossier_event_get_calendar_date (event), &first, &last);
      g_array_append_val (self->first_days, first);
      g_array_append_val (self->last_days, last);
    }
  g_ptr_array_set_size (self->markers, n);
  self->next_to_build = 0;
  if (n > 0)
    self->build_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, build_some_markers, self, NULL);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
on_items_changed (DossierTimeline *self,
                  guint            position,
                  guint            removed,
                  guint            added,
                  GListModel      *model)
{
  rebuild (self);
  self->scale_set = FALSE;
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
      *minimum = AXIS_HEIGHT + 3 * ROW_HEIGHT + 8;
      *natural = AXIS_HEIGHT + 5 * ROW_HEIGHT + 8;
    }
}

static void
dossier_timeline_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  DossierTimeline *self = DOSSIER_TIMELINE (widget);
  guint n = self->markers->len;
  g_autofree DossierTimelineSlot *slots = g_new0 (DossierTimelineSlot, MAX (n, 1));

  guint first_missing = n;

  if (!self->scale_set)
    fit (self, width);

  dossier_timeline_layout (&self->scale, (const int *) self->first_days->data,
                           (const int *) self->last_days->data, n, MARKER_MAX, 3, slots);
  g_array_set_size (self->hidden, n);

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *marker = g_ptr_array_index (self->markers, i);
      int marker_width, marker_height, unused;
      int y = height - AXIS_HEIGHT - (int) (slots[i].row + 1) * ROW_HEIGHT;
      GtkAllocation allocation;
      gboolean span;

      /* Rows above the widget's height are folded onto the top row (below):
       * the first of them shows there, the rest would only be drawn under
       * it.  They are neither made nor drawn, which keeps a day of
       * thousands of events (a row each) cheap. */
      g_array_index (self->hidden, gboolean, i) = y < -ROW_HEIGHT;
      if (y < -ROW_HEIGHT)
        {
          if (marker != NULL)
            gtk_widget_set_child_visible (marker, FALSE);
          continue;
        }
      /* Not made yet (see build_some_markers ()). */
      if (marker == NULL)
        {
          first_missing = MIN (first_missing, i);
          continue;
        }
      span = gtk_widget_has_css_class (marker, "span");

      gtk_widget_measure (marker, GTK_ORIENTATION_HORIZONTAL, -1, &marker_width, &unused, NULL, NULL);
      gtk_widget_measure (marker, GTK_ORIENTATION_VERTICAL, -1, &marker_height, &unused, NULL, NULL);
      allocation.width = span ? MAX ((int) slots[i].width, marker_width) : marker_width;
      allocation.height = MIN (marker_height, ROW_HEIGHT - 2);
      allocation.x = (int) (slots[i].x + slots[i].width / 2 - allocation.width / 2.0);
      allocation.y = y + (ROW_HEIGHT - allocation.height) / 2;
      /* Rows above the widget's height are folded onto the top row. */
      allocation.y = MAX (allocation.y, 2);
      gtk_widget_set_child_visible (marker, allocation.x + allocation.width >= 0 && allocation.x <= width);
      gtk_widget_size_allocate (marker, &allocation, -1);
    }

  /* A taller widget shows rows that were hidden: their markers are made. */
  if (first_missing < n && self->build_id == 0)
    {
      self->next_to_build = first_missing;
      self->build_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, build_some_markers, self, NULL);
    }

  if (self->popover != NULL)
    gtk_popover_present (GTK_POPOVER (self->popover));
}

static void
dossier_timeline_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  DossierTimeline *self = DOSSIER_TIMELINE (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int axis_y = height - AXIS_HEIGHT;
  g_autoptr(GArray) ticks = NULL;
  GdkRGBA color;
  GdkRGBA faint;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  faint = color;
  faint.alpha = 0.12;

  /* The axis. */
  gtk_snapshot_append_color (snapshot, &color, &GRAPHENE_RECT_INIT (0, axis_y, width, 1));

  ticks = dossier_timeline_ticks (&self->scale, width);
  {
    g_autoptr(GArray) taken = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));

    /* Two passes: month and year names first, then the days around them,
     * leaving out any label that would overlap one already drawn. */
    for (int pass = 0; pass < 2; pass++)
      for (guint i = 0; i < ticks->len; i++)
        {
          DossierTimelineTick *tick = &g_array_index (ticks, DossierTimelineTick, i);
          double x = dossier_timeline_scale_x_for_day (&self->scale, tick->day - (tick->kind == DOSSIER_TIMELINE_TICK_DAY ? 0 : 0.5));
          PangoLayout *layout;
          int label_width, label_height;
          graphene_rect_t rect;
          gboolean free_space = TRUE;

          if ((pass == 0) != tick->major)
            continue;
          if (tick->major)
            gtk_snapshot_append_color (snapshot, &faint, &GRAPHENE_RECT_INIT (x, 0, 1, axis_y));
          gtk_snapshot_append_color (snapshot, &color, &GRAPHENE_RECT_INIT (x, axis_y, 1, tick->major ? 8 : 4));

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
              gtk_snapshot_append_layout (snapshot, layout, &color);
              gtk_snapshot_restore (snapshot);
              g_array_append_val (taken, rect);
            }
          g_object_unref (layout);
        }
  }

  for (guint i = 0; i < self->markers->len; i++)
    if (g_ptr_array_index (self->markers, i) != NULL)
      gtk_widget_snapshot_child (widget, g_ptr_array_index (self->markers, i), snapshot);
}

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

  if (state & GDK_CONTROL_MASK)
    dossier_timeline_scale_zoom (&self->scale, dy < 0 ? 1.25 : 0.8, x);
  else
    self->scale.first_day += (dx != 0 ? dx : dy) * 40.0 / self->scale.pixels_per_day;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

static void
on_drag_begin (GtkGestureDrag  *gesture,
               double           x,
               double           y,
               DossierTimeline *self)
{
  self->drag_start_day = self->scale.first_day;
}

static void
on_drag_update (GtkGestureDrag  *gesture,
                double           offset_x,
                double           offset_y,
                DossierTimeline *self)
{
  self->scale.first_day = self->drag_start_day - offset_x / self->scale.pixels_per_day;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Left and Right move between events in time order. */
static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                DossierTimeline       *self)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  guint current = 0, next;
  gboolean found;
  int step;

  if (keyval == GDK_KEY_Left || keyval == GDK_KEY_KP_Left)
    step = -1;
  else if (keyval == GDK_KEY_Right || keyval == GDK_KEY_KP_Right)
    step = 1;
  else
    return FALSE;
  if (self->markers->len == 0)
    return FALSE;

  found = focus != NULL && g_ptr_array_find (self->markers, focus, &current);
  /* The model is in date order, so positions are time order. */
  if (!found)
    next = step > 0 ? 0 : self->markers->len - 1;
  else if (step < 0 && current == 0)
    next = 0;
  else
    next = MIN (current + step, self->markers->len - 1);

  {
    GtkWidget *marker = get_marker (self, next);
    double center = dossier_timeline_scale_x_for_day (&self->scale, g_array_index (self->first_days, int, next));
    int width = gtk_widget_get_width (GTK_WIDGET (self));
    /* Keep the focused event in view. */
    if (center < 20 || center > width - 20)
      {
        self->scale.first_day = g_array_index (self->first_days, int, next) - (width / 2.0) / self->scale.pixels_per_day;
        gtk_widget_queue_allocate (GTK_WIDGET (self));
      }
    gtk_widget_grab_focus (marker);
  }
  return TRUE;
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

static void
dossier_timeline_dispose (GObject *object)
{
  DossierTimeline *self = DOSSIER_TIMELINE (object);

  g_clear_pointer (&self->popover, gtk_widget_unparent);
  g_clear_object (&self->popover_event);
  if (self->markers != NULL)
    clear_markers (self);
  g_clear_object (&self->event_signals);
  g_clear_object (&self->events);
  G_OBJECT_CLASS (dossier_timeline_parent_class)->dispose (object);
}

static void
dossier_timeline_finalize (GObject *object)
{
  DossierTimeline *self = DOSSIER_TIMELINE (object);

  g_ptr_array_unref (self->markers);
  g_array_unref (self->first_days);
  g_array_unref (self->hidden);
  g_array_unref (self->last_days);
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
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

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
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "timeline.show-default", NULL);

  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
dossier_timeline_init (DossierTimeline *self)
{
  GtkEventController *scroll;
  GtkGesture *drag;
  GtkEventController *key;

  self->markers = g_ptr_array_new ();
  self->first_days = g_array_new (FALSE, FALSE, sizeof (int));
  self->hidden = g_array_new (FALSE, FALSE, sizeof (gboolean));
  self->last_days = g_array_new (FALSE, FALSE, sizeof (int));
  self->scale.pixels_per_day = 20;
  self->event_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_object (self->event_signals, "items-changed", G_CALLBACK (on_items_changed), self,
                                 G_CONNECT_SWAPPED);

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

void
dossier_timeline_zoom (DossierTimeline *self,
                       double           factor)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE (self));

  dossier_timeline_scale_zoom (&self->scale, factor, gtk_widget_get_width (GTK_WIDGET (self)) / 2.0);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
dossier_timeline_show_default (DossierTimeline *self)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE (self));

  self->want_all = FALSE;
  self->scale_set = FALSE;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
dossier_timeline_show_all (DossierTimeline *self)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE (self));

  self->want_all = TRUE;
  self->scale_set = FALSE;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Who says it, as the timeline names an article: its outlet, else its
 * headline, else its first words, else the file it came from. */
static char *
source_name (DossierArticle *article)
{
  if (dossier_article_get_outlet (article) != NULL || dossier_article_get_title (article) != NULL)
    return g_strdup (dossier_article_get_outlet (article) ? dossier_article_get_outlet (article)
                                                          : dossier_article_get_title (article));
  if (dossier_article_get_n_paragraphs (article) > 0)
    {
      const char *lead = dossier_article_get_paragraph_text (article, 0);
      const char *cut = g_utf8_offset_to_pointer (lead, MIN (g_utf8_strlen (lead, -1), 60));

      return g_strdup_printf ("%.*s%s", (int) (cut - lead), lead, *cut ? "…" : "");
    }
  return g_strdup (dossier_article_get_source (article));
}

void
dossier_timeline_activate_event (DossierTimeline *self,
                                 guint            position)
{
  g_autoptr(DossierEvent) event = NULL;
  g_autoptr(GListModel) sources = NULL;
  GtkWidget *box, *heading, *marker;
  g_autofree char *when = NULL;
  g_autofree char *title = NULL;

  g_return_if_fail (DOSSIER_IS_TIMELINE (self));
  g_return_if_fail (self->events != NULL && position < self->markers->len);

  event = g_list_model_get_item (self->events, position);
  marker = get_marker (self, position);

  g_clear_pointer (&self->popover, gtk_widget_unparent);
  g_set_object (&self->popover_event, event);
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
