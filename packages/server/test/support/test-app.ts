import type { FastifyInstance } from "fastify";
import pg from "pg";
import { buildApp } from "../../src/app";
import { type Clock, systemClock } from "../../src/platform/clock";
import { type Database, openPglite, openPostgres } from "../../src/platform/db";

export type TestApp = { app: FastifyInstance; database: Database; baseUrl: string; close: () => Promise<void> };

/**
 * A real server on a random port, over a fresh database: embedded PGlite in memory, or, when
 * TEST_DATABASE_URL is set, a new database created on that PostgreSQL server (dropped afterwards).
 */
export const startTestApp = async (clock: Clock = systemClock, options: { trustProxy?: boolean } = {}): Promise<TestApp> => {
  const serverUrl = process.env.TEST_DATABASE_URL;
  let database: Database;
  let dropDatabase: () => Promise<void> = async () => undefined;
  if (serverUrl) {
    const name = `passerelle_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
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
    database = await openPglite(undefined);
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
