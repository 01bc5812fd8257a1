/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The event builder's walk over a dossier (see dossier-events-private.h for
 * its parts): count the vocabulary; collect the dated sentences of dated
 * articles as candidates; if some articles are undated, cluster those to
 * infer publication dates, then collect again from every article; cluster;
 * attach undated sentences that say what an event says; make one event of
 * each cluster, told by its most central sentence. */

#include "dossier-event-builder.h"

#include <string.h>

#include "dossier-action-lexicon.h"
#include "dossier-characters.h"
#include "dossier-debug.h"
#include "dossier-sort.h"
#include "dossier-event-actions.h"
#include "dossier-event-clustering.h"
#include "dossier-event-similarity.h"
#include "dossier-event-summary.h"
#include "dossier-event-terms.h"
#include "dossier-event-thresholds.h"
#include "dossier-publication-inference.h"
#include "dossier-word-lists.h"

static gboolean
sentence_has_date (DossierDocument *document,
                   guint            paragraph,
                   gsize            start,
                   gsize            end)
{
  for (guint i = _dossier_event_first_date_from (document, paragraph, start);
       i < document->dates->len; i++)
    {
      DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, i);

      if (date->paragraph != paragraph || date->start >= end)
        break;
      if (date->end <= end)
        return TRUE;
    }
  return FALSE;
}

/* "At the time, …", "That day, …": the sentence is dated by the one
 * before it.  Returns the length of the opener, or 0. */
static gsize
inherits_date (const char *sentence)
{
  static const char * const openers[] = {
    "At the time", "At that time", "That day", "On that day", "The same day",
    "That same day", "Then,", "There,", "At that summit", "At the summit",
  };
  /* strncmp () by the opener's length: the sentence runs on to the end
   * of its paragraph, which g_str_has_prefix () would measure. */
  for (gsize i = 0; i < G_N_ELEMENTS (openers); i++)
    if (strncmp (sentence, openers[i], strlen (openers[i])) == 0)
      {
        gsize len = strlen (openers[i]);
        return openers[i][len - 1] == ',' ? len - 1 : len;
      }
  return 0;
}

/* Whether a sentence tells of an earlier time than the news: a past
 * perfect ("had come out on top"), "previously", "earlier", "last
 * month".  Such sentences give a story's background, which shares its
 * cast and its kind of action without being its happening. */
static gboolean
tells_background (const char *text,
                  gsize       len)
{
  static const char * const cues[] = { "had", "previously", "earlier", "last", "ago", "before", "former", "formerly" };
  gsize i = 0;

  while (i < len)
    {
      gsize start;

      while (i < len && !g_ascii_isalpha (text[i]))
        i++;
      start = i;
      while (i < len && g_ascii_isalpha (text[i]))
        i++;
      for (gsize c = 0; c < G_N_ELEMENTS (cues) && i > start; c++)
        if (strlen (cues[c]) == i - start && g_ascii_strncasecmp (text + start, cues[c], i - start) == 0)
          return TRUE;
    }
  return FALSE;
}

/* Whether the opening sentence of an article tells a happening: a verb
 * of one ("The court overturned the ruling", "fired", "won"), or an
 * action named with a person or an organisation ("Marstrand's ouster");
 * and it asks nothing. */
static gboolean
tells_happening (DossierVocabulary    *vocabulary,
                 GPtrArray            *documents,
                 GPtrArray            *entities,
                 guint                 d,
                 DossierEventSentence *sentence)
{
  DossierDocument *document = g_ptr_array_index (documents, d);
  DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, sentence->paragraph);
  GPtrArray *actions;
  gboolean actor = FALSE;

  if (sentence->end > sentence->start && paragraph->text[sentence->end - 1] == '?')
    return FALSE;
  actions = _dossier_event_sentence_actions (vocabulary, documents, d, sentence);
  for (guint a = 0; a < actions->len; a++)
    if (((const DossierActionWord *) g_ptr_array_index (actions, a))->verbal)
      return TRUE;
  for (guint e = 0; e < sentence->entities->len && !actor; e++)
    {
      int entity = g_array_index (sentence->entities, int, e);
      const DossierEntityRecord *record = entity >= 0 && (guint) entity < entities->len
                                          ? g_ptr_array_index (entities, entity) : NULL;
      actor = record != NULL && record->type != DOSSIER_ENTITY_PLACE;
    }
  return actor && actions->len > 0;
}

/* Whether the sentence @span of @date's paragraph holds another date, of
 * a day or a month: "sentenced … on Thursday … despite his 2022 electoral
 * defeat" reports Thursday's happening. */
static gboolean
has_finer_date (DossierDocument          *document,
                const DossierDateMention *date,
                const DossierSpan        *span)
{
  for (guint i = _dossier_event_first_date_from (document, date->paragraph, span->start); i < document->dates->len;
       i++)
    {
      const DossierDateMention *other = &g_array_index (document->dates, DossierDateMention, i);

      if (other->paragraph != date->paragraph || other->start >= span->end)
        break;
      if (other != date && other->start >= span->start && dossier_date_is_set (&other->value) &&
          other->value.precision >= DOSSIER_PRECISION_MONTH)
        return TRUE;
    }
  return FALSE;
}

