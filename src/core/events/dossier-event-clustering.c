/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Which candidates are one event: two whose dates agree (the same day,
 * week, month or year, or a day within a month) are joined when their words
 * are alike enough for how precise that agreement is, or — on the same
 * day — when they name the same participants and one kind of action in
 * any wording ("Ankara fired its governor" and "the governor's ouster");
 * so is every candidate joined to one of them (union-find).  Only
 * candidates whose dates can agree are compared, in buckets by date.
 * Every join that merged two clusters is kept with its reasons. */

#include "dossier-event-clustering.h"

#include <string.h>

#include "dossier-action-lexicon.h"
#include "dossier-debug.h"
#include "dossier-entity-resolver.h"
#include "dossier-event-actions.h"
#include "dossier-event-similarity.h"
#include "dossier-event-terms.h"
#include "dossier-event-thresholds.h"
#include "dossier-sort.h"
#include "dossier-word-lists.h"

/* A pair decided, by its candidates' serials (the first's in the high
 * half): 0 when no pair is there. */
typedef struct
{
  guint64 key;
  guint joined;             /* 0: they tell two happenings; else k + 1 for
                             * the k-th of the joined */
} PairDecision;

/* Why a pair was joined: its link (but the candidates' indices, which
 * change from one clustering to the next) and the threshold it was held
 * to (for the debug output). */
typedef struct
{
  DossierCandidateLink link;
  double threshold;
} JoinedPair;

/* A join one bucket's comparisons made: the positions of its two
 * candidates in the bucket, and why (the JoinedPair's index). */
typedef struct
{
  guint x;
  guint y;
  guint joined;
} BucketJoin;

/* What comparing the pairs of one bucket within itself did (see
 * compare_within_remembering ()): the bucket's candidates by their
 * serials, in its order; which of them were of one cluster already (per
 * candidate, the position of the first of its cluster in the bucket); and
 * the joins that made two clusters one, in the order made. */
typedef struct
{
  guint n_members;
  guint *serials;
  guint *labels;
  GArray *joins;            /* of BucketJoin */
} BucketMemo;

/* A day's candidate a coarser one met in joining its days (see
 * join_bucket_to_its_days ()): its serial, the cosine of the two, and
 * whether they were found to share a happening: 0 not asked, 1 no, k + 2
 * yes, with the k-th of the memo's links. */
typedef struct
{
  guint serial;
  guint shared;
  double similarity;
} CoarseMet;

/* What joining a coarser candidate to its days met, in the order met. */
typedef struct
{
  guint n_met;
  CoarseMet *met;
  guint n_links;
  DossierCandidateLink *links;
} CoarseMemo;

/* An open-addressed table of PairDecision (its size a power of two, at
 * most half full): a million pairs are looked up in a correction, where a
 * GHashTable's call per hash and per comparison would cost what deciding
 * costs.  And what the comparisons within each bucket did, per kind of
 * bucket (days, weeks, months, years), by the bucket's key; and what
 * each coarser candidate met of the days' (of CoarseMemo*, by its
 * serial). */
struct _DossierPairDecisions
{
  PairDecision *slots;
  guint n_slots;
  guint n_decided;
  GArray *joined;           /* of JoinedPair */
  GHashTable *buckets[4];   /* key → BucketMemo */
  GPtrArray *coarse;
  /* Per serial, the span of its candidate's date (see candidate_span ()):
   * first and last day numbers, the first G_MININT until counted. */
  int *spans;
  guint n_spans;
  /* Where the decisions are kept for the next analysis, the action words
   * of the links kept, copied (a link's are its vocabulary's, which goes
   * with its analysis); else NULL. */
  GStringChunk *words;
};

/* The kinds of bucket, for DossierPairDecisions's buckets. */
enum
{
  BUCKETS_OF_DAYS,
  BUCKETS_OF_WEEKS,
  BUCKETS_OF_MONTHS,
  BUCKETS_OF_YEARS,
};

/* A long_past_limits entry not counted yet, and one of an article with no
 * publication date (day numbers are positive, or GDate's error, 0). */
#define LIMIT_NOT_COUNTED G_MAXINT
#define LIMIT_NONE G_MININT

/* What the comparisons of one clustering share. */
typedef struct
{
  DossierVocabulary *vocabulary;
  GPtrArray *documents;
  GPtrArray *entities;      /* of DossierEntityRecord* */
  GArray *candidates;       /* of DossierEventCandidate */
  GArray *parents;          /* of guint: union-find, per candidate */
  GArray *links;            /* of DossierCandidateLink, or NULL */
  DossierPairDecisions *decisions;  /* or NULL */
  /* While a bucket's pairs are compared to be remembered, the joins they
   * make (of BucketJoin, with candidate indices for positions), else NULL. */
  GArray *recording;
  /* Per candidate, for the clusters' first members in a bucket (see
   * bucket_labels ()): the stamp of the last bucket that met it as a
   * root, and the position it was first met at. */
  guint *root_stamps;
  guint *root_firsts;
  guint stamp;
  /* Per document, the last day long past (see long_past ()). */
  int *long_past_limits;
  /* The candidate compared with others in turn (each loop compares one
   * with many), its terms marked once. */
  DossierEventProbe probe;
  guint probe_candidate;
  /* How many joins the comparisons made: a loop that compares one
   * candidate with many finds its cluster again only after one. */
  guint n_joins;
} Clustering;

static void
bucket_memo_free (gpointer data)
{
  BucketMemo *memo = data;

  g_free (memo->serials);
  g_free (memo->labels);
  g_array_unref (memo->joins);
  g_free (memo);
}

static void
coarse_memo_free (gpointer data)
{
  CoarseMemo *memo = data;

  if (memo == NULL)
    return;
  g_free (memo->met);
  g_free (memo->links);
  g_free (memo);
}

DossierPairDecisions *
_dossier_pair_decisions_new (void)
{
  DossierPairDecisions *decisions = g_new0 (DossierPairDecisions, 1);

  decisions->n_slots = 1024;
  decisions->slots = g_new0 (PairDecision, decisions->n_slots);
  decisions->joined = g_array_new (FALSE, FALSE, sizeof (JoinedPair));
  for (guint k = 0; k < G_N_ELEMENTS (decisions->buckets); k++)
    decisions->buckets[k] = g_hash_table_new_full (NULL, NULL, NULL, bucket_memo_free);
  decisions->coarse = g_ptr_array_new_with_free_func (coarse_memo_free);
  return decisions;
}

void
_dossier_pair_decisions_free (DossierPairDecisions *decisions)
{
  if (decisions == NULL)
    return;
  g_free (decisions->slots);
  g_array_unref (decisions->joined);
  for (guint k = 0; k < G_N_ELEMENTS (decisions->buckets); k++)
    g_clear_pointer (&decisions->buckets[k], g_hash_table_unref);
  g_clear_pointer (&decisions->coarse, g_ptr_array_unref);
  g_free (decisions->spans);
  if (decisions->words != NULL)
    g_string_chunk_free (decisions->words);
  g_free (decisions);
}

void
_dossier_pair_decisions_keep_words (DossierPairDecisions *decisions)
{
  g_return_if_fail (decisions != NULL);

  if (decisions->words == NULL)
    decisions->words = g_string_chunk_new (4096);
}

/* @link, about to be kept in @decisions, with its action words copied
 * where the decisions keep them (see _dossier_pair_decisions_keep_words
 * ()). */
static void
keep_link_words (DossierPairDecisions *decisions,
                 DossierCandidateLink *link)
{
  if (decisions->words == NULL)
    return;
  if (link->action_a != NULL)
    link->action_a = g_string_chunk_insert_const (decisions->words, link->action_a);
  if (link->action_b != NULL)
    link->action_b = g_string_chunk_insert_const (decisions->words, link->action_b);
}

static inline guint
pair_slot (const DossierPairDecisions *decisions,
           guint64                     key)
{
  /* Fibonacci hashing: the high bits of the product, as many as the
   * table's size needs. */
  return (guint) ((key * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 32) & (decisions->n_slots - 1);
}

/* The decision on @key, or NULL. */
static PairDecision *
pair_decision_find (DossierPairDecisions *decisions,
                    guint64               key)
{
  for (guint slot = pair_slot (decisions, key);; slot = (slot + 1) & (decisions->n_slots - 1))
    {
      PairDecision *decision = &decisions->slots[slot];

      if (decision->key == key)
        return decision;
      if (decision->key == 0)
        return NULL;
    }
}

static void
pair_decision_add (DossierPairDecisions *decisions,
                   guint64               key,
                   guint                 joined)
{
  guint slot;

  if (2 * (decisions->n_decided + 1) > decisions->n_slots)
    {
      PairDecision *old = decisions->slots;
      guint n_old = decisions->n_slots;

      decisions->n_slots *= 2;
      decisions->slots = g_new0 (PairDecision, decisions->n_slots);
      for (guint k = 0; k < n_old; k++)
        if (old[k].key != 0)
          {
            for (slot = pair_slot (decisions, old[k].key); decisions->slots[slot].key != 0;
                 slot = (slot + 1) & (decisions->n_slots - 1))
              ;
            decisions->slots[slot] = old[k];
          }
      g_free (old);
    }
  for (slot = pair_slot (decisions, key); decisions->slots[slot].key != 0;
       slot = (slot + 1) & (decisions->n_slots - 1))
    g_assert (decisions->slots[slot].key != key);
  decisions->slots[slot].key = key;
  decisions->slots[slot].joined = joined;
  decisions->n_decided++;
}

/* The cosine of candidate @i (@a) and @b, through the probe, which is set
 * to @i first where it holds another. */
static double
similarity_of (Clustering                  *clustering,
               guint                        i,
               const DossierEventCandidate *a,
               const DossierEventCandidate *b)
{
  if (clustering->probe.terms == NULL || clustering->probe_candidate != i)
    {
      _dossier_event_probe_set (&clustering->probe, clustering->vocabulary, a->terms, a->norm);
      clustering->probe_candidate = i;
    }
  return _dossier_event_probe_similarity (&clustering->probe, clustering->vocabulary, b->terms, b->norm);
}

static guint
find_root (GArray *parents,
           guint   i)
{
  while (g_array_index (parents, guint, i) != i)
    {
      guint parent = g_array_index (parents, guint, i);
      g_array_index (parents, guint, i) = g_array_index (parents, guint, parent);
      i = parent;
    }
  return i;
}

/* Joins the clusters of @i and @j; FALSE when they were one already. */
static gboolean
join (GArray *parents,
      guint   i,
      guint   j)
{
  guint ri = find_root (parents, i), rj = find_root (parents, j);

  if (ri == rj)
    return FALSE;
  g_array_index (parents, guint, MAX (ri, rj)) = MIN (ri, rj);
  return TRUE;
}

static void
debug_joined (Clustering                 *clustering,
              const DossierCandidateLink *link,
              double                      threshold)
{
  DossierEventCandidate *a = &g_array_index (clustering->candidates, DossierEventCandidate, link->a);
  DossierEventCandidate *b = &g_array_index (clustering->candidates, DossierEventCandidate, link->b);
  g_autofree char *a_text = _dossier_event_describe_sentence (clustering->documents, a->document, a->paragraph,
                                                              a->start, a->end);
  g_autofree char *b_text = _dossier_event_describe_sentence (clustering->documents, b->document, b->paragraph,
                                                              b->start, b->end);
  g_autofree char *a_date = dossier_date_to_iso (&a->date);
  g_autofree char *b_date = dossier_date_to_iso (&b->date);

  if (link->reasons & DOSSIER_LINK_ACTION)
    g_debug ("events: joined %s (%s) and %s (%s): the same participant and one kind of action (%s ~ %s); "
             "similarity %.3f", a_text, a_date, b_text, b_date, link->action_a, link->action_b, link->similarity);
  else
    g_debug ("events: joined %s (%s) and %s (%s): similarity %.3f ≥ %.2f", a_text, a_date, b_text, b_date,
             link->similarity, threshold);
}

static gboolean
is_person_or_organization (GPtrArray *entities,
                           int        entity)
{
  const DossierEntityRecord *record;

  if (entity < 0 || entities == NULL || (guint) entity >= entities->len)
    return FALSE;
  record = g_ptr_array_index (entities, entity);
  return record->type == DOSSIER_ENTITY_PERSON || record->type == DOSSIER_ENTITY_ORGANIZATION;
}

/* Whether byte @at of paragraph @p of @document lies within one of its
 * date mentions ("on August 15", "in 2017"). */
static gboolean
within_a_date (DossierDocument *document,
               guint            p,
               gsize            at)
{
  for (guint i = 0; i < document->dates->len; i++)
    {
      const DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, i);

      if (date->paragraph == p && at >= date->start && at < date->end)
        return TRUE;
    }
  return FALSE;
}

