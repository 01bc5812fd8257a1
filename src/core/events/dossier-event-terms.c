/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The vocabulary of a dossier: every sentence of every article as the
 * sorted ids of its terms (content words, stemmed, pairs of content words
 * in a row, and the entities it names) with each term's tf-idf weight, so
 * that any two sentences can be compared by the cosine of their weights.
 * Counted once per analysis; the later parts of the builder only read it.
 * Also the two look-ups every part makes: a sentence by its position, and
 * the first of a document's dates from a position. */

#include "dossier-event-terms.h"

#include "dossier-sort.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dossier-debug.h"
#include "dossier-event-kept-terms.h"
#include "dossier-event-thresholds.h"
#include "dossier-word-list.h"
#include "dossier-word-lists.h"
#include "dossier-event-words.h"
#include "dossier-quote.h"
#include "dossier-token.h"

/* @expected: about how many terms there will be; the table starts at
 * twice that (it grows as needed, ids do not depend on its size). */
static void
term_table_init (DossierTermTable *table,
                 gsize             expected)
{
  guint32 size = 64;

  while (size < expected * 2 && size < (1u << 20))
    size *= 2;
  table->mask = size - 1;
  table->slots = g_new0 (DossierTermSlot, size);
  table->n_terms = 0;
  table->strings = g_string_chunk_new (4096);
}

static void
term_table_clear (DossierTermTable *table)
{
  g_clear_pointer (&table->slots, g_free);
  g_clear_pointer (&table->strings, g_string_chunk_free);
}

static DossierTermSlot *
term_table_find (DossierTermTable *table,
                 const char       *term,
                 gsize             len,
                 guint32           hash)
{
  for (guint32 i = hash & table->mask;; i = (i + 1) & table->mask)
    {
      DossierTermSlot *slot = &table->slots[i];

      if (slot->term == NULL ||
          (slot->hash == hash && strncmp (slot->term, term, len) == 0 && slot->term[len] == '\0'))
        return slot;
    }
}

static void
term_table_grow (DossierTermTable *table)
{
  DossierTermSlot *old = table->slots;
  guint32 old_size = table->mask + 1;

  table->mask = old_size * 2 - 1;
  table->slots = g_new0 (DossierTermSlot, old_size * 2);
  for (guint32 i = 0; i < old_size; i++)
    if (old[i].term != NULL)
      *term_table_find (table, old[i].term, strlen (old[i].term), old[i].hash) = old[i];
  g_free (old);
}

/* The hash of a term in the table: FNV-1a. */
static inline guint32
term_hash (const char *term,
           gsize       len)
{
  guint32 hash = 2166136261u;

  for (gsize i = 0; i < len; i++)
    hash = (hash ^ (guchar) term[i]) * 16777619u;
  return hash;
}

/* Ids are given in the order terms are first seen.  @term is @len bytes
 * long; @hash is term_hash () of it, which an article read before keeps
 * with each of its terms (its terms are interned again at every analysis,
 * and hashing them was half the cost). */
static guint
term_id_hashed (DossierVocabulary *vocabulary,
                const char        *term,
                gsize              len,
                guint32            hash)
{
  DossierTermTable *table = &vocabulary->term_ids;
  DossierTermSlot *slot;

  slot = term_table_find (table, term, len, hash);
  if (slot->term != NULL)
    return slot->id;

  /* At most half full, so probes stay short. */
  if ((table->n_terms + 1) * 2 > table->mask + 1)
    {
      term_table_grow (table);
      slot = term_table_find (table, term, len, hash);
    }
  /* Frequencies are zero until counted; the array's length is set to the
   * number of terms once all are seen, not stepped up by one per term. */
  if (table->n_terms == vocabulary->document_frequency->len)
    g_array_set_size (vocabulary->document_frequency, MAX (256, table->n_terms * 2));
  slot->term = g_string_chunk_insert_len (table->strings, term, len);
  slot->hash = hash;
  slot->id = table->n_terms++;
  return slot->id;
}

static guint
term_id (DossierVocabulary *vocabulary,
         const char        *term,
         gsize              len)
{
  return term_id_hashed (vocabulary, term, len, term_hash (term, len));
}

/* "#<entity>": an entity's term, without printf; an entity's id is
 * remembered once its term is interned (the term, hence the id, is the
 * same every time). */
static guint
entity_term_id (DossierVocabulary *vocabulary,
                int                entity)
{
  char key[24];
  char digits[16];
  guint magnitude = entity < 0 ? 0u - (guint) entity : (guint) entity;
  int n = 0, k = 0;
  GArray *known = vocabulary->entity_terms;
  guint id;

  if (entity >= 0 && (guint) entity < known->len && g_array_index (known, guint, entity) != G_MAXUINT)
    return g_array_index (known, guint, entity);

  key[k++] = '#';
  if (entity < 0)
    key[k++] = '-';
  do
    {
      digits[n++] = '0' + magnitude % 10;
      magnitude /= 10;
    }
  while (magnitude > 0);
  while (n > 0)
    key[k++] = digits[--n];
  key[k] = '\0';
  id = term_id (vocabulary, key, k);
  if (entity >= 0)
    {
      if ((guint) entity >= known->len)
        {
          guint from = known->len;

          g_array_set_size (known, MAX ((guint) entity + 1, known->len * 2));
          memset (&g_array_index (known, guint, from), 0xff, sizeof (guint) * (known->len - from));
        }
      g_array_index (known, guint, entity) = id;
    }
  return id;
}

/* Sorts @array of guint.  A sentence has a few dozen terms: an insertion
 * sort in place beats g_array_sort ()'s call through a comparison
 * function for each pair; integers sort the same either way. */
void
_dossier_sort_uints (GArray *array)
{
  guint *values = (guint *) (void *) array->data;

  if (array->len > 64)
    {
      g_array_sort (array, dossier_compare_uint);
      return;
    }
  for (guint i = 1; i < array->len; i++)
    {
      guint value = values[i];
      guint k = i;

      while (k > 0 && values[k - 1] > value)
        {
          values[k] = values[k - 1];
          k--;
        }
      values[k] = value;
    }
}

