/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The line the timeline shows for an event: the sentence that stands for
 * it, without what only places it in time (its date phrases, an opening
 * "During a press conference on Thursday,", an aside about another time)
 * or links it to the text around it ("However,", a trailing ", which …"),
 * its leading pronoun named, cut at a word. */

#include "dossier-event-summary.h"

#include <string.h>

#include "dossier-entity-resolver.h"
#include "dossier-event-terms.h"
#include "dossier-event-thresholds.h"
#include "dossier-quote.h"

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

char *
_dossier_event_summarise (GPtrArray                   *documents,
                          GPtrArray                   *entities,
                          DossierEntityRecognizer     *recognizer,
                          const DossierEventCandidate *candidate)
{
  static const char * const connectives[] = {
    "However, ", "Elsewhere, ", "Meanwhile, ", "Earlier, ", "Later, ", "Also, ",
    "In addition, ", "Overall, ", "At the time, ", "At that time, ", "Then, ",
    "And ", "But ", "So ", "Ahead of that, ",
  };
  static const char * const prepositions[] = {
    "in ", "on ", "since ", "by ", "during ", "from ", "until ", "before ", "after ", "as of ", "of ",
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
  for (guint i = _dossier_event_first_date_from (document, candidate->paragraph, start);
       i < document->dates->len; i++)
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
          for (gsize at = cut.start; at > start && cut.start - at < SUMMARY_ASIDE_BYTES; at--)
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
      if (adverbial && first->start > start && first->start - start < SUMMARY_OPENER_DATE_BYTES && comma != NULL &&
          (gsize) (comma - text) >= first->end && (gsize) (comma - text) - start < SUMMARY_OPENER_BYTES)
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
  /* Dashes a page set before the text ("— -- Volkswagen's chief …"), and
   * a wire's credit left of its dateline ("(UPI) — Guatemala's …"). */
  for (gsize cut = 0;; cut = 0)
    {
      const char *close = out->str[0] == '(' ? strchr (out->str, ')') : NULL;

      if (out->str[0] == '-' || out->str[0] == ' ')
        cut = 1;
      else if (g_str_has_prefix (out->str, "—") || g_str_has_prefix (out->str, "–"))
        cut = strlen ("—");
      else if (close != NULL && close - out->str <= 24 &&
               (g_str_has_prefix (close + 1, " —") || g_str_has_prefix (close + 1, " –") ||
                g_str_has_prefix (close + 1, " -")))
        cut = close + 1 - out->str;
      if (cut == 0)
        break;
      g_string_erase (out, 0, cut);
    }

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
        if (words >= SUMMARY_MAIN_CLAUSE_SPACES)
          g_string_truncate (out, found - out->str);
      }
  }

  while (out->len > 0 && (out->str[out->len - 1] == '.' || out->str[out->len - 1] == ' ' ||
                          out->str[out->len - 1] == ','))
    g_string_truncate (out, out->len - 1);

  if (g_utf8_strlen (out->str, -1) > SUMMARY_MAX_CHARACTERS)
    {
      /* Cut at a word three characters short of the limit, which the
       * "…" then stays within. */
      const char *cut = g_utf8_offset_to_pointer (out->str, SUMMARY_MAX_CHARACTERS - 3);
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
