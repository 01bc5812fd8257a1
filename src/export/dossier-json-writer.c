/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "config.h"

#include "dossier-json-writer.h"

#include "dossier-annotation-writer.h"
#include "dossier-code-points.h"
#include "dossier-event-corrections.h"
#include "dossier-headline-names.h"
#include "dossier-id.h"
#include "dossier-json-stream.h"

#include <string.h>

/* Member names are literals: their length is known when compiling. */
#define set_member(builder, name) \
  dossier_json_stream_set_member_name_len ((builder), "" name "", sizeof (name) - 1)

/* A member that is a string or null, named by a literal. */
#define add_string_or_null(builder, name, value) \
  add_named_string_or_null ((builder), "" name "", sizeof (name) - 1, (value))

/* A member that is an entity's id, or null for no entity (@index < 0). */
#define add_entity_or_null(builder, name, index) \
  add_named_entity_or_null ((builder), "" name "", sizeof (name) - 1, (index))

/* A member that is an array of the strings in a GPtrArray. */
#define add_strings(builder, name, strings) \
  add_named_strings ((builder), "" name "", sizeof (name) - 1, (strings))

static void
add_named_string_or_null (DossierJsonStream *builder,
                          const char        *name,
                          gsize              name_len,
                          const char        *value)
{
  dossier_json_stream_set_member_name_len (builder, name, name_len);
  if (value != NULL)
    dossier_json_stream_add_string_value (builder, value);
  else
    dossier_json_stream_add_null_value (builder);
}

static void
add_named_strings (DossierJsonStream *builder,
                   const char        *name,
                   gsize              name_len,
                   GPtrArray         *strings)
{
  dossier_json_stream_set_member_name_len (builder, name, name_len);
  dossier_json_stream_begin_array (builder);
  for (guint i = 0; i < strings->len; i++)
    dossier_json_stream_add_string_value (builder, g_ptr_array_index (strings, i));
  dossier_json_stream_end_array (builder);
}

static void
add_lines (DossierJsonStream *builder,
           guint        first,
           guint        last)
{
  if (first == 0)
    return;
  set_member (builder, "lines");
  dossier_json_stream_begin_array (builder);
  dossier_json_stream_add_int_value (builder, first);
  dossier_json_stream_add_int_value (builder, last);
  dossier_json_stream_end_array (builder);
}

static void
add_span (DossierJsonStream      *builder,
          DossierCodePointCursor *cursor,
          const DossierParagraph *paragraph,
          guint                   paragraph_index,
          gsize                   start,
          gsize                   end)
{
  set_member (builder, "paragraph");
  dossier_json_stream_add_int_value (builder, paragraph_index);
  set_member (builder, "start");
  dossier_json_stream_add_int_value (builder, dossier_code_points (cursor, paragraph, start));
  set_member (builder, "end");
  dossier_json_stream_add_int_value (builder, dossier_code_points (cursor, paragraph, end));
  set_member (builder, "text");
  dossier_json_stream_add_string_len (builder, paragraph->text + start, end - start);
}

static const char *
entity_id (int   index,
           char *buffer)
{
  return index >= 0 ? dossier_id_format (buffer, DOSSIER_ID_ENTITY, (guint) index) : NULL;
}

static void
add_named_entity_or_null (DossierJsonStream *builder,
                          const char        *name,
                          gsize              name_len,
                          int                index)
{
  char buffer[DOSSIER_ID_SIZE];

  add_named_string_or_null (builder, name, name_len, entity_id (index, buffer));
}

