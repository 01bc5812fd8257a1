/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* DossierDocument is what the core makes of one input: the cleaned article
 * (metadata, paragraphs with their input lines, what was removed and why)
 * and, after analysis, its sentences, entity mentions, date expressions and
 * quotes.  Offsets inside the core are byte offsets into a paragraph's UTF-8
 * text; the model converts them to code points at its edge. */

#pragma once

#include <glib.h>

#include "dossier-date.h"
#include "dossier-token.h"

G_BEGIN_DECLS

typedef enum
{
  DOSSIER_PARAGRAPH_BODY,
  DOSSIER_PARAGRAPH_HEADING,
  DOSSIER_PARAGRAPH_LIST_ITEM,
  DOSSIER_PARAGRAPH_QUOTE,
} DossierParagraphKind;

typedef enum
{
  DOSSIER_REMOVED_BOILERPLATE,
  DOSSIER_REMOVED_TITLE,
  DOSSIER_REMOVED_BYLINE,
  DOSSIER_REMOVED_DATELINE,
  DOSSIER_REMOVED_CAPTION,
} DossierRemovedKind;

typedef enum
{
  DOSSIER_DATE_SOURCE_NONE,
  DOSSIER_DATE_SOURCE_MARKER,    /* the " date YYYY-MM-DD " marker of copied pages */
  DOSSIER_DATE_SOURCE_TEXT,      /* a dateline, "Last updated", a byline date */
  DOSSIER_DATE_SOURCE_METADATA,  /* HTML meta, JSON-LD */
  DOSSIER_DATE_SOURCE_INFERRED,  /* from events other dated articles report */
  DOSSIER_DATE_SOURCE_USER,      /* set by the researcher */
  DOSSIER_DATE_SOURCE_ADDRESS,   /* a day in the page's address ("/2024/10/15/") */
} DossierDateSource;

typedef enum
{
  DOSSIER_ENTITY_PERSON,
  DOSSIER_ENTITY_ORGANIZATION,
  DOSSIER_ENTITY_PLACE,
} DossierEntityType;

typedef struct
{
  gsize start;  /* bytes, end exclusive */
  gsize end;
} DossierSpan;

typedef struct
{
  char *text;
  gsize len;
  DossierParagraphKind kind;
  guint first_line;  /* 1-based, inclusive; 0 when the input has no lines (HTML) */
  guint last_line;
  GArray *sentences; /* of DossierSpan, filled by analysis */
  /* The words of every sentence, tokenised once for the recogniser, the
   * quote finder and the event builder: of DossierToken, offsets relative
   * to their sentence's start; sentence s has tokens sentence_tokens[s]
   * up to sentence_tokens[s + 1].  Filled on first use, see
   * dossier_paragraph_get_sentence_tokens (). */
  GArray *tokens;
  GArray *sentence_tokens; /* of guint */
  /* A quote card's attribution stripped from the end ("Mark Rutte
   * Secretary General of NATO"); NULL for most paragraphs. */
  char *attribution;
  /* What the events read in this paragraph's text and the next one's
   * (whether it is a photo's caption: DOSSIER_PARAGRAPH_CAPTION_READ and
   * DOSSIER_PARAGRAPH_CAPTION), set on first use and copied with the
   * document, since paragraphs never change once the cleaner made them. */
  guint8 text_read;
} DossierParagraph;

#define DOSSIER_PARAGRAPH_CAPTION_READ (1 << 0)
#define DOSSIER_PARAGRAPH_CAPTION      (1 << 1)

typedef struct
{
  guint first_line;
  guint last_line;
  DossierRemovedKind kind;
  /* @text is a shared string (a GRefString, see
   * dossier_document_share_removed ()), released rather than freed. */
  gboolean shared;
  char *text;  /* what was removed, for auditing the cleaning */
  /* While dossier_document_add_removed () appends lines to @text: its
   * length and the size of its buffer (0: not known; measured once). */
  gsize text_len;
  gsize text_size;
} DossierRemoved;

typedef struct
{
  guint paragraph;
  gsize start;
  gsize end;
  DossierEntityType type;
  /* The surface form normalised for resolution ("Zelenskyy" → "zelensk"),
   * and the name the recogniser believes is meant ("United States" for
   * "U.S."); owned, unless borrowed (below).  Replace or free them with
   * dossier_mention_take_key (), dossier_mention_take_canonical () and
   * dossier_mention_clear_strings (), never with g_free (). */
  char *key;
  char *canonical;
  int entity;  /* index into the analysis' entities after resolution, or -1 */
  /* Whether @key and @canonical are borrowed from strings their document
   * holds until its analysis is cleared (dossier_document_hold_strings ()),
   * as the mentions of an article restored as an earlier analysis kept it
   * are: copying each of them again at every analysis cost more than the
   * rest of the restoring. */
  guint key_borrowed : 1;
  guint canonical_borrowed : 1;
} DossierMention;

typedef struct
{
  guint paragraph;
  gsize start;
  gsize end;
  DossierDate value;        /* precision NONE when it could not be resolved */
  const char *rule;         /* static string naming the rule that resolved it */
  gboolean relative;        /* needed the publication date */
} DossierDateMention;

