/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "config.h"

#include "dossier-annotation.h"

#include <glib/gi18n-lib.h>
#include <string.h>

struct _DossierAnnotation
{
  GObject parent_instance;

  char *id;
  gint64 source;
  int document;
  DossierAnchor anchor;
  gboolean orphaned;
  DossierColour colour;
  char *note;
  GStrv tags;
  char *created;
  char *modified;
};

enum {
  PROP_0,
  PROP_COLOUR,
  PROP_NOTE,
  PROP_TAGS,
  PROP_ORPHANED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (DossierAnnotation, dossier_annotation, G_TYPE_OBJECT)

/* What a new dossier's colours mean, in the order of DossierColour. */
static const char * const default_labels[DOSSIER_N_COLOURS] = {
  N_("Key point"),
  N_("Corroborated"),
  N_("Claim"),
  N_("Contradiction"),
  N_("Question"),
};

const char *
dossier_colour_get_default_label (DossierColour colour)
{
  g_return_val_if_fail (colour < DOSSIER_N_COLOURS, NULL);
  return g_dgettext (GETTEXT_PACKAGE, default_labels[colour]);
}

/* g_set_str () is newer than the GLib of Debian 12. */
static gboolean
set_string (char       **target,
            const char  *value)
{
  if (g_strcmp0 (*target, value) == 0)
    return FALSE;
  g_free (*target);
  *target = g_strdup (value);
  return TRUE;
}

static char *
now_iso8601 (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

static void
touch (DossierAnnotation *self)
{
  g_free (self->modified);
  self->modified = now_iso8601 ();
}

static void
dossier_annotation_finalize (GObject *object)
{
  DossierAnnotation *self = DOSSIER_ANNOTATION (object);

  g_free (self->id);
  dossier_anchor_clear (&self->anchor);
  g_free (self->note);
  g_strfreev (self->tags);
  g_free (self->created);
  g_free (self->modified);
  G_OBJECT_CLASS (dossier_annotation_parent_class)->finalize (object);
}

static void
dossier_annotation_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  DossierAnnotation *self = DOSSIER_ANNOTATION (object);

  switch (prop_id)
    {
    case PROP_COLOUR:
      g_value_set_enum (value, self->colour);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    case PROP_TAGS:
      g_value_set_boxed (value, self->tags);
      break;
    case PROP_ORPHANED:
      g_value_set_boolean (value, self->orphaned);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_annotation_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  DossierAnnotation *self = DOSSIER_ANNOTATION (object);

  switch (prop_id)
    {
    case PROP_COLOUR:
      dossier_annotation_set_colour (self, g_value_get_enum (value));
      break;
    case PROP_NOTE:
      dossier_annotation_set_note (self, g_value_get_string (value));
      break;
    case PROP_TAGS:
      dossier_annotation_set_tags (self, g_value_get_boxed (value));
      break;
    case PROP_ORPHANED:
      dossier_annotation_set_orphaned (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_annotation_class_init (DossierAnnotationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dossier_annotation_finalize;
  object_class->get_property = dossier_annotation_get_property;
  object_class->set_property = dossier_annotation_set_property;

  properties[PROP_COLOUR] = g_param_spec_enum ("colour", NULL, NULL, DOSSIER_TYPE_COLOUR, DOSSIER_COLOUR_YELLOW,
                                               G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL,
                                               G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TAGS] = g_param_spec_boxed ("tags", NULL, NULL, G_TYPE_STRV,
                                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ORPHANED] = g_param_spec_boolean ("orphaned", NULL, NULL, FALSE,
                                                    G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_annotation_init (DossierAnnotation *self)
{
  self->document = -1;
  self->tags = g_new0 (char *, 1);
}

DossierAnnotation *
dossier_annotation_new (const char *id,
                        gint64      source)
{
  DossierAnnotation *self = g_object_new (DOSSIER_TYPE_ANNOTATION, NULL);

  self->id = id != NULL ? g_strdup (id) : g_uuid_string_random ();
  self->source = source;
  self->created = now_iso8601 ();
  self->modified = g_strdup (self->created);
  return self;
}

DossierAnnotation *
dossier_annotation_copy (DossierAnnotation *self)
{
  DossierAnnotation *copy;

  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), NULL);

  copy = dossier_annotation_new (self->id, self->source);
  copy->document = self->document;
  dossier_annotation_set_anchor (copy, &self->anchor);
  copy->orphaned = self->orphaned;
  copy->colour = self->colour;
  copy->note = g_strdup (self->note);
  g_strfreev (copy->tags);
  copy->tags = g_strdupv (self->tags);
  dossier_annotation_set_times (copy, self->created, self->modified);
  return copy;
}

const char *
dossier_annotation_get_id (DossierAnnotation *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), NULL);
  return self->id;
}

gint64
dossier_annotation_get_source (DossierAnnotation *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), -1);
  return self->source;
}

void
dossier_annotation_set_source (DossierAnnotation *self,
                               gint64             source)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION (self));
  self->source = source;
}

