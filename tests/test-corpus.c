/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The dossier model: importing files off the main thread, the article,
 * entity and event lists, a bad file among good ones, and what the window
 * shows of them (names, marks, passages in code points). */

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "dossier-article.h"
#include "dossier-corpus.h"
#include "dossier-entity.h"
#include "dossier-event.h"
#include "dossier-passage.h"

typedef struct
{
  GMainLoop *loop;
  GPtrArray *failures;
  gboolean ok;
  guint items_changed;
} ImportState;

static void
on_imported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  ImportState *state = user_data;
  g_autoptr(GError) error = NULL;

  state->ok = dossier_corpus_import_finish (DOSSIER_CORPUS (source), result, &state->failures, &error);
  g_assert_no_error (error);
  g_main_loop_quit (state->loop);
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  ImportState *state = user_data;
  state->items_changed++;
}

static char *
seeds_dir (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "seeds", NULL);
}

static void
test_import_seeds_async (void)
{
  g_autoptr(DossierCorpus) corpus = dossier_corpus_new ();
  g_autofree char *seeds = seeds_dir ();
  const char *paths[] = { seeds, NULL };
  ImportState state = { g_main_loop_new (NULL, FALSE), NULL, FALSE, 0 };
  g_autoptr(DossierArticle) second = NULL;
  gboolean found_rutte = FALSE;

  g_signal_connect (corpus, "items-changed", G_CALLBACK (on_items_changed), &state);
  dossier_corpus_import_async (corpus, paths, NULL, on_imported, &state);
  /* While it runs, the share of files read stays between 0 and 1 (or -1
   * while analysing). */
  while (!state.ok && state.failures == NULL)
    {
      double progress = dossier_corpus_get_import_progress (corpus);
      g_assert_true (progress == -1 || (progress >= 0 && progress <= 1));
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (500);
    }

  g_assert_true (state.ok);
  g_assert_cmpuint (state.failures->len, ==, 0);
  /* Nothing under way any more. */
  g_assert_cmpfloat (dossier_corpus_get_import_progress (corpus), ==, -1);
  /* The window would show five articles, after one change. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 5);
  g_assert_cmpuint (state.items_changed, ==, 1);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (corpus)) == DOSSIER_TYPE_ARTICLE);

  second = g_list_model_get_item (G_LIST_MODEL (corpus), 1);
  g_assert_cmpstr (dossier_article_get_id (second), ==, "a2");
  g_assert_cmpstr (dossier_article_get_outlet (second), ==, "Gulf Press");
  g_assert_cmpstr (dossier_article_get_published (second), ==, "2024-10-17");
  g_assert_cmpstr (dossier_article_get_published_from (second), ==, "text");
  g_assert_cmpuint (dossier_article_get_n_entities (second), >, 3);

  for (guint i = 0; i < g_list_model_get_n_items (dossier_corpus_get_entities (corpus)); i++)
    {
      g_autoptr(DossierEntity) entity = g_list_model_get_item (dossier_corpus_get_entities (corpus), i);
      g_autofree char *type = NULL;
      if (g_strcmp0 (dossier_entity_get_name (entity), "Mark Rutte") == 0)
        {
          found_rutte = TRUE;
          g_object_get (entity, "entity-type", &type, NULL);
          g_assert_cmpstr (type, ==, "person");
          g_assert_cmpuint (dossier_entity_get_n_articles (entity), ==, 5);
        }
    }
  g_assert_true (found_rutte);
  g_assert_cmpuint (g_list_model_get_n_items (dossier_corpus_get_events (corpus)), >, 3);

  g_ptr_array_unref (state.failures);
  g_main_loop_unref (state.loop);
}

static void
test_bad_file_keeps_the_rest (void)
{
  g_autoptr(DossierCorpus) corpus = dossier_corpus_new ();
  g_autofree char *seeds = seeds_dir ();
  g_autofree char *first = g_build_filename (seeds, "000_0bb2c3b0bd28e14c.txt", NULL);
  g_autofree char *directory = g_dir_make_tmp ("dossier-corpus-XXXXXX", NULL);
  g_autofree char *empty = g_build_filename (directory, "empty.txt", NULL);
  g_autofree char *binary = g_build_filename (directory, "binary.txt", NULL);
  g_autofree char *missing = g_build_filename (directory, "missing.txt", NULL);
  g_autoptr(GPtrArray) failures = NULL;
  g_autoptr(GError) error = NULL;
  const char *paths[] = { first, NULL };
  const char *more[] = { empty, binary, missing, NULL };
  const guint8 png[] = { 0x89, 'P', 'N', 'G', 0, 0, 0, 0x0D };

  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  g_assert_true (g_file_set_contents (binary, (const char *) png, sizeof png, NULL));

  g_assert_true (dossier_corpus_import (corpus, paths, &failures, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 1);
  g_clear_pointer (&failures, g_ptr_array_unref);

  /* Three bad files later: each is named with its reason, and the article
   * already in the dossier is still there. */
  g_assert_true (dossier_corpus_import (corpus, more, &failures, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (failures->len, ==, 3);
  for (guint i = 0; i < failures->len; i++)
    {
      GError *failure = g_ptr_array_index (failures, i);
      g_assert_true (g_str_has_prefix (failure->message, directory));
    }
  g_assert_nonnull (strstr (((GError *) g_ptr_array_index (failures, 0))->message, "missing.txt: no such file"));
  g_assert_nonnull (strstr (((GError *) g_ptr_array_index (failures, 1))->message, "empty"));
  g_assert_nonnull (strstr (((GError *) g_ptr_array_index (failures, 2))->message, "binary"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 1);

  g_unlink (empty);
  g_unlink (binary);
  g_rmdir (directory);
}

/* The words of code points @start…@end of @text. */
static char *
code_point_words (const char *text,
                  guint       start,
                  guint       end)
{
  return g_utf8_substring (text, start, end);
}

/* The words of bytes @start…@end of @paragraph of @document. */
static char *
byte_words (DossierDocument *document,
            guint            paragraph,
            gsize            start,
            gsize            end)
{
  DossierParagraph *text = g_ptr_array_index (document->paragraphs, paragraph);
  return g_strndup (text->text + start, end - start);
}

/* What the window reads: an article named by its lead when the page has
 * no headline, "Unknown outlet" without one; every mark, mention and
 * event source at the same words as the core's byte offsets say (the
 * sample has curly quotes and dashes before many of them). */
static void
test_what_the_window_shows (void)
{
  g_autoptr(DossierCorpus) corpus = dossier_corpus_new ();
  g_autofree char *seeds = seeds_dir ();
  const char *paths[] = { seeds, NULL };
  g_autoptr(GPtrArray) failures = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *articles = G_LIST_MODEL (corpus);
  GListModel *entities, *events;
  gboolean found_untitled = FALSE, found_unknown = FALSE, found_rutte = FALSE;
  guint moved = 0;

  g_assert_true (dossier_corpus_import (corpus, paths, &failures, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (articles), ==, 5);

  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(DossierArticle) article = g_list_model_get_item (articles, i);
      DossierDocument *document = dossier_article_get_document (article);
      GArray *marks = dossier_article_get_marks (article);
      guint m = 0;

      if (dossier_article_get_title (article) == NULL)
        {
          const char *title = dossier_article_get_display_title (article);
          const char *text = dossier_article_get_paragraph_text (article, 0);
          g_autofree char *lead = g_strndup (title, strlen (title) - strlen ("…"));

          /* The lead's first words, whole, and marked as no title. */
          g_assert_true (dossier_article_is_untitled (article));
          g_assert_true (g_str_has_prefix (text, lead));
          g_assert_true (g_str_has_suffix (title, "…"));
          g_assert_cmpint (g_utf8_strlen (title, -1), <=, 81);
          g_assert_cmpint (g_utf8_strlen (title, -1), >, 40);
          g_assert_true (text[strlen (lead)] == ' ');
          found_untitled = TRUE;
        }
      else
        {
          g_assert_cmpstr (dossier_article_get_display_title (article), ==, dossier_article_get_title (article));
          g_assert_false (dossier_article_is_untitled (article));
        }
      if (dossier_article_get_outlet (article) == NULL)
        {
          g_assert_cmpstr (dossier_article_get_display_source (article), ==, "Unknown outlet");
          found_unknown = TRUE;
        }

      /* Quotes, then dates, then mentions, each as the document has them. */
      g_assert_cmpuint (marks->len, ==, document->quotes->len + document->dates->len + document->mentions->len);
      for (guint q = 0; q < document->quotes->len; q++, m++)
        {
          DossierQuote *quote = &g_array_index (document->quotes, DossierQuote, q);
          DossierArticleMark *mark = &g_array_index (marks, DossierArticleMark, m);
          g_autofree char *bytes = byte_words (document, quote->paragraph, quote->start, quote->end);
          g_autofree char *points = code_point_words (dossier_article_get_paragraph_text (article, mark->paragraph),
                                                      mark->start, mark->end);

          g_assert_cmpint (mark->mark, ==, DOSSIER_MARK_QUOTE);
          g_assert_cmpstr (points, ==, bytes);
        }
      for (guint d = 0; d < document->dates->len; d++, m++)
        {
          DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, d);
          DossierArticleMark *mark = &g_array_index (marks, DossierArticleMark, m);
          g_autofree char *bytes = byte_words (document, date->paragraph, date->start, date->end);
          g_autofree char *points = code_point_words (dossier_article_get_paragraph_text (article, mark->paragraph),
                                                      mark->start, mark->end);

          g_assert_cmpint (mark->mark, ==, DOSSIER_MARK_DATE);
          g_assert_cmpstr (points, ==, bytes);
        }
      for (guint n = 0; n < document->mentions->len; n++, m++)
        {
          DossierMention *mention = &g_array_index (document->mentions, DossierMention, n);
          DossierArticleMark *mark = &g_array_index (marks, DossierArticleMark, m);
          g_autofree char *bytes = byte_words (document, mention->paragraph, mention->start, mention->end);
          g_autofree char *points = code_point_words (dossier_article_get_paragraph_text (article, mark->paragraph),
                                                      mark->start, mark->end);

          g_assert_cmpint (mark->entity, ==, mention->entity);
          g_assert_cmpstr (points, ==, bytes);
          moved += mark->start != mention->start;
          if (g_strcmp0 (mark->label, "Mark Rutte") == 0 && mark->mark == DOSSIER_MARK_PERSON)
            found_rutte = TRUE;
        }
    }
  g_assert_true (found_untitled);
  g_assert_true (found_unknown);
  g_assert_true (found_rutte);
  /* Bytes and code points part somewhere in the sample. */
  g_assert_cmpuint (moved, >, 0);

  /* Every mention of an entity, article by article. */
  entities = dossier_corpus_get_entities (corpus);
  for (guint e = 0; e < g_list_model_get_n_items (entities); e++)
    {
      g_autoptr(DossierEntity) entity = g_list_model_get_item (entities, e);
      g_autoptr(GListModel) mentions = dossier_entity_list_mentions (entity);
      g_autoptr(GListModel) named_in = dossier_entity_list_articles (entity);

      g_assert_cmpuint (g_list_model_get_n_items (mentions), ==, dossier_entity_get_n_mentions (entity));
      g_assert_cmpuint (g_list_model_get_n_items (named_in), ==, dossier_entity_get_n_articles (entity));
      for (guint i = 0; i < g_list_model_get_n_items (mentions); i++)
        {
          g_autoptr(DossierPassage) mention = g_list_model_get_item (mentions, i);
          g_assert_true (dossier_article_mentions_entity (dossier_passage_get_article (mention), e));
        }
    }

  /* Every source of an event: the sentence the core found. */
  events = dossier_corpus_get_events (corpus);
  g_assert_cmpuint (g_list_model_get_n_items (events), >, 0);
  for (guint v = 0; v < g_list_model_get_n_items (events); v++)
    {
      g_autoptr(DossierEvent) event = g_list_model_get_item (events, v);
      const DossierEventRecord *record = dossier_event_get_record (event);
      g_autoptr(GListModel) sources = dossier_event_list_sources (event);

      g_assert_cmpuint (g_list_model_get_n_items (sources), ==, record->sources->len);
      for (guint i = 0; i < record->sources->len; i++)
        {
          const DossierEventSource *source = &g_array_index (record->sources, DossierEventSource, i);
          g_autoptr(DossierPassage) passage = g_list_model_get_item (sources, i);
          DossierArticle *article = dossier_passage_get_article (passage);
          g_autofree char *bytes = byte_words (dossier_article_get_document (article), source->paragraph,
                                               source->start, source->end);
          g_autofree char *words = dossier_passage_dup_words (passage);

          g_assert_cmpuint (dossier_article_get_index (article), ==, source->document);
          g_assert_cmpuint (dossier_passage_get_paragraph (passage), ==, source->paragraph);
          g_assert_cmpstr (words, ==, bytes);
        }
    }
}

/* The hue of @rgb in degrees, 0 to 360. */
static double
hue_of (const DossierRgb *rgb)
{
  double max = MAX (rgb->red, MAX (rgb->green, rgb->blue));
  double min = MIN (rgb->red, MIN (rgb->green, rgb->blue));
  double delta = max - min, hue;

  g_assert_cmpfloat (delta, >, 0.1);  /* a colour, not a grey */
  if (max == rgb->red)
    hue = fmod ((rgb->green - rgb->blue) / delta, 6);
  else if (max == rgb->green)
    hue = (rgb->blue - rgb->red) / delta + 2;
  else
    hue = (rgb->red - rgb->green) / delta + 4;
  hue *= 60;
  return hue < 0 ? hue + 360 : hue;
}

/* The researcher's colours stand apart from the analysis' marks (issue
 * 14: "Claim" was the people's blue, "Corroborated" the places' green):
 * every shade of every annotation colour is 28 degrees of hue or more
 * from every entity's and the dates' colour, and each has a name of its
 * own. */
static void
test_palette_apart (void)
{
  for (DossierColour c = 0; c < DOSSIER_N_COLOURS; c++)
    {
      const DossierRgb *shades[] = { dossier_palette_get_annotation (c), dossier_palette_get_annotation_strong (c) };

      g_assert_nonnull (dossier_colour_get_name (c));
      for (DossierColour other = 0; other < c; other++)
        g_assert_cmpstr (dossier_colour_get_name (c), !=, dossier_colour_get_name (other));
      for (guint s = 0; s < G_N_ELEMENTS (shades); s++)
        for (DossierMark m = DOSSIER_MARK_PERSON; m <= DOSSIER_MARK_DATE; m++)
          {
            double distance = fabs (hue_of (shades[s]) - hue_of (dossier_palette_get_mark (m)));

            distance = MIN (distance, 360 - distance);
            if (distance < 28)
              g_error ("%s is %.0f degrees from the %s marks", dossier_colour_get_name (c), distance,
                       dossier_mark_to_string (m));
          }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/corpus/import-seeds", test_import_seeds_async);
  g_test_add_func ("/corpus/bad-file", test_bad_file_keeps_the_rest);
  g_test_add_func ("/corpus/what-the-window-shows", test_what_the_window_shows);
  g_test_add_func ("/corpus/palette-apart", test_palette_apart);

  return g_test_run ();
}
