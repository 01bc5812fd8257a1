/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Every colour Dossier gives meaning to, in one place: the tints of the
 * analysis' marks (people, organisations, places, dates, quotes) and the
 * researcher's annotation colours.  The reader's text tags, the window's
 * style sheet (dossier_palette_dup_css ()) and the PDF all take them from
 * here, so a person is the same blue on screen and on paper. */

#pragma once

#include <glib-object.h>

#include "dossier-document.h"

G_BEGIN_DECLS

/* The researcher's annotation colours; their meanings ("Claim") are the
 * researcher's, see dossier-annotation.h. */
typedef enum
{
  DOSSIER_COLOUR_YELLOW,
  DOSSIER_COLOUR_GREEN,
  DOSSIER_COLOUR_BLUE,
  DOSSIER_COLOUR_RED,
  DOSSIER_COLOUR_PURPLE,
  DOSSIER_N_COLOURS
} DossierColour;

/* A GEnum whose nicks are the names below, for properties. */
#define DOSSIER_TYPE_COLOUR (dossier_colour_get_type ())
GType             dossier_colour_get_type              (void) G_GNUC_CONST;

/* "yellow", … as dossier files, CSV and CSS classes name them: the
 * nicks of DOSSIER_TYPE_COLOUR. */
const char       *dossier_colour_to_string             (DossierColour     colour);
/* Yellow for a name it does not know. */
DossierColour     dossier_colour_from_string           (const char       *name);

typedef struct
{
  double red;    /* 0…1 */
  double green;
  double blue;
} DossierRgb;

/* What the analysis marks in a text, in the reader's order. */
typedef enum
{
  DOSSIER_MARK_PERSON,
  DOSSIER_MARK_ORGANIZATION,
  DOSSIER_MARK_PLACE,
  DOSSIER_MARK_DATE,
  DOSSIER_MARK_QUOTE,
  DOSSIER_N_MARKS
} DossierMark;

DossierMark       dossier_mark_for_entity_type         (DossierEntityType type);
/* The class name of a mark ("person", "organization", "place", "date",
 * "quote"), as the style sheet and the reader's tags use it. */
const char       *dossier_mark_to_string               (DossierMark       mark);

/* A mark's colour, full strength. */
const DossierRgb *dossier_palette_get_mark             (DossierMark       mark);
/* How opaque its tint is behind text: translucent, so it reads on light
 * and dark backgrounds alike. */
double            dossier_palette_get_mark_tint        (DossierMark       mark);

/* An annotation colour: the light shade drawn behind text, and the strong
 * one for bars and dots that must read on light and dark views. */
const DossierRgb *dossier_palette_get_annotation       (DossierColour     colour);
const DossierRgb *dossier_palette_get_annotation_strong (DossierColour    colour);
/* What a highlight is filled with behind text, on a light or a @dark
 * view: a colour and how opaque it is. */
void              dossier_palette_get_annotation_fill  (DossierColour     colour,
                                                        gboolean          dark,
                                                        DossierRgb       *rgb,
                                                        double           *alpha);
/* The colour's name as people call it ("Lime", "Cyan", …), translated;
 * its meaning is the researcher's (dossier_colour_get_default_label ()). */
const char       *dossier_colour_get_name              (DossierColour     colour);

/* CSS for the window: each mark's and each annotation colour's classes
 * (.highlight-toggle.person:checked, inspector label.place,
 * .colour-swatch.yellow, …). */
char             *dossier_palette_dup_css              (void);

G_END_DECLS
