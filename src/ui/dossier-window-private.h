/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The window is written in several files, each one concern:
 *
 *   dossier-window.c              construction, the corpus binding, the layout
 *   dossier-window-list.c         the sidebar's articles: filter, order, rows
 *   dossier-window-actions.c      every win.* action and key binding
 *   dossier-window-files.c        dossier files: new, open, recent, save as, export
 *   dossier-window-import.c       articles in: import, paste, drop
 *   dossier-window-corrections.c  what the researcher changes: annotations,
 *                                 the one way of keeping a correction and
 *                                 the dialogs corrections ask with, colour
 *                                 meanings, and their Undo
 *   dossier-window-entities.c     corrections of entities
 *   dossier-window-articles.c     corrections of articles: publication
 *                                 date, details, address, an article kept
 *                                 as it is or removed
 *   dossier-window-events.c       corrections of events
 *   dossier-window-place.c        where the researcher is: the article read,
 *                                 where in it, the inspector's page, the
 *                                 filters — kept across a new analysis,
 *                                 reset for another dossier
 *
 * They share the instance struct and the _dossier_window_* functions
 * below.  Calls go one way only, from dossier-window.c down to the
 * actions, from those to files, import and corrections, and from all of
 * them to the place (tools/check-structure.py keeps it so): the lower
 * files change the window's state through its properties ("corpus",
 * "busy", "read-only", "dossier-name", "colour-labels", "entity-filter"),
 * which the window keeps and its template binds to the widgets, never by
 * calling back up.  dossier-window-entities.c, dossier-window-articles.c and
 * dossier-window-events.c (the corrections of each) use
 * dossier-window-corrections.c's dialogs and its one way of keeping a
 * correction.
 *
 * Include dossier-window.h before this header. */

#pragma once

#include <adwaita.h>

#include "dossier-annotation-list.h"
#include "dossier-entity-inspector.h"
#include "dossier-reader.h"
#include "dossier-store.h"
#include "dossier-timeline-pane.h"

G_BEGIN_DECLS

struct _DossierWindow
{
  AdwApplicationWindow parent_instance;

  /* Template widgets and objects */
  AdwWindowTitle *window_title;
  AdwToastOverlay *toasts;
  AdwLeaflet *leaflet;
  GtkWidget *sidebar;
  GtkWidget *content;
  GtkWidget *import_button;
  GtkWidget *search_toggle;
  GtkWidget *back_button;
  GtkWidget *menu_button;
  GtkWidget *export_button;
  GtkWidget *inspector_toggle;
  GtkWidget *sample_banner;
  GtkProgressBar *progress;
  GtkSearchBar *search_bar;
  GtkWidget *search_entry;
  GtkWidget *filter_bar;
  GtkLabel *filter_label;
  GtkStack *list_stack;
  GtkWidget *article_list;
  GtkWidget *highlight_bar;
  GtkWidget *highlight_buttons[DOSSIER_N_HIGHLIGHTS];
  GtkStack *content_stack;
  DossierReader *reader;
  AdwFlap *flap;
  GtkWidget *inspector_pane;
  AdwViewStack *side_stack;
  DossierEntityInspector *inspector;
  DossierAnnotationList *annotation_list;
  DossierTimelinePane *timeline_pane;
  GMenu *recent_menu;
  GtkSingleSelection *selection;   /* of the sorted, filtered articles */
  GtkSortListModel *sorted;
  GtkFilterListModel *filtered;
  GtkCustomSorter *sorter;
  GtkCustomFilter *filter;
  GtkCustomFilter *event_filter;   /* hidden events out, unless shown; no function while none is hidden */
  GtkFilterListModel *visible_events;
  GListModel *events_watched;      /* the events visible_events filters, whose hidden ones are counted */
  gboolean filtering_events;       /* event_filter has its function */
  gboolean filtering_articles;     /* filter has its function: a search or an entity filters the articles */
  GtkWidget *details;              /* the article's details (DossierArticleDetails) */

