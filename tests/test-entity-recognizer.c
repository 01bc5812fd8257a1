/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Entities on sentences of our own: each rule of the recogniser, and the
 * joining of spellings and lone surnames. */

#include "dossier-test-util.h"

static DossierAnalysis *
analyse (const char *text)
{
  g_autoptr(DossierGazetteer) gazetteer = dossier_gazetteer_new_default ();
  DossierAnalysis *analysis = dossier_analysis_new (gazetteer);

  dossier_analysis_add_document (analysis, dossier_test_clean_string (text));
  dossier_analysis_run (analysis);
  return analysis;
}

static const DossierEntityRecord *
find_entity (DossierAnalysis *analysis,
             const char      *name)
{
  for (guint e = 0; e < dossier_analysis_get_n_entities (analysis); e++)
    {
      const DossierEntityRecord *entity = dossier_analysis_get_entity (analysis, e);
      if (g_strcmp0 (entity->name, name) == 0)
        return entity;
    }
  return NULL;
}

static gboolean
has_alias (const DossierEntityRecord *entity,
           const char                *alias)
{
  for (guint a = 0; a < entity->aliases->len; a++)
    if (g_strcmp0 (g_ptr_array_index (entity->aliases, a), alias) == 0)
      return TRUE;
  return FALSE;
}

static void
assert_entity (DossierAnalysis   *analysis,
               const char        *name,
               DossierEntityType  type)
{
  const DossierEntityRecord *entity = find_entity (analysis, name);

  if (entity == NULL)
    g_error ("no entity named “%s”", name);
  g_assert_cmpint (entity->type, ==, type);
}

static void
test_titles_given_names_and_demonyms (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "Ukrainian President Volodymyr Zelenskyy met Russian officials in Istanbul on Monday, "
    "while German Chancellor Olaf Scholz stayed in Berlin.\n\n"
    "US Ambassador to NATO Julianne Smith said the talks were useful. Smith added that the "
    "alliance would meet again in Brussels.\n");

  assert_entity (analysis, "Volodymyr Zelenskyy", DOSSIER_ENTITY_PERSON);
  assert_entity (analysis, "Olaf Scholz", DOSSIER_ENTITY_PERSON);
  assert_entity (analysis, "Julianne Smith", DOSSIER_ENTITY_PERSON);
  assert_entity (analysis, "Istanbul", DOSSIER_ENTITY_PLACE);
  assert_entity (analysis, "Berlin", DOSSIER_ENTITY_PLACE);
  assert_entity (analysis, "Brussels", DOSSIER_ENTITY_PLACE);
  assert_entity (analysis, "NATO", DOSSIER_ENTITY_ORGANIZATION);
  assert_entity (analysis, "United States", DOSSIER_ENTITY_PLACE);
  g_assert_true (has_alias (find_entity (analysis, "Julianne Smith"), "Smith"));
  /* Demonyms and common nouns are not entities. */
  g_assert_null (find_entity (analysis, "Ukrainian"));
  g_assert_null (find_entity (analysis, "Russian"));
  g_assert_null (find_entity (analysis, "German"));
  g_assert_null (find_entity (analysis, "alliance"));
  g_assert_null (find_entity (analysis, "Ukraine"));
}

static void
test_compound_given_names (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "German President Frank-Walter Steinmeier said on Monday that the vote was legal. "
    "Steinmeier will decide soon.\n\n"
    "Jean-Claude Juncker and Hans-Dietrich Genscher were named in the speech, while "
    "Kyiv-based reporters and US-UK talks were not.\n");

  assert_entity (analysis, "Frank-Walter Steinmeier", DOSSIER_ENTITY_PERSON);
  g_assert_true (has_alias (find_entity (analysis, "Frank-Walter Steinmeier"), "Steinmeier"));
  assert_entity (analysis, "Jean-Claude Juncker", DOSSIER_ENTITY_PERSON);
  assert_entity (analysis, "Hans-Dietrich Genscher", DOSSIER_ENTITY_PERSON);
  assert_entity (analysis, "Kyiv", DOSSIER_ENTITY_PLACE);
  g_assert_null (find_entity (analysis, "Kyiv-based"));
  g_assert_null (find_entity (analysis, "US-UK"));
}

static void
test_spellings_are_one_person (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "Ukrainian President Vladimir Zelensky arrived in Paris. Volodymyr Zelenskyy met the French "
    "president there, and Zelenskyi later spoke to reporters.\n\n"
    "Russian President Vladimir Putin did not comment on the visit.\n");
  const DossierEntityRecord *zelenskyy = find_entity (analysis, "Vladimir Zelensky");

  if (zelenskyy == NULL)
    zelenskyy = find_entity (analysis, "Volodymyr Zelenskyy");
  g_assert_nonnull (zelenskyy);
  g_assert_true (has_alias (zelenskyy, "Vladimir Zelensky"));
  g_assert_true (has_alias (zelenskyy, "Volodymyr Zelenskyy"));
  g_assert_true (has_alias (zelenskyy, "Zelenskyi"));
  /* The same given name with another surname is another person. */
  assert_entity (analysis, "Vladimir Putin", DOSSIER_ENTITY_PERSON);
  g_assert_false (has_alias (zelenskyy, "Vladimir Putin"));
}

static void
test_acronyms_and_abbreviations (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "The U.S.-led coalition and the U.K. agreed to send more aid, and the EU said the UN would "
    "coordinate the delivery with the IAEA.\n\n"
    "The company's IPO raised more than expected, and its UAV and IVF units grew.\n");

  assert_entity (analysis, "United States", DOSSIER_ENTITY_PLACE);
  /* Abbreviations of common nouns are no bodies. */
  g_assert_null (find_entity (analysis, "IPO"));
  g_assert_null (find_entity (analysis, "UAV"));
  g_assert_null (find_entity (analysis, "IVF"));
  assert_entity (analysis, "United Kingdom", DOSSIER_ENTITY_PLACE);
  g_assert_nonnull (find_entity (analysis, "European Union") ? find_entity (analysis, "European Union")
                                                              : find_entity (analysis, "EU"));
  g_assert_nonnull (find_entity (analysis, "United Nations") ? find_entity (analysis, "United Nations")
                                                              : find_entity (analysis, "UN"));
}

