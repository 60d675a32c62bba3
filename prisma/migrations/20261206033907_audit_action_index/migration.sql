-- CreateIndex
CREATE INDEX "AuditEvent_action_idx" ON "AuditEvent"("action");
