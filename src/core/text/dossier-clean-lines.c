/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Lines: the page cut into the units the cleaner weighs, and what each
 * one is.  A unit is a line with its bullet and surrounding white space
 * trimmed (hard-wrapped lines re-joined); it gets features (words, the
 * share of function words, whether it ends as a sentence does, whether it
 * marks the article's end or a photo's credit) and a quality: good prose,
 * near-good prose, short, or page furniture.  The word lists the features
 * are weighed with are those of data/words/ (dossier-clean-words.h). */

#include "config.h"

#include "dossier-clean-lines.h"

#include <string.h>

#include "dossier-bytes.h"
#include "dossier-characters.h"
#include "dossier-clean-date-lines.h"
#include "dossier-clean-words.h"
#include "dossier-debug.h"
#include "dossier-outlets.h"
#include "dossier-word-lists.h"

/* Whether the @n bytes of @stripped start with the first words of a box
 * of other articles ("Related coverage", "Most read in world news"): an
 * item of tail-marker-starts.txt, as whole words. */
static gboolean
starts_with_tail_marker (const CleanWords *words,
                         const char       *stripped,
                         gsize             n)
{
  const SortedList *starts = &words->tail_marker_starts;

  if (n == 0)
    return FALSE;
  /* Sorted: those that start with the line's first byte are neighbours. */
  for (gsize i = words->tail_marker_start_first[(guchar) stripped[0]];
       i < words->tail_marker_start_end[(guchar) stripped[0]]; i++)
    {
      gsize k;
      k = strlen (starts->items[i]);
      if (n >= k && memcmp (stripped, starts->items[i], k) == 0 &&
          (n == k || !g_ascii_isalnum (stripped[k]) || !g_ascii_isalnum (stripped[k - 1])))
        return TRUE;
    }
  return FALSE;
}

/* The ASCII bytes of words: letters, digits, apostrophe and hyphen.  One
 * table lookup instead of g_ascii_isalnum () and two comparisons: the
 * features read every byte of every line. */
static const guint8 ascii_word_bytes[128] = {
  ['0' ... '9'] = 1, ['A' ... 'Z'] = 1, ['a' ... 'z'] = 1, ['\''] = 3, ['-'] = 1,
};

/* The bit of ascii_word_bytes that marks the apostrophe. */
#define APOSTROPHE_BIT 2

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

/* Furniture phrases found in the lower-case @text, counted once each: for
 * every word, the phrases that start with it are compared in place. */
static guint
count_furniture_phrases (const CleanWords *words,
                         const char       *text)
{
  const char * const *furniture_phrases = words->furniture_phrases.items;
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

      /* The rest of the word, to the next space: read in place, words
       * being short. */
      while (*p != '\0' && *p != ' ')
        p++;
      word_len = p - word;
      while (*p == ' ')
        p++;

      if (word_len == 0)
        continue;
      run = _dossier_first_word_index_lookup (&words->furniture_first_words, furniture_phrases, word, word_len);
      if (run == NULL)
        continue;

      for (guint i = run->first; i < (guint) run->first + run->count; i++)
        {
          const char *phrase = furniture_phrases[i];
          gsize phrase_len = 0;

          /* Whether the text goes on with the phrase, and the phrase's
           * length, in one walk. */
          while (phrase[phrase_len] != '\0' && word[phrase_len] == phrase[phrase_len])
            phrase_len++;
          if (phrase[phrase_len] != '\0')
            continue;
          /* Long phrases count even glued to the next word, as copies of
           * adjacent links come ("Skip to main contentSkip to navigation"). */
          if (!g_ascii_isalnum (word[phrase_len]) || !g_ascii_isalnum (phrase[phrase_len - 1]) ||
              phrase_len >= 12)
            {
              hits++;
              break;
            }
        }
    }
  return hits;
}

/* Lowercase copy of at most the first and last 1 000 bytes: furniture is
 * short, and a 10 MB line must not cost a scan per phrase. */
/* The small letter of each character of Latin-1 and Latin Extended-A
 * (U+00C0 to U+017F), as g_utf8_strdown () makes it, or 0 where it does
 * not take that character alone: U+0130 becomes two characters, and in a
 * Lithuanian locale U+00CC, U+00CD, U+0128 and U+012E may. */
static const gunichar *
latin_lower (void)
{
  static gunichar *table;

  if (g_once_init_enter (&table))
    {
      gunichar *made = g_new0 (gunichar, 0x180 - 0xC0);

      for (gunichar c = 0xC0; c < 0x180; c++)
        if (c != 0x130 && c != 0x12E && c != 0xCC && c != 0xCD && c != 0x128)
          made[c - 0xC0] = g_unichar_tolower (c);
      g_once_init_leave (&table, made);
    }
  return table;
}

