/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Date lines: a line that dates the page (dossier-clean-date-lines.c). */

#pragma once

#include "dossier-clean-private.h"

G_BEGIN_DECLS

/* Whether @unit is a date line; if so, its date in @date and its kind in
 * @kind: "published", "updated", "dateline" (a date alone) or "place" (a
 * wire story's place and day: "LONDON 1996-12-06").  Asked once per unit until
 * its date_line_state is reset. */
gboolean _dossier_clean_unit_date_line (Unit         *unit,
                                        DossierDate  *date,
                                        const char  **kind);

/* Whether @text, a paragraph of the body, opens with a wire dateline that
 * gives a whole day before its dash ("PARIS, June 4, 2022 (AP) — The
 * champion …"); if so, that day in @date and the dateline's length, up
 * to its dash, in @length. */
gboolean _dossier_clean_opening_dateline (const char  *text,
                                          DossierDate *date,
                                          gsize       *length);

G_END_DECLS
