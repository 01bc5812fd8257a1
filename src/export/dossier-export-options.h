/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* What an export holds, chosen in the export dialog or on dossier-cli's
 * command line: an immutable description the writers read on a worker
 * thread.  The writers never touch the live model: they get the analysis
 * (reference counted, not changed once run) and copies of the
 * annotations. */

#pragma once

#include <gio/gio.h>

#include "dossier-analysis.h"
#include "dossier-annotation.h"

G_BEGIN_DECLS

typedef enum
{
  DOSSIER_EXPORT_PDF,
  DOSSIER_EXPORT_CSV,
  DOSSIER_EXPORT_JSON,
} DossierExportFormat;

typedef enum
{
  DOSSIER_EXPORT_TEXT         = 1 << 0,  /* the articles' text */
  DOSSIER_EXPORT_HIGHLIGHTS   = 1 << 1,  /* entity highlights in that text */
  DOSSIER_EXPORT_ANNOTATIONS  = 1 << 2,  /* the researcher's highlights and notes */
  DOSSIER_EXPORT_ENTITIES     = 1 << 3,  /* the entity index */
  DOSSIER_EXPORT_TIMELINE     = 1 << 4,  /* the timeline figure */
  DOSSIER_EXPORT_EVENTS       = 1 << 5,  /* the event table with every source */
  DOSSIER_EXPORT_EVERYTHING   = (1 << 6) - 1,
} DossierExportContents;

/* The CSV tables, one file each. */
typedef enum
{
  DOSSIER_CSV_ARTICLES    = 1 << 0,
  DOSSIER_CSV_ENTITIES    = 1 << 1,
  DOSSIER_CSV_MENTIONS    = 1 << 2,
  DOSSIER_CSV_EVENTS      = 1 << 3,
  DOSSIER_CSV_ANNOTATIONS = 1 << 4,
  DOSSIER_CSV_ALL         = (1 << 5) - 1,
} DossierCsvTables;

typedef struct
{
  DossierExportFormat format;
  DossierExportContents contents;
  DossierCsvTables tables;
  /* The dossier's name, for the PDF's cover and metadata. */
  char *title;
  /* Indices of the articles to export, ascending; NULL for all of them.
   * Entities and events are those of these articles, with only their
   * sources. */
  GArray *articles;
  /* Of DossierAnnotation*, copies; may be NULL. */
  GPtrArray *annotations;
  /* What each DossierColour means, DOSSIER_N_COLOURS of them. */
  char *colour_labels[DOSSIER_N_COLOURS];
} DossierExportOptions;

/* Called on the writer's thread with the share done, 0…1. */
typedef void (*DossierExportProgress) (double   fraction,
                                       gpointer user_data);

/* What every writer is: it writes the export of @analysis that @options
 * describe to @path, on the calling thread, keeping no state between
 * calls.  The file is replaced atomically: on an error, or when
 * @cancellable is cancelled, whatever was at @path is left as it was and
 * no partial file stays.  @progress, when not NULL, is called with the
 * share done.  Declared as "DossierExportWriter dossier_pdf_write;", so
 * that the compiler holds every writer to it. */
typedef gboolean DossierExportWriter (DossierAnalysis             *analysis,
                                      const DossierExportOptions  *options,
                                      const char                  *path,
                                      DossierExportProgress        progress,
                                      gpointer                     user_data,
                                      GCancellable                *cancellable,
                                      GError                     **error);

DossierExportOptions *dossier_export_options_new      (DossierExportFormat          format);
DossierExportOptions *dossier_export_options_copy     (const DossierExportOptions  *options);
void                  dossier_export_options_free     (DossierExportOptions        *options);
/* TRUE when the article with @index is in the export. */
gboolean              dossier_export_options_includes (const DossierExportOptions  *options,
                                                       guint                        index);
/* Puts article indices gathered in any order, with repeats, the way
 * options->articles holds them: ascending, each once. */
void                  dossier_export_options_sort_articles (GArray *articles);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierExportOptions, dossier_export_options_free)

G_END_DECLS
