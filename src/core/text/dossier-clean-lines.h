/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Lines: the units of a page and their quality (dossier-clean-lines.c). */

#pragma once

#include "dossier-clean-private.h"

G_BEGIN_DECLS

/* Fills @cleaner's function-word set and furniture-phrase index. */
void      _dossier_clean_lines_init          (Cleaner    *cleaner);

/* Cuts @len bytes of @text into @cleaner's units, with their features. */
void      _dossier_clean_split_units         (Cleaner    *cleaner,
                                              const char *text,
                                              gsize       len);

/* Decides whether the page's prose is English, strips furniture glued to
 * the end of each unit and gives each its quality. */
void      _dossier_clean_classify_units      (Cleaner    *cleaner);

/* Frees the units' lower-case samples, which the comment detector reads
 * after _dossier_clean_classify_units (): the texts may change from here
 * on, and the samples would not follow. */
void      _dossier_clean_release_samples     (Cleaner    *cleaner);

/* Frees what a Unit owns (a GArray clear function). */
void      _dossier_clean_unit_clear          (gpointer    data);

/* "Gulf PressGulf Press" → "Gulf Press"; NULL when @text is no doubled
 * name. */
char     *_dossier_clean_doubled_name        (const char *text,
                                              gsize       len);

/* A copy of [@start, @end) without the white space around it. */
char     *_dossier_clean_trim_copy           (const char *start,
                                              const char *end);

/* Whether @unit ends on a day's name or a year, without a full stop: a
 * photo's caption over the article ("A demonstrator kicks a tear gas
 * canister … in La Paz Bolivia Thursday"), not its lead. */
gboolean  _dossier_clean_ends_like_a_caption (const Unit *unit);

G_END_DECLS
