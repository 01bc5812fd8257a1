/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#pragma once

#include <glib.h>

#include "dossier-document.h"

G_BEGIN_DECLS

/* Fills the document's date mentions from the date expressions of its
 * paragraphs, resolved against its publication date (when it has one);
 * a "today" or "yesterday" inside a quotation counts from the day the
 * sentence says the words were said (rule "deictic-in-quote"), and a
 * bare weekday is the day of that weekday the text or a caption gives in
 * full within a week of the publication date (rule "weekday-told-in-full":
 * "on Monday" under a US stamp of Sunday night, the caption saying
 * "Monday, Jan. 10, 2022"), and a month and day named again without its
 * year is the day named with it (rule "month-day-named-with-year"), so
 * its sentences must be split.  Called again whenever the publication date
 * changes: an inferred or corrected one. */
void dossier_document_find_dates (DossierDocument *document);
/* The same, where the dates read against the same publication date were
 * kept (dossier_document_keep_dates ()): taken, not read again; otherwise
 * read and kept.  For the publication dates an inference tries, every
 * analysis the same days for an article that did not change. */
void dossier_document_find_dates_again (DossierDocument *document);

G_END_DECLS
