-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "consentAt" TIMESTAMP(3),
ADD COLUMN     "privacyNoticeVersion" TEXT;

-- AlterTable
ALTER TABLE "Participant" ADD COLUMN     "ageAtStart" INTEGER,
ADD COLUMN     "anonymisedAt" TIMESTAMP(3),
ALTER COLUMN "nik" DROP NOT NULL,
ALTER COLUMN "birthDate" DROP NOT NULL;

-- AlterTable
ALTER TABLE "TrainingRequest" ADD COLUMN     "consentAt" TIMESTAMP(3),
ADD COLUMN     "privacyNoticeVersion" TEXT;

-- Hand-written: an anonymised participant (UU PDP retention, docs/privacy.md) has no NIK, birth
-- date, phone or address; any other participant has NIK and birth date.
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_anonymised" CHECK (
  ("anonymisedAt" IS NULL AND "nik" IS NOT NULL AND "birthDate" IS NOT NULL) OR
  ("anonymisedAt" IS NOT NULL AND "nik" IS NULL AND "birthDate" IS NULL AND "phone" IS NULL AND "address" IS NULL));
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_age_at_start" CHECK ("ageAtStart" IS NULL OR "ageAtStart" BETWEEN 0 AND 130);

-- Consent to the privacy notice is stored with the notice version it was given for.
ALTER TABLE "TrainingRequest" ADD CONSTRAINT "TrainingRequest_consent_pair" CHECK (("consentAt" IS NULL) = ("privacyNoticeVersion" IS NULL));
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_consent_pair" CHECK (("consentAt" IS NULL) = ("privacyNoticeVersion" IS NULL));
