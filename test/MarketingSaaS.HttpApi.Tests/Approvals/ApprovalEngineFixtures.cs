using MarketingSaaS.Approvals;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.HttpApi.Tests.Approvals;

/// <summary>Hosts with <see cref="RecordingOutcomeHandler"/> registered for the "TestModule" subject module.</summary>
public sealed class SqliteApprovalEngineFixture : SqliteApiFixture
{
    public RecordedOutcomes Outcomes { get; } = new();

    protected override void ConfigureServices(IServiceCollection services) => ApprovalEngineFixtures.AddOutcomeHandler(services, Outcomes);
}

public sealed class PostgreSqlApprovalEngineFixture : PostgreSqlApiFixture
{
    public RecordedOutcomes Outcomes { get; } = new();

    protected override void ConfigureServices(IServiceCollection services) => ApprovalEngineFixtures.AddOutcomeHandler(services, Outcomes);
}

internal static class ApprovalEngineFixtures
{
    public static void AddOutcomeHandler(IServiceCollection services, RecordedOutcomes outcomes)
    {
        services.AddSingleton(outcomes);
        services.AddScoped<IApprovalOutcomeHandler, RecordingOutcomeHandler>();
        services.AddScoped<IApprovalSubjectVersionProvider, TestSubjectVersions>();
    }
}
