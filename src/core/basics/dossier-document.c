/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "config.h"

#include "dossier-document.h"

#include "dossier-outlets.h"
#include "dossier-word-lists.h"

#include <glib/gi18n-lib.h>
#include <stdarg.h>
#include <string.h>

/* At most this many publication dates' readings are kept per document:
 * the inference tries up to a week of days for an article, besides its
 * own date and none; on 2,000 articles of the benchmark's corpus, 1,372
 * readings in all (at most 14 for one article), 260 KB. */
#define DATES_READ_MAX 16

/* The dates read against one publication date; what they were read from
 * is told by the paragraphs (which never change) and the sentences split
 * in them (none before the analysis splits them). */
typedef struct
{
  gatomicrefcount ref_count;
  DossierDate published;
  guint n_paragraphs;
  guint n_sentences;
  guint n_dates;
  DossierDateMention dates[];
} DatesReading;

/* Never changed once made: a document's copies share it, and one that
 * keeps another reading makes a new one. */
struct _DossierDatesRead
{
  gatomicrefcount ref_count;
  guint n_readings;
  DatesReading *readings[DATES_READ_MAX];   /* the last kept first */
};

/* At most this many day readings are kept per document, those kept before
 * dropped past it: the days an inference tries change only as the dossier
 * does.  On 2,000 articles of the benchmark's corpus, 68,687 readings for
 * 492 undated articles (at most 5,981 for one), 2.7 MB. */
#define DAYS_READ_MAX 8192

/* Never changed once made, like DossierDatesRead. */
struct _DossierDaysRead
{
  gatomicrefcount ref_count;
  guint n_readings;
  /* The readings by where they are and their day, open-addressed: each
   * slot the index + 1 of a reading, or 0.  An inference asks for a
   * reading a hundred thousand times in a correction of a large dossier,
   * and a halving among the thousands of an article's cost a dozen
   * comparisons of five fields each. */
  guint32 *slots;
  guint slot_mask;
  DossierDayReading readings[];   /* by compare_day_readings (), no two alike */
};

static void
days_read_unref (DossierDaysRead *read)
{
  if (read != NULL && g_atomic_ref_count_dec (&read->ref_count))
    {
      g_free (read->slots);
      g_free (read);
    }
}

/* A reading's slot to start from: its day and where its date is (the
 * sentence goes with the date, and is compared only). */
static inline guint
day_reading_hash (const DossierDayReading *reading)
{
  guint64 key = ((guint64) (guint32) reading->day << 32 | reading->start) * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15);

  key ^= (guint64) reading->paragraph * G_GUINT64_CONSTANT (0xc2b2ae3d27d4eb4f);
  return (guint) (key >> 32);
}

static inline gboolean
same_day_reading (const DossierDayReading *x,
                  const DossierDayReading *y)
{
  return x->day == y->day && x->paragraph == y->paragraph && x->start == y->start &&
         x->sentence_start == y->sentence_start && x->sentence_end == y->sentence_end;
}

/* By day, then by where the date is (paragraph, start, sentence): the
 * order an inference reads them in, nearly (day by day, each day's dates
 * in the order of the text), so that sorting what it read costs little. */
static inline int
compare_day_readings (const DossierDayReading *x,
                      const DossierDayReading *y)
{
  if (x->day != y->day)
    return x->day < y->day ? -1 : 1;
  if (x->paragraph != y->paragraph)
    return x->paragraph < y->paragraph ? -1 : 1;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->sentence_start != y->sentence_start)
    return x->sentence_start < y->sentence_start ? -1 : 1;
  return x->sentence_end < y->sentence_end ? -1 : x->sentence_end > y->sentence_end;
}

/* Sorts the @n @readings by compare_day_readings (): the ascending runs
 * they come in are merged two by two, with no call per comparison; a list
 * already in order is read once. */
static void
sort_day_readings (DossierDayReading *readings,
                   guint              n)
{
  g_autofree guint *runs = g_new (guint, n + 1);   /* where each run starts, and n */
  g_autofree DossierDayReading *scratch = NULL;
  DossierDayReading *from = readings, *to;
  guint n_runs = 0;

  for (guint i = 0; i < n; i++)
    if (i == 0 || compare_day_readings (&readings[i], &readings[i - 1]) < 0)
      runs[n_runs++] = i;
  runs[n_runs] = n;
  if (n_runs <= 1)
    return;
  scratch = g_new (DossierDayReading, n);
  to = scratch;
  while (n_runs > 1)
    {
      DossierDayReading *swap;
      guint merged = 0;

      for (guint r = 0; r < n_runs; r += 2)
        {
          guint low = runs[r], middle = runs[MIN (r + 1, n_runs)], high = runs[MIN (r + 2, n_runs)];
          guint i = low, j = middle, k = low;

          while (i < middle && j < high)
            to[k++] = compare_day_readings (&from[j], &from[i]) < 0 ? from[j++] : from[i++];
          while (i < middle)
            to[k++] = from[i++];
          while (j < high)
            to[k++] = from[j++];
          runs[merged++] = low;
        }
      runs[merged] = n;
      n_runs = merged;
      swap = from;
      from = to;
      to = swap;
    }
  if (from != readings)
    memcpy (readings, from, sizeof (DossierDayReading) * n);
}

static void
dates_reading_unref (DatesReading *reading)
{
  if (g_atomic_ref_count_dec (&reading->ref_count))
    g_free (reading);
}

