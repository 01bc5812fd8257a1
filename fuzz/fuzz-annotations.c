/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-fuzz.h"

#include "dossier-annotation-reader.h"
#include "dossier-annotation-writer.h"

/* The annotations written back as a collection (all of them orphans of an
 * empty analysis). */
static GString *
write_collection (DossierAnalysis *analysis,
                  GPtrArray       *annotations)
{
  g_autoptr(DossierExportOptions) options = dossier_export_options_new (DOSSIER_EXPORT_JSON);
  GString *written = g_string_new (NULL);

  options->annotations = g_ptr_array_ref (annotations);
  dossier_annotation_write_collection (analysis, options, FALSE, written);
  return written;
}

static GPtrArray *
read_back (GString *written)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *annotations = dossier_annotations_read_jsonld (written->str, written->len, &error);

  g_assert_no_error (error);
  return annotations;
}

int
dossier_fuzz_annotations (const guint8 *data,
                          gsize         size)
{
  static DossierGazetteer *gazetteer;
  g_autoptr(DossierAnalysis) analysis = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) second = NULL;
  g_autoptr(GString) written = NULL;
  g_autoptr(GString) rewritten = NULL;
  g_autoptr(GString) again = NULL;

  if (gazetteer == NULL)
    gazetteer = dossier_gazetteer_new_default ();

  annotations = dossier_annotations_read_jsonld ((const char *) data, size, &error);
  g_assert ((annotations == NULL) != (error == NULL));
  if (annotations == NULL)
    return 0;
  for (guint i = 0; i < annotations->len; i++)
    g_object_unref (dossier_annotation_copy (g_ptr_array_index (annotations, i)));

  /* What is read is written as valid JSON-LD that reads back the same:
   * after one round (which makes every annotation an orphan) writing is a
   * fixed point. */
  analysis = dossier_analysis_new (gazetteer);
  written = write_collection (analysis, annotations);
  first = read_back (written);
  g_assert_cmpuint (first->len, ==, annotations->len);
  rewritten = write_collection (analysis, first);
  second = read_back (rewritten);
  again = write_collection (analysis, second);
  g_assert_cmpstr (rewritten->str, ==, again->str);
  return 0;
}
