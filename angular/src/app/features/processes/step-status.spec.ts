import { ProcessStepDto } from '../../api/models/process-step-dto';
import { canReassign, canWorkOn, stepStatus, timeline } from './step-status';

const step = (id: string, order: number, group: number, extra: Partial<ProcessStepDto> = {}): ProcessStepDto => ({
  id,
  name: id,
  order,
  parallelGroup: group,
  approvalRequestId: null,
  assigneeUserIds: [],
  completedByUserId: null,
  completedTime: null,
  deliverables: [],
  dueDate: '2026-11-30T00:00:00Z',
  startDate: '2026-11-20T00:00:00Z',
  endsWithApproval: false,
  isAwaitingApproval: false,
  isCompleted: false,
  isOverdue: false,
  ...extra,
});

describe('process step timeline', () => {
  it('orders by parallel group, then list order', () => {
    const steps = [step('c', 2, 2), step('b', 1, 1), step('a', 0, 1)];
    expect(timeline(steps).map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });

  it('tells done, open, waiting, overdue and awaiting approval apart', () => {
    const first = step('a', 0, 1, { isCompleted: true });
    const parallel = step('b', 1, 2, { isOverdue: true });
    const sibling = step('c', 2, 2, { isAwaitingApproval: true });
    const later = step('d', 3, 3);
    const all = [first, parallel, sibling, later];
    expect(all.map((s) => stepStatus(s, all))).toEqual(['done', 'overdue', 'awaitingApproval', 'waiting']);
    expect(stepStatus(later, [first, later])).toBe('open');
  });

  it('lets assignees work on their step, anyone on a step without assignees', () => {
    expect(canWorkOn(step('a', 0, 1, { assigneeUserIds: ['u1'] }), 'u1')).toBe(true);
    expect(canWorkOn(step('a', 0, 1, { assigneeUserIds: ['u1'] }), 'u2')).toBe(false);
    expect(canWorkOn(step('a', 0, 1), 'u2')).toBe(true);
    expect(canWorkOn(step('a', 0, 1, { isCompleted: true }), 'u2')).toBe(false);
  });

  it('offers "Reassign…" to the step\'s holders and to process managers, on steps neither done nor awaiting approval', () => {
    const held = step('a', 0, 1, { assigneeUserIds: ['u1', 'u2'] });
    expect(canReassign(held, 'u1', false)).toBe(true);
    expect(canReassign(held, 'u3', false)).toBe(false);
    expect(canReassign(held, null, false)).toBe(false);
    expect(canReassign(held, 'u3', true)).toBe(true);
    expect(canReassign(step('b', 0, 1), 'u1', false)).toBe(false);
    expect(canReassign(step('c', 0, 1, { assigneeUserIds: ['u1'], isCompleted: true }), 'u1', true)).toBe(false);
    expect(canReassign(step('d', 0, 1, { assigneeUserIds: ['u1'], isAwaitingApproval: true }), 'u1', true)).toBe(false);
  });
});
