/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-kept-article.h"

#include <string.h>

#include "dossier-bytes.h"
#include "dossier-kept-strings.h"

/* Kept compactly, for a large dossier keeps every article's: offsets of 32
 * bits, every string in one buffer, a few blocks an article rather than
 * two allocations a mention and an array a paragraph. */
typedef struct
{
  guint32 paragraph;
  guint32 start;
  guint32 end;
  guint32 key;              /* offsets into strings, DOSSIER_KEPT_NO_STRING for NULL */
  guint32 canonical;
  gint32 entity;
  guint32 type;
} KeptMention;


struct _DossierKeptArticle
{
  gatomicrefcount ref_count;
  char *digest;
  guint n_paragraphs;
  guint n_mentions;         /* the document's, then n_pending pending ones */
  guint n_pending;
  guint n_dates;
  guint n_surnames;
  guint32 *sentence_counts; /* per paragraph */
  guint32 *spans;           /* each sentence's start and end, paragraph after paragraph */
  KeptMention *mentions;
  DossierDateMention *dates;  /* a date mention's rule is a static string */
  guint32 *surnames;        /* offsets into strings */
  /* Every string, each nul-ended: the restored mentions borrow theirs
   * from here, their documents holding a reference. */
  GBytes *strings;
};

/* The paragraphs' digest, made once for the life of the article (see
 * DossierDocument's paragraphs_digest). */
static const char *
paragraphs_digest (DossierDocument *document)
{
  g_autoptr(GChecksum) checksum = NULL;

  if (document->paragraphs_digest != NULL)
    return document->paragraphs_digest;
  checksum = g_checksum_new (G_CHECKSUM_SHA1);
  dossier_checksum_add_int (checksum, document->paragraphs->len);
  for (guint p = 0; p < document->paragraphs->len; p++)
    {
      const DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);

      dossier_checksum_add_int (checksum, paragraph->kind);
      dossier_checksum_add_int (checksum, paragraph->first_line);
      dossier_checksum_add_int (checksum, paragraph->last_line);
      dossier_checksum_add_text (checksum, paragraph->text, (gssize) paragraph->len);
      dossier_checksum_add_text (checksum, paragraph->attribution, -1);
    }
  document->paragraphs_digest = g_strdup (g_checksum_get_string (checksum));
  return document->paragraphs_digest;
}

/* Appends to @message what dossier_checksum_add_text () feeds a checksum. */
static void
message_add_text (GString    *message,
                  const char *text)
{
  gint64 size = text == NULL ? -1 : (gint64) strlen (text);

  g_string_append_len (message, (const char *) &size, sizeof size);
  if (size > 0)
    g_string_append_len (message, text, size);
}

/* Appends to @message what dossier_checksum_add_int () feeds a checksum. */
static void
message_add_int (GString *message,
                 gint64   value)
{
  g_string_append_len (message, (const char *) &value, sizeof value);
}

char *
dossier_kept_article_digest (DossierDocument *document)
{
  g_autoptr(GChecksum) checksum = NULL;
  g_autoptr(GString) message = NULL;
  const char *paragraphs;

  g_return_val_if_fail (document != NULL, NULL);

  /* What the per-article step reads: the paragraphs, the publication date
   * (relative dates resolve against it), the language.  The rest of the
   * metadata too, at the cost of analysing again an article whose title
   * was corrected: a rule that comes to read it cannot make a kept result
   * stale.  The bytes are gathered first, as they would be fed to the
   * checksum one field after another (the same digest): where they are
   * those the document's last digest was made of (a copy of an article
   * analysed before, its metadata unchanged), that digest is theirs. */
  paragraphs = paragraphs_digest (document);
  message = g_string_sized_new (256);
  message_add_text (message, document->title);
  message_add_text (message, document->outlet);
  message_add_text (message, document->author);
  message_add_text (message, document->address);
  message_add_text (message, document->language);
  message_add_text (message, document->encoding);
  message_add_text (message, document->published_evidence);
  message_add_int (message, document->published.year);
  message_add_int (message, document->published.month);
  message_add_int (message, document->published.day);
  message_add_int (message, document->published.hour);
  message_add_int (message, document->published.minute);
  message_add_int (message, document->published.precision);
  message_add_int (message, document->published_from);
  message_add_int (message, document->is_html);
  message_add_int (message, document->uncleaned);
  message_add_text (message, paragraphs);

  if (document->analysis_digest_of != NULL && document->analysis_digest != NULL &&
      g_bytes_get_size (document->analysis_digest_of) == message->len &&
      memcmp (g_bytes_get_data (document->analysis_digest_of, NULL), message->str, message->len) == 0)
    return g_strdup (document->analysis_digest);

  checksum = g_checksum_new (G_CHECKSUM_SHA1);
  g_checksum_update (checksum, (const guchar *) message->str, message->len);
  g_clear_pointer (&document->analysis_digest_of, g_bytes_unref);
  g_free (document->analysis_digest);
  document->analysis_digest_of = g_bytes_new (message->str, message->len);
  document->analysis_digest = g_strdup (g_checksum_get_string (checksum));
  return g_strdup (document->analysis_digest);
}

