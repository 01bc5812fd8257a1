/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The sample dossier, analysed as a whole: one entity per person however
 * spelt, dates resolved against each page's date, and the events that
 * several outlets report, each with every source. */

#include "dossier-test-util.h"

static const DossierEntityRecord *
entity_with_alias (DossierAnalysis *analysis,
                   const char      *alias,
                   int             *index)
{
  for (guint e = 0; e < dossier_analysis_get_n_entities (analysis); e++)
    {
      const DossierEntityRecord *entity = dossier_analysis_get_entity (analysis, e);
      for (guint a = 0; a < entity->aliases->len; a++)
        if (g_strcmp0 (g_ptr_array_index (entity->aliases, a), alias) == 0)
          {
            if (index)
              *index = e;
            return entity;
          }
    }
  return NULL;
}

static void
test_one_zelenskyy (void)
{
  g_autoptr(DossierAnalysis) analysis = dossier_test_analyse_seeds ();
  const char *spellings[] = { "Zelensky", "Zelenskyy", "Vladimir Zelensky", "Volodymyr Zelenskyy",
                              "Volodymyr Zelenskyi", "Volodymyr Zelensky", "Vladimir Zelenskyy" };
  int first = -1;

  for (gsize i = 0; i < G_N_ELEMENTS (spellings); i++)
    {
      int index = -1;
      const DossierEntityRecord *entity = entity_with_alias (analysis, spellings[i], &index);
      if (entity == NULL)
        g_error ("“%s” is not an alias of any entity", spellings[i]);
      if (first < 0)
        first = index;
      g_assert_cmpint (index, ==, first);
      g_assert_cmpint (entity->type, ==, DOSSIER_ENTITY_PERSON);
      g_assert_cmpstr (entity->name, ==, "Volodymyr Zelenskyy");
      g_assert_cmpuint (entity->documents->len, ==, 5);
    }
}

static void
test_rutte_and_united_states (void)
{
  g_autoptr(DossierAnalysis) analysis = dossier_test_analyse_seeds ();
  const DossierEntityRecord *rutte = entity_with_alias (analysis, "Rutte", NULL);
  const DossierEntityRecord *us = entity_with_alias (analysis, "U.S.", NULL);

  g_assert_nonnull (rutte);
  g_assert_cmpstr (rutte->name, ==, "Mark Rutte");
  g_assert_cmpuint (rutte->documents->len, ==, 5);
  g_assert_nonnull (us);
  g_assert_cmpstr (us->name, ==, "United States");
  g_assert_true (entity_with_alias (analysis, "US", NULL) == us);
  for (guint e = 0; e < dossier_analysis_get_n_entities (analysis); e++)
    {
      const DossierEntityRecord *entity = dossier_analysis_get_entity (analysis, e);
      g_assert_cmpstr (entity->name, !=, "Ukrainian");
      g_assert_cmpstr (entity->name, !=, "Russian");
      g_assert_cmpstr (entity->name, !=, "Alliance");
      g_assert_cmpstr (entity->name, !=, "the alliance");
      /* Names from the stripped page furniture never appear. */
      g_assert_cmpstr (entity->name, !=, "Gulf Press");
      g_assert_cmpstr (entity->name, !=, "PHCC");
    }
}

static const DossierDateMention *
date_with_text (DossierDocument *document,
                const char      *text)
{
  for (guint d = 0; d < document->dates->len; d++)
    {
      const DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, d);
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, date->paragraph);
      if (strlen (text) == date->end - date->start &&
          strncmp (paragraph->text + date->start, text, date->end - date->start) == 0)
        return date;
    }
  return NULL;
}

static void
test_relative_dates (void)
{
  g_autoptr(DossierAnalysis) analysis = dossier_test_analyse_seeds ();
  DossierDocument *menafn = dossier_analysis_get_document (analysis, 0);
  DossierDocument *euronews = dossier_analysis_get_document (analysis, 2);
  DossierDocument *kyiv_page = dossier_analysis_get_document (analysis, 4);

  /* MENAFN of Sunday 20 October: "on Thursday" is the 17th. */
  dossier_test_assert_date (&date_with_text (menafn, "on Thursday")->value, "2024-10-17");
  dossier_test_assert_date (&date_with_text (menafn, "in July")->value, "2024-07");
  dossier_test_assert_date (&date_with_text (menafn, "Since 2008")->value, "2008");
  dossier_test_assert_date (&date_with_text (menafn, "April 2023")->value, "2023-04");
  /* "before he leaves office in January", written in October: next January. */
  dossier_test_assert_date (&date_with_text (kyiv_page, "in January")->value, "2025-01");

  /* The Euronews page states no date; the days its "on Wednesday" and
   * "on Thursday" name line up with events dated pages report. */
  g_assert_cmpint (euronews->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);
  dossier_test_assert_date (&euronews->published, "2024-10-17");
  g_assert_nonnull (euronews->published_evidence);
  /* The evidence names each relative date that matched, as it resolves. */
  g_assert_nonnull (strstr (euronews->published_evidence, "“on Wednesday” = 2024-10-16"));
  dossier_test_assert_date (&date_with_text (euronews, "on Wednesday")->value, "2024-10-16");
}

