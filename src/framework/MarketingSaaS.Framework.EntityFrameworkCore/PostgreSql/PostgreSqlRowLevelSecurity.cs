using MarketingSaaS.Framework.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace MarketingSaaS.Framework.EntityFrameworkCore.PostgreSql;

/// <summary>
/// Puts row-level security policies on every table of a tenant-owned entity and grants the
/// application role (not the owner) access to the tables. Idempotent: run after each migration.
/// <para>
/// Two policies: <see cref="PolicyName"/> (every role) admits the rows of the company named by <c>app.tenant_id</c>
/// and nothing else — a value that is not a company id (<c>''</c>, <c>'*'</c>, garbage) admits no row.
/// <see cref="CrossTenantPolicyName"/> admits every row while <c>app.tenant_id = '*'</c>, but only for the role that
/// applies the policies (<c>CURRENT_USER</c>: the table owner the migrator connects as). The application login is not
/// that role and cannot become it, so no statement it can issue reads another company (docs/security.md).
/// </para>
/// </summary>
public static class PostgreSqlRowLevelSecurity
{
    public const string PolicyName = "tenant_isolation";
    public const string CrossTenantPolicyName = "tenant_isolation_cross_tenant";

    private const string UuidPattern = "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$";

    /// <summary>
    /// Applies the policies to the tenant tables that exist: a table whose migration is not applied yet is skipped (the
    /// migrator runs this after migrating to the latest, where every table exists; a test that stops at an older
    /// migration gets the policies of that point).
    /// </summary>
    public static async Task ApplyAsync(DbContext ownerContext, string? applicationRole, CancellationToken cancellationToken = default)
    {
        var model = ownerContext.GetService<Microsoft.EntityFrameworkCore.Metadata.IDesignTimeModel>().Model;
        var existing = (await ownerContext.Database
                .SqlQueryRaw<string>("SELECT t AS \"Value\" FROM unnest({0}) AS t WHERE to_regclass(t) IS NOT NULL", [TenantTables(model).ToArray()])
                .ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);

        foreach (var sql in BuildStatements(model, applicationRole, existing.Contains))
        {
            // ExecuteSqlRaw formats its text ({0} = a parameter): the regular expression's {8} must be escaped.
            await ownerContext.Database.ExecuteSqlRawAsync(sql.Replace("{", "{{").Replace("}", "}}"), cancellationToken);
        }
    }

    public static IEnumerable<string> BuildStatements(
        Microsoft.EntityFrameworkCore.Metadata.IModel model, string? applicationRole, Func<string, bool>? includeTable = null)
    {
        // Scalar subqueries: PostgreSQL computes them once per query (an InitPlan) instead of once per row.
        // Only a well-formed id is cast, so '*' or '' compares with NULL (no row) instead of failing the cast.
        var setting = $"current_setting('{PostgreSqlTenantSessionInterceptor.SettingName}', true)";
        var tenant = $"(SELECT CASE WHEN s ~ '{UuidPattern}' THEN s::uuid END FROM {setting} AS s)";
        var predicate = $"(\"TenantId\" = {tenant})";
        var crossTenant = $"((SELECT {setting}) = '{PostgreSqlTenantSessionInterceptor.AllTenants}')";
        foreach (var table in TenantTables(model).Where(includeTable ?? (_ => true)))
        {
            yield return $"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY";
            yield return $"ALTER TABLE {table} FORCE ROW LEVEL SECURITY";
            yield return $"DROP POLICY IF EXISTS {PolicyName} ON {table}";
            yield return $"CREATE POLICY {PolicyName} ON {table} USING {predicate} WITH CHECK {predicate}";
            yield return $"DROP POLICY IF EXISTS {CrossTenantPolicyName} ON {table}";
            yield return $"CREATE POLICY {CrossTenantPolicyName} ON {table} TO CURRENT_USER USING {crossTenant} WITH CHECK {crossTenant}";
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

    private static IEnumerable<string> TenantTables(Microsoft.EntityFrameworkCore.Metadata.IModel model) =>
        model.GetEntityTypes()
            .Where(t => typeof(IMultiTenant).IsAssignableFrom(t.ClrType) && t.GetTableName() is not null && !t.IsTableExcludedFromMigrations())
            .Select(t => Quote(t.GetSchema(), t.GetTableName()!))
            .Distinct();

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
