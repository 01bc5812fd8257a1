/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The PDF report's entry point: everything the report needs is gathered
 * once before drawing (which articles are in it, each article's
 * annotations, so an article costs what its own text and notes cost, the
 * events with their sources in scope), then the parts are drawn in order
 * onto a cairo PDF surface that writes to the file as it goes.  How the
 * report is drawn: dossier-report-private.h. */

#include "config.h"

#include "dossier-pdf-writer.h"

#include "dossier-report-private.h"

#include <glib/gi18n-lib.h>

G_DEFINE_QUARK (dossier-pdf-writer-error-quark, dossier_pdf_writer_error)

/* Output */

/* Once a write failed or the report was cancelled, the rest is thrown
 * away rather than refused: cairo 1.16 trips over its own outline when a
 * surface whose stream failed is finished. */
static cairo_status_t
write_to_stream (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  DossierReport *report = closure;

  if (report->write_error != NULL)
    return CAIRO_STATUS_SUCCESS;
  if (g_cancellable_set_error_if_cancelled (report->cancellable, &report->write_error))
    return CAIRO_STATUS_SUCCESS;
  g_output_stream_write_all (report->stream, data, length, NULL,
                             report->cancellable, &report->write_error);
  return CAIRO_STATUS_SUCCESS;
}

/* Scope */

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const DossierReportEvent *x = a, *y = b;
  int order = dossier_date_compare (&x->record->date, &y->record->date);

  if (order != 0)
    return order;
  if (x->first_day != y->first_day)
    return x->first_day < y->first_day ? -1 : 1;
  return x->number < y->number ? -1 : x->number > y->number;
}

static void
gather_scope (DossierReport *report)
{
  const DossierExportOptions *options = report->options;
  guint n_events = dossier_analysis_get_n_events (report->analysis);

  report->n_documents = dossier_analysis_get_n_documents (report->analysis);
  report->included = g_new0 (gboolean, MAX (report->n_documents, 1));
  report->article_pages = g_new0 (int, MAX (report->n_documents, 1));
  report->annotations = g_new0 (GPtrArray *, MAX (report->n_documents, 1));
  report->orphans = g_ptr_array_new ();
  if (options->articles != NULL)
    {
      for (guint i = 0; i < options->articles->len; i++)
        {
          guint index = g_array_index (options->articles, guint, i);
          if (index < report->n_documents && !report->included[index])
            {
              report->included[index] = TRUE;
              report->n_included++;
            }
        }
    }
  else
    {
      for (guint d = 0; d < report->n_documents; d++)
        report->included[d] = TRUE;
      report->n_included = report->n_documents;
    }

  /* Each article's annotations, so drawing an article looks only at its
   * own. */
  if ((options->contents & DOSSIER_EXPORT_ANNOTATIONS) && options->annotations != NULL)
    for (guint i = 0; i < options->annotations->len; i++)
      {
        DossierAnnotation *annotation = g_ptr_array_index (options->annotations, i);
        int document = dossier_annotation_get_document (annotation);

        if (document < 0 || (guint) document >= report->n_documents)
          {
            /* An annotation of an article not in this analysis belongs to
             * no article of the scope; it is listed with a whole report. */
            if (options->articles == NULL)
              g_ptr_array_add (report->orphans, annotation);
            continue;
          }
        if (!report->included[document])
          continue;
        report->n_annotations++;
        if (dossier_annotation_get_orphaned (annotation))
          {
            g_ptr_array_add (report->orphans, annotation);
            continue;
          }
        if (report->annotations[document] == NULL)
          report->annotations[document] = g_ptr_array_new ();
        g_ptr_array_add (report->annotations[document], annotation);
      }

  /* Events with their sources in scope, in date order. */
  report->events = g_array_new (FALSE, FALSE, sizeof (DossierReportEvent));
  for (guint e = 0; e < n_events; e++)
    {
      const DossierEventRecord *record = dossier_analysis_get_event (report->analysis, e);
      DossierReportEvent event = { record, e, 0, 0, 0 };

      /* Undated, or hidden by the researcher: no event of the report. */
      if (!dossier_date_is_set (&record->date) || record->hidden)
        continue;
      for (guint s = 0; s < record->sources->len; s++)
        {
          const DossierEventSource *source = &g_array_index (record->sources, DossierEventSource, s);
          if (source->document < report->n_documents && report->included[source->document])
            event.n_sources++;
        }
      if (event.n_sources == 0)
        continue;
      dossier_date_get_span (&record->date, &event.first_day, &event.last_day);
      g_array_append_val (report->events, event);
    }
  g_array_sort (report->events, compare_events);
  for (guint i = 0; i < report->events->len; i++)
    g_array_index (report->events, DossierReportEvent, i).number = i + 1;
}

/* The whole */