/* g_utf8_strdown () of @lower (@len bytes, ASCII already folded), in
 * place, where every character beyond ASCII is one of latin_lower ()'s
 * (their small letters take two bytes too) or a sign without case; FALSE,
 * and @lower untouched, where one is not. */
static gboolean
fold_latin (char  *lower,
            gsize  len)
{
  const gunichar *table = latin_lower ();

  /* Asked first, folded after: nothing is changed unless all can be. */
  for (int pass = 0; pass < 2; pass++)
    for (gsize i = 0; i < len; i++)
      {
        guchar c = lower[i];
        gunichar u, folded;

        if (c < 0x80)
          continue;
        /* U+0080 to U+00BF and U+2000 to U+203F (spaces, dashes, curly
         * quotes) are no capitals: g_utf8_strdown () leaves them, and so
         * may this. */
        if (c == 0xC2 && i + 1 < len && ((guchar) lower[i + 1] & 0xC0) == 0x80)
          {
            i++;
            continue;
          }
        if (c == 0xE2 && i + 2 < len && (guchar) lower[i + 1] == 0x80 && ((guchar) lower[i + 2] & 0xC0) == 0x80)
          {
            i += 2;
            continue;
          }
        if (c < 0xC3 || c > 0xC5 || i + 1 >= len || ((guchar) lower[i + 1] & 0xC0) != 0x80)
          return FALSE;
        u = ((gunichar) (c & 0x1F) << 6) | ((guchar) lower[i + 1] & 0x3F);
        folded = table[u - 0xC0];
        if (folded < 0x80 || folded >= 0x800)
          return FALSE;
        if (pass == 1)
          {
            lower[i] = (char) (0xC0 | (folded >> 6));
            lower[i + 1] = (char) (0x80 | (folded & 0x3F));
          }
        i++;
      }
  return TRUE;
}

/* Lowercase copy of at most the first and last 1 000 bytes: furniture is
 * short, and a 10 MB line must not cost a scan per phrase.  Its length
 * goes to @sample_len. */
static char *
lowercase_sample (const char *text,
                  gsize       len,
                  guint       words,
                  gsize      *sample_len)
{
  /* Units hold no NUL, so the copy is by length. */
  static const char ellipsis[] = " … ";
  gsize size = len <= 2000 ? len : 2000 + sizeof ellipsis - 1;
  char *lower = g_malloc (size + 1);
  char *out = lower;
  gsize first_high;

  if (len <= 2000)
    out = _dossier_ascii_lower_copy (out, text, len);
  else
    {
      out = _dossier_ascii_lower_copy (out, text, 1000);
      memcpy (out, ellipsis, sizeof ellipsis - 1);
      out += sizeof ellipsis - 1;
      out = _dossier_ascii_lower_copy (out, text + len - 1000, 1000);
    }
  *out = '\0';
  *sample_len = out - lower;
  /* Capitals of the Latin alphabets beyond ASCII ("Ähnliche Artikel",
   * "Świat") are folded too, where a line has them: their lead bytes are
   * C3 to C5.  A line cut for its sample could end inside a character. */
  if (len > 2000 || words > 40)
    return lower;
  first_high = dossier_bytes_skip_ascii (lower, 0, *sample_len);
  if (first_high == *sample_len)
    return lower;
  /* One search for the three lead bytes, where a line's curly quotes
   * alone would have it read byte by byte. */
  if (strpbrk (lower + first_high, "\xC3\xC4\xC5") != NULL)
    {
      char *folded;

      /* Most such lines are Latin letters alone: folded in place, as
       * g_utf8_strdown () would, without its tables per character. */
      if (fold_latin (lower + first_high, *sample_len - first_high))
        return lower;
      folded = g_utf8_strdown (lower, -1);
      g_free (lower);
      *sample_len = strlen (folded);
      return folded;
    }
  return lower;
}

/* Counts the function words of each language in @mask, a word's value
 * in the function-word set, into @unit. */
static inline void
count_function_word (Unit  *unit,
                     guint  mask)
{
  while (mask != 0)
    {
      unit->language_words[__builtin_ctz (mask)]++;
      mask &= mask - 1;
    }
}

/* The function word a word starts with before an apostrophe, as French
 * and Italian elide them ("l'homme", "dell'anno", "qu’il"): its value in
 * the function-word set, or 0. */
