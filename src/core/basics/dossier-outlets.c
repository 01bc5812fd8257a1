/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The lookups of dossier-outlets.h over the tables tools/gen-outlets.py
 * generates: binary searches, no state. */

#include "config.h"

#include "dossier-outlets.h"

#include "dossier-outlets-data.h"
#include "dossier-sort.h"

#include <string.h>

/* The generic top-level domains a bare host name (no "http://", no "www.")
 * may end with; any two letters are a country's.  Only these make "x.y" an
 * address and not a file's name or an abbreviation ("U.S.", "p.m."). */
static const char * const generic_top_level_domains[] = {
  "africa", "agency", "asia", "biz", "blog", "cat", "club", "com", "digital", "edu", "eus",
  "global", "gov", "info", "int", "live", "media", "mil", "net", "network", "news", "online",
  "org", "press", "pro", "radio", "site", "today", "tv", "website", "wiki", "world", "xyz",
};

/* Second-level labels under which a country registers names
 * ("bbc.co.uk", "smh.com.au", "gov.za"): a registrable domain has one
 * label more. */
static const char * const second_level_labels[] = {
  "ac", "co", "com", "edu", "go", "gob", "gov", "govt", "gv", "info", "ltd", "mil", "ne",
  "net", "nic", "nom", "or", "org", "plc", "sch", "web",
};

/* Sites that carry links, posts, videos or files of others: an address
 * on them names no outlet. */
static const char * const platform_domains[] = {
  "amazon.com", "apple.com", "archive.is", "archive.org", "archive.ph", "archive.today",
  "bit.ly", "bsky.app", "buff.ly", "dailymotion.com", "doi.org", "dropbox.com", "facebook.com",
  "fb.me", "flickr.com", "github.com", "goo.gl", "google.com", "instagram.com", "lnkd.in",
  "linkedin.com", "linktr.ee", "msn.com", "news.google.com", "ow.ly",
  "pinterest.com", "reddit.com", "scribd.com", "soundcloud.com", "spotify.com",
  "t.co", "t.me", "telegram.me", "threads.net", "tiktok.com", "tinyurl.com", "twitch.tv",
  "twitter.com", "vimeo.com", "vk.com", "wa.me", "whatsapp.com", "wikimedia.org",
  "wikipedia.org", "x.com", "yahoo.com", "youtu.be", "youtube.com",
};

/* Sites that host the sites of others, each under a name of its own
 * ("someone.blogspot.com"): the whole host is the site. */
static const char * const hosting_domains[] = {
  "blogspot.com", "canalblog.com", "ghost.io", "github.io", "hatenablog.com", "livejournal.com",
  "medium.com", "netlify.app", "over-blog.com", "substack.com", "tumblr.com", "typepad.com",
  "weebly.com", "wixsite.com", "wordpress.com",
};

/* Host labels that stand for no part of a site's name. */
static const char * const throwaway_labels[] = { "www", "www1", "www2", "www3", "m", "mobile", "amp" };

static gboolean
in_list (const char         *word,
         gsize               len,
         const char * const *list,
         gsize               n)
{
  for (gsize i = 0; i < n; i++)
    if (strlen (list[i]) == len && strncmp (word, list[i], len) == 0)
      return TRUE;
  return FALSE;
}

static int
search (const DossierOutletKey *keys,
        guint                   n,
        const char             *key)
{
  const DossierOutletKey *found = dossier_sorted_find (keys, n, sizeof keys[0], key);

  return found != NULL ? (int) (found - keys) : -1;
}

/* The names by hash: a page's lines are looked up by the thousand.  Made
 * once per process. */
static const DossierNameIndex *
name_index (void)
{
  static DossierNameIndex *index;

  if (g_once_init_enter (&index))
    {
      DossierNameIndex *made = g_new (DossierNameIndex, 1);

      dossier_name_index_init (made, _dossier_outlet_names, _dossier_n_outlet_names, sizeof _dossier_outlet_names[0]);
      g_once_init_leave (&index, made);
    }
  return index;
}

/* @host in lower case, without a port, a trailing dot or user. */
static char *
normal_host (const char *host)
{
  g_autofree char *lower = g_ascii_strdown (host, -1);
  char *colon = strchr (lower, ':');
  gsize n;

  if (colon != NULL)
    *colon = '\0';
  n = strlen (lower);
  while (n > 0 && lower[n - 1] == '.')
    lower[--n] = '\0';
  return g_steal_pointer (&lower);
}

const DossierOutlet *
dossier_outlet_find_by_host (const char *host)
{
  return dossier_outlet_find_site (host, NULL);
}

