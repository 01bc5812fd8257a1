/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The report's two tables: the entity index (each person, organisation
 * and place with its other spellings, how often and where it is
 * mentioned) and the event table (each event with every sentence that
 * reports it).  Articles are referred to by number, as the JSON export
 * numbers them ("A3" is "a3"), and by the page they start on. */

#include "config.h"

#include "dossier-report-private.h"

#include "dossier-id.h"

#include <string.h>

#include <glib/gi18n-lib.h>

static const char * const entity_type_titles[3] = { N_("People"), N_("Organisations"), N_("Places") };

/* Words */

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

void
_dossier_report_write_entity_index (DossierReport *report)
{
  guint n_entities = dossier_analysis_get_n_entities (report->analysis);
  g_autofree guint *mentions = g_new0 (guint, MAX (n_entities, 1));
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (IndexEntry));
  int type = -1;

  _dossier_report_begin_part (report, _("Entity index"), FALSE);
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
    _dossier_report_flow_text (report, SERIF " 10", MARGIN, CONTENT_WIDTH,
                               _("No people, organisations or places were recognised in these articles."));
  else
    _dossier_report_flow_text (report, SERIF " 9.5", MARGIN, CONTENT_WIDTH,
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

      if (i % 64 == 0 && _dossier_report_cancelled (report))
        break;
      if ((int) record->type != type && record->type <= DOSSIER_ENTITY_PLACE)
        {
          g_autoptr(PangoLayout) heading = _dossier_report_text_layout (report, SANS " Bold 11", CONTENT_WIDTH,
                                                                        _(entity_type_titles[record->type]));
          double rgb[3];

          type = record->type;
          report->y += 10;
          _dossier_report_ensure_space (report, _dossier_report_layout_height (heading) + 40);
          _dossier_report_blend_entity (type, ENTITY_TINT * 1.4, rgb);
          _dossier_report_swatch (report, MARGIN, report->y + 3.5, 9, rgb);
          _dossier_report_show_layout (report, heading, MARGIN + 14, report->y);
          report->y += _dossier_report_layout_height (heading) + 5;
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
              g_autofree char *title = _dossier_report_title_markup (document);
              g_autofree char *number = article_number (d);
              g_string_append_printf (markup, "%s<b>%s</b> %s", shown++ > 0 ? "\n" : "", number, title);
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

      layout = _dossier_report_markup_layout (report, SERIF " 9.5", CONTENT_WIDTH - 14, markup->str);
      pango_layout_set_indent (layout, 14 * PANGO_SCALE);
      pango_layout_set_spacing (layout, 1 * PANGO_SCALE);
      _dossier_report_flow_layout (report, layout, MARGIN, NULL);
      report->y += 7;
    }
  for (guint i = 0; i < entries->len; i++)
    g_free (g_array_index (entries, IndexEntry, i).sort_key);
}

/* The event table */

#define DATE_COLUMN 74

static void
draw_table_header (DossierReport *report)
{
  /* Translators: the heads of the event table's two columns. */
  g_autoptr(PangoLayout) date = _dossier_report_text_layout (report, SANS " Bold 8", DATE_COLUMN - 8, C_("event table", "Date"));
  g_autoptr(PangoLayout) event = _dossier_report_text_layout (report, SANS " Bold 8", CONTENT_WIDTH - DATE_COLUMN,
                                                              C_("event table", "Event and the sentences that report it"));
  double height = _dossier_report_layout_height (date) + 8;

  _dossier_report_set_rgb (report, 0.92, 0.93, 0.95);
  cairo_rectangle (report->cr, MARGIN, report->y, CONTENT_WIDTH, height);
  cairo_fill (report->cr);
  _dossier_report_set_ink (report);
  _dossier_report_show_layout (report, date, MARGIN + 4, report->y + 4);
  _dossier_report_show_layout (report, event, MARGIN + DATE_COLUMN, report->y + 4);
  report->y += height + 6;
}

