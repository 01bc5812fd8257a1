/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* One person, however each outlet spells the name: with and without its
 * Turkish, Polish or Nordic letters.  The articles are our own words. */

#include "dossier-test-util.h"

#include "dossier-characters.h"
#include "dossier-correction.h"
#include "dossier-entity-recognizer.h"
#include "dossier-headline-names.h"

static const char * const turkish_outlet =
  "Opposition leader Kemal Kılıçdaroğlu conceded defeat in the runoff on Sunday evening.\n\n"
  "Speaking in Ankara, Kılıçdaroğlu said the campaign had been the most unfair in years and thanked "
  "the volunteers who had watched the ballot boxes.\n\n"
  "The electoral board said turnout had reached 84 percent across the country.\n";

static const char * const wire_outlet =
  "Kemal Kilicdaroglu, the opposition candidate, accepted defeat late on Sunday after the count ended.\n\n"
  "Kilicdaroglu told supporters in the capital that the struggle for democracy would go on, and that "
  "he would stay as leader of his party.\n\n"
  "Observers from a European assembly said the vote had been free but not fair.\n";

static const char * const nordic_outlet =
  "Labour leader Jonas Gahr Støre claimed victory in the parliamentary election on Monday night.\n\n"
  "Støre told cheering supporters in Oslo that voters had asked for a fairer country.\n";

static const char * const other_nordic_outlet =
  "Jonas Gahr Store, whose party came first, said he would begin talks on a new government.\n\n"
  "Store, a former foreign minister, said on Tuesday that talks could take several weeks.\n";

static const char * const third_nordic_outlet =
  "The centre-left opposition under Jonas Gahr Stoere won a clear majority.\n\n"
  "Stoere is expected to take office next month after talks with two smaller parties.\n";

/* A name no list knows, and a cup and a product that look like names. */
static const char * const final_report =
  "The tennis final in Marlow ended in straight sets on Saturday afternoon.\n\n"
  "The winner beat Coco Marsh 6-2, 6-3 in front of a full centre court, and Marsh thanked the crowd "
  "in a short speech.\n\n"
  "Both players will now travel to the Davis Cup, where the Cup holders play first.\n\n"
  "Fans filmed the match on the new Lumo Switch, a camera that costs far too much; the Switch sold out "
  "within an hour, and the company promised to switch suppliers.\n";

static DossierAnalysis *
analyse (const char * const *texts,
         guint               n_texts,
         GPtrArray          *corrections)
{
  g_autoptr(DossierGazetteer) gazetteer = dossier_gazetteer_new_default ();
  DossierAnalysis *analysis = dossier_analysis_new (gazetteer);

  for (guint i = 0; i < n_texts; i++)
    dossier_analysis_add_document (analysis, dossier_test_clean_string (texts[i]));
  dossier_analysis_set_corrections (analysis, corrections);
  dossier_analysis_run (analysis);
  return analysis;
}

static const DossierEntityRecord *
entity_named_in (DossierAnalysis *analysis,
                 const char      *alias)
{
  for (guint e = 0; e < dossier_analysis_get_n_entities (analysis); e++)
    {
      const DossierEntityRecord *entity = dossier_analysis_get_entity (analysis, e);
      for (guint a = 0; a < entity->aliases->len; a++)
        if (g_strcmp0 (g_ptr_array_index (entity->aliases, a), alias) == 0)
          return entity;
    }
  return NULL;
}

static void
test_fold_to_ascii (void)
{
  const char *cases[][2] = {
    { "Kılıçdaroğlu", "Kilicdaroglu" },
    { "Świątek", "Swiatek" },
    { "Łukasz Błaszczykowski", "Lukasz Blaszczykowski" },
    { "Støre", "Store" },
    { "Ørsted", "Orsted" },
    { "Đoković", "Djokovic" },  /* not equal: see below */
    { "Straße", "Strasse" },
    { "Kahramanmaraş", "Kahramanmaras" },
    { "İstanbul", "Istanbul" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = dossier_fold_to_ascii (cases[i][0], -1);
      if (i == 5)
        /* English spells Đ as "Dj", a transliteration rule of its own;
         * the fold gives the letter without its bar. */
        g_assert_cmpstr (folded, ==, "Dokovic");
      else
        g_assert_cmpstr (folded, ==, cases[i][1]);
    }
  /* Other scripts stay as they are: two names in Cyrillic never fold to
   * the same empty key. */
  {
    g_autofree char *cyrillic = dossier_fold_to_ascii ("Зеленский", -1);
    g_autofree char *korean = dossier_fold_to_ascii ("한국방송", -1);
    g_assert_cmpstr (cyrillic, ==, "Зеленский");
    g_assert_cmpstr (korean, ==, "한국방송");
  }
}

static void
test_turkish_letters (void)
{
  const char *texts[] = { turkish_outlet, wire_outlet };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts), NULL);
  const DossierEntityRecord *with_letters = entity_named_in (analysis, "Kemal Kılıçdaroğlu");
  const DossierEntityRecord *without = entity_named_in (analysis, "Kemal Kilicdaroglu");

  g_assert_nonnull (with_letters);
  g_assert_true (with_letters == without);
  g_assert_true (entity_named_in (analysis, "Kilicdaroglu") == with_letters);
  g_assert_true (entity_named_in (analysis, "Kılıçdaroğlu") == with_letters);
  g_assert_cmpuint (with_letters->documents->len, ==, 2);
}

static void
test_nordic_letters (void)
{
  const char *texts[] = { nordic_outlet, other_nordic_outlet, third_nordic_outlet };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts), NULL);
  const DossierEntityRecord *store = entity_named_in (analysis, "Jonas Gahr Støre");

  g_assert_nonnull (store);
  g_assert_true (entity_named_in (analysis, "Jonas Gahr Store") == store);
  g_assert_true (entity_named_in (analysis, "Jonas Gahr Stoere") == store);
  g_assert_cmpuint (store->documents->len, ==, 3);
}

static void
test_correction_with_an_older_key (void)
{
  /* A dossier corrected by an earlier Dossier names the person by the key
   * it made then; the correction still finds him. */
  const char *texts[] = { turkish_outlet, wire_outlet };
  g_autoptr(DossierAnalysis) first = analyse (texts, G_N_ELEMENTS (texts), NULL);
  const DossierEntityRecord *person = entity_named_in (first, "Kemal Kilicdaroglu");
  g_autoptr(GPtrArray) corrections = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_correction_free);
  g_autoptr(DossierAnalysis) second = NULL;
  g_autofree char *refolded = NULL;

  g_assert_nonnull (person);
  g_assert_true (g_str_has_prefix (person->key, "person:kilicdaroglu|"));
  /* A key as an older Dossier could have kept it, its letters unfolded. */
  refolded = dossier_entity_key_refold ("person:Kılıçdaroğlu|kemal");
  g_assert_cmpstr (refolded, ==, "person:kilicdaroglu|kemal");

  g_ptr_array_add (corrections, dossier_correction_new (DOSSIER_CORRECTION_RENAME, "person:Kılıçdaroğlu|kemal",
                                                        "Kemal Kılıçdaroğlu (CHP)"));
  second = analyse (texts, G_N_ELEMENTS (texts), corrections);
  g_assert_nonnull (entity_named_in (second, "Kilicdaroglu"));
  g_assert_cmpstr (entity_named_in (second, "Kilicdaroglu")->name, ==, "Kemal Kılıçdaroğlu (CHP)");
}

