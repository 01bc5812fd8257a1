/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-kept-quotes.h"

#include <string.h>

#include "dossier-kept-strings.h"

/* A person's mention as the quote finder reads it. */
typedef struct
{
  guint32 index;            /* in the document's mentions */
  guint32 paragraph;
  guint32 start;
  guint32 end;
  guint32 key;              /* offsets into strings, DOSSIER_KEPT_NO_STRING for NULL */
  guint32 canonical;
} KeptPerson;

typedef struct
{
  guint32 paragraph;
  guint32 start;
  guint32 end;
  gint32 speaker_mention;
  gint32 speaker_entity;
  guint32 speaker_key;      /* offsets into strings, DOSSIER_KEPT_NO_STRING for NULL */
  guint32 speaker_name;
} KeptQuote;

struct _DossierKeptQuotes
{
  gatomicrefcount ref_count;
  char *digest;
  guint n_mentions;         /* all of the document's */
  guint n_people;
  guint n_quotes;
  KeptPerson *people;
  KeptQuote *quotes;
  char *strings;
};

static const char *
get_string (const DossierKeptQuotes *kept,
            guint32                  at)
{
  return at == DOSSIER_KEPT_NO_STRING ? NULL : kept->strings + at;
}

DossierKeptQuotes *
dossier_kept_quotes_new (const DossierDocument *document)
{
  DossierKeptQuotes *kept;
  gsize size = 0, used = 0;
  guint n_people = 0, person = 0;

  g_return_val_if_fail (document != NULL && document->paragraphs_digest != NULL, NULL);

  for (guint m = 0; m < document->mentions->len; m++)
    {
      const DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);

      if (mention->type != DOSSIER_ENTITY_PERSON)
        continue;
      n_people++;
      if (mention->end >= DOSSIER_KEPT_NO_STRING || !dossier_kept_measure_string (mention->key, &size) ||
          !dossier_kept_measure_string (mention->canonical, &size))
        return NULL;
    }
  for (guint q = 0; q < document->quotes->len; q++)
    {
      const DossierQuote *quote = &g_array_index (document->quotes, DossierQuote, q);

      if (quote->end >= DOSSIER_KEPT_NO_STRING || !dossier_kept_measure_string (quote->speaker_key, &size) ||
          !dossier_kept_measure_string (quote->speaker_name, &size))
        return NULL;
    }

  kept = g_new0 (DossierKeptQuotes, 1);
  g_atomic_ref_count_init (&kept->ref_count);
  kept->digest = g_strdup (document->paragraphs_digest);
  kept->n_mentions = document->mentions->len;
  kept->n_people = n_people;
  kept->n_quotes = document->quotes->len;
  kept->people = g_new (KeptPerson, MAX (n_people, 1));
  kept->quotes = g_new (KeptQuote, MAX (kept->n_quotes, 1));
  kept->strings = g_malloc (MAX (size, 1));
  for (guint m = 0; m < document->mentions->len; m++)
    {
      const DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);

      if (mention->type != DOSSIER_ENTITY_PERSON)
        continue;
      kept->people[person++] = (KeptPerson) { m, mention->paragraph, (guint32) mention->start,
                                              (guint32) mention->end,
                                              dossier_kept_put_string (kept->strings, &used, mention->key),
                                              dossier_kept_put_string (kept->strings, &used, mention->canonical) };
    }
  for (guint q = 0; q < document->quotes->len; q++)
    {
      const DossierQuote *quote = &g_array_index (document->quotes, DossierQuote, q);

      kept->quotes[q] = (KeptQuote) { quote->paragraph, (guint32) quote->start, (guint32) quote->end,
                                      quote->speaker_mention, quote->speaker_entity,
                                      dossier_kept_put_string (kept->strings, &used, quote->speaker_key),
                                      dossier_kept_put_string (kept->strings, &used, quote->speaker_name) };
    }
  return kept;
}

DossierKeptQuotes *
dossier_kept_quotes_ref (DossierKeptQuotes *kept)
{
  g_return_val_if_fail (kept != NULL, NULL);

  g_atomic_ref_count_inc (&kept->ref_count);
  return kept;
}

void
dossier_kept_quotes_unref (DossierKeptQuotes *kept)
{
  if (kept == NULL || !g_atomic_ref_count_dec (&kept->ref_count))
    return;
  g_free (kept->digest);
  g_free (kept->people);
  g_free (kept->quotes);
  g_free (kept->strings);
  g_free (kept);
}

const char *
dossier_kept_quotes_get_digest (const DossierKeptQuotes *kept)
{
  g_return_val_if_fail (kept != NULL, NULL);

  return kept->digest;
}

gboolean
dossier_kept_quotes_restore (const DossierKeptQuotes *kept,
                             DossierDocument         *document)
{
  guint person = 0;

  g_return_val_if_fail (kept != NULL && document != NULL, FALSE);

  if (document->mentions->len != kept->n_mentions)
    return FALSE;
  for (guint m = 0; m < document->mentions->len; m++)
    {
      const DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
      const KeptPerson *was;

      if (mention->type != DOSSIER_ENTITY_PERSON)
        continue;
      if (person == kept->n_people)
        return FALSE;
      was = &kept->people[person++];
      if (was->index != m || was->paragraph != mention->paragraph || was->start != mention->start ||
          was->end != mention->end || g_strcmp0 (get_string (kept, was->key), mention->key) != 0 ||
          g_strcmp0 (get_string (kept, was->canonical), mention->canonical) != 0)
        return FALSE;
    }
  if (person != kept->n_people)
    return FALSE;

  g_array_set_size (document->quotes, 0);
  for (guint q = 0; q < kept->n_quotes; q++)
    {
      const KeptQuote *was = &kept->quotes[q];
      DossierQuote quote = { was->paragraph, was->start, was->end, was->speaker_mention,
                             g_strdup (get_string (kept, was->speaker_key)),
                             g_strdup (get_string (kept, was->speaker_name)), was->speaker_entity };

      g_array_append_val (document->quotes, quote);
    }
  return TRUE;
}

GHashTable *
dossier_kept_quotes_table_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) dossier_kept_quotes_unref);
}
