/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "config.h"

#include "dossier-source.h"

#include <errno.h>
#include <string.h>

#include <glib/gstdio.h>

#include <glib/gi18n-lib.h>

#include "dossier-clean.h"
#include "dossier-core-error.h"
#include "dossier-html.h"
#include "dossier-text-decode.h"

G_DEFINE_QUARK (dossier-source-error-quark, dossier_source_error)

static const char * const text_extensions[] = { ".txt", ".text", ".md" };
static const char * const html_extensions[] = { ".html", ".htm" };

gboolean
dossier_source_looks_like_html (const guint8 *data,
                                gsize         len)
{
  gsize i = 0;

  if (len >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
    i = 3;
  while (i < len && g_ascii_isspace (data[i]))
    i++;
  return (len - i >= 14 && g_ascii_strncasecmp ((const char *) data + i, "<!doctype html", 14) == 0) ||
         (len - i >= 5 && g_ascii_strncasecmp ((const char *) data + i, "<html", 5) == 0);
}

static gboolean
has_extension (const char         *name,
               const char * const *extensions,
               gsize               n_extensions)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);

  for (gsize i = 0; i < n_extensions; i++)
    if (g_str_has_suffix (lower, extensions[i]))
      return TRUE;
  return FALSE;
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
add_error (GPtrArray  *errors,
           const char *path,
           GError     *error)
{
  if (errors != NULL)
    g_ptr_array_add (errors, g_error_new (error->domain, error->code, "%s: %s", path, error->message));
}

static void
collect_folder (GFile      *folder,
                const char *shown_path,
                GHashTable *visited,
                GPtrArray  *files,
                GPtrArray  *errors,
                guint       depth)
{
  g_autoptr(GFileEnumerator) enumerator = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GFileInfo) folder_info = NULL;
  g_autofree char *identity = NULL;
  GFileInfo *info;

  /* A folder reached twice (a symbolic link loop) is read once. */
  folder_info = g_file_query_info (folder, G_FILE_ATTRIBUTE_ID_FILE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (folder_info != NULL)
    identity = g_strdup (g_file_info_get_attribute_string (folder_info, G_FILE_ATTRIBUTE_ID_FILE));
  if (identity != NULL)
    {
      if (g_hash_table_contains (visited, identity))
        return;
      g_hash_table_add (visited, g_steal_pointer (&identity));
    }
  if (depth > 32)
    return;

  enumerator = g_file_enumerate_children (folder,
                                          G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                          G_FILE_QUERY_INFO_NONE, NULL, &error);
  if (enumerator == NULL)
    {
      add_error (errors, shown_path, error);
      return;
    }

  while ((info = g_file_enumerator_next_file (enumerator, NULL, &error)) != NULL)
    {
      const char *name = g_file_info_get_name (info);
      GFileType type = g_file_info_get_file_type (info);

      if (name[0] != '.' && (type == G_FILE_TYPE_DIRECTORY ||
                             has_extension (name, text_extensions, G_N_ELEMENTS (text_extensions)) ||
                             has_extension (name, html_extensions, G_N_ELEMENTS (html_extensions))))
        g_ptr_array_add (names, g_strdup (name));
      g_object_unref (info);
    }
  if (error != NULL)
    add_error (errors, shown_path, error);

  g_ptr_array_sort (names, compare_paths);
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autoptr(GFile) child = g_file_get_child (folder, name);
      g_autofree char *child_path = g_build_filename (shown_path, name, NULL);
      GFileType type = g_file_query_file_type (child, G_FILE_QUERY_INFO_NONE, NULL);

      if (type == G_FILE_TYPE_DIRECTORY)
        collect_folder (child, child_path, visited, files, errors, depth + 1);
      else
        g_ptr_array_add (files, g_steal_pointer (&child_path));
    }
}

