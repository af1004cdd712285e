-- Provenance for daily closes: each row keeps the source, as-of time, fetch time and status of the history it came
-- with. Rows stored before this carry no provenance; they are marked as from an unknown source, as of their fetch
-- time, and STALE, since nothing says how fresh they were.
alter table price_history add column as_of timestamptz;
alter table price_history add column status text;

update price_history
set source = coalesce(nullif(source, ''), 'unknown'),
    as_of  = fetched_at,
    status = 'STALE';

alter table price_history alter column source set not null;
alter table price_history alter column as_of set not null;
alter table price_history alter column status set not null;
alter table price_history alter column fetched_at drop default;
alter table price_history add check (source <> '');
alter table price_history add check (status in ('FRESH', 'STALE', 'FALLBACK'));
