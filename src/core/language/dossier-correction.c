/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-correction.h"

#include "dossier-characters.h"
#include "dossier-entity-recognizer.h"
#include "dossier-entity-resolver.h"
#include "dossier-debug.h"

#include <string.h>

/* As the dossier file keeps them (DossierCorrectionKind's order). */
static const char *kind_names[] = {
  "published", "rename", "retype", "merge", "split", "not-a-name", "add-name", "distinct",
  "title", "outlet", "author",
  "event-title", "event-date", "event-merge", "event-split", "event-hidden", "event-new",
};
G_STATIC_ASSERT (G_N_ELEMENTS (kind_names) == DOSSIER_CORRECTION_EVENT_NEW + 1);

DossierCorrection *
dossier_correction_new (DossierCorrectionKind  kind,
                        const char            *entity,
                        const char            *value)
{
  DossierCorrection *correction = g_new0 (DossierCorrection, 1);

  correction->kind = kind;
  correction->entity = g_strdup (entity);
  correction->value = g_strdup (value);
  return correction;
}

DossierCorrection *
dossier_correction_copy (const DossierCorrection *correction)
{
  return dossier_correction_new (correction->kind, correction->entity, correction->value);
}

void
dossier_correction_free (DossierCorrection *correction)
{
  if (correction == NULL)
    return;
  g_free (correction->entity);
  g_free (correction->value);
  g_free (correction);
}

const char *
dossier_correction_kind_to_string (DossierCorrectionKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (kind_names), NULL);
  return kind_names[kind];
}

gboolean
dossier_correction_kind_from_string (const char            *name,
                                     DossierCorrectionKind *kind)
{
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (kind_names); i++)
    if (strcmp (name, kind_names[i]) == 0)
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

gboolean
dossier_correction_kind_is_article (DossierCorrectionKind kind)
{
  return kind == DOSSIER_CORRECTION_PUBLISHED || kind == DOSSIER_CORRECTION_TITLE ||
         kind == DOSSIER_CORRECTION_OUTLET || kind == DOSSIER_CORRECTION_AUTHOR;
}

gboolean
dossier_correction_kind_is_event (DossierCorrectionKind kind)
{
  return kind >= DOSSIER_CORRECTION_EVENT_TITLE && kind <= DOSSIER_CORRECTION_EVENT_NEW;
}

char *
dossier_correction_split_key (const char *entity,
                              const char *alias)
{
  g_autofree char *folded = g_utf8_casefold (alias, -1);
  return g_strconcat (entity, "/", folded, NULL);
}

static gboolean
type_from_string (const char        *name,
                  DossierEntityType *type)
{
  for (DossierEntityType t = DOSSIER_ENTITY_PERSON; t <= DOSSIER_ENTITY_PLACE; t++)
    if (g_strcmp0 (name, dossier_entity_type_to_string (t)) == 0)
      {
        *type = t;
        return TRUE;
      }
  return FALSE;
}

static int
find_entity (GPtrArray  *entities,
             const char *key)
{
  g_autofree char *refolded = NULL;

  for (guint e = 0; e < entities->len; e++)
    {
      DossierEntityRecord *entity = g_ptr_array_index (entities, e);
      if (entity != NULL && g_strcmp0 (entity->key, key) == 0)
        return e;
    }
  /* A key an older Dossier made, before names were folded as they are now. */
  if (key == NULL)
    return -1;
  refolded = dossier_entity_key_refold (key);
  if (strcmp (refolded, key) == 0)
    return -1;
  for (guint e = 0; e < entities->len; e++)
    {
      DossierEntityRecord *entity = g_ptr_array_index (entities, e);
      if (entity != NULL && g_strcmp0 (entity->key, refolded) == 0)
        return e;
    }
  return -1;
}

typedef struct
{
  guint document;
  guint paragraph;
  gsize start;
  guint old_index;
  GHashTable *surfaces;    /* surface → count */
} Recount;

