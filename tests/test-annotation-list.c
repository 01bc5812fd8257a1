/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The annotation list in a real window, over the sample dossier with four
 * annotations: all are listed, each filter narrows the list as a
 * researcher expects, an orphan says so, rows follow their annotation's
 * changes, and activating a row or its delete button asks the window to
 * act.  Runs under Xvfb (see tests/meson.build); with
 * DOSSIER_SCREENSHOT_DELAY set it waits that many seconds with the list on
 * screen, to take a screenshot. */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "dossier-annotation-list.h"
#include "dossier-article.h"
#include "dossier-ui-resources.h"

typedef struct
{
  DossierCorpus *corpus;
  GtkWidget *window;
  DossierAnnotationList *list;
  DossierAnnotation *numbers;    /* yellow, "membership" "numbers", article A */
  DossierAnnotation *plan;       /* blue, "Zelensky", article B */
  DossierAnnotation *timing;     /* red, "membership" "timing", no note, article A */
  DossierAnnotation *orphan;     /* purple, orphaned, article C */
  int article_a;
  int article_c;
} Fixture;

static void
settle (void)
{
  gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC / 5;

  while (g_get_monotonic_time () < until)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
}

/* The first article, in analysis order, whose text contains @words. */
static int
find_article (DossierCorpus *corpus,
              const char    *words)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (corpus)); i++)
    {
      g_autoptr(DossierArticle) article = g_list_model_get_item (G_LIST_MODEL (corpus), i);
      g_autofree char *text = dossier_document_get_text (dossier_article_get_document (article), NULL);

      if (strstr (text, words) != NULL)
        return i;
    }
  g_error ("no article says “%s”", words);
  return -1;
}

static DossierAnnotation *
annotate (DossierCorpus      *corpus,
          int                 index,
          const char         *words,
          DossierColour       colour,
          const char         *note,
          const char * const *tags)
{
  g_autoptr(DossierArticle) article = g_list_model_get_item (G_LIST_MODEL (corpus), index);
  DossierDocument *document = dossier_article_get_document (article);
  g_autofree char *text = dossier_document_get_text (document, NULL);
  const char *at = strstr (text, words);
  DossierAnchor anchor = { 0 };
  g_autoptr(GError) error = NULL;
  DossierAnnotation *annotation;
  gint64 start;

  g_assert_nonnull (at);
  start = g_utf8_pointer_to_offset (text, at);
  g_assert_true (dossier_anchor_describe (&anchor, text, start, start + g_utf8_strlen (words, -1)));
  annotation = dossier_annotation_new (NULL, document->source_id);
  dossier_annotation_set_anchor (annotation, &anchor);
  dossier_annotation_set_document (annotation, index);
  dossier_annotation_set_colour (annotation, colour);
  dossier_annotation_set_note (annotation, note);
  dossier_annotation_set_tags (annotation, tags);
  g_assert_true (dossier_corpus_add_annotation (corpus, annotation, &error));
  g_assert_no_error (error);
  dossier_anchor_clear (&anchor);
  return annotation;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *seeds = g_test_build_filename (G_TEST_DIST, "..", "seeds", NULL);
  const char *paths[] = { seeds, NULL };
  const char *numbers_tags[] = { "membership", "numbers", NULL };
  const char *plan_tags[] = { "Zelensky", NULL };
  const char *timing_tags[] = { "timing", "membership", NULL };
  g_autoptr(GPtrArray) failures = NULL;
  g_autoptr(GError) error = NULL;
  int article_b;

  fixture->corpus = dossier_corpus_new ();
  g_assert_true (dossier_corpus_import (fixture->corpus, paths, &failures, NULL, &error));
  g_assert_no_error (error);

  fixture->article_a = find_article (fixture->corpus, "It's just a question of timing");
  article_b = find_article (fixture->corpus, "victory plan");
  fixture->article_c = find_article (fixture->corpus, "defense ministers in Brussels");
  g_assert_cmpint (fixture->article_a, !=, article_b);
  g_assert_cmpint (fixture->article_c, !=, fixture->article_a);

  fixture->list = DOSSIER_ANNOTATION_LIST (dossier_annotation_list_new ());
  dossier_annotation_list_set_corpus (fixture->list, fixture->corpus);

  /* Added out of order: the list sorts them by article and position. */
  fixture->timing = annotate (fixture->corpus, fixture->article_a, "It's just a question of timing",
                              DOSSIER_COLOUR_RED, NULL, timing_tags);
  fixture->numbers = annotate (fixture->corpus, fixture->article_a, "the 33rd or 34th member of NATO",
                               DOSSIER_COLOUR_YELLOW, "Outlets disagree on the NUMBER", numbers_tags);
  fixture->plan = annotate (fixture->corpus, article_b, "victory plan",
                            DOSSIER_COLOUR_BLUE, "Zelensky’s plan, as the outlet calls it", plan_tags);
  fixture->orphan = annotate (fixture->corpus, fixture->article_c, "defense ministers in Brussels",
                              DOSSIER_COLOUR_PURPLE, "Was the meeting in Brussels?", NULL);
  dossier_annotation_set_orphaned (fixture->orphan, TRUE);

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 320, 860);
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->list));
  gtk_window_present (GTK_WINDOW (fixture->window));
  settle ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->numbers);
  g_clear_object (&fixture->plan);
  g_clear_object (&fixture->timing);
  g_clear_object (&fixture->orphan);
  g_clear_object (&fixture->corpus);
  settle ();
}

