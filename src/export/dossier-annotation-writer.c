/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "config.h"

#include "dossier-annotation-writer.h"

#include "dossier-id.h"

#include <string.h>

#define ANNOTATION_CONTEXT "http://www.w3.org/ns/anno.jsonld"

/* Member names are literals: their length is known when compiling. */
#define set_member(stream, name) \
  dossier_json_stream_set_member_name_len ((stream), "" name "", sizeof (name) - 1)

static void
add_context (DossierJsonStream *stream)
{
  set_member (stream, "@context");
  dossier_json_stream_begin_array (stream);
  dossier_json_stream_add_string_value (stream, ANNOTATION_CONTEXT);
  dossier_json_stream_begin_object (stream);
  set_member (stream, "dossier");
  dossier_json_stream_add_string_value (stream, DOSSIER_ANNOTATION_NAMESPACE);
  dossier_json_stream_end_object (stream);
  dossier_json_stream_end_array (stream);
}

static void
add_text_body (DossierJsonStream *stream,
               const char        *value,
               const char        *format,
               const char        *purpose)
{
  dossier_json_stream_begin_object (stream);
  set_member (stream, "type");
  dossier_json_stream_add_string_value (stream, "TextualBody");
  set_member (stream, "value");
  dossier_json_stream_add_string_value (stream, value);
  if (format != NULL)
    {
      set_member (stream, "format");
      dossier_json_stream_add_string_value (stream, format);
    }
  set_member (stream, "purpose");
  dossier_json_stream_add_string_value (stream, purpose);
  dossier_json_stream_end_object (stream);
}

/* The article of @annotation in this analysis, or NULL; @index gets its
 * index. */
static DossierDocument *
annotation_document (DossierAnalysis   *analysis,
                     DossierAnnotation *annotation,
                     guint             *index)
{
  int document = dossier_annotation_get_document (annotation);

  if (document < 0 || (guint) document >= dossier_analysis_get_n_documents (analysis))
    return NULL;
  *index = document;
  return dossier_analysis_get_document (analysis, document);
}

static gboolean
is_exported (DossierAnalysis            *analysis,
             const DossierExportOptions *options,
             DossierAnnotation          *annotation)
{
  guint index = 0;

  /* An annotation of no article the analysis knows is kept when the
   * whole dossier is exported, as an orphan. */
  if (annotation_document (analysis, annotation, &index) == NULL)
    return options->articles == NULL;
  return dossier_export_options_includes (options, index);
}

/* The exported annotations in article order, then by position. */
static GPtrArray *
exported_annotations (DossierAnalysis            *analysis,
                      const DossierExportOptions *options)
{
  GPtrArray *annotations = g_ptr_array_new ();

  if (options->annotations != NULL)
    for (guint i = 0; i < options->annotations->len; i++)
      {
        DossierAnnotation *annotation = g_ptr_array_index (options->annotations, i);

        if (is_exported (analysis, options, annotation))
          g_ptr_array_add (annotations, annotation);
      }
  g_ptr_array_sort (annotations, dossier_annotation_compare_position);
  return annotations;
}

static char *
source_uri (DossierAnnotation     *annotation,
            const DossierDocument *document,
            guint                  index)
{
  const char *source = document != NULL ? document->source : NULL;
  char article[DOSSIER_ID_SIZE];

  if (document == NULL)
    return g_strdup_printf ("urn:dossier:source:%" G_GINT64_FORMAT,
                            dossier_annotation_get_source (annotation));
  if (source != NULL && g_path_is_absolute (source))
    {
      char *uri = g_filename_to_uri (source, NULL, NULL);

      if (uri != NULL)
        return uri;
    }
  else if (source != NULL && g_uri_is_valid (source, G_URI_FLAGS_NONE, NULL))
    return g_strdup (source);
  return g_strconcat ("urn:dossier:article:", dossier_id_format (article, DOSSIER_ID_ARTICLE, index), NULL);
}

static char *
annotation_uri (DossierAnnotation *annotation)
{
  const char *id = dossier_annotation_get_id (annotation);
  g_autofree char *escaped = NULL;

  if (g_uuid_string_is_valid (id))
    return g_strconcat ("urn:uuid:", id, NULL);
  escaped = g_uri_escape_string (id, NULL, FALSE);
  return g_strconcat ("urn:dossier:annotation:", escaped, NULL);
}

/* A name-based UUID (version 5's layout over SHA-1) of @kind and the ids
 * of @annotations: the same annotations, the same name. */
static char *
collection_uri (GPtrArray  *annotations,
                const char *kind)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA1);
  guint8 digest[20];
  gsize digest_len = sizeof digest;

  g_checksum_update (checksum, (const guchar *) kind, -1);
  for (guint i = 0; i < annotations->len; i++)
    {
      g_checksum_update (checksum, (const guchar *) "\n", 1);
      g_checksum_update (checksum, (const guchar *) dossier_annotation_get_id (g_ptr_array_index (annotations, i)), -1);
    }
  g_checksum_get_digest (checksum, digest, &digest_len);
  digest[6] = (digest[6] & 0x0f) | 0x50;
  digest[8] = (digest[8] & 0x3f) | 0x80;
  return g_strdup_printf ("urn:uuid:%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
                          digest[0], digest[1], digest[2], digest[3], digest[4], digest[5],
                          digest[6], digest[7], digest[8], digest[9], digest[10], digest[11],
                          digest[12], digest[13], digest[14], digest[15]);
}

