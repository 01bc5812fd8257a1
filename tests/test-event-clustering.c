/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Clustering dated sentences into events, on small dossiers of our own:
 * two outlets reporting one happening make one event with both as
 * sources; another happening of the same day stays an event of its own;
 * and the same words about a day months later are another event. */

#include "dossier-document-dates.h"
#include "dossier-event-actions.h"
#include "dossier-event-candidates.h"
#include "dossier-event-clustering.h"
#include "dossier-event-kept-clustering.h"
#include "dossier-event-kept-terms.h"
#include "dossier-event-kept-vocabulary.h"
#include "dossier-event-similarity.h"
#include "dossier-event-terms.h"
#include "dossier-event-thresholds.h"
#include "dossier-event-undated.h"
#include "dossier-test-util.h"

/* A local paper and a wire service on the dismissal of a mayor: one says
 * "on Wednesday" (12 March, two days before it was published), the other
 * "on 12 March". */
static const char *mayor_courier =
  "Eastbrook council dismisses mayor over missing housing money\n"
  "By Ana Ferreira\n"
  "Published: 14 March 2025\n"
  "\n"
  "The city council of Eastbrook dismissed Mayor Tomas Brandt on Wednesday after an audit found that "
  "two million euros of housing money had gone missing.\n"
  "Councillors voted 31 to 9 for the dismissal at an emergency session.\n"
  "Brandt denies any wrongdoing and said he would challenge the decision in court.\n";

static const char *mayor_wire =
  "Auditors' report costs Eastbrook mayor his job\n"
  "By Lena Okafor\n"
  "Published: 13 March 2025\n"
  "\n"
  "Mayor Tomas Brandt of Eastbrook was dismissed by the city council on 12 March, hours after auditors "
  "reported that housing money was missing.\n"
  "His deputy, Ines Moreau, will run the city until an election in the autumn.\n";

/* Something else that happened on 12 March, in another town. */
static const char *footbridge =
  "Westholm opens its new footbridge over the Aller\n"
  "By Piet Jansen\n"
  "Published: 13 March 2025\n"
  "\n"
  "A new footbridge over the river Aller opened in Westholm on 12 March, linking the old town with the "
  "railway station.\n"
  "The bridge took two years to build and cost eleven million euros.\n";

/* A photo's caption and a programme note among its sentences. */
static const char *ferry_programme =
  "Ferry crews rehearse the new harbour drill\n"
  "By Ines Varga\n"
  "Published: 20 March 2025\n"
  "\n"
  "Ferry crews in Westholm rehearsed a new harbour evacuation drill on 18 March, the port authority said.\n"
  "A crew member lowers a lifeboat in this photo taken by the port authority on March 18, 2025.\n"
  "A documentary about the drill will air on Sunday 23 March, the broadcaster said.\n";

/* Bystanders quoted (an age, a resident), a question, happenings told in
 * the past and one still to come. */
static const char *flood_witnesses =
  "Westholm counts the cost of the flood\n"
  "By Piet Jansen\n"
  "Published: 22 March 2025\n"
  "\n"
  "The river Aller flooded the old town of Westholm on Thursday.\n"
  "\"We lost everything,\" said Maria Lund, 52, who runs a bakery by the bridge.\n"
  "Local resident Khaled Ali said the water rose within minutes.\n"
  "The port authority closed the harbour and evacuated two hundred people.\n"
  "Will the town rebuild the footbridge?\n"
  "The council will meet on Monday.\n";

/* Six months later, nearly the same words about another dismissal, on
 * Wednesday 17 September. */
static const char *second_dismissal =
  "Eastbrook council dismisses another mayor\n"
  "By Ana Ferreira\n"
  "Published: 19 September 2025\n"
  "\n"
  "The city council of Eastbrook dismissed Mayor Ines Moreau on Wednesday after an audit found that "
  "housing money had gone missing.\n"
  "Councillors voted 28 to 12 for the dismissal at an emergency session.\n";

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

/* The events on @iso whose summary contains @word. */
static GPtrArray *
events_on (DossierAnalysis *analysis,
           const char      *iso,
           const char      *word)
{
  GPtrArray *found = g_ptr_array_new ();

  for (guint v = 0; v < dossier_analysis_get_n_events (analysis); v++)
    {
      const DossierEventRecord *event = dossier_analysis_get_event (analysis, v);
      g_autofree char *date = dossier_date_to_iso (&event->date);

      if (g_strcmp0 (date, iso) == 0 && strstr (event->summary, word) != NULL)
        g_ptr_array_add (found, (gpointer) event);
    }
  return found;
}

static const DossierEventRecord *
the_event_on (DossierAnalysis *analysis,
              const char      *iso,
              const char      *word)
{
  g_autoptr(GPtrArray) found = events_on (analysis, iso, word);

  if (found->len != 1)
    g_error ("%u events on %s tell “%s”, not one", found->len, iso, word);
  return g_ptr_array_index (found, 0);
}

/* The words of the source's date expression, as the timeline shows them. */
static char *
dated_by (DossierAnalysis          *analysis,
          const DossierEventSource *source)
{
  DossierDocument *document = dossier_analysis_get_document (analysis, source->document);
  DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, source->paragraph);

  return g_strndup (paragraph->text + source->date_start, source->date_end - source->date_start);
}

static void
test_two_outlets_one_happening (void)
{
  const char *texts[] = { mayor_courier, mayor_wire };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  const DossierEventRecord *dismissal = the_event_on (analysis, "2025-03-12", "Tomas Brandt");
  const DossierEventSource *first, *second;
  g_autofree char *first_date = NULL;
  g_autofree char *second_date = NULL;

  /* One event, told by both articles, each through its own sentence and
   * its own way of saying the day. */
  g_assert_cmpint (dismissal->date.precision, ==, DOSSIER_PRECISION_DAY);
  g_assert_cmpuint (dismissal->sources->len, ==, 2);
  first = &g_array_index (dismissal->sources, DossierEventSource, 0);
  second = &g_array_index (dismissal->sources, DossierEventSource, 1);
  g_assert_cmpuint (first->document, ==, 0);
  g_assert_cmpuint (second->document, ==, 1);
  first_date = dated_by (analysis, first);
  second_date = dated_by (analysis, second);
  g_assert_cmpstr (first_date, ==, "on Wednesday");
  g_assert_cmpstr (second_date, ==, "on 12 March");
}

static void
test_one_day_two_happenings (void)
{
  const char *texts[] = { mayor_courier, mayor_wire, footbridge };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  g_autoptr(GPtrArray) that_day = events_on (analysis, "2025-03-12", "");
  const DossierEventRecord *dismissal = the_event_on (analysis, "2025-03-12", "Tomas Brandt");
  const DossierEventRecord *opening = the_event_on (analysis, "2025-03-12", "footbridge");

  /* The dismissal and the opening share a day and nothing else: two
   * events, each with only its own articles. */
  g_assert_cmpuint (that_day->len, ==, 2);
  g_assert_true (dismissal != opening);
  g_assert_cmpuint (dismissal->sources->len, ==, 2);
  for (guint s = 0; s < dismissal->sources->len; s++)
    g_assert_cmpuint (g_array_index (dismissal->sources, DossierEventSource, s).document, !=, 2);
  g_assert_cmpuint (opening->sources->len, ==, 1);
  g_assert_cmpuint (g_array_index (opening->sources, DossierEventSource, 0).document, ==, 2);
}

static void
test_same_words_far_apart (void)
{
  const char *texts[] = { mayor_courier, second_dismissal };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  const DossierEventRecord *march = the_event_on (analysis, "2025-03-12", "dismissed");
  const DossierEventRecord *september = the_event_on (analysis, "2025-09-17", "dismissed");
  const DossierEventSource *march_source, *september_source;
  g_autoptr(DossierGazetteer) gazetteer = dossier_gazetteer_new_default ();
  g_autoptr(DossierEntityRecognizer) recognizer = dossier_entity_recognizer_new (gazetteer);
  g_autoptr(GPtrArray) documents = g_ptr_array_new ();
  DossierVocabulary vocabulary;
  DossierEventSentence *a, *b;
  double likeness;

  /* Two events, each reported by its own article only. */
  g_assert_true (march != september);
  g_assert_cmpuint (march->sources->len, ==, 1);
  g_assert_cmpuint (september->sources->len, ==, 1);
  march_source = &g_array_index (march->sources, DossierEventSource, 0);
  september_source = &g_array_index (september->sources, DossierEventSource, 0);
  g_assert_cmpuint (march_source->document, ==, 0);
  g_assert_cmpuint (september_source->document, ==, 1);

  /* Their sentences are alike enough to be one event had they named the
   * same day: the dates alone keep them apart. */
  for (guint d = 0; d < dossier_analysis_get_n_documents (analysis); d++)
    g_ptr_array_add (documents, dossier_analysis_get_document (analysis, d));
  _dossier_vocabulary_init (&vocabulary, documents, recognizer, NULL, NULL);
  a = _dossier_vocabulary_find_sentence (&vocabulary, 0, march_source->paragraph, march_source->start);
  b = _dossier_vocabulary_find_sentence (&vocabulary, 1, september_source->paragraph, september_source->start);
  likeness = _dossier_event_similarity (&vocabulary, a->terms, a->norm, b->terms, b->norm);
  g_test_message ("likeness of the two dismissals: %.3f", likeness);
  g_assert_cmpfloat (likeness, >=, SAME_DAY_SIMILARITY);
  _dossier_vocabulary_clear (&vocabulary);
}

/* An article that opens with a happening and no date of its own, dates
 * another happening, and dates a sentence by the one before it ("At the
 * time, …"). */
static const char *audit_story =
  "Eastbrook audit finds housing money missing\n"
  "By Ana Ferreira\n"
  "Published: 14 March 2025\n"
  "\n"
  "Auditors found that two million euros of housing money had gone missing in Eastbrook.\n"
  "The city council ordered the audit on 3 February. At the time, councillors called it a routine check.\n"
  "Mayor Tomas Brandt was dismissed by the council on Wednesday.\n";

