/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The short line that tells an event on the timeline, made from the
 * sentence that stands for it. */

#pragma once

#include <glib.h>

#include "dossier-entity-recognizer.h"
#include "dossier-events-private.h"

G_BEGIN_DECLS

/* The summary of the sentence of @candidate, in @documents whose mentions
 * are resolved to @entities: its date phrases and opening connectives
 * dropped, a leading "He"/"She" replaced by whom it names, a trailing
 * clause after the main one dropped, at most SUMMARY_MAX_CHARACTERS
 * characters, starting with a capital.  Free with g_free (). */
char *_dossier_event_summarise (GPtrArray                   *documents,
                                GPtrArray                   *entities,
                                DossierEntityRecognizer     *recognizer,
                                const DossierEventCandidate *candidate);

G_END_DECLS
