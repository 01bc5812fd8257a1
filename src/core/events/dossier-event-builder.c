/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-event-builder.h"

#include <math.h>
#include <string.h>

#include "dossier-document-dates.h"
#include "dossier-date-expression.h"
#include "dossier-quote.h"
#include "dossier-token.h"

/* Thresholds on the tf-idf cosine of two sentences.  Dated sentences
 * whose dates agree need less likeness than a sentence without a date,
 * which has only its words to go by. */
#define SAME_DAY_SIMILARITY     0.12
#define SAME_MONTH_SIMILARITY   0.18
#define CONTAINED_SIMILARITY    0.25
#define UNDATED_SIMILARITY      0.34
#define INFERENCE_SIMILARITY    0.15
/* How long after an event an article may report it without a date. */
#define UNDATED_REACH_DAYS      400
/* A term in more event sentences than this is not rare enough to block on. */
#define MAX_POSTING             400

typedef struct
{
  guint document;
  guint paragraph;
  gsize start;
  gsize end;
  gsize date_start;
  gsize date_end;
  DossierDate date;
  GArray *terms;        /* borrowed from its Sentence */
  GArray *entities;
  double norm;
  int cluster;
  int inherits_from;    /* index of the candidate whose date it took, or -1 */
  int first_day;        /* the span of its date, as day numbers */
  int last_day;
  gboolean dated;       /* by an expression of its own (or "at the time") */
} Candidate;

/* Every sentence of the corpus with its terms, computed once. */
typedef struct
{
  guint paragraph;
  gsize start;
  gsize end;
  GArray *terms;        /* of guint: term ids, sorted, unique */
  GArray *entities;     /* of int */
  double norm;
} Sentence;

/* Terms are interned in an open-addressing table of their own: every word
 * of every sentence is looked up, and most are new to a short article, so
 * a lookup that inserts on a miss without hashing twice or copying each
 * string to its own allocation pays. */
typedef struct
{
  const char *term;     /* in the table's string chunk; NULL for an empty slot */
  guint32 hash;
  guint id;
} TermSlot;

typedef struct
{
  TermSlot *slots;
  guint32 mask;         /* number of slots - 1 */
  guint n_terms;
  GStringChunk *strings;
} TermTable;

/* An open-addressing table of a static word list: each word with its
 * word_hash () and its index in the list. */
typedef struct
{
  const char *words[512];  /* NULL for an empty slot */
  guint32 hashes[512];
  guint16 indices[512];
} WordTable;

typedef struct
{
  TermTable term_ids;
  GArray *document_frequency;  /* of guint, per term id */
  guint n_sentences;
  GArray *idf;            /* of double, per term id, once counting is done */
  GPtrArray *sentences;   /* per document, a GArray of Sentence */
  /* Every word of every sentence is looked up in both lists: hash
   * tables, where a binary search mispredicts at every step. */
  WordTable ignored_words;
  WordTable synonyms;
} Vocabulary;

/* Words that say nothing about what happened. */
static const char * const ignored_words[] = {
  "a", "about", "according", "added", "after", "again", "against", "ago",
  "all", "already", "also", "an", "and", "any", "april", "are", "as", "at",
  "august", "be", "been", "before", "being", "both", "but", "by", "can",
  "could", "currently", "december", "did", "do", "does", "during", "each",
  "earlier", "even", "february", "first", "for", "friday", "from", "further",
  "had", "has", "have", "he", "her", "here", "him", "his", "how", "however",
  "i", "if", "in", "into", "is", "it", "its", "january", "july", "june",
  "just", "last", "later", "like", "many", "march", "may", "might", "monday",
  "month", "more", "most", "much", "must", "new", "next", "no", "not",
  "november", "now", "october", "of", "on", "one", "only", "or", "other",
  "our", "out", "over", "own", "recently", "said", "saturday", "say", "saying",
  "says", "second", "september", "she", "should", "since", "so", "some",
  "stated", "still", "such", "sunday", "than", "that", "the", "their", "them",
  "then", "there", "these", "they", "this", "those", "three", "through",
  "thursday", "time", "to", "today", "told", "tomorrow", "too", "tuesday",
  "two", "under", "until", "up", "us", "very", "was", "we", "wednesday",
  "week", "well", "were", "what", "when", "where", "which", "while", "who",
  "whom", "why", "will", "with", "would", "year", "yesterday", "you", "your",
};

/* Words news reports use interchangeably for one happening, each with the
 * word of its group that stands for all (general newsroom English, not any
 * story's).  Looked up through a WordTable. */
typedef struct
{
  const char *word;
  const char *group;
} Synonym;

static const Synonym synonyms[] = {
  { "accession", "join" }, { "admission", "join" }, { "admit", "join" },
  { "assault", "attack" }, { "ballot", "elect" }, { "bomb", "attack" },
  { "congress", "parliament" }, { "dead", "kill" }, { "death", "kill" },
  { "decision", "decid" }, { "deputie", "parliament" }, { "deputy", "parliament" },
  { "die", "kill" }, { "enter", "join" }, { "fighter", "troop" }, { "force", "troop" },
  { "introduce", "present" }, { "lawmaker", "parliament" }, { "lay", "present" },
  { "legislator", "parliament" }, { "legislature", "parliament" }, { "meeting", "meet" },
  { "mp", "parliament" }, { "outline", "present" }, { "propose", "present" },
  { "quit", "resign" }, { "raid", "attack" }, { "resolution", "decid" }, { "resolv", "decid" },
  { "reveal", "present" }, { "shell", "attack" }, { "soldier", "troop" }, { "step", "resign" },
  { "strike", "attack" }, { "submit", "present" }, { "summit", "meet" }, { "talk", "meet" },
  { "unveil", "present" }, { "vote", "elect" },
};

#define WORD_HASH_INIT 2166136261u
#define WORD_HASH_STEP(hash, c) (((hash) ^ (guchar) (c)) * 16777619u)

static guint32
word_hash (const char *word)
{
  guint32 hash = WORD_HASH_INIT;

  for (const char *c = word; *c != '\0'; c++)
    hash = WORD_HASH_STEP (hash, *c);
  return hash;
}

static void
word_table_init (WordTable          *table,
                 const char * const *words,
                 gsize               n_words,
                 gsize               stride)
{
  memset (table, 0, sizeof *table);
  g_assert (n_words * 2 <= G_N_ELEMENTS (table->words));
  for (gsize i = 0; i < n_words; i++)
    {
      const char *word = *(const char * const *) (const void *) ((const char *) words + i * stride);
      guint32 hash = word_hash (word);
      guint slot;

      for (slot = hash % G_N_ELEMENTS (table->words); table->words[slot] != NULL;
           slot = (slot + 1) % G_N_ELEMENTS (table->words))
        g_assert (strcmp (table->words[slot], word) != 0);
      table->words[slot] = word;
      table->hashes[slot] = hash;
      table->indices[slot] = i;
    }
}

/* The index in its list of @word, whose word_hash () is @hash, or -1. */
static inline int
word_table_find (const WordTable *table,
                 const char      *word,
                 guint32          hash)
{
  for (guint slot = hash % G_N_ELEMENTS (table->words); table->words[slot] != NULL;
       slot = (slot + 1) % G_N_ELEMENTS (table->words))
    if (table->hashes[slot] == hash && strcmp (table->words[slot], word) == 0)
      return table->indices[slot];
  return -1;
}

static void
map_synonym (const Vocabulary *vocabulary,
             char             *word)
{
  int index = word_table_find (&vocabulary->synonyms, word, word_hash (word));

  if (index >= 0)
    strcpy (word, synonyms[index].group);
}

static void
word_tables_init (Vocabulary *vocabulary)
{
  word_table_init (&vocabulary->ignored_words, ignored_words, G_N_ELEMENTS (ignored_words), sizeof ignored_words[0]);
  word_table_init (&vocabulary->synonyms, &synonyms[0].word, G_N_ELEMENTS (synonyms), sizeof synonyms[0]);
}

