/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* A dossier file: one SQLite database (a rollback journal, every change
 * its own transaction, so that the file alone is whole at every moment)
 * holding the bytes of every imported article, so a new analysis never
 * needs the original files, and the researcher's
 * annotations, corrections and colour names.  There is no "Save": each
 * call that changes something has committed it when it returns.
 *
 * Opening checks, before SQLite writes anything, that the file is a
 * SQLite database, that it is a dossier and not from a newer Dossier, and
 * then that SQLite finds it intact; a file that fails is left as it was.
 *
 * One connection, used from any thread under the store's lock. */

#pragma once

#include <gio/gio.h>

#include "dossier-annotation.h"
#include "dossier-correction.h"

G_BEGIN_DECLS

#define DOSSIER_STORE_ERROR (dossier_store_error_quark ())

typedef enum
{
  DOSSIER_STORE_ERROR_NOT_A_DOSSIER,  /* not SQLite, or SQLite of another application */
  DOSSIER_STORE_ERROR_NEWER_VERSION,  /* written by a newer Dossier */
  DOSSIER_STORE_ERROR_CORRUPT,        /* damaged or truncated */
  DOSSIER_STORE_ERROR_FAILED,         /* could not be read or written (disk full, read-only, …) */
} DossierStoreError;

/* The file format this build writes, in SQLite's user_version.  Format 2
 * keeps each source's address and whether the researcher kept its text
 * uncleaned; format 3 each source's digest, to tell an article imported
 * twice.  An older file is brought up step by step when it is opened to
 * be written, and is read as it is when it may not be. */
#define DOSSIER_STORE_FORMAT 3

typedef struct
{
  gint64 id;          /* stable for the dossier's life; articles are in id order */
  char *name;         /* the path or name it was imported from */
  char *added;        /* ISO 8601, UTC */
  char *address;      /* where the page was (given with it, or set by the researcher), or NULL */
  gboolean kept_uncleaned;  /* the researcher keeps its text as it is, uncleaned */
  GBytes *content;    /* the bytes as read; NULL from dossier_store_list_source_info () */
} DossierStoredSource;

typedef struct
{
  gint64 id;
  gint64 source;      /* for DOSSIER_CORRECTION_PUBLISHED, else 0 */
  DossierCorrection *correction;
} DossierStoredCorrection;

void dossier_stored_source_free     (DossierStoredSource     *source);
void dossier_stored_correction_free (DossierStoredCorrection *correction);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierStoredSource, dossier_stored_source_free)

GQuark dossier_store_error_quark (void);

#define DOSSIER_TYPE_STORE (dossier_store_get_type ())

G_DECLARE_FINAL_TYPE (DossierStore, dossier_store, DOSSIER, STORE, GObject)

/* Opens the dossier at @path; with @create, makes a new one when nothing
 * is there (an existing file is never overwritten). */
DossierStore *dossier_store_open               (const char          *path,
                                                gboolean             create,
                                                GError             **error);
const char   *dossier_store_get_path           (DossierStore        *self);
/* Whether the file may not be written: it was opened to be read, and every
 * change fails with "the file cannot be written (it is read-only)". */
gboolean      dossier_store_is_read_only       (DossierStore        *self);
/* The dossier's name: its file name without ".dossier". */
char         *dossier_store_dup_name           (DossierStore        *self);
/* Closes the database (a checkpoint folds the log into the file). */
void          dossier_store_close              (DossierStore        *self);
/* A copy of the whole dossier at @path, written atomically. */
gboolean      dossier_store_save_copy          (DossierStore        *self,
                                                const char          *path,
                                                GError             **error);

/* Sources: @names, @contents (of GBytes) and @addresses (of char*, each
 * NULL or an address; @addresses itself may be NULL) pair up; the ids are
 * appended to @ids.  Each content is dropped from @contents (its slot set
 * to NULL, its reference released) once written, so a large import does
 * not keep every article's bytes until the end; @contents must have no
 * free function. */
gboolean      dossier_store_add_sources        (DossierStore        *self,
                                                GPtrArray           *names,
                                                GPtrArray           *contents,
                                                GPtrArray           *addresses,
                                                GArray              *ids,
                                                GError             **error);
