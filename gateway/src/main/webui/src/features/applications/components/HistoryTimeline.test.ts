import { describe, expect, it } from 'vitest';
import { collapseEdits } from './HistoryTimeline';

describe('collapseEdits', () => {
  it('makes a run of edits one step that counts them, keeping the others apart', () => {
    const at = (action: string) => ({ action, from: 'DRAFT', to: 'DRAFT', occurredAt: action });
    const steps = collapseEdits([at('create'), at('edit'), at('edit'), at('edit'), at('attach'), at('edit')]);
    expect(steps.map((s) => [s.event.action, s.times])).toEqual([
      ['create', 1],
      ['edit', 3],
      ['attach', 1],
      ['edit', 1],
    ]);
  });
});
