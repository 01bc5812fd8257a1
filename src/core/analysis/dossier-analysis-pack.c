/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-analysis-pack.h"

#include <string.h>

void
dossier_pack_writer_init (DossierPackWriter *writer)
{
  writer->out = g_byte_array_sized_new (64 * 1024);
  writer->strings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  writer->n_strings = 0;
}

void
dossier_pack_writer_clear (DossierPackWriter *writer)
{
  g_clear_pointer (&writer->out, g_byte_array_unref);
  g_clear_pointer (&writer->strings, g_hash_table_unref);
  writer->n_strings = 0;
}

GBytes *
dossier_pack_writer_finish (DossierPackWriter *writer)
{
  GBytes *bytes = g_byte_array_free_to_bytes (g_steal_pointer (&writer->out));

  dossier_pack_writer_clear (writer);
  return bytes;
}

void
dossier_pack_put_uint (DossierPackWriter *writer,
                       guint64            value)
{
  guint8 buffer[10];
  guint n = 0;

  do
    {
      buffer[n] = value & 0x7f;
      value >>= 7;
      if (value != 0)
        buffer[n] |= 0x80;
      n++;
    }
  while (value != 0);
  g_byte_array_append (writer->out, buffer, n);
}

void
dossier_pack_put_int (DossierPackWriter *writer,
                      gint64             value)
{
  dossier_pack_put_uint (writer, ((guint64) value << 1) ^ (guint64) (value >> 63));
}

/* NULL is 0; a text of n bytes is n + 1, then its bytes. */
void
dossier_pack_put_string (DossierPackWriter *writer,
                         const char        *text,
                         gssize             len)
{
  if (text == NULL)
    {
      dossier_pack_put_uint (writer, 0);
      return;
    }
  if (len < 0)
    len = (gssize) strlen (text);
  dossier_pack_put_uint (writer, (guint64) len + 1);
  g_byte_array_append (writer->out, (const guint8 *) text, (guint) len);
}

/* NULL is 0; a string met before is 2 (n + 1), its number n; a new one
 * 2 len + 1, then its bytes. */
void
dossier_pack_put_shared (DossierPackWriter *writer,
                         const char        *text)
{
  guint number;
  gsize len;

  if (text == NULL)
    {
      dossier_pack_put_uint (writer, 0);
      return;
    }
  number = GPOINTER_TO_UINT (g_hash_table_lookup (writer->strings, text));
  if (number != 0)
    {
      dossier_pack_put_uint (writer, (guint64) number * 2);
      return;
    }
  len = strlen (text);
  dossier_pack_put_uint (writer, (guint64) len * 2 + 1);
  g_byte_array_append (writer->out, (const guint8 *) text, (guint) len);
  g_hash_table_insert (writer->strings, g_strdup (text), GUINT_TO_POINTER (++writer->n_strings));
}

void
dossier_pack_put_date (DossierPackWriter *writer,
                       const DossierDate *date)
{
  dossier_pack_put_int (writer, date->year);
  dossier_pack_put_uint (writer, date->month);
  dossier_pack_put_uint (writer, date->day);
  dossier_pack_put_uint (writer, date->hour);
  dossier_pack_put_uint (writer, date->minute);
  dossier_pack_put_uint (writer, date->precision);
}

void
dossier_pack_reader_init (DossierPackReader *reader,
                          const guint8      *data,
                          gsize              len)
{
  reader->data = data;
  reader->len = len;
  reader->at = 0;
  reader->failed = FALSE;
  reader->strings = g_ptr_array_new_with_free_func (g_free);
}

void
dossier_pack_reader_clear (DossierPackReader *reader)
{
  g_clear_pointer (&reader->strings, g_ptr_array_unref);
}

guint64
dossier_pack_get_uint (DossierPackReader *reader)
{
  guint64 value = 0;

  for (guint shift = 0; shift < 64; shift += 7)
    {
      guint8 byte;

      if (reader->failed || reader->at >= reader->len)
        break;
      byte = reader->data[reader->at++];
      value |= (guint64) (byte & 0x7f) << shift;
      if ((byte & 0x80) == 0)
        return value;
    }
  reader->failed = TRUE;
  return 0;
}

