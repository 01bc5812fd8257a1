/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* json-glib parses recursively and without a limit: some tens of
 * thousands of "[" overflow the stack.  Whatever JSON comes from outside
 * (a page's JSON-LD, an annotation file, a dossier file's columns) is
 * measured first and refused when it nests deeper than any real document. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define DOSSIER_JSON_MAX_DEPTH 256

/* TRUE when the arrays and objects of @text (@len bytes, or NUL-terminated
 * when -1) nest at most DOSSIER_JSON_MAX_DEPTH deep.  Brackets inside
 * strings do not count; the text need not be valid JSON. */
gboolean dossier_json_depth_ok (const char *text,
                                gssize      len);

G_END_DECLS
