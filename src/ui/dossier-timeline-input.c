/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* What the researcher does to the view: scrolling pans (with Ctrl, zooms
 * around the pointer), dragging pans, the earlier and later buttons go
 * to the nearest event beyond the view's edge, and the keys move the
 * focus between events in time order and open an event's menu. */

#include "config.h"

#include "dossier-timeline.h"
#include "dossier-timeline-private.h"

/* Going places. */

/* The nearest event before the view (@step -1) or after it (+1) brought
 * into it, a quarter of the width from that edge, at the same zoom. */
void
_dossier_timeline_go_to_edge (DossierTimeline *self,
                              int              step)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  gboolean found = FALSE;
  double target = 0;

  _dossier_timeline_ensure_scale (self);
  for (guint i = 0; i < self->first_days->len; i++)
    {
      double left, right;

      _dossier_timeline_mark_extent (self, i, &left, &right);
      if (step < 0 && right < 0 && (!found || right > target))
        target = right, found = TRUE;
      if (step > 0 && left > width && (!found || left < target))
        target = left, found = TRUE;
    }
  if (!found)
    return;
  self->scale.first_day = dossier_timeline_scale_day_for_x (&self->scale, target) -
                          (step < 0 ? 0.25 : 0.75) * width / self->scale.pixels_per_day;
  _dossier_timeline_moved (self);
}

void
_dossier_timeline_on_edge_clicked (GtkButton       *button,
                                   DossierTimeline *self)
{
  _dossier_timeline_go_to_edge (self, GTK_WIDGET (button) == self->earlier_button ? -1 : 1);
}

/* Input. */

gboolean
_dossier_timeline_on_scroll (GtkEventControllerScroll *controller,
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

  _dossier_timeline_ensure_scale (self);
  if (state & GDK_CONTROL_MASK)
    dossier_timeline_scale_zoom (&self->scale, dy < 0 ? 1.25 : 0.8, x);
  else
    self->scale.first_day += (dx != 0 ? dx : dy) * 40.0 / self->scale.pixels_per_day;
  _dossier_timeline_moved (self);
  return TRUE;
}

void
_dossier_timeline_on_drag_begin (GtkGestureDrag  *gesture,
                                 double           x,
                                 double           y,
                                 DossierTimeline *self)
{
  _dossier_timeline_ensure_scale (self);
  self->drag_start_day = self->scale.first_day;
}

void
_dossier_timeline_on_drag_update (GtkGestureDrag  *gesture,
                                  double           offset_x,
                                  double           offset_y,
                                  DossierTimeline *self)
{
  self->scale.first_day = self->drag_start_day - offset_x / self->scale.pixels_per_day;
  _dossier_timeline_moved (self);
}

/* Moves the focus to the event at @next, bringing it into view. */
static void
focus_event (DossierTimeline *self,
             guint            next)
{
  GtkWidget *marker = _dossier_timeline_get_marker (self, next);
  double left, right;
  int width = gtk_widget_get_width (GTK_WIDGET (self));

  _dossier_timeline_ensure_scale (self);
  _dossier_timeline_mark_extent (self, next, &left, &right);
  if (left < 0 || right > width)
    {
      double day = g_array_index (self->first_days, int, next);

      self->scale.first_day = day - (width / 3.0) / self->scale.pixels_per_day;
      _dossier_timeline_moved (self);
    }
  gtk_widget_grab_focus (marker);
}

/* Left and Right move between events in time order, Home and End to the
 * first and the last; Menu and Shift+F10 open the focused event's menu. */
gboolean
_dossier_timeline_on_key_pressed (GtkEventControllerKey *controller,
                                  guint                  keyval,
                                  guint                  keycode,
                                  GdkModifierType        state,
                                  DossierTimeline       *self)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  guint current = 0, n = self->markers->len;
  gboolean found = focus != NULL && _dossier_timeline_find_marker (self, focus, &current);

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
      _dossier_timeline_open_menu (self, current, -1, -1);
      return TRUE;
    default:
      return FALSE;
    }
}