static guint
elided_function_word (const CleanWords *words,
                      const char       *start,
                      gsize             word_len)
{
  for (gsize i = 1; i < MIN (word_len, 6); i++)
    {
      gboolean curly = (guchar) start[i] == 0xE2 && i + 2 < word_len && (guchar) start[i + 1] == 0x80 &&
                       (guchar) start[i + 2] == 0x99;
      if (start[i] == '\'' || curly)
        {
          guint64 key = 0;
          char *key_bytes = (char *) &key;

          if (i + 1 >= word_len)
            return 0;
          for (gsize k = 0; k < i; k++)
            key_bytes[k] = _dossier_ascii_lower (start[k]);
          key_bytes[i] = '\'';
          return _dossier_word_set_lookup_key (&words->function_words, key);
        }
      if ((guchar) start[i] >= 0x80 && (guchar) start[i] < 0xC0)
        continue;
    }
  return 0;
}

/* What each byte is to count_words (): a byte of an ASCII word (with
 * WORD_BYTE_APOSTROPHE for the apostrophe), a capital, or a byte of a
 * character beyond ASCII that only its decoding tells.  One look-up per
 * byte, with no separate test for ASCII first. */
enum
{
  WORD_BYTE_ASCII = 1,
  WORD_BYTE_APOSTROPHE = APOSTROPHE_BIT,
  WORD_BYTE_HIGH = 4,
  WORD_BYTE_CAPITAL = 8,
};

static const guint8 word_byte_kinds[256] = {
  ['0' ... '9'] = WORD_BYTE_ASCII,
  ['A' ... 'Z'] = WORD_BYTE_ASCII | WORD_BYTE_CAPITAL,
  ['a' ... 'z'] = WORD_BYTE_ASCII,
  ['\''] = WORD_BYTE_ASCII | WORD_BYTE_APOSTROPHE,
  ['-'] = WORD_BYTE_ASCII,
  [0x80 ... 0xFF] = WORD_BYTE_HIGH,
};

/* Counts the words of the @len bytes at @text into @unit: words,
 * capitalised words, the function words of each language.  Words end at
 * any byte that is no word character, so the counts of two texts joined
 * by a space are the sums of theirs. */
static void
count_words (const CleanWords *words,
             Unit             *unit,
             const char       *text,
             gsize             len)
{
  const char *p = text;
  const char *end = text + len;

  for (;;)
    {
      const char *start;
      gsize word_len;
      guint apostrophe;
      guint mask = 0;
      guint kind;

      /* To the next word: ASCII bytes by the table alone, a character
       * beyond ASCII decoded. */
      for (;;)
        {
          if (p >= end)
            return;
          kind = word_byte_kinds[(guchar) *p];
          if (kind & WORD_BYTE_ASCII)
            break;
          if (kind == 0)
            p++;
          else if (is_word_char (p))
            break;
          else
            p = g_utf8_next_char (p);
        }
      start = p;
      /* Elided function words ("l'homme", "qu’il") are looked for only in
       * a word with an apostrophe. */
      apostrophe = 0;
      while (p < end)
        {
          kind = word_byte_kinds[(guchar) *p];
          if (kind & WORD_BYTE_ASCII)
            {
              apostrophe |= kind;
              p++;
            }
          else if (kind != 0 && is_word_char (p))
            {
              apostrophe |= (guchar) *p == 0xE2 ? APOSTROPHE_BIT : 0;
              p = g_utf8_next_char (p);
            }
          else
            break;
        }

      unit->words++;
      kind = word_byte_kinds[(guchar) *start];
      if ((kind & WORD_BYTE_CAPITAL) || ((kind & WORD_BYTE_HIGH) && starts_upper (start)))
        unit->capitalised_words++;
      word_len = p - start;
      /* No function word is longer than eight bytes. */
      if (word_len <= 8)
        {
          /* Lower-cased straight into its key, as pack_word () would
           * pack it: eight bytes at once where the text goes on that
           * far, the bytes past the word masked off. */
          guint64 key;

          if (end - start >= 8)
            {
              key = dossier_bytes_load (start);
              if (word_len < 8)
                key &= (G_GUINT64_CONSTANT (1) << (8 * word_len)) - 1;
            }
          else
            {
              key = 0;
              memcpy (&key, start, word_len);
            }
          mask = _dossier_word_set_lookup_key (&words->function_words, dossier_bytes_ascii_down (key));
        }
      if (mask == 0 && (apostrophe & APOSTROPHE_BIT) && word_len > 2)
        mask = elided_function_word (words, start, word_len);
      count_function_word (unit, mask);
    }
}

/* The features of @unit that its words do not add up to: how it ends,
 * its sample, whether it is a tail marker, a source line or a credit. */
