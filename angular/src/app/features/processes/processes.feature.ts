import { EnvironmentProviders, makeEnvironmentProviders } from '@angular/core';
import { provideApprovalSubjectRoutes } from '../../core/features/approval-subject-routes';
import { MenuIcon, loadWithTexts, providePortalFeature } from '../../core/features/portal-feature';
import { processesTexts } from './processes.texts';

/** Ant Design's outline icon "carry-out" (MIT). */
const myTasksIcon: MenuIcon = {
  paths: [
    'M880 184H712v-64c0-4.4-3.6-8-8-8h-56c-4.4 0-8 3.6-8 8v64H384v-64c0-4.4-3.6-8-8-8h-56c-4.4 0-8 3.6-8 8v64H144c-17.7 0-32 14.3-32 32v664c0 17.7 14.3 32 32 32h736c17.7 0 32-14.3 32-32V216c0-17.7-14.3-32-32-32zm-40 656H184V256h128v48c0 4.4 3.6 8 8 8h56c4.4 0 8-3.6 8-8v-48h256v48c0 4.4 3.6 8 8 8h56c4.4 0 8-3.6 8-8v-48h128v584zM688 420h-55.2c-5.1 0-10 2.5-13 6.6L468.9 634.4l-64.7-89c-3-4.1-7.8-6.6-13-6.6H336c-6.5 0-10.3 7.4-6.5 12.7l126.4 174a16.1 16.1 0 0026 0l212.6-292.7c3.8-5.4 0-12.8-6.5-12.8z',
  ],
};
/** Ant Design's outline icon "node-index" (MIT). */
const processesIcon: MenuIcon = {
  paths: [
    'M843.5 737.4c-12.4-75.2-79.2-129.1-155.3-125.4S550.9 676 546 752c-153.5-4.8-208-40.7-199.1-113.7 3.3-27.3 19.8-41.9 50.1-49 18.4-4.3 38.8-4.9 57.3-3.2 1.7.2 3.5.3 5.2.5 11.3 2.7 22.8 5 34.3 6.8 34.1 5.6 68.8 8.4 101.8 6.6 92.8-5 156-45.9 159.2-132.7 3.1-84.1-54.7-143.7-147.9-183.6-29.9-12.8-61.6-22.7-93.3-30.2-14.3-3.4-26.3-5.7-35.2-7.2-7.9-75.9-71.5-133.8-147.8-134.4-76.3-.6-140.9 56.1-150.1 131.9s40 146.3 114.2 163.9c74.2 17.6 149.9-23.3 175.7-95.1 9.4 1.7 18.7 3.6 28 5.8 28.2 6.6 56.4 15.4 82.4 26.6 70.7 30.2 109.3 70.1 107.5 119.9-1.6 44.6-33.6 65.2-96.2 68.6-27.5 1.5-57.6-.9-87.3-5.8-8.3-1.4-15.9-2.8-22.6-4.3-3.9-.8-6.6-1.5-7.8-1.8l-3.1-.6c-2.2-.3-5.9-.8-10.7-1.3-25-2.3-52.1-1.5-78.5 4.6-55.2 12.9-93.9 47.2-101.1 105.8-15.7 126.2 78.6 184.7 276 188.9 29.1 70.4 106.4 107.9 179.6 87 73.3-20.9 119.3-93.4 106.9-168.6zM329.1 345.2a83.3 83.3 0 11.01-166.61 83.3 83.3 0 01-.01 166.61zM695.6 845a83.3 83.3 0 11.01-166.61A83.3 83.3 0 01695.6 845z',
  ],
};
/** Ant Design's outline icon "partition" (MIT). */
const templatesIcon: MenuIcon = {
  paths: [
    'M640.6 429.8h257.1c7.9 0 14.3-6.4 14.3-14.3V158.3c0-7.9-6.4-14.3-14.3-14.3H640.6c-7.9 0-14.3 6.4-14.3 14.3v92.9H490.6c-3.9 0-7.1 3.2-7.1 7.1v221.5h-85.7v-96.5c0-7.9-6.4-14.3-14.3-14.3H126.3c-7.9 0-14.3 6.4-14.3 14.3v257.2c0 7.9 6.4 14.3 14.3 14.3h257.1c7.9 0 14.3-6.4 14.3-14.3V544h85.7v221.5c0 3.9 3.2 7.1 7.1 7.1h135.7v92.9c0 7.9 6.4 14.3 14.3 14.3h257.1c7.9 0 14.3-6.4 14.3-14.3v-257c0-7.9-6.4-14.3-14.3-14.3h-257c-7.9 0-14.3 6.4-14.3 14.3v100h-78.6v-393h78.6v100c0 7.9 6.4 14.3 14.3 14.3zm53.5-217.9h150V362h-150V211.9zM329.9 587h-150V437h150v150zm364.2 75.1h150v150.1h-150V662.1z',
  ],
};

/** Processes: my tasks, running processes, process templates. */
/** A process step's approval request ("<instance id>:<step id>", 32 hex digits each) links to the process instance. */
const processStepSubjectRoutes = provideApprovalSubjectRoutes({
  subjectModule: 'Processes',
  route: (subjectId) => {
    const instance = /^([0-9a-f]{32}):[0-9a-f]{32}$/i.exec(subjectId)?.[1];
    return instance ? ['/processes/instances', instance.replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5')] : null;
  },
});

export function provideProcessesFeature(): EnvironmentProviders {
  return makeEnvironmentProviders([processStepSubjectRoutes, providePortalFeature({
    name: 'processes',
    routes: [{ path: 'processes', loadChildren: loadWithTexts(processesTexts, () => import('./processes.routes')) }],
    texts: processesTexts,
    menu: [
      {
        text: 'menu.myTasks',
        route: '/processes/my-tasks',
        group: 'work',
        icon: myTasksIcon,
        permission: 'Processes.Instances',
      },
      {
        text: 'menu.processes',
        route: '/processes/instances',
        group: 'work',
        icon: processesIcon,
        permission: 'Processes.Instances',
      },
      {
        text: 'menu.processTemplates',
        route: '/processes/templates',
        group: 'administration',
        icon: templatesIcon,
        permission: 'Processes.Templates',
      },
    ],
    searchIcons: { 'Processes.Instance': processesIcon },
  })]);
}
