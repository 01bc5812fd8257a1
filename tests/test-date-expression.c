/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include <string.h>

#include "dossier-date-expression.h"
#include "dossier-document-dates.h"
#include "dossier-sentence.h"

static GArray *
find (const char *text,
      gssize      len,
      const char *reference_iso)
{
  DossierDate reference = DOSSIER_DATE_INIT;

  if (reference_iso != NULL)
    g_assert_true (dossier_date_parse_iso (reference_iso, &reference));
  return dossier_date_expressions_find (text, len, reference_iso != NULL ? &reference : NULL);
}

/* Finds the expression of @text that spans exactly @span (the first if the
 * words occur more than once) and checks its value, rule and relativity.
 * @iso NULL means the expression is found but unresolved. */
static void
assert_expression (const char *text,
                   const char *reference,
                   const char *span,
                   const char *iso,
                   const char *rule,
                   gboolean    relative)
{
  GArray *expressions = find (text, -1, reference);
  const char *where = strstr (text, span);
  gsize start, end;
  guint i;

  g_assert_nonnull (where);
  start = where - text;
  end = start + strlen (span);

  for (i = 0; i < expressions->len; i++)
    {
      DossierDateExpression *expression = &g_array_index (expressions, DossierDateExpression, i);
      g_autofree char *value = NULL;

      if (expression->start != start || expression->end != end)
        continue;

      value = dossier_date_to_iso (&expression->value);
      g_assert_cmpstr (value, ==, iso);
      if (rule != NULL)
        g_assert_cmpstr (expression->rule, ==, rule);
      g_assert_cmpint (expression->relative, ==, relative);
      g_array_unref (expressions);
      return;
    }

  for (i = 0; i < expressions->len; i++)
    {
      DossierDateExpression *expression = &g_array_index (expressions, DossierDateExpression, i);

      g_test_message ("found [%.*s] (%s)", (int) (expression->end - expression->start),
                      text + expression->start, expression->rule);
    }
  g_test_message ("no expression spans [%s] in: %s", span, text);
  g_test_fail ();
  g_array_unref (expressions);
}

/* Checks the spans of all expressions of @text, in order, separated by
 * "|" ("" for none). */
static void
assert_spans (const char *text,
              const char *reference,
              const char *spans)
{
  GArray *expressions = find (text, -1, reference);
  GString *found = g_string_new (NULL);
  guint i;

  for (i = 0; i < expressions->len; i++)
    {
      DossierDateExpression *expression = &g_array_index (expressions, DossierDateExpression, i);

      if (i > 0)
        g_string_append_c (found, '|');
      g_string_append_len (found, text + expression->start, expression->end - expression->start);
    }
  g_assert_cmpstr (found->str, ==, spans);
  g_string_free (found, TRUE);
  g_array_unref (expressions);
}

static void
assert_dateline (const char *text,
                 const char *iso)
{
  DossierDate date = DOSSIER_DATE_INIT;
  gboolean parsed = dossier_date_parse_dateline (text, -1, &date);

  if (iso == NULL)
    g_assert_false (parsed);
  else
    {
      g_autofree char *value = NULL;

      g_assert_true (parsed);
      value = dossier_date_to_iso (&date);
      g_assert_cmpstr (value, ==, iso);
    }
}

static void
test_absolute_day (void)
{
  assert_expression ("NATO Secretary General Mark Rutte speaks to journalists during a joint press "
                     "conference with Ukrainian President Volodymyr Zelenskyy in Kyiv, Ukraine, on "
                     "3 October 2024.", NULL, "3 October 2024", "2024-10-03", "absolute-day", FALSE);
  assert_expression ("News Room October 17, 2024", NULL, "October 17, 2024", "2024-10-17", "absolute-day",
                     FALSE);
  assert_expression ("It began on 3rd October 2024 in Kyiv.", NULL, "3rd October 2024", "2024-10-03",
                     "absolute-day", FALSE);
  assert_expression ("Published Oct. 17, 2024 by AP", NULL, "Oct. 17, 2024", "2024-10-17", NULL, FALSE);
  assert_expression ("Filed Sept. 5, 2024.", NULL, "Sept. 5, 2024", "2024-09-05", NULL, FALSE);
  assert_expression ("Filed 17 Oct 2024.", NULL, "17 Oct 2024", "2024-10-17", NULL, FALSE);
  assert_expression ("Filed October 17 2024.", NULL, "October 17 2024", "2024-10-17", NULL, FALSE);
  assert_expression ("Posted Thursday, October 17, 2024 in World", NULL,
                     "Thursday, October 17, 2024", "2024-10-17", "absolute-day", FALSE);
  assert_expression ("Updated 2024/10/17", NULL, "2024/10/17", "2024-10-17", NULL, FALSE);
  assert_expression ("Updated 2024-10-17.", NULL, "2024-10-17", "2024-10-17", NULL, FALSE);
  assert_expression ("Updated 17.10.2024.", NULL, "17.10.2024", "2024-10-17", NULL, FALSE);
  assert_expression ("Updated 17/10/2024.", NULL, "17/10/2024", "2024-10-17", NULL, FALSE);
  assert_expression ("Updated 10/17/2024.", NULL, "10/17/2024", "2024-10-17", NULL, FALSE);
  assert_expression ("Updated 05/05/2024.", NULL, "05/05/2024", "2024-05-05", NULL, FALSE);
  assert_expression ("on the 3rd of October 2024", NULL, "3rd of October 2024", "2024-10-03", NULL, FALSE);
  assert_expression ("THURSDAY, OCTOBER 17, 2024", NULL, "THURSDAY, OCTOBER 17, 2024", "2024-10-17", NULL,
                     FALSE);
  assert_expression ("Updated\xc2\xa0" "17\xc2\xa0October\xc2\xa0" "2024 by staff", NULL,
                     "17\xc2\xa0October\xc2\xa0" "2024", "2024-10-17", NULL, FALSE);
  /* A reference changes nothing about an absolute date. */
  assert_expression ("on 3 October 2024.", "2025-01-03", "3 October 2024", "2024-10-03", "absolute-day",
                     FALSE);

  /* Both parts 12 or less: day or month first cannot be told. */
  assert_spans ("Updated 05/10/2024.", NULL, "");
  /* Years told roughly name no year; exactly, they do. */
  assert_spans ("We built this cathedral more than 800 years ago.", "2019-04-15", "");
  assert_spans ("The bridge opened some 50 years ago, nearly two years ago it was shut.", "2019-04-15", "");
  assert_expression ("The bridge opened 50 years ago.", "2018-08-14", "50 years ago", "1968", "years-ago", TRUE);
  /* No such days; the month of the first is still a fair reading. */
  assert_spans ("Not a date: 31 February 2024, 2024-02-30.", NULL, "February 2024");
}

static void
test_absolute_minute (void)
{
  assert_expression ("Oct 17, 2024 - 13:00", NULL, "Oct 17, 2024 - 13:00", "2024-10-17T13:00",
                     "absolute-minute", FALSE);
  assert_expression ("Last updated: 2024/10/17 at 1:04 PM", NULL, "2024/10/17 at 1:04 PM",
                     "2024-10-17T13:04", "absolute-minute", FALSE);
  assert_expression ("Posted October 17, 2024 at 13:00 in News", NULL, "October 17, 2024 at 13:00",
                     "2024-10-17T13:00", NULL, FALSE);
  assert_expression ("Posted 17 October 2024, 09:30.", NULL, "17 October 2024, 09:30", "2024-10-17T09:30",
                     NULL, FALSE);
  assert_expression ("Posted 2024-10-17T13:00:00Z.", NULL, "2024-10-17T13:00:00Z", "2024-10-17T13:00", NULL,
                     FALSE);
  assert_expression ("Posted 17.10.2024 13:00 CET.", NULL, "17.10.2024 13:00 CET", "2024-10-17T13:00", NULL,
                     FALSE);
  assert_expression ("at 12:30 a.m.: October 17, 2024 at 12:30 a.m.", NULL, "October 17, 2024 at 12:30 a.m.",
                     "2024-10-17T00:30", NULL, FALSE);
  assert_expression ("Updated Thu 17 Oct 2024 13.00 BST", NULL, "Thu 17 Oct 2024 13.00 BST",
                     "2024-10-17T13:00", NULL, FALSE);
  assert_expression ("Updated 17 Oct 2024 1.04pm.", NULL, "17 Oct 2024 1.04pm", "2024-10-17T13:04", NULL,
                     FALSE);
  assert_spans ("In 17 Oct 2024 13.5 tonnes were sold.", NULL, "17 Oct 2024");
  assert_expression ("Oct 17, 2024 at 1 PM", NULL, "Oct 17, 2024 at 1 PM", "2024-10-17T13:00", NULL, FALSE);
  /* Not a time: the count after the comma stays out of the date. */
  assert_expression ("On 3 October 2024, 32 people died.", NULL, "3 October 2024", "2024-10-03",
                     "absolute-day", FALSE);
  /* A time alone is no date. */
  assert_spans ("The meeting starts at 13:00 and ends at 1:04 PM.", NULL, "");
}

