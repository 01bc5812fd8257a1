/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The candidates dossier_entity_recognizer_scan () leaves in its pending
 * array, judged when every article has been scanned. */

#pragma once

#include <glib.h>

#include "dossier-document.h"

G_BEGIN_DECLS

/* Moves the pending mentions whose key is a known surname, or that the
 * article names both ways ("Coco Gauff" … "Gauff"), into the document's
 * mentions, and keeps the rest in @pending.  The keys of the pairs it
 * takes for names that way are added to @confirmed (may be NULL). */
void                     dossier_name_candidates_accept_pending (DossierDocument *document,
                                                                   GArray          *pending,
                                                                   GHashTable      *known_surnames,
                                                                   GHashTable      *confirmed);
/* Once every article's pending mentions were judged: moves those whose key
 * another article confirmed ("Rabiu Kwankwaso" named both ways there) into
 * the document's mentions; frees the rest and empties @pending. */
void                     dossier_name_candidates_accept_confirmed (DossierDocument *document,
                                                                     GArray          *pending,
                                                                     GHashTable      *confirmed);

G_END_DECLS