typedef struct
{
  guint paragraph;
  gsize start;              /* the quoted words, without the quote marks */
  gsize end;
  int speaker_mention;      /* index into mentions, or -1 */
  /* When the speaker is named outside the text (a quote card's
   * attribution), the person key and name; otherwise NULL. */
  char *speaker_key;
  char *speaker_name;
  int speaker_entity;       /* after resolution, or -1 */
} DossierQuote;

/* The dates read from a document's paragraphs against the publication
 * dates they were last read for (see dossier_document_keep_dates ()). */
typedef struct _DossierDatesRead DossierDatesRead;

/* What one date of a document's paragraphs reads as when the article was
 * published on @day (see dossier_document_keep_day_readings ()): the date
 * is told by where it is, in the sentence it was read in, since only that
 * sentence is read. */
typedef struct
{
  guint paragraph;
  guint start;              /* the date's, a byte offset in the paragraph */
  guint sentence_start;     /* the sentence read, likewise */
  guint sentence_end;
  int day;                  /* the publication day tried, a day number */
  DossierDate value;        /* what it reads as (unset when nothing) */
  const char *rule;         /* static: the rule that read it, or NULL */
} DossierDayReading;

/* Day readings kept, sorted (see dossier_document_keep_day_readings ()). */
typedef struct _DossierDaysRead DossierDaysRead;

typedef struct
{
  char *source;              /* where it came from, as the user named it (a path); may be NULL */
  gint64 source_id;          /* its id in the dossier file that keeps its bytes, or 0 */
  char *title;
  char *outlet;
  char *outlet_evidence;     /* what named the outlet: "a copyright line: © 2024 …" */
  char *address;             /* where the page was (a URL or a host), when known */
  char *author;
  DossierDate published;
  DossierDateSource published_from;
  char *published_evidence;  /* the line or reasoning the date came from */
  const char *encoding;      /* static: "UTF-8", "UTF-16LE", "ISO-8859-1", … */
  const char *language;      /* static: "en", "de", … of the prose, as the cleaner told it; NULL when
                              * in none it knows or when it told none */
  gboolean is_html;
  /* The cleaner told no article apart from the page around it: the whole
   * text is kept as it was, with a warning, for the researcher to keep or
   * remove. */
  gboolean uncleaned;

  GPtrArray *paragraphs;     /* of DossierParagraph* */
  /* A digest of the paragraphs (their text, kind, lines, attribution),
   * set by the analysis when it first reads them and copied with the
   * document, so that an article analysed again is not hashed whole
   * again: paragraphs are never changed once the cleaner made them.
   * NULL until then. */
  char *paragraphs_digest;
  /* The bytes the analysis last made its digest of the article of (see
   * dossier_kept_article_digest ()) and that digest, copied with the
   * document: an article whose metadata and paragraphs are still those
   * bytes is not hashed again at the next analysis.  NULL until then. */
  GBytes *analysis_digest_of;
  char *analysis_digest;
  /* The dates read for the last few publication dates tried (an undated
   * article's inference tries several, every analysis): set by
   * dossier_document_keep_dates (), never changed once made, and shared
   * with the document's copies, since paragraphs never change once the
   * cleaner made them.  NULL until then. */
  DossierDatesRead *dates_read;
  /* The dates an undated article's inference read against each day it
   * tried (every analysis tries the same): set by
   * dossier_document_keep_day_readings (), never changed once made, and
   * shared with the document's copies, as @dates_read is.  NULL until
   * then. */
  DossierDaysRead *days_read;
  GArray *removed;           /* of DossierRemoved */
  GPtrArray *captions;       /* of char*: photo captions and credits, kept aside */
  GPtrArray *warnings;       /* of char*: e.g. the Latin-1 fallback */

  GArray *mentions;          /* of DossierMention, sorted by paragraph, start */
  GArray *dates;             /* of DossierDateMention, sorted likewise */
  GArray *quotes;            /* of DossierQuote */
  /* Of GBytes*: the strings the mentions borrow, held until the analysis
   * is cleared.  NULL while none are held. */
  GPtrArray *held_strings;
} DossierDocument;

DossierDocument  *dossier_document_new              (void);
void              dossier_document_free             (DossierDocument      *document);
DossierParagraph *dossier_document_add_paragraph    (DossierDocument      *document,
                                                     const char           *text,
                                                     gssize                len,
                                                     DossierParagraphKind  kind,
                                                     guint                 first_line,
                                                     guint                 last_line);
void              dossier_document_add_removed      (DossierDocument      *document,
                                                     guint                 first_line,
                                                     guint                 last_line,
                                                     DossierRemovedKind    kind,
                                                     const char           *text);
void              dossier_document_add_warning      (DossierDocument      *document,
                                                     const char           *format,
                                                     ...) G_GNUC_PRINTF (2, 3);
/* A copy of the cleaned article (metadata, paragraphs, removed text,
 * captions, warnings) without analysis results. */
