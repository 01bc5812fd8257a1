/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* What the researcher corrects, in the window (issue 17): an event
 * renamed, re-dated, hidden and shown, merged into another; an article's
 * details edited and an article removed and put back; an entity that is no
 * name, words marked as a name, Change Type and Merge Into…; find in the
 * article.  Each through the window's actions and dialogs as a person
 * reaches them, then checked where a person looks: the timeline's events,
 * the reader, the inspector, the JSON export, and the dossier opened
 * again.  Runs under Xvfb (see tests/meson.build). */

#include "config.h"

#include "dossier-article-details.h"
#include "dossier-entity-inspector.h"
#include "dossier-event.h"
#include "dossier-json-writer.h"
#include "dossier-test-window.h"
#include "dossier-timeline.h"

static char *data_home;

static gboolean
has_store_articles (gpointer data)
{
  DossierWindow *window = data;
  DossierCorpus *corpus = dossier_window_get_corpus (window);

  return dossier_corpus_get_store (corpus) != NULL && g_list_model_get_n_items (G_LIST_MODEL (corpus)) > 0;
}

/* The sample, kept in its file, ready to be corrected. */
static DossierWindow *
open_sample_file (void)
{
  DossierWindow *window = open_sample ();

  wait_until (has_store_articles, window);
  wait_idle (window);
  return window;
}

/* The same dossier in a new window, as after quitting and starting again. */
static DossierWindow *
reopen (DossierWindow *window)
{
  g_autofree char *path = g_strdup (dossier_store_get_path (dossier_corpus_get_store (dossier_window_get_corpus (window))));
  DossierWindow *again;

  gtk_window_destroy (GTK_WINDOW (window));
  again = g_object_new (DOSSIER_TYPE_WINDOW, NULL);
  gtk_window_set_default_size (GTK_WINDOW (again), 1300, 850);
  gtk_window_present (GTK_WINDOW (again));
  g_assert_true (dossier_window_open_dossier (again, path));
  wait_until (has_store_articles, again);
  wait_idle (again);
  return again;
}

/* The event of the window's dossier whose key is @key, or NULL. */
static DossierEvent *
event_with_key (GListModel *events,
                const char *key)
{
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(DossierEvent) event = g_list_model_get_item (events, i);

      if (g_strcmp0 (dossier_event_get_key (event), key) == 0)
        return g_steal_pointer (&event);
    }
  return NULL;
}

static DossierEvent *
event_about (DossierWindow *window,
             const char    *date,
             const char    *words)
{
  GListModel *events = dossier_corpus_get_events (dossier_window_get_corpus (window));

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(DossierEvent) event = g_list_model_get_item (events, i);

      if (g_strcmp0 (dossier_event_get_date (event), date) == 0 && strstr (dossier_event_get_summary (event), words))
        return g_steal_pointer (&event);
    }
  g_error ("no event of %s about %s", date, words);
  return NULL;
}

/* The events the timeline shows. */
static GListModel *
timeline_events (DossierWindow *window)
{
  DossierTimeline *timeline = DOSSIER_TIMELINE (find_widget (GTK_WIDGET (window), DOSSIER_TYPE_TIMELINE, NULL));

  return dossier_timeline_get_events (timeline);
}

static gboolean
timeline_shows (DossierWindow *window,
                const char    *key)
{
  g_autoptr(DossierEvent) event = event_with_key (timeline_events (window), key);

  return event != NULL;
}

/* The dossier as the JSON export writes it. */
static char *
exported (DossierWindow *window)
{
  GString *out = g_string_new (NULL);

  dossier_json_write_document (dossier_corpus_get_analysis (dossier_window_get_corpus (window)), FALSE, NULL, NULL,
                               out);
  return g_string_free (out, FALSE);
}

/* The newest correction kept: what the toast's Undo undoes. */
static gint64
last_correction (DossierWindow *window)
{
  GPtrArray *corrections = dossier_corpus_get_corrections (dossier_window_get_corpus (window));

  g_assert_cmpuint (corrections->len, >, 0);
  return ((DossierStoredCorrection *) g_ptr_array_index (corrections, corrections->len - 1))->id;
}

