/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The report is drawn top to bottom in one pass: a cursor (the page and
 * the y of the next line) moves down the page, every block of text is a
 * Pango layout shown line by line so that a paragraph, a note or a table
 * cell breaks between two of its lines when the page is full.  Pages are
 * A4 in points with 2 cm margins; the running header and the page number
 * are drawn when a page is begun.
 *
 * Everything the report needs is gathered once before drawing: which
 * articles are in it, each article's annotations (so an article costs what
 * its own text and notes cost), the events with their sources in scope,
 * the entities' mentions in scope.  Articles are numbered as the JSON
 * export numbers them ("A3" is "a3"). */

#include "config.h"

#include "dossier-pdf-writer.h"

#include "dossier-code-points.h"
#include "dossier-id.h"
#include "dossier-timeline-layout.h"

#include <math.h>
#include <string.h>

#include <cairo.h>
#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

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

static const char * const entity_type_titles[3] = { N_("People"), N_("Organisations"), N_("Places") };
static const char * const entity_type_names[3] = { N_("Person"), N_("Organisation"), N_("Place") };
/* What a colour is called when the researcher gave it no meaning, in the
 * order of DossierColour. */
static const char * const colour_names[DOSSIER_N_COLOURS] = {
  NC_("annotation colour", "yellow"),
  NC_("annotation colour", "green"),
  NC_("annotation colour", "blue"),
  NC_("annotation colour", "red"),
  NC_("annotation colour", "purple"),
};

typedef struct _Report Report;
typedef void (*PageStarted) (Report *report);

/* One annotation placed in its article: paragraphs and code points. */
typedef struct
{
  DossierAnnotation *annotation;
  guint number;           /* 1… within its article */
  guint first_paragraph;
  guint last_paragraph;
  gint64 start;           /* code points in first_paragraph */
  gint64 end;             /* code points in last_paragraph */
} Placed;

/* An event with its sources in scope, in the timeline's order. */
typedef struct
{
  const DossierEventRecord *record;
  guint number;           /* 1… as the timeline and the table show it */
  guint n_sources;        /* in scope */
  int first_day;
  int last_day;
} TimelineEvent;

struct _Report
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
  PageStarted page_started; /* e.g. repeats a table's header */
  gpointer page_started_data;

  guint n_documents;
  gboolean *included;      /* per document */
  guint n_included;
  int *article_pages;      /* per document: first page, 0 when not drawn */
  GPtrArray **annotations; /* per document: DossierAnnotation*, or NULL */
  GPtrArray *orphans;      /* of DossierAnnotation* */
  guint n_annotations;

  GArray *events;          /* of TimelineEvent */
  int articles_outline;
  gboolean first_article;  /* the next article is the part's first */
};

G_DEFINE_QUARK (dossier-pdf-writer-error-quark, dossier_pdf_writer_error)

/* Output */

/* Once a write failed or the report was cancelled, the rest is thrown
 * away rather than refused: cairo 1.16 trips over its own outline when a
 * surface whose stream failed is finished. */
static cairo_status_t
write_to_stream (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  Report *report = closure;

  if (report->write_error != NULL)
    return CAIRO_STATUS_SUCCESS;
  if (g_cancellable_set_error_if_cancelled (report->cancellable, &report->write_error))
    return CAIRO_STATUS_SUCCESS;
  g_output_stream_write_all (report->stream, data, length, NULL,
                             report->cancellable, &report->write_error);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
cancelled (Report *report)
{
  return report->write_error != NULL || g_cancellable_is_cancelled (report->cancellable);
}

static void
step_done (Report *report)
{
  report->steps_done++;
  if (report->progress != NULL)
    report->progress (MIN (1.0, report->steps_done / (double) MAX (report->steps, 1)),
                      report->user_data);
}

/* Text */

static void
set_rgb (Report *report,
         double  red,
         double  green,
         double  blue)
{
  cairo_set_source_rgb (report->cr, red, green, blue);
}

static void
set_ink (Report *report)
{
  set_rgb (report, 0.12, 0.12, 0.14);
}

static void
set_grey (Report *report)
{
  set_rgb (report, 0.40, 0.40, 0.43);
}

static PangoLayout *
new_layout (Report     *report,
            const char *font,
            double      width)
{
  PangoLayout *layout = pango_layout_new (report->context);
  PangoFontDescription *description = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, description);
  pango_font_description_free (description);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  return layout;
}

static PangoLayout *
text_layout (Report     *report,
             const char *font,
             double      width,
             const char *text)
{
  PangoLayout *layout = new_layout (report, font, width);

  pango_layout_set_text (layout, text, -1);
  return layout;
}

static PangoLayout *
markup_layout (Report     *report,
               const char *font,
               double      width,
               const char *markup)
{
  PangoLayout *layout = new_layout (report, font, width);

  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return height / (double) PANGO_SCALE;
}

static double
layout_width (PangoLayout *layout)
{
  int width;

  pango_layout_get_size (layout, &width, NULL);
  return width / (double) PANGO_SCALE;
}

/* The height of the first @n lines, to keep a heading with what follows
 * or a paragraph's first lines together. */
static double
first_lines_height (PangoLayout *layout,
                    int          n)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  double bottom = 0;
  int i = 0;

  do
    {
      PangoRectangle logical;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      bottom = (logical.y + logical.height) / (double) PANGO_SCALE;
    }
  while (++i < n && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  return bottom;
}

/* Draws @layout whole at @x, @y (no page break). */
static void
show_layout (Report      *report,
             PangoLayout *layout,
             double       x,
             double       y)
{
  cairo_move_to (report->cr, x, y);
  pango_cairo_show_layout (report->cr, layout);
}

/* Pages */

static void
draw_running_header (Report *report)
{
  g_autoptr(PangoLayout) left = text_layout (report, SANS " 7.5", CONTENT_WIDTH * 0.6, report->name);
  g_autoptr(PangoLayout) right = NULL;
  g_autoptr(PangoLayout) number = NULL;
  g_autofree char *page = g_strdup_printf ("%d", report->page);

  pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);
  set_grey (report);
  show_layout (report, left, MARGIN, MARGIN - 26);
  if (report->part != NULL)
    {
      right = text_layout (report, SANS " 7.5", CONTENT_WIDTH * 0.38, report->part);
      pango_layout_set_alignment (right, PANGO_ALIGN_RIGHT);
      pango_layout_set_ellipsize (right, PANGO_ELLIPSIZE_END);
      show_layout (report, right, MARGIN + CONTENT_WIDTH * 0.62, MARGIN - 26);
    }
  cairo_set_line_width (report->cr, 0.5);
  set_rgb (report, 0.75, 0.75, 0.78);
  cairo_move_to (report->cr, MARGIN, MARGIN - 12);
  cairo_line_to (report->cr, PAGE_WIDTH - MARGIN, MARGIN - 12);
  cairo_stroke (report->cr);

  number = text_layout (report, SANS " 8", CONTENT_WIDTH, page);
  pango_layout_set_alignment (number, PANGO_ALIGN_CENTER);
  set_grey (report);
  show_layout (report, number, MARGIN, PAGE_HEIGHT - MARGIN + 18);
  set_ink (report);
}

static void
new_page (Report   *report,
          gboolean  with_header)
{
  if (report->page > 0)
    cairo_show_page (report->cr);
  report->page++;
  report->y = CONTENT_TOP;
  if (with_header)
    draw_running_header (report);
  set_ink (report);
  if (report->page_started != NULL)
    report->page_started (report);
}

/* Starts a new page unless @height fits below the cursor. */
static void
ensure_space (Report *report,
              double  height)
{
  if (report->y + height > CONTENT_BOTTOM && report->y > CONTENT_TOP + 0.5)
    new_page (report, TRUE);
}

/* What is drawn beside a flowing layout: a bullet or number before its
 * first line, a bar beside all of its lines (a block quote, a note). */
typedef struct
{
  PangoLayout *marker;
  double marker_x;
  double bar_x;           /* < 0 for none */
  double bar_rgb[3];
} Decoration;

/* Shows @layout at @x from the cursor down, line by line, going on at the
 * top of a new page when a line does not fit; the cursor ends below its
 * last line.  At least two lines (or the whole of a shorter layout) go on
 * the first page, so a paragraph never leaves one line behind. */