/* The number of one or two digits at @at of @text (before @end), if its
 * digits end there; its end in @after. */
static gboolean
read_small_number (const char *text,
                   gsize       at,
                   gsize       end,
                   guint      *number,
                   gsize      *after)
{
  gsize from = at;

  *number = 0;
  while (at < end && g_ascii_isdigit (text[at]) && at - from < 3)
    *number = *number * 10 + (guint) (text[at++] - '0');
  *after = at;
  return at > from && at - from <= 2;
}

/* A score at byte @at of @text: two numbers of one or two digits joined
 * by a hyphen or an en dash ("1-0", "59–42"), standing alone: not a
 * date's ("14-12-2022"), an age's ("19-year-old") nor a range's of a
 * count ("10-15 people" is read as one too, and rarely differs between
 * outlets where a score does not). */
static gboolean
read_score (const char *text,
            gsize       at,
            gsize       end,
            guint16    *score)
{
  guint first, second;
  gsize after;

  if (at > 0 && (g_ascii_isalnum (text[at - 1]) || text[at - 1] == '-' || text[at - 1] == '.' ||
                 text[at - 1] == '/'))
    return FALSE;
  if (!read_small_number (text, at, end, &first, &after))
    return FALSE;
  if (after < end && text[after] == '-')
    after++;
  else if (after + 2 < end && (guchar) text[after] == 0xE2 && (guchar) text[after + 1] == 0x80 &&
           (guchar) text[after + 2] == 0x93)
    after += 3;
  else
    return FALSE;
  if (!read_small_number (text, after, end, &second, &after))
    return FALSE;
  if (after < end && (g_ascii_isalnum (text[after]) || text[after] == '-' || text[after] == '/' ||
                      (text[after] == '.' && after + 1 < end && g_ascii_isdigit (text[after + 1]))))
    return FALSE;
  *score = (guint16) (MIN (first, second) << 8 | MAX (first, second));
  return TRUE;
}

/* Reads the figures of @candidate's sentence into it, up to three, once:
 * counts, tolls, sums, scores and shares of two digits or more ("300
 * people", "4,000", "59 votes", "1.3 million"), each kept as a hash of its
 * digits — not a year, nor a figure of a date the sentence names, nor one
 * inside a word ("G20", "5th"). */
static void
read_figures (GPtrArray                   *documents,
              const DossierEventCandidate *candidate)
{
  DossierEventSentence *sentence = candidate->sentence;
  DossierDocument *document = g_ptr_array_index (documents, candidate->document);
  DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, sentence->paragraph);
  const char *text = paragraph->text;
  gsize end = MIN (sentence->end, paragraph->len);
  guint found = 0;

  for (gsize at = sentence->start; at < end && found < G_N_ELEMENTS (sentence->figures); at++)
    {
      gsize from = at;
      guint digits = 0;
      gboolean separated = FALSE;
      guint32 hash = 2166136261u;
      gboolean year;

      if (!g_ascii_isdigit (text[at]) || (at > 0 && g_ascii_isalnum (text[at - 1])))
        continue;
      if (sentence->n_scores < G_N_ELEMENTS (sentence->scores) &&
          read_score (text, at, end, &sentence->scores[sentence->n_scores]) &&
          !within_a_date (document, sentence->paragraph, from))
        sentence->n_scores++;
      year = at + 4 <= end && (text[at] == '1' || text[at] == '2');
      while (at < end && (g_ascii_isdigit (text[at]) ||
                          ((text[at] == ',' || text[at] == '.') && at + 1 < end && g_ascii_isdigit (text[at + 1]))))
        {
          if (g_ascii_isdigit (text[at]))
            {
              /* FNV-1a over the digits. */
              hash = (hash ^ (guint8) text[at]) * 16777619u;
              digits++;
            }
          else
            separated = TRUE;
          at++;
        }
      if ((at < end && g_ascii_isalpha (text[at])) || digits < 2 || (year && digits == 4 && !separated) ||
          within_a_date (document, sentence->paragraph, from))
        continue;
      sentence->figures[found++] = hash;
    }
  sentence->n_figures = found + 1;
}

/* @candidate's sentence, its figures and scores read (once). */
static const DossierEventSentence *
with_figures (GPtrArray                   *documents,
              const DossierEventCandidate *candidate)
{
  if (candidate->sentence->n_figures == 0)
    read_figures (documents, candidate);
  return candidate->sentence;
}

/* Whether the sentences of @a and @b each give a score, and no score in
 * common: "Croatia defeated Morocco 2-1" is another match than "after
 * defeating Portugal 1-0", whatever they share. */
static gboolean
scores_differ (GPtrArray                   *documents,
               const DossierEventCandidate *a,
               const DossierEventCandidate *b)
{
  const DossierEventSentence *sa, *sb;

  if (a->sentence == NULL || b->sentence == NULL || (sa = with_figures (documents, a))->n_scores == 0 ||
      (sb = with_figures (documents, b))->n_scores == 0)
    return FALSE;
  for (guint i = 0; i < sa->n_scores; i++)
    for (guint j = 0; j < sb->n_scores; j++)
      if (sa->scores[i] == sb->scores[j])
        return FALSE;
  return TRUE;
}

/* Whether the sentences of @a and @b give one figure: "more than 300
 * victims were buried", "burials began for 300 people". */
static gboolean
share_a_figure (GPtrArray                   *documents,
                const DossierEventCandidate *a,
                const DossierEventCandidate *b)
{
  if (a->sentence == NULL || b->sentence == NULL || with_figures (documents, a)->n_figures == 1)
    return FALSE;
  with_figures (documents, b);
  for (guint i = 0; i + 1 < a->sentence->n_figures; i++)
    for (guint j = 0; j + 1 < b->sentence->n_figures; j++)
      if (a->sentence->figures[i] == b->sentence->figures[j])
        return TRUE;
  return FALSE;
}

/* The noun @candidate's date names, its happening's, lower case in @noun
 * (of @size bytes): the one after a possessive date or a date after an
 * article ("Sunday's referendum", "the Oct. 2 referendum"), else the one
 * right before the date or before "on" or "of" and the date ("a national
 * referendum Sunday", "the quake on Friday").  FALSE where there is none,
 * or only a word of time, of measure or of the past ("Friday morning",
 * "killed on Friday"). */
static gboolean
date_names_noun (GPtrArray                   *documents,
                 const DossierEventCandidate *candidate,
                 char                        *noun,
                 gsize                        size)
{
  static const char * const not_happenings[] = {
    "morning", "afternoon", "evening", "night", "midnight", "noon", "today", "week", "weekend", "month",
    "year", "time", "times", "hours", "days", "edition", "issue", "deadline", "date", "session",
    "local", "early", "late", "until", "since", "from", "before", "after", "during", "last", "next",
    "that", "this", "which", "when", "while", "than", "with", "were", "have", "said", "says", "told",
  };
  static const char * const before_dates[] = { "the ", "a ", "an ", "its ", "their ", "his ", "her " };
  DossierDocument *document = g_ptr_array_index (documents, candidate->document);
  DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, candidate->paragraph);
  const char *text = paragraph->text;
  gsize at = candidate->date_end, start = 0, end = 0;
  gboolean possessive = FALSE, after_article = FALSE;

  if (g_str_has_prefix (text + at, "'s ") || g_str_has_prefix (text + at, "’s "))
    {
      possessive = TRUE;
      at += text[at] == '\'' ? 2 : 4;
    }
  for (gsize k = 0; k < G_N_ELEMENTS (before_dates) && !after_article; k++)
    {
      gsize n = strlen (before_dates[k]);

      after_article = candidate->date_start >= n &&
                      g_ascii_strncasecmp (text + candidate->date_start - n, before_dates[k], n) == 0 &&
                      (candidate->date_start == n || !g_ascii_isalpha (text[candidate->date_start - n - 1]));
    }
  if ((possessive || after_article) && text[at] == ' ')
    {
      start = at + 1;
      end = start;
      while (end < paragraph->len && g_ascii_islower (text[end]))
        end++;
    }
  else
    {
      /* Back over the spaces, "on" or "of", and the spaces again. */
      gsize i = candidate->date_start;

      while (i > 0 && text[i - 1] == ' ')
        i--;
      if (i >= 3 && (strncmp (text + i - 2, "on", 2) == 0 || strncmp (text + i - 2, "of", 2) == 0) &&
          text[i - 3] == ' ')
        {
          i -= 2;
          while (i > 0 && text[i - 1] == ' ')
            i--;
        }
      end = i;
      start = end;
      while (start > 0 && g_ascii_islower (text[start - 1]))
        start--;
      if (start > 0 && g_ascii_isalpha (text[start - 1]))
        return FALSE;
    }
  if (end - start < 4 || end - start >= size || (end < paragraph->len && (g_ascii_isalpha (text[end]) ||
                                                                          text[end] == '-')))
    return FALSE;
  /* No verb of the past ("killed on Friday"), no adverb ("early"); the
   * lexicon is asked last. */
  if ((end - start > 4 && strncmp (text + end - 2, "ed", 2) == 0) || strncmp (text + end - 2, "ly", 2) == 0)
    return FALSE;
  for (gsize k = 0; k < G_N_ELEMENTS (not_happenings); k++)
    if (not_happenings[k][0] == text[start] && strlen (not_happenings[k]) == end - start &&
        strncmp (text + start, not_happenings[k], end - start) == 0)
      return FALSE;
  if (dossier_action_is_past_form (text + start, end - start))
    return FALSE;
  memcpy (noun, text + start, end - start);
  noun[end - start] = '\0';
  return TRUE;
}

/* Whether two sentences of two articles, each dating one same day by an
 * expression of its own, name its happening by the same noun ("Sunday's
 * referendum", "an Oct. 2 referendum"): one happening, whoever they name.
 * Sets @noun (interned). */
static gboolean
name_one_happening_of_a_day (GPtrArray                   *documents,
                             const DossierEventCandidate *a,
                             const DossierEventCandidate *b,
                             const char                 **noun)
{
  char noun_a[32], noun_b[32];

  if (a->document == b->document || a->dating != DOSSIER_DATED_BY_EXPRESSION ||
      b->dating != DOSSIER_DATED_BY_EXPRESSION || a->date.precision < DOSSIER_PRECISION_DAY ||
      b->date.precision < DOSSIER_PRECISION_DAY || a->first_day != b->first_day || a->last_day != b->last_day ||
      !date_names_noun (documents, a, noun_a, sizeof noun_a) || !date_names_noun (documents, b, noun_b, sizeof noun_b) ||
      strcmp (noun_a, noun_b) != 0)
    return FALSE;
  *noun = g_intern_string (noun_a);
  return TRUE;
}

