/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The readers of single lines of dossier-outlet-lines.h.  None of them
 * knows a particular site: they know how pages of every kind state whose
 * they are (a copyright notice, "Follow X on Twitter", "Headline | X"),
 * and ask the list of outlets (dossier-outlets.h) only to tell a news
 * agency's credit from a page's own name. */

#include "config.h"

#include "dossier-outlet-lines.h"

#include <string.h>

#include "dossier-clean-lookup.h"
#include "dossier-clean-names.h"
#include "dossier-outlets.h"
#include "dossier-word-lists.h"

/* What ends the owner's name in a copyright line. */
static const char * const copyright_ends[] = {
  ". All", ", All", " All rights", " all rights", " ALL RIGHTS", " | ", " - ", " – ", " — ", " · ",
  ", a ", ", an ", ", part of ", " - a ", ". Powered", " Powered by", " powered by", ". Designed",
  " Designed by", ". Developed", ". Terms", ". Privacy", ". This ", ". Reproduction", ". No ",
  " Privacy Policy", " Terms of", " Contact ", " About Us", " | ",
};

/* The separators between a headline and its site's name. */
static const char * const title_separators[] = { " | ", " - ", " – ", " — ", " :: ", " · ", " • " };

static char *
trim_copy (const char *start,
           const char *end)
{
  while (start < end && g_ascii_isspace (*start))
    start++;
  while (end > start && g_ascii_isspace (end[-1]))
    end--;
  return g_strndup (start, end - start);
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
      while (n > 0 && (name[n - 1] == ',' || name[n - 1] == ' ' || name[n - 1] == '.'))
        name[--n] = '\0';
      for (guint i = 0; i < dossier_words_company_forms.n_words; i++)
        {
          const char *form = dossier_words_company_forms.words[i];
          gsize form_len = strlen (form);

          /* The form, after a space. */
          if (n > form_len + 1 && strcmp (name + n - form_len, form) == 0 && name[n - form_len - 1] == ' ')
            {
              name[n - form_len - 1] = '\0';
              dropped = TRUE;
              break;
            }
        }
    }
}

/* "Al Jazeera", "FRANCE 24", "Channel 4 News", "The Daily Example":
 * capitalised words and numbers, with "of", "and", "&" and the like
 * between them. */
static gboolean
looks_like_outlet_name (const char *text,
                        guint       most_words)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  guint n = g_strv_length (words);
  guint capitalised = 0;

  if (n < 1 || n > most_words || strlen (text) > 60)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      gunichar c = g_utf8_get_char (words[i]);
      if (words[i][0] == '\0' || strpbrk (words[i], ":/>@#?!\"“”") != NULL)
        return FALSE;
      if (g_unichar_isupper (c) || g_unichar_isdigit (c))
        capitalised++;
      else if (i == 0 || (strcmp (words[i], "of") != 0 && strcmp (words[i], "and") != 0 &&
                          strcmp (words[i], "&") != 0 && strcmp (words[i], "the") != 0 &&
                          strcmp (words[i], "de") != 0 && strcmp (words[i], "del") != 0 &&
                          strcmp (words[i], "la") != 0 && strcmp (words[i], "le") != 0 &&
                          strcmp (words[i], "el") != 0 && strcmp (words[i], "for") != 0 &&
                          strcmp (words[i], "on") != 0 && strcmp (words[i], "in") != 0 &&
                          !(g_ascii_islower (words[i][0]) && strchr (words[i], '.') != NULL)))
        return FALSE;
    }
  return capitalised > 0;
}

