/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The window's actions (win.*) and key bindings: what its buttons, menus,
 * toasts and shortcuts point at.  Each action is one callback that hands
 * the work to the file of its concern; which of them may run (not while
 * the dossier is read-only, no import while one is under way) follows the
 * window's "read-only" and "busy" properties. */

#include "config.h"

#include "dossier-window.h"
#include "dossier-window-private.h"

#include <glib/gi18n.h>

/* Callbacks of actions take the window as the widget the action is
 * installed on; a plain cast, as no other widget can be given. */
#define WINDOW(widget) ((DossierWindow *) (widget))

/* Actions that change the dossier, off while it cannot be written. */
static const char * const changing_actions[] = {
  "win.colour-labels", "win.rename-entity", "win.retype-entity", "win.merge-entity", "win.split-entity",
  "win.not-a-name", "win.keep-apart", "win.rename-event", "win.redate-event", "win.merge-event",
  "win.split-event-source", "win.hide-event", "win.unhide-event", "win.edit-article",
  "win.keep-uncleaned", "win.remove-article", "win.undo-remove-article", "win.undo-address",
};
/* Actions on the article read: off without one, those that change it
 * off too while the dossier cannot be written. */
static const char * const article_actions[] = {
  "win.describe", "win.find-in-article", "win.show-article-details",
};
static const char * const changing_article_actions[] = {
  "win.highlight-selection", "win.set-published", "win.set-address", "win.mark-name",
  "win.new-event-from-selection",
};
/* Actions that add articles, off too while an import is under way. */
static const char * const importing_actions[] = {
  "win.import", "win.import-folder", "win.paste-article",
};

static void
update_actions (DossierWindow *self)
{
  gboolean has_article = dossier_reader_get_article (self->reader) != NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (changing_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), changing_actions[i], !self->read_only);
  for (gsize i = 0; i < G_N_ELEMENTS (article_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), article_actions[i], has_article);
  for (gsize i = 0; i < G_N_ELEMENTS (changing_article_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), changing_article_actions[i], !self->read_only && has_article);
  for (gsize i = 0; i < G_N_ELEMENTS (importing_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), importing_actions[i], !self->read_only && !self->busy);
}

/* Dossier files. */

static void
new_dossier_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  _dossier_window_new_dossier (WINDOW (widget));
}

static void
open_dossier_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  _dossier_window_choose_dossier (WINDOW (widget));
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  _dossier_window_open_dossier (WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  _dossier_window_choose_save_as (WINDOW (widget));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  _dossier_window_export (WINDOW (widget));
}

static void
export_chronology_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  _dossier_window_export_chronology (WINDOW (widget));
}

static void
open_exported_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  _dossier_window_open_exported (WINDOW (widget), g_variant_get_string (parameter, NULL));
}

/* Articles in. */

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  _dossier_window_choose_articles (WINDOW (widget), FALSE);
}

static void
import_folder_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  _dossier_window_choose_articles (WINDOW (widget), TRUE);
}

static void
paste_article_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  _dossier_window_paste_article (WINDOW (widget));
}

/* What the researcher changes. */

static void
highlight_selection_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  DossierWindow *self = WINDOW (widget);

  if (!dossier_reader_offer_highlight (self->reader))
    _dossier_window_toast (self, _("Select words in the article to highlight them"));
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  _dossier_window_undo_delete (WINDOW (widget));
}

static void
colour_labels_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  _dossier_window_edit_colour_labels (WINDOW (widget));
}

static void
rename_entity_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  _dossier_window_rename_entity (WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
retype_entity_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  const char *key, *type;

  g_variant_get (parameter, "(&s&s)", &key, &type);
  _dossier_window_retype_entity (WINDOW (widget), key, type);
}

static void
merge_entity_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  _dossier_window_merge_entity (WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
split_entity_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  const char *key, *alias;

  g_variant_get (parameter, "(&s&s)", &key, &alias);
  _dossier_window_split_entity (WINDOW (widget), key, alias);
}

static void
set_published_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  _dossier_window_set_published (WINDOW (widget));
}

static void
set_address_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  _dossier_window_set_address (WINDOW (widget));
}

