/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "config.h"

#include "dossier-text-decode.h"

#include "dossier-bytes.h"
#include "dossier-core-error.h"

#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

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

/* The length of the well-formed UTF-8 character at @s (its first byte above
 * ASCII), of at most @avail bytes, or 0 where it is not one: what
 * g_utf8_validate () accepts (no overlong forms, no surrogates, nothing
 * above U+10FFFF). */
static inline gsize
utf8_character_length (const guchar *s,
                       gsize         avail)
{
  guchar b = s[0];
  guchar low = 0x80, high = 0xBF;

  if (b < 0xC2)
    return 0;
  if (b < 0xE0)
    return avail >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
  if (b < 0xF0)
    {
      if (b == 0xE0)
        low = 0xA0;
      else if (b == 0xED)
        high = 0x9F;
      return avail >= 3 && s[1] >= low && s[1] <= high && (s[2] & 0xC0) == 0x80 ? 3 : 0;
    }
  if (b < 0xF5)
    {
      if (b == 0xF0)
        low = 0x90;
      else if (b == 0xF4)
        high = 0x8F;
      return avail >= 4 && s[1] >= low && s[1] <= high && (s[2] & 0xC0) == 0x80 &&
             (s[3] & 0xC0) == 0x80 ? 4 : 0;
    }
  return 0;
}

/* Whether the UTF-8 character @s of @n bytes is a no-break or narrow space
 * (U+00A0, U+202F, U+2007, U+2009); see normalise_spaces (). */
static inline gboolean
is_special_space (const guchar *s,
                  gsize         n)
{
  if (n == 2)
    return s[0] == 0xC2 && s[1] == 0xA0;
  return n == 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0xAF || s[2] == 0x87 || s[2] == 0x89);
}

/* Whether @b is a control byte that looks_binary () counts: one that text
 * does not hold (a NUL, an escape), not a line or page break or a tab. */
static inline gboolean
is_binary_control (guchar b)
{
  return b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != '\v';
}

/* Decodes @text as UTF-8 into @out (empty, with room for @len bytes), in
 * one pass: what append_char () and normalise_spaces () would make of it,
 * validating on the way, and counting the control bytes
 * is_binary_control () counts among the first @sample bytes into
 * @controls.  Returns FALSE, with @out and @controls in an unspecified
 * state, if @text is not valid UTF-8, or if it holds a NUL byte: then
 * @nul is set (such a text is read otherwise), saving a pass over the
 * text to look for one first.
 *
 * Most of a page is printable ASCII, line feeds and tabs: whole words of it
 * are copied and only the other bytes are looked at one by one. */
static gboolean
decode_utf8 (const char *text,
             gsize       len,
             gsize       sample,
             gsize      *controls,
             gboolean   *nul,
             GString    *out)
{
  const guchar *in = (const guchar *) text;
  char *dst = out->str;
  gsize i = 0, o = 0;

  g_assert (out->allocated_len > len);

  *controls = 0;
  while (i < len)
    {
      guchar b;

      /* The output is never ahead of the input, so stores of whole words
       * stay within @len.  Sixteen bytes are tried at a time, then eight:
       * they are stored before they are looked at, and the bytes from the
       * first that needs a look on are written again below. */
#ifdef __SSE2__
      /* Where the CPU compares sixteen bytes at once (every x86-64 CPU
       * does), one signed comparison flags the bytes above ASCII
       * (negative) and the control bytes alike, and line feeds and tabs,
       * which end every line of a page's markup (one in 80 bytes of the
       * AEB pages), are let through: stopping at each was half the time
       * of this loop. */
      while (i + 16 <= len)
        {
          __m128i bytes = _mm_loadu_si128 ((const __m128i *) (text + i));
          __m128i special = _mm_andnot_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (bytes, _mm_set1_epi8 ('\n')),
                                                            _mm_cmpeq_epi8 (bytes, _mm_set1_epi8 ('\t'))),
                                              _mm_cmplt_epi8 (bytes, _mm_set1_epi8 (' ')));
          int mask = _mm_movemask_epi8 (special);

          _mm_storeu_si128 ((__m128i *) (dst + o), bytes);
          if (mask != 0)
            {
              guint skip = __builtin_ctz (mask);

              i += skip;
              o += skip;
              break;
            }
          i += 16;
          o += 16;
        }
#else
      while (i + 16 <= len)
        {
          guint64 first = dossier_bytes_load (text + i);
          guint64 second = dossier_bytes_load (text + i + 8);

          if ((dossier_bytes_high_or_control (first) | dossier_bytes_high_or_control (second)) != 0)
            break;
          memcpy (dst + o, &first, 8);
          memcpy (dst + o + 8, &second, 8);
          i += 16;
          o += 16;
        }
