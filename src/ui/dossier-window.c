/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The main window: the article sidebar (search, sort, entity filter), the
 * reader with its highlight switches, the entity inspector beside it and
 * the timeline below, built from dossier-window.ui; it folds into one
 * page at a time in a narrow window (an AdwLeaflet, the inspector an
 * AdwFlap over the reader).  This file makes it,
 * keeps its state as properties — the corpus shown above all, which the
 * template binds to every widget that shows part of it — and lays out
 * the sidebar.  Behaviour lives in actions (win.*, in
 * dossier-window-actions.c), which buttons, menus and shortcuts point at;
 * see dossier-window-private.h for the other files. */

#include "config.h"

#include "dossier-window.h"
#include "dossier-window-private.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dossier-article-details.h"
#include "dossier-article-row.h"
#include "dossier-entity.h"
#include "dossier-event.h"
#include "dossier-passage.h"
#include "dossier-ui-template.h"

enum {
  PROP_0,
  PROP_CORPUS,
  PROP_BUSY,
  PROP_READ_ONLY,
  PROP_DOSSIER_NAME,
  PROP_COLOUR_LABELS,
  PROP_ENTITY_FILTER,
  PROP_SHOW_HIDDEN_EVENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (DossierWindow, dossier_window, ADW_TYPE_APPLICATION_WINDOW)

/* The highlight switches: their settings, and their ids in the template,
 * in the order of DossierHighlight. */
static const char * const highlight_keys[DOSSIER_N_HIGHLIGHTS] = {
  "highlight-people", "highlight-organizations", "highlight-places", "highlight-dates", "highlight-quotes",
};
static const char * const highlight_ids[DOSSIER_N_HIGHLIGHTS] = {
  "highlight_people", "highlight_organisations", "highlight_places", "highlight_dates", "highlight_quotes",
};

/* The sidebar. */

/* The reader, or what to do when there is nothing to read: the first
 * steps in an empty dossier, a word when the list shows no article.  The
 * highlight switches and the article's menu wait for an article. */
static void
update_content (DossierWindow *self)
{
  gboolean has_article = dossier_reader_get_article (self->reader) != NULL;
  guint total = self->corpus != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->corpus)) : 0;

  if (has_article)
    gtk_stack_set_visible_child_name (self->content_stack, "reader");
  else
    gtk_stack_set_visible_child_name (self->content_stack, total == 0 && !self->busy ? "empty" : "none");
  gtk_widget_set_sensitive (self->highlight_bar, has_article);
}

/* The events the window's timeline shows: those the researcher hid only
 * while hidden events are shown. */
static gboolean
event_shown (gpointer item,
             gpointer user_data)
{
  DossierWindow *self = user_data;

  return self->show_hidden_events || !dossier_event_get_hidden (item);
}

/* The filter of the events the researcher hid asks each event only when
 * some are hidden and not shown: otherwise the list passes them all
 * through, read by position at no cost (the timeline reads every one). */
static void
update_event_filter (DossierWindow *self)
{
  gboolean any_hidden = FALSE;

  if (!self->show_hidden_events && self->events_watched != NULL)
    for (guint i = 0, n = g_list_model_get_n_items (self->events_watched); i < n && !any_hidden; i++)
      {
        g_autoptr(DossierEvent) event = g_list_model_get_item (self->events_watched, i);

        any_hidden = dossier_event_get_hidden (event);
      }
  if (any_hidden == self->filtering_events)
    return;
  self->filtering_events = any_hidden;
  gtk_custom_filter_set_filter_func (self->event_filter, any_hidden ? event_shown : NULL, any_hidden ? self : NULL,
                                     NULL);
}

static void
on_events_changed (DossierWindow *self,
                   guint          position,
                   guint          removed,
                   guint          added,
                   GListModel    *model)
{
  update_event_filter (self);
}

/* Follows the events visible_events filters: connected after the list's
 * own handler, so the count is made once the list has them. */