  /* The state the properties show */
  DossierCorpus *corpus;
  gboolean busy;                   /* an import or analysis is under way */
  gboolean read_only;              /* the dossier file may not be written */
  char *dossier_name;              /* shown as the window's title */
  GStrv colour_labels;             /* what the open dossier's colours mean */
  char *entity_filter;             /* the key of the entity filtered by, or NULL */
  gboolean show_hidden_events;     /* events the researcher hid are shown */

  /* Kept by the files that use them */
  GSettings *settings;
  GCancellable *cancellable;       /* of the dossier's loading and imports */
  DossierCorpus *importing;        /* the corpus an import is under way in */
  guint pulse_id;
  gboolean sort_by_outlet;
  gboolean showing_sample;
  gboolean untitled;               /* a new dossier, kept in Dossier's own folder until saved elsewhere */
  gboolean asked_to_save;          /* the researcher answered the question on closing */
  guint paste_count;
  char *delete_after_open;         /* an untitled dossier saved elsewhere, removed once that copy is open */
  DossierAnnotation *deleted;      /* the last deleted annotation, for Undo */
  gpointer restoring;              /* the DossierLoad whose place waits for the list to settle */
  guint restore_id;
  guint fit_events_id;             /* the events' pane is given its height once the window has one */
};

/* What a load, an import or a new analysis is, for what the window does
 * when it is done (_dossier_window_loaded ()). */
typedef enum
{
  DOSSIER_LOAD_OTHER_DOSSIER,      /* another dossier */
  DOSSIER_LOAD_SAME_DOSSIER,       /* a new analysis or a copy of this one */
  DOSSIER_LOAD_IMPORT,             /* articles added: they are announced */
  DOSSIER_LOAD_PASTE,              /* an article pasted: it is shown */
} DossierLoadKind;

/* Where the researcher was when a load began. */
typedef struct
{
  DossierWindow *self;             /* a reference */
  DossierLoadKind kind;
  gboolean fresh;                  /* another dossier: the view starts afresh */
  guint n_before;                  /* articles before an import */
  gint64 source_id;                /* the article read: its source in the dossier file… */
  int document;                    /* …or its index, outside one; -1 for none */
  gint64 reader_place;             /* where in it (dossier_reader_get_place ()) */
  char *side_page;                 /* the inspector's page */
  char *entity_key;                /* the entity it showed, or NULL */
  char *then_show_entity;          /* an entity to show instead, when that one is gone (merged) */
} DossierLoad;

/* dossier-window-list.c */
void           _dossier_window_class_list_init       (GtkWidgetClass     *widget_class);
gboolean       _dossier_window_article_matches       (gpointer            item,
                                                      gpointer            user_data);
int            _dossier_window_compare_articles      (gconstpointer       a,
                                                      gconstpointer       b,
                                                      gpointer            user_data);

/* dossier-window-actions.c */
void           _dossier_window_class_actions_init    (GtkWidgetClass     *widget_class);
void           _dossier_window_actions_init          (DossierWindow      *self);

/* dossier-window-files.c */
void           _dossier_window_files_init            (DossierWindow      *self);
void           _dossier_window_loaded                (GObject            *source,
                                                      GAsyncResult       *result,
                                                      gpointer            user_data);
DossierCorpus *_dossier_window_dup_import_target     (DossierWindow      *self,
                                                      gboolean           *fresh);
void           _dossier_window_open_sample           (DossierWindow      *self);
gboolean       _dossier_window_open_dossier          (DossierWindow      *self,
                                                      const char         *path);
gboolean       _dossier_window_open_last             (DossierWindow      *self,
                                                      const char         *path);
void           _dossier_window_choose_dossier        (DossierWindow      *self);
void           _dossier_window_new_dossier           (DossierWindow      *self);
gboolean       _dossier_window_save_as               (DossierWindow      *self,
                                                      const char         *path);
