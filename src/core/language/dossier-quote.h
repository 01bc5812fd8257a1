/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Quotations and who said them.  Quoted speech is found between matching
 * quote marks (curly or straight, mixed as copied pages mix them) and,
 * without marks, as first-person words followed by ", he said".  The
 * speaker is read from the attribution around the quote ("…," Rutte said;
 * said NATO Secretary-General Mark Rutte; saying, "…"), from a quote
 * card's attribution line, and for pronouns ("she stated") from the
 * nearest person mentioned before, agreeing in gender where the given name
 * tells it.  Short scare quotes ("victory plan") are not quotations. */

#pragma once

#include <glib.h>

#include "dossier-document.h"
#include "dossier-entity-recognizer.h"

G_BEGIN_DECLS

/* Fills document->quotes; needs sentences and mentions. */
void dossier_quotes_find            (DossierDocument         *document,
                                     DossierEntityRecognizer *recognizer);

/* The person a pronoun at @position of @paragraph refers to: the index of
 * the nearest earlier person mention, or -1.  @gender is 'f', 'm' or 0. */
int  dossier_quotes_resolve_pronoun (DossierDocument         *document,
                                     DossierEntityRecognizer *recognizer,
                                     guint                    paragraph,
                                     gsize                    position,
                                     char                     gender);

G_END_DECLS
