/** An expected failure of a local service, reported to the operator as one readable message. */
export class ServiceError extends Error {
  readonly hint: string;

  constructor(message: string, hint: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ServiceError";
    this.hint = hint;
  }
}

export function describeFailure(error: unknown): string {
  if (error instanceof ServiceError) return `${error.message}\n  How to fix: ${error.hint}`;
  if (error instanceof Error) return error.message;
  return String(error);
}
