/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "config.h"

#include "dossier-palette.h"

#include <glib/gi18n-lib.h>

G_DEFINE_ENUM_TYPE (DossierColour, dossier_colour,
                    G_DEFINE_ENUM_VALUE (DOSSIER_COLOUR_YELLOW, "yellow"),
                    G_DEFINE_ENUM_VALUE (DOSSIER_COLOUR_GREEN, "green"),
                    G_DEFINE_ENUM_VALUE (DOSSIER_COLOUR_BLUE, "blue"),
                    G_DEFINE_ENUM_VALUE (DOSSIER_COLOUR_RED, "red"),
                    G_DEFINE_ENUM_VALUE (DOSSIER_COLOUR_PURPLE, "purple"))

/* GNOME's palette (the HIG's colour names). */
static const struct
{
  const char *name;
  DossierRgb rgb;
  double tint;
  double border;  /* the inspector's bar beside a name */
} marks[DOSSIER_N_MARKS] = {
  { "person", { 53 / 255., 132 / 255., 228 / 255. }, 0.22, 0.7 },
  { "organization", { 145 / 255., 65 / 255., 172 / 255. }, 0.22, 0.7 },
  { "place", { 46 / 255., 194 / 255., 126 / 255. }, 0.24, 0.8 },
  { "date", { 229 / 255., 165 / 255., 10 / 255. }, 0.28, 0.8 },
  { "quote", { 154 / 255., 153 / 255., 150 / 255. }, 0.20, 0.7 },
};

/* The researcher's colours stand apart from the analysis' marks: none is
 * within 28 degrees of hue of a mark (people 213, organisations 285,
 * places 152, dates 42), so a judgement of theirs never reads as a name
 * or a date the machine tagged, in light or dark.  The identifiers
 * ("yellow", …) are the slots' names in dossier files since the first
 * format; the colours and their names are these.  Light shades keep text
 * readable under them on paper and on screen; strong ones read on light
 * and dark views, and fill the highlights of the dark style. */
static const struct
{
  const char *name;
  DossierRgb light;
  DossierRgb strong;
} annotation_colours[DOSSIER_N_COLOURS] = {
  [DOSSIER_COLOUR_YELLOW] = { NC_("annotation colour", "Lime"), { 0xcc / 255., 0xf0 / 255., 0x5e / 255. }, { 0x80 / 255., 0xbc / 255., 0x14 / 255. } },
  [DOSSIER_COLOUR_GREEN] = { NC_("annotation colour", "Cyan"), { 0x80 / 255., 0xe6 / 255., 0xee / 255. }, { 0x10 / 255., 0xa3 / 255., 0xad / 255. } },
  [DOSSIER_COLOUR_BLUE] = { NC_("annotation colour", "Indigo"), { 0xc4 / 255., 0xbb / 255., 0xff / 255. }, { 0x6b / 255., 0x55 / 255., 0xe0 / 255. } },
  [DOSSIER_COLOUR_RED] = { NC_("annotation colour", "Red"), { 0xff / 255., 0x9e / 255., 0x95 / 255. }, { 0xe0 / 255., 0x1b / 255., 0x24 / 255. } },
  [DOSSIER_COLOUR_PURPLE] = { NC_("annotation colour", "Pink"), { 0xff / 255., 0xad / 255., 0xdc / 255. }, { 0xe0 / 255., 0x3e / 255., 0x9c / 255. } },
};

/* The enum class lives as long as the program once referenced, so its
 * nicks can be handed out. */
static GEnumClass *
colour_class (void)
{
  static GEnumClass *klass;

  if (g_once_init_enter (&klass))
    g_once_init_leave (&klass, g_type_class_ref (DOSSIER_TYPE_COLOUR));
  return klass;
}

const char *
dossier_colour_to_string (DossierColour colour)
{
  GEnumValue *value;

  g_return_val_if_fail (colour < DOSSIER_N_COLOURS, "yellow");
  value = g_enum_get_value (colour_class (), colour);
  return value->value_nick;
}

