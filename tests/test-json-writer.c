/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The JSON contract (spec/cli-json.md) on the sample dossier. */

#include <string.h>

#include <json-glib/json-glib.h>

#include "dossier-test-util.h"
#include "dossier-json-stream.h"
#include "dossier-json-writer.h"
#include "dossier-source.h"

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
  g_autoptr(DossierAnalysis) analysis = dossier_test_analyse_seeds ();
  g_autoptr(GString) written = g_string_new (NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *object;

  /* What is written must be read back by a standard parser. */
  g_assert_true (dossier_json_write_document (analysis, TRUE, NULL, NULL, written));
  g_assert_true (json_parser_load_from_data (parser, written->str, written->len, &error));
  g_assert_no_error (error);
  object = json_node_get_object (json_parser_get_root (parser));
  JsonArray *articles, *entities, *events;
  g_autoptr(GHashTable) entity_ids = g_hash_table_new (g_str_hash, g_str_equal);
  guint checked_mentions = 0;

  articles = json_object_get_array_member (object, "articles");
  entities = json_object_get_array_member (object, "entities");
  events = json_object_get_array_member (object, "events");

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

typedef struct
{
  GString *received;
  guint calls;
  gboolean fail;
} Sink;

static gboolean
sink_take (GString  *text,
           gpointer  user_data)
{
  Sink *sink = user_data;

  sink->calls++;
  if (sink->fail)
    return FALSE;
  g_string_append_len (sink->received, text->str, text->len);
  return TRUE;
}

/* A long article's analysis is handed on as it is written, never whole
 * in memory: the pieces make the same text as the whole. */
static void
test_document_sink (void)
{
  g_autoptr(DossierGazetteer) gazetteer = dossier_gazetteer_new_default ();
  g_autoptr(DossierAnalysis) analysis = dossier_analysis_new (gazetteer);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) whole = g_string_new (NULL);
  g_autoptr(GString) rest = g_string_new (NULL);
  g_autoptr(GString) received = g_string_new (NULL);
  Sink sink = { received, 0, FALSE };
  Sink failing = { NULL, 0, TRUE };

  for (guint i = 0; i < 3000; i++)
    g_string_append_printf (text, "President Volodymyr Zelenskyy met Mark Rutte in Brussels on %u October 2024, "
                            "his office said.%s", i % 28 + 1, i % 5 == 4 ? "\n\n" : " ");
  dossier_analysis_add_document (analysis, dossier_test_clean_string (text->str));
  dossier_analysis_run (analysis);

  g_assert_true (dossier_json_write_document (analysis, TRUE, NULL, NULL, whole));
  g_assert_cmpuint (whole->len, >, 3 << 20);

  g_assert_true (dossier_json_write_document (analysis, TRUE, sink_take, &sink, rest));
  g_assert_cmpuint (sink.calls, >=, 1);
  g_assert_cmpuint (rest->len, <, whole->len / 2);
  g_string_append_len (received, rest->str, rest->len);
  g_assert_cmpuint (received->len, ==, whole->len);
  g_assert_true (memcmp (received->str, whole->str, whole->len) == 0);

  /* A sink that cannot write (a full disk) is told once, and the writer
   * says so. */
  g_string_truncate (rest, 0);
  g_assert_false (dossier_json_write_document (analysis, TRUE, sink_take, &failing, rest));
  g_assert_cmpuint (failing.calls, ==, 1);
}

