/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Entity resolution across a whole dossier: the recogniser's mentions,
 * each with a key ("person:zelensk") and a canonical name, become one
 * entity per person, organisation or place.  People named in full come
 * first, one entity per surname and given name (variants of a given name
 * are one); lone surnames then join the person of that surname (the one
 * the article named nearest, where several share it), and places and
 * organisations join by key.  Entities are numbered in the order the
 * dossier first mentions them, and quote speakers are resolved last. */

#include "dossier-entity-resolver.h"
#include "dossier-entity-recognizer.h"

#include "dossier-bytes.h"
#include "dossier-characters.h"
#include "dossier-debug.h"
#include "dossier-sort.h"
#include "dossier-word-lists.h"

#include <string.h>

void
dossier_entity_record_free (DossierEntityRecord *entity)
{
  if (entity == NULL)
    return;
  g_free (entity->name);
  g_free (entity->key);
  g_ptr_array_unref (entity->aliases);
  g_array_unref (entity->documents);
  g_clear_pointer (&entity->probably_same, g_ptr_array_unref);
  g_free (entity);
}

typedef struct
{
  guint document;
  guint paragraph;
  gsize start;
} Position;

/* The surface a builder's table counted last, and its index + 1 in the
 * tallies: most mentions of an entity are written as the one before, and
 * are counted without a copy of their surface or a look-up. */
typedef struct
{
  const char *text;   /* the table's key, NULL before the first */
  guint slot;
} LastCounted;

typedef struct
{
  DossierEntityRecord *entity;
  Position first;
  /* Surface → count, once the entities are numbered; while mentions are
   * added, surface → its index + 1 in @tallies (see count ()). */
  GHashTable *surface_counts;
  LastCounted last_surface;
  GArray *tallies;              /* of guint, every builder's, borrowed */
  char *surname_key;
  char *given_group;
  guint index;        /* in the order builders were made */
  guint final_index;  /* in the order the dossier first mentions them */
} Builder;

static void
builder_free (gpointer data)
{
  Builder *builder = data;

  g_hash_table_unref (builder->surface_counts);
  g_free (builder->surname_key);
  g_free (builder->given_group);
  if (builder->entity != NULL)
    dossier_entity_record_free (builder->entity);
  g_free (builder);
}

static Builder *
builder_new (const char        *key,
             DossierEntityType  type,
             Position           first,
             GArray            *tallies)
{
  Builder *builder = g_new0 (Builder, 1);

  builder->entity = g_new0 (DossierEntityRecord, 1);
  builder->entity->key = g_strdup (key);
  builder->entity->type = type;
  builder->entity->aliases = g_ptr_array_new_with_free_func (g_free);
  builder->entity->documents = g_array_new (FALSE, FALSE, sizeof (guint));
  builder->first = first;
  builder->surface_counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  builder->tallies = tallies;
  return builder;
}

/* One more mention of @surface (@len bytes, no NUL among them): @table
 * holds its index + 1 in @tallies, so that a surface met again (most are)
 * is one look-up and an increment, not a copy of it put in the table in
 * place of the last; the same surface as the one @last counted is not
 * looked up at all.  @buffer holds a copy of @surface where no NUL ends it. */
static void
count (GHashTable  *table,
       GArray      *tallies,
       LastCounted *last,
       const char  *surface,
       gsize        len,
       GString     *buffer)
{
  gpointer key, value;

  if (last->text != NULL && strncmp (last->text, surface, len) == 0 && last->text[len] == '\0')
    {
      g_array_index (tallies, guint, last->slot - 1)++;
      return;
    }
  if (surface[len] != '\0')
    {
      g_string_truncate (buffer, 0);
      g_string_append_len (buffer, surface, len);
      surface = buffer->str;
    }
  if (g_hash_table_lookup_extended (table, surface, &key, &value))
    {
      last->slot = GPOINTER_TO_UINT (value);
      g_array_index (tallies, guint, last->slot - 1)++;
    }
  else
    {
      guint one = 1;

      g_array_append_val (tallies, one);
      key = g_strdup (surface);
      last->slot = tallies->len;
      g_hash_table_insert (table, key, GUINT_TO_POINTER (last->slot));
    }
  /* The table keeps its keys until the builder is freed. */
  last->text = key;
}

/* Puts the counts of @tallies in @table's values, where most_frequent ()
 * and dossier_entity_compare_aliases () read them; the table's keys, and
 * their order, stay as they are. */
static void
close_counts (GHashTable *table,
              GArray     *tallies)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_hash_table_iter_replace (&iter, GUINT_TO_POINTER (g_array_index (tallies, guint,
                                                                        GPOINTER_TO_UINT (value) - 1)));
}

/* The most frequent surface; of a person (@full_names_first), the most
 * frequent of the full names (the surfaces with a space, each counted as
 * every surface is) where they are named in full.  Ties go to the longer,
 * then the alphabetically first, so the choice never depends on hash
 * order. */
static char *
most_frequent (GHashTable *table,
               gboolean    full_names_first)
{
  GHashTableIter iter;
  gpointer key, value;
  const char *best = NULL;
  guint best_count = 0;
  gboolean full_only = FALSE;

  if (full_names_first)
    {
      g_hash_table_iter_init (&iter, table);
      while (!full_only && g_hash_table_iter_next (&iter, &key, NULL))
        full_only = strchr (key, ' ') != NULL;
    }
  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint n = GPOINTER_TO_UINT (value);

      if (full_only && strchr (key, ' ') == NULL)
        continue;
      if (best == NULL || n > best_count ||
          (n == best_count && (strlen (key) > strlen (best) ||
                               (strlen (key) == strlen (best) && strcmp (key, best) < 0))))
        {
          best = key;
          best_count = n;
        }
    }
  return g_strdup (best);
}

static char *
given_group (DossierGazetteer *gazetteer,
             const char       *full_name)
{
  const char *space = strchr (full_name, ' ');
  const DossierGazetteerEntry *variant;

  if (space == NULL)
    return NULL;
  /* "Park Geun-hye": the given name is the last word. */
  if (dossier_person_name_is_surname_first (full_name, strlen (full_name)))
    return dossier_bytes_ascii_strdown (space + 1, -1);
  variant = dossier_gazetteer_lookup (gazetteer, DOSSIER_GAZETTEER_NAME_VARIANT,
                                      full_name, space - full_name);
  if (variant != NULL)
    return g_strdup (variant->canonical);
  return dossier_bytes_ascii_strdown (full_name, space - full_name);
}

