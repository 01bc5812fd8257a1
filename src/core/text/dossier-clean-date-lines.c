/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Date lines: whether a line dates the page, and how ("Published 17
 * October 2024", "Last updated: …", "4:12 PM EDT, October 22, 2024", a
 * dateline), with the years and times that a copy glues together taken
 * apart.  The head takes the publication date from them; the body leaves
 * them out of the text. */

#include "config.h"

#include "dossier-clean-date-lines.h"

#include <stdio.h>
#include <string.h>

#include "dossier-date-expression.h"
#include "dossier-outlets.h"
#include "dossier-word-lists.h"

/* What a date line starts with (data/words/published-line-prefixes.txt,
 * updated-line-prefixes.txt, and "Date:"), and the kind of date it gives. */
static const struct { const DossierWordList *prefixes; const char *kind; } date_line_kinds[] = {
  { &dossier_words_published_line_prefixes, "published" },
  { &dossier_words_updated_line_prefixes, "updated" },
};

/* Whether @word may stand around a date with its time of day: "am", "pm",
 * "at", "on" (data/words/time-of-day-words.txt) and time zones; "a.m."
 * is read as "a m". */
static gboolean
is_time_word (const char *word)
{
  const DossierWordList *list = &dossier_words_time_of_day_words;

  if (dossier_word_list_contains_any_case (&dossier_words_time_zones, word, strlen (word)))
    return TRUE;
  for (guint k = 0; k < list->n_words; k++)
    {
      const char *entry = list->words[k];
      if (strcmp (word, entry) == 0 ||
          (strlen (entry) == 3 && entry[1] == '.' && word[0] == entry[0] && word[1] == ' '))
        return TRUE;
    }
  return FALSE;
}

/* "4:12 PM EDT, October 22, 2024": the time of day before the date.  Only
 * the time, its zone and connecting words may surround the one date. */
static gboolean
parse_time_then_date (const char  *text,
                      GArray      *found,
                      DossierDate *date)
{
  DossierDateExpression *expression;
  g_autofree char *rest = NULL;
  g_autofree char *before = NULL;
  g_auto(GStrv) words = NULL;
  int hour = -1, minute = 0;
  gboolean afternoon = FALSE;

  if (found->len != 1)
    return FALSE;
  expression = &g_array_index (found, DossierDateExpression, 0);
  if (expression->relative || expression->value.precision < DOSSIER_PRECISION_DAY)
    return FALSE;

  before = g_strndup (text, expression->start);
  rest = g_strconcat (before, " ", text + expression->end, NULL);
  words = g_strsplit_set (rest, " ,", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *word = _dossier_ascii_strdown (words[i], -1);
      int h, m;

      g_strdelimit (word, ".", ' ');
      g_strstrip (word);
      /* "11:15 EDT / November 11 2022": a slash or a dash between them. */
      if (word[0] == '\0' || (word[1] == '\0' && strchr ("/|-", word[0]) != NULL))
        continue;
      if (sscanf (word, "%d:%d", &h, &m) == 2 && h >= 0 && h < 24 && m >= 0 && m < 60)
        {
          hour = h;
          minute = m;
          continue;
        }
      if (!is_time_word (word))
        return FALSE;
      if (word[0] == 'p')
        afternoon = TRUE;
    }

  *date = expression->value;
  if (hour >= 0)
    {
      if (afternoon && hour < 12)
        hour += 12;
      date->hour = hour;
      date->minute = minute;
      date->precision = DOSSIER_PRECISION_MINUTE;
    }
  return TRUE;
}

/* A copy of a date line with a space between a year and the time glued
 * to it ("20253:41" → "2025 3:41"), and cut before a glued or trailing
 * "Updated" note, which is no part of the publication date. */
