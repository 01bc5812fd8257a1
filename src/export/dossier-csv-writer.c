/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Rows are written as the analysis is walked, into one buffer that is
 * handed to the output file whenever it holds FLUSH_SIZE bytes: a large
 * dossier costs its tables' time, never their size in memory.  Each file
 * is a g_file_replace () stream kept open until every table is written;
 * closing them then moves all the new files into place, and closing them
 * with a cancelled cancellable instead drops the temporary files, so a
 * failed or cancelled export leaves the old tables as they were. */

#include "config.h"

#include "dossier-csv-writer.h"

#include "dossier-code-points.h"
#include "dossier-id.h"
#include "dossier-json-writer.h"

#include <string.h>

#define FLUSH_SIZE (64 * 1024)

typedef struct
{
  DossierAnalysis *analysis;
  const DossierExportOptions *options;
  DossierExportProgress progress;
  gpointer user_data;
  GCancellable *cancellable;
  guint done;
  guint total;

  /* The rows not yet written, and the file they go to. */
  GString *buffer;
  GOutputStream *stream;
  gboolean in_row;
  /* Of GOutputStream*: every table written so far, still open. */
  GPtrArray *streams;

  /* Per entity, its mentions in the exported articles (0: not
   * exported); computed once for the tables that need them. */
  guint *entity_mentions;
  /* Per entity, a set of the surface forms seen in the exported
   * articles, when only some articles are exported; else NULL. */
  GHashTable **entity_surfaces;
} Writer;

/* Words as a reader counts them: runs of non-space characters with a
 * letter or a digit in them. */
static guint
count_words (const char *text,
             gsize       len)
{
  const char *end = text + len;
  guint words = 0;
  gboolean counted = FALSE;

  for (const char *p = text; p < end;)
    {
      gboolean space, alnum;

      if ((guchar) *p < 0x80)
        {
          space = g_ascii_isspace (*p);
          alnum = g_ascii_isalnum (*p);
          p++;
        }
      else
        {
          gunichar c = g_utf8_get_char (p);

          space = g_unichar_isspace (c);
          alnum = g_unichar_isalnum (c);
          p = g_utf8_next_char (p);
        }
      if (space)
        {
          counted = FALSE;
          continue;
        }
      if (alnum && !counted)
        {
          words++;
          counted = TRUE;
        }
    }
  return words;
}

static void
report (Writer *writer)
{
  writer->done++;
  if (writer->progress != NULL && writer->total > 0)
    writer->progress (MIN (1.0, (double) writer->done / writer->total), writer->user_data);
}

/* Fields and rows. */

static void
field (Writer     *writer,
       const char *value,
       gssize      len)
{
  if (writer->in_row)
    g_string_append_c (writer->buffer, ',');
  writer->in_row = TRUE;
  dossier_csv_append_field (writer->buffer, value, len);
}

static void
field_uint (Writer *writer,
            guint64 value)
{
  char digits[24];

  g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, value);
  field (writer, digits, -1);
}

static void
field_bool (Writer   *writer,
            gboolean  value)
{
  field (writer, value ? "true" : "false", -1);
}

/* The bytes @start to @end of @paragraph's text; none, an empty field. */
static void
field_span (Writer                 *writer,
            const DossierParagraph *paragraph,
            gsize                   start,
            gsize                   end)
{
  if (end > start)
    field (writer, paragraph->text + start, end - start);
  else
    field (writer, NULL, 0);
}

/* Adds @item to a list in one field: items are joined by "; ". */
static void
append_listed (GString    *list,
               const char *item)
{
  if (list->len > 0)
    g_string_append (list, "; ");
  g_string_append (list, item);
}

/* A list in one field, built in @scratch. */
static void
field_strv (Writer             *writer,
            GString            *scratch,
            const char * const *values,
            guint               n_values)
{
  g_string_truncate (scratch, 0);
  for (guint i = 0; i < n_values; i++)
    if (values[i] != NULL)
      append_listed (scratch, values[i]);
  field (writer, scratch->str, scratch->len);
}

