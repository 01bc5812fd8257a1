/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The body: the run of units, tolerant of small gaps, that holds the most
 * good prose, and what each unit inside it is (a paragraph, a heading, a
 * list item, a quote card, or a date line, credit line or piece of
 * furniture that is no part of the text). */

#include "config.h"

#include "dossier-clean-body.h"

#include <string.h>

#include "dossier-bytes.h"
#include "dossier-clean-date-lines.h"
#include "dossier-clean-lines.h"
#include "dossier-clean-names.h"
#include "dossier-debug.h"

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

/* The words of the units from @start to @end. */
static guint
run_words (Cleaner *cleaner,
           guint    start,
           guint    end)
{
  guint words = 0;

  for (guint i = start; i < end; i++)
    words += g_array_index (cleaner->units, Unit, i).words;
  return words;
}

/* A line that may be a row of a table or list: short, no prose, no
 * furniture, and a figure or a bullet in it ("Nottingham 2 Aston Villa
 * 1", "Sat 8 February – Winter Canal 10K", "2 cups flour"). */
static gboolean
may_be_row (const Unit *unit)
{
  if (unit->quality == QUALITY_BAD || unit->quality == QUALITY_GOOD || unit->tail_marker || unit->credit ||
      unit->words == 0 || unit->words > 25)
    return FALSE;
  if (unit->bullet)
    return TRUE;
  if (strpbrk (unit->text, "0123456789") != NULL)
    return TRUE;
  /* Figures in a script of its own: "五花肉 1块" has an ASCII one, but
   * "一、" and full-width digits do not.  The ASCII characters are no
   * digits by now: the search goes from one character beyond ASCII to the
   * next (a unit is valid UTF-8 and holds no NUL). */
  for (gsize i = dossier_bytes_skip_ascii (unit->text, 0, unit->len); i < unit->len;
       i = dossier_bytes_skip_ascii (unit->text, g_utf8_next_char (unit->text + i) - unit->text, unit->len))
    if (g_unichar_isdigit (g_utf8_get_char (unit->text + i)))
      return TRUE;
  return FALSE;
}

/* Marks the rows of tables and lists: two such lines or more in a row. */
static void
mark_rows (Cleaner *cleaner)
{
  GArray *units = cleaner->units;
  gboolean previous = FALSE;
  /* Each unit is asked once: its answer is kept for the next step. */
  gboolean row = units->len > 0 && may_be_row (&g_array_index (units, Unit, 0));

  for (guint i = 0; i < units->len; i++)
    {
      Unit *unit = &g_array_index (units, Unit, i);
      gboolean next = i + 1 < units->len && may_be_row (&g_array_index (units, Unit, i + 1));

      unit->row = row && (previous || next);
      previous = row;
      row = next;
    }
}

static gboolean
is_content (const Unit *unit,
            const Unit *previous)
{
  if (unit->quality == QUALITY_GOOD || unit->quality == QUALITY_NEAR_GOOD || unit->row)
    return TRUE;
  /* Items of a list that a sentence of the body announces ("Other points
   * of the plan include:"). */
  return unit->bullet && unit->quality != QUALITY_BAD && previous != NULL &&
         (previous->ends_with_colon || (previous->bullet && previous->role == ROLE_LIST_ITEM));
}

