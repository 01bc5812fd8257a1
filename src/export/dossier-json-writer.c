/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "config.h"

#include "dossier-json-writer.h"

static glong
code_points (const char *text,
             gsize       bytes)
{
  return g_utf8_pointer_to_offset (text, text + bytes);
}

static void
add_string_or_null (JsonBuilder *builder,
                    const char  *name,
                    const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_lines (JsonBuilder *builder,
           guint        first,
           guint        last)
{
  if (first == 0)
    return;
  json_builder_set_member_name (builder, "lines");
  json_builder_begin_array (builder);
  json_builder_add_int_value (builder, first);
  json_builder_add_int_value (builder, last);
  json_builder_end_array (builder);
}

static void
add_span (JsonBuilder            *builder,
          const DossierParagraph *paragraph,
          guint                   paragraph_index,
          gsize                   start,
          gsize                   end)
{
  g_autofree char *text = g_strndup (paragraph->text + start, end - start);

  json_builder_set_member_name (builder, "paragraph");
  json_builder_add_int_value (builder, paragraph_index);
  json_builder_set_member_name (builder, "start");
  json_builder_add_int_value (builder, code_points (paragraph->text, start));
  json_builder_set_member_name (builder, "end");
  json_builder_add_int_value (builder, code_points (paragraph->text, end));
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, text);
}

static char *
entity_id (int index)
{
  return index >= 0 ? g_strdup_printf ("e%d", index + 1) : NULL;
}

static void
build_entity (JsonBuilder     *builder,
              DossierAnalysis *analysis,
              guint            index,
              guint            first_number)
{
  const DossierEntityRecord *entity = dossier_analysis_get_entity (analysis, index);
  g_autofree char *id = entity_id (index);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, id);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, entity->name);
  json_builder_set_member_name (builder, "type");
  json_builder_add_string_value (builder, dossier_entity_type_to_string (entity->type));
  json_builder_set_member_name (builder, "aliases");
  json_builder_begin_array (builder);
  for (guint a = 0; a < entity->aliases->len; a++)
    json_builder_add_string_value (builder, g_ptr_array_index (entity->aliases, a));
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "articles");
  json_builder_begin_array (builder);
  for (guint d = 0; d < entity->documents->len; d++)
    {
      g_autofree char *article = g_strdup_printf ("a%u", g_array_index (entity->documents, guint, d) + first_number);
      json_builder_add_string_value (builder, article);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "mentions");
  json_builder_add_int_value (builder, entity->mentions);
  json_builder_end_object (builder);
}

