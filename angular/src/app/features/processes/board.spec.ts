import { ProcessInstanceDto } from '../../api/models/process-instance-dto';
import { ProcessStepDto } from '../../api/models/process-step-dto';
import { currentStepNamed, processBoard } from './board';

function step(name: string, order: number, group: number, done = false): ProcessStepDto {
  return {
    id: name + order, order, name, parallelGroup: group, endsWithApproval: false, assigneeUserIds: [], startDate: '2026-07-01', dueDate: '2026-07-02',
    isCompleted: done, completedTime: null, completedByUserId: null, isOverdue: false, deliverables: [], approvalRequestId: null, isAwaitingApproval: false,
  } as ProcessStepDto;
}

function instance(name: string, startDate: string, steps: ProcessStepDto[], isCompleted = false): ProcessInstanceDto {
  return { id: name, name, startDate, steps, isCompleted } as unknown as ProcessInstanceDto;
}

describe('processBoard', () => {
  it('puts each running process in the columns of its current steps and leaves finished ones out', () => {
    const board = processBoard([
      instance('first', '2026-07-01', [step('A', 0, 1, true), step('B', 1, 2), step('C', 2, 2), step('D', 3, 3)]),
      instance('second', '2026-07-02', [step('A', 0, 1), step('B', 1, 2), step('C', 2, 2), step('D', 3, 3)]),
      instance('done', '2026-06-01', [step('A', 0, 1, true)], true),
    ]);

    expect(board.map((c) => [c.name, c.cards.map((i) => i.name)])).toEqual([
      ['A', ['second']],
      ['B', ['first']],
      ['C', ['first']],
      ['D', []],
    ]);
  });

  it('finds the step of a card\'s column: the current one of that name', () => {
    const running = instance('first', '2026-07-01', [step('A', 0, 1, true), step('B', 1, 2), step('C', 2, 3)]);

    expect(currentStepNamed(running, 'B')?.id).toBe('B1');
    expect(currentStepNamed(running, 'A')).toBeNull();
    expect(currentStepNamed(running, 'C')).toBeNull();
  });
});