const DossierOutlet *
dossier_outlet_find_site (const char  *host,
                          const char **site_name)
{
  g_autofree char *normal = NULL;
  const char *suffix;

  g_return_val_if_fail (host != NULL, NULL);

  normal = normal_host (host);
  /* The longest domain first: "sport.example.com" may be an outlet of its
   * own, "www.example.com" is example.com's. */
  for (suffix = normal; suffix != NULL && strchr (suffix, '.') != NULL;)
    {
      int found = search (_dossier_outlet_domains, _dossier_n_outlet_domains, suffix);
      const char *dot;

      if (found >= 0)
        {
          const DossierOutlet *outlet = &_dossier_outlets[_dossier_outlet_domains[found].outlet];

          if (site_name != NULL)
            *site_name = _dossier_outlet_domains[found].site != NULL ? _dossier_outlet_domains[found].site
                                                                     : outlet->name;
          return outlet;
        }
      dot = strchr (suffix, '.');
      suffix = dot != NULL ? dot + 1 : NULL;
    }
  return NULL;
}

/* Writes the key of the @len bytes at @name to @out, which has room for
 * twice as many bytes and a NUL (a small letter may take one more byte
 * than its capital: "Ⱥ", "ⱥ"); returns the key's length. */
static gsize
write_name_key (const char *name,
                gsize       len,
                char       *out)
{
  const char *end = name + len;
  char *w = out;
  gboolean space = TRUE;

  for (const char *p = name; p < end; p = g_utf8_next_char (p))
    {
      gunichar c;

      /* Most names are ASCII: no need to decode them. */
      if ((guchar) *p < 0x80)
        {
          if (g_ascii_isalnum (*p))
            {
              *w++ = g_ascii_tolower (*p);
              space = FALSE;
            }
          else if (!space)
            {
              *w++ = ' ';
              space = TRUE;
            }
          continue;
        }
      c = g_utf8_get_char_validated (p, end - p);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        break;
      c = g_unichar_tolower (c);
      if (g_unichar_isalpha (c) || g_unichar_isdigit (c))
        {
          w += g_unichar_to_utf8 (c, w);
          space = FALSE;
        }
      else if (!space)
        {
          *w++ = ' ';
          space = TRUE;
        }
    }
  if (w > out && w[-1] == ' ')
    w--;
  *w = '\0';
  if (w - out > 4 && strncmp (out, "the ", 4) == 0)
    {
      memmove (out, out + 4, w - out - 4 + 1);
      w -= 4;
    }
  return w - out;
}

char *
dossier_outlet_name_key (const char *name,
                         gssize      len)
{
  char *key;

  g_return_val_if_fail (name != NULL, NULL);

  if (len < 0)
    len = strlen (name);
  key = g_malloc (2 * (gsize) len + 1);
  write_name_key (name, len, key);
  return key;
}

const DossierOutlet *
dossier_outlet_find_by_name (const char *name,
                             gssize      len,
                             gboolean   *shared)
{
  /* Most names are short: their key on the stack, not the heap. */
  char buffer[256];
  g_autofree char *allocated = NULL;
  char *key = buffer;
  gsize key_len;
  int found;

  g_return_val_if_fail (name != NULL, NULL);

  if (shared != NULL)
    *shared = FALSE;
  if (len < 0)
    len = strlen (name);
  if (2 * (gsize) len + 1 > sizeof buffer)
    key = allocated = g_malloc (2 * (gsize) len + 1);
  key_len = write_name_key (name, len, key);
  if (key[0] == '\0')
    return NULL;
  {
    const DossierOutletKey *element = dossier_name_index_find (name_index (), _dossier_outlet_names,
                                                               sizeof _dossier_outlet_names[0], key, key_len);
    if (element == NULL)
      return NULL;
    found = element - _dossier_outlet_names;
  }
  if (_dossier_outlet_names[found].outlet < 0)
    {
      if (shared != NULL)
        *shared = TRUE;
      return NULL;
    }
  return &_dossier_outlets[_dossier_outlet_names[found].outlet];
}

/* Whether @len bytes at @host are a host name: two labels or more of
 * letters, digits and inner hyphens, the last of letters. */
static gboolean
is_host (const char *host,
         gsize       len,
         gboolean    any_top_level)
{
  guint labels = 0;
  gsize label_start = 0;
  const char *last;

  if (len == 0 || len > 253)
    return FALSE;
  for (gsize i = 0; i <= len; i++)
    {
      if (i == len || host[i] == '.')
        {
          gsize n = i - label_start;
          if (n == 0 || n > 63 || host[label_start] == '-' || host[i - 1] == '-')
            return FALSE;
          labels++;
          label_start = i + 1;
        }
      else if (!g_ascii_isalnum (host[i]) && host[i] != '-')
        return FALSE;
    }
  if (labels < 2)
    return FALSE;
  last = g_strrstr_len (host, len, ".") + 1;
  for (const char *p = last; p < host + len; p++)
    if (!g_ascii_isalpha (*p))
      return FALSE;
  if (any_top_level)
    return host + len - last >= 2;
  if (host + len - last == 2)
    {
      char code[4] = { ' ', g_ascii_tolower (last[0]), g_ascii_tolower (last[1]), '\0' };
      return strncmp (_dossier_country_domains, code + 1, 2) == 0 || strstr (_dossier_country_domains, code) != NULL;
    }
  return in_list (last, host + len - last, generic_top_level_domains, G_N_ELEMENTS (generic_top_level_domains));
}

