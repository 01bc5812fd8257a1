/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Opening a dossier file: its header checked before SQLite touches it,
 * its integrity, the document portal's ways (files without locks, links
 * refused, a journal under the portal's name), a new file's schema and an
 * older file brought to this format by its migrations. */

#include "config.h"

#include "dossier-store.h"
#include "dossier-store-private.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <sqlite3.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>
#include <glib/gstdio.h>
#include <string.h>

/* "DOSS", in SQLite's application_id: what tells a dossier from any other
 * SQLite file. */
#define APPLICATION_ID 0x444f5353

static const char schema[] =
  "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);"
  "CREATE TABLE sources ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL,"
  "  added TEXT NOT NULL,"
  "  content BLOB NOT NULL,"
  "  address TEXT,"
  "  kept_uncleaned INTEGER NOT NULL DEFAULT 0,"
  "  digest TEXT);"
  "CREATE INDEX sources_by_digest ON sources (digest);"
  "CREATE TABLE annotations ("
  "  id TEXT PRIMARY KEY,"
  "  source INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,"
  "  exact TEXT NOT NULL,"
  "  prefix TEXT NOT NULL,"
  "  suffix TEXT NOT NULL,"
  "  start INTEGER NOT NULL,"
  "  end INTEGER NOT NULL,"
  "  orphaned INTEGER NOT NULL DEFAULT 0,"
  "  colour TEXT NOT NULL,"
  "  note TEXT,"
  "  tags TEXT NOT NULL DEFAULT '[]',"
  "  created TEXT NOT NULL,"
  "  modified TEXT NOT NULL);"
  "CREATE INDEX annotations_by_source ON annotations (source);"
  "CREATE TABLE corrections ("
  "  id INTEGER PRIMARY KEY,"
  "  kind TEXT NOT NULL,"
  "  source INTEGER REFERENCES sources (id) ON DELETE CASCADE,"
  "  entity TEXT,"
  "  value TEXT,"
  "  created TEXT NOT NULL);"
  "CREATE TABLE colours (colour TEXT PRIMARY KEY, label TEXT NOT NULL);";

/* What turns a file of format N into one of format N + 1, at index N - 1:
 * run in one transaction with the new user_version when a file of an
 * older Dossier is opened to be written.  Each keeps what was there. */
static const char * const migrations[] = {
  /* 1 → 2: where each article came from, and the researcher's choice to
   * keep a text the cleaner could not tell an article in. */
  "ALTER TABLE sources ADD COLUMN address TEXT;"
  "ALTER TABLE sources ADD COLUMN kept_uncleaned INTEGER NOT NULL DEFAULT 0;",
  /* 2 → 3: the digest of each source's bytes (SHA-256, SQL's
   * dossier_digest ()), to tell an article imported twice. */
  "ALTER TABLE sources ADD COLUMN digest TEXT;"
  "UPDATE sources SET digest = dossier_digest (content);"
  "CREATE INDEX sources_by_digest ON sources (digest);",
};
G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == DOSSIER_STORE_FORMAT - 1);

static guint32
read_be32 (const guint8 *bytes)
{
  return ((guint32) bytes[0] << 24) | ((guint32) bytes[1] << 16) | ((guint32) bytes[2] << 8) | bytes[3];
}

/* The header alone says whether this is a dossier and of which format:
 * read it directly, so a file that is refused is never touched by SQLite
 * (which could otherwise roll a journal back or change its mode). */
/* TRUE when a write-ahead log with content lies beside @path: a process
 * that wrote the dossier was killed, and the file's own header may be
 * older than what the log holds (SQLite reads both). */
static gboolean
has_log (const char *path)
{
  g_autofree char *log = g_strconcat (path, "-wal", NULL);
  GStatBuf info;

  return g_stat (log, &info) == 0 && info.st_size > 0;
}

