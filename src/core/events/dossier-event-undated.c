/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Sentences without a date of their own: those that say what an event
 * says join it, in articles published after it; those that tell a
 * happening no event took become one where two outlets tell it. */

#include "dossier-event-undated.h"

#include <string.h>

#include "dossier-characters.h"
#include "dossier-debug.h"
#include "dossier-entity-resolver.h"
#include "dossier-event-actions.h"
#include "dossier-event-candidates.h"
#include "dossier-event-clustering.h"
#include "dossier-event-similarity.h"
#include "dossier-event-terms.h"
#include "dossier-event-thresholds.h"
#include "dossier-outlets.h"
#include "dossier-word-lists.h"

/* A set of the vocabulary's sentences: a byte each, by the sentence's
 * place in the buffer that holds every article's, one after another.
 * A hash table of them cost a hash and a probe for each sentence added
 * or asked for, tens of thousands in a large dossier. */
typedef struct
{
  const DossierEventSentence *first;
  guint8 *in;
} SentenceSet;

static void
sentence_set_init (SentenceSet       *set,
                   DossierVocabulary *vocabulary)
{
  gsize n = 0;

  set->first = vocabulary->sentence_buffer;
  for (guint d = 0; d < vocabulary->sentences->len; d++)
    {
      GArray *sentences = g_ptr_array_index (vocabulary->sentences, d);

      if (sentences->len > 0)
        n = MAX (n, (gsize) ((const DossierEventSentence *) (void *) sentences->data - set->first) + sentences->len);
    }
  set->in = g_new0 (guint8, MAX (n, 1));
}

/* Adds @sentence: TRUE where it was not in @set yet. */
static gboolean
sentence_set_add (SentenceSet                *set,
                  const DossierEventSentence *sentence)
{
  gsize i = (gsize) (sentence - set->first);

  if (set->in[i])
    return FALSE;
  set->in[i] = 1;
  return TRUE;
}

static gboolean
sentence_set_contains (const SentenceSet          *set,
                       const DossierEventSentence *sentence)
{
  return set->in[sentence - set->first] != 0;
}

static void
sentence_set_clear (SentenceSet *set)
{
  g_clear_pointer (&set->in, g_free);
}

/* The vocabulary's sentences of one article, asked for in the order of
 * its paragraphs and their sentences: each found by stepping on from the
 * one asked before, where halving among them all for each cost more
 * than the rest of the walk over every sentence of the dossier. */
typedef struct
{
  DossierEventSentence *sentences;
  guint n;
  guint at;
} SentenceWalk;

static void
sentence_walk_init (SentenceWalk      *walk,
                    DossierVocabulary *vocabulary,
                    guint              d)
{
  GArray *sentences = g_ptr_array_index (vocabulary->sentences, d);

  walk->sentences = (DossierEventSentence *) (void *) sentences->data;
  walk->n = sentences->len;
  walk->at = 0;
}

/* _dossier_vocabulary_find_sentence () of the sentence at @start of
 * paragraph @p, asked after those before it. */
static DossierEventSentence *
sentence_walk_find (SentenceWalk *walk,
                    guint         p,
                    gsize         start)
{
  while (walk->at < walk->n &&
         (walk->sentences[walk->at].paragraph < p ||
          (walk->sentences[walk->at].paragraph == p && walk->sentences[walk->at].start < start)))
    walk->at++;
  g_assert (walk->at < walk->n);
  return &walk->sentences[walk->at];
}

/* The vocabulary's sentence of @candidate: every candidate is made of
 * one (_dossier_event_candidate_for_sentence ()), at its paragraph and
 * start, so it is the one _dossier_vocabulary_find_sentence () finds
 * there, without a halving. */
static inline const DossierEventSentence *
candidate_sentence (const DossierEventCandidate *candidate)
{
  g_assert (candidate->sentence != NULL && candidate->sentence->paragraph == candidate->paragraph &&
            candidate->sentence->start == candidate->start);
  return candidate->sentence;
}

static void
debug_attached (GPtrArray                   *documents,
                const DossierEventCandidate *undated,
                const DossierEventCandidate *model,
                const DossierCandidateLink  *link,
                int                          published_day)
{
  g_autofree char *text = _dossier_event_describe_sentence (documents, undated->document, undated->paragraph,
                                                            undated->start, undated->end);
  g_autofree char *event_text = _dossier_event_describe_sentence (documents, model->document, model->paragraph,
                                                                  model->start, model->end);
  g_autofree char *date = dossier_date_to_iso (&model->date);
  g_autofree char *when = published_day != G_MININT
                            ? g_strdup_printf ("published %d days after", published_day - model->last_day)
                            : g_strdup ("in an article that says not when it was published");

  if (link->reasons & DOSSIER_LINK_ACTION)
    g_debug ("events: undated %s joins the event of %s (%s): the same participant and one kind of action "
             "(%s ~ %s), similarity %.3f, %s", text, event_text, date, link->action_a, link->action_b,
             link->similarity, when);
  else
    g_debug ("events: undated %s joins the event of %s (%s): similarity %.3f ≥ %.2f, %s", text, event_text, date,
             link->similarity, UNDATED_SIMILARITY, when);
}

/* Appends @sentence of document @d to @candidates as an undated source
 * of the event of candidate @model_index, and the link between them (with
 * the participants and action they share, when @entities is given). */
static void
append_undated (DossierVocabulary    *vocabulary,
                GPtrArray            *documents,
                GPtrArray            *entities,
                GArray               *candidates,
                GArray               *links,
                guint                 d,
                DossierEventSentence *sentence,
                guint                 model_index,
                double                similarity,
                int                   published_day)
{
  DossierEventCandidate undated = _dossier_event_candidate_for_sentence (d, sentence);
  DossierEventCandidate *model = &g_array_index (candidates, DossierEventCandidate, model_index);
  /* Told after the event where the article says when it was published. */
  DossierCandidateLink link = { model_index, candidates->len,
                                DOSSIER_LINK_WORDS | (published_day != G_MININT ? DOSSIER_LINK_TOLD_AFTER : 0),
                                similarity, { -1, -1, -1 }, NULL, NULL };

  undated.date = model->date;
  undated.cluster = model->cluster;
  undated.dated = FALSE;
  undated.dating = DOSSIER_DATED_BY_CONTENT;
  if (entities != NULL)
    _dossier_event_candidates_share_happening (vocabulary, documents, entities, &undated, model, FALSE, &link);
  /* Before the append, which may move @model. */
  if (G_UNLIKELY (dossier_debug_enabled ()))
    debug_attached (documents, &undated, model, &link, published_day);
  g_array_append_val (links, link);
  g_array_append_val (candidates, undated);
}

