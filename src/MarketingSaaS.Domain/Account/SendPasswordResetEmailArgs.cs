namespace MarketingSaaS.Account;

/// <summary>No token in the queue: the job creates it when it runs, so job rows never hold a working reset link.</summary>
public sealed record SendPasswordResetEmailArgs(Guid UserId, string TenantSlug, string Culture);
