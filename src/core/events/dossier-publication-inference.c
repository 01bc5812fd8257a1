/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Publication dates for articles that state none.  Without one, an
 * article's relative dates ("on Wednesday") cannot be resolved, and it
 * adds nothing to the timeline.  But when its sentences with such dates
 * report what dated articles report of days they name — the same
 * participants and kind of action, or much the same words — the day the
 * article was written is the one against which those relative dates name
 * those days; and its opening sentence, which tells its main happening
 * without a date, was written that day or the next.  The day is set as
 * inferred, with the evidence: never before a happening the article
 * reports as past, and the earliest of the days that explain the most. */

#include "dossier-publication-inference.h"

#include <string.h>

#include "dossier-bytes.h"
#include "dossier-date-expression.h"
#include "dossier-entity-resolver.h"
#include "dossier-event-candidates.h"
#include "dossier-event-clustering.h"
#include "dossier-sort.h"
#include "dossier-word-list.h"
#include "dossier-word-lists.h"
#include "dossier-debug.h"
#include "dossier-document-dates.h"
#include "dossier-event-actions.h"
#include "dossier-event-similarity.h"
#include "dossier-event-terms.h"
#include "dossier-event-thresholds.h"

/* 0: the dates cannot be the same happening; 1: the same; 2: one lies
 * within the other ("in July" and "11 July"). */
static int
dates_agree (const DossierDate *a,
             const DossierDate *b)
{
  int a_first, a_last, b_first, b_last;

  dossier_date_get_span (a, &a_first, &a_last);
  dossier_date_get_span (b, &b_first, &b_last);
  if (a_first == b_first && a_last == b_last)
    return 1;
  if ((a_first >= b_first && a_last <= b_last) || (b_first >= a_first && b_last <= a_last))
    {
      /* A year holds too much to say two statements are one event. */
      if (a->precision == DOSSIER_PRECISION_YEAR || b->precision == DOSSIER_PRECISION_YEAR)
        return 0;
      return 2;
    }
  return 0;
}

/* The date expressions of an undated article's sentences, each sentence
 * read once and its expressions resolved against one publication day and
 * another: the days tried and the relative dates tested against them ask
 * for the same sentences again and again. */
typedef struct
{
  DossierDocument *document;
  GHashTable *readings;   /* (paragraph << 32 | sentence start) → DossierDateReading */
  GHashTable *first;      /* a date mention → its DossierDateExpression read from some day */
  GArray *read;           /* of DossierDayReading: read here, not taken from the document */
} Readings;

/* The sentence of @paragraph that holds the byte @position. */
static DossierSpan
sentence_around (DossierParagraph *paragraph,
                 gsize             position)
{
  guint low = 0, high = paragraph->sentences->len;
  DossierSpan whole = { 0, paragraph->len };

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (paragraph->sentences, DossierSpan, middle).start <= position)
        low = middle + 1;
      else
        high = middle;
    }
  if (low > 0 && position < g_array_index (paragraph->sentences, DossierSpan, low - 1).end)
    return g_array_index (paragraph->sentences, DossierSpan, low - 1);
  return whole;
}

/* The reading of @date's sentence, made on first use. */
static DossierDateReading *
sentence_reading (Readings           *readings,
                  DossierDateMention *date)
{
  DossierParagraph *paragraph = g_ptr_array_index (readings->document->paragraphs, date->paragraph);
  DossierSpan sentence = sentence_around (paragraph, date->start);
  gint64 key = ((gint64) date->paragraph << 32) | (gint64) sentence.start;
  DossierDateReading *reading;

  /* Made on first use: most undated articles' dates are all taken as
   * kept, and many articles read none. */
  if (readings->readings == NULL)
    readings->readings = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                (GDestroyNotify) dossier_date_reading_free);
  reading = g_hash_table_lookup (readings->readings, &key);

  if (reading == NULL)
    {
      reading = dossier_date_reading_new (paragraph->text + sentence.start, sentence.end - sentence.start);
      g_hash_table_insert (readings->readings, g_memdup2 (&key, sizeof key), reading);
    }
  return reading;
}

/* What @date reads as when the article was published on @day, and by
 * which rule (none where it reads as nothing).  Only its sentence is read:
 * a date's tense and context never reach past it. */
static DossierDayReading
read_at (Readings           *readings,
         DossierDateMention *date,
         int                 day)
{
  DossierParagraph *paragraph = g_ptr_array_index (readings->document->paragraphs, date->paragraph);
  DossierSpan sentence = sentence_around (paragraph, date->start);
  DossierDayReading kept = { date->paragraph, (guint) date->start, (guint) sentence.start, (guint) sentence.end,
                             day, DOSSIER_DATE_INIT, NULL };
  DossierDateReading *reading;
  DossierDate reference;
  DossierDateExpression expression;

  /* Every analysis tries the same days for an undated article, and reads
   * its dates against each: what the same sentence read against the same
   * day gave is kept with the article (its paragraphs never change). */
  if (dossier_document_take_day_reading (readings->document, &kept))
    return kept;
  reading = sentence_reading (readings, date);
  reference = dossier_date_from_day_number (day);
  if (date->start >= sentence.start &&
      dossier_date_reading_resolve_at (reading, date->start - sentence.start, &reference, &expression))
    {
      kept.value = expression.value;
      kept.rule = expression.rule;
    }
  g_array_append_val (readings->read, kept);
  return kept;
}

/* What @date reads as when the article was published on @day. */
static DossierDate
read_date (Readings           *readings,
           DossierDateMention *date,
           int                 day)
{
  return read_at (readings, date, day).value;
}

/* Keeps with the document what was read of its dates (see read_date ()). */
static void
keep_readings (Readings *readings)
{
  if (readings->document == NULL || readings->read->len == 0)
    return;
  dossier_document_keep_day_readings (readings->document, (const DossierDayReading *) (void *) readings->read->data,
                                      readings->read->len);
  g_array_set_size (readings->read, 0);
}

/* Whether @date opens a span still running ("trapped since Tuesday"):
 * it may lie a full week back. */
static gboolean
starts_a_duration (DossierDocument          *document,
                   const DossierDateMention *date)
{
  DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, date->paragraph);

  return date->end - date->start > 6 && g_ascii_strncasecmp (paragraph->text + date->start, "since ", 6) == 0;
}

/* How many days back, at most, the article's bare weekdays ("on
 * Monday", "by Tuesday morning") lie when it was published on @day: news
 * names the days of the week just past. */
static int
weekdays_reach (Readings *readings,
                int       day)
{
  DossierDocument *document = readings->document;
  int reach = 0;

  for (guint i = 0; i < document->dates->len; i++)
    {
      DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, i);
      DossierDate value;

      if (!date->relative || dossier_date_is_set (&date->value) || date->rule == NULL ||
          !g_str_has_prefix (date->rule, "weekday-past") || starts_a_duration (document, date))
        continue;
      value = read_date (readings, date, day);
      if (value.precision >= DOSSIER_PRECISION_DAY)
        reach = MAX (reach, day - dossier_date_to_day_number (&value));
    }
  return reach;
}

/* Whether @date can name the day @target when read from a day up to
 * INFERENCE_WINDOW_DAYS after it: "on Wednesday" names Wednesdays only,
 * "on May 14" the 14th of May, "yesterday" any day.  Read once, from
 * @target; its rule says the rest. */
static gboolean
can_name (Readings           *readings,
          DossierDateMention *date,
          int                 target)
{
  DossierDate day = dossier_date_from_day_number (target);
  DossierDateExpression *expression;

  if (readings->first == NULL)
    readings->first = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  expression = g_hash_table_lookup (readings->first, date);

  if (expression == NULL)
    {
      /* Only its rule and value are read below: those read_at () keeps. */
      DossierDayReading first = read_at (readings, date, target);

      expression = g_new0 (DossierDateExpression, 1);
      if (first.rule != NULL)
        {
          expression->rule = first.rule;
          expression->value = first.value;
        }
      g_hash_table_insert (readings->first, date, expression);
    }
  if (expression->rule == NULL || expression->value.precision < DOSSIER_PRECISION_DAY)
    return FALSE;
  if (g_str_has_prefix (expression->rule, "weekday-"))
    return dossier_date_get_weekday (&expression->value) == dossier_date_get_weekday (&day);
  if (g_str_has_prefix (expression->rule, "month-day"))
    return expression->value.month == day.month && expression->value.day == day.day;
  if (g_str_has_prefix (expression->rule, "deictic") || g_str_equal (expression->rule, "days-ago"))
    return TRUE;
  /* Anything else: read it from each day that could name the target. */
  for (int reference = target; reference <= target + INFERENCE_WINDOW_DAYS; reference++)
    {
      DossierDate value = read_date (readings, date, reference);

      if (value.precision >= DOSSIER_PRECISION_DAY && dossier_date_to_day_number (&value) == target)
        return TRUE;
    }
  return FALSE;
}

/* Whether @date, read on the day @reference, names a later day: it
 * speaks of a plan ("tomorrow", "will vote on Sunday"). */
static gboolean
reads_forward (Readings           *readings,
               DossierDateMention *date,
               int                 reference)
{
  DossierDate value = read_date (readings, date, reference);

  return value.precision >= DOSSIER_PRECISION_DAY && dossier_date_to_day_number (&value) > reference;
}

/* The day number each of @documents was published on, G_MININT where it
 * is not known to the day: best_match () asks it of each candidate it
 * weighs, a few hundred thousand times in a large dossier.  Kept up to
 * date by date_by_inference (). */
static int *
published_days_of (GPtrArray *documents)
{
  int *days = g_new (int, MAX (documents->len, 1u));

  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);

      days[d] = document->published.precision >= DOSSIER_PRECISION_DAY
                ? dossier_date_to_day_number (&document->published) : G_MININT;
    }
  return days;
}

/* Whether @candidate is a plan its own article tells of: a day after the
 * one it was published on ("the election tomorrow").  (@published_days:
 * published_days_of () the dossier's documents.) */
static gboolean
is_plan (const int             *published_days,
         DossierEventCandidate *candidate)
{
  int published = published_days[candidate->document];

  return published != G_MININT && candidate->first_day > published;
}

/* The first relative date of the sentence @span of paragraph @p that is
 * not yet resolved ("on Tuesday" in an undated article), or NULL. */
static DossierDateMention *
relative_date_in (DossierDocument   *document,
                  guint              p,
                  const DossierSpan *span)
{
  for (guint i = _dossier_event_first_date_from (document, p, span->start); i < document->dates->len; i++)
    {
      DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, i);

      if (date->paragraph != p || date->start >= span->end)
        break;
      if (date->relative && !dossier_date_is_set (&date->value))
        return date;
    }
  return NULL;
}

/* Whether @date of @document bounds a plan's time ("by 2030"), or, with
 * @state_only, ends a state ("until", "till", "ending": a bound that may
 * lie after the day the article was written); see
 * _dossier_event_date_bounds_a_plan (). */
static gboolean
bounds_a_plan (DossierDocument          *document,
               const DossierDateMention *date,
               gboolean                  state_only)
{
  const DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, date->paragraph);

  return _dossier_event_date_bounds_a_plan (paragraph->text, date, state_only);
}

/* Whether @date of @document names a day set ahead, which may lie after
 * the day the article was written: a term that falls due ("a bond
 * maturing on December 14", "debt due on May 13 2010", "scheduled for
 * March 3"), or a bound that says "at least" ("until at least 30 May"). */
static gboolean
names_a_day_set_ahead (DossierDocument          *document,
                       const DossierDateMention *date)
{
  static const char * const set_ahead[] = {
    "due", "maturing", "matures", "mature", "expiring", "expires", "expire", "scheduled", "slated", "set",
  };
  static const char * const bounds[] = { "until", "till", "by" };
  const DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, date->paragraph);
  const char *text = paragraph->text;
  gsize end = date->start, start;
  gboolean least = FALSE;

  for (guint words = 0; words < 3; words++)
    {
      while (end > 0 && text[end - 1] == ' ')
        end--;
      start = end;
      while (start > 0 && g_ascii_isalpha (text[start - 1]))
        start--;
      if (end == start)
        return FALSE;
      /* "on", "for": the word before says. */
      if ((end - start == 2 && (strncmp (text + start, "on", 2) == 0 || strncmp (text + start, "at", 2) == 0)) ||
          (end - start == 3 && strncmp (text + start, "for", 3) == 0))
        {
          end = start;
          continue;
        }
      if (end - start == 5 && strncmp (text + start, "least", 5) == 0)
        {
          least = TRUE;
          end = start;
          continue;
        }
      for (gsize k = 0; k < G_N_ELEMENTS (set_ahead); k++)
        if (!least && strlen (set_ahead[k]) == end - start && strncmp (text + start, set_ahead[k], end - start) == 0)
          return TRUE;
      for (gsize k = 0; k < G_N_ELEMENTS (bounds); k++)
        if (least && strlen (bounds[k]) == end - start && g_ascii_strncasecmp (text + start, bounds[k], end - start) == 0)
          return TRUE;
      return FALSE;
    }
  return FALSE;
}

/* The latest day @document's body dates in full ("On 12 September 2014,
 * Masipa ruled"), outside captions and the bounds of plans; G_MININT if
 * none. */
static int
latest_day_dated_in_full (DossierDocument *document)
{
  int latest = G_MININT;

  for (guint i = 0; i < document->dates->len; i++)
    {
      const DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, i);
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, date->paragraph);

      if (date->relative || date->value.precision < DOSSIER_PRECISION_DAY ||
          paragraph->kind != DOSSIER_PARAGRAPH_BODY || _dossier_event_paragraph_is_caption (document, date->paragraph) ||
          bounds_a_plan (document, date, FALSE))
        continue;
      latest = MAX (latest, dossier_date_to_day_number (&date->value));
    }
  return latest;
}

/* One piece of evidence: a sentence of the undated article that reports
 * the happening of a dated candidate, by a relative date of its own or as
 * its opening sentence. */
typedef struct
{
  int date;             /* index into the document's dates, or -1 for an opening sentence */
  const DossierEventCandidate *candidate;  /* a dated candidate, or an anchor (see anchor_on_days_news ()) */
  guint weight;         /* 2 when it shares participants and action, else 1 */
} Constraint;

/* What the day loop of _dossier_publication_dates_infer () found of one
 * day of its first pass, for its second. */
enum
{
  TRIED_NOT_YET,
  TRIED_PASSED_OVER,
  TRIED_WEIGHED,
};

typedef struct
{
  guint8 tried;
  guint weight;
  guint satisfied;
} TriedDay;

/* The first day worth trying for an article whose @constraints reach
 * up to @highest: the latest happening it reports as past.  A date that,
 * read the day before the happening it matched, still names it tells of
 * that happening as to come ("planning to hold a moment of silence on
 * Monday"), and the article may be written days before it; where all
 * its dates do, @highest. */
static int
first_day_to_try (Readings *readings,
                  GArray   *constraints,
                  int       highest)
{
  int latest_told = G_MININT;

  for (guint k = 0; k < constraints->len; k++)
    {
      const Constraint *constraint = &g_array_index (constraints, Constraint, k);
      int day = constraint->candidate->first_day;

      if (day <= latest_told)
        continue;
      if (constraint->date >= 0 &&
          reads_forward (readings, &g_array_index (readings->document->dates, DossierDateMention, constraint->date),
                         day - 1))
        continue;
      latest_told = day;
    }
  return latest_told != G_MININT ? latest_told : highest;
}

