-- Issue 16: the staff lists at the speed of the database.

-- Trigram search (PGlite loads pg_trgm as a JS module: see src/pglite-extensions.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- DropIndex (replaced by ("submittedAt", "id"), the list's sort and keyset order)
DROP INDEX "TrainingRequest_submittedAt_idx";

-- AlterTable
ALTER TABLE "TrainingRequest" ADD COLUMN     "searchContact" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- Hand-written: the searched text of a request in one column of its own row, so one trigram
-- index answers a search over the tracking code, the organisation and the place (and, for roles
-- that see it, the contact), instead of a scan joining the requester and the region per row.
-- Only these triggers write the two columns.
CREATE FUNCTION "blk_request_search"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT concat_ws(' ', NEW."trackingCode", q."organizationName"), q."contactName"
    INTO NEW."searchText", NEW."searchContact"
    FROM "Requester" q WHERE q."id" = NEW."requesterId";
  NEW."searchText" := concat_ws(' ', NEW."searchText", (
    SELECT concat_ws(' ', d."name", c."name", k."name")
      FROM "Region" d
      LEFT JOIN "Region" c ON c."code" = d."parentCode"
      LEFT JOIN "Region" k ON k."code" = c."parentCode"
     WHERE d."code" = NEW."regionCode"));
  RETURN NEW;
END;
$$;
CREATE TRIGGER "TrainingRequest_search"
  BEFORE INSERT OR UPDATE OF "trackingCode", "requesterId", "regionCode", "searchText", "searchContact"
  ON "TrainingRequest"
  FOR EACH ROW EXECUTE FUNCTION "blk_request_search"();

-- A changed (or anonymised) requester changes what its requests are found by.
CREATE FUNCTION "blk_requester_search"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "TrainingRequest" SET "searchText" = '' WHERE "requesterId" = NEW."id";
  RETURN NULL;
END;
$$;
CREATE TRIGGER "Requester_search"
  AFTER UPDATE OF "organizationName", "contactName" ON "Requester"
  FOR EACH ROW
  WHEN (OLD."organizationName" IS DISTINCT FROM NEW."organizationName"
     OR OLD."contactName" IS DISTINCT FROM NEW."contactName")
  EXECUTE FUNCTION "blk_requester_search"();

-- Existing requests, in one statement (the trigger above recomputes both columns).
UPDATE "TrainingRequest" SET "searchText" = '';

-- CreateIndex
CREATE INDEX "TrainingRequest_submittedAt_id_idx" ON "TrainingRequest"("submittedAt", "id");

-- CreateIndex
CREATE INDEX "TrainingRequest_sopVersionId_idx" ON "TrainingRequest"("sopVersionId");

-- CreateIndex
CREATE INDEX "TrainingRequest_searchText_idx" ON "TrainingRequest" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "TrainingRequest_searchContact_idx" ON "TrainingRequest" USING GIN ("searchContact" gin_trgm_ops);

-- Hand-written: "my work" reads open requests earliest deadline first; this partial index walks
-- them in that order (closed requests, most of the table, are not in it).
CREATE INDEX "TrainingRequest_open_due_idx" ON "TrainingRequest"("stepDueAt", "id")
  WHERE "closedAt" IS NULL;
