import { orgChartEn } from './org-chart.texts.en';

/** 组织架构页面的中文文本。 */
export const orgChartZhHans: Record<keyof typeof orgChartEn, string> = {
  'org.importStandard': '使用标准组织架构',
  'org.importSmall': '使用精简组织架构',
  'org.imported': '组织架构已创建。请为空缺岗位指定任职人。',
  'org.vacancyCount': '{count} 个空缺岗位',
  'org.vacantOnly': '只看空缺岗位',
  'org.toggleUnit': '展开或收起“{name}”的下级',
  'org.unitActions': '“{name}”的操作',
  'org.positionActions': '岗位“{name}”的操作',
  'org.rename': '重命名',
  'org.delete': '删除',
  'org.deleteNamed': '删除“{name}”',
  'org.cancel': '取消',
  'org.confirmDeleteUnit': '确定删除部门“{name}”吗？仍有下级部门或岗位的部门不会被删除。',
  'org.confirmDeletePosition': '确定删除岗位“{name}”吗？其任职人将不再担任该岗位。',
  'org.unitRenamed': '部门已重命名。',
  'org.unitDeleted': '“{name}”已删除。',
  'org.positionRenamed': '岗位已重命名。',
  'org.positionDeleted': '岗位已删除。',
  'org.holdersSaved': '任职人已保存。',
  'org.holderRemoved': '已移除任职人。',
  'org.assignHolders': '指定任职人',
  'org.holdersOf': '“{name}”的任职人',
  'org.removeHolder': '将{name}从该岗位移除',
  'org.unassigned': '未归属部门的岗位',
};
