/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "config.h"

#include "dossier-text-decode.h"

#include "dossier-bytes.h"
#include "dossier-core-error.h"

#include <string.h>

#include <glib/gi18n-lib.h>

/* Windows-1252 differs from Latin-1 in 0x80–0x9F, where pages saved by
 * Windows tools put their curly quotes and dashes.  Unassigned bytes map to
 * U+FFFD. */
static const gunichar windows_1252_high[32] = {
  0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
  0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0xFFFD,
};

/* Appends @c to @out normalising line endings: CR LF and lone CR become LF.
 * Other C0 controls but tab and form feed are dropped; they carry nothing a
 * reader sees. */
static inline void
append_char (GString  *out,
             gunichar  c,
             gboolean *after_cr)
{
  if (c == '\r')
    {
      g_string_append_c (out, '\n');
      *after_cr = TRUE;
      return;
    }
  if (c == '\n' && *after_cr)
    {
      *after_cr = FALSE;
      return;
    }
  *after_cr = FALSE;
  if (c < 0x20 && c != '\n' && c != '\t')
    return;
  if (c < 0x80)
    g_string_append_c (out, (char) c);
  else
    g_string_append_unichar (out, c);
}

/* Text is mostly ASCII without control bytes: the scans below step over
 * eight such bytes at a time (dossier-bytes.h).  Whether any of the eight
 * bytes of @w may be below 0x20 (never missed; rarely a false alarm, which
 * the callers check byte by byte). */
static inline gboolean
may_have_control (guint64 w)
{
  return dossier_bytes_below (w, 0x20) != 0;
}

/* g_utf8_validate_len () on the runs of non-ASCII bytes only: ASCII is
 * valid (the caller has ruled out NUL), and a run of bytes above ASCII
 * between ASCII bytes holds whole characters if the text is valid. */
static gboolean
utf8_valid (const char *text,
            gsize       len)
{
  gsize i = 0;

  while ((i = dossier_bytes_skip_ascii (text, i, len)) < len)
    {
      gsize run = i;

      while (run < len && (guchar) text[run] >= 0x80)
        run++;
      if (!g_utf8_validate_len (text + i, run - i, NULL))
        return FALSE;
      i = run;
    }
  return TRUE;
}

/* Whether @text has a byte append_char () would change: a control byte
 * other than line feed and tab. */
static gboolean
has_changed_controls (const char *text,
                      gsize       len)
{
  gsize i = 0;

  while (i < len)
    {
      if (i + 8 <= len && !may_have_control (dossier_bytes_load (text + i)))
        {
          i += 8;
          continue;
        }
      for (gsize end = MIN (i + 8, len); i < end; i++)
        {
          guchar b = text[i];
          if (b < 0x20 && b != '\n' && b != '\t')
            return TRUE;
        }
    }
  return FALSE;
}

/* No-break and narrow spaces separate words as a space does; pages use them
 * between a title and a name or in bylines ("By\u00A0Angela").  They become
 * plain spaces so that every later step sees one kind of space. */
static void
normalise_spaces (GString *text)
{
  gsize in = 0, out = 0;

  while (in < text->len)
    {
      /* ASCII is kept as it is: step to the next byte above it. */
      gsize high = dossier_bytes_skip_ascii (text->str, in, text->len);
      guchar b;

      if (out != in)
        memmove (text->str + out, text->str + in, high - in);
      out += high - in;
      in = high;
      if (in >= text->len)
        break;
      b = text->str[in];
      if (b == 0xC2 && in + 1 < text->len && (guchar) text->str[in + 1] == 0xA0)
        {
          text->str[out++] = ' ';
          in += 2;
        }
      else if (b == 0xE2 && in + 2 < text->len && (guchar) text->str[in + 1] == 0x80 &&
               ((guchar) text->str[in + 2] == 0xAF || (guchar) text->str[in + 2] == 0x87 ||
                (guchar) text->str[in + 2] == 0x89))
        {
          text->str[out++] = ' ';
          in += 3;
        }
      else
        text->str[out++] = text->str[in++];
    }
  g_string_truncate (text, out);
}

static gsize
count_nul_bytes (const guint8 *bytes,
                 gsize         len)
{
  gsize nul = 0;

  for (const guint8 *p = memchr (bytes, '\0', len); p != NULL; p = memchr (p + 1, '\0', len - (p + 1 - bytes)))
    {
      nul++;
      if (p + 1 >= bytes + len)
        break;
    }
  return nul;
}

/* How much of a text looks_binary () reads.  It tells on the way whether
 * what it read has a byte has_changed_controls () looks for, so that a
 * text no longer than that is not read again for it. */
#define BINARY_SAMPLE_SIZE (64 * 1024)

