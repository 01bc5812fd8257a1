/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-event-actions.h"

#include <string.h>

#include "dossier-action-lexicon.h"
#include "dossier-characters.h"
#include "dossier-event-kept-terms.h"
#include "dossier-word-lists.h"

/* Longer words are no action the lexicon knows. */
#define MAX_ACTION_WORD 40

/* The action @len bytes at @word name, or NULL; read as a verb in its base
 * form when @as_verb ("to land"), else as written. */
static const DossierActionWord *
lookup (DossierVocabulary *vocabulary,
        const char        *word,
        gsize              len,
        gboolean           as_verb)
{
  char lower[MAX_ACTION_WORD + 2];
  gpointer found;
  guint32 classes[DOSSIER_ACTION_MAX_CLASSES];
  guint n;
  gboolean verbal = FALSE;
  DossierActionWord *action = NULL;

  /* The verb reading is kept under its own key: "to land" is not "land". */
  lower[0] = '+';
  for (gsize i = 0; i < len; i++)
    lower[i + 1] = g_ascii_isupper (word[i]) ? word[i] - 'A' + 'a' : word[i];
  lower[len + 1] = '\0';
  if (!as_verb)
    memmove (lower, lower + 1, len + 1);

  if (vocabulary->action_words == NULL)
    vocabulary->action_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (g_hash_table_lookup_extended (vocabulary->action_words, lower, NULL, &found))
    return found == (gpointer) vocabulary ? NULL : found;

  if (as_verb)
    {
      n = dossier_action_verb_classes_find (lower + 1, len, &dossier_words_not_actions, classes);
      verbal = n > 0;
    }
  else
    n = dossier_action_classes_find (lower, len, &dossier_words_not_actions, classes, &verbal);
  if (n > 0)
    {
      action = g_malloc (sizeof *action + n * sizeof (guint32));
      action->verbal = verbal;
      action->past = verbal && !as_verb && dossier_action_is_past_form (lower, len);
      action->n_classes = n;
      memcpy (action->classes, classes, n * sizeof (guint32));
    }
  /* The key is the word: the action shares it. */
  {
    char *key = g_strdup (lower);
    if (action != NULL)
      {
        action->word = as_verb ? key + 1 : key;
        action->key = key;
      }
    g_hash_table_insert (vocabulary->action_words, key, action != NULL ? (gpointer) action : (gpointer) vocabulary);
  }
  return action;
}

/* The particles of verbs of two words ("took over", "stepped down"). */
static const char * const particles[] = {
  "over", "down", "out", "off", "up", "back", "away", "aside",
};

/* Where the word after @end (up to @limit) is a particle, its length, and
 * its start in *@particle; else 0. */
static gsize
particle_after (const char *text,
                gsize       end,
                gsize       limit,
                gsize      *particle)
{
  gsize next = end + 1, next_end;

  if (next >= limit || text[end] != ' ' || !g_ascii_islower (text[next]))
    return 0;
  next_end = next;
  while (next_end < limit && g_ascii_isalpha (text[next_end]))
    next_end++;
  if (next_end < limit && ((guchar) text[next_end] >= 0x80 || text[next_end] == '-' || text[next_end] == '\''))
    return 0;
  for (gsize p = 0; p < G_N_ELEMENTS (particles); p++)
    if (strlen (particles[p]) == next_end - next && strncmp (text + next, particles[p], next_end - next) == 0)
      {
        *particle = next;
        return next_end - next;
      }
  return 0;
}

/* The action of the verb of two words @len bytes at @word and the
 * particle @particle_len bytes at @particle ("took over"), or NULL where
 * WordNet knows no such verb. */
