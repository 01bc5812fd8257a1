/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-quote.h"

#include <string.h>

#include "dossier-bytes.h"
#include "dossier-characters.h"
#include "dossier-token.h"
#include "dossier-word-lists.h"

static gboolean
is_speech_verb (const char *text,
                gsize       start,
                gsize       end)
{
  /* Most words of a window are capitalised, short or long: no list walk. */
  if (end - start < 3 || end - start > 10 || !g_ascii_islower (text[start]))
    return FALSE;
  return dossier_word_list_contains (&dossier_words_speech_verbs, text + start, end - start);
}

/* 'm', 'f', 'p' (plural) or 0 when the word is no personal pronoun. */
static char
pronoun_gender (const char *word,
                gsize       len)
{
  if ((len == 2 && (memcmp (word, "he", 2) == 0 || memcmp (word, "He", 2) == 0)))
    return 'm';
  if ((len == 3 && (memcmp (word, "she", 3) == 0 || memcmp (word, "She", 3) == 0)))
    return 'f';
  return 0;
}

/* "Zelenskyy's plan": a possessive names an owner, not a speaker. */
static gboolean
is_possessive (DossierDocument *document,
               DossierMention  *mention)
{
  DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, mention->paragraph);
  const char *after = paragraph->text + mention->end;

  return g_str_has_prefix (after, "'s") || g_str_has_prefix (after, "’s") ||
         (mention->end > 0 && paragraph->text[mention->end - 1] == 's' &&
          (g_str_has_prefix (after, "'") || g_str_has_prefix (after, "’")));
}

static int
person_mention_in (DossierDocument *document,
                   guint            paragraph,
                   gsize            start,
                   gsize            end,
                   gboolean         last)
{
  int found = -1;

  for (guint m = 0; m < document->mentions->len; m++)
    {
      DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
      if (mention->paragraph != paragraph || mention->type != DOSSIER_ENTITY_PERSON)
        continue;
      if (is_possessive (document, mention))
        continue;
      if (mention->start >= start && mention->end <= end)
        {
          found = m;
          if (!last)
            return found;
        }
    }
  return found;
}

/* The gender a person mention's given name suggests; a lone surname takes
 * it from the full name the article gives elsewhere. */
static char
mention_gender (DossierDocument         *document,
                DossierEntityRecognizer *recognizer,
                const DossierMention    *mention)
{
  if (strchr (mention->canonical, ' ') != NULL)
    return dossier_entity_recognizer_guess_gender (recognizer, mention->canonical);
  for (guint m = 0; m < document->mentions->len; m++)
    {
      const DossierMention *other = &g_array_index (document->mentions, DossierMention, m);
      if (other->type == DOSSIER_ENTITY_PERSON && strchr (other->canonical, ' ') != NULL &&
          g_strcmp0 (other->key, mention->key) == 0)
        return dossier_entity_recognizer_guess_gender (recognizer, other->canonical);
    }
  return 0;
}

int
dossier_quotes_resolve_pronoun (DossierDocument         *document,
                                DossierEntityRecognizer *recognizer,
                                guint                    paragraph,
                                gsize                    position,
                                char                     gender)
{
  for (int m = (int) document->mentions->len - 1; m >= 0; m--)
    {
      DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
      char found_gender;

      if (mention->type != DOSSIER_ENTITY_PERSON)
        continue;
      if (mention->paragraph > paragraph || (mention->paragraph == paragraph && mention->start >= position))
        continue;
      /* A pronoun reaches back a few paragraphs at most. */
      if (paragraph - mention->paragraph > 3)
        return -1;
      found_gender = mention_gender (document, recognizer, mention);
      if (gender != 0 && found_gender != 0 && gender != found_gender)
        continue;

      /* The nearest sentence naming someone; its first such person is
       * most likely its subject, whom a following "he" continues. */
      {
        DossierParagraph *holder = g_ptr_array_index (document->paragraphs, mention->paragraph);
        gsize sentence_start = 0;
        int first = m;

        for (guint s = 0; s < holder->sentences->len; s++)
          {
            DossierSpan *span = &g_array_index (holder->sentences, DossierSpan, s);
            if (mention->start >= span->start && mention->start < span->end)
              sentence_start = span->start;
          }
        for (int k = m - 1; k >= 0; k--)
          {
            DossierMention *earlier = &g_array_index (document->mentions, DossierMention, k);
            char earlier_gender;
            if (earlier->paragraph != mention->paragraph || earlier->start < sentence_start)
              break;
            if (earlier->type != DOSSIER_ENTITY_PERSON || is_possessive (document, earlier))
              continue;
            earlier_gender = mention_gender (document, recognizer, earlier);
            if (gender != 0 && earlier_gender != 0 && gender != earlier_gender)
              continue;
            first = k;
          }
        return first;
      }
    }
  return -1;
}