/* Most frequent first (@user_data counts them), then alphabetically. */
int
dossier_entity_compare_aliases (gconstpointer a,
                                gconstpointer b,
                                gpointer      user_data)
{
  GHashTable *counts = user_data;
  const char *sa = *(const char * const *) a;
  const char *sb = *(const char * const *) b;
  guint ca = GPOINTER_TO_UINT (g_hash_table_lookup (counts, sa));
  guint cb = GPOINTER_TO_UINT (g_hash_table_lookup (counts, sb));

  if (ca != cb)
    return ca > cb ? -1 : 1;
  return strcmp (sa, sb);
}

static int
compare_positions (const Position *a,
                   const Position *b)
{
  if (a->document != b->document)
    return a->document < b->document ? -1 : 1;
  if (a->paragraph != b->paragraph)
    return a->paragraph < b->paragraph ? -1 : 1;
  if (a->start != b->start)
    return a->start < b->start ? -1 : 1;
  return 0;
}

static int
compare_builders (gconstpointer a,
                  gconstpointer b)
{
  const Builder *ba = *(const Builder * const *) a;
  const Builder *bb = *(const Builder * const *) b;

  return compare_positions (&ba->first, &bb->first);
}

/* What dossier_entities_resolve () found of a full name under a key. */
typedef struct
{
  const char *key;    /* the mention's, borrowed */
  Builder *builder;
} FullNameBuilder;

static void
add_to_builder (Builder        *builder,
                DossierMention *mention,
                const char     *surface,
                gsize           len,
                GString        *buffer,
                guint           document,
                Position        position)
{
  DossierEntityRecord *entity = builder->entity;

  count (builder->surface_counts, builder->tallies, &builder->last_surface, surface, len, buffer);
  entity->mentions++;
  if (entity->documents->len == 0 ||
      g_array_index (entity->documents, guint, entity->documents->len - 1) != document)
    g_array_append_val (entity->documents, document);
  if (compare_positions (&position, &builder->first) < 0)
    builder->first = position;
}

/* The builder each mention joined while the entities are being built
 * (its index in the builders, -1 while none), per document: the mentions'
 * entity fields get their final numbers only when all are built. */
static GPtrArray *
joined_new (GPtrArray *documents)
{
  GPtrArray *joined = g_ptr_array_new_full (documents->len, (GDestroyNotify) g_array_unref);

  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);
      GArray *builders = g_array_sized_new (FALSE, FALSE, sizeof (int), document->mentions->len);

      g_array_set_size (builders, document->mentions->len);
      for (guint m = 0; m < document->mentions->len; m++)
        g_array_index (builders, int, m) = -1;
      g_ptr_array_add (joined, builders);
    }
  return joined;
}

/* The capitals an acronym of @name would have: the first letter of each
 * word, small words left out ("Independent National Electoral Commission"
 * → "INEC", "Federal Bureau of Investigation" → "FBI"). */
static char *
initials_of (const char *name,
             gsize       len)
{
  static const char * const small_words[] = {
    "and", "de", "del", "der", "des", "di", "du", "el", "et", "for", "für", "in", "la", "le", "of", "on",
    "the", "to", "und", "y",
  };
  GString *initials = g_string_new (NULL);
  const char *end = name + len;

  for (const char *p = name; p < end;)
    {
      const char *word = p;
      gboolean small = FALSE;

      while (p < end && *p != ' ' && *p != '-')
        p++;
      for (gsize w = 0; w < G_N_ELEMENTS (small_words) && !small; w++)
        small = (gsize) (p - word) == strlen (small_words[w]) && strncmp (word, small_words[w], p - word) == 0;
      if (!small && p > word)
        g_string_append_c (initials, g_ascii_toupper (*word));
      while (p < end && (*p == ' ' || *p == '-'))
        p++;
    }
  return g_string_free (initials, FALSE);
}

/* "the Independent National Electoral Commission (INEC)": wherever the
 * dossier writes the acronym alone, it is that name.  The keys of the
 * acronym's mentions become the name's, in every article. */
static void
join_acronyms (GPtrArray *documents)
{
  g_autoptr(GHashTable) named = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);  /* key → mention */

  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);

      for (guint m = 0; m + 1 < document->mentions->len; m++)
        {
          DossierMention *name = &g_array_index (document->mentions, DossierMention, m);
          DossierMention *acronym = &g_array_index (document->mentions, DossierMention, m + 1);
          DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, name->paragraph);
          const char *text = paragraph->text;
          char *initials;
          gsize n = acronym->end - acronym->start;
          gboolean capitals = n >= 2 && n <= 8;

          if (acronym->paragraph != name->paragraph || name->type == DOSSIER_ENTITY_PERSON ||
              acronym->start != name->end + 2 || text[name->end] != ' ' || text[name->end + 1] != '(' ||
              acronym->end >= paragraph->len || text[acronym->end] != ')' ||
              g_str_equal (acronym->key, name->key) || g_hash_table_contains (named, acronym->key))
            continue;
          for (gsize b = acronym->start; b < acronym->end && capitals; b++)
            capitals = g_ascii_isupper (text[b]);
          if (!capitals)
            continue;
          initials = initials_of (text + name->start, name->end - name->start);
          if (strlen (initials) == n && strncmp (initials, text + acronym->start, n) == 0)
            g_hash_table_insert (named, g_strdup (acronym->key), name);
          g_free (initials);
        }
    }
  if (g_hash_table_size (named) == 0)
    return;
  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);

      for (guint m = 0; m < document->mentions->len; m++)
        {
          DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
          const DossierMention *name = g_hash_table_lookup (named, mention->key);

          if (name == NULL || name == mention)
            continue;
          DOSSIER_DEBUG ("names: “%s” stands for “%s” (its capitals, in brackets after it)",
                         mention->canonical, name->canonical);
          dossier_mention_take_key (mention, g_strdup (name->key));
          dossier_mention_take_canonical (mention, g_strdup (name->canonical));
          mention->type = name->type;
        }
    }
}

