-- Issue 16: text search under 50 ms at 1 million requests, whatever the words.
--
-- A trigram index answers a phrase of common words ("Pemerintah Desa Koba") slowly however it is
-- cut: every trigram of "pemerintah" and "desa" has a posting list of a tenth of all requests,
-- and the index walks them for every candidate of the rarest one (21 ms on a quiet machine at 1M
-- requests, 80-130 ms at load average 12). Organisations and places repeat from request to
-- request, so the search first finds the matching names among the distinct ones (a few thousand
-- at 1M requests, a trigram index over them answers in well under a millisecond) and then the
-- requests that carry one of those names by equality (a B-tree).

-- CreateTable
CREATE TABLE "RequestSearchTerm" (
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "RequestSearchTerm_pkey" PRIMARY KEY ("kind","text")
);

-- Hand-written: the columns and the triggers change together, and the existing requests are
-- filled in one statement before their indexes are built.
DROP INDEX "TrainingRequest_searchText_idx";
DROP INDEX "TrainingRequest_searchContact_idx";
DROP TRIGGER "TrainingRequest_search" ON "TrainingRequest";
ALTER TABLE "TrainingRequest" DROP COLUMN "searchText",
ADD COLUMN     "searchOrganization" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchPlace" TEXT NOT NULL DEFAULT '';

-- The searched texts of a request, in lower case, and its organisation and place among the
-- distinct terms. The API searches them with LIKE on the lower-cased term: ILIKE lower-cases
-- every row it checks again, which was most of the time of a search that walks the list (a
-- contact name at 1M requests, 7k rows checked: 19 ms with ILIKE, 2.6 ms with LIKE on lower-case
-- text). Only these triggers write the three columns and the terms.
CREATE OR REPLACE FUNCTION "blk_request_search"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- An unknown requester or region leaves '' here, so that its foreign key refuses the row.
  SELECT lower(q."organizationName"), lower(q."contactName")
    INTO NEW."searchOrganization", NEW."searchContact"
    FROM "Requester" q WHERE q."id" = NEW."requesterId";
  NEW."searchOrganization" := coalesce(NEW."searchOrganization", '');
  NEW."searchContact" := coalesce(NEW."searchContact", '');
  NEW."searchPlace" := coalesce(lower((
    SELECT concat_ws(' ', d."name", c."name", k."name")
      FROM "Region" d
      LEFT JOIN "Region" c ON c."code" = d."parentCode"
      LEFT JOIN "Region" k ON k."code" = c."parentCode"
     WHERE d."code" = NEW."regionCode")), '');
  INSERT INTO "RequestSearchTerm" ("kind", "text")
    VALUES ('organization', NEW."searchOrganization"), ('place', NEW."searchPlace")
    ON CONFLICT DO NOTHING;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "TrainingRequest_search"
  BEFORE INSERT OR UPDATE OF "trackingCode", "requesterId", "regionCode", "searchOrganization", "searchPlace", "searchContact"
  ON "TrainingRequest"
  FOR EACH ROW EXECUTE FUNCTION "blk_request_search"();

-- A changed (or anonymised) requester changes what its requests are found by; a name no request
-- carries any more leaves the terms.
CREATE OR REPLACE FUNCTION "blk_requester_search"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "TrainingRequest" SET "searchOrganization" = '' WHERE "requesterId" = NEW."id";
  DELETE FROM "RequestSearchTerm" t
   WHERE t."kind" = 'organization' AND t."text" = lower(OLD."organizationName")
     AND NOT EXISTS (SELECT 1 FROM "TrainingRequest" r WHERE r."searchOrganization" = t."text");
  RETURN NULL;
END;
$$;

-- Existing requests, in one statement (the trigger recomputes the columns and the terms).
UPDATE "TrainingRequest" SET "searchOrganization" = '';

-- CreateIndex
CREATE INDEX "TrainingRequest_trackingCode_idx" ON "TrainingRequest" USING GIN ("trackingCode" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "TrainingRequest_searchOrganization_idx" ON "TrainingRequest"("searchOrganization");

-- CreateIndex
CREATE INDEX "TrainingRequest_searchPlace_idx" ON "TrainingRequest"("searchPlace");

-- CreateIndex
CREATE INDEX "TrainingRequest_searchContact_idx" ON "TrainingRequest" USING GIN ("searchContact" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "RequestSearchTerm_text_idx" ON "RequestSearchTerm" USING GIN ("text" gin_trgm_ops);

ANALYZE "TrainingRequest";
ANALYZE "RequestSearchTerm";
