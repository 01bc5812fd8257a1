/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Where everything goes: the sizes of the timeline's rows, the view's
 * range fitted to the events, who gets a lane first, and the layout of
 * the events in view as lane items, placed in lanes or gathered into
 * "+N" clusters.  The arithmetic of the axis is dossier-timeline-layout.c's,
 * the lanes dossier-timeline-lanes.c's; no widget is made or moved here. */

#include "config.h"

#include "dossier-timeline.h"
#include "dossier-timeline-private.h"

/* Sizes of things. */

/* The dot of an event reported by @n_outlets outlets: 10 to 22 pixels. */
int
_dossier_timeline_dot_size (guint n_outlets)
{
  return 10 + 4 * (int) MIN (MAX (n_outlets, 1) - 1, 3);
}

static guint
lane_count (int height)
{
  int room = height - TOP_ROW - CLUSTER_ROW - AXIS_HEIGHT;

  return (guint) MAX (room / LANE_HEIGHT, 1);
}

/* Where lanes end, above the "+N" row. */
int
_dossier_timeline_lanes_bottom (int height)
{
  return height - AXIS_HEIGHT - CLUSTER_ROW;
}

int
_dossier_timeline_lane_y (int   height,
                          guint lane)
{
  return _dossier_timeline_lanes_bottom (height) - (int) (lane + 1) * LANE_HEIGHT + (LANE_HEIGHT - MARKER_HEIGHT) / 2;
}

/* The first words of @summary, cut at a word, within TITLE_CHARS. */
static char *
shorten_title (const char *summary)
{
  const char *cut, *space = NULL;

  if (summary == NULL)
    return g_strdup ("");
  if (g_utf8_strlen (summary, -1) <= TITLE_CHARS)
    return g_strdup (summary);
  cut = g_utf8_offset_to_pointer (summary, TITLE_CHARS - 1);
  for (const char *p = summary; p < cut; p = g_utf8_next_char (p))
    if (*p == ' ')
      space = p;
  if (space != NULL && space - summary > (cut - summary) / 2)
    cut = space;
  while (cut > summary && (cut[-1] == ',' || cut[-1] == ' ' || cut[-1] == ':' || cut[-1] == ';'))
    cut--;
  return g_strdup_printf ("%.*s…", (int) (cut - summary), summary);
}

/* The short title of the event at @position. */
const char *
_dossier_timeline_get_title (DossierTimeline *self,
                             guint            position)
{
  char **title = (char **) &g_ptr_array_index (self->titles, position);

  if (*title == NULL)
    *title = shorten_title (dossier_event_get_summary (g_ptr_array_index (self->event_items, position)));
  return *title;
}

static double
measure_title (DossierTimeline *self,
               guint            position)
{
  double width = g_array_index (self->title_widths, double, position);

  if (width < 0)
    {
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (self->title_probe_label,
                                                                       _dossier_timeline_get_title (self, position));
      int pixels, chrome, unused;

      /* The marker's own width around its title (its padding, the dot's
       * slot, the gap, and whatever its style adds), from a marker with
       * no title; the lanes count a mark and a gap, the rest is the
       * title's. */
      gtk_widget_measure (self->title_probe, GTK_ORIENTATION_HORIZONTAL, -1, &unused, &chrome, NULL, NULL);
      pango_layout_get_pixel_size (layout, &pixels, NULL);
      width = pixels + chrome - (DOT_SLOT + 2 * PADDING) - GAP;
      g_array_index (self->title_widths, double, position) = width;
    }
  return width;
}

/* Who gets a lane first: the event focused, those of the article read,
 * those more outlets report, more articles, then the earlier. */
static int
compare_priority (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  DossierTimeline *self = user_data;
  guint i = *(const guint *) a, j = *(const guint *) b;
  gboolean in_i = g_array_index (self->in_article, gboolean, i);
  gboolean in_j = g_array_index (self->in_article, gboolean, j);
  guint outlets_i = g_array_index (self->n_outlets, guint, i), outlets_j = g_array_index (self->n_outlets, guint, j);
  guint articles_i = g_array_index (self->n_articles, guint, i);
  guint articles_j = g_array_index (self->n_articles, guint, j);

  if (((int) i == self->focused) != ((int) j == self->focused))
    return (int) i == self->focused ? -1 : 1;
  if (in_i != in_j)
    return in_i ? -1 : 1;
  if (outlets_i != outlets_j)
    return outlets_i > outlets_j ? -1 : 1;
  if (articles_i != articles_j)
    return articles_i > articles_j ? -1 : 1;
  return i < j ? -1 : i > j;
}

