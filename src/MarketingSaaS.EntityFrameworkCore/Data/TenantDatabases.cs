using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;

namespace MarketingSaaS.EntityFrameworkCore.Data;

/// <summary>A database of its own and the names of the companies stored in it.</summary>
public sealed record TenantDatabase(string ConnectionString, IReadOnlyList<string> Companies);

/// <summary>The databases of tenants with a database of their own (one raw query on "Tenants": no EF model is built).</summary>
internal static class TenantDatabases
{
    public static async Task<List<TenantDatabase>> ListAsync(string hostConnectionString, CancellationToken cancellationToken)
    {
        await using var connection = await RawDatabaseConnection.OpenAsync(hostConnectionString, cancellationToken);
        await using var command = connection.Command(
            """SELECT "ConnectionString", "Name" FROM "Tenants" WHERE "ConnectionString" IS NOT NULL AND NOT "IsDeleted" ORDER BY "ConnectionString", "Name" """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<(string ConnectionString, string Name)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetString(0), reader.GetString(1)));
        }

        return rows.GroupBy(r => r.ConnectionString, StringComparer.Ordinal)
            .Select(g => new TenantDatabase(g.Key, g.Select(r => r.Name).ToList()))
            .ToList();
    }
}
