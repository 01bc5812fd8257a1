/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-json-limit.h"

#include <string.h>

/* Read as json-glib's scanner reads it: double-quoted strings with
 * backslash escapes, single-quoted strings without, and C comments are
 * skipped; everything else counts.  Where this and json-glib could
 * disagree, this counts more brackets, never fewer. */
gboolean
dossier_json_depth_ok (const char *text,
                       gssize      len)
{
  enum { CODE, DOUBLE_QUOTED, SINGLE_QUOTED, COMMENT } state = CODE;
  const char *end;
  guint depth = 0;

  if (text == NULL)
    return TRUE;
  end = text + (len < 0 ? strlen (text) : (gsize) len);
  for (const char *p = text; p < end; p++)
    switch (state)
      {
      case DOUBLE_QUOTED:
        if (*p == '\\' && p + 1 < end)
          p++;
        else if (*p == '"')
          state = CODE;
        break;
      case SINGLE_QUOTED:
        if (*p == '\'')
          state = CODE;
        break;
      case COMMENT:
        if (*p == '*' && p + 1 < end && p[1] == '/')
          {
            p++;
            state = CODE;
          }
        break;
      case CODE:
        if (*p == '"')
          state = DOUBLE_QUOTED;
        else if (*p == '\'')
          state = SINGLE_QUOTED;
        else if (*p == '/' && p + 1 < end && p[1] == '*')
          {
            p++;
            state = COMMENT;
          }
        else if (*p == '[' || *p == '{')
          {
            if (++depth > DOSSIER_JSON_MAX_DEPTH)
              return FALSE;
          }
        else if ((*p == ']' || *p == '}') && depth > 0)
          depth--;
        break;
      }
  return TRUE;
}