static void
put_mentions (KeptMention  *to,
              const GArray *from,
              char         *strings,
              gsize        *used)
{
  for (guint m = 0; m < from->len; m++)
    {
      const DossierMention *mention = &g_array_index (from, DossierMention, m);

      to[m] = (KeptMention) { mention->paragraph, (guint32) mention->start, (guint32) mention->end,
                              dossier_kept_put_string (strings, used, mention->key),
                              dossier_kept_put_string (strings, used, mention->canonical),
                              mention->entity, mention->type };
    }
}

static gboolean
mentions_fit (const GArray *mentions,
              gsize        *size)
{
  for (guint m = 0; m < mentions->len; m++)
    {
      const DossierMention *mention = &g_array_index (mentions, DossierMention, m);

      if (mention->end >= DOSSIER_KEPT_NO_STRING || !dossier_kept_measure_string (mention->key, size) ||
          !dossier_kept_measure_string (mention->canonical, size))
        return FALSE;
    }
  return TRUE;
}

DossierKeptArticle *
dossier_kept_article_new (char                  *digest,
                          const DossierDocument *document,
                          GArray                *pending,
                          GPtrArray             *surnames)
{
  DossierKeptArticle *kept;
  gsize size = 0, used = 0;
  guint n_spans = 0, span = 0;
  char *strings;

  g_return_val_if_fail (digest != NULL, NULL);
  g_return_val_if_fail (document != NULL, NULL);
  g_return_val_if_fail (pending != NULL, NULL);

  /* What does not fit in 32 bits (a paragraph of 4 GiB) is not kept. */
  for (guint p = 0; p < document->paragraphs->len; p++)
    {
      const DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);

      if (paragraph->len >= DOSSIER_KEPT_NO_STRING)
        {
          g_free (digest);
          return NULL;
        }
      n_spans += paragraph->sentences->len;
    }
  for (guint k = 0; surnames != NULL && k < surnames->len; k++)
    dossier_kept_measure_string (g_ptr_array_index (surnames, k), &size);
  if (!mentions_fit (document->mentions, &size) || !mentions_fit (pending, &size) || size >= DOSSIER_KEPT_NO_STRING)
    {
      g_free (digest);
      return NULL;
    }

  kept = g_new0 (DossierKeptArticle, 1);
  g_atomic_ref_count_init (&kept->ref_count);
  kept->digest = digest;
  kept->n_paragraphs = document->paragraphs->len;
  kept->sentence_counts = g_new (guint32, MAX (kept->n_paragraphs, 1));
  kept->spans = g_new (guint32, MAX (2 * n_spans, 1));
  for (guint p = 0; p < kept->n_paragraphs; p++)
    {
      const DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);

      kept->sentence_counts[p] = paragraph->sentences->len;
      for (guint k = 0; k < paragraph->sentences->len; k++)
        {
          const DossierSpan *sentence = &g_array_index (paragraph->sentences, DossierSpan, k);

          kept->spans[span++] = (guint32) sentence->start;
          kept->spans[span++] = (guint32) sentence->end;
        }
    }
  strings = g_malloc (MAX (size, 1));
  kept->n_mentions = document->mentions->len;
  kept->n_pending = pending->len;
  kept->mentions = g_new (KeptMention, MAX (kept->n_mentions + kept->n_pending, 1));
  put_mentions (kept->mentions, document->mentions, strings, &used);
  put_mentions (kept->mentions + kept->n_mentions, pending, strings, &used);
  kept->n_dates = document->dates->len;
  kept->dates = g_memdup2 (document->dates->data, MAX (kept->n_dates, 1) * sizeof (DossierDateMention));
  kept->n_surnames = surnames != NULL ? surnames->len : 0;
  kept->surnames = g_new (guint32, MAX (kept->n_surnames, 1));
  for (guint k = 0; k < kept->n_surnames; k++)
    kept->surnames[k] = dossier_kept_put_string (strings, &used, g_ptr_array_index (surnames, k));
  g_assert (used == size);
  kept->strings = g_bytes_new_take (strings, MAX (size, 1));
  return kept;
}

