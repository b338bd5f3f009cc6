namespace MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;

/// <summary>The connection string names the provider: "Data Source=…" is SQLite, "Host=…" is PostgreSQL.</summary>
public static class DatabaseProviderDetector
{
    public static DatabaseProvider Detect(string connectionString)
    {
        var text = connectionString.TrimStart();
        if (text.StartsWith("Host=", StringComparison.OrdinalIgnoreCase) || text.Contains(";Host=", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("Server=", StringComparison.OrdinalIgnoreCase))
        {
            return DatabaseProvider.PostgreSql;
        }

        if (text.StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase) || text.StartsWith("DataSource=", StringComparison.OrdinalIgnoreCase))
        {
            return DatabaseProvider.Sqlite;
        }

        throw new InvalidOperationException("Cannot tell the database provider from the connection string: use 'Data Source=…' (SQLite) or 'Host=…' (PostgreSQL).");
    }
}