/* "Crowdstrike said …" read as a person's name where the dossier names
 * "Crowdstrike" as an organisation ("cybersecurity company Crowdstrike",
 * "CrowdStrike CEO …"): a lone word is that organisation, unless it is
 * the surname of someone the dossier names in full ("Ford" of "Henry
 * Ford"). */
/* Whether @name is a country's, as the gazetteer lists it. */
static gboolean
is_country (DossierGazetteer *gazetteer,
            const char       *name)
{
  const DossierGazetteerEntry *place = dossier_gazetteer_lookup (gazetteer, DOSSIER_GAZETTEER_PLACE, name,
                                                                 strlen (name));

  return place != NULL && place->class != NULL && strcmp (place->class, "country") == 0;
}

static void
join_lone_words_named_as_organizations (GPtrArray        *documents,
                                        DossierGazetteer *gazetteer)
{
  g_autoptr(GHashTable) organizations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) cities = g_hash_table_new (g_str_hash, g_str_equal);  /* canonical names, borrowed */
  g_autoptr(GHashTable) surnames = g_hash_table_new (g_str_hash, g_str_equal);  /* mention keys, borrowed */
  /* The organisations' names of one word already asked about (borrowed):
   * each is folded, and looked up in the gazetteer, once. */
  g_autoptr(GHashTable) asked = g_hash_table_new (g_str_hash, g_str_equal);
  /* A lone word's answer (borrowed → 1 an organisation's, 2 not): names
   * are not changed below, only keys. */
  g_autoptr(GHashTable) answers = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);

      for (guint m = 0; m < document->mentions->len; m++)
        {
          DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);

          if (mention->type == DOSSIER_ENTITY_ORGANIZATION && strchr (mention->canonical, ' ') == NULL)
            {
              if (!g_hash_table_add (asked, mention->canonical))
                continue;
              g_hash_table_add (organizations, g_utf8_casefold (mention->canonical, -1));
              /* An organisation named as a city the lists know, written
               * as the city is ("Barcelona", not "NARA"). */
              if (dossier_gazetteer_lookup (gazetteer, DOSSIER_GAZETTEER_PLACE, mention->canonical,
                                            strlen (mention->canonical)) != NULL &&
                  !is_country (gazetteer, mention->canonical))
                g_hash_table_add (cities, mention->canonical);
            }
          else if (mention->type == DOSSIER_ENTITY_PERSON && strchr (mention->canonical, ' ') != NULL)
            g_hash_table_add (surnames, mention->key);
        }
    }
  if (g_hash_table_size (organizations) == 0)
    return;
  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);

      for (guint m = 0; m < document->mentions->len; m++)
        {
          DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
          DossierParagraph *paragraph;
          guint answer;

          if (mention->type == DOSSIER_ENTITY_PLACE)
            {
              /* … and a city of one word that an article names as an
               * organisation (a list of clubs, the recogniser's rule),
               * that organisation ("Barcelona"). */
              if (g_hash_table_size (cities) == 0 || !g_hash_table_contains (cities, mention->canonical))
                continue;
            }
          else if (mention->type != DOSSIER_ENTITY_PERSON || strchr (mention->canonical, ' ') != NULL ||
                   g_hash_table_contains (surnames, mention->key))
            continue;
          answer = GPOINTER_TO_UINT (g_hash_table_lookup (answers, mention->canonical));
          if (answer == 0)
            {
              g_autofree char *folded = g_utf8_casefold (mention->canonical, -1);

              answer = g_hash_table_contains (organizations, folded) ? 1 : 2;
              g_hash_table_insert (answers, mention->canonical, GUINT_TO_POINTER (answer));
            }
          if (answer != 1)
            continue;
          paragraph = g_ptr_array_index (document->paragraphs, mention->paragraph);
          DOSSIER_DEBUG ("names: “%s” alone is the organisation the dossier names so, not a %s",
                         mention->canonical, mention->type == DOSSIER_ENTITY_PLACE ? "place" : "person");
          dossier_mention_take_key (mention, dossier_organization_key (paragraph->text, mention->start, mention->end));
          mention->type = DOSSIER_ENTITY_ORGANIZATION;
        }
    }
}

/* Whether @name has a small letter: no acronym. */
static gboolean
has_small_letter (const char *name)
{
  for (; *name != '\0'; name++)
    if (g_ascii_islower (*name))
      return TRUE;
  return FALSE;
}

/* A name in ASCII and small letters, its hyphens as spaces: "Lee
 * Joon-Seok" and "Lee Joon-seok", "Daniella Levine-Cava" and "Daniella
 * Levine Cava", "Lac-Mégantic" and "Lac Megantic" fold alike. */
static char *
fold_full_name (const char *name)
{
  char *folded = dossier_fold_to_ascii (name, -1);

  /* In place: what g_ascii_strdown () and g_strdelimit () would give. */
  for (char *p = folded; *p != '\0'; p++)
    *p = *p == '-' ? ' ' : g_ascii_tolower (*p);
  return folded;
}

/* One spelling of a name of several words, as join_names_by_case ()
 * counts it: the same text in any mention is one spelling. */
typedef struct
{
  const DossierMention *first;  /* the first mention that writes it */
  guint count;                  /* how many mentions write it */
  guint best;                   /* the spelling its folded name is written in most */
} Spelling;

/* One person's full name, or one place's, written in other capitals or
 * with a hyphen for a space ("Lee Joon-Seok" and "Lee Joon-seok",
 * "Lac-Mégantic" and "Lac Mégantic"): that person or place, under the
 * spelling the dossier writes most often.  A person's mentions take that
 * spelling, which their key and given name are read from; a place's keep
 * theirs, as its aliases.
 *
 * Each spelling is counted, and folded, once: a dossier writes a few
 * thousand spellings in a hundred thousand mentions.  The spelling chosen
 * for a folded name is the one written most often, of as many the first in
 * byte order, and its mention the first that writes it: what asking every
 * mention in turn would choose, since no two spellings tie. */
