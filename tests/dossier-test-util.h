/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Shared by the core tests: the sample pages, cleaned and analysed. */

#pragma once

#include <string.h>

#include "dossier-analysis.h"
#include "dossier-clean.h"

static const char * const dossier_test_seeds[] = {
  "000_0bb2c3b0bd28e14c.txt",
  "001_0de9607a11cd4c33.txt",
  "002_e9b744251f762ee8.txt",
  "003_87143e33470ebcbd.txt",
  "004_9c6006ec91fd0f1d.txt",
};

static inline DossierDocument *
dossier_test_clean_file (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;
  DossierDocument *document;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  document = dossier_clean_bytes ((const guint8 *) contents, length, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  document->source = g_path_get_basename (path);
  return document;
}

static inline DossierDocument *
dossier_test_clean_seed (guint index)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "seeds", dossier_test_seeds[index], NULL);
  return dossier_test_clean_file (path);
}

static inline DossierDocument *
dossier_test_clean_string (const char *text)
{
  g_autoptr(GError) error = NULL;
  DossierDocument *document = dossier_clean_text (text, strlen (text), NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

static inline DossierAnalysis *
dossier_test_analyse_seeds (void)
{
  g_autoptr(DossierGazetteer) gazetteer = dossier_gazetteer_new_default ();
  DossierAnalysis *analysis = dossier_analysis_new (gazetteer);

  for (guint i = 0; i < G_N_ELEMENTS (dossier_test_seeds); i++)
    dossier_analysis_add_document (analysis, dossier_test_clean_seed (i));
  dossier_analysis_run (analysis);
  return analysis;
}

/* What a file holds, as a SHA-256: to check that it was left as it was. */
static inline char *
dossier_test_checksum_file (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

/* The paragraph whose text starts with @prefix, or NULL. */
static inline DossierParagraph *
dossier_test_find_paragraph (DossierDocument *document,
                             const char      *prefix)
{
  for (guint p = 0; p < document->paragraphs->len; p++)
    {
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);
      if (g_str_has_prefix (paragraph->text, prefix))
        return paragraph;
    }
  return NULL;
}

/* TRUE when any kept paragraph contains @needle. */
static inline gboolean
dossier_test_body_contains (DossierDocument *document,
                            const char      *needle)
{
  for (guint p = 0; p < document->paragraphs->len; p++)
    {
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);
      if (strstr (paragraph->text, needle) != NULL)
        return TRUE;
    }
  return FALSE;
}

static inline void
dossier_test_assert_date (const DossierDate *date,
                          const char        *expected)
{
  g_autofree char *iso = dossier_date_to_iso (date);
  g_assert_cmpstr (iso, ==, expected);
}
