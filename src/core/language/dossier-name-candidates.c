/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Names nothing in the lists explains, judged once every article has been
 * scanned: a lone capitalised word is a person where a full name with that
 * surname is known; a pair of capitalised words ("Coco Marsh") is one where
 * the article also names its last word alone, and then in every article
 * of the dossier that names it in full. */

#include "dossier-name-candidates.h"

#include <string.h>

#include "dossier-bytes.h"
#include "dossier-characters.h"
#include "dossier-entity-keys.h"
#include "dossier-word-lists.h"

/* The words @document writes in small letters: its paragraphs' maximal
 * runs of ASCII letters, made once for all the questions asked of it. */
static GHashTable *
small_words_new (DossierDocument *document)
{
  GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint p = 0; p < document->paragraphs->len; p++)
    {
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);
      const char *text = paragraph->text;

      for (gsize i = 0; text[i] != '\0';)
        {
          gsize start = i;
          gboolean lower = TRUE;

          if (!g_ascii_isalpha (text[i]))
            {
              i++;
              continue;
            }
          for (; g_ascii_isalpha (text[i]); i++)
            lower &= g_ascii_islower (text[i]);
          if (lower)
            g_hash_table_add (words, g_strndup (text + start, i - start));
        }
    }
  return words;
}

/* An article's words in small letters, gathered once it has been asked
 * about often enough for that to cost less than searching its text. */
typedef struct
{
  GHashTable *words;
  guint asked;
} SmallWords;

/* Searches in the text answer this many questions before the words are
 * gathered: most articles are asked about a few words only. */
#define SMALL_WORDS_SEARCHED 16

static void
small_words_clear (SmallWords *small)
{
  g_clear_pointer (&small->words, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SmallWords, small_words_clear)

/* Whether the @len bytes at @word occur in small letters, as a whole word,
 * in a paragraph of @document. */
static gboolean
written_in_small_letters (DossierDocument *document,
                          SmallWords      *small,
                          const char      *word,
                          gsize            len)
{
  g_autofree char *lower = dossier_bytes_ascii_strdown (word, len);
  gboolean letters = len > 0;

  for (gsize i = 0; i < len && letters; i++)
    letters = g_ascii_isalpha (lower[i]);
  /* A word of letters only occurs as a whole word where it is one of the
   * runs of letters; any other is looked for in the text. */
  if (letters && (small->words != NULL || ++small->asked > SMALL_WORDS_SEARCHED))
    {
      if (small->words == NULL)
        small->words = small_words_new (document);
      return g_hash_table_contains (small->words, lower);
    }
  for (guint p = 0; p < document->paragraphs->len; p++)
    {
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);

      for (const char *at = strstr (paragraph->text, lower); at != NULL; at = strstr (at + 1, lower))
        if ((at == paragraph->text || !g_ascii_isalpha (at[-1])) && !g_ascii_isalpha (at[len]))
          return TRUE;
    }
  return FALSE;
}

/* Whether the word of @len bytes at @word, in small letters, is a function
 * word of one of the languages the cleaner knows ("Die", "Der", "Los"). */
static gboolean
is_function_word (const char *word,
                  gsize       len)
{
  static const DossierWordList * const lists[] = {
    &dossier_words_function_words_en, &dossier_words_function_words_de, &dossier_words_function_words_fr,
    &dossier_words_function_words_es, &dossier_words_function_words_it, &dossier_words_function_words_pt,
    &dossier_words_function_words_nl, &dossier_words_function_words_pl,
  };
  g_autofree char *lower = dossier_bytes_ascii_strdown (word, len);

  for (gsize l = 0; l < G_N_ELEMENTS (lists); l++)
    if (dossier_word_list_contains (lists[l], lower, len))
      return TRUE;
  return FALSE;
}

/* Whether @text, a lone word or a pair of words, is written as names are:
 * each word a capital and small letters ("Coco Gauff", not "MacBook Pro",
 * "DL Myles"), none a function word ("Die Akte"), the last no head of a
 * place's, a law's or a product's name (data/words/not-surnames.txt) nor
 * of a newspaper's ("Argus Leader"). */