/* Whether the word after @end (up to @limit), or the one after an
 * adjective there, names an action: "the 2022 election", "his 2022
 * electoral defeat", not "the 2017 champion" nor "a 2019 law graduate". */
static gboolean
names_action_after (const char *text,
                    gsize       end,
                    gsize       limit)
{
  static const char * const adjective_endings[] = { "al", "ary", "ic", "ian", "ive" };
  gsize i = end;

  for (guint w = 0; w < 2; w++)
    {
      gsize start;
      guint32 classes[DOSSIER_ACTION_MAX_CLASSES];
      gboolean adjective = FALSE;

      if (i >= limit || text[i] != ' ')
        return FALSE;
      start = ++i;
      while (i < limit && g_ascii_isalpha (text[i]))
        i++;
      if (i == start)
        return FALSE;
      if (dossier_action_classes_find (text + start, i - start, &dossier_words_not_actions, classes, NULL) > 0)
        return TRUE;
      for (gsize e = 0; e < G_N_ELEMENTS (adjective_endings) && !adjective; e++)
        {
          gsize n = strlen (adjective_endings[e]);
          adjective = i - start > n + 2 && strncmp (text + i - n, adjective_endings[e], n) == 0;
        }
      if (!adjective)
        return FALSE;
    }
  return FALSE;
}

/* Whether @date, in @span of @paragraph, dates no happening its article
 * reports: the page's own dateline ("Ankara, May 29 – …"), a year that
 * describes a thing or bounds a plan ("the 2026 election", "until 2060"), an embedded
 * post's date ("— A Name (@handle) February 6, 2023"), a plan someone
 * speaks of ("“We will vote on Monday,” she said": inside a quotation and
 * after the article's day), or a programme note ("It will air on Sunday at
 * 6 p.m. ET"). */
static gboolean
dates_no_happening (DossierDocument          *document,
                    DossierParagraph         *paragraph,
                    const DossierSpan        *span,
                    const DossierDateMention *date)
{
  const char *text = paragraph->text;
  gsize after = date->end;

  /* A dateline: capitalised words and a comma, the date, then a dash, a
   * credit in brackets or a colon ("Oslo, Sept 14 (Agency - 14th Sep,
   * 2021):"): any date before the dateline's end. */
  if (date->start < 48 && date->start >= 2 && text[date->start - 2] == ',' && g_ascii_isupper (text[0]))
    {
      while (after < paragraph->len && text[after] == ' ')
        after++;
      if (after < paragraph->len && (text[after] == '-' || text[after] == '(' || text[after] == ':' ||
                                     strncmp (text + after, "–", strlen ("–")) == 0 ||
                                     strncmp (text + after, "—", strlen ("—")) == 0))
        return TRUE;
    }
  if (date->start > 0 && date->start < 120 && g_ascii_isupper (text[0]))
    {
      const char *comma = memchr (text, ',', MIN (paragraph->len, 40));
      const char *open = memchr (text, '(', date->start);
      const char *close = open != NULL ? memchr (open, ')', MIN (paragraph->len, 160) - (open - text)) : NULL;

      /* Inside the credit's brackets of a dateline ("Oslo, Sept 14 (…)"). */
      if (comma != NULL && open != NULL && comma < open && close != NULL && text + date->end <= close &&
          close + 1 < text + paragraph->len && (close[1] == ':' || (close[1] == ' ' && close[2] == ':') ||
                                                 close[1] == '-' || (close[1] == ' ' && close[2] == '-')))
        return TRUE;
    }
  /* A year that describes a thing ("his 2022 electoral defeat", "the 2017
   * champion", "French Open 2022:"), written without a preposition; or a
   * year that bounds a plan or a ban ("barred until 2060", "neutral by
   * 2030"): neither is when the sentence's happening was. */
  if (date->value.precision == DOSSIER_PRECISION_YEAR)
    {
      gsize len = date->end - date->start;
      const char *words = text + date->start;
      gboolean coming = dossier_date_is_set (&document->published) && date->value.year > document->published.year;

      if (len == 4 && g_ascii_isdigit (words[0]))
        return coming || !names_action_after (text, date->end, span->end) ||
               has_finer_date (document, date, span);
      if (coming && ((len > 6 && g_ascii_strncasecmp (words, "until ", 6) == 0) ||
                     (len > 5 && g_ascii_strncasecmp (words, "till ", 5) == 0) ||
                     (len > 3 && g_ascii_strncasecmp (words, "by ", 3) == 0)))
        return TRUE;
    }
  /* An embedded post: its author's handle in brackets just before. */
  if (date->start >= 2 && text[date->start - 2] == ')')
    {
      for (gsize k = date->start - 2; k > span->start && date->start - k < 64; k--)
        if (text[k] == '(' )
          {
            if (text[k + 1] == '@')
              return TRUE;
            break;
          }
    }
  /* A plan in someone's words. */
  if (dossier_date_is_set (&document->published) &&
      dossier_date_compare (&date->value, &document->published) > 0 &&
      date->value.precision >= DOSSIER_PRECISION_DAY)
    {
      gboolean quoted = FALSE;

      for (const char *c = text + span->start; c < text + date->start; c = g_utf8_next_char (c))
        quoted = dossier_quotation_after (g_utf8_get_char (c), quoted);
      if (quoted)
        return TRUE;
    }
  /* A programme note. */
  {
    g_autofree char *lower = g_ascii_strdown (text + span->start, span->end - span->start);

    for (guint w = 0; w < dossier_words_programme_notes.n_words; w++)
      if (strstr (lower, dossier_words_programme_notes.words[w]) != NULL)
        return TRUE;
  }
  return FALSE;
}

