/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Which words of a sentence are terms, and which term each is: the lists
 * of words to leave out and of synonyms, and the stemmer. */

#pragma once

#include <glib.h>

#include "dossier-events-private.h"

G_BEGIN_DECLS

/* FNV-1a, a byte at a time: the hash the word tables are looked up by,
 * which a caller computes while it lowercases a word. */
#define DOSSIER_WORD_HASH_INIT 2166136261u
#define DOSSIER_WORD_HASH_STEP(hash, c) (((hash) ^ (guchar) (c)) * 16777619u)

/* The tables of the words to leave out and of synonyms: constant, made
 * once per process. */
void     _dossier_word_tables_get  (const DossierWordTable **ignored_table,
                                    const DossierWordTable **synonym_table);
/* Whether @word (lowercase), whose hash is @hash, says nothing about what
 * happened. */
gboolean _dossier_word_is_ignored  (const DossierWordTable *ignored_table,
                                    const char             *word,
                                    guint32                 hash);
/* Replaces @word, stemmed, by the word that stands for its group of
 * synonyms ("quit" → "resign"), when it has one: a word of at most ten
 * bytes ("parliament"), so @word needs room for eleven.  @len is
 * @word's length; returns its new length. */
gsize    _dossier_word_map_synonym (const DossierWordTable *synonym_table,
                                    char                   *word,
                                    gsize                   len);
/* Strips @word's suffix in place: "declared" and "declaration" meet.
 * @len is @word's length; returns its new length. */
gsize    _dossier_word_stem        (char                   *word,
                                    gsize                   len);

G_END_DECLS
