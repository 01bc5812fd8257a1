/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "config.h"

#include "dossier-reader.h"

#include "dossier-annotation-popover.h"
#include "dossier-code-points.h"
#include "dossier-palette.h"

#include <adwaita.h>
#include <glib/gi18n.h>

typedef struct
{
  int start;            /* character offsets in the buffer */
  int end;
  int entity;           /* entity index, or -1 for dates and quotes */
  DossierHighlight kind;
} Span;

struct _DossierReader
{
  GtkWidget parent_instance;

  GtkWidget *scroller;
  GtkTextView *view;
  GtkTextBuffer *buffer;
  DossierArticle *article;

  GtkTextTag *highlight_tags[DOSSIER_N_HIGHLIGHTS];
  gboolean shown[DOSSIER_N_HIGHLIGHTS];
  gboolean show_removed;
  GtkTextTag *flash_tag;
  guint flash_id;

  GtkCssProvider *text_size;  /* the reader's text size */
  GArray *spans;              /* of Span, sorted by start */
  GArray *paragraph_offsets;  /* of int: where each paragraph starts */
  GArray *article_offsets;    /* of int: where each paragraph starts in the article text */
  GArray *paragraph_lengths;  /* of int: characters */

  GListModel *annotations;    /* of DossierAnnotation, the whole dossier's */
  GArray *annotation_spans;   /* of AnnotationSpan, this article's */
  GtkTextTag *annotation_tags[DOSSIER_N_COLOURS];
  GtkWidget *popover;
  gboolean read_only;         /* the dossier cannot keep highlights */
  gint64 pending_start;       /* the words the popover offers colours for */
  gint64 pending_end;
};

typedef struct
{
  int start;                  /* buffer offsets */
  int end;
  DossierAnnotation *annotation;
} AnnotationSpan;

enum {
  PROP_0,
  PROP_ARTICLE,
  N_PROPS
};

enum {
  ENTITY_ACTIVATED,
  ANNOTATE,
  ANNOTATION_CHANGED,
  ANNOTATION_DELETE_REQUESTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (DossierReader, dossier_reader, GTK_TYPE_WIDGET)

/* Translucent tints (dossier-palette.h) read on light and dark
 * backgrounds alike; the underline keeps the kinds apart in high
 * contrast, where tints fade.  In the order of DossierHighlight, which is
 * that of DossierMark. */
G_STATIC_ASSERT ((int) DOSSIER_N_HIGHLIGHTS == (int) DOSSIER_N_MARKS);

static const PangoUnderline highlight_underlines[DOSSIER_N_HIGHLIGHTS] = {
  PANGO_UNDERLINE_SINGLE,
  PANGO_UNDERLINE_DOUBLE,
  PANGO_UNDERLINE_SINGLE_LINE,
  PANGO_UNDERLINE_ERROR,
  PANGO_UNDERLINE_NONE,
};

static DossierHighlight
highlight_for_type (DossierEntityType type)
{
  switch (type)
    {
    case DOSSIER_ENTITY_ORGANIZATION: return DOSSIER_HIGHLIGHT_ORGANIZATION;
    case DOSSIER_ENTITY_PLACE: return DOSSIER_HIGHLIGHT_PLACE;
    case DOSSIER_ENTITY_PERSON:
    default: return DOSSIER_HIGHLIGHT_PERSON;
    }
}

static void
apply_highlight_style (DossierReader    *self,
                       DossierHighlight  highlight)
{
  GtkTextTag *tag = self->highlight_tags[highlight];

  if (self->shown[highlight])
    {
      const DossierRgb *rgb = dossier_palette_get_mark ((DossierMark) highlight);
      GdkRGBA background = { rgb->red, rgb->green, rgb->blue, dossier_palette_get_mark_tint ((DossierMark) highlight) };

      g_object_set (tag,
                    "background-rgba", &background,
                    "underline", highlight_underlines[highlight],
                    NULL);
    }
  else
    g_object_set (tag, "background-set", FALSE, "underline-set", FALSE, NULL);
}

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const Span *sa = a, *sb = b;

  if (sa->start != sb->start)
    return sa->start < sb->start ? -1 : 1;
  return sb->end - sa->end;
}

static void
insert_with_tags (DossierReader *self,
                  const char    *text,
                  const char    *first_tag,
                  ...)
{
  GtkTextIter end;
  int start_offset;
  va_list args;
  const char *tag;

  gtk_text_buffer_get_end_iter (self->buffer, &end);
  start_offset = gtk_text_iter_get_offset (&end);
  gtk_text_buffer_insert (self->buffer, &end, text, -1);

  va_start (args, first_tag);
  for (tag = first_tag; tag != NULL; tag = va_arg (args, const char *))
    {
      GtkTextIter from, to;
      gtk_text_buffer_get_iter_at_offset (self->buffer, &from, start_offset);
      gtk_text_buffer_get_end_iter (self->buffer, &to);
      gtk_text_buffer_apply_tag_by_name (self->buffer, tag, &from, &to);
    }
  va_end (args);
}

