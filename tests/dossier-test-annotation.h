/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Shared by the tests of annotations and their exports: an annotation on
 * words of an analysed article, anchored as the app anchors them. */

#pragma once

#include <string.h>

#include "dossier-analysis.h"
#include "dossier-anchor.h"
#include "dossier-annotation.h"

/* On the @nth (from 0) occurrence of @words in article @index; its
 * source id is @index + 100, so tests can tell it from the article's. */
static inline DossierAnnotation *
dossier_test_annotate (DossierAnalysis *analysis,
                       guint            index,
                       const char      *words,
                       guint            nth)
{
  DossierDocument *document = dossier_analysis_get_document (analysis, index);
  g_autofree char *text = dossier_document_get_text (document, NULL);
  const char *found = strstr (text, words);
  DossierAnnotation *annotation = dossier_annotation_new (NULL, index + 100);
  DossierAnchor anchor = { 0 };
  gint64 start;

  for (guint i = 0; i < nth && found != NULL; i++)
    found = strstr (found + 1, words);
  g_assert_nonnull (found);
  start = g_utf8_pointer_to_offset (text, found);
  g_assert_true (dossier_anchor_describe (&anchor, text, start, start + g_utf8_strlen (words, -1)));
  dossier_annotation_set_anchor (annotation, &anchor);
  dossier_annotation_set_document (annotation, index);
  dossier_anchor_clear (&anchor);
  return annotation;
}
