/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Which outlets report the same happening, on stories of our own: one
 * dismissal worded two ways, a lead sentence with no date, a "today" said
 * days before the article, a photo caption's date. */

#include "dossier-test-util.h"

static const char * const wire_report =
  "Port authority chief fired\n"
  "Published: 4 June 2025\n"
  "\n"
  "The transport ministry fired Helga Marstrand, head of the Nordhavn port authority, on Tuesday after "
  "a report on delayed cranes.\n"
  "The ministry said a new head would be named within a month.\n";

static const char * const local_report =
  "Questions remain after Marstrand's ouster\n"
  "Published: 5 June 2025\n"
  "\n"
  "Dock workers in Nordhavn were surprised by the ouster of Helga Marstrand on Tuesday, which the "
  "transport ministry announced in a short statement.\n"
  "Her deputy will run the authority until a successor is found.\n";

static const char * const lead_without_date =
  "Court overturns fishing quota\n"
  "Published: 12 May 2025\n"
  "\n"
  "The Coastal Court of Vellmar overturned the regional fishing quota for herring, siding with three "
  "fishing cooperatives.\n"
  "The judges found that the quota had been set without the required consultation.\n";

static const char * const lead_under_caption =
  "Court overturns fishing quota\n"
  "Published: 12 May 2025\n"
  "\n"
  "(The judges of the Coastal Court in session)\n"
  "The Coastal Court of Vellmar overturned the regional fishing quota for herring, siding with three "
  "fishing cooperatives.\n";

static const char * const quoted_today =
  "Runner breaks the course record\n"
  "Published: 9 April 2025\n"
  "\n"
  "\"Today I ran the race of my life,\" Amara Osei told reporters at the finish on Sunday, after breaking "
  "the course record in Kelmstad by almost a minute.\n"
  "Osei will run in Berlin next month.\n";

/* Stamped late on Sunday 2 March, a time zone behind the court; the
 * caption gives the Monday in full. */
static const char * const stamped_the_evening_before =
  "Court jails former minister for four more years\n"
  "Mar 2, 2025, 10:05 PM | Updated: Mar 3, 2025, 1:19 AM\n"
  "\n"
  "The former minister leaves the court in Lorvik on Monday, March 3, 2025, after the verdict. (Photo: "
  "Ann Lee)\n"
  "LORVIK (AP) — A court in Lorvik sentenced former minister Hale Varga to four more years in prison on "
  "Monday after finding her guilty of taking bribes, a court official said.\n"
  "Varga was convicted last month on two other charges.\n";

static const char * const with_caption =
  "Library reopens after flood\n"
  "Published: 3 March 2025\n"
  "\n"
  "The central library of Oskarby reopened on Monday, eight months after a flood closed it, city officials "
  "said in a statement released to local media.\n"
  "Photo: Readers queue outside the library on 12 July 2024. (Oskarby City Council)\n"
  "Repairs cost about two million crowns, paid mostly by the city's insurer, the officials added.\n";

static const char * const page_dates =
  "Ferry service resumes\n"
  "Published: 14 October 2025\n"
  "\n"
  "Harwick, Oct. 14 – The island ferry sailed again on Monday after a week of storms kept it in port, the "
  "operator said.\n"
  "— Harwick Ferries (@harwickferries) October 13, 2025\n"
  "A documentary about the crossing will air on Sunday at 6 p.m. on the regional channel.\n";

/* A tournament named with the year it was meant for, held a year late. */
static const char * const tournament_named_by_year =
  "Keeper saves three penalties\n"
  "Published: 14 June 2021\n"
  "\n"
  "Keeper Ari Lund saved three penalties on Sunday as Norland held on against Estmark.\n"
  "Norland beat Estmark 1-0 in their first game at a major tournament, but the Cup 2020 match will be "
  "remembered for Lund.\n";

/* An agency's archive picture above the story, its caption opening on
 * "FILE -", shown cut short above the whole caption with its credit. */
static const char * const archive_picture =
  "Court jails former mayor for three more years\n"
  "\n"
  "Mar 10, 2025, 10:05 PM | Updated: Mar 11, 2025, 1:19 am\n"
  "FILE - Former mayor Hale Varga leaves the district court in Lorvik after the first ...\n"
  "\n"
  "FILE - Former mayor Hale Varga leaves the district court in Lorvik after the first hearing of her "
  "case on June 2, 2023. (AP Photo/Ann Lee, File)\n"
  "\n"
  "LORVIK (AP) — A court in Lorvik sentenced former mayor Hale Varga to three more years in prison on "
  "Monday for taking bribes.\n";

/* A festival moved to next year, its days named twice; and a day of an
 * anniversary decades back, named again for this year. */
static const char * const festival_moved =
  "Harbour festival moved to next summer\n"
  "Published: 30 March 2025\n"
  "\n"
  "The Lorvik harbour festival will take place between July 23 and August 8 next year, its organisers said "
  "on Monday.\n"
  "The board had proposed the July 23 to August 8 dates to the city council.\n"
  "The first festival opened on June 4, 1975, and this year's would have opened on June 4.\n";

/* Two outlets on one recall; the second adds that the maker did not
 * answer, dated and undated. */
static const char * const recall_first =
  "Carmaker recalls 40,000 vans over brake fault\n"
  "Published: 5 June 2025\n"
  "\n"
  "Norvald Motors recalled 40,000 delivery vans on Wednesday after regulators found a fault in their "
  "brakes.\n";

static const char * const recall_second =
  "Norvald recalls delivery vans\n"
  "Published: 5 June 2025\n"
  "\n"
  "Norvald Motors on Wednesday recalled 40,000 delivery vans with faulty brakes, the transport regulator "
  "said.\n"
  "Norvald Motors did not immediately respond to a request for comment on Wednesday.\n"
  "Its chief executive Ilse Brandt declined to comment when reached by reporters.\n";

/* Two outlets on one storm: neither dates the bridge's closing, and one
 * also tells of the mayor's past, which the other does not. */
static const char * const storm_first =
  "Storm batters the coast near Bergen\n"
  "Published: 21 November 2025\n"
  "\n"
  "A winter storm brought winds of 140 km/h to the coast near Bergen on Thursday, cutting power to "
  "thousands of homes.\n"
  "Engineers of the Western Roads Agency closed the Sundby bridge after cracks appeared in its northern "
  "pier.\n"
  "Mayor Liv Haugen once worked as a ferry pilot on the same crossing.\n";

static const char * const storm_second =
  "Bergen counts the cost of the storm\n"
  "Published: 22 November 2025\n"
  "\n"
  "Clean-up crews worked through the night in Bergen as the region counted the damage.\n"
  "The Sundby bridge was shut by the Western Roads Agency, whose engineers found a cracked pier on its "
  "northern side.\n"
  "Schools will stay closed until Monday.\n";

/* A minister's reaction two outlets report without a date, in other
 * words; a figure's years and a record's. */
static const char * const ruling_first =
  "Court jails former mayor\n"
  "Published: 4 June 2026\n"
  "\n"
  "A court in Veldhaven on Thursday sentenced the former mayor Ivo Brandt to six years for taking bribes.\n"
  "Foreign Minister Clara Jansen stated that the judges had ruled without fear or favour.\n"
  "Port traffic rose from 2.1 million containers in 2019 to 3 million in 2025.\n"
  "It was the longest sentence for a mayor since 1998.\n";

static const char * const ruling_second =
  "Brandt gets six years\n"
  "Published: 4 June 2026\n"
  "\n"
  "Ivo Brandt, the city's former mayor, was sentenced to six years in prison on Thursday.\n"
  "“The judges ruled without fear or favour,” Foreign Minister Clara Jansen told reporters.\n"
  "Defence lawyer Piet Mol said his client would appeal; Clara Jansen once hired Mol's firm.\n";

/* Years that describe things, bound a plan or belong to the dateline. */
static const char * const described_years =
  "Former governor convicted\n"
  "Published: 12 March 2025\n"
  "\n"
  "Tallinn, March 12 (Baltic Wire - 12th Mar, 2025): A court in Tallinn on Wednesday convicted former "
  "governor Mart Kask of bribery, two years after his 2023 election defeat.\n"
  "The court also barred Kask from public office until 2040.\n"
  "His lawyer, a 2019 law graduate, said they would appeal.\n"
  "Kask lost the 2023 election to a newcomer from the Green Party.\n";

/* A wire story whose only date line opens its body, with a picture's
 * caption kept in the text, a year in an apposition and a year that
 * qualifies the thing a sentence speaks of. */
static const char * const wire_with_caption =
  "Harbour strike ends after talks\n"
  "\n"
  "KELVIK/OSLO, May 6, 2026 (by Ann Dale) — Dock workers in Kelvik ended their strike on Tuesday after "
  "the port authority agreed to raise wages.\n"
  "\n"
  "A docker waves a flag at the harbour gate after the vote on May 05, 2026 in Kelvik, Norway.\n"
  "\n"
  "Per Holm, the union's leader and a candidate in 2021, signed the deal at noon.\n"
  "\n"
  "The union's long-planned 2025 walkout had been called off at the last minute.\n";

/* No article of this dossier says when it was written: one names the
 * vote's day without its year and ties a weekday to it, another names
 * the coming inauguration in full. */
static const char * const undated_vote_report =
  "Observers praise calm vote in Marland\n"
  "\n"
  "International observers of Saturday's election said March 4 had been calm, though many polling "
  "stations opened late.\n"
  "\n"
  "The opposition leader Tomas Verhoe on Tuesday called for a recount in three provinces.\n";

static const char * const undated_result_report =
  "Verhoe rejects Marland result\n"
  "\n"
  "The electoral commission declared the governing party's candidate the winner of the March 4 election "
  "after counting ended in the capital.\n"
  "\n"
  "The new president will be sworn in on May 29, 2028.\n";

/* Days told from the day the text gave last, and a day five weeks ahead
 * with no verb of the past near. */
static const char * const told_in_sequence =
  "Ferry strike ends\n"
  "Published: 24 September 2026\n"
  "\n"
  "Ferry crews in Harwick walked out on September 14 over pay.\n"
  "The following day, the operator cancelled every crossing.\n"
  "Later that day, the harbour master closed the quay to pedestrians.\n"
  "Two days later the union met the minister, and a week later both sides signed a deal.\n"
  "The new timetable starts on 31 October.\n"
  "The operator closed its ticket offices until October 30.\n";

/* Only the first article is dated; the second reports its collapse, and
 * an inspection the day before, which only the third reports too. */
static const char * const collapse_dated =
  "Cranes collapse in Velport\n"
  "Published: 3 May 2027\n"
  "\n"
  "Two cranes of the Velport Port Authority collapsed at the container terminal on Sunday, injuring four "
  "dock workers.\n"
  "Rescue teams worked through the night.\n";

static const char * const collapse_undated =
  "Four hurt as cranes fall in Velport\n"
  "\n"
  "Two cranes of the Velport Port Authority collapsed at the container terminal, injuring four dock "
  "workers.\n"
  "On Saturday, harbour master Ines Carvo had ordered an urgent inspection of every crane at the terminal.\n";

static const char * const inspection_undated =
  "Velport inspection questioned\n"
  "\n"
  "Unions asked why the cranes were still in use after harbour master Ines Carvo ordered an urgent "
  "inspection of every crane at the terminal on Saturday.\n"
  "The port has not yet answered.\n";

/* One takeover in four wordings — a verb of two words ("took over"),
 * "agreed to buy", "was acquired", "is acquiring" — one of them with an
 * older day in a clause of comparison; and the minister who spoke at the
 * press conference, quoted in other words by each outlet. */
static const char * const takeover_wire =
  "Harbour Bank takes over Nordbank\n"
  "Published: 23 March 2026\n"
  "\n"
  "Harbour Bank took over its ailing rival Nordbank on Sunday in a deal brokered by the government.\n"
  "Finance Minister Eva Lind told reporters the country had been spared a banking collapse.\n"
  "Central bank governor Ola Berg said Nordbank had been losing money since 2019.\n";

static const char * const takeover_business =
  "Nordbank sold for a song\n"
  "Published: 23 March 2026\n"
  "\n"
  "Harbour Bank has agreed to buy Nordbank for two billion crowns, half of what the bank was worth when "
  "markets closed on Friday.\n"
  "“This is no rescue, it is a sale between two firms,” Lind said at a press conference in Kelmstad.\n"
  "Lawyers of both banks worked through the night ahead of the markets opening on Monday.\n";

static const char * const takeover_local =
  "Kelmstad wakes up to a new bank\n"
  "Published: 23 March 2026\n"
  "\n"
  "Nordbank was acquired by Harbour Bank after crunch talks on Sunday.\n"
  "Branches will open as usual, Ola Berg told local radio.\n";

/* Earlier happenings named before their years. */
static const char * const earlier_triumphs =
  "Kelmstad win the cup again\n"
  "Published: 3 November 2026\n"
  "\n"
  "Kelmstad Rovers beat Harwick 3-1 in the cup final on Sunday.\n"
  "The club have an unerring habit of winning finals, following up their triumphs of 2011 and 2015.\n"
  "Their captain, the 2019 player of the year, lifted the trophy.\n";

static const char * const takeover_brief =
  "Nordbank's sale sealed\n"
  "Published: 23 March 2026\n"
  "\n"
  "Harbour Bank is acquiring Nordbank in a rescue the government arranged.\n"
  "Staff were told in the morning.\n";

/* A narrative that nothing else dates: a day without its year, days
 * counted from it, then weekdays. */
static const char * const cave_narrative =
  "Velmar cave rescue ends\n"
  "\n"
  "On June 23, twelve hikers and their guide entered the Velmar caves during heavy rain.\n"
  "After nine days, divers found them on a ledge deep inside.\n"
  "On Sunday, the first four hikers were brought out, and the rescue went on until the guide was freed on "
  "Tuesday evening.\n"
  "The caves had been surveyed in May 2018.\n";

/* An article known to its year only, a bound in it. */
static const char * const bound_in_a_year =
  "Court rebukes premier\n"
  "\n"
  "The court found that the premier had acted unlawfully in suspending the assembly for five weeks until "
  "October 14.\n"
  "The suspension began on 9 September 2019 after a vote.\n";

/* Three undated reports of one ruling: one dated by its own full date,
 * one whose only other day ("Dec. 8") falls in a year read from the
 * others, one with a weekday alone. */
static const char * const ruling_with_full_date =
  "Veloria's court removes Kross\n"
  "\n"
  "The Constitutional Court of Veloria upheld the impeachment of President Ana Kross on Friday, removing her "
  "from office.\n"
  "The judges had heard the last arguments on March 8, 2029, after protests that began on Feb. 27.\n";
