/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Which words of a sentence are terms, and which term each is: words that
 * say nothing about what happened are left out, the rest lose their
 * suffixes, and words newsrooms use interchangeably for one happening
 * become one.  The lists are general newsroom English, not any story's. */

#include "dossier-event-words.h"

#include <string.h>

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
 * story's).  Looked up through a DossierWordTable. */
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

static guint32
word_hash (const char *word)
{
  guint32 hash = DOSSIER_WORD_HASH_INIT;

  for (const char *c = word; *c != '\0'; c++)
    hash = DOSSIER_WORD_HASH_STEP (hash, *c);
  return hash;
}

static void
word_table_init (DossierWordTable   *table,
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
word_table_find (const DossierWordTable *table,
                 const char             *word,
                 guint32                 hash)
{
  for (guint slot = hash % G_N_ELEMENTS (table->words); table->words[slot] != NULL;
       slot = (slot + 1) % G_N_ELEMENTS (table->words))
    if (table->hashes[slot] == hash && strcmp (table->words[slot], word) == 0)
      return table->indices[slot];
  return -1;
}

typedef struct
{
  DossierWordTable ignored;
  DossierWordTable synonyms;
} WordTables;

/* The tables are made of constant lists: once per process, not once per
 * analysis (an article analysed on its own made both, 14 KB, each time). */
static const WordTables *
word_tables (void)
{
  static WordTables *tables;

  if (g_once_init_enter (&tables))
    {
      WordTables *made = g_new (WordTables, 1);

      word_table_init (&made->ignored, ignored_words, G_N_ELEMENTS (ignored_words), sizeof ignored_words[0]);
      word_table_init (&made->synonyms, &synonyms[0].word, G_N_ELEMENTS (synonyms), sizeof synonyms[0]);
      g_once_init_leave (&tables, made);
    }
  return tables;
}

void
_dossier_word_tables_get (const DossierWordTable **ignored_table,
                          const DossierWordTable **synonym_table)
{
  const WordTables *tables = word_tables ();

  *ignored_table = &tables->ignored;
  *synonym_table = &tables->synonyms;
}

gboolean
_dossier_word_is_ignored (const DossierWordTable *ignored_table,
                          const char             *word,
                          guint32                 hash)
{
  return word_table_find (ignored_table, word, hash) >= 0;
}

gsize
_dossier_word_map_synonym (const DossierWordTable *synonym_table,
                           char                   *word,
                           gsize                   len)
{
  guint32 hash = DOSSIER_WORD_HASH_INIT;
  int index;

  for (gsize i = 0; i < len; i++)
    hash = DOSSIER_WORD_HASH_STEP (hash, word[i]);
  index = word_table_find (synonym_table, word, hash);
  if (index < 0)
    return len;
  strcpy (word, synonyms[index].group);
  return strlen (word);
}

/* A light suffix stripper: enough to meet "declared" and "declaration",
 * "member" and "members", "invited" and "invitation". */
gsize
_dossier_word_stem (char  *word,
                    gsize  n)
{
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
  return n;
}