static void
finish_features (const CleanWords *words,
                 Language          language,
                 Unit             *unit)
{
  const char *lower;
  gsize lower_len;
  const char *last;

  unit->function_words = unit->language_words[language];

  unit->terminal = dossier_text_ends_as_sentence (unit->text, unit->len);
  last = unit->len > 0 ? g_utf8_find_prev_char (unit->text, unit->text + unit->len) : NULL;
  unit->ends_with_colon = last != NULL && *last == ':';

  /* Kept for classify (), which reads the same sample. */
  g_free (unit->lower);
  unit->lower = lowercase_sample (unit->text, unit->len, unit->words, &lower_len);
  lower = unit->lower;
  {
    /* The sample stripped of spaces and of final colons and dots, in place. */
    const char *stripped = lower;
    gsize n = lower_len;

    while (n > 0 && g_ascii_isspace (*stripped))
      {
        stripped++;
        n--;
      }
    while (n > 0 && g_ascii_isspace (stripped[n - 1]))
      n--;
    while (n > 0 && (stripped[n - 1] == ':' || stripped[n - 1] == '.'))
      n--;
    unit->tail_marker = _dossier_sorted_list_contains (&words->tail_markers, stripped, n) ||
                        (unit->words <= 5 && !unit->terminal && starts_with_tail_marker (words, stripped, n));
  }

  /* "Source: Kansas City Board of Trade", "(Fuente: Noticiassin.com)". */
  {
    const char *start = lower + (lower[0] == '(');
    unit->source_line = FALSE;
    /* Every prefix ends with a colon. */
    if (unit->words <= 15 && strchr (start, ':') != NULL)
      for (guint i = 0; i < dossier_words_source_line_prefixes.n_words && !unit->source_line; i++)
        unit->source_line = _dossier_has_prefix (start, dossier_words_source_line_prefixes.words[i]);
  }

  /* Credits are short; a long paragraph that says "copyright" is prose. */
  unit->credit = unit->words <= 60 && dossier_phrase_set_search (words->credit_phrase_set, lower, lower_len);
}

static void
compute_features (const CleanWords *words,
                  Language          language,
                  Unit             *unit)
{
  unit->words = 0;
  unit->function_words = 0;
  unit->capitalised_words = 0;
  memset (unit->language_words, 0, sizeof unit->language_words);
  count_words (words, unit, unit->text, unit->len);
  finish_features (words, language, unit);
}