/* Whether @constraint holds when the article was published on @reference
 * (a day number): its relative date, read against that day, names the
 * candidate's day; an opening sentence, the day or the one before it. */
static gboolean
satisfied (Readings          *readings,
           const Constraint  *constraint,
           GArray            *dated_candidates,
           int                reference)
{
  const DossierEventCandidate *candidate = constraint->candidate;
  DossierDate value;

  if (constraint->date < 0)
    return reference == candidate->first_day || reference == candidate->first_day + 1;

  value = read_date (readings, &g_array_index (readings->document->dates, DossierDateMention, constraint->date),
                     reference);
  return dossier_date_is_set (&value) && dates_agree (&value, &candidate->date) == 1;
}

/* The weight of the constraints @reference satisfies, each happening
 * counted once; with @evidence, each is told: “on Tuesday” = 2024-11-19. */
static guint
weigh (Readings        *readings,
       GArray          *constraints,
       GArray          *dated_candidates,
       int              reference,
       guint           *n_satisfied,
       GString         *evidence)
{
  DossierDocument *document = readings->document;
  /* The clusters counted, a few: looked for one by one, where a hash
   * table made for each day tried cost more than all its look-ups. */
  int on_stack[16];
  g_autofree int *on_heap = constraints->len > G_N_ELEMENTS (on_stack) ? g_new (int, constraints->len) : NULL;
  int *clusters = on_heap != NULL ? on_heap : on_stack;
  guint n_clusters = 0, seen;
  guint weight = 0;

  if (n_satisfied != NULL)
    *n_satisfied = 0;
  for (guint k = 0; k < constraints->len; k++)
    {
      const Constraint *constraint = &g_array_index (constraints, Constraint, k);
      const DossierEventCandidate *candidate = constraint->candidate;

      /* A relative date names a day near the article's (a month-day at
       * most a month before it): farther days are not read at all. */
      if (reference < candidate->first_day - INFERENCE_WINDOW_DAYS ||
          reference > candidate->first_day + INFERENCE_REACH_DAYS ||
          !satisfied (readings, constraint, dated_candidates, reference))
        continue;
      /* Each happening weighs once; the number of the article's dates and
       * its opening that one day explains decides between days of equal
       * weight ("yesterday" in an opening that reports Wednesday's flood:
       * Thursday's article, though the opening alone fits Wednesday). */
      if (n_satisfied != NULL)
        (*n_satisfied)++;
      for (seen = 0; seen < n_clusters && clusters[seen] != candidate->cluster; seen++)
        ;
      if (seen < n_clusters)
        continue;
      clusters[n_clusters++] = candidate->cluster;
      weight += constraint->weight;
      if (evidence != NULL)
        {
          g_autofree char *iso = dossier_date_to_iso (&candidate->date);

          if (constraint->date >= 0)
            {
              DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, constraint->date);
              DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, date->paragraph);

              g_string_append_printf (evidence, "%s “%.*s” = %s%s", evidence->len == 0 ? "" : ";",
                                      (int) (date->end - date->start), paragraph->text + date->start, iso,
                                      candidate->cluster < -1 ? ", the day of an article that tells it without a date"
                                                              : "");
            }
          else
            g_string_append_printf (evidence, "%s its opening reports what others date %s",
                                    evidence->len == 0 ? "" : ";", iso);
        }
    }
  return weight;
}

/* The dated candidate of a day that @sentence of document @d reports, if
 * any: one sharing its participants and kind of action (weight 2), else
 * the most alike in words (weight 1). */
/* The relative date, not yet resolved, written right beside @date with
 * only a bracket or a comma between ("yesterday evening (Aug. 4)",
 * "Tuesday, Aug. 4"): the same day told twice.  NULL when none is. */
static DossierDateMention *
date_in_apposition (DossierDocument    *document,
                    DossierDateMention *date)
{
  DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, date->paragraph);
  guint index = date - &g_array_index (document->dates, DossierDateMention, 0);

  /* The document's dates are in the order of the text: only a neighbour
   * can stand right beside it. */
  for (int step = -1; step <= 1; step += 2)
    {
      DossierDateMention *other;
      gsize from, to;

      if ((step < 0 && index == 0) || (step > 0 && index + 1 >= document->dates->len))
        continue;
      other = &g_array_index (document->dates, DossierDateMention, index + step);
      if (other->paragraph != date->paragraph || !other->relative || dossier_date_is_set (&other->value))
        continue;
      from = step > 0 ? date->end : other->end;
      to = step > 0 ? other->start : date->start;
      if (to < from || to - from > 3)
        continue;
      for (; from < to; from++)
        if (paragraph->text[from] != ' ' && paragraph->text[from] != '(' && paragraph->text[from] != ',')
          break;
      if (from == to)
        return other;
    }
  return NULL;
}

/* Whether @date is a weekday or a deictic day ("on Tuesday", "tomorrow"):
 * a day within a week of its reference, unlike a month and day, which may
 * be named months ahead. */
static gboolean
names_a_near_day (const DossierDateMention *date)
{
  return date->rule != NULL && (g_str_has_prefix (date->rule, "weekday") || g_str_has_prefix (date->rule, "deictic"));
}

/* How many articles each cluster of the dated candidates holds, by
 * cluster - lowest: an array, where a hash table cost a look-up and an
 * insertion per candidate at every round of the inference. */
typedef struct
{
  guint *counts;
  int lowest;
  guint n;
} ClusterArticles;

/* Counts the articles of each cluster of @candidates.  Candidates were
 * collected article by article, so each article's are a run: a cluster
 * is counted once per run. */
static void
cluster_articles_init (ClusterArticles *articles,
                       GArray          *candidates)
{
  int lowest = G_MAXINT, highest = G_MININT;
  g_autofree guint *last_run = NULL;
  guint run = 0, run_document = G_MAXUINT;

  articles->counts = NULL;
  articles->lowest = 0;
  articles->n = 0;
  for (guint k = 0; k < candidates->len; k++)
    {
      int cluster = g_array_index (candidates, DossierEventCandidate, k).cluster;

      lowest = MIN (lowest, cluster);
      highest = MAX (highest, cluster);
    }
  if (candidates->len == 0)
    return;
  articles->lowest = lowest;
  articles->n = (guint) ((gint64) highest - lowest + 1);
  articles->counts = g_new0 (guint, articles->n);
  last_run = g_new0 (guint, articles->n);
  for (guint k = 0; k < candidates->len; k++)
    {
      DossierEventCandidate *candidate = &g_array_index (candidates, DossierEventCandidate, k);
      guint i = (guint) ((gint64) candidate->cluster - lowest);

      if (candidate->document != run_document)
        {
          run++;
          run_document = candidate->document;
        }
      if (last_run[i] != run)
        {
          last_run[i] = run;
          articles->counts[i]++;
        }
    }
}

/* How many articles @cluster holds. */
static guint
cluster_articles_count (const ClusterArticles *articles,
                        int                    cluster)
{
  gint64 i = (gint64) cluster - articles->lowest;

  return i >= 0 && i < articles->n ? articles->counts[i] : 0;
}

/* The dated candidates that name each entity, ascending, each once: the
 * candidates of entity e are entries[offsets[e]] to entries[offsets[e +
 * 1]].  Arrays indexed by entity, counted then filled, where a hash table
 * of arrays cost a look-up and an append per name of every candidate, at
 * every round of the inference. */
typedef struct
{
  guint *offsets;
  guint *entries;
} EntityPostings;

/* Indexes the candidates of @dated_candidates by the @n_entities
 * entities they name (others are never asked for). */
static void
entity_postings_init (EntityPostings *postings,
                      GArray         *dated_candidates,
                      guint           n_entities)
{
  g_autofree guint *last = g_new (guint, MAX (n_entities, 1u));
  g_autofree guint *next = NULL;

  postings->offsets = g_new0 (guint, n_entities + 1);
  /* A candidate that names an entity twice is in its posting once. */
  memset (last, 0xff, sizeof (guint) * MAX (n_entities, 1u));
  for (guint c = 0; c < dated_candidates->len; c++)
    {
      DossierEventCandidate *candidate = &g_array_index (dated_candidates, DossierEventCandidate, c);

      for (guint e = 0; e < candidate->entities->len; e++)
        {
          int entity = g_array_index (candidate->entities, int, e);

          if (entity >= 0 && (guint) entity < n_entities && last[entity] != c)
            {
              last[entity] = c;
              postings->offsets[entity + 1]++;
            }
        }
    }
  for (guint e = 0; e < n_entities; e++)
    postings->offsets[e + 1] += postings->offsets[e];
  postings->entries = g_new (guint, MAX (postings->offsets[n_entities], 1u));
  next = g_memdup2 (postings->offsets, sizeof (guint) * (n_entities + 1));
  memset (last, 0xff, sizeof (guint) * MAX (n_entities, 1u));
  for (guint c = 0; c < dated_candidates->len; c++)
    {
      DossierEventCandidate *candidate = &g_array_index (dated_candidates, DossierEventCandidate, c);

      for (guint e = 0; e < candidate->entities->len; e++)
        {
          int entity = g_array_index (candidate->entities, int, e);

          if (entity >= 0 && (guint) entity < n_entities && last[entity] != c)
            {
              last[entity] = c;
              postings->entries[next[entity]++] = c;
            }
        }
    }
}

static void
entity_postings_clear (EntityPostings *postings)
{
  g_clear_pointer (&postings->offsets, g_free);
  g_clear_pointer (&postings->entries, g_free);
}

/* The candidates of @by_entity that name one of @sentence's people or
 * organisations, merged into @blocked (ascending, no repeats): each
 * posting in turn by one merge of the two ascending lists, where a table
 * of those seen cost a hash per candidate. */
static void
add_by_entity (const EntityPostings *by_entity,
               GPtrArray            *entities,
               DossierEventSentence *sentence,
               GArray               *blocked)
{
  g_autoptr(GArray) merged = NULL;

  for (guint e = 0; e < sentence->entities->len; e++)
    {
      int entity = g_array_index (sentence->entities, int, e);
      const DossierEntityRecord *record = entity >= 0 && (guint) entity < entities->len
                                          ? g_ptr_array_index (entities, entity) : NULL;
      guint posting_len;
      const guint *x, *x_end, *y, *y_end;
      guint *out;
      guint n_out = 0;

      if (record == NULL || record->type == DOSSIER_ENTITY_PLACE)
        continue;
      posting_len = by_entity->offsets[entity + 1] - by_entity->offsets[entity];
      /* A name in hundreds of reports tells none apart. */
      if (posting_len == 0 || posting_len > MAX_POSTING)
        continue;
      if (merged == NULL)
        merged = g_array_new (FALSE, FALSE, sizeof (guint));
      g_array_set_size (merged, blocked->len + posting_len);
      out = (guint *) (void *) merged->data;
      /* (An empty array may have no storage, and NULL takes no offset.) */
      x = (const guint *) (void *) blocked->data;
      x_end = blocked->len > 0 ? x + blocked->len : x;
      y = by_entity->entries + by_entity->offsets[entity];
      y_end = y + posting_len;
      while (x < x_end && y < y_end)
        {
          if (*x < *y)
            out[n_out++] = *x++;
          else if (*y < *x)
            out[n_out++] = *y++;
          else
            {
              out[n_out++] = *x++;
              y++;
            }
        }
      while (x < x_end)
        out[n_out++] = *x++;
      while (y < y_end)
        out[n_out++] = *y++;
      if (n_out == blocked->len)
        continue;
      g_array_set_size (blocked, n_out);
      memcpy (blocked->data, out, n_out * sizeof (guint));
    }
}

/* Whether @candidate's article was published more than a week after
 * the happening it dates.  (@published_days: published_days_of () the
 * dossier's documents.) */
static gboolean
reported_long_after (const int                   *published_days,
                     const DossierEventCandidate *candidate)
{
  int published = published_days[candidate->document];

  return published != G_MININT && published - candidate->last_day > INFERENCE_WINDOW_DAYS;
}

static int
best_match (DossierVocabulary     *vocabulary,
            GPtrArray             *documents,
            const int             *published_days,
            GPtrArray             *entities,
            DossierEventBlocker   *blocker,
            DossierEventProbe     *marked,
            const EntityPostings  *by_entity,
            const ClusterArticles *cluster_articles,
            DossierDateMention    *own_date,
            GArray                *dated_candidates,
            Readings              *readings,
            guint                  d,
            DossierEventSentence  *sentence,
            DossierDateMention    *date,
            guint                 *weight,
            double                *similarity)
{
  DossierEventCandidate probe = _dossier_event_candidate_for_sentence (d, sentence);
  g_autoptr(GArray) blocked = _dossier_event_blocker_find (vocabulary, blocker, sentence->terms);
  DossierDateMention *apposed = date != NULL ? date_in_apposition (readings->document, date) : NULL;
  double best_sim = 0;
  int best = -1, best_shared = -1;
  double best_shared_sim = 0;

  /* An opening is matched by its cast and its action: in a dossier of
   * one story the cast is named everywhere, and so is never among a
   * sentence's rarest words, by which the others are found. */
  if (date == NULL)
    add_by_entity (by_entity, entities, sentence, blocked);
  if (blocked->len > 0)
    _dossier_event_probe_set (marked, vocabulary, sentence->terms, sentence->norm);
  for (guint k = 0; k < blocked->len; k++)
    {
      guint c = g_array_index (blocked, guint, k);
      DossierEventCandidate *candidate = &g_array_index (dated_candidates, DossierEventCandidate, c);
      double sim;

      gboolean better, better_shared;

      if (candidate->date.precision != DOSSIER_PRECISION_DAY)
        continue;
      /* An opening tells its article's news: not a happening its own
       * article tells as past, weeks before it was published ("The bill
       * to impeach her was passed on Dec 9" in March's report of the
       * ruling). */
      if (date == NULL && reported_long_after (published_days, candidate))
        continue;
      sim = _dossier_event_probe_similarity (marked, vocabulary, candidate->terms, candidate->norm);
      /* The cheap tests first: reading a date from other days is not. */
      better = sim > best_sim && sim >= INFERENCE_SIMILARITY;
      better_shared = sim > best_shared_sim && sim >= (date == NULL ? OPENING_MIN_SIMILARITY : LINK_MIN_SIMILARITY);
      if (!better && !better_shared)
        continue;
      if (date != NULL && !can_name (readings, date, candidate->first_day))
        continue;
      /* "yesterday evening (Aug. 4)": a date in apposition names the same
       * day. */
      if (apposed != NULL && !can_name (readings, apposed, candidate->first_day))
        continue;
      /* An opening that names its day ("The court on Tuesday ordered …")
       * reports no happening of another weekday.  (A month and day in an
       * opening is as often a bound: "will resign no later than
       * February 7".) */
      if (own_date != NULL && names_a_near_day (own_date) && !can_name (readings, own_date, candidate->first_day))
        continue;
      /* A plan is what others speak of as coming, not what was done:
       * "earlier today" does not report tomorrow's election.  Only a
       * weekday or "tomorrow" that looks forward to it says when the
       * article was written (within the week before); a month and day
       * ("the election on October 14") may be named months ahead. */
      if (is_plan (published_days, candidate) &&
          (date == NULL || !names_a_near_day (date) || !reads_forward (readings, date, candidate->first_day - 1)))
        continue;
      if (better)
        {
          best_sim = sim;
          best = c;
        }
      if (better_shared &&
          _dossier_event_candidates_share_happening (vocabulary, documents, entities, &probe, candidate, TRUE, NULL))
        {
          best_shared_sim = sim;
          best_shared = c;
        }
    }
  if (best_shared >= 0)
    {
      *weight = 2;
      *similarity = best_shared_sim;
      return best_shared;
    }
  *weight = 1;
  /* A happening three articles or more report, told in words as alike:
   * as sure as a shared cast and action. */
  if (best >= 0 &&
      cluster_articles_count (cluster_articles, g_array_index (dated_candidates, DossierEventCandidate, best).cluster) >=
      INFERENCE_CORROBORATED_ARTICLES)
    *weight = 2;
  *similarity = best_sim;
  return best;
}

