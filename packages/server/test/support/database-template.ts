import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { openPglite, openPostgres } from "../../src/platform/db";

declare module "vitest" {
  export interface ProvidedContext {
    /** A migrated PGlite data directory (tarball) each test file's database starts from. */
    pgliteTemplatePath: string;
    /** On PostgreSQL: a migrated database each test file's database is created from. */
    postgresTemplateDatabase: string;
  }
}

const migrationsFolder = fileURLToPath(new URL("../../src/db/migrations/", import.meta.url));
const templatesFolder = fileURLToPath(new URL("../../../../.tmp/test-templates/", import.meta.url));

/** The migrations' fingerprint: a template made before a migration changed is never reused. */
const migrationsKey = async (): Promise<string> => {
  const hash = createHash("sha256");
  const walk = async (folder: string): Promise<void> => {
    for (const entry of (await readdir(folder, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = `${folder}${entry.name}`;
      if (entry.isDirectory()) await walk(`${path}/`);
      else hash.update(entry.name).update(await readFile(path));
    }
  };
  await walk(migrationsFolder);
  return hash.digest("hex").slice(0, 16);
};

const exists = (path: string) => stat(path).then(() => true, () => false);

/** Creates (once per set of migrations) the PGlite template; written aside and renamed, so concurrent runs never read half a file. */
const pgliteTemplate = async (key: string): Promise<string> => {
  const path = `${templatesFolder}pglite-${key}.tar`;
  if (await exists(path)) return path;
  await mkdir(templatesFolder, { recursive: true });
  const database = await openPglite(undefined);
  await database.migrate();
  const dump = await database.dumpDataDir?.();
  await database.close();
  if (!dump) throw new Error("PGlite could not dump its data directory");
  const partial = `${path}.${process.pid}.partial`;
  await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
  await rename(partial, path);
  return path;
};

/** Creates a migrated template database on the test PostgreSQL server; dropped when the run ends. */
const postgresTemplate = async (serverUrl: string, key: string): Promise<{ name: string; drop: () => Promise<void> }> => {
  const name = `passerelle_template_${key}_${process.pid}`;
  const query = async (text: string) => {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      await admin.query(text);
    } finally {
      await admin.end();
    }
  };
  await query(`drop database if exists ${name}`);
  await query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString(), 1);
  await database.migrate();
  // A database with open connections cannot serve as a template.
  await database.close();
  return { name, drop: () => query(`drop database if exists ${name} with (force)`) };
};

/** Vitest global setup of the server project: one migrated template per run instead of one migration per file. */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const key = await migrationsKey();
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    project.provide("pgliteTemplatePath", await pgliteTemplate(key));
    project.provide("postgresTemplateDatabase", "");
    return undefined;
  }
  const template = await postgresTemplate(serverUrl, key);
  project.provide("pgliteTemplatePath", "");
  project.provide("postgresTemplateDatabase", template.name);
  return template.drop;
}