static const char * const ruling_with_earlier_day =
  "Kross out of office\n"
  "\n"
  "The Constitutional Court of Veloria upheld the impeachment of President Ana Kross on Friday, ending her "
  "term.\n"
  "Parliament had impeached her on Dec. 8 over a friend's meddling in state affairs.\n";
static const char * const ruling_with_weekday =
  "Veloria's president removed\n"
  "\n"
  "President Ana Kross was removed from office on Friday when the Constitutional Court of Veloria upheld her "
  "impeachment.\n";

/* A council's vote on a mine, told the same day by one paper and the
 * morning after by another, which alone quotes the company; a weekly
 * tells it four days on, with a union leader's words of its own day. */
static const char * const mine_vote_evening =
  "Council votes to close the Osterby mine\n"
  "Published: 8 October 2025\n"
  "\n"
  "The regional council of Velden voted on Wednesday to close the Osterby copper mine by the end of next "
  "year, after a long dispute over water pollution in the valley.\n"
  "Twenty-one councillors backed the closure and nine opposed it.\n";

static const char * const mine_vote_morning =
  "Osterby mine to close\n"
  "Published: 9 October 2025\n"
  "\n"
  "Velden's regional council decided on Wednesday that the Osterby copper mine must close by the end of "
  "next year, ending a dispute over polluted rivers.\n"
  "Tomas Brekke, chief executive of Osterby Mining, told reporters the company would appeal against the "
  "decision in the courts.\n"
  "Protesters from both sides gathered outside the council building in the rain.\n";

static const char * const mine_vote_reactions =
  "Neighbours react to the Osterby vote\n"
  "Published: 9 October 2025\n"
  "\n"
  "The regional council of Velden voted on Wednesday to close the Osterby copper mine.\n"
  "Sweden welcomed the decision, calling it overdue, Agence France-Presse reported.\n"
  "The New York Times stated that the mine had lost money for a decade.\n";

static const char * const mine_vote_weekly =
  "A valley after its mine\n"
  "Published: 12 October 2025\n"
  "\n"
  "The council's vote on Wednesday to close the Osterby copper mine has divided the valley.\n"
  "Union leader Petra Lund said the miners would stop work for a day in protest.\n";

/* A wire report filed the morning after, dated by the broadcaster's
 * report, and a paper that dates the flight itself. */
static const char * const flight_wire =
  "Former mayor leaves the country\n"
  "Published: 14 October 2025\n"
  "\n"
  "KARVIK, Oct. 14 -- Aron Fisk, the former mayor of Karvik, has fled the country and arrived in Portugal "
  "while awaiting trial for fraud, the regional broadcaster NRV reported on Tuesday.\n";

static const char * const flight_paper =
  "Fisk in Lisbon\n"
  "Published: 14 October 2025\n"
  "\n"
  "Aron Fisk, the former mayor of Karvik who is awaiting trial for fraud, fled the country on Monday and "
  "arrived in Lisbon that evening, his lawyer confirmed.\n";

/* Two outlets tell an exchange's collapse by its week alone. */
static const char * const collapse_weekly =
  "A week of ruin for Tideway\n"
  "Published: 14 November 2025\n"
  "\n"
  "The crypto exchange Tideway collapsed this week, wiping out the savings of thousands of customers "
  "across northern Europe, its founder Lena Vos admitted in a short video.\n";

static const char * const collapse_daily =
  "Investors count their losses\n"
  "Published: 13 November 2025\n"
  "\n"
  "Regulators in Oslo and Riga are examining the collapse of Tideway this week, which its founder Vos "
  "blamed on a run by panicked traders.\n";

static DossierAnalysis *
analyse (const char * const *texts,
         guint               n_texts)
{
  g_autoptr(DossierGazetteer) gazetteer = dossier_gazetteer_new_default ();
  DossierAnalysis *analysis = dossier_analysis_new (gazetteer);

  for (guint i = 0; i < n_texts; i++)
    dossier_analysis_add_document (analysis, dossier_test_clean_string (texts[i]));
  dossier_analysis_run (analysis);
  /* Every fixture: an event shows one join of two sources once, whatever
   * dates of one sentence made candidates of it. */
  for (guint v = 0; v < dossier_analysis_get_n_events (analysis); v++)
    {
      const DossierEventRecord *event = dossier_analysis_get_event (analysis, v);

      for (guint x = 0; event->links != NULL && x < event->links->len; x++)
        for (guint y = x + 1; y < event->links->len; y++)
          {
            const DossierEventLink *a = &g_array_index (event->links, DossierEventLink, x);
            const DossierEventLink *b = &g_array_index (event->links, DossierEventLink, y);

            g_assert_false ((a->source_a == b->source_a && a->source_b == b->source_b) ||
                            (a->source_a == b->source_b && a->source_b == b->source_a));
          }
    }
  return analysis;
}

static const DossierEventRecord *
event_on (DossierAnalysis *analysis,
          const char      *iso)
{
  for (guint v = 0; v < dossier_analysis_get_n_events (analysis); v++)
    {
      const DossierEventRecord *event = dossier_analysis_get_event (analysis, v);
      g_autofree char *date = dossier_date_to_iso (&event->date);

      if (g_strcmp0 (date, iso) == 0)
        return event;
    }
  return NULL;
}

/* Whether any event's source holds @text within its sentence. */
static gboolean
a_source_holds (DossierAnalysis *analysis,
                const char      *text)
{
  for (guint v = 0; v < dossier_analysis_get_n_events (analysis); v++)
    {
      const DossierEventRecord *event = dossier_analysis_get_event (analysis, v);

      for (guint k = 0; k < event->sources->len; k++)
        {
          const DossierEventSource *source = &g_array_index (event->sources, DossierEventSource, k);
          DossierDocument *document = dossier_analysis_get_document (analysis, source->document);
          DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, source->paragraph);

          if (g_strstr_len (paragraph->text + source->start, source->end - source->start, text) != NULL)
            return TRUE;
        }
    }
  return FALSE;
}

static void
test_one_dismissal_in_two_wordings (void)
{
  const char *texts[] = { wire_report, local_report };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  const DossierEventRecord *fired = event_on (analysis, "2025-06-03");
  gboolean by_action = FALSE;

  /* "fired … on Tuesday" and "the ouster … on Tuesday": one happening,
   * reported by two articles, linked by its participant and its kind of
   * action, with the words that name it. */
  g_assert_nonnull (fired);
  g_assert_cmpuint (dossier_event_record_count_articles (fired, NULL), ==, 2);
  for (guint k = 0; k < fired->links->len; k++)
    {
      const DossierEventLink *link = &g_array_index (fired->links, DossierEventLink, k);
      if ((link->reasons & DOSSIER_LINK_ACTION) && (link->reasons & DOSSIER_LINK_PARTICIPANTS))
        {
          by_action = TRUE;
          g_assert_cmpint (link->entities[0], >=, 0);
          g_assert_nonnull (link->action_a);
          g_assert_nonnull (link->action_b);
        }
    }
  g_assert_true (by_action);
}

static void
test_lead_without_date (void)
{
  const char *texts[] = { lead_without_date };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  const DossierEventRecord *ruling = event_on (analysis, "2025-05-12");
  const DossierEventSource *source;

  /* "The Coastal Court of Vellmar overturned …" says no date: news style
   * dates it by the day the article was published. */
  g_assert_nonnull (ruling);
  source = &g_array_index (ruling->sources, DossierEventSource, 0);
  g_assert_cmpint (source->dating, ==, DOSSIER_DATED_IMPLICITLY);
  g_assert_cmpuint (source->paragraph, ==, 0);
  g_assert_nonnull (strstr (ruling->summary, "overturned"));
}

static void
test_lead_under_a_caption (void)
{
  const char *texts[] = { lead_under_caption };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  const DossierEventRecord *ruling = event_on (analysis, "2025-05-12");

  /* The caption in brackets above it is an aside: the lead is the ruling. */
  g_assert_nonnull (ruling);
  g_assert_nonnull (strstr (ruling->summary, "overturned"));
}

/* A picture's line kept above the lead, telling a day gone by in the
 * present ("… addresses the audience … on Sunday"), is no lead: the lead
 * below it is the day's news, and the picture's line no event.  (The
 * cleaner takes most such lines out; one kept is made by hand here.) */
static void
test_lead_under_a_present_caption (void)
{
  g_autoptr(DossierGazetteer) gazetteer = dossier_gazetteer_new_default ();
  g_autoptr(DossierAnalysis) analysis = dossier_analysis_new (gazetteer);
  DossierDocument *document = dossier_document_new ();
  const DossierEventRecord *ruling;

  document->title = g_strdup ("Court overturns fishing quota");
  document->published = dossier_date_from_day (2025, 5, 12);
  document->published_from = DOSSIER_DATE_SOURCE_TEXT;
  dossier_document_add_paragraph (document,
                                  "Chief judge Ana Ferreira addresses the audience during the opening of the new "
                                  "court house in Vellmar on Sunday", -1, DOSSIER_PARAGRAPH_BODY, 3, 3);
  dossier_document_add_paragraph (document,
                                  "The Coastal Court of Vellmar overturned the regional fishing quota for herring, "
                                  "siding with three fishing cooperatives.", -1, DOSSIER_PARAGRAPH_BODY, 5, 5);
  dossier_analysis_add_document (analysis, document);
  dossier_analysis_run (analysis);
  ruling = event_on (analysis, "2025-05-12");

  g_assert_nonnull (ruling);
  g_assert_nonnull (strstr (ruling->summary, "overturned"));
  g_assert_null (event_on (analysis, "2025-05-11"));
}

static void
test_today_said_on_sunday (void)
{
  const char *texts[] = { quoted_today };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  DossierDocument *document = dossier_analysis_get_document (analysis, 0);

  /* Published on Wednesday 9 April; "Today" was said on Sunday 6 April. */
  for (guint i = 0; i < document->dates->len; i++)
    {
      DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, i);
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, date->paragraph);

      if (strncmp (paragraph->text + date->start, "Today", 5) == 0)
        {
          dossier_test_assert_date (&date->value, "2025-04-06");
          g_assert_cmpstr (date->rule, ==, "deictic-in-quote");
          return;
        }
    }
  g_assert_not_reached ();
}

static void
test_a_weekday_the_text_gives_in_full (void)
{
  const char *texts[] = { stamped_the_evening_before };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  DossierDocument *document = dossier_analysis_get_document (analysis, 0);

  /* Read from Sunday 2 March, "on Monday" would be 24 February; the text
   * gives Monday 3 March in full: the sentence is that day's. */
  dossier_test_assert_date (&document->published, "2025-03-02T22:05");
  for (guint i = 0; i < document->dates->len; i++)
    {
      DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, i);
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, date->paragraph);

      if (strncmp (paragraph->text + date->start, "on Monday after", 9) == 0 &&
          strstr (paragraph->text, "sentenced") != NULL)
        {
          dossier_test_assert_date (&date->value, "2025-03-03");
          g_assert_cmpstr (date->rule, ==, "weekday-told-in-full");
          return;
        }
    }
  g_assert_not_reached ();
}

static void
test_caption_date_is_no_event (void)
{
  const char *texts[] = { with_caption };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  DossierDocument *document = dossier_analysis_get_document (analysis, 0);

  /* The caption is kept aside; its 12 July 2024 is no event. */
  g_assert_cmpuint (document->captions->len, ==, 1);
  g_assert_null (event_on (analysis, "2024-07-12"));
  g_assert_nonnull (event_on (analysis, "2025-03-03"));
}

static void
test_page_dates_are_no_events (void)
{
  const char *texts[] = { page_dates };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));

  /* The ferry sailed on Monday 13 October: that is the event. */
  g_assert_nonnull (event_on (analysis, "2025-10-13"));
  /* The dateline's 14 October is the page's, not a happening; the embedded
   * post's date is the post's; the programme note's Sunday is a schedule. */
  for (guint v = 0; v < dossier_analysis_get_n_events (analysis); v++)
    {
      const DossierEventRecord *event = dossier_analysis_get_event (analysis, v);
      g_autofree char *date = dossier_date_to_iso (&event->date);

      g_assert_cmpstr (date, !=, "2025-10-19");
      for (guint s = 0; s < event->sources->len; s++)
        {
          const DossierEventSource *source = &g_array_index (event->sources, DossierEventSource, s);
          DossierDocument *document = dossier_analysis_get_document (analysis, source->document);
          DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, source->paragraph);

          g_assert_false (source->dating == DOSSIER_DATED_BY_EXPRESSION &&
                          strncmp (paragraph->text + source->date_start, "Oct. 14", 7) == 0);
          g_assert_null (strstr (paragraph->text + source->start, "@harwickferries"));
        }
    }
}

static void
test_a_year_that_ends_a_name (void)
{
  const char *texts[] = { tournament_named_by_year };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));

  /* "at Cup 2020" names the tournament, held in 2021: the win is Sunday's,
   * and no event is dated 2020. */
  g_assert_nonnull (event_on (analysis, "2021-06-13"));
  g_assert_null (event_on (analysis, "2020"));
}

static void
test_an_archive_picture_is_no_event (void)
{
  const char *texts[] = { archive_picture };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));

  /* The sentence of Monday 10 March is the event; the archive picture,
   * cut short above the story, is no lead dated by the page's stamp. */
  g_assert_nonnull (event_on (analysis, "2025-03-10"));
  g_assert_null (event_on (analysis, "2023-06-02"));
  g_assert_false (a_source_holds (analysis, "FILE"));
}

static void
test_a_day_named_again_without_its_year (void)
{
  const char *texts[] = { festival_moved };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  DossierDocument *document = dossier_analysis_get_document (analysis, 0);
  guint july = 0, june = 0;

  /* "the July 23 to August 8 dates" are next year's, as named first; "this
   * year's … June 4" is not 1975's. */
  for (guint i = 0; i < document->dates->len; i++)
    {
      DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, i);
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, date->paragraph);
      g_autofree char *iso = dossier_date_to_iso (&date->value);

      if (strncmp (paragraph->text + date->start, "July 23", 7) == 0)
        {
          g_assert_cmpstr (iso, ==, "2026-07-23");
          july++;
        }
      if (strncmp (paragraph->text + date->start, "on June 4", 9) == 0 && date->end - date->start == 9)
        {
          g_assert_cmpint (date->value.year, !=, 1975);
          june++;
        }
    }
  g_assert_cmpuint (july, ==, 2);
  g_assert_cmpuint (june, ==, 1);
}

