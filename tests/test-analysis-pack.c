/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* An analysis packed and read back is the same analysis: every document,
 * entity and event, packed again, gives the same bytes; and packed bytes
 * cut short or changed are refused, never read past their end. */

#include "dossier-test-util.h"

#include "dossier-analysis-pack.h"

static GBytes *
pack_documents (DossierAnalysis *analysis)
{
  DossierPackWriter writer;

  dossier_pack_writer_init (&writer);
  for (guint d = 0; d < dossier_analysis_get_n_documents (analysis); d++)
    dossier_pack_put_document (&writer, dossier_analysis_get_document (analysis, d));
  return dossier_pack_writer_finish (&writer);
}

static GBytes *
pack_results (DossierAnalysis *analysis)
{
  DossierPackWriter writer;

  dossier_pack_writer_init (&writer);
  dossier_pack_put_results (&writer, analysis);
  return dossier_pack_writer_finish (&writer);
}

/* @analysis read back from its packs into a new analysis, or NULL when
 * they do not read. */
static DossierAnalysis *
unpack (GBytes *documents_pack,
        GBytes *results_pack,
        guint   n_documents)
{
  g_autoptr(DossierGazetteer) gazetteer = dossier_gazetteer_new_default ();
  g_autoptr(DossierAnalysis) analysis = dossier_analysis_new (gazetteer);
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_document_free);
  g_autoptr(GPtrArray) entities = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_entity_record_free);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_event_record_free);
  DossierPackReader reader;
  gsize size;
  const guint8 *data = g_bytes_get_data (documents_pack, &size);
  gboolean ok;

  dossier_pack_reader_init (&reader, data, size);
  for (guint d = 0; d < n_documents; d++)
    {
      DossierDocument *document = dossier_pack_get_document (&reader);

      if (document == NULL)
        {
          g_test_message ("document %u does not read (at byte %" G_GSIZE_FORMAT ")", d, reader.at);
          break;
        }
      g_ptr_array_add (documents, document);
    }
  ok = dossier_pack_reader_done (&reader) && documents->len == n_documents;
  dossier_pack_reader_clear (&reader);
  if (!ok)
    return NULL;

  data = g_bytes_get_data (results_pack, &size);
  dossier_pack_reader_init (&reader, data, size);
  ok = dossier_pack_get_results (&reader, n_documents, entities, events) && dossier_pack_reader_done (&reader) &&
       dossier_pack_check_events (events, documents);
  dossier_pack_reader_clear (&reader);
  if (!ok)
    return NULL;
  for (guint d = 0; d < documents->len; d++)
    if (!dossier_pack_check_document (g_ptr_array_index (documents, d), entities->len))
      return NULL;
  for (guint d = 0; d < documents->len; d++)
    dossier_analysis_add_document (analysis, g_steal_pointer (&g_ptr_array_index (documents, d)));
  dossier_analysis_take_results (analysis, entities, events);
  return g_steal_pointer (&analysis);
}

static DossierAnalysis *
analyse_data (void)
{
  const char *files[] = { "data/cli/undated.txt", "data/clean/wire-story.txt",
                          "data/clean/newspaper-place-dateline.txt", "data/clean/published-updated.txt" };
  g_autoptr(DossierGazetteer) gazetteer = dossier_gazetteer_new_default ();
  DossierAnalysis *analysis = dossier_analysis_new (gazetteer);

  for (guint i = 0; i < G_N_ELEMENTS (dossier_test_seeds); i++)
    dossier_analysis_add_document (analysis, dossier_test_clean_seed (i));
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, files[i], NULL);
      dossier_analysis_add_document (analysis, dossier_test_clean_file (path));
    }
  dossier_analysis_run (analysis);
  return analysis;
}

static void
test_round_trip (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse_data ();
  g_autoptr(GBytes) documents = pack_documents (analysis);
  g_autoptr(GBytes) results = pack_results (analysis);
  g_autoptr(DossierAnalysis) read = unpack (documents, results, dossier_analysis_get_n_documents (analysis));
  g_autoptr(GBytes) documents_again = NULL;
  g_autoptr(GBytes) results_again = NULL;

  g_assert_nonnull (read);
  g_assert_cmpuint (dossier_analysis_get_n_documents (read), ==, dossier_analysis_get_n_documents (analysis));
  g_assert_cmpuint (dossier_analysis_get_n_entities (read), ==, dossier_analysis_get_n_entities (analysis));
  g_assert_cmpuint (dossier_analysis_get_n_events (read), ==, dossier_analysis_get_n_events (analysis));
  g_assert_cmpuint (dossier_analysis_get_n_events (read), >, 0);
  documents_again = pack_documents (read);
  results_again = pack_results (read);
  g_assert_true (g_bytes_equal (documents, documents_again));
  g_assert_true (g_bytes_equal (results, results_again));

  /* What a person reads is there: the first paragraph, its mentions. */
  {
    DossierDocument *a = dossier_analysis_get_document (analysis, 0);
    DossierDocument *b = dossier_analysis_get_document (read, 0);
    DossierParagraph *p = g_ptr_array_index (a->paragraphs, 0);
    DossierParagraph *q = g_ptr_array_index (b->paragraphs, 0);

    g_assert_cmpstr (p->text, ==, q->text);
    g_assert_cmpuint (a->mentions->len, ==, b->mentions->len);
    g_assert_cmpstr (a->title, ==, b->title);
  }
}

/* Every shorter pack, and a pack with a byte changed, is refused or read
 * whole; never past its end (the sanitizers would see it). */
static void
test_damaged (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse_data ();
  g_autoptr(GBytes) documents = pack_documents (analysis);
  g_autoptr(GBytes) results = pack_results (analysis);
  guint n = dossier_analysis_get_n_documents (analysis);
  gsize size;
  const guint8 *data = g_bytes_get_data (documents, &size);
  gsize results_size;
  const guint8 *results_data = g_bytes_get_data (results, &results_size);

  /* Cut short: never read. */
  for (gsize cut = 0; cut < size; cut += 1 + cut / 7)
    {
      g_autoptr(GBytes) shorter = g_bytes_new (data, cut);
      g_autoptr(DossierAnalysis) read = unpack (shorter, results, n);

      g_assert_null (read);
    }
  for (gsize cut = 0; cut < results_size; cut += 1 + cut / 7)
    {
      g_autoptr(GBytes) shorter = g_bytes_new (results_data, cut);
      g_autoptr(DossierAnalysis) read = unpack (documents, shorter, n);

      g_assert_null (read);
    }
  /* A byte changed: read or refused, without a crash (a changed byte of
   * text reads; the file's part checksum is what refuses it there). */
  for (gsize at = 0; at < size; at += 1 + at / 5)
    {
      g_autofree guint8 *copy = g_memdup2 (data, size);
      g_autoptr(GBytes) changed = NULL;
      g_autoptr(DossierAnalysis) read = NULL;

      copy[at] ^= 0xa5;
      changed = g_bytes_new (copy, size);
      read = unpack (changed, results, n);
      (void) read;
    }
  for (gsize at = 0; at < results_size; at += 1 + at / 5)
    {
      g_autofree guint8 *copy = g_memdup2 (results_data, results_size);
      g_autoptr(GBytes) changed = NULL;
      g_autoptr(DossierAnalysis) read = NULL;

      copy[at] ^= 0x5a;
      changed = g_bytes_new (copy, results_size);
      read = unpack (documents, changed, n);
      (void) read;
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/analysis-pack/round-trip", test_round_trip);
  g_test_add_func ("/analysis-pack/damaged", test_damaged);
  return g_test_run ();
}
