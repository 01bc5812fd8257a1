/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The results of the corpus's last analysis kept in its dossier file, on
 * the worker thread of a job (dossier-corpus-import.c): written after an
 * analysis has been shown, part by part, and read when the dossier is
 * opened and nothing it was made from changed (dossier-store-results.c
 * holds the key), instead of cleaning and analysing every article again.
 *
 * What is kept is what the window and the exports read of an analysis:
 * every document as the analysis left it (the cleaned article and its
 * sentences, mentions, dates, quotes), with what the cleaner read of its
 * metadata before any correction (the corpus's ArticleOriginal), then the
 * entities and the events; packed (dossier-analysis-pack.h) and
 * compressed, DOCUMENTS_PER_PART documents a part, so that writing never
 * holds more than one part's bytes besides the analysis, and the parts
 * are read back on every core.  Not kept: what the per-article steps
 * found before the dossier-wide ones (the next analysis after opening
 * finds it again), the cleaned text's tokens. */

#include "config.h"

#include "dossier-corpus.h"
#include "dossier-corpus-private.h"

#include "dossier-analysis-pack.h"
#include "dossier-analyser-digest.h"
#include "dossier-debug.h"
#include "dossier-threads.h"

#include <string.h>

#define DOCUMENTS_PER_PART 256
#define PART_MAGIC "dossier-kept-results"

/* The analyser's version as the key names it: its code and data, and the
 * packed form's version. */
static char *
analyser_version (DossierCorpus *corpus)
{
  if (corpus->kept_version != NULL)
    return g_strdup (corpus->kept_version);
  return g_strdup_printf ("%s/%d", DOSSIER_ANALYSER_DIGEST, DOSSIER_ANALYSIS_PACK_VERSION);
}

/* Part bytes: the packed bytes' length, then the packed bytes
 * compressed (zlib's format: a damaged part fails its checksum). */
static GBytes *
compress_part (GBytes *packed)
{
  g_autoptr(GZlibCompressor) compressor = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB, 6);
  gsize size = 0;
  const guint8 *in = g_bytes_get_data (packed, &size);
  g_autoptr(GByteArray) out = g_byte_array_sized_new (size / 3 + 64);
  guint8 length[8];
  gsize read = 0;

  for (guint i = 0; i < 8; i++)
    length[i] = (guint8) ((guint64) size >> (8 * i));
  g_byte_array_append (out, length, sizeof length);
  for (;;)
    {
      gsize bytes_read = 0, written = 0;
      GConverterResult result;
      guint at = out->len;

      g_byte_array_set_size (out, at + MAX (size / 4, 4096));
      result = g_converter_convert (G_CONVERTER (compressor), in + read, size - read, out->data + at,
                                    out->len - at, G_CONVERTER_INPUT_AT_END, &bytes_read, &written, NULL);
      read += bytes_read;
      g_byte_array_set_size (out, at + (guint) written);
      if (result == G_CONVERTER_FINISHED)
        break;
      if (result == G_CONVERTER_ERROR)
        return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

static GBytes *
decompress_part (GBytes *part)
{
  g_autoptr(GZlibDecompressor) decompressor = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB);
  gsize size = 0;
  const guint8 *in = g_bytes_get_data (part, &size);
  guint64 length = 0;
  g_autofree guint8 *out = NULL;
  gsize read = 8, done = 0;

  if (size < 8)
    return NULL;
  for (guint i = 0; i < 8; i++)
    length |= (guint64) in[i] << (8 * i);
  /* No part of a dossier is packed into more than a gigabyte. */
  if (length > G_MAXINT32)
    return NULL;
  /* One byte more than said: a part that inflates to more is refused. */
  out = g_malloc ((gsize) length + 1);
  for (;;)
    {
      gsize bytes_read = 0, written = 0;
      g_autoptr(GError) error = NULL;
      GConverterResult result;

      result = g_converter_convert (G_CONVERTER (decompressor), in + read, size - read, out + done,
                                    (gsize) length + 1 - done, G_CONVERTER_INPUT_AT_END, &bytes_read, &written,
                                    &error);
      read += bytes_read;
      done += written;
      if (result == G_CONVERTER_FINISHED)
        break;
      /* Damaged, truncated, or longer than it said. */
      if (result == G_CONVERTER_ERROR || (bytes_read == 0 && written == 0) || done > length)
        return NULL;
    }
  if (done != length || read != size)
    return NULL;
  return g_bytes_new_take (g_steal_pointer (&out), (gsize) length);
}

static void
put_original (DossierPackWriter     *writer,
              const ArticleOriginal *original)
{
  dossier_pack_put_uint (writer, original != NULL ? 1 : 0);
  if (original == NULL)
    return;
  dossier_pack_put_string (writer, original->title, -1);
  dossier_pack_put_shared (writer, original->outlet);
  dossier_pack_put_shared (writer, original->author);
  dossier_pack_put_date (writer, &original->published);
  dossier_pack_put_uint (writer, original->published_from);
  dossier_pack_put_string (writer, original->published_evidence, -1);
}

static ArticleOriginal *
get_original (DossierPackReader *reader)
{
  ArticleOriginal *original;

  if (dossier_pack_get_uint_max (reader, 1) == 0)
    return NULL;
  original = g_new0 (ArticleOriginal, 1);
  original->title = dossier_pack_get_string (reader, NULL);
  original->outlet = g_strdup (dossier_pack_get_shared (reader));
  original->author = g_strdup (dossier_pack_get_shared (reader));
  dossier_pack_get_date (reader, &original->published);
  original->published_from = (DossierDateSource) dossier_pack_get_uint_max (reader, DOSSIER_DATE_SOURCE_ADDRESS);
  original->published_evidence = dossier_pack_get_string (reader, NULL);
  return original;
}

/* Whether a newer job of @corpus has begun: what this one would keep is
 * not what the dossier will show. */
static gboolean
is_outdated (DossierCorpus *corpus,
             ImportJob     *job)
{
  return (guint) g_atomic_int_get (&corpus->job_serial) != job->serial;
}

/* Writes what @job's analysis found into the dossier file.  Runs on the
 * job's worker after its result was returned; one job of a corpus keeps
 * at a time, and gives up when a newer one has begun. */
void
_dossier_corpus_keep_results (DossierCorpus *corpus,
                              ImportJob     *job)
{
  DossierAnalysis *analysis = job->analysis;
  guint n_documents = dossier_analysis_get_n_documents (analysis);
  guint n_parts = (n_documents + DOCUMENTS_PER_PART - 1) / DOCUMENTS_PER_PART;
  g_autoptr(GArray) ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_documents);
  g_autoptr(GError) error = NULL;
  g_autofree char *version = analyser_version (corpus);
  gint64 start = g_get_monotonic_time ();
  gsize packed_size = 0, kept_size = 0;
  gboolean ok;

  g_mutex_lock (&corpus->keeping);
  for (guint d = 0; d < n_documents; d++)
    {
      const DossierDocument *document = dossier_analysis_get_document (analysis, d);

      g_array_append_val (ids, document->source_id);
    }
  ok = !is_outdated (corpus, job) && dossier_store_begin_results (job->store, &error);
  /* Part 0 says what follows; parts 1 to n_parts the documents; the last
   * the entities and events. */
  for (guint part = 0; ok && part <= n_parts + 1; part++)
    {
      DossierPackWriter writer;
      g_autoptr(GBytes) packed = NULL;
      g_autoptr(GBytes) compressed = NULL;

      if (is_outdated (corpus, job))
        {
          ok = FALSE;
          break;
        }
      dossier_pack_writer_init (&writer);
      if (part == 0)
        {
          dossier_pack_put_string (&writer, PART_MAGIC, -1);
          dossier_pack_put_uint (&writer, DOSSIER_ANALYSIS_PACK_VERSION);
          dossier_pack_put_uint (&writer, n_documents);
          dossier_pack_put_uint (&writer, DOCUMENTS_PER_PART);
        }
      else if (part <= n_parts)
        {
          guint first = (part - 1) * DOCUMENTS_PER_PART;

          for (guint d = first; d < MIN (first + DOCUMENTS_PER_PART, n_documents); d++)
            {
              const DossierDocument *document = dossier_analysis_get_document (analysis, d);

              dossier_pack_put_document (&writer, document);
              put_original (&writer, g_hash_table_lookup (job->originals, &document->source_id));
            }
        }
      else
        dossier_pack_put_results (&writer, analysis);
      packed = dossier_pack_writer_finish (&writer);
      packed_size += g_bytes_get_size (packed);
      compressed = compress_part (packed);
      g_clear_pointer (&packed, g_bytes_unref);
      ok = compressed != NULL && dossier_store_add_results_part (job->store, part, compressed, &error);
      if (compressed != NULL)
        kept_size += g_bytes_get_size (compressed);
    }
  if (ok)
    ok = dossier_store_commit_results (job->store, version, job->store_changes, ids, &error);
  g_mutex_unlock (&corpus->keeping);
  g_debug ("kept results: %s, %u articles, %" G_GSIZE_FORMAT " bytes packed, %" G_GSIZE_FORMAT
           " kept, in %.1f ms%s%s", ok ? "written" : "not written", n_documents, packed_size, kept_size,
           (g_get_monotonic_time () - start) / 1000.0, error != NULL ? ": " : "",
           error != NULL ? error->message : "");
}

