/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-event-corrections.h"

#include <stdlib.h>
#include <string.h>

#include "dossier-correction.h"
#include "dossier-event-summary.h"
#include "dossier-sort.h"

#define KEY_DIGITS 16

char *
dossier_event_source_dup_key (GPtrArray                *documents,
                              const DossierEventSource *source)
{
  DossierDocument *document;
  DossierParagraph *paragraph;
  g_autoptr(GChecksum) checksum = NULL;
  const char *digest;

  g_return_val_if_fail (documents != NULL && source != NULL, NULL);
  g_return_val_if_fail (source->document < documents->len, NULL);

  document = g_ptr_array_index (documents, source->document);
  paragraph = g_ptr_array_index (document->paragraphs, source->paragraph);
  checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_checksum_update (checksum, (const guchar *) paragraph->text + source->start, source->end - source->start);
  g_checksum_update (checksum, (const guchar *) "\n", 1);
  if (source->date_end > source->date_start)
    g_checksum_update (checksum, (const guchar *) paragraph->text + source->date_start,
                       source->date_end - source->date_start);
  digest = g_checksum_get_string (checksum);
  if (document->source_id != 0)
    return g_strdup_printf ("s%" G_GINT64_FORMAT ":%.*s", document->source_id, KEY_DIGITS, digest);
  return g_strdup_printf ("a%u:%.*s", source->document + 1, KEY_DIGITS, digest);
}

char *
dossier_event_record_dup_key (const DossierEventRecord *event,
                              GPtrArray                *documents)
{
  g_return_val_if_fail (event != NULL, NULL);

  if (event->sources->len == 0)
    return NULL;
  return dossier_event_source_dup_key (documents, &g_array_index (event->sources, DossierEventSource, 0));
}

/* The document a key names, or -1. */
static int
document_of_key (GPtrArray  *documents,
                 const char *key)
{
  char *end = NULL;
  gint64 number;

  if (key == NULL || (key[0] != 's' && key[0] != 'a'))
    return -1;
  number = g_ascii_strtoll (key + 1, &end, 10);
  if (end == key + 1 || *end != ':' || number <= 0)
    return -1;
  if (key[0] == 'a')
    return number <= (gint64) documents->len ? (int) number - 1 : -1;
  for (guint d = 0; d < documents->len; d++)
    if (((DossierDocument *) g_ptr_array_index (documents, d))->source_id == number)
      return (int) d;
  return -1;
}

/* Of the sources of @event, the index of the one of key @key (in document
 * @document), or -1. */
static int
find_source (const DossierEventRecord *event,
             GPtrArray                *documents,
             int                       document,
             const char               *key)
{
  for (guint s = 0; s < event->sources->len; s++)
    {
      const DossierEventSource *source = &g_array_index (event->sources, DossierEventSource, s);
      g_autofree char *source_key = NULL;

      if ((int) source->document != document)
        continue;
      source_key = dossier_event_source_dup_key (documents, source);
      if (strcmp (source_key, key) == 0)
        return (int) s;
    }
  return -1;
}

int
dossier_event_find (GPtrArray  *events,
                    GPtrArray  *documents,
                    const char *key)
{
  int document;

  g_return_val_if_fail (events != NULL && documents != NULL, -1);

  document = document_of_key (documents, key);
  if (document < 0)
    return -1;
  /* The event it is the first source of, before one that merely has it. */
  for (guint e = 0; e < events->len; e++)
    {
      const DossierEventRecord *event = g_ptr_array_index (events, e);
      if (find_source (event, documents, document, key) == 0)
        return (int) e;
    }
  for (guint e = 0; e < events->len; e++)
    if (find_source (g_ptr_array_index (events, e), documents, document, key) > 0)
      return (int) e;
  return -1;
}

/* The resolved date expression that starts at byte @start of @paragraph,
 * or NULL. */