static void
undo_address_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  gint64 source;
  const char *address;

  g_variant_get (parameter, "(x&s)", &source, &address);
  _dossier_window_undo_address (WINDOW (widget), source, address);
}

/* The article of source @parameter (0: the article read) kept as it is,
 * though the cleaner told no article apart in it. */
static void
keep_uncleaned_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  DossierWindow *self = WINDOW (widget);
  gint64 source = g_variant_get_int64 (parameter);

  if (source == 0 && dossier_reader_get_article (self->reader) != NULL)
    source = dossier_article_get_source_id (dossier_reader_get_article (self->reader));
  if (source != 0)
    _dossier_window_keep_uncleaned (self, source);
}

/* The article of source @parameter (0: the article read) out of the
 * dossier, with Undo. */
static void
remove_article_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  _dossier_window_remove_article (WINDOW (widget), g_variant_get_int64 (parameter));
}

static void
undo_remove_article_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  _dossier_window_undo_remove_article (WINDOW (widget), g_variant_get_int64 (parameter));
}

static void
open_original_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  _dossier_window_open_original (WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
undo_correction_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  _dossier_window_undo_correction (WINDOW (widget), g_variant_get_int64 (parameter));
}

static void
not_a_name_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  _dossier_window_not_a_name (WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
mark_name_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  _dossier_window_mark_name (WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
keep_apart_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  const char *key, *spelling;

  g_variant_get (parameter, "(&s&s)", &key, &spelling);
  _dossier_window_keep_apart (WINDOW (widget), key, spelling);
}

/* Events, named by their keys (dossier_event_get_key ()). */

static void
rename_event_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  _dossier_window_rename_event (WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
redate_event_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  _dossier_window_redate_event (WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
merge_event_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  _dossier_window_merge_event (WINDOW (widget), g_variant_get_string (parameter, NULL));
}

/* The event's key (its report to split off chosen in a dialog), or
 * "KEY|INDEX": the event, and the index of the report in its sources. */
static void
split_event_source_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  _dossier_window_split_event_source (WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
hide_event_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  _dossier_window_hide_event (WINDOW (widget), g_variant_get_string (parameter, NULL), TRUE);
}

static void
unhide_event_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  _dossier_window_hide_event (WINDOW (widget), g_variant_get_string (parameter, NULL), FALSE);
}

static void
new_event_from_selection_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  _dossier_window_new_event_from_selection (WINDOW (widget));
}

/* Articles, named by their sources in the dossier file (0: the article
 * read). */

static void
edit_article_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  gint64 source;
  const char *field, *value;

  g_variant_get (parameter, "(x&s&s)", &source, &field, &value);
  _dossier_window_edit_article (WINDOW (widget), source, field, value);
}

/* The sidebar and the reader. */

/* The reader's find bar, from the article menu (Ctrl+F in the reader). */
static void
find_in_article_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  DossierWindow *self = WINDOW (widget);

  _dossier_window_show_content (self);
  gtk_widget_activate_action (GTK_WIDGET (self->reader), "reader.find", NULL);
}

/* The article's details, in the inspector's pane. */
static void
show_article_details_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  DossierWindow *self = WINDOW (widget);

  adw_flap_set_reveal_flap (self->flap, TRUE);
  adw_view_stack_set_visible_child_name (self->side_stack, "details");
  gtk_widget_child_focus (self->details, GTK_DIR_TAB_FORWARD);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DossierWindow *self = WINDOW (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (self->search_entry);
}

static void
clear_filter_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  g_object_set (widget, "entity-filter", NULL, NULL);
}

/* The search and the entity filter both off. */
static void
show_all_articles_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  DossierWindow *self = WINDOW (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  g_object_set (widget, "entity-filter", NULL, NULL);
}

/* The article of index @parameter, in the reader (an import's toast). */
static void
show_article_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DossierWindow *self = WINDOW (widget);

  if (_dossier_window_select_article (self, g_variant_get_uint32 (parameter)))
    {
      _dossier_window_show_content (self);
      gtk_widget_grab_focus (GTK_WIDGET (dossier_reader_get_text_view (self->reader)));
    }
}

