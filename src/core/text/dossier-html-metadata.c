/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The metadata reader of dossier-html-metadata.h.  JSON-LD comes first: it
 * says the most, and the most plainly; then <meta> elements; the page's
 * first <time> is the last resort for the date. */

#include "config.h"

#include "dossier-html-metadata.h"

#include <stdio.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "dossier-clean.h"
#include "dossier-date-expression.h"
#include "dossier-debug.h"
#include "dossier-json-limit.h"

/* The JSON-LD types of an article, whose headline, author, date and
 * publisher are the page's own. */
static const char * const article_types[] = {
  "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
  "OpinionNewsArticle", "BackgroundNewsArticle", "BlogPosting", "LiveBlogPosting",
  "Report", "ScholarlyArticle", "TechArticle",
};

/* The names of <meta> elements that give the publication date. */
static const char * const date_keys[] = {
  "article:published_time", "og:article:published_time", "datePublished",
  "date", "pubdate", "publish-date", "publishdate", "dc.date", "dc.date.issued",
  "dcterms.created", "sailthru.date", "parsely-pub-date",
};

static gboolean
in_list (const char        *word,
         const char * const *list,
         gsize              n)
{
  for (gsize i = 0; i < n; i++)
    if (g_ascii_strcasecmp (word, list[i]) == 0)
      return TRUE;
  return FALSE;
}

/* "2024-12-16T15:10:00Z", "2024-12-16T15:10:00+01:00", "2024-12-16":
 * the day and time as the page gives them. */
static gboolean
parse_metadata_date (const char  *text,
                     DossierDate *date)
{
  char head[17];
  int year, month, day;

  if (text == NULL)
    return FALSE;
  while (g_ascii_isspace (*text))
    text++;
  if (strlen (text) >= 16 && (text[10] == 'T' || text[10] == ' ') && text[13] == ':')
    {
      memcpy (head, text, 16);
      head[10] = 'T';
      head[16] = '\0';
      if (dossier_date_parse_iso (head, date))
        return TRUE;
    }
  if (strlen (text) >= 10 && sscanf (text, "%4d-%2d-%2d", &year, &month, &day) == 3)
    {
      memcpy (head, text, 10);
      head[10] = '\0';
      return dossier_date_parse_iso (head, date);
    }
  return dossier_date_parse_dateline (text, -1, date);
}

static void
set_once (char      **field,
          const char *value)
{
  if (*field == NULL && value != NULL)
    {
      g_autofree char *copy = g_strstrip (g_strdup (value));
      if (copy[0] != '\0' && !g_str_has_prefix (copy, "http"))
        *field = g_steal_pointer (&copy);
    }
}

/* The page's own address: an absolute http(s) URL. */
static void
set_address_once (Metadata   *metadata,
                  const char *value)
{
  g_autofree char *copy = NULL;

  if (metadata->address != NULL || value == NULL)
    return;
  copy = g_strstrip (g_strdup (value));
  if (g_ascii_strncasecmp (copy, "http://", 7) == 0 || g_ascii_strncasecmp (copy, "https://", 8) == 0)
    metadata->address = g_steal_pointer (&copy);
}

static void
set_date_once (Metadata   *metadata,
               const char *value,
               const char *evidence)
{
  DossierDate date = DOSSIER_DATE_INIT;

  if (dossier_date_is_set (&metadata->published) || !parse_metadata_date (value, &date))
    return;
  /* Templates fill an unknown date with "0001-01-01": only years a web
   * page can have been published in count. */
  if (date.year < 1990 || date.year > 2100)
    return;
  metadata->published = date;
  metadata->published_evidence = g_strdup_printf ("%s: %s", evidence, value);
}

/* A JSON-LD author: a name, a Person, or a list of either. */
static char *
json_ld_names (JsonNode *node)
{
  if (node == NULL)
    return NULL;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return g_strdup (json_node_get_string (node));
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      if (json_object_has_member (object, "name"))
        return json_ld_names (json_object_get_member (object, "name"));
      return NULL;
    }
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < json_array_get_length (array) && i < 8; i++)
        {
          char *name = json_ld_names (json_array_get_element (array, i));
          if (name != NULL)
            g_ptr_array_add (names, name);
        }
      return names->len > 0 ? dossier_join_names (names) : NULL;
    }
  return NULL;
}

