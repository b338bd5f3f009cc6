import { problemOf } from '../../core/forms/server-errors';

/** The vacant position a 422 "nobody holds this position" (NoApproverFound) names, so the page can link to the fix. */
export function vacantPositionOf(error: unknown): string | null {
  const problem = problemOf(error);
  const id = problem?.code === 'MarketingSaaS:NoApproverFound' ? problem.data?.['positionId'] : null;
  return typeof id === 'string' && id ? id : null;
}