/* A sentence without a date that joins an event: how alike the two are,
 * and, for one that reports it, the event's candidate. */
typedef struct
{
  double similarity;
  DossierEventSentence *sentence;
  guint candidate;
} Joining;

/* An event a sentence without a date may report: its candidate, and how
 * alike the two are. */
typedef struct
{
  double similarity;
  guint candidate;
} Reported;

/* The most alike first; of as alike, the first candidate. */
static int
compare_reported (gconstpointer a,
                  gconstpointer b)
{
  const Reported *x = a, *y = b;

  if (x->similarity != y->similarity)
    return x->similarity > y->similarity ? -1 : 1;
  return x->candidate < y->candidate ? -1 : x->candidate > y->candidate;
}

/* Sentences without a date that say what an event says, in articles
 * published after it, join it as sources: each such sentence joins the
 * event it is most like, and an event takes from one article only the
 * sentence most like it, and none from an article that dates it itself.
 * An article that says not when it was published may join any event so,
 * by its words alone.  Appends them to @candidates, undated, in the
 * cluster they join. */
void
_dossier_event_attach_undated (DossierVocabulary *vocabulary,
                               GPtrArray         *documents,
                               GPtrArray         *entities,
                               DossierRareTerms  *rare_terms,
                               GArray            *candidates,
                               GArray            *links)
{
  DossierEventBlocker blocker = { 0 };
  DossierEventProbe marked = { 0 };
  /* What the blocker finds for each sentence in turn, and of those, the
   * events it may report. */
  g_autoptr(GArray) blocked = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) may_report = g_array_new (FALSE, FALSE, sizeof (Reported));
  /* The sentences that join an event, of the article read (see
   * best_per_cluster below). */
  g_autoptr(GArray) joining = g_array_new (FALSE, FALSE, sizeof (Joining));
  g_autoptr(GHashTable) cluster_models = g_hash_table_new (NULL, NULL);  /* cluster + 1 → its first candidate */
  g_autofree guint *document_runs = NULL;
  guint n_collected = candidates->len;
  /* Per cluster (a candidate's index, the root of its union-find): the
   * article being read + 1 where it dates that cluster itself; an array
   * read, not a hash table's look-up for each candidate compared. */
  g_autofree guint *dated_by = g_new0 (guint, n_collected + 1);
  /* The sentences each article dates itself: an article's are only asked
   * for while it is read, so one set serves them all. */
  SentenceSet own_sentences;

  /* Candidates were collected article by article: each article's are a run. */
  document_runs = g_new0 (guint, (documents->len + 1) * 2);
  sentence_set_init (&own_sentences, vocabulary);
  for (guint c = n_collected; c > 0; c--)
    {
      guint d = g_array_index (candidates, DossierEventCandidate, c - 1).document;
      document_runs[d * 2] = c - 1;
      if (document_runs[d * 2 + 1] == 0)
        document_runs[d * 2 + 1] = c;
    }
  for (guint c = 0; c < n_collected; c++)
    {
      int cluster = g_array_index (candidates, DossierEventCandidate, c).cluster;
      if (!g_hash_table_contains (cluster_models, GINT_TO_POINTER (cluster + 1)))
        g_hash_table_insert (cluster_models, GINT_TO_POINTER (cluster + 1), GUINT_TO_POINTER (c));
    }
  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);
      int published_day;
      /* Per cluster (+ 1), the index + 1 in @joining of the sentence most
       * like it; made on first use.  The table only orders the clusters
       * (as its iteration did when it held the records themselves). */
      g_autoptr(GHashTable) best_per_cluster = NULL;
      /* Sentences that report a happening of the last days by its
       * participants and kind of action: each joins its event, however
       * many an article has, and even in an article that dates the event
       * itself ("The court overturned the ruling. …"). */
      g_autoptr(GArray) reporting = NULL;
      guint n_dated_clusters = 0;
      SentenceWalk walk;
      /* "The last days" are counted from the day it was published.  An
       * article that says not when, and whose day no other told, may
       * still tell in its own words what an event says, of whatever day:
       * it cannot be told after the event, nor report it again. */
      gboolean knows_its_day = document->published.precision >= DOSSIER_PRECISION_DAY;
      int earliest;

      published_day = knows_its_day ? dossier_date_to_day_number (&document->published) : G_MAXINT - 1;
      earliest = knows_its_day ? published_day - UNDATED_REACH_DAYS : G_MININT + 1;

      for (guint c = document_runs[d * 2]; c < document_runs[d * 2 + 1]; c++)
        {
          DossierEventCandidate *candidate = &g_array_index (candidates, DossierEventCandidate, c);
          if (candidate->document == d)
            {
              if (dated_by[candidate->cluster] != d + 1)
                {
                  dated_by[candidate->cluster] = d + 1;
                  n_dated_clusters++;
                }
              sentence_set_add (&own_sentences, candidate_sentence (candidate));
            }
        }

      /* When this article dates every cluster there is (always so for an
       * article analysed alone), each candidate below would be skipped:
       * its sentences need not be compared at all. */
      if (n_dated_clusters == g_hash_table_size (cluster_models) && documents->len == 1)
        continue;
      /* Made on first use, over the candidates collected before this loop. */
      if (blocker.offsets == NULL)
        _dossier_event_blocker_init (&blocker, candidates, n_collected);

      sentence_walk_init (&walk, vocabulary, d);
      for (guint p = 0; p < document->paragraphs->len; p++)
        {
          DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);

          if (paragraph->kind == DOSSIER_PARAGRAPH_HEADING || _dossier_event_paragraph_is_caption (document, p))
            continue;
          for (guint s = 0; s < paragraph->sentences->len; s++)
            {
              DossierSpan *span = &g_array_index (paragraph->sentences, DossierSpan, s);
              DossierEventSentence *sentence;
              double best_sim = 0;
              int best = -1;
              const guint *rare;
              guint n_rare;

              if (_dossier_event_sentence_has_date (document, p, span->start, span->end))
                continue;
              sentence = sentence_walk_find (&walk, p, span->start);
              if (sentence_set_contains (&own_sentences, sentence))
                continue;
              if (sentence->entities->len == 0 ||
                  _dossier_event_sentence_has_programme_note (sentence, paragraph->text, span))
                continue;

              /* Only events known better than to their year, of the
               * days up to this article's publication, as far back as
               * UNDATED_REACH_DAYS: left out as the postings are read. */
              rare = _dossier_event_sentence_rarest_terms (rare_terms, vocabulary, sentence, &n_rare);
              _dossier_event_blocker_find_rare_within_into (&blocker, rare, n_rare, earliest, published_day, blocked);
              if (blocked->len > 0)
                _dossier_event_probe_set (&marked, vocabulary, sentence->terms, sentence->norm);
              {
                DossierEventCandidate probe = _dossier_event_candidate_for_sentence (d, sentence);
                double best_reporting_sim = 0;
                int best_reporting = -1;

                g_array_set_size (may_report, 0);
                for (guint k = 0; k < blocked->len; k++)
                  {
                    guint c = g_array_index (blocked, guint, k);
                    DossierEventCandidate *candidate = &g_array_index (candidates, DossierEventCandidate, c);
                    int last_day = candidate->last_day;
                    double sim;
                    gboolean dates_it = dated_by[candidate->cluster] == d + 1;

                    /* An event this article dates itself is only reported
                     * again by what it shares, within days. */
                    if (dates_it && (!knows_its_day || published_day - last_day > REPORTING_REACH_DAYS ||
                                     candidate->date.precision < DOSSIER_PRECISION_DAY))
                      continue;
                    sim = _dossier_event_probe_similarity (&marked, vocabulary, candidate->terms, candidate->norm);
                    if (!dates_it && sim > best_sim)
                      {
                        best_sim = sim;
                        best = c;
                      }
                    if (sim >= LINK_MIN_SIMILARITY && knows_its_day &&
                        published_day - last_day <= REPORTING_REACH_DAYS &&
                        candidate->date.precision >= DOSSIER_PRECISION_DAY)
                      {
                        Reported reported = { sim, c };

                        g_array_append_val (may_report, reported);
                      }
                  }
                /* The event it reports is the most alike of those it
                 * shares a happening with (of as alike, the first), and
                 * counts only where no other event is alike enough to
                 * join, or where it is that one, and the sentence tells
                 * no background.  Whether it shares the happening is
                 * asked of the most alike first, and no further than
                 * decides: the whole list asked in turn cost most of
                 * the sentences' time. */
                if (may_report->len > 0 &&
                    !_dossier_event_sentence_tells_background (sentence, paragraph->text + span->start,
                                                              span->end - span->start))
                  {
                    Reported *most_alike = (Reported *) (void *) may_report->data;
                    gboolean best_may_report = best_sim < UNDATED_SIMILARITY;

                    for (guint k = 0; k < may_report->len && !best_may_report; k++)
                      best_may_report = most_alike[k].candidate == (guint) best;
                    if (best_may_report)
                      {
                        if (may_report->len > 1)
                          g_array_sort (may_report, compare_reported);
                        for (guint k = 0; k < may_report->len; k++)
                          {
                            DossierEventCandidate *candidate = &g_array_index (candidates, DossierEventCandidate,
                                                                               most_alike[k].candidate);

                            /* Past the one that could join: no other counts. */
                            if (best_sim >= UNDATED_SIMILARITY && k > 0 && most_alike[k - 1].candidate == (guint) best)
                              break;
                            if (_dossier_event_candidates_share_happening (vocabulary, documents, entities, &probe,
                                                                           candidate, FALSE, NULL))
                              {
                                best_reporting_sim = most_alike[k].similarity;
                                best_reporting = (int) most_alike[k].candidate;
                                break;
                              }
                          }
                      }
                  }
                if (best_reporting >= 0 && (best_sim < UNDATED_SIMILARITY || best_reporting == best))
                  {
                    Joining record = { best_reporting_sim, sentence, (guint) best_reporting };

                    if (reporting == NULL)
                      reporting = g_array_new (FALSE, FALSE, sizeof (Joining));
                    g_array_append_val (reporting, record);
                    continue;
                  }
              }

              if (best >= 0 && best_sim < UNDATED_SIMILARITY)
                DOSSIER_DEBUG ("events: undated a%u ¶%u sentence %u stays apart: most like a%u ¶%u, "
                               "similarity %.3f < %.2f", d + 1, p + 1, s + 1,
                               g_array_index (candidates, DossierEventCandidate, best).document + 1,
                               g_array_index (candidates, DossierEventCandidate, best).paragraph + 1,
                               best_sim, UNDATED_SIMILARITY);
              if (best >= 0 && best_sim >= UNDATED_SIMILARITY)
                {
                  int cluster = g_array_index (candidates, DossierEventCandidate, best).cluster;
                  guint previous;

                  if (best_per_cluster == NULL)
                    {
                      best_per_cluster = g_hash_table_new (NULL, NULL);
                      g_array_set_size (joining, 0);
                    }
                  previous = GPOINTER_TO_UINT (g_hash_table_lookup (best_per_cluster, GINT_TO_POINTER (cluster + 1)));
                  if (previous == 0)
                    {
                      Joining record = { best_sim, sentence, 0 };

                      g_array_append_val (joining, record);
                      g_hash_table_replace (best_per_cluster, GINT_TO_POINTER (cluster + 1),
                                            GUINT_TO_POINTER (joining->len));
                    }
                  else if (best_sim > g_array_index (joining, Joining, previous - 1).similarity)
                    {
                      Joining record = { best_sim, sentence, 0 };

                      /* Replaced in place, where the table replaced its
                       * record under the same key: its order is as it was. */
                      g_array_index (joining, Joining, previous - 1) = record;
                    }
                }
            }
        }

      {
        GHashTableIter iter;
        gpointer key, value;

        if (best_per_cluster != NULL)
          g_hash_table_iter_init (&iter, best_per_cluster);
        while (best_per_cluster != NULL && g_hash_table_iter_next (&iter, &key, &value))
          {
            const Joining *record = &g_array_index (joining, Joining, GPOINTER_TO_UINT (value) - 1);

            append_undated (vocabulary, documents, NULL, candidates, links, d, record->sentence,
                            GPOINTER_TO_UINT (g_hash_table_lookup (cluster_models, key)), record->similarity,
                            knows_its_day ? published_day : G_MININT);
          }
      }

      for (guint r = 0; reporting != NULL && r < reporting->len; r++)
        {
          const Joining *record = &g_array_index (reporting, Joining, r);

          append_undated (vocabulary, documents, entities, candidates, links, d, record->sentence, record->candidate,
                          record->similarity, knows_its_day ? published_day : G_MININT);
        }
    }

  _dossier_event_blocker_clear (&blocker);
  _dossier_event_probe_clear (&marked);
  sentence_set_clear (&own_sentences);
}