static void
test_jsonl_article (void)
{
  g_autoptr(DossierAnalysis) analysis = dossier_test_analyse_seeds ();
  g_autoptr(GString) written = g_string_new (NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *article;

  g_assert_true (dossier_json_write_article (analysis, 1, TRUE, 0, NULL, NULL, written));
  /* One line, ending in a newline, with the article's own lists. */
  g_assert_cmpuint (written->len, >, 100);
  g_assert_null (memchr (written->str, '\n', written->len - 1));
  g_assert_cmpint (written->str[written->len - 1], ==, '\n');
  g_assert_true (json_parser_load_from_data (parser, written->str, written->len, &error));
  g_assert_no_error (error);
  article = json_node_get_object (json_parser_get_root (parser));
  g_assert_true (json_object_has_member (article, "entities"));
  g_assert_true (json_object_has_member (article, "events"));
  g_assert_cmpstr (json_object_get_string_member (article, "id"), ==, "a2");
  g_assert_cmpstr (json_object_get_string_member (article, "outlet"), ==, "Gulf Press");
}

static void
test_escaping (void)
{
  g_autoptr(GString) written = g_string_new (NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  DossierJsonStream stream;
  const char *tricky = "quote \" backslash \\ tab \t newline \n bell \a “curly” Київ";
  JsonObject *object;

  dossier_json_stream_init (&stream, written, TRUE);
  dossier_json_stream_begin_object (&stream);
  dossier_json_stream_set_member_name (&stream, "text");
  dossier_json_stream_add_string_value (&stream, tricky);
  dossier_json_stream_set_member_name (&stream, "numbers");
  dossier_json_stream_begin_array (&stream);
  dossier_json_stream_add_int_value (&stream, 0);
  dossier_json_stream_add_int_value (&stream, -42);
  dossier_json_stream_add_int_value (&stream, G_MAXINT64);
  dossier_json_stream_end_array (&stream);
  dossier_json_stream_set_member_name (&stream, "empty");
  dossier_json_stream_begin_array (&stream);
  dossier_json_stream_end_array (&stream);
  dossier_json_stream_set_member_name (&stream, "nothing");
  dossier_json_stream_add_string_value (&stream, NULL);
  dossier_json_stream_end_object (&stream);

  g_assert_true (json_parser_load_from_data (parser, written->str, written->len, &error));
  g_assert_no_error (error);
  object = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (object, "text"), ==, tricky);
  g_assert_cmpint (json_array_get_int_element (json_object_get_array_member (object, "numbers"), 1), ==, -42);
  g_assert_cmpint (json_array_get_int_element (json_object_get_array_member (object, "numbers"), 2), ==, G_MAXINT64);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "empty")), ==, 0);
  g_assert_true (json_object_get_null_member (object, "nothing"));
}

/* Escapes are found eight bytes at a time: each special byte at each
 * position of a block, after ASCII and after non-ASCII text, must still
 * be escaped; invalid UTF-8 is never written. */
static void
test_escaping_every_offset (void)
{
  static const char specials[] = { '"', '\\', '\n', '\x01', '\x1f' };
  static const char * const leads[] = { "", "Київ ", "plain text here " };

  for (gsize l = 0; l < G_N_ELEMENTS (leads); l++)
    for (gsize k = 0; k < G_N_ELEMENTS (specials); k++)
      for (gsize offset = 0; offset < 20; offset++)
        {
          g_autoptr(GString) value = g_string_new (leads[l]);
          g_autoptr(GString) written = g_string_new (NULL);
          g_autoptr(JsonParser) parser = json_parser_new ();
          g_autoptr(GError) error = NULL;
          DossierJsonStream stream;

          for (gsize i = 0; i < offset; i++)
            g_string_append_c (value, 'a' + i % 26);
          g_string_append_c (value, specials[k]);
          g_string_append (value, "tail “quoted” end");

          dossier_json_stream_init (&stream, written, FALSE);
          dossier_json_stream_add_string_len (&stream, value->str, value->len);
          g_assert_true (json_parser_load_from_data (parser, written->str, written->len, &error));
          g_assert_no_error (error);
          g_assert_cmpstr (json_node_get_string (json_parser_get_root (parser)), ==, value->str);
        }

  {
    g_autoptr(GString) written = g_string_new (NULL);
    DossierJsonStream stream;
    const char invalid[] = "abcdefghijklmnop\xff\xfe rest";

    dossier_json_stream_init (&stream, written, FALSE);
    dossier_json_stream_add_string_len (&stream, invalid, sizeof invalid - 1);
    g_assert_true (g_utf8_validate (written->str, written->len, NULL));
    g_assert_cmpstr (written->str, ==, "\"abcdefghijklmnop\xef\xbf\xbd\xef\xbf\xbd rest\"");
  }
}

/* The reference the one-pass writer must equal: valid UTF-8 without a NUL
 * is escaped as it is, anything else as g_utf8_make_valid () makes it. */