/* Sorts the @n values at @values and drops repeats; returns how many
 * are left.  A sentence has a few dozen terms: an insertion sort in place
 * beats qsort ()'s call through a comparison function for each pair. */
static guint
unique_sorted (guint *values,
               guint  n)
{
  guint out = 0;

  if (n == 0)
    return 0;
  if (n > 64)
    qsort (values, n, sizeof (guint), dossier_compare_uint);
  else
    for (guint i = 1; i < n; i++)
      {
        guint value = values[i];
        guint k = i;

        while (k > 0 && values[k - 1] > value)
          {
            values[k] = values[k - 1];
            k--;
          }
        values[k] = value;
      }
  for (guint i = 1; i < n; i++)
    if (values[i] != values[out])
      values[++out] = values[i];
  return out + 1;
}

/* Appends @value to @array, whose first *@n elements are in use: the
 * length steps up now and then instead of a g_array_append_val () call per
 * term; the caller sets it to *@n at the end.  The length steps by a few
 * hundred, not by doubling: @array is the vocabulary's pool of every
 * sentence's terms, whose length is set back after each sentence, so a
 * doubling at each sentence's first term made its buffer twice the terms
 * (GArray's own growth keeps appending amortised). */
static inline void
push_uint (GArray *array,
           guint  *n,
           guint   value)
{
  if (*n == array->len)
    g_array_set_size (array, array->len + 256);
  g_array_index (array, guint, (*n)++) = value;
}

/* What the reading of one article records for its kept terms: each term
 * it meets, by a number of its own in the article (the first met is 0),
 * and the text of each number.  Plain arrays grown by doubling: a term is
 * recorded for every word of the dossier when it is first read. */
typedef struct
{
  guint32 *met;
  guint n_met, met_size;
  guint32 *offsets;       /* per number, where its text starts … */
  guint32 *hashes;        /* … and its term_hash () */
  guint n_numbers, offsets_size;
  char *text;
  gsize text_len, text_size;
  guint32 *number_of;     /* per term id: its number in the article being read … */
  guint32 *article_of;    /* … if this is that article's + 1 */
  guint ids_size;
  guint32 article;
} TermRecorder;

static void
term_recorder_clear (TermRecorder *recorder)
{
  g_clear_pointer (&recorder->met, g_free);
  g_clear_pointer (&recorder->offsets, g_free);
  g_clear_pointer (&recorder->hashes, g_free);
  g_clear_pointer (&recorder->text, g_free);
  g_clear_pointer (&recorder->number_of, g_free);
  g_clear_pointer (&recorder->article_of, g_free);
}

static void
record_term (TermRecorder *recorder,
             guint         id,
             const char   *term,
             gsize         len,
             guint32       hash)
{
  guint32 number;

  if (id >= recorder->ids_size)
    {
      guint size = MAX (MAX (id + 1, 1024u), recorder->ids_size * 2);

      recorder->number_of = g_renew (guint32, recorder->number_of, size);
      recorder->article_of = g_renew (guint32, recorder->article_of, size);
      memset (recorder->article_of + recorder->ids_size, 0, sizeof (guint32) * (size - recorder->ids_size));
      recorder->ids_size = size;
    }
  if (recorder->article_of[id] != recorder->article)
    {
      if (recorder->n_numbers == recorder->offsets_size)
        {
          recorder->offsets_size = MAX (256u, recorder->offsets_size * 2);
          recorder->offsets = g_renew (guint32, recorder->offsets, recorder->offsets_size);
          recorder->hashes = g_renew (guint32, recorder->hashes, recorder->offsets_size);
        }
      if (recorder->text_len + len > recorder->text_size)
        {
          recorder->text_size = MAX (recorder->text_len + len, MAX ((gsize) 4096, recorder->text_size * 2));
          recorder->text = g_realloc (recorder->text, recorder->text_size);
        }
      number = recorder->n_numbers++;
      recorder->article_of[id] = recorder->article;
      recorder->number_of[id] = number;
      recorder->offsets[number] = (guint32) recorder->text_len;
      recorder->hashes[number] = hash;
      memcpy (recorder->text + recorder->text_len, term, len);
      recorder->text_len += len;
    }
  else
    number = recorder->number_of[id];
  if (recorder->n_met == recorder->met_size)
    {
      recorder->met_size = MAX (1024u, recorder->met_size * 2);
      recorder->met = g_renew (guint32, recorder->met, recorder->met_size);
    }
  recorder->met[recorder->n_met++] = number;
}

/* Entities as sentences' terms name them: a plain array grown by
 * doubling, one added for each mention of every sentence. */
typedef struct
{
  int *values;
  guint n, size;
} EntityValues;

static inline void
entity_values_push (EntityValues *values,
                    int           value)
{
  if (values->n == values->size)
    {
      values->size = MAX (256u, values->size * 2);
      values->values = g_renew (int, values->values, values->size);
    }
  values->values[values->n++] = value;
}

/* Whether @text starts with @prefix, as strncmp () with the prefix's
 * length would tell, without a call for each sentence. */
static inline gboolean
starts_with (const char *text,
             const char *prefix)
{
  for (; *prefix != '\0'; text++, prefix++)
    if (*text != *prefix)
      return FALSE;
  return TRUE;
}

/* Appends to @values the entities the sentence from @start to @end of
 * paragraph @paragraph_index names, as its terms name them, in the order
 * their terms are given ids: those of the mentions inside it, then the
 * person "He"/"She" or "His"/"Her" at its head stands for (whose entity
 * may be none, -1, and still a term). */