/* Whether @word, whose word_hash () is @hash, says nothing about what
 * happened. */
static gboolean
ignored (const Vocabulary *vocabulary,
         const char       *word,
         guint32           hash)
{
  return word_table_find (&vocabulary->ignored_words, word, hash) >= 0;
}

/* A light suffix stripper: enough to meet "declared" and "declaration",
 * "member" and "members", "invited" and "invitation". */
static void
stem (char *word)
{
  gsize n = strlen (word);

  /* memcmp () of the suffix's constant length, which the compiler
   * inlines, where strcmp () is a call per suffix tried. */
#define ENDS(s) (n > strlen (s) + 2 && memcmp (word + n - strlen (s), s, strlen (s)) == 0)
  if (ENDS ("ations"))
    n -= 6;
  else if (ENDS ("ation"))
    n -= 5;
  else if (ENDS ("ship"))
    n -= 4;
  else if (ENDS ("ies"))
    {
      n -= 3;
      word[n++] = 'y';
    }
  else if (ENDS ("ing"))
    n -= 3;
  else if (ENDS ("ed"))
    n -= 2;
  else if (ENDS ("es") && (word[n - 3] == 's' || word[n - 3] == 'x' || word[n - 3] == 'h'))
    n -= 2;
  else if (n > 3 && word[n - 1] == 's' && word[n - 2] != 's' && word[n - 2] != 'u' && word[n - 2] != 'i')
    n -= 1;
  if (n > 3 && word[n - 1] == 'e')
    n -= 1;
  if (n > 3 && word[n - 1] == word[n - 2] && !strchr ("aeiouls", word[n - 1]))
    n -= 1;
#undef ENDS
  word[n] = '\0';
}

static void
term_table_init (TermTable *table)
{
  table->mask = 1023;
  table->slots = g_new0 (TermSlot, table->mask + 1);
  table->n_terms = 0;
  table->strings = g_string_chunk_new (4096);
}

static void
term_table_clear (TermTable *table)
{
  g_clear_pointer (&table->slots, g_free);
  g_clear_pointer (&table->strings, g_string_chunk_free);
}

static TermSlot *
term_table_find (TermTable  *table,
                 const char *term,
                 gsize       len,
                 guint32     hash)
{
  for (guint32 i = hash & table->mask;; i = (i + 1) & table->mask)
    {
      TermSlot *slot = &table->slots[i];

      if (slot->term == NULL ||
          (slot->hash == hash && strncmp (slot->term, term, len) == 0 && slot->term[len] == '\0'))
        return slot;
    }
}

static void
term_table_grow (TermTable *table)
{
  TermSlot *old = table->slots;
  guint32 old_size = table->mask + 1;

  table->mask = old_size * 2 - 1;
  table->slots = g_new0 (TermSlot, old_size * 2);
  for (guint32 i = 0; i < old_size; i++)
    if (old[i].term != NULL)
      *term_table_find (table, old[i].term, strlen (old[i].term), old[i].hash) = old[i];
  g_free (old);
}

/* Ids are given in the order terms are first seen. */
static guint
term_id (Vocabulary *vocabulary,
         const char *term)
{
  TermTable *table = &vocabulary->term_ids;
  guint32 hash = 2166136261u;
  gsize len;
  TermSlot *slot;
  guint zero = 0;

  /* FNV-1a, measuring the term on the way. */
  for (len = 0; term[len] != '\0'; len++)
    hash = (hash ^ (guchar) term[len]) * 16777619u;
  slot = term_table_find (table, term, len, hash);
  if (slot->term != NULL)
    return slot->id;

  /* At most half full, so probes stay short. */
  if ((table->n_terms + 1) * 2 > table->mask + 1)
    {
      term_table_grow (table);
      slot = term_table_find (table, term, len, hash);
    }
  g_array_append_val (vocabulary->document_frequency, zero);
  slot->term = g_string_chunk_insert_len (table->strings, term, len);
  slot->hash = hash;
  slot->id = vocabulary->document_frequency->len - 1;
  table->n_terms++;
  return slot->id;
}

/* "#<entity>": an entity's term, without printf. */
static guint
entity_term_id (Vocabulary *vocabulary,
                int         entity)
{
  char key[24];
  char digits[16];
  guint magnitude = entity < 0 ? 0u - (guint) entity : (guint) entity;
  int n = 0, k = 0;

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
  return term_id (vocabulary, key);
}

static int
compare_uint (gconstpointer a,
              gconstpointer b)
{
  guint ia = *(const guint *) a, ib = *(const guint *) b;
  return ia < ib ? -1 : ia > ib;
}

static int
compare_int (gconstpointer a,
             gconstpointer b)
{
  int ia = *(const int *) a, ib = *(const int *) b;
  return ia < ib ? -1 : ia > ib;
}

/* Sorts @array of guint.  A sentence has a few dozen terms: an insertion
 * sort in place beats g_array_sort ()'s call through a comparison
 * function for each pair; integers sort the same either way. */
static void
sort_uints (GArray *array)
{
  guint *values = (guint *) (void *) array->data;

  if (array->len > 64)
    {
      g_array_sort (array, compare_uint);
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

static void
unique_sorted (GArray *array)
{
  guint out = 0;

  if (array->len == 0)
    return;
  sort_uints (array);
  for (guint i = 1; i < array->len; i++)
    if (g_array_index (array, guint, i) != g_array_index (array, guint, out))
      g_array_index (array, guint, ++out) = g_array_index (array, guint, i);
  g_array_set_size (array, out + 1);
}

/* Appends @value to @array, whose first *@n elements are in use: the
 * length steps up now and then instead of a g_array_append_val () call per
 * term; the caller sets it to *@n at the end. */
static inline void
push_uint (GArray *array,
           guint  *n,
           guint   value)
{
  if (*n == array->len)
    g_array_set_size (array, MAX (32, array->len * 2));
  g_array_index (array, guint, (*n)++) = value;
}

/* The terms of a sentence: its content words, stemmed, and its entities;
 * the words of its date expression and of entity names are left out (the
 * entity stands for them). */
static void
sentence_terms (Vocabulary      *vocabulary,
                DossierDocument *document,
                guint            paragraph_index,
                guint            sentence_index,
                gsize            start,
                gsize            end,
                gsize            skip_start,
                gsize            skip_end,
                DossierEntityRecognizer *recognizer,
                GArray          *terms,
                GArray          *entities)
{
  DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, paragraph_index);
  guint n_tokens;
  const DossierToken *tokens = dossier_paragraph_get_sentence_tokens (paragraph, sentence_index, &n_tokens);

  guint n_terms = terms->len;
  char previous[48] = "";
  gsize previous_end = 0;
  guint next_mention = 0;

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
      if (len < 3 || len >= sizeof word || (token->flags & DOSSIER_TOKEN_DIGITS))
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
      hash = WORD_HASH_INIT;
      for (gsize i = 0; i < len; i++)
        {
          char c = paragraph->text[token_start + i];
          word[i] = c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
          hash = WORD_HASH_STEP (hash, word[i]);
        }
      word[len] = '\0';
      if (!g_ascii_isalpha (word[0]) || ignored (vocabulary, word, hash))
        continue;
      stem (word);
      map_synonym (vocabulary, word);
      {
        guint id = term_id (vocabulary, word);
        push_uint (terms, &n_terms, id);
      }
      /* Two content words in a row name a thing ("victory plan", "press
       * conference") far more surely than either word does. */
      if (previous[0] != '\0' && token_start == previous_end + 1 && paragraph->text[previous_end] == ' ')
        {
          char pair[100];
          gsize previous_len = strlen (previous), word_len = strlen (word);
          guint id;

          /* Both fit: each is under 48 bytes. */
          memcpy (pair, previous, previous_len);
          pair[previous_len] = ' ';
          memcpy (pair + previous_len + 1, word, word_len + 1);
          id = term_id (vocabulary, pair);
          push_uint (terms, &n_terms, id);
        }
      /* The word is under 48 bytes, the size of both buffers. */
      strcpy (previous, word);
      previous_end = token_end;
    }

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
          guint id = entity_term_id (vocabulary, mention->entity);
          push_uint (terms, &n_terms, id);
          g_array_append_val (entities, mention->entity);
        }
    }

  /* "He said …" at the head of a sentence brings its person in. */
  {
    const char *text = paragraph->text + start;
    /* strncmp (), not g_str_has_prefix (), which measures the rest of the paragraph. */
    char gender = strncmp (text, "He ", 3) == 0 ? 'm' : strncmp (text, "She ", 4) == 0 ? 'f' : 0;
    if (gender != 0)
      {
        int m = dossier_quotes_resolve_pronoun (document, recognizer, paragraph_index, start, gender);
        if (m >= 0)
          {
            int entity = g_array_index (document->mentions, DossierMention, m).entity;
            guint id = entity_term_id (vocabulary, entity);
            push_uint (terms, &n_terms, id);
            if (entity >= 0)
              g_array_append_val (entities, entity);
          }
      }
  }

  g_array_set_size (terms, n_terms);
  unique_sorted (terms);
}