static guint
n_shown (Fixture *fixture)
{
  return g_list_model_get_n_items (dossier_annotation_list_get_shown (fixture->list));
}

static gboolean
is_shown (Fixture           *fixture,
          DossierAnnotation *annotation)
{
  GListModel *shown = dossier_annotation_list_get_shown (fixture->list);

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(DossierAnnotation) item = g_list_model_get_item (shown, i);
      if (item == annotation)
        return TRUE;
    }
  return FALSE;
}

/* A label showing @text on screen (mapped), under @root. */
static GtkWidget *
find_label (GtkWidget  *root,
            const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && gtk_widget_get_mapped (child) &&
          strstr (gtk_label_get_text (GTK_LABEL (child)), text) != NULL)
        return child;
      found = find_label (child, text);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
collect_buttons (GtkWidget  *root,
                 const char *tooltip,
                 GPtrArray  *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child) && gtk_widget_get_mapped (child) &&
          g_strcmp0 (gtk_widget_get_tooltip_text (child), tooltip) == 0)
        g_ptr_array_add (found, child);
      collect_buttons (child, tooltip, found);
    }
}

static GtkWidget *
find_typed (GtkWidget *root,
            GType      type,
            guint      nth)
{
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  g_ptr_array_add (stack, root);
  while (stack->len > 0)
    {
      GtkWidget *widget = g_ptr_array_steal_index (stack, 0);

      if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && nth-- == 0)
        return widget;
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
        g_ptr_array_add (stack, child);
    }
  return NULL;
}

static void
test_lists_all (Fixture       *fixture,
                gconstpointer  data)
{
  GListModel *shown = dossier_annotation_list_get_shown (fixture->list);
  g_autoptr(DossierAnnotation) first = NULL;
  g_autoptr(DossierAnnotation) second = NULL;
  GtkWidget *list_view = find_typed (GTK_WIDGET (fixture->list), GTK_TYPE_LIST_VIEW, 0);

  g_assert_cmpuint (n_shown (fixture), ==, 4);

  /* Within an article, in the order of the text. */
  for (guint i = 0; i + 1 < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(DossierAnnotation) a = g_list_model_get_item (shown, i);
      g_autoptr(DossierAnnotation) b = g_list_model_get_item (shown, i + 1);

      g_assert_cmpint (dossier_annotation_get_document (a), <=, dossier_annotation_get_document (b));
      if (dossier_annotation_get_document (a) == dossier_annotation_get_document (b))
        g_assert_cmpint (dossier_annotation_get_anchor (a)->start, <, dossier_annotation_get_anchor (b)->start);
    }

  /* The quote in quotation marks, the note, the tags, what the colour means. */
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->list), "“victory plan”"));
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->list), "Zelensky’s plan, as the outlet calls it"));
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->list), "numbers"));
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->list), dossier_colour_get_default_label (DOSSIER_COLOUR_BLUE)));

  g_assert_nonnull (list_view);
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (list_view), GTK_ACCESSIBLE_PROPERTY_LABEL));
  {
    g_autofree char *differs = gtk_test_accessible_check_property (GTK_ACCESSIBLE (list_view),
                                                                   GTK_ACCESSIBLE_PROPERTY_LABEL, "Annotations");
    g_assert_null (differs);
  }
}