void           _dossier_window_choose_save_as        (DossierWindow      *self);
void           _dossier_window_export                (DossierWindow      *self);
void           _dossier_window_export_chronology     (DossierWindow      *self);
void           _dossier_window_open_exported         (DossierWindow      *self,
                                                      const char         *path);
void           _dossier_window_open_original         (DossierWindow      *self,
                                                      const char         *uri);
void           _dossier_window_update_recent_menu    (DossierWindow      *self);
gboolean       _dossier_window_close_request         (DossierWindow      *self);

/* dossier-window-import.c */
void           _dossier_window_import_init           (DossierWindow      *self);
void           _dossier_window_import_paths          (DossierWindow      *self,
                                                      const char * const *paths);
void           _dossier_window_choose_articles       (DossierWindow      *self,
                                                      gboolean            folder);
void           _dossier_window_paste_article         (DossierWindow      *self);

/* dossier-window-corrections.c */
typedef void (*DossierTextAnswer)   (DossierWindow *self,
                                     const char    *answer,
                                     const char    *data);
typedef void (*DossierChoiceAnswer) (DossierWindow *self,
                                     const char    *chosen_key,
                                     const char    *data);
/* One of the things _dossier_window_choose () offers. */
typedef struct
{
  char *key;
  char *title;
  char *subtitle;
} DossierChoice;

DossierChoice *dossier_choice_new                    (const char         *key,
                                                      const char         *title,
                                                      const char         *subtitle);
void           dossier_choice_free                   (DossierChoice      *choice);
void           _dossier_window_apply_correction      (DossierWindow      *self,
                                                      gint64              source,
                                                      const DossierCorrection *correction,
                                                      const char         *done,
                                                      const char         *then_show_entity);
void           _dossier_window_reanalyse             (DossierWindow      *self,
                                                      const char         *then_show_entity);
void           _dossier_window_ask_text              (DossierWindow      *self,
                                                      const char         *heading,
                                                      const char         *body,
                                                      const char         *initial,
                                                      const char         *apply_label,
                                                      DossierTextAnswer   answer,
                                                      const char         *data);
/* A dialog to choose one of @choices (of DossierChoice*, in the order
 * shown), searchable, with nothing chosen at first; @answer gets the key
 * chosen and @data. */
void           _dossier_window_choose                (DossierWindow      *self,
                                                      const char         *heading,
                                                      const char         *body,
                                                      const char         *list_label,
                                                      GPtrArray          *choices,
                                                      const char         *apply_label,
                                                      DossierChoiceAnswer answer,
                                                      const char         *data);
void           _dossier_window_annotate              (DossierWindow      *self,
                                                      guint               colour,
                                                      gint64              start,
                                                      gint64              end,
                                                      DossierReader      *reader);
void           _dossier_window_save_annotation       (DossierWindow      *self,
                                                      DossierAnnotation  *annotation,
                                                      DossierReader      *reader);
void           _dossier_window_delete_annotation     (DossierWindow      *self,
                                                      DossierAnnotation  *annotation);
void           _dossier_window_undo_delete           (DossierWindow      *self);
void           _dossier_window_undo_correction       (DossierWindow      *self,
                                                      gint64              id);
void           _dossier_window_edit_colour_labels    (DossierWindow      *self);

/* dossier-window-entities.c */
void           _dossier_window_rename_entity         (DossierWindow      *self,
                                                      const char         *key);
void           _dossier_window_retype_entity         (DossierWindow      *self,
                                                      const char         *key,
                                                      const char         *type);
void           _dossier_window_merge_entity          (DossierWindow      *self,
                                                      const char         *key);
void           _dossier_window_split_entity          (DossierWindow      *self,
                                                      const char         *key,
                                                      const char         *alias);
void           _dossier_window_not_a_name            (DossierWindow      *self,
                                                      const char         *key);
void           _dossier_window_mark_name             (DossierWindow      *self,
                                                      const char         *type);