static DossierDatesRead *
dates_read_ref (DossierDatesRead *read)
{
  g_atomic_ref_count_inc (&read->ref_count);
  return read;
}

static void
dates_read_unref (DossierDatesRead *read)
{
  if (read == NULL || !g_atomic_ref_count_dec (&read->ref_count))
    return;
  for (guint i = 0; i < read->n_readings; i++)
    dates_reading_unref (read->readings[i]);
  g_free (read);
}

static gboolean
same_date (const DossierDate *a,
           const DossierDate *b)
{
  return a->year == b->year && a->month == b->month && a->day == b->day && a->hour == b->hour &&
         a->minute == b->minute && a->precision == b->precision;
}

static guint
count_sentences (const DossierDocument *document)
{
  guint n = 0;

  for (guint p = 0; p < document->paragraphs->len; p++)
    n += ((const DossierParagraph *) g_ptr_array_index (document->paragraphs, p))->sentences->len;
  return n;
}

static void
paragraph_free (gpointer data)
{
  DossierParagraph *paragraph = data;

  g_free (paragraph->text);
  g_free (paragraph->attribution);
  g_clear_pointer (&paragraph->sentences, g_array_unref);
  g_clear_pointer (&paragraph->tokens, g_array_unref);
  g_clear_pointer (&paragraph->sentence_tokens, g_array_unref);
  g_free (paragraph);
}

static void
removed_clear (gpointer data)
{
  DossierRemoved *removed = data;

  if (removed->shared)
    g_clear_pointer (&removed->text, g_ref_string_release);
  else
    g_free (removed->text);
}

static void
mention_clear (gpointer data)
{
  dossier_mention_clear_strings (data);
}

static void
quote_clear (gpointer data)
{
  DossierQuote *quote = data;

  g_free (quote->speaker_key);
  g_free (quote->speaker_name);
}

DossierDocument *
dossier_document_new (void)
{
  DossierDocument *document = g_new0 (DossierDocument, 1);

  document->paragraphs = g_ptr_array_new_with_free_func (paragraph_free);
  document->removed = g_array_new (FALSE, TRUE, sizeof (DossierRemoved));
  g_array_set_clear_func (document->removed, removed_clear);
  document->captions = g_ptr_array_new_with_free_func (g_free);
  document->warnings = g_ptr_array_new_with_free_func (g_free);
  document->mentions = g_array_new (FALSE, TRUE, sizeof (DossierMention));
  g_array_set_clear_func (document->mentions, mention_clear);
  document->dates = g_array_new (FALSE, TRUE, sizeof (DossierDateMention));
  document->quotes = g_array_new (FALSE, TRUE, sizeof (DossierQuote));
  g_array_set_clear_func (document->quotes, quote_clear);
  document->encoding = "UTF-8";
  return document;
}

void
dossier_document_free (DossierDocument *document)
{
  if (document == NULL)
    return;

  g_free (document->source);
  g_free (document->paragraphs_digest);
  g_clear_pointer (&document->analysis_digest_of, g_bytes_unref);
  g_free (document->analysis_digest);
  dates_read_unref (document->dates_read);
  days_read_unref (document->days_read);
  g_free (document->title);
  g_free (document->outlet);
  g_free (document->outlet_evidence);
  g_free (document->address);
  g_free (document->author);
  g_free (document->published_evidence);
  g_ptr_array_unref (document->paragraphs);
  g_array_unref (document->removed);
  g_ptr_array_unref (document->captions);
  g_ptr_array_unref (document->warnings);
  g_array_unref (document->mentions);
  g_array_unref (document->dates);
  g_array_unref (document->quotes);
  /* After the mentions, which may borrow from them. */
  g_clear_pointer (&document->held_strings, g_ptr_array_unref);
  g_free (document);
}

