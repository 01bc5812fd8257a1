/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Events: dated statements of what happened.  Every sentence of an article
 * body that carries a resolved date is a candidate; candidates whose dates
 * agree and whose words and entities are alike (tf-idf cosine) are one
 * event, reported by several sources.  A sentence that carries no date but
 * says the same as an event, in an article published after it, is one
 * more source.  Articles without a publication date get one inferred when
 * their relative dates ("on Wednesday") line up with events that dated
 * articles report — marked as inferred, with the evidence. */

#pragma once

#include <glib.h>

#include "dossier-document.h"
#include "dossier-entity-recognizer.h"
#include "dossier-entity-resolver.h"
#include "dossier-event-kept-clustering.h"
#include "dossier-event-kept-terms.h"
#include "dossier-event-kept-vocabulary.h"
#include "dossier-event-record.h"

G_BEGIN_DECLS

/* Fills @events (of DossierEventRecord*) from @documents, whose mentions must be
 * resolved to @entities.  May set the publication date of documents that
 * have none (DOSSIER_DATE_SOURCE_INFERRED) and re-resolve their dates. */
void dossier_events_build (GPtrArray               *documents,
                           GPtrArray               *entities,
                           DossierEntityRecognizer *recognizer,
                           GPtrArray               *events);

/* dossier_events_build (), taking what @kept (a table of kept terms, or
 * NULL) holds of the documents that have a paragraphs_digest, and adding
 * what this analysis read of each such document to @kept_now (another
 * table, or NULL).  The vocabulary an earlier analysis counted,
 * @kept_vocabulary (or NULL), is taken where it was counted from the same
 * articles as they are now (with @kept); @kept_vocabulary_now (or NULL) is
 * set to the vocabulary counted, kept for the next analysis, or NULL.
 * Likewise, what an earlier analysis's clusterings decided,
 * @kept_clustering (or NULL; taken over and freed), is taken where it fits
 * (see DossierEventKeptClustering), and @kept_clustering_now (or NULL) set
 * to this analysis's, or NULL. */
void dossier_events_build_keeping (GPtrArray                   *documents,
                                   GPtrArray                   *entities,
                                   DossierEntityRecognizer     *recognizer,
                                   GHashTable                  *kept,
                                   GHashTable                  *kept_now,
                                   DossierEventKeptVocabulary  *kept_vocabulary,
                                   DossierEventKeptVocabulary **kept_vocabulary_now,
                                   DossierEventKeptClustering  *kept_clustering,
                                   DossierEventKeptClustering **kept_clustering_now,
                                   GPtrArray                   *events);

G_END_DECLS