/* Whether @document says which day of the month it was written, as some
 * papers do: "today (20)", "tomorrow morning (21)", "yesterday (19)": the
 * first such date, or NULL.  Sets @day_of_month and @offset (the days from
 * the day of writing to the day bracketed: 0, 1 or -1). */
static const DossierDateMention *
names_its_day_of_month (DossierDocument *document,
                        int             *day_of_month,
                        int             *offset)
{
  static const struct { const char *word; int offset; } deictics[] = {
    { "today", 0 }, { "tonight", 0 }, { "tomorrow", 1 }, { "yesterday", -1 },
  };

  for (guint i = 0; i < document->dates->len; i++)
    {
      const DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, i);
      const DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, date->paragraph);
      const char *text = paragraph->text + date->start;
      gsize len = date->end - date->start;
      const char *open;
      int day = 0;

      if (date->rule == NULL || strcmp (date->rule, "deictic-day") != 0 || len < 4 || text[len - 1] != ')')
        continue;
      open = g_strrstr_len (text, len, "(");
      if (open == NULL)
        continue;
      for (const char *p = open + 1; p < text + len - 1; p++)
        day = g_ascii_isdigit (*p) && day < 100 ? day * 10 + (*p - '0') : 100;
      if (day < 1 || day > 31)
        continue;
      for (gsize d = 0; d < G_N_ELEMENTS (deictics); d++)
        if (g_ascii_strncasecmp (text, deictics[d].word, strlen (deictics[d].word)) == 0)
          {
            *day_of_month = day;
            *offset = deictics[d].offset;
            return date;
          }
    }
  return NULL;
}

static DossierDateMention *filed_on_its_dateline (DossierDocument *document);

/* Dates @document (the dossier's @d-th) @day, by inference, @evidence
 * (taken) saying why, and reads its dates again from that day. */
static void
date_by_inference (DossierDocument *document,
                   guint            d,
                   int             *published_days,
                   int              day,
                   char            *evidence)
{
  document->published = dossier_date_from_day_number (day);
  published_days[d] = day;
  document->published_from = DOSSIER_DATE_SOURCE_INFERRED;
  g_free (document->published_evidence);
  document->published_evidence = evidence;
  DOSSIER_DEBUG ("events: a%u published on %04d-%02d-%02d, inferred: %s", d + 1, document->published.year,
                 document->published.month, document->published.day, evidence);
  dossier_document_find_dates_again (document);
}

/* The indices of @document's relative dates of a month and day ("on
 * June 8", "Valentine's Day"): those names_a_month_day_long_past () reads,
 * gathered once for all the days tried. */
static GArray *
relative_month_days (DossierDocument *document)
{
  GArray *month_days = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < document->dates->len; i++)
    {
      DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, i);

      if (date->relative && date->rule != NULL && g_str_has_prefix (date->rule, "month-day"))
        g_array_append_val (month_days, i);
    }
  return month_days;
}

/* Whether the article, published on @day, would name a day more than half
 * a year before it by its month and day alone ("announced on June 8", read
 * in March as the June before): news gives such a day its year ("June 8,
 * 2015"), so the article was not written then.  (@month_days:
 * relative_month_days () of it.) */
static gboolean
names_a_month_day_long_past (Readings *readings,
                             GArray   *month_days,
                             int       day)
{
  DossierDocument *document = readings->document;

  for (guint k = 0; k < month_days->len; k++)
    {
      DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, g_array_index (month_days, guint, k));
      DossierDate value;

      value = read_date (readings, date, day);
      if (dossier_date_is_set (&value) && value.precision >= DOSSIER_PRECISION_DAY &&
          dossier_date_to_day_number (&value) < day - INFERENCE_MONTH_DAY_REACH_DAYS)
        return TRUE;
    }
  return FALSE;
}

/* Whether @date (the @i-th of @document) names a day by its month and
 * day alone, in the body ("died in an isolation ward on Oct. 8"): not a
 * feast ("on Christmas Day"), nor in a caption ("on June 3. (AP)"), nor a
 * dateline opening its paragraph ("CAIRO, Feb. 13 (UPI) --", "Hong Kong,
 * November 28:", only capitalised words before it), nor a day given its
 * weekday too ("Wednesday, May 25", "on Monday (February 6)", "Today,
 * February 6"). */
static gboolean
by_month_and_day_alone (DossierDocument          *document,
                        const DossierDateMention *date)
{
  DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, date->paragraph);
  const char *text = paragraph->text, *p;
  gboolean small = FALSE, digit = FALSE;

  if (!date->relative || date->rule == NULL || !g_str_has_prefix (date->rule, "month-day") ||
      _dossier_event_paragraph_is_caption (document, date->paragraph))
    return FALSE;
  for (p = text + date->start; p < text + date->end && !digit; p++)
    digit = g_ascii_isdigit (*p);
  if (!digit)
    return FALSE;
  for (p = text; p < text + date->start && !small; p++)
    small = g_ascii_islower (*p) && (p == text || !g_ascii_isalpha (p[-1]));
  if (!small)
    return FALSE;
  /* Its weekday inside it ("Wednesday, May 25") or just before it. */
  p = text + date->start;
  while (p < text + date->end && *p != ',' && *p != '(' && !g_ascii_isdigit (*p))
    p++;
  if (p - text >= 3 + (gssize) date->start && g_ascii_strncasecmp (p - 3, "day", 3) == 0)
    return FALSE;
  p = text + date->start;
  while (p > text && (p[-1] == ' ' || p[-1] == ',' || p[-1] == '('))
    p--;
  return !(p - text >= 3 && g_ascii_strncasecmp (p - 3, "day", 3) == 0);
}

/* The words of four letters or more of the sentence around @date, in
 * small letters, but function words and the date's own: a set. */
static GHashTable *
content_words_around (DossierDocument          *document,
                      const DossierDateMention *date)
{
  DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, date->paragraph);
  DossierSpan sentence = sentence_around (paragraph, date->start);
  GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (gsize at = sentence.start; at < sentence.end;)
    {
      gsize word = at;

      while (at < sentence.end && g_ascii_isalpha (paragraph->text[at]))
        at++;
      if (at - word >= 4 && (word < date->start || word >= date->end) &&
          !dossier_word_list_contains_any_case (&dossier_words_function_words_en, paragraph->text + word, at - word))
        g_hash_table_add (words, dossier_bytes_ascii_strdown (paragraph->text + word, at - word));
      if (at == word)
        at++;
    }
  return words;
}

/* Whether the sentences of @a and @b of @document are one, or share a
 * word of their own ("a decision made on Friday by the immigration
 * minister" … "the Immigration Minister … on January 14 used his powers
 * to cancel the visa"): both may tell one happening, once by its weekday
 * and once by its date. */
static gboolean
may_tell_one_happening (DossierDocument          *document,
                        const DossierDateMention *a,
                        const DossierDateMention *b)
{
  g_autoptr(GHashTable) words_of_a = content_words_around (document, a);
  g_autoptr(GHashTable) words_of_b = content_words_around (document, b);
  GHashTableIter iter;
  gpointer word;

  if (a->paragraph == b->paragraph)
    {
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, a->paragraph);

      if (sentence_around (paragraph, a->start).start == sentence_around (paragraph, b->start).start)
        return TRUE;
    }
  g_hash_table_iter_init (&iter, words_of_a);
  while (g_hash_table_iter_next (&iter, &word, NULL))
    if (g_hash_table_contains (words_of_b, word))
      return TRUE;
  return FALSE;
}

/* A date of an article that names a day by its month and day alone,
 * with that month and day once read (0 before). */
typedef struct
{
  guint index;
  int month;
  int day;
} MonthDay;

/* @document's dates that name a day by its month and day alone
 * (by_month_and_day_alone ()), as MonthDay; NULL where none does, as in
 * most articles, or where no weekday could name one of those days
 * again. */
static GArray *
month_days_alone (DossierDocument *document)
{
  GArray *alone = NULL;
  gboolean weekdays = FALSE;

  for (guint i = 0; i < document->dates->len && !weekdays; i++)
    {
      const DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, i);

      weekdays = date->relative && date->rule != NULL && g_str_has_prefix (date->rule, "weekday") &&
                 !g_str_has_suffix (date->rule, "-future");
    }
  for (guint i = 0; i < document->dates->len && weekdays; i++)
    if (by_month_and_day_alone (document, &g_array_index (document->dates, DossierDateMention, i)))
      {
        MonthDay month_day = { i, 0, 0 };

        if (alone == NULL)
          alone = g_array_new (FALSE, FALSE, sizeof (MonthDay));
        g_array_append_val (alone, month_day);
      }
  return alone;
}

/* The indices of @document's bare weekdays not told as to come ("on
 * Wednesday"), in the order of the text: those names_a_day_twice ()
 * reads, gathered once for all the days tried. */
static GArray *
weekdays_not_to_come (DossierDocument *document)
{
  GArray *weekdays = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < document->dates->len; i++)
    {
      const DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, i);

      if (date->relative && date->rule != NULL && g_str_has_prefix (date->rule, "weekday") &&
          !g_str_has_suffix (date->rule, "-future"))
        g_array_append_val (weekdays, i);
    }
  return weekdays;
}

/* Whether @document, published on @day (its dates read from that day by
 * @read), would name one past day twice, by its month and day and by a
 * bare weekday, in sentences of two happenings ("He died on Oct. 8 …
 * said in a statement on Wednesday" is not of the week of 8 October: its
 * Wednesday is another).  @alone: month_days_alone () of @document, whose
 * dates' places and rules do not change with the day read from; a month
 * and day read is kept in it, the same from any day.  The weekdays are
 * read first: a month-day is read again only where one falls on its
 * month and day.  @weekdays: weekdays_not_to_come () of @document. */
static gboolean
names_a_day_twice (DossierDocument *document,
                   GArray          *alone,
                   GArray          *weekdays,
                   int              day,
                   DossierDate    (*read) (gpointer, DossierDateMention *, int),
                   gpointer         data)
{
  for (guint w = 0; w < weekdays->len; w++)
    {
      DossierDateMention *weekday = &g_array_index (document->dates, DossierDateMention,
                                                    g_array_index (weekdays, guint, w));
      DossierDate value;
      int told;

      value = read (data, weekday, day);
      if (!dossier_date_is_set (&value) || value.precision < DOSSIER_PRECISION_DAY)
        continue;
      told = dossier_date_to_day_number (&value);
      if (told > day)
        continue;
      for (guint a = 0; a < alone->len; a++)
        {
          MonthDay *month_day = &g_array_index (alone, MonthDay, a);
          DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, month_day->index);
          DossierDate named;

          if (month_day->month != 0 && (month_day->month != value.month || month_day->day != value.day))
            continue;
          named = read (data, date, day);
          if (!dossier_date_is_set (&named) || named.precision < DOSSIER_PRECISION_DAY)
            continue;
          month_day->month = named.month;
          month_day->day = named.day;
          /* (In one sentence, or in two of one happening, the two may be
           * one day: "observers of Saturday's election said February 25
           * was peaceful".) */
          if (dossier_date_to_day_number (&named) == told && !may_tell_one_happening (document, date, weekday))
            return TRUE;
        }
    }
  return FALSE;
}

/* @date read from @day through @readings (a Readings). */
static DossierDate
read_through (gpointer            readings,
              DossierDateMention *date,
              int                 day)
{
  return read_date (readings, date, day);
}

/* @date as the document reads it now (its dates found from @day). */
static DossierDate
read_as_found (gpointer            document,
               DossierDateMention *date,
               int                 day)
{
  return date->value;
}

/* Whether @date, a month and day, gives its weekday too ("Monday, April
 * 25"): the weekday, not the day it is read from, tells its year. */
static gboolean
gives_its_weekday (DossierDocument          *document,
                   const DossierDateMention *date)
{
  static const char * const weekdays[] = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                            "sunday" };
  const DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, date->paragraph);
  const char *text = paragraph->text + date->start;
  gsize len = date->end - date->start;

  if (len >= 3 && g_ascii_strncasecmp (text, "on ", 3) == 0)
    {
      text += 3;
      len -= 3;
    }
  for (gsize w = 0; w < G_N_ELEMENTS (weekdays); w++)
    if (len > strlen (weekdays[w]) && g_ascii_strncasecmp (text, weekdays[w], strlen (weekdays[w])) == 0)
      return TRUE;
  return FALSE;
}

/* Of @month_days (relative_month_days () of @document), those told as
 * past that give their weekday too ("it was announced on Monday, April
 * 25"), which tells_a_later_day_as_past () reads; the rule each has
 * without a publication date is its tense.  Gathered once for all the
 * days tried: neither depends on the day. */
static GArray *
month_days_with_their_weekday (DossierDocument *document,
                               GArray          *month_days)
{
  GArray *told = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint k = 0; k < month_days->len; k++)
    {
      guint i = g_array_index (month_days, guint, k);
      DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, i);

      if (date->rule != NULL && g_str_has_suffix (date->rule, "-past") && gives_its_weekday (document, date))
        g_array_append_val (told, i);
    }
  return told;
}

/* Whether the article, published on @day, would tell as past a day after
 * it: "it was announced on Monday, April 25", its year told by the
 * weekday, is no day still to come.  (@told:
 * month_days_with_their_weekday () of it.) */
static gboolean
tells_a_later_day_as_past (Readings *readings,
                           GArray   *told,
                           int       day)
{
  DossierDocument *document = readings->document;

  for (guint k = 0; k < told->len; k++)
    {
      DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, g_array_index (told, guint, k));
      DossierDate value;

      value = read_date (readings, date, day);
      if (dossier_date_is_set (&value) && value.precision >= DOSSIER_PRECISION_DAY &&
          dossier_date_to_day_number (&value) > day)
        return TRUE;
    }
  return FALSE;
}

/* Of @month_days (relative_month_days () of @document), those told as
 * past that open their sentence, a comma after them ("On October 6,
 * election officials annulled the vote."): a narrative of days gone by,
 * which narrates_a_later_day () reads. */
static GArray *
month_days_narrated (DossierDocument *document,
                     GArray          *month_days)
{
  GArray *narrated = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint k = 0; k < month_days->len; k++)
    {
      guint i = g_array_index (month_days, guint, k);
      DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, i);
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, date->paragraph);
      DossierSpan sentence = sentence_around (paragraph, date->start);

      if (date->rule != NULL && g_str_has_suffix (date->rule, "-past") && date->start == sentence.start &&
          date->end - date->start > 3 && g_ascii_strncasecmp (paragraph->text + date->start, "on ", 3) == 0 &&
          date->end < paragraph->len && paragraph->text[date->end] == ',' &&
          paragraph->kind == DOSSIER_PARAGRAPH_BODY && !_dossier_event_paragraph_is_caption (document, date->paragraph))
        g_array_append_val (narrated, i);
    }
  return narrated;
}

/* Whether the article, published on @day, would narrate as past a month
 * and day that falls after it in its own year, within half a year ("On
 * October 6, officials annulled the vote", read on October 5): it was
 * written that day or later.  (@narrated: month_days_narrated () of it.) */