/* Spans come in the order of the text, so each kind's offsets are
 * counted on from the last (@cursor): counting from the paragraph's start
 * for each made a long paragraph's many names quadratic. */
static void
add_span (DossierReader          *self,
          DossierCodePointCursor *cursor,
          guint                   paragraph_index,
          const DossierParagraph *paragraph,
          gsize                   start,
          gsize                   end,
          int                     entity,
          DossierHighlight        kind)
{
  int base = g_array_index (self->paragraph_offsets, int, paragraph_index);
  Span span;

  span.start = base + (int) dossier_code_points (cursor, paragraph, start);
  span.end = base + (int) dossier_code_points (cursor, paragraph, end);
  span.entity = entity;
  span.kind = kind;
  g_array_append_val (self->spans, span);
}

/* What the cleaning removed, named for the reader rather than for the JSON
 * output (dossier_removed_kind_to_string ()). */
static const char *
removed_kind_name (DossierRemovedKind kind)
{
  switch (kind)
    {
    case DOSSIER_REMOVED_TITLE: return C_("removed text", "Title");
    case DOSSIER_REMOVED_BYLINE: return C_("removed text", "Byline");
    case DOSSIER_REMOVED_DATELINE: return C_("removed text", "Dateline");
    case DOSSIER_REMOVED_CAPTION: return C_("removed text", "Caption");
    case DOSSIER_REMOVED_BOILERPLATE:
    default: return C_("removed text", "Boilerplate");
    }
}

static char *
describe_date (DossierDocument *document)
{
  g_autofree char *iso = dossier_date_to_iso (&document->published);
  const char *from = NULL;

  if (iso == NULL)
    return g_strdup (_("Date unknown"));
  if (document->published.precision == DOSSIER_PRECISION_MINUTE)
    iso[10] = '\0';

  switch (document->published_from)
    {
    case DOSSIER_DATE_SOURCE_MARKER: from = _("from the page’s date marker"); break;
    case DOSSIER_DATE_SOURCE_TEXT: from = _("from the page"); break;
    case DOSSIER_DATE_SOURCE_METADATA: from = _("from the page’s metadata"); break;
    case DOSSIER_DATE_SOURCE_INFERRED: from = _("inferred from other articles"); break;
    case DOSSIER_DATE_SOURCE_USER: from = _("set by you"); break;
    case DOSSIER_DATE_SOURCE_NONE:
    default: break;
    }
  {
    DossierDate day = document->published;
    g_autofree char *shown = NULL;

    if (day.precision == DOSSIER_PRECISION_MINUTE)
      day.precision = DOSSIER_PRECISION_DAY;
    shown = dossier_date_format_readable (&day);
    /* Translators: a date, then how it was found ("from the page"). */
    return from ? g_strdup_printf (C_("date and its origin", "%s (%s)"), shown, from) : g_strdup (shown);
  }
}

/* A code point offset of the article text (dossier-anchor.h) as a
 * buffer offset, and back. */
static int
article_to_buffer (DossierReader *self,
                   gint64         offset)
{
  guint p = 0;

  if (self->article_offsets->len == 0)
    return 0;
  while (p + 1 < self->article_offsets->len && g_array_index (self->article_offsets, int, p + 1) <= offset)
    p++;
  offset -= g_array_index (self->article_offsets, int, p);
  offset = CLAMP (offset, 0, g_array_index (self->paragraph_lengths, int, p));
  return g_array_index (self->paragraph_offsets, int, p) + (int) offset;
}

static gint64
buffer_to_article (DossierReader *self,
                   int            offset)
{
  guint p = 0;
  int within;

  if (self->paragraph_offsets->len == 0 || offset < g_array_index (self->paragraph_offsets, int, 0))
    return 0;
  while (p + 1 < self->paragraph_offsets->len && g_array_index (self->paragraph_offsets, int, p + 1) <= offset)
    p++;
  within = MIN (offset - g_array_index (self->paragraph_offsets, int, p), g_array_index (self->paragraph_lengths, int, p));
  return g_array_index (self->article_offsets, int, p) + within;
}

/* The researcher's highlights of this article, in their colours. */
static void
apply_annotations (DossierReader *self)
{
  GtkTextIter start, end;
  int document;

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  for (guint c = 0; c < DOSSIER_N_COLOURS; c++)
    gtk_text_buffer_remove_tag (self->buffer, self->annotation_tags[c], &start, &end);
  g_array_set_size (self->annotation_spans, 0);
  if (self->article == NULL || self->annotations == NULL)
    return;

  document = (int) dossier_article_get_index (self->article);
  for (guint i = 0; i < g_list_model_get_n_items (self->annotations); i++)
    {
      g_autoptr(DossierAnnotation) annotation = g_list_model_get_item (self->annotations, i);
      const DossierAnchor *anchor = dossier_annotation_get_anchor (annotation);
      AnnotationSpan span;

      if (dossier_annotation_get_document (annotation) != document || dossier_annotation_get_orphaned (annotation))
        continue;
      span.start = article_to_buffer (self, anchor->start);
      span.end = article_to_buffer (self, anchor->end);
      span.annotation = annotation;  /* the list keeps it */
      if (span.end <= span.start)
        continue;
      g_array_append_val (self->annotation_spans, span);
      gtk_text_buffer_get_iter_at_offset (self->buffer, &start, span.start);
      gtk_text_buffer_get_iter_at_offset (self->buffer, &end, span.end);
      gtk_text_buffer_apply_tag (self->buffer, self->annotation_tags[dossier_annotation_get_colour (annotation)],
                                 &start, &end);
    }
}

