/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The text of one article as the reader shows it: its title, a line of
 * outlet, author and date (and where the date came from), a line of where
 * it came from (the day it was added, its address), its paragraphs
 * as headings, list items and quotes, and on request what the cleaning
 * removed; with what the analysis marks in it (people, organisations,
 * places, dates, quotes) as tags, each kind shown or hidden.  It knows
 * where the article's code points are in the buffer, and back. */

#pragma once

#include <gtk/gtk.h>

#include "dossier-article.h"

G_BEGIN_DECLS

/* The kinds of highlight, in the order of DossierMark. */
typedef enum
{
  DOSSIER_HIGHLIGHT_PERSON,
  DOSSIER_HIGHLIGHT_ORGANIZATION,
  DOSSIER_HIGHLIGHT_PLACE,
  DOSSIER_HIGHLIGHT_DATE,
  DOSSIER_HIGHLIGHT_QUOTE,
  DOSSIER_N_HIGHLIGHTS,
} DossierHighlight;

#define DOSSIER_TYPE_ARTICLE_BUFFER (dossier_article_buffer_get_type ())

G_DECLARE_FINAL_TYPE (DossierArticleBuffer, dossier_article_buffer, DOSSIER, ARTICLE_BUFFER, GtkTextBuffer)

DossierArticleBuffer     *dossier_article_buffer_new               (void);
DossierArticle           *dossier_article_buffer_get_article       (DossierArticleBuffer *self);
void                      dossier_article_buffer_set_article       (DossierArticleBuffer *self,
                                                                    DossierArticle       *article);
void                      dossier_article_buffer_set_show_removed  (DossierArticleBuffer *self,
                                                                    gboolean              show_removed);
gboolean                  dossier_article_buffer_get_highlight     (DossierArticleBuffer *self,
                                                                    DossierHighlight      highlight);
void                      dossier_article_buffer_set_highlight     (DossierArticleBuffer *self,
                                                                    DossierHighlight      highlight,
                                                                    gboolean              shown);
/* How many characters carry @highlight's tag while it is shown. */
guint                     dossier_article_buffer_count_highlighted (DossierArticleBuffer *self,
                                                                    DossierHighlight      highlight);
/* Where @paragraph starts in the buffer, and its length in characters;
 * FALSE when the article has no such paragraph. */
gboolean                  dossier_article_buffer_get_paragraph     (DossierArticleBuffer *self,
                                                                    guint                 paragraph,
                                                                    int                  *offset,
                                                                    int                  *length);
/* A code point of the article's text (its paragraphs joined by one "\n",
 * as annotations count) as a buffer offset, and back. */
int                       dossier_article_buffer_from_article      (DossierArticleBuffer *self,
                                                                    gint64                offset);
gint64                    dossier_article_buffer_to_article        (DossierArticleBuffer *self,
                                                                    int                   offset);
/* The innermost shown mark at buffer offset @offset, of an entity only
 * with @entities_only; NULL for none. */
const DossierArticleMark *dossier_article_buffer_get_mark_at       (DossierArticleBuffer *self,
                                                                    int                   offset,
                                                                    gboolean              entities_only);

/* Where an Open Original button goes, under the headline: the end of the
 * line that says where the article came from (the day it was added, its
 * address), or NULL when its address is unknown.  A new one each time the
 * text is made again. */
GtkTextChildAnchor       *dossier_article_buffer_get_original_anchor (DossierArticleBuffer *self);

G_END_DECLS
