/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Annotations as W3C Web Annotations (JSON-LD), read back with
 * json-glib: what an annotation tool would find in them. */

#include <string.h>

#include <json-glib/json-glib.h>

#include "dossier-test-annotation.h"
#include "dossier-test-util.h"
#include "dossier-annotation-writer.h"
#include "dossier-source.h"

static const char *note_text = "Denied later, \"officially\";\nsee a1 — Київ";

/* A slice of @text by code points, as JSON-LD consumers take it. */
static char *
slice (const char *text,
       gint64      start,
       gint64      end)
{
  const char *from = g_utf8_offset_to_pointer (text, start);
  const char *to = g_utf8_offset_to_pointer (text, end);
  return g_strndup (from, to - from);
}

/* An annotation of the @nth occurrence (from 0) of @word in article
 * @index: after curly quotes and dashes, so code points and bytes differ. */
static DossierExportOptions *
make_options (DossierAnalysis *analysis)
{
  DossierExportOptions *options = dossier_export_options_new (DOSSIER_EXPORT_JSON);
  const char *tags[] = { "fact-check", "Україна", NULL };
  DossierAnnotation *annotation;

  options->title = g_strdup ("NATO and Ukraine, October 2024");
  options->annotations = g_ptr_array_new_with_free_func (g_object_unref);

  /* 0: a note, tags, a colour whose label the dossier chose. */
  annotation = dossier_test_annotate (analysis, 1, "Zelensk", 1);
  dossier_annotation_set_note (annotation, note_text);
  dossier_annotation_set_tags (annotation, tags);
  dossier_annotation_set_colour (annotation, DOSSIER_COLOUR_RED);
  g_ptr_array_add (options->annotations, annotation);

  /* 1: a plain highlight. */
  annotation = dossier_test_annotate (analysis, 2, "NATO", 2);
  dossier_annotation_set_colour (annotation, DOSSIER_COLOUR_BLUE);
  g_ptr_array_add (options->annotations, annotation);

  /* 2: an orphan: its words are gone from the article. */
  annotation = dossier_test_annotate (analysis, 2, "Ukraine", 0);
  dossier_annotation_set_orphaned (annotation, TRUE);
  dossier_annotation_set_note (annotation, "Was in the first version");
  g_ptr_array_add (options->annotations, annotation);

  /* 3: of an article no longer in the dossier. */
  annotation = dossier_annotation_new (NULL, 7);
  {
    DossierAnchor anchor = { .exact = (char *) "removed words", .prefix = (char *) "some ",
                             .suffix = (char *) "", .start = 5, .end = 18 };
    dossier_annotation_set_anchor (annotation, &anchor);
  }
  g_ptr_array_add (options->annotations, annotation);

  g_free (options->colour_labels[DOSSIER_COLOUR_RED]);
  options->colour_labels[DOSSIER_COLOUR_RED] = g_strdup ("Contradiction, needs a source");
  return options;
}

static JsonNode *
parse (GString *written)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, written->str, written->len, &error));
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static void
assert_context (JsonObject *object)
{
  JsonArray *context = json_object_get_array_member (object, "@context");

  g_assert_nonnull (context);
  g_assert_cmpuint (json_array_get_length (context), ==, 2);
  g_assert_cmpstr (json_array_get_string_element (context, 0), ==, "http://www.w3.org/ns/anno.jsonld");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (context, 1), "dossier"),
                   ==, DOSSIER_ANNOTATION_NAMESPACE);
}

/* The selector of @type in @target, or NULL. */
static JsonObject *
selector (JsonObject *target,
          const char *type)
{
  JsonArray *selectors = json_object_get_array_member (target, "selector");

  for (guint s = 0; s < json_array_get_length (selectors); s++)
    {
      JsonObject *object = json_array_get_object_element (selectors, s);
      if (g_str_equal (json_object_get_string_member (object, "type"), type))
        return object;
    }
  return NULL;
}