static int
compare_first (gconstpointer a,
               gconstpointer b)
{
  const Recount *ra = *(const Recount * const *) a;
  const Recount *rb = *(const Recount * const *) b;

  if (ra->document != rb->document)
    return ra->document < rb->document ? -1 : 1;
  if (ra->paragraph != rb->paragraph)
    return ra->paragraph < rb->paragraph ? -1 : 1;
  if (ra->start != rb->start)
    return ra->start < rb->start ? -1 : 1;
  return ra->old_index < rb->old_index ? -1 : ra->old_index > rb->old_index;
}

/* After mentions moved between entities: the counts, documents and
 * aliases of the entities that changed made again from their mentions,
 * entities left without mentions dropped, and every index renumbered in
 * the order the dossier first mentions them. */
static void
recount (GPtrArray  *documents,
         GPtrArray  *entities,
         GHashTable *changed)
{
  g_autoptr(GPtrArray) recounts = g_ptr_array_new ();
  g_autofree Recount *slots = g_new0 (Recount, entities->len);
  g_autofree int *renumber = g_new (int, entities->len);
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  guint n_entities = entities->len;

  for (guint e = 0; e < entities->len; e++)
    {
      slots[e].old_index = e;
      slots[e].document = G_MAXUINT;
      slots[e].surfaces = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      renumber[e] = -1;
      if (g_hash_table_contains (changed, GUINT_TO_POINTER (e)))
        {
          DossierEntityRecord *entity = g_ptr_array_index (entities, e);
          entity->mentions = 0;
          g_array_set_size (entity->documents, 0);
        }
    }

  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);

      for (guint m = 0; m < document->mentions->len; m++)
        {
          DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
          DossierEntityRecord *entity;
          Recount *slot;

          if (mention->entity < 0)
            continue;
          slot = &slots[mention->entity];
          entity = g_ptr_array_index (entities, mention->entity);
          if (slot->document == G_MAXUINT)
            {
              slot->document = d;
              slot->paragraph = mention->paragraph;
              slot->start = mention->start;
            }
          if (g_hash_table_contains (changed, GINT_TO_POINTER (mention->entity)))
            {
              DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, mention->paragraph);
              g_autofree char *surface = g_strndup (paragraph->text + mention->start, mention->end - mention->start);
              guint n = GPOINTER_TO_UINT (g_hash_table_lookup (slot->surfaces, surface));

              g_hash_table_replace (slot->surfaces, g_steal_pointer (&surface), GUINT_TO_POINTER (n + 1));
              entity->mentions++;
              if (entity->documents->len == 0 ||
                  g_array_index (entity->documents, guint, entity->documents->len - 1) != d)
                g_array_append_val (entity->documents, d);
              mention->type = entity->type;
            }
        }
    }

  for (guint e = 0; e < entities->len; e++)
    {
      DossierEntityRecord *entity = g_ptr_array_index (entities, e);

      if (slots[e].document != G_MAXUINT)
        g_ptr_array_add (recounts, &slots[e]);
      if (g_hash_table_contains (changed, GUINT_TO_POINTER (e)) && slots[e].document != G_MAXUINT)
        {
          GHashTableIter iter;
          gpointer key;

          g_ptr_array_set_size (entity->aliases, 0);
          g_hash_table_iter_init (&iter, slots[e].surfaces);
          while (g_hash_table_iter_next (&iter, &key, NULL))
            g_ptr_array_add (entity->aliases, g_strdup (key));
          g_ptr_array_sort_with_data (entity->aliases, dossier_entity_compare_aliases, slots[e].surfaces);
        }
    }
  g_ptr_array_sort (recounts, compare_first);
  /* Entities moved to @kept must not be freed with their old slots. */

  for (guint i = 0; i < recounts->len; i++)
    {
      Recount *slot = g_ptr_array_index (recounts, i);
      renumber[slot->old_index] = (int) i;
      g_ptr_array_add (kept, g_ptr_array_index (entities, slot->old_index));
      g_ptr_array_index (entities, slot->old_index) = NULL;
    }
  /* What is left had no mentions: dropped. */
  g_ptr_array_set_size (entities, 0);
  for (guint i = 0; i < kept->len; i++)
    g_ptr_array_add (entities, g_ptr_array_index (kept, i));

  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);

      for (guint m = 0; m < document->mentions->len; m++)
        {
          DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
          if (mention->entity >= 0)
            mention->entity = renumber[mention->entity];
        }
      for (guint q = 0; q < document->quotes->len; q++)
        {
          DossierQuote *quote = &g_array_index (document->quotes, DossierQuote, q);
          if (quote->speaker_entity >= 0)
            quote->speaker_entity = renumber[quote->speaker_entity];
        }
    }
  for (guint e = 0; e < n_entities; e++)
    g_hash_table_unref (slots[e].surfaces);
}