/* @sentence of document @d as a candidate dated by the day @published,
 * the article's: news style dates what it tells without a date so. */
static DossierEventCandidate
implicit_candidate (guint                 d,
                    DossierEventSentence *sentence,
                    const DossierDate    *published)
{
  DossierEventCandidate candidate = _dossier_event_candidate_for_sentence (d, sentence);

  candidate.date = *published;
  candidate.date.precision = DOSSIER_PRECISION_DAY;
  candidate.date.hour = candidate.date.minute = 0;
  candidate.dated = TRUE;
  candidate.dating = DOSSIER_DATED_IMPLICITLY;
  candidate.date_start = candidate.date_end = sentence->start;
  return candidate;
}

/* Appends the candidates of document @d to @candidates: a candidate for
 * each resolved date of each sentence, for a sentence that takes the
 * date of the one before it ("At the time, …"), and for the article's
 * opening sentence when it tells a happening without a date of its own:
 * news style dates it by the day the article was published. */
static void
collect_candidates (DossierVocabulary *vocabulary,
                    GPtrArray         *documents,
                    GPtrArray         *entities,
                    guint              d,
                    GArray            *candidates)
{
  DossierDocument *document = g_ptr_array_index (documents, d);
  const DossierDateMention *previous_date = NULL;
  int previous_candidate = -1;
  gboolean lead_seen = FALSE;

  for (guint p = 0; p < document->paragraphs->len; p++)
    {
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);

      for (guint s = 0; s < paragraph->sentences->len; s++)
        {
          DossierSpan *span = &g_array_index (paragraph->sentences, DossierSpan, s);
          const DossierDateMention *sentence_date = NULL;

          for (guint i = _dossier_event_first_date_from (document, p, span->start);
               i < document->dates->len; i++)
            {
              const DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, i);
              DossierEventCandidate candidate = { 0 };

              if (date->paragraph > p || date->start > span->end)
                break;
              if (date->paragraph != p || date->start < span->start || date->end > span->end)
                continue;
              if (!dossier_date_is_set (&date->value))
                continue;
              if (dates_no_happening (document, paragraph, span, date))
                {
                  DOSSIER_DEBUG ("events: a%u ¶%u “%.*s” dates no happening (a dateline, a post, a plan in "
                                 "someone's words or a programme note)", d + 1, p + 1,
                                 (int) (date->end - date->start), paragraph->text + date->start);
                  continue;
                }
              sentence_date = date;

              candidate = _dossier_event_candidate_for_sentence (
                d, _dossier_vocabulary_find_sentence (vocabulary, d, p, span->start));
              candidate.date_start = date->start;
              candidate.date_end = date->end;
              candidate.date = date->value;
              if (candidate.date.precision == DOSSIER_PRECISION_MINUTE)
                candidate.date.precision = DOSSIER_PRECISION_DAY;
              candidate.dated = TRUE;
              g_array_append_val (candidates, candidate);
              previous_candidate = candidates->len - 1;
            }

          if (sentence_date == NULL && previous_date != NULL &&
              inherits_date (paragraph->text + span->start))
            {
              DossierEventCandidate candidate = _dossier_event_candidate_for_sentence (
                d, _dossier_vocabulary_find_sentence (vocabulary, d, p, span->start));

              candidate.date = previous_date->value;
              candidate.dated = TRUE;
              candidate.dating = DOSSIER_DATED_BY_PREVIOUS;
              /* The opener ("At the time") is what dates it. */
              candidate.date_start = span->start;
              candidate.date_end = span->start + inherits_date (paragraph->text + span->start);
              /* It tells of the same happening as the sentence before. */
              candidate.inherits_from = previous_candidate;
              g_array_append_val (candidates, candidate);
            }
          if (!lead_seen && paragraph->kind == DOSSIER_PARAGRAPH_BODY)
            {
              DossierEventSentence *sentence = _dossier_vocabulary_find_sentence (vocabulary, d, p, span->start);

              lead_seen = TRUE;
              if (sentence_date == NULL && document->published.precision >= DOSSIER_PRECISION_DAY &&
                  tells_happening (vocabulary, documents, entities, d, sentence))
                {
                  DossierEventCandidate candidate = implicit_candidate (d, sentence, &document->published);

                  g_array_append_val (candidates, candidate);
                  DOSSIER_DEBUG ("events: a%u ¶%u opens with a happening and no date: dated %04d-%02d-%02d, "
                                 "when the article was published", d + 1, p + 1, candidate.date.year,
                                 candidate.date.month, candidate.date.day);
                }
            }
          /* "At the time" reaches back over a paragraph break too. */
          previous_date = sentence_date;
          if (sentence_date == NULL)
            previous_candidate = -1;
        }
    }
}

