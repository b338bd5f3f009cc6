-- Grows the tenant :tenant (created through the sign-up API, with the default org chart and approval
-- policies imported through the API) to :units organization units and :users users, and adds
-- :requests approval requests numbered from :first, the way the engine writes them. Run as the table owner:
--   psql -v tenant=<id> -v units=200 -v users=2000 -v first=1 -v requests=50000 -f seed-approvals.sql
-- The org part runs only when the tenant has fewer than :units units, so the script can add requests
-- in several batches. Every user gets the admin's PBKDF2 hash (one hash, computed once by the API).
--
-- Shape: unit N (a group under the top unit) has a head post held by user "head-N" and a member post
-- held by "user-N-k" (users are spread evenly). A request of member m is decided by the head of m's unit
-- (stage 0) and, for every third request, by the "vp" user (stage 1). 10 % are pending: half wait in
-- stage 0 for the head, half in stage 1 for the VP; 5 % are rejected, the rest approved.
\set ON_ERROR_STOP on
SET app.tenant_id = '*';

BEGIN;

CREATE TEMP TABLE bench_top ON COMMIT DROP AS
SELECT "Id" AS id, "Code" AS code FROM "OrganizationUnits"
WHERE "TenantId" = :'tenant'::uuid AND "ParentId" IS NULL AND NOT "IsDeleted" ORDER BY "Code" LIMIT 1;

CREATE TEMP TABLE bench_new_units ON COMMIT DROP AS
SELECT n, gen_random_uuid() AS unit_id, gen_random_uuid() AS head_post, gen_random_uuid() AS member_post,
       gen_random_uuid() AS head_user
FROM generate_series(1, :units - (SELECT count(*) FROM "OrganizationUnits" WHERE "TenantId" = :'tenant'::uuid)) AS n;

INSERT INTO "Positions" ("Id", "TenantId", "Name", "Duties", "ConcurrencyStamp", "CreationTime", "IsDeleted")
SELECT p.id, :'tenant'::uuid, p.name, '', replace(gen_random_uuid()::text, '-', ''), now(), false
FROM bench_new_units u
CROSS JOIN LATERAL (VALUES (u.head_post, format('Head of group %s', u.n)), (u.member_post, format('Member of group %s', u.n))) AS p(id, name);

INSERT INTO "OrganizationUnits" ("Id", "TenantId", "ParentId", "Code", "DisplayName", "Kind", "HeadPositionId",
                                 "ConcurrencyStamp", "CreationTime", "IsDeleted")
SELECT u.unit_id, :'tenant'::uuid, t.id, t.code || '.' || lpad((1000 + u.n)::text, 5, '0'), format('Bench group %s', u.n), 1, u.head_post,
       replace(gen_random_uuid()::text, '-', ''), now(), false
FROM bench_new_units u CROSS JOIN bench_top t;

INSERT INTO "PositionUnits" ("PositionId", "OrganizationUnitId", "TenantId")
SELECT p, u.unit_id, :'tenant'::uuid FROM bench_new_units u CROSS JOIN LATERAL (VALUES (u.head_post), (u.member_post)) AS v(p);

