/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The corrections a dossier file keeps: of an entity, or of an article's
 * metadata (then with its source). */

#include "config.h"

#include "dossier-store.h"
#include "dossier-store-private.h"

#include <glib/gi18n-lib.h>
#include <sqlite3.h>

void
dossier_stored_correction_free (DossierStoredCorrection *correction)
{
  if (correction == NULL)
    return;
  dossier_correction_free (correction->correction);
  g_free (correction);
}

gint64
dossier_store_add_correction (DossierStore             *self,
                              gint64                    source,
                              const DossierCorrection  *correction,
                              GError                  **error)
{
  sqlite3_stmt *statement = NULL;
  gint64 id = -1;

  g_return_val_if_fail (DOSSIER_IS_STORE (self), -1);
  g_return_val_if_fail (correction != NULL, -1);

  _dossier_store_count_change (self);
  g_mutex_lock (&self->lock);
  if (!_dossier_store_check_open (self, error))
    ;
  else if (sqlite3_prepare_v2 (self->db,
                               "INSERT INTO corrections (kind, source, entity, value, created)"
                               " VALUES (?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
                               -1, &statement, NULL) != SQLITE_OK)
    _dossier_store_set_sqlite_error (self, error, _("Could not save the correction"));
  else
    {
      sqlite3_bind_text (statement, 1, dossier_correction_kind_to_string (correction->kind), -1, SQLITE_STATIC);
      if (source > 0)
        sqlite3_bind_int64 (statement, 2, source);
      else
        sqlite3_bind_null (statement, 2);
      sqlite3_bind_text (statement, 3, correction->entity, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (statement, 4, correction->value, -1, SQLITE_TRANSIENT);
      if (sqlite3_step (statement) == SQLITE_DONE)
        id = sqlite3_last_insert_rowid (self->db);
      else
        _dossier_store_set_sqlite_error (self, error, _("Could not save the correction"));
    }
  sqlite3_finalize (statement);
  g_mutex_unlock (&self->lock);
  return id;
}

gboolean
dossier_store_remove_correction (DossierStore  *self,
                                 gint64         id,
                                 GError       **error)
{
  g_return_val_if_fail (DOSSIER_IS_STORE (self), FALSE);
  _dossier_store_count_change (self);
  return _dossier_store_run_with_id (self, "DELETE FROM corrections WHERE id = ?", id, NULL,
                                     _("Could not undo the correction"), error);
}

GPtrArray *
dossier_store_list_corrections (DossierStore  *self,
                                GError       **error)
{
  g_autoptr(GPtrArray) corrections = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_stored_correction_free);
  sqlite3_stmt *statement = NULL;
  int step = SQLITE_ERROR;

  g_return_val_if_fail (DOSSIER_IS_STORE (self), NULL);

  g_mutex_lock (&self->lock);
  if (_dossier_store_check_open (self, error) &&
      sqlite3_prepare_v2 (self->db, "SELECT id, kind, source, entity, value FROM corrections ORDER BY id",
                          -1, &statement, NULL) == SQLITE_OK)
    {
      while ((step = sqlite3_step (statement)) == SQLITE_ROW)
        {
          DossierCorrectionKind kind;
          DossierStoredCorrection *stored;

          /* A kind this version does not know is left alone. */
          if (!dossier_correction_kind_from_string ((const char *) sqlite3_column_text (statement, 1), &kind))
            continue;
          stored = g_new0 (DossierStoredCorrection, 1);
          stored->id = sqlite3_column_int64 (statement, 0);
          stored->source = sqlite3_column_int64 (statement, 2);
          stored->correction = dossier_correction_new (kind, (const char *) sqlite3_column_text (statement, 3),
                                                       (const char *) sqlite3_column_text (statement, 4));
          g_ptr_array_add (corrections, stored);
        }
    }
  if (self->db != NULL && step != SQLITE_DONE)
    {
      _dossier_store_set_sqlite_error (self, error, _("Could not read the corrections"));
      g_clear_pointer (&corrections, g_ptr_array_unref);
    }
  sqlite3_finalize (statement);
  g_mutex_unlock (&self->lock);
  return g_steal_pointer (&corrections);
}