DossierParagraph *
dossier_document_add_paragraph (DossierDocument      *document,
                                const char           *text,
                                gssize                len,
                                DossierParagraphKind  kind,
                                guint                 first_line,
                                guint                 last_line)
{
  DossierParagraph *paragraph;

  g_return_val_if_fail (document != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  if (len < 0)
    len = strlen (text);

  paragraph = g_new0 (DossierParagraph, 1);
  paragraph->text = g_strndup (text, len);
  paragraph->len = len;
  paragraph->kind = kind;
  paragraph->first_line = first_line;
  paragraph->last_line = last_line;
  paragraph->sentences = g_array_new (FALSE, FALSE, sizeof (DossierSpan));
  g_ptr_array_add (document->paragraphs, paragraph);
  return paragraph;
}

void
dossier_document_add_removed (DossierDocument    *document,
                              guint               first_line,
                              guint               last_line,
                              DossierRemovedKind  kind,
                              const char         *text)
{
  DossierRemoved removed = { first_line, last_line, kind, FALSE, NULL, 0, 0 };

  g_return_if_fail (document != NULL);

  /* Neighbouring boilerplate lines read better as one range. */
  if (document->removed->len > 0)
    {
      DossierRemoved *last = &g_array_index (document->removed, DossierRemoved,
                                             document->removed->len - 1);
      if (last->kind == kind && kind == DOSSIER_REMOVED_BOILERPLATE &&
          last->last_line + 1 >= first_line && first_line > 0)
        {
          const char *add = text != NULL ? text : "";
          gsize add_len = strlen (add);

          /* Grown in place, in a buffer that doubles, its length kept:
           * a menu of many lines would otherwise be copied or measured
           * whole for each of them.  As with g_strconcat (), a missing
           * text stays missing. */
          /* A shared text is not written to: the range takes a copy of
           * its own. */
          if (last->shared)
            {
              char *own = g_strdup (last->text);

              g_ref_string_release (last->text);
              last->text = own;
              last->shared = FALSE;
              last->text_size = 0;
            }
          if (last->text != NULL)
            {
              gsize need;

              if (last->text_size == 0)
                {
                  last->text_len = strlen (last->text);
                  last->text_size = last->text_len + 1;
                }
              need = last->text_len + 1 + add_len + 1;
              if (need > last->text_size)
                {
                  last->text_size = MAX (need, last->text_size * 2);
                  last->text = g_realloc (last->text, last->text_size);
                }
              last->text[last->text_len] = '\n';
              memcpy (last->text + last->text_len + 1, add, add_len + 1);
              last->text_len += 1 + add_len;
            }
          last->last_line = MAX (last->last_line, last_line);
          return;
        }
    }

  removed.text = g_strdup (text);
  g_array_append_val (document->removed, removed);
}

void
dossier_document_share_removed (DossierDocument *document)
{
  g_return_if_fail (document != NULL);

  for (guint r = 0; r < document->removed->len; r++)
    {
      DossierRemoved *removed = &g_array_index (document->removed, DossierRemoved, r);
      char *shared;

      if (removed->shared || removed->text == NULL)
        continue;
      shared = g_ref_string_new_intern (removed->text);
      g_free (removed->text);
      removed->text = shared;
      removed->shared = TRUE;
      removed->text_len = removed->text_size = 0;
    }
}

void
dossier_document_add_warning (DossierDocument *document,
                              const char      *format,
                              ...)
{
  va_list args;

  g_return_if_fail (document != NULL);

  va_start (args, format);
  g_ptr_array_add (document->warnings, g_strdup_vprintf (format, args));
  va_end (args);
}

DossierDocument *
dossier_document_copy (const DossierDocument *document)
{
  DossierDocument *copy;

  g_return_val_if_fail (document != NULL, NULL);

  copy = dossier_document_new ();
  copy->source = g_strdup (document->source);
  copy->source_id = document->source_id;
  copy->title = g_strdup (document->title);
  copy->outlet = g_strdup (document->outlet);
  copy->outlet_evidence = g_strdup (document->outlet_evidence);
  copy->address = g_strdup (document->address);
  copy->author = g_strdup (document->author);
  copy->published = document->published;
  copy->published_from = document->published_from;
  copy->published_evidence = g_strdup (document->published_evidence);
  copy->encoding = document->encoding;
  copy->language = document->language;
  copy->is_html = document->is_html;
  copy->uncleaned = document->uncleaned;

  for (guint i = 0; i < document->paragraphs->len; i++)
    {
      const DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, i);
      DossierParagraph *added = dossier_document_add_paragraph (copy, paragraph->text, paragraph->len,
                                                                paragraph->kind, paragraph->first_line,
                                                                paragraph->last_line);
      added->attribution = g_strdup (paragraph->attribution);
      added->text_read = paragraph->text_read;
    }
  copy->paragraphs_digest = g_strdup (document->paragraphs_digest);
  copy->analysis_digest_of = document->analysis_digest_of != NULL ? g_bytes_ref (document->analysis_digest_of) : NULL;
  copy->analysis_digest = g_strdup (document->analysis_digest);
  copy->dates_read = document->dates_read != NULL ? dates_read_ref (document->dates_read) : NULL;
  if (document->days_read != NULL)
    {
      g_atomic_ref_count_inc (&document->days_read->ref_count);
      copy->days_read = document->days_read;
    }
  for (guint i = 0; i < document->removed->len; i++)
    {
      const DossierRemoved *removed = &g_array_index (document->removed, DossierRemoved, i);
      DossierRemoved added = { removed->first_line, removed->last_line, removed->kind, removed->shared, NULL, 0, 0 };

      added.text = removed->shared ? g_ref_string_acquire (removed->text) : g_strdup (removed->text);
      g_array_append_val (copy->removed, added);
    }
  for (guint i = 0; i < document->captions->len; i++)
    g_ptr_array_add (copy->captions, g_strdup (g_ptr_array_index (document->captions, i)));
  for (guint i = 0; i < document->warnings->len; i++)
    g_ptr_array_add (copy->warnings, g_strdup (g_ptr_array_index (document->warnings, i)));
  return copy;
}

void
dossier_document_clear_analysis (DossierDocument *document)
{
  g_return_if_fail (document != NULL);

  g_array_set_size (document->mentions, 0);
  g_array_set_size (document->dates, 0);
  g_array_set_size (document->quotes, 0);
  /* After the mentions, which may borrow from them. */
  g_clear_pointer (&document->held_strings, g_ptr_array_unref);
  for (guint i = 0; i < document->paragraphs->len; i++)
    {
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, i);
      g_array_set_size (paragraph->sentences, 0);
      g_clear_pointer (&paragraph->tokens, g_array_unref);
      g_clear_pointer (&paragraph->sentence_tokens, g_array_unref);
    }
}

