/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* How alike two sentences are (tf-idf cosine), and an index of candidates
 * by their terms to find the few a sentence may be like. */

#pragma once

#include <glib.h>

#include "dossier-events-private.h"

G_BEGIN_DECLS

/* Candidates a sentence may resemble: those sharing one of its rarest
 * terms.  A likeness above the thresholds needs shared rare words, so
 * looking only there loses nothing that matters and keeps a large dossier
 * from comparing every sentence with every event.  Zero-filled, it holds
 * nothing, and _dossier_event_blocker_clear () may be called on it. */
typedef struct
{
  /* The candidates of term t are entries[offsets[t]] to
   * entries[offsets[t + 1]], ascending; terms from n_terms on hold none.
   * Arrays indexed by term, not a hash table of arrays: one allocation
   * each, and a posting is two reads. */
  guint *offsets;
  guint *entries;
  guint n_terms;
  /* One bit per candidate, all clear between two finds: the union of a
   * sentence's postings is marked there and read back in order. */
  guint64 *marks;
  /* One bit per word of @marks that holds a mark: only those are read. */
  guint64 *marked_words;
  /* Per candidate, its first and last day, for finds within days; a
   * year's candidate is within none (its first day G_MAXINT). */
  int *first_days;
  int *last_days;
  /* For finds within days, made on first use: each long posting (of
   * BLOCKER_SORTED_POSTING candidates or more) again, at the same
   * offsets, sorted by first day (by_day, with their first days in
   * by_day_first), and per term the most days one of its candidates spans
   * (reach, -1 until sorted), so that only the candidates whose first day
   * lies within reach of the days asked are read. */
  guint *by_day;
  int *by_day_first;
  gint64 *reach;
} DossierEventBlocker;

/* The cosine of two sentences' tf-idf weights, from their sorted term ids
 * and norms: 0 when they share no term (or one has none), 1 when their
 * terms are the same. */
double  _dossier_event_similarity    (DossierVocabulary   *vocabulary,
                                      GArray              *a,
                                      double               norm_a,
                                      GArray              *b,
                                      double               norm_b);

/* One sentence compared with many: its terms marked once in a table by
 * term id, so that each cosine reads only the other sentence's terms.
 * The shared terms are summed in the same ascending order, so each cosine
 * is _dossier_event_similarity ()'s to the last bit.  Zero-filled, it
 * holds nothing, and _dossier_event_probe_clear () may be called on it. */
typedef struct
{
  guint8 *marks;        /* per term id: 1 for the probe's terms */
  guint n_terms;
  GArray *terms;        /* the probe's, or NULL */
  double norm;
} DossierEventProbe;

/* Makes @terms (with @norm) the sentence @probe compares others with. */
void    _dossier_event_probe_set     (DossierEventProbe   *probe,
                                      DossierVocabulary   *vocabulary,
                                      GArray              *terms,
                                      double               norm);
/* _dossier_event_similarity () of @probe's sentence and @terms. */
double  _dossier_event_probe_similarity (DossierEventProbe *probe,
                                         DossierVocabulary *vocabulary,
                                         GArray            *terms,
                                         double             norm);
void    _dossier_event_probe_clear   (DossierEventProbe   *probe);

/* Appends @index to the GArray of guint that @buckets (made with
 * g_array_unref () to free its values) holds under @key, made on first
 * use. */
void    _dossier_event_bucket_add    (GHashTable          *buckets,
                                      int                  key,
                                      guint                index);

/* The at most @n terms of @terms found in fewest sentences (but in two at
 * least: a term of one sentence is shared with none), rarest first, into
 * @rare; returns how many. */
guint   _dossier_event_rarest_terms  (DossierVocabulary   *vocabulary,
                                      GArray              *terms,
                                      guint               *rare,
                                      guint                n);

/* Indexes the first @n_candidates of @candidates (of
 * DossierEventCandidate) by their terms. */
void    _dossier_event_blocker_init  (DossierEventBlocker *blocker,
                                      GArray              *candidates,
                                      guint                n_candidates);
/* The indices of the indexed candidates that share one of the
 * BLOCKING_RARE_TERMS rarest of @terms, ascending (of guint; free with
 * g_array_unref ()). */