static void
test_no_comment_is_no_happening (void)
{
  const char *texts[] = { recall_first, recall_second };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));

  /* The recall is an event of both; that the maker did not answer is none,
   * dated or not, nor a source of the recall. */
  g_assert_nonnull (event_on (analysis, "2025-06-04"));
  g_assert_false (a_source_holds (analysis, "respond to a request"));
  g_assert_false (a_source_holds (analysis, "declined to comment"));
}

static void
test_undated_happening_told_by_two_outlets (void)
{
  const char *texts[] = { storm_first, storm_second };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  const DossierEventRecord *closing = NULL;

  /* "Engineers closed the Sundby bridge" and "The Sundby bridge was shut
   * by engineers": no date in either, but two outlets tell it within a
   * day: one event, dated by the first day it was reported. */
  for (guint v = 0; v < dossier_analysis_get_n_events (analysis); v++)
    {
      const DossierEventRecord *event = dossier_analysis_get_event (analysis, v);

      for (guint s = 0; s < event->sources->len; s++)
        {
          const DossierEventSource *source = &g_array_index (event->sources, DossierEventSource, s);
          DossierDocument *document = dossier_analysis_get_document (analysis, source->document);
          DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, source->paragraph);

          if (strstr (paragraph->text + source->start, "Sundby bridge") != NULL)
            {
              g_assert_true (closing == NULL || closing == event);
              closing = event;
              g_assert_cmpint (source->dating, ==, DOSSIER_DATED_IMPLICITLY);
            }
          /* Told by one article only, the mayor's past is no event. */
          g_assert_null (strstr (paragraph->text + source->start, "ferry pilot"));
        }
    }
  g_assert_nonnull (closing);
  g_assert_cmpuint (dossier_event_record_count_articles (closing, NULL), ==, 2);
  {
    g_autofree char *date = dossier_date_to_iso (&closing->date);
    g_assert_cmpstr (date, ==, "2025-11-21");
  }
}

static void
test_years_that_describe_things (void)
{
  const char *texts[] = { described_years };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  const DossierEventRecord *lost = event_on (analysis, "2023");

  /* Wednesday's conviction is the event of the first sentence; its
   * dateline's days and "his 2023 election defeat" are not. */
  g_assert_nonnull (event_on (analysis, "2025-03-12"));
  g_assert_null (event_on (analysis, "2040"));
  g_assert_null (event_on (analysis, "2019"));
  /* "lost the 2023 election": the year of the election told. */
  g_assert_nonnull (lost);
  g_assert_cmpuint (lost->sources->len, ==, 1);
  g_assert_nonnull (strstr (lost->summary, "lost"));
}

static void
test_wire_dateline_caption_and_described_years (void)
{
  const char *texts[] = { wire_with_caption };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  DossierDocument *document = dossier_analysis_get_document (analysis, 0);
  g_autofree char *published = dossier_date_to_iso (&document->published);

  /* The dateline that opens the body dates the story, and its Tuesday. */
  g_assert_cmpstr (published, ==, "2026-05-06");
  g_assert_cmpint (document->published_from, ==, DOSSIER_DATE_SOURCE_TEXT);
  g_assert_nonnull (event_on (analysis, "2026-05-05"));
  /* The caption's day and place date the picture; the union leader's
   * candidacy in 2021 says who he is; the 2025 walkout is a thing the
   * sentence speaks of: none is an event. */
  for (guint v = 0; v < dossier_analysis_get_n_events (analysis); v++)
    {
      const DossierEventRecord *event = dossier_analysis_get_event (analysis, v);

      for (guint k = 0; k < event->sources->len; k++)
        {
          const DossierEventSource *source = &g_array_index (event->sources, DossierEventSource, k);
          DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, source->paragraph);

          g_assert_null (strstr (paragraph->text + source->start, "waves a flag"));
        }
    }
  g_assert_null (event_on (analysis, "2021"));
  g_assert_null (event_on (analysis, "2025"));
}

static void
test_a_reaction_two_outlets_report (void)
{
  const char *texts[] = { ruling_first, ruling_second };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  const DossierEventRecord *reaction = NULL;

  /* "Jansen stated that the judges had ruled …" and "“…,” Jansen told
   * reporters": the same minister speaking, in two outlets, on the day
   * they were published — one event; what she said tells of the ruling,
   * but the speaking is news. */
  for (guint v = 0; v < dossier_analysis_get_n_events (analysis); v++)
    {
      const DossierEventRecord *event = dossier_analysis_get_event (analysis, v);

      for (guint k = 0; k < event->sources->len; k++)
        {
          const DossierEventSource *source = &g_array_index (event->sources, DossierEventSource, k);
          DossierDocument *document = dossier_analysis_get_document (analysis, source->document);
          DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, source->paragraph);

          if (strstr (paragraph->text + source->start, "Clara Jansen") != NULL &&
              strstr (paragraph->text + source->start, "Clara Jansen") < paragraph->text + source->end)
            {
              g_assert_true (reaction == NULL || reaction == event);
              reaction = event;
            }
        }
    }
  g_assert_nonnull (reaction);
  g_assert_cmpuint (dossier_event_record_count_articles (reaction, NULL), ==, 2);
  /* The lawyer names the minister, but says something else: not her
   * saying. */
  for (guint k = 0; k < reaction->sources->len; k++)
    {
      const DossierEventSource *source = &g_array_index (reaction->sources, DossierEventSource, k);
      DossierDocument *document = dossier_analysis_get_document (analysis, source->document);
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, source->paragraph);

      g_assert_false (g_str_has_prefix (paragraph->text + source->start, "Defence lawyer Piet Mol"));
    }
  /* The figure's years and the record's are no events. */
  g_assert_null (event_on (analysis, "2019"));
  g_assert_null (event_on (analysis, "2025"));
  g_assert_null (event_on (analysis, "1998"));
}

/* Whether @event has a source whose sentence contains @words. */
static gboolean
event_has (DossierAnalysis          *analysis,
           const DossierEventRecord *event,
           const char               *words)
{
  for (guint k = 0; k < event->sources->len; k++)
    {
      const DossierEventSource *source = &g_array_index (event->sources, DossierEventSource, k);
      DossierDocument *document = dossier_analysis_get_document (analysis, source->document);
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, source->paragraph);
      g_autofree char *sentence = g_strndup (paragraph->text + source->start, source->end - source->start);

      if (strstr (sentence, words) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* The first event that holds a source whose sentence contains @words. */
static const DossierEventRecord *
event_told_by (DossierAnalysis *analysis,
               const char      *words)
{
  for (guint v = 0; v < dossier_analysis_get_n_events (analysis); v++)
    {
      const DossierEventRecord *event = dossier_analysis_get_event (analysis, v);

      if (event_has (analysis, event, words))
        return event;
    }
  return NULL;
}

static void
test_a_takeover_and_its_press_conference (void)
{
  const char *texts[] = { takeover_wire, takeover_business, takeover_local, takeover_brief };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  const DossierEventRecord *takeover = event_told_by (analysis, "took over its ailing rival");
  const DossierEventRecord *minister = event_told_by (analysis, "spared a banking collapse");
  const DossierEventRecord *governor;
  g_autofree char *date = NULL;

  /* "took over" is "bought", not "took": the three wordings are one
   * takeover, on the Sunday two of them name, not the Friday one of them
   * compares the price with. */
  g_assert_nonnull (takeover);
  g_assert_true (event_told_by (analysis, "has agreed to buy Nordbank") == takeover);
  g_assert_true (event_told_by (analysis, "was acquired by Harbour Bank") == takeover);
  date = dossier_date_to_iso (&takeover->date);
  g_assert_cmpstr (date, ==, "2026-03-22");
  g_assert_cmpuint (dossier_event_record_count_articles (takeover, NULL), ==, 4);

  /* The minister spoke once, and two outlets quote her differently. */
  g_assert_nonnull (minister);
  g_assert_true (minister != takeover);
  g_assert_true (event_told_by (analysis, "This is no rescue") == minister);
  g_assert_cmpuint (dossier_event_record_count_articles (minister, NULL), ==, 2);

  /* The governor's saying is news of the day; the year he spoke of is
   * an earlier time. */
  /* Monday is when the work had to be done by, not when it was done. */
  {
    const DossierEventRecord *night = event_told_by (analysis, "worked through the night");
    g_autofree char *night_date = night != NULL ? dossier_date_to_iso (&night->date) : NULL;

    g_assert_cmpstr (night_date, !=, "2026-03-23");
  }

  governor = event_told_by (analysis, "Branches will open as usual");
  g_assert_nonnull (governor);
  g_assert_true (event_has (analysis, governor, "losing money since 2019"));
  g_assert_cmpuint (dossier_event_record_count_articles (governor, NULL), ==, 2);
}

static void
test_years_of_earlier_happenings (void)
{
  const char *texts[] = { earlier_triumphs };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));

  /* "their triumphs of 2011 and 2015": two earlier finals, each dated by
   * its year; "the 2019 player of the year" describes the captain. */
  g_assert_nonnull (event_on (analysis, "2026-11-01"));
  g_assert_nonnull (event_on (analysis, "2011"));
  g_assert_nonnull (event_on (analysis, "2015"));
  g_assert_null (event_on (analysis, "2019"));
}

static void
test_a_narrative_goes_forward (void)
{
  const char *texts[] = { cave_narrative };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  DossierDocument *document = dossier_analysis_get_document (analysis, 0);
  gboolean nine = FALSE, sunday = FALSE, tuesday = FALSE;

  /* "After nine days" is counted from 23 June; "On Sunday", told after
   * it, is the Sunday after 2 July, not the one before: the article was
   * written that day at the earliest.  Of the days all its dates can be
   * read from, the one where its weekdays lie nearest: the Tuesday (on
   * the Sunday, "Tuesday evening" would be five days back, before the
   * hikers were found). */
  for (guint i = 0; i < document->dates->len; i++)
    {
      const DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, i);
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, date->paragraph);
      g_autofree char *text = g_strndup (paragraph->text + date->start, date->end - date->start);
      g_autofree char *value = dossier_date_to_iso (&date->value);

      if (g_str_equal (text, "After nine days"))
        nine = g_str_equal (value, "2018-07-02");
      if (g_str_equal (text, "On Sunday"))
        sunday = g_str_equal (value, "2018-07-08");
      if (g_str_has_suffix (text, "Tuesday evening"))
        tuesday = g_str_equal (value, "2018-07-10");
    }
  g_assert_true (nine);
  g_assert_true (sunday);
  g_assert_true (tuesday);
  dossier_test_assert_date (&document->published, "2018-07-10");
}

static void
test_a_bound_in_an_article_of_a_year (void)
{
  const char *texts[] = { bound_in_a_year };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));

  /* "until October 14" ends a state; whether it was still to come is not
   * known without the article's day, so it dates no happening. */
  g_assert_nonnull (event_on (analysis, "2019-09-09"));
  g_assert_null (event_on (analysis, "2019-10-14"));
}

/* "N days after" something the sentence tells is the day of the
 * happening the sentence reports, which its other date gives; counted
 * from what follows only where a date opens it; none where the sentence
 * gives no day, nor for a count told roughly. */
static void
test_days_after_a_happening (void)
{
  const char *texts[] = {
    "Rescuers pull a survivor from the rubble\n"
    "Published: 12 May 2028\n"
    "\n"
    "Rescuers pulled a tailor from the rubble of the Kessing market hall on Friday, 17 days after it "
    "collapsed.\n"
    "The mayor resigned two days after Sunday's collapse, his office said.\n"
    "The inquiry will report a week after the funerals.\n"
    "Divers went back in more than two days after the first alarm on Tuesday.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  DossierDocument *document = dossier_analysis_get_document (analysis, 0);
  guint found = 0;

  for (guint i = 0; i < document->dates->len; i++)
    {
      DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, i);
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, date->paragraph);
      g_autofree char *text = g_strndup (paragraph->text + date->start, date->end - date->start);
      g_autofree char *value = dossier_date_to_iso (&date->value);

      if (g_str_equal (text, "17 days after"))
        g_assert_cmpstr (value, ==, "2028-05-12");
      else if (g_str_equal (text, "two days after"))
        g_assert_cmpstr (value, ==, "2028-05-09");
      else
        continue;
      g_assert_cmpstr (date->rule, ==, "days-after-a-happening");
      found++;
    }
  /* Not "a week after the funerals" (no day in its sentence) nor "more
   * than two days after". */
  g_assert_cmpuint (found, ==, 2);
}

/* "has refused to quit office" reports a refusal, not the resignation
 * another outlet reports that day. */
static void
test_a_refusal_is_no_resignation (void)
{
  const char *texts[] = {
    "Varnia president resigns\nPublished: 11 February 2028\n\n"
    "Piet Olde stepped down as head of state of Varnia on Friday after weeks of protests in the capital.\n",
    "Defiant leader stays\nPublished: 11 February 2028\n\n"
    "Piet Olde has refused to quit office, despite mounting calls from the army and the street.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  const DossierEventRecord *resignation = event_told_by (analysis, "stepped down as head of state");

  g_assert_nonnull (resignation);
  g_assert_cmpuint (dossier_event_record_count_articles (resignation, NULL), ==, 1);
}

/* "after 18 days of mass protests" tells what went on before the
 * ouster: no reason to join it with a report of that day's protest. */
static void
test_days_of_protests_are_no_protest (void)
{
  const char *texts[] = {
    "Varnia president ousted\nPublished: 11 February 2028\n\n"
    "Lawmakers in Varnia ousted the head of state, Piet Olde, on Friday after 18 days of mass protests in the "
    "capital.\n",
    "Crowds in the square\nPublished: 11 February 2028\n\n"
    "Thousands of students protested outside the harbour offices of Piet Olde on Friday, police said.\n",
    "Olde speaks\nPublished: 10 February 2028\n\n"
    "Piet Olde told the nation on Thursday that he would serve out his term.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  const DossierEventRecord *ouster = event_told_by (analysis, "Lawmakers in Varnia ousted");

  g_assert_nonnull (ouster);
  g_assert_cmpuint (dossier_event_record_count_articles (ouster, NULL), ==, 1);
}

static void
test_days_told_in_sequence (void)
{
  const char *texts[] = { told_in_sequence };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  DossierDocument *document = dossier_analysis_get_document (analysis, 0);
  const char *expected[][2] = {
    { "September 14", "2026-09-14" }, { "The following day", "2026-09-15" }, { "Later that day", "2026-09-15" },
    { "Two days later", "2026-09-17" }, { "a week later", "2026-09-24" }, { "31 October", "2026-10-31" },
  };

  for (gsize e = 0; e < G_N_ELEMENTS (expected); e++)
    {
      gboolean seen = FALSE;

      for (guint i = 0; i < document->dates->len; i++)
        {
          DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, i);
          DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, date->paragraph);

          if (g_strstr_len (paragraph->text + date->start, date->end - date->start, expected[e][0]) != NULL)
            {
              g_autofree char *value = dossier_date_to_iso (&date->value);

              g_assert_cmpstr (value, ==, expected[e][1]);
              seen = TRUE;
            }
        }
      g_assert_true (seen);
    }
  /* The operator's cancellation is the event of 15 September; the end of
   * the offices' closing, still to come, is none. */
  g_assert_nonnull (event_on (analysis, "2026-09-15"));
  g_assert_null (event_on (analysis, "2026-10-30"));
}

