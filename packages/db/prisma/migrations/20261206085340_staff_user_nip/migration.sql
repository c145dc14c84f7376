-- AlterTable
ALTER TABLE "StaffUser" ADD COLUMN     "nip" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "StaffUser_nip_key" ON "StaffUser"("nip");

-- The shape of a NIP (the full rule is @blk/domain checkNip): 18 digits, stored without spaces.
ALTER TABLE "StaffUser" ADD CONSTRAINT "StaffUser_nip_digits" CHECK ("nip" ~ '^[0-9]{18}$');