static gboolean
pair_looks_like_a_name (const char *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  guint n = g_strv_length (words);

  if (n > 2)
    return FALSE;
  for (guint w = 0; w < n; w++)
    {
      const char *word = words[w];
      gsize len = strlen (word);

      if (len < 2 || !g_ascii_isupper (word[0]) || is_function_word (word, len))
        return FALSE;
      for (gsize b = 1; b < len; b++)
        if (!g_ascii_islower (word[b]) && word[b] != '-' && word[b] != '\'')
          return FALSE;
    }
  return !dossier_word_list_contains (&dossier_words_not_surnames, words[n - 1], strlen (words[n - 1])) &&
         !dossier_word_list_contains (&dossier_words_masthead_words, words[n - 1], strlen (words[n - 1]));
}

/* What the judging of one article's candidates reads again and again,
 * made once, when first asked: its words in small letters, its
 * candidates by key (kept up to date as keys change), and its people's
 * keys, the lengths of their mentions by key, and their first names. */
typedef struct
{
  DossierDocument *document;
  GArray *pending;
  SmallWords small;
  GHashTable *pending_by_key;    /* key → Written: how the candidates of that key are written; NULL until asked */
  GHashTable *person_keys;       /* key of a person named; NULL until asked (with the two below) */
  GHashTable *person_lengths;    /* "length:key" of a person's mention */
  GHashTable *by_first_name;     /* first word of a full name → the last such mention, or NULL: several people */
} Judging;

/* How many of one key's candidates are a lone word, and how many a pair
 * of words, written as names are. */
typedef struct
{
  guint words;
  guint pairs;
} Written;

/* Counts @candidate among those of its key, or (@step -1) no longer. */
static void
judging_count_pending (Judging              *judging,
                       const DossierMention *candidate,
                       int                   step)
{
  Written *written;

  if (judging->pending_by_key == NULL || !pair_looks_like_a_name (candidate->canonical))
    return;
  written = g_hash_table_lookup (judging->pending_by_key, candidate->key);
  if (written == NULL)
    {
      written = g_new0 (Written, 1);
      g_hash_table_insert (judging->pending_by_key, g_strdup (candidate->key), written);
    }
  if (strchr (candidate->canonical, ' ') != NULL)
    written->pairs += step;
  else
    written->words += step;
}

static void
judging_init (Judging         *judging,
              DossierDocument *document,
              GArray          *pending)
{
  *judging = (Judging) { document, pending, { NULL, 0 }, NULL, NULL, NULL, NULL };
}

/* The candidates by key, made on first use. */
static GHashTable *
judging_pending_by_key (Judging *judging)
{
  if (judging->pending_by_key == NULL)
    {
      judging->pending_by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      for (guint c = 0; c < judging->pending->len; c++)
        judging_count_pending (judging, &g_array_index (judging->pending, DossierMention, c), 1);
    }
  return judging->pending_by_key;
}

/* The article's people, made on first use. */
static void
judging_read_people (Judging *judging)
{
  DossierDocument *document = judging->document;

  if (judging->person_keys != NULL)
    return;
  judging->person_keys = g_hash_table_new (g_str_hash, g_str_equal);
  judging->person_lengths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  judging->by_first_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint m = 0; m < document->mentions->len; m++)
    {
      const DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
      const char *space;
      char *first;
      gpointer found;

      if (mention->type != DOSSIER_ENTITY_PERSON)
        continue;
      g_hash_table_add (judging->person_keys, mention->key);
      g_hash_table_add (judging->person_lengths,
                        g_strdup_printf ("%" G_GSIZE_FORMAT ":%s", mention->end - mention->start, mention->key));
      space = strchr (mention->canonical, ' ');
      if (space == NULL)
        continue;
      /* Of one person's mentions, the last; of two people's, none. */
      first = g_strndup (mention->canonical, space - mention->canonical);
      if (!g_hash_table_lookup_extended (judging->by_first_name, first, NULL, &found) ||
          (found != NULL && g_strcmp0 (((const DossierMention *) found)->key, mention->key) == 0))
        g_hash_table_insert (judging->by_first_name, first, (gpointer) mention);
      else
        g_hash_table_insert (judging->by_first_name, first, NULL);
    }
}

