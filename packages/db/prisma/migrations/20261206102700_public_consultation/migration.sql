-- CreateEnum
CREATE TYPE "ConsultationParticipantCategory" AS ENUM ('akademisi', 'serikat_pekerja', 'asosiasi_pengusaha', 'instansi', 'masyarakat');

-- CreateEnum
CREATE TYPE "ConsultationDecision" AS ENUM ('accepted', 'changed', 'rejected');

-- AlterTable
ALTER TABLE "ServiceStandardVersion" ADD COLUMN     "noConsultationReason" TEXT;

-- AlterTable
ALTER TABLE "SopVersion" ADD COLUMN     "noConsultationReason" TEXT;

-- CreateTable
CREATE TABLE "PublicConsultation" (
    "id" UUID NOT NULL,
    "sopVersionId" UUID,
    "serviceStandardVersionId" UUID,
    "heldOn" DATE NOT NULL,
    "place" TEXT NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PublicConsultation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationParticipant" (
    "id" UUID NOT NULL,
    "consultationId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "organisation" TEXT NOT NULL,
    "category" "ConsultationParticipantCategory" NOT NULL,

    CONSTRAINT "ConsultationParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationInput" (
    "id" UUID NOT NULL,
    "consultationId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "input" TEXT NOT NULL,
    "decision" "ConsultationDecision" NOT NULL,
    "reason" TEXT,

    CONSTRAINT "ConsultationInput_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BeritaAcaraFile" (
    "id" UUID NOT NULL,
    "consultationId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BeritaAcaraFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PublicConsultation_sopVersionId_idx" ON "PublicConsultation"("sopVersionId");

-- CreateIndex
CREATE INDEX "PublicConsultation_serviceStandardVersionId_idx" ON "PublicConsultation"("serviceStandardVersionId");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationParticipant_consultationId_position_key" ON "ConsultationParticipant"("consultationId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationInput_consultationId_position_key" ON "ConsultationInput"("consultationId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "BeritaAcaraFile_consultationId_key" ON "BeritaAcaraFile"("consultationId");

-- CreateIndex
CREATE UNIQUE INDEX "BeritaAcaraFile_storageKey_key" ON "BeritaAcaraFile"("storageKey");

-- AddForeignKey
ALTER TABLE "PublicConsultation" ADD CONSTRAINT "PublicConsultation_sopVersionId_fkey" FOREIGN KEY ("sopVersionId") REFERENCES "SopVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicConsultation" ADD CONSTRAINT "PublicConsultation_serviceStandardVersionId_fkey" FOREIGN KEY ("serviceStandardVersionId") REFERENCES "ServiceStandardVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicConsultation" ADD CONSTRAINT "PublicConsultation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationParticipant" ADD CONSTRAINT "ConsultationParticipant_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "PublicConsultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationInput" ADD CONSTRAINT "ConsultationInput_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "PublicConsultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BeritaAcaraFile" ADD CONSTRAINT "BeritaAcaraFile_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "PublicConsultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BeritaAcaraFile" ADD CONSTRAINT "BeritaAcaraFile_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Written by hand (Prisma's schema language cannot express these; its diff ignores them).

-- A consultation belongs to exactly one draft: an SOP version or a service-standard version.
ALTER TABLE "PublicConsultation" ADD CONSTRAINT "PublicConsultation_one_draft"
  CHECK (num_nonnulls("sopVersionId", "serviceStandardVersionId") = 1);

-- An input that was changed or rejected carries the reason for the decision.
ALTER TABLE "ConsultationInput" ADD CONSTRAINT "ConsultationInput_reason_given"
  CHECK ("decision" = 'accepted' OR length(btrim(coalesce("reason", ''))) > 0);

-- A consultation changes only while its version is a draft. The trigger locks the version row
-- (FOR NO KEY UPDATE, which foreign-key checks do not wait on, but an UPDATE of the row does)
-- first, so it and the submission (which moves that row out of draft before it counts the
-- consultations) run one after the other: a consultation removed while the draft is submitted
-- either goes first (and the submission counts without it) or is refused.
CREATE FUNCTION "blk_consultation_draft_only"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  target "PublicConsultation";
  version_status "VersionStatus";
BEGIN
  IF TG_OP = 'DELETE' THEN target := OLD; ELSE target := NEW; END IF;
  IF target."sopVersionId" IS NOT NULL THEN
    SELECT "status" INTO version_status FROM "SopVersion"
      WHERE "id" = target."sopVersionId" FOR NO KEY UPDATE;
  ELSE
    SELECT "status" INTO version_status FROM "ServiceStandardVersion"
      WHERE "id" = target."serviceStandardVersionId" FOR NO KEY UPDATE;
  END IF;
  IF version_status IS DISTINCT FROM 'draft' THEN
    RAISE EXCEPTION 'new row for relation "PublicConsultation" violates check constraint "PublicConsultation_draft_only"'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'PublicConsultation_draft_only',
            DETAIL = 'the consultation''s version is no longer a draft';
  END IF;
  RETURN target;
END $$;

CREATE TRIGGER "PublicConsultation_draft_only"
  BEFORE INSERT OR UPDATE OR DELETE ON "PublicConsultation"
  FOR EACH ROW EXECUTE FUNCTION "blk_consultation_draft_only"();