static void
build_event (JsonBuilder     *builder,
             DossierAnalysis *analysis,
             guint            index,
             guint            first_number)
{
  const DossierEventRecord *event = dossier_analysis_get_event (analysis, index);
  g_autofree char *id = g_strdup_printf ("v%u", index + 1);
  g_autofree char *date = dossier_date_to_iso (&event->date);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, id);
  add_string_or_null (builder, "date", date);
  json_builder_set_member_name (builder, "precision");
  json_builder_add_string_value (builder, dossier_precision_to_string (event->date.precision));
  json_builder_set_member_name (builder, "summary");
  json_builder_add_string_value (builder, event->summary);
  json_builder_set_member_name (builder, "entities");
  json_builder_begin_array (builder);
  for (guint e = 0; e < event->entities->len; e++)
    {
      g_autofree char *entity = entity_id (g_array_index (event->entities, int, e));
      if (entity != NULL)
        json_builder_add_string_value (builder, entity);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "sources");
  json_builder_begin_array (builder);
  for (guint s = 0; s < event->sources->len; s++)
    {
      const DossierEventSource *source = &g_array_index (event->sources, DossierEventSource, s);
      DossierDocument *document = dossier_analysis_get_document (analysis, source->document);
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, source->paragraph);
      g_autofree char *article = g_strdup_printf ("a%u", source->document + first_number);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "article");
      json_builder_add_string_value (builder, article);
      add_span (builder, paragraph, source->paragraph, source->start, source->end);
      /* How the sentence is tied to the date: by a date expression of its
       * own, or by what it says (an undated report of the same thing). */
      json_builder_set_member_name (builder, "dated_by");
      if (source->date_end > source->date_start)
        {
          g_autofree char *expression = g_strndup (paragraph->text + source->date_start,
                                                   source->date_end - source->date_start);
          json_builder_add_string_value (builder, expression);
        }
      else
        json_builder_add_null_value (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
build_article (JsonBuilder     *builder,
               DossierAnalysis *analysis,
               guint            index,
               gboolean         self_contained,
               guint            first_number)
{
  DossierDocument *document = dossier_analysis_get_document (analysis, index);
  g_autofree char *id = g_strdup_printf ("a%u", index + first_number);
  g_autofree char *published = dossier_date_to_iso (&document->published);

  if (published != NULL && document->published.precision == DOSSIER_PRECISION_MINUTE)
    published[10] = '\0';

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, id);
  add_string_or_null (builder, "file", document->source);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, document->is_html ? "html" : "text");
  json_builder_set_member_name (builder, "encoding");
  json_builder_add_string_value (builder, document->encoding);
  add_string_or_null (builder, "title", document->title);
  add_string_or_null (builder, "outlet", document->outlet);
  add_string_or_null (builder, "author", document->author);
  add_string_or_null (builder, "published", published);
  add_string_or_null (builder, "published_from", dossier_date_source_to_string (document->published_from));
  add_string_or_null (builder, "published_evidence", document->published_evidence);
  if (document->published.precision == DOSSIER_PRECISION_MINUTE)
    {
      g_autofree char *time = g_strdup_printf ("%02d:%02d", document->published.hour, document->published.minute);
      json_builder_set_member_name (builder, "published_time");
      json_builder_add_string_value (builder, time);
    }

  json_builder_set_member_name (builder, "warnings");
  json_builder_begin_array (builder);
  for (guint w = 0; w < document->warnings->len; w++)
    json_builder_add_string_value (builder, g_ptr_array_index (document->warnings, w));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "paragraphs");
  json_builder_begin_array (builder);
  for (guint p = 0; p < document->paragraphs->len; p++)
    {
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, paragraph->text);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, dossier_paragraph_kind_to_string (paragraph->kind));
      add_lines (builder, paragraph->first_line, paragraph->last_line);
      if (paragraph->attribution != NULL)
        {
          json_builder_set_member_name (builder, "attribution");
          json_builder_add_string_value (builder, paragraph->attribution);
        }
      json_builder_set_member_name (builder, "sentences");
      json_builder_begin_array (builder);
      for (guint s = 0; s < paragraph->sentences->len; s++)
        {
          DossierSpan *span = &g_array_index (paragraph->sentences, DossierSpan, s);
          json_builder_begin_array (builder);
          json_builder_add_int_value (builder, code_points (paragraph->text, span->start));
          json_builder_add_int_value (builder, code_points (paragraph->text, span->end));
          json_builder_end_array (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "removed");
  json_builder_begin_array (builder);
  for (guint r = 0; r < document->removed->len; r++)
    {
      DossierRemoved *removed = &g_array_index (document->removed, DossierRemoved, r);

      json_builder_begin_object (builder);
      add_lines (builder, removed->first_line, removed->last_line);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, dossier_removed_kind_to_string (removed->kind));
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, removed->text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "captions");
  json_builder_begin_array (builder);
  for (guint c = 0; c < document->captions->len; c++)
    json_builder_add_string_value (builder, g_ptr_array_index (document->captions, c));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "mentions");
  json_builder_begin_array (builder);
  for (guint m = 0; m < document->mentions->len; m++)
    {
      DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, mention->paragraph);
      g_autofree char *entity = entity_id (mention->entity);

      json_builder_begin_object (builder);
      add_string_or_null (builder, "entity", entity);
      add_span (builder, paragraph, mention->paragraph, mention->start, mention->end);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "dates");
  json_builder_begin_array (builder);
  for (guint d = 0; d < document->dates->len; d++)
    {
      DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, d);
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, date->paragraph);
      g_autofree char *value = dossier_date_to_iso (&date->value);

      json_builder_begin_object (builder);
      add_span (builder, paragraph, date->paragraph, date->start, date->end);
      add_string_or_null (builder, "value", value);
      add_string_or_null (builder, "precision",
                          dossier_date_is_set (&date->value) ? dossier_precision_to_string (date->value.precision) : NULL);
      json_builder_set_member_name (builder, "relative");
      json_builder_add_boolean_value (builder, date->relative);
      add_string_or_null (builder, "rule", date->rule);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "quotes");
  json_builder_begin_array (builder);
  for (guint q = 0; q < document->quotes->len; q++)
    {
      DossierQuote *quote = &g_array_index (document->quotes, DossierQuote, q);
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, quote->paragraph);
      g_autofree char *speaker = entity_id (quote->speaker_entity);

      json_builder_begin_object (builder);
      add_span (builder, paragraph, quote->paragraph, quote->start, quote->end);
      add_string_or_null (builder, "speaker", speaker);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  if (self_contained)
    {
      json_builder_set_member_name (builder, "entities");
      json_builder_begin_array (builder);
      for (guint e = 0; e < dossier_analysis_get_n_entities (analysis); e++)
        build_entity (builder, analysis, e, first_number);
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "events");
      json_builder_begin_array (builder);
      for (guint v = 0; v < dossier_analysis_get_n_events (analysis); v++)
        build_event (builder, analysis, v, first_number);
      json_builder_end_array (builder);
    }

  json_builder_end_object (builder);
}

JsonNode *
dossier_json_build_article (DossierAnalysis *analysis,
                            guint            index,
                            gboolean         self_contained,
                            guint            first_number)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (analysis != NULL, NULL);

  build_article (builder, analysis, index, self_contained, MAX (first_number, 1));
  return json_builder_get_root (builder);
}

JsonNode *
dossier_json_build_document (DossierAnalysis *analysis)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (analysis != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "schema");
  json_builder_add_int_value (builder, DOSSIER_JSON_SCHEMA);
  json_builder_set_member_name (builder, "generator");
  json_builder_add_string_value (builder, "dossier " PACKAGE_VERSION);

  json_builder_set_member_name (builder, "articles");
  json_builder_begin_array (builder);
  for (guint d = 0; d < dossier_analysis_get_n_documents (analysis); d++)
    build_article (builder, analysis, d, FALSE, 1);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "entities");
  json_builder_begin_array (builder);
  for (guint e = 0; e < dossier_analysis_get_n_entities (analysis); e++)
    build_entity (builder, analysis, e, 1);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "events");
  json_builder_begin_array (builder);
  for (guint v = 0; v < dossier_analysis_get_n_events (analysis); v++)
    build_event (builder, analysis, v, 1);
  json_builder_end_array (builder);

  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

gboolean
dossier_json_write (JsonNode       *node,
                    gboolean        pretty,
                    GOutputStream  *stream,
                    GError        **error)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (node != NULL, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  json_generator_set_root (generator, node);
  json_generator_set_pretty (generator, pretty);
  json_generator_set_indent (generator, 2);
  /* json_generator_to_stream() makes a single g_output_stream_write(),
   * which a buffered stream may satisfy only in part. */
  data = json_generator_to_data (generator, &length);
  if (!g_output_stream_write_all (stream, data, length, NULL, NULL, error))
    return FALSE;
  return g_output_stream_write_all (stream, "\n", 1, NULL, NULL, error);
}
