import { onboardingEn } from './onboarding.texts.en';

/** 入门清单的中文文本。 */
export const onboardingZhHans: Record<keyof typeof onboardingEn, string> = {
  'onboarding.title': '设置您的公司',
  'onboarding.progress': '已完成 {done}/{total}',
  'onboarding.done': '已完成',
  'onboarding.todo': '待完成',
  'onboarding.step.companyProfile': '公司资料和标志',
  'onboarding.step.orgChart': '组织架构',
  'onboarding.step.people': '人员',
  'onboarding.step.approvalPolicies': '审批策略',
  'onboarding.step.budgets': '预算',
  'onboarding.step.modules': '模块',
  'onboarding.hint.companyProfile': '设置币种、时区和语言，并上传公司标志。',
  'onboarding.hint.orgChart': '从现成的组织架构开始，或自行搭建。',
  'onboarding.hint.people': '添加同事并为他们指定岗位。',
  'onboarding.hint.approvalPolicies': '确定由谁审批哪些事项。',
  'onboarding.hint.budgets': '为部门编制预算。',
  'onboarding.hint.modules': '开启您需要的模块，例如市场活动。',
  'onboarding.standard': '标准组织架构',
  'onboarding.small': '精简组织架构',
  'onboarding.empty': '从空白开始',
  'onboarding.orgChartCreated': '组织架构已创建。请打开组织架构，为空缺岗位指定任职人。',
  'onboarding.dismiss': '隐藏此清单',
  'onboarding.showAgain': '重新显示设置清单',
};