/* The entity that says what @candidate's sentence tells: the name right
 * before its verb of saying, or before the body it is the voice of ("The
 * Dubai government said", "Dubai's government said", "Sellal told"); -1
 * where none.  Sets @verb to the verb (interned). */
static int
speaker_of (GPtrArray                   *documents,
            const DossierEventCandidate *candidate,
            const char                 **verb)
{
  DossierDocument *document = g_ptr_array_index (documents, candidate->document);
  DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, candidate->paragraph);
  const char *text = paragraph->text;
  guint lo = 0, hi = document->mentions->len;

  /* The first mention of the paragraph, by halving (mentions are in
   * order of paragraph and start). */
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      const DossierMention *mention = &g_array_index (document->mentions, DossierMention, mid);

      if (mention->paragraph < candidate->paragraph ||
          (mention->paragraph == candidate->paragraph && mention->start < candidate->start))
        lo = mid + 1;
      else
        hi = mid;
    }
  for (guint m = lo; m < document->mentions->len; m++)
    {
      const DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
      gsize at = mention->end;
      guint words = 0;

      if (mention->paragraph != candidate->paragraph || mention->start >= candidate->end)
        break;
      if (mention->entity < 0)
        continue;
      if (g_str_has_prefix (text + at, "'s ") || g_str_has_prefix (text + at, "’s "))
        at += text[at] == '\'' ? 2 : 4;
      /* Up to two words in small letters between: "government", "foreign
       * ministry", "officials". */
      while (at < candidate->end && text[at] == ' ')
        {
          gsize start = at + 1, end = start;

          while (end < candidate->end && g_ascii_islower (text[end]))
            end++;
          if (end == start)
            break;
          if ((end >= candidate->end || !g_ascii_isalpha (text[end])) &&
              dossier_word_list_contains (&dossier_words_speech_verbs, text + start, end - start))
            {
              g_autofree char *word = g_strndup (text + start, end - start);

              *verb = g_intern_string (word);
              return mention->entity;
            }
          if (++words > 2)
            break;
          at = end;
        }
    }
  return -1;
}

/* Whether two reports of two articles, each dating one day by an
 * expression of its own, tell one entity saying something that day ("The
 * Dubai government said today that it will not guarantee …", "Dubai's
 * government said on Monday it was not responsible …"): its statement of
 * that day, whatever words the outlets chose.  Sets @verb. */
static gboolean
one_speaker_of_a_day (GPtrArray                   *documents,
                      const DossierEventCandidate *a,
                      const DossierEventCandidate *b,
                      const char                 **verb)
{
  const char *verb_b = NULL;
  int speaker;

  if (a->document == b->document || a->dating != DOSSIER_DATED_BY_EXPRESSION ||
      b->dating != DOSSIER_DATED_BY_EXPRESSION || a->date.precision < DOSSIER_PRECISION_DAY ||
      b->date.precision < DOSSIER_PRECISION_DAY || a->first_day != b->first_day || a->last_day != b->last_day ||
      a->sentence == NULL || b->sentence == NULL)
    return FALSE;
  speaker = speaker_of (documents, a, verb);
  return speaker >= 0 && speaker == speaker_of (documents, b, &verb_b);
}

gboolean
_dossier_event_candidates_share_happening (DossierVocabulary           *vocabulary,
                                           GPtrArray                   *documents,
                                           GPtrArray                   *entities,
                                           const DossierEventCandidate *a,
                                           const DossierEventCandidate *b,
                                           gboolean                     lenient,
                                           DossierCandidateLink        *link)
{
  guint n_shared = 0, n_actors = 0;
  const DossierActionWord *word_a = NULL, *word_b = NULL;
  int shared[DOSSIER_LINK_MAX_ENTITIES] = { -1, -1, -1 };

  for (guint i = 0; i < a->entities->len; i++)
    {
      int entity = g_array_index (a->entities, int, i);
      gboolean seen = FALSE, in_b = FALSE;

      for (guint k = 0; k < i && !seen; k++)
        seen = g_array_index (a->entities, int, k) == entity;
      for (guint j = 0; j < b->entities->len && !in_b && !seen; j++)
        in_b = g_array_index (b->entities, int, j) == entity;
      if (!in_b)
        continue;
      if (n_shared < DOSSIER_LINK_MAX_ENTITIES)
        shared[n_shared] = entity;
      n_shared++;
      if (is_person_or_organization (entities, entity))
        n_actors++;
    }
  gboolean few = n_actors < LINK_SHARED_ACTORS && n_shared < (lenient ? 1 : LINK_SHARED_PARTICIPANTS);

  /* Two articles that give one figure for a day they both name (a toll,
   * a count of votes, a score) tell of one happening as surely as by a
   * participant both name. */
  gboolean figure = FALSE;

  if (few && !lenient && a->document != b->document && a->dating == DOSSIER_DATED_BY_EXPRESSION &&
      b->dating == DOSSIER_DATED_BY_EXPRESSION && share_a_figure (documents, a, b))
    few = !(figure = TRUE);
  /* A sentence that names no one and nothing ("After Sunday's eruption,
   * volcanologists said …") tells the story's own happening, where both
   * name its day: its kind of action is enough (see below). */
  gboolean unnamed = !lenient && (a->entities->len == 0 || b->entities->len == 0);
  const char *noun = NULL;

  if (!lenient && name_one_happening_of_a_day (documents, a, b, &noun) && !scores_differ (documents, a, b))
    {
      if (link != NULL)
        {
          link->reasons |= (n_shared > 0 ? DOSSIER_LINK_PARTICIPANTS : 0) | DOSSIER_LINK_ACTION;
          memcpy (link->entities, shared, sizeof shared);
          link->action_a = link->action_b = noun;
        }
      return TRUE;
    }
  if (few && n_shared == 0 && !unnamed)
    return FALSE;
  /* One entity saying something on one day, in both: the statement. */
  if (few && !lenient && n_shared > 0 && one_speaker_of_a_day (documents, a, b, &noun) &&
      !scores_differ (documents, a, b))
    {
      if (link != NULL)
        {
          link->reasons |= DOSSIER_LINK_PARTICIPANTS | DOSSIER_LINK_ACTION;
          memcpy (link->entities, shared, sizeof shared);
          link->action_a = link->action_b = noun;
        }
      return TRUE;
    }
  if (a->sentence == NULL || b->sentence == NULL ||
      !_dossier_event_actions_meet (_dossier_event_sentence_actions (vocabulary, documents, a->document, a->sentence),
                                    _dossier_event_sentence_actions (vocabulary, documents, b->document, b->sentence),
                                    &word_a, &word_b))
    return FALSE;
  /* One place only in common, and no one: the very same verb will do
   * where both sentences date it themselves ("the ship was refloated on
   * Monday" in both, in the Suez Canal) — not two sentences dated only by
   * their articles' day ("discussed" in both, of Ukraine); and so will two
   * verbs of one kind of action, in sentences that each name the day
   * ("Mount Fuego erupted on Sunday", "the Fuego volcano exploded last
   * Sunday").  Where one names no one, the same noun will do too ("the
   * eruption on Sunday", "after Sunday's eruption"). */
  if (few && !((word_a->verbal && word_b->verbal) || (n_shared == 0 && g_str_equal (word_a->word, word_b->word))))
    return FALSE;
  if (few && !(a->dating == DOSSIER_DATED_BY_EXPRESSION && b->dating == DOSSIER_DATED_BY_EXPRESSION &&
               (g_str_equal (word_a->word, word_b->word) || (a->dated && b->dated))))
    return FALSE;
  if (scores_differ (documents, a, b))
    return FALSE;
  if (link != NULL)
    {
      /* (Where one names no one, they share no participant to show.) */
      link->reasons |= (n_shared > 0 ? DOSSIER_LINK_PARTICIPANTS : 0) | (figure ? DOSSIER_LINK_FIGURE : 0) |
                       DOSSIER_LINK_ACTION;
      memcpy (link->entities, shared, sizeof shared);
      link->action_a = word_a->word;
      link->action_b = word_b->word;
    }
  return TRUE;
}

/* Whether @implicit, dated only by its article's publication day, may
 * tell the happening @other dates in the days before: news of a Sunday is
 * published on the Monday, and a weekly's on the Friday; or, dated by the
 * day a report told it, the happening of the day before. */
static gboolean
reported_later (const DossierEventCandidate *implicit,
                const DossierEventCandidate *other)
{
  int reach;

  if (implicit->dating == DOSSIER_DATED_IMPLICITLY)
    reach = REPORTING_REACH_DAYS;
  /* … and one dated by the day a report told it, the day before. */
  else if (implicit->reported && !other->reported)
    reach = REPORTED_REACH_DAYS;
  else
    return FALSE;
  return other->dating != DOSSIER_DATED_IMPLICITLY && other->date.precision >= DOSSIER_PRECISION_DAY &&
         implicit->first_day > other->first_day && implicit->first_day - other->first_day <= reach;
}

/* Whether @candidate's day lies a week or more before its article was
 * published: background its article tells, not the day's news.  The last
 * such day of each article is counted once per clustering (its
 * publication date does not change within one). */
static gboolean
long_past (Clustering                  *clustering,
           const DossierEventCandidate *candidate)
{
  int *limit = &clustering->long_past_limits[candidate->document];

  if (*limit == LIMIT_NOT_COUNTED)
    {
      DossierDocument *document = g_ptr_array_index (clustering->documents, candidate->document);
      int first, last;

      if (!dossier_date_is_set (&document->published))
        *limit = LIMIT_NONE;
      else
        {
          dossier_date_get_span (&document->published, &first, &last);
          /* Known to its year or month only: the latest day it may be of. */
          *limit = (document->published.precision >= DOSSIER_PRECISION_DAY ? first : last) - REPORTING_REACH_DAYS;
        }
    }
  return *limit != LIMIT_NONE && candidate->last_day <= *limit;
}

/* Whether @candidate's date lies after its article's day: a happening
 * still to come when it was written ("elections would be held in
 * September", in May). */
static gboolean
still_to_come (Clustering                  *clustering,
               const DossierEventCandidate *candidate)
{
  DossierDocument *document = g_ptr_array_index (clustering->documents, candidate->document);
  int first, last;

  if (!dossier_date_is_set (&document->published) || document->published.precision < DOSSIER_PRECISION_DAY)
    return FALSE;
  dossier_date_get_span (&document->published, &first, &last);
  return candidate->first_day > last;
}

/* Whether @candidate tells @word (one of its action words) as what came
 * before its own happening: "Clashes broke out after the resignation of
 * the president" tells the clashes, the resignation being earlier. */
static gboolean
tells_before (DossierVocabulary           *vocabulary,
              GPtrArray                   *documents,
              const DossierEventCandidate *candidate,
              const char                  *word)
{
  DossierDocument *document = g_ptr_array_index (documents, candidate->document);
  DossierParagraph *paragraph;
  GPtrArray *actions;
  const char *text;
  gsize len;

  if (candidate->sentence == NULL)
    return FALSE;
  paragraph = g_ptr_array_index (document->paragraphs, candidate->paragraph);
  text = paragraph->text + candidate->start;
  len = candidate->end - candidate->start;
  if (!_dossier_event_follows_after (text, len, word))
    return FALSE;
  /* … and some happening of its own, told by a verb before it. */
  actions = _dossier_event_sentence_actions (vocabulary, documents, candidate->document, candidate->sentence);
  for (guint k = 0; k < actions->len; k++)
    {
      const DossierActionWord *action = g_ptr_array_index (actions, k);

      if (action->verbal && !_dossier_event_follows_after (text, len, action->word))
        return TRUE;
    }
  return FALSE;
}

