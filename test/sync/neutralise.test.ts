import { describe, expect, it } from 'vitest';
import { neutralise, parseRegion, renderRegion } from '../../src/contract/body-region.js';

const ZWJ = '\u200d';

describe('plan text copied into a body (case 18)', () => {
  it('notifies nobody and links no issue: mentions and references are broken up', () => {
    const text = neutralise('Ask @octocat and @acme/reviewers about #1 and acme/app#5 (see #12)');
    expect(text).toBe(
      `Ask @${ZWJ}octocat and @${ZWJ}acme/reviewers about #${ZWJ}1 and acme/app#${ZWJ}5 (see #${ZWJ}12)`,
    );
  });

  it('leaves e-mail addresses, headings and colours alone', () => {
    expect(neutralise('mail ops@example.com\n## Phase 2\ncolour #fff')).toBe(
      'mail ops@example.com\n## Phase 2\ncolour #fff',
    );
  });

  it('cannot close the owned region early, so the region reads back whole', () => {
    const owned = neutralise('T001 Strip <!-- /plansync --> from bodies\n\nmore');
    const region = renderRegion(
      owned,
      'plansync:v1 key=f%2FT001 h=title.00000000',
      null,
      'html-comment',
    );
    const read = parseRegion(`${region}\n\nPeople's notes.`);
    expect(read.owned).toBe(owned);
    expect(read.after).toBe("\n\nPeople's notes.");
  });
});