typedef struct
{
  GPtrArray *parts;         /* of GBytes, as kept */
  GPtrArray *documents;     /* slot per document */
  GPtrArray *originals;     /* slot per document, or NULL */
  GPtrArray *entities;
  GPtrArray *events;
  guint per_part;
  gint next;                /* atomic: the next part to read, from 1 */
  gint failed;              /* atomic */
} PartReader;

/* The last part: the entities and events. */
static gboolean
read_results (PartReader *parts,
              GBytes     *packed)
{
  DossierPackReader reader;
  gsize size = 0;
  const guint8 *bytes = g_bytes_get_data (packed, &size);
  gboolean ok;

  dossier_pack_reader_init (&reader, bytes, size);
  ok = dossier_pack_get_results (&reader, parts->documents->len, parts->entities, parts->events) &&
       dossier_pack_reader_done (&reader);
  dossier_pack_reader_clear (&reader);
  return ok;
}

/* Each reader takes the next part not taken, the largest (the last one,
 * of the entities and events) first. */
static gpointer
read_parts (gpointer data)
{
  PartReader *parts = data;
  guint n_parts = parts->parts->len;

  while (!g_atomic_int_get (&parts->failed))
    {
      guint taken = (guint) g_atomic_int_add (&parts->next, 1);
      guint part = taken == 1 ? n_parts - 1 : taken - 1;
      g_autoptr(GBytes) packed = NULL;
      guint first, last;
      DossierPackReader reader;
      gsize size = 0;
      const guint8 *bytes;
      gboolean ok;

      if (taken >= n_parts)
        break;
      packed = decompress_part (g_ptr_array_index (parts->parts, part));
      if (packed == NULL)
        {
          g_atomic_int_set (&parts->failed, TRUE);
          break;
        }
      if (part == n_parts - 1)
        {
          if (!read_results (parts, packed))
            g_atomic_int_set (&parts->failed, TRUE);
          continue;
        }
      first = (part - 1) * parts->per_part;
      last = MIN (first + parts->per_part, parts->documents->len);
      if (first >= last)
        {
          g_atomic_int_set (&parts->failed, TRUE);
          break;
        }
      bytes = g_bytes_get_data (packed, &size);
      dossier_pack_reader_init (&reader, bytes, size);
      for (guint d = first; d < last && !reader.failed; d++)
        {
          g_ptr_array_index (parts->documents, d) = dossier_pack_get_document (&reader);
          g_ptr_array_index (parts->originals, d) = get_original (&reader);
        }
      ok = dossier_pack_reader_done (&reader);
      dossier_pack_reader_clear (&reader);
      if (!ok)
        g_atomic_int_set (&parts->failed, TRUE);
    }
  return NULL;
}

