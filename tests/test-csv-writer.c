/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The CSV tables of the sample dossier, read back by a strict RFC 4180
 * reader and by Python's csv module, as a spreadsheet would take them. */

#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "dossier-test-annotation.h"
#include "dossier-test-util.h"
#include "dossier-csv-writer.h"
#include "dossier-source.h"

static const char *tricky_note =
  "Contradicts a1, \"officially\" denied;\r\nsecond line\nthird: Київ, «цитата» — “quoted”\r";

/* A slice of @text by code points. */
static char *
slice (const char *text,
       gint64      start,
       gint64      end)
{
  const char *from = g_utf8_offset_to_pointer (text, start);
  const char *to = g_utf8_offset_to_pointer (text, end);
  return g_strndup (from, to - from);
}

/* An annotation of the first @word in article @index. */
static DossierExportOptions *
make_options (DossierAnalysis *analysis)
{
  DossierExportOptions *options = dossier_export_options_new (DOSSIER_EXPORT_CSV);
  const char *tags[] = { "fact-check", "Україна", NULL };
  DossierAnnotation *annotation;

  options->annotations = g_ptr_array_new_with_free_func (g_object_unref);

  annotation = dossier_test_annotate (analysis, 1, "NATO", 0);
  dossier_annotation_set_note (annotation, tricky_note);
  dossier_annotation_set_tags (annotation, tags);
  dossier_annotation_set_colour (annotation, DOSSIER_COLOUR_RED);
  g_ptr_array_add (options->annotations, annotation);

  annotation = dossier_test_annotate (analysis, 2, "Zelensk", 0);
  dossier_annotation_set_colour (annotation, DOSSIER_COLOUR_BLUE);
  g_ptr_array_add (options->annotations, annotation);

  annotation = dossier_test_annotate (analysis, 2, "Ukraine", 0);
  dossier_annotation_set_orphaned (annotation, TRUE);
  dossier_annotation_set_note (annotation, "The words are gone");
  g_ptr_array_add (options->annotations, annotation);

  g_free (options->colour_labels[DOSSIER_COLOUR_RED]);
  options->colour_labels[DOSSIER_COLOUR_RED] = g_strdup ("Contradiction, \"strong\"");
  return options;
}

/* RFC 4180, strictly: a field is plain (no comma, quote, CR or LF) or
 * quoted with its quotes doubled; every row ends in CRLF, the last one
 * too.  Returns rows of fields, or fails the test. */
static GPtrArray *
parse_csv (const char *data,
           gsize       len)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *row = NULL;
  gsize i = 0;

  g_assert_true (g_utf8_validate (data, len, NULL));
  g_assert_false (len >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0);
  g_assert_cmpuint (len, >=, 2);
  g_assert_true (data[len - 2] == '\r' && data[len - 1] == '\n');

  while (i < len)
    {
      g_autoptr(GString) value = g_string_new (NULL);

      if (row == NULL)
        row = g_ptr_array_new_with_free_func (g_free);
      if (data[i] == '"')
        {
          i++;
          for (;;)
            {
              g_assert_cmpuint (i, <, len);
              if (data[i] == '"')
                {
                  if (i + 1 < len && data[i + 1] == '"')
                    {
                      g_string_append_c (value, '"');
                      i += 2;
                      continue;
                    }
                  i++;
                  break;
                }
              g_string_append_c (value, data[i++]);
            }
        }
      else
        while (i < len && data[i] != ',' && data[i] != '\r')
          {
            g_assert_true (data[i] != '"' && data[i] != '\n');
            g_string_append_c (value, data[i++]);
          }
      g_ptr_array_add (row, g_string_free (g_steal_pointer (&value), FALSE));

      g_assert_cmpuint (i, <, len);
      if (data[i] == ',')
        i++;
      else
        {
          g_assert_true (i + 1 < len && data[i] == '\r' && data[i + 1] == '\n');
          i += 2;
          g_ptr_array_add (rows, g_steal_pointer (&row));
        }
    }
  g_assert_null (row);
  return rows;
}

static GPtrArray *
read_table (const char *folder,
            const char *name)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autofree char *contents = NULL;
  gsize len = 0;
  g_autoptr(GError) error = NULL;
  GPtrArray *rows;

  g_assert_true (g_file_get_contents (path, &contents, &len, &error));
  g_assert_no_error (error);
  rows = parse_csv (contents, len);
  g_assert_cmpuint (rows->len, >=, 1);
  for (guint r = 1; r < rows->len; r++)
    g_assert_cmpuint (((GPtrArray *) g_ptr_array_index (rows, r))->len, ==,
                      ((GPtrArray *) g_ptr_array_index (rows, 0))->len);
  return rows;
}