static void
on_visible_events_model (DossierWindow *self)
{
  GListModel *model = gtk_filter_list_model_get_model (self->visible_events);

  if (self->events_watched != NULL)
    g_signal_handlers_disconnect_by_func (self->events_watched, on_events_changed, self);
  g_set_object (&self->events_watched, model);
  if (model != NULL)
    g_signal_connect_object (model, "items-changed", G_CALLBACK (on_events_changed), self, G_CONNECT_SWAPPED);
  update_event_filter (self);
}

static void
update_title (DossierWindow *self)
{
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->corpus));
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  const char *name = self->dossier_name != NULL ? self->dossier_name : _("Dossier");
  g_autofree char *subtitle = NULL;
  g_autofree char *window_title = NULL;

  /* %'u groups the digits as the locale does: 10,000 here, 10.000 in German. */
  if (shown == total)
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u article", "%'u articles", total), total);
  else
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u of %'u article", "%'u of %'u articles", total),
                                shown, total);
  if (self->read_only)
    {
      /* Translators: the window's subtitle for a dossier file that cannot
       * be changed; %s is "5 articles". */
      char *marked = g_strdup_printf (_("Read-only · %s"), subtitle);
      g_free (subtitle);
      subtitle = marked;
    }
  else if (self->untitled)
    {
      /* Translators: the window's subtitle for a new dossier not yet
       * saved in a folder of the researcher's; %s is "5 articles". */
      char *marked = g_strdup_printf (_("Not saved in a folder yet · %s"), subtitle);
      g_free (subtitle);
      subtitle = marked;
    }
  adw_window_title_set_subtitle (self->window_title, subtitle);
  adw_window_title_set_title (self->window_title, name);
  /* What the desktop shows for the window (its switcher, the panel):
   * several dossiers open are told apart. */
  if (self->dossier_name != NULL)
    /* Translators: the window's title: the dossier's name, then the
     * application's. */
    window_title = g_strdup_printf (C_("window title", "%s — Dossier"), name);
  gtk_window_set_title (GTK_WINDOW (self), window_title != NULL ? window_title : _("Dossier"));

  if (total == 0)
    gtk_stack_set_visible_child_name (self->list_stack, "empty");
  else
    gtk_stack_set_visible_child_name (self->list_stack, shown > 0 ? "list" : "no-match");
  update_content (self);
}

static void
on_list_items_changed (DossierWindow *self,
                       guint          position,
                       guint          removed,
                       guint          added,
                       GListModel    *model)
{
  update_title (self);
}

static void
on_sort_changed (DossierWindow *self,
                 const char    *key,
                 GSettings     *settings)
{
  g_autofree char *sort_by = g_settings_get_string (settings, "sort-by");

  /* Read once here, not in every comparison of a sort. */
  self->sort_by_outlet = g_strcmp0 (sort_by, "outlet") == 0;
  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
}

/* The articles' filter has its function only while a search or an entity
 * filters them, as the events' (update_event_filter ()). */
static void
refilter_articles (DossierWindow      *self,
                   GtkFilterChange     change)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  gboolean filtering = self->entity_filter != NULL || (query != NULL && *query != '\0');

  if (filtering != self->filtering_articles)
    {
      self->filtering_articles = filtering;
      gtk_custom_filter_set_filter_func (self->filter, filtering ? _dossier_window_article_matches : NULL,
                                         filtering ? self : NULL, NULL);
    }
  else if (filtering)
    gtk_filter_changed (GTK_FILTER (self->filter), change);
}

static void
on_search_changed (DossierWindow  *self,
                   GtkSearchEntry *entry)
{
  refilter_articles (self, GTK_FILTER_CHANGE_DIFFERENT);
  /* The events follow the sidebar's search, as it settles. */
  g_object_set (self->timeline_pane, "search-text", gtk_editable_get_text (GTK_EDITABLE (entry)), NULL);
}