static double
idf (Vocabulary *vocabulary,
     guint       term)
{
  guint df;

  /* Computed once per term after counting; similarity asks millions of times. */
  if (vocabulary->idf != NULL && term < vocabulary->idf->len)
    return g_array_index (vocabulary->idf, double, term);
  df = g_array_index (vocabulary->document_frequency, guint, term);
  return log (1.0 + (double) vocabulary->n_sentences / (double) MAX (df, 1u));
}

static double
norm (Vocabulary *vocabulary,
      GArray     *terms)
{
  double sum = 0;

  for (guint i = 0; i < terms->len; i++)
    {
      double w = idf (vocabulary, g_array_index (terms, guint, i));
      sum += w * w;
    }
  return sqrt (sum);
}

static double
similarity (Vocabulary *vocabulary,
            GArray     *a,
            double      norm_a,
            GArray     *b,
            double      norm_b)
{
  double dot = 0;
  guint i = 0, j = 0;

  if (norm_a <= 0 || norm_b <= 0)
    return 0;
  while (i < a->len && j < b->len)
    {
      guint ta = g_array_index (a, guint, i), tb = g_array_index (b, guint, j);
      if (ta == tb)
        {
          double w = idf (vocabulary, ta);
          dot += w * w;
          i++;
          j++;
        }
      else if (ta < tb)
        i++;
      else
        j++;
    }
  return dot / (norm_a * norm_b);
}

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

/* The index of the first date at or after @start in @paragraph (or the
 * first of a later paragraph, or the number of dates). */
static guint
first_date_from (DossierDocument *document,
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

static gboolean
sentence_has_date (DossierDocument *document,
                   guint            paragraph,
                   gsize            start,
                   gsize            end)
{
  for (guint i = first_date_from (document, paragraph, start); i < document->dates->len; i++)
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

static void
sentence_clear (gpointer data)
{
  Sentence *sentence = data;

  g_clear_pointer (&sentence->terms, g_array_unref);
  g_clear_pointer (&sentence->entities, g_array_unref);
}

/* The terms of every sentence of the corpus and their document
 * frequencies; then each sentence's norm. */
static void
count_vocabulary (Vocabulary              *vocabulary,
                  GPtrArray               *documents,
                  DossierEntityRecognizer *recognizer)
{
  g_autoptr(GArray) scratch_terms = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) scratch_entities = g_array_new (FALSE, FALSE, sizeof (int));

  vocabulary->sentences = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);
      GArray *sentences = g_array_new (FALSE, TRUE, sizeof (Sentence));

      g_array_set_clear_func (sentences, sentence_clear);
      g_ptr_array_add (vocabulary->sentences, sentences);
      for (guint p = 0; p < document->paragraphs->len; p++)
        {
          DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);
          for (guint s = 0; s < paragraph->sentences->len; s++)
            {
              DossierSpan *span = &g_array_index (paragraph->sentences, DossierSpan, s);
              Sentence sentence = { p, span->start, span->end, NULL, NULL, 0 };

              /* Gathered in arrays reused for every sentence, then copied
               * at their final size: no growing array per sentence. */
              g_array_set_size (scratch_terms, 0);
              g_array_set_size (scratch_entities, 0);
              sentence_terms (vocabulary, document, p, s, span->start, span->end, 0, 0, recognizer,
                              scratch_terms, scratch_entities);
              sentence.terms = g_array_sized_new (FALSE, FALSE, sizeof (guint), scratch_terms->len);
              g_array_append_vals (sentence.terms, scratch_terms->data, scratch_terms->len);
              sentence.entities = g_array_sized_new (FALSE, FALSE, sizeof (int), scratch_entities->len);
              g_array_append_vals (sentence.entities, scratch_entities->data, scratch_entities->len);
              for (guint t = 0; t < sentence.terms->len; t++)
                g_array_index (vocabulary->document_frequency, guint, g_array_index (sentence.terms, guint, t))++;
              vocabulary->n_sentences++;
              g_array_append_val (sentences, sentence);
            }
        }
      /* Terms are all the events need of the tokens; see dossier_analysis_run (). */
      if (documents->len > 1)
        dossier_document_release_tokens (document);
    }

  vocabulary->idf = g_array_sized_new (FALSE, FALSE, sizeof (double), vocabulary->document_frequency->len);
  for (guint t = 0; t < vocabulary->document_frequency->len; t++)
    {
      double weight = idf (vocabulary, t);
      g_array_append_val (vocabulary->idf, weight);
    }

  for (guint d = 0; d < vocabulary->sentences->len; d++)
    {
      GArray *sentences = g_ptr_array_index (vocabulary->sentences, d);
      for (guint i = 0; i < sentences->len; i++)
        {
          Sentence *sentence = &g_array_index (sentences, Sentence, i);
          sentence->norm = norm (vocabulary, sentence->terms);
        }
    }
}

/* The cached sentence of document @d that starts at @start of @paragraph. */
static Sentence *
find_sentence (Vocabulary *vocabulary,
               guint       d,
               guint       paragraph,
               gsize       start)
{
  GArray *sentences = g_ptr_array_index (vocabulary->sentences, d);
  guint low = 0, high = sentences->len;

  while (low < high)
    {
      guint middle = (low + high) / 2;
      Sentence *sentence = &g_array_index (sentences, Sentence, middle);
      if (sentence->paragraph < paragraph || (sentence->paragraph == paragraph && sentence->start < start))
        low = middle + 1;
      else
        high = middle;
    }
  g_assert (low < sentences->len);
  return &g_array_index (sentences, Sentence, low);
}

