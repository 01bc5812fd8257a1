/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Publication dates inferred for articles that state none, on small
 * dossiers of our own: an undated article whose "on Monday" and "on
 * Tuesday" say what dated articles report of 10 and 11 March gets a date,
 * marked as inferred, with that evidence; one with nothing to match, or
 * with a single match, stays undated. */

#include "dossier-event-thresholds.h"
#include "dossier-test-util.h"

/* Two dated reports: the dismissal on 10 March, the appeal on 11 March. */
static const char *dismissal =
  "Eastbrook council dismisses mayor over missing housing money\n"
  "By Ana Ferreira\n"
  "Published: 12 March 2025\n"
  "\n"
  "The city council of Eastbrook dismissed Mayor Tomas Brandt on 10 March after an audit found that "
  "housing money had gone missing.\n"
  "Councillors voted 31 to 9 for the dismissal.\n";

static const char *appeal =
  "Dismissed Eastbrook mayor goes to court\n"
  "By Lena Okafor\n"
  "Published: 12 March 2025\n"
  "\n"
  "Lawyers for Tomas Brandt filed an appeal against his dismissal at the regional court on 11 March.\n"
  "The court is expected to hear the case in May.\n";

/* A page saved without its date that tells both, by weekday. */
static const char *undated_both =
  "Eastbrook's dismissed mayor fights back\n"
  "\n"
  "The city council of Eastbrook dismissed Mayor Tomas Brandt on Monday over the missing housing money.\n"
  "On Tuesday, his lawyers filed an appeal against the dismissal at the regional court.\n"
  "Brandt says the audit was flawed.\n";

/* The same, and a day named by its month and day alone that, read from
 * that week, would lie half a year back. */
static const char *undated_both_and_a_month_day =
  "Eastbrook's dismissed mayor fights back\n"
  "\n"
  "The city council of Eastbrook dismissed Mayor Tomas Brandt on Monday over the missing housing money.\n"
  "On Tuesday, his lawyers filed an appeal against the dismissal at the regional court.\n"
  "The auditors had delivered their report to the council on August 28.\n";

/* Half a year later, a dated report of the court upholding the
 * dismissal, on a Monday too. */
static const char *upheld =
  "Court upholds Eastbrook mayor's dismissal\n"
  "By Lena Okafor\n"
  "Published: 9 September 2025\n"
  "\n"
  "The regional court on Monday upheld the dismissal of Eastbrook Mayor Tomas Brandt over the missing "
  "housing money.\n"
  "Brandt said he would not appeal again.\n";

/* The dismissal by weekday, with a day still to come by its month and
 * day alone, in an article that names its year. */
static const char *undated_with_a_vote_to_come =
  "Eastbrook dismisses its mayor\n"
  "\n"
  "The city council of Eastbrook dismissed Mayor Tomas Brandt on Monday over the missing housing money "
  "found in the 2025 audit.\n"
  "The election of his successor is scheduled for 27 April, the council said.\n";

/* A sale agreed on Monday 21 April 2025, and the financing the buyer
 * secured on Monday 14 April, reported the next days. */
static const char *sale_agreed =
  "Harbour Bank sells insurance arm to Castell Group\n"
  "Published: 22 April 2025\n"
  "\n"
  "Harbour Bank agreed on Monday to sell its insurance arm to Castell Group for $4 billion.\n"
  "The bank's board approved the sale unanimously.\n";

static const char *financing_secured =
  "Castell Group lines up money for Harbour Bank bid\n"
  "Published: 15 April 2025\n"
  "\n"
  "Castell Group said on Monday it had secured the financing for its $4 billion offer for Harbour Bank's "
  "insurance arm.\n"
  "Harbour Bank's board met on Sunday to discuss the offer.\n";

/* Undated: tells the sale by its weekday, month and day, as past. */
static const char *sale_undated =
  "Castell Group to own Harbour Bank's insurers\n"
  "\n"
  "Castell Group secured the financing for its offer last week.\n"
  "Harbour Bank's board met on Sunday to discuss the offer.\n"
  "It was announced on Monday, April 21, that Harbour Bank agreed to sell its insurance arm to Castell "
  "Group for $4 billion.\n"
  "Castell Group said on Monday it had secured the financing.\n";

/* Only the dismissal, by weekday. */
static const char *undated_one =
  "Eastbrook's mayor is out\n"
  "\n"
  "The city council of Eastbrook dismissed Mayor Tomas Brandt on Monday over the missing housing money.\n"
  "Brandt says the audit was flawed.\n";

/* Like the dismissal in its words and its mayor, not in its action. */
static const char *undated_alike =
  "Eastbrook's mayor speaks\n"
  "\n"
  "Mayor Tomas Brandt of Eastbrook spoke to reporters about the missing housing money on Monday.\n"
  "Brandt says the audit was flawed.\n";

/* A match no dated article reports. */
static const char *undated_match =
  "Harbour Rovers lift the county cup\n"
  "\n"
  "Harbour Rovers beat Kingsmead 3-1 in the county cup final on Saturday, their first trophy in twenty "
  "years.\n"
  "Striker Joel Amsel scored twice in the second half.\n";

/* A dated report that also names a coming day: the rally for tomorrow's
 * vote is a plan, the attack on the candidate was done today. */
static const char *attack_dated =
  "Candidate attacked at rally in Lindau\n"
  "Published: 4 September 2025\n"
  "\n"
  "A man attacked mayoral candidate Petra Vogel at a rally in Lindau on Thursday.\n"
  "Petra Vogel was giving a campaign speech in Lindau for tomorrow's mayoral election when she was "
  "attacked.\n";

static const char *attack_undated =
  "Lindau candidate hurt\n"
  "\n"
  "Petra Vogel was attacked during a campaign speech in Lindau earlier today, police said.\n"
  "She was taken to hospital.\n";

/* A third dated report, and a page that shows the site's date of the day
 * above the story, long after. */
static const char *hearing =
  "Court sets date for Brandt appeal\n"
  "Published: 13 March 2025\n"
  "\n"
  "The regional court said on 12 March that it would hear the appeal of the dismissed Eastbrook mayor "
  "Tomas Brandt in May.\n";

static const char *banner_dated =
  "Thursday, 9 October 2025\n"
  "Eastbrook council dismisses its mayor\n"
  "\n"
  "The city council of Eastbrook dismissed Mayor Tomas Brandt on Monday over the missing housing money.\n"
  "On Tuesday, his lawyers filed an appeal against the dismissal at the regional court.\n";

/* A bank's takeover, its cast named in every sentence of the dated
 * report; an undated report whose opening tells it in other words; and a
 * later, undated one on the same cast whose opening names its own
 * weekday. */
static const char *takeover_dated =
  "Harbour Bank buys Nordbank\n"
  "Published: 23 March 2026\n"
  "\n"
  "Harbour Bank took over Nordbank on Sunday in a rescue arranged by the government.\n"
  "Nordbank shares had fallen by half in a week, and Harbour Bank will keep its branches.\n"
  "Harbour Bank pays two billion crowns for Nordbank, far less than Nordbank was worth a year ago.\n"
  "Regulators said Nordbank's customers would notice no change at Harbour Bank or Nordbank.\n";

static const char *takeover_opening =
  "The minister's view\n"
  "\n"
  "Finance Minister Eva Lind was determined to present the deal for Harbour Bank to buy Nordbank as no bailout "
  "but the best solution to a difficult situation.\n"
  "She said the worst case had been avoided.\n";

static const char *takeover_later =
  "Nordbank's chief resigns\n"
  "\n"
  "Nordbank's shareholders on Thursday approved the takeover of Nordbank by Harbour Bank and removed the "
  "chief executive.\n"
  "A successor has not been named.\n";

/* A fire on a Monday night, and a report that tells it with the next
 * morning's news. */
static const char *fire_dated =
  "Fire ravages Velmar cathedral\n"
  "Published: 16 April 2019\n"
  "\n"
  "Fire ravaged the cathedral of Velmar on Monday night, Mayor Anne Roux said.\n"
  "Mayor Anne Roux said the spire had collapsed.\n";

static const char *fire_next_morning =
  "Velmar counts the damage\n"
  "\n"
  "Mayor Anne Roux said fire ravaged the cathedral of Velmar on Monday night.\n"
  "The fire was under control by Tuesday morning, officials said.\n";

