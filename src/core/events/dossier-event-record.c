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
