/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-gazetteer.h"

#include "dossier-bytes.h"
#include "dossier-core-error.h"

#include <string.h>

/* Generated at build time by tools/gen-gazetteer.py. */
extern const char dossier_gazetteer_data[];
extern const gsize dossier_gazetteer_data_len;

/* One distinct surface and what it is in each kind.  A word that only
 * starts longer surfaces has a slot too, so the recogniser learns from one
 * lookup how many words a phrase starting there can have. */
typedef struct
{
  const char *surface;         /* NULL for an empty slot */
  guint32 len;
  guint32 hash;
  guint entries[DOSSIER_GAZETTEER_N_KINDS];  /* entry index + 1, 0 for none */
  guint phrase_words;          /* words of the longest surface starting with this word */
} Slot;

struct _DossierGazetteer
{
  gatomicrefcount ref_count;
  char *storage;               /* one copy of the data; entries point into it */
  GArray *entries;             /* of DossierGazetteerEntry */
  /* An open-addressing table of Slot keyed by the bytes of a surface:
   * lookups hash the text where it lies, with no copy to terminate it. */
  Slot *slots;
  guint32 mask;                /* number of slots - 1; a power of two - 1 */
  guint n_used;
  guint sizes[DOSSIER_GAZETTEER_N_KINDS];
  guint max_words;
};

/* Surfaces this long or longer are never found, as before the table. */
#define MAX_SURFACE_LEN 128

/* FNV-1a (dossier-bytes.h) over @len bytes; a NUL ends the surface early, as it would end a
 * C string.  Returns the hash and stores the length actually hashed. */
static inline guint32
hash_surface (const char *surface,
              gsize       len,
              gsize      *hashed)
{
  guint32 hash = DOSSIER_HASH_INIT;
  gsize i;

  for (i = 0; i < len && surface[i] != '\0'; i++)
    hash = DOSSIER_HASH_STEP (hash, surface[i]);
  *hashed = i;
  return hash;
}

static Slot *
find_slot (const DossierGazetteer *gazetteer,
           const char             *surface,
           gsize                   len,
           guint32                 hash)
{
  for (guint32 i = hash & gazetteer->mask;; i = (i + 1) & gazetteer->mask)
    {
      Slot *slot = &gazetteer->slots[i];

      if (slot->surface == NULL ||
          (slot->hash == hash && slot->len == len && memcmp (slot->surface, surface, len) == 0))
        return slot;
    }
}

static void
grow_to (DossierGazetteer *gazetteer,
         guint32           size)
{
  Slot *old = gazetteer->slots;
  guint32 old_size = old != NULL ? gazetteer->mask + 1 : 0;

  gazetteer->slots = g_new0 (Slot, size);
  gazetteer->mask = size - 1;
  for (guint32 i = 0; i < old_size; i++)
    if (old[i].surface != NULL)
      *find_slot (gazetteer, old[i].surface, old[i].len, old[i].hash) = old[i];
  g_free (old);
}

static void
grow (DossierGazetteer *gazetteer)
{
  grow_to (gazetteer, gazetteer->slots != NULL ? (gazetteer->mask + 1) * 2 : 1024);
}

/* The slot of @surface, made empty-handed if it is new. */
static Slot *
add_slot (DossierGazetteer *gazetteer,
          const char       *surface,
          gsize             len)
{
  gsize hashed;
  guint32 hash = hash_surface (surface, len, &hashed);
  Slot *slot;

  /* Keep the table at most half full so probes stay short. */
  if ((gazetteer->n_used + 1) * 2 > gazetteer->mask + 1 || gazetteer->slots == NULL)
    grow (gazetteer);
  slot = find_slot (gazetteer, surface, hashed, hash);
  if (slot->surface == NULL)
    {
      slot->surface = surface;
      slot->len = hashed;
      slot->hash = hash;
      gazetteer->n_used++;
    }
  return slot;
}

static const Slot *
lookup_slot (const DossierGazetteer *gazetteer,
             const char             *surface,
             gsize                   len)
{
  gsize hashed;
  guint32 hash;
  const Slot *slot;

  if (len == 0 || len >= MAX_SURFACE_LEN)
    return NULL;
  hash = hash_surface (surface, len, &hashed);
  slot = find_slot (gazetteer, surface, hashed, hash);
  return slot->surface != NULL ? slot : NULL;
}

static const char * const kind_names[DOSSIER_GAZETTEER_N_KINDS] = {
  "place", "organization", "demonym", "title", "given-name", "name-variant", "not-name",
};

static int
kind_from_name (const char *name)
{
  for (int i = 0; i < DOSSIER_GAZETTEER_N_KINDS; i++)
    if (strcmp (name, kind_names[i]) == 0)
      return i;
  return -1;
}

