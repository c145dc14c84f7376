-- AlterTable
ALTER TABLE "InstructorAssignment" ADD COLUMN     "days" daterange;

-- Hand-written: rules that used to be "check, then write" in the application, and so could be
-- broken by two transactions at once on PostgreSQL (issue 15). The database now refuses them.
-- Prisma's diff ignores exclusion constraints, partial indexes and triggers, so they never show
-- up as drift.

-- 1. No double booking: an instructor is never in two standing classes on overlapping days.
-- btree_gist gives GiST an `=` on uuid, to pair it with `&&` on the date range. (PGlite loads it
-- as a JS module: see src/pglite-extensions.ts.)
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- InstructorAssignment.days copies its class's [startDate, endDate] while the class stands, and
-- is null once it is cancelled, so a cancelled class blocks nobody. Only these triggers write it.
CREATE FUNCTION "blk_assignment_days"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT CASE WHEN s."cancelledAt" IS NULL THEN daterange(s."startDate", s."endDate", '[]') END
    INTO NEW."days"
    FROM "TrainingSchedule" s WHERE s."id" = NEW."scheduleId";
  RETURN NEW;
END;
$$;
CREATE TRIGGER "InstructorAssignment_days"
  BEFORE INSERT OR UPDATE ON "InstructorAssignment"
  FOR EACH ROW EXECUTE FUNCTION "blk_assignment_days"();

CREATE FUNCTION "blk_schedule_days"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- The assignment trigger above recomputes "days" from the updated class.
  UPDATE "InstructorAssignment" SET "days" = NULL WHERE "scheduleId" = NEW."id";
  RETURN NULL;
END;
$$;
CREATE TRIGGER "TrainingSchedule_days"
  AFTER UPDATE OF "startDate", "endDate", "cancelledAt" ON "TrainingSchedule"
  FOR EACH ROW
  WHEN (OLD."startDate" IS DISTINCT FROM NEW."startDate"
     OR OLD."endDate" IS DISTINCT FROM NEW."endDate"
     OR OLD."cancelledAt" IS DISTINCT FROM NEW."cancelledAt")
  EXECUTE FUNCTION "blk_schedule_days"();

UPDATE "InstructorAssignment" SET "days" = NULL;

-- A database that already holds a double booking (the race this migration closes) cannot take
-- the constraint: say which classes collide, so the office can cancel or move one and retry.
DO $$
DECLARE clash text;
BEGIN
  SELECT string_agg(format('instructor %s: class %s %s and class %s %s',
                           a."instructorId", a."scheduleId", a."days", b."scheduleId", b."days"), '; ')
    INTO clash
    FROM "InstructorAssignment" a
    JOIN "InstructorAssignment" b
      ON a."instructorId" = b."instructorId" AND a."id" < b."id" AND a."days" && b."days";
  IF clash IS NOT NULL THEN
    RAISE EXCEPTION 'Instruktur terjadwal ganda / instructors double-booked, cancel or move one class of each pair first: %', clash;
  END IF;
END $$;

ALTER TABLE "InstructorAssignment" ADD CONSTRAINT "InstructorAssignment_no_double_booking"
  EXCLUDE USING gist ("instructorId" WITH =, "days" WITH &&) WHERE ("days" IS NOT NULL);

-- 2. One standing class per request: rescheduling cancels the old class before the new one.
CREATE UNIQUE INDEX "TrainingSchedule_one_open_per_request"
  ON "TrainingSchedule" ("requestId") WHERE "cancelledAt" IS NULL;

-- 3. Class size: a class never holds more participants than its programme's classSizeMax.
-- Counting is only safe one writer at a time, so each insert first locks its class row (FOR NO
-- KEY UPDATE: it does not conflict with the foreign-key checks of other inserts) and then counts
-- with a fresh snapshot, which sees whatever the previous writer committed.
CREATE FUNCTION "blk_participant_class_size"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE max_size integer; enrolled integer;
BEGIN
  IF TG_OP = 'UPDATE' AND NEW."scheduleId" = OLD."scheduleId" THEN RETURN NEW; END IF;
  SELECT p."classSizeMax" INTO max_size
    FROM "TrainingSchedule" s JOIN "TrainingProgram" p ON p."id" = s."programId"
    WHERE s."id" = NEW."scheduleId"
    FOR NO KEY UPDATE OF s;
  SELECT count(*) INTO enrolled FROM "Participant" WHERE "scheduleId" = NEW."scheduleId";
  IF enrolled >= max_size THEN
    RAISE EXCEPTION 'new row for relation "Participant" violates check constraint "Participant_class_size"'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'Participant_class_size',
            DETAIL = format('Class %s holds at most %s participants.', NEW."scheduleId", max_size);
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "Participant_class_size"
  BEFORE INSERT OR UPDATE OF "scheduleId" ON "Participant"
  FOR EACH ROW EXECUTE FUNCTION "blk_participant_class_size"();
