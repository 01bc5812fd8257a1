/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-timeline-layout.h"

static int
day (int year,
     int month,
     int day_of_month)
{
  DossierDate date = dossier_date_from_day (year, month, day_of_month);
  return dossier_date_to_day_number (&date);
}

static void
test_scale (void)
{
  /* October 2024 across 620 pixels: 31 days + a day of margin = 20 px/day. */
  DossierTimelineScale scale = dossier_timeline_scale_fit (day (2024, 10, 1), day (2024, 10, 31), 640);
  double x16 = dossier_timeline_scale_x_for_day (&scale, day (2024, 10, 16));
  double x17 = dossier_timeline_scale_x_for_day (&scale, day (2024, 10, 17));

  g_assert_cmpfloat_with_epsilon (scale.pixels_per_day, 20.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (x17 - x16, 20.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (dossier_timeline_scale_day_for_x (&scale, x17), day (2024, 10, 17), 1e-9);
  g_assert_cmpfloat (dossier_timeline_scale_x_for_day (&scale, day (2024, 10, 1)), >, 0);
  g_assert_cmpfloat (dossier_timeline_scale_x_for_day (&scale, day (2024, 10, 31)), <, 640);
}

static void
test_zoom_keeps_anchor (void)
{
  DossierTimelineScale scale = dossier_timeline_scale_fit (day (2024, 10, 1), day (2024, 10, 31), 640);
  double anchor = dossier_timeline_scale_x_for_day (&scale, day (2024, 10, 17));

  dossier_timeline_scale_zoom (&scale, 0.1, anchor);
  g_assert_cmpfloat_with_epsilon (scale.pixels_per_day, 2.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (dossier_timeline_scale_x_for_day (&scale, day (2024, 10, 17)), anchor, 1e-6);
  /* Zooming out far enough shows 2008 and July 2024 together; never beyond 30 years. */
  for (int i = 0; i < 20; i++)
    dossier_timeline_scale_zoom (&scale, 0.5, anchor);
  g_assert_cmpfloat (scale.pixels_per_day, >=, 1.0 / 30.0 - 1e-12);
  g_assert_cmpfloat (dossier_timeline_scale_x_for_day (&scale, day (2008, 1, 1)), >, -1000);
}

static void
test_ticks_by_zoom (void)
{
  DossierTimelineScale october = dossier_timeline_scale_fit (day (2024, 10, 1), day (2024, 10, 31), 640);
  DossierTimelineScale year = dossier_timeline_scale_fit (day (2024, 1, 1), day (2024, 12, 31), 800);
  DossierTimelineScale decades = dossier_timeline_scale_fit (day (2004, 1, 1), day (2024, 12, 31), 800);
  g_autoptr(GArray) days = dossier_timeline_ticks (&october, 640);
  g_autoptr(GArray) months = dossier_timeline_ticks (&year, 800);
  g_autoptr(GArray) years = dossier_timeline_ticks (&decades, 800);
  gboolean has_17 = FALSE;

  g_assert_cmpuint (days->len, >=, 31);
  for (guint i = 0; i < days->len; i++)
    {
      DossierTimelineTick *tick = &g_array_index (days, DossierTimelineTick, i);
      g_assert_cmpint (tick->kind, ==, DOSSIER_TIMELINE_TICK_DAY);
      has_17 |= tick->day == day (2024, 10, 17) && g_str_equal (tick->label, "17");
    }
  g_assert_true (has_17);
  /* January to December, perhaps the next January at the right margin. */
  g_assert_cmpuint (months->len, >=, 12);
  g_assert_cmpuint (months->len, <=, 13);
  g_assert_cmpint (g_array_index (months, DossierTimelineTick, 0).day, ==, day (2024, 1, 1));
  g_assert_cmpint (g_array_index (months, DossierTimelineTick, 6).kind, ==, DOSSIER_TIMELINE_TICK_MONTH);
  g_assert_cmpint (g_array_index (months, DossierTimelineTick, 6).day, ==, day (2024, 7, 1));
  g_assert_cmpuint (years->len, >=, 10);
  g_assert_cmpint (g_array_index (years, DossierTimelineTick, 0).kind, ==, DOSSIER_TIMELINE_TICK_YEAR);
}

static void
test_stacking (void)
{
  DossierTimelineScale scale = dossier_timeline_scale_fit (day (2024, 10, 1), day (2024, 10, 31), 640);
  /* Three events on the 17th, one on the 16th (adjacent), one on the 3rd,
   * and July as a whole, which lies before the view. */
  int first[] = { day (2024, 10, 17), day (2024, 10, 17), day (2024, 10, 16), day (2024, 10, 3), day (2024, 10, 17) };
  int last[] = { day (2024, 10, 17), day (2024, 10, 17), day (2024, 10, 16), day (2024, 10, 3), day (2024, 10, 17) };
  DossierTimelineSlot slots[5];
  guint rows = dossier_timeline_layout (&scale, first, last, 5, 16, 2, slots);

  /* The three on one day take three rows; the 16th fits in the first row
   * beside them (20 px apart, markers 16 px wide); the 3rd is alone. */
  g_assert_cmpuint (rows, ==, 3);
  g_assert_cmpuint (slots[3].row, ==, 0);
  g_assert_cmpuint (slots[2].row, ==, 0);
  g_assert_true (slots[0].row != slots[1].row && slots[1].row != slots[4].row && slots[0].row != slots[4].row);
  g_assert_cmpfloat_with_epsilon (slots[0].x + slots[0].width / 2,
                                  dossier_timeline_scale_x_for_day (&scale, day (2024, 10, 17)), 1e-9);
}

/* The layout as first written, looking through every row for each slot:
 * the heaps must give the same rows. */
static guint
layout_by_scanning (DossierTimelineSlot *slots,
                    guint                n,
                    double               gap)
{
  g_autoptr(GArray) row_ends = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree guint *order = g_new (guint, n);

  for (guint i = 0; i < n; i++)
    order[i] = i;
  /* Insertion sort by x, stable. */
  for (guint i = 1; i < n; i++)
    for (guint j = i; j > 0 && slots[order[j - 1]].x > slots[order[j]].x; j--)
      {
        guint t = order[j];
        order[j] = order[j - 1];
        order[j - 1] = t;
      }
  for (guint k = 0; k < n; k++)
    {
      DossierTimelineSlot *slot = &slots[order[k]];
      guint row;

      for (row = 0; row < row_ends->len; row++)
        if (g_array_index (row_ends, double, row) + gap <= slot->x)
          break;
      if (row == row_ends->len)
        g_array_set_size (row_ends, row + 1);
      g_array_index (row_ends, double, row) = slot->x + slot->width;
      slot->row = row;
    }
  return row_ends->len;
}

static void
test_stacking_matches_scanning (void)
{
  DossierTimelineScale scale = dossier_timeline_scale_fit (day (2024, 1, 1), day (2024, 12, 31), 900);
  GRand *rand = g_rand_new_with_seed (17);

  for (guint round = 0; round < 200; round++)
    {
      guint n = g_rand_int_range (rand, 1, 400);
      g_autofree int *first = g_new (int, n);
      g_autofree int *last = g_new (int, n);
      g_autofree DossierTimelineSlot *slots = g_new (DossierTimelineSlot, n);
      g_autofree DossierTimelineSlot *expected = NULL;
      guint rows;

      /* Days, months and years, crowded onto a few days or spread. */
      for (guint i = 0; i < n; i++)
        {
          int spread = round % 2 == 0 ? 10 : 366;
          first[i] = day (2024, 1, 1) + g_rand_int_range (rand, 0, spread);
          last[i] = first[i] + (g_rand_int_range (rand, 0, 5) == 0 ? g_rand_int_range (rand, 1, 60) : 0);
        }
      rows = dossier_timeline_layout (&scale, first, last, n, 9, 1, slots);
      expected = g_memdup2 (slots, sizeof (DossierTimelineSlot) * n);
      g_assert_cmpuint (layout_by_scanning (expected, n, 1), ==, rows);
      for (guint i = 0; i < n; i++)
        g_assert_cmpuint (slots[i].row, ==, expected[i].row);
    }
  g_rand_free (rand);
}

/* Ten thousand events on one day: a row each, at once. */
static void
test_stacking_one_day (void)
{
  DossierTimelineScale scale = dossier_timeline_scale_fit (day (2024, 10, 1), day (2024, 10, 31), 640);
  guint n = 10000;
  g_autofree int *days = g_new (int, n);
  g_autofree DossierTimelineSlot *slots = g_new (DossierTimelineSlot, n);

  for (guint i = 0; i < n; i++)
    days[i] = day (2024, 10, 16);
  g_assert_cmpuint (dossier_timeline_layout (&scale, days, days, n, 16, 2, slots), ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (slots[i].row, ==, i);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timeline-layout/scale", test_scale);
  g_test_add_func ("/timeline-layout/zoom", test_zoom_keeps_anchor);
  g_test_add_func ("/timeline-layout/ticks", test_ticks_by_zoom);
  g_test_add_func ("/timeline-layout/stacking", test_stacking);
  g_test_add_func ("/timeline-layout/stacking-matches-scanning", test_stacking_matches_scanning);
  g_test_add_func ("/timeline-layout/stacking-one-day", test_stacking_one_day);

  return g_test_run ();
}
