/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The timeline part: every event in scope in date order under month
 * headings, each with a numbered marker on a spine; above the list, the
 * busiest month day by day, and the whole span at a glance when it is
 * longer than six weeks. */

#include "config.h"

#include "dossier-report-private.h"

#include "dossier-timeline-layout.h"

#include <string.h>

#include <glib/gi18n-lib.h>

static double
marker_radius (guint n_sources)
{
  return 2.2 + 0.7 * MIN (n_sources, 8);
}

static void
draw_axis_label (DossierReport *report,
                 const char    *label,
                 double         x,
                 double         y,
                 gboolean       bold)
{
  g_autoptr(PangoLayout) layout = _dossier_report_text_layout (report, bold ? SANS " Bold 6.5" : SANS " 6.5", -1, label);
  double width = _dossier_report_layout_width (layout);

  x = CLAMP (x - width / 2, MARGIN, PAGE_WIDTH - MARGIN - width);
  _dossier_report_show_layout (report, layout, x, y);
}

/* The whole span at a glance: a marker per event, sized by its sources; a
 * month or a year is a bar over its span. */
static void
draw_overview (DossierReport *report)
{
  GArray *events = report->events;
  const guint max_rows = 10;
  const double row_height = 10, inset = 8;
  g_autofree int *first_days = g_new (int, events->len);
  g_autofree int *last_days = g_new (int, events->len);
  g_autofree DossierTimelineSlot *slots = g_new0 (DossierTimelineSlot, events->len);
  g_autoptr(GArray) ticks = NULL;
  g_autoptr(PangoLayout) caption = NULL;
  DossierTimelineScale scale;
  int first = G_MAXINT, last = G_MININT;
  guint rows, shown_rows;
  double axis_y, height;

  for (guint i = 0; i < events->len; i++)
    {
      DossierReportEvent *event = &g_array_index (events, DossierReportEvent, i);
      first_days[i] = event->first_day;
      last_days[i] = event->last_day;
      first = MIN (first, event->first_day);
      last = MAX (last, event->last_day);
    }
  /* Inset so that a marker or a bar at either end stays on the page. */
  scale = dossier_timeline_scale_fit (first, last, CONTENT_WIDTH - 2 * inset);
  rows = dossier_timeline_layout (&scale, first_days, last_days, events->len, 9, 1, slots);
  shown_rows = MIN (MAX (rows, 1), max_rows);
  height = shown_rows * row_height + 34;

  caption = _dossier_report_text_layout (report, SANS " Bold 9", CONTENT_WIDTH, _("All events"));
  _dossier_report_ensure_space (report, height + _dossier_report_layout_height (caption) + 6);
  _dossier_report_show_layout (report, caption, MARGIN, report->y);
  report->y += _dossier_report_layout_height (caption) + 6;
  axis_y = report->y + shown_rows * row_height + 4;

  _dossier_report_set_rgb (report, 0.97, 0.97, 0.98);
  cairo_rectangle (report->cr, MARGIN, report->y - 2, CONTENT_WIDTH, axis_y - report->y + 2);
  cairo_fill (report->cr);

  for (guint i = 0; i < events->len; i++)
    {
      DossierReportEvent *event = &g_array_index (events, DossierReportEvent, i);
      DossierTimelineSlot *slot = &slots[i];
      double centre_y = axis_y - 5 - MIN (slot->row, max_rows - 1) * row_height;
      double x = MARGIN + inset + slot->x;

      cairo_set_source_rgba (report->cr, 0.21, 0.52, 0.89, slot->row >= max_rows ? 0.35 : 0.85);
      if (event->last_day > event->first_day)
        {
          cairo_rectangle (report->cr, x, centre_y - 2.5, slot->width, 5);
          cairo_fill (report->cr);
        }
      else
        {
          cairo_new_path (report->cr);
          cairo_arc (report->cr, x + slot->width / 2, centre_y, MIN (marker_radius (event->n_sources), 4.5), 0, 2 * G_PI);
          cairo_fill (report->cr);
        }
    }

  _dossier_report_set_rgb (report, 0.45, 0.45, 0.48);
  cairo_set_line_width (report->cr, 0.8);
  cairo_move_to (report->cr, MARGIN, axis_y);
  cairo_line_to (report->cr, MARGIN + CONTENT_WIDTH, axis_y);
  cairo_stroke (report->cr);
  ticks = dossier_timeline_ticks (&scale, CONTENT_WIDTH - 2 * inset);
  {
    double last_label_end = -1000;

    for (guint t = 0; t < ticks->len; t++)
      {
        DossierTimelineTick *tick = &g_array_index (ticks, DossierTimelineTick, t);
        double x = MARGIN + inset + dossier_timeline_scale_x_for_day (&scale, tick->day);

        if (x < MARGIN || x > MARGIN + CONTENT_WIDTH)
          continue;
        cairo_set_line_width (report->cr, 0.5);
        cairo_move_to (report->cr, x, axis_y);
        cairo_line_to (report->cr, x, axis_y + (tick->major ? 5 : 3));
        cairo_stroke (report->cr);
        /* Labels that would touch the one before are left out. */
        if (x - last_label_end > 22 || tick->major)
          {
            draw_axis_label (report, tick->label, x, axis_y + 5, tick->major);
            last_label_end = x + 10;
          }
      }
  }
  _dossier_report_set_ink (report);
  report->y = axis_y + 20;
  if (rows > max_rows)
    {
      g_autofree char *note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "Events stacked more than %u high are drawn faded on the top row.",
                                                            "Events stacked more than %u high are drawn faded on the top row.",
                                                            max_rows),
                                               max_rows);
      _dossier_report_flow_text (report, SANS " 7", MARGIN, CONTENT_WIDTH, note);
    }
  report->y += 10;
}