/* The happening @candidate names by its day: an action word right after
 * its date, a word between at most ("a March 10 crash", "Sunday's vote",
 * "the Oct. 29 deadly crash"); NULL when none, or when the sentences
 * compared share fewer words (@similarity) than LINK_MIN_SIMILARITY and
 * the day is not a week or more before its article. */
static const DossierActionWord *
named_by_its_day (Clustering                  *clustering,
                  const DossierEventCandidate *candidate,
                  double                       similarity)
{
  DossierDocument *document;
  DossierParagraph *paragraph;
  GPtrArray *actions;
  const char *text;
  gsize at, end;

  if (candidate->sentence == NULL || candidate->dating != DOSSIER_DATED_BY_EXPRESSION ||
      candidate->date.precision < DOSSIER_PRECISION_DAY || candidate->date_end <= candidate->date_start)
    return NULL;
  /* Of the days just past, with a few words in common at least; of a
   * day a week or more back, in any words. */
  if (similarity < LINK_MIN_SIMILARITY && !long_past (clustering, candidate))
    return NULL;
  document = g_ptr_array_index (clustering->documents, candidate->document);
  paragraph = g_ptr_array_index (document->paragraphs, candidate->paragraph);
  text = paragraph->text;
  at = candidate->date_end;
  end = MIN (candidate->end, paragraph->len);
  if (at + 2 <= end && text[at] == '\'' && text[at + 1] == 's')
    at += 2;
  else if (at + strlen ("’s") <= end && strncmp (text + at, "’s", strlen ("’s")) == 0)
    at += strlen ("’s");
  actions = _dossier_event_sentence_actions (clustering->vocabulary, clustering->documents, candidate->document,
                                             candidate->sentence);
  for (guint w = 0; w < 2; w++)
    {
      gsize word;

      if (at >= end || text[at] != ' ')
        return NULL;
      at++;
      word = at;
      while (at < end && g_ascii_isalpha (text[at]))
        at++;
      if (at == word)
        return NULL;
      for (guint k = 0; k < actions->len; k++)
        {
          const DossierActionWord *action = g_ptr_array_index (actions, k);

          if (strlen (action->word) == at - word &&
              g_ascii_strncasecmp (text + word, action->word, at - word) == 0)
            return action;
        }
    }
  return NULL;
}

/* Whether @named, a happening another candidate names by its day, is of
 * the kind of action @b tells: "a March 10 crash" and "the plane crashed
 * on Sunday", of one day.  Fills @link's action words (@swapped: @b is the
 * link's first). */
static gboolean
tells_the_named (Clustering                  *clustering,
                 const DossierActionWord     *named,
                 const DossierEventCandidate *b,
                 DossierCandidateLink        *link,
                 gboolean                     swapped)
{
  GPtrArray *actions;

  if (named == NULL || b->sentence == NULL)
    return FALSE;
  actions = _dossier_event_sentence_actions (clustering->vocabulary, clustering->documents, b->document,
                                             b->sentence);
  for (guint k = 0; k < actions->len; k++)
    {
      const DossierActionWord *action = g_ptr_array_index (actions, k);

      if (dossier_action_classes_meet (named->classes, named->n_classes, action->classes, action->n_classes))
        {
          link->reasons |= DOSSIER_LINK_ACTION;
          link->action_a = swapped ? action->word : named->word;
          link->action_b = swapped ? named->word : action->word;
          return TRUE;
        }
    }
  return FALSE;
}

/* Whether @a (candidate @i) and @b (@j), whose dates agree as @agree
 * says (see compare_pair ()), tell one happening; fills @link with why and
 * @threshold with the likeness in words they were held to.  What it reads
 * of them (their sentences, words, dates, participants, and their
 * articles' publication dates), of the vocabulary and of the entities
 * does not change within one analysis while their serials stay (see
 * _dossier_event_candidates_cluster ()): nor does what it decides. */
static gboolean
decide_pair (Clustering            *clustering,
             guint                  i,
             guint                  j,
             DossierEventCandidate *a,
             DossierEventCandidate *b,
             int                    agree,
             DossierCandidateLink  *link_out,
             double                *threshold_out)
{
  DossierCandidateLink link;
  double threshold;
  gboolean joins = FALSE;

  /* Filled only here: most pairs end before, and there are a million. */
  link = (DossierCandidateLink) { i, j, DOSSIER_LINK_DATE, 0, { -1, -1, -1 }, NULL, NULL };
  link.similarity = similarity_of (clustering, i, a, b);
  threshold = agree == 2 ? CONTAINED_SIMILARITY
              : a->date.precision >= DOSSIER_PRECISION_DAY ? SAME_DAY_SIMILARITY
              : SAME_MONTH_SIMILARITY;
  if (agree == 3)
    threshold = UNDATED_SIMILARITY;
  /* A day long past that two articles both name ("On 23 June 2018", "On
   * June 23rd", in reports of July) is one happening told twice, in words
   * as different as two outlets choose: any likeness will do. */
  else if (agree == 1 && a->date.precision == DOSSIER_PRECISION_DAY && a->document != b->document &&
           a->dating == DOSSIER_DATED_BY_EXPRESSION && b->dating == DOSSIER_DATED_BY_EXPRESSION &&
           long_past (clustering, a) && long_past (clustering, b))
    threshold = LINK_MIN_SIMILARITY;
  if (link.similarity >= threshold)
    {
      link.reasons |= DOSSIER_LINK_WORDS;
      joins = TRUE;
      /* The participants too, for the reasons shown: cheap, and only for
       * sentences already joined. */
      _dossier_event_candidates_share_happening (clustering->vocabulary, clustering->documents,
                                                 clustering->entities, a, b, FALSE, &link);
    }
  /* Words less alike: the same participants and kind of action, on one
   * day, or in one week where two articles tell only their week ("this
   * week's chaos at the exchange", "the exchange's collapse this week"),
   * or on a day of the month another article dates it to ("sank off
   * Calvera on Thursday", "sank off Calvera in June") by the very same
   * word: a month's sentence joined by a kind of action alone ("war ~
   * conflict") would bridge the happenings of several of its days. */
  else if ((agree == 1 || agree == 3 ||
            (agree == 2 && a->document != b->document && a->dating == DOSSIER_DATED_BY_EXPRESSION &&
             b->dating == DOSSIER_DATED_BY_EXPRESSION &&
             MIN (a->date.precision, b->date.precision) == DOSSIER_PRECISION_MONTH &&
             MAX (a->date.precision, b->date.precision) >= DOSSIER_PRECISION_DAY)) &&
           (agree == 2 || a->date.precision >= DOSSIER_PRECISION_DAY ||
            (a->date.precision == DOSSIER_PRECISION_WEEK && a->document != b->document) ||
            (agree == 1 && a->date.precision == DOSSIER_PRECISION_MONTH && a->document != b->document &&
             still_to_come (clustering, a) && still_to_come (clustering, b))) &&
           (link.similarity >= LINK_MIN_SIMILARITY ||
            (a->document != b->document && a->dating == DOSSIER_DATED_BY_EXPRESSION &&
             b->dating == DOSSIER_DATED_BY_EXPRESSION && share_a_figure (clustering->documents, a, b))) &&
           _dossier_event_candidates_share_happening (clustering->vocabulary, clustering->documents,
                                                      clustering->entities, a, b, FALSE, &link) &&
           (agree != 2 || (link.action_a != NULL && link.action_b != NULL &&
                           strcmp (link.action_a, link.action_b) == 0)))
    joins = TRUE;
  /* A happening named by its day ("repeatedly nosedived before a March
   * 10 crash"), in another article, is the one of that day of its kind. */
  else if (agree == 1 && a->date.precision >= DOSSIER_PRECISION_DAY && a->document != b->document &&
           (tells_the_named (clustering, named_by_its_day (clustering, a, link.similarity), b, &link, FALSE) ||
            tells_the_named (clustering, named_by_its_day (clustering, b, link.similarity), a, &link, TRUE)))
    joins = TRUE;
  /* An opening of the days after, "Clashes broke out after the
   * resignation", tells that day's clashes: the resignation it names as
   * earlier is no reason to join them with it. */
  if (joins && agree == 3 && (link.reasons & DOSSIER_LINK_ACTION))
    {
      const DossierEventCandidate *later = reported_later (a, b) ? a : b;

      joins = !tells_before (clustering->vocabulary, clustering->documents, later,
                             later == a ? link.action_a : link.action_b);
    }
  /* Two results of one day ("beat Portugal 1-0", "Croatia defeated Morocco
   * 2-1") are two matches, however alike their words. */
  if (joins && scores_differ (clustering->documents, a, b))
    joins = FALSE;
  *link_out = link;
  *threshold_out = threshold;
  return joins;
}

/* Compares @a (candidate @i) and @b (@j), whose dates agree as @agree
 * says (see compare_pair ()), and joins them where they tell one
 * happening: as decide_pair () decides, or as an earlier clustering of
 * the analysis decided (@decision, looked up by compare_pair (); NULL
 * when none did).  Apart from compare_pair () so that the pairs that end
 * there, most of a million, cost no call to this larger function. */
G_GNUC_NO_INLINE static void
compare_agreeing_pair (Clustering            *clustering,
                       guint                  i,
                       guint                  j,
                       DossierEventCandidate *a,
                       DossierEventCandidate *b,
                       int                    agree,
                       const PairDecision    *decision)
{
  DossierPairDecisions *decisions = clustering->decisions;
  DossierCandidateLink link;
  double threshold = 0;
  guint joined_index = 0;
  gboolean joins;

  if (decisions != NULL && a->serial != 0 && b->serial != 0)
    {
      guint64 key = ((guint64) a->serial << 32) | b->serial;

      if (decision != NULL)
        {
          /* Decided before: the same two candidates, the same reasons. */
          joins = decision->joined != 0;
          joined_index = decision->joined;
          if (joins)
            {
              const JoinedPair *joined = &g_array_index (decisions->joined, JoinedPair, decision->joined - 1);

              link = joined->link;
              link.a = i;
              link.b = j;
              threshold = joined->threshold;
            }
        }
      else
        {
          joins = decide_pair (clustering, i, j, a, b, agree, &link, &threshold);
          if (joins)
            {
              JoinedPair joined = { link, threshold };

              keep_link_words (decisions, &joined.link);
              g_array_append_val (decisions->joined, joined);
              joined_index = decisions->joined->len;
            }
          pair_decision_add (decisions, key, joined_index);
        }
    }
  else
    joins = decide_pair (clustering, i, j, a, b, agree, &link, &threshold);

  if (!joins || !join (clustering->parents, i, j))
    return;
  clustering->n_joins++;
  if (clustering->recording != NULL)
    {
      BucketJoin made = { i, j, joined_index };

      g_assert (joined_index != 0);
      g_array_append_val (clustering->recording, made);
    }
  if (clustering->links != NULL)
    g_array_append_val (clustering->links, link);
  if (G_UNLIKELY (dossier_debug_enabled ()))
    debug_joined (clustering, &link, threshold);
}