/* Mentions by paragraph, then start, the longer first. */
static int
compare_moving_mentions (gconstpointer a,
                         gconstpointer b)
{
  const DossierMention *ma = a, *mb = b;

  if (ma->paragraph != mb->paragraph)
    return ma->paragraph < mb->paragraph ? -1 : 1;
  if (ma->start != mb->start)
    return ma->start < mb->start ? -1 : 1;
  return ma->end > mb->end ? -1 : ma->end < mb->end;
}

/* The mentions of @document without those @drop marks (of the mentions'
 * length; may be NULL) and with @added (of DossierMention, taken over;
 * may be NULL), sorted as the recogniser sorts them; quotes keep the
 * speakers they had, or none where that mention went. */
static void
replace_mentions (DossierDocument *document,
                  const gboolean  *drop,
                  GArray          *added)
{
  typedef struct
  {
    DossierMention mention;
    int old_index;
  } Moving;
  g_autoptr(GArray) moving = g_array_new (FALSE, FALSE, sizeof (Moving));
  g_autofree int *renumber = g_new (int, MAX (document->mentions->len, 1));
  guint n_old = document->mentions->len;

  for (guint m = 0; m < n_old; m++)
    {
      DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
      Moving item = { *mention, (int) m };

      renumber[m] = -1;
      if (drop != NULL && drop[m])
        {
          dossier_mention_clear_strings (mention);
          continue;
        }
      g_array_append_val (moving, item);
    }
  for (guint a = 0; added != NULL && a < added->len; a++)
    {
      Moving item = { g_array_index (added, DossierMention, a), -1 };
      g_array_append_val (moving, item);
    }
  if (added != NULL)
    g_array_set_size (added, 0);
  g_array_sort (moving, compare_moving_mentions);

  /* The strings moved: the old places must not free them as the array
   * shrinks. */
  for (guint m = 0; m < n_old; m++)
    {
      DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
      mention->key = NULL;
      mention->canonical = NULL;
      mention->key_borrowed = FALSE;
      mention->canonical_borrowed = FALSE;
    }
  g_array_set_size (document->mentions, moving->len);
  for (guint i = 0; i < moving->len; i++)
    {
      Moving *item = &g_array_index (moving, Moving, i);

      if (item->old_index >= 0)
        renumber[item->old_index] = (int) i;
      g_array_index (document->mentions, DossierMention, i) = item->mention;
    }
  for (guint q = 0; q < document->quotes->len; q++)
    {
      DossierQuote *quote = &g_array_index (document->quotes, DossierQuote, q);
      if (quote->speaker_mention >= 0 && (guint) quote->speaker_mention < n_old)
        quote->speaker_mention = renumber[quote->speaker_mention];
    }
}

/* The key the recogniser would give @words named as @type: a person by
 * the surname (the last word), the others by the whole name. */
