/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The timeline's children: a marker (a button holding a dot and a short
 * title) for each event that finds a lane, and the "+N" badges of those
 * gathered for want of room.  They are made when the layout needs them,
 * never while the timeline is being allocated, and dropped once many are
 * out of sight.  What opens from them is here too: an event's menu, the
 * popover of its sources, the list of a "+N" that zooming cannot open. */

#include "config.h"

#include "dossier-timeline.h"
#include "dossier-timeline-private.h"

#include <glib/gi18n.h>

#include "dossier-event-menu.h"
#include "dossier-event-reports.h"
#include "dossier-source-row.h"


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

/* Markers. */

gboolean
_dossier_timeline_find_marker (DossierTimeline *self,
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

  if (_dossier_timeline_find_marker (self, GTK_WIDGET (button), &position))
    _dossier_timeline_open_sources (self, position);
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

  if (self->events == NULL || !_dossier_timeline_find_marker (self, marker, &position))
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

      gtk_label_set_text (marker_title (marker), _dossier_timeline_get_title (self, self->focused));
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
  _dossier_timeline_queue_layout (self);
}

static void
on_marker_focus_enter (GtkEventControllerFocus *controller,
                       DossierTimeline         *self)
{
  guint position;

  if (_dossier_timeline_find_marker (self, gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)),
                                     &position))
    set_focused (self, (int) position);
}

static void
on_marker_focus_leave (GtkEventControllerFocus *controller,
                       DossierTimeline         *self)
{
  guint position;

  if (_dossier_timeline_find_marker (self, gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)),
                                     &position) &&
      (int) position == self->focused)
    set_focused (self, -1);
}

void
_dossier_timeline_open_menu (DossierTimeline *self,
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

  if (!_dossier_timeline_find_marker (self, gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture)), &position))
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  _dossier_timeline_open_menu (self, position, x, y);
}

static void
on_marker_long_pressed (GtkGestureLongPress *gesture,
                        double               x,
                        double               y,
                        DossierTimeline     *self)
{
  guint position;

  if (_dossier_timeline_find_marker (self, gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture)), &position))
    _dossier_timeline_open_menu (self, position, x, y);
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
  int size = _dossier_timeline_dot_size (outlets);
  GtkWidget *marker = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, GAP);
  GtkWidget *slot = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *dot = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *title = gtk_label_new (_dossier_timeline_get_title (self, position));
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

GtkWidget *
_dossier_timeline_get_marker (DossierTimeline *self,
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
gboolean
_dossier_timeline_drop_unshown_markers (gpointer user_data)
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

void
_dossier_timeline_clear_markers (DossierTimeline *self)
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
  g_ptr_array_set_size (self->event_items, 0);
  g_array_set_size (self->items, 0);
  g_array_set_size (self->item_events, 0);
  g_array_set_size (self->item_of, 0);
  g_array_set_size (self->clusters, 0);
  g_clear_pointer (&self->order, g_free);
  self->order_valid = FALSE;
  self->focused = -1;
}