G_ALWAYS_INLINE static inline void
sentence_entity_values (DossierDocument         *document,
                        DossierEntityRecognizer *recognizer,
                        guint                    paragraph_index,
                        gsize                    start,
                        gsize                    end,
                        EntityValues            *values)
{
  DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, paragraph_index);
  gboolean names_a_person = FALSE;
  guint next_mention;

  /* The mentions inside the sentence: sorted by paragraph and start, they
   * are a run found by a binary search, not a walk over the article's. */
  {
    guint low = 0, high = document->mentions->len;
    while (low < high)
      {
        guint middle = (low + high) / 2;
        DossierMention *mention = &g_array_index (document->mentions, DossierMention, middle);
        if (mention->paragraph < paragraph_index ||
            (mention->paragraph == paragraph_index && mention->start < start))
          low = middle + 1;
        else
          high = middle;
      }
    next_mention = low;
  }
  for (guint m = next_mention; m < document->mentions->len; m++)
    {
      DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
      if (mention->paragraph != paragraph_index || mention->start > end)
        break;
      if (mention->end <= end && mention->entity >= 0)
        {
          entity_values_push (values, mention->entity);
          names_a_person |= mention->type == DOSSIER_ENTITY_PERSON;
        }
    }

  /* "He said …" at the head of a sentence brings its person in; so does
   * "His resignation …" in a sentence that names no one, nor someone by a
   * role of theirs ("His accountant Gero Maalund was arrested" is
   * Maalund's). */
  {
    const char *text = paragraph->text + start;
    /* strncmp (), not g_str_has_prefix (), which measures the rest of the paragraph. */
    gboolean possessive = !names_a_person && end - start > 4 && (starts_with (text, "His ") ||
                                                                   starts_with (text, "Her "));
    char gender;

    if (possessive)
      {
        gsize len = 0;

        while (start + 4 + len < end && g_ascii_isalpha (text[4 + len]))
          len++;
        possessive = !dossier_word_list_contains (&dossier_words_person_roles, text + 4, len);
      }
    gender = starts_with (text, "He ") || (possessive && text[1] == 'i') ? 'm'
             : starts_with (text, "She ") || (possessive && text[1] == 'e') ? 'f' : 0;
    if (gender != 0)
      {
        int m = dossier_quotes_resolve_pronoun (document, recognizer, paragraph_index, start, gender);
        if (m >= 0)
          entity_values_push (values, g_array_index (document->mentions, DossierMention, m).entity);
      }
  }
}

/* The terms of a sentence: its content words, stemmed, and its entities;
 * the words of its date expression and of entity names are left out (the
 * entity stands for them).  Appended to @terms (sorted and unique among
 * themselves) and @entities, whose lengths before are where the
 * sentence's own start; the entities as its terms name them to
 * @entity_values (see sentence_entity_values ()). */
static void
sentence_terms (DossierVocabulary       *vocabulary,
                DossierDocument         *document,
                guint                    paragraph_index,
                guint                    sentence_index,
                gsize                    start,
                gsize                    end,
                gsize                    skip_start,
                gsize                    skip_end,
                DossierEntityRecognizer *recognizer,
                TermRecorder            *recorder,
                const DossierEventKeptTerms *replay,
                guint                    kept_sentence,
                guint32                 *replay_ids,
                GArray                  *terms,
                GArray                  *entities,
                EntityValues            *entity_values)
{
  DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, paragraph_index);
  guint n_tokens = 0;
  const DossierToken *tokens = NULL;

  guint first_term = terms->len;
  guint n_terms = terms->len;
  char previous[48] = "";
  gsize previous_len = 0;
  gsize previous_end = 0;
  guint next_mention = 0;
  guint first_value;

  /* An article read before: its words' terms again, in the order first
   * met, each text interned once (term_id () as the reading would have
   * called it, so the ids are the same). */
  if (replay != NULL)
    {
      guint32 from = replay->sentences[kept_sentence * 4 + 3];
      guint32 to = replay->sentences[kept_sentence * 4 + 7];

      for (guint32 k = from; k < to; k++)
        {
          guint32 number = replay->met[k];

          if (replay_ids[number] == G_MAXUINT32)
            replay_ids[number] = term_id_hashed (vocabulary, replay->text + replay->offsets[number],
                                                 replay->offsets[number + 1] - replay->offsets[number],
                                                 replay->hashes[number]);
          push_uint (terms, &n_terms, replay_ids[number]);
        }
      goto entities;
    }
  tokens = dossier_paragraph_get_sentence_tokens (paragraph, sentence_index, &n_tokens);

  /* Mentions are sorted: find this paragraph's first, then walk along. */
  {
    guint low = 0, high = document->mentions->len;
    while (low < high)
      {
        guint middle = (low + high) / 2;
        DossierMention *mention = &g_array_index (document->mentions, DossierMention, middle);
        if (mention->paragraph < paragraph_index ||
            (mention->paragraph == paragraph_index && mention->end <= start))
          low = middle + 1;
        else
          high = middle;
      }
    next_mention = low;
  }

  for (guint t = 0; t < n_tokens; t++)
    {
      const DossierToken *token = &tokens[t];
      gsize token_start = start + token->start, token_end = start + token->end;
      char word[48];
      gsize len = token_end - token_start;
      gboolean in_mention = FALSE;
      guint32 hash;

      if (token_start >= skip_start && token_end <= skip_end && skip_end > skip_start)
        continue;
      if (len < MIN_TERM_BYTES || len >= sizeof word || (token->flags & DOSSIER_TOKEN_DIGITS))
        continue;
      while (next_mention < document->mentions->len)
        {
          DossierMention *mention = &g_array_index (document->mentions, DossierMention, next_mention);
          if (mention->paragraph != paragraph_index || mention->start >= token_end)
            break;
          if (token_start >= mention->start && token_end <= mention->end)
            {
              in_mention = TRUE;
              break;
            }
          if (mention->end <= token_start)
            next_mention++;
          else
            break;
        }
      if (in_mention)
        continue;
      hash = DOSSIER_WORD_HASH_INIT;
      for (gsize i = 0; i < len; i++)
        {
          char c = paragraph->text[token_start + i];
          word[i] = c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
          hash = DOSSIER_WORD_HASH_STEP (hash, word[i]);
        }
      word[len] = '\0';
      if (!g_ascii_isalpha (word[0]) || _dossier_word_is_ignored (vocabulary->ignored_words, word, hash))
        continue;
      len = _dossier_word_stem (word, len);
      len = _dossier_word_map_synonym (vocabulary->synonyms, word, len);
      {
        guint32 word_hash = term_hash (word, len);
        guint id = term_id_hashed (vocabulary, word, len, word_hash);
        push_uint (terms, &n_terms, id);
        if (recorder != NULL)
          record_term (recorder, id, word, len, word_hash);
      }
      /* Two content words in a row name a thing ("victory plan", "press
       * conference") far more surely than either word does. */
      if (previous_len > 0 && token_start == previous_end + 1 && paragraph->text[previous_end] == ' ')
        {
          char pair[100];
          guint32 pair_hash;
          guint id;

          /* Both fit: each is under 48 bytes. */
          memcpy (pair, previous, previous_len);
          pair[previous_len] = ' ';
          memcpy (pair + previous_len + 1, word, len + 1);
          pair_hash = term_hash (pair, previous_len + 1 + len);
          id = term_id_hashed (vocabulary, pair, previous_len + 1 + len, pair_hash);
          push_uint (terms, &n_terms, id);
          if (recorder != NULL)
            record_term (recorder, id, pair, previous_len + 1 + len, pair_hash);
        }
      /* The word is under 48 bytes, the size of both buffers. */
      memcpy (previous, word, len + 1);
      previous_len = len;
      previous_end = token_end;
    }