static void
test_dateline_and_plural_titles (void)
{
  const char *texts[] = {
    "ERBIL, Kurdistan Region - The regional parliament met on Sunday to elect a new speaker after months of "
    "talks between the two main parties.\n\n"
    "Justices Amara Holt and Weller dissented from the ruling the court handed down on Monday, in which the "
    "majority found the law valid.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts), NULL);
  const DossierEntityRecord *erbil = entity_named_in (analysis, "ERBIL");
  const DossierEntityRecord *weller = entity_named_in (analysis, "Weller");

  /* A dateline in capitals is a place, not an organisation. */
  g_assert_nonnull (erbil);
  g_assert_cmpint (erbil->type, ==, DOSSIER_ENTITY_PLACE);
  g_assert_cmpstr (erbil->name, ==, "Erbil");
  /* "Justices A and B": both are people. */
  g_assert_nonnull (entity_named_in (analysis, "Amara Holt"));
  g_assert_nonnull (weller);
  g_assert_cmpint (weller->type, ==, DOSSIER_ENTITY_PERSON);
}

/* A state as the agencies abbreviate it after its place is that state,
 * one with its name written out in another outlet; and a dateline in
 * capitals with one is still a place. */
static void
test_abbreviated_states (void)
{
  const char *texts[] = {
    "Freight train derails near grain elevator\n\n"
    "DAYTON, Ohio (AP) — A freight train left the tracks on Tuesday near a grain elevator.\n\n"
    "The crew had come from Lexington, Ky., the day before, and a second crew from Frankfort, Ind., stood by.\n",
    "A train derailed in Ohio on Tuesday; its crew had set out from Kentucky, the railway said.\n\n"
    "Inspectors flew in from Oakvale, Md., on Wednesday.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts), NULL);
  const DossierEntityRecord *kentucky = entity_named_in (analysis, "Ky.");
  const DossierEntityRecord *indiana = entity_named_in (analysis, "Ind.");
  const DossierEntityRecord *dayton = entity_named_in (analysis, "DAYTON");

  g_assert_nonnull (kentucky);
  g_assert_cmpint (kentucky->type, ==, DOSSIER_ENTITY_PLACE);
  g_assert_cmpstr (kentucky->name, ==, "Kentucky");
  g_assert_true (entity_named_in (analysis, "Kentucky") == kentucky);
  g_assert_cmpuint (kentucky->documents->len, ==, 2);
  g_assert_nonnull (indiana);
  g_assert_cmpstr (indiana->name, ==, "Indiana");
  g_assert_nonnull (dayton);
  g_assert_cmpint (dayton->type, ==, DOSSIER_ENTITY_PLACE);
  /* A place no list knows, before one: "in Oakvale, Md." */
  g_assert_nonnull (entity_named_in (analysis, "Oakvale"));
  g_assert_cmpint (entity_named_in (analysis, "Oakvale")->type, ==, DOSSIER_ENTITY_PLACE);
}

/* A city in a list of clubs is a club, in that article and wherever the
 * dossier names it alone; a list of cities, or of countries beside
 * organisations, stays one of places. */
/* A headline capitalises every word: the names the texts gave are found
 * there, and in a photo's caption, but not in its credit; a surname alone
 * only where the article's text names that person. */
static void
test_names_in_headlines_and_captions (void)
{
  const char *texts[] = {
    "Storm closes the port\n\n"
    "The mayor of Gdansk, Anna Varga, closed the port on Monday as the storm reached the coast, Reuters "
    "reported.\n",
    "Gdansk Port Shut As Storm Hits Coast, Varga Says\n\n"
    "Fishing boats stayed in the harbour on Monday, the harbour master said.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts), NULL);
  const DossierEntityRecord *gdansk = entity_named_in (analysis, "Gdansk");
  const DossierEntityRecord *reuters = entity_named_in (analysis, "Reuters");
  DossierDocument *second = dossier_analysis_get_document (analysis, 1);
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  GArray *names;

  g_assert_nonnull (gdansk);
  g_assert_nonnull (reuters);
  /* After the analysis: the title's place; not "Varga", whom this text
   * does not name. */
  names = (GArray *) dossier_analysis_get_headline_names (analysis, 1);
  g_assert_nonnull (names);
  g_assert_cmpuint (names->len, ==, 1);
  g_assert_true (dossier_analysis_get_entity (analysis, g_array_index (names, DossierHeadlineMention, 0).entity) == gdansk);
  g_assert_cmpint (g_array_index (names, DossierHeadlineMention, 0).where, ==, DOSSIER_HEADLINE_TITLE);
  g_assert_cmpuint (g_array_index (names, DossierHeadlineMention, 0).start, ==, 0);
  g_assert_cmpuint (g_array_index (names, DossierHeadlineMention, 0).end, ==, 6);

  /* A caption's place counts; its credit's agency does not. */
  g_ptr_array_add (second->captions, g_strdup ("Waves break on the quay in Gdansk on Monday. (Photo: Reuters)"));
  g_ptr_array_add (second->captions, g_strdup ("REUTERS/Jan Kowal Reuters/Gdansk harbour"));
  {
    g_autoptr(GPtrArray) entities = g_ptr_array_new ();
    const DossierHeadlineMention *first, *last;

    for (guint e = 0; e < dossier_analysis_get_n_entities (analysis); e++)
      g_ptr_array_add (entities, (gpointer) dossier_analysis_get_entity (analysis, e));
    dossier_headline_names_find (dossier_analysis_get_documents (analysis), entities, found);
    names = g_ptr_array_index (found, 1);
    g_assert_cmpuint (names->len, ==, 2);
    first = &g_array_index (names, DossierHeadlineMention, 0);
    last = &g_array_index (names, DossierHeadlineMention, 1);
    g_assert_cmpint (first->where, ==, DOSSIER_HEADLINE_TITLE);
    g_assert_cmpint (last->where, ==, 0);
    g_assert_true (g_ptr_array_index (entities, last->entity) == gdansk);
    g_assert_cmpuint (last->start, ==, strlen ("Waves break on the quay in "));
  }
}

/* The dates of a headline and of a caption, read from the day the article
 * was published, as its text's are. */
static void
test_dates_in_headlines_and_captions (void)
{
  const char *texts[] = {
    "Harbour will reopen on Monday after the storm\nPublished: 14 March 2031\n\n"
    "The harbour of Kelmstad will reopen on Monday, the port authority said on Friday.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts), NULL);
  DossierDocument *document = dossier_analysis_get_document (analysis, 0);
  const GArray *dates = dossier_analysis_get_headline_dates (analysis, 0);
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  const DossierHeadlineDate *date;
  g_autofree char *monday = NULL, *caption_day = NULL;

  g_assert_cmpstr (document->title, ==, "Harbour will reopen on Monday after the storm");
  g_assert_nonnull (dates);
  g_assert_cmpuint (dates->len, ==, 1);
  date = &g_array_index (dates, DossierHeadlineDate, 0);
  g_assert_cmpint (date->where, ==, DOSSIER_HEADLINE_TITLE);
  monday = dossier_date_to_iso (&date->value);
  g_assert_cmpstr (monday, ==, "2031-03-17");

  g_ptr_array_add (document->captions, g_strdup ("Waves break on the quay in Kelmstad on March 12, 2031."));
  dossier_headline_dates_find (dossier_analysis_get_documents (analysis), found);
  dates = g_ptr_array_index (found, 0);
  g_assert_cmpuint (dates->len, ==, 2);
  date = &g_array_index (dates, DossierHeadlineDate, 1);
  g_assert_cmpint (date->where, ==, 0);
  caption_day = dossier_date_to_iso (&date->value);
  g_assert_cmpstr (caption_day, ==, "2031-03-12");

  /* "Kelmstad Harbour to reopen on Monday": a headline's "to" tells what
   * is to come, where every word before it is capitalised; "Storm sends
   * Kelmstad ferries to port on Monday" has its verb, and looks back. */
  {
    const char *headlines[] = { "Kelmstad Harbour to reopen on Monday", "Storm sends Kelmstad ferries to port on Monday" };
    const char *expected[] = { "2031-03-17", "2031-03-10" };

    for (gsize h = 0; h < G_N_ELEMENTS (headlines); h++)
      {
        g_autofree char *day = NULL;

        g_free (document->title);
        document->title = g_strdup (headlines[h]);
        g_ptr_array_set_size (document->captions, 0);
        dossier_headline_dates_find (dossier_analysis_get_documents (analysis), found);
        dates = g_ptr_array_index (found, 0);
        g_assert_cmpuint (dates->len, ==, 1);
        date = &g_array_index (dates, DossierHeadlineDate, 0);
        day = dossier_date_to_iso (&date->value);
        g_assert_cmpstr (day, ==, expected[h]);
        g_assert_cmpuint (date->start, ==, strstr (headlines[h], "on Monday") - headlines[h]);
      }
  }
}

static void
test_a_city_listed_among_clubs (void)
{
  const char *texts[] = {
    "Clubs quit the breakaway league\n\n"
    "Arsenal, Leeds, Manchester City and Tottenham said on Tuesday they would leave the new league.\n",
    "Leeds confirmed its withdrawal in a statement on Tuesday evening, after talks with its fans.\n\n"
    "Supporters gathered in Berlin, Paris and Rome to protest against the plan, and delegates from Austria, "
    "FIFA and UEFA met in Geneva.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts), NULL);
  const DossierEntityRecord *leeds = entity_named_in (analysis, "Leeds");

  g_assert_nonnull (leeds);
  g_assert_cmpint (leeds->type, ==, DOSSIER_ENTITY_ORGANIZATION);
  g_assert_cmpuint (leeds->documents->len, ==, 2);
  g_assert_cmpint (entity_named_in (analysis, "Paris")->type, ==, DOSSIER_ENTITY_PLACE);
  g_assert_cmpint (entity_named_in (analysis, "Berlin")->type, ==, DOSSIER_ENTITY_PLACE);
  g_assert_cmpint (entity_named_in (analysis, "Austria")->type, ==, DOSSIER_ENTITY_PLACE);
}

/* A firm named with its legal form by one outlet ("Norvik Shipping ASA")
 * and without it by another is one firm; so is one named after a city
 * ("the conglomerate Bergen Marine"), whichever outlet says it is one. */
static void
test_a_firm_with_and_without_its_legal_form (void)
{
  const char *texts[] = {
    "Shipper misses a payment\n\n"
    "Norvik Shipping ASA missed a payment to its creditors on Monday, the company said.\n\n"
    "Creditors of the conglomerate Bergen Marine met the same day.\n",
    "Norvik Shipping said on Monday that it would ask its banks for more time.\n\n"
    "Bergen Marine said nothing, and Bergen's harbour stayed quiet.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts), NULL);
  const DossierEntityRecord *norvik = entity_named_in (analysis, "Norvik Shipping");
  const DossierEntityRecord *conglomerate = entity_named_in (analysis, "Bergen Marine");

  g_assert_nonnull (norvik);
  g_assert_true (norvik == entity_named_in (analysis, "Norvik Shipping ASA"));
  g_assert_cmpuint (norvik->documents->len, ==, 2);
  g_assert_nonnull (conglomerate);
  g_assert_cmpint (conglomerate->type, ==, DOSSIER_ENTITY_ORGANIZATION);
  g_assert_cmpuint (conglomerate->documents->len, ==, 2);
  g_assert_cmpint (entity_named_in (analysis, "Bergen")->type, ==, DOSSIER_ENTITY_PLACE);
}

/* A name no rule took, between the clubs of a list ("Chelsea", named like
 * a woman; "Internazionale"), is a club too — once. */
static void
test_a_name_among_clubs (void)
{
  const char *texts[] = {
    "Clubs join the breakaway league\n\n"
    "AC Milan, Arsenal FC, Atletico Madrid, Chelsea, Barcelona, Internazionale and Juventus signed up on "
    "Sunday, the league said.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts), NULL);
  const DossierEntityRecord *chelsea = entity_named_in (analysis, "Chelsea");
  const DossierEntityRecord *inter = entity_named_in (analysis, "Internazionale");

  g_assert_nonnull (chelsea);
  g_assert_cmpint (chelsea->type, ==, DOSSIER_ENTITY_ORGANIZATION);
  g_assert_cmpuint (chelsea->mentions, ==, 1);
  g_assert_nonnull (inter);
  g_assert_cmpint (inter->type, ==, DOSSIER_ENTITY_ORGANIZATION);
  /* "Arsenal FC" is the club Arsenal, its letters no body of their own. */
  g_assert_nonnull (entity_named_in (analysis, "Arsenal FC"));
  g_assert_null (entity_named_in (analysis, "FC"));
}

static void
test_one_misspelling (void)
{
  const char *texts[] = {
    "Opposition leader Kemal Kilicdaroglu conceded defeat on Sunday.\n\n"
    "Kemal Kilicdaroglu said the vote had been unfair, and Kilicdaroglu thanked his volunteers.\n",
    "Kemal Kilicdarolu, the opposition candidate, spoke to supporters in the capital on Sunday evening.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts), NULL);
  const DossierEntityRecord *person = entity_named_in (analysis, "Kemal Kilicdaroglu");
  g_autoptr(GPtrArray) corrections = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_correction_free);
  g_autoptr(DossierAnalysis) split = NULL;

  /* One outlet's misspelling joins the person the others name alike,
   * and says so. */
  g_assert_nonnull (person);
  g_assert_true (entity_named_in (analysis, "Kemal Kilicdarolu") == person);
  g_assert_cmpuint (person->documents->len, ==, 2);
  g_assert_nonnull (person->probably_same);
  g_assert_cmpstr (g_ptr_array_index (person->probably_same, 0), ==, "Kemal Kilicdarolu");

  /* One split undoes it. */
  g_ptr_array_add (corrections, dossier_correction_new (DOSSIER_CORRECTION_SPLIT, person->key, "Kemal Kilicdarolu"));
  split = analyse (texts, G_N_ELEMENTS (texts), corrections);
  g_assert_true (entity_named_in (split, "Kemal Kilicdarolu") != entity_named_in (split, "Kemal Kilicdaroglu"));
}

static void
test_a_spelling_two_outlets_share (void)
{
  const char *texts[] = {
    "Speaker Tarja Ilves Vaaranen said on Monday that the vote would be held on Friday.\n",
    "The speaker, Tarja Ilves Vaaranen, read the president's letter to parliament.\n",
    "Tarja Ilves Vaaranen told lawmakers to stay in the capital until the vote.\n",
    "Speaker Tarja Vaaranan announced the date of the vote on Monday.\n",
    "Tarja Vaaranan, the speaker, said the letter was genuine.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts), NULL);
  const DossierEntityRecord *person = entity_named_in (analysis, "Tarja Ilves Vaaranen");

  /* A spelling two outlets share, one letter from the one three others
   * give, with the same first given name: probably the same, said so. */
  g_assert_nonnull (person);
  g_assert_true (entity_named_in (analysis, "Tarja Vaaranan") == person);
  g_assert_cmpuint (person->documents->len, ==, 5);
  g_assert_nonnull (person->probably_same);
}

static void
test_a_given_name_transliterated_two_ways (void)
{
  const char *texts[] = {
    "President Nurlanbay Dzhurayev of Talvia resigned on Thursday.\n",
    "Talvia's president, Nurlanbay Dzhurayev, said he would leave office.\n",
    "Nurlanbay Dzhurayev told parliament the crisis was over.\n",
    "President Nurlanbai Dzhurayev spoke on television.\n",
    "Nurlanbai Dzhurayev thanked the army.\n",
  };
  const char *even[] = {
    "Nurlanbay Dzhurayev resigned on Thursday.\n",
    "Nurlanbay Dzhurayev said he would leave office.\n",
    "Nurlanbai Dzhurayev spoke on television.\n",
    "Nurlanbai Dzhurayev thanked the army.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts), NULL);
  g_autoptr(DossierAnalysis) two = analyse (even, G_N_ELEMENTS (even), NULL);
  const DossierEntityRecord *person = entity_named_in (analysis, "Nurlanbay Dzhurayev");

  /* "Nurlanbai" in two articles is "Nurlanbay" of three, the y and the i
   * of two transliterations: probably the same, said so. */
  g_assert_nonnull (person);
  g_assert_true (entity_named_in (analysis, "Nurlanbai Dzhurayev") == person);
  g_assert_cmpuint (person->documents->len, ==, 5);
  g_assert_nonnull (person->probably_same);
  /* As many articles for each spelling: neither gives way. */
  g_assert_true (entity_named_in (two, "Nurlanbai Dzhurayev") != entity_named_in (two, "Nurlanbay Dzhurayev"));
}

static void
test_an_organisation_by_its_last_words (void)
{
  const char *texts[] = {
    "The Norvik Coast Guard said on Monday that its ships had found the missing trawler.\n",
    "The Coast Guard towed the trawler to the harbour of Sellin on Tuesday.\n\n"
    "A Coast Guard spokesman said the crew of six was unhurt, and the Coast Guard thanked the fishermen who "
    "had helped.\n",
  };
  const char *two[] = {
    "The Norvik Coast Guard and the Selva Coast Guard searched the strait on Monday.\n",
    "The Coast Guard towed the trawler to the harbour of Sellin on Tuesday.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts), NULL);
  g_autoptr(DossierAnalysis) ambiguous = analyse (two, G_N_ELEMENTS (two), NULL);

  /* "the Coast Guard" is the end of one organisation's name the dossier
   * gives: that organisation; of two, neither. */
  g_assert_nonnull (entity_named_in (analysis, "Norvik Coast Guard"));
  g_assert_true (entity_named_in (analysis, "Coast Guard") == entity_named_in (analysis, "Norvik Coast Guard"));
  /* Every mention of it, not the first only. */
  g_assert_cmpuint (entity_named_in (analysis, "Coast Guard")->mentions, ==, 4);
  g_assert_nonnull (entity_named_in (ambiguous, "Coast Guard"));
  g_assert_true (entity_named_in (ambiguous, "Coast Guard") != entity_named_in (ambiguous, "Norvik Coast Guard"));
  g_assert_true (entity_named_in (ambiguous, "Coast Guard") != entity_named_in (ambiguous, "Selva Coast Guard"));
}

static void
test_a_name_written_apart (void)
{
  const char *texts[] = {
    "The shipping line SeaBridge said on Monday that its ferry had lost power off the coast.\n",
    "Sea Bridge, which owns the ferry, said all passengers were safe.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts), NULL);
  const DossierEntityRecord *line = entity_named_in (analysis, "SeaBridge");

  /* Two words that, run together, are a name the dossier writes with a
   * capital inside: that organisation. */
  g_assert_nonnull (line);
  g_assert_cmpint (line->type, ==, DOSSIER_ENTITY_ORGANIZATION);
  g_assert_true (entity_named_in (analysis, "Sea Bridge") == line);
}

static void
test_unknown_name_named_twice (void)
{
  const char *texts[] = { final_report };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts), NULL);
  const DossierEntityRecord *marsh = entity_named_in (analysis, "Coco Marsh");

  /* "Coco Marsh" … "Marsh": no list knows her, but the article names her
   * in full and by her surname alone: one person, both mentions. */
  g_assert_nonnull (marsh);
  g_assert_cmpint (marsh->type, ==, DOSSIER_ENTITY_PERSON);
  g_assert_cmpuint (marsh->mentions, ==, 2);
  /* "Davis Cup" … "Cup" is no person, nor "Lumo Switch" … "Switch",
   * which the article also writes in small letters. */
  g_assert_null (entity_named_in (analysis, "Davis Cup"));
  g_assert_null (entity_named_in (analysis, "Lumo Switch"));
}

/* Names written surname first, as Korean and Chinese names are in English
 * news: no list knows them, the article names the surname alone, and one
 * outlet writes the given name's second syllable with a capital. */
static void
test_surname_first (void)
{
  const char *texts[] = {
    "The court removed President Han Mi-sun from office on Friday.\n\n"
    "Her friend Yoon Dae-ho was found to have meddled in state affairs, and Han denied it.\n",
    "Judges upheld the vote against Han Mi-Sun, whose adviser Yoon Dae-ho is on trial.\n\n"
    "Yoon said nothing as he left the court, and Mrs. Smith-Jones watched from the gallery.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts), NULL);
  const DossierEntityRecord *han = entity_named_in (analysis, "Han Mi-sun");
  const DossierEntityRecord *yoon = entity_named_in (analysis, "Yoon Dae-ho");

  g_assert_true (dossier_person_name_is_surname_first ("Han Mi-sun", strlen ("Han Mi-sun")));
  g_assert_true (dossier_person_name_is_surname_first ("Lee Jung-Mi", strlen ("Lee Jung-Mi")));
  g_assert_false (dossier_person_name_is_surname_first ("Ann Smith-Jones", strlen ("Ann Smith-Jones")));
  g_assert_false (dossier_person_name_is_surname_first ("Ann Lloyd-Webb", strlen ("Ann Lloyd-Webb")));
  g_assert_false (dossier_person_name_is_surname_first ("Gary Bien-Aime", strlen ("Gary Bien-Aime")));
  g_assert_false (dossier_person_name_is_surname_first ("Jean-Luc Picard", strlen ("Jean-Luc Picard")));

  /* Both spellings are one person, and "Han" alone is she, not a second
   * person. */
  g_assert_nonnull (han);
  g_assert_cmpint (han->type, ==, DOSSIER_ENTITY_PERSON);
  g_assert_true (entity_named_in (analysis, "Han Mi-Sun") == han);
  g_assert_true (entity_named_in (analysis, "Han") == han);
  g_assert_cmpuint (han->documents->len, ==, 2);
  /* Named with no title, once in each article: still a person, and
   * "Yoon" alone is he. */
  g_assert_nonnull (yoon);
  g_assert_cmpint (yoon->type, ==, DOSSIER_ENTITY_PERSON);
  g_assert_true (entity_named_in (analysis, "Yoon") == yoon);
  g_assert_cmpuint (yoon->documents->len, ==, 2);
}

/* One island written with its kind word in capitals and in small letters,
 * one defence force in British and American spelling. */
static void
test_kind_words_and_spellings (void)
{
  const char *texts[] = {
    "Ash covered Pelham Island after the eruption on Saturday, the Westland Defence Force said.\n",
    "A flight by the Westland Defense Force on Monday showed damage on Pelham island.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts), NULL);
  const DossierEntityRecord *island = entity_named_in (analysis, "Pelham Island");
  const DossierEntityRecord *force = entity_named_in (analysis, "Westland Defence Force");

  g_assert_nonnull (island);
  g_assert_true (entity_named_in (analysis, "Pelham island") == island);
  g_assert_cmpuint (island->documents->len, ==, 2);
  g_assert_nonnull (force);
  g_assert_true (entity_named_in (analysis, "Westland Defense Force") == force);
  g_assert_cmpuint (force->documents->len, ==, 2);
}

/* Teams no list knows: called by their first word alone, as teams and
 * firms are, and named in full by both outlets. */
static void
test_teams_by_their_first_word (void)
{
  const char *texts[] = {
    "Fans attacked the Velda Azul bus before the Cup Final on Saturday.\n\n"
    "Three Velda players were hurt, and the final was put off.\n",
    "The federation fined Tarrow Athletic after its fans attacked the Velda Azul bus.\n\n"
    "Velda asked to be given the title without playing.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts), NULL);
  const DossierEntityRecord *team = entity_named_in (analysis, "Velda Azul");

  g_assert_nonnull (team);
  g_assert_cmpint (team->type, ==, DOSSIER_ENTITY_ORGANIZATION);
  g_assert_cmpuint (team->documents->len, ==, 2);
  /* "Cup Final" is no team: the article writes "the final". */
  g_assert_null (entity_named_in (analysis, "Cup Final"));
}

/* A governor no list knows, named in full and alone in one outlet, in
 * full only in the others; a president known by a name inside his full
 * one; one outlet misspells his given name. */
static const char * const state_paper =
  "Governor Abdu Tamburawa of Kebbi said on Monday that the count in his state was complete.\n\n"
  "Tamburawa told reporters in Birnin Kebbi that the results would be sent to the capital by night.\n\n"
  "President Luiz Inácio Lula da Silva sent his congratulations; Lula spoke by telephone.\n\n"
  "Lula said later that the calm count did the whole region credit.\n";

static const char * const national_paper =
  "The figures were announced by Abdu Tamburawa after a long night in the collation centre.\n\n"
  "Observers said the vote in the north-west had been calm, and that turnout was higher than in 2019.\n\n"
  "Luis Inácio Lula da Silva, the Brazilian president, was among the first to call.\n";

static void
test_names_confirmed_across_outlets (void)
{
  const char *texts[] = { state_paper, national_paper };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts), NULL);
  const DossierEntityRecord *governor = entity_named_in (analysis, "Abdu Tamburawa");
  const DossierEntityRecord *lula = entity_named_in (analysis, "Luiz Inácio Lula da Silva");

  /* Named both ways in the state paper, the governor is a person there and
   * in the national paper, which names him only in full. */
  g_assert_nonnull (governor);
  g_assert_cmpint (governor->type, ==, DOSSIER_ENTITY_PERSON);
  g_assert_cmpuint (governor->documents->len, ==, 2);
  /* "Lula" alone is the president; "Luis" is one letter from "Luiz". */
  g_assert_nonnull (lula);
  g_assert_true (entity_named_in (analysis, "Lula") == lula);
  g_assert_true (entity_named_in (analysis, "Luis Inácio Lula da Silva") == lula);
  g_assert_cmpuint (lula->documents->len, ==, 2);
}

/* Places of every country's subdivisions and WordNet's towns, with or
 * without their accents ("Sacatepequez" for "Sacatepéquez"), and a place
 * that opens an organisation's name. */
static void
test_general_places (void)
{
  const char *texts[] = {
    "The former prime minister was shot while speaking outside a station in Nara on Friday.\n\n"
    "Voters in Anambra and Sokoto waited for hours; the Denver Post and Ithaca Holdings were named in the "
    "report, and students of Richmond High School marched in Bozeman.\n\n"
    "Ash fell on Escuintla and Sacatepequez, written without its accent.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts), NULL);
  const char *places[] = { "Nara", "Anambra", "Sokoto", "Bozeman", "Sacatepequez" };
  const char *organisations[] = { "Denver Post", "Ithaca Holdings", "Richmond High School" };

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      const DossierEntityRecord *place = entity_named_in (analysis, places[i]);
      g_assert_nonnull (place);
      g_assert_cmpint (place->type, ==, DOSSIER_ENTITY_PLACE);
    }
  for (guint i = 0; i < G_N_ELEMENTS (organisations); i++)
    {
      const DossierEntityRecord *organisation = entity_named_in (analysis, organisations[i]);
      g_assert_nonnull (organisation);
      g_assert_cmpint (organisation->type, ==, DOSSIER_ENTITY_ORGANIZATION);
    }
  g_assert_null (entity_named_in (analysis, "Denver"));
  g_assert_null (entity_named_in (analysis, "High School"));

  /* A town's name before a surname is a given name: no place. */
  {
    const char *final[] = {
      "The champion beat Casper Ruud in straight sets in the final on Sunday afternoon.\n\n"
      "Ruud said afterwards that he had never faced a better player on clay, and that he would be back.\n",
    };
    g_autoptr(DossierAnalysis) tennis = analyse (final, G_N_ELEMENTS (final), NULL);
    const DossierEntityRecord *ruud = entity_named_in (tennis, "Casper Ruud");

    g_assert_nonnull (ruud);
    g_assert_cmpint (ruud->type, ==, DOSSIER_ENTITY_PERSON);
    g_assert_null (entity_named_in (tennis, "Casper"));
  }
}

/* An acronym in brackets after a name is that name wherever the dossier
 * writes it alone; the words before a known name that the acronym spells
 * are part of the name there. */
static void
test_acronyms (void)
{
  const char *texts[] = {
    "The Independent National Electoral Commission (INEC) declared the result before dawn on Wednesday, "
    "and the Peoples Democratic Party (PDP) said it would go to court.\n",
    "INEC officials said turnout was low in the south, and the PDP asked for a recount in two states.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts), NULL);
  const DossierEntityRecord *commission = entity_named_in (analysis, "Independent National Electoral Commission");
  const DossierEntityRecord *party = entity_named_in (analysis, "Peoples Democratic Party");

  g_assert_nonnull (commission);
  g_assert_cmpint (commission->type, ==, DOSSIER_ENTITY_ORGANIZATION);
  g_assert_true (entity_named_in (analysis, "INEC") == commission);
  g_assert_cmpuint (commission->documents->len, ==, 2);
  g_assert_nonnull (party);
  g_assert_true (entity_named_in (analysis, "PDP") == party);
  g_assert_cmpuint (party->documents->len, ==, 2);
  /* The newspaper of that name is not read into the commission's. */
  g_assert_null (entity_named_in (analysis, "The Independent"));
}

/* One firm's name in other capitals. */
static void
test_a_name_in_other_capitals (void)
{
  const char *texts[] = {
    "A faulty update from cybersecurity company VeltGuard crashed servers on Friday.\n",
    "Engineers at the cybersecurity company Veltguard worked through the night on Friday.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts), NULL);
  const DossierEntityRecord *firm = entity_named_in (analysis, "VeltGuard");

  g_assert_nonnull (firm);
  g_assert_true (entity_named_in (analysis, "Veltguard") == firm);
  g_assert_cmpuint (firm->documents->len, ==, 2);
}

/* A firm one outlet names in a list of its kind, another alone. */
static void
test_a_name_listed_by_one_outlet (void)
{
  const char *texts[] = {
    "Flights were halted at airlines including Velair, Norjet and Skyhop on Friday.\n",
    "Passengers of Velair waited for hours at the airport in Porto.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts), NULL);
  const DossierEntityRecord *firm = entity_named_in (analysis, "Velair");

  g_assert_nonnull (firm);
  g_assert_cmpint (firm->type, ==, DOSSIER_ENTITY_ORGANIZATION);
  g_assert_cmpuint (firm->documents->len, ==, 2);
}

/* A team one outlet names as the employer of a driver, another only
 * inside a sentence; a given name followed by "team" is a team's. */
static void
test_a_team_named_by_its_driver (void)
{
  const char *texts[] = {
    "Velt Racing's Tomas Brandt won the title in Sepang on Sunday after a last-lap pass.\n",
    "The stewards of the race said Velt Racing had broken no rule, and the Marisol team protested.\n",
    "Marisol withdrew the protest on Thursday.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts), NULL);
  const DossierEntityRecord *team = entity_named_in (analysis, "Velt Racing");
  const DossierEntityRecord *rival = entity_named_in (analysis, "Marisol");

  g_assert_nonnull (team);
  g_assert_cmpint (team->type, ==, DOSSIER_ENTITY_ORGANIZATION);
  g_assert_cmpuint (team->documents->len, ==, 2);
  g_assert_nonnull (entity_named_in (analysis, "Tomas Brandt"));
  g_assert_cmpint (entity_named_in (analysis, "Tomas Brandt")->type, ==, DOSSIER_ENTITY_PERSON);
  g_assert_nonnull (rival);
  g_assert_cmpint (rival->type, ==, DOSSIER_ENTITY_ORGANIZATION);
  g_assert_cmpuint (rival->documents->len, ==, 2);
}

/* A town one outlet names as a town, another only before a noun. */
static void
test_a_place_named_by_one_outlet (void)
{
  const char *texts[] = {
    "Flames destroyed most of the old harbour town of Kestrava on the island's west coast on Tuesday.\n",
    "Firefighters said the Kestrava blaze had been brought under control by Wednesday evening.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts), NULL);
  const DossierEntityRecord *town = entity_named_in (analysis, "Kestrava");

  g_assert_nonnull (town);
  g_assert_cmpint (town->type, ==, DOSSIER_ENTITY_PLACE);
  g_assert_cmpuint (town->documents->len, ==, 2);
}

/* A word no list knows, that one outlet writes after "in" or "near", is a
 * place's name in every article. */
static void
test_a_place_after_in (void)
{
  const char *texts[] = {
    "Rescuers pulled a woman from the rubble of a factory in Kessavar on Friday.\n",
    "Kessavar's factory owners were questioned by police on Saturday. The Harwick Hawks, who lost in Game 5 "
    "on Monday, won in Round 3 of the cup.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts), NULL);
  const DossierEntityRecord *town = entity_named_in (analysis, "Kessavar");

  g_assert_nonnull (town);
  g_assert_cmpint (town->type, ==, DOSSIER_ENTITY_PLACE);
  g_assert_cmpuint (town->documents->len, ==, 2);
  /* A word numbered after "in" is a thing numbered, no place. */
  g_assert_null (entity_named_in (analysis, "Game"));
  g_assert_null (entity_named_in (analysis, "Round"));
}

/* A person named in full, then by the first name alone. */
static void
test_a_first_name_alone (void)
{
  const char *texts[] = {
    "Maria Varenne, the minister's wife, left the palace on Tuesday. Maria had hoped to succeed him, her "
    "allies said.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts), NULL);
  const DossierEntityRecord *person = entity_named_in (analysis, "Maria Varenne");

  /* "Maria" alone is the one person the article names so. */
  g_assert_nonnull (person);
  g_assert_cmpuint (person->mentions, ==, 2);
}

/* A long acronym one outlet writes in capitals and another as a word. */
static void
test_a_long_acronym_written_as_a_word (void)
{
  const char *texts[] = {
    "The final will be played in Lisbon, the governing body SUDAMFUT said on Thursday after a meeting with "
    "both clubs.\n",
    "Sudamfut confirmed on Thursday that the final moves to Lisbon, and both clubs accepted the decision of "
    "Sudamfut.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts), NULL);
  const DossierEntityRecord *body = entity_named_in (analysis, "SUDAMFUT");

  /* Eight capitals alone would be no acronym ("FEELING"); written as a
   * word by another outlet, it is one, and one organisation. */
  g_assert_nonnull (body);
  g_assert_cmpint (body->type, ==, DOSSIER_ENTITY_ORGANIZATION);
  g_assert_true (entity_named_in (analysis, "Sudamfut") == body);
  g_assert_cmpuint (body->documents->len, ==, 2);
}

/* Organisations' names with a possessive in them, or opening on a common
 * word, written the British or the American way; a dateline with a credit
 * in brackets; a town no list knows; a shorter form of a full name. */
static void
test_party_names_and_shorter_forms (void)
{
  const char *texts[] = {
    "Count ends in the north\n\n"
    "HARBOURTON (Wire Service) — The electoral board said on Wednesday that the People's Unity Party had "
    "won in the town of Kelvedash, and officials of the Labour Party said they would ask for a recount.\n\n"
    "Tamsin Reyes Ovando, the party's leader, thanked her volunteers.\n",
    "Officials of the Labor Party walked out of the count, while the Peoples Unity Party celebrated.\n\n"
    "Reyes Ovando told supporters the count had been fair, and Messrs Ovando and Tamsin shook hands.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts), NULL);
  const DossierEntityRecord *unity = entity_named_in (analysis, "People's Unity Party");
  const DossierEntityRecord *labour = entity_named_in (analysis, "Labour Party");
  const DossierEntityRecord *town = entity_named_in (analysis, "Kelvedash");
  const DossierEntityRecord *dateline = entity_named_in (analysis, "HARBOURTON");
  const DossierEntityRecord *leader = entity_named_in (analysis, "Tamsin Reyes Ovando");

  /* "People's Unity Party" and "Peoples Unity Party": one party, named in
   * full past its possessive. */
  g_assert_nonnull (unity);
  g_assert_cmpint (unity->type, ==, DOSSIER_ENTITY_ORGANIZATION);
  g_assert_true (entity_named_in (analysis, "Peoples Unity Party") == unity);
  g_assert_null (entity_named_in (analysis, "Unity Party"));
  /* "Labour" and "Labor": one party, though "labour" is a common word. */
  g_assert_nonnull (labour);
  g_assert_cmpint (labour->type, ==, DOSSIER_ENTITY_ORGANIZATION);
  g_assert_true (entity_named_in (analysis, "Labor Party") == labour);
  /* "the town of Kelvedash": a place, though no list knows it. */
  g_assert_nonnull (town);
  g_assert_cmpint (town->type, ==, DOSSIER_ENTITY_PLACE);
  /* A dateline in capitals with its credit in brackets is a place. */
  g_assert_nonnull (dateline);
  g_assert_cmpint (dateline->type, ==, DOSSIER_ENTITY_PLACE);
  /* "Reyes Ovando" is the end of one longer name of that surname. */
  g_assert_nonnull (leader);
  g_assert_cmpint (leader->type, ==, DOSSIER_ENTITY_PERSON);
  g_assert_true (entity_named_in (analysis, "Reyes Ovando") == leader);
  g_assert_cmpuint (leader->documents->len, ==, 2);
  /* "Messrs" is a title, not a given name. */
  g_assert_null (entity_named_in (analysis, "Messrs Ovando"));
}

/* A shop's chain named only beside its kind ("the Norvo supermarket") and
 * before its staff, and a suburb no list knows, after its kind ("the
 * suburb of Kaldavik"), in two outlets. */
static void
test_a_chain_and_a_suburb (void)
{
  const char *texts[] = {
    "Roof falls on shoppers\n\n"
    "The roof of the Norvo supermarket fell in on Thursday evening in the suburb of Kaldavik.\n\n"
    "Norvo board member Elin Vasker said thirty staff had been at work.\n",
    "The roof of a Norvo supermarket in the Teslo suburb of Kaldavik collapsed on Thursday.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts), NULL);
  const DossierEntityRecord *chain = entity_named_in (analysis, "Norvo");
  const DossierEntityRecord *suburb = entity_named_in (analysis, "Kaldavik");

  g_assert_nonnull (chain);
  g_assert_cmpint (chain->type, ==, DOSSIER_ENTITY_ORGANIZATION);
  g_assert_cmpuint (chain->documents->len, ==, 2);
  g_assert_nonnull (suburb);
  g_assert_cmpint (suburb->type, ==, DOSSIER_ENTITY_PLACE);
  g_assert_cmpuint (suburb->documents->len, ==, 2);
}

/* Villages no list knows, after "around", "in" and "near", one spelt with
 * its accents in one outlet and without in the other: one place. */
static void
test_villages_after_a_preposition (void)
{
  const char *texts[] = {
    "Fire in the hills\n\n"
    "The prime minister visited the burnt forest around Vila Serrão on Sunday.\n",
    "The fire broke out in Vila Serrao and spread to farms near Corvelha.\n\n"
    "The region's firms invest heavily in AI and in Robotics, the mayor said.\n\n"
    "Mayor Ilda Varela said it was the worst week in Varela's career.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts), NULL);
  const DossierEntityRecord *village = entity_named_in (analysis, "Vila Serrão");
  const DossierEntityRecord *farms = entity_named_in (analysis, "Corvelha");

  g_assert_nonnull (village);
  g_assert_cmpint (village->type, ==, DOSSIER_ENTITY_PLACE);
  g_assert_cmpuint (village->documents->len, ==, 2);
  g_assert_nonnull (farms);
  g_assert_cmpint (farms->type, ==, DOSSIER_ENTITY_PLACE);
  /* An acronym after "in" is no place; nor a word that a list or a
   * capital letter alone makes no name of. */
  g_assert_true (entity_named_in (analysis, "AI") == NULL ||
                 entity_named_in (analysis, "AI")->type != DOSSIER_ENTITY_PLACE);
  /* "in Varela's career": whose, not where. */
  g_assert_true (entity_named_in (analysis, "Varela") == NULL ||
                 entity_named_in (analysis, "Varela")->type != DOSSIER_ENTITY_PLACE);
}

/* One outlet writes "Lee Joon-Seok" and "Lac-Mégantic", another "Lee
 * Joon-seok" and "Lac Megantic": one captain, one town. */
static void
test_names_in_other_capitals_and_hyphens (void)
{
  const char * const texts[] = {
    "Ferry captain charged\n\n"
    "Prosecutors charged the captain Lee Joon-Seok with negligence on Monday, after the ferry sank near "
    "the port of Lac-Mégantic.\n",
    "Captain arrested\n\n"
    "Police arrested the captain Lee Joon-seok on Monday, two days after the ferry sank off Lac Megantic.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts), NULL);
  const DossierEntityRecord *captain = entity_named_in (analysis, "Lee Joon-Seok");
  const DossierEntityRecord *town = entity_named_in (analysis, "Lac Megantic");
  guint captains = 0;

  if (captain == NULL)
    captain = entity_named_in (analysis, "Lee Joon-seok");
  g_assert_nonnull (captain);
  g_assert_cmpuint (captain->documents->len, ==, 2);
  for (guint e = 0; e < dossier_analysis_get_n_entities (analysis); e++)
    captains += g_str_has_prefix (dossier_analysis_get_entity (analysis, e)->name, "Lee Joon");
  g_assert_cmpuint (captains, ==, 1);
  g_assert_nonnull (town);
  g_assert_true (town == entity_named_in (analysis, "Lac-Mégantic"));
}

/* "Rafa Lindqvist Jr" in one article, "Lindqvist" alone in another: the
 * mark of a generation is no surname. */
static void
test_a_generation_after_the_name (void)
{
  const char * const texts[] = {
    "Striker leaves Varna\n\n"
    "The striker Rafa Lindqvist Jr told his teammates on Wednesday that he was leaving Varna FC.\n",
    "Transfer talks\n\n"
    "Officials of Varna FC say Lindqvist and his father met the club's directors on Wednesday.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse (texts, G_N_ELEMENTS (texts), NULL);
  const DossierEntityRecord *striker = entity_named_in (analysis, "Rafa Lindqvist Jr");

  g_assert_nonnull (striker);
  g_assert_cmpuint (striker->documents->len, ==, 2);
  g_assert_true (entity_named_in (analysis, "Lindqvist") == striker);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/names/fold-to-ascii", test_fold_to_ascii);
  g_test_add_func ("/names/turkish-letters", test_turkish_letters);
  g_test_add_func ("/names/nordic-letters", test_nordic_letters);
  g_test_add_func ("/names/correction-with-an-older-key", test_correction_with_an_older_key);
  g_test_add_func ("/names/dateline-and-plural-titles", test_dateline_and_plural_titles);
  g_test_add_func ("/names/one-misspelling", test_one_misspelling);
  g_test_add_func ("/names/a-spelling-two-outlets-share", test_a_spelling_two_outlets_share);
  g_test_add_func ("/names/a-given-name-transliterated-two-ways", test_a_given_name_transliterated_two_ways);
  g_test_add_func ("/names/an-organisation-by-its-last-words", test_an_organisation_by_its_last_words);
  g_test_add_func ("/names/a-name-written-apart", test_a_name_written_apart);
  g_test_add_func ("/names/surname-first", test_surname_first);
  g_test_add_func ("/names/kind-words-and-spellings", test_kind_words_and_spellings);
  g_test_add_func ("/names/teams-by-their-first-word", test_teams_by_their_first_word);
  g_test_add_func ("/names-across-outlets/unknown-name-named-twice", test_unknown_name_named_twice);
  g_test_add_func ("/names-across-outlets/names-confirmed-across-outlets", test_names_confirmed_across_outlets);
  g_test_add_func ("/names-across-outlets/general-places", test_general_places);
  g_test_add_func ("/names-across-outlets/acronyms", test_acronyms);
  g_test_add_func ("/names-across-outlets/a-long-acronym-written-as-a-word", test_a_long_acronym_written_as_a_word);
  g_test_add_func ("/names-across-outlets/a-first-name-alone", test_a_first_name_alone);
  g_test_add_func ("/names-across-outlets/a-place-named-by-one-outlet", test_a_place_named_by_one_outlet);
  g_test_add_func ("/names-across-outlets/a-place-after-in", test_a_place_after_in);
  g_test_add_func ("/names-across-outlets/a-name-listed-by-one-outlet", test_a_name_listed_by_one_outlet);
  g_test_add_func ("/names-across-outlets/a-team-named-by-its-driver", test_a_team_named_by_its_driver);
  g_test_add_func ("/names-across-outlets/a-name-in-other-capitals", test_a_name_in_other_capitals);
  g_test_add_func ("/names-across-outlets/party-names-and-shorter-forms", test_party_names_and_shorter_forms);
  g_test_add_func ("/names-across-outlets/abbreviated-states", test_abbreviated_states);
  g_test_add_func ("/names-across-outlets/names-in-headlines-and-captions", test_names_in_headlines_and_captions);
  g_test_add_func ("/names-across-outlets/dates-in-headlines-and-captions", test_dates_in_headlines_and_captions);
  g_test_add_func ("/names-across-outlets/a-city-listed-among-clubs", test_a_city_listed_among_clubs);
  g_test_add_func ("/names-across-outlets/a-name-among-clubs", test_a_name_among_clubs);
  g_test_add_func ("/names-across-outlets/a-chain-and-a-suburb", test_a_chain_and_a_suburb);
  g_test_add_func ("/names-across-outlets/villages-after-a-preposition", test_villages_after_a_preposition);
  g_test_add_func ("/names-across-outlets/a-firm-with-and-without-its-legal-form",
                   test_a_firm_with_and_without_its_legal_form);
  g_test_add_func ("/names-across-outlets/a-generation-after-the-name", test_a_generation_after_the_name);
  g_test_add_func ("/names-across-outlets/names-in-other-capitals-and-hyphens",
                   test_names_in_other_capitals_and_hyphens);

  return g_test_run ();
}