char *
dossier_address_get_host (const char *text,
                          gssize      len)
{
  const char *p, *end, *host_end;
  gboolean with_scheme = FALSE;
  g_autofree char *host = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  if (len < 0)
    len = strlen (text);
  p = text;
  end = text + len;
  while (p < end && g_ascii_isspace (*p))
    p++;
  while (end > p && g_ascii_isspace (end[-1]))
    end--;
  if (end - p > 8 && g_ascii_strncasecmp (p, "https://", 8) == 0)
    p += 8, with_scheme = TRUE;
  else if (end - p > 7 && g_ascii_strncasecmp (p, "http://", 7) == 0)
    p += 7, with_scheme = TRUE;
  else if (end - p > 2 && strncmp (p, "//", 2) == 0)
    p += 2, with_scheme = TRUE;
  for (host_end = p; host_end < end && *host_end != '/' && *host_end != '?' && *host_end != '#' &&
                     !g_ascii_isspace (*host_end); host_end++)
    ;
  /* "user@host" and "host:443". */
  for (const char *q = host_end; q > p; q--)
    if (q[-1] == '@')
      {
        p = q;
        break;
      }
  {
    const char *colon = memchr (p, ':', host_end - p);
    host = g_ascii_strdown (p, (colon != NULL ? colon : host_end) - p);
  }
  if (!with_scheme && !g_str_has_prefix (host, "www.") && host_end != end && *host_end != '/')
    return NULL;
  if (!is_host (host, strlen (host), with_scheme || g_str_has_prefix (host, "www.")))
    return NULL;

  /* An archived copy's address holds the page's own: its site is the
   * page's. */
  if ((g_str_has_suffix (host, "archive.org") || g_str_has_suffix (host, "archive.ph") ||
       g_str_has_suffix (host, "archive.today") || g_str_has_suffix (host, "archive.is")) && host_end < end)
    {
      const char *inner = g_strstr_len (host_end, end - host_end, "http");
      if (inner != NULL)
        {
          char *original = dossier_address_get_host (inner, end - inner);
          if (original != NULL)
            return original;
        }
    }
  return g_steal_pointer (&host);
}

gboolean
dossier_host_is_platform (const char *host)
{
  g_autofree char *normal = NULL;

  g_return_val_if_fail (host != NULL, FALSE);

  normal = normal_host (host);
  for (const char *suffix = normal; suffix != NULL;)
    {
      const char *dot;

      /* "sg.news.yahoo.com": a site of an outlet the list knows (Yahoo
       * News) under a platform's domain is the outlet's. */
      if (search (_dossier_outlet_domains, _dossier_n_outlet_domains, suffix) >= 0)
        return FALSE;
      if (in_list (suffix, strlen (suffix), platform_domains, G_N_ELEMENTS (platform_domains)))
        return TRUE;
      dot = strchr (suffix, '.');
      suffix = dot != NULL ? dot + 1 : NULL;
    }
  return FALSE;
}

char *
dossier_host_display_name (const char *host)
{
  g_autofree char *normal = NULL;
  g_auto(GStrv) labels = NULL;
  guint n, keep = 2;

  g_return_val_if_fail (host != NULL, NULL);

  normal = normal_host (host);
  labels = g_strsplit (normal, ".", -1);
  n = g_strv_length (labels);
  /* "someone.blogspot.com", "someone.blogspot.fr": someone's site. */
  if (n >= 4 && strcmp (labels[n - 3], "blogspot") == 0)
    keep = 4;
  else if (n >= 3)
    {
      g_autofree char *last_two = g_strjoin (".", labels[n - 2], labels[n - 1], NULL);
      if (strcmp (labels[n - 2], "blogspot") == 0 ||
          in_list (last_two, strlen (last_two), hosting_domains, G_N_ELEMENTS (hosting_domains)))
        keep = 3;
    }
  if (keep == 2 && n >= 3 && strlen (labels[n - 1]) == 2 &&
      in_list (labels[n - 2], strlen (labels[n - 2]), second_level_labels, G_N_ELEMENTS (second_level_labels)))
    keep = 3;
  if (n <= keep)
    {
      /* Nothing to drop but a "www." that stands for nothing. */
      if (n > 2 && in_list (labels[0], strlen (labels[0]), throwaway_labels, G_N_ELEMENTS (throwaway_labels)))
        return g_strjoinv (".", labels + 1);
      return g_steal_pointer (&normal);
    }
  return g_strjoinv (".", labels + (n - keep));
}