/* The values of the bodies with @purpose, joined by "|". */
static char *
bodies (JsonObject *annotation,
        const char *purpose)
{
  GString *values = g_string_new (NULL);
  JsonArray *array;

  if (!json_object_has_member (annotation, "body"))
    return g_string_free (values, FALSE);
  array = json_object_get_array_member (annotation, "body");
  for (guint b = 0; b < json_array_get_length (array); b++)
    {
      JsonObject *body = json_array_get_object_element (array, b);

      g_assert_cmpstr (json_object_get_string_member (body, "type"), ==, "TextualBody");
      if (!g_str_equal (json_object_get_string_member (body, "purpose"), purpose))
        continue;
      if (values->len > 0)
        g_string_append_c (values, '|');
      g_string_append (values, json_object_get_string_member (body, "value"));
    }
  return g_string_free (values, FALSE);
}

static JsonObject *
find_annotation (JsonArray         *items,
                 DossierAnnotation *annotation)
{
  g_autofree char *id = g_strconcat ("urn:uuid:", dossier_annotation_get_id (annotation), NULL);

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);
      if (g_str_equal (json_object_get_string_member (item, "id"), id))
        return item;
    }
  return NULL;
}

static void
test_collection (void)
{
  g_autoptr(DossierAnalysis) analysis = dossier_test_analyse_seeds ();
  g_autoptr(DossierExportOptions) options = make_options (analysis);
  g_autoptr(GString) written = g_string_new (NULL);
  g_autoptr(GString) again = g_string_new (NULL);
  g_autoptr(JsonNode) root = NULL;
  JsonObject *collection, *page, *item, *target, *quote, *position;
  JsonArray *items;

  dossier_annotation_write_collection (analysis, options, TRUE, written);
  root = parse (written);
  collection = json_node_get_object (root);
  assert_context (collection);
  g_assert_cmpstr (json_object_get_string_member (collection, "type"), ==, "AnnotationCollection");
  g_assert_true (g_str_has_prefix (json_object_get_string_member (collection, "id"), "urn:uuid:"));
  g_assert_cmpstr (json_object_get_string_member (collection, "label"), ==, "NATO and Ukraine, October 2024");
  g_assert_cmpint (json_object_get_int_member (collection, "total"), ==, 4);
  page = json_object_get_object_member (collection, "first");
  g_assert_cmpstr (json_object_get_string_member (page, "type"), ==, "AnnotationPage");
  g_assert_cmpstr (json_object_get_string_member (page, "partOf"), ==,
                   json_object_get_string_member (collection, "id"));
  items = json_object_get_array_member (page, "items");
  g_assert_cmpuint (json_array_get_length (items), ==, 4);

  /* The same annotations give the same document. */
  dossier_annotation_write_collection (analysis, options, TRUE, again);
  g_assert_cmpstr (again->str, ==, written->str);

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      item = json_array_get_object_element (items, i);
      /* Inside a collection, the collection's context is theirs. */
      g_assert_false (json_object_has_member (item, "@context"));
      g_assert_cmpstr (json_object_get_string_member (item, "type"), ==, "Annotation");
      g_assert_true (g_str_has_prefix (json_object_get_string_member (item, "id"), "urn:uuid:"));
      target = json_object_get_object_member (item, "target");
      g_assert_cmpstr (json_object_get_string_member (target, "type"), ==, "SpecificResource");
      g_assert_nonnull (selector (target, "TextQuoteSelector"));
    }

  /* The annotation with a note, tags and a chosen label. */
  {
    DossierAnnotation *annotation = g_ptr_array_index (options->annotations, 0);
    DossierDocument *document = dossier_analysis_get_document (analysis, 1);
    g_autofree char *text = dossier_document_get_text (document, NULL);
    g_autofree char *exact = NULL;
    g_autofree char *notes = NULL;
    g_autofree char *tags = NULL;
    g_autofree char *labels = NULL;
    g_autofree char *before = NULL;
    JsonObject *stylesheet;

    item = find_annotation (items, annotation);
    g_assert_nonnull (item);
    g_assert_cmpstr (json_object_get_string_member (item, "motivation"), ==, "commenting");
    g_assert_cmpstr (json_object_get_string_member (item, "created"), ==, dossier_annotation_get_created (annotation));
    g_assert_cmpstr (json_object_get_string_member (item, "modified"), ==, dossier_annotation_get_modified (annotation));
    g_assert_false (json_object_has_member (item, "dossier:orphaned"));
    notes = bodies (item, "commenting");
    tags = bodies (item, "tagging");
    labels = bodies (item, "classifying");
    g_assert_cmpstr (notes, ==, note_text);
    g_assert_cmpstr (tags, ==, "fact-check|Україна");
    g_assert_cmpstr (labels, ==, "Contradiction, needs a source");

    target = json_object_get_object_member (item, "target");
    g_assert_cmpstr (json_object_get_string_member (target, "dossier:article"), ==, "a2");
    /* The seeds' names are relative: the article's own URN. */
    g_assert_cmpstr (json_object_get_string_member (target, "source"), ==, "urn:dossier:article:a2");
    g_assert_cmpstr (json_object_get_string_member (target, "styleClass"), ==, "dossier-red");
    stylesheet = json_object_get_object_member (item, "stylesheet");
    g_assert_cmpstr (json_object_get_string_member (stylesheet, "type"), ==, "CssStylesheet");
    g_assert_true (g_str_has_prefix (json_object_get_string_member (stylesheet, "value"),
                                     ".dossier-red { background-color: #"));

    quote = selector (target, "TextQuoteSelector");
    position = selector (target, "TextPositionSelector");
    g_assert_nonnull (position);
    g_assert_cmpstr (json_object_get_string_member (quote, "exact"), ==, "Zelensk");
    g_assert_cmpstr (json_object_get_string_member (quote, "prefix"), ==, dossier_annotation_get_anchor (annotation)->prefix);
    g_assert_cmpstr (json_object_get_string_member (quote, "suffix"), ==, dossier_annotation_get_anchor (annotation)->suffix);
    /* Positions are code points of the article text. */
    exact = slice (text, json_object_get_int_member (position, "start"), json_object_get_int_member (position, "end"));
    g_assert_cmpstr (exact, ==, "Zelensk");
    before = g_utf8_substring (text, 0, json_object_get_int_member (position, "start"));
    g_assert_true (g_str_has_suffix (before, json_object_get_string_member (quote, "prefix")));
  }

  /* A plain highlight: only its colour's label as a body. */
  {
    DossierAnnotation *annotation = g_ptr_array_index (options->annotations, 1);
    DossierDocument *document = dossier_analysis_get_document (analysis, 2);
    g_autofree char *text = dossier_document_get_text (document, NULL);
    g_autofree char *exact = NULL;
    g_autofree char *notes = NULL;
    g_autofree char *labels = NULL;

    item = find_annotation (items, annotation);
    g_assert_cmpstr (json_object_get_string_member (item, "motivation"), ==, "highlighting");
    notes = bodies (item, "commenting");
    labels = bodies (item, "classifying");
    g_assert_cmpstr (notes, ==, "");
    g_assert_cmpstr (labels, ==, options->colour_labels[DOSSIER_COLOUR_BLUE]);
    target = json_object_get_object_member (item, "target");
    position = selector (target, "TextPositionSelector");
    exact = slice (text, json_object_get_int_member (position, "start"), json_object_get_int_member (position, "end"));
    g_assert_cmpstr (exact, ==, "NATO");
    g_assert_cmpint (json_object_get_int_member (position, "start"), ==, dossier_annotation_get_anchor (annotation)->start);
  }

  /* Orphans keep their quote and note, with no position. */
  for (guint a = 2; a <= 3; a++)
    {
      DossierAnnotation *annotation = g_ptr_array_index (options->annotations, a);

      item = find_annotation (items, annotation);
      g_assert_nonnull (item);
      g_assert_true (json_object_get_boolean_member (item, "dossier:orphaned"));
      target = json_object_get_object_member (item, "target");
      g_assert_null (selector (target, "TextPositionSelector"));
      g_assert_cmpstr (json_object_get_string_member (selector (target, "TextQuoteSelector"), "exact"), ==,
                       dossier_annotation_get_anchor (annotation)->exact);
    }
  item = find_annotation (items, g_ptr_array_index (options->annotations, 2));
  {
    g_autofree char *notes = bodies (item, "commenting");
    g_assert_cmpstr (notes, ==, "Was in the first version");
  }
  target = json_object_get_object_member (find_annotation (items, g_ptr_array_index (options->annotations, 3)), "target");
  g_assert_cmpstr (json_object_get_string_member (target, "source"), ==, "urn:dossier:source:7");
  g_assert_false (json_object_has_member (target, "dossier:article"));
  /* The one of no known article comes last. */
  g_assert_true (find_annotation (items, g_ptr_array_index (options->annotations, 3)) ==
                 json_array_get_object_element (items, 3));
}