static void
test_dated_through_an_inferred_article (void)
{
  const char *texts[] = { collapse_dated, collapse_undated, inspection_undated };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  DossierDocument *second = dossier_analysis_get_document (analysis, 1);
  DossierDocument *third = dossier_analysis_get_document (analysis, 2);
  g_autofree char *second_published = dossier_date_to_iso (&second->published);

  /* The second reports the first's collapse in its opening: the day
   * after it.  The third reports only the inspection the second dates:
   * it is dated by the second, in a further round. */
  g_assert_cmpstr (second_published, ==, "2027-05-02");
  g_assert_cmpint (third->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);
  g_assert_true (third->published.precision >= DOSSIER_PRECISION_DAY);
  g_assert_nonnull (strstr (third->published_evidence, "Saturday"));
  for (guint i = 0; i < third->dates->len; i++)
    {
      DossierDateMention *date = &g_array_index (third->dates, DossierDateMention, i);
      g_autofree char *value = dossier_date_to_iso (&date->value);

      g_assert_cmpstr (value, ==, "2027-05-01");
    }
  g_assert_cmpuint (third->dates->len, ==, 1);
}

/* A wire report filed on a day without its year, after a month it tells
 * with its year: filed in a later year, the one where the weekday it names
 * is that day (April 9 is a Thursday in 2026, not in 2021 to 2025). */
