/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Markers are real child widgets (buttons holding a dot and a title), so
 * focus, keyboard activation, tooltips and the accessibility tree come
 * from GTK; the axis, the bars of events dated by their month or year and
 * the lines from markers down to their day are drawn in snapshot.  The
 * arithmetic of the axis is dossier-timeline-layout.c's, where titles go
 * dossier-timeline-lanes.c's.  A marker is made only when its event finds
 * a lane: a day of thousands of events makes a few markers and one "+N".
 *
 * The widget is written in several files; dossier-timeline-private.h says
 * which holds what.  This one is the widget itself: its properties and
 * signal, its actions, its allocation and its public API. */

#include "config.h"

#include "dossier-timeline.h"
#include "dossier-timeline-private.h"

#include <glib/gi18n.h>
#include <math.h>

enum {
  PROP_0,
  PROP_EVENTS,
  PROP_ARTICLE,
  PROP_N_EARLIER,
  PROP_N_LATER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (DossierTimeline, dossier_timeline, GTK_TYPE_WIDGET)

/* Allocation. */

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
 * (prepare_widgets () in dossier-timeline-markers.c). */
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

  allocation.y = _dossier_timeline_lane_y (height, item->lane);
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

static void
dossier_timeline_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  DossierTimeline *self = DOSSIER_TIMELINE (widget);
  guint n = self->markers->len;
  guint n_earlier = 0, n_later = 0;

  _dossier_timeline_compute_layout (self, width, height, &n_earlier, &n_later);
  /* Widgets this layout needs that are not made yet (the view moved, or
   * its size changed) are made just after, and shown then. */
  if (!_dossier_timeline_widgets_ready (self) && self->prepare_id == 0)
    self->prepare_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, _dossier_timeline_prepare_later, self, NULL);

  /* Markers: those with a lane shown, the others out of sight. */
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *marker = g_ptr_array_index (self->markers, i);
      const DossierLaneItem *item = _dossier_timeline_placed_item (self, i);

      if (marker == NULL)
        continue;
      if (item != NULL)
        allocate_marker (self, i, item, width, height);
      else
        gtk_widget_set_child_visible (marker, FALSE);
    }
  if (self->n_made > MANY_MARKERS && self->cleanup_id == 0)
    self->cleanup_id = g_idle_add (_dossier_timeline_drop_unshown_markers, self);

  /* "+N" badges. */
  for (guint c = 0; c < self->badges->len; c++)
    {
      GtkWidget *badge = g_ptr_array_index (self->badges, c);

      if (c < self->clusters->len && _dossier_timeline_badge_ready (self, c))
        {
          const DossierLaneCluster *cluster = &g_array_index (self->clusters, DossierLaneCluster, c);
          int minimum, natural;
          GtkAllocation allocation;

          g_object_set_data (G_OBJECT (badge), "cluster", GUINT_TO_POINTER (c));
          gtk_widget_measure (badge, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
          allocation.width = natural;
          allocation.height = CLUSTER_ROW - 4;
          allocation.x = CLAMP ((int) (cluster->x - natural / 2.0), 0, MAX (width - natural, 0));
          allocation.y = _dossier_timeline_lanes_bottom (height) + 2;
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
        self->notify_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, notify_edges, self, NULL);
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

  _dossier_timeline_snapshot_axis (self, snapshot, width, height, &color, &faint);
  _dossier_timeline_snapshot_marks (self, snapshot, width, height, &faint);

  /* Children; the marker focused last, its whole title over the rest. */
  if (self->focused >= 0 && (guint) self->focused < self->markers->len)
    focused = g_ptr_array_index (self->markers, self->focused);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (child != focused && !GTK_IS_POPOVER (child))
      gtk_widget_snapshot_child (widget, child, snapshot);
  if (focused != NULL)
    gtk_widget_snapshot_child (widget, focused, snapshot);
}

/* GObject. */

static void
dossier_timeline_dispose (GObject *object)
{
  DossierTimeline *self = DOSSIER_TIMELINE (object);

  g_clear_handle_id (&self->notify_id, g_source_remove);
  g_clear_handle_id (&self->prepare_id, g_source_remove);
  _dossier_timeline_close_popovers (self);
  g_clear_pointer (&self->menu, gtk_widget_unparent);
  if (self->markers != NULL)
    _dossier_timeline_clear_markers (self);
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
  g_ptr_array_unref (self->event_items);
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
  _dossier_timeline_go_to_edge (DOSSIER_TIMELINE (widget), -1);
}

static void
go_later_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  _dossier_timeline_go_to_edge (DOSSIER_TIMELINE (widget), 1);
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
  g_signal_new ("source-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
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
      gtk_widget_set_size_request (dot, _dossier_timeline_dot_size (n), _dossier_timeline_dot_size (n));
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
  self->event_items = g_ptr_array_new_with_free_func (g_object_unref);
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
  g_signal_group_connect_object (self->event_signals, "items-changed", G_CALLBACK (_dossier_timeline_on_items_changed), self,
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
  g_signal_connect (self->earlier_button, "clicked", G_CALLBACK (_dossier_timeline_on_edge_clicked), self);
  g_signal_connect (self->later_button, "clicked", G_CALLBACK (_dossier_timeline_on_edge_clicked), self);
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
  g_signal_connect (scroll, "scroll", G_CALLBACK (_dossier_timeline_on_scroll), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  drag = gtk_gesture_drag_new ();
  g_signal_connect (drag, "drag-begin", G_CALLBACK (_dossier_timeline_on_drag_begin), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (_dossier_timeline_on_drag_update), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  key = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  g_signal_connect (key, "key-pressed", G_CALLBACK (_dossier_timeline_on_key_pressed), self);
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
  _dossier_timeline_rebuild (self);
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
    _dossier_timeline_update_in_article (self);
  _dossier_timeline_queue_layout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);
}

void
dossier_timeline_zoom (DossierTimeline *self,
                       double           factor)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE (self));

  _dossier_timeline_ensure_scale (self);
  dossier_timeline_scale_zoom (&self->scale, factor, gtk_widget_get_width (GTK_WIDGET (self)) / 2.0);
  _dossier_timeline_moved (self);
}

void
dossier_timeline_pan (DossierTimeline *self,
                      double           pixels)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE (self));

  _dossier_timeline_ensure_scale (self);
  self->scale.first_day += pixels / self->scale.pixels_per_day;
  _dossier_timeline_moved (self);
}

void
dossier_timeline_show_default (DossierTimeline *self)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE (self));

  self->want_all = FALSE;
  self->scale_set = FALSE;
  _dossier_timeline_moved (self);
}

void
dossier_timeline_show_all (DossierTimeline *self)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE (self));

  self->want_all = TRUE;
  self->scale_set = FALSE;
  _dossier_timeline_moved (self);
}

void
dossier_timeline_activate_event (DossierTimeline *self,
                                 guint            position)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE (self));
  g_return_if_fail (self->events != NULL && position < self->markers->len);

  _dossier_timeline_open_sources (self, position);
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
    _dossier_timeline_fit (self, gtk_widget_get_width (GTK_WIDGET (self)));
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