static void
test_absolute_month_and_year (void)
{
  const char *finland = "Finland and Sweden became NATO's 31st and 32nd members in April 2023 and "
                        "March 2024, respectively.";

  assert_spans (finland, "2024-10-20", "April 2023|March 2024");
  assert_expression (finland, "2024-10-20", "April 2023", "2023-04", "absolute-month", FALSE);
  assert_expression (finland, "2024-10-20", "March 2024", "2024-03", "absolute-month", FALSE);
  assert_expression ("It closed in Oct. 2024 for good.", NULL, "Oct. 2024", "2024-10", "absolute-month",
                     FALSE);
  assert_expression ("It closed in March of 2024.", NULL, "March of 2024", "2024-03", "absolute-month", FALSE);

  assert_expression ("Since 2008, NATO's stance has been that Ukraine will eventually join the alliance.",
                     "2024-10-20", "Since 2008", "2008", "absolute-year", FALSE);
  assert_expression ("following the Western-backed coup in 2014, as a significant factor", NULL,
                     "in 2014", "2014", "absolute-year", FALSE);
  assert_expression ("EU lawmakers backed end of Russian gas imports by 2027", NULL, "by 2027", "2027",
                     "absolute-year", FALSE);
  assert_expression ("ahead of the 2024 election", NULL, "2024", "2024", "absolute-year", FALSE);
  assert_expression ("The year 2008 was a turning point.", NULL, "2008", "2008", "absolute-year", FALSE);
  assert_expression ("2024 marks the 75th anniversary of the alliance.", NULL, "2024", "2024", "absolute-year",
                     FALSE);
  assert_expression ("In 2000 troops were sent to Kosovo.", NULL, "In 2000", "2000", "absolute-year", FALSE);
  assert_expression ("ahead of the 2024 elections", NULL, "2024", "2024", "absolute-year", FALSE);

  /* Counts, amounts, parts of bigger numbers and ranges are no years. */
  assert_spans ("2000 troops were sent, 1500 km away, at a cost of $2024 or 2024m, 2,024 or +2024; "
                "the 1990s, 2023-24 and 2014\xe2\x80\x93" "2022 are ranges or decades; 1300 GMT.", NULL, "");
  assert_spans ("Room 101 has 2500 seats and 1799 or 2101 are out of range.", NULL, "");
}

static void
test_parts (void)
{
  assert_expression ("fighting resumed in mid-October 2024 near Kursk", NULL, "in mid-October 2024",
                     "2024-10", "part-of-month", FALSE);
  assert_expression ("Talks may resume early 2024.", NULL, "early 2024", "2024", "part-of-year", FALSE);
  assert_expression ("It was agreed in late 2023.", NULL, "in late 2023", "2023", "part-of-year", FALSE);
  assert_expression ("The mission ends at the end of 2024.", NULL, "the end of 2024", "2024", "part-of-year",
                     FALSE);
  assert_expression ("Troops leave by the end of 2024.", NULL, "by the end of 2024", "2024", "part-of-year",
                     FALSE);
  assert_expression ("Growth slowed in mid-2024.", NULL, "in mid-2024", "2024", "part-of-year", FALSE);
  assert_expression ("Fighting eased in mid-July.", "2024-10-20", "in mid-July", "2024-07",
                     "part-of-month-past", TRUE);
  assert_expression ("It is due in early January.", "2024-10-20", "in early January", "2025-01",
                     "part-of-month-future", TRUE);
  assert_expression ("We will know by the end of the year.", "2024-10-20", "by the end of the year", "2024",
                     "year-relative", TRUE);
  assert_expression ("Rates will fall early next year.", "2024-10-20", "early next year", "2025",
                     "year-relative", TRUE);
  assert_expression ("The deal was signed in the summer of 2023.", NULL, "the summer of 2023", "2023",
                     "season", FALSE);
}

static void
test_weekday_names_the_year (void)
{
  /* Read in a year borrowed from the dossier (2020), a month and day
   * with its weekday is put in the nearest year where that day is that
   * weekday; without one, it stays in the year read. */
  assert_expression ("The exchange filed for bankruptcy on the morning of Friday, November 11.", "2020",
                     "Friday, November 11", "2022-11-11", "month-day-in-year", TRUE);
  assert_expression ("The exchange filed for bankruptcy on November 11.", "2020",
                     "on November 11", "2020-11-11", "month-day-in-year", TRUE);
  /* A month without "last" or "next" is the year's too; "next April" is
   * left to a known day. */
  assert_expression ("The exchange first warned its lenders in March.", "2020",
                     "in March", "2020-03", "month-in-year", TRUE);
  assert_expression ("The exchange hopes to reopen next April.", "2020", "next April", NULL, NULL, TRUE);
}

static void
test_weekdays (void)
{
  assert_expression ("During a press conference on Thursday, he addressed queries concerning Ukraine's "
                     "recent requests.", "2024-10-20", "on Thursday", "2024-10-17", "weekday-past", TRUE);
  assert_expression ("President Volodymyr Zelenskyy said Ukraine's NATO membership is a core component of "
                     "his so-called \"victory plan\", which he outlined to Ukrainian lawmakers on Wednesday.",
                     "2024-10-17", "on Wednesday", "2024-10-16", "weekday-past", TRUE);
  assert_expression ("Rutte said he would speak to Ukrainian President Vladimir Zelenskyy later on Thursday "
                     "to update him.", "2024-10-17", "later on Thursday", "2024-10-17", NULL, TRUE);
  assert_expression ("Zelenskyy and Rutte will attend a joint press conference later on Thursday.",
                     "2024-10-17", "later on Thursday", "2024-10-17", "weekday-future", TRUE);
  assert_expression ("Ministers will meet on Monday", "2024-10-17", "on Monday", "2024-10-21",
                     "weekday-future", TRUE);
  assert_expression ("Ministers met on Monday", "2024-10-17", "on Monday", "2024-10-14", "weekday-past", TRUE);
  assert_expression ("On Monday, ministers will meet in Brussels.", "2024-10-17", "On Monday", "2024-10-21",
                     "weekday-future", TRUE);
  assert_expression ("Ministers are to meet on Monday.", "2024-10-17", "on Monday", "2024-10-21",
                     "weekday-future", TRUE);
  assert_expression ("Ministers\xe2\x80\x99ll meet on Monday.", "2024-10-17", "on Monday", "2024-10-21",
                     "weekday-future", TRUE);
  assert_expression ("Ministers met on Monday and will meet again next week.", "2024-10-17", "on Monday",
                     "2024-10-14", "weekday-past", TRUE);
  assert_expression ("The vote, which will be debated on Monday, is close.", "2024-10-17", "on Monday",
                     "2024-10-21", "weekday-future", TRUE);
  /* "closed" after "stay" or "remain" tells a state, not a past act. */
  assert_expression ("Schools will stay closed until Monday.", "2024-10-17", "until Monday", "2024-10-21",
                     "weekday-future", TRUE);
  assert_expression ("The road will remain blocked until Monday.", "2024-10-17", "until Monday", "2024-10-21",
                     "weekday-future", TRUE);
  assert_expression ("The road remained blocked until Monday.", "2024-10-17", "until Monday", "2024-10-14",
                     "weekday-past", TRUE);
  /* "until the close of Monday": the bound's object is the day, as in
   * "until Monday"; the past tense before it is the bound's, and opens no
   * clause of its own as "before he leaves office" would. */
  /* "today (20)": the day of the month in brackets says which day, as
   * some papers write it, even where the reference is another. */
  assert_expression ("The council elected its new mayor today (20).", "2024-10-20", "today (20)", "2024-10-20",
                     "deictic-day", TRUE);
  assert_expression ("The council elected its new mayor today (20).", "2024-10-17", "today (20)", "2024-10-20",
                     "deictic-day", TRUE);
  assert_expression ("She will take the oath tomorrow morning (21).", "2024-10-20", "tomorrow morning (21)",
                     "2024-10-21", "deictic-day", TRUE);
  assert_expression ("The rescuers were given until the close of Monday to reach the valley.", "2024-10-17",
                     "Monday", "2024-10-14", "weekday-past", TRUE);
  assert_expression ("The rescuers have until the end of Monday to reach the valley.", "2024-10-17",
                     "Monday", "2024-10-21", "weekday-future", TRUE);
  assert_expression ("It happened Wednesday.", "2024-10-17", "Wednesday", "2024-10-16", "weekday-past", TRUE);
  assert_expression ("They spoke on Thursday evening.", "2024-10-20", "on Thursday evening", "2024-10-17",
                     NULL, TRUE);
  assert_expression ("It happened last Friday.", "2024-10-17", "last Friday", "2024-10-11", "weekday-last",
                     TRUE);
  assert_expression ("It happened last Thursday.", "2024-10-17", "last Thursday", "2024-10-10", "weekday-last",
                     TRUE);
  assert_expression ("They meet this Monday.", "2024-10-17", "this Monday", "2024-10-14", "weekday-this",
                     TRUE);
  assert_expression ("They meet next Tuesday.", "2024-10-17", "next Tuesday", "2024-10-22", "weekday-next",
                     TRUE);
  assert_expression ("They meet next Thursday.", "2024-10-17", "next Thursday", "2024-10-24", "weekday-next",
                     TRUE);
  assert_expression ("Shares fell late Thursday.", "2024-10-20", "late Thursday", "2024-10-17", NULL, TRUE);
  assert_expression ("Markets open Monday, Oct. 21, officials said.", "2024-10-17", "Monday, Oct. 21",
                     "2024-10-21", NULL, TRUE);
  /* The day and month in figures, in brackets after the weekday; a year
   * away from the reference, the weekday tells the year (20 April was a
   * Thursday in 2017). */
  assert_expression ("Prosecutors asked for probation on Thursday (20/04).", "2017-04-22",
                     "on Thursday (20/04)", "2017-04-20", NULL, TRUE);
  assert_expression ("Prosecutors asked for probation on Thursday (4/20).", "2017-04-22",
                     "on Thursday (4/20)", "2017-04-20", NULL, TRUE);
  assert_expression ("Prosecutors asked for probation on Thursday (20/04).", "2016-01-10",
                     "on Thursday (20/04)", "2017-04-20", NULL, TRUE);
  /* Two small parts cannot be told apart: the weekday alone. */
  assert_expression ("The court sat on Thursday (6/4).", "2017-04-08", "on Thursday", "2017-04-06",
                     "weekday-past", TRUE);

  /* Without a reference the expression is found but not resolved. */
  assert_expression ("which he outlined to Ukrainian lawmakers on Wednesday", NULL, "on Wednesday", NULL,
                     "weekday-past", TRUE);
  assert_expression ("Ministers will meet on Monday", NULL, "on Monday", NULL, "weekday-future", TRUE);

  /* After a name, a weekday that ends its clause is the day: "in Tokyo
   * Monday.", "on Comet Tempel Wednesday, officials said". */
  assert_expression ("The minister spoke in Tokyo Monday.", "2024-10-17", "Monday", "2024-10-14",
                     "weekday-past", TRUE);
  assert_expression ("The probe landed on Comet Tempel Wednesday, officials said.", "2024-10-17", "Wednesday",
                     "2024-10-16", "weekday-past", TRUE);
  /* Names, not days. */
  assert_spans ("The Sunday Times reported it; Black Friday sales and Good Friday services; "
                "every Monday; a Monday meeting; Sunday Times; Monday Night Football.", "2024-10-17", "");
  assert_spans ("They rallied before the Super Tuesday primaries and the Palm Sunday march.", "2024-10-17", "");
  /* A word capitalised only because it opens the sentence names nothing. */
  assert_expression ("The fans sang. But Sunday's final was lost on penalties.", "2022-02-08",
                     "Sunday", "2022-02-06", "weekday-past", TRUE);
  assert_expression ("And Friday brought the first rain in weeks.", "2022-02-08",
                     "Friday", "2022-02-04", "weekday-past", TRUE);

  /* A bare weekday after a name the article gives with "the", or after
   * a time zone, is a day (the way the agencies write it). */
  assert_expression ("The court restored the National Assembly Thursday after four days of hearings.",
                     "2024-10-19", "Thursday", "2024-10-17", "weekday-past", TRUE);
  assert_expression ("The Coast Guard was told at 5:40 p.m. EDT Sunday, nearly three hours later.",
                     "2024-10-17", "Sunday", "2024-10-13", "weekday-past", TRUE);
}

