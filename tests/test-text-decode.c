/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Reading bytes: encodings, line endings, and the inputs that are refused. */

#include <string.h>

#include "dossier-bytes.h"
#include "dossier-core-error.h"
#include "dossier-text-decode.h"

static char *
decode_ok (const guint8 *bytes,
           gsize         len,
           const char  **encoding,
           char        **warning)
{
  DossierDecodedText result;
  g_autoptr(GError) error = NULL;
  char *text;

  g_assert_true (dossier_text_decode (bytes, len, 0, &result, &error));
  g_assert_no_error (error);
  text = g_steal_pointer (&result.text);
  if (encoding)
    *encoding = result.encoding;
  if (warning)
    *warning = g_steal_pointer (&result.warning);
  dossier_decoded_text_clear (&result);
  return text;
}

static void
test_utf8_plain_and_bom (void)
{
  const char *plain = "Zelenskyy’s “victory plan”\n";
  const guint8 with_bom[] = "\xEF\xBB\xBFKyiv\n";
  const char *encoding;
  g_autofree char *a = decode_ok ((const guint8 *) plain, strlen (plain), &encoding, NULL);
  g_autofree char *b = NULL;

  g_assert_cmpstr (a, ==, plain);
  g_assert_cmpstr (encoding, ==, "UTF-8");
  b = decode_ok (with_bom, sizeof with_bom - 1, &encoding, NULL);
  g_assert_cmpstr (b, ==, "Kyiv\n");
  g_assert_cmpstr (encoding, ==, "UTF-8 (BOM)");
}

static void
test_line_endings (void)
{
  const char *crlf = "one\r\ntwo\rthree\n\r\nfour";
  g_autofree char *text = decode_ok ((const guint8 *) crlf, strlen (crlf), NULL, NULL);

  g_assert_cmpstr (text, ==, "one\ntwo\nthree\n\nfour");
}

static void
test_utf16 (void)
{
  /* "Київ\r\nNATO" in UTF-16LE with BOM, and big endian without one. */
  const guint8 le[] = { 0xFF, 0xFE, 0x1A, 0x04, 0x38, 0x04, 0x57, 0x04, 0x32, 0x04, '\r', 0, '\n', 0,
                        'N', 0, 'A', 0, 'T', 0, 'O', 0 };
  const guint8 be_no_bom[] = { 0, 'N', 0, 'A', 0, 'T', 0, 'O', 0, ' ', 0, 's', 0, 'a', 0, 'y', 0, 's' };
  const char *encoding;
  g_autofree char *a = decode_ok (le, sizeof le, &encoding, NULL);
  g_autofree char *b = NULL;

  g_assert_cmpstr (a, ==, "Київ\nNATO");
  g_assert_cmpstr (encoding, ==, "UTF-16LE");
  b = decode_ok (be_no_bom, sizeof be_no_bom, &encoding, NULL);
  g_assert_cmpstr (b, ==, "NATO says");
  g_assert_cmpstr (encoding, ==, "UTF-16BE");
}

static void
test_latin1_fallback (void)
{
  /* "Café “news”" in Windows-1252: invalid as UTF-8. */
  const guint8 bytes[] = { 'C', 'a', 'f', 0xE9, ' ', 0x93, 'n', 'e', 'w', 's', 0x94 };
  const char *encoding;
  g_autofree char *warning = NULL;
  g_autofree char *text = decode_ok (bytes, sizeof bytes, &encoding, &warning);

  g_assert_cmpstr (text, ==, "Café “news”");
  g_assert_cmpstr (encoding, ==, "Windows-1252");
  g_assert_nonnull (warning);
  g_assert_nonnull (strstr (warning, "Latin-1"));
}

static void
assert_refused (const guint8 *bytes,
                gsize         len,
                gsize         max_size,
                int           code,
                const char   *reason)
{
  DossierDecodedText result;
  g_autoptr(GError) error = NULL;

  g_assert_false (dossier_text_decode (bytes, len, max_size, &result, &error));
  g_assert_error (error, DOSSIER_CORE_ERROR, code);
  g_assert_nonnull (strstr (error->message, reason));
  g_assert_null (result.text);
}

static void
test_refused_inputs (void)
{
  const guint8 binary[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };
  const char *spaces = "  \n\t\r\n   ";
  g_autofree guint8 *large = g_malloc0 (2048);

  memset (large, 'a', 2048);
  assert_refused ((const guint8 *) "", 0, 0, DOSSIER_CORE_ERROR_EMPTY, "empty");
  assert_refused ((const guint8 *) spaces, strlen (spaces), 0, DOSSIER_CORE_ERROR_EMPTY, "white space");
  assert_refused (binary, sizeof binary, 0, DOSSIER_CORE_ERROR_BINARY, "binary");
  assert_refused (large, 2048, 1024, DOSSIER_CORE_ERROR_TOO_LARGE, "too large");
}

