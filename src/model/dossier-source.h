/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Reading inputs from disk: which files a path stands for (a file, or a
 * folder's .txt, .text, .md, .html and .htm files, never following a
 * symbolic link into a loop) and loading one into a cleaned document.
 * Every failure is a GError that names the file and the reason. */

#pragma once

#include <gio/gio.h>

#include "dossier-document.h"

G_BEGIN_DECLS

#define DOSSIER_SOURCE_ERROR (dossier_source_error_quark ())

typedef enum
{
  DOSSIER_SOURCE_ERROR_UNSUPPORTED,   /* not a text or HTML file */
} DossierSourceError;

GQuark           dossier_source_error_quark   (void);

/* Expands @paths (files or folders) into the files to import, sorted by
 * name within a folder.  Paths that cannot be read go to @errors (of
 * GError*, each message starting with the path); the rest are returned. */
GPtrArray       *dossier_source_collect       (const char * const *paths,
                                               GPtrArray          *errors);

/* Reads and cleans one file.  @max_size 0 means the default limit. */
DossierDocument *dossier_source_load          (GFile              *file,
                                               gsize               max_size,
                                               GCancellable       *cancellable,
                                               GError            **error);

/* Where the sample dossier lives: $DOSSIER_SEEDS_DIR, the copy installed
 * beside the running binary, the copy in the configured prefix, or the
 * source tree's seeds/ for an uninstalled build. */
/* As dossier_source_load (), also giving the bytes read, to be kept; the
 * page was at @address when it is not NULL (see dossier_source_clean ()). */
DossierDocument *dossier_source_read          (GFile              *file,
                                               gsize               max_size,
                                               const char         *address,
                                               GBytes            **contents,
                                               GCancellable       *cancellable,
                                               GError            **error);
/* Cleans bytes read before (kept in a dossier file); @name, a file name
 * or path, tells HTML by its extension.  @address, when not NULL, is where
 * the page was (given with it or by the researcher): it is the article's
 * address, its site names the outlet when nothing better does, and a day
 * in it dates an article that states none. */
DossierDocument *dossier_source_clean         (const char         *name,
                                               GBytes             *contents,
                                               gsize               max_size,
                                               const char         *address,
                                               GError            **error);

/* Whether @len bytes at @data are a saved page whatever their name: they
 * open with a doctype or <html> (after a byte order mark and spaces). */
gboolean         dossier_source_looks_like_html (const guint8     *data,
                                                 gsize             len);

char            *dossier_source_get_seeds_dir (void);

G_END_DECLS