static void
flow_layout (Report           *report,
             PangoLayout      *layout,
             double            x,
             const Decoration *decoration)
{
  PangoLayoutIter *iter;
  double origin;
  double previous_bottom = -1;
  gboolean first = TRUE;

  ensure_space (report, first_lines_height (layout, 2));
  origin = report->y;
  iter = pango_layout_get_iter (layout);
  do
    {
      PangoRectangle logical;
      double top, bottom, baseline;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      top = logical.y / (double) PANGO_SCALE;
      bottom = (logical.y + logical.height) / (double) PANGO_SCALE;
      baseline = pango_layout_iter_get_baseline (iter) / (double) PANGO_SCALE;
      if (origin + bottom > CONTENT_BOTTOM && origin + top > CONTENT_TOP + 0.5)
        {
          new_page (report, TRUE);
          origin = report->y - top;
          previous_bottom = -1;
        }
      if (decoration != NULL && decoration->bar_x >= 0)
        {
          double from = previous_bottom >= 0 ? previous_bottom : origin + top;

          cairo_set_source_rgb (report->cr, decoration->bar_rgb[0], decoration->bar_rgb[1], decoration->bar_rgb[2]);
          cairo_rectangle (report->cr, decoration->bar_x, from, 2, origin + bottom - from);
          cairo_fill (report->cr);
          set_ink (report);
        }
      if (first && decoration != NULL && decoration->marker != NULL)
        {
          PangoLayoutIter *marker_iter = pango_layout_get_iter (decoration->marker);
          double marker_baseline = pango_layout_iter_get_baseline (marker_iter) / (double) PANGO_SCALE;

          pango_layout_iter_free (marker_iter);
          cairo_move_to (report->cr, decoration->marker_x, origin + baseline - marker_baseline);
          pango_cairo_show_layout (report->cr, decoration->marker);
          set_ink (report);
        }
      cairo_move_to (report->cr, x, origin + baseline);
      pango_cairo_show_layout_line (report->cr, pango_layout_iter_get_line_readonly (iter));
      report->y = origin + bottom;
      previous_bottom = origin + bottom;
      first = FALSE;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static void
flow_text (Report     *report,
           const char *font,
           double      x,
           double      width,
           const char *text)
{
  g_autoptr(PangoLayout) layout = text_layout (report, font, width, text);

  flow_layout (report, layout, x, NULL);
}

static void
flow_markup (Report     *report,
             const char *font,
             double      x,
             double      width,
             const char *markup)
{
  g_autoptr(PangoLayout) layout = markup_layout (report, font, width, markup);

  flow_layout (report, layout, x, NULL);
}

static void
rule (Report *report,
      double  x,
      double  width,
      double  grey)
{
  cairo_set_line_width (report->cr, 0.5);
  set_rgb (report, grey, grey, grey + 0.02);
  cairo_move_to (report->cr, x, report->y);
  cairo_line_to (report->cr, x + width, report->y);
  cairo_stroke (report->cr);
  set_ink (report);
}

static int
add_outline (Report     *report,
             int         parent,
             const char *name,
             gboolean    open)
{
  g_autofree char *link = g_strdup_printf ("page=%d pos=[%d %d]", report->page,
                                           (int) MARGIN, (int) MAX (report->y - 6, 0));

  return cairo_pdf_surface_add_outline (report->surface, parent, name, link,
                                        open ? CAIRO_PDF_OUTLINE_FLAG_OPEN : 0);
}

/* A part starts on a new page with its title and an outline entry. */
static int
begin_part (Report     *report,
            const char *title,
            gboolean    open)
{
  g_autoptr(PangoLayout) layout = text_layout (report, SANS " Bold 20", CONTENT_WIDTH, title);
  int outline;

  report->page_started = NULL;
  report->part = title;
  new_page (report, TRUE);
  outline = add_outline (report, CAIRO_PDF_OUTLINE_ROOT, title, open);
  set_ink (report);
  show_layout (report, layout, MARGIN, report->y);
  report->y += layout_height (layout) + 4;
  set_rgb (report, 0.21, 0.52, 0.89);
  cairo_rectangle (report->cr, MARGIN, report->y, 36, 2.5);
  cairo_fill (report->cr);
  set_ink (report);
  report->y += 16;
  return outline;
}

/* Words */

/* A quotation in the language's quotation marks. */
static char *
quoted (const char *text)
{
  /* Translators: quotation marks around words quoted from an article. */
  return g_strdup_printf (C_("quotation", "“%s”"), text);
}

/* Dates */

/* "17–20 October 2024", "30 September – 2 October 2024", …: the days as
 * dossier_date_format_readable () words them, the first one shortened when
 * it is in the last one's month or year. */
static char *
format_day_range (int first,
                  int last)
{
  DossierDate a = dossier_date_from_day_number (first);
  DossierDate b = dossier_date_from_day_number (last);
  g_autofree char *end = dossier_date_format_readable (&b);

  if (first == last)
    return g_steal_pointer (&end);
  if (a.year == b.year && a.month == b.month)
    /* Translators: days of one month, e.g. "17–20 October 2024": the
     * number of the first day, then the last day as the "%-d %B %Y"
     * date format gives it. */
    return g_strdup_printf (C_("date range", "%d–%s"), a.day, end);
  if (a.year == b.year)
    {
      g_autoptr(GDateTime) time = g_date_time_new_utc (a.year, a.month, a.day, 0, 0, 0);
      /* Translators: a g_date_time_format () string: the first day of a
       * range within one year, e.g. "30 September" in
       * "30 September – 2 October 2024". */
      g_autofree char *start = g_date_time_format (time, C_("date format", "%-d %B"));
      /* Translators: from the first day to the last, e.g.
       * "30 September – 2 October 2024". */
      return g_strdup_printf (C_("date range", "%s – %s"), start, end);
    }
  {
    g_autofree char *start = dossier_date_format_readable (&a);
    /* Translators: from the first day to the last, e.g.
     * "30 September – 2 October 2024". */
    return g_strdup_printf (C_("date range", "%s – %s"), start, end);
  }
}

static const char *
date_source_phrase (DossierDateSource source)
{
  switch (source)
    {
    case DOSSIER_DATE_SOURCE_MARKER:
      /* Translators: where an article's publication date comes from,
       * shown under its headline with its first letter made upper case;
       * the strings that follow are the other sources. */
      return _("date from the copied page's date marker");
    case DOSSIER_DATE_SOURCE_TEXT:
      return _("date from the article's text");
    case DOSSIER_DATE_SOURCE_METADATA:
      return _("date from the page's metadata");
    case DOSSIER_DATE_SOURCE_INFERRED:
      return _("date inferred from events other articles report");
    case DOSSIER_DATE_SOURCE_USER:
      return _("date set by the researcher");
    case DOSSIER_DATE_SOURCE_NONE:
    default:
      return _("no publication date found");
    }
}

/* How precise an event's date is, in the event table. */
static const char *
precision_word (DossierPrecision precision)
{
  switch (precision)
    {
    case DOSSIER_PRECISION_YEAR:
      /* Translators: how precise an event's date is, shown in the event
       * table ("day, 3 sources"); the strings that follow are the other
       * precisions. */
      return C_("date precision", "year");
    case DOSSIER_PRECISION_MONTH:
      return C_("date precision", "month");
    case DOSSIER_PRECISION_WEEK:
      return C_("date precision", "week");
    case DOSSIER_PRECISION_DAY:
      return C_("date precision", "day");
    case DOSSIER_PRECISION_MINUTE:
      return C_("date precision", "minute");
    case DOSSIER_PRECISION_NONE:
    default:
      return C_("date precision", "none");
    }
}

/* "A3": an article's number as the JSON export has it ("a3"). */
static char *
article_number (guint index)
{
  /* Translators: an article's short number in the report, e.g. "A3";
   * the entity index and the event table refer to articles by it. */
  return g_strdup_printf (C_("article number", "A%u"), dossier_id_number (index));
}

/* "p. 12" */
static char *
page_reference (int page)
{
  /* Translators: the page an article starts on in the report. */
  return g_strdup_printf (C_("page number", "p. %d"), page);
}

static void
blend (const DossierRgb *rgb,
       double            alpha,
       double           *out)
{
  out[0] = 1 - alpha * (1 - rgb->red);
  out[1] = 1 - alpha * (1 - rgb->green);
  out[2] = 1 - alpha * (1 - rgb->blue);
}

static void
blend_entity (DossierEntityType type,
              double            alpha,
              double           *out)
{
  blend (dossier_palette_get_mark (dossier_mark_for_entity_type (type)), alpha, out);
}

static void
annotation_rgb (DossierColour  colour,
                double        *out)
{
  blend (dossier_palette_get_annotation (colour), ANNOTATION_TINT, out);
}

static PangoAttribute *
background_attribute (const double *rgb,
                      guint         start,
                      guint         end)
{
  PangoAttribute *attribute = pango_attr_background_new (rgb[0] * 65535, rgb[1] * 65535, rgb[2] * 65535);

  attribute->start_index = start;
  attribute->end_index = end;
  return attribute;
}

static void
swatch (Report       *report,
        double        x,
        double        y,
        double        size,
        const double *rgb)
{
  cairo_rectangle (report->cr, x, y, size, size);
  cairo_set_source_rgb (report->cr, rgb[0], rgb[1], rgb[2]);
  cairo_fill_preserve (report->cr);
  set_rgb (report, 0.6, 0.6, 0.62);
  cairo_set_line_width (report->cr, 0.4);
  cairo_stroke (report->cr);
  set_ink (report);
}

static const char *
document_title (DossierDocument *document)
{
  return document->title != NULL && document->title[0] != '\0' ? document->title : NULL;
}

/* What a colour means: the researcher's label, else its name. */
static const char *
colour_label (Report        *report,
              DossierColour  colour)
{
  const char *label = report->options->colour_labels[colour];

  return label != NULL && label[0] != '\0' ? label
         : g_dpgettext2 (GETTEXT_PACKAGE, "annotation colour", colour_names[colour]);
}

static const char *
annotation_label (Report            *report,
                  DossierAnnotation *annotation)
{
  return colour_label (report, dossier_annotation_get_colour (annotation));
}

/* Scope */

static int
compare_placed (gconstpointer a,
                gconstpointer b)
{
  const DossierAnchor *x = dossier_annotation_get_anchor (*(DossierAnnotation * const *) a);
  const DossierAnchor *y = dossier_annotation_get_anchor (*(DossierAnnotation * const *) b);

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return x->end < y->end ? -1 : x->end > y->end;
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const TimelineEvent *x = a, *y = b;
  int order = dossier_date_compare (&x->record->date, &y->record->date);

  if (order != 0)
    return order;
  if (x->first_day != y->first_day)
    return x->first_day < y->first_day ? -1 : 1;
  return x->number < y->number ? -1 : x->number > y->number;
}

static void
gather_scope (Report *report)
{
  const DossierExportOptions *options = report->options;
  guint n_events = dossier_analysis_get_n_events (report->analysis);

  report->n_documents = dossier_analysis_get_n_documents (report->analysis);
  report->included = g_new0 (gboolean, MAX (report->n_documents, 1));
  report->article_pages = g_new0 (int, MAX (report->n_documents, 1));
  report->annotations = g_new0 (GPtrArray *, MAX (report->n_documents, 1));
  report->orphans = g_ptr_array_new ();
  if (options->articles != NULL)
    {
      for (guint i = 0; i < options->articles->len; i++)
        {
          guint index = g_array_index (options->articles, guint, i);
          if (index < report->n_documents && !report->included[index])
            {
              report->included[index] = TRUE;
              report->n_included++;
            }
        }
    }
  else
    {
      for (guint d = 0; d < report->n_documents; d++)
        report->included[d] = TRUE;
      report->n_included = report->n_documents;
    }

  /* Each article's annotations, so drawing an article looks only at its
   * own. */
  if ((options->contents & DOSSIER_EXPORT_ANNOTATIONS) && options->annotations != NULL)
    for (guint i = 0; i < options->annotations->len; i++)
      {
        DossierAnnotation *annotation = g_ptr_array_index (options->annotations, i);
        int document = dossier_annotation_get_document (annotation);

        if (document < 0 || (guint) document >= report->n_documents)
          {
            /* An annotation of an article not in this analysis belongs to
             * no article of the scope; it is listed with a whole report. */
            if (options->articles == NULL)
              g_ptr_array_add (report->orphans, annotation);
            continue;
          }
        if (!report->included[document])
          continue;
        report->n_annotations++;
        if (dossier_annotation_get_orphaned (annotation))
          {
            g_ptr_array_add (report->orphans, annotation);
            continue;
          }
        if (report->annotations[document] == NULL)
          report->annotations[document] = g_ptr_array_new ();
        g_ptr_array_add (report->annotations[document], annotation);
      }

  /* Events with their sources in scope, in date order. */
  report->events = g_array_new (FALSE, FALSE, sizeof (TimelineEvent));
  for (guint e = 0; e < n_events; e++)
    {
      const DossierEventRecord *record = dossier_analysis_get_event (report->analysis, e);
      TimelineEvent event = { record, e, 0, 0, 0 };

      if (!dossier_date_is_set (&record->date))
        continue;
      for (guint s = 0; s < record->sources->len; s++)
        {
          const DossierEventSource *source = &g_array_index (record->sources, DossierEventSource, s);
          if (source->document < report->n_documents && report->included[source->document])
            event.n_sources++;
        }
      if (event.n_sources == 0)
        continue;
      dossier_date_get_span (&record->date, &event.first_day, &event.last_day);
      g_array_append_val (report->events, event);
    }
  g_array_sort (report->events, compare_events);
  for (guint i = 0; i < report->events->len; i++)
    g_array_index (report->events, TimelineEvent, i).number = i + 1;
}

/* Cover */

typedef struct
{
  const char *outlet;
  guint count;
} OutletCount;

static int
compare_outlets (gconstpointer a,
                 gconstpointer b)
{
  const OutletCount *x = a, *y = b;

  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  return g_utf8_collate (x->outlet, y->outlet);
}

static void
legend_row (Report       *report,
            double        x,
            const double *rgb,
            const char   *label,
            double       *cursor_x)
{
  g_autoptr(PangoLayout) layout = text_layout (report, SANS " 8.5", -1, label);

  swatch (report, *cursor_x, report->y + 2.5, 9, rgb);
  set_ink (report);
  show_layout (report, layout, *cursor_x + 13, report->y);
  *cursor_x += 13 + layout_width (layout) + 16;
  if (*cursor_x > x + CONTENT_WIDTH - 60)
    {
      *cursor_x = x;
      report->y += 15;
    }
}

static void
write_cover (Report *report)
{
  const DossierExportOptions *options = report->options;
  g_autoptr(GHashTable) outlets = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) outlet_counts = g_array_new (FALSE, FALSE, sizeof (OutletCount));
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(PangoLayout) kicker = NULL;
  g_autoptr(PangoLayout) title = NULL;
  g_autofree char *generated = NULL;
  int first_day = G_MAXINT, last_day = G_MININT;
  guint undated = 0, no_outlet = 0, n_entities = 0;
  GHashTableIter iter;
  gpointer key, value;

  for (guint d = 0; d < report->n_documents; d++)
    {
      DossierDocument *document;

      if (!report->included[d])
        continue;
      document = dossier_analysis_get_document (report->analysis, d);
      if (document->published.precision >= DOSSIER_PRECISION_DAY)
        {
          int day = dossier_date_to_day_number (&document->published);
          first_day = MIN (first_day, day);
          last_day = MAX (last_day, day);
        }
      else
        undated++;
      if (document->outlet != NULL && document->outlet[0] != '\0')
        g_hash_table_insert (outlets, document->outlet,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (outlets, document->outlet)) + 1));
      else
        no_outlet++;
    }
  for (guint e = 0; e < dossier_analysis_get_n_entities (report->analysis); e++)
    {
      const DossierEntityRecord *entity = dossier_analysis_get_entity (report->analysis, e);
      for (guint k = 0; k < entity->documents->len; k++)
        if (report->included[g_array_index (entity->documents, guint, k)])
          {
            n_entities++;
            break;
          }
    }

  report->part = NULL;
  new_page (report, FALSE);
  /* Translators: the entry for the cover page in the PDF's outline. */
  add_outline (report, CAIRO_PDF_OUTLINE_ROOT, C_("report part", "Cover"), FALSE);

  /* A band of colour, the kicker and the name. */
  set_rgb (report, 0.21, 0.52, 0.89);
  cairo_rectangle (report->cr, 0, 0, PAGE_WIDTH, 10);
  cairo_fill (report->cr);
  report->y = MARGIN + 70;
  /* Translators: a small line in capitals above the dossier's name on
   * the report's cover. */
  kicker = text_layout (report, SANS " Bold 9", CONTENT_WIDTH, _("DOSSIER REPORT"));
  pango_layout_set_attributes (kicker, NULL);
  {
    PangoAttrList *attributes = pango_attr_list_new ();
    pango_attr_list_insert (attributes, pango_attr_letter_spacing_new (2 * PANGO_SCALE));
    pango_layout_set_attributes (kicker, attributes);
    pango_attr_list_unref (attributes);
  }
  set_rgb (report, 0.21, 0.52, 0.89);
  show_layout (report, kicker, MARGIN, report->y);
  report->y += layout_height (kicker) + 10;
  set_ink (report);
  title = text_layout (report, SERIF " Bold 30", CONTENT_WIDTH, report->name);
  show_layout (report, title, MARGIN, report->y);
  report->y += layout_height (title) + 12;

  if (first_day <= last_day)
    {
      g_autofree char *range = format_day_range (first_day, last_day);
      g_autoptr(PangoLayout) layout = text_layout (report, SERIF " 15", CONTENT_WIDTH, range);

      set_grey (report);
      show_layout (report, layout, MARGIN, report->y);
      report->y += layout_height (layout);
    }
  report->y += 30;
  rule (report, MARGIN, CONTENT_WIDTH, 0.8);
  report->y += 14;

  /* The facts, one to a line; the numbers are in bold. */
  {
    g_autofree char *articles = g_strdup_printf ("<b>%u</b>", report->n_included);
    g_autofree char *entities = g_strdup_printf ("<b>%u</b>", n_entities);
    g_autofree char *events = g_strdup_printf ("<b>%u</b>", report->events->len);

    /* Translators: on the report's cover; %s is the number, in bold. */
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%s article", "%s articles", report->n_included),
                            articles);
    if (undated > 0)
      {
        g_string_append_c (text, ' ');
        /* Translators: on the report's cover, after the number of articles. */
        g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "(%u without a publication date)",
                                                   "(%u without a publication date)", undated),
                                undated);
      }
    g_string_append (text, " · ");
    /* Translators: on the report's cover; %s is the number, in bold. */
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%s entity", "%s entities", n_entities), entities);
    g_string_append (text, " · ");
    /* Translators: on the report's cover; %s is the number, in bold. */
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%s dated event", "%s dated events", report->events->len),
                            events);
  }
  if (options->contents & DOSSIER_EXPORT_ANNOTATIONS)
    {
      g_autofree char *annotations = g_strdup_printf ("<b>%u</b>", report->n_annotations);

      g_string_append (text, " · ");
      /* Translators: on the report's cover; %s is the number, in bold. */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%s annotation", "%s annotations", report->n_annotations),
                              annotations);
    }
  flow_markup (report, SANS " 10", MARGIN, CONTENT_WIDTH, text->str);
  report->y += 14;

  g_hash_table_iter_init (&iter, outlets);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      OutletCount count = { key, GPOINTER_TO_UINT (value) };
      g_array_append_val (outlet_counts, count);
    }
  g_array_sort (outlet_counts, compare_outlets);
  {
    g_autoptr(PangoLayout) heading = text_layout (report, SANS " Bold 9", CONTENT_WIDTH, _("Outlets"));
    g_autoptr(GString) list = g_string_new (NULL);
    const guint shown = 60;

    show_layout (report, heading, MARGIN, report->y);
    report->y += layout_height (heading) + 3;
    for (guint i = 0; i < outlet_counts->len && i < shown; i++)
      {
        OutletCount *count = &g_array_index (outlet_counts, OutletCount, i);
        g_autofree char *escaped = g_markup_escape_text (count->outlet, -1);

        if (i > 0)
          g_string_append (list, ", ");
        g_string_append (list, escaped);
        if (count->count > 1)
          g_string_append_printf (list, " <span foreground='#707075'>(%u)</span>", count->count);
      }
    if (outlet_counts->len > shown)
      /* Translators: ends the list of outlets on the report's cover when
       * it is too long to show whole; it follows the last outlet shown
       * directly, so it starts with its own comma or space. */
      g_string_append_printf (list, g_dngettext (GETTEXT_PACKAGE, ", and %u more", ", and %u more",
                                                 outlet_counts->len - shown),
                              outlet_counts->len - shown);
    if (no_outlet > 0)
      {
        g_autofree char *unnamed = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u article without a named outlet",
                                                                 "%u articles without a named outlet", no_outlet),
                                                    no_outlet);
        g_string_append_printf (list, "%s<span foreground='#707075'>%s</span>", list->len > 0 ? "; " : "", unnamed);
      }
    flow_markup (report, SERIF " 10", MARGIN, CONTENT_WIDTH, list->str);
    report->y += 18;
  }

  /* What the colours in the text mean. */
  if ((options->contents & DOSSIER_EXPORT_TEXT) &&
      (options->contents & (DOSSIER_EXPORT_HIGHLIGHTS | DOSSIER_EXPORT_ANNOTATIONS)))
    {
      g_autoptr(PangoLayout) heading = text_layout (report, SANS " Bold 9", CONTENT_WIDTH, _("Colours in the articles"));
      double x = MARGIN;

      show_layout (report, heading, MARGIN, report->y);
      report->y += layout_height (heading) + 5;
      if (options->contents & DOSSIER_EXPORT_HIGHLIGHTS)
        {
          for (guint t = 0; t < 3; t++)
            {
              double rgb[3];
              blend_entity (t, ENTITY_TINT * 1.4, rgb);
              legend_row (report, MARGIN, rgb, _(entity_type_names[t]), &x);
            }
          x = MARGIN;
          report->y += 15;
        }
      if (options->contents & DOSSIER_EXPORT_ANNOTATIONS)
        {
          for (guint c = 0; c < DOSSIER_N_COLOURS; c++)
            {
              double rgb[3];

              annotation_rgb (c, rgb);
              legend_row (report, MARGIN, rgb, colour_label (report, c), &x);
            }
          if (x > MARGIN)
            report->y += 15;
          flow_text (report, SANS " 7.5", MARGIN, CONTENT_WIDTH,
                     _("Annotations are the researcher's highlights; the small number after one leads to its note below the paragraph."));
        }
    }

  /* Who made it, at the foot of the page. */
  {
    DossierDate today = dossier_date_from_day (g_date_time_get_year (now), g_date_time_get_month (now),
                                               g_date_time_get_day_of_month (now));
    g_autofree char *day = dossier_date_format_readable (&today);
    /* Translators: a g_date_time_format () string: a time of day, e.g.
     * "14:30". */
    g_autofree char *time = g_date_time_format (now, C_("time format", "%H:%M"));

    /* Translators: at the foot of the report's cover: the day, the time
     * of day and Dossier's version, e.g. "Generated on 17 October 2024
     * at 14:30 by Dossier 1.0". */
    generated = g_strdup_printf (_("Generated on %s at %s by Dossier %s"), day, time, PACKAGE_VERSION);
  }
  {
    g_autoptr(PangoLayout) layout = text_layout (report, SANS " 8", CONTENT_WIDTH, generated);
    set_grey (report);
    show_layout (report, layout, MARGIN, CONTENT_BOTTOM - layout_height (layout));
    set_ink (report);
  }
}