static const DossierActionWord *
lookup_phrase (DossierVocabulary *vocabulary,
               const char        *word,
               gsize              len,
               const char        *particle,
               gsize              particle_len)
{
  char key[2 * MAX_ACTION_WORD + 2];
  gpointer found;
  guint32 classes[DOSSIER_ACTION_MAX_CLASSES];
  guint n;
  DossierActionWord *action = NULL;

  for (gsize i = 0; i < len; i++)
    key[i] = g_ascii_isupper (word[i]) ? word[i] - 'A' + 'a' : word[i];
  key[len] = '_';
  memcpy (key + len + 1, particle, particle_len);
  key[len + 1 + particle_len] = '\0';

  if (vocabulary->action_words == NULL)
    vocabulary->action_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (g_hash_table_lookup_extended (vocabulary->action_words, key, NULL, &found))
    return found == (gpointer) vocabulary ? NULL : found;

  n = dossier_action_phrase_classes_find (word, len, particle, particle_len, classes);
  if (n > 0)
    {
      action = g_malloc (sizeof *action + n * sizeof (guint32));
      action->verbal = TRUE;
      action->past = dossier_action_is_past_form (key, len);
      action->n_classes = n;
      memcpy (action->classes, classes, n * sizeof (guint32));
    }
  {
    char *owned = g_strdup (key);
    if (action != NULL)
      {
        action->word = owned;
        action->key = owned;
      }
    g_hash_table_insert (vocabulary->action_words, owned, action != NULL ? (gpointer) action : (gpointer) vocabulary);
  }
  return action;
}

/* Whether the word before @start (back to @first, where the sentence
 * starts) is a determiner or a possessive: "the", "a", "his", "their". */
static gboolean
after_determiner (const char *text,
                  gsize       start,
                  gsize       first)
{
  static const char * const determiners[] = {
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those",
    "some", "any", "no", "every", "each", "another", "many", "several", "two", "three", "four", "five",
  };
  gsize end, word;

  if (start < first + 2 || text[start - 1] != ' ')
    return FALSE;
  end = start - 1;
  word = end;
  while (word > first && g_ascii_isalpha (text[word - 1]))
    word--;
  for (gsize d = 0; d < G_N_ELEMENTS (determiners); d++)
    if (strlen (determiners[d]) == end - word && g_ascii_strncasecmp (text + word, determiners[d], end - word) == 0)
      return TRUE;
  return FALSE;
}

/* Whether the word before @start (back to @limit, where the sentence
 * starts) is one of @words. */
static gboolean
previous_word_in (const char         *text,
                  gsize               start,
                  gsize               limit,
                  const char * const *words,
                  gsize               n_words)
{
  gsize end, word;
  char first;

  if (start < limit + 2 || text[start - 1] != ' ')
    return FALSE;
  end = start - 1;
  word = end;
  while (word > limit && g_ascii_isalpha (text[word - 1]))
    word--;
  /* A list word shorter than the word differs within its length (its
   * NUL against a letter): only then is its end read. */
  if (end == word)
    return FALSE;
  first = g_ascii_isupper (text[word]) ? text[word] - 'A' + 'a' : text[word];
  for (gsize w = 0; w < n_words; w++)
    if (first == words[w][0] &&
        g_ascii_strncasecmp (text + word, words[w], end - word) == 0 && words[w][end - word] == '\0')
      return TRUE;
  return FALSE;
}

/* Whether the participle at [@start, @end) stands before a noun, as an
 * adjective does ("the missing housing money", "a fired official", "the
 * sunken ferry",
 * "Dismissed mayor goes to court"): it tells what a thing is, not what was
 * done.  After a noun it is the verb ("a man attacked mayoral candidate
 * Vogel"): only a determiner before it, or the sentence's start, makes it
 * an adjective. */
