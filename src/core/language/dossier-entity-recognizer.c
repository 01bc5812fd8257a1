/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The recogniser walks each sentence's tokens once.  At a capitalised
 * token it tries, longest first, a gazetteer phrase (place, organisation,
 * title, demonym); failing that it takes the run of capitalised words that
 * starts there and decides what the run is from its context: a title
 * before it, a given name at its head, an organisation word at its tail, a
 * speech verb after it.  Lone capitalised words that nothing explains are
 * kept as candidates and become people only if a full name with that
 * surname is known. */

#include "dossier-entity-recognizer.h"

#include <string.h>

#include "dossier-characters.h"
#include "dossier-debug.h"
#include "dossier-entity-keys.h"
#include "dossier-outlets.h"
#include "dossier-token.h"
#include "dossier-word-lists.h"

struct _DossierEntityRecognizer
{
  DossierGazetteer *gazetteer;
  guint max_words;
  /* The first letters of data/words/institution-nouns.txt: most words in
   * small letters need no look-up. */
  gboolean institution_first[256];
};

DossierEntityRecognizer *
dossier_entity_recognizer_new (DossierGazetteer *gazetteer)
{
  DossierEntityRecognizer *recognizer;

  g_return_val_if_fail (gazetteer != NULL, NULL);

  recognizer = g_new0 (DossierEntityRecognizer, 1);
  recognizer->gazetteer = dossier_gazetteer_ref (gazetteer);
  recognizer->max_words = MIN (dossier_gazetteer_get_max_words (gazetteer), 8);
  for (guint k = 0; k < dossier_words_institution_nouns.n_words; k++)
    recognizer->institution_first[(guchar) dossier_words_institution_nouns.words[k][0]] = TRUE;
  return recognizer;
}

void
dossier_entity_recognizer_free (DossierEntityRecognizer *recognizer)
{
  if (recognizer == NULL)
    return;
  dossier_gazetteer_unref (recognizer->gazetteer);
  g_free (recognizer);
}

const DossierGazetteer *
dossier_entity_recognizer_get_gazetteer (DossierEntityRecognizer *recognizer)
{
  return recognizer->gazetteer;
}

static gboolean
is_capitalised (const DossierToken *token)
{
  return (token->flags & (DOSSIER_TOKEN_CAPITALISED | DOSSIER_TOKEN_ALL_CAPS)) != 0 &&
         (token->flags & DOSSIER_TOKEN_DIGITS) == 0;
}

/* Tokens i..i+n-1 read as one phrase: single spaces between them and no
 * possessive or punctuation inside. */
static gboolean
tokens_adjacent (const char         *text,
                 const DossierToken *tokens,
                 guint               i,
                 guint               n)
{
  for (guint k = i; k + 1 < i + n; k++)
    {
      const DossierToken *a = &tokens[k];
      const DossierToken *b = &tokens[k + 1];
      if (a->full_end != a->end || b->start != a->end + 1 || text[a->end] != ' ')
        return FALSE;
    }
  return TRUE;
}

static const DossierGazetteerEntry *
lookup_span (DossierEntityRecognizer *recognizer,
             DossierGazetteerKind     kind,
             const char              *text,
             const DossierToken      *tokens,
             guint                    i,
             guint                    n)
{
  const DossierToken *first = &tokens[i];
  const DossierToken *last = &tokens[i + n - 1];

  return dossier_gazetteer_lookup (recognizer->gazetteer, kind, text + first->start, last->end - first->start);
}

/* Whether token @i is a place the lists know, other than a town or city
 * that only WordNet's general list of settlements names (as it names
 * "Nelson", "Henderson" and "Santos", surnames as often). */
static gboolean
is_place_beyond_a_settlement (DossierEntityRecognizer *recognizer,
                              const char              *text,
                              const DossierToken      *tokens,
                              guint                    i)
{
  const DossierGazetteerEntry *place = lookup_span (recognizer, DOSSIER_GAZETTEER_PLACE, text, tokens, i, 1);

  return place != NULL && g_strcmp0 (place->class, "settlement") != 0;
}

/* Every part capitalised and then in lower case: "Frank-Walter",
 * "Hans-Dietrich", not "US-UK" or "Kyiv-based". */
static gboolean
is_compound_name (const char *word,
                  gsize       len)
{
  gboolean part_start = TRUE, lower_seen = FALSE;

  for (gsize i = 0; i < len; i++)
    {
      char c = word[i];
      if (c == '-')
        {
          if (part_start || !lower_seen)
            return FALSE;
          part_start = TRUE;
          lower_seen = FALSE;
          continue;
        }
      if (part_start)
        {
          if (!g_ascii_isupper (c) && (guchar) c < 0x80)
            return FALSE;
          part_start = FALSE;
        }
      else if (g_ascii_islower (c) || (guchar) c >= 0x80)
        lower_seen = TRUE;
      else if (g_ascii_isupper (c))
        return FALSE;
    }
  return !part_start && lower_seen;
}

static gboolean
is_not_name (DossierEntityRecognizer *recognizer,
             const char              *text,
             const DossierToken      *token)
{
  gsize len = token->end - token->start;

  if (dossier_gazetteer_lookup (recognizer->gazetteer, DOSSIER_GAZETTEER_NOT_NAME, text + token->start, len))
    return TRUE;
  /* "HOWEVER" in a shouted heading is still "However". */
  if ((token->flags & DOSSIER_TOKEN_ALL_CAPS) && len < 32)
    {
      char buffer[32];
      for (gsize i = 0; i < len; i++)
        buffer[i] = i == 0 ? text[token->start] : g_ascii_tolower (text[token->start + i]);
      return dossier_gazetteer_lookup (recognizer->gazetteer, DOSSIER_GAZETTEER_NOT_NAME, buffer, len) != NULL;
    }
  return FALSE;
}

/* Whether the @len bytes at @name are a news agency's name, as the list
 * of outlets writes it. */
static gboolean
is_agency (const char *name,
           gsize       len)
{
  const DossierOutlet *outlet = dossier_outlet_find_by_name (name, len, NULL);

  return outlet != NULL && outlet->kind == DOSSIER_OUTLET_AGENCY;
}

/* Whether [@start, @end) of @text names an agency in a credit, not one
 * that does something: in brackets that credit a picture or the copy
 * ("(AFP, AP, Reuters)", "(Handout/DPA/Zuma Press/TNS)", "(… via AP)",
 * "(Reuters)"), or the byline "By Reuters:" opening a paragraph.  The
 * list of outlets is asked last: most names stand in no brackets. */
static gboolean
in_a_credit (const char *text,
             gsize       len,
             gsize       start,
             gsize       end)
{
  gsize open = start, close = end;

  if (start == 3 && g_ascii_strncasecmp (text, "By ", 3) == 0 && (end == len || text[end] == ':'))
    return is_agency (text + start, end - start);
  while (open > 0 && start - open < 64 && text[open - 1] != '(' && text[open - 1] != ')')
    open--;
  while (close < len && close - end < 64 && text[close] != ')' && text[close] != '(')
    close++;
  if (open == 0 || text[open - 1] != '(' || close == len || text[close] != ')')
    return FALSE;
  /* A list of credits, or the one who passed a picture on; an agency
   * alone or in a list of names.  ("the ruling party (AKP)" names it.) */
  if (memchr (text + open, '/', close - open) != NULL ||
      (start - open >= 4 && strncmp (text + start - 4, "via ", 4) == 0))
    return TRUE;
  for (gsize k = open; k < close; k++)
    if (!(g_ascii_isalpha (text[k]) || text[k] == ' ' || text[k] == ',' || text[k] == '-' || text[k] == '.'))
      return FALSE;
  return is_agency (text + start, end - start);
}

/* Whether the name [@start, @end) of @text ends on a word of a
 * competition ("the Olympic Games", "the World Cup"): no body, no one. */
static gboolean
names_a_competition (const char *text,
                     gsize       start,
                     gsize       end)
{
  gsize word = end;

  while (word > start && g_ascii_isalpha (text[word - 1]))
    word--;
  return word < end && dossier_word_list_contains (&dossier_words_competition_words, text + word, end - word);
}

static void
add_mention (DossierDocument   *document,
             guint              paragraph,
             gsize              start,
             gsize              end,
             DossierEntityType  type,
             char              *key,
             const char        *canonical,
             gsize              canonical_len)
{
  DossierMention mention = { 0 };
  DossierParagraph *owner = g_ptr_array_index (document->paragraphs, paragraph);

  if (type == DOSSIER_ENTITY_ORGANIZATION &&
      (in_a_credit (owner->text, owner->len, start, end) || names_a_competition (owner->text, start, end)))
    {
      g_free (key);
      return;
    }

  mention.paragraph = paragraph;
  mention.start = start;
  mention.end = end;
  mention.type = type;
  mention.key = key;
  mention.canonical = g_strndup (canonical, canonical_len);
  mention.entity = -1;
  g_array_append_val (document->mentions, mention);
}

static void
add_gazetteer_mention (DossierDocument             *document,
                       guint                        paragraph,
                       gsize                        offset,
                       const DossierToken          *first,
                       const DossierToken          *last,
                       DossierEntityType            type,
                       const DossierGazetteerEntry *entry)
{
  const char *canonical = entry->canonical[0] ? entry->canonical : entry->surface;
  g_autofree char *folded = dossier_fold_to_ascii (canonical, -1);
  char *key;

  /* A listed organisation compares as one no list knows. */
  if (type == DOSSIER_ENTITY_ORGANIZATION)
    _dossier_organization_name_fold (folded);
  key = type == DOSSIER_ENTITY_PLACE ? dossier_place_key (folded, -1) : g_strconcat ("org:", folded, NULL);

  /* "Moody's": a listed name's own "'s" is part of it. */
  add_mention (document, paragraph, offset + first->start,
               offset + (g_str_has_suffix (entry->surface, "'s") ? last->full_end : last->end), type, key,
               canonical, strlen (canonical));
}

/* Where an organisation's name of tokens [@first, @after) begins when
 * its acronym follows in brackets and the capitalised words before it
 * give the acronym's first letters ("the Independent National Electoral
 * Commission (INEC)": words the name leaves out elsewhere, "Independent"
 * and "National", are its own here); @first otherwise.  Mentions found
 * over the words it takes are dropped from @document. */
static guint
acronym_start (DossierDocument    *document,
               guint               paragraph,
               gsize               offset,
               const char         *text,
               const DossierToken *tokens,
               guint               n_tokens,
               guint               first,
               guint               after)
{
  const DossierToken *last = &tokens[after - 1];
  const char *open = text + last->end;
  gsize n = 0;
  guint have = 0;
  guint k = first;

  if (after >= n_tokens || open[0] != ' ' || open[1] != '(' || tokens[after].start != last->end + 2 ||
      !(tokens[after].flags & DOSSIER_TOKEN_ALL_CAPS) || text[tokens[after].end] != ')')
    return first;
  n = tokens[after].end - tokens[after].start;
  for (guint t = first; t < after; t++)
    if (is_capitalised (&tokens[t]))
      have++;
  if (n > 8 || have >= n || have == 0)
    return first;
  /* The name's own initials must be the acronym's last letters. */
  for (guint t = first, letter = n - have; t < after; t++)
    if (is_capitalised (&tokens[t]) && text[tokens[t].start] != text[tokens[after].start + letter++])
      return first;
  while (k > 0 && have < n && tokens_adjacent (text, tokens, k - 1, 2) && is_capitalised (&tokens[k - 1]) &&
         text[tokens[k - 1].start] == text[tokens[after].start + (n - have - 1)])
    {
      k--;
      have++;
    }
  if (have != n)
    return first;
  /* A name found over those words gives way ("The Independent", a
   * newspaper, in "The Independent National Electoral Commission"). */
  while (document->mentions->len > 0)
    {
      DossierMention *previous = &g_array_index (document->mentions, DossierMention, document->mentions->len - 1);

      if (previous->paragraph != paragraph || previous->end <= offset + tokens[k].start)
        break;
      /* The array's clear function frees its strings. */
      g_array_set_size (document->mentions, document->mentions->len - 1);
    }
  return k;
}

/* Whether a token of [@first, @after) holds a digit ("Apollo 11"). */
static gboolean
has_digit (const char         *text,
           const DossierToken *tokens,
           guint               first,
           guint               after)
{
  for (guint t = first; t < after; t++)
    for (gsize b = tokens[t].start; b < tokens[t].end; b++)
      if (g_ascii_isdigit (text[b]))
        return TRUE;
  return FALSE;
}

static gboolean
followed_by_person_verb (const char         *text,
                         const DossierToken *tokens,
                         guint               n_tokens,
                         guint               first,
                         guint               after)
{
  const DossierToken *next;
  const DossierToken *previous;

  if (after >= n_tokens)
    return FALSE;
  /* "the Alliance said" is an institution speaking, not a person. */
  if (first > 0)
    {
      const DossierToken *before = &tokens[first - 1];
      if (before->end - before->start == 3 && g_ascii_strncasecmp (text + before->start, "the", 3) == 0)
        return FALSE;
    }
  previous = &tokens[after - 1];
  next = &tokens[after];
  /* "Smith said", "Smith, who …" — but not "Smith. Said". */
  if (previous->following != ' ' && previous->following != ',')
    return FALSE;
  return dossier_word_list_contains (&dossier_words_person_verbs, text + next->start, next->end - next->start);
}

static gboolean
preceded_by_according_to (const char         *text,
                          const DossierToken *tokens,
                          guint               i)
{
  const DossierToken *a, *b;

  if (i < 2)
    return FALSE;
  a = &tokens[i - 2];
  b = &tokens[i - 1];
  return (b->end - b->start == 2 && g_ascii_strncasecmp (text + b->start, "to", 2) == 0 &&
          a->end - a->start == 9 && g_ascii_strncasecmp (text + a->start, "according", 9) == 0);
}

/* Whether tokens [@i, @run_end) are one or two words and a country,
 * "Cricket Australia", "Tennis Australia", "Air India", "Fair Work
 * Australia": a body of that country (a region's name, "Western
 * Australia", is listed as a place and found before; a person's given name
 * first, "Michael Jordan", is a person's). */