/* Timeline */

static double
marker_radius (guint n_sources)
{
  return 2.2 + 0.7 * MIN (n_sources, 8);
}

static void
draw_axis_label (Report     *report,
                 const char *label,
                 double      x,
                 double      y,
                 gboolean    bold)
{
  g_autoptr(PangoLayout) layout = text_layout (report, bold ? SANS " Bold 6.5" : SANS " 6.5", -1, label);
  double width = layout_width (layout);

  x = CLAMP (x - width / 2, MARGIN, PAGE_WIDTH - MARGIN - width);
  show_layout (report, layout, x, y);
}

/* The whole span at a glance: a marker per event, sized by its sources; a
 * month or a year is a bar over its span. */
static void
draw_overview (Report *report)
{
  GArray *events = report->events;
  const guint max_rows = 10;
  const double row_height = 10, inset = 8;
  g_autofree int *first_days = g_new (int, events->len);
  g_autofree int *last_days = g_new (int, events->len);
  g_autofree DossierTimelineSlot *slots = g_new0 (DossierTimelineSlot, events->len);
  g_autoptr(GArray) ticks = NULL;
  g_autoptr(PangoLayout) caption = NULL;
  DossierTimelineScale scale;
  int first = G_MAXINT, last = G_MININT;
  guint rows, shown_rows;
  double axis_y, height;

  for (guint i = 0; i < events->len; i++)
    {
      TimelineEvent *event = &g_array_index (events, TimelineEvent, i);
      first_days[i] = event->first_day;
      last_days[i] = event->last_day;
      first = MIN (first, event->first_day);
      last = MAX (last, event->last_day);
    }
  /* Inset so that a marker or a bar at either end stays on the page. */
  scale = dossier_timeline_scale_fit (first, last, CONTENT_WIDTH - 2 * inset);
  rows = dossier_timeline_layout (&scale, first_days, last_days, events->len, 9, 1, slots);
  shown_rows = MIN (MAX (rows, 1), max_rows);
  height = shown_rows * row_height + 34;

  caption = text_layout (report, SANS " Bold 9", CONTENT_WIDTH, _("All events"));
  ensure_space (report, height + layout_height (caption) + 6);
  show_layout (report, caption, MARGIN, report->y);
  report->y += layout_height (caption) + 6;
  axis_y = report->y + shown_rows * row_height + 4;

  set_rgb (report, 0.97, 0.97, 0.98);
  cairo_rectangle (report->cr, MARGIN, report->y - 2, CONTENT_WIDTH, axis_y - report->y + 2);
  cairo_fill (report->cr);

  for (guint i = 0; i < events->len; i++)
    {
      TimelineEvent *event = &g_array_index (events, TimelineEvent, i);
      DossierTimelineSlot *slot = &slots[i];
      double centre_y = axis_y - 5 - MIN (slot->row, max_rows - 1) * row_height;
      double x = MARGIN + inset + slot->x;

      cairo_set_source_rgba (report->cr, 0.21, 0.52, 0.89, slot->row >= max_rows ? 0.35 : 0.85);
      if (event->last_day > event->first_day)
        {
          cairo_rectangle (report->cr, x, centre_y - 2.5, slot->width, 5);
          cairo_fill (report->cr);
        }
      else
        {
          cairo_new_path (report->cr);
          cairo_arc (report->cr, x + slot->width / 2, centre_y, MIN (marker_radius (event->n_sources), 4.5), 0, 2 * G_PI);
          cairo_fill (report->cr);
        }
    }

  set_rgb (report, 0.45, 0.45, 0.48);
  cairo_set_line_width (report->cr, 0.8);
  cairo_move_to (report->cr, MARGIN, axis_y);
  cairo_line_to (report->cr, MARGIN + CONTENT_WIDTH, axis_y);
  cairo_stroke (report->cr);
  ticks = dossier_timeline_ticks (&scale, CONTENT_WIDTH - 2 * inset);
  {
    double last_label_end = -1000;

    for (guint t = 0; t < ticks->len; t++)
      {
        DossierTimelineTick *tick = &g_array_index (ticks, DossierTimelineTick, t);
        double x = MARGIN + inset + dossier_timeline_scale_x_for_day (&scale, tick->day);

        if (x < MARGIN || x > MARGIN + CONTENT_WIDTH)
          continue;
        cairo_set_line_width (report->cr, 0.5);
        cairo_move_to (report->cr, x, axis_y);
        cairo_line_to (report->cr, x, axis_y + (tick->major ? 5 : 3));
        cairo_stroke (report->cr);
        /* Labels that would touch the one before are left out. */
        if (x - last_label_end > 22 || tick->major)
          {
            draw_axis_label (report, tick->label, x, axis_y + 5, tick->major);
            last_label_end = x + 10;
          }
      }
  }
  set_ink (report);
  report->y = axis_y + 20;
  if (rows > max_rows)
    {
      g_autofree char *note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "Events stacked more than %u high are drawn faded on the top row.",
                                                            "Events stacked more than %u high are drawn faded on the top row.",
                                                            max_rows),
                                               max_rows);
      flow_text (report, SANS " 7", MARGIN, CONTENT_WIDTH, note);
    }
  report->y += 10;
}

