/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "config.h"

#include "dossier-text-view.h"

#include <adwaita.h>

typedef struct
{
  int start;            /* buffer offsets */
  int end;
  DossierColour colour;
  gboolean noted;
} Highlight;

struct _DossierTextView
{
  GtkTextView parent_instance;

  GArray *highlights;   /* of Highlight */
};

G_DEFINE_FINAL_TYPE (DossierTextView, dossier_text_view, GTK_TYPE_TEXT_VIEW)

static gboolean
is_dark (void)
{
  return adw_style_manager_get_dark (adw_style_manager_get_default ());
}

static GdkRGBA
to_rgba (const DossierRgb *rgb,
         double            alpha)
{
  GdkRGBA rgba = { rgb->red, rgb->green, rgb->blue, alpha };

  return rgba;
}

/* The rectangles of @start…@end, a line of text at a time, in buffer
 * coordinates; @each is called with each, and with whether it is the
 * last. */
typedef void (*EachRectangle) (GtkSnapshot           *snapshot,
                               const graphene_rect_t *rect,
                               gboolean               last,
                               gpointer               data);

static void
for_each_line (DossierTextView    *self,
               GtkSnapshot        *snapshot,
               int                 start,
               int                 end,
               const GdkRectangle *visible,
               EachRectangle       each,
               gpointer            data)
{
  GtkTextView *view = GTK_TEXT_VIEW (self);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter line_start, stop;

  gtk_text_buffer_get_iter_at_offset (buffer, &line_start, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &stop, end);
  while (gtk_text_iter_compare (&line_start, &stop) < 0)
    {
      GtkTextIter next = line_start, segment_end, last_char;
      gboolean has_next = gtk_text_view_forward_display_line (view, &next);
      gboolean final = !has_next || gtk_text_iter_compare (&next, &stop) >= 0;
      GdkRectangle first, last;

      segment_end = final ? stop : next;
      /* The words, not the line's break or the space it wrapped at. */
      last_char = segment_end;
      while (gtk_text_iter_compare (&last_char, &line_start) > 0)
        {
          GtkTextIter before = last_char;

          gtk_text_iter_backward_char (&before);
          if (!g_unichar_isspace (gtk_text_iter_get_char (&before)))
            break;
          last_char = before;
        }
      if (gtk_text_iter_compare (&last_char, &line_start) > 0)
        {
          gtk_text_iter_backward_char (&last_char);
          gtk_text_view_get_iter_location (view, &line_start, &first);
          gtk_text_view_get_iter_location (view, &last_char, &last);
          if (first.y + first.height >= visible->y && first.y <= visible->y + visible->height &&
              last.x + last.width > first.x)
            {
              graphene_rect_t rect;

              graphene_rect_init (&rect, first.x, first.y, last.x + last.width - first.x,
                                  MAX (first.height, last.height));
              each (snapshot, &rect, final, data);
            }
        }
      if (final)
        break;
      line_start = next;
    }
}

typedef struct
{
  GdkRGBA fill;
  GdkRGBA edge;
  gboolean noted;
  graphene_rect_t last;
  gboolean has_last;
} Paint;

static void
paint_fill (GtkSnapshot           *snapshot,
            const graphene_rect_t *rect,
            gboolean               last,
            gpointer               data)
{
  Paint *paint = data;
  GskRoundedRect rounded;

  gsk_rounded_rect_init_from_rect (&rounded, rect, 3);
  gtk_snapshot_push_rounded_clip (snapshot, &rounded);
  gtk_snapshot_append_color (snapshot, &paint->fill, rect);
  /* A line of the strong shade under the words, as a highlighter's edge:
   * the researcher's colour reads where a tint lies over it. */
  gtk_snapshot_append_color (snapshot, &paint->edge,
                             &GRAPHENE_RECT_INIT (rect->origin.x, rect->origin.y + rect->size.height - 2,
                                                  rect->size.width, 2));
  gtk_snapshot_pop (snapshot);
  if (last)
    {
      paint->last = *rect;
      paint->has_last = TRUE;
    }
}

static void
paint_fill_last_only (GtkSnapshot           *snapshot,
                      const graphene_rect_t *rect,
                      gboolean               last,
                      gpointer               data)
{
  Paint *paint = data;

  if (last)
    {
      paint->last = *rect;
      paint->has_last = TRUE;
    }
}

/* A note's marker: a round badge of the highlight's strong colour at the
 * top right of its last word, ringed in the view's colour. */
