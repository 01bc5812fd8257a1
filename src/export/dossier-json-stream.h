/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* A JSON text written as it is built, into a GString: the calls mirror
 * JsonBuilder's, but no tree is made and freed, which is most of the cost
 * of writing an analysis with json-glib (measured: half the time of
 * `dossier-cli analyze --jsonl`).  Output is UTF-8 JSON per RFC 8259;
 * json-glib and any other parser read it back. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Where a long text goes while it is written (dossier_json_stream_set_sink ()):
 * given what has been written so far, returns FALSE when it could not take
 * it (errno says why). */
typedef gboolean (*DossierJsonSink) (GString  *text,
                                     gpointer  user_data);

typedef struct
{
  GString *out;
  DossierJsonSink sink;
  gpointer sink_data;
  gboolean sink_failed;
  gboolean pretty;
  guint depth;
  /* Per open container: has it a first element yet?  Bit per depth. */
  guint64 not_empty;
  gboolean after_member_name;
} DossierJsonStream;

void dossier_json_stream_init             (DossierJsonStream *stream,
                                           GString           *out,
                                           gboolean           pretty);
/* With a sink, the text written so far is handed to it and @out emptied
 * whenever a writer says an element is done (dossier_json_stream_pass_on ())
 * and at least a mebibyte is waiting, so that a long document is never
 * whole in memory.  After a sink fails, it is not called again and the
 * text is dropped: dossier_json_stream_sink_failed () tells. */
void dossier_json_stream_set_sink         (DossierJsonStream *stream,
                                           DossierJsonSink    sink,
                                           gpointer           user_data);
void dossier_json_stream_pass_on          (DossierJsonStream *stream);
gboolean dossier_json_stream_sink_failed  (DossierJsonStream *stream);
void dossier_json_stream_begin_object     (DossierJsonStream *stream);
void dossier_json_stream_end_object       (DossierJsonStream *stream);
void dossier_json_stream_begin_array      (DossierJsonStream *stream);
void dossier_json_stream_end_array        (DossierJsonStream *stream);
/* @name is written as it is: plain ASCII without quotes or backslashes. */
void dossier_json_stream_set_member_name  (DossierJsonStream *stream,
                                           const char        *name);
/* NULL writes null. */
/* @name is @len bytes of ASCII with no quote or backslash (the writer's
 * own literal member names); it is not checked. */
void dossier_json_stream_set_member_name_len (DossierJsonStream *stream,
                                              const char        *name,
                                              gsize              len);
void dossier_json_stream_add_string_value (DossierJsonStream *stream,
                                           const char        *value);
void dossier_json_stream_add_string_len   (DossierJsonStream *stream,
                                           const char        *value,
                                           gsize              len);
void dossier_json_stream_add_int_value    (DossierJsonStream *stream,
                                           gint64             value);
/* A number with three decimals ("0.247"). */
void dossier_json_stream_add_fraction_value (DossierJsonStream *stream,
                                             double             value);
void dossier_json_stream_add_boolean_value (DossierJsonStream *stream,
                                            gboolean           value);
void dossier_json_stream_add_null_value   (DossierJsonStream *stream);

G_END_DECLS
