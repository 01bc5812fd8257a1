/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The reader shows a DossierArticleBuffer (the article's text and marks)
 * and adds what is the researcher's: their highlights in their colours
 * (painted by a DossierTextView under the text, with a marker on those
 * that carry a note), the popover to make and edit them, and what a mark
 * is: said by pointing at it (a tooltip), by the keyboard (What Is This?,
 * Alt+Return, a popover with the same words and what can be done), and to
 * a screen reader as the cursor moves onto it (the text's accessible
 * description).  The popovers are the reader's children, not the text
 * view's: a text view with a popover child lost its allocation when the
 * popover resized as a note was typed, and went blank.  The text size is
 * set by CSS on the view alone, so every tag's own scale (title,
 * headings) stays relative to it. */

#include "config.h"

#include "dossier-reader.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dossier-annotation-popover.h"
#include "dossier-entity.h"
#include "dossier-page-address.h"
#include "dossier-palette.h"
#include "dossier-text-view.h"
#include "dossier-ui-template.h"

struct _DossierReader
{
  GtkWidget parent_instance;

  GtkWidget *scroller;
  GtkTextView *view;
  GtkRevealer *uncleaned_revealer;
  GtkWidget *keep_button;
  GtkWidget *remove_button;
  GSignalGroup *article_signals;  /* of the article read */
  DossierArticleBuffer *buffer;
  GtkWidget *describe_popover;
  GtkLabel *describe_label;
  GtkWidget *inspect_button;
  GtkWidget *note_button;
  char *describe_entity;      /* the key the popover's Inspect button names */
  DossierAnnotation *describe_annotation;

  gboolean show_removed;
  GtkTextTag *flash_tag;
  guint flash_id;
  GtkCssProvider *text_size;  /* the reader's text size */
  double text_scale;

