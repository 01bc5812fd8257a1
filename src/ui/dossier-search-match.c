/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "config.h"

#include "dossier-search-match.h"

#include <string.h>

/* Folding a character may change its length ('ß' folds to "ss"): the
 * text is folded a character at a time, each folded byte remembering
 * where its character starts in the text, so that a match in the folded
 * text is found again in the text as written. */
gboolean
dossier_search_match_find (const char *text,
                           const char *query,
                           gsize      *start,
                           gsize      *end)
{
  g_autofree char *needle = NULL;
  g_autoptr(GString) folded = NULL;
  g_autoptr(GArray) origin = NULL;
  const char *found;
  gsize at, last;

  g_return_val_if_fail (text != NULL && query != NULL, FALSE);

  if (*query == '\0')
    return FALSE;
  needle = g_utf8_casefold (query, -1);
  folded = g_string_sized_new (strlen (text));
  origin = g_array_sized_new (FALSE, FALSE, sizeof (gsize), strlen (text) + 1);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      g_autofree char *one = g_utf8_casefold (p, g_utf8_next_char (p) - p);
      gsize offset = (gsize) (p - text);

      g_string_append (folded, one);
      for (gsize b = 0; one[b] != '\0'; b++)
        g_array_append_val (origin, offset);
    }
  {
    gsize length = strlen (text);
    g_array_append_val (origin, length);
  }
  found = strstr (folded->str, needle);
  if (found == NULL)
    return FALSE;
  at = (gsize) (found - folded->str);
  last = at + strlen (needle);
  *start = g_array_index (origin, gsize, at);
  /* The end: the start of the character after the match's last byte. */
  *end = last < folded->len ? g_array_index (origin, gsize, last) : strlen (text);
  if (*end <= *start)
    *end = (gsize) (g_utf8_next_char (text + *start) - text);
  return TRUE;
}

char *
dossier_search_match_excerpt (DossierArticle *article,
                              const char     *query,
                              guint           context,
                              gsize          *start,
                              gsize          *end)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (article), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  for (guint p = 0; p < dossier_article_get_n_paragraphs (article); p++)
    {
      const char *text = dossier_article_get_paragraph_text (article, p);
      const char *from, *to, *match_start, *match_end;
      gsize match_from, match_to;
      GString *excerpt;

      if (text == NULL || !dossier_search_match_find (text, query, &match_from, &match_to))
        continue;
      match_start = text + match_from;
      match_end = text + match_to;

      /* @context characters back, then on to the start of a word. */
      from = match_start;
      for (guint c = 0; c < context && from > text; c++)
        from = g_utf8_prev_char (from);
      if (from > text)
        {
          while (from < match_start && !g_unichar_isspace (g_utf8_get_char (from)))
            from = g_utf8_next_char (from);
          while (from < match_start && g_unichar_isspace (g_utf8_get_char (from)))
            from = g_utf8_next_char (from);
        }
      /* Twice as far forward, back to the end of a word. */
      to = match_end;
      for (guint c = 0; c < 2 * context && *to != '\0'; c++)
        to = g_utf8_next_char (to);
      if (*to != '\0')
        {
          const char *word_end = to;

          while (word_end > match_end && !g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (word_end))))
            word_end = g_utf8_prev_char (word_end);
          if (word_end > match_end)
            to = word_end;
          while (to > match_end && g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (to))))
            to = g_utf8_prev_char (to);
        }

      excerpt = g_string_new (from > text ? "…" : "");
      *start = excerpt->len + (gsize) (match_start - from);
      *end = excerpt->len + (gsize) (match_end - from);
      g_string_append_len (excerpt, from, to - from);
      if (*to != '\0')
        g_string_append (excerpt, "…");
      return g_string_free (excerpt, FALSE);
    }
  return NULL;
}
