namespace MarketingSaaS.Identity.Invitations;

/// <summary>What the accept page shows before the invitee chooses a user name and password.</summary>
public sealed record InvitationPreviewDto(string Email, string DisplayName, string Culture, string SuggestedUserName);
