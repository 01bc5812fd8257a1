/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* dossier-cli: the analysis without a display.
 *
 *   dossier-cli analyze [--json | --jsonl] [--ref-date YYYY-MM-DD] [--address URL FILE | PATH...]
 *   dossier-cli extract [--address URL FILE | PATH...]
 *   dossier-cli timeline [--ref-date YYYY-MM-DD] [--address URL FILE | PATH...]
 *   dossier-cli import --dossier FILE [--address URL FILE | PATH...]
 *   dossier-cli export --format pdf|csv|json [--dossier FILE] [--output PATH] [PATH...]
 *
 * With no PATH the bundled sample dossier is read.  Exit status: 0 when
 * every input was analysed, 1 when some could not be read (each reported
 * on stderr as "dossier-cli: PATH: reason"), 2 for a usage error. */

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <malloc.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "dossier-analysis.h"
#include "dossier-corpus.h"
#include "dossier-event-reports.h"
#include "dossier-export.h"
#include "dossier-id.h"
#include "dossier-json-writer.h"
#include "dossier-page-address.h"
#include "dossier-source.h"
#include "dossier-store.h"

typedef struct
{
  gboolean json;
  gboolean jsonl;
  char *ref_date;
  char *address;            /* --address, as kept: where the one file's page was */
  char **paths;
  DossierDate reference;
  char *seeds_dir;          /* set when reading the bundled sample */
} Options;

