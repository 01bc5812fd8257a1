/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The vocabulary of a dossier: every sentence as the ids of its terms,
 * each term weighted by tf-idf. */

#pragma once

#include <glib.h>

#include "dossier-document.h"
#include "dossier-entity-recognizer.h"
#include "dossier-event-kept-terms.h"
#include "dossier-event-kept-vocabulary.h"
#include "dossier-events-private.h"

G_BEGIN_DECLS

/* Fills @vocabulary from every sentence of @documents, whose mentions must
 * be resolved: the terms of each (content words, stemmed; pairs of content
 * words in a row; the entities it names, "He"/"She" at its head included),
 * how many sentences hold each term, each term's weight and each
 * sentence's norm.  Drops the documents' tokens when there are several
 * documents: the terms are all the events need of them.  @kept and
 * @kept_now, tables of kept terms or NULL: see dossier_events_build_keeping (). */
void                  _dossier_vocabulary_init          (DossierVocabulary       *vocabulary,
                                                         GPtrArray               *documents,
                                                         DossierEntityRecognizer *recognizer,
                                                         GHashTable              *kept,
                                                         GHashTable              *kept_now);
/* _dossier_vocabulary_init (), taking the whole vocabulary @taken (or
 * NULL) holds where it was counted from the same articles, each taken from
 * the same kept terms of @kept and naming the same entities: the same
 * terms, counts, weights and norms.  Sets @made_vocabulary (or not, where
 * NULL) to what was counted, kept for the next analysis (@taken itself
 * where it was taken; NULL where @kept_now is NULL or an article has no
 * kept terms). */
void                  _dossier_vocabulary_init_keeping (DossierVocabulary           *vocabulary,
                                                         GPtrArray                   *documents,
                                                         DossierEntityRecognizer     *recognizer,
                                                         GHashTable                  *kept,
                                                         GHashTable                  *kept_now,
                                                         DossierEventKeptVocabulary  *taken,
                                                         DossierEventKeptVocabulary **made_vocabulary);
void                  _dossier_vocabulary_clear         (DossierVocabulary       *vocabulary);
/* The sentence of document @d that starts at @start of @paragraph; there
 * must be one. */
DossierEventSentence *_dossier_vocabulary_find_sentence (DossierVocabulary       *vocabulary,
                                                         guint                    d,
                                                         guint                    paragraph,
                                                         gsize                    start);

/* The index of the first of @document's dates at or after @start in
 * @paragraph (or the first of a later paragraph, or the number of dates):
 * a document's dates are in the order of the text, so a sentence's are a
 * run from there. */
guint                 _dossier_event_first_date_from    (DossierDocument         *document,
                                                         guint                    paragraph,
                                                         gsize                    start);

/* A candidate for @sentence of document @d: its place, terms, entities
 * and norm, in no cluster, dated by nothing yet (the caller sets its
 * date, dating and date span). */
DossierEventCandidate _dossier_event_candidate_for_sentence (guint                 d,
                                                             DossierEventSentence *sentence);

/* For debug messages: the sentence from @start to @end of the paragraph
 * @paragraph_index of document @d, as "a2 ¶4 “Its first words…”" (article
 * and paragraph counted from 1, as dossier-cli's timeline does). */
char                 *_dossier_event_describe_sentence  (GPtrArray               *documents,
                                                         guint                    d,
                                                         guint                    paragraph_index,
                                                         gsize                    start,
                                                         gsize                    end);

/* Sorts @array of guint in place (term ids, candidate indices). */
void                  _dossier_sort_uints               (GArray                  *array);

G_END_DECLS
