/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "config.h"

#include "dossier-annotation-reader.h"
#include "dossier-id.h"
#include "dossier-json-limit.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

/* Members read only when they have the type expected: json-glib's own
 * getters log a critical on any other. */

static JsonObject *
member_object (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
member_array (JsonObject *object,
              const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static gboolean
member_int (JsonObject *object,
            const char *name,
            gint64     *value)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return FALSE;
  *value = json_node_get_int (node);
  return TRUE;
}

static gboolean
member_true (JsonObject *object,
             const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
         json_node_get_value_type (node) == G_TYPE_BOOLEAN && json_node_get_boolean (node);
}

static gboolean
is_type (JsonObject *object,
         const char *type)
{
  return g_strcmp0 (member_string (object, "type"), type) == 0;
}

/* The objects of a member that may hold one object or an array of them. */
static GPtrArray *
member_objects (JsonObject *object,
                const char *name)
{
  GPtrArray *objects = g_ptr_array_new ();
  JsonNode *node = json_object_get_member (object, name);

  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    g_ptr_array_add (objects, json_node_get_object (node));
  else if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          if (JSON_NODE_HOLDS_OBJECT (element))
            g_ptr_array_add (objects, json_node_get_object (element));
        }
    }
  return objects;
}

static char *
annotation_id (const char *uri)
{
  if (uri == NULL || uri[0] == '\0')
    return NULL;
  if (g_str_has_prefix (uri, "urn:uuid:") && g_uuid_string_is_valid (uri + strlen ("urn:uuid:")))
    return g_strdup (uri + strlen ("urn:uuid:"));
  if (g_str_has_prefix (uri, "urn:dossier:annotation:"))
    {
      char *id = g_uri_unescape_string (uri + strlen ("urn:dossier:annotation:"), NULL);

      /* Unescaped, it must still be text. */
      if (id != NULL && id[0] != '\0' && g_utf8_validate (id, -1, NULL))
        return id;
      g_free (id);
    }
  return g_strdup (uri);
}

static gboolean
parse_positive (const char *digits,
                gint64      max,
                gint64     *value)
{
  guint64 number = 0;

  if (!g_ascii_isdigit (digits[0]) ||
      !g_ascii_string_to_unsigned (digits, 10, 1, max, &number, NULL))
    return FALSE;
  *value = number;
  return TRUE;
}