static void
options_clear (Options *options)
{
  g_free (options->ref_date);
  g_free (options->address);
  g_strfreev (options->paths);
  g_free (options->seeds_dir);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

static int
usage_error (GOptionContext *context,
             const char     *message)
{
  g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

  g_printerr ("dossier-cli: %s\n\n%s", message, help);
  return 2;
}

/* --address URL FILE: the address as it is kept, for one file (not a
 * folder, not several: an address names one page).  FALSE, with
 * @status set, after a usage error. */
static gboolean
check_address (GOptionContext  *context,
               char           **address,
               char           **paths,
               int             *status)
{
  char *kept = dossier_page_address_parse_typed (*address);

  if (kept == NULL)
    {
      *status = usage_error (context, _("--address needs a web address (http:// or https://) or a site’s name, "
                                        "as bbc.co.uk"));
      return FALSE;
    }
  g_free (*address);
  *address = kept;
  if (paths == NULL || paths[0] == NULL || paths[1] != NULL || g_file_test (paths[0], G_FILE_TEST_IS_DIR))
    {
      *status = usage_error (context, _("--address is for one file: give the file its page was saved or "
                                        "copied into"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
parse (int             *argc,
       char          ***argv,
       const char      *command,
       Options         *options,
       int             *status)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *parameter = g_strdup_printf ("%s [PATH…]", command);
  GOptionEntry analyze_entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &options->json, N_("One JSON document on standard output (the default)"), NULL },
    { "jsonl", 0, 0, G_OPTION_ARG_NONE, &options->jsonl, N_("One JSON line per article, for very large inputs"), NULL },
    { "ref-date", 0, 0, G_OPTION_ARG_STRING, &options->ref_date,
      N_("Publication date for articles that state none"), N_("YYYY-MM-DD") },
    { "address", 0, 0, G_OPTION_ARG_STRING, &options->address,
      N_("Where the one file given was on the web (its outlet and date may come from it)"), N_("URL") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &options->paths, NULL, "PATH…" },
    { NULL }
  };
  GOptionEntry timeline_entries[] = {
    { "ref-date", 0, 0, G_OPTION_ARG_STRING, &options->ref_date,
      N_("Publication date for articles that state none"), N_("YYYY-MM-DD") },
    { "address", 0, 0, G_OPTION_ARG_STRING, &options->address,
      N_("Where the one file given was on the web (its outlet and date may come from it)"), N_("URL") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &options->paths, NULL, "PATH…" },
    { NULL }
  };

  GOptionEntry extract_entries[] = {
    { "address", 0, 0, G_OPTION_ARG_STRING, &options->address,
      N_("Where the one file given was on the web (its outlet and date may come from it)"), N_("URL") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &options->paths, NULL, "PATH…" },
    { NULL }
  };

  context = g_option_context_new (parameter);
  if (strcmp (command, "timeline") == 0)
    {
      g_option_context_set_summary (context, _("Print the dossier's events as a dated list with their sources."));
      g_option_context_add_main_entries (context, timeline_entries, GETTEXT_PACKAGE);
    }
  else if (strcmp (command, "extract") == 0)
    {
      g_option_context_set_summary (context, _("Read the article out of each file or saved page, without analysis;\n"
                                               "print one JSON line per article (its metadata, paragraphs, captions\n"
                                               "and what was removed)."));
      g_option_context_add_main_entries (context, extract_entries, GETTEXT_PACKAGE);
    }
  else
    {
      g_option_context_set_summary (context, _("Clean and analyse news articles; print the result as JSON.\n"
                                               "Files or folders (.txt, .text, .md, .html, .htm); with none, the sample dossier."));
      g_option_context_add_main_entries (context, analyze_entries, GETTEXT_PACKAGE);
    }
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      *status = usage_error (context, error->message);
      return FALSE;
    }
  if (options->json && options->jsonl)
    {
      *status = usage_error (context, _("--json and --jsonl cannot be used together"));
      return FALSE;
    }
  if (options->ref_date != NULL &&
      (!dossier_date_parse_iso (options->ref_date, &options->reference) ||
       options->reference.precision != DOSSIER_PRECISION_DAY))
    {
      *status = usage_error (context, _("--ref-date needs a date as YYYY-MM-DD"));
      return FALSE;
    }
  if (options->address != NULL && !check_address (context, &options->address, options->paths, status))
    return FALSE;
  if (options->paths == NULL || options->paths[0] == NULL)
    {
      g_strfreev (options->paths);
      options->seeds_dir = dossier_source_get_seeds_dir ();
      options->paths = g_new0 (char *, 2);
      options->paths[0] = g_strdup (options->seeds_dir);
    }
  return TRUE;
}

/* The sample is shown as "seeds/NAME" wherever it is installed. */
static char *
shown_path (const Options *options,
            const char    *path)
{
  if (options->seeds_dir != NULL && g_str_has_prefix (path, options->seeds_dir))
    {
      const char *rest = path + strlen (options->seeds_dir);
      while (*rest == G_DIR_SEPARATOR)
        rest++;
      return g_build_filename ("seeds", rest, NULL);
    }
  return g_strdup (path);
}

static DossierDocument *
load (const Options *options,
      const char    *path,
      gboolean      *failed)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  DossierDocument *document;

  document = dossier_source_read (file, 0, options->address, NULL, NULL, &error);
  if (document == NULL)
    {
      g_printerr ("dossier-cli: %s: %s\n", path, error->message);
      *failed = TRUE;
      return NULL;
    }
  document->source = shown_path (options, path);
  if (!dossier_date_is_set (&document->published) && options->ref_date != NULL)
    {
      document->published = options->reference;
      document->published_from = DOSSIER_DATE_SOURCE_USER;
      document->published_evidence = g_strdup ("--ref-date");
    }
  for (guint w = 0; w < document->warnings->len; w++)
    g_printerr (_("dossier-cli: %s: warning: %s\n"), path, (const char *) g_ptr_array_index (document->warnings, w));
  return document;
}

static GPtrArray *
collect (const Options *options,
         gboolean      *failed)
{
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  GPtrArray *files = dossier_source_collect ((const char * const *) options->paths, errors);

  for (guint i = 0; i < errors->len; i++)
    {
      GError *error = g_ptr_array_index (errors, i);
      g_printerr ("dossier-cli: %s\n", error->message);
      *failed = TRUE;
    }
  return files;
}

static DossierAnalysis *
analyse_all (const Options *options,
             gboolean      *failed)
{
  g_autoptr(DossierGazetteer) gazetteer = dossier_gazetteer_new_default ();
  g_autoptr(GPtrArray) files = collect (options, failed);
  DossierAnalysis *analysis = dossier_analysis_new (gazetteer);

  for (guint i = 0; i < files->len; i++)
    {
      DossierDocument *document = load (options, g_ptr_array_index (files, i), failed);

      if (document == NULL)
        continue;
      /* Every article is held until the whole dossier is written: what
       * the cleaner removed, much of it the same from article to article,
       * is kept once.  (Streaming and extracting hold one article at a
       * time: nothing to share there.) */
      dossier_document_share_removed (document);
      dossier_analysis_add_document (analysis, document);
    }
  dossier_analysis_set_threads (analysis, g_get_num_processors ());
  dossier_analysis_run (analysis);
  return analysis;
}