/* "Gulf PressGulf Press": a logo whose text and alt text were both copied. */
char *
_dossier_clean_doubled_name (const char *text,
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

/* How many widget words close @lower, one after another, where its last
 * word ends no sentence (a full stop, a question or a quotation after it
 * is prose: "… on Facebook and Twitter."). */
#define SHARE_BAR_WORDS 4

static guint
trailing_widget_words (const CleanWords *words,
                       const char       *lower)
{
  const char *p = lower;
  guint run = 0;
  gsize len = strlen (lower);

  while (len > 0 && (lower[len - 1] == ' ' || lower[len - 1] == '\t'))
    len--;
  if (len == 0 || strchr (".!?\"'", lower[len - 1]) != NULL || (guchar) lower[len - 1] >= 0x80)
    return 0;
  while (*p != '\0')
    {
      const char *word = p;

      while (*p != '\0' && !is_widget_separator (*p))
        p++;
      if (p > word)
        run = _dossier_sorted_list_contains (&words->widget_words, word, p - word) ? run + 1 : 0;
      if (*p != '\0')
        p++;
    }
  return run;
}

/* What makes @unit page furniture, in a few words for debug messages, or
 * NULL when it is none. */
/* How many social media handles ("@SiteNews") @text names: an "@" at
 * the start of a word, then two letters, digits or underscores at least
 * (an address, "name@site.org", has letters before its "@"). */
static guint
count_handles (const char *text,
               gsize       len)
{
  guint handles = 0;

  for (const char *at = memchr (text, '@', len); at != NULL;
       at = memchr (at + 1, '@', len - (at + 1 - text)))
    {
      gsize i = at - text;

      if ((i == 0 || text[i - 1] == ' ' || text[i - 1] == '(' || text[i - 1] == ',') && i + 2 < len &&
          (g_ascii_isalnum (text[i + 1]) || text[i + 1] == '_') && (g_ascii_isalnum (text[i + 2]) || text[i + 2] == '_'))
        handles++;
      if (i + 1 >= len)
        break;
    }
  return handles;
}

static const char *
furniture_kind (const CleanWords *words,
                Unit             *unit,
                gboolean          structured)
{
  const char *lower = unit->lower;
  g_autofree char *doubled = NULL;
  guint hits = 0;

  if (unit->words == 0)
    return "no words";

  doubled = _dossier_clean_doubled_name (unit->text, unit->len);
  if (doubled != NULL)
    return "a logo's name twice";

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
              if (_dossier_sorted_list_contains (&words->widget_words, word, p - word))
                widget++;
            }
          if (*p != '\0')
            p++;
        }
      if (counted > 0 && widget * 2 >= counted + (counted > 2))
        return "widget words";
    }
  /* A share bar closing a longer line, which ends no sentence: "… 30 Nov
   * 2018, 04:03 IST SHARE Share Options × Facebook Twitter Flipboard
   * Reddit Google+ Email". */
  else if (trailing_widget_words (words, lower) >= SHARE_BAR_WORDS)
    return "a share bar";

  hits = count_furniture_phrases (words, lower);

  /* A short line with one furniture phrase is furniture; a paragraph of
   * prose needs two (an article may say "sign up" once). */
  if (hits >= 2 || (hits == 1 && unit->words <= 15))
    return "furniture phrases";

  /* Breadcrumbs: "Site > Section > Headline".  Asked only of lines that do
   * not end as sentences do: prose paragraphs skip the three searches. */
  if (!unit->terminal &&
      /* The separators' last bytes (">", and BA and BB of "›" and "»")
       * are rare: one search for them says no for most lines. */
      strpbrk (unit->text, ">\xBA\xBB") != NULL &&
      (strstr (unit->text, " > ") != NULL || strstr (unit->text, " › ") != NULL ||
       strstr (unit->text, " » ") != NULL))
    return "a breadcrumb";

  /* Counts: "235.3k Followers Like", "3 Min Read". */
  if (unit->words <= 4 && g_ascii_isdigit (unit->text[0]) && !unit->terminal &&
      (strstr (lower, "follower") || strstr (lower, "subscriber") || strstr (lower, "read") ||
       strstr (lower, "view") || strstr (lower, "comment") || strstr (lower, "share") ||
       strstr (lower, "like")))
    return "a count of followers, reads or shares";

  /* A teaser of a most-read list, its count first: "14166 Views Loud
   * explosion heard in the capital". */
  if (unit->words <= 25 && g_ascii_isdigit (unit->text[0]) && !unit->terminal)
    {
      const char *p = lower;

      while (g_ascii_isdigit (*p) || *p == ',' || *p == '.')
        p++;
      if (*p == 'k' || *p == 'm')
        p++;
      if (*p == ' ' && (g_str_has_prefix (p + 1, "views ") || g_str_has_prefix (p + 1, "reads ") ||
                        g_str_has_prefix (p + 1, "comments ")))
        return "a teaser with its count of views";
    }

  /* The site's accounts: "Stay connected with @Site, @SiteNews and …";
   * not a post quoted in the article ("“Governor @Name …” he wrote"). */
  if (unit->words <= 40 && count_handles (unit->text, unit->len) >= 2 &&
      memchr (unit->text, '"', unit->len) == NULL && strstr (unit->text, "“") == NULL &&
      strstr (unit->text, "”") == NULL && strstr (unit->text, "«") == NULL)
    return "a list of social media accounts";

  /* Copyright lines of the site itself. */
  if (unit->words <= 20 && (_dossier_has_prefix (lower, "©") || _dossier_has_prefix (lower, "copyright") ||
                            _dossier_has_prefix (lower, "(c)")))
    return "a copyright line";

  /* A line that is only punctuation ("//", "—"). */
  {
    gboolean any_alnum = FALSE;
    for (const char *p = unit->text; *p && !any_alnum; p = g_utf8_next_char (p))
      any_alnum = g_unichar_isalnum (g_utf8_get_char (p));
    if (!any_alnum)
      return "punctuation only";
  }

  /* Menu bars copied as one line: many capitalised words and no grammar
   * ("Newsletter Newsletters Events Events Podcasts Videos").  From markup,
   * menus are left out with their <nav>, and such a line is a table's
   * header row ("Hersteller/Modell Preis Isofix Note").  Not a headline
   * in capitals with its commas ("Dallas Ebola Patient, Thomas Eric
   * Duncan, Dies"): a menu's items are not set apart by them (a credit,
   * "Jim Brunsden, European Voice", is shorter). */
  if (!structured && unit->words >= 4 && unit->function_words == 0 &&
      unit->capitalised_words == unit->words && !unit->terminal &&
      (unit->words < 6 || memchr (unit->text, ',', unit->len) == NULL))
    return "a menu bar";

  return NULL;
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
classify (const CleanWords *words,
          Unit             *unit,
          gboolean          foreign,
          gboolean          structured)
{
  double density = unit->words > 0 ? (double) unit->function_words / unit->words : 0.0;

  unit->furniture = furniture_kind (words, unit, structured);
  if (unit->furniture != NULL)
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

/* g_unichar_isspace () of an ASCII character: tab, line feed, form feed,
 * carriage return and space (not the vertical tab). */
static inline gboolean
is_ascii_space (guchar c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
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
      gunichar c;

      /* Most lines start and end with an ASCII letter or stop: told
       * without decoding. */
      if ((guchar) *start < 0x80 && !is_ascii_space (*start))
        break;
      c = g_utf8_get_char (start);
      if (!g_unichar_isspace (c) && c != 0xFEFF && c != 0x200B)
        break;
      start = g_utf8_next_char (start);
    }
  while (end > start)
    {
      const char *prev;
      gunichar c;

      if ((guchar) end[-1] < 0x80 && !is_ascii_space (end[-1]))
        break;
      prev = g_utf8_find_prev_char (start, end);
      c = g_utf8_get_char (prev);
      if (!g_unichar_isspace (c) && c != 0xFEFF && c != 0x200B)
        break;
      end = prev;
    }
  *start_inout = start;
  *end_inout = end;
}