static void
debug_attached (GPtrArray                   *documents,
                const DossierEventCandidate *undated,
                const DossierEventCandidate *model,
                double                       sim,
                int                          published_day)
{
  g_autofree char *text = _dossier_event_describe_sentence (documents, undated->document, undated->paragraph,
                                                            undated->start, undated->end);
  g_autofree char *event_text = _dossier_event_describe_sentence (documents, model->document, model->paragraph,
                                                                  model->start, model->end);
  g_autofree char *date = dossier_date_to_iso (&model->date);

  g_debug ("events: undated %s joins the event of %s (%s): similarity %.3f ≥ %.2f, published %d days after",
           text, event_text, date, sim, UNDATED_SIMILARITY, published_day - model->last_day);
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
  DossierCandidateLink link = { model_index, candidates->len, DOSSIER_LINK_WORDS | DOSSIER_LINK_TOLD_AFTER,
                                similarity, { -1, -1, -1 }, NULL, NULL };

  undated.date = model->date;
  undated.cluster = model->cluster;
  undated.dated = FALSE;
  undated.dating = DOSSIER_DATED_BY_CONTENT;
  if (entities != NULL)
    _dossier_event_candidates_share_happening (vocabulary, documents, entities, &undated, model, FALSE, &link);
  /* Before the append, which may move @model. */
  if (G_UNLIKELY (dossier_debug_enabled ()))
    debug_attached (documents, &undated, model, similarity, published_day);
  g_array_append_val (links, link);
  g_array_append_val (candidates, undated);
}

/* Sentences without a date that say what an event says, in articles
 * published after it, join it as sources: each such sentence joins the
 * event it is most like, and an event takes from one article only the
 * sentence most like it, and none from an article that dates it itself.
 * Appends them to @candidates, undated, in the cluster they join. */
