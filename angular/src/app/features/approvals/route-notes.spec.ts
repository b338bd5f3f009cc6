import { describe, expect, it } from 'vitest';
import { ApprovalRouteStageDto } from '../../api/models/approval-route-stage-dto';
import { routeNoteTexts } from './route-notes';

const stage = (notes: ApprovalRouteStageDto['notes']): ApprovalRouteStageDto => ({
  mode: 'Any',
  approvers: [{ userId: 'u', name: '王强', positionId: 'p', positionName: '总经理', escalated: true }],
  notes,
});

describe('routeNoteTexts', () => {
  it('explains self-approval with the names and posts the stage goes to', () => {
    expect(routeNoteTexts(stage([{ code: 'RequesterEscalated' }]), 2)).toEqual([
      { key: 'route.requesterEscalated', params: { n: 2, names: '王强 (总经理)' } },
    ]);
  });

  it('names the vacant post', () => {
    expect(routeNoteTexts(stage([{ code: 'PositionVacant', positionName: '市场部负责人' }]), 1)[0]).toEqual({
      key: 'route.positionVacant',
      params: { n: 1, names: '王强 (总经理)', position: '市场部负责人' },
    });
  });

  it('has nothing to say about a stage that went as the rule named', () => {
    expect(routeNoteTexts(stage([]), 1)).toEqual([]);
  });
});