static char *
name_key (DossierEntityType  type,
          const char        *words)
{
  g_autofree char *folded = NULL;

  if (type == DOSSIER_ENTITY_PERSON)
    {
      const char *last = strrchr (words, ' ');
      folded = dossier_person_surname_key (last != NULL ? last + 1 : words, -1);
      return g_strconcat ("person:", folded, NULL);
    }
  if (type == DOSSIER_ENTITY_PLACE)
    return dossier_place_key (words, -1);
  folded = dossier_fold_to_ascii (words, -1);
  return g_strconcat ("org:", folded, NULL);
}

/* Whether the character before @at (in @text, from @start) and the one at
 * @end leave @at…@end a whole word or words. */
static gboolean
whole_words (const char *text,
             const char *at,
             const char *end)
{
  if (at > text)
    {
      const char *before = g_utf8_find_prev_char (text, at);
      if (before != NULL && g_unichar_isalnum (g_utf8_get_char (before)))
        return FALSE;
    }
  return *end == '\0' || !g_unichar_isalnum (g_utf8_get_char (end));
}

void
dossier_corrections_add_names (GPtrArray       *documents,
                               const GPtrArray *corrections)
{
  for (guint c = 0; corrections != NULL && c < corrections->len; c++)
    {
      const DossierCorrection *correction = g_ptr_array_index ((GPtrArray *) corrections, c);
      g_autofree char *words = NULL;
      g_autofree char *key = NULL;
      DossierEntityType type;
      gsize length;

      if (correction->kind != DOSSIER_CORRECTION_ADD_NAME || correction->value == NULL ||
          !type_from_string (correction->entity, &type))
        continue;
      words = g_strstrip (g_strdup (correction->value));
      length = strlen (words);
      if (length == 0)
        continue;
      key = name_key (type, words);

      for (guint d = 0; d < documents->len; d++)
        {
          DossierDocument *document = g_ptr_array_index (documents, d);
          g_autoptr(GArray) added = g_array_new (FALSE, TRUE, sizeof (DossierMention));
          g_autofree gboolean *drop = g_new0 (gboolean, MAX (document->mentions->len, 1));

          for (guint p = 0; p < document->paragraphs->len; p++)
            {
              DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);

              for (const char *at = strstr (paragraph->text, words); at != NULL; at = strstr (at + 1, words))
                {
                  DossierMention mention = { 0 };

                  if (!whole_words (paragraph->text, at, at + length))
                    continue;
                  mention.paragraph = p;
                  mention.start = at - paragraph->text;
                  mention.end = mention.start + length;
                  mention.type = type;
                  mention.key = g_strdup (key);
                  mention.canonical = g_strdup (words);
                  mention.entity = -1;
                  g_array_append_val (added, mention);
                  /* The name the researcher marked wins over what the
                   * recogniser saw there. */
                  for (guint m = 0; m < document->mentions->len; m++)
                    {
                      const DossierMention *other = &g_array_index (document->mentions, DossierMention, m);
                      if (other->paragraph == p && other->start < mention.end && mention.start < other->end)
                        drop[m] = TRUE;
                    }
                }
            }
          if (added->len > 0)
            replace_mentions (document, drop, added);
        }
    }
}