static void
set_entity_filter (DossierWindow *self,
                   const char    *key)
{
  gboolean stricter = key != NULL;

  if (g_strcmp0 (self->entity_filter, key) == 0)
    return;
  g_free (self->entity_filter);
  self->entity_filter = g_strdup (key);
  if (key != NULL)
    {
      g_autoptr(DossierEntity) record = dossier_corpus_dup_entity (self->corpus, key);
      g_autofree char *text = g_strdup_printf (_("Articles that mention %s"),
                                               record != NULL ? dossier_entity_get_name (record) : "");
      gtk_label_set_text (self->filter_label, text);
    }
  gtk_widget_set_visible (self->filter_bar, key != NULL);
  refilter_articles (self, stricter ? GTK_FILTER_CHANGE_DIFFERENT : GTK_FILTER_CHANGE_LESS_STRICT);
  update_title (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTITY_FILTER]);
}

static void
show_source (DossierWindow *self,
             guint          document,
             guint          paragraph,
             guint          start,
             guint          end)
{
  if (!_dossier_window_select_article (self, document))
    return;
  _dossier_window_show_content (self);
  dossier_reader_show_span (self->reader, paragraph, start, end);
  gtk_widget_grab_focus (GTK_WIDGET (dossier_reader_get_text_view (self->reader)));
}

static void
show_passage (DossierWindow  *self,
              DossierPassage *passage)
{
  show_source (self, dossier_article_get_index (dossier_passage_get_article (passage)),
               dossier_passage_get_paragraph (passage), dossier_passage_get_start (passage),
               dossier_passage_get_end (passage));
}

/* An article chosen in the list (Enter, a double click, or a click in a
 * folded window) is read: in a folded window the reader comes into
 * sight. */
static void
on_article_activated (DossierWindow *self,
                      guint          position,
                      GtkListView   *list)
{
  gtk_single_selection_set_selected (self->selection, position);
  _dossier_window_show_content (self);
}

static void
on_article_clicked (DossierWindow   *self,
                    int              n_press,
                    double           x,
                    double           y,
                    GtkGestureClick *gesture)
{
  if (adw_leaflet_get_folded (self->leaflet))
    _dossier_window_show_content (self);
}

/* What the widgets ask of the window. */

static void
on_entity_activated (DossierWindow *self,
                     const char    *key,
                     DossierReader *reader)
{
  adw_flap_set_reveal_flap (self->flap, TRUE);
  adw_view_stack_set_visible_child_name (self->side_stack, "entities");
  dossier_entity_inspector_show_entity_key (self->inspector, key);
}

static void
on_mention_activated (DossierWindow          *self,
                      DossierPassage         *mention,
                      DossierEntityInspector *inspector)
{
  show_passage (self, mention);
}

static void
on_filter_requested (DossierWindow          *self,
                     const char             *key,
                     DossierEntityInspector *inspector)
{
  set_entity_filter (self, key);
  /* In a folded window, the list it filters comes into sight. */
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
}

static void
on_source_activated (DossierWindow       *self,
                     DossierEvent        *event,
                     DossierPassage      *source,
                     DossierTimelinePane *pane)
{
  show_passage (self, source);
}

static void
on_annotation_activated (DossierWindow         *self,
                         DossierAnnotation     *annotation,
                         DossierAnnotationList *list)
{
  int document = dossier_annotation_get_document (annotation);

  if (document < 0 || !_dossier_window_select_article (self, (guint) document))
    return;
  _dossier_window_show_content (self);
  if (dossier_annotation_get_orphaned (annotation))
    {
      _dossier_window_toast (self, _("The words of this annotation are no longer in the article; it is kept with its note"));
      return;
    }
  dossier_reader_show_annotation (self->reader, annotation);
  gtk_widget_grab_focus (GTK_WIDGET (dossier_reader_get_text_view (self->reader)));
}

static void
on_annotation_delete_requested (DossierWindow     *self,
                                DossierAnnotation *annotation,
                                GtkWidget         *widget)
{
  _dossier_window_delete_annotation (self, annotation);
}