static gboolean
narrates_a_later_day (Readings *readings,
                      GArray   *narrated,
                      int       day)
{
  DossierDocument *document = readings->document;
  DossierDate reference;

  /* Most articles narrate none such: the day tried is not made a date
   * for them (every day tried, 82,000 times in a correction). */
  if (narrated->len == 0)
    return FALSE;
  reference = dossier_date_from_day_number (day);
  for (guint k = 0; k < narrated->len; k++)
    {
      DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, g_array_index (narrated, guint, k));
      DossierDate value = read_date (readings, date, day), in_its_year;
      int named;

      if (!dossier_date_is_set (&value) || value.precision < DOSSIER_PRECISION_DAY ||
          !dossier_date_is_valid_day (reference.year, value.month, value.day))
        continue;
      in_its_year = dossier_date_from_day (reference.year, value.month, value.day);
      named = dossier_date_to_day_number (&in_its_year);
      if (named > day && named - day <= INFERENCE_MONTH_DAY_REACH_DAYS)
        return TRUE;
    }
  return FALSE;
}

/* The years @document names itself, outside captions ("the 2017
 * presidential election", "on 8 August 2017"), or NULL if none. */
static GArray *
years_named (DossierDocument *document)
{
  GArray *years = NULL;

  for (guint i = 0; i < document->dates->len; i++)
    {
      DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, i);
      int year = date->value.year;

      if (date->relative || date->value.precision < DOSSIER_PRECISION_YEAR ||
          _dossier_event_paragraph_is_caption (document, date->paragraph))
        continue;
      if (years == NULL)
        years = g_array_new (FALSE, FALSE, sizeof (int));
      g_array_append_val (years, year);
    }
  return years;
}

/* Whether @document, published on @day, would name a day more than half a
 * year ahead by its month and day alone in a year it never names
 * ("swearing-in is scheduled for 29 August" read in November 2017 as the
 * next August, in an article about "the 2017 presidential election"): an
 * article that names the year it is written in names the year of a day
 * it sets so far ahead, itself or by "next April", "next year".  One that
 * names no year, or only years past, may ("elections will be held on 14
 * October", told in January by an article that names only 2017).
 * (@month_days: relative_month_days () of it; @years: years_named () of
 * it; @read reads a date of it as of @day, see names_a_day_twice ().) */
static gboolean
names_a_month_day_far_ahead (DossierDocument *document,
                             GArray          *month_days,
                             GArray          *years,
                             int              day,
                             DossierDate    (*read) (gpointer, DossierDateMention *, int),
                             gpointer         data)
{
  DossierDate written;
  gboolean names_its_year = FALSE;

  /* Most articles name no year, or no month and day: nothing to read,
   * for every day tried. */
  if (years == NULL || month_days->len == 0)
    return FALSE;
  written = dossier_date_from_day_number (day);
  for (guint y = 0; years != NULL && y < years->len && !names_its_year; y++)
    names_its_year = g_array_index (years, int, y) == written.year;
  for (guint k = 0; k < month_days->len && names_its_year; k++)
    {
      DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, g_array_index (month_days, guint, k));
      DossierDate value;
      gboolean named = FALSE;

      value = read (data, date, day);
      if (!dossier_date_is_set (&value) || value.precision < DOSSIER_PRECISION_DAY ||
          dossier_date_to_day_number (&value) <= day + INFERENCE_MONTH_DAY_REACH_DAYS)
        continue;
      for (guint y = 0; y < years->len && !named; y++)
        named = g_array_index (years, int, y) == value.year;
      for (guint i = 0; i < document->dates->len && !named; i++)
        {
          DossierDateMention *other = &g_array_index (document->dates, DossierDateMention, i);
          DossierDate reading;

          if (!other->relative || other == date)
            continue;
          reading = read (data, other, day);
          named = dossier_date_is_set (&reading) && reading.precision < DOSSIER_PRECISION_DAY &&
                  reading.precision >= DOSSIER_PRECISION_YEAR && reading.year == value.year;
        }
      if (!named)
        return TRUE;
    }
  return FALSE;
}

/* Whether the count at @word follows a verb of a span that ran its
 * course: "lasted 25 days", "stretched for more than 25 days", "spanned
 * nearly three weeks". */
static gboolean
ran_its_course (const char *text,
                const char *word)
{
  static const char * const verbs[] = { "lasted ", "lasted for ", "stretched for ", "spanned ", "ran for ",
                                        "first time in " };
  static const char * const bounds[] = { "", "more than ", "nearly ", "almost ", "about ", "over ", "some " };

  for (gsize v = 0; v < G_N_ELEMENTS (verbs); v++)
    for (gsize b = 0; b < G_N_ELEMENTS (bounds); b++)
      {
        gsize len = strlen (verbs[v]) + strlen (bounds[b]);

        if ((gsize) (word - text) >= len && g_ascii_strncasecmp (word - len, verbs[v], strlen (verbs[v])) == 0 &&
            g_ascii_strncasecmp (word - strlen (bounds[b]), bounds[b], strlen (bounds[b])) == 0)
          return TRUE;
      }
  return FALSE;
}

/* The most days @text says have passed since something it tells ("after 17
 * days", "17 days after the collapse", "two weeks after"), up to
 * ELAPSED_MAX_DAYS; 0 if it says none. */
static guint
days_elapsed_in (const char *text)
{
  static const char * const numbers[] = {
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
  };
  static const struct { const char *word; guint days; } units[] = { { " days", 1 }, { " weeks", 7 } };
  guint most = 0;

  for (gsize u = 0; u < G_N_ELEMENTS (units); u++)
    for (const char *unit = strstr (text, units[u].word); unit != NULL; unit = strstr (unit + 1, units[u].word))
      {
        const char *word = unit, *after = unit + strlen (units[u].word);
        guint n = 0;

        while (word > text && g_ascii_isalnum (word[-1]))
          word--;
        if (g_ascii_isdigit (*word))
          n = (guint) g_ascii_strtoull (word, NULL, 10);
        else
          for (gsize k = 0; k < G_N_ELEMENTS (numbers) && n == 0; k++)
            if ((gsize) (unit - word) == strlen (numbers[k]) && g_ascii_strncasecmp (word, numbers[k], unit - word) == 0)
              n = k + 2;
        n *= units[u].days;
        if (n == 0 || n > ELAPSED_MAX_DAYS || (*after != ' ' && *after != ',' && *after != '.'))
          continue;
        /* "after 17 days", "17 days after …"; "the mission, which
         * lasted 25 days", "stretched for more than 25 days": a span that
         * has run its course by the time it is told; "reopened for the
         * first time in nearly two weeks": one that ends as it is told. */
        if ((word - text >= 6 && g_ascii_strncasecmp (word - 6, "after ", 6) == 0) ||
            g_ascii_strncasecmp (after, " after ", 7) == 0 || ran_its_course (text, word))
          most = MAX (most, n);
      }
  return most;
}

/* The most days @document, its headline included, says have passed since
 * something it tells. */
static guint
days_elapsed (DossierDocument *document)
{
  guint most = document->title != NULL ? days_elapsed_in (document->title) : 0;

  for (guint p = 0; p < document->paragraphs->len; p++)
    most = MAX (most, days_elapsed_in (((DossierParagraph *) g_ptr_array_index (document->paragraphs, p))->text));
  return most;
}


/* Whether two forms are of one verb, as far as their spelling tells:
 * "sentenced" and "sentenced", "hand" and "handed", "spend" and "spent";
 * not "presented" and "paid", which only a broad kind of action joins. */
static gboolean
same_verb (const char *a,
           const char *b)
{
  gsize len_a = strlen (a), len_b = strlen (b);
  gsize shorter = MIN (len_a, len_b);
  gsize needed = MAX (4, shorter > 3 ? shorter - 3 : 0);

  return shorter >= needed && strncmp (a, b, needed) == 0;
}

/* The action word of @candidate that reports done, in the past, the kind
 * of action of @coming (an array of the one planned action), or NULL. */
static const DossierActionWord *
done_as_planned (DossierVocabulary           *vocabulary,
                 GPtrArray                   *documents,
                 GPtrArray                   *coming,
                 const DossierEventCandidate *candidate)
{
  const DossierActionWord *done = NULL;

  if (candidate->sentence == NULL ||
      !_dossier_event_actions_meet (coming,
                                    _dossier_event_sentence_actions (vocabulary, documents, candidate->document,
                                                                     candidate->sentence),
                                    NULL, &done) ||
      !done->past)
    return NULL;
  return done;
}

/* The first day a dated article reports, as done, a happening article @d
 * tells as still to come ("Pell will be sentenced" … "Judge Kidd sentenced
 * him to six years on Wednesday"): one of the people or bodies the sentence
 * names, the same kind of action told in the past, the happening shared.
 * It was written before that day; G_MAXINT when it tells none. */
static int
first_day_still_to_come (DossierVocabulary    *vocabulary,
                         GPtrArray            *documents,
                         GPtrArray            *entities,
                         const EntityPostings *by_entity,
                         GArray               *dated_candidates,
                         guint                 d)
{
  DossierDocument *document = g_ptr_array_index (documents, d);
  int first = G_MAXINT;

  for (guint p = 0; p < document->paragraphs->len; p++)
    {
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);

      if (paragraph->kind != DOSSIER_PARAGRAPH_BODY || _dossier_event_paragraph_is_caption (document, p))
        continue;
      for (guint s = 0; s < paragraph->sentences->len; s++)
        {
          DossierSpan *span = &g_array_index (paragraph->sentences, DossierSpan, s);
          DossierEventSentence *sentence = _dossier_vocabulary_find_sentence (vocabulary, d, p, span->start);
          const DossierActionWord *planned;
          g_autoptr(GArray) named = NULL;
          g_autoptr(GPtrArray) coming = NULL;
          DossierEventCandidate probe;

          if (sentence == NULL || (planned = _dossier_event_planned_action (vocabulary, documents, d, sentence)) == NULL)
            continue;
          probe = _dossier_event_candidate_for_sentence (d, sentence);
          coming = g_ptr_array_new ();
          g_ptr_array_add (coming, (gpointer) planned);
          named = g_array_new (FALSE, FALSE, sizeof (guint));
          add_by_entity (by_entity, entities, sentence, named);
          for (guint k = 0; k < named->len; k++)
            {
              DossierEventCandidate *candidate = &g_array_index (dated_candidates, DossierEventCandidate,
                                                                 g_array_index (named, guint, k));
              const DossierActionWord *done;

              if (candidate->date.precision != DOSSIER_PRECISION_DAY || candidate->first_day >= first ||
                  candidate->document == d ||
                  (done = done_as_planned (vocabulary, documents, coming, candidate)) == NULL ||
                  !same_verb (planned->word, done->word) ||
                  !_dossier_event_candidates_share_happening (vocabulary, documents, entities, &probe, candidate,
                                                              TRUE, NULL))
                continue;
              DOSSIER_DEBUG ("events: a%u ¶%u tells “%s” as still to come, which a%u reports as done (“%s”)",
                             d + 1, p + 1, planned->word, candidate->document + 1, done->word);
              first = candidate->first_day;
            }
        }
    }
  return first;
}

/* Whether @sentence of document @d tells as still to come the kind of
 * action @candidate reports done, in the past. */
static gboolean
tells_as_coming (DossierVocabulary           *vocabulary,
                 GPtrArray                   *documents,
                 guint                        d,
                 DossierEventSentence        *sentence,
                 const DossierEventCandidate *candidate)
{
  const DossierActionWord *planned;
  g_autoptr(GPtrArray) coming = NULL;

  if (sentence == NULL || (planned = _dossier_event_planned_action (vocabulary, documents, d, sentence)) == NULL)
    return FALSE;
  coming = g_ptr_array_new ();
  g_ptr_array_add (coming, (gpointer) planned);
  return done_as_planned (vocabulary, documents, coming, candidate) != NULL;
}

/* Whether sentences @a and @b name one entity. */
static gboolean
name_one_entity (const DossierEventSentence *a,
                 const DossierEventSentence *b)
{
  for (guint i = 0; i < a->entities->len; i++)
    for (guint j = 0; j < b->entities->len; j++)
      if (g_array_index (a->entities, int, i) == g_array_index (b->entities, int, j))
        return TRUE;
  return FALSE;
}

/* The sentences dated articles tell without a date (see
 * anchor_on_days_news ()): candidates of their articles' days, and a
 * blocker over them; made on first use and kept for the inferences of one
 * analysis while the articles they were made from keep their days. */
struct _DossierDaysNews
{
  GArray *news;         /* of DossierEventCandidate, NULL until made */
  DossierEventBlocker blocker;
  GArray *days;         /* of int, per document: the day it was made with, or G_MININT */
  /* Whether @days were compared with the documents' in this inference:
   * no article's day of news changes while one runs (those it dates are
   * dated by inference, of no day of news before or after), so once is
   * enough, where every relative date asking for an anchor compared them
   * all (a correction's 166 asks, 2,000 articles each: 332,000 days). */
  gboolean checked;
};

DossierDaysNews *
_dossier_days_news_new (void)
{
  return g_new0 (DossierDaysNews, 1);
}

static void
days_news_clear (DossierDaysNews *days_news)
{
  if (days_news->news == NULL)
    return;
  g_clear_pointer (&days_news->news, g_array_unref);
  g_clear_pointer (&days_news->days, g_array_unref);
  _dossier_event_blocker_clear (&days_news->blocker);
}

void
_dossier_days_news_free (DossierDaysNews *days_news)
{
  days_news_clear (days_news);
  g_free (days_news);
}

/* The day of @document's news: its publication day where its text or
 * address gives it (not inferred), else G_MININT. */
static int
day_of_news (DossierDocument *document)
{
  if (document->published.precision < DOSSIER_PRECISION_DAY ||
      document->published_from == DOSSIER_DATE_SOURCE_INFERRED)
    return G_MININT;
  return dossier_date_to_day_number (&document->published);
}

/* Makes @days_news, unless it was made from @documents as they are: the
 * sentences of the body of every article with a day of news that name
 * someone or something, carry no date of their own and are no caption,
 * each a candidate of its article's day. */
static void
days_news_ensure (DossierDaysNews   *days_news,
                  DossierVocabulary *vocabulary,
                  GPtrArray         *documents)
{
  if (days_news->checked)
    return;
  days_news->checked = TRUE;
  if (days_news->news != NULL && days_news->days->len == documents->len)
    {
      gboolean same = TRUE;

      for (guint o = 0; o < documents->len && same; o++)
        same = g_array_index (days_news->days, int, o) == day_of_news (g_ptr_array_index (documents, o));
      if (same)
        return;
    }
  days_news_clear (days_news);
  days_news->news = g_array_new (FALSE, FALSE, sizeof (DossierEventCandidate));
  days_news->days = g_array_sized_new (FALSE, FALSE, sizeof (int), documents->len);
  for (guint o = 0; o < documents->len; o++)
    {
      DossierDocument *other = g_ptr_array_index (documents, o);
      int day = day_of_news (other);

      g_array_append_val (days_news->days, day);
      if (day == G_MININT)
        continue;
      for (guint p = 0; p < other->paragraphs->len; p++)
        {
          DossierParagraph *told_in = g_ptr_array_index (other->paragraphs, p);

          if (told_in->kind != DOSSIER_PARAGRAPH_BODY || _dossier_event_paragraph_is_caption (other, p))
            continue;
          for (guint k = 0; k < told_in->sentences->len; k++)
            {
              DossierSpan *span = &g_array_index (told_in->sentences, DossierSpan, k);
              DossierEventSentence *told = _dossier_vocabulary_find_sentence (vocabulary, o, p, span->start);
              DossierEventCandidate candidate;

              if (told == NULL || told->entities->len == 0 ||
                  _dossier_event_dates_its_day (other, p, span->start, span->end) ||
                  relative_date_in (other, p, span) != NULL)
                continue;
              candidate = _dossier_event_implicit_candidate (o, told, &other->published);
              candidate.first_day = candidate.last_day = day;
              g_array_append_val (days_news->news, candidate);
            }
        }
    }
  _dossier_event_blocker_init (&days_news->blocker, days_news->news, days_news->news->len);
}