/* compare_pair () of candidates @i and @j of two clusters. */
G_ALWAYS_INLINE static inline void
compare_pair_apart (Clustering *clustering,
                    guint       i,
                    guint       j)
{
  DossierEventCandidate *a = &g_array_index (clustering->candidates, DossierEventCandidate, i);
  DossierEventCandidate *b = &g_array_index (clustering->candidates, DossierEventCandidate, j);
  const PairDecision *decision = NULL;
  int agree;

  /* dates_agree () on the spans computed once per candidate. */
  if (a->first_day == b->first_day && a->last_day == b->last_day)
    agree = 1;
  else if (a->date.precision == DOSSIER_PRECISION_YEAR || b->date.precision == DOSSIER_PRECISION_YEAR)
    agree = 0;
  else if ((a->first_day >= b->first_day && a->last_day <= b->last_day) ||
           (b->first_day >= a->first_day && b->last_day <= a->last_day))
    agree = 2;
  else if (reported_later (a, b) || reported_later (b, a))
    agree = 3;
  else
    agree = 0;

  if (agree == 0)
    return;
  /* Two dates in one sentence are two happenings — but not two names of
   * one day ("Earlier today, … today (20)"): one happening, told once. */
  if (a->document == b->document && a->paragraph == b->paragraph && a->start == b->start && agree != 1)
    return;
  /* Decided before that they tell two happenings, as most pairs are:
   * nothing to do. */
  if (clustering->decisions != NULL && a->serial != 0 && b->serial != 0)
    {
      decision = pair_decision_find (clustering->decisions, ((guint64) a->serial << 32) | b->serial);
      if (decision != NULL && decision->joined == 0)
        return;
    }
  compare_agreeing_pair (clustering, i, j, a, b, agree, decision);
}

/* The pairs whose dates do not agree, or that are of one cluster already,
 * end here, where they are asked: compare_pair () is inlined in each loop. */
G_ALWAYS_INLINE static inline void
compare_pair (Clustering *clustering,
              guint       i,
              guint       j)
{
  /* Two candidates already of one cluster: whatever they share, the pair
   * joins nothing and keeps no link (join () would say so after the
   * comparison).  Once a day's big story is one cluster, most of its
   * pairs end here, and what is joined, and in which order, is what
   * comparing them would give. */
  if (find_root (clustering->parents, i) == find_root (clustering->parents, j))
    return;
  compare_pair_apart (clustering, i, j);
}

/* compare_pair () of candidate @i with each of the @n at @others in turn:
 * the cluster of @i is found again only after a comparison joined two. */
G_ALWAYS_INLINE static inline void
compare_with_each (Clustering  *clustering,
                   guint        i,
                   const guint *others,
                   guint        n)
{
  guint root = find_root (clustering->parents, i), n_joins = clustering->n_joins;

  for (guint k = 0; k < n; k++)
    {
      if (clustering->n_joins != n_joins)
        {
          root = find_root (clustering->parents, i);
          n_joins = clustering->n_joins;
        }
      if (root != find_root (clustering->parents, others[k]))
        compare_pair_apart (clustering, i, others[k]);
    }
}

/* Prefix filtering (Bayardo, Ma and Srikant, "Scaling up all pairs
 * similarity search", 2007), exact: with a sentence's terms in one order
 * for all (rarest first), its prefix is the shortest run of them after
 * which the rest weigh less than @threshold of its norm.  Two sentences
 * whose cosine reaches @threshold share a term of both prefixes: if they
 * shared none, every shared term would lie in the rest of the one whose
 * prefix ends first, and by Cauchy-Schwarz the cosine would be at most
 * that rest's weight over its norm.  So only pairs that share a prefix
 * term are compared; the others could not join, and the comparisons
 * made (in the same order) join exactly what comparing every pair did. */
typedef struct
{
  guint document_frequency;
  guint term;
} RankedTerm;

/* Below this many pairs, comparing them all costs less than the filter. */
#define PREFIX_FILTER_PAIRS 2048

static int
compare_ranked_terms (gconstpointer a,
                      gconstpointer b)
{
  const RankedTerm *x = a, *y = b;

  if (x->document_frequency != y->document_frequency)
    return x->document_frequency < y->document_frequency ? -1 : 1;
  return x->term < y->term ? -1 : x->term > y->term;
}

/* Sets @prefix (of guint) to the prefix terms of @candidate for @threshold. */
static void
prefix_terms (DossierVocabulary           *vocabulary,
              const DossierEventCandidate *candidate,
              double                       threshold,
              GArray                      *ranked,
              GArray                      *prefix)
{
  const guint *terms = (const guint *) (void *) candidate->terms->data;
  const guint *frequency = (const guint *) (void *) vocabulary->document_frequency->data;
  /* A little under the bound, so that rounding can only lengthen it. */
  double limit = threshold * threshold * candidate->norm * candidate->norm * (1.0 - 1e-9);
  double rest = 0;
  guint n;

  g_array_set_size (prefix, 0);
  if (candidate->norm <= 0)
    return;
  g_array_set_size (ranked, candidate->terms->len);
  for (guint t = 0; t < candidate->terms->len; t++)
    {
      RankedTerm *entry = &g_array_index (ranked, RankedTerm, t);
      entry->document_frequency = frequency[terms[t]];
      entry->term = terms[t];
    }
  g_array_sort (ranked, compare_ranked_terms);
  for (n = ranked->len; n > 0; n--)
    {
      double w = _dossier_vocabulary_idf (vocabulary, g_array_index (ranked, RankedTerm, n - 1).term);
      if (rest + w * w >= limit)
        break;
      rest += w * w;
    }
  for (guint t = 0; t < n; t++)
    g_array_append_val (prefix, g_array_index (ranked, RankedTerm, t).term);
}

/* The prefix terms of a bucket's candidates, each with the positions (in
 * the bucket, ascending) of the candidates whose prefix holds it. */
typedef struct
{
  GHashTable *postings;   /* term + 1 → GArray of guint */
  GArray *ranked;         /* scratch, of RankedTerm */
  GArray *prefix;         /* scratch, of guint */
  guint *stamps;          /* per position: the last probe that found it */
  guint n_probes;
  double threshold;
} PrefixIndex;

static void
prefix_index_init (PrefixIndex *index,
                   Clustering  *clustering,
                   GArray      *bucket,
                   double       threshold)
{
  index->postings = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  index->ranked = g_array_new (FALSE, FALSE, sizeof (RankedTerm));
  index->prefix = g_array_new (FALSE, FALSE, sizeof (guint));
  index->stamps = g_new0 (guint, bucket->len);
  index->n_probes = 0;
  index->threshold = threshold;
  for (guint y = 0; y < bucket->len; y++)
    {
      const DossierEventCandidate *candidate = &g_array_index (clustering->candidates, DossierEventCandidate,
                                                               g_array_index (bucket, guint, y));

      prefix_terms (clustering->vocabulary, candidate, threshold, index->ranked, index->prefix);
      for (guint t = 0; t < index->prefix->len; t++)
        _dossier_event_bucket_add (index->postings, (int) g_array_index (index->prefix, guint, t) + 1, y);
    }
}

static void
prefix_index_clear (PrefixIndex *index)
{
  g_clear_pointer (&index->postings, g_hash_table_unref);
  g_clear_pointer (&index->ranked, g_array_unref);
  g_clear_pointer (&index->prefix, g_array_unref);
  g_clear_pointer (&index->stamps, g_free);
}

static int
compare_positions (gconstpointer a,
                   gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

/* Sorts @array (of guint) in place, as g_array_sort () with
 * compare_positions () would: the positions a probe finds come in a few
 * ascending runs, which moving each to its place sorts with few moves and
 * no call per comparison.  Past a few moves per element the input is no
 * such thing, and g_array_sort () sorts the rest. */
static void
sort_positions (GArray *array)
{
  guint *positions = (guint *) (void *) array->data;
  gsize moves = 0, budget = 8 * (gsize) array->len;

  for (guint i = 1; i < array->len; i++)
    {
      guint position = positions[i];
      guint k = i;

      while (k > 0 && positions[k - 1] > position && moves++ < budget)
        {
          positions[k] = positions[k - 1];
          k--;
        }
      positions[k] = position;
      if (moves > budget)
        {
          g_array_sort (array, compare_positions);
          return;
        }
    }
}

/* Sets @found to the positions, ascending, of the bucket's candidates
 * that share a prefix term with @candidate. */
static void
prefix_index_probe (PrefixIndex                 *index,
                    Clustering                  *clustering,
                    const DossierEventCandidate *candidate,
                    GArray                      *found)
{
  guint stamp = ++index->n_probes;

  g_array_set_size (found, 0);
  prefix_terms (clustering->vocabulary, candidate, index->threshold, index->ranked, index->prefix);
  for (guint t = 0; t < index->prefix->len; t++)
    {
      GArray *posting = g_hash_table_lookup (index->postings,
                                             GINT_TO_POINTER ((int) g_array_index (index->prefix, guint, t) + 1));

      for (guint p = 0; posting != NULL && p < posting->len; p++)
        {
          guint y = g_array_index (posting, guint, p);
          if (index->stamps[y] == stamp)
            continue;
          index->stamps[y] = stamp;
          g_array_append_val (found, y);
        }
    }
  sort_positions (found);
}

static void
compare_within (Clustering *clustering,
                GArray     *bucket)
{
  g_autoptr(GHashTable) postings = NULL;
  g_autofree guint *stamps = NULL;

  if (bucket->len <= BUCKET_ALL_PAIRS)
    {
      for (guint x = 0; x + 1 < bucket->len; x++)
        compare_with_each (clustering, g_array_index (bucket, guint, x), &g_array_index (bucket, guint, x + 1),
                           bucket->len - x - 1);
      return;
    }

  /* A day thousands of sentences name (a big story's big day): compare
   * only sentences that share one of their rarest words, as
   * _dossier_event_blocker_find () does for undated ones. */
  postings = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  for (guint x = 0; x < bucket->len; x++)
    {
      DossierEventCandidate *candidate = &g_array_index (clustering->candidates, DossierEventCandidate,
                                                         g_array_index (bucket, guint, x));
      guint rare[CLUSTER_RARE_TERMS];
      guint n = _dossier_event_rarest_terms (clustering->vocabulary, candidate->terms, rare, G_N_ELEMENTS (rare));
      for (guint k = 0; k < n; k++)
        _dossier_event_bucket_add (postings, (int) rare[k] + 1, x);
    }
  stamps = g_new0 (guint, bucket->len);
  for (guint x = 0; x < bucket->len; x++)
    {
      DossierEventCandidate *candidate = &g_array_index (clustering->candidates, DossierEventCandidate,
                                                         g_array_index (bucket, guint, x));
      guint rare[CLUSTER_RARE_TERMS];
      guint n = _dossier_event_rarest_terms (clustering->vocabulary, candidate->terms, rare, G_N_ELEMENTS (rare));

      for (guint k = 0; k < n; k++)
        {
          GArray *posting = g_hash_table_lookup (postings, GINT_TO_POINTER ((int) rare[k] + 1));
          if (posting == NULL || posting->len > MAX_POSTING)
            continue;
          for (guint p = 0; p < posting->len; p++)
            {
              guint y = g_array_index (posting, guint, p);
              if (y <= x || stamps[y] == x + 1)
                continue;
              stamps[y] = x + 1;
              compare_pair (clustering, g_array_index (bucket, guint, x), g_array_index (bucket, guint, y));
            }
        }
    }
}

/* Sets @labels[x] to the position of the first candidate of @bucket that
 * is of one cluster with its x-th. */
static void
bucket_labels (Clustering *clustering,
               GArray     *bucket,
               guint      *labels)
{
  guint stamp = ++clustering->stamp;

  for (guint x = 0; x < bucket->len; x++)
    {
      guint root = find_root (clustering->parents, g_array_index (bucket, guint, x));

      if (clustering->root_stamps[root] != stamp)
        {
          clustering->root_stamps[root] = stamp;
          clustering->root_firsts[root] = x;
        }
      labels[x] = clustering->root_firsts[root];
    }
}

/* The position of candidate @i in @bucket (ascending, as buckets are
 * filled). */
static guint
bucket_position (GArray *bucket,
                 guint   i)
{
  guint low = 0, high = bucket->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (bucket, guint, middle) < i)
        low = middle + 1;
      else
        high = middle;
    }
  g_assert (low < bucket->len && g_array_index (bucket, guint, low) == i);
  return low;
}

