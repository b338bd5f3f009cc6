namespace MarketingSaaS.Framework.BackgroundJobs;

/// <summary>
/// <paramref name="Delay"/>: run no earlier than now + delay.
/// <paramref name="IdempotencyKey"/>: unique per tenant; enqueuing the same key twice yields one job.
/// </summary>
public sealed record BackgroundJobEnqueueOptions(TimeSpan? Delay = null, string? IdempotencyKey = null);
