import { z } from "zod";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "Enter your email address").max(254, "Email address must be 254 characters or fewer").email("Enter an email address in the correct format, like name@example.nhs.uk"),
  password: z.string().min(1, "Enter your password").max(128, "Password must be 128 characters or fewer"),
  next: z.string().optional(),
});

/** Only a path on this site: never an absolute or protocol-relative address (open redirect). */
export function safeNextPath(next: string | undefined | null): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  return next;
}