void
dossier_corrections_apply (GPtrArray       *documents,
                           GPtrArray       *entities,
                           const GPtrArray *corrections)
{
  g_autoptr(GHashTable) changed = g_hash_table_new (NULL, NULL);

  if (corrections == NULL || corrections->len == 0)
    return;

  for (guint c = 0; c < corrections->len; c++)
    {
      const DossierCorrection *correction = g_ptr_array_index ((GPtrArray *) corrections, c);
      int index;
      DossierEntityRecord *entity;

      /* Those of articles, events and names found are applied elsewhere. */
      if (dossier_correction_kind_is_article (correction->kind) ||
          dossier_correction_kind_is_event (correction->kind) ||
          correction->kind == DOSSIER_CORRECTION_ADD_NAME || correction->kind == DOSSIER_CORRECTION_DISTINCT)
        continue;
      index = find_entity (entities, correction->entity);
      if (index < 0 || correction->value == NULL)
        continue;
      entity = g_ptr_array_index (entities, index);

      switch (correction->kind)
        {
        case DOSSIER_CORRECTION_RENAME:
          if (*correction->value != '\0')
            {
              g_free (entity->name);
              entity->name = g_strdup (correction->value);
            }
          break;

        case DOSSIER_CORRECTION_RETYPE:
          if (type_from_string (correction->value, &entity->type))
            g_hash_table_add (changed, GINT_TO_POINTER (index));
          break;

        case DOSSIER_CORRECTION_MERGE:
          {
            int into = find_entity (entities, correction->value);

            if (into < 0 || into == index)
              break;
            for (guint d = 0; d < documents->len; d++)
              {
                DossierDocument *document = g_ptr_array_index (documents, d);

                for (guint m = 0; m < document->mentions->len; m++)
                  {
                    DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
                    if (mention->entity == index)
                      mention->entity = into;
                  }
                for (guint q = 0; q < document->quotes->len; q++)
                  {
                    DossierQuote *quote = &g_array_index (document->quotes, DossierQuote, q);
                    if (quote->speaker_entity == index)
                      quote->speaker_entity = into;
                  }
              }
            /* The merged entity keeps no key: a later correction cannot name it. */
            g_clear_pointer (&entity->key, g_free);
            entity->key = g_strdup ("");
            g_hash_table_add (changed, GINT_TO_POINTER (index));
            g_hash_table_add (changed, GINT_TO_POINTER (into));
          }
          break;

        case DOSSIER_CORRECTION_SPLIT:
          {
            g_autofree char *folded_alias = g_utf8_casefold (correction->value, -1);
            DossierEntityRecord *split = NULL;
            int split_index = -1;

            for (guint d = 0; d < documents->len; d++)
              {
                DossierDocument *document = g_ptr_array_index (documents, d);

                for (guint m = 0; m < document->mentions->len; m++)
                  {
                    DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
                    DossierParagraph *paragraph;
                    g_autofree char *folded = NULL;

                    if (mention->entity != index)
                      continue;
                    paragraph = g_ptr_array_index (document->paragraphs, mention->paragraph);
                    folded = g_utf8_casefold (paragraph->text + mention->start, mention->end - mention->start);
                    if (strcmp (folded, folded_alias) != 0)
                      continue;
                    if (split == NULL)
                      {
                        split = g_new0 (DossierEntityRecord, 1);
                        split->name = g_strdup (correction->value);
                        split->key = dossier_correction_split_key (correction->entity, correction->value);
                        split->type = entity->type;
                        split->aliases = g_ptr_array_new_with_free_func (g_free);
                        split->documents = g_array_new (FALSE, FALSE, sizeof (guint));
                        split_index = entities->len;
                        g_ptr_array_add (entities, split);
                        g_hash_table_add (changed, GINT_TO_POINTER (split_index));
                        g_hash_table_add (changed, GINT_TO_POINTER (index));
                      }
                    mention->entity = split_index;
                  }
              }
            /* A quote keeps the speaker it was given by the nearer name. */
          }
          break;

        case DOSSIER_CORRECTION_NOT_A_NAME:
          /* Its mentions go; the entity, left with none, goes with them. */
          for (guint d = 0; d < documents->len; d++)
            {
              DossierDocument *document = g_ptr_array_index (documents, d);
              g_autofree gboolean *drop = g_new0 (gboolean, MAX (document->mentions->len, 1));
              gboolean any = FALSE;

              for (guint m = 0; m < document->mentions->len; m++)
                any |= drop[m] = g_array_index (document->mentions, DossierMention, m).entity == index;
              if (any)
                replace_mentions (document, drop, NULL);
              for (guint q = 0; q < document->quotes->len; q++)
                {
                  DossierQuote *quote = &g_array_index (document->quotes, DossierQuote, q);
                  if (quote->speaker_entity == index)
                    quote->speaker_entity = -1;
                }
            }
          g_clear_pointer (&entity->key, g_free);
          entity->key = g_strdup ("");
          g_hash_table_add (changed, GINT_TO_POINTER (index));
          break;

        case DOSSIER_CORRECTION_PUBLISHED:
        default:
          break;
        }
    }

  recount (documents, entities, changed);
}