guint64
dossier_pack_get_uint_max (DossierPackReader *reader,
                           guint64            max)
{
  guint64 value = dossier_pack_get_uint (reader);

  if (value > max)
    {
      reader->failed = TRUE;
      return 0;
    }
  return value;
}

gint64
dossier_pack_get_int (DossierPackReader *reader)
{
  guint64 value = dossier_pack_get_uint (reader);

  return (gint64) (value >> 1) ^ -(gint64) (value & 1);
}

char *
dossier_pack_get_string (DossierPackReader *reader,
                         gsize             *len)
{
  guint64 size = dossier_pack_get_uint (reader);
  char *text;

  if (len != NULL)
    *len = 0;
  if (size == 0 || reader->failed)
    return NULL;
  size--;
  if (size > reader->len - reader->at)
    {
      reader->failed = TRUE;
      return NULL;
    }
  text = g_strndup ((const char *) reader->data + reader->at, size);
  reader->at += size;
  if (len != NULL)
    *len = size;
  return text;
}

const char *
dossier_pack_get_shared (DossierPackReader *reader)
{
  guint64 value = dossier_pack_get_uint (reader);
  guint64 size;
  char *text;

  if (value == 0 || reader->failed)
    return NULL;
  if ((value & 1) == 0)
    {
      if (value / 2 > reader->strings->len)
        {
          reader->failed = TRUE;
          return NULL;
        }
      return g_ptr_array_index (reader->strings, value / 2 - 1);
    }
  size = value / 2;
  if (size > reader->len - reader->at)
    {
      reader->failed = TRUE;
      return NULL;
    }
  text = g_strndup ((const char *) reader->data + reader->at, size);
  reader->at += size;
  g_ptr_array_add (reader->strings, text);
  return text;
}

void
dossier_pack_get_date (DossierPackReader *reader,
                       DossierDate       *date)
{
  gint64 year = dossier_pack_get_int (reader);

  if (year < G_MININT16 || year > G_MAXINT16)
    reader->failed = TRUE;
  date->year = (gint16) year;
  date->month = (guint8) dossier_pack_get_uint_max (reader, 12);
  date->day = (guint8) dossier_pack_get_uint_max (reader, 31);
  date->hour = (guint8) dossier_pack_get_uint_max (reader, 23);
  date->minute = (guint8) dossier_pack_get_uint_max (reader, 59);
  date->precision = (DossierPrecision) dossier_pack_get_uint_max (reader, DOSSIER_PRECISION_MINUTE);
}

gboolean
dossier_pack_reader_done (DossierPackReader *reader)
{
  return !reader->failed && reader->at == reader->len;
}

/* Static strings (a date's rule, an encoding, a language) come back as
 * strings that live as long as the program: in a table of their own, not
 * GLib's quarks (whose first block GLib abandons once a process makes
 * more quarks than it holds, as a window's types and signals nearly do). */
static const char *
get_static (DossierPackReader *reader)
{
  static GMutex lock;
  static GHashTable *statics;
  const char *text = dossier_pack_get_shared (reader);
  char *kept;

  if (text == NULL)
    return NULL;
  g_mutex_lock (&lock);
  if (statics == NULL)
    statics = g_hash_table_new (g_str_hash, g_str_equal);
  kept = g_hash_table_lookup (statics, text);
  if (kept == NULL)
    {
      kept = g_strdup (text);
      g_hash_table_add (statics, kept);
    }
  g_mutex_unlock (&lock);
  return kept;
}

static void
put_strings (DossierPackWriter *writer,
             GPtrArray         *strings)
{
  dossier_pack_put_uint (writer, strings->len);
  for (guint i = 0; i < strings->len; i++)
    dossier_pack_put_string (writer, g_ptr_array_index (strings, i), -1);
}

static void
get_strings (DossierPackReader *reader,
             GPtrArray         *strings)
{
  guint64 n = dossier_pack_get_uint_max (reader, reader->len - reader->at);

  for (guint64 i = 0; i < n && !reader->failed; i++)
    {
      char *text = dossier_pack_get_string (reader, NULL);

      if (text == NULL)
        {
          reader->failed = TRUE;
          break;
        }
      g_ptr_array_add (strings, text);
    }
}

