/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-threads.h"

void
dossier_threads_run (const char  *name,
                     GThreadFunc  work,
                     gpointer     states,
                     gsize        state_size,
                     guint        n)
{
  g_autofree GThread **threads = g_new0 (GThread *, MAX (n, 1));

  for (guint t = 1; t < n; t++)
    threads[t] = g_thread_new (name, work, (guint8 *) states + t * state_size);
  work (states);
  for (guint t = 1; t < n; t++)
    g_thread_join (threads[t]);
}