static void
test_deictic (void)
{
  const char *reference = "2024-10-17";

  assert_expression ("Talks resume today.", reference, "today", "2024-10-17", "deictic-day", TRUE);
  assert_expression ("Talks ended yesterday.", reference, "yesterday", "2024-10-16", "deictic-day", TRUE);
  assert_expression ("Talks resume tomorrow.", reference, "tomorrow", "2024-10-18", "deictic-day", TRUE);
  assert_expression ("Talks resume tonight.", reference, "tonight", "2024-10-17", "deictic-day", TRUE);
  assert_expression ("Talks resumed this morning.", reference, "this morning", "2024-10-17", "deictic-day",
                     TRUE);
  assert_expression ("Talks resumed yesterday evening.", reference, "yesterday evening", "2024-10-16",
                     "deictic-day", TRUE);
  assert_expression ("Talks ended last night.", reference, "last night", "2024-10-16", "deictic-day", TRUE);
  assert_expression ("Talks ended the day before yesterday.", reference, "the day before yesterday", "2024-10-15",
                     "deictic-day", TRUE);
  assert_expression ("Talks ended two days ago.", reference, "two days ago", "2024-10-15", "days-ago", TRUE);
  assert_expression ("Talks ended 3 days ago.", reference, "3 days ago", "2024-10-14", "days-ago", TRUE);
  assert_expression ("Talks ended a week ago.", reference, "a week ago", "2024-10-10", "days-ago", TRUE);
  assert_expression ("Talks ended six months ago.", reference, "six months ago", "2024-04", "months-ago",
                     TRUE);
  assert_expression ("Talks ended two years ago.", reference, "two years ago", "2022", "years-ago", TRUE);
  assert_expression ("Talks ended earlier today.", reference, "earlier today", "2024-10-17", "deictic-day",
                     TRUE);
  assert_spans ("USA Today reported it. Europe Today: NATO meeting.", reference, "");
  /* A show's name in quotes inside a sentence; opening it, the day. */
  assert_spans ("Will she ever return to 'Today' show?", reference, "");
  assert_spans ("She went back to the \u201cToday\u201d studio. Today, she left.", reference, "Today");
}

static void
test_periods (void)
{
  GArray *expressions;
  DossierDateExpression *expression;
  g_autofree char *iso = NULL;

  /* 2024-10-17 is a Thursday in ISO week 42. */
  expressions = find ("Talks ended last week.", -1, "2024-10-17");
  g_assert_cmpuint (expressions->len, ==, 1);
  expression = &g_array_index (expressions, DossierDateExpression, 0);
  g_assert_cmpint (expression->value.precision, ==, DOSSIER_PRECISION_WEEK);
  g_assert_cmpint (expression->value.year, ==, 2024);
  g_assert_cmpint (expression->value.month, ==, 10);
  g_assert_cmpint (expression->value.day, ==, 7);
  iso = dossier_date_to_iso (&expression->value);
  g_assert_cmpstr (iso, ==, "2024-W41");
  g_assert_cmpstr (expression->rule, ==, "week-relative");
  g_assert_true (expression->relative);
  g_array_unref (expressions);

  assert_expression ("Talks resume this week.", "2024-10-17", "this week", "2024-W42", "week-relative", TRUE);
  assert_expression ("Talks resume next week.", "2024-10-17", "next week", "2024-W43", "week-relative", TRUE);
  assert_expression ("Talks resume later this week.", "2024-10-17", "later this week", "2024-W42",
                     "week-relative", TRUE);
  assert_expression ("Talks ended last weekend.", "2024-10-17", "last weekend", "2024-W41", "weekend-relative",
                     TRUE);
  /* "over the weekend", told on Thursday 17 October, is the weekend just
   * past, of the week before; told on Sunday 20 October, that very
   * weekend; and in the future tense, the next. */
  assert_expression ("Talks broke down over the weekend.", "2024-10-17", "the weekend", "2024-W41",
                     "weekend-past", TRUE);
  assert_expression ("Talks broke down at the weekend.", "2024-10-20", "the weekend", "2024-W42",
                     "weekend-past", TRUE);
  assert_expression ("Talks will resume at the weekend.", "2024-10-17", "the weekend", "2024-W42",
                     "weekend-coming", TRUE);
  /* Written on Sunday 20 October, "last week" is the week just ended. */
  assert_expression ("Shares plunged last week.", "2024-10-20", "last week", "2024-W42", "week-relative", TRUE);
  /* Week 1 of 2025 starts on 30 December 2024. */
  assert_expression ("Talks resume next week.", "2024-12-26", "next week", "2025-W01", "week-relative", TRUE);

  assert_expression ("Talks ended last month.", "2024-10-17", "last month", "2024-09", "month-relative", TRUE);
  assert_expression ("Talks ended earlier this month.", "2024-10-17", "earlier this month", "2024-10",
                     "month-relative", TRUE);
  assert_expression ("Talks resume next month.", "2024-12-17", "next month", "2025-01", "month-relative",
                     TRUE);
  assert_expression ("Talks ended last month.", "2025-01-03", "last month", "2024-12", "month-relative", TRUE);
  assert_expression ("Talks ended last year.", "2024-10-17", "last year", "2023", "year-relative", TRUE);
  assert_expression ("Talks ended earlier this year.", "2024-10-17", "earlier this year", "2024",
                     "year-relative", TRUE);
  assert_expression ("Talks resume next year.", "2024-10-17", "next year", "2025", "year-relative", TRUE);
  assert_expression ("It was hot last summer.", "2024-10-17", "last summer", "2024", "season-relative", TRUE);
  assert_expression ("It was cold last winter.", "2024-10-17", "last winter", "2023", "season-relative", TRUE);

  /* A stretch of time, not a calendar week. */
  assert_spans ("Prices rose over the last week and within the next few months.", "2024-10-17", "");
}

