using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;

namespace MarketingSaaS.EntityFrameworkCore.Data;

/// <summary>The connection strings of tenants with a database of their own (one raw query on "Tenants": no EF model is built).</summary>
internal static class TenantDatabases
{
    public static async Task<List<string>> ListAsync(string hostConnectionString, CancellationToken cancellationToken)
    {
        await using var connection = await RawDatabaseConnection.OpenAsync(hostConnectionString, cancellationToken);
        await using var command = connection.Command(
            """SELECT DISTINCT "ConnectionString" FROM "Tenants" WHERE "ConnectionString" IS NOT NULL AND NOT "IsDeleted" ORDER BY "ConnectionString" """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var connectionStrings = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            connectionStrings.Add(reader.GetString(0));
        }

        return connectionStrings;
    }
}