static gboolean
is_attributive (const char *text,
                gsize       first,
                gsize       start,
                gsize       end,
                gsize       limit)
{
  static const char * const followers[] = {
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those",
    "to", "on", "in", "at", "by", "for", "with", "from", "of", "as", "and", "but", "or", "after", "before",
    "over", "into", "up", "down", "out", "off", "back", "away", "about", "against", "through", "during",
    "since", "until", "while", "when", "than", "so", "not", "no", "all", "both", "more", "most", "some",
    "any", "two", "three", "four", "five", "him", "them", "it", "us", "me", "you", "himself", "herself",
    "themselves", "itself", "late", "early", "last", "yesterday", "today", "tonight", "again", "also",
  };
  static const char * const prepositions[] = {
    "of", "for", "with", "by", "from", "against", "to", "about", "on", "at", "between", "among", "like",
  };
  gsize next, next_end;
  gboolean ing = end - start > 4 && text[end - 3] == 'i' && text[end - 2] == 'n' && text[end - 1] == 'g';
  gboolean determined;

  /* "-ed", "-ing", and the participles in "-en" ("the sunken ferry", "a
   * stolen car"). */
  if (!((end - start > 3 && text[end - 2] == 'e' && text[end - 1] == 'd') || ing ||
        (end - start > 4 && text[end - 2] == 'e' && text[end - 1] == 'n' &&
         dossier_action_is_past_form (text + start, end - start))))
    return FALSE;
  if (end >= limit || text[end] != ' ')
    return FALSE;
  next = end + 1;
  if (next >= limit)
    return FALSE;
  determined = start == first || after_determiner (text, start, first);
  /* Before a title or a name, a past participle after a determiner or a
   * preposition describes the person ("the return of ousted President
   * Zelaya", "the jailed Kremlin critic"): a verb there would have its
   * subject before it ("the army ousted President Zelaya").  A form in
   * "-ing" after a preposition is a verb's noun ("after winning the
   * election"), and stays an action. */
  if (g_ascii_isupper (text[next]))
    return !ing && (determined || previous_word_in (text, start, first, prepositions, G_N_ELEMENTS (prepositions)));
  if (!determined)
    return FALSE;
  if (!g_ascii_islower (text[next]))
    return FALSE;
  next_end = next;
  while (next_end < limit && g_ascii_isalpha (text[next_end]))
    next_end++;
  for (gsize f = 0; f < G_N_ELEMENTS (followers); f++)
    if (strlen (followers[f]) == next_end - next && strncmp (text + next, followers[f], next_end - next) == 0)
      return FALSE;
  /* An adverb in "-ly" follows a verb ("voted narrowly"). */
  if (next_end - next > 3 && text[next_end - 2] == 'l' && text[next_end - 1] == 'y')
    return FALSE;
  return TRUE;
}

/* Whether the noun that ends at @end stands before another noun of an
 * action, as its modifier ("a campaign speech", "the election result"):
 * the happening is the second's. */
static gboolean
modifies_next_noun (DossierVocabulary *vocabulary,
                    const char        *text,
                    gsize              end,
                    gsize              limit)
{
  const DossierActionWord *next;
  gsize next_start, next_end;

  if (end + 1 >= limit || text[end] != ' ' || !g_ascii_islower (text[end + 1]))
    return FALSE;
  next_start = end + 1;
  next_end = next_start;
  while (next_end < limit && g_ascii_isalpha (text[next_end]))
    next_end++;
  if (next_end - next_start < 3 || next_end - next_start > MAX_ACTION_WORD ||
      (next_end < limit && ((guchar) text[next_end] >= 0x80 || text[next_end] == '-' || text[next_end] == '\'')))
    return FALSE;
  next = lookup (vocabulary, text + next_start, next_end - next_start, FALSE);
  return next != NULL && !next->verbal;
}

/* Whether the word at @start follows "to" or a modal, perhaps with an
 * adverb between ("to successfully land", "will not vote"). */
static gboolean
after_verb_marker (const char *text,
                   gsize       start,
                   gsize       limit)
{
  static const char * const markers[] = {
    "to", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "did", "does", "do",
  };
  gsize previous;

  if (previous_word_in (text, start, limit, markers, G_N_ELEMENTS (markers)))
    return TRUE;
  /* The word before: an adverb ("-ly", "not", "never")? */
  if (start < limit + 2 || text[start - 1] != ' ')
    return FALSE;
  previous = start - 1;
  while (previous > limit && g_ascii_isalpha (text[previous - 1]))
    previous--;
  if (previous == start - 1)
    return FALSE;
  if (!((start - 1 - previous > 3 && text[start - 3] == 'l' && text[start - 2] == 'y') ||
        (start - 1 - previous == 3 && g_ascii_strncasecmp (text + previous, "not", 3) == 0) ||
        (start - 1 - previous == 5 && g_ascii_strncasecmp (text + previous, "never", 5) == 0)))
    return FALSE;
  return previous_word_in (text, previous, limit, markers, G_N_ELEMENTS (markers));
}

