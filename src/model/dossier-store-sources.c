/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The articles' sources a dossier file keeps: their bytes as imported,
 * where they came from, their digests; added, read, changed, removed and
 * put back under their own ids. */

#include "config.h"

#include "dossier-store.h"
#include "dossier-store-private.h"

#include <glib/gi18n-lib.h>
#include <sqlite3.h>

void
dossier_stored_source_free (DossierStoredSource *source)
{
  if (source == NULL)
    return;
  g_free (source->name);
  g_free (source->added);
  g_free (source->address);
  g_clear_pointer (&source->content, g_bytes_unref);
  g_free (source);
}

/* The first column of the first row @sql gives, 0 for none or NULL. */
static gint64
query_int64 (DossierStore *self,
             const char   *sql)
{
  sqlite3_stmt *statement = NULL;
  gint64 value = 0;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &statement, NULL) == SQLITE_OK &&
      sqlite3_step (statement) == SQLITE_ROW)
    value = sqlite3_column_int64 (statement, 0);
  sqlite3_finalize (statement);
  return value;
}

gboolean
dossier_store_add_sources (DossierStore  *self,
                           GPtrArray     *names,
                           GPtrArray     *contents,
                           GPtrArray     *addresses,
                           GArray        *ids,
                           GError       **error)
{
  sqlite3_stmt *statement = NULL;
  gboolean ok;
  gint64 next_id = 1;

  g_return_val_if_fail (DOSSIER_IS_STORE (self), FALSE);
  g_return_val_if_fail (names->len == contents->len, FALSE);
  g_return_val_if_fail (addresses == NULL || addresses->len == names->len, FALSE);

  g_mutex_lock (&self->lock);
  ok = _dossier_store_check_open (self, error) && _dossier_store_exec (self, "BEGIN IMMEDIATE", error);
  /* Past every id given before, a removed source's too: an event's key
   * names its article by it, and Undo puts a removed article back under
   * its own.  A file that could not be brought to this format takes
   * articles without what its format lacks. */
  if (ok)
    next_id = MAX (query_int64 (self, "SELECT max (id) FROM sources"),
                   query_int64 (self, "SELECT CAST (value AS INTEGER) FROM meta WHERE key = 'removed-source'")) + 1;
  if (ok && sqlite3_prepare_v2 (self->db,
                                self->format >= 3
                                  ? "INSERT INTO sources (id, name, added, content, address, digest) "
                                    "VALUES (?1, ?2, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?3, ?4, dossier_digest (?3))"
                                  : self->format >= 2
                                  ? "INSERT INTO sources (id, name, added, content, address) "
                                    "VALUES (?1, ?2, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?3, ?4)"
                                  : "INSERT INTO sources (id, name, added, content) "
                                    "VALUES (?1, ?2, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?3)",
                                -1, &statement, NULL) != SQLITE_OK)
    ok = _dossier_store_set_sqlite_error (self, error, _("Could not add the articles"));
  for (guint i = 0; ok && i < names->len; i++)
    {
      GBytes *content = g_ptr_array_index (contents, i);
      gsize size = 0;
      gconstpointer data = content != NULL ? g_bytes_get_data (content, &size) : NULL;
      gint64 id;

      sqlite3_reset (statement);
      sqlite3_bind_int64 (statement, 1, next_id++);
      sqlite3_bind_text (statement, 2, g_ptr_array_index (names, i), -1, SQLITE_TRANSIENT);
      sqlite3_bind_blob64 (statement, 3, data != NULL ? data : "", size, SQLITE_STATIC);
      if (self->format >= 2 && addresses != NULL && g_ptr_array_index (addresses, i) != NULL)
        sqlite3_bind_text (statement, 4, g_ptr_array_index (addresses, i), -1, SQLITE_TRANSIENT);
      if (sqlite3_step (statement) != SQLITE_DONE)
        {
          ok = _dossier_store_set_sqlite_error (self, error, _("Could not add the articles"));
          break;
        }
      id = sqlite3_last_insert_rowid (self->db);
      if (ids != NULL)
        g_array_append_val (ids, id);
      /* SQLite has its copy: the bytes are not needed any more. */
      sqlite3_clear_bindings (statement);
      g_clear_pointer (&g_ptr_array_index (contents, i), g_bytes_unref);
    }
  sqlite3_finalize (statement);
  if (ok)
    ok = _dossier_store_exec (self, "COMMIT", error);
  if (!ok && self->db != NULL)
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      if (ids != NULL)
        g_array_set_size (ids, 0);
    }
  g_mutex_unlock (&self->lock);
  return ok;
}