static gboolean
looks_binary (const guint8 *bytes,
              gsize         len,
              gboolean     *changed_controls)
{
  gsize controls = 0;
  gboolean changed = FALSE;
  gsize sample = MIN (len, (gsize) BINARY_SAMPLE_SIZE);

  /* An empty file's bytes may be NULL, which memchr() must not get. */
  if (len == 0)
    return FALSE;
  /* Binary formats hold NUL bytes from their header on and all through;
   * a page saved with a few stray ones deep inside is still text. */
  if (count_nul_bytes (bytes, len) > 0 &&
      (memchr (bytes, '\0', MIN (len, (gsize) 4096)) != NULL || count_nul_bytes (bytes, len) * 1000 > len))
    return TRUE;

  for (gsize i = 0; i < sample;)
    {
      if (i + 8 <= sample && !may_have_control (dossier_bytes_load ((const char *) bytes + i)))
        {
          i += 8;
          continue;
        }
      for (gsize end = MIN (i + 8, sample); i < end; i++)
        {
          guint8 b = bytes[i];
          if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != '\v')
            controls++;
          changed |= b < 0x20 && b != '\n' && b != '\t';
        }
    }
  *changed_controls = changed;
  /* Text has next to no C0 controls; a few stray ones (ESC in a pasted
   * terminal log) are tolerated, a sprinkling of them is a binary file. */
  return controls > 8 && controls * 100 > sample;
}

/* Without a BOM, UTF-16 still shows: in mostly-ASCII text every other byte
 * is NUL.  Returns 1 for little endian, 2 for big endian, 0 for neither. */
static int
sniff_utf16 (const guint8 *bytes,
             gsize         len)
{
  gsize sample = MIN (len, (gsize) 4096) & ~(gsize) 1;
  gsize even_nul = 0, odd_nul = 0;

  if (sample < 4)
    return 0;
  /* UTF-16 of any script has a NUL in most of its pairs; a sample with
   * none, as of every other text, is not counted. */
  if (memchr (bytes, '\0', sample) == NULL)
    return 0;

  for (gsize i = 0; i < sample; i += 2)
    {
      even_nul += bytes[i] == 0;
      odd_nul += bytes[i + 1] == 0;
    }
  if (odd_nul * 10 >= sample / 2 * 9 && even_nul * 10 < sample / 2)
    return 1;
  if (even_nul * 10 >= sample / 2 * 9 && odd_nul * 10 < sample / 2)
    return 2;
  return 0;
}

static gboolean
decode_utf16 (const guint8       *bytes,
              gsize               len,
              gboolean            little_endian,
              DossierDecodedText *result,
              GString            *out)
{
  gboolean after_cr = FALSE;
  gboolean replaced = FALSE;

  for (gsize i = 0; i + 1 < len; i += 2)
    {
      gunichar unit = little_endian ? (bytes[i] | bytes[i + 1] << 8)
                                    : (bytes[i] << 8 | bytes[i + 1]);
      gunichar c = unit;

      if (unit >= 0xD800 && unit <= 0xDBFF)
        {
          gunichar low = 0;
          if (i + 3 < len)
            low = little_endian ? (bytes[i + 2] | bytes[i + 3] << 8)
                                : (bytes[i + 2] << 8 | bytes[i + 3]);
          if (low >= 0xDC00 && low <= 0xDFFF)
            {
              c = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
              i += 2;
            }
          else
            {
              c = 0xFFFD;
              replaced = TRUE;
            }
        }
      else if (unit >= 0xDC00 && unit <= 0xDFFF)
        {
          c = 0xFFFD;
          replaced = TRUE;
        }
      else if (unit == 0)
        return FALSE;

      append_char (out, c, &after_cr);
    }

  if (replaced || len % 2 != 0)
    result->warning = g_strdup (_("the UTF-16 text had broken characters; they are shown as �"));
  return TRUE;
}

