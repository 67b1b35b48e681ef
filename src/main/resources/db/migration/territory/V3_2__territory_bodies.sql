-- Bodies of a unit over time: the People's Committee's departments and offices (phòng, sở, văn phòng), the Front
-- committee (Ủy ban MTTQ), its member organisations and a residential area's Ban Công tác Mặt trận. A body is valid
-- on [valid_from, valid_to); ending a body sets valid_to. What each body does is its functions (names of
-- vn.chungsuc.shared.permission.Function), data an administrator may correct: tasks, routing and permissions name
-- bodies by code. source says where the name and dates come from; null when unconfirmed.
create table territory_body (
    id         bigserial primary key,
    code       text not null unique check (code ~ '^[A-Z0-9]+(-[A-Z0-9]+)*$'),
    unit_code  text not null references territory_unit (code),
    kind       text not null check (kind in ('GOVERNMENT', 'FRONT_COMMITTEE', 'FRONT_MEMBER', 'AREA_FRONT_COMMITTEE')),
    functions  text[] not null default '{}',
    name       text collate territory_vi not null check (btrim(name) <> ''),
    valid_from date not null,
    valid_to   date,
    source     text,
    created_at timestamptz not null default now(),
    check (valid_to is null or valid_to > valid_from)
);
create index territory_body_unit on territory_body (unit_code, valid_from);
