/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Web Annotations read back: what the writer wrote comes back as it was;
 * the other shapes are found; whatever else is in the JSON is skipped
 * without a critical. */

#include <string.h>

#include <gio/gio.h>

#include "dossier-test-annotation.h"
#include "dossier-test-util.h"
#include "dossier-annotation-reader.h"
#include "dossier-annotation-writer.h"

static void
assert_same (DossierAnnotation *read,
             DossierAnnotation *written,
             gboolean           with_position)
{
  const DossierAnchor *a = dossier_annotation_get_anchor (read);
  const DossierAnchor *b = dossier_annotation_get_anchor (written);
  const char * const *tags_a = dossier_annotation_get_tags (read);
  const char * const *tags_b = dossier_annotation_get_tags (written);

  g_assert_cmpstr (dossier_annotation_get_id (read), ==, dossier_annotation_get_id (written));
  g_assert_cmpstr (dossier_annotation_get_note (read), ==, dossier_annotation_get_note (written));
  g_assert_cmpint (dossier_annotation_get_colour (read), ==, dossier_annotation_get_colour (written));
  g_assert_cmpstr (dossier_annotation_get_created (read), ==, dossier_annotation_get_created (written));
  g_assert_cmpstr (dossier_annotation_get_modified (read), ==, dossier_annotation_get_modified (written));
  g_assert_cmpstr (a->exact, ==, b->exact);
  g_assert_cmpstr (a->prefix, ==, b->prefix);
  g_assert_cmpstr (a->suffix, ==, b->suffix);
  if (with_position)
    {
      g_assert_cmpint (a->start, ==, b->start);
      g_assert_cmpint (a->end, ==, b->end);
    }
  g_assert_cmpuint (tags_a != NULL ? g_strv_length ((char **) tags_a) : 0, ==,
                    tags_b != NULL ? g_strv_length ((char **) tags_b) : 0);
  for (guint t = 0; tags_b != NULL && tags_b[t] != NULL; t++)
    g_assert_cmpstr (tags_a[t], ==, tags_b[t]);
}

static void
test_round_trip (void)
{
  g_autoptr(DossierAnalysis) analysis = dossier_test_analyse_seeds ();
  g_autoptr(DossierExportOptions) options = dossier_export_options_new (DOSSIER_EXPORT_JSON);
  g_autoptr(GString) written = g_string_new (NULL);
  g_autoptr(GPtrArray) read = NULL;
  g_autoptr(GError) error = NULL;
  const char *tags[] = { "fact-check", "Україна", NULL };
  DossierAnnotation *noted, *plain, *orphan, *gone;

  options->annotations = g_ptr_array_new_with_free_func (g_object_unref);
  noted = dossier_test_annotate (analysis, 1, "Zelensk", 0);
  dossier_annotation_set_note (noted, "Denied later, \"officially\";\nsee a1 — Київ");
  dossier_annotation_set_tags (noted, tags);
  dossier_annotation_set_colour (noted, DOSSIER_COLOUR_RED);
  g_ptr_array_add (options->annotations, noted);
  plain = dossier_test_annotate (analysis, 2, "NATO", 0);
  dossier_annotation_set_colour (plain, DOSSIER_COLOUR_PURPLE);
  g_ptr_array_add (options->annotations, plain);
  orphan = dossier_test_annotate (analysis, 3, "the", 0);
  dossier_annotation_set_orphaned (orphan, TRUE);
  g_ptr_array_add (options->annotations, orphan);
  /* Of an article no longer there, with an id that is no UUID. */
  gone = dossier_annotation_new ("imported: #1/2", 7);
  {
    DossierAnchor anchor = { .exact = (char *) "removed words", .start = 5, .end = 18 };
    dossier_annotation_set_anchor (gone, &anchor);
  }
  g_ptr_array_add (options->annotations, gone);

  dossier_annotation_write_collection (analysis, options, TRUE, written);
  read = dossier_annotations_read_jsonld (written->str, written->len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (read->len, ==, 4);

  /* In article order: a2, a3, a4, then the one of no article. */
  assert_same (g_ptr_array_index (read, 0), noted, TRUE);
  g_assert_cmpint (dossier_annotation_get_document (g_ptr_array_index (read, 0)), ==, 1);
  g_assert_false (dossier_annotation_get_orphaned (g_ptr_array_index (read, 0)));
  assert_same (g_ptr_array_index (read, 1), plain, TRUE);
  assert_same (g_ptr_array_index (read, 2), orphan, FALSE);
  g_assert_true (dossier_annotation_get_orphaned (g_ptr_array_index (read, 2)));
  g_assert_cmpint (dossier_annotation_get_document (g_ptr_array_index (read, 2)), ==, 3);
  assert_same (g_ptr_array_index (read, 3), gone, FALSE);
  g_assert_cmpint (dossier_annotation_get_source (g_ptr_array_index (read, 3)), ==, 7);
  g_assert_cmpint (dossier_annotation_get_document (g_ptr_array_index (read, 3)), ==, -1);
  g_assert_true (dossier_annotation_get_orphaned (g_ptr_array_index (read, 3)));
  /* The source of a known article is left for the caller to match. */
  g_assert_cmpint (dossier_annotation_get_source (g_ptr_array_index (read, 0)), ==, 0);
}

static guint
count (const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) read = dossier_annotations_read_jsonld (json, -1, &error);

  g_assert_no_error (error);
  return read->len;
}