gboolean
dossier_text_decode (const guint8       *bytes,
                     gsize               len,
                     gsize               max_size,
                     DossierDecodedText *result,
                     GError            **error)
{
  g_autoptr(GString) out = NULL;
  g_autofree char *without_nul = NULL;
  g_autofree char *nul_warning = NULL;
  gboolean after_cr = FALSE;
  gboolean only_space = TRUE;
  int utf16 = 0;

  g_return_val_if_fail (bytes != NULL || len == 0, FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  memset (result, 0, sizeof *result);
  if (max_size == 0)
    max_size = DOSSIER_TEXT_DEFAULT_MAX_SIZE;

  if (len > max_size)
    {
      g_set_error (error, DOSSIER_CORE_ERROR, DOSSIER_CORE_ERROR_TOO_LARGE,
                   _("the file is too large (%lu MiB; the limit is %lu MiB)"),
                   (unsigned long) (len / (1024 * 1024)), (unsigned long) (max_size / (1024 * 1024)));
      return FALSE;
    }

  out = g_string_sized_new (len + 1);

  if (len >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
    utf16 = bytes[0] == 0xFF ? 1 : 2;
  else if (!(len >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF))
    utf16 = sniff_utf16 (bytes, len);

  if (utf16 != 0)
    {
      gboolean has_bom = len >= 2 && (bytes[0] == 0xFF || bytes[0] == 0xFE) &&
                         (bytes[1] == 0xFE || bytes[1] == 0xFF);
      gsize skip = has_bom ? 2 : 0;

      if (!decode_utf16 (bytes + skip, len - skip, utf16 == 1, result, out))
        {
          g_set_error (error, DOSSIER_CORE_ERROR, DOSSIER_CORE_ERROR_BINARY,
                       _("the file looks like UTF-16 text but contains NUL characters; it is probably not text"));
          return FALSE;
        }
      result->encoding = utf16 == 1 ? "UTF-16LE" : "UTF-16BE";
    }
  else
    {
      const char *text = (const char *) bytes;
      gsize text_len = len;
      gboolean valid;
      gboolean sample_controls = FALSE;
      gboolean changed_controls;

      if (len >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
          text += 3;
          text_len -= 3;
          result->encoding = "UTF-8 (BOM)";
        }

      if (looks_binary ((const guint8 *) text, text_len, &sample_controls))
        {
          g_set_error (error, DOSSIER_CORE_ERROR, DOSSIER_CORE_ERROR_BINARY,
                       _("the file is binary data, not text (it contains NUL bytes or control codes)"));
          return FALSE;
        }
      /* The few stray NUL bytes of a text are left out before it is read
       * (they would end its strings). */
      if (len > 0 && memchr (text, '\0', text_len) != NULL)
        {
          gsize kept = 0, dropped;

          without_nul = g_malloc (text_len);
          for (gsize i = 0; i < text_len; i++)
            if (text[i] != '\0')
              without_nul[kept++] = text[i];
          dropped = text_len - kept;
          text = without_nul;
          text_len = kept;
          nul_warning = g_strdup_printf (_("the file held %lu NUL bytes, which are no text; they were left out"),
                                         (unsigned long) dropped);
        }

      valid = utf8_valid (text, text_len);
      /* The sample looks_binary () read is the whole text where the text
       * is short and no NUL was left out: its controls are the text's. */
      if (without_nul == NULL && text_len <= BINARY_SAMPLE_SIZE)
        changed_controls = sample_controls;
      else
        changed_controls = has_changed_controls (text, text_len);
      if (valid && !changed_controls)
        {
          /* Nothing to normalise but spaces: copied whole. */
          g_string_append_len (out, text, text_len);
          if (result->encoding == NULL)
            result->encoding = "UTF-8";
        }
      else if (valid)
        {
          for (gsize i = 0; i < text_len; i++)
            {
              guchar b = text[i];
              /* Runs of printable ASCII are copied as they are. */
              if (b >= 0x20 && b < 0x80)
                {
                  gsize run = i;
                  while (run < text_len && (guchar) text[run] >= 0x20 && (guchar) text[run] < 0x80)
                    run++;
                  g_string_append_len (out, text + i, run - i);
                  i = run - 1;
                  after_cr = FALSE;
                }
              else if (b >= 0x80)
                {
                  /* Copy a whole run of non-ASCII bytes at once; they are
                   * valid UTF-8 and need no normalisation. */
                  gsize run = i;
                  while (run < text_len && (guchar) text[run] >= 0x80)
                    run++;
                  g_string_append_len (out, text + i, run - i);
                  i = run - 1;
                  after_cr = FALSE;
                }
              else
                append_char (out, b, &after_cr);
            }
          if (result->encoding == NULL)
            result->encoding = "UTF-8";
        }
      else
        {
          for (gsize i = 0; i < text_len; i++)
            {
              guchar b = text[i];
              gunichar c = b >= 0x80 && b < 0xA0 ? windows_1252_high[b - 0x80] : b;
              append_char (out, c, &after_cr);
            }
          result->encoding = "Windows-1252";
          result->warning = g_strdup ("the file is not valid UTF-8; it was read as Latin-1 (Windows-1252), "
                                      "so some characters may be wrong");
        }
    }

  normalise_spaces (out);
  if (nul_warning != NULL && result->warning == NULL)
    result->warning = g_steal_pointer (&nul_warning);

  for (gsize i = 0; i < out->len && only_space; i++)
    only_space = g_ascii_isspace (out->str[i]);
  if (only_space)
    {
      g_clear_pointer (&result->warning, g_free);
      g_set_error (error, DOSSIER_CORE_ERROR, DOSSIER_CORE_ERROR_EMPTY,
                   len == 0 ? _("the file is empty") : _("the file contains only white space"));
      return FALSE;
    }

  result->len = out->len;
  result->text = g_string_free (g_steal_pointer (&out), FALSE);
  return TRUE;
}

void
dossier_decoded_text_clear (DossierDecodedText *result)
{
  if (result == NULL)
    return;
  g_clear_pointer (&result->text, g_free);
  g_clear_pointer (&result->warning, g_free);
  result->len = 0;
  result->encoding = NULL;
}
