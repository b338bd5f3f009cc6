import { textDifferences } from '../../core/testing/texts';
import { acceptInvitationPath } from '../account/accept-invitation.component';
import { acceptInvitationEn } from '../account/accept-invitation.texts.en';
import { acceptInvitationZhHans } from '../account/accept-invitation.texts.zh-hans';
import { invitationsEn } from './invitations.texts.en';
import { invitationsZhHans } from './invitations.texts.zh-hans';

describe('invitations', () => {
  it('has the users page\'s invitation texts in both languages, following the copy rules', () => {
    expect(textDifferences(invitationsEn, invitationsZhHans)).toEqual([]);
  });

  it('has the accept page\'s texts in both languages, following the copy rules', () => {
    expect(textDifferences(acceptInvitationEn, acceptInvitationZhHans)).toEqual([]);
  });

  it('opens at the path the server puts in the e-mail (InvitationLinks.PortalPath)', () => {
    expect(acceptInvitationPath).toBe('/account/accept-invitation');
  });
});