void
dossier_pack_put_document (DossierPackWriter     *writer,
                           const DossierDocument *document)
{
  dossier_pack_put_string (writer, document->source, -1);
  dossier_pack_put_int (writer, document->source_id);
  dossier_pack_put_string (writer, document->title, -1);
  dossier_pack_put_shared (writer, document->outlet);
  dossier_pack_put_string (writer, document->outlet_evidence, -1);
  dossier_pack_put_string (writer, document->address, -1);
  dossier_pack_put_shared (writer, document->author);
  dossier_pack_put_date (writer, &document->published);
  dossier_pack_put_uint (writer, document->published_from);
  dossier_pack_put_string (writer, document->published_evidence, -1);
  dossier_pack_put_shared (writer, document->encoding);
  dossier_pack_put_shared (writer, document->language);
  dossier_pack_put_uint (writer, (document->is_html ? 1 : 0) | (document->uncleaned ? 2 : 0));

  dossier_pack_put_uint (writer, document->paragraphs->len);
  for (guint p = 0; p < document->paragraphs->len; p++)
    {
      const DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);
      gsize last = 0;

      dossier_pack_put_string (writer, paragraph->text, (gssize) paragraph->len);
      dossier_pack_put_uint (writer, paragraph->kind);
      dossier_pack_put_uint (writer, paragraph->first_line);
      dossier_pack_put_uint (writer, paragraph->last_line);
      dossier_pack_put_string (writer, paragraph->attribution, -1);
      dossier_pack_put_uint (writer, paragraph->sentences->len);
      /* Sentences follow one another: each as its distance from the end
       * of the one before and its length. */
      for (guint s = 0; s < paragraph->sentences->len; s++)
        {
          const DossierSpan *span = &g_array_index (paragraph->sentences, DossierSpan, s);

          dossier_pack_put_int (writer, (gint64) span->start - (gint64) last);
          dossier_pack_put_int (writer, (gint64) span->end - (gint64) span->start);
          last = span->end;
        }
    }

  dossier_pack_put_uint (writer, document->removed->len);
  for (guint r = 0; r < document->removed->len; r++)
    {
      const DossierRemoved *removed = &g_array_index (document->removed, DossierRemoved, r);

      dossier_pack_put_uint (writer, removed->first_line);
      dossier_pack_put_uint (writer, removed->last_line);
      dossier_pack_put_uint (writer, removed->kind);
      dossier_pack_put_string (writer, removed->text, -1);
    }
  put_strings (writer, document->captions);
  put_strings (writer, document->warnings);

  dossier_pack_put_uint (writer, document->mentions->len);
  for (guint m = 0; m < document->mentions->len; m++)
    {
      const DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);

      dossier_pack_put_uint (writer, mention->paragraph);
      dossier_pack_put_uint (writer, mention->start);
      dossier_pack_put_uint (writer, mention->end - mention->start);
      dossier_pack_put_uint (writer, mention->type);
      dossier_pack_put_shared (writer, mention->key);
      dossier_pack_put_shared (writer, mention->canonical);
      dossier_pack_put_int (writer, mention->entity);
    }
  dossier_pack_put_uint (writer, document->dates->len);
  for (guint d = 0; d < document->dates->len; d++)
    {
      const DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, d);

      dossier_pack_put_uint (writer, date->paragraph);
      dossier_pack_put_uint (writer, date->start);
      dossier_pack_put_uint (writer, date->end - date->start);
      dossier_pack_put_date (writer, &date->value);
      dossier_pack_put_shared (writer, date->rule);
      dossier_pack_put_uint (writer, date->relative ? 1 : 0);
    }
  dossier_pack_put_uint (writer, document->quotes->len);
  for (guint q = 0; q < document->quotes->len; q++)
    {
      const DossierQuote *quote = &g_array_index (document->quotes, DossierQuote, q);

      dossier_pack_put_uint (writer, quote->paragraph);
      dossier_pack_put_uint (writer, quote->start);
      dossier_pack_put_uint (writer, quote->end - quote->start);
      dossier_pack_put_int (writer, quote->speaker_mention);
      dossier_pack_put_shared (writer, quote->speaker_key);
      dossier_pack_put_shared (writer, quote->speaker_name);
      dossier_pack_put_int (writer, quote->speaker_entity);
    }
}

