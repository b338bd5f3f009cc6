import { ApprovalRouteStageDto } from '../../api/models/approval-route-stage-dto';

/** A stage's note as a text key with its parameters: why the stage goes to these people. */
export interface RouteNoteText {
  readonly key: string;
  readonly params: Record<string, string | number>;
}

export function routeNoteTexts(stage: ApprovalRouteStageDto, stageNumber: number): RouteNoteText[] {
  const names = stage.approvers.map((a) => (a.positionName ? `${a.name} (${a.positionName})` : a.name)).join(', ');
  return (stage.notes ?? []).map((note): RouteNoteText => {
    switch (note.code) {
      case 'RequesterLeftOut':
        return { key: 'route.requesterLeftOut', params: { n: stageNumber, names } };
      case 'RequesterEscalated':
        return { key: 'route.requesterEscalated', params: { n: stageNumber, names } };
      default:
        return { key: 'route.positionVacant', params: { n: stageNumber, names, position: note.positionName ?? '' } };
    }
  });
}
