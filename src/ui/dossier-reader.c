/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The reader shows a DossierArticleBuffer (the article's text and marks)
 * and adds what is the researcher's: their highlights in their colours,
 * the popover to make and edit them, and what pointing at a mark says or
 * does.  The text size is set by CSS on the view alone, so every tag's
 * own scale (title, headings) stays relative to it. */

#include "config.h"

#include "dossier-reader.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dossier-annotation-popover.h"
#include "dossier-entity.h"
#include "dossier-palette.h"
#include "dossier-ui-template.h"

struct _DossierReader
{
  GtkWidget parent_instance;

  GtkWidget *scroller;
  GtkTextView *view;
  DossierArticleBuffer *buffer;

  gboolean show_removed;
  GtkTextTag *flash_tag;
  guint flash_id;
  GtkCssProvider *text_size;  /* the reader's text size */
  double text_scale;

  DossierCorpus *corpus;      /* whose annotations of the article are shown */
  GSignalGroup *annotation_signals;  /* of the corpus's annotations */
  GStrv colour_labels;
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
  PROP_CORPUS,
  PROP_COLOUR_LABELS,
  PROP_READ_ONLY,
  PROP_SHOW_REMOVED,
  PROP_TEXT_SCALE,
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

static DossierArticle *
article_of (DossierReader *self)
{
  return dossier_article_buffer_get_article (self->buffer);
}

static int
article_to_buffer (DossierReader *self,
                   gint64         offset)
{
  return dossier_article_buffer_from_article (self->buffer, offset);
}

/* The researcher's highlights of this article, in their colours. */
static void
apply_annotations (DossierReader *self)
{
  GListModel *annotations = self->corpus != NULL ? dossier_corpus_get_annotations (self->corpus) : NULL;
  GtkTextIter start, end;
  int document;

  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (self->buffer), &start, &end);
  for (guint c = 0; c < DOSSIER_N_COLOURS; c++)
    gtk_text_buffer_remove_tag (GTK_TEXT_BUFFER (self->buffer), self->annotation_tags[c], &start, &end);
  g_array_set_size (self->annotation_spans, 0);
  if (article_of (self) == NULL || annotations == NULL)
    return;

  document = (int) dossier_article_get_index (article_of (self));
  for (guint i = 0; i < g_list_model_get_n_items (annotations); i++)
    {
      g_autoptr(DossierAnnotation) annotation = g_list_model_get_item (annotations, i);
      AnnotationSpan span;

      if (dossier_annotation_get_document (annotation) != document || dossier_annotation_get_orphaned (annotation))
        continue;
      span.start = article_to_buffer (self, dossier_annotation_get_start (annotation));
      span.end = article_to_buffer (self, dossier_annotation_get_end (annotation));
      span.annotation = annotation;  /* the list keeps it */
      if (span.end <= span.start)
        continue;
      g_array_append_val (self->annotation_spans, span);
      gtk_text_buffer_get_iter_at_offset (GTK_TEXT_BUFFER (self->buffer), &start, span.start);
      gtk_text_buffer_get_iter_at_offset (GTK_TEXT_BUFFER (self->buffer), &end, span.end);
      gtk_text_buffer_apply_tag (GTK_TEXT_BUFFER (self->buffer), self->annotation_tags[dossier_annotation_get_colour (annotation)],
                                 &start, &end);
    }
}

static void
on_annotations_changed (DossierReader *self,
                        guint          position,
                        guint          removed,
                        guint          added,
                        GListModel    *model)
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

  gtk_text_buffer_get_iter_at_offset (GTK_TEXT_BUFFER (self->buffer), &from, start);
  gtk_text_buffer_get_iter_at_offset (GTK_TEXT_BUFFER (self->buffer), &to, end);
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

/* What a mark is, said when it is pointed at. */
static gboolean
on_query_tooltip (DossierReader *self,
                  int            x,
                  int            y,
                  gboolean       keyboard,
                  GtkTooltip    *tooltip,
                  GtkWidget     *view)
{
  GtkTextIter iter;
  int buffer_x, buffer_y;
  const DossierArticleMark *mark;

  if (article_of (self) == NULL)
    return FALSE;
  if (keyboard)
    gtk_text_buffer_get_iter_at_mark (GTK_TEXT_BUFFER (self->buffer), &iter, gtk_text_buffer_get_insert (GTK_TEXT_BUFFER (self->buffer)));
  else
    {
      gtk_text_view_window_to_buffer_coords (self->view, GTK_TEXT_WINDOW_WIDGET, x, y, &buffer_x, &buffer_y);
      if (!gtk_text_view_get_iter_at_location (self->view, &iter, buffer_x, buffer_y))
        return FALSE;
    }

  mark = dossier_article_buffer_get_mark_at (self->buffer, gtk_text_iter_get_offset (&iter), FALSE);
  if (mark == NULL)
    return FALSE;
  if (mark->mark == DOSSIER_MARK_DATE)
    {
      g_autofree char *text = mark->label ? g_strdup_printf (_("Date: %s"), mark->label)
                                          : g_strdup (_("Date: not resolved (the article has no publication date)"));
      gtk_tooltip_set_text (tooltip, text);
      return TRUE;
    }
  if (mark->mark == DOSSIER_MARK_QUOTE)
    {
      g_autofree char *text = mark->entity >= 0
        ? g_strdup_printf (_("Quote by %s"), mark->label)
        : g_strdup (_("Quote, speaker unknown"));
      gtk_tooltip_set_text (tooltip, text);
      return TRUE;
    }
  if (mark->entity >= 0)
    {
      g_autoptr(DossierEntity) entity = dossier_entity_new_for_article (article_of (self), mark->entity);
      DossierEntityType entity_type = dossier_entity_get_entity_type (entity);
      guint n_articles = dossier_entity_get_n_articles (entity);
      const char *type = entity_type == DOSSIER_ENTITY_PERSON ? _("Person")
                         : entity_type == DOSSIER_ENTITY_ORGANIZATION ? _("Organisation") : _("Place");
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%s — %s, in %u article. Click to inspect.",
                                                            "%s — %s, in %u articles. Click to inspect.",
                                                            n_articles),
                                               dossier_entity_get_name (entity), type, n_articles);
      gtk_tooltip_set_text (tooltip, text);
      return TRUE;
    }
  return FALSE;
}