/* Embedded in another JSON document, as the JSON export does: each
 * annotation carries its own context; only the exported articles' are
 * there. */
static void
test_embedded_array (void)
{
  g_autoptr(DossierAnalysis) analysis = dossier_test_analyse_seeds ();
  g_autoptr(DossierExportOptions) options = make_options (analysis);
  g_autoptr(GString) written = g_string_new (NULL);
  g_autoptr(JsonNode) root = NULL;
  DossierJsonStream stream;
  JsonArray *items;
  guint index = 2;

  options->articles = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_val (options->articles, index);
  g_assert_cmpuint (dossier_annotation_count_exported (analysis, options), ==, 2);

  dossier_json_stream_init (&stream, written, FALSE);
  dossier_json_stream_begin_object (&stream);
  dossier_json_stream_set_member_name (&stream, "schema");
  dossier_json_stream_add_int_value (&stream, 1);
  dossier_json_stream_set_member_name (&stream, "annotations");
  dossier_annotation_write_array (analysis, options, &stream);
  dossier_json_stream_end_object (&stream);

  root = parse (written);
  items = json_object_get_array_member (json_node_get_object (root), "annotations");
  g_assert_cmpuint (json_array_get_length (items), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);
      JsonObject *target = json_object_get_object_member (item, "target");

      assert_context (item);
      g_assert_cmpstr (json_object_get_string_member (target, "dossier:article"), ==, "a3");
    }
}