static void
test_relative_dates_without_publication_date (void)
{
  g_autoptr(DossierGazetteer) gazetteer = dossier_gazetteer_new_default ();
  g_autoptr(DossierAnalysis) analysis = dossier_analysis_new (gazetteer);
  DossierDocument *document;

  /* Alone, the Euronews page has no evidence for a date: nothing is guessed. */
  dossier_analysis_add_document (analysis, dossier_test_clean_seed (2));
  dossier_analysis_run (analysis);
  document = dossier_analysis_get_document (analysis, 0);
  g_assert_false (dossier_date_is_set (&document->published));
  g_assert_false (dossier_date_is_set (&date_with_text (document, "on Wednesday")->value));
  g_assert_false (dossier_date_is_set (&date_with_text (document, "on Thursday")->value));
}

static const DossierEventRecord *
event_on (DossierAnalysis *analysis,
          const char      *iso,
          const char      *summary_word)
{
  for (guint v = 0; v < dossier_analysis_get_n_events (analysis); v++)
    {
      const DossierEventRecord *event = dossier_analysis_get_event (analysis, v);
      g_autofree char *date = dossier_date_to_iso (&event->date);
      if (g_strcmp0 (date, iso) == 0 && strstr (event->summary, summary_word) != NULL)
        return event;
    }
  return NULL;
}

static void
assert_sources (const DossierEventRecord *event,
                const guint              *documents,
                gsize                     n_documents)
{
  for (gsize i = 0; i < n_documents; i++)
    {
      gboolean found = FALSE;
      for (guint s = 0; s < event->sources->len; s++)
        found |= g_array_index (event->sources, DossierEventSource, s).document == documents[i];
      if (!found)
        g_error ("event “%s” lacks a source in article a%u", event->summary, documents[i] + 1);
    }
}

static void
test_events (void)
{
  g_autoptr(DossierAnalysis) analysis = dossier_test_analyse_seeds ();
  const DossierEventRecord *victory_plan = event_on (analysis, "2024-10-16", "Victory Plan");
  const DossierEventRecord *statement = event_on (analysis, "2024-10-17", "Rutte");
  const DossierEventRecord *summit = event_on (analysis, "2024-07", "");
  const guint plan_sources[] = { 1, 2, 3, 4 };
  const guint statement_sources[] = { 0, 1, 2, 3, 4 };
  const guint summit_sources[] = { 0, 2, 3 };

  g_assert_nonnull (victory_plan);
  assert_sources (victory_plan, plan_sources, G_N_ELEMENTS (plan_sources));
  g_assert_nonnull (statement);
  assert_sources (statement, statement_sources, G_N_ELEMENTS (statement_sources));
  g_assert_true (strstr (statement->summary, "Ukraine will join") != NULL);
  g_assert_nonnull (summit);
  assert_sources (summit, summit_sources, G_N_ELEMENTS (summit_sources));
  /* The summary tells the happening, not a quotation around it. */
  g_assert_nonnull (strstr (summit->summary, "summit in Washington"));
  g_assert_nonnull (strstr (victory_plan->summary, "presented the Victory Plan"));

  /* Dates of the page furniture ("December 5, 2025", "© 2023") make no events. */
  for (guint v = 0; v < dossier_analysis_get_n_events (analysis); v++)
    {
      const DossierEventRecord *event = dossier_analysis_get_event (analysis, v);
      g_assert_cmpint (event->date.year, !=, 2025 * (event->date.month == 12));
      g_assert_false (event->date.year == 2023 && event->date.precision == DOSSIER_PRECISION_YEAR);
      g_assert_cmpuint (event->sources->len, >, 0);
    }
}

