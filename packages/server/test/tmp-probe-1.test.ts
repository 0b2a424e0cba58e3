import { expect, it } from 'vitest';
it('db probe', async () => {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const pg = (await import('pg')).default;
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const r = await c.query('select version() as v');
    await c.end();
    console.log('PG:', r.rows[0].v, 'pid', process.pid, 'pool', process.env.VITEST_POOL_ID);
    expect(r.rows[0].v).toMatch(/PostgreSQL 15/);
  } else {
    const { PGlite } = await import('@electric-sql/pglite');
    const db = await PGlite.create();
    const r = await db.query<{ v: string }>('select version() as v');
    await db.close();
    console.log('PGlite:', r.rows[0].v, 'pid', process.pid, 'pool', process.env.VITEST_POOL_ID);
    expect(r.rows[0].v).toMatch(/PostgreSQL/);
  }
});