/* The month a date is in ("October 2024"), or its year when that is all
 * it says: the headings of the timeline. */
static char *
period_of (const DossierDate *date)
{
  DossierDate period = *date;

  if (period.precision > DOSSIER_PRECISION_MONTH)
    {
      period.precision = DOSSIER_PRECISION_MONTH;
      period.day = period.hour = period.minute = 0;
    }
  return dossier_date_format_readable (&period);
}

/* The month with the most events dated to the day, day by day, each
 * event a numbered marker (the number of the list below). */
static void
draw_busiest_month (Report *report)
{
  GArray *events = report->events;
  g_autoptr(GHashTable) per_month = g_hash_table_new (NULL, NULL);
  g_autofree guint *stack = NULL;
  g_autofree char *month_name = NULL;
  g_autoptr(PangoLayout) caption = NULL;
  guint best_key = 0, best_count = 0, max_stack = 0, n_days;
  int first, last;
  double day_width, axis_y, slot = 17;

  for (guint i = 0; i < events->len; i++)
    {
      TimelineEvent *event = &g_array_index (events, TimelineEvent, i);
      DossierDate date = event->record->date;
      guint key, count;

      if (date.precision < DOSSIER_PRECISION_DAY)
        continue;
      key = (guint) date.year * 12 + date.month - 1;
      count = GPOINTER_TO_UINT (g_hash_table_lookup (per_month, GUINT_TO_POINTER (key))) + 1;
      g_hash_table_insert (per_month, GUINT_TO_POINTER (key), GUINT_TO_POINTER (count));
      if (count > best_count || (count == best_count && key < best_key))
        {
          best_key = key;
          best_count = count;
        }
    }
  if (best_count < 2)
    return;

  {
    DossierDate start = dossier_date_from_day (best_key / 12, best_key % 12 + 1, 1);
    DossierDate next = best_key % 12 == 11 ? dossier_date_from_day (best_key / 12 + 1, 1, 1)
                                           : dossier_date_from_day (best_key / 12, best_key % 12 + 2, 1);
    first = dossier_date_to_day_number (&start);
    last = dossier_date_to_day_number (&next) - 1;
    month_name = period_of (&start);
  }
  n_days = last - first + 1;
  stack = g_new0 (guint, n_days);
  for (guint i = 0; i < events->len; i++)
    {
      TimelineEvent *event = &g_array_index (events, TimelineEvent, i);
      if (event->record->date.precision >= DOSSIER_PRECISION_DAY &&
          event->first_day >= first && event->first_day <= last)
        max_stack = MAX (max_stack, ++stack[event->first_day - first]);
    }
  /* A crowded day is drawn up to a limit and says how many more it has. */
  max_stack = MIN (max_stack, 12);
  memset (stack, 0, n_days * sizeof (guint));

  {
    /* Translators: %s is a month and its year, e.g. "October 2024". */
    g_autofree char *title = g_strdup_printf (_("Events in %s, the busiest month, numbered as in the list below"), month_name);
    caption = text_layout (report, SANS " Bold 9", CONTENT_WIDTH, title);
  }
  ensure_space (report, layout_height (caption) + max_stack * slot + 40);
  show_layout (report, caption, MARGIN, report->y);
  report->y += layout_height (caption) + 6;
  axis_y = report->y + max_stack * slot + 4;
  day_width = CONTENT_WIDTH / n_days;

  set_rgb (report, 0.97, 0.97, 0.98);
  cairo_rectangle (report->cr, MARGIN, report->y - 2, CONTENT_WIDTH, axis_y - report->y + 2);
  cairo_fill (report->cr);

  for (guint i = 0; i < events->len; i++)
    {
      TimelineEvent *event = &g_array_index (events, TimelineEvent, i);
      g_autofree char *number = NULL;
      g_autoptr(PangoLayout) layout = NULL;
      guint level;
      double x, y, radius;

      if (event->record->date.precision < DOSSIER_PRECISION_DAY ||
          event->first_day < first || event->first_day > last)
        continue;
      level = stack[event->first_day - first]++;
      if (level >= max_stack)
        continue;
      x = MARGIN + (event->first_day - first + 0.5) * day_width;
      y = axis_y - slot / 2 - level * slot - 1;
      if (level == max_stack - 1 && stack[event->first_day - first] > max_stack)
        {
          guint more = 0;
          for (guint j = i; j < events->len; j++)
            {
              TimelineEvent *other = &g_array_index (events, TimelineEvent, j);
              more += other->first_day == event->first_day && other->record->date.precision >= DOSSIER_PRECISION_DAY;
            }
          number = g_strdup_printf ("+%u", more);
        }
      else
        number = g_strdup_printf ("%u", event->number);
      layout = text_layout (report, SANS " Bold 6", -1, number);
      radius = MAX (marker_radius (event->n_sources), layout_width (layout) / 2 + 1.5);
      radius = MIN (radius, slot / 2 + 3);
      cairo_new_path (report->cr);
          cairo_arc (report->cr, x, y, radius, 0, 2 * G_PI);
      set_rgb (report, 0.21, 0.52, 0.89);
      cairo_fill (report->cr);
      set_rgb (report, 1, 1, 1);
      show_layout (report, layout, x - layout_width (layout) / 2, y - layout_height (layout) / 2);
    }

  set_rgb (report, 0.45, 0.45, 0.48);
  cairo_set_line_width (report->cr, 0.8);
  cairo_move_to (report->cr, MARGIN, axis_y);
  cairo_line_to (report->cr, MARGIN + CONTENT_WIDTH, axis_y);
  cairo_stroke (report->cr);
  for (guint d = 0; d < n_days; d++)
    {
      DossierDate date = dossier_date_from_day_number (first + d);
      double x = MARGIN + (d + 0.5) * day_width;
      g_autofree char *label = g_strdup_printf ("%u", d + 1);
      gboolean weekend = dossier_date_get_weekday (&date) >= 6;

      cairo_set_line_width (report->cr, 0.5);
      set_rgb (report, 0.45, 0.45, 0.48);
      cairo_move_to (report->cr, x, axis_y);
      cairo_line_to (report->cr, x, axis_y + 3);
      cairo_stroke (report->cr);
      if (weekend)
        set_rgb (report, 0.65, 0.65, 0.68);
      draw_axis_label (report, label, x, axis_y + 4, dossier_date_get_weekday (&date) == 1);
    }
  set_ink (report);
  report->y = axis_y + 16;
  flow_text (report, SANS " 6.5", MARGIN, CONTENT_WIDTH,
             _("Day numbers in bold are Mondays, grey ones weekends; a larger marker has more sources."));
  report->y += 12;
}

static char *
short_date (const DossierDate *date)
{
  switch (date->precision)
    {
    case DOSSIER_PRECISION_YEAR:
      /* Translators: in the timeline, beside an event dated only to a
       * year, under the heading of that year. */
      return g_strdup (_("the year"));
    case DOSSIER_PRECISION_MONTH:
      /* Translators: in the timeline, beside an event dated only to a
       * month, under the heading of that month. */
      return g_strdup (_("the month"));
    case DOSSIER_PRECISION_WEEK:
      {
        g_autoptr(GDateTime) time = g_date_time_new_utc (date->year, date->month, date->day, 0, 0, 0);
        /* Translators: a g_date_time_format () string: an ISO week within
         * the month heading above it, e.g. "week 42". */
        return g_date_time_format (time, C_("date format", "week %V"));
      }
    case DOSSIER_PRECISION_MINUTE:
      {
        g_autoptr(GDateTime) time = g_date_time_new_utc (date->year, date->month, date->day, date->hour, date->minute, 0);
        /* Translators: a g_date_time_format () string: a weekday, the day
         * of the month and a time within the month heading above it, e.g.
         * "Thu 17, 14:30". */
        return g_date_time_format (time, C_("date format", "%a %-d, %H:%M"));
      }
    case DOSSIER_PRECISION_DAY:
    case DOSSIER_PRECISION_NONE:
    default:
      {
        g_autoptr(GDateTime) time = g_date_time_new_utc (date->year, date->month, date->day, 0, 0, 0);
        /* Translators: a g_date_time_format () string: a weekday and the
         * day of the month within the month heading above it, e.g.
         * "Thu 17". */
        /* xgettext:no-c-format */
        return g_date_time_format (time, C_("date format", "%a %-d"));
      }
    }
}