entities:
  /* Its entities, each an entity's term (appended to @entity_values). */
  first_value = entity_values->n;
  sentence_entity_values (document, recognizer, paragraph_index, start, end, entity_values);
  for (guint k = first_value; k < entity_values->n; k++)
    {
      int entity = entity_values->values[k];

      push_uint (terms, &n_terms, entity_term_id (vocabulary, entity));
      if (entity >= 0)
        g_array_append_val (entities, entity);
    }

  n_terms = first_term + unique_sorted (&g_array_index (terms, guint, first_term), n_terms - first_term);
  g_array_set_size (terms, n_terms);
}

/* The inverse document frequency of @term, counted over sentences: a word
 * of few sentences tells more about what happened than one of many.
 * Computed once per term after counting, into vocabulary->idf, which is
 * what _dossier_vocabulary_idf () reads. */
static double
idf_of_frequency (DossierVocabulary *vocabulary,
                  guint              term)
{
  guint df = g_array_index (vocabulary->document_frequency, guint, term);

  return log (1.0 + (double) vocabulary->n_sentences / (double) MAX (df, 1u));
}

static double
norm (DossierVocabulary *vocabulary,
      const GArray      *terms)
{
  const double *idf = (const double *) (void *) vocabulary->idf->data;
  const guint *ids = (const guint *) (void *) terms->data;
  double sum = 0;

  for (guint i = 0; i < terms->len; i++)
    {
      double w = idf[ids[i]];
      sum += w * w;
    }
  return sqrt (sum);
}

/* A document's dates are in the order of the text, by paragraph and then
 * start (dossier-document.h), and do not overlap: the recogniser reads
 * each paragraph once, front to back.  They are looked up by bisection,
 * not walked for each sentence: a long article has tens of thousands of
 * both.  dossier_document_find_dates () is all that fills them. */
static int
compare_date_positions (gconstpointer a,
                        gconstpointer b)
{
  const DossierDateMention *x = a, *y = b;

  if (x->paragraph != y->paragraph)
    return x->paragraph < y->paragraph ? -1 : 1;
  return (x->start > y->start) - (x->start < y->start);
}

guint
_dossier_event_first_date_from (DossierDocument *document,
                                guint            paragraph,
                                gsize            start)
{
  DossierDateMention key = { 0 };
  guint low = 0, high = document->dates->len;

  key.paragraph = paragraph;
  key.start = start;
  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (compare_date_positions (&g_array_index (document->dates, DossierDateMention, middle), &key) < 0)
        low = middle + 1;
      else
        high = middle;
    }
  return low;
}

/* The terms and entities are views of the vocabulary's pools. */
static void
sentence_clear (gpointer data)
{
  DossierEventSentence *sentence = data;

  g_clear_pointer (&sentence->actions, g_ptr_array_unref);
}

static void
action_word_free (gpointer data,
                  gpointer vocabulary)
{
  if (data != vocabulary)
    g_free (data);
}

/* Whether @kept was made from @document's sentences and mentions. */
static gboolean
kept_terms_fit (const DossierEventKeptTerms *kept,
                DossierDocument             *document)
{
  guint n = 0;

  if (document->mentions->len != kept->n_mentions)
    return FALSE;
  for (guint p = 0; p < document->paragraphs->len; p++)
    {
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);

      for (guint s = 0; s < paragraph->sentences->len; s++, n++)
        {
          const DossierSpan *span = &g_array_index (paragraph->sentences, DossierSpan, s);

          if (n >= kept->n_sentences || kept->sentences[n * 4] != p || kept->sentences[n * 4 + 1] != span->start ||
              kept->sentences[n * 4 + 2] != span->end)
            return FALSE;
        }
    }
  if (n != kept->n_sentences)
    return FALSE;
  for (guint m = 0; m < document->mentions->len; m++)
    {
      const DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);

      if (kept->mentions[m * 3] != mention->paragraph || kept->mentions[m * 3 + 1] != mention->start ||
          kept->mentions[m * 3 + 2] != mention->end)
        return FALSE;
    }
  return TRUE;
}

/* What @recorder met in @document, to be kept under @digest; NULL where a
 * place does not fit in 32 bits. */
