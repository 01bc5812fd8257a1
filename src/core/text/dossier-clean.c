/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* How the cleaner reads a copied page.
 *
 * A browser copies every block element as a line, so a line is the unit:
 * a menu entry, a share button, a headline, a paragraph.  (Hard-wrapped
 * plain text is re-joined first.)  Each unit gets features — words, the
 * share of function words, whether it ends like a sentence, phrases that
 * only page furniture uses — and a quality in the manner of jusText
 * (Pomikálek 2011): good prose, near-good prose, short, or boilerplate.
 * The body is the run of units, tolerant of small gaps (an advertisement
 * marker, a heading), that holds the most good prose.  What lies before it
 * is the page head, where the headline, byline, dateline, standfirst and
 * photo captions are; what lies after it is the page foot.  Nothing in
 * here knows any particular site: the phrases are those of the web's
 * common furniture (cookie notices, share widgets, newsletter boxes). */

#include "config.h"

#include "dossier-clean.h"

#include "dossier-core-error.h"
#include "dossier-date-expression.h"
#include "dossier-sentence.h"
#include "dossier-text-decode.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

typedef enum
{
  QUALITY_SHORT,
  QUALITY_NEAR_GOOD,
  QUALITY_GOOD,
  QUALITY_BAD,
} Quality;

typedef enum
{
  ROLE_NONE,
  ROLE_BODY,
  ROLE_HEADING,
  ROLE_LIST_ITEM,
  ROLE_QUOTE,
  ROLE_TITLE,
  ROLE_BYLINE,
  ROLE_DATELINE,
  ROLE_CAPTION,
  ROLE_BOILERPLATE,
} Role;

typedef struct
{
  char *text;             /* trimmed, bullet removed; owned */
  gsize len;
  guint first_line;
  guint last_line;
  guint words;
  guint function_words;
  guint capitalised_words;
  gboolean bullet;
  gboolean terminal;      /* ends as a sentence does */
  gboolean ends_with_colon;
  gboolean tail_marker;   /* "Read more", "Latest News": what follows is not the article */
  gboolean credit;        /* a photo credit or copyright notice */
  char *lower;            /* lowercase_sample () of text, from compute_features () until classify () */
  char *compare_key;      /* normalise_for_compare () of text, while the page head is read */
  /* parse_date_line () of text, while the page head is read: 0 not yet
   * asked, 1 not a date line, 2 a date line of date_line_kind. */
  guint date_line_state;
  DossierDate date_line_date;
  const char *date_line_kind;
  Quality quality;
  Role role;
  char *attribution;      /* a quote card's "Name Title" tail, stripped */
  char *glued_tail;       /* furniture stripped from the end ("Share") */
} Unit;

/* A set of words of up to eight bytes, each packed into an integer, in an
 * open-addressing table: the function-word test runs for every word of
 * every line, and a binary search over strings mispredicts at every step. */
#define WORD_SET_BITS 10
/* A tenth full: most words are no function word, and a miss that probes
 * one empty slot is the common case. */
#define WORD_SET_SIZE (1 << WORD_SET_BITS)

typedef struct
{
  guint64 keys[WORD_SET_SIZE];   /* 0 for an empty slot */
} WordSet;

/* The furniture phrases by first word: a phrase can only start at a word
 * equal to its first word, and most words of a line start none.  An
 * open-addressing table keyed by first_word_hash () gives each first word
 * its run of phrases in the sorted list, with no binary search. */
#define FIRST_WORD_BITS 10  /* first_word_hash () gives ten bits */

typedef struct
{
  guint8 first;   /* index of the run's first phrase */
  guint8 count;   /* 0 for an empty slot */
  guint8 len;     /* of the first word */
} FirstWordSlot;

typedef struct
{
  FirstWordSlot slots[1 << FIRST_WORD_BITS];
} FirstWordIndex;

typedef struct
{
  GArray *units;          /* of Unit */
  WordSet function_words;
  FirstWordIndex furniture_first_words;
  DossierDocument *document;
  guint body_start;       /* index of the first unit of the body run */
  guint body_end;         /* one past the last */
  DossierDate marker_date;
  char *marker_line;
  char *prefix_outlet;    /* "(MENAFN)" and wire datelines */
  gboolean foreign;       /* the prose is not English: no function words to weigh */
  gboolean structured;    /* DossierCleanOptions.structured */
} Cleaner;

/* Words that carry grammar, not content.  Their share separates prose from
 * menus and headline lists (which are mostly names and nouns). */
static const char * const function_words[] = {
  "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at",
  "be", "been", "before", "being", "between", "both", "but", "by", "can",
  "could", "did", "do", "does", "during", "each", "even", "for", "from", "had",
  "has", "have", "he", "her", "him", "his", "how", "i", "if", "in", "into",
  "is", "it", "it's", "its", "may", "might", "more", "most", "must", "no",
  "not", "now", "of", "on", "one", "only", "or", "other", "our", "out", "over",
  "said", "says", "she", "should", "since", "so", "some", "such", "than",
  "that", "the", "their", "them", "then", "there", "these", "they", "this",
  "those", "through", "to", "under", "until", "up", "us", "very", "was", "we",
  "were", "what", "when", "where", "whether", "which", "while", "who", "whom",
  "why", "will", "with", "would", "you", "your",
};

/* Phrases only page furniture uses.  Matched case-insensitively as whole
 * words anywhere in a unit of up to 40 words. */
static const char * const furniture_phrases[] = {
  "about us", "accept all", "accept cookies", "accessibility shortcuts",
  "add to bookmarks", "advertise with us", "advertisement",
  "all rights reserved", "already a subscriber", "back to top",
  "become a patron", "breaking news delivered", "by continuing to use",
  "by using this site", "cancel reply", "click here", "close button",
  "contact us", "cookie policy", "cookie settings", "copy link",
  "copy to clipboard", "create an account", "daily newsletter", "donate now",
  "download our app", "download the app",
  "email address will not be published", "embed link", "enable javascript",
  "follow on", "follow us", "forgot your password", "get the app",
  "have an existing account", "help us produce", "join our community",
  "latest articles", "latest news", "latest stories", "leave a comment",
  "leave a reply", "load more", "log in", "log out", "lost your password",
  "make a donation", "manage cookies", "min read", "minute read", "more from",
  "more stories", "most popular", "most read", "most viewed", "newsletter",
  "next article", "next post", "notification settings", "page not found",
  "paid content", "post a comment", "previous article", "previous post",
  "print this article", "privacy policy", "read more", "read next",
  "readers like you", "reading list", "recommended for you",
  "related articles", "related news", "related stories",
  "removed from reading list", "report an error", "required fields are marked",
  "share on facebook", "share on twitter", "share this article",
  "share this story", "share via", "show comments", "show more", "sign in",
  "sign in to your account", "sign up", "sign up for our newsletter",
  "site map", "sitemap", "skip to content", "skip to main content",
  "sponsored content", "straight to your inbox", "subscribe to our newsletter",
  "support our journalism", "support us", "terms & conditions",
  "terms and conditions", "terms of service", "terms of use",
  "this article has been updated", "this story has been updated", "to your inbox",
  "top stories", "turn on notifications", "unsubscribe at any time",
  "view comments", "we use cookies", "welcome back", "you may also like",
  "you might also like", "your browser", "zero spam",
};

/* Short lines that are widgets when they stand alone. */
static const char * const widget_words[] = {
  "aa", "accept", "ad", "advertise", "advertisement", "back", "bookmarks",
  "close", "comment", "comments", "contact", "copied", "copy", "email",
  "facebook", "follow", "gallery", "home", "image", "instagram", "like",
  "linkedin", "listen", "loader", "loading", "login", "menu", "more", "next",
  "pause", "photo", "play", "previous", "print", "reddit", "reply", "rss",
  "save", "search", "share", "subscribe", "telegram", "tiktok", "top", "tweet",
  "twitter", "undo", "video", "watch", "whatsapp", "x", "youtube",
};

/* Lines that announce the end of the article: what follows them is lists
 * of other articles, comments or the site's footer. */
static const char * const tail_markers[] = {
  "also read", "comments", "editor's picks", "further reading", "latest",
  "latest news", "leave a comment", "leave a reply", "more from this author",
  "more news", "more on this story", "more stories", "most popular",
  "most read", "popular", "read more", "recommended", "recommended for you",
  "related", "related articles", "related news", "related stories", "related:",
  "see also", "share this article", "sign up for daily newsletter",
  "sign up for our newsletter", "trending", "you may also like",
  "you might also like",
};

/* The first words of a box's title that announces other articles: "Related
 * coverage", "Most read in world news", "Popular this week", "Recent
 * articles".  Asked of short lines only. */
static const char * const tail_marker_starts[] = {
  "related ", "related:", "most read ", "most popular ", "most viewed ", "popular this ",
  "popular in ", "recent articles", "recent posts", "recent stories", "latest from ",
  "more from ", "more in ", "more on ", "more stories ", "trending in ", "trending now",
  "you may also ", "you might also ", "recommended ", "read next", "editor's pick",
  "editors' pick", "also on ",
};

