/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The researcher's corrections as the analysis applies them, again after
 * every analysis: events retitled, re-dated, merged, split, hidden and
 * made from a sentence, each found again by its key; a name that is no
 * name gone everywhere; words marked as a name found wherever they are;
 * two spellings kept apart that the analysis took for one person. */

#include "dossier-correction.h"
#include "dossier-event-corrections.h"
#include "dossier-test-util.h"

static DossierAnalysis *
analyse_seeds (GPtrArray *corrections)
{
  g_autoptr(DossierGazetteer) gazetteer = dossier_gazetteer_new_default ();
  DossierAnalysis *analysis = dossier_analysis_new (gazetteer);

  for (guint i = 0; i < G_N_ELEMENTS (dossier_test_seeds); i++)
    dossier_analysis_add_document (analysis, dossier_test_clean_seed (i));
  dossier_analysis_set_corrections (analysis, corrections);
  dossier_analysis_run (analysis);
  return analysis;
}

static DossierAnalysis *
analyse_texts (const char * const *texts,
               guint               n_texts,
               GPtrArray          *corrections)
{
  g_autoptr(DossierGazetteer) gazetteer = dossier_gazetteer_new_default ();
  DossierAnalysis *analysis = dossier_analysis_new (gazetteer);

  for (guint i = 0; i < n_texts; i++)
    {
      DossierDocument *document = dossier_test_clean_string (texts[i]);

      dossier_date_parse_iso ("2023-05-28", &document->published);
      document->published_from = DOSSIER_DATE_SOURCE_USER;
      dossier_analysis_add_document (analysis, document);
    }
  dossier_analysis_set_corrections (analysis, corrections);
  dossier_analysis_run (analysis);
  return analysis;
}

static GPtrArray *
documents_of (DossierAnalysis *analysis)
{
  GPtrArray *documents = g_ptr_array_new ();

  for (guint d = 0; d < dossier_analysis_get_n_documents (analysis); d++)
    g_ptr_array_add (documents, dossier_analysis_get_document (analysis, d));
  return documents;
}

static GPtrArray *
events_of (DossierAnalysis *analysis)
{
  GPtrArray *events = g_ptr_array_new ();

  for (guint v = 0; v < dossier_analysis_get_n_events (analysis); v++)
    g_ptr_array_add (events, (gpointer) dossier_analysis_get_event (analysis, v));
  return events;
}

/* The event on @date whose summary has @words, or NULL. */
static const DossierEventRecord *
event_on (DossierAnalysis *analysis,
          const char      *date,
          const char      *words)
{
  for (guint v = 0; v < dossier_analysis_get_n_events (analysis); v++)
    {
      const DossierEventRecord *event = dossier_analysis_get_event (analysis, v);
      g_autofree char *iso = dossier_date_to_iso (&event->date);

      if (g_strcmp0 (iso, date) == 0 && strstr (event->summary, words) != NULL)
        return event;
    }
  return NULL;
}

static char *
key_of (DossierAnalysis          *analysis,
        const DossierEventRecord *event)
{
  g_autoptr(GPtrArray) documents = documents_of (analysis);

  g_assert_nonnull (event);
  return dossier_event_record_dup_key (event, documents);
}

static const DossierEventRecord *
event_of_key (DossierAnalysis *analysis,
              const char      *key)
{
  g_autoptr(GPtrArray) documents = documents_of (analysis);
  g_autoptr(GPtrArray) events = events_of (analysis);
  int index = dossier_event_find (events, documents, key);

  return index >= 0 ? g_ptr_array_index (events, index) : NULL;
}

static guint
count_visible (DossierAnalysis *analysis)
{
  guint n = 0;

  for (guint v = 0; v < dossier_analysis_get_n_events (analysis); v++)
    n += !dossier_analysis_get_event (analysis, v)->hidden;
  return n;
}

