/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Where the timeline's titled markers go (dossier-timeline-lanes): each
 * takes the lowest lane where its mark and whole title fit, flipping the
 * title left or cutting it shorter only where it must; what finds no
 * lane is gathered into "+N" clusters by where it lies. */

#include "dossier-timeline-lanes.h"

#define GAP 6
#define MIN_TITLE 64

static DossierLaneItem
item (double x,
      double title)
{
  return (DossierLaneItem) { .x = x, .mark_width = 30, .title_width = title };
}

static void
assert_apart (const DossierLaneItem *items,
              guint                  n)
{
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      if (items[i].placed && items[j].placed && items[i].lane == items[j].lane)
        g_assert_true (items[i].right + GAP <= items[j].left || items[j].right + GAP <= items[i].left);
}

/* Two events a day apart with long titles: one lane each, both whole. */
static void
test_neighbours_take_lanes (void)
{
  DossierLaneItem items[] = { item (100, 300), item (130, 300) };
  const guint order[] = { 0, 1 };

  dossier_timeline_lanes_place (items, 2, order, 3, 1000, GAP, MIN_TITLE);
  g_assert_true (items[0].placed && items[1].placed);
  g_assert_cmpuint (items[0].lane, ==, 0);
  g_assert_cmpuint (items[1].lane, ==, 1);
  g_assert_false (items[0].flipped || items[1].flipped);
  g_assert_cmpfloat (items[0].shown_title_width, ==, 300);
  g_assert_cmpfloat (items[1].shown_title_width, ==, 300);
  assert_apart (items, 2);
}

/* Near the view's right edge a title goes left of its mark. */
static void
test_title_flips_at_edge (void)
{
  DossierLaneItem items[] = { item (900, 300) };
  const guint order[] = { 0 };

  dossier_timeline_lanes_place (items, 1, order, 2, 1000, GAP, MIN_TITLE);
  g_assert_true (items[0].placed);
  g_assert_true (items[0].flipped);
  g_assert_cmpfloat (items[0].right, ==, 930);
  g_assert_cmpfloat (items[0].left, ==, 900 - GAP - 300);
}

/* With one lane and no room for the whole title, it is cut to the room
 * (never below MIN_TITLE); the more important event comes first. */
static void
test_cut_and_priority (void)
{
  DossierLaneItem items[] = { item (100, 300), item (250, 300) };
  const guint second_first[] = { 1, 0 };

  dossier_timeline_lanes_place (items, 2, second_first, 1, 1000, GAP, MIN_TITLE);
  g_assert_true (items[1].placed);
  g_assert_cmpfloat (items[1].shown_title_width, ==, 300);
  g_assert_true (items[0].placed);
  g_assert_cmpfloat (items[0].shown_title_width, <, 300);
  g_assert_cmpfloat (items[0].shown_title_width, >=, MIN_TITLE);
  assert_apart (items, 2);
}

/* A crowd on a few days, two lanes: what finds no room is gathered, one
 * cluster where it lies close, apart where it lies far. */
static void
test_crowd_clusters (void)
{
  DossierLaneItem items[12];
  guint order[12];
  g_autoptr(GArray) clusters = NULL;
  guint placed = 0, gathered = 0;

  for (guint i = 0; i < 10; i++)
    items[i] = item (200 + i * 3, 200);
  items[10] = item (800, 100);
  items[11] = item (803, 100);
  for (guint i = 0; i < 12; i++)
    order[i] = i;
  dossier_timeline_lanes_place (items, 12, order, 2, 1000, GAP, MIN_TITLE);
  assert_apart (items, 12);
  for (guint i = 0; i < 12; i++)
    placed += items[i].placed;
  g_assert_cmpuint (placed, <, 12);
  clusters = dossier_timeline_lanes_cluster (items, 12, 44);
  for (guint c = 0; c < clusters->len; c++)
    {
      const DossierLaneCluster *cluster = &g_array_index (clusters, DossierLaneCluster, c);

      gathered += cluster->count;
      g_assert_cmpfloat (cluster->x, >=, cluster->left);
      g_assert_cmpfloat (cluster->x, <=, cluster->right);
    }
  /* Every event is either placed or counted once. */
  g_assert_cmpuint (placed + gathered, ==, 12);
  /* The crowd at 200 is one "+N", left of anything at 800. */
  g_assert_cmpfloat (g_array_index (clusters, DossierLaneCluster, 0).right, <, 800);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timeline-lanes/neighbours-take-lanes", test_neighbours_take_lanes);
  g_test_add_func ("/timeline-lanes/title-flips-at-edge", test_title_flips_at_edge);
  g_test_add_func ("/timeline-lanes/cut-and-priority", test_cut_and_priority);
  g_test_add_func ("/timeline-lanes/crowd-clusters", test_crowd_clusters);

  return g_test_run ();
}