static gboolean
starts_with_tail_marker (const char *stripped,
                         gsize       n)
{
  if (n == 0 || strchr ("aelmprty", stripped[0]) == NULL)
    return FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS (tail_marker_starts); i++)
    {
      gsize k;
      if (tail_marker_starts[i][0] != stripped[0])
        continue;
      k = strlen (tail_marker_starts[i]);
      if (n >= k && memcmp (stripped, tail_marker_starts[i], k) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Phrases that mark a photo credit or caption. */
static const char * const credit_phrases[] = {
  "copyright", "©", "photo:", "photo by", "photograph:", "photograph by",
  "image:", "image by", "credit:", "picture:", "getty images",
  "ap photo", "afp photo", "reuters/", "/reuters", "/afp", "afp/",
  "/ap", "epa/", "/epa", "shutterstock", "file photo", "pictured",
  "via getty",
};

/* Every credit phrase holds ':' or '/' or one of these (keep the two lists
 * in step): a line with none of them is no credit. */
static const char * const credit_anchors[] = {
  "photo", "©", "copyright", "image by", "getty", "shutterstock", "pictured",
};

static inline guint64
pack_word (const char *word,
           gsize       len)
{
  guint64 key = 0;

  memcpy (&key, word, len);
  return key;
}

static inline guint
word_set_slot (guint64 key)
{
  return (guint) ((key * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> (64 - WORD_SET_BITS));
}

static void
word_set_init (WordSet            *set,
               const char * const *words,
               gsize               n_words)
{
  memset (set, 0, sizeof *set);
  g_assert (n_words * 2 <= WORD_SET_SIZE);
  for (gsize i = 0; i < n_words; i++)
    {
      gsize len = strlen (words[i]);
      guint64 key;
      guint slot;

      g_assert (len > 0 && len <= sizeof key);
      key = pack_word (words[i], len);
      for (slot = word_set_slot (key); set->keys[slot] != 0 && set->keys[slot] != key;
           slot = (slot + 1) % WORD_SET_SIZE)
        ;
      set->keys[slot] = key;
    }
}

/* The hash of a word of @len (at least one) bytes from its first two
 * bytes, its last and its length: enough to tell most words apart without
 * a pass over each. */
static inline guint
first_word_hash (const char *word,
                 gsize       len)
{
  guint32 key = (guint32) (guchar) word[0] |
                (guint32) (guchar) word[len > 1 ? 1 : 0] << 8 |
                (guint32) (guchar) word[len - 1] << 16 |
                (guint32) MIN (len, 255) << 24;

  return (key * 2654435761u) >> (32 - FIRST_WORD_BITS);
}

static void
first_word_index_init (FirstWordIndex     *index,
                       const char * const *phrases,
                       gsize               n_phrases)
{
  FirstWordSlot *run = NULL;

  g_assert (n_phrases <= G_MAXUINT8);
  memset (index, 0, sizeof *index);
  for (gsize i = 0; i < n_phrases; i++)
    {
      const char *space = strchr (phrases[i], ' ');
      gsize len = space != NULL ? (gsize) (space - phrases[i]) : strlen (phrases[i]);
      guint slot;

      /* Sorted phrases with one first word are neighbours. */
      if (run != NULL && run->len == len && memcmp (phrases[run->first], phrases[i], len) == 0)
        {
          run->count++;
          continue;
        }
      for (slot = first_word_hash (phrases[i], len); index->slots[slot].count != 0;
           slot = (slot + 1) % G_N_ELEMENTS (index->slots))
        g_assert (index->slots[slot].len != len || memcmp (phrases[index->slots[slot].first], phrases[i], len) != 0);
      run = &index->slots[slot];
      run->first = i;
      run->count = 1;
      run->len = len;
    }
}

/* The run of phrases whose first word is the @len bytes at @word, or NULL. */
static inline const FirstWordSlot *
first_word_index_lookup (const FirstWordIndex *index,
                         const char * const   *phrases,
                         const char           *word,
                         gsize                 len)
{
  for (guint slot = first_word_hash (word, len); index->slots[slot].count != 0;
       slot = (slot + 1) % G_N_ELEMENTS (index->slots))
    {
      const FirstWordSlot *run = &index->slots[slot];

      if (run->len == len && memcmp (phrases[run->first], word, len) == 0)
        return run;
    }
  return NULL;
}

/* Whether the word packed into @key as pack_word () packs it is in @set. */
static inline gboolean
word_set_contains_key (const WordSet *set,
                       guint64        key)
{
  for (guint slot = word_set_slot (key); set->keys[slot] != 0; slot = (slot + 1) % WORD_SET_SIZE)
    if (set->keys[slot] == key)
      return TRUE;
  return FALSE;
}

static void
unit_clear (gpointer data)
{
  Unit *unit = data;

  g_free (unit->text);
  g_free (unit->lower);
  g_free (unit->compare_key);
  g_free (unit->attribution);
  g_free (unit->glued_tail);
}

/* g_ascii_tolower () is a function call; the cleaner folds every byte of
 * most lines. */
static inline char
ascii_lower (char c)
{
  return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* The ASCII bytes of words: letters, digits, apostrophe and hyphen.  One
 * table lookup instead of g_ascii_isalnum () and two comparisons: the
 * features read every byte of every line. */
static const guint8 ascii_word_bytes[128] = {
  ['0' ... '9'] = 1, ['A' ... 'Z'] = 1, ['a' ... 'z'] = 1, ['\''] = 1, ['-'] = 1,
};

/* ASCII letters and digits, 1, else 0. */
static const guint8 ascii_alnum_bytes[128] = {
  ['0' ... '9'] = 1, ['A' ... 'Z'] = 1, ['a' ... 'z'] = 1,
};

static inline gboolean
is_word_char (const char *p)
{
  gunichar c;

  if (G_LIKELY ((guchar) *p < 0x80))
    return ascii_word_bytes[(guchar) *p];
  c = g_utf8_get_char (p);
  /* General punctuation holds no letter or digit, only the apostrophe. */
  if (c >= 0x2000 && c <= 0x203F)
    return c == 0x2019;
  return g_unichar_isalnum (c) || c == 0x2019;
}

static inline gboolean
starts_upper (const char *p)
{
  if (G_LIKELY ((guchar) *p < 0x80))
    return g_ascii_isupper (*p);
  return g_unichar_isupper (g_utf8_get_char (p));
}

/* strcmp () of @len bytes at @word (no NUL among them) against the
 * string @element, inline: the lists hold short words. */
static inline int
compare_word (const char *word,
              gsize       len,
              const char *element)
{
  for (gsize i = 0; i < len; i++)
    {
      if (element[i] != word[i])
        return (guchar) word[i] - (guchar) element[i];
    }
  return element[len] == '\0' ? 0 : -1;
}

/* The word lists above are sorted (by byte) so that a lookup is a binary
 * search: the cleaner asks for every word of every line. */
static gboolean
in_list_len (const char         *word,
             gsize               len,
             const char * const *list,
             gsize               n_list)
{
  gsize low = 0, high = n_list;

  while (low < high)
    {
      gsize middle = (low + high) / 2;
      int order = compare_word (word, len, list[middle]);

      if (order == 0)
        return TRUE;
      if (order < 0)
        high = middle;
      else
        low = middle + 1;
    }
  return FALSE;
}

static gboolean
in_list (const char         *word,
         const char * const *list,
         gsize               n_list)
{
  return in_list_len (word, strlen (word), list, n_list);
}

/* strncmp (@a, @b, @n) == 0, inline: the phrases are short and most
 * comparisons fail at the first byte. */
static inline gboolean
prefix_equal (const char *a,
              const char *b,
              gsize       n)
{
  for (gsize i = 0; i < n; i++)
    {
      if (a[i] != b[i])
        return FALSE;
      if (a[i] == '\0')
        return TRUE;
    }
  return TRUE;
}

/* Furniture phrases found in the lower-case @text, counted once each: for
 * every word, the phrases that start with it are compared in place. */
static guint
count_furniture_phrases (const FirstWordIndex *first_words,
                         const char           *text)
{
  guint hits = 0;
  const char *p = text;

  while (*p)
    {
      const char *word;
      gsize word_len;
      const FirstWordSlot *run;

      /* "(Read more)": a phrase can follow punctuation. */
      while (*p && !g_ascii_isalnum (*p) && (guchar) *p < 0x80 && *p != ' ')
        p++;
      word = p;

      while (*p && *p != ' ')
        p++;
      word_len = p - word;
      while (*p == ' ')
        p++;

      if (word_len == 0)
        continue;
      run = first_word_index_lookup (first_words, furniture_phrases, word, word_len);
      if (run == NULL)
        continue;

      for (guint i = run->first; i < (guint) run->first + run->count; i++)
        {
          const char *phrase = furniture_phrases[i];
          gsize phrase_len = strlen (phrase);

          /* Long phrases count even glued to the next word, as copies of
           * adjacent links come ("Skip to main contentSkip to navigation"). */
          if (prefix_equal (word, phrase, phrase_len) &&
              (!g_ascii_isalnum (word[phrase_len]) || !g_ascii_isalnum (phrase[phrase_len - 1]) ||
               phrase_len >= 12))
            {
              hits++;
              break;
            }
        }
    }
  return hits;
}

/* Copies @len bytes of @text to @out with ASCII upper case folded, as
 * ascii_lower () does byte by byte, eight bytes at a time; returns the end
 * of the copy. */
static char *
ascii_lower_copy (char       *out,
                  const char *text,
                  gsize       len)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
  gsize i = 0;

  for (; i + 8 <= len; i += 8)
    {
      guint64 word, low7, from_a, past_z;

      memcpy (&word, text + i, 8);
      /* Per byte, without carries between bytes: the high bit of from_a
       * is set from 'A' on, that of past_z after 'Z'; bytes above ASCII
       * are left alone. */
      low7 = word & ~highs;
      from_a = low7 + ones * (0x80 - 'A');
      past_z = low7 + ones * (0x80 - 'Z' - 1);
      word |= ((from_a ^ past_z) & ~word & highs) >> 2;
      memcpy (out + i, &word, 8);
    }
  for (; i < len; i++)
    out[i] = ascii_lower (text[i]);
  return out + len;
}

/* Lowercase copy of at most the first and last 1 000 bytes: furniture is
 * short, and a 10 MB line must not cost a scan per phrase. */
static char *
lowercase_sample (const char *text,
                  gsize       len)
{
  /* ASCII case folding is enough: every phrase matched is ASCII.  Units
   * hold no NUL, so the copy is by length. */
  static const char ellipsis[] = " … ";
  gsize head = len <= 2000 ? len : 1000;
  gsize size = len <= 2000 ? len : 2000 + sizeof ellipsis - 1;
  char *lower = g_malloc (size + 1);
  char *out = lower;

  out = ascii_lower_copy (out, text, head);
  if (len > 2000)
    {
      memcpy (out, ellipsis, sizeof ellipsis - 1);
      out += sizeof ellipsis - 1;
      out = ascii_lower_copy (out, text + len - 1000, 1000);
    }
  *out = '\0';
  return lower;
}

/* Whether any of @phrases occurs in @text.  A table of the byte pairs in
 * @text rules out most phrases before a strstr (): a phrase can only
 * occur if each of its first pairs does. */
static gboolean
contains_any_phrase (const char         *text,
                     const char * const *phrases,
                     gsize               n_phrases)
{
  /* A byte per pair, not a bit: setting it is a plain store, where a
   * bit would read, modify and write back the same word byte after byte. */
  guint8 pairs[1024];
  gsize len = strlen (text);

  memset (pairs, 0, sizeof pairs);
#define PAIR_BIT(a, b) ((((guint) (guchar) (a) << 5) ^ (guchar) (b)) & 1023)
  for (gsize i = 0; i + 1 < len; i++)
    pairs[PAIR_BIT (text[i], text[i + 1])] = 1;

  for (gsize i = 0; i < n_phrases; i++)
    {
      const char *phrase = phrases[i];
      gboolean possible = TRUE;

      for (gsize k = 0; k < 4 && possible && phrase[k] != '\0' && phrase[k + 1] != '\0'; k++)
        {
          possible = pairs[PAIR_BIT (phrase[k], phrase[k + 1])];
        }
      if (possible && strstr (text, phrase) != NULL)
        return TRUE;
    }
#undef PAIR_BIT
  return FALSE;
}

/* Whether @lower holds an anchor of the credit phrases: glibc's vectorised
 * strpbrk () and strstr () rule most lines out faster than the byte-pair
 * table of contains_any_phrase () is filled. */
static gboolean
may_hold_credit (const char *lower)
{
  if (strpbrk (lower, ":/") != NULL)
    return TRUE;
  for (gsize i = 0; i < G_N_ELEMENTS (credit_anchors); i++)
    if (strstr (lower, credit_anchors[i]) != NULL)
      return TRUE;
  return FALSE;
}

static gboolean
is_opening_quote (gunichar c)
{
  return c == '"' || c == 0x201C || c == 0x2018 || c == 0x00AB || c == 0x201E || c == '\'';
}

static gboolean
is_closing_quote (gunichar c)
{
  return c == '"' || c == 0x201D || c == 0x2019 || c == 0x00BB || c == '\'';
}

static gboolean
ends_as_sentence (const char *text,
                  gsize       len)
{
  const char *end = text + len;
  const char *p;
  gunichar c;

  while (end > text)
    {
      p = g_utf8_find_prev_char (text, end);
      if (p == NULL)
        break;
      c = g_utf8_get_char (p);
      if (is_closing_quote (c) || c == ')' || c == ']')
        {
          end = p;
          continue;
        }
      /* Western stops, and the ideographic, full-width, Arabic and
       * Devanagari ones. */
      return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x3002 || c == 0xFF01 ||
             c == 0xFF1F || c == 0xFF0E || c == 0x061F || c == 0x06D4 || c == 0x0964;
    }
  return FALSE;
}

static void
compute_features (const WordSet *function_word_set,
                  Unit          *unit)
{
  const char *p = unit->text;
  const char *end = unit->text + unit->len;
  const char *lower;
  const char *last;

  unit->words = 0;
  unit->function_words = 0;
  unit->capitalised_words = 0;

  while (p < end)
    {
      const char *start;
      gsize word_len;

      while (p < end && !is_word_char (p))
        p = g_utf8_next_char (p);
      if (p >= end)
        break;
      start = p;
      while (p < end)
        {
          /* ASCII runs stepped byte by byte, without the UTF-8 skip table. */
          if ((guchar) *p < 0x80)
            {
              if (!ascii_word_bytes[(guchar) *p])
                break;
              p++;
            }
          else if (is_word_char (p))
            p = g_utf8_next_char (p);
          else
            break;
        }

      unit->words++;
      if (starts_upper (start))
        unit->capitalised_words++;
      word_len = p - start;
      /* No function word is longer than seven letters. */
      if (word_len <= 7)
        {
          /* Lower-cased straight into its key, as pack_word () would pack
           * it, without a memcpy () of variable length per word. */
          guint64 key = 0;
          char *key_bytes = (char *) &key;

          for (gsize i = 0; i < word_len; i++)
            key_bytes[i] = ascii_lower (start[i]);
          if (word_set_contains_key (function_word_set, key))
            unit->function_words++;
        }
    }

  unit->terminal = ends_as_sentence (unit->text, unit->len);
  last = unit->len > 0 ? g_utf8_find_prev_char (unit->text, unit->text + unit->len) : NULL;
  unit->ends_with_colon = last != NULL && *last == ':';

  /* Kept for classify (), which reads the same sample. */
  g_free (unit->lower);
  unit->lower = lowercase_sample (unit->text, unit->len);
  lower = unit->lower;
  {
    /* The sample stripped of spaces and of final colons and dots, in place. */
    const char *stripped = lower;
    gsize n = strlen (lower);

    while (n > 0 && g_ascii_isspace (*stripped))
      {
        stripped++;
        n--;
      }
    while (n > 0 && g_ascii_isspace (stripped[n - 1]))
      n--;
    while (n > 0 && (stripped[n - 1] == ':' || stripped[n - 1] == '.'))
      n--;
    unit->tail_marker = in_list_len (stripped, n, tail_markers, G_N_ELEMENTS (tail_markers)) ||
                        (unit->words <= 5 && !unit->terminal && starts_with_tail_marker (stripped, n));
  }

  /* Credits are short; a long paragraph that says "copyright" is prose. */
  unit->credit = unit->words <= 60 && may_hold_credit (lower) &&
                 contains_any_phrase (lower, credit_phrases, G_N_ELEMENTS (credit_phrases));
}

/* "Gulf PressGulf Press": a logo whose text and alt text were both copied. */
static char *
doubled_name (const char *text,
              gsize       len)
{
  if (len >= 4 && len % 2 == 0 && len <= 80 && memcmp (text, text + len / 2, len / 2) == 0 &&
      g_ascii_isupper (text[0]))
    return g_strndup (text, len / 2);
  return NULL;
}

/* The bytes of " \t/|·•,": "·" is C2 B7, "•" is E2 80 A2. */
static inline gboolean
is_widget_separator (char c)
{
  switch ((guchar) c)
    {
    case ' ': case '\t': case '/': case '|': case ',':
    case 0xC2: case 0xB7: case 0xE2: case 0x80: case 0xA2:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_furniture (const FirstWordIndex *furniture_first_words,
              Unit                  *unit)
{
  const char *lower = unit->lower;
  g_autofree char *doubled = NULL;
  guint hits = 0;

  if (unit->words == 0)
    return TRUE;

  doubled = doubled_name (unit->text, unit->len);
  if (doubled != NULL)
    return TRUE;

  /* Widgets: every word of a short line is a widget word ("Share",
   * "Facebook Twitter Copy Link Print", "Leave a comment"). */
  if (unit->words <= 6)
    {
      /* Split in place at any byte of " \t/|·•,", as g_strsplit_set ()
       * would, without a copy of every piece. */
      guint widget = 0, counted = 0;
      const char *p = lower;

      while (*p != '\0')
        {
          const char *word = p;

          while (*p != '\0' && !is_widget_separator (*p))
            p++;
          if (p > word)
            {
              counted++;
              if (in_list_len (word, p - word, widget_words, G_N_ELEMENTS (widget_words)))
                widget++;
            }
          if (*p != '\0')
            p++;
        }
      if (counted > 0 && widget * 2 >= counted + (counted > 2))
        return TRUE;
    }

  hits = count_furniture_phrases (furniture_first_words, lower);

  /* A short line with one furniture phrase is furniture; a paragraph of
   * prose needs two (an article may say "sign up" once). */
  if (hits >= 2 || (hits == 1 && unit->words <= 15))
    return TRUE;

  /* Breadcrumbs: "Site > Section > Headline".  Asked only of lines that do
   * not end as sentences do: prose paragraphs skip the three searches. */
  if (!unit->terminal &&
      (strstr (unit->text, " > ") != NULL || strstr (unit->text, " › ") != NULL ||
       strstr (unit->text, " » ") != NULL))
    return TRUE;

  /* Counts: "235.3k Followers Like", "3 Min Read". */
  if (unit->words <= 4 && g_ascii_isdigit (unit->text[0]) && !unit->terminal &&
      (strstr (lower, "follower") || strstr (lower, "subscriber") || strstr (lower, "read") ||
       strstr (lower, "view") || strstr (lower, "comment") || strstr (lower, "share") ||
       strstr (lower, "like")))
    return TRUE;

  /* Copyright lines of the site itself. */
  if (unit->words <= 20 && (g_str_has_prefix (lower, "©") || g_str_has_prefix (lower, "copyright") ||
                            g_str_has_prefix (lower, "(c)")))
    return TRUE;

  /* A line that is only punctuation ("//", "—"). */
  {
    gboolean any_alnum = FALSE;
    for (const char *p = unit->text; *p && !any_alnum; p = g_utf8_next_char (p))
      any_alnum = g_unichar_isalnum (g_utf8_get_char (p));
    if (!any_alnum)
      return TRUE;
  }

  /* Menu bars copied as one line: many capitalised words and no grammar
   * ("Newsletter Newsletters Events Events Podcasts Videos"). */
  if (unit->words >= 4 && unit->function_words == 0 &&
      unit->capitalised_words == unit->words && !unit->terminal)
    return TRUE;

  return FALSE;
}

/* The size of a unit in words, counting two characters of a script
 * written without spaces (Chinese, Japanese) as a word. */
static guint
foreign_size (const Unit *unit)
{
  guint wide = 0;

  for (const char *p = unit->text; *p; p = g_utf8_next_char (p))
    if ((guchar) *p >= 0xE3 && (guchar) *p <= 0xE9)
      wide++;
  return MAX (unit->words, wide / 2);
}

static void
classify (const FirstWordIndex *furniture_first_words,
          Unit                  *unit,
          gboolean               foreign)
{
  double density = unit->words > 0 ? (double) unit->function_words / unit->words : 0.0;

  if (is_furniture (furniture_first_words, unit))
    unit->quality = QUALITY_BAD;
  else if (foreign)
    {
      /* Prose in another language: its length and its full stop. */
      guint size = foreign_size (unit);
      if (size >= 12 && (unit->terminal || size >= 30))
        unit->quality = QUALITY_GOOD;
      else if (size >= 5 && (unit->terminal || unit->ends_with_colon))
        unit->quality = QUALITY_NEAR_GOOD;
      else
        unit->quality = QUALITY_SHORT;
    }
  else if (unit->words >= 12 && density >= 0.2 && (unit->terminal || unit->words >= 30))
    unit->quality = QUALITY_GOOD;
  else if (unit->words >= 5 && density >= 0.12 && (unit->terminal || unit->ends_with_colon))
    unit->quality = QUALITY_NEAR_GOOD;
  else
    unit->quality = QUALITY_SHORT;
}

/* The line from @line to @end (not empty) after its bullet, if any.  A
 * NUL ends the line early, as it would a copy. */
static const char *
skip_bullet (const char *line,
             const char *end,
             gboolean   *bullet)
{
  const char *p = line;
  gunichar c = g_utf8_get_char (p);

  *bullet = FALSE;
  if (c == 0x2022 || c == 0x25AA || c == 0x25CF || c == 0x25E6 || c == 0x2023 ||
      c == 0x00B7 || c == 0x2043 || c == 0x25A0 || c == 0x27A2)
    p = g_utf8_next_char (p);
  else if ((c == '-' || c == '*' || c == 0x2013 || c == 0x2014) && p + 1 < end && (p[1] == ' ' || p[1] == '\t'))
    {
      /* "- Advertisement -" is a widget, not a list item; still a bullet. */
      p = g_utf8_next_char (p);
    }
  else
    return line;

  *bullet = TRUE;
  while (p < end && (*p == ' ' || *p == '\t'))
    p++;
  return p;
}

/* Narrows [*@start, *@end) to exclude surrounding white space. */
static void
trim_range (const char **start_inout,
            const char **end_inout)
{
  const char *start = *start_inout;
  const char *end = *end_inout;

  while (start < end)
    {
      gunichar c = g_utf8_get_char (start);
      if (!g_unichar_isspace (c) && c != 0xFEFF && c != 0x200B)
        break;
      start = g_utf8_next_char (start);
    }
  while (end > start)
    {
      const char *prev = g_utf8_find_prev_char (start, end);
      gunichar c = g_utf8_get_char (prev);
      if (!g_unichar_isspace (c) && c != 0xFEFF && c != 0x200B)
        break;
      end = prev;
    }
  *start_inout = start;
  *end_inout = end;
}

static char *
trim_copy (const char *start,
           const char *end)
{
  trim_range (&start, &end);
  return g_strndup (start, end - start);
}

/* A browser copy puts each block on one line; hard-wrapped text (mail,
 * plain-text archives) breaks a paragraph over several.  A line is the
 * continuation of the one before when that one is long, does not end a
 * sentence and this one starts in lower case. */
static gboolean
continues_previous (const Unit *previous,
                    const char *line)
{
  gunichar first = g_utf8_get_char (line);

  if (previous == NULL || previous->bullet || previous->len < 50)
    return FALSE;
  if (previous->terminal || previous->ends_with_colon)
    return FALSE;
  return g_unichar_islower (first) || (previous->len >= 60 && strlen (line) >= 40 &&
                                       previous->text[previous->len - 1] == ',');
}

static void
split_units (Cleaner    *cleaner,
             const char *text,
             gsize       len)
{
  const char *p = text;
  const char *end = text + len;
  guint line_number = 0;
  gboolean previous_blank = TRUE;

  while (p < end)
    {
      const char *eol = memchr (p, '\n', end - p);
      const char *line_start = p;
      const char *line_end = eol ? eol : end;
      g_autofree char *content = NULL;
      gboolean bullet;

      line_number++;
      /* Trimmed where it lies: only what a unit keeps is copied. */
      trim_range (&line_start, &line_end);
      p = eol ? eol + 1 : end;

      if (line_start == line_end || *line_start == '\0')
        {
          previous_blank = TRUE;
          continue;
        }

      {
        const char *content_start = skip_bullet (line_start, line_end, &bullet);
        content = g_strndup (content_start, line_end - content_start);
      }

      if (!previous_blank && !bullet && cleaner->units->len > 0)
        {
          Unit *previous = &g_array_index (cleaner->units, Unit, cleaner->units->len - 1);
          if (previous->last_line == line_number - 1 && continues_previous (previous, content))
            {
              char *joined = g_strconcat (previous->text, " ", content, NULL);
              g_free (previous->text);
              previous->text = joined;
              previous->len = strlen (joined);
              previous->last_line = line_number;
              compute_features (&cleaner->function_words, previous);
              continue;
            }
        }

      {
        Unit unit = { 0 };
        unit.text = g_steal_pointer (&content);
        unit.len = strlen (unit.text);
        unit.first_line = unit.last_line = line_number;
        unit.bullet = bullet;
        compute_features (&cleaner->function_words, &unit);
        if (unit.len > 0)
          g_array_append_val (cleaner->units, unit);
        else
          unit_clear (&unit);
      }
      previous_blank = FALSE;
    }
}

/* " date 2024-10-20 " at the very start: how some collections stamp a page
 * with the day it was published. */
static const char *
read_date_marker (Cleaner    *cleaner,
                  const char *text,
                  gsize       len)
{
  const char *p = text;
  const char *end = text + len;
  char iso[11];

  while (p < end && (*p == ' ' || *p == '\t'))
    p++;
  if (end - p < 16 || strncmp (p, "date ", 5) != 0)
    return text;
  memcpy (iso, p + 5, 10);
  iso[10] = '\0';
  if (!dossier_date_parse_iso (iso, &cleaner->marker_date) ||
      cleaner->marker_date.precision != DOSSIER_PRECISION_DAY)
    {
      cleaner->marker_date = (DossierDate) DOSSIER_DATE_INIT;
      return text;
    }
  if (p + 15 < end && p[15] != ' ' && p[15] != '\t' && p[15] != '\n')
    {
      cleaner->marker_date = (DossierDate) DOSSIER_DATE_INIT;
      return text;
    }
  cleaner->marker_line = g_strndup (p, 15);
  return p + 15;
}

/* Score of a run of units as the article body: the prose it holds. */
static gsize
run_weight (Cleaner *cleaner,
            guint    start,
            guint    end)
{
  gsize weight = 0;

  for (guint i = start; i < end; i++)
    {
      Unit *unit = &g_array_index (cleaner->units, Unit, i);
      if (unit->quality == QUALITY_GOOD)
        weight += unit->len;
      else if (unit->quality == QUALITY_NEAR_GOOD)
        weight += unit->len / 2;
    }
  return weight;
}

static gboolean
is_content (const Unit *unit,
            const Unit *previous)
{
  if (unit->quality == QUALITY_GOOD || unit->quality == QUALITY_NEAR_GOOD)
    return TRUE;
  /* Items of a list that a sentence of the body announces ("Other points
   * of the plan include:"). */
  return unit->bullet && unit->quality != QUALITY_BAD && previous != NULL &&
         (previous->ends_with_colon || (previous->bullet && previous->role == ROLE_LIST_ITEM));
}

static void
find_body (Cleaner *cleaner)
{
  GArray *units = cleaner->units;
  guint best_start = 0, best_end = 0;
  gsize best_weight = 0;

  for (guint i = 0; i < units->len; i++)
    {
      Unit *unit = &g_array_index (units, Unit, i);
      guint last_content = i;
      guint gap = 0;
      gboolean after_tail = FALSE;
      gsize weight;

      if (unit->quality != QUALITY_GOOD)
        continue;

      for (guint j = i + 1; j < units->len; j++)
        {
          Unit *next = &g_array_index (units, Unit, j);
          Unit *before = &g_array_index (units, Unit, j - 1);

          /* Past a "Related" or "Read more" line only real prose takes
           * the article up again: the headline of a linked story reads
           * like a short paragraph but is not one. */
          if (is_content (next, before) && !next->tail_marker &&
              (!after_tail || next->quality == QUALITY_GOOD))
            {
              last_content = j;
              gap = 0;
              after_tail = FALSE;
              if (next->bullet)
                next->role = ROLE_LIST_ITEM;
              continue;
            }
          if (next->tail_marker)
            after_tail = TRUE;
          gap += next->tail_marker ? 2 : 1;
          if (gap > (cleaner->structured ? 8u : 3u))
            break;
        }

      weight = run_weight (cleaner, i, last_content + 1);
      if (weight > best_weight)
        {
          best_weight = weight;
          best_start = i;
          best_end = last_content + 1;
        }
      i = last_content;
    }

  /* From markup, what follows the prose up to the first furniture is the
   * article's too: a list of dates, a closing table. */
  if (cleaner->structured)
    while (best_end > 0 && best_end < units->len)
      {
        Unit *after = &g_array_index (units, Unit, best_end);
        if (after->quality == QUALITY_BAD || after->tail_marker || after->credit)
          break;
        if (after->bullet)
          after->role = ROLE_LIST_ITEM;
        best_end++;
      }

  /* The lead paragraph can be near-good prose directly before the first
   * good one. */
  while (best_end > 0 && best_start > 0)
    {
      Unit *before = &g_array_index (units, Unit, best_start - 1);
      if (before->quality != QUALITY_NEAR_GOOD || before->tail_marker)
        break;
      best_start--;
    }

  for (guint i = 0; i < units->len; i++)
    {
      Unit *unit = &g_array_index (units, Unit, i);
      if (unit->role == ROLE_LIST_ITEM && (i < best_start || i >= best_end))
        unit->role = ROLE_NONE;
    }

  cleaner->body_start = best_start;
  cleaner->body_end = best_end;
}

static gboolean
looks_like_title (const Unit *unit)
{
  gunichar first;

  if (unit->quality == QUALITY_BAD || unit->bullet || unit->credit)
    return FALSE;
  if (unit->words < 3 || unit->words > 30)
    return FALSE;
  if (unit->len > 0 && unit->text[unit->len - 1] == '.')
    return FALSE;
  first = g_utf8_get_char (unit->text);
  return g_unichar_isupper (first) || g_unichar_isdigit (first) || is_opening_quote (first);
}

static char *
normalise_for_compare (const char *text)
{
  /* Written into one buffer, not a GString grown per character.  A
   * character's lower case takes at most half as many bytes again (two
   * become three at most), so twice the length always fits. */
  gsize len = strlen (text);
  char *out = g_malloc (2 * len + 8);
  char *w = out;

  for (const char *p = text; *p;)
    {
      if ((guchar) *p < 0x80)
        {
          /* Written always, kept only for a letter or digit: no branch
           * per byte on what kind of byte it is. */
          *w = ascii_lower (*p);
          w += ascii_alnum_bytes[(guchar) *p];
          p++;
        }
      else if ((guchar) p[0] == 0xE2 && (guchar) p[1] == 0x80)
        {
          /* U+2000 to U+203F: spaces, dashes, curly quotes, the ellipsis;
           * none is a letter or digit, and news text is full of them. */
          p += 3;
        }
      else
        {
          gunichar c = g_unichar_tolower (g_utf8_get_char (p));
          if (g_unichar_isalnum (c))
            w += g_unichar_to_utf8 (c, w);
          p = g_utf8_next_char (p);
        }
    }
  *w = '\0';
  return out;
}

/* The hash of a compare key for the echo counts: the keys are whole lines,
 * hashed eight bytes a step where g_str_hash () takes one.  Nothing walks
 * the table, so its order does not matter. */
static guint
compare_key_hash (gconstpointer key)
{
  const guint64 multiplier = G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  const char *text = key;
  gsize len = strlen (text);
  guint64 hash = len * multiplier;
  gsize i = 0;

  for (; i + 8 <= len; i += 8)
    {
      guint64 word;

      memcpy (&word, text + i, 8);
      hash = (hash ^ word) * multiplier;
      hash ^= hash >> 29;
    }
  if (i < len)
    {
      guint64 word = 0;

      memcpy (&word, text + i, len - i);
      hash = (hash ^ word) * multiplier;
      hash ^= hash >> 29;
    }
  return (guint) (hash ^ (hash >> 32));
}

/* The echo counts, the title's score and the search for its repeats all
 * compare the same units: each is normalised once. */
static const char *
unit_compare_key (Unit *unit)
{
  if (unit->compare_key == NULL)
    unit->compare_key = normalise_for_compare (unit->text);
  return unit->compare_key;
}

/* Title evidence elsewhere on the page: "Reading: <title>", a breadcrumb
 * ending in it, or the same line twice (the page head and the article). */
static guint
title_echoes (Cleaner    *cleaner,
              guint       index,
              GHashTable *normalised_counts)
{
  Unit *unit = &g_array_index (cleaner->units, Unit, index);
  const char *key = unit_compare_key (unit);
  guint echoes = GPOINTER_TO_UINT (g_hash_table_lookup (normalised_counts, key));

  return echoes > 0 ? echoes - 1 : 0;
}

/* Counts the compare keys of short units in @counts.  The table borrows
 * its keys: the units' own compare keys, and the breadcrumb tails' kept
 * in @tail_keys, so no key is copied for it. */
static void
count_echo_keys (Cleaner    *cleaner,
                 GHashTable *counts,
                 GPtrArray  *tail_keys)
{
  for (guint i = 0; i < cleaner->units->len; i++)
    {
      Unit *unit = &g_array_index (cleaner->units, Unit, i);
      const char *whole;
      const char *tail = NULL;
      const char *sep;

      /* Headlines are short; so are the lines that echo them. */
      if (unit->len > 400 || unit->words > 40)
        continue;

      whole = unit_compare_key (unit);
      g_hash_table_insert (counts, (char *) whole,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, whole)) + 1));

      if (strncmp (unit->text, "Reading:", strlen ("Reading:")) == 0)
        tail = unit->text + strlen ("Reading:");
      /* strstr () first: it is quick to say no, and most lines are no
       * breadcrumb; g_strrstr () then finds the last separator. */
      else if (strstr (unit->text, " > ") != NULL && (sep = g_strrstr (unit->text, " > ")) != NULL)
        tail = sep + 3;
      else if (strstr (unit->text, " » ") != NULL && (sep = g_strrstr (unit->text, " » ")) != NULL)
        tail = sep + strlen (" » ");
      if (tail != NULL)
        {
          char *key = normalise_for_compare (tail);

          g_ptr_array_add (tail_keys, key);
          g_hash_table_insert (counts, key,
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) + 1));
        }
    }
}

