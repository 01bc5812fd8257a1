/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* What the last analysis of the dossier found, kept in the file so that
 * reopening it shows the articles, entities and events without analysing
 * them again: a few parts of packed, compressed results (their form is
 * the corpus's business) in the table kept_results, and in meta
 * 'kept-results' the key they were made under.
 *
 * The key is a digest of everything the analysis read that the file
 * holds — every source's id, digest, size, name, address and whether it
 * is kept uncleaned, every correction — and of the analyser's version
 * (a digest of the program's analysis code and data): a source or a
 * correction changed in any way, by this program or another, or another
 * build, gives another key, and the results are not read.
 *
 * The table is made when results are first kept and is ignored by
 * builds that do not know it: it is a cache, the file's format is
 * unchanged.  Each part is written in a transaction of its own, so that
 * the window's own saves wait for one part at most; the key is written
 * last, in one transaction with the check that nothing it covers changed
 * while the parts were written. */

#include "config.h"

#include "dossier-store.h"
#include "dossier-store-private.h"

#include <sqlite3.h>
#include <string.h>

#include "dossier-bytes.h"

/* Kept results are a cache: a failure to write them is never shown (the
 * dossier is analysed when it is opened), only logged for debugging. */
#define KEEP_FAILED "could not keep the analysis"

/* The key of what the file holds now (under the lock), with the ids of
 * its sources in @ids when not NULL; NULL when it cannot be made (a file
 * of a format without digests, a source without one). */
static char *
results_key (DossierStore *self,
             const char   *version,
             GArray       *ids)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  sqlite3_stmt *statement = NULL;
  int step = SQLITE_ERROR;
  gboolean complete = TRUE;

  if (self->db == NULL || self->format < 3)
    return NULL;
  dossier_checksum_add_text (checksum, "dossier kept results 1", -1);
  dossier_checksum_add_text (checksum, version, -1);
  if (sqlite3_prepare_v2 (self->db,
                          "SELECT id, digest, length (content), name, address, kept_uncleaned FROM sources ORDER BY id",
                          -1, &statement, NULL) == SQLITE_OK)
    while ((step = sqlite3_step (statement)) == SQLITE_ROW)
      {
        gint64 id = sqlite3_column_int64 (statement, 0);

        if (sqlite3_column_type (statement, 1) == SQLITE_NULL)
          complete = FALSE;
        dossier_checksum_add_int (checksum, id);
        dossier_checksum_add_text (checksum, (const char *) sqlite3_column_text (statement, 1), -1);
        dossier_checksum_add_int (checksum, sqlite3_column_int64 (statement, 2));
        dossier_checksum_add_text (checksum, (const char *) sqlite3_column_text (statement, 3), -1);
        dossier_checksum_add_text (checksum, (const char *) sqlite3_column_text (statement, 4), -1);
        dossier_checksum_add_int (checksum, sqlite3_column_int (statement, 5));
        if (ids != NULL)
          g_array_append_val (ids, id);
      }
  sqlite3_finalize (statement);
  if (step != SQLITE_DONE || !complete)
    return NULL;

  dossier_checksum_add_text (checksum, "corrections", -1);
  statement = NULL;
  step = SQLITE_ERROR;
  if (sqlite3_prepare_v2 (self->db, "SELECT id, kind, source, entity, value FROM corrections ORDER BY id",
                          -1, &statement, NULL) == SQLITE_OK)
    while ((step = sqlite3_step (statement)) == SQLITE_ROW)
      {
        dossier_checksum_add_int (checksum, sqlite3_column_int64 (statement, 0));
        dossier_checksum_add_text (checksum, (const char *) sqlite3_column_text (statement, 1), -1);
        dossier_checksum_add_int (checksum, sqlite3_column_type (statement, 2) == SQLITE_NULL
                                ? -1 : sqlite3_column_int64 (statement, 2));
        dossier_checksum_add_text (checksum, (const char *) sqlite3_column_text (statement, 3), -1);
        dossier_checksum_add_text (checksum, (const char *) sqlite3_column_text (statement, 4), -1);
      }
  sqlite3_finalize (statement);
  if (step != SQLITE_DONE)
    return NULL;
  return g_strdup (g_checksum_get_string (checksum));
}

/* The key the kept results were made under, or NULL for none. */
static char *
kept_key (DossierStore *self)
{
  sqlite3_stmt *statement = NULL;
  char *key = NULL;

  if (sqlite3_prepare_v2 (self->db, "SELECT value FROM meta WHERE key = 'kept-results'", -1, &statement,
                          NULL) == SQLITE_OK &&
      sqlite3_step (statement) == SQLITE_ROW)
    key = g_strdup ((const char *) sqlite3_column_text (statement, 0));
  sqlite3_finalize (statement);
  return key;
}

guint
dossier_store_get_changes (DossierStore *self)
{
  g_return_val_if_fail (DOSSIER_IS_STORE (self), 0);

  return (guint) g_atomic_int_get (&self->changes);
}

GPtrArray *
dossier_store_load_results (DossierStore *self,
                            const char   *version)
{
  g_autoptr(GPtrArray) parts = NULL;
  g_autofree char *key = NULL;
  g_autofree char *now = NULL;
  sqlite3_stmt *statement = NULL;
  int step = SQLITE_ERROR;

  g_return_val_if_fail (DOSSIER_IS_STORE (self), NULL);
  g_return_val_if_fail (version != NULL, NULL);

  g_mutex_lock (&self->lock);
  if (self->db == NULL || (key = kept_key (self)) == NULL || (now = results_key (self, version, NULL)) == NULL ||
      !g_str_equal (key, now))
    {
      g_mutex_unlock (&self->lock);
      return NULL;
    }
  parts = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  if (sqlite3_prepare_v2 (self->db, "SELECT part, data FROM kept_results ORDER BY part", -1, &statement,
                          NULL) == SQLITE_OK)
    while ((step = sqlite3_step (statement)) == SQLITE_ROW)
      {
        /* Parts are numbered from 0 without a gap: one missing is a
         * damaged table. */
        if (sqlite3_column_int64 (statement, 0) != parts->len)
          {
            step = SQLITE_ERROR;
            break;
          }
        g_ptr_array_add (parts, g_bytes_new (sqlite3_column_blob (statement, 1),
                                             (gsize) sqlite3_column_bytes (statement, 1)));
      }
  sqlite3_finalize (statement);
  g_mutex_unlock (&self->lock);
  if (step != SQLITE_DONE || parts->len == 0)
    return NULL;
  return g_steal_pointer (&parts);
}

gboolean
dossier_store_begin_results (DossierStore  *self,
                             GError       **error)
{
  gboolean ok;

  g_return_val_if_fail (DOSSIER_IS_STORE (self), FALSE);

  g_mutex_lock (&self->lock);
  ok = _dossier_store_check_open (self, error) && _dossier_store_check_format (self, error) &&
       _dossier_store_exec (self,
                            "BEGIN IMMEDIATE;"
                            "CREATE TABLE IF NOT EXISTS kept_results (part INTEGER PRIMARY KEY, data BLOB NOT NULL);"
                            "DELETE FROM meta WHERE key = 'kept-results';"
                            "DELETE FROM kept_results;"
                            "COMMIT;", error);
  if (!ok && self->db != NULL)
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  g_mutex_unlock (&self->lock);
  return ok;
}

gboolean
dossier_store_add_results_part (DossierStore  *self,
                                guint          part,
                                GBytes        *data,
                                GError       **error)
{
  sqlite3_stmt *statement = NULL;
  gsize size = 0;
  gconstpointer bytes = g_bytes_get_data (data, &size);
  gboolean ok;

  g_return_val_if_fail (DOSSIER_IS_STORE (self), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);

  g_mutex_lock (&self->lock);
  ok = _dossier_store_check_open (self, error);
  if (ok && sqlite3_prepare_v2 (self->db, "INSERT OR REPLACE INTO kept_results (part, data) VALUES (?1, ?2)", -1,
                                &statement, NULL) != SQLITE_OK)
    ok = _dossier_store_set_sqlite_error (self, error, KEEP_FAILED);
  if (ok)
    {
      sqlite3_bind_int64 (statement, 1, part);
      sqlite3_bind_blob64 (statement, 2, bytes != NULL ? bytes : "", size, SQLITE_STATIC);
      if (sqlite3_step (statement) != SQLITE_DONE)
        ok = _dossier_store_set_sqlite_error (self, error, KEEP_FAILED);
    }
  sqlite3_finalize (statement);
  g_mutex_unlock (&self->lock);
  return ok;
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* Whether @ids (ascending) are @expected (of gint64, in any order). */
static gboolean
same_ids (GArray *ids,
          GArray *expected)
{
  g_autoptr(GArray) sorted = NULL;

  if (ids->len != expected->len)
    return FALSE;
  sorted = g_array_copy (expected);
  g_array_sort (sorted, compare_ids);
  return ids->len == 0 || memcmp (ids->data, sorted->data, ids->len * sizeof (gint64)) == 0;
}

gboolean
dossier_store_commit_results (DossierStore  *self,
                              const char    *version,
                              guint          changes,
                              GArray        *source_ids,
                              GError       **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *key = NULL;
  sqlite3_stmt *statement = NULL;
  gboolean ok;

  g_return_val_if_fail (DOSSIER_IS_STORE (self), FALSE);
  g_return_val_if_fail (version != NULL && source_ids != NULL, FALSE);

  g_mutex_lock (&self->lock);
  ok = _dossier_store_check_open (self, error);
  /* What the analysis read must be what the file holds: nothing changed
   * since it began (its own new sources aside), and every source of the
   * file is one of its articles (none failed to be read). */
  if (ok && ((guint) g_atomic_int_get (&self->changes) != changes ||
             (key = results_key (self, version, ids)) == NULL || !same_ids (ids, source_ids)))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                           "the dossier changed while its analysis was kept");
      ok = FALSE;
    }
  if (ok && sqlite3_prepare_v2 (self->db, "INSERT OR REPLACE INTO meta VALUES ('kept-results', ?1)", -1,
                                &statement, NULL) != SQLITE_OK)
    ok = _dossier_store_set_sqlite_error (self, error, KEEP_FAILED);
  if (ok)
    {
      sqlite3_bind_text (statement, 1, key, -1, SQLITE_STATIC);
      if (sqlite3_step (statement) != SQLITE_DONE)
        ok = _dossier_store_set_sqlite_error (self, error, KEEP_FAILED);
    }
  sqlite3_finalize (statement);
  g_mutex_unlock (&self->lock);
  return ok;
}