static DossierAnnotation *
read_annotation (JsonObject *object)
{
  g_autoptr(GPtrArray) selectors = NULL;
  g_autoptr(GPtrArray) bodies = NULL;
  g_autoptr(GStrvBuilder) tags = g_strv_builder_new ();
  g_auto(GStrv) tag_list = NULL;
  g_autofree char *id = NULL;
  DossierAnnotation *annotation;
  DossierAnchor anchor = { 0 };
  JsonObject *target, *quote = NULL, *position = NULL;
  const char *note = NULL, *text;
  gint64 source = 0;
  guint article = 0;

  if (!is_type (object, "Annotation") || (target = member_object (object, "target")) == NULL)
    return NULL;
  selectors = member_objects (target, "selector");
  for (guint s = 0; s < selectors->len; s++)
    {
      JsonObject *selector = g_ptr_array_index (selectors, s);

      if (quote == NULL && is_type (selector, "TextQuoteSelector"))
        quote = selector;
      else if (position == NULL && is_type (selector, "TextPositionSelector"))
        position = selector;
    }
  if (quote == NULL || (text = member_string (quote, "exact")) == NULL || text[0] == '\0')
    return NULL;

  text = member_string (target, "source");
  if (text != NULL && g_str_has_prefix (text, "urn:dossier:source:"))
    parse_positive (text + strlen ("urn:dossier:source:"), G_MAXINT64, &source);
  id = annotation_id (member_string (object, "id"));
  annotation = dossier_annotation_new (id, source);

  anchor.exact = (char *) member_string (quote, "exact");
  anchor.prefix = (char *) member_string (quote, "prefix");
  anchor.suffix = (char *) member_string (quote, "suffix");
  if (position == NULL ||
      !member_int (position, "start", &anchor.start) || !member_int (position, "end", &anchor.end) ||
      anchor.start < 0 || anchor.end < anchor.start)
    anchor.start = anchor.end = 0;
  dossier_annotation_set_anchor (annotation, &anchor);

  text = member_string (target, "dossier:article");
  if (dossier_id_parse (text, DOSSIER_ID_ARTICLE, G_MAXINT, &article))
    dossier_annotation_set_document (annotation, (int) article);
  text = member_string (target, "styleClass");
  if (text != NULL && g_str_has_prefix (text, "dossier-"))
    dossier_annotation_set_colour (annotation, dossier_colour_from_string (text + strlen ("dossier-")));
  dossier_annotation_set_orphaned (annotation, member_true (object, "dossier:orphaned"));

  bodies = member_objects (object, "body");
  for (guint b = 0; b < bodies->len; b++)
    {
      JsonObject *body = g_ptr_array_index (bodies, b);
      const char *purpose = member_string (body, "purpose");
      const char *value = member_string (body, "value");

      if (value == NULL || !is_type (body, "TextualBody"))
        continue;
      if (note == NULL && g_strcmp0 (purpose, "commenting") == 0)
        note = value;
      else if (g_strcmp0 (purpose, "tagging") == 0)
        g_strv_builder_add (tags, value);
    }
  if (note != NULL)
    dossier_annotation_set_note (annotation, note);
  tag_list = g_strv_builder_end (tags);
  dossier_annotation_set_tags (annotation, (const char * const *) tag_list);
  dossier_annotation_set_times (annotation, member_string (object, "created"), member_string (object, "modified"));
  return annotation;
}

static void
read_items (GPtrArray *annotations,
            JsonArray *items)
{
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonNode *element = json_array_get_element (items, i);
      DossierAnnotation *annotation;

      if (JSON_NODE_HOLDS_OBJECT (element) &&
          (annotation = read_annotation (json_node_get_object (element))) != NULL)
        g_ptr_array_add (annotations, annotation);
    }
}

GPtrArray *
dossier_annotations_read_jsonld (const char  *text,
                                 gssize       len,
                                 GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) annotations = g_ptr_array_new_with_free_func (g_object_unref);
  JsonNode *root;
  JsonObject *object, *page;
  JsonArray *items = NULL;

  g_return_val_if_fail (text != NULL || len == 0, NULL);

  /* json-glib would overflow its stack on a hostile file's nesting. */
  if (!dossier_json_depth_ok (text, text != NULL ? len : 0))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The annotations nest more than %d levels deep"), DOSSIER_JSON_MAX_DEPTH);
      return NULL;
    }
  if (!json_parser_load_from_data (parser, text != NULL ? text : "", len, error))
    return NULL;
  root = json_parser_get_root (parser);
  if (root != NULL && JSON_NODE_HOLDS_ARRAY (root))
    items = json_node_get_array (root);
  else if (root != NULL && JSON_NODE_HOLDS_OBJECT (root))
    {
      object = json_node_get_object (root);
      if (is_type (object, "Annotation"))
        {
          DossierAnnotation *annotation = read_annotation (object);

          if (annotation != NULL)
            g_ptr_array_add (annotations, annotation);
          return g_steal_pointer (&annotations);
        }
      if (is_type (object, "AnnotationCollection"))
        items = (page = member_object (object, "first")) != NULL ? member_array (page, "items") : NULL;
      else if (is_type (object, "AnnotationPage"))
        items = member_array (object, "items");
      else
        items = member_array (object, "annotations");
      /* An empty collection has no page. */
      if (items == NULL && is_type (object, "AnnotationCollection"))
        return g_steal_pointer (&annotations);
    }
  if (items == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("No Web Annotations found (expected an annotation, a list, a collection or a Dossier export)"));
      return NULL;
    }
  read_items (annotations, items);
  return g_steal_pointer (&annotations);
}
