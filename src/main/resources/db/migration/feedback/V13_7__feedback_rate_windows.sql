-- The rate limits of the anonymous form and of Open311 (feedback.domain.RateWindows), shared by every instance behind
-- a balancer: one row per limited key (a keyed hash of a client address or phone, or an API key's id) and fixed
-- window; hits is counted by an atomic upsert that refuses to pass the limit. expires_at is when the row stops
-- mattering (the end of the next window), after which it is purged. A challenge of the proof of work that was spent
-- is a row too (hits 1), so that no instance takes it twice.
create table feedback_rate_window (
    rate_key     text not null check (length(rate_key) <= 200),
    window_start timestamptz not null,
    hits         int not null check (hits >= 1),
    expires_at   timestamptz not null,
    primary key (rate_key, window_start)
);
create index feedback_rate_window_expiry on feedback_rate_window (expires_at);

-- The secret every instance signs challenges and hashes addresses and phones with, made by the first instance that
-- needs it (random, 32 bytes), so that a challenge issued by one instance is solved on another and a phone counts the
-- same everywhere. Never shown.
create table feedback_rate_secret (
    id     int primary key check (id = 1),
    secret bytea not null check (length(secret) = 32)
);
