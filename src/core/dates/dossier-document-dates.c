/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-document-dates.h"

#include "dossier-characters.h"
#include "dossier-date-expression.h"
#include "dossier-debug.h"

#include <string.h>

/* Whether the byte at @position of @text lies inside quotation marks that
 * open and close within [@start, @end) (a sentence). */
static gboolean
inside_quotation (const char *text,
                  gsize       start,
                  gsize       end,
                  gsize       position)
{
  gboolean quoted = FALSE;

  for (const char *p = text + start; p < text + position && p < text + end; p = g_utf8_next_char (p))
    quoted = dossier_quotation_after (g_utf8_get_char (p), quoted);
  return quoted;
}

/* "“Today we have won,” he told supporters on Wednesday night": a
 * "today", "yesterday" or "tomorrow" inside a quotation counts from the
 * day the words were said, when the sentence says when, outside the
 * quotation, and that day is not the article's. */
static void
date_quoted_deixis (DossierDocument *document)
{
  for (guint i = 0; i < document->dates->len; i++)
    {
      DossierDateMention *deictic = &g_array_index (document->dates, DossierDateMention, i);
      DossierParagraph *paragraph;
      DossierSpan *sentence = NULL;
      int offset;

      if (g_strcmp0 (deictic->rule, "deictic-day") != 0 || !dossier_date_is_set (&deictic->value) ||
          deictic->value.precision < DOSSIER_PRECISION_DAY)
        continue;
      paragraph = g_ptr_array_index (document->paragraphs, deictic->paragraph);
      for (guint s = 0; s < paragraph->sentences->len && sentence == NULL; s++)
        {
          DossierSpan *span = &g_array_index (paragraph->sentences, DossierSpan, s);
          if (span->start <= deictic->start && deictic->end <= span->end)
            sentence = span;
        }
      if (sentence == NULL || !inside_quotation (paragraph->text, sentence->start, sentence->end, deictic->start))
        continue;
      offset = dossier_date_to_day_number (&deictic->value) - dossier_date_to_day_number (&document->published);

      for (guint j = 0; j < document->dates->len; j++)
        {
          DossierDateMention *said = &g_array_index (document->dates, DossierDateMention, j);
          DossierDate day;

          if (j == i || said->paragraph != deictic->paragraph || said->start < sentence->start ||
              said->end > sentence->end || said->value.precision < DOSSIER_PRECISION_DAY ||
              inside_quotation (paragraph->text, sentence->start, sentence->end, said->start))
            continue;
          day = said->value;
          day.precision = DOSSIER_PRECISION_DAY;
          day.hour = day.minute = 0;
          if (dossier_date_compare (&day, &document->published) == 0)
            break;
          deictic->value = dossier_date_add_days (&day, offset);
          deictic->rule = "deictic-in-quote";
          DOSSIER_DEBUG ("dates: “%.*s” in a quotation counts from the day it was said, “%.*s”",
                         (int) (deictic->end - deictic->start), paragraph->text + deictic->start,
                         (int) (said->end - said->start), paragraph->text + said->start);
          break;
        }
    }
}

/* Whether @mention is counted from a happening its sentence tells ("a
 * day after the government declared …"). */
static gboolean
from_a_happening (const DossierDateMention *mention)
{
  return mention->rule != NULL && (strcmp (mention->rule, "days-after-a-happening") == 0 ||
                                   strcmp (mention->rule, "days-before-a-happening") == 0);
}

/* The day of @mention (one from_a_happening (), with @days its count, in
 * @paragraph, whose dates are @dates[@first, @last)): the day of the
 * happening its sentence tells, which another date of the sentence gives
 * ("on Friday, 17 days after it collapsed"; "…, state media said
 * Wednesday, a day after …"), the nearest before it first; or, where a
 * date opens what it is counted from ("two days after Sunday's vote"),
 * that day and the count.  Unset where the sentence gives no day. */
