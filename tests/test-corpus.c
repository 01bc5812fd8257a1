/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The dossier model: importing files off the main thread, the article,
 * entity and event lists, and a bad file among good ones. */

#include <glib/gstdio.h>

#include "dossier-article.h"
#include "dossier-corpus.h"
#include "dossier-entity.h"
#include "dossier-event.h"

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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/corpus/import-seeds", test_import_seeds_async);
  g_test_add_func ("/corpus/bad-file", test_bad_file_keeps_the_rest);

  return g_test_run ();
}