static void
on_banner_closed (DossierWindow *self,
                  GtkButton     *button)
{
  gtk_widget_set_visible (self->sample_banner, FALSE);
  g_settings_set_boolean (self->settings, "show-sample-banner", FALSE);
}

static void
on_highlight_toggled (DossierWindow   *self,
                      GtkToggleButton *button)
{
  for (int h = 0; h < DOSSIER_N_HIGHLIGHTS; h++)
    if (self->highlight_buttons[h] == GTK_WIDGET (button))
      dossier_reader_set_highlight (self->reader, h, gtk_toggle_button_get_active (button));
}

static void
on_reader_article_changed (DossierWindow *self,
                           GParamSpec    *pspec,
                           DossierReader *reader)
{
  update_content (self);
}

/* The inspector lies beside the reader when there is room, and is shown
 * as the researcher last chose; folded over a narrow reader, it is shown
 * only when asked for, and hiding it then is no choice to remember. */
static void
on_flap_folded (DossierWindow *self,
                GParamSpec    *pspec,
                AdwFlap       *flap)
{
  adw_flap_set_reveal_flap (flap, !adw_flap_get_folded (flap) &&
                                  g_settings_get_boolean (self->settings, "show-inspector"));
}

static void
on_flap_revealed (DossierWindow *self,
                  GParamSpec    *pspec,
                  AdwFlap       *flap)
{
  if (!adw_flap_get_folded (flap))
    g_settings_set_boolean (self->settings, "show-inspector", adw_flap_get_reveal_flap (flap));
}

/* The events' pane below the reader at its natural height, where the
 * window has the room: a GtkPaned gives a child that does not resize only
 * its minimum until its position is set.  Once, on the first allocation:
 * after that the researcher's dragging decides. */
static gboolean
fit_events_pane (gpointer user_data)
{
  DossierWindow *self = user_data;
  GtkWidget *pane = GTK_WIDGET (self->timeline_pane);
  GtkWidget *paned = gtk_widget_get_parent (pane);
  int height = gtk_widget_get_height (paned);
  int width = gtk_widget_get_width (paned);
  int minimum, natural, reader_minimum, unused;

  self->fit_events_id = 0;
  if (!GTK_IS_PANED (paned) || height <= 0)
    return G_SOURCE_REMOVE;
  gtk_widget_measure (pane, GTK_ORIENTATION_VERTICAL, width, &minimum, &natural, NULL, NULL);
  gtk_widget_measure (gtk_paned_get_start_child (GTK_PANED (paned)), GTK_ORIENTATION_VERTICAL, width,
                      &reader_minimum, &unused, NULL, NULL);
  /* The reader keeps at least half the height. */
  gtk_paned_set_position (GTK_PANED (paned), MAX (MAX (height - natural, height / 2), reader_minimum));
  return G_SOURCE_REMOVE;
}

static void
on_content_allocated (DossierWindow *self,
                      GParamSpec    *pspec,
                      GtkPaned      *paned)
{
  if (gtk_widget_get_height (GTK_WIDGET (paned)) <= 0)
    return;
  g_signal_handlers_disconnect_by_func (paned, on_content_allocated, self);
  self->fit_events_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, fit_events_pane, self, NULL);
}

/* While an import or analysis runs: the files read so far, or a pulse. */
static gboolean
pulse (gpointer user_data)
{
  DossierWindow *self = user_data;
  double progress = self->importing != NULL ? dossier_corpus_get_import_progress (self->importing) : -1;

  if (progress >= 0)
    gtk_progress_bar_set_fraction (self->progress, progress);
  else
    gtk_progress_bar_pulse (self->progress);
  return G_SOURCE_CONTINUE;
}

