/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* What the window keeps and what it lets go (issue 14): a new dossier
 * starts afresh and leaves no empty file behind; no filter, search or
 * page of one dossier leaks into the next; a correction, a new analysis
 * or Save As keeps the article read, the place in it and the inspector's
 * page; Set Publication Date reads dates as articles write them; an
 * import is announced and a paste shown; files are where the researcher
 * finds them, named in the window's title, and the recent ones are
 * those still there.  Runs under Xvfb (see tests/meson.build). */

#include "config.h"

#include "dossier-annotation-list.h"
#include "dossier-entity-inspector.h"
#include "dossier-export.h"
#include "dossier-export-dialog.h"
#include "dossier-timeline-pane.h"
#include "dossier-timeline.h"
#include "dossier-test-window.h"

static const char *page_a =
  "<!DOCTYPE html><html><head><meta property=\"og:site_name\" content=\"nj\">"
  "<title>Shore towns weigh storm plan</title></head><body><article>"
  "<h1>Shore towns weigh storm plan</h1>"
  "<p>Officials in Ocean County said on Monday that the plan would cost more than expected, and residents "
  "asked for more time to review it before the vote.</p>"
  "<p>The council will meet again next month to decide, the mayor said in a statement to reporters.</p>"
  "</article></body></html>";

static const char *page_b =
  "<!DOCTYPE html><html><head><meta property=\"og:site_name\" content=\"VentureBeat\">"
  "<title>Startup raises new round</title></head><body><article>"
  "<h1>Startup raises new round</h1>"
  "<p>The company said on Tuesday that it had raised money from several investors, and that it would hire "
  "more engineers over the coming year.</p>"
  "<p>Its chief executive said the product would ship to customers in the spring, according to a statement.</p>"
  "</article></body></html>";

static char *data_home;

static char *
untitled_files (void)
{
  g_autofree char *dir = g_build_filename (data_home, "dossier", NULL);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  g_autoptr(GString) found = g_string_new (NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (name, "Untitled"))
      g_string_append_printf (found, "%s;", name);
  return g_string_free (g_steal_pointer (&found), FALSE);
}

/* Whether no write to the untitled dossier is under way: SQLite's
 * journal exists while one is (the analysis's results are kept in the
 * file after they are shown). */
static gboolean
no_write_under_way (gpointer data)
{
  g_autofree char *files = untitled_files ();

  return strstr (files, "-journal") == NULL;
}

static GtkWidget *
inspector_of (DossierWindow *window)
{
  return find_widget (GTK_WIDGET (window), DOSSIER_TYPE_ENTITY_INSPECTOR, NULL);
}

/* Issue 14, 1: New Dossier with the inspector on This Article (it
 * crashed, counting the last article's entities against the new, empty
 * analysis), and no empty "Untitled Dossier" is left to open at the next
 * start: the file is made by the first import. */
