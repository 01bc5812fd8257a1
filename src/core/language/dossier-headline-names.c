/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* A headline ("State of Emergency Declared After Italy Bridge Collapse")
 * or a photo's caption names the people, bodies and places of its article
 * as the text does, but in words the recogniser cannot read alone: every
 * word of a headline is capitalised.  So they are not recognised: the
 * names the dossier's texts gave its entities are looked for there, the
 * longest first, on word boundaries. */

#include "config.h"

#include <string.h>

#include "dossier-date-expression.h"
#include "dossier-entity-resolver.h"
#include "dossier-headline-names.h"

/* The most words a name looked for has. */
#define MAX_NAME_WORDS 6

/* The dossier's names as a filter of bits, each set by a name's length and
 * first and last two bytes: a run of words no name could be is passed by
 * without being copied and looked up (a title has a few dozen words, each
 * tried with up to MAX_NAME_WORDS - 1 after it, and a name is seldom
 * there).  Never wrong about a name that is there. */
#define NAME_FILTER_BITS 18

typedef struct
{
  guint8 bits[(1u << NAME_FILTER_BITS) / 8];
} NameFilter;

/* Of @len bytes, two or more. */
static guint
name_filter_bit (const char *text,
                 gsize       len)
{
  const guchar *bytes = (const guchar *) text;
  guint32 hash = (guint32) len * 0x9e3779b1u;

  hash ^= (guint32) bytes[0] << 24 | (guint32) bytes[1] << 16 | (guint32) bytes[len - 2] << 8 | bytes[len - 1];
  return (hash * 2654435761u) >> (32 - NAME_FILTER_BITS);
}

static void
name_filter_add (NameFilter *filter,
                 const char *name)
{
  guint bit = name_filter_bit (name, strlen (name));

  filter->bits[bit / 8] |= 1u << (bit % 8);
}

/* Whether a name of the filter may be the @len bytes at @text: never
 * one of fewer than two bytes (see dossier_headline_names_find ()). */
static gboolean
name_filter_may_hold (const NameFilter *filter,
                      const char       *text,
                      gsize             len)
{
  guint bit;

  if (len < 2)
    return FALSE;
  bit = name_filter_bit (text, len);
  return (filter->bits[bit / 8] & (1u << (bit % 8))) != 0;
}

static gboolean
is_word_byte (guchar c)
{
  return g_ascii_isalnum (c) || c >= 0x80;
}

static gboolean
names_entity_in (const DossierEntityRecord *entity,
                 guint                      document)
{
  for (guint k = 0; k < entity->documents->len; k++)
    if (g_array_index (entity->documents, guint, k) == document)
      return TRUE;
  return FALSE;
}

/* Whether the name at @start of caption @text stands in its credit: after
 * an open bracket, a "Photo:" or a "©" ("(AP Photo/Kim Lee)", "Photo:
 * Reuters"), or next to a slash ("REUTERS/Yves Herman").  A credit names
 * who took the picture, not what the article tells.  (A caption kept
 * aside holds credits in more forms than the end of a paragraph that
 * dossier_paragraph_find_photo_credit () reads: that one, used here, let
 * two unseen sets' agencies in.) */
static gboolean
in_a_credit (const char *text,
             gsize       start,
             gsize       end)
{
  static const char * const marks[] = { "Photo", "photo", "PHOTO", "Credit", "credit", "Image", "Picture", "\xc2\xa9" };
  int open = 0;

  if (text[end] == '/' || (start > 0 && text[start - 1] == '/'))
    return TRUE;
  for (gsize i = 0; i < start; i++)
    {
      if (text[i] == '(' || text[i] == '[')
        open++;
      else if ((text[i] == ')' || text[i] == ']') && open > 0)
        open--;
    }
  if (open > 0)
    return TRUE;
  for (gsize k = 0; k < G_N_ELEMENTS (marks); k++)
    for (const char *mark = strstr (text, marks[k]); mark != NULL && (gsize) (mark - text) < start;
         mark = strstr (mark + 1, marks[k]))
      {
        const char *after = mark + strlen (marks[k]);

        /* "Photo:", "Photo/", "Photo by", "©": a credit; "this file photo
         * shows" is none. */
        while (*after == ' ')
          after++;
        if (marks[k][0] == '\xc2' || *after == ':' || *after == '/' || g_str_has_prefix (after, "by "))
          return TRUE;
      }
  return FALSE;
}

