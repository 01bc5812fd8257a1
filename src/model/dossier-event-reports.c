/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "config.h"

#include "dossier-event-reports.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "dossier-code-points.h"

typedef struct
{
  char *name;                /* the outlet, else NULL */
  char *folded;              /* the outlet without case, to find it again */
  guint document;            /* an unnamed outlet's one article */
} Group;

/* A number one report gives a count: "at least 10 dead", "52.14%". */
typedef struct
{
  double value;
  char *unit;                /* the counted word, folded: "dead", "%" */
  char *words;               /* as written, with its qualifier */
  guint report;
} Figure;

struct _DossierEventReports
{
  GObject parent_instance;

  DossierAnalysis *analysis;
  GArray *reports;           /* of DossierEventReport */
  GPtrArray *groups;         /* of Group* */
  GArray *links;             /* of DossierEventReportLink */
  GArray *disagreements;     /* of DossierDisagreement */
  guint n_articles;
};

G_DEFINE_FINAL_TYPE (DossierEventReports, dossier_event_reports, G_TYPE_OBJECT)

static void
group_free (gpointer data)
{
  Group *group = data;

  g_free (group->name);
  g_free (group->folded);
  g_free (group);
}

static void
clear_report (gpointer data)
{
  DossierEventReport *report = data;

  g_clear_object (&report->passage);
  g_free (report->dated_by);
}

static void
clear_link (gpointer data)
{
  g_free (((DossierEventReportLink *) data)->why);
}

static void
clear_disagreement (gpointer data)
{
  g_free (((DossierDisagreement *) data)->what);
}

static void
clear_figure (gpointer data)
{
  Figure *figure = data;

  g_free (figure->unit);
  g_free (figure->words);
}

/* The date mention of @document that dates @source, or NULL. */
static const DossierDateMention *
find_date_mention (DossierDocument          *document,
                   const DossierEventSource *source)
{
  for (guint d = 0; d < document->dates->len; d++)
    {
      const DossierDateMention *mention = &g_array_index (document->dates, DossierDateMention, d);

      if (mention->paragraph == source->paragraph && mention->start < source->date_end &&
          mention->end > source->date_start)
        return mention;
    }
  return NULL;
}

static char *
describe_dating (DossierDocument          *document,
                 const DossierEventSource *source)
{
  DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, source->paragraph);

  if (source->date_end > source->date_start)
    {
      g_autofree char *words = g_strndup (paragraph->text + source->date_start, source->date_end - source->date_start);

      /* Translators: the words of an article that date what it reports,
       * quoted as your language quotes. */
      return g_strdup_printf (C_("quoted words", "“%s”"), words);
    }
  switch (source->dating)
    {
    case DOSSIER_DATED_IMPLICITLY:
      return g_strdup (_("the day it was published"));
    case DOSSIER_DATED_BY_PREVIOUS:
      return g_strdup (_("“at the time” of the sentence before"));
    case DOSSIER_DATED_AS_SAYING:
      return g_strdup (_("said without a date, on the day its article reports"));
    case DOSSIER_DATED_AS_CONTINUATION:
      return g_strdup (_("goes on from the sentence before, without a date"));
    case DOSSIER_DATED_BY_CONTENT:
    case DOSSIER_DATED_BY_EXPRESSION:
    default:
      return g_strdup (_("told after it, without a date"));
    }
}

/* The group of the outlet of @document, made when it is the first. */
static guint
find_group (DossierEventReports *self,
            DossierDocument     *document,
            guint                index)
{
  g_autofree char *folded = NULL;

  if (document->outlet != NULL && document->outlet[0] != '\0')
    folded = g_utf8_casefold (document->outlet, -1);
  for (guint g = 0; g < self->groups->len; g++)
    {
      Group *group = g_ptr_array_index (self->groups, g);

      if (folded != NULL ? g_strcmp0 (group->folded, folded) == 0 : group->folded == NULL && group->document == index)
        return g;
    }
  {
    Group *group = g_new0 (Group, 1);

    group->name = folded != NULL ? g_strdup (document->outlet) : NULL;
    group->folded = g_steal_pointer (&folded);
    group->document = index;
    g_ptr_array_add (self->groups, group);
  }
  return self->groups->len - 1;
}