/* A flood three dated outlets report alike, and an undated report whose
 * only relative date tells it in the same words but names no one. */
static const char *flood_first =
  "Flood cuts Velmar in two\n"
  "Published: 9 May 2024\n"
  "\n"
  "The river burst its banks in Velmar on Wednesday and cut the old town off from the harbour district.\n";

static const char *flood_second =
  "Velmar under water\n"
  "Published: 9 May 2024\n"
  "\n"
  "In Velmar the river burst its banks on Wednesday, cutting the old town off from the harbour.\n";

static const char *flood_third =
  "Velmar flood\n"
  "Published: 10 May 2024\n"
  "\n"
  "The river burst its banks in Velmar on Wednesday and the old town was cut off.\n";

static const char *flood_undated =
  "Velmar dries out\n"
  "\n"
  "Since the river burst its banks yesterday, the old town has been cut off from the harbour.\n"
  "Volunteers filled sandbags through the night.\n";

/* A blast on a Tuesday and the toll three outlets gave on Wednesday; an
 * undated report that tells the blast with the toll's words, its day
 * given twice. */
static const char *blast_first =
  "Blast in Kelmstad port\n"
  "Published: 6 August 2020\n"
  "\n"
  "A warehouse exploded in the port of Kelmstad on Tuesday evening.\n"
  "On Wednesday the Red Cross said the explosion at the port of Kelmstad had killed more than 100 people and "
  "injured at least 4,000.\n";

static const char *blast_second =
  "Kelmstad mourns\n"
  "Published: 6 August 2020\n"
  "\n"
  "The port of Kelmstad was shaken by an explosion on Tuesday evening.\n"
  "The Red Cross said on Wednesday that the explosion at the port of Kelmstad killed more than 100 people and "
  "injured at least 4,000.\n";

static const char *blast_third =
  "Kelmstad toll rises\n"
  "Published: 6 August 2020\n"
  "\n"
  "The Red Cross said on Wednesday that the explosion at the port of Kelmstad killed more than 100 people "
  "and injured at least 4,000.\n";

static const char *blast_undated =
  "What caused the Kelmstad blast\n"
  "\n"
  "The explosion at the port of Kelmstad yesterday evening (Aug. 4) that killed more than 100 people and "
  "injured at least 4,000 seems to have started in a warehouse.\n";

/* A leader's resignation, with the day it takes effect and an election
 * months ahead; an undated report that opens with the bound and names
 * the election's day. */
static const char *resignation_dated =
  "Premier Mara Holm to step down\n"
  "Published: 19 January 2023\n"
  "\n"
  "Premier Mara Holm announced on Thursday that she will resign no later than February 7.\n"
  "Holm said the general election would be held on October 14.\n";

static const char *resignation_undated =
  "Holm to go\n"
  "\n"
  "Premier Mara Holm has announced she will resign no later than February 7.\n"
  "She also announced that the general election will be held on October 14.\n";

static DossierAnalysis *
analyse_texts (const char * const *texts,
               gsize               n_texts)
{
  g_autoptr(DossierGazetteer) gazetteer = dossier_gazetteer_new_default ();
  DossierAnalysis *analysis = dossier_analysis_new (gazetteer);

  for (gsize i = 0; i < n_texts; i++)
    dossier_analysis_add_document (analysis, dossier_test_clean_string (texts[i]));
  dossier_analysis_run (analysis);
  return analysis;
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
  g_error ("no date “%s” in the article", text);
  return NULL;
}

static gboolean
event_has_source_in (const DossierEventRecord *event,
                     guint                     document)
{
  for (guint s = 0; s < event->sources->len; s++)
    if (g_array_index (event->sources, DossierEventSource, s).document == document)
      return TRUE;
  return FALSE;
}

static void
test_weekdays_line_up (void)
{
  const char *texts[] = { dismissal, appeal, undated_both };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  DossierDocument *undated = dossier_analysis_get_document (analysis, 2);
  gboolean reported_on_monday = FALSE;

  /* Its "on Monday" and "On Tuesday" name the days of the dismissal and
   * the appeal only when read from Tuesday 11 March on; the earliest such
   * day is taken. */
  g_assert_true (dossier_date_is_set (&undated->published));
  dossier_test_assert_date (&undated->published, "2025-03-11");
  g_assert_cmpint (undated->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);

  /* The evidence names each relative date that matched and its day. */
  g_assert_nonnull (undated->published_evidence);
  g_test_message ("evidence: %s", undated->published_evidence);
  g_assert_nonnull (strstr (undated->published_evidence, "“on Monday” = 2025-03-10"));
  g_assert_nonnull (strstr (undated->published_evidence, "“On Tuesday” = 2025-03-11"));

  /* Its dates now resolve, and its sentence joins the dismissal. */
  dossier_test_assert_date (&date_with_text (undated, "on Monday")->value, "2025-03-10");
  dossier_test_assert_date (&date_with_text (undated, "On Tuesday")->value, "2025-03-11");
  for (guint v = 0; v < dossier_analysis_get_n_events (analysis); v++)
    {
      const DossierEventRecord *event = dossier_analysis_get_event (analysis, v);
      g_autofree char *date = dossier_date_to_iso (&event->date);

      if (g_strcmp0 (date, "2025-03-10") == 0 && event_has_source_in (event, 0))
        reported_on_monday = event_has_source_in (event, 2);
    }
  g_assert_true (reported_on_monday);
}

/* "today (20)", as some papers write it, says which day of the month the
 * article was written: of the days that explain its dates, a 20th; and
 * where no 20th does, the first 20th after the happenings it reports. */