/* News tells the day's own happening without a date ("Strache declared
 * that he was resigning", published that Saturday), and the next day's
 * report names the day ("Strache resigned on Saturday").  For each
 * relative date of undated document @d that no dated candidate matched
 * by participants and action, the dated article (not dated by inference)
 * whose day the date can name and which tells, in the past and without a
 * date of its own, the same happening — its participants and kind of
 * action, in words alike — gives an anchor: a candidate of that article's
 * day.  Each is appended to @anchors and its constraint to @constraints,
 * weighing as a dated candidate that shares participants and action
 * does.  The dated articles' sentences are found through @days_news. */
static void
anchor_on_days_news (DossierVocabulary *vocabulary,
                     GPtrArray         *documents,
                     GPtrArray         *entities,
                     Readings          *readings,
                     DossierDaysNews   *days_news,
                     guint              d,
                     GArray            *anchors,
                     GArray            *constraints)
{
  DossierDocument *document = g_ptr_array_index (documents, d);

  for (guint i = 0; i < document->dates->len; i++)
    {
      DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, i);
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, date->paragraph);
      DossierEventSentence *sentence;
      DossierEventCandidate probe;
      g_autoptr(GArray) blocked = NULL;
      int best = -1;
      double best_sim = 0;
      gboolean matched = FALSE;

      /* A date that reports a dated happening, sharing its participants
       * and action, needs no anchor. */
      for (guint k = 0; k < constraints->len && !matched; k++)
        matched = g_array_index (constraints, Constraint, k).date == (int) i &&
                  g_array_index (constraints, Constraint, k).weight == 2;
      if (matched || !date->relative || dossier_date_is_set (&date->value) ||
          paragraph->kind != DOSSIER_PARAGRAPH_BODY || _dossier_event_paragraph_is_caption (document, date->paragraph))
        continue;
      sentence = _dossier_vocabulary_find_sentence (vocabulary, d, date->paragraph,
                                                    sentence_around (paragraph, date->start).start);
      if (sentence == NULL || sentence->entities->len == 0)
        continue;
      days_news_ensure (days_news, vocabulary, documents);
      probe = _dossier_event_candidate_for_sentence (d, sentence);
      blocked = _dossier_event_blocker_find (vocabulary, &days_news->blocker, sentence->terms);
      for (guint k = 0; k < blocked->len; k++)
        {
          guint c = g_array_index (blocked, guint, k);
          DossierEventCandidate *candidate = &g_array_index (days_news->news, DossierEventCandidate, c);
          DossierDocument *other;
          DossierParagraph *told_in;
          double sim;

          if (candidate->document == d || !name_one_entity (sentence, candidate->sentence))
            continue;
          sim = _dossier_event_similarity (vocabulary, sentence->terms, sentence->norm, candidate->terms,
                                           candidate->norm);
          if (sim < INFERENCE_SIMILARITY || sim <= best_sim || !can_name (readings, date, candidate->first_day))
            continue;
          other = g_ptr_array_index (documents, candidate->document);
          told_in = g_ptr_array_index (other->paragraphs, candidate->paragraph);
          if (_dossier_event_sentence_tells_background (candidate->sentence, told_in->text + candidate->start,
                                                        candidate->end - candidate->start) ||
              !_dossier_event_tells_in_past (vocabulary, documents, candidate->document, candidate->sentence) ||
              !_dossier_event_candidates_share_happening (vocabulary, documents, entities, &probe, candidate, TRUE,
                                                          NULL))
            continue;
          best_sim = sim;
          best = c;
        }
      if (best >= 0)
        {
          DossierEventCandidate anchor = g_array_index (days_news->news, DossierEventCandidate, best);
          Constraint constraint = { (int) i, NULL, 2 };

          /* Each anchor a happening of its own (weigh () counts each
           * cluster once). */
          anchor.cluster = -2 - (int) anchors->len;
          g_array_append_val (anchors, anchor);
          g_array_append_val (constraints, constraint);
        }
    }
  /* Now that none moves, the constraints point at their anchors. */
  for (guint k = 0, a = 0; k < constraints->len; k++)
    if (g_array_index (constraints, Constraint, k).candidate == NULL)
      g_array_index (constraints, Constraint, k).candidate = &g_array_index (anchors, DossierEventCandidate, a++);
}

gboolean
_dossier_publication_dates_infer (DossierVocabulary *vocabulary,
                                  GPtrArray         *documents,
                                  GPtrArray         *entities,
                                  GArray            *dated_candidates,
                                  gboolean           second_hand,
                                  DossierDaysNews   *days_news)
{
  DossierEventBlocker blocker;
  DossierEventProbe marked = { 0 };
  EntityPostings by_entity;
  ClusterArticles cluster_articles;
  g_autofree int *published_days = published_days_of (documents);
  Readings readings = { NULL, NULL, NULL, NULL };
  gboolean dated = FALSE;

  readings.read = g_array_new (FALSE, FALSE, sizeof (DossierDayReading));
  /* The days of news are compared again once in each inference. */
  if (days_news != NULL)
    days_news->checked = FALSE;
  _dossier_event_blocker_init (&blocker, dated_candidates, dated_candidates->len);
  entity_postings_init (&by_entity, dated_candidates, entities->len);
  cluster_articles_init (&cluster_articles, dated_candidates);

  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);
      g_autoptr(GArray) constraints = g_array_new (FALSE, FALSE, sizeof (Constraint));
      int lowest = G_MAXINT, highest = G_MININT;
      int best_day = 0;
      int best_reach = -1;
      guint best_satisfied = 0, elapsed;
      int named_lowest;
      int day_of_month = 0, bracket_offset = 0, dated_in_full, still_to_come, first_tried;
      const DossierDateMention *bracketed;
      guint best_weight = 0;
      g_autoptr(GString) evidence = NULL;
      g_autoptr(GArray) alone = NULL;
      g_autoptr(GArray) month_days = NULL;
      g_autoptr(GArray) years = NULL;
      g_autoptr(GArray) anchors = NULL;
      g_autoptr(GArray) weekdays = NULL;
      g_autoptr(GArray) told_with_weekday = NULL;
      g_autoptr(GArray) narrated = NULL;
      TriedDay tried[INFERENCE_WINDOW_DAYS + 1];

      /* Those known to their year only, from the dossier's dates, may be
       * dated to the day by what others report. */
      if (dossier_date_is_set (&document->published) &&
          !(document->published_from == DOSSIER_DATE_SOURCE_INFERRED &&
            document->published.precision < DOSSIER_PRECISION_DAY))
        continue;
      /* A wire's dateline names the day it was filed: it is read in the
       * dossier's year (_dossier_publication_dates_from_own_days ()), not
       * guessed from what others report. */
      if (filed_on_its_dateline (document) != NULL)
        continue;
      keep_readings (&readings);
      g_clear_pointer (&readings.readings, g_hash_table_unref);
      g_clear_pointer (&readings.first, g_hash_table_unref);
      readings.document = document;

      for (guint i = 0; i < document->dates->len; i++)
        {
          DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, i);
          DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, date->paragraph);
          Constraint constraint = { (int) i, NULL, 0 };
          double similarity;
          int match;

          if (!date->relative || dossier_date_is_set (&date->value))
            continue;
          match = best_match (vocabulary, documents, published_days, entities, &blocker, &marked, &by_entity,
                              &cluster_articles, NULL, dated_candidates, &readings, d,
                              _dossier_vocabulary_find_sentence (vocabulary, d, date->paragraph,
                                                                 sentence_around (paragraph, date->start).start),
                              date, &constraint.weight, &similarity);
          if (match < 0)
            continue;
          constraint.candidate = &g_array_index (dated_candidates, DossierEventCandidate, match);
          g_array_append_val (constraints, constraint);
        }

      /* The opening sentence of the body, when it carries no date of its
       * own (a year it names dates something else: "after his 2022
       * defeat"), tells the article's news: the happening of its day. */
      for (guint p = 0, asides = 0; p < document->paragraphs->len; p++)
        {
          DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);
          DossierSpan *first;
          Constraint constraint = { -1, NULL, 0 };
          double similarity;
          int match;

          if (paragraph->kind != DOSSIER_PARAGRAPH_BODY || paragraph->sentences->len == 0 ||
              _dossier_event_paragraph_is_caption (document, p))
            continue;
          first = &g_array_index (paragraph->sentences, DossierSpan, 0);
          if (_dossier_event_dates_its_day (document, p, first->start, first->end))
            break;
          /* A caption or a kicker above the lead is not it. */
          if (asides < 2 && _dossier_event_is_aside (paragraph->text + first->start, first->end - first->start))
            {
              asides++;
              continue;
            }
          match = best_match (vocabulary, documents, published_days, entities, &blocker, &marked, &by_entity,
                              &cluster_articles, relative_date_in (document, p, first), dated_candidates, &readings, d,
                              _dossier_vocabulary_find_sentence (vocabulary, d, p, first->start),
                              NULL, &constraint.weight, &similarity);
          /* An opening that tells as still to come ("plans to merge with
           * Orvel Bank next week") the happening a dated article reports
           * done was written before it: no day of it. */
          if (match >= 0 &&
              tells_as_coming (vocabulary, documents, d, _dossier_vocabulary_find_sentence (vocabulary, d, p, first->start),
                               &g_array_index (dated_candidates, DossierEventCandidate, match)))
            break;
          /* Words alike are not enough to date an article by its lead; nor,
           * against articles themselves dated by inference (@second_hand),
           * participants and a kind of action with few words in common. */
          if (match >= 0 && constraint.weight == 2 && (!second_hand || similarity >= INFERENCE_SIMILARITY))
            {
              constraint.candidate = &g_array_index (dated_candidates, DossierEventCandidate, match);
              g_array_append_val (constraints, constraint);
            }
          break;
        }

      /* Against articles dated by inference too, a date that reports
       * no dated happening may report the day's news of a dated article. */
      if (second_hand && constraints->len > 0)
        {
          anchors = g_array_new (FALSE, FALSE, sizeof (DossierEventCandidate));
          anchor_on_days_news (vocabulary, documents, entities, &readings, days_news, d, anchors, constraints);
        }
      for (guint k = 0; k < constraints->len; k++)
        {
          const Constraint *constraint = &g_array_index (constraints, Constraint, k);
          int day = constraint->candidate->first_day;

          lowest = MIN (lowest, day);
          highest = MAX (highest, day);
        }
      /* Never dated before a day its body dates in full as past ("On 12
       * September 2014, Masipa ruled …"): its sentences then tell what
       * led to its news. */
      dated_in_full = latest_day_dated_in_full (document);
      if (constraints->len == 0)
        {
          /* No date of its own matched, nor its opening: its sentences
           * without a date may still tell, in the participants and the
           * kind of action of others' reports, happenings that dated
           * articles date: it is of the day most of them tell. */
          g_autoptr(GArray) told_days = g_array_new (FALSE, FALSE, sizeof (int));
          int most_told = 0;
          guint told = 0;

          for (guint p = 0; p < document->paragraphs->len && dated_candidates->len > 0; p++)
            {
              DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);

              if (paragraph->kind != DOSSIER_PARAGRAPH_BODY || _dossier_event_paragraph_is_caption (document, p))
                continue;
              for (guint s = 0; s < paragraph->sentences->len; s++)
                {
                  DossierSpan *span = &g_array_index (paragraph->sentences, DossierSpan, s);
                  guint weight = 0;
                  double similarity = 0;
                  int match;

                  if (_dossier_event_dates_its_day (document, p, span->start, span->end) ||
                      relative_date_in (document, p, span) != NULL)
                    continue;
                  match = best_match (vocabulary, documents, published_days, entities, &blocker, &marked,
                                      &by_entity, &cluster_articles, NULL, dated_candidates, &readings, d,
                                      _dossier_vocabulary_find_sentence (vocabulary, d, p, span->start), NULL,
                                      &weight, &similarity);
                  if (match < 0 || weight < 2 || similarity < INFERENCE_SIMILARITY)
                    continue;
                  g_array_append_val (told_days,
                                      g_array_index (dated_candidates, DossierEventCandidate, match).first_day);
                }
            }
          /* The day told most often; of as often, the later. */
          for (guint k = 0; k < told_days->len; k++)
            {
              int day = g_array_index (told_days, int, k);
              guint times = 0;

              for (guint j = 0; j < told_days->len; j++)
                times += g_array_index (told_days, int, j) == day;
              if (times > told || (times == told && day > most_told))
                {
                  told = times;
                  most_told = day;
                }
            }
          if (told >= INFERENCE_AGREEMENTS && most_told < dated_in_full)
            {
              DOSSIER_DEBUG ("events: a%u left undated: its sentences without a date report what dated articles "
                             "date before a day it dates in full", d + 1);
              continue;
            }
          if (told >= INFERENCE_AGREEMENTS)
            {
              DossierDate day = dossier_date_from_day_number (most_told);
              g_autofree char *iso = dossier_date_to_iso (&day);

              date_by_inference (document, d, published_days, most_told,
                                 g_strdup_printf ("%u of its sentences without a date report what dated articles "
                                                  "date %s", told, iso));
              dated = TRUE;
              continue;
            }
          /* Nor its sentences without a date: the day's news of dated
           * articles may report what its dates name. */
          anchors = g_array_new (FALSE, FALSE, sizeof (DossierEventCandidate));
          if (second_hand)
            anchor_on_days_news (vocabulary, documents, entities, &readings, days_news, d, anchors, constraints);
          if (constraints->len == 0)
            {
              DOSSIER_DEBUG ("events: a%u left undated: none of its relative dates or its opening reports a "
                             "dated happening", d + 1);
              continue;
            }
          for (guint k = 0; k < constraints->len; k++)
            {
              lowest = MIN (lowest, g_array_index (constraints, Constraint, k).candidate->first_day);
              highest = MAX (highest, g_array_index (constraints, Constraint, k).candidate->first_day);
            }
        }

      /* A relative date names a day within about a week of the reference:
       * the days worth trying lie from the earliest matched happening to a
       * week after the latest.  An article reports its happenings as past,
       * so a day before one it reports is tried only when nothing else
       * explains as much; of the days that explain the most, the earliest
       * is kept (news is told soon after). */
      /* "pulled from the rubble after 17 days": written that long after
       * the first happening it reports by its month and day ("the April
       * 24 cave-in"), at least. */
      named_lowest = G_MININT;
      for (guint k = 0; k < constraints->len; k++)
        {
          const Constraint *constraint = &g_array_index (constraints, Constraint, k);
          const DossierDateMention *date;
          int day = constraint->candidate->first_day;

          if (constraint->date < 0)
            continue;
          date = &g_array_index (document->dates, DossierDateMention, constraint->date);
          if (date->rule != NULL && g_str_has_prefix (date->rule, "month-day") &&
              (named_lowest == G_MININT || day < named_lowest))
            named_lowest = day;
        }
      /* The days elapsed count only from a happening told by its month and
       * day: the article's paragraphs are searched for them only then
       * (most articles have none such, and reading every paragraph for
       * "days" cost more than the rest of their inference). */
      elapsed = named_lowest != G_MININT ? days_elapsed (document) : 0;
      if (elapsed == 0)
        named_lowest = G_MININT;
      /* "today (20)": only a 20th. */
      bracketed = names_its_day_of_month (document, &day_of_month, &bracket_offset);
      g_clear_pointer (&alone, g_array_unref);
      alone = month_days_alone (document);
      g_clear_pointer (&weekdays, g_array_unref);
      weekdays = alone != NULL ? weekdays_not_to_come (document) : NULL;
      g_clear_pointer (&month_days, g_array_unref);
      month_days = relative_month_days (document);
      g_clear_pointer (&told_with_weekday, g_array_unref);
      told_with_weekday = month_days_with_their_weekday (document, month_days);
      g_clear_pointer (&narrated, g_array_unref);
      narrated = month_days_narrated (document, month_days);
      years = years_named (document);
      still_to_come = first_day_still_to_come (vocabulary, documents, entities, &by_entity, dated_candidates, d);
      first_tried = first_day_to_try (&readings, constraints, highest);
      memset (tried, 0, sizeof tried);
      for (int pass = 0; pass < 2 && best_weight < INFERENCE_AGREEMENTS; pass++)
        for (int day = (pass == 0 ? first_tried : lowest - INFERENCE_WINDOW_DAYS);
             day <= highest + INFERENCE_WINDOW_DAYS; day++)
          {
            gboolean near = FALSE;
            guint weight, satisfied_here;
            TriedDay *memo = day >= highest ? &tried[day - highest] : NULL;

            /* The second pass tries again the days of the first: whether
             * a day is passed over, and what it explains, depend on the
             * day alone, and are taken as the first pass found them. */
            if (memo != NULL && memo->tried == TRIED_PASSED_OVER)
              continue;
            if (memo != NULL && memo->tried == TRIED_WEIGHED)
              {
                weight = memo->weight;
                satisfied_here = memo->satisfied;
              }
            else
              {
                if (memo != NULL)
                  memo->tried = TRIED_PASSED_OVER;
                if ((named_lowest != G_MININT && day < named_lowest + (int) elapsed) || day < dated_in_full ||
                    day >= still_to_come)
                  continue;
                if (bracketed != NULL && dossier_date_from_day_number (day + bracket_offset).day != day_of_month)
                  continue;
                /* Only days a week around a happening the article reports:
                 * asked first, since the other tests read the article's
                 * dates against the day, and a day far from every
                 * happening is passed over whatever they read. */
                for (guint k = 0; k < constraints->len && !near; k++)
                  {
                    int event_day = g_array_index (constraints, Constraint, k).candidate->first_day;
                    near = day >= event_day - INFERENCE_WINDOW_DAYS && day <= event_day + INFERENCE_WINDOW_DAYS;
                  }
                if (!near)
                  continue;
                if (names_a_month_day_long_past (&readings, month_days, day) ||
                    names_a_month_day_far_ahead (document, month_days, years, day, read_through, &readings) ||
                    tells_a_later_day_as_past (&readings, told_with_weekday, day) ||
                    narrates_a_later_day (&readings, narrated, day) ||
                    (alone != NULL && names_a_day_twice (document, alone, weekdays, day, read_through, &readings)))
                  continue;
                weight = weigh (&readings, constraints, dated_candidates, day, &satisfied_here, NULL);
                if (memo != NULL)
                  {
                    memo->tried = TRIED_WEIGHED;
                    memo->weight = weight;
                    memo->satisfied = satisfied_here;
                  }
              }
            if (weight > best_weight || (weight == best_weight && weight > 0 && satisfied_here > best_satisfied))
              {
                best_weight = weight;
                best_day = day;
                best_reach = -1;
                best_satisfied = satisfied_here;
              }
            /* Of days that explain as much, a later one where the
             * article's own weekdays all lie nearer, where one would lie
             * nearly a week back ("fire ravaged the building on Monday
             * night … under control by Tuesday morning": Tuesday's
             * article, not Monday's, whose "Tuesday" would be six days
             * back); news names the days just past, four days back too
             * ("the fire, which broke out on Tuesday", on Saturday). */
            else if (weight == best_weight && weight > 0)
              {
                if (best_reach < 0)
                  best_reach = weekdays_reach (&readings, best_day);
                if (best_reach >= 5 && weekdays_reach (&readings, day) < best_reach)
                  {
                    best_day = day;
                    best_reach = weekdays_reach (&readings, day);
                  }
              }
          }

      /* "today (20)", where no 20th explains its dates: the first 20th
       * from the latest day its happenings are reported on (news is told
       * after them). */
      if (best_weight < INFERENCE_AGREEMENTS && bracketed != NULL)
        {
          for (int day = highest; day <= highest + 31; day++)
            if (dossier_date_from_day_number (day + bracket_offset).day == day_of_month)
              {
                DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, bracketed->paragraph);

                date_by_inference (document, d, published_days, day,
                                   g_strdup_printf ("“%.*s” names the day of the month, the first such day after "
                                                    "the happenings others date that it reports",
                                                    (int) (bracketed->end - bracketed->start),
                                                    paragraph->text + bracketed->start));
                dated = TRUE;
                break;
              }
          continue;
        }
      if (best_weight < INFERENCE_AGREEMENTS)
        {
          DOSSIER_DEBUG ("events: a%u left undated: no one day explains its dates (weight %u, %u needed)",
                         d + 1, best_weight, (guint) INFERENCE_AGREEMENTS);
          continue;
        }
      evidence = g_string_new (NULL);
      weigh (&readings, constraints, dated_candidates, best_day, NULL, evidence);
      g_string_prepend (evidence, "dated articles report the same happenings:");
      date_by_inference (document, d, published_days, best_day, g_string_free (g_steal_pointer (&evidence), FALSE));
      dated = TRUE;
    }

  keep_readings (&readings);
  g_clear_pointer (&readings.readings, g_hash_table_unref);
  g_clear_pointer (&readings.first, g_hash_table_unref);
  g_clear_pointer (&readings.read, g_array_unref);
  _dossier_event_blocker_clear (&blocker);
  _dossier_event_probe_clear (&marked);
  entity_postings_clear (&by_entity);
  g_free (cluster_articles.counts);
  return dated;
}