static void
build_entity (DossierJsonStream          *builder,
              DossierAnalysis            *analysis,
              guint                       index,
              guint                       offset,
              const DossierExportOptions *scope)
{
  const DossierEntityRecord *entity = dossier_analysis_get_entity (analysis, index);
  char id_buffer[DOSSIER_ID_SIZE];
  const char *id = entity_id (index, id_buffer);

  dossier_json_stream_begin_object (builder);
  set_member (builder, "id");
  dossier_json_stream_add_string_value (builder, id);
  set_member (builder, "name");
  dossier_json_stream_add_string_value (builder, entity->name);
  set_member (builder, "type");
  dossier_json_stream_add_string_value (builder, dossier_entity_type_to_string (entity->type));
  add_strings (builder, "aliases", entity->aliases);
  set_member (builder, "articles");
  dossier_json_stream_begin_array (builder);
  for (guint d = 0; d < entity->documents->len; d++)
    {
      char article[DOSSIER_ID_SIZE];

      if (scope != NULL && !dossier_export_options_includes (scope, g_array_index (entity->documents, guint, d)))
        continue;
      dossier_id_format (article, DOSSIER_ID_ARTICLE, g_array_index (entity->documents, guint, d) + offset);
      dossier_json_stream_add_string_value (builder, article);
    }
  dossier_json_stream_end_array (builder);
  set_member (builder, "mentions");
  dossier_json_stream_add_int_value (builder, entity->mentions);
  /* Spellings merged as probably the same person: shown, so that the
   * researcher can split them off. */
  if (entity->probably_same != NULL)
    add_strings (builder, "probably_same", entity->probably_same);
  dossier_json_stream_end_object (builder);
}

/* Why the event's sources are one event: each join, between two of the
 * written sources (by their index in "sources"), with its reasons. */
static void
add_links (DossierJsonStream        *builder,
           const DossierEventRecord *event,
           const int                *source_numbers)
{
  set_member (builder, "links");
  dossier_json_stream_begin_array (builder);
  for (guint k = 0; event->links != NULL && k < event->links->len; k++)
    {
      const DossierEventLink *link = &g_array_index (event->links, DossierEventLink, k);

      if (source_numbers[link->source_a] < 0 || source_numbers[link->source_b] < 0)
        continue;
      dossier_json_stream_begin_object (builder);
      set_member (builder, "sources");
      dossier_json_stream_begin_array (builder);
      dossier_json_stream_add_int_value (builder, source_numbers[link->source_a]);
      dossier_json_stream_add_int_value (builder, source_numbers[link->source_b]);
      dossier_json_stream_end_array (builder);
      set_member (builder, "because");
      dossier_json_stream_begin_array (builder);
      for (guint bit = 1; bit <= DOSSIER_LINK_LAST; bit <<= 1)
        if (link->reasons & bit)
          dossier_json_stream_add_string_value (builder, dossier_link_reason_to_string (bit));
      dossier_json_stream_end_array (builder);
      set_member (builder, "similarity");
      dossier_json_stream_add_fraction_value (builder, link->similarity);
      if (link->reasons & DOSSIER_LINK_PARTICIPANTS)
        {
          set_member (builder, "participants");
          dossier_json_stream_begin_array (builder);
          for (guint e = 0; e < DOSSIER_LINK_MAX_ENTITIES && link->entities[e] >= 0; e++)
            {
              char entity_buffer[DOSSIER_ID_SIZE];
              dossier_json_stream_add_string_value (builder, entity_id (link->entities[e], entity_buffer));
            }
          dossier_json_stream_end_array (builder);
        }
      if (link->action_a != NULL && link->action_b != NULL)
        {
          set_member (builder, "action");
          dossier_json_stream_begin_array (builder);
          dossier_json_stream_add_string_value (builder, link->action_a);
          dossier_json_stream_add_string_value (builder, link->action_b);
          dossier_json_stream_end_array (builder);
        }
      dossier_json_stream_end_object (builder);
    }
  dossier_json_stream_end_array (builder);
}

/* @documents: the analysis's articles; @included: which of them the
 * export's scope holds, or NULL for all. */
