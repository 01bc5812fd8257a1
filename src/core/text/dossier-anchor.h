/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Where an annotation sits in an article, described the way the W3C Web
 * Annotation model does: the quoted words with a little context on either
 * side (TextQuoteSelector) and their position (TextPositionSelector).
 *
 * Positions count Unicode code points in the article's text: its
 * paragraphs joined by one "\n" (dossier_document_get_text ()).  A new
 * analysis or a better cleaner may move or drop paragraphs; the quote and
 * its context find the words again, the position only breaks ties. */

#pragma once

#include <glib.h>

#include "dossier-document.h"

G_BEGIN_DECLS

/* How many code points of context a new anchor keeps on either side. */
#define DOSSIER_ANCHOR_CONTEXT 32

typedef struct
{
  char *exact;     /* the quoted words */
  char *prefix;    /* up to DOSSIER_ANCHOR_CONTEXT code points before them */
  char *suffix;    /* and after */
  gint64 start;    /* code points in the article text, end exclusive */
  gint64 end;
} DossierAnchor;

/* The article text positions refer to; @len may be NULL. */
char     *dossier_document_get_text       (const DossierDocument *document,
                                           gsize                 *len);

/* Describes code points @start…@end of @text (NUL-terminated UTF-8). */
gboolean  dossier_anchor_describe         (DossierAnchor         *anchor,
                                           const char            *text,
                                           gint64                 start,
                                           gint64                 end);
/* Finds @anchor in @text: the occurrence of its quote whose context
 * agrees best, nearest to where it was when contexts agree equally; a
 * quote whose spacing changed is found too.  FALSE when the words are no
 * longer there (the annotation is then an orphan). */
gboolean  dossier_anchor_locate           (const DossierAnchor   *anchor,
                                           const char            *text,
                                           gint64                *start,
                                           gint64                *end);
/* Maps a code point offset of the article text to its paragraph and the
 * code point offset within it; an offset on a paragraph break maps to the
 * end of the paragraph before. */
gboolean  dossier_document_locate_offset  (const DossierDocument *document,
                                           gint64                 offset,
                                           guint                 *paragraph,
                                           gint64                *paragraph_offset);

void      dossier_anchor_clear            (DossierAnchor         *anchor);

G_END_DECLS