/* The person who speaks in the words from @start to @end of a sentence:
 * a person mention there, or a pronoun resolved backwards — only when a
 * speech verb is there too. */
static int
speaker_in_window (DossierDocument         *document,
                   DossierEntityRecognizer *recognizer,
                   guint                    paragraph,
                   const char              *text,
                   gsize                    start,
                   gsize                    end,
                   gboolean                 prefer_last)
{
  DossierTokenIter iter;
  DossierToken token_storage;
  const DossierToken *token = &token_storage;
  gboolean verb = FALSE;
  int pronoun_at = -1;
  char gender = 0;
  int mention;

  if (end <= start)
    return -1;
  /* Walked with the iterator: the window's tokens are read once, in order,
   * and need no array. */
  dossier_token_iter_init (&iter, text + start, end - start);
  while (dossier_token_iter_next (&iter, &token_storage))
    {
      char g;
      if (is_speech_verb (text + start, token->start, token->end))
        verb = TRUE;
      else if ((g = pronoun_gender (text + start + token->start, token->end - token->start)) != 0)
        {
          if (pronoun_at < 0 || prefer_last)
            {
              pronoun_at = start + token->start;
              gender = g;
            }
        }
    }
  if (!verb)
    return -1;

  mention = person_mention_in (document, paragraph, start, end, prefer_last);
  if (mention >= 0)
    {
      /* A pronoun nearer the verb than the name wins: "“…,” he told Smith". */
      DossierMention *m = &g_array_index (document->mentions, DossierMention, mention);
      if (pronoun_at < 0 || (!prefer_last && (gsize) pronoun_at > m->start) ||
          (prefer_last && (gsize) pronoun_at < m->start))
        return mention;
    }
  if (pronoun_at >= 0)
    return dossier_quotes_resolve_pronoun (document, recognizer, paragraph, pronoun_at, gender);
  return -1;
}

/* Any opening mark but the straight apostrophe, which is far more often
 * an apostrophe than the start of quoted speech. */
static gboolean
is_open_mark (gunichar c)
{
  return c != '\'' && dossier_unichar_opens_quote (c);
}

static gboolean
closes (gunichar open,
        gunichar c)
{
  if (open == 0x2018)
    return c == 0x2019;
  if (open == 0x00AB)
    return c == 0x00BB;
  return c == 0x201D || c == '"' || (open == 0x201E && c == 0x201C);
}

static guint
count_words (const char *text,
             gsize       start,
             gsize       end)
{
  guint words = 0;
  gboolean in_word = FALSE;

  for (gsize i = start; i < end; i++)
    {
      gboolean space = g_ascii_isspace (text[i]);
      if (!space && !in_word)
        words++;
      in_word = !space;
    }
  return words;
}

static void
sentence_bounds (DossierParagraph *paragraph,
                 gsize             position,
                 gsize            *start,
                 gsize            *end)
{
  *start = 0;
  *end = paragraph->len;
  for (guint s = 0; s < paragraph->sentences->len; s++)
    {
      DossierSpan *span = &g_array_index (paragraph->sentences, DossierSpan, s);
      if (position >= span->start && position < span->end)
        {
          *start = span->start;
          *end = span->end;
          return;
        }
    }
}

static void
add_quote (DossierDocument *document,
           guint            paragraph,
           gsize            start,
           gsize            end,
           int              speaker)
{
  DossierQuote quote = { 0 };

  quote.paragraph = paragraph;
  quote.start = start;
  quote.end = end;
  quote.speaker_mention = speaker;
  quote.speaker_entity = -1;
  g_array_append_val (document->quotes, quote);
}

/* The first position from @i on that holds a straight quote or a byte
 * above ASCII (the only bytes that can open or close a quote), or @len.
 * Eight bytes are tested at a time while they hold neither. */
static gsize
skip_plain_ascii (const char *text,
                  gsize       i,
                  gsize       len)
{
  while (i + 8 <= len)
    {
      guint64 word = dossier_bytes_load (text + i);

      if (dossier_bytes_equal (word, '"') | dossier_bytes_high (word))
        break;
      i += 8;
    }
  while (i < len && (guchar) text[i] < 0x80 && text[i] != '"')
    i++;
  return i;
}

