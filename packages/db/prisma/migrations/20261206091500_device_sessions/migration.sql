-- Issue 14: revocable training-device sessions. Hand-written (Prisma cannot express a CHECK):
-- a device session carries the name its owner gave it (2-60 characters, what the staff-user
-- screen lists), an ordinary session carries none.
ALTER TABLE "StaffSession" ADD CONSTRAINT "StaffSession_device_name" CHECK (
  ("device" AND "deviceName" IS NOT NULL AND char_length(btrim("deviceName")) BETWEEN 2 AND 60)
  OR (NOT "device" AND "deviceName" IS NULL)
);
