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
