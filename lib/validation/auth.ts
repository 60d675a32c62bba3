import { z } from "zod";

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Enter your email address")
    .max(254, "Email address must be 254 characters or fewer")
    .email("Enter an email address in the correct format, like name@example.nhs.uk"),
  password: z.string().min(1, "Enter your password").max(128, "Password must be 128 characters or fewer"),
  next: z.string().optional(),
});

// Any origin will do to resolve against: a path that stays on it stays on the app's own.
const SELF = "http://rollout.invalid";

/**
 * Only a path on this site, as the URL parser reads it: never another origin (`//host`, `/\\host`,
 * `/\t/host`, which browsers read as `//host`). Control characters and the like come back
 * percent-encoded, so the path is always safe to redirect to. Anything else, or a repeated
 * parameter, is the overview.
 */
export function safeNextPath(next: unknown): string {
  if (typeof next !== "string" || !next.startsWith("/") || next.length > 2048) return "/";
  let url: URL;
  try {
    url = new URL(next, SELF);
  } catch {
    return "/";
  }
  if (url.origin !== SELF) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Resolved paths never start with "//", but keep the guarantee explicit.
  return path.startsWith("//") ? "/" : path;
}
