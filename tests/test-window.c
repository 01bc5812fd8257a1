/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The real window, driven as a person would: it opens on the sample, the
 * reader follows the selection, highlights switch off, an entity filters
 * the sidebar, a timeline event leads to its sentence, and a bad file
 * among good ones is named in a toast while the rest is imported, and
 * every icon-only button has a tooltip and an accessible label, and a
 * dossier that cannot be written is opened to be read.  Runs
 * under Xvfb (see tests/meson.build). */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "dossier-annotation-popover.h"
#include "dossier-article.h"
#include "dossier-entity.h"
#include "dossier-entity-inspector.h"
#include "dossier-reader.h"
#include "dossier-timeline.h"
#include "dossier-window.h"
#include "dossier-test-util.h"
#include "dossier-test-widgets.h"
#include "dossier-test-window.h"

static void
test_opens_on_sample (void)
{
  DossierWindow *window = open_sample ();
  DossierReader *reader = DOSSIER_READER (find_widget (GTK_WIDGET (window), DOSSIER_TYPE_READER, NULL));
  DossierTimeline *timeline = DOSSIER_TIMELINE (find_widget (GTK_WIDGET (window), DOSSIER_TYPE_TIMELINE, NULL));
  GtkWidget *banner = find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, "sample dossier");
  GListModel *list = dossier_window_get_article_list (window);
  g_autofree char *text = NULL;
  double first_day, last_day;
  DossierDate october_1 = dossier_date_from_day (2024, 10, 1);
  DossierDate october_31 = dossier_date_from_day (2024, 10, 31);

  /* Five articles, the first selected in the reader, with highlights. */
  wait_for_items (list, 5);
  g_assert_nonnull (dossier_reader_get_article (reader));
  text = reader_text (reader);
  g_assert_nonnull (strstr (text, "The prospect of Ukraine becoming"));
  g_assert_cmpuint (dossier_reader_count_highlighted (reader, DOSSIER_HIGHLIGHT_PERSON), >, 0);
  g_assert_cmpuint (dossier_reader_count_highlighted (reader, DOSSIER_HIGHLIGHT_PLACE), >, 0);
  /* The sample says it is the sample. */
  g_assert_nonnull (banner);
  g_assert_true (gtk_widget_is_visible (banner));
  /* The timeline shows October 2024 and its events (which may arrive a
   * moment after the articles). */
  {
    Count events = { dossier_timeline_get_events (timeline), 5 };
    wait_until (has_at_least, &events);
  }
  dossier_timeline_get_visible_days (timeline, &first_day, &last_day);
  g_assert_cmpfloat (first_day, <=, dossier_date_to_day_number (&october_1));
  g_assert_cmpfloat (last_day, >=, dossier_date_to_day_number (&october_31));
  g_assert_cmpfloat (last_day - first_day, <, 40);
  g_assert_cmpuint (g_list_model_get_n_items (dossier_timeline_get_events (timeline)), >=, 5);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_selection_changes_reader (void)
{
  DossierWindow *window = open_sample ();
  DossierReader *reader = DOSSIER_READER (find_widget (GTK_WIDGET (window), DOSSIER_TYPE_READER, NULL));
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (dossier_window_get_article_list (window));
  gboolean found = FALSE;

  for (guint i = 0; i < 5 && !found; i++)
    {
      g_autoptr(DossierArticle) article = g_list_model_get_item (G_LIST_MODEL (selection), i);
      if (g_strcmp0 (dossier_article_get_outlet (article), "Gulf Press") == 0)
        {
          g_autofree char *text = NULL;
          gtk_single_selection_set_selected (selection, i);
          wait_until ((gboolean (*) (gpointer)) gtk_widget_get_mapped, reader);
          text = reader_text (reader);
          g_assert_true (g_str_has_prefix (text, "NATO Secretary-General confirms Ukraine’s future membership"));
          g_assert_nonnull (strstr (text, "Gulf Press · News Room"));
          /* The page furniture is not in the reader. */
          g_assert_null (strstr (text, "Sign Up For Daily Newsletter"));
          found = TRUE;
        }
    }
  g_assert_true (found);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_highlight_toggle (void)
{
  DossierWindow *window = open_sample ();
  DossierReader *reader = DOSSIER_READER (find_widget (GTK_WIDGET (window), DOSSIER_TYPE_READER, NULL));
  GtkWidget *people = find_widget (GTK_WIDGET (window), GTK_TYPE_TOGGLE_BUTTON, "People");

  g_assert_nonnull (people);
  g_assert_cmpuint (dossier_reader_count_highlighted (reader, DOSSIER_HIGHLIGHT_PERSON), >, 0);
  /* Clicking "People" off removes the highlights of people, not of places. */
  click (people);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (people)));
  g_assert_cmpuint (dossier_reader_count_highlighted (reader, DOSSIER_HIGHLIGHT_PERSON), ==, 0);
  g_assert_cmpuint (dossier_reader_count_highlighted (reader, DOSSIER_HIGHLIGHT_PLACE), >, 0);
  click (people);
  g_assert_cmpuint (dossier_reader_count_highlighted (reader, DOSSIER_HIGHLIGHT_PERSON), >, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_text_size (void)
{
  DossierWindow *window = open_sample ();
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);

  /* Ctrl+plus and Ctrl+0, as actions: the size is remembered. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.text-larger", NULL);
  g_assert_cmpfloat (g_settings_get_double (settings, "reader-text-scale"), >, 1.05);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.text-normal", NULL);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "reader-text-scale"), 1.0, 1e-9);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_entity_filters_sidebar (void)
{
  DossierWindow *window = open_sample ();
  DossierReader *reader = DOSSIER_READER (find_widget (GTK_WIDGET (window), DOSSIER_TYPE_READER, NULL));
  DossierEntityInspector *inspector =
    DOSSIER_ENTITY_INSPECTOR (find_widget (GTK_WIDGET (window), DOSSIER_TYPE_ENTITY_INSPECTOR, NULL));
  GListModel *list = dossier_window_get_article_list (window);
  g_autofree char *smith = find_entity (window, "Julianne Smith");
  GtkWidget *filter_button;

  /* Activating a name in the reader opens it in the inspector… */
  g_signal_emit_by_name (reader, "entity-activated", smith);
  g_assert_cmpstr (dossier_entity_inspector_get_entity_key (inspector), ==, smith);
  /* …whose "Show Only Its Articles" filters the sidebar. */
  filter_button = find_widget (GTK_WIDGET (inspector), GTK_TYPE_BUTTON, "Show Only Its Articles");
  g_assert_nonnull (filter_button);
  click (filter_button);
  wait_for_items (list, 1);
  {
    g_autoptr(DossierArticle) article = g_list_model_get_item (list, 0);
    g_assert_true (g_str_has_prefix (dossier_article_get_title (article), "NATO won’t invite Ukraine"));
  }
  dossier_window_set_entity_filter (window, NULL);
  wait_for_items (list, 5);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_timeline_event_opens_sentence (void)
{
  DossierWindow *window = open_sample ();
  DossierReader *reader = DOSSIER_READER (find_widget (GTK_WIDGET (window), DOSSIER_TYPE_READER, NULL));
  DossierTimeline *timeline = DOSSIER_TIMELINE (find_widget (GTK_WIDGET (window), DOSSIER_TYPE_TIMELINE, NULL));
  GListModel *events = dossier_timeline_get_events (timeline);
  GtkWidget *popover, *source_button;
  guint position = G_MAXUINT;
  GtkTextBuffer *buffer;
  GtkTextIter cursor, line_end;
  g_autofree char *at_cursor = NULL;

  /* The victory plan's presentation, 16 October. */
  for (guint i = 0; i < g_list_model_get_n_items (events) && position == G_MAXUINT; i++)
    {
      g_autoptr(DossierEvent) event = g_list_model_get_item (events, i);
      if (g_strcmp0 (dossier_event_get_date (event), "2024-10-16") == 0)
        position = i;
    }
  g_assert_cmpuint (position, !=, G_MAXUINT);
  dossier_timeline_activate_event (timeline, position);
  popover = find_widget (GTK_WIDGET (timeline), GTK_TYPE_POPOVER, NULL);
  g_assert_nonnull (popover);
  /* Its sources, by outlet: the Gulf Press one leads to its sentence. */
  source_button = find_widget (popover, GTK_TYPE_LABEL, "Gulf Press");
  g_assert_nonnull (source_button);
  source_button = gtk_widget_get_ancestor (source_button, GTK_TYPE_BUTTON);
  click (source_button);

  g_assert_cmpstr (dossier_article_get_outlet (dossier_reader_get_article (reader)), ==, "Gulf Press");
  buffer = gtk_text_view_get_buffer (dossier_reader_get_text_view (reader));
  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  line_end = cursor;
  gtk_text_iter_forward_chars (&line_end, 40);
  at_cursor = gtk_text_iter_get_text (&cursor, &line_end);
  g_assert_true (g_str_has_prefix (at_cursor, "President Volodymyr Zelenskyy of Ukraine"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The toast's words as they were seen: a toast goes after a while, and a
 * loaded machine may let it go before the test reads it again. */
static char *import_message;

static gboolean
import_done (gpointer data)
{
  DossierWindow *window = data;
  GtkWidget *message = find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, "Could not import");

  if (message != NULL && import_message == NULL)
    import_message = g_strdup (gtk_label_get_text (GTK_LABEL (message)));
  return g_list_model_get_n_items (G_LIST_MODEL (dossier_window_get_corpus (window))) == 5 && import_message != NULL;
}

static void
test_bad_import_keeps_the_rest (void)
{
  DossierWindow *window = open_sample ();
  g_autofree char *directory = g_dir_make_tmp ("dossier-window-XXXXXX", NULL);
  g_autofree char *good = g_build_filename (directory, "good.txt", NULL);
  g_autofree char *bad = g_build_filename (directory, "broken.txt", NULL);
  g_autofree char *seed = g_test_build_filename (G_TEST_DIST, "..", "seeds", "004_9c6006ec91fd0f1d.txt", NULL);
  g_autofree char *contents = NULL;
  const char *paths[] = { bad, good, NULL };
  const guint8 binary[] = { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0 };

  g_assert_true (g_file_get_contents (seed, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (good, contents, -1, NULL));
  g_assert_true (g_file_set_contents (bad, (const char *) binary, sizeof binary, NULL));

  /* The first import replaces the sample; then one more file, and a bad one. */
  dossier_window_import (window, (const char *[]) { good, NULL });
  wait_until (has_articles, window);
  while (g_list_model_get_n_items (G_LIST_MODEL (dossier_window_get_corpus (window))) != 1)
    g_main_context_iteration (NULL, TRUE);
  {
    g_autofree char *second = g_test_build_filename (G_TEST_DIST, "..", "seeds", NULL);
    const char *more[] = { bad, second, NULL };
    dossier_window_import (window, more);
  }
  wait_until (import_done, window);
  g_assert_nonnull (strstr (import_message, "broken.txt"));
  g_assert_nonnull (strstr (import_message, "binary"));
  g_clear_pointer (&import_message, g_free);
  /* The article imported before is still there, with the four new ones:
   * the folder's copy of it is reported, not added twice. */
  wait_for_items (dossier_window_get_article_list (window), 5);
  (void) paths;

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (good);
  g_unlink (bad);
  g_rmdir (directory);
}

/* Every button that shows only an icon is described twice: a tooltip for
 * the pointer, an accessible label for screen readers.  The window's own
 * controls (close, maximise) are GTK's, hidden buttons (the search bar's
 * close button) cannot be reached, and a menu button is described on the
 * GtkMenuButton, not on the button inside it.  Accessible properties are
 * kept by GTK's test AT context: this test runs with GTK_A11Y=test. */
static gboolean
is_icon_only (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget))
    return gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget)) != NULL;
  return GTK_IS_BUTTON (widget) && GTK_IS_IMAGE (gtk_button_get_child (GTK_BUTTON (widget))) &&
         !GTK_IS_MENU_BUTTON (gtk_widget_get_parent (widget));
}

