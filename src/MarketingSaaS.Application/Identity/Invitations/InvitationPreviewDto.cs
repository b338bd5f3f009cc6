namespace MarketingSaaS.Identity.Invitations;

/// <summary>
/// What the accept page shows before the invitee chooses a user name and password: who invited them (display name in the
/// request's language; empty for invitations older than the field) and the company's name.
/// </summary>
public sealed record InvitationPreviewDto(string Email, string DisplayName, string Culture, string SuggestedUserName, string InviterName, string CompanyName);