static void
test_speech_verb_and_surname_rules (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "The plan was presented to parliament by the prime minister, Kwame Mensah, on Tuesday.\n\n"
    "Mensah said the vote would take place next month. Opposition leader Abena Owusu warned "
    "that the plan was too expensive, and Owusu's party will vote against it.\n\n"
    "However, Membership of the committee is still disputed, Tanaka said.\n");

  assert_entity (analysis, "Kwame Mensah", DOSSIER_ENTITY_PERSON);
  g_assert_true (has_alias (find_entity (analysis, "Kwame Mensah"), "Mensah"));
  assert_entity (analysis, "Abena Owusu", DOSSIER_ENTITY_PERSON);
  assert_entity (analysis, "Tanaka", DOSSIER_ENTITY_PERSON);
  g_assert_null (find_entity (analysis, "Membership"));
  g_assert_null (find_entity (analysis, "However"));
}

/* A name no list knows, followed by a comma and what person it is,
 * is a person's — not a name followed by what a thing is, nor by whose
 * another noun is. */
static void
test_names_described_as_people (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "Floods cut the coastal road on Monday.\n\n"
    "Varek Tolsdan, the regional health minister, said the clinics were open. Relief came too late, said "
    "Ilka Maren, a 61-year-old shopkeeper in the old town.\n\n"
    "Aid reached the valley through Norveta Freight, a haulage company, and Strelov Bank, the lender's "
    "chief partner in the region.\n");

  assert_entity (analysis, "Varek Tolsdan", DOSSIER_ENTITY_PERSON);
  assert_entity (analysis, "Ilka Maren", DOSSIER_ENTITY_PERSON);
  g_assert_true (find_entity (analysis, "Norveta Freight") == NULL ||
                 find_entity (analysis, "Norveta Freight")->type != DOSSIER_ENTITY_PERSON);
  g_assert_true (find_entity (analysis, "Strelov Bank") == NULL ||
                 find_entity (analysis, "Strelov Bank")->type != DOSSIER_ENTITY_PERSON);
}

/* A name of two or three words right after what only a person can be
 * ("chief executive …", "Batsman …") is a person's; after a role that a
 * company holds too ("owner …"), it is not. */
static void
test_names_after_a_persons_role (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "The board met in Harwick on Monday.\n\n"
    "The firm said chief executive Teodor Valsk would stay, and deputy prime minister Irena Solvak Marr "
    "welcomed it.\n\n"
    "Batsman Oren Tillbury was dropped. The ship's owner Keldan Shipping paid for the salvage.\n\n"
    "Her son Teodric survived, but fund manager Orvale Capital lost money.\n\n"
    "Former Nissan chairman Ilmar Rasko was not at the meeting.\n\n"
    "Seismologists said the quake was shallow. Engineers agreed the bridge was safe.\n");

  assert_entity (analysis, "Teodor Valsk", DOSSIER_ENTITY_PERSON);
  assert_entity (analysis, "Irena Solvak Marr", DOSSIER_ENTITY_PERSON);
  assert_entity (analysis, "Oren Tillbury", DOSSIER_ENTITY_PERSON);
  /* People in the plural by their trade, opening a sentence: no names. */
  g_assert_null (find_entity (analysis, "Seismologists"));
  g_assert_null (find_entity (analysis, "Engineers"));
  /* "Former" opens the sentence, no name: Nissan is the company's. */
  assert_entity (analysis, "Nissan", DOSSIER_ENTITY_ORGANIZATION);
  /* A name of one word, too: "her son Teodric". */
  assert_entity (analysis, "Teodric", DOSSIER_ENTITY_PERSON);
  g_assert_true (find_entity (analysis, "Orvale") == NULL ||
                 find_entity (analysis, "Orvale")->type != DOSSIER_ENTITY_PERSON);
  g_assert_true (find_entity (analysis, "Keldan Shipping") == NULL ||
                 find_entity (analysis, "Keldan Shipping")->type != DOSSIER_ENTITY_PERSON);
}

/* A word or two and a country after them name that country's body
 * ("Rowing Norway", "Fair Pay Norway"); a given name before a country is a person's, a point of the
 * compass a region's. */
static void
test_a_countrys_body (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "The board of Rowing Norway met on Monday, and fans of Michael Jordan waited outside.\n\n"
    "Disgraced Norway skipper Anna Varga left, as snow fell across Northeastern Norway.\n\n"
    "The tribunal Fair Pay Norway ruled on Tuesday that the strike must end.\n\n"
    "Shares of Korsa Air fell on the Halden Stock Exchange, and Brekke Shipping sold its stake.\n");

  assert_entity (analysis, "Rowing Norway", DOSSIER_ENTITY_ORGANIZATION);
  assert_entity (analysis, "Fair Pay Norway", DOSSIER_ENTITY_ORGANIZATION);
  /* Names that end on a kind of firm: an airline, an exchange, a shipper. */
  assert_entity (analysis, "Korsa Air", DOSSIER_ENTITY_ORGANIZATION);
  assert_entity (analysis, "Halden Stock Exchange", DOSSIER_ENTITY_ORGANIZATION);
  assert_entity (analysis, "Brekke Shipping", DOSSIER_ENTITY_ORGANIZATION);
  assert_entity (analysis, "Michael Jordan", DOSSIER_ENTITY_PERSON);
  g_assert_null (find_entity (analysis, "Disgraced Norway"));
  g_assert_true (find_entity (analysis, "Northeastern Norway") == NULL ||
                 find_entity (analysis, "Northeastern Norway")->type != DOSSIER_ENTITY_ORGANIZATION);
}

/* A name that opens on what kind of place it is ("Mount Velka", "Lake
 * Dorra", "Volcán de Korva", "Gulf of Maren") is a place's; one that ends
 * on an organisation's head ("Port Authority") is not. */
static void
test_places_by_their_first_word (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "Ash from Mount Velka fell on Lake Dorra on Monday, and the Volcán de Korva rumbled.\n\n"
    "Ships waited in the Gulf of Maren, the Harwick Port Authority said.\n");

  assert_entity (analysis, "Mount Velka", DOSSIER_ENTITY_PLACE);
  assert_entity (analysis, "Lake Dorra", DOSSIER_ENTITY_PLACE);
  assert_entity (analysis, "Volcán de Korva", DOSSIER_ENTITY_PLACE);
  assert_entity (analysis, "Gulf of Maren", DOSSIER_ENTITY_PLACE);
  assert_entity (analysis, "Harwick Port Authority", DOSSIER_ENTITY_ORGANIZATION);
}

/* A place's name joined by a hyphen to a word no place's is one name
 * ("Oslo-Vest County"), a place's alone too; "Oslo-based" and
 * "Norway-Sweden" are not. */
