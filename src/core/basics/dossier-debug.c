/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-debug.h"

gboolean
dossier_debug_enabled (void)
{
  static gsize state = 0;  /* 0 unknown, 1 off, 2 on */

  if (g_once_init_enter (&state))
    {
      const char *domains = g_getenv ("G_MESSAGES_DEBUG");
      g_once_init_leave (&state, domains != NULL && *domains != '\0' ? 2 : 1);
    }
  return state == 2;
}
