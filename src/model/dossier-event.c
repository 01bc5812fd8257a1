/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-event.h"

#include "dossier-code-points.h"
#include "dossier-event-corrections.h"
#include "dossier-id.h"
#include "dossier-passage.h"

struct _DossierEvent
{
  GObject parent_instance;

  DossierAnalysis *analysis;
  guint index;
  char *id;
  char *date;
  char *key;       /* made when first asked for */
};

enum {
  PROP_0,
  PROP_ID,
  PROP_DATE,
  PROP_PRECISION,
  PROP_SUMMARY,
  PROP_N_SOURCES,
  PROP_KEY,
  PROP_HIDDEN,
  PROP_RETITLED,
  PROP_REDATED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (DossierEvent, dossier_event, G_TYPE_OBJECT)

static void
dossier_event_dispose (GObject *object)
{
  DossierEvent *self = DOSSIER_EVENT (object);

  g_clear_pointer (&self->analysis, dossier_analysis_unref);
  G_OBJECT_CLASS (dossier_event_parent_class)->dispose (object);
}

static void
dossier_event_finalize (GObject *object)
{
  DossierEvent *self = DOSSIER_EVENT (object);

  g_free (self->id);
  g_free (self->date);
  g_free (self->key);
  G_OBJECT_CLASS (dossier_event_parent_class)->finalize (object);
}

static void
dossier_event_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  DossierEvent *self = DOSSIER_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_PRECISION:
      g_value_set_string (value, dossier_precision_to_string (dossier_event_get_precision (self)));
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, dossier_event_get_summary (self));
      break;
    case PROP_N_SOURCES:
      g_value_set_uint (value, dossier_event_get_n_sources (self));
      break;
    case PROP_KEY:
      g_value_set_string (value, dossier_event_get_key (self));
      break;
    case PROP_HIDDEN:
      g_value_set_boolean (value, dossier_event_get_hidden (self));
      break;
    case PROP_RETITLED:
      g_value_set_boolean (value, dossier_event_is_retitled (self));
      break;
    case PROP_REDATED:
      g_value_set_boolean (value, dossier_event_is_redated (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_event_class_init (DossierEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dossier_event_dispose;
  object_class->finalize = dossier_event_finalize;
  object_class->get_property = dossier_event_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PRECISION] = g_param_spec_string ("precision", NULL, NULL, NULL,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, NULL,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_SOURCES] = g_param_spec_uint ("n-sources", NULL, NULL, 0, G_MAXUINT, 0,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_KEY] = g_param_spec_string ("key", NULL, NULL, NULL,
                                              G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_HIDDEN] = g_param_spec_boolean ("hidden", NULL, NULL, FALSE,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_RETITLED] = g_param_spec_boolean ("retitled", NULL, NULL, FALSE,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_REDATED] = g_param_spec_boolean ("redated", NULL, NULL, FALSE,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_event_init (DossierEvent *self)
{
}

DossierEvent *
dossier_event_new (DossierAnalysis *analysis,
                   guint            index)
{
  DossierEvent *self;

  g_return_val_if_fail (analysis != NULL, NULL);
  g_return_val_if_fail (index < dossier_analysis_get_n_events (analysis), NULL);

  self = g_object_new (DOSSIER_TYPE_EVENT, NULL);
  self->analysis = dossier_analysis_ref (analysis);
  self->index = index;
  self->id = dossier_id_dup (DOSSIER_ID_EVENT, index);
  self->date = dossier_date_to_iso (&dossier_analysis_get_event (analysis, index)->date);
  return self;
}

const char *
dossier_event_get_id (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), NULL);
  return self->id;
}

guint
dossier_event_get_index (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), 0);
  return self->index;
}

const DossierEventRecord *
dossier_event_get_record (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), NULL);
  return dossier_analysis_get_event (self->analysis, self->index);
}

const char *
dossier_event_get_date (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), NULL);
  return self->date;
}

DossierPrecision
dossier_event_get_precision (DossierEvent *self)
{
  return dossier_event_get_record (self)->date.precision;
}

const DossierDate *
dossier_event_get_calendar_date (DossierEvent *self)
{
  return &dossier_event_get_record (self)->date;
}

const char *
dossier_event_get_summary (DossierEvent *self)
{
  return dossier_event_get_record (self)->summary;
}

guint
dossier_event_get_n_sources (DossierEvent *self)
{
  return dossier_event_get_record (self)->sources->len;
}

const char *
dossier_event_get_key (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), NULL);

  if (self->key == NULL)
    {
      g_autoptr(GPtrArray) documents = g_ptr_array_new ();

      for (guint d = 0; d < dossier_analysis_get_n_documents (self->analysis); d++)
        g_ptr_array_add (documents, dossier_analysis_get_document (self->analysis, d));
      self->key = dossier_event_record_dup_key (dossier_event_get_record (self), documents);
    }
  return self->key;
}

gboolean
dossier_event_get_hidden (DossierEvent *self)
{
  return dossier_event_get_record (self)->hidden;
}

guint
dossier_event_get_corrected (DossierEvent *self)
{
  return dossier_event_get_record (self)->corrected;
}

gboolean
dossier_event_is_retitled (DossierEvent *self)
{
  return (dossier_event_get_corrected (self) & DOSSIER_EVENT_RETITLED) != 0;
}

gboolean
dossier_event_is_redated (DossierEvent *self)
{
  return (dossier_event_get_corrected (self) & DOSSIER_EVENT_REDATED) != 0;
}

DossierAnalysis *
dossier_event_get_analysis (DossierEvent *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT (self), NULL);
  return self->analysis;
}

GListModel *
dossier_event_list_sources (DossierEvent *self)
{
  const DossierEventRecord *record = dossier_event_get_record (self);
  GListStore *sources = g_list_store_new (DOSSIER_TYPE_PASSAGE);
  g_autoptr(DossierArticle) article = NULL;

  for (guint s = 0; s < record->sources->len; s++)
    {
      const DossierEventSource *source = &g_array_index (record->sources, DossierEventSource, s);
      DossierDocument *document = dossier_analysis_get_document (self->analysis, source->document);
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, source->paragraph);
      DossierCodePointCursor cursor = DOSSIER_CODE_POINT_CURSOR_INIT;
      g_autoptr(DossierPassage) passage = NULL;
      guint start;

      /* Sources come article by article: one article object for each. */
      if (article == NULL || dossier_article_get_index (article) != source->document)
        {
          g_clear_object (&article);
          article = dossier_article_new (self->analysis, source->document);
        }
      start = (guint) dossier_code_points (&cursor, paragraph, source->start);
      passage = dossier_passage_new (article, source->paragraph, start,
                                     (guint) dossier_code_points (&cursor, paragraph, source->end));
      g_list_store_append (sources, passage);
    }
  return G_LIST_MODEL (sources);
}
