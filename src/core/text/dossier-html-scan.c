/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The pass over a page's bytes before libxml2 parses them.
 *
 * The text of scripts, style sheets and comments is most of a news page's
 * bytes (three fifths on the AEB pages) and none of its article, yet
 * libxml2 reads it a character at a time.  It is cut out before parsing,
 * by the HTML tokenizer's own rules: a comment ends at the first "-->", a
 * script or style element at the first "</script" or "</style" (as
 * libxml2's recovering parser ends it), and a tag at the first ">" outside
 * a quoted attribute value; a noscript element, which a browser that
 * runs scripts reads as raw text, ends at "</noscript".  The elements
 * themselves stay, empty, so the tree keeps its shape; JSON-LD scripts keep their text, which the
 * metadata reads.  (libxml2 reads a <title> or <textarea> as markup too.) */

#include "config.h"

#include "dossier-html-scan.h"

#include <string.h>

#include "dossier-bytes.h"

/* The attributes the reader looks at.  The others (links, image sources,
 * data-* stores, SVG paths) are two fifths of what is left of a page after
 * its scripts, and libxml2 reads them a character at a time. */
static const struct
{
  const char *name;
  gsize len;
} read_attributes[] = {
#define ATTRIBUTE(name) { name, sizeof (name) - 1 }
  ATTRIBUTE ("aria-hidden"), ATTRIBUTE ("charset"), ATTRIBUTE ("class"), ATTRIBUTE ("content"),
  ATTRIBUTE ("datetime"), ATTRIBUTE ("hidden"), ATTRIBUTE ("http-equiv"), ATTRIBUTE ("id"),
  ATTRIBUTE ("itemprop"), ATTRIBUTE ("itemtype"), ATTRIBUTE ("lang"), ATTRIBUTE ("name"),
  ATTRIBUTE ("property"), ATTRIBUTE ("role"), ATTRIBUTE ("style"), ATTRIBUTE ("type"),
#undef ATTRIBUTE
};

/* What the tokenizer makes of a byte, looked up once for the loops below
 * that read a tag a byte at a time. */
enum
{
  HTML_SPACE = 1 << 0,      /* white space: space, tab, line feed, carriage return, form feed */
  HTML_NAME_END = 1 << 1,   /* ends a tag's or an attribute's name: white space, "/", ">" */
  HTML_NAME = 1 << 2,       /* in a tag name as libxml2 reads one (tag_name_length ()) */
};

#define HTML_SPACE_CLASS (HTML_SPACE | HTML_NAME_END)

static const guint8 html_byte_class[256] = {
  [' '] = HTML_SPACE_CLASS, ['\t'] = HTML_SPACE_CLASS, ['\n'] = HTML_SPACE_CLASS,
  ['\r'] = HTML_SPACE_CLASS, ['\f'] = HTML_SPACE_CLASS,
  ['/'] = HTML_NAME_END, ['>'] = HTML_NAME_END,
  ['a' ... 'z'] = HTML_NAME, ['A' ... 'Z'] = HTML_NAME, ['0' ... '9'] = HTML_NAME,
  [':'] = HTML_NAME, ['-'] = HTML_NAME, ['_'] = HTML_NAME, ['.'] = HTML_NAME,
};

static inline gboolean
byte_is (char    c,
         guint8  class)
{
  return (html_byte_class[(guchar) c] & class) != 0;
}

/* g_ascii_tolower (), inline: it is called for every byte of every
 * attribute name. */
static inline char
ascii_lower (char c)
{
  return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* g_string_append_len() for the short copies made here, a few for every
 * tag: GLib 2.74's is no inline function, and its general case (an
 * insertion anywhere, from inside the string itself) was a tenth of the
 * pass. */
static inline void
append_bytes (GString    *out,
              const char *p,
              gsize       n)
{
  if (out->len + n < out->allocated_len)
    {
      memcpy (out->str + out->len, p, n);
      out->len += n;
      out->str[out->len] = '\0';
    }
  else
    g_string_append_len (out, p, n);
}

/* The length of the tag name at @p, read as libxml2 reads one: letters,
 * digits, ":", "-", "_" and "." ("script-loader" is no script). */
static gsize
tag_name_length (const char *p,
                 const char *end)
{
  const char *q = p;

  while (q < end && byte_is (*q, HTML_NAME))
    q++;
  return q - p;
}

/* Whether the @n bytes at @p are @word (in lower case), in any case:
 * g_ascii_strncasecmp (), inline, for the few bytes of a tag's name. */
static inline gboolean
equal_ignoring_case (const char *p,
                     const char *word,
                     gsize       n)
{
  for (gsize i = 0; i < n; i++)
    if (ascii_lower (p[i]) != word[i])
      return FALSE;
  return TRUE;
}

/* @name: a lower-case string literal. */
#define tag_is(p, n, name) ((n) == sizeof (name) - 1 && equal_ignoring_case ((p), (name), (n)))

/* g_strstr_len (@p, @end - @p, @needle): the first @needle in [@p, @end),
 * or NULL.  Its last byte is looked for first (memchr () is faster than
 * GLib's search, and a "-->" has a rarer last byte than its first). */
static const char *
find_string (const char *p,
             const char *end,
             const char *needle)
{
  gsize n = strlen (needle);
  const char *last = p + n - 1;
  const char *found = NULL;

  while (last < end && (last = memchr (last, needle[n - 1], end - last)) != NULL)
    {
      if (memcmp (last - (n - 1), needle, n - 1) == 0)
        {
          found = last - (n - 1);
          break;
        }
      last++;
    }
  /* g_strstr_len () stops at a NUL byte; a page given undecoded may hold
   * one. */
  if (found != NULL && memchr (p, '\0', found - p) != NULL)
    return g_strstr_len (p, end - p, needle);
  return found;
}

static inline gboolean
is_html_space (char c)
{
  return byte_is (c, HTML_SPACE);
}

/* Where an attribute's value ends, @p just past its "=": quoted, past the
 * closing quote; unquoted, at a space or ">". */
static const char *
skip_value (const char *p,
            const char *end)
{
  while (p < end && is_html_space (*p))
    p++;
  if (p < end && (*p == '"' || *p == '\''))
    {
      const char *close = memchr (p + 1, *p, end - p - 1);
      return close != NULL ? close + 1 : end;
    }
  /* A "/" does not end an unquoted value. */
  while (p < end && (!byte_is (*p, HTML_NAME_END) || *p == '/'))
    p++;
  return p;
}

/* Where the tag whose name starts at @p ends: just past its ">", or @end. */
static const char *
skip_tag (const char *p,
          const char *end)
{
  while (p < end && *p != '>')
    p = *p == '=' ? skip_value (p + 1, end) : p + 1;
  return p < end ? p + 1 : end;
}

/* The first "</@name" at or after @p, or @end: as libxml2's recovering
 * parser ends a script, at the first end tag whose name starts so. */
static const char *
find_end_tag (const char *p,
              const char *end,
              const char *name)
{
  gsize n = strlen (name);

  while ((p = memchr (p, '<', end - p)) != NULL)
    {
      if ((gsize) (end - p) >= n + 2 && p[1] == '/' && equal_ignoring_case (p + 2, name, n))
        return p;
      p++;
    }
  return end;
}

/* Whether [@p, @end) starts with @word (in lower case), in any case. */
static inline gboolean
starts_ignoring_case (const char *p,
                      const char *end,
                      const char *word,
                      gsize       n)
{
  return (gsize) (end - p) >= n && equal_ignoring_case (p, word, n);
}

/* Whether [@p, @end) holds "charset" or "equiv", in any case: in one
 * pass, a <meta>'s attributes being read for both. */
static gboolean
names_charset (const char *p,
               const char *end)
{
  for (; p < end; p++)
    {
      char c = *p | 0x20;

      if ((c == 'c' && starts_ignoring_case (p, end, "charset", 7)) ||
          (c == 'e' && starts_ignoring_case (p, end, "equiv", 5)))
        return TRUE;
    }
  return FALSE;
}

/* Whether the attribute name [@name, @name + @n) is one of
 * read_attributes, in any case. */
static gboolean
is_read_attribute (const char *name,
                   gsize       n)
{
  char lower[16];

  if (n > sizeof lower)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    lower[i] = ascii_lower (name[i]);
  for (gsize i = 0; i < G_N_ELEMENTS (read_attributes); i++)
    if (read_attributes[i].len == n && read_attributes[i].name[0] == lower[0] &&
        memcmp (read_attributes[i].name, lower, n) == 0)
      return TRUE;
  return FALSE;
}

/* A value shorter than this costs the parser less than its index. */
#define SPARED_VALUE_MIN 8

/* Whether the value [@value, @value + @len) holds no entity and no
 * carriage return, and is UTF-8 without a NUL: bytes that are no UTF-8
 * (or a NUL) the parser would stop at or take for another encoding, from
 * there on; only a page given to dossier_html_to_text () undecoded can
 * hold them.  Words of ASCII without "&", CR or NUL are stepped over. */
static gboolean
value_is_plain (const char *value,
                gsize       len)
{
  gboolean ascii = TRUE;
  gsize i = 0;

  for (; i + 8 <= len; i += 8)
    {
      guint64 word = dossier_bytes_load (value + i);

      if ((dossier_bytes_equal (word, '&') | dossier_bytes_equal (word, '\r') |
           dossier_bytes_equal (word, '\0') | dossier_bytes_high (word)) == 0)
        continue;
      for (gsize k = i; k < i + 8; k++)
        {
          if (value[k] == '&' || value[k] == '\r' || value[k] == '\0')
            return FALSE;
          ascii &= (guchar) value[k] < 0x80;
        }
    }
  for (; i < len; i++)
    {
      if (value[i] == '&' || value[i] == '\r' || value[i] == '\0')
        return FALSE;
      ascii &= (guchar) value[i] < 0x80;
    }
  return ascii || g_utf8_validate_len (value, len, NULL);
}

/* Copies the attribute [@attribute, @value_end) whose value is quoted
 * from @quote to @out, its value in @values and its index in its place,
 * if the value holds no entity (and no carriage return, which the parser
 * keeps but a reader of the bytes might not expect) and is UTF-8.  FALSE,
 * and nothing copied, otherwise. */
static gboolean
spare_value (GString    *out,
             GArray     *values,
             const char *attribute,
             const char *quote,
             const char *value_end)
{
  const char *value = quote + 1, *close = value_end - 1;
  HtmlSparedValue spared = { value, close - value };
  char index[16];
  gsize n = sizeof index;

  if ((gsize) (close - value) < SPARED_VALUE_MIN || !value_is_plain (value, close - value))
    return FALSE;
  /* The index in decimal, written from its last digit (g_snprintf () was
   * a third of this pass). */
  for (guint i = values->len; n == sizeof index || i > 0; i /= 10)
    index[--n] = '0' + i % 10;
  index[--n] = HTML_SPARED_VALUE;
  g_array_append_val (values, spared);
  g_string_append_c (out, ' ');
  append_bytes (out, attribute, value - attribute);
  append_bytes (out, index + n, sizeof index - n);
  g_string_append_c (out, *quote);
  return TRUE;
}

/* Copies the start tag whose name starts at @name (just past its "<") to
 * @out with only the attributes the reader looks at, each as the page
 * wrote it (or spared, see _dossier_html_strip_raw_text()); returns where
 * the tag ends.  Attributes are read as the HTML tokenizer reads them: a
 * name up to a space, "/", ">" or "="; a value quoted, or up to a space
 * or ">". */
static const char *
copy_start_tag (GString    *out,
                const char *name,
                const char *end,
                GArray     *values)
{
  const char *p = name;
  gboolean closed = FALSE;

  gboolean is_link;

  while (p < end && !byte_is (*p, HTML_NAME_END))
    p++;
  /* A <link>'s rel and href: the page's canonical address. */
  is_link = p - name == 4 && equal_ignoring_case (name, "link", 4);
  /* libxml2 reads a <meta>'s charset itself (and, the page being given
   * to it as UTF-8, does nothing with it): such a <meta> is left whole. */
  if (p - name == 4 && equal_ignoring_case (name, "meta", 4) && values != NULL)
    {
      const char *tag_end = skip_tag (p, end);

      if (names_charset (p, tag_end))
        values = NULL;
    }
  g_string_append_c (out, '<');
  append_bytes (out, name, p - name);
  while (p < end)
    {
      const char *attribute = p, *value_end, *quote = NULL;
      gsize n;

      if (*p == '>')
        {
          if (closed)
            append_bytes (out, "/>", 2);
          else
            g_string_append_c (out, '>');
          return p + 1;
        }
      if (is_html_space (*p) || *p == '/')
        {
          closed = *p == '/';
          p++;
          continue;
        }
      closed = FALSE;
      /* The name's first byte may be "=", and is none of the others. */
      for (p++; p < end && !byte_is (*p, HTML_NAME_END) && *p != '='; p++)
        ;
      n = p - attribute;
      value_end = p;
      {
        const char *q = p;
        while (q < end && is_html_space (*q))
          q++;
        if (q < end && *q == '=')
          {
            value_end = p = skip_value (q + 1, end);
            for (quote = q + 1; quote < end && is_html_space (*quote); quote++)
              ;
            /* Quoted, and closed before the page ends; and no form feed
             * about the "=", which libxml2 does not take for white space
             * there (it would read the rest of the tag otherwise). */
            if (!(quote < end && (*quote == '"' || *quote == '\'') && value_end - quote >= 2 &&
                  value_end[-1] == *quote) ||
                memchr (attribute + n, '\f', quote - (attribute + n)) != NULL)
              quote = NULL;
          }
      }
      if (is_link && ((n == 3 && equal_ignoring_case (attribute, "rel", 3)) ||
                      (n == 4 && equal_ignoring_case (attribute, "href", 4))))
        {
          g_string_append_c (out, ' ');
          append_bytes (out, attribute, value_end - attribute);
          continue;
        }
      if (is_read_attribute (attribute, n) &&
          (values == NULL || quote == NULL || !spare_value (out, values, attribute, quote, value_end)))
        {
          g_string_append_c (out, ' ');
          append_bytes (out, attribute, value_end - attribute);
        }
    }
  /* The page ends inside the tag: as libxml2 would, it is dropped. */
  return end;
}

/* The first white space byte at or after @p, or @end: bytes above a space
 * are stepped over a word at a time. */
static const char *
find_space (const char *p,
            const char *end)
{
  while (p < end)
    {
      if (end - p >= 8)
        {
          guint64 low = dossier_bytes_below_exactly (dossier_bytes_load (p), ' ' + 1);

          if (low == 0)
            {
              p += 8;
              continue;
            }
          p += dossier_bytes_first (low);
        }
      if (is_html_space (*p))
        return p;
      p++;
    }
  return end;
}

/* Copies [@p, @end) to @out; outside <pre>, each run of white space as one
 * space or line break, which is all the reader makes of it (white space
 * between the tags is a third of a page once its scripts and attributes
 * are gone).  A lone space or line feed is already that: what holds only
 * those is copied at once. */
static void
append_squeezed (GString    *out,
                 const char *p,
                 const char *end,
                 gboolean    in_pre)
{
  const char *copied = p;

  if (in_pre)
    {
      append_bytes (out, p, end - p);
      return;
    }
  while ((p = find_space (p, end)) < end)
    {
      const char *run = p;
      gboolean line_break = FALSE;

      /* Most runs are a space between two words. */
      if ((*p == ' ' || *p == '\n') && (p + 1 == end || !is_html_space (p[1])))
        {
          p++;
          continue;
        }

      /* Indentation is whole words of spaces or tabs. */
      for (;;)
        {
          if (end - p >= 8 && (dossier_bytes_load (p) == DOSSIER_BYTES_ONES * ' ' ||
                               dossier_bytes_load (p) == DOSSIER_BYTES_ONES * '\t'))
            p += 8;
          else if (p < end && is_html_space (*p))
            line_break |= *p++ == '\n';
          else
            break;
        }
      append_bytes (out, copied, run - copied);
      g_string_append_c (out, line_break ? '\n' : ' ');
      copied = p;
    }
  append_bytes (out, copied, end - copied);
}

GString *
_dossier_html_strip_raw_text (const char *html,
                              gsize       len,
                              gboolean    keep_noscript,
                              GArray     *values)
{
  const char *end = html + len;
  const char *copied = html;   /* what is before it is in @out */
  const char *p = html;
  guint in_pre = 0;
  GString *out = g_string_sized_new (len / 2 + 64);

  while (p < end && (p = memchr (p, '<', end - p)) != NULL)
    {
      const char *name = p + 1;
      gsize n;

      if (end - name >= 3 && memcmp (name, "!--", 3) == 0)
        {
          /* "<!-->" and "<!--->" are empty comments. */
          const char *body = name + 3;
          const char *close;

          if (body < end && *body == '>')
            close = body + 1;
          else if (end - body >= 2 && memcmp (body, "->", 2) == 0)
            close = body + 2;
          else
            {
              close = find_string (body, end, "-->");
              close = close != NULL ? close + 3 : end;
            }
          append_squeezed (out, copied, p, in_pre);
          copied = p = close;
          continue;
        }
      if (name < end && *name == '/')
        {
          gsize n = tag_name_length (name + 1, end);
          if (tag_is (name + 1, n, "pre"))
            {
              append_squeezed (out, copied, p, in_pre);
              copied = p;
              in_pre -= in_pre > 0;
            }
          p++;
          continue;
        }
      if (name >= end || !g_ascii_isalpha (*name))
        {
          p++;
          continue;
        }

      n = tag_name_length (name, end);
      if (tag_is (name, n, "script") || tag_is (name, n, "style") ||
          (tag_is (name, n, "noscript") && !keep_noscript))
        {
          /* A browser that runs scripts reads <noscript> as raw text up
           * to "</noscript": its markup ("<noscript><div …></noscript>")
           * must not swallow the page that follows, as libxml2 would let
           * it.  The reader never reads it. */
          const char *raw_name = n == 6 ? "script" : n == 5 ? "style" : "noscript";
          const char *content = skip_tag (name, end);
          const char *close = find_end_tag (content, end, raw_name);

          /* JSON-LD: the metadata's, kept. */
          if (n == 6 && find_string (name, content, "ld+json") != NULL)
            {
              append_squeezed (out, copied, p, in_pre);
              append_bytes (out, p, close - p);
              copied = p = close;
              continue;
            }
          append_squeezed (out, copied, content, in_pre);
          copied = p = close;
          continue;
        }

      append_squeezed (out, copied, p, in_pre);
      if (tag_is (name, n, "pre"))
        in_pre++;
      /* Elements that never hold text or anything else the reader takes
       * (one in fourteen of a page's elements) are left out. */
      if (tag_is (name, n, "link"))
        {
          /* Only the page's canonical address is read of its <link>s. */
          const char *tag_end = skip_tag (name, end);
          if (find_string (name, tag_end, "canonical") != NULL)
            copied = p = copy_start_tag (out, name, end, values);
          else
            copied = p = tag_end;
        }
      else if (tag_is (name, n, "img") || tag_is (name, n, "source") ||
               tag_is (name, n, "input") || tag_is (name, n, "wbr") || tag_is (name, n, "track") ||
               tag_is (name, n, "param") || tag_is (name, n, "area"))
        copied = p = skip_tag (name, end);
      else
        copied = p = copy_start_tag (out, name, end, values);
    }
  append_squeezed (out, copied, end, in_pre);
  return out;
}

