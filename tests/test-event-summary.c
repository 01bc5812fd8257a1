/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The line the timeline shows for an event, on an article of our own: it
 * starts with who acted, leaves out the date phrase and what only hangs
 * on the main clause, and stays short. */

#include "dossier-event-thresholds.h"
#include "dossier-test-util.h"

static const char *ruling =
  "Valdoria's top court strikes down surveillance law\n"
  "By Marta Quell\n"
  "Published: 6 June 2025\n"
  "\n"
  "On Tuesday, the Supreme Court of Valdoria struck down the new surveillance law, which parliament had "
  "passed by a narrow margin.\n"
  "Chief Justice Elena Marsh read the ruling to a packed courtroom. She said on Wednesday that the law "
  "gave the police powers that no democracy could accept.\n"
  "Interior minister Karl Voss, who had drafted the law, announced on Thursday that the government would "
  "write a new bill with stronger safeguards for journalists, lawyers, doctors and members of parliament, "
  "and would present it to the cabinet before the summer recess.\n";

static DossierAnalysis *
analyse_ruling (void)
{
  g_autoptr(DossierGazetteer) gazetteer = dossier_gazetteer_new_default ();
  DossierAnalysis *analysis = dossier_analysis_new (gazetteer);

  dossier_analysis_add_document (analysis, dossier_test_clean_string (ruling));
  dossier_analysis_run (analysis);
  return analysis;
}

/* The summary of the one event on @iso. */
static const char *
summary_on (DossierAnalysis *analysis,
            const char      *iso)
{
  const char *summary = NULL;

  for (guint v = 0; v < dossier_analysis_get_n_events (analysis); v++)
    {
      const DossierEventRecord *event = dossier_analysis_get_event (analysis, v);
      g_autofree char *date = dossier_date_to_iso (&event->date);

      if (g_strcmp0 (date, iso) == 0)
        {
          g_assert_null (summary);
          summary = event->summary;
        }
    }
  if (summary == NULL)
    g_error ("no event on %s", iso);
  g_test_message ("%s: %s", iso, summary);
  return summary;
}

static void
assert_short (const char *summary)
{
  g_assert_true (g_utf8_validate (summary, -1, NULL));
  g_assert_cmpint (g_utf8_strlen (summary, -1), <=, SUMMARY_MAX_CHARACTERS);
  g_assert_false (g_str_has_suffix (summary, "."));
}

static void
test_date_and_trailing_clause_go (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse_ruling ();
  const char *summary = summary_on (analysis, "2025-06-03");

  /* "On Tuesday, the Supreme Court … struck down the new surveillance law,
   * which parliament had passed …": the happening, its actor first. */
  g_assert_cmpstr (summary, ==, "The Supreme Court of Valdoria struck down the new surveillance law");
  g_assert_null (strstr (summary, "Tuesday"));
  g_assert_null (strstr (summary, "which"));
  assert_short (summary);
}

static void
test_pronoun_named (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse_ruling ();
  const char *summary = summary_on (analysis, "2025-06-04");

  /* "She said on Wednesday that …": she is the Chief Justice named in the
   * sentence before, and the date phrase goes with its preposition. */
  g_assert_true (g_str_has_prefix (summary, "Elena Marsh said that the law"));
  g_assert_null (strstr (summary, "Wednesday"));
  g_assert_null (strstr (summary, " on "));
  assert_short (summary);
}

static void
test_long_sentence_cut_at_a_word (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse_ruling ();
  const char *summary = summary_on (analysis, "2025-06-05");
  const char *without_date =
    "Interior minister Karl Voss, who had drafted the law, announced that the government would write a new "
    "bill with stronger safeguards for journalists, lawyers, doctors and members of parliament, and would "
    "present it to the cabinet before the summer recess";
  g_autofree char *kept = NULL;

  /* A sentence of 240 characters is cut after a whole word, with "…"; the
   * aside after the minister's name stays, since it comes before the
   * main clause's verb. */
  assert_short (summary);
  g_assert_true (g_str_has_suffix (summary, "…"));
  kept = g_strndup (summary, strlen (summary) - strlen ("…"));
  g_assert_true (g_str_has_prefix (without_date, kept));
  g_assert_cmpint (without_date[strlen (kept)], ==, ' ');
  g_assert_true (g_str_has_prefix (summary, "Interior minister Karl Voss, who had drafted the law, announced that"));
}

/* Dashes a page set before the text are no part of the title. */
static void
test_dashes_before_the_text_go (void)
{
  g_autoptr(DossierGazetteer) gazetteer = dossier_gazetteer_new_default ();
  g_autoptr(DossierAnalysis) analysis = dossier_analysis_new (gazetteer);
  const char *summary;

  dossier_analysis_add_document (analysis, dossier_test_clean_string (
    "Mill closes\nPublished: 2 March 2026\n\n"
    "\xe2\x80\x94 -- The paper mill in Ostervik closed on Monday after ninety years, its owner Harald Brink said.\n"));
  dossier_analysis_run (analysis);
  summary = summary_on (analysis, "2026-03-02");
  g_assert_true (g_str_has_prefix (summary, "The paper mill in Ostervik closed"));
}

/* "March 9 (Nordwire) — The ferry …": the wire's dateline goes, its credit
 * too. */
static void
test_a_wires_credit_goes (void)
{
  g_autoptr(DossierGazetteer) gazetteer = dossier_gazetteer_new_default ();
  g_autoptr(DossierAnalysis) analysis = dossier_analysis_new (gazetteer);
  const char *summary;

  dossier_analysis_add_document (analysis, dossier_test_clean_string (
    "Ferry runs aground\nPublished: 9 March 2026\n\n"
    "March 9 (Nordwire) \xe2\x80\x94 The ferry Ostervik ran aground near Harwick, its owner Harald Brink said.\n"));
  dossier_analysis_run (analysis);
  summary = summary_on (analysis, "2026-03-09");
  g_assert_true (g_str_has_prefix (summary, "The ferry Ostervik ran aground"));
}

/* "As of Tuesday evening, over 1,500 …": "as of" goes with its date. */
static void
test_as_of_goes_with_its_date (void)
{
  g_autoptr(DossierGazetteer) gazetteer = dossier_gazetteer_new_default ();
  g_autoptr(DossierAnalysis) analysis = dossier_analysis_new (gazetteer);
  const char *summary;

  dossier_analysis_add_document (analysis, dossier_test_clean_string (
    "Flood toll rises\nPublished: 5 March 2026\n\n"
    "As of Tuesday evening, rescuers in Ostervik had recovered 40 bodies from the flooded harbour district.\n"));
  dossier_analysis_run (analysis);
  summary = summary_on (analysis, "2026-03-03");
  g_assert_true (g_str_has_prefix (summary, "Rescuers in Ostervik had recovered 40 bodies"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/event-summary/date-and-trailing-clause-go", test_date_and_trailing_clause_go);
  g_test_add_func ("/event-summary/pronoun-named", test_pronoun_named);
  g_test_add_func ("/event-summary/long-sentence-cut-at-a-word", test_long_sentence_cut_at_a_word);
  g_test_add_func ("/event-summary/dashes-before-the-text-go", test_dashes_before_the_text_go);
  g_test_add_func ("/event-summary/a-wires-credit-goes", test_a_wires_credit_goes);
  g_test_add_func ("/event-summary/as-of-goes-with-its-date", test_as_of_goes_with_its_date);

  return g_test_run ();
}