static const char *
cell (GPtrArray  *rows,
      guint       row,
      const char *column)
{
  GPtrArray *header = g_ptr_array_index (rows, 0);

  for (guint c = 0; c < header->len; c++)
    if (g_str_equal (g_ptr_array_index (header, c), column))
      return g_ptr_array_index ((GPtrArray *) g_ptr_array_index (rows, row), c);
  g_error ("no column %s", column);
  return NULL;
}

static void
assert_header (GPtrArray  *rows,
               const char *expected)
{
  GPtrArray *header = g_ptr_array_index (rows, 0);
  g_autoptr(GString) joined = g_string_new (NULL);

  for (guint c = 0; c < header->len; c++)
    {
      if (c > 0)
        g_string_append_c (joined, ',');
      g_string_append (joined, g_ptr_array_index (header, c));
    }
  g_assert_cmpstr (joined->str, ==, expected);
}

static void
remove_folder (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_remove (path);
    }
  g_rmdir (folder);
}

static guint
count_files (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
record_progress (double   fraction,
                 gpointer user_data)
{
  GArray *fractions = user_data;

  g_array_append_val (fractions, fraction);
}

static void
test_append_field (void)
{
  static const struct
  {
    const char *value;
    gssize len;
    const char *expected;
  } cases[] = {
    { "plain", -1, "plain" },
    { "", -1, "" },
    { NULL, -1, "" },
    { "a,b", -1, "\"a,b\"" },
    { "say \"hi\"", -1, "\"say \"\"hi\"\"\"" },
    { "\"", -1, "\"\"\"\"" },
    { "line\nbreak", -1, "\"line\nbreak\"" },
    { "carriage\rreturn", -1, "\"carriage\rreturn\"" },
    { "crlf\r\n", -1, "\"crlf\r\n\"" },
    { " spaces kept ", -1, " spaces kept " },
    { "Київ; Україна", -1, "Київ; Україна" },
    { "«ялинка» “curly”", -1, "«ялинка» “curly”" },
    { "abc,def", 3, "abc" },
    { "abc,def", 4, "\"abc,\"" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) out = g_string_new ("x");

      dossier_csv_append_field (out, cases[i].value, cases[i].len);
      g_assert_cmpstr (out->str + 1, ==, cases[i].expected);
    }
}

/* Python's csv module, as other tools read the files: every row of
 * every file has as many fields as its header. */
static void
check_with_python (const char *folder,
                   const char *expected)
{
  const char *script =
    "import csv, os, sys\n"
    "folder = sys.argv[1]\n"
    "for name in sorted(os.listdir(folder)):\n"
    "    with open(os.path.join(folder, name), newline='', encoding='utf-8') as f:\n"
    "        rows = list(csv.reader(f, strict=True))\n"
    "    assert rows and all(len(r) == len(rows[0]) for r in rows), name\n"
    "    print(name, len(rows) - 1)\n";
  const char *argv[] = { "python3", "-c", script, folder, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error))
    {
      g_test_skip ("python3 is not available");
      return;
    }
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpstr (out, ==, expected);
}

