import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set. Start the app with `npm start`, which sets it, or set it to a PostgreSQL URL." })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL"),
  /** Set by the launcher to 1 for the embedded database, which serves one connection at a time. */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
});

export type Env = z.infer<typeof schema>;

let parsed: Env | undefined;

export function getEnv(): Env {
  parsed ??= schema.parse(process.env);
  return parsed;
}
