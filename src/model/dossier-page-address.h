/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Where a page was: its address as a browser hands it over with a
 * selection copied or dragged from it, and as a researcher types it.
 * Reading the clipboard is the window's business; what its bytes say is
 * here, so that it can be tested without a display. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The clipboard (and drag) formats that name the page a selection was
 * copied from, the most telling first; NULL-terminated.  Formats that
 * carry a link (text/x-moz-url, text/uri-list, _NETSCAPE_URL) are not
 * among them: there the address is the link's, not the page's. */
const char * const *dossier_page_address_formats      (void);

/* The address @len bytes of @data (offered as @mime_type) hold: the first
 * line that is neither empty nor a comment, in UTF-8 or UTF-16 of either
 * byte order (with or without a byte order mark), when it is an http or
 * https URL with a host; NULL otherwise.  Newly allocated. */
char               *dossier_page_address_from_data    (const char   *mime_type,
                                                       const guint8 *data,
                                                       gsize         len);

/* What a researcher typed as an article's address, as it is kept: an
 * http or https URL, trimmed; a bare host ("bbc.co.uk") as it is; a host
 * with a path and no scheme made an https URL.  NULL for anything else
 * (no host, another scheme, spaces inside). */
char               *dossier_page_address_parse_typed  (const char   *text);

/* What opens @address in a browser: the URL itself, or https:// and the
 * bare host.  NULL when @address is neither. */
char               *dossier_page_address_to_uri       (const char   *address);

G_END_DECLS
