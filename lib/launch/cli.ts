import { describeFailure } from "../services/errors";

/** Runs a command's main function: its number is the exit code; a failure is one readable line. */
export function runMain(main: () => Promise<number | void>, label: string): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      console.error(`[${label}] ${describeFailure(error)}`);
      process.exit(1);
    },
  );
}

/**
 * The one folder a command takes (`npm run backup -- DIR`), or the exit code once `--help` or a
 * usage error has been printed.
 */
export function oneFolderArgument(args: readonly string[], { help, missing }: { help: string; missing: string }): { folder: string } | { exitCode: number } {
  if (args.includes("--help") || args.includes("-h")) {
    console.log(help);
    return { exitCode: 0 };
  }
  const [folder] = args;
  if (args.length !== 1 || !folder || folder.startsWith("-")) {
    console.error(missing);
    return { exitCode: 1 };
  }
  return { folder };
}