static void
test_new_dossier (void)
{
  DossierWindow *window = open_sample ();
  DossierEntityInspector *inspector = DOSSIER_ENTITY_INSPECTOR (inspector_of (window));
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  g_autofree char *dir = g_dir_make_tmp ("dossier-new-XXXXXX", NULL);
  g_autofree char *page = write_file (dir, "a.html", page_a);
  g_autofree char *rutte = find_entity (window, "Mark Rutte");
  g_autofree char *files = NULL, *after_import = NULL, *last = NULL;
  GtkWidget *status, *import;

  g_assert_true (dossier_entity_inspector_get_article_only (inspector));
  g_assert_true (dossier_entity_inspector_show_entity_key (inspector, rutte));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-dossier", NULL));
  wait_idle (window);
  settle (100);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (dossier_window_get_corpus (window))), ==, 0);
  g_assert_null (dossier_entity_inspector_get_entity_key (inspector));
  /* No file until there is something to keep, and nothing to reopen. */
  files = untitled_files ();
  g_assert_cmpstr (files, ==, "");
  last = g_settings_get_string (settings, "last-dossier");
  g_assert_cmpstr (last, ==, "");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Untitled Dossier — Dossier");

  /* Issue 14, 8: the empty dossier says what to do, with the buttons to do it. */
  status = find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, "An Empty Dossier");
  g_assert_nonnull (status);
  g_assert_true (gtk_widget_is_visible (status));
  import = find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, "_Import Articles…");
  g_assert_nonnull (import);
  g_assert_true (gtk_widget_is_visible (import));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (import)), ==, "win.import");
  g_assert_true (gtk_widget_is_visible (find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, "_Paste as Article")));
  /* The highlight switches wait for an article. */
  g_assert_false (gtk_widget_is_sensitive (find_widget (GTK_WIDGET (window), GTK_TYPE_TOGGLE_BUTTON, "People")));

  /* The first import makes the file, and the dossier is remembered. */
  dossier_window_import (window, (const char *[]) { page, NULL });
  wait_until (has_articles, window);
  wait_until (no_write_under_way, NULL);
  after_import = untitled_files ();
  g_assert_cmpstr (after_import, ==, "Untitled Dossier.dossier;");
  g_assert_true (gtk_widget_is_sensitive (find_widget (GTK_WIDGET (window), GTK_TYPE_TOGGLE_BUTTON, "People")));
  /* The window says it is kept in no folder of the researcher's yet. */
  g_assert_nonnull (strstr (adw_window_title_get_subtitle (ADW_WINDOW_TITLE (find_widget (GTK_WIDGET (window),
                                                                                           ADW_TYPE_WINDOW_TITLE,
                                                                                           NULL))),
                            "Not saved in a folder yet"));

  gtk_window_destroy (GTK_WINDOW (window));
  remove_tree (dir);
  {
    g_autofree char *kept = g_build_filename (data_home, "dossier", "Untitled Dossier.dossier", NULL);
    g_autofree char *empty = g_build_filename (data_home, "dossier", "Untitled Dossier 2.dossier", NULL);
    g_autoptr(DossierStore) store = NULL;

    g_unlink (kept);
    /* An empty untitled dossier an older version left when it crashed is
     * not opened at the next start, and is gone. */
    store = dossier_store_open (empty, TRUE, NULL);
    g_assert_nonnull (store);
    dossier_store_close (store);
    g_settings_set_string (settings, "last-dossier", empty);
    window = g_object_new (DOSSIER_TYPE_WINDOW, NULL);
    g_assert_false (dossier_window_open_last (window, empty));
    g_assert_false (g_file_test (empty, G_FILE_TEST_EXISTS));
    g_free (last);
    last = g_settings_get_string (settings, "last-dossier");
    g_assert_cmpstr (last, ==, "");
    gtk_window_destroy (GTK_WINDOW (window));
  }
}

/* Issue 14, 2: every piece of the view that belongs to one dossier
 * starts afresh in the next: the entity filter (kept by key, never an
 * index of the last analysis), the search, the inspector's entity and
 * page, the annotation list's search, the timeline's range. */