GPtrArray *
dossier_source_collect (const char * const *paths,
                        GPtrArray          *errors)
{
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) visited = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; paths != NULL && paths[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
      GFileType type = g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, NULL);

      if (type == G_FILE_TYPE_DIRECTORY)
        collect_folder (file, paths[i], visited, files, errors, 0);
      else if (type == G_FILE_TYPE_UNKNOWN)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                                         G_FILE_QUERY_INFO_NONE, NULL, &error);
          /* GIO's message repeats the path; ours names it once. */
          if (error == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
            {
              g_clear_error (&error);
              g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("no such file or folder"));
            }
          add_error (errors, paths[i], error);
        }
      else
        g_ptr_array_add (files, g_strdup (paths[i]));
    }
  return files;
}

/* GIO's messages repeat the file's path ("Error opening file “/a/b”:
 * Permission denied"); callers name the file once, so keep the reason. */
static gboolean
short_reason (GError **error)
{
  GError *original = *error;
  const char *reason = NULL;

  if (original == NULL || original->domain != G_IO_ERROR)
    return FALSE;
  switch (original->code)
    {
    case G_IO_ERROR_NOT_FOUND: reason = _("no such file or folder"); break;
    case G_IO_ERROR_PERMISSION_DENIED: reason = _("permission denied (the file cannot be read)"); break;
    case G_IO_ERROR_IS_DIRECTORY: reason = _("is a folder"); break;
    case G_IO_ERROR_TOO_MANY_LINKS: reason = _("too many levels of symbolic links"); break;
    default: return FALSE;
    }
  *error = g_error_new_literal (original->domain, original->code, reason);
  g_error_free (original);
  return TRUE;
}

DossierDocument *
dossier_source_clean (const char  *name,
                      GBytes      *contents,
                      gsize        max_size,
                      const char  *address,
                      GError     **error)
{
  DossierCleanOptions options = { 0 };
  gsize size;
  const guint8 *data;

  g_return_val_if_fail (contents != NULL, NULL);

  options.max_size = max_size != 0 ? max_size : DOSSIER_TEXT_DEFAULT_MAX_SIZE;
  /* A page saved under its site's name ("www.example.com.html") says
   * whose it is, when its text does not. */
  options.file_name = name;
  options.address = address;
  data = g_bytes_get_data (contents, &size);
  if ((name != NULL && has_extension (name, html_extensions, G_N_ELEMENTS (html_extensions))) ||
      dossier_source_looks_like_html (data, size))
    return dossier_html_clean (data, size, &options, error);
  return dossier_clean_bytes (data, size, &options, error);
}

/* The file's bytes, no more than @max_size of them: a file that grew
 * since its size was checked (a page still being saved) is refused, not
 * read whole. */
static GBytes *
load_at_most (GFile         *file,
              gsize          expected,
              gsize          max_size,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GFileInputStream) stream = g_file_read (file, cancellable, error);
  g_autoptr(GByteArray) contents = NULL;
  gsize length = 0;
  gssize n;

  if (stream == NULL)
    return NULL;
  /* Read straight into a buffer of the size the file had (one byte more,
   * to see it has not grown), not copied from a small one into a growing
   * one. */
  contents = g_byte_array_sized_new ((guint) MIN (expected + 1, max_size + 1));
  do
    {
      if (length == contents->len)
        g_byte_array_set_size (contents, (guint) MIN (MAX (2 * length, 64 * 1024), max_size + 1));
      n = g_input_stream_read (G_INPUT_STREAM (stream), contents->data + length, contents->len - length,
                               cancellable, error);
      if (n > 0)
        length += n;
      if (length > max_size)
        {
          g_set_error (error, DOSSIER_CORE_ERROR, DOSSIER_CORE_ERROR_TOO_LARGE,
                       _("the file is too large (over %lu MiB; the limit is %lu MiB)"),
                       (unsigned long) (max_size / (1024 * 1024)),
                       (unsigned long) (max_size / (1024 * 1024)));
          return NULL;
        }
    }
  while (n > 0);
  if (n < 0)
    return NULL;
  g_byte_array_set_size (contents, (guint) length);
  return g_byte_array_free_to_bytes (g_steal_pointer (&contents));
}