void
_dossier_clean_find_body (Cleaner *cleaner)
{
  GArray *units = cleaner->units;
  guint best_start = 0, best_end = 0;
  gsize best_weight = 0;

  /* Whether a line that ends an article ("Related", "En Portada") has
   * come after good prose: runs that start past it are other articles'
   * teasers more likely than the article, and weigh half. */
  gboolean past_end = FALSE, seen_prose = FALSE;

  mark_rows (cleaner);
  for (guint i = 0; i < units->len; i++)
    {
      Unit *unit = &g_array_index (units, Unit, i);
      guint last_content = i;
      guint gap = 0;
      gboolean after_tail = FALSE;
      gsize weight;

      if (unit->tail_marker && seen_prose)
        past_end = TRUE;
      if (unit->quality != QUALITY_GOOD)
        continue;
      seen_prose = TRUE;

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
          /* A box title that ends the article, then furniture: the
           * article is over ("Weiterlesen", "Newsletter abonnieren"). */
          if (after_tail && next->quality == QUALITY_BAD)
            break;
          if (next->tail_marker)
            after_tail = TRUE;
          gap += next->tail_marker ? 2 : 1;
          if (gap > (cleaner->structured ? 8u : 3u))
            break;
        }

      weight = run_weight (cleaner, i, last_content + 1);
      if (past_end)
        weight /= 2;
      if (weight > best_weight)
        {
          best_weight = weight;
          best_start = i;
          best_end = last_content + 1;
        }
      for (guint j = i + 1; j <= last_content; j++)
        if (g_array_index (units, Unit, j).tail_marker)
          past_end = TRUE;
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

  /* The text's last line right after the prose, cut short where the copy
   * stopped ("… and had been trained with the airline's parent company,
   * Lufthansa, and ha"): prose without its full stop, the article's. */
  if (best_end > best_start && best_end + 1 == units->len)
    {
      Unit *last = &g_array_index (units, Unit, best_end);
      char end = last->len > 0 ? last->text[last->len - 1] : '\0';

      if (last->quality == QUALITY_SHORT && last->furniture == NULL && !last->terminal && !last->tail_marker &&
          !last->credit && !last->bullet && last->words >= 8 && last->function_words * 5 >= last->words &&
          (g_ascii_isalpha (end) || end == ',') && g_unichar_isupper (g_utf8_get_char (last->text)))
        {
          last->quality = QUALITY_NEAR_GOOD;
          best_end++;
        }
    }

  /* The lead paragraph can be near-good prose directly before the first
   * good one; a table or list of results can open the article. */
  while (best_end > 0 && best_start > 0)
    {
      Unit *before = &g_array_index (units, Unit, best_start - 1);
      if ((before->quality != QUALITY_NEAR_GOOD && !before->row) || before->tail_marker)
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
  if (best_end > best_start)
    DOSSIER_DEBUG ("clean: the body is lines %u to %u (units %u to %u), weight %" G_GSIZE_FORMAT
                   " in the densest run of prose",
                   g_array_index (units, Unit, best_start).first_line,
                   g_array_index (units, Unit, best_end - 1).last_line, best_start, best_end - 1, best_weight);
  else
    DOSSIER_DEBUG ("clean: no run of good prose in %u units: no body", units->len);
}

void
_dossier_clean_read_body (Cleaner *cleaner)
{
  GArray *units = cleaner->units;

  for (guint i = cleaner->body_start; i < cleaner->body_end; i++)
    {
      Unit *unit = &g_array_index (units, Unit, i);
      Unit *next = i + 1 < cleaner->body_end ? &g_array_index (units, Unit, i + 1) : NULL;

      /* A caption, a list item of the run, the title and the byline or
       * dateline over a text kept whole have their roles. */
      if (unit->role != ROLE_NONE)
        continue;
      /* Over the article's prose, a line that ends on the picture's day. */
      if (i == cleaner->body_start && next != NULL && next->quality == QUALITY_GOOD && _dossier_clean_ends_like_a_caption (unit))
        {
          unit->role = ROLE_CAPTION;
          continue;
        }
      /* "First Published on Nov 20, 2019 01:38 pm" among or after the
       * paragraphs of a page is a date line, not the article's text. */
      /* So is a line that says when the page was updated, whatever its
       * times ("Last Update: Wednesday, 20 May 2020 KSA 09:48 - GMT
       * 06:48"), and a date alone right above it. */
      {
        DossierDate date;
        const char *kind;

        if ((unit->len <= 120 && unit->words <= 16 && _dossier_clean_unit_date_line (unit, &date, &kind) &&
             strcmp (kind, "dateline") != 0) ||
            _dossier_clean_unit_is_update_line (unit, &date) || _dossier_clean_unit_dates_the_page (unit, next, &date))
          {
            unit->role = ROLE_DATELINE;
            continue;
          }
      }
      /* A byline among the body's first lines ("By K8 Newsdesk"). */
      if (i < cleaner->body_start + 4 && unit->len <= 120)
        {
          g_autofree char *author = _dossier_clean_author_from_byline (unit->text);
          if (author != NULL)
            {
              unit->role = ROLE_BYLINE;
              if (cleaner->document->author == NULL)
                cleaner->document->author = g_steal_pointer (&author);
              continue;
            }
        }
      /* A line the page repeats at once (a standfirst shown twice) is
       * kept once. */
      if (i > cleaner->body_start && unit->len >= 20 &&
          strcmp (unit->text, g_array_index (units, Unit, i - 1).text) == 0)
        {
          unit->role = ROLE_BOILERPLATE;
          continue;
        }
      /* "Source: …" names where a page had the story from; plain wire
       * copy and a table kept as they stand keep it. */
      if (unit->source_line && !(cleaner->bare && !cleaner->structured))
        {
          unit->role = ROLE_BOILERPLATE;
          continue;
        }
      /* "Associated Press writer Lisa Mascaro contributed to this report." */
      /* One search says no for most lines, where three did. */
      if (unit->words <= 40 && strstr (unit->text, "contributed") != NULL &&
          (strstr (unit->text, "contributed to this report") != NULL ||
                                strstr (unit->text, "contributed reporting") != NULL ||
                                strstr (unit->text, "contributed to this story") != NULL))
        {
          unit->role = ROLE_BYLINE;
          continue;
        }
      /* From markup, a box title of two words or more inside the run
       * ("Mehr zum Thema", "Über den Autor", "Notas relacionadas") is the
       * site's, whatever the run keeps after it; one word ("Empfehlungen",
       * "Recommended") may be a section heading of the article's own. */
      if (unit->quality == QUALITY_BAD || (cleaner->structured && unit->tail_marker && unit->words >= 2))
        {
          unit->role = ROLE_BOILERPLATE;
          continue;
        }
      if (unit->quality == QUALITY_GOOD || unit->quality == QUALITY_NEAR_GOOD)
        {
          unit->role = unit->bullet ? ROLE_LIST_ITEM : ROLE_BODY;
          continue;
        }
      /* The rows of a table or list are the article's. */
      if (unit->row)
        unit->role = unit->bullet ? ROLE_LIST_ITEM : ROLE_BODY;
      /* Short units inside the body: a heading when prose or a table
       * follows it. */
      else if (next != NULL && (next->quality == QUALITY_GOOD || next->quality == QUALITY_NEAR_GOOD || next->row) &&
               unit->words <= 15 && !unit->bullet &&
               (unit->text[unit->len - 1] != '.' || unit->words <= 12))
        unit->role = ROLE_HEADING;
      else if ((cleaner->structured || cleaner->bare) && unit->bullet)
        unit->role = ROLE_LIST_ITEM;
      else if (cleaner->structured || cleaner->bare)
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


/* A line of a menu: a word or three, no digit, no sentence ("Local News",
 * "Weather", "Sports Scores").  A table's rows hold figures. */
static gboolean
is_menu_entry (const Unit *unit)
{
  if (unit->words > 3 || unit->terminal || unit->ends_with_colon || unit->bullet)
    return FALSE;
  for (const char *p = unit->text; *p; p++)
    if (g_ascii_isdigit (*p))
      return FALSE;
  return TRUE;
}

/* A headline of another story, as sites list them under an article:
 * four words or more, most of them capitalised, no sentence's end and
 * no figure but a year ("Celine Dion Reveals Music She's Listening To
 * Lately -"). */
static gboolean
is_teaser_headline (const Unit *unit)
{
  guint capitalised = 0, lettered = 0;
  /* A furniture rule may have cut a line's end ("… Of Measles Outbreak
   * -"): the headline is the whole line. */
  g_autofree char *whole = unit->glued_tail != NULL ? g_strconcat (unit->text, " ", unit->glued_tail, NULL) : NULL;
  const char *p = whole != NULL ? whole : unit->text;

  if (unit->words > 25 || unit->terminal || unit->bullet || unit->row)
    return FALSE;
  while (*p != '\0')
    {
      const char *word = p;
      guint digits = 0, letters = 0;

      while (*p != '\0' && *p != ' ')
        {
          if (g_ascii_isdigit (*p))
            digits++;
          else if (g_ascii_isalpha (*p) || (guchar) *p >= 0x80)
            letters++;
          p++;
        }
      /* A year may stand in a headline; a score or a count marks a row. */
      if (digits > 0 && !(digits == 4 && p - word == 4))
        return FALSE;
      if (letters > 0)
        {
          const char *first = word;

          while (first < p && !g_ascii_isalpha (*first) && (guchar) *first < 0x80)
            first++;
          lettered++;
          capitalised += first < p && g_unichar_isupper (g_utf8_get_char (first));
        }
      while (*p == ' ')
        p++;
    }
  return lettered >= 4 && capitalised * 10 >= lettered * 8;
}

/* Where headlines of other stories start, three or more in a row to the
 * end of the text (lines of punctuation aside) below forty words or more
 * of its own: the units' count where there are none. */
static guint
teasers_start (Cleaner *cleaner)
{
  guint last = cleaner->units->len, run = 0, before = 0, start;

  while (last > 0 && g_strcmp0 (g_array_index (cleaner->units, Unit, last - 1).furniture, "punctuation only") == 0)
    last--;
  while (run < last && is_teaser_headline (&g_array_index (cleaner->units, Unit, last - 1 - run)))
    run++;
  for (guint i = 0; i + run < last; i++)
    before += g_array_index (cleaner->units, Unit, i).words;
  if (run < 3 || before < 40)
    return cleaner->units->len;
  start = last - run;
  while (start > 0 && g_strcmp0 (g_array_index (cleaner->units, Unit, start - 1).furniture, "punctuation only") == 0)
    start--;
  DOSSIER_DEBUG ("clean: lines %u to %u are headlines of other stories: the article ends above them",
                 g_array_index (cleaner->units, Unit, last - run).first_line,
                 g_array_index (cleaner->units, Unit, last - 1).last_line);
  return start;
}

guint
_dossier_clean_bare_end (Cleaner *cleaner)
{
  guint menu_run = 0, words = 0;

  guint limit = teasers_start (cleaner);

  for (guint i = 0; i < limit; i++)
    {
      Unit *unit = &g_array_index (cleaner->units, Unit, i);

      /* A box title that ends an article ("Related", "Tags") after some
       * text of its own: the article as it stands is what comes before,
       * unless more prose comes after it (a box above the article). */
      if (unit->tail_marker && words >= 20 &&
          (cleaner->body_end <= i || words >= run_words (cleaner, cleaner->body_start, cleaner->body_end)))
        {
          DOSSIER_DEBUG ("clean: no furniture before line %u, which ends the article: the text above it is "
                         "the article as it stands", unit->first_line);
          return i;
        }
      /* A line of punctuation alone ("'", "----------") is noise, not
       * furniture. */
      if ((unit->quality == QUALITY_BAD && g_strcmp0 (unit->furniture, "punctuation only") != 0) ||
          unit->tail_marker || unit->credit)
        {
          DOSSIER_DEBUG ("clean: line %u is furniture: the text is read as a page", unit->first_line);
          return 0;
        }
      menu_run = is_menu_entry (unit) ? menu_run + 1 : 0;
      if (menu_run >= 3)
        {
          DOSSIER_DEBUG ("clean: lines %u to %u read as a menu: the text is read as a page",
                         g_array_index (cleaner->units, Unit, i - 2).first_line, unit->last_line);
          return 0;
        }
      words += unit->words;
    }
  return limit;
}

void
_dossier_clean_read_whole_body (Cleaner *cleaner)
{
  GArray *units = cleaner->units;

  /* A text without furniture is read as a body is, its short lines kept;
   * a text kept uncleaned keeps every line as it was. */
  if (cleaner->bare)
    {
      _dossier_clean_read_body (cleaner);
      return;
    }

  /* What a furniture rule cut from a line's end ("Share", a quote card's
   * attribution) is the text's own here. */
  for (guint i = 0; i < units->len; i++)
    {
      Unit *unit = &g_array_index (units, Unit, i);

      if (unit->glued_tail != NULL)
        {
          char *whole = g_strconcat (unit->text, " ", unit->glued_tail, NULL);

          g_free (unit->text);
          unit->text = whole;
          unit->len = strlen (whole);
          g_clear_pointer (&unit->glued_tail, g_free);
          g_clear_pointer (&unit->attribution, g_free);
        }
    }

  for (guint i = 0; i < units->len; i++)
    {
      Unit *unit = &g_array_index (units, Unit, i);
      Unit *next = i + 1 < units->len ? &g_array_index (units, Unit, i + 1) : NULL;

      if (unit->role != ROLE_NONE)
        continue;
      if (unit->bullet)
        unit->role = ROLE_LIST_ITEM;
      /* A short line over prose is its heading. */
      else if (next != NULL && (next->quality == QUALITY_GOOD || next->quality == QUALITY_NEAR_GOOD) &&
               unit->words <= 15 && !unit->terminal && !unit->ends_with_colon &&
               (unit->quality == QUALITY_SHORT || unit->quality == QUALITY_BAD))
        unit->role = ROLE_HEADING;
      else
        unit->role = ROLE_BODY;
    }
}