static void
undo (DossierWindow *window)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo-correction", "x", last_correction (window)));
  wait_idle (window);
  settle (50);
}

static AdwMessageDialog *
dialog_shown (const char *heading)
{
  AdwMessageDialog *dialog;

  settle (50);
  dialog = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, heading);
  return dialog;
}

static void
answer (AdwMessageDialog *dialog,
        const char       *response,
        DossierWindow    *window)
{
  adw_message_dialog_response (dialog, response);
  wait_idle (window);
  settle (50);
}

static void
type_into (AdwMessageDialog *dialog,
           const char       *text)
{
  GtkWidget *entry = find_widget (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, NULL);

  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

/* An event renamed, re-dated (typed as articles write dates), hidden and
 * shown again, each kept in the file and applied again after a new
 * analysis and at the next opening, each with its Undo; the JSON export
 * says what the researcher said. */
static void
test_event_corrections (void)
{
  DossierWindow *window = open_sample_file ();
  g_autoptr(DossierEvent) plan = event_about (window, "2024-10-16", "Victory Plan");
  g_autoptr(DossierEvent) speak = event_about (window, "2024-10-17", "would speak");
  g_autofree char *plan_key = g_strdup (dossier_event_get_key (plan));
  g_autofree char *speak_key = g_strdup (dossier_event_get_key (speak));
  g_autofree char *speak_title = g_strdup (dossier_event_get_summary (speak));
  g_autofree char *original = g_strdup (dossier_event_get_summary (plan));
  AdwMessageDialog *dialog;

  g_clear_object (&plan);
  g_clear_object (&speak);

  /* Rename: the dialog starts with the title it has. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.rename-event", "s", plan_key));
  dialog = dialog_shown ("Rename Event");
  {
    GtkWidget *entry = find_widget (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, NULL);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, original);
  }
  type_into (dialog, "Zelensky presents the Victory Plan");
  answer (dialog, "apply", window);
  plan = event_with_key (timeline_events (window), plan_key);
  g_assert_nonnull (plan);
  g_assert_cmpstr (dossier_event_get_summary (plan), ==, "Zelensky presents the Victory Plan");
  g_assert_nonnull (find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, "Event renamed"));
  {
    g_autofree char *json = exported (window);
    g_assert_nonnull (strstr (json, "Zelensky presents the Victory Plan"));
  }
  g_clear_object (&plan);

  /* Re-date: a month, as a person writes it; what cannot be read is
   * refused before it is kept. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redate-event", "s", plan_key));
  dialog = dialog_shown ("Change the Event’s Date");
  type_into (dialog, "sometime soon");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "set"));
  g_assert_nonnull (find_widget (GTK_WIDGET (dialog), GTK_TYPE_LABEL, "Not a date Dossier can read"));
  type_into (dialog, "October 2024");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "set"));
  answer (dialog, "set", window);
  plan = event_with_key (timeline_events (window), plan_key);
  g_assert_nonnull (plan);
  g_assert_cmpstr (dossier_event_get_date (plan), ==, "2024-10");
  g_assert_true (dossier_event_is_redated (plan));
  g_clear_object (&plan);

  /* Hidden: off the timeline and out of the export; shown with the
   * hidden events, marked so. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.hide-event", "s", speak_key));
  wait_idle (window);
  settle (50);
  g_assert_false (timeline_shows (window, speak_key));
  {
    g_autofree char *json = exported (window);
    g_assert_null (strstr (json, speak_title));
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-hidden-events", NULL));
  g_assert_true (timeline_shows (window, speak_key));
  speak = event_with_key (timeline_events (window), speak_key);
  g_assert_true (dossier_event_get_hidden (speak));
  g_clear_object (&speak);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-hidden-events", NULL));
  g_assert_false (timeline_shows (window, speak_key));

  /* Kept: opened again, all three hold. */
  window = reopen (window);
  plan = event_with_key (timeline_events (window), plan_key);
  g_assert_nonnull (plan);
  g_assert_cmpstr (dossier_event_get_summary (plan), ==, "Zelensky presents the Victory Plan");
  g_assert_cmpstr (dossier_event_get_date (plan), ==, "2024-10");
  g_clear_object (&plan);
  g_assert_false (timeline_shows (window, speak_key));

  /* Undone, newest first: shown again, its day again, its own title. */
  undo (window);
  g_assert_true (timeline_shows (window, speak_key));
  undo (window);
  plan = event_with_key (timeline_events (window), plan_key);
  g_assert_cmpstr (dossier_event_get_date (plan), ==, "2024-10-16");
  g_clear_object (&plan);
  undo (window);
  plan = event_with_key (timeline_events (window), plan_key);
  g_assert_cmpstr (dossier_event_get_summary (plan), ==, original);
  g_assert_false (dossier_event_is_retitled (plan));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Merge Into…: nothing chosen at first (Enter merges nothing), the
 * nearest events first; chosen, the two are one. */
static void
test_event_merge (void)
{
  DossierWindow *window = open_sample_file ();
  g_autoptr(DossierEvent) speak = event_about (window, "2024-10-17", "would speak");
  g_autofree char *speak_key = g_strdup (dossier_event_get_key (speak));
  guint n_events = g_list_model_get_n_items (timeline_events (window));
  AdwMessageDialog *dialog;
  GtkListBox *list;
  GtkListBoxRow *first;
  g_autofree char *into_title = NULL;

  g_clear_object (&speak);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.merge-event", "s", speak_key));
  dialog = dialog_shown ("Merge Into Another Event");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "apply"));
  list = GTK_LIST_BOX (find_widget (GTK_WIDGET (dialog), GTK_TYPE_LIST_BOX, NULL));
  g_assert_null (gtk_list_box_get_selected_row (list));
  first = gtk_list_box_get_row_at_index (list, 0);
  g_assert_nonnull (first);
  /* The nearest in time: of the same day. */
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (first)), "17 October 2024"));
  save_snapshot (GTK_WIDGET (dialog), "merge-event");
  into_title = g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first)));
  gtk_list_box_select_row (list, first);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "apply"));
  answer (dialog, "apply", window);

  g_assert_cmpuint (g_list_model_get_n_items (timeline_events (window)), ==, n_events - 1);
  g_assert_false (timeline_shows (window, speak_key));
  g_assert_nonnull (find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, "Merged into"));
  undo (window);
  g_assert_cmpuint (g_list_model_get_n_items (timeline_events (window)), ==, n_events);
  g_assert_true (timeline_shows (window, speak_key));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Selects the first @words of the first article that has them, in the
 * reader. */