static void
check_icon_buttons (GtkWidget *widget,
                    guint     *n_checked)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    check_icon_buttons (child, n_checked);

  if (is_icon_only (widget) && gtk_widget_get_visible (widget) &&
      gtk_widget_get_ancestor (widget, GTK_TYPE_WINDOW_CONTROLS) == NULL)
    {
      const char *tooltip = gtk_widget_get_tooltip_text (widget);

      if (tooltip == NULL || *tooltip == '\0')
        g_error ("an icon-only %s has no tooltip", G_OBJECT_TYPE_NAME (widget));
      if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
        g_error ("icon button “%s” has no accessible label", tooltip);
      /* The label names the action; a shortcut is in the tooltip only. */
      if (strchr (tooltip, '(') != NULL)
        {
          g_autofree char *differs = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                                         GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                                         tooltip);
          g_assert_nonnull (differs);
        }
      g_test_message ("described: %s", tooltip);
      (*n_checked)++;
    }
}

static void
test_icon_buttons_described (void)
{
  DossierWindow *window = open_sample ();
  guint n_checked = 0;

  check_icon_buttons (GTK_WIDGET (window), &n_checked);
  /* Import, search, main menu, entities, dismiss the banner, clear the
   * filter, all entities, the four timeline buttons: all of them seen. */
  g_assert_cmpuint (n_checked, >=, 11);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_store_articles (gpointer data)
{
  DossierWindow *window = data;
  DossierCorpus *corpus = dossier_window_get_corpus (window);
  return dossier_corpus_get_store (corpus) != NULL && g_list_model_get_n_items (G_LIST_MODEL (corpus)) > 0;
}

/* A person selects words, picks a colour in the popover, writes a note;
 * deletes it and takes it back with Undo; closes and reopens the dossier
 * and finds it there, in its colour. */
static void
test_annotate_and_reopen (void)
{
  DossierWindow *window = open_sample ();
  DossierReader *reader = DOSSIER_READER (find_widget (GTK_WIDGET (window), DOSSIER_TYPE_READER, NULL));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (dossier_reader_get_text_view (reader));
  GListModel *annotations = dossier_corpus_get_annotations (dossier_window_get_corpus (window));
  GtkWidget *popover = dossier_reader_get_annotation_popover (reader);
  g_autofree char *text = reader_text (reader);
  g_autofree char *path = NULL;
  g_autoptr(DossierAnnotation) annotation = NULL;
  GtkTextIter start, end;
  const char *words = "Mark Rutte";
  const char *at = strstr (text, words);
  int offset;
  GtkTextTag *red;

  wait_until (has_store_articles, window);
  g_assert_nonnull (at);
  g_assert_cmpuint (g_list_model_get_n_items (annotations), ==, 0);
  offset = (int) g_utf8_pointer_to_offset (text, at);
  gtk_text_buffer_get_iter_at_offset (buffer, &start, offset);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, offset + (int) g_utf8_strlen (words, -1));
  gtk_text_buffer_select_range (buffer, &start, &end);

  /* Ctrl+H, or the mouse released over the selection, offers the colours. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.highlight-selection", NULL));
  wait_until ((gboolean (*) (gpointer)) gtk_widget_get_mapped, popover);
  g_signal_emit_by_name (popover, "colour-chosen", (guint) DOSSIER_COLOUR_RED);
  g_assert_cmpuint (g_list_model_get_n_items (annotations), ==, 1);
  annotation = g_list_model_get_item (annotations, 0);
  g_assert_cmpstr (dossier_annotation_get_anchor (annotation)->exact, ==, words);
  g_assert_cmpint (dossier_annotation_get_colour (annotation), ==, DOSSIER_COLOUR_RED);
  /* The popover goes on to the note; closing it saves. */
  g_assert_true (dossier_annotation_popover_get_annotation (DOSSIER_ANNOTATION_POPOVER (popover)) == annotation);
  {
    GtkWidget *note = find_widget (popover, GTK_TYPE_TEXT_VIEW, NULL);
    GtkWidget *tags = find_widget (popover, GTK_TYPE_ENTRY, NULL);
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (note)), "Says “in the future”, no date", -1);
    gtk_editable_set_text (GTK_EDITABLE (tags), "claim, NATO");
  }
  gtk_popover_popdown (GTK_POPOVER (popover));
  g_assert_cmpstr (dossier_annotation_get_note (annotation), ==, "Says “in the future”, no date");
  g_assert_true (dossier_annotation_has_tag (annotation, "NATO"));
  /* In the reader, in its colour. */
  red = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "annotation-red");
  gtk_text_buffer_get_iter_at_offset (buffer, &start, offset + 2);
  g_assert_true (gtk_text_iter_has_tag (&start, red));

  /* Deleted, then back with Undo. */
  dossier_window_delete_annotation (window, annotation);
  g_assert_cmpuint (g_list_model_get_n_items (annotations), ==, 0);
  gtk_text_buffer_get_iter_at_offset (buffer, &start, offset + 2);
  g_assert_false (gtk_text_iter_has_tag (&start, red));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo-delete", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (annotations), ==, 1);

  /* Reopened from its file: still there, note and all. */
  path = g_strdup (dossier_store_get_path (dossier_corpus_get_store (dossier_window_get_corpus (window))));
  gtk_window_destroy (GTK_WINDOW (window));
  window = g_object_new (DOSSIER_TYPE_WINDOW, NULL);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (dossier_window_open_dossier (window, path));
  wait_until (has_store_articles, window);
  annotations = dossier_corpus_get_annotations (dossier_window_get_corpus (window));
  g_assert_cmpuint (g_list_model_get_n_items (annotations), ==, 1);
  {
    g_autoptr(DossierAnnotation) again = g_list_model_get_item (annotations, 0);
    g_assert_cmpstr (dossier_annotation_get_id (again), ==, dossier_annotation_get_id (annotation));
    g_assert_cmpstr (dossier_annotation_get_note (again), ==, "Says “in the future”, no date");
    g_assert_false (dossier_annotation_get_orphaned (again));
  }
  /* The sidebar lists every article of the reopened dossier, once the
   * analyses its opening starts are done (a list filtered incrementally
   * lost them when the articles were replaced while it worked). */
  settle (500);
  g_assert_cmpuint (g_list_model_get_n_items (dossier_window_get_article_list (window)), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (dossier_window_get_corpus (window))));
  g_assert_cmpuint (g_list_model_get_n_items (dossier_window_get_article_list (window)), >, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}