/* "4:12 PM EDT, October 22, 2024": the time of day before the date.  Only
 * the time, its zone and connecting words may surround the one date. */
static gboolean
parse_time_then_date (const char  *text,
                      DossierDate *date)
{
  static const char * const allowed[] = {
    "am", "pm", "a.m", "p.m", "at", "on", "utc", "gmt", "bst", "cet", "cest", "eet", "eest",
    "edt", "est", "cdt", "cst", "mdt", "mst", "pdt", "pst", "msk", "ist", "jst", "aest",
  };
  g_autoptr(GArray) found = dossier_date_expressions_find (text, -1, NULL);
  DossierDateExpression *expression;
  g_autofree char *rest = NULL;
  g_autofree char *before = NULL;
  g_auto(GStrv) words = NULL;
  int hour = -1, minute = 0;
  gboolean afternoon = FALSE;

  if (found->len != 1)
    return FALSE;
  expression = &g_array_index (found, DossierDateExpression, 0);
  if (expression->relative || expression->value.precision < DOSSIER_PRECISION_DAY)
    return FALSE;

  before = g_strndup (text, expression->start);
  rest = g_strconcat (before, " ", text + expression->end, NULL);
  words = g_strsplit_set (rest, " ,", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *word = g_ascii_strdown (words[i], -1);
      gboolean known = FALSE;
      int h, m;

      g_strdelimit (word, ".", ' ');
      g_strstrip (word);
      if (word[0] == '\0')
        continue;
      if (sscanf (word, "%d:%d", &h, &m) == 2 && h >= 0 && h < 24 && m >= 0 && m < 60)
        {
          hour = h;
          minute = m;
          continue;
        }
      for (gsize k = 0; k < G_N_ELEMENTS (allowed) && !known; k++)
        known = strcmp (word, allowed[k]) == 0 || (strlen (allowed[k]) == 3 && allowed[k][1] == '.' &&
                                                    strncmp (word, allowed[k], 1) == 0 && word[1] == ' ');
      if (!known)
        return FALSE;
      if (word[0] == 'p')
        afternoon = TRUE;
    }

  *date = expression->value;
  if (hour >= 0)
    {
      if (afternoon && hour < 12)
        hour += 12;
      date->hour = hour;
      date->minute = minute;
      date->precision = DOSSIER_PRECISION_MINUTE;
    }
  return TRUE;
}