/* Whether @n candidates of @a from @a_first are those of @b from @b_first,
 * field by field, a candidate each one inherits from counted from the
 * first. */
static void
assert_same_candidates (GArray *a,
                        guint   a_first,
                        GArray *b,
                        guint   b_first,
                        guint   n)
{
  g_assert_cmpuint (a->len, >=, a_first + n);
  g_assert_cmpuint (b->len, >=, b_first + n);
  for (guint c = 0; c < n; c++)
    {
      const DossierEventCandidate *x = &g_array_index (a, DossierEventCandidate, a_first + c);
      const DossierEventCandidate *y = &g_array_index (b, DossierEventCandidate, b_first + c);
      g_autofree char *x_date = dossier_date_to_iso (&x->date);
      g_autofree char *y_date = dossier_date_to_iso (&y->date);

      g_assert_cmpuint (x->document, ==, y->document);
      g_assert_cmpuint (x->paragraph, ==, y->paragraph);
      g_assert_cmpuint (x->start, ==, y->start);
      g_assert_cmpuint (x->end, ==, y->end);
      g_assert_cmpuint (x->date_start, ==, y->date_start);
      g_assert_cmpuint (x->date_end, ==, y->date_end);
      g_assert_cmpstr (x_date, ==, y_date);
      g_assert_cmpint (x->date.precision, ==, y->date.precision);
      g_assert_true (x->terms == y->terms);
      g_assert_true (x->entities == y->entities);
      g_assert_cmpfloat (x->norm, ==, y->norm);
      g_assert_cmpint (x->cluster, ==, y->cluster);
      g_assert_cmpint (x->inherits_from < 0 ? -1 : x->inherits_from - (int) a_first, ==,
                       y->inherits_from < 0 ? -1 : y->inherits_from - (int) b_first);
      g_assert_cmpint (x->first_day, ==, y->first_day);
      g_assert_cmpint (x->last_day, ==, y->last_day);
      g_assert_cmpint (x->dated, ==, y->dated);
      g_assert_cmpint (x->reported, ==, y->reported);
      g_assert_cmpint (x->dating, ==, y->dating);
      g_assert_true (x->sentence == y->sentence);
    }
}

/* The candidates of @d collected anew, after @before candidates of
 * another article. */
static GArray *
collect_afresh (DossierVocabulary *vocabulary,
                GPtrArray         *documents,
                GPtrArray         *entities,
                guint              d,
                guint              before)
{
  GArray *candidates = g_array_new (FALSE, TRUE, sizeof (DossierEventCandidate));

  if (before > 0)
    _dossier_event_collect_candidates (vocabulary, documents, entities, 1 - d, candidates);
  g_array_set_size (candidates, before);
  _dossier_event_collect_candidates (vocabulary, documents, entities, d, candidates);
  return candidates;
}

/* The candidates an article gave in one round of an analysis are taken
 * again in the next while its publication date and dates are those they
 * were collected from: the same as collecting them again, wherever they
 * land among the others; a new publication date or a date read otherwise
 * collects them anew. */
static void
test_candidates_kept (void)
{
  const char *texts[] = { mayor_courier, audit_story };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  g_autoptr(DossierGazetteer) gazetteer = dossier_gazetteer_new_default ();
  g_autoptr(DossierEntityRecognizer) recognizer = dossier_entity_recognizer_new (gazetteer);
  g_autoptr(GPtrArray) documents = g_ptr_array_new ();
  g_autoptr(GPtrArray) entities = g_ptr_array_new ();
  g_autoptr(DossierCollectedCandidates) collected = NULL;
  g_autoptr(GArray) first_round = g_array_new (FALSE, TRUE, sizeof (DossierEventCandidate));
  g_autoptr(GArray) second_round = g_array_new (FALSE, TRUE, sizeof (DossierEventCandidate));
  g_autoptr(GArray) mayor = NULL;
  g_autoptr(GArray) audit = NULL;
  g_autoptr(GArray) audit_later = NULL;
  g_autoptr(GArray) audit_moved = NULL;
  DossierDocument *audit_document;
  DossierVocabulary vocabulary;
  gboolean inherits = FALSE, implicit = FALSE;
  guint n_mayor;

  for (guint d = 0; d < dossier_analysis_get_n_documents (analysis); d++)
    g_ptr_array_add (documents, dossier_analysis_get_document (analysis, d));
  for (guint e = 0; e < dossier_analysis_get_n_entities (analysis); e++)
    g_ptr_array_add (entities, (gpointer) dossier_analysis_get_entity (analysis, e));
  audit_document = g_ptr_array_index (documents, 1);
  _dossier_vocabulary_init (&vocabulary, documents, recognizer, NULL, NULL);
  collected = _dossier_collected_candidates_new (documents->len);

  mayor = collect_afresh (&vocabulary, documents, entities, 0, 0);
  n_mayor = mayor->len;
  audit = collect_afresh (&vocabulary, documents, entities, 1, n_mayor);
  /* What the test is about: the audit's opening dated by its article's
   * day, and a sentence dated by the one before it. */
  for (guint c = n_mayor; c < audit->len; c++)
    {
      const DossierEventCandidate *candidate = &g_array_index (audit, DossierEventCandidate, c);

      inherits |= candidate->inherits_from >= (int) n_mayor;
      implicit |= candidate->dating == DOSSIER_DATED_IMPLICITLY;
    }
  g_assert_cmpuint (n_mayor, >, 0);
  g_assert_true (inherits);
  g_assert_true (implicit);

  /* Collected in one round: nothing to take yet. */
  g_assert_false (_dossier_event_collect_candidates_keeping (collected, &vocabulary, documents, entities, 0,
                                                            first_round));
  g_assert_false (_dossier_event_collect_candidates_keeping (collected, &vocabulary, documents, entities, 1,
                                                            first_round));
  assert_same_candidates (first_round, 0, mayor, 0, n_mayor);
  assert_same_candidates (first_round, n_mayor, audit, n_mayor, audit->len - n_mayor);
  g_assert_cmpuint (first_round->len, ==, audit->len);

  /* Taken in the next, in another order. */
  g_assert_true (_dossier_event_collect_candidates_keeping (collected, &vocabulary, documents, entities, 1,
                                                           second_round));
  g_assert_true (_dossier_event_collect_candidates_keeping (collected, &vocabulary, documents, entities, 0,
                                                           second_round));
  assert_same_candidates (second_round, 0, audit, n_mayor, audit->len - n_mayor);
  assert_same_candidates (second_round, audit->len - n_mayor, mayor, 0, n_mayor);

  /* Another publication date: the relative dates read again, the
   * candidates collected anew, and those taken the round after. */
  audit_document->published = dossier_date_from_day (2025, 3, 21);
  dossier_document_find_dates_again (audit_document);
  audit_later = collect_afresh (&vocabulary, documents, entities, 1, 0);
  g_array_set_size (second_round, 0);
  g_assert_false (_dossier_event_collect_candidates_keeping (collected, &vocabulary, documents, entities, 1,
                                                            second_round));
  assert_same_candidates (second_round, 0, audit_later, 0, audit_later->len);
  g_array_set_size (second_round, 0);
  g_assert_true (_dossier_event_collect_candidates_keeping (collected, &vocabulary, documents, entities, 1,
                                                           second_round));
  assert_same_candidates (second_round, 0, audit_later, 0, audit_later->len);

  /* The same publication date, one date read otherwise: anew. */
  for (guint i = 0; i < audit_document->dates->len; i++)
    {
      DossierDateMention *date = &g_array_index (audit_document->dates, DossierDateMention, i);

      if (date->value.month == 2 && date->value.day == 3)
        date->value.day = 4;
    }
  audit_moved = collect_afresh (&vocabulary, documents, entities, 1, 0);
  g_array_set_size (second_round, 0);
  g_assert_false (_dossier_event_collect_candidates_keeping (collected, &vocabulary, documents, entities, 1,
                                                            second_round));
  assert_same_candidates (second_round, 0, audit_moved, 0, audit_moved->len);

  /* Nothing kept without a table. */
  g_array_set_size (second_round, 0);
  g_assert_false (_dossier_event_collect_candidates_keeping (NULL, &vocabulary, documents, entities, 0,
                                                            second_round));
  assert_same_candidates (second_round, 0, mayor, 0, n_mayor);

  _dossier_vocabulary_clear (&vocabulary);
}

/* The same mayor's dismissal told by its month, weeks later. */
static const char *month_recap =
  "Eastbrook prepares for an early election\n"
  "By Piet Jansen\n"
  "Published: 28 March 2025\n"
  "\n"
  "The city council of Eastbrook dismissed Mayor Tomas Brandt earlier this month after an audit of housing "
  "money.\n"
  "In March 2025 the council also ordered a second audit of the housing department.\n";

/* Three reports of the dismissal that each state its day, and nothing
 * else that could join them (see test_pair_decisions_kept ()). */
static const char *stated_dismissals[] = {
  "Eastbrook council dismisses its mayor\n"
  "By Ana Ferreira\n"
  "Published: 14 March 2025\n"
  "\n"
  "The city council of Eastbrook dismissed Mayor Tomas Brandt on 12 March after an audit found that housing "
  "money had gone missing.\n",
  "Eastbrook mayor loses his job\n"
  "By Lena Okafor\n"
  "Published: 13 March 2025\n"
  "\n"
  "Mayor Tomas Brandt of Eastbrook was dismissed by the city council on 12 March after auditors found that "
  "housing money had gone missing.\n",
  "A week of turmoil in Eastbrook\n"
  "By Piet Jansen\n"
  "Published: 15 March 2025\n"
  "\n"
  "On 12 March the city council of Eastbrook dismissed Mayor Tomas Brandt over the housing money that had "
  "gone missing.\n",
};

