/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The reader as issue 14 left it: the annotation popover is the reader's
 * and the text stays drawn while a note is typed; the researcher's
 * highlights are painted under the text, where the entities' tints still
 * show, with a marker when they carry a note; dates wear a neutral tint
 * and unresolved ones a style of their own, and what a mark is can be
 * asked by keyboard and is told to screen readers; removed text shows
 * where it was on the page, the place read kept.  Runs under Xvfb (see
 * tests/meson.build), with GTK's test accessibility backend. */

#include "config.h"

#include "dossier-annotation-popover.h"
#include "dossier-test-window.h"

static GtkTextBuffer *
buffer_of (DossierReader *reader)
{
  return gtk_text_view_get_buffer (dossier_reader_get_text_view (reader));
}

static GtkTextTag *
tag_named (DossierReader *reader,
           const char    *name)
{
  return gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer_of (reader)), name);
}

/* The buffer offset of the @nth (from 0) @words in the reader's text. */
static int
offset_of (DossierReader *reader,
           const char    *words,
           guint          nth)
{
  g_autofree char *text = reader_text (reader);
  const char *at = strstr (text, words);

  for (guint i = 0; i < nth && at != NULL; i++)
    at = strstr (at + 1, words);
  g_assert_nonnull (at);
  return (int) g_utf8_pointer_to_offset (text, at);
}

static void
select_words (DossierReader *reader,
              const char    *words)
{
  GtkTextIter start, end;
  int offset = offset_of (reader, words, 0);

  gtk_text_buffer_get_iter_at_offset (buffer_of (reader), &start, offset);
  gtk_text_buffer_get_iter_at_offset (buffer_of (reader), &end, offset + (int) g_utf8_strlen (words, -1));
  gtk_text_buffer_select_range (buffer_of (reader), &start, &end);
}

