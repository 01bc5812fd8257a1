/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The analysis as JSON, per the contract in spec/cli-json.md (schema 1):
 * one document with every article, entity and event, or one line per
 * article with its own entities and events.  Offsets are Unicode code
 * points within a paragraph. */

#pragma once

#include <glib.h>

#include "dossier-analysis.h"
#include "dossier-export-options.h"
#include "dossier-json-stream.h"

G_BEGIN_DECLS

#define DOSSIER_JSON_SCHEMA 1

/* The whole analysis, { "schema", "generator", "articles", "entities",
 * "events" }, appended to @out with a final newline.  With a @sink, @out is
 * handed to it a mebibyte at a time as it fills (see DossierJsonSink), and
 * holds the rest at the end; returns FALSE if the sink failed. */
gboolean dossier_json_write_document (DossierAnalysis *analysis,
                                      gboolean         pretty,
                                      DossierJsonSink  sink,
                                      gpointer         sink_data,
                                      GString         *out);
/* One article as one line; with @self_contained, its own "entities" and
 * "events" lists are included (the --jsonl form).  The analysis' articles
 * get the ids of the articles @offset places further on, so a stream of
 * one-article analyses keeps the ids of its input order.  @sink as for
 * the whole document. */
gboolean dossier_json_write_article (DossierAnalysis *analysis,
                                     guint            index,
                                     gboolean         self_contained,
                                     guint            offset,
                                     DossierJsonSink  sink,
                                     gpointer         sink_data,
                                     GString         *out);

/* One article as read, before any analysis, as one line: the article
 * object without "sentences", "mentions", "dates" and "quotes" (the
 * dossier-cli extract form), with the id of the article at @index. */
void dossier_json_write_extracted (DossierDocument *document,
                                   guint            index,
                                   GString         *out);

/* An article's publication date as "published" gives it: ISO 8601 at its
 * precision, without the time of day, which "published_time" gives
 * ("13:00"); each NULL when the date says nothing of it.  The CSV export
 * and dossier-cli's timeline show the date the same way. */
char *dossier_json_published      (const DossierDocument *document);
char *dossier_json_published_time (const DossierDocument *document);

/* The export's JSON: the document above with only the articles of
 * @options (ids as in the whole dossier), the entities and events they
 * mention with only their sources, the dossier's name, and
 * "annotations", an array of W3C Web Annotations (JSON-LD). */
void dossier_json_write_export   (DossierAnalysis            *analysis,
                                  const DossierExportOptions *options,
                                  GString                    *out);

G_END_DECLS