static void
attach_undated_sentences (DossierVocabulary *vocabulary,
                          GPtrArray         *documents,
                          GPtrArray         *entities,
                          GArray            *candidates,
                          GArray            *links)
{
  DossierEventBlocker blocker = { 0 };
  g_autoptr(GHashTable) cluster_models = g_hash_table_new (NULL, NULL);  /* cluster + 1 → its first candidate */
  g_autofree guint *document_runs = NULL;
  guint n_collected = candidates->len;

  /* Candidates were collected article by article: each article's are a run. */
  document_runs = g_new0 (guint, (documents->len + 1) * 2);
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
      g_autoptr(GHashTable) best_per_cluster = g_hash_table_new_full (NULL, NULL, NULL, g_free);
      /* Sentences that report a happening of the last days by its
       * participants and kind of action: each joins its event, however
       * many an article has, and even in an article that dates the event
       * itself ("The court overturned the ruling. …"). */
      g_autoptr(GArray) reporting = g_array_new (FALSE, FALSE, sizeof (double) * 5);
      g_autoptr(GHashTable) dated_clusters = g_hash_table_new (NULL, NULL);

      if (!dossier_date_is_set (&document->published))
        continue;
      published_day = dossier_date_to_day_number (&document->published);

      g_autoptr(GHashTable) own_sentences = g_hash_table_new (NULL, NULL);

      for (guint c = document_runs[d * 2]; c < document_runs[d * 2 + 1]; c++)
        {
          DossierEventCandidate *candidate = &g_array_index (candidates, DossierEventCandidate, c);
          if (candidate->document == d)
            {
              g_hash_table_add (dated_clusters, GINT_TO_POINTER (candidate->cluster + 1));
              g_hash_table_add (own_sentences,
                                _dossier_vocabulary_find_sentence (vocabulary, d, candidate->paragraph,
                                                                   candidate->start));
            }
        }

      /* When this article dates every cluster there is (always so for an
       * article analysed alone), each candidate below would be skipped:
       * its sentences need not be compared at all. */
      if (g_hash_table_size (dated_clusters) == g_hash_table_size (cluster_models) && documents->len == 1)
        continue;
      /* Made on first use, over the candidates collected before this loop. */
      if (blocker.postings == NULL)
        _dossier_event_blocker_init (&blocker, candidates, n_collected);

      for (guint p = 0; p < document->paragraphs->len; p++)
        {
          DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);

          if (paragraph->kind == DOSSIER_PARAGRAPH_HEADING)
            continue;
          for (guint s = 0; s < paragraph->sentences->len; s++)
            {
              DossierSpan *span = &g_array_index (paragraph->sentences, DossierSpan, s);
              DossierEventSentence *sentence;
              double best_sim = 0;
              int best = -1;
              g_autoptr(GArray) blocked = NULL;

              if (sentence_has_date (document, p, span->start, span->end))
                continue;
              sentence = _dossier_vocabulary_find_sentence (vocabulary, d, p, span->start);
              if (g_hash_table_contains (own_sentences, sentence))
                continue;
              if (sentence->entities->len == 0)
                continue;

              blocked = _dossier_event_blocker_find (vocabulary, &blocker, sentence->terms);
              {
                DossierEventCandidate probe = _dossier_event_candidate_for_sentence (d, sentence);
                double best_reporting_sim = 0;
                int best_reporting = -1;

                for (guint k = 0; k < blocked->len; k++)
                  {
                    guint c = g_array_index (blocked, guint, k);
                    DossierEventCandidate *candidate = &g_array_index (candidates, DossierEventCandidate, c);
                    int first_day, last_day;
                    double sim;
                    gboolean dates_it = g_hash_table_contains (dated_clusters, GINT_TO_POINTER (candidate->cluster + 1));

                    if (candidate->date.precision == DOSSIER_PRECISION_YEAR)
                      continue;
                    first_day = candidate->first_day;
                    last_day = candidate->last_day;
                    if (first_day > published_day || published_day - last_day > UNDATED_REACH_DAYS)
                      continue;
                    /* An event this article dates itself is only reported
                     * again by what it shares, within days. */
                    if (dates_it && (published_day - last_day > REPORTING_REACH_DAYS ||
                                     candidate->date.precision < DOSSIER_PRECISION_DAY))
                      continue;
                    sim = _dossier_event_similarity (vocabulary, sentence->terms, sentence->norm,
                                                     candidate->terms, candidate->norm);
                    if (!dates_it && sim > best_sim)
                      {
                        best_sim = sim;
                        best = c;
                      }
                    if (sim > best_reporting_sim && sim >= LINK_MIN_SIMILARITY &&
                        published_day - last_day <= REPORTING_REACH_DAYS &&
                        candidate->date.precision >= DOSSIER_PRECISION_DAY &&
                        _dossier_event_candidates_share_happening (vocabulary, documents, entities, &probe, candidate,
                                                                   FALSE, NULL))
                      {
                        best_reporting_sim = sim;
                        best_reporting = c;
                      }
                  }
                if (best_reporting >= 0 && (best_sim < UNDATED_SIMILARITY || best_reporting == best) &&
                    !tells_background (paragraph->text + span->start, span->end - span->start))
                  {
                    double record[5] = { best_reporting_sim, p, span->start, span->end, best_reporting };
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
                  double *previous = g_hash_table_lookup (best_per_cluster, GINT_TO_POINTER (cluster + 1));
                  if (previous == NULL || best_sim > previous[0])
                    {
                      double *record = g_new (double, 4);
                      record[0] = best_sim;
                      record[1] = p;
                      record[2] = span->start;
                      record[3] = span->end;
                      g_hash_table_replace (best_per_cluster, GINT_TO_POINTER (cluster + 1), record);
                    }
                }
            }
        }

      {
        GHashTableIter iter;
        gpointer key, value;

        g_hash_table_iter_init (&iter, best_per_cluster);
        while (g_hash_table_iter_next (&iter, &key, &value))
          {
            double *record = value;

            append_undated (vocabulary, documents, NULL, candidates, links, d,
                            _dossier_vocabulary_find_sentence (vocabulary, d, (guint) record[1], (gsize) record[2]),
                            GPOINTER_TO_UINT (g_hash_table_lookup (cluster_models, key)), record[0], published_day);
          }
      }

      for (guint r = 0; r < reporting->len; r++)
        {
          double *record = &g_array_index (reporting, double, r * 5);

          append_undated (vocabulary, documents, entities, candidates, links, d,
                          _dossier_vocabulary_find_sentence (vocabulary, d, (guint) record[1], (gsize) record[2]),
                          (guint) record[4], record[0], published_day);
        }
    }

  _dossier_event_blocker_clear (&blocker);
}

/* Whether @sentence tells what was done: a verb of action in the past
 * ("arrested", "won", "was shut"), where "believes", "remains" and "will
 * meet" tell a state or a plan. */