static void
test_state_resets_with_dossier (void)
{
  DossierWindow *window = open_sample ();
  DossierEntityInspector *inspector = DOSSIER_ENTITY_INSPECTOR (inspector_of (window));
  DossierAnnotationList *annotations =
    DOSSIER_ANNOTATION_LIST (find_widget (GTK_WIDGET (window), DOSSIER_TYPE_ANNOTATION_LIST, NULL));
  DossierTimeline *timeline = DOSSIER_TIMELINE (find_widget (GTK_WIDGET (window), DOSSIER_TYPE_TIMELINE, NULL));
  GtkWidget *search = find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, "Search titles");
  AdwViewStack *side = ADW_VIEW_STACK (find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK, NULL));
  GListModel *list = dossier_window_get_article_list (window);
  g_autofree char *dir = g_dir_make_tmp ("dossier-reset-XXXXXX", NULL);
  g_autofree char *a = write_file (dir, "a.html", page_a);
  g_autofree char *b = write_file (dir, "b.html", page_b);
  g_autofree char *rutte = find_entity (window, "Mark Rutte");
  g_autofree char *filter = NULL;
  double first_day, last_day;

  /* Filtered by Mark Rutte, searched, his page open, the timeline zoomed. */
  dossier_window_set_entity_filter (window, rutte);
  gtk_editable_set_text (GTK_EDITABLE (search), "NATO");
  g_assert_true (dossier_entity_inspector_show_entity_key (inspector, rutte));
  dossier_annotation_list_set_search (annotations, "claim");
  for (int i = 0; i < 4; i++)
    gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.zoom-in", NULL);
  dossier_timeline_get_visible_days (timeline, &first_day, &last_day);
  g_assert_cmpfloat (last_day - first_day, <, 20);
  adw_view_stack_set_visible_child_name (side, "annotations");
  settle (100);

  /* Seven pages of one's own (here two): a new dossier. */
  dossier_window_import (window, (const char *[]) { a, b, NULL });
  wait_until (has_articles, window);
  wait_idle (window);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (dossier_window_get_corpus (window))), ==, 2);

  g_object_get (window, "entity-filter", &filter, NULL);
  g_assert_null (filter);
  g_assert_false (gtk_widget_is_visible (find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, "Articles that mention")));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_assert_cmpstr (adw_window_title_get_subtitle (ADW_WINDOW_TITLE (find_widget (GTK_WIDGET (window),
                                                                                 ADW_TYPE_WINDOW_TITLE, NULL))),
                   ==, "Not saved in a folder yet · 2 articles");
  g_assert_null (dossier_entity_inspector_get_entity_key (inspector));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (side), ==, "entities");
  g_assert_cmpuint (g_list_model_get_n_items (dossier_annotation_list_get_shown (annotations)), ==,
                    g_list_model_get_n_items (dossier_corpus_get_annotations (dossier_window_get_corpus (window))));
  dossier_timeline_get_visible_days (timeline, &first_day, &last_day);
  g_assert_cmpfloat (last_day - first_day, >=, 27);
  /* The first article of the new dossier is read. */
  g_assert_nonnull (dossier_reader_get_article (window_reader (window)));

  gtk_window_destroy (GTK_WINDOW (window));
  remove_tree (dir);
}

static gboolean
published_is (gpointer data)
{
  DossierWindow *window = data;
  DossierArticle *article = dossier_reader_get_article (window_reader (window));

  return article != NULL && g_strcmp0 (dossier_article_get_published (article), "2024-10-24") == 0 &&
         is_idle (window);
}

static gint64 expected_place;

/* The reader's place once it has stopped moving: the same for half a
 * second (at most 20 s). */
static gint64
wait_place_steady (DossierReader *reader)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  gint64 place = dossier_reader_get_place (reader);
  guint steady = 0;

  while (steady < 10 && g_get_monotonic_time () < deadline)
    {
      gint64 now;

      settle (50);
      now = dossier_reader_get_place (reader);
      steady = now == place ? steady + 1 : 0;
      place = now;
    }
  return place;
}

/* The reader shows the article from @expected_place again (its text is
 * laid out anew after an analysis, which a loaded machine may take a
 * while to do). */
static gboolean
place_is_back (gpointer data)
{
  return dossier_reader_get_place (data) == expected_place;
}

static gboolean
has_name (gpointer data)
{
  return strstr (gtk_label_get_text (GTK_LABEL (data)), "(NATO)") != NULL;
}

/* Issue 14, 4 and 5: a publication date set in the dialog, read as an
 * article writes it, keeps the article read (though it moves in the
 * list), the place in it and the inspector's entity; a rename keeps the
 * entity's page; Save As keeps them all, and leaves one file. */