void
dossier_document_hold_strings (DossierDocument *document,
                               GBytes          *strings)
{
  g_return_if_fail (document != NULL);
  g_return_if_fail (strings != NULL);

  if (document->held_strings == NULL)
    document->held_strings = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  g_ptr_array_add (document->held_strings, g_bytes_ref (strings));
}

void
dossier_mention_clear_strings (DossierMention *mention)
{
  g_return_if_fail (mention != NULL);

  if (!mention->key_borrowed)
    g_free (mention->key);
  if (!mention->canonical_borrowed)
    g_free (mention->canonical);
  mention->key = NULL;
  mention->canonical = NULL;
  mention->key_borrowed = FALSE;
  mention->canonical_borrowed = FALSE;
}

void
dossier_mention_take_key (DossierMention *mention,
                          char           *key)
{
  g_return_if_fail (mention != NULL);

  if (!mention->key_borrowed)
    g_free (mention->key);
  mention->key = key;
  mention->key_borrowed = FALSE;
}

void
dossier_mention_take_canonical (DossierMention *mention,
                                char           *canonical)
{
  g_return_if_fail (mention != NULL);

  if (!mention->canonical_borrowed)
    g_free (mention->canonical);
  mention->canonical = canonical;
  mention->canonical_borrowed = FALSE;
}

gboolean
dossier_document_take_dates (DossierDocument   *document,
                             const DossierDate *published)
{
  DossierDatesRead *read;
  guint n_sentences;

  g_return_val_if_fail (document != NULL && published != NULL, FALSE);

  read = document->dates_read;
  if (read == NULL)
    return FALSE;
  n_sentences = count_sentences (document);
  for (guint i = 0; i < read->n_readings; i++)
    {
      const DatesReading *reading = read->readings[i];

      if (same_date (&reading->published, published) && reading->n_paragraphs == document->paragraphs->len &&
          reading->n_sentences == n_sentences)
        {
          g_array_set_size (document->dates, 0);
          g_array_append_vals (document->dates, reading->dates, reading->n_dates);
          return TRUE;
        }
    }
  return FALSE;
}

void
dossier_document_keep_dates (DossierDocument   *document,
                             const DossierDate *published)
{
  DossierDatesRead *old, *read;
  DatesReading *reading;

  g_return_if_fail (document != NULL && published != NULL);

  reading = g_malloc (sizeof (DatesReading) + document->dates->len * sizeof (DossierDateMention));
  g_atomic_ref_count_init (&reading->ref_count);
  reading->published = *published;
  reading->n_paragraphs = document->paragraphs->len;
  reading->n_sentences = count_sentences (document);
  reading->n_dates = document->dates->len;
  if (document->dates->len > 0)
    memcpy (reading->dates, document->dates->data, document->dates->len * sizeof (DossierDateMention));

  old = document->dates_read;
  read = g_new0 (DossierDatesRead, 1);
  g_atomic_ref_count_init (&read->ref_count);
  read->readings[read->n_readings++] = reading;
  for (guint i = 0; old != NULL && i < old->n_readings && read->n_readings < DATES_READ_MAX; i++)
    {
      g_atomic_ref_count_inc (&old->readings[i]->ref_count);
      read->readings[read->n_readings++] = old->readings[i];
    }
  document->dates_read = read;
  dates_read_unref (old);
}

void
dossier_document_forget_dates (DossierDocument *document)
{
  g_return_if_fail (document != NULL);

  g_clear_pointer (&document->dates_read, dates_read_unref);
  g_clear_pointer (&document->days_read, days_read_unref);
}

gboolean
dossier_document_take_day_reading (const DossierDocument *document,
                                   DossierDayReading     *reading)
{
  const DossierDaysRead *read;

  g_return_val_if_fail (document != NULL && reading != NULL, FALSE);

  read = document->days_read;
  if (read == NULL)
    return FALSE;
  /* No two readings alike: the one found is the one halving found. */
  for (guint i = day_reading_hash (reading) & read->slot_mask; read->slots[i] != 0; i = (i + 1) & read->slot_mask)
    {
      const DossierDayReading *kept = &read->readings[read->slots[i] - 1];

      if (same_day_reading (kept, reading))
        {
          reading->value = kept->value;
          reading->rule = kept->rule;
          return TRUE;
        }
    }
  return FALSE;
}

void
dossier_document_keep_day_readings (DossierDocument         *document,
                                    const DossierDayReading *readings,
                                    guint                    n_readings)
{
  DossierDaysRead *old, *read;
  g_autofree DossierDayReading *added = NULL;
  guint n_old, i = 0, j = 0, n = 0;

  g_return_if_fail (document != NULL);
  g_return_if_fail (readings != NULL || n_readings == 0);

  if (n_readings == 0)
    return;
  added = g_memdup2 (readings, sizeof (DossierDayReading) * n_readings);
  sort_day_readings (added, n_readings);
  old = document->days_read;
  n_old = old != NULL ? old->n_readings : 0;
  if (n_old + n_readings > DAYS_READ_MAX)
    n_old = 0;
  read = g_malloc (sizeof (DossierDaysRead) + sizeof (DossierDayReading) * (n_old + n_readings));
  g_atomic_ref_count_init (&read->ref_count);
  /* The two sorted lists merged, each reading once (the one kept before,
   * where both hold it: the same text read against the same day). */
  while (i < n_old || j < n_readings)
    {
      const DossierDayReading *next;

      if (j == n_readings || (i < n_old && compare_day_readings (&old->readings[i], &added[j]) <= 0))
        next = &old->readings[i++];
      else
        next = &added[j++];
      if (n == 0 || compare_day_readings (&read->readings[n - 1], next) != 0)
        read->readings[n++] = *next;
    }
  read->n_readings = n;
  read = g_realloc (read, sizeof (DossierDaysRead) + sizeof (DossierDayReading) * n);
  /* Slots at least twice the readings, a power of two. */
  read->slot_mask = 15;
  while (read->slot_mask + 1 < 2 * n)
    read->slot_mask = read->slot_mask * 2 + 1;
  read->slots = g_new0 (guint32, read->slot_mask + 1);
  for (guint r = 0; r < n; r++)
    {
      guint i = day_reading_hash (&read->readings[r]) & read->slot_mask;

      while (read->slots[i] != 0)
        i = (i + 1) & read->slot_mask;
      read->slots[i] = r + 1;
    }
  document->days_read = read;
  days_read_unref (old);
}