void
_dossier_report_write_event_table (DossierReport *report)
{
  GArray *events = report->events;
  const double x = MARGIN + DATE_COLUMN, width = CONTENT_WIDTH - DATE_COLUMN;

  _dossier_report_begin_part (report, _("Event table"), FALSE);
  if (events->len == 0)
    {
      _dossier_report_flow_text (report, SERIF " 10", MARGIN, CONTENT_WIDTH,
                                 _("No dated events were found in these articles."));
      return;
    }
  _dossier_report_flow_text (report, SERIF " 9.5", MARGIN, CONTENT_WIDTH,
                             _("Every event with every sentence that reports it, in date order. The words that date a sentence "
                               "are in bold; a sentence without them was matched to the event by what it says."));
  report->y += 10;
  draw_table_header (report);
  report->page_started = (DossierReportPageStarted) draw_table_header;

  for (guint i = 0; i < events->len; i++)
    {
      DossierReportEvent *event = &g_array_index (events, DossierReportEvent, i);
      const DossierEventRecord *record = event->record;
      g_autofree char *date = dossier_date_format_readable (&record->date);
      g_autofree char *summary_markup = NULL;
      g_autoptr(PangoLayout) date_layout = NULL;
      g_autoptr(PangoLayout) summary = NULL;
      g_autoptr(GString) details = g_string_new (NULL);
      double top;

      if (i % 32 == 0 && _dossier_report_cancelled (report))
        break;
      {
        g_autofree char *escaped = g_markup_escape_text (record->summary, -1);
        summary_markup = g_strdup_printf ("<span foreground='#3584e4'>%u</span>  %s", event->number, escaped);
      }
      summary = _dossier_report_markup_layout (report, SERIF " Bold 9.5", width, summary_markup);
      date_layout = _dossier_report_text_layout (report, SANS " 8", DATE_COLUMN - 10, date);
      _dossier_report_ensure_space (report, _dossier_report_first_lines_height (summary, 2) + 30);
      top = report->y;
      _dossier_report_show_layout (report, date_layout, MARGIN + 4, top + 1);
      _dossier_report_flow_layout (report, summary, x, NULL);
      {
        g_autoptr(GPtrArray) documents = g_ptr_array_new ();
        g_autoptr(GPtrArray) outlets = NULL;
        guint n_outlets = 0, n_articles;
        g_autofree char *articles = NULL;
        g_autofree char *outlet_count = NULL;

        for (guint d = 0; d < report->n_documents; d++)
          g_ptr_array_add (documents, dossier_analysis_get_document (report->analysis, d));
        outlets = dossier_event_record_dup_outlets (record, documents, report->included, &n_outlets);
        n_articles = dossier_event_record_count_articles (record, report->included);
        /* Translators: how many articles report an event, in the event table. */
        articles = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u article", "%u articles", n_articles), n_articles);
        /* Translators: how many outlets report an event, in the event table. */
        outlet_count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u outlet", "%u outlets", n_outlets),
                                        n_outlets);
        /* Translators: under an event in the event table: how precise its
         * date is ("day", "week", …) and how many sentences report it. */
        g_string_append_printf (details, g_dngettext (GETTEXT_PACKAGE, "%s, %u source", "%s, %u sources",
                                                      event->n_sources),
                                precision_word (record->date.precision), event->n_sources);
        /* Translators: after "day, 6 sources" in the event table: the
         * distinct articles and outlets, e.g. " · 5 articles, 4 outlets". */
        g_string_append_printf (details, _(" · %s, %s"), articles, outlet_count);
        for (guint o = 0; o < outlets->len; o++)
          {
            g_autofree char *escaped = g_markup_escape_text (g_ptr_array_index (outlets, o), -1);
            g_string_append_printf (details, "%s%s%s", o == 0 ? " (" : ", ", escaped, o + 1 == outlets->len ? ")" : "");
          }
      }
      _dossier_report_append_entities (report, details, record);
      _dossier_report_set_grey (report);
      _dossier_report_flow_markup (report, SANS " 7.5", x, width, details->str);
      _dossier_report_set_ink (report);
      report->y += 3;

      for (guint s = 0; s < record->sources->len; s++)
        {
          const DossierEventSource *source = &g_array_index (record->sources, DossierEventSource, s);
          DossierDocument *document;
          DossierParagraph *paragraph;
          g_autoptr(GString) header = g_string_new (NULL);
          g_autoptr(PangoLayout) sentence = NULL;
          PangoAttrList *attributes;
          DossierReportDecoration decoration = { NULL, 0, x + 2, { 0.80, 0.84, 0.90 } };

          if (source->document >= report->n_documents || !report->included[source->document])
            continue;
          document = dossier_analysis_get_document (report->analysis, source->document);
          if (source->paragraph >= document->paragraphs->len)
            continue;
          paragraph = g_ptr_array_index (document->paragraphs, source->paragraph);
          if (source->end > paragraph->len || source->start >= source->end)
            continue;
          {
            g_autofree char *title = _dossier_report_title_markup (document);
            g_autofree char *number = article_number (source->document);

            g_string_append_printf (header, "<b>%s</b> · ", number);
            if (document->outlet != NULL)
              {
                g_autofree char *outlet = g_markup_escape_text (document->outlet, -1);
                g_string_append_printf (header, "%s — ", outlet);
              }
            g_string_append (header, title);
            if (report->article_pages[source->document] > 0)
              {
                g_autofree char *page = page_reference (report->article_pages[source->document]);
                g_string_append_printf (header, ", %s", page);
              }
          }
          sentence = _dossier_report_new_layout (report, SERIF " 8.5", width - 10);
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
          _dossier_report_set_grey (report);
          {
            g_autoptr(PangoLayout) header_layout = _dossier_report_markup_layout (report, SANS " 7", width - 10, header->str);
            _dossier_report_ensure_space (report, _dossier_report_layout_height (header_layout) +
                                                  _dossier_report_first_lines_height (sentence, 2));
            _dossier_report_flow_layout (report, header_layout, x + 8, NULL);
          }
          _dossier_report_set_ink (report);
          report->y += 1;
          _dossier_report_flow_layout (report, sentence, x + 8, &decoration);
        }
      report->y += 7;
      _dossier_report_rule (report, MARGIN, CONTENT_WIDTH, 0.85);
      report->y += 7;
    }
  report->page_started = NULL;
}