/* Whether two sayings share a person or an organisation, who is then the
 * participant @link names. */
static gboolean
same_speaker (GPtrArray                   *entities,
              const DossierEventCandidate *a,
              const DossierEventCandidate *b,
              DossierCandidateLink        *link)
{
  for (guint i = 0; i < a->entities->len; i++)
    {
      int entity = g_array_index (a->entities, int, i);
      const DossierEntityRecord *record = entity >= 0 && (guint) entity < entities->len
                                          ? g_ptr_array_index (entities, entity) : NULL;

      if (record == NULL || record->type == DOSSIER_ENTITY_PLACE)
        continue;
      for (guint j = 0; j < b->entities->len; j++)
        if (g_array_index (b->entities, int, j) == entity)
          {
            link->reasons |= DOSSIER_LINK_PARTICIPANTS;
            link->entities[0] = entity;
            return TRUE;
          }
    }
  return FALSE;
}

/* The index of the first of @document's mentions in paragraph @p that
 * ends after @start, or of a later paragraph's. */
static guint
first_mention_from (DossierDocument *document,
                    guint            p,
                    gsize            start)
{
  guint low = 0, high = document->mentions->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      const DossierMention *mention = &g_array_index (document->mentions, DossierMention, middle);

      if (mention->paragraph < p || (mention->paragraph == p && mention->start < start))
        low = middle + 1;
      else
        high = middle;
    }
  /* One that began before @start may reach into the sentence. */
  while (low > 0)
    {
      const DossierMention *mention = &g_array_index (document->mentions, DossierMention, low - 1);

      if (mention->paragraph != p || mention->end <= start)
        break;
      low--;
    }
  return low;
}