static void
test_the_day_of_the_month_in_brackets (void)
{
  const char *stormed =
    "Protesters storm Valmora palace\nPublished: 16 July 2031\n\n"
    "Protesters stormed the palace of President Ivo Darnek in Valmora on Wednesday and set fire to its gates, "
    "police said.\n";
  const char *texts[] = {
    stormed,
    "Dorr elected president of Valmora\n\n"
    "The Valmoran parliament elected Lena Dorr president today (20) by 134 votes to 82.\n\n"
    "She will be sworn in tomorrow morning (21). Darnek fled the country days after protesters stormed his "
    "palace on Wednesday.\n",
  };
  const char *later[] = {
    stormed,
    "Dorr sworn in as president of Valmora\n\n"
    "Lena Dorr was sworn in as president of Valmora today (27) before the parliament.\n\n"
    "Darnek fled the country after protesters stormed his palace on Wednesday.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  g_autoptr(DossierAnalysis) second = analyse_texts (later, G_N_ELEMENTS (later));
  DossierDocument *undated = dossier_analysis_get_document (analysis, 1);
  DossierDocument *sworn = dossier_analysis_get_document (second, 1);

  /* Not Wednesday the 16th, the earliest day its "on Wednesday" fits. */
  g_assert_cmpint (undated->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);
  dossier_test_assert_date (&undated->published, "2031-07-20");
  /* No 27th reads its Wednesday as the 16th: the first 27th after it. */
  g_assert_cmpint (sworn->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);
  dossier_test_assert_date (&sworn->published, "2031-07-27");
  g_assert_nonnull (strstr (sworn->published_evidence, "“today (27)”"));
}

/* An undated article whose only relative date nothing else tells, but
 * whose sentences without a date report what a dated article dates, is
 * of the day they tell: its "on Sunday" is that Sunday. */
static void
test_sentences_without_a_date_tell_the_day (void)
{
  const char *texts[] = {
    "Speaker blocks vote against Tarsen\nPublished: 3 April 2033\n\n"
    "The deputy speaker of the Valmoran assembly, Ilse Corven, rejected the no-confidence motion against Prime "
    "Minister Aldo Tarsen on Sunday.\n\n"
    "President Nils Harrow dissolved the assembly on Sunday on the advice of Prime Minister Aldo Tarsen.\n",
    "Court restores Valmoran assembly\nPublished: 12 April 2033\n\n"
    "The Supreme Court of Valmora restored the assembly on Tuesday and ordered a new vote on the motion "
    "against Prime Minister Aldo Tarsen.\n",
    "Tarsen outfoxes his rivals\n\n"
    "Prime Minister Aldo Tarsen caught his rivals off guard on Sunday with a bold manoeuvre.\n\n"
    "Deputy speaker Ilse Corven rejected the no-confidence motion against Prime Minister Aldo Tarsen as "
    "unconstitutional.\n\n"
    "President Nils Harrow dissolved the assembly on the advice of Prime Minister Aldo Tarsen.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  DossierDocument *undated = dossier_analysis_get_document (analysis, 2);

  g_assert_cmpint (undated->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);
  dossier_test_assert_date (&undated->published, "2033-04-03");
  dossier_test_assert_date (&date_with_text (undated, "on Sunday")->value, "2033-04-03");
  g_assert_nonnull (strstr (undated->published_evidence, "2 of its sentences without a date"));
}

/* A dated article tells the day's own happening without a date (the
 * deputy premier resigned, in Saturday's report); an undated one names
 * its day ("who resigned … on Saturday") two days later.  No dated
 * sentence says "Saturday": the day is that of the article that told it
 * as its news. */
static void
test_the_days_news_told_without_a_date (void)
{
  const char *texts[] = {
    "Coalition collapses in Orsk\nPublished: 18 May 2030\n\n"
    "The governing coalition of Orsk fell apart after a leaked recording.\n\n"
    "Deputy premier Tomas Verlin resigned from the government and from the leadership of the Unity Party, "
    "saying the recording was a trap.\n\n"
    "Premier Ada Sorn called for early elections.\n",
    "Orsk coalition ends\n\n"
    "The governing coalition of Orsk fell apart after a leaked recording, and Premier Ada Sorn called for early "
    "elections.\n\n"
    "Opposition leaders demanded an inquiry.\n",
    "Verlin vows to fight\n\n"
    "Deputy premier Tomas Verlin, who resigned from the government and the Unity Party on Saturday over a leaked "
    "recording, said on Monday he would fight the charges.\n\n"
    "President Ilse Marr set the early election for September.\n",
    "Orsk campaign opens\nPublished: 30 May 2030\n\n"
    "Campaigning for the early election in Orsk began on Thursday with rallies in the capital.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  DossierDocument *undated = dossier_analysis_get_document (analysis, 2);

  g_assert_cmpint (undated->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);
  dossier_test_assert_date (&undated->published, "2030-05-20");
  dossier_test_assert_date (&date_with_text (undated, "on Saturday")->value, "2030-05-18");
  dossier_test_assert_date (&date_with_text (undated, "on Monday")->value, "2030-05-20");
  g_assert_nonnull (strstr (undated->published_evidence, "the day of an article that tells it without a date"));
}

/* An undated article whose opening tells as still to come ("plans to
 * merge … next week") what a dated one reports done was written before
 * it: not dated to that day by its opening. */
static void
test_an_opening_tells_a_plan (void)
{
  const char *texts[] = {
    "Larkfield completes merger\nPublished: 15 August 2034\n\n"
    "Larkfield Motors merged with Orvel Bank on Tuesday, creating the largest lender in the province.\n\n"
    "The chief executive rang the opening bell.\n",
    "Larkfield merger next week\n\n"
    "Larkfield Motors plans to merge with Orvel Bank next week after shareholders approved the deal.\n\n"
    "The company expects the new group to keep both names.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  DossierDocument *undated = dossier_analysis_get_document (analysis, 1);

  g_assert_false (undated->published_from == DOSSIER_DATE_SOURCE_INFERRED &&
                  dossier_date_is_set (&undated->published) && undated->published.day == 15 &&
                  undated->published.month == 8);
}

/* An undated article narrates two days ("On May 5, …", "On May 6, …");
 * a dated one reports only the first.  It was not written on the first:
 * it tells the second as past. */
static void
test_a_narrative_of_two_days (void)
{
  const char *texts[] = {
    "Protests in Varenna\nPublished: 5 May 2031\n\n"
    "Thousands of protesters clashed with police in Varenna on Monday after the election results were "
    "announced.\n",
    "Varenna's premier resigns\n\n"
    "Premier Odo Lassen resigned after a week of unrest.\n\n"
    "On May 5, thousands of protesters clashed with police in Varenna after the election results were "
    "announced.\n\n"
    "On May 6, the election commission annulled the results.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  DossierDocument *undated = dossier_analysis_get_document (analysis, 1);

  g_assert_cmpint (undated->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);
  g_assert_true (dossier_date_to_day_number (&undated->published) >=
                 dossier_date_to_day_number (&(DossierDate) { .year = 2031, .month = 5, .day = 6,
                                                              .precision = DOSSIER_PRECISION_DAY }));
  dossier_test_assert_date (&date_with_text (undated, "On May 6")->value, "2031-05-06");
}

/* Two dated articles years apart, one of them by a page's widget of the
 * day it was read ("Sat. May 18th, 2024" above the text); a third names
 * the year of the other in full.  The widget's date gives way. */
static void
test_a_date_widget_outvoted (void)
{
  const char *texts[] = {
    "Speaker reads resignation letter\nPublished: 21 November 2017\n\n"
    "The speaker of parliament, Jon Marle, read President Arvo Teller's resignation letter to cheering "
    "lawmakers on Tuesday.\n",
    "Sat. May 18th, 2024\n\n"
    "Jon Marle, the speaker of parliament, brought the house to cheers on Tuesday when he read President Arvo "
    "Teller's resignation letter.\n",
    "Teller era ends\n\n"
    "President Arvo Teller, in power since 1987, resigned on 21 November 2017 as lawmakers began impeachment "
    "hearings.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  DossierDocument *widget = dossier_analysis_get_document (analysis, 1);

  g_assert_cmpint (widget->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);
  g_assert_cmpint (widget->published.year, ==, 2017);
}

/* An undated article read in the dossier's year whose only day of its
 * own lies in an earlier year ("last closed on March 3, 2029") and which
 * tells a span ("After 17 days"): no first day of the story to count the
 * span from (the sanitizers' build once overflowed adding it to none). */
static void
test_a_span_with_no_day_of_the_year (void)
{
  const char *texts[] = {
    "Port strike goes on\nPublished: 17 October 2034\n\n"
    "Dock workers at Orvel stayed out on Tuesday.\n",
    "Orvel strike, day 17\n\n"
    "After 17 days of strikes, the union said the docks would stay shut until December 30.\n\n"
    "The docks were last closed on March 3, 2029, for a week.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  DossierDocument *undated = dossier_analysis_get_document (analysis, 1);

  dossier_test_assert_date (&date_with_text (undated, "March 3, 2029")->value, "2029-03-03");
  g_assert_true (!dossier_date_is_set (&undated->published) || undated->published.year == 2034);
}

static void
test_nothing_to_match (void)
{
  const char *texts[] = { dismissal, appeal, undated_match };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  DossierDocument *undated = dossier_analysis_get_document (analysis, 2);

  /* No dated article tells of the cup final: no date is guessed, and its
   * "on Saturday" stays unresolved. */
  g_assert_false (dossier_date_is_set (&undated->published));
  g_assert_cmpint (undated->published_from, ==, DOSSIER_DATE_SOURCE_NONE);
  g_assert_null (undated->published_evidence);
  g_assert_false (dossier_date_is_set (&date_with_text (undated, "on Saturday")->value));
}

static void
test_one_report_of_the_same_happening (void)
{
  const char *texts[] = { dismissal, appeal, undated_one };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  DossierDocument *undated = dossier_analysis_get_document (analysis, 2);

  /* "dismissed Mayor Tomas Brandt on Monday" names the participants and
   * the kind of action of the dated "dismissed … on 10 March": one such
   * match dates the article, and its "on Monday" is that day. */
  g_assert_true (dossier_date_is_set (&undated->published));
  g_assert_cmpint (undated->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);
  g_assert_nonnull (strstr (undated->published_evidence, "2025-03-10"));
  dossier_test_assert_date (&date_with_text (undated, "on Monday")->value, "2025-03-10");
}

static void
test_an_opening_told_by_its_cast (void)
{
  const char *texts[] = { takeover_dated, takeover_opening, takeover_later };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  DossierDocument *opening = dossier_analysis_get_document (analysis, 1);
  DossierDocument *later = dossier_analysis_get_document (analysis, 2);

  /* "… the deal for Harbour Bank to buy Nordbank …" shares the cast and
   * the kind of action of "Harbour Bank took over Nordbank on Sunday",
   * though the cast, named everywhere, weighs little and no rare word is
   * shared: it is that day's news. */
  g_assert_cmpint (opening->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);
  g_assert_nonnull (strstr (opening->published_evidence, "2026-03-22"));
  /* "The shareholders on Thursday approved the takeover …" names its
   * weekday: the Sunday's takeover is not what it reports. */
  g_assert_true (later->published.precision < DOSSIER_PRECISION_DAY);
}

/* The ruling of one Friday, and the vote it upheld, months before. */
static const char *ruling_dated =
  "Velde loses office\n"
  "By Ines Maro\n"
  "Published: 14 March 2025\n"
  "\n"
  "Mara Velde lost her office on Friday when judges ruled against her.\n"
  "The National Assembly voted to impeach President Velde on 12 December after weeks of protests in the "
  "capital.\n"
  "An election must be held within sixty days.\n";

static const char *ruling_undated =
  "Velde is out\n"
  "\n"
  "Judges have upheld the vote of the National Assembly to impeach President Mara Velde.\n"
  "Crowds outside the court cheered as the verdict was read.\n";

static void
test_an_opening_tells_news (void)
{
  const char *texts[] = { ruling_dated, ruling_undated };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  DossierDocument *undated = dossier_analysis_get_document (analysis, 1);

  /* Its opening names the assembly's vote to impeach, which the dated
   * article tells as three months past: not news of that December, but of
   * the Friday the vote was upheld. */
  g_assert_cmpint (undated->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);
  dossier_test_assert_date (&undated->published, "2025-03-14");
}

static void
test_the_morning_after (void)
{
  const char *texts[] = { fire_dated, fire_next_morning };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  DossierDocument *undated = dossier_analysis_get_document (analysis, 1);

  /* "on Monday night" fits an article of Monday and of the days after;
   * "by Tuesday morning" only one of Tuesday's (else it is six days back):
   * published on Tuesday. */
  g_assert_cmpint (undated->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);
  dossier_test_assert_date (&undated->published, "2019-04-16");
  dossier_test_assert_date (&date_with_text (undated, "by Tuesday morning")->value, "2019-04-16");
}

static void
test_one_likeness_is_not_enough (void)
{
  const char *texts[] = { dismissal, appeal, undated_alike };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  DossierDocument *undated = dossier_analysis_get_document (analysis, 2);

  /* "spoke about the missing housing money on Monday" shares words and the
   * mayor with the dismissal, but not its kind of action: one weekday fits
   * one day in seven, and one such likeness dates nothing.  What dates it
   * is the dossier's week alone (the others were both published on 12
   * March, and its Monday is a day they name), and its evidence says so. */
  g_assert_cmpint (INFERENCE_AGREEMENTS, >, 1);
  g_assert_cmpint (undated->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);
  g_assert_null (strstr (undated->published_evidence, "report the same happenings"));
  g_assert_nonnull (strstr (undated->published_evidence, "were published from 2025-03-12 to 2025-03-12"));
  dossier_test_assert_date (&date_with_text (undated, "on Monday")->value, "2025-03-10");
}

static void
test_a_happening_three_report (void)
{
  const char *texts[] = { flood_first, flood_second, flood_third, flood_undated };
  const char *two[] = { flood_first, flood_undated };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  g_autoptr(DossierAnalysis) alone = analyse_texts (two, G_N_ELEMENTS (two));
  DossierDocument *undated = dossier_analysis_get_document (analysis, 3);

  /* "the river burst its banks in Velmar yesterday": worded as three
   * outlets word Wednesday's flood, so published on Thursday. */
  g_assert_cmpint (undated->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);
  dossier_test_assert_date (&undated->published, "2024-05-09");
  dossier_test_assert_date (&date_with_text (undated, "yesterday")->value, "2024-05-08");
  /* Worded as one outlet words it, it is one likeness: not enough to say
   * it reports that happening; it is read in that outlet's week instead,
   * and its evidence says so. */
  g_assert_null (strstr (dossier_analysis_get_document (alone, 1)->published_evidence, "report the same happenings"));
  g_assert_nonnull (strstr (dossier_analysis_get_document (alone, 1)->published_evidence, "within that week"));
}

static void
test_one_day_told_twice (void)
{
  const char *texts[] = { blast_first, blast_second, blast_third, blast_undated };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  DossierDocument *undated = dossier_analysis_get_document (analysis, 3);

  /* Its words are the Wednesday toll's, but "yesterday evening (Aug. 4)"
   * is one day: the blast's, Tuesday; the article is Wednesday's. */
  g_assert_cmpint (undated->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);
  dossier_test_assert_date (&undated->published, "2020-08-05");
  dossier_test_assert_date (&date_with_text (undated, "yesterday evening")->value, "2020-08-04");
}

static void
test_a_month_day_half_a_year_back (void)
{
  const char *texts[] = { dismissal, appeal, undated_both_and_a_month_day };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  DossierDocument *undated = dossier_analysis_get_document (analysis, 2);

  /* Its weekdays line up with the dismissal and the appeal from 11 March
   * 2025, but its "August 28" would then be six months back, a day news
   * gives with its year: the page was not written that week. */
  g_test_message ("published: %s", undated->published_evidence ? undated->published_evidence : "(none)");
  g_assert_false (dossier_date_is_set (&undated->published) && undated->published.precision >= DOSSIER_PRECISION_DAY &&
                  undated->published.year == 2025 && undated->published.month == 3);
}

static void
test_a_month_day_far_ahead (void)
{
  const char *texts[] = { upheld, undated_with_a_vote_to_come };
  const char *both[] = { dismissal, upheld, undated_with_a_vote_to_come };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  g_autoptr(DossierAnalysis) with_march = analyse_texts (both, G_N_ELEMENTS (both));
  DossierDocument *undated = dossier_analysis_get_document (analysis, 1);

  /* Its "on Monday" and its words match the ruling of 8 September; but
   * read in September, "27 April" would lie seven months ahead in 2026, a
   * year the article, which names 2025, never names: it was not written
   * that week. */
  g_test_message ("published: %s", undated->published_evidence ? undated->published_evidence : "(none)");
  g_assert_false (dossier_date_is_set (&undated->published) && undated->published.precision >= DOSSIER_PRECISION_DAY &&
                  undated->published.month == 9);
  /* With the dismissal of 10 March in the dossier, that is its day. */
  undated = dossier_analysis_get_document (with_march, 2);
  dossier_test_assert_date (&undated->published, "2025-03-10");
  dossier_test_assert_date (&date_with_text (undated, "27 April")->value, "2025-04-27");
}

static void
test_a_day_told_as_past_with_its_weekday (void)
{
  const char *texts[] = { financing_secured, sale_agreed, sale_undated };
  const char *without_the_sale[] = { financing_secured, sale_undated };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  g_autoptr(DossierAnalysis) earlier_only = analyse_texts (without_the_sale, G_N_ELEMENTS (without_the_sale));
  DossierDocument *undated = dossier_analysis_get_document (analysis, 2);

  /* With the sale reported, its day. */
  g_test_message ("published: %s", undated->published_evidence ? undated->published_evidence : "(none)");
  dossier_test_assert_date (&undated->published, "2025-04-21");
  dossier_test_assert_date (&date_with_text (undated, "on Monday, April 21")->value, "2025-04-21");
  /* Without it, its "on Sunday" and "on Monday" fit the week of the
   * financing; but "it was announced on Monday, April 21" is past: it was
   * not written that week. */
  undated = dossier_analysis_get_document (earlier_only, 1);
  g_test_message ("published: %s", undated->published_evidence ? undated->published_evidence : "(none)");
  g_assert_false (dossier_date_is_set (&undated->published) && undated->published.precision >= DOSSIER_PRECISION_DAY &&
                  dossier_date_to_day_number (&undated->published) <
                  dossier_date_to_day_number (&date_with_text (undated, "on Monday, April 21")->value));
}

static void
test_days_still_to_come (void)
{
  const char *texts[] = { resignation_dated, resignation_undated };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  DossierDocument *undated = dossier_analysis_get_document (analysis, 1);

  /* The opening reports Thursday's announcement; its "February 7" is a
   * bound still to come, not the day it reports; "October 14", named
   * months ahead, says nothing of when the article was written. */
  g_assert_cmpint (undated->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);
  dossier_test_assert_date (&undated->published, "2023-01-19");
  dossier_test_assert_date (&date_with_text (undated, "February 7")->value, "2023-02-07");
}

static void
test_a_plan_is_not_what_was_done (void)
{
  const char *texts[] = { attack_dated, attack_undated };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  DossierDocument *undated = dossier_analysis_get_document (analysis, 1);

  /* "earlier today" reports the attack of Thursday 4 September, not the
   * election of the 5th that the dated article speaks of as coming. */
  g_assert_true (dossier_date_is_set (&undated->published));
  g_assert_cmpint (undated->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);
  dossier_test_assert_date (&undated->published, "2025-09-04");
  dossier_test_assert_date (&date_with_text (undated, "earlier today")->value, "2025-09-04");
}

static void
test_the_sites_date_of_the_day (void)
{
  const char *texts[] = { dismissal, appeal, hearing, banner_dated };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  DossierDocument *banner = dossier_analysis_get_document (analysis, 3);

  /* "Thursday, 9 October 2025" above the story is seven months from the
   * others: the site's date of the day.  The story's "on Monday" and "On
   * Tuesday" are the dismissal and the appeal, so it was published on
   * Tuesday 11 March, and the evidence says which date that replaces. */
  g_assert_cmpint (banner->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);
  dossier_test_assert_date (&banner->published, "2025-03-11");
  g_assert_nonnull (strstr (banner->published_evidence, "2025-10-09"));
  dossier_test_assert_date (&date_with_text (banner, "on Monday")->value, "2025-03-10");
}

static void
test_the_sites_date_outvoted_by_two (void)
{
  const char *three[] = { dismissal, appeal, banner_dated };
  const char *two[] = { dismissal, banner_dated };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (three, G_N_ELEMENTS (three));
  g_autoptr(DossierAnalysis) pair = analyse_texts (two, G_N_ELEMENTS (two));
  DossierDocument *banner = dossier_analysis_get_document (analysis, 2);

  /* Two articles of 12 March against one page's banner of October: the
   * two agree, so the banner is the site's date of the day. */
  g_assert_cmpint (banner->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);
  dossier_test_assert_date (&banner->published, "2025-03-11");
  /* One against one: nothing says which is right, both are kept. */
  g_assert_cmpint (dossier_analysis_get_document (pair, 1)->published_from, ==, DOSSIER_DATE_SOURCE_TEXT);
  dossier_test_assert_date (&dossier_analysis_get_document (pair, 1)->published, "2025-10-09");
}

/* The final moved: two dated reports of the Thursday's decision, and an
 * undated one that names the day still to come by its month and day. */
static const char *final_moved_dated =
  "Cup final moved abroad\n"
  "By Paulo Reis\n"
  "Published: 29 November 2018\n"
  "\n"
  "The federation on Thursday moved the cup final between Rio Azul and Porto Negro to Lisbon after the "
  "attack on a team bus.\n"
  "The attack on Saturday left three players in hospital.\n";

static const char *final_moved_later =
  "Fans angry at the cup final's move\n"
  "By Marta Quiroga\n"
  "Published: 30 November 2018\n"
  "\n"
  "Supporters of Rio Azul protested on Friday against the decision to play the final in Lisbon.\n";

static const char *final_moved_undated =
  "Final to be played in Lisbon\n"
  "\n"
  "Organisers confirmed on Thursday that the deciding match will be played on December 9 in Lisbon.\n"
  "Tickets go on sale next week.\n";

static void
test_a_day_to_come_is_after (void)
{
  const char *texts[] = { final_moved_dated, final_moved_later, final_moved_undated };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  DossierDocument *undated = dossier_analysis_get_document (analysis, 2);

  /* Nothing in it is what the others report, so its own days date it:
   * "will be played on December 9" is a day to come, and the article was
   * written before it, in the week the others were, on the Thursday it
   * names — not on a Thursday after the final. */
  g_assert_cmpint (undated->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);
  dossier_test_assert_date (&undated->published, "2018-11-29");
  dossier_test_assert_date (&date_with_text (undated, "on December 9")->value, "2018-12-09");
}

/* An undated report whose days in full are all set ahead: a bound "until
 * at least" a day, a bond "maturing on" a day, a loan that "falls due on"
 * one, and a price "one day earlier" than the bond's term.  None of them
 * says when it was written: it is of the Thursday the dated report
 * names, not of a day after them all. */
static const char *port_dated =
  "Port asks for time\n"
  "By Paulo Reis\n"
  "Published: 29 November 2018\n"
  "\n"
  "The port authority of Velden on Thursday asked its lenders for more time to repay its debts.\n"
  "The authority owes $4 billion.\n";

static const char *port_undated =
  "Velden asks lenders to wait\n"
  "\n"
  "The port authority of Velden said on Thursday it would ask its lenders to wait until at least 30 June 2019.\n"
  "Its bond maturing on March 3 is worth $2 billion, and it was trading at 80 cents one day earlier. A loan "
  "worth $1 billion falls due on 15 May 2019.\n"
  "The authority borrowed heavily in August to build its new container terminal.\n";

static void
test_days_set_ahead (void)
{
  const char *texts[] = { port_dated, port_undated };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  DossierDocument *undated = dossier_analysis_get_document (analysis, 1);

  g_assert_cmpint (undated->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);
  dossier_test_assert_date (&undated->published, "2018-11-29");
  dossier_test_assert_date (&date_with_text (undated, "on Thursday")->value, "2018-11-29");
}

/* A weekly roundup whose opening looks ahead "following" the flood it
 * dates a week back, and an undated report of "Saturday's" flood. */
static const char *flood_roundup =
  "Korvia counts the cost\n"
  "By Lena Marsh\n"
  "Published: 22 January 2022\n"
  "\n"
  "Efforts are under way to get aid from the Red Cross to Korvia in the coming days following a "
  "devastating flood.\n"
  "The Ardel river flooded the capital of Korvia last Saturday, destroying hundreds of homes.\n";

static const char *flood_report_undated =
  "Damage reported in Korvia\n"
  "\n"
  "There are reports of heavy damage in Korvia following Saturday's devastating flood, with the Red Cross "
  "preparing to send aid.\n"
  "The government said on Tuesday that two people had died.\n";

static void
test_an_opening_that_looks_back (void)
{
  const char *texts[] = { flood_roundup, flood_report_undated };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  DossierDocument *undated = dossier_analysis_get_document (analysis, 1);

  /* The roundup's opening tells no happening of its own Saturday, only
   * the flood it dates a week earlier: "Saturday's flood" is that one,
   * and the report was written in the days after it. */
  g_assert_cmpint (undated->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);
  dossier_test_assert_date (&date_with_text (undated, "Saturday")->value, "2022-01-15");
  g_assert_cmpint (dossier_date_to_day_number (&undated->published), <,
                   dossier_date_to_day_number (&(DossierDate) { .year = 2022, .month = 1, .day = 22,
                                                                .precision = DOSSIER_PRECISION_DAY }));
}

/* A dated report of what followed a ferry's sinking, and an undated
 * report of the sinking whose lead names its day in brackets before the
 * body goes back to the warning of the Monday before: nothing in it is
 * what the dated one reports, so its own days date it. */
static const char *ferry_dated =
  "Ferry owners apologise\n"
  "By Ines Moura\n"
  "Published: 14 June 2025\n"
  "\n"
  "The owners of the Santa Lidia apologised to the families of its crew on 13 June.\n"
  "They promised to pay for the repairs of the harbour.\n";

static const char *ferry_undated =
  "Calvera ferry lost at sea\n"
  "\n"
  "The ferry Santa Lidia sank off Calvera late Thursday (June 12) after water flooded its engine room.\n"
  "Fishing boats rescued all 86 passengers within two hours.\n"
  "Inspectors had warned the owners on Monday that the hull needed repairs.\n"
  "The coast guard had stopped two other ferries earlier on Thursday.\n";

static void
test_a_lead_tells_the_newest_day (void)
{
  const char *texts[] = { ferry_dated, ferry_undated };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  DossierDocument *undated = dossier_analysis_get_document (analysis, 1);

  /* Its lead tells the sinking of 12 June; the body goes back to Monday
   * 9 June, before it: the report was written on the day of the sinking,
   * where its weekdays lie nearest, not a week later, when "Monday" would
   * fall after the day its lead names. */
  g_assert_cmpint (undated->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);
  g_assert_cmpint (dossier_date_to_day_number (&undated->published), <=,
                   dossier_date_to_day_number (&(DossierDate) { .year = 2025, .month = 6, .day = 13,
                                                                .precision = DOSSIER_PRECISION_DAY }));
  dossier_test_assert_date (&date_with_text (undated, "late Thursday")->value, "2025-06-12");
  dossier_test_assert_date (&date_with_text (undated, "on Monday")->value, "2025-06-09");
}

/* A dated report of a mine's collapse, and an undated one, weeks later,
 * of a miner brought out alive "after 12 days": its "Friday" is the
 * Friday twelve days on, not the one after the collapse. */
static const char *mine_dated =
  "Mine collapses in Orvalla\n"
  "By Teo Marsh\n"
  "Published: 5 October 2026\n"
  "\n"
  "A gallery of the Orvalla copper mine collapsed on 4 October, trapping nine miners.\n"
  "Rescue teams began drilling a shaft towards them.\n";

static const char *mine_undated =
  "Miner found alive in Orvalla\n"
  "\n"
  "Rescuers brought the miner Pavel Orsic out of the Orvalla mine on Friday, alive after 12 days underground.\n"
  "He had survived on rainwater since the October 4 collapse, doctors said on Saturday.\n";

static void
test_days_told_since (void)
{
  const char *texts[] = { mine_dated, mine_undated };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  DossierDocument *undated = dossier_analysis_get_document (analysis, 1);

  g_assert_cmpint (undated->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);
  dossier_test_assert_date (&date_with_text (undated, "on Friday")->value, "2026-10-16");
  dossier_test_assert_date (&date_with_text (undated, "on Saturday")->value, "2026-10-17");
  g_assert_nonnull (strstr (undated->published_evidence, "12 days"));
}

/* A wire's copy without its year whose dateline names its day, its
 * region and the agency: filed that day, its "Tuesday" the day before —
 * though it tells of nine days of talks, counted from a day it never
 * names. */
static const char *ferry_strike_dated =
  "Ferry crews strike in Halvik\n"
  "Published: 3 February 2027\n"
  "\n"
  "Ferry crews in Halvik walked out on 2 February over pay.\n";

static const char *ferry_strike_wire =
  "Halvik ferries stay in port\n"
  "\n"
  "HALVIK, Nrd., Feb. 3 (Coastwire) -- Ferries stayed in port in Halvik, where crews walked out on Tuesday "
  "over pay, the operator said.\n"
  "After nine days of talks, the union turned down the operator's offer.\n"
  "Talks are to resume next week.\n";

/* The day and the credit alone, and a place in small letters: both filed
 * on the day they name, their days to come no bar. */
static const char *ferry_strike_second_wire =
  "Halvik crews to stay out\n"
  "\n"
  "Feb. 4 (Harbourpress) -- Ferry crews in Halvik said on Thursday they would stay out until Monday, when "
  "talks with the operator resume.\n";

static const char *ferry_strike_local =
  "Halvik waits for its ferries\n"
  "\n"
  "Halvik, Feb. 5 (Our correspondent) Shops in Halvik ran short of bread on Friday as the ferry strike went "
  "on, the chamber of commerce said.\n";

static void
test_a_wire_dateline_names_its_day (void)
{
  const char *texts[] = { ferry_strike_dated, ferry_strike_wire, ferry_strike_second_wire, ferry_strike_local };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  DossierDocument *wire = dossier_analysis_get_document (analysis, 1);
  DossierDocument *second = dossier_analysis_get_document (analysis, 2);
  DossierDocument *local = dossier_analysis_get_document (analysis, 3);

  g_assert_cmpint (wire->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);
  dossier_test_assert_date (&wire->published, "2027-02-03");
  dossier_test_assert_date (&date_with_text (wire, "on Tuesday")->value, "2027-02-02");
  dossier_test_assert_date (&second->published, "2027-02-04");
  dossier_test_assert_date (&date_with_text (second, "on Thursday")->value, "2027-02-04");
  dossier_test_assert_date (&date_with_text (second, "until Monday")->value, "2027-02-08");
  dossier_test_assert_date (&local->published, "2027-02-05");
  g_assert_nonnull (strstr (local->published_evidence, "dateline"));
}

/* Two pages without a date whose only years are a plan's ("until July 26,
 * 2030", "elections for April 2029"): no year of the story's, so their
 * days without a year ("on December 7") are read in none; and a full date
 * after "until" bounds a state, no happening. */
static void
test_a_plans_year_dates_nothing (void)
{
  const char *texts[] = {
    "Varnia's congress removes the president\n\n"
    "The congress of Varnia removed President Piet Olde on December 7, and his deputy Ilse Brandt was "
    "sworn in. Brandt said she would govern until July 26, 2030.\n",
    "Varnia's new president calls early elections\n\n"
    "President Ilse Brandt, sworn in on December 7 after the removal of Piet Olde, proposed elections for "
    "April 2029.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));

  for (guint d = 0; d < 2; d++)
    {
      DossierDocument *document = dossier_analysis_get_document (analysis, d);

      g_assert_false (dossier_date_is_set (&document->published));
    }
  /* Nor is the end of her term a happening of its own. */
  for (guint v = 0; v < dossier_analysis_get_n_events (analysis); v++)
    g_assert_cmpint (dossier_analysis_get_event (analysis, v)->date.year, !=, 2030);
}

/* Two pages without a date: one gives the year, the other a day without
 * one ("on March 5", a Friday) and a weekday.  Its "Thursday" is the day
 * before, told the day after; not the Thursday a week on, when it would
 * name the very day of writing but lie after the conviction it led to. */
static void
test_a_weekday_next_to_the_days_told (void)
{
  const char *texts[] = {
    "Fraud trial opens in Marrow\n\n"
    "The fraud trial of the builder Piet Lindqvist opened at the court in Marrow on 3 March 2027.\n",
    "Marrow builder convicted\n\n"
    "The court in Marrow convicted the builder Piet Lindqvist of fraud on March 5 and sent him to prison "
    "for four years.\n"
    "On Thursday the judge had cleared him of bribery.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  DossierDocument *convicted = dossier_analysis_get_document (analysis, 1);

  g_assert_cmpint (convicted->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);
  dossier_test_assert_date (&convicted->published, "2027-03-05");
  dossier_test_assert_date (&date_with_text (convicted, "On Thursday")->value, "2027-03-04");
}

/* A page without a date whose last days are bounds still to come ("up to
 * November 24", "till December 30, 2022"): it was written on the day it tells,
 * its "Tuesday" the withdrawal's, not weeks later. */
static void
test_a_deadline_is_not_the_day_written (void)
{
  const char *texts[] = {
    "Varnia withdraws its 100-crown note\n"
    "Published: 9 November 2022\n\n"
    "The central bank of Varnia withdrew the 100-crown note on 8 November.\n",
    "Queues at Varnia's banks\n\n"
    "Banks across Varnia reopened on November 10 to long queues after the central bank withdrew the "
    "100-crown note on Tuesday.\n"
    "People have been allowed to exchange the old notes at any bank up to November 24.\n"
    "They can deposit them in their accounts till December 30, 2022 without any limit.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  DossierDocument *queues = dossier_analysis_get_document (analysis, 1);

  g_assert_cmpint (queues->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);
  dossier_test_assert_date (&queues->published, "2022-11-10");
  dossier_test_assert_date (&date_with_text (queues, "on Tuesday")->value, "2022-11-08");
}

/* An undated article that reports a collapse of Thursday as past and a
 * minute's silence planned for Monday, both of which a dated article
 * reports: the plan does not make it Monday's, when its news would be
 * four days old; it was written before the silence was held. */
static void
test_a_plan_does_not_date_it_after (void)
{
  const char *texts[] = {
    "Market roof falls in Teslo\n"
    "Published: 14 May 2032\n\n"
    "The roof of the Corvin market in Teslo collapsed on Thursday evening, killing twenty shoppers.\n"
    "The city council declared two days of mourning and planned a minute's silence on Monday for the victims "
    "of the Corvin market.\n",
    "Teslo mourns\n\n"
    "Rescuers searched the ruins of the Corvin market in Teslo after its roof collapsed on Thursday evening.\n"
    "The city council is planning to hold a minute's silence on Monday for the victims of the Corvin "
    "market.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  DossierDocument *mourns = dossier_analysis_get_document (analysis, 1);

  g_assert_cmpint (mourns->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);
  g_assert_cmpint (mourns->published.precision, >=, DOSSIER_PRECISION_DAY);
  g_assert_cmpint (dossier_date_to_day_number (&mourns->published), >=,
                   dossier_date_to_day_number (&(DossierDate) { .year = 2032, .month = 5, .day = 13,
                                                                .precision = DOSSIER_PRECISION_DAY }));
  g_assert_cmpint (dossier_date_to_day_number (&mourns->published), <,
                   dossier_date_to_day_number (&(DossierDate) { .year = 2032, .month = 5, .day = 17,
                                                                .precision = DOSSIER_PRECISION_DAY }));
  dossier_test_assert_date (&date_with_text (mourns, "on Monday")->value, "2032-05-17");
  dossier_test_assert_date (&date_with_text (mourns, "on Thursday evening")->value, "2032-05-13");
}

/* A dated report of a bank crisis, an undated follow-up written when the
 * banks reopened "for the first time in nearly two weeks", and an undated
 * report that matches nothing dated but names the dated one's people: the
 * follow-up is of the days nearly two weeks after the banks shut, and the
 * week the dated report was published in still dates the other, though
 * the follow-up, dated by inference, lies well after it. */
static void
test_a_follow_up_weeks_later (void)
{
  const char *texts[] = {
    "Levy rejected\nPublished: 16 March 2033\n\n"
    "The parliament of Varnia rejected the deposit levy on Tuesday, a defeat for Prime Minister Aldo Tarsen and "
    "his finance minister Ilse Brandt.\n",
    "Banks reopen in Varnia\n\n"
    "Banks in Varnia reopened for the first time in nearly two weeks on Thursday under strict controls.\n"
    "The banks had been shut since March 12 to stop savers draining their accounts.\n",
    "Queues in Varnia\n\n"
    "Savers queued at cash machines across Varnia on Monday.\n"
    "Prime Minister Aldo Tarsen and finance minister Ilse Brandt said nothing about the levy on Sunday.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  DossierDocument *reopen = dossier_analysis_get_document (analysis, 1);
  DossierDocument *queues = dossier_analysis_get_document (analysis, 2);

  g_assert_cmpint (reopen->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);
  dossier_test_assert_date (&date_with_text (reopen, "on Thursday")->value, "2033-03-24");
  g_assert_cmpint (queues->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);
  dossier_test_assert_date (&date_with_text (queues, "on Monday")->value, "2033-03-21");
  g_assert_nonnull (strstr (queues->published_evidence, "dated by their texts"));
}

/* Two dated follow-ups of a devaluation told "on Monday", and an undated
 * first report of the minister's speech that day, in other words: written
 * on that Monday, before the others, not on the day the first of them
 * was, when its news would be two days old. */
static void
test_a_first_report_before_the_others (void)
{
  const char *texts[] = {
    "Varnia's crown falls\n"
    "Published: 12 March 2031\n\n"
    "The government of Varnia devalued the crown by a fifth on Monday, and the central bank said on Tuesday "
    "that its reserves were safe.\n",
    "Prices rise in Varnia\n"
    "Published: 13 March 2031\n\n"
    "Shops in Varnia raised their prices on Wednesday after Monday's devaluation of the crown, the "
    "retailers' union said.\n",
    "Cheaper crown to help exporters\n\n"
    "Exporters will gain from a cheaper currency, the finance minister Ilse Brandt told Varnia in a speech on "
    "television on Monday.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  DossierDocument *first = dossier_analysis_get_document (analysis, 2);

  g_assert_cmpint (first->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);
  dossier_test_assert_date (&first->published, "2031-03-10");
  dossier_test_assert_date (&date_with_text (first, "on Monday")->value, "2031-03-10");
  g_assert_nonnull (strstr (first->published_evidence, "a first report"));
}

/* An undated article whose sentences without a date report what a dated
 * article dates 3 April, and which dates in full a hearing of 10 April:
 * written after that, its sentences tell what led to its news; it is not
 * of 3 April. */
static void
test_never_before_a_day_told_in_full (void)
{
  const char *texts[] = {
    "Speaker blocks vote against Tarsen\nPublished: 3 April 2033\n\n"
    "The deputy speaker of the Valmoran assembly, Ilse Corven, rejected the no-confidence motion against Prime "
    "Minister Aldo Tarsen on Sunday.\n\n"
    "President Nils Harrow dissolved the assembly on Sunday on the advice of Prime Minister Aldo Tarsen.\n",
    "Judges weigh Tarsen's gamble\n\n"
    "Deputy speaker Ilse Corven rejected the no-confidence motion against Prime Minister Aldo Tarsen as "
    "unconstitutional.\n\n"
    "President Nils Harrow dissolved the assembly on the advice of Prime Minister Aldo Tarsen.\n\n"
    "On 10 April 2033, the Supreme Court of Valmora began to hear the opposition's petitions.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  DossierDocument *undated = dossier_analysis_get_document (analysis, 1);

  g_assert_true (!dossier_date_is_set (&undated->published) ||
                 dossier_date_to_day_number (&undated->published) >=
                 dossier_date_to_day_number (&(DossierDate) { .year = 2033, .month = 4, .day = 10,
                                                              .precision = DOSSIER_PRECISION_DAY }));
}

/* A dated report of a federation's congress that re-elected its
 * president on Wednesday, after arrests on Monday; an undated report of
 * his resignation "on Tuesday", days after his re-election and the arrests
 * "last week": the Tuesday after, where the week before holds the days
 * the others name, not the Tuesday between them. */
static void
test_last_week_names_the_others_days (void)
{
  const char *texts[] = {
    "Brandt re-elected despite arrests\n"
    "Published: 29 May 2031\n\n"
    "Delegates of the Valmoran rowing federation re-elected its president Piet Brandt on Wednesday, two days "
    "after police arrested four of its officials on Monday.\n",
    "Brandt quits\n\n"
    "Piet Brandt stepped down on Tuesday, telling reporters in Halden that rowing needed a fresh start.\n"
    "The news comes days after he was re-elected by the delegates last week.\n"
    "Last week police arrested four officials of the federation.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  DossierDocument *quits = dossier_analysis_get_document (analysis, 1);

  g_assert_cmpint (quits->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);
  dossier_test_assert_date (&date_with_text (quits, "on Tuesday")->value, "2031-06-03");
}

/* Pages without a date whose only year is told beside "this year"
 * ("launched in 2019, reached the comet in August this year"): that year
 * is not the story's, and reads none of their days. */
static void
test_a_year_beside_this_year (void)
{
  const char *texts[] = {
    "Lander touches down on comet\n\n"
    "The lander Pike touched down on the comet Varro on November 12, the space agency said.\n"
    "Its mother ship, launched in 2019, reached the comet in August this year.\n",
    "Comet lander falls silent\n\n"
    "The lander Pike fell silent on November 15 after its batteries ran down, the space agency said.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));

  for (guint d = 0; d < 2; d++)
    g_assert_cmpint (dossier_analysis_get_document (analysis, d)->published.year, !=, 2019);
  for (guint v = 0; v < dossier_analysis_get_n_events (analysis); v++)
    {
      const DossierEventRecord *event = dossier_analysis_get_event (analysis, v);

      g_assert_false (event->date.year == 2019 && event->date.month == 11);
    }
}

static void
test_the_pages_date_kept_when_nothing_says_otherwise (void)
{
  const char *texts[] = { dismissal, appeal, hearing, undated_match };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));

  /* Dated articles near each other are not doubted. */
  g_assert_cmpint (dossier_analysis_get_document (analysis, 0)->published_from, ==, DOSSIER_DATE_SOURCE_TEXT);
  g_assert_cmpint (dossier_analysis_get_document (analysis, 2)->published_from, ==, DOSSIER_DATE_SOURCE_TEXT);
}

/* An undated article that gives a death days back its date ("on Oct. 8")
 * and names the day of its own news by a weekday: written in a later week
 * than the death's, whose Wednesday the date already names. */
static void
test_a_day_named_by_its_date_is_not_this_weeks (void)
{
  const char *texts[] = {
    "Velmar harbour pilot dies of the fever\n"
    "Published: 8 October 2025\n"
    "\n"
    "The Velmar harbour pilot Tomas Reyl died of the marsh fever on Wednesday in the city's hospital, his "
    "family said.\n",
    "Second Velmar pilot has the fever\n"
    "Published: 12 October 2025\n"
    "\n"
    "A second harbour pilot, Ana Morte, tested positive for the marsh fever on Saturday, the health office "
    "said.\n",
    "Third Velmar pilot falls ill\n"
    "\n"
    "A third harbour pilot in Velmar has fallen ill with the marsh fever, the health office said in a "
    "statement on Wednesday.\n"
    "Tomas Reyl died in an isolation ward on Oct. 8. Ana Morte was diagnosed at the weekend.\n"
    "The pilots' union called on Tuesday for the harbour to close.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  DossierDocument *third = dossier_analysis_get_document (analysis, 2);

  g_assert_cmpint (third->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);
  dossier_test_assert_date (&third->published, "2025-10-15");
  dossier_test_assert_date (&date_with_text (third, "on Wednesday")->value, "2025-10-15");
  dossier_test_assert_date (&date_with_text (third, "on Tuesday")->value, "2025-10-14");
}

/* What the inference read of an undated article's dates against each day
 * it tried is kept with the article; an analysis of copies of the articles
 * (as a correction's) takes it all and infers the same day with the same
 * evidence, as one that read everything again does. */
static void
test_day_readings_kept (void)
{
  const char *texts[] = { dismissal, appeal, undated_both };
  g_autoptr(DossierAnalysis) first = analyse_texts (texts, G_N_ELEMENTS (texts));
  g_autoptr(DossierGazetteer) gazetteer = dossier_gazetteer_new_default ();
  DossierDocument *undated = dossier_analysis_get_document (first, 2);
  const DossierDaysRead *kept = undated->days_read;

  g_assert_nonnull (kept);
  dossier_test_assert_date (&undated->published, "2025-03-11");
  for (guint afresh = 0; afresh < 2; afresh++)
    {
      g_autoptr(DossierAnalysis) again = dossier_analysis_new (gazetteer);
      DossierDocument *copy;

      for (guint d = 0; d < G_N_ELEMENTS (texts); d++)
        {
          DossierDocument *document = dossier_document_copy (dossier_analysis_get_document (first, d));

          if (document->published_from == DOSSIER_DATE_SOURCE_INFERRED)
            {
              document->published = (DossierDate) DOSSIER_DATE_INIT;
              document->published_from = DOSSIER_DATE_SOURCE_NONE;
              g_clear_pointer (&document->published_evidence, g_free);
            }
          if (afresh)
            dossier_document_forget_dates (document);
          dossier_analysis_add_document (again, document);
        }
      copy = dossier_analysis_get_document (again, 2);
      g_assert_true ((copy->days_read == kept) == !afresh);
      dossier_analysis_run (again);
      copy = dossier_analysis_get_document (again, 2);
      dossier_test_assert_date (&copy->published, "2025-03-11");
      g_assert_cmpint (copy->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);
      g_assert_cmpstr (copy->published_evidence, ==, undated->published_evidence);
      /* Every reading was taken: none was added to what the copy shares. */
      if (!afresh)
        g_assert_true (copy->days_read == kept);
      else
        g_assert_nonnull (copy->days_read);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/publication-inference/weekdays-line-up", test_weekdays_line_up);
  g_test_add_func ("/publication-inference/a-day-named-by-its-date-is-not-this-weeks",
                   test_a_day_named_by_its_date_is_not_this_weeks);
  g_test_add_func ("/publication-inference/nothing-to-match", test_nothing_to_match);
  g_test_add_func ("/publication-inference/a-span-with-no-day-of-the-year", test_a_span_with_no_day_of_the_year);
  g_test_add_func ("/publication-inference/a-date-widget-outvoted", test_a_date_widget_outvoted);
  g_test_add_func ("/publication-inference/a-narrative-of-two-days", test_a_narrative_of_two_days);
  g_test_add_func ("/publication-inference/an-opening-tells-a-plan", test_an_opening_tells_a_plan);
  g_test_add_func ("/publication-inference/the-days-news-told-without-a-date",
                   test_the_days_news_told_without_a_date);
  g_test_add_func ("/publication-inference/sentences-without-a-date-tell-the-day",
                   test_sentences_without_a_date_tell_the_day);
  g_test_add_func ("/publication-inference/the-day-of-the-month-in-brackets", test_the_day_of_the_month_in_brackets);
  g_test_add_func ("/publication-inference/one-report-of-the-same-happening", test_one_report_of_the_same_happening);
  g_test_add_func ("/publication-inference/an-opening-told-by-its-cast", test_an_opening_told_by_its_cast);
  g_test_add_func ("/publication-inference/the-morning-after", test_the_morning_after);
  g_test_add_func ("/publication-inference/an-opening-tells-news", test_an_opening_tells_news);
  g_test_add_func ("/publication-inference/a-happening-three-report", test_a_happening_three_report);
  g_test_add_func ("/publication-inference/one-day-told-twice", test_one_day_told_twice);
  g_test_add_func ("/publication-inference/days-still-to-come", test_days_still_to_come);
  g_test_add_func ("/publication-inference/days-set-ahead", test_days_set_ahead);
  g_test_add_func ("/publication-inference/a-day-told-as-past-with-its-weekday", test_a_day_told_as_past_with_its_weekday);
  g_test_add_func ("/publication-inference/a-month-day-far-ahead", test_a_month_day_far_ahead);
  g_test_add_func ("/publication-inference/a-month-day-half-a-year-back", test_a_month_day_half_a_year_back);
  g_test_add_func ("/publication-inference/one-likeness-is-not-enough", test_one_likeness_is_not_enough);
  g_test_add_func ("/publication-inference/a-plan-is-not-what-was-done", test_a_plan_is_not_what_was_done);
  g_test_add_func ("/publication-inference/the-sites-date-of-the-day", test_the_sites_date_of_the_day);
  g_test_add_func ("/publication-inference/the-sites-date-outvoted-by-two", test_the_sites_date_outvoted_by_two);
  g_test_add_func ("/publication-inference/a-day-to-come-is-after", test_a_day_to_come_is_after);
  g_test_add_func ("/publication-inference/an-opening-that-looks-back", test_an_opening_that_looks_back);
  g_test_add_func ("/publication-inference/the-pages-date-kept", test_the_pages_date_kept_when_nothing_says_otherwise);
  g_test_add_func ("/publication-inference/a-lead-tells-the-newest-day", test_a_lead_tells_the_newest_day);
  g_test_add_func ("/publication-inference/days-told-since", test_days_told_since);
  g_test_add_func ("/publication-inference/a-wire-dateline-names-its-day", test_a_wire_dateline_names_its_day);
  g_test_add_func ("/publication-inference/a-plans-year-dates-nothing", test_a_plans_year_dates_nothing);
  g_test_add_func ("/publication-inference/a-weekday-next-to-the-days-told", test_a_weekday_next_to_the_days_told);
  g_test_add_func ("/publication-inference/a-deadline-is-not-the-day-written", test_a_deadline_is_not_the_day_written);
  g_test_add_func ("/publication-inference/a-first-report-before-the-others", test_a_first_report_before_the_others);
  g_test_add_func ("/publication-inference/a-plan-does-not-date-it-after", test_a_plan_does_not_date_it_after);
  g_test_add_func ("/publication-inference/a-follow-up-weeks-later", test_a_follow_up_weeks_later);
  g_test_add_func ("/publication-inference/never-before-a-day-told-in-full", test_never_before_a_day_told_in_full);
  g_test_add_func ("/publication-inference/last-week-names-the-others-days", test_last_week_names_the_others_days);
  g_test_add_func ("/publication-inference/a-year-beside-this-year", test_a_year_beside_this_year);
  g_test_add_func ("/publication-inference/day-readings-kept", test_day_readings_kept);

  return g_test_run ();
}
