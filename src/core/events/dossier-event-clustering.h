/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Joining candidates that report one happening into one event. */

#pragma once

#include <glib.h>

#include "dossier-events-private.h"

G_BEGIN_DECLS

/* Sets the cluster of every candidate of @candidates (of
 * DossierEventCandidate, from @documents): candidates with one cluster are
 * one event, the cluster being the index of its first candidate.  Sets
 * their first_day and last_day too. */
void _dossier_event_candidates_cluster (DossierVocabulary *vocabulary,
                                        GPtrArray         *documents,
                                        GArray            *candidates);

G_END_DECLS
