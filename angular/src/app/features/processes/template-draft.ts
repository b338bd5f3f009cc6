import { ProcessStepDefinitionDto } from '../../api/models/process-step-definition-dto';
import { ProcessTemplateDto } from '../../api/models/process-template-dto';
import { ProcessTemplateVersionDto } from '../../api/models/process-template-version-dto';
import { UpdateProcessTemplateDraftDto } from '../../api/models/update-process-template-draft-dto';

export interface DeliverableDraft {
  name: string;
  isRequired: boolean;
  documentTemplateName: string | null;
}

export interface StepDraft {
  name: string;
  plannedDays: number | string;
  parallelGroup: number | string;
  endsWithApproval: boolean;
  responsiblePositionIds: string[];
  deliverables: DeliverableDraft[];
}

export interface TemplateDraft {
  name: string;
  category: string;
  concurrencyStamp: string;
  steps: StepDraft[];
}

/** The version the editor shows: the draft when there is one, else the latest (editing it starts a draft on the server). */
export function editableVersion(template: ProcessTemplateDto): ProcessTemplateVersionDto | null {
  const versions = [...template.versions].sort((a, b) => Number(b.number) - Number(a.number));
  return versions.find((v) => v.state === 'Draft') ?? versions[0] ?? null;
}

/** An editable deep copy of the template and its editable version's steps. */
export function toTemplateDraft(template: ProcessTemplateDto): TemplateDraft {
  const version = editableVersion(template);
  return {
    name: template.name,
    category: template.category ?? '',
    concurrencyStamp: template.concurrencyStamp,
    steps: (version?.steps ?? []).map((s) => ({
      name: s.name,
      plannedDays: Number(s.plannedDays ?? 1),
      parallelGroup: Number(s.parallelGroup ?? 0),
      endsWithApproval: s.endsWithApproval ?? false,
      responsiblePositionIds: [...(s.responsiblePositionIds ?? [])],
      deliverables: (s.deliverables ?? []).map((d) => ({ name: d.name, isRequired: d.isRequired ?? false, documentTemplateName: d.documentTemplateName ?? null })),
    })),
  };
}

export function newStep(): StepDraft {
  return { name: '', plannedDays: 1, parallelGroup: 0, endsWithApproval: false, responsiblePositionIds: [], deliverables: [] };
}

export function moveStep(steps: StepDraft[], index: number, delta: -1 | 1): StepDraft[] {
  const target = index + delta;
  if (target < 0 || target >= steps.length) return steps;
  const copy = [...steps];
  [copy[index], copy[target]] = [copy[target], copy[index]];
  return copy;
}

/**
 * The same checks as the API, so that most mistakes show before saving: a name, 1..365 planned days, a
 * parallel group ≥ 0 on all steps or on none, named deliverables. Keys are the API's field paths.
 */
export function validateDraft(draft: TemplateDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!draft.name.trim()) errors['name'] = 'validation.required';
  const grouped = draft.steps.map((s) => Number(s.parallelGroup) > 0);
  const mixed = grouped.some((g) => g) && grouped.some((g) => !g);
  draft.steps.forEach((step, i) => {
    if (!step.name.trim()) errors[`steps[${i}].name`] = 'validation.required';
    const days = Number(step.plannedDays);
    if (!Number.isInteger(days) || days < 1 || days > 365) errors[`steps[${i}].plannedDays`] = 'processes.daysRange';
    const group = Number(step.parallelGroup);
    if (!Number.isInteger(group) || group < 0) errors[`steps[${i}].parallelGroup`] = 'validation.invalid';
    else if (mixed && group === 0) errors[`steps[${i}].parallelGroup`] = 'processes.groupAllOrNone';
    step.deliverables.forEach((d, j) => {
      if (!d.name.trim()) errors[`steps[${i}].deliverables[${j}].name`] = 'validation.required';
    });
  });
  return errors;
}

/** What PUT /draft gets: trimmed names, numbers as numbers, no empty document template names. */
export function toUpdateDraftDto(draft: TemplateDraft): UpdateProcessTemplateDraftDto {
  return {
    name: draft.name.trim(),
    category: draft.category.trim() || null,
    concurrencyStamp: draft.concurrencyStamp,
    steps: draft.steps.map(
      (s): ProcessStepDefinitionDto => ({
        name: s.name.trim(),
        plannedDays: Number(s.plannedDays),
        parallelGroup: Number(s.parallelGroup),
        endsWithApproval: s.endsWithApproval,
        responsiblePositionIds: [...s.responsiblePositionIds],
        deliverables: s.deliverables.map((d) => ({ name: d.name.trim(), isRequired: d.isRequired, documentTemplateName: d.documentTemplateName?.trim() || null })),
      }),
    ),
  };
}
