/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Incremental analysis gives what an analysis from scratch gives: two
 * dossiers go through the same imports, corrections (a publication date,
 * an article's title and outlet, an entity renamed, two merged) and
 * removals, one reusing what each analysis kept of the unchanged articles,
 * the other analysing everything again each time; after every step their
 * analyses, written as the command line writes them, are the same bytes.
 * After every step the incremental dossier is also closed and opened
 * again, from the results its last analysis kept in the file, and goes
 * on from there: what it shows is again the same bytes.  Kept results
 * that no longer fit (another analyser's, cut short, changed, a source
 * or a correction changed outside) are not read: the dossier is analysed
 * again, as from scratch.
 * And on the core alone: an analysis that reuses an earlier one's results,
 * on several threads, is the same as one from scratch on one. */

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "dossier-test-util.h"

#include "dossier-article.h"
#include "dossier-corpus.h"
#include "dossier-corpus-private.h"
#include "dossier-analysis-pack.h"
#include "dossier-bytes.h"
#include "dossier-entity-recognizer.h"
#include "dossier-json-writer.h"
#include "dossier-kept-article.h"
#include "dossier-kept-resolution.h"
#include "dossier-name-candidates.h"
#include "dossier-quote.h"
#include "dossier-sentence.h"
#include "dossier-store.h"

static char *
analysis_json (DossierAnalysis *analysis)
{
  GString *out = g_string_new (NULL);

  g_assert_true (dossier_json_write_document (analysis, TRUE, NULL, NULL, out));
  return g_string_free (out, FALSE);
}

/* Two dossier files, in a folder of their own. */
typedef struct
{
  char *dir;
  DossierCorpus *incremental;
  DossierCorpus *from_scratch;
  /* Not reopened after the next step: an article removed can be put
   * back only while its dossier stays open. */
  gboolean keep_open;
} Pair;

static DossierCorpus *
open_corpus (const char *dir,
             const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierStore) store = dossier_store_open (path, TRUE, &error);
  DossierCorpus *corpus = dossier_corpus_new ();

  g_assert_no_error (error);
  g_assert_true (dossier_corpus_open (corpus, store, NULL, NULL, &error));
  g_assert_no_error (error);
  return corpus;
}

static void
pair_init (Pair *pair)
{
  pair->dir = g_dir_make_tmp ("dossier-incremental-XXXXXX", NULL);
  g_assert_nonnull (pair->dir);
  pair->incremental = open_corpus (pair->dir, "incremental.dossier");
  pair->from_scratch = open_corpus (pair->dir, "from-scratch.dossier");
  _dossier_corpus_set_from_scratch (pair->from_scratch, TRUE);
}

static void
pair_clear (Pair *pair)
{
  g_autoptr(GDir) dir = g_dir_open (pair->dir, 0, NULL);
  const char *name;

  g_clear_object (&pair->incremental);
  g_clear_object (&pair->from_scratch);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (pair->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (pair->dir);
  g_free (pair->dir);
}

/* Everything an analysis holds, packed: more than its JSON (each
 * paragraph's lines, what was removed, why events were linked). */
static GBytes *
analysis_pack (DossierAnalysis *analysis)
{
  DossierPackWriter writer;

  dossier_pack_writer_init (&writer);
  for (guint d = 0; d < dossier_analysis_get_n_documents (analysis); d++)
    dossier_pack_put_document (&writer, dossier_analysis_get_document (analysis, d));
  dossier_pack_put_results (&writer, analysis);
  return dossier_pack_writer_finish (&writer);
}

/* The incremental dossier closed and opened again: shown from the results
 * its last analysis kept, the same as the one analysed from scratch; it
 * goes on as the reopened one. */
static void
reopen_incremental (Pair       *pair,
                    const char *step)
{
  DossierAnalysis *from_scratch = dossier_corpus_get_analysis (pair->from_scratch);
  g_autofree char *a = NULL;
  g_autofree char *b = analysis_json (from_scratch);
  g_autoptr(GBytes) packed = NULL;
  g_autoptr(GBytes) expected = analysis_pack (from_scratch);

  g_clear_object (&pair->incremental);
  pair->incremental = open_corpus (pair->dir, "incremental.dossier");
  g_test_message ("%s, reopened: %u articles", step,
                  dossier_analysis_get_n_documents (dossier_corpus_get_analysis (pair->incremental)));
  g_assert_true (_dossier_corpus_get_from_kept (pair->incremental));
  a = analysis_json (dossier_corpus_get_analysis (pair->incremental));
  g_assert_cmpstr (a, ==, b);
  packed = analysis_pack (dossier_corpus_get_analysis (pair->incremental));
  g_assert_true (g_bytes_equal (packed, expected));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pair->incremental)), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (pair->from_scratch)));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pair->incremental)); i++)
    {
      g_autoptr(DossierArticle) x = g_list_model_get_item (G_LIST_MODEL (pair->incremental), i);
      g_autoptr(DossierArticle) y = g_list_model_get_item (G_LIST_MODEL (pair->from_scratch), i);

      g_assert_cmpstr (dossier_article_get_display_title (x), ==, dossier_article_get_display_title (y));
      g_assert_nonnull (dossier_article_get_added (x));
      g_assert_cmpint (dossier_article_get_source_id (x), ==, dossier_article_get_source_id (y));
    }
}

/* Both analyses the same; the incremental one reused at least @reused
 * articles. */
static void
assert_same (Pair       *pair,
             const char *step,
             guint       reused)
{
  DossierAnalysis *incremental = dossier_corpus_get_analysis (pair->incremental);
  DossierAnalysis *from_scratch = dossier_corpus_get_analysis (pair->from_scratch);
  g_autofree char *a = analysis_json (incremental);
  g_autofree char *b = analysis_json (from_scratch);

  g_test_message ("%s: %u articles, %u entities, %u events, %u articles reused", step,
                  dossier_analysis_get_n_documents (incremental), dossier_analysis_get_n_entities (incremental),
                  dossier_analysis_get_n_events (incremental), dossier_analysis_get_n_reused (incremental));
  g_assert_cmpuint (dossier_analysis_get_n_reused (from_scratch), ==, 0);
  g_assert_cmpuint (dossier_analysis_get_n_reused (incremental), >=, reused);
  if (g_strcmp0 (a, b) != 0)
    {
      gsize at = 0;

      while (a[at] != '\0' && a[at] == b[at])
        at++;
      g_error ("%s: the incremental analysis differs from the one from scratch at byte %" G_GSIZE_FORMAT
               ":\n…%.300s\nnot\n…%.300s", step, at, a + (at > 100 ? at - 100 : 0), b + (at > 100 ? at - 100 : 0));
    }
  if (!pair->keep_open)
    reopen_incremental (pair, step);
  pair->keep_open = FALSE;
}