static void
test_corrections_keep_place (void)
{
  DossierWindow *window = open_sample ();
  DossierReader *reader = window_reader (window);
  DossierEntityInspector *inspector = DOSSIER_ENTITY_INSPECTOR (inspector_of (window));
  g_autofree char *rutte = find_entity (window, "Mark Rutte");
  g_autofree char *dir = g_dir_make_tmp ("dossier-place-XXXXXX", NULL);
  g_autofree char *copy = g_build_filename (dir, "Rutte.dossier", NULL);
  const char *title = "NATO secretary-general says Ukraine";
  AdwMessageDialog *dialog;
  GtkWidget *entry, *reading, *named;
  gint64 place, place_after;

  /* An AP page dated by inference, read from its fourth paragraph; Rutte's page open. */
  select_titled (window, title);
  dossier_reader_set_place (reader, 400);
  /* Until the view has scrolled there: the place is then the start of
   * the line that holds it (the reader tells where it is going before). */
  place = wait_place_steady (reader);

  g_assert_cmpint (place, >, 0);
  g_assert_true (dossier_entity_inspector_show_entity_key (inspector, rutte));

  /* Set Publication Date… */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.set-published", NULL));
  settle (50);
  dialog = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  entry = find_widget (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, NULL);
  g_assert_nonnull (entry);
  /* The page's own date to start with; the days the article names offered. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "2024-10-17");
  named = find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "16 October 2024");
  g_assert_nonnull (named);
  click (named);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "2024-10-16");
  /* What cannot be read keeps the dialog open (Set is off) and says so. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "last autumn");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "set"));
  reading = find_widget (GTK_WIDGET (dialog), GTK_TYPE_LABEL, "Not a day");
  g_assert_nonnull (reading);
  /* As articles write dates, read as the day it is while it is typed. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "Oct 24, 2024");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "set"));
  gtk_editable_set_text (GTK_EDITABLE (entry), "24 October 2024");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "set"));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (reading)), ==, "Read as Thursday, 24 October 2024");
  adw_message_dialog_response (dialog, "set");
  wait_until (published_is, window);
  settle (300);

  /* The newest now, first in the list; still the one read, at its place. */
  {
    g_autoptr(DossierArticle) first = g_list_model_get_item (dossier_window_get_article_list (window), 0);
    g_assert_true (g_str_has_prefix (dossier_article_get_display_title (first), title));
  }
  g_assert_true (g_str_has_prefix (dossier_article_get_display_title (dossier_reader_get_article (reader)), title));
  expected_place = place;
  wait_until (place_is_back, reader);
  place_after = dossier_reader_get_place (reader);
  g_assert_cmpint (place_after, ==, place);
  g_assert_cmpstr (dossier_entity_inspector_get_entity_key (inspector), ==, rutte);

  /* A rename keeps his page open, with his new name. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.rename-entity", "s", rutte));
  settle (50);
  dialog = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  gtk_editable_set_text (GTK_EDITABLE (find_widget (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, NULL)), "Mark Rutte (NATO)");
  adw_message_dialog_response (dialog, "apply");
  wait_idle (window);
  {
    GtkWidget *name = find_widget (GTK_WIDGET (inspector), GTK_TYPE_LABEL, "Mark Rutte");
    wait_until (has_name, name);
  }
  g_assert_cmpstr (dossier_entity_inspector_get_entity_key (inspector), ==, rutte);
  g_assert_true (g_str_has_prefix (dossier_article_get_display_title (dossier_reader_get_article (reader)), title));

  /* Save As: the same article, place and page in the copy; one file. */
  g_assert_true (dossier_window_save_as (window, copy));
  wait_idle (window);
  settle (300);
  g_assert_cmpstr (dossier_store_get_path (dossier_corpus_get_store (dossier_window_get_corpus (window))), ==, copy);
  g_assert_true (g_str_has_prefix (dossier_article_get_display_title (dossier_reader_get_article (reader)), title));
  g_assert_cmpint (dossier_reader_get_place (reader), ==, place);
  g_assert_cmpstr (dossier_entity_inspector_get_entity_key (inspector), ==, rutte);
  {
    g_autofree char *wal = g_strconcat (copy, "-wal", NULL);
    g_autofree char *shm = g_strconcat (copy, "-shm", NULL);
    g_autofree char *journal = g_strconcat (copy, "-journal", NULL);

    g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
    g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
    g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
  }
  /* Issue 14, 11: the window's title names the dossier. */
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Rutte — Dossier");

  gtk_window_destroy (GTK_WINDOW (window));
  remove_tree (dir);
}

static gboolean
has_three (gpointer data)
{
  return g_list_model_get_n_items (G_LIST_MODEL (dossier_window_get_corpus (data))) == 3 && is_idle (data);
}

/* Issue 14, 8: an import says how many articles arrived, with a button
 * that shows them; a pasted article is the one shown. */