/* Whether the organisation @speaker is a news outlet ("…, reported
 * Agence France-Presse", "The New York Times stated"): it tells what
 * others said or did; its telling is no happening. */
static gboolean
speaks_as_an_outlet (GPtrArray *entities,
                     int        speaker)
{
  const DossierEntityRecord *record = g_ptr_array_index (entities, speaker);

  if (record->type != DOSSIER_ENTITY_ORGANIZATION)
    return FALSE;
  for (guint a = 0; a < record->aliases->len; a++)
    if (dossier_outlet_find_by_name (g_ptr_array_index (record->aliases, a), -1, NULL) != NULL)
      return TRUE;
  return dossier_outlet_find_by_name (record->name, -1, NULL) != NULL;
}

/* Who speaks in the sentence [@start, @end) of paragraph @p, whose verb of
 * speaking ends at @spoken (bytes from @start): the named speaker of a
 * quotation in it, else the person or organisation right after the verb
 * ("…, said Støre") or the nearest before it ("Keller-Sutter said the
 * bankruptcy …", "Kelleher, who will chair the bank, told reporters").
 * An entity index, or -1 where no one named speaks. */
static int
saying_speaker (DossierDocument *document,
                GPtrArray       *entities,
                guint            p,
                gsize            start,
                gsize            end,
                gsize            spoken)
{
  gsize verb_end = start + spoken, verb_start = verb_end;
  const char *text = ((DossierParagraph *) g_ptr_array_index (document->paragraphs, p))->text;
  int before = -1, after = -1;

  for (guint q = 0; q < document->quotes->len; q++)
    {
      const DossierQuote *quote = &g_array_index (document->quotes, DossierQuote, q);
      const DossierEntityRecord *record;

      if (quote->paragraph != p || quote->end <= start || quote->start >= end || quote->speaker_entity < 0 ||
          (guint) quote->speaker_entity >= entities->len)
        continue;
      record = g_ptr_array_index (entities, quote->speaker_entity);
      if (record->type != DOSSIER_ENTITY_PLACE && !speaks_as_an_outlet (entities, quote->speaker_entity))
        return quote->speaker_entity;
    }

  while (verb_start > start && g_ascii_isalpha (text[verb_start - 1]))
    verb_start--;
  /* The mentions are in the order of the text: from the sentence's first. */
  for (guint m = first_mention_from (document, p, start); m < document->mentions->len; m++)
    {
      const DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
      const DossierEntityRecord *record;

      if (mention->paragraph < p || (mention->paragraph == p && mention->end <= start))
        continue;
      if (mention->paragraph > p || mention->start >= end)
        break;
      if (mention->entity < 0 || (guint) mention->entity >= entities->len)
        continue;
      record = g_ptr_array_index (entities, mention->entity);
      /* A country that opens the sentence speaks through its government
       * ("Cuba condemned the resignation, …"); elsewhere a place is
       * where, not who. */
      if ((record->type == DOSSIER_ENTITY_PLACE && mention->start != start) ||
          speaks_as_an_outlet (entities, mention->entity))
        continue;
      if (mention->end <= verb_start)
        before = mention->entity;
      else if (mention->start >= verb_end && mention->start <= verb_end + 1 && after < 0)
        after = mention->entity;
    }
  return after >= 0 ? after : before;
}

/* Whether every date of the sentence [@start, @end) of paragraph @p is a
 * year, or a month, that ended a year or more before @published_day. */
static gboolean
only_earlier_years (DossierDocument *document,
                    guint            p,
                    gsize            start,
                    gsize            end,
                    int              published_day)
{
  gboolean any = FALSE;

  for (guint i = _dossier_event_first_date_from (document, p, start); i < document->dates->len; i++)
    {
      const DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, i);
      int first, last;

      if (date->paragraph != p || date->start >= end)
        break;
      if (date->end > end)
        continue;
      if (!dossier_date_is_set (&date->value) || date->value.precision > DOSSIER_PRECISION_MONTH)
        return FALSE;
      dossier_date_get_span (&date->value, &first, &last);
      if (published_day - last < 365)
        return FALSE;
      any = TRUE;
    }
  return any;
}

typedef struct
{
  int speaker;
  int day;
  guint index;
} Saying;