/* Clusters @candidates through @decisions, and a copy of them afresh, each
 * with links (@with_links) or without: the same clusters, and the same
 * links in the same order. */
static void
assert_clustered_alike (DossierVocabulary    *vocabulary,
                        GPtrArray            *documents,
                        GPtrArray            *entities,
                        GArray               *candidates,
                        DossierPairDecisions *decisions,
                        gboolean              with_links)
{
  g_autoptr(GArray) fresh = g_array_copy (candidates);
  g_autoptr(GArray) fresh_links = g_array_new (FALSE, TRUE, sizeof (DossierCandidateLink));
  g_autoptr(GArray) links = g_array_new (FALSE, TRUE, sizeof (DossierCandidateLink));

  _dossier_event_candidates_cluster (vocabulary, documents, entities, fresh, NULL, with_links ? fresh_links : NULL);
  _dossier_event_candidates_cluster (vocabulary, documents, entities, candidates, decisions,
                                     with_links ? links : NULL);
  for (guint c = 0; c < candidates->len; c++)
    g_assert_cmpint (g_array_index (candidates, DossierEventCandidate, c).cluster, ==,
                     g_array_index (fresh, DossierEventCandidate, c).cluster);
  g_assert_cmpuint (links->len, ==, fresh_links->len);
  for (guint k = 0; k < links->len; k++)
    {
      const DossierCandidateLink *x = &g_array_index (links, DossierCandidateLink, k);
      const DossierCandidateLink *y = &g_array_index (fresh_links, DossierCandidateLink, k);

      g_assert_cmpuint (x->a, ==, y->a);
      g_assert_cmpuint (x->b, ==, y->b);
      g_assert_cmpuint (x->reasons, ==, y->reasons);
      g_assert_cmpmem (&x->similarity, sizeof x->similarity, &y->similarity, sizeof y->similarity);
      g_assert_cmpmem (x->entities, sizeof x->entities, y->entities, sizeof y->entities);
      /* (Decisions kept for the next analysis hold copies of the words.) */
      g_assert_cmpstr (x->action_a, ==, y->action_a);
      g_assert_cmpstr (x->action_b, ==, y->action_b);
    }
}

/* The candidates of every article of @documents but the @skip-th (none
 * when it is G_MAXUINT), kept in @collected, in the order of the articles
 * or in reverse. */
static GArray *
collect_all_but (DossierCollectedCandidates *collected,
                 DossierVocabulary          *vocabulary,
                 GPtrArray                  *documents,
                 GPtrArray                  *entities,
                 gboolean                    reverse,
                 guint                       skip)
{
  GArray *candidates = g_array_new (FALSE, TRUE, sizeof (DossierEventCandidate));

  for (guint k = 0; k < documents->len; k++)
    {
      guint d = reverse ? documents->len - 1 - k : k;

      if (d != skip)
        _dossier_event_collect_candidates_keeping (collected, vocabulary, documents, entities, d, candidates);
    }
  return candidates;
}

static GArray *
collect_all (DossierCollectedCandidates *collected,
             DossierVocabulary          *vocabulary,
             GPtrArray                  *documents,
             GPtrArray                  *entities,
             gboolean                    reverse)
{
  return collect_all_but (collected, vocabulary, documents, entities, reverse, G_MAXUINT);
}

/* What one clustering of an analysis decided of its pairs, and the joins
 * made within its buckets, are taken in the next where the candidates are
 * the same: the clusters and the links are those clustering afresh gives,
 * after an article is dated otherwise (its candidates collected anew), with
 * the candidates in another order, and with an article added. */
static void
test_pair_decisions_kept (void)
{
  const char *texts[] = { mayor_courier, mayor_wire, footbridge, second_dismissal, audit_story, month_recap };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  g_autoptr(DossierGazetteer) gazetteer = dossier_gazetteer_new_default ();
  g_autoptr(DossierEntityRecognizer) recognizer = dossier_entity_recognizer_new (gazetteer);
  g_autoptr(GPtrArray) documents = g_ptr_array_new ();
  g_autoptr(GPtrArray) entities = g_ptr_array_new ();
  g_autoptr(DossierCollectedCandidates) collected = NULL;
  g_autoptr(DossierPairDecisions) decisions = _dossier_pair_decisions_new ();
  g_autoptr(GArray) candidates = NULL;
  g_autoptr(GArray) fresh_links = g_array_new (FALSE, TRUE, sizeof (DossierCandidateLink));
  DossierDocument *wire;
  DossierVocabulary vocabulary;
  guint n_serials = 0;

  for (guint d = 0; d < dossier_analysis_get_n_documents (analysis); d++)
    g_ptr_array_add (documents, dossier_analysis_get_document (analysis, d));
  for (guint e = 0; e < dossier_analysis_get_n_entities (analysis); e++)
    g_ptr_array_add (entities, (gpointer) dossier_analysis_get_entity (analysis, e));
  _dossier_vocabulary_init (&vocabulary, documents, recognizer, NULL, NULL);
  collected = _dossier_collected_candidates_new (documents->len);

  /* Every candidate has a serial of its own. */
  candidates = collect_all (collected, &vocabulary, documents, entities, FALSE);
  for (guint c = 0; c < candidates->len; c++)
    {
      guint serial = g_array_index (candidates, DossierEventCandidate, c).serial;

      g_assert_cmpuint (serial, ==, n_serials + 1);
      n_serials = serial;
    }
  /* What the test is about: some pair joined. */
  _dossier_event_candidates_cluster (&vocabulary, documents, entities, candidates, NULL, fresh_links);
  g_assert_cmpuint (fresh_links->len, >, 0);

  /* Decided once, and taken: without links, then with them. */
  assert_clustered_alike (&vocabulary, documents, entities, candidates, decisions, FALSE);
  assert_clustered_alike (&vocabulary, documents, entities, candidates, decisions, FALSE);
  assert_clustered_alike (&vocabulary, documents, entities, candidates, decisions, TRUE);
  assert_clustered_alike (&vocabulary, documents, entities, candidates, decisions, TRUE);

  /* The wire dated a day later: its candidates anew, with new serials. */
  wire = g_ptr_array_index (documents, 1);
  wire->published = dossier_date_from_day (2025, 3, 14);
  dossier_document_find_dates_again (wire);
  g_clear_pointer (&candidates, g_array_unref);
  candidates = collect_all (collected, &vocabulary, documents, entities, FALSE);
  for (guint c = 0; c < candidates->len; c++)
    {
      const DossierEventCandidate *candidate = &g_array_index (candidates, DossierEventCandidate, c);

      g_assert_true ((candidate->document == 1) == (candidate->serial > n_serials));
    }
  assert_clustered_alike (&vocabulary, documents, entities, candidates, decisions, FALSE);
  assert_clustered_alike (&vocabulary, documents, entities, candidates, decisions, TRUE);

  /* In the other order: other buckets, the same pairs. */
  g_clear_pointer (&candidates, g_array_unref);
  candidates = collect_all (collected, &vocabulary, documents, entities, TRUE);
  assert_clustered_alike (&vocabulary, documents, entities, candidates, decisions, TRUE);
  assert_clustered_alike (&vocabulary, documents, entities, candidates, decisions, FALSE);

  /* An article added, as one the inference dated in a round: the buckets
   * it adds candidates to are compared anew (their other pairs taken as
   * decided); then once more, with links, and once more. */
  for (guint skip = 0; skip < documents->len; skip++)
    {
      g_autoptr(DossierPairDecisions) growing = _dossier_pair_decisions_new ();

      g_clear_pointer (&candidates, g_array_unref);
      candidates = collect_all_but (collected, &vocabulary, documents, entities, FALSE, skip);
      assert_clustered_alike (&vocabulary, documents, entities, candidates, growing, FALSE);
      g_clear_pointer (&candidates, g_array_unref);
      candidates = collect_all (collected, &vocabulary, documents, entities, FALSE);
      assert_clustered_alike (&vocabulary, documents, entities, candidates, growing, FALSE);
      assert_clustered_alike (&vocabulary, documents, entities, candidates, growing, FALSE);
      assert_clustered_alike (&vocabulary, documents, entities, candidates, growing, TRUE);
      assert_clustered_alike (&vocabulary, documents, entities, candidates, growing, FALSE);
    }
  _dossier_vocabulary_clear (&vocabulary);

  /* The same, where only the day's bucket joins the three reports (no
   * other comparison would make up for a join not made): the footbridge
   * of that day added, or one of the reports. */
  {
    const char *day_texts[] = { stated_dismissals[0], stated_dismissals[1], stated_dismissals[2], footbridge };
    g_autoptr(DossierAnalysis) day_analysis = analyse_texts (day_texts, G_N_ELEMENTS (day_texts));
    g_autoptr(GPtrArray) day_documents = g_ptr_array_new ();
    g_autoptr(GPtrArray) day_entities = g_ptr_array_new ();
    g_autoptr(DossierCollectedCandidates) day_collected = NULL;
    g_autoptr(GArray) day_links = g_array_new (FALSE, TRUE, sizeof (DossierCandidateLink));
    const guint skipped[] = { 3, 0 };

    for (guint d = 0; d < dossier_analysis_get_n_documents (day_analysis); d++)
      g_ptr_array_add (day_documents, dossier_analysis_get_document (day_analysis, d));
    for (guint e = 0; e < dossier_analysis_get_n_entities (day_analysis); e++)
      g_ptr_array_add (day_entities, (gpointer) dossier_analysis_get_entity (day_analysis, e));
    _dossier_vocabulary_init (&vocabulary, day_documents, recognizer, NULL, NULL);
    day_collected = _dossier_collected_candidates_new (day_documents->len);

    g_clear_pointer (&candidates, g_array_unref);
    candidates = collect_all (day_collected, &vocabulary, day_documents, day_entities, FALSE);
    /* What the test is about: the three reports, one event by their
     * day's joins alone. */
    _dossier_event_candidates_cluster (&vocabulary, day_documents, day_entities, candidates, NULL, day_links);
    g_assert_cmpuint (day_links->len, ==, 2);
    for (guint k = 0; k < day_links->len; k++)
      g_assert_true (g_array_index (day_links, DossierCandidateLink, k).reasons & DOSSIER_LINK_WORDS);
    for (guint s = 0; s < G_N_ELEMENTS (skipped); s++)
      {
        g_autoptr(DossierPairDecisions) growing = _dossier_pair_decisions_new ();

        g_clear_pointer (&candidates, g_array_unref);
        candidates = collect_all_but (day_collected, &vocabulary, day_documents, day_entities, FALSE, skipped[s]);
        assert_clustered_alike (&vocabulary, day_documents, day_entities, candidates, growing, FALSE);
        g_clear_pointer (&candidates, g_array_unref);
        candidates = collect_all (day_collected, &vocabulary, day_documents, day_entities, FALSE);
        assert_clustered_alike (&vocabulary, day_documents, day_entities, candidates, growing, FALSE);
        assert_clustered_alike (&vocabulary, day_documents, day_entities, candidates, growing, FALSE);
        assert_clustered_alike (&vocabulary, day_documents, day_entities, candidates, growing, TRUE);
      }
    _dossier_vocabulary_clear (&vocabulary);
  }
}

