/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "config.h"

#include "dossier-timeline-lanes.h"

/* What a lane holds: the extents placed in it, ordered by their left
 * edges (they never overlap, so by their right edges too). */
typedef struct
{
  double left;
  double right;
} Extent;

/* The index of the first extent of @lane that starts at or after @x. */
static guint
first_from (GArray *lane,
            double  x)
{
  guint low = 0, high = lane->len;

  while (low < high)
    {
      guint middle = (low + high) / 2;

      if (g_array_index (lane, Extent, middle).left < x)
        low = middle + 1;
      else
        high = middle;
    }
  return low;
}

/* The free room of @lane around @left…@right, with @gap to each
 * neighbour: in @room_left the least x free before, in @room_right the
 * greatest after.  FALSE when something lies on the extent itself. */
static gboolean
free_room (GArray *lane,
           double  left,
           double  right,
           double  gap,
           double  width,
           double *room_left,
           double *room_right)
{
  guint next = first_from (lane, left);

  *room_left = 0;
  *room_right = width;
  if (next > 0)
    {
      const Extent *before = &g_array_index (lane, Extent, next - 1);

      if (before->right + gap > left)
        return FALSE;
      *room_left = before->right + gap;
    }
  if (next < lane->len)
    {
      const Extent *after = &g_array_index (lane, Extent, next);

      if (after->left < right + gap)
        return FALSE;
      *room_right = after->left - gap;
    }
  return TRUE;
}

static void
take (GArray          *lane,
      DossierLaneItem *item)
{
  Extent extent = { item->left, item->right };

  g_array_insert_val (lane, first_from (lane, item->left), extent);
}

/* Tries @item in @lane: its whole title to the right, else to the left;
 * with @cut, a title cut to the room there is (not below @min_title). */
static gboolean
try_lane (GArray          *lane,
          DossierLaneItem *item,
          double           width,
          double           gap,
          double           min_title,
          gboolean         cut)
{
  double mark_left = item->x, mark_right = item->x + item->mark_width;
  double title = item->title_width > 0 ? gap + item->title_width : 0;
  double room_left, room_right;

  if (!free_room (lane, mark_left, mark_right, gap, width, &room_left, &room_right))
    return FALSE;
  /* To the right, then to the left: whole, or cut to the room. */
  for (int side = 0; side < 2; side++)
    {
      double room = side == 0 ? room_right - mark_right : mark_left - room_left;
      double shown;

      if (room >= title)
        shown = item->title_width;
      else if (cut && item->title_width > 0 && room - gap >= MIN (min_title, item->title_width))
        shown = room - gap;
      else
        continue;
      item->placed = TRUE;
      item->flipped = side == 1;
      item->shown_title_width = shown;
      item->left = side == 0 ? mark_left : mark_left - (shown > 0 ? gap + shown : 0);
      item->right = side == 0 ? mark_right + (shown > 0 ? gap + shown : 0) : mark_right;
      take (lane, item);
      return TRUE;
    }
  return FALSE;
}

void
dossier_timeline_lanes_place (DossierLaneItem *items,
                              guint            n_items,
                              const guint     *order,
                              guint            n_lanes,
                              double           width,
                              double           gap,
                              double           min_title)
{
  g_autoptr(GPtrArray) lanes = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  g_return_if_fail (n_items == 0 || (items != NULL && order != NULL));

  for (guint l = 0; l < n_lanes; l++)
    g_ptr_array_add (lanes, g_array_new (FALSE, FALSE, sizeof (Extent)));
  for (guint i = 0; i < n_items; i++)
    items[i].placed = FALSE;

  for (guint k = 0; k < n_items; k++)
    {
      DossierLaneItem *item = &items[order[k]];

      /* The whole title in the lowest lane that has room for it; else cut
       * shorter in the lowest that has some. */
      for (int cut = 0; cut < 2 && !item->placed; cut++)
        for (guint l = 0; l < n_lanes && !item->placed; l++)
          if (try_lane (g_ptr_array_index (lanes, l), item, width, gap, min_title, cut))
            item->lane = l;
    }
}

GArray *
dossier_timeline_lanes_cluster (const DossierLaneItem *items,
                                guint                  n_items,
                                double                 spacing)
{
  GArray *clusters = g_array_new (FALSE, FALSE, sizeof (DossierLaneCluster));

  for (guint i = 0; i < n_items; i++)
    {
      const DossierLaneItem *item = &items[i];
      DossierLaneCluster *last = clusters->len > 0 ? &g_array_index (clusters, DossierLaneCluster,
                                                                     clusters->len - 1) : NULL;

      if (item->placed)
        continue;
      if (last != NULL && item->x - last->right < spacing)
        {
          last->right = MAX (last->right, item->x + item->mark_width);
          last->last = i;
          last->count++;
        }
      else
        {
          DossierLaneCluster cluster = { 0, item->x, item->x + item->mark_width, i, i, 1 };

          g_array_append_val (clusters, cluster);
        }
    }
  for (guint c = 0; c < clusters->len; c++)
    {
      DossierLaneCluster *cluster = &g_array_index (clusters, DossierLaneCluster, c);

      cluster->x = (cluster->left + cluster->right) / 2;
    }
  return clusters;
}
