/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The articles part: each article's headline, outlet, author, date and
 * where the date came from, then its text with the entities tinted and
 * the researcher's annotations highlighted, each note below the paragraph
 * its words end in; without the text, only the annotated words and their
 * notes.  Annotations whose words are gone are listed in a part of their
 * own. */

#include "config.h"

#include "dossier-report-private.h"

#include "dossier-code-points.h"
#include "dossier-id.h"

#include <string.h>

#include <glib/gi18n-lib.h>

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

/* Words */

/* A quotation in the language's quotation marks. */
static char *
quoted (const char *text)
{
  /* Translators: quotation marks around words quoted from an article. */
  return g_strdup_printf (C_("quotation", "“%s”"), text);
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
    case DOSSIER_DATE_SOURCE_ADDRESS:
      return _("date from the page's address");
    case DOSSIER_DATE_SOURCE_NONE:
    default:
      return _("no publication date found");
    }
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

static const char *
annotation_label (DossierReport     *report,
                  DossierAnnotation *annotation)
{
  return _dossier_report_colour_label (report, dossier_annotation_get_colour (annotation));
}

/* Annotations in their paragraphs */

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

/* Where each annotation of @document is: paragraphs and code points.
 * Offsets are of the article text (paragraphs joined by "\n"); one that
 * no longer fits the text is an orphan. */
static GArray *
place_annotations (DossierReport   *report,
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
shift (GArray   *insertions,
       gsize     offset,
       gboolean  is_end)
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
  DossierColour colour;
  double rgb[3];  /* the annotation's colour on paper */
} ByteRange;

static int
compare_offsets (gconstpointer a,
                 gconstpointer b)
{
  gsize x = *(const gsize *) a, y = *(const gsize *) b;

  return x < y ? -1 : x > y;
}

/* An entity's tint over [start, end): over the page outside the annotated
 * ranges, and over the researcher's colour inside one (the two multiplied,
 * as tints laid on paper are), so that a name still shows as a name in a
 * highlight and the highlight still shows as the researcher's. */
static void
add_entity_tint (PangoAttrList *attributes,
                 GArray        *insertions,
                 GArray        *annotated,
                 const double  *rgb,
                 gsize          start,
                 gsize          end)
{
  g_autoptr(GArray) cuts = g_array_new (FALSE, FALSE, sizeof (gsize));

  g_array_append_val (cuts, start);
  g_array_append_val (cuts, end);
  for (guint i = 0; i < annotated->len; i++)
    {
      ByteRange *range = &g_array_index (annotated, ByteRange, i);

      if (range->start > start && range->start < end)
        g_array_append_val (cuts, range->start);
      if (range->end > start && range->end < end)
        g_array_append_val (cuts, range->end);
    }
  g_array_sort (cuts, compare_offsets);
  for (guint c = 0; c + 1 < cuts->len; c++)
    {
      gsize from = g_array_index (cuts, gsize, c), to = g_array_index (cuts, gsize, c + 1);
      double shown[3] = { rgb[0], rgb[1], rgb[2] };

      if (from == to)
        continue;
      for (guint i = 0; i < annotated->len; i++)
        {
          ByteRange *range = &g_array_index (annotated, ByteRange, i);

          if (range->start <= from && to <= range->end)
            for (guint k = 0; k < 3; k++)
              shown[k] = rgb[k] * range->rgb[k];
        }
      pango_attr_list_insert (attributes, background_attribute (shown, shift (insertions, from, FALSE),
                                                                shift (insertions, to, TRUE)));
    }
}

/* Drawing */

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
write_note (DossierReport *report,
            Placed        *place,
            double         x)
{
  DossierAnnotation *annotation = place->annotation;
  g_autoptr(GString) markup = g_string_new (NULL);
  g_autoptr(PangoLayout) layout = NULL;
  g_autoptr(PangoLayout) marker = NULL;
  g_autofree char *number = g_strdup_printf ("%u", place->number);
  g_autofree char *label = g_markup_escape_text (annotation_label (report, annotation), -1);
  DossierReportDecoration decoration = { NULL, 0, -1, { 0, 0, 0 } };
  double rgb[3];

  g_string_append_printf (markup, "<span foreground='#5e5c64' weight='bold'>%s</span>", label);
  append_note_and_tags (markup, annotation, "  ");
  layout = _dossier_report_markup_layout (report, SANS " 8", CONTENT_WIDTH - (x - MARGIN) - 22, markup->str);
  marker = _dossier_report_text_layout (report, SANS " Bold 7.5", -1, number);
  _dossier_report_annotation_rgb (dossier_annotation_get_colour (annotation), rgb);
  decoration.marker = marker;
  decoration.marker_x = x + 6;
  decoration.bar_x = x;
  for (guint c = 0; c < 3; c++)
    decoration.bar_rgb[c] = rgb[c] * 0.8;
  report->y += 2;
  _dossier_report_flow_layout (report, layout, x + 20, &decoration);
}

