/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* What the files of the PDF report share: the report being drawn and the
 * helpers every part draws with.
 *
 * The report is drawn top to bottom in one pass: a cursor (the page and
 * the y of the next line) moves down the page, every block of text is a
 * Pango layout shown line by line so that a paragraph, a note or a table
 * cell breaks between two of its lines when the page is full.  Pages are
 * A4 in points with 2 cm margins; the running header and the page number
 * are drawn when a page is begun.
 *
 * dossier-pdf-writer.c gathers what the report needs and calls the parts
 * in order: dossier-report-cover.c, -timeline.c, -articles.c and
 * -tables.c (the entity index and the event table).  The parts use the
 * helpers of dossier-report-drawing.c and never each other. */

#pragma once

#include <cairo.h>
#include <cairo-pdf.h>
#include <gio/gio.h>
#include <pango/pangocairo.h>

#include "dossier-analysis.h"
#include "dossier-export-options.h"
#include "dossier-palette.h"

G_BEGIN_DECLS

#define PAGE_WIDTH   595.276  /* A4 in points */
#define PAGE_HEIGHT  841.890
#define MARGIN        56.693  /* 2 cm */
#define CONTENT_WIDTH (PAGE_WIDTH - 2 * MARGIN)
#define CONTENT_TOP    MARGIN
#define CONTENT_BOTTOM (PAGE_HEIGHT - MARGIN)

#define SERIF "DejaVu Serif, Serif"
#define SANS  "DejaVu Sans, Sans"

/* The reader's entity tints (dossier-palette.h), as they look on white
 * paper: blended here rather than drawn translucent, so any viewer and
 * printer shows the same colour. */
#define ENTITY_TINT 0.22
#define ANNOTATION_TINT 0.65

typedef struct _DossierReport DossierReport;
typedef void (*DossierReportPageStarted) (DossierReport *report);

/* An event with its sources in scope, in the timeline's order. */
typedef struct
{
  const DossierEventRecord *record;
  guint number;           /* 1… as the timeline and the table show it */
  guint n_sources;        /* in scope */
  int first_day;
  int last_day;
} DossierReportEvent;

struct _DossierReport
{
  DossierAnalysis *analysis;
  const DossierExportOptions *options;
  GCancellable *cancellable;
  DossierExportProgress progress;
  gpointer user_data;
  guint steps_done;
  guint steps;

  GOutputStream *stream;
  GError *write_error;

  cairo_surface_t *surface;
  cairo_t *cr;
  PangoFontMap *font_map;
  PangoContext *context;

  char *name;
  const char *part;        /* in the running header */
  int page;                /* 1-based; 0 before the first */
  double y;                /* where the next block starts */
  DossierReportPageStarted page_started; /* e.g. repeats a table's header */
  gpointer page_started_data;

  guint n_documents;
  gboolean *included;      /* per document */
  guint n_included;
  int *article_pages;      /* per document: first page, 0 when not drawn */
  GPtrArray **annotations; /* per document: DossierAnnotation*, or NULL */
  GPtrArray *orphans;      /* of DossierAnnotation* */
  guint n_annotations;

  GArray *events;          /* of DossierReportEvent */
  int articles_outline;
  gboolean first_article;  /* the next article is the part's first */
};

/* What is drawn beside a flowing layout: a bullet or number before its
 * first line, a bar beside all of its lines (a block quote, a note). */
typedef struct
{
  PangoLayout *marker;
  double marker_x;
  double bar_x;           /* < 0 for none */
  double bar_rgb[3];
} DossierReportDecoration;

/* Progress (dossier-report-drawing.c) */

gboolean     _dossier_report_cancelled          (DossierReport                 *report);
void         _dossier_report_step_done          (DossierReport                 *report);

/* Text */

void         _dossier_report_set_rgb            (DossierReport                 *report,
                                                 double                         red,
                                                 double                         green,
                                                 double                         blue);
void         _dossier_report_set_ink            (DossierReport                 *report);
void         _dossier_report_set_grey           (DossierReport                 *report);
PangoLayout *_dossier_report_new_layout         (DossierReport                 *report,
                                                 const char                    *font,
                                                 double                         width);
PangoLayout *_dossier_report_text_layout        (DossierReport                 *report,
                                                 const char                    *font,
                                                 double                         width,
                                                 const char                    *text);
PangoLayout *_dossier_report_markup_layout      (DossierReport                 *report,
                                                 const char                    *font,
                                                 double                         width,
                                                 const char                    *markup);
double       _dossier_report_layout_height      (PangoLayout                   *layout);
double       _dossier_report_layout_width       (PangoLayout                   *layout);
double       _dossier_report_first_lines_height (PangoLayout                   *layout,
                                                 int                            n);
void         _dossier_report_show_layout        (DossierReport                 *report,
                                                 PangoLayout                   *layout,
                                                 double                         x,
                                                 double                         y);

/* Pages */

void         _dossier_report_new_page           (DossierReport                 *report,
                                                 gboolean                       with_header);
void         _dossier_report_ensure_space       (DossierReport                 *report,
                                                 double                         height);
void         _dossier_report_flow_layout        (DossierReport                 *report,
                                                 PangoLayout                   *layout,
                                                 double                         x,
                                                 const DossierReportDecoration *decoration);
void         _dossier_report_flow_text          (DossierReport                 *report,
                                                 const char                    *font,
                                                 double                         x,
                                                 double                         width,
                                                 const char                    *text);
void         _dossier_report_flow_markup        (DossierReport                 *report,
                                                 const char                    *font,
                                                 double                         x,
                                                 double                         width,
                                                 const char                    *markup);
void         _dossier_report_rule               (DossierReport                 *report,
                                                 double                         x,
                                                 double                         width,
                                                 double                         grey);
int          _dossier_report_add_outline        (DossierReport                 *report,
                                                 int                            parent,
                                                 const char                    *name,
                                                 gboolean                       open);
int          _dossier_report_begin_part         (DossierReport                 *report,
                                                 const char                    *title,
                                                 gboolean                       open);

/* Colours and words */

void         _dossier_report_blend_entity       (DossierEntityType              type,
                                                 double                         alpha,
                                                 double                        *out);
void         _dossier_report_annotation_rgb     (DossierColour                  colour,
                                                 double                        *out);
void         _dossier_report_swatch             (DossierReport                 *report,
                                                 double                         x,
                                                 double                         y,
                                                 double                         size,
                                                 const double                  *rgb);
const char  *_dossier_report_colour_label       (DossierReport                 *report,
                                                 DossierColour                  colour);
/* The article's display title (dossier_document_dup_display_title ()),
 * marked up: in italics when it is no title of the page's. */
char        *_dossier_report_title_markup      (DossierDocument               *document);
void         _dossier_report_append_entities    (DossierReport                 *report,
                                                 GString                       *text,
                                                 const DossierEventRecord      *record);

/* The parts, in the order dossier_pdf_write () draws them */

void         _dossier_report_write_cover        (DossierReport                 *report);
void         _dossier_report_write_timeline     (DossierReport                 *report);
void         _dossier_report_write_articles     (DossierReport                 *report);
void         _dossier_report_write_orphans      (DossierReport                 *report);
void         _dossier_report_write_entity_index (DossierReport                 *report);
void         _dossier_report_write_event_table  (DossierReport                 *report);

G_END_DECLS
