/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The body: the run of units, tolerant of small gaps, that holds the most
 * good prose, and what each unit inside it is (a paragraph, a heading, a
 * list item, a quote card, or a date line, credit line or piece of
 * furniture that is no part of the text). */

#include "config.h"

#include "dossier-clean-body.h"

#include <string.h>

#include "dossier-clean-date-lines.h"
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

void
_dossier_clean_find_body (Cleaner *cleaner)
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

      if (unit->role == ROLE_CAPTION || unit->role == ROLE_TITLE)
        continue;
      if (unit->role == ROLE_LIST_ITEM)
        continue;
      /* "First Published on Nov 20, 2019 01:38 pm" among or after the
       * paragraphs of a page is a date line, not the article's text. */
      {
        DossierDate date;
        const char *kind;
        if (unit->len <= 120 && unit->words <= 16 && _dossier_clean_unit_date_line (unit, &date, &kind) &&
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

