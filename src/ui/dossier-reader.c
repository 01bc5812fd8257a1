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
#include "dossier-reader-private.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dossier-annotation-popover.h"
#include "dossier-entity.h"
#include "dossier-page-address.h"
#include "dossier-palette.h"
#include "dossier-text-view.h"
#include "dossier-ui-template.h"

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

static void
on_annotations_changed (DossierReader *self,
                        guint          position,
                        guint          removed,
                        guint          added,
                        GListModel    *model)
{
  _dossier_reader_apply_annotations (self);
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
on_mark_set (DossierReader *self,
             GtkTextIter   *location,
             GtkTextMark   *mark,
             GtkTextBuffer *buffer)
{
  if (mark == gtk_text_buffer_get_insert (buffer))
    _dossier_reader_update_cursor_description (self);
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

  if (_dossier_reader_article_of (self) == NULL)
    return FALSE;
  if (keyboard)
    gtk_text_buffer_get_iter_at_mark (GTK_TEXT_BUFFER (self->buffer), &iter, gtk_text_buffer_get_insert (GTK_TEXT_BUFFER (self->buffer)));
  else
    {
      gtk_text_view_window_to_buffer_coords (self->view, GTK_TEXT_WINDOW_WIDGET, x, y, &buffer_x, &buffer_y);
      if (!gtk_text_view_get_iter_at_location (self->view, &iter, buffer_x, buffer_y))
        return FALSE;
    }
  text = _dossier_reader_describe_offset (self, gtk_text_iter_get_offset (&iter));
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
  key = dossier_article_get_entity_key (_dossier_reader_article_of (self), mark->entity);
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
      DossierAnnotation *annotation = _dossier_reader_annotation_at (self, gtk_text_iter_get_offset (&iter));

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

/* Open Original, at the end of the line that says where the article came
 * from: the window opens the page (through the OpenURI portal in a
 * sandbox). */
static void
add_open_original (DossierReader *self)
{
  GtkTextChildAnchor *anchor = dossier_article_buffer_get_original_anchor (self->buffer);
  DossierArticle *article = _dossier_reader_article_of (self);
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
  DossierArticle *article = _dossier_reader_article_of (self);
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
  g_array_unref (self->find_matches);
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
      g_value_set_object (value, _dossier_reader_article_of (self));
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
  _dossier_reader_class_find_init (widget_class);
  gtk_widget_class_set_css_name (widget_class, "reader");
}

static void
dossier_reader_init (DossierReader *self)
{
  self->annotation_spans = g_array_new (FALSE, FALSE, sizeof (AnnotationSpan));
  self->find_matches = g_array_new (FALSE, FALSE, sizeof (FindMatch));
  self->find_current = -1;
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
  _dossier_reader_find_init (self);

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

    g_autoptr(GMenu) names = g_menu_new ();
    g_autoptr(GMenu) events = g_menu_new ();

    g_menu_append (menu, _("_What Is This?"), "win.describe");
    g_menu_append (menu, _("_Highlight Selection"), "win.highlight-selection");
    g_menu_append (menu, _("_Find in Article"), "reader.find");
    /* The selected words are a name the analysis missed, wherever they
     * are in the dossier. */
    g_menu_append (names, _("Mark as _Person"), "win.mark-name::person");
    g_menu_append (names, _("Mark as _Organisation"), "win.mark-name::organization");
    g_menu_append (names, _("Mark as P_lace"), "win.mark-name::place");
    g_menu_append_section (menu, NULL, G_MENU_MODEL (names));
    g_menu_append (events, _("_New Event From Sentence"), "win.new-event-from-selection");
    g_menu_append_section (menu, NULL, G_MENU_MODEL (events));
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
  return _dossier_reader_article_of (self);
}

void
dossier_reader_set_article (DossierReader  *self,
                            DossierArticle *article)
{
  g_return_if_fail (DOSSIER_IS_READER (self));
  g_return_if_fail (article == NULL || DOSSIER_IS_ARTICLE (article));

  if (article == _dossier_reader_article_of (self))
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
  _dossier_reader_apply_annotations (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller)), 0);
  /* What is being found is found in this article too. */
  _dossier_reader_find_all (self);
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
    _dossier_reader_apply_annotations (self);
    dossier_reader_set_place (self, place);
  }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_REMOVED]);
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
  _dossier_reader_apply_annotations (self);
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

/* The text of the words selected, or NULL. */
char *
dossier_reader_dup_selected_text (DossierReader *self)
{
  GtkTextIter start, end;

  g_return_val_if_fail (DOSSIER_IS_READER (self), NULL);

  if (_dossier_reader_article_of (self) == NULL || !gtk_text_buffer_get_selection_bounds (GTK_TEXT_BUFFER (self->buffer), &start, &end))
    return NULL;
  return gtk_text_iter_get_visible_text (&start, &end);
}

GtkWidget *
dossier_reader_get_annotation_popover (DossierReader *self)
{
  g_return_val_if_fail (DOSSIER_IS_READER (self), NULL);
  return self->popover;
}

/* For tests: the view that paints the highlights. */
guint
dossier_reader_count_note_markers (DossierReader *self)
{
  g_return_val_if_fail (DOSSIER_IS_READER (self), 0);
  return dossier_text_view_get_n_markers (DOSSIER_TEXT_VIEW (self->view));
}

/* How many matches of the find bar's words the article has, and in
 * @current (may be NULL) the one gone to, from 0 (-1 for none). */
guint
dossier_reader_get_find_matches (DossierReader *self,
                                 int           *current)
{
  g_return_val_if_fail (DOSSIER_IS_READER (self), 0);

  if (current != NULL)
    *current = self->find_current;
  return self->find_matches->len;
}

/* The rest of the reader's API is done in its other files (see
 * dossier-reader-private.h); here it checks what it is given. */

gboolean
dossier_reader_get_selection (DossierReader *self,
                              gint64        *start,
                              gint64        *end)
{
  g_return_val_if_fail (DOSSIER_IS_READER (self), FALSE);

  return _dossier_reader_get_selection (self, start, end);
}

gboolean
dossier_reader_offer_highlight (DossierReader *self)
{
  g_return_val_if_fail (DOSSIER_IS_READER (self), FALSE);

  return _dossier_reader_offer_highlight (self);
}

void
dossier_reader_edit_annotation (DossierReader     *self,
                                DossierAnnotation *annotation)
{
  g_return_if_fail (DOSSIER_IS_READER (self));
  g_return_if_fail (DOSSIER_IS_ANNOTATION (annotation));

  _dossier_reader_edit_annotation (self, annotation);
}

void
dossier_reader_show_annotation (DossierReader     *self,
                                DossierAnnotation *annotation)
{
  g_return_if_fail (DOSSIER_IS_READER (self));

  _dossier_reader_show_annotation (self, annotation);
}

void
dossier_reader_describe_at_cursor (DossierReader *self)
{
  g_return_if_fail (DOSSIER_IS_READER (self));

  _dossier_reader_describe_at_cursor (self);
}

void
dossier_reader_show_span (DossierReader *self,
                          guint          paragraph,
                          guint          start,
                          guint          end)
{
  g_return_if_fail (DOSSIER_IS_READER (self));

  _dossier_reader_show_span (self, paragraph, start, end);
}

gint64
dossier_reader_get_place (DossierReader *self)
{
  g_return_val_if_fail (DOSSIER_IS_READER (self), -1);

  return _dossier_reader_get_place (self);
}

void
dossier_reader_set_place (DossierReader *self,
                          gint64         place)
{
  g_return_if_fail (DOSSIER_IS_READER (self));

  _dossier_reader_set_place (self, place);
}