static int
entity_named (DossierWindow *window,
              const char    *name)
{
  DossierAnalysis *analysis = dossier_corpus_get_analysis (dossier_window_get_corpus (window));

  for (guint e = 0; e < dossier_analysis_get_n_entities (analysis); e++)
    if (g_strcmp0 (dossier_analysis_get_entity (analysis, e)->name, name) == 0)
      return (int) e;
  return -1;
}

typedef struct
{
  DossierWindow *window;
  const char *name;
  gboolean present;
} EntityWait;

static gboolean
entity_presence (gpointer data)
{
  EntityWait *wait = data;
  return (entity_named (wait->window, wait->name) >= 0) == wait->present;
}

/* Corrections from the inspector's menu: an alias split off and a type
 * changed take effect at once, and Undo takes them back. */
static void
test_corrections (void)
{
  DossierWindow *window = open_sample ();
  DossierCorpus *corpus = dossier_window_get_corpus (window);
  DossierAnalysis *analysis;
  int zelenskyy = entity_named (window, "Volodymyr Zelenskyy");
  g_autofree char *key = NULL;
  EntityWait wait = { window, "Zelensky", TRUE };
  GPtrArray *corrections;
  gint64 id;

  wait_until (has_store_articles, window);
  g_assert_cmpint (zelenskyy, >=, 0);
  analysis = dossier_corpus_get_analysis (corpus);
  key = g_strdup (dossier_analysis_get_entity (analysis, zelenskyy)->key);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.split-entity", "(ss)", key, "Zelensky"));
  wait_until (entity_presence, &wait);
  corrections = dossier_corpus_get_corrections (corpus);
  g_assert_cmpuint (corrections->len, ==, 1);
  id = ((DossierStoredCorrection *) g_ptr_array_index (corrections, 0))->id;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo-correction", "x", id));
  wait.present = FALSE;
  wait_until (entity_presence, &wait);
  g_assert_cmpuint (dossier_corpus_get_corrections (corpus)->len, ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A file that is not a dossier is refused in a toast; the dossier open stays. */
static void
test_open_bad_dossier (void)
{
  DossierWindow *window = open_sample ();
  g_autofree char *dir = g_dir_make_tmp ("dossier-bad-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "notes.dossier", NULL);
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (path, "President Zelenskyy said …", -1, NULL));
  g_assert_false (dossier_window_open_dossier (window, path));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (dossier_window_get_corpus (window))), ==, 5);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "President Zelenskyy said …");
  g_unlink (path);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
