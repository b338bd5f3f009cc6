using MarketingSaaS.Events.EntityFrameworkCore;
using MarketingSaaS.Framework.Modularity;

namespace MarketingSaaS.DbMigrator;

/// <summary>The migrator migrates the Events module's tables (its DbContext registers itself for migration).</summary>
[DependsOn(typeof(EventsEntityFrameworkCoreModule))]
public sealed partial class MarketingSaaSDbMigratorModule;
