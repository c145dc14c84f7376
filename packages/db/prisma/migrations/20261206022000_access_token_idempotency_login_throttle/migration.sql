-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "payloadHash" TEXT;

-- AlterTable
ALTER TABLE "TrainingRequest" ADD COLUMN     "payloadHash" TEXT;

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL,
    "lastFailureAt" TIMESTAMP(3) NOT NULL,
    "blockedUntil" TIMESTAMP(3),

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

-- Hand-written: a throttle row exists only once a sign-in has failed.
ALTER TABLE "LoginThrottle" ADD CONSTRAINT "LoginThrottle_failures_positive" CHECK ("failures" > 0);