static void
test_months (void)
{
  assert_expression ("referencing decisions made during a NATO summit hosted in Washington in July, where "
                     "leaders declared", "2024-10-20", "in July", "2024-07", "month-past", TRUE);
  assert_expression ("\"Ukraine will be a member of NATO in the future,\" Rutte affirmed, referencing decisions "
                     "made during a NATO summit hosted in Washington in July, where leaders declared that "
                     "Ukraine's path to membership is \"irreversible.\"", "2024-10-20", "in July", "2024-07",
                     "month-past", TRUE);
  assert_expression ("before he leaves office in January.", "2024-10-17", "in January", "2025-01",
                     "month-future", TRUE);
  assert_expression ("Ukraine's ambassador stressed the need to issue a formal NATO membership invitation to "
                     "Ukraine to create a meaningful legacy for the US president Joe Biden before he leaves "
                     "office in January.", "2024-10-17", "in January", "2025-01", "month-future", TRUE);
  assert_expression ("It was due to the weather in July.", "2024-10-17", "in July", "2024-07", "month-past",
                     TRUE);
  /* "predicted to", "forecast to", "likely to" look forward; not from a
   * past ("had been predicted to"). */
  assert_expression ("The storm is predicted to reach the coast on Monday.", "2021-08-15", "on Monday",
                     "2021-08-16", "weekday-future", TRUE);
  assert_expression ("Voters had been predicted to back the mayor in Monday's election.", "2021-08-18",
                     "in Monday", "2021-08-16", "weekday-past", TRUE);
  /* "a day before" spans back from another happening: no time to come. */
  assert_expression ("She wrote the letter on Sunday, a day before she formally withdrew her complaint.", "2025-05-13",
                     "on Sunday", "2025-05-11", "weekday-past", TRUE);
  assert_expression ("She signs the contract on Sunday, before the season opens.", "2025-05-13",
                     "on Sunday", "2025-05-18", "weekday-future", TRUE);
  /* A participle ("campaigning", "running") opens no clause of its own:
   * the past before it stays; alone, it looks forward. */
  assert_expression ("The fraud charge related to remarks the mayor made while campaigning for a second term "
                     "in September.", "2025-05-09", "in September", "2024-09", "month-past", TRUE);
  assert_expression ("The mayor is campaigning for a second term in September.", "2025-05-09", "in September",
                     "2025-09", "month-future", TRUE);
  assert_expression ("The election will be held on November 5, with results expected by November 8.",
                     "2024-10-17", "on November 5", "2024-11-05", "month-day-future", TRUE);
  assert_expression ("The election will be held on November 5, with results expected by November 8.",
                     "2024-10-17", "by November 8", "2024-11-08", "month-day-future", TRUE);
  assert_expression ("Prices rose in January.", "2024-10-17", "in January", "2024-01", "month-past", TRUE);
  assert_expression ("Prices rose in December.", "2025-01-03", "in December", "2024-12", "month-past", TRUE);
  assert_expression ("Prices have risen since March.", "2024-10-17", "since March", "2024-03", "month-past",
                     TRUE);
  assert_expression ("The talks are scheduled to resume in March.", "2024-10-17", "in March", "2025-03",
                     "month-future", TRUE);
  assert_expression ("Prices rose in October.", "2024-10-17", "in October", "2024-10", "month-past", TRUE);
  assert_expression ("Prices rose last March.", "2024-10-17", "last March", "2024-03", "month-last", TRUE);
  assert_expression ("Prices rose last October.", "2024-10-17", "last October", "2023-10", "month-last", TRUE);
  assert_expression ("Prices rise next January.", "2024-10-17", "next January", "2025-01", "month-next", TRUE);
  assert_expression ("Elections were held in May.", "2024-10-17", "in May", "2024-05", "month-past", TRUE);
  assert_expression ("Fighting eased in July.", NULL, "in July", NULL, "month-past", TRUE);

  /* Month and day without year. */
  assert_expression ("On October 16, Volodymyr Zelenskyy presented the Victory Plan of Ukraine in the parliament.",
                     "2024-10-17", "On October 16", "2024-10-16", "month-day-past", TRUE);
  assert_expression ("his proposed victory plan revealed to the public on 16 October.", "2024-10-17",
                     "on 16 October", "2024-10-16", "month-day-past", TRUE);
  assert_expression ("On October 17, NATO Secretary General Mark Rutte announced that Ukraine will join the "
                     "Alliance in the future.", "2024-10-17", "On October 17", "2024-10-17", NULL, TRUE);
  assert_expression ("The summit opened on October 20.", "2024-10-17", "on October 20", "2023-10-20",
                     "month-day-past", TRUE);
  assert_expression ("The ferry sank on 3 September.", "2024-10-17", "on 3 September", "2024-09-03",
                     "month-day-past", TRUE);
  assert_expression ("She prorogued the assembly for a month in the run-up to the vote on 2 December.",
                     "2024-10-17", "on 2 December", "2024-12-02", "month-day-coming", TRUE);
  assert_expression ("The pier was opened on 2 March.", "2024-10-17", "on 2 March", "2024-03-02",
                     "month-day-past", TRUE);
  assert_expression ("The summit will open on October 20.", "2024-10-17", "on October 20", "2024-10-20",
                     "month-day-future", TRUE);
  assert_expression ("The ceasefire holds until October 30.", "2024-10-17", "until October 30", "2024-10-30",
                     "month-day-future", TRUE);
  assert_expression ("Leap day, February 29, passed quietly.", "2025-03-01", "February 29", "2024-02-29", NULL,
                     TRUE);

  /* A bare month needs a preposition or a day or year. */
  assert_spans ("March organisers said it may be over. May I ask? He will march on. July is hot. "
                "In Oct the rate rose.", "2024-10-17", "");
  assert_spans ("Theresa May said so.", "2024-10-17", "");
  assert_expression ("It rained on 5 May.", "2024-10-17", "on 5 May", "2024-05-05", "month-day-past", TRUE);
}

static void
test_negatives (void)
{
  const char *const texts[] = {
    "The alliance's 32 members have acknowledged it.",
    "3 Min Read",
    "235.3k Followers Like",
    "69.1k Followers Follow",
    "It may be that Ukraine joins.",
    "May I ask a question?",
    "2000 troops were sent.",
    "he will march",
    "it will become the 33rd or 34th member of NATO.",
    "which consists of 5 main points and 3 secret annexes.",
    "US-made M1A1 tanks",
    "The meeting is at 13:00.",
    "a march on Washington",
    "Published on Updated",
    "He won by 2000 votes.",
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (texts); i++)
    assert_spans (texts[i], "2024-10-17", "");
}

static void
test_order_and_overlap (void)
{
  GArray *expressions;
  const char *text = "On October 16, 2024, and later on Thursday, and in July, and since 2008 and last week "
                     "and 2024/10/17 at 1:04 PM and yesterday.";
  gsize previous_end = 0;
  guint i;

  assert_spans (text, "2024-10-17",
                "October 16, 2024|later on Thursday|in July|since 2008|last week|2024/10/17 at 1:04 PM|yesterday");

  expressions = find (text, -1, "2024-10-17");
  for (i = 0; i < expressions->len; i++)
    {
      DossierDateExpression *expression = &g_array_index (expressions, DossierDateExpression, i);

      g_assert_cmpuint (expression->start, >=, previous_end);
      g_assert_cmpuint (expression->end, >, expression->start);
      g_assert_nonnull (expression->rule);
      previous_end = expression->end;
    }
  g_array_unref (expressions);
}

static void
test_curly_apostrophes (void)
{
  assert_expression ("NATO\xe2\x80\x99s ministers met on Thursday\xe2\x80\x99s morning session.", "2024-10-20",
                     "on Thursday", "2024-10-17", "weekday-past", TRUE);
  assert_expression ("Ministers won\xe2\x80\x99t meet before Monday.", "2024-10-17", "Monday",
                     "2024-10-21", "weekday-future", TRUE);
  assert_expression ("2024\xe2\x80\x99s budget", NULL, "2024", "2024", "absolute-year", FALSE);
}

/* Every month and weekday name, written out and abbreviated. */
static void
test_names (void)
{
  const char *const months[][3] = {
    { "January", "Jan", "01" }, { "February", "Feb", "02" }, { "March", "Mar", "03" },
    { "April", "Apr", "04" }, { "May", "May", "05" }, { "June", "Jun", "06" },
    { "July", "Jul", "07" }, { "August", "Aug", "08" }, { "September", "Sept", "09" },
    { "October", "Oct", "10" }, { "November", "Nov", "11" }, { "December", "Dec", "12" },
  };
  /* 7 to 13 October 2024 run from Monday to Sunday. */
  const char *const weekdays[][3] = {
    { "Monday", "Mon", "07" }, { "Tuesday", "Tue", "08" }, { "Wednesday", "Wed", "09" },
    { "Thursday", "Thu", "10" }, { "Friday", "Fri", "11" }, { "Saturday", "Sat", "12" },
    { "Sunday", "Sun", "13" },
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (months); i++)
    {
      g_autofree char *iso = g_strdup_printf ("2024-%s-05", months[i][2]);
      g_autofree char *full = g_strdup_printf ("%s 5, 2024", months[i][0]);
      /* AP style leaves "May" as it is. */
      g_autofree char *abbreviated = g_strdup_printf ("%s%s 5, 2024", months[i][1], i == 4 ? "" : ".");
      g_autofree char *capitals = g_ascii_strup (full, -1);
      g_autofree char *bare = g_strdup_printf ("It happened in %s.", months[i][0]);
      g_autofree char *bare_span = g_strdup_printf ("in %s", months[i][0]);
      g_autofree char *bare_iso = g_strdup_printf ("2024-%s", months[i][2]);

      assert_dateline (full, iso);
      assert_dateline (abbreviated, iso);
      assert_dateline (capitals, iso);
      assert_expression (bare, "2024-12-31", bare_span, bare_iso, "month-past", TRUE);
    }
  assert_dateline ("Sep 5, 2024", "2024-09-05");

  for (i = 0; i < G_N_ELEMENTS (weekdays); i++)
    {
      g_autofree char *iso = g_strdup_printf ("2024-10-%s", weekdays[i][2]);
      g_autofree char *full = g_strdup_printf ("%s, October %s, 2024", weekdays[i][0], weekdays[i][2]);
      g_autofree char *abbreviated = g_strdup_printf ("%s, %s Oct 2024", weekdays[i][1], weekdays[i][2]);
      g_autofree char *bare = g_strdup_printf ("They met on %s.", weekdays[i][0]);
      g_autofree char *bare_span = g_strdup_printf ("on %s", weekdays[i][0]);

      assert_dateline (full, iso);
      assert_dateline (abbreviated, iso);
      assert_expression (bare, "2024-10-13", bare_span, iso, "weekday-past", TRUE);
    }
  assert_dateline ("Tues., Oct. 8, 2024", "2024-10-08");
  assert_dateline ("Thurs 10 Oct 2024", "2024-10-10");
  /* A weekday that does not fit the date is kept as written: the date wins. */
  assert_dateline ("Friday, October 17, 2024", "2024-10-17");
}

