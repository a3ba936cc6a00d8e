// The two database roles: the owner, which runs migrations and owns every
// table, and the app's role, which the running app connects as. The app's
// role may read and write the tenant data, but on "AuditEvent" only INSERT
// and SELECT (a trigger also refuses UPDATE and DELETE to everyone), and it
// owns nothing, so it cannot change the schema or the migration history.
//
// The embedded PostgreSQL gets both roles made here; on a managed PostgreSQL
// an administrator makes them once (README, "Deploying"), and
// `npm run db:migrate` grants the app's role its rights after every
// migration, so a table added by a later migration is covered too.
// Node-only: never imported by the app itself.
import pg from "pg";

/** The app's role on the embedded server. */
export const EMBEDDED_APP_ROLE = "stocktake_app";
// Loopback-only development server; the password protects nothing real.
const EMBEDDED_APP_PASSWORD = "stocktake-app-local";

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** The user a postgresql:// URL connects as. */
export function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

/** The same database as `url`, as another role. */
export function urlAs(url: string, role: string, password: string): string {
  const next = new URL(url);
  next.username = encodeURIComponent(role);
  next.password = encodeURIComponent(password);
  return next.toString();
}

/**
 * Makes the embedded server's app role (a login with no other powers) and
 * returns the URL of `database` as that role. Run as the server's superuser.
 */
export async function ensureEmbeddedAppRole(superuserUrl: string): Promise<string> {
  await withClient(superuserUrl, async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [EMBEDDED_APP_ROLE]);
    const verb = rowCount ? "ALTER" : "CREATE";
    await client.query(
      `${verb} ROLE ${ident(EMBEDDED_APP_ROLE)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '${EMBEDDED_APP_PASSWORD}'`,
    );
  });
  return urlAs(superuserUrl, EMBEDDED_APP_ROLE, EMBEDDED_APP_PASSWORD);
}

/**
 * Gives the app's role what it needs and nothing more, on every table the
 * migrations made (run as the owner, after migrating). Idempotent.
 */
export async function grantAppRole(ownerUrl: string, appRole: string): Promise<void> {
  if (appRole === roleOf(ownerUrl)) return;
  await withClient(ownerUrl, async (client) => {
    const { rows } = await client.query<{ schema: string }>("SELECT current_schema() AS schema");
    const schema = ident(rows[0]!.schema);
    const role = ident(appRole);
    await client.query("BEGIN");
    try {
      for (const statement of [
        `GRANT USAGE ON SCHEMA ${schema} TO ${role}`,
        `REVOKE CREATE ON SCHEMA ${schema} FROM ${role}`,
        `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${role}`,
        `REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA ${schema} FROM ${role}`,
        `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${role}`,
        // The audit trail: written with each change, read by the app, never rewritten.
        `REVOKE UPDATE, DELETE ON ${schema}."AuditEvent" FROM ${role}`,
        // The migration history is the owner's.
        `REVOKE ALL ON ${schema}."_prisma_migrations" FROM ${role}`,
      ]) {
        await client.query(statement);
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    }
  });
}