static gboolean
activate_at (DossierReader *self,
             int            offset)
{
  const DossierArticleMark *mark = dossier_article_buffer_get_mark_at (self->buffer, offset, TRUE);

  if (mark == NULL || mark->entity < 0)
    return FALSE;
  g_signal_emit (self, signals[ENTITY_ACTIVATED], 0, (guint) mark->entity);
  return TRUE;
}

static void
on_click_released (DossierReader   *self,
                   int              n_press,
                   double           x,
                   double           y,
                   GtkGestureClick *gesture)
{
  GtkTextIter iter;
  int buffer_x, buffer_y;
  GtkTextIter start, end;

  /* A drag that selected text offers to highlight it. */
  if (gtk_text_buffer_get_selection_bounds (GTK_TEXT_BUFFER (self->buffer), &start, &end))
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

/* Enter on a name inspects it, as a click does. */
static gboolean
on_key_pressed (DossierReader         *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  GtkTextIter iter;

  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter)
    return FALSE;
  gtk_text_buffer_get_iter_at_mark (GTK_TEXT_BUFFER (self->buffer), &iter, gtk_text_buffer_get_insert (GTK_TEXT_BUFFER (self->buffer)));
  return activate_at (self, gtk_text_iter_get_offset (&iter));
}

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
static void
flash (DossierReader     *self,
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

static void
dossier_reader_dispose (GObject *object)
{
  DossierReader *self = DOSSIER_READER (object);

  g_clear_handle_id (&self->flash_id, g_source_remove);
  g_clear_pointer (&self->popover, gtk_widget_unparent);
  g_clear_object (&self->annotation_signals);
  g_clear_object (&self->corpus);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_READER);
  dossier_widget_unparent_children (GTK_WIDGET (object));
  g_clear_object (&self->text_size);
  G_OBJECT_CLASS (dossier_reader_parent_class)->dispose (object);
}

