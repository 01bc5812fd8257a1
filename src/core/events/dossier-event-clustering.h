/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Joining candidates that report one happening into one event. */

#pragma once

#include <glib.h>

#include "dossier-events-private.h"

G_BEGIN_DECLS

/* What the clusterings of one analysis decided of the pairs of candidates
 * they compared, by the candidates' serials: the clusterings of one
 * analysis (one per round of its inference, and the last) compare nearly
 * the same candidates, and a pair of the same two candidates is decided
 * the same way (see _dossier_event_candidates_cluster ()). */
typedef struct _DossierPairDecisions DossierPairDecisions;

DossierPairDecisions *_dossier_pair_decisions_new  (void);
void                  _dossier_pair_decisions_free (DossierPairDecisions *decisions);
/* Makes @decisions hold copies of the action words of the links they
 * keep from now on, so that they may outlive their analysis's vocabulary
 * and be taken by the next analysis (see DossierEventKeptClustering). */
void                  _dossier_pair_decisions_keep_words (DossierPairDecisions *decisions);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierPairDecisions, _dossier_pair_decisions_free)

/* Sets the cluster of every candidate of @candidates (of
 * DossierEventCandidate, from @documents, whose mentions name @entities):
 * candidates with one cluster are one event, the cluster being the index
 * of its first candidate.  Sets their first_day and last_day too.  Each
 * join that made two clusters one is appended to @links (of
 * DossierCandidateLink) when it is not NULL.
 *
 * Whether two candidates with serials tell one happening, and why, is
 * taken from @decisions when an earlier clustering of the same analysis
 * decided it, and kept there otherwise (NULL: nothing is kept).  Within
 * one analysis nothing a decision reads changes but the publication dates
 * of articles, and an article whose publication date changed has its
 * candidates collected anew, with new serials. */
void _dossier_event_candidates_cluster (DossierVocabulary    *vocabulary,
                                        GPtrArray            *documents,
                                        GPtrArray            *entities,
                                        GArray               *candidates,
                                        DossierPairDecisions *decisions,
                                        GArray               *links);

/* Whether candidates @a and @b, whose dates agree, report one happening
 * by what they share rather than by their words: the same participant
 * (a person or an organisation, or two of any kind; with @lenient, any
 * one) and one kind of action.  Fills @link's participants and action
 * words when they do. */
gboolean _dossier_event_candidates_share_happening (DossierVocabulary           *vocabulary,
                                                     GPtrArray                   *documents,
                                                     GPtrArray                   *entities,
                                                     const DossierEventCandidate *a,
                                                     const DossierEventCandidate *b,
                                                     gboolean                     lenient,
                                                     DossierCandidateLink        *link);

G_END_DECLS