static void
on_annotations_changed (GListModel    *model,
                        guint          position,
                        guint          removed,
                        guint          added,
                        DossierReader *self)
{
  apply_annotations (self);
}

static DossierAnnotation *
annotation_at (DossierReader *self,
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

/* Points the popover at buffer offsets @start…@end. */
static void
point_popover_at (DossierReader *self,
                  int            start,
                  int            end)
{
  GtkTextIter from, to;
  GdkRectangle first, last, area;
  int x, y;

  gtk_text_buffer_get_iter_at_offset (self->buffer, &from, start);
  gtk_text_buffer_get_iter_at_offset (self->buffer, &to, end);
  gtk_text_view_get_iter_location (self->view, &from, &first);
  gtk_text_view_get_iter_location (self->view, &to, &last);
  /* Over the first line of the words, where the eye is. */
  area = first;
  area.width = first.y == last.y ? MAX (last.x - first.x, 1) : 1;
  gtk_text_view_buffer_to_window_coords (self->view, GTK_TEXT_WINDOW_WIDGET, area.x, area.y, &x, &y);
  area.x = x;
  area.y = y;
  gtk_popover_set_pointing_to (GTK_POPOVER (self->popover), &area);
}

static void
on_colour_chosen (DossierAnnotationPopover *popover,
                  guint                     colour,
                  DossierReader            *self)
{
  if (self->pending_end > self->pending_start)
    g_signal_emit (self, signals[ANNOTATE], 0, colour, self->pending_start, self->pending_end);
}

static void
on_popover_changed (DossierAnnotationPopover *popover,
                    DossierAnnotation        *annotation,
                    DossierReader            *self)
{
  g_signal_emit (self, signals[ANNOTATION_CHANGED], 0, annotation);
}

static void
on_popover_delete (DossierAnnotationPopover *popover,
                   DossierAnnotation        *annotation,
                   DossierReader            *self)
{
  g_signal_emit (self, signals[ANNOTATION_DELETE_REQUESTED], 0, annotation);
}

static void
render (DossierReader *self)
{
  DossierDocument *document;
  GtkTextIter end;
  g_autofree char *date = NULL;
  g_autoptr(GString) meta = g_string_new (NULL);

  gtk_text_buffer_set_text (self->buffer, "", 0);
  g_array_set_size (self->spans, 0);
  g_array_set_size (self->paragraph_offsets, 0);
  g_array_set_size (self->article_offsets, 0);
  g_array_set_size (self->paragraph_lengths, 0);
  g_array_set_size (self->annotation_spans, 0);

  if (self->article == NULL)
    return;

  document = dossier_article_get_document (self->article);

  if (document->title != NULL)
    insert_with_tags (self, document->title, "title", NULL);
  else
    insert_with_tags (self, _("No headline on the page"), "title", "untitled", NULL);
  insert_with_tags (self, "\n", NULL);

  if (document->outlet)
    g_string_append (meta, document->outlet);
  if (document->author)
    g_string_append_printf (meta, "%s%s", meta->len ? " · " : "", document->author);
  date = describe_date (document);
  g_string_append_printf (meta, "%s%s", meta->len ? " · " : "", date);
  insert_with_tags (self, meta->str, "meta", NULL);
  insert_with_tags (self, "\n", NULL);

  for (guint p = 0; p < document->paragraphs->len; p++)
    {
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);
      int offset;
      const char *tag = "body";

      switch (paragraph->kind)
        {
        case DOSSIER_PARAGRAPH_HEADING: tag = "heading"; break;
        case DOSSIER_PARAGRAPH_LIST_ITEM: tag = "list-item"; break;
        case DOSSIER_PARAGRAPH_QUOTE: tag = "block-quote"; break;
        case DOSSIER_PARAGRAPH_BODY:
        default: break;
        }

      if (paragraph->kind == DOSSIER_PARAGRAPH_LIST_ITEM)
        insert_with_tags (self, "•\t", tag, NULL);
      gtk_text_buffer_get_end_iter (self->buffer, &end);
      offset = gtk_text_iter_get_offset (&end);
      g_array_append_val (self->paragraph_offsets, offset);
      {
        int length = (int) g_utf8_strlen (paragraph->text, paragraph->len);
        int article_offset = p == 0 ? 0 : g_array_index (self->article_offsets, int, p - 1) +
                                          g_array_index (self->paragraph_lengths, int, p - 1) + 1;
        g_array_append_val (self->article_offsets, article_offset);
        g_array_append_val (self->paragraph_lengths, length);
      }
      insert_with_tags (self, paragraph->text, tag, NULL);
      if (paragraph->attribution != NULL)
        {
          g_autofree char *attribution = g_strdup_printf ("\n— %s", paragraph->attribution);
          insert_with_tags (self, attribution, tag, "meta", NULL);
        }
      insert_with_tags (self, "\n", NULL);
    }

  if (self->show_removed && document->removed->len > 0)
    {
      insert_with_tags (self, _("Removed from the page"), "heading", "removed", NULL);
      insert_with_tags (self, "\n", NULL);
      for (guint r = 0; r < document->removed->len; r++)
        {
          DossierRemoved *removed = &g_array_index (document->removed, DossierRemoved, r);
          g_autofree char *line = NULL;

          if (removed->first_line > 0)
            line = g_strdup_printf (_("Lines %u–%u, %s: %s\n"), removed->first_line, removed->last_line,
                                    removed_kind_name (removed->kind), removed->text);
          else
            line = g_strdup_printf (_("%s: %s\n"), removed_kind_name (removed->kind), removed->text);
          insert_with_tags (self, line, "removed", NULL);
        }
    }

  /* Highlights: quotes under entities, so names inside quotes show. */
  {
    DossierCodePointCursor quotes = DOSSIER_CODE_POINT_CURSOR_INIT;
    DossierCodePointCursor dates = DOSSIER_CODE_POINT_CURSOR_INIT;
    DossierCodePointCursor mentions = DOSSIER_CODE_POINT_CURSOR_INIT;

    for (guint q = 0; q < document->quotes->len; q++)
      {
        DossierQuote *quote = &g_array_index (document->quotes, DossierQuote, q);
        add_span (self, &quotes, quote->paragraph, g_ptr_array_index (document->paragraphs, quote->paragraph),
                  quote->start, quote->end, quote->speaker_entity, DOSSIER_HIGHLIGHT_QUOTE);
      }
    for (guint d = 0; d < document->dates->len; d++)
      {
        DossierDateMention *mention = &g_array_index (document->dates, DossierDateMention, d);
        add_span (self, &dates, mention->paragraph, g_ptr_array_index (document->paragraphs, mention->paragraph),
                  mention->start, mention->end, -1 - (int) d, DOSSIER_HIGHLIGHT_DATE);
      }
    for (guint m = 0; m < document->mentions->len; m++)
      {
        DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
        add_span (self, &mentions, mention->paragraph, g_ptr_array_index (document->paragraphs, mention->paragraph),
                  mention->start, mention->end, mention->entity, highlight_for_type (mention->type));
      }
  }
  g_array_sort (self->spans, compare_spans);

  for (guint s = 0; s < self->spans->len; s++)
    {
      Span *span = &g_array_index (self->spans, Span, s);
      GtkTextIter from, to;

      gtk_text_buffer_get_iter_at_offset (self->buffer, &from, span->start);
      gtk_text_buffer_get_iter_at_offset (self->buffer, &to, span->end);
      gtk_text_buffer_apply_tag (self->buffer, self->highlight_tags[span->kind], &from, &to);
    }

  apply_annotations (self);

  {
    GtkTextIter start;
    gtk_text_buffer_get_start_iter (self->buffer, &start);
    gtk_text_buffer_place_cursor (self->buffer, &start);
  }
}

