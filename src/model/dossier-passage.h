/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Words of one article that something is read from: a mention of an
 * entity, a sentence that reports an event.  Where they are is a
 * paragraph of the article and code points in its text, as the reader
 * shows them. */

#pragma once

#include <glib-object.h>

#include "dossier-article.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_PASSAGE (dossier_passage_get_type ())

G_DECLARE_FINAL_TYPE (DossierPassage, dossier_passage, DOSSIER, PASSAGE, GObject)

DossierPassage *dossier_passage_new           (DossierArticle *article,
                                               guint           paragraph,
                                               guint           start,
                                               guint           end);
DossierArticle *dossier_passage_get_article   (DossierPassage *self);
guint           dossier_passage_get_paragraph (DossierPassage *self);
/* Code points in the paragraph's text, end exclusive. */
guint           dossier_passage_get_start     (DossierPassage *self);
guint           dossier_passage_get_end       (DossierPassage *self);
/* The whole paragraph's text, and the passage's words alone. */
const char     *dossier_passage_get_text      (DossierPassage *self);
char           *dossier_passage_dup_words     (DossierPassage *self);

G_END_DECLS