/* The action of @key, a key of the vocabulary's action words: found
 * there, or looked up as when it was made ("+land": the verb; "took_over":
 * a verb of two words; otherwise the word). */
static const DossierActionWord *
action_of_key (DossierVocabulary *vocabulary,
               const char        *key)
{
  gpointer found;
  const char *particle;

  if (vocabulary->action_words != NULL &&
      g_hash_table_lookup_extended (vocabulary->action_words, key, NULL, &found))
    return found == (gpointer) vocabulary ? NULL : found;
  if (key[0] == '+')
    return lookup (vocabulary, key + 1, strlen (key + 1), TRUE);
  particle = strchr (key, '_');
  if (particle != NULL)
    return lookup_phrase (vocabulary, key, particle - key, particle + 1, strlen (particle + 1));
  return lookup (vocabulary, key, strlen (key), FALSE);
}

void
_dossier_event_actions_keep (DossierVocabulary *vocabulary,
                             GPtrArray         *documents)
{
  g_autoptr(GArray) met = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GHashTable) offsets = g_hash_table_new (g_str_hash, g_str_equal);  /* key → offset + 1 */

  for (guint k = 0; vocabulary->kept_made != NULL && k < vocabulary->kept_made->len; k++)
    {
      const DossierKeptMade *made = &g_array_index (vocabulary->kept_made, DossierKeptMade, k);
      DossierEventKeptTerms *kept = made->kept;
      GArray *sentences = g_ptr_array_index (vocabulary->sentences, made->document);
      gboolean any = FALSE;

      g_assert (sentences->len == kept->n_sentences);
      for (guint i = 0; i < sentences->len && !any; i++)
        any = g_array_index (sentences, DossierEventSentence, i).actions != NULL;
      /* Another document of the same text may have kept its own. */
      if (!any || kept->action_flags != NULL)
        continue;
      g_array_set_size (met, 0);
      g_string_truncate (text, 0);
      g_hash_table_remove_all (offsets);
      kept->action_flags = g_new0 (guint8, kept->n_sentences + 1);
      kept->action_first = g_new (guint32, kept->n_sentences + 1);
      for (guint i = 0; i < sentences->len; i++)
        {
          DossierEventSentence *sentence = &g_array_index (sentences, DossierEventSentence, i);

          kept->action_first[i] = met->len;
          if (sentence->actions == NULL)
            continue;
          kept->action_flags[i] = 1 | (sentence->tells_past ? 2 : 0);
          for (guint a = 0; a < sentence->actions->len; a++)
            {
              const DossierActionWord *action = g_ptr_array_index (sentence->actions, a);
              guint32 at = GPOINTER_TO_UINT (g_hash_table_lookup (offsets, action->key));

              if (at == 0)
                {
                  at = text->len + 1;
                  g_string_append_len (text, action->key, strlen (action->key) + 1);
                  g_hash_table_insert (offsets, (gpointer) action->key, GUINT_TO_POINTER (at));
                }
              at--;
              g_array_append_val (met, at);
            }
        }
      kept->action_first[sentences->len] = met->len;
      kept->action_met = g_new (guint32, met->len + 1);
      if (met->len > 0)
        memcpy (kept->action_met, met->data, sizeof (guint32) * met->len);
      kept->action_text = g_memdup2 (text->str, text->len + 1);
    }
  (void) documents;
}

/* Before a past form that looks like the present: "was shut", "had hit". */
static const char * const past_auxiliaries[] = { "was", "were", "been", "had", "has", "have" };

/* Whether the noun at @start names what went on for a time before the
 * happening ("after 18 days of mass protests", "weeks of talks"): the
 * circumstance, not the happening. */
static gboolean
lasted_for_a_time (const char *text,
                   gsize       start,
                   gsize       limit)
{
  static const char * const of[] = { "of" };
  static const char * const spans[] = { "days", "weeks", "months", "years", "hours", "decades" };
  gsize at = start;

  for (guint words = 0; words < 2; words++)
    {
      gsize word;

      if (previous_word_in (text, at, limit, of, G_N_ELEMENTS (of)))
        return previous_word_in (text, at - 3, limit, spans, G_N_ELEMENTS (spans));
      /* One word may qualify it: "of mass protests". */
      if (at < limit + 2 || text[at - 1] != ' ')
        return FALSE;
      word = at - 1;
      while (word > limit && g_ascii_isalpha (text[word - 1]))
        word--;
      if (word == at - 1 || !g_ascii_islower (text[word]))
        return FALSE;
      at = word;
    }
  return FALSE;
}