/* A lead's first words: up to @limit characters, cut after the last
 * whole word that fits (or at @limit within a word longer than that),
 * with "…" when anything was cut. */
static char *
first_words (const char *text,
             guint       limit)
{
  const char *end = text;
  const char *word_end = NULL;
  guint n = 0;

  while (*end != '\0' && n < limit)
    {
      gunichar c = g_utf8_get_char (end);
      const char *next = g_utf8_next_char (end);

      if (g_unichar_isspace (c) && n > 0 && !g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (end))))
        word_end = end;
      end = next;
      n++;
    }
  if (*end == '\0')
    return g_strstrip (g_strdup (text));
  /* The cut falls between two words: the first one is whole. */
  if (g_unichar_isspace (g_utf8_get_char (end)))
    word_end = end;
  if (word_end == NULL)
    word_end = end;
  /* No dangling space, comma or dash before the ellipsis. */
  while (word_end > text)
    {
      const char *prev = g_utf8_prev_char (word_end);
      gunichar c = g_utf8_get_char (prev);

      if (!g_unichar_isspace (c) && (c >= 0x80 || strchr (",;:-(", (int) c) == NULL) && c != 0x2013 && c != 0x2014)
        break;
      word_end = prev;
    }
  return g_strdup_printf ("%.*s…", (int) (word_end - text), text);
}

char *
dossier_document_dup_display_title (const DossierDocument *document,
                                    gboolean              *is_substitute)
{
  g_return_val_if_fail (document != NULL, NULL);

  if (is_substitute != NULL)
    *is_substitute = TRUE;
  if (document->title != NULL && document->title[0] != '\0')
    {
      g_autofree char *title = g_strstrip (g_strdup (document->title));

      if (title[0] != '\0')
        {
          if (is_substitute != NULL)
            *is_substitute = FALSE;
          return g_steal_pointer (&title);
        }
    }
  for (guint p = 0; p < document->paragraphs->len; p++)
    {
      const DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);
      g_autofree char *words = NULL;

      /* The lead is the first paragraph of prose, not a heading or a list. */
      if (paragraph->kind != DOSSIER_PARAGRAPH_BODY && p + 1 < document->paragraphs->len)
        continue;
      words = first_words (paragraph->text, 80);
      if (words[0] != '\0')
        return g_steal_pointer (&words);
    }
  if (document->source != NULL && document->source[0] != '\0')
    {
      g_autofree char *base = g_path_get_basename (document->source);

      if (base[0] != '\0' && g_strcmp0 (base, ".") != 0 && g_strcmp0 (base, G_DIR_SEPARATOR_S) != 0)
        return g_steal_pointer (&base);
    }
  return g_strdup (_("Untitled article"));
}

void
dossier_document_release_tokens (DossierDocument *document)
{
  g_return_if_fail (document != NULL);

  for (guint p = 0; p < document->paragraphs->len; p++)
    {
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);

      g_clear_pointer (&paragraph->tokens, g_array_unref);
      g_clear_pointer (&paragraph->sentence_tokens, g_array_unref);
    }
}

const DossierToken *
dossier_paragraph_get_sentence_tokens (DossierParagraph *paragraph,
                                       guint             sentence,
                                       guint            *n_tokens)
{
  guint first, last;

  g_return_val_if_fail (paragraph != NULL, NULL);
  g_return_val_if_fail (sentence < paragraph->sentences->len, NULL);
  g_return_val_if_fail (n_tokens != NULL, NULL);

  /* Three steps read every sentence's words: split them once. */
  if (paragraph->sentence_tokens == NULL || paragraph->sentence_tokens->len != paragraph->sentences->len + 1)
    {
      g_clear_pointer (&paragraph->tokens, g_array_unref);
      g_clear_pointer (&paragraph->sentence_tokens, g_array_unref);
      paragraph->tokens = g_array_sized_new (FALSE, FALSE, sizeof (DossierToken), paragraph->len / 5 + 1);
      paragraph->sentence_tokens = g_array_sized_new (FALSE, FALSE, sizeof (guint), paragraph->sentences->len + 1);
      for (guint s = 0; s <= paragraph->sentences->len; s++)
        {
          guint start = paragraph->tokens->len;

          g_array_append_val (paragraph->sentence_tokens, start);
          if (s < paragraph->sentences->len)
            {
              const DossierSpan *span = &g_array_index (paragraph->sentences, DossierSpan, s);

              dossier_tokens_split (paragraph->text + span->start, span->end - span->start, paragraph->tokens);
            }
        }
    }

  first = g_array_index (paragraph->sentence_tokens, guint, sentence);
  last = g_array_index (paragraph->sentence_tokens, guint, sentence + 1);
  *n_tokens = last - first;
  return &g_array_index (paragraph->tokens, DossierToken, first);
}

