/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-anchor.h"

#include <string.h>

char *
dossier_document_get_text (const DossierDocument *document,
                           gsize                 *len)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (document != NULL, NULL);

  for (guint p = 0; p < document->paragraphs->len; p++)
    {
      const DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);

      if (p > 0)
        g_string_append_c (text, '\n');
      g_string_append_len (text, paragraph->text, paragraph->len);
    }
  if (len != NULL)
    *len = text->len;
  return g_string_free (text, FALSE);
}

void
dossier_anchor_clear (DossierAnchor *anchor)
{
  g_clear_pointer (&anchor->exact, g_free);
  g_clear_pointer (&anchor->prefix, g_free);
  g_clear_pointer (&anchor->suffix, g_free);
  anchor->start = anchor->end = 0;
}

/* The byte offset of code point @offset, or NULL past the end. */
static const char *
offset_to_pointer (const char *text,
                   gint64      offset)
{
  const char *p = text;

  for (gint64 i = 0; i < offset; i++)
    {
      if (*p == '\0')
        return NULL;
      p = g_utf8_next_char (p);
    }
  return p;
}

gboolean
dossier_anchor_describe (DossierAnchor *anchor,
                         const char    *text,
                         gint64         start,
                         gint64         end)
{
  const char *from, *to, *before, *after;

  g_return_val_if_fail (anchor != NULL, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  if (start < 0 || end <= start)
    return FALSE;
  from = offset_to_pointer (text, start);
  to = from != NULL ? offset_to_pointer (from, end - start) : NULL;
  if (to == NULL)
    return FALSE;

  before = from;
  for (int i = 0; i < DOSSIER_ANCHOR_CONTEXT && before > text; i++)
    before = g_utf8_prev_char (before);
  after = to;
  for (int i = 0; i < DOSSIER_ANCHOR_CONTEXT && *after != '\0'; i++)
    after = g_utf8_next_char (after);

  dossier_anchor_clear (anchor);
  anchor->exact = g_strndup (from, to - from);
  anchor->prefix = g_strndup (before, from - before);
  anchor->suffix = g_strndup (to, after - to);
  anchor->start = start;
  anchor->end = end;
  return TRUE;
}

/* Bytes of @context's end that agree with the text ending at @at. */
static gsize
common_before (const char *text,
               const char *at,
               const char *context)
{
  gsize n = strlen (context), k = 0;

  while (k < n && at - k > text && at[-1 - (gssize) k] == context[n - 1 - k])
    k++;
  return k;
}

static gsize
common_after (const char *at,
              const char *context)
{
  gsize k = 0;

  while (context[k] != '\0' && at[k] == context[k])
    k++;
  return k;
}

/* Every occurrence of @needle in @haystack, scored by how much context
 * agrees, ties broken by nearness to @hint (a byte offset). */
static const char *
best_occurrence (const char *haystack,
                 const char *needle,
                 const char *prefix,
                 const char *suffix,
                 gsize       needle_len,
                 gssize      hint)
{
  const char *best = NULL;
  gsize best_score = 0;
  gssize best_distance = G_MAXSSIZE;

  for (const char *at = strstr (haystack, needle); at != NULL; at = strstr (at + 1, needle))
    {
      gsize score = common_before (haystack, at, prefix) + common_after (at + needle_len, suffix);
      gssize distance = ABS ((at - haystack) - hint);

      if (best == NULL || score > best_score || (score == best_score && distance < best_distance))
        {
          best = at;
          best_score = score;
          best_distance = distance;
        }
    }
  return best;
}

/* @text with every run of white space made one space, and where each
 * byte of the result came from. */
static char *
squeeze_spaces (const char *text,
                GArray     *origins)
{
  GString *out = g_string_new (NULL);
  gboolean in_space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      gsize origin = p - text;

      if (g_ascii_isspace (*p))
        {
          if (in_space)
            continue;
          in_space = TRUE;
          g_string_append_c (out, ' ');
        }
      else
        {
          in_space = FALSE;
          g_string_append_c (out, *p);
        }
      if (origins != NULL)
        g_array_append_val (origins, origin);
    }
  if (origins != NULL)
    {
      gsize origin = strlen (text);
      g_array_append_val (origins, origin);
    }
  return g_string_free (out, FALSE);
}

gboolean
dossier_anchor_locate (const DossierAnchor *anchor,
                       const char          *text,
                       gint64              *start,
                       gint64              *end)
{
  const char *from, *found;
  gsize exact_len;
  gssize hint;

  g_return_val_if_fail (anchor != NULL, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  if (anchor->exact == NULL || anchor->exact[0] == '\0')
    return FALSE;
  exact_len = strlen (anchor->exact);

  /* Where it was, still the same words. */
  from = offset_to_pointer (text, MAX (anchor->start, 0));
  hint = from != NULL ? from - text : (gssize) strlen (text);
  if (from != NULL && strncmp (from, anchor->exact, exact_len) == 0 &&
      best_occurrence (text, anchor->exact, anchor->prefix ? anchor->prefix : "",
                       anchor->suffix ? anchor->suffix : "", exact_len, hint) == from)
    found = from;
  else
    found = best_occurrence (text, anchor->exact, anchor->prefix ? anchor->prefix : "",
                             anchor->suffix ? anchor->suffix : "", exact_len, hint);

  if (found != NULL)
    {
      *start = g_utf8_pointer_to_offset (text, found);
      *end = *start + g_utf8_strlen (anchor->exact, exact_len);
      return TRUE;
    }

  /* A cleaner that joins lines differently changes only the spacing. */
  {
    g_autoptr(GArray) origins = g_array_new (FALSE, FALSE, sizeof (gsize));
    g_autofree char *squeezed = squeeze_spaces (text, origins);
    g_autofree char *exact = squeeze_spaces (anchor->exact, NULL);
    g_autofree char *prefix = squeeze_spaces (anchor->prefix ? anchor->prefix : "", NULL);
    g_autofree char *suffix = squeeze_spaces (anchor->suffix ? anchor->suffix : "", NULL);
    gsize squeezed_len = strlen (exact);
    const char *at;
    gsize first, last;

    if (squeezed_len == 0 || (squeezed_len == 1 && exact[0] == ' '))
      return FALSE;
    at = best_occurrence (squeezed, exact, prefix, suffix, squeezed_len, hint);
    if (at == NULL)
      return FALSE;
    first = g_array_index (origins, gsize, at - squeezed);
    last = g_array_index (origins, gsize, at - squeezed + squeezed_len - 1) + 1;
    /* A squeezed space stands for the whole run. */
    while (text[last] != '\0' && g_ascii_isspace (text[last - 1]) && g_ascii_isspace (text[last]))
      last++;
    *start = g_utf8_pointer_to_offset (text, text + first);
    *end = g_utf8_pointer_to_offset (text, text + last);
    return TRUE;
  }
}

gboolean
dossier_document_locate_offset (const DossierDocument *document,
                                gint64                 offset,
                                guint                 *paragraph,
                                gint64                *paragraph_offset)
{
  gint64 base = 0;

  g_return_val_if_fail (document != NULL, FALSE);

  if (offset < 0)
    return FALSE;
  for (guint p = 0; p < document->paragraphs->len; p++)
    {
      const DossierParagraph *para = g_ptr_array_index (document->paragraphs, p);
      gint64 length = g_utf8_strlen (para->text, para->len);

      if (offset <= base + length)
        {
          if (paragraph != NULL)
            *paragraph = p;
          if (paragraph_offset != NULL)
            *paragraph_offset = offset - base;
          return TRUE;
        }
      base += length + 1;
    }
  return FALSE;
}
