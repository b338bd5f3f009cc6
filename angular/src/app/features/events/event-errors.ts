import { FormGroup } from '@angular/forms';
import { ApiError } from '../../core/http/api-problem';
import { applyServerErrors } from '../../core/forms/server-errors';
import { toFormPath } from './event-form';

/** Field-less codes of the Events module that belong to one field of the event form. */
const fieldOfEventCode: Readonly<Record<string, string>> = {
  'Events:InvalidSchedule': 'endTime',
  'Events:PlaceOrLinkRequired': 'place',
  'Events:InvalidOnlineLink': 'onlineLink',
  'Events:UnknownOwnerUnit': 'ownerUnitId',
};

/** applyServerErrors for the event form: "budgetLines[0].amount" finds the line's control, a few codes their field. */
export function applyEventServerErrors(form: FormGroup, error: unknown): string | null {
  if (!(error instanceof ApiError)) return applyServerErrors(form, error);
  const { problem } = error;
  const errors = Object.fromEntries(Object.entries(problem.errors).map(([field, messages]) => [toFormPath(field), messages]));
  const field = problem.code ? fieldOfEventCode[problem.code] : undefined;
  if (Object.keys(errors).length === 0 && field && form.get(field)) errors[field] = [problem.title];
  return applyServerErrors(form, new ApiError({ ...problem, errors }));
}