const char *
dossier_paragraph_kind_to_string (DossierParagraphKind kind)
{
  switch (kind)
    {
    case DOSSIER_PARAGRAPH_HEADING: return "heading";
    case DOSSIER_PARAGRAPH_LIST_ITEM: return "list-item";
    case DOSSIER_PARAGRAPH_QUOTE: return "quote";
    case DOSSIER_PARAGRAPH_BODY:
    default: return "body";
    }
}

const char *
dossier_removed_kind_to_string (DossierRemovedKind kind)
{
  switch (kind)
    {
    case DOSSIER_REMOVED_TITLE: return "title";
    case DOSSIER_REMOVED_BYLINE: return "byline";
    case DOSSIER_REMOVED_DATELINE: return "dateline";
    case DOSSIER_REMOVED_CAPTION: return "caption";
    case DOSSIER_REMOVED_BOILERPLATE:
    default: return "boilerplate";
    }
}

const char *
dossier_date_source_to_string (DossierDateSource source)
{
  switch (source)
    {
    case DOSSIER_DATE_SOURCE_MARKER: return "marker";
    case DOSSIER_DATE_SOURCE_TEXT: return "text";
    case DOSSIER_DATE_SOURCE_METADATA: return "metadata";
    case DOSSIER_DATE_SOURCE_INFERRED: return "inferred";
    case DOSSIER_DATE_SOURCE_USER: return "user";
    case DOSSIER_DATE_SOURCE_ADDRESS: return "address";
    case DOSSIER_DATE_SOURCE_NONE:
    default: return NULL;
    }
}

const char *
dossier_entity_type_to_string (DossierEntityType type)
{
  switch (type)
    {
    case DOSSIER_ENTITY_ORGANIZATION: return "organization";
    case DOSSIER_ENTITY_PLACE: return "place";
    case DOSSIER_ENTITY_PERSON:
    default: return "person";
    }
}

static int
compare_mentions (gconstpointer a,
                  gconstpointer b)
{
  const DossierMention *ma = a, *mb = b;

  if (ma->paragraph != mb->paragraph)
    return ma->paragraph < mb->paragraph ? -1 : 1;
  if (ma->start != mb->start)
    return ma->start < mb->start ? -1 : 1;
  return 0;
}

/* The mentions of one paragraph and start keep their order (g_array_sort ()
 * is stable).  Most sorts are of mentions sorted already with a few added
 * at the end (the names judged across the dossier, each analysis): the
 * sorted run they follow is found, the few are sorted by insertion and
 * merged into it from the end, the run's mentions first where they tie —
 * what the stable sort of the whole gives, without a call per comparison. */
#define FEW_MENTIONS_ADDED 64

void
dossier_document_sort_mentions (DossierDocument *document)
{
  GArray *mentions;
  DossierMention *all, *added;
  guint run = 1, n_added;

  g_return_if_fail (document != NULL);

  mentions = document->mentions;
  if (mentions->len < 2)
    return;
  all = (DossierMention *) (void *) mentions->data;
  while (run < mentions->len && compare_mentions (&all[run - 1], &all[run]) <= 0)
    run++;
  n_added = mentions->len - run;
  if (n_added == 0)
    return;
  if (n_added > FEW_MENTIONS_ADDED)
    {
      g_array_sort (mentions, compare_mentions);
      return;
    }
  added = g_memdup2 (all + run, sizeof (DossierMention) * n_added);
  /* By insertion, stable: a mention moves only past greater ones. */
  for (guint i = 1; i < n_added; i++)
    {
      DossierMention mention = added[i];
      guint k = i;

      while (k > 0 && compare_mentions (&added[k - 1], &mention) > 0)
        {
          added[k] = added[k - 1];
          k--;
        }
      added[k] = mention;
    }
  /* From the end: an added mention goes after the run's that tie with it. */
  {
    guint from_run = run, from_added = n_added, to = mentions->len;

    while (from_added > 0)
      {
        if (from_run > 0 && compare_mentions (&all[from_run - 1], &added[from_added - 1]) > 0)
          all[--to] = all[--from_run];
        else
          all[--to] = added[--from_added];
      }
  }
  g_free (added);
}

/* Where a photographer's credit after a caption's last full stop begins
 * ("… on Feb. 17, 2022. Jonathan Cellona, ABS-CBN News"): a name of two to
 * four capitalised words, a comma, and an outlet the list knows; @len when
 * [0, @end) ends on none. */
static gsize
credit_after_the_caption (const char *text,
                          gsize       end,
                          gsize       len)
{
  gsize at = end, comma = 0;
  guint words = 0;

  while (at > 0 && end - at < 80 && !(text[at - 1] == ' ' && at >= 2 && text[at - 2] == '.'))
    {
      if (text[at - 1] == ',' && comma == 0)
        comma = at - 1;
      at--;
    }
  if (at == 0 || end - at >= 80 || comma == 0 || comma + 2 >= end || text[comma + 1] != ' ')
    return len;
  if (dossier_outlet_find_by_name (text + comma + 2, end - comma - 2, NULL) == NULL)
    return len;
  for (gsize k = at; k < comma;)
    {
      if (!g_ascii_isupper (text[k]))
        return len;
      while (k < comma && text[k] != ' ')
        k++;
      words++;
      while (k < comma && text[k] == ' ')
        k++;
    }
  return words >= 2 && words <= 4 ? at : len;
}

