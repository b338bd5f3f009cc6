namespace MarketingSaaS.Identity.Invitations;

/// <summary>No token in the queue: the job issues it when it runs, so job rows never hold a working link.</summary>
public sealed record SendInvitationEmailArgs(Guid InvitationId, string TenantSlug, string CompanyName);
