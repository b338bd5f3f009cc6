using MarketingSaaS.Identity;
using MarketingSaaS.TestBase.Hosting;

namespace MarketingSaaS.HttpApi.Tests.Account;

public sealed class ProductionHashingPostgreSqlApiFixture : PostgreSqlApiFixture
{
    protected override int PasswordHashIterations => IdentityConsts.PasswordHashIterations;
}
