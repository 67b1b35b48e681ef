-- The recount of one decision's units (a few residential areas) reads their awards through this index rather than
-- every award of the title's years: what keeps a title decision's freshness flat at province scale.
create index recognition_award_unit on recognition_award (title_code, counted_unit, year);
