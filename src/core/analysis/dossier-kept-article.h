/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* What the first, per-article step of the analysis found in one article —
 * its sentences, its dates, the entity mentions the recogniser is sure of,
 * those it left pending and the full names it met — kept so that the next
 * analysis of the same article need not find them again.
 *
 * A kept article is named by a digest of everything that step reads (the
 * paragraphs, the publication date and its source, the language) and of
 * the article's metadata besides, so that a changed text, a corrected
 * publication date or any other correction of the article makes another
 * digest and the article is analysed again.  Once made it is never
 * changed: analyses on several threads, and the next analysis of the
 * dossier, share it. */

#pragma once

#include <glib.h>

#include "dossier-document.h"

G_BEGIN_DECLS

typedef struct _DossierKeptArticle DossierKeptArticle;

/* The digest of what the per-article step reads of @document: a
 * nul-terminated hexadecimal string, owned by the caller.  Sets the
 * document's paragraphs_digest when it has none, and its analysis_digest
 * with what it was made of, which its copies take to the next analysis. */
char               *dossier_kept_article_digest  (DossierDocument       *document);

/* What @document holds once the per-article step has run on it, with the
 * mentions it left @pending and the full names (of char*) it met; takes
 * @digest.  NULL for an article too large to keep (a paragraph of 4 GiB). */
DossierKeptArticle *dossier_kept_article_new     (char                  *digest,
                                                  const DossierDocument *document,
                                                  GArray                *pending,
                                                  GPtrArray             *surnames);
DossierKeptArticle *dossier_kept_article_ref     (DossierKeptArticle    *kept);
void                dossier_kept_article_unref   (DossierKeptArticle    *kept);
const char         *dossier_kept_article_get_digest (const DossierKeptArticle *kept);

/* Puts what was kept back into @document (whose analysis was cleared; its
 * paragraphs are those the digest was made of), appends the pending
 * mentions to @pending and adds the full names to @surnames.  The mentions
 * borrow their keys and names from @kept, which @document holds until its
 * analysis is cleared: @pending must be emptied before then. */
void                dossier_kept_article_restore (const DossierKeptArticle *kept,
                                                  DossierDocument          *document,
                                                  GArray                   *pending,
                                                  GHashTable               *surnames);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierKeptArticle, dossier_kept_article_unref)

G_END_DECLS
