/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "config.h"

#include "dossier-date.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

gboolean
dossier_date_is_set (const DossierDate *date)
{
  return date != NULL && date->precision != DOSSIER_PRECISION_NONE;
}

/* The days of @month (1–12) in @year (1 or later), as
 * g_date_get_days_in_month () counts them, without its call and checks:
 * the events ask for it millions of times in a large dossier. */
static inline int
days_in_month (int month,
               int year)
{
  static const guint8 days[13] = { 0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

  if (month == 2 && year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))
    return 29;
  return days[month];
}

gboolean
dossier_date_is_valid_day (int year,
                           int month,
                           int day)
{
  if (!(year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1))
    return FALSE;
  /* g_date_valid_dmy () takes the day as a byte: past 31 it is left to
   * say what it says of it. */
  if (day <= 31)
    return day <= days_in_month (month, year);
  return g_date_valid_dmy (day, month, year);
}

DossierDate
dossier_date_from_day (int year,
                       int month,
                       int day)
{
  DossierDate date = DOSSIER_DATE_INIT;

  g_return_val_if_fail (dossier_date_is_valid_day (year, month, day), date);

  date.year = year;
  date.month = month;
  date.day = day;
  date.precision = DOSSIER_PRECISION_DAY;
  return date;
}

int
dossier_date_to_day_number (const DossierDate *date)
{
  GDate gdate;
  int year, month, day_of_year;

  g_return_val_if_fail (date != NULL && date->precision >= DOSSIER_PRECISION_WEEK, 0);

  /* GDate's Julian day (1 January of year 1 is day 1), counted directly:
   * sorting and comparing dates asks for it millions of times.  The days
   * of the proleptic Gregorian calendar from 1 March of year 0, by eras of
   * 400 years (146,097 days each); a day GDate would refuse goes to it. */
  if (date->year >= 1 && date->month >= 1 && date->month <= 12 && date->day >= 1 &&
      (date->day <= 28 || date->day <= days_in_month (date->month, date->year)))
    {
      /* The days before each month from 1 March: (153 m + 2) / 5 for
       * m = 0 (March) to 11 (February), by the calendar's month. */
      static const short days_before[13] = { 0, 306, 337, 0, 31, 61, 92, 122, 153, 184, 214, 245, 275 };

      year = date->year - (date->month <= 2);
      month = date->month;
      day_of_year = days_before[month] + date->day - 1;
      /* Years are not negative here: the eras of 400 years and the days
       * of the years within one add up to these. */
      return year * 365 + year / 4 - year / 100 + year / 400 + day_of_year - 305;
    }
  g_date_clear (&gdate, 1);
  g_date_set_dmy (&gdate, date->day, date->month, date->year);
  return (int) g_date_get_julian (&gdate);
}

DossierDate
dossier_date_from_day_number (int day_number)
{
  GDate gdate;
  /* The inverse of dossier_date_to_day_number ()'s count, from 1 March of
   * year 0, for the days of years 1 to 9999 (3,652,059 is 31 December
   * 9999); GDate for the others, as before. */
  if (day_number >= 1 && day_number <= 3652059)
    {
      int days = day_number + 305;
      int era = days / 146097;
      int day_of_era = days - era * 146097;
      int year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
      int day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
      int shifted_month = (5 * day_of_year + 2) / 153;
      DossierDate date = DOSSIER_DATE_INIT;

      date.month = shifted_month < 10 ? shifted_month + 3 : shifted_month - 9;
      date.year = era * 400 + year_of_era + (date.month <= 2);
      date.day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
      date.precision = DOSSIER_PRECISION_DAY;
      return date;
    }
  g_date_clear (&gdate, 1);
  g_date_set_julian (&gdate, MAX (day_number, 1));
  return dossier_date_from_day (g_date_get_year (&gdate),
                                g_date_get_month (&gdate),
                                g_date_get_day (&gdate));
}

int
dossier_date_get_weekday (const DossierDate *date)
{
  GDate gdate;

  g_return_val_if_fail (date != NULL && date->precision >= DOSSIER_PRECISION_WEEK, 0);

  /* Day 1, 1 January of year 1, was a Monday (GDate counts so too). */
  if (dossier_date_is_valid_day (date->year, date->month, date->day))
    return (dossier_date_to_day_number (date) - 1) % 7 + 1;
  g_date_clear (&gdate, 1);
  g_date_set_dmy (&gdate, date->day, date->month, date->year);
  return (int) g_date_get_weekday (&gdate);
}

DossierDate
dossier_date_add_days (const DossierDate *date,
                       int                days)
{
  DossierDate shifted;

  g_return_val_if_fail (date != NULL && date->precision >= DOSSIER_PRECISION_WEEK, *date);

  shifted = dossier_date_from_day_number (dossier_date_to_day_number (date) + days);
  shifted.precision = date->precision;
  shifted.hour = date->hour;
  shifted.minute = date->minute;
  return shifted;
}