activates (GtkWidget     *widget,
           gconstpointer  action_name)
{
  return GTK_IS_ACTIONABLE (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0;
}

static gboolean
set_immutable (const char *path,
               gboolean    immutable,
               char      **why)
{
  const char *argv[] = { "chattr", immutable ? "+i" : "-i", path, NULL };
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                     NULL, &err, &status, &error))
    {
      *why = g_strdup (error->message);
      return FALSE;
    }
  if (!g_spawn_check_wait_status (status, NULL))
    {
      *why = g_strdup (g_strstrip (err));
      return FALSE;
    }
  return TRUE;
}

/* A dossier the user may not change (here made immutable, which even root
 * may not write: the window tests run as root, who ignores file modes) is
 * opened to be read: "Read-only" in the subtitle, no import, no
 * highlighting, and the file is left as it was.  The window runs in a
 * subprocess, so that the file is made writable again and removed even
 * when an assertion fails. */
static void
read_only_window (const char *path)
{
  DossierWindow *window = g_object_new (DOSSIER_TYPE_WINDOW, NULL);
  g_autofree char *text = NULL;
  DossierReader *reader;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  GtkWidget *title, *import;
  GListModel *annotations;
  guint n_annotations;
  const char *at;

  gtk_window_set_default_size (GTK_WINDOW (window), 1300, 850);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (dossier_window_open_dossier (window, path));
  wait_until (has_store_articles, window);
  /* The load finished: the sidebar's list filled too. */
  wait_idle (window);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (dossier_window_get_corpus (window))), ==, 5);
  g_assert_true (dossier_store_is_read_only (dossier_corpus_get_store (dossier_window_get_corpus (window))));

  title = find_widget (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE, NULL);
  g_assert_nonnull (title);
  g_assert_cmpstr (adw_window_title_get_subtitle (ADW_WINDOW_TITLE (title)), ==, "Read-only · 5 articles");
  import = dossier_test_find_descendant (GTK_WIDGET (window), activates, "win.import");
  g_assert_nonnull (import);
  g_assert_false (gtk_widget_is_sensitive (import));

  /* Words selected and Ctrl+H: nothing is highlighted. */
  reader = DOSSIER_READER (find_widget (GTK_WIDGET (window), DOSSIER_TYPE_READER, NULL));
  buffer = gtk_text_view_get_buffer (dossier_reader_get_text_view (reader));
  annotations = dossier_corpus_get_annotations (dossier_window_get_corpus (window));
  n_annotations = g_list_model_get_n_items (annotations);
  text = reader_text (reader);
  at = strstr (text, "Mark Rutte");
  g_assert_nonnull (at);
  gtk_text_buffer_get_iter_at_offset (buffer, &start, (int) g_utf8_pointer_to_offset (text, at));
  gtk_text_buffer_get_iter_at_offset (buffer, &end, (int) g_utf8_pointer_to_offset (text, at) + 10);
  gtk_text_buffer_select_range (buffer, &start, &end);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.highlight-selection", NULL);
  for (int i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_false (gtk_widget_get_mapped (dossier_reader_get_annotation_popover (reader)));
  g_assert_cmpuint (g_list_model_get_n_items (annotations), ==, n_annotations);

  gtk_window_destroy (GTK_WINDOW (window));
  for (int i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
}

static void
test_read_only_dossier (void)
{
  DossierWindow *window;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *why = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  if (g_test_subprocess ())
    {
      read_only_window (g_getenv ("DOSSIER_TEST_READ_ONLY"));
      return;
    }

  window = open_sample ();
  wait_until (has_store_articles, window);
  dir = g_dir_make_tmp ("dossier-read-only-XXXXXX", NULL);
  path = g_build_filename (dir, "Sample.dossier", NULL);
  {
    g_autoptr(GFile) from = g_file_new_for_path (dossier_store_get_path (dossier_corpus_get_store (dossier_window_get_corpus (window))));
    g_autoptr(GFile) to = g_file_new_for_path (path);
    g_autoptr(GError) error = NULL;

    /* The sample's log is checkpointed after each write: the file is whole. */
    g_assert_true (g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
  }
  gtk_window_destroy (GTK_WINDOW (window));

  if (!set_immutable (path, TRUE, &why))
    {
      g_autofree char *message = g_strdup_printf ("chattr +i is not available here: %s", why);
      g_test_skip (message);
      remove_tree (dir);
      return;
    }
  before = dossier_test_checksum_file (path);
  g_setenv ("DOSSIER_TEST_READ_ONLY", path, TRUE);
  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_unsetenv ("DOSSIER_TEST_READ_ONLY");

  after = dossier_test_checksum_file (path);
  g_assert_true (set_immutable (path, FALSE, &why));
  remove_tree (dir);
  g_test_trap_assert_passed ();
  g_assert_cmpstr (after, ==, before);
}

int
main (int   argc,
      char *argv[])
{
  /* Dossier files the window makes (the sample's, new ones) go to a
   * folder of the test's own, not the user's. */
  g_autofree char *data_home = g_dir_make_tmp ("dossier-test-window-XXXXXX", NULL);
  int status;

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  dossier_test_keep_warnings_fatal ();
  adw_init ();

  g_test_add_func ("/window/opens-on-sample", test_opens_on_sample);
  g_test_add_func ("/window/selection-changes-reader", test_selection_changes_reader);
  g_test_add_func ("/window/highlight-toggle", test_highlight_toggle);
  g_test_add_func ("/window/text-size", test_text_size);
  g_test_add_func ("/window/entity-filters-sidebar", test_entity_filters_sidebar);
  g_test_add_func ("/window/timeline-event-opens-sentence", test_timeline_event_opens_sentence);
  g_test_add_func ("/window/bad-import-keeps-the-rest", test_bad_import_keeps_the_rest);
  g_test_add_func ("/window/icon-buttons-described", test_icon_buttons_described);
  g_test_add_func ("/window/annotate-and-reopen", test_annotate_and_reopen);
  g_test_add_func ("/window/open-bad-dossier", test_open_bad_dossier);
  g_test_add_func ("/window/corrections", test_corrections);
  g_test_add_func ("/window/read-only-dossier", test_read_only_dossier);

  status = g_test_run ();
  remove_tree (data_home);
  return status;
}
