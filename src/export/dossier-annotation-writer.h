/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The researcher's annotations as W3C Web Annotations (JSON-LD, see
 * https://www.w3.org/TR/annotation-model/), for annotation tools and
 * triple stores, and inside the JSON export.
 *
 * One annotation:
 *
 *   { "@context": [ "http://www.w3.org/ns/anno.jsonld",
 *                   { "dossier": "https://github.com/dossierapp/dossier/ns#" } ],
 *     "id": "urn:uuid:…", "type": "Annotation",
 *     "motivation": "commenting" (it has a note) | "highlighting",
 *     "created": "…Z", "modified": "…Z",
 *     "body": [ { "type": "TextualBody", "value": <note>, "format": "text/plain",
 *                 "purpose": "commenting" },
 *               { "type": "TextualBody", "value": <tag>, "purpose": "tagging" }, …,
 *               { "type": "TextualBody", "value": <the colour's label>,
 *                 "purpose": "classifying" } ],
 *     "stylesheet": { "type": "CssStylesheet",
 *                     "value": ".dossier-yellow { background-color: #f9f06b; }" },
 *     "target": { "type": "SpecificResource", "source": <the article>,
 *                 "styleClass": "dossier-yellow", "dossier:article": "a3",
 *                 "selector": [ { "type": "TextQuoteSelector", "exact", "prefix", "suffix" },
 *                               { "type": "TextPositionSelector", "start", "end" } ] } }
 *
 * Choices, each within the model or its extension mechanism:
 *
 * - The colour is the model's own styling: a CSS class on the target and
 *   a stylesheet that gives it its colour; what the colour means in this
 *   dossier ("Claim") is a body with the purpose "classifying".
 * - The source is the article's file as a file:// URI when its path is
 *   absolute, the address itself when it already is a URI, and otherwise
 *   "urn:dossier:article:a<n>" (its id in this export).  An annotation of
 *   no article the analysis knows is "urn:dossier:source:<id>", the
 *   dossier's own id of its source.
 * - Positions (TextPositionSelector) count Unicode code points in the
 *   article text as Dossier cleaned it — its paragraphs joined by one
 *   "\n" — not in the saved page, which still has its menus; the quote
 *   and its context (TextQuoteSelector) find the words in either.
 * - "dossier:article" ties the target to the article of the JSON export;
 *   "dossier:orphaned": true marks an annotation whose words are no longer
 *   in the article.  An orphan keeps its quote and note; its target has
 *   no TextPositionSelector, because it has no position any more.  The
 *   "dossier" prefix is declared in each @context, so the terms expand to
 *   full IRIs and the document stays valid JSON-LD.
 *
 * With options->articles set, only the annotations of those articles are
 * written. */

#pragma once

#include <glib.h>

#include "dossier-export-options.h"
#include "dossier-json-stream.h"

G_BEGIN_DECLS

#define DOSSIER_ANNOTATION_NAMESPACE "https://github.com/dossierapp/dossier/ns#"

/* How many annotations of @options the writers below write. */
guint dossier_annotation_count_exported   (DossierAnalysis            *analysis,
                                           const DossierExportOptions *options);
/* One annotation as an object: an array element or a member's value.
 * With @with_context it carries its own "@context", as an annotation
 * outside a collection must. */
void  dossier_annotation_write_jsonld     (DossierAnalysis            *analysis,
                                           const DossierExportOptions *options,
                                           DossierAnnotation          *annotation,
                                           gboolean                    with_context,
                                           DossierJsonStream          *stream);
/* The annotations of @options as an array, each with its own @context:
 * what the JSON export writes after set_member_name (stream,
 * "annotations"). */
void  dossier_annotation_write_array      (DossierAnalysis            *analysis,
                                           const DossierExportOptions *options,
                                           DossierJsonStream          *stream);
/* A JSON-LD document of its own, appended to @out with a final newline:
 * an AnnotationCollection ("label": options->title) whose one
 * AnnotationPage holds the annotations.  Its ids are urn:uuid: names made
 * from the annotations' ids, so the same annotations give the same
 * document. */
void  dossier_annotation_write_collection (DossierAnalysis            *analysis,
                                           const DossierExportOptions *options,
                                           gboolean                    pretty,
                                           GString                    *out);

G_END_DECLS