/* A sentence compared with many through its marked terms has the cosine
 * a comparison of the two gives, to the last bit, with each other
 * sentence of a dossier and with itself. */
static void
test_probe_same_cosine (void)
{
  const char *texts[] = { mayor_courier, mayor_wire, footbridge, second_dismissal, audit_story };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  g_autoptr(DossierGazetteer) gazetteer = dossier_gazetteer_new_default ();
  g_autoptr(DossierEntityRecognizer) recognizer = dossier_entity_recognizer_new (gazetteer);
  g_autoptr(GPtrArray) documents = g_ptr_array_new ();
  g_autoptr(GPtrArray) sentences = g_ptr_array_new ();
  DossierEventProbe probe = { 0 };
  DossierVocabulary vocabulary;
  guint n_alike = 0;

  for (guint d = 0; d < dossier_analysis_get_n_documents (analysis); d++)
    g_ptr_array_add (documents, dossier_analysis_get_document (analysis, d));
  _dossier_vocabulary_init (&vocabulary, documents, recognizer, NULL, NULL);
  for (guint d = 0; d < documents->len; d++)
    {
      GArray *of_document = g_ptr_array_index (vocabulary.sentences, d);

      for (guint s = 0; s < of_document->len; s++)
        g_ptr_array_add (sentences, &g_array_index (of_document, DossierEventSentence, s));
    }
  g_assert_cmpuint (sentences->len, >, 10);

  for (guint a = 0; a < sentences->len; a++)
    {
      DossierEventSentence *x = g_ptr_array_index (sentences, a);

      _dossier_event_probe_set (&probe, &vocabulary, x->terms, x->norm);
      for (guint b = 0; b < sentences->len; b++)
        {
          DossierEventSentence *y = g_ptr_array_index (sentences, b);
          double merged = _dossier_event_similarity (&vocabulary, x->terms, x->norm, y->terms, y->norm);
          double marked = _dossier_event_probe_similarity (&probe, &vocabulary, y->terms, y->norm);

          g_assert_true (memcmp (&merged, &marked, sizeof merged) == 0);
          n_alike += a != b && merged > 0;
        }
    }
  /* Sentences that share words were among them. */
  g_assert_cmpuint (n_alike, >, 0);
  _dossier_event_probe_clear (&probe);
  _dossier_vocabulary_clear (&vocabulary);
}

/* The candidates a sentence may resemble, found within days, are those
 * found at all that are known better than to their year and whose span
 * meets those days, in the same order: every sentence of @texts, against
 * windows before, around and after each candidate's day, with one
 * candidate made a year's.  With @spread, the candidates' days are moved
 * apart and some made to span a month, as a dossier of many stories has
 * them.  Found into one array kept from sentence to sentence, they are the
 * same as found into a new one. */
static void
check_blocker_within_days (const char * const *texts,
                           guint               n_texts,
                           gboolean            spread)
{
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, n_texts);
  g_autoptr(DossierGazetteer) gazetteer = dossier_gazetteer_new_default ();
  g_autoptr(DossierEntityRecognizer) recognizer = dossier_entity_recognizer_new (gazetteer);
  g_autoptr(GPtrArray) documents = g_ptr_array_new ();
  g_autoptr(GPtrArray) entities = g_ptr_array_new ();
  g_autoptr(GArray) candidates = g_array_new (FALSE, TRUE, sizeof (DossierEventCandidate));
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) kept = g_array_new (FALSE, FALSE, sizeof (guint));
  DossierEventBlocker blocker = { 0 };
  DossierRareTerms rare_terms = { 0 };
  DossierVocabulary vocabulary;
  guint n_found = 0, n_left_out = 0;

  for (guint d = 0; d < dossier_analysis_get_n_documents (analysis); d++)
    g_ptr_array_add (documents, dossier_analysis_get_document (analysis, d));
  for (guint e = 0; e < dossier_analysis_get_n_entities (analysis); e++)
    g_ptr_array_add (entities, (gpointer) dossier_analysis_get_entity (analysis, e));
  _dossier_vocabulary_init (&vocabulary, documents, recognizer, NULL, NULL);
  for (guint d = 0; d < documents->len; d++)
    _dossier_event_collect_candidates (&vocabulary, documents, entities, d, candidates);
  g_assert_cmpuint (candidates->len, >, 4);
  for (guint c = 0; c < candidates->len; c++)
    {
      DossierEventCandidate *candidate = &g_array_index (candidates, DossierEventCandidate, c);

      dossier_date_get_span (&candidate->date, &candidate->first_day, &candidate->last_day);
      if (spread)
        {
          int shift = (int) (c * 7919 % 61) - 30;

          candidate->first_day += shift;
          candidate->last_day += shift + (c % 5 == 0 ? 30 : 0);
        }
      g_array_append_val (days, candidate->first_day);
    }
  /* A year's candidate is within no days. */
  g_array_index (candidates, DossierEventCandidate, 1).date.precision = DOSSIER_PRECISION_YEAR;
  _dossier_event_blocker_init (&blocker, candidates, candidates->len);
  _dossier_event_rare_terms_init (&rare_terms, &vocabulary);

  for (guint c = 0; c < candidates->len; c++)
    for (guint w = 0; w < days->len; w++)
      for (int shift = -2; shift <= 2; shift++)
        {
          DossierEventCandidate *probe = &g_array_index (candidates, DossierEventCandidate, c);
          int latest = g_array_index (days, int, w) + shift;
          int earliest = latest - (shift + 2) * (spread ? 7 : 1);
          g_autoptr(GArray) all = _dossier_event_blocker_find (&vocabulary, &blocker, probe->terms);
          g_autoptr(GArray) within = _dossier_event_blocker_find_within (&vocabulary, &blocker, probe->terms,
                                                                         earliest, latest);
          guint k = 0;

          _dossier_event_blocker_find_into (&vocabulary, &blocker, probe->terms, kept);
          g_assert_cmpmem (kept->data, kept->len * sizeof (guint), all->data, all->len * sizeof (guint));
          _dossier_event_blocker_find_within_into (&vocabulary, &blocker, probe->terms, earliest, latest, kept);
          g_assert_cmpmem (kept->data, kept->len * sizeof (guint), within->data, within->len * sizeof (guint));
          /* By its sentence's rarest terms, counted once and kept (asked
           * of every candidate in turn, each sentence many times). */
          {
            guint n_rare, n_counted;
            guint counted[BLOCKING_RARE_TERMS];
            const guint *rare = _dossier_event_sentence_rarest_terms (&rare_terms, &vocabulary, probe->sentence, &n_rare);

            n_counted = _dossier_event_rarest_terms (&vocabulary, probe->terms, counted, BLOCKING_RARE_TERMS);
            g_assert_cmpmem (rare, n_rare * sizeof (guint), counted, n_counted * sizeof (guint));
            _dossier_event_blocker_find_rare_within_into (&blocker, rare, n_rare, earliest, latest, kept);
            g_assert_cmpmem (kept->data, kept->len * sizeof (guint), within->data, within->len * sizeof (guint));
          }
          for (guint f = 0; f < all->len; f++)
            {
              guint found = g_array_index (all, guint, f);
              const DossierEventCandidate *other = &g_array_index (candidates, DossierEventCandidate, found);

              if (other->date.precision == DOSSIER_PRECISION_YEAR || other->first_day > latest ||
                  other->last_day < earliest)
                {
                  n_left_out++;
                  continue;
                }
              g_assert_cmpuint (k, <, within->len);
              g_assert_cmpuint (g_array_index (within, guint, k), ==, found);
              k++;
              n_found++;
            }
          g_assert_cmpuint (k, ==, within->len);
        }
  /* Both kinds were met. */
  g_assert_cmpuint (n_found, >, 0);
  g_assert_cmpuint (n_left_out, >, 0);
  _dossier_event_blocker_clear (&blocker);
  _dossier_event_rare_terms_clear (&rare_terms);
  _dossier_vocabulary_clear (&vocabulary);
}

static void
test_blocker_within_days (void)
{
  const char *texts[] = { mayor_courier, mayor_wire, footbridge, second_dismissal, audit_story };

  check_blocker_within_days (texts, G_N_ELEMENTS (texts), FALSE);
}

/* The same where a term's candidates are many: the long postings are read
 * through their copies sorted by day (two articles' twenty copies each,
 * their candidates' days moved apart). */