static void
build_event (DossierJsonStream          *builder,
             DossierCodePointCursor     *cursor,
             DossierAnalysis            *analysis,
             GPtrArray                  *documents,
             const gboolean             *included,
             guint                       index,
             guint                       offset,
             const DossierExportOptions *scope)
{
  const DossierEventRecord *event = dossier_analysis_get_event (analysis, index);
  char id[DOSSIER_ID_SIZE];
  g_autofree char *date = dossier_date_to_iso (&event->date);
  g_autoptr(GPtrArray) outlets = NULL;
  g_autofree int *source_numbers = g_new (int, MAX (event->sources->len, 1));
  guint n_outlets = 0, n_written = 0;

  outlets = dossier_event_record_dup_outlets (event, documents, included, &n_outlets);

  dossier_id_format (id, DOSSIER_ID_EVENT, index);
  dossier_json_stream_begin_object (builder);
  set_member (builder, "id");
  dossier_json_stream_add_string_value (builder, id);
  add_string_or_null (builder, "date", date);
  set_member (builder, "precision");
  dossier_json_stream_add_string_value (builder, dossier_precision_to_string (event->date.precision));
  set_member (builder, "summary");
  dossier_json_stream_add_string_value (builder, event->summary);
  set_member (builder, "entities");
  dossier_json_stream_begin_array (builder);
  for (guint e = 0; e < event->entities->len; e++)
    {
      char entity_buffer[DOSSIER_ID_SIZE];
      const char *entity = entity_id (g_array_index (event->entities, int, e), entity_buffer);
      if (entity != NULL)
        dossier_json_stream_add_string_value (builder, entity);
    }
  dossier_json_stream_end_array (builder);
  /* Corroboration: distinct articles and outlets, not sentences. */
  set_member (builder, "articles");
  dossier_json_stream_add_int_value (builder, dossier_event_record_count_articles (event, included));
  set_member (builder, "outlet_count");
  dossier_json_stream_add_int_value (builder, n_outlets);
  add_strings (builder, "outlets", outlets);
  set_member (builder, "sources");
  dossier_json_stream_begin_array (builder);
  for (guint s = 0; s < event->sources->len; s++)
    {
      const DossierEventSource *source = &g_array_index (event->sources, DossierEventSource, s);
      DossierDocument *document = dossier_analysis_get_document (analysis, source->document);
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, source->paragraph);
      char article[DOSSIER_ID_SIZE];

      source_numbers[s] = -1;
      if (scope != NULL && !dossier_export_options_includes (scope, source->document))
        continue;
      source_numbers[s] = n_written++;
      dossier_id_format (article, DOSSIER_ID_ARTICLE, source->document + offset);
      dossier_json_stream_begin_object (builder);
      set_member (builder, "article");
      dossier_json_stream_add_string_value (builder, article);
      add_span (builder, cursor, paragraph, source->paragraph, source->start, source->end);
      /* How the sentence is tied to the date: by a date expression of its
       * own, or by what it says (an undated report of the same thing). */
      set_member (builder, "dated_by");
      if (source->date_end > source->date_start)
        dossier_json_stream_add_string_len (builder, paragraph->text + source->date_start,
                                            source->date_end - source->date_start);
      else
        dossier_json_stream_add_null_value (builder);
      set_member (builder, "dating");
      dossier_json_stream_add_string_value (builder, dossier_source_dating_to_string (source->dating));
      dossier_json_stream_end_object (builder);
    }
  dossier_json_stream_end_array (builder);
  add_links (builder, event, source_numbers);
  /* What the researcher corrected, when anything. */
  if (event->corrected != 0)
    {
      static const struct { DossierEventCorrected flag; const char *name; } flags[] = {
        { DOSSIER_EVENT_RETITLED, "title" },
        { DOSSIER_EVENT_REDATED, "date" },
        { DOSSIER_EVENT_MERGED, "merged" },
        { DOSSIER_EVENT_SPLIT, "split" },
        { DOSSIER_EVENT_MADE, "made" },
      };

      set_member (builder, "corrected");
      dossier_json_stream_begin_array (builder);
      for (guint f = 0; f < G_N_ELEMENTS (flags); f++)
        if (event->corrected & flags[f].flag)
          dossier_json_stream_add_string_value (builder, flags[f].name);
      dossier_json_stream_end_array (builder);
    }
  dossier_json_stream_end_object (builder);
}

char *
dossier_json_published (const DossierDocument *document)
{
  char *published;

  g_return_val_if_fail (document != NULL, NULL);

  published = dossier_date_to_iso (&document->published);
  if (published != NULL && document->published.precision == DOSSIER_PRECISION_MINUTE)
    published[10] = '\0';
  return published;
}

char *
dossier_json_published_time (const DossierDocument *document)
{
  g_return_val_if_fail (document != NULL, NULL);

  if (document->published.precision != DOSSIER_PRECISION_MINUTE)
    return NULL;
  return g_strdup_printf ("%02d:%02d", document->published.hour, document->published.minute);
}

