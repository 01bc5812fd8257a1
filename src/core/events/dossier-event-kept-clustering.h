/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* What one analysis's clusterings decided of the pairs of candidates they
 * compared (DossierPairDecisions), kept for the next analysis, with what
 * tells that the next one's candidates are these.  A pair's decision
 * reads its two candidates, their articles' text and publication dates,
 * the vocabulary and the entities' types; a candidate is made of its
 * article's sentences and dates, its publication date, the vocabulary and
 * the entities' types.  So where the next analysis takes the very
 * vocabulary these were made with (the same articles in the same order,
 * every sentence's terms and entities as they were), its entities have
 * the same keys and types, and an article's analysis digest is the one
 * kept, the candidates it collects of that article with a publication
 * date and dates kept here are those that were given the serials kept
 * with them, and are given those serials again: every decision kept of
 * them is the one it would make (dossier-event-builder.c).
 *
 * Owned by one analysis at a time: the next takes it whole (see
 * dossier_analysis_reuse ()). */

#pragma once

#include <glib.h>

#include "dossier-document.h"
#include "dossier-event-candidates.h"
#include "dossier-event-clustering.h"
#include "dossier-event-kept-vocabulary.h"

G_BEGIN_DECLS


/* An event's summary, by where the sentence and the date of its
 * representative candidate are in its article. */
typedef struct
{
  guint paragraph;
  gsize start;
  gsize end;
  gsize date_start;
  char *summary;
} DossierKeptSummary;

/* The summaries of the events whose representatives one article gave,
 * with its publication date and dates when they were made. */
typedef struct
{
  DossierDate published;
  GArray *dates;       /* of DossierDateMention */
  GArray *summaries;   /* of DossierKeptSummary */
} DossierKeptSummaries;

void _dossier_kept_summaries_free (DossierKeptSummaries *summaries);

typedef struct _DossierEventKeptClustering DossierEventKeptClustering;

/* Only the events look inside. */
struct _DossierEventKeptClustering
{
  DossierEventKeptVocabulary *vocabulary;  /* a reference: the vocabulary the decisions were made with */
  DossierPairDecisions *decisions;
  guint n_documents;
  char **digests;       /* per document, its analysis digest (or NULL) */
  GArray **serials;     /* per document, of DossierSerialRange, or NULL */
  guint n_serials;      /* the last serial given */
  guint n_entities;
  char **entity_keys;
  DossierEntityType *entity_types;
  char **entity_names;
  /* Per document, the summaries of the events its sentences represent
   * (or NULL): a summary reads its sentence, its article's dates and
   * mentions and the names of the entities it names, and is taken where
   * the article's analysis digest, publication date and dates and the
   * entities' names are the same too. */
  DossierKeptSummaries **summaries;
};

void dossier_event_kept_clustering_free (DossierEventKeptClustering *kept);

/* Whether @kept may be taken by an analysis of @documents and @entities
 * (of DossierEntityRecord*) whose vocabulary was taken from @vocabulary:
 * the one the decisions were made with, the same number of articles, the
 * same entities' keys and types. */
gboolean _dossier_event_kept_clustering_fits (const DossierEventKeptClustering *kept,
                                              const DossierEventKeptVocabulary *vocabulary,
                                              GPtrArray                        *documents,
                                              GPtrArray                        *entities);

/* Makes @collected (of an analysis @kept fits) give the candidates of
 * each article whose analysis digest is the one @kept holds the serials
 * @kept gave them; @kept must outlive @collected's collecting. */
void _dossier_event_kept_clustering_take (DossierEventKeptClustering *kept,
                                          DossierCollectedCandidates *collected,
                                          GPtrArray                  *documents);

/* What an analysis's clusterings decided (*@decisions, taken over) and
 * the serials @collected gave, kept with @vocabulary (the kept vocabulary
 * of that analysis) for the next; or NULL where far more serials were
 * given than are in use (the decisions of candidates gone stay with the
 * others, and would grow with each analysis). */
DossierEventKeptClustering *_dossier_event_kept_clustering_new (DossierCollectedCandidates  *collected,
                                                                DossierPairDecisions       **decisions,
                                                                DossierEventKeptVocabulary  *vocabulary,
                                                                GPtrArray                   *documents,
                                                                GPtrArray                   *entities);

/* Whether the summaries @kept holds (@kept fits @entities) may be taken:
 * every entity has the name it had. */
gboolean _dossier_event_kept_clustering_names_fit (const DossierEventKeptClustering *kept,
                                                   GPtrArray                        *entities);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierEventKeptClustering, dossier_event_kept_clustering_free)

G_END_DECLS