static gboolean
flush (Writer  *writer,
       GError **error)
{
  gboolean ok;

  if (writer->buffer->len == 0)
    return TRUE;
  ok = g_output_stream_write_all (writer->stream, writer->buffer->str, writer->buffer->len,
                                  NULL, writer->cancellable, error);
  g_string_truncate (writer->buffer, 0);
  return ok;
}

static gboolean
end_row (Writer  *writer,
         GError **error)
{
  g_string_append (writer->buffer, "\r\n");
  writer->in_row = FALSE;
  if (writer->buffer->len >= FLUSH_SIZE)
    return flush (writer, error);
  return TRUE;
}

static gboolean
header (Writer             *writer,
        const char * const *columns,
        GError            **error)
{
  for (guint i = 0; columns[i] != NULL; i++)
    field (writer, columns[i], -1);
  return end_row (writer, error);
}

static gboolean
open_table (Writer      *writer,
            const char  *path,
            GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GFileOutputStream *stream;

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, writer->cancellable, error);
  if (stream == NULL)
    return FALSE;
  writer->stream = G_OUTPUT_STREAM (stream);
  g_ptr_array_add (writer->streams, stream);
  g_string_truncate (writer->buffer, 0);
  writer->in_row = FALSE;
  return TRUE;
}

static gboolean
cancelled (Writer  *writer,
           GError **error)
{
  return g_cancellable_set_error_if_cancelled (writer->cancellable, error);
}

/* Entities in scope: counted from the exported articles' mentions. */
static void
count_entity_mentions (Writer *writer)
{
  DossierAnalysis *analysis = writer->analysis;
  guint n_entities = dossier_analysis_get_n_entities (analysis);
  gboolean scoped = writer->options->articles != NULL;

  if (writer->entity_mentions != NULL)
    return;
  writer->entity_mentions = g_new0 (guint, MAX (n_entities, 1));
  if (scoped)
    writer->entity_surfaces = g_new0 (GHashTable *, MAX (n_entities, 1));

  for (guint d = 0; d < dossier_analysis_get_n_documents (analysis); d++)
    {
      DossierDocument *document;

      if (!dossier_export_options_includes (writer->options, d))
        continue;
      document = dossier_analysis_get_document (analysis, d);
      for (guint m = 0; m < document->mentions->len; m++)
        {
          const DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
          const DossierParagraph *paragraph;

          if (mention->entity < 0 || (guint) mention->entity >= n_entities)
            continue;
          writer->entity_mentions[mention->entity]++;
          if (!scoped)
            continue;
          paragraph = g_ptr_array_index (document->paragraphs, mention->paragraph);
          if (writer->entity_surfaces[mention->entity] == NULL)
            writer->entity_surfaces[mention->entity] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          g_hash_table_add (writer->entity_surfaces[mention->entity],
                            g_strndup (paragraph->text + mention->start, mention->end - mention->start));
        }
    }
}

static gboolean
entity_exported (Writer *writer,
                 int     entity)
{
  return entity >= 0 &&
         (guint) entity < dossier_analysis_get_n_entities (writer->analysis) &&
         writer->entity_mentions[entity] > 0;
}

/* The sentence of @paragraph holding byte @start, from sentence @hint on
 * (mentions come in order); updates @hint. */
static const DossierSpan *
find_sentence (const DossierParagraph *paragraph,
               gsize                   start,
               guint                  *hint)
{
  GArray *sentences = paragraph->sentences;

  if (sentences == NULL || sentences->len == 0)
    return NULL;
  if (*hint >= sentences->len ||
      g_array_index (sentences, DossierSpan, *hint).start > start)
    *hint = 0;
  for (guint s = *hint; s < sentences->len; s++)
    {
      const DossierSpan *span = &g_array_index (sentences, DossierSpan, s);

      if (start >= span->start && start < span->end)
        {
          *hint = s;
          return span;
        }
      if (span->start > start)
        break;
    }
  return NULL;
}