static void
test_event_keys_are_stable (void)
{
  g_autoptr(DossierAnalysis) first = analyse_seeds (NULL);
  g_autoptr(DossierAnalysis) second = analyse_seeds (NULL);
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_assert_cmpuint (dossier_analysis_get_n_events (first), ==, dossier_analysis_get_n_events (second));
  for (guint v = 0; v < dossier_analysis_get_n_events (first); v++)
    {
      g_autofree char *a = key_of (first, dossier_analysis_get_event (first, v));
      g_autofree char *b = key_of (second, dossier_analysis_get_event (second, v));

      /* Outside a dossier file an article is known by its place. */
      g_assert_true (g_str_has_prefix (a, "a"));
      g_assert_cmpstr (a, ==, b);
      /* No two events share one. */
      g_assert_false (g_hash_table_contains (keys, a));
      g_hash_table_add (keys, g_steal_pointer (&a));
    }
}

static void
test_event_corrections (void)
{
  g_autoptr(DossierAnalysis) before = analyse_seeds (NULL);
  g_autoptr(GPtrArray) corrections = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_correction_free);
  g_autofree char *plan = key_of (before, event_on (before, "2024-10-16", "Victory Plan"));
  g_autofree char *statement = key_of (before, event_on (before, "2024-10-17", "announced that Ukraine"));
  g_autofree char *push = key_of (before, event_on (before, "2024-10-17", "push for Ukraine"));
  g_autofree char *speak = key_of (before, event_on (before, "2024-10-17", "would speak"));
  g_autofree char *stance = key_of (before, event_on (before, "2008", "stance"));
  const DossierEventRecord *summit = event_on (before, "2024-07", "");
  g_autofree char *summit_key = key_of (before, summit);
  g_autofree char *split_source = NULL;
  g_autofree char *new_sentence = NULL;
  guint n_before = dossier_analysis_get_n_events (before);
  guint statement_sources = event_on (before, "2024-10-17", "announced that Ukraine")->sources->len;
  guint push_sources = event_on (before, "2024-10-17", "push for Ukraine")->sources->len;
  g_autoptr(DossierAnalysis) after = NULL;
  g_autoptr(DossierAnalysis) again = NULL;
  const DossierEventRecord *event;

  /* The summit's report in the fourth article, split off. */
  {
    g_autoptr(GPtrArray) documents = documents_of (before);
    for (guint s = 0; s < summit->sources->len && split_source == NULL; s++)
      if (g_array_index (summit->sources, DossierEventSource, s).document == 3)
        split_source = dossier_event_source_dup_key (documents, &g_array_index (summit->sources, DossierEventSource, s));
    g_assert_nonnull (split_source);
  }
  /* A sentence of the last article that reports no event. */
  {
    g_autoptr(GPtrArray) documents = documents_of (before);
    g_autoptr(GPtrArray) events = events_of (before);
    DossierDocument *last = dossier_analysis_get_document (before, 4);

    for (guint p = 0; p < last->paragraphs->len && new_sentence == NULL; p++)
      {
        DossierParagraph *paragraph = g_ptr_array_index (last->paragraphs, p);

        for (guint s = 0; s < paragraph->sentences->len && new_sentence == NULL; s++)
          {
            DossierEventSource source;
            DossierDate date;
            g_autofree char *key = NULL;

            g_assert_true (dossier_event_source_for_sentence (documents, 4, p,
                                                              g_array_index (paragraph->sentences, DossierSpan, s).start,
                                                              &source, &date));
            key = dossier_event_source_dup_key (documents, &source);
            if (source.dating == DOSSIER_DATED_IMPLICITLY && strstr (paragraph->text + source.start, "Smith") != NULL &&
                dossier_event_find (events, documents, key) < 0)
              new_sentence = g_steal_pointer (&key);
          }
      }
    g_assert_nonnull (new_sentence);
  }

  g_ptr_array_add (corrections, dossier_correction_new (DOSSIER_CORRECTION_EVENT_TITLE, plan, "Zelenskyy presents his Victory Plan"));
  g_ptr_array_add (corrections, dossier_correction_new (DOSSIER_CORRECTION_EVENT_DATE, speak, "2024-10-18"));
  g_ptr_array_add (corrections, dossier_correction_new (DOSSIER_CORRECTION_EVENT_HIDDEN, stance, "true"));
  g_ptr_array_add (corrections, dossier_correction_new (DOSSIER_CORRECTION_EVENT_MERGE, push, statement));
  g_ptr_array_add (corrections, dossier_correction_new (DOSSIER_CORRECTION_EVENT_SPLIT, summit_key, split_source));
  g_ptr_array_add (corrections, dossier_correction_new (DOSSIER_CORRECTION_EVENT_NEW, new_sentence, ""));
  after = analyse_seeds (corrections);

  /* Retitled. */
  event = event_of_key (after, plan);
  g_assert_nonnull (event);
  g_assert_cmpstr (event->summary, ==, "Zelenskyy presents his Victory Plan");
  g_assert_true (event->corrected & DOSSIER_EVENT_RETITLED);
  /* Re-dated, and in date order. */
  event = event_of_key (after, speak);
  g_assert_nonnull (event_on (after, "2024-10-18", "would speak"));
  g_assert_true (event->corrected & DOSSIER_EVENT_REDATED);
  for (guint v = 1; v < dossier_analysis_get_n_events (after); v++)
    g_assert_cmpint (dossier_date_compare (&dossier_analysis_get_event (after, v - 1)->date,
                                           &dossier_analysis_get_event (after, v)->date), <=, 0);
  /* Hidden, still there for the window to show on request. */
  event = event_of_key (after, stance);
  g_assert_true (event->hidden);
  /* Merged: one event with the sources of both, found by either key. */
  event = event_of_key (after, statement);
  g_assert_true (event == event_of_key (after, push));
  g_assert_cmpuint (event->sources->len, >, statement_sources);
  g_assert_cmpuint (event->sources->len, <=, statement_sources + push_sources);
  g_assert_true (event->corrected & DOSSIER_EVENT_MERGED);
  /* Split: the fourth article's report of the summit is an event of its
   * own, the summit keeps the others. */
  event = event_of_key (after, split_source);
  g_assert_cmpuint (event->sources->len, ==, 1);
  g_assert_cmpuint (g_array_index (event->sources, DossierEventSource, 0).document, ==, 3);
  g_assert_true (event->corrected & DOSSIER_EVENT_SPLIT);
  g_assert_true (event_of_key (after, summit_key) != event);
  g_assert_cmpuint (event_of_key (after, summit_key)->sources->len, ==, summit->sources->len - 1);
  /* Made from a sentence: dated by its article's day. */
  event = event_of_key (after, new_sentence);
  g_assert_nonnull (event);
  g_assert_true (event->corrected & DOSSIER_EVENT_MADE);
  g_assert_cmpuint (event->sources->len, ==, 1);
  {
    g_autofree char *iso = dossier_date_to_iso (&event->date);
    g_autofree char *published = dossier_date_to_iso (&dossier_analysis_get_document (after, 4)->published);
    /* The day, not the time of day the page gives. */
    published[10] = '\0';
    g_assert_cmpstr (iso, ==, published);
  }
  g_assert_cmpuint (dossier_analysis_get_n_events (after), ==, n_before - 1 + 1 + 1);
  g_assert_cmpuint (count_visible (after), ==, n_before);

  /* The same again at the next analysis. */
  again = analyse_seeds (corrections);
  g_assert_cmpuint (dossier_analysis_get_n_events (again), ==, dossier_analysis_get_n_events (after));
  for (guint v = 0; v < dossier_analysis_get_n_events (after); v++)
    {
      const DossierEventRecord *a = dossier_analysis_get_event (after, v);
      const DossierEventRecord *b = dossier_analysis_get_event (again, v);

      g_assert_cmpstr (a->summary, ==, b->summary);
      g_assert_cmpuint (a->sources->len, ==, b->sources->len);
      g_assert_cmpint (a->hidden, ==, b->hidden);
    }
}