static void
append_entities (Report                   *report,
                 GString                  *text,
                 const DossierEventRecord *record)
{
  for (guint e = 0; e < record->entities->len && e < 6; e++)
    {
      int index = g_array_index (record->entities, int, e);
      g_autofree char *escaped = NULL;

      if (index < 0 || (guint) index >= dossier_analysis_get_n_entities (report->analysis))
        continue;
      escaped = g_markup_escape_text (dossier_analysis_get_entity (report->analysis, index)->name, -1);
      g_string_append_printf (text, "%s%s", e == 0 ? " · " : ", ", escaped);
    }
}

static void
write_timeline (Report *report)
{
  GArray *events = report->events;
  g_autofree char *period = NULL;
  const double date_width = 52, spine_x = MARGIN + 60, text_x = MARGIN + 74;

  begin_part (report, _("Timeline"), FALSE);
  if (events->len == 0)
    {
      flow_text (report, SERIF " 10", MARGIN, CONTENT_WIDTH, _("No dated events were found in these articles."));
      return;
    }
  {
    g_autofree char *intro = g_strdup_printf (
      g_dngettext (GETTEXT_PACKAGE,
                   "%u dated event reported by the articles in this report, in date order. "
                   "Each is numbered as in the event table, where every source is quoted.",
                   "%u dated events reported by the articles in this report, in date order. "
                   "Each is numbered as in the event table, where every source is quoted.",
                   events->len),
      events->len);
    flow_text (report, SERIF " 9.5", MARGIN, CONTENT_WIDTH, intro);
    report->y += 12;
  }

  {
    TimelineEvent *first = &g_array_index (events, TimelineEvent, 0);
    int last_day = first->last_day;
    for (guint i = 0; i < events->len; i++)
      last_day = MAX (last_day, g_array_index (events, TimelineEvent, i).last_day);
    if (last_day - first->first_day > 45)
      draw_overview (report);
  }
  draw_busiest_month (report);

  for (guint i = 0; i < events->len; i++)
    {
      TimelineEvent *event = &g_array_index (events, TimelineEvent, i);
      const DossierEventRecord *record = event->record;
      g_autofree char *this_period = period_of (&record->date);
      g_autofree char *date = short_date (&record->date);
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(PangoLayout) summary = NULL;
      g_autoptr(PangoLayout) date_layout = NULL;
      g_autofree char *escaped = g_markup_escape_text (record->summary, -1);
      double top, radius;

      if (i % 64 == 0 && cancelled (report))
        return;
      g_string_append_printf (text, "<span foreground='#3584e4' weight='bold'>%u</span>  %s\n"
                              "<span size='7pt' foreground='#707075'>",
                              event->number, escaped);
      /* Translators: how many sentences in the articles report an event. */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u source", "%u sources", event->n_sources),
                              event->n_sources);
      append_entities (report, text, record);
      g_string_append (text, "</span>");
      summary = markup_layout (report, SERIF " 9.5", CONTENT_WIDTH - (text_x - MARGIN), text->str);
      pango_layout_set_spacing (summary, 1 * PANGO_SCALE);

      if (g_strcmp0 (period, this_period) != 0)
        {
          g_autoptr(PangoLayout) heading = text_layout (report, SANS " Bold 10.5", CONTENT_WIDTH, this_period);

          report->y += 6;
          ensure_space (report, layout_height (heading) + 6 + first_lines_height (summary, 2));
          set_ink (report);
          show_layout (report, heading, MARGIN, report->y);
          report->y += layout_height (heading) + 6;
          g_free (period);
          period = g_steal_pointer (&this_period);
        }

      ensure_space (report, first_lines_height (summary, 2));
      top = report->y;
      date_layout = text_layout (report, SANS " 7.5", date_width, date);
      pango_layout_set_alignment (date_layout, PANGO_ALIGN_RIGHT);
      set_grey (report);
      show_layout (report, date_layout, MARGIN, top + 1.5);
      set_ink (report);
      flow_layout (report, summary, text_x, NULL);

      /* The spine through the markers, and this event's marker on it. */
      if (report->y > top)
        {
          radius = marker_radius (event->n_sources);
          set_rgb (report, 0.80, 0.84, 0.90);
          cairo_rectangle (report->cr, spine_x - 0.75, top, 1.5, report->y - top + 8);
          cairo_fill (report->cr);
          set_rgb (report, 0.21, 0.52, 0.89);
          cairo_new_path (report->cr);
          cairo_arc (report->cr, spine_x, top + 6.5, radius, 0, 2 * G_PI);
          cairo_fill (report->cr);
          set_ink (report);
        }
      report->y += 8;
    }
}

/* Articles */

/* Where each annotation of @document is: paragraphs and code points.
 * Offsets are of the article text (paragraphs joined by "\n"); one that
 * no longer fits the text is an orphan. */
static GArray *
place_annotations (Report          *report,
                   DossierDocument *document,
                   GPtrArray       *annotations)
{
  GArray *placed = g_array_new (FALSE, FALSE, sizeof (Placed));
  g_autofree gint64 *starts = NULL;
  g_autofree gint64 *lengths = NULL;
  DossierCodePointCursor cursor = DOSSIER_CODE_POINT_CURSOR_INIT;
  guint n = document->paragraphs->len;
  gint64 total = 0;

  if (annotations == NULL)
    return placed;
  g_ptr_array_sort (annotations, compare_placed);
  starts = g_new (gint64, MAX (n, 1));
  lengths = g_new (gint64, MAX (n, 1));
  for (guint p = 0; p < n; p++)
    {
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);
      starts[p] = total;
      lengths[p] = dossier_code_points (&cursor, paragraph, paragraph->len);
      total += lengths[p] + 1;
    }

  for (guint i = 0; i < annotations->len; i++)
    {
      DossierAnnotation *annotation = g_ptr_array_index (annotations, i);
      const DossierAnchor *anchor = dossier_annotation_get_anchor (annotation);
      Placed place = { annotation, 0, 0, 0, 0, 0 };
      guint low = 0, high = n;

      if (n == 0 || anchor->start < 0 || anchor->end <= anchor->start || anchor->end > total - 1)
        {
          g_ptr_array_add (report->orphans, annotation);
          continue;
        }
      /* The last paragraph starting at or before the start. */
      while (high - low > 1)
        {
          guint middle = (low + high) / 2;
          if (starts[middle] <= anchor->start)
            low = middle;
          else
            high = middle;
        }
      place.first_paragraph = low;
      place.start = anchor->start - starts[low];
      if (place.start >= lengths[low] && low + 1 < n)
        {
          place.first_paragraph = low + 1;
          place.start = 0;
        }
      /* The paragraph holding the last code point. */
      low = place.first_paragraph;
      while (low + 1 < n && starts[low + 1] < anchor->end)
        low++;
      place.last_paragraph = low;
      place.end = MIN (anchor->end - starts[low], lengths[low]);
      place.number = placed->len + 1;
      g_array_append_val (placed, place);
    }
  return placed;
}

/* The byte of code point @offset in @paragraph, clamped to its end. */
static gsize
byte_of (DossierParagraph *paragraph,
         gint64            offset)
{
  const char *p = paragraph->text, *end = paragraph->text + paragraph->len;

  for (gint64 i = 0; i < offset && p < end; i++)
    p = g_utf8_next_char (p);
  return MIN (p, end) - paragraph->text;
}

typedef struct
{
  gsize at;      /* byte in the paragraph */
  gsize length;  /* bytes inserted there */
} Insertion;

/* A paragraph byte offset once the note numbers are put into the text: a
 * start moves past numbers inserted at it, an end does not. */
static guint
shift (GArray  *insertions,
       gsize    offset,
       gboolean is_end)
{
  gsize shifted = offset;

  for (guint i = 0; i < insertions->len; i++)
    {
      Insertion *insertion = &g_array_index (insertions, Insertion, i);
      if (insertion->at < offset || (!is_end && insertion->at == offset))
        shifted += insertion->length;
    }
  return shifted;
}

typedef struct
{
  gsize start;
  gsize end;
} ByteRange;

/* Entity tints for [start, end) outside the annotated ranges, so the
 * researcher's own colour is the one that shows. */
static void
add_entity_tint (PangoAttrList *attributes,
                 GArray        *insertions,
                 GArray        *annotated,
                 const double  *rgb,
                 gsize          start,
                 gsize          end)
{
  for (guint i = 0; i < annotated->len && start < end; i++)
    {
      ByteRange *range = &g_array_index (annotated, ByteRange, i);

      if (range->end <= start || range->start >= end)
        continue;
      if (range->start > start)
        add_entity_tint (attributes, insertions, annotated, rgb, start, range->start);
      start = range->end;
    }
  if (start < end)
    pango_attr_list_insert (attributes, background_attribute (rgb, shift (insertions, start, FALSE),
                                                              shift (insertions, end, TRUE)));
}

/* An annotation's note and its tags as markup, each after @separator
 * (the tags after the first one after a space). */
static void
append_note_and_tags (GString           *markup,
                      DossierAnnotation *annotation,
                      const char        *separator)
{
  const char *note = dossier_annotation_get_note (annotation);
  const char * const *tags = dossier_annotation_get_tags (annotation);

  if (note != NULL && note[0] != '\0')
    {
      g_autofree char *escaped = g_markup_escape_text (note, -1);
      g_string_append_printf (markup, "%s%s", separator, escaped);
    }
  for (guint t = 0; tags != NULL && tags[t] != NULL; t++)
    {
      g_autofree char *escaped = g_markup_escape_text (tags[t], -1);
      g_string_append_printf (markup, "%s<span foreground='#1c71d8'>#%s</span>", t == 0 ? separator : " ", escaped);
    }
}

static void
write_note (Report *report,
            Placed *place,
            double  x)
{
  DossierAnnotation *annotation = place->annotation;
  g_autoptr(GString) markup = g_string_new (NULL);
  g_autoptr(PangoLayout) layout = NULL;
  g_autoptr(PangoLayout) marker = NULL;
  g_autofree char *number = g_strdup_printf ("%u", place->number);
  g_autofree char *label = g_markup_escape_text (annotation_label (report, annotation), -1);
  Decoration decoration = { NULL, 0, -1, { 0, 0, 0 } };
  double rgb[3];

  g_string_append_printf (markup, "<span foreground='#5e5c64' weight='bold'>%s</span>", label);
  append_note_and_tags (markup, annotation, "  ");
  layout = markup_layout (report, SANS " 8", CONTENT_WIDTH - (x - MARGIN) - 22, markup->str);
  marker = text_layout (report, SANS " Bold 7.5", -1, number);
  annotation_rgb (dossier_annotation_get_colour (annotation), rgb);
  decoration.marker = marker;
  decoration.marker_x = x + 6;
  decoration.bar_x = x;
  for (guint c = 0; c < 3; c++)
    decoration.bar_rgb[c] = rgb[c] * 0.8;
  report->y += 2;
  flow_layout (report, layout, x + 20, &decoration);
}

/* The notes of the annotations that end in paragraph @paragraph_index. */
static void
write_notes (Report *report,
             GArray *placed,
             guint   paragraph_index,
             double  x)
{
  for (guint i = 0; i < placed->len; i++)
    {
      Placed *place = &g_array_index (placed, Placed, i);

      if (place->last_paragraph == paragraph_index)
        write_note (report, place, x);
    }
}