static DossierDate
day_of_the_happening (DossierParagraph         *paragraph,
                      const DossierDateMention *mention,
                      int                       days,
                      GArray                   *dates,
                      guint                     first,
                      guint                     last)
{
  gsize sentence_start = 0, sentence_end = paragraph->len;
  const DossierDateMention *before = NULL, *after = NULL;

  for (guint s = 0; s < paragraph->sentences->len; s++)
    {
      const DossierSpan *span = &g_array_index (paragraph->sentences, DossierSpan, s);

      if (mention->start >= span->start && mention->start < span->end)
        {
          sentence_start = span->start;
          sentence_end = span->end;
        }
    }
  for (guint i = first; i < last; i++)
    {
      const DossierDateMention *other = &g_array_index (dates, DossierDateMention, i);

      if (other == mention || from_a_happening (other) || other->value.precision < DOSSIER_PRECISION_DAY ||
          other->start < sentence_start || other->end > sentence_end)
        continue;
      if (other->end <= mention->start)
        before = other;
      else if (other->start >= mention->end && after == NULL)
        after = other;
    }
  /* "two days after Sunday's vote", "a day after the June 3 eruption". */
  if (after != NULL && after->start <= mention->end + 5)
    return dossier_date_add_days (&after->value, days);
  if (before != NULL)
    return before->value;
  if (after != NULL)
    return after->value;
  return (DossierDate) DOSSIER_DATE_INIT;
}

/* "BANGKOK (AP) — A court sentenced her on Monday", in an article stamped
 * late on Sunday 9 January, US time, whose caption says "on Monday, Jan.
 * 10, 2022": a bare weekday is the day of that weekday the text (or a
 * caption kept aside) gives in full, within a week of the article's day
 * either way (a day across time zones, a week's plan), where it gives one
 * such day only. */
/* Notes in @told (per weekday: the day given in full, -1 where several)
 * the day @value, absolute (not @relative), within a week of @reference. */
static void
note_day_told_in_full (int                told[8],
                       const DossierDate *value,
                       gboolean           relative,
                       int                reference)
{
  int day, weekday;

  if (relative || value->precision < DOSSIER_PRECISION_DAY)
    return;
  day = dossier_date_to_day_number (value);
  if (ABS (day - reference) > 6)
    return;
  weekday = dossier_date_get_weekday (value);
  told[weekday] = told[weekday] == 0 || told[weekday] == day ? day : -1;
}

static void
date_weekdays_told_in_full (DossierDocument *document)
{
  int reference = dossier_date_to_day_number (&document->published);
  int told[8] = { 0 };

  for (guint i = 0; i < document->dates->len; i++)
    {
      const DossierDateMention *mention = &g_array_index (document->dates, DossierDateMention, i);

      note_day_told_in_full (told, &mention->value, mention->relative, reference);
    }
  /* The captions kept aside give it too. */
  for (guint c = 0; document->captions != NULL && c < document->captions->len; c++)
    {
      g_autoptr(GArray) found = dossier_date_expressions_find (g_ptr_array_index (document->captions, c), -1, NULL);

      for (guint i = 0; i < found->len; i++)
        {
          const DossierDateExpression *expression = &g_array_index (found, DossierDateExpression, i);

          note_day_told_in_full (told, &expression->value, expression->relative, reference);
        }
    }
  for (guint i = 0; i < document->dates->len; i++)
    {
      DossierDateMention *mention = &g_array_index (document->dates, DossierDateMention, i);
      int weekday;

      if (!mention->relative || mention->rule == NULL ||
          (strcmp (mention->rule, "weekday-past") != 0 && strcmp (mention->rule, "weekday-future") != 0) ||
          mention->value.precision < DOSSIER_PRECISION_DAY)
        continue;
      weekday = dossier_date_get_weekday (&mention->value);
      if (told[weekday] <= 0 || told[weekday] == dossier_date_to_day_number (&mention->value))
        continue;
      mention->value = dossier_date_from_day_number (told[weekday]);
      mention->rule = "weekday-told-in-full";
    }
}

/* "between July 23 and August 8 next year … proposed the July 23 to August
 * 8 time frame": a month and day the text names again without its year
 * is the day it named with its year, wherever that was (rule
 * "month-day-named-with-year"): a year before the one it reads as at most
 * ("June 4, 1989 … this June 4" are two days), or two after (a day told
 * for "next year", read the second time in the past: "had proposed the
 * July 23 to August 8 dates"). */
