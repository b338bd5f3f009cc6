using MarketingSaaS.Framework.Domain.Entities;

namespace MarketingSaaS.Framework.BackgroundJobs;

/// <summary>
/// One queued job. Not <c>IMultiTenant</c>: host jobs have no tenant, and the worker reads every
/// tenant's rows; the admin API filters by <see cref="TenantId"/> itself.
/// </summary>
public sealed class BackgroundJobRecord : Entity<Guid>
{
    private BackgroundJobRecord()
    {
        JobName = null!;
        ArgsJson = null!;
    }

    public BackgroundJobRecord(Guid id, Guid? tenantId, string jobName, string argsJson, DateTimeOffset creationTime, DateTimeOffset nextTryTime, string? idempotencyKey)
        : base(id)
    {
        TenantId = tenantId;
        IdempotencyScope = ScopeOf(tenantId);
        JobName = jobName;
        ArgsJson = argsJson;
        CreationTime = creationTime;
        NextTryTime = nextTryTime;
        IdempotencyKey = idempotencyKey;
        State = BackgroundJobState.Waiting;
    }

    /// <summary>Null for a host job.</summary>
    public Guid? TenantId { get; private set; }

    /// <summary>The tenant id, or <see cref="Guid.Empty"/> for the host: the idempotency key is unique per scope (a NULL would never collide).</summary>
    public Guid IdempotencyScope { get; private set; }

    public string JobName { get; private set; }

    public string ArgsJson { get; private set; }

    public string? IdempotencyKey { get; private set; }

    public BackgroundJobState State { get; private set; }

    public int TryCount { get; private set; }

    public DateTimeOffset NextTryTime { get; private set; }

    public DateTimeOffset? LastTryTime { get; private set; }

    public string? LastError { get; private set; }

    public string? LeaseOwner { get; private set; }

    public DateTimeOffset? LeaseExpiresAt { get; private set; }

    public DateTimeOffset CreationTime { get; private set; }

    public DateTimeOffset? FinishedTime { get; private set; }

    public static Guid ScopeOf(Guid? tenantId) => tenantId ?? Guid.Empty;

    /// <summary>An admin's retry: a dead or failed job waits again with a fresh count of tries.</summary>
    public void Revive(DateTimeOffset now)
    {
        State = BackgroundJobState.Waiting;
        TryCount = 0;
        NextTryTime = now;
        FinishedTime = null;
        LeaseOwner = null;
        LeaseExpiresAt = null;
    }
}