static void
import_both (Pair               *pair,
             const char * const *paths)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (dossier_corpus_import (pair->incremental, paths, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (dossier_corpus_import (pair->from_scratch, paths, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
reanalyse_both (Pair *pair)
{
  const char *none[] = { NULL };

  import_both (pair, none);
}

static gint64
source_of (DossierCorpus *corpus,
           guint          index)
{
  g_autoptr(DossierArticle) article = g_list_model_get_item (G_LIST_MODEL (corpus), index);

  return dossier_article_get_source_id (article);
}

/* The same correction made in both dossiers; returns its id (the same in
 * both files). */
static gint64
correct_both (Pair                  *pair,
              guint                  article,
              DossierCorrectionKind  kind,
              const char            *entity,
              const char            *value)
{
  g_autoptr(DossierCorrection) correction = dossier_correction_new (kind, entity, value);
  g_autoptr(GError) error = NULL;
  gint64 a, b;

  a = dossier_corpus_add_correction (pair->incremental, article == G_MAXUINT ? 0 : source_of (pair->incremental, article),
                                     correction, &error);
  g_assert_no_error (error);
  b = dossier_corpus_add_correction (pair->from_scratch, article == G_MAXUINT ? 0 : source_of (pair->from_scratch, article),
                                     correction, &error);
  g_assert_no_error (error);
  g_assert_cmpint (a, ==, b);
  return a;
}

/* The key of the @n-th person the dossier names in more than one article. */
static const char *
person_key (DossierCorpus *corpus,
            guint          n)
{
  DossierAnalysis *analysis = dossier_corpus_get_analysis (corpus);

  for (guint e = 0; e < dossier_analysis_get_n_entities (analysis); e++)
    {
      const DossierEntityRecord *entity = dossier_analysis_get_entity (analysis, e);

      if (entity->type == DOSSIER_ENTITY_PERSON && entity->documents->len > 1 && n-- == 0)
        return entity->key;
    }
  g_assert_not_reached ();
  return NULL;
}

static char *
data_path (const char *path)
{
  return g_test_build_filename (G_TEST_DIST, path, NULL);
}

/* An article that names people by their surnames alone, and one that
 * gives their full names: the first one's mentions (and the speaker of
 * its quote) change when the second comes, though its text does not. */
static const char surnames_alone[] =
  "Council approves new harbour plan\n\n"
  "The city council of Vellmar approved the new harbour plan on Tuesday, 15 October 2024, after a long "
  "debate in the chamber.\n\n"
  "A report by Mensah found that the plan would bring hundreds of jobs to the town. Boateng and Mensah had "
  "warned of delays. Critics say Owusu ignored the fishermen who use the old quay every morning.\n\n"
  "\"We will build it within two years,\" the mayor told reporters after the vote, standing beside Boateng.\n";
static const char full_names[] =
  "Harbour director defends plan\n\n"
  "Ama Mensah, the director of the Vellmar harbour, defended the new harbour plan on Wednesday, 16 October "
  "2024, before a crowd of fishermen. Kofi Boateng and Yaw Owusu joined her.\n\n"
  "The plan, approved by the council on Tuesday, will rebuild the old quay and add a ferry terminal, she said "
  "at the meeting in the town hall.\n";

static char *
write_article (const char *dir,
               const char *name,
               const char *text)
{
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

static void
test_corpus_steps (void)
{
  g_autofree char *seeds = g_test_build_filename (G_TEST_DIST, "..", "seeds", NULL);
  g_autofree char *reports = data_path ("data/reports");
  g_autofree char *undated = data_path ("data/cli/undated.txt");
  g_autofree char *wire = data_path ("data/clean/wire-story.txt");
  g_autofree char *dateline = data_path ("data/clean/newspaper-place-dateline.txt");
  g_autofree char *published = data_path ("data/clean/published-updated.txt");
  g_autofree char *renamed = NULL;
  g_autofree char *merged_into = NULL;
  g_autofree char *merged = NULL;
  Pair pair = { 0 };
  gint64 date_fix, title_fix, removed;
  guint n;

  g_autofree char *alone = NULL;
  g_autofree char *full = NULL;

  pair_init (&pair);
  alone = write_article (pair.dir, "harbour-plan.txt", surnames_alone);
  full = write_article (pair.dir, "harbour-director.txt", full_names);

  {
    const char *paths[] = { seeds, alone, NULL };
    import_both (&pair, paths);
    assert_same (&pair, "the sample imported", 0);
  }
  {
    const char *paths[] = { reports, undated, NULL };
    import_both (&pair, paths);
    /* The sample's five articles were not analysed again. */
    assert_same (&pair, "reports and an undated article imported", 6);
  }
  n = g_list_model_get_n_items (G_LIST_MODEL (pair.incremental));

  date_fix = correct_both (&pair, 0, DOSSIER_CORRECTION_PUBLISHED, NULL, "2024-10-16");
  reanalyse_both (&pair);
  /* Every article but the one whose date was corrected, less those whose
   * inferred dates may change with it. */
  assert_same (&pair, "a publication date corrected", n / 2);

  title_fix = correct_both (&pair, 1, DOSSIER_CORRECTION_TITLE, NULL, "A title of the researcher's");
  correct_both (&pair, 1, DOSSIER_CORRECTION_OUTLET, NULL, "The Researcher's Outlet");
  reanalyse_both (&pair);
  assert_same (&pair, "an article's title and outlet corrected", n / 2);

  renamed = g_strdup (person_key (pair.incremental, 0));
  correct_both (&pair, G_MAXUINT, DOSSIER_CORRECTION_RENAME, renamed, "Somebody Else");
  reanalyse_both (&pair);
  assert_same (&pair, "a person renamed", n - 1);

  merged = g_strdup (person_key (pair.incremental, 1));
  merged_into = g_strdup (person_key (pair.incremental, 2));
  correct_both (&pair, G_MAXUINT, DOSSIER_CORRECTION_MERGE, merged, merged_into);
  reanalyse_both (&pair);
  assert_same (&pair, "two persons merged", n - 1);

  {
    const char *paths[] = { wire, dateline, published, full, NULL };
    import_both (&pair, paths);
    assert_same (&pair, "four more articles imported, one naming in full whom another named by surname",
                 n - 1);
  }

  /* An article taken out, then put back. */
  removed = source_of (pair.incremental, 2);
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (dossier_corpus_remove_source (pair.incremental, removed, &error));
    g_assert_no_error (error);
    g_assert_true (dossier_corpus_remove_source (pair.from_scratch, removed, &error));
    g_assert_no_error (error);
    pair.keep_open = TRUE;
    reanalyse_both (&pair);
    assert_same (&pair, "an article removed", n / 2);

    g_assert_true (dossier_corpus_restore_source (pair.incremental, removed, NULL, &error));
    g_assert_no_error (error);
    g_assert_true (dossier_corpus_restore_source (pair.from_scratch, removed, NULL, &error));
    g_assert_no_error (error);
    reanalyse_both (&pair);
    assert_same (&pair, "the article put back", n / 2);
  }

  /* The date correction undone: the article's own date again. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (dossier_corpus_remove_correction (pair.incremental, date_fix, &error));
    g_assert_no_error (error);
    g_assert_true (dossier_corpus_remove_correction (pair.from_scratch, date_fix, &error));
    g_assert_no_error (error);
    reanalyse_both (&pair);
    assert_same (&pair, "the date correction undone", n / 2);

    /* In a dossier reopened (the step before did): the title the
     * cleaner read comes back, as the results kept remembered it. */
    g_assert_true (dossier_corpus_remove_correction (pair.incremental, title_fix, &error));
    g_assert_no_error (error);
    g_assert_true (dossier_corpus_remove_correction (pair.from_scratch, title_fix, &error));
    g_assert_no_error (error);
    reanalyse_both (&pair);
    assert_same (&pair, "the title correction undone", n / 2);
  }

  pair_clear (&pair);
}

/* Runs @sql on the dossier file at @path, as another program would. */
static void
change_file (const char *path,
             const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

/* Opens the dossier at @path; checks whether it was shown from its kept
 * results, and that what it shows is @expected (the JSON of an analysis
 * from scratch), or returns that when @expected is NULL. */
static char *
open_and_compare (const char *dir,
                  const char *name,
                  gboolean    from_kept,
                  const char *version,
                  const char *expected)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierStore) store = dossier_store_open (path, FALSE, &error);
  g_autoptr(DossierCorpus) corpus = dossier_corpus_new ();
  char *json;

  g_assert_no_error (error);
  if (version != NULL)
    _dossier_corpus_set_kept_version (corpus, version);
  if (expected == NULL)
    _dossier_corpus_set_from_scratch (corpus, TRUE);
  g_assert_true (dossier_corpus_open (corpus, store, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (_dossier_corpus_get_from_kept (corpus), ==, from_kept);
  json = analysis_json (dossier_corpus_get_analysis (corpus));
  if (expected != NULL)
    g_assert_cmpstr (json, ==, expected);
  return json;
}

/* Kept results that do not fit the dossier as it is, or do not read, are
 * not used: the dossier is analysed again, shows what an analysis from
 * scratch shows, nothing it holds is lost, and the results are kept
 * anew. */
static void
test_kept_refused (void)
{
  g_autofree char *seeds = g_test_build_filename (G_TEST_DIST, "..", "seeds", NULL);
  g_autofree char *reports = data_path ("data/reports");
  g_autofree char *dir = g_dir_make_tmp ("dossier-kept-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "kept.dossier", NULL);
  g_autofree char *expected = NULL;
  const char *paths[] = { seeds, reports, NULL };
  struct
  {
    const char *what;
    const char *sql;
  } damages[] = {
    { "a part cut short", "UPDATE kept_results SET data = substr (data, 1, length (data) / 2) WHERE part = 1" },
    { "a byte changed in a part",
      "UPDATE kept_results SET data = substr (data, 1, 100) || X'FF' || substr (data, 102) WHERE part = 1" },
    { "the length of a part changed", "UPDATE kept_results SET data = X'00' || substr (data, 2) WHERE part = 1" },
    { "the last part changed",
      "UPDATE kept_results SET data = substr (data, 1, 20) || X'00' || substr (data, 22) "
      "WHERE part = (SELECT max (part) FROM kept_results)" },
    { "a part missing", "DELETE FROM kept_results WHERE part = 1" },
    { "a part too many", "INSERT INTO kept_results SELECT max (part) + 1, X'00' FROM kept_results" },
    { "the parts empty", "UPDATE kept_results SET data = X''" },
    { "the key changed", "UPDATE meta SET value = 'x' || substr (value, 2) WHERE key = 'kept-results'" },
  };

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(DossierStore) store = dossier_store_open (path, TRUE, &error);
    g_autoptr(DossierCorpus) corpus = dossier_corpus_new ();
    g_autoptr(DossierCorrection) correction = dossier_correction_new (DOSSIER_CORRECTION_PUBLISHED, NULL,
                                                                       "2024-10-16");
    g_autoptr(DossierArticle) first = NULL;

    g_assert_no_error (error);
    g_assert_true (dossier_corpus_open (corpus, store, NULL, NULL, &error));
    g_assert_true (dossier_corpus_import (corpus, paths, NULL, NULL, &error));
    g_assert_no_error (error);
    first = g_list_model_get_item (G_LIST_MODEL (corpus), 0);
    dossier_corpus_add_correction (corpus, dossier_article_get_source_id (first), correction, &error);
    g_assert_no_error (error);
    g_assert_true (dossier_corpus_import (corpus, (const char *[]) { NULL }, NULL, NULL, &error));
    g_assert_no_error (error);
  }

  /* As it was kept; the same as from scratch. */
  expected = open_and_compare (dir, "kept.dossier", FALSE, NULL, NULL);
  g_free (open_and_compare (dir, "kept.dossier", TRUE, NULL, expected));

  /* Another analyser's: analysed again, and kept as its; then this one's
   * are not those, and the dossier is analysed again, and kept. */
  g_free (open_and_compare (dir, "kept.dossier", FALSE, "another analyser", expected));
  g_free (open_and_compare (dir, "kept.dossier", TRUE, "another analyser", expected));
  g_free (open_and_compare (dir, "kept.dossier", FALSE, NULL, expected));
  g_free (open_and_compare (dir, "kept.dossier", TRUE, NULL, expected));

  for (guint i = 0; i < G_N_ELEMENTS (damages); i++)
    {
      g_test_message ("kept results with %s", damages[i].what);
      change_file (path, damages[i].sql);
      g_free (open_and_compare (dir, "kept.dossier", FALSE, NULL, expected));
      /* Kept anew. */
      g_free (open_and_compare (dir, "kept.dossier", TRUE, NULL, expected));
    }

  /* A correction made by another program: analysed again, with it. */
  change_file (path, "INSERT INTO corrections (kind, source, entity, value, created) "
                     "SELECT 'published', min (id), NULL, '2024-10-15', '2024-10-20T00:00:00Z' FROM sources");
  g_clear_pointer (&expected, g_free);
  expected = open_and_compare (dir, "kept.dossier", FALSE, NULL, NULL);
  g_free (open_and_compare (dir, "kept.dossier", TRUE, NULL, expected));

  /* A source's bytes changed by another program, its digest with them. */
  {
    g_autofree char *text = g_strdup ("Mayor opens new bridge\n\nThe mayor of Quellhafen opened the new bridge "
                                      "over the river on Friday, 18 October 2024, before a large crowd.\n");
    g_autofree char *digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);
    g_autofree char *sql = g_strdup_printf ("UPDATE sources SET content = CAST ('%s' AS BLOB), digest = '%s' "
                                            "WHERE id = (SELECT max (id) FROM sources)", text, digest);

    change_file (path, sql);
    g_clear_pointer (&expected, g_free);
    expected = open_and_compare (dir, "kept.dossier", FALSE, NULL, NULL);
    g_assert_nonnull (strstr (expected, "Quellhafen"));
    g_free (open_and_compare (dir, "kept.dossier", TRUE, NULL, expected));
  }

  /* A source removed by another program. */
  change_file (path, "DELETE FROM sources WHERE id = (SELECT max (id) FROM sources)");
  g_clear_pointer (&expected, g_free);
  expected = open_and_compare (dir, "kept.dossier", FALSE, NULL, NULL);
  g_assert_null (strstr (expected, "Quellhafen"));
  g_free (open_and_compare (dir, "kept.dossier", TRUE, NULL, expected));

  /* The table gone (an older Dossier's file, or one tidied). */
  change_file (path, "DROP TABLE kept_results");
  g_free (open_and_compare (dir, "kept.dossier", FALSE, NULL, expected));
  g_free (open_and_compare (dir, "kept.dossier", TRUE, NULL, expected));

  g_unlink (path);
  g_rmdir (dir);
}

/* The core alone: an analysis reusing an earlier one's results, on three
 * threads, against one from scratch on one thread, over articles some of
 * which changed (a date corrected, one added, one dropped). */
static void
test_core_threads (void)
{
  g_autofree char *undated = data_path ("data/cli/undated.txt");
  g_autoptr(DossierGazetteer) gazetteer = dossier_gazetteer_new_default ();
  g_autoptr(DossierAnalysis) reusing = dossier_analysis_new (gazetteer);
  g_autoptr(DossierAnalysis) from_scratch = dossier_analysis_new (gazetteer);
  g_autoptr(DossierAnalysis) seeds = dossier_analysis_new (gazetteer);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  /* What the seeds' analysis kept. */
  for (guint i = 0; i < G_N_ELEMENTS (dossier_test_seeds); i++)
    dossier_analysis_add_document (seeds, dossier_test_clean_seed (i));
  dossier_analysis_set_keeps_results (seeds, TRUE);
  dossier_analysis_set_threads (seeds, 2);
  dossier_analysis_run (seeds);
  g_assert_cmpuint (dossier_analysis_get_n_reused (seeds), ==, 0);

  /* Seeds 1–4 (0 dropped), seed 2 with another date, an undated article. */
  for (guint i = 1; i < G_N_ELEMENTS (dossier_test_seeds); i++)
    {
      DossierDocument *x = dossier_test_clean_seed (i);
      DossierDocument *y = dossier_test_clean_seed (i);

      if (i == 2)
        {
          dossier_date_parse_iso ("2024-10-15", &x->published);
          dossier_date_parse_iso ("2024-10-15", &y->published);
          x->published_from = y->published_from = DOSSIER_DATE_SOURCE_USER;
        }
      dossier_analysis_add_document (reusing, x);
      dossier_analysis_add_document (from_scratch, y);
    }
  dossier_analysis_add_document (reusing, dossier_test_clean_file (undated));
  dossier_analysis_add_document (from_scratch, dossier_test_clean_file (undated));

  dossier_analysis_reuse (reusing, seeds);
  dossier_analysis_set_threads (reusing, 3);
  dossier_analysis_run (reusing);
  g_assert_cmpuint (dossier_analysis_get_n_reused (reusing), ==, 3);
  dossier_analysis_run (from_scratch);

  a = analysis_json (reusing);
  b = analysis_json (from_scratch);
  g_assert_cmpstr (a, ==, b);

  /* Run again, it reuses its own: every article. */
  dossier_analysis_run (reusing);
  dossier_analysis_run (from_scratch);
  g_assert_cmpuint (dossier_analysis_get_n_reused (reusing), ==, 5);
  g_free (a);
  g_free (b);
  a = analysis_json (reusing);
  b = analysis_json (from_scratch);
  g_assert_cmpstr (a, ==, b);
}

/* The mentions of an article taken as an earlier analysis kept it borrow
 * their keys and names from what was kept: the same as those found from
 * scratch, readable for as long as their analysis lives (the analysis
 * they were kept by gone, the same article twice), and replaced or freed
 * without freeing what they borrowed. */
static void
test_borrowed_mentions (void)
{
  g_autoptr(DossierGazetteer) gazetteer = dossier_gazetteer_new_default ();
  g_autoptr(DossierAnalysis) reusing = dossier_analysis_new (gazetteer);
  g_autoptr(DossierAnalysis) from_scratch = dossier_analysis_new (gazetteer);
  DossierAnalysis *seeds = dossier_analysis_new (gazetteer);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  guint n_borrowed = 0, n_mentions = 0;

  /* Each seed twice: two articles of one digest. */
  for (guint i = 0; i < 2 * G_N_ELEMENTS (dossier_test_seeds); i++)
    {
      guint seed = i % G_N_ELEMENTS (dossier_test_seeds);

      dossier_analysis_add_document (seeds, dossier_test_clean_seed (seed));
      dossier_analysis_add_document (reusing, dossier_test_clean_seed (seed));
      dossier_analysis_add_document (from_scratch, dossier_test_clean_seed (seed));
    }
  dossier_analysis_set_keeps_results (seeds, TRUE);
  dossier_analysis_run (seeds);
  dossier_analysis_reuse (reusing, seeds);
  dossier_analysis_set_threads (reusing, 2);
  dossier_analysis_run (reusing);
  g_assert_cmpuint (dossier_analysis_get_n_reused (reusing), ==, 2 * G_N_ELEMENTS (dossier_test_seeds));
  /* What it was kept by gone, run again on what it kept itself. */
  dossier_analysis_unref (seeds);
  dossier_analysis_run (reusing);
  dossier_analysis_run (from_scratch);
  g_assert_cmpuint (dossier_analysis_get_n_reused (reusing), ==, 2 * G_N_ELEMENTS (dossier_test_seeds));
  a = analysis_json (reusing);
  b = analysis_json (from_scratch);
  g_assert_cmpstr (a, ==, b);

  for (guint d = 0; d < dossier_analysis_get_n_documents (reusing); d++)
    {
      DossierDocument *document = dossier_analysis_get_document (reusing, d);
      DossierDocument *expected = dossier_analysis_get_document (from_scratch, d);

      g_assert_cmpuint (document->mentions->len, ==, expected->mentions->len);
      for (guint m = 0; m < document->mentions->len; m++)
        {
          DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
          const DossierMention *found = &g_array_index (expected->mentions, DossierMention, m);

          g_assert_cmpstr (mention->key, ==, found->key);
          g_assert_cmpstr (mention->canonical, ==, found->canonical);
          g_assert_false (found->key_borrowed || found->canonical_borrowed);
          n_borrowed += mention->key_borrowed + mention->canonical_borrowed;
          n_mentions++;
        }
    }
  /* The resolver replaces some; most are borrowed. */
  g_assert_cmpuint (n_borrowed, >, n_mentions);

  /* Replaced, then freed, one at a time: what is borrowed stays as it was
   * for the other article of the same digest. */
  {
    DossierDocument *document = dossier_analysis_get_document (reusing, 0);
    DossierDocument *twin = dossier_analysis_get_document (reusing, G_N_ELEMENTS (dossier_test_seeds));
    DossierMention *mention = NULL;
    g_autofree char *key = NULL;
    gboolean twin_has_it = FALSE;

    for (guint m = 0; m < document->mentions->len && mention == NULL; m++)
      if (g_array_index (document->mentions, DossierMention, m).key_borrowed &&
          g_array_index (document->mentions, DossierMention, m).canonical_borrowed)
        mention = &g_array_index (document->mentions, DossierMention, m);
    g_assert_nonnull (mention);
    key = g_strdup (mention->key);
    dossier_mention_take_key (mention, g_strdup ("replaced"));
    g_assert_false (mention->key_borrowed);
    g_assert_true (mention->canonical_borrowed);
    dossier_mention_clear_strings (mention);
    g_assert_null (mention->key);
    g_assert_null (mention->canonical);
    g_assert_false (mention->canonical_borrowed);
    for (guint m = 0; m < twin->mentions->len; m++)
      twin_has_it |= g_strcmp0 (g_array_index (twin->mentions, DossierMention, m).key, key) == 0;
    g_assert_true (twin_has_it);
    dossier_document_clear_analysis (document);
    g_assert_null (document->held_strings);
  }
  /* The twin's analysis still reads as it did. */
  for (guint m = 0; m < dossier_analysis_get_document (reusing, G_N_ELEMENTS (dossier_test_seeds))->mentions->len; m++)
    {
      DossierDocument *twin = dossier_analysis_get_document (reusing, G_N_ELEMENTS (dossier_test_seeds));
      DossierDocument *expected = dossier_analysis_get_document (from_scratch, G_N_ELEMENTS (dossier_test_seeds));

      g_assert_cmpstr (g_array_index (twin->mentions, DossierMention, m).key, ==,
                       g_array_index (expected->mentions, DossierMention, m).key);
      g_assert_cmpstr (g_array_index (twin->mentions, DossierMention, m).canonical, ==,
                       g_array_index (expected->mentions, DossierMention, m).canonical);
    }
}

/* A document scanned as the first, per-article step of an analysis
 * scans it: its mentions, with those left pending in @pending, and its
 * full names' surnames added to @surnames. */
static DossierDocument *
scan_for_judging (DossierEntityRecognizer *recognizer,
                  DossierDocument         *document,
                  GHashTable              *surnames,
                  GArray                  *pending)
{
  for (guint p = 0; p < document->paragraphs->len; p++)
    {
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);

      dossier_sentences_split (paragraph->text, paragraph->len, paragraph->sentences);
    }
  dossier_entity_recognizer_scan (recognizer, document, surnames, pending);
  return document;
}

static void
assert_same_mentions (GArray *a,
                      GArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint m = 0; m < a->len; m++)
    {
      const DossierMention *x = &g_array_index (a, DossierMention, m);
      const DossierMention *y = &g_array_index (b, DossierMention, m);

      g_assert_cmpuint (x->paragraph, ==, y->paragraph);
      g_assert_cmpuint (x->start, ==, y->start);
      g_assert_cmpuint (x->end, ==, y->end);
      g_assert_cmpint (x->type, ==, y->type);
      g_assert_cmpint (x->entity, ==, y->entity);
      g_assert_cmpstr (x->key, ==, y->key);
      g_assert_cmpstr (x->canonical, ==, y->canonical);
    }
}

static void
assert_same_set (GHashTable *a,
                 GHashTable *b)
{
  GHashTableIter iter;
  gpointer key;

  g_assert_cmpuint (g_hash_table_size (a), ==, g_hash_table_size (b));
  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_assert_true (g_hash_table_contains (b, key));
}

static void
free_pending (GArray *pending)
{
  for (guint c = 0; c < pending->len; c++)
    dossier_mention_clear_strings (&g_array_index (pending, DossierMention, c));
  g_array_unref (pending);
}

/* The names judged across the dossier, taken as an earlier judging of the
 * same article decided (dossier_name_candidates_accept_as_judged ()), are
 * what judging them again gives: the same mentions accepted, with the
 * same keys and names (a lone first name taken for its person's), the
 * same left pending, the same keys confirmed; and they are not taken,
 * nothing changed, where a candidate's key is known otherwise. */
static void
test_name_verdicts_kept (void)
{
  const char *invented =
    "Ferry service resumes\n\n"
    "Grace Mugabe arrived in Harare on Monday. Later on, Grace thanked the crowd.\n\n"
    "Tandeka Quorrel spoke first. After the vote, Tandeka left the hall.\n\n"
    "Coco Marsh won the final on Sunday, and Marsh said she was tired. "
    "Dorota Lindqvist, who coaches her, watched. Lindqvist smiled.\n\n"
    "Later Pell and Brandt spoke to Okafor about the Ferris wheel.\n";
  g_autoptr(DossierGazetteer) gazetteer = dossier_gazetteer_new_default ();
  DossierEntityRecognizer *recognizer = dossier_entity_recognizer_new (gazetteer);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  guint n_documents, n_replaced = 0, n_accepted = 0, n_left = 0, n_confirms = 0;

  for (guint i = 0; i < G_N_ELEMENTS (dossier_test_seeds); i++)
    g_ptr_array_add (paths, g_test_build_filename (G_TEST_DIST, "..", "seeds", dossier_test_seeds[i], NULL));
  for (guint i = 1; i <= 4; i++)
    {
      const char *names[] = { NULL, "1-vellmar-herald.txt", "2-coastal-daily.txt", "3-vellmar-herald-ferry.txt",
                              "4-coastal-daily-ferry.txt" };
      g_autofree char *path = g_strconcat ("data/reports/", names[i], NULL);

      g_ptr_array_add (paths, data_path (path));
    }
  g_ptr_array_add (paths, data_path ("data/cli/undated.txt"));
  n_documents = paths->len + 1;

  /* Each article twice, judged against the surnames of all: once noting
   * what was decided, once taking it. */
  {
    g_autoptr(GHashTable) surnames = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    g_autoptr(GHashTable) confirmed_noting = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    g_autoptr(GHashTable) confirmed_taking = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    g_autoptr(GPtrArray) noting = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_document_free);
    g_autoptr(GPtrArray) taking = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_document_free);
    g_autoptr(GPtrArray) pending_noting = g_ptr_array_new_with_free_func ((GDestroyNotify) free_pending);
    g_autoptr(GPtrArray) pending_taking = g_ptr_array_new_with_free_func ((GDestroyNotify) free_pending);

    for (guint d = 0; d < n_documents; d++)
      {
        for (guint twice = 0; twice < 2; twice++)
          {
            DossierDocument *document = d < paths->len
                                        ? dossier_test_clean_file (g_ptr_array_index (paths, d))
                                        : dossier_test_clean_string (invented);
            GArray *pending = g_array_new (FALSE, TRUE, sizeof (DossierMention));

            scan_for_judging (recognizer, document, surnames, pending);
            g_ptr_array_add (twice == 0 ? noting : taking, document);
            g_ptr_array_add (twice == 0 ? pending_noting : pending_taking, pending);
          }
      }
    for (guint d = 0; d < n_documents; d++)
      {
        DossierDocument *a = g_ptr_array_index (noting, d);
        DossierDocument *b = g_ptr_array_index (taking, d);
        GArray *pending_a = g_ptr_array_index (pending_noting, d);
        GArray *pending_b = g_ptr_array_index (pending_taking, d);
        g_autoptr(GArray) verdicts = g_array_new (FALSE, FALSE, sizeof (DossierNameVerdict));
        g_autoptr(GHashTable) known_otherwise = g_hash_table_new (g_str_hash, g_str_equal);
        guint n_pending = pending_b->len;

        dossier_name_candidates_accept_pending_noting (a, pending_a, surnames, confirmed_noting, verdicts);
        g_assert_cmpuint (verdicts->len, ==, n_pending);
        for (guint c = 0; c < verdicts->len; c++)
          {
            const DossierNameVerdict *verdict = &g_array_index (verdicts, DossierNameVerdict, c);

            n_replaced += verdict->person >= 0;
            n_accepted += verdict->accepted;
            n_left += !verdict->accepted;
            n_confirms += verdict->confirms;
          }

        /* A candidate's key known where it was not, or not where it was:
         * not taken, nothing changed. */
        if (n_pending > 0)
          {
            const DossierMention *first = &g_array_index (pending_b, DossierMention, 0);

            if (!g_hash_table_contains (surnames, first->key))
              g_hash_table_add (known_otherwise, first->key);
            g_assert_false (dossier_name_candidates_accept_as_judged (b, pending_b, known_otherwise, NULL,
                                                                      (const DossierNameVerdict *) verdicts->data,
                                                                      verdicts->len));
            g_assert_cmpuint (pending_b->len, ==, n_pending);
          }
        /* Verdicts of another article's candidates: not taken. */
        if (verdicts->len > 0)
          g_assert_false (dossier_name_candidates_accept_as_judged (b, pending_b, surnames, NULL,
                                                                    (const DossierNameVerdict *) verdicts->data,
                                                                    verdicts->len - 1));

        g_assert_true (dossier_name_candidates_accept_as_judged (b, pending_b, surnames, confirmed_taking,
                                                                 (const DossierNameVerdict *) verdicts->data,
                                                                 verdicts->len));
        assert_same_mentions (a->mentions, b->mentions);
        assert_same_mentions (pending_a, pending_b);
      }
    assert_same_set (confirmed_noting, confirmed_taking);
    g_test_message ("%u candidates accepted (%u as their person's first name), %u left, %u confirming",
                    n_accepted, n_replaced, n_left, n_confirms);
    g_assert_cmpuint (n_replaced, >, 0);
    g_assert_cmpuint (n_accepted, >, n_replaced);
    g_assert_cmpuint (n_left, >, 0);
    g_assert_cmpuint (n_confirms, >, 0);
  }
  dossier_entity_recognizer_free (recognizer);
}

