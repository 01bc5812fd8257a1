/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* What an analysis found, packed into bytes and read back: every analysed
 * document (its metadata, paragraphs, removed text, sentences, mentions,
 * dates and quotes), the entities and the events, so that a dossier whose
 * sources and corrections did not change is shown as it was analysed
 * without analysing it again.  Numbers are written as variable-length
 * integers, repeated strings (mention keys, names, rules) once per pack
 * and then by number.
 *
 * Reading checks every length against what is left: a truncated or
 * damaged pack is refused (the reader fails), never read past its end.
 * What is read is exactly what was written; nothing here decides whether
 * a pack is still valid for a dossier — its key does (the model's). */

#pragma once

#include <glib.h>

#include "dossier-analysis.h"

G_BEGIN_DECLS

/* The version of the packed form; a pack of another is not read. */
#define DOSSIER_ANALYSIS_PACK_VERSION 1

typedef struct
{
  GByteArray *out;
  GHashTable *strings;      /* string → its number + 1, of the strings shared so far */
  guint n_strings;
} DossierPackWriter;

typedef struct
{
  const guint8 *data;
  gsize len;
  gsize at;
  gboolean failed;          /* set at the first thing that could not be read */
  GPtrArray *strings;       /* of char*: the shared strings met so far */
} DossierPackReader;

void      dossier_pack_writer_init       (DossierPackWriter *writer);
/* The bytes written (the writer is cleared). */
GBytes   *dossier_pack_writer_finish     (DossierPackWriter *writer);
void      dossier_pack_writer_clear      (DossierPackWriter *writer);
void      dossier_pack_put_uint          (DossierPackWriter *writer,
                                          guint64            value);
void      dossier_pack_put_int           (DossierPackWriter *writer,
                                          gint64             value);
/* @text may be NULL; @len < 0 for nul-terminated text. */
void      dossier_pack_put_string        (DossierPackWriter *writer,
                                          const char        *text,
                                          gssize             len);
/* A string that recurs (a key, a name): written once, then by number. */
void      dossier_pack_put_shared        (DossierPackWriter *writer,
                                          const char        *text);
void      dossier_pack_put_date          (DossierPackWriter *writer,
                                          const DossierDate *date);

void      dossier_pack_reader_init       (DossierPackReader *reader,
                                          const guint8      *data,
                                          gsize              len);
void      dossier_pack_reader_clear      (DossierPackReader *reader);
guint64   dossier_pack_get_uint          (DossierPackReader *reader);
/* A number that must be at most @max: a larger one fails the reader. */
guint64   dossier_pack_get_uint_max      (DossierPackReader *reader,
                                          guint64            max);
gint64    dossier_pack_get_int           (DossierPackReader *reader);
/* A new string, or NULL (written so, or on failure); @len may be NULL. */
char     *dossier_pack_get_string        (DossierPackReader *reader,
                                          gsize             *len);
/* A shared string, owned by the reader (NULL when written so). */
const char *dossier_pack_get_shared      (DossierPackReader *reader);
void      dossier_pack_get_date          (DossierPackReader *reader,
                                          DossierDate       *date);
/* Whether everything was read and nothing is left over. */
gboolean  dossier_pack_reader_done       (DossierPackReader *reader);

/* One analysed document, as dossier_analysis_run () left it. */
void             dossier_pack_put_document (DossierPackWriter     *writer,
                                            const DossierDocument *document);
/* NULL when the reader failed (it is then marked so). */
DossierDocument *dossier_pack_get_document (DossierPackReader     *reader);

/* The entities and events of @analysis. */
void             dossier_pack_put_results  (DossierPackWriter     *writer,
                                            DossierAnalysis       *analysis);
/* Reads what dossier_pack_put_results () wrote into @entities (of
 * DossierEntityRecord*) and @events (of DossierEventRecord*), checking
 * that every document they name is below @n_documents and every entity
 * among @entities; FALSE when the reader failed.  Where in its document
 * each event's source is, is checked by dossier_pack_check_events (),
 * once the documents are read (the two may be read at once). */
gboolean         dossier_pack_get_results  (DossierPackReader     *reader,
                                            guint                  n_documents,
                                            GPtrArray             *entities,
                                            GPtrArray             *events);
/* Whether every source of @events is within @documents. */
gboolean         dossier_pack_check_events (GPtrArray             *events,
                                            GPtrArray             *documents);
/* Whether every index @document holds (sentences, mentions, dates, quotes,
 * their entities) is within it and below @n_entities. */
gboolean         dossier_pack_check_document (const DossierDocument *document,
                                              guint                  n_entities);

G_END_DECLS
