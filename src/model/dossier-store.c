/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* A dossier file, kept in SQLite: the object itself, what each part of it
 * shares (the errors SQLite's failures become, the checks made before a
 * change), its name, its closing and its copy saved elsewhere.  Opening a
 * file is in dossier-store-open.c; the articles, annotations and
 * corrections it keeps are each in a file of their own. */

#include "config.h"

#include "dossier-store.h"
#include "dossier-store-private.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <sqlite3.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <string.h>

G_DEFINE_FINAL_TYPE (DossierStore, dossier_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (dossier-store-error-quark, dossier_store_error)

gboolean
_dossier_store_set_sqlite_error (DossierStore  *self,
                                 GError       **error,
                                 const char    *doing)
{
  int code = sqlite3_errcode (self->db) & 0xff;
  DossierStoreError kind = DOSSIER_STORE_ERROR_FAILED;
  const char *reason;

  switch (code)
    {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      kind = DOSSIER_STORE_ERROR_CORRUPT;
      reason = _("the file is damaged");
      break;
    case SQLITE_FULL:
      reason = _("the disk is full");
      break;
    case SQLITE_READONLY:
      reason = _("the file cannot be written (it is read-only)");
      break;
    case SQLITE_IOERR:
      /* A write refused for want of space (or a quota, or a file size
       * limit) is the disk being full, as far as the researcher can act;
       * SQLite reports any failed write as a write error. */
      if (sqlite3_extended_errcode (self->db) == SQLITE_IOERR_WRITE ||
          sqlite3_system_errno (self->db) == ENOSPC || sqlite3_system_errno (self->db) == EFBIG)
        reason = _("the disk is full (or the file may grow no larger)");
      else
        reason = _("the disk could not be read or written");
      break;
    default:
      reason = sqlite3_errmsg (self->db);
      break;
    }
  g_set_error (error, DOSSIER_STORE_ERROR, kind, "%s: %s", doing, reason);
  return FALSE;
}

gboolean
_dossier_store_exec (DossierStore  *self,
                     const char    *sql,
                     GError       **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    return _dossier_store_set_sqlite_error (self, error, _("Could not change the dossier"));
  return TRUE;
}

gboolean
_dossier_store_check_open (DossierStore  *self,
                           GError       **error)
{
  if (self->db != NULL)
    return TRUE;
  g_set_error (error, DOSSIER_STORE_ERROR, DOSSIER_STORE_ERROR_FAILED, _("%s: the dossier is closed"), self->path);
  return FALSE;
}

/* Fails with why a change needs this version's format, which the file
 * could not be brought to. */
gboolean
_dossier_store_check_format (DossierStore  *self,
                             GError       **error)
{
  if (self->format >= DOSSIER_STORE_FORMAT)
    return TRUE;
  g_set_error (error, DOSSIER_STORE_ERROR, DOSSIER_STORE_ERROR_FAILED,
               self->read_only ? _("Could not change the dossier: the file cannot be written (it is read-only)")
                               : _("Could not change the dossier: it is of an older Dossier and could not be "
                                   "brought up to date"));
  return FALSE;
}

gboolean
_dossier_store_run_with_id (DossierStore  *self,
                            const char    *sql,
                            gint64         id,
                            const char    *text_id,
                            const char    *doing,
                            GError       **error)
{
  sqlite3_stmt *statement = NULL;
  gboolean ok;

  g_mutex_lock (&self->lock);
  ok = _dossier_store_check_open (self, error);
  if (ok && sqlite3_prepare_v2 (self->db, sql, -1, &statement, NULL) != SQLITE_OK)
    ok = _dossier_store_set_sqlite_error (self, error, doing);
  if (ok)
    {
      if (text_id != NULL)
        sqlite3_bind_text (statement, 1, text_id, -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_int64 (statement, 1, id);
      if (sqlite3_step (statement) != SQLITE_DONE)
        ok = _dossier_store_set_sqlite_error (self, error, doing);
    }
  sqlite3_finalize (statement);
  g_mutex_unlock (&self->lock);
  return ok;
}

static gboolean
vacuum_into (DossierStore  *self,
             const char    *path,
             GError       **error)
{
  char *sql = sqlite3_mprintf ("VACUUM INTO %Q", path);
  gboolean ok;

  g_mutex_lock (&self->lock);
  ok = _dossier_store_check_open (self, error) && _dossier_store_exec (self, sql, error);
  g_mutex_unlock (&self->lock);
  sqlite3_free (sql);
  if (!ok)
    g_unlink (path);
  return ok;
}

/* Copies the file @from to @to, flushed to the disk. */
static gboolean
copy_file (const char  *from,
           const char  *to,
           GError     **error)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) target = g_file_new_for_path (to);
  int fd;
  gboolean ok;

  if (!g_file_copy (source, target, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error))
    return FALSE;
  fd = g_open (to, O_RDWR | O_CLOEXEC, 0);
  ok = fd >= 0 && fsync (fd) == 0;
  if (!ok)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "%s", g_strerror (saved));
    }
  if (fd >= 0)
    g_close (fd, NULL);
  return ok;
}