static int
compare_sayings (gconstpointer a,
                 gconstpointer b)
{
  const Saying *x = a, *y = b;

  if (x->speaker != y->speaker)
    return x->speaker < y->speaker ? -1 : 1;
  if (x->day != y->day)
    return x->day < y->day ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

/* Whether @text (@len bytes) quotes someone the story met, not one who
 * acts in it: a name given with an age (", 52,") or as a bystander (", a
 * resident of …", ", a volunteer", "resident Khaled Ali":
 * data/words/bystander-roles.txt):
 * colour, not news. */
gboolean
_dossier_event_quotes_a_bystander (const char *text,
                                   gsize       len)
{
  /* "businessman Makoto Ito", "Derna resident Khaled Ali", "Derna
   * resident Khalid told …": the role in small letters right before a
   * capitalised name (not "a local TV station"); "another passenger",
   * one of many. */
  for (gsize i = 0; i < len;)
    {
      gsize start = i;

      while (i < len && g_ascii_isalpha (text[i]))
        i++;
      if (i > start && g_ascii_islower (text[start]) && (start == 0 || !g_ascii_isalnum (text[start - 1])) &&
          i + 2 < len && text[i] == ' ' &&
          dossier_word_list_contains (&dossier_words_bystander_roles, text + start, i - start))
        {
          if (g_ascii_isupper (text[i + 1]) && g_ascii_islower (text[i + 2]))
            return TRUE;
        }
      if (i - start == 7 && strncmp (text + start, "another", 7) == 0 && i + 2 < len && text[i] == ' ')
        {
          gsize k = i + 1;

          while (k < len && g_ascii_isalpha (text[k]))
            k++;
          if (k > i + 1 && dossier_word_list_contains (&dossier_words_bystander_roles, text + i + 1, k - i - 1))
            return TRUE;
        }
      if (i == start)
        i++;
    }
  for (gsize i = 0; i + 4 < len; i++)
    {
      gsize k;

      if (text[i] != ',' || text[i + 1] != ' ')
        continue;
      k = i + 2;
      /* ", 52," */
      if (g_ascii_isdigit (text[k]))
        {
          gsize digits = k;

          while (digits < len && g_ascii_isdigit (text[digits]))
            digits++;
          if (digits - k <= 3 && digits < len && text[digits] == ',' && i > 0 && g_ascii_isalpha (text[i - 1]))
            return TRUE;
          continue;
        }
      /* ", a resident", ", a 38-year-old volunteer" */
      if (!(text[k] == 'a' && text[k + 1] == ' ') && !(k + 2 < len && strncmp (text + k, "an ", 3) == 0))
        continue;
      k += text[k + 1] == ' ' ? 2 : 3;
      for (guint word = 0; word < 2 && k < len; word++)
        {
          gsize start = k;

          while (k < len && (g_ascii_isalnum (text[k]) || text[k] == '-'))
            k++;
          if (k > start && dossier_word_list_contains (&dossier_words_bystander_roles, text + start, k - start))
            return TRUE;
          if (k < len && text[k] == ' ')
            k++;
        }
    }
  return FALSE;
}

/* Whether @text opens on “ or ‘ (U+201C, U+2018: E2 80 9C, E2 80 98),
 * as g_str_has_prefix () of each told, for every sentence, by a call. */
static inline gboolean
opens_on_curly_quote (const char *text)
{
  return (guchar) text[0] == 0xe2 && (guchar) text[1] == 0x80 && ((guchar) text[2] == 0x9c || (guchar) text[2] == 0x98);
}

gboolean
_dossier_event_saying_tells_background (DossierEventSentence *sentence,
                                        const char           *text,
                                        gsize                 spoken)
{
  g_assert (spoken == sentence->spoken);
  if (!(sentence->text_read & DOSSIER_SENTENCE_SAYING_BACKGROUND_READ))
    {
      const DossierEventKeptTerms *kept = sentence->kept;

      if (kept != NULL && kept->text_flags != NULL &&
          (kept->text_flags[sentence->kept_index] & DOSSIER_SENTENCE_SAYING_BACKGROUND_READ))
        sentence->text_read |= kept->text_flags[sentence->kept_index] &
                               (DOSSIER_SENTENCE_SAYING_BACKGROUND_READ | DOSSIER_SENTENCE_SAYING_BACKGROUND);
      else
        sentence->text_read |= DOSSIER_SENTENCE_SAYING_BACKGROUND_READ |
                               (_dossier_event_tells_background (text, spoken) ? DOSSIER_SENTENCE_SAYING_BACKGROUND : 0);
    }
  return (sentence->text_read & DOSSIER_SENTENCE_SAYING_BACKGROUND) != 0;
}

gboolean
_dossier_event_sentence_quotes_a_bystander (DossierEventSentence *sentence,
                                            const char           *text,
                                            gsize                 len)
{
  g_assert (len == sentence->end - sentence->start);
  if (!(sentence->text_read & DOSSIER_SENTENCE_BYSTANDER_READ))
    {
      const DossierEventKeptTerms *kept = sentence->kept;

      if (kept != NULL && kept->text_flags != NULL &&
          (kept->text_flags[sentence->kept_index] & DOSSIER_SENTENCE_BYSTANDER_READ))
        sentence->text_read |= kept->text_flags[sentence->kept_index] &
                               (DOSSIER_SENTENCE_BYSTANDER_READ | DOSSIER_SENTENCE_BYSTANDER);
      else
        sentence->text_read |= DOSSIER_SENTENCE_BYSTANDER_READ |
                               (_dossier_event_quotes_a_bystander (text, len) ? DOSSIER_SENTENCE_BYSTANDER : 0);
    }
  return (sentence->text_read & DOSSIER_SENTENCE_BYSTANDER) != 0;
}

/* Joins the sayings of @extra (those whose @speakers are known) of one
 * speaker on days at most CORROBORATION_REACH_DAYS apart, whatever their
 * words: what one person said at one press conference is told by each
 * outlet in its own selection of quotes ("Keller-Sutter said a
 * bankruptcy …" and "the finance minister was determined …"). */
static void
join_speakers (GPtrArray *documents,
               GArray    *extra,
               GArray    *speakers,
               guint     *parents,
               guint      first,
               GArray    *links)
{
  g_autoptr(GArray) sayings = g_array_new (FALSE, FALSE, sizeof (Saying));

  for (guint i = 0; i < extra->len; i++)
    {
      Saying saying = { g_array_index (speakers, int, i),
                        g_array_index (extra, DossierEventCandidate, i).first_day, i };
      if (saying.speaker >= 0)
        g_array_append_val (sayings, saying);
    }
  g_array_sort (sayings, compare_sayings);
  for (guint k = 1; k < sayings->len; k++)
    {
      const Saying *a = &g_array_index (sayings, Saying, k - 1), *b = &g_array_index (sayings, Saying, k);
      DossierCandidateLink link = { first + a->index, first + b->index, DOSSIER_LINK_DATE | DOSSIER_LINK_PARTICIPANTS,
                                    0, { a->speaker, -1, -1 }, NULL, NULL };
      guint root_a, root_b;

      if (a->speaker != b->speaker || b->day - a->day > CORROBORATION_REACH_DAYS)
        continue;
      for (root_a = a->index; parents[root_a] != root_a; root_a = parents[root_a])
        ;
      for (root_b = b->index; parents[root_b] != root_b; root_b = parents[root_b])
        ;
      if (root_a == root_b)
        continue;
      parents[MAX (root_a, root_b)] = MIN (root_a, root_b);
      if (g_array_index (extra, DossierEventCandidate, a->index).document !=
          g_array_index (extra, DossierEventCandidate, b->index).document)
        g_array_append_val (links, link);
    }
  (void) documents;
}

/* A (cluster, day) pair's hash: g_int64_hash () folds the halves into
 * each other, which many pairs of a long article share. */
static guint
pair_hash (gconstpointer key)
{
  guint64 pair = *(const guint64 *) key * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15);

  return (guint) (pair >> 32);
}