void
dossier_annotation_write_jsonld (DossierAnalysis            *analysis,
                                 const DossierExportOptions *options,
                                 DossierAnnotation          *annotation,
                                 gboolean                    with_context,
                                 DossierJsonStream          *stream)
{
  const DossierAnchor *anchor;
  DossierDocument *document;
  DossierColour colour;
  const char *note, *label;
  const char * const *tags;
  g_autofree char *id = NULL;
  g_autofree char *source = NULL;
  g_autofree char *style = NULL;
  g_autofree char *css = NULL;
  gboolean orphaned, has_note, has_body;
  guint index = 0;
  const DossierRgb *rgb;

  g_return_if_fail (analysis != NULL);
  g_return_if_fail (options != NULL);
  g_return_if_fail (DOSSIER_IS_ANNOTATION (annotation));
  g_return_if_fail (stream != NULL);

  anchor = dossier_annotation_get_anchor (annotation);
  document = annotation_document (analysis, annotation, &index);
  orphaned = document == NULL || dossier_annotation_get_orphaned (annotation);
  colour = dossier_annotation_get_colour (annotation);
  note = dossier_annotation_get_note (annotation);
  has_note = note != NULL && note[0] != '\0';
  tags = dossier_annotation_get_tags (annotation);
  label = colour < DOSSIER_N_COLOURS ? options->colour_labels[colour] : NULL;
  has_body = has_note || (tags != NULL && tags[0] != NULL) || (label != NULL && label[0] != '\0');
  id = annotation_uri (annotation);
  source = source_uri (annotation, document, index);

  dossier_json_stream_begin_object (stream);
  if (with_context)
    add_context (stream);
  set_member (stream, "id");
  dossier_json_stream_add_string_value (stream, id);
  set_member (stream, "type");
  dossier_json_stream_add_string_value (stream, "Annotation");
  set_member (stream, "motivation");
  dossier_json_stream_add_string_value (stream, has_note ? "commenting" : "highlighting");
  if (dossier_annotation_get_created (annotation) != NULL)
    {
      set_member (stream, "created");
      dossier_json_stream_add_string_value (stream, dossier_annotation_get_created (annotation));
    }
  if (dossier_annotation_get_modified (annotation) != NULL)
    {
      set_member (stream, "modified");
      dossier_json_stream_add_string_value (stream, dossier_annotation_get_modified (annotation));
    }
  if (orphaned)
    {
      set_member (stream, "dossier:orphaned");
      dossier_json_stream_add_boolean_value (stream, TRUE);
    }

  if (has_body)
    {
      set_member (stream, "body");
      dossier_json_stream_begin_array (stream);
      if (has_note)
        add_text_body (stream, note, "text/plain", "commenting");
      for (guint t = 0; tags != NULL && tags[t] != NULL; t++)
        add_text_body (stream, tags[t], NULL, "tagging");
      if (label != NULL && label[0] != '\0')
        add_text_body (stream, label, NULL, "classifying");
      dossier_json_stream_end_array (stream);
    }

  /* The colour, as the model styles a target: a CSS class and the rule
   * that gives it. */
  style = g_strconcat ("dossier-", dossier_colour_to_string (colour), NULL);
  rgb = dossier_palette_get_annotation (colour);
  css = g_strdup_printf (".%s { background-color: #%02x%02x%02x; }", style,
                         (guint) (rgb->red * 255 + .5), (guint) (rgb->green * 255 + .5), (guint) (rgb->blue * 255 + .5));
  set_member (stream, "stylesheet");
  dossier_json_stream_begin_object (stream);
  set_member (stream, "type");
  dossier_json_stream_add_string_value (stream, "CssStylesheet");
  set_member (stream, "value");
  dossier_json_stream_add_string_value (stream, css);
  dossier_json_stream_end_object (stream);

  set_member (stream, "target");
  dossier_json_stream_begin_object (stream);
  set_member (stream, "type");
  dossier_json_stream_add_string_value (stream, "SpecificResource");
  set_member (stream, "source");
  dossier_json_stream_add_string_value (stream, source);
  set_member (stream, "styleClass");
  dossier_json_stream_add_string_value (stream, style);
  if (document != NULL)
    {
      char article[DOSSIER_ID_SIZE];

      dossier_id_format (article, DOSSIER_ID_ARTICLE, index);
      set_member (stream, "dossier:article");
      dossier_json_stream_add_string_value (stream, article);
    }
  set_member (stream, "selector");
  dossier_json_stream_begin_array (stream);
  dossier_json_stream_begin_object (stream);
  set_member (stream, "type");
  dossier_json_stream_add_string_value (stream, "TextQuoteSelector");
  set_member (stream, "exact");
  dossier_json_stream_add_string_value (stream, anchor->exact != NULL ? anchor->exact : "");
  if (anchor->prefix != NULL && anchor->prefix[0] != '\0')
    {
      set_member (stream, "prefix");
      dossier_json_stream_add_string_value (stream, anchor->prefix);
    }
  if (anchor->suffix != NULL && anchor->suffix[0] != '\0')
    {
      set_member (stream, "suffix");
      dossier_json_stream_add_string_value (stream, anchor->suffix);
    }
  dossier_json_stream_end_object (stream);
  if (!orphaned)
    {
      dossier_json_stream_begin_object (stream);
      set_member (stream, "type");
      dossier_json_stream_add_string_value (stream, "TextPositionSelector");
      set_member (stream, "start");
      dossier_json_stream_add_int_value (stream, anchor->start);
      set_member (stream, "end");
      dossier_json_stream_add_int_value (stream, anchor->end);
      dossier_json_stream_end_object (stream);
    }
  dossier_json_stream_end_array (stream);
  dossier_json_stream_end_object (stream);

  dossier_json_stream_end_object (stream);
}

