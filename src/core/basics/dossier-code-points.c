/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-code-points.h"

#include <string.h>

static gsize
ascii_prefix (const char *text,
              gsize       len)
{
  gsize i = 0;

  for (; i + 8 <= len; i += 8)
    {
      guint64 word;

      memcpy (&word, text + i, 8);
      if (word & G_GUINT64_CONSTANT (0x8080808080808080))
        break;
    }
  while (i < len && (guchar) text[i] < 0x80)
    i++;
  return i;
}

glong
dossier_code_points (DossierCodePointCursor *cursor,
                     const DossierParagraph *paragraph,
                     gsize                   bytes)
{
  const char *text = paragraph->text;

  if (cursor->text != text)
    {
      cursor->text = text;
      cursor->ascii_end = ascii_prefix (text, paragraph->len);
      cursor->byte = cursor->ascii_end;
      cursor->offset = cursor->ascii_end;
    }
  if (bytes <= cursor->ascii_end)
    return bytes;
  if (cursor->byte > bytes)
    {
      cursor->byte = cursor->ascii_end;
      cursor->offset = cursor->ascii_end;
    }
  {
    gsize i = cursor->byte;

    /* Eight bytes at a time: a code point starts at every byte that is
     * not a continuation byte (10xxxxxx). */
    for (; i + 8 <= bytes; i += 8)
      {
        guint64 word;

        memcpy (&word, text + i, 8);
        cursor->offset += 8 - __builtin_popcountll (word & ~(word << 1) & G_GUINT64_CONSTANT (0x8080808080808080));
      }
    for (; i < bytes; i++)
      cursor->offset += ((guchar) text[i] & 0xC0) != 0x80;
  }
  cursor->byte = bytes;
  return cursor->offset;
}