static void
date_month_days_named_with_year (DossierDocument *document)
{
  for (guint i = 0; i < document->dates->len; i++)
    {
      DossierDateMention *mention = &g_array_index (document->dates, DossierDateMention, i);
      const DossierDateMention *named = NULL;

      if (!mention->relative || mention->rule == NULL || !g_str_has_prefix (mention->rule, "month-day") ||
          g_str_has_suffix (mention->rule, "-of-year-told") || mention->value.precision < DOSSIER_PRECISION_DAY)
        continue;
      for (guint k = 0; k < document->dates->len && named == NULL; k++)
        {
          const DossierDateMention *other = &g_array_index (document->dates, DossierDateMention, k);

          if (other->value.precision < DOSSIER_PRECISION_DAY || other->value.month != mention->value.month ||
              other->value.day != mention->value.day || other->value.year == mention->value.year ||
              other->value.year < mention->value.year - 1 || other->value.year > mention->value.year + 2)
            continue;
          if (!other->relative || (other->rule != NULL && g_str_has_suffix (other->rule, "-of-year-told")))
            named = other;
        }
      if (named == NULL)
        continue;
      mention->value.year = named->value.year;
      mention->rule = "month-day-named-with-year";
    }
}

/* Dates depend on the publication date, so they are found again whenever
 * it changes (an inferred or corrected date). */
void
dossier_document_find_dates (DossierDocument *document)
{
  const DossierDate *reference = dossier_date_is_set (&document->published) ? &document->published : NULL;

  DossierDate last_day = DOSSIER_DATE_INIT;   /* the day the text gave last */

  g_array_set_size (document->dates, 0);
  for (guint p = 0; p < document->paragraphs->len; p++)
    {
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);
      g_autoptr(GArray) found = dossier_date_expressions_find (paragraph->text, paragraph->len, reference);
      guint first = document->dates->len;
      gboolean counted_from_a_happening = FALSE;

      for (guint i = 0; i < found->len; i++)
        {
          DossierDateExpression *expression = &g_array_index (found, DossierDateExpression, i);
          DossierDateMention mention = { 0 };

          mention.paragraph = p;
          mention.start = expression->start;
          mention.end = expression->end;
          mention.value = expression->value;
          mention.rule = expression->rule;
          mention.relative = expression->relative;
          /* "The storm struck on March 3. The following day, …": the day
           * after the one the text gave last. */
          if (from_a_happening (&mention))
            {
              counted_from_a_happening = TRUE;
              mention.value.precision = DOSSIER_PRECISION_NONE;
              g_array_append_val (document->dates, mention);
              continue;
            }
          if (expression->sequence && dossier_date_is_set (&last_day))
            mention.value = dossier_date_add_days (&last_day, expression->sequence_days);
          if (mention.value.precision >= DOSSIER_PRECISION_DAY)
            {
              last_day = mention.value;
              last_day.precision = DOSSIER_PRECISION_DAY;
              last_day.hour = last_day.minute = 0;
            }
          g_array_append_val (document->dates, mention);
        }
      /* Those counted from a happening once the sentence's other dates are
       * known; none where it gives no day. */
      for (guint i = first; counted_from_a_happening && i < document->dates->len;)
        {
          DossierDateMention *mention = &g_array_index (document->dates, DossierDateMention, i);
          DossierDateExpression *expression = NULL;

          if (!from_a_happening (mention))
            {
              i++;
              continue;
            }
          for (guint k = 0; k < found->len && expression == NULL; k++)
            if (g_array_index (found, DossierDateExpression, k).start == mention->start)
              expression = &g_array_index (found, DossierDateExpression, k);
          mention->value = day_of_the_happening (paragraph, mention, expression->sequence_days, document->dates,
                                                 first, document->dates->len);
          if (dossier_date_is_set (&mention->value))
            i++;
          else
            g_array_remove_index (document->dates, i);
        }
    }
  date_month_days_named_with_year (document);
  if (reference != NULL && reference->precision >= DOSSIER_PRECISION_DAY)
    {
      date_quoted_deixis (document);
      date_weekdays_told_in_full (document);
    }
}

void
dossier_document_find_dates_again (DossierDocument *document)
{
  g_return_if_fail (document != NULL);

  if (dossier_document_take_dates (document, &document->published))
    return;
  dossier_document_find_dates (document);
  dossier_document_keep_dates (document, &document->published);
}