static gboolean
check_header (const char  *path,
              gboolean    *exists,
              gboolean    *deferred,
              GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  guint8 header[100];
  gsize n_read = 0;
  guint32 version, application;

  stream = g_file_read (file, NULL, &local_error);
  if (stream == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        {
          *exists = FALSE;
          return TRUE;
        }
      g_set_error (error, DOSSIER_STORE_ERROR, DOSSIER_STORE_ERROR_FAILED,
                   _("%s: the file cannot be read (%s)"), path,
                   g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED)
                     ? _("permission denied") : local_error->message);
      return FALSE;
    }
  *exists = TRUE;
  if (!g_input_stream_read_all (G_INPUT_STREAM (stream), header, sizeof header, &n_read, NULL, &local_error))
    {
      g_set_error (error, DOSSIER_STORE_ERROR, DOSSIER_STORE_ERROR_FAILED,
                   _("%s: the file cannot be read (%s)"), path, local_error->message);
      return FALSE;
    }
  *deferred = FALSE;
  if (has_log (path) && (n_read == 0 || (n_read == sizeof header && memcmp (header, "SQLite format 3", 16) == 0)))
    {
      /* Checked once SQLite has read the log too. */
      *deferred = TRUE;
      return TRUE;
    }
  if (n_read < sizeof header || memcmp (header, "SQLite format 3", 16) != 0)
    {
      g_set_error (error, DOSSIER_STORE_ERROR, DOSSIER_STORE_ERROR_NOT_A_DOSSIER,
                   n_read == 0 ? _("%s: the file is empty, not a dossier")
                               : _("%s: not a dossier file"), path);
      return FALSE;
    }
  version = read_be32 (header + 60);
  application = read_be32 (header + 68);
  if (application != APPLICATION_ID)
    {
      g_set_error (error, DOSSIER_STORE_ERROR, DOSSIER_STORE_ERROR_NOT_A_DOSSIER,
                   _("%s: not a dossier file (a database of another application)"), path);
      return FALSE;
    }
  if (version > DOSSIER_STORE_FORMAT)
    {
      g_set_error (error, DOSSIER_STORE_ERROR, DOSSIER_STORE_ERROR_NEWER_VERSION,
                   _("%s: the dossier was written by a newer version of Dossier (format %u; this version reads format %u)"),
                   path, version, DOSSIER_STORE_FORMAT);
      return FALSE;
    }
  return TRUE;
}

static gint64
pragma_value (DossierStore *self,
              const char   *pragma)
{
  sqlite3_stmt *statement = NULL;
  gint64 value = -1;

  if (sqlite3_prepare_v2 (self->db, pragma, -1, &statement, NULL) == SQLITE_OK &&
      sqlite3_step (statement) == SQLITE_ROW)
    value = sqlite3_column_int64 (statement, 0);
  sqlite3_finalize (statement);
  return value;
}