char *
dossier_event_link_describe (DossierAnalysis        *analysis,
                             const DossierEventLink *link)
{
  GString *why = g_string_new (NULL);

  if (link->reasons & DOSSIER_LINK_DATE)
    g_string_append (why, _("the same date"));
  if (link->reasons & DOSSIER_LINK_TOLD_AFTER)
    g_string_append_printf (why, "%s%s", why->len > 0 ? ", " : "", _("told after it, without a date"));
  if (link->reasons & DOSSIER_LINK_PARTICIPANTS)
    {
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint e = 0; e < DOSSIER_LINK_MAX_ENTITIES && link->entities[e] >= 0; e++)
        g_string_append_printf (names, "%s%s", e > 0 ? ", " : "",
                                dossier_analysis_get_entity (analysis, link->entities[e])->name);
      g_string_append (why, why->len > 0 ? ", " : "");
      /* Translators: the people, organisations or places two reports share. */
      g_string_append_printf (why, _("the same participants (%s)"), names->str);
    }
  if (link->reasons & DOSSIER_LINK_ACTION)
    {
      g_string_append (why, why->len > 0 ? ", " : "");
      /* Translators: the two words of two reports that name one kind of
       * action, e.g. "one kind of action (fired ~ ouster)". */
      g_string_append_printf (why, _("one kind of action (%s ~ %s)"), link->action_a, link->action_b);
    }
  if (link->reasons & DOSSIER_LINK_FIGURE)
    {
      g_string_append (why, why->len > 0 ? ", " : "");
      /* Translators: two reports give one number (a toll, a count of
       * votes, a score). */
      g_string_append (why, _("the same figure"));
    }
  if (link->reasons & DOSSIER_LINK_WORDS)
    {
      g_string_append (why, why->len > 0 ? ", " : "");
      /* Translators: how alike two sentences' words are, 0 to 1. */
      g_string_append_printf (why, _("alike words (%.2f)"), link->similarity);
    }
  if (link->reasons & DOSSIER_LINK_SAME_TIME)
    {
      g_string_append (why, why->len > 0 ? ", " : "");
      g_string_append (why, _("“at the time” of the sentence before"));
    }
  if (link->reasons & DOSSIER_LINK_CONTINUES)
    {
      g_string_append (why, why->len > 0 ? ", " : "");
      g_string_append (why, _("goes on from the sentence before"));
    }
  return g_string_free (why, FALSE);
}

/* Figures. */

static const struct
{
  const char *word;
  double factor;
} multipliers[] = {
  { "hundred", 1e2 }, { "thousand", 1e3 }, { "million", 1e6 }, { "billion", 1e9 }, { "trillion", 1e12 },
};

/* Words before a number that say how exact it is; they are shown with it. */
static const char * const qualifiers[] = {
  "at least", "more than", "fewer than", "less than", "at most", "up to", "nearly", "almost", "about",
  "around", "approximately", "roughly", "some", "over", "under",
};

/* Words after a number that are no counted thing: the number is part of
 * a phrase or a time. */
static const char * const not_units[] = {
  "a", "am", "an", "and", "are", "as", "at", "by", "cet", "est", "et", "for", "from", "gmt", "in", "is",
  "of", "on", "or", "pm", "the", "to", "utc", "was", "were", "with",
};

/* Months, before or after a number: a day of a month. */
static const char * const months[] = {
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
};

static const char * const ordinal_endings[] = { "st", "nd", "rd", "th" };

static gboolean
in_list (const char         *word,
         const char * const *list,
         gsize               n)
{
  for (gsize i = 0; word != NULL && i < n; i++)
    if (strcmp (word, list[i]) == 0)
      return TRUE;
  return FALSE;
}

/* The word at @text (letters, and hyphens inside it), folded; its end in
 * @end.  NULL where no letter is. */
static char *
read_word (const char  *text,
           const char  *limit,
           const char **end)
{
  const char *p = text;

  while (p < limit && (g_unichar_isalpha (g_utf8_get_char (p)) ||
                       (*p == '-' && p > text && p + 1 < limit && g_ascii_isalpha (p[1]))))
    p = g_utf8_next_char (p);
  *end = p;
  if (p == text)
    return NULL;
  return g_utf8_casefold (text, p - text);
}

static const char *
skip_spaces (const char *p,
             const char *limit)
{
  while (p < limit && g_unichar_isspace (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  return p;
}

/* The word before @at, folded, or NULL. */
static char *
word_before (const char *text,
             const char *at)
{
  const char *p = at;
  const char *end;

  while (p > text && (p[-1] == '.' || g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (p)))))
    p = g_utf8_prev_char (p);
  end = p;
  while (p > text && g_unichar_isalpha (g_utf8_get_char (g_utf8_prev_char (p))))
    p = g_utf8_prev_char (p);
  return p < end ? g_utf8_casefold (p, end - p) : NULL;
}