/* Whether @a and @b (@la and @lb bytes) are one edit apart: a letter added,
 * dropped, changed or two neighbours swapped. */
static gboolean
one_edit_apart (const char *a,
                gsize       la,
                const char *b,
                gsize       lb)
{
  gsize i = 0;

  if (la > lb)
    return one_edit_apart (b, lb, a, la);
  if (lb - la > 1)
    return FALSE;
  while (i < la && a[i] == b[i])
    i++;
  if (i == la)
    return lb == la + 1;
  if (la == lb)
    return strncmp (a + i + 1, b + i + 1, la - i - 1) == 0 ||
           (i + 1 < la && a[i] == b[i + 1] && a[i + 1] == b[i] && strncmp (a + i + 2, b + i + 2, la - i - 2) == 0);
  return strncmp (a + i, b + i + 1, la - i) == 0;
}

/* Whether the researcher said that @rare is not @frequent: a DISTINCT
 * correction of @kept_apart names @frequent and one of @rare's
 * spellings. */
static gboolean
kept_apart_by (const GPtrArray           *kept_apart,
               const DossierEntityRecord *frequent,
               const DossierEntityRecord *rare)
{
  for (guint c = 0; kept_apart != NULL && c < kept_apart->len; c++)
    {
      const DossierCorrection *correction = g_ptr_array_index ((GPtrArray *) kept_apart, c);
      g_autofree char *refolded = NULL;

      if (correction->kind != DOSSIER_CORRECTION_DISTINCT || correction->entity == NULL || correction->value == NULL)
        continue;
      refolded = dossier_entity_key_refold (correction->entity);
      if (g_strcmp0 (correction->entity, frequent->key) != 0 && g_strcmp0 (refolded, frequent->key) != 0)
        continue;
      for (guint a = 0; a < rare->aliases->len; a++)
        {
          g_autofree char *alias = g_utf8_casefold (g_ptr_array_index (rare->aliases, a), -1);
          g_autofree char *value = g_utf8_casefold (correction->value, -1);

          if (strcmp (alias, value) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

/* A person's key read in parts ("person:anez|jeanine maria": the
 * surname "anez", the given names "jeanine maria", the first "jeanine"),
 * once per person: every pair of people of one surname or one first
 * given name compared them, and two given names that transliterations
 * spell apart are compared folded, which costs about a thousand
 * instructions a name. */
typedef struct
{
  const char *surname;
  gsize surname_len;
  const char *given;  /* NULL where the key has none */
  gsize given_len;    /* up to a "/" */
  gsize first_len;    /* the first given name: up to a "/" or a space */
  char *folded;       /* the given name folded as surnames are, made on first use */
} PersonName;

static void
person_name_init (PersonName                *name,
                  const DossierEntityRecord *person)
{
  name->surname = person->key + strlen ("person:");
  name->surname_len = strcspn (name->surname, "|/");
  name->given = name->surname[name->surname_len] == '|' ? name->surname + name->surname_len + 1 : NULL;
  if (name->given != NULL)
    {
      name->given_len = strcspn (name->given, "/");
      name->first_len = strcspn (name->given, "/ ");
    }
}

/* Whether the given names of @a and @b are spellings of one name as
 * transliterations differ: alike once folded as surnames are (y, j and i
 * as one, doubled letters as one: "Sooronbay" and "Sooronbai", "Mohammed"
 * and "Mohamed", "Sergey" and "Sergei"). */
static gboolean
transliterated_alike (PersonName *a,
                      PersonName *b)
{
  if (a->folded == NULL)
    a->folded = dossier_person_surname_key (a->given, a->given_len);
  if (b->folded == NULL)
    b->folded = dossier_person_surname_key (b->given, b->given_len);
  return strcmp (a->folded, b->folded) == 0;
}

/* Whether @frequent is named enough to take @rare's mentions: by two
 * articles or more, or three times or more; or, where both are named by
 * one article each, other articles (two outlets spelling one name), and
 * @frequent more often — or as often and first in the order of keys, so
 * that of two the same one is kept. */
static gboolean
outranks (const DossierEntityRecord *frequent,
          const DossierEntityRecord *rare)
{
  if (frequent->mentions >= 3 || frequent->documents->len >= 2)
    return TRUE;
  if (frequent->documents->len != 1 || rare->documents->len != 1 ||
      g_array_index (frequent->documents, guint, 0) == g_array_index (rare->documents, guint, 0))
    return FALSE;
  return frequent->mentions > rare->mentions ||
         (frequent->mentions == rare->mentions && strcmp (frequent->key, rare->key) < 0);
}

/* @candidate as the one @rare probably is: the first found, or none once
 * two are (too close to call). */
static void
consider (DossierEntityRecord  *candidate,
          DossierEntityRecord **best,
          gboolean             *ambiguous)
{
  if (*best != NULL && *best != candidate)
    *ambiguous = TRUE;
  *best = candidate;
}

void
dossier_corrections_find_probably_same (GPtrArray       *entities,
                                        const GPtrArray *kept_apart,
                                        GPtrArray       *corrections)
{
  /* People named by two articles or more, or three times or more, with a
   * given name, by surname … */
  g_autoptr(GHashTable) by_surname = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                            (GDestroyNotify) g_ptr_array_unref);
  /* … and by their first given name: the surnames compared are those of
   * people of the same first given name only.  (Both hold entity
   * indexes.) */
  g_autoptr(GHashTable) by_first_given = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                                (GDestroyNotify) g_ptr_array_unref);
  /* Each person's name in parts, by entity index. */
  g_autofree PersonName *names = g_new0 (PersonName, MAX (entities->len, 1));

  for (guint f = 0; f < entities->len; f++)
    {
      DossierEntityRecord *person = g_ptr_array_index (entities, f);
      PersonName *name = &names[f];
      g_autofree char *key = NULL;
      GPtrArray *same;

      if (person->type != DOSSIER_ENTITY_PERSON || !g_str_has_prefix (person->key, "person:"))
        continue;
      person_name_init (name, person);
      if (person->documents->len == 0 || name->given == NULL)
        continue;
      {
        g_autofree char *first = g_strndup (name->given, name->first_len);
        GPtrArray *alike = g_hash_table_lookup (by_first_given, first);

        if (alike == NULL)
          {
            alike = g_ptr_array_new ();
            g_hash_table_insert (by_first_given, g_steal_pointer (&first), alike);
          }
        g_ptr_array_add (alike, GUINT_TO_POINTER (f));
      }
      key = g_strndup (name->surname, name->surname_len);
      same = g_hash_table_lookup (by_surname, key);
      if (same == NULL)
        {
          same = g_ptr_array_new ();
          g_hash_table_insert (by_surname, g_steal_pointer (&key), same);
        }
      g_ptr_array_add (same, GUINT_TO_POINTER (f));
    }

  for (guint r = 0; r < entities->len; r++)
    {
      DossierEntityRecord *rare = g_ptr_array_index (entities, r);
      PersonName *rare_name = &names[r];
      DossierEntityRecord *best = NULL;
      gboolean ambiguous = FALSE;

      if (rare->type != DOSSIER_ENTITY_PERSON || rare->documents->len > 2 || !g_str_has_prefix (rare->key, "person:"))
        continue;
      if (rare_name->given == NULL)
        continue;
      /* The same person: one letter apart in the given name with the same
       * surname ("Luis" and "Luiz Inácio Lula da Silva", "Jeanina" and
       * "Jeanine Áñez") — named more, or by more articles: a spelling of
       * one article named often gives way only to one that several
       * articles share … */
      if (rare_name->given_len >= 4)
        {
          g_autofree char *key = g_strndup (rare_name->surname, rare_name->surname_len);
          GPtrArray *same = g_hash_table_lookup (by_surname, key);

          for (guint k = 0; same != NULL && k < same->len; k++)
            {
              guint f = GPOINTER_TO_UINT (g_ptr_array_index (same, k));
              DossierEntityRecord *frequent = g_ptr_array_index (entities, f);
              PersonName *name = &names[f];

              if (frequent == rare || !outranks (frequent, rare))
                continue;
              if (rare->documents->len == 1 && (rare->mentions <= 2 || frequent->documents->len >= 2) &&
                  one_edit_apart (rare_name->given, rare_name->given_len, name->given, name->given_len))
                consider (frequent, &best, &ambiguous);
              /* … and, told by more articles, a given name spelt as
               * another transliteration does ("Sooronbai" in two,
               * "Sooronbay" in three). */
              else if (frequent->documents->len > rare->documents->len && transliterated_alike (rare_name, name))
                consider (frequent, &best, &ambiguous);
            }
        }
      /* … or one letter apart in the surname (of five letters or more)
       * with the same given name (or its variant), for a name an article
       * gives once or twice, or that fewer articles give than the other
       * ("Mahinda Abeywardana" in two, "Mahinda Yapa Abeywardena" in four:
       * the first given names alike). */
      if (rare_name->surname_len >= 5 && (rare->documents->len == 1 ? rare->mentions <= 2 : TRUE))
        {
          g_autofree char *first_given = g_strndup (rare_name->given, rare_name->first_len);
          GPtrArray *alike = g_hash_table_lookup (by_first_given, first_given);

          for (guint k = 0; alike != NULL && k < alike->len; k++)
            {
              guint o = GPOINTER_TO_UINT (g_ptr_array_index (alike, k));
              DossierEntityRecord *other = g_ptr_array_index (entities, o);
              const PersonName *name = &names[o];

              if (other == rare || name->surname_len < 5 || !outranks (other, rare) ||
                  !one_edit_apart (rare_name->surname, rare_name->surname_len, name->surname, name->surname_len) ||
                  (rare->documents->len > 1 && other->documents->len <= rare->documents->len))
                continue;
              if ((name->given_len == rare_name->given_len &&
                   strncmp (rare_name->given, name->given, rare_name->given_len) == 0) ||
                  (rare->documents->len > 1 && name->first_len == rare_name->first_len &&
                   strncmp (rare_name->given, name->given, name->first_len) == 0))
                consider (other, &best, &ambiguous);
            }
        }
      if (best == NULL || ambiguous || kept_apart_by (kept_apart, best, rare))
        continue;
      if (best->probably_same == NULL)
        best->probably_same = g_ptr_array_new_with_free_func (g_free);
      for (guint a = 0; a < rare->aliases->len; a++)
        g_ptr_array_add (best->probably_same, g_strdup (g_ptr_array_index (rare->aliases, a)));
      g_ptr_array_add (corrections, dossier_correction_new (DOSSIER_CORRECTION_MERGE, rare->key, best->key));
      DOSSIER_DEBUG ("names: “%s” is probably “%s”: their names are one letter apart, it is named %u times "
                     "in one article, the other in %u", rare->name, best->name, rare->mentions,
                     best->documents->len);
    }
  for (guint i = 0; i < entities->len; i++)
    g_free (names[i].folded);
}