static DossierEventKeptTerms *
kept_terms_new (const char      *digest,
                DossierDocument *document,
                TermRecorder    *recorder,
                GArray          *first_met)
{
  DossierEventKeptTerms *kept;
  guint n = 0;

  if (recorder->text_len >= G_MAXUINT32 || recorder->n_met >= G_MAXUINT32)
    return NULL;
  for (guint p = 0; p < document->paragraphs->len; p++)
    if (((DossierParagraph *) g_ptr_array_index (document->paragraphs, p))->len >= G_MAXUINT32)
      return NULL;

  kept = g_new0 (DossierEventKeptTerms, 1);
  g_atomic_ref_count_init (&kept->ref_count);
  kept->digest = g_strdup (digest);
  kept->n_sentences = first_met->len;
  kept->sentences = g_new (guint32, (first_met->len + 1) * 4);
  for (guint p = 0; p < document->paragraphs->len; p++)
    {
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);

      for (guint s = 0; s < paragraph->sentences->len; s++, n++)
        {
          const DossierSpan *span = &g_array_index (paragraph->sentences, DossierSpan, s);

          kept->sentences[n * 4] = p;
          kept->sentences[n * 4 + 1] = span->start;
          kept->sentences[n * 4 + 2] = span->end;
          kept->sentences[n * 4 + 3] = g_array_index (first_met, guint32, n);
        }
    }
  g_assert (n == first_met->len);
  kept->sentences[n * 4] = kept->sentences[n * 4 + 1] = kept->sentences[n * 4 + 2] = 0;
  kept->sentences[n * 4 + 3] = recorder->n_met;
  kept->n_mentions = document->mentions->len;
  kept->mentions = g_new (guint32, document->mentions->len * 3 + 1);
  for (guint m = 0; m < document->mentions->len; m++)
    {
      const DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);

      kept->mentions[m * 3] = mention->paragraph;
      kept->mentions[m * 3 + 1] = mention->start;
      kept->mentions[m * 3 + 2] = mention->end;
    }
  kept->met = g_new (guint32, recorder->n_met + 1);
  if (recorder->n_met > 0)
    memcpy (kept->met, recorder->met, sizeof (guint32) * recorder->n_met);
  kept->n_terms = recorder->n_numbers;
  kept->offsets = g_new (guint32, kept->n_terms + 1);
  if (kept->n_terms > 0)
    memcpy (kept->offsets, recorder->offsets, sizeof (guint32) * kept->n_terms);
  kept->offsets[kept->n_terms] = recorder->text_len;
  kept->hashes = g_new (guint32, MAX (kept->n_terms, 1u));
  if (kept->n_terms > 0)
    memcpy (kept->hashes, recorder->hashes, sizeof (guint32) * kept->n_terms);
  kept->text = g_malloc (recorder->text_len + 1);
  if (recorder->text_len > 0)
    memcpy (kept->text, recorder->text, recorder->text_len);
  kept->text[recorder->text_len] = '\0';
  return kept;
}

/* The buffer of @pool, of 32-bit values, cut to its length; frees @pool. */
static guint *
pool_steal (GArray **pool)
{
  gsize len = 0;
  guint *data = (guint *) (void *) g_array_steal (*pool, &len);

  g_clear_pointer (pool, g_array_unref);
  return g_realloc (data, MAX (len, 1) * sizeof (guint));
}

/* A copy of the @n elements of @size bytes at @data, in a buffer of at
 * least one. */
static gpointer
copy_of (gconstpointer data,
         gsize         n,
         gsize         size)
{
  gpointer copy = g_malloc (MAX (n, 1) * size);

  if (n > 0)
    memcpy (copy, data, n * size);
  return copy;
}

/* Fills @vocabulary as @taken counted it, where @documents are the articles
 * it was counted from: as many, in the same order, each taken from the
 * same kept terms (which @kept gives by its digest, and which fit it), each
 * sentence naming the same entities as its terms name them.  Then the
 * term ids are given in the same order as they were, since each article's
 * words are met again as its kept terms hold them: every sentence's
 * terms, every term's count and weight, every norm are those counted.
 * FALSE, and nothing done, otherwise. */
static gboolean
vocabulary_take (DossierVocabulary                *vocabulary,
                 GPtrArray                        *documents,
                 DossierEntityRecognizer          *recognizer,
                 GHashTable                       *kept,
                 GHashTable                       *kept_now,
                 const DossierEventKeptVocabulary *taken)
{
  EntityValues values = { 0 };
  gboolean same = TRUE;
  DossierEventSentence *next_sentence;
  guint n = 0;

  if (taken->n_documents != documents->len)
    return FALSE;
  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);
      DossierEventKeptTerms *replay;

      replay = document->paragraphs_digest != NULL ? g_hash_table_lookup (kept, document->paragraphs_digest) : NULL;
      same = replay != NULL && replay == taken->articles[d] && taken->first_sentence[d] == n &&
             taken->first_sentence[d + 1] - n == replay->n_sentences && kept_terms_fit (replay, document);
      for (guint p = 0; p < document->paragraphs->len && same; p++)
        {
          DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);

          for (guint s = 0; s < paragraph->sentences->len && same; s++, n++)
            {
              DossierSpan *span = &g_array_index (paragraph->sentences, DossierSpan, s);
              guint32 first = taken->first_value[n], count = taken->first_value[n + 1] - first;

              values.n = 0;
              sentence_entity_values (document, recognizer, p, span->start, span->end, &values);
              same = values.n == count &&
                     (count == 0 || memcmp (values.values, taken->entity_values + first, count * sizeof (int)) == 0);
            }
        }
      if (!same)
        break;
    }
  g_free (values.values);
  if (!same)
    return FALSE;
  g_assert (n == taken->n_sentences);

  memset (vocabulary, 0, sizeof *vocabulary);
  term_table_init (&vocabulary->term_ids, 0);
  _dossier_word_tables_get (&vocabulary->ignored_words, &vocabulary->synonyms);
  vocabulary->document_frequency = g_array_sized_new (FALSE, TRUE, sizeof (guint), taken->n_terms);
  g_array_append_vals (vocabulary->document_frequency, taken->document_frequency, taken->n_terms);
  vocabulary->idf = g_array_sized_new (FALSE, FALSE, sizeof (double), taken->n_terms);
  g_array_append_vals (vocabulary->idf, taken->idf, taken->n_terms);
  vocabulary->kept_made = g_array_new (FALSE, FALSE, sizeof (DossierKeptMade));
  vocabulary->entity_terms = g_array_new (FALSE, FALSE, sizeof (guint));
  vocabulary->sentence_buffer = g_new0 (DossierEventSentence, MAX (taken->n_sentences, 1));
  vocabulary->sentence_views = g_new0 (GArray, MAX (documents->len, 1));
  vocabulary->taken = taken;
  vocabulary->sentences = g_ptr_array_sized_new (documents->len);
  vocabulary->terms = copy_of (taken->terms, taken->first_term[taken->n_sentences], sizeof (guint));
  vocabulary->entities = copy_of (taken->entities, taken->first_entity[taken->n_sentences], sizeof (int));
  vocabulary->n_sentences = taken->n_sentences;
  next_sentence = vocabulary->sentence_buffer;
  n = 0;
  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);
      DossierEventKeptTerms *replay = taken->articles[d];
      GArray *sentences = &vocabulary->sentence_views[d];

      sentences->data = (gchar *) next_sentence;
      sentences->len = 0;
      g_ptr_array_add (vocabulary->sentences, sentences);
      for (guint p = 0; p < document->paragraphs->len; p++)
        {
          DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);

          for (guint s = 0; s < paragraph->sentences->len; s++, n++)
            {
              DossierSpan *span = &g_array_index (paragraph->sentences, DossierSpan, s);
              DossierEventSentence *sentence = next_sentence++;

              sentence->paragraph = p;
              sentence->kept = replay;
              sentence->kept_index = sentences->len++;
              sentence->start = span->start;
              sentence->end = span->end;
              sentence->first_term = taken->first_term[n];
              sentence->first_entity = taken->first_entity[n];
              sentence->term_view.data = (gchar *) (vocabulary->terms + sentence->first_term);
              sentence->term_view.len = taken->first_term[n + 1] - taken->first_term[n];
              sentence->entity_view.data = (gchar *) (vocabulary->entities + sentence->first_entity);
              sentence->entity_view.len = taken->first_entity[n + 1] - taken->first_entity[n];
              sentence->terms = &sentence->term_view;
              sentence->entities = &sentence->entity_view;
              sentence->norm = taken->norms[n];
            }
        }
      if (kept_now != NULL)
        g_hash_table_replace (kept_now, replay->digest, dossier_event_kept_terms_ref (replay));
      /* Terms are all the events need of the tokens; see dossier_analysis_run (). */
      if (documents->len > 1)
        dossier_document_release_tokens (document);
    }
  DOSSIER_DEBUG ("events: the words of %u of %u articles taken as an earlier analysis read them", documents->len,
                 documents->len);
  return TRUE;
}