/* Where the qualifier before the number at @start begins ("at least 10"),
 * or @start without one. */
static const char *
qualified_start (const char *text,
                 const char *start)
{
  const char *at = start;

  while (at > text && at[-1] == ' ')
    at--;
  for (gsize q = 0; q < G_N_ELEMENTS (qualifiers); q++)
    {
      gsize length = strlen (qualifiers[q]);

      if ((gsize) (at - text) >= length && g_ascii_strncasecmp (at - length, qualifiers[q], length) == 0 &&
          (at - length == text || !g_ascii_isalpha (*(at - length - 1))))
        return at - length;
    }
  return start;
}

/* The number at @p: digits, groups of three after commas ("1,200"), one
 * decimal point ("52.14"); its value, where it ends, and whether it is
 * a whole number of four digits alone (a year, perhaps). */
static const char *
read_number (const char *p,
             const char *limit,
             double     *value,
             gboolean   *bare_four_digits)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  gboolean decimal = FALSE, grouped = FALSE;

  while (p < limit)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p++);
      else if (*p == ',' && !decimal && limit - p > 3 && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]) &&
               g_ascii_isdigit (p[3]) && (limit - p == 4 || !g_ascii_isdigit (p[4])))
        {
          grouped = TRUE;
          p++;
        }
      else if (*p == '.' && !decimal && limit - p > 1 && g_ascii_isdigit (p[1]))
        {
          decimal = TRUE;
          g_string_append_c (digits, *p++);
        }
      else
        break;
    }
  *value = g_ascii_strtod (digits->str, NULL);
  *bare_four_digits = !decimal && !grouped && digits->len == 4;
  return p;
}

/* The counts @text (a sentence of @len bytes) gives, into @figures, but
 * none within @skip_start…@skip_end (its date expression): a number with
 * the word it counts, and the qualifier before it.  Years, days of months,
 * times, scores and ordinals are no counts. */
static void
collect_figures (const char *text,
                 gsize       len,
                 gsize       skip_start,
                 gsize       skip_end,
                 guint       report,
                 GArray     *figures)
{
  const char *limit = text + len;
  const char *p = text;

  while (p < limit)
    {
      const char *start = p, *end, *after, *unit_end = NULL;
      g_autofree char *unit = NULL;
      g_autofree char *before = NULL;
      gboolean four_digits;
      double value;

      if (!g_ascii_isdigit (*p) ||
          (p > text && (g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (p))) || strchr (".,:/-", p[-1]) != NULL)))
        {
          p = g_utf8_next_char (p);
          continue;
        }
      end = p = read_number (p, limit, &value, &four_digits);
      if ((gsize) (start - text) < skip_end && (gsize) (end - text) > skip_start)
        continue;
      /* 13:00, 2024/10/17, a score of 6-3. */
      if (end < limit && strchr (":/-", *end) != NULL && limit - end > 1 && g_ascii_isdigit (end[1]))
        continue;

      after = skip_spaces (end, limit);
      if (after < limit && (*after == '%' || g_str_has_prefix (after, "\xEF\xBC\x85")))
        {
          unit = g_strdup ("%");
          unit_end = g_utf8_next_char (after);
        }
      else
        {
          const char *word_end;
          char *word = read_word (after, limit, &word_end);

          /* "31st", "5th": ordinals. */
          if (after == end && in_list (word, ordinal_endings, G_N_ELEMENTS (ordinal_endings)))
            {
              g_free (word);
              continue;
            }
          for (gsize m = 0; word != NULL && m < G_N_ELEMENTS (multipliers); m++)
            if (strcmp (word, multipliers[m].word) == 0)
              {
                value *= multipliers[m].factor;
                g_free (word);
                word = read_word (skip_spaces (word_end, limit), limit, &word_end);
                break;
              }
          if (word != NULL && (strcmp (word, "percent") == 0 || strcmp (word, "per") == 0))
            {
              const char *cent = skip_spaces (word_end, limit);

              if (strcmp (word, "percent") == 0 || g_str_has_prefix (cent, "cent"))
                {
                  word_end = strcmp (word, "percent") == 0 ? word_end : cent + 4;
                  g_free (word);
                  word = g_strdup ("%");
                }
            }
          unit = word;
          unit_end = word_end;
        }
      if (unit == NULL || (g_utf8_strlen (unit, -1) < 2 && strcmp (unit, "%") != 0) ||
          in_list (unit, not_units, G_N_ELEMENTS (not_units)) || in_list (unit, months, G_N_ELEMENTS (months)))
        continue;
      /* A year: four digits alone, from 1800 to 2100. */
      if (four_digits && value >= 1800 && value <= 2100 && strcmp (unit, "%") != 0)
        continue;
      /* "October 16", "Oct. 16": a day of a month. */
      before = word_before (text, start);
      if (in_list (before, months, G_N_ELEMENTS (months)))
        continue;
      /* Plurals count the same thing: "deaths" and "death". */
      {
        gsize length = strlen (unit);

        if (length > 3 && unit[length - 1] == 's' && unit[length - 2] != 's')
          unit[length - 1] = '\0';
      }
      {
        const char *shown = qualified_start (text, start);
        Figure figure = { value, g_steal_pointer (&unit), g_strndup (shown, unit_end - shown), report };

        g_array_append_val (figures, figure);
      }
    }
}