char *
_dossier_clean_trim_copy (const char *start,
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

/* g_ascii_toupper (), inline. */
static inline char
upper_ascii (char c)
{
  return c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c;
}

/* Per byte, which prefixes of each of the two lists of date-line
 * prefixes start with it: bit i for the list's word i; in either case
 * (the prefixes are written in small letters), and as a capital. */
typedef struct
{
  guint64 any_case[2][256];
  guint64 capital[2][256];
  guint64 empty[2];  /* the empty prefixes */
} DateLinePrefixStarts;

static const DateLinePrefixStarts *
date_line_prefix_starts (const DossierWordList * const *lists)
{
  static DateLinePrefixStarts *starts;

  if (g_once_init_enter (&starts))
    {
      DateLinePrefixStarts *made = g_new0 (DateLinePrefixStarts, 1);

      for (gsize l = 0; l < 2; l++)
        {
          g_assert (lists[l]->n_words <= 64);
          for (guint i = 0; i < lists[l]->n_words; i++)
            {
              char first = lists[l]->words[i][0];
              guint64 bit = G_GUINT64_CONSTANT (1) << i;

              if (first == '\0')
                {
                  made->empty[l] |= bit;
                  continue;
                }
              made->any_case[l][(guchar) _dossier_ascii_lower (first)] |= bit;
              made->capital[l][(guchar) upper_ascii (first)] |= bit;
            }
        }
      g_once_init_leave (&starts, made);
    }
  return starts;
}

/* "Regional trains to run every 15 minutes across the three
 * statesPublished October 30, 2024last updated …": a copy glues the
 * headline to the date line under it.  Where a date line's prefix, with
 * its capital, follows three words or more and what it starts reads as a
 * date line, the line is two: @unit keeps the words before it, @date
 * gets the date line (of the same input line). */
static gboolean
split_glued_date (Cleaner *cleaner,
                  Unit    *unit,
                  Unit    *date)
{
  const DossierWordList *lists[] = { &dossier_words_published_line_prefixes, &dossier_words_updated_line_prefixes };
  const DateLinePrefixStarts *starts;
  DossierDate value;
  const char *kind;

  /* A date line has figures; most lines have none. */
  if (unit->words < 4 || unit->words > 60 || unit->terminal || strpbrk (unit->text, "0123456789") == NULL)
    return FALSE;
  starts = date_line_prefix_starts (lists);
  /* "Published November 18, 2023 | Updated May 13, 2024" is one date line.
   * Only the prefixes that start with the line's first letter, in either
   * case, are compared (an empty one would start every line). */
  for (gsize l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint64 starting = starts->any_case[l][(guchar) _dossier_ascii_lower (unit->text[0])] | starts->empty[l];
         starting != 0; starting &= starting - 1)
      {
        const char *prefix = lists[l]->words[__builtin_ctzll (starting)];

        if (g_ascii_strncasecmp (unit->text, prefix, strlen (prefix)) == 0)
          return FALSE;
      }
  /* One pass: a prefix can only start at a capital after a small letter
   * or a space, past the headline's first words. */
  for (const char *at = unit->text + 12; at < unit->text + unit->len; at++)
    {
      if (!g_ascii_isupper (*at) || !(g_ascii_islower (at[-1]) || at[-1] == ' '))
        continue;
      /* The prefixes whose first letter is this capital, in the lists'
       * order. */
      for (gsize l = 0; l < G_N_ELEMENTS (lists); l++)
        for (guint64 starting = starts->capital[l][(guchar) *at]; starting != 0; starting &= starting - 1)
          {
            const char *prefix = lists[l]->words[__builtin_ctzll (starting)];

            if (strncmp (at + 1, prefix + 1, strlen (prefix) - 1) != 0)
              continue;
            date->text = g_strdup (at);
            date->len = strlen (date->text);
            date->first_line = unit->first_line;
            date->last_line = unit->last_line;
            if (!_dossier_clean_unit_date_line (date, &value, &kind))
              {
                _dossier_clean_unit_clear (date);
                memset (date, 0, sizeof *date);
                continue;
              }
            DOSSIER_DEBUG ("clean: line %u is a headline glued to its date line: \"%s\" split off", unit->first_line,
                           date->text);
            compute_features (cleaner->words, cleaner->language, date);
            while (at > unit->text && at[-1] == ' ')
              at--;
            unit->len = at - unit->text;
            unit->text[unit->len] = '\0';
            compute_features (cleaner->words, cleaner->language, unit);
            return TRUE;
          }
    }
  return FALSE;
}

/* Makes room for @size bytes in @unit's text, doubling its buffer. */
static void
grow_text (Unit  *unit,
           gsize  size)
{
  /* The size is known only of the buffer grow_text () made last; any
   * other text was allocated to its length. */
  gsize allocated = unit->text == unit->grown_text ? unit->text_size : unit->len + 1;

  if (size <= allocated)
    return;
  allocated = MAX (size, allocated * 2);
  unit->text = g_realloc (unit->text, allocated);
  unit->grown_text = unit->text;
  unit->text_size = allocated;
}

void
_dossier_clean_split_units (Cleaner    *cleaner,
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
      gsize content_len;
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
        const char *nul;

        /* A bullet is a whole character of the line (the text is valid
         * UTF-8), so the line goes on after it; said for the compiler. */
        g_assert (content_start <= line_end);
        /* A NUL would end the copy early, as in g_strndup (): the length
         * is the copy's, measured once. */
        nul = memchr (content_start, '\0', line_end - content_start);
        content_len = (nul != NULL ? nul : line_end) - content_start;
        content = g_malloc (content_len + 1);
        memcpy (content, content_start, content_len);
        content[content_len] = '\0';
      }

      if (!previous_blank && !bullet && cleaner->units->len > 0)
        {
          Unit *previous = &g_array_index (cleaner->units, Unit, cleaner->units->len - 1);
          if (previous->last_line == line_number - 1 && continues_previous (previous, content))
            {
              /* A paragraph hard-wrapped over many lines grows by each
               * one: its text in a buffer that doubles, its words counted
               * for the new line only (counts add up over a space), so
               * that the paragraph costs its length, not its length times
               * its lines. */
              grow_text (previous, previous->len + 1 + content_len + 1);
              previous->text[previous->len] = ' ';
              memcpy (previous->text + previous->len + 1, content, content_len + 1);
              previous->len += 1 + content_len;
              previous->last_line = line_number;
              count_words (cleaner->words, previous, content, content_len);
              finish_features (cleaner->words, cleaner->language, previous);
              continue;
            }
        }

      {
        Unit unit = { 0 };
        Unit date = { 0 };
        unit.text = g_steal_pointer (&content);
        unit.len = content_len;
        unit.first_line = unit.last_line = line_number;
        unit.bullet = bullet;
        compute_features (cleaner->words, cleaner->language, &unit);
        if (unit.len > 0 && split_glued_date (cleaner, &unit, &date))
          {
            g_array_append_val (cleaner->units, unit);
            g_array_append_val (cleaner->units, date);
          }
        else if (unit.len > 0)
          g_array_append_val (cleaner->units, unit);
        else
          _dossier_clean_unit_clear (&unit);
      }
      previous_blank = FALSE;
    }
}