static void
put_cursor (DossierReader *reader,
            int            offset)
{
  GtkTextIter at;

  gtk_text_buffer_get_iter_at_offset (buffer_of (reader), &at, offset);
  gtk_text_buffer_place_cursor (buffer_of (reader), &at);
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

/* Issue 14, 3: the popover is not the text view's child, and the text is
 * drawn, allocated, all through typing a long note and after it, and on
 * the next article.  (With the popover a child of the text view, the view
 * lost its allocation as the popover grew and went blank: GTK warned
 * "Trying to snapshot GtkTextView … without a current allocation", which
 * this test's fatal warnings turn into a failure.) */
static void
test_popover_keeps_the_text (void)
{
  DossierWindow *window = open_sample ();
  DossierReader *reader = window_reader (window);
  GtkWidget *view = GTK_WIDGET (dossier_reader_get_text_view (reader));
  GtkWidget *popover = dossier_reader_get_annotation_popover (reader);
  GtkWidget *note;
  GtkTextBuffer *note_buffer;

  g_assert_true (gtk_widget_get_parent (popover) != view);
  g_assert_false (gtk_widget_is_ancestor (popover, view));

  select_words (reader, "Mark Rutte");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.highlight-selection", NULL));
  wait_until (is_mapped, popover);
  g_signal_emit_by_name (popover, "colour-chosen", (guint) DOSSIER_COLOUR_BLUE);
  note = find_widget (popover, GTK_TYPE_TEXT_VIEW, NULL);
  note_buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (note));
  /* A note typed a line at a time: the popover grows with it. */
  for (int line = 0; line < 12; line++)
    {
      GtkTextIter end;

      gtk_text_buffer_get_end_iter (note_buffer, &end);
      gtk_text_buffer_insert (note_buffer, &end, "Said in Brussels, no date given; compare the AP wording.\n", -1);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      g_assert_cmpint (gtk_widget_get_width (view), >, 100);
      g_assert_cmpint (gtk_widget_get_height (view), >, 100);
      g_assert_true (gtk_widget_get_mapped (view));
    }
  gtk_popover_popdown (GTK_POPOVER (popover));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpint (gtk_widget_get_width (view), >, 100);

  /* The next article, drawn at once. */
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (dossier_window_get_article_list (window)), 2);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (gtk_widget_get_mapped (view));
  g_assert_cmpint (gtk_widget_get_height (view), >, 100);
  {
    g_autofree char *text = reader_text (reader);
    g_assert_cmpuint (strlen (text), >, 500);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Issue 14, 6: a highlight is painted under the text, so a name in it
 * keeps its tint (the tag that names the highlight has no background of
 * its own); one with a note has a marker, one without none. */
static void
test_highlights_keep_entity_tints (void)
{
  DossierWindow *window = open_sample ();
  DossierReader *reader = window_reader (window);
  GtkWidget *popover = dossier_reader_get_annotation_popover (reader);
  GtkTextIter inside;
  gboolean background_set = TRUE;
  DossierAnnotation *annotation;

  select_words (reader, "according to Mark Rutte, the secretary general");
  g_assert_true (dossier_reader_offer_highlight (reader));
  g_signal_emit_by_name (popover, "colour-chosen", (guint) DOSSIER_COLOUR_RED);
  gtk_popover_popdown (GTK_POPOVER (popover));
  settle (50);

  gtk_text_buffer_get_iter_at_offset (buffer_of (reader), &inside, offset_of (reader, "Rutte", 0) + 1);
  g_assert_true (gtk_text_iter_has_tag (&inside, tag_named (reader, "annotation-red")));
  g_assert_true (gtk_text_iter_has_tag (&inside, tag_named (reader, "person")));
  g_object_get (tag_named (reader, "annotation-red"), "background-set", &background_set, NULL);
  g_assert_false (background_set);
  g_object_get (tag_named (reader, "person"), "background-set", &background_set, NULL);
  g_assert_true (background_set);
  /* No note, no marker; a note, a marker. */
  g_assert_cmpuint (dossier_reader_count_note_markers (reader), ==, 0);
  {
    DossierCorpus *corpus = dossier_window_get_corpus (window);
    GListModel *annotations = dossier_corpus_get_annotations (corpus);
    g_autoptr(GError) error = NULL;

    annotation = g_list_model_get_item (annotations, 0);
    dossier_annotation_set_note (annotation, "Check the AP wording");
    g_assert_true (dossier_corpus_save_annotation (corpus, annotation, &error));
    g_assert_no_error (error);
    g_object_unref (annotation);
  }
  settle (50);
  g_assert_cmpuint (dossier_reader_count_note_markers (reader), ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_one (gpointer data)
{
  return g_list_model_get_n_items (G_LIST_MODEL (dossier_window_get_corpus (data))) == 1 && is_idle (data);
}

/* Issue 14, 7 and 10: dates have a neutral tint, not the spelling
 * error's wave; a date no day is known for is set apart; what a date is,
 * how it was counted, who said a quote, can be asked by keyboard (What Is
 * This?, Alt+Return) and is the text's accessible description at the
 * cursor, for screen readers. */
static void
test_dates_and_descriptions (void)
{
  DossierWindow *window = open_sample ();
  DossierReader *reader = window_reader (window);
  GtkWidget *view = GTK_WIDGET (dossier_reader_get_text_view (reader));
  g_autofree char *dir = g_dir_make_tmp ("dossier-dates-XXXXXX", NULL);
  g_autofree char *undated = NULL;
  PangoUnderline underline;
  gboolean background_set;
  GtkTextIter at;
  GtkWidget *label;
  g_autofree char *said = NULL;

  g_object_get (tag_named (reader, "date"), "underline", &underline, "background-set", &background_set, NULL);
  g_assert_cmpint (underline, !=, PANGO_UNDERLINE_ERROR);
  g_assert_cmpint (underline, !=, PANGO_UNDERLINE_ERROR_LINE);
  g_assert_true (background_set);

  /* "On Thursday" in MENAFN's page of 20 October: counted from that day. */
  select_titled (window, "The prospect of Ukraine");
  put_cursor (reader, offset_of (reader, "on Thursday", 0) + 4);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.describe", NULL));
  settle (50);
  label = find_widget (GTK_WIDGET (reader), GTK_TYPE_LABEL, "Date: ");
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_mapped (label));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), "17 October 2024"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), "counted from the publication date, 20 October 2024"));
  said = gtk_test_accessible_check_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                             gtk_label_get_text (GTK_LABEL (label)));
  g_assert_null (said);
  gtk_popover_popdown (GTK_POPOVER (gtk_widget_get_ancestor (label, GTK_TYPE_POPOVER)));

  /* A quote: who said it, asked by keyboard. */
  put_cursor (reader, offset_of (reader, "will be a member of", 0));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.describe", NULL));
  settle (50);
  label = find_widget (GTK_WIDGET (reader), GTK_TYPE_LABEL, "Quote");
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_mapped (label));
  gtk_popover_popdown (GTK_POPOVER (gtk_widget_get_ancestor (label, GTK_TYPE_POPOVER)));

  /* A page without a date: its "on Wednesday" cannot be counted. */
  undated = write_file (dir, "undated.txt",
                        "Minister resigns over budget\n\n"
                        "The finance minister resigned on Wednesday after parliament rejected the budget he had "
                        "presented to the assembly, the government said in a statement.\n\n"
                        "His deputy will take over the ministry until a successor is named, officials said.\n");
  dossier_window_import (window, (const char *[]) { undated, NULL });
  wait_until (has_one, window);
  settle (100);
  gtk_text_buffer_get_iter_at_offset (buffer_of (reader), &at, offset_of (reader, "on Wednesday", 0) + 4);
  g_assert_true (gtk_text_iter_has_tag (&at, tag_named (reader, "date-unresolved")));
  g_assert_false (gtk_text_iter_has_tag (&at, tag_named (reader, "date")));
  {
    PangoStyle style;

    g_object_get (tag_named (reader, "date-unresolved"), "background-set", &background_set, "style", &style, NULL);
    g_assert_false (background_set);
    g_assert_cmpint (style, ==, PANGO_STYLE_ITALIC);
  }
  put_cursor (reader, offset_of (reader, "on Wednesday", 0) + 4);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.describe", NULL));
  settle (50);
  label = find_widget (GTK_WIDGET (reader), GTK_TYPE_LABEL, "A date not resolved");
  g_assert_nonnull (label);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), "Set Publication Date"));

  gtk_window_destroy (GTK_WINDOW (window));
  remove_tree (dir);
}

