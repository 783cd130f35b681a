import type { Changeset, ItemFields, RemoteItem } from '../../src/diff/types.js';

/** One feature's changeset with one operation of every kind. */
const fields = (title: string, extra: Partial<ItemFields> = {}): ItemFields => ({
  title,
  body: '',
  state: 'open',
  labels: [],
  group: 'auth/phase-2',
  dependsOn: [],
  container: null,
  ...extra,
});

const remote = (n: number, title: string): RemoteItem => ({
  id: String(n),
  kind: 'task',
  ref: { text: `#${n}`, url: `https://github.com/acme/app/issues/${n}` },
  marker: { key: 'k', hashes: {} },
  fields: { title },
});

const marker = { key: 'k', hashes: {} };

export const everyKind: Changeset = {
  feature: 'auth',
  operations: [
    {
      op: 'create',
      key: 'auth/phase-2',
      kind: 'group',
      taskId: null,
      fields: fields('Phase 2: Core', { group: null }),
      marker,
      source: null,
      closeAfter: false,
    },
    {
      op: 'create',
      key: 'auth/T001',
      kind: 'task',
      taskId: 'T001',
      fields: fields('Create project structure'),
      marker,
      source: { file: 'specs/auth/tasks.md', line: 5 },
      closeAfter: false,
    },
    {
      op: 'update',
      key: 'auth/T002',
      kind: 'task',
      taskId: 'T002',
      remote: remote(12, 'Add login'),
      fields: fields('Add login form', { labels: ['P'] }),
      marker,
      changes: ['title', 'labels'],
      drift: [],
      reason: 'changed',
      comment: null,
      source: null,
    },
    {
      op: 'close',
      key: 'auth/T003',
      kind: 'task',
      taskId: 'T003',
      remote: remote(13, 'Old task'),
      fields: fields('Old task', { state: 'closed' }),
      marker,
      changes: ['state'],
      drift: [],
      reason: 'removed',
      comment: null,
      source: null,
    },
    {
      op: 'reopen',
      key: 'auth/T004',
      kind: 'task',
      taskId: 'T004',
      remote: remote(14, 'Fix logout'),
      fields: fields('Fix logout'),
      marker,
      changes: ['state'],
      drift: [],
      reason: 'reopened',
      comment: null,
      source: null,
    },
    {
      op: 'conflict',
      key: 'auth/T005',
      kind: 'task',
      taskId: 'T005',
      remote: remote(15, 'Session | store'),
      fields: fields('Session | store'),
      conflicts: ['title', 'body'],
    },
    {
      op: 'drift',
      key: 'auth/T006',
      kind: 'task',
      taskId: 'T006',
      remote: remote(16, 'Rate limits'),
      drift: ['labels'],
    },
    {
      op: 'unchanged',
      key: 'auth/T007',
      kind: 'task',
      taskId: 'T007',
      remote: remote(17, 'Quiet'),
    },
    {
      op: 'skip',
      key: 'auth/T008',
      kind: 'task',
      taskId: 'T008',
      remote: remote(18, 'Linked by hand'),
      why: 'linked item has no plansync marker',
    },
  ],
};

export const tasksFile = {
  file: 'specs/auth/tasks.md',
  before: '# Tasks\r\n\r\n- [ ] T001 Create project structure\r\n',
  after:
    '# Tasks\r\n\r\n- [ ] T001 Create project structure [#21](https://github.com/acme/app/issues/21)\r\n',
};