static void
test_blocker_within_days_long_postings (void)
{
  const char *texts[42] = { mayor_courier, mayor_wire };

  for (guint t = 2; t < G_N_ELEMENTS (texts); t++)
    texts[t] = t % 2 == 0 ? footbridge : mayor_courier;
  check_blocker_within_days (texts, G_N_ELEMENTS (texts), TRUE);
}

/* Whether @sentence of document @d tells a happening in the past, read
 * from its actions as the corroborated undated sentences read it before
 * their answers were kept. */
static gboolean
happening_in_past_read (DossierVocabulary    *vocabulary,
                        GPtrArray            *documents,
                        GPtrArray            *entities,
                        guint                 d,
                        DossierEventSentence *sentence,
                        const char           *text)
{
  DossierSpan span = { sentence->start, sentence->end };
  GPtrArray *actions;
  gboolean verbal = FALSE;

  if (sentence->end > sentence->start && text[sentence->end - 1] == '?')
    return FALSE;
  if (_dossier_event_sentence_has_programme_note (sentence, text, &span))
    return FALSE;
  actions = _dossier_event_sentence_actions (vocabulary, documents, d, sentence);
  for (guint a = 0; a < actions->len; a++)
    verbal |= ((const DossierActionWord *) g_ptr_array_index (actions, a))->verbal;
  if (!verbal && !(actions->len > 0 && _dossier_event_sentence_names_actor (entities, sentence)))
    return FALSE;
  return _dossier_event_tells_in_past (vocabulary, documents, d, sentence);
}

/* What a sentence's text alone tells (background, reported speech, the
 * action it tells as still to come, whether it is a caption or holds a
 * programme note, whether it tells a happening in the past or quotes a
 * bystander) is read once, kept with its article's terms at the
 * analysis's end, and taken by the next analysis: the same as reading it,
 * in every sentence of seven articles. */
static void
test_sentence_texts_kept (void)
{
  const char *texts[] = { mayor_courier, mayor_wire, footbridge, second_dismissal, audit_story, ferry_programme,
                          flood_witnesses };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  g_autoptr(DossierGazetteer) gazetteer = dossier_gazetteer_new_default ();
  g_autoptr(DossierEntityRecognizer) recognizer = dossier_entity_recognizer_new (gazetteer);
  g_autoptr(GPtrArray) documents = g_ptr_array_new ();
  g_autoptr(GHashTable) kept = NULL;
  g_autoptr(GPtrArray) planned = g_ptr_array_new_with_free_func (g_free);
  /* Per sentence, as the first analysis read it: caption (1), programme note (2). */
  g_autoptr(GArray) dates_read = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n_spoken = 0, n_planned = 0, n_sentences = 0, n_captions = 0, n_notes = 0;
  /* Per sentence, as the first analysis read it: a happening in the past
   * (1), a bystander quoted (2), background told before a verb of
   * speaking (4). */
  g_autoptr(GArray) words_read = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) entities = g_ptr_array_new ();
  guint n_happenings = 0, n_not_happenings = 0, n_bystanders = 0, n_sayings = 0;

  for (guint e = 0; e < dossier_analysis_get_n_entities (analysis); e++)
    g_ptr_array_add (entities, (gpointer) dossier_analysis_get_entity (analysis, e));
  for (guint d = 0; d < dossier_analysis_get_n_documents (analysis); d++)
    {
      DossierDocument *document = dossier_analysis_get_document (analysis, d);

      if (document->paragraphs_digest == NULL)
        document->paragraphs_digest = g_strdup_printf ("article %u", d);
      g_ptr_array_add (documents, document);
    }
  for (guint round = 0; round < 2; round++)
    {
      g_autoptr(GHashTable) made = dossier_event_kept_terms_table_new ();
      DossierVocabulary vocabulary;

      _dossier_vocabulary_init (&vocabulary, documents, recognizer, kept, made);
      for (guint d = 0; d < documents->len; d++)
        {
          DossierDocument *document = g_ptr_array_index (documents, d);
          GArray *sentences = g_ptr_array_index (vocabulary.sentences, d);

          for (guint i = 0; i < sentences->len; i++)
            {
              DossierEventSentence *sentence = &g_array_index (sentences, DossierEventSentence, i);
              DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, sentence->paragraph);
              const char *text = paragraph->text + sentence->start;
              gsize len = sentence->end - sentence->start;

              if (round == 1)
                {
                  g_assert_nonnull (sentence->kept);
                  g_assert_nonnull (sentence->kept->text_flags);
                }
              for (guint asked = 0; asked < 2; asked++)
                {
                  g_assert_cmpint (_dossier_event_sentence_tells_background (sentence, text, len), ==,
                                   _dossier_event_tells_background (text, len));
                  g_assert_cmpuint (_dossier_event_sentence_reported_speech (sentence, text, len), ==,
                                    _dossier_event_reported_speech (text, len));
                }
              n_spoken += _dossier_event_reported_speech (text, len) > 0;
              /* A caption, a programme note: read, then taken, the same. */
              {
                DossierSpan span = { sentence->start, sentence->end };
                guint told = 0;

                for (guint asked = 0; asked < 2; asked++)
                  told = (_dossier_event_sentence_is_caption (sentence, paragraph->text, &span) ? 1 : 0) |
                         (_dossier_event_sentence_has_programme_note (sentence, paragraph->text, &span) ? 2 : 0);
                if (round == 0)
                  {
                    g_array_append_val (dates_read, told);
                    n_captions += (told & 1) != 0;
                    n_notes += (told & 2) != 0;
                  }
                else
                  {
                    g_assert_cmpuint (told, ==, g_array_index (dates_read, guint, n_sentences));
                    g_assert_true (sentence->kept->text_flags[sentence->kept_index] & DOSSIER_SENTENCE_CAPTION_READ);
                    g_assert_true (sentence->kept->text_flags[sentence->kept_index] & DOSSIER_SENTENCE_NOTE_READ);
                  }
              }
              /* A happening in the past, a bystander quoted: asked first
               * (the second analysis then takes what was kept), and read
               * as before. */
              {
                guint told = 0;

                for (guint asked = 0; asked < 2; asked++)
                  told = (_dossier_event_tells_happening_in_past (&vocabulary, documents, entities, d, sentence) ? 1
                                                                                                                 : 0) |
                         (_dossier_event_sentence_quotes_a_bystander (sentence, text, len) ? 2 : 0);
                g_assert_cmpuint (told & 1, ==,
                                  happening_in_past_read (&vocabulary, documents, entities, d, sentence,
                                                          paragraph->text) ? 1 : 0);
                g_assert_cmpuint (told & 2, ==, _dossier_event_quotes_a_bystander (text, len) ? 2 : 0);
                /* What a saying tells before its verb of speaking ends. */
                if (_dossier_event_sentence_reported_speech (sentence, text, len) > 0)
                  {
                    gsize spoken = _dossier_event_sentence_reported_speech (sentence, text, len);
                    gboolean background = _dossier_event_saying_tells_background (sentence, text, spoken);

                    g_assert_cmpint (background, ==, _dossier_event_tells_background (text, spoken));
                    g_assert_cmpint (_dossier_event_saying_tells_background (sentence, text, spoken), ==, background);
                    told |= background ? 4 : 0;
                    n_sayings++;
                    if (round == 1)
                      g_assert_true (sentence->kept->text_flags[sentence->kept_index] &
                                     DOSSIER_SENTENCE_SAYING_BACKGROUND_READ);
                  }
                if (round == 0)
                  {
                    g_array_append_val (words_read, told);
                    n_happenings += (told & 1) != 0;
                    n_not_happenings += (told & 1) == 0;
                    n_bystanders += (told & 2) != 0;
                  }
                else
                  {
                    guint16 flags = sentence->kept->text_flags[sentence->kept_index];

                    g_assert_cmpuint (told, ==, g_array_index (words_read, guint, n_sentences));
                    g_assert_true (flags & DOSSIER_SENTENCE_HAPPENING_READ);
                    g_assert_true (flags & DOSSIER_SENTENCE_BYSTANDER_READ);
                  }
              }
              /* The action it tells as still to come, the same word. */
              {
                const DossierActionWord *action = _dossier_event_planned_action (&vocabulary, documents, d, sentence);

                if (round == 0)
                  {
                    g_ptr_array_add (planned, action != NULL ? g_strdup (action->word) : NULL);
                    n_planned += sentence->planned_at > 0;
                  }
                else
                  g_assert_cmpstr (action != NULL ? action->word : NULL, ==,
                                   g_ptr_array_index (planned, n_sentences++));
              }
            }
        }
      if (round == 0)
        _dossier_event_sentence_texts_keep (&vocabulary);
      _dossier_vocabulary_clear (&vocabulary);
      g_clear_pointer (&kept, g_hash_table_unref);
      kept = g_hash_table_ref (made);
    }
  g_assert_cmpuint (n_spoken, >, 0);
  g_assert_cmpuint (n_planned, >, 0);
  g_assert_cmpuint (n_captions, >, 0);
  g_assert_cmpuint (n_notes, >, 0);
  g_assert_cmpuint (n_happenings, >, 0);
  g_assert_cmpuint (n_not_happenings, >, 0);
  g_assert_cmpuint (n_bystanders, >=, 2);
  g_assert_cmpuint (n_sayings, >, 0);
  g_assert_cmpuint (words_read->len, ==, planned->len);
  g_assert_cmpuint (n_sentences, ==, planned->len);
  g_assert_cmpuint (dates_read->len, ==, planned->len);
}

/* Coarser candidates joined to their days' ("his arrest by customs in
 * March", "last week", "in 2031"): what each met of the days' is kept in
 * the decisions by its serial, and the clusterings after take it; the same
 * clusters and links as clustering afresh, with every article, without
 * one (other days' candidates met, others not: the March arrest meets the
 * pilot's Monday, then his arrest, or only the arrest), and with it
 * again. */
