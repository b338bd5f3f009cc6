/** The Membership pages' English texts; membership.texts.zh-hans.ts has the same keys. */
export const membershipEn = {
  'membership.title': 'Membership',
  'membership.empty': 'No items yet.',
  'membership.name': 'Name',
  'membership.description': 'Description',
  'membership.total': '{count|# item|# items}',
  'membership.previous': 'Previous',
  'membership.next': 'Next',
};
