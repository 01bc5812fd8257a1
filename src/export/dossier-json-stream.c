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

/* What is written is passed on once there is this much of it: enough for
 * a few system calls a megabyte, little enough that the text of a large
 * dossier is never held twice (the buffer doubles up to twice this). */
#define PASS_ON_AT (1 << 16)

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

/* Room for @n more bytes in @out: where to write them.  The caller writes
 * at most @n bytes and ends with commit (): one capacity check per value,
 * not one g_string_append*() (and its checks) per piece of it. */
static inline char *
reserve (GString *out,
         gsize    n)
{
  if (G_UNLIKELY (out->len + n >= out->allocated_len))
    {
      gsize len = out->len;

      /* GString grows by doubling: a stream of values costs few moves. */
      g_string_set_size (out, len + n);
      out->len = len;
    }
  return out->str + out->len;
}

static inline void
commit (GString *out,
        char    *end)
{
  out->len = end - out->str;
  *end = '\0';
}

/* A line break and the indentation of @depth, written at @w. */
static inline char *
write_newline (char  *w,
               guint  depth)
{
  *w++ = '\n';
  for (guint i = 0; i < depth; i++)
    {
      *w++ = ' ';
      *w++ = ' ';
    }
  return w;
}

/* g_string_append_len () goes through the general g_string_insert_len ();
 * the stream only ever appends. */
static inline void
append_bytes (GString    *out,
              const char *bytes,
              gsize       len)
{
  char *w = reserve (out, len);

  memcpy (w, bytes, len);
  commit (out, w + len);
}

/* Copies @len bytes to @w: a member name, most under sixteen bytes, by
 * two loads and stores that may overlap rather than by a call to memcpy (). */
static inline void
copy_short (char       *w,
            const char *bytes,
            gsize       len)
{
  if (len >= 8 && len <= 16)
    {
      memcpy (w, bytes, 8);
      memcpy (w + len - 8, bytes + len - 8, 8);
    }
  else if (len >= 4 && len < 8)
    {
      memcpy (w, bytes, 4);
      memcpy (w + len - 4, bytes + len - 4, 4);
    }
  else
    memcpy (w, bytes, len);
}

/* The most before_value () writes: a comma, a line break, the indentation. */
#define BEFORE_VALUE_MAX(stream) (2 + 2 * (gsize) (stream)->depth)

/* Before any value, at @w: the comma after a sibling, the line break. */
static inline char *
write_before_value (DossierJsonStream *stream,
                    char              *w)
{
  guint64 bit;

  if (stream->after_member_name)
    {
      stream->after_member_name = FALSE;
      return w;
    }
  if (stream->depth == 0)
    return w;
  bit = G_GUINT64_CONSTANT (1) << MIN (stream->depth, 63);
  if (stream->not_empty & bit)
    *w++ = ',';
  stream->not_empty |= bit;
  if (stream->pretty)
    w = write_newline (w, stream->depth);
  return w;
}

static void
before_value (DossierJsonStream *stream)
{
  char *w = reserve (stream->out, BEFORE_VALUE_MAX (stream));

  commit (stream->out, write_before_value (stream, w));
}

static void
open_container (DossierJsonStream *stream,
                char               bracket)
{
  char *w = reserve (stream->out, BEFORE_VALUE_MAX (stream) + 1);

  w = write_before_value (stream, w);
  *w++ = bracket;
  commit (stream->out, w);
  stream->depth++;
  stream->not_empty &= ~(G_GUINT64_CONSTANT (1) << MIN (stream->depth, 63));
}

