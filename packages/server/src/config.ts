import { resolve } from "node:path";

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  demoDataDir: string;
  databaseUrl: string | undefined;
  trustProxy: boolean;
  validateResponses: boolean;
};

/** Settings come from the environment only (twelve-factor): PORT, HOST, DATA_DIR, DEMO_DATA_DIR, DATABASE_URL, TRUST_PROXY, VALIDATE_RESPONSES. */
export const loadConfig = (env: NodeJS.ProcessEnv = process.env): Config => {
  const port = Number.parseInt(env.PORT ?? "3000", 10);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? "localhost",
    dataDir: resolve(env.DATA_DIR ?? "./data"),
    demoDataDir: resolve(env.DEMO_DATA_DIR ?? "./data-demo"),
    databaseUrl: env.DATABASE_URL || undefined,
    trustProxy: env.TRUST_PROXY === "true" || env.TRUST_PROXY === "1",
    // Response contracts are checked in tests and in development; `VALIDATE_RESPONSES=true` turns it on anywhere.
    validateResponses: env.VALIDATE_RESPONSES === "true" || env.NODE_ENV === "development",
  };
};
