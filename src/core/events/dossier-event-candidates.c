/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* What a sentence tells and the candidates each article gives: sentences
 * dated by an expression of their own, by the sentence before ("At the
 * time, …") or, for an article's opening, by its publication day; and the
 * dates that date no happening (datelines, posts, plans, years that
 * describe a thing). */

#include "dossier-event-candidates.h"

#include <string.h>

#include "dossier-action-lexicon.h"
#include "dossier-bytes.h"
#include "dossier-characters.h"
#include "dossier-debug.h"
#include "dossier-entity-resolver.h"
#include "dossier-event-actions.h"
#include "dossier-event-kept-terms.h"
#include "dossier-event-terms.h"
#include "dossier-event-thresholds.h"
#include "dossier-word-lists.h"

gboolean
_dossier_event_sentence_has_date (DossierDocument *document,
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

/* Whether @date is a year written alone ("his 2022 defeat"), no more: not
 * "earlier this year", not "in 2022". */
static gboolean
names_a_year_only (DossierDocument          *document,
                   const DossierDateMention *date)
{
  DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, date->paragraph);

  return dossier_date_is_set (&date->value) && date->value.precision == DOSSIER_PRECISION_YEAR &&
         date->end - date->start == 4 && g_ascii_isdigit (paragraph->text[date->start]);
}

/* Whether @date names, weeks before its article was published, the day of
 * a happening it qualifies ("… nosedived before a March 10 crash", "the
 * Oct. 29 crash"): a day of the story's past, neither a bound nor the day
 * of what the sentence tells. */
static gboolean
names_a_past_happening (DossierDocument          *document,
                        const DossierDateMention *date)
{
  static const char * const determiners[] = { "a ", "an ", "the ", "its ", "their ", "his ", "her " };
  DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, date->paragraph);
  const char *text = paragraph->text;
  gboolean determined = FALSE;

  if (!dossier_date_is_set (&date->value) || date->value.precision < DOSSIER_PRECISION_DAY ||
      document->published.precision < DOSSIER_PRECISION_DAY ||
      dossier_date_to_day_number (&date->value) >
        dossier_date_to_day_number (&document->published) - REPORTING_REACH_DAYS)
    return FALSE;
  if (date->end + 2 > paragraph->len || text[date->end] != ' ' || !g_ascii_islower (text[date->end + 1]))
    return FALSE;
  for (gsize d = 0; d < G_N_ELEMENTS (determiners) && !determined; d++)
    {
      gsize len = strlen (determiners[d]);

      determined = date->start >= len && g_ascii_strncasecmp (text + date->start - len, determiners[d], len) == 0 &&
                   (date->start == len || !g_ascii_isalpha (text[date->start - len - 1]));
    }
  return determined;
}

gboolean
_dossier_event_dates_its_day (DossierDocument *document,
                              guint            paragraph,
                              gsize            start,
                              gsize            end)
{
  for (guint i = _dossier_event_first_date_from (document, paragraph, start); i < document->dates->len; i++)
    {
      const DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, i);

      if (date->paragraph != paragraph || date->start >= end)
        break;
      if (dossier_date_is_set (&date->value) && !names_a_year_only (document, date) &&
          !names_a_past_happening (document, date))
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
gboolean
_dossier_event_is_aside (const char *text,
                         gsize       len)
{
  guint words = 1;

  while (len > 0 && (text[len - 1] == ' ' || text[len - 1] == '.'))
    len--;
  if (len >= 2 && text[0] == '(' && text[len - 1] == ')')
    return TRUE;
  for (gsize i = 0; i < len; i++)
    words += text[i] == ' ';
  return words < 6;
}

/* A list of cues: words of 3 to 13 small letters. */
typedef struct
{
  const char * const *words;
  gsize n;
} Cues;

/* The words that tell a life's story (_dossier_event_tells_life_story ()). */
static const char * const life_story_words[] = {
  "born", "raised", "grew", "studied", "graduated", "undergraduate", "childhood", "background",
};

/* Whether a word of the @len bytes at @text, in any case, is one of the
 * @n_lists lists of @lists (at most 32 cues in all). */
static gboolean
has_word_among (const char *text,
                gsize       len,
                const Cues *lists,
                gsize       n_lists)
{
  const char *cues[32];
  guint32 by_first[26] = { 0 };
  guint n_cues = 0;
  gsize i = 0;

  /* The cues by their first letter, as bits: most words start with none
   * of them, and the others are compared with those that start as they
   * do. */
  for (gsize l = 0; l < n_lists; l++)
    for (gsize c = 0; c < lists[l].n; c++)
      {
        g_assert (n_cues < G_N_ELEMENTS (cues));
        cues[n_cues] = lists[l].words[c];
        by_first[cues[n_cues][0] - 'a'] |= 1u << n_cues;
        n_cues++;
      }
  while (i < len)
    {
      gsize start, n;
      guint32 candidates;

      while (i < len && !g_ascii_isalpha (text[i]))
        i++;
      start = i;
      while (i < len && g_ascii_isalpha (text[i]))
        i++;
      /* The cues have 3 to 13 letters; a word is one where every letter
       * matches and the cue ends with it.  Compared in place; a letter in
       * small letters is itself with the bit 0x20 set. */
      n = i - start;
      if (n < 3 || n > 13)
        continue;
      candidates = by_first[(text[start] | 0x20) - 'a'];
      while (candidates != 0)
        {
          const char *cue = cues[__builtin_ctz (candidates)];
          gsize k = 1;

          candidates &= candidates - 1;
          while (k < n && cue[k] != '\0' && (text[start + k] | 0x20) == cue[k])
            k++;
          if (k == n && cue[k] == '\0')
            return TRUE;
        }
    }
  return FALSE;
}

gboolean
_dossier_event_tells_background (const char *text,
                                 gsize       len)
{
  static const char * const cues[] = { "had", "previously", "earlier", "last", "ago", "before", "former", "formerly" };
  /* Its own cues and a life story's, read in one pass. */
  const Cues lists[] = { { cues, G_N_ELEMENTS (cues) }, { life_story_words, G_N_ELEMENTS (life_story_words) } };

  return has_word_among (text, len, lists, G_N_ELEMENTS (lists));
}

gboolean
_dossier_event_sentence_tells_background (DossierEventSentence *sentence,
                                          const char           *text,
                                          gsize                 len)
{
  g_assert (len == sentence->end - sentence->start);
  if (!(sentence->text_read & DOSSIER_SENTENCE_BACKGROUND_READ))
    {
      const DossierEventKeptTerms *kept = sentence->kept;

      /* Kept under the article's digest: the same text. */
      if (kept != NULL && kept->text_flags != NULL &&
          (kept->text_flags[sentence->kept_index] & DOSSIER_SENTENCE_BACKGROUND_READ))
        sentence->text_read |= kept->text_flags[sentence->kept_index] &
                               (DOSSIER_SENTENCE_BACKGROUND_READ | DOSSIER_SENTENCE_BACKGROUND);
      else
        sentence->text_read |= DOSSIER_SENTENCE_BACKGROUND_READ |
                               (_dossier_event_tells_background (text, len) ? DOSSIER_SENTENCE_BACKGROUND : 0);
    }
  return (sentence->text_read & DOSSIER_SENTENCE_BACKGROUND) != 0;
}

gsize
_dossier_event_sentence_reported_speech (DossierEventSentence *sentence,
                                         const char           *text,
                                         gsize                 len)
{
  g_assert (len == sentence->end - sentence->start);
  if (!(sentence->text_read & DOSSIER_SENTENCE_SPEECH_READ))
    {
      const DossierEventKeptTerms *kept = sentence->kept;

      if (kept != NULL && kept->text_flags != NULL &&
          (kept->text_flags[sentence->kept_index] & DOSSIER_SENTENCE_SPEECH_READ))
        sentence->spoken = kept->spoken[sentence->kept_index];
      else
        sentence->spoken = (guint32) _dossier_event_reported_speech (text, len);
      sentence->text_read |= DOSSIER_SENTENCE_SPEECH_READ;
    }
  return sentence->spoken;
}

void
_dossier_event_sentence_texts_keep (DossierVocabulary *vocabulary)
{
  for (guint k = 0; vocabulary->kept_made != NULL && k < vocabulary->kept_made->len; k++)
    {
      const DossierKeptMade *made = &g_array_index (vocabulary->kept_made, DossierKeptMade, k);
      DossierEventKeptTerms *kept = made->kept;
      GArray *sentences = g_ptr_array_index (vocabulary->sentences, made->document);
      gboolean any = FALSE;

      g_assert (sentences->len == kept->n_sentences);
      for (guint i = 0; i < sentences->len && !any; i++)
        any = g_array_index (sentences, DossierEventSentence, i).text_read != 0;
      /* Another document of the same text may have kept its own. */
      if (!any || kept->text_flags != NULL)
        continue;
      kept->text_flags = g_new0 (guint16, kept->n_sentences + 1);
      kept->spoken = g_new0 (guint32, kept->n_sentences + 1);
      kept->planned_at = g_new0 (guint32, kept->n_sentences + 1);
      kept->planned_len = g_new0 (guint8, kept->n_sentences + 1);
      for (guint i = 0; i < sentences->len; i++)
        {
          const DossierEventSentence *sentence = &g_array_index (sentences, DossierEventSentence, i);

          kept->text_flags[i] = sentence->text_read;
          kept->spoken[i] = sentence->spoken;
          kept->planned_at[i] = sentence->planned_at;
          kept->planned_len[i] = sentence->planned_len;
        }
    }
}

gboolean
_dossier_event_tells_life_story (const char *text,
                                 gsize       len)
{
  const Cues lists[] = { { life_story_words, G_N_ELEMENTS (life_story_words) } };

  return has_word_among (text, len, lists, G_N_ELEMENTS (lists));
}

gsize
_dossier_event_reported_speech (const char *text,
                                gsize       len)
{
  gboolean quoted = FALSE;
  gsize i = 0;

  while (i < len)
    {
      gsize start;

      if ((guchar) text[i] >= 0x80 || text[i] == '"')
        {
          quoted = dossier_quotation_after (g_utf8_get_char (text + i), quoted);
          i = g_utf8_next_char (text + i) - text;
          continue;
        }
      if (!g_ascii_isalpha (text[i]))
        {
          i++;
          continue;
        }
      start = i;
      while (i < len && g_ascii_isalpha (text[i]))
        i++;
      /* In the past: "said", "told", "stated", "warned"; not "says". */
      if (!quoted && i - start >= 4 && g_ascii_islower (text[start]) &&
          (strncmp (text + i - 2, "ed", 2) == 0 || (i - start == 4 && strncmp (text + start, "said", 4) == 0) ||
           (i - start == 4 && strncmp (text + start, "told", 4) == 0) ||
           (i - start == 5 && strncmp (text + start, "wrote", 5) == 0)) &&
          dossier_word_list_contains (&dossier_words_person_verbs, text + start, i - start))
        return i;
    }
  return 0;
}

/* Whether the opening sentence of an article tells a happening: a verb
 * of one ("The court overturned the ruling", "fired", "won"), or an
 * action named with a person or an organisation ("Marstrand's ouster");
 * and it asks nothing. */
/* What @sentence's words alone tell of a happening: its
 * DOSSIER_SENTENCE_HAPPENING_READ bit and those it sets, read once and
 * kept with its article's terms.  The undated sentences corroborated ask
 * it of every sentence no event took, at every analysis: the actions of
 * each (put back from the kept words: an array and a look-up per word)
 * were only read for these bits. */
static guint16
happening_told (DossierVocabulary    *vocabulary,
                GPtrArray            *documents,
                guint                 d,
                DossierEventSentence *sentence)
{
  if (!(sentence->text_read & DOSSIER_SENTENCE_HAPPENING_READ))
    {
      const DossierEventKeptTerms *kept = sentence->kept;
      const guint16 bits = DOSSIER_SENTENCE_HAPPENING_READ | DOSSIER_SENTENCE_VERBAL_ACTION | DOSSIER_SENTENCE_ACTION |
                           DOSSIER_SENTENCE_PAST;

      /* Kept under the article's digest: the same text. */
      if (kept != NULL && kept->text_flags != NULL &&
          (kept->text_flags[sentence->kept_index] & DOSSIER_SENTENCE_HAPPENING_READ))
        sentence->text_read |= kept->text_flags[sentence->kept_index] & bits;
      else
        {
          DossierDocument *document = g_ptr_array_index (documents, d);
          DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, sentence->paragraph);
          DossierSpan span = { sentence->start, sentence->end };
          guint16 told = DOSSIER_SENTENCE_HAPPENING_READ;

          /* A question, a programme note: no happening, whatever its
           * actions. */
          if (!(sentence->end > sentence->start && paragraph->text[sentence->end - 1] == '?') &&
              !_dossier_event_sentence_has_programme_note (sentence, paragraph->text, &span))
            {
              GPtrArray *actions = _dossier_event_sentence_actions (vocabulary, documents, d, sentence);

              for (guint a = 0; a < actions->len; a++)
                if (((const DossierActionWord *) g_ptr_array_index (actions, a))->verbal)
                  told |= DOSSIER_SENTENCE_VERBAL_ACTION;
              if (actions->len > 0)
                told |= DOSSIER_SENTENCE_ACTION;
              if (sentence->tells_past)
                told |= DOSSIER_SENTENCE_PAST;
            }
          sentence->text_read |= told;
        }
    }
  return sentence->text_read;
}