#endif
      while (i + 8 <= len)
        {
          guint64 word = dossier_bytes_load (text + i);
          guint64 special = dossier_bytes_high_or_control (word);

          memcpy (dst + o, &word, 8);
          if (special != 0)
            {
              guint skip = dossier_bytes_first (special);

              i += skip;
              o += skip;
              break;
            }
          i += 8;
          o += 8;
        }
      if (i >= len)
        break;

      b = in[i];
      if (b >= 0x80)
        {
          gsize n = utf8_character_length (in + i, len - i);

          if (n == 0)
            return FALSE;
          if (is_special_space (in + i, n))
            dst[o++] = ' ';
          else
            for (gsize k = 0; k < n; k++)
              dst[o++] = text[i + k];
          i += n;
        }
      else if (b >= 0x20 || b == '\n' || b == '\t')
        {
          dst[o++] = b;
          i++;
        }
      else if (b == '\r')
        {
          /* CR LF and lone CR become LF. */
          dst[o++] = '\n';
          i += i + 1 < len && in[i + 1] == '\n' ? 2 : 1;
        }
      else if (b == '\0')
        {
          *nul = TRUE;
          return FALSE;
        }
      else
        {
          /* Other controls are dropped, as append_char () drops them. */
          if (i < sample && is_binary_control (b))
            (*controls)++;
          i++;
        }
    }

  g_string_set_size (out, o);
  return TRUE;
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

/* How much of a text is read for control bytes (is_binary_control ()). */
#define BINARY_SAMPLE_SIZE (64 * 1024)

/* Binary formats hold NUL bytes from their header on and all through; a
 * page saved with a few stray ones deep inside is still text. */
static gboolean
nul_bytes_look_binary (const guint8 *bytes,
                       gsize         len)
{
  return memchr (bytes, '\0', MIN (len, (gsize) 4096)) != NULL || count_nul_bytes (bytes, len) * 1000 > len;
}

/* Text has next to no C0 controls; a few stray ones (ESC in a pasted
 * terminal log) are tolerated, a sprinkling of them among the first
 * @sample bytes is a binary file. */
static gboolean
controls_look_binary (gsize controls,
                      gsize sample)
{
  return controls > 8 && controls * 100 > sample;
}

static gsize
count_binary_controls (const guint8 *bytes,
                       gsize         sample)
{
  gsize controls = 0;

  for (gsize i = 0; i < sample;)
    {
      /* Words without a control byte (looked for exactly, so that the
       * spaces after a line feed do not count) are stepped over. */
      if (i + 8 <= sample)
        {
          guint64 word = dossier_bytes_load ((const char *) bytes + i);

          if ((dossier_bytes_high_or_control (word) & ~word) == 0)
            {
              i += 8;
              continue;
            }
        }
      for (gsize end = MIN (i + 8, sample); i < end; i++)
        controls += is_binary_control (bytes[i]);
    }
  return controls;
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
  gboolean spaces_normalised = FALSE;
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

      if (len >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
          text += 3;
          text_len -= 3;
          result->encoding = "UTF-8 (BOM)";
        }

      gsize sample = MIN (text_len, (gsize) BINARY_SAMPLE_SIZE);
      gsize controls;
      gboolean has_nul = FALSE;
      gboolean utf8;

      /* The sample's control bytes are counted as the text is decoded,
       * and NUL bytes looked for; a text that is not UTF-8 is looked at
       * apart. */
      utf8 = decode_utf8 (text, text_len, sample, &controls, &has_nul, out);
      if (!utf8 && !has_nul)
        has_nul = text_len > 0 && memchr (text, '\0', text_len) != NULL;
      if (has_nul)
        {
          gsize kept = 0, dropped, ignored;
          gboolean ignored_nul = FALSE;

          if (nul_bytes_look_binary ((const guint8 *) text, text_len))
            {
              g_set_error (error, DOSSIER_CORE_ERROR, DOSSIER_CORE_ERROR_BINARY,
                           _("the file is binary data, not text (it contains NUL bytes or control codes)"));
              return FALSE;
            }
          controls = count_binary_controls ((const guint8 *) text, sample);
          /* The few stray NUL bytes of a text are left out before it is
           * read (they would end its strings). */
          without_nul = g_malloc (text_len);
          for (gsize i = 0; i < text_len; i++)
            if (text[i] != '\0')
              without_nul[kept++] = text[i];
          dropped = text_len - kept;
          text = without_nul;
          text_len = kept;
          nul_warning = g_strdup_printf (_("the file held %lu NUL bytes, which are no text; they were left out"),
                                         (unsigned long) dropped);
          g_string_truncate (out, 0);
          utf8 = decode_utf8 (text, text_len, 0, &ignored, &ignored_nul, out);
        }
      else if (!utf8)
        controls = count_binary_controls ((const guint8 *) text, sample);
      if (controls_look_binary (controls, sample))
        {
          g_set_error (error, DOSSIER_CORE_ERROR, DOSSIER_CORE_ERROR_BINARY,
                       _("the file is binary data, not text (it contains NUL bytes or control codes)"));
          return FALSE;
        }

      if (utf8)
        {
          /* Its no-break and narrow spaces are plain ones already. */
          spaces_normalised = TRUE;
          if (result->encoding == NULL)
            result->encoding = "UTF-8";
        }
      else
        {
          g_string_truncate (out, 0);
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

  if (!spaces_normalised)
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