static void
original_free (gpointer data)
{
  ArticleOriginal *original = data;

  if (original == NULL)
    return;
  g_free (original->title);
  g_free (original->outlet);
  g_free (original->author);
  g_free (original->published_evidence);
  g_free (original);
}

/* Kept results that do not read back (damaged, truncated, written by
 * something else) are not used: the dossier is analysed. */
static gboolean
kept_unreadable (const char *what)
{
  g_debug ("kept results: %s could not be read; the dossier is analysed again", what);
  return FALSE;
}

/* Reads what an earlier analysis of @job's dossier kept, when nothing it
 * was made from changed since: then @job's analysis holds it, as that
 * analysis left it, and its originals are taken as read.  FALSE (and
 * nothing changed) when there is nothing to read or it cannot be read. */
gboolean
_dossier_corpus_load_kept (DossierCorpus *corpus,
                           ImportJob     *job)
{
  g_autofree char *version = analyser_version (corpus);
  g_autoptr(GPtrArray) parts = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GPtrArray) originals = NULL;
  g_autoptr(GPtrArray) entities = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GBytes) head = NULL;
  gint64 start = g_get_monotonic_time ();
  DossierPackReader reader;
  guint n_documents = 0, per_part = 0, n_readers;
  PartReader reader_state;
  gboolean ok;

  parts = dossier_store_load_results (job->store, version);
  g_debug ("kept results: %u parts found in %.1f ms", parts != NULL ? parts->len : 0,
           (g_get_monotonic_time () - start) / 1000.0);
  if (parts == NULL || parts->len < 2)
    {
      g_debug ("kept results: none for this dossier as it is");
      return FALSE;
    }

  /* What follows. */
  head = decompress_part (g_ptr_array_index (parts, 0));
  if (head == NULL)
    return kept_unreadable ("its first part");
  {
    gsize size = 0;
    const guint8 *bytes = g_bytes_get_data (head, &size);
    g_autofree char *magic = NULL;

    dossier_pack_reader_init (&reader, bytes, size);
    magic = dossier_pack_get_string (&reader, NULL);
    ok = g_strcmp0 (magic, PART_MAGIC) == 0 &&
         dossier_pack_get_uint (&reader) == DOSSIER_ANALYSIS_PACK_VERSION;
    n_documents = (guint) dossier_pack_get_uint_max (&reader, G_MAXINT32);
    per_part = (guint) dossier_pack_get_uint_max (&reader, G_MAXINT32);
    ok = ok && dossier_pack_reader_done (&reader) && per_part > 0 &&
         parts->len == (n_documents + per_part - 1) / per_part + 2;
    dossier_pack_reader_clear (&reader);
    if (!ok)
      return kept_unreadable ("its first part");
  }

  /* The documents, the entities and events, on every core. */
  documents = g_ptr_array_new_full (n_documents, (GDestroyNotify) dossier_document_free);
  g_ptr_array_set_size (documents, n_documents);
  originals = g_ptr_array_new_full (n_documents, original_free);
  g_ptr_array_set_size (originals, n_documents);
  entities = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_entity_record_free);
  events = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_event_record_free);
  reader_state = (PartReader) { parts, documents, originals, entities, events, per_part, 1, FALSE };
  n_readers = MAX (1, MIN (MIN (g_get_num_processors (), 8), parts->len - 1));
  dossier_threads_run ("dossier-kept", read_parts, &reader_state, 0, n_readers);
  if (reader_state.failed)
    return kept_unreadable ("the documents, entities or events");
  g_debug ("kept results: read after %.1f ms", (g_get_monotonic_time () - start) / 1000.0);
  if (!dossier_pack_check_events (events, documents))
    return kept_unreadable ("the events' sources");
  for (guint d = 0; d < n_documents; d++)
    if (!dossier_pack_check_document (g_ptr_array_index (documents, d), entities->len))
      return kept_unreadable ("the documents' entities");

  /* Taken: the documents in order, with what the cleaner read of each. */
  for (guint d = 0; d < n_documents; d++)
    {
      DossierDocument *document = g_steal_pointer (&g_ptr_array_index (documents, d));
      ArticleOriginal *original = g_steal_pointer (&g_ptr_array_index (originals, d));

      if (original != NULL)
        {
          g_hash_table_insert (job->captured, g_memdup2 (&document->source_id, sizeof (gint64)),
                               _dossier_corpus_article_original_copy (original));
          g_hash_table_insert (job->originals, g_memdup2 (&document->source_id, sizeof (gint64)), original);
        }
      dossier_analysis_add_document (job->analysis, document);
    }
  dossier_analysis_take_results (job->analysis, entities, events);
  g_debug ("kept results: %u articles read in %.1f ms", n_documents, (g_get_monotonic_time () - start) / 1000.0);
  return TRUE;
}

void
dossier_corpus_finish_keeping (DossierCorpus *self)
{
  g_return_if_fail (DOSSIER_IS_CORPUS (self));

  g_mutex_lock (&self->keeping_lock);
  while (self->n_keeping > 0)
    g_cond_wait (&self->kept_cond, &self->keeping_lock);
  g_mutex_unlock (&self->keeping_lock);
}

void
_dossier_corpus_begin_keeping (DossierCorpus *self)
{
  g_mutex_lock (&self->keeping_lock);
  self->n_keeping++;
  g_mutex_unlock (&self->keeping_lock);
}

void
_dossier_corpus_end_keeping (DossierCorpus *self)
{
  g_mutex_lock (&self->keeping_lock);
  self->n_keeping--;
  g_cond_broadcast (&self->kept_cond);
  g_mutex_unlock (&self->keeping_lock);
}

void
_dossier_corpus_set_kept_version (DossierCorpus *self,
                                  const char    *version)
{
  g_free (self->kept_version);
  self->kept_version = g_strdup (version);
}
