import { expect, it } from 'vitest';
it('domain probe passes', () => { expect(1 + 1).toBe(2); });
it.skip('domain probe skipped', () => {});
it.todo('domain probe todo');
