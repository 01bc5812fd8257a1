/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The researcher's highlights in the reader: shown in their colours
 * (painted by the DossierTextView, named by tags), offered for the words
 * selected and edited in the annotation popover, gone to and flashed.
 * What the popover's answers become is the window's: the reader's
 * signals, emitted in dossier-reader.c.  See dossier-reader-private.h
 * for the reader's other files. */

#include "config.h"

#include "dossier-reader.h"
#include "dossier-reader-private.h"

#include "dossier-annotation-popover.h"
#include "dossier-text-view.h"

/* The researcher's highlights of this article, in their colours. */
void
_dossier_reader_apply_annotations (DossierReader *self)
{
  GListModel *annotations = self->corpus != NULL ? dossier_corpus_get_annotations (self->corpus) : NULL;
  GtkTextIter start, end;
  int document;

  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (self->buffer), &start, &end);
  for (guint c = 0; c < DOSSIER_N_COLOURS; c++)
    gtk_text_buffer_remove_tag (GTK_TEXT_BUFFER (self->buffer), self->annotation_tags[c], &start, &end);
  g_array_set_size (self->annotation_spans, 0);
  dossier_text_view_clear_highlights (DOSSIER_TEXT_VIEW (self->view));
  if (_dossier_reader_article_of (self) == NULL || annotations == NULL)
    {
      _dossier_reader_update_cursor_description (self);
      return;
    }

  document = (int) dossier_article_get_index (_dossier_reader_article_of (self));
  for (guint i = 0; i < g_list_model_get_n_items (annotations); i++)
    {
      g_autoptr(DossierAnnotation) annotation = g_list_model_get_item (annotations, i);
      AnnotationSpan span;

      if (dossier_annotation_get_document (annotation) != document || dossier_annotation_get_orphaned (annotation))
        continue;
      span.start = _dossier_reader_article_to_buffer (self, dossier_annotation_get_start (annotation));
      span.end = _dossier_reader_article_to_buffer (self, dossier_annotation_get_end (annotation));
      span.annotation = annotation;  /* the list keeps it */
      if (span.end <= span.start)
        continue;
      g_array_append_val (self->annotation_spans, span);
      gtk_text_buffer_get_iter_at_offset (GTK_TEXT_BUFFER (self->buffer), &start, span.start);
      gtk_text_buffer_get_iter_at_offset (GTK_TEXT_BUFFER (self->buffer), &end, span.end);
      gtk_text_buffer_apply_tag (GTK_TEXT_BUFFER (self->buffer), self->annotation_tags[dossier_annotation_get_colour (annotation)],
                                 &start, &end);
      dossier_text_view_add_highlight (DOSSIER_TEXT_VIEW (self->view), span.start, span.end,
                                       dossier_annotation_get_colour (annotation),
                                       *dossier_annotation_get_note (annotation) != '\0');
    }
  _dossier_reader_update_cursor_description (self);
}

/* The selected words of the article, in code points of the article
 * text; FALSE when nothing of the article's body is selected. */
gboolean
_dossier_reader_get_selection (DossierReader *self,
                               gint64        *start,
                               gint64        *end)
{
  GtkTextIter from, to;

  if (_dossier_reader_article_of (self) == NULL || !gtk_text_buffer_get_selection_bounds (GTK_TEXT_BUFFER (self->buffer), &from, &to))
    return FALSE;
  *start = dossier_article_buffer_to_article (self->buffer, gtk_text_iter_get_offset (&from));
  *end = dossier_article_buffer_to_article (self->buffer, gtk_text_iter_get_offset (&to));
  return *end > *start;
}

/* Offers colours for the selected words, in the popover over them. */
gboolean
_dossier_reader_offer_highlight (DossierReader *self)
{
  if (self->read_only || !_dossier_reader_get_selection (self, &self->pending_start, &self->pending_end))
    return FALSE;
  dossier_annotation_popover_edit (DOSSIER_ANNOTATION_POPOVER (self->popover), NULL);
  _dossier_reader_point_popover_at (self, self->popover, _dossier_reader_article_to_buffer (self, self->pending_start),
                                    _dossier_reader_article_to_buffer (self, self->pending_end));
  gtk_popover_popup (GTK_POPOVER (self->popover));
  return TRUE;
}

/* Opens the popover on @annotation, of the shown article. */
void
_dossier_reader_edit_annotation (DossierReader     *self,
                                 DossierAnnotation *annotation)
{
  if (_dossier_reader_article_of (self) == NULL || dossier_annotation_get_orphaned (annotation) ||
      dossier_annotation_get_document (annotation) != (int) dossier_article_get_index (_dossier_reader_article_of (self)))
    return;
  self->pending_start = self->pending_end = 0;
  dossier_annotation_popover_edit (DOSSIER_ANNOTATION_POPOVER (self->popover), annotation);
  /* In a read-only dossier the note and tags are shown, not to be changed. */
  gtk_widget_set_sensitive (gtk_popover_get_child (GTK_POPOVER (self->popover)), !self->read_only);
  _dossier_reader_point_popover_at (self, self->popover, _dossier_reader_article_to_buffer (self, dossier_annotation_get_start (annotation)),
                                    _dossier_reader_article_to_buffer (self, dossier_annotation_get_end (annotation)));
  gtk_popover_popup (GTK_POPOVER (self->popover));
}

/* Scrolls to @annotation, of the shown article, and flashes it. */
void
_dossier_reader_show_annotation (DossierReader     *self,
                                 DossierAnnotation *annotation)
{
  GtkTextIter start, end;

  if (_dossier_reader_article_of (self) == NULL || dossier_annotation_get_orphaned (annotation) ||
      dossier_annotation_get_document (annotation) != (int) dossier_article_get_index (_dossier_reader_article_of (self)))
    return;
  gtk_text_buffer_get_iter_at_offset (GTK_TEXT_BUFFER (self->buffer), &start, _dossier_reader_article_to_buffer (self, dossier_annotation_get_start (annotation)));
  gtk_text_buffer_get_iter_at_offset (GTK_TEXT_BUFFER (self->buffer), &end, _dossier_reader_article_to_buffer (self, dossier_annotation_get_end (annotation)));
  _dossier_reader_flash (self, &start, &end);
}
