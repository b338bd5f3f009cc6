import { EventRegistrationStatus } from '../api/models/event-registration-status';

export const registrationStatuses: readonly EventRegistrationStatus[] = ['Confirmed', 'WaitingListed', 'Cancelled'];

export const registrationStatusColors: Record<EventRegistrationStatus, string> = {
  Confirmed: 'green',
  WaitingListed: 'orange',
  Cancelled: 'default',
};