/* Each tense cue turns a bare weekday forward, or keeps it back. */
static void
test_tense_cues (void)
{
  const char *const future[] = {
    "The ministers will meet on Monday.",
    "The ministers shall meet on Monday.",
    "The ministers'll meet on Monday.",
    "The ministers won't meet before Monday.",
    "The ministers are going to meet on Monday.",
    "The ministers plan to meet on Monday.",
    "The ministers plans to meet on Monday.",
    "The ministers are planning to meet on Monday.",
    "The minister intends to meet them on Monday.",
    "The minister aims to meet them on Monday.",
    "The ministers are to meet on Monday.",
    "The minister is to meet them on Monday.",
    "The ministers are expected to meet on Monday.",
    "A meeting is scheduled for Monday.",
    "A meeting is planned for Monday.",
    "The meeting is set to take place on Monday.",
    "The ministers are due to meet on Monday.",
    "The upcoming meeting on Monday matters.",
    "The forthcoming meeting on Monday matters.",
    "The ministers meet on Monday and again next week.",
    "The ministers meet tomorrow and on Monday.",
    "The ministers meet on Monday, in the coming days.",
    "The ministers meet later this week, on Monday.",
    "Ahead of the talks on Monday, nothing is clear.",
    "The offer stands until Monday.",
    "Starting on Monday, fares rise.",
  };
  const char *const past[] = {
    "The ministers met on Monday.",
    "The ministers were there on Monday.",
    "The minister was there on Monday.",
    "The ministers had talks on Monday.",
    "The ministers did talk on Monday.",
    "The ministers said so on Monday.",
    "The ministers talked on Monday.",
    "The ministers held talks on Monday.",
    "The minister told them on Monday.",
    "The minister won on Monday.",
    "The ministers, who will meet again next week, met on Monday.",
    "The ministers meet often, and on Monday they talked.",
    "They have been in talks since Monday.",
    "The ministers announced on Monday that they will meet.",
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (future); i++)
    {
      GArray *expressions = find (future[i], -1, "2024-10-17");
      guint j;
      gboolean found = FALSE;

      for (j = 0; j < expressions->len; j++)
        {
          DossierDateExpression *expression = &g_array_index (expressions, DossierDateExpression, j);
          g_autofree char *iso = dossier_date_to_iso (&expression->value);

          if (strcmp (expression->rule, "weekday-future") != 0)
            continue;
          g_assert_cmpstr (iso, ==, "2024-10-21");
          found = TRUE;
        }
      if (!found)
        {
          g_test_message ("no future Monday in: %s", future[i]);
          g_test_fail ();
        }
      g_array_unref (expressions);
    }

  for (i = 0; i < G_N_ELEMENTS (past); i++)
    {
      GArray *expressions = find (past[i], -1, "2024-10-17");
      guint j;
      gboolean found = FALSE;

      for (j = 0; j < expressions->len; j++)
        {
          DossierDateExpression *expression = &g_array_index (expressions, DossierDateExpression, j);
          g_autofree char *iso = dossier_date_to_iso (&expression->value);

          /* Only the Monday; "next week" is a cue, not the subject. */
          if (expression->value.precision != DOSSIER_PRECISION_DAY)
            continue;
          g_assert_cmpstr (expression->rule, ==, "weekday-past");
          g_assert_cmpstr (iso, ==, "2024-10-14");
          found = TRUE;
        }
      if (!found)
        {
          g_test_message ("no past Monday in: %s", past[i]);
          g_test_fail ();
        }
      g_array_unref (expressions);
    }
}

/* A month and day ahead of a report that says what will happen: the
 * coming one, even when someone "said" so. */
/* "would" looks forward from a past speaking to a weekday after it, not
 * to a month: the month may be the speaking's own. */
static void
test_would (void)
{
  assert_expression ("The Speaker confirmed MPs would return on Wednesday.", "2019-09-24", "on Wednesday",
                     "2019-09-25", "weekday-future", TRUE);
  assert_expression ("She announced in March she would retire.", "2022-06-04", "in March", "2022-03",
                     "month-past", TRUE);
  assert_expression ("He said he would speak to the minister, who visited on Monday.", "2024-10-17",
                     "on Monday", "2024-10-14", "weekday-past", TRUE);
}

