import { ProcessStepDto } from '../../api/models/process-step-dto';

export type StepStatus = 'done' | 'awaitingApproval' | 'overdue' | 'open' | 'waiting';

/**
 * Where a step stands on the timeline: done, waiting for its approval, overdue, open (every earlier group
 * is done, so it can be worked on) or waiting for earlier steps.
 */
export function stepStatus(step: ProcessStepDto, steps: readonly ProcessStepDto[]): StepStatus {
  if (step.isCompleted) return 'done';
  if (step.isAwaitingApproval) return 'awaitingApproval';
  const blocked = steps.some((s) => groupOf(s) < groupOf(step) && !s.isCompleted);
  if (blocked) return 'waiting';
  return step.isOverdue ? 'overdue' : 'open';
}

/** Steps in timeline order: by parallel group (0 = its own position), then list order. */
export function timeline(steps: readonly ProcessStepDto[]): ProcessStepDto[] {
  return [...steps].sort((a, b) => groupOf(a) - groupOf(b) || Number(a.order) - Number(b.order));
}

/** May this user work on the step: an assignee, or anyone when it has none (as the API decides). */
export function canWorkOn(step: ProcessStepDto, userId: string | null | undefined): boolean {
  return !step.isCompleted && !step.isAwaitingApproval && (step.assigneeUserIds.length === 0 || (!!userId && step.assigneeUserIds.includes(userId)));
}

/**
 * May this user hand the step to someone else ("Reassign…", as the API decides): it is neither done nor waiting for its
 * approval, and the user holds it or manages processes (`Processes.Templates.Manage` reassigns any step).
 */
export function canReassign(step: ProcessStepDto, userId: string | null | undefined, canManage: boolean): boolean {
  if (step.isCompleted || step.isAwaitingApproval) return false;
  return canManage || (!!userId && step.assigneeUserIds.includes(userId));
}

function groupOf(step: ProcessStepDto): number {
  const group = Number(step.parallelGroup);
  return group > 0 ? group : Number(step.order) + 1;
}
