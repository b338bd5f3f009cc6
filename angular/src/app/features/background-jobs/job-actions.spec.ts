import { jobActions } from './job-actions';

describe('background job actions', () => {
  const now = new Date('2026-11-22T03:00:00Z');

  it('retries only failed and dead jobs', () => {
    expect(jobActions({ state: 'Dead' }, true, now).retry).toBe(true);
    expect(jobActions({ state: 'Failed' }, true, now).retry).toBe(true);
    expect(jobActions({ state: 'Waiting' }, true, now).retry).toBe(false);
    expect(jobActions({ state: 'Succeeded' }, true, now).retry).toBe(false);
  });

  it('never deletes a job running under a live lease, but an abandoned one', () => {
    expect(jobActions({ state: 'Running', leaseExpiresAt: '2026-11-22T03:05:00Z' }, true, now).delete).toBe(false);
    expect(jobActions({ state: 'Running', leaseExpiresAt: '2026-11-22T02:55:00Z' }, true, now).delete).toBe(true);
    expect(jobActions({ state: 'Running' }, true, now).delete).toBe(false);
    expect(jobActions({ state: 'Dead' }, true, now).delete).toBe(true);
  });

  it('offers nothing without the manage permission', () => {
    expect(jobActions({ state: 'Dead' }, false, now)).toEqual({ retry: false, delete: false });
  });
});
