/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Whether a text holds any of a list of phrases, anywhere, in one pass
 * over it: what a strstr () per phrase answers, at a table look-up per
 * byte of the text whatever the number of phrases (an Aho–Corasick
 * automaton, made into a table of transitions over the bytes the
 * phrases use).  Made once from constant lists, then only read: it may
 * be shared by threads. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _DossierPhraseSet DossierPhraseSet;

/* The set of the @n_phrases @phrases (NUL-terminated bytes, compared
 * exactly: lower-case them and the text alike where case does not
 * matter). */
DossierPhraseSet *dossier_phrase_set_new      (const char * const     *phrases,
                                               gsize                   n_phrases);
void              dossier_phrase_set_free     (DossierPhraseSet       *set);
/* Whether any phrase of @set occurs in the @len bytes at @text: the same
 * as strstr (text, phrase) != NULL for some phrase, for a text without a
 * NUL. */
gboolean          dossier_phrase_set_search   (const DossierPhraseSet *set,
                                               const char             *text,
                                               gsize                   len);

G_END_DECLS
