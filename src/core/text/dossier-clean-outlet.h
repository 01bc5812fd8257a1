/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The outlet and the body's opening dateline (dossier-clean-outlet.c). */

#pragma once

#include "dossier-clean-private.h"

G_BEGIN_DECLS

/* Strips "(MENAFN)" or "KYIV (Reuters) -" from the start of @unit,
 * keeping the agency as a candidate outlet. */
void _dossier_clean_strip_wire_prefix    (Cleaner *cleaner,
                                          Unit    *unit);

/* The same, but leaves @unit's text as filed: only the agency is kept. */
void _dossier_clean_note_wire_prefix     (Cleaner *cleaner,
                                          Unit    *unit);

/* Strips "LUXEMBOURG —" from the start of @unit. */
void _dossier_clean_strip_place_dateline (Cleaner *cleaner,
                                          Unit    *unit);

/* Sets the document's outlet to the name with the most votes, if it has
 * two or more. */
void _dossier_clean_find_outlet          (Cleaner *cleaner);

G_END_DECLS
