-- Hand-written (Prisma's schema language cannot express partial indexes; its diff ignores them).
-- Only one version of a document is in force: one published version per SOP, one published
-- service standard. Publishing used to read the version in force, supersede it and publish the
-- new one; two publications at once on PostgreSQL (READ COMMITTED) both read the same version in
-- force and both published. The database now refuses the second, and the API answers it with
-- CONFLICT_STALE_VERSION.

-- A database where that race already happened holds several published versions. Every reader
-- takes the highest-numbered one as the version in force, so the others are superseded here, as
-- the next publication would have done, and the audit log says so. (Timestamps are stored in
-- UTC without a zone, as Prisma writes them.)
WITH "stale" AS (
  UPDATE "SopVersion" v SET "status" = 'superseded', "updatedAt" = now() AT TIME ZONE 'UTC'
   WHERE v."status" = 'published'
     AND EXISTS (SELECT 1 FROM "SopVersion" newer
                  WHERE newer."sopId" = v."sopId" AND newer."status" = 'published'
                    AND newer."versionNo" > v."versionNo")
  RETURNING v."id", v."versionNo"
)
INSERT INTO "AuditLog" ("id", "at", "actorType", "action", "entityType", "entityId", "data")
SELECT gen_random_uuid(), now() AT TIME ZONE 'UTC', 'system', 'sop.supersede', 'SopVersion', "id"::text,
       jsonb_build_object('versionNo', "versionNo", 'reason', 'migration one_version_in_force: a newer version was also in force')
  FROM "stale";

WITH "stale" AS (
  UPDATE "ServiceStandardVersion" v SET "status" = 'superseded', "updatedAt" = now() AT TIME ZONE 'UTC'
   WHERE v."status" = 'published'
     AND EXISTS (SELECT 1 FROM "ServiceStandardVersion" newer
                  WHERE newer."status" = 'published' AND newer."versionNo" > v."versionNo")
  RETURNING v."id", v."versionNo"
)
INSERT INTO "AuditLog" ("id", "at", "actorType", "action", "entityType", "entityId", "data")
SELECT gen_random_uuid(), now() AT TIME ZONE 'UTC', 'system', 'service_standard.supersede', 'ServiceStandardVersion', "id"::text,
       jsonb_build_object('versionNo', "versionNo", 'reason', 'migration one_version_in_force: a newer version was also in force')
  FROM "stale";

CREATE UNIQUE INDEX "SopVersion_one_published_per_sop"
  ON "SopVersion" ("sopId") WHERE "status" = 'published';

-- The index keys on the status itself: every row it holds has the same key, so there is one.
CREATE UNIQUE INDEX "ServiceStandardVersion_one_published"
  ON "ServiceStandardVersion" ("status") WHERE "status" = 'published';