-- The VP (holder of the default chart's "VP in charge" post), the heads, then members up to :users.
CREATE TEMP TABLE bench_new_users ON COMMIT DROP AS
SELECT gen_random_uuid() AS id, 'vp' AS user_name, p."Id" AS post
FROM "Positions" p
WHERE p."TenantId" = :'tenant'::uuid AND p."Name" IN ('分管副总', 'VP in charge') AND (SELECT count(*) FROM bench_new_units) > 0
UNION ALL SELECT head_user, format('head-%s', n), head_post FROM bench_new_units
UNION ALL
SELECT gen_random_uuid(), format('user-%s-%s', u.n, k.k), u.member_post
FROM bench_new_units u
CROSS JOIN generate_series(1, greatest(1, ceil((:users - 2 - (SELECT count(*) FROM bench_new_units))::numeric / greatest(1, (SELECT count(*) FROM bench_new_units)))::int)) AS k(k);

INSERT INTO "Users" ("Id", "TenantId", "Name", "IsActive", "CreationTime", "UserName", "NormalizedUserName", "Email", "NormalizedEmail",
                     "EmailConfirmed", "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "PhoneNumber", "PhoneNumberConfirmed",
                     "TwoFactorEnabled", "LockoutEnd", "LockoutEnabled", "AccessFailedCount")
SELECT u.id, :'tenant'::uuid, initcap(u.user_name), true, now(), u.user_name, upper(u.user_name),
       u.user_name || '@approvals.bench.test', upper(u.user_name || '@approvals.bench.test'),
       true, a."PasswordHash", upper(replace(gen_random_uuid()::text, '-', '')), gen_random_uuid()::text, NULL, false,
       false, NULL, a."LockoutEnabled", 0
FROM bench_new_users u
CROSS JOIN (SELECT "PasswordHash", "LockoutEnabled" FROM "Users" WHERE "TenantId" = :'tenant'::uuid AND "NormalizedUserName" = 'ADMIN') a;

INSERT INTO "UserRoles" ("UserId", "RoleId", "TenantId")
SELECT u.id, r."Id", :'tenant'::uuid FROM bench_new_users u JOIN "Roles" r ON r."TenantId" = :'tenant'::uuid AND r."Name" = 'staff';

INSERT INTO "PositionHolders" ("PositionId", "UserId", "TenantId")
SELECT post, id, :'tenant'::uuid FROM bench_new_users WHERE post IS NOT NULL;

-- The org chart changed outside the application: a new stamp, so host processes reload their cached snapshot.
INSERT INTO "OrgChartStamps" ("TenantId", "Stamp") VALUES (:'tenant'::uuid, gen_random_uuid())
ON CONFLICT ("TenantId") DO UPDATE SET "Stamp" = excluded."Stamp";

-- Requests: members in rotation, their unit's head, the VP.
CREATE TEMP TABLE bench_members ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY u."UserName") - 1 AS i, u."Id" AS user_id, pu."OrganizationUnitId" AS unit_id, hh."UserId" AS head_id
FROM "Users" u
JOIN "PositionHolders" ph ON ph."UserId" = u."Id"
JOIN "PositionUnits" pu ON pu."PositionId" = ph."PositionId"
JOIN "OrganizationUnits" ou ON ou."Id" = pu."OrganizationUnitId"
JOIN "PositionHolders" hh ON hh."PositionId" = ou."HeadPositionId"
WHERE u."TenantId" = :'tenant'::uuid AND u."UserName" LIKE 'user-%';

CREATE TEMP TABLE bench_requests ON COMMIT DROP AS
SELECT r.n, m.user_id AS requester, m.unit_id, m.head_id,
       (SELECT "Id" FROM "Users" WHERE "TenantId" = :'tenant'::uuid AND "UserName" = 'vp') AS vp_id,
       r.n % 3 = 0 AS two_stages,
       CASE WHEN r.n % 10 = 0 THEN 0 WHEN r.n % 20 = 1 THEN 2 ELSE 1 END AS status,
       -- a v7-like id: submission order = id order, as Guid.CreateVersion7 gives
       (lpad(to_hex((extract(epoch FROM r.t) * 1000)::bigint), 12, '0') || substr(replace(gen_random_uuid()::text, '-', ''), 13))::uuid AS id,
       r.t
FROM (SELECT n, timestamptz '2025-01-01' + n * interval '90 seconds' AS t FROM generate_series(:first, :first + :requests - 1) AS n) r
JOIN bench_members m ON m.i = r.n % (SELECT count(*) FROM bench_members);

-- Pending requests with two stages wait for the VP when n is even, for the head otherwise.
ALTER TABLE bench_requests ADD COLUMN current_stage int;
UPDATE bench_requests SET current_stage = CASE WHEN status = 0 AND two_stages AND n % 2 = 0 THEN 1
                                               WHEN status = 0 THEN 0 WHEN two_stages THEN 1 ELSE 0 END;

INSERT INTO "ApprovalRequests" ("Id", "TenantId", "SubjectModule", "SubjectId", "Title", "BusinessType", "Amount", "Currency",
                                "RiskTier", "IsSpecial", "RequesterUserId", "RequesterUnitId", "PolicyId", "RuleId", "RuleName",
                                "Status", "CurrentStageIndex", "SubmissionTime", "LastActivityTime", "LogLength",
                                "ConcurrencyStamp", "CreationTime", "CreatorId", "IsDeleted")