static void
collect_candidates (Vocabulary              *vocabulary,
                    GPtrArray               *documents,
                    guint                    d,
                    DossierEntityRecognizer *recognizer,
                    GArray                  *candidates)
{
  DossierDocument *document = g_ptr_array_index (documents, d);
  const DossierDateMention *previous_date = NULL;
  int previous_candidate = -1;

  for (guint p = 0; p < document->paragraphs->len; p++)
    {
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);

      for (guint s = 0; s < paragraph->sentences->len; s++)
        {
          DossierSpan *span = &g_array_index (paragraph->sentences, DossierSpan, s);
          const DossierDateMention *sentence_date = NULL;

          for (guint i = first_date_from (document, p, span->start); i < document->dates->len; i++)
            {
              const DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, i);
              Candidate candidate = { 0 };

              if (date->paragraph > p || date->start > span->end)
                break;
              if (date->paragraph != p || date->start < span->start || date->end > span->end)
                continue;
              if (!dossier_date_is_set (&date->value))
                continue;
              sentence_date = date;

              candidate.document = d;
              candidate.paragraph = p;
              candidate.start = span->start;
              candidate.end = span->end;
              candidate.date_start = date->start;
              candidate.date_end = date->end;
              candidate.date = date->value;
              if (candidate.date.precision == DOSSIER_PRECISION_MINUTE)
                candidate.date.precision = DOSSIER_PRECISION_DAY;
              candidate.dated = TRUE;
              candidate.cluster = -1;
              {
                Sentence *sentence = find_sentence (vocabulary, d, p, span->start);
                candidate.terms = sentence->terms;
                candidate.entities = sentence->entities;
                candidate.norm = sentence->norm;
              }
              candidate.inherits_from = -1;
              g_array_append_val (candidates, candidate);
              previous_candidate = candidates->len - 1;
            }

          if (sentence_date == NULL && previous_date != NULL &&
              inherits_date (paragraph->text + span->start))
            {
              Candidate candidate = { 0 };

              candidate.document = d;
              candidate.paragraph = p;
              candidate.start = span->start;
              candidate.end = span->end;
              candidate.date = previous_date->value;
              candidate.dated = TRUE;
              /* The opener ("At the time") is what dates it. */
              candidate.date_start = span->start;
              candidate.date_end = span->start + inherits_date (paragraph->text + span->start);
              candidate.cluster = -1;
              {
                Sentence *sentence = find_sentence (vocabulary, d, p, span->start);
                candidate.terms = sentence->terms;
                candidate.entities = sentence->entities;
                candidate.norm = sentence->norm;
              }
              /* It tells of the same happening as the sentence before. */
              candidate.inherits_from = previous_candidate;
              g_array_append_val (candidates, candidate);
            }
          /* "At the time" reaches back over a paragraph break too. */
          previous_date = sentence_date;
          if (sentence_date == NULL)
            previous_candidate = -1;
        }
    }
}

static void
join (GArray *parents,
      guint   i,
      guint   j)
{
  guint ri = find_root (parents, i), rj = find_root (parents, j);

  if (ri != rj)
    g_array_index (parents, guint, MAX (ri, rj)) = MIN (ri, rj);
}

static void
compare_pair (Vocabulary *vocabulary,
              GArray     *candidates,
              GArray     *parents,
              guint       i,
              guint       j)
{
  Candidate *a = &g_array_index (candidates, Candidate, i);
  Candidate *b = &g_array_index (candidates, Candidate, j);
  int agree;
  double sim;

  /* dates_agree () on the spans computed once per candidate. */
  if (a->first_day == b->first_day && a->last_day == b->last_day)
    agree = 1;
  else if (a->date.precision == DOSSIER_PRECISION_YEAR || b->date.precision == DOSSIER_PRECISION_YEAR)
    agree = 0;
  else if ((a->first_day >= b->first_day && a->last_day <= b->last_day) ||
           (b->first_day >= a->first_day && b->last_day <= a->last_day))
    agree = 2;
  else
    agree = 0;

  if (agree == 0)
    return;
  /* Two dates in one sentence are two happenings. */
  if (a->document == b->document && a->paragraph == b->paragraph && a->start == b->start)
    return;
  sim = similarity (vocabulary, a->terms, a->norm, b->terms, b->norm);
  if (sim >= (agree == 2 ? CONTAINED_SIMILARITY
              : a->date.precision >= DOSSIER_PRECISION_DAY ? SAME_DAY_SIMILARITY
              : SAME_MONTH_SIMILARITY))
    join (parents, i, j);
}

static void
add_to_bucket (GHashTable *buckets,
               int         key,
               guint       index)
{
  GArray *bucket = g_hash_table_lookup (buckets, GINT_TO_POINTER (key));

  if (bucket == NULL)
    {
      bucket = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (buckets, GINT_TO_POINTER (key), bucket);
    }
  g_array_append_val (bucket, index);
}

/* The @n rarest terms of @terms, into @rare; returns how many. */
static guint
rarest_terms (Vocabulary *vocabulary,
              GArray     *terms,
              guint      *rare,
              guint       n)
{
  guint n_rare = 0;

  for (guint t = 0; t < terms->len; t++)
    {
      guint term = g_array_index (terms, guint, t);
      guint df = g_array_index (vocabulary->document_frequency, guint, term);
      guint k;

      /* A term of one sentence only is shared with no other. */
      if (df < 2)
        continue;
      if (n_rare == n && df >= g_array_index (vocabulary->document_frequency, guint, rare[n_rare - 1]))
        continue;
      if (n_rare < n)
        n_rare++;
      for (k = n_rare - 1; k > 0 && g_array_index (vocabulary->document_frequency, guint, rare[k - 1]) > df; k--)
        rare[k] = rare[k - 1];
      rare[k] = term;
    }
  return n_rare;
}

#define BUCKET_ALL_PAIRS 256

static void
compare_within (Vocabulary *vocabulary,
                GArray     *candidates,
                GArray     *parents,
                GArray     *bucket)
{
  g_autoptr(GHashTable) postings = NULL;
  g_autofree guint *stamps = NULL;

  if (bucket->len <= BUCKET_ALL_PAIRS)
    {
      for (guint x = 0; x < bucket->len; x++)
        for (guint y = x + 1; y < bucket->len; y++)
          compare_pair (vocabulary, candidates, parents, g_array_index (bucket, guint, x),
                        g_array_index (bucket, guint, y));
      return;
    }

  /* A day thousands of sentences name (a big story's big day): compare
   * only sentences that share one of their rarest words, as
   * blocked_candidates () does for undated ones. */
  postings = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  for (guint x = 0; x < bucket->len; x++)
    {
      Candidate *candidate = &g_array_index (candidates, Candidate, g_array_index (bucket, guint, x));
      guint rare[6];
      guint n = rarest_terms (vocabulary, candidate->terms, rare, G_N_ELEMENTS (rare));
      for (guint k = 0; k < n; k++)
        add_to_bucket (postings, (int) rare[k] + 1, x);
    }
  stamps = g_new0 (guint, bucket->len);
  for (guint x = 0; x < bucket->len; x++)
    {
      Candidate *candidate = &g_array_index (candidates, Candidate, g_array_index (bucket, guint, x));
      guint rare[6];
      guint n = rarest_terms (vocabulary, candidate->terms, rare, G_N_ELEMENTS (rare));

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
              compare_pair (vocabulary, candidates, parents, g_array_index (bucket, guint, x),
                            g_array_index (bucket, guint, y));
            }
        }
    }
}

static int
month_key (const DossierDate *date)
{
  return date->year * 12 + date->month;
}

/* Only candidates whose dates can agree are compared: the same day, the
 * same month, a day within a month, the same year.  A dossier of thousands
 * of articles then costs thousands of comparisons per day, not millions
 * per candidate. */
