/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* What the browsers of a GNOME desktop put beside a copied selection, as
 * their sources write it (read in the public source trees):
 *
 *  - Firefox (widget/gtk/nsClipboard.cpp, nsClipboard::SelectionGetEvent;
 *    the flavours in widget/nsITransferable.idl): "text/html" is UTF-8
 *    behind a <meta http-equiv="content-type" … charset=utf-8> prefix
 *    (older versions: UTF-16 with a byte order mark), and
 *    "text/x-moz-url-priv" is the page's address as any other string
 *    flavour is written, UTF-16 in the machine's byte order without a
 *    mark.  "text/x-moz-url" (a link: URL, newline, title, UTF-16) and
 *    "text/_moz_htmlcontext" come with links and selections too.
 *  - Chromium and the browsers built on it, on X11 and Wayland alike
 *    (ui/base/clipboard/clipboard_ozone.cc, ClipboardOzone::
 *    AddSourceToClipboard; ui/base/clipboard/clipboard_constants.h):
 *    "chromium/x-source-url" is the address of the frame the selection
 *    was copied in, its URL spec in ASCII bytes, beside "text/html"
 *    (UTF-8; WriteHTML leaves the source address out of it) and the text.
 *    A copied link is written as "text/x-moz-url" (UTF-16, URL newline
 *    title), as Firefox does.
 *  - WebKitGTK (GNOME Web; Source/WebKit/UIProcess/gtk/ClipboardGtk4.cpp,
 *    Clipboard::write; Source/WebCore/platform/gtk/PasteboardGtk.cpp,
 *    writeSelection): "text/html" (UTF-8), the text, a smart-paste marker
 *    and WebKit's custom data; "text/uri-list" (and "_NETSCAPE_URL" in a
 *    drag) only for a link or an image.  No page address: a selection
 *    pasted from it has none unless its text names one.
 *
 * So the page's address is read from the first two; the link formats
 * are read the same way (the first line that is a URL) but name another
 * page. */

#include "config.h"

#include "dossier-page-address.h"

#include <string.h>

#include "dossier-outlets.h"

/* An address is short; what a clipboard offers beyond this is no address. */
#define MAX_ADDRESS_BYTES 8192

static const char * const page_formats[] = {
  "text/x-moz-url-priv",
  "chromium/x-source-url",
  NULL
};

const char * const *
dossier_page_address_formats (void)
{
  return page_formats;
}

/* @len bytes of UTF-16 (@big_endian or not) as UTF-8, or NULL. */
static char *
utf16_to_utf8 (const guint8 *data,
               gsize         len,
               gboolean      big_endian)
{
  g_autofree gunichar2 *units = g_new (gunichar2, len / 2 + 1);
  gsize n = len / 2;

  for (gsize i = 0; i < n; i++)
    units[i] = big_endian ? (gunichar2) ((data[2 * i] << 8) | data[2 * i + 1])
                          : (gunichar2) ((data[2 * i + 1] << 8) | data[2 * i]);
  return g_utf16_to_utf8 (units, (glong) n, NULL, NULL, NULL);
}

/* The bytes as text: a byte order mark says UTF-16 and its order; NUL
 * bytes say UTF-16 without a mark, its order told by which half of each
 * unit of an address (mostly ASCII) is zero; else UTF-8. */
