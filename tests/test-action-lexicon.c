/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The action lexicon: two outlets' words for one kind of happening meet,
 * words for different happenings do not. */

#include "dossier-action-lexicon.h"
#include "dossier-word-lists.h"

#include <string.h>

static gboolean
same_action (const char *a,
             const char *b)
{
  guint32 classes_a[DOSSIER_ACTION_MAX_CLASSES], classes_b[DOSSIER_ACTION_MAX_CLASSES];
  guint n_a = dossier_action_classes_find (a, strlen (a), NULL, classes_a, NULL);
  guint n_b = dossier_action_classes_find (b, strlen (b), NULL, classes_b, NULL);

  return dossier_action_classes_meet (classes_a, n_a, classes_b, n_b);
}

static void
test_same_happening_in_other_words (void)
{
  /* A dismissal, a result, a disaster, a killing, a verdict. */
  g_assert_true (same_action ("fired", "ousted"));
  g_assert_true (same_action ("sacked", "dismissed"));
  g_assert_true (same_action ("ousted", "ouster"));
  g_assert_true (same_action ("won", "victory"));
  g_assert_true (same_action ("beat", "defeated"));
  g_assert_true (same_action ("quake", "earthquake"));
  g_assert_true (same_action ("struck", "hit"));
  g_assert_true (same_action ("killed", "assassinated"));
  g_assert_true (same_action ("shot", "killed"));
  g_assert_true (same_action ("convicted", "conviction"));
  g_assert_true (same_action ("resigned", "resignation"));
  g_assert_true (same_action ("overturned", "reversed"));
  g_assert_true (same_action ("landed", "landing"));
}

static void
test_different_happenings (void)
{
  g_assert_false (same_action ("won", "congratulated"));
  g_assert_false (same_action ("fired", "said"));
  g_assert_false (same_action ("killed", "won"));
  g_assert_false (same_action ("arrested", "killed"));
  g_assert_false (same_action ("conceded", "won"));
}

static void
test_forms_and_case (void)
{
  guint32 classes[DOSSIER_ACTION_MAX_CLASSES];

  /* Irregular and regular inflections, capitals, doubled consonants. */
  g_assert_cmpuint (dossier_action_classes_find ("Struck", 6, NULL, classes, NULL), >, 0);
  g_assert_cmpuint (dossier_action_classes_find ("hitting", 7, NULL, classes, NULL), >, 0);
  g_assert_cmpuint (dossier_action_classes_find ("quakes", 6, NULL, classes, NULL), >, 0);
  g_assert_true (same_action ("Stopped", "stop"));
  /* No action: a name, a number, punctuation, an over-long word. */
  g_assert_cmpuint (dossier_action_classes_find ("Zelenskyy", 9, NULL, classes, NULL), ==, 0);
  g_assert_cmpuint (dossier_action_classes_find ("2024", 4, NULL, classes, NULL), ==, 0);
  g_assert_cmpuint (dossier_action_classes_find ("won't", 5, NULL, classes, NULL), ==, 0);
  g_assert_cmpuint (dossier_action_classes_find ("x", 1, NULL, classes, NULL), ==, 0);
  g_assert_cmpuint (dossier_action_classes_find ("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 56, NULL, classes, NULL), ==, 0);
  /* Words of telling are no happening: "said" is "say". */
  g_assert_cmpuint (dossier_action_classes_find ("emphasized", 10, &dossier_words_not_actions, classes, NULL), ==, 0);
  g_assert_false (same_action ("updated", "announced"));
  g_assert_cmpuint (dossier_action_classes_find ("said", 4, &dossier_words_not_actions, classes, NULL), ==, 0);
  g_assert_cmpuint (dossier_action_classes_find ("told", 4, &dossier_words_not_actions, classes, NULL), ==, 0);
  g_assert_cmpuint (dossier_action_classes_find ("ousted", 6, &dossier_words_not_actions, classes, NULL), >, 0);
  /* Nouns whose WordNet verb is another word's: a city, "in the wake of". */
  g_assert_cmpuint (dossier_action_classes_find ("capital", 7, &dossier_words_not_actions, classes, NULL), ==, 0);
  g_assert_cmpuint (dossier_action_classes_find ("wake", 4, &dossier_words_not_actions, classes, NULL), ==, 0);
}

static void
test_verb_after_to (void)
{
  guint32 as_written[DOSSIER_ACTION_MAX_CLASSES], as_verb[DOSSIER_ACTION_MAX_CLASSES];
  guint32 landed[DOSSIER_ACTION_MAX_CLASSES];
  guint n_written = dossier_action_classes_find ("land", 4, NULL, as_written, NULL);
  guint n_verb = dossier_action_verb_classes_find ("land", 4, NULL, as_verb);
  guint n_landed = dossier_action_classes_find ("landed", 6, NULL, landed, NULL);

  /* "land" is more often a noun (the ground); "to land" is the verb, the
   * happening "landed" tells. */
  g_assert_false (dossier_action_classes_meet (as_written, n_written, landed, n_landed));
  g_assert_cmpuint (n_verb, >, 0);
  g_assert_true (dossier_action_classes_meet (as_verb, n_verb, landed, n_landed));
  /* A word that is no verb stays none. */
  g_assert_cmpuint (dossier_action_verb_classes_find ("president", 9, NULL, as_verb), ==, 0);
}

/* Whether the verb of two words @verb @particle and the word @other meet. */
static gboolean
phrase_meets (const char *verb,
              const char *particle,
              const char *other)
{
  guint32 phrase[DOSSIER_ACTION_MAX_CLASSES], classes[DOSSIER_ACTION_MAX_CLASSES];
  guint n_phrase = dossier_action_phrase_classes_find (verb, strlen (verb), particle, strlen (particle), phrase);
  guint n = dossier_action_classes_find (other, strlen (other), NULL, classes, NULL);

  return dossier_action_classes_meet (phrase, n_phrase, classes, n);
}

static void
test_verbs_of_two_words (void)
{
  guint32 classes[DOSSIER_ACTION_MAX_CLASSES];

  /* "took over" a company is "bought" it; "stepped down" is "resigned";
   * "broke out" is what a fire or a war did — in any inflection. */
  g_assert_true (phrase_meets ("took", "over", "bought"));
  g_assert_true (phrase_meets ("taking", "over", "buy"));
  g_assert_true (phrase_meets ("stepped", "down", "resigned"));
  g_assert_true (phrase_meets ("steps", "down", "resign"));
  g_assert_false (phrase_meets ("took", "over", "resigned"));
  /* No such verb: "ran down" is one, "said over" is none. */
  g_assert_cmpuint (dossier_action_phrase_classes_find ("said", 4, "over", 4, classes), ==, 0);
  g_assert_cmpuint (dossier_action_phrase_classes_find ("ran", 3, "down", 4, classes), >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/action-lexicon/same-happening-in-other-words", test_same_happening_in_other_words);
  g_test_add_func ("/action-lexicon/different-happenings", test_different_happenings);
  g_test_add_func ("/action-lexicon/forms-and-case", test_forms_and_case);
  g_test_add_func ("/action-lexicon/verb-after-to", test_verb_after_to);
  g_test_add_func ("/action-lexicon/verbs-of-two-words", test_verbs_of_two_words);
  return g_test_run ();
}