/* A copy of a date line with a space between a year and the time glued
 * to it ("20253:41" → "2025 3:41"), and cut before a glued or trailing
 * "Updated" note, which is no part of the publication date. */
static char *
unglue_date_line (const char *text)
{
  GString *out = g_string_new (NULL);
  const char *update = strstr (text, "Updated");

  if (update != NULL && update == text)
    update = NULL;
  for (const char *p = text; *p && p != update; p++)
    {
      g_string_append_c (out, *p);
      if ((p == text || !g_ascii_isdigit (p[-1])) &&
          (g_str_has_prefix (p, "19") || g_str_has_prefix (p, "20")) &&
          g_ascii_isdigit (p[2]) && g_ascii_isdigit (p[3]) && g_ascii_isdigit (p[4]))
        {
          g_string_append_len (out, p + 1, 3);
          p += 3;
          /* A time goes on after a space; anything else glued to the
           * year is a second copy of the date: "21 Nov 202421 Nov 2024". */
          if (p[2] == ':' || (g_ascii_isdigit (p[2]) && p[3] == ':'))
            g_string_append_c (out, ' ');
          else if (p[2] == ' ' || (g_ascii_isdigit (p[2]) && p[3] == ' '))
            break;
        }
    }
  while (out->len > 0 && (out->str[out->len - 1] == ' ' || out->str[out->len - 1] == ','))
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

/* Whether unglue_date_line () has anything to do: a year with a digit
 * glued to it, or an "Updated" after the date.  One pass, no copy. */
static gboolean
is_glued_date_line (const char *text)
{
  for (const char *p = strpbrk (text, "12U"); p != NULL; p = strpbrk (p + 1, "12U"))
    {
      if (*p == 'U')
        {
          if (p > text && strncmp (p, "Updated", 7) == 0)
            return TRUE;
        }
      else if ((p == text || !g_ascii_isdigit (p[-1])) && (p[1] == '9' || p[1] == '0') &&
               g_ascii_isdigit (p[2]) && g_ascii_isdigit (p[3]) && g_ascii_isdigit (p[4]))
        return TRUE;
    }
  return FALSE;
}

static gboolean
parse_date_line (const char  *text,
                 DossierDate *date,
                 const char **kind)
{
  static const struct { const char *prefix; const char *kind; } prefixes[] = {
    { "first published on", "published" }, { "first published", "published" },
    { "published on", "published" }, { "published:", "published" },
    { "published", "published" }, { "posted on", "published" },
    { "posted:", "published" }, { "posted", "published" },
    { "last updated on", "updated" }, { "last updated:", "updated" },
    { "last updated", "updated" }, { "updated on", "updated" },
    { "updated:", "updated" }, { "updated", "updated" },
    { "last modified:", "updated" }, { "modified:", "updated" },
    { "issued on:", "published" }, { "date:", "dateline" },
  };
  const char *rest = text;

  /* Every prefix starts with one of these letters: most lines, which
   * start otherwise, skip the comparisons. */
  gboolean may_have_prefix = text[0] != '\0' && strchr ("fpludmi", g_ascii_tolower (text[0])) != NULL;

  *kind = "dateline";
  for (gsize i = 0; i < G_N_ELEMENTS (prefixes) && may_have_prefix; i++)
    {
      /* Compared in place: lower-casing the whole line costs more. */
      if (g_ascii_strncasecmp (text, prefixes[i].prefix, strlen (prefixes[i].prefix)) == 0)
        {
          rest = text + strlen (prefixes[i].prefix);
          *kind = prefixes[i].kind;
          break;
        }
    }
  while (*rest == ' ' || *rest == ':')
    rest++;
  /* "March 4, 20253:41 PM GMT+1Updated 5 hours ago": copying a page
   * glues the year to the time and the time to the update note. */
  if (is_glued_date_line (rest))
    {
      g_autofree char *unglued = unglue_date_line (rest);
      if (strcmp (unglued, rest) != 0)
        {
          const char *prefix_kind = *kind;
          gboolean parsed = parse_date_line (unglued, date, kind);
          *kind = prefix_kind;
          return parsed;
        }
    }
  /* "Published 17 October 2024, updated 18 October 2024": the first. */
  {
    const char *comma = strstr (rest, ", updated");
    const char *bar = strstr (rest, " | ");
    const char *cut = comma ? comma : bar;
    if (cut != NULL)
      return dossier_date_parse_dateline (rest, cut - rest, date);
  }
  if (dossier_date_parse_dateline (rest, -1, date))
    return TRUE;
  return parse_time_then_date (rest, date);
}

/* The title search asks each line near a candidate headline whether it is
 * a date line, and the byline search asks again: each line is parsed once. */
static gboolean
unit_date_line (Unit         *unit,
                DossierDate  *date,
                const char  **kind)
{
  if (unit->date_line_state == 0)
    {
      unit->date_line_date = (DossierDate) DOSSIER_DATE_INIT;
      unit->date_line_state = parse_date_line (unit->text, &unit->date_line_date, &unit->date_line_kind) ? 2 : 1;
    }
  *date = unit->date_line_date;
  *kind = unit->date_line_kind;
  return unit->date_line_state == 2;
}

/* "News Room October 17, 2024": a byline with the date after the name. */
static gboolean
split_name_date (const char  *text,
                 char       **name,
                 DossierDate *date)
{
  g_autoptr(GArray) found = dossier_date_expressions_find (text, -1, NULL);
  DossierDateExpression *expression;
  g_autofree char *before = NULL;

  if (found->len != 1)
    return FALSE;
  expression = &g_array_index (found, DossierDateExpression, 0);
  if (expression->relative || expression->value.precision < DOSSIER_PRECISION_DAY)
    return FALSE;
  if (text[expression->end] != '\0' && !g_ascii_isspace (text[expression->end]))
    return FALSE;
  {
    const char *after = text + expression->end;
    while (*after == ' ')
      after++;
    if (*after != '\0')
      return FALSE;
  }
  before = trim_copy (text, text + expression->start);
  *name = g_steal_pointer (&before);
  *date = expression->value;
  return TRUE;
}

static gboolean
looks_like_person_name (const char *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  guint n = g_strv_length (words);

  if (n < 1 || n > 5 || strlen (text) > 60)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      gunichar c = g_utf8_get_char (words[i]);
      if (words[i][0] == '\0')
        return FALSE;
      if (!g_unichar_isupper (c) && strcmp (words[i], "de") != 0 && strcmp (words[i], "van") != 0 &&
          strcmp (words[i], "von") != 0 && strcmp (words[i], "al") != 0 && strcmp (words[i], "and") != 0)
        return FALSE;
      for (const char *p = words[i]; *p; p = g_utf8_next_char (p))
        {
          gunichar d = g_utf8_get_char (p);
          if (g_unichar_isdigit (d) || d == ':' || d == '/' || d == '>')
            return FALSE;
        }
    }
  return TRUE;
}

