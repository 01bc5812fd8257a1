/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* What a sentence says was done: its action words ("fired", "ouster",
 * "won", "quake"), each with its classes in the WordNet action lexicon
 * (dossier-action-lexicon.h).  Two reports of one happening name the same
 * kind of action, in any wording; words of telling ("said", "told") and
 * light verbs ("make", "have") are no action (data/words/not-actions.txt),
 * nor are words inside quotation marks (what someone said). */

#pragma once

#include <glib.h>

#include "dossier-events-private.h"

G_BEGIN_DECLS

typedef struct
{
  char *word;             /* lower case, as written ("ousted") */
  const char *key;        /* its key among the vocabulary's action words ("+land" for the verb) */
  gboolean verbal;        /* read as a verb ("ousted"), not a noun ("ouster") */
  gboolean past;          /* a verb in the past ("ousted", "won"), not "ousts" */
  guint n_classes;
  guint32 classes[];      /* sorted, no repeats */
} DossierActionWord;

/* The action words of @sentence (of document @d), in the order of the
 * text; computed on first use and kept with the sentence. */
GPtrArray *_dossier_event_sentence_actions (DossierVocabulary     *vocabulary,
                                            GPtrArray             *documents,
                                            guint                  d,
                                            DossierEventSentence  *sentence);

/* Adds to the terms this analysis kept of each article (the vocabulary's
 * kept_made) the action words of its sentences it read, so that the next
 * analysis takes them from there: called once the events are made. */
void       _dossier_event_actions_keep     (DossierVocabulary        *vocabulary,
                                            GPtrArray                *documents);

/* Whether two sentences' action words name one kind of action; sets
 * @word_a and @word_b to the first pair that does (for the link's
 * reasons). */
gboolean   _dossier_event_actions_meet     (GPtrArray                *a,
                                            GPtrArray                *b,
                                            const DossierActionWord **word_a,
                                            const DossierActionWord **word_b);

/* The action @sentence (of document @d) tells as still to come, outside
 * quotation marks: the verb after "will", "will be", "is to", "are to"
 * ("Pell will be sentenced after the trial"), or NULL; read once and kept
 * with the sentence. */
const DossierActionWord *_dossier_event_planned_action (DossierVocabulary    *vocabulary,
                                                        GPtrArray            *documents,
                                                        guint                 d,
                                                        DossierEventSentence *sentence);

/* Whether @word (lower case) stands in the @len bytes at @text within
 * three words after "following" or "after": "following a devastating
 * volcanic eruption". */
gboolean _dossier_event_follows_after (const char *text,
                                       gsize       len,
                                       const char *word);

G_END_DECLS
