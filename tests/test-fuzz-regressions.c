/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Every input the fuzzers found a bug with, kept in
 * tests/data/fuzz-regressions/<target>/, run through the fuzz target's own
 * entry point (fuzz/dossier-fuzz.h) in the normal build: none may crash,
 * leak (under ASan), hang or log a critical. */

#include <glib.h>

#include "dossier-fuzz.h"

typedef int (*FuzzEntry) (const guint8 *data, gsize size);

static void
run_folder (const char *target,
            FuzzEntry   entry)
{
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "data", "fuzz-regressions", target, NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  if (names->len == 0)
    g_test_message ("no inputs in %s", folder);

  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);
      g_autofree char *path = g_build_filename (folder, file, NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;
      g_autoptr(GError) error = NULL;

      g_test_message ("%s/%s", target, file);
      g_assert_true (g_file_get_contents (path, &contents, &length, &error));
      g_assert_no_error (error);
      g_assert_cmpint (entry ((const guint8 *) contents, length), ==, 0);
    }
}

static void
test_text (void)
{
  run_folder ("text", dossier_fuzz_text);
}

static void
test_html (void)
{
  run_folder ("html", dossier_fuzz_html);
}

static void
test_store (void)
{
  run_folder ("store", dossier_fuzz_store);
}

static void
test_annotations (void)
{
  run_folder ("annotations", dossier_fuzz_annotations);
}

int
main (int   argc,
      char *argv[])
{
  static const struct { const char *name; GTestFunc func; } targets[] = {
    { "text", test_text },
    { "html", test_html },
    { "store", test_store },
    { "annotations", test_annotations },
  };

  g_test_init (&argc, &argv, NULL);
  /* The targets named after the options (meson runs one test per layer),
   * or all of them. */
  for (guint t = 0; t < G_N_ELEMENTS (targets); t++)
    {
      gboolean named = argc < 2;
      g_autofree char *path = g_strconcat ("/fuzz-regressions/", targets[t].name, NULL);

      for (int i = 1; i < argc && !named; i++)
        named = g_str_equal (argv[i], targets[t].name);
      if (named)
        g_test_add_func (path, targets[t].func);
    }
  return g_test_run ();
}
