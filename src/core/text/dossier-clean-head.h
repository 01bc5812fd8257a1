/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The page head: title, byline, publication date, captions
 * (dossier-clean-head.c). */

#pragma once

#include "dossier-clean-private.h"

G_BEGIN_DECLS

/* Reads a collection's " date 2024-10-20 " stamp at the start of @text
 * into @cleaner; returns where the page's own text starts. */
const char *_dossier_clean_read_date_marker (Cleaner    *cleaner,
                                             const char *text,
                                             gsize       len);

/* Finds the title, author and publication date in the units around the
 * body, and marks the head's bylines, datelines, captions and
 * standfirst. */
void        _dossier_clean_read_page_head   (Cleaner    *cleaner);

/* The same, for a text kept whole: the headline, byline and dateline
 * above its first prose. */
void        _dossier_clean_read_whole_head  (Cleaner    *cleaner);

G_END_DECLS