/* The day of each article's main happening, for the words of its named
 * speakers that carry no date: of the clusters of @candidates that its
 * sentences dated by words of their own fall in, on the day it was
 * published or up to SAYING_REACH_DAYS before, the one most sentences of
 * the dossier report, on the day of those most of them give (the earlier
 * where as many give two); G_MININT where there is none. */
static int *
main_days (GPtrArray *documents,
           GArray    *candidates)
{
  g_autoptr(GHashTable) votes = g_hash_table_new_full (pair_hash, g_int64_equal, g_free, NULL);  /* (cluster, day) → sentences */
  g_autofree int *main_cluster = g_new (int, documents->len);
  g_autofree guint *main_size = g_new0 (guint, documents->len);
  int *result = g_new (int, documents->len);
  /* Per cluster (by cluster - lowest): its sentences, and whether it is
   * an article's main one.  Arrays, where a hash table cost a look-up and
   * an insertion per candidate. */
  g_autofree guint *sizes = NULL;
  g_autofree gboolean *is_main = NULL;
  int lowest = G_MAXINT, highest = G_MININT;

  for (guint c = 0; c < candidates->len; c++)
    {
      int cluster = g_array_index (candidates, DossierEventCandidate, c).cluster;

      lowest = MIN (lowest, cluster);
      highest = MAX (highest, cluster);
    }
  if (candidates->len > 0)
    {
      sizes = g_new0 (guint, (gsize) ((gint64) highest - lowest + 1));
      is_main = g_new0 (gboolean, (gsize) ((gint64) highest - lowest + 1));
    }
  for (guint c = 0; c < candidates->len; c++)
    sizes[(gint64) g_array_index (candidates, DossierEventCandidate, c).cluster - lowest]++;

  for (guint d = 0; d < documents->len; d++)
    main_cluster[d] = -1;
  for (guint c = 0; c < candidates->len; c++)
    {
      const DossierEventCandidate *candidate = &g_array_index (candidates, DossierEventCandidate, c);
      const DossierDocument *document = g_ptr_array_index (documents, candidate->document);
      guint size;
      int published_day;

      if (candidate->dating != DOSSIER_DATED_BY_EXPRESSION || candidate->first_day != candidate->last_day ||
          document->published.precision < DOSSIER_PRECISION_DAY)
        continue;
      published_day = dossier_date_to_day_number (&document->published);
      if (candidate->first_day > published_day || candidate->first_day < published_day - SAYING_REACH_DAYS)
        continue;
      size = sizes[(gint64) candidate->cluster - lowest];
      if (size > main_size[candidate->document])
        {
          main_size[candidate->document] = size;
          main_cluster[candidate->document] = candidate->cluster;
        }
    }

  /* The days of the sentences of each article's main cluster: only those
   * are asked for below. */
  for (guint d = 0; d < documents->len; d++)
    if (main_cluster[d] >= 0)
      is_main[(gint64) main_cluster[d] - lowest] = TRUE;
  for (guint c = 0; c < candidates->len; c++)
    {
      const DossierEventCandidate *candidate = &g_array_index (candidates, DossierEventCandidate, c);

      if (is_main[(gint64) candidate->cluster - lowest] && candidate->first_day == candidate->last_day &&
          candidate->date.precision >= DOSSIER_PRECISION_DAY)
        {
          gint64 pair = (gint64) (((guint64) (guint32) candidate->cluster << 32) | (guint32) candidate->first_day);
          guint count = GPOINTER_TO_UINT (g_hash_table_lookup (votes, &pair));

          g_hash_table_insert (votes, g_memdup2 (&pair, sizeof pair), GUINT_TO_POINTER (count + 1));
        }
    }

  for (guint d = 0; d < documents->len; d++)
    {
      const DossierDocument *document = g_ptr_array_index (documents, d);
      int published_day;
      guint best = 0;

      result[d] = G_MININT;
      if (main_cluster[d] < 0)
        continue;
      published_day = dossier_date_to_day_number (&document->published);
      for (int day = published_day - SAYING_REACH_DAYS; day <= published_day; day++)
        {
          gint64 pair = (gint64) (((guint64) (guint32) main_cluster[d] << 32) | (guint32) day);
          guint count = GPOINTER_TO_UINT (g_hash_table_lookup (votes, &pair));

          if (count > best)
            {
              best = count;
              result[d] = day;
            }
        }
    }
  return result;
}

/* Sentences without a date that tell a happening, and that no event took,
 * become an event where articles of two outlets or more tell the same:
 * the same participants and kind of action, in articles published within
 * days ("Police arrested the gunman at the scene" in one, "The suspect was
 * detained" in another).  Reported by several, it is news of the days
 * they were published; dated implicitly, by the first of them.  Told by
 * one article only, it stays a sentence of that article: its background
 * as likely as its news.  Appends them to @candidates, each group a
 * cluster of its own, and the links that joined them to @links. */