char *
_dossier_outlet_from_copyright (const char *line)
{
  const char *p;
  g_autofree char *name = NULL;
  gboolean year = FALSE;

  if (strlen (line) > 200)
    return NULL;
  /* Every notice read below has a "©" (C2 A9), a "C" or a "c" or "(" to
   * start with: one search says no for most lines, where three did. */
  if (line[0] != 'c' && line[0] != 'C' && line[0] != '(' && strpbrk (line, "C\xC2") == NULL)
    return NULL;
  /* The notice may follow other links of a page's foot: "Privacy | ©
   * 2024 Example". */
  if ((p = strstr (line, "©")) != NULL)
    p += strlen ("©");
  else if ((p = strstr (line, "Copyright")) != NULL || (p = strstr (line, "COPYRIGHT")) != NULL ||
           g_ascii_strncasecmp (line, "copyright", 9) == 0)
    p = (p != NULL ? p : line) + 9;
  else if (g_ascii_strncasecmp (line, "(c) ", 4) == 0)
    p = line + 3;
  else
    return NULL;

  for (;;)
    {
      while (*p == ' ' || *p == ':' || *p == ',')
        p++;
      if (_dossier_has_prefix (p, "©"))
        p += strlen ("©");
      else if (g_ascii_strncasecmp (p, "(c)", 3) == 0)
        p += 3;
      else if (g_ascii_strncasecmp (p, "copyright", 9) == 0)
        p += 9;
      else if (g_ascii_isdigit (*p))
        {
          /* "2024", "2003-2024", "2003 - 2024". */
          while (g_ascii_isdigit (*p) || *p == '-' || *p == ' ' || _dossier_has_prefix (p, "–"))
            p += _dossier_has_prefix (p, "–") ? strlen ("–") : 1;
          year = TRUE;
        }
      else
        break;
    }
  name = g_strdup (p);
  for (gsize i = 0; i < G_N_ELEMENTS (copyright_ends); i++)
    {
      char *cut = strstr (name, copyright_ends[i]);
      if (cut != NULL)
        *cut = '\0';
    }
  g_strstrip (name);
  /* "Example News 2024": the year after the name. */
  {
    gsize n = strlen (name);
    while (n > 0 && (g_ascii_isdigit (name[n - 1]) || name[n - 1] == '-'))
      {
        name[--n] = '\0';
        year = TRUE;
      }
  }
  drop_company_form (name);
  g_strstrip (name);
  if (!year && dossier_outlet_find_by_name (name, -1, NULL) == NULL)
    return NULL;
  if (strlen (name) < 2 || !looks_like_outlet_name (name, 6))
    return NULL;
  return g_steal_pointer (&name);
}

char *
_dossier_outlet_from_source_line (const char *line)
{
  g_autofree char *name = NULL;
  char *cut;

  if (strlen (line) > 80)
    return NULL;
  if (_dossier_has_prefix (line, "Source: ") || _dossier_has_prefix (line, "Sources: ") ||
      _dossier_has_prefix (line, "Source(s): "))
    name = g_strdup (strchr (line, ':') + 2);
  else if (line[0] == '(' && g_str_has_suffix (line, ")") && strstr (line, " with ") != NULL)
    name = g_strndup (line + 1, strlen (line) - 2);
  else
    return NULL;
  if ((cut = strstr (name, " and ")) != NULL || (cut = strstr (name, " with ")) != NULL ||
      (cut = strchr (name, ',')) != NULL)
    *cut = '\0';
  g_strstrip (name);
  if (strlen (name) < 2 || !looks_like_outlet_name (name, 5))
    return NULL;
  return g_steal_pointer (&name);
}

/* @name, between two parts of a call to action, if it reads as a name:
 * not "us", "our newsletter", "@handle". */
static char *
called_name (const char *start,
             const char *end)
{
  g_autofree char *name = trim_copy (start, end);

  if (_dossier_has_prefix (name, "the ") || _dossier_has_prefix (name, "The "))
    {
      /* "the Example Times": keep "The" only where the list writes it. */
      if (dossier_outlet_find_by_name (name, -1, NULL) == NULL)
        memmove (name, name + 4, strlen (name + 4) + 1);
    }
  if (strlen (name) < 2 || !looks_like_outlet_name (name, 5))
    return NULL;
  return g_steal_pointer (&name);
}