  DossierCorpus *corpus;      /* whose annotations of the article are shown */
  GSignalGroup *annotation_signals;  /* of the corpus's annotations */
  GStrv colour_labels;
  GArray *annotation_spans;   /* of AnnotationSpan, this article's */
  /* Tags of no look of their own (the view paints the highlights): they
   * say where each colour is, to tests and to the text's attributes. */
  GtkTextTag *annotation_tags[DOSSIER_N_COLOURS];
  GtkWidget *popover;
  gboolean read_only;         /* the dossier cannot keep highlights */
  gint64 pending_start;       /* the words the popover offers colours for */
  gint64 pending_end;
  gint64 pending_place;       /* where to scroll once the text is laid out */
  guint place_tick;
  guint place_tries;
  guint place_steady;         /* frames it has not moved */
  gint64 place_last;
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

static void update_cursor_description (DossierReader *self);

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
  dossier_text_view_clear_highlights (DOSSIER_TEXT_VIEW (self->view));
  if (article_of (self) == NULL || annotations == NULL)
    {
      update_cursor_description (self);
      return;
    }

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
      dossier_text_view_add_highlight (DOSSIER_TEXT_VIEW (self->view), span.start, span.end,
                                       dossier_annotation_get_colour (annotation),
                                       *dossier_annotation_get_note (annotation) != '\0');
    }
  update_cursor_description (self);
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
static void
point_popover_at (DossierReader *self,
                  GtkWidget     *popover,
                  int            start,
                  int            end)
{
  GdkRectangle area = locate (self, start, end);

  gtk_popover_set_pointing_to (GTK_POPOVER (popover), &area);
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

/* What is at buffer offset @offset, in words: the researcher's highlight
 * and its note, the name, the date and how it was read, the quote and
 * who said it.  NULL for plain text.  Said by the tooltip, the What Is
 * This? popover and to screen readers. */
static char *
describe_offset (DossierReader *self,
                 int            offset)
{
  DossierAnnotation *annotation;
  g_autoptr(GString) text = g_string_new (NULL);
  GArray *marks;

  if (article_of (self) == NULL)
    return NULL;

  annotation = annotation_at (self, offset);
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

  marks = dossier_article_get_marks (article_of (self));
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
          const DossierDate *published = dossier_article_get_published_date (article_of (self));

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
          g_autoptr(DossierEntity) entity = dossier_entity_new_for_article (article_of (self), mark->entity);
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
static void
update_cursor_description (DossierReader *self)
{
  g_autofree char *described = describe_offset (self, cursor_offset (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  described != NULL ? described : "", -1);
}

static void
on_mark_set (DossierReader *self,
             GtkTextIter   *location,
             GtkTextMark   *mark,
             GtkTextBuffer *buffer)
{
  if (mark == gtk_text_buffer_get_insert (buffer))
    update_cursor_description (self);
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
  g_autofree char *text = NULL;

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
  text = describe_offset (self, gtk_text_iter_get_offset (&iter));
  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
on_inspect_clicked (DossierReader *self,
                    GtkButton     *button)
{
  g_autofree char *key = g_strdup (self->describe_entity);

  gtk_popover_popdown (GTK_POPOVER (self->describe_popover));
  if (key != NULL)
    g_signal_emit (self, signals[ENTITY_ACTIVATED], 0, key);
}

static void
on_note_clicked (DossierReader *self,
                 GtkButton     *button)
{
  g_autoptr(DossierAnnotation) annotation = self->describe_annotation != NULL
                                            ? g_object_ref (self->describe_annotation) : NULL;

  gtk_popover_popdown (GTK_POPOVER (self->describe_popover));
  if (annotation != NULL)
    dossier_reader_edit_annotation (self, annotation);
}

static gboolean
activate_at (DossierReader *self,
             int            offset)
{
  const DossierArticleMark *mark = dossier_article_buffer_get_mark_at (self->buffer, offset, TRUE);
  const char *key;

  if (mark == NULL || mark->entity < 0)
    return FALSE;
  key = dossier_article_get_entity_key (article_of (self), mark->entity);
  if (key == NULL)
    return FALSE;
  g_signal_emit (self, signals[ENTITY_ACTIVATED], 0, key);
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

/* Open Original, at the end of the line that says where the article came
 * from: the window opens the page (through the OpenURI portal in a
 * sandbox). */
static void
add_open_original (DossierReader *self)
{
  GtkTextChildAnchor *anchor = dossier_article_buffer_get_original_anchor (self->buffer);
  DossierArticle *article = article_of (self);
  g_autofree char *uri = NULL;
  GtkWidget *button;

  if (anchor == NULL || article == NULL ||
      (uri = dossier_page_address_to_uri (dossier_article_get_address (article))) == NULL)
    return;
  button = gtk_button_new_with_mnemonic (_("_Open Original"));
  gtk_widget_add_css_class (button, "open-original");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, uri);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, uri, -1);
  /* Named once, as it reads (see dossier_widget_name_buttons_once ()). */
  gtk_accessible_reset_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.open-original");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", uri);
  gtk_text_view_add_child_at_anchor (self->view, button, anchor);
}

/* The notice over a text kept uncleaned, until the researcher keeps it
 * or removes it. */
static void
update_uncleaned_notice (DossierReader *self)
{
  DossierArticle *article = article_of (self);
  gboolean shown = article != NULL && dossier_article_get_uncleaned (article) &&
                   !dossier_article_get_kept_uncleaned (article);

  if (article != NULL)
    {
      gint64 source = dossier_article_get_source_id (article);

      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->keep_button), "x", source);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->remove_button), "x", source);
    }
  gtk_revealer_set_reveal_child (self->uncleaned_revealer, shown);
}

static void
dossier_reader_dispose (GObject *object)
{
  DossierReader *self = DOSSIER_READER (object);

  g_clear_handle_id (&self->flash_id, g_source_remove);
  if (self->place_tick != 0 && self->view != NULL)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->view), self->place_tick);
  self->place_tick = 0;
  g_clear_pointer (&self->popover, gtk_widget_unparent);
  g_clear_pointer (&self->describe_popover, gtk_widget_unparent);
  g_clear_object (&self->describe_annotation);
  g_clear_object (&self->annotation_signals);
  g_clear_object (&self->article_signals);
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
  g_free (self->describe_entity);
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