/* A count of things each of which takes at least one byte. */
static guint
get_count (DossierPackReader *reader)
{
  return (guint) dossier_pack_get_uint_max (reader, MIN (reader->len - reader->at, G_MAXUINT32));
}

/* An index into something, or -1 for none. */
static int
get_index (DossierPackReader *reader)
{
  gint64 index = dossier_pack_get_int (reader);

  if (index < -1 || index > G_MAXINT32)
    {
      reader->failed = TRUE;
      return -1;
    }
  return (int) index;
}

/* A span of @paragraph's text: FALSE (and the reader failed) when it
 * is not within it. */
static gboolean
get_span (DossierPackReader     *reader,
          const DossierDocument *document,
          guint                 *paragraph,
          gsize                 *start,
          gsize                 *end)
{
  const DossierParagraph *within;
  guint64 length;

  *paragraph = (guint) dossier_pack_get_uint_max (reader, G_MAXUINT32);
  *start = (gsize) dossier_pack_get_uint_max (reader, G_MAXUINT32);
  length = dossier_pack_get_uint_max (reader, G_MAXUINT32);
  if (reader->failed || *paragraph >= document->paragraphs->len)
    {
      reader->failed = TRUE;
      return FALSE;
    }
  within = g_ptr_array_index (document->paragraphs, *paragraph);
  if (*start > within->len || length > within->len - *start)
    {
      reader->failed = TRUE;
      return FALSE;
    }
  *end = *start + (gsize) length;
  return TRUE;
}

DossierDocument *
dossier_pack_get_document (DossierPackReader *reader)
{
  g_autoptr(DossierDocument) document = dossier_document_new ();
  guint n, flags;

  document->source = dossier_pack_get_string (reader, NULL);
  document->source_id = dossier_pack_get_int (reader);
  document->title = dossier_pack_get_string (reader, NULL);
  document->outlet = g_strdup (dossier_pack_get_shared (reader));
  document->outlet_evidence = dossier_pack_get_string (reader, NULL);
  document->address = dossier_pack_get_string (reader, NULL);
  document->author = g_strdup (dossier_pack_get_shared (reader));
  dossier_pack_get_date (reader, &document->published);
  document->published_from = (DossierDateSource) dossier_pack_get_uint_max (reader, DOSSIER_DATE_SOURCE_ADDRESS);
  document->published_evidence = dossier_pack_get_string (reader, NULL);
  document->encoding = get_static (reader);
  document->language = get_static (reader);
  flags = (guint) dossier_pack_get_uint_max (reader, 3);
  document->is_html = (flags & 1) != 0;
  document->uncleaned = (flags & 2) != 0;

  n = get_count (reader);
  for (guint p = 0; p < n && !reader->failed; p++)
    {
      gsize len;
      g_autofree char *text = dossier_pack_get_string (reader, &len);
      DossierParagraph *paragraph;
      guint kind, n_sentences;
      gsize last = 0;

      if (text == NULL)
        {
          reader->failed = TRUE;
          break;
        }
      kind = (guint) dossier_pack_get_uint_max (reader, DOSSIER_PARAGRAPH_QUOTE);
      paragraph = g_new0 (DossierParagraph, 1);
      paragraph->text = g_steal_pointer (&text);
      paragraph->len = len;
      paragraph->kind = (DossierParagraphKind) kind;
      paragraph->first_line = (guint) dossier_pack_get_uint_max (reader, G_MAXUINT32);
      paragraph->last_line = (guint) dossier_pack_get_uint_max (reader, G_MAXUINT32);
      paragraph->attribution = dossier_pack_get_string (reader, NULL);
      n_sentences = get_count (reader);
      paragraph->sentences = g_array_sized_new (FALSE, FALSE, sizeof (DossierSpan), n_sentences);
      g_ptr_array_add (document->paragraphs, paragraph);
      for (guint s = 0; s < n_sentences && !reader->failed; s++)
        {
          gint64 gap = dossier_pack_get_int (reader);
          gint64 length = dossier_pack_get_int (reader);
          DossierSpan span;

          if (gap < -(gint64) last || length < 0 || (guint64) (last + gap) > len ||
              (guint64) length > len - (gsize) (last + gap))
            {
              reader->failed = TRUE;
              break;
            }
          span.start = (gsize) ((gint64) last + gap);
          span.end = span.start + (gsize) length;
          g_array_append_val (paragraph->sentences, span);
          last = span.end;
        }
    }

  n = get_count (reader);
  for (guint r = 0; r < n && !reader->failed; r++)
    {
      DossierRemoved removed = { 0 };

      removed.first_line = (guint) dossier_pack_get_uint_max (reader, G_MAXUINT32);
      removed.last_line = (guint) dossier_pack_get_uint_max (reader, G_MAXUINT32);
      removed.kind = (DossierRemovedKind) dossier_pack_get_uint_max (reader, DOSSIER_REMOVED_CAPTION);
      removed.text = dossier_pack_get_string (reader, NULL);
      g_array_append_val (document->removed, removed);
    }
  get_strings (reader, document->captions);
  get_strings (reader, document->warnings);

  n = get_count (reader);
  for (guint m = 0; m < n && !reader->failed; m++)
    {
      DossierMention mention = { 0 };

      if (!get_span (reader, document, &mention.paragraph, &mention.start, &mention.end))
        break;
      mention.type = (DossierEntityType) dossier_pack_get_uint_max (reader, DOSSIER_ENTITY_PLACE);
      mention.key = g_strdup (dossier_pack_get_shared (reader));
      mention.canonical = g_strdup (dossier_pack_get_shared (reader));
      mention.entity = get_index (reader);
      g_array_append_val (document->mentions, mention);
    }
  n = get_count (reader);
  for (guint d = 0; d < n && !reader->failed; d++)
    {
      DossierDateMention date = { 0 };

      if (!get_span (reader, document, &date.paragraph, &date.start, &date.end))
        break;
      dossier_pack_get_date (reader, &date.value);
      date.rule = get_static (reader);
      date.relative = dossier_pack_get_uint_max (reader, 1) != 0;
      g_array_append_val (document->dates, date);
    }
  n = get_count (reader);
  for (guint q = 0; q < n && !reader->failed; q++)
    {
      DossierQuote quote = { 0 };

      if (!get_span (reader, document, &quote.paragraph, &quote.start, &quote.end))
        break;
      quote.speaker_mention = get_index (reader);
      quote.speaker_key = g_strdup (dossier_pack_get_shared (reader));
      quote.speaker_name = g_strdup (dossier_pack_get_shared (reader));
      quote.speaker_entity = get_index (reader);
      g_array_append_val (document->quotes, quote);
    }
  if (reader->failed)
    return NULL;
  return g_steal_pointer (&document);
}

