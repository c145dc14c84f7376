-- CreateEnum
CREATE TYPE "SopReviewRating" AS ENUM ('berjalan_baik', 'tidak_berjalan_baik');

-- AlterTable
ALTER TABLE "SopVersion" ADD COLUMN     "sourceReviewId" UUID;

-- CreateTable
CREATE TABLE "SopReview" (
    "id" UUID NOT NULL,
    "sopVersionId" UUID NOT NULL,
    "periodFrom" DATE NOT NULL,
    "periodTo" DATE NOT NULL,
    "actions" TEXT[],
    "conclusion" TEXT,
    "requestCount" INTEGER NOT NULL,
    "complaintCount" INTEGER NOT NULL,
    "reviewerId" UUID NOT NULL,
    "reviewedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SopReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SopReviewStep" (
    "reviewId" UUID NOT NULL,
    "stepKey" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "rating" "SopReviewRating" NOT NULL,
    "note" TEXT NOT NULL,
    "correctiveAction" TEXT,
    "measured" INTEGER NOT NULL,
    "onTime" INTEGER NOT NULL,
    "medianWorkingDays" DOUBLE PRECISION,

    CONSTRAINT "SopReviewStep_pkey" PRIMARY KEY ("reviewId","stepKey")
);

-- CreateTable
CREATE TABLE "SopReviewReminder" (
    "sopVersionId" UUID NOT NULL,
    "dueOn" DATE NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SopReviewReminder_pkey" PRIMARY KEY ("sopVersionId","dueOn")
);

-- CreateIndex
CREATE INDEX "SopReview_sopVersionId_periodTo_idx" ON "SopReview"("sopVersionId", "periodTo");

-- CreateIndex
CREATE UNIQUE INDEX "SopVersion_sourceReviewId_key" ON "SopVersion"("sourceReviewId");

-- AddForeignKey
ALTER TABLE "SopVersion" ADD CONSTRAINT "SopVersion_sourceReviewId_fkey" FOREIGN KEY ("sourceReviewId") REFERENCES "SopReview"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SopReview" ADD CONSTRAINT "SopReview_sopVersionId_fkey" FOREIGN KEY ("sopVersionId") REFERENCES "SopVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SopReview" ADD CONSTRAINT "SopReview_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "StaffUser"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SopReviewStep" ADD CONSTRAINT "SopReviewStep_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "SopReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SopReviewReminder" ADD CONSTRAINT "SopReviewReminder_sopVersionId_fkey" FOREIGN KEY ("sopVersionId") REFERENCES "SopVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Invariants kept by the database (issue 13 §3): a period is a period, and two reviews of one
-- SOP version never cover the same day, even when two people record them at once.
ALTER TABLE "SopReview" ADD CONSTRAINT "SopReview_period_order" CHECK ("periodFrom" <= "periodTo");
ALTER TABLE "SopReview" ADD CONSTRAINT "SopReview_no_overlapping_period"
  EXCLUDE USING gist ("sopVersionId" WITH =, daterange("periodFrom", "periodTo", '[]') WITH &&);
ALTER TABLE "SopReviewStep" ADD CONSTRAINT "SopReviewStep_corrective_action"
  CHECK ("rating" = 'berjalan_baik' OR "correctiveAction" IS NOT NULL);