static char *
unglue_date_line (const char *text)
{
  GString *out = g_string_new (NULL);
  const char *update = strstr (text, "Updated");

  if (update != NULL && update == text)
    update = NULL;
  for (const char *p = text; *p && p != update; p++)
    {
      g_string_append_c (out, *p);
      if ((p == text || !g_ascii_isdigit (p[-1])) &&
          (g_str_has_prefix (p, "19") || g_str_has_prefix (p, "20")) &&
          g_ascii_isdigit (p[2]) && g_ascii_isdigit (p[3]) &&
          (g_ascii_isdigit (p[4]) || (p[4] == ',' && g_ascii_isdigit (p[5]))))
        {
          g_string_append_len (out, p + 1, 3);
          p += 3;
          /* "Apr 8, 2016,11:02 IST": a comma without its space. */
          if (p[1] == ',' && g_ascii_isdigit (p[2]))
            {
              g_string_append (out, ", ");
              p++;
              continue;
            }
          /* A time goes on after a space; anything else glued to the
           * year is a second copy of the date: "21 Nov 202421 Nov 2024". */
          if (p[2] == ':' || (g_ascii_isdigit (p[2]) && p[3] == ':'))
            g_string_append_c (out, ' ');
          else if (p[2] == ' ' || (g_ascii_isdigit (p[2]) && p[3] == ' '))
            break;
        }
    }
  while (out->len > 0 && strchr (" ,|;", out->str[out->len - 1]) != NULL)
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

/* Whether unglue_date_line () has anything to do: a year with a digit
 * glued to it (or a comma and a digit), or an "Updated" after the date.
 * One pass, no copy. */
static gboolean
is_glued_date_line (const char *text)
{
  for (const char *p = strpbrk (text, "12U"); p != NULL; p = strpbrk (p + 1, "12U"))
    {
      if (*p == 'U')
        {
          if (p > text && strncmp (p, "Updated", 7) == 0)
            return TRUE;
        }
      else if ((p == text || !g_ascii_isdigit (p[-1])) && (p[1] == '9' || p[1] == '0') &&
               g_ascii_isdigit (p[2]) && g_ascii_isdigit (p[3]) &&
               (g_ascii_isdigit (p[4]) || (p[4] == ',' && g_ascii_isdigit (p[5]))))
        return TRUE;
    }
  return FALSE;
}

/* A wire story's dateline: the place it was filed from, in capitals or
 * as names, and the day ("LONDON 1996-12-06", "AL-AIN, United Arab
 * Emirates 1996-12-06", "BRUSSELS, Oct 17", "PARIS/WASHINGTON, June 4,
 * 2022 (by Ann Lee)"): the place takes at most six words, each
 * capitalised, and nothing but a note in brackets follows the date. */
static gboolean
parse_place_dateline (const char  *text,
                      GArray      *found,
                      DossierDate *date)
{
  DossierDateExpression *expression;
  const char *end;
  guint words = 0;

  if (!g_unichar_isupper (g_utf8_get_char (text)) || strlen (text) > 80 || found->len != 1)
    return FALSE;
  expression = &g_array_index (found, DossierDateExpression, 0);
  if (expression->relative || expression->value.precision < DOSSIER_PRECISION_DAY || expression->start == 0)
    return FALSE;
  for (end = text + expression->end; *end == ' ' || *end == '.' || *end == ':' || *end == '-'; end++)
    ;
  /* A byline in brackets may close it: "PARIS, June 4, 2022 (by Ann Lee)". */
  if (*end == '(' && strchr (end, ')') == end + strlen (end) - 1)
    end += strlen (end);
  if (*end != '\0')
    return FALSE;
  for (const char *p = text; p < text + expression->start;)
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalpha (c))
        {
          /* A word of the place: capitalised, or a particle ("of", "de"). */
          const char *word = p;
          while (p < text + expression->start && (g_unichar_isalpha (g_utf8_get_char (p)) || *p == '-' ||
                                                  *p == '\'' || *p == '.'))
            p = g_utf8_next_char (p);
          if (!g_unichar_isupper (c) && p - word > 3)
            return FALSE;
          if (++words > 6)
            return FALSE;
        }
      else if (c == ',' || c == ' ' || c == '(' || c == ')' || c == '/')
        p = g_utf8_next_char (p);
      else
        return FALSE;
    }
  if (words == 0)
    return FALSE;
  /* The place starts in capitals, as agencies set it ("LONDON",
   * "AL-AIN, United Arab Emirates"); a name before a date ("News Room
   * October 17, 2024") is a byline's. */
  {
    guint capitals = 0;
    const char *p = text;

    for (; *p && !g_ascii_isspace (*p) && *p != ','; p++)
      {
        if (g_ascii_islower (*p))
          return FALSE;
        capitals += g_ascii_isupper (*p);
      }
    if (capitals < 2)
      return FALSE;
  }
  *date = expression->value;
  return TRUE;
}