static gboolean
write_out (GString *text)
{
  return fwrite (text->str, 1, text->len, stdout) == text->len;
}

/* A DossierJsonSink: the analysis of a long article is a long text, written
 * out as it grows, not held whole. */
static gboolean
write_out_sink (GString  *text,
                gpointer  user_data)
{
  return write_out (text);
}

static int
run_analyze (int    argc,
             char **argv)
{
  g_auto(Options) options = { 0 };
  g_autoptr(GString) out = g_string_sized_new (1 << 16);
  gboolean failed = FALSE;
  gboolean written = TRUE;
  int status = 0;

  if (!parse (&argc, &argv, "analyze", &options, &status))
    return status;

  if (options.jsonl)
    {
      /* Streaming: each article is analysed on its own and forgotten, so
       * memory stays bounded whatever the input's size. */
      g_autoptr(DossierGazetteer) gazetteer = dossier_gazetteer_new_default ();
      g_autoptr(GPtrArray) files = collect (&options, &failed);

      for (guint i = 0; i < files->len && written; i++)
        {
          g_autoptr(DossierAnalysis) analysis = NULL;
          DossierDocument *document = load (&options, g_ptr_array_index (files, i), &failed);

          if (document == NULL)
            continue;
          analysis = dossier_analysis_new (gazetteer);
          dossier_analysis_add_document (analysis, document);
          dossier_analysis_run (analysis);
          /* Articles keep the ids of their place in the input. */
          g_string_truncate (out, 0);
          written = dossier_json_write_article (analysis, 0, TRUE, i, write_out_sink, NULL, out) &&
                    write_out (out);
        }
    }
  else
    {
      g_autoptr(DossierAnalysis) analysis = analyse_all (&options, &failed);

      written = dossier_json_write_document (analysis, TRUE, write_out_sink, NULL, out) && write_out (out);
    }

  if (!written || fflush (stdout) != 0)
    {
      g_printerr (_("dossier-cli: cannot write the output: %s\n"), g_strerror (errno));
      return 1;
    }
  return failed ? 1 : 0;
}

/* The articles as the cleaner reads them, one JSON line each, in the
 * input's order; nothing is analysed. */
static int
run_extract (int    argc,
             char **argv)
{
  g_auto(Options) options = { 0 };
  g_autoptr(GString) out = g_string_sized_new (1 << 16);
  g_autoptr(GPtrArray) files = NULL;
  gboolean failed = FALSE;
  gboolean written = TRUE;
  int status = 0;

  if (!parse (&argc, &argv, "extract", &options, &status))
    return status;

  files = collect (&options, &failed);
  for (guint i = 0; i < files->len && written; i++)
    {
      DossierDocument *document = load (&options, g_ptr_array_index (files, i), &failed);

      if (document == NULL)
        continue;
      g_string_truncate (out, 0);
      dossier_json_write_extracted (document, i, out);
      dossier_document_free (document);
      written = write_out (out);
    }

  if (!written || fflush (stdout) != 0)
    {
      g_printerr (_("dossier-cli: cannot write the output: %s\n"), g_strerror (errno));
      return 1;
    }
  return failed ? 1 : 0;
}

/* The article's display title (dossier_document_dup_display_title ()), a
 * title made of its lead's words in square brackets, as an editor marks
 * words of their own. */
static char *
dup_display_title (DossierDocument *document)
{
  gboolean untitled = FALSE;
  g_autofree char *title = dossier_document_dup_display_title (document, &untitled);

  return untitled ? g_strdup_printf ("[%s]", title) : g_steal_pointer (&title);
}

/* An article where a source is cited: its outlet, else its title. */
static char *
describe_article (DossierDocument *document)
{
  if (document->outlet != NULL)
    return g_strdup (document->outlet);
  return dup_display_title (document);
}

/* Why the sources of @event are one event, link by link, between sources
 * of different articles: "a1 ¶2 ↔ a3 ¶1: the same day, the same
 * participants (Mark Rutte), one kind of action (fired ~ ouster)". */