/* A row of "SELECT id, name, added, address, kept_uncleaned[, content]". */
static DossierStoredSource *
source_from_row (sqlite3_stmt *statement,
                 gboolean      with_content)
{
  DossierStoredSource *source = g_new0 (DossierStoredSource, 1);

  source->id = sqlite3_column_int64 (statement, 0);
  source->name = g_strdup ((const char *) sqlite3_column_text (statement, 1));
  source->added = g_strdup ((const char *) sqlite3_column_text (statement, 2));
  source->address = g_strdup ((const char *) sqlite3_column_text (statement, 3));
  source->kept_uncleaned = sqlite3_column_int (statement, 4) != 0;
  if (with_content)
    source->content = g_bytes_new (sqlite3_column_blob (statement, 5), sqlite3_column_bytes (statement, 5));
  return source;
}

/* The sources with @id, or all of them when @id is 0, in id order; their
 * bytes too with @with_content. */
static GPtrArray *
read_sources (DossierStore  *self,
              gint64         id,
              gboolean       with_content,
              GError       **error)
{
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_stored_source_free);
  g_autofree char *sql = NULL;
  sqlite3_stmt *statement = NULL;
  int step = SQLITE_ERROR;

  g_mutex_lock (&self->lock);
  /* A file of format 1 read as it is has neither column. */
  sql = g_strdup_printf ("SELECT id, name, added, %s%s FROM sources %s",
                         self->format >= 2 ? "address, kept_uncleaned" : "NULL, 0",
                         with_content ? ", content" : "",
                         id != 0 ? "WHERE id = ?" : "ORDER BY id");
  if (_dossier_store_check_open (self, error) &&
      sqlite3_prepare_v2 (self->db, sql, -1, &statement, NULL) == SQLITE_OK)
    {
      if (id != 0)
        sqlite3_bind_int64 (statement, 1, id);
      while ((step = sqlite3_step (statement)) == SQLITE_ROW)
        g_ptr_array_add (sources, source_from_row (statement, with_content));
    }
  if (self->db != NULL && step != SQLITE_DONE)
    {
      _dossier_store_set_sqlite_error (self, error, _("Could not read the articles"));
      g_clear_pointer (&sources, g_ptr_array_unref);
    }
  sqlite3_finalize (statement);
  g_mutex_unlock (&self->lock);
  return g_steal_pointer (&sources);
}

GPtrArray *
dossier_store_list_sources (DossierStore  *self,
                            GError       **error)
{
  g_return_val_if_fail (DOSSIER_IS_STORE (self), NULL);
  return read_sources (self, 0, TRUE, error);
}

GPtrArray *
dossier_store_list_source_info (DossierStore  *self,
                                GError       **error)
{
  g_return_val_if_fail (DOSSIER_IS_STORE (self), NULL);
  return read_sources (self, 0, FALSE, error);
}

DossierStoredSource *
dossier_store_read_source (DossierStore  *self,
                           gint64         id,
                           GError       **error)
{
  g_autoptr(GPtrArray) sources = NULL;

  g_return_val_if_fail (DOSSIER_IS_STORE (self), NULL);
  g_return_val_if_fail (id > 0, NULL);

  sources = read_sources (self, id, TRUE, error);
  if (sources == NULL || sources->len == 0)
    return NULL;
  return g_ptr_array_steal_index (sources, 0);
}

