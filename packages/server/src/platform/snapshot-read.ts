import type { SQL } from "drizzle-orm";
import type pg from "pg";
import type { ReadOptions, SnapshotPart, SnapshotRead } from "./db";

/** A named prepared statement as pg takes it. */
type Statement = { name: string; text: string; values: unknown[] };

/**
 * `Database.readSnapshot` on a PostgreSQL pool (see SnapshotRead): the parts at once on their own connections, the
 * first exporting its snapshot (pg_export_snapshot) and the others importing it, or in turn in one repeatable-read
 * transaction when the pool cannot give every connection without waiting.
 */
export const postgresSnapshotRead = (pool: pg.Pool, poolSize: number, statementOf: (name: string, query: SQL) => Statement): SnapshotRead =>
  (async (parts: readonly SnapshotPart[], options: Pick<ReadOptions, "workMemMb"> = {}) => {
    // Every connection is taken in this tick, only when the pool can give them all without waiting (pg-pool hands
    // out idle ones and reserves new ones synchronously).
    const free = pool.idleCount + (poolSize - pool.totalCount);
    const together = parts.length > 1 && pool.waitingCount === 0 && free >= parts.length;
    const clients = await Promise.all((together ? parts : parts.slice(0, 1)).map(() => pool.connect()));
    const workMem = options.workMemMb ? `set_config('work_mem', '${Math.round(options.workMemMb)}MB', true)` : null;
    const begin = "begin isolation level repeatable read, read only";
    const opened: typeof clients = [];
    let broken: Error | undefined;
    try {
      const [first, ...others] = clients;
      opened.push(first!);
      const exported = (await first!.query(`${begin}; select pg_export_snapshot() as snapshot${workMem ? `, ${workMem}` : ""}`)) as unknown as {
        rows: { snapshot?: string }[];
      }[];
      const snapshot = exported[1]?.rows[0]?.snapshot ?? "";
      if (!/^[0-9A-F-]+$/i.test(snapshot)) throw new Error(`postgres: unexpected snapshot id ${JSON.stringify(snapshot)}`);
      const run = (client: (typeof clients)[number], part: SnapshotPart) =>
        client.query<object>(statementOf(part.name, part.query)).then((r) => r.rows);
      // Every part settles before the read ends, even when one fails: a connection still running its part must not
      // be sent the rollback, nor go back to the pool, before it has answered.
      const allTogether = async (): Promise<object[][]> => {
        const settled = await Promise.allSettled(
          parts.map(async (part, i) => {
            if (i > 0) {
              const client = others[i - 1]!;
              opened.push(client);
              await client.query(`${begin}; set transaction snapshot '${snapshot}'${workMem ? `; select ${workMem}` : ""}`);
            }
            return run(clients[i]!, part);
          }),
        );
        const failed = settled.find((s): s is PromiseRejectedResult => s.status === "rejected");
        if (failed) throw failed.reason;
        return settled.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
      };
      const inTurn = async (): Promise<object[][]> => {
        const results: object[][] = [];
        for (const part of parts) results.push(await run(first!, part));
        return results;
      };
      const results = together ? await allTogether() : await inTurn();
      await Promise.all(opened.map((client) => client.query("commit")));
      return results;
    } catch (error) {
      await Promise.all(opened.map((client) => client.query("rollback").catch((e: Error) => (broken = e))));
      throw error;
    } finally {
      for (const client of clients) client.release(broken);
    }
  }) as SnapshotRead;
