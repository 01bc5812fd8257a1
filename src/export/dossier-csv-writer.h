/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The analysis as CSV tables for spreadsheets and statistics packages:
 * RFC 4180 (a header row, fields quoted when they hold a comma, a quote,
 * CR or LF, quotes doubled, CRLF after every row), UTF-8 without a byte
 * order mark.  Ids are those of the JSON export (spec/cli-json.md):
 * articles "a<n>", entities "e<n>", events "v<n>".  Paragraphs are
 * numbered from 0 as in the JSON; offsets count Unicode code points.
 * Lists inside one field are joined by "; ".
 *
 * articles.csv — one row per article:
 *   id, file, format (text | html), encoding, title, outlet, address
 *   (where the page was, when known), author,
 *   published (YYYY-MM-DD, YYYY-MM or YYYY), published_time (HH:MM),
 *   published_from, paragraphs, words, entities (distinct entities
 *   mentioned), mentions, events (events it is a source of), warnings,
 *   text (the paragraphs joined by "\n").
 * entities.csv — one row per entity mentioned in the exported articles:
 *   id, name, type, aliases, mentions (in the exported articles),
 *   articles (their ids).
 * mentions.csv — one row per mention, in article order:
 *   entity_id, entity_name, type, article_id, outlet, paragraph, start,
 *   end (code points in the paragraph), text (the words as written),
 *   sentence (the sentence they are in).
 * events.csv — one row per source of an event, the event's own columns
 *   repeated on each of its rows, so a spreadsheet can filter and count
 *   without joining tables (corroboration is the number of rows with one
 *   event_id, also given as "sources"):
 *   event_id, date, precision, summary, entity_ids, entities (names),
 *   sources, source (1, 2, … within the event), article_id, outlet,
 *   published, paragraph, start, end (the sentence, code points in the
 *   paragraph), sentence, dated_by (the date expression, empty when the
 *   sentence was matched to the event by what it says).
 * annotations.csv — one row per annotation:
 *   id, article_id, title, outlet, published, colour, label (what the
 *   colour means in this dossier), quote, prefix, suffix (the W3C
 *   TextQuoteSelector), note, tags, start, end (code points in the article
 *   text, the W3C TextPositionSelector), paragraph, orphaned (true |
 *   false), created, modified.  An orphan — its words are no longer in the
 *   article — keeps its quote and note; its start, end and paragraph are
 *   empty.
 *
 * With options->articles set, only those articles' rows are written;
 * entities and events are those the articles mention or report, counted
 * and listed with those articles only. */

#pragma once

#include <gio/gio.h>

#include "dossier-export-options.h"

G_BEGIN_DECLS

/* Writes the tables chosen in options->tables.  @path is a folder (made
 * when missing) that gets articles.csv, entities.csv, mentions.csv,
 * events.csv and annotations.csv; or, when exactly one table is chosen and
 * @path ends in ".csv", that one file.  Every file is replaced only once
 * all of them are written: an error or a cancellation leaves every old
 * file as it was. */
DossierExportWriter dossier_csv_write;

/* One field, quoted as RFC 4180 needs, appended to @out; @len -1 for a
 * NUL-terminated @value, which may be NULL (an empty field). */
void dossier_csv_append_field (GString    *out,
                               const char *value,
                               gssize      len);

G_END_DECLS
