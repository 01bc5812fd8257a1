/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Finds date expressions in English news text and resolves them to calendar
 * dates: absolute ones ("3 October 2024", "Oct 17, 2024 - 13:00",
 * "2024/10/17", "April 2023", "since 2008") on their own, relative ones
 * ("on Wednesday", "later on Thursday", "in July", "last week",
 * "yesterday") against a reference date, normally the article's
 * publication date.  Without a reference, a relative expression is still
 * found but stays unresolved (precision NONE) — never guessed. */

#pragma once

#include <glib.h>

#include "dossier-date.h"

G_BEGIN_DECLS

typedef struct
{
  gsize start;             /* bytes into the scanned text, end exclusive */
  gsize end;
  DossierDate value;       /* precision NONE when unresolved */
  const char *rule;        /* static, e.g. "absolute-day", "weekday-past" */
  gboolean relative;       /* depends on the reference date */
  int sequence_days;       /* "the following day", "two days later": the days
                            * after (before, < 0) the date the text gave
                            * last, which dossier_document_find_dates ()
                            * counts from; 0 for other expressions … */
  gboolean sequence;       /* … and for "the same day", "later that day",
                            * which this says are counted so */
} DossierDateExpression;

/* Scans @text (UTF-8, @len bytes or -1) and returns a GArray of
 * DossierDateExpression in text order, never overlapping.  @reference may
 * be NULL or unset.  Tense cues in the sentence around an expression
 * ("will", "next", "before he leaves office in January") decide whether a
 * bare weekday or month points back or forward from the reference. */
GArray *dossier_date_expressions_find (const char        *text,
                                       gssize             len,
                                       const DossierDate *reference);

/* The date expressions of a text found once, to be resolved against one
 * reference and another (an undated article's sentences read from each
 * day it may have been published on).  The text must outlive it. */
typedef struct _DossierDateReading DossierDateReading;

DossierDateReading *dossier_date_reading_new        (const char            *text,
                                                     gssize                 len);
/* The expression that starts at byte @start, as
 * dossier_date_expressions_find (@text, @len, @reference) gives it; FALSE
 * when none starts there. */
gboolean            dossier_date_reading_resolve_at (DossierDateReading    *reading,
                                                     gsize                  start,
                                                     const DossierDate     *reference,
                                                     DossierDateExpression *expression);
void                dossier_date_reading_free       (DossierDateReading    *reading);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierDateReading, dossier_date_reading_free)

/* Parses one stand-alone date as found in datelines, bylines and "Last
 * updated:" lines ("2024/10/17 at 1:04 PM", "October 17, 2024",
 * "Oct 17, 2024 - 13:00", "17.10.2024 13:00").  @text must hold only the
 * date (leading/trailing spaces allowed).  Returns FALSE if it is not one
 * absolute date of at least day precision. */
gboolean dossier_date_parse_dateline (const char  *text,
                                      gssize       len,
                                      DossierDate *date);

G_END_DECLS
