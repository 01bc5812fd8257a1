/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* W3C Web Annotations (JSON-LD) read back into annotations: what
 * dossier-annotation-writer.h writes, and what another annotation tool
 * writes in the same shape.
 *
 * Accepted: one Annotation, an array of them, an AnnotationCollection
 * (the items of its first page), an AnnotationPage, or Dossier's JSON
 * export (its "annotations").  An annotation is read from:
 *
 * - "id": urn:uuid:<uuid> gives the uuid, urn:dossier:annotation:<escaped>
 *   the unescaped name; any other string is kept as it is; without one
 *   the annotation gets a fresh id;
 * - "created", "modified";
 * - "body" (one or an array): the first TextualBody with the purpose
 *   "commenting" is the note, those with "tagging" the tags; the label
 *   ("classifying") belongs to the dossier that wrote it and is skipped;
 * - "target": its "styleClass" dossier-<colour>, "dossier:article" a<n>
 *   (the document, n - 1), "source" urn:dossier:source:<id> (the source;
 *   otherwise 0: the caller matches the article), "dossier:orphaned", and
 *   its selectors: TextQuoteSelector (exact, prefix, suffix) and
 *   TextPositionSelector (start, end).
 *
 * An item without a TextQuoteSelector whose "exact" is a non-empty string
 * is no annotation Dossier can anchor: it is skipped.  Members of an
 * unexpected type are ignored, never trusted. */

#pragma once

#include <glib.h>

#include "dossier-annotation.h"

G_BEGIN_DECLS

/* A new array of DossierAnnotation (it owns them); NULL with @error set
 * (G_IO_ERROR_INVALID_DATA, or json-glib's parse error) when @text is not
 * JSON or holds none of the shapes above.  @len may be -1 for a
 * NUL-terminated @text. */
GPtrArray *dossier_annotations_read_jsonld (const char  *text,
                                            gssize       len,
                                            GError     **error);

G_END_DECLS
