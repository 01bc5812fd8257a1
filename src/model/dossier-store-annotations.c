/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The annotations a dossier file keeps (their tags as JSON) and the
 * labels the researcher gave the annotation colours. */

#include "config.h"

#include "dossier-store.h"
#include "dossier-store-private.h"
#include "dossier-json-limit.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>

static char *
tags_to_json (const char * const *tags)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    json_builder_add_string_value (builder, tags[i]);
  json_builder_end_array (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

static GStrv
tags_from_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonNode *root;

  if (text != NULL && dossier_json_depth_ok (text, -1) &&
      json_parser_load_from_data (parser, text, -1, NULL) &&
      (root = json_parser_get_root (parser)) != NULL && JSON_NODE_HOLDS_ARRAY (root))
    {
      JsonArray *array = json_node_get_array (root);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING)
            g_strv_builder_add (builder, json_node_get_string (element));
        }
    }
  return g_strv_builder_end (builder);
}

gboolean
dossier_store_save_annotation (DossierStore       *self,
                               DossierAnnotation  *annotation,
                               GError            **error)
{
  const DossierAnchor *anchor;
  g_autofree char *tags = NULL;
  sqlite3_stmt *statement = NULL;
  gboolean ok;

  g_return_val_if_fail (DOSSIER_IS_STORE (self), FALSE);
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (annotation), FALSE);

  anchor = dossier_annotation_get_anchor (annotation);
  tags = tags_to_json (dossier_annotation_get_tags (annotation));

  g_mutex_lock (&self->lock);
  ok = _dossier_store_check_open (self, error);
  if (ok && sqlite3_prepare_v2 (self->db,
                                "INSERT OR REPLACE INTO annotations (id, source, exact, prefix, suffix, start, end,"
                                " orphaned, colour, note, tags, created, modified)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                -1, &statement, NULL) != SQLITE_OK)
    ok = _dossier_store_set_sqlite_error (self, error, _("Could not save the annotation"));
  if (ok)
    {
      const char *note = dossier_annotation_get_note (annotation);

      sqlite3_bind_text (statement, 1, dossier_annotation_get_id (annotation), -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (statement, 2, dossier_annotation_get_source (annotation));
      sqlite3_bind_text (statement, 3, anchor->exact ? anchor->exact : "", -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (statement, 4, anchor->prefix ? anchor->prefix : "", -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (statement, 5, anchor->suffix ? anchor->suffix : "", -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (statement, 6, anchor->start);
      sqlite3_bind_int64 (statement, 7, anchor->end);
      sqlite3_bind_int (statement, 8, dossier_annotation_get_orphaned (annotation));
      sqlite3_bind_text (statement, 9, dossier_colour_to_string (dossier_annotation_get_colour (annotation)), -1, SQLITE_STATIC);
      if (*note != '\0')
        sqlite3_bind_text (statement, 10, note, -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_null (statement, 10);
      sqlite3_bind_text (statement, 11, tags, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (statement, 12, dossier_annotation_get_created (annotation), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (statement, 13, dossier_annotation_get_modified (annotation), -1, SQLITE_TRANSIENT);
      if (sqlite3_step (statement) != SQLITE_DONE)
        ok = _dossier_store_set_sqlite_error (self, error, _("Could not save the annotation"));
    }
  sqlite3_finalize (statement);
  g_mutex_unlock (&self->lock);
  return ok;
}

gboolean
dossier_store_delete_annotation (DossierStore  *self,
                                 const char    *id,
                                 GError       **error)
{
  g_return_val_if_fail (DOSSIER_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  return _dossier_store_run_with_id (self, "DELETE FROM annotations WHERE id = ?", 0, id,
                                     _("Could not delete the annotation"), error);
}

GPtrArray *
dossier_store_list_annotations (DossierStore  *self,
                                GError       **error)
{
  g_autoptr(GPtrArray) annotations = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *statement = NULL;
  int step = SQLITE_ERROR;

  g_return_val_if_fail (DOSSIER_IS_STORE (self), NULL);

  g_mutex_lock (&self->lock);
  if (_dossier_store_check_open (self, error) &&
      sqlite3_prepare_v2 (self->db,
                          "SELECT id, source, exact, prefix, suffix, start, end, orphaned, colour, note, tags,"
                          " created, modified FROM annotations ORDER BY source, start, created",
                          -1, &statement, NULL) == SQLITE_OK)
    {
      while ((step = sqlite3_step (statement)) == SQLITE_ROW)
        {
          DossierAnnotation *annotation = dossier_annotation_new ((const char *) sqlite3_column_text (statement, 0),
                                                                  sqlite3_column_int64 (statement, 1));
          DossierAnchor anchor = { 0 };
          g_auto(GStrv) tags = tags_from_json ((const char *) sqlite3_column_text (statement, 10));

          anchor.exact = (char *) sqlite3_column_text (statement, 2);
          anchor.prefix = (char *) sqlite3_column_text (statement, 3);
          anchor.suffix = (char *) sqlite3_column_text (statement, 4);
          anchor.start = sqlite3_column_int64 (statement, 5);
          anchor.end = sqlite3_column_int64 (statement, 6);
          dossier_annotation_set_anchor (annotation, &anchor);
          dossier_annotation_set_orphaned (annotation, sqlite3_column_int (statement, 7));
          dossier_annotation_set_colour (annotation, dossier_colour_from_string ((const char *) sqlite3_column_text (statement, 8)));
          dossier_annotation_set_note (annotation, (const char *) sqlite3_column_text (statement, 9));
          dossier_annotation_set_tags (annotation, (const char * const *) tags);
          dossier_annotation_set_times (annotation, (const char *) sqlite3_column_text (statement, 11),
                                        (const char *) sqlite3_column_text (statement, 12));
          g_ptr_array_add (annotations, annotation);
        }
    }
  if (self->db != NULL && step != SQLITE_DONE)
    {
      _dossier_store_set_sqlite_error (self, error, _("Could not read the annotations"));
      g_clear_pointer (&annotations, g_ptr_array_unref);
    }
  sqlite3_finalize (statement);
  g_mutex_unlock (&self->lock);
  return g_steal_pointer (&annotations);
}

char *
dossier_store_dup_colour_label (DossierStore  *self,
                                DossierColour  colour)
{
  sqlite3_stmt *statement = NULL;
  char *label = NULL;

  g_return_val_if_fail (DOSSIER_IS_STORE (self), NULL);
  g_return_val_if_fail (colour < DOSSIER_N_COLOURS, NULL);

  g_mutex_lock (&self->lock);
  if (self->db != NULL &&
      sqlite3_prepare_v2 (self->db, "SELECT label FROM colours WHERE colour = ?", -1, &statement, NULL) == SQLITE_OK)
    {
      sqlite3_bind_text (statement, 1, dossier_colour_to_string (colour), -1, SQLITE_STATIC);
      if (sqlite3_step (statement) == SQLITE_ROW)
        label = g_strdup ((const char *) sqlite3_column_text (statement, 0));
    }
  sqlite3_finalize (statement);
  g_mutex_unlock (&self->lock);
  return label != NULL ? label : g_strdup (dossier_colour_get_default_label (colour));
}

gboolean
dossier_store_set_colour_label (DossierStore  *self,
                                DossierColour  colour,
                                const char    *label,
                                GError       **error)
{
  sqlite3_stmt *statement = NULL;
  gboolean ok;

  g_return_val_if_fail (DOSSIER_IS_STORE (self), FALSE);
  g_return_val_if_fail (colour < DOSSIER_N_COLOURS, FALSE);

  g_mutex_lock (&self->lock);
  ok = _dossier_store_check_open (self, error);
  if (ok && sqlite3_prepare_v2 (self->db, "INSERT OR REPLACE INTO colours (colour, label) VALUES (?, ?)",
                                -1, &statement, NULL) != SQLITE_OK)
    ok = _dossier_store_set_sqlite_error (self, error, _("Could not name the colour"));
  if (ok)
    {
      sqlite3_bind_text (statement, 1, dossier_colour_to_string (colour), -1, SQLITE_STATIC);
      sqlite3_bind_text (statement, 2, label, -1, SQLITE_TRANSIENT);
      if (sqlite3_step (statement) != SQLITE_DONE)
        ok = _dossier_store_set_sqlite_error (self, error, _("Could not name the colour"));
    }
  sqlite3_finalize (statement);
  g_mutex_unlock (&self->lock);
  return ok;
}
