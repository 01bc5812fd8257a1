/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-kept-resolution.h"

#include <string.h>

#include "dossier-debug.h"
#include "dossier-kept-strings.h"

/* One mention as the resolver was given it and as it left it. */
typedef struct
{
  guint32 paragraph;
  guint32 start;
  guint32 end;
  guint32 type;
  guint32 key;              /* offsets into strings, DOSSIER_KEPT_NO_STRING for NULL */
  guint32 canonical;
  guint32 key_made;         /* what the resolver made them: the same offsets where it left them as they were */
  guint32 canonical_made;
  guint32 type_made;        /* an acronym's, a name written apart's: an organisation's */
  gint32 entity;
} ResolvedMention;

/* One quote's speaker as the resolver was given it, and the entity it found. */
typedef struct
{
  gint32 speaker_mention;
  guint32 speaker_key;      /* offset into strings, DOSSIER_KEPT_NO_STRING for NULL */
  gint32 speaker_entity;
} ResolvedQuote;

struct _DossierKeptResolution
{
  gatomicrefcount ref_count;
  DossierGazetteer *gazetteer;
  guint n_documents;
  char **digests;           /* per document, its paragraphs digest */
  guint32 *n_mentions;      /* per document */
  guint32 *n_quotes;        /* per document */
  ResolvedMention *mentions;
  ResolvedQuote *quotes;
  GPtrArray *entities;      /* of DossierEntityRecord*, as the resolver made them */
  /* Every string, each nul-ended, in one buffer: @strings_len bytes used
   * of @strings_size. */
  char *strings;
  gsize strings_len;
  gsize strings_size;
};

DossierKeptResolution *
dossier_kept_resolution_ref (DossierKeptResolution *kept)
{
  g_return_val_if_fail (kept != NULL, NULL);

  g_atomic_ref_count_inc (&kept->ref_count);
  return kept;
}

void
dossier_kept_resolution_unref (DossierKeptResolution *kept)
{
  if (kept == NULL || !g_atomic_ref_count_dec (&kept->ref_count))
    return;

  dossier_gazetteer_unref (kept->gazetteer);
  g_strfreev (kept->digests);
  g_free (kept->n_mentions);
  g_free (kept->n_quotes);
  g_free (kept->mentions);
  g_free (kept->quotes);
  g_clear_pointer (&kept->entities, g_ptr_array_unref);
  g_free (kept->strings);
  g_free (kept);
}

static const char *
get_string (const DossierKeptResolution *kept,
            guint32                      at)
{
  return at == DOSSIER_KEPT_NO_STRING ? NULL : kept->strings + at;
}

/* Appends @text to @kept's strings: its offset, DOSSIER_KEPT_NO_STRING for
 * NULL; FALSE past 4 GiB.  (Two hundred thousand of them a dossier of two
 * thousand articles: the buffer is grown here, not by a call per string.) */
static inline gboolean
put_string (DossierKeptResolution *kept,
            const char            *text,
            guint32               *at)
{
  gsize len;

  if (text == NULL)
    {
      *at = DOSSIER_KEPT_NO_STRING;
      return TRUE;
    }
  len = strlen (text) + 1;
  if (kept->strings_len + len >= DOSSIER_KEPT_NO_STRING)
    return FALSE;
  if (kept->strings_len + len > kept->strings_size)
    {
      kept->strings_size = MAX (kept->strings_size * 2, kept->strings_len + len);
      kept->strings = g_realloc (kept->strings, kept->strings_size);
    }
  *at = kept->strings_len;
  memcpy (kept->strings + kept->strings_len, text, len);
  kept->strings_len += len;
  return TRUE;
}

