import { FormBuilder, Validators } from '@angular/forms';
import { MemberDto } from './api/models/member-dto';

export const memberKinds = ['Person', 'Company'] as const;

export function createMemberForm(fb: FormBuilder) {
  return fb.nonNullable.group({
    kind: ['Person' as (typeof memberKinds)[number]],
    name: ['', [Validators.required, Validators.maxLength(128)]],
    industry: ['', Validators.maxLength(64)],
    region: ['', Validators.maxLength(64)],
    size: ['', Validators.maxLength(32)],
    phone: ['', Validators.maxLength(32)],
    email: ['', [Validators.email, Validators.maxLength(256)]],
    address: ['', Validators.maxLength(512)],
    birthday: [''],
    tags: [''],
    source: ['', Validators.maxLength(256)],
    notes: ['', Validators.maxLength(4000)],
  });
}

export type MemberForm = ReturnType<typeof createMemberForm>;

export function patchMemberForm(form: MemberForm, member: MemberDto): void {
  form.patchValue({
    kind: member.kind,
    name: member.name,
    industry: member.industry ?? '',
    region: member.region ?? '',
    size: member.size ?? '',
    phone: member.phone ?? '',
    email: member.email ?? '',
    address: member.address ?? '',
    birthday: member.birthday ?? '',
    tags: member.tags.join(', '),
    source: member.source ?? '',
    notes: member.notes ?? '',
  });
}

/** The request body; without the personal data when the user sees it masked (the server keeps it as it is). */
export function toMemberBody(form: MemberForm, masked: boolean, ownerId: string | null) {
  const v = form.getRawValue();
  const text = (s: string) => s.trim() || null;
  return {
    kind: v.kind,
    name: v.name.trim(),
    industry: text(v.industry),
    region: text(v.region),
    size: text(v.size),
    phone: masked ? null : text(v.phone),
    email: masked ? null : text(v.email),
    address: masked ? null : text(v.address),
    birthday: masked ? null : v.birthday || null,
    tags: v.tags.split(/[,，]/).map((t) => t.trim()).filter((t) => t.length > 0),
    ownerId,
    source: text(v.source),
    notes: text(v.notes),
  };
}