static void
print_links (DossierAnalysis          *analysis,
             const DossierEventRecord *event)
{
  for (guint k = 0; event->links != NULL && k < event->links->len; k++)
    {
      const DossierEventLink *link = &g_array_index (event->links, DossierEventLink, k);
      const DossierEventSource *a = &g_array_index (event->sources, DossierEventSource, link->source_a);
      const DossierEventSource *b = &g_array_index (event->sources, DossierEventSource, link->source_b);
      g_autofree char *why = NULL;
      char id_a[DOSSIER_ID_SIZE], id_b[DOSSIER_ID_SIZE];

      if (a->document == b->document)
        continue;
      why = dossier_event_link_describe (analysis, link);
      /* Translators: one link of an event's sources: two sources, then why. */
      g_print (_("    linked %s ¶%u ↔ %s ¶%u: %s\n"),
               dossier_id_format (id_a, DOSSIER_ID_ARTICLE, a->document), a->paragraph + 1,
               dossier_id_format (id_b, DOSSIER_ID_ARTICLE, b->document), b->paragraph + 1, why);
    }
}

static int
run_timeline (int    argc,
              char **argv)
{
  g_auto(Options) options = { 0 };
  g_autoptr(DossierAnalysis) analysis = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  gboolean failed = FALSE;
  int status = 0;

  if (!parse (&argc, &argv, "timeline", &options, &status))
    return status;

  analysis = analyse_all (&options, &failed);
  documents = g_ptr_array_new ();
  for (guint d = 0; d < dossier_analysis_get_n_documents (analysis); d++)
    g_ptr_array_add (documents, dossier_analysis_get_document (analysis, d));

  for (guint d = 0; d < dossier_analysis_get_n_documents (analysis); d++)
    {
      DossierDocument *document = dossier_analysis_get_document (analysis, d);
      g_autofree char *published = dossier_json_published (document);
      const char *outlet = document->outlet ? document->outlet : "—";
      /* printf pads bytes, not characters: pad the outlet by hand. */
      int padding = MAX (0, 12 - (int) g_utf8_strlen (outlet, -1));
      g_autofree char *title = dup_display_title (document);
      char id[DOSSIER_ID_SIZE];

      g_print ("%s  %s%*s %-10s %s", dossier_id_format (id, DOSSIER_ID_ARTICLE, d), outlet, padding, "",
               published ? published : _("undated"), title);
      /* Where it came from, when known, delimited as addresses are in text. */
      if (document->address != NULL)
        g_print ("  <%s>", document->address);
      g_print ("\n");
      if (document->published_from == DOSSIER_DATE_SOURCE_INFERRED)
        g_print (_("    date inferred: %s\n"), document->published_evidence);
    }
  g_print ("\n");

  for (guint v = 0; v < dossier_analysis_get_n_events (analysis); v++)
    {
      const DossierEventRecord *event = dossier_analysis_get_event (analysis, v);
      g_autofree char *when = dossier_date_format_readable (&event->date);
      guint n_outlets = 0;

      g_autoptr(GPtrArray) outlets = dossier_event_record_dup_outlets (event, documents, NULL, &n_outlets);
      guint n_articles = dossier_event_record_count_articles (event, NULL);

      g_print ("%s — %s\n", when, event->summary);
      if (n_articles > 1)
        {
          g_autoptr(GString) names = g_string_new (NULL);

          for (guint o = 0; o < outlets->len; o++)
            g_string_append_printf (names, "%s%s", o > 0 ? ", " : "", (char *) g_ptr_array_index (outlets, o));
          /* Translators: how many articles report an event. */
          g_autofree char *articles = g_strdup_printf (ngettext ("%u article", "%u articles", n_articles), n_articles);
          /* Translators: how many outlets report an event. */
          g_autofree char *outlet_count = g_strdup_printf (ngettext ("%u outlet", "%u outlets", n_outlets), n_outlets);

          if (names->len > 0)
            /* Translators: "5 articles, 4 outlets (Reuters, DW)": the
             * outlets whose names are known in brackets. */
            g_print (_("    %s, %s (%s)\n"), articles, outlet_count, names->str);
          else
            g_print ("    %s, %s\n", articles, outlet_count);
        }
      for (guint s = 0; s < event->sources->len; s++)
        {
          const DossierEventSource *source = &g_array_index (event->sources, DossierEventSource, s);
          DossierDocument *document = dossier_analysis_get_document (analysis, source->document);
          DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, source->paragraph);
          g_autofree char *sentence = g_strndup (paragraph->text + source->start, source->end - source->start);
          g_autofree char *dated_by = source->date_end > source->date_start
            ? g_strdup_printf ("“%.*s”", (int) (source->date_end - source->date_start),
                               paragraph->text + source->date_start)
            : g_strdup (source->dating == DOSSIER_DATED_IMPLICITLY ? _("the day it was published")
                        : source->dating == DOSSIER_DATED_AS_SAYING ? _("said without a date, on the day its article reports")
                        : source->dating == DOSSIER_DATED_AS_CONTINUATION ? _("goes on from the sentence before, without a date")
                        : _("by content"));
          g_autofree char *article = describe_article (document);
          char id[DOSSIER_ID_SIZE];

          g_print ("    %s %s, ¶%u (%s): %s\n", dossier_id_format (id, DOSSIER_ID_ARTICLE, source->document),
                   article, source->paragraph + 1, dated_by, sentence);
        }
      print_links (analysis, event);
      g_print ("\n");
    }
  return failed ? 1 : 0;
}


