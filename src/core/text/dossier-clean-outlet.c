/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The outlet, and the wire prefix or place dateline that opens the body
 * ("(MENAFN) …", "KYIV (Reuters) - …", "LUXEMBOURG — …").  Candidates for
 * the outlet get votes: the agency of a wire prefix, a logo's doubled
 * text, the owner in a copyright line, a "Source:" line under the article
 * and a breadcrumb's first part. */

#include "config.h"

#include "dossier-clean-outlet.h"

#include <string.h>

#include "dossier-clean-lines.h"
#include "dossier-clean-names.h"
#include "dossier-date-expression.h"
#include "dossier-debug.h"

/* The dashes between a place dateline and the story: "LUXEMBOURG — …". */
static const char * const place_dashes[] = { " — ", " – ", " -- " };

/* Companies' legal forms, which are no part of an outlet's name. */
static const char * const company_forms[] = {
  " Inc.", " Inc", " LLC", " Ltd.", " Ltd", " Limited", " plc", " PLC", " GmbH",
  " AG", " SRL", " S.R.L.", " S.A.", " SA", " SAS", " B.V.", " BV", " N.V.", " Pty",
  " Corp.", " Corporation", " Co.",
};

/* What stands before the agency in a wire story's first line: the place in
 * capitals ("KYIV"), and perhaps the day ("AMSTERDAM, March 4"). */
static gboolean
is_wire_dateline (const char *start,
                  const char *end)
{
  const char *comma = NULL;

  for (const char *q = start; q < end; q++)
    {
      if (*q == ',' && comma == NULL)
        comma = q;
      else if (g_ascii_islower (*q) && comma == NULL)
        return FALSE;
    }
  if (comma != NULL)
    {
      g_autofree char *day = _dossier_clean_trim_copy (comma + 1, end);
      g_autoptr(GArray) found = NULL;
      DossierDateExpression *expression;

      if (day[0] == '\0')
        return TRUE;
      found = dossier_date_expressions_find (day, -1, NULL);
      if (found->len != 1)
        return FALSE;
      expression = &g_array_index (found, DossierDateExpression, 0);
      return expression->start == 0 && expression->end == strlen (day);
    }
  return TRUE;
}

/* Sites prefix wire copy with the agency: "(MENAFN) The prospect …",
 * "KYIV (Reuters) - …". */
void
_dossier_clean_strip_wire_prefix (Cleaner *cleaner,
                                  Unit    *unit)
{
  const char *p = unit->text;
  const char *open, *close;
  g_autofree char *name = NULL;
  const char *rest;

  open = strchr (p, '(');
  if (open == NULL || open - p > 40)
    return;
  if (!is_wire_dateline (p, open))
    return;
  close = strchr (open, ')');
  if (close == NULL || close - open > 40 || close - open < 3)
    return;
  name = g_strndup (open + 1, close - open - 1);
  for (const char *q = name; *q; q++)
    if (!g_ascii_isalpha (*q) && *q != ' ' && *q != '.' && *q != '-' && *q != '&')
      return;
  if (!g_ascii_isupper (name[0]))
    return;

  rest = close + 1;
  while (*rest == ' ')
    rest++;
  if (g_str_has_prefix (rest, "-") || g_str_has_prefix (rest, "–") || g_str_has_prefix (rest, "—"))
    {
      rest = g_utf8_next_char (rest);
      while (*rest == ' ')
        rest++;
    }
  if (!g_unichar_isupper (g_utf8_get_char (rest)) &&
      !_dossier_clean_is_opening_quote (g_utf8_get_char (rest)))
    return;

  {
    g_autofree char *prefix = g_strndup (unit->text, rest - unit->text);
    g_strstrip (prefix);
    DOSSIER_DEBUG ("clean: wire prefix \"%s\" on line %u", prefix, unit->first_line);
    dossier_document_add_removed (cleaner->document, unit->first_line, unit->first_line,
                                  DOSSIER_REMOVED_DATELINE, prefix);
  }
  cleaner->prefix_outlet = g_steal_pointer (&name);
  {
    char *stripped = g_strdup (rest);
    g_free (unit->text);
    unit->text = stripped;
    unit->len = strlen (stripped);
  }
}

