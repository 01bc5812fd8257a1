/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Sentence boundaries in English news prose.  A full stop ends a sentence
 * unless it ends an abbreviation ("Dr.", "Oct. 17", "Gen."), an initial
 * ("J. Smith") or a dotted acronym that the next word shows is mid-sentence
 * ("the U.S. and its allies").  Curly and straight quotes after the stop
 * belong to the sentence they close. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *text;
  gsize len;
  gsize position;
} DossierSentenceIter;

void     dossier_sentence_iter_init (DossierSentenceIter *iter,
                                     const char          *text,
                                     gsize                len);
/* Yields the next sentence as a byte range without surrounding spaces. */
gboolean dossier_sentence_iter_next (DossierSentenceIter *iter,
                                     gsize               *start,
                                     gsize               *end);

/* Fills @spans (a GArray of DossierSpan) with the sentences of @text. */
void     dossier_sentences_split    (const char          *text,
                                     gsize                len,
                                     GArray              *spans);

G_END_DECLS
