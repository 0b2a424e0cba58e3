import type { FastifyInstance } from "fastify";
import { readFile } from "node:fs/promises";
import pg from "pg";
import { inject } from "vitest";
import { buildApp } from "../../src/app";
import { type Clock, systemClock } from "../../src/platform/clock";
import { type Database, openPglite, openPostgres } from "../../src/platform/db";

export type TestApp = { app: FastifyInstance; database: Database; baseUrl: string; close: () => Promise<void> };

/**
 * A real server on a random port, over a fresh database: embedded PGlite in memory, or, when
 * TEST_DATABASE_URL is set, a new database created on that PostgreSQL server (dropped afterwards). Both start
 * from the run's migrated template (`database-template.ts`); `migrate` then has nothing left to do.
 */
export const startTestApp = async (clock: Clock = systemClock, options: { trustProxy?: boolean } = {}): Promise<TestApp> => {
  const serverUrl = process.env.TEST_DATABASE_URL;
  let database: Database;
  let dropDatabase: () => Promise<void> = async () => undefined;
  if (serverUrl) {
    const name = `passerelle_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    const template = inject("postgresTemplateDatabase");
    await admin.query(template ? `create database ${name} template ${template}` : `create database ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    database = await openPostgres(url.toString(), 5);
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  } else {
    const templatePath = inject("pgliteTemplatePath");
    database = await openPglite(undefined, undefined, templatePath ? new Blob([await readFile(templatePath)]) : undefined);
  }
  await database.migrate();
  const app = await buildApp({ database, clock, webDist: null, trustProxy: options.trustProxy });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    app,
    database,
    baseUrl: `http://127.0.0.1:${port}`,
    close: async () => {
      await app.close();
      await database.close();
      await dropDatabase();
    },
  };
};
