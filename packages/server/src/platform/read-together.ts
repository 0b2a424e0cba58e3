import { PgTransaction } from "drizzle-orm/pg-core";
import type { Executor } from "./db";

type Reads<T extends readonly unknown[]> = { [K in keyof T]: () => Promise<T[K]> };

/**
 * Independent reads of one use case: at once on the database (the pool gives each its own connection), one after
 * the other in a transaction, which is one connection running one query at a time (pg 8 queues a query sent while
 * another runs, with a deprecation warning; pg 9 refuses it).
 */
export const readTogether = async <T extends readonly unknown[]>(db: Executor, ...reads: Reads<T>): Promise<T> => {
  if (!(db instanceof PgTransaction)) return (await Promise.all(reads.map((read) => read()))) as unknown as T;
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as unknown as T;
};