static void
test_a_place_joined_by_a_hyphen (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "Officials in Oslo-Vest County said on Monday that the bridge would reopen.\n\n"
    "Engineers from Oslo-Vest said the cables held, and Oslo-based inspectors agreed before Norway-Sweden talks.\n");

  assert_entity (analysis, "Oslo-Vest County", DOSSIER_ENTITY_PLACE);
  assert_entity (analysis, "Oslo-Vest", DOSSIER_ENTITY_PLACE);
  g_assert_null (find_entity (analysis, "County"));
  assert_entity (analysis, "Oslo", DOSSIER_ENTITY_PLACE);
}

/* Offices of treasuries, police and coroners are titles before a name,
 * after a sentence's first words too. */
static void
test_titles_of_offices (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "Later, Assistant Treasurer Lena Okafor left the hearing, and Detective Inspector Tomas Wend "
    "spoke to Coroner Ilse Brandt.\n");

  assert_entity (analysis, "Lena Okafor", DOSSIER_ENTITY_PERSON);
  assert_entity (analysis, "Tomas Wend", DOSSIER_ENTITY_PERSON);
  assert_entity (analysis, "Ilse Brandt", DOSSIER_ENTITY_PERSON);
}

/* A word that is capitalised only because it opens the sentence, before a
 * given name and a surname, is no part of the name. */
static void
test_a_name_after_the_sentences_first_word (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "HALDEN \xe2\x80\x93 Ministerial Lena Okafor announced the grounding of the fleet on Monday.\n");

  assert_entity (analysis, "Lena Okafor", DOSSIER_ENTITY_PERSON);
  g_assert_null (find_entity (analysis, "Ministerial Lena Okafor"));
}

/* A dateline in capitals with its region in brackets and a colon
 * ("VARNO (Halden): …") names a place. */
static void
test_a_dateline_with_its_region_in_brackets (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "VARNO (Halden): The death toll in the collapse of the garment factory rose to 112 on Sunday.\n");

  assert_entity (analysis, "Varno", DOSSIER_ENTITY_PLACE);
  g_assert_null (find_entity (analysis, "VARNO"));
}

/* An outlet's name closing a paragraph after a full stop or a dash is
 * the credit of its picture or its wire, no name of the story; named in a
 * sentence, it is one. */
static void
test_a_closing_credit (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "Divers searched the harbour of Halden on Monday. \xe2\x80\x94 AFP\n\n"
    "Relatives waited at the pier in Halden. AP\n\n"
    "The ferry operator Varnline told Reuters the crew had been warned.\n");

  g_assert_null (find_entity (analysis, "AFP"));
  g_assert_null (find_entity (analysis, "Associated Press"));
  g_assert_nonnull (find_entity (analysis, "Reuters"));
}

/* A name a kind of craft introduces is a ship's or a spacecraft's, no
 * one's: "the ferry Astrid Lund", "the probe, Karl Vinter, …". */
static void
test_a_craft_is_no_one (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "The captain of the ferry Astrid Lund was questioned in Halden on Monday.\n\n"
    "Engineers said the probe, Karl Vinter, had reached its orbit, and the minister Nils Berg thanked them.\n");

  g_assert_null (find_entity (analysis, "Astrid Lund"));
  g_assert_null (find_entity (analysis, "Karl Vinter"));
  assert_entity (analysis, "Nils Berg", DOSSIER_ENTITY_PERSON);
}

/* A competition is no body: "the Halden Games", "the Games", "the Varnia
 * Cup"; the committee that runs it is one. */
static void
test_competitions_are_no_bodies (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "The organisers of the Halden Games said on Monday that the Games would open in July, a week after the "
    "final of the Varnia Cup, and the Halden Olympic Committee agreed.\n\n"
    "Teams said the Korvel Paralympic Games would wait a year.\n");

  g_assert_null (find_entity (analysis, "Halden Games"));
  g_assert_null (find_entity (analysis, "Korvel Paralympic Games"));
  g_assert_null (find_entity (analysis, "Games"));
  g_assert_null (find_entity (analysis, "Varnia Cup"));
  assert_entity (analysis, "Halden Olympic Committee", DOSSIER_ENTITY_ORGANIZATION);
}

/* A firm's name and a kind of place after it name the place called after
 * the firm; a word that heads bodies too keeps the body. */
static void
test_a_place_named_after_a_firm (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "The Halden Hawks won the final at Oracle Arena on Thursday, and Oracle said it would keep its name on "
    "the hall for ten more years.\n\n"
    "The Homeland Security Department sent no officers to the parade.\n");

  assert_entity (analysis, "Oracle Arena", DOSSIER_ENTITY_PLACE);
  assert_entity (analysis, "Oracle", DOSSIER_ENTITY_ORGANIZATION);
  g_assert_null (find_entity (analysis, "Homeland Security Department"));
}

/* A storm named after its kind ("Cyclone Ilse", then "Ilse" alone) is
 * nobody; a saint's cathedral is a place, not the saint. */
static void
test_a_storm_and_a_saints_cathedral (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "Cyclone Ilse made landfall near the port of Halden on Thursday night, cutting power to the city.\n\n"
    "Ilse then moved inland, and the mayor Piet Olde said rescuers could not reach the villages.\n\n"
    "Hundreds of families sheltered in St Olav's Cathedral, where Olde visited them on Friday.\n");
  const DossierEntityRecord *cathedral = find_entity (analysis, "St Olav's Cathedral");

  g_assert_null (find_entity (analysis, "Cyclone Ilse"));
  g_assert_null (find_entity (analysis, "Ilse"));
  g_assert_null (find_entity (analysis, "St Olav"));
  g_assert_nonnull (cathedral);
  g_assert_cmpint (cathedral->type, ==, DOSSIER_ENTITY_PLACE);
  g_assert_nonnull (find_entity (analysis, "Piet Olde"));
}

/* "the ferry operator Varnline Piet Olde": a company's name, introduced
 * by words in small letters, then its chief's. */
static void
test_a_company_before_its_chiefs_name (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "Police in Halden arrested the former head of the ferry operator Varnline Markus Olde on Tuesday.\n\n"
    "Olde denies any wrongdoing, his lawyer said.\n");
  const DossierEntityRecord *olde = find_entity (analysis, "Markus Olde");

  g_assert_nonnull (olde);
  g_assert_cmpint (olde->type, ==, DOSSIER_ENTITY_PERSON);
  g_assert_null (find_entity (analysis, "Varnline Markus Olde"));
}