#define ANNOTATION(exact) \
  "{\"type\": \"Annotation\", \"target\": {\"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"" exact "\"}}}"

static void
test_shapes (void)
{
  g_autoptr(GPtrArray) read = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (count (ANNOTATION ("one")), ==, 1);
  g_assert_cmpuint (count ("[" ANNOTATION ("one") ", " ANNOTATION ("two") "]"), ==, 2);
  g_assert_cmpuint (count ("{\"type\": \"AnnotationPage\", \"items\": [" ANNOTATION ("one") "]}"), ==, 1);
  g_assert_cmpuint (count ("{\"type\": \"AnnotationCollection\", \"first\": {\"items\": [" ANNOTATION ("one") "]}}"), ==, 1);
  g_assert_cmpuint (count ("{\"type\": \"AnnotationCollection\", \"total\": 0}"), ==, 0);
  g_assert_cmpuint (count ("{\"schema\": 1, \"annotations\": [" ANNOTATION ("one") "]}"), ==, 1);

  /* One body, not an array; a selector, not an array. */
  read = dossier_annotations_read_jsonld ("{\"type\": \"Annotation\", \"id\": \"urn:uuid:6f1c6d2e-3b5a-4c8e-9f0d-2a7b8c9d0e1f\","
                                          " \"body\": {\"type\": \"TextualBody\", \"purpose\": \"commenting\", \"value\": \"A note\"},"
                                          " \"target\": {\"styleClass\": \"dossier-green\", \"dossier:article\": \"a12\","
                                          "  \"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"words\"}}}", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (read->len, ==, 1);
  g_assert_cmpstr (dossier_annotation_get_id (g_ptr_array_index (read, 0)), ==, "6f1c6d2e-3b5a-4c8e-9f0d-2a7b8c9d0e1f");
  g_assert_cmpstr (dossier_annotation_get_note (g_ptr_array_index (read, 0)), ==, "A note");
  g_assert_cmpint (dossier_annotation_get_colour (g_ptr_array_index (read, 0)), ==, DOSSIER_COLOUR_GREEN);
  g_assert_cmpint (dossier_annotation_get_document (g_ptr_array_index (read, 0)), ==, 11);
}

/* Members of every wrong type: skipped, no critical (fatal here). */
static void
test_hostile (void)
{
  static const char *not_annotations[] = {
    "",
    "nul",
    "42",
    "\"Annotation\"",
    "{\"type\": 5}",
    "{\"type\": \"AnnotationCollection\", \"first\": []}",
  };
  g_autoptr(GPtrArray) read = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (not_annotations); i++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(GPtrArray) none = dossier_annotations_read_jsonld (not_annotations[i], -1, &local_error);

      /* An empty collection is a collection. */
      if (i == G_N_ELEMENTS (not_annotations) - 1)
        {
          g_assert_no_error (local_error);
          g_assert_cmpuint (none->len, ==, 0);
          continue;
        }
      g_assert_null (none);
      g_assert_nonnull (local_error);
    }

  read = dossier_annotations_read_jsonld (
    "[1, \"x\", null, [], {\"type\": \"Annotation\"}, {\"type\": \"Annotation\", \"target\": 5},"
    " {\"type\": \"Annotation\", \"target\": {\"selector\": \"x\"}},"
    " {\"type\": \"Annotation\", \"target\": {\"selector\": [{\"type\": \"TextQuoteSelector\", \"exact\": 3}]}},"
    " {\"type\": \"Annotation\", \"target\": {\"selector\": [{\"type\": \"TextQuoteSelector\", \"exact\": \"\"}]}},"
    " {\"type\": \"Annotation\", \"id\": 7, \"created\": [], \"modified\": {}, \"dossier:orphaned\": \"yes\","
    "  \"body\": [1, \"x\", {\"type\": \"TextualBody\", \"value\": 7, \"purpose\": \"commenting\"},"
    "            {\"type\": \"TextualBody\", \"value\": \"t\", \"purpose\": []}],"
    "  \"target\": {\"source\": \"urn:dossier:source:-4\", \"styleClass\": 3, \"dossier:article\": \"a0\","
    "   \"selector\": [{\"type\": \"TextPositionSelector\", \"start\": \"1\", \"end\": 9.5},"
    "                  {\"type\": \"TextQuoteSelector\", \"exact\": \"kept\", \"prefix\": 1, \"suffix\": null}]}},"
    " {\"type\": \"Annotation\", \"id\": \"urn:dossier:annotation:%00\","
    "  \"target\": {\"source\": \"urn:dossier:source:99999999999999999999\", \"dossier:article\": \"a99999999999\","
    "   \"selector\": [{\"type\": \"TextPositionSelector\", \"start\": 9, \"end\": 2},"
    "                  {\"type\": \"TextQuoteSelector\", \"exact\": \"also kept\"}]}}]", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (read->len, ==, 2);
  {
    DossierAnnotation *kept = g_ptr_array_index (read, 0);
    DossierAnnotation *also = g_ptr_array_index (read, 1);

    g_assert_true (g_uuid_string_is_valid (dossier_annotation_get_id (kept)));
    g_assert_cmpstr (dossier_annotation_get_anchor (kept)->exact, ==, "kept");
    g_assert_cmpint (dossier_annotation_get_anchor (kept)->end, ==, 0);
    g_assert_cmpstr (dossier_annotation_get_note (kept), ==, "");
    g_assert_cmpint (dossier_annotation_get_source (kept), ==, 0);
    g_assert_cmpint (dossier_annotation_get_document (kept), ==, -1);
    g_assert_false (dossier_annotation_get_orphaned (kept));
    g_assert_cmpstr (dossier_annotation_get_id (also), ==, "urn:dossier:annotation:%00");
    g_assert_cmpint (dossier_annotation_get_anchor (also)->start, ==, 0);
    g_assert_cmpint (dossier_annotation_get_source (also), ==, 0);
    g_assert_cmpint (dossier_annotation_get_document (also), ==, -1);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/annotation-reader/round-trip", test_round_trip);
  g_test_add_func ("/annotation-reader/shapes", test_shapes);
  g_test_add_func ("/annotation-reader/hostile", test_hostile);
  return g_test_run ();
}
