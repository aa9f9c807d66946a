-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "attachmentName" TEXT,
ADD COLUMN     "attachmentText" TEXT,
ADD COLUMN     "attachmentType" TEXT;