const char *
dossier_outlet_kind_to_string (DossierOutletKind kind)
{
  switch (kind)
    {
    case DOSSIER_OUTLET_NEWSPAPER: return "newspaper";
    case DOSSIER_OUTLET_BROADCASTER: return "broadcaster";
    case DOSSIER_OUTLET_AGENCY: return "agency";
    case DOSSIER_OUTLET_ONLINE: return "online";
    case DOSSIER_OUTLET_MAGAZINE: return "magazine";
    default: return "unknown";
    }
}

/* The number of @n digits at @p, or -1. */
static int
read_digits (const char *p,
             const char *end,
             guint       n)
{
  int value = 0;

  if (end - p < (gssize) n)
    return -1;
  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (p[i]))
        return -1;
      value = value * 10 + (p[i] - '0');
    }
  /* A longer number is another thing ("/123456789/"). */
  if (p + n < end && g_ascii_isdigit (p[n]))
    return -1;
  return value;
}

/* The month of the three letters at @p ("oct", "Oct"), 1 to 12, or 0. */
static int
read_month_name (const char *p,
                 const char *end)
{
  static const char months[] = "janfebmaraprmayjunjulaugsepoctnovdec";

  if (end - p < 3 || (end - p > 3 && g_ascii_isalpha (p[3])))
    return 0;
  for (int m = 0; m < 12; m++)
    if (g_ascii_tolower (p[0]) == months[m * 3] && g_ascii_tolower (p[1]) == months[m * 3 + 1] &&
        g_ascii_tolower (p[2]) == months[m * 3 + 2])
      return m + 1;
  return 0;
}

static gboolean
plausible_day (int year,
               int month,
               int day)
{
  return year >= 1990 && year <= 2100 && dossier_date_is_valid_day (year, month, day);
}

gboolean
dossier_address_find_date (const char  *address,
                           DossierDate *date)
{
  const char *p, *end, *path;
  gboolean found = FALSE;

  g_return_val_if_fail (address != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  end = address + strcspn (address, "?# \t\n");
  /* The path only: a host name has no day. */
  p = strstr (address, "://");
  p = p != NULL && p < end ? p + 3 : address;
  path = memchr (p, '/', end - p);
  if (path == NULL)
    return FALSE;

  for (p = path; p < end; p++)
    {
      int year = -1, month = 0, day = 0;
      const char *start = p;

      /* Each candidate starts after a separator. */
      if (p > path && (g_ascii_isalnum (p[-1])))
        continue;
      if (g_ascii_isdigit (*p))
        {
          int first = read_digits (p, end, 4);

          if (first >= 0 && p + 4 < end && (p[4] == '/' || p[4] == '-' || p[4] == '_'))
            {
              /* 2024/10/15, 2024-10-15 */
              char separator = p[4];
              month = read_digits (p + 5, end, 2);
              if (month > 0 && p + 7 < end && p[7] == separator)
                {
                  day = read_digits (p + 8, end, 2);
                  year = first;
                  p += 10;
                }
            }
          else if (first < 0 && read_digits (p, end, 8) >= 0)
            {
              /* 20241015 */
              year = read_digits (p, p + 4, 4);
              month = read_digits (p + 4, p + 6, 2);
              day = read_digits (p + 6, p + 8, 2);
              p += 8;
            }
          else if ((day = read_digits (p, end, 2)) > 0 && p + 2 < end && (p[2] == '-' || p[2] == '_'))
            {
              /* 19-oct-2024 */
              month = read_month_name (p + 3, end);
              if (month > 0 && p + 6 < end && p[6] == p[2])
                {
                  year = read_digits (p + 7, end, 4);
                  p += 11;
                }
            }
        }
      else if ((month = read_month_name (p, end)) > 0 && p + 3 < end && (p[3] == '-' || p[3] == '_'))
        {
          /* oct-19-2024 */
          day = read_digits (p + 4, end, 2);
          if (day > 0 && p + 6 < end && p[6] == p[3])
            {
              year = read_digits (p + 7, end, 4);
              p += 11;
            }
        }
      if (year < 0 || !plausible_day (year, month, day))
        {
          p = start;
          continue;
        }
      /* What follows is a separator, or the end. */
      if (p < end && g_ascii_isalnum (*p))
        {
          p = start;
          continue;
        }
      {
        DossierDate here = dossier_date_from_day (year, month, day);

        if (found && dossier_date_compare (&here, date) != 0)
          return FALSE;
        *date = here;
        found = TRUE;
      }
      p--;
    }
  return found;
}