void
_dossier_timeline_update_in_article (DossierTimeline *self)
{
  /* The events as the last rebuild took them: not fetched again through
   * the filters over the list. */
  for (guint i = 0; i < self->in_article->len; i++)
    {
      DossierEvent *event = g_ptr_array_index (self->event_items, i);
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

void
_dossier_timeline_close_popovers (DossierTimeline *self)
{
  g_clear_pointer (&self->popover, gtk_widget_unparent);
  g_clear_object (&self->popover_event);
  self->popover_position = -1;
  if (self->menu != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->menu));
  self->menu_position = -1;
  g_clear_pointer (&self->cluster_popover, gtk_widget_unparent);
}


void
_dossier_timeline_rebuild (DossierTimeline *self)
{
  guint n;

  _dossier_timeline_close_popovers (self);
  _dossier_timeline_clear_markers (self);
  if (self->events == NULL)
    {
      _dossier_timeline_queue_layout (self);
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
      g_ptr_array_add (self->event_items, g_steal_pointer (&event));
    }
  /* Short titles are made when a marker or a measure asks for one: most
   * events of a large dossier never show theirs. */
  g_ptr_array_set_size (self->titles, n);
  g_ptr_array_set_size (self->markers, n);
  _dossier_timeline_update_in_article (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
_dossier_timeline_on_items_changed (DossierTimeline *self,
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
  _dossier_timeline_rebuild (self);
  if (!self->view_moved)
    self->scale_set = FALSE;
}

/* An event's sources. */

static void
on_source_clicked (GtkButton       *button,
                   DossierTimeline *self)
{
  DossierSourceRow *row = DOSSIER_SOURCE_ROW (gtk_button_get_child (button));
  g_autoptr(DossierEvent) event = g_object_ref (self->popover_event);

  /* By name: the signal is registered in dossier-timeline.c, which the
   * files below it never call into. */
  g_signal_emit_by_name (self, "source-activated", event, dossier_source_row_get_passage (row));
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

/* The popover of the sources of the event at @position, from its marker
 * (dossier_timeline_activate_event ()). */
void
_dossier_timeline_open_sources (DossierTimeline *self,
                                guint            position)
{
  g_autoptr(DossierEvent) event = NULL;
  g_autoptr(GListModel) sources = NULL;
  GtkWidget *box, *heading, *counts, *marker, *compare;
  g_autofree char *when = NULL;
  g_autofree char *title = NULL;
  g_autofree char *reported = NULL;

  event = g_list_model_get_item (self->events, position);
  marker = _dossier_timeline_get_marker (self, position);

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

/* "+N" badges. */

static void
on_cluster_event_clicked (GtkButton       *button,
                          DossierTimeline *self)
{
  guint position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "position"));

  g_clear_pointer (&self->cluster_popover, gtk_widget_unparent);
  if (self->events != NULL && position < self->markers->len)
    {
      set_focused (self, (int) position);
      gtk_widget_grab_focus (_dossier_timeline_get_marker (self, position));
      _dossier_timeline_open_sources (self, position);
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
    _dossier_timeline_moved (self);
  }
}

/* "+12": a badge of the events gathered at one place. */
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

/* Made when needed. */

/* Whether the title of @marker lies on the side @item wants it. */
static gboolean
title_placed (GtkWidget             *marker,
              const DossierLaneItem *item)
{
  GtkWidget *box = gtk_button_get_child (GTK_BUTTON (marker));

  return item->flipped == (gtk_widget_get_first_child (box) == GTK_WIDGET (marker_title (marker)));
}

gboolean
_dossier_timeline_badge_ready (DossierTimeline *self,
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
      const DossierLaneItem *item = _dossier_timeline_placed_item (self, i);
      GtkWidget *marker, *box, *title;

      if (item == NULL)
        continue;
      marker = _dossier_timeline_get_marker (self, i);
      if (!title_placed (marker, item))
        {
          /* The title left of the dot where the lane had room only there,
           * and back after the dot (its slot, the box's other child) where
           * it was so and has room on the right again. */
          box = gtk_button_get_child (GTK_BUTTON (marker));
          title = GTK_WIDGET (marker_title (marker));
          gtk_box_reorder_child_after (GTK_BOX (box), title, item->flipped ? NULL : gtk_widget_get_last_child (box));
        }
    }
  for (guint c = 0; c < self->clusters->len; c++)
    if (!_dossier_timeline_badge_ready (self, c))
      get_badge (self, c);
}

gboolean
_dossier_timeline_widgets_ready (DossierTimeline *self)
{
  for (guint i = 0; i < self->markers->len; i++)
    {
      const DossierLaneItem *item = _dossier_timeline_placed_item (self, i);
      GtkWidget *marker = g_ptr_array_index (self->markers, i);

      if (item != NULL && (marker == NULL || !title_placed (marker, item)))
        return FALSE;
    }
  for (guint c = 0; c < self->clusters->len; c++)
    if (!_dossier_timeline_badge_ready (self, c))
      return FALSE;
  return TRUE;
}

gboolean
_dossier_timeline_prepare_later (gpointer user_data)
{
  DossierTimeline *self = user_data;
  int width = gtk_widget_get_width (GTK_WIDGET (self)), height = gtk_widget_get_height (GTK_WIDGET (self));
  guint n_earlier, n_later;

  self->prepare_id = 0;
  if (width > 0 && height > 0)
    {
      _dossier_timeline_compute_layout (self, width, height, &n_earlier, &n_later);
      prepare_widgets (self);
    }
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  return G_SOURCE_REMOVE;
}

void
_dossier_timeline_queue_layout (DossierTimeline *self)
{
  /* The widgets the view will need made now, outside any allocation, at
   * the size it has; a new size makes its own
   * (_dossier_timeline_prepare_later ()). */
  if (self->prepare_id == 0)
    self->prepare_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, _dossier_timeline_prepare_later, self, NULL);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

void
_dossier_timeline_moved (DossierTimeline *self)
{
  self->view_moved = TRUE;
  _dossier_timeline_queue_layout (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