/* Per byte, which prefixes of an update note
 * (data/words/updated-line-prefixes.txt) start with it: bit i for the
 * list's word i. */
static const guint64 *
update_prefix_starts (void)
{
  static guint64 *starts;

  if (g_once_init_enter (&starts))
    {
      guint64 *made = g_new0 (guint64, 256);

      g_assert (dossier_words_updated_line_prefixes.n_words <= 64);
      for (guint i = 0; i < dossier_words_updated_line_prefixes.n_words; i++)
        made[(guchar) dossier_words_updated_line_prefixes.words[i][0]] |= G_GUINT64_CONSTANT (1) << i;
      g_once_init_leave (&starts, made);
    }
  return starts;
}

/* Where a second date or note starts after the first date of a line:
 * "17 October 2024, updated 18 October 2024", "November 18, 2023 |
 * Updated May 13, 2024", "12.03.2024 · 14:30", or the byline after it
 * ("21 November 2017 - 18:37 By Reuters") or the printed edition's page
 * ("Sun, Nov 24, 2013 - Page 7"); NULL when none does. */
static const char *
find_date_separator (const char *text)
{
  static const char * const separators[] = { " | ", " · ", " • ", " By ", " by ", " - Page ", " – Page ",
                                              " — Page ", ", Page " };
  const DossierWordList *prefixes = &dossier_words_updated_line_prefixes;
  const guint64 *starts = update_prefix_starts ();
  const char *first = NULL;
  guint64 seen = 0;

  for (gsize i = 0; i < G_N_ELEMENTS (separators); i++)
    {
      const char *at = strstr (text, separators[i]);
      if (at != NULL && at > text && (first == NULL || at < first))
        first = at;
    }
  /* An update note after the date, glued to it or not ("October 30,
   * 2024last updated October 31, 2024", ", updated 18 October"): where
   * each prefix first occurs in the line in small letters, if that is
   * four bytes in or more.  One pass over the line, compared in place,
   * where a search per prefix read a lower-case copy as many times. */
  for (const char *p = text; *p; p++)
    {
      /* The prefixes that start here and were not seen before. */
      guint64 candidates = starts[(guchar) _dossier_ascii_lower (*p)] & ~seen;

      for (; candidates != 0; candidates &= candidates - 1)
        {
          guint i = __builtin_ctzll (candidates);
          const char *prefix = prefixes->words[i];
          gsize k;

          for (k = 1; prefix[k] != '\0' && _dossier_ascii_lower (p[k]) == prefix[k]; k++)
            ;
          if (prefix[k] != '\0')
            continue;
          seen |= G_GUINT64_CONSTANT (1) << i;
          if (p - text >= 4)
            {
              const char *cut = p;

              while (cut > text && strchr (" ,|;-", cut[-1]) != NULL)
                cut--;
              if (first == NULL || cut < first)
                first = cut;
            }
        }
    }
  return first;
}

/* The date of @text, what follows a date line's prefix: the first date
 * where there are two, with the year and time a copy glued together taken
 * apart; and, for a @whole_line, a place before the date (@kind "place"). */
