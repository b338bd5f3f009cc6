import { ganttBar, ganttMarker, ganttRange } from './gantt';

describe('Gantt geometry', () => {
  it('spans the event and every task, both ends included', () => {
    const range = ganttRange('2026-03-10', '2026-03-10', [
      { startDate: '2026-03-01', endDate: '2026-03-03' },
      { startDate: '2026-03-08', endDate: '2026-03-12' },
    ]);
    expect(range).toEqual({ start: '2026-03-01', end: '2026-03-12', days: 12 });
  });

  it('places a bar from the start of its first day to the end of its last day', () => {
    const range = { start: '2026-03-01', end: '2026-03-10', days: 10 };
    expect(ganttBar({ startDate: '2026-03-01', endDate: '2026-03-01' }, range)).toEqual({ left: 0, width: 10 });
    expect(ganttBar({ startDate: '2026-03-04', endDate: '2026-03-06' }, range)).toEqual({ left: 30, width: 30 });
    expect(ganttBar({ startDate: '2026-03-01', endDate: '2026-03-10' }, range)).toEqual({ left: 0, width: 100 });
  });

  it('clips a bar that reaches outside the range and keeps month ends and DST-free UTC days exact', () => {
    const range = { start: '2026-02-27', end: '2026-03-02', days: 4 };
    expect(ganttBar({ startDate: '2026-02-20', endDate: '2026-02-28' }, range)).toEqual({ left: 0, width: 50 });
    expect(ganttBar({ startDate: '2026-03-01', endDate: '2026-03-30' }, range)).toEqual({ left: 50, width: 50 });
    expect(ganttBar({ startDate: '2026-04-01', endDate: '2026-04-02' }, range)).toEqual({ left: 100, width: 0 });
  });

  it('puts a milestone in the middle of its day and leaves out one outside the range', () => {
    const range = { start: '2026-03-01', end: '2026-03-04', days: 4 };
    expect(ganttMarker('2026-03-02', range)).toBe(37.5);
    expect(ganttMarker('2026-03-05', range)).toBeNull();
  });
});
