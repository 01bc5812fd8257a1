/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-code-points.h"

#include "dossier-bytes.h"

glong
dossier_code_points (DossierCodePointCursor *cursor,
                     const DossierParagraph *paragraph,
                     gsize                   bytes)
{
  const char *text = paragraph->text;

  if (cursor->text != text)
    {
      cursor->text = text;
      cursor->ascii_end = dossier_bytes_skip_ascii (text, 0, paragraph->len);
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
      cursor->offset += dossier_bytes_count_code_points (dossier_bytes_load (text + i));
    for (; i < bytes; i++)
      cursor->offset += ((guchar) text[i] & 0xC0) != 0x80;
  }
  cursor->byte = bytes;
  return cursor->offset;
}