/* The ASCII bytes that may end a sentence or close a quote. */
static const guint8 sentence_end_bytes[128] = {
  ['.'] = 1, ['!'] = 1, ['?'] = 1, ['"'] = 1, ['\''] = 1,
};

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
      gunichar c;

      /* Most characters are ASCII letters and spaces: passed over without
       * decoding, by one look-up, in a loop of their own. */
      while (p < end && (guchar) *p < 0x80 && !sentence_end_bytes[(guchar) *p])
        p++;
      if (p >= end)
        break;
      if ((guchar) *p < 0x80)
        c = (guchar) *p;
      else
        c = g_utf8_get_char (p);
      if ((c == '.' || c == '!' || c == '?' || dossier_unichar_closes_quote (c)) && p + 1 < end)
        {
          const char *after = g_utf8_next_char (p);
          gunichar next = g_utf8_get_char (after);
          if (next == ' ' && (c != '.' || !g_ascii_isupper (p > unit->text ? p[-1] : 'a') ||
                              (p - unit->text >= 2 && g_ascii_islower (p[-2]))))
            last_stop = after;
          else if (dossier_unichar_closes_quote (next))
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
    g_autofree char *lower = _dossier_ascii_strdown (tail, -1);
    gboolean widget = n_words <= 3 && (_dossier_sorted_list_contains (&cleaner->words->widget_words, lower, strlen (lower)) ||
                                       _dossier_sorted_list_contains (&cleaner->words->tail_markers, lower, strlen (lower)));
    /* A quote card names a person and a role; a credit line has a
     * copyright sign, a year or a slash. */
    gboolean attribution = !widget && n_words >= 2 && capitalised * 3 >= n_words * 2 &&
                           g_unichar_isupper (g_utf8_get_char (words[0])) &&
                           strpbrk (tail, "/©0123456789@") == NULL && strstr (lower, "copyright") == NULL &&
                           strstr (lower, "photo") == NULL;
    /* "… on Feb. 17, 2022. Jonathan Cellona, ABS-CBN News": a
     * photographer and the outlet, the credit of a caption, which keeps
     * it (dossier_paragraph_find_photo_credit () finds it there). */
    const char *comma = g_strrstr (tail, ", ");

    if (attribution && comma != NULL && dossier_outlet_find_by_name (comma + 2, -1, NULL) != NULL)
      return;
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
      compute_features (cleaner->words, cleaner->language, unit);
    }
  }
}