/* The innermost entity span at @offset, or NULL. */
static const Span *
span_at (DossierReader *self,
         int            offset,
         gboolean       entities_only)
{
  const Span *found = NULL;

  for (guint s = 0; s < self->spans->len; s++)
    {
      const Span *span = &g_array_index (self->spans, Span, s);
      if (span->start > offset)
        break;
      if (span->end <= offset || !self->shown[span->kind])
        continue;
      if (entities_only && (span->kind == DOSSIER_HIGHLIGHT_DATE || span->kind == DOSSIER_HIGHLIGHT_QUOTE))
        continue;
      if (found == NULL || span->end - span->start <= found->end - found->start)
        found = span;
    }
  return found;
}

static gboolean
on_query_tooltip (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  DossierReader *self = user_data;
  GtkTextIter iter;
  int buffer_x, buffer_y;
  const Span *span;
  DossierAnalysis *analysis;

  if (self->article == NULL)
    return FALSE;
  if (keyboard)
    gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, gtk_text_buffer_get_insert (self->buffer));
  else
    {
      gtk_text_view_window_to_buffer_coords (self->view, GTK_TEXT_WINDOW_WIDGET, x, y, &buffer_x, &buffer_y);
      if (!gtk_text_view_get_iter_at_location (self->view, &iter, buffer_x, buffer_y))
        return FALSE;
    }

  span = span_at (self, gtk_text_iter_get_offset (&iter), FALSE);
  if (span == NULL)
    return FALSE;

  analysis = dossier_article_get_analysis (self->article);
  if (span->kind == DOSSIER_HIGHLIGHT_DATE)
    {
      DossierDocument *document = dossier_article_get_document (self->article);
      DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, -1 - span->entity);
      g_autofree char *shown = dossier_date_is_set (&date->value) ? dossier_date_format_readable (&date->value) : NULL;
      g_autofree char *text = shown ? g_strdup_printf (_("Date: %s"), shown)
                                    : g_strdup (_("Date: not resolved (the article has no publication date)"));
      gtk_tooltip_set_text (tooltip, text);
      return TRUE;
    }
  if (span->kind == DOSSIER_HIGHLIGHT_QUOTE)
    {
      g_autofree char *text = span->entity >= 0
        ? g_strdup_printf (_("Quote by %s"), dossier_analysis_get_entity (analysis, span->entity)->name)
        : g_strdup (_("Quote, speaker unknown"));
      gtk_tooltip_set_text (tooltip, text);
      return TRUE;
    }
  if (span->entity >= 0)
    {
      const DossierEntityRecord *entity = dossier_analysis_get_entity (analysis, span->entity);
      const char *type = entity->type == DOSSIER_ENTITY_PERSON ? _("Person")
                         : entity->type == DOSSIER_ENTITY_ORGANIZATION ? _("Organisation") : _("Place");
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%s — %s, in %u article. Click to inspect.",
                                                            "%s — %s, in %u articles. Click to inspect.",
                                                            entity->documents->len),
                                               entity->name, type, entity->documents->len);
      gtk_tooltip_set_text (tooltip, text);
      return TRUE;
    }
  return FALSE;
}