void
dossier_date_get_span (const DossierDate *date,
                       int               *first_day_number,
                       int               *last_day_number)
{
  DossierDate first, last;

  g_return_if_fail (dossier_date_is_set (date));

  switch (date->precision)
    {
    case DOSSIER_PRECISION_YEAR:
      first = dossier_date_from_day (date->year, 1, 1);
      last = dossier_date_from_day (date->year, 12, 31);
      break;
    case DOSSIER_PRECISION_MONTH:
      first = dossier_date_from_day (date->year, date->month, 1);
      last = dossier_date_from_day (date->year, date->month,
                                    g_date_get_days_in_month (date->month, date->year));
      break;
    case DOSSIER_PRECISION_WEEK:
      first = *date;
      last = dossier_date_add_days (date, 6);
      break;
    case DOSSIER_PRECISION_DAY:
    case DOSSIER_PRECISION_MINUTE:
    case DOSSIER_PRECISION_NONE:
    default:
      first = last = *date;
      break;
    }

  if (first_day_number)
    *first_day_number = dossier_date_to_day_number (&first);
  /* A day's span is that day: counted once. */
  if (last_day_number && first_day_number &&
      (date->precision == DOSSIER_PRECISION_DAY || date->precision == DOSSIER_PRECISION_MINUTE))
    *last_day_number = *first_day_number;
  else if (last_day_number)
    *last_day_number = dossier_date_to_day_number (&last);
}

/* Sets @key to a number that orders the first day of @date (as
 * dossier_date_get_span () gives it) as its day number does — year, month
 * and day, 512 days a year and 32 a month — where that day is one of the
 * years 1 to 9998; FALSE otherwise.  (The span of a week of the last days
 * of 9999 ends past the days counted, which dossier_date_get_span () says
 * in a warning: those are left to it.) */
static inline gboolean
first_day_of (const DossierDate *date,
              int               *key)
{
  int month = date->month, day = date->day;

  if (date->year < 1 || date->year > 9998)
    return FALSE;
  if (date->precision == DOSSIER_PRECISION_YEAR)
    month = day = 1;
  else if (date->precision == DOSSIER_PRECISION_MONTH)
    day = 1;
  if (month < 1 || month > 12 || day < 1 || day > days_in_month (month, date->year))
    return FALSE;
  *key = date->year * 512 + month * 32 + day;
  return TRUE;
}

gboolean
dossier_date_contains (const DossierDate *outer,
                       const DossierDate *inner)
{
  int outer_first, outer_last, inner_first, inner_last;

  if (!dossier_date_is_set (outer) || !dossier_date_is_set (inner))
    return FALSE;

  dossier_date_get_span (outer, &outer_first, &outer_last);
  dossier_date_get_span (inner, &inner_first, &inner_last);
  return inner_first >= outer_first && inner_last <= outer_last;
}

int
dossier_date_compare (const DossierDate *a,
                      const DossierDate *b)
{
  int a_first, b_first;

  if (!dossier_date_is_set (a) || !dossier_date_is_set (b))
    return (int) dossier_date_is_set (a) - (int) dossier_date_is_set (b);

  /* Events and candidates are sorted by their dates: their first days
   * compared as year, month and day where both are days of years 1 to
   * 9998, whose day numbers grow with them, without counting either. */
  if (first_day_of (a, &a_first) && first_day_of (b, &b_first))
    ;
  else
    {
      dossier_date_get_span (a, &a_first, NULL);
      dossier_date_get_span (b, &b_first, NULL);
    }
  if (a_first != b_first)
    return a_first < b_first ? -1 : 1;
  /* Coarser first: "2024-10" sorts before "2024-10-01". */
  if (a->precision != b->precision)
    return a->precision < b->precision ? -1 : 1;
  return (a->hour * 60 + a->minute) - (b->hour * 60 + b->minute);
}

char *
dossier_date_to_iso (const DossierDate *date)
{
  if (!dossier_date_is_set (date))
    return NULL;

  switch (date->precision)
    {
    case DOSSIER_PRECISION_YEAR:
      return g_strdup_printf ("%04d", date->year);
    case DOSSIER_PRECISION_MONTH:
      return g_strdup_printf ("%04d-%02d", date->year, date->month);
    case DOSSIER_PRECISION_WEEK:
      {
        GDate gdate;
        g_date_clear (&gdate, 1);
        g_date_set_dmy (&gdate, date->day, date->month, date->year);
        /* The ISO week-numbering year can differ from the calendar year
         * near 1 January; Thursday of the week decides it. */
        g_date_add_days (&gdate, 3);
        return g_strdup_printf ("%04d-W%02u", g_date_get_year (&gdate),
                                g_date_get_iso8601_week_of_year (&gdate));
      }
    case DOSSIER_PRECISION_DAY:
      return g_strdup_printf ("%04d-%02d-%02d", date->year, date->month, date->day);
    case DOSSIER_PRECISION_MINUTE:
      return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d", date->year, date->month,
                              date->day, date->hour, date->minute);
    case DOSSIER_PRECISION_NONE:
    default:
      return NULL;
    }
}