static void
find_in (GHashTable       *names,
         const NameFilter *filter,
         GPtrArray        *entities,
         const char *text,
         int         where,
         guint       document,
         GArray     *found)
{
  gsize starts[64], ends[64];
  guint n = 0;

  if (text == NULL)
    return;
  /* The words: runs of letters and digits, with the apostrophes, hyphens
   * and dots inside a name ("O'Brien", "Jean-Claude", "U.S."). */
  for (gsize i = 0; text[i] != '\0' && n < G_N_ELEMENTS (starts);)
    {
      if (!is_word_byte (text[i]))
        {
          i++;
          continue;
        }
      starts[n] = i;
      while (text[i] != '\0' && (is_word_byte (text[i]) ||
                                 ((text[i] == '-' || text[i] == '\'' || text[i] == '.') && is_word_byte (text[i + 1]))))
        i++;
      /* "U.S." keeps its last dot. */
      if (text[i] == '.' && i >= 2 && text[i - 2] == '.')
        i++;
      ends[n++] = i;
    }
  for (guint w = 0; w < n;)
    {
      guint taken = 0;

      /* A name starts with a capital or a figure. */
      if (g_ascii_islower (text[starts[w]]))
        {
          w++;
          continue;
        }
      for (guint k = MIN (n, w + MAX_NAME_WORDS); k > w && taken == 0; k--)
        {
          char name[256];
          gsize len = ends[k - 1] - starts[w];
          gpointer value;
          const DossierEntityRecord *entity;
          DossierHeadlineMention mention;

          if (len >= sizeof name || !name_filter_may_hold (filter, text + starts[w], len))
            continue;
          memcpy (name, text + starts[w], len);
          name[len] = '\0';
          if (!g_hash_table_lookup_extended (names, name, NULL, &value) || GPOINTER_TO_INT (value) < 0)
            continue;
          entity = g_ptr_array_index (entities, GPOINTER_TO_INT (value));
          /* "Smith" of another article may be anyone's. */
          if (k - w == 1 && entity->type == DOSSIER_ENTITY_PERSON && !names_entity_in (entity, document))
            continue;
          if (where != DOSSIER_HEADLINE_TITLE && in_a_credit (text, starts[w], ends[k - 1]))
            continue;
          mention.where = where;
          mention.start = starts[w];
          mention.end = ends[k - 1];
          mention.entity = GPOINTER_TO_INT (value);
          g_array_append_val (found, mention);
          taken = k - w;
        }
      w += MAX (taken, 1);
    }
}

void
dossier_headline_names_find (GPtrArray *documents,
                             GPtrArray *entities,
                             GPtrArray *found)
{
  /* name → entity index, or -1 for a name two entities share. */
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree NameFilter *filter = g_new0 (NameFilter, 1);

  g_return_if_fail (documents != NULL && entities != NULL && found != NULL);

  g_ptr_array_set_size (found, 0);
  g_ptr_array_set_free_func (found, (GDestroyNotify) g_array_unref);
  for (guint e = 0; e < entities->len; e++)
    {
      const DossierEntityRecord *entity = g_ptr_array_index (entities, e);

      for (guint a = 0; a < entity->aliases->len; a++)
        {
          char *alias = g_ptr_array_index (entity->aliases, a);
          gpointer value;

          /* Two letters name a body or a country only in capitals ("US",
           * "EU"). */
          if (strlen (alias) < 2 || (strlen (alias) == 2 && !(g_ascii_isupper (alias[0]) && g_ascii_isupper (alias[1]))))
            continue;
          if (g_hash_table_lookup_extended (names, alias, NULL, &value))
            {
              if (GPOINTER_TO_INT (value) != (int) e)
                g_hash_table_insert (names, alias, GINT_TO_POINTER (-1));
              continue;
            }
          g_hash_table_insert (names, alias, GINT_TO_POINTER ((int) e));
          name_filter_add (filter, alias);
        }
    }
  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);
      GArray *here = g_array_new (FALSE, FALSE, sizeof (DossierHeadlineMention));

      find_in (names, filter, entities, document->title, DOSSIER_HEADLINE_TITLE, d, here);
      for (guint c = 0; document->captions != NULL && c < document->captions->len; c++)
        find_in (names, filter, entities, g_ptr_array_index (document->captions, c), (int) c, d, here);
      g_ptr_array_add (found, here);
    }
}

