import { TextsByLanguage } from '../../core/i18n/texts';

/** The header search box's texts; the shell adds them when it loads. */
export const searchTexts: TextsByLanguage = {
  en: {
    'search.label': 'Search',
    'search.placeholder': 'Search people, units, requests, events… (Ctrl+K)',
    'search.open': 'Open the search',
    'search.close': 'Close the search',
    'search.results': 'Search results',
    'search.none': 'Nothing found for “{q}”',
    'search.failed': 'The search failed. Please try again.',
    'search.tooShort': 'Type at least 2 characters',
  },
  'zh-Hans': {
    'search.label': '搜索',
    'search.placeholder': '搜索人员、部门、申请、活动……（Ctrl+K）',
    'search.open': '打开搜索',
    'search.close': '关闭搜索',
    'search.results': '搜索结果',
    'search.none': '没有找到“{q}”的相关结果',
    'search.failed': '搜索失败，请重试。',
    'search.tooShort': '请至少输入 2 个字符',
  },
};