static void
cluster_candidates (Vocabulary *vocabulary,
                    GArray     *candidates)
{
  g_autoptr(GArray) parents = g_array_sized_new (FALSE, FALSE, sizeof (guint), candidates->len);
  g_autoptr(GHashTable) days = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  g_autoptr(GHashTable) weeks = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  g_autoptr(GHashTable) months = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  g_autoptr(GHashTable) years = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0; i < candidates->len; i++)
    {
      Candidate *candidate = &g_array_index (candidates, Candidate, i);

      g_array_append_val (parents, i);
      dossier_date_get_span (&candidate->date, &candidate->first_day, &candidate->last_day);
      switch (candidate->date.precision)
        {
        case DOSSIER_PRECISION_YEAR:
          add_to_bucket (years, candidate->date.year, i);
          break;
        case DOSSIER_PRECISION_MONTH:
          add_to_bucket (months, month_key (&candidate->date), i);
          break;
        case DOSSIER_PRECISION_WEEK:
          add_to_bucket (weeks, dossier_date_to_day_number (&candidate->date), i);
          break;
        case DOSSIER_PRECISION_DAY:
        case DOSSIER_PRECISION_MINUTE:
        default:
          add_to_bucket (days, dossier_date_to_day_number (&candidate->date), i);
          break;
        }
    }

  for (guint i = 0; i < candidates->len; i++)
    {
      Candidate *candidate = &g_array_index (candidates, Candidate, i);
      if (candidate->inherits_from >= 0)
        join (parents, i, candidate->inherits_from);
    }

  g_hash_table_iter_init (&iter, days);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GArray *bucket = value;
      DossierDate day = dossier_date_from_day_number (GPOINTER_TO_INT (key));
      GArray *month = g_hash_table_lookup (months, GINT_TO_POINTER (month_key (&day)));

      compare_within (vocabulary, candidates, parents, bucket);
      for (guint x = 0; month != NULL && x < bucket->len; x++)
        for (guint y = 0; y < month->len; y++)
          compare_pair (vocabulary, candidates, parents, g_array_index (bucket, guint, x),
                        g_array_index (month, guint, y));
    }
  g_hash_table_iter_init (&iter, weeks);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    compare_within (vocabulary, candidates, parents, value);
  g_hash_table_iter_init (&iter, months);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    compare_within (vocabulary, candidates, parents, value);
  g_hash_table_iter_init (&iter, years);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    compare_within (vocabulary, candidates, parents, value);

  for (guint i = 0; i < candidates->len; i++)
    g_array_index (candidates, Candidate, i).cluster = find_root (parents, i);
}

/* Candidates a sentence may resemble: those sharing one of its rarest
 * terms.  A likeness above the thresholds here needs shared rare words, so
 * looking only there loses nothing that matters and keeps a large dossier
 * from comparing every sentence with every event. */
typedef struct
{
  GHashTable *postings;   /* term id + 1 → GArray of candidate indices */
  guint *stamps;          /* per candidate: the query that last found it */
  guint stamp;
} Blocker;


static GArray *
blocked_candidates (Vocabulary *vocabulary,
                    Blocker    *blocker,
                    GArray     *terms)
{
  guint rare[8];
  guint n_rare = 0;
  GArray *found = g_array_new (FALSE, FALSE, sizeof (guint));

  /* The few terms of lowest document frequency. */
  for (guint t = 0; t < terms->len; t++)
    {
      guint term = g_array_index (terms, guint, t);
      guint df = g_array_index (vocabulary->document_frequency, guint, term);
      guint k;

      /* A term of one sentence only is shared with no other. */
      if (df < 2)
        continue;
      if (n_rare == G_N_ELEMENTS (rare) &&
          df >= g_array_index (vocabulary->document_frequency, guint, rare[n_rare - 1]))
        continue;
      if (n_rare < G_N_ELEMENTS (rare))
        n_rare++;
      for (k = n_rare - 1; k > 0 && g_array_index (vocabulary->document_frequency, guint, rare[k - 1]) > df; k--)
        rare[k] = rare[k - 1];
      rare[k] = term;
    }

  blocker->stamp++;
  for (guint t = 0; t < n_rare; t++)
    {
      GArray *posting = g_hash_table_lookup (blocker->postings, GUINT_TO_POINTER (rare[t] + 1));
      /* A term in hundreds of event sentences is not rare: it blocks nothing. */
      if (posting == NULL || posting->len > MAX_POSTING)
        continue;
      for (guint p = 0; p < posting->len; p++)
        {
          guint candidate = g_array_index (posting, guint, p);
          if (blocker->stamps[candidate] != blocker->stamp)
            {
              blocker->stamps[candidate] = blocker->stamp;
              g_array_append_val (found, candidate);
            }
        }
    }
  sort_uints (found);
  return found;
}

static void
blocker_init (Blocker *blocker,
              GArray  *candidates,
              guint    n_candidates)
{
  g_assert (n_candidates <= candidates->len);
  blocker->postings = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  blocker->stamps = g_new0 (guint, MAX (n_candidates, 1));
  blocker->stamp = 0;
  for (guint c = 0; c < n_candidates; c++)
    {
      Candidate *candidate = &g_array_index (candidates, Candidate, c);
      for (guint t = 0; t < candidate->terms->len; t++)
        add_to_bucket (blocker->postings, (int) g_array_index (candidate->terms, guint, t) + 1, c);
    }
}

static void
blocker_clear (Blocker *blocker)
{
  g_clear_pointer (&blocker->postings, g_hash_table_unref);
  g_clear_pointer (&blocker->stamps, g_free);
}

/* The date an undated article was most likely published on: the earliest
 * day against which its relative dates name the days that dated articles
 * give for the same happenings.  Needs two such agreements. */

/* How many of a document's relative dates, read against @reference, name
 * the day of the event their sentence matched, one per event; with
 * @evidence, each such date is told: “on Tuesday” = 2024-11-19. */
static guint
count_satisfied (DossierDocument   *document,
                 GArray            *constraints,
                 GArray            *dated_candidates,
                 const DossierDate *reference,
                 GString           *evidence)
{
  g_autoptr(GHashTable) clusters = g_hash_table_new (NULL, NULL);
  guint satisfied = 0;

  for (guint k = 0; k < constraints->len; k++)
    {
      guint *pair = &g_array_index (constraints, guint, k * 2);
      DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, pair[0]);
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, date->paragraph);
      Candidate *candidate = &g_array_index (dated_candidates, Candidate, pair[1]);
      g_autoptr(GArray) found = dossier_date_expressions_find (paragraph->text, paragraph->len, reference);

      for (guint f = 0; f < found->len; f++)
        {
          DossierDateExpression *expression = &g_array_index (found, DossierDateExpression, f);
          if (expression->start == date->start && dossier_date_is_set (&expression->value) &&
              dates_agree (&expression->value, &candidate->date) == 1 &&
              !g_hash_table_contains (clusters, GINT_TO_POINTER (candidate->cluster + 1)))
            {
              g_hash_table_add (clusters, GINT_TO_POINTER (candidate->cluster + 1));
              satisfied++;
              if (evidence != NULL)
                {
                  g_autofree char *iso = dossier_date_to_iso (&candidate->date);
                  g_string_append_printf (evidence, "%s “%.*s” = %s", satisfied == 1 ? "" : ";",
                                          (int) (date->end - date->start), paragraph->text + date->start, iso);
                }
            }
        }
    }
  return satisfied;
}