static void
update_order (DossierTimeline *self)
{
  guint n = self->markers->len;

  if (self->order_valid)
    return;
  g_free (self->order);
  self->order = g_new (guint, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    self->order[i] = i;
  g_qsort_with_data (self->order, (int) n, sizeof (guint), compare_priority, self);
  self->order_valid = TRUE;
}

/* The view's range. */

static int
compare_ints (gconstpointer a,
              gconstpointer b)
{
  int x = *(const int *) a, y = *(const int *) b;

  return x < y ? -1 : x > y;
}

/* The month holding most day-precision events: October 2024 for the
 * sample.  Falls back to every event's span. */
static gboolean
default_range (DossierTimeline *self,
               int             *first_day,
               int             *last_day)
{
  g_autoptr(GHashTable) months = g_hash_table_new (NULL, NULL);
  int best_key = 0;
  guint best = 0;

  for (guint i = 0; i < self->first_days->len; i++)
    {
      int first = g_array_index (self->first_days, int, i);
      int last = g_array_index (self->last_days, int, i);
      DossierDate date;
      int key;
      guint count;

      if (first != last)
        continue;
      date = dossier_date_from_day_number (first);
      key = date.year * 12 + date.month;
      count = GPOINTER_TO_UINT (g_hash_table_lookup (months, GINT_TO_POINTER (key))) + 1;
      g_hash_table_insert (months, GINT_TO_POINTER (key), GUINT_TO_POINTER (count));
      if (count > best || (count == best && key > best_key))
        {
          best = count;
          best_key = key;
        }
    }
  if (best > 0)
    {
      int year = (best_key - 1) / 12, month = (best_key - 1) % 12 + 1;
      DossierDate start = dossier_date_from_day (year, month, 1);
      DossierDate end = dossier_date_from_day (year, month, g_date_get_days_in_month (month, year));
      *first_day = dossier_date_to_day_number (&start);
      *last_day = dossier_date_to_day_number (&end);
      return TRUE;
    }
  return FALSE;
}

static gboolean
full_range (DossierTimeline *self,
            int             *first_day,
            int             *last_day)
{
  if (self->first_days->len == 0)
    return FALSE;
  *first_day = G_MAXINT;
  *last_day = G_MININT;
  for (guint i = 0; i < self->first_days->len; i++)
    {
      *first_day = MIN (*first_day, g_array_index (self->first_days, int, i));
      *last_day = MAX (*last_day, g_array_index (self->last_days, int, i));
    }
  return TRUE;
}

void
_dossier_timeline_fit (DossierTimeline *self,
                       int              width)
{
  int first, last;
  gboolean found = self->want_all ? full_range (self, &first, &last) : default_range (self, &first, &last);

  if (!found && !full_range (self, &first, &last))
    {
      GDateTime *now = g_date_time_new_now_local ();
      DossierDate today = dossier_date_from_day (g_date_time_get_year (now), g_date_time_get_month (now), 1);
      first = dossier_date_to_day_number (&today);
      last = first + 30;
      g_date_time_unref (now);
    }
  self->scale = dossier_timeline_scale_fit (first, last, MAX (width, 100));
  self->scale_set = TRUE;
  self->view_moved = FALSE;
  self->fitted_width = width;

  /* Where the range is wider than the view (a narrow window), the view
   * is centred on the range's events, by their middle one, not left at
   * the range's start with none in sight. */
  {
    double shown_days = MAX (width, 100) / self->scale.pixels_per_day;
    g_autoptr(GArray) inside = g_array_new (FALSE, FALSE, sizeof (int));

    if (shown_days >= last - first + 1)
      return;
    for (guint i = 0; i < self->first_days->len; i++)
      {
        int day = g_array_index (self->first_days, int, i);

        if (day >= first && g_array_index (self->last_days, int, i) <= last)
          g_array_append_val (inside, day);
      }
    if (inside->len == 0)
      return;
    g_array_sort (inside, compare_ints);
    self->scale.first_day = CLAMP (g_array_index (inside, int, inside->len / 2) - shown_days / 2,
                                   first - 0.5, last + 0.5 - shown_days);
  }
}

/* The scale fitted now where it waits for the next allocation: a move
 * made before it (a zoom just after the events changed) starts from the
 * view shown, and is not undone by the fitting. */
void
_dossier_timeline_ensure_scale (DossierTimeline *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));

  if (!self->scale_set && width > 0)
    _dossier_timeline_fit (self, width);
}