static void
test_colour_filter (Fixture       *fixture,
                    gconstpointer  data)
{
  dossier_annotation_list_set_colour_filter (fixture->list, DOSSIER_COLOUR_RED);
  g_assert_cmpuint (n_shown (fixture), ==, 1);
  g_assert_true (is_shown (fixture, fixture->timing));

  dossier_annotation_list_set_colour_filter (fixture->list, DOSSIER_COLOUR_GREEN);
  g_assert_cmpuint (n_shown (fixture), ==, 0);

  /* The researcher recolours one: the save brings it into the list. */
  dossier_annotation_set_colour (fixture->plan, DOSSIER_COLOUR_GREEN);
  g_assert_true (dossier_corpus_save_annotation (fixture->corpus, fixture->plan, NULL));
  g_assert_cmpuint (n_shown (fixture), ==, 1);
  g_assert_true (is_shown (fixture, fixture->plan));

  dossier_annotation_list_set_colour_filter (fixture->list, -1);
  g_assert_cmpuint (n_shown (fixture), ==, 4);
}

static void
test_tag_filter (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkWidget *tag_menu = find_typed (GTK_WIDGET (fixture->list), GTK_TYPE_DROP_DOWN, 1);
  GListModel *tags = gtk_drop_down_get_model (GTK_DROP_DOWN (tag_menu));
  const char *expected[] = { "All tags", "membership", "numbers", "timing", "Zelensky" };

  /* Every tag in use, sorted, after "All tags". */
  g_assert_cmpuint (g_list_model_get_n_items (tags), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (tags), i), ==, expected[i]);

  dossier_annotation_list_set_tag_filter (fixture->list, "membership");
  g_assert_cmpuint (n_shown (fixture), ==, 2);
  g_assert_true (is_shown (fixture, fixture->numbers));
  g_assert_true (is_shown (fixture, fixture->timing));
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (tag_menu)), ==, 1);

  /* Choosing in the menu does the same. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (tag_menu), 4);
  g_assert_cmpuint (n_shown (fixture), ==, 1);
  g_assert_true (is_shown (fixture, fixture->plan));

  /* A tag added elsewhere joins the menu. */
  {
    const char *more[] = { "Zelensky", "quotes", NULL };

    dossier_annotation_set_tags (fixture->plan, more);
    g_assert_true (dossier_corpus_save_annotation (fixture->corpus, fixture->plan, NULL));
    g_assert_cmpuint (g_list_model_get_n_items (tags), ==, G_N_ELEMENTS (expected) + 1);
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (tags), 3), ==, "quotes");
    /* The filter keeps its tag while the menu is rebuilt. */
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (tags),
                                                 gtk_drop_down_get_selected (GTK_DROP_DOWN (tag_menu))), ==, "Zelensky");
    g_assert_cmpuint (n_shown (fixture), ==, 1);
  }

  dossier_annotation_list_set_tag_filter (fixture->list, NULL);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (tag_menu)), ==, 0);
  g_assert_cmpuint (n_shown (fixture), ==, 4);
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  /* A note, whatever the case. */
  dossier_annotation_list_set_search (fixture->list, "number");
  g_assert_cmpuint (n_shown (fixture), ==, 1);
  g_assert_true (is_shown (fixture, fixture->numbers));

  /* A quote, whatever the case. */
  dossier_annotation_list_set_search (fixture->list, "QUESTION OF TIMING");
  g_assert_cmpuint (n_shown (fixture), ==, 1);
  g_assert_true (is_shown (fixture, fixture->timing));

  /* A tag; and a note and a quote that both say it. */
  dossier_annotation_list_set_search (fixture->list, "zelensky");
  g_assert_cmpuint (n_shown (fixture), ==, 1);
  g_assert_true (is_shown (fixture, fixture->plan));
  dossier_annotation_list_set_search (fixture->list, "brussels");
  g_assert_cmpuint (n_shown (fixture), ==, 1);
  g_assert_true (is_shown (fixture, fixture->orphan));

  /* Nothing matches: the list says so, and offers to show everything. */
  dossier_annotation_list_set_search (fixture->list, "no such words");
  g_assert_cmpuint (n_shown (fixture), ==, 0);
  settle ();
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->list), "No Matching Annotations"));
  {
    g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
    GtkWidget *show_all;

    collect_buttons (GTK_WIDGET (fixture->list), NULL, buttons);
    show_all = NULL;
    for (guint i = 0; i < buttons->len; i++)
      if (g_strcmp0 (gtk_button_get_label (buttons->pdata[i]), "_Show All Annotations") == 0)
        show_all = buttons->pdata[i];
    g_assert_nonnull (show_all);
    g_signal_emit_by_name (show_all, "clicked");
  }
  g_assert_cmpuint (n_shown (fixture), ==, 4);
  settle ();
  g_assert_null (find_label (GTK_WIDGET (fixture->list), "No Matching Annotations"));

  /* Search and filters add up. */
  dossier_annotation_list_set_search (fixture->list, "membership");
  g_assert_cmpuint (n_shown (fixture), ==, 2);
  dossier_annotation_list_set_colour_filter (fixture->list, DOSSIER_COLOUR_YELLOW);
  g_assert_cmpuint (n_shown (fixture), ==, 1);
  g_assert_true (is_shown (fixture, fixture->numbers));
}