static void
join_names_by_case (GPtrArray         *documents,
                    DossierEntityType  type)
{
  /* canonical (borrowed from the spelling's first mention) → index + 1 in
   * @spellings; only read while no mention has changed. */
  g_autoptr(GHashTable) by_text = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) by_folded = g_hash_table_new (g_str_hash, g_str_equal);  /* → index + 1 */
  g_autoptr(GArray) spellings = g_array_new (FALSE, FALSE, sizeof (Spelling));
  g_autoptr(GPtrArray) folded_names = g_ptr_array_new_with_free_func (g_free);  /* of each spelling */
  /* The spelling of each name of the kind, in the order of the mentions,
   * for the pass that joins them. */
  g_autoptr(GArray) spelling_of = g_array_new (FALSE, FALSE, sizeof (guint));
  guint next = 0;

  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);

      for (guint m = 0; m < document->mentions->len; m++)
        {
          DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
          guint slot;

          if (mention->type != type || strpbrk (mention->canonical, " -") == NULL)
            continue;
          slot = GPOINTER_TO_UINT (g_hash_table_lookup (by_text, mention->canonical));
          if (slot == 0)
            {
              Spelling spelling = { mention, 0, 0 };

              g_array_append_val (spellings, spelling);
              slot = spellings->len;
              g_hash_table_insert (by_text, mention->canonical, GUINT_TO_POINTER (slot));
            }
          g_array_index (spellings, Spelling, slot - 1).count++;
          slot--;
          g_array_append_val (spelling_of, slot);
        }
    }
  for (guint s = 0; s < spellings->len; s++)
    {
      Spelling *spelling = &g_array_index (spellings, Spelling, s);
      char *folded = fold_full_name (spelling->first->canonical);
      guint other_slot = GPOINTER_TO_UINT (g_hash_table_lookup (by_folded, folded));
      const Spelling *other = other_slot != 0 ? &g_array_index (spellings, Spelling, other_slot - 1) : NULL;

      /* The most often written; of as many, the first in byte order. */
      if (other == NULL || spelling->count > other->count ||
          (spelling->count == other->count && strcmp (spelling->first->canonical, other->first->canonical) < 0))
        g_hash_table_insert (by_folded, folded, GUINT_TO_POINTER (s + 1));
      g_ptr_array_add (folded_names, folded);
    }
  if (g_hash_table_size (by_folded) == spellings->len)
    return;
  for (guint s = 0; s < spellings->len; s++)
    {
      Spelling *spelling = &g_array_index (spellings, Spelling, s);

      spelling->best = GPOINTER_TO_UINT (g_hash_table_lookup (by_folded, g_ptr_array_index (folded_names, s))) - 1;
    }
  /* Mentions change from here on: @by_text is not read again. */
  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);

      for (guint m = 0; m < document->mentions->len; m++)
        {
          DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
          const Spelling *own;
          const DossierMention *spelling;

          if (mention->type != type || strpbrk (mention->canonical, " -") == NULL)
            continue;
          own = &g_array_index (spellings, Spelling, g_array_index (spelling_of, guint, next++));
          /* The first mention of the best spelling never changes below. */
          spelling = g_array_index (spellings, Spelling, own->best).first;
          /* Of one key already, they are one person, each spelling an
           * alias ("LeBron James", "Lebron James"). */
          if (spelling == mention || g_str_equal (spelling->canonical, mention->canonical) ||
              g_str_equal (spelling->key, mention->key))
            continue;
          DOSSIER_DEBUG ("names: “%s” is “%s” in other capitals", mention->canonical, spelling->canonical);
          dossier_mention_take_key (mention, g_strdup (spelling->key));
          if (type == DOSSIER_ENTITY_PERSON)
            {
              dossier_mention_take_canonical (mention, g_strdup (spelling->canonical));
            }
        }
    }
}

/* "CrowdStrike" and "Crowdstrike", "Bank of England" and "Bank Of
 * England": one organisation's name in other capitals is that
 * organisation, under the key the dossier writes most often (acronyms,
 * all in capitals, are "Nasa"'s to join: see below). */
static void
join_organizations_by_case (GPtrArray *documents)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);   /* key (borrowed) → count */
  g_autoptr(GHashTable) best = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);  /* folded → key */

  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);

      for (guint m = 0; m < document->mentions->len; m++)
        {
          DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);

          if (mention->type == DOSSIER_ENTITY_ORGANIZATION && has_small_letter (mention->canonical))
            g_hash_table_insert (counts, mention->key,
                                 GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, mention->key)) + 1));
        }
    }
  {
    GHashTableIter iter;
    gpointer key, count;

    g_hash_table_iter_init (&iter, counts);
    while (g_hash_table_iter_next (&iter, &key, &count))
      {
        char *folded = dossier_bytes_ascii_strdown (key, -1);
        const char *other = g_hash_table_lookup (best, folded);
        guint other_count = other != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (counts, other)) : 0;

        /* The most often written; of as many, the first in byte order
         * (the same whatever order the table keeps). */
        if (other == NULL || GPOINTER_TO_UINT (count) > other_count ||
            (GPOINTER_TO_UINT (count) == other_count && strcmp (key, other) < 0))
          g_hash_table_insert (best, folded, key);
        else
          g_free (folded);
      }
  }
  if (g_hash_table_size (best) == g_hash_table_size (counts))
    return;
  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);

      for (guint m = 0; m < document->mentions->len; m++)
        {
          DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
          char *folded;
          const char *key;

          if (mention->type != DOSSIER_ENTITY_ORGANIZATION || !has_small_letter (mention->canonical))
            continue;
          folded = dossier_bytes_ascii_strdown (mention->key, -1);
          key = g_hash_table_lookup (best, folded);
          g_free (folded);
          if (key == NULL || g_str_equal (key, mention->key))
            continue;
          DOSSIER_DEBUG ("names: “%s” is “%s” in other capitals", mention->canonical, key);
          dossier_mention_take_key (mention, g_strdup (key));
        }
    }
}

/* "Nasa", "Unesco", "Ansa": an acronym written as a word, as British
 * style has it, is the organisation another article of the dossier
 * writes in capitals ("NASA") — only where one does: "Swift" or "Focus"
 * alone are no acronyms; nor is a place ("Nara", where a dateline shouts
 * "NARA"). */