/* One article made undated by _dossier_publication_dates_doubt (). */
typedef struct
{
  guint document;
  DossierDate published;
  DossierDateSource from;
  char *evidence;
} Doubted;

/* Of the days @first and @second (day numbers, months or years apart),
 * the one whose year the dossier's texts name in full ("on 21 November
 * 2017", "in 2017") where the other's is never named; else G_MININT. */
static int
year_named_in_full (GPtrArray *documents,
                    int        first,
                    int        second)
{
  int year_first = dossier_date_from_day_number (first).year;
  int year_second = dossier_date_from_day_number (second).year;
  guint named_first = 0, named_second = 0;

  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);

      for (guint i = 0; i < document->dates->len; i++)
        {
          DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, i);

          if (date->relative || !dossier_date_is_set (&date->value))
            continue;
          named_first += date->value.year == year_first;
          named_second += date->value.year == year_second;
        }
    }
  if (year_first == year_second)
    return G_MININT;
  if (named_first > 0 && named_second == 0)
    return first;
  if (named_second > 0 && named_first == 0)
    return second;
  return G_MININT;
}

GArray *
_dossier_publication_dates_doubt (GPtrArray *documents)
{
  GArray *doubted = g_array_new (FALSE, FALSE, sizeof (Doubted));
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (int));
  int middle;
  guint near = 0;

  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);

      if (document->published.precision >= DOSSIER_PRECISION_DAY)
        {
          int day = dossier_date_to_day_number (&document->published);
          g_array_append_val (days, day);
        }
    }
  /* Two dated articles years apart: the one whose year the dossier's texts
   * name in full stays; the other (a page's widget of the day it was read:
   * "Sat. May 18th, 2024") is doubted.  Otherwise too few to say. */
  if (days->len == DOUBT_QUORUM)
    {
      int first = g_array_index (days, int, 0), second = g_array_index (days, int, 1);

      if (ABS (first - second) <= DOUBTED_DATE_DAYS)
        return doubted;
      middle = year_named_in_full (documents, first, second);
      if (middle == G_MININT)
        return doubted;
    }
  else if (days->len < DOUBT_QUORUM + 1)
    return doubted;
  else
    {
      g_array_sort (days, dossier_compare_int);
      middle = g_array_index (days, int, days->len / 2);
      for (guint i = 0; i < days->len; i++)
        near += ABS (g_array_index (days, int, i) - middle) <= 7;
      if (near < DOUBT_QUORUM)
        return doubted;
    }

  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);
      Doubted one;

      if (document->published_from != DOSSIER_DATE_SOURCE_TEXT ||
          document->published.precision < DOSSIER_PRECISION_DAY ||
          ABS (dossier_date_to_day_number (&document->published) - middle) <= DOUBTED_DATE_DAYS)
        continue;
      one.document = d;
      one.published = document->published;
      one.from = document->published_from;
      one.evidence = g_steal_pointer (&document->published_evidence);
      g_array_append_val (doubted, one);
      DOSSIER_DEBUG ("events: a%u says it was published on %04d-%02d-%02d, far from the dossier's other articles: "
                     "its date is inferred if it can be", d + 1, one.published.year, one.published.month,
                     one.published.day);
      document->published = (DossierDate) DOSSIER_DATE_INIT;
      document->published_from = DOSSIER_DATE_SOURCE_NONE;
      /* Its relative dates were read from that day: unread again. */
      dossier_document_find_dates_again (document);
    }
  return doubted;
}

GArray *
_dossier_publication_dates_doubt_own_days (GPtrArray *documents,
                                           GArray    *dated)
{
  GArray *doubted = g_array_new (FALSE, FALSE, sizeof (Doubted));

  for (guint k = 0; k < dated->len; k++)
    {
      guint d = g_array_index (dated, guint, k);
      DossierDocument *document = g_ptr_array_index (documents, d);
      Doubted one = { d, document->published, document->published_from,
                      g_steal_pointer (&document->published_evidence) };

      g_array_append_val (doubted, one);
      document->published = (DossierDate) DOSSIER_DATE_INIT;
      document->published_from = DOSSIER_DATE_SOURCE_NONE;
      dossier_document_find_dates_again (document);
    }
  return doubted;
}

void
_dossier_publication_dates_settle (GPtrArray *documents,
                                   GArray    *doubted)
{
  for (guint i = 0; i < doubted->len; i++)
    {
      Doubted *one = &g_array_index (doubted, Doubted, i);
      DossierDocument *document = g_ptr_array_index (documents, one->document);

      if (dossier_date_is_set (&document->published))
        {
          g_autofree char *stated = dossier_date_to_iso (&one->published);
          char *evidence = one->from == DOSSIER_DATE_SOURCE_INFERRED
                           ? g_strdup_printf ("%s (its own days, in a year read from the dossier, would say %s)",
                                              document->published_evidence, stated)
                           : g_strdup_printf ("%s (the page's own date, %s, lies far from the other articles': "
                                              "the site's date of the day, not the story's)",
                                              document->published_evidence, stated);

          g_free (document->published_evidence);
          document->published_evidence = evidence;
          g_free (one->evidence);
        }
      else
        {
          document->published = one->published;
          document->published_from = one->from;
          document->published_evidence = one->evidence;
          dossier_document_find_dates_again (document);
        }
      one->evidence = NULL;
    }
}

/* The year @document itself gives a day of @month_day's month and day,
 * in its text or a photo's caption ("Pell departs the court on Aug. 21,
 * 2019"), or 0. */
static int
own_year_of (DossierDocument   *document,
             const DossierDate *month_day)
{
  for (guint i = 0; i < document->dates->len; i++)
    {
      DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, i);

      if (!date->relative && date->value.precision >= DOSSIER_PRECISION_DAY &&
          date->value.month == month_day->month &&
          (month_day->precision < DOSSIER_PRECISION_DAY || date->value.day == month_day->day))
        return date->value.year;
    }
  for (guint c = 0; document->captions != NULL && c < document->captions->len; c++)
    {
      const char *caption = g_ptr_array_index (document->captions, c);
      g_autoptr(GArray) found = NULL;

      if (strpbrk (caption, "0123456789") == NULL)
        continue;
      found = dossier_date_expressions_find (caption, -1, NULL);
      for (guint i = 0; i < found->len; i++)
        {
          const DossierDateExpression *expression = &g_array_index (found, DossierDateExpression, i);

          if (!expression->relative && expression->value.precision >= DOSSIER_PRECISION_DAY &&
              expression->value.month == month_day->month &&
              (month_day->precision < DOSSIER_PRECISION_DAY || expression->value.day == month_day->day))
            return expression->value.year;
        }
    }
  return 0;
}

/* The year the dossier's dates point to for a day of @month: of the
 * years its articles were published in and its full dates name (and the
 * years either side), the one that puts that month nearest to a dated
 * month of theirs; where none names its month, the year most named.
 * @anchors holds (year * 12 + month - 1) for dates known to the month, or
 * -(year) for years alone. */
static int
dossier_year_for_month (GArray *anchors,
                        int     month)
{
  int best_year = 0, best_distance = G_MAXINT;
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  guint best_count = 0;

  for (guint a = 0; a < anchors->len; a++)
    {
      int anchor = g_array_index (anchors, int, a);

      if (anchor < 0)
        {
          guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GINT_TO_POINTER (-anchor))) + 1;

          g_hash_table_insert (counts, GINT_TO_POINTER (-anchor), GUINT_TO_POINTER (n));
          continue;
        }
      for (int shift = -1; shift <= 1; shift++)
        {
          int year = anchor / 12 + shift;
          int distance = ABS (year * 12 + month - 1 - anchor);

          if (distance < best_distance || (distance == best_distance && year < best_year))
            {
              best_distance = distance;
              best_year = year;
            }
        }
    }
  if (best_year != 0)
    return best_year;
  {
    GHashTableIter iter;
    gpointer key, value;

    g_hash_table_iter_init (&iter, counts);
    while (g_hash_table_iter_next (&iter, &key, &value))
      if (GPOINTER_TO_UINT (value) > best_count ||
          (GPOINTER_TO_UINT (value) == best_count && GPOINTER_TO_INT (key) < best_year))
        {
          best_count = GPOINTER_TO_UINT (value);
          best_year = GPOINTER_TO_INT (key);
        }
  }
  return best_year;
}

/* Whether date @i of @document is a weekday followed by a date in
 * brackets: "on Thursday (July 19)". */
static gboolean
weekday_before_bracketed_date (DossierDocument *document,
                               guint            i)
{
  const DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, i);
  const DossierDateMention *next;
  DossierParagraph *paragraph;

  if (i + 1 >= document->dates->len || date->rule == NULL || !g_str_has_prefix (date->rule, "weekday"))
    return FALSE;
  next = &g_array_index (document->dates, DossierDateMention, i + 1);
  paragraph = g_ptr_array_index (document->paragraphs, date->paragraph);
  return next->paragraph == date->paragraph && next->start == date->end + 2 && date->end + 1 < paragraph->len &&
         paragraph->text[date->end] == ' ' && paragraph->text[date->end + 1] == '(';
}

/* The index of @document's lead, its first body paragraph; G_MAXUINT if
 * none. */
