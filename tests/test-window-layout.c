/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The window at any width and from the keyboard (issue 14): down to 360
 * pixels the reader stays whole, the sidebar and the inspector folding
 * into a leaflet's pages and a flap over the reader; F6 goes from pane to
 * pane, Tab leaves a list rather than walking its rows, the shortcuts
 * window lists every shortcut, and the rows of the lists are named for
 * screen readers.  Runs under Xvfb (see tests/meson.build), with GTK's
 * test accessibility backend. */

#include "config.h"

#include "dossier-annotation-list.h"
#include "dossier-annotation-row.h"
#include "dossier-article-row.h"
#include "dossier-entity-inspector.h"
#include "dossier-source-row.h"
#include "dossier-timeline-pane.h"
#include "dossier-ui-resources.h"
#include "dossier-test-window.h"

static gboolean
is_article_list (GtkWidget     *widget,
                 gconstpointer  window)
{
  return GTK_IS_LIST_VIEW (widget) &&
         gtk_list_view_get_model (GTK_LIST_VIEW (widget)) ==
         GTK_SELECTION_MODEL (dossier_window_get_article_list ((DossierWindow *) window));
}

static GtkWidget *
article_list (DossierWindow *window)
{
  return dossier_test_find_descendant (GTK_WIDGET (window), is_article_list, window);
}

static DossierWindow *
open_sample_at (int width,
                int height)
{
  DossierWindow *window = g_object_new (DOSSIER_TYPE_WINDOW, NULL);
  g_autofree char *sample = g_build_filename (g_get_user_data_dir (), "dossier", "Sample.dossier", NULL);

  g_unlink (sample);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  dossier_window_open_sample (window);
  wait_until (has_articles, window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  settle (100);
  return window;
}

/* Issue 14, 9: wide, the three panes side by side; at 820 pixels the
 * inspector folds over the reader; at 360 the sidebar and the reader are
 * pages of their own, each whole. */
static void
test_adaptive (void)
{
  static const struct { int width; gboolean leaflet_folded; gboolean flap_folded; } widths[] = {
    { 1300, FALSE, FALSE },
    { 820, FALSE, TRUE },
    { 360, TRUE, TRUE },
  };

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      DossierWindow *window = open_sample_at (widths[w].width, 760);
      AdwLeaflet *leaflet = ADW_LEAFLET (find_widget (GTK_WIDGET (window), ADW_TYPE_LEAFLET, NULL));
      AdwFlap *flap = ADW_FLAP (find_widget (GTK_WIDGET (window), ADW_TYPE_FLAP, NULL));
      GtkWidget *reader = GTK_WIDGET (window_reader (window));
      GtkWidget *list = article_list (window);

      g_test_message ("%d pixels wide: leaflet %d, flap %d, reader %d", widths[w].width,
                      gtk_widget_get_width (GTK_WIDGET (leaflet)), gtk_widget_get_width (GTK_WIDGET (flap)),
                      gtk_widget_get_width (reader));
      /* The window's frame takes a few pixels; nothing holds it wider
       * than asked. */
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (leaflet)), >, widths[w].width - 16);
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (leaflet)), <=, widths[w].width);
      g_assert_cmpint (adw_leaflet_get_folded (leaflet), ==, widths[w].leaflet_folded);
      if (!widths[w].leaflet_folded)
        {
          g_assert_cmpint (adw_flap_get_folded (flap), ==, widths[w].flap_folded);
          /* Revealed beside the reader when there is room, not over it. */
          g_assert_cmpint (adw_flap_get_reveal_flap (flap), ==, !widths[w].flap_folded);
        }

      {
        g_autofree char *name = g_strdup_printf ("adaptive-%d", widths[w].width);
        save_snapshot (GTK_WIDGET (window), name);
      }
      if (widths[w].leaflet_folded)
        {
          /* An article chosen in the list is read, on a page of its own. */
          g_signal_emit_by_name (list, "activate", 1);
          settle (400);
          g_assert_true (gtk_widget_is_ancestor (reader, adw_leaflet_get_visible_child (leaflet)));
          g_assert_true (gtk_widget_get_mapped (reader));
          g_assert_cmpint (gtk_widget_get_width (reader), ==, gtk_widget_get_width (GTK_WIDGET (leaflet)));
          g_assert_true (adw_flap_get_folded (flap));
          g_assert_false (adw_flap_get_reveal_flap (flap));
          save_snapshot (GTK_WIDGET (window), "adaptive-360-reader");
          /* The inspector lies over it when asked for, the reader whole. */
          g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-inspector", NULL));
          settle (400);
          g_assert_true (adw_flap_get_reveal_flap (flap));
          g_assert_cmpint (gtk_widget_get_width (reader), ==, gtk_widget_get_width (GTK_WIDGET (leaflet)));
          save_snapshot (GTK_WIDGET (window), "adaptive-360-inspector");
          /* Back to the list. */
          g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-articles", NULL));
          settle (400);
          g_assert_true (gtk_widget_is_ancestor (list, adw_leaflet_get_visible_child (leaflet)));
        }
      else
        {
          g_assert_true (gtk_widget_get_mapped (reader));
          g_assert_true (gtk_widget_get_mapped (list));
          g_assert_cmpint (gtk_widget_get_width (reader), >=, 340);
        }
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

