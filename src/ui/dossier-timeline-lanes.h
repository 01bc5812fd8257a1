/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Where the timeline's titled markers go, apart from any widget: each
 * event is a mark at an x (a dot, or a bar across the days of a month or
 * a year) with its title beside it.  The most important come first (the
 * caller says which): each takes the lowest lane where its mark and its
 * whole title fit, to the right of the mark or, where that has no room,
 * to its left; failing that, a lane where its title fits cut shorter (not
 * below @min_title pixels).  Marks that find no room are gathered into
 * clusters by where they lie, to be shown as "+12" and opened by zooming
 * in.  Lanes count from the one nearest the axis. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  /* In: the mark's left edge and width (a dot's, or a bar's across its
   * days); the title's whole width, 0 for none. */
  double x;
  double mark_width;
  double title_width;
  /* Out: whether it has a lane, which, whether its title lies left of the
   * mark, the space it takes (title included) and its title's width as
   * placed (cut shorter where the lane had less room). */
  gboolean placed;
  guint lane;
  gboolean flipped;
  double left;
  double right;
  double shown_title_width;
} DossierLaneItem;

typedef struct
{
  double x;        /* where its badge goes: the middle of its marks */
  double left;     /* the first mark's x, and the last's right edge */
  double right;
  guint first;     /* the first and last of its items, in the items' order */
  guint last;
  guint count;
} DossierLaneCluster;

/* Places @items in @n_lanes lanes across @width pixels, in @order (of
 * item indices, the most important first); @gap between a mark and its
 * title and between neighbours. */
void    dossier_timeline_lanes_place   (DossierLaneItem *items,
                                        guint            n_items,
                                        const guint     *order,
                                        guint            n_lanes,
                                        double           width,
                                        double           gap,
                                        double           min_title);

/* The items that found no lane, gathered where they lie closer than
 * @spacing pixels (from left to right: @items are in the order of their
 * x).  Of DossierLaneCluster. */
GArray *dossier_timeline_lanes_cluster (const DossierLaneItem *items,
                                        guint                  n_items,
                                        double                 spacing);

G_END_DECLS
