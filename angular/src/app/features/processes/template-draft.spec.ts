import { ProcessTemplateDto } from '../../api/models/process-template-dto';
import { editableVersion, moveStep, newStep, toTemplateDraft, toUpdateDraftDto, validateDraft } from './template-draft';

const template = (): ProcessTemplateDto => ({
  id: 't1',
  code: 'MR-001',
  name: 'Market research',
  category: null,
  concurrencyStamp: 'stamp',
  organizationUnitId: null,
  draftVersionNumber: 2,
  publishedVersionNumber: 1,
  versions: [
    { id: 'v1', number: 1, state: 'Published', publishedTime: '2026-11-01T00:00:00Z', steps: [{ name: 'Brief', plannedDays: 2 }] },
    {
      id: 'v2',
      number: 2,
      state: 'Draft',
      publishedTime: null,
      steps: [
        { name: 'Brief', plannedDays: 3, parallelGroup: 0, deliverables: [{ name: 'Brief document', isRequired: true }] },
        { name: 'Field work', plannedDays: 10 },
      ],
    },
  ],
});

describe('process template draft', () => {
  it('edits the draft version when there is one, else the latest', () => {
    expect(editableVersion(template())?.id).toBe('v2');
    const published = { ...template(), versions: template().versions.slice(0, 1) };
    expect(editableVersion(published)?.id).toBe('v1');
  });

  it('copies deeply so that edits never touch the loaded template', () => {
    const source = template();
    const draft = toTemplateDraft(source);
    draft.steps[0].deliverables[0].name = 'changed';
    expect(source.versions[1].steps[0].deliverables?.[0].name).toBe('Brief document');
    expect(draft.steps.map((s) => s.name)).toEqual(['Brief', 'Field work']);
  });

  it('checks names, days and parallel groups under the API field paths', () => {
    const draft = toTemplateDraft(template());
    draft.steps.push({ ...newStep(), plannedDays: 0 });
    draft.steps[1].parallelGroup = 2;
    const errors = validateDraft(draft);
    expect(errors['steps[2].name']).toBe('validation.required');
    expect(errors['steps[2].plannedDays']).toBe('processes.daysRange');
    expect(errors['steps[0].parallelGroup']).toBe('processes.groupAllOrNone');
    expect(errors['steps[1].parallelGroup']).toBeUndefined();
    expect(validateDraft(toTemplateDraft(template()))).toEqual({});
  });

  it('moves steps within the list and sends numbers and trimmed names', () => {
    const draft = toTemplateDraft(template());
    draft.steps = moveStep(draft.steps, 1, -1);
    expect(moveStep(draft.steps, 0, -1)).toBe(draft.steps);
    draft.steps[0].name = '  Field work  ';
    draft.steps[0].plannedDays = '4';
    const dto = toUpdateDraftDto(draft);
    expect(dto.steps?.map((s) => s.name)).toEqual(['Field work', 'Brief']);
    expect(dto.steps?.[0].plannedDays).toBe(4);
    expect(dto.category).toBeNull();
    expect(dto.concurrencyStamp).toBe('stamp');
  });
});
