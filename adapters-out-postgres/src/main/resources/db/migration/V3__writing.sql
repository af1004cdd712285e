-- Every call to a writing provider (cache hits and failures included), for cost control and spend reports.
create table model_calls (
    id            bigserial primary key,
    at            timestamptz    not null,
    provider      text           not null,
    model         text           not null,
    input_tokens  int            not null check (input_tokens >= 0),
    output_tokens int            not null check (output_tokens >= 0),
    cost          numeric(18, 6) not null check (cost >= 0),
    latency_ms    bigint         not null check (latency_ms >= 0),
    cache_hit     boolean        not null,
    succeeded     boolean        not null,
    failure       text,
    edition_date  date,
    section       text,
    check (succeeded = (failure is null))
);

create index model_calls_at on model_calls (at);
create index model_calls_edition_date on model_calls (edition_date) where edition_date is not null;

-- The fact-check verdict stored with each section: null when the section was not checked. fact_check holds the
-- checked facts and the mismatches as escaped lines (see FactCheckText).
alter table edition_sections add column fact_check_passed boolean;
alter table edition_sections add column fact_check text;
alter table edition_sections add check ((fact_check_passed is null) = (fact_check is null));