static void
test_only_current (Fixture       *fixture,
                   gconstpointer  data)
{
  /* With no article open, "This Article" has nothing to show. */
  dossier_annotation_list_set_only_current (fixture->list, TRUE);
  g_assert_cmpuint (n_shown (fixture), ==, 0);

  dossier_annotation_list_set_current_article (fixture->list, fixture->article_a);
  g_assert_cmpuint (n_shown (fixture), ==, 2);
  g_assert_true (is_shown (fixture, fixture->numbers));
  g_assert_true (is_shown (fixture, fixture->timing));

  dossier_annotation_list_set_current_article (fixture->list, fixture->article_c);
  g_assert_cmpuint (n_shown (fixture), ==, 1);
  g_assert_true (is_shown (fixture, fixture->orphan));

  dossier_annotation_list_set_only_current (fixture->list, FALSE);
  g_assert_cmpuint (n_shown (fixture), ==, 4);
}

static void
test_orphan_warning (Fixture       *fixture,
                     gconstpointer  data)
{
  const char *warning = "Orphaned — the words are no longer in the article";

  /* Only the orphan says it is one. */
  dossier_annotation_list_set_search (fixture->list, "brussels");
  settle ();
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->list), warning));

  dossier_annotation_list_set_search (fixture->list, "membership");
  settle ();
  g_assert_cmpuint (n_shown (fixture), ==, 2);
  g_assert_null (find_label (GTK_WIDGET (fixture->list), warning));

  /* A row follows its annotation: orphaned after a new analysis. */
  dossier_annotation_set_orphaned (fixture->numbers, TRUE);
  settle ();
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->list), warning));
}

static void
test_row_follows_changes (Fixture       *fixture,
                          gconstpointer  data)
{
  const char *labels[DOSSIER_N_COLOURS] = { "Dubious", "Confirmed", "Said", "Wrong", "Ask" };

  g_assert_null (find_label (GTK_WIDGET (fixture->list), "An afterthought"));
  dossier_annotation_set_note (fixture->timing, "An afterthought");
  g_assert_true (dossier_corpus_save_annotation (fixture->corpus, fixture->timing, NULL));
  settle ();
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->list), "An afterthought"));

  /* The researcher's names for the colours, in the rows and the menu. */
  dossier_annotation_list_set_colour_labels (fixture->list, labels);
  settle ();
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->list), "Wrong · "));
  {
    GtkWidget *colour_menu = find_typed (GTK_WIDGET (fixture->list), GTK_TYPE_DROP_DOWN, 0);
    GListModel *items = gtk_drop_down_get_model (GTK_DROP_DOWN (colour_menu));

    g_assert_cmpuint (g_list_model_get_n_items (items), ==, DOSSIER_N_COLOURS + 1);
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (items), 0), ==, "All colours");
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (items), 1 + DOSSIER_COLOUR_PURPLE), ==, "Ask");
  }
}

static void
on_annotation (DossierAnnotationList  *list,
               DossierAnnotation      *annotation,
               DossierAnnotation     **received)
{
  g_set_object (received, annotation);
}

static void
test_activate (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *list_view = find_typed (GTK_WIDGET (fixture->list), GTK_TYPE_LIST_VIEW, 0);
  g_autoptr(DossierAnnotation) received = NULL;
  g_autoptr(DossierAnnotation) first = NULL;

  g_signal_connect (fixture->list, "annotation-activated", G_CALLBACK (on_annotation), &received);
  /* What Enter or a click on a row does. */
  g_assert_true (gtk_widget_activate_action (list_view, "list.activate-item", "u", 1));
  first = g_list_model_get_item (dossier_annotation_list_get_shown (fixture->list), 1);
  g_assert_true (received == first);

  dossier_annotation_list_set_search (fixture->list, "victory");
  g_assert_true (gtk_widget_activate_action (list_view, "list.activate-item", "u", 0));
  g_assert_true (received == fixture->plan);
}