/* "…," he said / said NATO Secretary-General Mark Rutte / Rutte said: "…" */
static void
find_marked_quotes (DossierDocument         *document,
                    DossierEntityRecognizer *recognizer,
                    guint                    p)
{
  DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);
  const char *text = paragraph->text;
  gsize len = paragraph->len;
  gsize i = 0;
  int last_speaker = -1;

  while (i < len)
    {
      gunichar c;
      gsize open_at = i;
      gsize content_start, content_end = 0, close_end = 0;
      gboolean closed = FALSE;

      /* Of ASCII, only the straight quote opens a quote: the rest is
       * stepped over without decoding. */
      if ((guchar) text[i] < 0x80 && text[i] != '"')
        {
          i = skip_plain_ascii (text, i + 1, len);
          continue;
        }
      c = g_utf8_get_char (text + i);
      i = g_utf8_next_char (text + i) - text;
      if (!is_open_mark (c))
        continue;
      /* A straight quote opens only after a space or at the start. */
      if (c == '"' && open_at > 0 && !g_ascii_isspace (text[open_at - 1]) && text[open_at - 1] != '(')
        continue;
      if (c == 0x2018 && open_at > 0 && !g_ascii_isspace (text[open_at - 1]))
        continue;

      content_start = i;
      while (i < len)
        {
          gunichar d;
          gsize here = i;

          /* Likewise, only the straight quote closes one. */
          if ((guchar) text[i] < 0x80 && text[i] != '"')
            {
              i = skip_plain_ascii (text, i + 1, len);
              continue;
            }
          d = g_utf8_get_char (text + i);
          i = g_utf8_next_char (text + i) - text;
          if (closes (c, d))
            {
              /* ’ is also an apostrophe: "allies’ determination". */
              if (d == 0x2019 && i < len && g_unichar_isalpha (g_utf8_get_char (text + i)))
                continue;
              content_end = here;
              close_end = i;
              closed = TRUE;
              break;
            }
        }
      if (!closed)
        break;

      {
        guint words = count_words (text, content_start, content_end);
        gsize sentence_start, sentence_end;
        int speaker;
        gsize after = close_end;
        gsize trimmed_end = content_end;

        /* "…, we will," he said: the comma belongs to the attribution. */
        while (trimmed_end > content_start && (text[trimmed_end - 1] == ',' || text[trimmed_end - 1] == ' '))
          trimmed_end--;

        sentence_bounds (paragraph, content_start, &sentence_start, &sentence_end);
        if (close_end > sentence_end)
          {
            gsize s2, e2;
            sentence_bounds (paragraph, MIN (close_end, len - 1), &s2, &e2);
            sentence_end = MAX (sentence_end, e2);
          }

        /* After the quote, up to the end of its sentence: ', Rutte said.' */
        speaker = speaker_in_window (document, recognizer, p, text, after, sentence_end, FALSE);
        /* Before it: 'Zelenskyy said …, “…”'. */
        if (speaker < 0)
          speaker = speaker_in_window (document, recognizer, p, text, sentence_start, open_at, TRUE);
        /* A quote that continues the one before it in the paragraph. */
        if (speaker < 0 && words >= 4 && last_speaker >= 0 && sentence_start == open_at)
          speaker = last_speaker;

        if (words >= 4 || (words >= 2 && speaker >= 0 && trimmed_end > content_start &&
                           (text[content_end - 1] == ',' || text[content_end - 1] == '.' ||
                            text[content_end - 1] == '?' || text[content_end - 1] == '!')))
          {
            add_quote (document, p, content_start, trimmed_end, speaker);
            if (speaker >= 0)
              last_speaker = speaker;
          }
      }
    }
}

/* Reported speech without marks: "We made a decision … It's just a
 * question of timing, he said in a conversation with journalists." */