static void
set_busy (DossierWindow *self,
          gboolean       busy)
{
  busy = !!busy;
  if (busy && self->pulse_id == 0)
    self->pulse_id = g_timeout_add (100, pulse, self);
  else if (!busy)
    g_clear_handle_id (&self->pulse_id, g_source_remove);
  if (self->busy == busy)
    return;
  self->busy = busy;
  update_content (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/* The corpus shown: the template binds the sidebar's list, the reader,
 * the inspector, the annotation list and the timeline to it. */
static void
set_corpus (DossierWindow *self,
            DossierCorpus *corpus)
{
  g_auto(GStrv) labels = NULL;

  if (corpus == NULL)
    corpus = dossier_corpus_new ();
  else
    g_object_ref (corpus);
  if (corpus == self->corpus)
    {
      g_object_unref (corpus);
      return;
    }
  g_clear_object (&self->corpus);
  self->corpus = corpus;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CORPUS]);
  labels = _dossier_window_dup_colour_labels (corpus);
  g_object_set (self, "colour-labels", labels, NULL);
  update_title (self);
}

/* A key as aria-keyshortcuts names it: letters and digits as the upper-case
 * character, other keys by their key name ("Minus", "Plus", "F9"). */
static char *
aria_key_name (guint key)
{
  gunichar c = gdk_keyval_to_unicode (key);
  char *name;

  if (g_unichar_isalnum (c))
    {
      name = g_new0 (char, 7);  /* six bytes of UTF-8 at most, and the NUL */
      g_unichar_to_utf8 (g_unichar_toupper (c), name);
      return name;
    }
  name = g_strdup (gdk_keyval_name (key));
  name[0] = g_ascii_toupper (name[0]);
  return name;
}

/* An icon-only button with a shortcut says what it does in its tooltip
 * and to screen readers; the tooltip adds its shortcut as the user's
 * keyboard names it ("Strg+O" in German), the accessible tree gets the
 * shortcut on its own.  (Those without a shortcut say it in the
 * template.) */
static void
describe_icon_button (GtkWidget  *button,
                      const char *label,
                      const char *accelerator)
{
  guint key;
  GdkModifierType modifiers;
  g_autofree char *shortcut = NULL;
  g_autofree char *tooltip = NULL;
  g_autofree char *aria = NULL;
  g_autofree char *aria_key = NULL;

  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_accelerator_parse (accelerator, &key, &modifiers);
  shortcut = gtk_accelerator_get_label (key, modifiers);
  /* Translators: a button's tooltip: what it does, then its shortcut. */
  tooltip = g_strdup_printf (C_("tooltip with shortcut", "%s (%s)"), label, shortcut);
  gtk_widget_set_tooltip_text (button, tooltip);
  /* ARIA's form, names not translated: "Control+O", "Control+Minus", "F9". */
  aria_key = aria_key_name (key);
  aria = g_strdup_printf ("%s%s", modifiers & GDK_CONTROL_MASK ? "Control+" : "", aria_key);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_KEY_SHORTCUTS, aria, -1);
}

static void
dossier_window_dispose (GObject *object)
{
  DossierWindow *self = DOSSIER_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  g_clear_handle_id (&self->fit_events_id, g_source_remove);
  if (self->events_watched != NULL)
    g_signal_handlers_disconnect_by_func (self->events_watched, on_events_changed, self);
  g_clear_object (&self->events_watched);
  _dossier_window_place_dispose (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_WINDOW);
  g_clear_object (&self->cancellable);
  /* The last analysis is written into the dossier file after it is shown;
   * a window closed right after waits for it, so that the dossier opens
   * as analysed next time. */
  if (self->corpus != NULL)
    dossier_corpus_finish_keeping (self->corpus);
  g_clear_object (&self->corpus);
  g_clear_object (&self->importing);
  g_clear_object (&self->deleted);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (dossier_window_parent_class)->dispose (object);
}

static void
dossier_window_finalize (GObject *object)
{
  DossierWindow *self = DOSSIER_WINDOW (object);

  g_free (self->dossier_name);
  g_free (self->entity_filter);
  g_free (self->delete_after_open);
  g_strfreev (self->colour_labels);
  G_OBJECT_CLASS (dossier_window_parent_class)->finalize (object);
}

