/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* A researcher's corrections to the analysis: an entity renamed or
 * retyped, two entities that are one, an alias that is someone else, a
 * name that is none, words that are a name the recogniser missed, two
 * spellings that are two people.  They name entities by their key
 * (DossierEntityRecord.key), which a new analysis of the same articles
 * gives the same entity, so they are kept with the dossier and applied
 * again after every analysis, in the order they were made.  A correction
 * whose entity is gone does nothing.
 *
 * Corrections of events (retitled, re-dated, merged, split, hidden, made
 * from a sentence) are of the same list, named by the event's key, and
 * applied after the events are built: see dossier-event-corrections.h.
 *
 * Corrections of an article (its publication date, title, outlet,
 * author) are not applied here: they are set on the document before the
 * analysis (a date as DOSSIER_DATE_SOURCE_USER, so relative dates
 * resolve against it), by whoever holds the article's source. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  DOSSIER_CORRECTION_PUBLISHED,  /* of an article; value: ISO 8601 date, "" to clear */
  DOSSIER_CORRECTION_RENAME,     /* value: the new name */
  DOSSIER_CORRECTION_RETYPE,     /* value: "person", "organization" or "place" */
  DOSSIER_CORRECTION_MERGE,      /* value: the key of the entity it becomes part of */
  DOSSIER_CORRECTION_SPLIT,      /* value: the alias that becomes an entity of its own */
  DOSSIER_CORRECTION_NOT_A_NAME, /* its mentions are no name ("Victory" of "the Victory Plan"); value: "" */
  /* entity: "person", "organization" or "place" (no key: the entity is
   * made); value: the words, a name of that type wherever they occur. */
  DOSSIER_CORRECTION_ADD_NAME,
  /* entity: a person's key; value: a spelling it lists as probably the
   * same person (probably_same), which stays a person of its own. */
  DOSSIER_CORRECTION_DISTINCT,
  DOSSIER_CORRECTION_TITLE,      /* of an article; value: its title */
  DOSSIER_CORRECTION_OUTLET,     /* of an article; value: its outlet */
  DOSSIER_CORRECTION_AUTHOR,     /* of an article; value: its author */
  DOSSIER_CORRECTION_EVENT_TITLE,   /* entity: an event's key; value: its title */
  DOSSIER_CORRECTION_EVENT_DATE,    /* value: ISO 8601 date at its precision ("2024-10", "2024-10-16") */
  DOSSIER_CORRECTION_EVENT_MERGE,   /* value: the key of the event it becomes part of */
  DOSSIER_CORRECTION_EVENT_SPLIT,   /* value: the key of the source split off, an event of its own */
  DOSSIER_CORRECTION_EVENT_HIDDEN,  /* value: "true" (hidden) or "false" (shown again) */
  /* entity: the key of a sentence (dossier_event_source_dup_key ()), made
   * an event of its own; value: "". */
  DOSSIER_CORRECTION_EVENT_NEW,
} DossierCorrectionKind;

typedef struct
{
  DossierCorrectionKind kind;
  char *entity;     /* the entity's or event's key; NULL for an article's */
  char *value;
} DossierCorrection;

DossierCorrection *dossier_correction_new         (DossierCorrectionKind  kind,
                                                   const char            *entity,
                                                   const char            *value);
DossierCorrection *dossier_correction_copy        (const DossierCorrection *correction);
void               dossier_correction_free        (DossierCorrection     *correction);

const char        *dossier_correction_kind_to_string   (DossierCorrectionKind kind);
gboolean           dossier_correction_kind_from_string (const char            *name,
                                                        DossierCorrectionKind *kind);
/* Whether @kind corrects an article (publication date, title, outlet,
 * author): set on its document before the analysis, not applied by it. */
gboolean           dossier_correction_kind_is_article  (DossierCorrectionKind kind);
/* Whether @kind corrects an event (dossier-event-corrections.h). */
gboolean           dossier_correction_kind_is_event    (DossierCorrectionKind kind);

/* The key an alias split off @entity gets: stable, so later corrections
 * can name the new entity. */
char              *dossier_correction_split_key   (const char            *entity,
                                                   const char            *alias);

/* Applies @corrections (of DossierCorrection*, in the order they were
 * made) to the resolved @entities (of DossierEntityRecord*) of @documents,
 * renumbering the entities and the mentions that point at them.  Those
 * of articles, events and ADD_NAME are left alone. */
void               dossier_corrections_apply      (GPtrArray             *documents,
                                                   GPtrArray             *entities,
                                                   const GPtrArray       *corrections);

/* The words of every ADD_NAME correction of @corrections made a mention
 * of its type wherever they occur in @documents (whole words, as
 * written), in place of the mentions they overlap; before the entities
 * are resolved, so that the name joins the entity of its key. */
void               dossier_corrections_add_names  (GPtrArray             *documents,
                                                   const GPtrArray       *corrections);

/* Merges (as corrections of kind MERGE, appended to @corrections, applied
 * by dossier_corrections_apply ()) people whose surnames are one letter
 * apart when one of them is rare — named at most twice, in one article —
 * and the other is not, and their given names agree: one
 * outlet's misspelling of a name the others spell alike.  The entity kept
 * lists the rare spelling in probably_same, so the merge is shown and can
 * be undone: a DISTINCT correction of the researcher's (in @kept_apart, of
 * DossierCorrection*, may be NULL) naming the entity kept and one of the
 * rare entity's spellings keeps the two apart. */
void               dossier_corrections_find_probably_same (GPtrArray       *entities,
                                                          const GPtrArray *kept_apart,
                                                          GPtrArray       *corrections);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierCorrection, dossier_correction_free)

G_END_DECLS
