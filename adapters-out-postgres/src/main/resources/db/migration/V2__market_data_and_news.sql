-- Market data with its provenance, news articles stored once per URL, and the failures of their sources.

-- The latest quote per instrument; a save replaces it only when its as-of time is not older.
create table quotes_latest (
    symbol         text primary key,
    price          numeric     not null check (price > 0),
    previous_close numeric     not null check (previous_close > 0),
    currency       text        not null,
    source         text        not null,
    as_of          timestamptz not null,
    fetched_at     timestamptz not null,
    status         text        not null check (status in ('FRESH', 'STALE', 'FALLBACK'))
);

-- Daily closes. The port carries no provenance for a history, so source stays null until it does.
create table price_history (
    symbol     text    not null,
    trade_date date    not null,
    close      numeric not null check (close > 0),
    source     text,
    fetched_at timestamptz not null default now(),
    primary key (symbol, trade_date)
);

-- The global crypto market over time, one row per as-of time; the latest is the one with the greatest as-of.
create table crypto_market (
    as_of                         timestamptz primary key,
    total_market_cap_usd          numeric     not null check (total_market_cap_usd > 0),
    market_cap_change_24h_percent numeric     not null,
    source                        text        not null,
    fetched_at                    timestamptz not null,
    status                        text        not null check (status in ('FRESH', 'STALE', 'FALLBACK'))
);

-- The crypto fear and greed index over time, like crypto_market.
create table fear_greed (
    as_of          timestamptz primary key,
    value          int         not null check (value between 0 and 100),
    classification text        not null,
    source         text        not null,
    fetched_at     timestamptz not null,
    status         text        not null check (status in ('FRESH', 'STALE', 'FALLBACK'))
);

-- News articles, once per normalised URL. The cap keeps URLs well inside a b-tree index entry.
create table articles (
    id           bigserial primary key,
    url          text        not null unique constraint articles_url_length check (char_length(url) <= 2000),
    category     text        not null,
    title        text        not null,
    summary      text        not null,
    source       text        not null,
    published_at timestamptz not null,
    ingested_at  timestamptz not null default now()
);

create index articles_category_published on articles (category, published_at desc);

-- Failed reads of sources, for operators. The repository truncates reasons to the cap.
create table source_failures (
    id        bigserial primary key,
    source    text        not null,
    kind      text        not null,
    reason    text        not null check (char_length(reason) <= 2000),
    failed_at timestamptz not null
);

create index source_failures_failed_at on source_failures (failed_at desc);