/* The seeds, the reports and an invented article as the analysis gives
 * them to the entity resolution: scanned, their names judged, their
 * quotes found. */
static GPtrArray *
documents_to_resolve (DossierEntityRecognizer *recognizer)
{
  g_autoptr(GHashTable) surnames = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) confirmed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) pending = g_ptr_array_new_with_free_func ((GDestroyNotify) free_pending);
  GPtrArray *documents = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_document_free);
  const char *reports[] = { "data/reports/1-vellmar-herald.txt", "data/reports/2-coastal-daily.txt",
                            "data/reports/3-vellmar-herald-ferry.txt", "data/reports/4-coastal-daily-ferry.txt" };

  for (guint i = 0; i < G_N_ELEMENTS (dossier_test_seeds); i++)
    g_ptr_array_add (documents, dossier_test_clean_seed (i));
  for (guint i = 0; i < G_N_ELEMENTS (reports); i++)
    {
      g_autofree char *path = data_path (reports[i]);

      g_ptr_array_add (documents, dossier_test_clean_file (path));
    }
  g_ptr_array_add (documents, dossier_test_clean_string ("Ferry service resumes\n\n"
                                                         "\u201cWe are back,\u201d said Tandeka Quorrel, who runs it. "
                                                         "Quorrel thanked the crew.\n\n"
                                                         "The Harbour Workers Union (HWU) backed the plan, and "
                                                         "the HWU said so on Monday. Officials of Vellmar Ferries "
                                                         "and VELLMAR FERRIES staff met the Vellmarferries board. "
                                                         "Eastern Fleet Holdings and the Fleet Holdings group "
                                                         "agreed.\n"));
  for (guint d = 0; d < documents->len; d++)
    {
      GArray *document_pending = g_array_new (FALSE, TRUE, sizeof (DossierMention));

      g_free (dossier_kept_article_digest (g_ptr_array_index (documents, d)));
      scan_for_judging (recognizer, g_ptr_array_index (documents, d), surnames, document_pending);
      g_ptr_array_add (pending, document_pending);
    }
  for (guint d = 0; d < documents->len; d++)
    dossier_name_candidates_accept_pending (g_ptr_array_index (documents, d), g_ptr_array_index (pending, d),
                                            surnames, confirmed);
  for (guint d = 0; d < documents->len; d++)
    {
      dossier_name_candidates_accept_confirmed (g_ptr_array_index (documents, d), g_ptr_array_index (pending, d),
                                                confirmed, NULL, NULL);
      dossier_quotes_find (g_ptr_array_index (documents, d), recognizer);
    }
  /* The acronym given as a place's: the resolver makes it the type of the
   * name it stands for, so that a type changed is put back too. */
  {
    DossierDocument *invented = g_ptr_array_index (documents, documents->len - 1);
    gboolean retyped = FALSE;

    for (guint m = 0; m < invented->mentions->len; m++)
      {
        DossierMention *mention = &g_array_index (invented->mentions, DossierMention, m);

        if (g_strcmp0 (mention->canonical, "HWU") == 0 && !retyped)
          {
            mention->type = DOSSIER_ENTITY_PLACE;
            retyped = TRUE;
          }
      }
    g_assert_true (retyped);
  }
  return documents;
}

