/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* What a page says of itself in its metadata: JSON-LD NewsArticle, Open
 * Graph and Twitter meta, <meta> dates, its first <time> and its <title>
 * (dossier-html-metadata.c). */

#pragma once

#include "dossier-date.h"
#include "dossier-html-page.h"

G_BEGIN_DECLS

/* What the page says of itself. */
typedef struct
{
  char *title;
  char *outlet;
  const char *outlet_from; /* static: which element named the outlet */
  char *address;           /* <link rel="canonical">, og:url or the JSON-LD url */
  char *author;
  DossierDate published;
  char *published_evidence;
  char *body;            /* JSON-LD articleBody: the whole text where the page shows a part */
  char *page_title;      /* <title>, often with the site's name: the last resort */
  char *description;     /* og:description or description: the text of a page that shows none without scripts */
} Metadata;

void _dossier_html_metadata_clear (Metadata  *metadata);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Metadata, _dossier_html_metadata_clear)

/* Fills @metadata from the metadata elements of @index. */
void _dossier_html_read_metadata  (PageIndex *index,
                                   Metadata  *metadata);

G_END_DECLS