static void
test_coarse_joins_kept (void)
{
  const char *texts[] = {
    "Harbour pilot detained in Velmora\nPublished: 5 March 2032\n\n"
    "Customs officers detained the harbour pilot Anselm Krajic in Velmora on Tuesday after a search of his "
    "boat.\n",
    "New cranes for Velmora\nPublished: 4 March 2032\n\n"
    "Anselm Krajic spoke to reporters about the port's new cranes on Monday.\n",
    "Pilot's trial set for June\nPublished: 2 April 2032\n\n"
    "A court in Velmora set the trial of Anselm Krajic for June, weeks after his arrest by customs in March.\n",
    "Court jails former mayor of Dunmarsh\nPublished: 9 June 2032\n\n"
    "The high court in Dunmarsh sentenced the former mayor Ilse Varnhof to two years in prison on Tuesday for "
    "taking bribes.\n",
    "Former mayor begins her sentence\nPublished: 15 June 2032\n\n"
    "Ilse Varnhof reported to the prison in Ostweil on Monday, after the high court gave her two years in "
    "prison for bribery last week.\n",
    "Smuggler's appeal rejected\nPublished: 12 October 2034\n\n"
    "The appeals court in Velmora rejected on Tuesday the appeal of Bruno Talvik, who evaded customs for nine "
    "years until his arrest in Ostweil in May 2031.\n",
    "Velmora upholds smuggler's sentence\nPublished: 11 October 2034\n\n"
    "Bruno Talvik was arrested in Ostweil in 2031 after a manhunt across three countries.\n\n"
    "His accountant Gero Maalund was arrested in Dunmarsh in 2031 as well.\n",
  };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  g_autoptr(DossierGazetteer) gazetteer = dossier_gazetteer_new_default ();
  g_autoptr(DossierEntityRecognizer) recognizer = dossier_entity_recognizer_new (gazetteer);
  g_autoptr(GPtrArray) documents = g_ptr_array_new ();
  g_autoptr(GPtrArray) entities = g_ptr_array_new ();
  g_autoptr(DossierCollectedCandidates) collected = NULL;
  g_autoptr(GArray) candidates = NULL;
  g_autoptr(GArray) fresh_links = g_array_new (FALSE, TRUE, sizeof (DossierCandidateLink));
  guint n_coarse = 0;
  DossierVocabulary vocabulary;

  for (guint d = 0; d < dossier_analysis_get_n_documents (analysis); d++)
    g_ptr_array_add (documents, dossier_analysis_get_document (analysis, d));
  for (guint e = 0; e < dossier_analysis_get_n_entities (analysis); e++)
    g_ptr_array_add (entities, (gpointer) dossier_analysis_get_entity (analysis, e));
  _dossier_vocabulary_init (&vocabulary, documents, recognizer, NULL, NULL);
  collected = _dossier_collected_candidates_new (documents->len);

  /* What the test is about: a month's, a week's and a year's candidate
   * each joined to a finer one. */
  candidates = collect_all (collected, &vocabulary, documents, entities, FALSE);
  _dossier_event_candidates_cluster (&vocabulary, documents, entities, candidates, NULL, fresh_links);
  for (guint k = 0; k < fresh_links->len; k++)
    {
      const DossierCandidateLink *link = &g_array_index (fresh_links, DossierCandidateLink, k);
      const DossierEventCandidate *a = &g_array_index (candidates, DossierEventCandidate, link->a);
      const DossierEventCandidate *b = &g_array_index (candidates, DossierEventCandidate, link->b);

      n_coarse += a->date.precision != b->date.precision;
    }
  g_assert_cmpuint (n_coarse, >=, 3);

  for (guint skip = 0; skip <= documents->len; skip++)
    {
      g_autoptr(DossierPairDecisions) decisions = _dossier_pair_decisions_new ();

      g_clear_pointer (&candidates, g_array_unref);
      candidates = collect_all (collected, &vocabulary, documents, entities, FALSE);
      assert_clustered_alike (&vocabulary, documents, entities, candidates, decisions, TRUE);
      assert_clustered_alike (&vocabulary, documents, entities, candidates, decisions, TRUE);
      g_clear_pointer (&candidates, g_array_unref);
      candidates = collect_all_but (collected, &vocabulary, documents, entities, FALSE,
                                    skip < documents->len ? skip : G_MAXUINT);
      assert_clustered_alike (&vocabulary, documents, entities, candidates, decisions, TRUE);
      g_clear_pointer (&candidates, g_array_unref);
      candidates = collect_all (collected, &vocabulary, documents, entities, TRUE);
      assert_clustered_alike (&vocabulary, documents, entities, candidates, decisions, FALSE);
      assert_clustered_alike (&vocabulary, documents, entities, candidates, decisions, TRUE);
    }
  _dossier_vocabulary_clear (&vocabulary);
}

/* Whether @vocabulary holds what @fresh, counted from scratch, holds: every
 * term's count and weight, every sentence's terms, entities and norm (the
 * same doubles). */
static void
assert_vocabulary_alike (DossierVocabulary *vocabulary,
                         DossierVocabulary *fresh)
{
  g_assert_cmpuint (vocabulary->n_sentences, ==, fresh->n_sentences);
  g_assert_cmpuint (vocabulary->idf->len, ==, fresh->idf->len);
  g_assert_cmpmem (vocabulary->idf->data, vocabulary->idf->len * sizeof (double), fresh->idf->data,
                   fresh->idf->len * sizeof (double));
  g_assert_cmpuint (vocabulary->document_frequency->len, ==, fresh->document_frequency->len);
  g_assert_cmpmem (vocabulary->document_frequency->data, vocabulary->document_frequency->len * sizeof (guint),
                   fresh->document_frequency->data, fresh->document_frequency->len * sizeof (guint));
  g_assert_cmpuint (vocabulary->sentences->len, ==, fresh->sentences->len);
  for (guint d = 0; d < vocabulary->sentences->len; d++)
    {
      GArray *sentences = g_ptr_array_index (vocabulary->sentences, d);
      GArray *fresh_sentences = g_ptr_array_index (fresh->sentences, d);

      g_assert_cmpuint (sentences->len, ==, fresh_sentences->len);
      for (guint i = 0; i < sentences->len; i++)
        {
          const DossierEventSentence *x = &g_array_index (sentences, DossierEventSentence, i);
          const DossierEventSentence *y = &g_array_index (fresh_sentences, DossierEventSentence, i);

          g_assert_cmpuint (x->paragraph, ==, y->paragraph);
          g_assert_cmpuint (x->start, ==, y->start);
          g_assert_cmpuint (x->end, ==, y->end);
          g_assert_cmpmem (x->terms->data, x->terms->len * sizeof (guint), y->terms->data,
                           y->terms->len * sizeof (guint));
          g_assert_cmpmem (x->entities->data, x->entities->len * sizeof (int), y->entities->data,
                           y->entities->len * sizeof (int));
          g_assert_cmpmem (&x->norm, sizeof x->norm, &y->norm, sizeof y->norm);
        }
    }
}

/* The vocabulary an analysis counted is taken by the next where it has the
 * same articles in the same order, from the same kept terms, naming the
 * same entities: the same as counting it from scratch.  Counted again, as
 * from scratch, where a mention names another entity or two articles
 * swap places; and where two articles are one text, the second's kept
 * terms serve both. */