gboolean
_dossier_event_tells_happening (DossierVocabulary    *vocabulary,
                                GPtrArray            *documents,
                                GPtrArray            *entities,
                                guint                 d,
                                DossierEventSentence *sentence)
{
  guint16 told = happening_told (vocabulary, documents, d, sentence);

  if (told & DOSSIER_SENTENCE_VERBAL_ACTION)
    return TRUE;
  return (told & DOSSIER_SENTENCE_ACTION) && _dossier_event_sentence_names_actor (entities, sentence);
}

gboolean
_dossier_event_tells_happening_in_past (DossierVocabulary    *vocabulary,
                                        GPtrArray            *documents,
                                        GPtrArray            *entities,
                                        guint                 d,
                                        DossierEventSentence *sentence)
{
  guint16 told = happening_told (vocabulary, documents, d, sentence);

  /* Told in the past only where its actions were read: with none, it
   * tells no happening either. */
  return _dossier_event_tells_happening (vocabulary, documents, entities, d, sentence) &&
         (told & DOSSIER_SENTENCE_PAST) != 0;
}

gboolean
_dossier_event_sentence_names_actor (GPtrArray            *entities,
                                     DossierEventSentence *sentence)
{
  for (guint e = 0; e < sentence->entities->len; e++)
    {
      int entity = g_array_index (sentence->entities, int, e);
      const DossierEntityRecord *record = entity >= 0 && (guint) entity < entities->len
                                          ? g_ptr_array_index (entities, entity) : NULL;

      if (record != NULL && record->type != DOSSIER_ENTITY_PLACE)
        return TRUE;
    }
  return FALSE;
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

/* Whether the year at @start follows "of" after a word that names an
 * action ("their triumphs of 1995", "the floods of 2011"), or "and" after
 * such a year ("of 1995 and 2007"). */
static gboolean
names_action_before_of (const char *text,
                        gsize       limit,
                        gsize       start)
{
  gsize end, word;
  guint32 classes[DOSSIER_ACTION_MAX_CLASSES];

  if (start >= limit + 9 && strncmp (text + start - 5, " and ", 5) == 0 && g_ascii_isdigit (text[start - 6]) &&
      g_ascii_isdigit (text[start - 9]) && (start - 9 == limit || !g_ascii_isalnum (text[start - 10])))
    return names_action_before_of (text, limit, start - 9);
  if (start < limit + 5 || strncmp (text + start - 4, " of ", 4) != 0)
    return FALSE;
  end = start - 4;
  word = end;
  while (word > limit && g_ascii_isalpha (text[word - 1]))
    word--;
  return end - word >= 3 && g_ascii_islower (text[word]) &&
         dossier_action_classes_find (text + word, end - word, &dossier_words_not_actions, classes, NULL) > 0;
}

/* Whether the word before @start (not before @limit) is a determiner or
 * a possessive: "the 2022 election", "his 2022 election defeat",
 * "Brazil's 2022 vote", "Nigeria's hotly contested 2023 vote" name a
 * thing the sentence speaks of, while the sentence's own happening is
 * another ("… were convicted over his 2022 election defeat") — unless a
 * verb in the past or in "-ing" tells of the thing itself. */
static gboolean
after_determiner (const char *text,
                  gsize       limit,
                  gsize       start)
{
  gsize end = start, word;

  while (end > limit && text[end - 1] == ' ')
    end--;
  if (end == start || end == limit)
    return FALSE;
  /* "Nigeria's hotly contested 2023 elections": up to two words that
   * qualify the thing ("-ly", "-ed") stand between. */
  for (guint w = 0; w < 2; w++)
    {
      gsize word_start = end;

      while (word_start > limit && (g_ascii_islower (text[word_start - 1]) || text[word_start - 1] == '-'))
        word_start--;
      if (end - word_start < 5 || word_start == limit || text[word_start - 1] != ' ' ||
          !(strncmp (text + end - 2, "ly", 2) == 0 || strncmp (text + end - 2, "ed", 2) == 0))
        break;
      for (end = word_start; end > limit && text[end - 1] == ' '; end--)
        ;
    }
  if (end >= limit + 2 && text[end - 2] == '\'' && text[end - 1] == 's')
    return TRUE;
  if (end >= limit + 4 && strncmp (text + end - 4, "’s", strlen ("’s")) == 0)
    return TRUE;
  word = end;
  while (word > limit && g_ascii_isalpha (text[word - 1]))
    word--;
  if (word == end || !dossier_word_list_contains_any_case (&dossier_words_determiners, text + word, end - word))
    return FALSE;
  /* "… after he lost the 2022 election", "after losing the 2022 race":
   * a verb that tells of the thing itself dates it. */
  end = word;
  while (end > limit && text[end - 1] == ' ')
    end--;
  word = end;
  while (word > limit && g_ascii_isalpha (text[word - 1]))
    word--;
  if (word < end)
    {
      guint32 classes[DOSSIER_ACTION_MAX_CLASSES];
      gboolean verbal = FALSE;
      gboolean told = dossier_action_is_past_form (text + word, end - word) ||
                      (end - word > 5 && strncmp (text + end - 3, "ing", 3) == 0);

      if (told && dossier_action_classes_find (text + word, end - word, &dossier_words_not_actions, classes, &verbal) > 0)
        return FALSE;
    }
  return TRUE;
}

/* Whether the bytes [@start, @end) of @span lie in an apposition after a
 * name: between a comma that follows a capitalised word and the next
 * comma, the words opening on a possessive ("Bolsonaro's former …") or a
 * determiner ("the party's leader …", "a former minister …"). */
static gboolean
in_apposition (const char        *text,
               const DossierSpan *span,
               gsize              start,
               gsize              end)
{
  gsize open = start, close = end, word = 0, word_end;
  gsize name;

  while (open > span->start && text[open - 1] != ',')
    open--;
  while (close < span->end && text[close] != ',')
    close++;
  if (open <= span->start + 1 || close >= span->end || text[open] != ' ')
    return FALSE;
  /* The name before the comma. */
  for (name = open - 1; name > span->start && g_ascii_isalpha (text[name - 1]); name--)
    ;
  if (!g_ascii_isupper (text[name]))
    return FALSE;
  word = open + 1;
  for (word_end = word; word_end < start && (g_ascii_isalpha (text[word_end]) || (guchar) text[word_end] >= 0x80 ||
                                             text[word_end] == '\''); word_end++)
    ;
  if (word_end == word)
    return FALSE;
  if ((word_end - word > 2 && text[word_end - 2] == '\'' && text[word_end - 1] == 's') ||
      (word_end - word > 4 && strncmp (text + word_end - 4, "’s", strlen ("’s")) == 0))
    return TRUE;
  return dossier_word_list_contains_any_case (&dossier_words_determiners, text + word, word_end - word);
}

/* The longest date alone: "Wednesday, 30 September 2026". */
#define DATE_ALONE_BYTES 48

/* Whether the @len bytes at @word are a weekday's name, in any case. */
static gboolean
is_weekday_name (const char *word,
                 gsize       len)
{
  static const char * const weekdays[] = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                           "sunday" };

  for (gsize w = 0; w < G_N_ELEMENTS (weekdays); w++)
    if (len == strlen (weekdays[w]) && g_ascii_strncasecmp (word, weekdays[w], len) == 0)
      return TRUE;
  return FALSE;
}

