-- CreateIndex
CREATE INDEX "Assessment_tenantId_cycleId_requirementId_idx" ON "Assessment"("tenantId", "cycleId", "requirementId");