guint
dossier_annotation_count_exported (DossierAnalysis            *analysis,
                                   const DossierExportOptions *options)
{
  guint n = 0;

  g_return_val_if_fail (analysis != NULL, 0);
  g_return_val_if_fail (options != NULL, 0);

  if (options->annotations != NULL)
    for (guint i = 0; i < options->annotations->len; i++)
      n += is_exported (analysis, options, g_ptr_array_index (options->annotations, i));
  return n;
}

void
dossier_annotation_write_array (DossierAnalysis            *analysis,
                                const DossierExportOptions *options,
                                DossierJsonStream          *stream)
{
  g_autoptr(GPtrArray) annotations = NULL;

  g_return_if_fail (analysis != NULL);
  g_return_if_fail (options != NULL);
  g_return_if_fail (stream != NULL);

  annotations = exported_annotations (analysis, options);
  dossier_json_stream_begin_array (stream);
  for (guint i = 0; i < annotations->len; i++)
    dossier_annotation_write_jsonld (analysis, options, g_ptr_array_index (annotations, i), TRUE, stream);
  dossier_json_stream_end_array (stream);
}

void
dossier_annotation_write_collection (DossierAnalysis            *analysis,
                                     const DossierExportOptions *options,
                                     gboolean                    pretty,
                                     GString                    *out)
{
  g_autoptr(GPtrArray) annotations = NULL;
  g_autofree char *collection_id = NULL;
  g_autofree char *page_id = NULL;
  DossierJsonStream stream;

  g_return_if_fail (analysis != NULL);
  g_return_if_fail (options != NULL);
  g_return_if_fail (out != NULL);

  annotations = exported_annotations (analysis, options);
  collection_id = collection_uri (annotations, "collection");
  page_id = collection_uri (annotations, "page");

  dossier_json_stream_init (&stream, out, pretty);
  dossier_json_stream_begin_object (&stream);
  add_context (&stream);
  set_member (&stream, "id");
  dossier_json_stream_add_string_value (&stream, collection_id);
  set_member (&stream, "type");
  dossier_json_stream_add_string_value (&stream, "AnnotationCollection");
  if (options->title != NULL && options->title[0] != '\0')
    {
      set_member (&stream, "label");
      dossier_json_stream_add_string_value (&stream, options->title);
    }
  set_member (&stream, "generator");
  dossier_json_stream_begin_object (&stream);
  set_member (&stream, "id");
  dossier_json_stream_add_string_value (&stream, PACKAGE_WEBSITE);
  set_member (&stream, "type");
  dossier_json_stream_add_string_value (&stream, "Software");
  set_member (&stream, "name");
  dossier_json_stream_add_string_value (&stream, "Dossier " PACKAGE_VERSION);
  dossier_json_stream_end_object (&stream);
  set_member (&stream, "total");
  dossier_json_stream_add_int_value (&stream, annotations->len);

  /* An empty collection has no page: a page holds one annotation or
   * more. */
  if (annotations->len == 0)
    {
      dossier_json_stream_end_object (&stream);
      g_string_append_c (out, '\n');
      return;
    }
  set_member (&stream, "first");
  dossier_json_stream_begin_object (&stream);
  set_member (&stream, "id");
  dossier_json_stream_add_string_value (&stream, page_id);
  set_member (&stream, "type");
  dossier_json_stream_add_string_value (&stream, "AnnotationPage");
  set_member (&stream, "partOf");
  dossier_json_stream_add_string_value (&stream, collection_id);
  set_member (&stream, "startIndex");
  dossier_json_stream_add_int_value (&stream, 0);
  set_member (&stream, "items");
  dossier_json_stream_begin_array (&stream);
  for (guint i = 0; i < annotations->len; i++)
    dossier_annotation_write_jsonld (analysis, options, g_ptr_array_index (annotations, i), FALSE, &stream);
  dossier_json_stream_end_array (&stream);
  dossier_json_stream_end_object (&stream);

  dossier_json_stream_end_object (&stream);
  g_string_append_c (out, '\n');
}