/* The words of @span outside @date, a weekday's name not counted. */
static guint
words_besides (const char               *text,
               const DossierSpan        *span,
               const DossierDateMention *date)
{
  guint n = 0;

  for (gsize at = span->start; at < span->end;)
    {
      gsize word = at;

      if (at >= date->start && at < date->end)
        {
          at = date->end;
          continue;
        }
      while (at < span->end && !(at >= date->start && at < date->end) &&
             (g_ascii_isalpha (text[at]) || (guchar) text[at] >= 0x80))
        at++;
      if (at == word)
        {
          at++;
          continue;
        }
      if (!is_weekday_name (text + word, at - word))
        n++;
    }
  return n;
}

/* Whether @span (@lower: its text in small letters) says where in a
 * picture a named person stands: "Angela Merkel, left, François Hollande,
 * centre, …", "Ferdinand Marcos (right) …" — a caption's way. */
static gboolean
says_who_stands_where (const char        *text,
                       const DossierSpan *span,
                       const char        *lower)
{
  static const char * const marks[] = {
    ", left,", ", right,", ", center,", ", centre,", " (left)", " (right)", " (center)", " (centre)",
  };

  /* Most sentences have none of the words. */
  if (strstr (lower, "left") == NULL && strstr (lower, "right") == NULL && strstr (lower, "cent") == NULL)
    return FALSE;
  for (gsize m = 0; m < G_N_ELEMENTS (marks); m++)
    for (const char *at = strstr (lower, marks[m]); at != NULL; at = strstr (at + 1, marks[m]))
      {
        gsize word = span->start + (at - lower);

        /* After a name: the word before it is capitalised. */
        while (word > span->start && (g_ascii_isalpha (text[word - 1]) || (guchar) text[word - 1] >= 0x80 ||
                                      text[word - 1] == '-' || text[word - 1] == '.'))
          word--;
        if (word < span->start + (at - lower) && g_ascii_isupper (text[word]))
          return TRUE;
      }
  return FALSE;
}

/* Whether [@start, @end) closes, in the agencies' form, on the picture's
 * place and day with no word between: "…, in Hong Kong, China, May 11,
 * 2021", "… north of Seoul August 20, 2012" — where a report would write
 * "on May 11". */
static gboolean
closes_on_a_picture_day (const char *text,
                         gsize       start,
                         gsize       end)
{
  static const char * const months[] = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.",
  };
  gsize at = end, word;
  guint digits = 0;

  /* ", 2021" */
  if (at < start + 24)
    return FALSE;
  for (guint k = 0; k < 4; k++)
    if (!g_ascii_isdigit (text[--at]))
      return FALSE;
  if (g_ascii_isdigit (text[at - 1]) || text[at - 1] != ' ' || text[at - 2] != ',')
    return FALSE;
  at -= 2;
  /* " 11" */
  while (at > start && g_ascii_isdigit (text[at - 1]) && digits < 3)
    {
      at--;
      digits++;
    }
  if (digits == 0 || digits > 2 || text[at - 1] != ' ')
    return FALSE;
  at--;
  /* "May" */
  word = at;
  while (word > start && (g_ascii_isalpha (text[word - 1]) || text[word - 1] == '.'))
    word--;
  {
    gboolean month = FALSE;

    for (gsize m = 0; m < G_N_ELEMENTS (months) && !month; m++)
      month = at - word == strlen (months[m]) && strncmp (text + word, months[m], at - word) == 0;
    if (!month)
      return FALSE;
  }
  /* "China, " or "Seoul ": a capitalised word right before it. */
  at = word;
  if (at > start + 1 && text[at - 1] == ' ' && text[at - 2] == ',')
    at -= 2;
  else if (at > start && text[at - 1] == ' ')
    at--;
  else
    return FALSE;
  word = at;
  while (word > start && (g_ascii_isalpha (text[word - 1]) || (guchar) text[word - 1] >= 0x80 || text[word - 1] == '-'))
    word--;
  if (word == at || !g_ascii_isupper (text[word]))
    return FALSE;
  /* "… on Sunday, May 11, 2025" is a report's day. */
  return !is_weekday_name (text + word, at - word);
}

/* Whether @span (@lower: its text in small letters) is a photo's
 * caption: "… in this photo taken by …", or
 * in the agencies' form, a picture's day and place closing it ("A woman
 * prays at the site … on July 08, 2022 in Nara, Japan.").  What it dates
 * is when the picture was taken. */
static gboolean
is_caption (const char        *text,
            const DossierSpan *span,
            const char        *lower)
{
  /* What follows "in this " in a caption ("in this photo", "in this file
   * photo", "in this screen grab" …). */
  static const char * const pictures[] = {
    "photo", "picture", "image", "handout", "file photo", "screen grab", "still",
  };
  gsize end = span->end;
  guint capitalised = 0;

  while (end > span->start && (text[end - 1] == ' ' || text[end - 1] == '.'))
    end--;
  /* "…, 2022 in Nara, Japan": back over capitalised words and one comma
   * to " in " after a year. */
  for (gsize at = end; at > span->start;)
    {
      gsize word = at;

      while (word > span->start && (g_ascii_isalpha (text[word - 1]) || (guchar) text[word - 1] >= 0x80 ||
                                    text[word - 1] == '-'))
        word--;
      if (word == at)
        break;
      if (g_ascii_isupper (text[word]))
        {
          capitalised++;
          at = word;
          if (at > span->start + 1 && text[at - 1] == ' ' && text[at - 2] == ',')
            at -= 2;
          else if (at > span->start && text[at - 1] == ' ')
            at--;
          continue;
        }
      if (capitalised > 0 && capitalised <= 6 && at - word == 2 && strncmp (text + word, "in", 2) == 0 &&
          word >= span->start + 6 && text[word - 1] == ' ' && g_ascii_isdigit (text[word - 2]) &&
          g_ascii_isdigit (text[word - 5]))
        return TRUE;
      break;
    }
  /* "… at its store in Seoul, South Korea, September 2, 2016 (Reuters)":
   * the picture's day with its year, then the agency's credit in
   * brackets, closing it. */
  if (end > span->start + 12 && text[end - 1] == ')')
    {
      gsize open = end - 1;

      while (open > span->start && end - open < 40 && text[open] != '(')
        open--;
      if (text[open] == '(' && open >= span->start + 7 && g_ascii_isupper (text[open + 1]) && text[open - 1] == ' ' &&
          g_ascii_isdigit (text[open - 2]) && g_ascii_isdigit (text[open - 3]) && g_ascii_isdigit (text[open - 4]) &&
          g_ascii_isdigit (text[open - 5]) && text[open - 6] == ' ' && text[open - 7] == ',')
        {
          gboolean credit = TRUE;

          for (gsize k = open + 1; k < end - 1 && credit; k++)
            credit = g_ascii_isalpha (text[k]) || text[k] == ' ' || text[k] == '/' || text[k] == '-' ||
                     text[k] == '.' || (guchar) text[k] >= 0x80;
          if (credit)
            return TRUE;
        }
    }
  for (const char *in_this = strstr (lower, "in this "); in_this != NULL; in_this = strstr (in_this + 1, "in this "))
    for (gsize i = 0; i < G_N_ELEMENTS (pictures); i++)
      if (strncmp (in_this + strlen ("in this "), pictures[i], strlen (pictures[i])) == 0)
        return TRUE;
  /* "In this April 13, 2017 photo provided by NASA, …" */
  if (dossier_text_opens_on_the_picture (text + span->start))
    return TRUE;
  return says_who_stands_where (text, span, lower) || closes_on_a_picture_day (text, span->start, end);
}