static void
write_paragraph (Report          *report,
                 DossierDocument *document,
                 guint            index,
                 guint           *mention,
                 GArray          *placed)
{
  const DossierExportOptions *options = report->options;
  DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, index);
  g_autoptr(GArray) insertions = g_array_new (FALSE, FALSE, sizeof (Insertion));
  g_autoptr(GArray) annotated = g_array_new (FALSE, FALSE, sizeof (ByteRange));
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) numbers = g_ptr_array_new ();
  g_autoptr(PangoLayout) layout = NULL;
  g_autoptr(PangoLayout) bullet = NULL;
  PangoAttrList *attributes = pango_attr_list_new ();
  Decoration decoration = { NULL, 0, -1, { 0.75, 0.75, 0.78 } };
  const char *font = SERIF " 9.5";
  double x = MARGIN, width = CONTENT_WIDTH;
  gsize copied = 0;

  /* The annotated ranges of this paragraph, and a note number after each
   * one that ends in it. */
  for (guint i = 0; i < placed->len; i++)
    {
      Placed *place = &g_array_index (placed, Placed, i);
      ByteRange range;

      if (place->first_paragraph > index || place->last_paragraph < index)
        continue;
      range.start = place->first_paragraph == index ? byte_of (paragraph, place->start) : 0;
      range.end = place->last_paragraph == index ? byte_of (paragraph, place->end) : paragraph->len;
      g_array_append_val (annotated, range);
      if (place->last_paragraph == index)
        {
          Insertion insertion = { range.end, 0 };
          g_array_append_val (insertions, insertion);
          g_ptr_array_add (numbers, place);
        }
    }
  /* The numbers go into the text in the order of their places. */
  for (guint i = 0; i < insertions->len; i++)
    {
      Insertion *insertion = &g_array_index (insertions, Insertion, i);
      Placed *place = g_ptr_array_index (numbers, i);
      g_autofree char *number = g_strdup_printf ("%s%u", i > 0 && g_array_index (insertions, Insertion, i - 1).at == insertion->at ? "," : "",
                                                 place->number);
      PangoAttribute *attribute;
      guint at;

      g_string_append_len (text, paragraph->text + copied, insertion->at - copied);
      copied = insertion->at;
      at = text->len;
      g_string_append (text, number);
      insertion->length = strlen (number);
      attribute = pango_attr_rise_new (3 * PANGO_SCALE);
      attribute->start_index = at;
      attribute->end_index = text->len;
      pango_attr_list_insert (attributes, attribute);
      attribute = pango_attr_scale_new (0.7);
      attribute->start_index = at;
      attribute->end_index = text->len;
      pango_attr_list_insert (attributes, attribute);
      attribute = pango_attr_weight_new (PANGO_WEIGHT_BOLD);
      attribute->start_index = at;
      attribute->end_index = text->len;
      pango_attr_list_insert (attributes, attribute);
      attribute = pango_attr_foreground_new (0x1c * 257, 0x71 * 257, 0xd8 * 257);
      attribute->start_index = at;
      attribute->end_index = text->len;
      pango_attr_list_insert (attributes, attribute);
    }
  g_string_append_len (text, paragraph->text + copied, paragraph->len - copied);

  /* Entity tints, then the researcher's colours over them. */
  for (; *mention < document->mentions->len; (*mention)++)
    {
      DossierMention *m = &g_array_index (document->mentions, DossierMention, *mention);
      double rgb[3];

      if (m->paragraph > index)
        break;
      if (m->paragraph < index || !(options->contents & DOSSIER_EXPORT_HIGHLIGHTS) ||
          m->entity < 0 || m->type > DOSSIER_ENTITY_PLACE || m->end > paragraph->len || m->start >= m->end)
        continue;
      blend_entity (m->type, ENTITY_TINT, rgb);
      add_entity_tint (attributes, insertions, annotated, rgb, m->start, m->end);
    }
  for (guint i = 0, k = 0; i < placed->len; i++)
    {
      Placed *place = &g_array_index (placed, Placed, i);
      ByteRange *range;
      double rgb[3];

      if (place->first_paragraph > index || place->last_paragraph < index)
        continue;
      range = &g_array_index (annotated, ByteRange, k++);
      annotation_rgb (dossier_annotation_get_colour (place->annotation), rgb);
      pango_attr_list_insert (attributes, background_attribute (rgb, shift (insertions, range->start, FALSE),
                                                                shift (insertions, range->end, TRUE)));
    }

  switch (paragraph->kind)
    {
    case DOSSIER_PARAGRAPH_HEADING:
      font = SANS " Bold 10.5";
      report->y += 6;
      break;
    case DOSSIER_PARAGRAPH_LIST_ITEM:
      x += 16;
      width -= 16;
      bullet = text_layout (report, SERIF " 9.5", -1, "•");
      decoration.marker = bullet;
      decoration.marker_x = MARGIN + 5;
      break;
    case DOSSIER_PARAGRAPH_QUOTE:
      font = SERIF " Italic 9.5";
      x += 20;
      width -= 36;
      decoration.bar_x = MARGIN + 8;
      break;
    case DOSSIER_PARAGRAPH_BODY:
    default:
      break;
    }
  layout = new_layout (report, font, width);
  pango_layout_set_text (layout, text->str, text->len);
  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);
  pango_layout_set_spacing (layout, 2.2 * PANGO_SCALE);
  if (paragraph->kind == DOSSIER_PARAGRAPH_HEADING)
    /* A heading stays with the first lines of what follows it. */
    ensure_space (report, layout_height (layout) + 30);
  flow_layout (report, layout, x, &decoration);
  if (paragraph->attribution != NULL)
    {
      g_autofree char *line = g_strdup_printf ("— %s", paragraph->attribution);
      report->y += 2;
      flow_text (report, SANS " 8", x, width, line);
    }
  if (placed->len > 0)
    write_notes (report, placed, index, x);
  report->y += paragraph->kind == DOSSIER_PARAGRAPH_LIST_ITEM ? 3 : 7;
}

/* With the text left out: the annotated words quoted, with their notes. */
static void
write_annotation_quotes (Report          *report,
                         DossierDocument *document,
                         GArray          *placed)
{
  for (guint i = 0; i < placed->len; i++)
    {
      Placed *place = &g_array_index (placed, Placed, i);
      const DossierAnchor *anchor = dossier_annotation_get_anchor (place->annotation);
      g_autofree char *quote = quoted (anchor->exact != NULL ? anchor->exact : "");
      g_autoptr(PangoLayout) layout = text_layout (report, SERIF " Italic 9.5", CONTENT_WIDTH - 20, quote);
      PangoAttrList *attributes = pango_attr_list_new ();
      Decoration decoration = { NULL, 0, -1, { 0, 0, 0 } };
      double rgb[3];

      annotation_rgb (dossier_annotation_get_colour (place->annotation), rgb);
      pango_attr_list_insert (attributes, background_attribute (rgb, 0, strlen (quote)));
      pango_layout_set_attributes (layout, attributes);
      pango_attr_list_unref (attributes);
      pango_layout_set_spacing (layout, 2 * PANGO_SCALE);
      flow_layout (report, layout, MARGIN + 20, &decoration);
      /* The note below it. */
      write_note (report, place, MARGIN);
      report->y += 8;
    }
}

static void
write_article (Report *report,
               guint   index)
{
  const DossierExportOptions *options = report->options;
  DossierDocument *document = dossier_analysis_get_document (report->analysis, index);
  const char *title = document_title (document);
  g_autoptr(GArray) placed = place_annotations (report, document, report->annotations[index]);
  g_autoptr(GString) meta = g_string_new (NULL);
  g_autoptr(GString) provenance = g_string_new (NULL);
  g_autoptr(PangoLayout) kicker = NULL;
  g_autoptr(PangoLayout) heading = NULL;
  /* Translators: a small line in capitals above an article's headline. */
  g_autofree char *label = g_strdup_printf (_("ARTICLE %u"), dossier_id_number (index));
  g_autofree char *outline = NULL;
  gboolean with_text = (options->contents & DOSSIER_EXPORT_TEXT) != 0;
  guint mention = 0;

  if (!with_text && placed->len == 0)
    return;
  /* With the text, each article starts a page, the first one below the
   * part's title. */
  if ((with_text && !report->first_article) || report->y > CONTENT_BOTTOM - 150)
    new_page (report, TRUE);
  else
    report->y += 18;
  report->first_article = FALSE;
  report->article_pages[index] = report->page;
  outline = g_strdup_printf ("%u. %s%s%s", dossier_id_number (index),
                             title != NULL ? title : _("No headline"),
                             title == NULL && document->outlet != NULL ? " — " : "",
                             title == NULL && document->outlet != NULL ? document->outlet : "");
  add_outline (report, report->articles_outline, outline, FALSE);

  kicker = text_layout (report, SANS " Bold 7.5", CONTENT_WIDTH, label);
  set_rgb (report, 0.21, 0.52, 0.89);
  show_layout (report, kicker, MARGIN, report->y);
  report->y += layout_height (kicker) + 3;
  set_ink (report);
  if (title != NULL)
    heading = text_layout (report, SERIF " Bold 16", CONTENT_WIDTH, title);
  else
    {
      heading = text_layout (report, SERIF " Italic 16", CONTENT_WIDTH, _("No headline"));
      set_grey (report);
    }
  pango_layout_set_spacing (heading, 1 * PANGO_SCALE);
  flow_layout (report, heading, MARGIN, NULL);
  set_ink (report);
  report->y += 5;

  if (document->outlet != NULL)
    g_string_append (meta, document->outlet);
  if (document->author != NULL)
    g_string_append_printf (meta, "%s%s", meta->len > 0 ? " · " : "", document->author);
  if (dossier_date_is_set (&document->published))
    {
      g_autofree char *date = dossier_date_format_readable (&document->published);
      g_string_append_printf (meta, "%s%s", meta->len > 0 ? " · " : "", date);
    }
  if (meta->len == 0)
    g_string_append (meta, _("Outlet, author and date unknown"));
  flow_text (report, SANS " 9", MARGIN, CONTENT_WIDTH, meta->str);

  g_string_append (provenance, date_source_phrase (document->published_from));
  if (document->published_evidence != NULL && document->published_from != DOSSIER_DATE_SOURCE_INFERRED)
    {
      g_autofree char *evidence = quoted (document->published_evidence);
      g_string_append_printf (provenance, " (%s)", evidence);
    }
  if (document->source != NULL)
    {
      g_string_append (provenance, " · ");
      /* Translators: the file an article was imported from. */
      g_string_append_printf (provenance, _("file %s"), document->source);
    }
  provenance->str[0] = g_ascii_toupper (provenance->str[0]);
  set_grey (report);
  flow_text (report, SANS " 7.5", MARGIN, CONTENT_WIDTH, provenance->str);
  set_ink (report);
  report->y += 6;
  rule (report, MARGIN, CONTENT_WIDTH, 0.8);
  report->y += 10;

  if (!with_text)
    {
      write_annotation_quotes (report, document, placed);
      return;
    }
  if (document->paragraphs->len == 0)
    flow_text (report, SERIF " Italic 9.5", MARGIN, CONTENT_WIDTH, _("No text was kept from this page."));
  for (guint p = 0; p < document->paragraphs->len; p++)
    write_paragraph (report, document, p, &mention, placed);
}

