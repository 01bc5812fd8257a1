/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Which kind of action a word names, so that two outlets' wordings of one
 * happening can be recognised: "fired", "ousted", "removed" and "his
 * ouster"; "won" and "victory"; "the quake" and "the earthquake".  The
 * table is compiled from WordNet 3.0 at build time (see
 * tools/gen-action-lexicon.py and data/ACTIONS.md): each word has the
 * action classes it can mean, and two words name the same kind of action
 * when their classes meet. */

#pragma once

#include <glib.h>

#include "dossier-word-list.h"

G_BEGIN_DECLS

/* Enough for any word's classes. */
#define DOSSIER_ACTION_MAX_CLASSES 96

/* Fills @classes (room for DOSSIER_ACTION_MAX_CLASSES, sorted ascending,
 * no repeats) with the action classes of the @len bytes at @word, an
 * English word in any inflection and case ("Ousted", "struck", "quakes");
 * returns how many, 0 for a word that names no action WordNet knows or
 * one whose lemma is in @excluded (may be NULL: "said" is "say").  Sets
 * @verbal (may be NULL) when the word is read as a verb ("fired", "wins";
 * not "quake", nor "housing", which is more often a noun). */
guint    dossier_action_classes_find    (const char            *word,
                                         gsize                  len,
                                         const DossierWordList *excluded,
                                         guint32               *classes,
                                         gboolean              *verbal);

/* As dossier_action_classes_find (), for a word read as a verb in its
 * base form, after "to" or a modal ("to land", "will vote"): its verb
 * readings even when the word is more often a noun.  0 when it is no verb. */
guint    dossier_action_verb_classes_find (const char            *word,
                                           gsize                  len,
                                           const DossierWordList *excluded,
                                           guint32               *classes);

/* As dossier_action_verb_classes_find (), for a verb of two words: the
 * @len bytes at @word, in any inflection, and the @particle_len bytes at
 * @particle ("took" "over" is "take over": buy out).  0 when WordNet
 * knows no such verb. */
guint    dossier_action_phrase_classes_find (const char *word,
                                             gsize       len,
                                             const char *particle,
                                             gsize       particle_len,
                                             guint32    *classes);

/* Whether the @len bytes at @word are written as a verb's past tense or
 * participle: "-ed", or an irregular form of WordNet's verb.exc ("won",
 * "struck", "took"), not "-ing".  Says nothing of whether it is a verb. */
gboolean dossier_action_is_past_form   (const char            *word,
                                         gsize                  len);

/* Whether two sorted class lists share a class. */
gboolean dossier_action_classes_meet    (const guint32 *a,
                                         guint          n_a,
                                         const guint32 *b,
                                         guint          n_b);

G_END_DECLS