static guint
lead_paragraph (DossierDocument *document)
{
  for (guint p = 0; p < document->paragraphs->len; p++)
    if (((DossierParagraph *) g_ptr_array_index (document->paragraphs, p))->kind == DOSSIER_PARAGRAPH_BODY)
      return p;
  return G_MAXUINT;
}

/* Whether @date is a happening's day told by the lead (paragraph @lead),
 * which tells the newest happening before the body goes back to what led
 * to it; not the day of a wire dateline (@filed: "GENEVA, April 9."), on
 * which the article was filed. */
static gboolean
told_by_the_lead (guint                     lead,
                  const DossierDateMention *filed,
                  const DossierDateMention *date)
{
  return date->paragraph == lead && date != filed;
}

/* Whether @document tells the day @day by its date ("March 4", "4 March
 * 2028"), not by a weekday alone: a weekday that names it ("Saturday's
 * election") reaches no further back than the date does. */
static gboolean
tells_the_day (DossierDocument *document,
               int              day)
{
  for (guint i = 0; i < document->dates->len; i++)
    {
      const DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, i);

      if (date->value.precision >= DOSSIER_PRECISION_DAY &&
          (!date->relative || (date->rule != NULL && g_str_has_prefix (date->rule, "month"))) &&
          dossier_date_to_day_number (&date->value) == day)
        return TRUE;
    }
  return FALSE;
}

/* Whether every relative date of a day in @document ("on Tuesday",
 * "Saturday's", "yesterday"), read from the day @reference, names a day
 * from @first to @reference, and none before a day the text told ahead
 * of it ("On June 23 … After nine days … On Sunday": a narrative goes
 * forward); @named counts them.  With @filed_then, @reference is the day
 * of its wire dateline, which its weekdays may lie before. */
static gboolean
relative_days_fit (DossierDocument *document,
                   int              reference,
                   int              first,
                   gboolean         filed_then,
                   guint           *named,
                   int             *reach)
{
  int told = first;
  const DossierDateMention *filed, *dateline;
  guint lead;

  *named = 0;
  *reach = 0;
  document->published = dossier_date_from_day_number (reference);
  dossier_document_find_dates_again (document);
  dateline = filed_on_its_dateline (document);
  filed = filed_then ? dateline : NULL;
  lead = lead_paragraph (document);
  {
    g_autoptr(GArray) alone = month_days_alone (document);
    g_autoptr(GArray) weekdays = alone != NULL ? weekdays_not_to_come (document) : NULL;

    if (alone != NULL && names_a_day_twice (document, alone, weekdays, reference, read_as_found, document))
      return FALSE;
  }
  for (guint i = 0; i < document->dates->len; i++)
    {
      DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, i);
      int day;

      if (date->value.precision < DOSSIER_PRECISION_DAY)
        continue;
      day = dossier_date_to_day_number (&date->value);
      /* The days it tells itself (a full date, a month and day, "nine
       * days later"), up to the day it was written; not those its lead
       * tells ("turned himself in late Wednesday (July 7) … refused to
       * turn himself in by Sunday night"). */
      if (!date->relative || date->rule == NULL || g_str_has_prefix (date->rule, "month") ||
          g_str_has_prefix (date->rule, "days-after-last") || g_str_has_prefix (date->rule, "days-before-last"))
        {
          if (day <= reference && date != filed && !told_by_the_lead (lead, dateline, date) &&
              !bounds_a_plan (document, date, TRUE))
            told = MAX (told, day);
          continue;
        }
      /* "on Thursday (July 19)": the day in brackets is the date told; the
       * weekday may be the writer's, a time zone away. */
      if (weekday_before_bracketed_date (document, i))
        continue;
      /* From its wire's dateline, a day it tells as to come ("will remain
       * president until Wednesday") lies after it. */
      if (filed != NULL && g_str_has_suffix (date->rule, "-future"))
        continue;
      if (day < told || day > reference)
        return FALSE;
      (*named)++;
      if (g_str_has_prefix (date->rule, "weekday-past") && !starts_a_duration (document, date) &&
          !tells_the_day (document, day))
        *reach = MAX (*reach, reference - day);
    }
  return TRUE;
}

/* The latest month @document names with its year ("in May 2012"), as
 * year * 12 + month - 1; 0 if none: a bare year may be one to come ("by
 * 2030"), a month with its year seldom is. */
static int
latest_month_told (DossierDocument *document)
{
  int latest = 0;

  for (guint i = 0; i < document->dates->len; i++)
    {
      DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, i);

      if (!date->relative && date->value.precision >= DOSSIER_PRECISION_MONTH)
        latest = MAX (latest, date->value.year * 12 + date->value.month - 1);
    }
  return latest;
}

/* Whether @text opens with a word of three capitals or more, then a comma
 * ("LOUISVILLE, Ky., …"). */
static gboolean
opens_with_capitals (const char *text)
{
  gsize n = 0;

  while (g_ascii_isupper (text[n]) || (n > 0 && (text[n] == ' ' || text[n] == '-') && g_ascii_isupper (text[n + 1])))
    n++;
  return n >= 3 && text[n] == ',';
}

/* Whether @date is followed by a credit in brackets, one to four
 * capitalised words ("(UPI)", "(Representative)", "(AFP)"). */
static gboolean
before_a_credit (const DossierParagraph   *paragraph,
                 const DossierDateMention *date)
{
  const char *text = paragraph->text;
  gsize at = date->end, words = 0;

  if (at + 3 >= paragraph->len || text[at] != ' ' || text[at + 1] != '(' || !g_ascii_isupper (text[at + 2]))
    return FALSE;
  for (at += 2; at < paragraph->len && text[at] != ')'; at++)
    {
      if (text[at] == ' ')
        words++;
      else if (!g_ascii_isalpha (text[at]) && text[at] != '-' && text[at] != '/' && text[at] != '.')
        return FALSE;
    }
  return at < paragraph->len && words < 4;
}

/* The day @document was filed on, where its first paragraphs open on a
 * wire dateline of a place in capitals and a day without its year ("THE
 * HAGUE, November 22."); NULL if none. */
static DossierDateMention *
filed_on_its_dateline (DossierDocument *document)
{
  for (guint i = 0; i < document->dates->len; i++)
    {
      DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, i);
      DossierParagraph *paragraph;

      if (date->paragraph > 3)
        break;
      if (date->rule == NULL || !g_str_has_prefix (date->rule, "month-day"))
        continue;
      paragraph = g_ptr_array_index (document->paragraphs, date->paragraph);
      /* "June 21 (UPI) -- A Canadian …": the day and the agency's credit
       * opening the paragraph. */
      if (date->start == 0 && before_a_credit (paragraph, date))
        return date;
      if (date->start < 4 || paragraph->text[date->start - 2] != ',' || paragraph->text[date->start - 1] != ' ')
        continue;
      if (_dossier_event_in_capitals (paragraph->text, date->start - 2))
        return date;
      /* "LOUISVILLE, Ky., Oct. 6 (UPI) --", "Colombo, July 10
       * (Representative)": a place (in capitals, or capitalised), maybe
       * its region, the day and the credit. */
      if (date->start < 48 && before_a_credit (paragraph, date) &&
          (opens_with_capitals (paragraph->text) || g_ascii_isupper (paragraph->text[0])))
        return date;
    }
  return NULL;
}

/* Whether date @i of @document, a year, shares its sentence with a year
 * told from the article's own ("hoisted into space in 2004, and reached
 * its target in August this year"): it is not the year of the story. */
static gboolean
beside_a_year_of_its_own (DossierDocument *document,
                          guint            i)
{
  const DossierDateMention *year = &g_array_index (document->dates, DossierDateMention, i);
  DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, year->paragraph);
  DossierSpan sentence = sentence_around (paragraph, year->start);

  for (guint k = 0; k < document->dates->len; k++)
    {
      const DossierDateMention *other = &g_array_index (document->dates, DossierDateMention, k);

      if (other->paragraph == year->paragraph && other->start >= sentence.start && other->end <= sentence.end &&
          other->relative && (g_strcmp0 (other->rule, "year-relative") == 0 ||
                              g_strcmp0 (other->rule, "month-of-year-told") == 0))
        return TRUE;
    }
  return FALSE;
}

/* @document read in @year (its days without a year in it): the first and
 * last of its own days, G_MAXINT and G_MININT if it names none.  The first
 * leaves out those of its lead (G_MININT when only the lead names days);
 * @earliest does not. */
static void
own_days_in_year (DossierDocument *document,
                  int              year,
                  int             *first,
                  int             *last,
                  int             *earliest)
{
  const DossierDateMention *dateline;
  guint lead;

  document->published = (DossierDate) DOSSIER_DATE_INIT;
  document->published.year = year;
  document->published.precision = DOSSIER_PRECISION_YEAR;
  document->published_from = DOSSIER_DATE_SOURCE_INFERRED;
  dossier_document_find_dates_again (document);

  /* Its own days, now known, and the relative ones that name days from
   * the first of them on: the first day from which all of them can be
   * read so is the day it was written. */
  *first = *earliest = G_MAXINT;
  *last = G_MININT;
  lead = lead_paragraph (document);
  dateline = filed_on_its_dateline (document);
  gboolean last_set_ahead = FALSE;

  for (guint i = 0; i < document->dates->len; i++)
    {
      DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, i);
      int day;

      /* A day it tells as to come lies after it was written; one that
       * ends a state ("can deposit the old notes till December 30") may
       * too, as may one set ahead ("a bond maturing on March 31"), and one
       * counted from it ("one day earlier"). */
      if (date->value.precision < DOSSIER_PRECISION_DAY)
        continue;
      if (g_strcmp0 (date->rule, "month-day-in-year-coming") == 0 || bounds_a_plan (document, date, TRUE) ||
          names_a_day_set_ahead (document, date) ||
          (last_set_ahead && date->rule != NULL && g_str_has_suffix (date->rule, "-last-date")))
        {
          last_set_ahead = TRUE;
          continue;
        }
      last_set_ahead = FALSE;
      day = dossier_date_to_day_number (&date->value);
      /* The body may go back to what led to the lead's happening. */
      if (!told_by_the_lead (lead, dateline, date))
        *first = MIN (*first, day);
      /* A span told counts from the story's days, not from a day of
       * another year it recalls ("The pair left the moon on Dec. 14,
       * 1972"). */
      if (date->value.year >= year)
        *earliest = MIN (*earliest, day);
      *last = MAX (*last, day);
    }
  if (*first == G_MAXINT && *last != G_MININT)
    *first = G_MININT;
}

gboolean
_dossier_publication_dates_from_own_days (GPtrArray *documents,
                                          GArray    *dated)
{
  g_autoptr(GArray) anchors = g_array_new (FALSE, FALSE, sizeof (int));
  g_autofree char *example = NULL;
  gboolean changed = FALSE;

  /* The months the dossier's articles were published in, where some are
   * known; else the full dates their texts give (a background year among
   * them would otherwise count as much as the story's). */
  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);

      if (document->published.precision >= DOSSIER_PRECISION_MONTH)
        {
          int anchor = document->published.year * 12 + document->published.month - 1;

          g_array_append_val (anchors, anchor);
          if (example == NULL)
            example = dossier_date_to_iso (&document->published);
        }
    }
  for (guint d = 0, published_anchors = anchors->len; d < documents->len && published_anchors == 0; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);

      for (guint i = 0; i < document->dates->len; i++)
        {
          DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, i);
          int anchor;

          if (date->relative || !dossier_date_is_set (&date->value) || bounds_a_plan (document, date, FALSE) ||
              (date->value.precision == DOSSIER_PRECISION_YEAR && beside_a_year_of_its_own (document, i)))
            continue;
          anchor = date->value.precision >= DOSSIER_PRECISION_MONTH
                   ? date->value.year * 12 + date->value.month - 1 : -date->value.year;
          g_array_append_val (anchors, anchor);
          if (example == NULL && date->value.precision >= DOSSIER_PRECISION_MONTH)
            {
              DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, date->paragraph);
              example = g_strndup (paragraph->text + date->start, date->end - date->start);
            }
        }
    }
  if (anchors->len == 0)
    return FALSE;

  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);
      int year = 0, first = G_MAXINT, last = G_MININT, earliest = G_MAXINT, best = 0, told_month, from, filed_day;
      guint elapsed;
      DossierDateMention *filed;
      guint best_named = 0;
      gboolean by_dateline = FALSE;
      g_autofree char *reason = NULL;
      g_autofree char *own_reason = NULL;

      if (dossier_date_is_set (&document->published))
        continue;
      /* Its days without a year ("February 25") are read in the year the
       * dossier's dates point to. */
      for (guint i = 0; i < document->dates->len && year == 0; i++)
        {
          DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, i);

          /* ("on Valentine's Day last year" tells its year from the
           * article's, not the other way.) */
          if (date->relative && date->rule != NULL && g_str_has_prefix (date->rule, "month-day") &&
              strcmp (date->rule, "month-day-of-year-told") != 0)
            {
              DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, date->paragraph);
              DossierDate january = dossier_date_from_day (2000, 1, 1);
              DossierDateExpression expression;
              DossierDateReading *reading = dossier_date_reading_new (paragraph->text + date->start,
                                                                      date->end - date->start);

              /* The month it names, read from any day; the year it gives
               * that day itself ("… departs the court on Aug. 21, 2019"
               * under a photo), or else the dossier's. */
              if (dossier_date_reading_resolve_at (reading, 0, &january, &expression) &&
                  expression.value.precision >= DOSSIER_PRECISION_MONTH)
                {
                  year = own_year_of (document, &expression.value);
                  if (year != 0)
                    {
                      g_free (own_reason);
                      own_reason = g_strdup_printf ("the year it gives that day itself");
                    }
                  else
                    year = dossier_year_for_month (anchors, expression.value.month);
                }
              dossier_date_reading_free (reading);
            }
        }
      if (year == 0)
        continue;
      changed = TRUE;
      own_days_in_year (document, year, &first, &last, &earliest);
      filed = filed_on_its_dateline (document);
      told_month = filed != NULL ? latest_month_told (document) : 0;
      /* Filed on a day it names without a year ("THE HAGUE, November 22."),
       * that day read in this year is before a month it tells as past ("his
       * arrest in May 2011 … the trial began in May 2012"): it was filed
       * after that month — on the first such day where its weekdays fall on
       * the day it was filed ("announced on Wednesday"), if one does within
       * the years the calendar's weekdays repeat in. */
      if (filed != NULL && filed->value.precision >= DOSSIER_PRECISION_DAY &&
          filed->value.year * 12 + filed->value.month - 1 < told_month)
        {
          int fitting = 0, filed_month = filed->value.month - 1;

          for (int candidate = told_month / 12; candidate <= told_month / 12 + 11 && fitting == 0; candidate++)
            {
              guint named;
              int reach;

              own_days_in_year (document, candidate, &first, &last, &earliest);
              filed = filed_on_its_dateline (document);
              if (filed != NULL && filed->value.precision >= DOSSIER_PRECISION_DAY &&
                  filed->value.year * 12 + filed->value.month - 1 >= told_month &&
                  relative_days_fit (document, dossier_date_to_day_number (&filed->value), first, FALSE, &named, &reach) &&
                  named > 0)
                fitting = candidate;
            }
          year = fitting != 0 ? fitting : told_month / 12 + (filed_month < told_month % 12);
          own_days_in_year (document, year, &first, &last, &earliest);
          reason = fitting != 0
                   ? g_strdup_printf ("it tells of %d as past, and the weekdays it names fall on the day of its "
                                      "dateline in %d", told_month / 12, year)
                   : g_strdup_printf ("it tells of %d as past", told_month / 12);
        }
      else if (own_reason != NULL)
        reason = g_steal_pointer (&own_reason);
      else
        reason = g_strdup_printf ("the year the dossier's dates point to (“%s”)", example != NULL ? example : "");
      /* Of the days that fit, the one where its bare weekdays lie nearest
       * (news names the days just past: "brought out on Sunday … freed on
       * Tuesday evening" is Tuesday's, not the Sunday's that would read
       * "Tuesday" five days back), and nearest the last day it tells: the
       * two distances added ("convicted on March 5 … On Thursday the judge
       * had cleared him" is the Friday's, one day back and none since, not
       * the next Thursday's, none back but six since); of those, the
       * earliest.  Its weekdays
       * lie after the last day it tells ("Nine days later … on Sunday"):
       * two weeks of days are tried, the second for weekdays the first
       * would put before it. */
      /* The days tried are the week from the first that fits (each
       * weekday's reach repeats a week later), and none after one where
       * every weekday is the day itself. */
      /* "pulled from the rubble after 17 days": written that long after
       * the first of its days at least. */
      elapsed = days_elapsed (document);
      /* Then it was written within a day or two of that: the span told
       * says how long after. */
      from = last != G_MININT && earliest != G_MAXINT && elapsed > 0 ? MAX (last, earliest + (int) elapsed) : last;
      /* A wire's dateline that names its day ("LOUISVILLE, Ky., Oct. 6
       * (UPI) --") says when it was filed, where none of its weekdays says
       * otherwise — whatever span it tells ("After 18 days of protests"
       * may count from a day it never names). */
      filed = filed_on_its_dateline (document);
      filed_day = filed != NULL && filed->value.precision >= DOSSIER_PRECISION_DAY
                  ? dossier_date_to_day_number (&filed->value) : 0;
      if (filed_day != 0)
        {
          guint named;
          int reach;

          if (relative_days_fit (document, filed_day, G_MININT, TRUE, &named, &reach))
            {
              best = filed_day;
              best_named = named;
              by_dateline = TRUE;
              if (strstr (reason, "dateline") == NULL)
                {
                  char *filed_reason = g_strdup_printf ("%s, and it was filed on the day its dateline names",
                                                        reason);

                  g_free (reason);
                  reason = filed_reason;
                }
            }
        }
      for (int day = from, best_reach = G_MAXINT, first_fit = 0;
           !by_dateline &&
           last != G_MININT && day <= from + (from > last ? ELAPSED_SLACK_DAYS : 2 * INFERENCE_WINDOW_DAYS) &&
           best_reach > 0 && (first_fit == 0 || day < first_fit + INFERENCE_WINDOW_DAYS);
           day++)
        {
          guint named;
          int reach;

          if (relative_days_fit (document, day, first, FALSE, &named, &reach) && named > 0)
            {
              if (first_fit == 0)
                first_fit = day;
              reach += day - from;
              if (reach < best_reach)
                {
                  best = day;
                  best_named = named;
                  best_reach = reach;
                }
            }
        }
      /* "this morning", "today" fit every day: where no weekday it names
       * says which of them ("A fire broke out this morning" … "On Dec. 5,
       * the FAA ordered inspections"), nor a span told since its days, the
       * first day after its last is a guess, and it stays known to its year
       * only. */
      if (best != 0 && !by_dateline && from <= last)
        {
          gboolean weekday = FALSE;

          for (guint i = 0; i < document->dates->len && !weekday; i++)
            {
              const DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, i);

              weekday = date->relative && date->rule != NULL && g_str_has_prefix (date->rule, "weekday");
            }
          if (!weekday)
            best = 0;
        }
      g_free (document->published_evidence);
      if (best != 0)
        {
          if (dated != NULL)
            g_array_append_val (dated, d);
          document->published = dossier_date_from_day_number (best);
          document->published_evidence =
            from > last
            ? g_strdup_printf ("its days without a year read in %d, %s; it tells of %u days since the first of "
                               "them, and its %u relative dates of a day fall between them and this day", year,
                               reason, elapsed, best_named)
            : g_strdup_printf ("its days without a year read in %d, %s; "
                               "its %u relative dates of a day fall between them and this day", year,
                               reason, best_named);
        }
      else
        {
          document->published.year = year;
          document->published.month = document->published.day = 0;
          document->published.precision = DOSSIER_PRECISION_YEAR;
          document->published_evidence =
            g_strdup_printf ("its days without a year read in %d, %s", year, reason);
        }
      document->published.hour = document->published.minute = 0;
      dossier_document_find_dates_again (document);
      DOSSIER_DEBUG ("events: a%u dated by its own days: %s", d + 1, document->published_evidence);
    }
  return changed;
}