static void
write_orphans (Report *report)
{
  begin_part (report, _("Orphaned annotations"), FALSE);
  flow_text (report, SERIF " 9.5", MARGIN, CONTENT_WIDTH,
             _("The words these annotations were made on are no longer in their article "
               "(the article changed or was cleaned differently). They are kept with what they quoted."));
  report->y += 10;
  for (guint i = 0; i < report->orphans->len; i++)
    {
      DossierAnnotation *annotation = g_ptr_array_index (report->orphans, i);
      const DossierAnchor *anchor = dossier_annotation_get_anchor (annotation);
      int index = dossier_annotation_get_document (annotation);
      g_autoptr(GString) markup = g_string_new (NULL);
      g_autoptr(PangoLayout) layout = NULL;
      Decoration decoration = { NULL, 0, MARGIN, { 0, 0, 0 } };
      double rgb[3];

      if (index >= 0 && (guint) index < report->n_documents)
        {
          DossierDocument *document = dossier_analysis_get_document (report->analysis, index);
          const char *title = document_title (document);
          /* Translators: above an orphaned annotation: the number of its
           * article and the article's headline. */
          g_autofree char *line = g_strdup_printf (_("Article %d · %s"), (int) dossier_id_number (index),
                                                   title != NULL ? title : _("No headline"));
          g_autofree char *escaped = g_markup_escape_text (line, -1);
          g_string_append_printf (markup, "<span size='8pt' foreground='#707075'>%s</span>\n", escaped);
        }
      else
        {
          g_autofree char *escaped = g_markup_escape_text (_("An article not in this dossier"), -1);
          g_string_append_printf (markup, "<span size='8pt' foreground='#707075'>%s</span>\n", escaped);
        }
      {
        g_autofree char *label = g_markup_escape_text (annotation_label (report, annotation), -1);
        g_autofree char *quote = quoted (anchor->exact != NULL ? anchor->exact : "");
        g_autofree char *exact = g_markup_escape_text (quote, -1);
        g_string_append_printf (markup, "<b>%s</b>  <i>%s</i>", label, exact);
      }
      append_note_and_tags (markup, annotation, "\n");
      layout = markup_layout (report, SERIF " 9", CONTENT_WIDTH - 12, markup->str);
      pango_layout_set_spacing (layout, 1.5 * PANGO_SCALE);
      annotation_rgb (dossier_annotation_get_colour (annotation), rgb);
      for (guint c = 0; c < 3; c++)
        decoration.bar_rgb[c] = rgb[c] * 0.8;
      flow_layout (report, layout, MARGIN + 12, &decoration);
      report->y += 10;
    }
}

static void
write_articles (Report *report)
{
  const DossierExportOptions *options = report->options;
  gboolean with_text = (options->contents & DOSSIER_EXPORT_TEXT) != 0;

  report->articles_outline = begin_part (report, with_text ? _("Articles") : _("Annotations"), TRUE);
  {
    g_autofree char *intro = NULL;

    if (with_text)
      {
        g_autofree char *read = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                              "The %u article as Dossier read it: page furniture (menus, share buttons, "
                                                              "newsletter boxes, related links) removed, headings, lists and quotes kept.",
                                                              "The %u articles as Dossier read them: page furniture (menus, share buttons, "
                                                              "newsletter boxes, related links) removed, headings, lists and quotes kept.",
                                                              report->n_included),
                                                 report->n_included);

        if (options->contents & DOSSIER_EXPORT_HIGHLIGHTS)
          intro = g_strconcat (read, " ", _("People, organisations and places are tinted as in the legend on the cover."), NULL);
        else
          intro = g_steal_pointer (&read);
      }
    else
      intro = g_strdup (_("The annotated passages of each article, with their notes."));
    flow_text (report, SERIF " 9.5", MARGIN, CONTENT_WIDTH, intro);
  }
  report->first_article = TRUE;
  for (guint d = 0; d < report->n_documents; d++)
    {
      if (!report->included[d])
        continue;
      if (cancelled (report))
        return;
      write_article (report, d);
      step_done (report);
    }
}

/* The entity index */

typedef struct
{
  const DossierEntityRecord *record;
  char *sort_key;
  guint mentions;   /* in scope */
} IndexEntry;

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const IndexEntry *x = a, *y = b;

  if (x->record->type != y->record->type)
    return x->record->type < y->record->type ? -1 : 1;
  return strcmp (x->sort_key, y->sort_key);
}

static void
write_entity_index (Report *report)
{
  guint n_entities = dossier_analysis_get_n_entities (report->analysis);
  g_autofree guint *mentions = g_new0 (guint, MAX (n_entities, 1));
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (IndexEntry));
  int type = -1;

  begin_part (report, _("Entity index"), FALSE);
  /* Mentions counted in the articles of the report. */
  for (guint d = 0; d < report->n_documents; d++)
    {
      DossierDocument *document;

      if (!report->included[d])
        continue;
      document = dossier_analysis_get_document (report->analysis, d);
      for (guint m = 0; m < document->mentions->len; m++)
        {
          DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
          if (mention->entity >= 0 && (guint) mention->entity < n_entities)
            mentions[mention->entity]++;
        }
    }
  for (guint e = 0; e < n_entities; e++)
    {
      IndexEntry entry;

      if (mentions[e] == 0)
        continue;
      entry.record = dossier_analysis_get_entity (report->analysis, e);
      entry.sort_key = g_utf8_collate_key (entry.record->name, -1);
      entry.mentions = mentions[e];
      g_array_append_val (entries, entry);
    }
  g_array_sort (entries, compare_entries);

  if (entries->len == 0)
    flow_text (report, SERIF " 10", MARGIN, CONTENT_WIDTH, _("No people, organisations or places were recognised in these articles."));
  else
    flow_text (report, SERIF " 9.5", MARGIN, CONTENT_WIDTH,
               _("The people, organisations and places the articles mention, with the spellings that were "
                 "read as the same one, how often they are mentioned and where (article number, page)."));
  report->y += 4;

  for (guint i = 0; i < entries->len; i++)
    {
      IndexEntry *entry = &g_array_index (entries, IndexEntry, i);
      const DossierEntityRecord *record = entry->record;
      g_autoptr(GString) markup = g_string_new (NULL);
      g_autoptr(PangoLayout) layout = NULL;
      g_autofree char *name = g_markup_escape_text (record->name, -1);
      guint n_articles = 0, aliases = 0;
      gboolean with_titles;

      if (i % 64 == 0 && cancelled (report))
        break;
      if ((int) record->type != type && record->type <= DOSSIER_ENTITY_PLACE)
        {
          g_autoptr(PangoLayout) heading = text_layout (report, SANS " Bold 11", CONTENT_WIDTH,
                                                        _(entity_type_titles[record->type]));
          double rgb[3];

          type = record->type;
          report->y += 10;
          ensure_space (report, layout_height (heading) + 40);
          blend_entity (type, ENTITY_TINT * 1.4, rgb);
          swatch (report, MARGIN, report->y + 3.5, 9, rgb);
          show_layout (report, heading, MARGIN + 14, report->y);
          report->y += layout_height (heading) + 5;
        }

      for (guint k = 0; k < record->documents->len; k++)
        n_articles += report->included[g_array_index (record->documents, guint, k)];
      {
        g_autofree char *mentions_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u mention", "%u mentions",
                                                                       entry->mentions),
                                                          entry->mentions);
        g_autofree char *articles_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "in %u article", "in %u articles",
                                                                       n_articles),
                                                          n_articles);
        /* Translators: after an entity's name in the index: how often
         * it is mentioned ("3 mentions") and in how many articles ("in 2
         * articles"). */
        g_autofree char *counts = g_strdup_printf (C_("mentions in articles", "%s %s"), mentions_text, articles_text);

        g_string_append_printf (markup, "<b>%s</b>  <span foreground='#707075' size='7.5pt'>%s</span>", name, counts);
      }
      for (guint a = 0; a < record->aliases->len; a++)
        {
          const char *alias = g_ptr_array_index (record->aliases, a);
          g_autofree char *escaped = NULL;

          if (g_strcmp0 (alias, record->name) == 0)
            continue;
          escaped = g_markup_escape_text (alias, -1);
          if (aliases++ == 0)
            /* Translators: in the entity index, before the other
             * spellings of an entity's name. */
            g_string_append_printf (markup, "\n<span size='8pt'><i>%s</i> %s", C_("other spellings", "also"), escaped);
          else
            g_string_append_printf (markup, ", %s", escaped);
        }
      if (aliases > 0)
        g_string_append (markup, "</span>");
      /* A few articles by title; many by number, to keep an entry short. */
      with_titles = n_articles <= 6;
      g_string_append (markup, "\n<span size='8pt' foreground='#3d3846'>");
      for (guint k = 0, shown = 0; k < record->documents->len; k++)
        {
          guint d = g_array_index (record->documents, guint, k);
          DossierDocument *document;

          if (!report->included[d])
            continue;
          document = dossier_analysis_get_document (report->analysis, d);
          if (with_titles)
            {
              const char *title = document_title (document);
              g_autofree char *escaped = g_markup_escape_text (title != NULL ? title : (document->outlet != NULL ? document->outlet : _("No headline")), -1);
              g_autofree char *number = article_number (d);
              g_string_append_printf (markup, "%s<b>%s</b> %s%s", shown++ > 0 ? "\n" : "", number,
                                      title != NULL ? "" : "<i>", escaped);
              if (title == NULL)
                g_string_append (markup, "</i>");
            }
          else
            {
              g_autofree char *number = article_number (d);
              g_string_append_printf (markup, "%s<b>%s</b>", shown++ > 0 ? ", " : "", number);
            }
          if (report->article_pages[d] > 0)
            {
              g_autofree char *page = page_reference (report->article_pages[d]);
              g_string_append_printf (markup, " <span foreground='#707075'>%s</span>", page);
            }
        }
      g_string_append (markup, "</span>");

      layout = markup_layout (report, SERIF " 9.5", CONTENT_WIDTH - 14, markup->str);
      pango_layout_set_indent (layout, 14 * PANGO_SCALE);
      pango_layout_set_spacing (layout, 1 * PANGO_SCALE);
      flow_layout (report, layout, MARGIN, NULL);
      report->y += 7;
    }
  for (guint i = 0; i < entries->len; i++)
    g_free (g_array_index (entries, IndexEntry, i).sort_key);
}

/* The event table */

#define DATE_COLUMN 74

static void
draw_table_header (Report *report)
{
  /* Translators: the heads of the event table's two columns. */
  g_autoptr(PangoLayout) date = text_layout (report, SANS " Bold 8", DATE_COLUMN - 8, C_("event table", "Date"));
  g_autoptr(PangoLayout) event = text_layout (report, SANS " Bold 8", CONTENT_WIDTH - DATE_COLUMN,
                                              C_("event table", "Event and the sentences that report it"));
  double height = layout_height (date) + 8;

  set_rgb (report, 0.92, 0.93, 0.95);
  cairo_rectangle (report->cr, MARGIN, report->y, CONTENT_WIDTH, height);
  cairo_fill (report->cr);
  set_ink (report);
  show_layout (report, date, MARGIN + 4, report->y + 4);
  show_layout (report, event, MARGIN + DATE_COLUMN, report->y + 4);
  report->y += height + 6;
}