static char *
decode (const guint8 *data,
        gsize         len)
{
  gsize zeros_even = 0, zeros_odd = 0;
  gsize text_len = len;

  if (len >= 2 && data[0] == 0xFF && data[1] == 0xFE)
    return utf16_to_utf8 (data + 2, len - 2, FALSE);
  if (len >= 2 && data[0] == 0xFE && data[1] == 0xFF)
    return utf16_to_utf8 (data + 2, len - 2, TRUE);
  /* A terminating NUL that some programs count in is no sign of UTF-16. */
  while (text_len > 0 && data[text_len - 1] == 0)
    text_len--;
  for (gsize i = 0; i < text_len; i++)
    if (data[i] == 0)
      {
        if (i % 2 == 0)
          zeros_even++;
        else
          zeros_odd++;
      }
  if (zeros_even + zeros_odd > 0 && len >= 2)
    return utf16_to_utf8 (data, len, zeros_even > zeros_odd);
  len = text_len;
  if (len >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
    data += 3, len -= 3;
  if (!g_utf8_validate ((const char *) data, (gssize) len, NULL))
    return NULL;
  return g_strndup ((const char *) data, len);
}

/* @text (trimmed) when it is an http or https URL with a host and no
 * space or control character in it. */
static gboolean
is_web_address (const char *text)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme, *host;

  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_isspace (*p) || g_ascii_iscntrl (*p))
      return FALSE;
  if (g_ascii_strncasecmp (text, "http://", 7) != 0 && g_ascii_strncasecmp (text, "https://", 8) != 0)
    return FALSE;
  uri = g_uri_parse (text, G_URI_FLAGS_PARSE_RELAXED | G_URI_FLAGS_ENCODED | G_URI_FLAGS_NON_DNS, NULL);
  if (uri == NULL)
    return FALSE;
  scheme = g_uri_get_scheme (uri);
  host = g_uri_get_host (uri);
  return scheme != NULL && (g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0) &&
         host != NULL && *host != '\0';
}

char *
dossier_page_address_from_data (const char   *mime_type,
                                const guint8 *data,
                                gsize         len)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  g_return_val_if_fail (data != NULL || len == 0, NULL);

  if (len == 0)
    return NULL;
  len = MIN (len, MAX_ADDRESS_BYTES);
  text = decode (data, len);
  if (text == NULL)
    return NULL;
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);

      /* The trailing NUL some programs count in; a uri-list's comments. */
      if (*line == '\0' || *line == '#')
        continue;
      return is_web_address (line) ? g_strdup (line) : NULL;
    }
  return NULL;
}

char *
dossier_page_address_parse_typed (const char *text)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *host = NULL;
  g_autofree char *as_url = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  trimmed = g_strstrip (g_strdup (text));
  if (*trimmed == '\0' || strlen (trimmed) > MAX_ADDRESS_BYTES || !g_utf8_validate (trimmed, -1, NULL))
    return NULL;
  if (strstr (trimmed, "://") != NULL)
    return is_web_address (trimmed) ? g_steal_pointer (&trimmed) : NULL;

  /* No scheme: a host that names a site ("bbc.co.uk", "www.dw.com"), as
   * it is; with a path, the https URL it stands for.  A scheme of another
   * kind ("mailto:") or someone's name before the host is no page. */
  {
    const char *p = trimmed;

    while (g_ascii_isalnum (*p) || *p == '+' || *p == '-' || *p == '.')
      p++;
    if ((*p == ':' && !g_ascii_isdigit (p[1])) || strchr (trimmed, '@') != NULL)
      return NULL;
  }
  host = dossier_address_get_host (trimmed, -1);
  if (host == NULL)
    return NULL;
  {
    gsize host_len = strlen (host);
    gboolean bare = g_ascii_strncasecmp (trimmed, host, host_len) == 0 &&
                    (trimmed[host_len] == '\0' || (trimmed[host_len] == '/' && trimmed[host_len + 1] == '\0'));

    if (bare)
      {
        trimmed[host_len] = '\0';
        return g_steal_pointer (&trimmed);
      }
  }
  as_url = g_strconcat ("https://", trimmed, NULL);
  return is_web_address (as_url) ? g_steal_pointer (&as_url) : NULL;
}

char *
dossier_page_address_to_uri (const char *address)
{
  g_autofree char *typed = NULL;

  g_return_val_if_fail (address != NULL, NULL);

  if (is_web_address (address))
    return g_strdup (address);
  typed = dossier_page_address_parse_typed (address);
  if (typed == NULL)
    return NULL;
  if (is_web_address (typed))
    return g_steal_pointer (&typed);
  return g_strconcat ("https://", typed, "/", NULL);
}
