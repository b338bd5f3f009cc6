/** 邀请接受页面（简体中文）；与 accept-invitation.texts.en.ts 的键相同。 */
export const acceptInvitationZhHans = {
  'acceptInvitation.title': '加入您的公司',
  'acceptInvitation.loading': '正在打开您的邀请……',
  'acceptInvitation.invited': '{name}，您已受邀加入公司“{company}”的工作空间。',
  'acceptInvitation.invitedBy': '{name}，{inviter}邀请您加入公司“{company}”的工作空间。',
  'acceptInvitation.hint': '请设置您登录时使用的用户名和密码。',
  'acceptInvitation.email': '电子邮箱：{email}',
  'acceptInvitation.userName': '用户名',
  'acceptInvitation.password': '密码',
  'acceptInvitation.confirm': '再次输入密码',
  'acceptInvitation.submit': '加入并登录',
  'acceptInvitation.invalid': '此链接无效。请打开最新一封邀请邮件中的链接，或请管理员重新发送邀请。',
  'acceptInvitation.toSignIn': '前往登录',
};