static void
judging_clear (Judging *judging)
{
  small_words_clear (&judging->small);
  g_clear_pointer (&judging->pending_by_key, g_hash_table_unref);
  g_clear_pointer (&judging->person_keys, g_hash_table_unref);
  g_clear_pointer (&judging->person_lengths, g_hash_table_unref);
  g_clear_pointer (&judging->by_first_name, g_hash_table_unref);
}

/* Whether @candidate, a lone word or a pair of capitalised words nothing
 * else explains, is supported by the other kind in @document's @pending:
 * the pair's last word alone, or a pair ending in the lone word. */
static gboolean
named_both_ways (Judging              *judging,
                 const DossierMention *candidate)
{
  const char *space = strrchr (candidate->canonical, ' ');
  const char *surname = space != NULL ? space + 1 : candidate->canonical;
  const Written *same_key;
  gboolean supported;

  if (strlen (surname) < 3 || !pair_looks_like_a_name (candidate->canonical))
    return FALSE;
  /* Another candidate of its key written the other way. */
  same_key = g_hash_table_lookup (judging_pending_by_key (judging), candidate->key);
  supported = same_key != NULL && (space != NULL ? same_key->words : same_key->pairs) > 0;
  /* A pair is also supported by the word alone taken for a person already
   * ("Marsh thanked the crowd"). */
  if (!supported && space != NULL)
    {
      g_autofree char *length_key = g_strdup_printf ("%" G_GSIZE_FORMAT ":%s", strlen (surname), candidate->key);

      judging_read_people (judging);
      supported = g_hash_table_contains (judging->person_lengths, length_key);
    }
  return supported && !written_in_small_letters (judging->document, &judging->small, surname, strlen (surname));
}

/* Moves the candidates of @pending that @accepted marks into the
 * document's mentions; keeps the others in @pending, in order. */
static void
move_accepted (DossierDocument *document,
               GArray          *pending,
               const gboolean  *accepted)
{
  guint kept = 0;
  gboolean added = FALSE;

  for (guint c = 0; c < pending->len; c++)
    {
      DossierMention *candidate = &g_array_index (pending, DossierMention, c);

      if (accepted[c])
        {
          g_array_append_val (document->mentions, *candidate);
          added = TRUE;
        }
      else
        g_array_index (pending, DossierMention, kept++) = *candidate;
    }
  g_array_set_size (pending, kept);
  if (added)
    dossier_document_sort_mentions (document);
}

/* The one person the article names in full whose first name is
 * @candidate's lone word ("Grace" for "Grace Mugabe"), where no one it
 * names has that word for surname; NULL otherwise. */
static const DossierMention *
named_by_first_name (Judging              *judging,
                     const DossierMention *candidate)
{
  if (strchr (candidate->canonical, ' ') != NULL || strlen (candidate->canonical) < 3)
    return NULL;
  judging_read_people (judging);
  if (g_hash_table_contains (judging->person_keys, candidate->key))
    return NULL;
  return g_hash_table_lookup (judging->by_first_name, candidate->canonical);
}