static void
dossier_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DossierWindow *self = DOSSIER_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CORPUS:
      g_value_set_object (value, self->corpus);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    case PROP_DOSSIER_NAME:
      g_value_set_string (value, self->dossier_name);
      break;
    case PROP_COLOUR_LABELS:
      g_value_set_boxed (value, self->colour_labels);
      break;
    case PROP_ENTITY_FILTER:
      g_value_set_string (value, self->entity_filter);
      break;
    case PROP_SHOW_HIDDEN_EVENTS:
      g_value_set_boolean (value, self->show_hidden_events);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_window_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  DossierWindow *self = DOSSIER_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CORPUS:
      set_corpus (self, g_value_get_object (value));
      break;
    case PROP_BUSY:
      set_busy (self, g_value_get_boolean (value));
      break;
    case PROP_READ_ONLY:
      if (self->read_only == g_value_get_boolean (value))
        break;
      self->read_only = g_value_get_boolean (value);
      update_title (self);
      g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_DOSSIER_NAME:
      if (g_strcmp0 (self->dossier_name, g_value_get_string (value)) == 0)
        break;
      g_free (self->dossier_name);
      self->dossier_name = g_value_dup_string (value);
      update_title (self);
      g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_COLOUR_LABELS:
      g_strfreev (self->colour_labels);
      self->colour_labels = g_value_dup_boxed (value);
      g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_ENTITY_FILTER:
      set_entity_filter (self, g_value_get_string (value));
      break;
    case PROP_SHOW_HIDDEN_EVENTS:
      if (self->show_hidden_events == g_value_get_boolean (value))
        break;
      self->show_hidden_events = g_value_get_boolean (value);
      update_event_filter (self);
      g_object_notify_by_pspec (object, pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* An untitled dossier asks where to keep it first. */
static gboolean
dossier_window_close_request (GtkWindow *window)
{
  if (_dossier_window_close_request (DOSSIER_WINDOW (window)))
    return TRUE;
  return GTK_WINDOW_CLASS (dossier_window_parent_class)->close_request (window);
}

static void
dossier_window_class_init (DossierWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = dossier_window_dispose;
  object_class->finalize = dossier_window_finalize;
  object_class->get_property = dossier_window_get_property;
  object_class->set_property = dossier_window_set_property;
  window_class->close_request = dossier_window_close_request;

  /* The dossier shown; never NULL (an empty corpus before the first). */
  properties[PROP_CORPUS] = g_param_spec_object ("corpus", NULL, NULL, DOSSIER_TYPE_CORPUS,
                                                 G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                 G_PARAM_STATIC_STRINGS);
  /* An import or analysis is under way. */
  properties[PROP_BUSY] = g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                                                G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                G_PARAM_STATIC_STRINGS);
  /* The dossier file may not be written: what would change it is off. */
  properties[PROP_READ_ONLY] = g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                                                     G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                     G_PARAM_STATIC_STRINGS);
  properties[PROP_DOSSIER_NAME] = g_param_spec_string ("dossier-name", NULL, NULL, NULL,
                                                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                       G_PARAM_STATIC_STRINGS);
  /* What each colour means in the dossier, DOSSIER_N_COLOURS strings. */
  properties[PROP_COLOUR_LABELS] = g_param_spec_boxed ("colour-labels", NULL, NULL, G_TYPE_STRV,
                                                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                       G_PARAM_STATIC_STRINGS);
  /* Only articles that name the entity of this key are listed; NULL for
   * all. */
  properties[PROP_ENTITY_FILTER] = g_param_spec_string ("entity-filter", NULL, NULL, NULL,
                                                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                        G_PARAM_STATIC_STRINGS);
  /* Events the researcher hid are shown (marked as hidden) by the views
   * of events: win.show-hidden-events. */
  properties[PROP_SHOW_HIDDEN_EVENTS] = g_param_spec_boolean ("show-hidden-events", NULL, NULL, FALSE,
                                                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                              G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (DOSSIER_TYPE_ANNOTATION_LIST);
  g_type_ensure (DOSSIER_TYPE_ARTICLE_DETAILS);
  g_type_ensure (DOSSIER_TYPE_ARTICLE_ROW);
  g_type_ensure (DOSSIER_TYPE_CORPUS);
  g_type_ensure (DOSSIER_TYPE_ENTITY_INSPECTOR);
  g_type_ensure (DOSSIER_TYPE_READER);
  g_type_ensure (DOSSIER_TYPE_TIMELINE_PANE);
  dossier_widget_class_set_template (widget_class, "dossier-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, toasts);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, content);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, import_button);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, search_toggle);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, export_button);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, inspector_toggle);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, sample_banner);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, progress);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, filter_bar);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, filter_label);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, article_list);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, highlight_bar);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, reader);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, inspector_pane);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, side_stack);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, inspector);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, annotation_list);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, timeline_pane);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, recent_menu);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, selection);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, sorted);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, filtered);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, sorter);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, filter);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, event_filter);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, visible_events);
  gtk_widget_class_bind_template_child (widget_class, DossierWindow, details);
  for (guint h = 0; h < DOSSIER_N_HIGHLIGHTS; h++)
    gtk_widget_class_bind_template_child_full (widget_class, highlight_ids[h], FALSE,
                                               G_STRUCT_OFFSET (DossierWindow, highlight_buttons) +
                                               h * sizeof (GtkWidget *));
  _dossier_window_class_list_init (widget_class);
  gtk_widget_class_bind_template_callback (widget_class, on_article_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_article_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_reader_article_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_banner_closed);
  gtk_widget_class_bind_template_callback (widget_class, on_highlight_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_entity_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_mention_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_requested);
  gtk_widget_class_bind_template_callback (widget_class, on_source_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_annotation_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_annotation_delete_requested);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_annotate", G_CALLBACK (_dossier_window_annotate));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_annotation_changed",
                                                G_CALLBACK (_dossier_window_save_annotation));

  _dossier_window_class_actions_init (widget_class);
}

