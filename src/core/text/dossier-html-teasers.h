/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Teasers of other articles in a saved page (dossier-html-teasers.c). */

#pragma once

#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

/* Whether most of @node's text is teasers built alike, side by side — a
 * short block leading with another page's headline as a link of its own
 * line, and a line or two about it: three or more, or one or two in a box
 * set among the article's paragraphs. */
gboolean _dossier_html_holds_teasers (xmlNode *node);

G_END_DECLS
