-- Editions of the newsletter, one per day, and their sections in order.
create table editions (
    edition_date date primary key,
    status       text        not null check (status in ('DRAFT', 'PUBLISHED')),
    created_at   timestamptz not null,
    published_at timestamptz,
    updated_at   timestamptz not null default now(),
    check ((status = 'PUBLISHED') = (published_at is not null))
);

create index editions_published_date on editions (edition_date desc) where status = 'PUBLISHED';

create table edition_sections (
    edition_date date not null references editions on delete cascade,
    position     int  not null check (position >= 0),
    kind         text not null,
    title        text not null,
    summary      text not null,
    body         text not null,
    -- The key points joined by a newline; the domain forbids newlines inside a point.
    key_points   text not null,
    primary key (edition_date, position),
    unique (edition_date, kind)
);