/* compare_within (), or what it would do, from what it did in an earlier
 * clustering of the analysis (kept in the decisions by @kind and @key).
 *
 * Comparing a bucket's pairs joins the clusters of those that tell one
 * happening (T), in the order of the pairs, a pair of one cluster already
 * being passed by.  The same candidates (by their serials, in the same
 * order) make the same pairs, and T is the same (see decide_pair ()).  If
 * the candidates were of one cluster in the same way when the comparisons
 * began, the same joins make two clusters one, in the same order, with the
 * same links: whether a pair is of one cluster already depends only on the
 * joins made before it and on which of the bucket's candidates were of one
 * cluster at the start (a path through other candidates joins two of them
 * only through their clusters at the start).  So they are made again,
 * without a comparison.  (Where they were of one cluster in another way,
 * or the bucket's candidates are others, its pairs are compared, and
 * those decided before are taken from the table of pairs.) */
static void
compare_within_remembering (Clustering *clustering,
                            GArray     *bucket,
                            int         kind,
                            int         key)
{
  DossierPairDecisions *decisions = clustering->decisions;
  g_autofree guint *labels = NULL;
  BucketMemo *memo;
  gboolean same;

  /* (A bucket of one has no pair; the debug output tells every join as it
   * is decided.) */
  if (decisions == NULL || bucket->len < 2 || G_UNLIKELY (dossier_debug_enabled ()))
    {
      compare_within (clustering, bucket);
      return;
    }
  for (guint x = 0; x < bucket->len; x++)
    if (g_array_index (clustering->candidates, DossierEventCandidate, g_array_index (bucket, guint, x)).serial == 0)
      {
        compare_within (clustering, bucket);
        return;
      }

  labels = g_new (guint, bucket->len);
  bucket_labels (clustering, bucket, labels);
  memo = g_hash_table_lookup (decisions->buckets[kind], GINT_TO_POINTER (key));
  same = memo != NULL && memo->n_members == bucket->len;
  for (guint x = 0; same && x < bucket->len; x++)
    same = memo->serials[x] ==
           g_array_index (clustering->candidates, DossierEventCandidate, g_array_index (bucket, guint, x)).serial;
  if (same && memcmp (memo->labels, labels, bucket->len * sizeof (guint)) == 0)
    {
      for (guint k = 0; k < memo->joins->len; k++)
        {
          const BucketJoin *made = &g_array_index (memo->joins, BucketJoin, k);
          guint i = g_array_index (bucket, guint, made->x), j = g_array_index (bucket, guint, made->y);
          gboolean joined = join (clustering->parents, i, j);

          g_assert (joined);
          if (clustering->links != NULL)
            {
              DossierCandidateLink link = g_array_index (decisions->joined, JoinedPair, made->joined - 1).link;

              link.a = i;
              link.b = j;
              g_array_append_val (clustering->links, link);
            }
        }
      return;
    }
  /* Compared, and remembered for the next clustering. */
  memo = g_new0 (BucketMemo, 1);
  memo->n_members = bucket->len;
  memo->serials = g_new (guint, bucket->len);
  for (guint x = 0; x < bucket->len; x++)
    memo->serials[x] =
      g_array_index (clustering->candidates, DossierEventCandidate, g_array_index (bucket, guint, x)).serial;
  memo->labels = g_steal_pointer (&labels);
  memo->joins = g_array_new (FALSE, FALSE, sizeof (BucketJoin));
  clustering->recording = memo->joins;
  compare_within (clustering, bucket);
  clustering->recording = NULL;
  for (guint k = 0; k < memo->joins->len; k++)
    {
      BucketJoin *made = &g_array_index (memo->joins, BucketJoin, k);

      made->x = bucket_position (bucket, made->x);
      made->y = bucket_position (bucket, made->y);
    }
  g_hash_table_replace (decisions->buckets[kind], GINT_TO_POINTER (key), memo);
}

static void
free_prefix_index (gpointer data)
{
  prefix_index_clear (data);
  g_free (data);
}

static int
month_key (const DossierDate *date)
{
  return date->year * 12 + date->month;
}

/* A day candidate in a posting, by its day. */
typedef struct
{
  int day;
  guint candidate;
} DayPosting;

/* Day postings by participant (see postings_init ()): those of key k (a
 * participant + 1) are postings[offsets[k]] to postings[offsets[k + 1]];
 * keys from n_keys on hold none. */
typedef struct
{
  guint n_keys;
  guint *offsets;
  DayPosting *postings;
} Postings;

/* By day, then by candidate. */
static inline gboolean
day_posting_before (const DayPosting *x,
                    const DayPosting *y)
{
  return x->day < y->day || (x->day == y->day && x->candidate < y->candidate);
}

/* Sorts @array (of DayPosting) in place by day_posting_before (), as
 * g_array_sort () did (no two postings are alike, so any sort gives that
 * order): runs of 16 moved into place one posting at a time,
 * then merged, with no call per comparison; the postings of a
 * participant of a big story are thousands, sorted in every clustering. */
static void
sort_day_postings (GArray *array)
{
  DayPosting *postings = (DayPosting *) (void *) array->data;
  g_autofree DayPosting *scratch = NULL;
  DayPosting *from, *to;
  guint n = array->len;

  for (guint run = 0; run < n; run += 16)
    for (guint i = run + 1; i < MIN (run + 16, n); i++)
      {
        DayPosting posting = postings[i];
        guint k = i;

        for (; k > run && day_posting_before (&posting, &postings[k - 1]); k--)
          postings[k] = postings[k - 1];
        postings[k] = posting;
      }
  if (n <= 16)
    return;
  scratch = g_new (DayPosting, n);
  from = postings;
  to = scratch;
  for (guint width = 16; width < n; width *= 2)
    {
      DayPosting *swap;

      for (guint low = 0; low < n; low += 2 * width)
        {
          guint middle = MIN (low + width, n), high = MIN (low + 2 * width, n);
          guint i = low, j = middle, k = low;

          while (i < middle && j < high)
            to[k++] = day_posting_before (&from[j], &from[i]) ? from[j++] : from[i++];
          while (i < middle)
            to[k++] = from[i++];
          while (j < high)
            to[k++] = from[j++];
        }
      swap = from;
      from = to;
      to = swap;
    }
  if (from != postings)
    memcpy (postings, from, n * sizeof *postings);
}

/* How far on in what a coarser candidate met before its next day's
 * candidate is looked for (see join_bucket_to_its_days ()). */
#define COARSE_LOOK_AHEAD 16

/* What join_bucket_to_its_days () met of the days' for one coarser
 * candidate, as it meets them, before it is kept (of CoarseMet and of
 * DossierCandidateLink); NULL arrays where nothing is kept. */
typedef struct
{
  gboolean keeping;
  CoarseMet *met;
  guint n_met, met_size;
  DossierCandidateLink *links;
  guint n_links, links_size;
} CoarseScratch;

/* The next entry of @scratch's met, or of its links: plain arrays grown
 * by doubling, since one is added for each day's candidate met. */
static inline CoarseMet *
coarse_scratch_add_met (CoarseScratch *scratch)
{
  if (scratch->n_met == scratch->met_size)
    {
      scratch->met_size = MAX (256u, scratch->met_size * 2);
      scratch->met = g_renew (CoarseMet, scratch->met, scratch->met_size);
    }
  return &scratch->met[scratch->n_met++];
}

static inline DossierCandidateLink *
coarse_scratch_add_link (CoarseScratch *scratch)
{
  if (scratch->n_links == scratch->links_size)
    {
      scratch->links_size = MAX (16u, scratch->links_size * 2);
      scratch->links = g_renew (DossierCandidateLink, scratch->links, scratch->links_size);
    }
  return &scratch->links[scratch->n_links++];
}

static void
coarse_scratch_clear (CoarseScratch *scratch)
{
  g_clear_pointer (&scratch->met, g_free);
  g_clear_pointer (&scratch->links, g_free);
  scratch->keeping = FALSE;
}

/* The memo of what the coarser candidate of serial @serial met in an
 * earlier clustering of the analysis, or NULL. */
static CoarseMemo *
coarse_memo_find (DossierPairDecisions *decisions,
                  guint                 serial)
{
  return serial < decisions->coarse->len ? g_ptr_array_index (decisions->coarse, serial) : NULL;
}

/* Keeps what @scratch holds as the memo of the coarser candidate of
 * serial @serial. */
static void
coarse_memo_keep (DossierPairDecisions *decisions,
                  guint                 serial,
                  const CoarseScratch  *scratch)
{
  CoarseMemo *memo;

  if (serial >= decisions->coarse->len)
    g_ptr_array_set_size (decisions->coarse, MAX (serial + 1, decisions->coarse->len * 2));
  memo = g_ptr_array_index (decisions->coarse, serial);
  if (memo == NULL)
    {
      memo = g_new0 (CoarseMemo, 1);
      g_ptr_array_index (decisions->coarse, serial) = memo;
    }
  if (memo->n_met != scratch->n_met)
    {
      g_free (memo->met);
      memo->n_met = scratch->n_met;
      memo->met = g_new (CoarseMet, MAX (memo->n_met, 1u));
    }
  if (memo->n_met > 0)
    memcpy (memo->met, scratch->met, memo->n_met * sizeof (CoarseMet));
  if (memo->n_links != scratch->n_links)
    {
      g_free (memo->links);
      memo->n_links = scratch->n_links;
      memo->links = g_new (DossierCandidateLink, MAX (memo->n_links, 1u));
    }
  if (memo->n_links > 0)
    memcpy (memo->links, scratch->links, memo->n_links * sizeof (DossierCandidateLink));
  for (guint k = 0; k < memo->n_links; k++)
    keep_link_words (decisions, &memo->links[k]);
}

/* The coarser candidates of @bucket (a month's or a week's) join their
 * days' (see join_coarse_to_their_days ()).  @seen, one per candidate,
 * holds the coarser candidate + 1 that last met it; @with_a_day, one per
 * candidate, is TRUE for the roots of the clusters that hold a day.
 *
 * With @scratch's arrays, what a coarser candidate meets is kept in the
 * decisions by its serial: the days' candidates it meets (by their
 * serials), the cosine with each and, where asked, whether they share a
 * happening, which do not change within one analysis (see decide_pair ()).
 * A later clustering that meets the same candidates in the same order
 * takes those instead of counting them again, and goes through the same
 * steps in the same order: the same best, the same link. */
