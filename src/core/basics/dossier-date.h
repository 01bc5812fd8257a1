/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* A calendar date with an explicit precision: what a news text can say about
 * when something happened ("2008", "in July", "on Thursday", "13:00").  No
 * time zones are guessed; a time without a stated offset stays local. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  DOSSIER_PRECISION_NONE = 0,   /* unknown / unresolved */
  DOSSIER_PRECISION_YEAR,
  DOSSIER_PRECISION_MONTH,
  DOSSIER_PRECISION_WEEK,       /* ISO week: year + week, day = Monday of it */
  DOSSIER_PRECISION_DAY,
  DOSSIER_PRECISION_MINUTE,     /* day plus hour:minute */
} DossierPrecision;

typedef struct
{
  gint16 year;
  guint8 month;     /* 1–12, 0 below month precision */
  guint8 day;       /* 1–31, 0 below day precision (Monday for WEEK) */
  guint8 hour;
  guint8 minute;
  DossierPrecision precision;
} DossierDate;

#define DOSSIER_DATE_INIT { 0, 0, 0, 0, 0, DOSSIER_PRECISION_NONE }

gboolean    dossier_date_is_set         (const DossierDate *date);
gboolean    dossier_date_is_valid_day   (int                year,
                                         int                month,
                                         int                day);
DossierDate dossier_date_from_day       (int                year,
                                         int                month,
                                         int                day);
/* 1 = Monday … 7 = Sunday, as ISO 8601 and GDateWeekday. Needs day precision. */
int         dossier_date_get_weekday    (const DossierDate *date);
/* Shifts a date of at least day precision by @days, keeping its precision. */
DossierDate dossier_date_add_days       (const DossierDate *date,
                                         int                days);
/* Days since 0001-01-01 (as GDate's julian); needs day precision. */
int         dossier_date_to_day_number  (const DossierDate *date);
DossierDate dossier_date_from_day_number (int               day_number);
/* The first and last day a date covers ("2024-07" covers 1–31 July). */
void        dossier_date_get_span       (const DossierDate *date,
                                         int               *first_day_number,
                                         int               *last_day_number);
/* TRUE when @inner lies within the span of @outer (2024-07-11 in 2024-07). */
gboolean    dossier_date_contains       (const DossierDate *outer,
                                         const DossierDate *inner);
int         dossier_date_compare        (const DossierDate *a,
                                         const DossierDate *b);
/* ISO 8601: "2024", "2024-07", "2024-W42", "2024-10-17", "2024-10-17T13:00".
 * NULL when not set. */
char       *dossier_date_to_iso         (const DossierDate *date);
gboolean    dossier_date_parse_iso      (const char        *text,
                                         DossierDate       *date);
const char *dossier_precision_to_string (DossierPrecision   precision);
/* For people, at the date's precision and in the user's language:
 * "17 October 2024", "17 October 2024, 14:30", "week 42 of 2024",
 * "October 2024", "2024"; "undated" when not set. */
char       *dossier_date_format_readable (const DossierDate *date);

G_END_DECLS