void
_dossier_event_corroborate_undated (DossierVocabulary *vocabulary,
                                    GPtrArray         *documents,
                                    GPtrArray         *entities,
                                    DossierRareTerms  *rare_terms,
                                    GArray            *candidates,
                                    GArray            *links)
{
  SentenceSet used = { NULL, NULL };
  g_autoptr(GArray) extra = g_array_new (FALSE, TRUE, sizeof (DossierEventCandidate));
  g_autoptr(GArray) extra_links = g_array_new (FALSE, TRUE, sizeof (DossierCandidateLink));
  g_autoptr(GArray) spoke = g_array_new (FALSE, FALSE, sizeof (gboolean));  /* per extra: a speaking */
  g_autoptr(GArray) speakers = g_array_new (FALSE, FALSE, sizeof (int));   /* per extra: who speaks, or -1 */
  g_autofree guint *parents = NULL;
  DossierEventBlocker blocker = { 0 };
  g_autoptr(GArray) blocked = g_array_new (FALSE, FALSE, sizeof (guint));
  int next_cluster = 0;
  guint first = candidates->len;

  /* One article corroborates nothing. */
  if (documents->len < 2)
    return;
  sentence_set_init (&used, vocabulary);
  for (guint c = 0; c < candidates->len; c++)
    {
      DossierEventCandidate *candidate = &g_array_index (candidates, DossierEventCandidate, c);
      sentence_set_add (&used, candidate_sentence (candidate));
      next_cluster = MAX (next_cluster, candidate->cluster + 1);
    }

  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);
      int published_day;
      SentenceWalk walk;

      if (document->published.precision < DOSSIER_PRECISION_DAY)
        continue;
      published_day = dossier_date_to_day_number (&document->published);
      sentence_walk_init (&walk, vocabulary, d);
      for (guint p = 0; p < document->paragraphs->len; p++)
        {
          DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);

          if (paragraph->kind != DOSSIER_PARAGRAPH_BODY || _dossier_event_paragraph_is_caption (document, p))
            continue;
          for (guint s = 0; s < paragraph->sentences->len; s++)
            {
              DossierSpan *span = &g_array_index (paragraph->sentences, DossierSpan, s);
              DossierEventSentence *sentence;
              DossierEventCandidate candidate;
              const char *first_char = paragraph->text + span->start;
              gboolean quoted, happening, speaking = FALSE;
              gsize spoken = 0;
              int speaker = -1;

              gboolean background_dates = FALSE;

              if (_dossier_event_sentence_has_date (document, p, span->start, span->end))
                {
                  /* "Fahmi said the blast was caused by nitrate stored
                   * there since 2014": the years tell of the past, the
                   * speaking is news of the day. */
                  if (!only_earlier_years (document, p, span->start, span->end, published_day))
                    continue;
                  background_dates = TRUE;
                }
              sentence = sentence_walk_find (&walk, p, span->start);
              if (!background_dates && (sentence_set_contains (&used, sentence) || sentence->entities->len == 0))
                continue;
              if (background_dates && sentence->entities->len == 0)
                continue;
              /* "declined to comment", "will air on Sunday": no
               * happening, nor a saying. */
              if (_dossier_event_sentence_has_programme_note (sentence, paragraph->text, span))
                continue;
              /* Words in quotation marks are what someone said: the
               * happening is the saying. */
              quoted = *first_char == '"' || opens_on_curly_quote (first_char);
              happening = !quoted && !background_dates &&
                          !_dossier_event_sentence_tells_background (sentence, first_char, span->end - span->start) &&
                          _dossier_event_tells_happening_in_past (vocabulary, documents, entities, d, sentence);
              /* Someone named spoke ("Rubio stated that the court had
               * ruled unjustly", "“We did it,” said Støre"): what was
               * said may tell of earlier times, the speaking is news. */
              if (!happening &&
                  (spoken = _dossier_event_sentence_reported_speech (sentence, first_char, span->end - span->start)) > 0)
                speaking = _dossier_event_sentence_names_actor (entities, sentence) &&
                           !_dossier_event_saying_tells_background (sentence, first_char, spoken) &&
                           !_dossier_event_sentence_quotes_a_bystander (sentence, first_char,
                                                                        span->end - span->start);
              if (!happening && !speaking)
                continue;
              if (speaking)
                speaker = saying_speaker (document, entities, p, span->start, span->end, spoken);
              /* Of a sentence with a date of its own, only a named
               * speaker's saying. */
              if (background_dates && speaker < 0)
                continue;
              candidate = _dossier_event_implicit_candidate (d, sentence, &document->published);
              candidate.first_day = candidate.last_day = published_day;
              g_array_append_val (extra, candidate);
              g_array_append_val (spoke, speaking);
              g_array_append_val (speakers, speaker);
            }
        }
    }
  DOSSIER_DEBUG ("events: %u undated sentences tell a happening no event took", extra->len);
  sentence_set_clear (&used);
  if (extra->len == 0)
    return;

  parents = g_new (guint, extra->len);
  for (guint i = 0; i < extra->len; i++)
    parents[i] = i;
  _dossier_event_blocker_init (&blocker, extra, extra->len);
  for (guint i = 0; i < extra->len; i++)
    {
      DossierEventCandidate *a = &g_array_index (extra, DossierEventCandidate, i);
      guint n_rare;
      /* Its rarest terms, most often counted already when it was asked
       * whether it joins an event. */
      const guint *rare = _dossier_event_sentence_rarest_terms (rare_terms, vocabulary, a->sentence, &n_rare);

      /* Each is of its article's day: only those of days near enough are
       * found (the test below is kept, and passes them all). */
      _dossier_event_blocker_find_rare_within_into (&blocker, rare, n_rare, a->first_day - CORROBORATION_REACH_DAYS,
                                                    a->first_day + CORROBORATION_REACH_DAYS, blocked);

      for (guint k = 0; k < blocked->len; k++)
        {
          guint j = g_array_index (blocked, guint, k);
          DossierEventCandidate *b = &g_array_index (extra, DossierEventCandidate, j);
          DossierCandidateLink link = { first + i, first + j, DOSSIER_LINK_DATE, 0, { -1, -1, -1 }, NULL, NULL };
          guint root_a, root_b;

          if (j <= i || a->document == b->document || ABS (a->first_day - b->first_day) > CORROBORATION_REACH_DAYS)
            continue;
          link.similarity = _dossier_event_similarity (vocabulary, a->terms, a->norm, b->terms, b->norm);
          if (link.similarity < LINK_MIN_SIMILARITY)
            continue;
          /* Two sayings are one where the same person or body speaks in
           * both, in words alike — as alike as two reports of one day's
           * happening: a person both name may be what is said, not who
           * says it.  Sayings of one known speaker are joined below. */
          if (g_array_index (spoke, gboolean, i) && g_array_index (spoke, gboolean, j))
            {
              if (g_array_index (speakers, int, i) >= 0 && g_array_index (speakers, int, j) >= 0)
                continue;
              if (link.similarity < SAME_DAY_SIMILARITY || !same_speaker (entities, a, b, &link))
                continue;
            }
          else if (!_dossier_event_candidates_share_happening (vocabulary, documents, entities, a, b, FALSE, &link))
            continue;
          link.reasons |= DOSSIER_LINK_WORDS;
          for (root_a = i; parents[root_a] != root_a; root_a = parents[root_a])
            ;
          for (root_b = j; parents[root_b] != root_b; root_b = parents[root_b])
            ;
          if (root_a == root_b)
            continue;
          parents[MAX (root_a, root_b)] = MIN (root_a, root_b);
          g_array_append_val (extra_links, link);
          if (G_UNLIKELY (dossier_debug_enabled ()))
            {
              g_autofree char *text_a = _dossier_event_describe_sentence (documents, a->document, a->paragraph,
                                                                          a->start, a->end);
              g_autofree char *text_b = _dossier_event_describe_sentence (documents, b->document, b->paragraph,
                                                                          b->start, b->end);
              g_debug ("events: undated %s and %s tell one happening (%s ~ %s), similarity %.3f",
                       text_a, text_b, link.action_a, link.action_b, link.similarity);
            }
        }
    }
  _dossier_event_blocker_clear (&blocker);
  join_speakers (documents, extra, speakers, parents, first, extra_links);

  /* A group of one article's sentences only is no corroboration: it is
   * an event only where a named speaker's words are among them, on the
   * day of the article's news ("Orbán congratulated Erdoğan", in the
   * paper of the morning after the runoff). */
  {
    g_autofree int *days = main_days (documents, candidates);
    g_autofree guint *documents_seen = g_new0 (guint, extra->len);
    g_autofree gboolean *several = g_new0 (gboolean, extra->len);
    g_autofree int *clusters = g_new (int, extra->len);
    g_autofree int *new_index = g_new (int, extra->len);

    for (guint i = 0; i < extra->len; i++)
      {
        guint root = i;
        DossierEventCandidate *candidate = &g_array_index (extra, DossierEventCandidate, i);

        while (parents[root] != root)
          root = parents[root];
        parents[i] = root;
        if (documents_seen[root] == 0)
          documents_seen[root] = candidate->document + 1;
        else if (documents_seen[root] != candidate->document + 1)
          several[root] = TRUE;
        clusters[root] = -1;
      }
    for (guint i = 0; i < extra->len; i++)
      {
        guint root = parents[i];

        new_index[i] = -1;
        if (!several[root])
          {
            DossierEventCandidate *candidate = &g_array_index (extra, DossierEventCandidate, i);
            int day = days[candidate->document];

            if (!g_array_index (spoke, gboolean, i) || g_array_index (speakers, int, i) < 0)
              continue;
            if (day != G_MININT && day != candidate->first_day)
              {
                candidate->date = dossier_date_from_day_number (day);
                candidate->first_day = candidate->last_day = day;
              }
            candidate->dating = DOSSIER_DATED_AS_SAYING;
          }
        if (clusters[root] < 0)
          clusters[root] = next_cluster++;
        g_array_index (extra, DossierEventCandidate, i).cluster = clusters[root];
        new_index[i] = candidates->len;
        g_array_append_val (candidates, g_array_index (extra, DossierEventCandidate, i));
      }
    for (guint l = 0; l < extra_links->len; l++)
      {
        DossierCandidateLink *link = &g_array_index (extra_links, DossierCandidateLink, l);
        int a = new_index[link->a - first], b = new_index[link->b - first];

        if (a < 0 || b < 0)
          continue;
        link->a = a;
        link->b = b;
        g_array_append_val (links, *link);
      }
  }
}

