using MarketingSaaS.TestBase.Databases;

namespace MarketingSaaS.TestBase.Hosting;

public class SqliteApiFixture : ApiFixture
{
    protected override Task<ITestDatabase> CreateDatabaseAsync() => Task.FromResult<ITestDatabase>(new SqliteTestDatabase());
}