/* Credits of their own: a line of the agencies the report draws on, a
 * source in brackets, an agency and its place, a picture taken by someone
 * through an agency, an agency and its photographer. */
static void
test_credit_lines (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "Divers searched the harbour of Halden on Monday after the ferry capsized.\n\n"
    "Relatives waited at the pier in Halden. [Halden Harbour Police via Reuters]\n\n"
    "The ferry's captain leaves the court in Halden. (AFP: Ana Lindqvist)\n\n"
    "(Source: Reuters)\n\n"
    "Reuters, Halden\n\n"
    "Based on reporting by Reuters, AP, and AFP\n\n"
    "Additional reporting by Piet Olde\n");

  g_assert_nonnull (find_entity (analysis, "Halden"));
  g_assert_null (find_entity (analysis, "Reuters"));
  g_assert_null (find_entity (analysis, "AFP"));
  g_assert_null (find_entity (analysis, "Associated Press"));
  g_assert_null (find_entity (analysis, "Halden Harbour Police"));
  g_assert_null (find_entity (analysis, "Ana Lindqvist"));
  g_assert_null (find_entity (analysis, "Piet Olde"));
}

/* Venues by their last word: a circuit, a prison, a plaza; or by their
 * last but one, before a side. */
static void
test_venues_by_their_kind (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "The race at the Tarvo Marina Circuit ended in protests on Sunday.\n\n"
    "The former minister was driven to Kelmar Prison, past the ruins of Dorra Plaza.\n\n"
    "Residents of the Orvel Towers South condominium were moved out on Friday.\n");

  assert_entity (analysis, "Tarvo Marina Circuit", DOSSIER_ENTITY_PLACE);
  assert_entity (analysis, "Kelmar Prison", DOSSIER_ENTITY_PLACE);
  assert_entity (analysis, "Dorra Plaza", DOSSIER_ENTITY_PLACE);
  /* A kind of place and its side. */
  assert_entity (analysis, "Orvel Towers South", DOSSIER_ENTITY_PLACE);
}

/* "Mount Velka", "Velka Volcano" and "the Velka volcano" are one place,
 * named as outlets choose; "Lake Chad" is no "Chad". */
static void
test_one_place_by_its_kinds (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "Ash from Mount Velka fell on Monday. The Velka volcano calmed on Tuesday, and villagers near Velka "
    "Volcano went home.\n\n"
    "Herders left Lake Chad for Chad's capital.\n");
  const DossierEntityRecord *velka = find_entity (analysis, "Mount Velka");

  g_assert_nonnull (velka);
  g_assert_cmpuint (velka->mentions, ==, 3);
  g_assert_true (find_entity (analysis, "Lake Chad") != find_entity (analysis, "Chad"));
  g_assert_nonnull (find_entity (analysis, "Chad"));
}

/* A paper's name that opens on "The" is not read out of a longer name:
 * "The National Assembly" is the assembly, not the newspaper. */
static void
test_a_papers_name_inside_another (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "Deputies return to the capital\n\n"
    "The National Assembly met on Monday to elect a speaker, The National reported.\n");

  assert_entity (analysis, "National Assembly", DOSSIER_ENTITY_ORGANIZATION);
  assert_entity (analysis, "The National", DOSSIER_ENTITY_ORGANIZATION);
  g_assert_cmpuint (find_entity (analysis, "The National")->mentions, ==, 1);
}

/* The story's institution written in small letters is the one its
 * capitalised name is; another's, or one of many, is not. */
static void
test_institutions_in_small_letters (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "Snap election called\n\n"
    "The president dissolved parliament on Sunday, and the constitutional court will rule on it. "
    "Parliament had sat for three years.\n\n"
    "The European parliament and the party congress said nothing; a parliament needs a quorum.\n");
  const DossierEntityRecord *parliament = find_entity (analysis, "Parliament");

  g_assert_nonnull (parliament);
  g_assert_cmpint (parliament->type, ==, DOSSIER_ENTITY_ORGANIZATION);
  g_assert_true (has_alias (parliament, "parliament"));
  g_assert_cmpuint (parliament->mentions, ==, 2);
  assert_entity (analysis, "Constitutional Court", DOSSIER_ENTITY_ORGANIZATION);
  g_assert_null (find_entity (analysis, "Congress"));
}

static void
test_teams_named_in_the_plural (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "The Kestrels beat the Red Lions 3-1 in Harwick, where the Americans in the crowd cheered.\n\n"
    "Coach Marta Ilves said the Kestrels had earned it, and fans from the Philippines agreed.\n");

  /* A team by its players' name, after "the": an organisation. */
  assert_entity (analysis, "Kestrels", DOSSIER_ENTITY_ORGANIZATION);
  assert_entity (analysis, "Red Lions", DOSSIER_ENTITY_ORGANIZATION);
  /* A people and a country in the plural are not. */
  g_assert_null (find_entity (analysis, "Americans"));
  assert_entity (analysis, "Philippines", DOSSIER_ENTITY_PLACE);
  /* "Coach" is a title, not part of the name. */
  assert_entity (analysis, "Marta Ilves", DOSSIER_ENTITY_PERSON);
}

static void
test_places_by_their_kind (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "Tugs pulled the freighter into the Great Salt Basin Lake, said Lieutenant-General Omar Haddad, "
    "while Velt Shipping Agencies counted the ships waiting near Harwick-Ost Station and in the Velden Canal.\n\n"
    "Divers reached the boys in Tham Kelu cave after nine days, and the Velden bridge was closed.\n");

  /* A name that ends on a kind of place is a place's; a title written
   * with a hyphen is a title; "Agencies" ends an organisation's name. */
  assert_entity (analysis, "Great Salt Basin Lake", DOSSIER_ENTITY_PLACE);
  assert_entity (analysis, "Harwick-Ost Station", DOSSIER_ENTITY_PLACE);
  assert_entity (analysis, "Velden Canal", DOSSIER_ENTITY_PLACE);
  assert_entity (analysis, "Omar Haddad", DOSSIER_ENTITY_PERSON);
  assert_entity (analysis, "Velt Shipping Agencies", DOSSIER_ENTITY_ORGANIZATION);
  /* … and so does a kind of land or water in small letters after it. */
  assert_entity (analysis, "Tham Kelu cave", DOSSIER_ENTITY_PLACE);
  /* … or a work built on it. */
  assert_entity (analysis, "Velden bridge", DOSSIER_ENTITY_PLACE);
}