static void
test_import_and_paste_feedback (void)
{
  DossierWindow *window = open_sample ();
  g_autofree char *dir = g_dir_make_tmp ("dossier-feedback-XXXXXX", NULL);
  g_autofree char *a = write_file (dir, "a.html", page_a);
  g_autofree char *b = write_file (dir, "b.html", page_b);
  GtkWidget *toast, *show;
  DossierArticle *read;

  dossier_window_import (window, (const char *[]) { a, b, NULL });
  wait_until (has_articles, window);
  wait_idle (window);
  toast = find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, "2 articles imported");
  g_assert_nonnull (toast);
  show = find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, "_Show");
  g_assert_nonnull (show);

  /* A page selected in a browser and copied: pasted, it is read. */
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (window)),
                          "Harbour reopens after storm\n\nThe harbour of the town reopened on Friday after the storm "
                          "closed it for a week, the port authority said in a statement on its website.\n\nShips "
                          "waiting offshore were allowed in one by one, officials said.\n");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.paste-article", NULL));
  wait_until (has_three, window);
  settle (200);
  read = dossier_reader_get_article (window_reader (window));
  g_assert_nonnull (read);
  g_assert_nonnull (strstr (dossier_article_get_paragraph_text (read, 0), "harbour of the town reopened"));

  gtk_window_destroy (GTK_WINDOW (window));
  remove_tree (dir);
}

/* Issue 14, 11: outlets sorted as people read a list ("nj" before
 * "VentureBeat"); Open Recent forgets a dossier that was moved, with a
 * word rather than a path's error; the export chooser opens in the
 * researcher's documents for a dossier kept in Dossier's own folder;
 * closing an untitled dossier asks where to keep it. */
static void
test_files (void)
{
  DossierWindow *window = open_sample ();
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  g_autofree char *dir = g_dir_make_tmp ("dossier-files-XXXXXX", NULL);
  g_autofree char *a = write_file (dir, "a.html", page_a);
  g_autofree char *b = write_file (dir, "b.html", page_b);
  g_autofree char *saved = g_build_filename (dir, "Storms.dossier", NULL);
  g_autofree char *moved = g_build_filename (dir, "Moved.dossier", NULL);
  g_autofree char *untitled = NULL;
  g_auto(GStrv) recent = NULL;
  GListModel *list = dossier_window_get_article_list (window);
  DossierExportDialog *export;
  g_autoptr(GFile) documents = g_file_new_for_path (g_get_home_dir ());

  dossier_window_import (window, (const char *[]) { b, a, NULL });
  wait_until (has_articles, window);
  wait_idle (window);

  /* Sorted by outlet: A to Z whatever the case. */
  g_settings_set_string (settings, "sort-by", "outlet");
  settle (100);
  {
    g_autoptr(DossierArticle) first = g_list_model_get_item (list, 0);
    g_assert_cmpstr (dossier_article_get_outlet (first), ==, "nj");
  }
  g_settings_set_string (settings, "sort-by", "date");

  /* The export chooser of an untitled dossier opens in the documents. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  settle (50);
  export = DOSSIER_EXPORT_DIALOG (find_toplevel (DOSSIER_TYPE_EXPORT_DIALOG));
  g_assert_nonnull (export);
  g_assert_true (g_file_equal (dossier_export_dialog_get_folder (export), documents));
  gtk_window_destroy (GTK_WINDOW (export));

  /* Closing it asks where to keep it; the window stays meanwhile. */
  gtk_window_close (GTK_WINDOW (window));
  settle (50);
  {
    AdwMessageDialog *question = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

    g_assert_nonnull (question);
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
    g_assert_true (adw_message_dialog_has_response (question, "save"));
    g_assert_true (adw_message_dialog_has_response (question, "keep"));
    adw_message_dialog_response (question, "cancel");
    settle (50);
  }

  /* Saved in a folder: the export chooser opens there. */
  untitled = g_strdup (dossier_store_get_path (dossier_corpus_get_store (dossier_window_get_corpus (window))));
  g_assert_true (dossier_window_save_as (window, saved));
  wait_idle (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  settle (50);
  export = DOSSIER_EXPORT_DIALOG (find_toplevel (DOSSIER_TYPE_EXPORT_DIALOG));
  {
    g_autoptr(GFile) folder = g_file_new_for_path (dir);
    g_assert_true (g_file_equal (dossier_export_dialog_get_folder (export), folder));
  }
  gtk_window_destroy (GTK_WINDOW (export));
  /* The untitled file it was is gone, and so is it from the recent ones. */
  recent = g_settings_get_strv (settings, "recent-dossiers");
  g_assert_cmpstr (recent[0], ==, saved);
  g_assert_false (g_strv_contains ((const char * const *) recent, untitled));
  g_assert_false (g_file_test (untitled, G_FILE_TEST_EXISTS));
  g_clear_pointer (&recent, g_strfreev);

  /* Moved away behind its back: opening it from the recent ones says so
   * and forgets it. */
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_cmpint (g_rename (saved, moved), ==, 0);
  window = open_sample ();
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-recent", "s", saved) &&
                  g_list_model_get_n_items (G_LIST_MODEL (dossier_window_get_corpus (window))) != 5);
  g_assert_nonnull (find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, "no longer where it was"));
  recent = g_settings_get_strv (settings, "recent-dossiers");
  g_assert_false (g_strv_contains ((const char * const *) recent, saved));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (dossier_window_get_corpus (window))), ==, 5);

  gtk_window_destroy (GTK_WINDOW (window));
  remove_tree (dir);
}

