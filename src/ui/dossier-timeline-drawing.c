/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* What the timeline draws itself, under its children: the axis with its
 * ticks and their labels, and under the markers a line from each dot
 * down to its day and the bar of an event dated by its month or year. */

#include "config.h"

#include "dossier-timeline.h"
#include "dossier-timeline-private.h"

#include <math.h>

void
_dossier_timeline_snapshot_axis (DossierTimeline *self,
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
void
_dossier_timeline_snapshot_marks (DossierTimeline *self,
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
      int y = _dossier_timeline_lane_y (height, item->lane);

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