static void
test_bare_institutions (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "Parliament was suspended for five weeks in Harwick. The Commons had sat until midnight, and the "
    "Senate met in Parliament Square.\n\n"
    "Members of the European Parliament asked why parliament was closed.\n");

  /* The story's own legislature, capitalised alone: one organisation,
   * whatever the sentence's first word. */
  assert_entity (analysis, "Parliament", DOSSIER_ENTITY_ORGANIZATION);
  g_assert_true (has_alias (find_entity (analysis, "Parliament"), "Parliament"));
  assert_entity (analysis, "Commons", DOSSIER_ENTITY_ORGANIZATION);
  assert_entity (analysis, "Senate", DOSSIER_ENTITY_ORGANIZATION);
  /* Inside a longer name it is that name's. */
  assert_entity (analysis, "European Parliament", DOSSIER_ENTITY_ORGANIZATION);
  g_assert_cmpuint (find_entity (analysis, "Parliament")->mentions, ==, 1);
}

static void
test_agencies_in_credits (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "By Reuters: The ferry Nordlys ran aground off Harwick on Monday, the coastguard said.\n\n"
    "Tugs freed it at dawn (Harwick Port Authority via AP). The ruling party (KPV) asked for an inquiry.\n\n"
    "The crew told AFP the engines had failed.\n\n"
    "jm/tk (AFP, dpa, Reuters)\n");
  const DossierEntityRecord *afp;

  /* A byline, a picture's credit and a story's credit name no one who
   * acts; an agency told something does, and a party's acronym in
   * brackets is its name. */
  g_assert_null (find_entity (analysis, "Reuters"));
  g_assert_null (find_entity (analysis, "AP"));
  g_assert_null (find_entity (analysis, "dpa"));
  afp = find_entity (analysis, "AFP");
  g_assert_nonnull (afp);
  g_assert_cmpuint (afp->mentions, ==, 1);
  g_assert_nonnull (find_entity (analysis, "KPV"));
}

static void
test_organizations_by_the_words_around (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "The chief executive of the Norvik group said profits fell, and the founder of Space Velt agreed.\n\n"
    "Anna Vaari, the CEO of Orbly parent Tallis, stepped down. Shipping company Norhavn grew.\n");

  /* A kind of firm in small letters after the name, someone's place in
   * it before: an organisation's name, not a person's. */
  assert_entity (analysis, "Norvik", DOSSIER_ENTITY_ORGANIZATION);
  assert_entity (analysis, "Space Velt", DOSSIER_ENTITY_ORGANIZATION);
  /* A name that qualifies the noun after it ("Orbly parent") is not the
   * body one leads. */
  g_assert_true (find_entity (analysis, "Orbly") == NULL ||
                 find_entity (analysis, "Orbly")->type != DOSSIER_ENTITY_ORGANIZATION);
  assert_entity (analysis, "Anna Vaari", DOSSIER_ENTITY_PERSON);
  /* Nor is a word before the kind when the name follows it; the name is
   * the firm's ("cybersecurity company Crowdstrike"). */
  g_assert_null (find_entity (analysis, "Shipping"));
  assert_entity (analysis, "Norhavn", DOSSIER_ENTITY_ORGANIZATION);
}

static void
test_names_listed_after_a_kind (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "Flights were halted at airlines including Velair, Norjet and Skyhop on Friday.\n\n"
    "Three carriers — Avanti, Brisa, and Corvo — grounded their planes, Anna Lind said.\n\n"
    "Banks such as Harwick Bank and Tolmund closed early.\n");

  /* A kind of body in the plural, then a list of names: each is one. */
  assert_entity (analysis, "Velair", DOSSIER_ENTITY_ORGANIZATION);
  assert_entity (analysis, "Norjet", DOSSIER_ENTITY_ORGANIZATION);
  assert_entity (analysis, "Skyhop", DOSSIER_ENTITY_ORGANIZATION);
  assert_entity (analysis, "Avanti", DOSSIER_ENTITY_ORGANIZATION);
  assert_entity (analysis, "Corvo", DOSSIER_ENTITY_ORGANIZATION);
  assert_entity (analysis, "Tolmund", DOSSIER_ENTITY_ORGANIZATION);
  /* Not the person who speaks after the list. */
  assert_entity (analysis, "Anna Lind", DOSSIER_ENTITY_PERSON);
}

static void
test_a_lone_word_named_as_an_organization (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "A faulty update by cybersecurity company Veltrix crashed the servers.\n\n"
    "Veltrix said the fault had been found.\n");
  const DossierEntityRecord *firm = find_entity (analysis, "Veltrix");

  /* "Veltrix said" alone reads as a person's; the dossier names Veltrix a
   * company: one organisation, named twice. */
  g_assert_nonnull (firm);
  g_assert_cmpint (firm->type, ==, DOSSIER_ENTITY_ORGANIZATION);
  g_assert_cmpuint (firm->mentions, ==, 2);
}

static void
test_names_through_of_and_for (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "The Bank of Velmar raised rates, and the Institute for Fiscal Studies disagreed.\n\n"
    "Leaders of Varga's Movement for Justice met officials of the Union of Velmar Workers.\n\n"
    "The Senate of Tarsia voted on Monday.\n");

  /* An organisation's head, "of" or "for", and capitalised words: one
   * organisation's name. */
  assert_entity (analysis, "Bank of Velmar", DOSSIER_ENTITY_ORGANIZATION);
  assert_entity (analysis, "Institute for Fiscal Studies", DOSSIER_ENTITY_ORGANIZATION);
  assert_entity (analysis, "Union of Velmar Workers", DOSSIER_ENTITY_ORGANIZATION);
  assert_entity (analysis, "Senate of Tarsia", DOSSIER_ENTITY_ORGANIZATION);
  g_assert_nonnull (find_entity (analysis, "Varga's Movement for Justice"));
}

static void
test_names_with_a_capital_inside (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "An update from VeltGuard crashed the servers, Mira Lund said, and NordSecure blamed VeltGuard.\n\n"
    "Senator Ilsa McCarthy said the outage, tagged #ServerDown by users, hit GridPT customers.\n");

  /* One word of two capitalised parts is a firm's name, not a person's. */
  assert_entity (analysis, "VeltGuard", DOSSIER_ENTITY_ORGANIZATION);
  assert_entity (analysis, "NordSecure", DOSSIER_ENTITY_ORGANIZATION);
  /* A surname's inner capital after a particle is a surname's. */
  assert_entity (analysis, "Ilsa McCarthy", DOSSIER_ENTITY_PERSON);
  /* A hashtag names nothing; nor does a product ending in capitals. */
  g_assert_null (find_entity (analysis, "ServerDown"));
  g_assert_true (find_entity (analysis, "GridPT") == NULL ||
                 find_entity (analysis, "GridPT")->type != DOSSIER_ENTITY_ORGANIZATION);
}

