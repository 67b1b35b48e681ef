-- Figure sets are now stored under the first day of the span of dates with the same tree of units (FactBook,
-- UnitPlacements.sameTreeAs) rather than under each view date asked for: the sets stored under other dates would
-- never be read again, yet be kept current on every change. They go; the dashboard's warm-up (or the first view)
-- rebuilds them from the facts, which stay.
truncate indicators_figure, indicators_figure_set;