static void
paint_marker (GtkSnapshot           *snapshot,
              const graphene_rect_t *rect,
              const GdkRGBA         *colour,
              const GdkRGBA         *ring)
{
  float size = 9;
  graphene_rect_t badge = GRAPHENE_RECT_INIT (rect->origin.x + rect->size.width - size / 2,
                                              rect->origin.y - size / 2 + 1, size, size);
  graphene_rect_t inner = GRAPHENE_RECT_INIT (badge.origin.x + 1.5f, badge.origin.y + 1.5f,
                                              size - 3, size - 3);
  GskRoundedRect round;

  gsk_rounded_rect_init_from_rect (&round, &badge, size / 2);
  gtk_snapshot_push_rounded_clip (snapshot, &round);
  gtk_snapshot_append_color (snapshot, ring, &badge);
  gtk_snapshot_pop (snapshot);
  gsk_rounded_rect_init_from_rect (&round, &inner, (size - 3) / 2);
  gtk_snapshot_push_rounded_clip (snapshot, &round);
  gtk_snapshot_append_color (snapshot, colour, &inner);
  gtk_snapshot_pop (snapshot);
}

static void
dossier_text_view_snapshot_layer (GtkTextView      *view,
                                  GtkTextViewLayer  layer,
                                  GtkSnapshot      *snapshot)
{
  DossierTextView *self = DOSSIER_TEXT_VIEW (view);
  gboolean dark = is_dark ();
  GdkRectangle visible;

  if (GTK_TEXT_VIEW_CLASS (dossier_text_view_parent_class)->snapshot_layer != NULL)
    GTK_TEXT_VIEW_CLASS (dossier_text_view_parent_class)->snapshot_layer (view, layer, snapshot);
  if (self->highlights->len == 0)
    return;
  gtk_text_view_get_visible_rect (view, &visible);
  for (guint i = 0; i < self->highlights->len; i++)
    {
      const Highlight *highlight = &g_array_index (self->highlights, Highlight, i);
      const DossierRgb *strong = dossier_palette_get_annotation_strong (highlight->colour);
      Paint paint = { { 0 } };
      DossierRgb fill;
      double alpha;

      dossier_palette_get_annotation_fill (highlight->colour, dark, &fill, &alpha);
      paint.fill = to_rgba (&fill, alpha);
      paint.edge = to_rgba (strong, 1);
      if (layer == GTK_TEXT_VIEW_LAYER_BELOW_TEXT)
        for_each_line (self, snapshot, highlight->start, highlight->end, &visible, paint_fill, &paint);
      else if (highlight->noted)
        {
          for_each_line (self, snapshot, highlight->start, highlight->end, &visible, paint_fill_last_only, &paint);
          if (paint.has_last)
            {
              GdkRGBA ring = dark ? (GdkRGBA) { 0.14, 0.14, 0.14, 1 } : (GdkRGBA) { 1, 1, 1, 1 };
              paint_marker (snapshot, &paint.last, &paint.edge, &ring);
            }
        }
    }
}

static void
dossier_text_view_finalize (GObject *object)
{
  DossierTextView *self = DOSSIER_TEXT_VIEW (object);

  g_array_unref (self->highlights);
  G_OBJECT_CLASS (dossier_text_view_parent_class)->finalize (object);
}

static void
dossier_text_view_class_init (DossierTextViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkTextViewClass *text_view_class = GTK_TEXT_VIEW_CLASS (klass);

  object_class->finalize = dossier_text_view_finalize;
  text_view_class->snapshot_layer = dossier_text_view_snapshot_layer;
}

static void
on_dark_changed (DossierTextView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
dossier_text_view_init (DossierTextView *self)
{
  self->highlights = g_array_new (FALSE, FALSE, sizeof (Highlight));
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (on_dark_changed), self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
dossier_text_view_new (void)
{
  return g_object_new (DOSSIER_TYPE_TEXT_VIEW, NULL);
}

void
dossier_text_view_clear_highlights (DossierTextView *self)
{
  g_return_if_fail (DOSSIER_IS_TEXT_VIEW (self));

  g_array_set_size (self->highlights, 0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
dossier_text_view_add_highlight (DossierTextView *self,
                                 int              start,
                                 int              end,
                                 DossierColour    colour,
                                 gboolean         noted)
{
  Highlight highlight = { start, end, colour, noted };

  g_return_if_fail (DOSSIER_IS_TEXT_VIEW (self));
  g_return_if_fail (colour < DOSSIER_N_COLOURS);

  if (end <= start)
    return;
  g_array_append_val (self->highlights, highlight);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
dossier_text_view_get_n_highlights (DossierTextView *self)
{
  g_return_val_if_fail (DOSSIER_IS_TEXT_VIEW (self), 0);
  return self->highlights->len;
}

guint
dossier_text_view_get_n_markers (DossierTextView *self)
{
  guint n = 0;

  g_return_val_if_fail (DOSSIER_IS_TEXT_VIEW (self), 0);

  for (guint i = 0; i < self->highlights->len; i++)
    n += g_array_index (self->highlights, Highlight, i).noted;
  return n;
}
