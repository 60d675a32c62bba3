// Dropping a scratch database at the end of a test file or run.
//
// DROP DATABASE … WITH (FORCE) ends the other sessions on it, but PostgreSQL refuses to end one it
// cannot signal: an autovacuum worker analysing the tables a test has just filled belongs to no
// role, so a non-superuser gets "must be a member of the role whose process is being terminated"
// (42501), and a session still closing gives "is being accessed by other users" (55006). Both pass
// within moments, so the drop is tried again for a while before it fails the run.
import pg from "pg";

const RETRYABLE = new Set(["42501", "55006"]);

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export async function dropDatabase(serverUrl: string, name: string, { attempts = 40, waitMs = 250 } = {}) {
  for (let attempt = 1; ; attempt++) {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
      return;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (attempt >= attempts || !code || !RETRYABLE.has(code)) throw error;
    } finally {
      await client.end();
    }
    await new Promise((resolve) => setTimeout(resolve, waitMs));
  }
}
