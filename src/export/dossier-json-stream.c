/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-json-stream.h"

#include <string.h>

void
dossier_json_stream_init (DossierJsonStream *stream,
                          GString           *out,
                          gboolean           pretty)
{
  g_return_if_fail (stream != NULL);
  g_return_if_fail (out != NULL);

  memset (stream, 0, sizeof *stream);
  stream->out = out;
  stream->pretty = pretty;
}

static void
newline (DossierJsonStream *stream)
{
  if (!stream->pretty)
    return;
  g_string_append_c (stream->out, '\n');
  for (guint i = 0; i < stream->depth; i++)
    g_string_append (stream->out, "  ");
}

/* Before any value: the comma after a sibling, the line break. */
static void
before_value (DossierJsonStream *stream)
{
  guint64 bit;

  if (stream->after_member_name)
    {
      stream->after_member_name = FALSE;
      return;
    }
  if (stream->depth == 0)
    return;
  bit = G_GUINT64_CONSTANT (1) << MIN (stream->depth, 63);
  if (stream->not_empty & bit)
    g_string_append_c (stream->out, ',');
  stream->not_empty |= bit;
  newline (stream);
}

static void
open_container (DossierJsonStream *stream,
      char               bracket)
{
  before_value (stream);
  g_string_append_c (stream->out, bracket);
  stream->depth++;
  stream->not_empty &= ~(G_GUINT64_CONSTANT (1) << MIN (stream->depth, 63));
}

static void
close_container (DossierJsonStream *stream,
       char               bracket)
{
  gboolean had_content;

  g_return_if_fail (stream->depth > 0);

  had_content = (stream->not_empty & (G_GUINT64_CONSTANT (1) << MIN (stream->depth, 63))) != 0;
  stream->depth--;
  if (had_content)
    newline (stream);
  g_string_append_c (stream->out, bracket);
}

void
dossier_json_stream_begin_object (DossierJsonStream *stream)
{
  open_container (stream, '{');
}

void
dossier_json_stream_end_object (DossierJsonStream *stream)
{
  close_container (stream, '}');
}

void
dossier_json_stream_begin_array (DossierJsonStream *stream)
{
  open_container (stream, '[');
}

void
dossier_json_stream_end_array (DossierJsonStream *stream)
{
  close_container (stream, ']');
}

static void
append_escaped (GString    *out,
                const char *value,
                gsize       len)
{
  static const char hex[] = "0123456789abcdef";
  gsize run = 0;

  g_string_append_c (out, '"');
  for (gsize i = 0; i < len; i++)
    {
      guchar c = value[i];
      const char *escape = NULL;

      if (c >= 0x20 && c != '"' && c != '\\')
        continue;
      g_string_append_len (out, value + run, i - run);
      run = i + 1;
      switch (c)
        {
        case '"': escape = "\\\""; break;
        case '\\': escape = "\\\\"; break;
        case '\n': escape = "\\n"; break;
        case '\r': escape = "\\r"; break;
        case '\t': escape = "\\t"; break;
        case '\b': escape = "\\b"; break;
        case '\f': escape = "\\f"; break;
        default:
          {
            char unicode[7] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF], 0 };
            g_string_append (out, unicode);
          }
        }
      if (escape != NULL)
        g_string_append (out, escape);
    }
  g_string_append_len (out, value + run, len - run);
  g_string_append_c (out, '"');
}

void
dossier_json_stream_set_member_name (DossierJsonStream *stream,
                                     const char        *name)
{
  g_return_if_fail (name != NULL);
  g_return_if_fail (strpbrk (name, "\"\\") == NULL);

  before_value (stream);
  /* Member names are the writer's own ASCII words: nothing to escape. */
  g_string_append_c (stream->out, '"');
  g_string_append (stream->out, name);
  g_string_append (stream->out, stream->pretty ? "\": " : "\":");
  stream->after_member_name = TRUE;
}

void
dossier_json_stream_add_string_len (DossierJsonStream *stream,
                                    const char        *value,
                                    gsize              len)
{
  before_value (stream);
  /* The analysis only holds valid UTF-8; anything else would make the
   * whole document unreadable, so it is never written. */
  if (!g_utf8_validate_len (value, len, NULL))
    {
      g_autofree char *valid = g_utf8_make_valid (value, len);
      append_escaped (stream->out, valid, strlen (valid));
      return;
    }
  append_escaped (stream->out, value, len);
}

void
dossier_json_stream_add_string_value (DossierJsonStream *stream,
                                      const char        *value)
{
  if (value == NULL)
    dossier_json_stream_add_null_value (stream);
  else
    dossier_json_stream_add_string_len (stream, value, strlen (value));
}

void
dossier_json_stream_add_int_value (DossierJsonStream *stream,
                                   gint64             value)
{
  char digits[24];
  int n = 0;
  guint64 magnitude = value < 0 ? (guint64) -(value + 1) + 1 : (guint64) value;

  before_value (stream);
  if (value < 0)
    g_string_append_c (stream->out, '-');
  do
    {
      digits[n++] = '0' + magnitude % 10;
      magnitude /= 10;
    }
  while (magnitude > 0);
  while (n > 0)
    g_string_append_c (stream->out, digits[--n]);
}

void
dossier_json_stream_add_boolean_value (DossierJsonStream *stream,
                                       gboolean           value)
{
  before_value (stream);
  g_string_append (stream->out, value ? "true" : "false");
}

void
dossier_json_stream_add_null_value (DossierJsonStream *stream)
{
  before_value (stream);
  g_string_append (stream->out, "null");
}