static const DossierDateMention *
date_at (DossierDocument *document,
         guint            paragraph,
         gsize            start)
{
  for (guint d = 0; d < document->dates->len; d++)
    {
      const DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, d);

      if (date->paragraph == paragraph && date->start == start)
        return dossier_date_is_set (&date->value) ? date : NULL;
    }
  return NULL;
}

gboolean
dossier_event_source_for_sentence (GPtrArray          *documents,
                                   guint               document,
                                   guint               paragraph,
                                   gsize               offset,
                                   DossierEventSource *source,
                                   DossierDate        *date)
{
  DossierDocument *holder;
  DossierParagraph *text;
  DossierDate day = DOSSIER_DATE_INIT;

  g_return_val_if_fail (documents != NULL && source != NULL, FALSE);

  if (document >= documents->len)
    return FALSE;
  holder = g_ptr_array_index (documents, document);
  if (paragraph >= holder->paragraphs->len)
    return FALSE;
  text = g_ptr_array_index (holder->paragraphs, paragraph);
  memset (source, 0, sizeof *source);
  for (guint s = 0; text->sentences != NULL && s < text->sentences->len; s++)
    {
      const DossierSpan *sentence = &g_array_index (text->sentences, DossierSpan, s);

      if (offset < sentence->end || s + 1 == text->sentences->len)
        {
          if (offset < sentence->start && s > 0)
            return FALSE;
          source->document = document;
          source->paragraph = paragraph;
          source->start = sentence->start;
          source->end = sentence->end;
          source->dating = DOSSIER_DATED_IMPLICITLY;
          break;
        }
    }
  if (source->end <= source->start)
    return FALSE;

  for (guint d = 0; d < holder->dates->len; d++)
    {
      const DossierDateMention *mention = &g_array_index (holder->dates, DossierDateMention, d);

      if (mention->paragraph != paragraph || mention->start < source->start || mention->end > source->end ||
          !dossier_date_is_set (&mention->value))
        continue;
      source->date_start = mention->start;
      source->date_end = mention->end;
      source->dating = DOSSIER_DATED_BY_EXPRESSION;
      day = mention->value;
      break;
    }
  if (!dossier_date_is_set (&day) && dossier_date_is_set (&holder->published))
    {
      day = holder->published;
      if (day.precision > DOSSIER_PRECISION_DAY)
        day.precision = DOSSIER_PRECISION_DAY;
    }
  if (date != NULL)
    *date = day;
  return TRUE;
}

static int
compare_sources (gconstpointer a,
                 gconstpointer b)
{
  const DossierEventSource *sa = a, *sb = b;

  if (sa->document != sb->document)
    return sa->document < sb->document ? -1 : 1;
  if (sa->paragraph != sb->paragraph)
    return sa->paragraph < sb->paragraph ? -1 : 1;
  if (sa->start != sb->start)
    return sa->start < sb->start ? -1 : 1;
  return sa->date_start < sb->date_start ? -1 : sa->date_start > sb->date_start;
}

static gboolean
same_sentence (const DossierEventSource *a,
               const DossierEventSource *b)
{
  return a->document == b->document && a->paragraph == b->paragraph && a->start == b->start;
}

/* As the event builder orders events: by date, then by first source; the
 * summary breaks what ties are left. */
static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const DossierEventRecord *ea = *(const DossierEventRecord * const *) a;
  const DossierEventRecord *eb = *(const DossierEventRecord * const *) b;
  int order = dossier_date_compare (&ea->date, &eb->date);

  if (order != 0)
    return order;
  if (ea->sources->len > 0 && eb->sources->len > 0)
    order = compare_sources (&g_array_index (ea->sources, DossierEventSource, 0),
                             &g_array_index (eb->sources, DossierEventSource, 0));
  return order != 0 ? order : g_strcmp0 (ea->summary, eb->summary);
}

/* The resolved entities named in @source's sentence, ascending. */
static void
add_sentence_entities (GPtrArray                *documents,
                       const DossierEventSource *source,
                       GArray                   *entities)
{
  DossierDocument *document = g_ptr_array_index (documents, source->document);

  for (guint m = 0; m < document->mentions->len; m++)
    {
      const DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);

      if (mention->paragraph == source->paragraph && mention->start >= source->start &&
          mention->end <= source->end && mention->entity >= 0)
        g_array_append_val (entities, mention->entity);
    }
}

