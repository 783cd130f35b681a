import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/writeback/apply-edits.js';

describe('applyEdits', () => {
  it('applies edits given in any order against the original offsets', () => {
    const edits = [
      { start: 5, end: 5, text: '!' },
      { start: 0, end: 1, text: 'J' },
      { start: 2, end: 4, text: '' },
    ];
    expect(applyEdits('hello', edits)).toBe('Jeo!');
  });

  it('returns the text unchanged when there are no edits', () => {
    expect(applyEdits('a\r\nb', [])).toBe('a\r\nb');
  });

  it('refuses overlapping edits', () => {
    expect(() =>
      applyEdits('hello', [
        { start: 0, end: 3, text: 'x' },
        { start: 2, end: 4, text: 'y' },
      ]),
    ).toThrow(/overlap/);
  });

  it('refuses two insertions at the same point, whose order would be a guess', () => {
    expect(() =>
      applyEdits('hello', [
        { start: 1, end: 1, text: 'x' },
        { start: 1, end: 1, text: 'y' },
      ]),
    ).toThrow(/overlap/);
  });

  it('accepts edits that only touch', () => {
    expect(
      applyEdits('hello', [
        { start: 0, end: 2, text: 'HE' },
        { start: 2, end: 5, text: 'LLO' },
      ]),
    ).toBe('HELLO');
  });

  it('refuses an edit beyond the end of the text', () => {
    expect(() => applyEdits('hi', [{ start: 1, end: 3, text: '' }])).toThrow(/outside/);
  });
});