static void
dossier_reader_finalize (GObject *object)
{
  DossierReader *self = DOSSIER_READER (object);

  g_array_unref (self->annotation_spans);
  g_strfreev (self->colour_labels);
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
      g_value_set_object (value, article_of (self));
      break;
    case PROP_CORPUS:
      g_value_set_object (value, self->corpus);
      break;
    case PROP_COLOUR_LABELS:
      g_value_set_boxed (value, self->colour_labels);
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    case PROP_SHOW_REMOVED:
      g_value_set_boolean (value, self->show_removed);
      break;
    case PROP_TEXT_SCALE:
      g_value_set_double (value, self->text_scale);
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
    case PROP_CORPUS:
      dossier_reader_set_corpus (self, g_value_get_object (value));
      break;
    case PROP_COLOUR_LABELS:
      dossier_reader_set_colour_labels (self, g_value_get_boxed (value));
      break;
    case PROP_READ_ONLY:
      dossier_reader_set_read_only (self, g_value_get_boolean (value));
      break;
    case PROP_SHOW_REMOVED:
      dossier_reader_set_show_removed (self, g_value_get_boolean (value));
      break;
    case PROP_TEXT_SCALE:
      dossier_reader_set_text_scale (self, g_value_get_double (value));
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
  /* The dossier the article belongs to: its annotations of the article
   * are highlighted in their colours. */
  properties[PROP_CORPUS] = g_param_spec_object ("corpus", NULL, NULL, DOSSIER_TYPE_CORPUS,
                                                 G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                 G_PARAM_STATIC_STRINGS);
  /* What each DossierColour means, DOSSIER_N_COLOURS of them. */
  properties[PROP_COLOUR_LABELS] = g_param_spec_boxed ("colour-labels", NULL, NULL, G_TYPE_STRV,
                                                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                       G_PARAM_STATIC_STRINGS);
  properties[PROP_READ_ONLY] = g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                                                     G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                     G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_REMOVED] = g_param_spec_boolean ("show-removed", NULL, NULL, FALSE,
                                                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                        G_PARAM_STATIC_STRINGS);
  /* A factor on the normal text size. */
  properties[PROP_TEXT_SCALE] = g_param_spec_double ("text-scale", NULL, NULL, 0.5, 3.0, 1.0,
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

  g_type_ensure (DOSSIER_TYPE_ARTICLE_BUFFER);
  dossier_widget_class_set_template (widget_class, "dossier-reader.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierReader, scroller);
  gtk_widget_class_bind_template_child (widget_class, DossierReader, view);
  gtk_widget_class_bind_template_child (widget_class, DossierReader, buffer);
  gtk_widget_class_bind_template_callback (widget_class, on_query_tooltip);
  gtk_widget_class_bind_template_callback (widget_class, on_click_released);
  gtk_widget_class_bind_template_callback (widget_class, on_key_pressed);
  gtk_widget_class_set_css_name (widget_class, "reader");
}

static void
dossier_reader_init (DossierReader *self)
{
  self->annotation_spans = g_array_new (FALSE, FALSE, sizeof (AnnotationSpan));
  self->text_scale = 1.0;
  self->annotation_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_object (self->annotation_signals, "items-changed", G_CALLBACK (on_annotations_changed),
                                 self, G_CONNECT_SWAPPED);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->text_size = gtk_css_provider_new ();
  gtk_style_context_add_provider (gtk_widget_get_style_context (GTK_WIDGET (self->view)),
                                  GTK_STYLE_PROVIDER (self->text_size),
                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  self->flash_tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (GTK_TEXT_BUFFER (self->buffer)),
                                               "flash");

  /* The researcher's highlights over everything else; an underline keeps
   * them apart from entity tints in high contrast. */
  for (guint c = 0; c < DOSSIER_N_COLOURS; c++)
    {
      g_autofree char *name = g_strconcat ("annotation-", dossier_colour_to_string (c), NULL);
      const DossierRgb *rgb = dossier_palette_get_annotation (c);
      GdkRGBA rgba = { rgb->red, rgb->green, rgb->blue, 0.55 };

      self->annotation_tags[c] = gtk_text_buffer_create_tag (GTK_TEXT_BUFFER (self->buffer), name,
                                                             "background-rgba", &rgba,
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
  return article_of (self);
}

void
dossier_reader_set_article (DossierReader  *self,
                            DossierArticle *article)
{
  g_return_if_fail (DOSSIER_IS_READER (self));
  g_return_if_fail (article == NULL || DOSSIER_IS_ARTICLE (article));

  if (article == article_of (self))
    return;
  dossier_article_buffer_set_article (self->buffer, article);
  apply_annotations (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller)), 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);
}

gboolean
dossier_reader_get_highlight (DossierReader    *self,
                              DossierHighlight  highlight)
{
  g_return_val_if_fail (DOSSIER_IS_READER (self), FALSE);
  return dossier_article_buffer_get_highlight (self->buffer, highlight);
}

void
dossier_reader_set_highlight (DossierReader    *self,
                              DossierHighlight  highlight,
                              gboolean          shown)
{
  g_return_if_fail (DOSSIER_IS_READER (self));
  dossier_article_buffer_set_highlight (self->buffer, highlight, shown);
}

void
dossier_reader_set_text_scale (DossierReader *self,
                               double         scale)
{
  g_autofree char *css = NULL;

  g_return_if_fail (DOSSIER_IS_READER (self));

  scale = CLAMP (scale, 0.5, 3.0);
  if (scale == self->text_scale)
    return;
  self->text_scale = scale;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT_SCALE]);
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
  dossier_article_buffer_set_show_removed (self->buffer, show_removed);
  apply_annotations (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_REMOVED]);
}

void
dossier_reader_show_span (DossierReader *self,
                          guint          paragraph,
                          guint          start,
                          guint          end)
{
  GtkTextIter from, to;
  int base, length;

  g_return_if_fail (DOSSIER_IS_READER (self));

  if (!dossier_article_buffer_get_paragraph (self->buffer, paragraph, &base, &length))
    return;
  gtk_text_buffer_get_iter_at_offset (GTK_TEXT_BUFFER (self->buffer), &from, base + MIN ((int) start, length));
  gtk_text_buffer_get_iter_at_offset (GTK_TEXT_BUFFER (self->buffer), &to, base + MIN ((int) end, length));
  flash (self, &from, &to);
}