static gboolean
json_ld_is_article (JsonObject *object)
{
  JsonNode *type = json_object_get_member (object, "@type");

  if (type == NULL)
    return FALSE;
  if (JSON_NODE_HOLDS_VALUE (type) && json_node_get_value_type (type) == G_TYPE_STRING)
    return in_list (json_node_get_string (type), article_types, G_N_ELEMENTS (article_types));
  if (JSON_NODE_HOLDS_ARRAY (type))
    {
      JsonArray *array = json_node_get_array (type);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING &&
              in_list (json_node_get_string (element), article_types, G_N_ELEMENTS (article_types)))
            return TRUE;
        }
    }
  return FALSE;
}

static const char *
json_ld_string (JsonObject *object,
                const char *member)
{
  JsonNode *node = json_object_get_member (object, member);
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  return NULL;
}

static void
read_json_ld_node (Metadata *metadata,
                   JsonNode *node,
                   guint     depth)
{
  if (node == NULL || depth > 8)
    return;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (array) && i < 64; i++)
        read_json_ld_node (metadata, json_array_get_element (array, i), depth + 1);
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);

      if (json_object_has_member (object, "@graph"))
        read_json_ld_node (metadata, json_object_get_member (object, "@graph"), depth + 1);
      if (!json_ld_is_article (object))
        return;
      set_once (&metadata->title, json_ld_string (object, "headline"));
      if (metadata->body == NULL && json_ld_string (object, "articleBody") != NULL)
        metadata->body = g_strdup (json_ld_string (object, "articleBody"));
      set_date_once (metadata, json_ld_string (object, "datePublished"), "JSON-LD datePublished");
      {
        g_autofree char *author = json_ld_names (json_object_get_member (object, "author"));
        set_once (&metadata->author, author);
      }
      {
        g_autofree char *publisher = json_ld_names (json_object_get_member (object, "publisher"));
        set_once (&metadata->outlet, publisher);
      }
      set_address_once (metadata, json_ld_string (object, "url"));
      {
        JsonNode *page = json_object_get_member (object, "mainEntityOfPage");
        if (page != NULL && JSON_NODE_HOLDS_OBJECT (page))
          set_address_once (metadata, json_ld_string (json_node_get_object (page), "@id"));
        else
          set_address_once (metadata, json_ld_string (object, "mainEntityOfPage"));
      }
    }
}

static void
read_json_ld (Metadata   *metadata,
              const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  /* A hostile page's JSON-LD could nest deep enough to overflow the
   * parser's stack. */
  if (text == NULL || !dossier_json_depth_ok (text, -1) ||
      !json_parser_load_from_data (parser, text, -1, NULL))
    return;
  read_json_ld_node (metadata, json_parser_get_root (parser), 0);
}

