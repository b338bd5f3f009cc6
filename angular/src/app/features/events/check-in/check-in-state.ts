import { CheckInResultDto } from '../api/models/check-in-result-dto';
import { EventRegistrationDto } from '../api/models/event-registration-dto';

const codePattern = /^[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{20}$/;

/** A check-in code as typed or scanned: spaces and dashes dropped, upper case (the desk accepts any case). */
export function normalizeCode(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase();
}

/** Whether the desk's one search field holds a check-in code (20 letters of the code alphabet) rather than a name or phone. */
export function looksLikeCode(input: string): boolean {
  return codePattern.test(normalizeCode(input));
}

/** A QR code may hold the check-in URL (/register/{slug}/{eventId}/{code}) or the bare code. */
export function codeFromScan(raw: string): string {
  const trimmed = raw.trim();
  const last = trimmed.split(/[/?#]/).filter((part) => part.length > 0).pop() ?? '';
  return looksLikeCode(last) ? normalizeCode(last) : normalizeCode(trimmed);
}

/** What the desk can do for one registrant found by the search. */
export type DeskState = 'canCheckIn' | 'checkedIn' | 'notConfirmed';

export function deskState(registration: EventRegistrationDto): DeskState {
  if (registration.checkedInAt) return 'checkedIn';
  return registration.status === 'Confirmed' ? 'canCheckIn' : 'notConfirmed';
}

/** The outcome line after a check-in: a repeated scan is reported, never an error. */
export type CheckInOutcome = { kind: 'checkedIn' | 'alreadyCheckedIn'; name: string; at: string | null };

export function outcomeOf(result: CheckInResultDto): CheckInOutcome {
  return { kind: result.alreadyCheckedIn ? 'alreadyCheckedIn' : 'checkedIn', name: result.registration.name, at: result.registration.checkedInAt };
}

/** The search results with the checked-in registrant replaced by the answer's copy. */
export function withUpdated(list: readonly EventRegistrationDto[], updated: EventRegistrationDto): EventRegistrationDto[] {
  return list.map((r) => (r.id === updated.id ? updated : r));
}