static gboolean
entity_in_scope (const DossierEntityRecord  *entity,
                 const DossierExportOptions *options)
{
  for (guint d = 0; d < entity->documents->len; d++)
    if (dossier_export_options_includes (options, g_array_index (entity->documents, guint, d)))
      return TRUE;
  return FALSE;
}

static gboolean
event_in_scope (const DossierEventRecord   *event,
                const DossierExportOptions *options)
{
  for (guint s = 0; s < event->sources->len; s++)
    if (dossier_export_options_includes (options, g_array_index (event->sources, DossierEventSource, s).document))
      return TRUE;
  return FALSE;
}

/* The "entities" and "events" lists: all of them, or with a @scope, those
 * its articles mention or report, each with only the sources in it. */
static void
add_entities_and_events (DossierJsonStream          *builder,
                         DossierAnalysis            *analysis,
                         guint                       offset,
                         const DossierExportOptions *scope)
{
  /* One cursor for all events: a long paragraph is measured once, not
   * once per event that cites it. */
  DossierCodePointCursor cursor = DOSSIER_CODE_POINT_CURSOR_INIT;
  g_autoptr(GPtrArray) documents = g_ptr_array_new ();
  g_autofree gboolean *included = NULL;

  for (guint d = 0; d < dossier_analysis_get_n_documents (analysis); d++)
    g_ptr_array_add (documents, dossier_analysis_get_document (analysis, d));
  if (scope != NULL)
    {
      included = g_new0 (gboolean, MAX (documents->len, 1));
      for (guint d = 0; d < documents->len; d++)
        included[d] = dossier_export_options_includes (scope, d);
    }

  set_member (builder, "entities");
  dossier_json_stream_begin_array (builder);
  for (guint e = 0; e < dossier_analysis_get_n_entities (analysis); e++)
    if (scope == NULL || entity_in_scope (dossier_analysis_get_entity (analysis, e), scope))
      {
        build_entity (builder, analysis, e, offset, scope);
        dossier_json_stream_pass_on (builder);
      }
  dossier_json_stream_end_array (builder);

  set_member (builder, "events");
  dossier_json_stream_begin_array (builder);
  /* An event the researcher hid is no event of the dossier's. */
  for (guint v = 0; v < dossier_analysis_get_n_events (analysis); v++)
    if (!dossier_analysis_get_event (analysis, v)->hidden &&
        (scope == NULL || event_in_scope (dossier_analysis_get_event (analysis, v), scope)))
      {
        build_event (builder, &cursor, analysis, documents, included, v, offset, scope);
        dossier_json_stream_pass_on (builder);
      }
  dossier_json_stream_end_array (builder);
}

/* Opens the whole document's object: { "schema", "generator", … */
static void
begin_document (DossierJsonStream *builder)
{
  dossier_json_stream_begin_object (builder);
  set_member (builder, "schema");
  dossier_json_stream_add_int_value (builder, DOSSIER_JSON_SCHEMA);
  set_member (builder, "generator");
  dossier_json_stream_add_string_value (builder, "dossier " PACKAGE_VERSION);
}

/* Opens an article's object and writes what was read of it: its metadata,
 * paragraphs (with their sentences once @analysed), what the cleaner
 * removed and the captions. */
