/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-date.h"

static void
assert_iso (const DossierDate *date,
            const char        *expected)
{
  g_autofree char *iso = dossier_date_to_iso (date);
  g_assert_cmpstr (iso, ==, expected);
}

static void
test_round_trip (void)
{
  const char *forms[] = { "2008", "2024-07", "2024-W42", "2024-10-17", "2024-10-17T13:00" };

  for (gsize i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      DossierDate date;
      g_assert_true (dossier_date_parse_iso (forms[i], &date));
      assert_iso (&date, forms[i]);
    }
}

static void
test_invalid (void)
{
  DossierDate date;

  g_assert_false (dossier_date_parse_iso ("2024-02-30", &date));
  g_assert_false (dossier_date_parse_iso ("2024-13", &date));
  g_assert_false (dossier_date_parse_iso ("yesterday", &date));
  g_assert_false (dossier_date_parse_iso ("", &date));
  g_assert_false (dossier_date_parse_iso (NULL, &date));
}

static void
test_weekday_and_arithmetic (void)
{
  DossierDate thursday = dossier_date_from_day (2024, 10, 17);
  DossierDate sunday = dossier_date_add_days (&thursday, 3);
  DossierDate new_year = dossier_date_from_day (2024, 12, 30);
  DossierDate week;

  g_assert_cmpint (dossier_date_get_weekday (&thursday), ==, 4);
  assert_iso (&sunday, "2024-10-20");
  g_assert_cmpint (dossier_date_get_weekday (&sunday), ==, 7);
  /* 30 December 2024 lies in ISO week 1 of 2025. */
  week = new_year;
  week.precision = DOSSIER_PRECISION_WEEK;
  assert_iso (&week, "2025-W01");
}

static void
test_contains_and_compare (void)
{
  DossierDate july, day, year;

  g_assert_true (dossier_date_parse_iso ("2024-07", &july));
  g_assert_true (dossier_date_parse_iso ("2024-07-11", &day));
  g_assert_true (dossier_date_parse_iso ("2024", &year));
  g_assert_true (dossier_date_contains (&july, &day));
  g_assert_true (dossier_date_contains (&year, &july));
  g_assert_false (dossier_date_contains (&day, &july));
  g_assert_cmpint (dossier_date_compare (&july, &day), <, 0);
  g_assert_cmpint (dossier_date_compare (&year, &july), <, 0);
}

/* dossier_date_compare () as it was: by the first days' numbers, then
 * coarser first, then by the time. */
static int
compare_by_day_numbers (const DossierDate *a,
                        const DossierDate *b)
{
  int a_first, b_first;

  dossier_date_get_span (a, &a_first, NULL);
  dossier_date_get_span (b, &b_first, NULL);
  if (a_first != b_first)
    return a_first < b_first ? -1 : 1;
  if (a->precision != b->precision)
    return a->precision < b->precision ? -1 : 1;
  return (a->hour * 60 + a->minute) - (b->hour * 60 + b->minute);
}

/* Dates compared by their first days as year, month and day order as
 * their day numbers do: years, months, weeks, days and minutes of the
 * first and last years, around leap days and years' ends. */
static void
test_compare_by_first_days (void)
{
  const int years[] = { 1, 2, 4, 99, 100, 1900, 1999, 2000, 2023, 2024, 9998, 9999 };
  const int days[] = { 1, 2, 27, 28, 29, 30, 31 };
  g_autoptr(GArray) dates = g_array_new (FALSE, FALSE, sizeof (DossierDate));

  for (guint y = 0; y < G_N_ELEMENTS (years); y++)
    {
      DossierDate date = DOSSIER_DATE_INIT;

      date.year = years[y];
      date.precision = DOSSIER_PRECISION_YEAR;
      g_array_append_val (dates, date);
      for (int month = 1; month <= 12; month++)
        {
          date.month = month;
          date.day = 0;
          date.precision = DOSSIER_PRECISION_MONTH;
          g_array_append_val (dates, date);
          for (guint d = 0; d < G_N_ELEMENTS (days); d++)
            {
              if (days[d] > g_date_get_days_in_month (month, years[y]))
                continue;
              date = dossier_date_from_day (years[y], month, days[d]);
              g_array_append_val (dates, date);
              date.precision = DOSSIER_PRECISION_WEEK;
              /* (A week must end by 31 December 9999.) */
              if (!(years[y] == 9999 && month == 12 && days[d] > 25))
                g_array_append_val (dates, date);
              date.precision = DOSSIER_PRECISION_MINUTE;
              date.hour = 13;
              date.minute = 5;
              g_array_append_val (dates, date);
              date.hour = date.minute = 0;
            }
        }
    }
  for (guint i = 0; i < dates->len; i++)
    for (guint j = 0; j < dates->len; j++)
      {
        const DossierDate *a = &g_array_index (dates, DossierDate, i);
        const DossierDate *b = &g_array_index (dates, DossierDate, j);

        g_assert_cmpint (dossier_date_compare (a, b), ==, compare_by_day_numbers (a, b));
      }
}

/* Day numbers are GDate's Julian days, both ways, and weekdays GDate's
 * too, for every day of years 1 to 9999; a day is valid where GDate says
 * it is. */
static void
test_day_numbers_are_julian_days (void)
{
  for (int year = 1; year <= 9999; year++)
    for (int month = 1; month <= 12; month++)
      for (int day = 1; day <= g_date_get_days_in_month (month, year); day++)
        {
          DossierDate date = dossier_date_from_day (year, month, day);
          DossierDate back;
          GDate gdate;

          g_date_clear (&gdate, 1);
          g_date_set_dmy (&gdate, day, month, year);
          g_assert_cmpint (dossier_date_to_day_number (&date), ==, (int) g_date_get_julian (&gdate));
          g_assert_cmpint (dossier_date_get_weekday (&date), ==, (int) g_date_get_weekday (&gdate));
          back = dossier_date_from_day_number ((int) g_date_get_julian (&gdate));
          g_assert_true (back.year == date.year && back.month == date.month && back.day == date.day &&
                         back.hour == 0 && back.minute == 0 && back.precision == DOSSIER_PRECISION_DAY);
        }
  for (int year = -1; year <= 10001; year += year < 2 || year > 9998 ? 1 : 97)
    for (int month = -1; month <= 13; month++)
      for (int day = -1; day <= 300; day++)
        g_assert_cmpint (dossier_date_is_valid_day (year, month, day), ==,
                         year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
                         g_date_valid_dmy (day, month, year));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/date/round-trip", test_round_trip);
  g_test_add_func ("/date/invalid", test_invalid);
  g_test_add_func ("/date/weekday", test_weekday_and_arithmetic);
  g_test_add_func ("/date/day-numbers-are-julian-days", test_day_numbers_are_julian_days);
  g_test_add_func ("/date/contains", test_contains_and_compare);
  g_test_add_func ("/date/compare-by-first-days", test_compare_by_first_days);

  return g_test_run ();
}