/* An article read from an absolute path is named by its file:// URI. */
static void
test_file_source (void)
{
  g_autoptr(DossierAnalysis) analysis = dossier_test_analyse_seeds ();
  g_autoptr(DossierExportOptions) options = make_options (analysis);
  g_autoptr(GString) written = g_string_new (NULL);
  g_autoptr(JsonNode) root = NULL;
  DossierDocument *document = dossier_analysis_get_document (analysis, 1);
  g_autofree char *expected = NULL;
  JsonObject *item;
  DossierJsonStream stream;

  g_free (document->source);
  document->source = g_strdup ("/home/researcher/Київ news/article 1.txt");
  expected = g_filename_to_uri (document->source, NULL, NULL);

  dossier_json_stream_init (&stream, written, FALSE);
  dossier_annotation_write_jsonld (analysis, options, g_ptr_array_index (options->annotations, 0), TRUE, &stream);
  root = parse (written);
  item = json_node_get_object (root);
  assert_context (item);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (item, "target"), "source"),
                   ==, expected);
  g_assert_true (g_str_has_prefix (expected, "file:///home/researcher/"));
}

static void
test_empty (void)
{
  g_autoptr(DossierAnalysis) analysis = dossier_test_analyse_seeds ();
  g_autoptr(DossierExportOptions) options = dossier_export_options_new (DOSSIER_EXPORT_JSON);
  g_autoptr(GString) written = g_string_new (NULL);
  g_autoptr(JsonNode) root = NULL;
  JsonObject *collection;

  dossier_annotation_write_collection (analysis, options, FALSE, written);
  root = parse (written);
  collection = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (collection, "type"), ==, "AnnotationCollection");
  g_assert_cmpint (json_object_get_int_member (collection, "total"), ==, 0);
  g_assert_false (json_object_has_member (collection, "first"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/annotation-writer/collection", test_collection);
  g_test_add_func ("/annotation-writer/embedded-array", test_embedded_array);
  g_test_add_func ("/annotation-writer/file-source", test_file_source);
  g_test_add_func ("/annotation-writer/empty", test_empty);

  return g_test_run ();
}