GPtrArray    *dossier_store_list_sources       (DossierStore        *self,
                                                GError             **error);
/* Every source without its bytes (content NULL): what is known of where
 * each came from. */
GPtrArray    *dossier_store_list_source_info   (DossierStore        *self,
                                                GError             **error);
/* The address of source @id; NULL for none. */
gboolean      dossier_store_set_source_address (DossierStore        *self,
                                                gint64               id,
                                                const char          *address,
                                                GError             **error);
/* Whether the researcher keeps source @id's text uncleaned, as it is. */
gboolean      dossier_store_set_source_kept_uncleaned (DossierStore *self,
                                                gint64               id,
                                                gboolean             kept,
                                                GError             **error);
/* Puts a removed source back (dossier_store_remove_source () dropped it
 * with its annotations and corrections) under its own id, which no
 * import takes meanwhile; given in @id. */
gboolean      dossier_store_restore_source     (DossierStore        *self,
                                                const DossierStoredSource *source,
                                                gint64              *id,
                                                GError             **error);
/* One source, or NULL when there is none with @id. */
DossierStoredSource *dossier_store_read_source (DossierStore        *self,
                                                gint64               id,
                                                GError             **error);
gboolean      dossier_store_remove_source      (DossierStore        *self,
                                                gint64               id,
                                                GError             **error);
guint         dossier_store_count_sources      (DossierStore        *self);
/* The digest of each source (the SHA-256 of its bytes, in hexadecimal)
 * with its id (a gint64*); to recognise an article imported again. */
GHashTable   *dossier_store_dup_digests        (DossierStore        *self,
                                                GError             **error);

/* Annotations: saving inserts or replaces by id. */
gboolean      dossier_store_save_annotation    (DossierStore        *self,
                                                DossierAnnotation   *annotation,
                                                GError             **error);
gboolean      dossier_store_delete_annotation  (DossierStore        *self,
                                                const char          *id,
                                                GError             **error);
GPtrArray    *dossier_store_list_annotations   (DossierStore        *self,
                                                GError             **error);

/* Corrections, in the order they were made. */
gint64        dossier_store_add_correction     (DossierStore        *self,
                                                gint64               source,
                                                const DossierCorrection *correction,
                                                GError             **error);
gboolean      dossier_store_remove_correction  (DossierStore        *self,
                                                gint64               id,
                                                GError             **error);
GPtrArray    *dossier_store_list_corrections   (DossierStore        *self,
                                                GError             **error);

/* What the last analysis found, kept to be shown again (see
 * dossier-store-results.c); @version names the analyser.  How many
 * changes were made to what an analysis reads, other than sources added:
 * results are kept only if none was made since the analysis began. */
guint         dossier_store_get_changes        (DossierStore        *self);
/* The parts kept (of GBytes, in order) when they were made under the key
 * of what the file holds now and @version; else NULL. */
GPtrArray    *dossier_store_load_results       (DossierStore        *self,
                                                const char          *version);
/* Forgets the results kept, before new ones are written part by part. */
gboolean      dossier_store_begin_results      (DossierStore        *self,
                                                GError             **error);
gboolean      dossier_store_add_results_part   (DossierStore        *self,
                                                guint                part,
                                                GBytes              *data,
                                                GError             **error);
/* Makes the parts written the results kept, under the key of what the
 * file holds now, if the file's sources are @source_ids (of gint64, the
 * analysis's articles) and @changes is still the count of changes;
 * else fails (G_IO_ERROR_CANCELLED) and nothing is kept. */
gboolean      dossier_store_commit_results     (DossierStore        *self,
                                                const char          *version,
                                                guint                changes,
                                                GArray              *source_ids,
                                                GError             **error);

/* What each colour means in this dossier. */
char         *dossier_store_dup_colour_label   (DossierStore        *self,
                                                DossierColour        colour);
gboolean      dossier_store_set_colour_label   (DossierStore        *self,
                                                DossierColour        colour,
                                                const char          *label,
                                                GError             **error);

G_END_DECLS