/* Whether the word at @start is an action someone refused or failed to
 * do ("has refused to quit office", "declined to step down"): the
 * happening is the refusal, no report of the action.  (A decision told
 * by "not", "will not stand again", is news of its own.) */
static gboolean
refused (const char *text,
         gsize       start,
         gsize       limit)
{
  static const char * const refusals[] = {
    "refused", "refuses", "refuse", "refusing", "declined", "declines", "decline", "declining",
    "failed", "fails", "fail", "failing",
  };

  return start >= limit + 4 && strncmp (text + start - 4, " to ", 4) == 0 &&
         previous_word_in (text, start - 3, limit, refusals, G_N_ELEMENTS (refusals));
}

GPtrArray *
_dossier_event_sentence_actions (DossierVocabulary    *vocabulary,
                                 GPtrArray            *documents,
                                 guint                 d,
                                 DossierEventSentence *sentence)
{
  DossierDocument *document;
  DossierParagraph *paragraph;
  const char *text;
  gsize i;
  gboolean quoted = FALSE;
  gboolean aside = FALSE;

  if (sentence->actions != NULL)
    return sentence->actions;

  /* Read by an earlier analysis of its article: its words again by their
   * keys, each the action reading it gives. */
  if (sentence->kept != NULL && sentence->kept->action_flags != NULL &&
      (sentence->kept->action_flags[sentence->kept_index] & 1))
    {
      const DossierEventKeptTerms *kept = sentence->kept;
      guint32 to = kept->action_first[sentence->kept_index + 1];

      sentence->actions = g_ptr_array_sized_new (to - kept->action_first[sentence->kept_index]);
      for (guint32 k = kept->action_first[sentence->kept_index]; k < to; k++)
        {
          const DossierActionWord *action = action_of_key (vocabulary, kept->action_text + kept->action_met[k]);

          g_assert (action != NULL);
          g_ptr_array_add (sentence->actions, (gpointer) action);
        }
      sentence->tells_past = (kept->action_flags[sentence->kept_index] & 2) != 0;
      return sentence->actions;
    }

  document = g_ptr_array_index (documents, d);
  paragraph = g_ptr_array_index (document->paragraphs, sentence->paragraph);
  text = paragraph->text;
  sentence->actions = g_ptr_array_new ();
  i = sentence->start;
  while (i < sentence->end)
    {
      gsize start;
      const DossierActionWord *action;

      /* Words inside quotation marks are what someone said ("“Turkey has
       * won today,” he said"): the happening is the saying. */
      if ((guchar) text[i] >= 0x80 || text[i] == '"')
        {
          quoted = dossier_quotation_after (g_utf8_get_char (text + i), quoted);
          i = g_utf8_next_char (text + i) - text;
          continue;
        }
      if (!g_ascii_isalpha (text[i]))
        {
          /* ", who has always denied it, …": a clause between commas that
           * tells of someone named, not what the sentence reports. */
          if (text[i] == ',')
            aside = !aside && i + 1 < sentence->end && text[i + 1] == ' ' &&
                    (g_str_has_prefix (text + i + 2, "who ") || g_str_has_prefix (text + i + 2, "which ") ||
                     g_str_has_prefix (text + i + 2, "whose "));
          i++;
          continue;
        }
      start = i;
      while (i < sentence->end && g_ascii_isalpha (text[i]))
        i++;
      /* A word joined to more by a hyphen, an apostrophe or a letter above
       * ASCII is no plain English word ("Kılıçdaroğlu", "don't"). */
      if ((i < sentence->end && ((guchar) text[i] >= 0x80 || text[i] == '-' || text[i] == '\'')) ||
          (start > 0 && ((guchar) text[start - 1] >= 0x80 || text[start - 1] == '-')))
        continue;
      /* Capitalised words name things, except the one that opens the
       * sentence ("Quake kills 40"). */
      if (g_ascii_isupper (text[start]) && start != sentence->start)
        continue;
      /* … unless it begins a name of several words ("Harbour Bank took
       * over …"). */
      if (start == sentence->start && i + 1 < sentence->end && text[i] == ' ' && g_ascii_isupper (text[i + 1]))
        continue;
      if (i - start < 3 || i - start > MAX_ACTION_WORD || quoted)
        continue;
      {
        gsize particle = 0, particle_len = particle_after (text, i, sentence->end, &particle);

        /* A verb of two words names its own action: "took over" a bank
         * is "bought", not "took". */
        action = particle_len > 0 ? lookup_phrase (vocabulary, text + start, i - start, text + particle, particle_len)
                                  : NULL;
        if (action != NULL && refused (text, start, sentence->start))
          {
            i = particle + particle_len;
            continue;
          }
        if (action != NULL)
          {
            g_ptr_array_add (sentence->actions, (gpointer) action);
            if (!aside && (action->past || previous_word_in (text, start, sentence->start, past_auxiliaries,
                                                               G_N_ELEMENTS (past_auxiliaries))))
              sentence->tells_past = TRUE;
            i = particle + particle_len;
            continue;
          }
      }
      if (is_attributive (text, sentence->start, start, i, sentence->end))
        continue;
      action = lookup (vocabulary, text + start, i - start, after_verb_marker (text, start, sentence->start));
      if (action != NULL && !action->verbal && modifies_next_noun (vocabulary, text, i, sentence->end))
        continue;
      if (action != NULL && action->verbal && refused (text, start, sentence->start))
        continue;
      if (action != NULL && lasted_for_a_time (text, start, sentence->start))
        continue;
      if (action != NULL)
        {
          g_ptr_array_add (sentence->actions, (gpointer) action);
          /* "was shut", "had hit": a past form that looks like the
           * present, after an auxiliary of the past. */
          if (!aside &&
              (action->past || (action->verbal && previous_word_in (text, start, sentence->start, past_auxiliaries,
                                                                      G_N_ELEMENTS (past_auxiliaries)))))
            sentence->tells_past = TRUE;
        }
    }
  return sentence->actions;
}

