/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The analysis of a whole dossier: each cleaned document is split into
 * sentences, its dates resolved against its publication date, its entity
 * mentions and quotes found; then the corpus is read as one — lone
 * surnames and spelling variants joined to one entity per person, missing
 * publication dates inferred where dated articles report the same
 * happenings, and dated statements clustered into events, each with every
 * sentence in every article that reports it. */

#pragma once

#include <glib.h>

#include "dossier-document.h"
#include "dossier-entity-resolver.h"
#include "dossier-event-builder.h"
#include "dossier-gazetteer.h"

G_BEGIN_DECLS

typedef struct _DossierAnalysis DossierAnalysis;

DossierAnalysis *dossier_analysis_new           (DossierGazetteer *gazetteer);
DossierAnalysis *dossier_analysis_ref           (DossierAnalysis  *analysis);
void             dossier_analysis_unref         (DossierAnalysis  *analysis);

/* Takes ownership of @document; returns its index. */
guint            dossier_analysis_add_document  (DossierAnalysis  *analysis,
                                                 DossierDocument  *document);
/* How many threads the per-article steps may use (default 1).  The result
 * does not depend on it. */
void             dossier_analysis_set_threads   (DossierAnalysis  *analysis,
                                                 guint             n_threads);
/* Analyses everything added so far, from scratch (so a corrected
 * publication date or a new article is reflected everywhere). */
void             dossier_analysis_set_corrections (DossierAnalysis *analysis,
                                                   GPtrArray       *corrections);
void             dossier_analysis_run           (DossierAnalysis  *analysis);

/* Incremental analysis: a run that keeps its results puts back what an
 * earlier run found in each article whose text, publication date and
 * metadata did not change (see dossier-kept-article.h) instead of finding
 * it again; the result is the same as a run from scratch. */
void             dossier_analysis_set_keeps_results (DossierAnalysis *analysis,
                                                     gboolean         keeps_results);
/* Lets @analysis reuse what @previous (an analysis of the same dossier
 * before a change, which must not run while @analysis does) kept of each
 * article; @analysis keeps its results too.  What @previous's events'
 * clusterings decided is taken from it, not shared: a second analysis
 * reusing @previous decides its pairs afresh. */
void             dossier_analysis_reuse         (DossierAnalysis  *analysis,
                                                 DossierAnalysis  *previous);
/* For an analysis read back (dossier_analysis_take_results ()), which
 * holds nothing of what the per-article step found: finds it again in
 * every article, as a run that keeps its results would have kept it, so
 * that the next analysis reusing this one needs to find it only in the
 * articles that changed.  Call begin () first, on the thread that hands
 * @analysis to others; an analysis reusing it meanwhile waits until
 * find () is done.  The analysis's results are only read. */
void             dossier_analysis_begin_finding_kept (DossierAnalysis *analysis);
void             dossier_analysis_find_kept     (DossierAnalysis  *analysis);
/* Whether find () is under way (begun and not done). */
gboolean         dossier_analysis_is_finding_kept (DossierAnalysis *analysis);
/* How many articles the last run took as they were kept. */
guint            dossier_analysis_get_n_reused  (DossierAnalysis  *analysis);

/* Makes @analysis what an earlier run found, read back from where it was
 * kept (dossier-analysis-pack.h): its documents added first, as that run
 * left them, then @entities (of DossierEntityRecord*) and @events (of
 * DossierEventRecord*), whose records it takes.  Nothing is analysed. */
void             dossier_analysis_take_results  (DossierAnalysis  *analysis,
                                                 GPtrArray        *entities,
                                                 GPtrArray        *events);

guint            dossier_analysis_get_n_documents (DossierAnalysis *analysis);
/* Every document, in order (of DossierDocument*, owned by the analysis). */
GPtrArray       *dossier_analysis_get_documents  (DossierAnalysis  *analysis);
DossierDocument *dossier_analysis_get_document  (DossierAnalysis  *analysis,
                                                 guint             index);
/* Gives up ownership of the documents (for streaming: analyse, print, drop). */
void             dossier_analysis_clear         (DossierAnalysis  *analysis);

guint            dossier_analysis_get_n_entities (DossierAnalysis *analysis);
const DossierEntityRecord *dossier_analysis_get_entity (DossierAnalysis *analysis,
                                                  guint            index);
guint            dossier_analysis_get_n_events  (DossierAnalysis  *analysis);
const DossierEventRecord *dossier_analysis_get_event  (DossierAnalysis  *analysis,
                                                 guint             index);
/* The names the title and captions of document @index give (of
 * DossierHeadlineMention, dossier-headline-names.h), or NULL before a run. */
const GArray *dossier_analysis_get_headline_names (DossierAnalysis *analysis,
                                                   guint            index);
/* The dates the title and captions of document @index give (of
 * DossierHeadlineDate), or NULL before a run. */
const GArray *dossier_analysis_get_headline_dates (DossierAnalysis *analysis,
                                                   guint            index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierAnalysis, dossier_analysis_unref)

G_END_DECLS