/* Whether @span of @text ends as a sentence does (dossier_text_ends_as_sentence
 * ()), and not on three dots: a standfirst or a kicker in a paragraph of its
 * own often does not ("Thousands injured, homeless after Haiti quake"), nor
 * a caption cut short ("… as she arrives ..."). */
static gboolean
ends_as_a_sentence (const char        *text,
                    const DossierSpan *span)
{
  gsize end = span->end;

  while (end > span->start && g_ascii_isspace (text[end - 1]))
    end--;
  if (end >= span->start + 3 && strncmp (text + end - 3, "...", 3) == 0)
    return FALSE;
  return dossier_text_ends_as_sentence (text + span->start, end - span->start);
}

/* Whether @span of @text is a photo's caption, as is_caption () reads it. */
static gboolean
span_is_caption (const char        *text,
                 const DossierSpan *span)
{
  g_autofree char *lower = dossier_bytes_ascii_strdown (text + span->start, span->end - span->start);

  return is_caption (text, span, lower);
}

/* Whether @lower (a sentence in small letters) holds a programme note
 * ("will air", "tune in") or tells that someone did not answer the press
 * ("declined to comment", "did not immediately respond to a request for
 * comment": data/words/no-comment-phrases.txt): either way, no
 * happening. */
static gboolean
has_programme_note (const char *lower)
{
  for (guint w = 0; w < dossier_words_programme_notes.n_words; w++)
    if (strstr (lower, dossier_words_programme_notes.words[w]) != NULL)
      return TRUE;
  for (guint w = 0; w < dossier_words_no_comment_phrases.n_words; w++)
    if (strstr (lower, dossier_words_no_comment_phrases.words[w]) != NULL)
      return TRUE;
  return FALSE;
}

/* What the text of @sentence (@span of @text) alone tells of its dates:
 * @read_bit and @told_bit of its text_read, @read () of its text in small
 * letters (*@lower, made where NULL) where neither this analysis nor the
 * one that kept its article's terms read it.  Every date of a sentence
 * asks, in every collection of the analysis's rounds. */
static gboolean
sentence_text_tells (DossierEventSentence *sentence,
                     const char           *text,
                     const DossierSpan    *span,
                     char                **lower,
                     guint16               read_bit,
                     guint16               told_bit)
{
  g_assert (sentence->start == span->start && sentence->end == span->end);
  if (!(sentence->text_read & read_bit))
    {
      const DossierEventKeptTerms *kept = sentence->kept;
      gboolean told;

      /* Kept under the article's digest: the same text. */
      if (kept != NULL && kept->text_flags != NULL && (kept->text_flags[sentence->kept_index] & read_bit))
        told = (kept->text_flags[sentence->kept_index] & told_bit) != 0;
      else
        {
          if (*lower == NULL)
            *lower = dossier_bytes_ascii_strdown (text + span->start, span->end - span->start);
          told = read_bit == DOSSIER_SENTENCE_CAPTION_READ ? is_caption (text, span, *lower)
                                                           : has_programme_note (*lower);
        }
      sentence->text_read |= read_bit | (told ? told_bit : 0);
    }
  return (sentence->text_read & told_bit) != 0;
}

gboolean
_dossier_event_sentence_is_caption (DossierEventSentence *sentence,
                                    const char           *text,
                                    const DossierSpan    *span)
{
  g_autofree char *lower = NULL;

  return sentence_text_tells (sentence, text, span, &lower, DOSSIER_SENTENCE_CAPTION_READ,
                              DOSSIER_SENTENCE_CAPTION);
}

gboolean
_dossier_event_sentence_has_programme_note (DossierEventSentence *sentence,
                                            const char           *text,
                                            const DossierSpan    *span)
{
  g_autofree char *lower = NULL;

  return sentence_text_tells (sentence, text, span, &lower, DOSSIER_SENTENCE_NOTE_READ, DOSSIER_SENTENCE_NOTE);
}

/* Whether @date is a year after "since" that bounds a record: "the most
 * consecutive wins since 2000", "the first time since 1999" — the year of
 * the comparison, not of a happening. */
static gboolean
bounds_a_record (const char               *text,
                 const DossierSpan        *span,
                 const DossierDateMention *date)
{
  static const char * const records[] = {
    "most", "first", "highest", "lowest", "longest", "shortest", "best", "worst", "biggest", "largest",
    "smallest", "strongest", "weakest", "deadliest", "fewest", "least", "last",
  };
  g_autofree char *before = NULL;

  if (date->end - date->start < 10 || g_ascii_strncasecmp (text + date->start, "since ", 6) != 0)
    return FALSE;
  before = dossier_bytes_ascii_strdown (text + span->start, date->start - span->start);
  for (gsize r = 0; r < G_N_ELEMENTS (records); r++)
    {
      const char *at = g_strrstr (before, records[r]);
      gsize len = strlen (records[r]);

      /* The word itself, within some sixty bytes of "since". */
      if (at != NULL && (at == before || !g_ascii_isalpha (at[-1])) && !g_ascii_isalpha (at[len]) &&
          strlen (at) <= 60)
        return TRUE;
    }
  return FALSE;
}

/* Whether the word at @word (up to a space) ends in "ing". */
static gboolean
ends_in_ing (const char *word)
{
  gsize len = strcspn (word, " ");

  return len > 4 && strncmp (word + len - 3, "ing", 3) == 0;
}

/* Whether @date is a day something was done before: "negotiations took
 * place over the weekend ahead of the markets opening on Monday", "with
 * the clock ticking towards the markets reopening on Monday" — a few
 * words after "ahead of", "before" or "towards", in the same clause. */
static gboolean
is_a_deadline (const char               *text,
               const DossierSpan        *span,
               const DossierDateMention *date)
{
  static const char * const bounds[] = { "ahead of ", "before ", "towards ", "toward " };
  gsize from = date->start > span->start + 60 ? date->start - 60 : span->start;
  g_autofree char *before = dossier_bytes_ascii_strdown (text + from, date->start - from);

  for (gsize b = 0; b < G_N_ELEMENTS (bounds); b++)
    {
      const char *at = g_strrstr (before, bounds[b]);
      guint words = 0;

      if (at == NULL || (at > before && g_ascii_isalpha (at[-1])))
        continue;
      /* Up to six words between, and no comma or dash that ends the
       * clause. */
      for (const char *c = at + strlen (bounds[b]); *c != '\0'; c++)
        {
          if (*c == ',' || *c == ';' || (guchar) *c >= 0x80)
            {
              words = 99;
              break;
            }
          if (*c == ' ')
            words++;
        }
      /* One word alone names a time or a place the happening was before
       * ("capsized before shore on Thursday", "left before dawn on
       * Monday"), not one to come — unless it is one ("before voting on
       * Sunday") or opens it ("before a March 10 crash"). */
      if (words == 1 && !ends_in_ing (at + strlen (bounds[b])) &&
          !dossier_word_list_contains_any_case (&dossier_words_determiners, at + strlen (bounds[b]),
                                                strcspn (at + strlen (bounds[b]), " ")))
        continue;
      if (words <= 6)
        return TRUE;
    }
  return FALSE;
}

/* Whether @date is one of two years a change is measured between: "from
 * 1.7 million barrels a day in 2020 to 2 million in 2025" — a figure's
 * years, not a happening's. */
static gboolean
in_a_change (DossierDocument          *document,
             const char               *text,
             const DossierSpan        *span,
             const DossierDateMention *date)
{
  const DossierDateMention *first = NULL, *second = NULL;
  g_autofree char *lower = NULL;
  const char *from, *to;

  for (guint i = _dossier_event_first_date_from (document, date->paragraph, span->start); i < document->dates->len;
       i++)
    {
      const DossierDateMention *other = &g_array_index (document->dates, DossierDateMention, i);

      if (other->paragraph != date->paragraph || other->start >= span->end)
        break;
      if (other->start < span->start || other->relative || other->value.precision != DOSSIER_PRECISION_YEAR)
        continue;
      if (first == NULL)
        first = other;
      else if (second == NULL)
        second = other;
    }
  if (first == NULL || second == NULL || (date != first && date != second))
    return FALSE;
  /* A span of years ("the war in Bosnia from 1992 until 1995"): a
   * state's time, not a happening's. */
  if (first->end - first->start == 9 && g_ascii_strncasecmp (text + first->start, "from ", 5) == 0 &&
      second->start == first->end + 1 &&
      (g_ascii_strncasecmp (text + second->start, "until ", 6) == 0 ||
       g_ascii_strncasecmp (text + second->start, "till ", 5) == 0 ||
       g_ascii_strncasecmp (text + second->start, "to ", 3) == 0))
    return TRUE;
  lower = dossier_bytes_ascii_strdown (text + span->start, second->start - span->start);
  from = strstr (lower, " from ");
  to = g_strrstr (lower, " to ");
  return from != NULL && to != NULL && from < lower + (first->start - span->start) &&
         to >= lower + (first->end - span->start);
}