/* "ZEKE MILLER" → "Zeke Miller": bylines set in capitals are names. */
static char *
name_case (const char *name)
{
  gboolean any_lower = FALSE;
  GString *out;
  gboolean word_start = TRUE;

  for (const char *p = name; *p; p++)
    any_lower |= g_ascii_islower (*p);
  if (any_lower)
    return g_strdup (name);

  out = g_string_new (NULL);
  for (const char *p = name; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      g_string_append_unichar (out, word_start ? c : g_unichar_tolower (c));
      word_start = c == ' ' || c == '-' || c == '\'';
    }
  return g_string_free (out, FALSE);
}

/* "By Angela Skujins with AP" → "Angela Skujins"; "By ZEKE MILLER and
 * SEUNG MIN KIM" → "Zeke Miller and Seung Min Kim". */
static char *
author_from_byline (const char *text)
{
  static const char * const prefixes[] = { "By ", "by ", "BY ", "Written by ", "Reporting by ", "Words by ", "Author: " };
  static const char * const tails[] = { " with ", " and agencies", ", Reuters", ", AP", ", AFP", " for ", " | ", " - ", " — ", " in " };
  const char *rest = NULL;
  g_autofree char *names = NULL;
  g_auto(GStrv) parts = NULL;
  g_autoptr(GPtrArray) kept = NULL;

  /* strncmp () by the prefix's length: g_str_has_prefix () measures the
   * whole line first, and most lines are no byline. */
  for (gsize i = 0; i < G_N_ELEMENTS (prefixes) && rest == NULL; i++)
    if (text[0] == prefixes[i][0] && strncmp (text, prefixes[i], strlen (prefixes[i])) == 0)
      rest = text + strlen (prefixes[i]);
  if (rest == NULL)
    return NULL;
  kept = g_ptr_array_new_with_free_func (g_free);

  names = g_strdup (rest);
  for (gsize i = 0; i < G_N_ELEMENTS (tails); i++)
    {
      char *cut = strstr (names, tails[i]);
      if (cut != NULL)
        *cut = '\0';
    }

  /* One or several people: "A, B and C". */
  {
    g_autofree char *separated = g_strdup (names);
    char *and;
    while ((and = strstr (separated, " and ")) != NULL || (and = strstr (separated, " AND ")) != NULL)
      memcpy (and, " ,   ", 5);
    parts = g_strsplit (separated, ",", -1);
  }
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] == '\0')
        continue;
      if (!looks_like_person_name (parts[i]))
        return NULL;
      g_ptr_array_add (kept, name_case (parts[i]));
    }
  if (kept->len == 0 || kept->len > 4)
    return NULL;
  return dossier_join_names (kept);
}

/* A caption that names who is in the photo and nothing else:
 * "NATO Secretary-General Mark Rutte." */
static gboolean
is_name_only_sentence (const Unit *unit)
{
  return unit->terminal && unit->words <= 10 && unit->words >= 2 &&
         unit->text[unit->len - 1] == '.' &&
         unit->capitalised_words + unit->function_words >= unit->words &&
         unit->function_words * 3 <= unit->words;
}

/* The line under a reporter's name that says what she does or where she
 * files from: "BBC News, Nairobi", "Political correspondent". */
static gboolean
is_reporter_role (const Unit *unit)
{
  static const char * const roles[] = {
    "correspondent", "reporter", "editor", "news,", "staff writer", "bureau", "contributor",
  };
  g_autofree char *lower = NULL;

  if (unit->role != ROLE_NONE || unit->words == 0 || unit->words > 6 || unit->terminal)
    return FALSE;
  lower = g_utf8_strdown (unit->text, unit->len);
  for (gsize i = 0; i < G_N_ELEMENTS (roles); i++)
    if (strstr (lower, roles[i]) != NULL)
      return TRUE;
  return FALSE;
}

