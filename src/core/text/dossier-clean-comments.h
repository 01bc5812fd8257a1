/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Comments and replies, told by their shape (dossier-clean-comments.c). */

#pragma once

#include "dossier-clean-private.h"

G_BEGIN_DECLS

/* Marks the readers' comments under an article, and the replies after a
 * forum thread's first post, as furniture; and a line that counts them
 * ("3 comments", "Comments (9)") as the article's end. */
void     _dossier_clean_mark_comments    (Cleaner    *cleaner);

/* Whether @unit is a time relative to now: "5 hours ago", "vor 2 Tagen". */
gboolean _dossier_clean_is_relative_time (const Unit *unit);

G_END_DECLS