/* A newspaper's dateline without an agency: "LUXEMBOURG — EU energy
 * ministers …", "KYIV, Ukraine – …". */
void
_dossier_clean_strip_place_dateline (Cleaner *cleaner,
                                     Unit    *unit)
{
  const char *dash = NULL;
  const char *rest;
  guint upper = 0;

  for (gsize i = 0; i < G_N_ELEMENTS (place_dashes) && dash == NULL; i++)
    dash = strstr (unit->text, place_dashes[i]);
  if (dash == NULL || dash - unit->text > 40)
    return;
  /* The place in capitals; after a comma, its country or state may be
   * in ordinary case. */
  for (const char *q = unit->text; q < dash && *q != ','; q++)
    {
      if (g_ascii_islower (*q) || g_ascii_isdigit (*q))
        return;
      upper += g_ascii_isupper (*q);
    }
  if (upper < 3)
    return;
  rest = dash;
  while (*rest == ' ' || *rest == '-')
    rest++;
  if (g_str_has_prefix (rest, "—") || g_str_has_prefix (rest, "–"))
    rest = g_utf8_next_char (rest);
  while (*rest == ' ')
    rest++;
  if (!g_unichar_isupper (g_utf8_get_char (rest)) &&
      !_dossier_clean_is_opening_quote (g_utf8_get_char (rest)))
    return;

  {
    g_autofree char *prefix = _dossier_clean_trim_copy (unit->text, dash);
    char *stripped = g_strdup (rest);
    DOSSIER_DEBUG ("clean: place dateline \"%s\" on line %u", prefix, unit->first_line);
    dossier_document_add_removed (cleaner->document, unit->first_line, unit->first_line,
                                  DOSSIER_REMOVED_DATELINE, prefix);
    g_free (unit->text);
    unit->text = stripped;
    unit->len = strlen (stripped);
  }
}

/* "POLITICO SRL", "Guardian News & Media Ltd": the publisher's legal form
 * is no part of the outlet's name. */
static void
drop_company_form (char *name)
{
  gboolean dropped = TRUE;

  while (dropped)
    {
      gsize n = strlen (name);
      dropped = FALSE;
      while (n > 0 && (name[n - 1] == ',' || name[n - 1] == ' '))
        name[--n] = '\0';
      for (gsize i = 0; i < G_N_ELEMENTS (company_forms); i++)
        if (n > strlen (company_forms[i]) && g_str_has_suffix (name, company_forms[i]))
          {
            name[n - strlen (company_forms[i])] = '\0';
            dropped = TRUE;
            break;
          }
    }
}

static char *
outlet_from_copyright (const char *text)
{
  const char *p = text;
  g_autofree char *name = NULL;
  char *cut;

  if (g_str_has_prefix (p, "©"))
    p += strlen ("©");
  else if (g_ascii_strncasecmp (p, "copyright", 9) == 0)
    p += 9;
  else
    return NULL;
  while (*p == ' ' || *p == ':' || *p == '(' || *p == 'c' || *p == ')')
    {
      if (*p == 'c' && p[1] != ')' && p[1] != ' ')
        break;
      p++;
    }
  while (g_ascii_isdigit (*p) || *p == ' ' || *p == '-' || *p == ',')
    p++;
  if (strchr (p, '/') != NULL)
    return NULL;
  name = g_strdup (p);
  if ((cut = strstr (name, ". All")) != NULL || (cut = strstr (name, ", All")) != NULL ||
      (cut = strstr (name, " All rights")) != NULL || (cut = strstr (name, " all rights")) != NULL)
    *cut = '\0';
  g_strstrip (name);
  {
    gsize n = strlen (name);
    while (n > 0 && (name[n - 1] == '.' || name[n - 1] == ','))
      name[--n] = '\0';
  }
  drop_company_form (name);
  if (strlen (name) < 2 || strlen (name) > 60 || !_dossier_clean_looks_like_person_name (name))
    return NULL;
  return g_steal_pointer (&name);
}