GtkTextView *
dossier_reader_get_text_view (DossierReader *self)
{
  g_return_val_if_fail (DOSSIER_IS_READER (self), NULL);
  return self->view;
}

/* For tests: the number of characters carrying @highlight's tag. */
guint
dossier_reader_count_highlighted (DossierReader    *self,
                                  DossierHighlight  highlight)
{
  g_return_val_if_fail (DOSSIER_IS_READER (self), 0);
  return dossier_article_buffer_count_highlighted (self->buffer, highlight);
}

DossierCorpus *
dossier_reader_get_corpus (DossierReader *self)
{
  g_return_val_if_fail (DOSSIER_IS_READER (self), NULL);
  return self->corpus;
}

void
dossier_reader_set_corpus (DossierReader *self,
                           DossierCorpus *corpus)
{
  g_return_if_fail (DOSSIER_IS_READER (self));
  g_return_if_fail (corpus == NULL || DOSSIER_IS_CORPUS (corpus));

  if (!g_set_object (&self->corpus, corpus))
    return;
  g_signal_group_set_target (self->annotation_signals, corpus != NULL ? dossier_corpus_get_annotations (corpus) : NULL);
  apply_annotations (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CORPUS]);
}

void
dossier_reader_set_colour_labels (DossierReader      *self,
                                  const char * const *labels)
{
  g_return_if_fail (DOSSIER_IS_READER (self));

  if (labels == (const char * const *) self->colour_labels)
    return;
  g_strfreev (self->colour_labels);
  self->colour_labels = g_strdupv ((char **) labels);
  dossier_annotation_popover_set_labels (DOSSIER_ANNOTATION_POPOVER (self->popover), labels);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOUR_LABELS]);
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

  if (article_of (self) == NULL || !gtk_text_buffer_get_selection_bounds (GTK_TEXT_BUFFER (self->buffer), &from, &to))
    return FALSE;
  *start = dossier_article_buffer_to_article (self->buffer, gtk_text_iter_get_offset (&from));
  *end = dossier_article_buffer_to_article (self->buffer, gtk_text_iter_get_offset (&to));
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

  read_only = !!read_only;
  if (self->read_only == read_only)
    return;
  self->read_only = read_only;
  if (read_only)
    gtk_popover_popdown (GTK_POPOVER (self->popover));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
}

/* Opens the popover on @annotation, of the shown article. */
void
dossier_reader_edit_annotation (DossierReader     *self,
                                DossierAnnotation *annotation)
{
  g_return_if_fail (DOSSIER_IS_READER (self));
  g_return_if_fail (DOSSIER_IS_ANNOTATION (annotation));

  if (article_of (self) == NULL || dossier_annotation_get_orphaned (annotation) ||
      dossier_annotation_get_document (annotation) != (int) dossier_article_get_index (article_of (self)))
    return;
  self->pending_start = self->pending_end = 0;
  dossier_annotation_popover_edit (DOSSIER_ANNOTATION_POPOVER (self->popover), annotation);
  /* In a read-only dossier the note and tags are shown, not to be changed. */
  gtk_widget_set_sensitive (gtk_popover_get_child (GTK_POPOVER (self->popover)), !self->read_only);
  point_popover_at (self, article_to_buffer (self, dossier_annotation_get_start (annotation)),
                    article_to_buffer (self, dossier_annotation_get_end (annotation)));
  gtk_popover_popup (GTK_POPOVER (self->popover));
}

/* Scrolls to @annotation, of the shown article, and flashes it. */
void
dossier_reader_show_annotation (DossierReader     *self,
                                DossierAnnotation *annotation)
{
  GtkTextIter start, end;

  g_return_if_fail (DOSSIER_IS_READER (self));

  if (article_of (self) == NULL || dossier_annotation_get_orphaned (annotation) ||
      dossier_annotation_get_document (annotation) != (int) dossier_article_get_index (article_of (self)))
    return;
  gtk_text_buffer_get_iter_at_offset (GTK_TEXT_BUFFER (self->buffer), &start, article_to_buffer (self, dossier_annotation_get_start (annotation)));
  gtk_text_buffer_get_iter_at_offset (GTK_TEXT_BUFFER (self->buffer), &end, article_to_buffer (self, dossier_annotation_get_end (annotation)));
  flash (self, &start, &end);
}

GtkWidget *
dossier_reader_get_annotation_popover (DossierReader *self)
{
  g_return_val_if_fail (DOSSIER_IS_READER (self), NULL);
  return self->popover;
}
