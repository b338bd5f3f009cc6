using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;

/// <summary>
/// Where a module's tables live, derived from the module's name: on PostgreSQL in the schema <c>events</c> (the
/// name in lower case), on SQLite, which has no schemas, with the prefix <c>Events_</c>. The module's migrations
/// history table is <c>__EventsMigrationsHistory</c>, in the module's schema on PostgreSQL.
/// </summary>
public static class ModuleTables
{
    public static string Schema(string moduleName) => moduleName.ToLowerInvariant();

    public static string Prefix(string moduleName) => moduleName + "_";

    public static string HistoryTable(string moduleName) => $"__{moduleName}MigrationsHistory";

    /// <summary>
    /// Puts every table the module's migrations create into the module's schema (PostgreSQL) or gives it the prefix
    /// (SQLite). Tables mapped but excluded from migrations (the platform's change log) stay where their owner put them.
    /// </summary>
    public static void Apply(ModelBuilder modelBuilder, string moduleName, bool isSqlite)
    {
        var schema = Schema(moduleName);
        var prefix = Prefix(moduleName);
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(OwnsItsTable).ToList())
        {
            if (isSqlite)
            {
                var table = entityType.GetTableName()!;
                if (!table.StartsWith(prefix, StringComparison.Ordinal))
                {
                    entityType.SetTableName(prefix + table);
                }
            }
            else
            {
                entityType.SetSchema(schema);
            }
        }
    }

    private static bool OwnsItsTable(IMutableEntityType entityType) =>
        entityType.BaseType is null
        && entityType.GetTableName() is not null
        && !entityType.IsTableExcludedFromMigrations()
        // An owned type stored in its owner's table follows the owner; one with a table of its own is moved too.
        && (entityType.FindOwnership() is not { } ownership || ownership.PrincipalEntityType.GetTableName() != entityType.GetTableName());
}
