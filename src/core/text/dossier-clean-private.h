/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* What the parts of the cleaner share: the units a page is cut into and
 * the state of one cleaning.  dossier-clean.c runs the parts over it in
 * turn (lines, body, head, outlet).  Only the cleaner's files include this
 * header, so its names are short. */

#pragma once

#include <glib.h>

#include "dossier-clean-words.h"
#include "dossier-document.h"

G_BEGIN_DECLS

typedef enum
{
  QUALITY_SHORT,
  QUALITY_NEAR_GOOD,
  QUALITY_GOOD,
  QUALITY_BAD,
} Quality;

typedef enum
{
  ROLE_NONE,
  ROLE_BODY,
  ROLE_HEADING,
  ROLE_LIST_ITEM,
  ROLE_QUOTE,
  ROLE_TITLE,
  ROLE_BYLINE,
  ROLE_DATELINE,
  ROLE_CAPTION,
  ROLE_BOILERPLATE,
} Role;

typedef struct
{
  char *text;             /* trimmed, bullet removed; owned */
  gsize len;
  /* The buffer a hard-wrapped paragraph grows in (see grow_text ()): its
   * size, while it is still @text. */
  const char *grown_text;
  gsize text_size;
  guint first_line;
  guint last_line;
  guint words;
  guint function_words;   /* of the page's language */
  guint16 language_words[N_LANGUAGES];  /* the function words of each language */
  guint capitalised_words;
  gboolean bullet;
  gboolean terminal;      /* ends as a sentence does */
  gboolean ends_with_colon;
  gboolean tail_marker;   /* "Read more", "Latest News": what follows is not the article */
  gboolean credit;        /* a photo credit or copyright notice */
  gboolean row;           /* a row of a table or list among others: "1. Hellen Obiri, 2:22:37" */
  gboolean source_line;   /* "Source: Kansas City Board of Trade" */
  char *lower;            /* lowercase_sample () of text, from compute_features () until the comments are marked */
  char *compare_key;      /* normalise_for_compare () of text, while the page head is read */
  /* parse_date_line () of text, while the page head is read: 0 not yet
   * asked, 1 not a date line, 2 a date line of date_line_kind. */
  guint date_line_state;
  DossierDate date_line_date;
  const char *date_line_kind;
  Quality quality;
  const char *furniture;  /* why it is furniture, a static string for debug messages; or NULL */
  Role role;
  char *attribution;      /* a quote card's "Name Title" tail, stripped */
  char *glued_tail;       /* furniture stripped from the end ("Share") */
} Unit;

typedef struct
{
  GArray *units;          /* of Unit */
  const CleanWords *words;
  DossierDocument *document;
  guint body_start;       /* index of the first unit of the body run */
  guint body_end;         /* one past the last */
  DossierDate marker_date;
  char *marker_line;
  char *prefix_outlet;    /* "(MENAFN)" and wire datelines */
  Language language;      /* of the page's prose, where it is one the cleaner knows */
  gboolean foreign;       /* the prose is in another language: no function words to weigh */
  gboolean structured;    /* DossierCleanOptions.structured */
  const char *address;    /* DossierCleanOptions.address, file_name */
  const char *file_name;
  /* The whole text is kept: it has no furniture (bare: an article as it
   * stands), or no article was told apart from its furniture (uncleaned). */
  gboolean bare;
  gboolean uncleaned;
  gboolean wire;          /* a text kept whole under a headline and a place dateline */
} Cleaner;

G_END_DECLS