static void
test_summaries_of_asides (void)
{
  /* A page of our own: an aside with a date of its own, and a possessive
   * day ("Sunday’s vote"). */
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "clean",
                                                 "doubled-date-and-source-line.txt", NULL);
  g_autoptr(DossierGazetteer) gazetteer = dossier_gazetteer_new_default ();
  g_autoptr(DossierAnalysis) analysis = dossier_analysis_new (gazetteer);
  DossierDocument *document;

  dossier_analysis_add_document (analysis, dossier_test_clean_file (path));
  dossier_analysis_run (analysis);
  document = dossier_analysis_get_document (analysis, 0);

  /* "Published On 21 Nov 202421 Nov 2024" and "Source: Al Jazeera and
   * news agencies". */
  dossier_test_assert_date (&document->published, "2024-11-21");
  g_assert_cmpstr (document->outlet, ==, "Al Jazeera");

  /* "Faye, who took office in April, dissolved … in September": two
   * events, each told of its own date. */
  g_assert_nonnull (event_on (analysis, "2024-04", "Faye took office"));
  g_assert_nonnull (event_on (analysis, "2024-09", "Faye dissolved the opposition-controlled parliament"));
  g_assert_null (event_on (analysis, "2024-04", "dissolved"));
  g_assert_nonnull (event_on (analysis, "2024-11-17", "Turnout in Sunday’s vote"));
  g_assert_nonnull (event_on (analysis, "2024-11-19", "Ba conceded defeat"));
}

static void
test_two_outlets_one_story (void)
{
  /* Two pages of our own on one election, worded differently. */
  const char *names[] = { "doubled-date-and-source-line.txt", "broadcaster-with-agency-line.txt" };
  g_autoptr(DossierGazetteer) gazetteer = dossier_gazetteer_new_default ();
  g_autoptr(DossierAnalysis) analysis = dossier_analysis_new (gazetteer);
  const DossierEventRecord *conceded, *elected;
  const guint both[] = { 0, 1 };
  DossierDocument *france24;

  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "clean", names[i], NULL);
      dossier_analysis_add_document (analysis, dossier_test_clean_file (path));
    }
  dossier_analysis_run (analysis);

  /* "Issued on: 21/11/2024 - 18:40" and "(FRANCE 24 with AFP)". */
  france24 = dossier_analysis_get_document (analysis, 1);
  g_assert_cmpint (france24->published_from, ==, DOSSIER_DATE_SOURCE_TEXT);
  dossier_test_assert_date (&france24->published, "2024-11-21T18:40");
  g_assert_cmpstr (france24->outlet, ==, "FRANCE 24");

  /* Both report that Ba conceded on Tuesday: one event, two sources. */
  conceded = event_on (analysis, "2024-11-19", "conceded");
  g_assert_nonnull (conceded);
  assert_sources (conceded, both, G_N_ELEMENTS (both));

  /* "President Bassirou Diomaye Faye, elected in March, …". */
  elected = event_on (analysis, "2024-03", "Bassirou Diomaye Faye elected");
  g_assert_nonnull (elected);
  g_assert_null (strstr (elected->summary, "The result hands"));
}

static void
test_deterministic (void)
{
  g_autoptr(DossierAnalysis) first = dossier_test_analyse_seeds ();
  g_autoptr(DossierAnalysis) second = dossier_test_analyse_seeds ();

  g_assert_cmpuint (dossier_analysis_get_n_entities (first), ==, dossier_analysis_get_n_entities (second));
  g_assert_cmpuint (dossier_analysis_get_n_events (first), ==, dossier_analysis_get_n_events (second));
  for (guint v = 0; v < dossier_analysis_get_n_events (first); v++)
    g_assert_cmpstr (dossier_analysis_get_event (first, v)->summary, ==,
                     dossier_analysis_get_event (second, v)->summary);
  /* Running again over the same documents gives the same answer. */
  dossier_analysis_run (first);
  g_assert_cmpuint (dossier_analysis_get_n_events (first), ==, dossier_analysis_get_n_events (second));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/analysis/one-zelenskyy", test_one_zelenskyy);
  g_test_add_func ("/analysis/rutte-and-us", test_rutte_and_united_states);
  g_test_add_func ("/analysis/relative-dates", test_relative_dates);
  g_test_add_func ("/analysis/no-publication-date", test_relative_dates_without_publication_date);
  g_test_add_func ("/analysis/events", test_events);
  g_test_add_func ("/analysis/summaries-of-asides", test_summaries_of_asides);
  g_test_add_func ("/analysis/two-outlets-one-story", test_two_outlets_one_story);
  g_test_add_func ("/analysis/deterministic", test_deterministic);

  return g_test_run ();
}
