/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Joining candidates that report one happening into one event. */

#pragma once

#include <glib.h>

#include "dossier-events-private.h"

G_BEGIN_DECLS

/* Sets the cluster of every candidate of @candidates (of
 * DossierEventCandidate, from @documents, whose mentions name @entities):
 * candidates with one cluster are one event, the cluster being the index
 * of its first candidate.  Sets their first_day and last_day too.  Each
 * join that made two clusters one is appended to @links (of
 * DossierCandidateLink) when it is not NULL. */
void _dossier_event_candidates_cluster (DossierVocabulary *vocabulary,
                                        GPtrArray         *documents,
                                        GPtrArray         *entities,
                                        GArray            *candidates,
                                        GArray            *links);

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
