using MarketingSaaS.Approvals;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Events.Tests.Transactions;

public sealed class RefusingOutcomeHandlerSqliteFixture : SqliteApiFixture
{
    protected override void ConfigureServices(IServiceCollection services) => services.AddScoped<IApprovalOutcomeHandler, RefusingOutcomeHandler>();
}

public sealed class RefusingOutcomeHandlerPostgreSqlFixture : PostgreSqlApiFixture
{
    protected override void ConfigureServices(IServiceCollection services) => services.AddScoped<IApprovalOutcomeHandler, RefusingOutcomeHandler>();
}
