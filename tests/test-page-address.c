/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The address of the page a selection came from, as browsers hand it over
 * (bytes as Firefox, Chromium and WebKitGTK write them), and as a
 * researcher types one. */

#include <string.h>

#include "dossier-page-address.h"

/* @text in UTF-16 of @big_endian order, with a byte order mark if asked,
 * and a terminating zero unit if asked: the bytes Firefox writes. */
static GBytes *
utf16 (const char *text,
       gboolean    big_endian,
       gboolean    with_mark,
       gboolean    with_zero)
{
  glong n = 0;
  g_autofree gunichar2 *units = g_utf8_to_utf16 (text, -1, NULL, &n, NULL);
  GByteArray *bytes = g_byte_array_new ();

  if (with_mark)
    g_byte_array_append (bytes, big_endian ? (const guint8 *) "\xFE\xFF" : (const guint8 *) "\xFF\xFE", 2);
  for (glong i = 0; i < n + (with_zero ? 1 : 0); i++)
    {
      guint8 pair[2];
      gunichar2 unit = i < n ? units[i] : 0;

      pair[big_endian ? 0 : 1] = unit >> 8;
      pair[big_endian ? 1 : 0] = unit & 0xFF;
      g_byte_array_append (bytes, pair, 2);
    }
  return g_byte_array_free_to_bytes (bytes);
}