/* check_header ()'s checks, as SQLite sees the file and its log. */
static gboolean
check_identity (DossierStore  *self,
                GError       **error)
{
  gint64 application = pragma_value (self, "PRAGMA application_id");
  gint64 version = pragma_value (self, "PRAGMA user_version");

  if (application != APPLICATION_ID)
    {
      g_set_error (error, DOSSIER_STORE_ERROR, DOSSIER_STORE_ERROR_NOT_A_DOSSIER,
                   _("%s: not a dossier file (a database of another application)"), self->path);
      return FALSE;
    }
  if (version > DOSSIER_STORE_FORMAT)
    {
      g_set_error (error, DOSSIER_STORE_ERROR, DOSSIER_STORE_ERROR_NEWER_VERSION,
                   _("%s: the dossier was written by a newer version of Dossier (format %u; this version reads format %u)"),
                   self->path, (guint) version, DOSSIER_STORE_FORMAT);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_integrity (DossierStore  *self,
                 GError       **error)
{
  sqlite3_stmt *statement = NULL;
  gboolean ok = FALSE;

  if (sqlite3_prepare_v2 (self->db, "PRAGMA quick_check", -1, &statement, NULL) == SQLITE_OK &&
      sqlite3_step (statement) == SQLITE_ROW)
    ok = g_strcmp0 ((const char *) sqlite3_column_text (statement, 0), "ok") == 0;
  sqlite3_finalize (statement);
  /* A file that could not be read at all (its folder refuses the log
   * SQLite needs beside it) is not a damaged one. */
  if (!ok)
    switch (sqlite3_errcode (self->db) & 0xff)
      {
      case SQLITE_CANTOPEN:
      case SQLITE_READONLY:
      case SQLITE_IOERR:
      case SQLITE_PERM:
      case SQLITE_BUSY:
        {
          g_autofree char *doing = g_strdup_printf (_("%s: the dossier cannot be opened"), self->path);
          return _dossier_store_set_sqlite_error (self, error, doing);
        }
      default:
        break;
      }
  if (ok)
    {
      /* Every table this version needs. */
      static const char *tables[] = { "meta", "sources", "annotations", "corrections", "colours" };
      for (guint i = 0; i < G_N_ELEMENTS (tables) && ok; i++)
        {
          g_autofree char *sql = g_strdup_printf ("SELECT 1 FROM %s LIMIT 1", tables[i]);
          ok = sqlite3_prepare_v2 (self->db, sql, -1, &statement, NULL) == SQLITE_OK;
          sqlite3_finalize (statement);
        }
    }
  if (!ok)
    g_set_error (error, DOSSIER_STORE_ERROR, DOSSIER_STORE_ERROR_CORRUPT,
                 _("%s: the dossier file is damaged and cannot be opened"), self->path);
  return ok;
}

/* SQLite opens a database with O_NOFOLLOW, so that it never writes
 * through a link; the document portal's files (a dossier opened in the
 * Flatpak through the file chooser, /run/user/…/doc/…) refuse that flag
 * with ELOOP although they are no links.  SQLite's "open" is replaced by
 * one that asks again without the flag where the path is no link. */
static sqlite3_syscall_ptr sqlite_open;

static int
open_refusing_links (const char *path,
                     int         flags,
                     int         mode)
{
  int fd = ((int (*) (const char *, int, int)) sqlite_open) (path, flags, mode);

  if (fd < 0 && errno == ELOOP && (flags & O_NOFOLLOW))
    {
      GStatBuf status;
      if (g_lstat (path, &status) == 0 && !S_ISLNK (status.st_mode))
        fd = ((int (*) (const char *, int, int)) sqlite_open) (path, flags & ~O_NOFOLLOW, mode);
      else
        errno = ELOOP;
    }
  return fd;
}

static void
install_open (void)
{
  static gsize installed;

  if (g_once_init_enter (&installed))
    {
      sqlite3_vfs *vfs = sqlite3_vfs_find ("unix");
      if (vfs != NULL && vfs->iVersion >= 3 && vfs->xGetSystemCall != NULL &&
          (sqlite_open = vfs->xGetSystemCall (vfs, "open")) != NULL)
        vfs->xSetSystemCall (vfs, "open", (sqlite3_syscall_ptr) open_refusing_links);
      g_once_init_leave (&installed, 1);
    }
}

/* Whether the file system under @path keeps POSIX record locks.  The
 * document portal's does not (ENOSYS): there SQLite is told to lock
 * nothing and to hold the file for itself (locking_mode EXCLUSIVE), which
 * also keeps its log index in memory, not in a shared file. */
static gboolean
has_posix_locks (const char *path)
{
  struct flock lock = { .l_type = F_RDLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 0 };
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  gboolean ok;

  if (fd < 0)
    return TRUE;   /* SQLite will say why it cannot open it */
  ok = fcntl (fd, F_GETLK, &lock) == 0 || (errno != ENOSYS && errno != ENOLCK && errno != EOPNOTSUPP);
  g_close (fd, NULL);
  return ok;
}

/* A journal the document portal forgot.  Through the portal, the journal
 * SQLite makes beside a dossier is a file of the portal's own naming in
 * the real folder (".xdp-NAME-journal-XXXXXX"), mapped back to
 * "NAME-journal" only while the portal runs.  A writer killed in the
 * middle of a commit, then the portal stopped (the session ended, the
 * power failed), leaves the dossier half written and its journal under a
 * name SQLite never looks for.  Opened directly (a file system with
 * locks: not through the portal, which maps the name itself), the newest
 * such journal that is a journal at all is given its own name again, so
 * that SQLite rolls the unfinished commit back: every committed change is
 * kept, the file whole. */
static void
adopt_portal_journal (const char *path)
{
  static const guint8 magic[8] = { 0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7 };
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *prefix = g_strconcat (".xdp-", base, "-journal-", NULL);
  g_autofree char *newest = NULL;
  gint64 newest_time = G_MININT64;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  GStatBuf info;

  if (g_lstat (journal, &info) == 0 || (dir = g_dir_open (folder, 0, NULL)) == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *candidate = NULL;
      guint8 head[sizeof magic];
      gboolean is_journal;
      int fd;

      /* The portal adds six characters of its own. */
      if (!g_str_has_prefix (name, prefix) || strlen (name) != strlen (prefix) + 6)
        continue;
      candidate = g_build_filename (folder, name, NULL);
      if (g_lstat (candidate, &info) != 0 || !S_ISREG (info.st_mode))
        continue;
      fd = g_open (candidate, O_RDONLY | O_CLOEXEC | O_NOFOLLOW, 0);
      if (fd < 0)
        continue;
      is_journal = read (fd, head, sizeof head) == (gssize) sizeof head && memcmp (head, magic, sizeof magic) == 0;
      g_close (fd, NULL);
      if (is_journal && (gint64) info.st_mtime >= newest_time)
        {
          newest_time = info.st_mtime;
          g_free (newest);
          newest = g_steal_pointer (&candidate);
        }
    }
  if (newest != NULL && g_rename (newest, journal) != 0)
    g_debug ("%s: the portal's journal %s could not be renamed: %s", path, newest, g_strerror (errno));
}

static gboolean
open_database (DossierStore  *self,
               int            flags,
               GError       **error)
{
  g_autofree char *name = NULL;

  if (flags & SQLITE_OPEN_URI)
    {
      g_autoptr(GError) uri_error = NULL;
      g_autofree char *absolute = g_canonicalize_filename (self->path, NULL);
      g_autofree char *uri = g_filename_to_uri (absolute, NULL, &uri_error);
      if (uri == NULL)
        {
          g_set_error (error, DOSSIER_STORE_ERROR, DOSSIER_STORE_ERROR_FAILED,
                       _("%s: the dossier cannot be opened (%s)"), self->path, uri_error->message);
          return FALSE;
        }
      name = g_strconcat (uri, "?immutable=1", NULL);
    }
  install_open ();
  if (sqlite3_open_v2 (name != NULL ? name : self->path, &self->db, flags,
                       self->no_locks ? "unix-none" : NULL) != SQLITE_OK)
    {
      g_set_error (error, DOSSIER_STORE_ERROR, DOSSIER_STORE_ERROR_FAILED,
                   _("%s: the dossier cannot be opened (%s)"), self->path,
                   self->db != NULL ? sqlite3_errmsg (self->db) : "out of memory");
      return FALSE;
    }
  sqlite3_extended_result_codes (self->db, 0);
  sqlite3_busy_timeout (self->db, 5000);
  /* Before the first read: a log-mode file is then read without the
   * shared index file, which needs locks. */
  if (self->no_locks && !_dossier_store_exec (self, "PRAGMA locking_mode = EXCLUSIVE;", error))
    return FALSE;
  return TRUE;
}

/* Whether the first page can be read through the connection. */
static gboolean
can_read (DossierStore *self)
{
  sqlite3_stmt *statement = NULL;
  int status;

  if (sqlite3_prepare_v2 (self->db, "PRAGMA user_version", -1, &statement, NULL) != SQLITE_OK)
    return FALSE;
  status = sqlite3_step (statement);
  sqlite3_finalize (statement);
  return status == SQLITE_ROW;
}

/* dossier_digest (content): the SHA-256 of a source's bytes, in
 * hexadecimal; SQL's own, so that a migration and a query compute it
 * where the bytes are. */
static void
digest_function (sqlite3_context  *context,
                 int               n_values,
                 sqlite3_value   **values)
{
  const void *data = sqlite3_value_blob (values[0]);
  int size = sqlite3_value_bytes (values[0]);
  g_autofree char *digest = g_compute_checksum_for_data (G_CHECKSUM_SHA256, data != NULL ? data : (const guchar *) "",
                                                         size);

  sqlite3_result_text (context, digest, -1, SQLITE_TRANSIENT);
}

/* A file of an older Dossier brought to this format, one step at a time,
 * all in one transaction.  If it cannot be (the disk is full), it is used
 * as it is: what it keeps is read, and only what needs the new format
 * fails. */
static void
migrate (DossierStore *self)
{
  g_autoptr(GString) sql = g_string_new ("BEGIN IMMEDIATE;");

  for (guint from = self->format; from < DOSSIER_STORE_FORMAT; from++)
    g_string_append (sql, migrations[from - 1]);
  g_string_append_printf (sql, "PRAGMA user_version = %d; COMMIT;", DOSSIER_STORE_FORMAT);
  if (sqlite3_exec (self->db, sql->str, NULL, NULL, NULL) == SQLITE_OK)
    self->format = DOSSIER_STORE_FORMAT;
  else
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

DossierStore *
dossier_store_open (const char  *path,
                    gboolean     create,
                    GError     **error)
{
  g_autoptr(DossierStore) self = NULL;
  gboolean exists = FALSE;
  gboolean deferred = FALSE;
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX;

  g_return_val_if_fail (path != NULL, NULL);

  if (!check_header (path, &exists, &deferred, error))
    return NULL;
  if (!exists && !create)
    {
      g_set_error (error, DOSSIER_STORE_ERROR, DOSSIER_STORE_ERROR_FAILED,
                   _("%s: no such file"), path);
      return NULL;
    }
  if (!exists)
    flags |= SQLITE_OPEN_CREATE | SQLITE_OPEN_EXCLUSIVE;

  self = g_object_new (DOSSIER_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  /* A file the user may not write (a colleague's, on read-only media) is
   * opened to be read: its articles, annotations and exports are all
   * there, and each change says why it cannot be saved. */
  if (exists && g_access (path, W_OK) != 0)
    {
      self->read_only = TRUE;
      flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_FULLMUTEX;
    }
  self->no_locks = exists && !has_posix_locks (path);
  if (exists && !self->read_only && !self->no_locks)
    adopt_portal_journal (path);
  if (!open_database (self, flags & ~SQLITE_OPEN_EXCLUSIVE, error))
    return NULL;

  if (self->read_only && !can_read (self))
    {
      /* SQLite reads a log-mode file beside a shared-memory index it must
       * be able to create; in a folder that refuses it, the file is read
       * as it is on disk, unchanging ("immutable"). */
      sqlite3_close_v2 (self->db);
      self->db = NULL;
      if (!open_database (self, flags | SQLITE_OPEN_URI, error))
        return NULL;
    }

  if (deferred && !check_identity (self, error))
    return NULL;
  if (exists && !check_integrity (self, error))
    return NULL;

  /* A rollback journal: each commit is written into the dossier file
   * itself before it returns (FULL synchronisation), and the journal that
   * makes it atomic is gone again once it is done.  So the file is whole
   * at every moment: it can be copied or sent while Dossier has it open,
   * and nothing lies beside it — no write-ahead log whose commits the file
   * would lack, no shared-memory index (files of an older Dossier that
   * kept a log are folded back into one here).  A killed process leaves a
   * journal that the next opening rolls back: committed changes are in the
   * file, an unfinished one is undone.  Through the document portal (a
   * file system without locks) this matters twice: a file made beside the
   * dossier is the portal's temporary file there, forgotten when it
   * stops. */
  if (!self->read_only &&
      !_dossier_store_exec (self, "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;",
                            error))
    return NULL;
  sqlite3_create_function_v2 (self->db, "dossier_digest", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
                              digest_function, NULL, NULL, NULL);
  if (exists)
    {
      self->format = (guint) MAX (pragma_value (self, "PRAGMA user_version"), 1);
      if (!self->read_only && self->format < DOSSIER_STORE_FORMAT)
        migrate (self);
    }
  else
    {
      g_autofree char *sql = g_strdup_printf ("BEGIN IMMEDIATE; %s"
                                              "PRAGMA application_id = %d; PRAGMA user_version = %d;"
                                              "INSERT INTO meta VALUES ('created', strftime('%%Y-%%m-%%dT%%H:%%M:%%SZ', 'now'));"
                                              "INSERT INTO meta VALUES ('generator', '%s');"
                                              "COMMIT;",
                                              schema, APPLICATION_ID, DOSSIER_STORE_FORMAT,
                                              "dossier " PACKAGE_VERSION);
      if (!_dossier_store_exec (self, sql, error))
        {
          sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          return NULL;
        }
      self->format = DOSSIER_STORE_FORMAT;
    }
  return g_steal_pointer (&self);
}