/* Two numbers that may be one count told differently: close percentages
 * (52.1% and 52.14%, not 52.1% and 47.9%), or counts within a third of
 * each other (10 and 12, not 10 and 40). */
static gboolean
may_be_one_count (const Figure *a,
                  const Figure *b)
{
  if (strcmp (a->unit, "%") == 0)
    return fabs (a->value - b->value) <= 1.0;
  return MIN (a->value, b->value) >= 0.66 * MAX (a->value, b->value);
}

static guint
find_root (guint *parents,
           guint  i)
{
  while (parents[i] != i)
    i = parents[i] = parents[parents[i]];
  return i;
}

/* How a disagreement names a report's outlet: its name, else its
 * article's, cut short ("[Erdogan declares victory in…]"). */
static char *
dup_group_label (DossierEventReports *self,
                 guint                group)
{
  Group *found = g_ptr_array_index (self->groups, group);
  g_autoptr(DossierArticle) article = NULL;
  const char *title, *cut;

  if (found->name != NULL)
    return g_strdup (found->name);
  article = dossier_article_new (self->analysis, found->document);
  title = dossier_article_get_display_title (article);
  cut = g_utf8_offset_to_pointer (title, MIN (g_utf8_strlen (title, -1), 32));
  while (cut > title && *cut != '\0' && cut[-1] == ' ')
    cut--;
  return g_strdup_printf ("[%.*s%s]", (int) (cut - title), title, *cut != '\0' ? "…" : "");
}

/* "52.14% (Gulf Press) · 52.1% (MENAFN, Reuters)": each alternative once
 * (by @keys: one number or day however it is written), in the words of
 * its first report, with the outlets that give it. */
static char *
list_alternatives (DossierEventReports *self,
                   GPtrArray           *keys,    /* of char*, what is compared */
                   GPtrArray           *words,   /* of char*, as shown */
                   GArray              *reports) /* of guint, the report of each */
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GHashTable) done = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < keys->len; i++)
    {
      const char *key = g_ptr_array_index (keys, i);
      g_autoptr(GString) outlets = g_string_new (NULL);
      g_autoptr(GHashTable) named = g_hash_table_new (NULL, NULL);

      if (g_hash_table_contains (done, key))
        continue;
      g_hash_table_add (done, (gpointer) key);
      for (guint j = i; j < keys->len; j++)
        {
          guint group;
          g_autofree char *label = NULL;

          if (strcmp (g_ptr_array_index (keys, j), key) != 0)
            continue;
          group = g_array_index (self->reports, DossierEventReport, g_array_index (reports, guint, j)).group;
          if (g_hash_table_contains (named, GUINT_TO_POINTER (group + 1)))
            continue;
          g_hash_table_add (named, GUINT_TO_POINTER (group + 1));
          label = dup_group_label (self, group);
          g_string_append_printf (outlets, "%s%s", outlets->len > 0 ? C_("list separator", ", ") : "", label);
        }
      if (text->len > 0)
        g_string_append (text, " · ");
      /* Translators: a figure or date one outlet gives, then the
       * outlets that give it: "52.14% (Gulf Press)". */
      g_string_append_printf (text, C_("disagreement", "%s (%s)"), (const char *) g_ptr_array_index (words, i),
                              outlets->str);
    }
  return g_strdup (text->str);
}