static gboolean
parse_date_text (const char  *text,
                 gboolean     whole_line,
                 DossierDate *date,
                 const char **kind)
{
  const char *separator = find_date_separator (text);

  if (separator != NULL)
    {
      g_autofree char *first = g_strndup (text, separator - text);
      return parse_date_text (first, FALSE, date, kind);
    }
  /* "March 4, 20253:41 PM GMT+1Updated 5 hours ago": copying a page
   * glues the year to the time and the time to the update note. */
  if (is_glued_date_line (text))
    {
      g_autofree char *unglued = unglue_date_line (text);
      if (strcmp (unglued, text) != 0)
        return parse_date_text (unglued, FALSE, date, kind);
    }
  if (dossier_date_parse_dateline (text, -1, date))
    return TRUE;
  {
    g_autoptr(GArray) found = dossier_date_expressions_find (text, -1, NULL);

    if (parse_time_then_date (text, found, date))
      return TRUE;
    if (whole_line && parse_place_dateline (text, found, date))
      {
        *kind = "place";
        return TRUE;
      }
    return FALSE;
  }
}

/* A stamp of fields between bars, each a label with its value or the
 * date and time ("Source: Xinhua| 2019-01-30 13:25:17|Editor: Lu Hui"):
 * the date it gives is the page's. */
static gboolean
parse_stamp (const char  *text,
             DossierDate *date)
{
  g_auto(GStrv) fields = NULL;
  gboolean dated = FALSE;

  if (strchr (text, '|') == NULL)
    return FALSE;
  fields = g_strsplit (text, "|", 8);
  for (guint i = 0; fields[i] != NULL; i++)
    {
      const char *field = g_strstrip (fields[i]);
      const char *colon = strchr (field, ':');
      const char *kind;
      guint words = 1;

      if (field[0] == '\0')
        continue;
      if (!dated && parse_date_text (field, FALSE, date, &kind) && date->precision >= DOSSIER_PRECISION_DAY)
        {
          dated = TRUE;
          continue;
        }
      /* "January 19, 2013|Reuters": the outlet or agency it is from. */
      if (colon == NULL && dated && dossier_outlet_find_by_name (field, strlen (field), NULL) != NULL)
        continue;
      /* "Editor: Lu Hui": a label of a word or two, capitalised. */
      if (colon == NULL || colon == field || !g_ascii_isupper (field[0]))
        return FALSE;
      for (const char *p = field; p < colon; p++)
        if (*p == ' ')
          words++;
        else if (!g_ascii_isalpha (*p))
          return FALSE;
      if (words > 2)
        return FALSE;
    }
  return dated;
}

static gboolean
parse_date_line (const char  *text,
                 DossierDate *date,
                 const char **kind)
{
  const char *rest = text;

  char first = g_ascii_tolower (text[0]);

  *kind = "dateline";
  for (gsize k = 0; k < G_N_ELEMENTS (date_line_kinds) && first != '\0' && rest == text; k++)
    for (guint i = 0; i < date_line_kinds[k].prefixes->n_words; i++)
      {
        const char *prefix = date_line_kinds[k].prefixes->words[i];

        /* Compared in place, and first by the first byte: lower-casing
         * the whole line costs more, and most lines start with none. */
        if (prefix[0] == first && g_ascii_strncasecmp (text, prefix, strlen (prefix)) == 0)
          {
            rest = text + strlen (prefix);
            *kind = date_line_kinds[k].kind;
            break;
          }
      }
  if (rest == text && first == 'd' && g_ascii_strncasecmp (text, "date:", 5) == 0)
    rest = text + 5;
  while (*rest == ' ' || *rest == ':')
    rest++;
  if (parse_date_text (rest, rest == text, date, kind))
    return TRUE;
  if (rest == text && parse_stamp (text, date))
    {
      *kind = "published";
      return TRUE;
    }
  return FALSE;
}

/* The title search asks each line near a candidate headline whether it is
 * a date line, and the byline search asks again: each line is parsed once. */