static void
infer_publication_dates (Vocabulary              *vocabulary,
                         GPtrArray               *documents,
                         DossierEntityRecognizer *recognizer,
                         GArray                  *dated_candidates)
{
  Blocker blocker;

  blocker_init (&blocker, dated_candidates, dated_candidates->len);

  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);
      g_autoptr(GArray) constraints = g_array_new (FALSE, FALSE, sizeof (guint) * 2);  /* date index, candidate */
      int lowest = G_MAXINT, highest = 0;
      int best_day = 0;
      guint best_satisfied = 0;
      g_autoptr(GString) evidence = NULL;

      if (dossier_date_is_set (&document->published))
        continue;

      for (guint i = 0; i < document->dates->len; i++)
        {
          DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, i);
          DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, date->paragraph);
          gsize start = 0;
          Sentence *sentence;
          g_autoptr(GArray) blocked = NULL;
          double best_sim = 0;
          int best = -1;

          if (!date->relative || dossier_date_is_set (&date->value))
            continue;
          /* The sentence the date is in: the last to start at or before
           * it (sentences are in order and do not overlap). */
          {
            guint low = 0, high = paragraph->sentences->len;

            while (low < high)
              {
                guint middle = low + (high - low) / 2;

                if (g_array_index (paragraph->sentences, DossierSpan, middle).start <= date->start)
                  low = middle + 1;
                else
                  high = middle;
              }
            if (low > 0 && date->end <= g_array_index (paragraph->sentences, DossierSpan, low - 1).end)
              start = g_array_index (paragraph->sentences, DossierSpan, low - 1).start;
          }
          sentence = find_sentence (vocabulary, d, date->paragraph, start);
          blocked = blocked_candidates (vocabulary, &blocker, sentence->terms);
          for (guint k = 0; k < blocked->len; k++)
            {
              guint c = g_array_index (blocked, guint, k);
              Candidate *candidate = &g_array_index (dated_candidates, Candidate, c);
              double sim;
              if (candidate->date.precision != DOSSIER_PRECISION_DAY)
                continue;
              sim = similarity (vocabulary, sentence->terms, sentence->norm, candidate->terms, candidate->norm);
              if (sim > best_sim)
                {
                  best_sim = sim;
                  best = c;
                }
            }
          if (best >= 0 && best_sim >= INFERENCE_SIMILARITY)
            {
              guint pair[2] = { i, best };
              int day = dossier_date_to_day_number (&g_array_index (dated_candidates, Candidate, best).date);
              g_array_append_val (constraints, pair);
              lowest = MIN (lowest, day);
              highest = MAX (highest, day);
            }
        }

      if (constraints->len < 2)
        continue;

      /* A relative date names a day within a week of the reference, so the
       * references worth trying lie within a week of a matched event; keep
       * the earliest that satisfies the most. */
      for (int day = lowest - 7; day <= highest + 7; day++)
        {
          DossierDate reference;
          guint satisfied;
          gboolean near = FALSE;

          for (guint k = 0; k < constraints->len && !near; k++)
            {
              guint *pair = &g_array_index (constraints, guint, k * 2);
              int event_day = g_array_index (dated_candidates, Candidate, pair[1]).first_day;
              near = ABS (day - event_day) <= 7;
            }
          if (!near)
            continue;
          reference = dossier_date_from_day_number (day);
          satisfied = count_satisfied (document, constraints, dated_candidates, &reference, NULL);
          if (satisfied > best_satisfied)
            {
              best_satisfied = satisfied;
              best_day = day;
            }
        }

      if (best_satisfied < 2)
        continue;

      document->published = dossier_date_from_day_number (best_day);
      document->published_from = DOSSIER_DATE_SOURCE_INFERRED;
      evidence = g_string_new (NULL);
      g_string_append_printf (evidence, "%u dated events that other articles report match this article's "
                              "relative dates:", best_satisfied);
      count_satisfied (document, constraints, dated_candidates, &document->published, evidence);
      document->published_evidence = g_string_free (g_steal_pointer (&evidence), FALSE);
      dossier_document_find_dates (document);
    }

  blocker_clear (&blocker);
}

static void
append_clean (GString    *out,
              const char *text,
              gsize       len)
{
  for (gsize i = 0; i < len; i++)
    {
      if (g_ascii_isspace (text[i]))
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
        }
      else
        g_string_append_c (out, text[i]);
    }
}

/* A short line for the timeline: the sentence without its date phrase and
 * opening connectives, its leading pronoun named, cut at a word. */
/* How much of an aside's opening goes when it is told as an event of its
 * own: ", who took office" loses "who"; ", elected in March" keeps its
 * participle.  -1 when the words after the comma open no aside. */
static int
aside_pronoun_length (const char *after_comma)
{
  static const char * const irregular[] = { "born", "sworn", "chosen", "known", "held", "won" };
  const char *word = after_comma + 1;
  gsize n = 0;

  if (g_str_has_prefix (after_comma, " who "))
    return strlen (" who");
  if (g_str_has_prefix (after_comma, " which "))
    return strlen (" which");
  if (after_comma[0] != ' ')
    return -1;
  while (g_ascii_islower (word[n]))
    n++;
  if (word[n] != ' ' || n < 3)
    return -1;
  if (n > 4 && word[n - 2] == 'e' && word[n - 1] == 'd')
    return 0;
  for (gsize i = 0; i < G_N_ELEMENTS (irregular); i++)
    if (strlen (irregular[i]) == n && strncmp (word, irregular[i], n) == 0)
      return 0;
  return -1;
}

/* Mentions are sorted by paragraph and start and do not overlap (the
 * recogniser reads on after each name it finds), so the only one that may
 * end at @end is the last to start before it. */
static const DossierMention *
mention_ending_at (DossierDocument *document,
                   guint            paragraph,
                   gsize            end)
{
  guint low = 0, high = document->mentions->len;
  const DossierMention *mention;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      mention = &g_array_index (document->mentions, DossierMention, middle);
      if (mention->paragraph < paragraph || (mention->paragraph == paragraph && mention->start < end))
        low = middle + 1;
      else
        high = middle;
    }
  if (low == 0)
    return NULL;
  mention = &g_array_index (document->mentions, DossierMention, low - 1);
  return mention->paragraph == paragraph && mention->end == end ? mention : NULL;
}

static int
compare_span_start (gconstpointer a,
                    gconstpointer b)
{
  const DossierSpan *x = a, *y = b;
  return (x->start > y->start) - (x->start < y->start);
}

