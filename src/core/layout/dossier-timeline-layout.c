/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "config.h"

#include "dossier-timeline-layout.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#define MIN_PIXELS_PER_DAY (1.0 / 30.0)  /* ~30 years across 1 000 pixels */
#define MAX_PIXELS_PER_DAY 400.0

double
dossier_timeline_scale_x_for_day (const DossierTimelineScale *scale,
                                  double                      day)
{
  g_return_val_if_fail (scale != NULL, 0);
  return (day - scale->first_day) * scale->pixels_per_day;
}

double
dossier_timeline_scale_day_for_x (const DossierTimelineScale *scale,
                                  double                      x)
{
  g_return_val_if_fail (scale != NULL && scale->pixels_per_day > 0, 0);
  return scale->first_day + x / scale->pixels_per_day;
}

DossierTimelineScale
dossier_timeline_scale_fit (int    first_day,
                            int    last_day,
                            double width)
{
  DossierTimelineScale scale;
  double days = MAX (last_day - first_day + 1, 1);

  scale.first_day = first_day - 0.5;
  scale.pixels_per_day = CLAMP (MAX (width, 1.0) / (days + 1.0), MIN_PIXELS_PER_DAY, MAX_PIXELS_PER_DAY);
  return scale;
}

void
dossier_timeline_scale_zoom (DossierTimelineScale *scale,
                             double                factor,
                             double                anchor_x)
{
  double anchor_day;

  g_return_if_fail (scale != NULL && factor > 0);

  anchor_day = dossier_timeline_scale_day_for_x (scale, anchor_x);
  scale->pixels_per_day = CLAMP (scale->pixels_per_day * factor, MIN_PIXELS_PER_DAY, MAX_PIXELS_PER_DAY);
  scale->first_day = anchor_day - anchor_x / scale->pixels_per_day;
}

static void
add_tick (GArray                  *ticks,
          int                      day,
          DossierTimelineTickKind  kind,
          gboolean                 major)
{
  DossierTimelineTick tick = { day, kind, major, "" };
  DossierDate date = dossier_date_from_day_number (day);
  g_autoptr(GDateTime) time = g_date_time_new_local (date.year, date.month, date.day, 0, 0, 0);
  g_autofree char *label = NULL;

  /* Translators: the labels of the timeline's axis, as g_date_time_format ()
   * writes them: a day with its abbreviated month where a month starts, a
   * month with its year where a year starts. */
  switch (kind)
    {
    case DOSSIER_TIMELINE_TICK_DAY:
      label = g_date_time_format (time, major ? C_("timeline axis", "%e %b") : C_("timeline axis", "%e"));
      break;
    case DOSSIER_TIMELINE_TICK_MONTH:
      label = g_date_time_format (time, major ? C_("timeline axis", "%b %Y") : C_("timeline axis", "%b"));
      break;
    case DOSSIER_TIMELINE_TICK_YEAR:
    default:
      label = g_date_time_format (time, "%Y");
      break;
    }
  if (label != NULL)
    g_strlcpy (tick.label, g_strstrip (label), sizeof tick.label);
  g_array_append_val (ticks, tick);
}

GArray *
dossier_timeline_ticks (const DossierTimelineScale *scale,
                        double                      width)
{
  GArray *ticks = g_array_new (FALSE, FALSE, sizeof (DossierTimelineTick));
  int first = (int) floor (dossier_timeline_scale_day_for_x (scale, 0));
  int last = (int) ceil (dossier_timeline_scale_day_for_x (scale, width));
  DossierDate date;

  g_return_val_if_fail (scale != NULL && scale->pixels_per_day > 0, ticks);

  first = MAX (first, 1);
  last = MAX (last, first);

  if (scale->pixels_per_day >= 18)
    {
      /* Every day; the first of a month is major. */
      for (int day = first; day <= last; day++)
        {
          date = dossier_date_from_day_number (day);
          /* The first tick names its month unless a new month starts soon. */
          add_tick (ticks, day, DOSSIER_TIMELINE_TICK_DAY, date.day == 1 || (day == first && date.day <= 24));
        }
    }
  else if (scale->pixels_per_day * 30 >= 28)
    {
      /* Every month; January is major. */
      date = dossier_date_from_day_number (first);
      date = dossier_date_from_day (date.year, date.month, 1);
      while (dossier_date_to_day_number (&date) <= last)
        {
          int day = dossier_date_to_day_number (&date);
          if (day >= first)
            add_tick (ticks, day, DOSSIER_TIMELINE_TICK_MONTH, date.month == 1 || ticks->len == 0);
          date = date.month == 12 ? dossier_date_from_day (date.year + 1, 1, 1)
                                  : dossier_date_from_day (date.year, date.month + 1, 1);
        }
    }
  else
    {
      /* Years, thinned so labels do not collide (~50 pixels apart). */
      int step = MAX (1, (int) ceil (50.0 / (scale->pixels_per_day * 365.25)));
      date = dossier_date_from_day_number (first);
      for (int year = date.year; ; year++)
        {
          DossierDate january = dossier_date_from_day (year, 1, 1);
          int day = dossier_date_to_day_number (&january);
          if (day > last)
            break;
          if (day >= first && year % step == 0)
            add_tick (ticks, day, DOSSIER_TIMELINE_TICK_YEAR, year % (step * 10) == 0);
        }
    }
  return ticks;
}

