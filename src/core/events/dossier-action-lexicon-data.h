/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The tables tools/gen-action-lexicon.py compiles from WordNet 3.0 into
 * dossier-action-lexicon-data.c; read through dossier-action-lexicon.h. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Lemmas in strcmp () order; lemma i has the classes from
 * dossier_action_lemma_starts[i] up to dossier_action_lemma_starts[i + 1]. */
extern const char * const dossier_action_lemmas[];
extern const guint32 dossier_action_lemma_starts[];
extern const guint32 dossier_action_classes[];
extern const guint dossier_action_n_lemmas;
/* { form, lemma } of irregular verbs, in strcmp () order of the form. */
extern const char * const dossier_action_irregular[][2];
extern const guint dossier_action_n_irregular;

G_END_DECLS
