/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The types the parts of the event builder share, and nothing outside
 * events/ should see: the vocabulary (every sentence of the dossier as the
 * ids of its terms, with the tf-idf weight of each term) and the candidate
 * (a sentence that reports an event, with the date it gives).
 *
 * The parts call one another downward only, never back:
 *
 *   dossier-event-builder           collects candidates, makes the events
 *   ├ dossier-event-clustering      joins candidates into events
 *   ├ dossier-publication-inference dates undated articles
 *   └ dossier-event-summary         the line the timeline shows
 *   dossier-event-similarity        tf-idf cosine, blocking on rare terms
 *   dossier-event-terms             the vocabulary; look-ups by position
 *   dossier-event-words             ignored words, synonyms, the stemmer
 *
 * each using only those below it (the summary only the terms' look-ups).
 * Their thresholds are in dossier-event-thresholds.h. */

#pragma once

#include <glib.h>

#include "dossier-document.h"
#include "dossier-event-kept-terms.h"
#include "dossier-event-record.h"

G_BEGIN_DECLS

/* Terms are interned in an open-addressing table of their own: every word
 * of every sentence is looked up, and most are new to a short article, so
 * a lookup that inserts on a miss without hashing twice or copying each
 * string to its own allocation pays.  Only dossier-event-terms.c looks
 * inside it. */
typedef struct
{
  const char *term;     /* in the table's string chunk; NULL for an empty slot */
  guint32 hash;
  guint id;
} DossierTermSlot;

typedef struct
{
  DossierTermSlot *slots;
  guint32 mask;         /* number of slots - 1 */
  guint n_terms;
  GStringChunk *strings;
} DossierTermTable;

/* An open-addressing table of a static word list: each word with its
 * hash and its index in the list.  Only dossier-event-terms.c looks
 * inside it. */
typedef struct
{
  const char *words[512];  /* NULL for an empty slot */
  guint32 hashes[512];
  guint16 indices[512];
} DossierWordTable;

/* Every sentence of the corpus with its terms, computed once.  @terms
 * and @entities are read-only views (GArray's public data and length) of
 * the vocabulary's pools, set once every sentence is counted: two arrays
 * of their own per sentence were a third of the vocabulary's time. */
typedef struct
{
  gsize start;
  gsize end;
  GArray *terms;        /* of guint: term ids, sorted, unique; points at @term_view */
  GArray *entities;     /* of int; points at @entity_view */
  GArray term_view;
  GArray entity_view;
  double norm;
  /* Its action words (of DossierActionWord*, owned by the vocabulary),
   * found on first use: see dossier-event-actions.h. */
  GPtrArray *actions;
  /* What an earlier analysis kept of its article, and its index there
   * (its actions may be among it), or NULL. */
  const DossierEventKeptTerms *kept;
  guint kept_index;
  guint paragraph;
  guint first_term;     /* in the vocabulary's pools, until the views are set */
  guint first_entity;
  /* Set with @actions: one of them is a verb in the past ("arrested",
   * "won", "was shut"). */
  gboolean tells_past;
  /* The action it tells as still to come (a DossierActionWord, or NULL),
   * once @planned_read: see _dossier_event_sentence_planned_action (). */
  gconstpointer planned;
  gboolean planned_read;
  /* What its text alone tells, once read (DOSSIER_SENTENCE_* bits; see
   * _dossier_event_sentence_tells_background ()), and where its reported
   * speech ends (_dossier_event_reported_speech ()). */
  guint16 text_read;
  /* The figures it gives, once read (see share_a_figure () in
   * dossier-event-clustering.c): their number + 1, 0 until read, and a
   * hash of each one's digits. */
  guint8 n_figures;
  guint32 figures[3];
  /* Its scores, read with its figures ("beat Portugal 1-0", "elected by
   * 59-42"): up to two, each its two numbers, the smaller in the high
   * byte, so that "1-0" and "0-1" are one. */
  guint8 n_scores;
  guint16 scores[2];
  guint32 spoken;
  /* Once @planned_read: where the word it tells as still to come starts
   * (+ 1, from its start; 0 for none), and its length (times two, + 1
   * where it is read as a verb), from which @planned is looked up. */
  guint32 planned_at;
  guint8 planned_len;
} DossierEventSentence;

/* Bits of a sentence's text_read, and of what an article's kept terms
 * keep of them (text_flags). */
enum
{
  DOSSIER_SENTENCE_BACKGROUND_READ = 1 << 0,
  DOSSIER_SENTENCE_BACKGROUND = 1 << 1,
  DOSSIER_SENTENCE_SPEECH_READ = 1 << 2,
  DOSSIER_SENTENCE_PLANNED_READ = 1 << 3,
  /* Whether it is a photo's caption, and holds a programme note or tells
   * that someone did not answer the press ("declined to comment"), as its
   * dates read it (_dossier_event_sentence_is_caption (),
   * _dossier_event_sentence_has_programme_note ()). */
  DOSSIER_SENTENCE_CAPTION_READ = 1 << 4,
  DOSSIER_SENTENCE_CAPTION = 1 << 5,
  DOSSIER_SENTENCE_NOTE_READ = 1 << 6,
  DOSSIER_SENTENCE_NOTE = 1 << 7,
  /* What its words tell of a happening, as the undated sentences
   * corroborated ask (_dossier_event_tells_happening (),
   * _dossier_event_tells_in_past ()): an action told by a verb, an action
   * at all (which tells one with a person or an organisation), and a verb
   * in the past; none where it asks or holds a programme note. */
  DOSSIER_SENTENCE_HAPPENING_READ = 1 << 8,
  DOSSIER_SENTENCE_VERBAL_ACTION = 1 << 9,
  DOSSIER_SENTENCE_ACTION = 1 << 10,
  DOSSIER_SENTENCE_PAST = 1 << 11,
  /* Whether it quotes a bystander (", 52,", "resident Khaled Ali"): see
   * dossier-event-undated.c. */
  DOSSIER_SENTENCE_BYSTANDER_READ = 1 << 12,
  DOSSIER_SENTENCE_BYSTANDER = 1 << 13,
  /* Whether what it says before its verb of speaking ends tells
   * background (_dossier_event_tells_background () of it). */
  DOSSIER_SENTENCE_SAYING_BACKGROUND_READ = 1 << 14,
  DOSSIER_SENTENCE_SAYING_BACKGROUND = 1 << 15,
};

typedef struct
{
  DossierTermTable term_ids;
  GArray *document_frequency;  /* of guint, per term id */
  guint n_sentences;
  GArray *idf;            /* of double, per term id, once counting is done */
  GPtrArray *sentences;   /* per document, a GArray of DossierEventSentence: a view of… */
  DossierEventSentence *sentence_buffer;  /* …every document's, one after another, */
  GArray *sentence_views; /* …kept here, one per document */
  /* Every sentence's terms, one after another, and every sentence's
   * entities: GArrays while they are counted, then buffers of their exact
   * size that the sentences' views point into. */
  GArray *term_pool;
  GArray *entity_pool;
  guint *terms;
  int *entities;
  /* Every word of every sentence is looked up in both lists: hash
   * tables, where a binary search mispredicts at every step.  Built once
   * per process (they are constant) and shared. */
  const DossierWordTable *ignored_words;
  const DossierWordTable *synonyms;
  /* Lower-case word → its DossierActionWord, or the vocabulary's own
   * address for a word that names no action: each word is looked up in
   * the action lexicon once. */
  GHashTable *action_words;
  /* The kept terms this analysis made (of DossierKeptMade), to which the
   * actions it reads are added at its end. */
  GArray *kept_made;
  GArray *entity_terms;   /* of guint, per entity: its term's id, G_MAXUINT until interned */
  /* The kept vocabulary it was taken from (see
   * _dossier_vocabulary_init_keeping ()), held by the caller, or NULL
   * where it was counted. */
  const struct _DossierEventKeptVocabulary *taken;
} DossierVocabulary;

typedef struct
{
  guint document;
  DossierEventKeptTerms *kept;  /* a reference */
} DossierKeptMade;

/* A sentence that reports an event: one per date it carries, or dated by
 * the sentence before it ("At the time, …"), or, once events are made, a
 * sentence without a date that says what an event says. */
typedef struct
{
  guint document;
  guint paragraph;
  gsize start;
  gsize end;
  gsize date_start;
  gsize date_end;
  DossierDate date;
  GArray *terms;        /* borrowed from its DossierEventSentence */
  GArray *entities;
  double norm;
  int cluster;
  int inherits_from;    /* index of the candidate whose date it took, or -1 */
  int first_day;        /* the span of its date, as day numbers */
  int last_day;
  gboolean dated;       /* by an expression of its own (or "at the time"), or implicitly */
  gboolean reported;    /* its date is the day a report told it ("…, the channel reported on
                         * Tuesday"): the happening may be of the day before */
  DossierSourceDating dating;
  DossierEventSentence *sentence;  /* in the vocabulary */
  /* Within one analysis that keeps its articles' candidates between its
   * clusterings (DossierCollectedCandidates), one number per candidate as
   * collected: a candidate taken again keeps it, one collected anew gets
   * another.  0 where nothing is kept. */
  guint serial;
} DossierEventCandidate;

/* A join of two candidates into one event, with its reasons
 * (DossierLinkReason of dossier-event-builder.h). */
typedef struct
{
  guint a;              /* candidate indices */
  guint b;
  guint reasons;
  double similarity;
  int entities[DOSSIER_LINK_MAX_ENTITIES];  /* shared participants, -1 past the last */
  const char *action_a; /* owned by the vocabulary */
  const char *action_b;
} DossierCandidateLink;

/* The tf-idf weight of @term, once _dossier_vocabulary_count () has
 * counted every sentence: an array read, not a call, since the cosine of
 * two sentences asks it for every term they share, millions of times in
 * a large dossier. */
static inline double
_dossier_vocabulary_idf (const DossierVocabulary *vocabulary,
                         guint                    term)
{
  return g_array_index (vocabulary->idf, double, term);
}

G_END_DECLS