static void
join_bucket_to_its_days (Clustering     *clustering,
                         GArray         *bucket,
                         const Postings *by_entity,
                         guint8         *with_a_day,
                         guint          *seen,
                         CoarseScratch  *scratch)
{
  GArray *candidates = clustering->candidates;

  for (guint y = 0; y < bucket->len; y++)
    {
      guint m = g_array_index (bucket, guint, y);
      const DossierEventCandidate *coarse = &g_array_index (candidates, DossierEventCandidate, m);
      DossierCandidateLink best = { 0 };
      gboolean found = FALSE;
      const CoarseMemo *memo = NULL;
      gboolean changed = FALSE;
      guint n_met = 0, next = 0;

      if (with_a_day[find_root (clustering->parents, m)])
        continue;
      if (scratch->keeping)
        {
          memo = coarse_memo_find (clustering->decisions, coarse->serial);
          changed = memo == NULL;
          scratch->n_met = scratch->n_links = 0;
        }
      for (guint e = 0; e < coarse->entities->len; e++)
        {
          guint key = (guint) (g_array_index (coarse->entities, int, e) + 1);
          const DayPosting *posting = NULL;
          guint n_postings = 0, low = 0, high;

          if (key < by_entity->n_keys)
            {
              posting = by_entity->postings + by_entity->offsets[key];
              n_postings = by_entity->offsets[key + 1] - by_entity->offsets[key];
            }
          high = n_postings;
          /* The first of its days in the posting, by halves. */
          while (low < high)
            {
              guint middle = low + (high - low) / 2;

              if (posting[middle].day < coarse->first_day)
                low = middle + 1;
              else
                high = middle;
            }
          for (guint k = low; k < n_postings; k++)
            {
              const DayPosting *at = &posting[k];
              const DossierEventCandidate *fine = &g_array_index (candidates, DossierEventCandidate, at->candidate);
              DossierCandidateLink link;
              CoarseMet *met = NULL;
              double similarity;
              gboolean shared;

              if (at->day > coarse->last_day)
                break;
              if (fine->document == coarse->document)
                continue;
              /* A day's candidate that names two of its participants is
               * met twice: asked again, it would be as alike and share
               * the same happening, and the best could not change (it
               * is either the best already or no better than it). */
              if (seen[at->candidate] == m + 1)
                continue;
              seen[at->candidate] = m + 1;
              if (scratch->keeping)
                {
                  guint from = next;

                  /* Met before, a little further on at most where others
                   * came or went in between: its cosine is the one
                   * counted then. */
                  if (memo != NULL)
                    while (next < memo->n_met && next - from < COARSE_LOOK_AHEAD &&
                           memo->met[next].serial != fine->serial)
                      next++;
                  met = coarse_scratch_add_met (scratch);
                  met->serial = fine->serial;
                  if (memo != NULL && next < memo->n_met && memo->met[next].serial == fine->serial)
                    {
                      changed |= next != n_met;
                      met->similarity = memo->met[next].similarity;
                      met->shared = memo->met[next].shared;
                      if (met->shared >= 2)
                        {
                          *coarse_scratch_add_link (scratch) = memo->links[met->shared - 2];
                          met->shared = scratch->n_links + 1;
                        }
                      next++;
                    }
                  else
                    {
                      changed = TRUE;
                      next = from;
                      /* The same cosine as the fine's with the coarse: the
                       * product of the norms does not depend on their order. */
                      met->similarity = similarity_of (clustering, m, coarse, fine);
                      met->shared = 0;
                    }
                  n_met++;
                  similarity = met->similarity;
                }
              else
                similarity = similarity_of (clustering, m, coarse, fine);
              /* The most alike first; of as alike, the first candidate. */
              if (similarity < LINK_MIN_SIMILARITY ||
                  (found && (similarity < best.similarity ||
                             (similarity == best.similarity && at->candidate >= best.a))))
                continue;
              link = (DossierCandidateLink) { at->candidate, m, DOSSIER_LINK_DATE, similarity, { -1, -1, -1 },
                                              NULL, NULL };
              if (met != NULL && met->shared != 0)
                {
                  shared = met->shared >= 2;
                  if (shared)
                    {
                      link = scratch->links[met->shared - 2];
                      link.a = at->candidate;
                      link.b = m;
                    }
                }
              else
                {
                  shared = _dossier_event_candidates_share_happening (clustering->vocabulary, clustering->documents,
                                                                      clustering->entities, fine, coarse, FALSE,
                                                                      &link);
                  if (met != NULL)
                    {
                      changed = TRUE;
                      if (shared)
                        {
                          *coarse_scratch_add_link (scratch) = link;
                          met->shared = scratch->n_links + 1;
                        }
                      else
                        met->shared = 1;
                    }
                }
              if (!shared)
                continue;
              best = link;
              found = TRUE;
            }
        }
      /* Kept unless all of it was as kept. */
      if (scratch->keeping && (changed || n_met != memo->n_met))
        coarse_memo_keep (clustering->decisions, coarse->serial, scratch);
      if (!found || !join (clustering->parents, best.a, best.b))
        continue;
      /* Its cluster holds a day now: another coarser candidate in it joins
       * no other day. */
      with_a_day[find_root (clustering->parents, m)] = TRUE;
      if (clustering->links != NULL)
        g_array_append_val (clustering->links, best);
      if (G_UNLIKELY (dossier_debug_enabled ()))
        debug_joined (clustering, &best, LINK_MIN_SIMILARITY);
    }
}

/* Adds the clusters of the candidates of @buckets (a table of day, week or
 * month buckets) to @with_a_day (see join_coarse_to_their_days ()). */
static void
add_with_a_day (Clustering *clustering,
                GHashTable *buckets,
                guint8     *with_a_day)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, buckets);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      GArray *bucket = value;

      for (guint x = 0; x < bucket->len; x++)
        with_a_day[find_root (clustering->parents, g_array_index (bucket, guint, x))] = TRUE;
    }
}

/* A bucket of a table, by its key. */
typedef struct
{
  int key;
  GArray *bucket;
} KeyedBucket;

/* Sorts the @n buckets at @keyed by their keys (distinct), a byte of the
 * key's distance from the least at a time, least significant first: a
 * dossier's days are thousands, sorted twice in every clustering, where a
 * sort's call per comparison cost more than placing them (and a few by
 * insertion). */
static void
sort_keyed_buckets (KeyedBucket *keyed,
                    guint        n)
{
  g_autofree KeyedBucket *scratch = NULL;
  KeyedBucket *from = keyed, *to;
  guint32 least = G_MAXUINT32, range = 0;

  /* A few, moved into place one at a time. */
  if (n <= 32)
    {
      for (guint i = 1; i < n; i++)
        {
          KeyedBucket entry = keyed[i];
          guint k = i;

          for (; k > 0 && keyed[k - 1].key > entry.key; k--)
            keyed[k] = keyed[k - 1];
          keyed[k] = entry;
        }
      return;
    }
  for (guint k = 0; k < n; k++)
    least = MIN (least, (guint32) keyed[k].key ^ 0x80000000u);
  for (guint k = 0; k < n; k++)
    range |= ((guint32) keyed[k].key ^ 0x80000000u) - least;
  scratch = g_new (KeyedBucket, n);
  to = scratch;
  for (guint shift = 0; shift < 32 && (range >> shift) != 0; shift += 8)
    {
      guint counts[257] = { 0 };
      KeyedBucket *swap;

      for (guint k = 0; k < n; k++)
        counts[((((guint32) from[k].key ^ 0x80000000u) - least) >> shift & 0xff) + 1]++;
      for (guint b = 0; b < 256; b++)
        counts[b + 1] += counts[b];
      for (guint k = 0; k < n; k++)
        to[counts[(((guint32) from[k].key ^ 0x80000000u) - least) >> shift & 0xff]++] = from[k];
      swap = from;
      from = to;
      to = swap;
    }
  if (from != keyed)
    memcpy (keyed, from, n * sizeof *keyed);
}

/* Appends a posting for each candidate of @buckets (a table of day, week or
 * month buckets) to @order, the buckets in the order of their keys (the
 * days', weeks' and months' order); @order has room for them all. */
static void
append_in_order (Clustering *clustering,
                 GHashTable *buckets,
                 GArray     *order)
{
  g_autofree KeyedBucket *keyed = g_new (KeyedBucket, MAX (g_hash_table_size (buckets), 1u));
  guint n = 0, at = order->len, total = 0;
  GHashTableIter iter;
  gpointer key, value;
  DayPosting *postings;

  g_hash_table_iter_init (&iter, buckets);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      keyed[n].key = GPOINTER_TO_INT (key);
      keyed[n].bucket = value;
      total += keyed[n].bucket->len;
      n++;
    }
  /* An empty table adds nothing (and an empty array has no data to
   * offset: bench/fuzz.sh found NULL + 0). */
  if (total == 0)
    return;
  sort_keyed_buckets (keyed, n);
  g_array_set_size (order, at + total);
  postings = (DayPosting *) (void *) order->data + at;
  for (guint k = 0; k < n; k++)
    {
      GArray *bucket = keyed[k].bucket;

      for (guint x = 0; x < bucket->len; x++)
        {
          guint i = g_array_index (bucket, guint, x);

          postings->day = g_array_index (clustering->candidates, DossierEventCandidate, i).first_day;
          postings->candidate = i;
          postings++;
        }
    }
}

/* Sets @by_entity to the candidates of the @n_tables tables of buckets
 * @tables (day, week or month buckets), by the participants they name:
 * each participant's in the order of their first days, then of their
 * indices, each once — the lists a table of one array per participant,
 * each sorted, held, made here in one pass with no look-up per posting.
 * The candidates are put in that order first (the buckets read in the
 * order of their keys give it, or nearly), then each is counted under
 * every participant it names, and then placed. */
static void
postings_init (Postings    *by_entity,
               Clustering  *clustering,
               GHashTable **tables,
               guint        n_tables)
{
  GArray *candidates = clustering->candidates;
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (DayPosting));
  g_autofree guint *last = NULL;
  g_autofree guint *next = NULL;
  const DayPosting *ordered;
  guint n_keys = 1;

  for (guint t = 0; t < n_tables; t++)
    append_in_order (clustering, tables[t], order);
  ordered = (const DayPosting *) (void *) order->data;
  for (guint x = 1; x < order->len; x++)
    if (day_posting_before (&ordered[x], &ordered[x - 1]))
      {
        sort_day_postings (order);
        break;
      }
  ordered = (const DayPosting *) (void *) order->data;

  /* Keys are participants + 1 (as the table's were): none is below -1. */
  for (guint x = 0; x < order->len; x++)
    {
      const DossierEventCandidate *candidate = &g_array_index (candidates, DossierEventCandidate,
                                                               ordered[x].candidate);

      for (guint e = 0; e < candidate->entities->len; e++)
        {
          int entity = g_array_index (candidate->entities, int, e);

          g_assert (entity >= -1);
          n_keys = MAX (n_keys, (guint) (entity + 2));
        }
    }
  by_entity->n_keys = n_keys;
  by_entity->offsets = g_new0 (guint, n_keys + 1);
  /* Per key, the candidate + 1 last put under it: a candidate that names a
   * participant twice is one posting of it. */
  last = g_new0 (guint, n_keys);
  for (guint x = 0; x < order->len; x++)
    {
      guint i = ordered[x].candidate;
      const DossierEventCandidate *candidate = &g_array_index (candidates, DossierEventCandidate, i);

      for (guint e = 0; e < candidate->entities->len; e++)
        {
          guint key = (guint) (g_array_index (candidate->entities, int, e) + 1);

          if (last[key] != i + 1)
            {
              last[key] = i + 1;
              by_entity->offsets[key + 1]++;
            }
        }
    }
  for (guint key = 0; key < n_keys; key++)
    by_entity->offsets[key + 1] += by_entity->offsets[key];
  by_entity->postings = g_new (DayPosting, MAX (by_entity->offsets[n_keys], 1u));
  next = g_memdup2 (by_entity->offsets, sizeof (guint) * n_keys);
  memset (last, 0, sizeof (guint) * n_keys);
  for (guint x = 0; x < order->len; x++)
    {
      guint i = ordered[x].candidate;
      const DossierEventCandidate *candidate = &g_array_index (candidates, DossierEventCandidate, i);

      for (guint e = 0; e < candidate->entities->len; e++)
        {
          guint key = (guint) (g_array_index (candidate->entities, int, e) + 1);

          if (last[key] != i + 1)
            {
              last[key] = i + 1;
              by_entity->postings[next[key]++] = ordered[x];
            }
        }
    }
}

static void
postings_clear (Postings *by_entity)
{
  g_clear_pointer (&by_entity->offsets, g_free);
  g_clear_pointer (&by_entity->postings, g_free);
  by_entity->n_keys = 0;
}

/* A happening told by its month or its week ("his sacking earlier this
 * month", "his arrest last month", "the court gave him 15 months last
 * week") that no day's sentence is like in words, but that names the
 * participants and the kind of action of one told by its day in another
 * article, is that one: each such candidate joins the candidate of its days
 * most like it in words, among those that share participants and an action
 * with it — one only, else it would make every day of the month whose cast
 * it names one event.  The candidates of a day are found by the
 * participants they name, so that every one that could share a happening
 * is asked (in a dossier of any size); the months' before the weeks', and
 * the years' last. */