/* Whether @date lies in a quotation: opened before it in its sentence
 * @span, or in an earlier sentence ("… The countdown to Dec. 25 is on," he
 * tweeted) as the document's quotes tell. */
static gboolean
in_quotation (DossierDocument          *document,
              DossierParagraph         *paragraph,
              const DossierSpan        *span,
              const DossierDateMention *date)
{
  gboolean quoted = FALSE;

  for (const char *c = paragraph->text + span->start; c < paragraph->text + date->start; c = g_utf8_next_char (c))
    quoted = dossier_quotation_after (g_utf8_get_char (c), quoted);
  for (guint q = 0; q < document->quotes->len && !quoted; q++)
    {
      const DossierQuote *quote = &g_array_index (document->quotes, DossierQuote, q);

      quoted = g_ptr_array_index (document->paragraphs, quote->paragraph) == paragraph &&
               quote->start <= date->start && quote->end >= date->end;
    }
  return quoted;
}

gboolean
_dossier_event_in_capitals (const char *text,
                            gsize       len)
{
  gboolean letters = FALSE;

  for (gsize c = 0; c < len; c++)
    {
      if (g_ascii_isupper (text[c]))
        letters = TRUE;
      else if (text[c] != ' ' && text[c] != '.' && text[c] != '-' && text[c] != '\'')
        return FALSE;
    }
  return letters;
}

/* Whether the @len bytes at @text, after a date that opens its sentence,
 * are a dash and names alone, as a schedule lists its dates: no word in
 * small letters but "at", "of", "the", "and", "in", "on" and "de". */
static gboolean
is_schedule_line (const char *text,
                  gsize       len)
{
  static const char * const small[] = { "at", "of", "the", "and", "in", "on", "de" };
  gsize at = 0;

  while (at < len && text[at] == ' ')
    at++;
  if (at < len && text[at] == '-')
    while (at < len && text[at] == '-')
      at++;
  else if (at + strlen ("–") <= len && (strncmp (text + at, "–", strlen ("–")) == 0 ||
                                        strncmp (text + at, "—", strlen ("—")) == 0))
    at += strlen ("–");
  else
    return FALSE;
  while (at < len)
    {
      gsize word = at;
      gboolean known = FALSE;

      while (at < len && g_ascii_isalpha (text[at]))
        at++;
      if (at > word && g_ascii_islower (text[word]))
        {
          for (gsize k = 0; k < G_N_ELEMENTS (small) && !known; k++)
            known = at - word == strlen (small[k]) && strncmp (text + word, small[k], at - word) == 0;
          if (!known)
            return FALSE;
        }
      if (at == word)
        at++;
    }
  return TRUE;
}

/* Whether paragraph @p of @document is a photo's caption, read from its
 * text and the next paragraph's. */
static gboolean
paragraph_reads_as_caption (DossierDocument *document,
                            guint            p)
{
  const DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);
  const DossierParagraph *next;

  if (dossier_paragraph_find_photo_credit (paragraph) < paragraph->len)
    return TRUE;
  /* The agencies' mark of an archive picture opens its caption: "FILE -
   * Myanmar's leader … leaves the court …", "FILE PHOTO: …". */
  if (paragraph->text[0] == 'F' && strncmp (paragraph->text, "FILE ", 5) == 0 &&
      (g_str_has_prefix (paragraph->text + 5, "- ") || g_str_has_prefix (paragraph->text + 5, "– ") ||
       g_str_has_prefix (paragraph->text + 5, "— ") || g_str_has_prefix (paragraph->text + 5, "PHOTO")))
    return TRUE;
  /* The picture's description over its caption, which repeats it with
   * the credit ("Rajoy applauded in the Senate." over "Rajoy applauded in
   * the Senate. / Agencies"). */
  if (p + 1 >= document->paragraphs->len)
    return FALSE;
  next = g_ptr_array_index (document->paragraphs, p + 1);
  return paragraph->len >= 16 && paragraph->len < next->len &&
         strncmp (next->text, paragraph->text, paragraph->len) == 0 &&
         dossier_paragraph_find_photo_credit (next) < next->len;
}

/* Read once per paragraph and kept with it (its text_read bits): every
 * step of the events asks of each paragraph it walks (116,000 asks in a
 * correction of 2,000 articles, each searching the paragraph for a
 * photographer's credit), and the next analysis's copy of the document
 * keeps the answer. */
gboolean
_dossier_event_paragraph_is_caption (DossierDocument *document,
                                     guint            p)
{
  DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);

  if (!(paragraph->text_read & DOSSIER_PARAGRAPH_CAPTION_READ))
    paragraph->text_read |= DOSSIER_PARAGRAPH_CAPTION_READ |
                            (paragraph_reads_as_caption (document, p) ? DOSSIER_PARAGRAPH_CAPTION : 0);
  return (paragraph->text_read & DOSSIER_PARAGRAPH_CAPTION) != 0;
}

gboolean
_dossier_event_date_bounds_a_plan (const char               *text,
                                   const DossierDateMention *date,
                                   gboolean                  state_only)
{
  /* The first three bound a state ("a term ending November 2024"); all of
   * them a plan's time. */
  static const char * const words[] = { "until", "till", "ending", "by", "through", "before", "for", "to" };
  gsize n = state_only ? 3 : G_N_ELEMENTS (words);
  gsize end = date->start, start;

  /* Opening the expression ("until Monday")… */
  for (gsize k = 0; k < n; k++)
    {
      gsize len = strlen (words[k]);

      if (g_ascii_strncasecmp (text + date->start, words[k], len) == 0 && text[date->start + len] == ' ')
        return TRUE;
    }
  /* … or the word before it ("until July 26, 2030": a full date stands on
   * its own). */
  while (end > 0 && text[end - 1] == ' ')
    end--;
  start = end;
  while (start > 0 && g_ascii_isalpha (text[start - 1]))
    start--;
  for (gsize k = 0; k < n; k++)
    if (end - start == strlen (words[k]) && g_ascii_strncasecmp (text + start, words[k], end - start) == 0)
      return TRUE;
  /* "can exchange the old notes up to November 24" bounds a state too. */
  return end - start == 2 && start >= 3 && g_ascii_strncasecmp (text + start - 3, "up to", 5) == 0 &&
         (start == 3 || !g_ascii_isalpha (text[start - 4]));
}

/* Whether @date ends the sentence @span after "reported" ("…, a TV
 * channel reported on Tuesday."): the day of the report, not
 * necessarily the happening's. */
static gboolean
dated_by_a_report (const char               *text,
                   const DossierSpan        *span,
                   const DossierDateMention *date)
{
  gsize before = date->start, after = date->end;
  static const char reported[] = "reported";

  while (after < span->end && (text[after] == '.' || text[after] == ' ' || text[after] == '"' ||
                               (guchar) text[after] >= 0x80))
    after++;
  if (after < span->end)
    return FALSE;
  while (before > span->start && text[before - 1] == ' ')
    before--;
  return before >= span->start + strlen (reported) &&
         strncmp (text + before - strlen (reported), reported, strlen (reported)) == 0;
}

/* Whether @date, in @span of @paragraph, dates no happening its article
 * reports: the page's own dateline ("Ankara, May 29 – …"), a photo's
 * caption, a year that describes a thing or bounds a plan, a record or a
 * change ("the 2026 election", "until 2060", "since 2000"), a bound still
 * to come ("until October 14"), an embedded post's date ("— A Name
 * (@handle) February 6, 2023"), a plan someone speaks of ("“We will vote
 * on Monday,” she said": inside a quotation and after the article's day),
 * or a programme note ("It will air on Sunday at 6 p.m. ET"). */
/* Whether the @len bytes at @sentence open on the outlet's own reporter
 * ("Our correspondent says …", "Our Middle East editor Jeremy Bowen
 * said …"). */
static gboolean
told_by_our_reporter (const char *sentence,
                      gsize       len)
{
  g_autofree char *lower = NULL;
  const char *word;
  guint words = 0;

  if (len < 8 || strncmp (sentence, "Our ", 4) != 0)
    return FALSE;
  lower = dossier_bytes_ascii_strdown (sentence, MIN (len, 64));
  for (word = lower + 4; *word != '\0' && words < 5; words++)
    {
      const char *end = strchr (word, ' ');
      gsize word_len = end != NULL ? (gsize) (end - word) : strlen (word);

      if (dossier_word_list_contains (&dossier_words_reporter_roles, word, word_len))
        return TRUE;
      if (end == NULL)
        break;
      word = end + 1;
    }
  return FALSE;
}

/* Whether the year at @start ends a name, right after a capitalised word
 * of it ("at Euro 2020", "Tokyo 2020 organisers", "Qatar 2022"): a
 * tournament's or a show's name, which may be held in another year, dates
 * no happening of the sentence. */
static gboolean
ends_a_name (const char *text,
             gsize       sentence_start,
             gsize       start)
{
  gsize end = start, word;

  if (end <= sentence_start + 1 || text[end - 1] != ' ')
    return FALSE;
  end--;
  word = end;
  while (word > sentence_start && g_ascii_isalpha (text[word - 1]))
    word--;
  return end - word >= 2 && g_ascii_isupper (text[word]) && g_ascii_islower (text[word + 1]) &&
         !g_str_has_prefix (text + word, "In ") && !g_str_has_prefix (text + word, "Since ");
}

/* @sentence: @span's in the vocabulary, whose text alone tells whether it
 * is a caption or a programme note. */
