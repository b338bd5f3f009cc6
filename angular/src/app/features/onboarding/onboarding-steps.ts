/** Where each checklist step is done in the portal (the step names are the API's). */
export const onboardingStepRoutes: Readonly<Record<string, string>> = {
  companyProfile: '/administration/settings',
  orgChart: '/org',
  people: '/identity/users',
  approvalPolicies: '/approvals/policies',
  budgets: '/budgets',
  modules: '/administration/modules',
};