DossierDocument *
dossier_source_read (GFile         *file,
                     gsize          max_size,
                     const char    *address,
                     GBytes       **contents,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  DossierDocument *document;
  GFileType type;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (max_size == 0)
    max_size = DOSSIER_TEXT_DEFAULT_MAX_SIZE;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    {
      if (error != NULL)
        short_reason (error);
      return NULL;
    }

  type = g_file_info_get_file_type (info);
  /* GIO describes the link itself when what it points to cannot be
   * reached: the target was moved or deleted, or the links go round. */
  if (type == G_FILE_TYPE_SYMBOLIC_LINK && g_file_peek_path (file) != NULL)
    {
      GStatBuf target;
      int saved = g_stat (g_file_peek_path (file), &target) == 0 ? 0 : errno;

      if (saved == ELOOP || saved == ENOENT)
        {
          g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved),
                               saved == ELOOP ? _("too many levels of symbolic links")
                                              : _("a symbolic link to a file that does not exist (moved or deleted)"));
          return NULL;
        }
    }
  if (type != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, DOSSIER_SOURCE_ERROR, DOSSIER_SOURCE_ERROR_UNSUPPORTED,
                   type == G_FILE_TYPE_DIRECTORY ? _("is a folder") : _("is not a regular file"));
      return NULL;
    }
  /* Refuse before reading: a 2 GB file must not be loaded to be refused. */
  if ((guint64) g_file_info_get_size (info) > max_size)
    {
      g_set_error (error, DOSSIER_CORE_ERROR, DOSSIER_CORE_ERROR_TOO_LARGE,
                   _("the file is too large (%lu MiB; the limit is %lu MiB)"),
                   (unsigned long) (g_file_info_get_size (info) / (1024 * 1024)),
                   (unsigned long) (max_size / (1024 * 1024)));
      return NULL;
    }

  name = g_file_get_basename (file);
  bytes = load_at_most (file, (gsize) g_file_info_get_size (info), max_size, cancellable, error);
  if (bytes == NULL)
    {
      if (error != NULL)
        short_reason (error);
      return NULL;
    }

  /* The whole path: a mirrored site keeps its pages in a folder named
   * after it. */
  document = dossier_source_clean (g_file_peek_path (file) != NULL ? g_file_peek_path (file) : name,
                                   bytes, max_size, address, error);
  if (document != NULL && contents != NULL)
    *contents = g_steal_pointer (&bytes);
  return document;
}

DossierDocument *
dossier_source_load (GFile        *file,
                     gsize         max_size,
                     GCancellable *cancellable,
                     GError      **error)
{
  return dossier_source_read (file, max_size, NULL, NULL, cancellable, error);
}

/* The seeds installed with the running binary: BINDIR/../share/dossier/seeds
 * for a binary in BINDIR.  This finds an installation that was moved or
 * staged with DESTDIR, where the configured prefix holds nothing (or an
 * older copy). */
static char *
seeds_beside_executable (void)
{
  g_autofree char *executable = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *bindir = NULL;
  g_autofree char *seeds = NULL;

  if (executable == NULL || *DOSSIER_BINDIR_TO_PKGDATADIR == '\0')
    return NULL;
  bindir = g_path_get_dirname (executable);
  seeds = g_build_filename (bindir, DOSSIER_BINDIR_TO_PKGDATADIR, "seeds", NULL);
  if (!g_file_test (seeds, G_FILE_TEST_IS_DIR))
    return NULL;
  return g_steal_pointer (&seeds);
}

char *
dossier_source_get_seeds_dir (void)
{
  const char *from_environment = g_getenv ("DOSSIER_SEEDS_DIR");
  g_autofree char *installed = g_build_filename (DOSSIER_PKGDATADIR, "seeds", NULL);
  char *beside;

  if (from_environment != NULL && *from_environment != '\0')
    return g_strdup (from_environment);
  if ((beside = seeds_beside_executable ()) != NULL)
    return beside;
  if (g_file_test (installed, G_FILE_TEST_IS_DIR))
    return g_steal_pointer (&installed);
  return g_strdup (DOSSIER_SOURCE_SEEDS);
}