static void
test_coming_month_days (void)
{
  /* A present tense of a scheduled happening. */
  assert_expression ("The new rules take effect Nov. 13, the agency said.", "2024-01-06",
                     "Nov. 13", "2024-11-13", "month-day-future", TRUE);
  /* "by" looks forward; the reporting verb dates only the speaking. */
  assert_expression ("Companies must comply by Jan. 14, officials said.", "2024-01-06",
                     "by Jan. 14", "2024-01-14", "month-day-future", TRUE);
  /* No verb of the past at all: the coming day a week ahead, not the one
   * almost a year before. */
  assert_expression ("Talks with the unions, Jan. 14, in the capital.", "2024-01-06",
                     "Jan. 14", "2024-01-14", "month-day-coming", TRUE);
  /* "After nine days" opening a sentence counts from the last date told
   * (resolved by the document, as "nine days later"); not mid-sentence. */
  assert_expression ("After nine days, divers found them.", "2018-07-10", "After nine days", NULL,
                     "days-after-last-date", TRUE);
  /* Days of something are its length, counted from no day told. */
  assert_spans ("After 18 days of protests, shops and banks were expected to open.", "2011-02-13", "");
  /* "the same day", "later that day", "earlier in the day": the day the
   * text gave last (resolved by the document); not "that day will come". */
  assert_expression ("Later that day, the minister resigned.", "2018-07-10", "Later that day", NULL,
                     "same-day-as-last-date", TRUE);
  assert_expression ("Earlier in the day, crowds gathered.", "2018-07-10", "Earlier in the day", NULL,
                     "same-day-as-last-date", TRUE);
  assert_expression ("The bank collapsed on the same day.", "2018-07-10", "the same day", NULL,
                     "same-day-as-last-date", TRUE);
  assert_spans ("She said that day will come, and later the same evening she left.", "2018-07-10", "");
  assert_expression ("The following morning, divers went in again.", "2018-07-10", "The following morning", NULL,
                     "days-after-last-date", TRUE);
  /* "would" looks forward from the saying, to a day as to a weekday. */
  /* A reporting verb right before the day dates the speaking: the June
   * before, however the sentence goes on. */
  assert_expression ("The ban, announced on June 8 by the federation, takes effect at once.", "2016-03-08",
                     "on June 8", "2015-06-08", "month-day-past", TRUE);
  assert_expression ("The ban, announced by the federation, starts on June 8.", "2016-03-08",
                     "on June 8", "2016-06-08", NULL, TRUE);
  assert_expression ("A general election would be held on Oct. 14, she added.", "2023-01-19",
                     "on Oct. 14", "2023-10-14", "month-day-future", TRUE);
  /* A participle after "is" and an adverb is no past tense; "no earlier
   * than" bounds a day still to come. */
  assert_expression ("The launch is now targeted for Dec. 24.", "2021-12-15",
                     "Dec. 24", "2021-12-24", "month-day-coming", TRUE);
  assert_expression ("The launch will take place no earlier than Dec. 24.", "2021-12-15",
                     "Dec. 24", "2021-12-24", "month-day-future", TRUE);
  /* The other way: a day ten days back, told with what was to come then,
   * not the same day almost a year ahead. */
  assert_expression ("March 3 - The minister says she will resign at the end of the month.", "2025-03-13",
                     "March 3", "2025-03-03", "month-day-just-past", TRUE);
  assert_expression ("The players appealed before three judges, who upheld the March 3 ruling.", "2025-03-05",
                     "March 3", "2025-03-03", "month-day-just-past", TRUE);
  /* A plan eleven months ahead keeps its future where the past one is
   * further back than a month. */
  assert_expression ("The festival will open on March 3.", "2025-04-20",
                     "on March 3", "2026-03-03", "month-day-future", TRUE);
  assert_expression ("The crew arrived earlier than the others, on Dec. 4.", "2021-12-15",
                     "on Dec. 4", "2021-12-04", "month-day-past", TRUE);
  /* Feasts on a fixed day; "Christmas" alone only after a preposition. */
  assert_expression ("The launch is now set for Christmas Day.", "2021-12-15",
                     "Christmas Day", "2021-12-25", "month-day-coming", TRUE);
  assert_expression ("The couple married on Valentine's Day.", "2021-12-15",
                     "on Valentine's Day", "2021-02-14", "month-day-past", TRUE);
  assert_expression ("She was killed on Valentine’s Day 2013, the court heard.", "2014-09-12",
                     "Valentine’s Day 2013", "2013-02-14", "absolute-day", FALSE);
  /* A month and day with the year told from the article's. */
  assert_expression ("He shot her on Valentine's Day last year.", "2014-09-12",
                     "on Valentine's Day last year", "2013-02-14", "month-day-of-year-told", TRUE);
  assert_expression ("The strike began on 3 March this year and ended in May.", "2014-09-12",
                     "on 3 March this year", "2014-03-03", "month-day-of-year-told", TRUE);
  /* A day told by "is" in the present is set to come. */
  assert_expression ("The final is on December 18.", "2022-09-03",
                     "on December 18", "2022-12-18", "month-day-future", TRUE);
  assert_expression ("The vote is on Sunday, the commission said.", "2022-09-03",
                     "on Sunday", "2022-09-04", "weekday-future", TRUE);
  /* The first day of a range takes the year told after the second. */
  assert_expression ("The games will run between July 23 and August 8 next year.", "2020-03-30",
                     "July 23", "2021-07-23", "month-day-of-year-told", TRUE);
  assert_expression ("The strike lasted from May 3 to May 9 last year.", "2020-03-30",
                     "from May 3", "2019-05-03", "month-day-of-year-told", TRUE);
  /* … and a month so: not the September before, nor a year apart. */
  assert_expression ("He would stand down in September this year, he said.", "2011-02-12",
                     "in September this year", "2011-09", "month-of-year-told", TRUE);
  assert_expression ("She joined the board in July last year.", "2021-03-02",
                     "in July last year", "2020-07", "month-of-year-told", TRUE);
  /* Two months joined take the year told after the second, which needs
   * no preposition of its own; a bare month without one is no date. */
  assert_expression ("The cup will be played in June and July next year in Lagos.", "2022-02-07",
                     "in June", "2023-06", "month-of-year-told", TRUE);
  assert_expression ("The cup will be played in June and July next year in Lagos.", "2022-02-07",
                     "July next year", "2023-07", "month-of-year-told", TRUE);
  assert_expression ("Repairs ran from October to December last year.", "2022-02-07",
                     "from October", "2021-10", "month-of-year-told", TRUE);
  assert_spans ("Julia and June Harte opened a bakery in March.", "2022-02-07", "in March");
  /* "would" looks forward to a month after it, not to one before it. */
  assert_expression ("The president said early elections would be held in September.", "2019-05-19",
                     "in September", "2019-09", "month-future", TRUE);
  assert_expression ("In March he said that he would stand again.", "2019-05-19", "In March", "2019-03",
                     "month-past", TRUE);
  assert_expression ("He said he would call the minister later on Thursday about a decision taken in March.",
                     "2019-05-19", "in March", "2019-03", "month-past", TRUE);
  /* A "since" after the date opens a span of its own and tells nothing of
   * the date's tense; one before it still looks back. */
  assert_expression ("The storm shocked the valley, with the town declaring two days of mourning starting on "
                     "Saturday for its worst flood since 1950.", "2021-03-05", "on Saturday", "2021-03-06",
                     "weekday-future", TRUE);
  assert_expression ("Since the dam broke on Saturday, the town has been under water.", "2021-03-05",
                     "on Saturday", "2021-02-27", "weekday-past", TRUE);
  /* The end of a compound adjective is no past tense; a verb after "re-"
   * is. */
  assert_expression ("Ghana will have revenge when the sides meet in a two-legged play-off in March.",
                     "2022-02-07", "in March", "2022-03", "month-future", TRUE);
  assert_expression ("The long-awaited bridge will open in March.", "2022-02-07", "in March", "2022-03",
                     "month-future", TRUE);
  assert_expression ("The mayor was re-elected in March.", "2022-02-07", "in March", "2021-03", "month-past",
                     TRUE);
  /* "was to": the future of a past, where it leads to the date. */
  assert_expression ("He fled before his trial, which was to start in April.", "2020-01-02",
                     "in April", "2020-04", "month-future", TRUE);
  assert_expression ("The alarm came at 5:40 p.m. Sunday, hours after the craft was to resurface.", "2023-06-22",
                     "Sunday", "2023-06-18", "weekday-past", TRUE);
  /* A second predicate of the same subject ("and will …") has its own
   * tense: the weekday belongs to the first. */
  assert_expression ("The mayor gave himself up on Monday evening and will appear before a judge.", "2020-06-23",
                     "on Monday evening", "2020-06-22", "weekday-past", TRUE);
  assert_expression ("Shops will close early on Christmas Eve.", "2021-12-15",
                     "on Christmas Eve", "2021-12-24", "month-day-future", TRUE);
  assert_expression ("The telescope could fly on Christmas, officials said.", "2021-12-21",
                     "on Christmas", "2021-12-25", "month-day-future", TRUE);
  assert_expression ("Crowds gathered on New Year’s Eve in the square.", "2022-01-03",
                     "on New Year’s Eve", "2021-12-31", "month-day-past", TRUE);
  assert_expression ("The match on Boxing Day drew a record crowd.", "2021-12-28",
                     "on Boxing Day", "2021-12-26", "month-day-past", TRUE);
  assert_spans ("Christmas shopping slowed, and a new year began.", "2021-12-15", "");
  /* "since" a weekday, on that weekday: a week back, the span still running. */
  assert_expression ("The ship had been stuck in the canal since Tuesday.", "2021-03-30",
                     "since Tuesday", "2021-03-23", "weekday-past", TRUE);
  assert_expression ("The ship had been stuck in the canal since Tuesday.", "2021-03-31",
                     "since Tuesday", "2021-03-30", "weekday-past", TRUE);
  /* "last" before a preposition tells no tense; the verb does. */
  assert_expression ("She has announced that she will resign last on 7 February.", "2023-01-19",
                     "on 7 February", "2023-02-07", "month-day-future", TRUE);
  assert_expression ("The ferry was last seen on 7 January.", "2023-01-19",
                     "on 7 January", "2023-01-07", "month-day-past", TRUE);
  /* A word in "-ed" after an article, or after an adverb after one,
   * qualifies a noun: no verb in the past. */
  assert_expression ("The mayor will give a hotly awaited speech in the square on Wednesday, his office said.",
                     "2020-01-06", "on Wednesday", "2020-01-08", "weekday-future", TRUE);
  assert_expression ("The mayor gave a hotly awaited speech in the square on Wednesday.",
                     "2020-01-06", "on Wednesday", "2020-01-01", "weekday-past", TRUE);
  /* "could" and "might" before a weekday look forward, as "would" does. */
  assert_expression ("The storm could reach the coast with heavy rain as early as Monday.", "2021-07-04",
                     "Monday", "2021-07-05", "weekday-future", TRUE);
  assert_expression ("Crews might finish the repairs on Tuesday, the operator said.", "2021-07-04",
                     "on Tuesday", "2021-07-06", "weekday-future", TRUE);
  /* "expect" and "must" look forward. */
  assert_expression ("Many expect the vote to fall on May 9.", "2017-03-10",
                     "on May 9", "2017-05-09", "month-day-future", TRUE);
  assert_expression ("The vote must be held on May 9, the court said.", "2017-03-10",
                     "on May 9", "2017-05-09", "month-day-future", TRUE);
  /* A past tense of the act itself keeps it in the past. */
  assert_expression ("The strike ended on Jan. 14 after a week.", "2024-01-06",
                     "on Jan. 14", "2023-01-14", "month-day-past", TRUE);
  /* A bound lies after the act, whatever its tense. */
  assert_expression ("The government suspended parliament until October 14.", "2019-09-10",
                     "until October 14", "2019-10-14", "month-day-coming", TRUE);
  assert_expression ("In August, the agency announced that it would act ahead of winter.", "2024-10-17",
                     "In August", "2024-08", "month-past", TRUE);
}

/* Years written in words, as speeches and some styles write them. */
static void
test_years_in_words (void)
{
  assert_expression ("The firm was founded in nineteen ninety-eight.", NULL, "nineteen ninety-eight", "1998",
                     "year-in-words", FALSE);
  assert_expression ("It went public in two thousand and five.", NULL, "two thousand and five", "2005",
                     "year-in-words", FALSE);
  assert_expression ("The plan runs until twenty twenty-six.", NULL, "twenty twenty-six", "2026",
                     "year-in-words", FALSE);
  assert_expression ("The hall dates from nineteen hundred.", NULL, "nineteen hundred", "1900",
                     "year-in-words", FALSE);
  assert_expression ("The mill closed in nineteen oh five.", NULL, "nineteen oh five", "1905",
                     "year-in-words", FALSE);
  /* Counts are no years. */
  assert_spans ("She scored twenty five points and in twenty minutes it was over.", NULL, "");
  assert_spans ("In nineteen cases the court agreed.", NULL, "");
}

