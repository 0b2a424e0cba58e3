/**
 * Bulk loading for the national dataset (bench/generate-national.ts): rows go in through `insert ... select from
 * unnest($1::type[], $2::type[], ...)`, one array parameter per column and 20,000 rows per statement. On 1.5 million
 * contacts this is several times faster than drizzle's multi-row VALUES (which builds and sends one parameter per
 * cell) and needs no COPY client library. Rows are buffered and flushed as they are generated, so the whole contact
 * log is never held in memory.
 */
import type pg from "pg";

/**
 * A column: its name, the PostgreSQL type of its array parameter, and how the unnested value becomes the stored one
 * (text[] and uuid[] columns are sent as comma-joined text: unnest would flatten an array of arrays).
 */
export type Column = { name: string; type: string; wrap?: (value: string) => string };

export const col = (name: string, type: string): Column => ({ name, type });
/** A text[] / uuid[] column sent as one comma-joined string per row ("" for an empty array). */
export const listCol = (name: string, elementType: "text" | "uuid"): Column => ({
  name,
  type: "text",
  wrap: (v) => (elementType === "text" ? `string_to_array(${v}, ',')` : `string_to_array(${v}, ',')::uuid[]`),
});

export type TableWriter = { push: (row: unknown[]) => Promise<void>; flush: () => Promise<void>; done: () => Promise<number> };

/**
 * `parents`: the writers of the tables this one references; their buffered rows are flushed before each batch of
 * this one (a batch of episodes may reference people still in the people writer's buffer).
 */
export const tableWriter = (client: pg.ClientBase, table: string, columns: Column[], parents: readonly TableWriter[] = [], batchSize = 20_000): TableWriter => {
  const names = columns.map((c) => c.name).join(", ");
  const selected = columns.map((c, i) => (c.wrap ? c.wrap(`u.c${i}`) : `u.c${i}`)).join(", ");
  const unnested = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(", ");
  const aliases = columns.map((_, i) => `c${i}`).join(", ");
  const text = `insert into ${table} (${names}) select ${selected} from unnest(${unnested}) as u(${aliases})`;
  let buffer: unknown[][] = columns.map(() => []);
  let buffered = 0;
  let total = 0;
  const flush = async () => {
    if (buffered === 0) return;
    for (const parent of parents) await parent.flush();
    const values = buffer;
    buffer = columns.map(() => []);
    buffered = 0;
    await client.query(text, values);
  };
  return {
    flush,
    push: async (row) => {
      for (let i = 0; i < columns.length; i++) buffer[i].push(row[i] ?? null);
      buffered++;
      total++;
      if (buffered >= batchSize) await flush();
    },
    done: async () => {
      await flush();
      return total;
    },
  };
};
