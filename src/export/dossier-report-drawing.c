/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* What every part of the report draws with: where the report stands
 * (cancelled, progress), text laid out with Pango, the cursor moving down
 * the pages and text flowed across page breaks, the parts' titles and
 * outline entries, and the colours and words several parts use. */

#include "config.h"

#include "dossier-report-private.h"

#include <glib/gi18n-lib.h>

/* Progress */

gboolean
_dossier_report_cancelled (DossierReport *report)
{
  return report->write_error != NULL || g_cancellable_is_cancelled (report->cancellable);
}

void
_dossier_report_step_done (DossierReport *report)
{
  report->steps_done++;
  if (report->progress != NULL)
    report->progress (MIN (1.0, report->steps_done / (double) MAX (report->steps, 1)),
                      report->user_data);
}

/* Text */

void
_dossier_report_set_rgb (DossierReport *report,
                         double         red,
                         double         green,
                         double         blue)
{
  cairo_set_source_rgb (report->cr, red, green, blue);
}

void
_dossier_report_set_ink (DossierReport *report)
{
  _dossier_report_set_rgb (report, 0.12, 0.12, 0.14);
}

void
_dossier_report_set_grey (DossierReport *report)
{
  _dossier_report_set_rgb (report, 0.40, 0.40, 0.43);
}

PangoLayout *
_dossier_report_new_layout (DossierReport *report,
                            const char    *font,
                            double         width)
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

PangoLayout *
_dossier_report_text_layout (DossierReport *report,
                             const char    *font,
                             double         width,
                             const char    *text)
{
  PangoLayout *layout = _dossier_report_new_layout (report, font, width);

  pango_layout_set_text (layout, text, -1);
  return layout;
}

PangoLayout *
_dossier_report_markup_layout (DossierReport *report,
                               const char    *font,
                               double         width,
                               const char    *markup)
{
  PangoLayout *layout = _dossier_report_new_layout (report, font, width);

  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

double
_dossier_report_layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return height / (double) PANGO_SCALE;
}

double
_dossier_report_layout_width (PangoLayout *layout)
{
  int width;

  pango_layout_get_size (layout, &width, NULL);
  return width / (double) PANGO_SCALE;
}

/* The height of the first @n lines, to keep a heading with what follows
 * or a paragraph's first lines together. */
double
_dossier_report_first_lines_height (PangoLayout *layout,
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
void
_dossier_report_show_layout (DossierReport *report,
                             PangoLayout   *layout,
                             double         x,
                             double         y)
{
  cairo_move_to (report->cr, x, y);
  pango_cairo_show_layout (report->cr, layout);
}

/* Pages */

static void
draw_running_header (DossierReport *report)
{
  g_autoptr(PangoLayout) left = _dossier_report_text_layout (report, SANS " 7.5", CONTENT_WIDTH * 0.6, report->name);
  g_autoptr(PangoLayout) right = NULL;
  g_autoptr(PangoLayout) number = NULL;
  g_autofree char *page = g_strdup_printf ("%d", report->page);

  pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);
  _dossier_report_set_grey (report);
  _dossier_report_show_layout (report, left, MARGIN, MARGIN - 26);
  if (report->part != NULL)
    {
      right = _dossier_report_text_layout (report, SANS " 7.5", CONTENT_WIDTH * 0.38, report->part);
      pango_layout_set_alignment (right, PANGO_ALIGN_RIGHT);
      pango_layout_set_ellipsize (right, PANGO_ELLIPSIZE_END);
      _dossier_report_show_layout (report, right, MARGIN + CONTENT_WIDTH * 0.62, MARGIN - 26);
    }
  cairo_set_line_width (report->cr, 0.5);
  _dossier_report_set_rgb (report, 0.75, 0.75, 0.78);
  cairo_move_to (report->cr, MARGIN, MARGIN - 12);
  cairo_line_to (report->cr, PAGE_WIDTH - MARGIN, MARGIN - 12);
  cairo_stroke (report->cr);

  number = _dossier_report_text_layout (report, SANS " 8", CONTENT_WIDTH, page);
  pango_layout_set_alignment (number, PANGO_ALIGN_CENTER);
  _dossier_report_set_grey (report);
  _dossier_report_show_layout (report, number, MARGIN, PAGE_HEIGHT - MARGIN + 18);
  _dossier_report_set_ink (report);
}

void
_dossier_report_new_page (DossierReport *report,
                          gboolean       with_header)
{
  if (report->page > 0)
    cairo_show_page (report->cr);
  report->page++;
  report->y = CONTENT_TOP;
  if (with_header)
    draw_running_header (report);
  _dossier_report_set_ink (report);
  if (report->page_started != NULL)
    report->page_started (report);
}

/* Starts a new page unless @height fits below the cursor. */
void
_dossier_report_ensure_space (DossierReport *report,
                              double         height)
{
  if (report->y + height > CONTENT_BOTTOM && report->y > CONTENT_TOP + 0.5)
    _dossier_report_new_page (report, TRUE);
}

/* Shows @layout at @x from the cursor down, line by line, going on at the
 * top of a new page when a line does not fit; the cursor ends below its
 * last line.  At least two lines (or the whole of a shorter layout) go on
 * the first page, so a paragraph never leaves one line behind. */