/* The accelerators of the shortcuts window, parsed. */
static GArray *
listed_shortcuts (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new ();
  g_autoptr(GError) error = NULL;
  GArray *listed = g_array_new (FALSE, FALSE, sizeof (guint) * 2);
  GSList *objects;

  g_resources_register (dossier_ui_get_resource ());
  g_assert_true (gtk_builder_add_from_resource (builder, "/io/github/dossierapp/Dossier/gtk/help-overlay.ui", &error));
  g_assert_no_error (error);
  objects = gtk_builder_get_objects (builder);
  for (GSList *l = objects; l != NULL; l = l->next)
    {
      g_autofree char *accelerator = NULL;
      g_auto(GStrv) each = NULL;

      if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        continue;
      g_object_get (l->data, "accelerator", &accelerator, NULL);
      each = g_strsplit (accelerator, " ", -1);
      for (guint i = 0; each[i] != NULL; i++)
        {
          guint pair[2];

          if (!gtk_accelerator_parse (each[i], &pair[0], (GdkModifierType *) &pair[1]))
            continue;
          pair[0] = gdk_keyval_to_lower (pair[0]);
          g_array_append_vals (listed, pair, 1);
        }
    }
  g_slist_free (objects);
  gtk_window_destroy (GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
  return listed;
}

static gboolean
is_listed (GArray          *listed,
           guint            keyval,
           GdkModifierType  modifiers)
{
  for (guint i = 0; i < listed->len; i++)
    {
      guint *pair = &g_array_index (listed, guint, i * 2);

      if (pair[0] == gdk_keyval_to_lower (keyval) && pair[1] == (guint) modifiers)
        return TRUE;
    }
  return FALSE;
}

/* Issue 14, 10: every shortcut of the window's is in the shortcuts
 * window (Ctrl+H, Ctrl+E, Ctrl+N and Shift+Ctrl+S were not). */
static void
test_shortcuts_listed (void)
{
  DossierWindow *window = g_object_new (DOSSIER_TYPE_WINDOW, NULL);
  g_autoptr(GArray) listed = listed_shortcuts ();
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  guint n_checked = 0;

  for (guint c = 0; c < g_list_model_get_n_items (controllers); c++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, c);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint s = 0; s < g_list_model_get_n_items (G_LIST_MODEL (controller)); s++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), s);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
          guint keyval;
          GdkModifierType modifiers;

          if (!GTK_IS_KEYVAL_TRIGGER (trigger) || !GTK_IS_NAMED_ACTION (action) ||
              !g_str_has_prefix (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), "win."))
            continue;
          keyval = gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger));
          modifiers = gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger));
          /* Ctrl+= is Ctrl++ on a keyboard without a plus key. */
          if (keyval == GDK_KEY_equal)
            continue;
          if (!is_listed (listed, keyval, modifiers))
            {
              g_autofree char *name = gtk_accelerator_name (keyval, modifiers);
              g_error ("%s (%s) is not in the shortcuts window", name,
                       gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)));
            }
          n_checked++;
        }
    }
  g_assert_cmpuint (n_checked, >=, 15);
  g_assert_true (is_listed (listed, GDK_KEY_h, GDK_CONTROL_MASK));
  g_assert_true (is_listed (listed, GDK_KEY_e, GDK_CONTROL_MASK));
  g_assert_true (is_listed (listed, GDK_KEY_n, GDK_CONTROL_MASK));
  g_assert_true (is_listed (listed, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK));
  g_assert_true (is_listed (listed, GDK_KEY_F6, 0));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Tab, as the window gets it: a list that leaves on Tab takes it (its
 * key controller's handler, as GTK would call it), anything else moves
 * the focus on as GTK's own Tab does. */
static void
press_tab (DossierWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  for (GtkWidget *widget = focus; widget != NULL; widget = gtk_widget_get_parent (widget))
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

      for (guint c = 0; c < g_list_model_get_n_items (controllers); c++)
        {
          g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, c);
          gboolean handled = FALSE;

          if (g_strcmp0 (gtk_event_controller_get_name (controller), "dossier-tab-leaves") != 0)
            continue;
          g_signal_emit_by_name (controller, "key-pressed", GDK_KEY_Tab, 0, 0, &handled);
          if (handled)
            return;
        }
    }
  gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
}

