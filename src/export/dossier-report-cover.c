/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The report's cover: the dossier's name, the days its articles span,
 * what it holds (articles, entities, events, annotations), its outlets,
 * what the colours in the articles mean, and when it was made. */

#include "config.h"

#include "dossier-report-private.h"

#include <glib/gi18n-lib.h>

static const char * const entity_type_names[3] = { N_("Person"), N_("Organisation"), N_("Place") };

/* Dates */

/* "17–20 October 2024", "30 September – 2 October 2024", …: the days as
 * dossier_date_format_readable () words them, the first one shortened when
 * it is in the last one's month or year. */
static char *
format_day_range (int first,
                  int last)
{
  DossierDate a = dossier_date_from_day_number (first);
  DossierDate b = dossier_date_from_day_number (last);
  g_autofree char *end = dossier_date_format_readable (&b);

  if (first == last)
    return g_steal_pointer (&end);
  if (a.year == b.year && a.month == b.month)
    /* Translators: days of one month, e.g. "17–20 October 2024": the
     * number of the first day, then the last day as the "%-d %B %Y"
     * date format gives it. */
    return g_strdup_printf (C_("date range", "%d–%s"), a.day, end);
  if (a.year == b.year)
    {
      g_autoptr(GDateTime) time = g_date_time_new_utc (a.year, a.month, a.day, 0, 0, 0);
      /* Translators: a g_date_time_format () string: the first day of a
       * range within one year, e.g. "30 September" in
       * "30 September – 2 October 2024". */
      g_autofree char *start = g_date_time_format (time, C_("date format", "%-d %B"));
      /* Translators: from the first day to the last, e.g.
       * "30 September – 2 October 2024". */
      return g_strdup_printf (C_("date range", "%s – %s"), start, end);
    }
  {
    g_autofree char *start = dossier_date_format_readable (&a);
    /* Translators: from the first day to the last, e.g.
     * "30 September – 2 October 2024". */
    return g_strdup_printf (C_("date range", "%s – %s"), start, end);
  }
}

/* Outlets and the legend */

typedef struct
{
  const char *outlet;
  guint count;
} OutletCount;

static int
compare_outlets (gconstpointer a,
                 gconstpointer b)
{
  const OutletCount *x = a, *y = b;

  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  return g_utf8_collate (x->outlet, y->outlet);
}

static void
legend_row (DossierReport *report,
            double         x,
            const double  *rgb,
            const char    *label,
            double        *cursor_x)
{
  g_autoptr(PangoLayout) layout = _dossier_report_text_layout (report, SANS " 8.5", -1, label);

  _dossier_report_swatch (report, *cursor_x, report->y + 2.5, 9, rgb);
  _dossier_report_set_ink (report);
  _dossier_report_show_layout (report, layout, *cursor_x + 13, report->y);
  *cursor_x += 13 + _dossier_report_layout_width (layout) + 16;
  if (*cursor_x > x + CONTENT_WIDTH - 60)
    {
      *cursor_x = x;
      report->y += 15;
    }
}