/* The month a date is in ("October 2024"), or its year when that is all
 * it says: the headings of the timeline. */
static char *
period_of (const DossierDate *date)
{
  DossierDate period = *date;

  if (period.precision > DOSSIER_PRECISION_MONTH)
    {
      period.precision = DOSSIER_PRECISION_MONTH;
      period.day = period.hour = period.minute = 0;
    }
  return dossier_date_format_readable (&period);
}

/* The month with the most events dated to the day, day by day, each
 * event a numbered marker (the number of the list below). */
static void
draw_busiest_month (DossierReport *report)
{
  GArray *events = report->events;
  g_autoptr(GHashTable) per_month = g_hash_table_new (NULL, NULL);
  g_autofree guint *stack = NULL;
  g_autofree char *month_name = NULL;
  g_autoptr(PangoLayout) caption = NULL;
  guint best_key = 0, best_count = 0, max_stack = 0, n_days;
  int first, last;
  double day_width, axis_y, slot = 17;

  for (guint i = 0; i < events->len; i++)
    {
      DossierReportEvent *event = &g_array_index (events, DossierReportEvent, i);
      DossierDate date = event->record->date;
      guint key, count;

      if (date.precision < DOSSIER_PRECISION_DAY)
        continue;
      key = (guint) date.year * 12 + date.month - 1;
      count = GPOINTER_TO_UINT (g_hash_table_lookup (per_month, GUINT_TO_POINTER (key))) + 1;
      g_hash_table_insert (per_month, GUINT_TO_POINTER (key), GUINT_TO_POINTER (count));
      if (count > best_count || (count == best_count && key < best_key))
        {
          best_key = key;
          best_count = count;
        }
    }
  if (best_count < 2)
    return;

  {
    DossierDate start = dossier_date_from_day (best_key / 12, best_key % 12 + 1, 1);
    DossierDate next = best_key % 12 == 11 ? dossier_date_from_day (best_key / 12 + 1, 1, 1)
                                           : dossier_date_from_day (best_key / 12, best_key % 12 + 2, 1);
    first = dossier_date_to_day_number (&start);
    last = dossier_date_to_day_number (&next) - 1;
    month_name = period_of (&start);
  }
  n_days = last - first + 1;
  stack = g_new0 (guint, n_days);
  for (guint i = 0; i < events->len; i++)
    {
      DossierReportEvent *event = &g_array_index (events, DossierReportEvent, i);
      if (event->record->date.precision >= DOSSIER_PRECISION_DAY &&
          event->first_day >= first && event->first_day <= last)
        max_stack = MAX (max_stack, ++stack[event->first_day - first]);
    }
  /* A crowded day is drawn up to a limit and says how many more it has. */
  max_stack = MIN (max_stack, 12);
  memset (stack, 0, n_days * sizeof (guint));

  {
    /* Translators: %s is a month and its year, e.g. "October 2024". */
    g_autofree char *title = g_strdup_printf (_("Events in %s, the busiest month, numbered as in the list below"), month_name);
    caption = _dossier_report_text_layout (report, SANS " Bold 9", CONTENT_WIDTH, title);
  }
  _dossier_report_ensure_space (report, _dossier_report_layout_height (caption) + max_stack * slot + 40);
  _dossier_report_show_layout (report, caption, MARGIN, report->y);
  report->y += _dossier_report_layout_height (caption) + 6;
  axis_y = report->y + max_stack * slot + 4;
  day_width = CONTENT_WIDTH / n_days;

  _dossier_report_set_rgb (report, 0.97, 0.97, 0.98);
  cairo_rectangle (report->cr, MARGIN, report->y - 2, CONTENT_WIDTH, axis_y - report->y + 2);
  cairo_fill (report->cr);

  for (guint i = 0; i < events->len; i++)
    {
      DossierReportEvent *event = &g_array_index (events, DossierReportEvent, i);
      g_autofree char *number = NULL;
      g_autoptr(PangoLayout) layout = NULL;
      guint level;
      double x, y, radius;

      if (event->record->date.precision < DOSSIER_PRECISION_DAY ||
          event->first_day < first || event->first_day > last)
        continue;
      level = stack[event->first_day - first]++;
      if (level >= max_stack)
        continue;
      x = MARGIN + (event->first_day - first + 0.5) * day_width;
      y = axis_y - slot / 2 - level * slot - 1;
      if (level == max_stack - 1 && stack[event->first_day - first] > max_stack)
        {
          guint more = 0;
          for (guint j = i; j < events->len; j++)
            {
              DossierReportEvent *other = &g_array_index (events, DossierReportEvent, j);
              more += other->first_day == event->first_day && other->record->date.precision >= DOSSIER_PRECISION_DAY;
            }
          number = g_strdup_printf ("+%u", more);
        }
      else
        number = g_strdup_printf ("%u", event->number);
      layout = _dossier_report_text_layout (report, SANS " Bold 6", -1, number);
      radius = MAX (marker_radius (event->n_sources), _dossier_report_layout_width (layout) / 2 + 1.5);
      radius = MIN (radius, slot / 2 + 3);
      cairo_new_path (report->cr);
          cairo_arc (report->cr, x, y, radius, 0, 2 * G_PI);
      _dossier_report_set_rgb (report, 0.21, 0.52, 0.89);
      cairo_fill (report->cr);
      _dossier_report_set_rgb (report, 1, 1, 1);
      _dossier_report_show_layout (report, layout, x - _dossier_report_layout_width (layout) / 2,
                                   y - _dossier_report_layout_height (layout) / 2);
    }

  _dossier_report_set_rgb (report, 0.45, 0.45, 0.48);
  cairo_set_line_width (report->cr, 0.8);
  cairo_move_to (report->cr, MARGIN, axis_y);
  cairo_line_to (report->cr, MARGIN + CONTENT_WIDTH, axis_y);
  cairo_stroke (report->cr);
  for (guint d = 0; d < n_days; d++)
    {
      DossierDate date = dossier_date_from_day_number (first + d);
      double x = MARGIN + (d + 0.5) * day_width;
      g_autofree char *label = g_strdup_printf ("%u", d + 1);
      gboolean weekend = dossier_date_get_weekday (&date) >= 6;

      cairo_set_line_width (report->cr, 0.5);
      _dossier_report_set_rgb (report, 0.45, 0.45, 0.48);
      cairo_move_to (report->cr, x, axis_y);
      cairo_line_to (report->cr, x, axis_y + 3);
      cairo_stroke (report->cr);
      if (weekend)
        _dossier_report_set_rgb (report, 0.65, 0.65, 0.68);
      draw_axis_label (report, label, x, axis_y + 4, dossier_date_get_weekday (&date) == 1);
    }
  _dossier_report_set_ink (report);
  report->y = axis_y + 16;
  _dossier_report_flow_text (report, SANS " 6.5", MARGIN, CONTENT_WIDTH,
                             _("Day numbers in bold are Mondays, grey ones weekends; a larger marker has more sources."));
  report->y += 12;
}