static void
test_event_shown_again (void)
{
  g_autoptr(DossierAnalysis) before = analyse_seeds (NULL);
  g_autoptr(GPtrArray) corrections = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_correction_free);
  g_autofree char *stance = key_of (before, event_on (before, "2008", "stance"));
  g_autoptr(DossierAnalysis) after = NULL;

  g_ptr_array_add (corrections, dossier_correction_new (DOSSIER_CORRECTION_EVENT_HIDDEN, stance, "true"));
  g_ptr_array_add (corrections, dossier_correction_new (DOSSIER_CORRECTION_EVENT_HIDDEN, stance, "false"));
  after = analyse_seeds (corrections);
  g_assert_false (event_of_key (after, stance)->hidden);
}

static const DossierEntityRecord *
entity_named (DossierAnalysis *analysis,
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

static void
test_not_a_name (void)
{
  g_autoptr(DossierAnalysis) before = analyse_seeds (NULL);
  const DossierEntityRecord *oceania = entity_named (before, "Oceania");
  g_autoptr(GPtrArray) corrections = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_correction_free);
  g_autoptr(DossierAnalysis) after = NULL;
  guint n_before = dossier_analysis_get_n_entities (before);

  g_assert_nonnull (oceania);
  g_ptr_array_add (corrections, dossier_correction_new (DOSSIER_CORRECTION_NOT_A_NAME, oceania->key, ""));
  after = analyse_seeds (corrections);
  g_assert_null (entity_named (after, "Oceania"));
  g_assert_cmpuint (dossier_analysis_get_n_entities (after), ==, n_before - 1);
  /* No mention is left pointing at it, or past the end. */
  for (guint d = 0; d < dossier_analysis_get_n_documents (after); d++)
    {
      DossierDocument *document = dossier_analysis_get_document (after, d);

      for (guint m = 0; m < document->mentions->len; m++)
        {
          DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
          DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, mention->paragraph);

          g_assert_cmpint (mention->entity, <, (int) dossier_analysis_get_n_entities (after));
          g_assert_false (strncmp (paragraph->text + mention->start, "Oceania", 7) == 0);
        }
      for (guint q = 0; q < document->quotes->len; q++)
        g_assert_cmpint (g_array_index (document->quotes, DossierQuote, q).speaker_mention, <,
                         (int) document->mentions->len);
    }
  /* The others are as they were. */
  g_assert_cmpuint (entity_named (after, "NATO")->mentions, ==, entity_named (before, "NATO")->mentions);
}

