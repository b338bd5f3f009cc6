import { ProcessInstanceDto } from '../../api/models/process-instance-dto';
import { ProcessStepDto } from '../../api/models/process-step-dto';
import { stepStatus, timeline } from './step-status';

export interface BoardColumn {
  readonly name: string;
  readonly cards: ProcessInstanceDto[];
}

/**
 * A template's running processes by step: one column per step name (in timeline order, steps of older versions
 * after them); each running process sits in the column of every step it is on now (open, overdue or waiting for
 * its approval: a parallel group puts it in several columns). Finished processes are left out.
 */
export function processBoard(instances: readonly ProcessInstanceDto[]): BoardColumn[] {
  const running = instances.filter((i) => !i.isCompleted);
  const newestFirst = [...running].sort((a, b) => b.startDate.localeCompare(a.startDate));
  const names: string[] = [];
  for (const instance of newestFirst) {
    for (const step of timeline(instance.steps)) {
      if (!names.includes(step.name)) names.push(step.name);
    }
  }
  return names.map((name) => ({
    name,
    cards: running.filter((i) => i.steps.some((s) => s.name === name && isCurrent(stepStatus(s, i.steps)))),
  }));
}

/** The step of a card's column: the process's current step of that name (what "Reassign…" on the card hands over). */
export function currentStepNamed(instance: ProcessInstanceDto, name: string): ProcessStepDto | null {
  return instance.steps.find((s) => s.name === name && isCurrent(stepStatus(s, instance.steps))) ?? null;
}

function isCurrent(status: ReturnType<typeof stepStatus>): boolean {
  return status === 'open' || status === 'overdue' || status === 'awaitingApproval';
}
