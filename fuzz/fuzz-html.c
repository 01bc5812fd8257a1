/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-fuzz.h"

#include "dossier-html.h"

int
dossier_fuzz_html (const guint8 *data,
                   gsize         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierDocument) document = dossier_html_clean (data, size, NULL, &error);

  g_assert ((document == NULL) != (error == NULL));
  return 0;
}
