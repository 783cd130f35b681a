/**
 * The adapter contract as a vitest suite. Any adapter, built in or published as its own
 * package, calls `describeAdapterContract('gitlab', setup)` from a test file and gets the
 * checks the core relies on:
 *
 *   import { describeAdapterContract } from 'plansync/testing';
 *
 * The suite uses the adapter's public methods only, and every test works in a feature of its
 * own, so it can also run against a sandbox tracker.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Adapter, CreateRequest, VerifyProblem } from '../contract/types.js';
import { describeFailures } from './contract-failures.js';
import { describeFields } from './contract-fields.js';
import { describeReads } from './contract-reads.js';
import { useKinds } from './requests.js';
import { type ContractSetup, type SuiteState, withHelpers } from './suite-state.js';

export type { ContractSetup } from './suite-state.js';

export function describeAdapterContract(name: string, setup: () => Promise<ContractSetup>): void {
  describe(`the ${name} adapter keeps the adapter contract`, () => {
    const state = withHelpers({} as SuiteState);
    let problems: VerifyProblem[] = [];
    beforeEach(async () => {
      state.current = await setup();
      state.adapter = state.current.adapter;
      useKinds(state.adapter.kinds);
      // The core always verifies before anything else; some adapters resolve their target here.
      problems = await state.adapter.verify();
      state.feature = `contract-${randomUUID().slice(0, 8)}`;
    });
    afterEach(async () => {
      useKinds(null);
      await state.current?.cleanup?.();
    });

    it('verifies a good setup without problems', () => {
      expect(problems).toEqual([]);
    });

    it('reports refused credentials from verify() as an auth problem, without throwing', async () => {
      const bad: Adapter = await state.current.withBadCredentials();
      const found = await bad.verify();
      expect(found.map((p) => p.code)).toContain('auth');
    });

    it('declares what each kind holds', () => {
      const { kinds, batchSize } = state.adapter;
      expect(batchSize).toBeGreaterThanOrEqual(1);
      for (const spec of [kinds.task, kinds.group, kinds.container]) {
        if (!spec) continue;
        expect(spec.fields).toContain('title');
        for (const [field, fn] of Object.entries(spec.canonical ?? {})) {
          // Canonical forms are applied to both sides, so they must be idempotent.
          const sample = field === 'labels' || field === 'dependsOn' ? ['a', 'B'] : 'Sample  text';
          const once = (fn as (v: unknown) => unknown)(sample);
          expect((fn as (v: unknown) => unknown)(once), field).toEqual(once);
        }
      }
      if (kinds.task.fields.includes('dependsOn'))
        expect(state.adapter.relate).toBeTypeOf('function');
    });

    it('answers a full batch of creates with one result per request, in order', async () => {
      const size = state.adapter.batchSize;
      const batch: CreateRequest[] = Array.from({ length: size }, (_, n) =>
        state.task(`T${String(n + 1).padStart(3, '0')}`),
      );
      const results = await state.adapter.create(batch);
      expect(results.map((r) => r.key)).toEqual(batch.map((r) => r.key));
      expect(results.map((r) => r.status)).toEqual(batch.map(() => 'created'));
      const ids = results.map((r) => (r.status === 'failed' ? '' : r.item.id));
      expect(new Set(ids).size).toBe(size);
    });

    it('maps its own links back to the item, and refuses links that are not its own', async () => {
      const item = await state.createOne(state.task('T001'));
      expect(item.ref.text.trim()).not.toBe('');
      expect(item.ref.url).toMatch(/^https?:\/\//);
      expect(state.adapter.parseRef(item.ref.url)).toEqual({ id: item.id });
      expect(state.adapter.parseRef('https://example.invalid/elsewhere/1')).toBeNull();
      expect(state.adapter.parseRef('not a url')).toBeNull();
    });

    describeReads(state);
    describeFields(state);
    describeFailures(state);
  });
}