static void
close_container (DossierJsonStream *stream,
                 char               bracket)
{
  gboolean had_content;
  char *w;

  g_return_if_fail (stream->depth > 0);

  had_content = (stream->not_empty & (G_GUINT64_CONSTANT (1) << MIN (stream->depth, 63))) != 0;
  stream->depth--;
  w = reserve (stream->out, 2 + 2 * (gsize) stream->depth);
  if (had_content && stream->pretty)
    w = write_newline (w, stream->depth);
  *w++ = bracket;
  commit (stream->out, w);
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

/* The bytes escaping adds to @value. */
static gsize
count_escapes (const char *value,
               gsize       len)
{
  gsize extra = 0;

  for (gsize i = 0; i < len; i++)
    {
      guchar c = value[i];

      if (G_LIKELY (c >= 0x20 && c != '"' && c != '\\'))
        continue;
      switch (c)
        {
        case '"': case '\\': case '\n': case '\r': case '\t': case '\b': case '\f':
          extra += 1;
          break;
        default:
          extra += 5;
        }
    }
  return extra;
}

/* The length of the well-formed UTF-8 sequence (of a code point up to
 * U+10FFFF, no surrogate, no overlong form: what g_utf8_validate ()
 * accepts) that starts with the byte above ASCII at @p, @n bytes from the
 * end of the string; 0 when there is none. */
static inline gsize
utf8_sequence (const guchar *p,
               gsize         n)
{
  guchar c = p[0];

  if (c >= 0xC2 && c <= 0xDF)
    return n >= 2 && (p[1] & 0xC0) == 0x80 ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF)
    {
      if (n < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
        return 0;
      if ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] >= 0xA0))
        return 0;
      return 3;
    }
  if (c >= 0xF0 && c <= 0xF4)
    {
      if (n < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80)
        return 0;
      if ((c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] >= 0x90))
        return 0;
      return 4;
    }
  return 0;
}

/* @word with its first @n bytes (in memory order) dropped and the others
 * moved to the front, zeros after them. */
static inline guint64
shift_to_front (guint64 word,
                guint   n)
{
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  return word >> (8 * n);
#else
  return word << (8 * n);
#endif
}

/* The high bits of the first @n bytes (1 to 7) of a word, in memory order. */
static inline guint64
front_bytes (gsize n)
{
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  return DOSSIER_BYTES_HIGHS & ((G_GUINT64_CONSTANT (1) << (8 * n)) - 1);
#else
  return DOSSIER_BYTES_HIGHS & ~(G_MAXUINT64 >> (8 * n));
#endif
}

/* The bytes of @word that a JSON string cannot hold as they are, or that
 * must be checked as UTF-8: below 0x20, a quote, a backslash, above ASCII.
 * Exactly, so that the first one flagged is the first one there is. */
static inline guint64
json_special (guint64 word)
{
  return dossier_bytes_high_or_control (word) | dossier_bytes_equal_exactly (word, '"') |
         dossier_bytes_equal_exactly (word, '\\');
}

/* Writes @value quoted and escaped at @w, checking its UTF-8 on the way,
 * in one pass: eight bytes at a time while they are plain ASCII, up to the
 * first byte that needs a look when a word holds one (each byte is read
 * once, not once more for every byte before it in the word), and a string
 * of eight bytes or more to its end so too.  Room for the worst case
 * (every byte \u00XX) and eight bytes more is reserved by the caller.
 * Returns the end of what was written, or NULL when @value holds a NUL or
 * is no valid UTF-8 (nothing of it counts then). */