/* What @vocabulary counted, kept: @articles (per document, a reference,
 * taken), @entity_values and @first_value (per sentence, then the end) as
 * sentence_entity_values () gave them. */
static DossierEventKeptVocabulary *
kept_vocabulary_new (const DossierVocabulary *vocabulary,
                     GPtrArray               *documents,
                     DossierEventKeptTerms  **articles,
                     const EntityValues      *entity_values,
                     GArray                  *first_value)
{
  DossierEventKeptVocabulary *kept = g_new0 (DossierEventKeptVocabulary, 1);
  guint n = 0, n_terms = vocabulary->idf->len;
  guint32 end_of_terms = 0, end_of_entities = 0;

  g_atomic_ref_count_init (&kept->ref_count);
  kept->n_documents = documents->len;
  kept->articles = articles;
  kept->n_sentences = vocabulary->n_sentences;
  kept->first_sentence = g_new (guint, documents->len + 1);
  kept->first_value = copy_of (first_value->data, first_value->len, sizeof (guint32));
  kept->entity_values = copy_of (entity_values->values, entity_values->n, sizeof (int));
  kept->n_terms = n_terms;
  kept->document_frequency = copy_of (vocabulary->document_frequency->data, n_terms, sizeof (guint));
  kept->idf = copy_of (vocabulary->idf->data, n_terms, sizeof (double));
  kept->first_term = g_new (guint32, vocabulary->n_sentences + 1);
  kept->first_entity = g_new (guint32, vocabulary->n_sentences + 1);
  kept->norms = g_new (double, MAX (vocabulary->n_sentences, 1u));
  for (guint d = 0; d < documents->len; d++)
    {
      GArray *sentences = g_ptr_array_index (vocabulary->sentences, d);

      kept->first_sentence[d] = n;
      for (guint i = 0; i < sentences->len; i++, n++)
        {
          const DossierEventSentence *sentence = &g_array_index (sentences, DossierEventSentence, i);

          kept->first_term[n] = sentence->first_term;
          kept->first_entity[n] = sentence->first_entity;
          kept->norms[n] = sentence->norm;
          end_of_terms = sentence->first_term + sentence->term_view.len;
          end_of_entities = sentence->first_entity + sentence->entity_view.len;
        }
    }
  g_assert (n == vocabulary->n_sentences && first_value->len == n + 1);
  kept->first_sentence[documents->len] = n;
  kept->first_term[n] = end_of_terms;
  kept->first_entity[n] = end_of_entities;
  kept->terms = copy_of (vocabulary->terms, end_of_terms, sizeof (guint));
  kept->entities = copy_of (vocabulary->entities, end_of_entities, sizeof (int));
  return kept;
}

void
_dossier_vocabulary_init (DossierVocabulary       *vocabulary,
                          GPtrArray               *documents,
                          DossierEntityRecognizer *recognizer,
                          GHashTable              *kept,
                          GHashTable              *kept_now)
{
  _dossier_vocabulary_init_keeping (vocabulary, documents, recognizer, kept, kept_now, NULL, NULL);
}

/* The terms of every sentence of the corpus and their document
 * frequencies; then each term's weight and each sentence's norm. */
