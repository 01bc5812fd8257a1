/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The news outlets of the world that Dossier knows by name and by site:
 * data/outlets/outlets.tsv, compiled in at build time.  A page's address
 * names its outlet through its domain ("news.bbc.co.uk" is the BBC's), and
 * a name a page shows ("Deutsche Welle", "the guardian") is recognised as
 * an outlet's.  Also the small arithmetic of addresses this needs: the
 * host of an address, and the name a reader gives a site the list does
 * not know. */

#pragma once

#include <glib.h>

#include "dossier-date.h"

G_BEGIN_DECLS

typedef enum
{
  DOSSIER_OUTLET_NEWSPAPER,
  DOSSIER_OUTLET_BROADCASTER,
  DOSSIER_OUTLET_AGENCY,       /* a news agency or wire: AP, Reuters, AFP, Xinhua */
  DOSSIER_OUTLET_ONLINE,
  DOSSIER_OUTLET_MAGAZINE,
} DossierOutletKind;

typedef struct
{
  const char *name;     /* as the outlet writes itself: "The Guardian", "DW", "AFP" */
  const char *country;  /* ISO 3166-1 alpha-2 */
  DossierOutletKind kind;
} DossierOutlet;

/* The outlet whose site @host is on: the longest of the list's domains
 * that @host is or ends with ("www.bbc.co.uk", "news.bbc.co.uk" → BBC).
 * @host is lower or upper case, with or without a port; NULL when no
 * outlet's. */
const DossierOutlet *dossier_outlet_find_by_host   (const char *host);
/* The same, and the name that site gives the outlet in @site_name: one of
 * its other names where the domain spells it ("TimesLIVE" for
 * timeslive.co.za, a site of the Sunday Times), else its name. */
const DossierOutlet *dossier_outlet_find_site      (const char  *host,
                                                    const char **site_name);

/* The outlet named @len bytes at @name (its name or one of its other
 * names; case, punctuation and a leading "The" aside), or NULL.  When
 * several outlets share the name, NULL, and @shared (if given) is set. */
const DossierOutlet *dossier_outlet_find_by_name   (const char *name,
                                                    gssize      len,
                                                    gboolean   *shared);

/* The normal form names are compared in: lower case, what is neither a
 * letter nor a digit a space, spaces collapsed, a leading "the" dropped.
 * tools/gen-outlets.py computes the same. */
char                *dossier_outlet_name_key       (const char *name,
                                                    gssize      len);

/* The host of @len bytes at @text when they are an address: a URL
 * ("https://www.dw.com/en/…" → "www.dw.com", lower case, without port or
 * user), "www.…" without a scheme, or a bare host name whose last label is
 * a top-level domain ("bbc.co.uk"); otherwise NULL. */
char                *dossier_address_get_host      (const char *text,
                                                    gssize      len);

/* The day the path of @address says its page is of, as sites write it:
 * "/2024/10/15/", "/20241015/", "-2024-10-15-", "19-Oct-2024",
 * "oct-19-2024" (years 1990 to 2100).  FALSE when it names no such day,
 * or two different ones. */
gboolean             dossier_address_find_date     (const char  *address,
                                                    DossierDate *date);

/* Whether @host is a site that carries links, posts or files of others
 * rather than pages of its own (social networks, link shorteners, video
 * and app stores, archives, encyclopaedias). */
gboolean             dossier_host_is_platform      (const char *host);

/* The name a reader gives a site the list does not know: its registrable
 * domain, as it is ("www.example-news.com" → "example-news.com",
 * "edition.example.co.uk" → "example.co.uk"); on a site that hosts the
 * sites of others, the whole host ("someone.blogspot.com"). */
char                *dossier_host_display_name     (const char *host);

const char          *dossier_outlet_kind_to_string (DossierOutletKind kind);

G_END_DECLS