/* Whether the sentence from @start to @end of @text tells an action as
 * still to come ("will resign", "is to be sentenced"): then its word is
 * from @word_at to @word_end_at, to be read as a verb where @as_verb. */
static gboolean
planned_word (const char *text,
              gsize       start,
              gsize       end,
              gsize      *word_at,
              gsize      *word_end_at,
              gboolean   *as_verb)
{
  static const char * const markers[] = {
    " will be ", " will ", " is to be ", " are to be ", " is to ", " are to ",
    /* "plans to start trading", "is set to take office", "expects to
     * debut": told as still to come as surely. */
    " plans to ", " plan to ", " is set to ", " are set to ", " expects to ", " expect to ",
    " is expected to ", " are expected to ", " is due to ", " are due to ", " intends to ", " aims to ",
  };
  gboolean quoted = FALSE;

  /* Most sentences hold none: one search each for the two words that
   * open them all, before the sentence is read byte by byte. */
  {
    const char *will = strstr (text + start, " will ");
    const char *to = strstr (text + start, " to ");

    if ((will == NULL || will >= text + end) && (to == NULL || to >= text + end))
      return FALSE;
  }
  for (gsize i = start; i < end; i++)
    {
      if ((guchar) text[i] >= 0x80 || text[i] == '"')
        {
          quoted = dossier_quotation_after (g_utf8_get_char (text + i), quoted);
          i = g_utf8_next_char (text + i) - text - 1;
          continue;
        }
      /* Every marker opens on a space and "w", "i", "a", "p" or "e". */
      if (quoted || text[i] != ' ' ||
          (text[i + 1] != 'w' && text[i + 1] != 'i' && text[i + 1] != 'a' && text[i + 1] != 'p' &&
           text[i + 1] != 'e'))
        continue;
      for (gsize m = 0; m < G_N_ELEMENTS (markers); m++)
        {
          gsize len = strlen (markers[m]), word, word_end;

          if (i + len >= end || strncmp (text + i, markers[m], len) != 0)
            continue;
          word = i + len;
          word_end = word;
          while (word_end < end && g_ascii_islower (text[word_end]))
            word_end++;
          if (word_end - word < 3 || word_end - word > MAX_ACTION_WORD ||
              (word_end < end && (g_ascii_isalpha (text[word_end]) || text[word_end] == '-' ||
                                  (guchar) text[word_end] >= 0x80)))
            break;
          /* "will be sentenced": the participle, read as words are;
           * "will resign": the verb. */
          *word_at = word;
          *word_end_at = word_end;
          *as_verb = strstr (markers[m], " be ") == NULL;
          return TRUE;
        }
    }
  return FALSE;
}