static char *
read_address (const char *mime_type,
              GBytes     *bytes)
{
  return dossier_page_address_from_data (mime_type, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
test_formats (void)
{
  const char * const *formats = dossier_page_address_formats ();

  /* Firefox's and Chromium's names for the page a selection came from. */
  g_assert_cmpstr (formats[0], ==, "text/x-moz-url-priv");
  g_assert_cmpstr (formats[1], ==, "chromium/x-source-url");
  g_assert_null (formats[2]);
}

static void
test_firefox (void)
{
  const char *page = "https://www.dw.com/en/nato-chief-rutte-visits-kyiv/a-70527313";
  g_autoptr(GBytes) little = utf16 (page, FALSE, FALSE, FALSE);
  g_autoptr(GBytes) zero = utf16 (page, FALSE, FALSE, TRUE);
  g_autoptr(GBytes) marked = utf16 (page, FALSE, TRUE, FALSE);
  g_autoptr(GBytes) big = utf16 (page, TRUE, FALSE, FALSE);
  g_autoptr(GBytes) big_marked = utf16 (page, TRUE, TRUE, TRUE);
  g_autoptr(GBytes) unicode = utf16 ("https://www.lemonde.fr/international/article/2024/10/17/l-otan-a-bruxelles_é.html",
                                     FALSE, FALSE, FALSE);
  g_autofree char *a = read_address ("text/x-moz-url-priv", little);
  g_autofree char *b = read_address ("text/x-moz-url-priv", zero);
  g_autofree char *c = read_address ("text/x-moz-url-priv", marked);
  g_autofree char *d = read_address ("text/x-moz-url-priv", big);
  g_autofree char *e = read_address ("text/x-moz-url-priv", big_marked);
  g_autofree char *f = read_address ("text/x-moz-url-priv", unicode);

  /* As Firefox writes it (UTF-16 in the machine's order, no mark), and
   * in the other orders a program might. */
  g_assert_cmpstr (a, ==, page);
  g_assert_cmpstr (b, ==, page);
  g_assert_cmpstr (c, ==, page);
  g_assert_cmpstr (d, ==, page);
  g_assert_cmpstr (e, ==, page);
  g_assert_cmpstr (f, ==, "https://www.lemonde.fr/international/article/2024/10/17/l-otan-a-bruxelles_é.html");
}

static void
test_chromium (void)
{
  const char *page = "https://apnews.com/article/nato-ukraine-rutte-zelenskyy-7a8b";
  g_autofree char *a = dossier_page_address_from_data ("chromium/x-source-url", (const guint8 *) page, strlen (page));
  /* With the terminating zero some programs count in. */
  g_autofree char *b = dossier_page_address_from_data ("chromium/x-source-url", (const guint8 *) page,
                                                       strlen (page) + 1);

  g_assert_cmpstr (a, ==, page);
  g_assert_cmpstr (b, ==, page);
}

/* The link formats name another page, but they are read the same way: the
 * first line that is an address. */
static void
test_link_formats (void)
{
  g_autoptr(GBytes) moz_url = utf16 ("https://www.bbc.co.uk/news/articles/c0j1\nNATO chief visits Kyiv", FALSE, FALSE,
                                     FALSE);
  const char *uri_list = "# copied from a page\r\nhttps://www.reuters.com/world/europe/story-2024-10-17/\r\n"
                         "https://example.com/other\r\n";
  const char *netscape = "https://www.lemonde.fr/a.html\nLe Monde";
  g_autofree char *a = read_address ("text/x-moz-url", moz_url);
  g_autofree char *b = dossier_page_address_from_data ("text/uri-list", (const guint8 *) uri_list, strlen (uri_list));
  g_autofree char *c = dossier_page_address_from_data ("_NETSCAPE_URL", (const guint8 *) netscape, strlen (netscape));

  g_assert_cmpstr (a, ==, "https://www.bbc.co.uk/news/articles/c0j1");
  g_assert_cmpstr (b, ==, "https://www.reuters.com/world/europe/story-2024-10-17/");
  g_assert_cmpstr (c, ==, "https://www.lemonde.fr/a.html");
}

/* What is no page on the web is no address: a file, a script, the
 * browser's own pages, words, nothing, bytes that are no text. */
static void
test_not_addresses (void)
{
  const char *refused[] = {
    "file:///home/r/page.html", "javascript:alert(1)", "about:blank", "moz-extension://abc/page.html",
    "chrome://settings", "data:text/html,<p>x</p>", "https://", "http:///path", "the page I read",
    "https://www.example.com/a page with spaces", "",
  };
  const guint8 binary[] = { 0xC3, 0x28, 0xA0, 0xA1, 0xFF };
  g_autoptr(GBytes) words = utf16 ("not an address at all", FALSE, FALSE, FALSE);
  g_autofree char *from_words = read_address ("text/x-moz-url-priv", words);

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *address = dossier_page_address_from_data ("chromium/x-source-url",
                                                                  (const guint8 *) refused[i], strlen (refused[i]));
      g_assert_null (address);
    }
  g_assert_null (from_words);
  g_assert_null (dossier_page_address_from_data ("chromium/x-source-url", binary, sizeof binary));
  g_assert_null (dossier_page_address_from_data ("chromium/x-source-url", NULL, 0));
}

/* What a researcher types: a web address as it is, a site's name as it
 * is, a site with a path made a web address; anything else refused. */
static void
test_typed (void)
{
  static const struct { const char *typed; const char *kept; } cases[] = {
    { "https://www.theguardian.com/world/2024/oct/17/nato", "https://www.theguardian.com/world/2024/oct/17/nato" },
    { "  http://example.org/story  ", "http://example.org/story" },
    { "HTTPS://WWW.DW.COM/en/a-1", "HTTPS://WWW.DW.COM/en/a-1" },
    { "bbc.co.uk", "bbc.co.uk" },
    { "www.dw.com/", "www.dw.com" },
    { "www.dw.com/en/story/a-70527313", "https://www.dw.com/en/story/a-70527313" },
    { "lemonde.fr/international/article.html", "https://lemonde.fr/international/article.html" },
    { "ftp://example.com/file", NULL },
    { "file:///home/r/page.html", NULL },
    { "mailto:editor@example.com", NULL },
    { "not an address", NULL },
    { "example", NULL },
    { "https://www.example.com/two words", NULL },
    { "", NULL },
    { "   ", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *kept = dossier_page_address_parse_typed (cases[i].typed);

      g_assert_cmpstr (kept, ==, cases[i].kept);
    }
}

/* Open Original opens a web address as it is, a site at its home page. */
static void
test_to_uri (void)
{
  g_autofree char *page = dossier_page_address_to_uri ("https://www.dw.com/en/a-1");
  g_autofree char *site = dossier_page_address_to_uri ("bbc.co.uk");
  g_autofree char *nothing = dossier_page_address_to_uri ("not an address");

  g_assert_cmpstr (page, ==, "https://www.dw.com/en/a-1");
  g_assert_cmpstr (site, ==, "https://bbc.co.uk/");
  g_assert_null (nothing);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/page-address/formats", test_formats);
  g_test_add_func ("/page-address/firefox", test_firefox);
  g_test_add_func ("/page-address/chromium", test_chromium);
  g_test_add_func ("/page-address/link-formats", test_link_formats);
  g_test_add_func ("/page-address/not-addresses", test_not_addresses);
  g_test_add_func ("/page-address/typed", test_typed);
  g_test_add_func ("/page-address/to-uri", test_to_uri);
  return g_test_run ();
}
