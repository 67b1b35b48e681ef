-- A round's list (its page, its decision, the areas it changes) read through an index rather than a scan of every
-- classification of every year: a province holds 1.1 million a year.
create index poverty_classification_round on poverty_classification (round_id) where round_id is not null;
