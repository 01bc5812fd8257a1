/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The page head, above the body: the headline (with its echoes in
 * breadcrumbs and "Reading:" lines), the byline, datelines, the
 * publication date (the collection's date marker, a "Published" line, a
 * dateline, a byline's date), photo captions and the standfirst. */

#include "config.h"

#include "dossier-clean-head.h"

#include <string.h>

#include "dossier-characters.h"
#include "dossier-clean-comments.h"
#include "dossier-clean-date-lines.h"
#include "dossier-clean-lines.h"
#include "dossier-clean-names.h"
#include "dossier-date-expression.h"
#include "dossier-debug.h"
#include "dossier-outlets.h"
#include "dossier-word-lists.h"

/* ASCII letters and digits, 1, else 0. */
static const guint8 ascii_alnum_bytes[128] = {
  ['0' ... '9'] = 1, ['A' ... 'Z'] = 1, ['a' ... 'z'] = 1,
};

/* " date 2024-10-20 " at the very start: how some collections stamp a page
 * with the day it was published. */
const char *
_dossier_clean_read_date_marker (Cleaner    *cleaner,
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

/* A line in capitals: "FENWICK COUNCIL VOTES FOR NEW FOOTBRIDGE", as
 * wire services set their headlines; two words and four letters at least,
 * no small letter. */
static gboolean
is_all_capitals (const Unit *unit)
{
  guint capitals = 0;

  if (unit->words < 2)
    return FALSE;
  for (const char *p = unit->text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_islower (c))
        return FALSE;
      capitals += g_unichar_isupper (c);
    }
  return capitals >= 4;
}

static gboolean
looks_like_title (const Unit *unit)
{
  gunichar first;

  if (unit->quality == QUALITY_BAD || unit->bullet || unit->credit)
    return FALSE;
  if (unit->words < 3 || unit->words > 30)
    return FALSE;
  /* A headline has no full stop, but for one in capitals, which wire
   * copy may end with one ("... BRITISH LAMB ."). */
  if (unit->len > 0 && unit->text[unit->len - 1] == '.' && !is_all_capitals (unit))
    return FALSE;
  first = g_utf8_get_char (unit->text);
  /* "iPhone 4S battery issues?", "eBay sells …": a small letter before a
   * capital starts a name. */
  if (g_unichar_islower (first) && g_unichar_isupper (g_utf8_get_char (g_utf8_next_char (unit->text))))
    return TRUE;
  return g_unichar_isupper (first) || g_unichar_isdigit (first) || dossier_unichar_opens_quote (first);
}

/* Whether @unit may be the title: a line that looks like one and is no
 * date line ("AL-AIN, United Arab Emirates 1996-12-06" is where and when
 * the story was filed, not what it is about). */
/* Whether @text names a day ("14 January 2025", "Oct 30, 2024"). */
static gboolean
names_a_day (const char *text)
{
  g_autoptr(GArray) found = NULL;

  /* A day is named with figures. */
  if (strpbrk (text, "0123456789") == NULL)
    return FALSE;
  found = dossier_date_expressions_find (text, -1, NULL);

  for (guint i = 0; i < found->len; i++)
    {
      const DossierDateExpression *expression = &g_array_index (found, DossierDateExpression, i);
      if (!expression->relative && expression->value.precision >= DOSSIER_PRECISION_DAY)
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_title_candidate (Unit *unit)
{
  DossierDate date;
  const char *kind;
  g_autofree char *author = NULL;

  if (!looks_like_title (unit) || unit->tail_marker)
    return FALSE;
  if (unit->len <= 120 && _dossier_clean_unit_date_line (unit, &date, &kind))
    return FALSE;
  /* A byline ("By Jane Smith and Tom Lee", "Posted by admin | 14 January
   * 2025 | 3 comments") and a line glued to its date are no headline. */
  if ((author = _dossier_clean_author_from_byline (unit->text)) != NULL ||
      g_ascii_strncasecmp (unit->text, "posted by ", 10) == 0 ||
      g_ascii_strncasecmp (unit->text, "written by ", 11) == 0)
    return FALSE;
  if ((strstr (unit->text, " | ") != NULL || strstr (unit->text, " · ") != NULL ||
       strstr (unit->text, " • ") != NULL || strchr (unit->text, ':') != NULL || g_ascii_isdigit (unit->text[0])) &&
      names_a_day (unit->text))
    return FALSE;
  /* A wire story's first paragraph: "REDWOOD CITY, Calif. (AP) - A
   * California jury …". */
  {
    const char *close = strstr (unit->text, ") ");
    if (close != NULL && close - unit->text < 48 && strchr (unit->text, '(') < close &&
        (g_str_has_prefix (close + 2, "- ") || g_str_has_prefix (close + 2, "— ") || g_str_has_prefix (close + 2, "– ")))
      return FALSE;
  }
  /* A widget's words cut off before what they name ("Sorry, no results
   * were found for"): a headline does not end on an article, a
   * preposition or a conjunction (data/words/title-never-last.txt). */
  {
    const char *end = unit->text + unit->len;
    const char *last = g_utf8_find_prev_char (unit->text, end);

    while (last != NULL && last > unit->text && g_unichar_isalpha (g_utf8_get_char (last)))
      {
        const char *before = g_utf8_find_prev_char (unit->text, last);
        if (before == NULL || !g_unichar_isalpha (g_utf8_get_char (before)))
          break;
        last = before;
      }
    if (last != NULL && last > unit->text && last[-1] == ' ')
      {
        g_autofree char *word = g_utf8_strdown (last, end - last);
        if (dossier_word_list_contains (&dossier_words_title_never_last, word, strlen (word)))
          return FALSE;
      }
  }
  return TRUE;
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
          *w = _dossier_ascii_lower (*p);
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
 * hashed eight bytes a step where g_str_hash () takes one. */
static guint
compare_key_hash (const char *text)
{
  const guint64 multiplier = G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
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

/* The first byte of normalise_for_compare () of @text, or 0 where it is
 * empty: read only as far as the first letter or digit, so that lines
 * are told apart from a key without being normalised whole. */
static guchar
compare_key_first_byte (const char *text)
{
  for (const char *p = text; *p;)
    {
      if ((guchar) *p < 0x80)
        {
          if (ascii_alnum_bytes[(guchar) *p])
            return _dossier_ascii_lower (*p);
          p++;
        }
      else if ((guchar) p[0] == 0xE2 && (guchar) p[1] == 0x80)
        p += 3;
      else
        {
          gunichar c = g_unichar_tolower (g_utf8_get_char (p));
          if (g_unichar_isalnum (c))
            {
              char bytes[6];

              g_unichar_to_utf8 (c, bytes);
              return bytes[0];
            }
          p = g_utf8_next_char (p);
        }
    }
  return 0;
}

/* The first byte of @unit's compare key. */
static guchar
unit_compare_key_first_byte (const Unit *unit)
{
  if (unit->compare_key != NULL)
    return unit->compare_key[0];
  return compare_key_first_byte (unit->text);
}

/* The lines a title's echoes are counted among: the page's short lines
 * and breadcrumb tails, by the first byte of their compare keys.  Only
 * the lines whose keys start as a candidate title's does are normalised
 * and counted, each once, in an open-addressing table of twice as many
 * slots as there are lines (one probe sequence per key, where a
 * GHashTable asked once to read a count and again to store it).  The table
 * borrows its keys: the units' own, and the tails' kept in tail_keys. */
typedef struct
{
  const char *key;   /* NULL for an empty slot */
  guint hash;
  guint count;
} EchoSlot;

typedef struct
{
  Unit *unit;        /* the line whose compare key it is, or NULL for a tail */
  const char *tail;  /* a breadcrumb's tail, in its unit's text */
  guint next;        /* the next line of the same first byte, plus one; 0 ends */
} EchoLine;

typedef struct
{
  EchoLine *lines;       /* room for two per unit */
  guint n_lines;
  guint first[256];      /* per first byte of a key, its first line plus one */
  gboolean counted[256]; /* whether the lines of that first byte are in @slots */
  GPtrArray *tail_keys;
  EchoSlot *slots;
  gsize mask;
} EchoCounts;

/* The slot of @key, or the empty one where it would go (with the key's
 * hash written, for echo_counts_add ()). */
static EchoSlot *
echo_counts_find (const EchoCounts *counts,
                  const char       *key)
{
  guint hash = compare_key_hash (key);

  for (gsize i = hash & counts->mask;; i = (i + 1) & counts->mask)
    {
      EchoSlot *slot = &counts->slots[i];

      if (slot->key == NULL)
        {
          slot->hash = hash;
          return slot;
        }
      if (slot->hash == hash && strcmp (slot->key, key) == 0)
        return slot;
    }
}

static void
echo_counts_add (EchoCounts *counts,
                 const char *key)
{
  EchoSlot *slot = echo_counts_find (counts, key);

  slot->key = key;
  slot->count++;
}

static void
echo_counts_add_line (EchoCounts *counts,
                      Unit       *unit,
                      const char *tail,
                      guchar      first_byte)
{
  counts->lines[counts->n_lines++] = (EchoLine) { unit, tail, counts->first[first_byte] };
  counts->first[first_byte] = counts->n_lines;
}

/* Files the keys of short units, and of the breadcrumb tails among them,
 * under their first bytes. */
static void
echo_counts_init (EchoCounts *counts,
                  Cleaner    *cleaner)
{
  gsize size = 16;

  memset (counts, 0, sizeof *counts);
  /* A unit gives a line, and a breadcrumb's tail another. */
  counts->lines = g_new (EchoLine, 2 * (gsize) cleaner->units->len);
  counts->tail_keys = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < cleaner->units->len; i++)
    {
      Unit *unit = &g_array_index (cleaner->units, Unit, i);
      const char *tail = NULL;
      const char *sep;

      /* Headlines are short; so are the lines that echo them. */
      if (unit->len > 400 || unit->words > 40)
        continue;

      echo_counts_add_line (counts, unit, NULL, unit_compare_key_first_byte (unit));

      if (_dossier_has_prefix (unit->text, "Reading:"))
        tail = unit->text + strlen ("Reading:");
      /* A search for the separators' rare last bytes (">", and BB of
       * "»") first: most lines are no breadcrumb; then strstr (), quick
       * to say no, and g_strrstr () finds the last separator. */
      else if (strpbrk (unit->text, ">\xBB") == NULL)
        tail = NULL;
      else if (strstr (unit->text, " > ") != NULL && (sep = g_strrstr (unit->text, " > ")) != NULL)
        tail = sep + 3;
      else if (strstr (unit->text, " » ") != NULL && (sep = g_strrstr (unit->text, " » ")) != NULL)
        tail = sep + strlen (" » ");
      if (tail != NULL)
        echo_counts_add_line (counts, NULL, tail, compare_key_first_byte (tail));
    }
  while (size < 2 * (gsize) counts->n_lines)
    size *= 2;
  counts->slots = g_new0 (EchoSlot, size);
  counts->mask = size - 1;
}

static void
echo_counts_clear (EchoCounts *counts)
{
  g_free (counts->lines);
  g_ptr_array_unref (counts->tail_keys);
  g_free (counts->slots);
}

/* How many of the lines have @key for compare key. */
static guint
echo_counts_get (EchoCounts *counts,
                 const char *key)
{
  guchar first_byte = key[0];

  if (!counts->counted[first_byte])
    {
      counts->counted[first_byte] = TRUE;
      for (guint k = counts->first[first_byte]; k != 0; k = counts->lines[k - 1].next)
        {
          EchoLine *line = &counts->lines[k - 1];

          if (line->unit != NULL)
            echo_counts_add (counts, unit_compare_key (line->unit));
          else
            {
              char *tail_key = normalise_for_compare (line->tail);

              g_ptr_array_add (counts->tail_keys, tail_key);
              echo_counts_add (counts, tail_key);
            }
        }
    }
  return echo_counts_find (counts, key)->count;
}

/* Title evidence elsewhere on the page: "Reading: <title>", a breadcrumb
 * ending in it, or the same line twice (the page head and the article). */
static guint
title_echoes (Cleaner    *cleaner,
              guint       index,
              EchoCounts *normalised_counts)
{
  Unit *unit = &g_array_index (cleaner->units, Unit, index);
  const char *key = unit_compare_key (unit);
  guint echoes = echo_counts_get (normalised_counts, key);

  return echoes > 0 ? echoes - 1 : 0;
}

/* "News Room October 17, 2024": a byline with the date after the name. */
static gboolean
split_name_date (const char  *text,
                 char       **name,
                 DossierDate *date)
{
  g_autoptr(GArray) found = NULL;
  DossierDateExpression *expression;
  g_autofree char *before = NULL;

  /* A date to the day that is no relative one ("17 October 2024") has
   * figures, as _dossier_clean_unit_date_line () knows: most lines have
   * none and are not searched. */
  if (strpbrk (text, "0123456789") == NULL)
    return FALSE;
  found = dossier_date_expressions_find (text, -1, NULL);
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
  before = _dossier_clean_trim_copy (text, text + expression->start);
  *name = g_steal_pointer (&before);
  *date = expression->value;
  return TRUE;
}

/* Whether @name, what stands before a line's date, is a credit (a few
 * capitalised words, no full stop) set apart from the date by a comma, a
 * bar or a dash: "Ahram Online , Tuesday 30 Mar 2021", "Reuters | 12 May
 * 2023". */
static gboolean
is_credit_and_date (const char *name)
{
  static const char * const separators[] = { ",", "|", "-", "–", "—", "·" };
  gsize len = strlen (name);
  gboolean set_apart = FALSE;
  guint words = 1;

  for (gsize s = 0; s < G_N_ELEMENTS (separators) && !set_apart; s++)
    if (len > strlen (separators[s]) && g_str_has_suffix (name, separators[s]))
      {
        len -= strlen (separators[s]);
        set_apart = TRUE;
      }
  while (len > 0 && name[len - 1] == ' ')
    len--;
  if (!set_apart || len == 0 || len > 60 || !g_ascii_isupper (name[0]) || memchr (name, '.', len) != NULL)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (name[i] == ' ')
      {
        words++;
        if (i + 1 < len && !g_ascii_isupper (name[i + 1]))
          return FALSE;
      }
  return words <= 5;
}

/* Whether @unit is a photo's credit alone: a few words in brackets ("(Photo:
 * AP)"), joined by a slash ("Joe Raedle/Getty Images") or opened by
 * "Photo"; not the site's copyright line. */
static gboolean
is_bare_photo_credit (const Unit *unit)
{
  if (!unit->credit || unit->tail_marker || unit->words > 4 || unit->len == 0 ||
      strstr (unit->text, "©") != NULL || g_ascii_strncasecmp (unit->text, "copyright", 9) == 0)
    return FALSE;
  return (unit->text[0] == '(' && unit->text[unit->len - 1] == ')') || strchr (unit->text, '/') != NULL ||
         g_ascii_strncasecmp (unit->text, "photo", 5) == 0;
}

/* Whether @text is one sentence: no full stop followed by a space and a
 * capital before its end. */
static gboolean
one_sentence (const char *text)
{
  for (const char *p = text; *p; p++)
    if ((*p == '.' || *p == '?' || *p == '!') && p[1] == ' ' && g_ascii_isupper (p[2]))
      return FALSE;
  return TRUE;
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
  g_autofree char *lower = NULL;

  if (unit->role != ROLE_NONE || unit->words == 0 || unit->words > 6 || unit->terminal)
    return FALSE;
  lower = g_utf8_strdown (unit->text, unit->len);
  /* data/words/reporter-roles.txt */
  for (guint i = 0; i < dossier_words_reporter_roles.n_words; i++)
    if (strstr (lower, dossier_words_reporter_roles.words[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* Where a date of @rank in read_page_head () comes from. */
static const char *
date_rank_source (int rank)
{
  switch (rank)
    {
    case 5:
      return "a \"Published\" line";
    case 4:
      return "a dateline in the head";
    case 3:
      return "a byline's date";
    case 2:
      return "an update's day";
    default:
      return "a dateline after the body";
    }
}

static void
read_page_head (Cleaner    *cleaner,
                EchoCounts *echo_counts)
{
  DossierDocument *document = cleaner->document;
  GArray *units = cleaner->units;
  int best_title = -1;
  int best_score = 0;
  DossierDate best_date = DOSSIER_DATE_INIT;
  int best_date_rank = 0;
  gboolean credit_dated = FALSE;
  g_autofree char *date_evidence = NULL;
  guint date_line = 0;
  guint head_end = cleaner->body_start;
  /* The body's first lines, when they are no prose, may be the headline
   * over a table or list the body took in. */
  guint title_end = MIN (cleaner->body_start + 3, cleaner->body_end);

  /* Titles: the head is searched; echoes anywhere count. */
  for (guint i = 0; i < title_end; i++)
    {
      Unit *unit = &g_array_index (units, Unit, i);
      int score;

      if (i >= head_end && (unit->quality == QUALITY_GOOD || unit->bullet ||
                            (i > 0 && g_array_index (units, Unit, i - 1).quality == QUALITY_GOOD)))
        break;
      if (!is_title_candidate (unit))
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
          if (_dossier_clean_unit_date_line (near, &near_date, &near_kind) ||
              (near_author = _dossier_clean_author_from_byline (near->text)) != NULL)
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

  /* With no byline, date or echo to tell the headline, the line just
   * above the text it heads is it. */
  if (best_score < 2 && head_end > 0 && head_end <= units->len &&
      is_title_candidate (&g_array_index (units, Unit, head_end - 1)))
    {
      best_title = head_end - 1;
      best_score = 2;
    }

  if (best_title >= 0 && best_score >= 2)
    {
      Unit *title = &g_array_index (units, Unit, best_title);
      const char *key = unit_compare_key (title);

      document->title = g_strdup (title->text);
      DOSSIER_DEBUG ("clean: title from line %u (score %d): %s", title->first_line, best_score, title->text);
      /* What the body took in above its headline is the head's, and so
       * are the byline and date lines under it. */
      if ((guint) best_title >= cleaner->body_start)
        {
          cleaner->body_start = best_title + 1;
          while (cleaner->body_start < cleaner->body_end)
            {
              Unit *under = &g_array_index (units, Unit, cleaner->body_start);
              DossierDate under_date;
              const char *under_kind;
              g_autofree char *under_author = NULL;
              const char *under_key;

              /* The headline again without the site's name the title
               * line ends with ("… on Sunday | Inquirer Business"). */
              if (under->len <= 200 && unit_compare_key_first_byte (under) == (guchar) key[0] &&
                  strlen (under_key = unit_compare_key (under)) >= 20 && g_str_has_prefix (key, under_key))
                {
                  under->role = ROLE_TITLE;
                  cleaner->body_start++;
                  continue;
                }
              if (under->len > 120 || (!_dossier_clean_unit_date_line (under, &under_date, &under_kind) &&
                                       (under_author = _dossier_clean_author_from_byline (under->text)) == NULL))
                break;
              cleaner->body_start++;
            }
          head_end = cleaner->body_start;
        }
      for (guint i = 0; i < units->len; i++)
        {
          Unit *unit = &g_array_index (units, Unit, i);
          const char *other;
          if ((i >= cleaner->body_start && i < cleaner->body_end) || unit->words > 40)
            continue;
          /* Most lines differ from the title at once: not normalised. */
          if (unit_compare_key_first_byte (unit) != (guchar) key[0])
            continue;
          other = unit_compare_key (unit);
          if (strcmp (other, key) == 0)
            unit->role = ROLE_TITLE;
        }
    }
  else
    DOSSIER_DEBUG ("clean: no title in the page head (best score %d)", best_score);

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

      if (unit->len <= 120 && _dossier_clean_unit_date_line (unit, &date, &kind) &&
          (in_head || strcmp (kind, "dateline") != 0 || i < cleaner->body_end + 3))
        {
          unit->role = ROLE_DATELINE;
          if (strcmp (kind, "published") == 0)
            rank = 5;
          else if (strcmp (kind, "dateline") == 0 || strcmp (kind, "place") == 0)
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
      else if (unit->len <= 120 && (_dossier_has_prefix (unit->text, "Published") ||
                                    _dossier_has_prefix (unit->text, "Updated")))
        unit->role = ROLE_DATELINE;
      else if ((author = _dossier_clean_author_from_byline (unit->text)) != NULL)
        {
          unit->role = ROLE_BYLINE;
          if (document->author == NULL)
            {
              document->author = g_steal_pointer (&author);
              DOSSIER_DEBUG ("clean: author from the byline on line %u", unit->first_line);
            }
        }
      else if (unit->len <= 120 && split_name_date (unit->text, &name, &date))
        {
          /* A byline date is the author's name and a date; a list of other
           * articles shows section names and dates the same way, so the
           * name has to be the author's or look like one in the head. */
          if (_dossier_clean_looks_like_person_name (name) &&
              ((document->author != NULL && g_strcmp0 (name, document->author) == 0) ||
               (in_head && document->author == NULL && strchr (name, ' ') != NULL)))
            {
              unit->role = ROLE_BYLINE;
              if (document->author == NULL)
                {
                  document->author = g_strdup (name);
                  DOSSIER_DEBUG ("clean: author from the name before a date on line %u", unit->first_line);
                }
              rank = 3;
            }
          /* "Ahram Online , Tuesday 30 Mar 2021", "Reuters | 12 May 2023":
           * a credit and the day, set apart, in the head — once; a list
           * of other articles has many. */
          else if (in_head && i < 6 && !credit_dated && is_credit_and_date (name))
            {
              unit->role = ROLE_DATELINE;
              credit_dated = TRUE;
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
          date_line = unit->first_line;
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
      if (!_dossier_clean_looks_like_person_name (name) || strchr (name, ' ') == NULL)
        continue;
      if ((next && next->role == ROLE_DATELINE) || (previous && previous->role == ROLE_DATELINE) ||
          (next && is_reporter_role (next)))
        {
          document->author = _dossier_clean_name_case (name);
          unit->role = ROLE_BYLINE;
          DOSSIER_DEBUG ("clean: author from a name beside a dateline on line %u", unit->first_line);
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
      DOSSIER_DEBUG ("clean: publication date from the date marker \"%s\"", cleaner->marker_line);
    }
  else if (dossier_date_is_set (&best_date))
    {
      DOSSIER_DEBUG ("clean: publication date from %s on line %u: %s", date_rank_source (best_date_rank),
                     date_line, date_evidence);
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
      /* "In this April 13, 2017 photo provided by NASA, technicians lift
       * …": the wires' caption opens on the picture. */
      else if (unit->words <= 80 && dossier_text_opens_on_the_picture (unit->text) && one_sentence (unit->text))
        unit->role = ROLE_CAPTION;
      /* A sentence right above a bare credit ("… outside the court on
       * Tuesday." over "(Photo: AP)" or "Joe Raedle/Getty Images") is the
       * picture's caption. */
      else if (next != NULL && is_bare_photo_credit (next) &&
               unit->words >= 6 && unit->words <= 45 && one_sentence (unit->text))
        unit->role = ROLE_CAPTION;
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

  /* From markup, what lies between the headline (or the article's start)
   * and the prose, back to the first furniture, is the article's too: a
   * list of points, a table of results, a short intro.  The headline,
   * byline, date lines and captions have their roles by now. */
  if (cleaner->structured)
    for (guint i = cleaner->body_start; i > (guint) (best_title + 1); i--)
      {
        Unit *unit = &g_array_index (units, Unit, i - 1);
        if (unit->quality == QUALITY_BAD || unit->tail_marker || unit->credit)
          break;
        if (unit->role != ROLE_NONE)
          continue;
        unit->role = unit->bullet ? ROLE_LIST_ITEM : ROLE_BODY;
      }
}

/* Whether the line under @index is a dateline: a place and a day, or a
 * place alone in capitals ("MEXICO CITY"). */
static gboolean
is_over_dateline (GArray *units,
                  guint   index)
{
  Unit *next;
  DossierDate date;
  const char *kind;

  if (index + 1 >= units->len)
    return FALSE;
  next = &g_array_index (units, Unit, index + 1);
  /* A reporter's name may stand between: "Peter Blackburn". */
  if (index + 2 < units->len && next->words <= 4 && !next->terminal && !is_all_capitals (next) &&
      _dossier_clean_looks_like_person_name (next->text))
    next = &g_array_index (units, Unit, index + 2);
  if (next->len <= 120 && _dossier_clean_unit_date_line (next, &date, &kind) && strcmp (kind, "place") == 0)
    return TRUE;
  return next->words <= 4 && is_all_capitals (next) && strpbrk (next->text, "0123456789,") == NULL;
}

/* Sets @document's publication date to @date, read from @unit (@what:
 * "the dateline"); returns TRUE. */
static gboolean
take_publication_date (DossierDocument   *document,
                       const Unit        *unit,
                       const DossierDate *date,
                       const char        *what)
{
  document->published = *date;
  document->published_from = DOSSIER_DATE_SOURCE_TEXT;
  document->published_evidence = g_strdup (unit->text);
  DOSSIER_DEBUG ("clean: publication date from %s on line %u: %s", what, unit->first_line, unit->text);
  return TRUE;
}

/* Whether @unit, a line above the first prose of a text without
 * furniture, is a label or a breadcrumb over @next, the headline: a name
 * of three words or fewer over a longer line that reads as a headline, or
 * a line that ends with @next's words. */
static gboolean
label_over_headline (Unit *unit,
                     Unit *next)
{
  if (!is_title_candidate (next) || next->terminal || next->quality == QUALITY_GOOD || next->words < 5)
    return FALSE;
  if (unit->words <= 3 && !unit->terminal && is_title_candidate (unit))
    return TRUE;
  /* A masthead: a listed outlet's name glued to its motto ("The
   * Washington PostDemocracy Dies in Darkness"). */
  for (gsize i = 1; i + 1 < unit->len && i < 60; i++)
    if (g_ascii_islower (unit->text[i]) && g_ascii_isupper (unit->text[i + 1]))
      {
        if (dossier_outlet_find_by_name (unit->text, i + 1, NULL) != NULL)
          return TRUE;
        break;
      }
  return unit->len > next->len + 3 && strcmp (unit->text + unit->len - next->len, next->text) == 0 &&
         unit->text[unit->len - next->len - 1] == ' ';
}

void
_dossier_clean_read_whole_head (Cleaner *cleaner)
{
  DossierDocument *document = cleaner->document;
  GArray *units = cleaner->units;
  gboolean dated = FALSE;
  int title = -1;

  /* The lines above the first prose, a few at most: the headline first,
   * then a byline, a dateline, a correction notice, a photo's caption. */
  for (guint i = 0; i < MIN (units->len, 6); i++)
    {
      Unit *unit = &g_array_index (units, Unit, i);
      DossierDate date;
      const char *kind;
      g_autofree char *author = NULL;

      /* A question or a long headline reads as prose; as the first line
       * over more prose, with no full stop, it is the headline.  A
       * sentence between the headline and the date line is the story's
       * summary, and the date line below it is still the page's. */
      if (unit->quality == QUALITY_GOOD &&
          !(i == 0 && title < 0 && units->len > 1 && unit->words <= 25 &&
            ((unit->text[unit->len - 1] != '.' && is_title_candidate (unit) &&
              g_array_index (units, Unit, 1).len > unit->len) ||
             is_all_capitals (unit) || is_over_dateline (units, i))))
        {
          Unit *next = i + 1 < units->len ? &g_array_index (units, Unit, i + 1) : NULL;

          if (!dated && title >= 0 && (guint) title + 1 == i && unit->words <= 40 && next != NULL &&
              next->len <= 120 && _dossier_clean_unit_date_line (next, &date, &kind) &&
              strcmp (kind, "place") != 0)
            continue;
          break;
        }
      if (unit->len <= 120 && _dossier_clean_unit_date_line (unit, &date, &kind))
        {
          unit->role = ROLE_DATELINE;
          if (strcmp (kind, "place") == 0 && !cleaner->structured)
            cleaner->wire = TRUE;
          if (!dated)
            dated = take_publication_date (document, unit, &date, "the dateline");
          continue;
        }
      if ((author = _dossier_clean_author_from_byline (unit->text)) != NULL)
        {
          unit->role = ROLE_BYLINE;
          if (document->author == NULL)
            document->author = g_steal_pointer (&author);
          continue;
        }
      /* "Ahram Online , Tuesday 30 Mar 2021": a credit and the day. */
      {
        g_autofree char *name = NULL;

        if (unit->len <= 120 && !dated && split_name_date (unit->text, &name, &date) && is_credit_and_date (name))
          {
            unit->role = ROLE_DATELINE;
            dated = take_publication_date (document, unit, &date, "the credit and day");
            continue;
          }
      }
      /* "MEXICO CITY" under the headline: a place dateline without its
       * day. */
      if (title >= 0 && (guint) title + 1 == i && unit->words <= 4 && is_all_capitals (unit) &&
          !cleaner->structured && strpbrk (unit->text, "0123456789,") == NULL)
        {
          unit->role = ROLE_DATELINE;
          cleaner->wire = TRUE;
          continue;
        }
      /* "5 hours ago" says when, not what. */
      if (_dossier_clean_is_relative_time (unit))
        {
          unit->role = ROLE_DATELINE;
          continue;
        }
      /* The headline: the first line, over more of the text, or the first
       * under a label or two ("Gadgets", "Transport"). */
      /* A site's or a section's name over the headline ("The News Blog",
       * then the headline), or a breadcrumb glued to the headline over
       * the headline again ("Home World Africa news Gambia Elections …",
       * then "Gambia Elections …"): the line below is the headline. */
      if (title < 0 && i + 2 < units->len && label_over_headline (unit, &g_array_index (units, Unit, i + 1)))
        {
          unit->role = ROLE_BOILERPLATE;
          continue;
        }
      if (title < 0 && units->len > i + 1 &&
          (is_title_candidate (unit) || (is_all_capitals (unit) && unit->words <= 30) ||
           /* Over a dateline, a wire headline may end with a stop. */
           (i == 0 && unit->words <= 25 && is_over_dateline (units, i)) ||
           /* "Oil rises": two words over the text's prose. */
           (i == 0 && unit->words == 2 && !unit->terminal && g_unichar_isupper (g_utf8_get_char (unit->text)) &&
            g_array_index (units, Unit, 1).quality != QUALITY_SHORT)))
        {
          unit->role = ROLE_TITLE;
          title = i;
          document->title = g_strdup (unit->text);
          DOSSIER_DEBUG ("clean: title from line %u, above the text's prose: %s", unit->first_line, unit->text);
          for (guint k = 0; k < i; k++)
            if (g_array_index (units, Unit, k).role == ROLE_NONE)
              g_array_index (units, Unit, k).role = ROLE_BOILERPLATE;
        }
      else if (title < 0 && (unit->words > 3 || unit->terminal))
        break;
      /* "NATO Secretary-General Mark Rutte." under the headline of a text
       * without furniture is its photo's caption. */
      else if (cleaner->bare && title >= 0 && unit->role == ROLE_NONE &&
               (is_name_only_sentence (unit) ||
                (i + 1 < units->len && g_array_index (units, Unit, i + 1).quality == QUALITY_GOOD &&
                 _dossier_clean_ends_like_a_caption (unit))))
        unit->role = ROLE_CAPTION;
      /* Over a dateline, a name alone is the reporter's: "Peter Blackburn". */
      else if (document->author == NULL && unit->role == ROLE_NONE && i + 1 < units->len && unit->words <= 4 &&
               _dossier_clean_looks_like_person_name (unit->text) && strchr (unit->text, ' ') != NULL)
        {
          Unit *next = &g_array_index (units, Unit, i + 1);
          if (next->len <= 120 && _dossier_clean_unit_date_line (next, &date, &kind))
            {
              unit->role = ROLE_BYLINE;
              document->author = _dossier_clean_name_case (unit->text);
            }
        }
    }

  /* Between the headline and the prose of a text that is no wire copy:
   * bylines with their dates ("Posted by Michael David Smith on November
   * 19, 2019"), date lines, and short labels ("TRD NATIONAL /"). */
  if (cleaner->bare && !cleaner->wire)
    for (guint i = title + 1; i < MIN (units->len, (guint) (title + 6)); i++)
      {
        Unit *unit = &g_array_index (units, Unit, i);

        if (unit->quality == QUALITY_GOOD || unit->quality == QUALITY_NEAR_GOOD || unit->row || unit->bullet)
          break;
        if (unit->role != ROLE_NONE)
          continue;
        if (unit->words <= 15 && (g_str_has_prefix (unit->text, "By ") || g_str_has_prefix (unit->text, "by ") ||
                                  g_ascii_strncasecmp (unit->text, "posted by ", 10) == 0 ||
                                  g_ascii_strncasecmp (unit->text, "written by ", 11) == 0))
          unit->role = ROLE_BYLINE;
        else if (unit->words <= 15 && (names_a_day (unit->text) || _dossier_clean_is_relative_time (unit)))
          unit->role = ROLE_DATELINE;
        else if (unit->words <= 3 && !unit->terminal)
          unit->role = ROLE_BOILERPLATE;
      }

  /* The headline again further down (a page's second heading) is the
   * title, not the text. */
  if (title >= 0 && cleaner->bare)
    {
      const char *key = unit_compare_key (&g_array_index (units, Unit, title));

      for (guint i = title + 1; i < cleaner->body_end; i++)
        {
          Unit *unit = &g_array_index (units, Unit, i);
          if (unit->role == ROLE_NONE && unit->words <= 40 && unit_compare_key_first_byte (unit) == (guchar) key[0] &&
              strcmp (unit_compare_key (unit), key) == 0)
            unit->role = ROLE_TITLE;
        }
    }

  if (dossier_date_is_set (&cleaner->marker_date))
    {
      document->published = cleaner->marker_date;
      document->published_from = DOSSIER_DATE_SOURCE_MARKER;
      g_free (document->published_evidence);
      document->published_evidence = g_strdup (cleaner->marker_line);
    }
}

void
_dossier_clean_read_page_head (Cleaner *cleaner)
{
  EchoCounts echo_counts;

  echo_counts_init (&echo_counts, cleaner);
  read_page_head (cleaner, &echo_counts);
  /* The counts borrow the units' compare keys, which the caller frees
   * once the head is read. */
  echo_counts_clear (&echo_counts);
}