static void
report_failures (GPtrArray *failures)
{
  for (guint i = 0; failures != NULL && i < failures->len; i++)
    g_printerr ("dossier-cli: %s\n", ((GError *) g_ptr_array_index (failures, i))->message);
}

/* dossier-cli import --dossier FILE PATH…: the articles' bytes kept in the
 * dossier file (made if missing), as the app's Import does. */
static int
run_import (int    argc,
            char **argv)
{
  g_autofree char *dossier = NULL;
  g_autofree char *address = NULL;
  g_auto(GStrv) paths = NULL;
  int status = 0;
  GOptionEntry entries[] = {
    { "dossier", 'd', 0, G_OPTION_ARG_FILENAME, &dossier, N_("The dossier file to add to (made if missing)"), N_("FILE") },
    { "address", 0, 0, G_OPTION_ARG_STRING, &address,
      N_("Where the one file given was on the web, kept with it"), N_("URL") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &paths, NULL, "PATH…" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("--dossier FILE [--address URL] PATH…"));
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierStore) store = NULL;
  g_autoptr(DossierCorpus) corpus = dossier_corpus_new ();
  g_autoptr(GPtrArray) failures = NULL;
  guint before;

  g_option_context_set_summary (context, _("Add articles (files or folders) to a dossier file."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error (context, error->message);
  if (dossier == NULL)
    return usage_error (context, _("--dossier FILE is needed"));
  if (paths == NULL || paths[0] == NULL)
    return usage_error (context, _("no articles to import"));
  if (address != NULL && !check_address (context, &address, paths, &status))
    return status;

  store = dossier_store_open (dossier, TRUE, &error);
  if (store == NULL || !dossier_corpus_open (corpus, store, &failures, NULL, &error))
    {
      g_printerr ("dossier-cli: %s\n", error->message);
      return 1;
    }
  report_failures (failures);
  g_clear_pointer (&failures, g_ptr_array_unref);
  before = g_list_model_get_n_items (G_LIST_MODEL (corpus));
  if (address != NULL ? !dossier_corpus_import_with_address (corpus, paths[0], address, &failures, NULL, &error)
                      : !dossier_corpus_import (corpus, (const char * const *) paths, &failures, NULL, &error))
    {
      g_printerr ("dossier-cli: %s: %s\n", dossier, error->message);
      return 1;
    }
  report_failures (failures);
  g_print (_("%s: %u articles added, %u in the dossier\n"), dossier,
           g_list_model_get_n_items (G_LIST_MODEL (corpus)) - before, g_list_model_get_n_items (G_LIST_MODEL (corpus)));
  dossier_store_close (store);
  /* An article already in the dossier is said so, and is no failure. */
  for (guint i = 0; failures != NULL && i < failures->len; i++)
    if (!g_error_matches (g_ptr_array_index (failures, i), DOSSIER_CORPUS_ERROR, DOSSIER_CORPUS_ERROR_DUPLICATE))
      return 1;
  return 0;
}

static gboolean
parse_contents (const char             *list,
                DossierExportContents  *contents)
{
  static const struct { const char *name; DossierExportContents flag; } names[] = {
    { "text", DOSSIER_EXPORT_TEXT },
    { "highlights", DOSSIER_EXPORT_HIGHLIGHTS },
    { "annotations", DOSSIER_EXPORT_ANNOTATIONS },
    { "entities", DOSSIER_EXPORT_ENTITIES },
    { "timeline", DOSSIER_EXPORT_TIMELINE },
    { "events", DOSSIER_EXPORT_EVENTS },
    { "all", DOSSIER_EXPORT_EVERYTHING },
  };
  g_auto(GStrv) parts = g_strsplit (list, ",", -1);

  *contents = 0;
  for (guint i = 0; parts[i] != NULL; i++)
    {
      gboolean known = FALSE;
      g_strstrip (parts[i]);
      for (guint n = 0; n < G_N_ELEMENTS (names); n++)
        if (strcmp (parts[i], names[n].name) == 0)
          {
            *contents |= names[n].flag;
            known = TRUE;
          }
      if (!known && *parts[i] != '\0')
        return FALSE;
    }
  return *contents != 0;
}

static gboolean
parse_table (const char       *name,
             DossierCsvTables *tables)
{
  static const struct { const char *name; DossierCsvTables table; } names[] = {
    { "articles", DOSSIER_CSV_ARTICLES },
    { "entities", DOSSIER_CSV_ENTITIES },
    { "mentions", DOSSIER_CSV_MENTIONS },
    { "events", DOSSIER_CSV_EVENTS },
    { "annotations", DOSSIER_CSV_ANNOTATIONS },
  };

  for (guint n = 0; n < G_N_ELEMENTS (names); n++)
    if (g_strcmp0 (name, names[n].name) == 0 ||
        (g_str_has_suffix (name, ".csv") && strncmp (name, names[n].name, strlen (names[n].name)) == 0 &&
         strlen (name) == strlen (names[n].name) + 4))
      {
        *tables = names[n].table;
        return TRUE;
      }
  return FALSE;
}

/* "a1,a3" → ascending indices; FALSE for an id the dossier lacks. */
static gboolean
parse_articles (const char  *list,
                guint        n_articles,
                GArray     **articles)
{
  g_auto(GStrv) parts = g_strsplit (list, ",", -1);
  g_autoptr(GArray) indices = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *id = g_strstrip (parts[i]);
      guint index;

      if (*id == '\0')
        continue;
      if (!dossier_id_parse (id, DOSSIER_ID_ARTICLE, n_articles, &index))
        return FALSE;
      g_array_append_val (indices, index);
    }
  if (indices->len == 0)
    return FALSE;
  dossier_export_options_sort_articles (indices);
  *articles = g_steal_pointer (&indices);
  return TRUE;
}

static void
print_progress (double   fraction,
                gpointer user_data)
{
  /* Quiet unless asked: scripts read stdout and stderr. */
}

/* dossier-cli export: what the export dialog writes, headless. */
static int
run_export (int    argc,
            char **argv)
{
  g_auto(Options) options = { 0 };
  g_autofree char *format_name = NULL;
  g_autofree char *dossier = NULL;
  g_autofree char *output = NULL;
  g_autofree char *contents_list = NULL;
  g_autofree char *table = NULL;
  g_autofree char *articles_list = NULL;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name, N_("pdf, csv or json"), N_("FORMAT") },
    { "dossier", 'd', 0, G_OPTION_ARG_FILENAME, &dossier, N_("The dossier file to export (with its annotations and corrections)"), N_("FILE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Where to write: a file (PDF, JSON; “-” for standard output), a folder (CSV) or one .csv file with --table"), N_("PATH") },
    { "contents", 'c', 0, G_OPTION_ARG_STRING, &contents_list,
      N_("What to include: text,highlights,annotations,entities,timeline,events (default: all)"), N_("LIST") },
    { "table", 't', 0, G_OPTION_ARG_STRING, &table, N_("CSV: only this table (articles, entities, mentions, events, annotations)"), N_("NAME") },
    { "articles", 'a', 0, G_OPTION_ARG_STRING, &articles_list, N_("Only these articles, by id (a1,a3)"), N_("IDS") },
    { "ref-date", 0, 0, G_OPTION_ARG_STRING, &options.ref_date,
      N_("Publication date for articles that state none"), N_("YYYY-MM-DD") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &options.paths, NULL, "PATH…" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("--format pdf|csv|json [PATH…]"));
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierExportOptions) export = NULL;
  g_autoptr(DossierAnalysis) analysis = NULL;
  g_autoptr(DossierStore) store = NULL;
  g_autoptr(DossierCorpus) corpus = NULL;
  g_autofree char *name = NULL;
  DossierExportFormat format;
  gboolean failed = FALSE;
  gboolean to_stdout;

  g_option_context_set_summary (context, _("Export a dossier, or articles (files or folders; with neither, the sample "
                                           "dossier), as a PDF report, CSV tables or JSON with W3C Web Annotations."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error (context, error->message);
  if (format_name == NULL || !dossier_export_format_from_string (format_name, &format))
    return usage_error (context, _("--format must be pdf, csv or json"));
  if (dossier != NULL && options.paths != NULL && options.paths[0] != NULL)
    return usage_error (context, _("give a dossier file or articles, not both (add articles with “dossier-cli import”)"));
  if (options.ref_date != NULL &&
      (!dossier_date_parse_iso (options.ref_date, &options.reference) ||
       options.reference.precision != DOSSIER_PRECISION_DAY))
    return usage_error (context, _("--ref-date needs a date as YYYY-MM-DD"));

  export = dossier_export_options_new (format);
  if (contents_list != NULL && !parse_contents (contents_list, &export->contents))
    return usage_error (context, _("--contents takes a list of text, highlights, annotations, entities, timeline, events"));
  if (table != NULL && (format != DOSSIER_EXPORT_CSV || !parse_table (table, &export->tables)))
    return usage_error (context, _("--table is for CSV: articles, entities, mentions, events or annotations"));
  to_stdout = g_strcmp0 (output, "-") == 0;
  if (to_stdout && format == DOSSIER_EXPORT_CSV && table == NULL)
    return usage_error (context, _("CSV to standard output needs --table"));

  if (dossier != NULL)
    {
      g_autoptr(GPtrArray) failures = NULL;
      GListModel *annotations;

      store = dossier_store_open (dossier, FALSE, &error);
      corpus = dossier_corpus_new ();
      if (store == NULL || !dossier_corpus_open (corpus, store, &failures, NULL, &error))
        {
          g_printerr ("dossier-cli: %s\n", error->message);
          return 1;
        }
      report_failures (failures);
      failed = failures != NULL && failures->len > 0;
      analysis = dossier_analysis_ref (dossier_corpus_get_analysis (corpus));
      name = dossier_store_dup_name (store);
      export->annotations = g_ptr_array_new_with_free_func (g_object_unref);
      annotations = dossier_corpus_get_annotations (corpus);
      for (guint i = 0; i < g_list_model_get_n_items (annotations); i++)
        {
          g_autoptr(DossierAnnotation) annotation = g_list_model_get_item (annotations, i);
          g_ptr_array_add (export->annotations, dossier_annotation_copy (annotation));
        }
      for (guint c = 0; c < DOSSIER_N_COLOURS; c++)
        {
          g_free (export->colour_labels[c]);
          export->colour_labels[c] = dossier_store_dup_colour_label (store, c);
        }
    }
  else
    {
      if (options.paths == NULL || options.paths[0] == NULL)
        {
          g_strfreev (options.paths);
          options.seeds_dir = dossier_source_get_seeds_dir ();
          options.paths = g_new0 (char *, 2);
          options.paths[0] = g_strdup (options.seeds_dir);
          name = g_strdup (_("Sample dossier"));
        }
      else
        name = g_strdup ("Dossier");
      analysis = analyse_all (&options, &failed);
    }
  export->title = g_strdup (name);

  if (articles_list != NULL &&
      !parse_articles (articles_list, dossier_analysis_get_n_documents (analysis), &export->articles))
    return usage_error (context, _("--articles takes article ids of the dossier, as a1,a3"));

  if (to_stdout)
    {
      g_autoptr(GString) out = g_string_sized_new (1 << 16);

      if (format == DOSSIER_EXPORT_PDF)
        return usage_error (context, _("a PDF cannot go to standard output; give --output FILE"));
      if (format == DOSSIER_EXPORT_JSON)
        dossier_json_write_export (analysis, export, out);
      else
        {
          g_autofree char *dir = g_dir_make_tmp ("dossier-cli-XXXXXX", &error);
          g_autofree char *file = NULL;
          g_autofree char *contents = NULL;
          gsize len;

          if (dir == NULL)
            {
              g_printerr ("dossier-cli: %s\n", error->message);
              return 1;
            }
          file = g_build_filename (dir, "table.csv", NULL);
          if (!dossier_export_write (analysis, export, file, NULL, NULL, NULL, &error) ||
              !g_file_get_contents (file, &contents, &len, &error))
            {
              g_printerr ("dossier-cli: %s\n", error->message);
              return 1;
            }
          g_string_append_len (out, contents, len);
          g_unlink (file);
          g_rmdir (dir);
        }
      if (!write_out (out) || fflush (stdout) != 0)
        {
          g_printerr (_("dossier-cli: cannot write the output: %s\n"), g_strerror (errno));
          return 1;
        }
      return failed ? 1 : 0;
    }

  if (output == NULL)
    output = dossier_export_default_name (format, name);
  if (!dossier_export_write (analysis, export, output, print_progress, NULL, NULL, &error))
    {
      g_printerr ("dossier-cli: %s: %s\n", output, error->message);
      return 1;
    }
  if (store != NULL)
    dossier_store_close (store);
  return failed ? 1 : 0;
}


int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Standard output is the JSON or the CSV: every message, debug ones
   * included (G_MESSAGES_DEBUG=dossier-core explains the analysis), goes
   * to standard error. */
  g_log_writer_default_set_use_stderr (TRUE);

  /* A page's buffers (its bytes, its text, its tree) are freed and made
   * again for the next page: kept in the heap rather than given back to
   * the system and faulted in afresh each time. */
  mallopt (M_MMAP_THRESHOLD, 64 * 1024 * 1024);
  mallopt (M_TRIM_THRESHOLD, 128 * 1024 * 1024);

  /* Articles are written as they are analysed: one buffer of 64 KiB, not
   * a system call per few kilobytes (nor a megabyte kept for it). */
  setvbuf (stdout, NULL, _IOFBF, 1 << 16);
  /* A write past a file size limit fails with an error we report (the
   * disk is full), instead of killing the process mid-write. */
  signal (SIGXFSZ, SIG_IGN);

  if (argc >= 2 && strcmp (argv[1], "analyze") == 0)
    return run_analyze (argc - 1, argv + 1);
  if (argc >= 2 && strcmp (argv[1], "extract") == 0)
    return run_extract (argc - 1, argv + 1);
  if (argc >= 2 && strcmp (argv[1], "timeline") == 0)
    return run_timeline (argc - 1, argv + 1);
  if (argc >= 2 && strcmp (argv[1], "import") == 0)
    return run_import (argc - 1, argv + 1);
  if (argc >= 2 && strcmp (argv[1], "export") == 0)
    return run_export (argc - 1, argv + 1);
  if (argc >= 2 && (strcmp (argv[1], "--version") == 0))
    {
      g_print ("dossier-cli %s\n", PACKAGE_VERSION);
      return 0;
    }
  if (argc >= 2 && (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0 ||
                    strcmp (argv[1], "help") == 0))
    {
      g_print ("%s", _("Usage: dossier-cli COMMAND [OPTION…] [PATH…]\n\n"
                       "Commands:\n"
                       "  analyze    clean and analyse articles; print JSON (see spec/cli-json.md)\n"
                       "  extract    read the articles out of files and pages, without analysis; print JSON lines\n"
                       "  timeline   print the events as a dated list with their sources\n"
                       "  import     add articles to a dossier file\n"
                       "  export     write a PDF report, CSV tables or JSON\n\n"
                       "Run “dossier-cli COMMAND --help” for a command's options.\n"));
      return 0;
    }
  g_printerr ("%s", _("Usage: dossier-cli analyze|extract|timeline|import|export [OPTION…] [PATH…]\n"));
  return 2;
}