static void
test_delete (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(DossierAnnotation) received = NULL;
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GtkWidget *tag_menu = find_typed (GTK_WIDGET (fixture->list), GTK_TYPE_DROP_DOWN, 1);
  GListModel *tags = gtk_drop_down_get_model (GTK_DROP_DOWN (tag_menu));

  /* One button per row, described. */
  collect_buttons (GTK_WIDGET (fixture->list), "Delete Annotation", buttons);
  g_assert_cmpuint (buttons->len, ==, 4);
  for (guint i = 0; i < buttons->len; i++)
    {
      g_autofree char *differs = gtk_test_accessible_check_property (buttons->pdata[i],
                                                                     GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                                     "Delete Annotation");
      g_assert_null (differs);
    }

  g_signal_connect (fixture->list, "delete-requested", G_CALLBACK (on_annotation), &received);
  dossier_annotation_list_set_search (fixture->list, "victory");
  settle ();
  g_ptr_array_set_size (buttons, 0);
  collect_buttons (GTK_WIDGET (fixture->list), "Delete Annotation", buttons);
  g_assert_cmpuint (buttons->len, ==, 1);
  g_signal_emit_by_name (buttons->pdata[0], "clicked");
  g_assert_true (received == fixture->plan);
  /* Asking is not deleting: the window does that. */
  g_assert_cmpuint (n_shown (fixture), ==, 1);

  /* The window deletes it: gone from the list and its tag from the menu. */
  g_assert_true (dossier_corpus_remove_annotation (fixture->corpus, fixture->plan, NULL));
  g_assert_cmpuint (n_shown (fixture), ==, 0);
  dossier_annotation_list_set_search (fixture->list, NULL);
  g_assert_cmpuint (n_shown (fixture), ==, 3);
  g_assert_false (is_shown (fixture, fixture->plan));
  for (guint i = 0; i < g_list_model_get_n_items (tags); i++)
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (tags), i), !=, "Zelensky");

  /* The last one gone: the list says how to make one. */
  g_assert_true (dossier_corpus_remove_annotation (fixture->corpus, fixture->numbers, NULL));
  g_assert_true (dossier_corpus_remove_annotation (fixture->corpus, fixture->timing, NULL));
  g_assert_true (dossier_corpus_remove_annotation (fixture->corpus, fixture->orphan, NULL));
  g_assert_cmpuint (n_shown (fixture), ==, 0);
  settle ();
  g_assert_nonnull (find_label (GTK_WIDGET (fixture->list), "Select text in an article to highlight it"));
  g_assert_null (find_label (GTK_WIDGET (fixture->list), "No Matching Annotations"));
  g_assert_cmpuint (g_list_model_get_n_items (tags), ==, 1);
}

static void
test_screenshot (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *delay = g_getenv ("DOSSIER_SCREENSHOT_DELAY");
  gint64 until;

  if (delay == NULL)
    {
      g_test_skip ("DOSSIER_SCREENSHOT_DELAY is not set");
      return;
    }
  if (g_getenv ("DOSSIER_SCREENSHOT_DARK") != NULL)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  if (g_getenv ("DOSSIER_SCREENSHOT_MENU") != NULL)
    gtk_popover_popup (GTK_POPOVER (find_typed (find_typed (GTK_WIDGET (fixture->list), GTK_TYPE_DROP_DOWN, 0),
                                                GTK_TYPE_POPOVER, 0)));
  if (g_getenv ("DOSSIER_SCREENSHOT_SEARCH") != NULL)
    dossier_annotation_list_set_search (fixture->list, g_getenv ("DOSSIER_SCREENSHOT_SEARCH"));
  until = g_get_monotonic_time () + g_ascii_strtoll (delay, NULL, 10) * G_USEC_PER_SEC;
  while (g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  /* The application's style sheet, as the application loads it. */
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    g_resources_register (dossier_ui_get_resource ());
    gtk_css_provider_load_from_resource (css, "/io/github/dossierapp/Dossier/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

#define ADD(path, func) g_test_add ("/annotation-list/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("lists-all", test_lists_all);
  ADD ("colour-filter", test_colour_filter);
  ADD ("tag-filter", test_tag_filter);
  ADD ("search", test_search);
  ADD ("only-current", test_only_current);
  ADD ("orphan-warning", test_orphan_warning);
  ADD ("row-follows-changes", test_row_follows_changes);
  ADD ("activate", test_activate);
  ADD ("delete", test_delete);
  ADD ("screenshot", test_screenshot);
#undef ADD

  return g_test_run ();
}