void
dossier_name_candidates_accept_pending_noting (DossierDocument *document,
                                                 GArray          *pending,
                                                 GHashTable      *known_surnames,
                                                 GHashTable      *confirmed,
                                                 GArray          *verdicts)
{
  g_autofree gboolean *accepted = NULL;
  Judging judging;

  g_return_if_fail (document != NULL);
  g_return_if_fail (pending != NULL);

  judging_init (&judging, document, pending);
  /* All judged first: a judgement reads the other candidates. */
  accepted = g_new0 (gboolean, MAX (pending->len, 1));
  for (guint c = 0; c < pending->len; c++)
    {
      DossierMention *candidate = &g_array_index (pending, DossierMention, c);
      DossierNameVerdict verdict = { 0, 0, 0, -1 };

      /* A lone word is a known person's surname, or the last of a pair of
       * capitalised words nothing else explains; such a pair is a person
       * when the article also names its last word alone ("Coco Gauff" …
       * "Gauff"), and never writes that word in small letters (a common
       * noun: "the MacBook Pro" … "a pro"). */
      gboolean pair = strchr (candidate->canonical, ' ') != NULL;

      verdict.known = g_hash_table_contains (known_surnames, candidate->key);
      accepted[c] = verdict.known && (!pair || pair_looks_like_a_name (candidate->canonical));
      /* "Grace" alone, where the article names Grace Mugabe and no one
       * called Grace for surname: her. */
      if (!accepted[c] && !pair &&
          !written_in_small_letters (document, &judging.small, candidate->canonical, strlen (candidate->canonical)))
        {
          const DossierMention *person = named_by_first_name (&judging, candidate);

          if (person != NULL)
            {
              judging_count_pending (&judging, candidate, -1);
              dossier_mention_take_key (candidate, g_strdup (person->key));
              dossier_mention_take_canonical (candidate, g_strdup (person->canonical));
              judging_count_pending (&judging, candidate, 1);
              accepted[c] = TRUE;
              verdict.person = person - (const DossierMention *) (gpointer) document->mentions->data;
            }
        }
      if (!accepted[c] && named_both_ways (&judging, candidate))
        {
          accepted[c] = TRUE;
          verdict.confirms = pair;
          if (pair && confirmed != NULL)
            g_hash_table_add (confirmed, g_strdup (candidate->key));
        }
      verdict.accepted = accepted[c];
      if (verdicts != NULL)
        g_array_append_val (verdicts, verdict);
    }
  judging_clear (&judging);
  move_accepted (document, pending, accepted);
}

void
dossier_name_candidates_accept_pending (DossierDocument *document,
                                          GArray          *pending,
                                          GHashTable      *known_surnames,
                                          GHashTable      *confirmed)
{
  dossier_name_candidates_accept_pending_noting (document, pending, known_surnames, confirmed, NULL);
}

gboolean
dossier_name_candidates_accept_as_judged (DossierDocument          *document,
                                            GArray                   *pending,
                                            GHashTable               *known_surnames,
                                            GHashTable               *confirmed,
                                            const DossierNameVerdict *verdicts,
                                            guint                     n_verdicts)
{
  g_autofree gboolean *accepted = NULL;

  g_return_val_if_fail (document != NULL, FALSE);
  g_return_val_if_fail (pending != NULL, FALSE);
  g_return_val_if_fail (verdicts != NULL || n_verdicts == 0, FALSE);

  /* The judging read nothing else from outside the article: where each
   * key is known as it was, it would decide the same. */
  if (n_verdicts != pending->len)
    return FALSE;
  for (guint c = 0; c < pending->len; c++)
    {
      const DossierMention *candidate = &g_array_index (pending, DossierMention, c);

      if (g_hash_table_contains (known_surnames, candidate->key) != verdicts[c].known ||
          (verdicts[c].person >= 0 && (guint) verdicts[c].person >= document->mentions->len))
        return FALSE;
    }

  accepted = g_new0 (gboolean, MAX (pending->len, 1));
  for (guint c = 0; c < pending->len; c++)
    {
      DossierMention *candidate = &g_array_index (pending, DossierMention, c);

      if (verdicts[c].person >= 0)
        {
          const DossierMention *person = &g_array_index (document->mentions, DossierMention, verdicts[c].person);

          dossier_mention_take_key (candidate, g_strdup (person->key));
          dossier_mention_take_canonical (candidate, g_strdup (person->canonical));
        }
      if (verdicts[c].confirms && confirmed != NULL)
        g_hash_table_add (confirmed, g_strdup (candidate->key));
      accepted[c] = verdicts[c].accepted;
    }
  move_accepted (document, pending, accepted);
  return TRUE;
}

/* Whether @word is written in capitals only, three letters or more. */
static gboolean
in_capitals (const char *word)
{
  gsize n = 0;

  for (; *word != '\0'; word++, n++)
    if (!g_ascii_isupper (*word))
      return FALSE;
  return n >= 3;
}