static guint
article_of (DossierEventReports *self,
            guint                report)
{
  DossierPassage *passage = g_array_index (self->reports, DossierEventReport, report).passage;

  return dossier_article_get_index (dossier_passage_get_article (passage));
}

/* The figures reports of different articles give one count differently,
 * each set of them one disagreement. */
static void
find_number_disagreements (DossierEventReports *self,
                           GArray              *figures)
{
  g_autofree guint *parents = g_new (guint, MAX (figures->len, 1));
  g_autofree gboolean *conflicting = g_new0 (gboolean, MAX (figures->len, 1));

  for (guint i = 0; i < figures->len; i++)
    parents[i] = i;

  /* Two figures of one thing from two articles disagree where each is
   * the other article's nearest to it, and neither article also gives
   * the other's number (52.1% and 47.9% of one vote are two counts). */
  for (guint i = 0; i < figures->len; i++)
    for (guint j = i + 1; j < figures->len; j++)
      {
        const Figure *a = &g_array_index (figures, Figure, i);
        const Figure *b = &g_array_index (figures, Figure, j);
        guint article_a = article_of (self, a->report), article_b = article_of (self, b->report);
        gboolean apart = TRUE;

        if (article_a == article_b || strcmp (a->unit, b->unit) != 0 || a->value == b->value ||
            !may_be_one_count (a, b))
          continue;
        for (guint k = 0; k < figures->len && apart; k++)
          {
            const Figure *c = &g_array_index (figures, Figure, k);
            guint article_c = article_of (self, c->report);

            if (strcmp (c->unit, a->unit) != 0 || (article_c != article_a && article_c != article_b))
              continue;
            /* c of B nearer a than b is, or c of A nearer b than a is. */
            if (article_c == article_b && fabs (c->value - a->value) < fabs (b->value - a->value))
              apart = FALSE;
            if (article_c == article_a && fabs (c->value - b->value) < fabs (a->value - b->value))
              apart = FALSE;
          }
        if (!apart)
          continue;
        conflicting[i] = conflicting[j] = TRUE;
        parents[find_root (parents, i)] = find_root (parents, j);
      }

  for (guint root = 0; root < figures->len; root++)
    {
      g_autoptr(GPtrArray) keys = NULL;
      g_autoptr(GPtrArray) words = NULL;
      g_autoptr(GArray) reports = NULL;
      DossierDisagreement disagreement;

      if (!conflicting[root] || find_root (parents, root) != root)
        continue;
      keys = g_ptr_array_new_with_free_func (g_free);
      words = g_ptr_array_new ();
      reports = g_array_new (FALSE, FALSE, sizeof (guint));
      for (guint i = 0; i < figures->len; i++)
        if (conflicting[i] && find_root (parents, i) == root)
          {
            const Figure *figure = &g_array_index (figures, Figure, i);
            char value[G_ASCII_DTOSTR_BUF_SIZE];

            g_ptr_array_add (keys, g_strdup (g_ascii_dtostr (value, sizeof value, figure->value)));
            g_ptr_array_add (words, figure->words);
            g_array_append_val (reports, figure->report);
          }
      disagreement.kind = DOSSIER_DISAGREEMENT_NUMBER;
      disagreement.what = list_alternatives (self, keys, words, reports);
      g_array_append_val (self->disagreements, disagreement);
    }
}

/* The days reports of different articles give the happening, where one
 * does not lie within the other ("16 October 2024" and "October 2024"
 * agree). */
static void
find_date_disagreements (DossierEventReports *self)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) reports = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < self->reports->len; i++)
    {
      const DossierEventReport *a = &g_array_index (self->reports, DossierEventReport, i);
      gboolean differs = FALSE;

      if (!dossier_date_is_set (&a->date))
        continue;
      for (guint j = 0; j < self->reports->len && !differs; j++)
        {
          const DossierEventReport *b = &g_array_index (self->reports, DossierEventReport, j);

          differs = dossier_date_is_set (&b->date) && article_of (self, i) != article_of (self, j) &&
                    !dossier_date_contains (&a->date, &b->date) && !dossier_date_contains (&b->date, &a->date);
        }
      if (differs)
        {
          g_ptr_array_add (words, dossier_date_format_readable (&a->date));
          g_array_append_val (reports, i);
        }
    }
  if (words->len > 0)
    {
      DossierDisagreement disagreement = { DOSSIER_DISAGREEMENT_DATE, list_alternatives (self, words, words, reports) };

      g_array_append_val (self->disagreements, disagreement);
    }
}

