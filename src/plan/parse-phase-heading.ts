export interface PhaseHeading {
  /** As written: `"1"`, `"3.1"`, `"2b"`, `"A"`, `"N"`, `"3+"`, or `"Final"` in any language. */
  number: string;
  title: string;
}

const word = '(?:Phase|PHASE|phase|Fase|FASE|fase|阶段|階段|Этап|этап|Фаза|фаза|단계|フェーズ)';
/** `Final` in the languages plans are written in: `Fase final`, `Phase finale`, `最終フェーズ`. */
const finalWord =
  '(?:[Ff]inal[e]?|FINAL[E]?|最終|最终|Финальн(?:ая|ый)|Заключительн(?:ая|ый)|최종)';
const number = String.raw`(\d+(?:\.\d+)*[a-zA-Z]?\+?(?![\w])|[A-Z](?![\w])|${finalWord}(?![\w]))`;
const separator = '[:：\\-–—.]';
const pattern = new RegExp(
  // An optional section number (`## 3. Phase 0 — …`), an optional `Final` before the word.
  String.raw`^(?:\d+(?:\.\d+)*\.?\s+)?(${finalWord}\s*)?${word}\s*${number}?\s*(?:${separator}\s*(.*))?$`,
  's',
);

const finalOnly = new RegExp(`^${finalWord}$`);

/**
 * Recognises a phase heading from its plain text. After the number there must be a separator
 * or nothing, which is what keeps `Phase Dependencies`, `Phase 1 Quality Gate` and
 * `RED Phase` from being phases.
 */
export function parsePhaseHeading(text: string): PhaseHeading | null {
  const match = pattern.exec(text.trim());
  if (!match) return null;
  const [, final, num, title] = match;
  const value =
    num === undefined ? (final ? 'Final' : undefined) : finalOnly.test(num) ? 'Final' : num;
  if (value === undefined) return null;
  // `Phase 1.` followed by nothing is a sentence, `Phase 1 - ` with no title is still a phase.
  return { number: value, title: (title ?? '').trim() };
}
