/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Where the reader is in its article: the place kept across a new
 * analysis (dossier_reader_get_place (), dossier_reader_set_place ()),
 * scrolled to once the text is laid out, and words gone to and flashed.
 * See dossier-reader-private.h for the reader's other files. */

#include "config.h"

#include "dossier-reader.h"
#include "dossier-reader-private.h"

static gboolean
end_flash (gpointer user_data)
{
  DossierReader *self = user_data;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (self->buffer), &start, &end);
  gtk_text_buffer_remove_tag (GTK_TEXT_BUFFER (self->buffer), self->flash_tag, &start, &end);
  self->flash_id = 0;
  return G_SOURCE_REMOVE;
}

/* Scrolls to the words and flashes them. */
void
_dossier_reader_flash (DossierReader     *self,
                       const GtkTextIter *from,
                       const GtkTextIter *to)
{
  end_flash (self);
  gtk_text_buffer_apply_tag (GTK_TEXT_BUFFER (self->buffer), self->flash_tag, from, to);
  gtk_text_buffer_place_cursor (GTK_TEXT_BUFFER (self->buffer), from);
  gtk_text_view_scroll_to_iter (self->view, (GtkTextIter *) from, 0.1, TRUE, 0.0, 0.3);
  g_clear_handle_id (&self->flash_id, g_source_remove);
  self->flash_id = g_timeout_add (1600, end_flash, self);
}

void
_dossier_reader_show_span (DossierReader *self,
                           guint          paragraph,
                           guint          start,
                           guint          end)
{
  GtkTextIter from, to;
  int base, length;

  if (!dossier_article_buffer_get_paragraph (self->buffer, paragraph, &base, &length))
    return;
  gtk_text_buffer_get_iter_at_offset (GTK_TEXT_BUFFER (self->buffer), &from, base + MIN ((int) start, length));
  gtk_text_buffer_get_iter_at_offset (GTK_TEXT_BUFFER (self->buffer), &to, base + MIN ((int) end, length));
  _dossier_reader_flash (self, &from, &to);
}

/* Where the reader is in its article: the code point of the article's
 * text at the top of the view; -1 when its top shows the title and the
 * line below it. */
/* The code point of the article at the top of the view now; -1 for its
 * title and the line below it. */
static gint64
place_at_top (DossierReader *self)
{
  GdkRectangle visible;
  GtkTextIter iter;
  int paragraph_start, length;

  if (_dossier_reader_article_of (self) == NULL || !dossier_article_buffer_get_paragraph (self->buffer, 0, &paragraph_start, &length))
    return -1;
  gtk_text_view_get_visible_rect (self->view, &visible);
  gtk_text_view_get_iter_at_location (self->view, &iter, visible.x, visible.y);
  if (gtk_text_iter_get_offset (&iter) < paragraph_start)
    return -1;
  return dossier_article_buffer_to_article (self->buffer, gtk_text_iter_get_offset (&iter));
}

gint64
_dossier_reader_get_place (DossierReader *self)
{
  /* On its way there: where it is going. */
  if (self->place_tick != 0)
    return self->pending_place;
  return place_at_top (self);
}

/* The buffer offset of the start of the line that code point @place of
 * the article is on; 0 for -1. */
static int
place_line_start (DossierReader *self,
                  gint64         place)
{
  GtkTextIter iter;

  if (place < 0)
    return 0;
  gtk_text_buffer_get_iter_at_offset (GTK_TEXT_BUFFER (self->buffer), &iter,
                                      dossier_article_buffer_from_article (self->buffer, place));
  gtk_text_view_backward_display_line_start (self->view, &iter);
  return gtk_text_iter_get_offset (&iter);
}

/* A frame at a time until the text's lines are measured (the text view
 * measures them in the background after its text changes) and the place
 * is at the top; a few seconds' worth at most. */
static gboolean
place_tick (GtkWidget     *widget,
            GdkFrameClock *clock,
            gpointer       user_data)
{
  DossierReader *self = user_data;
  GtkTextIter iter;
  gint64 expected, now;

  if (_dossier_reader_article_of (self) == NULL)
    {
      self->place_tick = 0;
      return G_SOURCE_REMOVE;
    }
  gtk_text_buffer_get_iter_at_offset (GTK_TEXT_BUFFER (self->buffer), &iter,
                                      place_line_start (self, self->pending_place));
  if (self->pending_place < 0)
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller)), 0);
  else
    gtk_text_view_scroll_to_iter (self->view, &iter, 0.0, TRUE, 0.0, 0.0);
  expected = self->pending_place < 0 ? -1 : dossier_article_buffer_to_article (self->buffer, gtk_text_iter_get_offset (&iter));
  now = place_at_top (self);
  /* There, or as near as the view scrolls (the last lines of an article
   * cannot be at the top), for three frames running. */
  self->place_steady = now == self->place_last && now >= 0 ? self->place_steady + 1 : 0;
  self->place_last = now;
  if (now == expected || self->place_steady >= 5 || ++self->place_tries > 120)
    {
      self->place_tick = 0;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

/* Scrolls so that code point @place of the article is at the top of the
 * view (-1: the top of the article), once the text is laid out. */
void
_dossier_reader_set_place (DossierReader *self,
                           gint64         place)
{
  if (_dossier_reader_article_of (self) == NULL)
    return;
  self->pending_place = place;
  self->place_tries = 0;
  self->place_steady = 0;
  self->place_last = G_MININT64;
  if (self->place_tick == 0)
    self->place_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->view), place_tick, self, NULL);
}