/* Whether @word is a capital and small letters only ("Conmebol"). */
static gboolean
in_title_case (const char *word)
{
  if (!g_ascii_isupper (*word))
    return FALSE;
  for (word++; *word != '\0'; word++)
    if (!g_ascii_islower (*word))
      return FALSE;
  return TRUE;
}

/* Whether "in ", "near " or "outside " stands right before @start. */
static gboolean
after_a_place_preposition (const char *text,
                           gsize       start)
{
  static const char * const prepositions[] = { "in ", "near ", "outside " };

  for (gsize k = 0; k < G_N_ELEMENTS (prepositions); k++)
    {
      gsize len = strlen (prepositions[k]);

      if (start >= len && strncmp (text + start - len, prepositions[k], len) == 0 &&
          (start == len || !g_ascii_isalpha (text[start - len - 1])))
        return TRUE;
    }
  return FALSE;
}

void
dossier_name_candidates_find_organizations_and_places (GPtrArray  *documents,
                                                       GPtrArray  *pending,
                                                       GHashTable *organizations,
                                                       GHashTable *places)
{
  g_autoptr(GHashTable) alone = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) seen_in = g_hash_table_new (g_str_hash, g_str_equal);  /* pair → document + 1, or 0: several */
  /* Lone words by their small letters, where written in capitals and
   * where as a name: the article + 1, or 0 for several.  Written both ways
   * by two articles ("CONMEBOL", "Conmebol"), a word is an acronym
   * written as a word, as British style has it, longer than the
   * recogniser takes capitals for one — not one article's dateline over
   * its text ("HAYWARD" … "Hayward"). */
  g_autoptr(GHashTable) in_caps = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) as_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint d = 0; d < pending->len; d++)
    {
      GArray *candidates = g_ptr_array_index (pending, d);

      for (guint c = 0; candidates != NULL && c < candidates->len; c++)
        {
          DossierMention *candidate = &g_array_index (candidates, DossierMention, c);
          GHashTable *forms = in_capitals (candidate->canonical) ? in_caps
                              : in_title_case (candidate->canonical) ? as_name : NULL;
          gpointer seen;
          char *folded;

          if (forms == NULL)
            continue;
          folded = dossier_bytes_ascii_strdown (candidate->canonical, -1);
          if (!g_hash_table_lookup_extended (forms, folded, NULL, &seen))
            g_hash_table_insert (forms, folded, GUINT_TO_POINTER (d + 1));
          else
            {
              if (GPOINTER_TO_UINT (seen) != d + 1)
                g_hash_table_insert (forms, g_strdup (folded), GUINT_TO_POINTER (0));
              g_free (folded);
            }
        }
    }
  for (guint d = 0; d < pending->len; d++)
    {
      GArray *candidates = g_ptr_array_index (pending, d);

      for (guint c = 0; candidates != NULL && c < candidates->len; c++)
        {
          DossierMention *candidate = &g_array_index (candidates, DossierMention, c);
          g_autofree char *folded = NULL;
          gpointer caps, name;

          if (strchr (candidate->canonical, ' ') != NULL)
            continue;
          folded = dossier_bytes_ascii_strdown (candidate->canonical, -1);
          if (g_hash_table_lookup_extended (in_caps, folded, NULL, &caps) &&
              g_hash_table_lookup_extended (as_name, folded, NULL, &name) &&
              (caps != name || GPOINTER_TO_UINT (caps) == 0))
            g_hash_table_add (organizations, g_strdup (candidate->canonical));
        }
    }
  for (guint d = 0; d < pending->len; d++)
    {
      GArray *candidates = g_ptr_array_index (pending, d);

      for (guint c = 0; candidates != NULL && c < candidates->len; c++)
        {
          DossierMention *candidate = &g_array_index (candidates, DossierMention, c);

          if (strchr (candidate->canonical, ' ') == NULL)
            g_hash_table_add (alone, candidate->canonical);
        }
    }
  for (guint d = 0; d < pending->len; d++)
    {
      GArray *candidates = g_ptr_array_index (pending, d);

      for (guint c = 0; candidates != NULL && c < candidates->len; c++)
        {
          DossierMention *candidate = &g_array_index (candidates, DossierMention, c);
          const char *space = strchr (candidate->canonical, ' ');
          g_autofree char *first = NULL;

          if (space == NULL || !pair_looks_like_a_name (candidate->canonical) ||
              g_hash_table_contains (alone, space + 1))
            continue;
          first = g_strndup (candidate->canonical, space - candidate->canonical);
          if (!g_hash_table_contains (alone, first))
            continue;
          /* Named so by two articles or more: not one headline's words. */
          if (!g_hash_table_contains (seen_in, candidate->canonical))
            g_hash_table_insert (seen_in, candidate->canonical, GUINT_TO_POINTER (d + 1));
          else if (GPOINTER_TO_UINT (g_hash_table_lookup (seen_in, candidate->canonical)) != d + 1)
            g_hash_table_add (organizations, g_strdup (candidate->canonical));
        }
    }
  /* A word nothing else explains, that an article writes right after
   * "in", "near" or "outside" ("killed in Savar", "a camp near Tobruk"), is
   * a place's name in every article. */
  for (guint d = 0; documents != NULL && places != NULL && d < pending->len && d < documents->len; d++)
    {
      GArray *candidates = g_ptr_array_index (pending, d);
      DossierDocument *document = g_ptr_array_index (documents, d);

      for (guint c = 0; candidates != NULL && c < candidates->len; c++)
        {
          DossierMention *candidate = &g_array_index (candidates, DossierMention, c);
          DossierParagraph *paragraph;

          if (strchr (candidate->canonical, ' ') != NULL || !in_title_case (candidate->canonical) ||
              candidate->paragraph >= document->paragraphs->len ||
              g_hash_table_contains (places, candidate->canonical))
            continue;
          paragraph = g_ptr_array_index (document->paragraphs, candidate->paragraph);
          if (after_a_place_preposition (paragraph->text, candidate->start) &&
              !dossier_word_numbers_a_thing (paragraph->text + candidate->start, candidate->end - candidate->start))
            {
              g_autofree char *folded = dossier_fold_to_ascii (candidate->canonical, -1);

              g_hash_table_insert (places, g_strdup (candidate->canonical), dossier_place_key (folded, -1));
            }
        }
    }
  /* A word one article names as an organisation ("airlines including
   * Delta") is one where another names it alone ("Delta said"). */
  for (guint d = 0; documents != NULL && d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);

      for (guint m = 0; m < document->mentions->len; m++)
        {
          const DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);

          if (mention->type == DOSSIER_ENTITY_ORGANIZATION && !g_hash_table_contains (organizations, mention->canonical))
            g_hash_table_add (organizations, g_strdup (mention->canonical));
          /* And one named as a place ("the town of Lahaina") is that place
           * where another names it alone ("the Lahaina fire"). */
          else if (places != NULL && mention->type == DOSSIER_ENTITY_PLACE &&
                   strchr (mention->canonical, ' ') == NULL && mention->key != NULL &&
                   !g_hash_table_contains (places, mention->canonical))
            g_hash_table_insert (places, g_strdup (mention->canonical), g_strdup (mention->key));
        }
    }
}

