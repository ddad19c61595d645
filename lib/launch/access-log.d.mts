export function accessLogLine(request: { method: string | undefined; url: string | undefined; status: number; durationMs: number; bytes: number | null; at: Date }): string;
export function isAccessLogOn(env: Readonly<Record<string, string | undefined>>): boolean;