/* The popovers are the reader's own children: they are placed as it is. */
static void
dossier_reader_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  DossierReader *self = DOSSIER_READER (widget);

  GTK_WIDGET_CLASS (dossier_reader_parent_class)->size_allocate (widget, width, height, baseline);
  if (self->popover != NULL && gtk_widget_get_visible (self->popover))
    gtk_popover_present (GTK_POPOVER (self->popover));
  if (self->describe_popover != NULL && gtk_widget_get_visible (self->describe_popover))
    gtk_popover_present (GTK_POPOVER (self->describe_popover));
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
  widget_class->size_allocate = dossier_reader_size_allocate;

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
   * @key: the key of the entity (dossier_entity_get_key ()), the same in
   *   every analysis of the dossier
   */
  signals[ENTITY_ACTIVATED] = g_signal_new ("entity-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                            0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
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
  g_type_ensure (DOSSIER_TYPE_TEXT_VIEW);
  dossier_widget_class_set_template (widget_class, "dossier-reader.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierReader, scroller);
  gtk_widget_class_bind_template_child (widget_class, DossierReader, uncleaned_revealer);
  gtk_widget_class_bind_template_child (widget_class, DossierReader, keep_button);
  gtk_widget_class_bind_template_child (widget_class, DossierReader, remove_button);
  gtk_widget_class_bind_template_child (widget_class, DossierReader, view);
  gtk_widget_class_bind_template_child (widget_class, DossierReader, buffer);
  gtk_widget_class_bind_template_child (widget_class, DossierReader, describe_popover);
  gtk_widget_class_bind_template_child (widget_class, DossierReader, describe_label);
  gtk_widget_class_bind_template_child (widget_class, DossierReader, inspect_button);
  gtk_widget_class_bind_template_child (widget_class, DossierReader, note_button);
  gtk_widget_class_bind_template_callback (widget_class, on_inspect_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_note_clicked);
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
  self->article_signals = g_signal_group_new (DOSSIER_TYPE_ARTICLE);
  g_signal_group_connect_object (self->article_signals, "notify::kept-uncleaned",
                                 G_CALLBACK (update_uncleaned_notice), self, G_CONNECT_SWAPPED);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->text_size = gtk_css_provider_new ();
  gtk_style_context_add_provider (gtk_widget_get_style_context (GTK_WIDGET (self->view)),
                                  GTK_STYLE_PROVIDER (self->text_size),
                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  self->flash_tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (GTK_TEXT_BUFFER (self->buffer)),
                                               "flash");

  /* The researcher's highlights: painted by the view, named by tags. */
  for (guint c = 0; c < DOSSIER_N_COLOURS; c++)
    {
      g_autofree char *name = g_strconcat ("annotation-", dossier_colour_to_string (c), NULL);

      self->annotation_tags[c] = gtk_text_buffer_create_tag (GTK_TEXT_BUFFER (self->buffer), name, NULL);
    }
  g_signal_connect_object (self->buffer, "mark-set", G_CALLBACK (on_mark_set), self, G_CONNECT_SWAPPED);

  /* Popovers of the reader's, not of the text view (see above). */
  self->popover = dossier_annotation_popover_new ();
  gtk_widget_set_parent (self->popover, GTK_WIDGET (self));
  gtk_popover_set_position (GTK_POPOVER (self->popover), GTK_POS_TOP);
  g_signal_connect (self->popover, "colour-chosen", G_CALLBACK (on_colour_chosen), self);
  g_signal_connect (self->popover, "changed", G_CALLBACK (on_popover_changed), self);
  g_signal_connect (self->popover, "delete-requested", G_CALLBACK (on_popover_delete), self);
  g_object_ref (self->describe_popover);
  gtk_widget_unparent (self->describe_popover);
  gtk_widget_set_parent (self->describe_popover, GTK_WIDGET (self));
  g_object_unref (self->describe_popover);

  {
    /* The text's context menu (right click, Menu, Shift+F10) says what
     * the words are and highlights them. */
    g_autoptr(GMenu) menu = g_menu_new ();

    g_menu_append (menu, _("_What Is This?"), "win.describe");
    g_menu_append (menu, _("_Highlight Selection"), "win.highlight-selection");
    gtk_text_view_set_extra_menu (self->view, G_MENU_MODEL (menu));
  }
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
  if (self->place_tick != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self->view), self->place_tick);
      self->place_tick = 0;
    }
  dossier_article_buffer_set_article (self->buffer, article);
  g_signal_group_set_target (self->article_signals, article);
  add_open_original (self);
  update_uncleaned_notice (self);
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
  {
    /* The words read stay where they are; what was removed around them
     * shows there, in its place on the page. */
    gint64 place = dossier_reader_get_place (self);

    self->show_removed = show_removed;
    dossier_article_buffer_set_show_removed (self->buffer, show_removed);
    add_open_original (self);
    apply_annotations (self);
    dossier_reader_set_place (self, place);
  }
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
  point_popover_at (self, self->popover, article_to_buffer (self, self->pending_start),
                    article_to_buffer (self, self->pending_end));
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
  point_popover_at (self, self->popover, article_to_buffer (self, dossier_annotation_get_start (annotation)),
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

  if (article_of (self) == NULL || !dossier_article_buffer_get_paragraph (self->buffer, 0, &paragraph_start, &length))
    return -1;
  gtk_text_view_get_visible_rect (self->view, &visible);
  gtk_text_view_get_iter_at_location (self->view, &iter, visible.x, visible.y);
  if (gtk_text_iter_get_offset (&iter) < paragraph_start)
    return -1;
  return dossier_article_buffer_to_article (self->buffer, gtk_text_iter_get_offset (&iter));
}