static void
join_acronyms_written_as_words (GPtrArray *documents)
{
  g_autoptr(GHashTable) in_capitals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);  /* → mention */
  /* What a mention writes, copied into one buffer to be looked up; only
   * a new one is copied into the table. */
  g_autoptr(GString) written = g_string_new (NULL);

  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);

      for (guint m = 0; m < document->mentions->len; m++)
        {
          DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
          DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, mention->paragraph);
          gsize n = mention->end - mention->start;
          gboolean capitals = n >= 3 && n <= 8 && mention->type == DOSSIER_ENTITY_ORGANIZATION;

          for (gsize b = mention->start; b < mention->end && capitals; b++)
            capitals = g_ascii_isupper (paragraph->text[b]);
          if (!capitals)
            continue;
          /* The first organisation the dossier writes so is it. */
          g_string_truncate (written, 0);
          g_string_append_len (written, paragraph->text + mention->start, n);
          if (!g_hash_table_contains (in_capitals, written->str))
            g_hash_table_insert (in_capitals, g_strndup (written->str, n), mention);
        }
    }
  if (g_hash_table_size (in_capitals) == 0)
    return;
  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);

      for (guint m = 0; m < document->mentions->len; m++)
        {
          DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
          DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, mention->paragraph);
          const char *text = paragraph->text + mention->start;
          gsize n = mention->end - mention->start;
          gboolean word = n >= 3 && n <= 8 && g_ascii_isupper (text[0]) && mention->type != DOSSIER_ENTITY_PLACE;
          char upper[9];  /* eight letters at most, in capitals */
          const DossierMention *acronym;

          for (gsize b = 1; b < n && word; b++)
            word = g_ascii_islower (text[b]);
          if (!word)
            continue;
          for (gsize b = 0; b < n; b++)
            upper[b] = g_ascii_toupper (text[b]);
          upper[n] = '\0';
          acronym = g_hash_table_lookup (in_capitals, upper);
          if (acronym == NULL)
            continue;
          DOSSIER_DEBUG ("names: “%.*s” is “%s” (an acronym written as a word)", (int) n, text, acronym->canonical);
          dossier_mention_take_key (mention, g_strdup (acronym->key));
          dossier_mention_take_canonical (mention, g_strdup (acronym->canonical));
          mention->type = acronym->type;
        }
    }
}

/* The words inside a full name that may stand for the whole of it alone:
 * neither the first nor the last, capitalised, three letters or more, no
 * particle ("Lula" of "Luiz Inácio Lula da Silva").  @by_inner: such a
 * word's key → the builders of the full names that hold it. */
static void
index_inner_names (const char *full_name,
                   Builder    *builder,
                   GHashTable *by_inner)
{
  /* The words between the first space and the last, read in place: most
   * full names have two words, so none. */
  const char *first_space = strchr (full_name, ' ');
  const char *last_space = strrchr (full_name, ' ');

  if (first_space == NULL)
    return;
  for (const char *word = first_space + 1, *space; word <= last_space; word = space + 1)
    {
      gsize len;
      g_autofree char *surname = NULL;
      char *key;
      GPtrArray *holders;

      space = strchr (word, ' ');
      len = space - word;
      if (len < 3 || !g_unichar_isupper (g_utf8_get_char (word)) ||
          dossier_word_list_contains (&dossier_words_name_particles, word, len))
        continue;
      surname = dossier_person_surname_key (word, len);
      key = g_strconcat ("person:", surname, NULL);
      holders = g_hash_table_lookup (by_inner, key);
      if (holders == NULL)
        {
          holders = g_ptr_array_new ();
          g_hash_table_insert (by_inner, key, holders);
        }
      else
        g_free (key);
      if (!g_ptr_array_find (holders, builder, NULL))
        g_ptr_array_add (holders, builder);
    }
}

/* The full name a lone word inside it stands for: the only one that holds
 * it, or, where spellings of one name hold it ("Luiz" and "Luis Inácio
 * Lula da Silva": one surname), the one named most often. */
static Builder *
inner_name_holder (GHashTable *by_inner,
                   const char *key)
{
  GPtrArray *holders = g_hash_table_lookup (by_inner, key);
  Builder *best = NULL;

  if (holders == NULL)
    return NULL;
  for (guint h = 0; h < holders->len; h++)
    {
      Builder *holder = g_ptr_array_index (holders, h);

      if (best != NULL && g_strcmp0 (best->surname_key, holder->surname_key) != 0)
        return NULL;
      if (best == NULL || holder->entity->mentions > best->entity->mentions)
        best = holder;
    }
  return best;
}

/* ends_long_name () of two names already folded to ASCII, of @short_len
 * and @long_len bytes. */
static gboolean
ends_long_folded (const char *short_folded,
                  gsize       short_len,
                  const char *long_folded,
                  gsize       long_len)
{
  const char *tail;

  if (short_len + 2 > long_len)
    return FALSE;
  tail = long_folded + long_len - short_len;
  return tail[-1] == ' ' && g_ascii_strcasecmp (tail, short_folded) == 0;
}

/* Whether the words of @short_name are the last words of @long_name, from
 * one inside it on: "Lula da Silva" of "Luiz Inácio Lula da Silva".
 * Compared folded to ASCII, in small letters. */
static gboolean
ends_long_name (const char *short_name,
                const char *long_name)
{
  g_autofree char *short_folded = dossier_fold_to_ascii (short_name, -1);
  g_autofree char *long_folded = dossier_fold_to_ascii (long_name, -1);

  return ends_long_folded (short_folded, strlen (short_folded), long_folded, strlen (long_folded));
}

/* @name without its spaces, in small letters, in @joined (emptied first). */
static void
without_spaces (const char *name,
                GString    *joined)
{
  g_string_truncate (joined, 0);
  for (const char *p = name; *p != '\0'; p++)
    if (*p != ' ')
      g_string_append_c (joined, g_ascii_tolower (*p));
}

/* "Ocean Gate" and "OceanGate", "Crowd Strike" and "CrowdStrike": two or
 * three capitalised words that, run together, are the name of an
 * organisation the dossier writes with a capital inside are that
 * organisation, whatever they were read as. */