DossierGazetteer *
dossier_gazetteer_new_from_data (const char *data,
                                 gsize       len,
                                 GError    **error)
{
  g_autoptr(DossierGazetteer) gazetteer = g_new0 (DossierGazetteer, 1);
  char *line, *next;
  guint line_number = 0;

  g_atomic_ref_count_init (&gazetteer->ref_count);
  gazetteer->storage = g_strndup (data, len);

  /* Sized for the data from the start, about a surface per line (a
   * phrase's first word is mostly another line's surface; add_slot ()
   * still grows the table if need be): growing step by step rehashes and
   * touches new pages on every start of the program. */
  {
    guint lines = 1;
    guint32 size = 1024;

    for (const char *c = memchr (data, '\n', len); c != NULL; c = memchr (c + 1, '\n', data + len - (c + 1)))
      lines++;
    while (size < (guint64) lines * 2)
      size *= 2;
    gazetteer->entries = g_array_sized_new (FALSE, FALSE, sizeof (DossierGazetteerEntry), lines);
    grow_to (gazetteer, size);
  }

  for (line = gazetteer->storage; line != NULL && *line != '\0'; line = next)
    {
      char *fields[4] = { NULL };
      char *p = line;
      int kind;
      guint words = 1;

      line_number++;
      next = strchr (line, '\n');
      if (next != NULL)
        *next++ = '\0';
      if (*line == '#' || *line == '\0')
        continue;

      for (int f = 0; f < 4; f++)
        {
          fields[f] = p;
          p = strchr (p, '\t');
          if (p == NULL)
            {
              if (f != 3)
                {
                  g_set_error (error, DOSSIER_CORE_ERROR, DOSSIER_CORE_ERROR_ENCODING,
                               "gazetteer line %u: expected 4 tab-separated fields", line_number);
                  return NULL;
                }
              break;
            }
          *p++ = '\0';
        }

      kind = kind_from_name (fields[0]);
      if (kind < 0 || fields[1][0] == '\0')
        {
          g_set_error (error, DOSSIER_CORE_ERROR, DOSSIER_CORE_ERROR_ENCODING,
                       "gazetteer line %u: unknown kind “%s”", line_number, fields[0]);
          return NULL;
        }

      {
        Slot *slot = add_slot (gazetteer, fields[1], strlen (fields[1]));
        const char *first_space = NULL;
        DossierGazetteerEntry entry = { fields[1], fields[2], fields[3] };

        /* The first record of a surface wins: files list the most likely
         * reading first. */
        if (slot->entries[kind] != 0)
          continue;
        g_array_append_val (gazetteer->entries, entry);
        slot->entries[kind] = gazetteer->entries->len;
        gazetteer->sizes[kind]++;

        for (const char *c = fields[1]; *c; c++)
          if (*c == ' ')
            {
              words++;
              if (first_space == NULL)
                first_space = c;
            }
        gazetteer->max_words = MAX (gazetteer->max_words, words);
        slot->phrase_words = MAX (slot->phrase_words, 1);
        if (first_space != NULL)
          {
            Slot *first = add_slot (gazetteer, fields[1], first_space - fields[1]);
            first->phrase_words = MAX (first->phrase_words, words);
          }
      }
    }

  return g_steal_pointer (&gazetteer);
}

DossierGazetteer *
dossier_gazetteer_new_default (void)
{
  g_autoptr(GError) error = NULL;
  DossierGazetteer *gazetteer;

  gazetteer = dossier_gazetteer_new_from_data (dossier_gazetteer_data, dossier_gazetteer_data_len, &error);
  /* The data is generated and validated at build time. */
  g_assert_no_error (error);
  return gazetteer;
}

DossierGazetteer *
dossier_gazetteer_ref (DossierGazetteer *gazetteer)
{
  g_return_val_if_fail (gazetteer != NULL, NULL);

  g_atomic_ref_count_inc (&gazetteer->ref_count);
  return gazetteer;
}

void
dossier_gazetteer_unref (DossierGazetteer *gazetteer)
{
  if (gazetteer == NULL || !g_atomic_ref_count_dec (&gazetteer->ref_count))
    return;

  g_free (gazetteer->slots);
  g_clear_pointer (&gazetteer->entries, g_array_unref);
  g_free (gazetteer->storage);
  g_free (gazetteer);
}

const DossierGazetteerEntry *
dossier_gazetteer_lookup (const DossierGazetteer *gazetteer,
                          DossierGazetteerKind    kind,
                          const char             *surface,
                          gsize                   len)
{
  const Slot *slot;

  g_return_val_if_fail (gazetteer != NULL, NULL);
  g_return_val_if_fail (kind < DOSSIER_GAZETTEER_N_KINDS, NULL);

  slot = lookup_slot (gazetteer, surface, len);
  if (slot == NULL || slot->entries[kind] == 0)
    return NULL;
  return &g_array_index (gazetteer->entries, DossierGazetteerEntry, slot->entries[kind] - 1);
}

const DossierGazetteerEntry *
dossier_gazetteer_lookup_kinds (const DossierGazetteer     *gazetteer,
                                const DossierGazetteerKind *kinds,
                                guint                       n_kinds,
                                const char                 *surface,
                                gsize                       len,
                                DossierGazetteerKind       *found_kind)
{
  const Slot *slot;

  g_return_val_if_fail (gazetteer != NULL, NULL);

  slot = lookup_slot (gazetteer, surface, len);
  if (slot == NULL)
    return NULL;
  for (guint k = 0; k < n_kinds; k++)
    if (slot->entries[kinds[k]] != 0)
      {
        if (found_kind != NULL)
          *found_kind = kinds[k];
        return &g_array_index (gazetteer->entries, DossierGazetteerEntry, slot->entries[kinds[k]] - 1);
      }
  return NULL;
}

guint
dossier_gazetteer_get_phrase_words (const DossierGazetteer *gazetteer,
                                    const char             *word,
                                    gsize                   len)
{
  const Slot *slot;

  g_return_val_if_fail (gazetteer != NULL, 0);

  slot = lookup_slot (gazetteer, word, len);
  return slot != NULL ? slot->phrase_words : 0;
}

guint
dossier_gazetteer_get_max_words (const DossierGazetteer *gazetteer)
{
  g_return_val_if_fail (gazetteer != NULL, 0);

  return gazetteer->max_words;
}

guint
dossier_gazetteer_get_size (const DossierGazetteer *gazetteer,
                            DossierGazetteerKind    kind)
{
  g_return_val_if_fail (gazetteer != NULL, 0);
  g_return_val_if_fail (kind < DOSSIER_GAZETTEER_N_KINDS, 0);

  return gazetteer->sizes[kind];
}