gboolean
dossier_pack_check_document (const DossierDocument *document,
                             guint                  n_entities)
{
  for (guint m = 0; m < document->mentions->len; m++)
    {
      const DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);

      if (mention->entity >= (int) n_entities)
        return FALSE;
    }
  for (guint q = 0; q < document->quotes->len; q++)
    {
      const DossierQuote *quote = &g_array_index (document->quotes, DossierQuote, q);

      if (quote->speaker_mention >= (int) document->mentions->len || quote->speaker_entity >= (int) n_entities)
        return FALSE;
    }
  return TRUE;
}

static void
put_ints (DossierPackWriter *writer,
          GArray            *values,
          gboolean           is_signed)
{
  dossier_pack_put_uint (writer, values->len);
  for (guint i = 0; i < values->len; i++)
    {
      if (is_signed)
        dossier_pack_put_int (writer, g_array_index (values, int, i));
      else
        dossier_pack_put_uint (writer, g_array_index (values, guint, i));
    }
}

/* Of guint, each below @below; or of int, each from -1 up to below @below. */
static GArray *
get_ints (DossierPackReader *reader,
          gboolean           is_signed,
          guint              below)
{
  guint n = get_count (reader);
  GArray *values = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);

  for (guint i = 0; i < n && !reader->failed; i++)
    {
      if (is_signed)
        {
          gint64 value = dossier_pack_get_int (reader);
          int stored = (int) value;

          if (value < -1 || value >= (gint64) below)
            reader->failed = TRUE;
          g_array_append_val (values, stored);
        }
      else
        {
          guint value = (guint) dossier_pack_get_uint_max (reader, below == 0 ? 0 : below - 1);

          if (below == 0)
            reader->failed = TRUE;
          g_array_append_val (values, value);
        }
    }
  return values;
}

