/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The pass over a page's bytes before libxml2 parses them
 * (dossier-html-scan.c). */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A copy of the @len bytes of @html without the text of its scripts
 * (JSON-LD aside), style sheets and comments, the attributes the reader
 * never looks at and white space the reader would squeeze anyway.  The
 * content of <noscript> elements is cut too, unless @keep_noscript: then
 * it is markup, as a browser without scripts reads it. */
GString *_dossier_html_strip_raw_text (const char *html,
                                       gsize       len,
                                       gboolean    keep_noscript);

G_END_DECLS
