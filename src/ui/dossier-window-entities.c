/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Corrections of entities: rename one, change its type, merge it into
 * another, split an alias off, say a name is none or that words the
 * analysis missed are one, keep a spelling apart.  Each is kept with
 * _dossier_window_apply_correction () (dossier-window-corrections.c). */

#include "config.h"

#include "dossier-window.h"
#include "dossier-window-private.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dossier-entity.h"

/* The entity corrections name by @key, or NULL. */
static DossierEntity *
dup_entity (DossierWindow *self,
            const char    *key)
{
  return dossier_corpus_dup_entity (self->corpus, key);
}

static void
rename_answered (DossierWindow *self,
                 const char    *answer,
                 const char    *key)
{
  g_autoptr(DossierCorrection) correction = NULL;
  g_autofree char *name = g_strstrip (g_strdup (answer));
  g_autofree char *done = NULL;

  if (*name == '\0')
    return;
  correction = dossier_correction_new (DOSSIER_CORRECTION_RENAME, key, name);
  done = g_strdup_printf (_("Renamed to %s"), name);
  _dossier_window_apply_correction (self, 0, correction, done, NULL);
}

void
_dossier_window_rename_entity (DossierWindow *self,
                               const char    *key)
{
  g_autoptr(DossierEntity) entity = dup_entity (self, key);

  if (entity == NULL)
    return;
  _dossier_window_ask_text (self, _("Rename Entity"), _("The name shown for it everywhere in this dossier."),
                            dossier_entity_get_name (entity), _("_Rename"), rename_answered,
                            dossier_entity_get_key (entity));
}

void
_dossier_window_retype_entity (DossierWindow *self,
                               const char    *key,
                               const char    *type)
{
  g_autoptr(DossierEntity) entity = dup_entity (self, key);
  g_autoptr(DossierCorrection) correction = NULL;
  g_autofree char *done = NULL;

  if (entity == NULL)
    return;
  correction = dossier_correction_new (DOSSIER_CORRECTION_RETYPE, key, type);
  done = g_strdup_printf (_("%s is now a %s"), dossier_entity_get_name (entity),
                          g_str_equal (type, "person") ? _("person")
                          : g_str_equal (type, "organization") ? _("organisation") : _("place"));
  _dossier_window_apply_correction (self, 0, correction, done, NULL);
}

void
_dossier_window_split_entity (DossierWindow *self,
                              const char    *key,
                              const char    *alias)
{
  g_autoptr(DossierCorrection) correction = dossier_correction_new (DOSSIER_CORRECTION_SPLIT, key, alias);
  g_autofree char *done = g_strdup_printf (_("“%s” is now an entity of its own"), alias);

  _dossier_window_apply_correction (self, 0, correction, done, NULL);
}

static const char *
type_name (DossierEntityType type)
{
  switch (type)
    {
    case DOSSIER_ENTITY_ORGANIZATION: return _("Organisation");
    case DOSSIER_ENTITY_PLACE: return _("Place");
    case DOSSIER_ENTITY_PERSON:
    default: return _("Person");
    }
}

static void
merge_chosen (DossierWindow *self,
              const char    *into_key,
              const char    *key)
{
  g_autoptr(DossierEntity) into = dup_entity (self, into_key);
  g_autoptr(DossierCorrection) correction = dossier_correction_new (DOSSIER_CORRECTION_MERGE, key, into_key);
  g_autofree char *done = g_strdup_printf (_("Merged into %s"), into != NULL ? dossier_entity_get_name (into) : "");

  _dossier_window_apply_correction (self, 0, correction, done, into_key);
}

typedef struct
{
  DossierEntity *entity;
  double similarity;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *ra = a, *rb = b;

  if (ra->similarity != rb->similarity)
    return ra->similarity > rb->similarity ? -1 : 1;
  if (dossier_entity_get_n_mentions (ra->entity) != dossier_entity_get_n_mentions (rb->entity))
    return dossier_entity_get_n_mentions (ra->entity) > dossier_entity_get_n_mentions (rb->entity) ? -1 : 1;
  return g_utf8_collate (dossier_entity_get_name (ra->entity), dossier_entity_get_name (rb->entity));
}

/* The entities @key's could be part of, the likeliest first: names alike,
 * then of the same type, then the most mentioned. */