static void
select_in_reader (DossierWindow *window,
                  const char    *words)
{
  DossierReader *reader = window_reader (window);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (dossier_reader_get_text_view (reader));
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (dossier_window_get_article_list (window));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (selection)); i++)
    {
      GtkTextIter start, match_start, match_end;

      gtk_single_selection_set_selected (selection, i);
      settle (50);
      gtk_text_buffer_get_start_iter (buffer, &start);
      if (gtk_text_iter_forward_search (&start, words, GTK_TEXT_SEARCH_TEXT_ONLY, &match_start, &match_end, NULL))
        {
          gtk_text_buffer_select_range (buffer, &match_start, &match_end);
          return;
        }
    }
  g_error ("no article has %s", words);
}

/* Split a report off: the event's key alone asks which report, nothing
 * chosen at first; the report chosen is an event of its own. */
static void
test_event_split (void)
{
  DossierWindow *window = open_sample_file ();
  g_autoptr(DossierEvent) plan = event_about (window, "2024-10-16", "Victory Plan");
  g_autofree char *plan_key = g_strdup (dossier_event_get_key (plan));
  guint n_sources = dossier_event_get_n_sources (plan);
  guint n_events = g_list_model_get_n_items (timeline_events (window));
  AdwMessageDialog *dialog;
  GtkListBox *list;

  g_assert_cmpuint (n_sources, >=, 2);
  g_clear_object (&plan);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.split-event-source", "s", plan_key));
  dialog = dialog_shown ("Split a Report Off");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "apply"));
  list = GTK_LIST_BOX (find_widget (GTK_WIDGET (dialog), GTK_TYPE_LIST_BOX, NULL));
  save_snapshot (GTK_WIDGET (dialog), "split-report");
  g_assert_nonnull (gtk_list_box_get_row_at_index (list, (int) n_sources - 1));
  g_assert_null (gtk_list_box_get_row_at_index (list, (int) n_sources));
  gtk_list_box_select_row (list, gtk_list_box_get_row_at_index (list, (int) n_sources - 1));
  answer (dialog, "apply", window);

  g_assert_nonnull (find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, "is an event of its own"));
  g_assert_cmpuint (g_list_model_get_n_items (timeline_events (window)), ==, n_events + 1);
  plan = event_with_key (timeline_events (window), plan_key);
  g_assert_nonnull (plan);
  g_assert_cmpuint (dossier_event_get_n_sources (plan), ==, n_sources - 1);
  g_clear_object (&plan);

  window = reopen (window);
  g_assert_cmpuint (g_list_model_get_n_items (timeline_events (window)), ==, n_events + 1);
  undo (window);
  g_assert_cmpuint (g_list_model_get_n_items (timeline_events (window)), ==, n_events);
  plan = event_with_key (timeline_events (window), plan_key);
  g_assert_cmpuint (dossier_event_get_n_sources (plan), ==, n_sources);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Words of a sentence that names a date and reports no event yet: the
 * first such in the dossier, found as the window finds it. */
