-- Copies the template tenant (created through the real sign-up API) into tenants 2..:tenants and
-- gives every tenant :users users, the way the application writes them. Run as the table owner:
--   psql -v template=<tenant id> -v tenants=1000 -v users=20 -f seed-tenants.sql
-- Passwords: every user gets the template admin's PBKDF2 hash (one hash, computed once by the API).
\set ON_ERROR_STOP on
-- FORCE ROW LEVEL SECURITY applies to the owner too: '*' is the policies' "all tenants" value.
SET app.tenant_id = '*';

BEGIN;

CREATE TEMP TABLE bench_tenants ON COMMIT DROP AS
SELECT gen_random_uuid() AS id, n, format('bench-%s', lpad(n::text, 4, '0')) AS slug
FROM generate_series(2, :tenants) AS n;

INSERT INTO "Tenants" ("Id", "Name", "Slug", "IsActive", "EditionId", "ConnectionString", "ConcurrencyStamp", "CreationTime", "IsDeleted")
SELECT id, format('Bench Company %s', lpad(n::text, 4, '0')), slug, true, NULL, NULL, replace(gen_random_uuid()::text, '-', ''), now(), false
FROM bench_tenants;

-- Static roles, their grants and the tenant's default settings: copies of the template's rows.
INSERT INTO "Roles" ("Id", "TenantId", "IsStatic", "Name", "NormalizedName", "ConcurrencyStamp")
SELECT gen_random_uuid(), t.id, r."IsStatic", r."Name", r."NormalizedName", gen_random_uuid()::text
FROM bench_tenants t CROSS JOIN "Roles" r
WHERE r."TenantId" = :'template';

INSERT INTO "PermissionGrants" ("Id", "TenantId", "Name", "ProviderName", "ProviderKey")
SELECT gen_random_uuid(), t.id, g."Name", g."ProviderName", g."ProviderKey"
FROM bench_tenants t CROSS JOIN "PermissionGrants" g
WHERE g."TenantId" = :'template';

INSERT INTO "SettingValues" ("Id", "TenantId", "UserId", "Name", "Value")
SELECT gen_random_uuid(), t.id, NULL, s."Name", s."Value"
FROM bench_tenants t CROSS JOIN "SettingValues" s
WHERE s."TenantId" = :'template' AND s."UserId" IS NULL;

-- Users: "admin" (role admin), user02-user03 (marketing-head), user04.. (staff). The template
-- tenant already has its admin from the sign-up.
CREATE TEMP TABLE bench_users ON COMMIT DROP AS
SELECT gen_random_uuid() AS id, t.id AS tenant_id, t.slug, u.user_name,
       CASE WHEN u.i = 1 THEN 'admin' WHEN u.i <= 3 THEN 'marketing-head' ELSE 'staff' END AS role
FROM (SELECT id, slug FROM bench_tenants UNION ALL SELECT :'template'::uuid, 'bench-0001') t
CROSS JOIN (SELECT i, CASE WHEN i = 1 THEN 'admin' ELSE format('user%s', lpad(i::text, 2, '0')) END AS user_name
            FROM generate_series(1, :users) AS i) u
WHERE NOT (t.id = :'template' AND u.i = 1);

INSERT INTO "Users" ("Id", "TenantId", "Name", "IsActive", "CreationTime", "UserName", "NormalizedUserName", "Email", "NormalizedEmail",
                     "EmailConfirmed", "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "PhoneNumber", "PhoneNumberConfirmed",
                     "TwoFactorEnabled", "LockoutEnd", "LockoutEnabled", "AccessFailedCount")
SELECT u.id, u.tenant_id, initcap(u.user_name) || ' ' || u.slug, true, now(), u.user_name, upper(u.user_name),
       u.user_name || '@' || u.slug || '.bench.test', upper(u.user_name || '@' || u.slug || '.bench.test'),
       true, a."PasswordHash", upper(replace(gen_random_uuid()::text, '-', '')), gen_random_uuid()::text, NULL, false,
       false, NULL, a."LockoutEnabled", 0
FROM bench_users u
CROSS JOIN (SELECT "PasswordHash", "LockoutEnabled" FROM "Users" WHERE "TenantId" = :'template' AND "NormalizedUserName" = 'ADMIN') a;

INSERT INTO "UserRoles" ("UserId", "RoleId", "TenantId")
SELECT u.id, r."Id", u.tenant_id
FROM bench_users u JOIN "Roles" r ON r."TenantId" = u.tenant_id AND r."Name" = u.role;

COMMIT;

ANALYZE "Tenants", "Roles", "PermissionGrants", "SettingValues", "Users", "UserRoles";

SELECT (SELECT count(*) FROM "Tenants") AS tenants, (SELECT count(*) FROM "Users") AS users,
       (SELECT count(*) FROM "UserRoles") AS user_roles, (SELECT count(*) FROM "PermissionGrants") AS grants,
       (SELECT count(*) FROM "SettingValues") AS settings;
