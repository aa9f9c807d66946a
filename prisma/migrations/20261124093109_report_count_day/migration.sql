-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "countDay" DATE;
