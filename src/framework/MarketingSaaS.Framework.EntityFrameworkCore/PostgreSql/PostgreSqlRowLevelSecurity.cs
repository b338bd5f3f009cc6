using MarketingSaaS.Framework.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace MarketingSaaS.Framework.EntityFrameworkCore.PostgreSql;

/// <summary>
/// Puts a row-level security policy on every table of a tenant-owned entity and grants the
/// application role (not the owner) access to the tables. Idempotent: run after each migration.
/// </summary>
public static class PostgreSqlRowLevelSecurity
{
    public const string PolicyName = "tenant_isolation";

    public static async Task ApplyAsync(DbContext ownerContext, string? applicationRole, CancellationToken cancellationToken = default)
    {
        var model = ownerContext.GetService<Microsoft.EntityFrameworkCore.Metadata.IDesignTimeModel>().Model;
        foreach (var sql in BuildStatements(model, applicationRole))
        {
            await ownerContext.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        }
    }

    public static IEnumerable<string> BuildStatements(Microsoft.EntityFrameworkCore.Metadata.IModel model, string? applicationRole)
    {
        // A scalar subquery: PostgreSQL computes it once per query (an InitPlan) instead of once per row.
        var setting = $"(SELECT current_setting('{PostgreSqlTenantSessionInterceptor.SettingName}', true))";
        var predicate = $"({setting} = '{PostgreSqlTenantSessionInterceptor.AllTenants}' OR \"TenantId\" = NULLIF(NULLIF({setting}, ''), '{PostgreSqlTenantSessionInterceptor.AllTenants}')::uuid)";
        var tables = model.GetEntityTypes()
            .Where(t => typeof(IMultiTenant).IsAssignableFrom(t.ClrType) && t.GetTableName() is not null && !t.IsTableExcludedFromMigrations())
            .Select(t => Quote(t.GetSchema(), t.GetTableName()!))
            .Distinct();
        foreach (var table in tables)
        {
            yield return $"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY";
            yield return $"ALTER TABLE {table} FORCE ROW LEVEL SECURITY";
            yield return $"DROP POLICY IF EXISTS {PolicyName} ON {table}";
            yield return $"CREATE POLICY {PolicyName} ON {table} USING {predicate} WITH CHECK {predicate}";
        }

        if (!string.IsNullOrEmpty(applicationRole))
        {
            var role = new NpgsqlCommandBuilder().QuoteIdentifier(applicationRole);
            // public, and the schema of each module whose tables are in this model (policies move with a table, grants on a schema do not).
            foreach (var schema in SchemasOf(model))
            {
                yield return $"GRANT USAGE ON SCHEMA {schema} TO {role}";
                yield return $"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {role}";
                yield return $"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {role}";
            }
        }
    }

    private static IEnumerable<string> SchemasOf(Microsoft.EntityFrameworkCore.Metadata.IModel model) =>
        model.GetEntityTypes()
            .Where(t => t.GetTableName() is not null && !t.IsTableExcludedFromMigrations())
            .Select(t => t.GetSchema())
            .OfType<string>()
            .Prepend("public")
            .Distinct(StringComparer.Ordinal)
            .Select(schema => $"\"{schema}\"");

    private static string Quote(string? schema, string table) =>
        schema is null ? $"\"{table}\"" : $"\"{schema}\".\"{table}\"";
}