static void
assert_same_resolution (GPtrArray *documents,
                        GPtrArray *entities,
                        GPtrArray *expected_documents,
                        GPtrArray *expected_entities)
{
  g_assert_cmpuint (entities->len, ==, expected_entities->len);
  for (guint e = 0; e < entities->len; e++)
    {
      const DossierEntityRecord *x = g_ptr_array_index (entities, e);
      const DossierEntityRecord *y = g_ptr_array_index (expected_entities, e);

      g_assert_cmpstr (x->name, ==, y->name);
      g_assert_cmpstr (x->key, ==, y->key);
      g_assert_cmpint (x->type, ==, y->type);
      g_assert_cmpuint (x->mentions, ==, y->mentions);
      g_assert_cmpuint (x->aliases->len, ==, y->aliases->len);
      for (guint a = 0; a < x->aliases->len; a++)
        g_assert_cmpstr (g_ptr_array_index (x->aliases, a), ==, g_ptr_array_index (y->aliases, a));
      g_assert_cmpmem (x->documents->data, x->documents->len * sizeof (guint), y->documents->data,
                       y->documents->len * sizeof (guint));
      g_assert_true ((x->probably_same == NULL) == (y->probably_same == NULL));
    }
  g_assert_cmpuint (documents->len, ==, expected_documents->len);
  for (guint d = 0; d < documents->len; d++)
    {
      const DossierDocument *x = g_ptr_array_index (documents, d);
      const DossierDocument *y = g_ptr_array_index (expected_documents, d);

      assert_same_mentions (x->mentions, y->mentions);
      g_assert_cmpuint (x->quotes->len, ==, y->quotes->len);
      for (guint q = 0; q < x->quotes->len; q++)
        g_assert_cmpint (g_array_index (x->quotes, DossierQuote, q).speaker_entity, ==,
                         g_array_index (y->quotes, DossierQuote, q).speaker_entity);
    }
}