GArray *_dossier_event_blocker_find  (DossierVocabulary   *vocabulary,
                                      DossierEventBlocker *blocker,
                                      GArray              *terms);
/* As _dossier_event_blocker_find (), only the candidates known better
 * than to their year whose span meets the days from @earliest_last_day to
 * @latest_first_day: first day at most @latest_first_day, last day at
 * least @earliest_last_day.  The others are left out as the postings are
 * read, where a caller would have passed them by one by one. */
GArray *_dossier_event_blocker_find_within (DossierVocabulary   *vocabulary,
                                            DossierEventBlocker *blocker,
                                            GArray              *terms,
                                            int                  earliest_last_day,
                                            int                  latest_first_day);
/* As _dossier_event_blocker_find () and _find_within (), into @found (of
 * guint, its length set to what is found): a caller that asks for many
 * sentences in turn keeps one array, where a new one cost an allocation
 * and a release per sentence. */
void    _dossier_event_blocker_find_into        (DossierVocabulary   *vocabulary,
                                                 DossierEventBlocker *blocker,
                                                 GArray              *terms,
                                                 GArray              *found);
void    _dossier_event_blocker_find_within_into (DossierVocabulary   *vocabulary,
                                                 DossierEventBlocker *blocker,
                                                 GArray              *terms,
                                                 int                  earliest_last_day,
                                                 int                  latest_first_day,
                                                 GArray              *found);
/* As _dossier_event_blocker_find_within_into (), by the @n_rare terms
 * @rare: a sentence's rarest, as _dossier_event_rarest_terms () counts
 * them (BLOCKING_RARE_TERMS at most), kept by the caller. */
void    _dossier_event_blocker_find_rare_within_into (DossierEventBlocker *blocker,
                                                      const guint         *rare,
                                                      guint                n_rare,
                                                      int                  earliest_last_day,
                                                      int                  latest_first_day,
                                                      GArray              *found);
void    _dossier_event_blocker_clear (DossierEventBlocker *blocker);

/* The BLOCKING_RARE_TERMS rarest terms of a vocabulary's sentences, each
 * sentence's counted on first use and kept while the vocabulary is: the
 * sentences without a date are found by them when they are attached to
 * events, and again when they are corroborated.  Zero-filled, it holds
 * nothing, and _dossier_event_rare_terms_clear () may be called on it. */
typedef struct
{
  const DossierEventSentence *first;  /* the vocabulary's sentence_buffer */
  gsize n_sentences;
  /* The kept vocabulary the vocabulary was taken from, whose sentences'
   * rarest terms, where it kept them, are taken (its sentences are the
   * vocabulary's, in the same places), or NULL. */
  const struct _DossierEventKeptVocabulary *taken;
  /* Both made on first use: */
  guint8 *counted;      /* per sentence, by its place there: its rarest terms' number + 1, 0 until counted */
  guint *rare;          /* per sentence, BLOCKING_RARE_TERMS of them, rarest first */
} DossierRareTerms;

void         _dossier_event_rare_terms_init       (DossierRareTerms           *rare_terms,
                                                   DossierVocabulary          *vocabulary);
/* The rarest terms of @sentence (of the vocabulary @rare_terms was made
 * for), _dossier_event_rarest_terms ()'s, and their number in @n_rare. */
const guint *_dossier_event_sentence_rarest_terms (DossierRareTerms           *rare_terms,
                                                   DossierVocabulary          *vocabulary,
                                                   const DossierEventSentence *sentence,
                                                   guint                      *n_rare);
/* Keeps in @made (the kept vocabulary of @vocabulary, just made by
 * _dossier_vocabulary_init_keeping (), given to no other analysis yet) the
 * rarest terms @rare_terms counted, for the next analysis that takes it. */
void         _dossier_event_rare_terms_keep       (const DossierRareTerms              *rare_terms,
                                                   DossierVocabulary                   *vocabulary,
                                                   struct _DossierEventKeptVocabulary  *made);
void         _dossier_event_rare_terms_clear      (DossierRareTerms           *rare_terms);

G_END_DECLS
