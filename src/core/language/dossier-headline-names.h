/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The names a headline or a photo's caption gives: the dossier's entities
 * found again there (see dossier-headline-names.c). */

#pragma once

#include <glib.h>

#include "dossier-document.h"

G_BEGIN_DECLS

#define DOSSIER_HEADLINE_TITLE (-1)

typedef struct
{
  int where;    /* DOSSIER_HEADLINE_TITLE, or the index of the document's caption */
  gsize start;  /* bytes within that text */
  gsize end;
  int entity;   /* index into the analysis' entities */
} DossierHeadlineMention;

typedef struct
{
  int where;          /* DOSSIER_HEADLINE_TITLE, or the index of the document's caption */
  gsize start;        /* bytes within that text */
  gsize end;
  DossierDate value;  /* resolved against the document's publication date; unset when it cannot be */
  const char *rule;   /* static */
  gboolean relative;
  guint line;         /* the text's first line in the input, 0 when unknown */
} DossierHeadlineDate;

/* Fills @found (emptied first) with one GArray of DossierHeadlineDate per
 * document of @documents: the dates its title and captions give ("Black
 * Death fears in 2019", "… on Aug. 15, 2018"), read from the day it was
 * published, as its text's are. */
void dossier_headline_dates_find (GPtrArray *documents,
                                  GPtrArray *found);

/* Fills @found (emptied first) with one GArray of DossierHeadlineMention
 * per document of @documents, in text order: where its title or one of its
 * captions names an entity of @entities (of DossierEntityRecord*) by one of
 * its names.  A headline's words are all capitalised, so nothing new is
 * recognised there; a name of one word that is a person's counts only in
 * an article whose text names that person too. */
void dossier_headline_names_find (GPtrArray *documents,
                                  GPtrArray *entities,
                                  GPtrArray *found);

G_END_DECLS