void
_dossier_html_read_metadata (PageIndex *index,
                             Metadata  *metadata)
{
  GPtrArray *found = index->metadata;
  g_autofree char *og_title = NULL, *twitter_title = NULL;
  g_autofree char *site_name = NULL, *meta_author = NULL;
  g_autofree char *canonical = NULL, *og_url = NULL;
  g_autofree char *json_ld_address = NULL;
  gboolean title_from_json_ld, outlet_from_json_ld, author_from_json_ld;

  /* JSON-LD first: it says the most, and the most plainly. */
  for (guint i = 0; i < found->len; i++)
    {
      xmlNode *node = g_ptr_array_index (found, i);
      if (_dossier_html_is_element (node, "script"))
        {
          xmlChar *content = xmlNodeGetContent (node);
          read_json_ld (metadata, (const char *) content);
          xmlFree (content);
        }
    }
  /* For the debug messages below: what the meta elements may add to. */
  title_from_json_ld = metadata->title != NULL;
  outlet_from_json_ld = metadata->outlet != NULL;
  author_from_json_ld = metadata->author != NULL;

  for (guint i = 0; i < found->len; i++)
    {
      xmlNode *node = g_ptr_array_index (found, i);
      g_autofree char *key = NULL, *content = NULL;

      if (_dossier_html_is_element (node, "title"))
        {
          xmlChar *text = xmlNodeGetContent (node);
          set_once (&metadata->page_title, (const char *) text);
          xmlFree (text);
          continue;
        }
      if (_dossier_html_is_element (node, "link"))
        {
          g_autofree char *rel = _dossier_html_get_attribute (node, "rel");
          g_autofree char *href = _dossier_html_get_attribute (node, "href");
          if (rel != NULL && g_ascii_strcasecmp (rel, "canonical") == 0 && canonical == NULL)
            canonical = g_steal_pointer (&href);
          continue;
        }
      if (!_dossier_html_is_element (node, "meta"))
        continue;
      key = _dossier_html_get_attribute (node, "property");
      if (key == NULL)
        key = _dossier_html_get_attribute (node, "name");
      if (key == NULL)
        key = _dossier_html_get_attribute (node, "itemprop");
      content = _dossier_html_get_attribute (node, "content");
      if (key == NULL || content == NULL)
        continue;
      if (g_ascii_strcasecmp (key, "og:title") == 0)
        set_once (&og_title, content);
      else if (g_ascii_strcasecmp (key, "twitter:title") == 0)
        set_once (&twitter_title, content);
      else if (g_ascii_strcasecmp (key, "og:site_name") == 0 || g_ascii_strcasecmp (key, "application-name") == 0)
        set_once (&site_name, content);
      else if (g_ascii_strcasecmp (key, "og:url") == 0 && og_url == NULL)
        og_url = g_strdup (content);
      else if (g_ascii_strcasecmp (key, "author") == 0 || g_ascii_strcasecmp (key, "article:author") == 0 ||
               g_ascii_strcasecmp (key, "parsely-author") == 0 || g_ascii_strcasecmp (key, "dc.creator") == 0)
        set_once (&meta_author, content);
      else if (g_ascii_strcasecmp (key, "og:description") == 0 || g_ascii_strcasecmp (key, "description") == 0 ||
               g_ascii_strcasecmp (key, "twitter:description") == 0)
        set_once (&metadata->description, content);
      else if (in_list (key, date_keys, G_N_ELEMENTS (date_keys)))
        {
          g_autofree char *evidence = g_strdup_printf ("page metadata %s", key);
          set_date_once (metadata, content, evidence);
        }
    }

  set_once (&metadata->title, og_title);
  set_once (&metadata->title, twitter_title);
  set_once (&metadata->outlet, site_name);
  if (metadata->outlet != NULL)
    metadata->outlet_from = outlet_from_json_ld ? "the page's JSON-LD publisher" : "the page's og:site_name";
  /* The page's address: its canonical link, else og:url, else the
   * JSON-LD article's url. */
  json_ld_address = g_steal_pointer (&metadata->address);
  set_address_once (metadata, canonical);
  set_address_once (metadata, og_url);
  set_address_once (metadata, json_ld_address);
  if (metadata->address != NULL)
    DOSSIER_DEBUG ("html: the page's address: %s", metadata->address);
  set_once (&metadata->author, meta_author);
  if (!dossier_date_is_set (&metadata->published))
    {
      if (index->times->len > 0)
        {
          g_autofree char *datetime = _dossier_html_get_attribute (g_ptr_array_index (index->times, 0), "datetime");
          set_date_once (metadata, datetime, "the page's first <time>");
        }
    }

  if (metadata->title != NULL)
    DOSSIER_DEBUG ("html: title from %s: %s",
                   title_from_json_ld ? "the JSON-LD headline" : og_title != NULL ? "og:title" : "twitter:title",
                   metadata->title);
  if (metadata->outlet != NULL)
    DOSSIER_DEBUG ("html: outlet from %s: %s",
                   outlet_from_json_ld ? "the JSON-LD publisher" : "og:site_name or application-name",
                   metadata->outlet);
  if (metadata->author != NULL)
    DOSSIER_DEBUG ("html: author from %s: %s", author_from_json_ld ? "the JSON-LD author" : "an author <meta>",
                   metadata->author);
  if (dossier_date_is_set (&metadata->published))
    DOSSIER_DEBUG ("html: publication date from %s", metadata->published_evidence);
}

void
_dossier_html_metadata_clear (Metadata *metadata)
{
  g_free (metadata->title);
  g_free (metadata->outlet);
  g_free (metadata->address);
  g_free (metadata->author);
  g_free (metadata->published_evidence);
  g_free (metadata->body);
  g_free (metadata->page_title);
  g_free (metadata->description);
}

