using MarketingSaaS.TestBase.Databases;

namespace MarketingSaaS.TestBase.Hosting;

public class SqliteApiFixture : ApiFixture
{
    protected override async Task<ITestDatabase> CreateDatabaseAsync() => await MigratedSqliteDatabases.CreateAsync();
}
