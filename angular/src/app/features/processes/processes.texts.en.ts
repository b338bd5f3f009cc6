/** English texts of "My tasks". */
export const myTasksEn = {
  'myTasks.source.Processes': 'Process',
  'myTasks.source.Events': 'Event plan',
  'myTasks.count': '{count|# open task|# open tasks}',
  'myTasks.open': 'Open',
  'myTasks.finish': 'Hand in…',
  'myTasks.close': 'Close',
  'myTasks.fileFor': 'File for {name}',
  'myTasks.uploaded': 'Uploaded',
  'myTasks.uploadFailed': 'The file could not be uploaded: {reason}',
  'myTasks.completed': 'Step completed.',
};