void
_dossier_window_merge_entity (DossierWindow *self,
                              const char    *key)
{
  GListModel *entities = dossier_corpus_get_entities (self->corpus);
  g_autoptr(DossierEntity) entity = dup_entity (self, key);
  g_autoptr(GArray) ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));
  g_autoptr(GPtrArray) choices = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_choice_free);
  g_autofree char *body = NULL;

  if (entity == NULL)
    return;
  for (guint e = 0; e < g_list_model_get_n_items (entities); e++)
    {
      Ranked item = { g_list_model_get_item (entities, e), 0 };

      if (dossier_entity_get_index (item.entity) == dossier_entity_get_index (entity))
        {
          g_object_unref (item.entity);
          continue;
        }
      item.similarity = dossier_name_similarity (dossier_entity_get_name (entity), dossier_entity_get_name (item.entity));
      if (dossier_entity_get_entity_type (item.entity) == dossier_entity_get_entity_type (entity))
        item.similarity += 0.05;
      g_array_append_val (ranked, item);
    }
  g_array_sort (ranked, compare_ranked);
  for (guint i = 0; i < ranked->len; i++)
    {
      DossierEntity *other = g_array_index (ranked, Ranked, i).entity;
      guint mentions = dossier_entity_get_n_mentions (other);
      /* Translators: under a name in the merge dialog: its type and how
       * often the dossier names it ("Person · 21 mentions"). */
      g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u mention", "%s · %u mentions",
                                                                mentions),
                                                   type_name (dossier_entity_get_entity_type (other)), mentions);

      g_ptr_array_add (choices, dossier_choice_new (dossier_entity_get_key (other), dossier_entity_get_name (other),
                                                    subtitle));
      g_object_unref (other);
    }
  body = g_strdup_printf (_("Every mention of %s becomes a mention of the entity chosen."),
                          dossier_entity_get_name (entity));
  _dossier_window_choose (self, _("Merge Into Another Entity"), body, _("The entity it is part of"), choices,
                          _("_Merge"), merge_chosen, dossier_entity_get_key (entity));
}

/* A name that is none: every mention of it goes. */
void
_dossier_window_not_a_name (DossierWindow *self,
                            const char    *key)
{
  g_autoptr(DossierEntity) entity = dup_entity (self, key);
  g_autoptr(DossierCorrection) correction = NULL;
  g_autofree char *done = NULL;

  if (entity == NULL)
    return;
  correction = dossier_correction_new (DOSSIER_CORRECTION_NOT_A_NAME, key, "");
  /* Translators: a toast; %s is the words that were taken for a name. */
  done = g_strdup_printf (_("“%s” is no longer a name"), dossier_entity_get_name (entity));
  _dossier_window_apply_correction (self, 0, correction, done, NULL);
}

/* The words selected in the reader are a name of @type, wherever the
 * dossier has them. */
void
_dossier_window_mark_name (DossierWindow *self,
                           const char    *type)
{
  g_autofree char *words = dossier_reader_dup_selected_text (self->reader);
  g_autoptr(DossierCorrection) correction = NULL;
  g_autofree char *done = NULL;
  DossierEntityType entity_type = DOSSIER_ENTITY_PERSON;

  if (words != NULL)
    {
      /* The words, without the spaces and punctuation a selection takes
       * along at its ends. */
      char *end = words + strlen (words);

      while (end > words)
        {
          char *previous = g_utf8_find_prev_char (words, end);
          gunichar c = g_utf8_get_char (previous);

          if (g_unichar_isalnum (c))
            break;
          end = previous;
        }
      *end = '\0';
      while (*words != '\0' && !g_unichar_isalnum (g_utf8_get_char (words)))
        memmove (words, g_utf8_next_char (words), strlen (g_utf8_next_char (words)) + 1);
    }
  if (words == NULL || *words == '\0' || strchr (words, '\n') != NULL || g_utf8_strlen (words, -1) > 80)
    {
      _dossier_window_toast (self, _("Select the words of a name in the article first"));
      return;
    }
  if (g_str_equal (type, "organization"))
    entity_type = DOSSIER_ENTITY_ORGANIZATION;
  else if (g_str_equal (type, "place"))
    entity_type = DOSSIER_ENTITY_PLACE;
  correction = dossier_correction_new (DOSSIER_CORRECTION_ADD_NAME, dossier_entity_type_to_string (entity_type), words);
  /* Translators: a toast: "“Jane Roe” is a person wherever the dossier
   * has it"; the second %s is "person", "organisation" or "place". */
  done = g_strdup_printf (_("“%s” is a %s wherever the dossier has it"), words,
                          entity_type == DOSSIER_ENTITY_PERSON ? _("person")
                          : entity_type == DOSSIER_ENTITY_ORGANIZATION ? _("organisation") : _("place"));
  _dossier_window_apply_correction (self, 0, correction, done, NULL);
}

/* A spelling the analysis took for @key's person is someone else. */
void
_dossier_window_keep_apart (DossierWindow *self,
                            const char    *key,
                            const char    *spelling)
{
  g_autoptr(DossierCorrection) correction = dossier_correction_new (DOSSIER_CORRECTION_DISTINCT, key, spelling);
  /* Translators: a toast; %s is a name as one outlet spells it. */
  g_autofree char *done = g_strdup_printf (_("“%s” is a person of their own"), spelling);

  _dossier_window_apply_correction (self, 0, correction, done, NULL);
}

