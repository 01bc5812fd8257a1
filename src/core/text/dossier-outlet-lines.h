/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The lines of a page that say whose it is, each read on its own: a
 * copyright line, a source line, a call to follow or subscribe, a
 * headline's site suffix, an address, a wire credit; and the site a
 * file's name gives (dossier-outlet-lines.c).  Each returns the name or
 * host it found, newly allocated, or NULL.  The cleaner weighs them
 * (dossier-clean-outlet.c). */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "© 2024 The Daily Example. All rights reserved." → "The Daily Example";
 * a company's legal form is dropped ("Example Media Group Ltd"). */
char *_dossier_outlet_from_copyright      (const char *line);

/* The line under an article that says whose it is: "Source: Al Jazeera
 * and news agencies" → "Al Jazeera", "(FRANCE 24 with AFP)" → "FRANCE 24". */
char *_dossier_outlet_from_source_line    (const char *line);

/* What a page asks of its reader, naming itself: "Follow BBC News on
 * Twitter", "Subscribe to The Atlantic", "Download the DW app", "Sign up
 * for the Example Times newsletter". */
char *_dossier_outlet_from_call_to_action (const char *line);

/* "Headline | Site", "Headline - Site", "Headline — Site": the site, when
 * the part after the last separator is short and capitalised. */
char *_dossier_outlet_from_title_suffix   (const char *line);

/* The host of a line that is an address or names one: "https://…",
 * "www.…", "Source: https://…", "URL: example.com/…".  @labelled is set
 * when a word before it says it is the page's address ("Source:"); the
 * address itself goes to @address when it is given. */
char *_dossier_outlet_address_in_line     (const char *line,
                                           gboolean   *labelled,
                                           char      **address);

/* The agency whose copy a line credits: "(Reporting by A; Editing by B)"
 * is Reuters' house style; "— AFP" or "(AFP)" closing a line, or the
 * agency's name alone, name theirs.  A story the outlet's own reporters
 * wrote with an agency's help ("By A with AP", "AP contributed to this
 * report") credits no agency's copy.  Only agencies of the list are
 * returned, as the list writes them. */
char *_dossier_outlet_from_wire_credit    (const char *line);

/* The site a file's name or its folder's gives: "01-rudaw.net.txt",
 * "www.dw.com.html", "…/www.bbc.co.uk/news/world-1.html" → the host; NULL
 * for names that are no site's ("notes.txt", "article 3.html"). */
char *_dossier_outlet_host_from_file_name (const char *path);

G_END_DECLS
