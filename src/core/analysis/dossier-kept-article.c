/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-kept-article.h"

#include <string.h>

struct _DossierKeptArticle
{
  gatomicrefcount ref_count;
  char *digest;
  guint n_paragraphs;
  GArray **sentences;       /* per paragraph, of DossierSpan */
  GArray *mentions;         /* of DossierMention, owning their strings */
  GArray *pending;          /* likewise */
  GArray *dates;            /* of DossierDateMention */
  GPtrArray *surnames;      /* of char* */
};

static void
checksum_string (GChecksum  *checksum,
                 const char *text,
                 gssize      len)
{
  gint64 size = text == NULL ? -1 : len < 0 ? (gint64) strlen (text) : len;

  /* Lengths first, so that two fields never read as one. */
  g_checksum_update (checksum, (const guchar *) &size, sizeof size);
  if (size > 0)
    g_checksum_update (checksum, (const guchar *) text, (gsize) size);
}

static void
checksum_int (GChecksum *checksum,
              gint64     value)
{
  g_checksum_update (checksum, (const guchar *) &value, sizeof value);
}

/* The paragraphs' digest, made once for the life of the article (see
 * DossierDocument's paragraphs_digest). */
static const char *
paragraphs_digest (DossierDocument *document)
{
  g_autoptr(GChecksum) checksum = NULL;

  if (document->paragraphs_digest != NULL)
    return document->paragraphs_digest;
  checksum = g_checksum_new (G_CHECKSUM_SHA1);
  checksum_int (checksum, document->paragraphs->len);
  for (guint p = 0; p < document->paragraphs->len; p++)
    {
      const DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);

      checksum_int (checksum, paragraph->kind);
      checksum_int (checksum, paragraph->first_line);
      checksum_int (checksum, paragraph->last_line);
      checksum_string (checksum, paragraph->text, (gssize) paragraph->len);
      checksum_string (checksum, paragraph->attribution, -1);
    }
  document->paragraphs_digest = g_strdup (g_checksum_get_string (checksum));
  return document->paragraphs_digest;
}

char *
dossier_kept_article_digest (DossierDocument *document)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA1);

  g_return_val_if_fail (document != NULL, NULL);

  /* What the per-article step reads: the paragraphs, the publication date
   * (relative dates resolve against it), the language.  The rest of the
   * metadata too, at the cost of analysing again an article whose title
   * was corrected: a rule that comes to read it cannot make a kept result
   * stale. */
  checksum_string (checksum, document->title, -1);
  checksum_string (checksum, document->outlet, -1);
  checksum_string (checksum, document->author, -1);
  checksum_string (checksum, document->address, -1);
  checksum_string (checksum, document->language, -1);
  checksum_string (checksum, document->encoding, -1);
  checksum_string (checksum, document->published_evidence, -1);
  checksum_int (checksum, document->published.year);
  checksum_int (checksum, document->published.month);
  checksum_int (checksum, document->published.day);
  checksum_int (checksum, document->published.hour);
  checksum_int (checksum, document->published.minute);
  checksum_int (checksum, document->published.precision);
  checksum_int (checksum, document->published_from);
  checksum_int (checksum, document->is_html);
  checksum_int (checksum, document->uncleaned);
  checksum_string (checksum, paragraphs_digest (document), -1);
  return g_strdup (g_checksum_get_string (checksum));
}

/* Appends deep copies of @from's mentions to @to. */
static void
copy_mentions (GArray       *to,
               const GArray *from)
{
  guint first = to->len;

  g_array_append_vals (to, from->data, from->len);
  for (guint m = first; m < to->len; m++)
    {
      DossierMention *mention = &g_array_index (to, DossierMention, m);

      mention->key = g_strdup (mention->key);
      mention->canonical = g_strdup (mention->canonical);
    }
}

static void
free_mentions (GArray *mentions)
{
  for (guint m = 0; m < mentions->len; m++)
    {
      DossierMention *mention = &g_array_index (mentions, DossierMention, m);

      g_free (mention->key);
      g_free (mention->canonical);
    }
  g_array_unref (mentions);
}

DossierKeptArticle *
dossier_kept_article_new (char                  *digest,
                          const DossierDocument *document,
                          GArray                *pending,
                          GPtrArray             *surnames)
{
  DossierKeptArticle *kept;

  g_return_val_if_fail (digest != NULL, NULL);
  g_return_val_if_fail (document != NULL, NULL);
  g_return_val_if_fail (pending != NULL, NULL);

  kept = g_new0 (DossierKeptArticle, 1);
  g_atomic_ref_count_init (&kept->ref_count);
  kept->digest = digest;
  kept->n_paragraphs = document->paragraphs->len;
  kept->sentences = g_new0 (GArray *, MAX (kept->n_paragraphs, 1));
  for (guint p = 0; p < kept->n_paragraphs; p++)
    {
      const DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);

      kept->sentences[p] = g_array_sized_new (FALSE, FALSE, sizeof (DossierSpan), paragraph->sentences->len);
      g_array_append_vals (kept->sentences[p], paragraph->sentences->data, paragraph->sentences->len);
    }
  kept->mentions = g_array_sized_new (FALSE, FALSE, sizeof (DossierMention), document->mentions->len);
  copy_mentions (kept->mentions, document->mentions);
  kept->pending = g_array_sized_new (FALSE, FALSE, sizeof (DossierMention), pending->len);
  copy_mentions (kept->pending, pending);
  /* A date mention's rule is a static string: a plain copy will do. */
  kept->dates = g_array_sized_new (FALSE, FALSE, sizeof (DossierDateMention), document->dates->len);
  g_array_append_vals (kept->dates, document->dates->data, document->dates->len);
  kept->surnames = g_ptr_array_new_full (surnames != NULL ? surnames->len : 0, g_free);
  for (guint s = 0; surnames != NULL && s < surnames->len; s++)
    g_ptr_array_add (kept->surnames, g_strdup (g_ptr_array_index (surnames, s)));
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

  for (guint p = 0; p < kept->n_paragraphs; p++)
    g_array_unref (kept->sentences[p]);
  g_free (kept->sentences);
  free_mentions (kept->mentions);
  free_mentions (kept->pending);
  g_array_unref (kept->dates);
  g_ptr_array_unref (kept->surnames);
  g_free (kept->digest);
  g_free (kept);
}

const char *
dossier_kept_article_get_digest (const DossierKeptArticle *kept)
{
  g_return_val_if_fail (kept != NULL, NULL);

  return kept->digest;
}

void
dossier_kept_article_restore (const DossierKeptArticle *kept,
                              DossierDocument          *document,
                              GArray                   *pending,
                              GHashTable               *surnames)
{
  g_return_if_fail (kept != NULL);
  g_return_if_fail (document != NULL);
  g_return_if_fail (kept->n_paragraphs == document->paragraphs->len);

  for (guint p = 0; p < kept->n_paragraphs; p++)
    {
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);

      g_array_set_size (paragraph->sentences, 0);
      g_array_append_vals (paragraph->sentences, kept->sentences[p]->data, kept->sentences[p]->len);
    }
  copy_mentions (document->mentions, kept->mentions);
  copy_mentions (pending, kept->pending);
  g_array_append_vals (document->dates, kept->dates->data, kept->dates->len);
  for (guint s = 0; s < kept->surnames->len; s++)
    g_hash_table_add (surnames, g_strdup (g_ptr_array_index (kept->surnames, s)));
}