static void
test_vocabulary_kept (void)
{
  const char *texts[] = { mayor_courier, mayor_wire, footbridge, mayor_wire, second_dismissal, audit_story };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  g_autoptr(DossierGazetteer) gazetteer = dossier_gazetteer_new_default ();
  g_autoptr(DossierEntityRecognizer) recognizer = dossier_entity_recognizer_new (gazetteer);
  g_autoptr(GPtrArray) documents = g_ptr_array_new ();
  g_autoptr(GHashTable) kept = NULL;
  g_autoptr(DossierEventKeptVocabulary) taken = NULL;
  DossierMention *changed = NULL;
  guint n_taken = 0, n_rare_taken = 0;

  for (guint d = 0; d < dossier_analysis_get_n_documents (analysis); d++)
    {
      DossierDocument *document = dossier_analysis_get_document (analysis, d);

      g_clear_pointer (&document->paragraphs_digest, g_free);
      /* The wire twice: one text, one digest. */
      document->paragraphs_digest = g_strdup_printf ("article %u", d == 3 ? 1 : d);
      g_ptr_array_add (documents, document);
    }
  for (guint round = 0; round < 6; round++)
    {
      g_autoptr(GHashTable) made = dossier_event_kept_terms_table_new ();
      g_autoptr(DossierEventKeptVocabulary) made_vocabulary = NULL;
      DossierVocabulary vocabulary, fresh;

      /* Round 3: a mention of the courier names another entity; round 5:
       * the last two articles swap places (found once the others are
       * checked). */
      if (round == 3)
        {
          DossierDocument *courier = g_ptr_array_index (documents, 0);

          for (guint m = 0; m < courier->mentions->len && changed == NULL; m++)
            if (g_array_index (courier->mentions, DossierMention, m).entity >= 0)
              changed = &g_array_index (courier->mentions, DossierMention, m);
          g_assert_nonnull (changed);
          changed->entity = (changed->entity + 1) % (int) dossier_analysis_get_n_entities (analysis);
        }
      if (round == 5)
        {
          gpointer last = documents->pdata[documents->len - 1];

          documents->pdata[documents->len - 1] = documents->pdata[documents->len - 2];
          documents->pdata[documents->len - 2] = last;
        }
      _dossier_vocabulary_init_keeping (&vocabulary, documents, recognizer, kept, made, taken, &made_vocabulary);
      _dossier_vocabulary_init (&fresh, documents, recognizer, NULL, NULL);
      assert_vocabulary_alike (&vocabulary, &fresh);
      g_assert_nonnull (made_vocabulary);
      g_assert_true (vocabulary.taken == (made_vocabulary == taken ? taken : NULL));
      /* The sentences' rarest terms, half of them asked in each round:
       * those a taken vocabulary's analysis kept are taken (in the table
       * before they are asked for), the others counted; all as counted
       * from scratch.  A vocabulary counted keeps them. */
      {
        DossierRareTerms rare_terms = { 0 };
        guint n = 0;

        _dossier_event_rare_terms_init (&rare_terms, &vocabulary);
        for (guint d = 0; d < documents->len; d++)
          {
            GArray *sentences = g_ptr_array_index (vocabulary.sentences, d);
            GArray *fresh_sentences = g_ptr_array_index (fresh.sentences, d);

            for (guint i = 0; i < sentences->len; i++, n++)
              {
                DossierEventSentence *sentence = &g_array_index (sentences, DossierEventSentence, i);
                guint expected[BLOCKING_RARE_TERMS], n_expected, n_rare;
                const guint *rare;

                if (n % 2 != round % 2)
                  continue;
                n_expected = _dossier_event_rarest_terms (&fresh,
                                                          g_array_index (fresh_sentences, DossierEventSentence, i).terms,
                                                          expected, BLOCKING_RARE_TERMS);
                if (rare_terms.counted != NULL && vocabulary.taken != NULL)
                  g_assert_cmpuint (rare_terms.counted[sentence - rare_terms.first], ==,
                                    vocabulary.taken->rare_counted[n]);
                rare = _dossier_event_sentence_rarest_terms (&rare_terms, &vocabulary, sentence, &n_rare);
                g_assert_cmpuint (n_rare, ==, n_expected);
                g_assert_cmpmem (rare, n_rare * sizeof (guint), expected, n_expected * sizeof (guint));
                if (vocabulary.taken != NULL && vocabulary.taken->rare_counted[n] != 0)
                  n_rare_taken++;
              }
          }
        if (vocabulary.taken == NULL)
          {
            _dossier_event_rare_terms_keep (&rare_terms, &vocabulary, made_vocabulary);
            g_assert_nonnull (made_vocabulary->rare_counted);
          }
        _dossier_event_rare_terms_clear (&rare_terms);
      }
      _dossier_vocabulary_clear (&fresh);
      _dossier_vocabulary_clear (&vocabulary);

      /* Taken in every round after the first (the twins both from the
       * second's kept terms), but those of a change. */
      if (round == 1 || round == 2 || round == 4)
        g_assert_true (made_vocabulary == taken);
      else
        g_assert_true (made_vocabulary != taken);
      n_taken += made_vocabulary == taken;
      g_clear_pointer (&taken, dossier_event_kept_vocabulary_unref);
      taken = g_steal_pointer (&made_vocabulary);
      g_clear_pointer (&kept, g_hash_table_unref);
      kept = g_hash_table_ref (made);
    }
  g_assert_cmpuint (n_taken, ==, 3);
  g_assert_cmpuint (n_rare_taken, >, 0);
}

/* What one analysis's clusterings decided is taken by the next where its
 * candidates are those: analysed again with the vocabulary taken, every
 * article's candidates are taken with the serials they had (the same as
 * collecting them gives), and cluster as afresh,
 * links and all, the vocabulary they were decided with gone; an article
 * whose analysis digest or publication date changed gets new serials, the
 * others theirs (and the next analysis takes its new ones); and where an
 * entity's type changed nothing is taken. */
static void
test_decisions_kept_across_analyses (void)
{
  const char *texts[] = { mayor_courier, mayor_wire, footbridge, second_dismissal, audit_story, month_recap };
  g_autoptr(DossierAnalysis) analysis = analyse_texts (texts, G_N_ELEMENTS (texts));
  g_autoptr(DossierGazetteer) gazetteer = dossier_gazetteer_new_default ();
  g_autoptr(DossierEntityRecognizer) recognizer = dossier_entity_recognizer_new (gazetteer);
  g_autoptr(GPtrArray) documents = g_ptr_array_new ();
  g_autoptr(GPtrArray) entities = g_ptr_array_new ();
  g_autoptr(GHashTable) kept_terms = NULL;
  g_autoptr(DossierEventKeptVocabulary) kept_vocabulary = NULL;
  g_autoptr(DossierEventKeptClustering) kept = NULL;
  /* The serials of the round before, and their articles. */
  g_autoptr(GArray) serials = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) documents_of = g_array_new (FALSE, FALSE, sizeof (guint));
  DossierDocument *wire;
  guint n_serials = 0;

  for (guint d = 0; d < dossier_analysis_get_n_documents (analysis); d++)
    {
      DossierDocument *document = dossier_analysis_get_document (analysis, d);

      g_clear_pointer (&document->paragraphs_digest, g_free);
      document->paragraphs_digest = g_strdup_printf ("article %u", d);
      g_clear_pointer (&document->analysis_digest, g_free);
      document->analysis_digest = g_strdup_printf ("analysed %u", d);
      g_ptr_array_add (documents, document);
    }
  for (guint e = 0; e < dossier_analysis_get_n_entities (analysis); e++)
    g_ptr_array_add (entities, (gpointer) dossier_analysis_get_entity (analysis, e));
  wire = g_ptr_array_index (documents, 1);

  for (guint round = 0; round < 5; round++)
    {
      g_autoptr(GHashTable) made = dossier_event_kept_terms_table_new ();
      g_autoptr(DossierEventKeptVocabulary) made_vocabulary = NULL;
      g_autoptr(DossierCollectedCandidates) collected = _dossier_collected_candidates_new (documents->len);
      g_autoptr(DossierPairDecisions) decisions = NULL;
      g_autoptr(GArray) candidates = NULL;
      DossierVocabulary vocabulary;
      gboolean fits;

      /* Round 2: the wire analysed anew (its digest changed) and dated a
       * day later; round 3: the courier dated a day later, its digest
       * kept; round 4: an entity's type changed. */
      if (round == 2)
        {
          g_free (wire->analysis_digest);
          wire->analysis_digest = g_strdup ("analysed again");
          wire->published = dossier_date_from_day (2025, 3, 14);
          dossier_document_find_dates_again (wire);
        }
      if (round == 3)
        {
          DossierDocument *courier = g_ptr_array_index (documents, 0);

          courier->published = dossier_date_from_day (2025, 3, 15);
          dossier_document_find_dates_again (courier);
        }
      if (round == 4)
        {
          DossierEntityRecord *entity = g_ptr_array_index (entities, 0);

          entity->type = entity->type == DOSSIER_ENTITY_PLACE ? DOSSIER_ENTITY_PERSON : DOSSIER_ENTITY_PLACE;
        }
      _dossier_vocabulary_init_keeping (&vocabulary, documents, recognizer, kept_terms, made, kept_vocabulary,
                                        &made_vocabulary);
      g_assert_nonnull (made_vocabulary);
      /* The vocabulary is taken after the first round. */
      g_assert_true ((vocabulary.taken != NULL) == (round > 0));
      fits = _dossier_event_kept_clustering_fits (kept, vocabulary.taken, documents, entities);
      g_assert_true (fits == (round > 0 && round < 4));
      if (fits)
        {
          _dossier_event_kept_clustering_take (kept, collected, documents);
          decisions = g_steal_pointer (&kept->decisions);
        }
      else
        decisions = _dossier_pair_decisions_new ();
      _dossier_pair_decisions_keep_words (decisions);
      _dossier_collected_candidates_keep_serials (collected);

      candidates = collect_all (collected, &vocabulary, documents, entities, FALSE);
      for (guint c = 0, before = 0; c < candidates->len; c++)
        {
          const DossierEventCandidate *candidate = &g_array_index (candidates, DossierEventCandidate, c);
          /* The article changed in this round (none in the first two). */
          guint changed = round == 2 ? 1 : round == 3 ? 0 : G_MAXUINT;

          /* Taken where the article's candidates are those of the round
           * before; new where they were collected from other dates. */
          if (round > 0 && round < 4 && candidate->document != changed)
            {
              while (before < serials->len &&
                     g_array_index (documents_of, guint, before) != candidate->document)
                before++;
              g_assert_cmpuint (before, <, serials->len);
              g_assert_cmpuint (candidate->serial, ==, g_array_index (serials, guint, before));
              before++;
            }
          else if (round > 0 && round < 4)
            g_assert_cmpuint (candidate->serial, >, n_serials);
        }
      /* … and the candidates taken with them are those collecting them
       * gives. */
      {
        g_autoptr(GArray) fresh = g_array_new (FALSE, TRUE, sizeof (DossierEventCandidate));

        for (guint d = 0; d < documents->len; d++)
          _dossier_event_collect_candidates (&vocabulary, documents, entities, d, fresh);
        g_assert_cmpuint (fresh->len, ==, candidates->len);
        assert_same_candidates (candidates, 0, fresh, 0, candidates->len);
      }
      g_array_set_size (serials, 0);
      g_array_set_size (documents_of, 0);
      for (guint c = 0; c < candidates->len; c++)
        {
          g_array_append_val (serials, g_array_index (candidates, DossierEventCandidate, c).serial);
          g_array_append_val (documents_of, g_array_index (candidates, DossierEventCandidate, c).document);
        }
      assert_clustered_alike (&vocabulary, documents, entities, candidates, decisions, TRUE);
      assert_clustered_alike (&vocabulary, documents, entities, candidates, decisions, FALSE);

      g_clear_pointer (&kept, dossier_event_kept_clustering_free);
      kept = _dossier_event_kept_clustering_new (collected, &decisions, made_vocabulary, documents, entities);
      g_assert_nonnull (kept);
      g_assert_null (decisions);
      for (guint d = 0; d < documents->len; d++)
        for (guint r = 0; kept->serials[d] != NULL && r < kept->serials[d]->len; r++)
          g_assert_nonnull (g_array_index (kept->serials[d], DossierSerialRange, r).candidates);
      n_serials = MAX (n_serials, kept->n_serials);
      /* What is kept outlives the vocabulary it was decided with. */
      _dossier_vocabulary_clear (&vocabulary);
      g_clear_pointer (&kept_vocabulary, dossier_event_kept_vocabulary_unref);
      kept_vocabulary = g_steal_pointer (&made_vocabulary);
      g_clear_pointer (&kept_terms, g_hash_table_unref);
      kept_terms = g_hash_table_ref (made);
    }
}