static void
join_names_written_apart (GPtrArray *documents)
{
  g_autoptr(GHashTable) run_together = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);  /* → mention */
  /* A name run together, in one buffer for every mention. */
  g_autoptr(GString) joined = g_string_new (NULL);

  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);

      for (guint m = 0; m < document->mentions->len; m++)
        {
          DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
          gboolean inner = FALSE;

          if (mention->type != DOSSIER_ENTITY_ORGANIZATION || strchr (mention->canonical, ' ') != NULL)
            continue;
          for (const char *p = mention->canonical + 1; *p != '\0' && !inner; p++)
            inner = g_ascii_isupper (*p) && g_ascii_islower (p[-1]);
          if (inner && !g_hash_table_contains (run_together, mention->canonical))
            {
              without_spaces (mention->canonical, joined);
              g_hash_table_insert (run_together, g_strndup (joined->str, joined->len), mention);
            }
        }
    }
  if (g_hash_table_size (run_together) == 0)
    return;
  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);

      for (guint m = 0; m < document->mentions->len; m++)
        {
          DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
          const DossierMention *organization;
          guint words = 1;

          if (strchr (mention->canonical, ' ') == NULL)
            continue;
          for (const char *p = mention->canonical; *p != '\0'; p++)
            words += *p == ' ';
          if (words > 3)
            continue;
          without_spaces (mention->canonical, joined);
          organization = g_hash_table_lookup (run_together, joined->str);
          if (organization == NULL)
            continue;
          DOSSIER_DEBUG ("names: “%s” is “%s” written apart", mention->canonical, organization->canonical);
          mention->type = DOSSIER_ENTITY_ORGANIZATION;
          dossier_mention_take_key (mention, g_strdup (organization->key));
        }
    }
}

/* The names of several words that the mentions of @type write, by key:
 * key → GPtrArray of names (borrowed from the mentions), each once. */
static GHashTable *
names_of_several_words (GPtrArray         *documents,
                        DossierEntityType  type)
{
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  /* Each name → the list it was first put in: a name met again (most
   * are) is found there without reading the list, which for a surname of
   * a big story holds a few hundred names.  Only a name also written
   * under another key reads the list. */
  g_autoptr(GHashTable) first_list = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);

      for (guint m = 0; m < document->mentions->len; m++)
        {
          DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
          GPtrArray *list, *listed_in;

          if (mention->type != type || strchr (mention->canonical, ' ') == NULL)
            continue;
          list = g_hash_table_lookup (names, mention->key);
          if (list == NULL)
            {
              list = g_ptr_array_new ();
              g_hash_table_insert (names, g_strdup (mention->key), list);
            }
          listed_in = g_hash_table_lookup (first_list, mention->canonical);
          if (listed_in == list)
            continue;
          if (listed_in == NULL)
            g_hash_table_insert (first_list, mention->canonical, list);
          else if (g_ptr_array_find_with_equal_func (list, mention->canonical, g_str_equal, NULL))
            continue;
          g_ptr_array_add (list, mention->canonical);
        }
    }
  return names;
}

/* "the Coast Guard" and "the US Coast Guard": an organisation's name of two
 * words or more that is the end of one other organisation's, and of one
 * only, after a few capitalised words ("US", "Sri Lanka"), is that
 * organisation, where the dossier names both. */
static void
join_organizations_by_their_last_words (GPtrArray *documents)
{
  g_autoptr(GHashTable) names = names_of_several_words (documents, DOSSIER_ENTITY_ORGANIZATION);
  g_autoptr(GHashTable) longer = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);  /* key → key */
  GHashTableIter iter, other_iter;
  gpointer key, value, other_key, other_value;

  if (g_hash_table_size (names) < 2)
    return;

  g_hash_table_iter_init (&iter, names);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GPtrArray *short_names = value;
      const char *found = NULL;
      gboolean several = FALSE;

      g_hash_table_iter_init (&other_iter, names);
      while (g_hash_table_iter_next (&other_iter, &other_key, &other_value) && !several)
        {
          GPtrArray *long_names = other_value;
          gboolean ends = FALSE;

          if (g_str_equal (key, other_key))
            continue;
          for (guint s = 0; s < short_names->len && !ends; s++)
            for (guint l = 0; l < long_names->len && !ends; l++)
              {
                const char *short_name = g_ptr_array_index (short_names, s);
                const char *long_name = g_ptr_array_index (long_names, l);
                gsize extra = strlen (long_name) - strlen (short_name);

                /* A few capitalised words before it: not "Ministry of
                 * Health" for "Health". */
                ends = ends_long_name (short_name, long_name) && extra <= 24 && g_ascii_isupper (long_name[0]) &&
                       strstr (long_name, " of ") == NULL;
              }
          if (!ends)
            continue;
          if (found != NULL && strcmp (found, other_key) != 0)
            several = TRUE;
          found = other_key;
        }
      if (found != NULL && !several)
        g_hash_table_insert (longer, key, g_strdup (found));
    }
  if (g_hash_table_size (longer) == 0)
    return;
  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);

      for (guint m = 0; m < document->mentions->len; m++)
        {
          DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
          const char *to;

          if (mention->type != DOSSIER_ENTITY_ORGANIZATION ||
              (to = g_hash_table_lookup (longer, mention->key)) == NULL ||
              g_hash_table_contains (longer, to))
            continue;
          DOSSIER_DEBUG ("names: “%s” is the end of one longer organisation's name: it", mention->canonical);
          dossier_mention_take_key (mention, g_strdup (to));
        }
    }
}

/* Full names that are the end of a longer one of the same surname ("Lula
 * da Silva", "Bola Ahmed Tinubu" of "Asiwaju Bola Ahmed Tinubu") name its
 * person, where only one longer name — one given name — ends so: their
 * "surname|given" key → the longer name's given group. */