static void
test_acronyms_written_as_words (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "Nasa said the launch would slip, and Unesco said it would list the old town.\n\n"
    "Who knew? Today NASA engineers met UNESCO staff in Harwick, where the Swift family sang.\n");
  const DossierEntityRecord *nasa = find_entity (analysis, "NASA");

  /* "Nasa" is NASA, as British style writes it, where the dossier writes
   * it in capitals too: one organisation. */
  g_assert_nonnull (nasa);
  g_assert_cmpint (nasa->type, ==, DOSSIER_ENTITY_ORGANIZATION);
  g_assert_cmpuint (nasa->mentions, ==, 2);
  g_assert_cmpuint (find_entity (analysis, "UNESCO")->mentions, ==, 2);
  /* Words of the language, and a name no capitals in the dossier spell,
   * are not acronyms. */
  g_assert_null (find_entity (analysis, "WHO"));
  g_assert_null (find_entity (analysis, "SWIFT"));
}

static void
test_listed_acronyms_written_as_words (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "Officials of Uefa and Ecowas met in Harwick on Monday, where Anna Swift spoke for the port.\n");
  const DossierEntityRecord *uefa = find_entity (analysis, "UEFA");

  /* An acronym the gazetteer lists, written as a word in a dossier that
   * never spells it in capitals, is still that organisation; a word of
   * the language ("Swift") is not one. */
  g_assert_nonnull (uefa);
  g_assert_cmpint (uefa->type, ==, DOSSIER_ENTITY_ORGANIZATION);
  g_assert_nonnull (find_entity (analysis, "ECOWAS"));
  g_assert_null (find_entity (analysis, "SWIFT"));
}

static void
test_places_by_their_region (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "The rocket rose from Velmora, French Guiana, at dawn, and the crew landed in Korvik, Norway.\n\n"
    "The talks were led by Anna Vaari, Norway's envoy, in Oslo.\n\n"
    "Photos showed the area of Nuvoka in Tonga covered in ash.\n");

  /* A name after "in" or "from" and before a comma and a known country
   * or region is a place's, or after "of" and before "in" and one; a
   * person's apposition is not. */
  assert_entity (analysis, "Velmora", DOSSIER_ENTITY_PLACE);
  assert_entity (analysis, "Korvik", DOSSIER_ENTITY_PLACE);
  assert_entity (analysis, "Nuvoka", DOSSIER_ENTITY_PLACE);
  assert_entity (analysis, "Anna Vaari", DOSSIER_ENTITY_PERSON);
}

static void
test_datelines_in_capitals (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "HARWICK \xe2\x80\x94 The ferry sailed at dawn.\n\n"
    "OSLO \xe2\x80\xa2 Fans filled the square as the team came home.\n\n"
    "PORT KESSEL, March 9. /Wire/. The harbour reopened after the storm.\n\n"
    "VARNEY, 14 May (Wire) - The mill closed.\n\n"
    "KORVAL (WIRE) \xe2\x80\x94 The dam held.\n\n"
    "MALDER/TRESKOW \xe2\x80\xa2 Aid arrived by sea.\n\n"
    "ELBRIDGE, KNW \xe2\x80\x93 The strike ended.\n\n"
    "CAPE TOWN : The trains ran again after the strike.\n\n"
    "BRANWELL, Calif. \xe2\x80\x94 The pier reopened.\n");

  /* A place in capitals before a dash or a bullet opens the story: a
   * place, not an organisation's acronym. */
  assert_entity (analysis, "Harwick", DOSSIER_ENTITY_PLACE);
  assert_entity (analysis, "Oslo", DOSSIER_ENTITY_PLACE);
  g_assert_null (find_entity (analysis, "OSLO"));
  /* So is one before a comma and the day it was filed. */
  assert_entity (analysis, "Port Kessel", DOSSIER_ENTITY_PLACE);
  assert_entity (analysis, "Varney", DOSSIER_ENTITY_PLACE);
  g_assert_null (find_entity (analysis, "KESSEL"));
  /* A credit in brackets is no part of the place; two places joined by a
   * slash are two; an agency's name in capitals after the comma is the
   * credit, no name of the story. */
  assert_entity (analysis, "Korval", DOSSIER_ENTITY_PLACE);
  assert_entity (analysis, "Malder", DOSSIER_ENTITY_PLACE);
  assert_entity (analysis, "Treskow", DOSSIER_ENTITY_PLACE);
  assert_entity (analysis, "Elbridge", DOSSIER_ENTITY_PLACE);
  g_assert_null (find_entity (analysis, "KNW"));
  /* A known place before a colon, a space or none between them. */
  assert_entity (analysis, "Cape Town", DOSSIER_ENTITY_PLACE);
  g_assert_null (find_entity (analysis, "TOWN"));
  /* A state the wires abbreviate in five letters after the comma. */
  assert_entity (analysis, "Branwell", DOSSIER_ENTITY_PLACE);
  g_assert_null (find_entity (analysis, "BRANWELL"));
}

static void
test_a_caption_from_the_archive (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "FILE - In a photo from May, the mill's owner Harald Brink speaks to workers in Ostervik. "
    "(AP Photo/Per Lund, File)\n\n"
    "The paper mill in Ostervik closed on Monday, Harald Brink said.\n");

  /* "FILE" marks a photo from the wire's archive, not a place; the credit
   * names the photographer, not someone the story is about. */
  assert_entity (analysis, "Harald Brink", DOSSIER_ENTITY_PERSON);
  g_assert_null (find_entity (analysis, "File"));
  g_assert_null (find_entity (analysis, "FILE"));
  g_assert_null (find_entity (analysis, "Per Lund"));
}

static void
test_a_capitalised_word_before_a_title (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "7:15pm - Former Prime Minister Anna Vaari has just released a statement.\n\n"
    "The pressures on Prime Ministers are always great, she wrote.\n");

  /* "Former Prime" is no name: "Prime" opens the title "Prime Minister". */
  assert_entity (analysis, "Anna Vaari", DOSSIER_ENTITY_PERSON);
  g_assert_null (find_entity (analysis, "Former Prime"));
  g_assert_null (find_entity (analysis, "Prime"));
}

