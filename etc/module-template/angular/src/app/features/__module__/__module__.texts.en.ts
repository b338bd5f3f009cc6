/** The __Module__ pages' English texts; __module__.texts.zh-hans.ts has the same keys. */
export const __module__En = {
  '__module__.title': '__Module__',
  '__module__.empty': 'No items yet.',
  '__module__.name': 'Name',
  '__module__.description': 'Description',
  '__module__.total': '{count|# item|# items}',
  '__module__.previous': 'Previous',
  '__module__.next': 'Next',
};