/* A place the article names where an organisation's name of several words
 * begins, that some article names as one ("Dubai World", named so once,
 * "the conglomerate Dubai World"): the organisation's wherever the place
 * is followed by the rest of its name. */
static void
extend_places_into_organizations (DossierDocument *document,
                                  GHashTable      *organizations)
{
  gboolean changed = FALSE;

  for (guint m = 0; m < document->mentions->len; m++)
    {
      DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
      const DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, mention->paragraph);
      const char *text = paragraph->text;
      gsize end = mention->end, best = 0;

      if (mention->type != DOSSIER_ENTITY_PLACE)
        continue;
      /* Up to two capitalised words after it, each tried as the name's end. */
      for (guint words = 0; words < 2; words++)
        {
          gsize start;
          g_autofree char *name = NULL;

          if (end + 1 >= paragraph->len || text[end] != ' ' || !g_ascii_isupper (text[end + 1]))
            break;
          start = end + 1;
          end = start;
          while (end < paragraph->len && g_ascii_isalpha (text[end]))
            end++;
          name = g_strndup (text + mention->start, end - mention->start);
          if (g_hash_table_contains (organizations, name))
            best = end;
        }
      if (best == 0)
        continue;
      /* The rest of the name read as a name of its own ("Marine said …"):
       * it is the organisation's; one that goes on past it stops this. */
      {
        guint next = m + 1;

        while (next < document->mentions->len &&
               g_array_index (document->mentions, DossierMention, next).paragraph == mention->paragraph &&
               g_array_index (document->mentions, DossierMention, next).start < best &&
               g_array_index (document->mentions, DossierMention, next).end <= best)
          next++;
        if (next < document->mentions->len &&
            g_array_index (document->mentions, DossierMention, next).paragraph == mention->paragraph &&
            g_array_index (document->mentions, DossierMention, next).start < best)
          continue;
        for (guint k = m + 1; k < next; k++)
          dossier_mention_clear_strings (&g_array_index (document->mentions, DossierMention, k));
        if (next > m + 1)
          {
            g_array_remove_range (document->mentions, m + 1, next - m - 1);
            mention = &g_array_index (document->mentions, DossierMention, m);
          }
      }
      mention->end = best;
      mention->type = DOSSIER_ENTITY_ORGANIZATION;
      dossier_mention_take_key (mention, dossier_organization_key (text, mention->start, mention->end));
      dossier_mention_take_canonical (mention, g_strndup (text + mention->start, mention->end - mention->start));
      changed = TRUE;
    }
  if (changed)
    dossier_document_sort_mentions (document);
}