static gboolean
dates_no_happening (DossierDocument          *document,
                    DossierParagraph         *paragraph,
                    const DossierSpan        *span,
                    DossierEventSentence     *sentence,
                    const DossierDateMention *date)
{
  const char *text = paragraph->text;
  gsize after = date->end;
  g_autofree char *lower = NULL;   /* the sentence in small letters, once made */

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
      /* A place in capitals, the date and a full stop ("THE HAGUE,
       * November 22. /Agency/."). */
      if (after < paragraph->len && text[after] == '.' && _dossier_event_in_capitals (text, date->start - 2))
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
  /* "Our correspondent says the announcement means elections in
   * September": the outlet's own reading of the news, no happening. */
  if (told_by_our_reporter (text + span->start, span->end - span->start))
    return TRUE;
  /* "No survivors have been rescued since Saturday", "has not been seen
   * since Monday": what has not happened since a day dates nothing. */
  if (date->end - date->start > 6 && g_ascii_strncasecmp (text + date->start, "since ", 6) == 0 &&
      (g_str_has_prefix (text + span->start, "No ") || g_str_has_prefix (text + span->start, "None ") ||
       g_str_has_prefix (text + span->start, "Nothing ") || g_str_has_prefix (text + span->start, "Nobody ") ||
       g_strstr_len (text + span->start, date->start - span->start, " not ") != NULL ||
       g_strstr_len (text + span->start, date->start - span->start, "n't ") != NULL ||
       g_strstr_len (text + span->start, date->start - span->start, " never ") != NULL))
    return TRUE;
  /* A date alone, a weekday at most beside it ("Friday 02 September
   * 2016"): a page's date line, which tells no happening. */
  if (span->end - span->start <= DATE_ALONE_BYTES && words_besides (text, span, date) == 0)
    return TRUE;
  /* A line of a schedule: the date, a dash, then names alone ("June 9 --
   * Coral Sky Amphitheatre, West Palm Beach, FL"). */
  if (date->start == span->start && is_schedule_line (text + date->end, span->end - date->end))
    return TRUE;
  /* A year that describes a thing ("his 2022 electoral defeat", "the 2017
   * champion", "French Open 2022:"), written without a preposition — but
   * not one that dates an action named before it ("their triumphs of 1995
   * and 2007"); or a
   * year that bounds a plan or a ban ("barred until 2060", "neutral by
   * 2030"): neither is when the sentence's happening was. */
  if (date->value.precision == DOSSIER_PRECISION_YEAR)
    {
      gsize len = date->end - date->start;
      const char *words = text + date->start;
      gboolean coming = dossier_date_is_set (&document->published) && date->value.year > document->published.year;

      if (len == 4 && g_ascii_isdigit (words[0]))
        return coming ||
               (!names_action_after (text, date->end, span->end) &&
                !names_action_before_of (text, span->start, date->start)) ||
               has_finer_date (document, date, span) ||
               after_determiner (text, span->start, date->start) ||
               ends_a_name (text, span->start, date->start);
      if (coming && ((len > 6 && g_ascii_strncasecmp (words, "until ", 6) == 0) ||
                     (len > 5 && g_ascii_strncasecmp (words, "till ", 5) == 0) ||
                     (len > 3 && g_ascii_strncasecmp (words, "by ", 3) == 0)))
        return TRUE;
    }
  /* A year in an apposition that says who someone is ("Gen. Netto,
   * Bolsonaro's former defence minister and running mate in 2022,
   * received 26 years"): a name, a comma, a possessive or a determiner,
   * the year, a comma. */
  if (date->value.precision == DOSSIER_PRECISION_YEAR && in_apposition (text, span, date->start, date->end))
    return TRUE;
  if (sentence_text_tells (sentence, text, span, &lower, DOSSIER_SENTENCE_CAPTION_READ, DOSSIER_SENTENCE_CAPTION))
    return TRUE;
  /* "suspended until October 14", "closed till Monday", "the term ending
   * November 2024": the end of a state still to come, not a happening —
   * nor, in an article not known to its day, one that may be. */
  if ((!dossier_date_is_set (&document->published) || document->published.precision < DOSSIER_PRECISION_DAY ||
       dossier_date_compare (&date->value, &document->published) > 0) &&
      _dossier_event_date_bounds_a_plan (text, date, TRUE))
    return TRUE;
  if (date->value.precision == DOSSIER_PRECISION_YEAR && (bounds_a_record (text, span, date) ||
                                                          in_a_change (document, text, span, date)))
    return TRUE;
  if (date->value.precision >= DOSSIER_PRECISION_DAY && is_a_deadline (text, span, date) &&
      !names_a_past_happening (document, date))
    return TRUE;
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
      date->value.precision >= DOSSIER_PRECISION_DAY && in_quotation (document, paragraph, span, date))
    return TRUE;
  /* The speaker's own time, in someone's words: "This summer, I had
   * hoped …", "what this year requires" — a span that holds the day the
   * article was published, no happening of its own. */
  if (document->published.precision >= DOSSIER_PRECISION_DAY && date->relative &&
      date->value.precision < DOSSIER_PRECISION_DAY && date->value.precision >= DOSSIER_PRECISION_YEAR)
    {
      int first, last, day = dossier_date_to_day_number (&document->published);

      dossier_date_get_span (&date->value, &first, &last);
      if (first <= day && day <= last && in_quotation (document, paragraph, span, date))
        return TRUE;
    }
  /* A programme note. */
  return sentence_text_tells (sentence, text, span, &lower, DOSSIER_SENTENCE_NOTE_READ, DOSSIER_SENTENCE_NOTE);
}

/* @sentence of document @d as a candidate dated by the day @published,
 * the article's: news style dates what it tells without a date so. */
DossierEventCandidate
_dossier_event_implicit_candidate (guint                 d,
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


/* An opening without a date that tells no happening in the past, only
 * one named after "following" or "after" that its own article dates
 * before the day it was published ("Efforts are under way to get aid to
 * Tonga following a devastating eruption" … "The volcano erupted last
 * Saturday"), reports that happening, not one of its day: the @implicit
 * candidate of document @d takes that date, as a sentence that says what
 * an event says. */
static void
retell_earlier_happening (DossierVocabulary *vocabulary,
                          GPtrArray         *documents,
                          guint              d,
                          GArray            *candidates,
                          guint              implicit)
{
  DossierEventCandidate *lead = &g_array_index (candidates, DossierEventCandidate, implicit);
  GPtrArray *lead_actions = _dossier_event_sentence_actions (vocabulary, documents, d, lead->sentence);
  int published_day = dossier_date_to_day_number (&lead->date);
  DossierDocument *document = g_ptr_array_index (documents, d);
  DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, lead->paragraph);

  if (lead->sentence->tells_past)
    return;
  for (guint k = implicit + 1; k < candidates->len; k++)
    {
      DossierEventCandidate *later = &g_array_index (candidates, DossierEventCandidate, k);
      const DossierActionWord *word_a = NULL, *word_b = NULL;

      if (later->document != d || later->dating != DOSSIER_DATED_BY_EXPRESSION ||
          later->date.precision != DOSSIER_PRECISION_DAY ||
          dossier_date_to_day_number (&later->date) >= published_day || later->sentence == NULL ||
          !_dossier_event_actions_meet (lead_actions,
                                        _dossier_event_sentence_actions (vocabulary, documents, d, later->sentence),
                                        &word_a, &word_b) ||
          word_a->verbal ||
          !_dossier_event_follows_after (paragraph->text + lead->start, lead->end - lead->start, word_a->word))
        continue;
      DOSSIER_DEBUG ("events: a%u's opening tells again what it dates %04d-%02d-%02d (%s ~ %s): that day's",
                     d + 1, later->date.year, later->date.month, later->date.day, word_a->word, word_b->word);
      lead->date = later->date;
      lead->dating = DOSSIER_DATED_BY_CONTENT;
      return;
    }
}

/* Whether @text (@len bytes) has no word of a verb's past or perfect: none
 * that WordNet's forms call a past ("-ed", "won", "took"), no auxiliary of
 * the past or the future, and none of the pasts written as their present
 * ("Rovers beat Harwick on Sunday").  A past participle right after an
 * article or a possessive is an adjective ("the sunken ferry", "their
 * damaged homes"), no verb. */
static gboolean
tells_in_the_present (const char *text,
                      gsize       len)
{
  static const char * const others[] = {
    "was", "were", "been", "had", "has", "have", "did", "will", "would", "said", "told",
    "beat", "bet", "bid", "burst", "cast", "cost", "cut", "hit", "hurt", "let", "put", "quit", "read", "set",
    "shut", "split", "spread", "upset",
  };
  static const char * const before_adjectives[] = { "the", "a", "an", "its", "their", "his", "her", "our" };
  gboolean after_article = FALSE;

  for (gsize i = 0; i < len;)
    {
      gsize start;
      gboolean article;

      while (i < len && !g_ascii_isalpha (text[i]))
        i++;
      start = i;
      while (i < len && g_ascii_isalpha (text[i]))
        i++;
      if (i == start)
        continue;
      article = FALSE;
      for (gsize k = 0; k < G_N_ELEMENTS (before_adjectives) && !article; k++)
        article = strlen (before_adjectives[k]) == i - start &&
                  g_ascii_strncasecmp (text + start, before_adjectives[k], i - start) == 0;
      if (!after_article && dossier_action_is_past_form (text + start, i - start))
        return FALSE;
      after_article = article && i < len && text[i] == ' ';
      for (gsize k = 0; k < G_N_ELEMENTS (others); k++)
        if (strlen (others[k]) == i - start && g_ascii_strncasecmp (text + start, others[k], i - start) == 0)
          return FALSE;
    }
  return TRUE;
}

