-- CreateTable
CREATE TABLE "StoredObject" (
    "key" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredObject_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "StoredObjectChunk" (
    "key" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "StoredObjectChunk_pkey" PRIMARY KEY ("key","seq")
);

-- AddForeignKey
ALTER TABLE "StoredObjectChunk" ADD CONSTRAINT "StoredObjectChunk_key_fkey" FOREIGN KEY ("key") REFERENCES "StoredObject"("key") ON DELETE CASCADE ON UPDATE CASCADE;