static void
dossier_window_init (DossierWindow *self)
{
  self->cancellable = g_cancellable_new ();
  self->settings = g_settings_new (SCHEMA_ID);

  gtk_widget_init_template (GTK_WIDGET (self));
#if DEVELOPMENT_PROFILE
  /* The striped header bar that tells a development build from a release. */
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif

  describe_icon_button (self->import_button, _("Import Articles"), "<Control>o");
  describe_icon_button (self->search_toggle, _("Search Articles"), "<Control>f");
  describe_icon_button (self->export_button, _("Export"), "<Control>e");
  describe_icon_button (self->inspector_toggle, _("Show Entities and Annotations"), "F9");
  describe_icon_button (self->back_button, _("Back to the Articles"), "<Alt>Left");
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  dossier_widget_name_buttons_once (GTK_WIDGET (self));

  gtk_window_set_default_size (GTK_WINDOW (self), g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_SET);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_SET);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_SET);
  /* The sidebar keeps the width it had, within what a leaflet's page can
   * take beside a reader. */
  gtk_widget_set_size_request (self->sidebar, CLAMP (g_settings_get_int (self->settings, "sidebar-width"), 260, 360), -1);
  adw_flap_set_reveal_flap (self->flap, g_settings_get_boolean (self->settings, "show-inspector"));
  g_signal_connect_object (self->flap, "notify::folded", G_CALLBACK (on_flap_folded), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->flap, "notify::reveal-flap", G_CALLBACK (on_flap_revealed), self,
                           G_CONNECT_SWAPPED);
  g_settings_bind (self->settings, "show-timeline", self->timeline_pane, "visible", G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "events-view", self->timeline_pane, "view", G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (gtk_widget_get_parent (GTK_WIDGET (self->timeline_pane)), "notify::max-position",
                           G_CALLBACK (on_content_allocated), self, G_CONNECT_SWAPPED);
  g_settings_bind (self->settings, "reader-text-scale", self->reader, "text-scale", G_SETTINGS_BIND_GET);
  for (int h = 0; h < DOSSIER_N_HIGHLIGHTS; h++)
    {
      g_settings_bind (self->settings, highlight_keys[h], self->highlight_buttons[h], "active",
                       G_SETTINGS_BIND_DEFAULT);
      dossier_reader_set_highlight (self->reader, h,
                                    gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->highlight_buttons[h])));
    }
  dossier_list_set_single_tab_stop (self->article_list);

  g_signal_connect_object (self->visible_events, "notify::model", G_CALLBACK (on_visible_events_model), self,
                           G_CONNECT_SWAPPED);
  on_visible_events_model (self);
  gtk_custom_sorter_set_sort_func (self->sorter, _dossier_window_compare_articles, self, NULL);
  g_signal_connect_object (self->sorted, "items-changed", G_CALLBACK (on_list_items_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::sort-by", G_CALLBACK (on_sort_changed), self,
                           G_CONNECT_SWAPPED);
  on_sort_changed (self, "sort-by", self->settings);

  _dossier_window_place_init (self);
  _dossier_window_actions_init (self);
  _dossier_window_files_init (self);
  _dossier_window_import_init (self);
  set_corpus (self, NULL);
}