/* articles.csv */

static const char * const article_columns[] = {
  "id", "file", "format", "encoding", "title", "outlet", "address", "author", "published",
  "published_time", "published_from", "paragraphs", "words", "entities", "mentions",
  "events", "warnings", "text", NULL
};

static gboolean
write_articles (Writer  *writer,
                GError **error)
{
  DossierAnalysis *analysis = writer->analysis;
  guint n_documents = dossier_analysis_get_n_documents (analysis);
  guint n_entities = dossier_analysis_get_n_entities (analysis);
  g_autofree guint *events = g_new0 (guint, MAX (n_documents, 1));
  g_autofree guint *seen = g_new0 (guint, MAX (n_entities, 1));
  g_autoptr(GString) scratch = g_string_new (NULL);

  /* Events each article is a source of, each counted once. */
  for (guint v = 0; v < dossier_analysis_get_n_events (analysis); v++)
    {
      const DossierEventRecord *event = dossier_analysis_get_event (analysis, v);
      guint last = G_MAXUINT;

      /* An event the researcher hid is none. */
      if (event->hidden)
        continue;

      for (guint s = 0; s < event->sources->len; s++)
        {
          const DossierEventSource *source = &g_array_index (event->sources, DossierEventSource, s);

          if (source->document != last && source->document < n_documents)
            events[source->document]++;
          last = source->document;
        }
    }

  for (guint d = 0; d < n_documents; d++)
    {
      DossierDocument *document;
      g_autofree char *published = NULL;
      g_autofree char *time = NULL;
      char id[DOSSIER_ID_SIZE];
      guint words = 0, entities = 0;

      if (!dossier_export_options_includes (writer->options, d))
        continue;
      if (cancelled (writer, error))
        return FALSE;

      document = dossier_analysis_get_document (analysis, d);
      /* The publication date as the JSON export gives it: the day, and
       * the time of day in a column of its own. */
      published = dossier_json_published (document);
      time = dossier_json_published_time (document);
      for (guint p = 0; p < document->paragraphs->len; p++)
        {
          const DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);
          words += count_words (paragraph->text, paragraph->len);
        }
      /* Distinct entities: @seen holds the article's number + 1 for
       * those already counted. */
      for (guint m = 0; m < document->mentions->len; m++)
        {
          int entity = g_array_index (document->mentions, DossierMention, m).entity;

          if (entity >= 0 && (guint) entity < n_entities && seen[entity] != d + 1)
            {
              seen[entity] = d + 1;
              entities++;
            }
        }

      field (writer, dossier_id_format (id, DOSSIER_ID_ARTICLE, d), -1);
      field (writer, document->source, -1);
      field (writer, document->is_html ? "html" : "text", -1);
      field (writer, document->encoding, -1);
      field (writer, document->title, -1);
      field (writer, document->outlet, -1);
      field (writer, document->address, -1);
      field (writer, document->author, -1);
      field (writer, published, -1);
      field (writer, time, -1);
      field (writer, document->published_from != DOSSIER_DATE_SOURCE_NONE
                       ? dossier_date_source_to_string (document->published_from) : NULL, -1);
      field_uint (writer, document->paragraphs->len);
      field_uint (writer, words);
      field_uint (writer, entities);
      field_uint (writer, document->mentions->len);
      field_uint (writer, events[d]);
      field_strv (writer, scratch, (const char * const *) document->warnings->pdata, document->warnings->len);

      /* The text, quoted once as a whole: built in @scratch. */
      g_string_truncate (scratch, 0);
      for (guint p = 0; p < document->paragraphs->len; p++)
        {
          const DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);

          if (p > 0)
            g_string_append_c (scratch, '\n');
          g_string_append_len (scratch, paragraph->text, paragraph->len);
        }
      field (writer, scratch->str, scratch->len);

      if (!end_row (writer, error))
        return FALSE;
      report (writer);
    }
  return TRUE;
}

