/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* People's names as bylines give them: "By ZEKE MILLER and SEUNG MIN KIM"
 * is "Zeke Miller and Seung Min Kim", and a line is a name or it is not.
 * The head reads the author with these; the outlet asks whether a
 * copyright's owner or a breadcrumb's first part reads as a name. */

#include "config.h"

#include "dossier-clean-names.h"

#include <string.h>

#include "dossier-word-lists.h"

/* What a byline may go on with after the names: agencies, roles, places. */
static const char * const byline_tails[] = {
  " with ", " and agencies", ", Reuters", ", AP", ", AFP", " for ", " | ", " - ", " — ", " in ",
};

gboolean
_dossier_clean_looks_like_person_name (const char *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  guint n = g_strv_length (words);

  if (n < 1 || n > 5 || strlen (text) > 60)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      gunichar c = g_utf8_get_char (words[i]);
      if (words[i][0] == '\0')
        return FALSE;
      if (!g_unichar_isupper (c) && strcmp (words[i], "de") != 0 && strcmp (words[i], "van") != 0 &&
          strcmp (words[i], "von") != 0 && strcmp (words[i], "al") != 0 && strcmp (words[i], "and") != 0)
        return FALSE;
      for (const char *p = words[i]; *p; p = g_utf8_next_char (p))
        {
          gunichar d = g_utf8_get_char (p);
          if (g_unichar_isdigit (d) || d == ':' || d == '/' || d == '>')
            return FALSE;
        }
    }
  return TRUE;
}

/* "ZEKE MILLER" → "Zeke Miller": bylines set in capitals are names. */
char *
_dossier_clean_name_case (const char *name)
{
  gboolean any_lower = FALSE;
  GString *out;
  gboolean word_start = TRUE;

  for (const char *p = name; *p; p++)
    any_lower |= g_ascii_islower (*p);
  if (any_lower)
    return g_strdup (name);

  out = g_string_new (NULL);
  for (const char *p = name; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      g_string_append_unichar (out, word_start ? c : g_unichar_tolower (c));
      word_start = c == ' ' || c == '-' || c == '\'';
    }
  return g_string_free (out, FALSE);
}

/* "By Angela Skujins with AP" → "Angela Skujins"; "By ZEKE MILLER and
 * SEUNG MIN KIM" → "Zeke Miller and Seung Min Kim". */
/* Per byte, which byline prefixes start with it: bit i for the list's
 * word i, so that a line is compared only with the prefixes that start
 * as it does, in the list's order. */
static const guint64 *
byline_prefix_starts (void)
{
  static guint64 *starts;

  if (g_once_init_enter (&starts))
    {
      guint64 *made = g_new0 (guint64, 256);

      g_assert (dossier_words_byline_prefixes.n_words <= 64);
      for (guint i = 0; i < dossier_words_byline_prefixes.n_words; i++)
        made[(guchar) dossier_words_byline_prefixes.words[i][0]] |= G_GUINT64_CONSTANT (1) << i;
      g_once_init_leave (&starts, made);
    }
  return starts;
}

/* Whether @part of a byline is the letters of a degree or title after
 * the name before it ("By Brenda Goodman, MA", "Jane Doe, PhD", ", MD"):
 * two to four letters, capitals but for PhD's. */
static gboolean
letters_after_a_name (const char *part)
{
  gsize len = strlen (part);
  guint capitals = 0;

  if (len < 2 || len > 4)
    return FALSE;
  if (strcmp (part, "PhD") == 0)
    return TRUE;
  for (gsize i = 0; i < len; i++)
    {
      if (!g_ascii_isupper (part[i]))
        return FALSE;
      capitals++;
    }
  return capitals >= 2;
}

char *
_dossier_clean_author_from_byline (const char *text)
{
  const char *rest = NULL;
  g_autofree char *names = NULL;
  g_auto(GStrv) parts = NULL;
  g_autoptr(GPtrArray) kept = NULL;

  /* What a byline starts with (data/words/byline-prefixes.txt), and a
   * space.  strncmp () by the prefix's length: g_str_has_prefix ()
   * measures the whole line first, and most lines are no byline. */
  for (guint64 starting = byline_prefix_starts ()[(guchar) text[0]]; starting != 0 && rest == NULL;
       starting &= starting - 1)
    {
      const char *prefix = dossier_words_byline_prefixes.words[__builtin_ctzll (starting)];
      gsize n = strlen (prefix);

      if (strncmp (text, prefix, n) == 0 && text[n] == ' ')
        rest = text + n + 1;
    }
  if (rest == NULL)
    return NULL;
  kept = g_ptr_array_new_with_free_func (g_free);

  names = g_strdup (rest);
  for (gsize i = 0; i < G_N_ELEMENTS (byline_tails); i++)
    {
      char *cut = strstr (names, byline_tails[i]);
      if (cut != NULL)
        *cut = '\0';
    }

  /* One or several people: "A, B and C". */
  {
    g_autofree char *separated = g_strdup (names);
    char *and;
    while ((and = strstr (separated, " and ")) != NULL || (and = strstr (separated, " AND ")) != NULL)
      memcpy (and, " ,   ", 5);
    parts = g_strsplit (separated, ",", -1);
  }
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] == '\0' || letters_after_a_name (parts[i]))
        continue;
      if (!_dossier_clean_looks_like_person_name (parts[i]))
        return NULL;
      g_ptr_array_add (kept, _dossier_clean_name_case (parts[i]));
    }
  if (kept->len == 0 || kept->len > 4)
    return NULL;
  return _dossier_clean_join_names (kept);
}

char *
_dossier_clean_join_names (GPtrArray *names)
{
  GString *joined = g_string_new (NULL);

  for (guint i = 0; i < names->len; i++)
    {
      if (i > 0)
        g_string_append (joined, i + 1 == names->len ? " and " : ", ");
      g_string_append (joined, g_ptr_array_index (names, i));
    }
  return g_string_free (joined, FALSE);
}