static gboolean
activate_at (DossierReader *self,
             int            offset)
{
  const Span *span = span_at (self, offset, TRUE);

  if (span == NULL || span->entity < 0)
    return FALSE;
  g_signal_emit (self, signals[ENTITY_ACTIVATED], 0, (guint) span->entity);
  return TRUE;
}

static void
on_click_released (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   gpointer         user_data)
{
  DossierReader *self = user_data;
  GtkTextIter iter;
  int buffer_x, buffer_y;
  GtkTextIter start, end;

  /* A drag that selected text offers to highlight it. */
  if (gtk_text_buffer_get_selection_bounds (self->buffer, &start, &end))
    {
      dossier_reader_offer_highlight (self);
      return;
    }
  gtk_text_view_window_to_buffer_coords (self->view, GTK_TEXT_WINDOW_WIDGET, (int) x, (int) y, &buffer_x, &buffer_y);
  if (gtk_text_view_get_iter_at_location (self->view, &iter, buffer_x, buffer_y))
    {
      DossierAnnotation *annotation = annotation_at (self, gtk_text_iter_get_offset (&iter));

      if (annotation != NULL)
        dossier_reader_edit_annotation (self, annotation);
      else
        activate_at (self, gtk_text_iter_get_offset (&iter));
    }
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                gpointer               user_data)
{
  DossierReader *self = user_data;
  GtkTextIter iter;

  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter)
    return FALSE;
  gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, gtk_text_buffer_get_insert (self->buffer));
  return activate_at (self, gtk_text_iter_get_offset (&iter));
}

static gboolean
end_flash (gpointer user_data)
{
  DossierReader *self = user_data;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->flash_tag, &start, &end);
  self->flash_id = 0;
  return G_SOURCE_REMOVE;
}

/* Scrolls to the words and flashes them. */
static void
flash (DossierReader     *self,
       const GtkTextIter *from,
       const GtkTextIter *to)
{
  end_flash (self);
  gtk_text_buffer_apply_tag (self->buffer, self->flash_tag, from, to);
  gtk_text_buffer_place_cursor (self->buffer, from);
  gtk_text_view_scroll_to_iter (self->view, (GtkTextIter *) from, 0.1, TRUE, 0.0, 0.3);
  g_clear_handle_id (&self->flash_id, g_source_remove);
  self->flash_id = g_timeout_add (1600, end_flash, self);
}

static void
dossier_reader_dispose (GObject *object)
{
  DossierReader *self = DOSSIER_READER (object);

  g_clear_handle_id (&self->flash_id, g_source_remove);
  g_clear_pointer (&self->popover, gtk_widget_unparent);
  if (self->annotations != NULL)
    g_signal_handlers_disconnect_by_func (self->annotations, on_annotations_changed, self);
  g_clear_object (&self->annotations);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_object (&self->article);
  g_clear_object (&self->text_size);
  G_OBJECT_CLASS (dossier_reader_parent_class)->dispose (object);
}

static void
dossier_reader_finalize (GObject *object)
{
  DossierReader *self = DOSSIER_READER (object);

  g_array_unref (self->spans);
  g_array_unref (self->paragraph_offsets);
  g_array_unref (self->article_offsets);
  g_array_unref (self->paragraph_lengths);
  g_array_unref (self->annotation_spans);
  G_OBJECT_CLASS (dossier_reader_parent_class)->finalize (object);
}

