/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The PDF report of the sample dossier, read back as a reader would with
 * poppler's tools: its pages, metadata, outline and words. */

#include <string.h>

#include <glib/gstdio.h>

#include "dossier-test-annotation.h"
#include "dossier-test-util.h"
#include "dossier-pdf-writer.h"
#include "dossier-source.h"

#define TRICKY_NOTE "Compare <Reuters> & \"AP\" – it's Київ, not Kiev"

/* An annotation of the first occurrence of @words in article @index. */
static DossierAnnotation *
annotate (DossierAnalysis *analysis,
          guint            index,
          const char      *words,
          DossierColour    colour,
          const char      *note,
          const char      *tag)
{
  DossierAnnotation *annotation = dossier_test_annotate (analysis, index, words, 0);
  const char *tags[] = { tag, NULL };

  dossier_annotation_set_colour (annotation, colour);
  dossier_annotation_set_note (annotation, note);
  if (tag != NULL)
    dossier_annotation_set_tags (annotation, tags);
  return annotation;
}

static DossierExportOptions *
options_with_annotations (DossierAnalysis *analysis)
{
  DossierExportOptions *options = dossier_export_options_new (DOSSIER_EXPORT_PDF);
  DossierDocument *document = dossier_analysis_get_document (analysis, 1);
  DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, 0);
  g_autofree char *words = g_utf8_substring (paragraph->text, 0, 24);
  DossierAnnotation *orphan;

  options->title = g_strdup ("NATO and Ukraine, October 2024");
  options->annotations = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (options->annotations,
                   annotate (analysis, 1, words, DOSSIER_COLOUR_YELLOW, TRICKY_NOTE, "membership"));
  g_ptr_array_add (options->annotations,
                   annotate (analysis, 4, "victory plan", DOSSIER_COLOUR_RED,
                             "Check against the Rada transcript", "sources"));
  orphan = annotate (analysis, 2, "Ukraine", DOSSIER_COLOUR_PURPLE, "Words that are gone", NULL);
  dossier_annotation_set_orphaned (orphan, TRUE);
  g_ptr_array_add (options->annotations, orphan);
  return options;
}

static gboolean
have_tool (const char *name)
{
  g_autofree char *path = g_find_program_in_path (name);
  return path != NULL;
}

/* The standard output of a poppler tool run on @pdf. */
static char *
run_tool (const char * const *argv)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&out);
}

static char *
pdf_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
  return run_tool (argv);
}

static char *
pdf_info (const char *pdf)
{
  const char *argv[] = { "pdfinfo", "-enc", "UTF-8", pdf, NULL };
  return run_tool (argv);
}

static char *
pdf_outline (const char *pdf)
{
  const char *argv[] = { "pdftohtml", "-xml", "-stdout", "-i", "-q", pdf, NULL };
  return run_tool (argv);
}

static int
pages_of (const char *info)
{
  const char *pages = strstr (info, "\nPages:");

  g_assert_nonnull (pages);
  return atoi (pages + strlen ("\nPages:"));
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* pdftotext breaks lines where the report does: words are compared with
 * runs of white space made one space. */
static char *
squash (const char *text)
{
  g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);
  return g_regex_replace_literal (spaces, text, -1, 0, " ", 0, NULL);
}

typedef struct
{
  double last;
  guint calls;
} Progress;

static void
on_progress (double   fraction,
             gpointer user_data)
{
  Progress *progress = user_data;

  g_assert_cmpfloat (fraction, >=, progress->last);
  g_assert_cmpfloat (fraction, <=, 1.0);
  progress->last = fraction;
  progress->calls++;
}

static gboolean
skip_without_poppler (void)
{
  if (have_tool ("pdftotext") && have_tool ("pdfinfo") && have_tool ("pdftohtml"))
    return FALSE;
  g_test_skip ("poppler-utils (pdftotext, pdfinfo, pdftohtml) are not installed");
  return TRUE;
}