/* Whether @document, read from @reference (its dates resolved so),
 * names the month of that day as past by its name alone ("were convicted
 * in September", in a September article): news says "this month" of its
 * own, so it was written later. */
static gboolean
names_its_own_month (DossierDocument *document,
                     int              reference)
{
  DossierDate day = dossier_date_from_day_number (reference);

  for (guint i = 0; i < document->dates->len; i++)
    {
      const DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, i);

      if (date->rule != NULL && g_str_equal (date->rule, "month-past") &&
          date->value.precision == DOSSIER_PRECISION_MONTH && date->value.year == day.year &&
          date->value.month == day.month)
        return TRUE;
    }
  return FALSE;
}

/* Whether @date is a week told from the article's ("last week", "this
 * weekend"). */
static gboolean
tells_of_a_week (const DossierDateMention *date)
{
  return date->relative && date->rule != NULL &&
         (strcmp (date->rule, "week-relative") == 0 || strcmp (date->rule, "weekend-relative") == 0);
}

/* Adds the entities @document names to @names (entity + 1). */
static void
add_names (DossierDocument *document,
           GHashTable      *names)
{
  for (guint m = 0; m < document->mentions->len; m++)
    {
      const DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);

      if (mention->entity >= 0)
        g_hash_table_add (names, GINT_TO_POINTER (mention->entity + 1));
    }
}

/* Whether @document names at least @needed of @names (entity + 1): the
 * people, organisations and places the dossier's dated articles name. */
static gboolean
shares_names (DossierDocument *document,
              GHashTable      *names,
              guint            needed)
{
  g_autoptr(GHashTable) shared = g_hash_table_new (NULL, NULL);

  for (guint m = 0; m < document->mentions->len; m++)
    {
      const DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);

      if (mention->entity >= 0 && g_hash_table_contains (names, GINT_TO_POINTER (mention->entity + 1)))
        g_hash_table_add (shared, GINT_TO_POINTER (mention->entity + 1));
    }
  return g_hash_table_size (shared) >= needed;
}

gboolean
_dossier_publication_dates_from_the_dossiers_week (GPtrArray *documents)
{
  int first = G_MAXINT, last = G_MININT, begins = G_MAXINT;
  guint n_dated = 0;
  const char *others = NULL;
  gboolean own_texts = FALSE;
  gboolean changed = FALSE;
  g_autoptr(GHashTable) named_days = g_hash_table_new (NULL, NULL);
  /* The names of the articles dated, those dated below included. */
  g_autoptr(GHashTable) their_names = g_hash_table_new (NULL, NULL);  /* entity + 1 */

  /* The days the articles were published on; where they span more than
   * a week, those their own texts date: one dated only by inference, a
   * follow-up written weeks later ("reopened for the first time in nearly
   * two weeks"), does not hide the week the others tell. */
  for (int own_only = 0; own_only < 2 && (n_dated == 0 || last - first > INFERENCE_WINDOW_DAYS); own_only++)
    {
      own_texts = own_only;
      first = G_MAXINT;
      last = G_MININT;
      n_dated = 0;
      for (guint d = 0; d < documents->len; d++)
        {
          DossierDocument *document = g_ptr_array_index (documents, d);
          int day;

          if (document->published.precision < DOSSIER_PRECISION_DAY ||
              (own_only && document->published_from == DOSSIER_DATE_SOURCE_INFERRED))
            continue;
          day = dossier_date_to_day_number (&document->published);
          first = MIN (first, day);
          last = MAX (last, day);
          n_dated++;
        }
    }
  /* One dated article is enough to tell the week: what is read in it must
   * still name a day it names, or several of its names. */
  if (n_dated == 0 || last - first > INFERENCE_WINDOW_DAYS)
    return FALSE;
  others = own_texts ? "the dossier's articles dated by their texts" : "the dossier's other articles";
  /* … but a story told over months (an article dated by inference weeks
   * before, or more than a week after it) is no story of one week. */
  for (guint d = 0; d < documents->len && own_texts; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);
      int day;

      if (document->published.precision < DOSSIER_PRECISION_DAY)
        continue;
      day = dossier_date_to_day_number (&document->published);
      if (day < first - INFERENCE_WINDOW_DAYS || day > last + 2 * INFERENCE_WINDOW_DAYS)
        return FALSE;
    }
  /* The days the dated articles name, and the first of those they name by
   * weekday or as "yesterday" in their week: where the story begins. */
  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);

      if (document->published.precision < DOSSIER_PRECISION_DAY)
        continue;
      for (guint i = 0; i < document->dates->len; i++)
        {
          const DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, i);
          int day;

          if (date->value.precision < DOSSIER_PRECISION_DAY)
            continue;
          day = dossier_date_to_day_number (&date->value);
          g_hash_table_add (named_days, GINT_TO_POINTER (day));
          if (date->relative && names_a_near_day (date) && day >= first - INFERENCE_WINDOW_DAYS)
            begins = MIN (begins, day);
        }
      add_names (document, their_names);
    }
  /* Only a day before they were published tells where the story began. */
  if (begins >= first)
    begins = G_MININT;

  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);
      DossierDate kept = document->published;
      g_autoptr(GArray) month_days = NULL;
      g_autoptr(GArray) years = NULL;
      int best = 0, best_reach = G_MAXINT;
      guint best_named = 0, best_hits = 0, best_before = G_MAXUINT;
      gboolean any = FALSE, tells_of_weeks;

      if (document->published.precision >= DOSSIER_PRECISION_DAY ||
          (dossier_date_is_set (&document->published) &&
           document->published_from != DOSSIER_DATE_SOURCE_INFERRED))
        continue;
      for (guint i = 0; i < document->dates->len && !any; i++)
        {
          const DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, i);

          any = date->relative && !dossier_date_is_set (&date->value) && names_a_near_day (date);
        }
      if (!any)
        continue;
      month_days = relative_month_days (document);
      years = years_named (document);
      /* From the first day the others name by weekday before they were
       * published (a first report, written the day of the happening the
       * others follow up), else the first they were published, to a week
       * after the last: of the days its weekdays and "yesterday" all fit, the one
       * where more of them name days the others name ("collapsed
       * yesterday": the day after the fire), then where fewer of them lie
       * before the story begins (a follow-up's "on Friday" and "on
       * Saturday" are the days after the others', not the days before
       * the flood they report on), then where its weekdays lie nearest;
       * of those, the earliest. */
      tells_of_weeks = FALSE;
      for (guint i = 0; i < document->dates->len && !tells_of_weeks; i++)
        tells_of_weeks = tells_of_a_week (&g_array_index (document->dates, DossierDateMention, i));
      for (int day = begins != G_MININT ? begins : first; day < last + INFERENCE_WINDOW_DAYS; day++)
        {
          guint named, hits = 0, before = 0;
          int reach;

          /* Past the day after the last, only for a reading with days
           * before the story, or for an article that tells of the week
           * before ("re-elected last week"). */
          if (day > last + 1 && best != 0 && best_before == 0 && !tells_of_weeks)
            break;
          if (!relative_days_fit (document, day, first - INFERENCE_WINDOW_DAYS, FALSE, &named, &reach) || named == 0 ||
              names_its_own_month (document, day) ||
              names_a_month_day_far_ahead (document, month_days, years, day, read_as_found, document))
            continue;
          for (guint i = 0; i < document->dates->len; i++)
            {
              const DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, i);
              int named_day;

              /* "re-elected last week": the week before holds a day the
               * others name. */
              if (tells_of_a_week (date) && dossier_date_is_set (&date->value))
                {
                  int week_first, week_last;

                  dossier_date_get_span (&date->value, &week_first, &week_last);
                  for (int k = week_first; k <= week_last; k++)
                    if (g_hash_table_contains (named_days, GINT_TO_POINTER (k)))
                      {
                        hits++;
                        break;
                      }
                  continue;
                }
              if (!date->relative || !names_a_near_day (date) || date->value.precision < DOSSIER_PRECISION_DAY)
                continue;
              named_day = dossier_date_to_day_number (&date->value);
              hits += g_hash_table_contains (named_days, GINT_TO_POINTER (named_day));
              before += named_day < begins;
            }
          if (best == 0 || hits > best_hits || (hits == best_hits && before < best_before) ||
              (hits == best_hits && before == best_before && reach < best_reach))
            {
              best = day;
              best_reach = reach;
              best_named = named;
              best_hits = hits;
              best_before = before;
            }
        }
      document->published = kept;
      /* One of its days at least must be one the others tell of, or it
       * must name several of the names they name: an article of another
       * story ("the cup final on Saturday") is no article of their
       * week. */
      if (best == 0 || (best_hits == 0 && !shares_names (document, their_names, WEEK_SHARED_NAMES)))
        {
          dossier_document_find_dates_again (document);
          continue;
        }
      {
        DossierDate first_date = dossier_date_from_day_number (first), last_date = dossier_date_from_day_number (last);
        g_autofree char *first_iso = dossier_date_to_iso (&first_date);
        g_autofree char *last_iso = dossier_date_to_iso (&last_date);

        document->published = dossier_date_from_day_number (best);
        document->published_from = DOSSIER_DATE_SOURCE_INFERRED;
        g_free (document->published_evidence);
        if (best < first)
          {
            DossierDate begins_date = dossier_date_from_day_number (begins);
            g_autofree char *begins_iso = dossier_date_to_iso (&begins_date);

            document->published_evidence =
              g_strdup_printf ("%s were published from %s to %s and tell of days from %s on; its %u days named "
                               "by weekday or as “yesterday” are read from before they were published, a first "
                               "report's", others, first_iso, last_iso, begins_iso, best_named);
          }
        else if (best <= last + 1)
          document->published_evidence =
            g_strdup_printf ("%s were published from %s to %s; its %u days named by weekday or as “yesterday” "
                             "are read from within that week", others, first_iso, last_iso, best_named);
        else if (begins != G_MININT)
          {
            DossierDate begins_date = dossier_date_from_day_number (begins);
            g_autofree char *begins_iso = dossier_date_to_iso (&begins_date);

            document->published_evidence =
              g_strdup_printf ("%s were published from %s to %s; its %u days named by weekday or as "
                               "“yesterday” are read from the week after, as within that week some would lie "
                               "before %s, the first day the others name", others, first_iso, last_iso,
                               best_named, begins_iso);
          }
        /* (Where no day before they were published tells where the story
         * began, no day of that week fitted them all.) */
        else
          document->published_evidence =
            g_strdup_printf ("%s were published from %s to %s; its %u days named by weekday or as "
                             "“yesterday” are read from the week after, the first days where they all fit",
                             others, first_iso, last_iso, best_named);
      }
      dossier_document_find_dates_again (document);
      changed = TRUE;
      /* Dated now, its names count for the articles after it. */
      add_names (document, their_names);
      DOSSIER_DEBUG ("events: a%u dated within the dossier's week: %s", d + 1, document->published_evidence);
    }
  return changed;
}
