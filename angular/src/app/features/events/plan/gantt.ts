/** Geometry of the plan's Gantt view: whole calendar days ('YYYY-MM-DD'), bars as percentages of the range. */
export interface GanttRange {
  start: string;
  end: string;
  days: number;
}

export interface GanttBar {
  left: number;
  width: number;
}

export interface DatedTask {
  startDate: string;
  endDate: string;
}

const msPerDay = 86_400_000;

export function dayNumber(day: string): number {
  return Math.round(Date.parse(day + 'T00:00:00Z') / msPerDay);
}

export function dayOf(number: number): string {
  return new Date(number * msPerDay).toISOString().slice(0, 10);
}

/** From the earliest to the latest of the event's days and the tasks' days, both ends included. */
export function ganttRange(eventStart: string, eventEnd: string, tasks: readonly DatedTask[]): GanttRange {
  const starts = [eventStart, ...tasks.map((t) => t.startDate)].map(dayNumber);
  const ends = [eventEnd, ...tasks.map((t) => t.endDate)].map(dayNumber);
  const first = Math.min(...starts);
  const last = Math.max(first, ...ends);
  return { start: dayOf(first), end: dayOf(last), days: last - first + 1 };
}

/** A task's bar: from the start of its first day to the end of its last day, clipped to the range. */
export function ganttBar(task: DatedTask, range: GanttRange): GanttBar {
  const origin = dayNumber(range.start);
  const from = Math.min(range.days, Math.max(0, dayNumber(task.startDate) - origin));
  const to = Math.min(range.days, Math.max(from, dayNumber(task.endDate) - origin + 1));
  return { left: round((from / range.days) * 100), width: round(((to - from) / range.days) * 100) };
}

/** Where a day's marker (a milestone) sits: the middle of that day, as a percentage; null outside the range. */
export function ganttMarker(day: string, range: GanttRange): number | null {
  const offset = dayNumber(day) - dayNumber(range.start);
  return offset < 0 || offset >= range.days ? null : round(((offset + 0.5) / range.days) * 100);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