static char *
short_date (const DossierDate *date)
{
  switch (date->precision)
    {
    case DOSSIER_PRECISION_YEAR:
      /* Translators: in the timeline, beside an event dated only to a
       * year, under the heading of that year. */
      return g_strdup (_("the year"));
    case DOSSIER_PRECISION_MONTH:
      /* Translators: in the timeline, beside an event dated only to a
       * month, under the heading of that month. */
      return g_strdup (_("the month"));
    case DOSSIER_PRECISION_WEEK:
      {
        g_autoptr(GDateTime) time = g_date_time_new_utc (date->year, date->month, date->day, 0, 0, 0);
        /* Translators: a g_date_time_format () string: an ISO week within
         * the month heading above it, e.g. "week 42". */
        return g_date_time_format (time, C_("date format", "week %V"));
      }
    case DOSSIER_PRECISION_MINUTE:
      {
        g_autoptr(GDateTime) time = g_date_time_new_utc (date->year, date->month, date->day, date->hour, date->minute, 0);
        /* Translators: a g_date_time_format () string: a weekday, the day
         * of the month and a time within the month heading above it, e.g.
         * "Thu 17, 14:30". */
        return g_date_time_format (time, C_("date format", "%a %-d, %H:%M"));
      }
    case DOSSIER_PRECISION_DAY:
    case DOSSIER_PRECISION_NONE:
    default:
      {
        g_autoptr(GDateTime) time = g_date_time_new_utc (date->year, date->month, date->day, 0, 0, 0);
        /* Translators: a g_date_time_format () string: a weekday and the
         * day of the month within the month heading above it, e.g.
         * "Thu 17". */
        /* xgettext:no-c-format */
        return g_date_time_format (time, C_("date format", "%a %-d"));
      }
    }
}

