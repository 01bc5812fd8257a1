/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The words of one article's sentences as the events read them (content
 * words, stemmed, and pairs of them), kept from one analysis of a dossier
 * to the next so that an unchanged article is not read again: its
 * sentences are neither split into tokens nor their words stemmed, and
 * its terms are met again in the order they were first met, so that every
 * term gets the id, and every later step the result, that reading would
 * give (dossier-event-terms.c).
 *
 * Kept under the article's paragraphs_digest, and taken only where the
 * article's sentences and the places of its mentions are those it was
 * made from: the words inside a mention are no terms.  The entities the
 * mentions name are not kept; they are read anew each time.  Never
 * changed once made: analyses on other threads may read it. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _DossierEventKeptTerms DossierEventKeptTerms;

/* Only the events' vocabulary looks inside. */
struct _DossierEventKeptTerms
{
  gatomicrefcount ref_count;
  char *digest;            /* the paragraphs_digest it was made from */
  guint n_sentences;
  guint n_mentions;
  guint n_terms;           /* distinct terms of the article */
  /* Per sentence: paragraph, start, end, and its first term in @met;
   * then one more, whose last holds the length of @met. */
  guint32 *sentences;
  guint32 *mentions;       /* per mention: paragraph, start, end */
  guint32 *met;            /* every sentence's terms (article-wide numbers), in the order met */
  guint32 *offsets;        /* per article-wide number, where its text starts in @text; then the end */
  /* Per article-wide number, its text's hash in the vocabulary's table:
   * the terms are interned again at every analysis, and not hashed again. */
  guint32 *hashes;
  char *text;              /* the terms' texts one after another */
  /* The action words of the sentences the analysis that made it read
   * for them (dossier-event-actions.c), added before any other sees it;
   * NULL when none was.  Per sentence: whether it was read (1) and
   * whether it tells of the past (2); where its words start in
   * @action_met (then one more, the length of @action_met); each word as
   * where its key (nul-terminated) starts in @action_text. */
  guint8 *action_flags;
  guint32 *action_first;
  guint32 *action_met;
  char *action_text;
  /* What the text of each sentence alone told the analysis that made it
   * (DossierEventSentence's text_read, spoken, planned_at and
   * planned_len), added likewise; NULL when it read none. */
  guint8 *text_flags;
  guint32 *spoken;
  guint32 *planned_at;
  guint8 *planned_len;
};

DossierEventKeptTerms *dossier_event_kept_terms_ref       (DossierEventKeptTerms *kept);
void                   dossier_event_kept_terms_unref     (DossierEventKeptTerms *kept);

/* A table of kept terms: paragraphs digest (owned by its value) →
 * DossierEventKeptTerms*. */
GHashTable            *dossier_event_kept_terms_table_new (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierEventKeptTerms, dossier_event_kept_terms_unref)

G_END_DECLS
