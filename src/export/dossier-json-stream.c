/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-json-stream.h"

#include "dossier-bytes.h"

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

void
dossier_json_stream_set_sink (DossierJsonStream *stream,
                              DossierJsonSink    sink,
                              gpointer           user_data)
{
  g_return_if_fail (stream != NULL);

  stream->sink = sink;
  stream->sink_data = user_data;
  stream->sink_failed = FALSE;
}

#define PASS_ON_AT (1 << 20)

void
dossier_json_stream_pass_on (DossierJsonStream *stream)
{
  g_return_if_fail (stream != NULL);

  if (stream->sink == NULL || stream->out->len < PASS_ON_AT)
    return;
  if (!stream->sink_failed && !stream->sink (stream->out, stream->sink_data))
    stream->sink_failed = TRUE;
  g_string_truncate (stream->out, 0);
}

gboolean
dossier_json_stream_sink_failed (DossierJsonStream *stream)
{
  g_return_val_if_fail (stream != NULL, TRUE);

  return stream->sink_failed;
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

/* g_string_append_len () goes through the general g_string_insert_len ();
 * the stream only ever appends. */
static inline void
append_bytes (GString    *out,
              const char *bytes,
              gsize       len)
{
  gsize old_len = out->len;

  g_string_set_size (out, old_len + len);
  memcpy (out->str + old_len, bytes, len);
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

/* Writes @value, quoted and escaped, straight into @out's buffer: its
 * escapes were counted beforehand (@extra bytes beyond @len), so the
 * string grows once and plain runs are copied whole. */
static void
append_escaped (GString    *out,
                const char *value,
                gsize       len,
                gsize       extra)
{
  static const char hex[] = "0123456789abcdef";
  gsize old_len = out->len;
  char *w;

  g_string_set_size (out, old_len + len + extra + 2);
  w = out->str + old_len;
  *w++ = '"';
  if (extra == 0)
    {
      memcpy (w, value, len);
      w += len;
    }
  else
    {
      for (gsize i = 0; i < len; i++)
        {
          guchar c = value[i];

          if (c >= 0x20 && c != '"' && c != '\\')
            {
              *w++ = c;
              continue;
            }
          *w++ = '\\';
          switch (c)
            {
            case '"': *w++ = '"'; break;
            case '\\': *w++ = '\\'; break;
            case '\n': *w++ = 'n'; break;
            case '\r': *w++ = 'r'; break;
            case '\t': *w++ = 't'; break;
            case '\b': *w++ = 'b'; break;
            case '\f': *w++ = 'f'; break;
            default:
              *w++ = 'u';
              *w++ = '0';
              *w++ = '0';
              *w++ = hex[c >> 4];
              *w++ = hex[c & 0xF];
            }
        }
    }
  *w++ = '"';
  g_assert (w == out->str + out->len);
}

/* The bytes escaping adds to @value; also whether it may be invalid
 * UTF-8: only strings with a NUL or a byte above ASCII need checking. */
static gsize
count_escapes (const char *value,
               gsize       len,
               gsize      *first_high,
               gboolean   *has_nul)
{
  gsize extra = 0;
  gsize i = 0;

  *first_high = len;
  *has_nul = FALSE;
  while (i < len)
    {
      guchar c;

      /* Eight bytes at a time while they hold nothing to escape (no
       * control byte, quote or backslash) and, until the first is found,
       * no byte above ASCII: most of a paragraph is skipped this way. */
      if (i + 8 <= len)
        {
          guint64 w = dossier_bytes_load (value + i);
          /* The high bit of a byte is set where it may be below 0x20,
           * a quote or a backslash (never missed; rarely a false alarm). */
          guint64 special = dossier_bytes_below (w, 0x20) | dossier_bytes_equal (w, '"') |
                            dossier_bytes_equal (w, '\\');

          if (*first_high == len)
            special |= dossier_bytes_high (w);
          if (special == 0)
            {
              i += 8;
              continue;
            }
        }
      c = value[i++];

      if (G_LIKELY (c >= 0x20 && c != '"' && c != '\\'))
        {
          if (c >= 0x80 && *first_high == len)
            *first_high = i - 1;
          continue;
        }
      switch (c)
        {
        case '"': case '\\': case '\n': case '\r': case '\t': case '\b': case '\f':
          extra += 1;
          break;
        default:
          extra += 5;
          *has_nul |= c == '\0';
        }
    }
  return extra;
}

static void
append_string (GString    *out,
               const char *value,
               gsize       len)
{
  gsize first_high;
  gboolean has_nul;
  gsize extra = count_escapes (value, len, &first_high, &has_nul);

  /* The analysis only holds valid UTF-8; anything else would make the
   * whole document unreadable, so it is never written.  The ASCII start
   * is valid already. */
  if (has_nul || (first_high < len && !g_utf8_validate_len (value + first_high, len - first_high, NULL)))
    {
      g_autofree char *valid = g_utf8_make_valid (value, len);
      gsize valid_len = strlen (valid);

      extra = count_escapes (valid, valid_len, &first_high, &has_nul);
      append_escaped (out, valid, valid_len, extra);
      return;
    }
  append_escaped (out, value, len, extra);
}

void
dossier_json_stream_set_member_name (DossierJsonStream *stream,
                                     const char        *name)
{
  gsize len = 0;

  g_return_if_fail (name != NULL);

  /* Member names are the writer's own ASCII words: nothing to escape. */
  for (; name[len] != '\0'; len++)
    g_return_if_fail (name[len] != '"' && name[len] != '\\');

  dossier_json_stream_set_member_name_len (stream, name, len);
}

void
dossier_json_stream_set_member_name_len (DossierJsonStream *stream,
                                         const char        *name,
                                         gsize              len)
{
  gsize old_len;
  char *w;

  before_value (stream);
  /* The quotes, the name and the colon in one step: every value of an
   * object comes after one. */
  old_len = stream->out->len;
  g_string_set_size (stream->out, old_len + len + (stream->pretty ? 4 : 3));
  w = stream->out->str + old_len;
  *w++ = '"';
  memcpy (w, name, len);
  w += len;
  *w++ = '"';
  *w++ = ':';
  if (stream->pretty)
    *w++ = ' ';
  stream->after_member_name = TRUE;
}

void
dossier_json_stream_add_string_len (DossierJsonStream *stream,
                                    const char        *value,
                                    gsize              len)
{
  before_value (stream);
  append_string (stream->out, value, len);
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
  gsize n = 0;
  guint64 magnitude = value < 0 ? (guint64) -(value + 1) + 1 : (guint64) value;

  before_value (stream);
  /* Written backwards into a buffer, then appended at once. */
  do
    {
      digits[sizeof digits - 1 - n++] = '0' + magnitude % 10;
      magnitude /= 10;
    }
  while (magnitude > 0);
  if (value < 0)
    digits[sizeof digits - 1 - n++] = '-';
  append_bytes (stream->out, digits + sizeof digits - n, n);
}

void
dossier_json_stream_add_fraction_value (DossierJsonStream *stream,
                                        double             value)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  before_value (stream);
  /* A fixed number of decimals: the same value is always the same text,
   * whatever the platform's printf makes of the last digits. */
  g_ascii_formatd (number, sizeof number, "%.3f", CLAMP (value, -1e9, 1e9));
  append_bytes (stream->out, number, strlen (number));
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
