import { BackgroundJobState } from '../../api/models/background-job-state';

export const jobStates: readonly BackgroundJobState[] = ['Waiting', 'Running', 'Succeeded', 'Failed', 'Dead'];

/**
 * What an admin may do with a job, as the API allows it: retry a failed or dead job; delete any job that is
 * not running under a live lease (a running job whose lease ran out was abandoned by a crashed worker).
 */
export function jobActions(
  job: { state: BackgroundJobState; leaseExpiresAt?: string | null },
  canManage: boolean,
  now: Date = new Date(),
): { retry: boolean; delete: boolean } {
  if (!canManage) return { retry: false, delete: false };
  const leased = job.state === 'Running' && (!job.leaseExpiresAt || new Date(job.leaseExpiresAt) > now);
  return { retry: job.state === 'Failed' || job.state === 'Dead', delete: !leased };
}

export const jobStateColors: Record<BackgroundJobState, string> = {
  Waiting: 'blue',
  Running: 'processing',
  Succeeded: 'green',
  Failed: 'orange',
  Dead: 'red',
};