const DossierActionWord *
_dossier_event_planned_action (DossierVocabulary    *vocabulary,
                               GPtrArray            *documents,
                               guint                 d,
                               DossierEventSentence *sentence)
{
  if (!sentence->planned_read)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, sentence->paragraph);
      const DossierEventKeptTerms *kept = sentence->kept;
      gsize word = 0, word_end = 0;
      gboolean as_verb = FALSE;

      /* Where an earlier analysis read it, its word is taken from what it
       * kept of the article (the same text): only looked up. */
      if (kept != NULL && kept->text_flags != NULL &&
          (kept->text_flags[sentence->kept_index] & DOSSIER_SENTENCE_PLANNED_READ))
        {
          sentence->planned_at = kept->planned_at[sentence->kept_index];
          sentence->planned_len = kept->planned_len[sentence->kept_index];
        }
      else if (planned_word (paragraph->text, sentence->start, sentence->end, &word, &word_end, &as_verb))
        {
          sentence->planned_at = (guint32) (word - sentence->start + 1);
          sentence->planned_len = (guint8) (((word_end - word) << 1) | (as_verb ? 1 : 0));
        }
      else
        sentence->planned_at = 0;
      sentence->planned = sentence->planned_at == 0 ? NULL
                          : lookup (vocabulary, paragraph->text + sentence->start + sentence->planned_at - 1,
                                    sentence->planned_len >> 1, sentence->planned_len & 1);
      sentence->text_read |= DOSSIER_SENTENCE_PLANNED_READ;
      sentence->planned_read = TRUE;
    }
  return sentence->planned;
}

gboolean
_dossier_event_actions_meet (GPtrArray                *a,
                             GPtrArray                *b,
                             const DossierActionWord **word_a,
                             const DossierActionWord **word_b)
{
  for (guint i = 0; i < a->len; i++)
    for (guint j = 0; j < b->len; j++)
      {
        const DossierActionWord *x = g_ptr_array_index (a, i);
        const DossierActionWord *y = g_ptr_array_index (b, j);

        if (dossier_action_classes_meet (x->classes, x->n_classes, y->classes, y->n_classes))
          {
            if (word_a != NULL)
              *word_a = x;
            if (word_b != NULL)
              *word_b = y;
            return TRUE;
          }
      }
  return FALSE;
}

gboolean
_dossier_event_follows_after (const char *text,
                              gsize       len,
                              const char *word)
{
  gsize word_len = strlen (word);

  for (gsize i = 0; i + word_len <= len; i++)
    {
      guint words_back = 0;
      gsize j;

      if ((i > 0 && g_ascii_isalpha (text[i - 1])) || g_ascii_strncasecmp (text + i, word, word_len) != 0 ||
          (i + word_len < len && g_ascii_isalpha (text[i + word_len])))
        continue;
      /* The words before it, back to the fourth. */
      for (j = i; j > 0 && words_back < 4;)
        {
          gsize end, start;

          while (j > 0 && !g_ascii_isalpha (text[j - 1]))
            j--;
          end = j;
          while (j > 0 && g_ascii_isalpha (text[j - 1]))
            j--;
          start = j;
          if (end == start)
            break;
          words_back++;
          if ((end - start == 9 && g_ascii_strncasecmp (text + start, "following", 9) == 0) ||
              (end - start == 5 && g_ascii_strncasecmp (text + start, "after", 5) == 0))
            return TRUE;
        }
    }
  return FALSE;
}