/* Back to the list of articles, in a folded window. */
static void
show_articles_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DossierWindow *self = WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  gtk_widget_grab_focus (self->article_list);
}

/* What the words at the cursor are, in words: a popover a keyboard and a
 * screen reader reach, with what the tooltips say. */
static void
describe_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  dossier_reader_describe_at_cursor (WINDOW (widget)->reader);
}

/* F6 and Shift+F6 go from pane to pane, as in GNOME's other applications:
 * the articles, the reader, the inspector, the timeline — those in
 * sight. */
static GtkWidget *
focus_target (DossierWindow *self,
              guint          pane)
{
  switch (pane)
    {
    case 0: return self->article_list;
    case 1: return GTK_WIDGET (dossier_reader_get_text_view (self->reader));
    case 2: return self->inspector_pane;
    case 3: return GTK_WIDGET (self->timeline_pane);
    default: return NULL;
    }
}

static void
cycle_panes (DossierWindow *self,
             int            step)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  int current = -1;

  for (guint pane = 0; pane < 4 && focus != NULL; pane++)
    {
      GtkWidget *target = focus_target (self, pane);

      if (focus == target || gtk_widget_is_ancestor (focus, target))
        current = (int) pane;
    }
  for (int tries = 1; tries <= 4; tries++)
    {
      int pane = ((current < 0 ? (step > 0 ? -1 : 0) : current) + step * tries + 8) % 4;
      GtkWidget *target = focus_target (self, (guint) pane);

      if (!gtk_widget_get_mapped (target) || !gtk_widget_get_sensitive (target))
        continue;
      if ((pane == 1 || pane == 0) ? gtk_widget_grab_focus (target)
                                   : gtk_widget_child_focus (target, GTK_DIR_TAB_FORWARD))
        return;
    }
}

static void
next_pane_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  cycle_panes (WINDOW (widget), 1);
}

static void
previous_pane_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  cycle_panes (WINDOW (widget), -1);
}

/* The reader's text size, remembered: a tenth larger or smaller a step,
 * within reason. */
static void
text_larger_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  GSettings *settings = WINDOW (widget)->settings;

  g_settings_set_double (settings, "reader-text-scale",
                         MIN (g_settings_get_double (settings, "reader-text-scale") * 1.1, 2.5));
}

static void
text_smaller_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  GSettings *settings = WINDOW (widget)->settings;

  g_settings_set_double (settings, "reader-text-scale",
                         MAX (g_settings_get_double (settings, "reader-text-scale") / 1.1, 0.6));
}

static void
text_normal_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_settings_set_double (WINDOW (widget)->settings, "reader-text-scale", 1.0);
}