static void
read_page_head (Cleaner    *cleaner,
                GHashTable *echo_counts)
{
  DossierDocument *document = cleaner->document;
  GArray *units = cleaner->units;
  int best_title = -1;
  int best_score = 0;
  DossierDate best_date = DOSSIER_DATE_INIT;
  int best_date_rank = 0;
  g_autofree char *date_evidence = NULL;
  guint head_end = cleaner->body_start;

  /* Titles: the head is searched; echoes anywhere count. */
  for (guint i = 0; i < head_end; i++)
    {
      Unit *unit = &g_array_index (units, Unit, i);
      int score;

      if (!looks_like_title (unit) || unit->tail_marker)
        continue;
      score = 1 + 3 * (int) MIN (title_echoes (cleaner, i, echo_counts), 2);
      /* A headline sits just above its byline or dateline. */
      for (guint k = i + 1; k < MIN (i + 5, units->len); k++)
        {
          Unit *near = &g_array_index (units, Unit, k);
          DossierDate near_date;
          const char *near_kind;
          g_autofree char *near_author = NULL;

          if (near->len > 120)
            continue;
          if (unit_date_line (near, &near_date, &near_kind) ||
              (near_author = author_from_byline (near->text)) != NULL)
            {
              score += 2;
              break;
            }
        }
      if (unit->words >= 6)
        score += 1;
      if (unit->quality == QUALITY_SHORT && unit->words >= 5 && best_title < 0)
        score += 1;
      /* A page that starts with a short line: its headline ("Storm
       * closes port"). */
      if (i == 0 && unit->quality == QUALITY_SHORT)
        score += 1;
      if (score > best_score)
        {
          best_score = score;
          best_title = i;
        }
    }

  if (best_title >= 0 && best_score >= 2)
    {
      Unit *title = &g_array_index (units, Unit, best_title);
      const char *key = unit_compare_key (title);

      document->title = g_strdup (title->text);
      for (guint i = 0; i < units->len; i++)
        {
          Unit *unit = &g_array_index (units, Unit, i);
          const char *other;
          if ((i >= cleaner->body_start && i < cleaner->body_end) || unit->words > 40)
            continue;
          other = unit_compare_key (unit);
          if (strcmp (other, key) == 0)
            unit->role = ROLE_TITLE;
        }
    }

  /* Bylines, datelines, captions and the standfirst. */
  for (guint i = 0; i < units->len; i++)
    {
      Unit *unit = &g_array_index (units, Unit, i);
      DossierDate date = DOSSIER_DATE_INIT;
      const char *kind = NULL;
      g_autofree char *author = NULL;
      g_autofree char *name = NULL;
      gboolean in_head = i < cleaner->body_start;
      int rank = 0;

      if (i >= cleaner->body_start && i < cleaner->body_end)
        continue;
      if (unit->role == ROLE_TITLE)
        continue;

      if (unit->len <= 120 && unit_date_line (unit, &date, &kind) &&
          (in_head || strcmp (kind, "dateline") != 0 || i < cleaner->body_end + 3))
        {
          unit->role = ROLE_DATELINE;
          if (strcmp (kind, "published") == 0)
            rank = 5;
          else if (strcmp (kind, "dateline") == 0)
            rank = in_head ? 4 : 1;
          else
            {
              /* An update's time of day is not when it was published; its
               * day is the best evidence of the publication day there is. */
              rank = 2;
              if (date.precision == DOSSIER_PRECISION_MINUTE)
                date.precision = DOSSIER_PRECISION_DAY;
            }
        }
      else if (unit->len <= 120 && (strncmp (unit->text, "Published", strlen ("Published")) == 0 ||
                                    strncmp (unit->text, "Updated", strlen ("Updated")) == 0))
        unit->role = ROLE_DATELINE;
      else if ((author = author_from_byline (unit->text)) != NULL)
        {
          unit->role = ROLE_BYLINE;
          if (document->author == NULL)
            document->author = g_steal_pointer (&author);
        }
      else if (unit->len <= 120 && split_name_date (unit->text, &name, &date))
        {
          /* A byline date is the author's name and a date; a list of other
           * articles shows section names and dates the same way, so the
           * name has to be the author's or look like one in the head. */
          if (looks_like_person_name (name) &&
              ((document->author != NULL && g_strcmp0 (name, document->author) == 0) ||
               (in_head && document->author == NULL && strchr (name, ' ') != NULL)))
            {
              unit->role = ROLE_BYLINE;
              if (document->author == NULL)
                document->author = g_strdup (name);
              rank = 3;
            }
          else
            date = (DossierDate) DOSSIER_DATE_INIT;
        }

      if (rank > best_date_rank && dossier_date_is_set (&date))
        {
          best_date_rank = rank;
          best_date = date;
          g_free (date_evidence);
          date_evidence = g_strdup (unit->text);
        }
    }

  /* An author line on its own, next to the dateline: "News Room". */
  for (guint i = 0; i < head_end && document->author == NULL; i++)
    {
      Unit *unit = &g_array_index (units, Unit, i);
      Unit *next = i + 1 < units->len ? &g_array_index (units, Unit, i + 1) : NULL;
      Unit *previous = i > 0 ? &g_array_index (units, Unit, i - 1) : NULL;

      g_autofree char *name = NULL;
      char *in;

      if (unit->role != ROLE_NONE || unit->quality == QUALITY_BAD || unit->words < 2 || unit->words > 7)
        continue;
      /* "Kate Connolly in Berlin": the reporter and where she files from. */
      name = g_strdup (unit->text);
      if ((in = strstr (name, " in ")) != NULL)
        *in = '\0';
      if (!looks_like_person_name (name) || strchr (name, ' ') == NULL)
        continue;
      if ((next && next->role == ROLE_DATELINE) || (previous && previous->role == ROLE_DATELINE) ||
          (next && is_reporter_role (next)))
        {
          document->author = name_case (name);
          unit->role = ROLE_BYLINE;
        }
    }
  if (document->author != NULL)
    for (guint i = 0; i < units->len; i++)
      {
        Unit *unit = &g_array_index (units, Unit, i);
        if (unit->role == ROLE_NONE && strcmp (unit->text, document->author) == 0)
          unit->role = ROLE_BYLINE;
      }

  if (dossier_date_is_set (&cleaner->marker_date))
    {
      document->published = cleaner->marker_date;
      document->published_from = DOSSIER_DATE_SOURCE_MARKER;
      document->published_evidence = g_strdup (cleaner->marker_line);
    }
  else if (dossier_date_is_set (&best_date))
    {
      document->published = best_date;
      document->published_from = DOSSIER_DATE_SOURCE_TEXT;
      document->published_evidence = g_steal_pointer (&date_evidence);
    }

  /* Captions: a photo credit, a line that the next line repeats with its
   * credit, or a name-only sentence under the headline. */
  for (guint i = 0; i < units->len; i++)
    {
      Unit *unit = &g_array_index (units, Unit, i);
      Unit *next = i + 1 < units->len ? &g_array_index (units, Unit, i + 1) : NULL;
      gboolean in_body = i >= cleaner->body_start && i < cleaner->body_end;

      if (unit->role != ROLE_NONE && unit->role != ROLE_BODY)
        continue;
      /* The site's own copyright line is furniture, not a photo credit. */
      if (unit->credit && unit->quality == QUALITY_BAD && strchr (unit->text, '/') == NULL)
        continue;
      if (unit->credit && unit->words <= 60 && !unit->tail_marker &&
          (in_body || i < cleaner->body_start) && !(unit->quality == QUALITY_BAD && !unit->terminal &&
                                                    !g_str_has_prefix (unit->text, "Copyright")))
        unit->role = ROLE_CAPTION;
      else if (unit->credit && i < cleaner->body_start && unit->words <= 60)
        unit->role = ROLE_CAPTION;
      else if (next != NULL && unit->len >= 20 &&
               (next->len > unit->len || next->glued_tail != NULL) &&
               strncmp (next->text, unit->text, unit->len) == 0)
        {
          unit->role = ROLE_CAPTION;
          next->role = ROLE_CAPTION;
        }
      else if (!in_body && i < cleaner->body_start && best_title >= 0 && (int) i > best_title &&
               is_name_only_sentence (unit))
        unit->role = ROLE_CAPTION;
      /* A bare credit ("Getty Images", "Reuters") stands above the
       * picture's caption on many sites; in the head the line under it
       * is that caption. */
      else if (i > 0 && i < cleaner->body_start && unit->role == ROLE_NONE &&
               unit->words >= 3 && unit->words <= 40 &&
               g_array_index (units, Unit, i - 1).role == ROLE_CAPTION &&
               g_array_index (units, Unit, i - 1).credit &&
               g_array_index (units, Unit, i - 1).words <= 4)
        unit->role = ROLE_CAPTION;
    }

  /* The standfirst: prose in the head under the headline. */
  if (best_title >= 0)
    for (guint i = best_title + 1; i < cleaner->body_start; i++)
      {
        Unit *unit = &g_array_index (units, Unit, i);
        if (unit->role == ROLE_NONE && (unit->quality == QUALITY_GOOD ||
                                        (unit->quality == QUALITY_NEAR_GOOD && unit->words >= 10)))
          unit->role = ROLE_BODY;
      }
}

/* Sites prefix wire copy with the agency: "(MENAFN) The prospect …",
 * "KYIV (Reuters) - …". */
/* What stands before the agency in a wire story's first line: the place in
 * capitals ("KYIV"), and perhaps the day ("AMSTERDAM, March 4"). */
static gboolean
is_wire_dateline (const char *start,
                  const char *end)
{
  const char *comma = NULL;

  for (const char *q = start; q < end; q++)
    {
      if (*q == ',' && comma == NULL)
        comma = q;
      else if (g_ascii_islower (*q) && comma == NULL)
        return FALSE;
    }
  if (comma != NULL)
    {
      g_autofree char *day = trim_copy (comma + 1, end);
      g_autoptr(GArray) found = NULL;
      DossierDateExpression *expression;

      if (day[0] == '\0')
        return TRUE;
      found = dossier_date_expressions_find (day, -1, NULL);
      if (found->len != 1)
        return FALSE;
      expression = &g_array_index (found, DossierDateExpression, 0);
      return expression->start == 0 && expression->end == strlen (day);
    }
  return TRUE;
}

static void
strip_wire_prefix (Cleaner *cleaner,
                   Unit    *unit)
{
  const char *p = unit->text;
  const char *open, *close;
  g_autofree char *name = NULL;
  const char *rest;

  open = strchr (p, '(');
  if (open == NULL || open - p > 40)
    return;
  if (!is_wire_dateline (p, open))
    return;
  close = strchr (open, ')');
  if (close == NULL || close - open > 40 || close - open < 3)
    return;
  name = g_strndup (open + 1, close - open - 1);
  for (const char *q = name; *q; q++)
    if (!g_ascii_isalpha (*q) && *q != ' ' && *q != '.' && *q != '-' && *q != '&')
      return;
  if (!g_ascii_isupper (name[0]))
    return;

  rest = close + 1;
  while (*rest == ' ')
    rest++;
  if (g_str_has_prefix (rest, "-") || g_str_has_prefix (rest, "–") || g_str_has_prefix (rest, "—"))
    {
      rest = g_utf8_next_char (rest);
      while (*rest == ' ')
        rest++;
    }
  if (!g_unichar_isupper (g_utf8_get_char (rest)) && !is_opening_quote (g_utf8_get_char (rest)))
    return;

  {
    g_autofree char *prefix = g_strndup (unit->text, rest - unit->text);
    g_strstrip (prefix);
    dossier_document_add_removed (cleaner->document, unit->first_line, unit->first_line,
                                  DOSSIER_REMOVED_DATELINE, prefix);
  }
  cleaner->prefix_outlet = g_steal_pointer (&name);
  {
    char *stripped = g_strdup (rest);
    g_free (unit->text);
    unit->text = stripped;
    unit->len = strlen (stripped);
  }
}

/* A newspaper's dateline without an agency: "LUXEMBOURG — EU energy
 * ministers …", "KYIV, Ukraine – …". */
static void
strip_place_dateline (Cleaner *cleaner,
                      Unit    *unit)
{
  static const char * const dashes[] = { " — ", " – ", " -- " };
  const char *dash = NULL;
  const char *rest;
  guint upper = 0;

  for (gsize i = 0; i < G_N_ELEMENTS (dashes) && dash == NULL; i++)
    dash = strstr (unit->text, dashes[i]);
  if (dash == NULL || dash - unit->text > 40)
    return;
  /* The place in capitals; after a comma, its country or state may be
   * in ordinary case. */
  for (const char *q = unit->text; q < dash && *q != ','; q++)
    {
      if (g_ascii_islower (*q) || g_ascii_isdigit (*q))
        return;
      upper += g_ascii_isupper (*q);
    }
  if (upper < 3)
    return;
  rest = dash;
  while (*rest == ' ' || *rest == '-')
    rest++;
  if (g_str_has_prefix (rest, "—") || g_str_has_prefix (rest, "–"))
    rest = g_utf8_next_char (rest);
  while (*rest == ' ')
    rest++;
  if (!g_unichar_isupper (g_utf8_get_char (rest)) && !is_opening_quote (g_utf8_get_char (rest)))
    return;

  {
    g_autofree char *prefix = trim_copy (unit->text, dash);
    char *stripped = g_strdup (rest);
    dossier_document_add_removed (cleaner->document, unit->first_line, unit->first_line,
                                  DOSSIER_REMOVED_DATELINE, prefix);
    g_free (unit->text);
    unit->text = stripped;
    unit->len = strlen (stripped);
  }
}

/* Furniture glued to the end of a paragraph ("… journalists. Share") and a
 * quote card's attribution ("… one day. Mark Rutte Secretary General of
 * NATO"): after the last sentence, words that end no sentence. */