static void
write_events (Report *report)
{
  GArray *events = report->events;
  const double x = MARGIN + DATE_COLUMN, width = CONTENT_WIDTH - DATE_COLUMN;

  begin_part (report, _("Event table"), FALSE);
  if (events->len == 0)
    {
      flow_text (report, SERIF " 10", MARGIN, CONTENT_WIDTH, _("No dated events were found in these articles."));
      return;
    }
  flow_text (report, SERIF " 9.5", MARGIN, CONTENT_WIDTH,
             _("Every event with every sentence that reports it, in date order. The words that date a sentence "
               "are in bold; a sentence without them was matched to the event by what it says."));
  report->y += 10;
  draw_table_header (report);
  report->page_started = (PageStarted) draw_table_header;

  for (guint i = 0; i < events->len; i++)
    {
      TimelineEvent *event = &g_array_index (events, TimelineEvent, i);
      const DossierEventRecord *record = event->record;
      g_autofree char *date = dossier_date_format_readable (&record->date);
      g_autofree char *summary_markup = NULL;
      g_autoptr(PangoLayout) date_layout = NULL;
      g_autoptr(PangoLayout) summary = NULL;
      g_autoptr(GString) details = g_string_new (NULL);
      double top;

      if (i % 32 == 0 && cancelled (report))
        break;
      {
        g_autofree char *escaped = g_markup_escape_text (record->summary, -1);
        summary_markup = g_strdup_printf ("<span foreground='#3584e4'>%u</span>  %s", event->number, escaped);
      }
      summary = markup_layout (report, SERIF " Bold 9.5", width, summary_markup);
      date_layout = text_layout (report, SANS " 8", DATE_COLUMN - 10, date);
      ensure_space (report, first_lines_height (summary, 2) + 30);
      top = report->y;
      show_layout (report, date_layout, MARGIN + 4, top + 1);
      flow_layout (report, summary, x, NULL);
      /* Translators: under an event in the event table: how precise its
       * date is ("day", "week", …) and how many sentences report it. */
      g_string_append_printf (details, g_dngettext (GETTEXT_PACKAGE, "%s, %u source", "%s, %u sources", event->n_sources),
                              precision_word (record->date.precision), event->n_sources);
      append_entities (report, details, record);
      set_grey (report);
      flow_markup (report, SANS " 7.5", x, width, details->str);
      set_ink (report);
      report->y += 3;

      for (guint s = 0; s < record->sources->len; s++)
        {
          const DossierEventSource *source = &g_array_index (record->sources, DossierEventSource, s);
          DossierDocument *document;
          DossierParagraph *paragraph;
          g_autoptr(GString) header = g_string_new (NULL);
          g_autoptr(PangoLayout) sentence = NULL;
          PangoAttrList *attributes;
          Decoration decoration = { NULL, 0, x + 2, { 0.80, 0.84, 0.90 } };
          const char *title;

          if (source->document >= report->n_documents || !report->included[source->document])
            continue;
          document = dossier_analysis_get_document (report->analysis, source->document);
          if (source->paragraph >= document->paragraphs->len)
            continue;
          paragraph = g_ptr_array_index (document->paragraphs, source->paragraph);
          if (source->end > paragraph->len || source->start >= source->end)
            continue;
          title = document_title (document);
          {
            g_autofree char *escaped = g_markup_escape_text (title != NULL ? title : _("No headline"), -1);
            g_autofree char *number = article_number (source->document);

            g_string_append_printf (header, "<b>%s</b> · ", number);
            if (document->outlet != NULL)
              {
                g_autofree char *outlet = g_markup_escape_text (document->outlet, -1);
                g_string_append_printf (header, "%s — ", outlet);
              }
            g_string_append_printf (header, "%s%s%s", title != NULL ? "" : "<i>", escaped, title != NULL ? "" : "</i>");
            if (report->article_pages[source->document] > 0)
              {
                g_autofree char *page = page_reference (report->article_pages[source->document]);
                g_string_append_printf (header, ", %s", page);
              }
          }
          sentence = new_layout (report, SERIF " 8.5", width - 10);
          pango_layout_set_text (sentence, paragraph->text + source->start, source->end - source->start);
          attributes = pango_attr_list_new ();
          if (source->date_end > source->date_start &&
              source->date_start >= source->start && source->date_end <= source->end)
            {
              PangoAttribute *bold = pango_attr_weight_new (PANGO_WEIGHT_BOLD);
              bold->start_index = source->date_start - source->start;
              bold->end_index = source->date_end - source->start;
              pango_attr_list_insert (attributes, bold);
            }
          pango_layout_set_attributes (sentence, attributes);
          pango_attr_list_unref (attributes);
          pango_layout_set_spacing (sentence, 1 * PANGO_SCALE);

          report->y += 3;
          set_grey (report);
          {
            g_autoptr(PangoLayout) header_layout = markup_layout (report, SANS " 7", width - 10, header->str);
            ensure_space (report, layout_height (header_layout) + first_lines_height (sentence, 2));
            flow_layout (report, header_layout, x + 8, NULL);
          }
          set_ink (report);
          report->y += 1;
          flow_layout (report, sentence, x + 8, &decoration);
        }
      report->y += 7;
      rule (report, MARGIN, CONTENT_WIDTH, 0.85);
      report->y += 7;
    }
  report->page_started = NULL;
}

/* The whole */

static void
set_metadata (Report *report)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *created = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  /* Translators: the PDF's subject, in its document properties. */
  g_autofree char *subject = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                           "A report on %u news article: timeline, articles, entities and events",
                                                           "A report on %u news articles: timeline, articles, entities and events",
                                                           report->n_included),
                                              report->n_included);
  const char *author = g_get_real_name ();

  if (author == NULL || author[0] == '\0' || g_strcmp0 (author, "Unknown") == 0)
    author = g_get_user_name ();
  cairo_pdf_surface_set_metadata (report->surface, CAIRO_PDF_METADATA_TITLE, report->name);
  cairo_pdf_surface_set_metadata (report->surface, CAIRO_PDF_METADATA_AUTHOR, author);
  cairo_pdf_surface_set_metadata (report->surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  cairo_pdf_surface_set_metadata (report->surface, CAIRO_PDF_METADATA_CREATOR, "Dossier " PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (report->surface, CAIRO_PDF_METADATA_CREATE_DATE, created);
}

static void
report_clear (Report *report)
{
  g_clear_pointer (&report->cr, cairo_destroy);
  g_clear_pointer (&report->surface, cairo_surface_destroy);
  g_clear_object (&report->context);
  g_clear_object (&report->font_map);
  g_clear_object (&report->stream);
  g_clear_error (&report->write_error);
  g_clear_pointer (&report->name, g_free);
  for (guint d = 0; report->annotations != NULL && d < report->n_documents; d++)
    g_clear_pointer (&report->annotations[d], g_ptr_array_unref);
  g_clear_pointer (&report->annotations, g_free);
  g_clear_pointer (&report->included, g_free);
  g_clear_pointer (&report->article_pages, g_free);
  g_clear_pointer (&report->orphans, g_ptr_array_unref);
  g_clear_pointer (&report->events, g_array_unref);
}

/* Drops what was written: the replaced file stays as it was; a file that
 * did not exist before is removed. */
static void
abandon (Report   *report,
         GFile    *file,
         gboolean  existed)
{
  g_autoptr(GCancellable) abort = g_cancellable_new ();

  g_cancellable_cancel (abort);
  if (report->stream != NULL && !g_output_stream_is_closed (report->stream))
    g_output_stream_close (report->stream, abort, NULL);
  if (!existed)
    g_file_delete (file, NULL, NULL);
}

gboolean
dossier_pdf_write (DossierAnalysis             *analysis,
                   const DossierExportOptions  *options,
                   const char                  *path,
                   DossierExportProgress        progress,
                   gpointer                     user_data,
                   GCancellable                *cancellable,
                   GError                     **error)
{
  g_autoptr(GFile) file = NULL;
  Report report = { 0 };
  cairo_font_options_t *font_options;
  cairo_status_t status;
  gboolean existed;
  gboolean ok = TRUE;

  g_return_val_if_fail (analysis != NULL, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  file = g_file_new_for_path (path);
  existed = g_file_query_exists (file, NULL);
  report.stream = G_OUTPUT_STREAM (g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                                   cancellable, error));
  if (report.stream == NULL)
    return FALSE;

  report.analysis = analysis;
  report.options = options;
  report.cancellable = cancellable;
  report.progress = progress;
  report.user_data = user_data;
  report.name = g_strdup (options->title != NULL && options->title[0] != '\0' ? options->title : _("Dossier"));
  gather_scope (&report);

  report.surface = cairo_pdf_surface_create_for_stream (write_to_stream, &report, PAGE_WIDTH, PAGE_HEIGHT);
  report.cr = cairo_create (report.surface);
  /* A font map of this call's own: Pango's default one belongs to the
   * thread that made it. */
  report.font_map = pango_cairo_font_map_new ();
  report.context = pango_font_map_create_context (report.font_map);
  pango_cairo_context_set_resolution (report.context, 72);
  font_options = cairo_font_options_create ();
  /* Metrics as designed, not snapped to a screen's pixels. */
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (report.context, font_options);
  cairo_font_options_destroy (font_options);
  pango_cairo_update_context (report.cr, report.context);
  set_metadata (&report);

  report.steps = 2 + report.n_included +
                 !!(options->contents & DOSSIER_EXPORT_TIMELINE) +
                 !!(options->contents & DOSSIER_EXPORT_ENTITIES) +
                 !!(options->contents & DOSSIER_EXPORT_EVENTS);
  if (progress != NULL)
    progress (0, user_data);

  write_cover (&report);
  step_done (&report);
  if ((options->contents & DOSSIER_EXPORT_TIMELINE) && !cancelled (&report))
    {
      write_timeline (&report);
      step_done (&report);
    }
  if ((options->contents & (DOSSIER_EXPORT_TEXT | DOSSIER_EXPORT_ANNOTATIONS)) && !cancelled (&report))
    write_articles (&report);
  else
    report.steps_done += report.n_included;
  if (report.orphans->len > 0 && !cancelled (&report))
    write_orphans (&report);
  if ((options->contents & DOSSIER_EXPORT_ENTITIES) && !cancelled (&report))
    {
      write_entity_index (&report);
      step_done (&report);
    }
  if ((options->contents & DOSSIER_EXPORT_EVENTS) && !cancelled (&report))
    {
      write_events (&report);
      step_done (&report);
    }

  if (cancelled (&report) && report.write_error == NULL)
    g_cancellable_set_error_if_cancelled (cancellable, &report.write_error);
  /* Finishing writes the rest (the fonts, the outline) through the
   * stream; once something failed, write_to_stream drops it. */
  cairo_destroy (g_steal_pointer (&report.cr));
  cairo_surface_finish (report.surface);
  status = cairo_surface_status (report.surface);

  if (report.write_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&report.write_error));
      ok = FALSE;
    }
  else if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, DOSSIER_PDF_WRITER_ERROR, DOSSIER_PDF_WRITER_ERROR_FAILED,
                   _("Could not draw the report: %s"), cairo_status_to_string (status));
      ok = FALSE;
    }
  else if (!g_output_stream_close (report.stream, cancellable, error))
    ok = FALSE;

  if (!ok)
    abandon (&report, file, existed);
  else
    step_done (&report);
  report_clear (&report);
  return ok;
}