static void
test_add_name (void)
{
  const char *texts[] = {
    "The Quorvath Institute published its report on Sunday. Critics said the Quorvath Institute had "
    "ignored the regional data.\n\nA spokesperson for Quorvath Institutes elsewhere declined to comment.\n",
    "Researchers at the Quorvath Institute defended the findings on Monday.\n",
  };
  g_autoptr(GPtrArray) corrections = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_correction_free);
  g_autoptr(DossierAnalysis) analysis = NULL;
  const DossierEntityRecord *institute;

  g_ptr_array_add (corrections, dossier_correction_new (DOSSIER_CORRECTION_ADD_NAME, "organization", "Quorvath Institute"));
  analysis = analyse_texts (texts, G_N_ELEMENTS (texts), corrections);
  institute = entity_named (analysis, "Quorvath Institute");
  g_assert_nonnull (institute);
  g_assert_cmpint (institute->type, ==, DOSSIER_ENTITY_ORGANIZATION);
  /* Every whole occurrence, in both articles; not "Quorvath Institutes". */
  g_assert_cmpuint (institute->mentions, ==, 3);
  g_assert_cmpuint (institute->documents->len, ==, 2);
}

static void
test_probably_same_kept_apart (void)
{
  const char *texts[] = {
    "Opposition leader Kemal Kilicdaroglu conceded defeat on Sunday.\n\n"
    "Kemal Kilicdaroglu said the vote had been unfair, and Kilicdaroglu thanked his volunteers.\n",
    "Kemal Kilicdarolu, the opposition candidate, spoke to supporters in the capital on Sunday evening.\n",
  };
  g_autoptr(DossierAnalysis) merged = analyse_texts (texts, G_N_ELEMENTS (texts), NULL);
  const DossierEntityRecord *person = entity_named (merged, "Kemal Kilicdaroglu");
  g_autoptr(GPtrArray) corrections = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_correction_free);
  g_autoptr(DossierAnalysis) apart = NULL;
  const DossierEntityRecord *kept, *rare;

  g_assert_nonnull (person);
  g_assert_nonnull (person->probably_same);
  g_ptr_array_add (corrections, dossier_correction_new (DOSSIER_CORRECTION_DISTINCT, person->key,
                                                        g_ptr_array_index (person->probably_same, 0)));
  apart = analyse_texts (texts, G_N_ELEMENTS (texts), corrections);
  kept = entity_named (apart, "Kemal Kilicdaroglu");
  rare = entity_named (apart, "Kemal Kilicdarolu");
  g_assert_nonnull (kept);
  g_assert_nonnull (rare);
  g_assert_true (kept != rare);
  /* Nothing said to be probably the same any more; the rare spelling
   * keeps a key of its own. */
  g_assert_null (kept->probably_same);
  g_assert_cmpstr (rare->key, !=, "");
}

