/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The reader: one cleaned article in a text view — title, outlet, author,
 * date and where it came from, then its paragraphs — with people,
 * organisations, places, dates and quotes highlighted, each kind switched
 * on and off.  Hovering a highlight names the entity; activating it (click,
 * or Enter at the cursor) emits ::entity-activated with its key.  Its own
 * find bar (reader.find, Ctrl+F with the reader focused; reader.find-next
 * and reader.find-previous, Ctrl+G and Shift+Ctrl+G) marks every match of
 * some words in the article and says how many there are. */

#pragma once

#include <gtk/gtk.h>

#include "dossier-annotation.h"
#include "dossier-article-buffer.h"
#include "dossier-article.h"
#include "dossier-corpus.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_READER (dossier_reader_get_type ())

G_DECLARE_FINAL_TYPE (DossierReader, dossier_reader, DOSSIER, READER, GtkWidget)

GtkWidget      *dossier_reader_new               (void);
DossierArticle *dossier_reader_get_article       (DossierReader   *self);
void            dossier_reader_set_article       (DossierReader   *self,
                                                  DossierArticle  *article);
gboolean        dossier_reader_get_highlight     (DossierReader   *self,
                                                  DossierHighlight highlight);
void            dossier_reader_set_highlight     (DossierReader   *self,
                                                  DossierHighlight highlight,
                                                  gboolean         shown);
/* A factor on the normal text size (1.0). */
void            dossier_reader_set_text_scale    (DossierReader   *self,
                                                  double           scale);
void            dossier_reader_set_show_removed  (DossierReader   *self,
                                                  gboolean         show_removed);
/* Scrolls to code points @start..@end of paragraph @paragraph and
 * flashes them. */
void            dossier_reader_show_span         (DossierReader   *self,
                                                  guint            paragraph,
                                                  guint            start,
                                                  guint            end);
GtkTextView    *dossier_reader_get_text_view     (DossierReader   *self);
/* The highlighted ranges now shown, for tests: the number of characters
 * carrying @highlight's tag. */
guint           dossier_reader_count_highlighted (DossierReader   *self,
                                                  DossierHighlight highlight);

/* The dossier the article is of: its annotations of the article are
 * highlighted in their colours. */
DossierCorpus  *dossier_reader_get_corpus        (DossierReader     *self);
void            dossier_reader_set_corpus        (DossierReader     *self,
                                                  DossierCorpus     *corpus);
void            dossier_reader_set_colour_labels (DossierReader     *self,
                                                  const char * const *labels);
gboolean        dossier_reader_get_selection     (DossierReader     *self,
                                                  gint64            *start,
                                                  gint64            *end);
gboolean        dossier_reader_offer_highlight   (DossierReader     *self);
void            dossier_reader_set_read_only     (DossierReader     *self,
                                                  gboolean           read_only);
void            dossier_reader_edit_annotation   (DossierReader     *self,
                                                  DossierAnnotation *annotation);
void            dossier_reader_show_annotation   (DossierReader     *self,
                                                  DossierAnnotation *annotation);
GtkWidget      *dossier_reader_get_annotation_popover (DossierReader *self);
/* Where the reader is in its article (the code point at the top of the
 * view, -1 for its top), and back there. */
gint64          dossier_reader_get_place         (DossierReader     *self);
void            dossier_reader_set_place         (DossierReader     *self,
                                                  gint64             place);
void            dossier_reader_describe_at_cursor (DossierReader    *self);
char           *dossier_reader_dup_selected_text (DossierReader     *self);
guint           dossier_reader_get_find_matches  (DossierReader     *self,
                                                  int               *current);
guint           dossier_reader_count_note_markers (DossierReader    *self);

G_END_DECLS