SELECT r.id, :'tenant'::uuid, 'bench', r.n::text, format('Bench request %s', r.n), 0, (r.n % 120000) + 0.50, 'CNY',
       CASE WHEN r.two_stages THEN 1 ELSE 0 END, false, r.requester, r.unit_id, p."PolicyId", p."Id", p."Name",
       r.status, r.current_stage, r.t, r.t, CASE WHEN r.status = 0 THEN 1 + r.current_stage ELSE 2 + r.current_stage END,
       replace(gen_random_uuid()::text, '-', ''), r.t, r.requester, false
FROM bench_requests r
CROSS JOIN (SELECT ru."Id", ru."PolicyId", ru."Name" FROM "ApprovalRules" ru JOIN "ApprovalPolicies" po ON po."Id" = ru."PolicyId"
            WHERE po."TenantId" = :'tenant'::uuid AND po."BusinessType" = 0 ORDER BY ru."Order" LIMIT 1) p;

CREATE TEMP TABLE bench_stages ON COMMIT DROP AS
SELECT gen_random_uuid() AS id, r.id AS request_id, s.idx, r.status, r.current_stage, r.t,
       CASE WHEN s.idx = 0 THEN r.head_id ELSE r.vp_id END AS approver
FROM bench_requests r CROSS JOIN LATERAL (SELECT 0 AS idx UNION ALL SELECT 1 WHERE r.two_stages) s;

INSERT INTO "ApprovalStages" ("Id", "TenantId", "RequestId", "Index", "Mode", "CompletionTime")
SELECT id, :'tenant'::uuid, request_id, idx, 1,
       CASE WHEN idx < current_stage OR status <> 0 THEN t + interval '4 hours' * (idx + 1) END
FROM bench_stages;

INSERT INTO "ApprovalStageApprovers" ("Id", "TenantId", "StageId", "RequestId", "UserId", "PositionId", "State", "Escalated", "DecisionTime", "IsWaiting")
SELECT gen_random_uuid(), :'tenant'::uuid, id, request_id, approver, NULL,
       CASE WHEN idx < current_stage THEN 1 WHEN status = 0 THEN 0 WHEN idx = current_stage THEN status ELSE 1 END, false,
       CASE WHEN idx < current_stage OR status <> 0 THEN t + interval '4 hours' * (idx + 1) END,
       status = 0 AND idx = current_stage
FROM bench_stages;

INSERT INTO "ApprovalDecisions" ("Id", "TenantId", "RequestId", "Sequence", "StageIndex", "UserId", "Type", "Comment", "Amount", "Currency", "Time")
SELECT gen_random_uuid(), :'tenant'::uuid, r.id, 0, NULL, r.requester, 0, NULL, (r.n % 120000) + 0.50, 'CNY', r.t FROM bench_requests r
UNION ALL
SELECT gen_random_uuid(), :'tenant'::uuid, s.request_id, s.idx + 1, s.idx, s.approver,
       CASE WHEN s.idx = s.current_stage THEN s.status ELSE 1 END, NULL, (r.n % 120000) + 0.50, 'CNY', s.t + interval '4 hours' * (s.idx + 1)
FROM bench_stages s JOIN bench_requests r ON r.id = s.request_id
WHERE s.idx < s.current_stage OR s.status <> 0;

COMMIT;

-- VACUUM as autovacuum would after such a load (it also sets the visibility map, so counts can read only an index).
VACUUM (ANALYZE) "OrganizationUnits", "Positions", "PositionUnits", "PositionHolders", "Users", "UserRoles",
        "ApprovalRequests", "ApprovalStages", "ApprovalStageApprovers", "ApprovalDecisions";

SELECT (SELECT count(*) FROM "OrganizationUnits" WHERE "TenantId" = :'tenant'::uuid) AS units,
       (SELECT count(*) FROM "Users" WHERE "TenantId" = :'tenant'::uuid) AS users,
       (SELECT count(*) FROM "ApprovalRequests" WHERE "TenantId" = :'tenant'::uuid) AS requests,
       (SELECT count(*) FROM "ApprovalRequests" WHERE "TenantId" = :'tenant'::uuid AND "Status" = 0) AS pending;