static GHashTable *
shorter_forms (GPtrArray        *documents,
               DossierGazetteer *gazetteer)
{
  g_autoptr(GHashTable) by_surname = names_of_several_words (documents, DOSSIER_ENTITY_PERSON);
  GHashTable *groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GHashTableIter iter;
  gpointer key, value;


  g_hash_table_iter_init (&iter, by_surname);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GPtrArray *names = value;
      /* Each name folded once: every pair of a surname's names is asked
       * whether one ends the other, and a surname of a big story has a
       * few hundred names. */
      g_autoptr(GPtrArray) folded = g_ptr_array_new_full (names->len, g_free);
      g_autofree gsize *lengths = g_new (gsize, names->len);  /* of each folded name, measured once */

      for (guint n = 0; n < names->len; n++)
        {
          g_ptr_array_add (folded, dossier_fold_to_ascii (g_ptr_array_index (names, n), -1));
          lengths[n] = strlen (g_ptr_array_index (folded, n));
        }
      for (guint s = 0; s < names->len; s++)
        {
          const char *short_name = g_ptr_array_index (names, s);
          g_autofree char *short_group = given_group (gazetteer, short_name);
          char *long_group = NULL;
          gboolean several = FALSE;

          for (guint l = 0; l < names->len && !several; l++)
            {
              const char *long_name = g_ptr_array_index (names, l);
              g_autofree char *group = NULL;

              if (l == s || !ends_long_folded (g_ptr_array_index (folded, s), lengths[s], g_ptr_array_index (folded, l),
                                               lengths[l]))
                continue;
              group = given_group (gazetteer, long_name);
              if (g_strcmp0 (group, short_group) == 0)
                continue;
              if (long_group == NULL)
                long_group = g_steal_pointer (&group);
              else
                several = g_strcmp0 (long_group, group) != 0;
            }
          if (long_group != NULL && !several)
            {
              DOSSIER_DEBUG ("names: “%s” is the end of one longer name of that surname: its person", short_name);
              g_hash_table_replace (groups, g_strconcat ((const char *) key, "|", short_group, NULL), long_group);
            }
          else
            g_free (long_group);
        }
    }
  return groups;
}