gint64
dossier_reader_get_place (DossierReader *self)
{
  g_return_val_if_fail (DOSSIER_IS_READER (self), -1);

  /* On its way there: where it is going. */
  if (self->place_tick != 0)
    return self->pending_place;
  return place_at_top (self);
}

static gint64 place_at_top (DossierReader *self);

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

  if (article_of (self) == NULL)
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
dossier_reader_set_place (DossierReader *self,
                          gint64         place)
{
  g_return_if_fail (DOSSIER_IS_READER (self));

  if (article_of (self) == NULL)
    return;
  self->pending_place = place;
  self->place_tries = 0;
  self->place_steady = 0;
  self->place_last = G_MININT64;
  if (self->place_tick == 0)
    self->place_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->view), place_tick, self, NULL);
}

/* Says what the words at the cursor are, in a popover a keyboard and a
 * screen reader reach, with what can be done with them: inspect the
 * entity, edit the highlight's note. */
void
dossier_reader_describe_at_cursor (DossierReader *self)
{
  int offset;
  g_autofree char *text = NULL;
  const DossierArticleMark *mark;
  DossierAnnotation *annotation;

  g_return_if_fail (DOSSIER_IS_READER (self));

  if (article_of (self) == NULL)
    return;
  offset = cursor_offset (self);
  text = describe_offset (self, offset);
  gtk_label_set_text (self->describe_label, text != NULL ? text : _("Plain text: no name, date, quote or highlight here"));

  mark = dossier_article_buffer_get_mark_at (self->buffer, offset, TRUE);
  g_clear_pointer (&self->describe_entity, g_free);
  if (mark != NULL && mark->entity >= 0)
    self->describe_entity = g_strdup (dossier_article_get_entity_key (article_of (self), mark->entity));
  if (self->describe_entity != NULL)
    {
      /* Translators: a button that opens an entity in the inspector. */
      g_autofree char *label = g_strdup_printf (_("Inspect %s"), mark->label != NULL ? mark->label : "");
      gtk_button_set_label (GTK_BUTTON (self->inspect_button), label);
    }
  gtk_widget_set_visible (self->inspect_button, self->describe_entity != NULL);

  annotation = annotation_at (self, offset);
  g_set_object (&self->describe_annotation, annotation);
  gtk_widget_set_visible (self->note_button, annotation != NULL && !self->read_only);

  point_popover_at (self, self->describe_popover, offset, offset + 1);
  gtk_popover_popup (GTK_POPOVER (self->describe_popover));
}

/* For tests: the view that paints the highlights. */
guint
dossier_reader_count_note_markers (DossierReader *self)
{
  g_return_val_if_fail (DOSSIER_IS_READER (self), 0);
  return dossier_text_view_get_n_markers (DOSSIER_TEXT_VIEW (self->view));
}
