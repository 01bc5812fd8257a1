/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* What the words of the article are, in words: the researcher's
 * highlight and its note, the name, the date and how it was read, the
 * quote and who said it.  Said by the tooltip (dossier-reader.c), by the
 * What Is This? popover and to a screen reader as the cursor moves onto
 * them.  See dossier-reader-private.h for the reader's other files. */

#include "config.h"

#include "dossier-reader.h"
#include "dossier-reader-private.h"

#include <glib/gi18n.h>

#include "dossier-entity.h"
#include "dossier-palette.h"

DossierAnnotation *
_dossier_reader_annotation_at (DossierReader *self,
                               int            offset)
{
  DossierAnnotation *found = NULL;
  int found_length = G_MAXINT;

  for (guint i = 0; i < self->annotation_spans->len; i++)
    {
      AnnotationSpan *span = &g_array_index (self->annotation_spans, AnnotationSpan, i);
      if (span->start <= offset && offset < span->end && span->end - span->start < found_length)
        {
          found = span->annotation;
          found_length = span->end - span->start;
        }
    }
  return found;
}

/* Where buffer offsets @start…@end are on screen, in the reader's
 * coordinates: over the first line of the words, where the eye is. */
static GdkRectangle
locate (DossierReader *self,
        int            start,
        int            end)
{
  GtkTextIter from, to;
  GdkRectangle first, last, area;
  int x, y;
  double reader_x = 0, reader_y = 0;

  gtk_text_buffer_get_iter_at_offset (GTK_TEXT_BUFFER (self->buffer), &from, start);
  gtk_text_buffer_get_iter_at_offset (GTK_TEXT_BUFFER (self->buffer), &to, end);
  gtk_text_view_get_iter_location (self->view, &from, &first);
  gtk_text_view_get_iter_location (self->view, &to, &last);
  area = first;
  area.width = first.y == last.y ? MAX (last.x - first.x, 1) : 1;
  gtk_text_view_buffer_to_window_coords (self->view, GTK_TEXT_WINDOW_WIDGET, area.x, area.y, &x, &y);
  gtk_widget_translate_coordinates (GTK_WIDGET (self->view), GTK_WIDGET (self), x, y, &reader_x, &reader_y);
  area.x = (int) reader_x;
  area.y = (int) reader_y;
  /* Within the reader, however far the words are scrolled. */
  area.y = CLAMP (area.y, 0, MAX (gtk_widget_get_height (GTK_WIDGET (self)) - area.height, 0));
  area.x = CLAMP (area.x, 0, MAX (gtk_widget_get_width (GTK_WIDGET (self)) - 1, 0));
  return area;
}

/* Points the popover at buffer offsets @start…@end. */
void
_dossier_reader_point_popover_at (DossierReader *self,
                                  GtkWidget     *popover,
                                  int            start,
                                  int            end)
{
  GdkRectangle area = locate (self, start, end);

  gtk_popover_set_pointing_to (GTK_POPOVER (popover), &area);
}

/* What is at buffer offset @offset, in words: the researcher's highlight
 * and its note, the name, the date and how it was read, the quote and
 * who said it.  NULL for plain text.  Said by the tooltip, the What Is
 * This? popover and to screen readers. */
