import { describe, expect, it } from 'vitest';
import { shorten } from '../../src/push/fit-titles.js';

const length = (text: string) => [...text].length;

describe('shorten', () => {
  it('cuts at the last space in the second half and ends with …', () => {
    expect(shorten('T001 Move every account to the new schema', 24)).toBe(
      'T001 Move every account…',
    );
  });

  it('cuts a word without spaces at the limit', () => {
    const title = 'T001 ' + 'x'.repeat(50);
    const short = shorten(title, 20);
    expect(length(short)).toBe(20);
    expect(short.endsWith('…')).toBe(true);
  });

  it('never splits an emoji or a combined letter', () => {
    const family = '👨‍👩‍👧';
    expect(shorten(`T001 ${family.repeat(5)}`, 14)).toBe(`T001 ${family}…`);
    expect(shorten('T001 Cafe\u0301 menu and more words here', 11)).toBe('T001 Cafe\u0301…');
  });

  it('drops trailing punctuation before the ellipsis', () => {
    expect(shorten('T001 Setup: the database, the queues and the workers', 20)).toBe(
      'T001 Setup: the…',
    );
  });
});
