/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The pass over a page's bytes before libxml2 parses them
 * (dossier-html-scan.c). */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* An attribute value the parser is spared (see below): where it is in
 * the page. */
typedef struct
{
  const char *text;
  gsize len;
} HtmlSparedValue;

/* What stands for a spared value: this byte, then the value's index in
 * decimal.  Never in a page where values are spared. */
#define HTML_SPARED_VALUE '\x01'

/* A copy of the @len bytes of @html without the text of its scripts
 * (JSON-LD aside), style sheets and comments, the attributes the reader
 * never looks at and white space the reader would squeeze anyway.  The
 * content of <noscript> elements is cut too, unless @keep_noscript: then
 * it is markup, as a browser without scripts reads it.
 *
 * With @values, the quoted values of the attributes kept (but for those
 * of a <meta> that names a charset, which libxml2 reads) that hold no
 * entity, and so are to the
 * parser just their bytes, are put there and replaced in the copy by
 * HTML_SPARED_VALUE and their index: libxml2 reads a value a character
 * at a time, and class names are a fifth of what it would read.  @html
 * must not hold HTML_SPARED_VALUE where @values is given. */
GString *_dossier_html_strip_raw_text (const char *html,
                                       gsize       len,
                                       gboolean    keep_noscript,
                                       GArray     *values);

G_END_DECLS