void
dossier_pack_put_results (DossierPackWriter *writer,
                          DossierAnalysis   *analysis)
{
  guint n_entities = dossier_analysis_get_n_entities (analysis);
  guint n_events = dossier_analysis_get_n_events (analysis);

  dossier_pack_put_uint (writer, n_entities);
  for (guint e = 0; e < n_entities; e++)
    {
      const DossierEntityRecord *entity = dossier_analysis_get_entity (analysis, e);

      dossier_pack_put_shared (writer, entity->name);
      dossier_pack_put_shared (writer, entity->key);
      dossier_pack_put_uint (writer, entity->type);
      put_strings (writer, entity->aliases);
      put_ints (writer, entity->documents, FALSE);
      dossier_pack_put_uint (writer, entity->mentions);
      dossier_pack_put_uint (writer, entity->probably_same != NULL ? 1 : 0);
      if (entity->probably_same != NULL)
        put_strings (writer, entity->probably_same);
    }

  dossier_pack_put_uint (writer, n_events);
  for (guint v = 0; v < n_events; v++)
    {
      const DossierEventRecord *event = dossier_analysis_get_event (analysis, v);
      guint n_links = event->links != NULL ? event->links->len : 0;

      dossier_pack_put_date (writer, &event->date);
      dossier_pack_put_string (writer, event->summary, -1);
      put_ints (writer, event->entities, TRUE);
      dossier_pack_put_uint (writer, event->sources->len);
      for (guint s = 0; s < event->sources->len; s++)
        {
          const DossierEventSource *source = &g_array_index (event->sources, DossierEventSource, s);

          dossier_pack_put_uint (writer, source->document);
          dossier_pack_put_uint (writer, source->paragraph);
          dossier_pack_put_uint (writer, source->start);
          dossier_pack_put_uint (writer, source->end);
          dossier_pack_put_uint (writer, source->date_start);
          dossier_pack_put_uint (writer, source->date_end);
          dossier_pack_put_uint (writer, source->dating);
        }
      dossier_pack_put_uint (writer, event->links != NULL ? n_links + 1 : 0);
      for (guint l = 0; l < n_links; l++)
        {
          const DossierEventLink *link = &g_array_index (event->links, DossierEventLink, l);
          guint64 bits;

          dossier_pack_put_uint (writer, link->source_a);
          dossier_pack_put_uint (writer, link->source_b);
          dossier_pack_put_uint (writer, link->reasons);
          memcpy (&bits, &link->similarity, sizeof bits);
          dossier_pack_put_uint (writer, bits);
          for (guint i = 0; i < DOSSIER_LINK_MAX_ENTITIES; i++)
            dossier_pack_put_int (writer, link->entities[i]);
          dossier_pack_put_shared (writer, link->action_a);
          dossier_pack_put_shared (writer, link->action_b);
        }
      dossier_pack_put_uint (writer, (event->hidden ? 1 : 0));
      dossier_pack_put_uint (writer, event->corrected);
    }
}

