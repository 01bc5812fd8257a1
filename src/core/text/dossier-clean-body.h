/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The body: the densest run of prose (dossier-clean-body.c). */

#pragma once

#include "dossier-clean-private.h"

G_BEGIN_DECLS

/* Sets @cleaner's body_start and body_end to the run of units that holds
 * the most good prose; an empty run when there is none. */
void     _dossier_clean_find_body      (Cleaner *cleaner);

/* Whether @cleaner's text has no furniture at all: no widget, furniture
 * phrase, line that ends an article, photo credit or comment, and no run
 * of short lines that reads as a menu.  Such a text (wire copy, notes, a
 * database export, a short item) is an article as it stands. */
gboolean _dossier_clean_is_bare        (Cleaner *cleaner);

/* Gives each unit of the body its role. */
void     _dossier_clean_read_body      (Cleaner *cleaner);

/* Gives each unit of a text kept whole its role: a paragraph, a heading,
 * a list item. */
void     _dossier_clean_read_whole_body (Cleaner *cleaner);

G_END_DECLS
