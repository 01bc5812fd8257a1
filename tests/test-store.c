/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Dossier files: what a researcher keeps survives closing, re-analysis,
 * a better cleaner and a killed process; a file that is not a good
 * dossier is refused and left as it was. */

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include <sqlite3.h>
#include <string.h>
#include <glib/gstdio.h>

#include "dossier-article.h"
#include "dossier-corpus.h"
#include "dossier-entity.h"
#include "dossier-store.h"
#include "dossier-test-util.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = g_dir_make_tmp ("dossier-store-XXXXXX", NULL);
  fixture->path = g_build_filename (fixture->dir, "Research.dossier", NULL);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

/* A new dossier file holding the five sample articles. */
static DossierCorpus *
new_seeds_dossier (const char *path)
{
  g_autofree char *seeds = g_test_build_filename (G_TEST_DIST, "..", "seeds", NULL);
  const char *paths[] = { seeds, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierStore) store = dossier_store_open (path, TRUE, &error);
  g_autoptr(DossierCorpus) corpus = dossier_corpus_new ();
  g_autoptr(GPtrArray) failures = NULL;

  g_assert_no_error (error);
  g_assert_true (dossier_corpus_open (corpus, store, &failures, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&failures, g_ptr_array_unref);
  g_assert_true (dossier_corpus_import (corpus, paths, &failures, NULL, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < failures->len; i++)
    g_test_message ("%s", ((GError *) g_ptr_array_index (failures, i))->message);
  g_assert_cmpuint (failures->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 5);
  return g_steal_pointer (&corpus);
}

static DossierCorpus *
reopen (const char *path,
        GPtrArray **failures_out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierStore) store = dossier_store_open (path, FALSE, &error);
  g_autoptr(DossierCorpus) corpus = dossier_corpus_new ();
  g_autoptr(GPtrArray) failures = NULL;

  g_assert_no_error (error);
  g_assert_true (dossier_corpus_open (corpus, store, &failures, NULL, &error));
  g_assert_no_error (error);
  if (failures_out != NULL)
    *failures_out = g_steal_pointer (&failures);
  return g_steal_pointer (&corpus);
}

static DossierArticle *
article_at (DossierCorpus *corpus,
            guint          index)
{
  return g_list_model_get_item (G_LIST_MODEL (corpus), index);
}

/* An annotation on the first occurrence of @words in article @index. */
static DossierAnnotation *
annotate (DossierCorpus *corpus,
          guint          index,
          const char    *words,
          const char    *note)
{
  g_autoptr(DossierArticle) article = article_at (corpus, index);
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
  dossier_annotation_set_note (annotation, note);
  dossier_annotation_set_colour (annotation, DOSSIER_COLOUR_RED);
  g_assert_true (dossier_corpus_add_annotation (corpus, annotation, &error));
  g_assert_no_error (error);
  dossier_anchor_clear (&anchor);
  return annotation;
}

static DossierAnnotation *
find_annotation (DossierCorpus *corpus,
                 const char    *id)
{
  GListModel *annotations = dossier_corpus_get_annotations (corpus);

  for (guint i = 0; i < g_list_model_get_n_items (annotations); i++)
    {
      g_autoptr(DossierAnnotation) annotation = g_list_model_get_item (annotations, i);
      if (g_strcmp0 (dossier_annotation_get_id (annotation), id) == 0)
        return g_steal_pointer (&annotation);
    }
  return NULL;
}

static char *
annotated_words (DossierCorpus     *corpus,
                 DossierAnnotation *annotation)
{
  g_autoptr(DossierArticle) article = article_at (corpus, dossier_annotation_get_document (annotation));
  g_autofree char *text = dossier_document_get_text (dossier_article_get_document (article), NULL);
  const DossierAnchor *anchor = dossier_annotation_get_anchor (annotation);
  const char *from = g_utf8_offset_to_pointer (text, anchor->start);

  return g_strndup (from, g_utf8_offset_to_pointer (text, anchor->end) - from);
}

static void
test_reopen (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(DossierCorpus) corpus = new_seeds_dossier (fixture->path);
  g_autoptr(DossierAnnotation) made = annotate (corpus, 3, "Victory Plan", "Claim, “to be checked”\nagainst the text");
  g_autoptr(DossierCorpus) again = NULL;
  g_autoptr(DossierAnnotation) found = NULL;
  g_autoptr(DossierArticle) first = NULL;
  g_autofree char *words = NULL;
  const char *tags[] = { "plan", "parliament", NULL };
  g_autoptr(GError) error = NULL;

  {
    /* Typed tags: spaces around them, repeats and empty ones go. */
    const char *typed[] = { " plan", "plan ", "", "parliament", NULL };
    dossier_annotation_set_tags (made, typed);
    g_assert_cmpstrv (dossier_annotation_get_tags (made), tags);
  }
  g_assert_true (dossier_corpus_save_annotation (corpus, made, &error));
  g_assert_no_error (error);
  g_clear_object (&corpus);
  /* Closed: the log was folded into the file, which is whole on its own. */
  {
    g_autofree char *log = g_strconcat (fixture->path, "-wal", NULL);
    g_assert_false (g_file_test (log, G_FILE_TEST_EXISTS));
  }

  /* The original files are not needed: the dossier keeps their bytes. */
  again = reopen (fixture->path, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, 5);
  first = article_at (again, 0);
  g_assert_cmpstr (dossier_article_get_published (first), ==, "2024-10-20");
  found = find_annotation (again, dossier_annotation_get_id (made));
  g_assert_nonnull (found);
  g_assert_false (dossier_annotation_get_orphaned (found));
  g_assert_cmpint (dossier_annotation_get_document (found), ==, 3);
  g_assert_cmpstr (dossier_annotation_get_note (found), ==, "Claim, “to be checked”\nagainst the text");
  g_assert_cmpstrv (dossier_annotation_get_tags (found), tags);
  g_assert_cmpint (dossier_annotation_get_colour (found), ==, DOSSIER_COLOUR_RED);
  words = annotated_words (again, found);
  g_assert_cmpstr (words, ==, "Victory Plan");
}

/* Replaces the kept bytes of the dossier's fourth source (which tells
 * of the Victory Plan), as a new cleaner would see different text,
 * through SQLite directly. */
static void
replace_fourth_source (const char *path,
                       const char *(*edit) (const char *old, gsize len))
{
  sqlite3 *db;
  sqlite3_stmt *statement;
  g_autofree char *old = NULL;
  g_autofree char *edited = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT content FROM sources ORDER BY id LIMIT 1 OFFSET 3", -1, &statement, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (statement), ==, SQLITE_ROW);
  old = g_strndup (sqlite3_column_blob (statement, 0), sqlite3_column_bytes (statement, 0));
  sqlite3_finalize (statement);
  edited = g_strdup (edit (old, strlen (old)));
  g_assert_cmpint (sqlite3_prepare_v2 (db, "UPDATE sources SET content = ? WHERE id = (SELECT id FROM sources ORDER BY id LIMIT 1 OFFSET 3)", -1, &statement, NULL), ==, SQLITE_OK);
  sqlite3_bind_blob (statement, 1, edited, strlen (edited), SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (statement), ==, SQLITE_DONE);
  sqlite3_finalize (statement);
  sqlite3_close (db);
}

static char *edit_result;

/* A new paragraph before the article's body: every position after it moves. */
static const char *
insert_paragraph (const char *old,
                  gsize       len)
{
  const char *body = strstr (old, "On October 16, Volodymyr Zelenskyy");
  g_autoptr(GString) out = g_string_new (NULL);

  g_assert_nonnull (body);
  g_string_append_len (out, old, body - old);
  g_string_append (out, "Editor’s note: this article was updated on Friday with the reaction of the "
                        "Kremlin, which said the alliance was moving closer to a confrontation.\n\n");
  g_string_append (out, body);
  g_free (edit_result);
  edit_result = g_string_free (g_steal_pointer (&out), FALSE);
  return edit_result;
}

static const char *
remove_victory_plan (const char *old,
                     gsize       len)
{
  g_autoptr(GString) out = g_string_new (old);
  g_string_replace (out, "Victory Plan", "plan", 0);
  g_free (edit_result);
  edit_result = g_string_free (g_steal_pointer (&out), FALSE);
  return edit_result;
}

static void
test_survives_reanalysis (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(DossierCorpus) corpus = new_seeds_dossier (fixture->path);
  g_autoptr(DossierAnnotation) made = annotate (corpus, 3, "Victory Plan", "moved?");
  g_autoptr(DossierCorpus) again = NULL;
  g_autoptr(DossierAnnotation) found = NULL;
  g_autofree char *words = NULL;
  gint64 old_start = dossier_annotation_get_anchor (made)->start;

  g_clear_object (&corpus);
  replace_fourth_source (fixture->path, insert_paragraph);
  again = reopen (fixture->path, NULL);
  found = find_annotation (again, dossier_annotation_get_id (made));
  g_assert_nonnull (found);
  g_assert_false (dossier_annotation_get_orphaned (found));
  g_assert_cmpint (dossier_annotation_get_anchor (found)->start, >, old_start);
  words = annotated_words (again, found);
  g_assert_cmpstr (words, ==, "Victory Plan");
  g_clear_object (&again);
  g_clear_object (&found);

  /* The new place was saved: the next opening finds it there at once. */
  again = reopen (fixture->path, NULL);
  found = find_annotation (again, dossier_annotation_get_id (made));
  g_assert_cmpint (dossier_annotation_get_anchor (found)->start, >, old_start);
}

static void
test_orphan_kept (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(DossierCorpus) corpus = new_seeds_dossier (fixture->path);
  g_autoptr(DossierAnnotation) made = annotate (corpus, 3, "Victory Plan", "this will be orphaned");
  g_autoptr(DossierAnnotation) other = annotate (corpus, 2, "Rutte", "this one stays");
  g_autoptr(DossierCorpus) again = NULL;
  g_autoptr(DossierAnnotation) found = NULL;
  g_autoptr(DossierAnnotation) kept = NULL;

  g_clear_object (&corpus);
  replace_fourth_source (fixture->path, remove_victory_plan);
  again = reopen (fixture->path, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (dossier_corpus_get_annotations (again)), ==, 2);
  found = find_annotation (again, dossier_annotation_get_id (made));
  g_assert_nonnull (found);
  g_assert_true (dossier_annotation_get_orphaned (found));
  g_assert_cmpstr (dossier_annotation_get_anchor (found)->exact, ==, "Victory Plan");
  g_assert_cmpstr (dossier_annotation_get_note (found), ==, "this will be orphaned");
  kept = find_annotation (again, dossier_annotation_get_id (other));
  g_assert_false (dossier_annotation_get_orphaned (kept));
  g_clear_object (&again);
  g_clear_object (&found);

  /* Still there, still an orphan, after another opening. */
  again = reopen (fixture->path, NULL);
  found = find_annotation (again, dossier_annotation_get_id (made));
  g_assert_nonnull (found);
  g_assert_true (dossier_annotation_get_orphaned (found));
}

static void
reanalyse (DossierCorpus *corpus)
{
  const char *no_paths[] = { NULL };
  g_autoptr(GError) error = NULL;

  g_assert_true (dossier_corpus_import (corpus, no_paths, NULL, NULL, &error));
  g_assert_no_error (error);
}

static DossierEntity *
entity_named (DossierCorpus *corpus,
              const char    *name)
{
  GListModel *entities = dossier_corpus_get_entities (corpus);

  for (guint i = 0; i < g_list_model_get_n_items (entities); i++)
    {
      g_autoptr(DossierEntity) entity = g_list_model_get_item (entities, i);
      if (g_strcmp0 (dossier_entity_get_name (entity), name) == 0)
        return g_steal_pointer (&entity);
    }
  return NULL;
}

static void
test_corrections (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(DossierCorpus) corpus = new_seeds_dossier (fixture->path);
  g_autoptr(DossierArticle) third = article_at (corpus, 2);
  g_autoptr(DossierEntity) rutte = entity_named (corpus, "Mark Rutte");
  g_autoptr(DossierEntity) nato = entity_named (corpus, "NATO");
  g_autoptr(DossierEntity) zelenskyy = entity_named (corpus, "Volodymyr Zelenskyy");
  g_autoptr(DossierCorrection) date = NULL;
  g_autoptr(DossierCorrection) rename = NULL;
  g_autoptr(DossierCorrection) retype = NULL;
  g_autoptr(DossierCorrection) split = NULL;
  g_autoptr(DossierCorpus) again = NULL;
  g_autoptr(DossierEntity) renamed = NULL;
  g_autoptr(DossierEntity) split_off = NULL;
  g_autoptr(DossierArticle) reopened_third = NULL;
  g_autoptr(GError) error = NULL;
  guint n_entities;

  g_assert_nonnull (rutte);
  g_assert_nonnull (nato);
  g_assert_nonnull (zelenskyy);
  /* The third sample's date is inferred: the researcher knows better. */
  g_assert_cmpstr (dossier_article_get_published_from (third), ==, "inferred");

  date = dossier_correction_new (DOSSIER_CORRECTION_PUBLISHED, NULL, "2024-10-19");
  g_assert_cmpint (dossier_corpus_add_correction (corpus, dossier_article_get_document (third)->source_id, date, &error), >, 0);
  rename = dossier_correction_new (DOSSIER_CORRECTION_RENAME, dossier_entity_get_record (rutte)->key,
                                   "Mark Rutte (NATO Secretary General)");
  g_assert_cmpint (dossier_corpus_add_correction (corpus, 0, rename, &error), >, 0);
  retype = dossier_correction_new (DOSSIER_CORRECTION_RETYPE, dossier_entity_get_record (nato)->key, "place");
  g_assert_cmpint (dossier_corpus_add_correction (corpus, 0, retype, &error), >, 0);
  split = dossier_correction_new (DOSSIER_CORRECTION_SPLIT, dossier_entity_get_record (zelenskyy)->key, "Zelensky");
  g_assert_cmpint (dossier_corpus_add_correction (corpus, 0, split, &error), >, 0);
  g_assert_no_error (error);
  n_entities = g_list_model_get_n_items (dossier_corpus_get_entities (corpus));
  g_clear_object (&third);
  g_clear_object (&rutte);
  g_clear_object (&nato);
  g_clear_object (&zelenskyy);
  g_clear_object (&corpus);

  /* Applied again at every opening. */
  again = reopen (fixture->path, NULL);
  reopened_third = article_at (again, 2);
  g_assert_cmpstr (dossier_article_get_published (reopened_third), ==, "2024-10-19");
  g_assert_cmpstr (dossier_article_get_published_from (reopened_third), ==, "user");
  /* "on Wednesday" in that article now resolves against the 19th. */
  {
    DossierDocument *document = dossier_article_get_document (reopened_third);
    gboolean found = FALSE;
    for (guint d = 0; d < document->dates->len; d++)
      {
        DossierDateMention *mention = &g_array_index (document->dates, DossierDateMention, d);
        DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, mention->paragraph);
        g_autofree char *iso = dossier_date_to_iso (&mention->value);
        if (strncmp (paragraph->text + mention->start, "on Wednesday", 12) == 0)
          {
            g_assert_cmpstr (iso, ==, "2024-10-16");
            found = TRUE;
          }
      }
    g_assert_true (found);
  }
  renamed = entity_named (again, "Mark Rutte (NATO Secretary General)");
  g_assert_nonnull (renamed);
  g_assert_null (entity_named (again, "Mark Rutte"));
  {
    g_autoptr(DossierEntity) place = entity_named (again, "NATO");
    g_assert_cmpint (dossier_entity_get_entity_type (place), ==, DOSSIER_ENTITY_PLACE);
  }
  split_off = entity_named (again, "Zelensky");
  g_assert_nonnull (split_off);
  g_assert_cmpuint (g_list_model_get_n_items (dossier_corpus_get_entities (again)), ==, n_entities + 1);
  {
    g_autoptr(DossierEntity) rest = entity_named (again, "Volodymyr Zelenskyy");
    const DossierEntityRecord *record = dossier_entity_get_record (rest);
    for (guint a = 0; a < record->aliases->len; a++)
      g_assert_cmpstr (g_ptr_array_index (record->aliases, a), !=, "Zelensky");
    g_assert_cmpuint (dossier_entity_get_n_mentions (split_off) + dossier_entity_get_n_mentions (rest), >, 0);
  }

  /* Merging the split-off alias back, then undoing that. */
  {
    g_autoptr(DossierEntity) rest = entity_named (again, "Volodymyr Zelenskyy");
    g_autoptr(DossierCorrection) merge = dossier_correction_new (DOSSIER_CORRECTION_MERGE,
                                                                 dossier_entity_get_record (split_off)->key,
                                                                 dossier_entity_get_record (rest)->key);
    guint mentions = dossier_entity_get_n_mentions (rest) + dossier_entity_get_n_mentions (split_off);
    gint64 id = dossier_corpus_add_correction (again, 0, merge, &error);
    g_autoptr(DossierEntity) merged = NULL;

    g_assert_no_error (error);
    reanalyse (again);
    g_assert_null (entity_named (again, "Zelensky"));
    merged = entity_named (again, "Volodymyr Zelenskyy");
    g_assert_cmpuint (dossier_entity_get_n_mentions (merged), ==, mentions);

    g_assert_true (dossier_corpus_remove_correction (again, id, &error));
    reanalyse (again);
    g_clear_object (&split_off);
    split_off = entity_named (again, "Zelensky");
    g_assert_nonnull (split_off);
  }

  /* The date correction undone: the article's date is inferred again,
   * from the bytes the dossier keeps. */
  {
    GPtrArray *corrections = dossier_corpus_get_corrections (again);
    gint64 date_id = -1;
    g_autoptr(DossierArticle) third_again = NULL;

    for (guint i = 0; i < corrections->len; i++)
      {
        DossierStoredCorrection *stored = g_ptr_array_index (corrections, i);
        if (stored->correction->kind == DOSSIER_CORRECTION_PUBLISHED)
          date_id = stored->id;
      }
    g_assert_cmpint (date_id, >, 0);
    g_assert_true (dossier_corpus_remove_correction (again, date_id, &error));
    g_assert_no_error (error);
    reanalyse (again);
    third_again = article_at (again, 2);
    g_assert_cmpstr (dossier_article_get_published (third_again), ==, "2024-10-17");
    g_assert_cmpstr (dossier_article_get_published_from (third_again), ==, "inferred");
  }
}