void
_dossier_clean_unit_clear (gpointer data)
{
  Unit *unit = data;

  g_free (unit->text);
  g_free (unit->lower);
  g_free (unit->compare_key);
  g_free (unit->attribution);
  g_free (unit->glued_tail);
}


void
_dossier_clean_lines_init (Cleaner *cleaner)
{
  cleaner->words = _dossier_clean_words ();
}

void
_dossier_clean_classify_units (Cleaner *cleaner)
{
  /* The page's language is the one whose function words its long lines
   * hold most of; prose is a third function words or more, so a page
   * whose long lines have almost none of any language the cleaner knows
   * is in another (Japanese with a few English product names counts its
   * characters, not its runs of them). */
  {
    gsize words = 0, bytes = 0;
    gsize grammar[N_LANGUAGES] = { 0 };
    Language best = LANGUAGE_EN;

    for (guint i = 0; i < cleaner->units->len; i++)
      {
        Unit *unit = &g_array_index (cleaner->units, Unit, i);
        if (unit->len < 60)
          continue;
        /* Only a line of few, long "words" can be in a script without
         * spaces; counting its characters is for those alone. */
        words += unit->len > unit->words * 12 ? foreign_size (unit) : unit->words;
        for (guint language = 0; language < N_LANGUAGES; language++)
          grammar[language] += unit->language_words[language];
        bytes += unit->len;
      }
    for (guint language = 1; language < N_LANGUAGES; language++)
      if (grammar[language] > grammar[best])
        best = language;
    cleaner->language = best;
    cleaner->foreign = bytes >= 200 && grammar[best] * 100 < words * 8;
    if (cleaner->foreign)
      DOSSIER_DEBUG ("clean: %" G_GSIZE_FORMAT " function words in %" G_GSIZE_FORMAT
                     " words of long lines: in no language the cleaner knows, lines weighed by length and full stop",
                     grammar[best], words);
    else if (best != LANGUAGE_EN)
      DOSSIER_DEBUG ("clean: the long lines hold %" G_GSIZE_FORMAT " function words of language %u in %" G_GSIZE_FORMAT
                     " words: lines weighed by those", grammar[best], best, words);
    for (guint i = 0; i < cleaner->units->len; i++)
      {
        Unit *unit = &g_array_index (cleaner->units, Unit, i);
        unit->function_words = unit->language_words[best];
      }
  }

  for (guint i = 0; i < cleaner->units->len; i++)
    {
      Unit *unit = &g_array_index (cleaner->units, Unit, i);
      if (unit->words >= 6)
        strip_glued_tail (cleaner, unit);
      classify (cleaner->words, unit, cleaner->foreign, cleaner->structured);
    }
}

void
_dossier_clean_release_samples (Cleaner *cleaner)
{
  for (guint i = 0; i < cleaner->units->len; i++)
    g_clear_pointer (&g_array_index (cleaner->units, Unit, i).lower, g_free);
}

gboolean
_dossier_clean_ends_like_a_caption (const Unit *unit)
{
  static const char * const days[] = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  };
  const char *end = unit->text + unit->len;
  const char *word = end;

  if (unit->terminal || unit->words < 6 || unit->words > 60)
    return FALSE;
  while (word > unit->text && g_ascii_isalnum (word[-1]))
    word--;
  if (end - word == 4 && (g_str_has_prefix (word, "19") || g_str_has_prefix (word, "20")) &&
      g_ascii_isdigit (word[2]) && g_ascii_isdigit (word[3]))
    return TRUE;
  for (gsize d = 0; d < G_N_ELEMENTS (days); d++)
    if ((gsize) (end - word) == strlen (days[d]) && strncmp (word, days[d], end - word) == 0)
      return TRUE;
  return FALSE;
}