static void
test_whole_report (void)
{
  g_autoptr(DossierAnalysis) analysis = dossier_test_analyse_seeds ();
  g_autoptr(DossierExportOptions) options = options_with_annotations (analysis);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dossier-pdf-XXXXXX", &error);
  g_autofree char *pdf = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *info = NULL;
  g_autofree char *raw_text = NULL;
  g_autofree char *text = NULL;
  g_autofree char *outline = NULL;
  g_autofree char *tricky = NULL;
  Progress progress = { 0, 0 };
  const char *index;
  int pages;

  if (skip_without_poppler ())
    return;
  g_assert_no_error (error);
  g_assert_true (dossier_pdf_write (analysis, options, pdf, on_progress, &progress, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (progress.last, ==, 1.0);
  g_assert_cmpuint (progress.calls, >=, 5);

  info = pdf_info (pdf);
  pages = pages_of (info);
  /* A cover, the timeline, five articles of a page or more, the index
   * and the table; not one page per paragraph. */
  g_assert_cmpint (pages, >=, 9);
  g_assert_cmpint (pages, <=, 40);
  g_assert_true (g_regex_match_simple ("^Title: +NATO and Ukraine, October 2024$", info, G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^Creator: +Dossier 0\\.1\\.0$", info, G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^Page size: +595\\.276 x 841\\.89 pts \\(A4\\)$", info, G_REGEX_MULTILINE, 0));

  raw_text = pdf_text (pdf);
  text = squash (raw_text);
  g_assert_nonnull (strstr (text, "NATO and Ukraine, October 2024"));
  g_assert_nonnull (strstr (text, "Dossier 0.1.0"));
  g_assert_nonnull (strstr (text, "NATO Secretary-General confirms Ukraine’s future membership in the alliance"));
  /* An article without a headline goes by its lead's first words, as in
   * the window, not by "No headline". */
  g_assert_null (strstr (text, "No headline"));
  for (guint d = 0; d < dossier_analysis_get_n_documents (analysis); d++)
    {
      DossierDocument *document = dossier_analysis_get_document (analysis, d);
      gboolean untitled = FALSE;
      g_autofree char *title = dossier_document_dup_display_title (document, &untitled);
      g_autofree char *squashed = squash (title);

      if (untitled)
        g_assert_nonnull (strstr (text, squashed));
    }
  g_assert_nonnull (strstr (text, "Gulf Press"));
  /* The entity index names him once, after the articles. */
  index = strstr (text, "Entity index");
  g_assert_nonnull (index);
  g_assert_nonnull (strstr (index, "Volodymyr Zelenskyy"));
  g_assert_nonnull (strstr (text, "Volodymyr Zelenskyy presented the Victory Plan of Ukraine in the parliament"));
  g_assert_nonnull (strstr (text, "Event table"));
  /* The notes, with what a note may hold, and the orphan in its part. */
  tricky = squash (TRICKY_NOTE);
  g_assert_nonnull (strstr (text, tricky));
  g_assert_nonnull (strstr (text, "Київ"));
  g_assert_nonnull (strstr (text, "#membership"));
  g_assert_nonnull (strstr (text, "Check against the Rada transcript"));
  g_assert_nonnull (strstr (text, "Orphaned annotations"));
  g_assert_nonnull (strstr (text, "Words that are gone"));

  /* The outline: the parts, and under "Articles" one entry per article. */
  outline = pdf_outline (pdf);
  g_assert_nonnull (strstr (outline, "<outline>"));
  g_assert_nonnull (strstr (outline, ">Timeline</item>"));
  g_assert_nonnull (strstr (outline, ">Articles</item>"));
  g_assert_nonnull (strstr (outline, ">Entity index</item>"));
  g_assert_nonnull (strstr (outline, ">Event table</item>"));
  for (guint a = 1; a <= 5; a++)
    {
      g_autofree char *entry = g_strdup_printf (">%u. ", a);
      g_assert_cmpuint (count (outline, entry), ==, 1);
    }
  g_assert_nonnull (strstr (outline, ">2. NATO Secretary-General confirms"));

  g_assert_cmpint (g_remove (pdf), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A word's box on its page (from pdftotext -bbox): the @nth (from 0)
 * word @word that follows the word @after; FALSE when there is none. */
static gboolean
find_word (const char *bbox,
           const char *after,
           const char *word,
           guint       nth,
           int        *page,
           double     *box)
{
  g_autoptr(GRegex) pattern = g_regex_new ("<page |<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" "
                                           "yMax=\"([0-9.]+)\">([^<]*)</word>", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *previous = NULL;
  int pages = 0;

  g_regex_match (pattern, bbox, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *text = g_match_info_fetch (match, 5);

      if (text == NULL || *text == '\0')
        pages++;
      else
        {
          if (g_strcmp0 (text, word) == 0 && g_strcmp0 (previous, after) == 0 && nth-- == 0)
            {
              for (int k = 0; k < 4; k++)
                {
                  g_autofree char *number = g_match_info_fetch (match, k + 1);
                  box[k] = g_ascii_strtod (number, NULL);
                }
              *page = pages;
              return TRUE;
            }
          g_free (previous);
          previous = g_steal_pointer (&text);
        }
      g_match_info_next (match, NULL);
    }
  return FALSE;
}

/* The mean colour of the paper (not the ink) in @box of a P6 image at
 * 72 dpi, one pixel a point. */
static void
paper_colour (const guint8 *ppm,
              gsize         length,
              const double *box,
              double       *rgb)
{
  int width, height, depth, header = 0;
  double sum[3] = { 0, 0, 0 };
  guint n = 0;

  g_assert_cmpint (sscanf ((const char *) ppm, "P6 %d %d %d%n", &width, &height, &depth, &header), ==, 3);
  header++;
  for (int y = (int) box[1] + 1; y < (int) box[3]; y++)
    for (int x = (int) box[0] + 1; x < (int) box[2]; x++)
      {
        const guint8 *pixel = ppm + header + ((gsize) y * width + x) * 3;

        g_assert_true ((gsize) (pixel - ppm) + 3 <= length);
        /* Glyphs are dark; the paper under them is light. */
        if (pixel[0] + pixel[1] + pixel[2] < 3 * 150)
          continue;
        for (int c = 0; c < 3; c++)
          sum[c] += pixel[c] / 255.0;
        n++;
      }
  g_assert_cmpuint (n, >, 10);
  for (int c = 0; c < 3; c++)
    rgb[c] = sum[c] / n;
}

/* A highlight of the researcher's in the colour they chose, a name in it
 * still tinted as a name (issue 14), a pencil after it for its note. */
static void
test_annotation_colours (void)
{
  g_autoptr(DossierAnalysis) analysis = dossier_test_analyse_seeds ();
  g_autoptr(DossierExportOptions) options = dossier_export_options_new (DOSSIER_EXPORT_PDF);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dossier-pdf-XXXXXX", &error);
  g_autofree char *pdf = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *image = g_build_filename (dir, "page", NULL);
  g_autofree char *ppm_path = g_build_filename (dir, "page.ppm", NULL);
  g_autofree char *bbox = NULL, *text = NULL, *ppm = NULL, *first = NULL;
  guint index = 3;
  double name_box[4], word_box[4], name[3], word[3], paper[3];
  int name_page = -1, word_page = -1;
  gsize length;

  if (skip_without_poppler () || !have_tool ("pdftoppm"))
    return;
  options->contents = DOSSIER_EXPORT_TEXT | DOSSIER_EXPORT_HIGHLIGHTS | DOSSIER_EXPORT_ANNOTATIONS;
  options->articles = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_val (options->articles, index);
  options->annotations = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (options->annotations, annotate (analysis, 3, "NATO Secretary General Mark Rutte announced",
                                                   DOSSIER_COLOUR_BLUE, "Said in Brussels", NULL));
  g_assert_true (dossier_pdf_write (analysis, options, pdf, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  text = pdf_text (pdf);
  /* The note's number carries a pencil: this highlight has a note. */
  g_assert_nonnull (strstr (text, "1✎"));

  {
    const char *argv[] = { "pdftotext", "-bbox", "-enc", "UTF-8", pdf, "-", NULL };
    bbox = run_tool (argv);
  }
  /* In the text, after the article's title made of the same words. */
  g_assert_true (find_word (bbox, "Mark", "Rutte", 1, &name_page, name_box));
  g_assert_true (find_word (bbox, "Rutte", "announced", 1, &word_page, word_box));
  g_assert_cmpint (name_page, ==, word_page);
  first = g_strdup_printf ("%d", name_page);
  {
    const char *argv[] = { "pdftoppm", "-r", "72", "-f", first, "-l", first, "-singlefile", pdf, image, NULL };
    g_free (run_tool (argv));
  }
  g_assert_true (g_file_get_contents (ppm_path, &ppm, &length, NULL));
  paper_colour ((const guint8 *) ppm, length, name_box, name);
  paper_colour ((const guint8 *) ppm, length, word_box, word);

  /* "announced" is on the researcher's colour… */
  {
    double expected[3];
    const DossierRgb *light = dossier_palette_get_annotation (DOSSIER_COLOUR_BLUE);

    expected[0] = 1 - 0.65 * (1 - light->red);
    expected[1] = 1 - 0.65 * (1 - light->green);
    expected[2] = 1 - 0.65 * (1 - light->blue);
    for (int c = 0; c < 3; c++)
      g_assert_cmpfloat_with_epsilon (word[c], expected[c], 0.06);
  }
  /* …and "Rutte", a person, on that colour tinted with the people's blue:
   * darker in red, nearer the person's hue than the words around it. */
  for (int c = 0; c < 3; c++)
    paper[c] = word[c] - name[c];
  g_assert_cmpfloat (paper[0], >, 0.06);
  g_assert_cmpfloat (paper[0], >, paper[2]);

  g_unlink (ppm_path);
  g_unlink (pdf);
  g_rmdir (dir);
}

static void
test_scope (void)
{
  g_autoptr(DossierAnalysis) analysis = dossier_test_analyse_seeds ();
  g_autoptr(DossierExportOptions) options = options_with_annotations (analysis);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dossier-pdf-XXXXXX", &error);
  g_autofree char *pdf = g_build_filename (dir, "scope.pdf", NULL);
  g_autofree char *raw_text = NULL;
  g_autofree char *text = NULL;
  g_autofree char *outline = NULL;
  guint only = 1;

  if (skip_without_poppler ())
    return;
  options->articles = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_val (options->articles, only);
  g_assert_true (dossier_pdf_write (analysis, options, pdf, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  raw_text = pdf_text (pdf);
  text = squash (raw_text);
  outline = pdf_outline (pdf);
  g_assert_nonnull (strstr (outline, ">2. NATO Secretary-General confirms"));
  g_assert_null (strstr (outline, ">1. "));
  g_assert_null (strstr (outline, ">3. "));
  g_assert_nonnull (strstr (text, "1 article"));
  g_assert_nonnull (strstr (text, "Gulf Press"));
  /* Other articles' titles, notes and outlets are not in it. */
  g_assert_null (strstr (text, "NATO won’t invite Ukraine to alliance in short term"));
  g_assert_null (strstr (text, "Check against the Rada transcript"));
  g_assert_null (strstr (text, "Words that are gone"));
  g_assert_null (strstr (text, "MENAFN"));
  /* Its own note is. */
  g_assert_nonnull (strstr (text, "Київ"));

  g_assert_cmpint (g_remove (pdf), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_contents (void)
{
  g_autoptr(DossierAnalysis) analysis = dossier_test_analyse_seeds ();
  g_autoptr(DossierExportOptions) options = options_with_annotations (analysis);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dossier-pdf-XXXXXX", &error);
  g_autofree char *pdf = g_build_filename (dir, "contents.pdf", NULL);
  g_autofree char *raw_text = NULL;
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;

  if (skip_without_poppler ())
    return;
  /* The annotations without the articles' text: the quotes and notes. */
  options->contents = DOSSIER_EXPORT_ANNOTATIONS | DOSSIER_EXPORT_EVENTS;
  g_assert_true (dossier_pdf_write (analysis, options, pdf, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  raw_text = pdf_text (pdf);
  text = squash (raw_text);
  info = pdf_info (pdf);
  g_assert_nonnull (strstr (text, "Check against the Rada transcript"));
  g_assert_nonnull (strstr (text, "Event table"));
  g_assert_null (strstr (text, "Entity index"));
  g_assert_null (strstr (text, "Timeline"));
  g_assert_cmpint (pages_of (info), <=, 8);

  g_assert_cmpint (g_remove (pdf), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Cancels once part of the report is drawn. */
static void
cancel_midway (double   fraction,
               gpointer user_data)
{
  if (fraction > 0.3)
    g_cancellable_cancel (user_data);
}

static void
test_cancelled (void)
{
  g_autoptr(DossierAnalysis) analysis = dossier_test_analyse_seeds ();
  g_autoptr(DossierExportOptions) options = options_with_annotations (analysis);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dossier-pdf-XXXXXX", &error);
  g_autofree char *pdf = g_build_filename (dir, "cancelled.pdf", NULL);
  g_autofree char *kept = g_build_filename (dir, "kept.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GDir) listing = NULL;

  g_assert_no_error (error);
  g_cancellable_cancel (cancellable);
  g_assert_false (dossier_pdf_write (analysis, options, pdf, NULL, NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* Cancelled while writing, over an older report: the older one stays. */
  g_assert_true (g_file_set_contents (kept, "the report of yesterday", -1, &error));
  g_assert_no_error (error);
  g_cancellable_reset (cancellable);
  g_assert_false (dossier_pdf_write (analysis, options, kept, cancel_midway, cancellable,
                                     cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_file_get_contents (kept, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "the report of yesterday");

  /* Cancelled while writing a new file: no file is left. */
  g_clear_error (&error);
  g_cancellable_reset (cancellable);
  g_assert_false (dossier_pdf_write (analysis, options, pdf, cancel_midway, cancellable,
                                     cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));

  /* Nothing else was left in the folder. */
  listing = g_dir_open (dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (listing), ==, "kept.pdf");
  g_assert_null (g_dir_read_name (listing));

  g_assert_cmpint (g_remove (kept), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

typedef struct
{
  DossierAnalysis *analysis;
  const DossierExportOptions *options;
  char *path;
} Job;

static gpointer
write_job (gpointer data)
{
  Job *job = data;

  return GINT_TO_POINTER (dossier_pdf_write (job->analysis, job->options, job->path,
                                             NULL, NULL, NULL, NULL));
}

/* Reports are written off the main thread, two at a time if need be. */
static void
test_threads (void)
{
  g_autoptr(DossierAnalysis) analysis = dossier_test_analyse_seeds ();
  g_autoptr(DossierExportOptions) options = options_with_annotations (analysis);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dossier-pdf-XXXXXX", &error);
  Job jobs[2];
  GThread *threads[2];

  if (skip_without_poppler ())
    return;
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *name = g_strdup_printf ("thread-%u.pdf", i);
      jobs[i] = (Job) { analysis, options, g_build_filename (dir, name, NULL) };
      threads[i] = g_thread_new ("pdf", write_job, &jobs[i]);
    }
  for (guint i = 0; i < 2; i++)
    g_assert_true (GPOINTER_TO_INT (g_thread_join (threads[i])));
  {
    g_autofree char *first = pdf_info (jobs[0].path);
    g_autofree char *second = pdf_info (jobs[1].path);
    g_assert_cmpint (pages_of (first), ==, pages_of (second));
  }
  for (guint i = 0; i < 2; i++)
    {
      g_assert_cmpint (g_remove (jobs[i].path), ==, 0);
      g_free (jobs[i].path);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_unwritable (void)
{
  g_autoptr(DossierAnalysis) analysis = dossier_test_analyse_seeds ();
  g_autoptr(DossierExportOptions) options = dossier_export_options_new (DOSSIER_EXPORT_PDF);
  g_autoptr(GError) error = NULL;

  g_assert_false (dossier_pdf_write (analysis, options, "/nonexistent-folder/report.pdf",
                                     NULL, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == G_IO_ERROR);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pdf-writer/whole-report", test_whole_report);
  g_test_add_func ("/pdf-writer/scope", test_scope);
  g_test_add_func ("/pdf-writer/annotation-colours", test_annotation_colours);
  g_test_add_func ("/pdf-writer/contents", test_contents);
  g_test_add_func ("/pdf-writer/cancelled", test_cancelled);
  g_test_add_func ("/pdf-writer/threads", test_threads);
  g_test_add_func ("/pdf-writer/unwritable", test_unwritable);

  return g_test_run ();
}