static gboolean
names_a_countrys_body (DossierEntityRecognizer *recognizer,
                       const char              *text,
                       const DossierToken      *tokens,
                       guint                    i,
                       guint                    run_end)
{
  static const DossierGazetteerKind kinds[] = {
    DOSSIER_GAZETTEER_PLACE, DOSSIER_GAZETTEER_DEMONYM, DOSSIER_GAZETTEER_TITLE, DOSSIER_GAZETTEER_GIVEN_NAME,
  };
  const DossierToken *first = &tokens[i], *country = &tokens[run_end - 1];
  const DossierGazetteerEntry *entry;
  DossierGazetteerKind kind;

  gsize len = first->end - first->start;

  /* Not a point of the compass ("Northeastern Libya"), nor, opening a
   * sentence, a participle ("Disgraced Australia captain"). */
  if ((first->flags & DOSSIER_TOKEN_ALL_CAPS) || (country->flags & DOSSIER_TOKEN_ALL_CAPS) ||
      (len > 4 && g_ascii_strncasecmp (text + first->end - 3, "ern", 3) == 0) ||
      (i == 0 && len > 4 && (g_ascii_strncasecmp (text + first->end - 2, "ed", 2) == 0 ||
                             g_ascii_strncasecmp (text + first->end - 3, "ing", 3) == 0)))
    return FALSE;
  entry = dossier_gazetteer_lookup (recognizer->gazetteer, DOSSIER_GAZETTEER_PLACE, text + country->start,
                                    country->end - country->start);
  if (entry == NULL || g_strcmp0 (entry->class, "country") != 0)
    return FALSE;
  for (guint k = i; k + 1 < run_end; k++)
    if ((tokens[k].flags & DOSSIER_TOKEN_ALL_CAPS) ||
        dossier_gazetteer_lookup_kinds (recognizer->gazetteer, kinds, G_N_ELEMENTS (kinds), text + tokens[k].start,
                                        tokens[k].end - tokens[k].start, &kind) != NULL)
      return FALSE;
  return TRUE;
}

/* Whether @token is a plural of people by their trade or creed, by its
 * ending: "Seismologists", "Engineers", "Historians", "Volunteers". */
