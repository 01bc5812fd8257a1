/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Finds mentions of people, organisations and places in a document's
 * sentences, by gazetteer (countries, cities, organisations), by title
 * ("President", "Secretary-General" before a name), by given name
 * ("Julianne Smith"), by what follows ("Smith said"), by acronym, and — for
 * lone surnames ("Rutte") — by the full names already seen in the
 * document or the corpus.  Demonyms ("Ukrainian") are never places. */

#pragma once

#include <glib.h>

#include "dossier-document.h"
#include "dossier-entity-keys.h"
#include "dossier-gazetteer.h"

G_BEGIN_DECLS

typedef struct _DossierEntityRecognizer DossierEntityRecognizer;

DossierEntityRecognizer *dossier_entity_recognizer_new  (DossierGazetteer        *gazetteer);
void                     dossier_entity_recognizer_free (DossierEntityRecognizer *recognizer);

/* Appends the mentions of @document to document->mentions (sentences must
 * be split).  @known_surnames is a set of person keys ("person:" + a
 * dossier_person_surname_key()); the surnames of full names found here are
 * added to it.  Lone capitalised words that may be surnames are appended
 * to @pending (DossierMention) for dossier_name_candidates_accept_pending ()
 * once every article has been scanned. */
void                     dossier_entity_recognizer_scan (DossierEntityRecognizer *recognizer,
                                                         DossierDocument         *document,
                                                         GHashTable              *known_surnames,
                                                         GArray                  *pending);

/* Grammatical gender a given name suggests: 'f', 'm' or 0 for unknown. */
char                     dossier_entity_recognizer_guess_gender (DossierEntityRecognizer *recognizer,
                                                                 const char              *full_name);

const DossierGazetteer  *dossier_entity_recognizer_get_gazetteer (DossierEntityRecognizer *recognizer);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierEntityRecognizer, dossier_entity_recognizer_free)

G_END_DECLS
