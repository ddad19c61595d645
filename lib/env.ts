import { z } from "zod";

const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);

const launchEnvSchema = z.object({
  DATABASE_URL: z.preprocess(emptyAsUndefined, z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL").optional()),
  MEILI_URL: z.preprocess(emptyAsUndefined, z.string().regex(/^https?:\/\//, "must be an http:// or https:// URL").optional()),
  MEILI_MASTER_KEY: z.preprocess(emptyAsUndefined, z.string().min(16, "must be at least 16 bytes (Meilisearch refuses shorter keys)").optional()),
  MEILI_BIN: z.preprocess(emptyAsUndefined, z.string().optional()),
  MEILI_INDEX: z.preprocess(emptyAsUndefined, z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, "letters, digits, - and _ only").default("cables")),
  PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65_535).default(3000)),
  ARCHIVE_DATA_DIR: z.preprocess(emptyAsUndefined, z.string().optional()),
});

export type LaunchEnv = z.infer<typeof launchEnvSchema>;

/** Validates the environment once, at start-up, with a message that names each bad variable. */
export function parseLaunchEnv(env: NodeJS.ProcessEnv): LaunchEnv {
  const result = launchEnvSchema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
  throw new Error(`Invalid environment:\n${problems}`);
}