static void
begin_article (DossierJsonStream      *builder,
               DossierDocument        *document,
               guint                   index,
               gboolean                analysed,
               DossierCodePointCursor *cursor)
{
  char id[DOSSIER_ID_SIZE];
  g_autofree char *published = dossier_json_published (document);
  g_autofree char *time = dossier_json_published_time (document);

  dossier_id_format (id, DOSSIER_ID_ARTICLE, index);

  dossier_json_stream_begin_object (builder);
  set_member (builder, "id");
  dossier_json_stream_add_string_value (builder, id);
  add_string_or_null (builder, "file", document->source);
  set_member (builder, "format");
  dossier_json_stream_add_string_value (builder, document->is_html ? "html" : "text");
  set_member (builder, "encoding");
  dossier_json_stream_add_string_value (builder, document->encoding);
  /* Only where it is so: an article the cleaner told apart has no such
   * member. */
  if (document->uncleaned)
    {
      set_member (builder, "uncleaned");
      dossier_json_stream_add_boolean_value (builder, TRUE);
    }
  add_string_or_null (builder, "title", document->title);
  add_string_or_null (builder, "outlet", document->outlet);
  add_string_or_null (builder, "outlet_evidence", document->outlet_evidence);
  add_string_or_null (builder, "address", document->address);
  add_string_or_null (builder, "author", document->author);
  add_string_or_null (builder, "published", published);
  add_string_or_null (builder, "published_from", dossier_date_source_to_string (document->published_from));
  add_string_or_null (builder, "published_evidence", document->published_evidence);
  if (time != NULL)
    {
      set_member (builder, "published_time");
      dossier_json_stream_add_string_value (builder, time);
    }

  add_strings (builder, "warnings", document->warnings);

  set_member (builder, "paragraphs");
  dossier_json_stream_begin_array (builder);
  for (guint p = 0; p < document->paragraphs->len; p++)
    {
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);

      dossier_json_stream_begin_object (builder);
      set_member (builder, "text");
      dossier_json_stream_add_string_value (builder, paragraph->text);
      set_member (builder, "kind");
      dossier_json_stream_add_string_value (builder, dossier_paragraph_kind_to_string (paragraph->kind));
      add_lines (builder, paragraph->first_line, paragraph->last_line);
      if (paragraph->attribution != NULL)
        {
          set_member (builder, "attribution");
          dossier_json_stream_add_string_value (builder, paragraph->attribution);
        }
      if (analysed)
        {
          set_member (builder, "sentences");
          dossier_json_stream_begin_array (builder);
          for (guint s = 0; s < paragraph->sentences->len; s++)
            {
              DossierSpan *span = &g_array_index (paragraph->sentences, DossierSpan, s);
              dossier_json_stream_begin_array (builder);
              dossier_json_stream_add_int_value (builder, dossier_code_points (cursor, paragraph, span->start));
              dossier_json_stream_add_int_value (builder, dossier_code_points (cursor, paragraph, span->end));
              dossier_json_stream_end_array (builder);
              dossier_json_stream_pass_on (builder);
            }
          dossier_json_stream_end_array (builder);
        }
      dossier_json_stream_end_object (builder);
    }
  dossier_json_stream_end_array (builder);

  set_member (builder, "removed");
  dossier_json_stream_begin_array (builder);
  for (guint r = 0; r < document->removed->len; r++)
    {
      DossierRemoved *removed = &g_array_index (document->removed, DossierRemoved, r);

      dossier_json_stream_begin_object (builder);
      add_lines (builder, removed->first_line, removed->last_line);
      set_member (builder, "kind");
      dossier_json_stream_add_string_value (builder, dossier_removed_kind_to_string (removed->kind));
      set_member (builder, "text");
      dossier_json_stream_add_string_value (builder, removed->text);
      dossier_json_stream_end_object (builder);
    }
  dossier_json_stream_end_array (builder);

  add_strings (builder, "captions", document->captions);
}

/* What a date mention reads as: "value" and "precision" (null when it
 * could not be resolved), "relative" and the "rule" that read it. */
static void
add_date_reading (DossierJsonStream *builder,
                  const DossierDate *value,
                  gboolean           relative,
                  const char        *rule)
{
  g_autofree char *iso = dossier_date_to_iso (value);

  add_string_or_null (builder, "value", iso);
  add_string_or_null (builder, "precision",
                      dossier_date_is_set (value) ? dossier_precision_to_string (value->precision) : NULL);
  set_member (builder, "relative");
  dossier_json_stream_add_boolean_value (builder, relative);
  add_string_or_null (builder, "rule", rule);
}

/* Where in an article's title or captions a headline name or date is:
 * "in", "caption" (for a caption), "line" (when @line is known) and the
 * span in code points of that text, with its words. */
