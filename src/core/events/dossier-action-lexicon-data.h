/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The tables tools/gen-action-lexicon.py compiles from WordNet 3.0 into
 * dossier-action-lexicon-data.c; read through dossier-action-lexicon.h. */

#pragma once

#include <glib.h>

#include "dossier-sort.h"

G_BEGIN_DECLS

/* Lemmas in strcmp () order; lemma i has the classes of its verb readings
 * from dossier_action_lemma_starts[i] up to dossier_action_noun_starts[i],
 * and those of its noun readings from there up to
 * dossier_action_lemma_starts[i + 1].  dossier_action_noun_dominant[i] is
 * 1 when the word is a noun more often than a verb. */
extern const char * const dossier_action_lemmas[];
extern const guint32 dossier_action_lemma_starts[];
extern const guint32 dossier_action_noun_starts[];
extern const guint8 dossier_action_noun_dominant[];
extern const guint32 dossier_action_classes[];
extern const guint dossier_action_n_lemmas;
/* { form, lemma } of irregular verbs, in strcmp () order of the form. */
extern const char * const dossier_action_irregular[][2];
extern const guint dossier_action_n_irregular;
/* Hash indexes of both tables (see dossier-sort.h). */
extern const DossierNameIndex dossier_action_lemma_index;
extern const DossierNameIndex dossier_action_irregular_index;

G_END_DECLS
