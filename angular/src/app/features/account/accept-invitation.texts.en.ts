/** The invitation's accept page in English; accept-invitation.texts.zh-hans.ts has the same keys (invitations.spec.ts checks). */
export const acceptInvitationEn = {
  'acceptInvitation.title': 'Join your company',
  'acceptInvitation.loading': 'Opening your invitation…',
  'acceptInvitation.invited': '{name}, you have been invited to the workspace of the company "{company}".',
  'acceptInvitation.invitedBy': '{name}, {inviter} has invited you to the workspace of the company "{company}".',
  'acceptInvitation.hint': 'Choose the user name and password you will sign in with.',
  'acceptInvitation.email': 'E-mail: {email}',
  'acceptInvitation.userName': 'User name',
  'acceptInvitation.password': 'Password',
  'acceptInvitation.confirm': 'Repeat the password',
  'acceptInvitation.submit': 'Join and sign in',
  'acceptInvitation.invalid': 'This link is not valid. Open the link from your latest invitation e-mail, or ask your administrator to send a new one.',
  'acceptInvitation.toSignIn': 'Go to sign-in',
};