void
_dossier_report_write_cover (DossierReport *report)
{
  const DossierExportOptions *options = report->options;
  g_autoptr(GHashTable) outlets = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) outlet_counts = g_array_new (FALSE, FALSE, sizeof (OutletCount));
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(PangoLayout) kicker = NULL;
  g_autoptr(PangoLayout) title = NULL;
  g_autofree char *generated = NULL;
  int first_day = G_MAXINT, last_day = G_MININT;
  guint undated = 0, no_outlet = 0, n_entities = 0;
  GHashTableIter iter;
  gpointer key, value;

  for (guint d = 0; d < report->n_documents; d++)
    {
      DossierDocument *document;

      if (!report->included[d])
        continue;
      document = dossier_analysis_get_document (report->analysis, d);
      if (document->published.precision >= DOSSIER_PRECISION_DAY)
        {
          int day = dossier_date_to_day_number (&document->published);
          first_day = MIN (first_day, day);
          last_day = MAX (last_day, day);
        }
      else
        undated++;
      if (document->outlet != NULL && document->outlet[0] != '\0')
        g_hash_table_insert (outlets, document->outlet,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (outlets, document->outlet)) + 1));
      else
        no_outlet++;
    }
  for (guint e = 0; e < dossier_analysis_get_n_entities (report->analysis); e++)
    {
      const DossierEntityRecord *entity = dossier_analysis_get_entity (report->analysis, e);
      for (guint k = 0; k < entity->documents->len; k++)
        if (report->included[g_array_index (entity->documents, guint, k)])
          {
            n_entities++;
            break;
          }
    }

  report->part = NULL;
  _dossier_report_new_page (report, FALSE);
  /* Translators: the entry for the cover page in the PDF's outline. */
  _dossier_report_add_outline (report, CAIRO_PDF_OUTLINE_ROOT, C_("report part", "Cover"), FALSE);

  /* A band of colour, the kicker and the name. */
  _dossier_report_set_rgb (report, 0.21, 0.52, 0.89);
  cairo_rectangle (report->cr, 0, 0, PAGE_WIDTH, 10);
  cairo_fill (report->cr);
  report->y = MARGIN + 70;
  /* Translators: a small line in capitals above the dossier's name on
   * the report's cover. */
  kicker = _dossier_report_text_layout (report, SANS " Bold 9", CONTENT_WIDTH, _("DOSSIER REPORT"));
  pango_layout_set_attributes (kicker, NULL);
  {
    PangoAttrList *attributes = pango_attr_list_new ();
    pango_attr_list_insert (attributes, pango_attr_letter_spacing_new (2 * PANGO_SCALE));
    pango_layout_set_attributes (kicker, attributes);
    pango_attr_list_unref (attributes);
  }
  _dossier_report_set_rgb (report, 0.21, 0.52, 0.89);
  _dossier_report_show_layout (report, kicker, MARGIN, report->y);
  report->y += _dossier_report_layout_height (kicker) + 10;
  _dossier_report_set_ink (report);
  title = _dossier_report_text_layout (report, SERIF " Bold 30", CONTENT_WIDTH, report->name);
  _dossier_report_show_layout (report, title, MARGIN, report->y);
  report->y += _dossier_report_layout_height (title) + 12;

  if (first_day <= last_day)
    {
      g_autofree char *range = format_day_range (first_day, last_day);
      g_autoptr(PangoLayout) layout = _dossier_report_text_layout (report, SERIF " 15", CONTENT_WIDTH, range);

      _dossier_report_set_grey (report);
      _dossier_report_show_layout (report, layout, MARGIN, report->y);
      report->y += _dossier_report_layout_height (layout);
    }
  report->y += 30;
  _dossier_report_rule (report, MARGIN, CONTENT_WIDTH, 0.8);
  report->y += 14;

  /* The facts, one to a line; the numbers are in bold. */
  {
    g_autofree char *articles = g_strdup_printf ("<b>%u</b>", report->n_included);
    g_autofree char *entities = g_strdup_printf ("<b>%u</b>", n_entities);
    g_autofree char *events = g_strdup_printf ("<b>%u</b>", report->events->len);

    /* Translators: on the report's cover; %s is the number, in bold. */
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%s article", "%s articles", report->n_included),
                            articles);
    if (undated > 0)
      {
        g_string_append_c (text, ' ');
        /* Translators: on the report's cover, after the number of articles. */
        g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "(%u without a publication date)",
                                                   "(%u without a publication date)", undated),
                                undated);
      }
    g_string_append (text, " · ");
    /* Translators: on the report's cover; %s is the number, in bold. */
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%s entity", "%s entities", n_entities), entities);
    g_string_append (text, " · ");
    /* Translators: on the report's cover; %s is the number, in bold. */
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%s dated event", "%s dated events", report->events->len),
                            events);
  }
  if (options->contents & DOSSIER_EXPORT_ANNOTATIONS)
    {
      g_autofree char *annotations = g_strdup_printf ("<b>%u</b>", report->n_annotations);

      g_string_append (text, " · ");
      /* Translators: on the report's cover; %s is the number, in bold. */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%s annotation", "%s annotations", report->n_annotations),
                              annotations);
    }
  _dossier_report_flow_markup (report, SANS " 10", MARGIN, CONTENT_WIDTH, text->str);
  report->y += 14;

  g_hash_table_iter_init (&iter, outlets);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      OutletCount count = { key, GPOINTER_TO_UINT (value) };
      g_array_append_val (outlet_counts, count);
    }
  g_array_sort (outlet_counts, compare_outlets);
  {
    g_autoptr(PangoLayout) heading = _dossier_report_text_layout (report, SANS " Bold 9", CONTENT_WIDTH, _("Outlets"));
    g_autoptr(GString) list = g_string_new (NULL);
    const guint shown = 60;

    _dossier_report_show_layout (report, heading, MARGIN, report->y);
    report->y += _dossier_report_layout_height (heading) + 3;
    for (guint i = 0; i < outlet_counts->len && i < shown; i++)
      {
        OutletCount *count = &g_array_index (outlet_counts, OutletCount, i);
        g_autofree char *escaped = g_markup_escape_text (count->outlet, -1);

        if (i > 0)
          g_string_append (list, ", ");
        g_string_append (list, escaped);
        if (count->count > 1)
          g_string_append_printf (list, " <span foreground='#707075'>(%u)</span>", count->count);
      }
    if (outlet_counts->len > shown)
      /* Translators: ends the list of outlets on the report's cover when
       * it is too long to show whole; it follows the last outlet shown
       * directly, so it starts with its own comma or space. */
      g_string_append_printf (list, g_dngettext (GETTEXT_PACKAGE, ", and %u more", ", and %u more",
                                                 outlet_counts->len - shown),
                              outlet_counts->len - shown);
    if (no_outlet > 0)
      {
        g_autofree char *unnamed = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u article without a named outlet",
                                                                 "%u articles without a named outlet", no_outlet),
                                                    no_outlet);
        g_string_append_printf (list, "%s<span foreground='#707075'>%s</span>", list->len > 0 ? "; " : "", unnamed);
      }
    _dossier_report_flow_markup (report, SERIF " 10", MARGIN, CONTENT_WIDTH, list->str);
    report->y += 18;
  }

  /* What the colours in the text mean. */
  if ((options->contents & DOSSIER_EXPORT_TEXT) &&
      (options->contents & (DOSSIER_EXPORT_HIGHLIGHTS | DOSSIER_EXPORT_ANNOTATIONS)))
    {
      g_autoptr(PangoLayout) heading = _dossier_report_text_layout (report, SANS " Bold 9", CONTENT_WIDTH,
                                                                    _("Colours in the articles"));
      double x = MARGIN;

      _dossier_report_show_layout (report, heading, MARGIN, report->y);
      report->y += _dossier_report_layout_height (heading) + 5;
      if (options->contents & DOSSIER_EXPORT_HIGHLIGHTS)
        {
          for (guint t = 0; t < 3; t++)
            {
              double rgb[3];
              _dossier_report_blend_entity (t, ENTITY_TINT * 1.4, rgb);
              legend_row (report, MARGIN, rgb, _(entity_type_names[t]), &x);
            }
          x = MARGIN;
          report->y += 15;
        }
      if (options->contents & DOSSIER_EXPORT_ANNOTATIONS)
        {
          for (guint c = 0; c < DOSSIER_N_COLOURS; c++)
            {
              double rgb[3];

              _dossier_report_annotation_rgb (c, rgb);
              legend_row (report, MARGIN, rgb, _dossier_report_colour_label (report, c), &x);
            }
          if (x > MARGIN)
            report->y += 15;
          _dossier_report_flow_text (report, SANS " 7.5", MARGIN, CONTENT_WIDTH,
                                     _("Annotations are the researcher's highlights; the small number after one leads to its note below the paragraph."));
        }
    }

  /* Who made it, at the foot of the page. */
  {
    DossierDate today = dossier_date_from_day (g_date_time_get_year (now), g_date_time_get_month (now),
                                               g_date_time_get_day_of_month (now));
    g_autofree char *day = dossier_date_format_readable (&today);
    /* Translators: a g_date_time_format () string: a time of day, e.g.
     * "14:30". */
    g_autofree char *time = g_date_time_format (now, C_("time format", "%H:%M"));

    /* Translators: at the foot of the report's cover: the day, the time
     * of day and Dossier's version, e.g. "Generated on 17 October 2024
     * at 14:30 by Dossier 1.0". */
    generated = g_strdup_printf (_("Generated on %s at %s by Dossier %s"), day, time, PACKAGE_VERSION);
  }
  {
    g_autoptr(PangoLayout) layout = _dossier_report_text_layout (report, SANS " 8", CONTENT_WIDTH, generated);
    _dossier_report_set_grey (report);
    _dossier_report_show_layout (report, layout, MARGIN, CONTENT_BOTTOM - _dossier_report_layout_height (layout));
    _dossier_report_set_ink (report);
  }
}