void
dossier_entities_resolve (GPtrArray        *documents,
                          DossierGazetteer *gazetteer,
                          GPtrArray        *entities)
{
  g_autoptr(GPtrArray) builders = g_ptr_array_new_with_free_func (builder_free);
  /* The counts of every builder's surfaces, one array for all. */
  g_autoptr(GArray) tallies = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) joined = joined_new (documents);
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);  /* key → Builder */
  g_autoptr(GHashTable) by_surname = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                            (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) by_inner = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                          (GDestroyNotify) g_ptr_array_unref);

  g_autoptr(GHashTable) shorter = NULL;
  /* A surface copied to be looked up (see count ()). */
  g_autoptr(GString) surface = g_string_new (NULL);
  /* A full name (borrowed) → the builder it joined under a key: a person
   * is named in full again and again, and the given name's group, the key
   * it makes and its look-up are the same each time. */
  g_autoptr(GHashTable) full_names = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  g_ptr_array_set_size (entities, 0);
  join_acronyms (documents);
  join_lone_words_named_as_organizations (documents, gazetteer);
  join_acronyms_written_as_words (documents);
  join_organizations_by_case (documents);
  join_names_by_case (documents, DOSSIER_ENTITY_PERSON);
  join_names_by_case (documents, DOSSIER_ENTITY_PLACE);
  join_names_written_apart (documents);
  join_organizations_by_their_last_words (documents);
  shorter = shorter_forms (documents, gazetteer);

  /* People with a full name first: one entity per surname and given name
   * (variants of a given name are one). */
  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);
      GArray *builder_of = g_ptr_array_index (joined, d);

      for (guint m = 0; m < document->mentions->len; m++)
        {
          DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
          g_autofree char *group = NULL;
          g_autofree char *full_key = NULL;
          Builder *builder;
          Position position = { d, mention->paragraph, mention->start };
          FullNameBuilder *known;

          if (mention->type != DOSSIER_ENTITY_PERSON || strchr (mention->canonical, ' ') == NULL)
            continue;

          /* The name met before under the same key: the same builder, its
           * inner names indexed already. */
          known = g_hash_table_lookup (full_names, mention->canonical);
          if (known != NULL && g_str_equal (known->key, mention->key))
            {
              add_to_builder (known->builder, mention, mention->canonical, strlen (mention->canonical), surface, d,
                              position);
              g_array_index (builder_of, int, m) = known->builder->index;
              continue;
            }

          group = given_group (gazetteer, mention->canonical);
          full_key = g_strconcat (mention->key, "|", group, NULL);
          if (g_hash_table_contains (shorter, full_key))
            {
              g_free (group);
              group = g_strdup (g_hash_table_lookup (shorter, full_key));
              g_free (full_key);
              full_key = g_strconcat (mention->key, "|", group, NULL);
            }
          builder = g_hash_table_lookup (by_key, full_key);
          if (builder == NULL)
            {
              GPtrArray *same_surname;

              /* Two people may share a surname: the key names both. */
              builder = builder_new (full_key, DOSSIER_ENTITY_PERSON, position, tallies);
              builder->index = builders->len;
              builder->surname_key = g_strdup (mention->key);
              builder->given_group = g_strdup (group);
              g_ptr_array_add (builders, builder);
              g_hash_table_insert (by_key, g_strdup (full_key), builder);
              same_surname = g_hash_table_lookup (by_surname, builder->surname_key);
              if (same_surname == NULL)
                {
                  same_surname = g_ptr_array_new ();
                  g_hash_table_insert (by_surname, builder->surname_key, same_surname);
                }
              g_ptr_array_add (same_surname, builder);
            }
          add_to_builder (builder, mention, mention->canonical, strlen (mention->canonical), surface, d, position);
          g_array_index (builder_of, int, m) = builder->index;
          index_inner_names (mention->canonical, builder, by_inner);
          known = g_new (FullNameBuilder, 1);
          known->key = mention->key;
          known->builder = builder;
          g_hash_table_replace (full_names, mention->canonical, known);
        }
    }

  /* Then lone surnames, places and organisations. */
  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);
      GArray *builder_of = g_ptr_array_index (joined, d);

      for (guint m = 0; m < document->mentions->len; m++)
        {
          DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
          DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, mention->paragraph);
          Position position = { d, mention->paragraph, mention->start };
          Builder *builder = NULL;

          if (g_array_index (builder_of, int, m) >= 0)
            continue;

          if (mention->type == DOSSIER_ENTITY_PERSON)
            {
              GPtrArray *same_surname = g_hash_table_lookup (by_surname, mention->key);

              if (same_surname == NULL && strchr (mention->canonical, ' ') == NULL)
                /* "Lula" alone, for "Luiz Inácio Lula da Silva". */
                builder = inner_name_holder (by_inner, mention->key);
              else if (same_surname != NULL && same_surname->len == 1)
                builder = g_ptr_array_index (same_surname, 0);
              else if (same_surname != NULL)
                {
                  /* Several people share the surname: the one this article
                   * named last before here, else the one it names at all,
                   * else the one named most often. */
                  for (int k = (int) m - 1; k >= 0 && builder == NULL; k--)
                    {
                      DossierMention *earlier = &g_array_index (document->mentions, DossierMention, k);
                      int earlier_builder = g_array_index (builder_of, int, k);
                      if (earlier_builder >= 0 && g_strcmp0 (earlier->key, mention->key) == 0)
                        builder = g_ptr_array_index (builders, earlier_builder);
                    }
                  for (guint k = m + 1; k < document->mentions->len && builder == NULL; k++)
                    {
                      DossierMention *later = &g_array_index (document->mentions, DossierMention, k);
                      int later_builder = g_array_index (builder_of, int, k);
                      if (later_builder >= 0 && g_strcmp0 (later->key, mention->key) == 0)
                        builder = g_ptr_array_index (builders, later_builder);
                    }
                  for (guint k = 0; k < same_surname->len && builder == NULL; k++)
                    {
                      Builder *candidate = g_ptr_array_index (same_surname, k);
                      if (builder == NULL || candidate->entity->mentions > builder->entity->mentions)
                        builder = candidate;
                    }
                }
            }

          if (builder == NULL)
            {
              builder = g_hash_table_lookup (by_key, mention->key);
              if (builder == NULL)
                {
                  builder = builder_new (mention->key, mention->type, position, tallies);
                  builder->index = builders->len;
                  g_ptr_array_add (builders, builder);
                  g_hash_table_insert (by_key, g_strdup (mention->key), builder);
                  if (mention->type != DOSSIER_ENTITY_PERSON)
                    builder->entity->name = g_strdup (mention->canonical);
                }
            }

          add_to_builder (builder, mention, paragraph->text + mention->start, mention->end - mention->start, surface,
                          d, position);
          g_array_index (builder_of, int, m) = builder->index;
        }
    }

  /* Entities are numbered in the order the dossier first mentions them. */
  {
    g_autoptr(GPtrArray) sorted = g_ptr_array_sized_new (builders->len);

    for (guint i = 0; i < builders->len; i++)
      g_ptr_array_add (sorted, g_ptr_array_index (builders, i));

    g_ptr_array_sort (sorted, compare_builders);
    for (guint i = 0; i < sorted->len; i++)
      ((Builder *) g_ptr_array_index (sorted, i))->final_index = i;

    for (guint i = 0; i < sorted->len; i++)
      {
        Builder *builder = g_ptr_array_index (sorted, i);
        DossierEntityRecord *entity = builder->entity;
        GHashTableIter iter;
        gpointer key;

        close_counts (builder->surface_counts, builder->tallies);
        if (entity->name == NULL)
          entity->name = most_frequent (builder->surface_counts, entity->type == DOSSIER_ENTITY_PERSON);
        g_hash_table_iter_init (&iter, builder->surface_counts);
        while (g_hash_table_iter_next (&iter, &key, NULL))
          g_ptr_array_add (entity->aliases, g_strdup (key));
        g_ptr_array_sort_with_data (entity->aliases, dossier_entity_compare_aliases, builder->surface_counts);
        /* Each pass adds documents in ascending order: most entities are
         * met by one pass, their documents sorted already. */
        for (guint k = 1; k < entity->documents->len; k++)
          if (g_array_index (entity->documents, guint, k) < g_array_index (entity->documents, guint, k - 1))
            {
              g_array_sort (entity->documents, dossier_compare_uint);
              break;
            }
        /* Two passes may add one document twice. */
        {
          guint kept = 0;
          for (guint k = 0; k < entity->documents->len; k++)
            if (kept == 0 || g_array_index (entity->documents, guint, k) !=
                             g_array_index (entity->documents, guint, kept - 1))
              g_array_index (entity->documents, guint, kept++) = g_array_index (entity->documents, guint, k);
          g_array_set_size (entity->documents, kept);
        }
        g_ptr_array_add (entities, g_steal_pointer (&builder->entity));
      }

    for (guint d = 0; d < documents->len; d++)
      {
        DossierDocument *document = g_ptr_array_index (documents, d);
        GArray *builder_of = g_ptr_array_index (joined, d);

        for (guint m = 0; m < document->mentions->len; m++)
          {
            DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
            Builder *builder = g_ptr_array_index (builders, g_array_index (builder_of, int, m));
            mention->entity = builder->final_index;
          }
      }
  }

  /* Quote speakers. */
  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);

      for (guint q = 0; q < document->quotes->len; q++)
        {
          DossierQuote *quote = &g_array_index (document->quotes, DossierQuote, q);

          quote->speaker_entity = -1;
          if (quote->speaker_mention >= 0)
            quote->speaker_entity = g_array_index (document->mentions, DossierMention,
                                                   quote->speaker_mention).entity;
          else if (quote->speaker_key != NULL)
            {
              /* A quote card's name: the person of that surname this article
               * mentions, else anyone of that surname. */
              for (guint m = 0; m < document->mentions->len && quote->speaker_entity < 0; m++)
                {
                  DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
                  if (g_strcmp0 (mention->key, quote->speaker_key) == 0)
                    quote->speaker_entity = mention->entity;
                }
              for (guint e = 0; e < entities->len && quote->speaker_entity < 0; e++)
                {
                  DossierEntityRecord *entity = g_ptr_array_index (entities, e);
                  gsize surname = strcspn (entity->key, "|");
                  if (entity->type == DOSSIER_ENTITY_PERSON && strlen (quote->speaker_key) == surname &&
                      strncmp (entity->key, quote->speaker_key, surname) == 0)
                    quote->speaker_entity = e;
                }
            }
        }
    }
}