void
_dossier_report_flow_layout (DossierReport                 *report,
                             PangoLayout                   *layout,
                             double                         x,
                             const DossierReportDecoration *decoration)
{
  PangoLayoutIter *iter;
  double origin;
  double previous_bottom = -1;
  gboolean first = TRUE;

  _dossier_report_ensure_space (report, _dossier_report_first_lines_height (layout, 2));
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
          _dossier_report_new_page (report, TRUE);
          origin = report->y - top;
          previous_bottom = -1;
        }
      if (decoration != NULL && decoration->bar_x >= 0)
        {
          double from = previous_bottom >= 0 ? previous_bottom : origin + top;

          cairo_set_source_rgb (report->cr, decoration->bar_rgb[0], decoration->bar_rgb[1], decoration->bar_rgb[2]);
          cairo_rectangle (report->cr, decoration->bar_x, from, 2, origin + bottom - from);
          cairo_fill (report->cr);
          _dossier_report_set_ink (report);
        }
      if (first && decoration != NULL && decoration->marker != NULL)
        {
          PangoLayoutIter *marker_iter = pango_layout_get_iter (decoration->marker);
          double marker_baseline = pango_layout_iter_get_baseline (marker_iter) / (double) PANGO_SCALE;

          pango_layout_iter_free (marker_iter);
          cairo_move_to (report->cr, decoration->marker_x, origin + baseline - marker_baseline);
          pango_cairo_show_layout (report->cr, decoration->marker);
          _dossier_report_set_ink (report);
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

void
_dossier_report_flow_text (DossierReport *report,
                           const char    *font,
                           double         x,
                           double         width,
                           const char    *text)
{
  g_autoptr(PangoLayout) layout = _dossier_report_text_layout (report, font, width, text);

  _dossier_report_flow_layout (report, layout, x, NULL);
}

void
_dossier_report_flow_markup (DossierReport *report,
                             const char    *font,
                             double         x,
                             double         width,
                             const char    *markup)
{
  g_autoptr(PangoLayout) layout = _dossier_report_markup_layout (report, font, width, markup);

  _dossier_report_flow_layout (report, layout, x, NULL);
}

void
_dossier_report_rule (DossierReport *report,
                      double         x,
                      double         width,
                      double         grey)
{
  cairo_set_line_width (report->cr, 0.5);
  _dossier_report_set_rgb (report, grey, grey, grey + 0.02);
  cairo_move_to (report->cr, x, report->y);
  cairo_line_to (report->cr, x + width, report->y);
  cairo_stroke (report->cr);
  _dossier_report_set_ink (report);
}

int
_dossier_report_add_outline (DossierReport *report,
                             int            parent,
                             const char    *name,
                             gboolean       open)
{
  g_autofree char *link = g_strdup_printf ("page=%d pos=[%d %d]", report->page,
                                           (int) MARGIN, (int) MAX (report->y - 6, 0));

  return cairo_pdf_surface_add_outline (report->surface, parent, name, link,
                                        open ? CAIRO_PDF_OUTLINE_FLAG_OPEN : 0);
}

/* A part starts on a new page with its title and an outline entry. */
int
_dossier_report_begin_part (DossierReport *report,
                            const char    *title,
                            gboolean       open)
{
  g_autoptr(PangoLayout) layout = _dossier_report_text_layout (report, SANS " Bold 20", CONTENT_WIDTH, title);
  int outline;

  report->page_started = NULL;
  report->part = title;
  _dossier_report_new_page (report, TRUE);
  outline = _dossier_report_add_outline (report, CAIRO_PDF_OUTLINE_ROOT, title, open);
  _dossier_report_set_ink (report);
  _dossier_report_show_layout (report, layout, MARGIN, report->y);
  report->y += _dossier_report_layout_height (layout) + 4;
  _dossier_report_set_rgb (report, 0.21, 0.52, 0.89);
  cairo_rectangle (report->cr, MARGIN, report->y, 36, 2.5);
  cairo_fill (report->cr);
  _dossier_report_set_ink (report);
  report->y += 16;
  return outline;
}

/* Colours and words */

static void
blend (const DossierRgb *rgb,
       double            alpha,
       double           *out)
{
  out[0] = 1 - alpha * (1 - rgb->red);
  out[1] = 1 - alpha * (1 - rgb->green);
  out[2] = 1 - alpha * (1 - rgb->blue);
}

void
_dossier_report_blend_entity (DossierEntityType  type,
                              double             alpha,
                              double            *out)
{
  blend (dossier_palette_get_mark (dossier_mark_for_entity_type (type)), alpha, out);
}

void
_dossier_report_annotation_rgb (DossierColour  colour,
                                double        *out)
{
  blend (dossier_palette_get_annotation (colour), ANNOTATION_TINT, out);
}

void
_dossier_report_swatch (DossierReport *report,
                        double         x,
                        double         y,
                        double         size,
                        const double  *rgb)
{
  cairo_rectangle (report->cr, x, y, size, size);
  cairo_set_source_rgb (report->cr, rgb[0], rgb[1], rgb[2]);
  cairo_fill_preserve (report->cr);
  _dossier_report_set_rgb (report, 0.6, 0.6, 0.62);
  cairo_set_line_width (report->cr, 0.4);
  cairo_stroke (report->cr);
  _dossier_report_set_ink (report);
}

/* What a colour means: the researcher's label, else its name. */
const char *
_dossier_report_colour_label (DossierReport *report,
                              DossierColour  colour)
{
  const char *label = report->options->colour_labels[colour];

  return label != NULL && label[0] != '\0' ? label
         : dossier_colour_get_name (colour);
}

char *
_dossier_report_title_markup (DossierDocument *document)
{
  gboolean untitled = FALSE;
  g_autofree char *title = dossier_document_dup_display_title (document, &untitled);
  g_autofree char *escaped = g_markup_escape_text (title, -1);

  return untitled ? g_strdup_printf ("<i>%s</i>", escaped) : g_steal_pointer (&escaped);
}

void
_dossier_report_append_entities (DossierReport            *report,
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