static void
build (DossierEventReports      *self,
       const DossierEventRecord *record)
{
  g_autoptr(GArray) figures = g_array_new (FALSE, TRUE, sizeof (Figure));
  g_autoptr(DossierArticle) article = NULL;
  g_autofree int *report_of_source = g_new (int, MAX (record->sources->len, 1));

  g_array_set_clear_func (figures, clear_figure);
  for (guint s = 0; s < record->sources->len; s++)
    {
      const DossierEventSource *source = &g_array_index (record->sources, DossierEventSource, s);
      DossierDocument *document = dossier_analysis_get_document (self->analysis, source->document);
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, source->paragraph);
      DossierCodePointCursor cursor = DOSSIER_CODE_POINT_CURSOR_INIT;
      DossierEventReport report = { 0 };
      guint start;

      /* Sources come article by article: one article object for each. */
      if (article == NULL || dossier_article_get_index (article) != source->document)
        {
          g_clear_object (&article);
          article = dossier_article_new (self->analysis, source->document);
          self->n_articles++;
        }
      start = (guint) dossier_code_points (&cursor, paragraph, source->start);
      report.passage = dossier_passage_new (article, source->paragraph, start,
                                            (guint) dossier_code_points (&cursor, paragraph, source->end));
      report.group = find_group (self, document, source->document);
      report.dated_by = describe_dating (document, source);
      if (source->date_end > source->date_start)
        {
          const DossierDateMention *mention = find_date_mention (document, source);

          if (mention != NULL)
            report.date = mention->value;
        }
      report_of_source[s] = (int) self->reports->len;
      collect_figures (paragraph->text + source->start, source->end - source->start,
                       source->date_start > source->start ? source->date_start - source->start : 0,
                       source->date_end > source->start ? source->date_end - source->start : 0,
                       self->reports->len, figures);
      g_array_append_val (self->reports, report);
    }

  for (guint k = 0; record->links != NULL && k < record->links->len; k++)
    {
      const DossierEventLink *link = &g_array_index (record->links, DossierEventLink, k);
      DossierEventReportLink shown;

      if (link->source_a >= record->sources->len || link->source_b >= record->sources->len ||
          g_array_index (record->sources, DossierEventSource, link->source_a).document ==
          g_array_index (record->sources, DossierEventSource, link->source_b).document)
        continue;
      shown.report_a = (guint) report_of_source[link->source_a];
      shown.report_b = (guint) report_of_source[link->source_b];
      shown.reasons = link->reasons;
      shown.why = dossier_event_link_describe (self->analysis, link);
      g_array_append_val (self->links, shown);
    }

  find_date_disagreements (self);
  find_number_disagreements (self, figures);
}

static void
dossier_event_reports_finalize (GObject *object)
{
  DossierEventReports *self = DOSSIER_EVENT_REPORTS (object);

  g_array_unref (self->reports);
  g_ptr_array_unref (self->groups);
  g_array_unref (self->links);
  g_array_unref (self->disagreements);
  g_clear_pointer (&self->analysis, dossier_analysis_unref);
  G_OBJECT_CLASS (dossier_event_reports_parent_class)->finalize (object);
}

static void
dossier_event_reports_class_init (DossierEventReportsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dossier_event_reports_finalize;
}

static void
dossier_event_reports_init (DossierEventReports *self)
{
  self->reports = g_array_new (FALSE, TRUE, sizeof (DossierEventReport));
  g_array_set_clear_func (self->reports, clear_report);
  self->groups = g_ptr_array_new_with_free_func (group_free);
  self->links = g_array_new (FALSE, TRUE, sizeof (DossierEventReportLink));
  g_array_set_clear_func (self->links, clear_link);
  self->disagreements = g_array_new (FALSE, TRUE, sizeof (DossierDisagreement));
  g_array_set_clear_func (self->disagreements, clear_disagreement);
}

DossierEventReports *
dossier_event_reports_new_for_record (DossierAnalysis          *analysis,
                                      const DossierEventRecord *record)
{
  DossierEventReports *self;

  g_return_val_if_fail (analysis != NULL, NULL);
  g_return_val_if_fail (record != NULL, NULL);

  self = g_object_new (DOSSIER_TYPE_EVENT_REPORTS, NULL);
  self->analysis = dossier_analysis_ref (analysis);
  build (self, record);
  return self;
}