static char *
reference_escape (const char *value,
                  gsize       len)
{
  g_autofree char *valid = NULL;
  GString *out = g_string_new ("\"");

  if (memchr (value, '\0', len) != NULL || !g_utf8_validate_len (value, len, NULL))
    {
      valid = g_utf8_make_valid (value, len);
      value = valid;
      len = strlen (valid);
    }
  for (gsize i = 0; i < len; i++)
    {
      guchar c = value[i];

      if (c == '"' || c == '\\')
        g_string_append_printf (out, "\\%c", c);
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\r')
        g_string_append (out, "\\r");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (c == '\b')
        g_string_append (out, "\\b");
      else if (c == '\f')
        g_string_append (out, "\\f");
      else if (c < 0x20)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_c (out, c);
    }
  g_string_append_c (out, '"');
  return g_string_free (out, FALSE);
}

/* The writer checks UTF-8 as it copies: on strings of random bytes,
 * weighted towards lead and continuation bytes, quotes and controls, it
 * accepts exactly what g_utf8_validate () accepts. */
static void
test_escaping_utf8_check (void)
{
  static const guchar alphabet[] = {
    'a', 'Z', ' ', '"', '\\', '\n', 0x01, 0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF,
    0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF,
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20241017);

  for (guint round = 0; round < 20000; round++)
    {
      guchar value[24];
      gsize len = g_rand_int_range (rand, 0, sizeof value + 1);
      g_autoptr(GString) written = g_string_new (NULL);
      g_autofree char *expected = NULL;
      DossierJsonStream stream;

      for (gsize i = 0; i < len; i++)
        value[i] = g_rand_boolean (rand) ? alphabet[g_rand_int_range (rand, 0, sizeof alphabet)]
                                         : (guchar) g_rand_int_range (rand, 0x20, 0x7F);
      expected = reference_escape ((const char *) value, len);
      dossier_json_stream_init (&stream, written, FALSE);
      dossier_json_stream_add_string_len (&stream, (const char *) value, len);
      g_assert_cmpstr (written->str, ==, expected);
    }
}

/* A string of plain text is written eight bytes at a time, the last of
 * them read as the end of its last eight: each byte that needs a look, at
 * each position of strings of every length to five words, in a buffer of
 * exactly their size (so that a read past the end shows under a checker),
 * is written as the reference writes it, and the text after the string
 * stays as it was. */
static void
test_escaping_every_length (void)
{
  static const char * const specials[] = {
    "\"", "\\", "\n", "\x01", "\x7f", "é", "€", "😀", "\xff", "\xc3", "\0",
  };

  for (gsize len = 1; len <= 40; len++)
    for (gsize k = 0; k < G_N_ELEMENTS (specials); k++)
      for (gsize at = 0; at < len; at++)
        {
          gsize special_len = MAX (strlen (specials[k]), 1);
          gsize total = len + special_len - 1;
          g_autofree char *value = g_malloc (total);
          g_autofree char *expected = NULL;
          g_autoptr(GString) written = g_string_new ("[");
          DossierJsonStream stream;

          for (gsize i = 0; i < at; i++)
            value[i] = 'a' + i % 26;
          memcpy (value + at, specials[k], special_len);
          for (gsize i = at + special_len; i < total; i++)
            value[i] = 'A' + i % 26;
          expected = reference_escape (value, total);

          dossier_json_stream_init (&stream, written, FALSE);
          dossier_json_stream_add_string_len (&stream, value, total);
          g_string_append_c (written, ']');
          g_assert_cmpuint (written->len, ==, strlen (expected) + 2);
          g_assert_cmpint (memcmp (written->str + 1, expected, strlen (expected)), ==, 0);
          g_assert_cmpint (written->str[written->len - 1], ==, ']');
        }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-writer/document", test_document_shape);
  g_test_add_func ("/json-writer/document-sink", test_document_sink);
  g_test_add_func ("/json-writer/jsonl-article", test_jsonl_article);
  g_test_add_func ("/json-writer/escaping", test_escaping);
  g_test_add_func ("/json-writer/escaping-every-offset", test_escaping_every_offset);
  g_test_add_func ("/json-writer/escaping-utf8-check", test_escaping_utf8_check);
  g_test_add_func ("/json-writer/escaping-every-length", test_escaping_every_length);

  return g_test_run ();
}