/* Whether the byte @at of @text lies inside a quotation that opened
 * before it ("… grieving his passing. We have offered the family our
 * support."). */
static gboolean
inside_a_quote (const char *text,
                gsize       at)
{
  gboolean quoted = FALSE;

  /* Of the characters below 0x80 only '"' opens or closes a quotation
   * (dossier_quotation_after ()): those are read as bytes, and only the
   * others decoded — the paragraphs before every sentence that goes on
   * from an event's are read here, 750,000 characters in a correction. */
  for (const char *p = text; p < text + at;)
    {
      if ((guchar) *p < 0x80)
        {
          if (*p == '"')
            quoted = !quoted;
          p++;
          continue;
        }
      quoted = dossier_quotation_after (g_utf8_get_char (p), quoted);
      p = g_utf8_next_char (p);
    }
  return quoted;
}

void
_dossier_event_attach_continuations (DossierVocabulary *vocabulary,
                                     GPtrArray         *documents,
                                     GArray            *candidates,
                                     GArray            *links)
{
  /* Every sentence an event holds, by its place in the vocabulary. */
  SentenceSet held;
  guint n_held = candidates->len;

  sentence_set_init (&held, vocabulary);
  for (guint c = 0; c < n_held; c++)
    {
      const DossierEventCandidate *candidate = &g_array_index (candidates, DossierEventCandidate, c);

      sentence_set_add (&held, candidate_sentence (candidate));
    }
  for (guint c = 0; c < n_held; c++)
    {
      const DossierEventCandidate *candidate = &g_array_index (candidates, DossierEventCandidate, c);
      DossierDocument *document = g_ptr_array_index (documents, candidate->document);
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, candidate->paragraph);
      DossierEventCandidate next;
      DossierCandidateLink link = { c, 0, DOSSIER_LINK_CONTINUES, 0, { -1, -1, -1 }, NULL, NULL };
      const DossierSpan *span = NULL;
      DossierEventSentence *sentence;

      if (paragraph->kind != DOSSIER_PARAGRAPH_BODY || candidate->cluster < 0)
        continue;
      /* Not from a happening told as background, a week or more before
       * its article ("… joined in April 2023. Ahead of a meeting in
       * Brussels, Rutte …"): what follows is the news again. */
      if (document->published.precision >= DOSSIER_PRECISION_DAY && candidate->date.precision >= DOSSIER_PRECISION_YEAR)
        {
          int first, last;

          dossier_date_get_span (&candidate->date, &first, &last);
          if (last <= dossier_date_to_day_number (&document->published) - REPORTING_REACH_DAYS)
            continue;
        }
      for (guint s = 0; s + 1 < paragraph->sentences->len && span == NULL; s++)
        if (g_array_index (paragraph->sentences, DossierSpan, s).start == candidate->start)
          span = &g_array_index (paragraph->sentences, DossierSpan, s + 1);
      if (span == NULL || dossier_unichar_opens_quote (g_utf8_get_char (paragraph->text + span->start)) ||
          inside_a_quote (paragraph->text, span->start) ||
          _dossier_event_sentence_has_date (document, candidate->paragraph, span->start, span->end))
        continue;
      sentence = _dossier_vocabulary_find_sentence (vocabulary, candidate->document, candidate->paragraph, span->start);
      if (sentence == NULL || !sentence_set_add (&held, sentence))
        continue;
      next = _dossier_event_candidate_for_sentence (candidate->document, sentence);
      next.date = candidate->date;
      next.cluster = candidate->cluster;
      next.dated = FALSE;
      next.dating = DOSSIER_DATED_AS_CONTINUATION;
      link.b = candidates->len;
      if (G_UNLIKELY (dossier_debug_enabled ()))
        {
          g_autofree char *text = _dossier_event_describe_sentence (documents, next.document, next.paragraph,
                                                                    next.start, next.end);

          g_debug ("events: %s goes on from the sentence before, in its event", text);
        }
      g_array_append_val (links, link);
      g_array_append_val (candidates, next);
    }
  sentence_set_clear (&held);
}
