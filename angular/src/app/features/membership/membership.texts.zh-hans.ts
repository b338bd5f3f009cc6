import { membershipEn } from './membership.texts.en';

/** The Membership pages' Chinese texts; the same keys as membership.texts.en.ts. */
export const membershipZhHans: Record<keyof typeof membershipEn, string> = {
  'membership.title': 'Membership',
  'membership.empty': '还没有条目。',
  'membership.name': '名称',
  'membership.description': '描述',
  'membership.total': '共 {count} 条',
  'membership.previous': '上一页',
  'membership.next': '下一页',
};