static void
test_probably_same_given_name (void)
{
  const char *texts[] = {
    "Senator Jeanine Anez declared herself interim president on Tuesday.\n",
    "Jeanine Anez took control of the Senate late on Tuesday.\n",
    "Senator Jeanina Anez said she would call elections. Anez spoke in La Paz, and Anez thanked the army. "
    "Anez left before noon, Anez's aides said.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts), NULL);
  const DossierEntityRecord *person = entity_named (analysis, "Jeanine Anez");

  /* One outlet misspells her given name, however often it names her: the
   * spelling two outlets share is hers, the other probably the same
   * person (a surname of four letters is enough when the surname is the
   * same). */
  g_assert_nonnull (person);
  g_assert_nonnull (person->probably_same);
  g_assert_cmpuint (person->documents->len, ==, 3);
  g_assert_null (entity_named (analysis, "Jeanina Anez"));
}

static void
test_probably_same_once_each (void)
{
  const char *texts[] = {
    "The court heard from the victim's cousin Mira Hollandt on Monday.\n",
    "The victim's cousin Mira Holland told the court on Monday that the two had been close.\n",
    "Inspector Tomas Brekke and Inspector Tomas Brekk both spoke on Tuesday.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts), NULL);
  const DossierEntityRecord *cousin = entity_named (analysis, "Mira Holland");

  /* Two outlets name her once each, one letter apart: probably the same
   * person, under one of the two spellings, the same whatever the order. */
  if (cousin == NULL)
    cousin = entity_named (analysis, "Mira Hollandt");
  g_assert_nonnull (cousin);
  g_assert_nonnull (cousin->probably_same);
  g_assert_cmpuint (cousin->documents->len, ==, 2);
  /* Two such names in one article are two people as far as anyone can
   * tell. */
  g_assert_nonnull (entity_named (analysis, "Tomas Brekke"));
  g_assert_nonnull (entity_named (analysis, "Tomas Brekk"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/corrections/event-keys-are-stable", test_event_keys_are_stable);
  g_test_add_func ("/corrections/events", test_event_corrections);
  g_test_add_func ("/corrections/event-shown-again", test_event_shown_again);
  g_test_add_func ("/corrections/not-a-name", test_not_a_name);
  g_test_add_func ("/corrections/add-name", test_add_name);
  g_test_add_func ("/corrections/probably-same-kept-apart", test_probably_same_kept_apart);
  g_test_add_func ("/corrections/probably-same-given-name", test_probably_same_given_name);
  g_test_add_func ("/corrections/probably-same-once-each", test_probably_same_once_each);
  return g_test_run ();
}