static void
test_dateline (void)
{
  DossierDate date = DOSSIER_DATE_INIT;

  assert_dateline ("2024/10/17 at 1:04 PM", "2024-10-17T13:04");
  assert_dateline ("Oct 17, 2024 - 13:00", "2024-10-17T13:00");
  assert_dateline ("October 17, 2024", "2024-10-17");
  /* A stamp under a headline, a comma after its day. */
  assert_dateline ("17, Oct. 2024", "2024-10-17");
  assert_dateline ("17, October", NULL);
  assert_dateline ("  October 17, 2024 \n", "2024-10-17");
  assert_dateline ("17.10.2024 13:00", "2024-10-17T13:00");
  assert_dateline ("Thursday, October 17, 2024", "2024-10-17");
  assert_dateline ("Thu, 17 Oct 2024 13:00:00 GMT", "2024-10-17T13:00");
  assert_dateline ("2024-10-17T13:00:00+02:00", "2024-10-17T13:00");

  assert_dateline ("Published on Updated", NULL);
  assert_dateline ("2008", NULL);
  assert_dateline ("October 2024", NULL);
  assert_dateline ("October 17", NULL);
  assert_dateline ("Thursday", NULL);
  assert_dateline ("October 17, 2024 and more", NULL);
  assert_dateline ("On October 17, 2024", NULL);
  assert_dateline ("", NULL);
  assert_dateline ("   ", NULL);

  /* The length bounds the date: "2024" past it is not read. */
  g_assert_false (dossier_date_parse_dateline ("October 17, 2024", 11, &date));
  g_assert_true (dossier_date_parse_dateline ("October 17, 2024 - 13:00", 16, &date));
  g_assert_cmpint (date.precision, ==, DOSSIER_PRECISION_DAY);
}

static void
test_robustness (void)
{
  GArray *expressions;
  GString *noise;
  char *slice;
  guint i;

  expressions = find ("", -1, "2024-10-17");
  g_assert_cmpuint (expressions->len, ==, 0);
  g_array_unref (expressions);

  expressions = dossier_date_expressions_find (NULL, 0, NULL);
  g_assert_cmpuint (expressions->len, ==, 0);
  g_array_unref (expressions);

  /* Truncated dates at the very end of the buffer. */
  assert_expression ("It starts October 1", "2024-10-17", "October 1", "2024-10-01", "month-day-past", TRUE);
  assert_spans ("Updated 2024/10/", "2024-10-17", "");
  assert_spans ("Updated 2024/10", "2024-10-17", "");
  assert_spans ("October", "2024-10-17", "");
  assert_spans ("on", "2024-10-17", "");
  assert_spans ("Oct 17, 2024 at", NULL, "Oct 17, 2024");
  assert_spans ("Oct 17, 2024 at 1:", NULL, "Oct 17, 2024");
  assert_spans ("2024-10-17T", NULL, "");
  assert_spans ("17th", NULL, "");
  assert_spans ("\xe2\x80", NULL, "");
  assert_spans ("Oct 17, 2024 \xe2", NULL, "Oct 17, 2024");

  /* A slice that is not NUL-terminated: the bytes past @len are never
   * part of a date.  The copy is exactly @len bytes long, so that a
   * memory checker catches any read past it. */
  slice = g_malloc (9);
  memcpy (slice, "October 1", 9);
  expressions = dossier_date_expressions_find (slice, 9, NULL);
  g_assert_cmpuint (expressions->len, ==, 1);
  g_assert_cmpuint (g_array_index (expressions, DossierDateExpression, 0).end, ==, 9);
  g_array_unref (expressions);
  expressions = dossier_date_expressions_find (slice, 7, NULL);
  g_assert_cmpuint (expressions->len, ==, 0);
  g_array_unref (expressions);
  g_free (slice);

  slice = g_malloc (10);
  memcpy (slice, "2024/10/17", 10);
  for (i = 0; i <= 10; i++)
    {
      expressions = dossier_date_expressions_find (slice, i, NULL);
      g_assert_cmpuint (expressions->len, <=, 1);
      g_array_unref (expressions);
    }
  g_free (slice);

  /* Long runs of digits, slashes and month names. */
  noise = g_string_new (NULL);
  for (i = 0; i < 100000; i++)
    g_string_append_c (noise, "0123456789"[i % 10]);
  expressions = find (noise->str, noise->len, "2024-10-17");
  g_assert_cmpuint (expressions->len, ==, 0);
  g_array_unref (expressions);

  g_string_truncate (noise, 0);
  for (i = 0; i < 20000; i++)
    g_string_append (noise, "1/2/");
  expressions = find (noise->str, noise->len, "2024-10-17");
  g_assert_cmpuint (expressions->len, ==, 0);
  g_array_unref (expressions);

  g_string_truncate (noise, 0);
  for (i = 0; i < 10000; i++)
    g_string_append (noise, "October ");
  expressions = find (noise->str, noise->len, "2024-10-17");
  g_assert_cmpuint (expressions->len, ==, 0);
  g_array_unref (expressions);

  g_string_truncate (noise, 0);
  for (i = 0; i < 10000; i++)
    g_string_append (noise, "on October 17 2024/10/17 in ");
  expressions = find (noise->str, noise->len, "2024-10-17");
  g_assert_cmpuint (expressions->len, ==, 20000);
  g_array_unref (expressions);

  g_string_truncate (noise, 0);
  for (i = 0; i < 100000; i++)
    g_string_append_c (noise, "0123456789/.-: \xc2\xa0OctMay"[(i * 7) % 24]);
  expressions = find (noise->str, noise->len, "2024-10-17");
  g_array_unref (expressions);

  g_string_free (noise, TRUE);
}

/* A text read once and resolved against many days gives, at every
 * expression's start, what scanning it again from each day gives. */
static void
test_reading_once (void)
{
  static const char * const texts[] = {
    "On Wednesday, the minister said he would return next Tuesday, not on May 14.",
    "The talks began in July and ended yesterday; a vote is due in January.",
    "Two days ago, in the spring of 2023, since nineteen ninety-eight, last week.",
    "He left office in 2019 and will be back on 3 October 2024 at 13:00, or later on Thursday.",
    "No date at all here.",
  };

  for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
    {
      g_autoptr(DossierDateReading) reading = dossier_date_reading_new (texts[t], -1);

      for (int day = 738900; day < 738900 + 400; day += 7)
        {
          DossierDate reference = dossier_date_from_day_number (day);
          g_autoptr(GArray) found = dossier_date_expressions_find (texts[t], -1, &reference);
          gsize length = strlen (texts[t]);

          for (gsize start = 0; start < length; start++)
            {
              DossierDateExpression expression;
              gboolean has = dossier_date_reading_resolve_at (reading, start, &reference, &expression);
              const DossierDateExpression *expected = NULL;

              for (guint f = 0; f < found->len; f++)
                if (g_array_index (found, DossierDateExpression, f).start == start)
                  expected = &g_array_index (found, DossierDateExpression, f);
              g_assert_cmpint (has, ==, expected != NULL);
              if (expected == NULL)
                continue;
              g_assert_cmpuint (expression.end, ==, expected->end);
              g_assert_cmpstr (expression.rule, ==, expected->rule);
              g_assert_cmpint (expression.relative, ==, expected->relative);
              g_assert_cmpint (dossier_date_compare (&expression.value, &expected->value), ==, 0);
              g_assert_cmpint (expression.value.precision, ==, expected->value.precision);
            }
        }
    }
}

static void
split_sentences (DossierDocument *document)
{
  for (guint p = 0; p < document->paragraphs->len; p++)
    {
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);

      dossier_sentences_split (paragraph->text, paragraph->len, paragraph->sentences);
    }
}

static void
assert_same_dates (GArray *a,
                   GArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      const DossierDateMention *x = &g_array_index (a, DossierDateMention, i);
      const DossierDateMention *y = &g_array_index (b, DossierDateMention, i);

      g_assert_cmpuint (x->paragraph, ==, y->paragraph);
      g_assert_cmpuint (x->start, ==, y->start);
      g_assert_cmpuint (x->end, ==, y->end);
      g_assert_cmpstr (x->rule, ==, y->rule);
      g_assert_cmpint (x->relative, ==, y->relative);
      g_assert_cmpint (dossier_date_compare (&x->value, &y->value), ==, 0);
      g_assert_cmpint (x->value.precision, ==, y->value.precision);
    }
}

/* The dates an inference reads again for each day it tries are taken
 * from what was kept for that day where they were read before, in the
 * document or a copy of it: the same as reading them again, and never
 * taken for another day or for sentences not split alike. */
