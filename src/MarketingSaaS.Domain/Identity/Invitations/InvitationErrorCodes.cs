namespace MarketingSaaS.Identity.Invitations;

public static class InvitationErrorCodes
{
    public const string Expired = "MarketingSaaS:InvitationExpired";
    public const string Revoked = "MarketingSaaS:InvitationRevoked";
    public const string AlreadyAccepted = "MarketingSaaS:InvitationAlreadyAccepted";

    /// <summary>The address already has a pending invitation (resend it instead).</summary>
    public const string AlreadyPending = "MarketingSaaS:InvitationAlreadyPending";

    /// <summary>Only a pending invitation can be resent or revoked.</summary>
    public const string NotPending = "MarketingSaaS:InvitationNotPending";
}