/* Issue 14, 12: one name per article everywhere: the reader, the
 * inspector's mentions, the export dialog show an article without a
 * headline by its lead's first words, never "No headline" or a path. */
static void
test_one_name (void)
{
  DossierWindow *window = open_sample ();
  DossierReader *reader = window_reader (window);
  DossierEntityInspector *inspector = DOSSIER_ENTITY_INSPECTOR (inspector_of (window));
  g_autofree char *rutte = find_entity (window, "Mark Rutte");
  DossierArticle *article = select_titled (window, "On October 17, NATO Secretary General");
  const char *name = dossier_article_get_display_title (article);
  g_autofree char *text = NULL;
  DossierExportDialog *export;

  g_assert_true (dossier_article_is_untitled (article));
  text = reader_text (reader);
  g_assert_true (g_str_has_prefix (text, name));
  g_assert_null (strstr (text, "No headline"));

  /* Among his mentions, this page by its name, not by its file. */
  g_assert_true (dossier_entity_inspector_show_entity_key (inspector, rutte));
  settle (50);
  g_assert_nonnull (find_widget (GTK_WIDGET (inspector), GTK_TYPE_LABEL, "On October 17, NATO Secretary General"));
  g_assert_null (find_widget (GTK_WIDGET (inspector), GTK_TYPE_LABEL, ".txt"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  settle (50);
  export = DOSSIER_EXPORT_DIALOG (find_toplevel (DOSSIER_TYPE_EXPORT_DIALOG));
  g_assert_nonnull (find_widget (GTK_WIDGET (export), GTK_TYPE_LABEL, name));
  gtk_window_destroy (GTK_WINDOW (export));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Items of @model, none where there is no list. */
static guint
n_items (GListModel *model)
{
  return model != NULL ? g_list_model_get_n_items (model) : 0;
}

/* The window's dossier (an import may make it a new one) holds @n
 * articles and is done with them. */
static gboolean
holds_articles (DossierWindow *window,
                guint          n)
{
  return g_list_model_get_n_items (G_LIST_MODEL (dossier_window_get_corpus (window))) == n && is_idle (window);
}

/* Whether the window's dossier has an entity of @key. */
static gboolean
holds_entity (DossierWindow *window,
              const char    *key)
{
  GListModel *entities = dossier_corpus_get_entities (dossier_window_get_corpus (window));

  for (guint e = 0; e < g_list_model_get_n_items (entities); e++)
    {
      g_autoptr(DossierEntity) entity = g_list_model_get_item (entities, e);

      if (g_strcmp0 (dossier_entity_get_key (entity), key) == 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean
has_one_article (gpointer data)
{
  return holds_articles (data, 1);
}

static gboolean
has_two_articles (gpointer data)
{
  return holds_articles (data, 2);
}

/* A new researcher's whole walk in one window: the sample, a filter by
 * an entity, an import, New Dossier, an import, a highlight, a
 * correction, an export.  Nothing of the sample's view outlives it, the
 * sidebar and the events show the new dossier's, and every step leaves
 * the window usable. */
static void
test_new_user_walk (void)
{
  DossierWindow *window = open_sample ();
  DossierReader *reader = window_reader (window);
  g_autofree char *dir = g_dir_make_tmp ("dossier-walk-XXXXXX", NULL);
  g_autofree char *a = write_file (dir, "a.html", page_a);
  g_autofree char *b = write_file (dir, "b.html", page_b);
  g_autofree char *kyiv = find_entity (window, "Kyiv");
  g_autofree char *pdf = g_build_filename (dir, "walk.pdf", NULL);
  g_autofree char *filter = NULL;
  g_autoptr(DossierExportOptions) options = dossier_export_options_new (DOSSIER_EXPORT_PDF);
  g_autoptr(GError) error = NULL;
  GListModel *list;
  GListModel *annotations;
  DossierTimelinePane *pane = DOSSIER_TIMELINE_PANE (find_widget (GTK_WIDGET (window), DOSSIER_TYPE_TIMELINE_PANE,
                                                                    NULL));
  AdwMessageDialog *dialog;
  GtkTextIter start, end;

  /* The sample, filtered by a place only some of its articles name. */
  dossier_window_set_entity_filter (window, kyiv);
  settle (100);
  list = dossier_window_get_article_list (window);
  g_assert_cmpuint (g_list_model_get_n_items (list), <, 5);
  g_assert_cmpuint (g_list_model_get_n_items (list), >, 0);

  /* An import makes a dossier of its own (the sample stays as it is): the
   * filter by a name it does not hold is gone, its article listed. */
  dossier_window_import (window, (const char *[]) { a, NULL });
  wait_until (has_one_article, window);
  settle (100);
  g_object_get (window, "entity-filter", &filter, NULL);
  g_assert_null (filter);
  g_assert_cmpuint (g_list_model_get_n_items (dossier_window_get_article_list (window)), ==, 1);

  /* New Dossier: nothing of the last one's view is left. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-dossier", NULL));
  wait_idle (window);
  settle (100);
  list = dossier_window_get_article_list (window);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_assert_cmpuint (n_items (dossier_timeline_pane_get_events (pane)), ==, 0);

  /* Two pages: both listed, their events and none of the sample's. */
  dossier_window_import (window, (const char *[]) { a, b, NULL });
  wait_until (has_two_articles, window);
  settle (300);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_assert_nonnull (dossier_timeline_pane_get_events (pane));
  g_assert_cmpuint (n_items (dossier_timeline_pane_get_events (pane)), ==,
                    n_items (dossier_corpus_get_events (dossier_window_get_corpus (window))));
  g_assert_false (holds_entity (window, kyiv));

  /* A highlight on the article read. */
  g_assert_nonnull (dossier_reader_get_article (reader));
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (dossier_reader_get_text_view (reader));
    GtkWidget *popover = dossier_reader_get_annotation_popover (reader);
    g_autofree char *text = reader_text (reader);
    const char *said = strstr (text, " said ");
    int offset;

    g_assert_nonnull (said);
    offset = (int) g_utf8_pointer_to_offset (text, said + 1);
    gtk_text_buffer_get_iter_at_offset (buffer, &start, offset);
    gtk_text_buffer_get_iter_at_offset (buffer, &end, offset + 4);
    gtk_text_buffer_select_range (buffer, &start, &end);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.highlight-selection", NULL));
    wait_until ((gboolean (*) (gpointer)) gtk_widget_get_mapped, popover);
    g_signal_emit_by_name (popover, "colour-chosen", (guint) DOSSIER_COLOUR_BLUE);
    gtk_popover_popdown (GTK_POPOVER (popover));
  }
  annotations = dossier_corpus_get_annotations (dossier_window_get_corpus (window));
  g_assert_cmpuint (g_list_model_get_n_items (annotations), ==, 1);

  /* A correction: the article's publication date. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.set-published", NULL));
  settle (50);
  dialog = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (find_widget (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, NULL)), "3 March 2025");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "set"));
  adw_message_dialog_response (dialog, "set");
  wait_idle (window);
  settle (300);
  g_assert_cmpstr (dossier_article_get_published (dossier_reader_get_article (reader)), ==, "2025-03-03");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (annotations), ==, 1);

  /* The report: a PDF of the two articles with the highlight. */
  options->annotations = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (options->annotations, g_list_model_get_item (annotations, 0));
  g_assert_true (dossier_export_write (dossier_corpus_get_analysis (dossier_window_get_corpus (window)), options, pdf,
                                       NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

  gtk_window_destroy (GTK_WINDOW (window));
  remove_tree (dir);
}

/* A frame that takes 60 ms to draw, as with software GL: the window keeps
 * drawing while it pulses its progress bar. */
static gboolean
slow_frame (GtkWidget     *widget,
            GdkFrameClock *clock,
            gpointer       data)
{
  g_usleep (60 * 1000);
  return G_SOURCE_CONTINUE;
}

/* Where drawing is slow, a load still ends: the window leaves its busy
 * state and shows the sample, its events pane fitted and the timeline's
 * edges counted (an idle below the redraw's priority never came, and the
 * window pulsed busy for ever). */
static void
test_load_ends_while_drawing_is_slow (void)
{
  DossierWindow *window = g_object_new (DOSSIER_TYPE_WINDOW, NULL);
  g_autofree char *sample = g_build_filename (g_get_user_data_dir (), "dossier", "Sample.dossier", NULL);
  DossierTimeline *timeline;

  g_unlink (sample);
  gtk_window_set_default_size (GTK_WINDOW (window), 1300, 850);
  gtk_widget_add_tick_callback (GTK_WIDGET (window), slow_frame, NULL, NULL);
  gtk_window_present (GTK_WINDOW (window));
  dossier_window_open_sample (window);
  wait_until (has_articles, window);

  timeline = DOSSIER_TIMELINE (find_widget (GTK_WIDGET (window), DOSSIER_TYPE_TIMELINE, NULL));
  g_assert_nonnull (timeline);
  for (int i = 0; i < 50 && dossier_timeline_get_n_earlier (timeline) == 0; i++)
    g_main_context_iteration (NULL, FALSE);
  {
    GtkWidget *earlier = NULL;
    g_autofree char *label = g_strdup_printf ("‹ %u earlier", dossier_timeline_get_n_earlier (timeline));

    g_assert_cmpuint (dossier_timeline_get_n_earlier (timeline), >, 0);
    for (int i = 0; i < 50 && earlier == NULL; i++)
      {
        g_main_context_iteration (NULL, FALSE);
        earlier = find_widget (GTK_WIDGET (timeline), GTK_TYPE_BUTTON, label);
      }
    g_assert_nonnull (earlier);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Dossier files the window makes go to a folder of the test's own; the
   * researcher's documents are the home folder there. */
  data_home = g_dir_make_tmp ("dossier-test-state-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("HOME", data_home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", data_home, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  dossier_test_keep_warnings_fatal ();
  adw_init ();
  /* Scrolling and folding happen at once, not over a few frames. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/window-state/new-dossier", test_new_dossier);
  g_test_add_func ("/window-state/resets-with-dossier", test_state_resets_with_dossier);
  g_test_add_func ("/window-state/corrections-keep-place", test_corrections_keep_place);
  g_test_add_func ("/window-state/import-and-paste-feedback", test_import_and_paste_feedback);
  g_test_add_func ("/window-state/files", test_files);
  g_test_add_func ("/window-state/one-name", test_one_name);
  g_test_add_func ("/window-state/new-user-walk", test_new_user_walk);
  g_test_add_func ("/window-state/load-ends-while-drawing-is-slow", test_load_ends_while_drawing_is_slow);

  status = g_test_run ();
  remove_tree (data_home);
  g_free (data_home);
  return status;
}
