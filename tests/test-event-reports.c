/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* What each outlet says of an event, on stories of our own
 * (tests/data/reports/): a runoff two outlets give 52.14% and 52.1% of the
 * vote, a ferry accident with "at least 10 dead" and "12 dead"; reports
 * counted as articles and outlets, grouped by outlet, with the reasons
 * they were linked; a merge of two events whose days differ; and the
 * sample, where no outlet contradicts another. */

#include <locale.h>

#include "dossier-event-reports.h"
#include "dossier-test-util.h"

static DossierAnalysis *
analyse_reports (void)
{
  g_autoptr(DossierGazetteer) gazetteer = dossier_gazetteer_new_default ();
  DossierAnalysis *analysis = dossier_analysis_new (gazetteer);
  const char * const files[] = {
    "1-vellmar-herald.txt", "2-coastal-daily.txt", "3-vellmar-herald-ferry.txt", "4-coastal-daily-ferry.txt",
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "reports", files[i], NULL);
      dossier_analysis_add_document (analysis, dossier_test_clean_file (path));
    }
  dossier_analysis_run (analysis);
  return analysis;
}

/* The event whose title holds @words. */
static DossierEvent *
find_event (DossierAnalysis *analysis,
            const char      *words)
{
  for (guint v = 0; v < dossier_analysis_get_n_events (analysis); v++)
    if (strstr (dossier_analysis_get_event (analysis, v)->summary, words) != NULL)
      return dossier_event_new (analysis, v);
  g_error ("no event with “%s”", words);
  return NULL;
}

static void
test_runoff (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse_reports ();
  g_autoptr(DossierEvent) event = find_event (analysis, "runoff");
  g_autoptr(DossierEventReports) reports = dossier_event_reports_new (event);
  g_autofree char *counts = dossier_event_reports_dup_count_label (reports);
  g_autofree char *event_counts = dossier_event_reports_dup_event_counts (event);
  const DossierEventReportLink *link;
  const DossierDisagreement *disagreement;
  guint n_articles, n_outlets;

  /* Three sentences, two articles, two outlets: the count says so. */
  g_assert_cmpuint (dossier_event_reports_get_n_reports (reports), ==, 3);
  g_assert_cmpuint (dossier_event_reports_get_n_articles (reports), ==, 2);
  g_assert_cmpuint (dossier_event_reports_get_n_outlets (reports), ==, 2);
  g_assert_cmpstr (counts, ==, "2 articles, 2 outlets");
  g_assert_cmpstr (event_counts, ==, counts);
  dossier_event_reports_count (event, &n_articles, &n_outlets);
  g_assert_cmpuint (n_articles, ==, 2);
  g_assert_cmpuint (n_outlets, ==, 2);
  g_assert_cmpstr (dossier_event_reports_get_outlet_names (event), ==, "Vellmar Herald, Coastal Daily");

  /* Grouped by outlet, each report with how it is dated. */
  g_assert_cmpuint (dossier_event_reports_get_n_groups (reports), ==, 2);
  g_assert_cmpstr (dossier_event_reports_get_group_name (reports, 0), ==, "Vellmar Herald");
  g_assert_cmpstr (dossier_event_reports_get_group_name (reports, 1), ==, "Coastal Daily");
  g_assert_cmpuint (dossier_event_reports_get_report (reports, 0)->group, ==, 0);
  g_assert_cmpuint (dossier_event_reports_get_report (reports, 2)->group, ==, 1);
  g_assert_cmpstr (dossier_event_reports_get_report (reports, 0)->dated_by, ==, "“on Sunday”");
  g_assert_cmpint (dossier_event_reports_get_report (reports, 0)->date.day, ==, 1);

  /* Why the two outlets' reports are one runoff. */
  g_assert_cmpuint (dossier_event_reports_get_n_links (reports), ==, 1);
  link = dossier_event_reports_get_link (reports, 0);
  g_assert_nonnull (strstr (link->why, "the same date"));
  g_assert_nonnull (strstr (link->why, "the same participants (Ines Halvorsen, Vellmar)"));
  g_assert_nonnull (strstr (link->why, "one kind of action (won ~ won)"));

  /* 52.14% and 52.1%: one count, two numbers; the turnout of 61.3%, given
   * by one of them only, is no disagreement. */
  g_assert_cmpuint (dossier_event_reports_get_n_disagreements (reports), ==, 1);
  disagreement = dossier_event_reports_get_disagreement (reports, 0);
  g_assert_cmpint (disagreement->kind, ==, DOSSIER_DISAGREEMENT_NUMBER);
  g_assert_cmpstr (disagreement->what, ==, "52.14% (Vellmar Herald) · 52.1% (Coastal Daily)");

  /* The reports' filters: a participant, words, an article. */
  g_assert_true (dossier_event_reports_name_entity (event, dossier_analysis_get_entity (analysis, g_array_index (
                                                      dossier_event_get_record (event)->entities, int, 0))->key));
  g_assert_true (dossier_event_reports_contain_words (event, "52.14%"));
  g_assert_true (dossier_event_reports_contain_words (event, "mayoral"));
  g_assert_false (dossier_event_reports_contain_words (event, "ferry"));
  g_assert_true (dossier_event_reports_include_article (event, 1));
  g_assert_false (dossier_event_reports_include_article (event, 2));
}