static char *
write_escaped (char       *w,
               const char *value,
               gsize       len)
{
  static const char hex[] = "0123456789abcdef";
  const guchar *p = (const guchar *) value;
  const guchar *end = p + len;

  *w++ = '"';
  while (p < end)
    {
      guchar c;

      if (end - p >= 8)
        {
          guint64 word = dossier_bytes_load ((const char *) p);
          guint64 special = json_special (word);

          /* The whole word is written (the caller leaves room for eight
           * bytes more than the worst case), only its plain bytes
           * counted. */
          memcpy (w, &word, 8);
          if (special == 0)
            {
              w += 8;
              p += 8;
              continue;
            }
          w += dossier_bytes_first (special);
          p += dossier_bytes_first (special);
        }
      else if (len >= 8)
        {
          /* The last bytes of a string are read as the end of its last
           * eight, moved to the front of the word; the word's other bytes
           * are not looked at. */
          gsize left = end - p;
          guint64 word = shift_to_front (dossier_bytes_load ((const char *) end - 8), 8 - left);
          guint64 special = json_special (word) & front_bytes (left);

          memcpy (w, &word, 8);
          if (special == 0)
            {
              w += left;
              break;
            }
          w += dossier_bytes_first (special);
          p += dossier_bytes_first (special);
        }
      c = *p;
      if (c >= 0x80)
        {
          gsize n = utf8_sequence (p, end - p);

          if (n == 0)
            return NULL;
          /* Two to four bytes, copied here rather than by a call. */
          w[0] = p[0];
          w[1] = p[1];
          if (n > 2)
            w[2] = p[2];
          if (n > 3)
            w[3] = p[3];
          w += n;
          p += n;
          continue;
        }
      p++;
      if (G_LIKELY (c >= 0x20 && c != '"' && c != '\\'))
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
        case '\0': return NULL;
        default:
          *w++ = 'u';
          *w++ = '0';
          *w++ = '0';
          *w++ = hex[c >> 4];
          *w++ = hex[c & 0xF];
        }
    }
  *w++ = '"';
  return w;
}

/* The value after before_value (), in the same reservation.  The analysis
 * only holds valid UTF-8; anything else would make the whole document
 * unreadable, so it is never written: such a string (or one with a NUL)
 * is written as g_utf8_make_valid () makes it. */
static void
add_string (DossierJsonStream *stream,
            const char        *value,
            gsize              len)
{
  GString *out = stream->out;
  gsize before = out->len;
  /* The worst case, and eight bytes that write_escaped () may write
   * past what it counts. */
  char *w = reserve (out, BEFORE_VALUE_MAX (stream) + 6 * len + 2 + 8);
  char *end;

  w = write_before_value (stream, w);
  end = write_escaped (w, value, len);
  if (G_LIKELY (end != NULL))
    {
      commit (out, end);
      return;
    }

  {
    g_autofree char *valid = g_utf8_make_valid (value, len);
    gsize valid_len = strlen (valid);

    commit (out, w);
    g_assert (out->len >= before);
    append_escaped (out, valid, valid_len, count_escapes (valid, valid_len));
  }
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
  char *w;

  /* The comma, the quotes, the name and the colon in one step: every
   * value of an object comes after one. */
  w = reserve (stream->out, BEFORE_VALUE_MAX (stream) + len + 4);
  w = write_before_value (stream, w);
  *w++ = '"';
  copy_short (w, name, len);
  w += len;
  *w++ = '"';
  *w++ = ':';
  if (stream->pretty)
    *w++ = ' ';
  commit (stream->out, w);
  stream->after_member_name = TRUE;
}

void
dossier_json_stream_add_string_len (DossierJsonStream *stream,
                                    const char        *value,
                                    gsize              len)
{
  add_string (stream, value, len);
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
  char *w;

  /* Written backwards into a buffer, then appended at once. */
  do
    {
      digits[sizeof digits - 1 - n++] = '0' + magnitude % 10;
      magnitude /= 10;
    }
  while (magnitude > 0);
  if (value < 0)
    digits[sizeof digits - 1 - n++] = '-';
  w = reserve (stream->out, BEFORE_VALUE_MAX (stream) + n);
  w = write_before_value (stream, w);
  memcpy (w, digits + sizeof digits - n, n);
  commit (stream->out, w + n);
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
  if (value)
    append_bytes (stream->out, "true", 4);
  else
    append_bytes (stream->out, "false", 5);
}

void
dossier_json_stream_add_null_value (DossierJsonStream *stream)
{
  before_value (stream);
  append_bytes (stream->out, "null", 4);
}