static char *
unreported_sentence_words (DossierWindow *window)
{
  GListModel *articles = G_LIST_MODEL (dossier_window_get_corpus (window));

  for (guint a = 0; a < g_list_model_get_n_items (articles); a++)
    {
      g_autoptr(DossierArticle) article = g_list_model_get_item (articles, a);
      g_autoptr(GString) text = g_string_new (NULL);
      glong length;

      for (guint p = 0; p < dossier_article_get_n_paragraphs (article); p++)
        g_string_append_printf (text, "%s%s", p > 0 ? "\n" : "", dossier_article_get_paragraph_text (article, p));
      length = g_utf8_strlen (text->str, -1);
      for (glong offset = 0; offset + 30 < length; offset += 7)
        {
          int reported = -1;
          g_autofree char *key = dossier_article_dup_sentence_key (article, offset, &reported);
          const char *from = g_utf8_offset_to_pointer (text->str, offset);
          g_autofree char *words = g_utf8_substring (text->str, offset, offset + 30);

          if (key == NULL || reported >= 0 || strchr (words, '\n') != NULL || from == NULL)
            continue;
          return g_steal_pointer (&words);
        }
    }
  return NULL;
}

/* A sentence the analysis made no event of, made one from a selection in
 * the reader; kept, and undone. */
static void
test_event_from_sentence (void)
{
  DossierWindow *window = open_sample_file ();
  guint n_events = g_list_model_get_n_items (timeline_events (window));
  g_autofree char *words = unreported_sentence_words (window);

  g_assert_nonnull (words);
  select_in_reader (window, words);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-event-from-selection", NULL));
  wait_idle (window);
  settle (50);
  g_assert_nonnull (find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, "The sentence is an event of its own"));
  g_assert_cmpuint (g_list_model_get_n_items (timeline_events (window)), ==, n_events + 1);
  window = reopen (window);
  g_assert_cmpuint (g_list_model_get_n_items (timeline_events (window)), ==, n_events + 1);
  undo (window);
  g_assert_cmpuint (g_list_model_get_n_items (timeline_events (window)), ==, n_events);
  gtk_window_destroy (GTK_WINDOW (window));
}

static DossierArticle *
article_of_source (DossierWindow *window,
                   gint64         source)
{
  DossierCorpus *corpus = dossier_window_get_corpus (window);
  int document = dossier_corpus_find_source (corpus, source);

  return document >= 0 ? g_list_model_get_item (G_LIST_MODEL (corpus), (guint) document) : NULL;
}