/* What the resolver is about to be given; NULL where it cannot be kept. */
static DossierKeptResolution *
kept_resolution_new (GPtrArray        *documents,
                     DossierGazetteer *gazetteer)
{
  g_autoptr(DossierKeptResolution) kept = NULL;
  gsize n_mentions = 0, n_quotes = 0, mention = 0, quote = 0;

  for (guint d = 0; d < documents->len; d++)
    {
      const DossierDocument *document = g_ptr_array_index (documents, d);

      if (document->paragraphs_digest == NULL)
        return NULL;
      n_mentions += document->mentions->len;
      n_quotes += document->quotes->len;
    }

  kept = g_new0 (DossierKeptResolution, 1);
  g_atomic_ref_count_init (&kept->ref_count);
  kept->gazetteer = dossier_gazetteer_ref (gazetteer);
  kept->n_documents = documents->len;
  kept->digests = g_new0 (char *, documents->len + 1);
  kept->n_mentions = g_new (guint32, MAX (documents->len, 1));
  kept->n_quotes = g_new (guint32, MAX (documents->len, 1));
  kept->mentions = g_new (ResolvedMention, MAX (n_mentions, 1));
  kept->quotes = g_new (ResolvedQuote, MAX (n_quotes, 1));
  /* About twenty bytes a name and key. */
  kept->strings_size = MIN (n_mentions * 40 + 64, G_MAXUINT32 / 2);
  kept->strings = g_malloc (kept->strings_size);
  for (guint d = 0; d < documents->len; d++)
    {
      const DossierDocument *document = g_ptr_array_index (documents, d);

      kept->digests[d] = g_strdup (document->paragraphs_digest);
      kept->n_mentions[d] = document->mentions->len;
      kept->n_quotes[d] = document->quotes->len;
      for (guint m = 0; m < document->mentions->len; m++, mention++)
        {
          const DossierMention *from = &g_array_index (document->mentions, DossierMention, m);
          ResolvedMention *to = &kept->mentions[mention];

          if (from->end >= DOSSIER_KEPT_NO_STRING || !put_string (kept, from->key, &to->key) ||
              !put_string (kept, from->canonical, &to->canonical))
            return NULL;
          to->paragraph = from->paragraph;
          to->start = (guint32) from->start;
          to->end = (guint32) from->end;
          to->type = from->type;
          to->key_made = to->key;
          to->canonical_made = to->canonical;
          to->type_made = to->type;
          to->entity = -1;
        }
      for (guint q = 0; q < document->quotes->len; q++, quote++)
        {
          const DossierQuote *from = &g_array_index (document->quotes, DossierQuote, q);
          ResolvedQuote *to = &kept->quotes[quote];

          if (!put_string (kept, from->speaker_key, &to->speaker_key))
            return NULL;
          to->speaker_mention = from->speaker_mention;
          to->speaker_entity = -1;
        }
    }
  return g_steal_pointer (&kept);
}

static DossierEntityRecord *
entity_record_copy (const DossierEntityRecord *entity)
{
  DossierEntityRecord *copy = g_new0 (DossierEntityRecord, 1);

  copy->name = g_strdup (entity->name);
  copy->key = g_strdup (entity->key);
  copy->type = entity->type;
  copy->aliases = g_ptr_array_new_full (entity->aliases->len, g_free);
  for (guint a = 0; a < entity->aliases->len; a++)
    g_ptr_array_add (copy->aliases, g_strdup (g_ptr_array_index (entity->aliases, a)));
  copy->documents = g_array_sized_new (FALSE, FALSE, sizeof (guint), entity->documents->len);
  g_array_append_vals (copy->documents, entity->documents->data, entity->documents->len);
  copy->mentions = entity->mentions;
  if (entity->probably_same != NULL)
    {
      copy->probably_same = g_ptr_array_new_full (entity->probably_same->len, g_free);
      for (guint a = 0; a < entity->probably_same->len; a++)
        g_ptr_array_add (copy->probably_same, g_strdup (g_ptr_array_index (entity->probably_same, a)));
    }
  return copy;
}

/* Notes what the resolver made of what @kept was made from; FALSE past
 * 4 GiB. */
static gboolean
kept_resolution_note_made (DossierKeptResolution *kept,
                           GPtrArray             *documents,
                           GPtrArray             *entities)
{
  gsize mention = 0, quote = 0;

  for (guint d = 0; d < documents->len; d++)
    {
      const DossierDocument *document = g_ptr_array_index (documents, d);

      /* The resolver neither adds nor drops mentions or quotes. */
      g_assert (document->mentions->len == kept->n_mentions[d] && document->quotes->len == kept->n_quotes[d]);
      for (guint m = 0; m < document->mentions->len; m++, mention++)
        {
          const DossierMention *from = &g_array_index (document->mentions, DossierMention, m);
          ResolvedMention *to = &kept->mentions[mention];

          if (g_strcmp0 (from->key, get_string (kept, to->key)) != 0 && !put_string (kept, from->key, &to->key_made))
            return FALSE;
          if (g_strcmp0 (from->canonical, get_string (kept, to->canonical)) != 0 &&
              !put_string (kept, from->canonical, &to->canonical_made))
            return FALSE;
          to->type_made = from->type;
          to->entity = from->entity;
        }
      for (guint q = 0; q < document->quotes->len; q++, quote++)
        kept->quotes[quote].speaker_entity = g_array_index (document->quotes, DossierQuote, q).speaker_entity;
    }
  kept->entities = g_ptr_array_new_full (entities->len, (GDestroyNotify) dossier_entity_record_free);
  for (guint e = 0; e < entities->len; e++)
    g_ptr_array_add (kept->entities, entity_record_copy (g_ptr_array_index (entities, e)));
  /* Kept until the next analysis: no more than it holds. */
  kept->strings_size = MAX (kept->strings_len, 1);
  kept->strings = g_realloc (kept->strings, kept->strings_size);
  return TRUE;
}

