// The scripts' command lines: `--flag value` or `--flag=value`, each refused with the usage when it is not understood.

/** Says what is wrong and stops the script (2: it was called wrongly). */
export function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

/** A flag's value as a whole number from min to max, or the script stops saying what it must be. */
export function wholeNumber(flag: string, v: string, min: number, max: number): number {
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) fail(`${flag} must be a whole number from ${min} to ${max}, not "${v}"`);
  return Number(v);
}

/**
 * Hands each argument to `take` with a reader of its value (the rest of `--flag=value`, else the next argument), in
 * order; `take` returns false for a flag it does not know, which stops the script. --help and -h print the usage.
 */
export function eachArgument(argv: readonly string[], usage: string, take: (flag: string, value: () => string) => boolean): void {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const value = () => (eq > 0 ? arg.slice(eq + 1) : (argv[++i] ?? fail(`${flag} needs a value\n\n${usage}`)));
    if (flag === "--help" || flag === "-h") {
      console.log(usage);
      process.exit(0);
    }
    if (!take(flag, value)) fail(`unknown argument "${arg}"\n\n${usage}`);
  }
}