/* Where an event's mark lies: a day's dot around its middle, a month's
 * or a year's bar across its days. */
void
_dossier_timeline_mark_extent (DossierTimeline *self,
                               guint            position,
                               double          *left,
                               double          *right)
{
  int first = g_array_index (self->first_days, int, position);
  int last = g_array_index (self->last_days, int, position);

  if (first == last)
    {
      double x = dossier_timeline_scale_x_for_day (&self->scale, first);

      *left = x - DOT_SLOT / 2.0 - PADDING;
      *right = x + DOT_SLOT / 2.0 + PADDING;
    }
  else
    {
      *left = dossier_timeline_scale_x_for_day (&self->scale, first - 0.5);
      *right = dossier_timeline_scale_x_for_day (&self->scale, last + 0.5);
    }
}

/* The layout. */

/* Where everything goes at @width × @height: the events in view as lane
 * items in date order (self->items, self->item_events, self->item_of),
 * placed in lanes, the rest gathered (self->clusters), and how many lie
 * before and after the view.  No widget is touched. */
void
_dossier_timeline_compute_layout (DossierTimeline *self,
                                  int              width,
                                  int              height,
                                  guint           *n_earlier,
                                  guint           *n_later)
{
  guint n = self->markers->len;
  g_autofree guint *order = NULL;
  guint n_order = 0;

  /* Fitted again to a new width until the researcher moves the view. */
  if (!self->scale_set || (!self->view_moved && width != self->fitted_width))
    _dossier_timeline_fit (self, width);
  update_order (self);

  *n_earlier = *n_later = 0;
  g_array_set_size (self->items, 0);
  g_array_set_size (self->item_events, 0);
  g_array_set_size (self->item_of, n);
  for (guint i = 0; i < n; i++)
    {
      double left, right;
      DossierLaneItem item = { 0 };

      g_array_index (self->item_of, int, i) = -1;
      _dossier_timeline_mark_extent (self, i, &left, &right);
      if (right < 0)
        {
          (*n_earlier)++;
          continue;
        }
      if (left > width)
        {
          (*n_later)++;
          continue;
        }
      if (g_array_index (self->first_days, int, i) == g_array_index (self->last_days, int, i))
        {
          item.x = left;
          item.mark_width = right - left;
          item.title_width = measure_title (self, i);
        }
      else
        {
          /* A bar with its dot and title at its start (or where it comes
           * into sight): one mark as wide as the longer of the two. */
          double start = MAX (left, 0);

          item.x = left;
          item.mark_width = MAX (right, start + DOT_SLOT + 2 * PADDING + GAP + measure_title (self, i)) - left;
          item.title_width = 0;
        }
      g_array_index (self->item_of, int, i) = (int) self->items->len;
      g_array_append_val (self->items, item);
      g_array_append_val (self->item_events, i);
    }

  /* Lanes, the most important event first. */
  order = g_new (guint, MAX (self->items->len, 1));
  for (guint k = 0; k < n; k++)
    if (g_array_index (self->item_of, int, self->order[k]) >= 0)
      order[n_order++] = (guint) g_array_index (self->item_of, int, self->order[k]);
  dossier_timeline_lanes_place ((DossierLaneItem *) (void *) self->items->data, self->items->len, order,
                                lane_count (height), width, GAP, MIN_TITLE);
  /* The focused event has a lane even where none had room. */
  if (self->focused >= 0 && (guint) self->focused < n && g_array_index (self->item_of, int, self->focused) >= 0)
    {
      DossierLaneItem *item = &g_array_index (self->items, DossierLaneItem,
                                              g_array_index (self->item_of, int, self->focused));

      if (!item->placed)
        {
          item->placed = TRUE;
          item->lane = 0;
          item->left = item->x;
          item->right = item->x + item->mark_width + (item->title_width > 0 ? GAP + item->title_width : 0);
        }
    }
  g_array_unref (self->clusters);
  self->clusters = dossier_timeline_lanes_cluster ((DossierLaneItem *) (void *) self->items->data,
                                                   self->items->len, BADGE_SPACING);
}

const DossierLaneItem *
_dossier_timeline_placed_item (DossierTimeline *self,
                               guint            position)
{
  int index = position < self->item_of->len ? g_array_index (self->item_of, int, position) : -1;
  const DossierLaneItem *item = index >= 0 ? &g_array_index (self->items, DossierLaneItem, index) : NULL;

  return item != NULL && item->placed ? item : NULL;
}