DossierDocument  *dossier_document_copy             (const DossierDocument *document);
/* Makes the text of each removed range a shared, interned string: the
 * same boilerplate in several articles (a site's menu, its cookie notice,
 * its list of latest news) is then kept once for all of them, and each is
 * kept at its exact size.  For a caller that holds many documents at once
 * (dossier-cli analyze --json); the texts read the same. */
void              dossier_document_share_removed    (DossierDocument      *document);
/* Drops analysis results (mentions, dates, quotes, sentences) so the
 * document can be analysed again, e.g. after its date was corrected. */
void              dossier_document_clear_analysis   (DossierDocument      *document);
/* Holds @strings (a reference is taken) until the document's analysis is
 * cleared or the document freed, so that its mentions may borrow their
 * keys and names from them (see DossierMention's key_borrowed).  The
 * strings must never change while held. */
void              dossier_document_hold_strings     (DossierDocument      *document,
                                                     GBytes               *strings);

/* Frees what @mention owns of its key and name and sets both to NULL. */
void              dossier_mention_clear_strings     (DossierMention       *mention);
/* Replaces @mention's key with @key (may be NULL), taken over. */
void              dossier_mention_take_key          (DossierMention       *mention,
                                                     char                 *key);
/* Replaces @mention's name with @canonical (may be NULL), taken over. */
void              dossier_mention_take_canonical    (DossierMention       *mention,
                                                     char                 *canonical);
/* Whether the dates of @document's paragraphs, as read against
 * @published with its sentences as they are now, were kept by
 * dossier_document_keep_dates (): then they are put in @document's dates. */
gboolean          dossier_document_take_dates       (DossierDocument      *document,
                                                     const DossierDate    *published);
/* Keeps @document's dates as those read against @published, with its
 * sentences as they are now, for dossier_document_take_dates (). */
void              dossier_document_keep_dates       (DossierDocument      *document,
                                                     const DossierDate    *published);
/* Whether what @reading's date (its paragraph, start and sentence) reads
 * as against its day was kept by dossier_document_keep_day_readings ():
 * then its value and rule are set to those. */
gboolean          dossier_document_take_day_reading (const DossierDocument *document,
                                                     DossierDayReading     *reading);
/* Keeps @readings (@n_readings of them, in any order, repeats allowed)
 * for dossier_document_take_day_reading (), beside those kept before. */
void              dossier_document_keep_day_readings (DossierDocument         *document,
                                                      const DossierDayReading *readings,
                                                      guint                    n_readings);
/* Forgets the dates kept by dossier_document_keep_dates () and
 * dossier_document_keep_day_readings (): for an analysis that must find
 * everything again (a test's from scratch). */
void              dossier_document_forget_dates     (DossierDocument      *document);

/* The one name the article goes by wherever it is shown (the sidebar,
 * the reader, the inspector, the exports, the command line): its title;
 * without one, the first words of its lead, cut at a word and ended with
 * "…"; without text, its file's name without the folder; else
 * "Untitled article".  @is_substitute (may be NULL) is set to TRUE when
 * the name is not a title the page gave, so that it can be shown as such. */
char             *dossier_document_dup_display_title (const DossierDocument *document,
                                                      gboolean              *is_substitute);

/* Drops the tokens every paragraph keeps for the analysis; they are made
 * again when asked for. */
void              dossier_document_release_tokens   (DossierDocument      *document);
/* The tokens of sentence @sentence of @paragraph (offsets relative to the
 * sentence's start), the same as dossier_tokens_split () gives. */
const DossierToken *dossier_paragraph_get_sentence_tokens (DossierParagraph *paragraph,
                                                           guint             sentence,
                                                           guint            *n_tokens);
/* Where the photo's credit in brackets that ends @paragraph opens ("… in
 * a statement. (AP Photo/A Name, File)"): the paragraph is a caption, and
 * the names in the credit are the photographer's and the agency's; the
 * paragraph's length where it ends on none. */
gsize               dossier_paragraph_find_photo_credit (const DossierParagraph *paragraph);
/* Whether @text opens "In this …" with a picture among its first words
 * ("In this file photo,", "In this image made from video,", "In this
 * April 13, 2017 photo provided by NASA,"): a caption, as the wires write
 * them. */
gboolean            dossier_text_opens_on_the_picture (const char *text);
/* Where an outlet's name closing a paragraph after a full stop or a dash
 * begins ("… in Boston. — AFP", "… Australia. AP"): a credit of the
 * picture, or of the wire, no name the story tells; the paragraph's
 * length when none. */
gsize            dossier_paragraph_find_closing_credit (const DossierParagraph *paragraph);

const char *dossier_paragraph_kind_to_string (DossierParagraphKind kind);

/* Sorts the document's mentions by paragraph, then start. */
void dossier_document_sort_mentions (DossierDocument *document);
const char *dossier_removed_kind_to_string   (DossierRemovedKind   kind);
const char *dossier_date_source_to_string    (DossierDateSource    source);
const char *dossier_entity_type_to_string    (DossierEntityType    type);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierDocument, dossier_document_free)

G_END_DECLS