/* Sorts @entities (of int) and drops repeats. */
static void
sort_unique (GArray *entities)
{
  guint kept = 0;

  g_array_sort (entities, dossier_compare_int);
  for (guint i = 0; i < entities->len; i++)
    if (kept == 0 || g_array_index (entities, int, i) != g_array_index (entities, int, kept - 1))
      g_array_index (entities, int, kept++) = g_array_index (entities, int, i);
  g_array_set_size (entities, kept);
}

static char *
summarise (GPtrArray                *documents,
           GPtrArray                *entities,
           DossierEntityRecognizer  *recognizer,
           const DossierEventSource *source)
{
  DossierEventCandidate candidate = { 0 };

  candidate.document = source->document;
  candidate.paragraph = source->paragraph;
  candidate.start = source->start;
  candidate.end = source->end;
  candidate.date_start = source->date_start;
  candidate.date_end = source->date_end;
  candidate.dating = source->dating;
  candidate.inherits_from = -1;
  return _dossier_event_summarise (documents, entities, recognizer, &candidate);
}

/* An event of one source. */
static DossierEventRecord *
event_of_source (GPtrArray                *documents,
                 GPtrArray                *entities,
                 DossierEntityRecognizer  *recognizer,
                 const DossierEventSource *source,
                 const DossierDate        *date)
{
  DossierEventRecord *event = g_new0 (DossierEventRecord, 1);

  event->date = *date;
  event->entities = g_array_new (FALSE, FALSE, sizeof (int));
  event->sources = g_array_new (FALSE, FALSE, sizeof (DossierEventSource));
  event->links = g_array_new (FALSE, TRUE, sizeof (DossierEventLink));
  g_array_append_val (event->sources, *source);
  add_sentence_entities (documents, source, event->entities);
  sort_unique (event->entities);
  event->summary = summarise (documents, entities, recognizer, source);
  return event;
}

/* The links of @event with their sources renumbered by @renumber (of its
 * old sources; -1 for one gone, whose links go). */
static void
renumber_links (DossierEventRecord *event,
                const int          *renumber)
{
  guint kept = 0;

  if (event->links == NULL)
    return;
  for (guint k = 0; k < event->links->len; k++)
    {
      DossierEventLink link = g_array_index (event->links, DossierEventLink, k);

      if (renumber[link.source_a] < 0 || renumber[link.source_b] < 0)
        {
          g_free (link.action_a);
          g_free (link.action_b);
          continue;
        }
      link.source_a = (guint) renumber[link.source_a];
      link.source_b = (guint) renumber[link.source_b];
      g_array_index (event->links, DossierEventLink, kept++) = link;
    }
  g_array_set_size (event->links, kept);
}

typedef struct
{
  DossierEventSource source;
  guint from;       /* 0: of the event merged into, 1: of the other */
  guint index;      /* in its event's sources */
} Merging;

static int
compare_merging (gconstpointer a,
                 gconstpointer b)
{
  const Merging *ma = a, *mb = b;
  int order = compare_sources (&ma->source, &mb->source);

  return order != 0 ? order : (int) ma->from - (int) mb->from;
}

