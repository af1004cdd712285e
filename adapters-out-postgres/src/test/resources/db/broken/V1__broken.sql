-- A deliberately broken migration for the failure test.
create table broken (id int primary key);
this is not sql;