static void
test_document_dates_kept (void)
{
  static const char *text =
    "The council met on Monday and voted on Tuesday.\n"
    "\n"
    "\u201cToday we have won,\u201d the mayor said on Wednesday night; a vote is due next Friday.\n"
    "The audit of 3 October 2024 began in July.\n";
  DossierDocument *document = dossier_document_new ();
  g_autoptr(DossierDocument) copy = NULL;
  const int days[] = { 739170, 739171, 739175, 0, 739170, 739300, 0, 739171 };

  dossier_document_add_paragraph (document, text, -1, DOSSIER_PARAGRAPH_BODY, 1, 4);
  split_sentences (document);
  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autoptr(GArray) fresh = NULL;

      document->published = days[i] > 0 ? dossier_date_from_day_number (days[i])
                                        : (DossierDate) DOSSIER_DATE_INIT;
      g_assert_cmpint (dossier_document_take_dates (document, &document->published), ==,
                       i >= 4 && days[i] != 739300);
      dossier_document_find_dates (document);
      fresh = g_array_copy (document->dates);
      g_array_set_size (document->dates, 0);
      dossier_document_find_dates_again (document);
      assert_same_dates (document->dates, fresh);
      g_assert_cmpuint (fresh->len, >, 0);
    }

  /* A copy shares them once its sentences are split, as the analysis
   * splits them; the original goes, they stay. */
  copy = dossier_document_copy (document);
  dossier_document_free (document);
  copy->published = dossier_date_from_day_number (739171);
  g_assert_false (dossier_document_take_dates (copy, &copy->published));
  split_sentences (copy);
  g_assert_true (dossier_document_take_dates (copy, &copy->published));
  {
    g_autoptr(GArray) taken = g_array_copy (copy->dates);

    dossier_document_find_dates (copy);
    assert_same_dates (copy->dates, taken);
  }
  dossier_document_forget_dates (copy);
  g_assert_false (dossier_document_take_dates (copy, &copy->published));
}

/* What a date read as against a day (and by which rule), kept with the
 * document, is taken for that date, sentence and day only, in the document or a copy, and
 * beside what was kept before (up to a bound); forgotten, nothing is taken. */
static void
test_day_readings_kept (void)
{
  DossierDocument *document = dossier_document_new ();
  g_autoptr(DossierDocument) copy = NULL;
  DossierDayReading readings[] = {
    { 0, 20, 0, 48, 739171, { 2024, 10, 14, 0, 0, DOSSIER_PRECISION_DAY }, "weekday-past" },
    { 0, 20, 0, 48, 739170, { 2024, 10, 7, 0, 0, DOSSIER_PRECISION_DAY }, "weekday-past" },
    { 0, 20, 0, 48, 739171, { 2024, 10, 14, 0, 0, DOSSIER_PRECISION_DAY }, "weekday-past" },
    { 1, 3, 0, 40, 739171, DOSSIER_DATE_INIT, NULL },
  };
  DossierDayReading more = { 0, 41, 0, 48, 739171, { 2024, 10, 15, 0, 0, DOSSIER_PRECISION_DAY }, "weekday-past" };
  DossierDayReading asked;

  dossier_document_add_paragraph (document, "The council met on Monday and voted on Tuesday.", -1,
                                  DOSSIER_PARAGRAPH_BODY, 1, 1);
  asked = readings[0];
  asked.value = (DossierDate) DOSSIER_DATE_INIT;
  g_assert_false (dossier_document_take_day_reading (document, &asked));
  dossier_document_keep_day_readings (document, readings, G_N_ELEMENTS (readings));
  for (guint i = 0; i < G_N_ELEMENTS (readings); i++)
    {
      asked = readings[i];
      asked.value = (DossierDate) { 1, 1, 1, 1, 1, DOSSIER_PRECISION_MINUTE };
      asked.rule = "deictic-day";
      g_assert_true (dossier_document_take_day_reading (document, &asked));
      g_assert_cmpstr (asked.rule, ==, readings[i].rule);
      g_assert_cmpint (dossier_date_compare (&asked.value, &readings[i].value), ==, 0);
      g_assert_cmpint (asked.value.precision, ==, readings[i].value.precision);
    }
  /* Another day, another sentence, another date: nothing. */
  asked = readings[0];
  asked.day++;
  g_assert_false (dossier_document_take_day_reading (document, &asked));
  asked = readings[0];
  asked.sentence_end--;
  g_assert_false (dossier_document_take_day_reading (document, &asked));
  asked = readings[0];
  asked.start++;
  g_assert_false (dossier_document_take_day_reading (document, &asked));

  /* Kept beside the others, in a copy that outlives the original. */
  copy = dossier_document_copy (document);
  dossier_document_free (document);
  dossier_document_keep_day_readings (copy, &more, 1);
  asked = more;
  asked.value = (DossierDate) DOSSIER_DATE_INIT;
  g_assert_true (dossier_document_take_day_reading (copy, &asked));
  g_assert_cmpint (dossier_date_compare (&asked.value, &more.value), ==, 0);
  g_assert_cmpint (asked.value.precision, ==, DOSSIER_PRECISION_DAY);
  asked = readings[1];
  g_assert_true (dossier_document_take_day_reading (copy, &asked));
  g_assert_cmpint (asked.value.day, ==, 7);

  /* Many, in no order, repeated, kept in two goes: each taken as kept. */
  {
    g_autoptr(GArray) many = g_array_new (FALSE, FALSE, sizeof (DossierDayReading));

    for (guint i = 0; i < 600; i++)
      {
        guint k = (i * 7919) % 300;
        DossierDayReading reading = { k % 3, 10 + k % 5, 0, 48, 739000 + (int) (k / 15),
                                      { 2024, 1 + k % 12, 1 + k % 28, 0, 0, DOSSIER_PRECISION_DAY }, NULL };

        g_array_append_val (many, reading);
      }
    dossier_document_keep_day_readings (copy, &g_array_index (many, DossierDayReading, 0), 250);
    dossier_document_keep_day_readings (copy, &g_array_index (many, DossierDayReading, 250), 350);
    for (guint i = 0; i < many->len; i++)
      {
        const DossierDayReading *reading = &g_array_index (many, DossierDayReading, i);

        asked = *reading;
        asked.value = (DossierDate) DOSSIER_DATE_INIT;
        g_assert_true (dossier_document_take_day_reading (copy, &asked));
        g_assert_cmpint (dossier_date_compare (&asked.value, &reading->value), ==, 0);
        /* Looked up by every field (a table of slots, not a halving):
         * one of them other, and it is not there. */
        asked = *reading;
        asked.sentence_start++;
        g_assert_false (dossier_document_take_day_reading (copy, &asked));
        asked = *reading;
        asked.sentence_end++;
        g_assert_false (dossier_document_take_day_reading (copy, &asked));
        asked = *reading;
        asked.paragraph += 3;
        g_assert_false (dossier_document_take_day_reading (copy, &asked));
        asked = *reading;
        asked.day += 20;
        g_assert_false (dossier_document_take_day_reading (copy, &asked));
      }
    asked = readings[1];
    g_assert_true (dossier_document_take_day_reading (copy, &asked));
  }

  /* Past the most kept (8,192), those kept before are dropped, and what
   * was kept last is still taken. */
  {
    g_autoptr(GArray) many = g_array_new (FALSE, FALSE, sizeof (DossierDayReading));

    for (guint i = 0; i < 8192; i++)
      {
        DossierDayReading reading = { 2, i, 0, 9000, 739000, DOSSIER_DATE_INIT, NULL };

        g_array_append_val (many, reading);
      }
    dossier_document_keep_day_readings (copy, &g_array_index (many, DossierDayReading, 0), many->len);
    asked = readings[1];
    g_assert_false (dossier_document_take_day_reading (copy, &asked));
    asked = g_array_index (many, DossierDayReading, 8191);
    g_assert_true (dossier_document_take_day_reading (copy, &asked));
  }

  dossier_document_forget_dates (copy);
  g_assert_false (dossier_document_take_day_reading (copy, &asked));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/date-expression/absolute-day", test_absolute_day);
  g_test_add_func ("/date-expression/weekday-names-the-year", test_weekday_names_the_year);
  g_test_add_func ("/date-expression/absolute-minute", test_absolute_minute);
  g_test_add_func ("/date-expression/absolute-month-and-year", test_absolute_month_and_year);
  g_test_add_func ("/date-expression/parts", test_parts);
  g_test_add_func ("/date-expression/weekdays", test_weekdays);
  g_test_add_func ("/date-expression/deictic", test_deictic);
  g_test_add_func ("/date-expression/periods", test_periods);
  g_test_add_func ("/date-expression/months", test_months);
  g_test_add_func ("/date-expression/negatives", test_negatives);
  g_test_add_func ("/date-expression/order-and-overlap", test_order_and_overlap);
  g_test_add_func ("/date-expression/curly-apostrophes", test_curly_apostrophes);
  g_test_add_func ("/date-expression/names", test_names);
  g_test_add_func ("/date-expression/tense-cues", test_tense_cues);
  g_test_add_func ("/date-expression/coming-month-days", test_coming_month_days);
  g_test_add_func ("/date-expression/would", test_would);
  g_test_add_func ("/date-expression/years-in-words", test_years_in_words);
  g_test_add_func ("/date-expression/dateline", test_dateline);
  g_test_add_func ("/date-expression/robustness", test_robustness);
  g_test_add_func ("/date-expression/reading-once", test_reading_once);
  g_test_add_func ("/date-expression/document-dates-kept", test_document_dates_kept);
  g_test_add_func ("/date-expression/day-readings-kept", test_day_readings_kept);

  return g_test_run ();
}