/* Where an outlet's name glued to a caption's last full stop begins ("… in
 * Zurich, Switzerland, on May 30, 2015.Reuters"): a copy loses the line
 * between a caption and its credit.  @end when [0, @end) ends on none. */
static gsize
glued_credit (const char *text,
              gsize       end)
{
  gsize at = end;

  while (at > 0 && end - at < 40 && text[at - 1] != '.' && text[at - 1] != ' ')
    at--;
  /* Back over the words of a name of several ("… 2015.Getty Images"). */
  while (at > 0 && end - at < 40 && text[at - 1] == ' ')
    {
      gsize word = at - 1;

      while (word > 0 && g_ascii_isalpha (text[word - 1]))
        word--;
      if (word == at - 1 || word == 0 || text[word - 1] != '.' || !g_ascii_isupper (text[word]))
        break;
      at = word;
    }
  if (at < 3 || text[at - 1] != '.' || !g_ascii_isupper (text[at]) || !g_ascii_isalnum (text[at - 2]))
    return end;
  if (dossier_outlet_find_by_name (text + at, end - at, NULL) == NULL)
    return end;
  return at;
}

/* Where a credit after a caption's last full stop and a slash begins ("…
 * in Spain's upper house. / Agencies", "… / Reuters"): agencies, or an
 * outlet the list knows.  @end when [0, @end) ends on none. */
static gsize
credit_after_a_slash (const char *text,
                      gsize       end)
{
  gsize at = end;

  while (at > 0 && end - at < 40 && text[at - 1] != '/')
    at--;
  if (at < 4 || text[at - 1] != '/' || text[at - 2] != ' ' || text[at - 3] != '.' || text[at] != ' ' ||
      !g_ascii_isupper (text[at + 1]))
    return end;
  if ((end - at - 1 == 8 && strncmp (text + at + 1, "Agencies", 8) == 0) ||
      dossier_outlet_find_by_name (text + at + 1, end - at - 1, NULL) != NULL)
    return at - 2;
  return end;
}

/* Where a credit that says what it is begins after a caption's last full
 * stop ("… approved the agreement. Photo courtesy of Chamber of
 * Representatives", "… in Lima. Photo by Ana Ruiz"): a short run of words,
 * no sentence.  @end when [0, @end) ends on none. */
static gsize
credit_named_as_such (const char *text,
                      gsize       end)
{
  static const char * const openers[] = {
    "photo courtesy ", "courtesy of ", "photo by ", "photo: ", "photograph by ", "photograph: ",
    "picture by ", "picture: ", "image by ", "image courtesy ", "image: ", "credit: ",
  };
  gsize at = end;

  while (at > 2 && end - at < 80 && !(text[at - 1] == ' ' && text[at - 2] == '.'))
    at--;
  if (at <= 2 || end - at >= 80 || !g_ascii_isupper (text[at]))
    return end;
  for (gsize k = 0; k < G_N_ELEMENTS (openers); k++)
    if (g_ascii_strncasecmp (text + at, openers[k], strlen (openers[k])) == 0)
      return at;
  return end;
}

gsize
dossier_paragraph_find_photo_credit (const DossierParagraph *paragraph)
{
  const char *text = paragraph->text;
  gsize end = paragraph->len, at;
  char open;
  g_autofree char *credit = NULL;
  gboolean on_a_name;

  while (end > 0 && text[end - 1] == ' ')
    end--;
  /* A photographer's credit after the caption ends on the outlet's name,
   * no full stop or quotation mark. */
  on_a_name = end > 0 && g_ascii_isalnum (text[end - 1]);
  if (on_a_name)
    {
      gsize glued = glued_credit (text, end);
      gsize slashed = credit_after_a_slash (text, end);
      gsize named = credit_named_as_such (text, end);

      if (glued < end)
        return glued;
      if (slashed < end)
        return slashed;
      if (named < end)
        return named;
    }
  /* "… [Photo/Agencies] |": a table cell's rule after it. */
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '.' || text[end - 1] == '|'))
    end--;
  if (end < 3 || (text[end - 1] != ')' && text[end - 1] != ']'))
    return on_a_name ? credit_after_the_caption (text, end, paragraph->len) : paragraph->len;
  open = text[end - 1] == ')' ? '(' : '[';
  for (at = end - 1; at > 0 && end - at < 80 && text[at - 1] != open; at--)
    ;
  if (at == 0 || text[at - 1] != open)
    return paragraph->len;
  credit = g_ascii_strdown (text + at, end - 1 - at);
  /* "[Photo/Agencies]", "(Photo/Reuters)" */
  if (g_str_has_prefix (credit, "photo/") || g_str_has_prefix (credit, "photos/"))
    return at - 1;
  /* "(Martin Mejia/The Associated Press)": a photographer and an outlet
   * the list knows. */
  {
    const char *slash = memchr (text + at, '/', end - 1 - at);

    if (slash != NULL && slash > text + at && g_ascii_isupper (text[at]) &&
        dossier_outlet_find_by_name (slash + 1, text + end - 1 - (slash + 1), NULL) != NULL)
      return at - 1;
  }
  for (guint i = 0; i < dossier_words_credit_phrases.n_words; i++)
    if (strstr (credit, dossier_words_credit_phrases.words[i]) != NULL)
      return at - 1;
  return paragraph->len;
}

