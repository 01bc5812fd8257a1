/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* DossierStore is written in several files, each one concern:
 *
 *   dossier-store.c              the object, the helpers below, its name,
 *                                closing it and saving a copy elsewhere
 *   dossier-store-open.c         opening a file: header, integrity, the
 *                                document portal's ways, schema, migrations
 *   dossier-store-sources.c      the articles' sources: bytes, provenance,
 *                                digests, removal and putting back
 *   dossier-store-annotations.c  annotations and the colours' labels
 *   dossier-store-corrections.c  corrections
 *   dossier-store-results.c      what the last analysis found, kept to be
 *                                shown again without analysing
 *
 * They share the instance struct and the _dossier_store_* helpers below,
 * all defined in dossier-store.c: calls go from the other files to it,
 * never back, nor between them.
 *
 * Include dossier-store.h before this header. */

#pragma once

#include <sqlite3.h>

G_BEGIN_DECLS

struct _DossierStore
{
  GObject parent_instance;

  char *path;
  sqlite3 *db;
  GMutex lock;
  gboolean read_only;   /* the file (or its folder) may not be written */
  gboolean no_locks;    /* its file system has no POSIX locks */
  guint format;         /* the file's format (user_version), as its tables are */
  /* Counts the changes to what an analysis reads (a source removed, put
   * back or changed, a correction made or undone; not sources added),
   * each counted before it is made; atomic. */
  gint changes;
};

/* Counts a change to what an analysis reads, before it is made. */
#define _dossier_store_count_change(self) g_atomic_int_inc (&(self)->changes)

gboolean _dossier_store_set_sqlite_error (DossierStore  *self,
                                          GError       **error,
                                          const char    *doing);
gboolean _dossier_store_exec             (DossierStore  *self,
                                          const char    *sql,
                                          GError       **error);
gboolean _dossier_store_check_open       (DossierStore  *self,
                                          GError       **error);
gboolean _dossier_store_check_format     (DossierStore  *self,
                                          GError       **error);
gboolean _dossier_store_run_with_id      (DossierStore  *self,
                                          const char    *sql,
                                          gint64         id,
                                          const char    *text_id,
                                          const char    *doing,
                                          GError       **error);

G_END_DECLS
