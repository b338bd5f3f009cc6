using MarketingSaaS.Framework.Data;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Users;

namespace MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;

public sealed record MarketingDbContextDependencies(
    ICurrentTenant CurrentTenant,
    IDataFilter DataFilter,
    ICurrentUser CurrentUser,
    TimeProvider Clock);