/* The first line of the input that @kind of removed text @text was on. */
static guint
removed_line (DossierDocument   *document,
              DossierRemovedKind kind,
              const char        *text)
{
  for (guint r = 0; document->removed != NULL && r < document->removed->len; r++)
    {
      const DossierRemoved *removed = &g_array_index (document->removed, DossierRemoved, r);

      if (removed->kind == kind && removed->text != NULL && strstr (removed->text, text) != NULL)
        return removed->first_line;
    }
  return 0;
}

/* Where a headline tells what is to come as headlines do, a name and
 * "to" and a verb ("Japan's ANA to resume 787 flights on Sunday"): the
 * byte of the space before that "to", or -1.  Every word before it is
 * capitalised: "Court sends Bolsonaro to prison" has its verb. */
static gssize
headline_infinitive (const char *text)
{
  const char *at = strstr (text, " to ");

  if (at == NULL || !g_ascii_islower (at[4]))
    return -1;
  for (const char *word = text; word < at; word++)
    if ((word == text || word[-1] == ' ') && g_ascii_islower (*word))
      return -1;
  return at - text;
}

static void
dates_in (const char        *text,
          int                where,
          guint              line,
          const DossierDate *reference,
          GArray            *found)
{
  g_autoptr(GArray) expressions = NULL;
  g_autofree char *future = NULL;
  gssize infinitive;

  if (text == NULL || *text == '\0')
    return;
  /* A headline's "ANA to resume flights on Sunday" reads as "ANA is to
   * resume …", which looks forward; the dates' places are moved back. */
  infinitive = where == DOSSIER_HEADLINE_TITLE ? headline_infinitive (text) : -1;
  if (infinitive >= 0)
    future = g_strdup_printf ("%.*s is%s", (int) infinitive, text, text + infinitive);
  expressions = dossier_date_expressions_find (future != NULL ? future : text, -1, reference);
  for (guint i = 0; i < expressions->len; i++)
    {
      DossierDateExpression *expression = &g_array_index (expressions, DossierDateExpression, i);
      DossierHeadlineDate date;

      if (future != NULL && expression->start > (gsize) infinitive)
        {
          expression->start -= 3;
          expression->end -= 3;
        }
      else if (future != NULL && expression->end > (gsize) infinitive)
        continue;
      date = (DossierHeadlineDate) { where, expression->start, expression->end, expression->value,
                                     expression->rule, expression->relative, line };

      /* "The following day" counts from a date a headline does not give. */
      if (expression->sequence)
        date.value = (DossierDate) DOSSIER_DATE_INIT;
      g_array_append_val (found, date);
    }
}

void
dossier_headline_dates_find (GPtrArray *documents,
                             GPtrArray *found)
{
  g_return_if_fail (documents != NULL && found != NULL);

  g_ptr_array_set_size (found, 0);
  g_ptr_array_set_free_func (found, (GDestroyNotify) g_array_unref);
  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);
      const DossierDate *reference = dossier_date_is_set (&document->published) ? &document->published : NULL;
      GArray *here = g_array_new (FALSE, FALSE, sizeof (DossierHeadlineDate));

      if (document->title != NULL)
        dates_in (document->title, DOSSIER_HEADLINE_TITLE,
                  removed_line (document, DOSSIER_REMOVED_TITLE, document->title), reference, here);
      for (guint c = 0; document->captions != NULL && c < document->captions->len; c++)
        {
          const char *caption = g_ptr_array_index (document->captions, c);

          dates_in (caption, (int) c, removed_line (document, DOSSIER_REMOVED_CAPTION, caption), reference, here);
        }
      g_ptr_array_add (found, here);
    }
}