/* Runs @sql, a transaction of statements whose every "?1" is @id. */
static gboolean
run_transaction_with_id (DossierStore  *self,
                         const char    *sql,
                         gint64         id,
                         const char    *doing,
                         GError       **error)
{
  const char *next = sql;
  gboolean ok;

  g_mutex_lock (&self->lock);
  ok = _dossier_store_check_open (self, error) && _dossier_store_exec (self, "BEGIN IMMEDIATE", error);
  while (ok && next != NULL && *next != '\0')
    {
      sqlite3_stmt *statement = NULL;
      const char *tail = NULL;

      if (sqlite3_prepare_v2 (self->db, next, -1, &statement, &tail) != SQLITE_OK)
        ok = _dossier_store_set_sqlite_error (self, error, doing);
      else if (statement != NULL)
        {
          if (sqlite3_bind_parameter_count (statement) > 0)
            sqlite3_bind_int64 (statement, 1, id);
          if (sqlite3_step (statement) != SQLITE_DONE)
            ok = _dossier_store_set_sqlite_error (self, error, doing);
        }
      sqlite3_finalize (statement);
      next = tail;
    }
  if (ok)
    ok = _dossier_store_exec (self, "COMMIT", error);
  if (!ok && self->db != NULL)
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  g_mutex_unlock (&self->lock);
  return ok;
}

/* Its annotations and corrections go with it (ON DELETE CASCADE); its id
 * is remembered as given (meta 'removed-source'), never given to another
 * article: the keys of the events it reported name it, and Undo puts it
 * back under it. */
gboolean
dossier_store_remove_source (DossierStore  *self,
                             gint64         id,
                             GError       **error)
{
  g_return_val_if_fail (DOSSIER_IS_STORE (self), FALSE);
  _dossier_store_count_change (self);
  return run_transaction_with_id (self,
                                  "INSERT OR REPLACE INTO meta VALUES ('removed-source', max (?1, coalesce ("
                                  "  (SELECT CAST (value AS INTEGER) FROM meta WHERE key = 'removed-source'), 0)));"
                                  "DELETE FROM sources WHERE id = ?1;",
                                  id, _("Could not remove the article"), error);
}

/* Runs @sql, which changes source @id (its second parameter), with @text
 * (NULL for SQL's NULL) as its first when @is_text, else @number. */
static gboolean
change_source (DossierStore  *self,
               const char    *sql,
               gint64         id,
               gboolean       is_text,
               const char    *text,
               int            number,
               const char    *doing,
               GError       **error)
{
  sqlite3_stmt *statement = NULL;
  gboolean ok;

  _dossier_store_count_change (self);
  g_mutex_lock (&self->lock);
  ok = _dossier_store_check_open (self, error) && _dossier_store_check_format (self, error);
  if (ok && sqlite3_prepare_v2 (self->db, sql, -1, &statement, NULL) != SQLITE_OK)
    ok = _dossier_store_set_sqlite_error (self, error, doing);
  if (ok)
    {
      if (is_text && text != NULL)
        sqlite3_bind_text (statement, 1, text, -1, SQLITE_TRANSIENT);
      else if (is_text)
        sqlite3_bind_null (statement, 1);
      else
        sqlite3_bind_int (statement, 1, number);
      sqlite3_bind_int64 (statement, 2, id);
      if (sqlite3_step (statement) != SQLITE_DONE)
        ok = _dossier_store_set_sqlite_error (self, error, doing);
    }
  sqlite3_finalize (statement);
  g_mutex_unlock (&self->lock);
  return ok;
}

gboolean
dossier_store_set_source_address (DossierStore  *self,
                                  gint64         id,
                                  const char    *address,
                                  GError       **error)
{
  g_return_val_if_fail (DOSSIER_IS_STORE (self), FALSE);
  return change_source (self, "UPDATE sources SET address = ? WHERE id = ?", id, TRUE,
                        address != NULL && *address != '\0' ? address : NULL, 0,
                        _("Could not keep the address"), error);
}

gboolean
dossier_store_set_source_kept_uncleaned (DossierStore  *self,
                                         gint64         id,
                                         gboolean       kept,
                                         GError       **error)
{
  g_return_val_if_fail (DOSSIER_IS_STORE (self), FALSE);
  return change_source (self, "UPDATE sources SET kept_uncleaned = ? WHERE id = ?", id, FALSE, NULL, kept ? 1 : 0,
                        _("Could not keep the article"), error);
}