static void
test_names_of_things (void)
{
  g_autoptr(DossierAnalysis) things = analyse (
    "The Anna Vaari Space Telescope will launch from Harwick, where the Mark Ollin Cup is played.\n");

  /* A name that ends on the head of a thing's or an event's name is no
   * person's, given name or not. */
  g_assert_null (find_entity (things, "Anna Vaari Space Telescope"));
  g_assert_null (find_entity (things, "Mark Ollin Cup"));
}

static void
test_names_borne_by_things (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "Engineers said the Maria Keller telescope and the Anna Vaari Space probe were ready; the news came "
    "at 09:40 IST and again at 10:15 EST.\n\n"
    "Maria Keller, the astronomer it is named after, said she was proud.\n");

  /* "the Maria Keller telescope": a name before a word in small letters,
   * after "the", is what bears it; the astronomer, named as herself, is a
   * person.  "Space" ends a thing's name.  Time zones are no bodies. */
  assert_entity (analysis, "Maria Keller", DOSSIER_ENTITY_PERSON);
  g_assert_cmpuint (find_entity (analysis, "Maria Keller")->mentions, ==, 1);
  g_assert_null (find_entity (analysis, "Anna Vaari Space"));
  g_assert_null (find_entity (analysis, "IST"));
  g_assert_null (find_entity (analysis, "EST"));
}

static void
test_what_a_title_is_of (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "Norway's Minister for International Development, Dag Tollefsen, said aid would arrive on Friday.\n\n"
    "Secretary of State Antony Blinken spoke to him later, and so did the Minister for Culture "
    "Eva-Marie Lindqvist.\n");

  /* "Minister for International Development": the title's portfolio, no
   * one's name; the name after it, and one after "Secretary of State", are
   * people. */
  g_assert_null (find_entity (analysis, "Development"));
  g_assert_null (find_entity (analysis, "International Development"));
  assert_entity (analysis, "Dag Tollefsen", DOSSIER_ENTITY_PERSON);
  assert_entity (analysis, "Antony Blinken", DOSSIER_ENTITY_PERSON);
  assert_entity (analysis, "Eva-Marie Lindqvist", DOSSIER_ENTITY_PERSON);
}

static void
test_a_surname_that_is_a_title (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "Crowds remembered Martin Luther King Jr. at the memorial on Monday, and King Charles III sent a "
    "message.\n");

  /* "King" before "Jr." is his surname; before "Charles III" a title. */
  assert_entity (analysis, "Martin Luther King Jr", DOSSIER_ENTITY_PERSON);
  g_assert_null (find_entity (analysis, "Jr"));
  g_assert_null (find_entity (analysis, "Martin Luther"));
  assert_entity (analysis, "Charles III", DOSSIER_ENTITY_PERSON);
}

static void
test_he_as_a_family_name (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "In a speech on Friday, He Meilan, a hydrologist at the provincial institute, warned of floods.\n\n"
    "The institute backed geologist He Meilan on Saturday. He said the dams would hold, and He Also Spoke "
    "was the title of her talk.\n");

  /* "He" before a name that is no common word is her family name; the
   * pronoun before a verb ("He said") is no one's. */
  assert_entity (analysis, "He Meilan", DOSSIER_ENTITY_PERSON);
  g_assert_cmpuint (find_entity (analysis, "He Meilan")->mentions, ==, 2);
  g_assert_null (find_entity (analysis, "Meilan"));
  g_assert_null (find_entity (analysis, "He"));
  g_assert_null (find_entity (analysis, "He Also"));
}

/* "Santos" is a port the general lists know; in an article that names
 * the minister Elena Santos, "Santos" alone is her, except after a word
 * of place.  And a given name before it makes a name ("Marta Santos"). */
static void
test_a_surname_that_is_also_a_town (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "Finance Minister Elena Santos resigned on Monday after a week of protests.\n\n"
    "Santos told reporters that she would stay in parliament. Dock workers in Santos cheered, and the "
    "union leader Marta Santos called it a victory.\n");
  const DossierEntityRecord *minister = find_entity (analysis, "Elena Santos");
  const DossierEntityRecord *port = find_entity (analysis, "Santos");

  assert_entity (analysis, "Elena Santos", DOSSIER_ENTITY_PERSON);
  g_assert_true (has_alias (minister, "Santos"));
  g_assert_nonnull (port);
  g_assert_cmpint (port->type, ==, DOSSIER_ENTITY_PLACE);
  g_assert_cmpuint (port->mentions, ==, 1);
  assert_entity (analysis, "Marta Santos", DOSSIER_ENTITY_PERSON);
}

/* A firm named after a city, called a firm once ("the conglomerate
 * Bergen Marine"), is that firm wherever the article names it; one
 * described between commas ("Halvik, a property developer owned by …")
 * is a firm; a surname with its particle joined by a hyphen is one name
 * ("Karim al-Hassan", "Hassan" alone); a listed name ends on its own
 * "'s". */
static void
test_firms_by_their_description (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "Creditors of the conglomerate Bergen Marine met on Monday.\n\n"
    "Bergen Marine owes $4 billion. Halvik, a property developer owned by Bergen Marine, missed a payment.\n\n"
    "Karim al-Hassan, the treasurer of the port, said the banks would wait. Hassan also said that Moody's had "
    "cut the rating.\n\n"
    "Lindqvist, the company's chief executive, resigned.\n");
  const DossierEntityRecord *firm = find_entity (analysis, "Bergen Marine");
  const DossierEntityRecord *treasurer = find_entity (analysis, "Karim al-Hassan");

  assert_entity (analysis, "Bergen Marine", DOSSIER_ENTITY_ORGANIZATION);
  g_assert_cmpuint (firm->mentions, ==, 3);
  g_assert_null (find_entity (analysis, "Bergen"));
  assert_entity (analysis, "Halvik", DOSSIER_ENTITY_ORGANIZATION);
  assert_entity (analysis, "Karim al-Hassan", DOSSIER_ENTITY_PERSON);
  g_assert_true (has_alias (treasurer, "Hassan"));
  assert_entity (analysis, "Moody's", DOSSIER_ENTITY_ORGANIZATION);
  g_assert_true (has_alias (find_entity (analysis, "Moody's"), "Moody's"));
  /* Described as someone of the company, not as it. */
  g_assert_true (find_entity (analysis, "Lindqvist") == NULL ||
                 find_entity (analysis, "Lindqvist")->type != DOSSIER_ENTITY_ORGANIZATION);
}