/* Whether nothing but a stop, a bracket or spaces follows @date in @span. */
static gboolean
closes_the_sentence (const char               *text,
                     const DossierSpan        *span,
                     const DossierDateMention *date)
{
  for (gsize i = date->end; i < span->end; i++)
    if (!strchr (" .)]", text[i]))
      return FALSE;
  return TRUE;
}

/* Appends the candidates of document @d to @candidates: a candidate for
 * each resolved date of each sentence, for a sentence that takes the
 * date of the one before it ("At the time, …"), and for the article's
 * opening sentence when it tells a happening without a date of its own:
 * news style dates it by the day the article was published. */
void
_dossier_event_collect_candidates (DossierVocabulary *vocabulary,
                                   GPtrArray         *documents,
                                   GPtrArray         *entities,
                                   guint              d,
                                   GArray            *candidates)
{
  DossierDocument *document = g_ptr_array_index (documents, d);
  const DossierDateMention *previous_date = NULL;
  int previous_candidate = -1;
  gboolean lead_seen = FALSE;
  guint asides_seen = 0;
  int implicit = -1;

  for (guint p = 0; p < document->paragraphs->len; p++)
    {
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);

      /* A photo's caption reports nothing of the article's, nor is its lead. */
      if (_dossier_event_paragraph_is_caption (document, p))
        continue;
      for (guint s = 0; s < paragraph->sentences->len; s++)
        {
          DossierSpan *span = &g_array_index (paragraph->sentences, DossierSpan, s);
          const DossierDateMention *sentence_date = NULL;
          gboolean dates_its_day = FALSE, told_as_a_picture = FALSE;
          DossierEventSentence *sentence = NULL;  /* found for its first date */

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
              if (sentence == NULL)
                sentence = _dossier_vocabulary_find_sentence (vocabulary, d, p, span->start);
              if (dates_no_happening (document, paragraph, span, sentence, date))
                {
                  DOSSIER_DEBUG ("events: a%u ¶%u “%.*s” dates no happening (a dateline, a caption, a year "
                                 "that describes, a post, a plan in someone's words or a programme note)", d + 1, p + 1,
                                 (int) (date->end - date->start), paragraph->text + date->start);
                  continue;
                }
              /* A paragraph of one sentence that tells a day gone by in
               * the present, no verb of the past nor of saying ("Students
               * place candles at the school on Wednesday", "Blatter gestures
               * during a news conference on Friday"): a photo's caption. */
              /* … and so does one that closes on the picture's full date,
               * with its year, whatever day the article is of ("Navy
               * officials work on buoys … on April 18, 2014."). */
              if (paragraph->sentences->len == 1 && date->value.precision >= DOSSIER_PRECISION_DAY &&
                  ((dossier_date_is_set (&document->published) &&
                    dossier_date_compare (&date->value, &document->published) < 0) ||
                   (g_strcmp0 (date->rule, "absolute-day") == 0 && closes_the_sentence (paragraph->text, span, date))) &&
                  _dossier_event_reported_speech (paragraph->text + span->start, span->end - span->start) == 0 &&
                  !_dossier_event_tells_in_past (vocabulary, documents, d,
                                                 _dossier_vocabulary_find_sentence (vocabulary, d, p, span->start)) &&
                  tells_in_the_present (paragraph->text + span->start, span->end - span->start))
                {
                  told_as_a_picture = TRUE;
                  continue;
                }
              sentence_date = date;
              dates_its_day |= !names_a_year_only (document, date) && !names_a_past_happening (document, date);

              candidate = _dossier_event_candidate_for_sentence (
                d, _dossier_vocabulary_find_sentence (vocabulary, d, p, span->start));
              candidate.date_start = date->start;
              candidate.date_end = date->end;
              candidate.date = date->value;
              if (candidate.date.precision == DOSSIER_PRECISION_MINUTE)
                candidate.date.precision = DOSSIER_PRECISION_DAY;
              candidate.dated = TRUE;
              candidate.reported = dated_by_a_report (paragraph->text, span, date);
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
              /* A caption or a kicker above the lead is not it. */
              if (asides_seen < 2 && !dates_its_day &&
                  (told_as_a_picture ||
                   _dossier_event_is_aside (paragraph->text + span->start, span->end - span->start) ||
                   (paragraph->sentences->len == 1 && !ends_as_a_sentence (paragraph->text, span)) ||
                   span_is_caption (paragraph->text, span)))
                asides_seen++;
              else
                {
                  DossierEventSentence *sentence = _dossier_vocabulary_find_sentence (vocabulary, d, p,
                                                                                      span->start);

                  lead_seen = TRUE;
                  /* A year it names dates something else ("after his 2022
                   * election defeat"): the day is still the article's. */
                  if (!dates_its_day && document->published.precision >= DOSSIER_PRECISION_DAY &&
                      !_dossier_event_tells_life_story (paragraph->text + span->start, span->end - span->start) &&
                      _dossier_event_tells_happening (vocabulary, documents, entities, d, sentence))
                    {
                      DossierEventCandidate candidate = _dossier_event_implicit_candidate (d, sentence,
                                                                                           &document->published);

                      implicit = candidates->len;
                      g_array_append_val (candidates, candidate);
                      DOSSIER_DEBUG ("events: a%u ¶%u opens with a happening and no date: dated %04d-%02d-%02d, "
                                     "when the article was published", d + 1, p + 1, candidate.date.year,
                                     candidate.date.month, candidate.date.day);
                    }
                }
            }
          /* "At the time" reaches back over a paragraph break too. */
          previous_date = sentence_date;
          if (sentence_date == NULL)
            previous_candidate = -1;
        }
    }
  if (implicit >= 0)
    retell_earlier_happening (vocabulary, documents, d, candidates, implicit);
}

/* What one article gave: its candidates as collected (their
 * inherits_from counted from the first of them), and the publication
 * date and dates they were collected from. */
typedef struct
{
  gboolean made;
  DossierDate published;
  GArray *dates;        /* of DossierDateMention */
  GArray *candidates;   /* of DossierEventCandidate */
  /* The serials given to its candidates in this analysis, or taken from
   * the one before (of DossierSerialRange, made on first use), and those
   * the one before gave (borrowed; NULL: none to take). */
  GArray *serials;
  const GArray *kept_serials;
} CollectedArticle;

struct _DossierCollectedCandidates
{
  guint n_documents;
  guint n_serials;      /* the candidates' serials given so far */
  gboolean keeping;     /* the serials given, and the candidates, kept for the next analysis */
  CollectedArticle articles[];
};

void
_dossier_serial_range_clear (DossierSerialRange *range)
{
  g_clear_pointer (&range->dates, g_array_unref);
  g_clear_pointer (&range->candidates, g_free);
  g_clear_pointer (&range->sentences, g_free);
}

static void
serial_ranges_free (GArray *ranges)
{
  for (guint r = 0; ranges != NULL && r < ranges->len; r++)
    _dossier_serial_range_clear (&g_array_index (ranges, DossierSerialRange, r));
  g_clear_pointer (&ranges, g_array_unref);
}

DossierCollectedCandidates *
_dossier_collected_candidates_new (guint n_documents)
{
  DossierCollectedCandidates *collected = g_malloc0 (sizeof (DossierCollectedCandidates) +
                                                     n_documents * sizeof (CollectedArticle));

  collected->n_documents = n_documents;
  return collected;
}

void
_dossier_collected_candidates_free (DossierCollectedCandidates *collected)
{
  if (collected == NULL)
    return;
  for (guint d = 0; d < collected->n_documents; d++)
    {
      g_clear_pointer (&collected->articles[d].dates, g_array_unref);
      g_clear_pointer (&collected->articles[d].candidates, g_array_unref);
      g_clear_pointer (&collected->articles[d].serials, serial_ranges_free);
    }
  g_free (collected);
}

static gboolean
same_date (const DossierDate *a,
           const DossierDate *b)
{
  return a->year == b->year && a->month == b->month && a->day == b->day && a->hour == b->hour &&
         a->minute == b->minute && a->precision == b->precision;
}

/* Whether the date mentions @a and @b are the same, field by field (a
 * rule is a static string: the same rule is the same pointer). */
static gboolean
same_dates (const GArray *a,
            const GArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    {
      const DossierDateMention *x = &g_array_index (a, DossierDateMention, i);
      const DossierDateMention *y = &g_array_index (b, DossierDateMention, i);

      if (x->paragraph != y->paragraph || x->start != y->start || x->end != y->end ||
          !same_date (&x->value, &y->value) || x->rule != y->rule || x->relative != y->relative)
        return FALSE;
    }
  return TRUE;
}

gboolean
_dossier_event_document_dates_are (DossierDocument   *document,
                                   const DossierDate *published,
                                   const GArray      *dates)
{
  return same_date (published, &document->published) && same_dates (dates, document->dates);
}

/* The range of serials the analysis before gave the candidates of article
 * @d (@document) collected with its publication date and dates, or NULL. */