void
_dossier_vocabulary_init_keeping (DossierVocabulary           *vocabulary,
                                  GPtrArray                   *documents,
                                  DossierEntityRecognizer     *recognizer,
                                  GHashTable                  *kept,
                                  GHashTable                  *kept_now,
                                  DossierEventKeptVocabulary  *taken,
                                  DossierEventKeptVocabulary **made_vocabulary)
{
  gsize bytes = 0;
  guint n_sentences_all = 0;
  DossierEventSentence *next_sentence;
  guint n_terms;
  TermRecorder recorder = { 0 };
  g_autoptr(GArray) first_met = NULL;
  g_autoptr(GArray) replay_ids = NULL;
  guint n_replayed = 0;
  EntityValues entity_values = { 0 };
  g_autoptr(GArray) first_value = NULL;

  if (made_vocabulary != NULL)
    *made_vocabulary = NULL;
  if (taken != NULL && kept != NULL && vocabulary_take (vocabulary, documents, recognizer, kept, kept_now, taken))
    {
      if (made_vocabulary != NULL)
        *made_vocabulary = dossier_event_kept_vocabulary_ref (taken);
      return;
    }
  if (made_vocabulary != NULL && kept_now != NULL)
    first_value = g_array_new (FALSE, FALSE, sizeof (guint32));

  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);
      for (guint p = 0; p < document->paragraphs->len; p++)
        {
          DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);

          bytes += paragraph->len;
          n_sentences_all += paragraph->sentences->len;
        }
    }

  memset (vocabulary, 0, sizeof *vocabulary);
  /* A term about every twenty bytes of a short text, far fewer in a long
   * one (a dossier's articles share most of their words): the table starts
   * small and grows as terms come, rather than at a size a large dossier
   * seldom fills. */
  term_table_init (&vocabulary->term_ids, MIN (bytes / 20, 1u << 11));
  _dossier_word_tables_get (&vocabulary->ignored_words, &vocabulary->synonyms);
  vocabulary->document_frequency = g_array_new (FALSE, TRUE, sizeof (guint));
  vocabulary->kept_made = g_array_new (FALSE, FALSE, sizeof (DossierKeptMade));
  vocabulary->entity_terms = g_array_new (FALSE, FALSE, sizeof (guint));
  /* Every sentence of every article in one buffer of its exact size (a
   * GArray each was up to twice its sentences), each article's a view. */
  vocabulary->sentence_buffer = g_new0 (DossierEventSentence, MAX (n_sentences_all, 1));
  vocabulary->sentence_views = g_new0 (GArray, MAX (documents->len, 1));
  vocabulary->sentences = g_ptr_array_sized_new (documents->len);
  next_sentence = vocabulary->sentence_buffer;
  /* About a term every ten bytes: one buffer from the start, not one
   * copied as it grows. */
  vocabulary->term_pool = g_array_sized_new (FALSE, FALSE, sizeof (guint), bytes / 9 + 64);
  vocabulary->entity_pool = g_array_sized_new (FALSE, FALSE, sizeof (int), bytes / 200 + 16);

  if (kept_now != NULL)
    first_met = g_array_new (FALSE, FALSE, sizeof (guint32));
  replay_ids = g_array_new (FALSE, FALSE, sizeof (guint32));

  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);
      GArray *sentences;
      guint n_sentences = 0;
      const char *digest = document->paragraphs_digest;
      DossierEventKeptTerms *replay = NULL;
      TermRecorder *recording = NULL;

      /* Taken where it fits; otherwise read, and what is read kept. */
      if (kept != NULL && digest != NULL)
        {
          replay = g_hash_table_lookup (kept, digest);
          if (replay != NULL && !kept_terms_fit (replay, document))
            replay = NULL;
        }
      if (replay != NULL)
        {
          n_replayed++;
          g_array_set_size (replay_ids, replay->n_terms);
          if (replay->n_terms > 0)
            memset (replay_ids->data, 0xff, sizeof (guint32) * replay->n_terms);
          if (kept_now != NULL)
            g_hash_table_replace (kept_now, replay->digest, dossier_event_kept_terms_ref (replay));
        }
      else if (kept_now != NULL && digest != NULL)
        {
          recording = &recorder;
          recorder.article = d + 1;
          recorder.n_met = recorder.n_numbers = 0;
          recorder.text_len = 0;
          g_array_set_size (first_met, 0);
        }

      for (guint p = 0; p < document->paragraphs->len; p++)
        n_sentences += ((DossierParagraph *) g_ptr_array_index (document->paragraphs, p))->sentences->len;
      sentences = &vocabulary->sentence_views[d];
      sentences->data = (gchar *) next_sentence;
      sentences->len = 0;
      next_sentence += n_sentences;
      g_ptr_array_add (vocabulary->sentences, sentences);
      for (guint p = 0; p < document->paragraphs->len; p++)
        {
          DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);
          for (guint s = 0; s < paragraph->sentences->len; s++)
            {
              DossierSpan *span = &g_array_index (paragraph->sentences, DossierSpan, s);
              DossierEventSentence sentence = { 0 };
              guint *ids;

              sentence.paragraph = p;
              sentence.kept = replay;
              sentence.kept_index = sentences->len;
              sentence.start = span->start;
              sentence.end = span->end;
              sentence.first_term = vocabulary->term_pool->len;
              sentence.first_entity = vocabulary->entity_pool->len;
              if (recording != NULL)
                {
                  guint32 at = recorder.n_met;
                  g_array_append_val (first_met, at);
                }
              /* Each sentence's entities are kept only for the vocabulary
               * kept. */
              if (first_value != NULL)
                g_array_append_val (first_value, entity_values.n);
              else
                entity_values.n = 0;
              sentence_terms (vocabulary, document, p, s, span->start, span->end, 0, 0, recognizer, recording,
                              replay, sentences->len, replay != NULL ? (guint32 *) (void *) replay_ids->data : NULL,
                              vocabulary->term_pool, vocabulary->entity_pool, &entity_values);
              /* The views are set below, once the pools no longer move. */
              sentence.term_view.len = vocabulary->term_pool->len - sentence.first_term;
              sentence.entity_view.len = vocabulary->entity_pool->len - sentence.first_entity;
              ids = &g_array_index (vocabulary->term_pool, guint, sentence.first_term);
              for (guint t = 0; t < sentence.term_view.len; t++)
                g_array_index (vocabulary->document_frequency, guint, ids[t])++;
              vocabulary->n_sentences++;
              ((DossierEventSentence *) (void *) sentences->data)[sentences->len++] = sentence;
            }
        }
      if (recording != NULL)
        {
          DossierEventKeptTerms *made = kept_terms_new (digest, document, &recorder, first_met);

          if (made != NULL)
            {
              DossierKeptMade entry = { d, dossier_event_kept_terms_ref (made) };

              g_array_append_val (vocabulary->kept_made, entry);
              g_hash_table_replace (kept_now, made->digest, made);
            }
        }
      /* Terms are all the events need of the tokens; see dossier_analysis_run (). */
      if (documents->len > 1)
        dossier_document_release_tokens (document);
    }
  if (kept != NULL)
    DOSSIER_DEBUG ("events: the words of %u of %u articles taken as an earlier analysis read them", n_replayed,
                   documents->len);
  term_recorder_clear (&recorder);

  n_terms = vocabulary->term_ids.n_terms;
  g_array_set_size (vocabulary->document_frequency, n_terms);
  vocabulary->idf = g_array_sized_new (FALSE, FALSE, sizeof (double), n_terms);
  g_array_set_size (vocabulary->idf, n_terms);
  for (guint t = 0; t < n_terms; t++)
    g_array_index (vocabulary->idf, double, t) = idf_of_frequency (vocabulary, t);

  /* The pools no longer grow: their buffers are cut to what they hold (a
   * GArray's is a power of two, up to twice that), before the clustering
   * needs its own memory. */
  vocabulary->terms = pool_steal (&vocabulary->term_pool);
  vocabulary->entities = (int *) pool_steal (&vocabulary->entity_pool);
  for (guint d = 0; d < vocabulary->sentences->len; d++)
    {
      GArray *sentences = g_ptr_array_index (vocabulary->sentences, d);
      for (guint i = 0; i < sentences->len; i++)
        {
          DossierEventSentence *sentence = &g_array_index (sentences, DossierEventSentence, i);

          sentence->term_view.data = (gchar *) (vocabulary->terms + sentence->first_term);
          sentence->entity_view.data = (gchar *) (vocabulary->entities + sentence->first_entity);
          sentence->terms = &sentence->term_view;
          sentence->entities = &sentence->entity_view;
          sentence->norm = norm (vocabulary, sentence->terms);
        }
    }

  /* Kept where every article has its kept terms: those the next analysis
   * finds under its digest (where two articles are one text, the second's
   * kept terms, which fit the first as well: reading either gives the same
   * terms, and vocabulary_take () checks that they fit). */
  if (first_value != NULL)
    {
      g_autofree DossierEventKeptTerms **articles = g_new0 (DossierEventKeptTerms *, MAX (documents->len, 1));
      gboolean all = TRUE;
      guint32 end = entity_values.n;

      for (guint d = 0; d < documents->len && all; d++)
        {
          const char *digest = ((DossierDocument *) g_ptr_array_index (documents, d))->paragraphs_digest;

          articles[d] = digest != NULL ? g_hash_table_lookup (kept_now, digest) : NULL;
          all = articles[d] != NULL;
        }
      g_array_append_val (first_value, end);
      if (all)
        {
          for (guint d = 0; d < documents->len; d++)
            dossier_event_kept_terms_ref (articles[d]);
          *made_vocabulary = kept_vocabulary_new (vocabulary, documents, g_steal_pointer (&articles), &entity_values,
                                                  first_value);
        }
    }
  g_free (entity_values.values);
}