/* Issue 14, 8: Show Removed Text puts what the cleaning removed where it
 * was on the page — the menus above the article above it — and the
 * paragraph read stays at the top of the view. */
static void
test_removed_text_in_place (void)
{
  DossierWindow *window = open_sample ();
  DossierReader *reader = window_reader (window);
  g_autofree char *before = NULL, *after = NULL;
  gint64 place;
  const char *lead;

  select_titled (window, "NATO secretary-general says Ukraine");
  before = reader_text (reader);
  lead = dossier_article_get_paragraph_text (dossier_reader_get_article (reader), 0);
  dossier_reader_set_place (reader, 900);
  settle (200);
  place = dossier_reader_get_place (reader);

  g_assert_cmpint (place, >, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-removed", NULL));
  settle (200);
  after = reader_text (reader);
  g_assert_null (strstr (before, "Removed ·"));
  g_assert_nonnull (strstr (after, "Removed ·"));
  /* The page's menus came before the article: so they show. */
  g_assert_true (strstr (after, "Removed ·") < strstr (after, lead));
  /* Not all of it piled up at the end, out of view. */
  g_assert_true (g_strrstr (after, "Removed ·") > strstr (after, lead));
  g_assert_cmpint (dossier_reader_get_place (reader), ==, place);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-removed", NULL));
  settle (100);
  g_assert_cmpint (dossier_reader_get_place (reader), ==, place);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("dossier-test-reader-XXXXXX", NULL);
  int status;

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  dossier_test_keep_warnings_fatal ();
  adw_init ();
  /* Scrolling and folding happen at once, not over a few frames. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/window-reader/popover-keeps-the-text", test_popover_keeps_the_text);
  g_test_add_func ("/window-reader/highlights-keep-entity-tints", test_highlights_keep_entity_tints);
  g_test_add_func ("/window-reader/dates-and-descriptions", test_dates_and_descriptions);
  g_test_add_func ("/window-reader/removed-text-in-place", test_removed_text_in_place);

  status = g_test_run ();
  remove_tree (data_home);
  return status;
}
