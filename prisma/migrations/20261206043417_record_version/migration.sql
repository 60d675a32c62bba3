-- CreateTable
CREATE TABLE "RecordVersion" (
    "id" INTEGER NOT NULL,
    "version" BIGINT NOT NULL,
    "epoch" TEXT NOT NULL,

    CONSTRAINT "RecordVersion_pkey" PRIMARY KEY ("id")
);

-- One row, version 0 until the first change; its epoch tells this database from another (a test's, or one
-- made again) whose version happens to be the same number.
INSERT INTO "RecordVersion" ("id", "version", "epoch") VALUES (1, 0, md5(random()::text || clock_timestamp()::text));

-- Raises the version once per transaction, at its commit (the triggers below are deferred), so the row
-- is locked only for the moment of the commit, and a reader can never see the new version before the
-- changes it stands for. txid_current() tells this transaction's first call from the rest.
CREATE FUNCTION "record_version_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('rollout.record_version_bumped', true) IS DISTINCT FROM txid_current()::text THEN
    UPDATE "RecordVersion" SET "version" = "version" + 1 WHERE "id" = 1;
    PERFORM set_config('rollout.record_version_bumped', txid_current()::text, true);
  END IF;
  RETURN NULL;
END
$$;

-- Every table of the record (and of the people who record it). Sign-in and session tables are left
-- out: they change on every sign-in and no page derives anything from them. A table added later gets
-- its triggers in its own migration (tests/integration/record-version.test.ts fails until it does).
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'Acceptance', 'AuditEvent', 'Baseline', 'BaselineEntry', 'Configuration', 'Conflict', 'ConflictClaim', 'Contract',
    'ContractEvent', 'Decision', 'DerivedState', 'GoLive', 'GoLiveActual', 'GoLivePlan', 'GoLiveStatusSpan', 'IssuedPack',
    'OrganisationChange', 'Payment', 'Problem', 'Site', 'Source', 'Supplier', 'Trust', 'UserRole', 'user',
    '_AcceptanceToSource', '_ConfigurationToSource', '_ContractEventToSource', '_ContractToSource', '_DecisionToSource',
    '_DecisionTrusts', '_GoLiveActualToSource', '_GoLivePlanToSource', '_GoLiveToSource', '_OrganisationChangeToSource',
    '_PaymentToSource', '_ProblemToSource', '_SourceToTrust'
  ] LOOP
    EXECUTE format('CREATE CONSTRAINT TRIGGER "record_version" AFTER INSERT OR UPDATE OR DELETE ON %I
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "record_version_bump"()', t);
    -- TRUNCATE has no row triggers: a statement trigger, raised at once (a TRUNCATE locks the table anyway).
    EXECUTE format('CREATE TRIGGER "record_version_truncate" AFTER TRUNCATE ON %I
      FOR EACH STATEMENT EXECUTE FUNCTION "record_version_bump"()', t);
  END LOOP;
END
$$;
