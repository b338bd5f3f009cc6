using MarketingSaaS.EntityFrameworkCore;
using MarketingSaaS.Framework.Modularity;

namespace MarketingSaaS.DbMigrator;

[DependsOn(typeof(MarketingSaaSApplicationModule), typeof(MarketingSaaSEntityFrameworkCoreModule))]
public sealed class MarketingSaaSDbMigratorModule : MarketingModule;