char *
_dossier_outlet_from_call_to_action (const char *line)
{
  gsize n = strlen (line);
  const char *start, *end;

  if (n > 120)
    return NULL;
  /* "Follow X on Twitter", "Like X on Facebook". */
  if (_dossier_has_prefix (line, "Follow ") || _dossier_has_prefix (line, "Like "))
    {
      start = strchr (line, ' ') + 1;
      for (end = strstr (start, " on "); end != NULL; end = strstr (end + 1, " on "))
        for (guint i = 0; i < dossier_words_follow_places.n_words; i++)
          if (_dossier_has_prefix (end + 4, dossier_words_follow_places.words[i]))
            return called_name (start, end);
      return NULL;
    }
  /* "Subscribe to X", "Subscribe to X for …". */
  if (_dossier_has_prefix (line, "Subscribe to "))
    {
      start = line + strlen ("Subscribe to ");
      end = start + strcspn (start, ".!:|");
      {
        const char *more = strstr (start, " for ");
        if (more != NULL && more < end)
          end = more;
        more = strstr (start, " and ");
        if (more != NULL && more < end)
          end = more;
        more = strstr (start, " today");
        if (more != NULL && more < end)
          end = more;
      }
      if (g_str_has_suffix (line, " newsletter") || strstr (start, " newsletter") != NULL)
        return NULL;
      return called_name (start, end);
    }
  /* "Download the X app", "Get the X app". */
  if ((_dossier_has_prefix (line, "Download the ") || _dossier_has_prefix (line, "Get the ")) &&
      (end = strstr (line, " app")) != NULL && (end[4] == '\0' || !g_ascii_isalpha (end[4])))
    {
      start = strstr (line, "the ") + 4;
      return called_name (start, end);
    }
  /* "… keep free access to The Example Journal.", "Support The Example
   * Journal": a plea for the page's own outlet, named as the list knows
   * it (a plea names little else). */
  if ((start = strstr (line, " access to ")) != NULL || _dossier_has_prefix (line, "Support "))
    {
      g_autofree char *name = NULL;

      start = start != NULL ? start + strlen (" access to ") : line + strlen ("Support ");
      end = start + strcspn (start, ".!,:|");
      name = called_name (start, end);
      if (name != NULL && dossier_outlet_find_by_name (name, -1, NULL) != NULL)
        return g_steal_pointer (&name);
      return NULL;
    }
  /* "Sign up for the X newsletter", "Sign up to X's newsletter". */
  if ((_dossier_has_prefix (line, "Sign up for ") || _dossier_has_prefix (line, "Sign up to ")) &&
      (end = strstr (line, " newsletter")) != NULL)
    {
      start = line + strlen ("Sign up for ");
      if (_dossier_has_prefix (start, "the "))
        start += 4;
      if (end - start > 2 && (strncmp (end - 2, "'s", 2) == 0 || strncmp (end - 2, "’s", 2) == 0))
        end -= 2;
      else if (end - start > 4 && strncmp (end - 4, "’s", 4) == 0)
        end -= 4;
      return called_name (start, end);
    }
  return NULL;
}

char *
_dossier_outlet_from_title_suffix (const char *line)
{
  const char *cut = NULL, *after = NULL;
  g_autofree char *name = NULL;

  gsize len = strnlen (line, 301);

  if (len > 300)
    return NULL;
  /* The last separator: each starts with a space. */
  for (const char *p = line + len; p > line && cut == NULL; p--)
    {
      /* Every separator is a space and one of these bytes ("|", "-",
       * ":", the lead bytes of "–", "—", "·" and "•") before the rest:
       * most spaces are passed over at that byte. */
      if (p[-1] != ' ' || (*p != '|' && *p != '-' && *p != ':' && (guchar) *p != 0xE2 && (guchar) *p != 0xC2))
        continue;
      for (gsize i = 0; i < G_N_ELEMENTS (title_separators); i++)
        {
          gsize n = strlen (title_separators[i]);

          if (strncmp (p - 1, title_separators[i], n) == 0)
            {
              cut = p - 1;
              after = cut + n;
              break;
            }
        }
    }
  /* A headline before it, of a few words at least. */
  if (cut == NULL || cut - line < 15)
    return NULL;
  name = trim_copy (after, line + strlen (line));
  if (strlen (name) < 2 || !looks_like_outlet_name (name, 5))
    return NULL;
  return g_steal_pointer (&name);
}

/* Whether an address label (data/words/address-labels.txt) starts with
 * the byte @c: the labels start with a few capitals, and most lines with
 * none of them are not compared with each label. */
static gboolean
is_label_start (char c)
{
  static guint8 *starts;

  if (g_once_init_enter (&starts))
    {
      guint8 *made = g_new0 (guint8, 256);

      for (guint i = 0; i < dossier_words_address_labels.n_words; i++)
        made[(guchar) dossier_words_address_labels.words[i][0]] = 1;
      g_once_init_leave (&starts, made);
    }
  return starts[(guchar) c];
}

char *
_dossier_outlet_address_in_line (const char *line,
                                 gboolean   *labelled,
                                 char      **address)
{
  const char *p = line;
  g_autofree char *host = NULL;

  *labelled = FALSE;
  if (is_label_start (p[0]))
    for (guint i = 0; i < dossier_words_address_labels.n_words; i++)
      {
        const char *label = dossier_words_address_labels.words[i];

        if (_dossier_has_prefix (p, label))
          {
            p += strlen (label);
            *labelled = TRUE;
            break;
          }
      }
  while (*p == ' ' || *p == '<' || *p == '(')
    p++;
  /* Unlabelled, an address starts as one does: asked first, since most
   * lines do not, and what is asked after reads the whole line. */
  if (!*labelled && (p[0] | 0x20) != 'h' && (p[0] | 0x20) != 'w')
    return NULL;
  if (!*labelled && g_ascii_strncasecmp (p, "http", 4) != 0 && g_ascii_strncasecmp (p, "www.", 4) != 0)
    return NULL;
  if (strnlen (line, 2049) > 2048)
    return NULL;
  /* One address and nothing else (a closing bracket aside). */
  {
    gsize n = strcspn (p, " \t");
    const char *rest = p + n;
    while (*rest == ' ' || *rest == '>' || *rest == ')' || *rest == '.')
      rest++;
    if (*rest != '\0')
      return NULL;
    host = dossier_address_get_host (p, n);
  }
  if (host == NULL || dossier_host_is_platform (host))
    return NULL;
  if (address != NULL)
    *address = g_strndup (p, strcspn (p, " \t>)"));
  return g_steal_pointer (&host);
}

