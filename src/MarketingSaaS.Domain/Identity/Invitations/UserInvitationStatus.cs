namespace MarketingSaaS.Identity.Invitations;

public enum UserInvitationStatus
{
    Pending = 0,
    Accepted = 1,
    Revoked = 2,
}