DossierEventReports *
dossier_event_reports_new (DossierEvent *event)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (event), NULL);

  return dossier_event_reports_new_for_record (dossier_event_get_analysis (event), dossier_event_get_record (event));
}

guint
dossier_event_reports_get_n_articles (DossierEventReports *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT_REPORTS (self), 0);
  return self->n_articles;
}

guint
dossier_event_reports_get_n_outlets (DossierEventReports *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT_REPORTS (self), 0);
  return self->groups->len;
}

static char *
format_counts (guint n_articles,
               guint n_outlets)
{
  g_autofree char *articles = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u article", "%u articles", n_articles),
                                               n_articles);
  g_autofree char *outlets = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u outlet", "%u outlets", n_outlets),
                                              n_outlets);

  /* Translators: how many articles and outlets report an event: "3
   * articles, 2 outlets". */
  return g_strdup_printf (C_("reported by", "%s, %s"), articles, outlets);
}

char *
dossier_event_reports_dup_count_label (DossierEventReports *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT_REPORTS (self), NULL);
  return format_counts (self->n_articles, self->groups->len);
}

guint
dossier_event_reports_get_n_reports (DossierEventReports *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT_REPORTS (self), 0);
  return self->reports->len;
}

const DossierEventReport *
dossier_event_reports_get_report (DossierEventReports *self,
                                  guint                report)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT_REPORTS (self), NULL);
  g_return_val_if_fail (report < self->reports->len, NULL);
  return &g_array_index (self->reports, DossierEventReport, report);
}

guint
dossier_event_reports_get_n_groups (DossierEventReports *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT_REPORTS (self), 0);
  return self->groups->len;
}

const char *
dossier_event_reports_get_group_name (DossierEventReports *self,
                                      guint                group)
{
  Group *found;

  g_return_val_if_fail (DOSSIER_IS_EVENT_REPORTS (self), NULL);
  g_return_val_if_fail (group < self->groups->len, NULL);

  found = g_ptr_array_index (self->groups, group);
  return found->name != NULL ? found->name : _("Unknown outlet");
}

gboolean
dossier_event_reports_group_is_named (DossierEventReports *self,
                                      guint                group)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT_REPORTS (self), FALSE);
  g_return_val_if_fail (group < self->groups->len, FALSE);
  return ((Group *) g_ptr_array_index (self->groups, group))->name != NULL;
}

guint
dossier_event_reports_get_n_links (DossierEventReports *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT_REPORTS (self), 0);
  return self->links->len;
}

const DossierEventReportLink *
dossier_event_reports_get_link (DossierEventReports *self,
                                guint                link)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT_REPORTS (self), NULL);
  g_return_val_if_fail (link < self->links->len, NULL);
  return &g_array_index (self->links, DossierEventReportLink, link);
}

guint
dossier_event_reports_get_n_disagreements (DossierEventReports *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT_REPORTS (self), 0);
  return self->disagreements->len;
}

const DossierDisagreement *
dossier_event_reports_get_disagreement (DossierEventReports *self,
                                        guint                disagreement)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT_REPORTS (self), NULL);
  g_return_val_if_fail (disagreement < self->disagreements->len, NULL);
  return &g_array_index (self->disagreements, DossierDisagreement, disagreement);
}

/* The counts of one event, kept on it: the timeline and the chronology
 * ask for them at every frame and row. */
typedef struct
{
  guint n_articles;
  guint n_outlets;
  char *outlet_names;
} Counts;

static void
counts_free (gpointer data)
{
  Counts *counts = data;

  g_free (counts->outlet_names);
  g_free (counts);
}

static const Counts *
get_counts (DossierEvent *event)
{
  static GQuark quark;
  Counts *counts;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("dossier-event-reports-counts");
  counts = g_object_get_qdata (G_OBJECT (event), quark);
  if (counts == NULL)
    {
      const DossierEventRecord *record = dossier_event_get_record (event);
      DossierAnalysis *analysis = dossier_event_get_analysis (event);
      g_autoptr(GPtrArray) names = NULL;

      counts = g_new0 (Counts, 1);
      counts->n_articles = dossier_event_record_count_articles (record, NULL);
      names = dossier_event_record_dup_outlets (record, dossier_analysis_get_documents (analysis), NULL,
                                                &counts->n_outlets);
      if (names->len > 0)
        {
          g_ptr_array_add (names, NULL);
          /* Translators: the separator between outlets' names in a list. */
          counts->outlet_names = g_strjoinv (C_("list separator", ", "), (char **) names->pdata);
        }
      g_object_set_qdata_full (G_OBJECT (event), quark, counts, counts_free);
    }
  return counts;
}