static void
assert_refused (const char *path,
                int         code)
{
  g_autofree char *before = dossier_test_checksum_file (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierStore) store = dossier_store_open (path, TRUE, &error);
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);

  g_assert_null (store);
  g_assert_error (error, DOSSIER_STORE_ERROR, code);
  /* The message names the file. */
  g_assert_nonnull (strstr (error->message, path));
  after = dossier_test_checksum_file (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_refused_untouched (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *text = g_build_filename (fixture->dir, "notes.dossier", NULL);
  g_autofree char *empty = g_build_filename (fixture->dir, "empty.dossier", NULL);
  g_autofree char *other = g_build_filename (fixture->dir, "other.dossier", NULL);
  g_autofree char *newer = g_build_filename (fixture->dir, "newer.dossier", NULL);
  g_autofree char *truncated = g_build_filename (fixture->dir, "truncated.dossier", NULL);
  g_autofree char *contents = NULL;
  gsize len;
  sqlite3 *db;

  g_assert_true (g_file_set_contents (text, "President Zelenskyy said …", -1, NULL));
  assert_refused (text, DOSSIER_STORE_ERROR_NOT_A_DOSSIER);
  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  assert_refused (empty, DOSSIER_STORE_ERROR_NOT_A_DOSSIER);

  /* Another application's SQLite database. */
  g_assert_cmpint (sqlite3_open (other, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('x')", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  assert_refused (other, DOSSIER_STORE_ERROR_NOT_A_DOSSIER);

  /* A real dossier, with its sources and an annotation… */
  {
    g_autoptr(DossierCorpus) corpus = new_seeds_dossier (fixture->path);
    g_autoptr(DossierAnnotation) made = annotate (corpus, 3, "Victory Plan", "kept");
  }
  /* …from a newer version. */
  g_assert_true (g_file_get_contents (fixture->path, &contents, &len, NULL));
  g_assert_true (g_file_set_contents (newer, contents, len, NULL));
  g_assert_cmpint (sqlite3_open (newer, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 99", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  assert_refused (newer, DOSSIER_STORE_ERROR_NEWER_VERSION);

  /* Cut short at every 4 KiB boundary past the header page. */
  for (gsize cut = 4096; cut < len; cut += 4096)
    {
      g_assert_true (g_file_set_contents (truncated, contents, cut, NULL));
      assert_refused (truncated, DOSSIER_STORE_ERROR_CORRUPT);
    }
  /* The original still opens with everything in it. */
  {
    g_autoptr(DossierCorpus) again = reopen (fixture->path, NULL);
    g_assert_cmpuint (g_list_model_get_n_items (dossier_corpus_get_annotations (again)), ==, 1);
  }
}

static gboolean
kill_writer (gpointer data)
{
  kill (GPOINTER_TO_INT (data), SIGKILL);
  return G_SOURCE_REMOVE;
}

static void
test_kill_during_writes (Fixture       *fixture,
                         gconstpointer  data)
{
  const char *writer = g_getenv ("DOSSIER_ANNOTATE_BURST");
  guint total = 0;

  if (writer == NULL)
    {
      g_test_skip ("DOSSIER_ANNOTATE_BURST is not set");
      return;
    }
  g_clear_object (&(DossierCorpus *) { new_seeds_dossier (fixture->path) });

  for (guint round = 0; round < 5; round++)
    {
      const char *argv[] = { writer, fixture->path, NULL };
      g_autoptr(GError) error = NULL;
      g_autoptr(GString) out = g_string_new (NULL);
      g_auto(GStrv) lines = NULL;
      g_autoptr(DossierStore) store = NULL;
      g_autoptr(GPtrArray) saved = NULL;
      g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
      GPid pid;
      int out_fd, status;
      char buffer[4096];
      gssize n;
      guint committed = 0;

      g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                               NULL, NULL, &pid, NULL, &out_fd, NULL, &error));
      g_assert_no_error (error);
      /* Killed at a random moment of the burst. */
      g_usleep (g_random_int_range (50, 400) * 1000);
      kill_writer (GINT_TO_POINTER (pid));
      while ((n = read (out_fd, buffer, sizeof buffer)) > 0)
        g_string_append_len (out, buffer, n);
      close (out_fd);
      waitpid (pid, &status, 0);
      g_spawn_close_pid (pid);

      store = dossier_store_open (fixture->path, FALSE, &error);
      g_assert_no_error (error);
      saved = dossier_store_list_annotations (store, &error);
      g_assert_no_error (error);
      for (guint i = 0; i < saved->len; i++)
        g_hash_table_add (ids, (gpointer) dossier_annotation_get_id (g_ptr_array_index (saved, i)));

      /* Every id printed was committed; a line cut short by the kill was not printed whole. */
      lines = g_strsplit (out->str, "\n", -1);
      for (guint i = 0; lines[i] != NULL; i++)
        if (strlen (lines[i]) == 36 && lines[i + 1] != NULL)
          {
            g_assert_true (g_hash_table_contains (ids, lines[i]));
            committed++;
          }
      g_assert_cmpuint (saved->len, >=, total + committed);
      total = saved->len;
      g_test_message ("round %u: %u committed before the kill, %u in the file", round, committed, total);
    }
  g_assert_cmpuint (total, >, 0);
}

/* The schema of the first dossier files (format 1), as Dossier 0.1 wrote
 * them: no address, no choice to keep an uncleaned text. */
static const char format_1_schema[] =
  "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);"
  "CREATE TABLE sources (id INTEGER PRIMARY KEY, name TEXT NOT NULL, added TEXT NOT NULL, content BLOB NOT NULL);"
  "CREATE TABLE annotations (id TEXT PRIMARY KEY,"
  "  source INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE, exact TEXT NOT NULL, prefix TEXT NOT NULL,"
  "  suffix TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, orphaned INTEGER NOT NULL DEFAULT 0,"
  "  colour TEXT NOT NULL, note TEXT, tags TEXT NOT NULL DEFAULT '[]', created TEXT NOT NULL,"
  "  modified TEXT NOT NULL);"
  "CREATE INDEX annotations_by_source ON annotations (source);"
  "CREATE TABLE corrections (id INTEGER PRIMARY KEY, kind TEXT NOT NULL,"
  "  source INTEGER REFERENCES sources (id) ON DELETE CASCADE, entity TEXT, value TEXT, created TEXT NOT NULL);"
  "CREATE TABLE colours (colour TEXT PRIMARY KEY, label TEXT NOT NULL);"
  "PRAGMA application_id = 1146049363; PRAGMA user_version = 1;";

static const char harbour_story[] =
  "Harbour reopens after storm\n\n"
  "The harbour of the town reopened on Friday after the storm closed it for a week, the port authority said "
  "in a statement on its website.\n\n"
  "Ships waiting offshore were allowed in one by one, officials said.\n";

static const char bridge_story[] =
  " date 2024-10-17 \nBridge repairs finished early\n\n"
  "Repairs to the old river bridge were finished on Wednesday, two weeks earlier than planned, the city "
  "council said.\n\n"
  "The bridge will open to traffic again on Saturday morning.\n";

static gint64
user_version (const char *path)
{
  sqlite3 *db;
  sqlite3_stmt *statement;
  gint64 version;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &statement, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (statement), ==, SQLITE_ROW);
  version = sqlite3_column_int64 (statement, 0);
  sqlite3_finalize (statement);
  sqlite3_close (db);
  return version;
}

/* A file an older Dossier wrote, made as it made it: two articles, a
 * highlight on the first and its publication date corrected. */
static void
write_format_1 (const char *path)
{
  sqlite3 *db;
  sqlite3_stmt *statement;
  const char *stories[] = { harbour_story, bridge_story };

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, format_1_schema, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "INSERT INTO sources (name, added, content) VALUES (?, ?, ?)", -1,
                                       &statement, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < G_N_ELEMENTS (stories); i++)
    {
      sqlite3_reset (statement);
      sqlite3_bind_text (statement, 1, i == 0 ? "/home/r/harbour.txt" : "/home/r/bridge.txt", -1, SQLITE_STATIC);
      sqlite3_bind_text (statement, 2, i == 0 ? "2024-10-19T08:30:00Z" : "2024-10-20T21:00:00Z", -1, SQLITE_STATIC);
      sqlite3_bind_blob (statement, 3, stories[i], (int) strlen (stories[i]), SQLITE_STATIC);
      g_assert_cmpint (sqlite3_step (statement), ==, SQLITE_DONE);
    }
  sqlite3_finalize (statement);
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO annotations (id, source, exact, prefix, suffix, start, end, colour, note,"
                                 " created, modified) VALUES ('a0b1', 1, 'port authority', 'a week, the ', ' said in',"
                                 " 85, 99, 'red', 'Who?', '2024-10-19T09:00:00Z', '2024-10-19T09:00:00Z');"
                                 "INSERT INTO corrections (kind, source, value, created)"
                                 " VALUES ('published', 1, '2024-10-18', '2024-10-19T09:01:00Z');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* A dossier of an older Dossier opens: it keeps its articles, highlights
 * and corrections, gains an empty address for each article and the day
 * each was added, and is written in this format from then on. */
static void
test_older_format_opens (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(DossierCorpus) corpus = NULL;
  g_autoptr(DossierArticle) harbour = NULL;
  g_autoptr(DossierArticle) bridge = NULL;
  g_autoptr(DossierAnnotation) highlight = NULL;
  g_autoptr(GPtrArray) failures = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *words = NULL;

  write_format_1 (fixture->path);
  g_assert_cmpint (user_version (fixture->path), ==, 1);

  corpus = reopen (fixture->path, &failures);
  g_assert_cmpuint (failures->len, ==, 0);
  g_assert_cmpint (user_version (fixture->path), ==, DOSSIER_STORE_FORMAT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 2);
  harbour = article_at (corpus, 0);
  bridge = article_at (corpus, 1);
  g_assert_cmpstr (dossier_article_get_title (harbour), ==, "Harbour reopens after storm");
  g_assert_cmpstr (dossier_article_get_title (bridge), ==, "Bridge repairs finished early");
  g_assert_null (dossier_article_get_address (harbour));
  g_assert_null (dossier_article_get_address (bridge));
  g_assert_cmpstr (dossier_article_get_added (harbour), ==, "2024-10-19T08:30:00Z");
  g_assert_cmpstr (dossier_article_get_added (bridge), ==, "2024-10-20T21:00:00Z");
  g_assert_false (dossier_article_get_kept_uncleaned (harbour));
  /* The researcher's date and highlight are still theirs. */
  g_assert_cmpstr (dossier_article_get_published (harbour), ==, "2024-10-18");
  g_assert_cmpstr (dossier_article_get_published_from (harbour), ==, "user");
  highlight = find_annotation (corpus, "a0b1");
  g_assert_nonnull (highlight);
  g_assert_false (dossier_annotation_get_orphaned (highlight));
  words = annotated_words (corpus, highlight);
  g_assert_cmpstr (words, ==, "port authority");

  /* The new format's columns are there to be written. */
  g_assert_true (dossier_corpus_set_source_address (corpus, dossier_article_get_source_id (harbour),
                                                    "https://www.theguardian.com/world/2024/oct/18/harbour",
                                                    NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&corpus);
  g_clear_object (&harbour);
  g_clear_pointer (&failures, g_ptr_array_unref);
  corpus = reopen (fixture->path, NULL);
  harbour = article_at (corpus, 0);
  g_assert_cmpstr (dossier_article_get_address (harbour), ==, "https://www.theguardian.com/world/2024/oct/18/harbour");
  g_assert_cmpstr (dossier_article_get_outlet (harbour), ==, "The Guardian");
}

/* One that may not be written is read as it is, left in its format. */
static void
test_older_format_read_only (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(DossierCorpus) corpus = NULL;
  g_autoptr(DossierArticle) harbour = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("root writes any file");
      return;
    }
  write_format_1 (fixture->path);
  g_assert_cmpint (g_chmod (fixture->path, 0444), ==, 0);
  corpus = reopen (fixture->path, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 2);
  harbour = article_at (corpus, 0);
  g_assert_null (dossier_article_get_address (harbour));
  g_assert_cmpstr (dossier_article_get_added (harbour), ==, "2024-10-19T08:30:00Z");
  g_clear_object (&corpus);
  g_assert_cmpint (user_version (fixture->path), ==, 1);
  g_chmod (fixture->path, 0644);
}

typedef struct
{
  GMainLoop *loop;
  gboolean ok;
} Waiting;

static void
on_done (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Waiting *waiting = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) failures = NULL;

  waiting->ok = dossier_corpus_import_finish (DOSSIER_CORPUS (source), result, &failures, &error);
  g_assert_no_error (error);
  for (guint i = 0; failures != NULL && i < failures->len; i++)
    g_test_message ("%s", ((GError *) g_ptr_array_index (failures, i))->message);
  g_main_loop_quit (waiting->loop);
}

static void
reanalyse_and_wait (DossierCorpus *corpus)
{
  Waiting waiting = { g_main_loop_new (NULL, FALSE), FALSE };

  dossier_corpus_reanalyse_async (corpus, NULL, on_done, &waiting);
  g_main_loop_run (waiting.loop);
  g_main_loop_unref (waiting.loop);
  g_assert_true (waiting.ok);
}

/* A selection of a page as Firefox puts it on the clipboard: the HTML
 * behind its charset prefix, with the site's furniture around the story. */
static const char pasted_page[] =
  "<meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
  "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li></ul></nav>"
  "<article><h1>Harbour reopens after storm</h1>"
  "<p>The harbour of the town reopened on Friday after the storm closed it for a week, the port authority said "
  "in a statement on its website.</p>"
  "<p>Ships waiting offshore were allowed in one by one, officials said.</p></article>"
  "<aside><h2>Most read</h2><ul><li><a href=\"/a\">Something else</a></li></ul></aside>";

/* Where each article came from is kept: a pasted page's HTML is read
 * through the HTML reader with the address the browser gave; the address
 * names the outlet and dates the article, it stays with the article in
 * the file, can be set again, and an article can be removed and put back
 * with its highlight; a text kept uncleaned stays kept. */
static void
test_where_articles_came_from (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierStore) store = dossier_store_open (fixture->path, TRUE, &error);
  g_autoptr(DossierCorpus) corpus = dossier_corpus_new ();
  g_autoptr(GBytes) html = g_bytes_new_static (pasted_page, strlen (pasted_page));
  g_autoptr(DossierArticle) pasted = NULL;
  g_autoptr(DossierArticle) menus = NULL;
  g_autoptr(DossierAnnotation) highlight = NULL;
  g_autoptr(DossierStoredSource) kept = NULL;
  Waiting waiting = { g_main_loop_new (NULL, FALSE), FALSE };
  const char *address = "https://www.theguardian.com/world/2024/10/18/harbour-reopens-after-storm";
  gint64 source, restored = 0;

  g_assert_no_error (error);
  g_assert_true (dossier_corpus_open (corpus, store, NULL, NULL, &error));
  dossier_corpus_import_page_async (corpus, html, "Home World Harbour reopens after storm", address, "Pasted article 1",
                                    NULL, on_done, &waiting);
  g_main_loop_run (waiting.loop);
  g_assert_true (waiting.ok);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 1);
  pasted = article_at (corpus, 0);
  /* The HTML's headline and paragraphs, not its menus or its text. */
  g_assert_cmpstr (dossier_article_get_title (pasted), ==, "Harbour reopens after storm");
  g_assert_cmpuint (dossier_article_get_n_paragraphs (pasted), ==, 2);
  g_assert_true (g_str_has_prefix (dossier_article_get_paragraph_text (pasted, 0), "The harbour of the town"));
  g_assert_cmpstr (dossier_article_get_address (pasted), ==, address);
  g_assert_cmpstr (dossier_article_get_outlet (pasted), ==, "The Guardian");
  g_assert_cmpstr (dossier_article_get_published (pasted), ==, "2024-10-18");
  g_assert_cmpstr (dossier_article_get_published_from (pasted), ==, "address");
  g_assert_nonnull (dossier_article_get_added (pasted));
  source = dossier_article_get_source_id (pasted);
  /* Kept as a page of its own, read as HTML again whatever its name. */
  kept = dossier_store_read_source (store, source, &error);
  g_assert_cmpstr (kept->address, ==, address);
  g_assert_true (g_str_has_prefix (g_bytes_get_data (kept->content, NULL), "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n<meta"));
  highlight = annotate (corpus, 0, "port authority", "Which one?");

  /* Text in which no article is told apart: kept, as the researcher says. */
  dossier_corpus_import_text_async (corpus, "Home\nNews\nSport\nWeather\nSign in\nSubscribe\n", "Pasted article 2",
                                    NULL, on_done, &waiting);
  g_main_loop_run (waiting.loop);
  menus = article_at (corpus, 1);
  g_assert_true (dossier_article_get_uncleaned (menus));
  g_assert_false (dossier_article_get_kept_uncleaned (menus));
  g_assert_true (dossier_corpus_keep_uncleaned (corpus, dossier_article_get_source_id (menus), TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (dossier_article_get_kept_uncleaned (menus));
  g_clear_object (&menus);
  g_clear_object (&pasted);

  /* Closed and opened again: all of it is still there. */
  g_clear_object (&corpus);
  dossier_store_close (store);
  corpus = reopen (fixture->path, NULL);
  pasted = article_at (corpus, 0);
  menus = article_at (corpus, 1);
  g_assert_cmpstr (dossier_article_get_title (pasted), ==, "Harbour reopens after storm");
  g_assert_cmpstr (dossier_article_get_address (pasted), ==, address);
  g_assert_cmpstr (dossier_article_get_outlet (pasted), ==, "The Guardian");
  g_assert_true (dossier_article_get_kept_uncleaned (menus));
  g_clear_object (&menus);

  /* Another address, set by the researcher: the article is read with it. */
  {
    g_autofree char *previous = NULL;

    g_assert_true (dossier_corpus_set_source_address (corpus, source, "www.dw.com", &previous, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (previous, ==, address);
  }
  reanalyse_and_wait (corpus);
  g_clear_object (&pasted);
  pasted = article_at (corpus, 0);
  g_assert_cmpstr (dossier_article_get_address (pasted), ==, "www.dw.com");
  g_assert_cmpstr (dossier_article_get_outlet (pasted), ==, "DW");
  g_assert_null (dossier_article_get_published (pasted));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 2);

  /* Removed: gone with its highlight; put back: there again with it. */
  g_clear_object (&highlight);
  g_assert_cmpuint (g_list_model_get_n_items (dossier_corpus_get_annotations (corpus)), ==, 1);
  g_assert_true (dossier_corpus_remove_source (corpus, source, &error));
  g_assert_no_error (error);
  reanalyse_and_wait (corpus);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (dossier_corpus_get_annotations (corpus)), ==, 0);
  g_assert_cmpuint (dossier_store_count_sources (dossier_corpus_get_store (corpus)), ==, 1);
  g_assert_true (dossier_corpus_restore_source (corpus, source, &restored, &error));
  g_assert_no_error (error);
  g_assert_cmpint (restored, ==, source);
  reanalyse_and_wait (corpus);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 2);
  g_clear_object (&pasted);
  pasted = article_at (corpus, 0);
  g_assert_cmpint (dossier_article_get_source_id (pasted), ==, source);
  g_assert_cmpstr (dossier_article_get_address (pasted), ==, "www.dw.com");
  {
    GListModel *annotations = dossier_corpus_get_annotations (corpus);
    g_autoptr(DossierAnnotation) back = NULL;
    g_autofree char *words = NULL;

    g_assert_cmpuint (g_list_model_get_n_items (annotations), ==, 1);
    back = g_list_model_get_item (annotations, 0);
    g_assert_false (dossier_annotation_get_orphaned (back));
    words = annotated_words (corpus, back);
    g_assert_cmpstr (words, ==, "port authority");
  }
  g_main_loop_unref (waiting.loop);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/store/reopen", Fixture, NULL, fixture_set_up, test_reopen, fixture_tear_down);
  g_test_add ("/store/survives-reanalysis", Fixture, NULL, fixture_set_up, test_survives_reanalysis, fixture_tear_down);
  g_test_add ("/store/orphan-kept", Fixture, NULL, fixture_set_up, test_orphan_kept, fixture_tear_down);
  g_test_add ("/store/corrections", Fixture, NULL, fixture_set_up, test_corrections, fixture_tear_down);
  g_test_add ("/store/refused-untouched", Fixture, NULL, fixture_set_up, test_refused_untouched, fixture_tear_down);
  g_test_add ("/store/kill-during-writes", Fixture, NULL, fixture_set_up, test_kill_during_writes, fixture_tear_down);
  g_test_add ("/store/older-format-opens", Fixture, NULL, fixture_set_up, test_older_format_opens, fixture_tear_down);
  g_test_add ("/store/older-format-read-only", Fixture, NULL, fixture_set_up, test_older_format_read_only,
              fixture_tear_down);
  g_test_add ("/store/where-articles-came-from", Fixture, NULL, fixture_set_up, test_where_articles_came_from,
              fixture_tear_down);
  return g_test_run ();
}
