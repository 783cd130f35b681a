import { describe, expect, it } from 'vitest';
import { parsePhaseHeading } from '../../src/plan/parse-phase-heading.js';

describe('parsePhaseHeading', () => {
  it.each([
    ['Phase 1: Setup & Foundation', '1', 'Setup & Foundation'],
    ['Phase 3.1: セットアップ', '3.1', 'セットアップ'],
    ['Phase A — Schema & Validators', 'A', 'Schema & Validators'],
    ['Phase N: Polish & Cross-Cutting Concerns', 'N', 'Polish & Cross-Cutting Concerns'],
    ['Final Phase: Validation and documentation', 'Final', 'Validation and documentation'],
    ['Phase Final - Wrap up', 'Final', 'Wrap up'],
    ['Phase 3+: Future Implementation', '3+', 'Future Implementation'],
    ['Phase 1 — UI', '1', 'UI'],
    ['Phase 2 – Core', '2', 'Core'],
    ['Fase 2: História de Usuário 1', '2', 'História de Usuário 1'],
    ['阶段 1：设置（共享基础设施）', '1', '设置（共享基础设施）'],
    ['Этап 2: Ядро', '2', 'Ядро'],
    ['단계 3: 구현', '3', '구현'],
    ['フェーズ1: 準備', '1', '準備'],
    ['3. Phase 0 — Hallazgos', '0', 'Hallazgos'],
    [
      'Phase 3: User Story 1 - Title (Priority: P1) 🎯 MVP',
      '3',
      'User Story 1 - Title (Priority: P1) 🎯 MVP',
    ],
    ['Phase 4', '4', ''],
  ])('reads "%s" as phase %s', (text, number, title) => {
    expect(parsePhaseHeading(text)).toEqual({ number, title });
  });

  it.each([
    'Phase Dependencies',
    'RED Phase ✋',
    'Phase 1 Quality Gate',
    'By Phase:',
    'Pre-Design Check (Phase 0)',
    'Dependências de Fase',
    '阶段依赖',
  ])('does not read "%s" as a phase', (text) => {
    expect(parsePhaseHeading(text)).toBeNull();
  });
});