static gboolean
tells_in_past (DossierVocabulary    *vocabulary,
               GPtrArray            *documents,
               guint                 d,
               DossierEventSentence *sentence)
{
  _dossier_event_sentence_actions (vocabulary, documents, d, sentence);
  return sentence->tells_past;
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
static void
corroborate_undated_happenings (DossierVocabulary *vocabulary,
                                GPtrArray         *documents,
                                GPtrArray         *entities,
                                GArray            *candidates,
                                GArray            *links)
{
  g_autoptr(GHashTable) used = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) extra = g_array_new (FALSE, TRUE, sizeof (DossierEventCandidate));
  g_autoptr(GArray) extra_links = g_array_new (FALSE, TRUE, sizeof (DossierCandidateLink));
  g_autofree guint *parents = NULL;
  DossierEventBlocker blocker = { 0 };
  int next_cluster = 0;
  guint first = candidates->len;

  /* One article corroborates nothing. */
  if (documents->len < 2)
    return;
  for (guint c = 0; c < candidates->len; c++)
    {
      DossierEventCandidate *candidate = &g_array_index (candidates, DossierEventCandidate, c);
      g_hash_table_add (used, _dossier_vocabulary_find_sentence (vocabulary, candidate->document,
                                                                 candidate->paragraph, candidate->start));
      next_cluster = MAX (next_cluster, candidate->cluster + 1);
    }

  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);
      int published_day;

      if (document->published.precision < DOSSIER_PRECISION_DAY)
        continue;
      published_day = dossier_date_to_day_number (&document->published);
      for (guint p = 0; p < document->paragraphs->len; p++)
        {
          DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);

          if (paragraph->kind != DOSSIER_PARAGRAPH_BODY)
            continue;
          for (guint s = 0; s < paragraph->sentences->len; s++)
            {
              DossierSpan *span = &g_array_index (paragraph->sentences, DossierSpan, s);
              DossierEventSentence *sentence;
              DossierEventCandidate candidate;
              const char *first_char = paragraph->text + span->start;

              if (sentence_has_date (document, p, span->start, span->end))
                continue;
              sentence = _dossier_vocabulary_find_sentence (vocabulary, d, p, span->start);
              if (g_hash_table_contains (used, sentence) || sentence->entities->len == 0)
                continue;
              /* Words in quotation marks are what someone said. */
              if (*first_char == '"' || g_str_has_prefix (first_char, "“") || g_str_has_prefix (first_char, "‘"))
                continue;
              if (tells_background (first_char, span->end - span->start) ||
                  !tells_happening (vocabulary, documents, entities, d, sentence) ||
                  !tells_in_past (vocabulary, documents, d, sentence))
                continue;
              candidate = implicit_candidate (d, sentence, &document->published);
              candidate.first_day = candidate.last_day = published_day;
              g_array_append_val (extra, candidate);
            }
        }
    }
  DOSSIER_DEBUG ("events: %u undated sentences tell a happening no event took", extra->len);
  if (extra->len < 2)
    return;

  parents = g_new (guint, extra->len);
  for (guint i = 0; i < extra->len; i++)
    parents[i] = i;
  _dossier_event_blocker_init (&blocker, extra, extra->len);
  for (guint i = 0; i < extra->len; i++)
    {
      DossierEventCandidate *a = &g_array_index (extra, DossierEventCandidate, i);
      g_autoptr(GArray) blocked = _dossier_event_blocker_find (vocabulary, &blocker, a->terms);

      for (guint k = 0; k < blocked->len; k++)
        {
          guint j = g_array_index (blocked, guint, k);
          DossierEventCandidate *b = &g_array_index (extra, DossierEventCandidate, j);
          DossierCandidateLink link = { first + i, first + j, DOSSIER_LINK_DATE, 0, { -1, -1, -1 }, NULL, NULL };
          guint root_a, root_b;

          if (j <= i || a->document == b->document || ABS (a->first_day - b->first_day) > CORROBORATION_REACH_DAYS)
            continue;
          link.similarity = _dossier_event_similarity (vocabulary, a->terms, a->norm, b->terms, b->norm);
          if (link.similarity < LINK_MIN_SIMILARITY ||
              !_dossier_event_candidates_share_happening (vocabulary, documents, entities, a, b, FALSE, &link))
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

  /* A group of one article's sentences only is no corroboration. */
  {
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
          continue;
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

static int
compare_sources (gconstpointer a,
                 gconstpointer b)
{
  const DossierEventSource *sa = a, *sb = b;

  if (sa->document != sb->document)
    return sa->document < sb->document ? -1 : 1;
  if (sa->paragraph != sb->paragraph)
    return sa->paragraph < sb->paragraph ? -1 : 1;
  return sa->start < sb->start ? -1 : sa->start > sb->start;
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const DossierEventRecord *ea = *(const DossierEventRecord * const *) a;
  const DossierEventRecord *eb = *(const DossierEventRecord * const *) b;
  int by_date = dossier_date_compare (&ea->date, &eb->date);
  const DossierEventSource *sa, *sb;

  if (by_date != 0)
    return by_date;
  sa = &g_array_index (ea->sources, DossierEventSource, 0);
  sb = &g_array_index (eb->sources, DossierEventSource, 0);
  return compare_sources (sa, sb);
}

/* The index in @event's (sorted) sources of candidate @c's sentence. */
static guint
source_of (DossierEventRecord          *event,
           const DossierEventCandidate *candidate)
{
  DossierEventSource key = { candidate->document, candidate->paragraph, candidate->start };
  guint low = 0, high = event->sources->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (compare_sources (&g_array_index (event->sources, DossierEventSource, middle), &key) < 0)
        low = middle + 1;
      else
        high = middle;
    }
  return low;
}

/* The joins of @links (of DossierCandidateLink) within the cluster of
 * @members become @event's links, between its sources. */
static void
add_links (DossierEventRecord *event,
           GArray             *candidates,
           GArray             *members,
           GArray             *links)
{
  int cluster;

  event->links = g_array_new (FALSE, TRUE, sizeof (DossierEventLink));
  if (links == NULL || members->len < 2)
    return;
  cluster = g_array_index (candidates, DossierEventCandidate, g_array_index (members, guint, 0)).cluster;
  for (guint k = 0; k < links->len; k++)
    {
      const DossierCandidateLink *found = &g_array_index (links, DossierCandidateLink, k);
      const DossierEventCandidate *a = &g_array_index (candidates, DossierEventCandidate, found->a);
      const DossierEventCandidate *b = &g_array_index (candidates, DossierEventCandidate, found->b);
      DossierEventLink link = { 0 };

      if (a->cluster != cluster || b->cluster != cluster)
        continue;
      link.source_a = source_of (event, a);
      link.source_b = source_of (event, b);
      if (link.source_a == link.source_b)
        continue;
      link.reasons = found->reasons;
      link.similarity = found->similarity;
      memcpy (link.entities, found->entities, sizeof link.entities);
      link.action_a = g_strdup (found->action_a);
      link.action_b = g_strdup (found->action_b);
      g_array_append_val (event->links, link);
    }
}

/* The event of one cluster: @members (of guint) are its candidates'
 * indices in @candidates. */
static DossierEventRecord *
make_event (DossierVocabulary       *vocabulary,
            GPtrArray               *documents,
            GPtrArray               *entities,
            DossierEntityRecognizer *recognizer,
            GArray                  *candidates,
            GArray                  *members,
            GArray                  *links)
{
  DossierEventRecord *event = g_new0 (DossierEventRecord, 1);
  g_autoptr(GHashTable) entity_counts = g_hash_table_new (NULL, NULL);
  DossierEventCandidate *representative = NULL;
  double best_centrality = -1;
  gboolean implicit_date = FALSE;
  gboolean has_stated_date = FALSE;

  for (guint i = 0; i < members->len; i++)
    {
      DossierEventCandidate *candidate = &g_array_index (candidates, DossierEventCandidate,
                                                         g_array_index (members, guint, i));
      has_stated_date |= candidate->dated && candidate->dating != DOSSIER_DATED_IMPLICITLY;
    }

  event->entities = g_array_new (FALSE, FALSE, sizeof (int));
  event->sources = g_array_new (FALSE, FALSE, sizeof (DossierEventSource));

  for (guint i = 0; i < members->len; i++)
    {
      DossierEventCandidate *candidate = &g_array_index (candidates, DossierEventCandidate,
                                                         g_array_index (members, guint, i));
      DossierEventSource source = { candidate->document, candidate->paragraph, candidate->start,
                                    candidate->end, candidate->date_start, candidate->date_end,
                                    candidate->dating };
      double centrality = 0;
      gboolean duplicate = FALSE;

      /* The most precise date the sources state; one only implied by a
       * publication day when none is stated. */
      if (candidate->dated &&
          (!dossier_date_is_set (&event->date) ||
           (implicit_date && candidate->dating != DOSSIER_DATED_IMPLICITLY) ||
           ((candidate->dating != DOSSIER_DATED_IMPLICITLY || implicit_date) &&
            (candidate->date.precision > event->date.precision ||
             (candidate->date.precision == event->date.precision &&
              dossier_date_compare (&candidate->date, &event->date) < 0)))))
        {
          event->date = candidate->date;
          implicit_date = candidate->dating == DOSSIER_DATED_IMPLICITLY;
        }

      for (guint k = 0; k < event->sources->len && !duplicate; k++)
        {
          DossierEventSource *other = &g_array_index (event->sources, DossierEventSource, k);
          duplicate = other->document == source.document && other->paragraph == source.paragraph &&
                      other->start == source.start;
        }
      if (!duplicate)
        g_array_append_val (event->sources, source);

      for (guint e = 0; e < candidate->entities->len; e++)
        {
          int entity = g_array_index (candidate->entities, int, e);
          g_hash_table_replace (entity_counts, GINT_TO_POINTER (entity + 1),
                                GUINT_TO_POINTER (GPOINTER_TO_UINT (
                                  g_hash_table_lookup (entity_counts, GINT_TO_POINTER (entity + 1))) + 1));
        }

      if (!candidate->dated)
        continue;
      /* A sentence dated only by its article's day tells the event when
       * no source states its date. */
      if (candidate->dating == DOSSIER_DATED_IMPLICITLY && has_stated_date)
        continue;
      for (guint j = 0; j < members->len; j++)
        {
          DossierEventCandidate *other = &g_array_index (candidates, DossierEventCandidate,
                                                         g_array_index (members, guint, j));
          /* Against the sources that state the date: the sentences that
           * only say the same again would pull towards the wordiest. */
          if (other != candidate && other->dated)
            centrality += _dossier_event_similarity (vocabulary, candidate->terms, candidate->norm,
                                                     other->terms, other->norm);
        }
      /* A sentence that opens with its date ("On 16 October, X did
       * Y") is about that date in its main clause: the best summary.
       * Otherwise prefer the shorter of equally central sentences. */
      if (candidate->date_end > candidate->date_start &&
          candidate->date_start - candidate->start <= OPENING_DATE_BYTES && candidate->inherits_from < 0)
        centrality += OPENING_DATE_BONUS;
      /* A sentence that opens with a quotation is about what was said,
       * not about what happened. */
      {
        DossierDocument *holder = g_ptr_array_index (documents, candidate->document);
        DossierParagraph *paragraph = g_ptr_array_index (holder->paragraphs, candidate->paragraph);
        const char *first = paragraph->text + candidate->start;
        if (*first == '"' || g_str_has_prefix (first, "“") || g_str_has_prefix (first, "‘"))
          centrality -= QUOTATION_PENALTY;
      }
      centrality -= (double) (candidate->end - candidate->start) / LENGTH_PENALTY_BYTES;
      if (centrality > best_centrality)
        {
          best_centrality = centrality;
          representative = candidate;
        }
    }

  g_array_sort (event->sources, compare_sources);
  add_links (event, candidates, members, links);

  {
    GHashTableIter entity_iter;
    gpointer key;
    g_hash_table_iter_init (&entity_iter, entity_counts);
    while (g_hash_table_iter_next (&entity_iter, &key, NULL))
      {
        int entity = GPOINTER_TO_INT (key) - 1;
        g_array_append_val (event->entities, entity);
      }
    g_array_sort (event->entities, dossier_compare_int);
  }

  event->summary = _dossier_event_summarise (documents, entities, recognizer, representative);
  return event;
}

void
dossier_events_build (GPtrArray               *documents,
                      GPtrArray               *entities,
                      DossierEntityRecognizer *recognizer,
                      GPtrArray               *events)
{
  DossierVocabulary vocabulary;
  g_autoptr(GArray) candidates = g_array_new (FALSE, TRUE, sizeof (DossierEventCandidate));
  g_autoptr(GArray) links = g_array_new (FALSE, TRUE, sizeof (DossierCandidateLink));
  g_autoptr(GHashTable) clusters = NULL;
  gboolean any_undated = FALSE;

  g_return_if_fail (documents != NULL);
  g_return_if_fail (events != NULL);

  _dossier_vocabulary_init (&vocabulary, documents, recognizer);

  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);
      if (dossier_date_is_set (&document->published))
        collect_candidates (&vocabulary, documents, entities, d, candidates);
      else
        any_undated = TRUE;
    }

  if (any_undated)
    {
      DOSSIER_DEBUG ("events: clustering the dated articles' sentences, to date the undated articles");
      _dossier_event_candidates_cluster (&vocabulary, documents, entities, candidates, NULL);
      _dossier_publication_dates_infer (&vocabulary, documents, entities, candidates);
      /* Every article again: those now dated, and undated ones, which still
       * have absolute dates ("on 3 October 2024"). */
      g_array_set_size (candidates, 0);
      for (guint d = 0; d < documents->len; d++)
        collect_candidates (&vocabulary, documents, entities, d, candidates);
    }

  DOSSIER_DEBUG ("events: clustering the sentences of every article");
  _dossier_event_candidates_cluster (&vocabulary, documents, entities, candidates, links);
  attach_undated_sentences (&vocabulary, documents, entities, candidates, links);
  corroborate_undated_happenings (&vocabulary, documents, entities, candidates, links);

  /* Each cluster becomes an event. */
  clusters = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  for (guint c = 0; c < candidates->len; c++)
    {
      DossierEventCandidate *candidate = &g_array_index (candidates, DossierEventCandidate, c);
      GArray *members = g_hash_table_lookup (clusters, GINT_TO_POINTER (candidate->cluster + 1));
      if (members == NULL)
        {
          members = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (clusters, GINT_TO_POINTER (candidate->cluster + 1), members);
        }
      g_array_append_val (members, c);
    }

  {
    GHashTableIter iter;
    gpointer value;

    g_hash_table_iter_init (&iter, clusters);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      g_ptr_array_add (events, make_event (&vocabulary, documents, entities, recognizer, candidates, value, links));
  }

  g_ptr_array_sort (events, compare_events);

  _dossier_vocabulary_clear (&vocabulary);
}