static void
test_ferry (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse_reports ();
  g_autoptr(DossierEvent) event = find_event (analysis, "ferry");
  g_autoptr(DossierEventReports) reports = dossier_event_reports_new (event);

  /* "at least 10 dead" and "12 dead", with the qualifier; the 40
   * survivors only one outlet counts are none. */
  g_assert_cmpuint (dossier_event_reports_get_n_disagreements (reports), ==, 1);
  g_assert_cmpstr (dossier_event_reports_get_disagreement (reports, 0)->what, ==,
                   "at least 10 dead (Vellmar Herald) · 12 dead (Coastal Daily)");
}

/* The runoff and the taking of office merged, as a researcher might by
 * mistake: 1 June and July are different days for one happening. */
static void
test_merged_dates (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse_reports ();
  g_autoptr(DossierEvent) runoff = find_event (analysis, "runoff");
  g_autoptr(DossierEvent) office = find_event (analysis, "office");
  DossierEventRecord merged = *dossier_event_get_record (runoff);
  g_autoptr(DossierEventReports) reports = NULL;
  gboolean dates = FALSE;

  merged.sources = g_array_copy (dossier_event_get_record (runoff)->sources);
  g_array_append_vals (merged.sources, dossier_event_get_record (office)->sources->data,
                       dossier_event_get_record (office)->sources->len);
  merged.links = NULL;
  reports = dossier_event_reports_new_for_record (analysis, &merged);
  for (guint d = 0; d < dossier_event_reports_get_n_disagreements (reports); d++)
    {
      const DossierDisagreement *disagreement = dossier_event_reports_get_disagreement (reports, d);

      if (disagreement->kind == DOSSIER_DISAGREEMENT_DATE)
        {
          g_assert_cmpstr (disagreement->what, ==, "1 June 2025 (Vellmar Herald) · July 2025 (Coastal Daily)");
          dates = TRUE;
        }
    }
  g_assert_true (dates);
  g_array_unref (merged.sources);
}

/* The sample's reports of one happening agree: nothing is flagged where
 * nothing differs, and the years, days and ordinals of its sentences
 * ("the 33rd or 34th member", "on 16 October", "in 2008") are no counts. */
static void
test_sample_agrees (void)
{
  g_autoptr(DossierAnalysis) analysis = dossier_test_analyse_seeds ();

  for (guint v = 0; v < dossier_analysis_get_n_events (analysis); v++)
    {
      g_autoptr(DossierEvent) event = dossier_event_new (analysis, v);
      g_autoptr(DossierEventReports) reports = dossier_event_reports_new (event);

      for (guint d = 0; d < dossier_event_reports_get_n_disagreements (reports); d++)
        g_test_message ("%s: %s", dossier_event_get_summary (event),
                        dossier_event_reports_get_disagreement (reports, d)->what);
      g_assert_cmpuint (dossier_event_reports_get_n_disagreements (reports), ==, 0);
      g_assert_cmpuint (dossier_event_reports_get_n_articles (reports), ==,
                        dossier_event_record_count_articles (dossier_event_get_record (event), NULL));
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/event-reports/runoff", test_runoff);
  g_test_add_func ("/event-reports/ferry", test_ferry);
  g_test_add_func ("/event-reports/merged-dates", test_merged_dates);
  g_test_add_func ("/event-reports/sample-agrees", test_sample_agrees);
  return g_test_run ();
}