static void
strip_glued_tail (Cleaner *cleaner,
                  Unit    *unit)
{
  const char *end = unit->text + unit->len;
  const char *last_stop = NULL;
  g_autofree char *tail = NULL;
  g_auto(GStrv) words = NULL;
  guint n_words, capitalised = 0;

  if (unit->terminal)
    return;

  for (const char *p = unit->text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if ((c == '.' || c == '!' || c == '?' || is_closing_quote (c)) && p + 1 < end)
        {
          const char *after = g_utf8_next_char (p);
          gunichar next = g_utf8_get_char (after);
          if (next == ' ' && (c != '.' || !g_ascii_isupper (p > unit->text ? p[-1] : 'a') ||
                              (p - unit->text >= 2 && g_ascii_islower (p[-2]))))
            last_stop = after;
          else if (is_closing_quote (next))
            last_stop = NULL;
        }
    }
  if (last_stop == NULL)
    return;

  tail = g_strstrip (g_strdup (last_stop));
  words = g_strsplit (tail, " ", -1);
  n_words = g_strv_length (words);
  if (n_words == 0 || n_words > 10)
    return;
  for (guint i = 0; i < n_words; i++)
    if (g_unichar_isupper (g_utf8_get_char (words[i])))
      capitalised++;

  {
    g_autofree char *lower = g_ascii_strdown (tail, -1);
    gboolean widget = n_words <= 3 && (in_list (lower, widget_words, G_N_ELEMENTS (widget_words)) ||
                                       in_list (lower, tail_markers, G_N_ELEMENTS (tail_markers)));
    /* A quote card names a person and a role; a credit line has a
     * copyright sign, a year or a slash. */
    gboolean attribution = !widget && n_words >= 2 && capitalised * 3 >= n_words * 2 &&
                           g_unichar_isupper (g_utf8_get_char (words[0])) &&
                           strpbrk (tail, "/©0123456789@") == NULL && strstr (lower, "copyright") == NULL &&
                           strstr (lower, "photo") == NULL;

    if (!widget && !attribution)
      return;

    unit->glued_tail = g_strdup (tail);
    if (attribution)
      unit->attribution = g_strdup (tail);
    {
      const char *cut = last_stop;
      while (cut > unit->text && cut[-1] == ' ')
        cut--;
      unit->len = cut - unit->text;
      unit->text[unit->len] = '\0';
      compute_features (&cleaner->function_words, unit);
    }
  }
}

static void
read_body (Cleaner *cleaner)
{
  GArray *units = cleaner->units;

  for (guint i = cleaner->body_start; i < cleaner->body_end; i++)
    {
      Unit *unit = &g_array_index (units, Unit, i);
      Unit *next = i + 1 < cleaner->body_end ? &g_array_index (units, Unit, i + 1) : NULL;

      if (unit->role == ROLE_CAPTION || unit->role == ROLE_TITLE)
        continue;
      if (unit->role == ROLE_LIST_ITEM)
        continue;
      /* "First Published on Nov 20, 2019 01:38 pm" among or after the
       * paragraphs of a page is a date line, not the article's text. */
      {
        DossierDate date;
        const char *kind;
        if (unit->len <= 120 && unit->words <= 16 && unit_date_line (unit, &date, &kind) &&
            strcmp (kind, "dateline") != 0)
          {
            unit->role = ROLE_DATELINE;
            continue;
          }
      }
      /* "Associated Press writer Lisa Mascaro contributed to this report." */
      if (unit->words <= 40 && (strstr (unit->text, "contributed to this report") != NULL ||
                                strstr (unit->text, "contributed reporting") != NULL ||
                                strstr (unit->text, "contributed to this story") != NULL))
        {
          unit->role = ROLE_BYLINE;
          continue;
        }
      if (unit->quality == QUALITY_BAD)
        {
          unit->role = ROLE_BOILERPLATE;
          continue;
        }
      if (unit->quality == QUALITY_GOOD || unit->quality == QUALITY_NEAR_GOOD)
        {
          unit->role = ROLE_BODY;
          continue;
        }
      /* Short units inside the body: a heading when prose follows it. */
      if (next != NULL && (next->quality == QUALITY_GOOD || next->quality == QUALITY_NEAR_GOOD) &&
          unit->words <= 15 && !unit->bullet &&
          (unit->text[unit->len - 1] != '.' || unit->words <= 12))
        unit->role = ROLE_HEADING;
      else if (cleaner->structured && unit->bullet)
        unit->role = ROLE_LIST_ITEM;
      else if (cleaner->structured)
        unit->role = ROLE_BODY;
      else
        unit->role = ROLE_BOILERPLATE;
    }

  for (guint i = cleaner->body_start; i < cleaner->body_end; i++)
    {
      Unit *unit = &g_array_index (units, Unit, i);
      if (unit->role == ROLE_BODY && unit->attribution != NULL)
        unit->role = ROLE_QUOTE;
    }
}

/* "POLITICO SRL", "Guardian News & Media Ltd": the publisher's legal form
 * is no part of the outlet's name. */
static void
drop_company_form (char *name)
{
  static const char * const forms[] = {
    " Inc.", " Inc", " LLC", " Ltd.", " Ltd", " Limited", " plc", " PLC", " GmbH",
    " AG", " SRL", " S.R.L.", " S.A.", " SA", " SAS", " B.V.", " BV", " N.V.", " Pty",
    " Corp.", " Corporation", " Co.",
  };
  gboolean dropped = TRUE;

  while (dropped)
    {
      gsize n = strlen (name);
      dropped = FALSE;
      while (n > 0 && (name[n - 1] == ',' || name[n - 1] == ' '))
        name[--n] = '\0';
      for (gsize i = 0; i < G_N_ELEMENTS (forms); i++)
        if (n > strlen (forms[i]) && g_str_has_suffix (name, forms[i]))
          {
            name[n - strlen (forms[i])] = '\0';
            dropped = TRUE;
            break;
          }
    }
}

static char *
outlet_from_copyright (const char *text)
{
  const char *p = text;
  g_autofree char *name = NULL;
  char *cut;

  if (g_str_has_prefix (p, "©"))
    p += strlen ("©");
  else if (g_ascii_strncasecmp (p, "copyright", 9) == 0)
    p += 9;
  else
    return NULL;
  while (*p == ' ' || *p == ':' || *p == '(' || *p == 'c' || *p == ')')
    {
      if (*p == 'c' && p[1] != ')' && p[1] != ' ')
        break;
      p++;
    }
  while (g_ascii_isdigit (*p) || *p == ' ' || *p == '-' || *p == ',')
    p++;
  if (strchr (p, '/') != NULL)
    return NULL;
  name = g_strdup (p);
  if ((cut = strstr (name, ". All")) != NULL || (cut = strstr (name, ", All")) != NULL ||
      (cut = strstr (name, " All rights")) != NULL || (cut = strstr (name, " all rights")) != NULL)
    *cut = '\0';
  g_strstrip (name);
  {
    gsize n = strlen (name);
    while (n > 0 && (name[n - 1] == '.' || name[n - 1] == ','))
      name[--n] = '\0';
  }
  drop_company_form (name);
  if (strlen (name) < 2 || strlen (name) > 60 || !looks_like_person_name (name))
    return NULL;
  return g_steal_pointer (&name);
}

/* "Al Jazeera", "FRANCE 24", "Channel 4 News": capitalised words and
 * numbers. */
static gboolean
looks_like_outlet_name (const char *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  guint n = g_strv_length (words);

  if (n < 1 || n > 5)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      gunichar c = g_utf8_get_char (words[i]);
      if (!g_unichar_isupper (c) && !g_unichar_isdigit (c))
        return FALSE;
      if (strpbrk (words[i], ":/>@") != NULL)
        return FALSE;
    }
  return TRUE;
}

/* The line under the article that says whose it is: "Source: Al Jazeera
 * and news agencies", "(FRANCE 24 with AFP)". */
static char *
outlet_from_source_line (const char *text)
{
  g_autofree char *name = NULL;
  char *cut;

  if (strlen (text) > 80)
    return NULL;
  if (g_str_has_prefix (text, "Source: "))
    name = g_strdup (text + strlen ("Source: "));
  else if (text[0] == '(' && g_str_has_suffix (text, ")") && strstr (text, " with ") != NULL)
    name = g_strndup (text + 1, strlen (text) - 2);
  else
    return NULL;
  if ((cut = strstr (name, " and ")) != NULL || (cut = strstr (name, " with ")) != NULL ||
      (cut = strchr (name, ',')) != NULL)
    *cut = '\0';
  g_strstrip (name);
  if (strlen (name) < 2 || !looks_like_outlet_name (name))
    return NULL;
  return g_steal_pointer (&name);
}

static void
vote (GHashTable *votes,
      const char *name,
      guint       weight)
{
  g_hash_table_replace (votes, g_strdup (name),
                        GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (votes, name)) + weight));
}

static void
find_outlet (Cleaner *cleaner)
{
  g_autoptr(GHashTable) votes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer key, value;
  const char *best = NULL;
  guint best_votes = 0;

  if (cleaner->prefix_outlet != NULL)
    vote (votes, cleaner->prefix_outlet, 3);

  for (guint i = 0; i < cleaner->units->len; i++)
    {
      Unit *unit = &g_array_index (cleaner->units, Unit, i);
      g_autofree char *doubled = NULL;
      g_autofree char *owner = NULL;

      if (unit->role == ROLE_CAPTION || (i >= cleaner->body_start && i < cleaner->body_end))
        continue;
      if ((doubled = doubled_name (unit->text, unit->len)) != NULL)
        vote (votes, doubled, 2);
      else if ((owner = outlet_from_copyright (unit->text)) != NULL)
        vote (votes, owner, 2);
      else if (i >= cleaner->body_end && (owner = outlet_from_source_line (unit->text)) != NULL)
        vote (votes, owner, 2);
      else if (strstr (unit->text, " > ") != NULL)
        {
          g_autofree char *first = g_strndup (unit->text, strstr (unit->text, " > ") - unit->text);
          if (looks_like_person_name (first))
            vote (votes, first, 1);
        }
    }

  g_hash_table_iter_init (&iter, votes);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint count = GPOINTER_TO_UINT (value);
      if (count > best_votes || (count == best_votes && best && strcmp (key, best) < 0))
        {
          best = key;
          best_votes = count;
        }
    }
  if (best != NULL && best_votes >= 2)
    cleaner->document->outlet = g_strdup (best);
}

/* A paragraph longer than this is none a person wrote: a page that lost
 * its line breaks, or no prose at all.  It is divided at sentence ends into
 * pieces of about PIECE_BYTES, so that no paragraph makes the reader's
 * text view, the PDF's layout or the analysis's work on a paragraph grow
 * with the square of its length (a 1 MB line kept the window busy for
 * minutes).  The longest paragraphs of news articles are about 2 KB. */
#define LONGEST_PARAGRAPH 8192
#define PIECE_BYTES 2048

static gsize
skip_spaces (const char *text,
             gsize       at,
             gsize       len)
{
  while (at < len && g_ascii_isspace (text[at]))
    at++;
  return at;
}

/* Where to cut a sentence too long to be a paragraph: the last space in
 * the second half of its next piece, or else a character's start. */
static gsize
cut_long_sentence (const char *text,
                   gsize       start)
{
  gsize cut = start + PIECE_BYTES;

  for (gsize at = cut; at > start + PIECE_BYTES / 2; at--)
    if (text[at - 1] == ' ')
      return at;
  while (cut > start && ((guchar) text[cut] & 0xC0) == 0x80)
    cut--;
  return cut;
}

static DossierParagraph *
add_piece (DossierDocument      *document,
           const char           *text,
           gsize                 start,
           gsize                 end,
           DossierParagraphKind  kind,
           const Unit           *unit,
           guint                *n_pieces)
{
  while (end > start && g_ascii_isspace (text[end - 1]))
    end--;
  if (end == start)
    return NULL;
  (*n_pieces)++;
  return dossier_document_add_paragraph (document, text + start, end - start, kind,
                                         unit->first_line, unit->last_line);
}

/* Adds @unit's text (or @len bytes of @text, a part of it) as a paragraph,
 * or as several when it is too long to be one; returns the last. */
