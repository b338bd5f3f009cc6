using MarketingSaaS.TestBase.Databases;

namespace MarketingSaaS.TestBase.Hosting;

public class PostgreSqlApiFixture : ApiFixture
{
    protected override async Task<ITestDatabase> CreateDatabaseAsync() => await MigratedPostgreSqlDatabases.CreateAsync();
}
