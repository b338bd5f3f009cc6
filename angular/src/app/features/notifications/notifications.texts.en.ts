/** The notifications page's English texts; notifications.texts.zh-hans.ts has the same keys (app.features.spec.ts checks). */
export const notificationsEn = {
  'notificationsPage.title': 'Notifications',
  'notificationsPage.filter': 'Show',
  'notificationsPage.all': 'All',
  'notificationsPage.unreadOnly': 'Unread',
  'notificationsPage.kind': 'Kind',
  'notificationsPage.allKinds': 'All kinds',
  'notificationsPage.emptyKind': 'No notification of this kind. Choose "All kinds" to see the others.',
  'notificationsPage.total': '{count|# notification|# notifications}',
  'notificationsPage.unreadBadge': 'Unread',
  'notificationsPage.markRead': 'Mark read',
  'notificationsPage.markAllRead': 'Mark all read',
  'notificationsPage.open': 'Open',
  'notificationsPage.loadMore': 'Load more',
  'notificationsPage.emptyAll': 'No notification yet. You are told here when something waits for you.',
  'notificationsPage.emptyUnread': 'Nothing unread. Choose "All" to see the earlier notifications.',
  'notificationsPage.settings': 'Notification settings',
};