DossierWindow *
dossier_window_new (AdwApplication *application)
{
  return g_object_new (DOSSIER_TYPE_WINDOW, "application", application, NULL);
}

DossierCorpus *
dossier_window_get_corpus (DossierWindow *self)
{
  g_return_val_if_fail (DOSSIER_IS_WINDOW (self), NULL);
  return self->corpus;
}

void
dossier_window_import (DossierWindow      *self,
                       const char * const *paths)
{
  g_return_if_fail (DOSSIER_IS_WINDOW (self));
  g_return_if_fail (paths != NULL);

  _dossier_window_import_paths (self, paths);
}

void
dossier_window_open_sample (DossierWindow *self)
{
  g_return_if_fail (DOSSIER_IS_WINDOW (self));
  _dossier_window_open_sample (self);
}

/* Opens the dossier file at @path; FALSE, with a toast saying why, when
 * it cannot be (the dossier open stays). */
gboolean
dossier_window_open_dossier (DossierWindow *self,
                             const char    *path)
{
  g_return_val_if_fail (DOSSIER_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return _dossier_window_open_dossier (self, path);
}

gboolean
dossier_window_open_last (DossierWindow *self,
                          const char    *path)
{
  g_return_val_if_fail (DOSSIER_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return _dossier_window_open_last (self, path);
}

/* Saves the dossier at @path and goes on there. */
gboolean
dossier_window_save_as (DossierWindow *self,
                        const char    *path)
{
  g_return_val_if_fail (DOSSIER_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return _dossier_window_save_as (self, path);
}

/* Deletes @annotation, with a toast to undo it. */
void
dossier_window_delete_annotation (DossierWindow     *self,
                                  DossierAnnotation *annotation)
{
  g_return_if_fail (DOSSIER_IS_WINDOW (self));
  g_return_if_fail (DOSSIER_IS_ANNOTATION (annotation));

  _dossier_window_delete_annotation (self, annotation);
}

GListModel *
dossier_window_get_article_list (DossierWindow *self)
{
  g_return_val_if_fail (DOSSIER_IS_WINDOW (self), NULL);
  return G_LIST_MODEL (self->selection);
}

void
dossier_window_show_source (DossierWindow *self,
                            guint          document,
                            guint          paragraph,
                            guint          start,
                            guint          end)
{
  g_return_if_fail (DOSSIER_IS_WINDOW (self));
  g_return_if_fail (start <= end);

  show_source (self, document, paragraph, start, end);
}

void
dossier_window_set_entity_filter (DossierWindow *self,
                                  const char    *key)
{
  g_return_if_fail (DOSSIER_IS_WINDOW (self));

  set_entity_filter (self, key);
}