/* An article's title, outlet and author edited in its details: the
 * reader and the sidebar show them, the file keeps them; the article
 * removed with Undo comes back under its own id, with the events it
 * reports keeping their keys. */
static void
test_article_details_and_removal (void)
{
  DossierWindow *window = open_sample_file ();
  DossierArticle *read = dossier_reader_get_article (window_reader (window));
  gint64 source = dossier_article_get_source_id (read);
  guint n_articles = g_list_model_get_n_items (G_LIST_MODEL (dossier_window_get_corpus (window)));
  g_autoptr(DossierEvent) plan = event_about (window, "2024-10-16", "Victory Plan");
  g_autofree char *plan_key = g_strdup (dossier_event_get_key (plan));
  g_autoptr(DossierArticle) edited = NULL;

  g_clear_object (&plan);
  g_assert_cmpint (source, >, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-article-details", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-article", "(xss)", (gint64) 0, "title",
                                             "Rutte: Ukraine's place is in NATO"));
  wait_idle (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-article", "(xss)", source, "outlet",
                                             "Kyiv Independent"));
  wait_idle (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-article", "(xss)", source, "author",
                                             "Staff"));
  wait_idle (window);
  settle (50);
  edited = article_of_source (window, source);
  g_assert_cmpstr (dossier_article_get_display_title (edited), ==, "Rutte: Ukraine's place is in NATO");
  g_assert_cmpstr (dossier_article_get_outlet (edited), ==, "Kyiv Independent");
  g_assert_cmpstr (dossier_article_get_author (edited), ==, "Staff");
  /* The sidebar's row and the details pane say so. */
  g_assert_nonnull (find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, "Rutte: Ukraine's place is in NATO"));
  save_snapshot (GTK_WIDGET (window), "article-details");
  /* Where it came from, with its address set from there. */
  {
    GtkWidget *details = find_widget (GTK_WIDGET (window), DOSSIER_TYPE_ARTICLE_DETAILS, NULL);
    GtkWidget *address = find_widget (details, GTK_TYPE_LABEL, "Address");
    GtkWidget *set = gtk_widget_get_ancestor (address, ADW_TYPE_ACTION_ROW);

    g_assert_nonnull (set);
    set = find_widget (set, GTK_TYPE_BUTTON, NULL);
    g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (set)), ==, "win.set-address");
    g_assert_true (gtk_widget_is_sensitive (set));
  }
  g_clear_object (&edited);

  window = reopen (window);
  edited = article_of_source (window, source);
  g_assert_nonnull (edited);
  g_assert_cmpstr (dossier_article_get_display_title (edited), ==, "Rutte: Ukraine's place is in NATO");
  g_assert_cmpstr (dossier_article_get_outlet (edited), ==, "Kyiv Independent");
  g_clear_object (&edited);

  /* Removed: gone, with one toast that undoes it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.remove-article", "x", source));
  wait_idle (window);
  settle (50);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (dossier_window_get_corpus (window))), ==, n_articles - 1);
  g_assert_null (article_of_source (window, source));
  g_assert_nonnull (find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, "removed"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo-remove-article", "x", source));
  wait_idle (window);
  settle (50);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (dossier_window_get_corpus (window))), ==, n_articles);
  edited = article_of_source (window, source);
  g_assert_nonnull (edited);
  g_assert_cmpstr (dossier_article_get_outlet (edited), ==, "Kyiv Independent");
  g_assert_true (timeline_shows (window, plan_key));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_entity (DossierWindow *window,
            const char    *name)
{
  GListModel *entities = dossier_corpus_get_entities (dossier_window_get_corpus (window));

  for (guint e = 0; e < g_list_model_get_n_items (entities); e++)
    {
      g_autoptr(DossierEntity) entity = g_list_model_get_item (entities, e);

      if (g_strcmp0 (dossier_entity_get_name (entity), name) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Not a Name takes a false entity away, everywhere, until undone; words
 * selected in the reader become a name wherever the dossier has them;
 * Change Type shows every type, the present one marked; Merge Into…
 * starts with nothing chosen, types shown; the whole-dossier list is
 * searched. */
