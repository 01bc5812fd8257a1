/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-characters.h"

#include <string.h>

gboolean
dossier_unichar_opens_quote (gunichar c)
{
  return c == '"' || c == '\'' || c == 0x201C || c == 0x2018 || c == 0x00AB || c == 0x201E;
}

gboolean
dossier_unichar_closes_quote (gunichar c)
{
  return c == '"' || c == '\'' || c == 0x201D || c == 0x2019 || c == 0x00BB;
}

gboolean
dossier_text_ends_as_sentence (const char *text,
                               gsize       len)
{
  const char *end = text + len;
  const char *p;
  gunichar c;

  while (end > text)
    {
      p = g_utf8_find_prev_char (text, end);
      if (p == NULL)
        break;
      c = g_utf8_get_char (p);
      if (dossier_unichar_closes_quote (c) || c == ')' || c == ']')
        {
          end = p;
          continue;
        }
      return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x3002 || c == 0xFF01 ||
             c == 0xFF1F || c == 0xFF0E || c == 0x061F || c == 0x06D4 || c == 0x0964;
    }
  return FALSE;
}

gboolean
dossier_quotation_after (gunichar c,
                         gboolean quoted)
{
  if (c == '"')
    return !quoted;
  if (c == 0x201C || c == 0x00AB || c == 0x201E)
    return TRUE;
  if (c == 0x201D || c == 0x00BB)
    return FALSE;
  return quoted;
}

/* Letters that Unicode does not decompose into a base letter and a mark. */
static const struct
{
  gunichar letter;
  const char *ascii;
} spelled[] = {
  { 0x0131, "i" },   /* ı dotless i */
  { 0x0141, "L" }, { 0x0142, "l" },    /* Ł ł */
  { 0x00D8, "O" }, { 0x00F8, "o" },    /* Ø ø */
  { 0x0110, "D" }, { 0x0111, "d" },    /* Đ đ */
  { 0x00DF, "ss" },  /* ß */
  { 0x00C6, "AE" }, { 0x00E6, "ae" },  /* Æ æ */
  { 0x0152, "OE" }, { 0x0153, "oe" },  /* Œ œ */
  { 0x00DE, "TH" }, { 0x00FE, "th" },  /* Þ þ */
  { 0x00D0, "D" }, { 0x00F0, "d" },    /* Ð ð */
  { 0x0126, "H" }, { 0x0127, "h" },    /* Ħ ħ */
  { 0x013F, "L" }, { 0x0140, "l" },    /* Ŀ ŀ */
  { 0x2019, "'" }, { 0x2018, "'" },    /* curly apostrophes */
};

char *
dossier_fold_to_ascii (const char *text,
                       gssize      len)
{
  const char *end;
  GString *out;

  if (len < 0)
    len = strlen (text);
  end = text + len;
  /* Most names are plain ASCII already, their own folding: the entity
   * resolver folds every mention's name at every analysis, and decoding
   * each character cost some thousand instructions a name. */
  {
    const char *p = text;

    while (p < end && (guchar) *p < 0x80)
      p++;
    if (p == end)
      return g_strndup (text, (gsize) len);
  }
  out = g_string_sized_new (len);
  for (const char *p = text; p < end; )
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);
      gunichar parts[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
      gsize n_parts;
      const char *next;
      gboolean done = FALSE;

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          /* Not UTF-8: the byte is left out. */
          p++;
          continue;
        }
      next = g_utf8_next_char (p);
      if (c < 0x80)
        {
          g_string_append_c (out, (char) c);
          p = next;
          continue;
        }
      for (guint k = 0; k < G_N_ELEMENTS (spelled) && !done; k++)
        if (spelled[k].letter == c)
          {
            g_string_append (out, spelled[k].ascii);
            done = TRUE;
          }
      if (!done)
        {
          /* A Latin letter with marks (é, ş, ą, ő) is its base letter;
           * any other character (Cyrillic, Greek, Hangul, Han) stays. */
          n_parts = g_unichar_fully_decompose (c, FALSE, parts, G_N_ELEMENTS (parts));
          if (n_parts > 1 && parts[0] < 0x80 && g_ascii_isalpha ((char) parts[0]))
            g_string_append_c (out, (char) parts[0]);
          else
            g_string_append_len (out, p, next - p);
        }
      p = next;
    }
  return g_string_free (out, FALSE);
}