static void
set_metadata (DossierReport *report)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *created = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  /* Translators: the PDF's subject, in its document properties. */
  g_autofree char *subject = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                           "A report on %u news article: timeline, articles, entities and events",
                                                           "A report on %u news articles: timeline, articles, entities and events",
                                                           report->n_included),
                                              report->n_included);
  const char *author = g_get_real_name ();

  if (author == NULL || author[0] == '\0' || g_strcmp0 (author, "Unknown") == 0)
    author = g_get_user_name ();
  cairo_pdf_surface_set_metadata (report->surface, CAIRO_PDF_METADATA_TITLE, report->name);
  cairo_pdf_surface_set_metadata (report->surface, CAIRO_PDF_METADATA_AUTHOR, author);
  cairo_pdf_surface_set_metadata (report->surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  cairo_pdf_surface_set_metadata (report->surface, CAIRO_PDF_METADATA_CREATOR, "Dossier " PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (report->surface, CAIRO_PDF_METADATA_CREATE_DATE, created);
}

static void
report_clear (DossierReport *report)
{
  g_clear_pointer (&report->cr, cairo_destroy);
  g_clear_pointer (&report->surface, cairo_surface_destroy);
  g_clear_object (&report->context);
  g_clear_object (&report->font_map);
  g_clear_object (&report->stream);
  g_clear_error (&report->write_error);
  g_clear_pointer (&report->name, g_free);
  for (guint d = 0; report->annotations != NULL && d < report->n_documents; d++)
    g_clear_pointer (&report->annotations[d], g_ptr_array_unref);
  g_clear_pointer (&report->annotations, g_free);
  g_clear_pointer (&report->included, g_free);
  g_clear_pointer (&report->article_pages, g_free);
  g_clear_pointer (&report->orphans, g_ptr_array_unref);
  g_clear_pointer (&report->events, g_array_unref);
}

/* Drops what was written: the replaced file stays as it was; a file that
 * did not exist before is removed. */
static void
abandon (DossierReport *report,
         GFile         *file,
         gboolean       existed)
{
  g_autoptr(GCancellable) abort = g_cancellable_new ();

  g_cancellable_cancel (abort);
  if (report->stream != NULL && !g_output_stream_is_closed (report->stream))
    g_output_stream_close (report->stream, abort, NULL);
  if (!existed)
    g_file_delete (file, NULL, NULL);
}

gboolean
dossier_pdf_write (DossierAnalysis             *analysis,
                   const DossierExportOptions  *options,
                   const char                  *path,
                   DossierExportProgress        progress,
                   gpointer                     user_data,
                   GCancellable                *cancellable,
                   GError                     **error)
{
  g_autoptr(GFile) file = NULL;
  DossierReport report = { 0 };
  cairo_font_options_t *font_options;
  cairo_status_t status;
  gboolean existed;
  gboolean ok = TRUE;

  g_return_val_if_fail (analysis != NULL, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  file = g_file_new_for_path (path);
  existed = g_file_query_exists (file, NULL);
  report.stream = G_OUTPUT_STREAM (g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                                   cancellable, error));
  if (report.stream == NULL)
    return FALSE;

  report.analysis = analysis;
  report.options = options;
  report.cancellable = cancellable;
  report.progress = progress;
  report.user_data = user_data;
  report.name = g_strdup (options->title != NULL && options->title[0] != '\0' ? options->title : _("Dossier"));
  gather_scope (&report);

  report.surface = cairo_pdf_surface_create_for_stream (write_to_stream, &report, PAGE_WIDTH, PAGE_HEIGHT);
  report.cr = cairo_create (report.surface);
  /* A font map of this call's own: Pango's default one belongs to the
   * thread that made it. */
  report.font_map = pango_cairo_font_map_new ();
  report.context = pango_font_map_create_context (report.font_map);
  pango_cairo_context_set_resolution (report.context, 72);
  font_options = cairo_font_options_create ();
  /* Metrics as designed, not snapped to a screen's pixels. */
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (report.context, font_options);
  cairo_font_options_destroy (font_options);
  pango_cairo_update_context (report.cr, report.context);
  set_metadata (&report);

  report.steps = 2 + report.n_included +
                 !!(options->contents & DOSSIER_EXPORT_TIMELINE) +
                 !!(options->contents & DOSSIER_EXPORT_ENTITIES) +
                 !!(options->contents & DOSSIER_EXPORT_EVENTS);
  if (progress != NULL)
    progress (0, user_data);

  _dossier_report_write_cover (&report);
  _dossier_report_step_done (&report);
  if ((options->contents & DOSSIER_EXPORT_TIMELINE) && !_dossier_report_cancelled (&report))
    {
      _dossier_report_write_timeline (&report);
      _dossier_report_step_done (&report);
    }
  if ((options->contents & (DOSSIER_EXPORT_TEXT | DOSSIER_EXPORT_ANNOTATIONS)) && !_dossier_report_cancelled (&report))
    _dossier_report_write_articles (&report);
  else
    report.steps_done += report.n_included;
  if (report.orphans->len > 0 && !_dossier_report_cancelled (&report))
    _dossier_report_write_orphans (&report);
  if ((options->contents & DOSSIER_EXPORT_ENTITIES) && !_dossier_report_cancelled (&report))
    {
      _dossier_report_write_entity_index (&report);
      _dossier_report_step_done (&report);
    }
  if ((options->contents & DOSSIER_EXPORT_EVENTS) && !_dossier_report_cancelled (&report))
    {
      _dossier_report_write_event_table (&report);
      _dossier_report_step_done (&report);
    }

  if (_dossier_report_cancelled (&report) && report.write_error == NULL)
    g_cancellable_set_error_if_cancelled (cancellable, &report.write_error);
  /* Finishing writes the rest (the fonts, the outline) through the
   * stream; once something failed, write_to_stream drops it. */
  cairo_destroy (g_steal_pointer (&report.cr));
  cairo_surface_finish (report.surface);
  status = cairo_surface_status (report.surface);

  if (report.write_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&report.write_error));
      ok = FALSE;
    }
  else if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, DOSSIER_PDF_WRITER_ERROR, DOSSIER_PDF_WRITER_ERROR_FAILED,
                   _("Could not draw the report: %s"), cairo_status_to_string (status));
      ok = FALSE;
    }
  else if (!g_output_stream_close (report.stream, cancellable, error))
    ok = FALSE;

  if (!ok)
    abandon (&report, file, existed);
  else
    _dossier_report_step_done (&report);
  report_clear (&report);
  return ok;
}
