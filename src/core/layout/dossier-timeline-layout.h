/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The arithmetic of the timeline, apart from any drawing: where a day is on
 * the x axis at a zoom level, which ticks and labels the axis gets, and how
 * events that would overlap are stacked in rows.  Days are day numbers as
 * dossier_date_to_day_number() gives them. */

#pragma once

#include <glib.h>

#include "dossier-date.h"

G_BEGIN_DECLS

typedef struct
{
  double first_day;       /* the day at x = 0, may be fractional */
  double pixels_per_day;  /* zoom: > 0 */
} DossierTimelineScale;

typedef enum
{
  DOSSIER_TIMELINE_TICK_DAY,
  DOSSIER_TIMELINE_TICK_MONTH,
  DOSSIER_TIMELINE_TICK_YEAR,
} DossierTimelineTickKind;

typedef struct
{
  int day;                       /* the tick's day number */
  DossierTimelineTickKind kind;  /* the unit it marks */
  gboolean major;                /* starts a larger unit (a month among days) */
  char label[32];
} DossierTimelineTick;

typedef struct
{
  double x;        /* left edge */
  double width;
  guint row;       /* 0 is the row nearest the axis */
} DossierTimelineSlot;

double  dossier_timeline_scale_x_for_day (const DossierTimelineScale *scale,
                                          double                      day);
double  dossier_timeline_scale_day_for_x (const DossierTimelineScale *scale,
                                          double                      x);
/* A scale showing days @first_day to @last_day (inclusive) across @width
 * pixels, with a margin of half a day on each side. */
DossierTimelineScale dossier_timeline_scale_fit (int    first_day,
                                                 int    last_day,
                                                 double width);
/* Zooms by @factor keeping the day under @anchor_x in place; the zoom is
 * bounded between a 30-year view and 400 pixels a day. */
void    dossier_timeline_scale_zoom      (DossierTimelineScale *scale,
                                          double                factor,
                                          double                anchor_x);

/* Ticks for the days visible in @width pixels: days when there is room for
 * them, else months, else years.  A GArray of DossierTimelineTick. */
GArray *dossier_timeline_ticks           (const DossierTimelineScale *scale,
                                          double                      width);

/* Places @n events, each spanning days @first_days[i]..@last_days[i], as
 * slots at least @min_width wide; overlapping ones go to the lowest free
 * row.  Returns the number of rows used. */
guint   dossier_timeline_layout          (const DossierTimelineScale *scale,
                                          const int                  *first_days,
                                          const int                  *last_days,
                                          guint                       n,
                                          double                      min_width,
                                          double                      gap,
                                          DossierTimelineSlot        *slots);

G_END_DECLS