static void
test_all_tables (void)
{
  g_autoptr(DossierAnalysis) analysis = dossier_test_analyse_seeds ();
  g_autoptr(DossierExportOptions) options = make_options (analysis);
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("dossier-csv-XXXXXX", &error);
  g_autofree char *target = NULL;
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GPtrArray) entities = NULL;
  g_autoptr(GPtrArray) mentions = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(GHashTable) entity_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *python_expected = NULL;
  guint n_mentions = 0, n_sources = 0;

  g_assert_no_error (error);
  /* A folder that is not there yet is made. */
  target = g_build_filename (folder, "tables", NULL);
  g_assert_true (dossier_csv_write (analysis, options, target, record_progress, fractions, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_files (target), ==, 5);

  /* Progress rises to 1. */
  g_assert_cmpuint (fractions->len, >, 5);
  for (guint i = 1; i < fractions->len; i++)
    g_assert_cmpfloat (g_array_index (fractions, double, i), >=, g_array_index (fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), ==, 1.0);

  articles = read_table (target, "articles.csv");
  assert_header (articles, "id,file,format,encoding,title,outlet,address,author,published,published_time,"
                           "published_from,paragraphs,words,entities,mentions,events,warnings,text");
  g_assert_cmpuint (articles->len - 1, ==, 5);
  for (guint a = 0; a < 5; a++)
    {
      DossierDocument *document = dossier_analysis_get_document (analysis, a);
      g_autofree char *id = g_strdup_printf ("a%u", a + 1);
      g_autofree char *text = dossier_document_get_text (document, NULL);
      g_autofree char *paragraphs = g_strdup_printf ("%u", document->paragraphs->len);

      g_assert_cmpstr (cell (articles, a + 1, "id"), ==, id);
      g_assert_cmpstr (cell (articles, a + 1, "format"), ==, "text");
      g_assert_cmpstr (cell (articles, a + 1, "outlet"), ==, document->outlet != NULL ? document->outlet : "");
      g_assert_cmpstr (cell (articles, a + 1, "paragraphs"), ==, paragraphs);
      g_assert_cmpstr (cell (articles, a + 1, "text"), ==, text);
      g_assert_cmpuint (g_ascii_strtoull (cell (articles, a + 1, "words"), NULL, 10), >, 100);
      n_mentions += document->mentions->len;
    }
  g_assert_cmpstr (cell (articles, 2, "outlet"), ==, "Gulf Press");

  entities = read_table (target, "entities.csv");
  assert_header (entities, "id,name,type,aliases,mentions,articles");
  g_assert_cmpuint (entities->len - 1, ==, dossier_analysis_get_n_entities (analysis));
  for (guint e = 1; e < entities->len; e++)
    {
      const DossierEntityRecord *record = dossier_analysis_get_entity (analysis, e - 1);
      g_autofree char *count = g_strdup_printf ("%u", record->mentions);

      g_assert_cmpstr (cell (entities, e, "name"), ==, record->name);
      g_assert_cmpstr (cell (entities, e, "mentions"), ==, count);
      g_assert_true (g_str_has_prefix (cell (entities, e, "articles"), "a"));
      g_hash_table_add (entity_ids, (gpointer) cell (entities, e, "id"));
    }

  mentions = read_table (target, "mentions.csv");
  assert_header (mentions, "entity_id,entity_name,type,article_id,outlet,paragraph,start,end,text,sentence");
  g_assert_cmpuint (mentions->len - 1, ==, n_mentions);
  for (guint m = 1; m < mentions->len; m++)
    {
      const char *article = cell (mentions, m, "article_id");
      DossierDocument *document = dossier_analysis_get_document (analysis, atoi (article + 1) - 1);
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, atoi (cell (mentions, m, "paragraph")));
      g_autofree char *text = slice (paragraph->text, atoi (cell (mentions, m, "start")), atoi (cell (mentions, m, "end")));

      /* Code points, not bytes: the slice is the mention. */
      g_assert_cmpstr (text, ==, cell (mentions, m, "text"));
      g_assert_nonnull (strstr (cell (mentions, m, "sentence"), text));
      g_assert_true (g_hash_table_contains (entity_ids, cell (mentions, m, "entity_id")));
    }

  events = read_table (target, "events.csv");
  assert_header (events, "event_id,date,precision,summary,entity_ids,entities,sources,source,article_id,"
                         "outlet,published,paragraph,start,end,sentence,dated_by,articles,outlets,"
                         "outlet_names,dating,linked_because");
  for (guint v = 0; v < dossier_analysis_get_n_events (analysis); v++)
    n_sources += dossier_analysis_get_event (analysis, v)->sources->len;
  g_assert_cmpuint (events->len - 1, ==, n_sources);
  for (guint r = 1; r < events->len; r++)
    {
      const char *article = cell (events, r, "article_id");
      DossierDocument *document = dossier_analysis_get_document (analysis, atoi (article + 1) - 1);
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, atoi (cell (events, r, "paragraph")));
      g_autofree char *sentence = slice (paragraph->text, atoi (cell (events, r, "start")), atoi (cell (events, r, "end")));
      const DossierEventRecord *event = dossier_analysis_get_event (analysis, atoi (cell (events, r, "event_id") + 1) - 1);
      g_autofree char *sources = g_strdup_printf ("%u", event->sources->len);

      g_assert_cmpstr (sentence, ==, cell (events, r, "sentence"));
      g_assert_cmpstr (cell (events, r, "summary"), ==, event->summary);
      g_assert_cmpstr (cell (events, r, "sources"), ==, sources);
      if (cell (events, r, "dated_by")[0] != '\0')
        g_assert_nonnull (strstr (sentence, cell (events, r, "dated_by")));
      /* Corroboration counts articles, not sentences. */
      {
        g_autofree char *articles = g_strdup_printf ("%u", dossier_event_record_count_articles (event, NULL));
        g_assert_cmpstr (cell (events, r, "articles"), ==, articles);
        g_assert_cmpuint (atoi (cell (events, r, "outlets")), <=, atoi (articles));
        g_assert_cmpuint (atoi (cell (events, r, "articles")), <=, event->sources->len);
      }
      if (g_strcmp0 (cell (events, r, "dating"), "expression") == 0)
        g_assert_cmpstr (cell (events, r, "dated_by"), !=, "");
    }

  annotations = read_table (target, "annotations.csv");
  assert_header (annotations, "id,article_id,title,outlet,published,colour,label,quote,prefix,suffix,"
                              "note,tags,start,end,paragraph,orphaned,created,modified");
  g_assert_cmpuint (annotations->len - 1, ==, 3);
  {
    DossierAnnotation *tricky = g_ptr_array_index (options->annotations, 0);
    DossierDocument *document = dossier_analysis_get_document (analysis, 1);
    g_autofree char *text = dossier_document_get_text (document, NULL);
    guint paragraph = 0;
    gint64 start = atoi (cell (annotations, 1, "start"));
    g_autofree char *quote = slice (text, start, atoi (cell (annotations, 1, "end")));
    g_autofree char *paragraph_index = NULL;

    /* The note's commas, quotes, CR, LF and Cyrillic come back as they
     * were written. */
    g_assert_cmpstr (cell (annotations, 1, "id"), ==, dossier_annotation_get_id (tricky));
    g_assert_cmpstr (cell (annotations, 1, "note"), ==, tricky_note);
    g_assert_cmpstr (cell (annotations, 1, "tags"), ==, "fact-check; Україна");
    g_assert_cmpstr (cell (annotations, 1, "article_id"), ==, "a2");
    g_assert_cmpstr (cell (annotations, 1, "colour"), ==, "red");
    g_assert_cmpstr (cell (annotations, 1, "label"), ==, "Contradiction, \"strong\"");
    g_assert_cmpstr (cell (annotations, 1, "quote"), ==, "NATO");
    g_assert_cmpstr (quote, ==, "NATO");
    g_assert_cmpstr (cell (annotations, 1, "prefix"), ==, dossier_annotation_get_anchor (tricky)->prefix);
    g_assert_cmpstr (cell (annotations, 1, "orphaned"), ==, "false");
    g_assert_cmpstr (cell (annotations, 1, "created"), ==, dossier_annotation_get_created (tricky));
    g_assert_true (dossier_document_locate_offset (document, start, &paragraph, NULL));
    paragraph_index = g_strdup_printf ("%u", paragraph);
    g_assert_cmpstr (cell (annotations, 1, "paragraph"), ==, paragraph_index);

    /* Article a3's two, in text order; the orphan keeps its quote and
     * note but has no position. */
    g_assert_cmpstr (cell (annotations, 2, "article_id"), ==, "a3");
    g_assert_cmpstr (cell (annotations, 3, "article_id"), ==, "a3");
    for (guint r = 2; r <= 3; r++)
      if (g_str_equal (cell (annotations, r, "orphaned"), "true"))
        {
          g_assert_cmpstr (cell (annotations, r, "quote"), ==, "Ukraine");
          g_assert_cmpstr (cell (annotations, r, "note"), ==, "The words are gone");
          g_assert_cmpstr (cell (annotations, r, "start"), ==, "");
          g_assert_cmpstr (cell (annotations, r, "paragraph"), ==, "");
        }
      else
        g_assert_cmpstr (cell (annotations, r, "colour"), ==, "blue");
  }

  python_expected = g_strdup_printf ("annotations.csv 3\narticles.csv 5\nentities.csv %u\n"
                                     "events.csv %u\nmentions.csv %u\n",
                                     dossier_analysis_get_n_entities (analysis), n_sources, n_mentions);
  check_with_python (target, python_expected);

  remove_folder (target);
  remove_folder (folder);
}