/* The entity resolution taken as the last analysis made it, where it is
 * given the same mentions (dossier_kept_resolution_resolve ()), is what
 * resolving them again gives; given a mention changed, or articles in
 * another order, it is resolved again. */
static void
test_resolution_kept (void)
{
  g_autoptr(DossierGazetteer) gazetteer = dossier_gazetteer_new_default ();
  DossierEntityRecognizer *recognizer = dossier_entity_recognizer_new (gazetteer);
  g_autoptr(GPtrArray) plain = documents_to_resolve (recognizer);
  g_autoptr(GPtrArray) first = documents_to_resolve (recognizer);
  g_autoptr(GPtrArray) again = documents_to_resolve (recognizer);
  g_autoptr(GPtrArray) plain_entities = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_entity_record_free);
  g_autoptr(GPtrArray) entities = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_entity_record_free);
  g_autoptr(DossierKeptResolution) made = NULL;
  g_autoptr(DossierKeptResolution) taken = NULL;
  guint n_speakers = 0, n_replaced = 0, n_retyped = 0;

  dossier_entities_resolve (plain, gazetteer, plain_entities);
  made = dossier_kept_resolution_resolve (first, gazetteer, entities, NULL);
  g_assert_nonnull (made);
  assert_same_resolution (first, entities, plain, plain_entities);

  /* Taken, into entities that held others. */
  taken = dossier_kept_resolution_resolve (again, gazetteer, entities, made);
  g_assert_true (taken == made);
  assert_same_resolution (again, entities, plain, plain_entities);
  for (guint d = 0; d < plain->len; d++)
    {
      const DossierDocument *document = g_ptr_array_index (plain, d);

      for (guint q = 0; q < document->quotes->len; q++)
        n_speakers += g_array_index (document->quotes, DossierQuote, q).speaker_entity >= 0;
    }
  /* The resolver replaced some keys ("U.S." is the United States'). */
  {
    g_autoptr(GPtrArray) scanned = documents_to_resolve (recognizer);

    for (guint d = 0; d < plain->len; d++)
      {
        const DossierDocument *resolved = g_ptr_array_index (plain, d);
        const DossierDocument *given = g_ptr_array_index (scanned, d);

        for (guint m = 0; m < resolved->mentions->len; m++)
          {
            n_replaced += g_strcmp0 (g_array_index (resolved->mentions, DossierMention, m).key,
                                     g_array_index (given->mentions, DossierMention, m).key) != 0;
            n_retyped += g_array_index (resolved->mentions, DossierMention, m).type !=
                         g_array_index (given->mentions, DossierMention, m).type;
          }
      }
  }
  g_test_message ("%u entities, %u keys replaced, %u types changed, %u speakers", plain_entities->len, n_replaced,
                  n_retyped, n_speakers);
  g_assert_cmpuint (n_replaced, >, 0);
  g_assert_cmpuint (n_retyped, >, 0);
  g_assert_cmpuint (n_speakers, >, 0);

  /* One mention's key changed, then one quote's speaker, then two articles
   * swapped: resolved again, as from scratch. */
  for (guint change = 0; change < 3; change++)
    {
      g_autoptr(GPtrArray) changed = documents_to_resolve (recognizer);
      g_autoptr(GPtrArray) changed_plain = documents_to_resolve (recognizer);
      g_autoptr(GPtrArray) changed_plain_entities =
        g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_entity_record_free);
      g_autoptr(DossierKeptResolution) redone = NULL;

      for (guint twice = 0; twice < 2; twice++)
        {
          GPtrArray *documents = twice == 0 ? changed : changed_plain;
          DossierDocument *last = g_ptr_array_index (documents, documents->len - 1);

          if (change == 0)
            {
              DossierMention *mention = &g_array_index (last->mentions, DossierMention, 0);

              dossier_mention_take_key (mention, g_strconcat (mention->key, "x", NULL));
            }
          else if (change == 1)
            {
              g_assert_cmpuint (last->quotes->len, >, 0);
              g_array_index (last->quotes, DossierQuote, 0).speaker_mention = -1;
            }
          else
            {
              gpointer swap = documents->pdata[0];

              documents->pdata[0] = documents->pdata[1];
              documents->pdata[1] = swap;
            }
        }
      dossier_entities_resolve (changed_plain, gazetteer, changed_plain_entities);
      redone = dossier_kept_resolution_resolve (changed, gazetteer, entities, made);
      g_assert_true (redone != made);
      assert_same_resolution (changed, entities, changed_plain, changed_plain_entities);
    }
  dossier_entity_recognizer_free (recognizer);
}