static int
compare_slots (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const DossierTimelineSlot *slots = user_data;
  double xa = slots[*(const guint *) a].x, xb = slots[*(const guint *) b].x;

  if (xa != xb)
    return xa < xb ? -1 : 1;
  /* Stable: equal days keep the model's order. */
  return *(const guint *) a < *(const guint *) b ? -1 : *(const guint *) a > *(const guint *) b;
}

/* Binary heaps for the layout: rows in use by where their last slot ends,
 * and free rows by number. */
typedef struct
{
  double end;
  guint row;
} RowEnd;

static void
busy_push (GArray *heap,
           RowEnd  item)
{
  guint i = heap->len;

  g_array_append_val (heap, item);
  while (i > 0 && g_array_index (heap, RowEnd, (i - 1) / 2).end > item.end)
    {
      g_array_index (heap, RowEnd, i) = g_array_index (heap, RowEnd, (i - 1) / 2);
      i = (i - 1) / 2;
    }
  g_array_index (heap, RowEnd, i) = item;
}

static void
busy_pop (GArray *heap)
{
  RowEnd last = g_array_index (heap, RowEnd, heap->len - 1);
  guint n = heap->len - 1, i = 0;

  g_array_set_size (heap, n);
  if (n == 0)
    return;
  for (;;)
    {
      guint child = 2 * i + 1;

      if (child >= n)
        break;
      if (child + 1 < n && g_array_index (heap, RowEnd, child + 1).end < g_array_index (heap, RowEnd, child).end)
        child++;
      if (g_array_index (heap, RowEnd, child).end >= last.end)
        break;
      g_array_index (heap, RowEnd, i) = g_array_index (heap, RowEnd, child);
      i = child;
    }
  g_array_index (heap, RowEnd, i) = last;
}

static void
free_push (GArray *heap,
           guint   row)
{
  guint i = heap->len;

  g_array_append_val (heap, row);
  while (i > 0 && g_array_index (heap, guint, (i - 1) / 2) > row)
    {
      g_array_index (heap, guint, i) = g_array_index (heap, guint, (i - 1) / 2);
      i = (i - 1) / 2;
    }
  g_array_index (heap, guint, i) = row;
}

static guint
free_pop (GArray *heap)
{
  guint lowest = g_array_index (heap, guint, 0);
  guint last = g_array_index (heap, guint, heap->len - 1);
  guint n = heap->len - 1, i = 0;

  g_array_set_size (heap, n);
  if (n == 0)
    return lowest;
  for (;;)
    {
      guint child = 2 * i + 1;

      if (child >= n)
        break;
      if (child + 1 < n && g_array_index (heap, guint, child + 1) < g_array_index (heap, guint, child))
        child++;
      if (g_array_index (heap, guint, child) >= last)
        break;
      g_array_index (heap, guint, i) = g_array_index (heap, guint, child);
      i = child;
    }
  g_array_index (heap, guint, i) = last;
  return lowest;
}

guint
dossier_timeline_layout (const DossierTimelineScale *scale,
                         const int                  *first_days,
                         const int                  *last_days,
                         guint                       n,
                         double                      min_width,
                         double                      gap,
                         DossierTimelineSlot        *slots)
{
  g_autoptr(GArray) busy = g_array_new (FALSE, FALSE, sizeof (RowEnd));
  g_autoptr(GArray) free_rows = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree guint *order = g_new (guint, MAX (n, 1));
  guint n_rows = 0;

  g_return_val_if_fail (scale != NULL, 0);
  g_return_val_if_fail (n == 0 || (first_days != NULL && last_days != NULL && slots != NULL), 0);

  for (guint i = 0; i < n; i++)
    {
      double left = dossier_timeline_scale_x_for_day (scale, first_days[i] - 0.5);
      double right = dossier_timeline_scale_x_for_day (scale, last_days[i] + 0.5);
      /* A day is a marker; a month or a year is a bar across its span. */
      double width = last_days[i] > first_days[i] ? MAX (right - left, min_width) : min_width;

      slots[i].x = (left + right) / 2 - width / 2;
      slots[i].width = width;
      slots[i].row = 0;
      order[i] = i;
    }

  /* Left to right, each to the lowest row whose last slot ends before it
   * starts (interval partitioning).  A row that is free for one slot is
   * free for every slot after it, so rows move from the heap of those in
   * use to the heap of free ones as the slots go right: n log n, where
   * looking through every row for each slot made thousands of events on
   * one day (a row each) keep the window busy for minutes. */
  g_qsort_with_data (order, n, sizeof (guint), compare_slots, slots);

  for (guint k = 0; k < n; k++)
    {
      DossierTimelineSlot *slot = &slots[order[k]];
      RowEnd used;

      while (busy->len > 0 && g_array_index (busy, RowEnd, 0).end + gap <= slot->x)
        {
          free_push (free_rows, g_array_index (busy, RowEnd, 0).row);
          busy_pop (busy);
        }
      slot->row = free_rows->len > 0 ? free_pop (free_rows) : n_rows++;
      used.end = slot->x + slot->width;
      used.row = slot->row;
      busy_push (busy, used);
    }
  return n_rows;
}