/* entities.csv */

static const char * const entity_columns[] = {
  "id", "name", "type", "aliases", "mentions", "articles", NULL
};

static gboolean
write_entities (Writer  *writer,
                GError **error)
{
  DossierAnalysis *analysis = writer->analysis;
  g_autoptr(GString) scratch = g_string_new (NULL);

  count_entity_mentions (writer);

  for (guint e = 0; e < dossier_analysis_get_n_entities (analysis); e++)
    {
      const DossierEntityRecord *entity = dossier_analysis_get_entity (analysis, e);
      char id[DOSSIER_ID_SIZE];

      if (!entity_exported (writer, e))
        continue;
      if (e % 256 == 0 && cancelled (writer, error))
        return FALSE;

      field (writer, dossier_id_format (id, DOSSIER_ID_ENTITY, e), -1);
      field (writer, entity->name, -1);
      field (writer, dossier_entity_type_to_string (entity->type), -1);

      /* Aliases in their order (most frequent first), only those the
       * exported articles use. */
      g_string_truncate (scratch, 0);
      for (guint a = 0; a < entity->aliases->len; a++)
        {
          const char *alias = g_ptr_array_index (entity->aliases, a);

          if (writer->entity_surfaces != NULL &&
              (writer->entity_surfaces[e] == NULL || !g_hash_table_contains (writer->entity_surfaces[e], alias)))
            continue;
          append_listed (scratch, alias);
        }
      field (writer, scratch->str, scratch->len);
      field_uint (writer, writer->entity_mentions[e]);

      g_string_truncate (scratch, 0);
      for (guint d = 0; d < entity->documents->len; d++)
        {
          guint document = g_array_index (entity->documents, guint, d);

          if (!dossier_export_options_includes (writer->options, document))
            continue;
          append_listed (scratch, dossier_id_format (id, DOSSIER_ID_ARTICLE, document));
        }
      field (writer, scratch->str, scratch->len);

      if (!end_row (writer, error))
        return FALSE;
    }
  return TRUE;
}

/* mentions.csv */

static const char * const mention_columns[] = {
  "entity_id", "entity_name", "type", "article_id", "outlet", "paragraph", "start", "end",
  "text", "sentence", NULL
};

static gboolean
write_mentions (Writer  *writer,
                GError **error)
{
  DossierAnalysis *analysis = writer->analysis;
  guint n_entities = dossier_analysis_get_n_entities (analysis);

  for (guint d = 0; d < dossier_analysis_get_n_documents (analysis); d++)
    {
      DossierDocument *document;
      char article[DOSSIER_ID_SIZE];
      DossierCodePointCursor cursor = DOSSIER_CODE_POINT_CURSOR_INIT;
      guint hint = 0, hint_paragraph = G_MAXUINT;

      if (!dossier_export_options_includes (writer->options, d))
        continue;
      if (cancelled (writer, error))
        return FALSE;

      document = dossier_analysis_get_document (analysis, d);
      dossier_id_format (article, DOSSIER_ID_ARTICLE, d);
      for (guint m = 0; m < document->mentions->len; m++)
        {
          const DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
          const DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, mention->paragraph);
          const DossierEntityRecord *entity = NULL;
          const DossierSpan *sentence;
          char id[DOSSIER_ID_SIZE];

          if (mention->entity >= 0 && (guint) mention->entity < n_entities)
            entity = dossier_analysis_get_entity (analysis, mention->entity);
          if (hint_paragraph != mention->paragraph)
            {
              hint_paragraph = mention->paragraph;
              hint = 0;
            }
          sentence = find_sentence (paragraph, mention->start, &hint);

          field (writer, entity != NULL ? dossier_id_format (id, DOSSIER_ID_ENTITY, mention->entity) : NULL, -1);
          field (writer, entity != NULL ? entity->name : NULL, -1);
          field (writer, dossier_entity_type_to_string (entity != NULL ? entity->type : mention->type), -1);
          field (writer, article, -1);
          field (writer, document->outlet, -1);
          field_uint (writer, mention->paragraph);
          field_uint (writer, dossier_code_points (&cursor, paragraph, mention->start));
          field_uint (writer, dossier_code_points (&cursor, paragraph, mention->end));
          field_span (writer, paragraph, mention->start, mention->end);
          if (sentence != NULL)
            field_span (writer, paragraph, sentence->start, sentence->end);
          else
            field (writer, NULL, 0);
          if (!end_row (writer, error))
            return FALSE;
        }
      report (writer);
    }
  return TRUE;
}

