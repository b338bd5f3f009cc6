namespace MarketingSaaS.HttpApi.Tests.BackgroundJobs;

public sealed record TenantProbeJobArgs(string Key);