static void
dossier_reader_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DossierReader *self = DOSSIER_READER (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      g_value_set_object (value, self->article);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_reader_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  DossierReader *self = DOSSIER_READER (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      dossier_reader_set_article (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_reader_class_init (DossierReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_reader_dispose;
  object_class->finalize = dossier_reader_finalize;
  object_class->get_property = dossier_reader_get_property;
  object_class->set_property = dossier_reader_set_property;

  properties[PROP_ARTICLE] = g_param_spec_object ("article", NULL, NULL, DOSSIER_TYPE_ARTICLE,
                                                  G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                  G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DossierReader::entity-activated:
   * @entity: the index of the entity in the article's analysis
   */
  signals[ENTITY_ACTIVATED] = g_signal_new ("entity-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                            0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
  /* The researcher chose a colour for the selected words: colour, and
   * their start and end in the article text (code points). */
  signals[ANNOTATE] = g_signal_new ("annotate", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_UINT, G_TYPE_INT64, G_TYPE_INT64);
  signals[ANNOTATION_CHANGED] = g_signal_new ("annotation-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                              0, NULL, NULL, NULL, G_TYPE_NONE, 1, DOSSIER_TYPE_ANNOTATION);
  signals[ANNOTATION_DELETE_REQUESTED] = g_signal_new ("annotation-delete-requested", G_TYPE_FROM_CLASS (klass),
                                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                                       DOSSIER_TYPE_ANNOTATION);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "reader");
}

static void
dossier_reader_init (DossierReader *self)
{
  GtkWidget *clamp;
  GtkEventController *key;
  GtkGesture *click;

  self->spans = g_array_new (FALSE, FALSE, sizeof (Span));
  self->paragraph_offsets = g_array_new (FALSE, FALSE, sizeof (int));
  self->article_offsets = g_array_new (FALSE, FALSE, sizeof (int));
  self->paragraph_lengths = g_array_new (FALSE, FALSE, sizeof (int));
  self->annotation_spans = g_array_new (FALSE, FALSE, sizeof (AnnotationSpan));

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));

  self->view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_editable (self->view, FALSE);
  gtk_text_view_set_cursor_visible (self->view, TRUE);
  gtk_text_view_set_wrap_mode (self->view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_pixels_below_lines (self->view, 12);
  gtk_text_view_set_top_margin (self->view, 24);
  gtk_text_view_set_bottom_margin (self->view, 48);
  gtk_text_view_set_left_margin (self->view, 12);
  gtk_text_view_set_right_margin (self->view, 12);
  gtk_widget_add_css_class (GTK_WIDGET (self->view), "reader-text");
  gtk_widget_set_has_tooltip (GTK_WIDGET (self->view), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Article text"), -1);
  self->buffer = gtk_text_view_get_buffer (self->view);
  /* Text size by CSS on the view alone, so every tag's own scale (title,
   * headings) stays relative to it. */
  self->text_size = gtk_css_provider_new ();
  gtk_style_context_add_provider (gtk_widget_get_style_context (GTK_WIDGET (self->view)),
                                  GTK_STYLE_PROVIDER (self->text_size),
                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  clamp = adw_clamp_scrollable_new ();
  adw_clamp_scrollable_set_maximum_size (ADW_CLAMP_SCROLLABLE (clamp), 760);
  adw_clamp_scrollable_set_tightening_threshold (ADW_CLAMP_SCROLLABLE (clamp), 600);
  adw_clamp_scrollable_set_child (ADW_CLAMP_SCROLLABLE (clamp), GTK_WIDGET (self->view));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), clamp);

  gtk_text_buffer_create_tag (self->buffer, "title", "weight", PANGO_WEIGHT_BOLD, "scale", 1.7,
                              "pixels-below-lines", 6, NULL);
  gtk_text_buffer_create_tag (self->buffer, "untitled", "style", PANGO_STYLE_ITALIC, "foreground", "#77767b",
                              "scale", 1.3, NULL);
  gtk_text_buffer_create_tag (self->buffer, "meta", "foreground", "#77767b", "scale", 0.95,
                              "pixels-below-lines", 18, NULL);
  gtk_text_buffer_create_tag (self->buffer, "body", "scale", 1.1, NULL);
  gtk_text_buffer_create_tag (self->buffer, "heading", "weight", PANGO_WEIGHT_BOLD, "scale", 1.25,
                              "pixels-above-lines", 12, NULL);
  gtk_text_buffer_create_tag (self->buffer, "list-item", "scale", 1.1, "left-margin", 36, "indent", -20,
                              "pixels-below-lines", 4, NULL);
  gtk_text_buffer_create_tag (self->buffer, "block-quote", "scale", 1.1, "style", PANGO_STYLE_ITALIC,
                              "left-margin", 36, NULL);
  gtk_text_buffer_create_tag (self->buffer, "removed", "foreground", "#9a9996", "scale", 0.95, NULL);
  self->flash_tag = gtk_text_buffer_create_tag (self->buffer, "flash", "background", "rgba(246,211,45,0.65)", NULL);

  for (int h = 0; h < DOSSIER_N_HIGHLIGHTS; h++)
    {
      self->highlight_tags[h] = gtk_text_buffer_create_tag (self->buffer, dossier_mark_to_string ((DossierMark) h), NULL);
      self->shown[h] = TRUE;
      apply_highlight_style (self, h);
    }
  /* Entities above quotes, so a name inside a quote keeps its colour. */
  gtk_text_tag_set_priority (self->highlight_tags[DOSSIER_HIGHLIGHT_QUOTE], 0);

  /* The researcher's highlights over everything else; an underline keeps
   * them apart from entity tints in high contrast. */
  for (guint c = 0; c < DOSSIER_N_COLOURS; c++)
    {
      g_autofree char *name = g_strconcat ("annotation-", dossier_colour_to_string (c), NULL);
      const DossierRgb *rgb = dossier_palette_get_annotation (c);
      GdkRGBA rgba = { rgb->red, rgb->green, rgb->blue, 0.55 };

      self->annotation_tags[c] = gtk_text_buffer_create_tag (self->buffer, name, "background-rgba", &rgba,
                                                             "underline", PANGO_UNDERLINE_SINGLE, NULL);
      rgba.alpha = 1;
      g_object_set (self->annotation_tags[c], "underline-rgba", &rgba, NULL);
    }

  self->popover = dossier_annotation_popover_new ();
  gtk_widget_set_parent (self->popover, GTK_WIDGET (self->view));
  gtk_popover_set_position (GTK_POPOVER (self->popover), GTK_POS_TOP);
  g_signal_connect (self->popover, "colour-chosen", G_CALLBACK (on_colour_chosen), self);
  g_signal_connect (self->popover, "changed", G_CALLBACK (on_popover_changed), self);
  g_signal_connect (self->popover, "delete-requested", G_CALLBACK (on_popover_delete), self);

  g_signal_connect (self->view, "query-tooltip", G_CALLBACK (on_query_tooltip), self);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (on_click_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self->view), GTK_EVENT_CONTROLLER (click));

  key = gtk_event_controller_key_new ();
  g_signal_connect (key, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->view), key);
}

GtkWidget *
dossier_reader_new (void)
{
  return g_object_new (DOSSIER_TYPE_READER, NULL);
}

DossierArticle *
dossier_reader_get_article (DossierReader *self)
{
  g_return_val_if_fail (DOSSIER_IS_READER (self), NULL);
  return self->article;
}

void
dossier_reader_set_article (DossierReader  *self,
                            DossierArticle *article)
{
  g_return_if_fail (DOSSIER_IS_READER (self));
  g_return_if_fail (article == NULL || DOSSIER_IS_ARTICLE (article));

  if (!g_set_object (&self->article, article))
    return;
  render (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller)), 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);
}

