using System.Collections.Concurrent;

namespace MarketingSaaS.HttpApi.Tests.BackgroundJobs;

/// <summary>What the test jobs saw, per key: how often they ran and, for the tenant probe, which tenants' rows they could read.</summary>
public sealed class TestJobRecorder
{
    public ConcurrentDictionary<string, int> Runs { get; } = new();

    public ConcurrentDictionary<string, (Guid? CurrentTenant, List<Guid> VisibleRoleTenants)> TenantProbes { get; } = new();

    public ConcurrentDictionary<string, JobGate> Gates { get; } = new();

    public int RunsOf(string key) => Runs.GetValueOrDefault(key);

    public JobGate GateOf(string key) => Gates.GetOrAdd(key, _ => new JobGate());
}
