/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* One article of the dossier as the interface and exporters see it: its
 * metadata as properties, its paragraphs, and what the analysis marks in
 * them as code-point spans.  The cleaned, analysed document behind it
 * belongs to the corpus's analysis and lives as long as the article does;
 * the exporters read it, the interface reads what is here. */

#pragma once

#include <glib-object.h>

#include "dossier-analysis.h"
#include "dossier-annotation.h"
#include "dossier-palette.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_ARTICLE (dossier_article_get_type ())

G_DECLARE_FINAL_TYPE (DossierArticle, dossier_article, DOSSIER, ARTICLE, GObject)

/* Something the analysis marks in the article's text: an entity named, a
 * date, a quote.  Offsets are code points in the paragraph's text. */
typedef struct
{
  DossierMark mark;
  guint paragraph;
  guint start;
  guint end;
  /* The entity named, or the speaker of a quote (an index in the
   * article's analysis); -1 for dates and quotes by no one known. */
  int entity;
  /* For people: the entity's or the speaker's name, or a date as
   * dossier_date_format_readable () writes it; NULL when a date could not
   * be resolved or a quote's speaker is unknown. */
  char *label;
  /* A date counted from the publication date ("on Wednesday"). */
  gboolean relative;
} DossierArticleMark;

DossierArticle  *dossier_article_new               (DossierAnalysis *analysis,
                                                    guint            index);
const char      *dossier_article_get_id            (DossierArticle  *self);
guint            dossier_article_get_index         (DossierArticle  *self);
/* The dossier file's id of the bytes it was read from (0 outside a
 * dossier file), stable across analyses. */
gint64           dossier_article_get_source_id     (DossierArticle  *self);
const char      *dossier_article_get_source        (DossierArticle  *self);
/* Where the page was ("address"): the address given with it (a browser's
 * paste, dossier-cli --address) or set by the researcher, else what the
 * page says of itself (its canonical link, a "Source:" line); NULL when
 * unknown. */
const char      *dossier_article_get_address       (DossierArticle  *self);
/* When its source came into the dossier file, ISO 8601 in UTC ("added");
 * NULL outside a dossier file.  Set by the corpus from the file. */
const char      *dossier_article_get_added         (DossierArticle  *self);
void             dossier_article_set_added         (DossierArticle  *self,
                                                    const char      *added);
/* Whether the cleaner told no article apart in it, so that its whole text
 * is kept as it was ("uncleaned"), and whether the researcher chose to
 * keep it so ("kept-uncleaned", set by the corpus from the file). */
gboolean         dossier_article_get_uncleaned     (DossierArticle  *self);
gboolean         dossier_article_get_kept_uncleaned (DossierArticle *self);
void             dossier_article_set_kept_uncleaned (DossierArticle *self,
                                                     gboolean        kept);
const char      *dossier_article_get_title         (DossierArticle  *self);
const char      *dossier_article_get_outlet        (DossierArticle  *self);
const char      *dossier_article_get_author        (DossierArticle  *self);
/* The one name it goes by everywhere (dossier_document_dup_display_title ()):
 * the title, else the first words of its lead, else its file's name; and
 * whether that is no title the page gave (to be shown as such).  Its
 * outlet, else "Unknown outlet". */
const char      *dossier_article_get_display_title (DossierArticle  *self);
gboolean         dossier_article_is_untitled       (DossierArticle  *self);
const char      *dossier_article_get_display_source (DossierArticle *self);
/* ISO 8601 or NULL; where it came from ("marker", "text", "inferred", …). */
const char      *dossier_article_get_published     (DossierArticle  *self);
const char      *dossier_article_get_published_from (DossierArticle *self);
/* The publication date at the precision the page gives (a time of day
 * included), and where it came from. */
const DossierDate *dossier_article_get_published_date (DossierArticle *self);
DossierDateSource dossier_article_get_published_source (DossierArticle *self);
guint            dossier_article_get_n_entities    (DossierArticle  *self);
/* Whether the article names the entity with index @entity in its analysis. */
gboolean         dossier_article_mentions_entity   (DossierArticle  *self,
                                                    guint            entity);
/* Whether it names the entity @key names (dossier_entity_get_key ()),
 * whichever analysis it is of. */
gboolean         dossier_article_mentions_entity_key (DossierArticle *self,
                                                      const char     *key);
/* The key of entity @entity of its analysis (as marks name it), or NULL. */
const char      *dossier_article_get_entity_key    (DossierArticle  *self,
                                                    int              entity);

guint            dossier_article_get_n_paragraphs  (DossierArticle  *self);
const char      *dossier_article_get_paragraph_text (DossierArticle *self,
                                                    guint            paragraph);
/* The length of the paragraph's text, in code points. */
guint            dossier_article_get_paragraph_length (DossierArticle *self,
                                                       guint           paragraph);
DossierParagraphKind dossier_article_get_paragraph_kind (DossierArticle *self,
                                                         guint           paragraph);
/* The input lines the paragraph was read from (1-based, inclusive); 0 and
 * 0 when the input has no lines (a saved page). */
void             dossier_article_get_paragraph_lines (DossierArticle *self,
                                                      guint           paragraph,
                                                      guint          *first_line,
                                                      guint          *last_line);
/* A quote card's attribution taken off the paragraph's end, or NULL. */
const char      *dossier_article_get_paragraph_attribution (DossierArticle *self,
                                                            guint           paragraph);

/* What the cleaning removed from the page, in page order: its kind, the
 * input lines it was on (0 when the input has no lines) and its text. */
guint            dossier_article_get_n_removed     (DossierArticle  *self);
const char      *dossier_article_get_removed       (DossierArticle  *self,
                                                    guint            removed,
                                                    DossierRemovedKind *kind,
                                                    guint           *first_line,
                                                    guint           *last_line);

/* The marks of the article (of DossierArticleMark): its quotes, then its
 * dates, then its entity mentions, each in the order of the text.  Made
 * when first asked for, then kept. */
GArray          *dossier_article_get_marks         (DossierArticle  *self);

/* A new annotation of code points @start…@end of the article's text (its
 * paragraphs joined by one "\n"), in @colour; NULL when that is no text. */
DossierAnnotation *dossier_article_create_annotation (DossierArticle *self,
                                                      gint64          start,
                                                      gint64          end,
                                                      DossierColour   colour);

/* The days the article's text names (its resolved date mentions of a day
 * or a finer precision, each once, in the order of the text): the dates a
 * publication date may be chosen from.  Of DossierDate. */
GArray          *dossier_article_list_named_days   (DossierArticle  *self);
/* A day as the researcher writes it, read as the analysis reads dates in
 * articles: "2024-10-24", "24 October 2024", "Oct 24, 2024", "24.10.2024"…
 * FALSE, with @day unset, for anything that is not one whole day. */
gboolean         dossier_parse_day                 (const char      *text,
                                                    DossierDate     *day);

DossierDocument *dossier_article_get_document      (DossierArticle  *self);
/* The analysis the article belongs to: its entities and events. */
DossierAnalysis *dossier_article_get_analysis      (DossierArticle  *self);

G_END_DECLS