void
dossier_event_reports_count (DossierEvent *event,
                             guint        *n_articles,
                             guint        *n_outlets)
{
  const Counts *counts;

  g_return_if_fail (DOSSIER_IS_EVENT (event));

  counts = get_counts (event);
  if (n_articles != NULL)
    *n_articles = counts->n_articles;
  if (n_outlets != NULL)
    *n_outlets = counts->n_outlets;
}

void
dossier_event_reports_prepare (DossierEvent *event)
{
  g_return_if_fail (DOSSIER_IS_EVENT (event));

  get_counts (event);
}

char *
dossier_event_reports_dup_event_counts (DossierEvent *event)
{
  const Counts *counts;

  g_return_val_if_fail (DOSSIER_IS_EVENT (event), NULL);

  counts = get_counts (event);
  return format_counts (counts->n_articles, counts->n_outlets);
}

const char *
dossier_event_reports_get_outlet_names (DossierEvent *event)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (event), NULL);
  return get_counts (event)->outlet_names;
}

gboolean
dossier_event_reports_name_entity (DossierEvent *event,
                                   const char   *key)
{
  const DossierEventRecord *record;
  DossierAnalysis *analysis;
  guint n_entities;

  g_return_val_if_fail (DOSSIER_IS_EVENT (event), FALSE);

  if (key == NULL)
    return FALSE;
  record = dossier_event_get_record (event);
  analysis = dossier_event_get_analysis (event);
  n_entities = dossier_analysis_get_n_entities (analysis);
  for (guint e = 0; record->entities != NULL && e < record->entities->len; e++)
    {
      int entity = g_array_index (record->entities, int, e);

      if (entity >= 0 && (guint) entity < n_entities &&
          g_strcmp0 (dossier_analysis_get_entity (analysis, entity)->key, key) == 0)
        return TRUE;
    }
  for (guint s = 0; s < record->sources->len; s++)
    {
      const DossierEventSource *source = &g_array_index (record->sources, DossierEventSource, s);
      DossierDocument *document = dossier_analysis_get_document (analysis, source->document);

      for (guint m = 0; m < document->mentions->len; m++)
        {
          const DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);

          if (mention->paragraph != source->paragraph || mention->start < source->start ||
              mention->end > source->end)
            continue;
          if (mention->entity >= 0 && (guint) mention->entity < n_entities &&
              g_strcmp0 (dossier_analysis_get_entity (analysis, mention->entity)->key, key) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean
contains_folded (const char *text,
                 gssize      len,
                 const char *folded)
{
  g_autofree char *haystack = g_utf8_casefold (text, len);

  return strstr (haystack, folded) != NULL;
}

gboolean
dossier_event_reports_contain_words (DossierEvent *event,
                                     const char   *folded)
{
  const DossierEventRecord *record;
  DossierAnalysis *analysis;

  g_return_val_if_fail (DOSSIER_IS_EVENT (event), FALSE);

  if (folded == NULL || *folded == '\0')
    return TRUE;
  record = dossier_event_get_record (event);
  if (record->summary != NULL && contains_folded (record->summary, -1, folded))
    return TRUE;
  analysis = dossier_event_get_analysis (event);
  for (guint s = 0; s < record->sources->len; s++)
    {
      const DossierEventSource *source = &g_array_index (record->sources, DossierEventSource, s);
      DossierDocument *document = dossier_analysis_get_document (analysis, source->document);
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, source->paragraph);

      if (contains_folded (paragraph->text + source->start, source->end - source->start, folded))
        return TRUE;
    }
  return FALSE;
}

gboolean
dossier_event_reports_include_article (DossierEvent *event,
                                       guint         document)
{
  const DossierEventRecord *record;

  g_return_val_if_fail (DOSSIER_IS_EVENT (event), FALSE);

  record = dossier_event_get_record (event);
  for (guint s = 0; s < record->sources->len; s++)
    if (g_array_index (record->sources, DossierEventSource, s).document == document)
      return TRUE;
  return FALSE;
}