static char *
summarise (GPtrArray               *documents,
           GPtrArray               *entities,
           DossierEntityRecognizer *recognizer,
           const Candidate         *candidate)
{
  static const char * const connectives[] = {
    "However, ", "Elsewhere, ", "Meanwhile, ", "Earlier, ", "Later, ", "Also, ",
    "In addition, ", "Overall, ", "At the time, ", "At that time, ", "Then, ",
    "And ", "But ", "So ", "Ahead of that, ",
  };
  static const char * const prepositions[] = {
    "in ", "on ", "since ", "by ", "during ", "from ", "until ", "before ", "after ", "of ",
    "for ", "through ", "over ",
  };
  static const char * const openers[] = {
    "During ", "At ", "In ", "On ", "After ", "Before ", "Following ", "Speaking ", "Earlier ",
    "Later ", "Late ", "Early ", "By ", "Since ", "Until ",
  };
  DossierDocument *document = g_ptr_array_index (documents, candidate->document);
  DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, candidate->paragraph);
  const char *text = paragraph->text;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GArray) cuts = g_array_new (FALSE, FALSE, sizeof (DossierSpan));
  gsize start = candidate->start, end = candidate->end;
  gsize position;

  /* Every date phrase goes, with the preposition before it. */
  for (guint i = first_date_from (document, candidate->paragraph, start); i < document->dates->len; i++)
    {
      DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, i);
      DossierSpan cut;

      if (date->paragraph != candidate->paragraph || date->start >= end)
        break;
      if (date->end > end)
        continue;
      /* "Sunday’s vote", "last week's summit": the date names the thing,
       * and goes nowhere without it. */
      if (g_str_has_prefix (text + date->end, "’s") || g_str_has_prefix (text + date->end, "'s"))
        continue;
      cut.start = date->start;
      cut.end = date->end;
      for (gsize k = 0; k < G_N_ELEMENTS (prepositions); k++)
        {
          gsize n = strlen (prepositions[k]);
          if (cut.start >= start + n && g_ascii_strncasecmp (text + cut.start - n, prepositions[k], n) == 0 &&
              (cut.start - n == start || text[cut.start - n - 1] == ' '))
            {
              cut.start -= n;
              break;
            }
        }
      /* "On October 16, …": an opening date phrase takes its comma along. */
      if (cut.start == start && cut.end < end && text[cut.end] == ',')
        cut.end++;
      /* "Faye, who took office in April, dissolved …": a date that ends an
       * aside goes with the aside, which is about another time. */
      else if (cut.end < end && text[cut.end] == ',')
        {
          for (gsize at = cut.start; at > start && cut.start - at < 80; at--)
            {
              int pronoun;

              if (text[at - 1] != ',')
                continue;
              pronoun = aside_pronoun_length (text + at);
              if (pronoun >= 0 && date->start == candidate->date_start)
                {
                  /* The event of the aside's own date is the aside, told
                   * of whom it is about: "Faye took office", "Bassirou
                   * Diomaye Faye elected". */
                  const DossierMention *subject = mention_ending_at (document, candidate->paragraph, at - 1);
                  if (subject != NULL && subject->start >= start)
                    {
                      DossierSpan before = { start, subject->start };
                      DossierSpan comma = { at - 1, at + pronoun };
                      if (before.end > before.start)
                        g_array_append_val (cuts, before);
                      g_array_append_val (cuts, comma);
                      cut.end = end;
                    }
                }
              else if (pronoun >= 0)
                {
                  cut.start = at - 1;
                  cut.end++;
                }
              break;
            }
        }
      g_array_append_val (cuts, cut);
    }

  /* "During a press conference on Thursday, he …": a short opening
   * phrase that holds the date goes, up to its comma. */
  if (cuts->len > 0)
    {
      DossierSpan *first = &g_array_index (cuts, DossierSpan, 0);
      const char *comma = memchr (text + start, ',', end - start);
      gboolean adverbial = FALSE;
      for (gsize k = 0; k < G_N_ELEMENTS (openers); k++)
        adverbial |= strncmp (text + start, openers[k], strlen (openers[k])) == 0;
      if (adverbial && first->start > start && first->start - start < 40 && comma != NULL &&
          (gsize) (comma - text) >= first->end && (gsize) (comma - text) - start < 60)
        {
          first->start = start;
          first->end = comma - text + 1;
        }
    }

  g_array_sort (cuts, compare_span_start);
  position = start;
  for (guint i = 0; i < cuts->len; i++)
    {
      DossierSpan *cut = &g_array_index (cuts, DossierSpan, i);
      if (cut->start > position)
        append_clean (out, text + position, cut->start - position);
      position = MAX (position, cut->end);
    }
  if (end > position)
    append_clean (out, text + position, end - position);

  /* Mend what the cuts leave: "in and March", " ,", "  ". */
  {
    static const char * const seams[][2] = {
      { " ,", "," }, { " .", "." }, { "  ", " " }, { " and ,", "," }, { " and,", "," },
      { ",,", "," }, { ", ,", "," },
      { ", respectively", "" }, { " respectively", "" }, { "( )", "" }, { "()", "" },
    };
    for (gsize k = 0; k < G_N_ELEMENTS (seams); k++)
      {
        char *found;
        while ((found = strstr (out->str, seams[k][0])) != NULL)
          {
            gsize at = found - out->str;
            g_string_erase (out, at, strlen (seams[k][0]));
            g_string_insert (out, at, seams[k][1]);
          }
      }
  }

  g_strstrip (out->str);
  g_string_set_size (out, strlen (out->str));

  for (gsize i = 0; i < G_N_ELEMENTS (connectives); i++)
    if (g_str_has_prefix (out->str, connectives[i]))
      {
        g_string_erase (out, 0, strlen (connectives[i]));
        break;
      }

  if (g_str_has_prefix (out->str, "he ") || g_str_has_prefix (out->str, "He ") ||
      g_str_has_prefix (out->str, "she ") || g_str_has_prefix (out->str, "She "))
    {
      char gender = (out->str[0] == 'h' || out->str[0] == 'H') ? 'm' : 'f';
      int m = dossier_quotes_resolve_pronoun (document, recognizer, candidate->paragraph, candidate->start + 1,
                                              gender);
      if (m >= 0)
        {
          int entity = g_array_index (document->mentions, DossierMention, m).entity;
          if (entity >= 0)
            {
              const DossierEntityRecord *named = g_ptr_array_index (entities, entity);
              g_string_erase (out, 0, gender == 'm' ? 2 : 3);
              g_string_prepend (out, named->name);
            }
        }
    }

  /* The main clause is the happening; a relative clause after it only
   * describes ("…, which consists of 5 main points"). */
  {
    static const char * const clauses[] = { ", which ", ", where ", ", who ", " — ", " – ", ", however, ", ", but " };
    for (gsize k = 0; k < G_N_ELEMENTS (clauses); k++)
      {
        char *found = strstr (out->str, clauses[k]);
        guint words = 0;
        if (found == NULL)
          continue;
        for (const char *c = out->str; c < found; c++)
          words += *c == ' ';
        if (words >= 5)
          g_string_truncate (out, found - out->str);
      }
  }

  while (out->len > 0 && (out->str[out->len - 1] == '.' || out->str[out->len - 1] == ' ' ||
                          out->str[out->len - 1] == ','))
    g_string_truncate (out, out->len - 1);

  if (g_utf8_strlen (out->str, -1) > 120)
    {
      const char *cut = g_utf8_offset_to_pointer (out->str, 117);
      while (cut > out->str && *cut != ' ')
        cut--;
      g_string_truncate (out, cut - out->str);
      while (out->len > 0 && (out->str[out->len - 1] == ',' || out->str[out->len - 1] == ' '))
        g_string_truncate (out, out->len - 1);
      g_string_append (out, "…");
    }

  if (out->len > 0 && g_ascii_islower (out->str[0]))
    out->str[0] = g_ascii_toupper (out->str[0]);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