gboolean
dossier_reader_get_highlight (DossierReader    *self,
                              DossierHighlight  highlight)
{
  g_return_val_if_fail (DOSSIER_IS_READER (self), FALSE);
  g_return_val_if_fail (highlight < DOSSIER_N_HIGHLIGHTS, FALSE);
  return self->shown[highlight];
}

void
dossier_reader_set_highlight (DossierReader    *self,
                              DossierHighlight  highlight,
                              gboolean          shown)
{
  g_return_if_fail (DOSSIER_IS_READER (self));
  g_return_if_fail (highlight < DOSSIER_N_HIGHLIGHTS);

  shown = !!shown;
  if (self->shown[highlight] == shown)
    return;
  self->shown[highlight] = shown;
  apply_highlight_style (self, highlight);
}

void
dossier_reader_set_text_scale (DossierReader *self,
                               double         scale)
{
  g_autofree char *css = NULL;

  g_return_if_fail (DOSSIER_IS_READER (self));

  css = g_strdup_printf ("textview { font-size: %d%%; }", (int) (CLAMP (scale, 0.5, 3.0) * 100 + 0.5));
  gtk_css_provider_load_from_data (self->text_size, css, -1);
}

void
dossier_reader_set_show_removed (DossierReader *self,
                                 gboolean       show_removed)
{
  g_return_if_fail (DOSSIER_IS_READER (self));

  show_removed = !!show_removed;
  if (self->show_removed == show_removed)
    return;
  self->show_removed = show_removed;
  render (self);
}

void
dossier_reader_show_span (DossierReader *self,
                          guint          paragraph,
                          gsize          start,
                          gsize          end)
{
  DossierDocument *document;
  DossierParagraph *text;
  GtkTextIter from, to;
  int base;

  g_return_if_fail (DOSSIER_IS_READER (self));

  if (self->article == NULL || paragraph >= self->paragraph_offsets->len)
    return;
  document = dossier_article_get_document (self->article);
  text = g_ptr_array_index (document->paragraphs, paragraph);
  base = g_array_index (self->paragraph_offsets, int, paragraph);
  gtk_text_buffer_get_iter_at_offset (self->buffer, &from, base + (int) g_utf8_pointer_to_offset (text->text, text->text + start));
  gtk_text_buffer_get_iter_at_offset (self->buffer, &to, base + (int) g_utf8_pointer_to_offset (text->text, text->text + end));
  flash (self, &from, &to);
}

GtkTextView *
dossier_reader_get_text_view (DossierReader *self)
{
  g_return_val_if_fail (DOSSIER_IS_READER (self), NULL);
  return self->view;
}