/* The decoder steps over plain ASCII eight bytes at a time: what it must
 * see (an invalid byte, a carriage return, a no-break space) is found at
 * every offset of a block. */
static void
test_every_offset (void)
{
  for (gsize offset = 0; offset < 20; offset++)
    {
      g_autoptr(GString) prefix = g_string_new (NULL);
      g_autofree char *invalid = NULL;
      g_autofree char *crlf = NULL;
      g_autofree char *spaces = NULL;
      g_autofree char *expected = NULL;
      const char *encoding;

      for (gsize i = 0; i < offset; i++)
        g_string_append_c (prefix, 'a' + i % 26);

      invalid = g_strconcat (prefix->str, "caf\xE9 au lait", NULL);
      g_free (decode_ok ((const guint8 *) invalid, strlen (invalid), &encoding, NULL));
      g_assert_cmpstr (encoding, ==, "Windows-1252");

      crlf = g_strconcat (prefix->str, "one\r\ntwo\x01 three\n", NULL);
      g_free (expected);
      expected = g_strconcat (prefix->str, "one\ntwo three\n", NULL);
      {
        g_autofree char *text = decode_ok ((const guint8 *) crlf, strlen (crlf), &encoding, NULL);
        g_assert_cmpstr (text, ==, expected);
        g_assert_cmpstr (encoding, ==, "UTF-8");
      }

      spaces = g_strconcat (prefix->str, "By\xC2\xA0" "Angela 5\xE2\x80\xAFkm “quoted”", NULL);
      g_free (expected);
      expected = g_strconcat (prefix->str, "By Angela 5 km “quoted”", NULL);
      {
        g_autofree char *text = decode_ok ((const guint8 *) spaces, strlen (spaces), &encoding, NULL);
        g_assert_cmpstr (text, ==, expected);
      }
    }
}

/* The decoder validates UTF-8 as it copies: the forms g_utf8_validate ()
 * refuses (overlong, surrogates, past U+10FFFF, cut short) make the text
 * Windows-1252, whatever the offset; every well-formed character, of one to
 * four bytes, is kept as it is. */
static void
test_utf8_forms (void)
{
  const char *refused[] = {
    "\xC0\xAF", "\xC1\xBF", "\xE0\x9F\xBF", "\xED\xA0\x80", "\xF0\x8F\xBF\xBF",
    "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xFF", "\x80", "\xC3", "\xE2\x80", "\xF0\x9F\x98",
  };
  const char *kept = "\xC2\x80 \xDF\xBF \xE0\xA0\x80 \xED\x9F\xBF \xEE\x80\x80 \xEF\xBF\xBF "
                     "\xF0\x90\x80\x80 \xF0\x9F\x98\x80 \xF4\x8F\xBF\xBF";

  for (gsize offset = 0; offset < 17; offset++)
    {
      g_autofree char *prefix = g_strnfill (offset, 'x');
      g_autofree char *whole = g_strconcat (prefix, kept, "\n", NULL);
      const char *encoding;
      g_autofree char *text = decode_ok ((const guint8 *) whole, strlen (whole), &encoding, NULL);

      g_assert_cmpstr (text, ==, whole);
      g_assert_cmpstr (encoding, ==, "UTF-8");
      for (gsize i = 0; i < G_N_ELEMENTS (refused); i++)
        {
          g_autofree char *bad = g_strconcat (prefix, refused[i], NULL);
          g_autofree char *bad_inside = g_strconcat (prefix, refused[i], " and more text", NULL);

          g_free (decode_ok ((const guint8 *) bad, strlen (bad), &encoding, NULL));
          g_assert_cmpstr (encoding, ==, "Windows-1252");
          g_free (decode_ok ((const guint8 *) bad_inside, strlen (bad_inside), &encoding, NULL));
          g_assert_cmpstr (encoding, ==, "Windows-1252");
        }
    }
}

/* Control bytes make a binary file where they are many among the first
 * 64 KiB; past them, or few, they are dropped from a text. */
