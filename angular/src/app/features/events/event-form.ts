import { FormArray, FormBuilder, FormGroup, Validators } from '@angular/forms';
import { CreateMarketingEventDto } from './api/models/create-marketing-event-dto';
import { MarketingEventDto } from './api/models/marketing-event-dto';
import { MarketingEventType } from './api/models/marketing-event-type';
import { RiskTier } from './api/models/risk-tier';
import { utcToZonedInput, zonedInputToUtc } from '../../shared/time/zoned-time';

/** A budget line as the form holds it (amount as a number, currency upper-cased on the way out). */
export interface BudgetLineValue {
  category: string;
  amount: number | null;
  currency: string;
}

/** `<input type="datetime-local">` value (the company's time zone, else the browser's local time) → UTC ISO instant; empty → null. */
export function localInputToUtc(local: string | null | undefined, timeZone?: string | null): string | null {
  if (!local) return null;
  if (timeZone) return zonedInputToUtc(local, timeZone);
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** UTC ISO instant → `<input type="datetime-local">` value in the company's time zone, else the browser's (minutes). */
export function utcToLocalInput(iso: string | null | undefined, timeZone?: string | null): string {
  if (!iso) return '';
  if (timeZone) return utcToZonedInput(iso, timeZone);
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Sum of the lines in cents, so 0.1 + 0.2 is 0.30; blank amounts count as zero. */
export function budgetTotal(lines: readonly BudgetLineValue[]): number {
  const cents = lines.reduce((sum, line) => sum + Math.round((Number(line.amount) || 0) * 100), 0);
  return cents / 100;
}

/** The event's one currency: the first line's, else the company default. */
export function budgetCurrency(lines: readonly BudgetLineValue[], fallback: string): string {
  return (lines.find((l) => l.currency.trim())?.currency ?? fallback).trim().toUpperCase();
}

export function createBudgetLineGroup(fb: FormBuilder, currency: string, line?: Partial<BudgetLineValue>) {
  return fb.nonNullable.group({
    category: [line?.category ?? '', [Validators.required, Validators.maxLength(64)]],
    amount: [line?.amount ?? (null as number | null), [Validators.required, Validators.min(0)]],
    currency: [line?.currency ?? currency, [Validators.required, Validators.pattern(/^[A-Za-z]{3}$/)]],
  });
}

export type BudgetLineGroup = ReturnType<typeof createBudgetLineGroup>;

export function createEventForm(fb: FormBuilder) {
  return fb.nonNullable.group({
    name: ['', [Validators.required, Validators.maxLength(128)]],
    type: ['OfflineSalon' as MarketingEventType, Validators.required],
    isSpecial: [false],
    riskTier: ['Tactical' as RiskTier, Validators.required],
    goal: [''],
    theme: [''],
    targetAudience: [''],
    description: ['', Validators.maxLength(4000)],
    startTime: ['', Validators.required],
    endTime: ['', Validators.required],
    place: [''],
    onlineLink: [''],
    ownerUnitId: ['', Validators.required],
    valueCanvas: fb.nonNullable.group({
      whyCome: ['', Validators.maxLength(2000)],
      takeAway: ['', Validators.maxLength(2000)],
      willShare: ['', Validators.maxLength(2000)],
    }),
    budgetLines: fb.array<BudgetLineGroup>([]),
  });
}

export type EventForm = ReturnType<typeof createEventForm>;

/** Fills the form from a loaded event (times shown in the company's time zone). */
export function patchEventForm(fb: FormBuilder, form: EventForm, event: MarketingEventDto, timeZone?: string | null): void {
  form.patchValue({
    name: event.name,
    type: event.type,
    isSpecial: event.isSpecial,
    riskTier: event.riskTier,
    goal: event.goal ?? '',
    theme: event.theme ?? '',
    targetAudience: event.targetAudience ?? '',
    description: event.description ?? '',
    startTime: utcToLocalInput(event.startTime, timeZone),
    endTime: utcToLocalInput(event.endTime, timeZone),
    place: event.place ?? '',
    onlineLink: event.onlineLink ?? '',
    ownerUnitId: event.ownerUnitId,
    valueCanvas: {
      whyCome: event.valueCanvas.whyCome ?? '',
      takeAway: event.valueCanvas.takeAway ?? '',
      willShare: event.valueCanvas.willShare ?? '',
    },
  });
  const lines = form.controls.budgetLines as FormArray<BudgetLineGroup>;
  lines.clear();
  for (const line of event.budgetLines) lines.push(createBudgetLineGroup(fb, line.currency, { ...line, amount: Number(line.amount) }));
}

/** The request body: blank texts as null, times as UTC instants, currencies upper-cased. */
export function toEventBody(value: ReturnType<EventForm['getRawValue']>, timeZone?: string | null): CreateMarketingEventDto {
  const text = (s: string) => (s.trim() ? s.trim() : null);
  return {
    name: value.name.trim(),
    type: value.type,
    isSpecial: value.isSpecial,
    riskTier: value.riskTier,
    goal: text(value.goal),
    theme: text(value.theme),
    targetAudience: text(value.targetAudience),
    description: text(value.description),
    startTime: localInputToUtc(value.startTime, timeZone),
    endTime: localInputToUtc(value.endTime, timeZone),
    place: text(value.place),
    onlineLink: text(value.onlineLink),
    ownerUnitId: value.ownerUnitId || null,
    valueCanvas: { whyCome: text(value.valueCanvas.whyCome), takeAway: text(value.valueCanvas.takeAway), willShare: text(value.valueCanvas.willShare) },
    budgetLines: value.budgetLines.map((l) => ({ category: l.category.trim(), amount: Number(l.amount) || 0, currency: l.currency.trim().toUpperCase() })),
  };
}

/** "budgetLines[0].currency" (the API's naming) → "budgetLines.0.currency" (the form's path). */
export function toFormPath(field: string): string {
  return field.replace(/\[(\d+)\]/g, '.$1');
}
