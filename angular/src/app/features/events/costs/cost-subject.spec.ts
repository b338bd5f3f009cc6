import { costSubjectRoute } from './cost-subject';

describe('costSubjectRoute', () => {
  it("leads from a cost's approval request to the page that opens the cost's event", () => {
    expect(costSubjectRoute('expense:0193f0a0-0000-7000-8000-000000000001')).toEqual(['/events', 'costs', '0193f0a0-0000-7000-8000-000000000001']);
  });

  it('has no page for other subjects', () => {
    expect(costSubjectRoute('0193f0a0-0000-7000-8000-000000000001')).toBeNull();
    expect(costSubjectRoute('expense:')).toBeNull();
  });
});