static void
join_coarse_to_their_days (Clustering *clustering,
                           GHashTable *days,
                           GHashTable *weeks,
                           GHashTable *months,
                           GHashTable *years)
{
  /* The roots once met, as a set of them was: a root that a later join
   * puts under another stays in it.  Flags by candidate, where a table of
   * roots cost a hash and a call for each of the days' candidates. */
  g_autofree guint8 *with_a_day = NULL;
  Postings by_entity = { 0 };
  GHashTable *coarser[3];
  g_autofree guint *seen = NULL;
  CoarseScratch scratch = { 0 };
  GHashTableIter iter;
  gpointer value;

  if (g_hash_table_size (months) == 0 && g_hash_table_size (weeks) == 0 && g_hash_table_size (years) == 0)
    return;
  /* What each coarser candidate meets is kept where every candidate has
   * a serial. */
  if (clustering->decisions != NULL)
    {
      gboolean serials = TRUE;

      for (guint i = 0; i < clustering->candidates->len && serials; i++)
        serials = g_array_index (clustering->candidates, DossierEventCandidate, i).serial != 0;
      scratch.keeping = serials;
    }
  seen = g_new0 (guint, clustering->candidates->len);
  with_a_day = g_new0 (guint8, clustering->candidates->len);
  /* The clusters that hold a day's candidate already, and the days'
   * candidates by the participants they name, in the order of their days. */
  add_with_a_day (clustering, days, with_a_day);
  postings_init (&by_entity, clustering, &days, 1);

  g_hash_table_iter_init (&iter, months);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    join_bucket_to_its_days (clustering, value, &by_entity, with_a_day, seen, &scratch);
  g_hash_table_iter_init (&iter, weeks);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    join_bucket_to_its_days (clustering, value, &by_entity, with_a_day, seen, &scratch);
  postings_clear (&by_entity);

  /* A year's ("his arrest in 2011") joins a day's, a week's or a month's
   * ("in May 2011") the same way. */
  if (g_hash_table_size (years) == 0)
    {
      coarse_scratch_clear (&scratch);
      return;
    }
  add_with_a_day (clustering, months, with_a_day);
  add_with_a_day (clustering, weeks, with_a_day);
  coarser[0] = days;
  coarser[1] = months;
  coarser[2] = weeks;
  postings_init (&by_entity, clustering, coarser, G_N_ELEMENTS (coarser));
  g_hash_table_iter_init (&iter, years);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    join_bucket_to_its_days (clustering, value, &by_entity, with_a_day, seen, &scratch);
  postings_clear (&by_entity);
  coarse_scratch_clear (&scratch);
}

/* Sets @candidate's first_day and last_day to the span of its date, as
 * dossier_date_get_span () gives it: counted once per serial in an
 * analysis that keeps its decisions (a candidate's date is its serial's),
 * where each of its clusterings asked it of every candidate. */
static void
candidate_span (DossierPairDecisions  *decisions,
                DossierEventCandidate *candidate)
{
  int *span;

  if (decisions == NULL || candidate->serial == 0 || !dossier_date_is_set (&candidate->date))
    {
      dossier_date_get_span (&candidate->date, &candidate->first_day, &candidate->last_day);
      return;
    }
  if (candidate->serial >= decisions->n_spans)
    {
      guint n = MAX (candidate->serial + 1, decisions->n_spans * 2);

      decisions->spans = g_renew (int, decisions->spans, 2 * (gsize) n);
      for (guint k = decisions->n_spans; k < n; k++)
        decisions->spans[2 * k] = G_MININT;
      decisions->n_spans = n;
    }
  span = &decisions->spans[2 * candidate->serial];
  if (span[0] == G_MININT)
    dossier_date_get_span (&candidate->date, &span[0], &span[1]);
  candidate->first_day = span[0];
  candidate->last_day = span[1];
}

/* Only candidates whose dates can agree are compared: the same day, the
 * same month, a day within a month, the same year.  A dossier of thousands
 * of articles then costs thousands of comparisons per day, not millions
 * per candidate. */
void
_dossier_event_candidates_cluster (DossierVocabulary    *vocabulary,
                                   GPtrArray            *documents,
                                   GPtrArray            *entities,
                                   GArray               *candidates,
                                   DossierPairDecisions *decisions,
                                   GArray               *links)
{
  g_autoptr(GArray) parents = g_array_sized_new (FALSE, FALSE, sizeof (guint), candidates->len);
  g_autoptr(GHashTable) days = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  g_autoptr(GHashTable) weeks = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  g_autoptr(GHashTable) months = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  g_autoptr(GHashTable) years = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  Clustering clustering = { vocabulary, documents, entities, candidates, parents, links, decisions, NULL,
                            NULL, NULL, 0, NULL, { 0 }, 0, 0 };
  g_autoptr(GHashTable) month_indexes = NULL;
  g_autoptr(GArray) found = NULL;
  GHashTableIter iter;
  gpointer key, value;

  if (decisions != NULL)
    {
      clustering.root_stamps = g_new0 (guint, candidates->len);
      clustering.root_firsts = g_new0 (guint, candidates->len);
    }
  clustering.long_past_limits = g_new (int, MAX (documents->len, 1u));
  for (guint d = 0; d < documents->len; d++)
    clustering.long_past_limits[d] = LIMIT_NOT_COUNTED;
  g_array_set_size (parents, candidates->len);
  for (guint i = 0; i < candidates->len; i++)
    {
      DossierEventCandidate *candidate = &g_array_index (candidates, DossierEventCandidate, i);

      g_array_index (parents, guint, i) = i;
      candidate_span (decisions, candidate);
      /* A week's and a day's key is the day number of its date, the first
       * of its span. */
      switch (candidate->date.precision)
        {
        case DOSSIER_PRECISION_YEAR:
          _dossier_event_bucket_add (years, candidate->date.year, i);
          break;
        case DOSSIER_PRECISION_MONTH:
          _dossier_event_bucket_add (months, month_key (&candidate->date), i);
          break;
        case DOSSIER_PRECISION_WEEK:
          _dossier_event_bucket_add (weeks, candidate->first_day, i);
          break;
        case DOSSIER_PRECISION_DAY:
        case DOSSIER_PRECISION_MINUTE:
        default:
          _dossier_event_bucket_add (days, candidate->first_day, i);
          break;
        }
    }

  /* "At the time, …" tells of the same happening as the sentence before. */
  for (guint i = 0; i < candidates->len; i++)
    {
      DossierEventCandidate *candidate = &g_array_index (candidates, DossierEventCandidate, i);
      if (candidate->inherits_from >= 0 && join (parents, i, candidate->inherits_from) && links != NULL)
        {
          DossierCandidateLink link = { candidate->inherits_from, i, DOSSIER_LINK_SAME_TIME, 0, { -1, -1, -1 },
                                        NULL, NULL };
          g_array_append_val (links, link);
        }
      if (candidate->inherits_from >= 0 && G_UNLIKELY (dossier_debug_enabled ()))
        {
          DossierEventCandidate *previous = &g_array_index (candidates, DossierEventCandidate,
                                                            candidate->inherits_from);
          g_autofree char *text = _dossier_event_describe_sentence (documents, candidate->document,
                                                                    candidate->paragraph, candidate->start,
                                                                    candidate->end);
          g_autofree char *previous_text = _dossier_event_describe_sentence (documents, previous->document,
                                                                             previous->paragraph, previous->start,
                                                                             previous->end);
          g_debug ("events: joined %s to %s, whose date it takes by its opening", text, previous_text);
        }
    }

  /* A day's candidates against its month's: a day lies within its month,
   * so a pair joins only at CONTAINED_SIMILARITY, and each month's prefix
   * index (made on first use) gives the pairs that may reach it. */
  month_indexes = g_hash_table_new_full (NULL, NULL, NULL, free_prefix_index);
  found = g_array_new (FALSE, FALSE, sizeof (guint));
  g_hash_table_iter_init (&iter, days);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GArray *bucket = value;
      DossierDate day = dossier_date_from_day_number (GPOINTER_TO_INT (key));
      GArray *month = g_hash_table_lookup (months, GINT_TO_POINTER (month_key (&day)));
      PrefixIndex *index = NULL;

      compare_within_remembering (&clustering, bucket, BUCKETS_OF_DAYS, GPOINTER_TO_INT (key));
      if (month == NULL)
        continue;
      if (bucket->len * month->len < PREFIX_FILTER_PAIRS)
        {
          for (guint x = 0; x < bucket->len; x++)
            compare_with_each (&clustering, g_array_index (bucket, guint, x), (const guint *) (void *) month->data,
                               month->len);
          continue;
        }
      index = g_hash_table_lookup (month_indexes, GINT_TO_POINTER (month_key (&day)));
      if (index == NULL)
        {
          index = g_new0 (PrefixIndex, 1);
          prefix_index_init (index, &clustering, month, CONTAINED_SIMILARITY);
          g_hash_table_insert (month_indexes, GINT_TO_POINTER (month_key (&day)), index);
        }
      for (guint x = 0; x < bucket->len; x++)
        {
          guint i = g_array_index (bucket, guint, x);
          const DossierEventCandidate *a = &g_array_index (candidates, DossierEventCandidate, i);

          /* A candidate of one day, within the month: every pair agrees
           * by containment (compare_pair's agree == 2). */
          if (a->first_day == a->last_day && a->date.precision != DOSSIER_PRECISION_YEAR)
            {
              prefix_index_probe (index, &clustering, a, found);
              for (guint k = 0; k < found->len; k++)
                compare_pair (&clustering, i, g_array_index (month, guint, g_array_index (found, guint, k)));
            }
          else
            compare_with_each (&clustering, i, (const guint *) (void *) month->data, month->len);
        }
    }
  join_coarse_to_their_days (&clustering, days, weeks, months, years);
  /* An opening dated by its publication day may tell the news of the
   * days before, and a sentence dated by a report's day that of the day
   * before. */
  for (guint i = 0; i < candidates->len; i++)
    {
      DossierEventCandidate *candidate = &g_array_index (candidates, DossierEventCandidate, i);

      if (candidate->dating != DOSSIER_DATED_IMPLICITLY && !candidate->reported)
        continue;
      for (int back = 1; back <= (candidate->reported ? REPORTED_REACH_DAYS : REPORTING_REACH_DAYS); back++)
        {
          GArray *before = g_hash_table_lookup (days, GINT_TO_POINTER (candidate->first_day - back));

          if (before != NULL)
            compare_with_each (&clustering, i, (const guint *) (void *) before->data, before->len);
        }
    }
  g_hash_table_iter_init (&iter, weeks);
  while (g_hash_table_iter_next (&iter, &key, &value))
    compare_within_remembering (&clustering, value, BUCKETS_OF_WEEKS, GPOINTER_TO_INT (key));
  g_hash_table_iter_init (&iter, months);
  while (g_hash_table_iter_next (&iter, &key, &value))
    compare_within_remembering (&clustering, value, BUCKETS_OF_MONTHS, GPOINTER_TO_INT (key));
  g_hash_table_iter_init (&iter, years);
  while (g_hash_table_iter_next (&iter, &key, &value))
    compare_within_remembering (&clustering, value, BUCKETS_OF_YEARS, GPOINTER_TO_INT (key));

  for (guint i = 0; i < candidates->len; i++)
    g_array_index (candidates, DossierEventCandidate, i).cluster = find_root (parents, i);
  _dossier_event_probe_clear (&clustering.probe);
  g_free (clustering.root_stamps);
  g_free (clustering.root_firsts);
  g_free (clustering.long_past_limits);
}