static gboolean
focus_within (DossierWindow *window,
              GtkWidget     *pane)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && (focus == pane || gtk_widget_is_ancestor (focus, pane));
}

/* Issue 14, 10: from the entity list to the timeline in a few Tabs, not
 * one per name; F6 goes from pane to pane. */
static void
test_keyboard (void)
{
  DossierWindow *window = open_sample_at (1300, 860);
  GtkWidget *inspector = find_widget (GTK_WIDGET (window), DOSSIER_TYPE_ENTITY_INSPECTOR, NULL);
  GtkWidget *timeline = find_widget (GTK_WIDGET (window), DOSSIER_TYPE_TIMELINE_PANE, NULL);
  GtkWidget *list = article_list (window);
  GtkWidget *view = GTK_WIDGET (dossier_reader_get_text_view (window_reader (window)));
  GtkWidget *entities = find_widget (inspector, GTK_TYPE_LIST_BOX, NULL);
  GtkWidget *whole = find_widget (inspector, GTK_TYPE_TOGGLE_BUTTON, "Whole Dossier");
  guint presses = 0, rows = 0;

  /* Every entity of the dossier listed. */
  click (whole);
  settle (50);
  for (GtkWidget *row = gtk_widget_get_first_child (entities); row != NULL; row = gtk_widget_get_next_sibling (row))
    rows++;
  g_assert_cmpuint (rows, >=, 20);
  g_assert_true (gtk_widget_child_focus (entities, GTK_DIR_TAB_FORWARD));
  g_assert_true (focus_within (window, entities));
  while (!focus_within (window, timeline) && presses < 60)
    {
      press_tab (window);
      presses++;
    }
  g_test_message ("%u presses of Tab from the first entity to the timeline", presses);
  g_assert_true (focus_within (window, timeline));
  g_assert_cmpuint (presses, <=, 8);

  /* F6: the articles, the reader, the inspector, the timeline, round. */
  gtk_widget_grab_focus (list);
  g_assert_true (focus_within (window, list));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-pane", NULL);
  g_assert_true (focus_within (window, view));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-pane", NULL);
  g_assert_true (focus_within (window, gtk_widget_get_ancestor (inspector, GTK_TYPE_BOX)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-pane", NULL);
  g_assert_true (focus_within (window, timeline));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-pane", NULL);
  g_assert_true (focus_within (window, list));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-pane", NULL);
  g_assert_true (focus_within (window, timeline));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Issue 14, 10: a screen reader names an article row, a mention row and
 * an annotation row by what they show (they were nameless). */
static void
test_rows_named (void)
{
  DossierWindow *window = open_sample_at (1300, 860);
  GtkWidget *row = find_widget (GTK_WIDGET (window), DOSSIER_TYPE_ARTICLE_ROW, NULL);
  DossierEntityInspector *inspector =
    DOSSIER_ENTITY_INSPECTOR (find_widget (GTK_WIDGET (window), DOSSIER_TYPE_ENTITY_INSPECTOR, NULL));
  g_autofree char *rutte = find_entity (window, "Mark Rutte");
  g_autofree char *expected = dossier_article_row_dup_accessible_label (DOSSIER_ARTICLE_ROW (row));
  g_autofree char *wrong = NULL;
  GtkWidget *mention;

  g_assert_nonnull (strstr (expected, dossier_article_get_display_title (dossier_article_row_get_article (DOSSIER_ARTICLE_ROW (row)))));
  wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (gtk_widget_get_parent (row)),
                                              GTK_ACCESSIBLE_PROPERTY_LABEL, expected);
  g_assert_null (wrong);

  g_assert_true (dossier_entity_inspector_show_entity_key (inspector, rutte));
  settle (50);
  mention = find_widget (GTK_WIDGET (inspector), DOSSIER_TYPE_SOURCE_ROW, NULL);
  g_assert_nonnull (mention);
  mention = gtk_widget_get_parent (mention);
  g_assert_true (GTK_IS_LIST_BOX_ROW (mention));
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (mention), GTK_ACCESSIBLE_PROPERTY_LABEL));

  /* An annotation, named by its meaning, words and note. */
  {
    DossierReader *reader = window_reader (window);
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (dossier_reader_get_text_view (reader));
    GtkWidget *popover = dossier_reader_get_annotation_popover (reader);
    g_autofree char *text = reader_text (reader);
    int offset = (int) g_utf8_pointer_to_offset (text, strstr (text, "Mark Rutte"));
    GtkTextIter start, end;
    GtkWidget *annotation_row;
    AdwViewStack *side = ADW_VIEW_STACK (find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK, NULL));
    g_autofree char *label = NULL;

    gtk_text_buffer_get_iter_at_offset (buffer, &start, offset);
    gtk_text_buffer_get_iter_at_offset (buffer, &end, offset + 10);
    gtk_text_buffer_select_range (buffer, &start, &end);
    g_assert_true (dossier_reader_offer_highlight (reader));
    g_signal_emit_by_name (popover, "colour-chosen", (guint) DOSSIER_COLOUR_YELLOW);
    gtk_popover_popdown (GTK_POPOVER (popover));
    adw_view_stack_set_visible_child_name (side, "annotations");
    settle (200);
    annotation_row = find_widget (GTK_WIDGET (window), DOSSIER_TYPE_ANNOTATION_ROW, NULL);
    g_assert_nonnull (annotation_row);
    label = dossier_annotation_row_dup_accessible_label (DOSSIER_ANNOTATION_ROW (annotation_row));
    g_assert_true (g_str_has_prefix (label, "Key point"));
    g_assert_nonnull (strstr (label, "“Mark Rutte”"));
    g_free (wrong);
    wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (gtk_widget_get_parent (annotation_row)),
                                                GTK_ACCESSIBLE_PROPERTY_LABEL, label);
    g_assert_null (wrong);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("dossier-test-layout-XXXXXX", NULL);
  int status;

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  dossier_test_keep_warnings_fatal ();
  adw_init ();
  /* Scrolling and folding happen at once, not over a few frames. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/window-layout/adaptive", test_adaptive);
  g_test_add_func ("/window-layout/shortcuts-listed", test_shortcuts_listed);
  g_test_add_func ("/window-layout/keyboard", test_keyboard);
  g_test_add_func ("/window-layout/rows-named", test_rows_named);

  status = g_test_run ();
  remove_tree (data_home);
  return status;
}
