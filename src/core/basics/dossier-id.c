/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-id.h"

guint
dossier_id_number (guint index)
{
  return index + 1;
}

const char *
dossier_id_format (char          buffer[DOSSIER_ID_SIZE],
                   DossierIdKind kind,
                   guint         index)
{
  char digits[12];
  guint64 number = dossier_id_number (index);
  int n = 0, k = 0;

  buffer[k++] = (char) kind;
  do
    {
      digits[n++] = '0' + number % 10;
      number /= 10;
    }
  while (number > 0);
  while (n > 0)
    buffer[k++] = digits[--n];
  buffer[k] = '\0';
  return buffer;
}

char *
dossier_id_dup (DossierIdKind kind,
                guint         index)
{
  char buffer[DOSSIER_ID_SIZE];

  return g_strdup (dossier_id_format (buffer, kind, index));
}

gboolean
dossier_id_parse (const char   *id,
                  DossierIdKind kind,
                  guint         count,
                  guint        *index)
{
  guint64 number;

  if (id == NULL || id[0] != (char) kind || count == 0 || !g_ascii_isdigit (id[1]) ||
      !g_ascii_string_to_unsigned (id + 1, 10, 1, count, &number, NULL))
    return FALSE;
  *index = (guint) number - 1;
  return TRUE;
}