static void
test_a_dateline_after_the_months_it_tells (void)
{
  const char *texts[] = {
    "Regulator fines ferry operator\n\n"
    "GENEVA, April 9. /Wire/. The maritime commission fined the ferry operator Larsen Lines for falsified safety "
    "records.\n\n"
    "The fine was announced on Thursday by commissioner Ilse Varga. The inquiry opened in May 2021 and its "
    "hearings ran for four years.\n",
    "Larsen Lines to appeal\n\n"
    "Larsen Lines said it would appeal the fine the maritime commission announced on Thursday, commissioner Ilse "
    "Varga told reporters.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  DossierDocument *wire = dossier_analysis_get_document (analysis, 0);
  g_autofree char *published = dossier_date_to_iso (&wire->published);

  g_assert_cmpstr (published, ==, "2026-04-09");
  g_assert_cmpint (wire->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);
  /* Its dateline names its day: read in the year its weekday falls on. */
  g_assert_nonnull (strstr (wire->published_evidence, "dateline in 2026"));
  g_assert_nonnull (event_on (analysis, "2026-04-09"));
  g_assert_null (event_on (analysis, "2021-04-15"));
  /* The dateline itself reports nothing. */
  for (guint v = 0; v < dossier_analysis_get_n_events (analysis); v++)
    g_assert_null (strstr (dossier_analysis_get_event (analysis, v)->summary, "GENEVA"));
}

/* An undated article dated by one happening others report: of the days
 * that explain it as well, the first, though a weekday it names lies four
 * days back then ("broke out on Tuesday"): news names the days of the
 * week just past. */
static void
test_a_weekday_four_days_back (void)
{
  const char *texts[] = {
    "Wildfire toll rises\nPublished: 10 July 2027\n\n"
    "Governor Mara Quill said at a press conference on Saturday that the death toll from the Kessel Valley "
    "wildfire had risen to 40.\n",
    "Kessel Valley fire\n\n"
    "Governor Mara Quill said at a press conference on Saturday afternoon that the death toll from the Kessel "
    "Valley wildfire would rise further.\n\n"
    "The fire, which broke out on Tuesday, destroyed more than 300 homes in the valley.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  DossierDocument *undated = dossier_analysis_get_document (analysis, 1);
  g_autofree char *published = dossier_date_to_iso (&undated->published);

  g_assert_cmpstr (published, ==, "2027-07-10");
  g_assert_cmpint (undated->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);
  g_assert_nonnull (event_on (analysis, "2027-07-06"));
  g_assert_null (event_on (analysis, "2027-07-13"));
}

/* "Ousted President Arno Vale" names a man by what was done to him: a
 * report of his return months later is no report of his ouster, and an
 * undated article about the ouster is dated by the ouster's day. */
static void
test_a_participle_before_a_title (void)
{
  const char *texts[] = {
    "Coup in Morvany\nPublished: 29 June 2031\n\n"
    "Soldiers seized President Arno Vale at dawn on Sunday and flew him into exile in Lessa.\n",
    "Curfew in Morvany\nPublished: 22 September 2031\n\n"
    "The Morvanian authorities imposed a round-the-clock curfew on Monday and shut the airports after the "
    "surprise return of ousted President Arno Vale.\n",
    "Morvany isolated\n\n"
    "Morvany was increasingly isolated tonight as the international community lined up to denounce a coup "
    "which ousted President Arno Vale.\n\n"
    "Soldiers seized Vale in his pyjamas early on Sunday and put him on a plane to Lessa.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  DossierDocument *undated = dossier_analysis_get_document (analysis, 2);
  g_autofree char *published = dossier_date_to_iso (&undated->published);

  g_assert_cmpint (undated->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);
  g_assert_cmpstr (published, <, "2031-07-06");
  g_assert_nonnull (event_on (analysis, "2031-09-22"));
}

/* An undated article's "on Aug. 21" is read in the year it gives that
 * day itself, under its photo, not in the year the dossier's other
 * articles point to. */
static void
test_a_day_whose_year_the_article_gives (void)
{
  const char *texts[] = {
    "Bishop sentenced\nPublished: 13 March 2031\n\n"
    "A county court in Kelmstad sentenced Bishop Oren Dahl to six years in prison on Wednesday.\n",
    "Bishop freed\nPublished: 7 April 2032\n\n"
    "Bishop Oren Dahl walked free from prison on Tuesday after the High Court quashed his convictions.\n",
    "Bishop Oren Dahl Loses Appeal on Convictions\n\n"
    "Bishop Oren Dahl Loses Appeal on Convictions\n"
    "Bishop Oren Dahl leaves the court of appeal in Kelmstad on Aug. 21, 2031. (Image/Kelmstad Post)\n\n"
    "KELMSTAD—Bishop Oren Dahl's appeal against his convictions was dismissed by the court of appeal on "
    "Aug. 21 by a majority of two to one.\n\n"
    "The court upheld the verdicts of the county court, and his sentence of six years stands.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  DossierDocument *undated = dossier_analysis_get_document (analysis, 2);

  g_assert_cmpint (undated->published.year, ==, 2031);
  g_assert_nonnull (event_on (analysis, "2031-08-21"));
  g_assert_null (event_on (analysis, "2032-08-21"));
}

/* An article that tells a sentencing as still to come ("will be
 * sentenced") was written before the day another reports it done, however
 * much its opening reads like that day's report. */
static void
test_a_happening_still_to_come (void)
{
  const char *texts[] = {
    "Bishop jailed\nPublished: 13 March 2031\n\n"
    "Bishop Oren Dahl was jailed for six years for sexually abusing two choirboys in Kelmstad in the 1990s.\n\n"
    "Judge Ilse Brandt sentenced Dahl to six years in prison on Wednesday.\n",
    "Bishop found guilty\n\n"
    "Bishop Oren Dahl has been found guilty of sexually abusing two choirboys in Kelmstad cathedral in the "
    "1990s.\n\n"
    "Dahl will be sentenced by Judge Ilse Brandt after a plea hearing, prosecutors said.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  DossierDocument *undated = dossier_analysis_get_document (analysis, 1);
  g_autofree char *published = dossier_date_to_iso (&undated->published);

  g_assert_nonnull (event_on (analysis, "2031-03-12"));
  /* Undated, or dated before the Wednesday of the sentencing. */
  if (undated->published.precision >= DOSSIER_PRECISION_DAY)
    g_assert_cmpstr (published, <, "2031-03-12");
}

/* What has not happened since a day dates nothing on that day. */
static void
test_nothing_since_a_day (void)
{
  const char *texts[] = {
    "Dam collapse\nPublished: 28 January 2031\n\n"
    "A tailings dam of the mining company Varn Minerals collapsed near Halden on Friday, burying its offices.\n\n"
    "No survivors have been rescued since Saturday, the fire brigade of Halden said.\n\n"
    "The mine's director Ilse Brandt has not been seen since Sunday.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));

  g_assert_nonnull (event_on (analysis, "2031-01-24"));
  g_assert_null (event_on (analysis, "2031-01-25"));
  g_assert_null (event_on (analysis, "2031-01-26"));
}

/* The outlet's own reporter reading the news tells no happening of the
 * month she names. */
static void
test_our_correspondent_says (void)
{
  const char *texts[] = {
    "Council dissolved\nPublished: 13 February 2031\n\n"
    "The army council of Morvany dissolved parliament on Sunday and suspended the constitution.\n\n"
    "Our correspondent says the announcement means elections could be held in July, instead of in September "
    "as planned.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));

  g_assert_nonnull (event_on (analysis, "2031-02-09"));
  g_assert_null (event_on (analysis, "2031-07"));
  g_assert_null (event_on (analysis, "2031-09"));
}

/* "stretched for more than 25 days" after a launch "on Nov. 16": the
 * undated report of its end was written 25 days on at least, not in the
 * week after the last day it names; a day of 1962 it recalls counts for
 * nothing. */
static void
test_a_span_that_ran_its_course (void)
{
  const char *texts[] = {
    "Probe launched\nPublished: 16 November 2033\n\n"
    "The Varn space agency launched its Kestrel probe towards the Moon on Wednesday.\n",
    "Kestrel capsule back\n\n"
    "The Kestrel mission ended Sunday as its capsule splashed down in the sea off Halden.\n\n"
    "The mission, which stretched for more than 25 days, tested the capsule's heat shield.\n\n"
    "Kestrel launched on Nov. 16 and left lunar orbit on Dec. 1. On Saturday afternoon the capsule fired "
    "its engine for the last time.\n\n"
    "The last crewed landing on the Moon ended on Dec. 14, 1962.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  DossierDocument *undated = dossier_analysis_get_document (analysis, 1);
  g_autofree char *published = dossier_date_to_iso (&undated->published);

  g_assert_cmpstr (published, ==, "2033-12-11");
  g_assert_nonnull (event_on (analysis, "2033-12-11"));
  g_assert_null (event_on (analysis, "2033-12-04"));
}

/* An undated report whose only day is one of the background ("On Dec.
 * 5, the agency ordered inspections") and whose news is of "this morning"
 * is not put on that day: nothing says which day after it it was. */
static void
test_a_background_day_and_this_morning (void)
{
  const char *texts[] = {
    "Jets grounded\nPublished: 16 January 2033\n\n"
    "The Varn aviation agency grounded all Kestrel jets on Wednesday after a second battery fire.\n",
    "Fire on a Kestrel jet at Halden\n\n"
    "A fire broke out this morning in a battery of a Kestrel jet parked at Halden airport, filling its cabin "
    "with smoke after the passengers had left, airport officials said today.\n\n"
    "Firefighters put the fire out within an hour. No one was hurt.\n\n"
    "On Dec. 5, the Varn aviation agency ordered inspections of all Kestrel jets after reports of fuel "
    "leaks.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  DossierDocument *undated = dossier_analysis_get_document (analysis, 1);
  g_autofree char *published = dossier_date_to_iso (&undated->published);

  const DossierEventRecord *fire = event_told_by (analysis, "A fire broke out this morning");

  g_assert_cmpstr (published, !=, "2032-12-05");
  if (fire != NULL)
    {
      g_autofree char *day = dossier_date_to_iso (&fire->date);

      g_assert_cmpstr (day, !=, "2032-12-05");
    }
}

/* A long caption, which also tells of other days, ends on its photo's
 * credit in brackets: none of its dates is a happening. */
static void
test_a_long_caption_with_its_credit (void)
{
  const char *texts[] = {
    "Brewer's chief quits\nPublished: 18 March 2029\n\n"
    "FILE - In a Monday, June 4, 2028 file photo, Halvor Brewing chief executive Nina Sorel speaks at the "
    "company's annual meeting in Bergen, Norway. Sorel apologised on Friday, March 16, 2029, after inspectors "
    "said the brewer had mislabelled its exports for years and shipped them to buyers in eleven countries "
    "under the wrong names. \"I am truly sorry that we have let down the people who trusted our beer,\" "
    "Sorel said in a short statement to the staff. (AP Photo/Per Lund, File)\n\n"
    "Halvor Brewing's chief executive Nina Sorel resigned on Sunday, two days after she apologised for the "
    "mislabelled exports.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));

  g_assert_nonnull (event_on (analysis, "2029-03-18"));
  g_assert_null (event_on (analysis, "2028-06-04"));
  g_assert_null (event_on (analysis, "2029-03-16"));
  /* Nor is it the article's lead: no event's source lies in it. */
  for (guint v = 0; v < dossier_analysis_get_n_events (analysis); v++)
    {
      const DossierEventRecord *event = dossier_analysis_get_event (analysis, v);

      for (guint s = 0; s < event->sources->len; s++)
        g_assert_cmpuint (g_array_index (event->sources, DossierEventSource, s).paragraph, !=, 0);
    }
}

/* Years that span a state ("during the war from 1994 until 1998") date
 * no happening; the sentence is the verdict's, of the article's day. */
static void
test_a_span_of_years (void)
{
  const char *texts[] = {
    "Tribunal convicts former commander\nPublished: 4 October 2029\n\n"
    "A tribunal in Arnhem convicted the former militia commander Oskar Venn on Thursday of crimes against "
    "civilians.\n\n"
    "The judges found Venn guilty of ordering the shelling of three villages during the war in the Drava "
    "valley from 1994 until 1998.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));

  g_assert_nonnull (event_on (analysis, "2029-10-04"));
  g_assert_null (event_on (analysis, "1994"));
  g_assert_null (event_on (analysis, "1998"));
}

/* A schedule's lines (a date, a dash, then names alone) date no happening;
 * the announcement does. */
static void
test_a_schedule_is_no_happening (void)
{
  const char *texts[] = {
    "Band announces summer tour\nPublished: 12 November 2030\n\n"
    "The Harbour Lights announced on Tuesday a tour of twelve cities next summer, their first in ten years.\n\n"
    "June 9 -- Civic Arena, Harwick, ME\n\n"
    "June 12 \xe2\x80\x93 Porter Hall at the Quay, Kessel, NH\n\n"
    "June 14 -- Riverside Amphitheatre, Dunmore, VT\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));

  g_assert_nonnull (event_on (analysis, "2030-11-12"));
  for (guint v = 0; v < dossier_analysis_get_n_events (analysis); v++)
    {
      const DossierEventRecord *event = dossier_analysis_get_event (analysis, v);

      g_assert_cmpuint (event->date.month, !=, 6);
      g_assert_null (strstr (event->summary, "Arena"));
    }
}

/* A happening one outlet dates by its day and another, weeks later, by
 * its month only, in other words: the same participant and kind of
 * action make them one event — with that day only, not with another day
 * of the month that names the same man. */
static void
test_a_month_and_one_of_its_days (void)
{
  const char *texts[] = {
    "Harbour pilot detained in Velmora\nPublished: 5 March 2032\n\n"
    "Customs officers detained the harbour pilot Anselm Krajic in Velmora on Tuesday after a search of his "
    "boat.\n\n"
    "Anselm Krajic spoke to reporters about the port's new cranes on Monday.\n",
    "Pilot's trial set for June\nPublished: 2 April 2032\n\n"
    "A court in Velmora set the trial of Anselm Krajic for June, weeks after his arrest by customs in March.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  const DossierEventRecord *detained = event_on (analysis, "2032-03-02");
  const DossierEventRecord *spoke = event_on (analysis, "2032-03-01");

  g_assert_nonnull (detained);
  g_assert_cmpuint (dossier_event_record_count_articles (detained, NULL), ==, 2);
  g_assert_nonnull (spoke);
  g_assert_cmpuint (dossier_event_record_count_articles (spoke, NULL), ==, 1);
}

/* The same by its week: "last week", told a week later. */
static void
test_a_week_and_one_of_its_days (void)
{
  const char *texts[] = {
    "Court jails former mayor of Dunmarsh\nPublished: 9 June 2032\n\n"
    "The high court in Dunmarsh sentenced the former mayor Ilse Varnhof to two years in prison on Tuesday for "
    "taking bribes.\n",
    "Former mayor begins her sentence\nPublished: 15 June 2032\n\n"
    "Ilse Varnhof reported to the prison in Ostweil on Monday, after the high court gave her two years in "
    "prison for bribery last week.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  const DossierEventRecord *sentenced = event_on (analysis, "2032-06-08");

  g_assert_nonnull (sentenced);
  g_assert_cmpuint (dossier_event_record_count_articles (sentenced, NULL), ==, 2);
}

/* The same by its year: one outlet tells the month of an arrest, another
 * only its year; the arrest of another man that year stays apart. */
static void
test_a_year_and_one_of_its_months (void)
{
  const char *texts[] = {
    "Smuggler's appeal rejected\nPublished: 12 October 2034\n\n"
    "The appeals court in Velmora rejected on Tuesday the appeal of Bruno Talvik, who evaded customs for nine "
    "years until his arrest in Ostweil in May 2031.\n",
    "Velmora upholds smuggler's sentence\nPublished: 11 October 2034\n\n"
    "Bruno Talvik was arrested in Ostweil in 2031 after a manhunt across three countries.\n\n"
    "His accountant Gero Maalund was arrested in Dunmarsh in 2031 as well.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  const DossierEventRecord *arrest = event_on (analysis, "2031-05");
  const DossierEventRecord *other = event_on (analysis, "2031");

  g_assert_nonnull (arrest);
  g_assert_cmpuint (dossier_event_record_count_articles (arrest, NULL), ==, 2);
  g_assert_cmpuint (arrest->sources->len, ==, 2);
  g_assert_nonnull (other);
  g_assert_cmpuint (other->sources->len, ==, 1);
}

/* A page's date line kept in the text, and an agency's caption closing on
 * the picture's day and its credit, date no happening. */
static void
test_a_date_line_and_an_agency_caption (void)
{
  const char *texts[] = {
    "Dam inspectors close the Vellmar reservoir\nPublished: 9 June 2031\n\n"
    "Inspectors closed the Vellmar reservoir to boats on Monday after finding seepage below the dam.\n\n"
    "A ranger walks along the crest of the Vellmar dam near Ostheim, Germany, May 28, 2031 (Wirepix)\n\n"
    "Thursday 05 June 2031\n\n"
    "The regional water board said repairs would start in the autumn.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));

  g_assert_nonnull (event_on (analysis, "2031-06-09"));
  g_assert_null (event_on (analysis, "2031-05-28"));
  g_assert_null (event_on (analysis, "2031-06-05"));
}

/* Captions in the agencies' other forms date no happening, nor is one the
 * lead above the report: who stands where in the picture; the picture's
 * place and day with no "on" between; a photographer's credit with the
 * outlet; "[Photo/Agencies]"; a day gone by told in the present; "In
 * this … photo". */
static void
test_captions_in_the_agencies_forms (void)
{
  const char *texts[] = {
    "Ferry operator fined over Lake Varn capsizing\nPublished: 14 March 2031\n\n"
    "Harbour master Ilse Brandt, left, and mayor Tomas Wend, centre, lay wreaths at the pier on Saturday.\n\n"
    "A regional court fined the ferry operator Varnline on Wednesday for overloading the boat that capsized.\n\n"
    "Varnline's chief executive Piet Olde outside the court in Halden, Norway, February 27, 2031.\n\n"
    "Relatives wait at the pier in Halden on Jan. 30, 2031. Marta Lund, Reuters\n\n"
    "Divers search the lake near Halden on January 31, 2031. [Photo/Agencies]\n\n"
    "Relatives place flowers at the harbour gate in Halden on Monday.\n\n"
    "In this February 2, 2031 photo provided by the coast guard, divers prepare to go down near Halden.\n\n"
    "The company said it would appeal.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));

  g_assert_nonnull (event_on (analysis, "2031-03-12"));
  /* "In this … photo": the wires' caption, whatever day stands between. */
  g_assert_null (event_on (analysis, "2031-02-02"));
  g_assert_null (event_on (analysis, "2031-03-08"));
  g_assert_null (event_on (analysis, "2031-03-14"));
  g_assert_null (event_on (analysis, "2031-02-27"));
  g_assert_null (event_on (analysis, "2031-01-30"));
  g_assert_null (event_on (analysis, "2031-01-31"));
  /* A paragraph that tells a day gone by in the present, the way a
   * caption does. */
  g_assert_null (event_on (analysis, "2031-03-10"));
}

/* So does one that closes on the picture's full date, year and all, even
 * of the article's own day; a sentence of the past that closes so is a
 * happening. */
static void
test_a_caption_of_the_same_day (void)
{
  const char *texts[] = {
    "Ferry raised from Lake Varn\nPublished: 18 April 2031\n\n"
    "Cranes lifted the capsized ferry from Lake Varn on Friday, after divers fixed cables to its hull.\n\n"
    "Divers of the coast guard check cables on the hull near Halden, Norway, on April 18, 2031.\n\n"
    "The ferry's operator Varnline was fined by a court in Halden on April 2, 2031.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  const DossierEventRecord *raised = event_on (analysis, "2031-04-18");

  g_assert_nonnull (raised);
  g_assert_null (event_told_by (analysis, "Divers of the coast guard"));
  g_assert_nonnull (event_on (analysis, "2031-04-02"));
}

/* Captions whose credit a copy glued to their last full stop, or gave in
 * brackets as photographer and outlet, or that tell in the present beside
 * a participle used as an adjective ("the capsized ferry"), date no
 * happening. */
static void
test_captions_with_their_credits (void)
{
  const char *texts[] = {
    "Ferry operator fined over Lake Varn capsizing\nPublished: 14 March 2031\n\n"
    "A regional court fined the ferry operator Varnline on Wednesday for overloading the boat.\n\n"
    "Divers mark the sunken ferry with buoys near Halden, Norway, on February 2, 2031.\n\n"
    "Piet Olde gestures during a news conference in Halden, Norway, on March 1, 2031.Reuters\n\n"
    "Relatives are seen at the pier in Halden on Feb. 20. They still wait for news. "
    "(Marta Lund/The Associated Press)\n\n"
    "The company said it would appeal.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));

  g_assert_nonnull (event_on (analysis, "2031-03-12"));
  g_assert_null (event_on (analysis, "2031-02-02"));
  g_assert_null (event_on (analysis, "2031-03-01"));
  g_assert_null (event_on (analysis, "2031-02-20"));
}

/* A picture's description over its caption, which repeats it with a
 * credit after a slash, is no lead: the story's first sentence is. */
static void
test_a_pictures_description_over_its_caption (void)
{
  const char *texts[] = {
    "Varnline fined\nPublished: 14 March 2031\n\n"
    "Piet Olde waves to reporters outside the court in Halden.\n\n"
    "Piet Olde waves to reporters outside the court in Halden. / Agencies\n\n"
    "A regional court fined the ferry operator Varnline for overloading the boat that capsized.\n\n"
    "The company said it would appeal.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));

  g_assert_null (event_told_by (analysis, "waves to reporters"));
  g_assert_nonnull (event_told_by (analysis, "fined the ferry operator"));
}

/* Whether one of @event's links gives @reason and names @action. */
static gboolean
linked_for (const DossierEventRecord *event,
            DossierLinkReason         reason,
            const char               *action)
{
  for (guint k = 0; k < event->links->len; k++)
    {
      const DossierEventLink *link = &g_array_index (event->links, DossierEventLink, k);

      if ((link->reasons & reason) && g_strcmp0 (link->action_a, action) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Two articles that each date one day and name its happening by one
 * noun ("Sunday's referendum", "an April 13 referendum") report it, though
 * they name no one in common and word the outcome differently. */
static void
test_one_happening_named_by_its_day (void)
{
  const char *texts[] = {
    "Charter rejected\nPublished: 14 April 2031\n\n"
    "Voters in Maren narrowly turned down the new charter of Prime Minister Ilse Brandt in Sunday's "
    "referendum, with 50.3 per cent against.\n\n"
    "Brandt said she would go on governing.\n",
    "Harwick Union seeks a new text\nPublished: 20 April 2031\n\n"
    "The Harwick Union wants to draft a new constitution before the summer.\n\n"
    "The charter of the Harwick Union, drafted over two years, was meant to be approved in an April 13 "
    "referendum, but a slim majority of the electorate voted no.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  const DossierEventRecord *vote = event_on (analysis, "2031-04-13");

  g_assert_nonnull (vote);
  g_assert_cmpuint (dossier_event_record_count_articles (vote, NULL), ==, 2);
  g_assert_true (linked_for (vote, DOSSIER_LINK_ACTION, "referendum"));
}

/* Two articles that each tell a city's council saying something on one
 * day report its statement, though they word it differently and
 * share no kind of action ("will not guarantee", "not responsible"). */
static void
test_one_speaker_on_one_day (void)
{
  const char *texts[] = {
    "Harbour debts\nPublished: 14 April 2031\n\n"
    "The Bergen council said on Monday that it will not guarantee the loans of the stricken harbour "
    "company.\n",
    "Markets slide\nPublished: 15 April 2031\n\n"
    "Bergen's council said on Monday it was not responsible for what the ferry operator owes, offering little "
    "clarity to its lenders.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  const DossierEventRecord *statement = event_on (analysis, "2031-04-14");

  g_assert_nonnull (statement);
  g_assert_cmpuint (dossier_event_record_count_articles (statement, NULL), ==, 2);
  g_assert_true (linked_for (statement, DOSSIER_LINK_PARTICIPANTS, "said"));
}

/* A later article that dates a happening to its month only ("sank off
 * Calvera in June") reports the one another dates to the day, where they
 * name the same participants and kind of action. */
static void
test_a_happening_told_by_its_month (void)
{
  const char *texts[] = {
    "Ferry sinks\nPublished: 13 June 2031\n\n"
    "The ferry Santa Lidia sank off Calvera on Thursday after water flooded its engine room.\n\n"
    "Fishing boats rescued all 86 passengers.\n",
    "Ferry owners fined\nPublished: 20 August 2031\n\n"
    "Harbour inspectors fined the owners on Monday for skipping the repairs of their ships.\n\n"
    "The Santa Lidia, the biggest of the company's eleven vessels and the pride of its Atlantic route, sank "
    "off Calvera in June, weeks after inspectors first flagged corrosion in its hull plates.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  const DossierEventRecord *sinking = event_on (analysis, "2031-06-12");

  g_assert_nonnull (sinking);
  g_assert_cmpuint (dossier_event_record_count_articles (sinking, NULL), ==, 2);
  g_assert_null (event_on (analysis, "2031-06"));
}

/* A caption that closes on a credit saying what it is ("Photo courtesy
 * of …", "Photo by …") reports nothing, though it names its day: the
 * story's first sentence is the lead. */
static void
test_a_caption_with_a_credit_named_as_such (void)
{
  const char *texts[] = {
    "Varnline fined\nPublished: 14 March 2031\n\n"
    "A regional court fined the ferry operator Varnline for overloading the boat that capsized.\n\n"
    "Harbour master Ilse Brandt said on Thursday before the court in Halden that the crews had warned the "
    "company. Photo courtesy of Halden District Court\n\n"
    "The company said it would appeal, and its lawyers called the fine unfair to the crews.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));

  g_assert_null (event_told_by (analysis, "crews had warned"));
  g_assert_nonnull (event_told_by (analysis, "fined the ferry operator"));
}

/* A happening one article alone dates to its week only ("last week") is
 * too vague for the timeline; one two outlets date so stays, as does the
 * article's own news of its day. */
static void
test_a_week_one_article_alone_tells (void)
{
  const char *texts[] = {
    "Varnline fined\nPublished: 14 March 2031\n\n"
    "A regional court fined the ferry operator Varnline on Wednesday for overloading the boat.\n\n"
    "Last week, the harbour master of Halden Ilse Brandt closed the northern pier for repairs.\n\n"
    "Brandt will serve the rest of a harbour term ending November 2032.\n\n"
    "The ferry union of Halden called a strike last week over the crews' pay.\n",
    "Halden strike\nPublished: 13 March 2031\n\n"
    "The ferry union of Halden called a strike last week, demanding better pay for the crews.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));

  g_assert_nonnull (event_told_by (analysis, "fined the ferry operator"));
  g_assert_null (event_told_by (analysis, "closed the northern pier"));
  /* The end of a term to come is no happening. */
  g_assert_null (event_on (analysis, "2032-11"));
  g_assert_nonnull (event_told_by (analysis, "called a strike last week over"));
}

/* A happening an article names by its day, weeks later ("before a March
 * 10 crash"), is the one another outlet reported that day, though the
 * sentence tells something else: its own news stays the day of its
 * article, and the day named is no bound ("before …"). */
static void
test_a_happening_named_by_its_day (void)
{
  const char *texts[] = {
    "Cargo jet crashes near Tromso\nPublished: 10 March 2031\n\n"
    "A Polar Air cargo jet crashed minutes after take-off from Tromso on Monday, killing all six crew, the "
    "airline said.\n\nRescuers reached the wreck in deep snow.\n",
    "Pilots followed procedures, report finds\nPublished: 3 April 2031\n\n"
    "Investigators say the pilots followed every procedure when their aircraft repeatedly pitched down before a "
    "March 10 crash in the Arctic.\n\n"
    "The preliminary report was handed to the transport minister in Oslo.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  const DossierEventRecord *crash = event_on (analysis, "2031-03-10");
  const DossierEventRecord *report = event_on (analysis, "2031-04-03");

  g_assert_nonnull (crash);
  g_assert_true (event_has (analysis, crash, "crashed minutes after take-off"));
  g_assert_true (event_has (analysis, crash, "March 10 crash in the Arctic"));
  g_assert_nonnull (report);
  g_assert_true (event_has (analysis, report, "Investigators say the pilots"));
}

static void
test_undated_dossier_reads_its_own_days (void)
{
  const char *texts[] = { undated_vote_report, undated_result_report };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  DossierDocument *vote = dossier_analysis_get_document (analysis, 0);
  DossierDocument *result = dossier_analysis_get_document (analysis, 1);
  g_autofree char *vote_published = dossier_date_to_iso (&vote->published);
  g_autofree char *result_published = dossier_date_to_iso (&result->published);

  /* "March 4" is read in 2028, the year of the dossier's one full date;
   * Saturday's election on March 4 and Tuesday's call after it date the
   * first report to that Tuesday, the first day both can be read from. */
  g_assert_cmpstr (vote_published, ==, "2028-03-07");
  g_assert_cmpint (vote->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);
  g_assert_nonnull (strstr (vote->published_evidence, "2028"));
  g_assert_nonnull (event_on (analysis, "2028-03-04"));
  g_assert_nonnull (event_on (analysis, "2028-03-07"));
  /* The other names no weekday: its year only, and its March 4. */
  g_assert_cmpstr (result_published, ==, "2028");
  g_assert_cmpint (result->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);

  /* Where an article is dated, its month says the year, not a full date
   * of the background another gives ("first flooded in March 2019"). */
  {
    const char *dated[] = {
      "Port reopens\nPublished: 3 June 2026\n\nThe port of Harwick reopened on Tuesday after repairs.\n",
      "Harbour history\n\nThe old quay, first flooded in March 2019, was closed on March 4 for the works.\n",
    };
    g_autoptr(DossierAnalysis) other = analyse (dated, G_N_ELEMENTS (dated));
    DossierDocument *history = dossier_analysis_get_document (other, 1);
    gboolean seen = FALSE;

    for (guint i = 0; i < history->dates->len; i++)
      {
        DossierDateMention *date = &g_array_index (history->dates, DossierDateMention, i);
        DossierParagraph *paragraph = g_ptr_array_index (history->paragraphs, date->paragraph);

        if (g_strstr_len (paragraph->text + date->start, date->end - date->start, "March 4") != NULL)
          {
            g_autofree char *value = dossier_date_to_iso (&date->value);

            g_assert_cmpstr (value, ==, "2026-03-04");
            seen = TRUE;
          }
      }
    g_assert_true (seen);
  }
}

static void
test_a_borrowed_year_gives_way (void)
{
  const char *texts[] = { ruling_with_full_date, ruling_with_earlier_day, ruling_with_weekday };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));

  /* Read alone, the second's "Dec. 8" falls in 2028 and its Friday on that
   * day; what the others report dates it to their Friday, 9 March 2029. */
  for (guint d = 0; d < G_N_ELEMENTS (texts); d++)
    dossier_test_assert_date (&dossier_analysis_get_document (analysis, d)->published, "2029-03-09");
  g_assert_nonnull (event_on (analysis, "2028-12-08"));
  g_assert_nonnull (event_on (analysis, "2029-03-09"));
}

static void
test_a_plan_in_a_long_quotation (void)
{
  const char *texts[] = {
    "Launch slips again\n"
    "Published: 21 December 2031\n"
    "\n"
    "The agency delayed the launch of the Orrin telescope on Tuesday because of high winds.\n"
    "\"Thank you to the teams working through the night. The countdown to Dec. 25 is on,\" the agency's head "
    "Mara Lind wrote.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));

  /* The delay is Tuesday's; the day the quotation looks to, in its second
   * sentence, is a plan in someone's words, no happening. */
  g_assert_nonnull (event_on (analysis, "2031-12-16"));
  g_assert_null (event_on (analysis, "2031-12-25"));
}

static void
test_an_undated_article_of_the_dossiers_week (void)
{
  const char *week[] = {
    "Bridge falls in Harwick\nPublished: 13 May 2030\n\nThe Velden bridge in Harwick collapsed on Monday, "
    "killing ten people.\n",
    "Harwick mourns\nPublished: 14 May 2030\n\nRescuers searched the river after the Velden bridge collapsed "
    "on Monday.\n",
    "A witness remembers\n\nThe span fell yesterday in a roar of steel, Ana Brill told reporters outside her "
    "home.\n",
  };
  const char *later[] = {
    week[0], week[1],
    "Engineers charged\n\nTwo engineers were charged on Tuesday over the collapse of the Velden bridge in May.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (week, G_N_ELEMENTS (week));
  g_autoptr(DossierAnalysis) other = analyse (later, G_N_ELEMENTS (later));
  DossierDocument *witness = dossier_analysis_get_document (analysis, 2);
  DossierDocument *charges = dossier_analysis_get_document (other, 2);

  /* The others were published on 13 and 14 May: the witness's
   * "yesterday" is the Monday they name, so it is Tuesday's. */
  dossier_test_assert_date (&witness->published, "2030-05-14");
  g_assert_cmpint (witness->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);
  g_assert_nonnull (strstr (witness->published_evidence, "2030-05-13"));
  /* An article that names May as past was written after May: not read
   * in the others' week. */
  g_assert_true (charges->published.precision < DOSSIER_PRECISION_DAY);
}

static void
test_a_follow_up_of_the_dossiers_week (void)
{
  const char *texts[] = {
    "Bridge falls in Coimbra\nPublished: 13 May 2030\n\nThe Velden bridge in Coimbra collapsed on Sunday, "
    "killing ten people, the mayor Ilse Morrow said.\n"
    "The Red Cross sent boats to the river.\n",
    "Coimbra mourns\nPublished: 14 May 2030\n\nRescuers searched the river after the Velden bridge collapsed "
    "on Sunday.\n",
    /* No day the others name, but their mayor, their city and the Red
     * Cross; read within the others' days, its Friday and Saturday would
     * come before the collapse it follows up. */
    "Search ends\n\nDivers of the Red Cross found two more bodies in the river at Coimbra on Friday, and the "
    "search for the missing ended on Saturday, the mayor Ilse Morrow said.\n",
    "Mayor asks for help\n\nIlse Morrow, the mayor of Coimbra, said on Wednesday that the Red Cross needed "
    "more divers.\n",
    /* Nothing the others name: another story. */
    "Lorvik lift the cup\n\nLorvik beat Tamsby 2-1 in the cup final on Saturday.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  DossierDocument *follow_up = dossier_analysis_get_document (analysis, 2);
  DossierDocument *mayor = dossier_analysis_get_document (analysis, 3);
  DossierDocument *cup = dossier_analysis_get_document (analysis, 4);

  dossier_test_assert_date (&follow_up->published, "2030-05-18");
  g_assert_cmpint (follow_up->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);
  g_assert_nonnull (strstr (follow_up->published_evidence, "week after"));
  g_assert_nonnull (event_on (analysis, "2030-05-17"));
  g_assert_null (event_on (analysis, "2030-05-10"));

  dossier_test_assert_date (&mayor->published, "2030-05-15");
  g_assert_nonnull (event_on (analysis, "2030-05-15"));

  g_assert_true (cup->published.precision < DOSSIER_PRECISION_DAY);
}

static void
test_one_dated_article_tells_the_week (void)
{
  const char *texts[] = {
    "Prosecutor: the jet was crashed\nPublished: 27 March 2031\n\nThe co-pilot of the Aerolinea jet that went "
    "down in the Pyrenees deliberately crashed it, a prosecutor in Toulouse said on Thursday.\n",
    "Families mourn\n\nFamilies gathered at the airport in Toulouse on Thursday, two days after the Aerolinea jet "
    "slammed into a mountain in the Pyrenees on Tuesday morning.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  DossierDocument *undated = dossier_analysis_get_document (analysis, 1);

  /* One dated article: the undated one's Thursday is the day that
   * article names, so it is of that week, and its Tuesday two days before
   * (the dated article names no earlier day, so nothing says the story
   * began later and the Tuesday is not read in the week after). */
  dossier_test_assert_date (&undated->published, "2031-03-27");
  g_assert_cmpint (undated->published_from, ==, DOSSIER_DATE_SOURCE_INFERRED);
  g_assert_nonnull (event_on (analysis, "2031-03-25"));
  g_assert_nonnull (event_on (analysis, "2031-03-27"));
}

static void
test_dated_after_the_week_is_read (void)
{
  const char *texts[] = {
    "Prosecutor: jet crashed on purpose\nPublished: 27 March 2031\n\n\"The co-pilot of the Aerolinea jet that went "
    "down in the Pyrenees crashed it deliberately, killing 90 people,\" a prosecutor in Toulouse said on "
    "Thursday.\n",
    "Co-pilot crashed jet\n\nThe prosecutor in Toulouse said on Thursday that the co-pilot had crashed the "
    "Aerolinea jet deliberately, killing all 90 people on board.\n",
    "Families told\n\nFamilies of the 90 victims were told in Toulouse on Thursday that the co-pilot had locked "
    "the captain out of the cockpit of the Aerolinea jet.\n",
    "Jet was crashed deliberately\n\nThe Aerolinea co-pilot seemed to have crashed the jet deliberately, killing "
    "90 people on board, the prosecutor in Toulouse said.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  DossierDocument *no_day = dossier_analysis_get_document (analysis, 3);

  /* The second and third are read in the first's week by their Thursday;
   * then three dated articles report what the fourth's opening tells, no
   * day of its own named: it is of that Thursday too. */
  dossier_test_assert_date (&dossier_analysis_get_document (analysis, 1)->published, "2031-03-27");
  dossier_test_assert_date (&no_day->published, "2031-03-27");
  g_assert_nonnull (strstr (no_day->published_evidence, "report the same happenings"));
}

static void
test_a_weekday_before_a_date_in_brackets (void)
{
  const char *texts[] = {
    "Servers down worldwide\nPublished: 19 July 2030\n\nA faulty update from Veltrix crashed millions of "
    "computers on Friday, grounding flights across Europe.\n",
    "Global outage\n\nComputers across the world crashed on Thursday (July 19) after a faulty Veltrix update, and "
    "airlines grounded flights on Friday morning.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  DossierDocument *undated = dossier_analysis_get_document (analysis, 1);

  /* 19 July 2030 is a Friday: the writer's "Thursday", a time zone away,
   * does not push the article a week later; it is of the 19th. */
  dossier_test_assert_date (&undated->published, "2030-07-19");
}

static void
test_an_opening_after_an_earlier_happening (void)
{
  const char *texts[] = {
    "Varga quits\nPublished: 13 May 2030\n\nPresident Tomas Varga resigned on Sunday after weeks of protests in "
    "Coimbra.\n",
    "Clashes in Coimbra\nPublished: 14 May 2030\n\nClashes broke out in Coimbra after the resignation of "
    "President Tomas Varga.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  const DossierEventRecord *resignation = event_on (analysis, "2030-05-12");
  const DossierEventRecord *clashes = event_on (analysis, "2030-05-14");

  /* The second opening tells Tuesday's clashes; the resignation it names
   * "after" is Sunday's, and no reason to make the clashes a report of
   * it. */
  g_assert_nonnull (resignation);
  g_assert_nonnull (clashes);
  g_assert_cmpuint (resignation->sources->len, ==, 1);
}

static void
test_a_day_long_past_told_twice (void)
{
  const char *texts[] = {
    "Hikers freed\nPublished: 10 July 2030\n\n"
    "All twelve hikers were freed from the Velmar caves on Tuesday.\n"
    "On 23 June, twelve hikers and their guide entered the Velmar caves during a storm, and flood water "
    "trapped them deep inside.\n",
    "Rescue ends\nPublished: 10 July 2030\n\n"
    "The last of the walkers came out of the caverns on Tuesday.\n"
    "On June 23rd, a dozen walkers went exploring in the Velmar caves with their guide after practice.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  const DossierEventRecord *entered = event_on (analysis, "2030-06-23");

  /* Both name 23 June, weeks before they were written, in words of their
   * own: one happening, reported by both. */
  g_assert_nonnull (entered);
  g_assert_cmpuint (dossier_event_record_count_articles (entered, NULL), ==, 2);
}

static void
test_a_life_story_is_no_happening (void)
{
  const char *texts[] = {
    "Orbly names a new chief\nPublished: 18 November 2031\n\n"
    "Orbly's board named Lena Varga interim chief executive on Friday.\n"
    "Lena Varga, an engineer who was raised in Harwick, built a solar car while an undergraduate at "
    "Kestrel College.\n",
    "Varga steps up at Orbly\nPublished: 18 November 2031\n\n"
    "Orbly has made Lena Varga its interim chief executive.\n"
    "Varga's background as an engineer includes building a solar car at Kestrel College as an undergraduate.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));

  /* Both tell how she built a car at college: her life's story, no
   * happening of the day, however alike the two sentences. */
  g_assert_nonnull (event_told_by (analysis, "named Lena Varga interim chief"));
  g_assert_null (event_told_by (analysis, "solar car"));
}

static void
test_the_same_verb_in_one_place (void)
{
  const char *texts[] = {
    "Canal open again\nPublished: 30 March 2032\n\n"
    "The giant freighter that had blocked the Kiel Canal for a week was refloated on Monday by a fleet of "
    "eleven tugs pulling at high tide, ending a costly jam for world shipping and its insurers.\n",
    "Traffic resumes\nPublished: 30 March 2032\n\n"
    "After days of dredging sand from beneath its bow, crews said the stranded vessel was refloated on Monday "
    "afternoon, and hundreds of waiting tankers, bulk carriers and container ships began moving through the "
    "Kiel Canal again.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  const DossierEventRecord *refloated = event_told_by (analysis, "giant freighter");

  /* No one named, one place in common, few words alike: the very same
   * verb on the same day makes it one happening. */
  g_assert_nonnull (refloated);
  g_assert_cmpuint (dossier_event_record_count_articles (refloated, NULL), ==, 2);
}

/* … and so do two verbs of one kind of action ("erupted", "exploded"),
 * each dated by its own sentence; not a verb of another kind that day. */
static void
test_one_kind_of_verb_in_one_place (void)
{
  const char *texts[] = {
    "Ash over the valley\nPublished: 6 June 2033\n\n"
    "Mount Velka erupted on Sunday with no warning, sending hot ash and gas down its slopes into three "
    "farming hamlets.\n\n"
    "Schools near Mount Velka reopened on Sunday evening.\n\n"
    "The farmers union asked the government for help with the harvest.\n",
    "Search goes on\nPublished: 7 June 2033\n\n"
    "The Velka volcano, 40 kilometres from the capital, exploded last Sunday, and rescuers are still digging "
    "through the ash for the missing.\n\n"
    "Prices of maize rose in the markets of the capital on Monday.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  const DossierEventRecord *erupted = event_told_by (analysis, "erupted on Sunday");
  const DossierEventRecord *reopened = event_told_by (analysis, "Schools near");

  g_assert_nonnull (erupted);
  g_assert_cmpuint (dossier_event_record_count_articles (erupted, NULL), ==, 2);
  g_assert_true (reopened == NULL || reopened != erupted);
}

/* Two outlets give one toll for one day's happening in words that share
 * nothing else: no one in common, different places, one kind of action.
 * The figure makes them one happening, and the link says so; a figure of
 * another kind of action that day, or a year, does not. */
static void
test_one_figure_told_twice (void)
{
  const char *texts[] = {
    "Farewell in the hills\nPublished: 12 October 2034\n\n"
    "Some 146 victims of the flash flood were buried on Wednesday in a hillside cemetery above Dunmora.\n\n"
    "In 2029, 146 houses along the Brenn were rebuilt on Wednesday under a programme the council approved.\n",
    "Mourning\nPublished: 12 October 2034\n\n"
    "Burials of 146 people began on Wednesday across Kelvar province while rescuers kept digging.\n\n"
    "Traders in Ostrel reopened 146 stalls on Wednesday.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  const DossierEventRecord *funerals = event_told_by (analysis, "hillside cemetery");
  const DossierEventRecord *stalls = event_told_by (analysis, "146 stalls");
  gboolean by_figure = FALSE;

  g_assert_nonnull (funerals);
  g_assert_cmpuint (dossier_event_record_count_articles (funerals, NULL), ==, 2);
  g_assert_true (event_told_by (analysis, "Burials of 146") == funerals);
  for (guint l = 0; l < funerals->links->len; l++)
    by_figure |= (g_array_index (funerals->links, DossierEventLink, l).reasons & DOSSIER_LINK_FIGURE) != 0;
  g_assert_true (by_figure);
  g_assert_true (stalls == NULL || stalls != funerals);
}

/* A standfirst in a paragraph of its own, without a full stop, above the
 * lead: it sums the story up ("Hundreds evacuated as river bursts its
 * banks"), and the lead below it is the day's news, the only event of the
 * day. */
static void
test_lead_under_a_standfirst (void)
{
  g_autoptr(DossierGazetteer) gazetteer = dossier_gazetteer_new_default ();
  g_autoptr(DossierAnalysis) analysis = dossier_analysis_new (gazetteer);
  DossierDocument *document = dossier_document_new ();
  const DossierEventRecord *lead;

  document->title = g_strdup ("Flood in Vellmar");
  document->published = dossier_date_from_day (2025, 5, 12);
  document->published_from = DOSSIER_DATE_SOURCE_TEXT;
  dossier_document_add_paragraph (document,
                                  "Hundreds of families evacuated from the old town of Vellmar as the river bursts "
                                  "its banks", -1, DOSSIER_PARAGRAPH_BODY, 3, 3);
  dossier_document_add_paragraph (document,
                                  "Firefighters in Vellmar rescued forty residents from flooded houses near the "
                                  "harbour, the mayor Ana Ferreira said.", -1, DOSSIER_PARAGRAPH_BODY, 5, 5);
  dossier_analysis_add_document (analysis, document);
  dossier_analysis_run (analysis);
  lead = event_on (analysis, "2025-05-12");

  g_assert_nonnull (lead);
  g_assert_nonnull (strstr (lead->summary, "rescued"));
  g_assert_null (event_told_by (analysis, "bursts its banks"));
}

/* Three reports of one cup's Saturday: two outlets tell one result in
 * other words, a third another match of the day, in words as alike. The
 * scores keep the two matches apart, and the result told twice one. */
static void
test_two_results_of_one_day (void)
{
  const char *texts[] = {
    "Vardia through\nPublished: 11 June 2035\n\n"
    "Vardia beat Ostrel 2-0 on Saturday at the Harbour Cup in Teslo, with two goals from Ilse Brandt.\n",
    "Harbour Cup\nPublished: 11 June 2035\n\n"
    "Kelm defeated Vardia 3-1 on Saturday at the Harbour Cup in Teslo, where Aldo Tarsen scored twice.\n",
    "Cup day\nPublished: 11 June 2035\n\n"
    "Vardia defeated Ostrel 2-0 on Saturday in Teslo to reach the final of the Harbour Cup.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  const DossierEventRecord *first = event_told_by (analysis, "Vardia beat Ostrel");
  const DossierEventRecord *second = event_told_by (analysis, "Kelm defeated Vardia");

  g_assert_nonnull (first);
  g_assert_nonnull (second);
  g_assert_true (first != second);
  g_assert_true (event_told_by (analysis, "Vardia defeated Ostrel") == first);
  g_assert_cmpuint (dossier_event_record_count_articles (first, NULL), ==, 2);
  g_assert_cmpuint (dossier_event_record_count_articles (second, NULL), ==, 1);
}

/* "before shore on Thursday", "before dawn on Thursday": a place or a time
 * the happening was before, not a day still to come that bounds it. */
static void
test_before_a_place_on_a_day (void)
{
  const char *texts[] = {
    "Barge lost on Lake Orla\nPublished: 9 May 2031\n\n"
    "Officials said on Friday that rescuers had pulled 40 people from the water.\n\n"
    "The overloaded barge capsized in the last stretch before shore on Thursday afternoon.\n",
    "Orla barge toll rises\nPublished: 10 May 2031\n\n"
    "Divers searched the lake on Saturday for the missing.\n\n"
    "The Orla barge capsized before dawn on Thursday with traders returning from the market.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  const DossierEventRecord *capsized = event_told_by (analysis, "capsized in the last stretch");

  g_assert_nonnull (capsized);
  g_assert_true (event_told_by (analysis, "capsized before dawn") == capsized);
  g_assert_cmpuint (dossier_event_record_count_articles (capsized, NULL), ==, 2);
}

/* Two outlets tell, in May, the election still to come in September, in
 * words that share little: one happening of that month, by its
 * participants and its kind of action; a visit that month is another. */
static void
test_a_month_still_to_come_told_twice (void)
{
  const char *texts[] = {
    "Early vote called in Valmora\nPublished: 19 May 2031\n\n"
    "Chancellor Ines Dorn said on Sunday that an early election would be held in September, after her coalition "
    "collapsed.\n\n"
    "Dorn will visit Kessel in September, her office said.\n",
    "Valmora's ministers quit\nPublished: 20 May 2031\n\n"
    "The vacant posts will go to senior officials until snap elections in September, Dorn said.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  const DossierEventRecord *election = event_told_by (analysis, "until snap elections in September");

  g_assert_nonnull (election);
  g_assert_true (event_has (analysis, election, "an early election would be held"));
  g_assert_cmpuint (dossier_event_record_count_articles (election, NULL), ==, 2);
  g_assert_true (event_told_by (analysis, "will visit Kessel") != election);
}

static void
test_the_speakers_own_time (void)
{
  const char *texts[] = {
    "Mayor steps down\nPublished: 19 January 2033\n\n"
    "Harwick's mayor Ana Brill resigned on Thursday.\n"
    "\"This summer, I had hoped to find the strength for another term, but that is not what this year "
    "requires,\" Brill told the council.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));

  /* "This summer" and "this year", in her words, are her now: no event
   * of 2033 beside Thursday's resignation. */
  g_assert_nonnull (event_on (analysis, "2033-01-13"));
  g_assert_null (event_on (analysis, "2033"));
}

static void
test_a_speaker_only_one_outlet_quotes (void)
{
  const char *texts[] = { mine_vote_evening, mine_vote_morning, mine_vote_weekly };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  const DossierEventRecord *vote = event_told_by (analysis, "voted on Wednesday");
  const DossierEventRecord *appeal = event_told_by (analysis, "would appeal against");
  const DossierEventRecord *strike = event_told_by (analysis, "would stop work");
  g_autofree char *appeal_date = NULL, *strike_date = NULL;

  g_assert_nonnull (vote);
  g_assert_true (event_told_by (analysis, "decided on Wednesday") == vote);

  /* Only one outlet quotes the company's chief, without a date: his words
   * are news of the day that paper reports, the vote's Wednesday, not of
   * the morning it was printed; a reader sees why. */
  g_assert_nonnull (appeal);
  g_assert_true (appeal != vote);
  appeal_date = dossier_date_to_iso (&appeal->date);
  g_assert_cmpstr (appeal_date, ==, "2025-10-08");
  g_assert_cmpuint (appeal->sources->len, ==, 1);
  g_assert_cmpint (g_array_index (appeal->sources, DossierEventSource, 0).dating, ==, DOSSIER_DATED_AS_SAYING);
  g_assert_cmpstr (dossier_source_dating_to_string (DOSSIER_DATED_AS_SAYING), ==, "saying");

  /* Four days after the vote, the union leader's words are of the day the
   * weekly was published. */
  g_assert_nonnull (strike);
  strike_date = dossier_date_to_iso (&strike->date);
  g_assert_cmpstr (strike_date, ==, "2025-10-12");

  /* What one article alone tells without a date, and no one says, stays
   * a sentence of that article. */
  g_assert_null (event_told_by (analysis, "gathered outside the council"));
}

/* A bystander's words, a name given with an age or as a resident, are
 * colour, not a saying of the day: no event of their own. */
static void
test_a_bystanders_words (void)
{
  const char *morning =
    "Osterby mine to close\n"
    "Published: 9 October 2025\n"
    "\n"
    "Velden's regional council decided on Wednesday that the Osterby copper mine must close by the end of "
    "next year, ending a dispute over polluted rivers.\n"
    "Tomas Brekke, chief executive of Osterby Mining, told reporters the company would appeal against the "
    "decision in the courts.\n"
    "Anja Lind, a resident of the valley, said the river had been brown for years.\n"
    "\"We waited too long,\" said Piet Vos, 61, a fisherman.\n"
    "\"Nobody listened to us,\" said valley resident Greta Holm.\n"
    "\"An apology is not enough,\" said demonstrator Jonas Lind.\n"
    "\"The fish are gone,\" valley resident Karin told the council.\n"
    "\"We were never asked,\" said another fisherman, Ole Dahl.\n";
  const char *texts[] = { mine_vote_evening, morning };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));

  g_assert_nonnull (event_told_by (analysis, "would appeal against"));
  g_assert_null (event_told_by (analysis, "river had been brown"));
  g_assert_null (event_told_by (analysis, "We waited too long"));
  g_assert_null (event_told_by (analysis, "Nobody listened to us"));
  g_assert_null (event_told_by (analysis, "apology is not enough"));
  g_assert_null (event_told_by (analysis, "The fish are gone"));
  g_assert_null (event_told_by (analysis, "We were never asked"));
}

/* A sentence that names one day twice ("Earlier today, … today (20)")
 * tells one happening: one event, not two of the same words. */
static void
test_one_day_named_twice_in_a_sentence (void)
{
  const char *texts[] = {
    "Dorr elected president\nPublished: 20 July 2031\n\n"
    "Earlier today, Lena Dorr was elected president of Valmora by the assembly today (20) by 134 votes.\n\n"
    "Her rival conceded in a short statement.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  guint told = 0;

  for (guint v = 0; v < dossier_analysis_get_n_events (analysis); v++)
    told += event_has (analysis, dossier_analysis_get_event (analysis, v), "Lena Dorr was elected");
  g_assert_cmpuint (told, ==, 1);
  g_assert_nonnull (event_on (analysis, "2031-07-20"));
}

static void
test_an_outlet_tells_who_spoke (void)
{
  const char *texts[] = { mine_vote_evening, mine_vote_reactions };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  const DossierEventRecord *welcomed = event_told_by (analysis, "Sweden welcomed the decision");
  g_autofree char *date = NULL;

  /* "…, Agence France-Presse reported": the agency tells what Sweden
   * said; Sweden, opening the sentence, is who spoke. */
  g_assert_nonnull (welcomed);
  date = dossier_date_to_iso (&welcomed->date);
  g_assert_cmpstr (date, ==, "2025-10-08");
  /* A newspaper's telling alone is no one's saying. */
  g_assert_null (event_told_by (analysis, "The New York Times stated"));
}

static void
test_dated_by_the_day_it_was_reported (void)
{
  const char *texts[] = { flight_wire, flight_paper };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  const DossierEventRecord *flight = event_told_by (analysis, "fled the country on Monday");
  g_autofree char *date = NULL;

  /* "…, the broadcaster reported on Tuesday": the day of the report; the
   * flight it tells is Monday's, which the paper dates — one happening,
   * told by both. */
  g_assert_nonnull (flight);
  g_assert_true (event_told_by (analysis, "has fled the country and arrived in Portugal") == flight);
  date = dossier_date_to_iso (&flight->date);
  g_assert_cmpstr (date, ==, "2025-10-13");
  g_assert_cmpuint (dossier_event_record_count_articles (flight, NULL), ==, 2);
}

static void
test_one_week_told_twice (void)
{
  const char *texts[] = { collapse_weekly, collapse_daily };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  const DossierEventRecord *collapse = event_told_by (analysis, "Tideway collapsed this week");

  /* "collapsed this week" and "the collapse of Tideway this week": one
   * happening of one week, its participants and kind of action the same
   * though the words are not. */
  g_assert_nonnull (collapse);
  g_assert_true (event_told_by (analysis, "the collapse of Tideway this week") == collapse);
  g_assert_cmpint (collapse->date.precision, ==, DOSSIER_PRECISION_WEEK);
  g_assert_cmpuint (dossier_event_record_count_articles (collapse, NULL), ==, 2);
}

/* Two outlets tell Sunday's eruption, one naming the volcano, the other
 * no one at all ("The volcano erupted on Sunday"): one happening, by its
 * day and its kind of action; an eruption of another day stays apart. */
static void
test_a_happening_told_without_names (void)
{
  const char *texts[] = {
    "Ash buries villages\nPublished: 5 June 2029\n\n"
    "The volcano erupted on Sunday and buried three villages under ash, the rescue agency said on Monday.\n",
    "Volcano quiet again\nPublished: 6 June 2029\n\n"
    "Mount Velka erupted late on Sunday, sending a column of ash ten kilometres high over the valley.\n\n"
    "It erupted again on Tuesday, more weakly, and shelters in Orvel were opened.\n",
    "Relief flights\nPublished: 6 June 2029\n\n"
    "The government sent relief flights to the region on Monday, the transport minister said.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  const DossierEventRecord *sunday = event_on (analysis, "2029-06-03");

  g_assert_nonnull (sunday);
  g_assert_true (event_has (analysis, sunday, "buried three villages"));
  g_assert_true (event_has (analysis, sunday, "Mount Velka erupted late"));
  g_assert_false (event_has (analysis, sunday, "erupted again on Tuesday"));
}

/* A sentence without a date that goes on from a dated one in its
 * paragraph tells more of the same happening and joins its event; not a
 * bare quote, nor what follows a happening told as background. */
static void
test_a_sentence_goes_on_from_the_one_before (void)
{
  const char *texts[] = {
    "Halvik Shipping dismisses its chief\n"
    "Published: 9 June 2027\n"
    "\n"
    "The board of Halvik Shipping dismissed its chief executive, Tomas Reyl, on Tuesday. It accused him of "
    "hiding losses on the northern routes from the auditors. \"We had no choice,\" the chairwoman said.\n"
    "The chairwoman told reporters on Tuesday: \"The board has lost its trust in him. We will look for a "
    "successor among our captains.\"\n"
    "Reyl had taken over the company in March 2019. The shares of Halvik Shipping fell by a tenth in Oslo.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  const DossierEventRecord *dismissal = event_on (analysis, "2027-06-08");
  const DossierEventRecord *taking_over = event_on (analysis, "2019-03");
  DossierDocument *document = dossier_analysis_get_document (analysis, 0);
  gboolean goes_on = FALSE, quote = FALSE;

  g_assert_nonnull (dismissal);
  for (guint s = 0; s < dismissal->sources->len; s++)
    {
      const DossierEventSource *source = &g_array_index (dismissal->sources, DossierEventSource, s);
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, source->paragraph);
      const char *text = paragraph->text + source->start;

      if (g_str_has_prefix (text, "It accused him"))
        {
          goes_on = TRUE;
          g_assert_cmpint (source->dating, ==, DOSSIER_DATED_AS_CONTINUATION);
        }
      quote |= g_str_has_prefix (text, "\"We had no choice");
    }
  g_assert_true (goes_on);
  g_assert_false (quote);
  /* The second sentence of a quotation goes on with someone's words. */
  g_assert_null (event_told_by (analysis, "We will look for a successor"));
  for (guint k = 0; k < dismissal->links->len; k++)
    if (g_array_index (dismissal->links, DossierEventLink, k).reasons & DOSSIER_LINK_CONTINUES)
      goes_on = FALSE;
  g_assert_false (goes_on);
  g_assert_nonnull (taking_over);
  g_assert_cmpuint (taking_over->sources->len, ==, 1);
}

/* "His resignation on Sunday": the sentence's person is the one the
 * sentences before name, and the two reports are of one happening. */
static void
test_a_possessive_brings_its_person (void)
{
  const char *texts[] = {
    "Varnia's mayor steps down\n"
    "Published: 12 October 2026\n"
    "\n"
    "Piet Olde resigned as mayor of Varnia on Sunday after weeks of protests over the harbour plan.\n",
    "A council without a leader\n"
    "Published: 13 October 2026\n"
    "\n"
    "Councillors in Varnia met behind closed doors on Monday evening. The former mayor, Piet Olde, did not "
    "attend. His resignation on Sunday left the town hall without a head until the autumn.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  const DossierEventRecord *resignation = event_on (analysis, "2026-10-11");

  g_assert_nonnull (resignation);
  g_assert_cmpuint (dossier_event_record_count_articles (resignation, NULL), ==, 2);
}

/* An article that says not when it was written, and that nothing else
 * dates, still tells in its own words what a dated report tells: that
 * sentence is a source of the event, though the article is not dated. */
static void
test_an_article_that_says_not_when (void)
{
  const char *texts[] = {
    "Mayor shuts old bridge to lorries\n"
    "Published: 4 June 2025\n"
    "\n"
    "Mayor Ilse Brandt closed the old harbour bridge of Vellmar to heavy lorries on Tuesday after "
    "inspectors found cracks in two of its pillars.\n",
    "Harbour district fears more traffic\n"
    "\n"
    "Shopkeepers in the harbour district worry about queues of vans in their narrow streets.\n"
    "Mayor Ilse Brandt closed the old harbour bridge to heavy lorries after inspectors found cracks in two of its "
    "pillars.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts));
  const DossierEventRecord *closing = event_on (analysis, "2025-06-03");
  DossierDocument *undated = dossier_analysis_get_document (analysis, 1);

  g_assert_false (dossier_date_is_set (&undated->published));
  g_assert_nonnull (closing);
  g_assert_cmpuint (dossier_event_record_count_articles (closing, NULL), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/corroboration/one-dismissal-in-two-wordings", test_one_dismissal_in_two_wordings);
  g_test_add_func ("/corroboration/lead-without-date", test_lead_without_date);
  g_test_add_func ("/corroboration/lead-under-a-caption", test_lead_under_a_caption);
  g_test_add_func ("/corroboration/days-after-a-happening", test_days_after_a_happening);
  g_test_add_func ("/corroboration/a-refusal-is-no-resignation", test_a_refusal_is_no_resignation);
  g_test_add_func ("/corroboration/days-of-protests-are-no-protest", test_days_of_protests_are_no_protest);
  g_test_add_func ("/corroboration/lead-under-a-present-caption", test_lead_under_a_present_caption);
  g_test_add_func ("/corroboration/lead-under-a-standfirst", test_lead_under_a_standfirst);
  g_test_add_func ("/corroboration/today-said-on-sunday", test_today_said_on_sunday);
  g_test_add_func ("/corroboration/no-comment-is-no-happening", test_no_comment_is_no_happening);
  g_test_add_func ("/corroboration/a-year-that-ends-a-name", test_a_year_that_ends_a_name);
  g_test_add_func ("/corroboration/an-archive-picture-is-no-event", test_an_archive_picture_is_no_event);
  g_test_add_func ("/corroboration/a-day-named-again-without-its-year", test_a_day_named_again_without_its_year);
  g_test_add_func ("/corroboration/a-weekday-the-text-gives-in-full", test_a_weekday_the_text_gives_in_full);
  g_test_add_func ("/corroboration/caption-date-is-no-event", test_caption_date_is_no_event);
  g_test_add_func ("/corroboration/page-dates-are-no-events", test_page_dates_are_no_events);
  g_test_add_func ("/corroboration/years-that-describe-things", test_years_that_describe_things);
  g_test_add_func ("/corroboration/undated-happening-told-by-two-outlets",
                   test_undated_happening_told_by_two_outlets);
  g_test_add_func ("/corroboration/wire-dateline-caption-and-described-years",
                   test_wire_dateline_caption_and_described_years);
  g_test_add_func ("/corroboration/undated-dossier-reads-its-own-days", test_undated_dossier_reads_its_own_days);
  g_test_add_func ("/corroboration/a-happening-told-without-names", test_a_happening_told_without_names);
  g_test_add_func ("/corroboration/a-date-line-and-an-agency-caption", test_a_date_line_and_an_agency_caption);
  g_test_add_func ("/corroboration/captions-in-the-agencies-forms", test_captions_in_the_agencies_forms);
  g_test_add_func ("/corroboration/captions-with-their-credits", test_captions_with_their_credits);
  g_test_add_func ("/corroboration/a-week-one-article-alone-tells", test_a_week_one_article_alone_tells);
  g_test_add_func ("/corroboration/one-happening-named-by-its-day", test_one_happening_named_by_its_day);
  g_test_add_func ("/corroboration/one-speaker-on-one-day", test_one_speaker_on_one_day);
  g_test_add_func ("/corroboration/a-happening-told-by-its-month", test_a_happening_told_by_its_month);
  g_test_add_func ("/corroboration/a-caption-with-a-credit-named-as-such",
                   test_a_caption_with_a_credit_named_as_such);
  g_test_add_func ("/corroboration/a-pictures-description-over-its-caption", test_a_pictures_description_over_its_caption);
  g_test_add_func ("/corroboration/a-caption-of-the-same-day", test_a_caption_of_the_same_day);
  g_test_add_func ("/corroboration/one-day-named-twice-in-a-sentence", test_one_day_named_twice_in_a_sentence);
  g_test_add_func ("/corroboration/a-happening-named-by-its-day", test_a_happening_named_by_its_day);
  g_test_add_func ("/corroboration/a-month-and-one-of-its-days", test_a_month_and_one_of_its_days);
  g_test_add_func ("/corroboration/a-week-and-one-of-its-days", test_a_week_and_one_of_its_days);
  g_test_add_func ("/corroboration/a-year-and-one-of-its-months", test_a_year_and_one_of_its_months);
  g_test_add_func ("/corroboration/a-dateline-after-the-months-it-tells", test_a_dateline_after_the_months_it_tells);
  g_test_add_func ("/corroboration/a-weekday-four-days-back", test_a_weekday_four_days_back);
  g_test_add_func ("/corroboration/a-participle-before-a-title", test_a_participle_before_a_title);
  g_test_add_func ("/corroboration/a-day-whose-year-the-article-gives", test_a_day_whose_year_the_article_gives);
  g_test_add_func ("/corroboration/a-happening-still-to-come", test_a_happening_still_to_come);
  g_test_add_func ("/corroboration/nothing-since-a-day", test_nothing_since_a_day);
  g_test_add_func ("/corroboration/our-correspondent-says", test_our_correspondent_says);
  g_test_add_func ("/corroboration/a-span-that-ran-its-course", test_a_span_that_ran_its_course);
  g_test_add_func ("/corroboration/a-background-day-and-this-morning", test_a_background_day_and_this_morning);
  g_test_add_func ("/corroboration/a-long-caption-with-its-credit", test_a_long_caption_with_its_credit);
  g_test_add_func ("/corroboration/a-span-of-years", test_a_span_of_years);
  g_test_add_func ("/corroboration/a-schedule-is-no-happening", test_a_schedule_is_no_happening);
  g_test_add_func ("/corroboration/a-reaction-two-outlets-report", test_a_reaction_two_outlets_report);
  g_test_add_func ("/corroboration/days-told-in-sequence", test_days_told_in_sequence);
  g_test_add_func ("/corroboration/a-takeover-and-its-press-conference", test_a_takeover_and_its_press_conference);
  g_test_add_func ("/corroboration/years-of-earlier-happenings", test_years_of_earlier_happenings);
  g_test_add_func ("/corroboration/a-bound-in-an-article-of-a-year", test_a_bound_in_an_article_of_a_year);
  g_test_add_func ("/corroboration/a-narrative-goes-forward", test_a_narrative_goes_forward);
  g_test_add_func ("/corroboration/a-borrowed-year-gives-way", test_a_borrowed_year_gives_way);
  g_test_add_func ("/corroboration/a-plan-in-a-long-quotation", test_a_plan_in_a_long_quotation);
  g_test_add_func ("/corroboration/a-day-long-past-told-twice", test_a_day_long_past_told_twice);
  g_test_add_func ("/corroboration/a-life-story-is-no-happening", test_a_life_story_is_no_happening);
  g_test_add_func ("/corroboration/the-same-verb-in-one-place", test_the_same_verb_in_one_place);
  g_test_add_func ("/corroboration/one-kind-of-verb-in-one-place", test_one_kind_of_verb_in_one_place);
  g_test_add_func ("/corroboration/one-figure-told-twice", test_one_figure_told_twice);
  g_test_add_func ("/corroboration/two-results-of-one-day", test_two_results_of_one_day);
  g_test_add_func ("/corroboration/before-a-place-on-a-day", test_before_a_place_on_a_day);
  g_test_add_func ("/corroboration/a-month-still-to-come-told-twice", test_a_month_still_to_come_told_twice);
  g_test_add_func ("/corroboration/the-speakers-own-time", test_the_speakers_own_time);
  g_test_add_func ("/corroboration/a-speaker-only-one-outlet-quotes", test_a_speaker_only_one_outlet_quotes);
  g_test_add_func ("/corroboration/a-bystanders-words", test_a_bystanders_words);
  g_test_add_func ("/corroboration/dated-by-the-day-it-was-reported", test_dated_by_the_day_it_was_reported);
  g_test_add_func ("/corroboration/an-outlet-tells-who-spoke", test_an_outlet_tells_who_spoke);
  g_test_add_func ("/corroboration/one-week-told-twice", test_one_week_told_twice);
  g_test_add_func ("/corroboration/an-undated-article-of-the-dossiers-week",
                   test_an_undated_article_of_the_dossiers_week);
  g_test_add_func ("/corroboration/follow-up-of-the-dossiers-week",
                   test_a_follow_up_of_the_dossiers_week);
  g_test_add_func ("/corroboration/one-dated-article-tells-the-week", test_one_dated_article_tells_the_week);
  g_test_add_func ("/corroboration/dated-after-the-week-is-read", test_dated_after_the_week_is_read);
  g_test_add_func ("/corroboration/a-weekday-before-a-date-in-brackets", test_a_weekday_before_a_date_in_brackets);
  g_test_add_func ("/corroboration/an-opening-after-an-earlier-happening",
                   test_an_opening_after_an_earlier_happening);
  g_test_add_func ("/corroboration/dated-through-an-inferred-article", test_dated_through_an_inferred_article);
  g_test_add_func ("/corroboration/a-possessive-brings-its-person", test_a_possessive_brings_its_person);
  g_test_add_func ("/corroboration/an-article-that-says-not-when", test_an_article_that_says_not_when);
  g_test_add_func ("/corroboration/a-sentence-goes-on-from-the-one-before",
                   test_a_sentence_goes_on_from_the_one_before);
  return g_test_run ();
}