/* The digest an article is kept under, as the checksum is fed field by
 * field. */
static char *
digest_field_by_field (DossierDocument *document)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA1);
  g_autofree char *paragraphs = NULL;

  g_assert_nonnull (document->paragraphs_digest);
  paragraphs = g_strdup (document->paragraphs_digest);
  dossier_checksum_add_text (checksum, document->title, -1);
  dossier_checksum_add_text (checksum, document->outlet, -1);
  dossier_checksum_add_text (checksum, document->author, -1);
  dossier_checksum_add_text (checksum, document->address, -1);
  dossier_checksum_add_text (checksum, document->language, -1);
  dossier_checksum_add_text (checksum, document->encoding, -1);
  dossier_checksum_add_text (checksum, document->published_evidence, -1);
  dossier_checksum_add_int (checksum, document->published.year);
  dossier_checksum_add_int (checksum, document->published.month);
  dossier_checksum_add_int (checksum, document->published.day);
  dossier_checksum_add_int (checksum, document->published.hour);
  dossier_checksum_add_int (checksum, document->published.minute);
  dossier_checksum_add_int (checksum, document->published.precision);
  dossier_checksum_add_int (checksum, document->published_from);
  dossier_checksum_add_int (checksum, document->is_html);
  dossier_checksum_add_int (checksum, document->uncleaned);
  dossier_checksum_add_text (checksum, paragraphs, -1);
  return g_strdup (g_checksum_get_string (checksum));
}

