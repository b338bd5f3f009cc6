import { __module__En } from './__module__.texts.en';

/** The __Module__ pages' Chinese texts; the same keys as __module__.texts.en.ts. */
export const __module__ZhHans: Record<keyof typeof __module__En, string> = {
  '__module__.title': '__Module__',
  '__module__.empty': '还没有条目。',
  '__module__.name': '名称',
  '__module__.description': '描述',
  '__module__.total': '共 {count} 条',
  '__module__.previous': '上一页',
  '__module__.next': '下一页',
};