void
_dossier_window_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new-dossier", NULL, new_dossier_action);
  gtk_widget_class_install_action (widget_class, "win.open-dossier", NULL, open_dossier_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.export-chronology", NULL, export_chronology_action);
  gtk_widget_class_install_action (widget_class, "win.open-exported", "s", open_exported_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.import-folder", NULL, import_folder_action);
  gtk_widget_class_install_action (widget_class, "win.paste-article", NULL, paste_article_action);
  gtk_widget_class_install_action (widget_class, "win.highlight-selection", NULL, highlight_selection_action);
  gtk_widget_class_install_action (widget_class, "win.undo-delete", NULL, undo_delete_action);
  gtk_widget_class_install_action (widget_class, "win.colour-labels", NULL, colour_labels_action);
  gtk_widget_class_install_action (widget_class, "win.rename-entity", "s", rename_entity_action);
  gtk_widget_class_install_action (widget_class, "win.retype-entity", "(ss)", retype_entity_action);
  gtk_widget_class_install_action (widget_class, "win.merge-entity", "s", merge_entity_action);
  gtk_widget_class_install_action (widget_class, "win.split-entity", "(ss)", split_entity_action);
  gtk_widget_class_install_action (widget_class, "win.set-published", NULL, set_published_action);
  gtk_widget_class_install_action (widget_class, "win.undo-correction", "x", undo_correction_action);
  gtk_widget_class_install_action (widget_class, "win.not-a-name", "s", not_a_name_action);
  gtk_widget_class_install_action (widget_class, "win.mark-name", "s", mark_name_action);
  gtk_widget_class_install_action (widget_class, "win.keep-apart", "(ss)", keep_apart_action);
  gtk_widget_class_install_action (widget_class, "win.rename-event", "s", rename_event_action);
  gtk_widget_class_install_action (widget_class, "win.redate-event", "s", redate_event_action);
  gtk_widget_class_install_action (widget_class, "win.merge-event", "s", merge_event_action);
  gtk_widget_class_install_action (widget_class, "win.split-event-source", "s", split_event_source_action);
  gtk_widget_class_install_action (widget_class, "win.hide-event", "s", hide_event_action);
  gtk_widget_class_install_action (widget_class, "win.unhide-event", "s", unhide_event_action);
  gtk_widget_class_install_action (widget_class, "win.new-event-from-selection", NULL, new_event_from_selection_action);
  gtk_widget_class_install_action (widget_class, "win.edit-article", "(xss)", edit_article_action);
  /* win.show-hidden-events: stateful, the window's "show-hidden-events"
   * (_dossier_window_actions_init ()). */
  gtk_widget_class_install_action (widget_class, "win.set-address", NULL, set_address_action);
  gtk_widget_class_install_action (widget_class, "win.undo-address", "(xs)", undo_address_action);
  gtk_widget_class_install_action (widget_class, "win.keep-uncleaned", "x", keep_uncleaned_action);
  gtk_widget_class_install_action (widget_class, "win.remove-article", "x", remove_article_action);
  gtk_widget_class_install_action (widget_class, "win.undo-remove-article", "x", undo_remove_article_action);
  gtk_widget_class_install_action (widget_class, "win.open-original", "s", open_original_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.find-in-article", NULL, find_in_article_action);
  gtk_widget_class_install_action (widget_class, "win.show-article-details", NULL, show_article_details_action);
  gtk_widget_class_install_action (widget_class, "win.clear-filter", NULL, clear_filter_action);
  gtk_widget_class_install_action (widget_class, "win.show-all-articles", NULL, show_all_articles_action);
  gtk_widget_class_install_action (widget_class, "win.show-article", "u", show_article_action);
  gtk_widget_class_install_action (widget_class, "win.show-articles", NULL, show_articles_action);
  gtk_widget_class_install_action (widget_class, "win.describe", NULL, describe_action);
  gtk_widget_class_install_action (widget_class, "win.next-pane", NULL, next_pane_action);
  gtk_widget_class_install_action (widget_class, "win.previous-pane", NULL, previous_pane_action);
  gtk_widget_class_install_action (widget_class, "win.text-larger", NULL, text_larger_action);
  gtk_widget_class_install_action (widget_class, "win.text-smaller", NULL, text_smaller_action);
  gtk_widget_class_install_action (widget_class, "win.text-normal", NULL, text_normal_action);

  /* Ctrl+± sizes the reader's text; with the timeline focused, its own
   * bindings zoom it instead (and its buttons point at its actions). */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "win.text-larger", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "win.text-larger", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "win.text-smaller", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "win.text-normal", NULL);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-dossier", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_h, GDK_CONTROL_MASK, "win.highlight-selection", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.import-folder", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.paste-article", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_ALT_MASK, "win.describe", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F6, 0, "win.next-pane", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F6, GDK_SHIFT_MASK, "win.previous-pane", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.show-articles", NULL);
}

void
_dossier_window_actions_init (DossierWindow *self)
{
  g_autoptr(GPropertyAction) show_inspector = g_property_action_new ("show-inspector", self->flap, "reveal-flap");
  g_autoptr(GPropertyAction) show_removed = g_property_action_new ("show-removed", self->reader, "show-removed");
  g_autoptr(GPropertyAction) show_hidden = g_property_action_new ("show-hidden-events", self, "show-hidden-events");

  /* The inspector's and the removed text's switches, in menus and on F9. */
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (show_inspector));
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (show_removed));
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (show_hidden));
  g_signal_connect (self, "notify::read-only", G_CALLBACK (update_actions), NULL);
  g_signal_connect (self, "notify::busy", G_CALLBACK (update_actions), NULL);
  g_signal_connect_object (self->reader, "notify::article", G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
  update_actions (self);
}