/* The agency @name is, as the list writes it, or NULL. */
static char *
agency_named (const char *name,
              gssize      len)
{
  const DossierOutlet *outlet = dossier_outlet_find_by_name (name, len, NULL);

  if (outlet != NULL && outlet->kind == DOSSIER_OUTLET_AGENCY)
    return g_strdup (outlet->name);
  return NULL;
}

char *
_dossier_outlet_from_wire_credit (const char *line)
{
  gsize n = strlen (line);
  const char *p;

  if (n < 2)
    return NULL;
  /* Reuters' house style closes a story with its reporters and editors. */
  if ((p = strstr (line, "Reporting by ")) != NULL &&
      (strstr (p, "diting by ") != NULL || strstr (p, "Writing by ") != NULL))
    return agency_named ("Reuters", -1);

  /* "— AFP", "- Reuters", "(AFP)" closing a line; "AFP" alone.  Where
   * the line's end is no such credit, as in most lines, the line is not
   * searched for what would make one no agency's copy. */
  {
    const char *end = line + n;
    const char *start;

    while (end > line && (end[-1] == ' ' || end[-1] == '.' || end[-1] == ')'))
      end--;
    start = end;
    while (start > line && start[-1] != ' ' && start[-1] != '(')
      start--;
    /* "Photographer/PAP": a photo's credit, not the story's. */
    if (end - start >= 2 && memchr (start, '/', end - start) == NULL)
      {
        const char *before = start;
        while (before > line && (before[-1] == ' ' || before[-1] == '('))
          before--;
        if (before == line || (before - line >= 1 && before[-1] == '-') ||
            (before - line >= 3 && (strncmp (before - 3, "—", 3) == 0 || strncmp (before - 3, "–", 3) == 0)) ||
            (start > line && start[-1] == '('))
          {
            /* "With AP", "The Associated Press contributed to this
             * report", "sourced from Associated Press": the outlet's own
             * story, helped by an agency; no credit of the agency's
             * copy. */
            if (strstr (line, " with ") != NULL || strstr (line, "contributed") != NULL ||
                strstr (line, "sourced from") != NULL)
              return NULL;
            return agency_named (start, end - start);
          }
      }
  }
  return NULL;
}

/* @name without a leading numbering: "01-", "001_", "12 ". */
static const char *
skip_numbering (const char *name)
{
  const char *p = name;

  while (g_ascii_isdigit (*p))
    p++;
  if (p > name && (*p == '-' || *p == '_' || *p == ' '))
    return p + 1;
  return name;
}

static char *
host_of_name (const char *name)
{
  const char *stem = skip_numbering (name);
  char *host = dossier_address_get_host (stem, -1);

  if (host != NULL && (dossier_host_is_platform (host) || strchr (stem, ' ') != NULL))
    g_clear_pointer (&host, g_free);
  return host;
}

char *
_dossier_outlet_host_from_file_name (const char *path)
{
  static const char * const extensions[] = { ".txt", ".text", ".md", ".html", ".htm", ".xhtml" };
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *lower = g_ascii_strdown (base, -1);
  char *host;

  for (gsize i = 0; i < G_N_ELEMENTS (extensions); i++)
    if (g_str_has_suffix (lower, extensions[i]) && strlen (base) > strlen (extensions[i]))
      {
        base[strlen (base) - strlen (extensions[i])] = '\0';
        break;
      }
  if ((host = host_of_name (base)) != NULL)
    return host;

  /* A mirrored site keeps its pages under a folder named after it:
   * "www.example.com/news/2024/story.html". */
  for (guint depth = 0; depth < 6 && strcmp (folder, ".") != 0 && strcmp (folder, "/") != 0; depth++)
    {
      g_autofree char *name = g_path_get_basename (folder);
      char *parent = g_path_get_dirname (folder);

      if ((host = host_of_name (name)) != NULL)
        {
          g_free (parent);
          return host;
        }
      g_free (folder);
      folder = parent;
    }
  return NULL;
}