static void
dossier_store_finalize (GObject *object)
{
  DossierStore *self = DOSSIER_STORE (object);

  dossier_store_close (self);
  g_free (self->path);
  g_mutex_clear (&self->lock);
  G_OBJECT_CLASS (dossier_store_parent_class)->finalize (object);
}

static void
dossier_store_class_init (DossierStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dossier_store_finalize;
}

static void
dossier_store_init (DossierStore *self)
{
  g_mutex_init (&self->lock);
}

gboolean
dossier_store_is_read_only (DossierStore *self)
{
  g_return_val_if_fail (DOSSIER_IS_STORE (self), TRUE);
  return self->read_only;
}

const char *
dossier_store_get_path (DossierStore *self)
{
  g_return_val_if_fail (DOSSIER_IS_STORE (self), NULL);
  return self->path;
}

char *
dossier_store_dup_name (DossierStore *self)
{
  g_autofree char *base = NULL;

  g_return_val_if_fail (DOSSIER_IS_STORE (self), NULL);

  base = g_path_get_basename (self->path);
  if (g_str_has_suffix (base, ".dossier"))
    base[strlen (base) - strlen (".dossier")] = '\0';
  return g_steal_pointer (&base);
}

void
dossier_store_close (DossierStore *self)
{
  g_return_if_fail (DOSSIER_IS_STORE (self));

  g_mutex_lock (&self->lock);
  if (self->db != NULL)
    {
      sqlite3_close_v2 (self->db);
      self->db = NULL;
    }
  g_mutex_unlock (&self->lock);
}

gboolean
dossier_store_save_copy (DossierStore  *self,
                         const char    *path,
                         GError       **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *temporary = NULL;
  g_autoptr(GError) beside_error = NULL;
  gboolean ok;

  g_return_val_if_fail (DOSSIER_IS_STORE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* Written beside the target and renamed over it: the target is either
   * the old file or the whole copy, never half of one. */
  dir = g_path_get_dirname (path);
  temporary = g_strdup_printf ("%s/.%s.part-%08x", dir, "dossier", g_random_int ());
  ok = vacuum_into (self, temporary, &beside_error);

  /* Where SQLite cannot write a database (the document portal's folders,
   * which have no POSIX locks), the copy is made in the cache and its
   * bytes are copied there. */
  if (!ok && !g_error_matches (beside_error, DOSSIER_STORE_ERROR, DOSSIER_STORE_ERROR_CORRUPT))
    {
      g_autofree char *cache = g_build_filename (g_get_user_cache_dir (), "dossier", NULL);
      g_autofree char *local = NULL;
      g_autoptr(GError) copy_error = NULL;

      if (g_mkdir_with_parents (cache, 0700) == 0)
        {
          local = g_strdup_printf ("%s/copy-%08x.dossier", cache, g_random_int ());
          ok = vacuum_into (self, local, NULL) && copy_file (local, temporary, &copy_error);
          g_unlink (local);
          if (!ok)
            g_unlink (temporary);
        }
    }
  if (!ok)
    {
      g_propagate_error (error, g_steal_pointer (&beside_error));
      return FALSE;
    }

  if (g_rename (temporary, path) != 0)
    {
      int saved = errno;
      g_set_error (error, DOSSIER_STORE_ERROR, DOSSIER_STORE_ERROR_FAILED, "%s: %s", path, g_strerror (saved));
      g_unlink (temporary);
      return FALSE;
    }
  return TRUE;
}