void
_dossier_report_write_timeline (DossierReport *report)
{
  GArray *events = report->events;
  g_autofree char *period = NULL;
  const double date_width = 52, spine_x = MARGIN + 60, text_x = MARGIN + 74;

  _dossier_report_begin_part (report, _("Timeline"), FALSE);
  if (events->len == 0)
    {
      _dossier_report_flow_text (report, SERIF " 10", MARGIN, CONTENT_WIDTH,
                                 _("No dated events were found in these articles."));
      return;
    }
  {
    g_autofree char *intro = g_strdup_printf (
      g_dngettext (GETTEXT_PACKAGE,
                   "%u dated event reported by the articles in this report, in date order. "
                   "Each is numbered as in the event table, where every source is quoted.",
                   "%u dated events reported by the articles in this report, in date order. "
                   "Each is numbered as in the event table, where every source is quoted.",
                   events->len),
      events->len);
    _dossier_report_flow_text (report, SERIF " 9.5", MARGIN, CONTENT_WIDTH, intro);
    report->y += 12;
  }

  {
    DossierReportEvent *first = &g_array_index (events, DossierReportEvent, 0);
    int last_day = first->last_day;
    for (guint i = 0; i < events->len; i++)
      last_day = MAX (last_day, g_array_index (events, DossierReportEvent, i).last_day);
    if (last_day - first->first_day > 45)
      draw_overview (report);
  }
  draw_busiest_month (report);

  for (guint i = 0; i < events->len; i++)
    {
      DossierReportEvent *event = &g_array_index (events, DossierReportEvent, i);
      const DossierEventRecord *record = event->record;
      g_autofree char *this_period = period_of (&record->date);
      g_autofree char *date = short_date (&record->date);
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(PangoLayout) summary = NULL;
      g_autoptr(PangoLayout) date_layout = NULL;
      g_autofree char *escaped = g_markup_escape_text (record->summary, -1);
      double top, radius;

      if (i % 64 == 0 && _dossier_report_cancelled (report))
        return;
      g_string_append_printf (text, "<span foreground='#3584e4' weight='bold'>%u</span>  %s\n"
                              "<span size='7pt' foreground='#707075'>",
                              event->number, escaped);
      /* Translators: how many sentences in the articles report an event. */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u source", "%u sources", event->n_sources),
                              event->n_sources);
      _dossier_report_append_entities (report, text, record);
      g_string_append (text, "</span>");
      summary = _dossier_report_markup_layout (report, SERIF " 9.5", CONTENT_WIDTH - (text_x - MARGIN), text->str);
      pango_layout_set_spacing (summary, 1 * PANGO_SCALE);

      if (g_strcmp0 (period, this_period) != 0)
        {
          g_autoptr(PangoLayout) heading = _dossier_report_text_layout (report, SANS " Bold 10.5", CONTENT_WIDTH, this_period);

          report->y += 6;
          _dossier_report_ensure_space (report, _dossier_report_layout_height (heading) + 6 +
                                                _dossier_report_first_lines_height (summary, 2));
          _dossier_report_set_ink (report);
          _dossier_report_show_layout (report, heading, MARGIN, report->y);
          report->y += _dossier_report_layout_height (heading) + 6;
          g_free (period);
          period = g_steal_pointer (&this_period);
        }

      _dossier_report_ensure_space (report, _dossier_report_first_lines_height (summary, 2));
      top = report->y;
      date_layout = _dossier_report_text_layout (report, SANS " 7.5", date_width, date);
      pango_layout_set_alignment (date_layout, PANGO_ALIGN_RIGHT);
      _dossier_report_set_grey (report);
      _dossier_report_show_layout (report, date_layout, MARGIN, top + 1.5);
      _dossier_report_set_ink (report);
      _dossier_report_flow_layout (report, summary, text_x, NULL);

      /* The spine through the markers, and this event's marker on it. */
      if (report->y > top)
        {
          radius = marker_radius (event->n_sources);
          _dossier_report_set_rgb (report, 0.80, 0.84, 0.90);
          cairo_rectangle (report->cr, spine_x - 0.75, top, 1.5, report->y - top + 8);
          cairo_fill (report->cr);
          _dossier_report_set_rgb (report, 0.21, 0.52, 0.89);
          cairo_new_path (report->cr);
          cairo_arc (report->cr, spine_x, top + 6.5, radius, 0, 2 * G_PI);
          cairo_fill (report->cr);
          _dossier_report_set_ink (report);
        }
      report->y += 8;
    }
}