/* An undated report of the dismissal: the dossier's events are then made
 * through the rounds that infer publication dates, where the clusterings
 * keep what they decide. */
static const char *mayor_undated =
  "Eastbrook mayor Tomas Brandt dismissed after the audit\n"
  "By Ines Moreau\n"
  "\n"
  "The city council of Eastbrook dismissed Mayor Tomas Brandt on Wednesday, hours after auditors reported "
  "that two million euros of housing money were missing.\n"
  "Brandt said he would challenge the decision in court.\n";

/* The analysis of copies of @from's documents (as a dossier's next
 * analysis takes them, with @from's @gazetteer), reusing what @from kept
 * where @reuse, with the @d-th article's publication date set to
 * @published where it is set. */
static DossierAnalysis *
analyse_again (DossierGazetteer  *gazetteer,
               DossierAnalysis   *from,
               gboolean           reuse,
               guint              d,
               const DossierDate *published)
{
  DossierAnalysis *analysis = dossier_analysis_new (gazetteer);

  for (guint k = 0; k < dossier_analysis_get_n_documents (from); k++)
    {
      DossierDocument *copy = dossier_document_copy (dossier_analysis_get_document (from, k));

      if (k == d && published != NULL)
        {
          copy->published = *published;
          copy->published_from = DOSSIER_DATE_SOURCE_USER;
        }
      dossier_analysis_add_document (analysis, copy);
    }
  if (reuse)
    dossier_analysis_reuse (analysis, from);
  dossier_analysis_run (analysis);
  return analysis;
}

/* The events of @a and @b the same: dates, summaries, sources and links. */
static void
assert_same_events (DossierAnalysis *a,
                    DossierAnalysis *b)
{
  g_assert_cmpuint (dossier_analysis_get_n_events (a), ==, dossier_analysis_get_n_events (b));
  for (guint e = 0; e < dossier_analysis_get_n_events (a); e++)
    {
      const DossierEventRecord *x = dossier_analysis_get_event (a, e);
      const DossierEventRecord *y = dossier_analysis_get_event (b, e);

      g_assert_cmpint (dossier_date_compare (&x->date, &y->date), ==, 0);
      g_assert_cmpstr (x->summary, ==, y->summary);
      g_assert_cmpuint (x->sources->len, ==, y->sources->len);
      for (guint k = 0; k < x->sources->len; k++)
        {
          const DossierEventSource *p = &g_array_index (x->sources, DossierEventSource, k);
          const DossierEventSource *q = &g_array_index (y->sources, DossierEventSource, k);

          g_assert_cmpuint (p->document, ==, q->document);
          g_assert_cmpuint (p->paragraph, ==, q->paragraph);
          g_assert_cmpuint (p->start, ==, q->start);
          g_assert_cmpuint (p->date_start, ==, q->date_start);
          g_assert_cmpint (p->dating, ==, q->dating);
        }
      g_assert_cmpuint (x->links->len, ==, y->links->len);
      for (guint k = 0; k < x->links->len; k++)
        {
          const DossierEventLink *p = &g_array_index (x->links, DossierEventLink, k);
          const DossierEventLink *q = &g_array_index (y->links, DossierEventLink, k);

          g_assert_cmpuint (p->reasons, ==, q->reasons);
          g_assert_cmpstr (p->action_a, ==, q->action_a);
          g_assert_cmpstr (p->action_b, ==, q->action_b);
        }
    }
}

/* A dossier analysed, then again after a publication date corrected, then
 * after another: each analysis that takes what the one before kept (its
 * clusterings' decisions, its articles' candidates, its events'
 * summaries) makes the events one from scratch makes. */
static void
test_events_kept_across_analyses (void)
{
  const char *texts[] = { mayor_courier, mayor_wire, footbridge, second_dismissal, audit_story, month_recap,
                          mayor_undated };
  g_autoptr(DossierGazetteer) gazetteer = dossier_gazetteer_new_default ();
  g_autoptr(DossierAnalysis) first = dossier_analysis_new (gazetteer);
  g_autoptr(DossierAnalysis) fresh = NULL;
  g_autoptr(DossierAnalysis) corrected = NULL;
  g_autoptr(DossierAnalysis) again = NULL;
  DossierDate day = dossier_date_from_day (2025, 3, 15);
  DossierDate other_day = dossier_date_from_day (2025, 3, 16);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    dossier_analysis_add_document (first, dossier_test_clean_string (texts[i]));
  dossier_analysis_set_keeps_results (first, TRUE);
  dossier_analysis_run (first);
  g_assert_cmpuint (dossier_analysis_get_n_events (first), >, 0);

  /* Nothing changed; the wire's date corrected; the courier's. */
  corrected = analyse_again (gazetteer, first, TRUE, G_MAXUINT, NULL);
  fresh = analyse_again (gazetteer, first, FALSE, G_MAXUINT, NULL);
  assert_same_events (corrected, fresh);
  g_clear_pointer (&fresh, dossier_analysis_unref);
  fresh = analyse_again (gazetteer, corrected, FALSE, 1, &day);
  again = analyse_again (gazetteer, corrected, TRUE, 1, &day);
  assert_same_events (again, fresh);
  g_clear_pointer (&fresh, dossier_analysis_unref);
  g_clear_pointer (&corrected, dossier_analysis_unref);
  fresh = analyse_again (gazetteer, again, FALSE, 0, &other_day);
  corrected = analyse_again (gazetteer, again, TRUE, 0, &other_day);
  assert_same_events (corrected, fresh);
}

/* Whether a paragraph is a photo's caption is read once and kept with it,
 * and a copy of the document (what the next analysis reads) takes it:
 * asked of a fresh document, again, and of its copy, every paragraph
 * reads the same; and the copy takes the answer kept rather than reading
 * the text again. */
static void
test_paragraph_captions_kept (void)
{
  static const struct { const char *text; gboolean caption; } paragraphs[] = {
    { "The port authority closed the harbour of Westholm on Thursday after the storm.", FALSE },
    { "A crew member lowers a lifeboat at the harbour. (AP Photo/Piet Jansen)", TRUE },
    { "FILE - Ferries line the quay in Halvik, March 2, 2026.", TRUE },
    { "Divers prepare to go down near Halden.", TRUE },
    { "Divers prepare to go down near Halden. / Agencies", TRUE },
    { "The council will meet on Monday to count the cost.", FALSE },
  };
  g_autoptr(DossierDocument) document = dossier_document_new ();
  g_autoptr(DossierDocument) copy = NULL;
  g_autoptr(DossierDocument) forged = NULL;

  for (guint p = 0; p < G_N_ELEMENTS (paragraphs); p++)
    dossier_document_add_paragraph (document, paragraphs[p].text, -1, DOSSIER_PARAGRAPH_BODY, p + 1, p + 1);
  for (guint p = 0; p < G_N_ELEMENTS (paragraphs); p++)
    {
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);

      g_assert_cmpuint (paragraph->text_read, ==, 0);
      for (guint asked = 0; asked < 2; asked++)
        g_assert_cmpint (_dossier_event_paragraph_is_caption (document, p), ==, paragraphs[p].caption);
      g_assert_true (paragraph->text_read & DOSSIER_PARAGRAPH_CAPTION_READ);
    }
  copy = dossier_document_copy (document);
  forged = dossier_document_copy (document);
  for (guint p = 0; p < G_N_ELEMENTS (paragraphs); p++)
    {
      DossierParagraph *kept = g_ptr_array_index (copy->paragraphs, p);
      DossierParagraph *wrong = g_ptr_array_index (forged->paragraphs, p);

      g_assert_cmpuint (kept->text_read, ==,
                        ((DossierParagraph *) g_ptr_array_index (document->paragraphs, p))->text_read);
      g_assert_cmpint (_dossier_event_paragraph_is_caption (copy, p), ==, paragraphs[p].caption);
      /* The answer kept is taken as it is. */
      wrong->text_read ^= DOSSIER_PARAGRAPH_CAPTION;
      g_assert_cmpint (_dossier_event_paragraph_is_caption (forged, p), ==, !paragraphs[p].caption);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/event-clustering/two-outlets-one-happening", test_two_outlets_one_happening);
  g_test_add_func ("/event-clustering/one-day-two-happenings", test_one_day_two_happenings);
  g_test_add_func ("/event-clustering/same-words-far-apart", test_same_words_far_apart);
  g_test_add_func ("/event-clustering/candidates-kept", test_candidates_kept);
  g_test_add_func ("/event-clustering/pair-decisions-kept", test_pair_decisions_kept);
  g_test_add_func ("/event-clustering/probe-same-cosine", test_probe_same_cosine);
  g_test_add_func ("/event-clustering/blocker-within-days", test_blocker_within_days);
  g_test_add_func ("/event-clustering/blocker-within-days-long-postings", test_blocker_within_days_long_postings);
  g_test_add_func ("/event-clustering/sentence-texts-kept", test_sentence_texts_kept);
  g_test_add_func ("/event-clustering/coarse-joins-kept", test_coarse_joins_kept);
  g_test_add_func ("/event-clustering/vocabulary-kept", test_vocabulary_kept);
  g_test_add_func ("/event-clustering/paragraph-captions-kept", test_paragraph_captions_kept);
  g_test_add_func ("/event-clustering/decisions-kept-across-analyses", test_decisions_kept_across_analyses);
  g_test_add_func ("/event-clustering/events-kept-across-analyses", test_events_kept_across_analyses);

  return g_test_run ();
}