static void
add_headline_span (DossierJsonStream *builder,
                   DossierDocument   *document,
                   int                where,
                   guint              line,
                   gsize              start,
                   gsize              end)
{
  const char *text = where == DOSSIER_HEADLINE_TITLE ? document->title : g_ptr_array_index (document->captions, where);

  set_member (builder, "in");
  dossier_json_stream_add_string_value (builder, where == DOSSIER_HEADLINE_TITLE ? "title" : "caption");
  if (where != DOSSIER_HEADLINE_TITLE)
    {
      set_member (builder, "caption");
      dossier_json_stream_add_int_value (builder, where);
    }
  if (line > 0)
    {
      set_member (builder, "line");
      dossier_json_stream_add_int_value (builder, line);
    }
  set_member (builder, "start");
  dossier_json_stream_add_int_value (builder, g_utf8_pointer_to_offset (text, text + start));
  set_member (builder, "end");
  dossier_json_stream_add_int_value (builder, g_utf8_pointer_to_offset (text, text + end));
  set_member (builder, "text");
  dossier_json_stream_add_string_len (builder, text + start, end - start);
}

/* The dates the article's title and captions give ("headline_dates"):
 * where, the span in code points of that text, the input's line of that
 * text, and the date as the text's dates are given. */
static void
add_headline_dates (DossierJsonStream *builder,
                    DossierDocument   *document,
                    const GArray      *dates)
{
  set_member (builder, "headline_dates");
  dossier_json_stream_begin_array (builder);
  for (guint n = 0; dates != NULL && n < dates->len; n++)
    {
      const DossierHeadlineDate *date = &g_array_index (dates, DossierHeadlineDate, n);

      dossier_json_stream_begin_object (builder);
      add_headline_span (builder, document, date->where, date->line, date->start, date->end);
      add_date_reading (builder, &date->value, date->relative, date->rule);
      dossier_json_stream_end_object (builder);
    }
  dossier_json_stream_end_array (builder);
}

/* The names the article's title and captions give ("headline_names"):
 * where, the span in code points of that text, and the entity. */
static void
add_headline_names (DossierJsonStream *builder,
                    DossierDocument   *document,
                    const GArray      *names)
{
  set_member (builder, "headline_names");
  dossier_json_stream_begin_array (builder);
  for (guint n = 0; names != NULL && n < names->len; n++)
    {
      const DossierHeadlineMention *name = &g_array_index (names, DossierHeadlineMention, n);

      dossier_json_stream_begin_object (builder);
      add_entity_or_null (builder, "entity", name->entity);
      add_headline_span (builder, document, name->where, 0, name->start, name->end);
      dossier_json_stream_end_object (builder);
    }
  dossier_json_stream_end_array (builder);
}

static void
build_article (DossierJsonStream *builder,
               DossierAnalysis   *analysis,
               guint              index,
               gboolean           self_contained,
               guint              offset)
{
  DossierDocument *document = dossier_analysis_get_document (analysis, index);
  DossierCodePointCursor cursor = DOSSIER_CODE_POINT_CURSOR_INIT;

  begin_article (builder, document, index + offset, TRUE, &cursor);

  set_member (builder, "mentions");
  dossier_json_stream_begin_array (builder);
  for (guint m = 0; m < document->mentions->len; m++)
    {
      DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, mention->paragraph);

      dossier_json_stream_begin_object (builder);
      add_entity_or_null (builder, "entity", mention->entity);
      add_span (builder, &cursor, paragraph, mention->paragraph, mention->start, mention->end);
      dossier_json_stream_end_object (builder);
      dossier_json_stream_pass_on (builder);
    }
  dossier_json_stream_end_array (builder);

  add_headline_names (builder, document, dossier_analysis_get_headline_names (analysis, index));

  set_member (builder, "dates");
  dossier_json_stream_begin_array (builder);
  for (guint d = 0; d < document->dates->len; d++)
    {
      DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, d);
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, date->paragraph);

      dossier_json_stream_begin_object (builder);
      add_span (builder, &cursor, paragraph, date->paragraph, date->start, date->end);
      add_date_reading (builder, &date->value, date->relative, date->rule);
      dossier_json_stream_end_object (builder);
      dossier_json_stream_pass_on (builder);
    }
  dossier_json_stream_end_array (builder);

  add_headline_dates (builder, document, dossier_analysis_get_headline_dates (analysis, index));

  set_member (builder, "quotes");
  dossier_json_stream_begin_array (builder);
  for (guint q = 0; q < document->quotes->len; q++)
    {
      DossierQuote *quote = &g_array_index (document->quotes, DossierQuote, q);
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, quote->paragraph);

      dossier_json_stream_begin_object (builder);
      add_span (builder, &cursor, paragraph, quote->paragraph, quote->start, quote->end);
      add_entity_or_null (builder, "speaker", quote->speaker_entity);
      dossier_json_stream_end_object (builder);
      dossier_json_stream_pass_on (builder);
    }
  dossier_json_stream_end_array (builder);

  if (self_contained)
    add_entities_and_events (builder, analysis, offset, NULL);

  dossier_json_stream_end_object (builder);
}