/* The notes of the annotations that end in paragraph @paragraph_index. */
static void
write_notes (DossierReport *report,
             GArray        *placed,
             guint          paragraph_index,
             double         x)
{
  for (guint i = 0; i < placed->len; i++)
    {
      Placed *place = &g_array_index (placed, Placed, i);

      if (place->last_paragraph == paragraph_index)
        write_note (report, place, x);
    }
}

static void
write_paragraph (DossierReport   *report,
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
  DossierReportDecoration decoration = { NULL, 0, -1, { 0.75, 0.75, 0.78 } };
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
      range.colour = dossier_annotation_get_colour (place->annotation);
      _dossier_report_annotation_rgb (range.colour, range.rgb);
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
      const char *note = dossier_annotation_get_note (place->annotation);
      /* The note's number, with a pencil when the highlight carries a
       * note (the number alone leads to its meaning and tags). */
      g_autofree char *number = g_strdup_printf ("%s%u%s", i > 0 && g_array_index (insertions, Insertion, i - 1).at == insertion->at ? "," : "",
                                                 place->number, note != NULL && note[0] != '\0' ? "✎" : "");
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

  /* The researcher's colours, with a line of its strong shade below, then
   * the entity tints in them and around them (an attribute that starts
   * later is the one that shows). */
  for (guint i = 0; i < annotated->len; i++)
    {
      ByteRange *range = &g_array_index (annotated, ByteRange, i);
      const DossierRgb *strong = dossier_palette_get_annotation_strong (range->colour);
      PangoAttribute *attribute;
      guint start = shift (insertions, range->start, FALSE), end = shift (insertions, range->end, TRUE);

      pango_attr_list_insert (attributes, background_attribute (range->rgb, start, end));
      attribute = pango_attr_underline_new (PANGO_UNDERLINE_SINGLE);
      attribute->start_index = start;
      attribute->end_index = end;
      pango_attr_list_insert (attributes, attribute);
      attribute = pango_attr_underline_color_new (strong->red * 65535, strong->green * 65535, strong->blue * 65535);
      attribute->start_index = start;
      attribute->end_index = end;
      pango_attr_list_insert (attributes, attribute);
    }
  for (; *mention < document->mentions->len; (*mention)++)
    {
      DossierMention *m = &g_array_index (document->mentions, DossierMention, *mention);
      double rgb[3];

      if (m->paragraph > index)
        break;
      if (m->paragraph < index || !(options->contents & DOSSIER_EXPORT_HIGHLIGHTS) ||
          m->entity < 0 || m->type > DOSSIER_ENTITY_PLACE || m->end > paragraph->len || m->start >= m->end)
        continue;
      _dossier_report_blend_entity (m->type, ENTITY_TINT, rgb);
      add_entity_tint (attributes, insertions, annotated, rgb, m->start, m->end);
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
      bullet = _dossier_report_text_layout (report, SERIF " 9.5", -1, "•");
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
  layout = _dossier_report_new_layout (report, font, width);
  pango_layout_set_text (layout, text->str, text->len);
  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);
  pango_layout_set_spacing (layout, 2.2 * PANGO_SCALE);
  if (paragraph->kind == DOSSIER_PARAGRAPH_HEADING)
    /* A heading stays with the first lines of what follows it. */
    _dossier_report_ensure_space (report, _dossier_report_layout_height (layout) + 30);
  _dossier_report_flow_layout (report, layout, x, &decoration);
  if (paragraph->attribution != NULL)
    {
      g_autofree char *line = g_strdup_printf ("— %s", paragraph->attribution);
      report->y += 2;
      _dossier_report_flow_text (report, SANS " 8", x, width, line);
    }
  if (placed->len > 0)
    write_notes (report, placed, index, x);
  report->y += paragraph->kind == DOSSIER_PARAGRAPH_LIST_ITEM ? 3 : 7;
}

/* With the text left out: the annotated words quoted, with their notes. */
static void
write_annotation_quotes (DossierReport   *report,
                         DossierDocument *document,
                         GArray          *placed)
{
  for (guint i = 0; i < placed->len; i++)
    {
      Placed *place = &g_array_index (placed, Placed, i);
      const DossierAnchor *anchor = dossier_annotation_get_anchor (place->annotation);
      g_autofree char *quote = quoted (anchor->exact != NULL ? anchor->exact : "");
      g_autoptr(PangoLayout) layout = _dossier_report_text_layout (report, SERIF " Italic 9.5", CONTENT_WIDTH - 20, quote);
      PangoAttrList *attributes = pango_attr_list_new ();
      DossierReportDecoration decoration = { NULL, 0, -1, { 0, 0, 0 } };
      double rgb[3];

      _dossier_report_annotation_rgb (dossier_annotation_get_colour (place->annotation), rgb);
      pango_attr_list_insert (attributes, background_attribute (rgb, 0, strlen (quote)));
      pango_layout_set_attributes (layout, attributes);
      pango_attr_list_unref (attributes);
      pango_layout_set_spacing (layout, 2 * PANGO_SCALE);
      _dossier_report_flow_layout (report, layout, MARGIN + 20, &decoration);
      /* The note below it. */
      write_note (report, place, MARGIN);
      report->y += 8;
    }
}

