/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "config.h"

#include "dossier-store.h"
#include "dossier-json-limit.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
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

struct _DossierStore
{
  GObject parent_instance;

  char *path;
  sqlite3 *db;
  GMutex lock;
  gboolean read_only;   /* the file (or its folder) may not be written */
  gboolean no_locks;    /* its file system has no POSIX locks */
  guint format;         /* the file's format (user_version), as its tables are */
};

G_DEFINE_FINAL_TYPE (DossierStore, dossier_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (dossier-store-error-quark, dossier_store_error)

static const char schema[] =
  "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);"
  "CREATE TABLE sources ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL,"
  "  added TEXT NOT NULL,"
  "  content BLOB NOT NULL,"
  "  address TEXT,"
  "  kept_uncleaned INTEGER NOT NULL DEFAULT 0);"
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
};
G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == DOSSIER_STORE_FORMAT - 1);

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

void
dossier_stored_correction_free (DossierStoredCorrection *correction)
{
  if (correction == NULL)
    return;
  dossier_correction_free (correction->correction);
  g_free (correction);
}

static gboolean
set_sqlite_error (DossierStore  *self,
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

static gboolean
exec (DossierStore  *self,
      const char    *sql,
      GError       **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    return set_sqlite_error (self, error, _("Could not change the dossier"));
  return TRUE;
}

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
          return set_sqlite_error (self, error, doing);
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
  if (self->no_locks && !exec (self, "PRAGMA locking_mode = EXCLUSIVE;", error))
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
      !exec (self, "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;", error))
    return NULL;

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
      if (!exec (self, sql, error))
        {
          sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          return NULL;
        }
      self->format = DOSSIER_STORE_FORMAT;
    }
  return g_steal_pointer (&self);
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

static gboolean
check_open (DossierStore  *self,
            GError       **error)
{
  if (self->db != NULL)
    return TRUE;
  g_set_error (error, DOSSIER_STORE_ERROR, DOSSIER_STORE_ERROR_FAILED, _("%s: the dossier is closed"), self->path);
  return FALSE;
}

