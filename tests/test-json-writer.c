/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The JSON contract (spec/cli-json.md) on the sample dossier. */

#include <string.h>

#include "dossier-json-writer.h"
#include "dossier-source.h"

static DossierAnalysis *
analyse_seeds (void)
{
  g_autofree char *seeds = g_test_build_filename (G_TEST_DIST, "..", "seeds", NULL);
  const char *paths[] = { seeds, NULL };
  g_autoptr(GPtrArray) files = dossier_source_collect (paths, NULL);
  g_autoptr(DossierGazetteer) gazetteer = dossier_gazetteer_new_default ();
  DossierAnalysis *analysis = dossier_analysis_new (gazetteer);

  g_assert_cmpuint (files->len, ==, 5);
  for (guint i = 0; i < files->len; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (g_ptr_array_index (files, i));
      g_autoptr(GError) error = NULL;
      DossierDocument *document = dossier_source_load (file, 0, NULL, &error);
      g_assert_no_error (error);
      document->source = g_file_get_basename (file);
      dossier_analysis_add_document (analysis, document);
    }
  dossier_analysis_run (analysis);
  return analysis;
}

/* A slice of @text by code points, as JSON consumers take it. */
static char *
slice (const char *text,
       gint64      start,
       gint64      end)
{
  const char *from = g_utf8_offset_to_pointer (text, start);
  const char *to = g_utf8_offset_to_pointer (text, end);
  return g_strndup (from, to - from);
}

static void
test_document_shape (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse_seeds ();
  g_autoptr(JsonNode) root = dossier_json_build_document (analysis);
  JsonObject *object = json_node_get_object (root);
  JsonArray *articles = json_object_get_array_member (object, "articles");
  JsonArray *entities = json_object_get_array_member (object, "entities");
  JsonArray *events = json_object_get_array_member (object, "events");
  g_autoptr(GHashTable) entity_ids = g_hash_table_new (g_str_hash, g_str_equal);
  guint checked_mentions = 0;

  g_assert_cmpint (json_object_get_int_member (object, "schema"), ==, 1);
  g_assert_true (g_str_has_prefix (json_object_get_string_member (object, "generator"), "dossier "));
  g_assert_cmpuint (json_array_get_length (articles), ==, 5);
  g_assert_cmpuint (json_array_get_length (entities), >, 10);
  g_assert_cmpuint (json_array_get_length (events), >, 3);

  for (guint e = 0; e < json_array_get_length (entities); e++)
    g_hash_table_add (entity_ids, (gpointer) json_object_get_string_member (
                        json_array_get_object_element (entities, e), "id"));

  for (guint a = 0; a < json_array_get_length (articles); a++)
    {
      JsonObject *article = json_array_get_object_element (articles, a);
      JsonArray *paragraphs = json_object_get_array_member (article, "paragraphs");
      JsonArray *mentions = json_object_get_array_member (article, "mentions");
      g_autofree char *id = g_strdup_printf ("a%u", a + 1);

      g_assert_cmpstr (json_object_get_string_member (article, "id"), ==, id);
      g_assert_cmpstr (json_object_get_string_member (article, "format"), ==, "text");
      g_assert_true (json_object_has_member (article, "published"));
      g_assert_true (json_object_has_member (article, "removed"));

      for (guint m = 0; m < json_array_get_length (mentions); m++)
        {
          JsonObject *mention = json_array_get_object_element (mentions, m);
          JsonObject *paragraph = json_array_get_object_element (
            paragraphs, json_object_get_int_member (mention, "paragraph"));
          g_autofree char *text = slice (json_object_get_string_member (paragraph, "text"),
                                         json_object_get_int_member (mention, "start"),
                                         json_object_get_int_member (mention, "end"));

          /* Offsets are code points: curly quotes and accents before a
           * mention must not shift it. */
          g_assert_cmpstr (text, ==, json_object_get_string_member (mention, "text"));
          g_assert_true (g_hash_table_contains (entity_ids, json_object_get_string_member (mention, "entity")));
          checked_mentions++;
        }

      for (guint p = 0; p < json_array_get_length (paragraphs); p++)
        {
          JsonArray *lines = json_object_get_array_member (json_array_get_object_element (paragraphs, p), "lines");
          g_assert_cmpuint (json_array_get_length (lines), ==, 2);
          g_assert_cmpint (json_array_get_int_element (lines, 0), >=, 1);
          g_assert_cmpint (json_array_get_int_element (lines, 0), <=, json_array_get_int_element (lines, 1));
        }
    }
  g_assert_cmpuint (checked_mentions, >, 100);
}

static void
test_jsonl_article (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse_seeds ();
  g_autoptr(JsonNode) node = dossier_json_build_article (analysis, 1, TRUE, 1);
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  const char *written;
  gsize size;

  g_assert_true (dossier_json_write (node, FALSE, stream, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (stream, NULL, NULL));
  written = g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream));
  size = g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream));
  /* One line, ending in a newline, with the article's own lists. */
  g_assert_cmpuint (size, >, 100);
  g_assert_null (memchr (written, '\n', size - 1));
  g_assert_cmpint (written[size - 1], ==, '\n');
  g_assert_true (json_object_has_member (json_node_get_object (node), "entities"));
  g_assert_true (json_object_has_member (json_node_get_object (node), "events"));
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (node), "outlet"), ==, "Gulf Press");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-writer/document", test_document_shape);
  g_test_add_func ("/json-writer/jsonl-article", test_jsonl_article);

  return g_test_run ();
}