void           _dossier_window_keep_apart            (DossierWindow      *self,
                                                      const char         *key,
                                                      const char         *spelling);

/* dossier-window-articles.c */
void           _dossier_window_set_published         (DossierWindow      *self);
void           _dossier_window_edit_article          (DossierWindow      *self,
                                                      gint64              source,
                                                      const char         *field,
                                                      const char         *value);
void           _dossier_window_set_address           (DossierWindow      *self);
void           _dossier_window_undo_address          (DossierWindow      *self,
                                                      gint64              source,
                                                      const char         *address);
void           _dossier_window_keep_uncleaned        (DossierWindow      *self,
                                                      gint64              source);
void           _dossier_window_remove_article        (DossierWindow      *self,
                                                      gint64              source);
void           _dossier_window_undo_remove_article   (DossierWindow      *self,
                                                      gint64              source);

/* dossier-window-events.c */
void           _dossier_window_rename_event          (DossierWindow      *self,
                                                      const char         *key);
void           _dossier_window_redate_event          (DossierWindow      *self,
                                                      const char         *key);
void           _dossier_window_merge_event           (DossierWindow      *self,
                                                      const char         *key);
void           _dossier_window_split_event_source    (DossierWindow      *self,
                                                      const char         *target);
void           _dossier_window_hide_event            (DossierWindow      *self,
                                                      const char         *key,
                                                      gboolean            hidden);
void           _dossier_window_new_event_from_selection (DossierWindow   *self);

/* dossier-window-place.c */
void           _dossier_window_place_init            (DossierWindow      *self);
void           _dossier_window_place_dispose         (DossierWindow      *self);
DossierLoad   *_dossier_window_begin_load            (DossierWindow      *self,
                                                      DossierLoadKind     kind);
void           _dossier_window_end_load              (DossierLoad        *load,
                                                      gboolean            done);
void           _dossier_window_reset_view            (DossierWindow      *self);
gboolean       _dossier_window_select_article        (DossierWindow      *self,
                                                      guint               document);
void           _dossier_window_show_content          (DossierWindow      *self);

/* A message at the bottom of the window for a while: what went wrong, or
 * needs saying now, at once (an announcement with a button waits). */
static inline void
_dossier_window_toast (DossierWindow *self,
                       const char    *message)
{
  AdwToast *notice = adw_toast_new (message);

  adw_toast_set_timeout (notice, 6);
  adw_toast_set_priority (notice, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toasts, notice);
}

/* The same with a button that activates @action (with @target, floating,
 * or NULL). */
static inline void
_dossier_window_toast_with_action (DossierWindow *self,
                                   const char    *message,
                                   const char    *button,
                                   const char    *action,
                                   GVariant      *target)
{
  AdwToast *notice = adw_toast_new (message);

  adw_toast_set_timeout (notice, 8);
  adw_toast_set_button_label (notice, button);
  adw_toast_set_action_name (notice, action);
  if (target != NULL)
    adw_toast_set_action_target_value (notice, target);
  adw_toast_overlay_add_toast (self->toasts, notice);
}

/* Whether an import or analysis is under way: the progress bar shows and
 * imports wait (see the "busy" property). */
static inline void
_dossier_window_set_busy (DossierWindow *self,
                          gboolean       busy)
{
  g_object_set (self, "busy", busy, NULL);
}

/* What each colour means in @corpus's dossier file; the defaults without
 * one.  DOSSIER_N_COLOURS strings. */
static inline GStrv
_dossier_window_dup_colour_labels (DossierCorpus *corpus)
{
  DossierStore *store = corpus != NULL ? dossier_corpus_get_store (corpus) : NULL;
  GStrv labels = g_new0 (char *, DOSSIER_N_COLOURS + 1);

  for (guint c = 0; c < DOSSIER_N_COLOURS; c++)
    labels[c] = store != NULL ? dossier_store_dup_colour_label (store, c)
                              : g_strdup (dossier_colour_get_default_label (c));
  return labels;
}

G_END_DECLS
