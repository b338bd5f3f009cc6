import { MarketingEventStatus } from './api/models/marketing-event-status';
import { MarketingEventType } from './api/models/marketing-event-type';
import { RiskTier } from './api/models/risk-tier';

export const eventTypes: readonly MarketingEventType[] = ['Advertising', 'PublicRelations', 'Exhibition', 'TechnicalExchange', 'OnlineLiveStream', 'OfflineSalon', 'Other'];
export const eventStatuses: readonly MarketingEventStatus[] = ['Draft', 'PendingApproval', 'Approved', 'InExecution', 'Completed', 'Closed', 'Rejected', 'Returned'];
export const eventRiskTiers: readonly RiskTier[] = ['Tactical', 'Campaign', 'Strategic'];

export const eventStatusColors: Record<MarketingEventStatus, string> = {
  Draft: 'default',
  PendingApproval: 'blue',
  Approved: 'green',
  InExecution: 'cyan',
  Completed: 'purple',
  Closed: 'default',
  Rejected: 'red',
  Returned: 'orange',
};

/** Actions of the detail page by status; each posts to /api/events/{id}/{action}. */
export type EventAction = 'submit' | 'start' | 'complete' | 'close';

export function actionsFor(status: MarketingEventStatus): EventAction[] {
  switch (status) {
    case 'Draft':
    case 'Rejected':
    case 'Returned':
      return ['submit'];
    case 'Approved':
      return ['start'];
    case 'InExecution':
      return ['complete'];
    case 'Completed':
      return ['close'];
    default:
      return [];
  }
}

export function isEditable(status: MarketingEventStatus): boolean {
  return status === 'Draft' || status === 'Rejected' || status === 'Returned';
}

/** SC-007: only a finished event's plan becomes a template (the API answers 422 otherwise). */
export function canBecomeTemplate(status: MarketingEventStatus): boolean {
  return status === 'Completed' || status === 'Closed';
}
