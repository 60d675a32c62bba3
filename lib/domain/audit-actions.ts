// Each audited action in the words the change histories and the audit trail show: "Re-planned", not
// "go-live.replan". Pure: the stored action in, words out.

const ACTION_WORDS: Record<string, string> = {
  "go-live.replan": "Re-planned",
  "go-live.record-actual": "Recorded the go-live",
  "acceptance.record": "Recorded acceptance",
  "problem.record": "Recorded a problem",
  "decision.record": "Recorded a decision",
  "source.add": "Added a source",
  "baseline.take": "Took a baseline",
  "tolerance.set": "Set a tolerance",
  "board-pack.issue": "Issued a board pack",
  "user.invite": "Invited",
  "user.accept-invitation": "Accepted the invitation",
  "user.set-roles": "Changed roles",
  "user.deactivate": "Deactivated the account",
  "user.reactivate": "Reactivated the account",
  "user.create-demo": "Created the demo account",
  "api-token.create": "Created an API token",
  "api-token.revoke": "Revoked an API token",
  "changes.mark-seen": "Marked the changes as seen",
  // a spreadsheet import refused as a whole (lib/import/batches.ts); its applied rows have their own actions
  "import.replans": "Imported re-plans from a spreadsheet",
  "import.go-lives": "Imported go-lives from a spreadsheet",
  "import.problems": "Imported problems from a spreadsheet",
  "sample-data.load": "Loaded the sample data",
};

/** The action in words; one this table does not know is shown as stored, never hidden. */
export function actionInWords(action: string): string {
  return ACTION_WORDS[action] ?? action;
}
