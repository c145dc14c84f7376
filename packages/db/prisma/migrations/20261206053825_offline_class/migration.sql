-- AlterTable
ALTER TABLE "Attendance" ADD COLUMN     "markedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "StaffSession" ADD COLUMN     "device" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "deviceName" TEXT;

-- CreateTable
CREATE TABLE "AttendanceMark" (
    "id" UUID NOT NULL,
    "participantId" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "status" "AttendanceStatus" NOT NULL,
    "markedAt" TIMESTAMP(3) NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedById" UUID,
    "clientMutationId" UUID,
    "applied" BOOLEAN NOT NULL,

    CONSTRAINT "AttendanceMark_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClientMutation" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "operation" TEXT NOT NULL,
    "payloadHash" TEXT NOT NULL,
    "entityId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClientMutation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AttendanceMark_sessionId_participantId_idx" ON "AttendanceMark"("sessionId", "participantId");

-- CreateIndex
CREATE INDEX "ClientMutation_userId_createdAt_idx" ON "ClientMutation"("userId", "createdAt");

-- AddForeignKey
ALTER TABLE "AttendanceMark" ADD CONSTRAINT "AttendanceMark_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttendanceMark" ADD CONSTRAINT "AttendanceMark_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TrainingSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttendanceMark" ADD CONSTRAINT "AttendanceMark_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClientMutation" ADD CONSTRAINT "ClientMutation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Marks stored before this migration: their device time is their server time, and each is its own
-- first history entry.
UPDATE "Attendance" SET "markedAt" = "recordedAt";
INSERT INTO "AttendanceMark" ("id", "participantId", "sessionId", "status", "markedAt", "recordedAt", "recordedById", "applied")
SELECT gen_random_uuid(), "participantId", "sessionId", "status", "recordedAt", "recordedAt", "recordedById", true
FROM "Attendance";