char *
_dossier_reader_describe_offset (DossierReader *self,
                                 int            offset)
{
  DossierAnnotation *annotation;
  g_autoptr(GString) text = g_string_new (NULL);
  GArray *marks;

  if (_dossier_reader_article_of (self) == NULL)
    return NULL;

  annotation = _dossier_reader_annotation_at (self, offset);
  if (annotation != NULL)
    {
      DossierColour colour = dossier_annotation_get_colour (annotation);
      const char *label = self->colour_labels != NULL && g_strv_length (self->colour_labels) > colour &&
                          self->colour_labels[colour][0] != '\0'
                          ? self->colour_labels[colour] : dossier_colour_get_default_label (colour);
      const char *note = dossier_annotation_get_note (annotation);

      /* Translators: a highlight of the researcher's: its meaning ("Claim")
       * and its colour ("Indigo"). */
      g_string_append_printf (text, _("Your highlight: %s (%s)"), label, dossier_colour_get_name (colour));
      if (note[0] != '\0')
        {
          g_string_append_c (text, '\n');
          /* Translators: the note of a highlight. */
          g_string_append_printf (text, _("Note: %s"), note);
        }
    }

  marks = dossier_article_get_marks (_dossier_reader_article_of (self));
  for (int kind = DOSSIER_MARK_PERSON; kind < DOSSIER_N_MARKS; kind++)
    {
      const DossierArticleMark *mark = NULL;

      /* The innermost mark of each kind shown here. */
      for (guint m = 0; m < marks->len; m++)
        {
          const DossierArticleMark *candidate = &g_array_index (marks, DossierArticleMark, m);
          int base, length;

          if ((int) candidate->mark != kind ||
              !dossier_article_buffer_get_highlight (self->buffer, (DossierHighlight) candidate->mark) ||
              !dossier_article_buffer_get_paragraph (self->buffer, candidate->paragraph, &base, &length) ||
              offset < base + (int) candidate->start || offset >= base + (int) candidate->end)
            continue;
          if (mark == NULL || candidate->end - candidate->start < mark->end - mark->start)
            mark = candidate;
        }
      if (mark == NULL)
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      if (mark->mark == DOSSIER_MARK_DATE)
        {
          const DossierDate *published = dossier_article_get_published_date (_dossier_reader_article_of (self));

          if (mark->label == NULL)
            g_string_append (text, dossier_date_is_set (published)
                                   ? _("A date whose day could not be worked out")
                                   : _("A date not resolved: the article has no publication date to count it from. "
                                       "Set one with Set Publication Date."));
          else if (mark->relative && dossier_date_is_set (published))
            {
              DossierDate day = *published;
              g_autofree char *from = NULL;

              if (day.precision > DOSSIER_PRECISION_DAY)
                day.precision = DOSSIER_PRECISION_DAY;
              from = dossier_date_format_readable (&day);
              /* Translators: a relative date ("on Wednesday") read as a day:
               * the day, then the publication date it was counted from. */
              g_string_append_printf (text, _("Date: %s, counted from the publication date, %s"), mark->label, from);
            }
          else
            g_string_append_printf (text, _("Date: %s"), mark->label);
        }
      else if (mark->mark == DOSSIER_MARK_QUOTE)
        {
          if (mark->entity >= 0 && mark->label != NULL)
            g_string_append_printf (text, _("Quote by %s"), mark->label);
          else
            g_string_append (text, _("Quote, speaker unknown"));
        }
      else if (mark->entity >= 0)
        {
          g_autoptr(DossierEntity) entity = dossier_entity_new_for_article (_dossier_reader_article_of (self), mark->entity);
          DossierEntityType entity_type = dossier_entity_get_entity_type (entity);
          guint n_articles = dossier_entity_get_n_articles (entity);
          const char *type = entity_type == DOSSIER_ENTITY_PERSON ? _("Person")
                             : entity_type == DOSSIER_ENTITY_ORGANIZATION ? _("Organisation") : _("Place");

          g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%s — %s, in %u article",
                                                     "%s — %s, in %u articles", n_articles),
                                  dossier_entity_get_name (entity), type, n_articles);
        }
    }
  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

static int
cursor_offset (DossierReader *self)
{
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_mark (GTK_TEXT_BUFFER (self->buffer), &iter,
                                    gtk_text_buffer_get_insert (GTK_TEXT_BUFFER (self->buffer)));
  return gtk_text_iter_get_offset (&iter);
}

/* A screen reader hears what the words at the cursor are as the cursor
 * moves onto them: the text's accessible description follows the cursor
 * (GTK 4.8 gives a text view's ranges no accessible meaning of their
 * own). */
void
_dossier_reader_update_cursor_description (DossierReader *self)
{
  g_autofree char *described = _dossier_reader_describe_offset (self, cursor_offset (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  described != NULL ? described : "", -1);
}

/* Says what the words at the cursor are, in a popover a keyboard and a
 * screen reader reach, with what can be done with them: inspect the
 * entity, edit the highlight's note. */
void
_dossier_reader_describe_at_cursor (DossierReader *self)
{
  int offset;
  g_autofree char *text = NULL;
  const DossierArticleMark *mark;
  DossierAnnotation *annotation;

  if (_dossier_reader_article_of (self) == NULL)
    return;
  offset = cursor_offset (self);
  text = _dossier_reader_describe_offset (self, offset);
  gtk_label_set_text (self->describe_label, text != NULL ? text : _("Plain text: no name, date, quote or highlight here"));

  mark = dossier_article_buffer_get_mark_at (self->buffer, offset, TRUE);
  g_clear_pointer (&self->describe_entity, g_free);
  if (mark != NULL && mark->entity >= 0)
    self->describe_entity = g_strdup (dossier_article_get_entity_key (_dossier_reader_article_of (self), mark->entity));
  if (self->describe_entity != NULL)
    {
      /* Translators: a button that opens an entity in the inspector. */
      g_autofree char *label = g_strdup_printf (_("Inspect %s"), mark->label != NULL ? mark->label : "");
      gtk_button_set_label (GTK_BUTTON (self->inspect_button), label);
    }
  gtk_widget_set_visible (self->inspect_button, self->describe_entity != NULL);

  annotation = _dossier_reader_annotation_at (self, offset);
  g_set_object (&self->describe_annotation, annotation);
  gtk_widget_set_visible (self->note_button, annotation != NULL && !self->read_only);

  _dossier_reader_point_popover_at (self, self->describe_popover, offset, offset + 1);
  gtk_popover_popup (GTK_POPOVER (self->describe_popover));
}