static gboolean
vacuum_into (DossierStore  *self,
             const char    *path,
             GError       **error)
{
  char *sql = sqlite3_mprintf ("VACUUM INTO %Q", path);
  gboolean ok;

  g_mutex_lock (&self->lock);
  ok = check_open (self, error) && exec (self, sql, error);
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

/* Fails with why a change needs this version's format, which the file
 * could not be brought to. */
static gboolean
check_format (DossierStore  *self,
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
dossier_store_add_sources (DossierStore  *self,
                           GPtrArray     *names,
                           GPtrArray     *contents,
                           GPtrArray     *addresses,
                           GArray        *ids,
                           GError       **error)
{
  sqlite3_stmt *statement = NULL;
  gboolean ok;

  g_return_val_if_fail (DOSSIER_IS_STORE (self), FALSE);
  g_return_val_if_fail (names->len == contents->len, FALSE);
  g_return_val_if_fail (addresses == NULL || addresses->len == names->len, FALSE);

  g_mutex_lock (&self->lock);
  ok = check_open (self, error) && exec (self, "BEGIN IMMEDIATE", error);
  /* A file that could not be brought to this format takes articles
   * without their addresses. */
  if (ok && sqlite3_prepare_v2 (self->db,
                                self->format >= 2
                                  ? "INSERT INTO sources (name, added, content, address) "
                                    "VALUES (?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?, ?)"
                                  : "INSERT INTO sources (name, added, content) "
                                    "VALUES (?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?)",
                                -1, &statement, NULL) != SQLITE_OK)
    ok = set_sqlite_error (self, error, _("Could not add the articles"));
  for (guint i = 0; ok && i < names->len; i++)
    {
      GBytes *content = g_ptr_array_index (contents, i);
      gsize size = 0;
      gconstpointer data = content != NULL ? g_bytes_get_data (content, &size) : NULL;
      gint64 id;

      sqlite3_reset (statement);
      sqlite3_bind_text (statement, 1, g_ptr_array_index (names, i), -1, SQLITE_TRANSIENT);
      sqlite3_bind_blob64 (statement, 2, data != NULL ? data : "", size, SQLITE_STATIC);
      if (self->format >= 2 && addresses != NULL && g_ptr_array_index (addresses, i) != NULL)
        sqlite3_bind_text (statement, 3, g_ptr_array_index (addresses, i), -1, SQLITE_TRANSIENT);
      if (sqlite3_step (statement) != SQLITE_DONE)
        {
          ok = set_sqlite_error (self, error, _("Could not add the articles"));
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
    ok = exec (self, "COMMIT", error);
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
  if (check_open (self, error) &&
      sqlite3_prepare_v2 (self->db, sql, -1, &statement, NULL) == SQLITE_OK)
    {
      if (id != 0)
        sqlite3_bind_int64 (statement, 1, id);
      while ((step = sqlite3_step (statement)) == SQLITE_ROW)
        g_ptr_array_add (sources, source_from_row (statement, with_content));
    }
  if (self->db != NULL && step != SQLITE_DONE)
    {
      set_sqlite_error (self, error, _("Could not read the articles"));
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

static gboolean
run_with_id (DossierStore  *self,
             const char    *sql,
             gint64         id,
             const char    *text_id,
             const char    *doing,
             GError       **error)
{
  sqlite3_stmt *statement = NULL;
  gboolean ok;

  g_mutex_lock (&self->lock);
  ok = check_open (self, error);
  if (ok && sqlite3_prepare_v2 (self->db, sql, -1, &statement, NULL) != SQLITE_OK)
    ok = set_sqlite_error (self, error, doing);
  if (ok)
    {
      if (text_id != NULL)
        sqlite3_bind_text (statement, 1, text_id, -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_int64 (statement, 1, id);
      if (sqlite3_step (statement) != SQLITE_DONE)
        ok = set_sqlite_error (self, error, doing);
    }
  sqlite3_finalize (statement);
  g_mutex_unlock (&self->lock);
  return ok;
}

gboolean
dossier_store_remove_source (DossierStore  *self,
                             gint64         id,
                             GError       **error)
{
  g_return_val_if_fail (DOSSIER_IS_STORE (self), FALSE);
  return run_with_id (self, "DELETE FROM sources WHERE id = ?", id, NULL, _("Could not remove the article"), error);
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

  g_mutex_lock (&self->lock);
  ok = check_open (self, error) && check_format (self, error);
  if (ok && sqlite3_prepare_v2 (self->db, sql, -1, &statement, NULL) != SQLITE_OK)
    ok = set_sqlite_error (self, error, doing);
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
        ok = set_sqlite_error (self, error, doing);
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

  g_mutex_lock (&self->lock);
  ok = check_open (self, error) && check_format (self, error);
  /* Its own id when no import took it meanwhile: annotations and
   * corrections name their article by it. */
  if (ok && sqlite3_prepare_v2 (self->db,
                                "INSERT INTO sources (id, name, added, content, address, kept_uncleaned) "
                                "VALUES ((SELECT CASE WHEN EXISTS (SELECT 1 FROM sources WHERE id = ?1) "
                                "THEN NULL ELSE ?1 END), ?2, ?3, ?4, ?5, ?6)",
                                -1, &statement, NULL) != SQLITE_OK)
    ok = set_sqlite_error (self, error, _("Could not put the article back"));
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
        ok = set_sqlite_error (self, error, _("Could not put the article back"));
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
  ok = check_open (self, error);
  if (ok && sqlite3_prepare_v2 (self->db,
                                "INSERT OR REPLACE INTO annotations (id, source, exact, prefix, suffix, start, end,"
                                " orphaned, colour, note, tags, created, modified)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                -1, &statement, NULL) != SQLITE_OK)
    ok = set_sqlite_error (self, error, _("Could not save the annotation"));
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
        ok = set_sqlite_error (self, error, _("Could not save the annotation"));
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
  return run_with_id (self, "DELETE FROM annotations WHERE id = ?", 0, id,
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
  if (check_open (self, error) &&
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
      set_sqlite_error (self, error, _("Could not read the annotations"));
      g_clear_pointer (&annotations, g_ptr_array_unref);
    }
  sqlite3_finalize (statement);
  g_mutex_unlock (&self->lock);
  return g_steal_pointer (&annotations);
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

  g_mutex_lock (&self->lock);
  if (!check_open (self, error))
    ;
  else if (sqlite3_prepare_v2 (self->db,
                               "INSERT INTO corrections (kind, source, entity, value, created)"
                               " VALUES (?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
                               -1, &statement, NULL) != SQLITE_OK)
    set_sqlite_error (self, error, _("Could not save the correction"));
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
        set_sqlite_error (self, error, _("Could not save the correction"));
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
  return run_with_id (self, "DELETE FROM corrections WHERE id = ?", id, NULL,
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
  if (check_open (self, error) &&
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
      set_sqlite_error (self, error, _("Could not read the corrections"));
      g_clear_pointer (&corrections, g_ptr_array_unref);
    }
  sqlite3_finalize (statement);
  g_mutex_unlock (&self->lock);
  return g_steal_pointer (&corrections);
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
  ok = check_open (self, error);
  if (ok && sqlite3_prepare_v2 (self->db, "INSERT OR REPLACE INTO colours (colour, label) VALUES (?, ?)",
                                -1, &statement, NULL) != SQLITE_OK)
    ok = set_sqlite_error (self, error, _("Could not name the colour"));
  if (ok)
    {
      sqlite3_bind_text (statement, 1, dossier_colour_to_string (colour), -1, SQLITE_STATIC);
      sqlite3_bind_text (statement, 2, label, -1, SQLITE_TRANSIENT);
      if (sqlite3_step (statement) != SQLITE_DONE)
        ok = set_sqlite_error (self, error, _("Could not name the colour"));
    }
  sqlite3_finalize (statement);
  g_mutex_unlock (&self->lock);
  return ok;
}
