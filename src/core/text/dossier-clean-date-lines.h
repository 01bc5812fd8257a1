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
/* Whether @unit says when the page was last updated ("Last Update: …"),
 * its date read or not (its times may be of two zones); @updated is set to
 * its date, or to none. */
gboolean _dossier_clean_unit_is_update_line (Unit        *unit,
                                             DossierDate *updated);

/* Whether @unit is a date alone, of a day, right above @next, a line of
 * the page's last update, and no later than it ("Friday 02 September 2016"
 * over "Last Update: Wednesday, 20 May 2020 KSA 09:48 - GMT 06:48"): the
 * page's date wherever the copy put the two; @date is set to it. */
gboolean _dossier_clean_unit_dates_the_page (Unit        *unit,
                                             Unit        *next,
                                             DossierDate *date);

gboolean _dossier_clean_opening_dateline (const char  *text,
                                          DossierDate *date,
                                          gsize       *length);

G_END_DECLS
