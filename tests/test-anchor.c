/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Annotation anchors: the quote, its context and its position find the
 * same words again after the text around them changed. */

#include <string.h>

#include "dossier-anchor.h"

static const char text[] =
  "Rutte said Ukraine will join NATO.\n"
  "Zelenskyy presented the plan in Kyiv. Zelenskyy presented the plan again on Thursday.\n"
  "The summit in Washington called the path “irreversible”.";

static void
describe (DossierAnchor *anchor,
          const char    *in,
          const char    *words,
          guint          nth)
{
  const char *at = in;
  for (guint i = 0; i <= nth; i++)
    at = strstr (i == 0 ? at : at + 1, words);
  g_assert_nonnull (at);
  g_assert_true (dossier_anchor_describe (anchor, in, g_utf8_pointer_to_offset (in, at),
                                          g_utf8_pointer_to_offset (in, at) + g_utf8_strlen (words, -1)));
}

static void
test_describe (void)
{
  DossierAnchor anchor = { 0 };

  describe (&anchor, text, "“irreversible”", 0);
  g_assert_cmpstr (anchor.exact, ==, "“irreversible”");
  g_assert_cmpstr (anchor.suffix, ==, ".");
  /* Context counts characters, not bytes. */
  g_assert_cmpint (g_utf8_strlen (anchor.prefix, -1), ==, DOSSIER_ANCHOR_CONTEXT);
  g_assert_true (g_str_has_suffix (anchor.prefix, "called the path "));
  /* Out of range: nothing described. */
  g_assert_false (dossier_anchor_describe (&anchor, text, 10, 5000));
  g_assert_false (dossier_anchor_describe (&anchor, text, 5, 5));
  dossier_anchor_clear (&anchor);
}

static void
test_same_text (void)
{
  DossierAnchor anchor = { 0 };
  gint64 start, end;

  /* The second of two identical sentences. */
  describe (&anchor, text, "Zelenskyy presented the plan", 1);
  g_assert_true (dossier_anchor_locate (&anchor, text, &start, &end));
  g_assert_cmpint (start, ==, anchor.start);
  g_assert_cmpint (end, ==, anchor.end);
  dossier_anchor_clear (&anchor);
}

static void
test_moved (void)
{
  DossierAnchor anchor = { 0 };
  g_autofree char *changed = NULL;
  gint64 start, end;
  const char *second;

  describe (&anchor, text, "Zelenskyy presented the plan", 1);
  /* A paragraph the old cleaner dropped now comes first; the position is
   * stale, the context still picks the second sentence. */
  changed = g_strconcat ("Kyiv, 17 October (Reuters) – Ukraine’s president spoke.\n", text, NULL);
  g_assert_true (dossier_anchor_locate (&anchor, changed, &start, &end));
  second = strstr (strstr (changed, "Zelenskyy presented") + 1, "Zelenskyy presented");
  g_assert_cmpint (start, ==, g_utf8_pointer_to_offset (changed, second));
  g_assert_cmpint (end - start, ==, g_utf8_strlen ("Zelenskyy presented the plan", -1));
  dossier_anchor_clear (&anchor);
}

static void
test_spacing_changed (void)
{
  DossierAnchor anchor = { 0 };
  gint64 start, end;
  const char *rewrapped = "Rutte said Ukraine will join NATO.\nZelenskyy presented the\nplan in  Kyiv.";
  g_autofree char *found = NULL;

  describe (&anchor, text, "presented the plan in Kyiv", 0);
  g_assert_true (dossier_anchor_locate (&anchor, rewrapped, &start, &end));
  found = g_strndup (g_utf8_offset_to_pointer (rewrapped, start),
                     g_utf8_offset_to_pointer (rewrapped, end) - g_utf8_offset_to_pointer (rewrapped, start));
  g_assert_cmpstr (found, ==, "presented the\nplan in  Kyiv");
  dossier_anchor_clear (&anchor);
}

static void
test_orphan (void)
{
  DossierAnchor anchor = { 0 };
  gint64 start = -1, end = -1;

  describe (&anchor, text, "called the path", 0);
  g_assert_false (dossier_anchor_locate (&anchor, "Rutte said Ukraine will join NATO.", &start, &end));
  g_assert_cmpint (start, ==, -1);
  dossier_anchor_clear (&anchor);
}

static void
test_paragraph_offsets (void)
{
  g_autoptr(DossierDocument) document = dossier_document_new ();
  g_autofree char *joined = NULL;
  guint paragraph;
  gint64 offset;

  dossier_document_add_paragraph (document, "Київ", -1, DOSSIER_PARAGRAPH_BODY, 1, 1);
  dossier_document_add_paragraph (document, "NATO", -1, DOSSIER_PARAGRAPH_BODY, 2, 2);
  joined = dossier_document_get_text (document, NULL);
  g_assert_cmpstr (joined, ==, "Київ\nNATO");
  g_assert_true (dossier_document_locate_offset (document, 6, &paragraph, &offset));
  g_assert_cmpuint (paragraph, ==, 1);
  g_assert_cmpint (offset, ==, 1);
  g_assert_true (dossier_document_locate_offset (document, 4, &paragraph, &offset));
  g_assert_cmpuint (paragraph, ==, 0);
  g_assert_cmpint (offset, ==, 4);
  g_assert_false (dossier_document_locate_offset (document, 20, &paragraph, &offset));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/anchor/describe", test_describe);
  g_test_add_func ("/anchor/same-text", test_same_text);
  g_test_add_func ("/anchor/moved", test_moved);
  g_test_add_func ("/anchor/spacing-changed", test_spacing_changed);
  g_test_add_func ("/anchor/orphan", test_orphan);
  g_test_add_func ("/anchor/paragraph-offsets", test_paragraph_offsets);
  return g_test_run ();
}
