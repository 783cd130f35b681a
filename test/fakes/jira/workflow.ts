/**
 * The issue types and workflows every fake project starts with. Epics get their own
 * transition ids, as separate workflows do in real projects, so a client that assumes one
 * set of ids for every issue type fails here.
 */
import type { FakeIssueType, FakeStatus, FakeTransition } from './model.js';

const STATUSES: FakeStatus[] = [
  { id: '10000', name: 'To Do', category: 'new' },
  { id: '3', name: 'In Progress', category: 'indeterminate' },
  { id: '10001', name: 'Done', category: 'done' },
];

function transitions(first: number): FakeTransition[] {
  // Global transitions: any status can move to any other, named after the target.
  return STATUSES.map((status, i) => ({
    id: String(first + i * 10),
    name: status.name,
    to: status.id,
  }));
}

export function defaultIssueTypes(): FakeIssueType[] {
  const type = (
    id: string,
    name: string,
    hierarchyLevel: number,
    firstTransition: number,
  ): FakeIssueType => ({
    id,
    name,
    subtask: hierarchyLevel < 0,
    hierarchyLevel,
    statuses: STATUSES,
    transitions: transitions(firstTransition),
  });
  return [
    type('10000', 'Epic', 1, 111),
    type('10001', 'Task', 0, 11),
    type('10002', 'Story', 0, 11),
    type('10004', 'Bug', 0, 11),
    type('10003', 'Sub-task', -1, 11),
  ];
}

export const STATUS_CATEGORIES = {
  new: { id: 2, key: 'new', name: 'To Do', colorName: 'blue-gray' },
  indeterminate: { id: 4, key: 'indeterminate', name: 'In Progress', colorName: 'yellow' },
  done: { id: 3, key: 'done', name: 'Done', colorName: 'green' },
} as const;
