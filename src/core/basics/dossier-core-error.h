/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define DOSSIER_CORE_ERROR (dossier_core_error_quark ())

typedef enum
{
  DOSSIER_CORE_ERROR_EMPTY,        /* nothing but whitespace */
  DOSSIER_CORE_ERROR_BINARY,       /* NUL bytes or other control data */
  DOSSIER_CORE_ERROR_TOO_LARGE,    /* over the configured size limit */
  DOSSIER_CORE_ERROR_ENCODING,     /* could not be decoded as text */
  DOSSIER_CORE_ERROR_NO_ARTICLE,   /* decoded, but no article text was found */
} DossierCoreError;

GQuark dossier_core_error_quark (void);

G_END_DECLS
