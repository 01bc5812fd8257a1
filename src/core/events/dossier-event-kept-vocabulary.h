/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* A whole vocabulary as one analysis counted it, kept for the next: where
 * the next has the same articles in the same order, each taken from the
 * same kept terms, and every sentence names the same entities in the same
 * order ("He …" at its head included), its term ids come in the same order
 * and every sentence's terms, every count and every weight are these
 * (dossier-event-terms.c).  Never changed once made. */

#pragma once

#include <glib.h>

#include "dossier-event-kept-terms.h"

G_BEGIN_DECLS

typedef struct _DossierEventKeptVocabulary DossierEventKeptVocabulary;

/* Only the events' vocabulary looks inside. */
struct _DossierEventKeptVocabulary
{
  gatomicrefcount ref_count;
  guint n_documents;
  DossierEventKeptTerms **articles;  /* per document, the kept terms it was taken from (a reference) */
  guint n_sentences;
  guint *first_sentence;   /* per document, its first sentence; then @n_sentences */
  /* Per sentence, where its entities as its terms name them (an entity per
   * "#" term, in the order given ids) start in @entity_values; then the
   * end. */
  guint32 *first_value;
  int *entity_values;
  /* What was counted: per term its sentences and weight, per sentence
   * where its terms and entities start in @terms and @entities (then the
   * end of each) and its norm. */
  guint n_terms;
  guint *document_frequency;
  double *idf;
  guint32 *first_term;
  guint32 *first_entity;
  guint *terms;
  int *entities;
  double *norms;
  /* The rarest terms of the sentences the analysis that counted it asked
   * for (_dossier_event_sentence_rarest_terms ()), which depend on the
   * sentences' terms and the terms' counts alone: per sentence their
   * number + 1 (0 where not asked), and BLOCKING_RARE_TERMS of them per
   * sentence; both NULL where it asked for none.  Set before the kept
   * vocabulary is given to the next analysis. */
  guint8 *rare_counted;
  guint *rare_terms;
};

DossierEventKeptVocabulary *dossier_event_kept_vocabulary_ref   (DossierEventKeptVocabulary *kept);
void                        dossier_event_kept_vocabulary_unref (DossierEventKeptVocabulary *kept);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierEventKeptVocabulary, dossier_event_kept_vocabulary_unref)

G_END_DECLS