static const DossierSerialRange *
kept_range (const CollectedArticle *article,
            DossierDocument        *document)
{
  for (guint r = 0; article->kept_serials != NULL && r < article->kept_serials->len; r++)
    {
      const DossierSerialRange *range = &g_array_index (article->kept_serials, DossierSerialRange, r);

      if (same_date (&range->published, &document->published) && same_dates (range->dates, document->dates))
        return range;
    }
  return NULL;
}

/* Keeps, for the next analysis, that the candidates of article @d
 * (@document) from @first on in @candidates have the serials from
 * @serial on; and the candidates, where each one's terms and entities
 * are its sentence's. */
static void
record_serials (DossierCollectedCandidates *collected,
                DossierVocabulary          *vocabulary,
                DossierDocument            *document,
                guint                       d,
                GArray                     *candidates,
                guint                       first,
                guint                       serial)
{
  CollectedArticle *article = &collected->articles[d];
  const DossierEventSentence *sentences = (const DossierEventSentence *) (void *)
                                          ((GArray *) g_ptr_array_index (vocabulary->sentences, d))->data;
  guint n = candidates->len - first;
  gboolean all = TRUE;
  DossierSerialRange given = { document->published, NULL, serial, n, NULL, NULL };

  if (!collected->keeping || n == 0)
    return;
  if (article->serials == NULL)
    article->serials = g_array_new (FALSE, FALSE, sizeof (DossierSerialRange));
  for (guint r = 0; r < article->serials->len; r++)
    if (g_array_index (article->serials, DossierSerialRange, r).first == serial)
      return;
  given.dates = g_array_sized_new (FALSE, FALSE, sizeof (DossierDateMention), document->dates->len);
  g_array_append_vals (given.dates, document->dates->data, document->dates->len);
  given.candidates = g_new (DossierEventCandidate, n);
  given.sentences = g_new (guint, n);
  memcpy (given.candidates, &g_array_index (candidates, DossierEventCandidate, first), n * sizeof (DossierEventCandidate));
  for (guint k = 0; k < n && all; k++)
    {
      DossierEventCandidate *candidate = &given.candidates[k];

      all = candidate->sentence != NULL && candidate->terms == candidate->sentence->terms &&
            candidate->entities == candidate->sentence->entities;
      if (!all)
        break;
      given.sentences[k] = (guint) (candidate->sentence - sentences);
      candidate->sentence = NULL;
      candidate->terms = NULL;
      candidate->entities = NULL;
      if (candidate->inherits_from >= 0)
        {
          g_assert ((guint) candidate->inherits_from >= first);
          candidate->inherits_from -= first;
        }
    }
  if (!all)
    {
      g_clear_pointer (&given.candidates, g_free);
      g_clear_pointer (&given.sentences, g_free);
    }
  g_array_append_val (article->serials, given);
}

/* Appends to @candidates those the analysis before collected of article @d
 * (@document) with its publication date and dates, with their serials:
 * the same as collecting them would give (see
 * DossierEventKeptClustering), their sentences, terms and entities this
 * vocabulary's.  FALSE, and nothing appended, where none were kept. */
static gboolean
take_kept_candidates (DossierCollectedCandidates *collected,
                      DossierVocabulary          *vocabulary,
                      DossierDocument            *document,
                      guint                       d,
                      GArray                     *candidates)
{
  const DossierSerialRange *range = kept_range (&collected->articles[d], document);
  GArray *sentences = g_ptr_array_index (vocabulary->sentences, d);
  guint first = candidates->len;

  if (range == NULL || range->candidates == NULL)
    return FALSE;
  g_array_append_vals (candidates, range->candidates, range->n);
  for (guint c = first; c < candidates->len; c++)
    {
      DossierEventCandidate *candidate = &g_array_index (candidates, DossierEventCandidate, c);
      guint k = c - first;

      g_assert (range->sentences[k] < sentences->len);
      candidate->sentence = &g_array_index (sentences, DossierEventSentence, range->sentences[k]);
      candidate->terms = candidate->sentence->terms;
      candidate->entities = candidate->sentence->entities;
      if (candidate->inherits_from >= 0)
        candidate->inherits_from += first;
      g_assert (candidate->serial == range->first + k);
    }
  record_serials (collected, vocabulary, document, d, candidates, first, range->first);
  return TRUE;
}

/* Gives serials to the candidates of @candidates from @first on, just
 * collected from article @d (@document): those the analysis before gave
 * the candidates it collected with the same publication date and dates,
 * which are these (see DossierEventKeptClustering), or new ones: what the
 * clusterings remember of a pair (DossierPairDecisions) is remembered of
 * these very candidates. */
static void
give_serials (DossierCollectedCandidates *collected,
              DossierVocabulary          *vocabulary,
              DossierDocument            *document,
              guint                       d,
              GArray                     *candidates,
              guint                       first)
{
  const DossierSerialRange *range = kept_range (&collected->articles[d], document);
  guint n = candidates->len - first, serial;

  if (n == 0)
    return;
  if (range != NULL)
    {
      g_assert (range->n == n);
      serial = range->first;
    }
  else
    {
      g_assert (collected->n_serials <= G_MAXUINT - n);
      serial = collected->n_serials + 1;
      collected->n_serials += n;
    }
  for (guint c = first; c < candidates->len; c++)
    g_array_index (candidates, DossierEventCandidate, c).serial = serial + (c - first);
  record_serials (collected, vocabulary, document, d, candidates, first, serial);
}

void
_dossier_collected_candidates_keep_serials (DossierCollectedCandidates *collected)
{
  g_return_if_fail (collected != NULL);

  collected->keeping = TRUE;
}

void
_dossier_collected_candidates_take_serials (DossierCollectedCandidates *collected,
                                            GArray                    **kept_serials,
                                            guint                       n_serials)
{
  g_return_if_fail (collected != NULL && collected->n_serials == 0);

  for (guint d = 0; d < collected->n_documents; d++)
    collected->articles[d].kept_serials = kept_serials[d];
  collected->n_serials = n_serials;
}

GArray **
_dossier_collected_candidates_steal_serials (DossierCollectedCandidates *collected,
                                             guint                      *n_serials)
{
  GArray **serials = g_new0 (GArray *, MAX (collected->n_documents, 1u));

  for (guint d = 0; d < collected->n_documents; d++)
    {
      serials[d] = g_steal_pointer (&collected->articles[d].serials);
      collected->articles[d].kept_serials = NULL;
    }
  *n_serials = collected->n_serials;
  return serials;
}

gboolean
_dossier_event_collect_candidates_keeping (DossierCollectedCandidates *collected,
                                           DossierVocabulary          *vocabulary,
                                           GPtrArray                  *documents,
                                           GPtrArray                  *entities,
                                           guint                       d,
                                           GArray                     *candidates)
{
  DossierDocument *document = g_ptr_array_index (documents, d);
  CollectedArticle *article;
  guint first = candidates->len;

  if (collected == NULL)
    {
      _dossier_event_collect_candidates (vocabulary, documents, entities, d, candidates);
      return FALSE;
    }
  g_assert (d < collected->n_documents);
  article = &collected->articles[d];

  if (article->made && same_date (&article->published, &document->published) &&
      same_dates (article->dates, document->dates))
    {
      g_array_append_vals (candidates, article->candidates->data, article->candidates->len);
      for (guint c = first; c < candidates->len; c++)
        {
          DossierEventCandidate *candidate = &g_array_index (candidates, DossierEventCandidate, c);

          if (candidate->inherits_from >= 0)
            candidate->inherits_from += first;
        }
      return TRUE;
    }

  /* Taken as the analysis before collected them, where it did: the same,
   * as their serials are. */
  if (!take_kept_candidates (collected, vocabulary, document, d, candidates))
    {
      _dossier_event_collect_candidates (vocabulary, documents, entities, d, candidates);
      give_serials (collected, vocabulary, document, d, candidates, first);
    }
  article->made = TRUE;
  article->published = document->published;
  if (article->dates == NULL)
    {
      article->dates = g_array_new (FALSE, FALSE, sizeof (DossierDateMention));
      article->candidates = g_array_new (FALSE, FALSE, sizeof (DossierEventCandidate));
    }
  g_array_set_size (article->dates, 0);
  g_array_append_vals (article->dates, document->dates->data, document->dates->len);
  g_array_set_size (article->candidates, 0);
  /* (An article without candidates may leave the array without storage.) */
  if (candidates->len > first)
    g_array_append_vals (article->candidates, &g_array_index (candidates, DossierEventCandidate, first),
                         candidates->len - first);
  for (guint c = 0; c < article->candidates->len; c++)
    {
      DossierEventCandidate *candidate = &g_array_index (article->candidates, DossierEventCandidate, c);

      if (candidate->inherits_from >= 0)
        {
          g_assert ((guint) candidate->inherits_from >= first);
          candidate->inherits_from -= first;
        }
    }
  return FALSE;
}

/* Whether @sentence tells what was done: a verb of action in the past
 * ("arrested", "won", "was shut"), where "believes", "remains" and "will
 * meet" tell a state or a plan. */
gboolean
_dossier_event_tells_in_past (DossierVocabulary    *vocabulary,
                              GPtrArray            *documents,
                              guint                 d,
                              DossierEventSentence *sentence)
{
  _dossier_event_sentence_actions (vocabulary, documents, d, sentence);
  return sentence->tells_past;
}