gboolean
dossier_pack_get_results (DossierPackReader *reader,
                          guint              n_documents,
                          GPtrArray         *entities,
                          GPtrArray         *events)
{
  guint n_entities = get_count (reader);
  guint n_events;

  for (guint e = 0; e < n_entities && !reader->failed; e++)
    {
      DossierEntityRecord *entity = g_new0 (DossierEntityRecord, 1);

      g_ptr_array_add (entities, entity);
      entity->name = g_strdup (dossier_pack_get_shared (reader));
      entity->key = g_strdup (dossier_pack_get_shared (reader));
      entity->type = (DossierEntityType) dossier_pack_get_uint_max (reader, DOSSIER_ENTITY_PLACE);
      entity->aliases = g_ptr_array_new_with_free_func (g_free);
      get_strings (reader, entity->aliases);
      entity->documents = get_ints (reader, FALSE, n_documents);
      entity->mentions = (guint) dossier_pack_get_uint_max (reader, G_MAXUINT32);
      if (dossier_pack_get_uint_max (reader, 1) != 0)
        {
          entity->probably_same = g_ptr_array_new_with_free_func (g_free);
          get_strings (reader, entity->probably_same);
        }
      if (entity->name == NULL || entity->key == NULL)
        reader->failed = TRUE;
    }

  n_events = reader->failed ? 0 : get_count (reader);
  for (guint v = 0; v < n_events && !reader->failed; v++)
    {
      DossierEventRecord *event = g_new0 (DossierEventRecord, 1);
      guint n_sources, n_links;

      g_ptr_array_add (events, event);
      dossier_pack_get_date (reader, &event->date);
      event->summary = dossier_pack_get_string (reader, NULL);
      event->entities = get_ints (reader, TRUE, n_entities);
      n_sources = get_count (reader);
      event->sources = g_array_sized_new (FALSE, FALSE, sizeof (DossierEventSource), n_sources);
      for (guint s = 0; s < n_sources && !reader->failed; s++)
        {
          DossierEventSource source;

          source.document = (guint) dossier_pack_get_uint_max (reader, n_documents == 0 ? 0 : n_documents - 1);
          source.paragraph = (guint) dossier_pack_get_uint_max (reader, G_MAXUINT32);
          source.start = (gsize) dossier_pack_get_uint_max (reader, G_MAXUINT32);
          source.end = (gsize) dossier_pack_get_uint_max (reader, G_MAXUINT32);
          source.date_start = (gsize) dossier_pack_get_uint_max (reader, G_MAXUINT32);
          source.date_end = (gsize) dossier_pack_get_uint_max (reader, G_MAXUINT32);
          source.dating = (DossierSourceDating) dossier_pack_get_uint_max (reader, DOSSIER_DATED_AS_CONTINUATION);
          if (n_documents == 0 || source.start > source.end || source.date_start > source.date_end)
            reader->failed = TRUE;
          g_array_append_val (event->sources, source);
        }
      n_links = get_count (reader);
      if (n_links > 0)
        event->links = g_array_sized_new (FALSE, TRUE, sizeof (DossierEventLink), n_links - 1);
      for (guint l = 0; l + 1 < n_links && !reader->failed; l++)
        {
          DossierEventLink link = { 0 };
          guint64 bits;

          link.source_a = (guint) dossier_pack_get_uint_max (reader, G_MAXUINT32);
          link.source_b = (guint) dossier_pack_get_uint_max (reader, G_MAXUINT32);
          link.reasons = (guint) dossier_pack_get_uint_max (reader, G_MAXUINT32);
          bits = dossier_pack_get_uint (reader);
          memcpy (&link.similarity, &bits, sizeof bits);
          for (guint i = 0; i < DOSSIER_LINK_MAX_ENTITIES; i++)
            {
              gint64 entity = dossier_pack_get_int (reader);

              if (entity < -1 || entity >= (gint64) n_entities)
                reader->failed = TRUE;
              link.entities[i] = (int) entity;
            }
          link.action_a = g_strdup (dossier_pack_get_shared (reader));
          link.action_b = g_strdup (dossier_pack_get_shared (reader));
          if (link.source_a >= event->sources->len || link.source_b >= event->sources->len)
            reader->failed = TRUE;
          g_array_append_val (event->links, link);
        }
      event->hidden = dossier_pack_get_uint_max (reader, 1) != 0;
      event->corrected = (guint) dossier_pack_get_uint_max (reader, G_MAXUINT32);
    }
  return !reader->failed;
}

gboolean
dossier_pack_check_events (GPtrArray *events,
                           GPtrArray *documents)
{
  for (guint v = 0; v < events->len; v++)
    {
      const DossierEventRecord *event = g_ptr_array_index (events, v);

      for (guint s = 0; s < event->sources->len; s++)
        {
          const DossierEventSource *source = &g_array_index (event->sources, DossierEventSource, s);
          const DossierDocument *document;
          const DossierParagraph *paragraph;

          if (source->document >= documents->len)
            return FALSE;
          document = g_ptr_array_index (documents, source->document);
          if (source->paragraph >= document->paragraphs->len)
            return FALSE;
          paragraph = g_ptr_array_index (document->paragraphs, source->paragraph);
          if (source->end > paragraph->len || source->date_end > paragraph->len)
            return FALSE;
        }
    }
  return TRUE;
}
