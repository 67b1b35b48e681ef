-- A decision's awards (its list, its count, its certificates, the cascade when a decision is deleted) through an
-- index rather than a scan of every award: at province scale (2.3 million family titles over three years) the scan
-- made recording a one-family decision take 0.4 s.
create index recognition_award_decision on recognition_award (decision_id);
