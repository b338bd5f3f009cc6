/** 通知页面的中文文本；与 notifications.texts.en.ts 的键相同（app.features.spec.ts 检查）。 */
export const notificationsZhHans = {
  'notificationsPage.title': '通知',
  'notificationsPage.filter': '显示',
  'notificationsPage.all': '全部',
  'notificationsPage.unreadOnly': '未读',
  'notificationsPage.kind': '类型',
  'notificationsPage.allKinds': '全部类型',
  'notificationsPage.emptyKind': '没有该类型的通知。选择“全部类型”可查看其他通知。',
  'notificationsPage.total': '共 {count} 条通知',
  'notificationsPage.unreadBadge': '未读',
  'notificationsPage.markRead': '标为已读',
  'notificationsPage.markAllRead': '全部标为已读',
  'notificationsPage.open': '查看',
  'notificationsPage.loadMore': '加载更多',
  'notificationsPage.emptyAll': '暂无通知。有事项等您处理时会在这里提醒。',
  'notificationsPage.emptyUnread': '没有未读通知。选择“全部”可查看以前的通知。',
  'notificationsPage.settings': '通知设置',
};