int
dossier_annotation_get_document (DossierAnnotation *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), -1);
  return self->document;
}

void
dossier_annotation_set_document (DossierAnnotation *self,
                                 int                document)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION (self));
  self->document = document;
}

const DossierAnchor *
dossier_annotation_get_anchor (DossierAnnotation *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), NULL);
  return &self->anchor;
}

const char *
dossier_annotation_get_quote (DossierAnnotation *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), NULL);
  return self->anchor.exact;
}

gint64
dossier_annotation_get_start (DossierAnnotation *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), 0);
  return self->anchor.start;
}

gint64
dossier_annotation_get_end (DossierAnnotation *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), 0);
  return self->anchor.end;
}

void
dossier_annotation_set_anchor (DossierAnnotation   *self,
                               const DossierAnchor *anchor)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION (self));
  g_return_if_fail (anchor != NULL);

  if (anchor == &self->anchor)
    return;
  dossier_anchor_clear (&self->anchor);
  self->anchor.exact = g_strdup (anchor->exact);
  self->anchor.prefix = g_strdup (anchor->prefix);
  self->anchor.suffix = g_strdup (anchor->suffix);
  self->anchor.start = anchor->start;
  self->anchor.end = anchor->end;
}

void
dossier_annotation_set_position (DossierAnnotation *self,
                                 gint64             start,
                                 gint64             end)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION (self));
  self->anchor.start = start;
  self->anchor.end = end;
}

gboolean
dossier_annotation_get_orphaned (DossierAnnotation *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), FALSE);
  return self->orphaned;
}

void
dossier_annotation_set_orphaned (DossierAnnotation *self,
                                 gboolean           orphaned)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION (self));

  orphaned = !!orphaned;
  if (self->orphaned == orphaned)
    return;
  self->orphaned = orphaned;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORPHANED]);
}

DossierColour
dossier_annotation_get_colour (DossierAnnotation *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), DOSSIER_COLOUR_YELLOW);
  return self->colour;
}

void
dossier_annotation_set_colour (DossierAnnotation *self,
                               DossierColour      colour)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION (self));
  g_return_if_fail (colour < DOSSIER_N_COLOURS);

  if (self->colour == colour)
    return;
  self->colour = colour;
  touch (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOUR]);
}

const char *
dossier_annotation_get_note (DossierAnnotation *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), NULL);
  return self->note != NULL ? self->note : "";
}

void
dossier_annotation_set_note (DossierAnnotation *self,
                             const char        *note)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION (self));

  if (note != NULL && *note == '\0')
    note = NULL;
  if (set_string (&self->note, note))
    {
      touch (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
    }
}

const char * const *
dossier_annotation_get_tags (DossierAnnotation *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), NULL);
  return (const char * const *) self->tags;
}

void
dossier_annotation_set_tags (DossierAnnotation  *self,
                             const char * const *tags)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) cleaned = NULL;

  g_return_if_fail (DOSSIER_IS_ANNOTATION (self));

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      g_autofree char *tag = g_strstrip (g_strdup (tags[i]));

      /* " claim" and "claim" are one tag. */
      if (*tag == '\0' || g_hash_table_contains (seen, tag))
        continue;
      g_strv_builder_add (builder, tag);
      g_hash_table_add (seen, g_steal_pointer (&tag));
    }
  cleaned = g_strv_builder_end (builder);
  if (g_strv_equal ((const char * const *) cleaned, (const char * const *) self->tags))
    return;
  g_strfreev (self->tags);
  self->tags = g_steal_pointer (&cleaned);
  touch (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAGS]);
}

gboolean
dossier_annotation_has_tag (DossierAnnotation *self,
                            const char        *tag)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), FALSE);
  return tag != NULL && g_strv_contains ((const char * const *) self->tags, tag);
}

const char *
dossier_annotation_get_created (DossierAnnotation *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), NULL);
  return self->created;
}

const char *
dossier_annotation_get_modified (DossierAnnotation *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (self), NULL);
  return self->modified;
}

void
dossier_annotation_set_times (DossierAnnotation *self,
                              const char        *created,
                              const char        *modified)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION (self));
  if (created != NULL)
    set_string (&self->created, created);
  if (modified != NULL)
    set_string (&self->modified, modified);
}

/* For sorting (a GCompareFunc over DossierAnnotation**): by article, then
 * position; those of no known article last. */
int
dossier_annotation_compare_position (gconstpointer a,
                                     gconstpointer b)
{
  DossierAnnotation *x = *(DossierAnnotation **) a;
  DossierAnnotation *y = *(DossierAnnotation **) b;

  if (x->document != y->document)
    return x->document < 0 ? 1 : y->document < 0 ? -1 : x->document < y->document ? -1 : 1;
  return x->anchor.start < y->anchor.start ? -1 : x->anchor.start > y->anchor.start;
}