void
dossier_event_record_free (DossierEventRecord *event)
{
  if (event == NULL)
    return;
  g_free (event->summary);
  g_array_unref (event->entities);
  g_array_unref (event->sources);
  g_free (event);
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

void
dossier_events_build (GPtrArray               *documents,
                      GPtrArray               *entities,
                      DossierEntityRecognizer *recognizer,
                      GPtrArray               *events)
{
  Vocabulary vocabulary = { 0 };
  g_autoptr(GArray) candidates = g_array_new (FALSE, TRUE, sizeof (Candidate));
  Blocker blocker = { 0 };
  g_autoptr(GHashTable) cluster_models = g_hash_table_new (NULL, NULL);  /* cluster + 1 → its first candidate */
  g_autofree guint *document_runs = NULL;
  guint n_collected;
  g_autoptr(GHashTable) clusters = NULL;
  gboolean any_undated = FALSE;

  g_return_if_fail (documents != NULL);
  g_return_if_fail (events != NULL);

  term_table_init (&vocabulary.term_ids);
  word_tables_init (&vocabulary);
  vocabulary.document_frequency = g_array_new (FALSE, TRUE, sizeof (guint));
  count_vocabulary (&vocabulary, documents, recognizer);

  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);
      if (dossier_date_is_set (&document->published))
        collect_candidates (&vocabulary, documents, d, recognizer, candidates);
      else
        any_undated = TRUE;
    }

  if (any_undated)
    {
      cluster_candidates (&vocabulary, candidates);
      infer_publication_dates (&vocabulary, documents, recognizer, candidates);
      /* Every article again: those now dated, and undated ones, which still
       * have absolute dates ("on 3 October 2024"). */
      g_array_set_size (candidates, 0);
      for (guint d = 0; d < documents->len; d++)
        collect_candidates (&vocabulary, documents, d, recognizer, candidates);
    }

  cluster_candidates (&vocabulary, candidates);

  /* Sentences without a date that say what an event says. */
  n_collected = candidates->len;
  /* Candidates were collected article by article: each article's are a run. */
  document_runs = g_new0 (guint, (documents->len + 1) * 2);
  for (guint c = n_collected; c > 0; c--)
    {
      guint d = g_array_index (candidates, Candidate, c - 1).document;
      document_runs[d * 2] = c - 1;
      if (document_runs[d * 2 + 1] == 0)
        document_runs[d * 2 + 1] = c;
    }
  for (guint c = 0; c < n_collected; c++)
    {
      int cluster = g_array_index (candidates, Candidate, c).cluster;
      if (!g_hash_table_contains (cluster_models, GINT_TO_POINTER (cluster + 1)))
        g_hash_table_insert (cluster_models, GINT_TO_POINTER (cluster + 1), GUINT_TO_POINTER (c));
    }
  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);
      int published_day;
      g_autoptr(GHashTable) best_per_cluster = g_hash_table_new_full (NULL, NULL, NULL, g_free);
      g_autoptr(GHashTable) dated_clusters = g_hash_table_new (NULL, NULL);

      if (!dossier_date_is_set (&document->published))
        continue;
      published_day = dossier_date_to_day_number (&document->published);

      g_autoptr(GHashTable) own_sentences = g_hash_table_new (NULL, NULL);

      for (guint c = document_runs[d * 2]; c < document_runs[d * 2 + 1]; c++)
        {
          Candidate *candidate = &g_array_index (candidates, Candidate, c);
          if (candidate->document == d)
            {
              g_hash_table_add (dated_clusters, GINT_TO_POINTER (candidate->cluster + 1));
              g_hash_table_add (own_sentences, find_sentence (&vocabulary, d, candidate->paragraph, candidate->start));
            }
        }

      /* When this article dates every cluster there is (always so for an
       * article analysed alone), each candidate below would be skipped:
       * its sentences need not be compared at all. */
      if (g_hash_table_size (dated_clusters) == g_hash_table_size (cluster_models))
        continue;
      /* Made on first use, over the candidates collected before this loop. */
      if (blocker.postings == NULL)
        blocker_init (&blocker, candidates, n_collected);

      for (guint p = 0; p < document->paragraphs->len; p++)
        {
          DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);

          if (paragraph->kind == DOSSIER_PARAGRAPH_HEADING)
            continue;
          for (guint s = 0; s < paragraph->sentences->len; s++)
            {
              DossierSpan *span = &g_array_index (paragraph->sentences, DossierSpan, s);
              Sentence *sentence;
              double best_sim = 0;
              int best = -1;
              g_autoptr(GArray) blocked = NULL;

              if (sentence_has_date (document, p, span->start, span->end))
                continue;
              sentence = find_sentence (&vocabulary, d, p, span->start);
              if (g_hash_table_contains (own_sentences, sentence) || sentence->entities->len == 0)
                continue;

              blocked = blocked_candidates (&vocabulary, &blocker, sentence->terms);
              for (guint k = 0; k < blocked->len; k++)
                {
                  guint c = g_array_index (blocked, guint, k);
                  Candidate *candidate = &g_array_index (candidates, Candidate, c);
                  int first_day, last_day;
                  double sim;

                  if (g_hash_table_contains (dated_clusters, GINT_TO_POINTER (candidate->cluster + 1)))
                    continue;
                  if (candidate->date.precision == DOSSIER_PRECISION_YEAR)
                    continue;
                  first_day = candidate->first_day;
                  last_day = candidate->last_day;
                  if (first_day > published_day || published_day - last_day > UNDATED_REACH_DAYS)
                    continue;
                  sim = similarity (&vocabulary, sentence->terms, sentence->norm, candidate->terms, candidate->norm);
                  if (sim > best_sim)
                    {
                      best_sim = sim;
                      best = c;
                    }
                }

              if (g_getenv ("DOSSIER_DEBUG_EVENTS") && best >= 0)
                g_printerr ("undated %.3f: d%u p%u s%u -> d%u p%u\n", best_sim, d, p, s,
                            g_array_index (candidates, Candidate, best).document,
                            g_array_index (candidates, Candidate, best).paragraph);
              if (best >= 0 && best_sim >= UNDATED_SIMILARITY)
                {
                  int cluster = g_array_index (candidates, Candidate, best).cluster;
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
            Candidate undated = { 0 };
            Candidate *model = NULL;

            model = &g_array_index (candidates, Candidate,
                                    GPOINTER_TO_UINT (g_hash_table_lookup (cluster_models, key)));

            undated.document = d;
            undated.paragraph = (guint) record[1];
            undated.start = (gsize) record[2];
            undated.end = (gsize) record[3];
            undated.date = model->date;
            undated.cluster = model->cluster;
            undated.dated = FALSE;
            undated.inherits_from = -1;
            {
              Sentence *sentence = find_sentence (&vocabulary, d, undated.paragraph, undated.start);
              undated.terms = sentence->terms;
              undated.entities = sentence->entities;
              undated.norm = sentence->norm;
            }
            g_array_append_val (candidates, undated);
          }
      }
    }

  /* Each cluster becomes an event. */
  clusters = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  for (guint c = 0; c < candidates->len; c++)
    {
      Candidate *candidate = &g_array_index (candidates, Candidate, c);
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
      {
        GArray *members = value;
        DossierEventRecord *event = g_new0 (DossierEventRecord, 1);
        g_autoptr(GHashTable) entity_counts = g_hash_table_new (NULL, NULL);
        Candidate *representative = NULL;
        double best_centrality = -1;

        event->entities = g_array_new (FALSE, FALSE, sizeof (int));
        event->sources = g_array_new (FALSE, FALSE, sizeof (DossierEventSource));

        for (guint i = 0; i < members->len; i++)
          {
            Candidate *candidate = &g_array_index (candidates, Candidate, g_array_index (members, guint, i));
            DossierEventSource source = { candidate->document, candidate->paragraph, candidate->start,
                                          candidate->end, candidate->date_start, candidate->date_end };
            double centrality = 0;
            gboolean duplicate = FALSE;

            /* The most precise date the sources give. */
            if (candidate->dated && (!dossier_date_is_set (&event->date) ||
                                     candidate->date.precision > event->date.precision ||
                                     (candidate->date.precision == event->date.precision &&
                                      dossier_date_compare (&candidate->date, &event->date) < 0)))
              event->date = candidate->date;

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
            for (guint j = 0; j < members->len; j++)
              {
                Candidate *other = &g_array_index (candidates, Candidate, g_array_index (members, guint, j));
                if (other != candidate)
                  centrality += similarity (&vocabulary, candidate->terms, candidate->norm, other->terms, other->norm);
              }
            /* A sentence that opens with its date ("On 16 October, X did
             * Y") is about that date in its main clause: the best summary.
             * Otherwise prefer the shorter of equally central sentences. */
            if (candidate->date_end > candidate->date_start &&
                candidate->date_start - candidate->start <= 3 && candidate->inherits_from < 0)
              centrality += 0.3;
            /* A sentence that opens with a quotation is about what was said,
             * not about what happened. */
            {
              DossierDocument *holder = g_ptr_array_index (documents, candidate->document);
              DossierParagraph *paragraph = g_ptr_array_index (holder->paragraphs, candidate->paragraph);
              const char *first = paragraph->text + candidate->start;
              if (*first == '"' || g_str_has_prefix (first, "“") || g_str_has_prefix (first, "‘"))
                centrality -= 0.3;
            }
            centrality -= (double) (candidate->end - candidate->start) / 100000.0;
            if (centrality > best_centrality)
              {
                best_centrality = centrality;
                representative = candidate;
              }
          }

        g_array_sort (event->sources, compare_sources);

        {
          GHashTableIter entity_iter;
          gpointer key;
          g_hash_table_iter_init (&entity_iter, entity_counts);
          while (g_hash_table_iter_next (&entity_iter, &key, NULL))
            {
              int entity = GPOINTER_TO_INT (key) - 1;
              g_array_append_val (event->entities, entity);
            }
          g_array_sort (event->entities, compare_int);
        }

        event->summary = summarise (documents, entities, recognizer, representative);
        g_ptr_array_add (events, event);
      }
  }

  g_ptr_array_sort (events, compare_events);

  blocker_clear (&blocker);
  g_clear_pointer (&vocabulary.idf, g_array_unref);
  term_table_clear (&vocabulary.term_ids);
  g_array_unref (vocabulary.document_frequency);
  g_ptr_array_unref (vocabulary.sentences);
}