static void
write_article (DossierReport *report,
               guint          index)
{
  const DossierExportOptions *options = report->options;
  DossierDocument *document = dossier_analysis_get_document (report->analysis, index);
  gboolean untitled = FALSE;
  g_autofree char *title = dossier_document_dup_display_title (document, &untitled);
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
    _dossier_report_new_page (report, TRUE);
  else
    report->y += 18;
  report->first_article = FALSE;
  report->article_pages[index] = report->page;
  outline = g_strdup_printf ("%u. %s%s%s", dossier_id_number (index), title,
                             untitled && document->outlet != NULL ? " — " : "",
                             untitled && document->outlet != NULL ? document->outlet : "");
  _dossier_report_add_outline (report, report->articles_outline, outline, FALSE);

  kicker = _dossier_report_text_layout (report, SANS " Bold 7.5", CONTENT_WIDTH, label);
  _dossier_report_set_rgb (report, 0.21, 0.52, 0.89);
  _dossier_report_show_layout (report, kicker, MARGIN, report->y);
  report->y += _dossier_report_layout_height (kicker) + 3;
  _dossier_report_set_ink (report);
  /* A title made of the lead's words is set in italics, as everywhere. */
  heading = _dossier_report_text_layout (report, untitled ? SERIF " Bold Italic 16" : SERIF " Bold 16",
                                         CONTENT_WIDTH, title);
  pango_layout_set_spacing (heading, 1 * PANGO_SCALE);
  _dossier_report_flow_layout (report, heading, MARGIN, NULL);
  _dossier_report_set_ink (report);
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
  _dossier_report_flow_text (report, SANS " 9", MARGIN, CONTENT_WIDTH, meta->str);

  g_string_append (provenance, date_source_phrase (document->published_from));
  if (document->published_evidence != NULL && document->published_from != DOSSIER_DATE_SOURCE_INFERRED &&
      document->published_from != DOSSIER_DATE_SOURCE_ADDRESS)
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
  if (document->address != NULL)
    g_string_append_printf (provenance, " · %s", document->address);
  provenance->str[0] = g_ascii_toupper (provenance->str[0]);
  _dossier_report_set_grey (report);
  _dossier_report_flow_text (report, SANS " 7.5", MARGIN, CONTENT_WIDTH, provenance->str);
  _dossier_report_set_ink (report);
  report->y += 6;
  _dossier_report_rule (report, MARGIN, CONTENT_WIDTH, 0.8);
  report->y += 10;

  if (!with_text)
    {
      write_annotation_quotes (report, document, placed);
      return;
    }
  if (document->paragraphs->len == 0)
    _dossier_report_flow_text (report, SERIF " Italic 9.5", MARGIN, CONTENT_WIDTH, _("No text was kept from this page."));
  for (guint p = 0; p < document->paragraphs->len; p++)
    write_paragraph (report, document, p, &mention, placed);
}

void
_dossier_report_write_orphans (DossierReport *report)
{
  _dossier_report_begin_part (report, _("Orphaned annotations"), FALSE);
  _dossier_report_flow_text (report, SERIF " 9.5", MARGIN, CONTENT_WIDTH,
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
      DossierReportDecoration decoration = { NULL, 0, MARGIN, { 0, 0, 0 } };
      double rgb[3];

      if (index >= 0 && (guint) index < report->n_documents)
        {
          DossierDocument *document = dossier_analysis_get_document (report->analysis, index);
          g_autofree char *title = _dossier_report_title_markup (document);
          /* Translators: above an orphaned annotation: the number of its
           * article and the article's headline (marked up). */
          g_autofree char *line = g_strdup_printf (_("Article %d · %s"), (int) dossier_id_number (index), title);
          g_string_append_printf (markup, "<span size='8pt' foreground='#707075'>%s</span>\n", line);
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
      layout = _dossier_report_markup_layout (report, SERIF " 9", CONTENT_WIDTH - 12, markup->str);
      pango_layout_set_spacing (layout, 1.5 * PANGO_SCALE);
      _dossier_report_annotation_rgb (dossier_annotation_get_colour (annotation), rgb);
      for (guint c = 0; c < 3; c++)
        decoration.bar_rgb[c] = rgb[c] * 0.8;
      _dossier_report_flow_layout (report, layout, MARGIN + 12, &decoration);
      report->y += 10;
    }
}

void
_dossier_report_write_articles (DossierReport *report)
{
  const DossierExportOptions *options = report->options;
  gboolean with_text = (options->contents & DOSSIER_EXPORT_TEXT) != 0;

  report->articles_outline = _dossier_report_begin_part (report, with_text ? _("Articles") : _("Annotations"), TRUE);
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
    _dossier_report_flow_text (report, SERIF " 9.5", MARGIN, CONTENT_WIDTH, intro);
  }
  report->first_article = TRUE;
  for (guint d = 0; d < report->n_documents; d++)
    {
      if (!report->included[d])
        continue;
      if (_dossier_report_cancelled (report))
        return;
      write_article (report, d);
      _dossier_report_step_done (report);
    }
}