guint
dossier_reader_count_highlighted (DossierReader    *self,
                                  DossierHighlight  highlight)
{
  guint count = 0;

  g_return_val_if_fail (DOSSIER_IS_READER (self), 0);

  if (!self->shown[highlight])
    return 0;
  for (guint s = 0; s < self->spans->len; s++)
    {
      Span *span = &g_array_index (self->spans, Span, s);
      if (span->kind == highlight)
        count += span->end - span->start;
    }
  return count;
}

/* The dossier's annotations (of DossierAnnotation): those of the shown
 * article are highlighted in their colours. */
void
dossier_reader_set_annotations (DossierReader *self,
                                GListModel    *annotations)
{
  g_return_if_fail (DOSSIER_IS_READER (self));

  if (self->annotations == annotations)
    return;
  if (self->annotations != NULL)
    g_signal_handlers_disconnect_by_func (self->annotations, on_annotations_changed, self);
  g_set_object (&self->annotations, annotations);
  if (annotations != NULL)
    g_signal_connect (annotations, "items-changed", G_CALLBACK (on_annotations_changed), self);
  apply_annotations (self);
}

void
dossier_reader_set_colour_labels (DossierReader      *self,
                                  const char * const *labels)
{
  g_return_if_fail (DOSSIER_IS_READER (self));
  dossier_annotation_popover_set_labels (DOSSIER_ANNOTATION_POPOVER (self->popover), labels);
}

/* The selected words of the article, in code points of the article
 * text; FALSE when nothing of the article's body is selected. */
gboolean
dossier_reader_get_selection (DossierReader *self,
                              gint64        *start,
                              gint64        *end)
{
  GtkTextIter from, to;

  g_return_val_if_fail (DOSSIER_IS_READER (self), FALSE);

  if (self->article == NULL || !gtk_text_buffer_get_selection_bounds (self->buffer, &from, &to))
    return FALSE;
  *start = buffer_to_article (self, gtk_text_iter_get_offset (&from));
  *end = buffer_to_article (self, gtk_text_iter_get_offset (&to));
  return *end > *start;
}

/* Offers colours for the selected words, in the popover over them. */
gboolean
dossier_reader_offer_highlight (DossierReader *self)
{
  g_return_val_if_fail (DOSSIER_IS_READER (self), FALSE);

  if (self->read_only || !dossier_reader_get_selection (self, &self->pending_start, &self->pending_end))
    return FALSE;
  dossier_annotation_popover_edit (DOSSIER_ANNOTATION_POPOVER (self->popover), NULL);
  point_popover_at (self, article_to_buffer (self, self->pending_start), article_to_buffer (self, self->pending_end));
  gtk_popover_popup (GTK_POPOVER (self->popover));
  return TRUE;
}

/* Whether the dossier shown can keep highlights: without, selecting words
 * offers no colours and a highlight's popover shows its note unchangeable. */
void
dossier_reader_set_read_only (DossierReader *self,
                              gboolean       read_only)
{
  g_return_if_fail (DOSSIER_IS_READER (self));

  self->read_only = read_only;
  if (read_only)
    gtk_popover_popdown (GTK_POPOVER (self->popover));
}

/* Opens the popover on @annotation, of the shown article. */
void
dossier_reader_edit_annotation (DossierReader     *self,
                                DossierAnnotation *annotation)
{
  const DossierAnchor *anchor;

  g_return_if_fail (DOSSIER_IS_READER (self));
  g_return_if_fail (DOSSIER_IS_ANNOTATION (annotation));

  if (self->article == NULL || dossier_annotation_get_orphaned (annotation) ||
      dossier_annotation_get_document (annotation) != (int) dossier_article_get_index (self->article))
    return;
  anchor = dossier_annotation_get_anchor (annotation);
  self->pending_start = self->pending_end = 0;
  dossier_annotation_popover_edit (DOSSIER_ANNOTATION_POPOVER (self->popover), annotation);
  /* In a read-only dossier the note and tags are shown, not to be changed. */
  gtk_widget_set_sensitive (gtk_popover_get_child (GTK_POPOVER (self->popover)), !self->read_only);
  point_popover_at (self, article_to_buffer (self, anchor->start), article_to_buffer (self, anchor->end));
  gtk_popover_popup (GTK_POPOVER (self->popover));
}

/* Scrolls to @annotation, of the shown article, and flashes it. */
void
dossier_reader_show_annotation (DossierReader     *self,
                                DossierAnnotation *annotation)
{
  const DossierAnchor *anchor;
  GtkTextIter start, end;

  g_return_if_fail (DOSSIER_IS_READER (self));

  if (self->article == NULL || dossier_annotation_get_orphaned (annotation) ||
      dossier_annotation_get_document (annotation) != (int) dossier_article_get_index (self->article))
    return;
  anchor = dossier_annotation_get_anchor (annotation);
  gtk_text_buffer_get_iter_at_offset (self->buffer, &start, article_to_buffer (self, anchor->start));
  gtk_text_buffer_get_iter_at_offset (self->buffer, &end, article_to_buffer (self, anchor->end));
  flash (self, &start, &end);
}

GtkWidget *
dossier_reader_get_annotation_popover (DossierReader *self)
{
  g_return_val_if_fail (DOSSIER_IS_READER (self), NULL);
  return self->popover;
}