/* Whether the resolver is given now what @kept was made from. */
static gboolean
kept_resolution_fits (const DossierKeptResolution *kept,
                      GPtrArray                   *documents,
                      DossierGazetteer            *gazetteer)
{
  gsize mention = 0, quote = 0;

  if (kept->gazetteer != gazetteer || kept->n_documents != documents->len)
    return FALSE;
  for (guint d = 0; d < documents->len; d++)
    {
      const DossierDocument *document = g_ptr_array_index (documents, d);

      if (document->mentions->len != kept->n_mentions[d] || document->quotes->len != kept->n_quotes[d] ||
          g_strcmp0 (document->paragraphs_digest, kept->digests[d]) != 0)
        return FALSE;
    }
  for (guint d = 0; d < documents->len; d++)
    {
      const DossierDocument *document = g_ptr_array_index (documents, d);

      for (guint m = 0; m < document->mentions->len; m++, mention++)
        {
          const DossierMention *now = &g_array_index (document->mentions, DossierMention, m);
          const ResolvedMention *then = &kept->mentions[mention];

          if (now->paragraph != then->paragraph || now->start != then->start || now->end != then->end ||
              now->type != (DossierEntityType) then->type ||
              g_strcmp0 (now->key, get_string (kept, then->key)) != 0 ||
              g_strcmp0 (now->canonical, get_string (kept, then->canonical)) != 0)
            return FALSE;
        }
      for (guint q = 0; q < document->quotes->len; q++, quote++)
        {
          const DossierQuote *now = &g_array_index (document->quotes, DossierQuote, q);
          const ResolvedQuote *then = &kept->quotes[quote];

          if (now->speaker_mention != then->speaker_mention ||
              g_strcmp0 (now->speaker_key, get_string (kept, then->speaker_key)) != 0)
            return FALSE;
        }
    }
  return TRUE;
}

/* Puts back what the resolver made of the input @kept was made from,
 * which @documents hold. */
static void
kept_resolution_put_back (const DossierKeptResolution *kept,
                          GPtrArray                   *documents,
                          GPtrArray                   *entities)
{
  gsize mention = 0, quote = 0;

  g_ptr_array_set_size (entities, 0);
  for (guint e = 0; e < kept->entities->len; e++)
    g_ptr_array_add (entities, entity_record_copy (g_ptr_array_index (kept->entities, e)));
  for (guint d = 0; d < documents->len; d++)
    {
      DossierDocument *document = g_ptr_array_index (documents, d);

      for (guint m = 0; m < document->mentions->len; m++, mention++)
        {
          DossierMention *to = &g_array_index (document->mentions, DossierMention, m);
          const ResolvedMention *from = &kept->mentions[mention];

          if (from->key_made != from->key)
            dossier_mention_take_key (to, g_strdup (get_string (kept, from->key_made)));
          if (from->canonical_made != from->canonical)
            dossier_mention_take_canonical (to, g_strdup (get_string (kept, from->canonical_made)));
          to->type = (DossierEntityType) from->type_made;
          to->entity = from->entity;
        }
      for (guint q = 0; q < document->quotes->len; q++, quote++)
        g_array_index (document->quotes, DossierQuote, q).speaker_entity = kept->quotes[quote].speaker_entity;
    }
}

DossierKeptResolution *
dossier_kept_resolution_resolve (GPtrArray             *documents,
                                 DossierGazetteer      *gazetteer,
                                 GPtrArray             *entities,
                                 DossierKeptResolution *kept)
{
  g_autoptr(DossierKeptResolution) made = NULL;

  g_return_val_if_fail (documents != NULL, NULL);
  g_return_val_if_fail (gazetteer != NULL, NULL);
  g_return_val_if_fail (entities != NULL, NULL);

  if (kept != NULL && kept_resolution_fits (kept, documents, gazetteer))
    {
      DOSSIER_DEBUG ("entities: resolved as the last analysis resolved the same mentions");
      kept_resolution_put_back (kept, documents, entities);
      return dossier_kept_resolution_ref (kept);
    }
  made = kept_resolution_new (documents, gazetteer);
  dossier_entities_resolve (documents, gazetteer, entities);
  if (made != NULL && !kept_resolution_note_made (made, documents, entities))
    g_clear_pointer (&made, dossier_kept_resolution_unref);
  return g_steal_pointer (&made);
}