static DossierParagraph *
add_paragraph (DossierDocument      *document,
               const Unit           *unit,
               const char           *text,
               gsize                 len,
               DossierParagraphKind  kind)
{
  g_autoptr(GArray) sentences = NULL;
  DossierParagraph *last = NULL, *added;
  gsize piece = 0;
  guint n_pieces = 0;

  if (len <= LONGEST_PARAGRAPH)
    return dossier_document_add_paragraph (document, text, len, kind, unit->first_line, unit->last_line);

  sentences = g_array_new (FALSE, FALSE, sizeof (DossierSpan));
  dossier_sentences_split (text, len, sentences);
  for (guint i = 0; i <= sentences->len; i++)
    {
      gsize start = i < sentences->len ? g_array_index (sentences, DossierSpan, i).start : len;
      gsize end = i < sentences->len ? g_array_index (sentences, DossierSpan, i).end : len;

      /* The piece so far ends before this sentence when the sentence
       * would make it too long. */
      if (start > piece && end - piece > PIECE_BYTES)
        {
          if ((added = add_piece (document, text, piece, start, kind, unit, &n_pieces)) != NULL)
            last = added;
          piece = skip_spaces (text, start, len);
        }
      /* A sentence longer than a paragraph may be is cut where it can be. */
      while (end - piece > LONGEST_PARAGRAPH)
        {
          gsize cut = cut_long_sentence (text, piece);

          if ((added = add_piece (document, text, piece, cut, kind, unit, &n_pieces)) != NULL)
            last = added;
          piece = skip_spaces (text, cut, len);
        }
    }
  if ((added = add_piece (document, text, piece, len, kind, unit, &n_pieces)) != NULL)
    last = added;
  dossier_document_add_warning (document,
                                _("a paragraph of %'lu bytes (line %u) had no breaks; "
                                  "it was divided at its sentences into %u"),
                                (gulong) len, unit->first_line, n_pieces);
  return last;
}

static void
emit (Cleaner *cleaner)
{
  DossierDocument *document = cleaner->document;

  for (guint i = 0; i < cleaner->units->len; i++)
    {
      Unit *unit = &g_array_index (cleaner->units, Unit, i);
      gboolean kept = unit->role == ROLE_BODY || unit->role == ROLE_QUOTE ||
                      unit->role == ROLE_HEADING || unit->role == ROLE_LIST_ITEM;

      if (unit->glued_tail != NULL)
        {
          if (kept)
            dossier_document_add_removed (document, unit->last_line, unit->last_line,
                                          DOSSIER_REMOVED_BOILERPLATE, unit->glued_tail);
          else
            {
              /* Removed whole: report it as it was. */
              char *whole = g_strconcat (unit->text, " ", unit->glued_tail, NULL);
              g_free (unit->text);
              unit->text = whole;
              unit->len = strlen (whole);
            }
        }

      switch (unit->role)
        {
        case ROLE_BODY:
          {
            gunichar first = g_utf8_get_char (unit->text);
            gboolean whole_quote = is_opening_quote (first) && first != '\'' &&
                                   unit->len > 2 && is_closing_quote (g_utf8_get_char (
                                     g_utf8_find_prev_char (unit->text, unit->text + unit->len)));
            /* A paragraph that is one quotation with no attribution around
             * it is a block quote; "“…,” he said." is body text. */
            if (whole_quote)
              {
                int quotes = 0;
                for (const char *p = unit->text; *p; p = g_utf8_next_char (p))
                  {
                    gunichar c = g_utf8_get_char (p);
                    if (c == '"' || c == 0x201C || c == 0x201D)
                      quotes++;
                  }
                whole_quote = quotes == 2;
              }
            add_paragraph (document, unit, unit->text, unit->len,
                           whole_quote ? DOSSIER_PARAGRAPH_QUOTE : DOSSIER_PARAGRAPH_BODY);
          }
          break;
        case ROLE_QUOTE:
          {
            DossierParagraph *paragraph = add_paragraph (document, unit, unit->text, unit->len,
                                                         DOSSIER_PARAGRAPH_QUOTE);
            if (paragraph != NULL)
              paragraph->attribution = g_steal_pointer (&unit->attribution);
          }
          break;
        case ROLE_HEADING:
          {
            /* Headings are often set in quotes: "'In this for the long haul'". */
            const char *start = unit->text;
            gsize len = unit->len;
            gunichar first = g_utf8_get_char (start);
            const char *last = g_utf8_find_prev_char (start, start + len);
            if (len > 2 && is_opening_quote (first) && is_closing_quote (g_utf8_get_char (last)))
              {
                const char *inner = g_utf8_next_char (start);
                len = last - inner;
                start = inner;
              }
            add_paragraph (document, unit, start, len, DOSSIER_PARAGRAPH_HEADING);
          }
          break;
        case ROLE_LIST_ITEM:
          add_paragraph (document, unit, unit->text, unit->len, DOSSIER_PARAGRAPH_LIST_ITEM);
          break;
        case ROLE_TITLE:
          dossier_document_add_removed (document, unit->first_line, unit->last_line,
                                        DOSSIER_REMOVED_TITLE, unit->text);
          break;
        case ROLE_BYLINE:
          dossier_document_add_removed (document, unit->first_line, unit->last_line,
                                        DOSSIER_REMOVED_BYLINE, unit->text);
          break;
        case ROLE_DATELINE:
          dossier_document_add_removed (document, unit->first_line, unit->last_line,
                                        DOSSIER_REMOVED_DATELINE, unit->text);
          break;
        case ROLE_CAPTION:
          /* A caption repeated with its credit appended is one caption. */
          if (document->captions->len == 0 ||
              !g_str_has_prefix (unit->text, g_ptr_array_index (document->captions, document->captions->len - 1)))
            g_ptr_array_add (document->captions, g_strdup (unit->text));
          dossier_document_add_removed (document, unit->first_line, unit->last_line,
                                        DOSSIER_REMOVED_CAPTION, unit->text);
          break;
        case ROLE_BOILERPLATE:
        case ROLE_NONE:
        default:
          dossier_document_add_removed (document, unit->first_line, unit->last_line,
                                        DOSSIER_REMOVED_BOILERPLATE, unit->text);
          break;
        }
    }

  /* Removed ranges are reported in input order. */
  {
    GArray *removed = document->removed;
    for (guint i = 1; i < removed->len; i++)
      {
        DossierRemoved current = g_array_index (removed, DossierRemoved, i);
        guint j = i;
        while (j > 0 && g_array_index (removed, DossierRemoved, j - 1).first_line > current.first_line)
          {
            g_array_index (removed, DossierRemoved, j) = g_array_index (removed, DossierRemoved, j - 1);
            j--;
          }
        g_array_index (removed, DossierRemoved, j) = current;
      }
  }
}

char *
dossier_join_names (GPtrArray *names)
{
  GString *joined = g_string_new (NULL);

  g_return_val_if_fail (names != NULL && names->len > 0, NULL);

  for (guint i = 0; i < names->len; i++)
    {
      if (i > 0)
        g_string_append (joined, i + 1 == names->len ? " and " : ", ");
      g_string_append (joined, g_ptr_array_index (names, i));
    }
  return g_string_free (joined, FALSE);
}

DossierDocument *
dossier_clean_text (const char                *text,
                    gsize                      len,
                    const DossierCleanOptions *options,
                    GError                   **error)
{
  Cleaner cleaner = { 0 };
  g_autoptr(GHashTable) echo_counts = NULL;
  g_autoptr(GPtrArray) echo_tail_keys = NULL;
  g_autoptr(DossierDocument) document = NULL;
  const char *start;

  g_return_val_if_fail (text != NULL || len == 0, NULL);

  cleaner.units = g_array_new (FALSE, TRUE, sizeof (Unit));
  g_array_set_clear_func (cleaner.units, unit_clear);
  cleaner.document = document = dossier_document_new ();
  cleaner.structured = options != NULL && options->structured;
  cleaner.marker_date = (DossierDate) DOSSIER_DATE_INIT;
  word_set_init (&cleaner.function_words, function_words, G_N_ELEMENTS (function_words));
  first_word_index_init (&cleaner.furniture_first_words, furniture_phrases, G_N_ELEMENTS (furniture_phrases));

  start = read_date_marker (&cleaner, text, len);
  split_units (&cleaner, start, len - (start - text));

  /* English prose is a third function words or more; a page whose long
   * lines have almost none is in another language (Japanese with a few
   * English product names counts its characters, not its runs of them). */
  {
    gsize words = 0, grammar = 0, bytes = 0;
    for (guint i = 0; i < cleaner.units->len; i++)
      {
        Unit *unit = &g_array_index (cleaner.units, Unit, i);
        if (unit->len < 60)
          continue;
        /* Only a line of few, long "words" can be in a script without
         * spaces; counting its characters is for those alone. */
        words += unit->len > unit->words * 12 ? foreign_size (unit) : unit->words;
        grammar += unit->function_words;
        bytes += unit->len;
      }
    cleaner.foreign = bytes >= 200 && grammar * 100 < words * 8;
  }

  for (guint i = 0; i < cleaner.units->len; i++)
    {
      Unit *unit = &g_array_index (cleaner.units, Unit, i);
      if (unit->words >= 6)
        strip_glued_tail (&cleaner, unit);
      classify (&cleaner.furniture_first_words, unit, cleaner.foreign);
      /* The text may change from here on; the sample would not follow. */
      g_clear_pointer (&unit->lower, g_free);
    }

  /* The marker shares its line with the first paragraph. */
  if (cleaner.units->len > 0 && cleaner.marker_line != NULL)
    strip_wire_prefix (&cleaner, &g_array_index (cleaner.units, Unit, 0));
  else if (cleaner.units->len > 0)
    strip_wire_prefix (&cleaner, &g_array_index (cleaner.units, Unit, 0));

  find_body (&cleaner);
  if (cleaner.body_end <= cleaner.body_start)
    {
      g_array_unref (cleaner.units);
      g_free (cleaner.marker_line);
      g_free (cleaner.prefix_outlet);
      g_set_error (error, DOSSIER_CORE_ERROR, DOSSIER_CORE_ERROR_NO_ARTICLE,
                   _("no article text was found (only menus, links or short lines)"));
      return NULL;
    }

  /* A wire prefix is only credible on the first body paragraph. */
  if (cleaner.prefix_outlet == NULL && cleaner.body_start < cleaner.units->len)
    strip_wire_prefix (&cleaner, &g_array_index (cleaner.units, Unit, cleaner.body_start));
  if (cleaner.prefix_outlet == NULL && cleaner.body_start < cleaner.units->len)
    strip_place_dateline (&cleaner, &g_array_index (cleaner.units, Unit, cleaner.body_start));

  echo_counts = g_hash_table_new (compare_key_hash, g_str_equal);
  echo_tail_keys = g_ptr_array_new_with_free_func (g_free);
  count_echo_keys (&cleaner, echo_counts, echo_tail_keys);
  read_page_head (&cleaner, echo_counts);
  /* The counts borrow the compare keys freed below. */
  g_clear_pointer (&echo_counts, g_hash_table_unref);
  g_clear_pointer (&echo_tail_keys, g_ptr_array_unref);
  /* Later steps change texts; what was read from them would not follow. */
  for (guint i = 0; i < cleaner.units->len; i++)
    {
      Unit *unit = &g_array_index (cleaner.units, Unit, i);
      g_clear_pointer (&unit->compare_key, g_free);
      unit->date_line_state = 0;
    }
  read_body (&cleaner);
  find_outlet (&cleaner);
  emit (&cleaner);

  g_array_unref (cleaner.units);
  g_free (cleaner.marker_line);
  g_free (cleaner.prefix_outlet);
  return g_steal_pointer (&document);
}

DossierDocument *
dossier_clean_bytes (const guint8              *bytes,
                     gsize                      len,
                     const DossierCleanOptions *options,
                     GError                   **error)
{
  DossierDecodedText decoded;
  DossierDocument *document;

  if (!dossier_text_decode (bytes, len, options ? options->max_size : 0, &decoded, error))
    return NULL;

  document = dossier_clean_text (decoded.text, decoded.len, options, error);
  if (document != NULL)
    {
      document->encoding = decoded.encoding;
      if (decoded.warning != NULL)
        dossier_document_add_warning (document, "%s", decoded.warning);
    }
  dossier_decoded_text_clear (&decoded);
  return document;
}