DossierEventSentence *
_dossier_vocabulary_find_sentence (DossierVocabulary *vocabulary,
                                   guint              d,
                                   guint              paragraph,
                                   gsize              start)
{
  GArray *sentences = g_ptr_array_index (vocabulary->sentences, d);
  guint low = 0, high = sentences->len;

  while (low < high)
    {
      guint middle = (low + high) / 2;
      DossierEventSentence *sentence = &g_array_index (sentences, DossierEventSentence, middle);
      if (sentence->paragraph < paragraph || (sentence->paragraph == paragraph && sentence->start < start))
        low = middle + 1;
      else
        high = middle;
    }
  g_assert (low < sentences->len);
  return &g_array_index (sentences, DossierEventSentence, low);
}

void
_dossier_vocabulary_clear (DossierVocabulary *vocabulary)
{
  g_clear_pointer (&vocabulary->idf, g_array_unref);
  if (vocabulary->action_words != NULL)
    {
      GHashTableIter iter;
      gpointer value;

      g_hash_table_iter_init (&iter, vocabulary->action_words);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        action_word_free (value, vocabulary);
      g_clear_pointer (&vocabulary->action_words, g_hash_table_unref);
    }
  term_table_clear (&vocabulary->term_ids);
  if (vocabulary->kept_made != NULL)
    {
      for (guint k = 0; k < vocabulary->kept_made->len; k++)
        dossier_event_kept_terms_unref (g_array_index (vocabulary->kept_made, DossierKeptMade, k).kept);
      g_clear_pointer (&vocabulary->kept_made, g_array_unref);
    }
  g_clear_pointer (&vocabulary->document_frequency, g_array_unref);
  g_clear_pointer (&vocabulary->entity_terms, g_array_unref);
  g_clear_pointer (&vocabulary->sentences, g_ptr_array_unref);
  if (vocabulary->sentence_buffer != NULL)
    for (guint i = 0; i < vocabulary->n_sentences; i++)
      sentence_clear (&vocabulary->sentence_buffer[i]);
  g_clear_pointer (&vocabulary->sentence_buffer, g_free);
  g_clear_pointer (&vocabulary->sentence_views, g_free);
  g_clear_pointer (&vocabulary->term_pool, g_array_unref);
  g_clear_pointer (&vocabulary->entity_pool, g_array_unref);
  g_clear_pointer (&vocabulary->terms, g_free);
  g_clear_pointer (&vocabulary->entities, g_free);
}

char *
_dossier_event_describe_sentence (GPtrArray *documents,
                                  guint      d,
                                  guint      paragraph_index,
                                  gsize      start,
                                  gsize      end)
{
  DossierDocument *document = g_ptr_array_index (documents, d);
  DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, paragraph_index);
  const char *text = paragraph->text + start;
  const char *cut = text;

  /* Sixty characters are enough to know a sentence again. */
  for (guint n = 0; n < 60 && cut < paragraph->text + end; n++)
    cut = g_utf8_next_char (cut);
  if (cut > paragraph->text + end)
    cut = paragraph->text + end;
  return g_strdup_printf ("a%u ¶%u “%.*s%s”", d + 1, paragraph_index + 1, (int) (cut - text), text,
                          cut < paragraph->text + end ? "…" : "");
}

DossierEventCandidate
_dossier_event_candidate_for_sentence (guint                 d,
                                       DossierEventSentence *sentence)
{
  DossierEventCandidate candidate = { 0 };

  candidate.document = d;
  candidate.paragraph = sentence->paragraph;
  candidate.start = sentence->start;
  candidate.end = sentence->end;
  candidate.terms = sentence->terms;
  candidate.entities = sentence->entities;
  candidate.norm = sentence->norm;
  candidate.sentence = sentence;
  candidate.cluster = -1;
  candidate.inherits_from = -1;
  return candidate;
}
