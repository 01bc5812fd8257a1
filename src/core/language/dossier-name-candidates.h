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

/* What dossier_name_candidates_accept_pending () decided of one candidate,
 * and the one thing it read from outside the article: whether the
 * candidate's key was a known surname.  Everything else it reads is the
 * article's paragraphs, mentions and pending candidates. */
typedef struct
{
  guint8 known;             /* its key was among the known surnames */
  guint8 accepted;          /* moved into the document's mentions */
  guint8 confirms;          /* its key added to the confirmed ones */
  gint32 person;            /* the mention whose key and name it took, or -1 */
} DossierNameVerdict;

/* dossier_name_candidates_accept_pending (), which also appends to
 * @verdicts (of DossierNameVerdict) what it decided of each candidate, in
 * the order of @pending. */
void                     dossier_name_candidates_accept_pending_noting (DossierDocument *document,
                                                                          GArray          *pending,
                                                                          GHashTable      *known_surnames,
                                                                          GHashTable      *confirmed,
                                                                          GArray          *verdicts);
/* Where @verdicts (@n_verdicts of them) were noted by
 * dossier_name_candidates_accept_pending_noting () for an article whose
 * paragraphs, mentions and pending candidates were those @document and
 * @pending hold now, and each candidate's key is a known surname exactly
 * where it was then: does what that judging did, without judging again,
 * and returns TRUE.  Otherwise changes nothing and returns FALSE. */
gboolean                 dossier_name_candidates_accept_as_judged (DossierDocument          *document,
                                                                     GArray                   *pending,
                                                                     GHashTable               *known_surnames,
                                                                     GHashTable               *confirmed,
                                                                     const DossierNameVerdict *verdicts,
                                                                     guint                     n_verdicts);
/* Once every article's pending mentions (@pending: per document of
 * @documents, a GArray of DossierMention or NULL) were judged: adds to
 * @organizations (of char*, owned) the pairs of capitalised words that two
 * articles or more name, whose first word some article names alone and
 * whose last none does ("Boca Juniors" … "Boca"): a team or a firm is
 * called by its first word, a person by the last; the words two articles
 * write one in capitals and one as a name ("CONMEBOL", "Conmebol"); and
 * the words an article names as an organisation ("airlines including
 * Delta"), for the articles that name them alone.  Adds to @places (char*
 * name → char* key, both owned) the lone words an article names as a place
 * ("the historic town of Lahaina"), for the articles that name them alone
 * ("the Lahaina fire"). */
void dossier_name_candidates_find_organizations_and_places (GPtrArray  *documents,
                                                            GPtrArray  *pending,
                                                            GHashTable *organizations,
                                                            GHashTable *places);

/* Once every article's pending mentions were judged: moves those whose key
 * another article confirmed ("Rabiu Kwankwaso" named both ways there), and
 * the pairs in @organizations (may be NULL) as organisations and the
 * words in @places (may be NULL) as places, into the document's mentions;
 * frees the rest and empties @pending. */
void                     dossier_name_candidates_accept_confirmed (DossierDocument *document,
                                                                     GArray          *pending,
                                                                     GHashTable      *confirmed,
                                                                     GHashTable      *organizations,
                                                                     GHashTable      *places);

G_END_DECLS
