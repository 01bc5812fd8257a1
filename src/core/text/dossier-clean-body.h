/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The body: the densest run of prose (dossier-clean-body.c). */

#pragma once

#include "dossier-clean-private.h"

G_BEGIN_DECLS

/* Sets @cleaner's body_start and body_end to the run of units that holds
 * the most good prose; an empty run when there is none. */
void     _dossier_clean_find_body      (Cleaner *cleaner);

/* Where @cleaner's text stops being bare: 0 when it has furniture (a
 * widget, furniture phrase, photo credit or comment, a run of short lines
 * that reads as a menu), else the unit of the first line that ends an
 * article ("Related", "Tags") after some text, or the number of units.
 * The units before it (wire copy, notes, a database export, a short item)
 * are the article as it stands. */
guint    _dossier_clean_bare_end       (Cleaner *cleaner);

/* Gives each unit of the body its role. */
void     _dossier_clean_read_body      (Cleaner *cleaner);

/* Gives each unit of a text kept whole its role: a paragraph, a heading,
 * a list item. */
void     _dossier_clean_read_whole_body (Cleaner *cleaner);

G_END_DECLS