/* @from's sources, participants and links become @into's. */
static void
merge_into (DossierEventRecord *into,
            DossierEventRecord *from)
{
  g_autoptr(GArray) merging = g_array_new (FALSE, FALSE, sizeof (Merging));
  g_autofree int *renumber_into = g_new (int, MAX (into->sources->len, 1));
  g_autofree int *renumber_from = g_new (int, MAX (from->sources->len, 1));
  DossierEventRecord *events[2] = { into, from };
  int *renumber[2] = { renumber_into, renumber_from };

  for (guint e = 0; e < 2; e++)
    for (guint s = 0; s < events[e]->sources->len; s++)
      {
        Merging item = { g_array_index (events[e]->sources, DossierEventSource, s), e, s };
        g_array_append_val (merging, item);
      }
  g_array_sort (merging, compare_merging);
  g_array_set_size (into->sources, 0);
  for (guint i = 0; i < merging->len; i++)
    {
      Merging *item = &g_array_index (merging, Merging, i);

      /* One sentence in both (a sentence of two dates) is one source. */
      if (into->sources->len > 0 &&
          same_sentence (&g_array_index (into->sources, DossierEventSource, into->sources->len - 1),
                         &item->source))
        {
          renumber[item->from][item->index] = (int) into->sources->len - 1;
          continue;
        }
      renumber[item->from][item->index] = (int) into->sources->len;
      g_array_append_val (into->sources, item->source);
    }

  if (into->links == NULL)
    into->links = g_array_new (FALSE, TRUE, sizeof (DossierEventLink));
  renumber_links (into, renumber_into);
  if (from->links != NULL)
    {
      renumber_links (from, renumber_from);
      g_array_append_vals (into->links, from->links->data, from->links->len);
      /* The strings moved with the links. */
      g_array_set_size (from->links, 0);
    }

  g_array_append_vals (into->entities, from->entities->data, from->entities->len);
  sort_unique (into->entities);
  if (!dossier_date_is_set (&into->date))
    into->date = from->date;
  into->corrected |= DOSSIER_EVENT_MERGED;
}

/* Source @index of @event made an event of its own, which is returned. */
static DossierEventRecord *
split_off (GPtrArray                *documents,
           GPtrArray                *entities,
           DossierEntityRecognizer  *recognizer,
           DossierEventRecord       *event,
           guint                     index)
{
  DossierEventSource source = g_array_index (event->sources, DossierEventSource, index);
  DossierDocument *document = g_ptr_array_index (documents, source.document);
  const DossierDateMention *date = source.date_end > source.date_start
                                   ? date_at (document, source.paragraph, source.date_start) : NULL;
  g_autofree int *renumber = g_new (int, event->sources->len);
  DossierEventRecord *alone;

  for (guint s = 0; s < event->sources->len; s++)
    renumber[s] = s < index ? (int) s : s == index ? -1 : (int) s - 1;
  g_array_remove_index (event->sources, index);
  renumber_links (event, renumber);

  alone = event_of_source (documents, entities, recognizer, &source, date != NULL ? &date->value : &event->date);
  alone->corrected |= DOSSIER_EVENT_SPLIT;

  /* Its participants are those its sentences still name. */
  g_array_set_size (event->entities, 0);
  for (guint s = 0; s < event->sources->len; s++)
    add_sentence_entities (documents, &g_array_index (event->sources, DossierEventSource, s), event->entities);
  sort_unique (event->entities);
  /* A title made from the sentence split off told the other event: made
   * again from the first source that states a date, or the first. */
  if (!(event->corrected & DOSSIER_EVENT_RETITLED) && g_strcmp0 (event->summary, alone->summary) == 0)
    {
      const DossierEventSource *first = &g_array_index (event->sources, DossierEventSource, 0);

      for (guint s = 0; s < event->sources->len; s++)
        {
          const DossierEventSource *candidate = &g_array_index (event->sources, DossierEventSource, s);
          if (candidate->dating == DOSSIER_DATED_BY_EXPRESSION)
            {
              first = candidate;
              break;
            }
        }
      g_free (event->summary);
      event->summary = summarise (documents, entities, recognizer, first);
    }
  event->corrected |= DOSSIER_EVENT_SPLIT;
  return alone;
}

