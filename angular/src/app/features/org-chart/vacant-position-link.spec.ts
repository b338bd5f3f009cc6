import { ApiError, toApiProblem } from '../../core/http/api-problem';
import { vacantPositionOf } from './vacant-position-link';

describe('vacantPositionOf', () => {
  it('reads the vacant position of a NoApproverFound problem', () => {
    const error = new ApiError(toApiProblem(422, { title: 'Nobody', code: 'MarketingSaaS:NoApproverFound', data: { stage: 1, positionId: 'p1', unitId: 'u1' } }, ''));
    expect(vacantPositionOf(error)).toBe('p1');
  });

  it('ignores other problems', () => {
    const error = new ApiError(toApiProblem(422, { title: 'Other', code: 'MarketingSaaS:NoMatchingApprovalRule', data: { positionId: 'p1' } }, ''));
    expect(vacantPositionOf(error)).toBeNull();
  });
});