gboolean
dossier_date_parse_iso (const char  *text,
                        DossierDate *date)
{
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, week = 0;
  char tail = 0;
  DossierDate parsed = DOSSIER_DATE_INIT;

  g_return_val_if_fail (date != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  if (sscanf (text, "%4d-%2d-%2dT%2d:%2d%c", &year, &month, &day, &hour, &minute, &tail) == 5)
    {
      if (!dossier_date_is_valid_day (year, month, day) || hour > 23 || minute > 59)
        return FALSE;
      parsed = dossier_date_from_day (year, month, day);
      parsed.hour = hour;
      parsed.minute = minute;
      parsed.precision = DOSSIER_PRECISION_MINUTE;
    }
  else if (strlen (text) == 10 && sscanf (text, "%4d-%2d-%2d", &year, &month, &day) == 3)
    {
      if (!dossier_date_is_valid_day (year, month, day))
        return FALSE;
      parsed = dossier_date_from_day (year, month, day);
    }
  else if (strlen (text) == 8 && sscanf (text, "%4d-W%2d", &year, &week) == 2)
    {
      GDate gdate;
      int shift;

      if (year < 1 || week < 1 || week > 53)
        return FALSE;
      /* 4 January is always in ISO week 1. */
      g_date_clear (&gdate, 1);
      g_date_set_dmy (&gdate, 4, 1, year);
      shift = (int) g_date_get_weekday (&gdate) - 1;
      g_date_subtract_days (&gdate, shift);
      g_date_add_days (&gdate, (week - 1) * 7);
      parsed = dossier_date_from_day (g_date_get_year (&gdate), g_date_get_month (&gdate),
                                      g_date_get_day (&gdate));
      parsed.precision = DOSSIER_PRECISION_WEEK;
    }
  else if (strlen (text) == 7 && sscanf (text, "%4d-%2d", &year, &month) == 2)
    {
      if (year < 1 || month < 1 || month > 12)
        return FALSE;
      parsed.year = year;
      parsed.month = month;
      parsed.precision = DOSSIER_PRECISION_MONTH;
    }
  else if (strlen (text) == 4 && sscanf (text, "%4d", &year) == 1)
    {
      if (year < 1)
        return FALSE;
      parsed.year = year;
      parsed.precision = DOSSIER_PRECISION_YEAR;
    }
  else
    return FALSE;

  *date = parsed;
  return TRUE;
}

const char *
dossier_precision_to_string (DossierPrecision precision)
{
  switch (precision)
    {
    case DOSSIER_PRECISION_YEAR: return "year";
    case DOSSIER_PRECISION_MONTH: return "month";
    case DOSSIER_PRECISION_WEEK: return "week";
    case DOSSIER_PRECISION_DAY: return "day";
    case DOSSIER_PRECISION_MINUTE: return "minute";
    case DOSSIER_PRECISION_NONE:
    default: return "none";
    }
}

/* The one wording of a date for people, in the user's language: the CLI's
 * timeline, the window and the PDF all show dates through it. */
char *
dossier_date_format_readable (const DossierDate *date)
{
  g_autoptr(GDateTime) time = NULL;

  if (!dossier_date_is_set (date) || date->year < 1 || date->year > 9999)
    return g_strdup (_("undated"));
  switch (date->precision)
    {
    case DOSSIER_PRECISION_YEAR:
      return g_strdup_printf ("%d", date->year);
    case DOSSIER_PRECISION_MONTH:
      time = g_date_time_new_utc (date->year, date->month, 1, 0, 0, 0);
      /* Translators: a g_date_time_format () string: a month and its
       * year, e.g. "October 2024". */
      return g_date_time_format (time, C_("date format", "%B %Y"));
    case DOSSIER_PRECISION_WEEK:
      time = g_date_time_new_utc (date->year, date->month, date->day, 0, 0, 0);
      /* Translators: a g_date_time_format () string: an ISO week and its
       * year, e.g. "week 42 of 2024". */
      return g_date_time_format (time, C_("date format", "week %V of %G"));
    case DOSSIER_PRECISION_MINUTE:
      time = g_date_time_new_utc (date->year, date->month, date->day, date->hour, date->minute, 0);
      /* Translators: a g_date_time_format () string: a day and a time,
       * e.g. "17 October 2024, 14:30". */
      return g_date_time_format (time, C_("date format", "%-d %B %Y, %H:%M"));
    case DOSSIER_PRECISION_DAY:
    case DOSSIER_PRECISION_NONE:
    default:
      time = g_date_time_new_utc (date->year, date->month, date->day, 0, 0, 0);
      /* Translators: a g_date_time_format () string: a day, e.g.
       * "17 October 2024". */
      return g_date_time_format (time, C_("date format", "%-d %B %Y"));
    }
}
