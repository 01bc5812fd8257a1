/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The tables tools/gen-outlets.py compiles from data/outlets/outlets.tsv
 * (dossier-outlets-data.c, generated) and dossier-outlets.c searches. */

#pragma once

#include "dossier-outlets.h"

G_BEGIN_DECLS

typedef struct
{
  const char *key;  /* a domain, or a name's normal form (dossier_outlet_name_key ()) */
  int outlet;       /* index into _dossier_outlets; -1 for a name several outlets share */
} DossierOutletKey;

extern const DossierOutlet _dossier_outlets[];
extern const guint _dossier_n_outlets;
/* Both sorted by strcmp () of their keys. */
extern const DossierOutletKey _dossier_outlet_domains[];
extern const guint _dossier_n_outlet_domains;
extern const DossierOutletKey _dossier_outlet_names[];
extern const guint _dossier_n_outlet_names;
/* "ad ae af … zw": the two-letter top-level domains, space-separated. */
extern const char _dossier_country_domains[];

G_END_DECLS
