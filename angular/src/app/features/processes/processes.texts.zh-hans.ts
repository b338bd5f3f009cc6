/** “我的任务”的中文文本。 */
export const myTasksZhHans = {
  'myTasks.source.Processes': '流程',
  'myTasks.source.Events': '活动计划',
  'myTasks.count': '共 {count} 项待办',
  'myTasks.open': '打开',
  'myTasks.finish': '提交成果…',
  'myTasks.close': '收起',
  'myTasks.fileFor': '{name}的文件',
  'myTasks.uploaded': '已上传',
  'myTasks.uploadFailed': '文件上传失败：{reason}',
  'myTasks.completed': '步骤已完成。',
};
