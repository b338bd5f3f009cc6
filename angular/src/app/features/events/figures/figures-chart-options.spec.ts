import { EventFiguresDto } from '../api/models/event-figures-dto';
import { chartableFigures, figuresChartOptions } from './figures-chart-options';

const figure = (name: string, currency: string | null, budget: string, actualCost: string): EventFiguresDto => ({
  marketingEventId: name,
  name,
  status: 'Completed',
  startTime: '2026-12-01T00:00:00Z',
  currency,
  budget,
  actualCost,
  registrants: 2,
  attendees: 1,
  leads: 0,
  attendanceRate: '0.5000',
  costPerRegistrant: null,
  costPerAttendee: null,
  costPerLead: null,
  attributedRevenue: null,
  roi: null,
});

describe('figures chart', () => {
  it('shows budget and actual cost per event', () => {
    const options = figuresChartOptions([figure('Spring salon', 'CNY', '3000.00', '1500.50')], { budget: 'Budget', actualCost: 'Cost', money: String }) as {
      series: { name: string; data: number[] }[];
      yAxis: { data: string[] };
    };
    expect(options.yAxis.data).toEqual(['Spring salon']);
    expect(options.series.map((s) => [s.name, s.data])).toEqual([
      ['Budget', [3000]],
      ['Cost', [1500.5]],
    ]);
  });

  it('charts only the events of the most frequent currency', () => {
    const list = [figure('a', 'CNY', '1', '1'), figure('b', 'USD', '1', '1'), figure('c', 'CNY', '1', '1'), figure('d', null, '0', '0')];
    expect(chartableFigures(list).map((f) => f.name)).toEqual(['a', 'c']);
    expect(chartableFigures([])).toEqual([]);
  });
});
