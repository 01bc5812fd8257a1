/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-event-record.h"

void
dossier_event_record_free (DossierEventRecord *event)
{
  if (event == NULL)
    return;
  g_free (event->summary);
  g_array_unref (event->entities);
  g_array_unref (event->sources);
  if (event->links != NULL)
    {
      for (guint i = 0; i < event->links->len; i++)
        {
          DossierEventLink *link = &g_array_index (event->links, DossierEventLink, i);
          g_free (link->action_a);
          g_free (link->action_b);
        }
      g_array_unref (event->links);
    }
  g_free (event);
}

guint
dossier_event_record_count_articles (const DossierEventRecord *event,
                                     const gboolean           *included)
{
  guint n = 0;

  /* Sources are in document order: a new document is a new article. */
  for (guint s = 0; s < event->sources->len; s++)
    {
      const DossierEventSource *source = &g_array_index (event->sources, DossierEventSource, s);

      if (included != NULL && !included[source->document])
        continue;
      if (s == 0 || g_array_index (event->sources, DossierEventSource, s - 1).document != source->document ||
          (included != NULL && !included[g_array_index (event->sources, DossierEventSource, s - 1).document]))
        n++;
    }
  return n;
}

GPtrArray *
dossier_event_record_dup_outlets (const DossierEventRecord *event,
                                  GPtrArray                *documents,
                                  const gboolean           *included,
                                  guint                    *n_outlets)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) unnamed = g_hash_table_new (NULL, NULL);

  for (guint s = 0; s < event->sources->len; s++)
    {
      const DossierEventSource *source = &g_array_index (event->sources, DossierEventSource, s);
      const DossierDocument *document;

      if (included != NULL && !included[source->document])
        continue;
      document = g_ptr_array_index (documents, source->document);
      if (document->outlet == NULL || document->outlet[0] == '\0')
        {
          g_hash_table_add (unnamed, GUINT_TO_POINTER (source->document + 1));
          continue;
        }
      {
        g_autofree char *folded = g_utf8_casefold (document->outlet, -1);

        if (!g_hash_table_contains (seen, folded))
          {
            g_hash_table_add (seen, g_steal_pointer (&folded));
            g_ptr_array_add (names, g_strdup (document->outlet));
          }
      }
    }
  if (n_outlets != NULL)
    *n_outlets = names->len + g_hash_table_size (unnamed);
  return names;
}

const char *
dossier_link_reason_to_string (DossierLinkReason reason)
{
  switch (reason)
    {
    case DOSSIER_LINK_DATE: return "date";
    case DOSSIER_LINK_WORDS: return "words";
    case DOSSIER_LINK_PARTICIPANTS: return "participants";
    case DOSSIER_LINK_ACTION: return "action";
    case DOSSIER_LINK_TOLD_AFTER: return "told-after";
    case DOSSIER_LINK_SAME_TIME: return "same-time";
    case DOSSIER_LINK_CONTINUES: return "continues";
    case DOSSIER_LINK_FIGURE: return "figure";
    default: return NULL;
    }
}

const char *
dossier_source_dating_to_string (DossierSourceDating dating)
{
  switch (dating)
    {
    case DOSSIER_DATED_BY_EXPRESSION: return "expression";
    case DOSSIER_DATED_IMPLICITLY: return "implicit";
    case DOSSIER_DATED_BY_CONTENT: return "content";
    case DOSSIER_DATED_BY_PREVIOUS: return "previous";
    case DOSSIER_DATED_AS_SAYING: return "saying";
    case DOSSIER_DATED_AS_CONTINUATION: return "continuation";
    default: return NULL;
    }
}
