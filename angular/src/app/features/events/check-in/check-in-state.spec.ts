import { EventRegistrationDto } from '../api/models/event-registration-dto';
import { codeFromScan, deskState, looksLikeCode, normalizeCode, outcomeOf, withUpdated } from './check-in-state';

const registration = (patch: Partial<EventRegistrationDto> = {}): EventRegistrationDto => ({
  id: 'r1',
  eventId: 'e1',
  name: 'Lena Li',
  email: 'lena@example.test',
  phone: '13800000000',
  company: null,
  status: 'Confirmed',
  checkedInAt: null,
  isLead: false,
  markedLeadAt: null,
  registeredAt: '2026-12-01T08:00:00Z',
  concurrencyStamp: 's',
  utm: { source: null, medium: null, campaign: null, content: null, term: null },
  ...patch,
});

describe('check-in desk state', () => {
  it('tells codes from names and phone numbers', () => {
    expect(looksLikeCode('ABCDEFGHJKLMNPQRSTUV')).toBe(true);
    expect(looksLikeCode('abcd-efgh-jkmn-pqrs-tuvw')).toBe(true);
    expect(looksLikeCode('13800000000')).toBe(false);
    expect(looksLikeCode('Lena Li')).toBe(false);
    expect(looksLikeCode('ABCDEFGHIJKLMNPQRSTU')).toBe(false); // I is not in the alphabet
    expect(normalizeCode(' abcd efgh ')).toBe('ABCDEFGH');
  });

  it('reads the code from a scanned check-in URL or a bare code', () => {
    expect(codeFromScan('https://x.test/register/acme/0b6c/ABCDEFGHJKLMNPQRSTUV')).toBe('ABCDEFGHJKLMNPQRSTUV');
    expect(codeFromScan('abcdefghjklmnpqrstuv')).toBe('ABCDEFGHJKLMNPQRSTUV');
  });

  it('offers check-in only to confirmed registrants not yet checked in', () => {
    expect(deskState(registration())).toBe('canCheckIn');
    expect(deskState(registration({ checkedInAt: '2026-12-01T09:00:00Z' }))).toBe('checkedIn');
    expect(deskState(registration({ status: 'WaitingListed' }))).toBe('notConfirmed');
  });

  it('reports a repeated check-in as already checked in, with the first time', () => {
    const first = registration({ checkedInAt: '2026-12-01T09:00:00Z' });
    expect(outcomeOf({ alreadyCheckedIn: false, registration: first })).toEqual({ kind: 'checkedIn', name: 'Lena Li', at: '2026-12-01T09:00:00Z' });
    expect(outcomeOf({ alreadyCheckedIn: true, registration: first }).kind).toBe('alreadyCheckedIn');
  });

  it('replaces the checked-in registrant in the search results', () => {
    const other = registration({ id: 'r2', name: 'Bo' });
    const updated = registration({ checkedInAt: '2026-12-01T09:00:00Z' });
    expect(withUpdated([registration(), other], updated)).toEqual([updated, other]);
  });
});
