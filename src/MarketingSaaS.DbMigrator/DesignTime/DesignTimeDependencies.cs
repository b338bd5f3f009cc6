using MarketingSaaS.Framework.Data;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Users;

namespace MarketingSaaS.DbMigrator.DesignTime;

internal static class DesignTimeDependencies
{
    public static MarketingDbContextDependencies Create() =>
        new(new CurrentTenant(), new DataFilter(), new AnonymousCurrentUser(), TimeProvider.System);
}