/* The event made of the sentence of key @key, if none reports it yet. */
static DossierEventRecord *
make_event (GPtrArray               *documents,
            GPtrArray               *entities,
            DossierEntityRecognizer *recognizer,
            GPtrArray               *events,
            const char              *key)
{
  int document = document_of_key (documents, key);
  DossierDocument *holder;

  if (document < 0 || dossier_event_find (events, documents, key) >= 0)
    return NULL;
  holder = g_ptr_array_index (documents, document);
  for (guint p = 0; p < holder->paragraphs->len; p++)
    {
      DossierParagraph *paragraph = g_ptr_array_index (holder->paragraphs, p);

      for (guint s = 0; paragraph->sentences != NULL && s < paragraph->sentences->len; s++)
        {
          const DossierSpan *sentence = &g_array_index (paragraph->sentences, DossierSpan, s);
          DossierEventSource source;
          DossierDate date;
          g_autofree char *source_key = NULL;
          DossierEventRecord *event;

          if (!dossier_event_source_for_sentence (documents, (guint) document, p, sentence->start, &source, &date))
            continue;
          source_key = dossier_event_source_dup_key (documents, &source);
          if (strcmp (source_key, key) != 0)
            continue;
          if (!dossier_date_is_set (&date))
            return NULL;
          event = event_of_source (documents, entities, recognizer, &source, &date);
          event->corrected |= DOSSIER_EVENT_MADE;
          return event;
        }
    }
  return NULL;
}

void
dossier_event_corrections_apply (GPtrArray               *documents,
                                 GPtrArray               *entities,
                                 DossierEntityRecognizer *recognizer,
                                 GPtrArray               *events,
                                 const GPtrArray         *corrections)
{
  gboolean changed = FALSE;

  g_return_if_fail (documents != NULL && events != NULL);

  for (guint c = 0; corrections != NULL && c < corrections->len; c++)
    {
      const DossierCorrection *correction = g_ptr_array_index ((GPtrArray *) corrections, c);
      DossierEventRecord *event;
      int index;

      if (!dossier_correction_kind_is_event (correction->kind) || correction->entity == NULL)
        continue;
      if (correction->kind == DOSSIER_CORRECTION_EVENT_NEW)
        {
          event = make_event (documents, entities, recognizer, events, correction->entity);
          if (event != NULL)
            {
              g_ptr_array_add (events, event);
              changed = TRUE;
            }
          continue;
        }

      index = dossier_event_find (events, documents, correction->entity);
      if (index < 0 || correction->value == NULL)
        continue;
      event = g_ptr_array_index (events, index);

      switch (correction->kind)
        {
        case DOSSIER_CORRECTION_EVENT_TITLE:
          {
            g_autofree char *title = g_strstrip (g_strdup (correction->value));

            if (*title == '\0')
              break;
            g_free (event->summary);
            event->summary = g_steal_pointer (&title);
            event->corrected |= DOSSIER_EVENT_RETITLED;
            changed = TRUE;
          }
          break;

        case DOSSIER_CORRECTION_EVENT_DATE:
          {
            DossierDate date;

            if (!dossier_date_parse_iso (correction->value, &date))
              break;
            event->date = date;
            event->corrected |= DOSSIER_EVENT_REDATED;
            changed = TRUE;
          }
          break;

        case DOSSIER_CORRECTION_EVENT_HIDDEN:
          event->hidden = g_strcmp0 (correction->value, "false") != 0;
          changed = TRUE;
          break;

        case DOSSIER_CORRECTION_EVENT_MERGE:
          {
            int into = dossier_event_find (events, documents, correction->value);

            if (into < 0 || into == index)
              break;
            merge_into (g_ptr_array_index (events, into), event);
            g_ptr_array_remove_index (events, index);
            changed = TRUE;
          }
          break;

        case DOSSIER_CORRECTION_EVENT_SPLIT:
          {
            int document = document_of_key (documents, correction->value);
            int source = document >= 0 ? find_source (event, documents, document, correction->value) : -1;

            if (source < 0 || event->sources->len < 2)
              break;
            g_ptr_array_add (events, split_off (documents, entities, recognizer, event, (guint) source));
            changed = TRUE;
          }
          break;

        default:
          break;
        }
    }

  if (changed)
    g_ptr_array_sort (events, compare_events);
}
