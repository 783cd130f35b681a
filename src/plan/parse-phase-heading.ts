export interface PhaseHeading {
  /** As written: `"1"`, `"3.1"`, `"A"`, `"N"`, `"3+"`, `"Final"`. */
  number: string;
  title: string;
}

const word = '(?:Phase|PHASE|phase|Fase|FASE|fase|阶段|階段|Этап|этап|Фаза|фаза|단계|フェーズ)';
const number = String.raw`(\d+(?:\.\d+)*\+?|[A-Z](?![\w])|Final)`;
const separator = '[:：\\-–—.]';
const pattern = new RegExp(
  // An optional section number (`## 3. Phase 0 — …`), an optional `Final` before the word.
  String.raw`^(?:\d+(?:\.\d+)*\.?\s+)?(Final\s+)?${word}\s*${number}?\s*(?:${separator}\s*(.*))?$`,
  's',
);

/**
 * Recognises a phase heading from its plain text. After the number there must be a separator
 * or nothing, which is what keeps `Phase Dependencies`, `Phase 1 Quality Gate` and
 * `RED Phase` from being phases.
 */
export function parsePhaseHeading(text: string): PhaseHeading | null {
  const match = pattern.exec(text.trim());
  if (!match) return null;
  const [, final, num, title] = match;
  const value = num ?? (final ? 'Final' : undefined);
  if (value === undefined) return null;
  // `Phase 1.` followed by nothing is a sentence, `Phase 1 - ` with no title is still a phase.
  return { number: value, title: (title ?? '').trim() };
}