/* An article's digest is the checksum of its fields fed one by one; a
 * copy of an article whose digest was made takes it where its metadata
 * are unchanged, and makes it again where one changed. */
static void
test_digest_kept (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (dossier_test_seeds); i++)
    {
      g_autoptr(DossierDocument) document = dossier_test_clean_seed (i);
      g_autofree char *digest = dossier_kept_article_digest (document);
      g_autofree char *expected = digest_field_by_field (document);
      g_autoptr(DossierDocument) copy = dossier_document_copy (document);
      g_autofree char *again = NULL;
      g_autofree char *copied = dossier_kept_article_digest (copy);

      g_assert_cmpstr (digest, ==, expected);
      g_assert_cmpstr (copied, ==, expected);
      g_assert_nonnull (copy->analysis_digest_of);
      /* Each field changed in turn, on a copy: made again, as fed field by
       * field; the digest of the unchanged document stays. */
      for (guint change = 0; change < 5; change++)
        {
          g_autoptr(DossierDocument) changed = dossier_document_copy (document);
          g_autofree char *made = NULL;
          g_autofree char *fed = NULL;

          switch (change)
            {
            case 0:
              g_free (changed->title);
              changed->title = g_strdup ("Another title");
              break;
            case 1:
              g_free (changed->outlet);
              changed->outlet = changed->outlet == NULL ? g_strdup ("") : NULL;
              break;
            case 2:
              changed->published.day = changed->published.day % 28 + 1;
              break;
            case 3:
              changed->published_from = changed->published_from == DOSSIER_DATE_SOURCE_USER ? DOSSIER_DATE_SOURCE_NONE
                                                                                              : DOSSIER_DATE_SOURCE_USER;
              break;
            default:
              changed->uncleaned = !changed->uncleaned;
              break;
            }
          made = dossier_kept_article_digest (changed);
          fed = digest_field_by_field (changed);
          g_assert_cmpstr (made, ==, fed);
          g_test_message ("seed %u, change %u", i, change);
          g_assert_cmpstr (made, !=, expected);
        }
      again = dossier_kept_article_digest (document);
      g_assert_cmpstr (again, ==, expected);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/incremental/corpus-steps", test_corpus_steps);
  g_test_add_func ("/incremental/core-threads", test_core_threads);
  g_test_add_func ("/incremental/kept-refused", test_kept_refused);
  g_test_add_func ("/incremental/borrowed-mentions", test_borrowed_mentions);
  g_test_add_func ("/incremental/name-verdicts-kept", test_name_verdicts_kept);
  g_test_add_func ("/incremental/resolution-kept", test_resolution_kept);
  g_test_add_func ("/incremental/digest-kept", test_digest_kept);
  return g_test_run ();
}