static void
find_unmarked_quotes (DossierDocument         *document,
                      DossierEntityRecognizer *recognizer,
                      guint                    p)
{
  DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);
  const char *text = paragraph->text;
  gboolean has_first_person = FALSE;

  for (guint s = 0; s < paragraph->sentences->len; s++)
    {
      DossierSpan *span = &g_array_index (paragraph->sentences, DossierSpan, s);
      guint n_tokens;
      const DossierToken *tokens = dossier_paragraph_get_sentence_tokens (paragraph, s, &n_tokens);

      for (guint t = 1; t + 1 < n_tokens; t++)
        {
          const DossierToken *previous = &tokens[t - 1];
          const DossierToken *subject = &tokens[t];
          const DossierToken *verb = &tokens[t + 1];
          const char *base = text + span->start;
          char gender;
          gsize quote_start;
          int speaker = -1;

          if (dossier_word_list_contains (&dossier_words_first_person, base + previous->start,
                                          previous->end - previous->start))
            has_first_person = TRUE;
          if (previous->following != ',' || !has_first_person)
            continue;
          if (!is_speech_verb (base, verb->start, verb->end))
            continue;

          gender = pronoun_gender (base + subject->start, subject->end - subject->start);
          if (gender != 0)
            speaker = dossier_quotes_resolve_pronoun (document, recognizer, p, span->start + subject->start, gender);
          else
            speaker = person_mention_in (document, p, span->start + subject->start, span->start + verb->start, FALSE);
          if (speaker < 0)
            break;

          /* The quote reaches back over earlier first-person sentences. */
          quote_start = span->start;
          for (int b = (int) s - 1; b >= 0; b--)
            {
              DossierSpan *before = &g_array_index (paragraph->sentences, DossierSpan, b);
              guint n_before_tokens;
              const DossierToken *before_tokens = dossier_paragraph_get_sentence_tokens (paragraph, b, &n_before_tokens);
              gboolean first = FALSE;
              for (guint k = 0; k < n_before_tokens && !first; k++)
                {
                  const DossierToken *tk = &before_tokens[k];
                  first = dossier_word_list_contains (&dossier_words_first_person, text + before->start + tk->start,
                                                      tk->end - tk->start);
                }
              if (!first)
                break;
              quote_start = before->start;
            }
          if (text[quote_start] == '"' || g_str_has_prefix (text + quote_start, "“"))
            break;
          add_quote (document, p, quote_start, span->start + previous->full_end, speaker);
          break;
        }
    }
}

static gboolean
overlaps_quote (DossierDocument *document,
                guint            paragraph,
                gsize            start,
                gsize            end)
{
  for (guint q = 0; q < document->quotes->len; q++)
    {
      DossierQuote *quote = &g_array_index (document->quotes, DossierQuote, q);
      if (quote->paragraph == paragraph && quote->start < end && start < quote->end)
        return TRUE;
    }
  return FALSE;
}

void
dossier_quotes_find (DossierDocument         *document,
                     DossierEntityRecognizer *recognizer)
{
  g_return_if_fail (document != NULL);
  g_return_if_fail (recognizer != NULL);

  for (guint p = 0; p < document->paragraphs->len; p++)
    {
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);
      guint before = document->quotes->len;

      find_marked_quotes (document, recognizer, p);
      /* Unmarked speech needs a first-person word and ", he said". */
      if (document->quotes->len == before && strstr (paragraph->text, ", ") != NULL &&
          (strstr (paragraph->text, "We ") || strstr (paragraph->text, " we ") ||
           strstr (paragraph->text, "I ") || strstr (paragraph->text, " our ") ||
           strstr (paragraph->text, " us ") || strstr (paragraph->text, " my ") ||
           strstr (paragraph->text, " me ")))
        find_unmarked_quotes (document, recognizer, p);

      /* A quote card: the whole paragraph, said by its attribution. */
      if (paragraph->attribution != NULL && !overlaps_quote (document, p, 0, paragraph->len))
        {
          g_auto(GStrv) words = g_strsplit (paragraph->attribution, " ", -1);
          guint name_words = 0;
          const DossierGazetteer *gazetteer = dossier_entity_recognizer_get_gazetteer (recognizer);
          DossierQuote quote = { 0 };
          g_autofree char *name = NULL;

          /* The name is the attribution up to its first title word. */
          while (words[name_words] != NULL &&
                 !dossier_gazetteer_lookup (gazetteer, DOSSIER_GAZETTEER_TITLE, words[name_words],
                                            strlen (words[name_words])))
            name_words++;
          if (name_words == 0 || name_words > 4)
            name_words = MIN (g_strv_length (words), 2u);
          {
            char *saved = words[name_words];
            words[name_words] = NULL;
            name = g_strjoinv (" ", words);
            words[name_words] = saved;
          }

          quote.paragraph = p;
          quote.start = 0;
          quote.end = paragraph->len;
          quote.speaker_mention = -1;
          quote.speaker_entity = -1;
          quote.speaker_name = g_strdup (name);
          {
            const char *space = strrchr (name, ' ');
            g_autofree char *surname = dossier_person_surname_key (space ? space + 1 : name, -1);
            quote.speaker_key = g_strconcat ("person:", surname, NULL);
          }
          g_array_append_val (document->quotes, quote);
        }
    }
}