gboolean
dossier_store_restore_source (DossierStore               *self,
                              const DossierStoredSource  *source,
                              gint64                     *id,
                              GError                    **error)
{
  sqlite3_stmt *statement = NULL;
  gboolean ok;

  g_return_val_if_fail (DOSSIER_IS_STORE (self), FALSE);
  g_return_val_if_fail (source != NULL && source->content != NULL, FALSE);

  _dossier_store_count_change (self);
  g_mutex_lock (&self->lock);
  ok = _dossier_store_check_open (self, error) && _dossier_store_check_format (self, error);
  /* Its own id, which no import takes (dossier_store_remove_source ()):
   * annotations, corrections and event keys name their article by it. */
  if (ok && sqlite3_prepare_v2 (self->db,
                                "INSERT INTO sources (id, name, added, content, address, kept_uncleaned, digest) "
                                "VALUES ((SELECT CASE WHEN EXISTS (SELECT 1 FROM sources WHERE id = ?1) "
                                "THEN NULL ELSE ?1 END), ?2, ?3, ?4, ?5, ?6, dossier_digest (?4))",
                                -1, &statement, NULL) != SQLITE_OK)
    ok = _dossier_store_set_sqlite_error (self, error, _("Could not put the article back"));
  if (ok)
    {
      gsize size = 0;
      gconstpointer data = g_bytes_get_data (source->content, &size);

      sqlite3_bind_int64 (statement, 1, source->id);
      sqlite3_bind_text (statement, 2, source->name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (statement, 3, source->added, -1, SQLITE_TRANSIENT);
      sqlite3_bind_blob64 (statement, 4, data != NULL ? data : "", size, SQLITE_STATIC);
      if (source->address != NULL)
        sqlite3_bind_text (statement, 5, source->address, -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_null (statement, 5);
      sqlite3_bind_int (statement, 6, source->kept_uncleaned ? 1 : 0);
      if (sqlite3_step (statement) != SQLITE_DONE)
        ok = _dossier_store_set_sqlite_error (self, error, _("Could not put the article back"));
      else if (id != NULL)
        *id = sqlite3_last_insert_rowid (self->db);
    }
  sqlite3_finalize (statement);
  g_mutex_unlock (&self->lock);
  return ok;
}

guint
dossier_store_count_sources (DossierStore *self)
{
  sqlite3_stmt *statement = NULL;
  guint n = 0;

  g_return_val_if_fail (DOSSIER_IS_STORE (self), 0);

  g_mutex_lock (&self->lock);
  if (self->db != NULL &&
      sqlite3_prepare_v2 (self->db, "SELECT count(*) FROM sources", -1, &statement, NULL) == SQLITE_OK &&
      sqlite3_step (statement) == SQLITE_ROW)
    n = sqlite3_column_int (statement, 0);
  sqlite3_finalize (statement);
  g_mutex_unlock (&self->lock);
  return n;
}

GHashTable *
dossier_store_dup_digests (DossierStore  *self,
                           GError       **error)
{
  g_autoptr(GHashTable) digests = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sqlite3_stmt *statement = NULL;
  int step = SQLITE_ERROR;

  g_return_val_if_fail (DOSSIER_IS_STORE (self), NULL);

  g_mutex_lock (&self->lock);
  /* A file of an older format, read as it is, has no digests kept. */
  if (_dossier_store_check_open (self, error) &&
      sqlite3_prepare_v2 (self->db,
                          self->format >= 3 ? "SELECT id, digest FROM sources ORDER BY id"
                                            : "SELECT id, dossier_digest (content) FROM sources ORDER BY id",
                          -1, &statement, NULL) == SQLITE_OK)
    while ((step = sqlite3_step (statement)) == SQLITE_ROW)
      {
        const char *digest = (const char *) sqlite3_column_text (statement, 1);

        if (digest != NULL && !g_hash_table_contains (digests, digest))
          g_hash_table_insert (digests, g_strdup (digest), g_memdup2 (&(gint64) { sqlite3_column_int64 (statement, 0) },
                                                                      sizeof (gint64)));
      }
  if (self->db != NULL && step != SQLITE_DONE)
    {
      _dossier_store_set_sqlite_error (self, error, _("Could not read the articles"));
      g_clear_pointer (&digests, g_hash_table_unref);
    }
  sqlite3_finalize (statement);
  g_mutex_unlock (&self->lock);
  return g_steal_pointer (&digests);
}
