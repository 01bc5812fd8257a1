/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The PDF report: a cover, the timeline, every article with its entity
 * highlights and the researcher's annotations, the entity index and the
 * event table with every source, on A4 pages with a PDF outline.  Written
 * with cairo and Pango, no GTK, on whatever thread calls it. */

#pragma once

#include <gio/gio.h>

#include "dossier-analysis.h"
#include "dossier-export-options.h"

G_BEGIN_DECLS

#define DOSSIER_PDF_WRITER_ERROR (dossier_pdf_writer_error_quark ())

typedef enum
{
  DOSSIER_PDF_WRITER_ERROR_FAILED,  /* cairo could not draw or write the report */
} DossierPdfWriterError;

GQuark   dossier_pdf_writer_error_quark (void);

/* Writes the report of @analysis chosen by @options to @path, as every
 * DossierExportWriter does; thread-safe. */
DossierExportWriter dossier_pdf_write;

G_END_DECLS