DossierColour
dossier_colour_from_string (const char *name)
{
  GEnumClass *klass = colour_class ();

  /* Case does not matter: files written by hand say "Red". */
  for (guint i = 0; name != NULL && i < klass->n_values; i++)
    if (g_ascii_strcasecmp (name, klass->values[i].value_nick) == 0)
      return klass->values[i].value;
  return DOSSIER_COLOUR_YELLOW;
}

DossierMark
dossier_mark_for_entity_type (DossierEntityType type)
{
  switch (type)
    {
    case DOSSIER_ENTITY_ORGANIZATION:
      return DOSSIER_MARK_ORGANIZATION;
    case DOSSIER_ENTITY_PLACE:
      return DOSSIER_MARK_PLACE;
    case DOSSIER_ENTITY_PERSON:
    default:
      return DOSSIER_MARK_PERSON;
    }
}

const char *
dossier_mark_to_string (DossierMark mark)
{
  g_return_val_if_fail (mark < DOSSIER_N_MARKS, NULL);
  return marks[mark].name;
}

const DossierRgb *
dossier_palette_get_mark (DossierMark mark)
{
  g_return_val_if_fail (mark < DOSSIER_N_MARKS, NULL);
  return &marks[mark].rgb;
}

double
dossier_palette_get_mark_tint (DossierMark mark)
{
  g_return_val_if_fail (mark < DOSSIER_N_MARKS, 0);
  return marks[mark].tint;
}

const DossierRgb *
dossier_palette_get_annotation (DossierColour colour)
{
  g_return_val_if_fail (colour < DOSSIER_N_COLOURS, NULL);
  return &annotation_colours[colour].light;
}

const DossierRgb *
dossier_palette_get_annotation_strong (DossierColour colour)
{
  g_return_val_if_fail (colour < DOSSIER_N_COLOURS, NULL);
  return &annotation_colours[colour].strong;
}

const char *
dossier_colour_get_name (DossierColour colour)
{
  g_return_val_if_fail (colour < DOSSIER_N_COLOURS, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "annotation colour", annotation_colours[colour].name);
}

void
dossier_palette_get_annotation_fill (DossierColour  colour,
                                     gboolean       dark,
                                     DossierRgb    *rgb,
                                     double        *alpha)
{
  g_return_if_fail (colour < DOSSIER_N_COLOURS);

  /* On a light page the light shade, nearly whole; on a dark one the
   * strong colour, half through, so the light text stays readable. */
  *rgb = dark ? annotation_colours[colour].strong : annotation_colours[colour].light;
  *alpha = dark ? 0.42 : 0.75;
}

static void
append_rgba (GString          *css,
             const DossierRgb *rgb,
             double            alpha)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append_printf (css, "rgba(%d, %d, %d, %s)",
                          (int) (rgb->red * 255 + 0.5), (int) (rgb->green * 255 + 0.5), (int) (rgb->blue * 255 + 0.5),
                          g_ascii_formatd (number, sizeof number, "%.2f", alpha));
}

char *
dossier_palette_dup_css (void)
{
  GString *css = g_string_new ("/* Made by dossier_palette_dup_css (). */\n");

  for (DossierMark m = 0; m < DOSSIER_N_MARKS; m++)
    {
      /* A pressed toggle is a little stronger than the tint it stands for. */
      g_string_append_printf (css, ".highlight-toggle.%s:checked { background-color: ", marks[m].name);
      append_rgba (css, &marks[m].rgb, marks[m].tint + 0.08);
      g_string_append (css, "; }\n");
      g_string_append_printf (css, "inspector label.%s { border-left: 4px solid ", marks[m].name);
      append_rgba (css, &marks[m].rgb, marks[m].border);
      g_string_append (css, "; padding-left: 6px; }\n");
    }
  for (DossierColour c = 0; c < DOSSIER_N_COLOURS; c++)
    {
      const char *name = dossier_colour_to_string (c);

      g_string_append_printf (css, "annotationlist .%s { background-color: ", name);
      append_rgba (css, &annotation_colours[c].strong, 1);
      g_string_append (css, "; }\n");
      g_string_append_printf (css, ".annotation-popover .annotation-colour.%s, .colour-swatch.%s { background: ", name, name);
      append_rgba (css, &annotation_colours[c].light, 1);
      g_string_append (css, "; }\n");
    }
  return g_string_free (css, FALSE);
}