gboolean
dossier_json_write_article (DossierAnalysis *analysis,
                            guint            index,
                            gboolean         self_contained,
                            guint            offset,
                            DossierJsonSink  sink,
                            gpointer         sink_data,
                            GString         *out)
{
  DossierJsonStream stream;

  g_return_val_if_fail (analysis != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  dossier_json_stream_init (&stream, out, FALSE);
  dossier_json_stream_set_sink (&stream, sink, sink_data);
  build_article (&stream, analysis, index, self_contained, offset);
  g_string_append_c (out, '\n');
  return !dossier_json_stream_sink_failed (&stream);
}

void
dossier_json_write_extracted (DossierDocument *document,
                              guint            index,
                              GString         *out)
{
  DossierJsonStream stream;
  DossierCodePointCursor cursor = DOSSIER_CODE_POINT_CURSOR_INIT;

  g_return_if_fail (document != NULL);
  g_return_if_fail (out != NULL);

  dossier_json_stream_init (&stream, out, FALSE);
  begin_article (&stream, document, index, FALSE, &cursor);
  dossier_json_stream_end_object (&stream);
  g_string_append_c (out, '\n');
}

gboolean
dossier_json_write_document (DossierAnalysis *analysis,
                             gboolean         pretty,
                             DossierJsonSink  sink,
                             gpointer         sink_data,
                             GString         *out)
{
  DossierJsonStream stream;
  DossierJsonStream *builder = &stream;

  g_return_val_if_fail (analysis != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  dossier_json_stream_init (&stream, out, pretty);
  dossier_json_stream_set_sink (&stream, sink, sink_data);
  begin_document (builder);

  set_member (builder, "articles");
  dossier_json_stream_begin_array (builder);
  for (guint d = 0; d < dossier_analysis_get_n_documents (analysis); d++)
    {
      build_article (builder, analysis, d, FALSE, 0);
      dossier_json_stream_pass_on (builder);
    }
  dossier_json_stream_end_array (builder);
  add_entities_and_events (builder, analysis, 0, NULL);
  dossier_json_stream_end_object (builder);
  g_string_append_c (out, '\n');
  return !dossier_json_stream_sink_failed (builder);
}

void
dossier_json_write_export (DossierAnalysis            *analysis,
                           const DossierExportOptions *options,
                           GString                    *out)
{
  DossierJsonStream stream;
  DossierJsonStream *builder = &stream;

  g_return_if_fail (analysis != NULL);
  g_return_if_fail (options != NULL);
  g_return_if_fail (out != NULL);

  dossier_json_stream_init (&stream, out, TRUE);
  begin_document (builder);
  if (options->title != NULL)
    {
      set_member (builder, "dossier");
      dossier_json_stream_add_string_value (builder, options->title);
    }

  set_member (builder, "articles");
  dossier_json_stream_begin_array (builder);
  for (guint d = 0; d < dossier_analysis_get_n_documents (analysis); d++)
    if (dossier_export_options_includes (options, d))
      build_article (builder, analysis, d, FALSE, 0);
  dossier_json_stream_end_array (builder);
  add_entities_and_events (builder, analysis, 0, options);

  /* The researcher's annotations, each a W3C Web Annotation. */
  set_member (builder, "annotations");
  if (options->contents & DOSSIER_EXPORT_ANNOTATIONS)
    dossier_annotation_write_array (analysis, options, builder);
  else
    {
      dossier_json_stream_begin_array (builder);
      dossier_json_stream_end_array (builder);
    }

  dossier_json_stream_end_object (builder);
  g_string_append_c (out, '\n');
}