void
dossier_name_candidates_accept_confirmed (DossierDocument *document,
                                            GArray          *pending,
                                            GHashTable      *confirmed,
                                            GHashTable      *organizations,
                                            GHashTable      *places)
{
  g_autofree gboolean *accepted = NULL;
  g_auto(SmallWords) small = { NULL, 0 };

  g_return_if_fail (document != NULL);
  g_return_if_fail (pending != NULL);

  if (organizations != NULL && g_hash_table_size (organizations) > 0)
    extend_places_into_organizations (document, organizations);
  accepted = g_new0 (gboolean, MAX (pending->len, 1));
  for (guint c = 0; c < pending->len; c++)
    {
      DossierMention *candidate = &g_array_index (pending, DossierMention, c);
      const char *surname = strrchr (candidate->canonical, ' ');

      surname = surname != NULL ? surname + 1 : candidate->canonical;
      accepted[c] = g_hash_table_contains (confirmed, candidate->key) &&
                    pair_looks_like_a_name (candidate->canonical) &&
                    !written_in_small_letters (document, &small, surname, strlen (surname));
      /* "Boca Juniors" … "Boca": a team's or a firm's name — unless the
       * article writes either word in small letters ("Cup Final" … "the
       * final"). */
      if (!accepted[c] && organizations != NULL && g_hash_table_contains (organizations, candidate->canonical) &&
          (strchr (candidate->canonical, ' ') == NULL ||
           !written_in_small_letters (document, &small, candidate->canonical,
                                      strchr (candidate->canonical, ' ') - candidate->canonical)) &&
          !written_in_small_letters (document, &small, surname, strlen (surname)))
        {
          dossier_mention_take_key (candidate,
                                    dossier_organization_key (candidate->canonical, 0, strlen (candidate->canonical)));
          candidate->type = DOSSIER_ENTITY_ORGANIZATION;
          accepted[c] = TRUE;
        }
      if (!accepted[c] && places != NULL && g_hash_table_contains (places, candidate->canonical) &&
          !written_in_small_letters (document, &small, candidate->canonical, strlen (candidate->canonical)))
        {
          dossier_mention_take_key (candidate, g_strdup (g_hash_table_lookup (places, candidate->canonical)));
          candidate->type = DOSSIER_ENTITY_PLACE;
          accepted[c] = TRUE;
        }
    }
  move_accepted (document, pending, accepted);
  for (guint c = 0; c < pending->len; c++)
    {
      dossier_mention_clear_strings (&g_array_index (pending, DossierMention, c));
    }
  g_array_set_size (pending, 0);
}