/* "Al Jazeera", "FRANCE 24", "Channel 4 News": capitalised words and
 * numbers. */
static gboolean
looks_like_outlet_name (const char *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  guint n = g_strv_length (words);

  if (n < 1 || n > 5)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      gunichar c = g_utf8_get_char (words[i]);
      if (!g_unichar_isupper (c) && !g_unichar_isdigit (c))
        return FALSE;
      if (strpbrk (words[i], ":/>@") != NULL)
        return FALSE;
    }
  return TRUE;
}

/* The line under the article that says whose it is: "Source: Al Jazeera
 * and news agencies", "(FRANCE 24 with AFP)". */
static char *
outlet_from_source_line (const char *text)
{
  g_autofree char *name = NULL;
  char *cut;

  if (strlen (text) > 80)
    return NULL;
  if (g_str_has_prefix (text, "Source: "))
    name = g_strdup (text + strlen ("Source: "));
  else if (text[0] == '(' && g_str_has_suffix (text, ")") && strstr (text, " with ") != NULL)
    name = g_strndup (text + 1, strlen (text) - 2);
  else
    return NULL;
  if ((cut = strstr (name, " and ")) != NULL || (cut = strstr (name, " with ")) != NULL ||
      (cut = strchr (name, ',')) != NULL)
    *cut = '\0';
  g_strstrip (name);
  if (strlen (name) < 2 || !looks_like_outlet_name (name))
    return NULL;
  return g_steal_pointer (&name);
}

/* Adds @weight votes for @name, which @source gave. */
static void
vote (GHashTable *votes,
      const char *name,
      guint       weight,
      const char *source)
{
  DOSSIER_DEBUG ("clean: %u outlet votes for %s, from %s", weight, name, source);
  g_hash_table_replace (votes, g_strdup (name),
                        GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (votes, name)) + weight));
}

void
_dossier_clean_find_outlet (Cleaner *cleaner)
{
  g_autoptr(GHashTable) votes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer key, value;
  const char *best = NULL;
  guint best_votes = 0;

  if (cleaner->prefix_outlet != NULL)
    vote (votes, cleaner->prefix_outlet, 3, "the wire prefix");

  for (guint i = 0; i < cleaner->units->len; i++)
    {
      Unit *unit = &g_array_index (cleaner->units, Unit, i);
      g_autofree char *doubled = NULL;
      g_autofree char *owner = NULL;

      if (unit->role == ROLE_CAPTION || (i >= cleaner->body_start && i < cleaner->body_end))
        continue;
      if ((doubled = _dossier_clean_doubled_name (unit->text, unit->len)) != NULL)
        vote (votes, doubled, 2, "a logo's doubled name");
      else if ((owner = outlet_from_copyright (unit->text)) != NULL)
        vote (votes, owner, 2, "a copyright line");
      else if (i >= cleaner->body_end && (owner = outlet_from_source_line (unit->text)) != NULL)
        vote (votes, owner, 2, "a source line under the article");
      else if (strstr (unit->text, " > ") != NULL)
        {
          g_autofree char *first = g_strndup (unit->text, strstr (unit->text, " > ") - unit->text);
          if (_dossier_clean_looks_like_person_name (first))
            vote (votes, first, 1, "a breadcrumb");
        }
    }

  g_hash_table_iter_init (&iter, votes);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint count = GPOINTER_TO_UINT (value);
      if (count > best_votes || (count == best_votes && best && strcmp (key, best) < 0))
        {
          best = key;
          best_votes = count;
        }
    }
  if (best != NULL && best_votes >= 2)
    {
      cleaner->document->outlet = g_strdup (best);
      DOSSIER_DEBUG ("clean: outlet %s, with %u votes", best, best_votes);
    }
  else if (best != NULL)
    DOSSIER_DEBUG ("clean: no outlet: %s has only %u vote", best, best_votes);
}

