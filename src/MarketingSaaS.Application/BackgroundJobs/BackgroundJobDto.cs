using MarketingSaaS.Framework.BackgroundJobs;

namespace MarketingSaaS.BackgroundJobs;

public sealed record BackgroundJobDto(
    Guid Id,
    Guid? TenantId,
    string JobName,
    BackgroundJobState State,
    int TryCount,
    DateTimeOffset NextTryTime,
    DateTimeOffset? LastTryTime,
    DateTimeOffset CreationTime,
    DateTimeOffset? FinishedTime,
    string? IdempotencyKey);