/* events.csv */

static const char * const event_columns[] = {
  "event_id", "date", "precision", "summary", "entity_ids", "entities", "sources",
  "source", "article_id", "outlet", "published", "paragraph", "start", "end", "sentence",
  "dated_by", "articles", "outlets", "outlet_names", "dating", "linked_because", NULL
};

/* The reasons of the links that join source @s to the others, each once. */
static void
append_link_reasons (GString                  *out,
                     const DossierEventRecord *event,
                     guint                     s)
{
  guint reasons = 0;

  g_string_truncate (out, 0);
  for (guint k = 0; event->links != NULL && k < event->links->len; k++)
    {
      const DossierEventLink *link = &g_array_index (event->links, DossierEventLink, k);
      if (link->source_a == s || link->source_b == s)
        reasons |= link->reasons;
    }
  for (guint bit = 1; bit <= DOSSIER_LINK_LAST; bit <<= 1)
    if (reasons & bit)
      {
        if (out->len > 0)
          g_string_append (out, "; ");
        g_string_append (out, dossier_link_reason_to_string (bit));
      }
}

static gboolean
write_events (Writer  *writer,
              GError **error)
{
  DossierAnalysis *analysis = writer->analysis;
  g_autoptr(GString) ids = g_string_new (NULL);
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GString) outlet_names = g_string_new (NULL);
  g_autoptr(GString) reasons = g_string_new (NULL);
  g_autoptr(GPtrArray) documents = g_ptr_array_new ();
  g_autofree gboolean *included = g_new0 (gboolean, MAX (dossier_analysis_get_n_documents (analysis), 1));

  count_entity_mentions (writer);
  for (guint d = 0; d < dossier_analysis_get_n_documents (analysis); d++)
    {
      g_ptr_array_add (documents, dossier_analysis_get_document (analysis, d));
      included[d] = dossier_export_options_includes (writer->options, d);
    }

  for (guint v = 0; v < dossier_analysis_get_n_events (analysis); v++)
    {
      const DossierEventRecord *event = dossier_analysis_get_event (analysis, v);
      g_autofree char *date = NULL;
      char id[DOSSIER_ID_SIZE];
      guint n_sources = 0, number = 0, n_outlets = 0, n_articles = 0;

      if (event->hidden)
        continue;

      for (guint s = 0; s < event->sources->len; s++)
        if (dossier_export_options_includes (writer->options,
                                             g_array_index (event->sources, DossierEventSource, s).document))
          n_sources++;
      if (n_sources == 0)
        continue;
      if (v % 64 == 0 && cancelled (writer, error))
        return FALSE;

      date = dossier_date_to_iso (&event->date);
      dossier_id_format (id, DOSSIER_ID_EVENT, v);
      {
        g_autoptr(GPtrArray) outlets = dossier_event_record_dup_outlets (event, documents, included, &n_outlets);

        g_string_truncate (outlet_names, 0);
        for (guint o = 0; o < outlets->len; o++)
          g_string_append_printf (outlet_names, "%s%s", o > 0 ? "; " : "", (char *) g_ptr_array_index (outlets, o));
        n_articles = dossier_event_record_count_articles (event, included);
      }
      /* The entities are those of entities.csv: an entity only the
       * articles left out mention is left out here too. */
      g_string_truncate (ids, 0);
      g_string_truncate (names, 0);
      for (guint e = 0; e < event->entities->len; e++)
        {
          int entity = g_array_index (event->entities, int, e);
          char entity_id[DOSSIER_ID_SIZE];

          if (!entity_exported (writer, entity))
            continue;
          if (ids->len > 0)
            {
              g_string_append (ids, "; ");
              g_string_append (names, "; ");
            }
          g_string_append (ids, dossier_id_format (entity_id, DOSSIER_ID_ENTITY, entity));
          g_string_append (names, dossier_analysis_get_entity (analysis, entity)->name);
        }

      for (guint s = 0; s < event->sources->len; s++)
        {
          const DossierEventSource *source = &g_array_index (event->sources, DossierEventSource, s);
          DossierDocument *document;
          const DossierParagraph *paragraph;
          g_autofree char *published = NULL;
          DossierCodePointCursor cursor = DOSSIER_CODE_POINT_CURSOR_INIT;
          char article[DOSSIER_ID_SIZE];

          if (!dossier_export_options_includes (writer->options, source->document))
            continue;
          document = dossier_analysis_get_document (analysis, source->document);
          paragraph = g_ptr_array_index (document->paragraphs, source->paragraph);
          published = dossier_json_published (document);

          field (writer, id, -1);
          field (writer, date, -1);
          field (writer, dossier_date_is_set (&event->date) ? dossier_precision_to_string (event->date.precision) : NULL, -1);
          field (writer, event->summary, -1);
          field (writer, ids->str, ids->len);
          field (writer, names->str, names->len);
          field_uint (writer, n_sources);
          field_uint (writer, ++number);
          field (writer, dossier_id_format (article, DOSSIER_ID_ARTICLE, source->document), -1);
          field (writer, document->outlet, -1);
          field (writer, published, -1);
          field_uint (writer, source->paragraph);
          field_uint (writer, dossier_code_points (&cursor, paragraph, source->start));
          field_uint (writer, dossier_code_points (&cursor, paragraph, source->end));
          field_span (writer, paragraph, source->start, source->end);
          field_span (writer, paragraph, source->date_start, source->date_end);
          field_uint (writer, n_articles);
          field_uint (writer, n_outlets);
          field (writer, outlet_names->str, outlet_names->len);
          field (writer, dossier_source_dating_to_string (source->dating), -1);
          append_link_reasons (reasons, event, s);
          field (writer, reasons->str, reasons->len);
          if (!end_row (writer, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* annotations.csv */

static const char * const annotation_columns[] = {
  "id", "article_id", "title", "outlet", "published", "colour", "label", "quote", "prefix",
  "suffix", "note", "tags", "start", "end", "paragraph", "orphaned", "created", "modified",
  NULL
};

static gboolean
write_annotations (Writer  *writer,
                   GError **error)
{
  DossierAnalysis *analysis = writer->analysis;
  const DossierExportOptions *options = writer->options;
  guint n_documents = dossier_analysis_get_n_documents (analysis);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  g_autoptr(GString) scratch = g_string_new (NULL);

  if (options->annotations != NULL)
    for (guint i = 0; i < options->annotations->len; i++)
      g_ptr_array_add (sorted, g_ptr_array_index (options->annotations, i));
  g_ptr_array_sort (sorted, dossier_annotation_compare_position);

  for (guint i = 0; i < sorted->len; i++)
    {
      DossierAnnotation *annotation = g_ptr_array_index (sorted, i);
      const DossierAnchor *anchor = dossier_annotation_get_anchor (annotation);
      int index = dossier_annotation_get_document (annotation);
      DossierDocument *document = NULL;
      DossierColour colour = dossier_annotation_get_colour (annotation);
      const char * const *tags = dossier_annotation_get_tags (annotation);
      gboolean orphaned = dossier_annotation_get_orphaned (annotation);
      g_autofree char *published = NULL;
      char article[DOSSIER_ID_SIZE];
      guint paragraph = 0;

      /* An annotation of no article the analysis knows is kept when the
       * whole dossier is exported, as an orphan. */
      if (index >= 0 && (guint) index < n_documents)
        {
          if (!dossier_export_options_includes (options, index))
            continue;
          document = dossier_analysis_get_document (analysis, index);
        }
      else if (options->articles != NULL)
        continue;
      if (document == NULL)
        orphaned = TRUE;
      if (!orphaned && !dossier_document_locate_offset (document, anchor->start, &paragraph, NULL))
        orphaned = TRUE;

      field (writer, dossier_annotation_get_id (annotation), -1);
      field (writer, document != NULL ? dossier_id_format (article, DOSSIER_ID_ARTICLE, index) : NULL, -1);
      field (writer, document != NULL ? document->title : NULL, -1);
      field (writer, document != NULL ? document->outlet : NULL, -1);
      if (document != NULL)
        published = dossier_json_published (document);
      field (writer, published, -1);
      field (writer, dossier_colour_to_string (colour), -1);
      field (writer, colour < DOSSIER_N_COLOURS ? options->colour_labels[colour] : NULL, -1);
      field (writer, anchor->exact, -1);
      field (writer, anchor->prefix, -1);
      field (writer, anchor->suffix, -1);
      field (writer, dossier_annotation_get_note (annotation), -1);
      field_strv (writer, scratch, tags, tags != NULL ? g_strv_length ((char **) tags) : 0);
      if (orphaned)
        {
          field (writer, NULL, 0);
          field (writer, NULL, 0);
          field (writer, NULL, 0);
        }
      else
        {
          field_uint (writer, anchor->start);
          field_uint (writer, anchor->end);
          field_uint (writer, paragraph);
        }
      field_bool (writer, orphaned);
      field (writer, dossier_annotation_get_created (annotation), -1);
      field (writer, dossier_annotation_get_modified (annotation), -1);
      if (!end_row (writer, error))
        return FALSE;
    }
  return TRUE;
}

/* Closes every stream: with @commit, moving the new files into place;
 * without, dropping them.  The first error is kept. */
static gboolean
close_tables (Writer   *writer,
              gboolean  commit,
              GError  **error)
{
  g_autoptr(GCancellable) abort = NULL;
  gboolean ok = TRUE;

  if (!commit)
    {
      /* A replace stream closed with a cancelled cancellable removes its
       * temporary file and leaves the old one. */
      abort = g_cancellable_new ();
      g_cancellable_cancel (abort);
    }
  for (guint i = 0; i < writer->streams->len; i++)
    {
      GOutputStream *stream = g_ptr_array_index (writer->streams, i);
      g_autoptr(GError) local_error = NULL;

      if (!g_output_stream_close (stream, abort, &local_error) && commit && ok)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          ok = FALSE;
        }
    }
  g_ptr_array_set_size (writer->streams, 0);
  return ok;
}

void
dossier_csv_append_field (GString    *out,
                          const char *value,
                          gssize      len)
{
  gboolean quote = FALSE;

  g_return_if_fail (out != NULL);

  if (value == NULL)
    return;
  if (len < 0)
    len = strlen (value);
  for (gssize i = 0; i < len && !quote; i++)
    quote = value[i] == ',' || value[i] == '"' || value[i] == '\r' || value[i] == '\n';
  if (!quote)
    {
      g_string_append_len (out, value, len);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = value, *end = value + len; p < end;)
    {
      const char *q = memchr (p, '"', end - p);

      if (q == NULL)
        {
          g_string_append_len (out, p, end - p);
          break;
        }
      g_string_append_len (out, p, q + 1 - p);
      g_string_append_c (out, '"');
      p = q + 1;
    }
  g_string_append_c (out, '"');
}

gboolean
dossier_csv_write (DossierAnalysis             *analysis,
                   const DossierExportOptions  *options,
                   const char                  *path,
                   DossierExportProgress        progress,
                   gpointer                     user_data,
                   GCancellable                *cancellable,
                   GError                     **error)
{
  /* Each table's file, header row and rows; the rows of a table with
   * @per_article report progress after each article, the others once
   * they are all written. */
  static const struct
  {
    DossierCsvTables table;
    const char *name;
    const char * const *columns;
    gboolean (*write) (Writer *writer, GError **error);
    gboolean per_article;
  } tables[] = {
    { DOSSIER_CSV_ARTICLES, "articles.csv", article_columns, write_articles, TRUE },
    { DOSSIER_CSV_ENTITIES, "entities.csv", entity_columns, write_entities, FALSE },
    { DOSSIER_CSV_MENTIONS, "mentions.csv", mention_columns, write_mentions, TRUE },
    { DOSSIER_CSV_EVENTS, "events.csv", event_columns, write_events, FALSE },
    { DOSSIER_CSV_ANNOTATIONS, "annotations.csv", annotation_columns, write_annotations, FALSE },
  };
  DossierCsvTables chosen;
  g_autofree char *lower = NULL;
  gboolean single, ok = TRUE;
  guint n_included = 0;
  Writer writer = { 0 };

  g_return_val_if_fail (analysis != NULL, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  chosen = options->tables & DOSSIER_CSV_ALL;
  g_return_val_if_fail (chosen != 0, FALSE);

  lower = g_ascii_strdown (path, -1);
  single = (chosen & (chosen - 1)) == 0 && g_str_has_suffix (lower, ".csv");

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  {
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(GFile) folder = single ? g_file_get_parent (file) : g_object_ref (file);
    g_autoptr(GError) local_error = NULL;

    if (folder != NULL &&
        !g_file_make_directory_with_parents (folder, cancellable, &local_error) &&
        !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
      {
        g_propagate_error (error, g_steal_pointer (&local_error));
        return FALSE;
      }
  }

  for (guint d = 0; d < dossier_analysis_get_n_documents (analysis); d++)
    n_included += dossier_export_options_includes (options, d);

  writer.analysis = analysis;
  writer.options = options;
  writer.progress = progress;
  writer.user_data = user_data;
  writer.cancellable = cancellable;
  writer.buffer = g_string_sized_new (FLUSH_SIZE + 4096);
  writer.streams = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    if (chosen & tables[t].table)
      writer.total += tables[t].per_article ? n_included : 1;

  for (guint t = 0; t < G_N_ELEMENTS (tables) && ok; t++)
    {
      g_autofree char *file = NULL;

      if (!(chosen & tables[t].table))
        continue;
      file = single ? g_strdup (path) : g_build_filename (path, tables[t].name, NULL);
      ok = open_table (&writer, file, error) &&
           header (&writer, tables[t].columns, error) &&
           tables[t].write (&writer, error);
      if (ok && !tables[t].per_article)
        report (&writer);
      ok = ok && flush (&writer, error);
    }
  /* A cancellation after the last row still keeps the old files. */
  if (ok && g_cancellable_set_error_if_cancelled (cancellable, error))
    ok = FALSE;
  if (!close_tables (&writer, ok, ok ? error : NULL))
    ok = FALSE;
  if (ok && progress != NULL)
    progress (1.0, user_data);

  if (writer.entity_surfaces != NULL)
    for (guint e = 0; e < dossier_analysis_get_n_entities (analysis); e++)
      g_clear_pointer (&writer.entity_surfaces[e], g_hash_table_unref);
  g_free (writer.entity_surfaces);
  g_free (writer.entity_mentions);
  g_ptr_array_unref (writer.streams);
  g_string_free (writer.buffer, TRUE);
  return ok;
}