DossierKeptArticle *
dossier_kept_article_ref (DossierKeptArticle *kept)
{
  g_return_val_if_fail (kept != NULL, NULL);

  g_atomic_ref_count_inc (&kept->ref_count);
  return kept;
}

void
dossier_kept_article_unref (DossierKeptArticle *kept)
{
  if (kept == NULL || !g_atomic_ref_count_dec (&kept->ref_count))
    return;

  g_free (kept->sentence_counts);
  g_free (kept->spans);
  g_free (kept->mentions);
  g_free (kept->dates);
  g_free (kept->surnames);
  g_bytes_unref (kept->strings);
  g_free (kept->digest);
  g_free (kept);
}

const char *
dossier_kept_article_get_digest (const DossierKeptArticle *kept)
{
  g_return_val_if_fail (kept != NULL, NULL);

  return kept->digest;
}

/* The string at @at, borrowed: never changed while the kept article
 * lives, which the document the mentions go to holds. */
static char *
borrow_string (const char *strings,
               guint32     at)
{
  return at == DOSSIER_KEPT_NO_STRING ? NULL : (char *) strings + at;
}

static void
restore_mentions (GArray            *to,
                  const KeptMention *from,
                  guint              n,
                  const char        *strings)
{
  guint first = to->len;

  g_array_set_size (to, first + n);
  for (guint m = 0; m < n; m++)
    {
      DossierMention *mention = &g_array_index (to, DossierMention, first + m);

      memset (mention, 0, sizeof *mention);
      mention->paragraph = from[m].paragraph;
      mention->start = from[m].start;
      mention->end = from[m].end;
      mention->type = (DossierEntityType) from[m].type;
      mention->key = borrow_string (strings, from[m].key);
      mention->canonical = borrow_string (strings, from[m].canonical);
      mention->key_borrowed = TRUE;
      mention->canonical_borrowed = TRUE;
      mention->entity = from[m].entity;
    }
}

void
dossier_kept_article_restore (const DossierKeptArticle *kept,
                              DossierDocument          *document,
                              GArray                   *pending,
                              GHashTable               *surnames)
{
  const char *strings;
  guint span = 0;

  g_return_if_fail (kept != NULL);
  g_return_if_fail (document != NULL);
  g_return_if_fail (kept->n_paragraphs == document->paragraphs->len);

  for (guint p = 0; p < kept->n_paragraphs; p++)
    {
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);

      g_array_set_size (paragraph->sentences, kept->sentence_counts[p]);
      for (guint k = 0; k < kept->sentence_counts[p]; k++, span += 2)
        g_array_index (paragraph->sentences, DossierSpan, k) = (DossierSpan) { kept->spans[span],
                                                                             kept->spans[span + 1] };
    }
  /* The mentions, the pending ones too, borrow their keys and names from
   * the kept strings, which the document holds until they are gone. */
  strings = g_bytes_get_data (kept->strings, NULL);
  dossier_document_hold_strings (document, kept->strings);
  restore_mentions (document->mentions, kept->mentions, kept->n_mentions, strings);
  restore_mentions (pending, kept->mentions + kept->n_mentions, kept->n_pending, strings);
  g_array_append_vals (document->dates, kept->dates, kept->n_dates);
  for (guint k = 0; k < kept->n_surnames; k++)
    g_hash_table_add (surnames, g_strdup (strings + kept->surnames[k]));
}