static void
test_scope (void)
{
  g_autoptr(DossierAnalysis) analysis = dossier_test_analyse_seeds ();
  g_autoptr(DossierExportOptions) options = make_options (analysis);
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("dossier-csv-XXXXXX", &error);
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GPtrArray) entities = NULL;
  g_autoptr(GPtrArray) mentions = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  DossierDocument *document = dossier_analysis_get_document (analysis, 2);
  guint index = 2;

  g_assert_no_error (error);
  options->articles = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_val (options->articles, index);
  g_assert_true (dossier_csv_write (analysis, options, folder, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  articles = read_table (folder, "articles.csv");
  g_assert_cmpuint (articles->len - 1, ==, 1);
  g_assert_cmpstr (cell (articles, 1, "id"), ==, "a3");

  mentions = read_table (folder, "mentions.csv");
  g_assert_cmpuint (mentions->len - 1, ==, document->mentions->len);
  for (guint m = 1; m < mentions->len; m++)
    {
      const char *entity = cell (mentions, m, "entity_id");

      g_assert_cmpstr (cell (mentions, m, "article_id"), ==, "a3");
      g_hash_table_insert (counts, (gpointer) entity,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, entity)) + 1));
    }

  /* Only the entities a3 mentions, counted in a3 alone. */
  entities = read_table (folder, "entities.csv");
  g_assert_cmpuint (entities->len - 1, ==, g_hash_table_size (counts));
  g_assert_cmpuint (entities->len - 1, <, dossier_analysis_get_n_entities (analysis));
  for (guint e = 1; e < entities->len; e++)
    {
      g_autofree char *count = g_strdup_printf ("%u", GPOINTER_TO_UINT (g_hash_table_lookup (counts, cell (entities, e, "id"))));

      g_assert_cmpstr (cell (entities, e, "articles"), ==, "a3");
      g_assert_cmpstr (cell (entities, e, "mentions"), ==, count);
    }

  events = read_table (folder, "events.csv");
  for (guint r = 1; r < events->len; r++)
    {
      g_autofree char *number = g_strdup_printf ("%u", r);

      g_assert_cmpstr (cell (events, r, "article_id"), ==, "a3");
      g_assert_cmpstr (cell (events, r, "published"), ==, cell (articles, 1, "published"));
      for (char **ids = g_strsplit (cell (events, r, "entity_ids"), "; ", -1), **id = ids; ; id++)
        {
          if (*id == NULL)
            {
              g_strfreev (ids);
              break;
            }
          if (**id != '\0')
            g_assert_true (g_hash_table_contains (counts, *id));
        }
    }

  annotations = read_table (folder, "annotations.csv");
  g_assert_cmpuint (annotations->len - 1, ==, 2);
  for (guint r = 1; r < annotations->len; r++)
    g_assert_cmpstr (cell (annotations, r, "article_id"), ==, "a3");

  remove_folder (folder);
}