static void
test_entity_curation (void)
{
  DossierWindow *window = open_sample_file ();
  DossierEntityInspector *inspector =
    DOSSIER_ENTITY_INSPECTOR (find_widget (GTK_WIDGET (window), DOSSIER_TYPE_ENTITY_INSPECTOR, NULL));
  g_autofree char *oceania = find_entity (window, "Oceania");
  g_autofree char *rutte = find_entity (window, "Mark Rutte");
  AdwMessageDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.not-a-name", "s", oceania));
  wait_idle (window);
  settle (50);
  g_assert_false (has_entity (window, "Oceania"));
  g_assert_nonnull (find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, "is no longer a name"));
  undo (window);
  g_assert_true (has_entity (window, "Oceania"));

  /* A name the analysis missed, marked in a selection. */
  g_assert_false (has_entity (window, "Secretary General"));
  select_in_reader (window, "Secretary General");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.mark-name", "s", "organization"));
  wait_idle (window);
  settle (50);
  g_assert_true (has_entity (window, "Secretary General"));
  window = reopen (window);
  g_assert_true (has_entity (window, "Secretary General"));
  inspector = DOSSIER_ENTITY_INSPECTOR (find_widget (GTK_WIDGET (window), DOSSIER_TYPE_ENTITY_INSPECTOR, NULL));

  /* Change Type: every type, each a radio of entity.type whose state is
   * the present one; choosing that one changes nothing, another retypes. */
  g_assert_true (dossier_entity_inspector_show_entity_key (inspector, rutte));
  {
    GtkMenuButton *correct = GTK_MENU_BUTTON (find_widget (GTK_WIDGET (inspector), GTK_TYPE_MENU_BUTTON, NULL));
    GMenuModel *menu = gtk_menu_button_get_menu_model (correct);
    g_autoptr(GMenuModel) types = NULL;
    guint n_corrections = dossier_corpus_get_corrections (dossier_window_get_corpus (window))->len;
    const char *expected[] = { "person", "organization", "place" };

    for (int s = 0; types == NULL && s < g_menu_model_get_n_items (menu); s++)
      {
        g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, s, G_MENU_LINK_SECTION);

        for (int i = 0; types == NULL && section != NULL && i < g_menu_model_get_n_items (section); i++)
          types = g_menu_model_get_item_link (section, i, G_MENU_LINK_SUBMENU);
      }
    g_assert_nonnull (types);
    g_assert_cmpint (g_menu_model_get_n_items (types), ==, 3);
    for (int i = 0; i < 3; i++)
      {
        g_autofree char *action = NULL;
        g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (types, i, G_MENU_ATTRIBUTE_TARGET,
                                                                             G_VARIANT_TYPE_STRING);

        g_assert_true (g_menu_model_get_item_attribute (types, i, G_MENU_ATTRIBUTE_ACTION, "s", &action));
        g_assert_cmpstr (action, ==, "entity.type");
        g_assert_cmpstr (g_variant_get_string (target, NULL), ==, expected[i]);
      }
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (inspector), "entity.type", "s", "person"));
    settle (50);
    g_assert_cmpuint (dossier_corpus_get_corrections (dossier_window_get_corpus (window))->len, ==, n_corrections);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (inspector), "entity.type", "s", "place"));
    wait_idle (window);
    settle (50);
    g_assert_cmpuint (dossier_corpus_get_corrections (dossier_window_get_corpus (window))->len, ==, n_corrections + 1);
    g_assert_nonnull (find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, "Mark Rutte is now a place"));
    undo (window);
  }

  /* Merge Into…: nothing chosen, each with its type. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.merge-entity", "s", rutte));
  dialog = dialog_shown ("Merge Into Another Entity");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "apply"));
  {
    GtkListBox *list = GTK_LIST_BOX (find_widget (GTK_WIDGET (dialog), GTK_TYPE_LIST_BOX, NULL));
    GtkListBoxRow *first = gtk_list_box_get_row_at_index (list, 0);

    g_assert_null (gtk_list_box_get_selected_row (list));
    g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (first)), "Person"));
  }
  answer (dialog, "cancel", window);

  /* The whole dossier's list, searched. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (find_widget (GTK_WIDGET (inspector), GTK_TYPE_TOGGLE_BUTTON,
                                                                "Whole Dossier")), TRUE);
  {
    GtkWidget *search = find_widget (GTK_WIDGET (inspector), GTK_TYPE_SEARCH_ENTRY, "Search names");

    g_assert_nonnull (search);
    gtk_editable_set_text (GTK_EDITABLE (search), "rut");
    settle (400);
    g_assert_nonnull (find_widget (GTK_WIDGET (inspector), GTK_TYPE_LABEL, "Mark Rutte"));
    save_snapshot (GTK_WIDGET (window), "entities-searched");
    g_assert_null (find_widget (GTK_WIDGET (inspector), GTK_TYPE_LABEL, "Volodymyr Zelenskyy"));
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Ctrl+F in the reader: every match marked, counted, Ctrl+G to the next. */
static void
test_find_in_article (void)
{
  DossierWindow *window = open_sample_file ();
  DossierReader *reader = window_reader (window);
  GtkWidget *entry;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (dossier_reader_get_text_view (reader));
  GtkTextTag *found;
  GtkTextIter start;
  g_autofree char *text = NULL;
  guint expected = 0;

  select_titled (window, "NATO");
  settle (50);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find-in-article", NULL));
  entry = find_widget (GTK_WIDGET (reader), GTK_TYPE_SEARCH_ENTRY, "Find in the article");
  g_assert_nonnull (entry);
  g_assert_true (gtk_widget_has_focus (entry) || gtk_widget_is_focus (entry) ||
                 gtk_widget_get_focus_child (entry) != NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), "ukraine");
  settle (400);

  text = reader_text (reader);
  {
    g_autofree char *folded = g_utf8_strdown (text, -1);
    for (const char *at = strstr (folded, "ukraine"); at != NULL; at = strstr (at + 1, "ukraine"))
      expected++;
  }
  g_assert_cmpuint (expected, >, 1);
  {
    g_autofree char *first = g_strdup_printf ("1 of %u", expected);
    g_autofree char *second = g_strdup_printf ("2 of %u", expected);

    g_assert_nonnull (find_widget (GTK_WIDGET (reader), GTK_TYPE_LABEL, first));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (reader), "reader.find-next", NULL));
    g_assert_nonnull (find_widget (GTK_WIDGET (reader), GTK_TYPE_LABEL, second));
  }
  save_snapshot (GTK_WIDGET (window), "find-in-article");
  /* Every match is marked in the text. */
  found = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "find-match");
  g_assert_nonnull (found);
  {
    guint marked = 0;

    gtk_text_buffer_get_start_iter (buffer, &start);
    while (gtk_text_iter_forward_to_tag_toggle (&start, found))
      if (gtk_text_iter_starts_tag (&start, found))
        marked++;
    g_assert_cmpuint (marked, ==, expected);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  data_home = g_dir_make_tmp ("dossier-test-curation-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("HOME", data_home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", data_home, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  dossier_test_keep_warnings_fatal ();
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/window-curation/event-corrections", test_event_corrections);
  g_test_add_func ("/window-curation/event-merge", test_event_merge);
  g_test_add_func ("/window-curation/event-split", test_event_split);
  g_test_add_func ("/window-curation/event-from-sentence", test_event_from_sentence);
  g_test_add_func ("/window-curation/article-details-and-removal", test_article_details_and_removal);
  g_test_add_func ("/window-curation/entity-curation", test_entity_curation);
  g_test_add_func ("/window-curation/find-in-article", test_find_in_article);

  status = g_test_run ();
  remove_tree (data_home);
  g_free (data_home);
  return status;
}