gboolean
_dossier_clean_unit_date_line (Unit         *unit,
                               DossierDate  *date,
                               const char  **kind)
{
  /* Every date a date line gives has a figure: a line without one, as
   * most are, is none. */
  if (unit->date_line_state == 0 && strpbrk (unit->text, "0123456789") == NULL)
    {
      unit->date_line_state = 1;
      unit->date_line_date = (DossierDate) DOSSIER_DATE_INIT;
      unit->date_line_kind = "dateline";
    }
  if (unit->date_line_state == 0)
    {
      unit->date_line_date = (DossierDate) DOSSIER_DATE_INIT;
      unit->date_line_state = parse_date_line (unit->text, &unit->date_line_date, &unit->date_line_kind) ? 2 : 1;
    }
  *date = unit->date_line_date;
  *kind = unit->date_line_kind;
  return unit->date_line_state == 2;
}

gboolean
_dossier_clean_unit_is_update_line (Unit        *unit,
                                    DossierDate *updated)
{
  const char *kind;
  gboolean read;

  *updated = (DossierDate) DOSSIER_DATE_INIT;
  if (unit->len > 120 || unit->words > 16)
    return FALSE;
  read = _dossier_clean_unit_date_line (unit, updated, &kind);
  if (!read)
    *updated = (DossierDate) DOSSIER_DATE_INIT;
  return g_strcmp0 (kind, "updated") == 0 && strpbrk (unit->text, "0123456789") != NULL;
}

gboolean
_dossier_clean_unit_dates_the_page (Unit        *unit,
                                    Unit        *next,
                                    DossierDate *date)
{
  const char *kind;
  DossierDate updated;

  if (unit->len > 80 || !_dossier_clean_unit_date_line (unit, date, &kind) || g_strcmp0 (kind, "dateline") != 0 ||
      date->precision < DOSSIER_PRECISION_DAY || next == NULL || !_dossier_clean_unit_is_update_line (next, &updated))
    return FALSE;
  return !dossier_date_is_set (&updated) || dossier_date_compare (date, &updated) <= 0;
}

/* "NAIROBI - 20 November 2017: Kenya's Supreme Court …": the place, its
 * dash, then the day filed, closed by a colon.  Read as "NAIROBI, 20
 * November 2017", by the rules of a dateline with the date before the
 * dash. */
static gboolean
dateline_after_dash (const char  *text,
                     const char  *dash,
                     DossierDate *date,
                     gsize       *length)
{
  const char *after = dash + 1;
  const char *colon;
  g_autofree char *head = NULL;
  g_autoptr(GArray) found = NULL;

  while (*after != ' ')
    after++;
  after++;
  colon = strchr (after, ':');
  if (colon == NULL || colon - after > 30 || !g_ascii_isdigit (colon[-1]))
    return FALSE;
  head = g_strdup_printf ("%.*s, %.*s", (int) (dash - text), text, (int) (colon - after), after);
  found = dossier_date_expressions_find (head, -1, NULL);
  *length = colon - text;
  return parse_place_dateline (head, found, date);
}

gboolean
_dossier_clean_opening_dateline (const char  *text,
                                 DossierDate *date,
                                 gsize       *length)
{
  static const char * const dashes[] = { " — ", " – ", " - " };
  const char *dash = NULL;
  g_autofree char *head = NULL;
  g_autoptr(GArray) found = NULL;

  for (gsize d = 0; d < G_N_ELEMENTS (dashes); d++)
    {
      const char *at = strstr (text, dashes[d]);

      if (at != NULL && at - text <= 100 && (dash == NULL || at < dash))
        dash = at;
    }
  if (dash == NULL || strpbrk (text, "0123456789") == NULL)
    return FALSE;
  if (strpbrk (text, "0123456789") > dash)
    return dateline_after_dash (text, dash, date, length);
  head = g_strndup (text, dash - text);
  found = dossier_date_expressions_find (head, -1, NULL);
  *length = dash - text;
  return parse_place_dateline (head, found, date);
}