static void
test_single_file (void)
{
  g_autoptr(DossierAnalysis) analysis = dossier_test_analyse_seeds ();
  g_autoptr(DossierExportOptions) options = make_options (analysis);
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("dossier-csv-XXXXXX", &error);
  g_autofree char *path = g_build_filename (folder, "People and places.CSV", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  g_assert_no_error (error);
  options->tables = DOSSIER_CSV_ENTITIES;
  g_assert_true (dossier_csv_write (analysis, options, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_files (folder), ==, 1);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "id,name,type,aliases,mentions,articles\r\n"));
  rows = read_table (folder, "People and places.CSV");
  g_assert_cmpuint (rows->len - 1, ==, dossier_analysis_get_n_entities (analysis));

  remove_folder (folder);
}

static void
cancel_midway (double   fraction,
               gpointer user_data)
{
  if (fraction > 0.3)
    g_cancellable_cancel (user_data);
}

/* A cancelled export leaves the old tables, and no half-written files. */
static void
test_cancel (void)
{
  g_autoptr(DossierAnalysis) analysis = dossier_test_analyse_seeds ();
  g_autoptr(DossierExportOptions) options = make_options (analysis);
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("dossier-csv-XXXXXX", &error);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  const char *names[] = { "articles.csv", "entities.csv", "mentions.csv", "events.csv", "annotations.csv" };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (folder, names[i], NULL);
      g_assert_true (g_file_set_contents (path, "old\r\n", -1, NULL));
    }

  g_assert_false (dossier_csv_write (analysis, options, folder, cancel_midway, cancellable, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (count_files (folder), ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (folder, names[i], NULL);
      g_autofree char *contents = NULL;

      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, "old\r\n");
    }

  /* And a second, uncancelled one replaces them all. */
  g_clear_error (&error);
  g_assert_true (dossier_csv_write (analysis, options, folder, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_files (folder), ==, G_N_ELEMENTS (names));
  {
    g_autoptr(GPtrArray) rows = read_table (folder, "articles.csv");
    g_assert_cmpuint (rows->len - 1, ==, 5);
  }

  remove_folder (folder);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv-writer/append-field", test_append_field);
  g_test_add_func ("/csv-writer/all-tables", test_all_tables);
  g_test_add_func ("/csv-writer/scope", test_scope);
  g_test_add_func ("/csv-writer/single-file", test_single_file);
  g_test_add_func ("/csv-writer/cancel", test_cancel);

  return g_test_run ();
}