static void
test_a_person_after_a_name_and_letters_after_hers (void)
{
  g_autoptr(DossierAnalysis) analysis = analyse (
    "The founder of SeaLink Martin Fessler was charged on Monday, and his barrister Anna Kowal KC asked for "
    "bail.\n\n"
    "Martin Fessler denies the charges, Anna Kowal told reporters.\n");

  /* A name with a capital inside, then a given name and a surname: two
   * names; "KC" after hers is no part of it. */
  assert_entity (analysis, "Martin Fessler", DOSSIER_ENTITY_PERSON);
  g_assert_cmpuint (find_entity (analysis, "Martin Fessler")->mentions, ==, 2);
  g_assert_null (find_entity (analysis, "SeaLink Martin Fessler"));
  assert_entity (analysis, "Anna Kowal", DOSSIER_ENTITY_PERSON);
  g_assert_cmpuint (find_entity (analysis, "Anna Kowal")->mentions, ==, 2);
  g_assert_null (find_entity (analysis, "Anna Kowal KC"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/entity-recognizer/titles-given-names-demonyms", test_titles_given_names_and_demonyms);
  g_test_add_func ("/entity-recognizer/compound-given-names", test_compound_given_names);
  g_test_add_func ("/entity-recognizer/spellings", test_spellings_are_one_person);
  g_test_add_func ("/entity-recognizer/acronyms", test_acronyms_and_abbreviations);
  g_test_add_func ("/entity-recognizer/speech-verbs", test_speech_verb_and_surname_rules);
  g_test_add_func ("/entity-recognizer/teams-named-in-the-plural", test_teams_named_in_the_plural);
  g_test_add_func ("/entity-recognizer/bare-institutions", test_bare_institutions);
  g_test_add_func ("/entity-recognizer/places-by-their-kind", test_places_by_their_kind);
  g_test_add_func ("/entity-recognizer/agencies-in-credits", test_agencies_in_credits);
  g_test_add_func ("/entity-recognizer/datelines-in-capitals", test_datelines_in_capitals);
  g_test_add_func ("/entity-recognizer/a-place-named-after-a-firm", test_a_place_named_after_a_firm);
  g_test_add_func ("/entity-recognizer/competitions-are-no-bodies", test_competitions_are_no_bodies);
  g_test_add_func ("/entity-recognizer/a-craft-is-no-one", test_a_craft_is_no_one);
  g_test_add_func ("/entity-recognizer/a-caption-from-the-archive", test_a_caption_from_the_archive);
  g_test_add_func ("/entity-recognizer/a-capitalised-word-before-a-title", test_a_capitalised_word_before_a_title);
  g_test_add_func ("/entity-recognizer/names-of-things", test_names_of_things);
  g_test_add_func ("/entity-recognizer/names-borne-by-things", test_names_borne_by_things);
  g_test_add_func ("/entity-recognizer/places-by-their-region", test_places_by_their_region);
  g_test_add_func ("/entity-recognizer/acronyms-written-as-words", test_acronyms_written_as_words);
  g_test_add_func ("/entity-recognizer/listed-acronyms-written-as-words", test_listed_acronyms_written_as_words);
  g_test_add_func ("/entity-recognizer/organizations-by-the-words-around", test_organizations_by_the_words_around);
  g_test_add_func ("/entity-recognizer/names-with-a-capital-inside", test_names_with_a_capital_inside);
  g_test_add_func ("/entity-recognizer/names-through-of-and-for", test_names_through_of_and_for);
  g_test_add_func ("/entity-recognizer/names-listed-after-a-kind", test_names_listed_after_a_kind);
  g_test_add_func ("/entity-recognizer/what-a-title-is-of", test_what_a_title_is_of);
  g_test_add_func ("/entity-recognizer/a-surname-that-is-a-title", test_a_surname_that_is_a_title);
  g_test_add_func ("/entity-recognizer/a-lone-word-named-as-an-organization",
                   test_a_lone_word_named_as_an_organization);
  g_test_add_func ("/entity-recognizer/he-as-a-family-name", test_he_as_a_family_name);
  g_test_add_func ("/entity-recognizer/names-described-as-people", test_names_described_as_people);
  g_test_add_func ("/entity-recognizer/names-after-a-persons-role", test_names_after_a_persons_role);
  g_test_add_func ("/entity-recognizer/a-countrys-body", test_a_countrys_body);
  g_test_add_func ("/entity-recognizer/places-by-their-first-word", test_places_by_their_first_word);
  g_test_add_func ("/entity-recognizer/one-place-by-its-kinds", test_one_place_by_its_kinds);
  g_test_add_func ("/entity-recognizer/venues-by-their-kind", test_venues_by_their_kind);
  g_test_add_func ("/entity-recognizer/credit-lines", test_credit_lines);
  g_test_add_func ("/entity-recognizer/a-closing-credit", test_a_closing_credit);
  g_test_add_func ("/entity-recognizer/titles-of-offices", test_titles_of_offices);
  g_test_add_func ("/entity-recognizer/a-name-after-the-sentences-first-word", test_a_name_after_the_sentences_first_word);
  g_test_add_func ("/entity-recognizer/a-place-joined-by-a-hyphen", test_a_place_joined_by_a_hyphen);
  g_test_add_func ("/entity-recognizer/a-papers-name-inside-another", test_a_papers_name_inside_another);
  g_test_add_func ("/entity-recognizer/institutions-in-small-letters", test_institutions_in_small_letters);
  g_test_add_func ("/entity-recognizer/a-storm-and-a-saints-cathedral", test_a_storm_and_a_saints_cathedral);
  g_test_add_func ("/entity-recognizer/a-company-before-its-chiefs-name", test_a_company_before_its_chiefs_name);
  g_test_add_func ("/entity-recognizer/a-dateline-with-its-region-in-brackets",
                   test_a_dateline_with_its_region_in_brackets);
  g_test_add_func ("/entity-recognizer/a-surname-that-is-also-a-town", test_a_surname_that_is_also_a_town);
  g_test_add_func ("/entity-recognizer/firms-by-their-description", test_firms_by_their_description);
  g_test_add_func ("/entity-recognizer/a-person-after-a-name-and-letters-after-hers",
                   test_a_person_after_a_name_and_letters_after_hers);

  return g_test_run ();
}