gboolean
dossier_text_opens_on_the_picture (const char *text)
{
  static const char * const pictures[] = { "photo", "image", "picture", "photograph" };
  const char *p = text + strlen ("In this ");

  if (!g_str_has_prefix (text, "In this "))
    return FALSE;
  for (guint words = 0; *p && words < 6; words++)
    {
      const char *end = p;

      while (g_ascii_isalnum (*end))
        end++;
      for (gsize k = 0; k < G_N_ELEMENTS (pictures); k++)
        if ((gsize) (end - p) == strlen (pictures[k]) && g_ascii_strncasecmp (p, pictures[k], end - p) == 0)
          return *end == ' ' || *end == ',';
      while (*end && !g_ascii_isalnum (*end))
        end++;
      p = end;
    }
  return FALSE;
}

/* Whether @paragraph is a credit line of its own: "Based on reporting by
 * Reuters, AP, and AFP", "(Source: Reuters)", "Image Source : AP", or an
 * agency's name and its place ("Reuters, Seoul"). */
static gboolean
is_credit_line (const DossierParagraph *paragraph)
{
  static const char * const openers[] = {
    "based on reporting by ", "with reporting by ", "additional reporting by ", "reporting by ",
    "source:", "(source:", "image source", "photo source",
  };
  const char *text = paragraph->text;
  const char *comma;

  if (paragraph->len > 100)
    return FALSE;
  for (gsize k = 0; k < G_N_ELEMENTS (openers); k++)
    if (g_ascii_strncasecmp (text, openers[k], strlen (openers[k])) == 0)
      return TRUE;
  /* "Reuters, Seoul": the agency, a comma, a place of a word or two. */
  comma = strchr (text, ',');
  if (comma != NULL && comma > text && comma[1] == ' ' && g_ascii_isupper (comma[2]) &&
      dossier_outlet_find_by_name (text, comma - text, NULL) != NULL)
    {
      guint words = 1;

      for (const char *q = comma + 2; *q; q++)
        {
          if (*q == ' ')
            {
              if (!g_ascii_isupper (q[1]))
                return FALSE;
              words++;
            }
          else if (!g_ascii_isalpha (*q) && *q != '-' && (guchar) *q < 0x80)
            return FALSE;
        }
      return words <= 2;
    }
  return FALSE;
}

/* Where a credit in brackets that closes @paragraph opens, when it names an
 * agency: "[New Zealand Defence Force via Reuters]" (who took the picture,
 * through an agency), "(AFP: Gianluigi Guercia)" (the agency and its
 * photographer); the paragraph's length when none does. */
static gsize
find_agency_in_brackets (const DossierParagraph *paragraph)
{
  const char *text = paragraph->text;
  gsize end = paragraph->len, at;
  const char *via, *colon;
  char open;

  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '.'))
    end--;
  if (end < 3 || (text[end - 1] != ')' && text[end - 1] != ']'))
    return paragraph->len;
  open = text[end - 1] == ')' ? '(' : '[';
  for (at = end - 1; at > 0 && end - at < 80 && text[at - 1] != open; at--)
    ;
  if (at == 0 || text[at - 1] != open)
    return paragraph->len;
  via = g_strstr_len (text + at, end - 1 - at, " via ");
  if (via != NULL && dossier_outlet_find_by_name (via + 5, text + end - 1 - (via + 5), NULL) != NULL)
    return at - 1;
  colon = memchr (text + at, ':', end - 1 - at);
  if (colon != NULL && colon > text + at && dossier_outlet_find_by_name (text + at, colon - (text + at), NULL) != NULL)
    return at - 1;
  return paragraph->len;
}

gsize
dossier_paragraph_find_closing_credit (const DossierParagraph *paragraph)
{
  const char *text = paragraph->text;
  gsize end = paragraph->len, at;

  if (is_credit_line (paragraph))
    return 0;
  at = find_agency_in_brackets (paragraph);
  if (at < paragraph->len)
    return at;
  while (end > 0 && text[end - 1] == ' ')
    end--;
  /* Back over one to four capitalised words. */
  at = end;
  for (guint words = 0; words < 4 && at > 0; words++)
    {
      gsize word = at;

      while (word > 0 && (g_ascii_isalpha (text[word - 1]) || text[word - 1] == '-'))
        word--;
      if (word == at || !g_ascii_isupper (text[word]))
        break;
      /* "… Australia. AP", "… in Boston. — AFP", "… 2019 - Reuters" */
      if (word >= 2 && text[word - 1] == ' ' &&
          (text[word - 2] == '.' || text[word - 2] == '-' ||
           (word >= 4 && (guchar) text[word - 4] == 0xE2 && (guchar) text[word - 3] == 0x80 &&
            ((guchar) text[word - 2] == 0x94 || (guchar) text[word - 2] == 0x93))))
        return dossier_outlet_find_by_name (text + word, end - word, NULL) != NULL ? word : paragraph->len;
      if (word == 0 || text[word - 1] != ' ')
        break;
      at = word - 1;
    }
  return paragraph->len;
}