static void
test_control_bytes (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) expected = g_string_new (NULL);
  DossierDecodedText result;
  g_autoptr(GError) error = NULL;

  while (text->len < 64 * 1024)
    g_string_append (text, "A line of text\f\v\t\r\n");
  for (int i = 0; i < 2000; i++)
    g_string_append (text, "\x1B[0m");
  g_assert_true (dossier_text_decode ((const guint8 *) text->str, text->len, 0, &result, &error));
  g_assert_no_error (error);
  while (expected->len < result.len - 2000 * 3)
    g_string_append (expected, "A line of text\t\n");
  for (int i = 0; i < 2000; i++)
    g_string_append (expected, "[0m");
  g_assert_cmpstr (result.text, ==, expected->str);
  dossier_decoded_text_clear (&result);

  for (int i = 0; i < 10; i++)
    g_string_prepend (text, "\x1B[0m");
  g_string_truncate (text, 700);
  g_assert_false (dossier_text_decode ((const guint8 *) text->str, text->len, 0, &result, &error));
  g_assert_error (error, DOSSIER_CORE_ERROR, DOSSIER_CORE_ERROR_BINARY);
}

static void
test_stray_nul_bytes (void)
{
  /* A long text with a few NUL bytes deep inside is text: they are left
   * out, with a warning; NULs at the start are a binary file's. */
  g_autoptr(GString) text = g_string_new (NULL);
  DossierDecodedText result;
  g_autoptr(GError) error = NULL;

  while (text->len < 8192)
    g_string_append (text, "The ferry will run every forty minutes while the pier is repaired. ");
  g_string_append_len (text, "\0\0\0", 3);
  g_string_append (text, "The last sailing leaves at ten.");
  g_assert_true (dossier_text_decode ((const guint8 *) text->str, text->len, 0, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (result.encoding, ==, "UTF-8");
  g_assert_cmpuint (result.len, ==, text->len - 3);
  g_assert_true (g_str_has_suffix (result.text, "repaired. The last sailing leaves at ten."));
  g_assert_nonnull (strstr (result.warning, "NUL"));
  dossier_decoded_text_clear (&result);
}

/* dossier_bytes_ascii_strdown () lowers as g_ascii_strdown () does, eight
 * bytes a step: every byte value but NUL, at every place in a word and past
 * its end, every length up to a NUL and beyond it, and -1 for all. */
static void
test_ascii_strdown (void)
{
  char text[300];
  const char *words[] = {
    "", "A", "Zelenskyy SAID", "ÉTAT-MAJOR Ünited Nations @[`{ AZaz", "in this PHOTO taken by REUTERS, 2022",
  };

  for (guint b = 1; b < 256; b++)
    for (guint at = 0; at < 17; at++)
      {
        for (guint k = 0; k < 20; k++)
          text[k] = (char) ('a' + k);
        text[at] = (char) b;
        text[20] = '\0';
        for (gssize len = -1; len <= 21; len++)
          {
            g_autofree char *expected = g_ascii_strdown (text, len);
            g_autofree char *lowered = dossier_bytes_ascii_strdown (text, len);

            g_assert_cmpstr (lowered, ==, expected);
          }
      }
  for (guint w = 0; w < G_N_ELEMENTS (words); w++)
    for (gssize len = -1; len <= (gssize) strlen (words[w]) + 1; len++)
      {
        g_autofree char *expected = g_ascii_strdown (words[w], len);
        g_autofree char *lowered = dossier_bytes_ascii_strdown (words[w], len);

        g_assert_cmpstr (lowered, ==, expected);
      }
  /* A long text of every byte but NUL, from every start. */
  for (guint k = 0; k < 255; k++)
    text[k] = (char) (k + 1);
  text[255] = '\0';
  for (guint from = 0; from < 255; from++)
    {
      g_autofree char *expected = g_ascii_strdown (text + from, 255 - from);
      g_autofree char *lowered = dossier_bytes_ascii_strdown (text + from, 255 - from);

      g_assert_cmpstr (lowered, ==, expected);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text-decode/utf8", test_utf8_plain_and_bom);
  g_test_add_func ("/text-decode/line-endings", test_line_endings);
  g_test_add_func ("/text-decode/utf16", test_utf16);
  g_test_add_func ("/text-decode/latin1", test_latin1_fallback);
  g_test_add_func ("/text-decode/refused", test_refused_inputs);
  g_test_add_func ("/text-decode/every-offset", test_every_offset);
  g_test_add_func ("/text-decode/stray-nul", test_stray_nul_bytes);
  g_test_add_func ("/text-decode/utf8-forms", test_utf8_forms);
  g_test_add_func ("/text-decode/control-bytes", test_control_bytes);
  g_test_add_func ("/text-decode/ascii-strdown", test_ascii_strdown);

  return g_test_run ();
}
