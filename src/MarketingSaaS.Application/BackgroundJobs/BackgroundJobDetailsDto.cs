using MarketingSaaS.Framework.BackgroundJobs;

namespace MarketingSaaS.BackgroundJobs;

/// <summary>One job with its arguments (JSON as enqueued) and the error of its last failed try.</summary>
public sealed record BackgroundJobDetailsDto(
    Guid Id,
    Guid? TenantId,
    string JobName,
    BackgroundJobState State,
    int TryCount,
    DateTimeOffset NextTryTime,
    DateTimeOffset? LastTryTime,
    DateTimeOffset CreationTime,
    DateTimeOffset? FinishedTime,
    string? IdempotencyKey,
    string ArgsJson,
    string? LastError,
    DateTimeOffset? LeaseExpiresAt);
