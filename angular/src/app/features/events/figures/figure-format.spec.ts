import { formatOptionalMoney, formatRate, noFigure, ratePercent } from './figure-format';

describe('event figure formatting', () => {
  it('shows rates and ROI as percentages', () => {
    expect(formatRate('0.5000', 'en')).toBe('50%');
    expect(formatRate(0.125, 'en')).toBe('12.5%');
    expect(formatRate('-0.2500', 'en')).toBe('-25%');
    expect(formatRate(1.5, 'zh-Hans')).toBe('150%');
  });

  it('shows a dash for absent figures (zero denominators, no revenue)', () => {
    expect(formatRate(null, 'en')).toBe(noFigure);
    expect(formatRate(undefined, 'en')).toBe(noFigure);
    expect(formatRate('', 'en')).toBe(noFigure);
    expect(formatOptionalMoney(null, 'CNY', 'en')).toBe(noFigure);
  });

  it('formats money figures in the event currency', () => {
    expect(formatOptionalMoney('1500.00', 'CNY', 'en')).toBe('CN¥1,500.00');
    expect(formatOptionalMoney(750, 'USD', 'en')).toBe('$750.00');
  });

  it('gives chart values in percent', () => {
    expect(ratePercent('0.5000')).toBe(50);
    expect(ratePercent(0.3333)).toBe(33.3);
    expect(ratePercent(null)).toBeNull();
  });
});
