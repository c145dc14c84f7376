-- Hand-written rules Prisma's schema language cannot express. Prisma's diff ignores CHECK
-- constraints and triggers, so they never show up as drift.

-- Catalogue
ALTER TABLE "TrainingProgram"
  ADD CONSTRAINT "TrainingProgram_duration_positive" CHECK ("durationDays" > 0 AND "durationJp" > 0),
  ADD CONSTRAINT "TrainingProgram_class_size_order" CHECK ("classSizeMin" > 0 AND "classSizeMin" <= "classSizeDefault" AND "classSizeDefault" <= "classSizeMax"),
  ADD CONSTRAINT "TrainingProgram_age_order" CHECK ("minAge" IS NULL OR "maxAge" IS NULL OR "minAge" <= "maxAge");
ALTER TABLE "CompetencyUnit" ADD CONSTRAINT "CompetencyUnit_jp_positive" CHECK ("jp" > 0);
ALTER TABLE "InstructorCertification"
  ADD CONSTRAINT "InstructorCertification_dates" CHECK ("expiresOn" IS NULL OR "expiresOn" > "issuedOn");
ALTER TABLE "Instructor" ADD CONSTRAINT "Instructor_nip_format" CHECK ("nip" IS NULL OR "nip" ~ '^[0-9]{18}$');

-- Requests
ALTER TABLE "TrainingRequest"
  ADD CONSTRAINT "TrainingRequest_participants_positive" CHECK ("participantsExpected" > 0),
  ADD CONSTRAINT "TrainingRequest_window_order" CHECK ("preferredEnd" >= "preferredStart"),
  ADD CONSTRAINT "TrainingRequest_program_or_need" CHECK ("programId" IS NOT NULL OR "needDescription" IS NOT NULL),
  ADD CONSTRAINT "TrainingRequest_version_positive" CHECK ("version" > 0);
ALTER TABLE "Requester" ADD CONSTRAINT "Requester_phone_e164" CHECK ("phone" ~ '^\+62[0-9]{8,13}$');
ALTER TABLE "RequestEvent" ADD CONSTRAINT "RequestEvent_seq_positive" CHECK ("seq" > 0);
ALTER TABLE "RequestAttachment"
  ADD CONSTRAINT "RequestAttachment_size_positive" CHECK ("sizeBytes" > 0),
  ADD CONSTRAINT "RequestAttachment_sha256_hex" CHECK ("sha256" ~ '^[0-9a-f]{64}$');
ALTER TABLE "TrainingSchedule" ADD CONSTRAINT "TrainingSchedule_dates" CHECK ("endDate" >= "startDate");
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_jp_positive" CHECK ("jp" > 0);

-- Participants: NIK is 16 digits; test scores are 0..100.
ALTER TABLE "Participant"
  ADD CONSTRAINT "Participant_nik_format" CHECK ("nik" ~ '^[0-9]{16}$'),
  ADD CONSTRAINT "Participant_sex" CHECK ("sex" IN ('L', 'P')),
  ADD CONSTRAINT "Participant_pre_test_range" CHECK ("preTestScore" IS NULL OR "preTestScore" BETWEEN 0 AND 100),
  ADD CONSTRAINT "Participant_post_test_range" CHECK ("postTestScore" IS NULL OR "postTestScore" BETWEEN 0 AND 100);

-- Satisfaction survey: every element answered on the 1..4 scale.
ALTER TABLE "SatisfactionSurvey"
  ADD CONSTRAINT "SatisfactionSurvey_scale" CHECK (
    "u1" BETWEEN 1 AND 4 AND "u2" BETWEEN 1 AND 4 AND "u3" BETWEEN 1 AND 4 AND
    "u4" BETWEEN 1 AND 4 AND "u5" BETWEEN 1 AND 4 AND "u6" BETWEEN 1 AND 4 AND
    "u7" BETWEEN 1 AND 4 AND "u8" BETWEEN 1 AND 4 AND "u9" BETWEEN 1 AND 4);

ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_message_length" CHECK (char_length("message") BETWEEN 1 AND 5000);
ALTER TABLE "StaffUser" ADD CONSTRAINT "StaffUser_failed_logins" CHECK ("failedLoginCount" >= 0);
ALTER TABLE "NotificationOutbox" ADD CONSTRAINT "NotificationOutbox_attempts" CHECK ("attempts" >= 0);
ALTER TABLE "RateLimitBucket" ADD CONSTRAINT "RateLimitBucket_count" CHECK ("count" >= 0);

-- The request event log is the audit trail and the source of every performance figure:
-- append-only. Updates and deletes are refused in the database, whatever the application does.
CREATE FUNCTION "blk_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'table % is append-only', TG_TABLE_NAME USING ERRCODE = 'check_violation';
END;
$$;
CREATE TRIGGER "RequestEvent_append_only"
  BEFORE UPDATE OR DELETE ON "RequestEvent"
  FOR EACH ROW EXECUTE FUNCTION "blk_refuse_change"();
CREATE TRIGGER "AuditLog_append_only"
  BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION "blk_refuse_change"();