static gboolean
names_people_in_the_plural (const char         *text,
                            const DossierToken *token)
{
  static const char * const endings[] = { "ists", "eers", "ians", "graphers" };
  gsize len = token->end - token->start;

  if (token->flags & DOSSIER_TOKEN_ALL_CAPS)
    return FALSE;
  for (gsize k = 0; k < G_N_ELEMENTS (endings); k++)
    {
      gsize n = strlen (endings[k]);

      if (len > n + 3 && strncmp (text + token->end - n, endings[k], n) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether @token is a person title in the plural: "Senators", "Ministers"
 * (the title without its final "s" is in the gazetteer), "Justices"
 * (data/words/plural-titles.txt). */
static gboolean
is_plural_title (DossierEntityRecognizer *recognizer,
                 const char              *text,
                 const DossierToken      *token)
{
  gsize len = token->end - token->start;

  if (len < 4 || text[token->end - 1] != 's' || !(token->flags & DOSSIER_TOKEN_CAPITALISED))
    return FALSE;
  return dossier_word_list_contains (&dossier_words_plural_titles, text + token->start, len) ||
         dossier_gazetteer_lookup (recognizer->gazetteer, DOSSIER_GAZETTEER_TITLE, text + token->start, len - 1) != NULL;
}

/* Whether @tokens open on a day of a month, "November 22" or "22 Nov.". */
static gboolean
files_a_day (const char         *text,
             const DossierToken *tokens,
             guint               n_tokens)
{
  static const char * const months[] = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
  };
  guint word;

  if (n_tokens < 2)
    return FALSE;
  word = (tokens[0].flags & DOSSIER_TOKEN_DIGITS) ? 1 : 0;
  if (!(tokens[1 - word].flags & DOSSIER_TOKEN_DIGITS) || tokens[1 - word].end - tokens[1 - word].start > 2)
    return FALSE;
  for (gsize m = 0; m < G_N_ELEMENTS (months); m++)
    if (tokens[word].end - tokens[word].start == strlen (months[m]) &&
        strncmp (text + tokens[word].start, months[m], strlen (months[m])) == 0)
      return TRUE;
  return FALSE;
}

static char *title_case (const char *text,
                         gsize       len);

/* Whether the capitalised part after a place's name and a hyphen (from
 * @hyphen to @end) makes one name with it, as no place's of its own does:
 * "Miami-Dade", not "US-UK". */
static gboolean
joins_a_name (const DossierGazetteer *gazetteer,
              const char             *hyphen,
              const char             *end)
{
  const char *part = hyphen + 1;

  if (part >= end || !g_ascii_isupper (*part) || memchr (part, '-', end - part) != NULL)
    return FALSE;
  for (const char *c = part + 1; c < end; c++)
    if (!g_ascii_islower (*c))
      return FALSE;
  return dossier_gazetteer_lookup (gazetteer, DOSSIER_GAZETTEER_PLACE, part, end - part) == NULL;
}

/* Whether token @i opens its sentence: the first, or the first after a
 * dateline's dash or a colon. */
static gboolean
opens_the_sentence (const char         *text,
                    const DossierToken *tokens,
                    guint               i)
{
  if (i == 0)
    return TRUE;
  for (gsize g = tokens[i - 1].end; g < tokens[i].start; g++)
    if (text[g] == ':' || text[g] == '-' || (guchar) text[g] == 0xE2)
      return TRUE;
  return FALSE;
}

/* "WELLINGTON/SYDNEY": two places of one dateline. */
static gboolean
slash_between (const char *text,
               gsize       from,
               gsize       to)
{
  return to == from + 1 && text[from] == '/';
}

/* The end (in tokens) of a dateline's place at the head of a paragraph:
 * words in capitals, perhaps with ", Country" after them, then a dash
 * ("ERBIL — …", "NEW DELHI, India – …", "TOKYO (AP) – …"); or a known place before a colon
 * ("NEW DELHI: …", but not "DEAR ABBY: …"); 0 when there is none. */
static guint
dateline_place_end (DossierEntityRecognizer *recognizer,
                    const char              *text,
                    const DossierToken      *tokens,
                    guint                    n_tokens,
                    guint                   *dateline_end)
{
  guint k = 0;
  gsize after;

  *dateline_end = 0;
  /* Words in capitals joined by spaces, or places by a slash: "GENEVA
   * (AP)" is the place and its credit, not a place of two words. */
  while (k < n_tokens && k < 4 && (tokens[k].flags & DOSSIER_TOKEN_ALL_CAPS) &&
         tokens[k].end - tokens[k].start >= 2 && !(tokens[k].flags & DOSSIER_TOKEN_DIGITS) &&
         (k == 0 || tokens_adjacent (text, tokens, k - 1, 2) ||
          slash_between (text, tokens[k - 1].end, tokens[k].start)))
    k++;
  *dateline_end = k;
  if (k == 0 || (k == 1 && tokens[0].end - tokens[0].start < 3))
    return 0;
  /* "FILE - In this 2015 photo, …": a wire's mark for a photo from its
   * archive, over the caption, not a place. */
  if (k == 1 && tokens[0].end - tokens[0].start == 4 && strncmp (text + tokens[0].start, "FILE", 4) == 0)
    return 0;
  after = tokens[k - 1].end;
  /* "THE HAGUE, November 22. /Agency/." or "GENEVA, 4 March (Agency) –":
   * the day it was filed after the place. */
  if (text[after] == ',' && k < n_tokens && files_a_day (text, tokens + k, n_tokens - k))
    return k;
  /* ", Ukraine" or ", Kurdistan Region" */
  if (text[after] == ',')
    {
      guint j = k;

      /* Capitalised words joined by spaces only, up to the dash. */
      while (j < n_tokens && j < k + 3 && (tokens[j].flags & DOSSIER_TOKEN_CAPITALISED))
        {
          gsize gap = j == k ? after + 1 : tokens[j - 1].end;
          gboolean spaces = TRUE;

          for (gsize g = gap; g < tokens[j].start && spaces; g++)
            spaces = text[g] == ' ';
          if (!spaces)
            break;
          j++;
        }
      if (j > k)
        {
          g_autofree char *name = title_case (text + tokens[k].start, tokens[j - 1].end - tokens[k].start);
          gboolean in_capitals = TRUE;

          for (guint c = k; c < j && in_capitals; c++)
            in_capitals = (tokens[c].flags & DOSSIER_TOKEN_ALL_CAPS) != 0;
          after = tokens[j - 1].end;
          /* "HONG KONG, NNA –": an agency's name in capitals that is no
           * place is the credit, part of the dateline, not a name of the
           * text. */
          if (in_capitals && dossier_gazetteer_lookup (recognizer->gazetteer, DOSSIER_GAZETTEER_PLACE, name,
                                                       strlen (name)) == NULL)
            *dateline_end = j;
        }
      /* "LOUISVILLE, Ky. (AP) —", "OAKLAND, Calif. —": an abbreviated
       * state's dot (the wires' abbreviations have five letters at most). */
      if (j > k && text[after] == '.' && after - tokens[j - 1].start <= 5)
        after++;
    }
  while (text[after] == ' ')
    after++;
  /* "TOKYO (AP) —": the credit in brackets between the place and the
   * dash; "SAVAR (Dhaka):", the region, before a colon too. */
  if (text[after] == '(')
    {
      const char *close = strchr (text + after, ')');

      if (close != NULL && close - (text + after) <= 64 && memchr (text + after, '\n', close - (text + after)) == NULL)
        {
          after = close + 1 - text;
          if (text[after] == ':')
            return k;
        }
      while (text[after] == ' ')
        after++;
    }
  /* "… —", "… –", "… -", and the bullet some papers set ("YOKOHAMA •"). */
  if (text[after] == '-' || strncmp (text + after, "—", strlen ("—")) == 0 ||
      strncmp (text + after, "–", strlen ("–")) == 0 || strncmp (text + after, "•", strlen ("•")) == 0)
    return k;
  *dateline_end = 0;
  return 0;
}


/* The end (in tokens) of a place the gazetteer knows, in capitals at the
 * head of a paragraph before a colon ("NEW DELHI: …", "NEW DELHI : …"); 0
 * otherwise. */
static guint
known_place_before_colon (DossierEntityRecognizer *recognizer,
                          const char              *text,
                          const DossierToken      *tokens,
                          guint                    n_tokens)
{
  guint k = 0;
  gsize after;
  g_autofree char *name = NULL;

  while (k < n_tokens && k < 4 && (tokens[k].flags & DOSSIER_TOKEN_ALL_CAPS))
    k++;
  if (k == 0)
    return 0;
  /* "NEW DELHI : …" as some papers set it, a space before the colon. */
  after = tokens[k - 1].end;
  if (text[after] == ' ')
    after++;
  if (text[after] != ':')
    return 0;
  name = title_case (text + tokens[0].start, tokens[k - 1].end - tokens[0].start);
  return dossier_gazetteer_lookup (recognizer->gazetteer, DOSSIER_GAZETTEER_PLACE, name, strlen (name)) != NULL ? k : 0;
}

/* "NEW DELHI" as "New Delhi". */
static char *
title_case (const char *text,
            gsize       len)
{
  char *name = g_strndup (text, len);
  gboolean start = TRUE;

  for (char *p = name; *p; p++)
    {
      if (g_ascii_isalpha (*p))
        {
          *p = start ? g_ascii_toupper (*p) : g_ascii_tolower (*p);
          start = FALSE;
        }
      else
        start = TRUE;
    }
  return name;
}

/* The end (in tokens) of an organisation's name whose word @j - 1 is a
 * possessive: "People's Democratic Party", "Workers' Party", "Children's
 * Hospital" — capitalised words after it, the last an organisation's
 * head; 0 when the possessive ends the name ("NATO's Secretary"). */
static guint
name_through_possessive (const char         *text,
                         const DossierToken *tokens,
                         guint               n_tokens,
                         guint               j)
{
  const DossierToken *owner = &tokens[j - 1];
  /* "St Patrick's Cathedral", "St. Peter's Square": a saint's church,
   * square or park is a place named through the possessive too. */
  gboolean saint = j >= 2 &&
                   ((tokens[j - 2].end - tokens[j - 2].start == 2 && strncmp (text + tokens[j - 2].start, "St", 2) == 0) ||
                    (tokens[j - 2].end - tokens[j - 2].start == 5 && strncmp (text + tokens[j - 2].start, "Saint", 5) == 0));

  if (!(owner->flags & DOSSIER_TOKEN_POSSESSIVE) || !is_capitalised (owner) || j >= n_tokens ||
      tokens[j].start != owner->full_end + 1 || text[owner->full_end] != ' ')
    return 0;
  for (guint k = j; k < n_tokens && k < j + 4; k++)
    {
      if (!is_capitalised (&tokens[k]) || (k > j && !tokens_adjacent (text, tokens, k - 1, 2)))
        return 0;
      if (dossier_word_list_contains (&dossier_words_organization_heads, text + tokens[k].start,
                                      tokens[k].end - tokens[k].start) ||
          (saint && dossier_word_list_contains (&dossier_words_place_kinds, text + tokens[k].start,
                                                tokens[k].end - tokens[k].start)))
        return k + 1;
    }
  return 0;
}

/* Whether the capitalised words from token @i run on to an organisation's
 * head ("Labor Party", "People's Democratic Party", "Independent National
 * Electoral Commission"): a common word there opens the name. */
static gboolean
opens_organization (const char         *text,
                    const DossierToken *tokens,
                    guint               n_tokens,
                    guint               i)
{
  for (guint k = i; k < n_tokens && k < i + 5; k++)
    {
      if (!is_capitalised (&tokens[k]))
        return FALSE;
      if (k > i && dossier_word_list_contains (&dossier_words_organization_heads, text + tokens[k].start,
                                               tokens[k].end - tokens[k].start))
        return TRUE;
      if (k + 1 < n_tokens && !tokens_adjacent (text, tokens, k, 2))
        return name_through_possessive (text, tokens, n_tokens, k + 1) > 0;
    }
  return FALSE;
}

/* Whether @token is an English function word ("The", "A", "Its"): it
 * opens no organisation's name ("The Indian Space Research Organisation"
 * is the name after it). */
static gboolean
is_function_word (const char         *text,
                  const DossierToken *token)
{
  return dossier_word_list_contains_any_case (&dossier_words_function_words_en, text + token->start,
                                              token->end - token->start);
}

/* Whether tokens[@i] is "He" as a family name, not the pronoun: directly
 * before a capitalised word that is no common word, itself before none
 * ("He Jiankui, a biological researcher, announced …"; the pronoun is
 * followed by a verb or an adverb, never by a name). */
static gboolean
is_surname_he (DossierEntityRecognizer *recognizer,
               const char              *text,
               const DossierToken      *tokens,
               guint                    n_tokens,
               guint                    i)
{
  const DossierToken *he = &tokens[i], *next;

  if (he->end - he->start != 2 || strncmp (text + he->start, "He", 2) != 0 || i + 1 >= n_tokens)
    return FALSE;
  next = &tokens[i + 1];
  return next->start == he->end + 1 && text[he->end] == ' ' && is_capitalised (next) &&
         !(next->flags & DOSSIER_TOKEN_ALL_CAPS) && !is_not_name (recognizer, text, next) &&
         !is_function_word (text, next) &&
         dossier_gazetteer_lookup (recognizer->gazetteer, DOSSIER_GAZETTEER_PLACE, text + next->start,
                                   next->end - next->start) == NULL &&
         (i + 2 >= n_tokens || !is_capitalised (&tokens[i + 2]));
}

/* The end (in tokens) of an organisation's name whose word @j - 1 is an
 * organisation's head and word @j "of" or "for": "Bank of England",
 * "Movement for Socialism", "Institute for Fiscal Studies", "Government
 * of National Unity", "Union of the Comoros" — capitalised words after it,
 * four at most; 0 when none follow. */
static guint
name_through_connector (const char         *text,
                        const DossierToken *tokens,
                        guint               n_tokens,
                        guint               j)
{
  const DossierToken *head, *connector;
  guint k, end;

  if (j == 0 || j + 1 >= n_tokens)
    return 0;
  head = &tokens[j - 1];
  connector = &tokens[j];
  if (!is_capitalised (head) || (head->flags & DOSSIER_TOKEN_ALL_CAPS) || !tokens_adjacent (text, tokens, j - 1, 2))
    return 0;
  /* "Gulf of Aden", "Volcano of Fire": a place's name goes on past "of"
   * as an organisation's does. */
  if (connector->end - connector->start == 2 && strncmp (text + connector->start, "of", 2) == 0 &&
      dossier_word_list_contains (&dossier_words_place_prefixes, text + head->start, head->end - head->start))
    ;
  else if (!dossier_word_list_contains (&dossier_words_organization_heads, text + head->start, head->end - head->start) ||
           !((connector->end - connector->start == 2 && strncmp (text + connector->start, "of", 2) == 0) ||
             (connector->end - connector->start == 3 && strncmp (text + connector->start, "for", 3) == 0)))
    return 0;
  k = j + 1;
  if (k + 1 < n_tokens && tokens[k].end - tokens[k].start == 3 && strncmp (text + tokens[k].start, "the", 3) == 0 &&
      tokens_adjacent (text, tokens, j, 2))
    k++;
  if (!tokens_adjacent (text, tokens, k - 1, 2))
    return 0;
  for (end = k; end < n_tokens && end < k + 4; end++)
    {
      if (!is_capitalised (&tokens[end]) || is_function_word (text, &tokens[end]) ||
          (end > k && !tokens_adjacent (text, tokens, end - 1, 2)))
        break;
      /* "Bank of England's": the name ends with its owner's mark. */
      if (tokens[end].full_end != tokens[end].end)
        {
          end++;
          break;
        }
    }
  return end > k ? end : 0;
}

/* Whether @word (@len bytes) is one of @words. */
static gboolean
word_among (const char         *word,
            gsize               len,
            const char * const *words,
            gsize               n_words)
{
  for (gsize w = 0; w < n_words; w++)
    if (strlen (words[w]) == len && strncmp (word, words[w], len) == 0)
      return TRUE;
  return FALSE;
}

/* Whether the word right before token @i names what only a person can be
 * (data/words/person-roles.txt), in small letters or opening the
 * sentence: "chief executive Changpeng Zhao", "deputy prime minister
 * Alikhan Smailov", "Batsman Cameron Bancroft". */
static gboolean
preceded_by_person_role (const char         *text,
                         const DossierToken *tokens,
                         guint               i)
{
  /* Roles an organisation holds too, or that are read as adjectives
   * before a name: "owner Nagashiki Shipping", "the official Philae
   * Twitter feed", "member Malta". */
  static const char * const also_of_bodies[] = { "official", "owner", "member", "head", "manager", "investor",
                                                 "trader", "vendor" };
  const DossierToken *role;
  char word[32];
  gsize len;

  if (i < 1)
    return FALSE;
  role = &tokens[i - 1];
  len = role->end - role->start;
  if (len >= sizeof word || role->end + 1 != tokens[i].start || text[role->end] != ' ')
    return FALSE;
  memcpy (word, text + role->start, len);
  word[len] = '\0';
  if (g_ascii_isupper (word[0]))
    {
      if (i != 1)
        return FALSE;
      word[0] = g_ascii_tolower (word[0]);
    }
  return dossier_word_list_contains (&dossier_words_person_roles, word, len) &&
         !word_among (word, len, also_of_bodies, G_N_ELEMENTS (also_of_bodies));
}

/* Whether the name that ends at token @after - 1 is followed by a comma
 * and an apposition that says what person it is: "Tamer Ramadan, the
 * leader of …", "Abul Rizvi, a former official", "Saman Kunan, a 38
 * years-old volunteer" — a determiner at most, then within four words in
 * a row a noun only a person can be (data/words/person-roles.txt), none of
 * them another's ("Binance, the exchange's chief" is not). */
static gboolean
described_as_person (const char         *text,
                     const DossierToken *tokens,
                     guint               n_tokens,
                     guint               after)
{
  static const char * const determiners[] = { "a", "an", "the", "his", "her", "their" };
  guint k = after;

  if (after == 0 || after >= n_tokens || text[tokens[after - 1].end] != ',' ||
      tokens[after].start != tokens[after - 1].end + 2)
    return FALSE;
  if (word_among (text + tokens[k].start, tokens[k].end - tokens[k].start, determiners, G_N_ELEMENTS (determiners)))
    k++;
  for (guint words = 0; k < n_tokens && words < 4; k++, words++)
    {
      const DossierToken *word = &tokens[k];

      if (k > after && word->start != tokens[k - 1].end + 1)
        return FALSE;
      if (dossier_word_list_contains (&dossier_words_person_roles, text + word->start, word->end - word->start))
        return TRUE;
      if (word->flags & DOSSIER_TOKEN_POSSESSIVE)
        return FALSE;
    }
  return FALSE;
}

/* Whether @token is a side of a place: "North", "South", "East", "West". */
static gboolean
names_a_side (const char         *text,
              const DossierToken *token)
{
  static const char * const sides[] = { "North", "South", "East", "West" };

  return word_among (text + token->start, token->end - token->start, sides, G_N_ELEMENTS (sides));
}


/* Whether @token is a given name, or a compound one whose first part is
 * ("Jean-Claude", "Eva-Marie"). */
static gboolean
is_given_name (DossierEntityRecognizer *recognizer,
               const char              *text,
               const DossierToken      *token)
{
  const char *word = text + token->start;
  const char *hyphen;

  if (dossier_gazetteer_lookup (recognizer->gazetteer, DOSSIER_GAZETTEER_GIVEN_NAME, word,
                                token->end - token->start) != NULL)
    return TRUE;
  if (!(token->flags & DOSSIER_TOKEN_HYPHENATED))
    return FALSE;
  hyphen = memchr (word, '-', token->end - token->start);
  return hyphen != NULL &&
         dossier_gazetteer_lookup (recognizer->gazetteer, DOSSIER_GAZETTEER_GIVEN_NAME, word, hyphen - word) != NULL;
}

/* Whether the run [@first, @after) follows a title that ended at token
 * @title_end through "for" or "of" and capitalised words or "and", "the"
 * alone, and names no one by a given name: the title's portfolio ("Minister
 * for International Development and the Pacific"), not its holder
 * ("Secretary of State Antony Blinken"). */
static gboolean
in_a_titles_portfolio (DossierEntityRecognizer *recognizer,
                       const char              *text,
                       const DossierToken      *tokens,
                       int                      title_end,
                       guint                    first,
                       guint                    after)
{
  static const char * const connectors[] = { "for", "of", "and", "the" };
  const DossierToken *opening;

  if (title_end < 0 || (guint) title_end + 1 >= first)
    return FALSE;
  opening = &tokens[title_end + 1];
  if (!word_among (text + opening->start, opening->end - opening->start, connectors, 2))
    return FALSE;
  for (guint k = title_end + 2; k < first; k++)
    if (!is_capitalised (&tokens[k]) &&
        !word_among (text + tokens[k].start, tokens[k].end - tokens[k].start, connectors, G_N_ELEMENTS (connectors)))
      return FALSE;
  for (guint k = first; k < after; k++)
    if (is_given_name (recognizer, text, &tokens[k]))
      return FALSE;
  return TRUE;
}

/* Whether @token is a kind of land or water, or a work built on it, in
 * small letters, as it may follow a name ("Tham Luang cave", "the Morandi
 * bridge"). */
static const char * const feature_words[] = {
  "cave", "caves", "lake", "river", "mountain", "mountains", "island", "islands", "valley", "canal",
  "desert", "glacier", "volcano", "strait", "bay", "bridge", "dam", "tunnel", "airport",
};

static gboolean
is_feature_word (const char         *text,
                 const DossierToken *token)
{
  return word_among (text + token->start, token->end - token->start, feature_words, G_N_ELEMENTS (feature_words));
}

/* The key of a place's name [@i, @end) that says what kind of place it
 * is in words outlets vary: "Volcán de Fuego", "Mount Fuego", "Fuego
 * Volcano" and "Fuego volcano" are the mountain Fuego, "Lake Dorra" and
 * "Dorra lake" the lake Dorra ("place:fuego mountain").  NULL for any
 * other name, which is keyed as written ("Velden Canal"; "Fuego" alone
 * may be a town). */
static char *
place_kind_key (const char         *text,
                const DossierToken *tokens,
                guint               i,
                guint               end)
{
  static const struct { const char *word; const char *kind; } kinds[] = {
    { "mount", "mountain" }, { "mt", "mountain" }, { "mont", "mountain" }, { "monte", "mountain" },
    { "cerro", "mountain" }, { "volcano", "mountain" }, { "volcan", "mountain" }, { "mountain", "mountain" },
    { "mountains", "mountains" }, { "lake", "lake" }, { "lac", "lake" }, { "loch", "lake" },
    { "isle", "island" }, { "island", "island" }, { "islands", "islands" }, { "cave", "cave" },
    { "caves", "cave" }, { "river", "river" },
  };
  const char *kind = NULL;
  guint from = i, to = end;
  g_autofree char *first = NULL, *last = NULL, *core = NULL;
  char *key;

  if (end - i < 2)
    return NULL;
  first = dossier_fold_to_ascii (text + tokens[i].start, tokens[i].end - tokens[i].start);
  last = dossier_fold_to_ascii (text + tokens[end - 1].start, tokens[end - 1].end - tokens[end - 1].start);
  for (gsize k = 0;
       k < G_N_ELEMENTS (kinds) && kind == NULL &&
       dossier_word_list_contains (&dossier_words_place_prefixes, text + tokens[i].start,
                                   tokens[i].end - tokens[i].start);
       k++)
    if (g_ascii_strcasecmp (first, kinds[k].word) == 0)
      {
        kind = kinds[k].kind;
        from = i + 1;
        while (from + 1 < to && !is_capitalised (&tokens[from]))
          from++;
      }
  for (gsize k = 0; k < G_N_ELEMENTS (kinds) && kind == NULL; k++)
    if (g_ascii_strcasecmp (last, kinds[k].word) == 0)
      {
        kind = kinds[k].kind;
        to = end - 1;
      }
  if (kind == NULL || from >= to || !is_capitalised (&tokens[from]))
    return NULL;
  core = dossier_fold_to_ascii (text + tokens[from].start, tokens[to - 1].end - tokens[from].start);
  key = dossier_place_key (core, -1);
  {
    char *keyed = g_strconcat (key, " ", kind, NULL);

    g_free (key);
    return keyed;
  }
}

/* Whether the run of tokens [@i, @run_end) is a name in the plural after
 * "the": a team, a band or a party by its members' name ("the
 * Springboks", "the Red Roses", "the Greens") — one or two words, not in
 * capitals, not a people ("the Americans"), a given name and more ("the
 * Roland Garros") nor a place the gazetteer knows ("the Philippines"). */
static gboolean
names_a_plural_body (DossierEntityRecognizer *recognizer,
                     const char              *text,
                     const DossierToken      *tokens,
                     guint                    i,
                     guint                    run_end)
{
  const DossierToken *last = &tokens[run_end - 1];
  gsize len = last->end - last->start;

  if (i == 0 || run_end - i > 2 || (tokens[i].flags & DOSSIER_TOKEN_ALL_CAPS) ||
      tokens[i - 1].end - tokens[i - 1].start != 3 || g_ascii_strncasecmp (text + tokens[i - 1].start, "the", 3) != 0)
    return FALSE;
  if (len < 4 || text[last->end - 1] != 's' || text[last->end - 2] == 's' || text[last->end - 2] == '\'' ||
      !g_ascii_islower (text[last->end - 2]))
    return FALSE;
  for (guint t = i; t < run_end; t++)
    if (!is_capitalised (&tokens[t]) || (tokens[t].flags & DOSSIER_TOKEN_HYPHENATED))
      return FALSE;
  /* "the Roland Garros": a person's name, or named after one. */
  if (run_end - i == 2 && lookup_span (recognizer, DOSSIER_GAZETTEER_GIVEN_NAME, text, tokens, i, 1))
    return FALSE;
  return !lookup_span (recognizer, DOSSIER_GAZETTEER_DEMONYM, text, tokens, run_end - 1, 1) &&
         !lookup_span (recognizer, DOSSIER_GAZETTEER_PLACE, text, tokens, i, run_end - i);
}

/* Whether token @i follows "around", "in", "near" or "outside" in small
 * letters ("the scorched area around Pedrógão Grande", "the fire in
 * Pedrogao Grande"): a name no list knows there is a place's — not an
 * acronym ("leaders in AI"), nor a word of a headline written in capitals
 * ("Erdogan Wins in Runoff"). */
static gboolean
after_a_preposition_of_place (const char         *text,
                              const DossierToken *tokens,
                              guint               n_tokens,
                              guint               i,
                              guint               run_end)
{
  static const char * const prepositions[] = { "around", "in", "near", "outside" };
  const DossierToken *before, *last;
  guint words = 0, capitalised = 0;

  /* "in Mayer's career": whose, not where. */
  if (i < 1 || (tokens[i].flags & DOSSIER_TOKEN_ALL_CAPS) || (tokens[run_end - 1].flags & DOSSIER_TOKEN_POSSESSIVE))
    return FALSE;
  before = &tokens[i - 1];
  if (before->full_end != before->end || !g_ascii_islower (text[before->start]) ||
      tokens[i].start != before->end + 1 || text[before->end] != ' ' ||
      !word_among (text + before->start, before->end - before->start, prepositions, G_N_ELEMENTS (prepositions)))
    return FALSE;
  /* "in Game 5", "in Round 3": one word numbered is a thing, no place —
   * unless it is a kind of place ("in District 9", "in Terminal 2"); a
   * street's name may have its number ("in Corso Monforte 15"). */
  last = &tokens[run_end - 1];
  if (run_end == i + 1 && dossier_word_numbers_a_thing (text + last->start, last->end - last->start))
    return FALSE;
  for (guint k = 0; k < n_tokens; k++)
    if (tokens[k].end - tokens[k].start >= 4)
      {
        words++;
        capitalised += is_capitalised (&tokens[k]);
      }
  return capitalised * 2 <= words;
}

/* Whether token @i follows "the town of", "the province of", "a village
 * of": a word for a kind of settlement or region, in small letters, and
 * "of" — the name after it is a place's. */
static gboolean
follows_place_kind_of (const char         *text,
                       const DossierToken *tokens,
                       guint               i)
{
  static const char * const kinds[] = {
    "archipelago", "borough", "canton", "city", "commune", "county", "district", "governorate", "hamlet", "island",
    "municipality", "neighborhood", "neighbourhood", "oblast", "parish", "port", "prefecture", "province", "region",
    "settlement", "state", "suburb", "town", "township", "village",
  };
  const DossierToken *of, *kind;

  if (i < 2)
    return FALSE;
  of = &tokens[i - 1];
  kind = &tokens[i - 2];
  if (of->end - of->start != 2 || strncmp (text + of->start, "of", 2) != 0 || kind->full_end != kind->end ||
      !g_ascii_islower (text[kind->start]))
    return FALSE;
  return word_among (text + kind->start, kind->end - kind->start, kinds, G_N_ELEMENTS (kinds));
}

/* Kinds of firm or body written in small letters beside their names. */
static const char * const organization_kinds[] = {
  "agency", "airline", "bank", "broadcaster", "carmaker", "chain", "company", "conglomerate",
  "corporation", "developer", "firm", "giant", "group", "insurer", "lender", "manufacturer", "newspaper",
  "operator", "publisher", "retailer", "startup", "subsidiary", "supermarket", "team",
};

/* Kinds of craft in small letters: a name they introduce is a ship's, a
 * plane's or a spacecraft's, no one's ("the cruise ship Costa Concordia",
 * "the telescope, James Webb, …"). */
static const char * const craft_kinds[] = {
  "aircraft", "airliner", "boat", "capsule", "ferry", "freighter", "jet", "lander", "liner", "plane", "probe",
  "rocket", "rover", "satellite", "ship", "spacecraft", "submarine", "submersible", "tanker", "telescope",
  "trawler", "vessel", "warship", "yacht",
};

/* Whether the short name [@i, @run_end) is a craft's: a kind of craft in
 * small letters right before it, perhaps with a comma between ("the
 * luxurious cruise ship, Costa Concordia, that ran aground"). */
static gboolean
named_as_a_craft (const char         *text,
                  const DossierToken *tokens,
                  guint               i,
                  guint               run_end)
{
  const DossierToken *kind;
  gsize gap;

  if (i < 1 || run_end - i > 3)
    return FALSE;
  kind = &tokens[i - 1];
  gap = tokens[i].start - kind->end;
  if (!g_ascii_islower (text[kind->start]) ||
      !((gap == 1 && text[kind->end] == ' ') || (gap == 2 && text[kind->end] == ',' && text[kind->end + 1] == ' ')))
    return FALSE;
  return word_among (text + kind->start, kind->end - kind->start, craft_kinds, G_N_ELEMENTS (craft_kinds));
}

/* Whether @token is a particle joined by a hyphen to a capitalised name,
 * part of a surname ("al-Saleh", "el-Sisi", "bin-Talal"). */
static gboolean
joins_a_particle (const char         *text,
                  const DossierToken *token)
{
  const char *hyphen = memchr (text + token->start, '-', token->end - token->start);

  return hyphen != NULL && hyphen + 1 < text + token->end && g_ascii_isupper (hyphen[1]) &&
         dossier_word_list_contains (&dossier_words_name_particles, text + token->start,
                                     hyphen - (text + token->start));
}

/* Whether a token of [@from, @to) is a weekday's or a month's name
 * ("Dubai Monday"). */
static gboolean
names_a_day_or_month (const char         *text,
                      const DossierToken *tokens,
                      guint               from,
                      guint               to)
{
  static const char * const calendar[] = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
    "April", "May", "June", "July", "August", "September", "October", "November", "December",
  };

  for (guint k = from; k < to; k++)
    if (word_among (text + tokens[k].start, tokens[k].end - tokens[k].start, calendar, G_N_ELEMENTS (calendar)))
      return TRUE;
  return FALSE;
}

/* Whether the name ending at token @run_end - 1 is followed by its kind
 * between commas, as a firm is described ("Nakheel, a property developer
 * owned by …", "Halvard, the carmaker,"): an article, up to two words in
 * small letters, and the kind, which ends the description (not "a bank
 * manager"). */
static gboolean
described_as_organization (const char         *text,
                           const DossierToken *tokens,
                           guint               n_tokens,
                           guint               run_end)
{
  static const char * const articles[] = { "a", "an", "another", "the", "its" };
  static const char * const after_kinds[] = {
    "of", "owned", "that", "which", "based", "in", "with", "whose", "controlled", "run", "at", "and",
  };
  const DossierToken *last = &tokens[run_end - 1];
  guint k = run_end;

  if (k + 1 >= n_tokens || text[last->full_end] != ',' || text[last->full_end + 1] != ' ' ||
      tokens[k].start != last->full_end + 2 ||
      !word_among (text + tokens[k].start, tokens[k].end - tokens[k].start, articles, G_N_ELEMENTS (articles)))
    return FALSE;
  for (k++; k < n_tokens && k <= run_end + 3; k++)
    {
      const DossierToken *word = &tokens[k];

      if (!g_ascii_islower (text[word->start]) || word->start != tokens[k - 1].end + 1)
        return FALSE;
      if (!word_among (text + word->start, word->end - word->start, organization_kinds,
                       G_N_ELEMENTS (organization_kinds)))
        continue;
      /* Not the kind of whatever is described ("Musk, the company's
       * founder"). */
      if (word->flags & DOSSIER_TOKEN_POSSESSIVE)
        return FALSE;
      return k + 1 >= n_tokens || (text[word->end] != ' ' && text[word->end] != '-') ||
             word_among (text + tokens[k + 1].start, tokens[k + 1].end - tokens[k + 1].start, after_kinds,
                         G_N_ELEMENTS (after_kinds));
    }
  return FALSE;
}

/* Whether the name ending at token @run_end - 1 is followed by its kind
 * in small letters ("the Kering group", "the Mercedes team"), and the kind
 * by no other name ("Beauty company Coty"). */
static gboolean
followed_by_its_kind (const char         *text,
                      const DossierToken *tokens,
                      guint               n_tokens,
                      guint               run_end)
{
  if (run_end >= n_tokens || tokens[run_end].start != tokens[run_end - 1].end + 1 ||
      text[tokens[run_end - 1].end] != ' ' || !g_ascii_islower (text[tokens[run_end].start]) ||
      !word_among (text + tokens[run_end].start, tokens[run_end].end - tokens[run_end].start, organization_kinds,
                   G_N_ELEMENTS (organization_kinds)))
    return FALSE;
  return !(run_end + 1 < n_tokens && is_capitalised (&tokens[run_end + 1]) &&
           tokens[run_end + 1].start == tokens[run_end].end + 1);
}

/* Whether the name [@i, @run_end) is an organisation's by the words
 * around it: a kind of firm or body in small letters after it ("the
 * Kering group", "the Velt shipping agency"), or someone's place in it
 * before it ("the founder of Space X", "a shareholder of Norvik"). */
static gboolean
named_as_organization (const char         *text,
                       const DossierToken *tokens,
                       guint               n_tokens,
                       guint               i,
                       guint               run_end)
{
  static const char * const roles[] = {
    "CEO", "chairman", "chairwoman", "co-founder", "founder", "owner", "owners", "shareholder", "shareholders",
    "subsidiary",
  };
  guint before = i;

  /* The kind in small letters just before a short name: "cybersecurity
   * company Crowdstrike", "the airline Germanwings". */
  if (i >= 1 && run_end - i <= 2 && tokens[i].start == tokens[i - 1].end + 1 && text[tokens[i - 1].end] == ' ' &&
      g_ascii_islower (text[tokens[i - 1].start]) &&
      word_among (text + tokens[i - 1].start, tokens[i - 1].end - tokens[i - 1].start, organization_kinds,
                  G_N_ELEMENTS (organization_kinds)))
    return TRUE;
  if (followed_by_its_kind (text, tokens, n_tokens, run_end) ||
      described_as_organization (text, tokens, n_tokens, run_end))
    return TRUE;
  /* "… of the X", "… of X" */
  if (before >= 1 && tokens[before - 1].end - tokens[before - 1].start == 3 &&
      g_ascii_strncasecmp (text + tokens[before - 1].start, "the", 3) == 0)
    before--;
  if (before < 2 || tokens[before - 1].end - tokens[before - 1].start != 2 ||
      strncmp (text + tokens[before - 1].start, "of", 2) != 0)
    return FALSE;
  /* A name that qualifies a noun before another name is not the body
   * ("CEO of ChatGPT parent OpenAI"). */
  if (run_end + 1 < n_tokens && g_ascii_islower (text[tokens[run_end].start]) &&
      text[tokens[run_end - 1].end] == ' ' && !is_function_word (text, &tokens[run_end]) &&
      is_capitalised (&tokens[run_end + 1]))
    return FALSE;
  return word_among (text + tokens[before - 2].start, tokens[before - 2].end - tokens[before - 2].start, roles,
                     G_N_ELEMENTS (roles)) ||
         g_ascii_strncasecmp (text + tokens[before - 2].start, "Founder", 7) == 0;
}

/* Whether the name ending at token @run_end - 1 is owned, as an employer,
 * by the person named right after it by a given name and a surname: "Red
 * Bull's Max Verstappen", "Velt Logistics' Anna Berg" — a team's or a
 * firm's, where nothing else tells.  Not a name already known as a
 * person's (@known_surnames: "Putin's Dmitry Peskov" says whose aide). */
static gboolean
employs_a_named_person (DossierEntityRecognizer *recognizer,
                        const char              *text,
                        const DossierToken      *tokens,
                        guint                    n_tokens,
                        guint                    run_end,
                        GHashTable              *known_surnames,
                        const char              *whole,
                        gsize                    start,
                        gsize                    end)
{
  const DossierToken *owner = &tokens[run_end - 1];
  const DossierToken *given;

  if (!(owner->flags & DOSSIER_TOKEN_POSSESSIVE) || run_end + 1 >= n_tokens ||
      tokens[run_end].start != owner->full_end + 1 || text[owner->full_end] != ' ')
    return FALSE;
  given = &tokens[run_end];
  if ((given->flags & DOSSIER_TOKEN_ALL_CAPS) || !is_given_name (recognizer, text, given) ||
      !is_capitalised (&tokens[run_end + 1]) || (tokens[run_end + 1].flags & DOSSIER_TOKEN_ALL_CAPS) ||
      !tokens_adjacent (text, tokens, run_end, 2))
    return FALSE;
  if (known_surnames != NULL)
    {
      g_autofree char *key = dossier_person_key (whole, start, end);

      if (g_hash_table_contains (known_surnames, key))
        return FALSE;
    }
  return TRUE;
}

/* Whether @token is one word of two capitalised parts, as firms write
 * their names ("CrowdStrike", "WithSecure", "YouTube", "PayPal"), unlike
 * surnames whose inner capital follows a particle ("McCarthy",
 * "MacArthur", "DeSantis", "LaGuardia"), hashtags and handles
 * ("#RolandGarros", "@ChaseTheWX"), products ending in capitals
 * ("ChatGPT") or named as a firm's or after "the" ("Apple's HomePod",
 * "the FaceTime app") and words run together ("VideoThe"). */
static gboolean
is_capitalised_inside (const char         *text,
                       const DossierToken *token)
{
  static const char * const particles[] = {
    "Mac", "Del", "Della", "Des", "Van", "Vander", "Von", "Fitz", "Ben",
  };
  static const char * const run_together[] = { "The", "And", "For", "But", "His", "Her", "Its", "Our", "Their" };
  const char *word = text + token->start;
  gsize len = token->end - token->start, inner = 1;

  if (token->start > 0 && (text[token->start - 1] == '#' || text[token->start - 1] == '@'))
    return FALSE;
  /* "Apple's HomePod", "the FaceTime app", "another HomePod", "AirPlay
   * 2": a product's. */
  if (token->start >= 2 && text[token->start - 1] == ' ')
    {
      gsize before_end = token->start - 1, before = before_end;

      while (before > 0 && g_ascii_isalpha (text[before - 1]))
        before--;
      if (dossier_word_list_contains_any_case (&dossier_words_determiners, text + before, before_end - before) ||
          (before_end >= 2 && text[before_end - 1] == 's' && text[before_end - 2] == '\'') ||
          (before_end >= 4 && text[before_end - 1] == 's' && strncmp (text + before_end - 4, "’", 3) == 0))
        return FALSE;
    }
  if (text[token->end] == ' ' && g_ascii_isdigit (text[token->end + 1]))
    return FALSE;
  if (len < 6 || !g_ascii_isupper (word[0]))
    return FALSE;
  while (inner < len && g_ascii_islower (word[inner]))
    inner++;
  /* Two parts of three letters at least, each a capital and small
   * letters. */
  if (inner < 3 || inner + 3 > len || !g_ascii_isupper (word[inner]))
    return FALSE;
  for (gsize k = inner + 1; k < len; k++)
    if (!g_ascii_islower (word[k]))
      return FALSE;
  return !word_among (word, inner, particles, G_N_ELEMENTS (particles)) &&
         !word_among (word + inner, len - inner, run_together, G_N_ELEMENTS (run_together));
}

/* Whether the text before @at (back to @from) ends with a kind of body in
 * the plural that introduces a list: "airlines —", "banks, including",
 * "parties such as", "carriers:". */
static gboolean
after_plural_kind (const char *text,
                   gsize       from,
                   gsize       at)
{
  static const char * const kinds[] = {
    "airlines", "carriers", "banks", "lenders", "companies", "firms", "groups", "broadcasters", "networks",
    "newspapers", "retailers", "carmakers", "automakers", "insurers", "parties", "agencies", "clubs", "teams",
    "exchanges", "operators",
  };
  static const char * const openers[] = { "including", "like", "notably", "namely" };
  gsize q = at, word;

  while (q > from && text[q - 1] == ' ')
    q--;
  if (q >= from + 3 && (strncmp (text + q - 3, "—", 3) == 0 || strncmp (text + q - 3, "–", 3) == 0))
    q -= 3;
  else if (q > from && (text[q - 1] == ':' || text[q - 1] == ',' || text[q - 1] == '-'))
    q--;
  while (q > from && text[q - 1] == ' ')
    q--;
  for (word = q; word > from && g_ascii_isalpha (text[word - 1]); word--)
    ;
  /* "including", "like" or "such as" before the list: the kind is the
   * word before that. */
  {
    gboolean opened = FALSE;

    if (word_among (text + word, q - word, openers, G_N_ELEMENTS (openers)))
      {
        q = word;
        opened = TRUE;
      }
    else if (q - word == 2 && strncmp (text + word, "as", 2) == 0 && word >= from + 5 &&
             strncmp (text + word - 5, "such ", 5) == 0)
      {
        q = word - 5;
        opened = TRUE;
      }
    if (opened)
      {
        while (q > from && (text[q - 1] == ' ' || text[q - 1] == ','))
          q--;
        for (word = q; word > from && g_ascii_isalpha (text[word - 1]); word--)
          ;
      }
  }
  /* ("Banks such as …" opening the sentence.) */
  for (gsize k = 0; k < G_N_ELEMENTS (kinds); k++)
    if (strlen (kinds[k]) == q - word && g_ascii_strncasecmp (text + word, kinds[k], q - word) == 0)
      return TRUE;
  return FALSE;
}

/* Whether the name starting at @start is one of a list of names that a
 * kind of body in the plural introduces: "airlines — United, American,
 * and Delta", "airlines, including Delta, American and United". */
static gboolean
listed_after_plural_kind (const char *text,
                          gsize       from,
                          gsize       start)
{
  gsize p = start;

  for (guint items = 0; items < 8; items++)
    {
      gsize q = p;
      guint words = 0;

      if (after_plural_kind (text, from, p))
        return TRUE;
      /* Back over ", ", " and ", ", and " to the name before. */
      while (q > from && text[q - 1] == ' ')
        q--;
      if (q >= from + 3 && strncmp (text + q - 3, "and", 3) == 0 && (q == from + 3 || !g_ascii_isalpha (text[q - 4])))
        {
          q -= 3;
          while (q > from && text[q - 1] == ' ')
            q--;
          if (q > from && text[q - 1] == ',')
            q--;
        }
      else if (q > from && text[q - 1] == ',')
        q--;
      else
        return FALSE;
      /* The name before: capitalised words, four at most. */
      while (words < 4)
        {
          gsize end = q, begin;

          while (end > from && text[end - 1] == ' ')
            end--;
          for (begin = end; begin > from && (g_ascii_isalpha (text[begin - 1]) || text[begin - 1] == '-'); begin--)
            ;
          if (begin == end || !g_ascii_isupper (text[begin]))
            break;
          q = begin;
          words++;
          if (begin == from || text[begin - 1] != ' ')
            break;
          /* Stop at a separator before the next word back. */
          {
            gsize b = begin;

            while (b > from && text[b - 1] == ' ')
              b--;
            if (b > from && !g_ascii_isalpha (text[b - 1]))
              break;
          }
        }
      if (words == 0)
        return FALSE;
      p = q;
    }
  return FALSE;
}

/* Whether the name [@i, @run_end) is a place's by where it stands: after
 * "in", "at", "from", "near", "outside", "on" or "of", and before a comma,
 * or "in", and a place the lists know ("in Kourou, French Guiana", "near
 * Mae Sai, Chiang Rai", "the area of Nomuka in Tonga"), as places are
 * written with their country or region. */
static gboolean
placed_by_its_region (DossierEntityRecognizer *recognizer,
                      const char              *text,
                      const DossierToken      *tokens,
                      guint                    n_tokens,
                      guint                    i,
                      guint                    run_end)
{
  static const char * const before[] = { "in", "at", "from", "near", "outside", "on", "of" };
  const DossierToken *region;
  guint phrase_words;
  gboolean comma;

  if (i == 0 || run_end >= n_tokens ||
      !word_among (text + tokens[i - 1].start, tokens[i - 1].end - tokens[i - 1].start, before,
                   G_N_ELEMENTS (before)))
    return FALSE;
  comma = text[tokens[run_end - 1].end] == ',';
  /* "… of Nomuka in Tonga": the region after "in". */
  if (!comma)
    {
      if (tokens[i - 1].end - tokens[i - 1].start == 2 && strncmp (text + tokens[i - 1].start, "in", 2) == 0)
        return FALSE;
      if (run_end + 1 >= n_tokens || tokens[run_end].end - tokens[run_end].start != 2 ||
          strncmp (text + tokens[run_end].start, "in", 2) != 0 || !tokens_adjacent (text, tokens, run_end - 1, 2))
        return FALSE;
      run_end++;
    }
  region = &tokens[run_end];
  if (!is_capitalised (region) || region->start != tokens[run_end - 1].end + (comma ? 2 : 1))
    return FALSE;
  /* The region may be of several words ("French Guiana"). */
  phrase_words = MIN (dossier_gazetteer_get_phrase_words (recognizer->gazetteer, text + region->start,
                                                          region->end - region->start), n_tokens - run_end);
  for (guint n = MAX (phrase_words, 1); n >= 1; n--)
    {
      const DossierToken *last = &tokens[run_end + n - 1];

      if (text[last->end] == '\'' || strncmp (text + last->end, "’", strlen ("’")) == 0)
        continue;
      if (dossier_gazetteer_lookup (recognizer->gazetteer, DOSSIER_GAZETTEER_PLACE, text + region->start,
                                    last->end - region->start) != NULL)
        return TRUE;
      /* "in Greenbelt, Md.": a state as the agencies abbreviate it. */
      if (n == 1 && comma && text[last->end] == '.' && !(last->flags & DOSSIER_TOKEN_DOTTED) &&
          dossier_gazetteer_lookup (recognizer->gazetteer, DOSSIER_GAZETTEER_PLACE, text + region->start,
                                    last->end + 1 - region->start) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* What joins two items of a list, the longest first. */
static const char * const list_separators[] = { ", and ", " and ", ", " };

/* Whether the bytes [@from, @to) of @text join two items of a list. */
static gboolean
joins_a_list (const char *text,
              gsize       from,
              gsize       to)
{
  for (gsize k = 0; k < G_N_ELEMENTS (list_separators); k++)
    if (to - from == strlen (list_separators[k]) && strncmp (text + from, list_separators[k], to - from) == 0)
      return TRUE;
  return FALSE;
}

/* Whether @text between @from and @to is a list's separator, a name of one
 * to three capitalised words no rule took, and a separator again (",
 * Chelsea, "), the name's span then in @name_start and @name_end. */
static gboolean
name_between_list_items (const char *text,
                         gsize       from,
                         gsize       to,
                         gsize      *name_start,
                         gsize      *name_end)
{
  gsize start = 0, end = 0;
  guint words = 0;

  for (gsize k = 0; k < G_N_ELEMENTS (list_separators) && start == 0; k++)
    if (to - from > strlen (list_separators[k]) &&
        strncmp (text + from, list_separators[k], strlen (list_separators[k])) == 0)
      start = from + strlen (list_separators[k]);
  for (gsize k = 0; k < G_N_ELEMENTS (list_separators) && end == 0 && start != 0; k++)
    {
      gsize len = strlen (list_separators[k]);

      if (to - start > len && strncmp (text + to - len, list_separators[k], len) == 0)
        end = to - len;
    }
  if (start == 0 || end <= start || end - start > 40)
    return FALSE;
  for (gsize i = start; i < end;)
    {
      if (!g_ascii_isupper (text[i]))
        return FALSE;
      while (i < end && (g_ascii_isalpha (text[i]) || text[i] == '-' || text[i] == '\'' || text[i] == '.'))
        i++;
      words++;
      if (i < end && text[i] != ' ')
        return FALSE;
      if (i < end)
        i++;
    }
  if (words == 0 || words > 3)
    return FALSE;
  *name_start = start;
  *name_end = end;
  return TRUE;
}

/* A name found between two items of a list, and the mention it goes
 * before. */
typedef struct
{
  gsize start;
  gsize end;
  guint before;
} ListGap;

/* In a list of names, most of them organisations ("AC Milan, Arsenal,
 * Atletico Madrid, Chelsea, Barcelona, Internazionale and Juventus"), a
 * name between two of them that no rule took (a club named like a person
 * or a word) is an organisation too: its mention is added.  The mentions
 * of the sentence scanned last, from @first on. */
static void
fill_organizations_in_a_list (DossierDocument *document,
                              guint            paragraph,
                              const char      *text,
                              guint            first,
                              GArray          *pending)
{
  guint k = first;

  while (k < document->mentions->len)
    {
      guint end = k + 1, organizations = 0;
      g_autoptr(GArray) gaps = g_array_new (FALSE, FALSE, sizeof (ListGap));

      while (end < document->mentions->len)
        {
          const DossierMention *before = &g_array_index (document->mentions, DossierMention, end - 1);
          const DossierMention *next = &g_array_index (document->mentions, DossierMention, end);
          ListGap gap = { 0, 0, end };

          if (next->paragraph != before->paragraph || next->start < before->end)
            break;
          if (!joins_a_list (text, before->end, next->start))
            {
              if (!name_between_list_items (text, before->end, next->start, &gap.start, &gap.end))
                break;
              g_array_append_val (gaps, gap);
            }
          end++;
        }
      for (guint m = k; m < end; m++)
        if (g_array_index (document->mentions, DossierMention, m).type == DOSSIER_ENTITY_ORGANIZATION)
          organizations++;
      if (gaps->len > 0 && end - k >= 3 && organizations >= 3 && organizations * 3 >= (end - k) * 2)
        {
          for (guint g = gaps->len; g > 0; g--)
            {
              const ListGap *gap = &g_array_index (gaps, ListGap, g - 1);
              DossierMention mention = { 0 };

              mention.paragraph = paragraph;
              mention.start = gap->start;
              mention.end = gap->end;
              mention.type = DOSSIER_ENTITY_ORGANIZATION;
              mention.key = dossier_organization_key (text, gap->start, gap->end);
              mention.canonical = g_strndup (text + gap->start, gap->end - gap->start);
              mention.entity = -1;
              g_array_insert_val (document->mentions, gap->before, mention);
              /* A lone word kept for later judging is this mention now. */
              for (guint c = pending->len; c > 0; c--)
                {
                  DossierMention *candidate = &g_array_index (pending, DossierMention, c - 1);

                  if (candidate->paragraph == paragraph && candidate->start >= gap->start && candidate->end <= gap->end)
                    {
                      dossier_mention_clear_strings (candidate);
                      g_array_remove_index (pending, c - 1);
                    }
                }
            }
          end += gaps->len;
        }
      k = end;
    }
}

/* In a list of three names or more, most of them organisations, a city
 * among them is an organisation too: "Arsenal, Chelsea, Liverpool,
 * Manchester City and Tottenham" lists clubs, "Delta, Qantas and Emirates"
 * airlines.  (Countries are left as they are: "Russia, China and the
 * EU".)  The mentions of the sentence scanned last, from @first on; the
 * keys the cities had are added to @listed. */
static void
as_organization (DossierMention *mention,
                 const char     *text)
{
  mention->type = DOSSIER_ENTITY_ORGANIZATION;
  dossier_mention_take_key (mention, dossier_organization_key (text, mention->start, mention->end));
  dossier_mention_take_canonical (mention, g_strndup (text + mention->start, mention->end - mention->start));
}

static void
listed_among_organizations (DossierEntityRecognizer *recognizer,
                            DossierDocument         *document,
                            const char              *text,
                            guint                    first,
                            GHashTable              *listed)
{
  guint k = first;

  while (k < document->mentions->len)
    {
      guint end = k + 1, organizations = 0, cities = 0;

      while (end < document->mentions->len)
        {
          const DossierMention *before = &g_array_index (document->mentions, DossierMention, end - 1);
          const DossierMention *next = &g_array_index (document->mentions, DossierMention, end);

          if (next->paragraph != before->paragraph || next->start < before->end ||
              !joins_a_list (text, before->end, next->start))
            break;
          end++;
        }
      for (guint m = k; m < end && end - k >= 3; m++)
        {
          const DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
          const DossierGazetteerEntry *place;

          if (mention->type == DOSSIER_ENTITY_ORGANIZATION)
            organizations++;
          else if (mention->type == DOSSIER_ENTITY_PLACE)
            {
              place = dossier_gazetteer_lookup (recognizer->gazetteer, DOSSIER_GAZETTEER_PLACE, mention->canonical,
                                                strlen (mention->canonical));
              if (place == NULL || place->class == NULL || strcmp (place->class, "country") != 0)
                cities++;
            }
        }
      if (end - k >= 3 && cities > 0 && organizations >= 2 && organizations >= 2 * cities)
        for (guint m = k; m < end; m++)
          {
            DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
            const DossierGazetteerEntry *place;

            if (mention->type != DOSSIER_ENTITY_PLACE)
              continue;
            place = dossier_gazetteer_lookup (recognizer->gazetteer, DOSSIER_GAZETTEER_PLACE, mention->canonical,
                                              strlen (mention->canonical));
            if (place != NULL && place->class != NULL && strcmp (place->class, "country") == 0)
              continue;
            g_hash_table_add (listed, g_strdup (mention->key));
            as_organization (mention, text);
          }
      k = end;
    }
}

/* "dissolve parliament", "the constitutional court ruled", "the
 * country's senate": the story's institution, written in small letters
 * (data/words/institution-nouns.txt), after "the", a possessive or a
 * preposition — not "a parliament", "the European parliament" or "the
 * party congress".  Adds its mention, keyed as its capitalised name
 * ("Parliament", "Constitutional Court") is, and returns the tokens it
 * covers; 1 when token @i is none. */
static guint
institution_in_small_letters (DossierEntityRecognizer *recognizer,
                              DossierDocument         *document,
                              guint                    paragraph,
                              const char              *text,
                              gsize                    offset,
                              const DossierToken      *tokens,
                              guint                    n_tokens,
                              guint                    i)
{
  static const char * const before[] = { "the", "in", "to", "into", "before", "from", "by", "through", "dissolve",
                                         "dissolved", "dissolves", "dissolving" };
  const DossierToken *previous;
  guint words = 0;

  if (i == 0 || (tokens[i].flags & (DOSSIER_TOKEN_DIGITS | DOSSIER_TOKEN_POSSESSIVE)) ||
      !recognizer->institution_first[(guchar) text[offset + tokens[i].start]])
    return 1;
  /* The list first: most words in small letters are none. */
  for (guint n = MIN (2, n_tokens - i); n >= 1 && words == 0; n--)
    if (dossier_word_list_contains (&dossier_words_institution_nouns, text + offset + tokens[i].start,
                                    tokens[i + n - 1].end - tokens[i].start) &&
        (n == 1 || tokens_adjacent (text + offset, tokens, i, n)))
      words = n;
  if (words == 0)
    return 1;
  previous = &tokens[i - 1];
  if (!((previous->flags & DOSSIER_TOKEN_POSSESSIVE) && !is_capitalised (previous)) &&
      !word_among (text + offset + previous->start, previous->end - previous->start, before, G_N_ELEMENTS (before)))
    return 1;
  /* "the parliament of Moldova", "the senate Tuesday": another's, or
   * its own name goes on. */
  if (i + words < n_tokens && tokens_adjacent (text + offset, tokens, i + words - 1, 2) &&
      ((tokens[i + words].end - tokens[i + words].start == 2 &&
        strncmp (text + offset + tokens[i + words].start, "of", 2) == 0) || is_capitalised (&tokens[i + words])))
    return words;
  {
    gsize start = offset + tokens[i].start, end = offset + tokens[i + words - 1].end;
    g_autofree char *name = title_case (text + start, end - start);

    add_mention (document, paragraph, start, end, DOSSIER_ENTITY_ORGANIZATION,
                 dossier_organization_key (name, 0, strlen (name)), name, strlen (name));
  }
  return words;
}

/* Scans one sentence; @offset is where it starts in the paragraph. */
static void
scan_sentence (DossierEntityRecognizer *recognizer,
               DossierDocument         *document,
               guint                    paragraph,
               const char              *text,
               gsize                    offset,
               const DossierToken      *tokens,
               guint                    n_tokens,
               GArray                  *pending,
               GHashTable              *known_surnames)
{
  const DossierGazetteer *gazetteer = recognizer->gazetteer;
  int title_until = -1;   /* a person title ended at this token */
  gboolean plural_title = FALSE;  /* "Justices A and B": each name follows the title */
  guint caps_tokens = 0;

  for (guint k = 0; k < n_tokens; k++)
    if (tokens[k].flags & DOSSIER_TOKEN_ALL_CAPS)
      caps_tokens++;

  for (guint i = 0; i < n_tokens;)
    {
      const DossierToken *token = &tokens[i];
      guint longest = 0;
      const DossierGazetteerEntry *entry = NULL;
      DossierGazetteerKind entry_kind = DOSSIER_GAZETTEER_NOT_NAME;
      guint phrase_words;

      if (!is_capitalised (token))
        {
          i += institution_in_small_letters (recognizer, document, paragraph, text, offset, tokens, n_tokens, i);
          continue;
        }

      /* "Batsman Joe Root was dropped": a role that opens the sentence is
       * no part of the name after it (preceded_by_person_role ()); a
       * title ("President") is read as titles are. */
      if (i == 0 && n_tokens > 1 && !(token->flags & DOSSIER_TOKEN_ALL_CAPS) && is_capitalised (&tokens[1]) &&
          preceded_by_person_role (text + offset, tokens, 1) &&
          dossier_gazetteer_lookup (gazetteer, DOSSIER_GAZETTEER_TITLE, text + offset + token->start,
                                    token->end - token->start) == NULL)
        {
          i++;
          continue;
        }

      /* "ERBIL — …", "KYIV, Ukraine — …": a dateline in capitals at the
       * head of a paragraph names a place, not an organisation. */
      if (offset == 0 && i == 0 && (token->flags & DOSSIER_TOKEN_ALL_CAPS))
        {
          guint dateline_end;
          guint place_end = dateline_place_end (recognizer, text, tokens, n_tokens, &dateline_end);

          if (place_end == 0)
            dateline_end = place_end = known_place_before_colon (recognizer, text, tokens, n_tokens);

          if (place_end > 0)
            {
              /* One place, or several joined by slashes. */
              for (guint first = 0, last = 0; last < place_end; first = last)
                {
                  g_autofree char *name = NULL;
                  g_autofree char *canonical_folded = NULL;
                  const DossierGazetteerEntry *known;
                  const char *canonical;

                  for (last = first + 1; last < place_end && !slash_between (text, tokens[last - 1].end,
                                                                              tokens[last].start); last++)
                    ;
                  name = title_case (text + tokens[first].start, tokens[last - 1].end - tokens[first].start);
                  known = dossier_gazetteer_lookup (gazetteer, DOSSIER_GAZETTEER_PLACE, name, strlen (name));
                  canonical = known != NULL && known->canonical[0] ? known->canonical : name;
                  canonical_folded = dossier_fold_to_ascii (canonical, -1);
                  add_mention (document, paragraph, tokens[first].start, tokens[last - 1].end, DOSSIER_ENTITY_PLACE,
                               dossier_place_key (canonical_folded, -1), canonical, strlen (canonical));
                }
              i = MAX (place_end, dateline_end);
              continue;
            }
        }

      /* "Louisville, Ky.", "Kingston, Ont.": a state or a province as the
       * agencies abbreviate it, after its place and a comma. */
      if (i > 0 && (tokens[i - 1].flags & DOSSIER_TOKEN_CAPITALISED) && !(token->flags & DOSSIER_TOKEN_DOTTED) &&
          token->start == tokens[i - 1].end + 2 && text[offset + tokens[i - 1].end] == ',' &&
          text[offset + token->end] == '.')
        {
          DossierToken abbreviation = *token;
          const DossierGazetteerEntry *state;

          abbreviation.end = token->end + 1;
          state = dossier_gazetteer_lookup (gazetteer, DOSSIER_GAZETTEER_PLACE, text + offset + token->start,
                                            abbreviation.end - token->start);
          if (state != NULL)
            {
              add_gazetteer_mention (document, paragraph, offset, token, &abbreviation, DOSSIER_ENTITY_PLACE, state);
              title_until = -1;
              i++;
              continue;
            }
        }

      /* Longest gazetteer phrase from here.  No phrase is longer than the
       * longest one that starts with this word, so most words need one
       * lookup, and words that start none need no more. */
      phrase_words = dossier_gazetteer_get_phrase_words (gazetteer, text + offset + token->start,
                                                         token->end - token->start);
      if (phrase_words == 0 && (token->flags & DOSSIER_TOKEN_POSSESSIVE))
        phrase_words = MIN (dossier_gazetteer_get_phrase_words (gazetteer, text + offset + token->start,
                                                                token->full_end - token->start), 1);
      for (guint n = MIN (MIN (recognizer->max_words, phrase_words), n_tokens - i);
           n >= 1 && longest == 0; n--)
        {
          static const DossierGazetteerKind kinds[] = {
            DOSSIER_GAZETTEER_ORGANIZATION, DOSSIER_GAZETTEER_PLACE,
            DOSSIER_GAZETTEER_TITLE, DOSSIER_GAZETTEER_DEMONYM,
          };
          const DossierToken *last = &tokens[i + n - 1];

          if (n > 1 && !tokens_adjacent (text + offset, tokens, i, n))
            continue;
          /* A phrase ends on a capitalised word ("Head of State"). */
          if (n > 1 && !is_capitalised (last))
            continue;
          entry = dossier_gazetteer_lookup_kinds (gazetteer, kinds, G_N_ELEMENTS (kinds),
                                                  text + offset + token->start, last->end - token->start,
                                                  &entry_kind);
          /* A name that ends on its own "'s" ("Moody's"). */
          if (entry == NULL && (last->flags & DOSSIER_TOKEN_POSSESSIVE) && last->full_end == last->end + 2 &&
              text[offset + last->end] == '\'')
            {
              entry = dossier_gazetteer_lookup_kinds (gazetteer, kinds, G_N_ELEMENTS (kinds),
                                                      text + offset + token->start, last->full_end - token->start,
                                                      &entry_kind);
              if (entry != NULL && entry_kind != DOSSIER_GAZETTEER_ORGANIZATION)
                entry = NULL;
            }
          if (entry != NULL)
            longest = n;
        }

      /* A title that opens on "The" ("The National", "The Times"), with a
       * capitalised word right after it, is the start of another name:
       * "The National Assembly", "The Times Square attack". */
      if (longest > 1 && entry_kind == DOSSIER_GAZETTEER_ORGANIZATION && i + longest < n_tokens &&
          tokens[i].end - tokens[i].start == 3 && strncmp (text + offset + tokens[i].start, "The", 3) == 0 &&
          is_capitalised (&tokens[i + longest]) && !(tokens[i + longest].flags & DOSSIER_TOKEN_ALL_CAPS) &&
          tokens_adjacent (text + offset, tokens, i + longest - 1, 2))
        longest = 0;

      /* A given name followed by a capitalised word is a person even where
       * a place has the same name ("Jordan Bardella", "Georgia Meloni"),
       * and where the word after it is a town only WordNet's general list
       * knows, as many surnames are ("Jordan Henderson", "Bill Nelson"). */
      if (longest == 1 && entry_kind != DOSSIER_GAZETTEER_TITLE && i + 1 < n_tokens &&
          dossier_gazetteer_lookup (gazetteer, DOSSIER_GAZETTEER_GIVEN_NAME, text + offset + token->start,
                                    token->end - token->start) &&
          is_capitalised (&tokens[i + 1]) &&
          tokens_adjacent (text + offset, tokens, i, 2) &&
          !is_place_beyond_a_settlement (recognizer, text + offset, tokens, i + 1) &&
          !lookup_span (recognizer, DOSSIER_GAZETTEER_ORGANIZATION, text + offset, tokens, i + 1, 1))
        longest = 0;

      /* A place only the general lists know, followed by a capitalised
       * word that is no kind of place and nothing the lists know, may be a
       * given name there ("Casper Ruud", not Casper in Wyoming): the two
       * words are read as an unknown name is. */
      if (longest == 1 && entry_kind == DOSSIER_GAZETTEER_PLACE && entry->class != NULL &&
          (strcmp (entry->class, "subdivision") == 0 || strcmp (entry->class, "settlement") == 0) &&
          i + 1 < n_tokens && is_capitalised (&tokens[i + 1]) && tokens_adjacent (text + offset, tokens, i, 2) &&
          !(tokens[i + 1].flags & DOSSIER_TOKEN_ALL_CAPS) &&
          !dossier_word_list_contains (&dossier_words_place_kinds, text + offset + tokens[i + 1].start,
                                       tokens[i + 1].end - tokens[i + 1].start) &&
          !dossier_word_list_contains (&dossier_words_organization_heads, text + offset + tokens[i + 1].start,
                                       tokens[i + 1].end - tokens[i + 1].start) &&
          !is_not_name (recognizer, text + offset, &tokens[i + 1]) &&
          !lookup_span (recognizer, DOSSIER_GAZETTEER_PLACE, text + offset, tokens, i + 1, 1) &&
          !lookup_span (recognizer, DOSSIER_GAZETTEER_ORGANIZATION, text + offset, tokens, i + 1, 1) &&
          !lookup_span (recognizer, DOSSIER_GAZETTEER_TITLE, text + offset, tokens, i + 1, 1) &&
          !lookup_span (recognizer, DOSSIER_GAZETTEER_DEMONYM, text + offset, tokens, i + 1, 1))
        longest = 0;

      /* A place that opens an organisation's name is part of it:
       * "Ithaca Holdings", "Richmond High School", "Nara Medical
       * University". */
      if (longest > 0 && entry_kind == DOSSIER_GAZETTEER_PLACE)
        {
          guint k = i + longest, named_end;

          while (k < n_tokens && is_capitalised (&tokens[k]) && tokens_adjacent (text + offset, tokens, k - 1, 2) &&
                 !lookup_span (recognizer, DOSSIER_GAZETTEER_TITLE, text + offset, tokens, k, 1))
            k++;
          named_end = k;
          /* … and so does one the words around call a firm, whatever its
           * last word ("the conglomerate Dubai World", "Dubai World, the
           * conglomerate which …"). */
          if (named_end > i + longest && named_end - i <= 3 && !names_a_day_or_month (text + offset, tokens, i + longest,
                                                                                      named_end) &&
              named_as_organization (text + offset, tokens, n_tokens, i, named_end))
            {
              gsize start = offset + token->start, end = offset + tokens[named_end - 1].end;

              add_mention (document, paragraph, start, end, DOSSIER_ENTITY_ORGANIZATION,
                           dossier_organization_key (text, start, end), text + start, end - start);
              title_until = -1;
              i = named_end;
              continue;
            }
          while (k > i + longest &&
                 !dossier_word_list_contains (&dossier_words_organization_heads, text + offset + tokens[k - 1].start,
                                              tokens[k - 1].end - tokens[k - 1].start))
            k--;
          /* "Michigan Department of Health": the name goes on past the
           * head, and is read from the head on. */
          if (k > i + longest &&
              !(k < n_tokens && tokens_adjacent (text + offset, tokens, k - 1, 2) &&
                tokens[k].end - tokens[k].start == 2 && strncmp (text + offset + tokens[k].start, "of", 2) == 0))
            {
              gsize start = offset + token->start, end = offset + tokens[k - 1].end;

              add_mention (document, paragraph, start, end, DOSSIER_ENTITY_ORGANIZATION,
                           dossier_organization_key (text, start, end), text + start, end - start);
              title_until = -1;
              i = k;
              continue;
            }
        }

      if (longest > 0)
        {
          const DossierToken *last = &tokens[i + longest - 1];

          switch (entry_kind)
            {
            case DOSSIER_GAZETTEER_ORGANIZATION:
              {
                /* "the Peoples Democratic Party (PDP)": the words before a
                 * listed name that its acronym spells are part of it. */
                guint from = acronym_start (document, paragraph, offset, text + offset, tokens, n_tokens,
                                            i, i + longest);
                guint after = i + longest;

                /* "Oracle Arena", "Emirates Stadium": a firm's name and a
                 * kind of place after it name the place called after it
                 * (not a word that heads bodies too: "… Department"). */
                if (from == i && after < n_tokens && tokens_adjacent (text + offset, tokens, after - 1, 2) &&
                    !(tokens[after].flags & DOSSIER_TOKEN_ALL_CAPS) &&
                    dossier_word_list_contains (&dossier_words_place_kinds, text + offset + tokens[after].start,
                                                tokens[after].end - tokens[after].start) &&
                    !dossier_word_list_contains (&dossier_words_organization_heads, text + offset + tokens[after].start,
                                                 tokens[after].end - tokens[after].start))
                  {
                    gsize start = offset + token->start, end = offset + tokens[after].end;
                    g_autofree char *folded = dossier_fold_to_ascii (text + start, end - start);

                    add_mention (document, paragraph, start, end, DOSSIER_ENTITY_PLACE,
                                 dossier_place_key (folded, -1), text + start, end - start);
                    i = after + 1;
                    continue;
                  }
                if (from < i)
                  {
                    gsize start = offset + tokens[from].start, end = offset + last->end;

                    add_mention (document, paragraph, start, end, DOSSIER_ENTITY_ORGANIZATION,
                                 dossier_organization_key (text, start, end), text + start, end - start);
                  }
                else
                  {
                    /* "Arsenal FC", "Valencia CF": a club's name and the
                     * letters of its kind are the club. */
                    static const char * const club_letters[] = { "FC", "CF", "AFC", "SC", "FK", "SK" };

                    if (after < n_tokens && tokens_adjacent (text + offset, tokens, after - 1, 2) &&
                        word_among (text + offset + tokens[after].start, tokens[after].end - tokens[after].start,
                                    club_letters, G_N_ELEMENTS (club_letters)))
                      {
                        last = &tokens[after];
                        longest++;
                      }
                    add_gazetteer_mention (document, paragraph, offset, token, last,
                                           DOSSIER_ENTITY_ORGANIZATION, entry);
                  }
              }
              /* "NATO Secretary-General …": a title may follow. */
              if (title_until >= 0)
                title_until = i + longest - 1;
              break;
            case DOSSIER_GAZETTEER_PLACE:
              add_gazetteer_mention (document, paragraph, offset, token, last, DOSSIER_ENTITY_PLACE, entry);
              if (title_until >= 0)
                title_until = i + longest - 1;
              break;
            case DOSSIER_GAZETTEER_TITLE:
              title_until = i + longest - 1;
              break;
            case DOSSIER_GAZETTEER_DEMONYM:
            default:
              break;
            }
          i += longest;
          continue;
        }

      /* "Lieutenant-General", "Vice-President": a title written with a
       * hyphen is the title. */
      if ((token->flags & DOSSIER_TOKEN_HYPHENATED) && token->end - token->start < 64)
        {
          char spaced[64];
          gsize len = token->end - token->start;

          memcpy (spaced, text + offset + token->start, len);
          for (gsize k = 0; k < len; k++)
            if (spaced[k] == '-')
              spaced[k] = ' ';
          if (dossier_gazetteer_lookup (gazetteer, DOSSIER_GAZETTEER_TITLE, spaced, len) != NULL)
            {
              title_until = i;
              i++;
              continue;
            }
        }

      /* "US-made", "Kyiv-based": the place before the hyphen. */
      if (token->flags & DOSSIER_TOKEN_HYPHENATED)
        {
          const char *hyphen = memchr (text + offset + token->start, '-', token->end - token->start);
          const DossierGazetteerEntry *place =
            hyphen ? dossier_gazetteer_lookup (gazetteer, DOSSIER_GAZETTEER_PLACE, text + offset + token->start,
                                               hyphen - (text + offset + token->start))
                   : NULL;
          if (place != NULL && g_ascii_islower (hyphen[1]))
            {
              DossierToken part = *token;
              part.end = hyphen - (text + offset);
              add_gazetteer_mention (document, paragraph, offset, &part, &part, DOSSIER_ENTITY_PLACE, place);
            }
          /* "Frank-Walter", "Jean-Claude": a compound given name starts a
           * name like any other word, and so does a place's name joined
           * to a word no place's ("Miami-Dade County"); "Kyiv-based" and
           * "US-UK" do not. */
          if ((place != NULL && !joins_a_name (gazetteer, hyphen, text + offset + token->end)) ||
              (place == NULL && !is_compound_name (text + offset + token->start, token->end - token->start)))
            {
              i++;
              continue;
            }
          /* … which alone ("officials in Miami-Dade said") is a place's. */
          if (place != NULL && !(i + 1 < n_tokens && is_capitalised (&tokens[i + 1]) &&
                                 tokens_adjacent (text + offset, tokens, i, 2)))
            {
              g_autofree char *folded = dossier_fold_to_ascii (text + offset + token->start, token->end - token->start);

              add_mention (document, paragraph, offset + token->start, offset + token->end, DOSSIER_ENTITY_PLACE,
                           dossier_place_key (folded, -1), text + offset + token->start, token->end - token->start);
              title_until = -1;
              i++;
              continue;
            }
        }

      /* "Parliament", "Congress", "the Commons" standing alone: the
       * story's own institution. */
      if (!(token->flags & DOSSIER_TOKEN_ALL_CAPS) &&
          dossier_word_list_contains (&dossier_words_bare_institutions, text + offset + token->start,
                                      token->end - token->start) &&
          /* "the Senate of Bolivia" is that senate's name. */
          name_through_connector (text + offset, tokens, n_tokens, i + 1) == 0 &&
          (i + 1 >= n_tokens || !is_capitalised (&tokens[i + 1]) || !tokens_adjacent (text + offset, tokens, i, 2)) &&
          (i == 0 || !is_capitalised (&tokens[i - 1]) || !tokens_adjacent (text + offset, tokens, i - 1, 2) ||
           (tokens[i - 1].end - tokens[i - 1].start == 3 &&
            strncmp (text + offset + tokens[i - 1].start, "The", 3) == 0)))
        {
          gsize start = offset + token->start, end = offset + token->end;

          add_mention (document, paragraph, start, end, DOSSIER_ENTITY_ORGANIZATION,
                       dossier_organization_key (text, start, end), text + start, end - start);
          title_until = -1;
          i++;
          continue;
        }

      if (is_not_name (recognizer, text + offset, token) &&
          !(i > 0 && !is_function_word (text + offset, token) &&
            opens_organization (text + offset, tokens, n_tokens, i)) &&
          !is_surname_he (recognizer, text + offset, tokens, n_tokens, i) &&
          /* "Bank of Velmar": a head and "of" open a name. */
          name_through_connector (text + offset, tokens, n_tokens, i + 1) == 0)
        {
          i++;
          continue;
        }

      /* "Justices Sotomayor and Kagan", "Senators Ann Wright and Paul
       * Moreno": a title in the plural introduces each name that follows. */
      if (is_plural_title (recognizer, text + offset, token) &&
          /* Not inside a name: "the National Governors Association",
           * "the House of Representatives". */
          (i == 0 || (!is_capitalised (&tokens[i - 1]) &&
                      !(tokens[i - 1].end - tokens[i - 1].start == 2 &&
                        strncmp (text + offset + tokens[i - 1].start, "of", 2) == 0))) &&
          i + 1 < n_tokens && is_capitalised (&tokens[i + 1]) &&
          !dossier_word_list_contains (&dossier_words_organization_heads, text + offset + tokens[i + 1].start,
                                       tokens[i + 1].end - tokens[i + 1].start))
        {
          title_until = i;
          plural_title = TRUE;
          i++;
          continue;
        }

      /* The run of capitalised words (and name particles) from here. */
      {
        guint j = i + 1;
        guint run_end;
        gsize start, end;
        gboolean after_title = title_until >= 0 && (int) i <= title_until + 5;
        gboolean given = is_given_name (recognizer, text + offset, token);
        const DossierToken *last;
        DossierEntityType type;
        gboolean known = FALSE;
        gboolean feature;
        gboolean connected = FALSE;

        while (j < n_tokens)
          {
            const DossierToken *next = &tokens[j];

            if (!tokens_adjacent (text + offset, tokens, j - 1, 2))
              {
                /* "People's Democratic Party": the name goes on past the
                 * possessive to its head. */
                guint through = name_through_possessive (text + offset, tokens, n_tokens, j);

                if (through > 0)
                  {
                    /* … and on past "of" or "for": "Morales' Movement for
                     * Socialism". */
                    guint further = name_through_connector (text + offset, tokens, n_tokens, through);

                    j = further > 0 ? further : through;
                    connected = further > 0;
                  }
                break;
              }
            gboolean particle = !is_capitalised (next) &&
                                ((dossier_word_list_contains (&dossier_words_name_particles,
                                                              text + offset + next->start, next->end - next->start) &&
                                  j + 1 < n_tokens && is_capitalised (&tokens[j + 1])) ||
                                 joins_a_particle (text + offset, next));
            if (!is_capitalised (next) && !particle)
              {
                guint through = name_through_connector (text + offset, tokens, n_tokens, j);

                if (through > 0)
                  {
                    j = through;
                    connected = TRUE;
                  }
                break;
              }
            /* A title or a place ends a name: "Mark Rutte Secretary General";
             * a title's first word, too ("Former Prime Minister Helen
             * Clark": "Prime" is no part of a name). */
            /* … but not a surname that is also a title, before the mark
             * of a generation ("Martin Luther King Jr."). */
            if (lookup_span (recognizer, DOSSIER_GAZETTEER_TITLE, text + offset, tokens, j, 1) &&
                !(j + 1 < n_tokens && tokens_adjacent (text + offset, tokens, j, 2) &&
                  dossier_word_marks_a_generation (text + offset + tokens[j + 1].start,
                                                   tokens[j + 1].end - tokens[j + 1].start)))
              {
                if (j - 1 > i && tokens_adjacent (text + offset, tokens, j - 1, 2) &&
                    lookup_span (recognizer, DOSSIER_GAZETTEER_TITLE, text + offset, tokens, j - 1, 2))
                  j--;
                break;
              }
            /* "the founder of WikiLeaks Julian Assange", "NASA Bill
             * Nelson": a given name and a surname after a name written in
             * capitals or with a capital inside, which no person's is, are
             * a person after it, not part of it. */
            /* … and so are they after a word capitalised only because
             * it opens the sentence ("Presidential Donald Trump is …"). */
            /* … and after a company's name that a word in small letters
             * introduces ("payment services provider Wirecard Markus
             * Braun"). */
            if (j == i + 1 && ((token->flags & DOSSIER_TOKEN_ALL_CAPS) ||
                               is_capitalised_inside (text + offset, token) ||
                               (!given && (opens_the_sentence (text + offset, tokens, i) ||
                                           (i > 0 && tokens_adjacent (text + offset, tokens, i - 1, 2) &&
                                            g_ascii_islower (text[offset + tokens[i - 1].start]) &&
                                            !is_function_word (text + offset, &tokens[i - 1]))) &&
                                !lookup_span (recognizer, DOSSIER_GAZETTEER_TITLE, text + offset, tokens, i, 1))) &&
                is_given_name (recognizer, text + offset, next) && j + 1 < n_tokens &&
                tokens_adjacent (text + offset, tokens, j, 2) && is_capitalised (&tokens[j + 1]) &&
                !(tokens[j + 1].flags & DOSSIER_TOKEN_ALL_CAPS) &&
                !is_not_name (recognizer, text + offset, &tokens[j + 1]) &&
                !dossier_word_list_contains (&dossier_words_organization_heads, text + offset + tokens[j + 1].start,
                                             tokens[j + 1].end - tokens[j + 1].start) &&
                !dossier_word_list_contains (&dossier_words_place_kinds, text + offset + tokens[j + 1].start,
                                             tokens[j + 1].end - tokens[j + 1].start) &&
                (j + 2 >= n_tokens || !tokens_adjacent (text + offset, tokens, j + 1, 2) ||
                 !is_capitalised (&tokens[j + 2])))
              break;
            if (is_not_name (recognizer, text + offset, next))
              {
                /* … but a word that heads an organisation's name ends it:
                 * "Western Roads Agency", "Coast Guard Ministry"; and one
                 * on the way to such a head goes on with it ("Independent
                 * National Electoral Commission"). */
                if (!particle &&
                    dossier_word_list_contains (&dossier_words_organization_heads, text + offset + next->start,
                                                next->end - next->start))
                  j++;
                else if (!particle && !is_function_word (text + offset, token) &&
                         opens_organization (text + offset, tokens, n_tokens, j))
                  {
                    j++;
                    continue;
                  }
                break;
              }
            j++;
          }
        run_end = j;
        /* "Tham Luang cave", "the Mekong river": a kind of land or water
         * in small letters after the name makes it a place's. */
        feature = run_end - i <= 3 && run_end < n_tokens && !(token->flags & DOSSIER_TOKEN_ALL_CAPS) &&
                  tokens_adjacent (text + offset, tokens, run_end - 1, 2) && is_feature_word (text + offset,
                                                                                              &tokens[run_end]);
        if (feature)
          run_end++;
        last = &tokens[run_end - 1];
        start = offset + token->start;
        end = offset + last->end;

        /* "the Paralympic Games", "the Games": a competition, no one; nor
         * is "the cruise ship Costa Concordia". */
        if (names_a_competition (text, start, end) || named_as_a_craft (text + offset, tokens, i, run_end))
          {
            title_until = -1;
            plural_title = FALSE;
            i = run_end;
            continue;
          }
        if (run_end - i >= 2 && !(token->flags & DOSSIER_TOKEN_ALL_CAPS) &&
            !dossier_word_list_contains (&dossier_words_organization_heads, text + offset + last->start,
                                         last->end - last->start) &&
            dossier_word_list_contains (&dossier_words_place_prefixes, text + offset + token->start,
                                        token->end - token->start))
          type = DOSSIER_ENTITY_PLACE;
        else if (connected ||
                 (run_end - i >= 2 &&
                  dossier_word_list_contains (&dossier_words_organization_heads, text + offset + last->start,
                                              last->end - last->start)))
          type = DOSSIER_ENTITY_ORGANIZATION;
        /* "Great Bitter Lake", "Yamato-Saidaiji Station": a name ending on
         * a kind of place is a place's. */
        /* … or on a kind and its side ("Champlain Towers South"). */
        else if (feature ||
                 (run_end - i >= 2 && !(token->flags & DOSSIER_TOKEN_ALL_CAPS) &&
                  dossier_word_list_contains (&dossier_words_place_kinds, text + offset + last->start,
                                              last->end - last->start)) ||
                 (run_end - i >= 3 && !(token->flags & DOSSIER_TOKEN_ALL_CAPS) && names_a_side (text + offset, last) &&
                  dossier_word_list_contains (&dossier_words_place_kinds, text + offset + last[-1].start,
                                              last[-1].end - last[-1].start)))
          type = DOSSIER_ENTITY_PLACE;
        else if (run_end - i <= 3 && !(token->flags & DOSSIER_TOKEN_ALL_CAPS) &&
                 follows_place_kind_of (text + offset, tokens, i))
          {
            /* "the town of Pazarcik": a place's name. */
            g_autofree char *folded = dossier_fold_to_ascii (text + start, end - start);

            add_mention (document, paragraph, start, end, DOSSIER_ENTITY_PLACE, dossier_place_key (folded, -1),
                         text + start, end - start);
            title_until = -1;
            plural_title = FALSE;
            i = run_end;
            continue;
          }
        else if ((token->flags & DOSSIER_TOKEN_ALL_CAPS) && run_end - i == 1 &&
                 token->end - token->start <= 6 && caps_tokens * 2 < n_tokens &&
                 !dossier_word_list_contains (&dossier_words_not_acronyms, text + offset + token->start,
                                              token->end - token->start) &&
                 /* "04:03 IST": a time zone, no body. */
                 !dossier_word_list_contains (&dossier_words_time_zones, text + offset + token->start,
                                              token->end - token->start))
          type = DOSSIER_ENTITY_ORGANIZATION;
        else if (names_a_plural_body (recognizer, text + offset, tokens, i, run_end))
          type = DOSSIER_ENTITY_ORGANIZATION;
        else if (run_end - i >= 2 && run_end - i <= 3 && !given && !after_title && !feature &&
                 names_a_countrys_body (recognizer, text + offset, tokens, i, run_end))
          type = DOSSIER_ENTITY_ORGANIZATION;
        else if (run_end - i <= 3 && !given && named_as_organization (text + offset, tokens, n_tokens, i, run_end))
          type = DOSSIER_ENTITY_ORGANIZATION;
        /* "the Mercedes team", "the Jordan team": a given name alone,
         * followed by a kind of body, names no one. */
        else if (run_end - i == 1 && given && !after_title &&
                 followed_by_its_kind (text + offset, tokens, n_tokens, run_end))
          type = DOSSIER_ENTITY_ORGANIZATION;
        else if (run_end - i <= 3 && !given && !after_title &&
                 employs_a_named_person (recognizer, text + offset, tokens, n_tokens, run_end, known_surnames,
                                         text, start, end))
          type = DOSSIER_ENTITY_ORGANIZATION;
        else if (run_end - i == 1 && !after_title && is_capitalised_inside (text + offset, token))
          type = DOSSIER_ENTITY_ORGANIZATION;
        else if (run_end - i <= 3 && !after_title &&
                 listed_after_plural_kind (text, offset, offset + token->start))
          type = DOSSIER_ENTITY_ORGANIZATION;
        else if (run_end - i <= 3 && !given && !after_title &&
                 (placed_by_its_region (recognizer, text + offset, tokens, n_tokens, i, run_end) ||
                  after_a_preposition_of_place (text + offset, tokens, n_tokens, i, run_end)))
          type = DOSSIER_ENTITY_PLACE;
        /* "James Webb Space Telescope", "Davis Cup": a name ending on the
         * head of a thing's, a venue's or an event's name is no person's;
         * a thing's is nobody's to list. */
        else if (!after_title && run_end - i >= 2 &&
                 dossier_word_list_contains (&dossier_words_not_surnames, text + offset + last->start,
                                             last->end - last->start))
          {
            i = run_end;
            title_until = -1;
            continue;
          }
        /* "Cyclone Idai", "Operation Barbarossa": a storm's or an
         * operation's name is no person's, nor anyone's to list. */
        else if (!after_title && run_end - i >= 2 &&
                 dossier_word_list_contains (&dossier_words_not_given_names, text + offset + token->start,
                                             token->end - token->start))
          {
            i = run_end;
            title_until = -1;
            continue;
          }
        /* "the James Webb telescope": a person's full name after "the",
         * before a word in small letters, names what bears it. */
        else if (!after_title && given && run_end - i >= 2 && i > 0 && run_end < n_tokens &&
                 tokens[i - 1].end - tokens[i - 1].start == 3 &&
                 g_ascii_strncasecmp (text + offset + tokens[i - 1].start, "the", 3) == 0 &&
                 g_ascii_islower (text[offset + tokens[run_end].start]) &&
                 text[offset + tokens[run_end - 1].end] == ' ' &&
                 !is_function_word (text + offset, &tokens[run_end]))
          {
            i = run_end;
            title_until = -1;
            continue;
          }
        /* "Minister for International Development": what a title is of,
         * not who holds it. */
        else if (after_title &&
                 in_a_titles_portfolio (recognizer, text + offset, tokens, title_until, i, run_end))
          {
            i = run_end;
            continue;
          }
        /* (A word in capitals alone, too long for an acronym taken on
         * sight, is no one's name: "CONMEBOL said".) */
        /* "Seismologists said", "Engineers agreed": people in the plural,
         * by the ending of their trade, opening a sentence — no name. */
        else if (run_end - i == 1 && !given && !after_title && names_people_in_the_plural (text + offset, token))
          {
            i = run_end;
            title_until = -1;
            continue;
          }
        else if (after_title || (given && run_end - i >= 2) ||
                 (run_end - i == 2 && dossier_person_name_is_surname_first (text + start, end - start)) ||
                 (run_end - i == 2 && is_surname_he (recognizer, text + offset, tokens, n_tokens, i)) ||
                 (run_end - i <= 3 && !(run_end - i == 1 && (token->flags & DOSSIER_TOKEN_ALL_CAPS)) &&
                  (followed_by_person_verb (text + offset, tokens, n_tokens, i, run_end) ||
                   preceded_by_according_to (text + offset, tokens, i) ||
                   preceded_by_person_role (text + offset, tokens, i) ||
                   described_as_person (text + offset, tokens, n_tokens, run_end))))
          type = DOSSIER_ENTITY_PERSON;
        else if (run_end - i == 1 || (caps_tokens * 2 >= n_tokens))
          {
            /* A lone capitalised word: a candidate surname. */
            DossierMention candidate = { 0 };
            candidate.paragraph = paragraph;
            candidate.start = start;
            candidate.end = end;
            candidate.type = DOSSIER_ENTITY_PERSON;
            candidate.key = dossier_person_key (text, start, end);
            candidate.canonical = g_strndup (text + start, end - start);
            candidate.entity = -1;
            g_array_append_val (pending, candidate);
            i = run_end;
            title_until = -1;
            continue;
          }
        else if (run_end - i == 2 && g_strcmp0 (document->language, "en") == 0 &&
                 !has_digit (text + offset, tokens, i, run_end))
          {
            /* Two capitalised words inside an English sentence that
             * nothing explains ("Coco Gauff", "Victory Plan") are a person
             * only if the article also names the last of them alone
             * ("Gauff") — see dossier_name_candidates_accept_pending ().
             * Other languages capitalise their nouns, and a sentence's
             * first word says nothing. */
            DossierMention candidate = { 0 };
            candidate.paragraph = paragraph;
            candidate.start = start;
            candidate.end = end;
            candidate.type = DOSSIER_ENTITY_PERSON;
            candidate.key = dossier_person_key (text, start, end);
            candidate.canonical = g_strndup (text + start, end - start);
            candidate.entity = -1;
            g_array_append_val (pending, candidate);
            i = run_end;
            title_until = -1;
            continue;
          }
        else
          {
            /* Longer capitalised phrases nothing explains are not guessed
             * at. */
            i = run_end;
            title_until = -1;
            continue;
          }

        if (type == DOSSIER_ENTITY_PERSON)
          {
            char *key = dossier_person_key (text, start, end);
            known = run_end - i >= 2;
            if (known && known_surnames != NULL)
              g_hash_table_add (known_surnames, g_strdup (key));
            add_mention (document, paragraph, start, end, type, key, text + start, end - start);
            /* The plural title goes on over "and" and commas. */
            if (plural_title && run_end < n_tokens &&
                (text[offset + tokens[run_end - 1].end] == ',' ||
                 (tokens[run_end].end - tokens[run_end].start == 3 &&
                  strncmp (text + offset + tokens[run_end].start, "and", 3) == 0)))
              {
                title_until = run_end;
                i = run_end;
                continue;
              }
          }
        else if (type == DOSSIER_ENTITY_PLACE)
          {
            char *key = place_kind_key (text + offset, tokens, i, run_end);

            if (key == NULL)
              {
                g_autofree char *folded = dossier_fold_to_ascii (text + start, end - start);

                key = dossier_place_key (folded, -1);
              }
            add_mention (document, paragraph, start, end, type, key, text + start, end - start);
          }
        else
          {
            char *key;

            start = offset + tokens[acronym_start (document, paragraph, offset, text + offset, tokens, n_tokens, i, run_end)].start;
            key = dossier_organization_key (text, start, end);
            add_mention (document, paragraph, start, end, type, key, text + start, end - start);
          }
        title_until = -1;
        plural_title = FALSE;
        i = run_end;
      }
    }
}

/* One name, one sense in an article: a word alone that the general lists
 * know only as a town or a region ("Santos", a port in Brazil) is the
 * person the article names in full with that surname ("President Juan
 * Manuel Santos … Santos ordered his negotiators"), wherever the article
 * names it, unless a word of place comes right before it ("in Santos",
 * "the port of Santos"). */
static void
surnames_of_people_named_in_full (DossierEntityRecognizer *recognizer,
                                  DossierDocument         *document)
{
  static const char * const before_places[] = {
    "in", "at", "near", "from", "to", "of", "outside", "into", "across", "around", "toward", "towards",
  };
  g_autoptr(GHashTable) surnames = NULL;  /* person keys, borrowed */

  for (guint m = 0; m < document->mentions->len; m++)
    {
      DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);

      if (mention->type != DOSSIER_ENTITY_PERSON || strchr (mention->canonical, ' ') == NULL)
        continue;
      if (surnames == NULL)
        surnames = g_hash_table_new (g_str_hash, g_str_equal);
      g_hash_table_add (surnames, mention->key);
    }
  if (surnames == NULL)
    return;
  for (guint m = 0; m < document->mentions->len; m++)
    {
      DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, mention->paragraph);
      const DossierGazetteerEntry *place;
      g_autofree char *key = NULL;
      gsize word_end, word_start;
      gboolean after_place_word = FALSE;

      if (mention->type != DOSSIER_ENTITY_PLACE || strchr (mention->canonical, ' ') != NULL)
        continue;
      place = dossier_gazetteer_lookup (recognizer->gazetteer, DOSSIER_GAZETTEER_PLACE, mention->canonical,
                                        strlen (mention->canonical));
      if (place == NULL || place->class == NULL ||
          (strcmp (place->class, "settlement") != 0 && strcmp (place->class, "subdivision") != 0))
        continue;
      key = dossier_person_key (paragraph->text, mention->start, mention->end);
      if (!g_hash_table_contains (surnames, key))
        continue;
      word_end = mention->start;
      while (word_end > 0 && paragraph->text[word_end - 1] == ' ')
        word_end--;
      word_start = word_end;
      while (word_start > 0 && g_ascii_isalpha (paragraph->text[word_start - 1]))
        word_start--;
      for (gsize k = 0; k < G_N_ELEMENTS (before_places) && !after_place_word; k++)
        after_place_word = strlen (before_places[k]) == word_end - word_start &&
                           g_ascii_strncasecmp (paragraph->text + word_start, before_places[k],
                                                word_end - word_start) == 0;
      if (after_place_word)
        continue;
      DOSSIER_DEBUG ("names: “%s” is the surname of someone the article names in full, not a place",
                     mention->canonical);
      mention->type = DOSSIER_ENTITY_PERSON;
      dossier_mention_take_key (mention, g_steal_pointer (&key));
    }
}

void
dossier_entity_recognizer_scan (DossierEntityRecognizer *recognizer,
                                DossierDocument         *document,
                                GHashTable              *known_surnames,
                                GArray                  *pending)
{
  g_autoptr(GHashTable) listed = NULL;   /* the keys of cities a list names as organisations */

  g_return_if_fail (recognizer != NULL);
  g_return_if_fail (document != NULL);
  g_return_if_fail (known_surnames != NULL);
  g_return_if_fail (pending != NULL);

  listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint p = 0; p < document->paragraphs->len; p++)
    {
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);
      /* A caption's credit names the photographer, not the story's people;
       * nor does an outlet's name closing the paragraph ("… — AFP"). */
      gsize credit = MIN (dossier_paragraph_find_photo_credit (paragraph),
                          dossier_paragraph_find_closing_credit (paragraph));

      for (guint s = 0; s < paragraph->sentences->len; s++)
        {
          DossierSpan *span = &g_array_index (paragraph->sentences, DossierSpan, s);
          guint n_tokens;
          const DossierToken *tokens = dossier_paragraph_get_sentence_tokens (paragraph, s, &n_tokens);

          guint first_mention = document->mentions->len;

          while (n_tokens > 0 && span->start + tokens[n_tokens - 1].end > credit)
            n_tokens--;
          scan_sentence (recognizer, document, p, paragraph->text, span->start, tokens, n_tokens,
                         pending, known_surnames);
          fill_organizations_in_a_list (document, p, paragraph->text, first_mention, pending);
          listed_among_organizations (recognizer, document, paragraph->text, first_mention, listed);
        }
    }
  surnames_of_people_named_in_full (recognizer, document);
  /* One name, one sense in an article: the city a list of clubs names is
   * the club wherever the article names it ("Chelsea are expected to
   * complete their withdrawal"). */
  if (g_hash_table_size (listed) > 0)
    for (guint m = 0; m < document->mentions->len; m++)
      {
        DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
        DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, mention->paragraph);

        if (mention->type == DOSSIER_ENTITY_PLACE && g_hash_table_contains (listed, mention->key))
          as_organization (mention, paragraph->text);
      }
  dossier_document_sort_mentions (document);
}

char
dossier_entity_recognizer_guess_gender (DossierEntityRecognizer *recognizer,
                                        const char              *full_name)
{
  const char *space = strchr (full_name, ' ');
  const DossierGazetteerEntry *entry;

  if (space == NULL)
    return 0;
  entry = dossier_gazetteer_lookup (recognizer->gazetteer, DOSSIER_GAZETTEER_GIVEN_NAME,
                                    full_name, space - full_name);
  if (entry == NULL || entry->class == NULL)
    return 0;
  return entry->class[0] == 'f' || entry->class[0] == 'm' ? entry->class[0] : 0;
}
