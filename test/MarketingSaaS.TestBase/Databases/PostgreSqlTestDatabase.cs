using Npgsql;

namespace MarketingSaaS.TestBase.Databases;

/// <summary>A fresh database on the test cluster, owned by msaas_owner, dropped afterwards: empty, or a copy of a template.</summary>
public sealed class PostgreSqlTestDatabase : ITestDatabase
{
    private readonly string _name = $"msaas_{Guid.NewGuid():N}";

    private PostgreSqlTestDatabase()
    {
    }

    public string Provider => "PostgreSql";

    public string ApplicationConnectionString => ConnectionString(PostgreSqlTestServer.ApplicationRole);

    public string OwnerConnectionString => ConnectionString(PostgreSqlTestServer.OwnerRole);

    public string Name => _name;

    public static Task<PostgreSqlTestDatabase> CreateAsync() => CreateAsync(template: null);

    /// <summary>With <paramref name="template"/>: a file-level copy of that database (which nobody may be connected to).</summary>
    public static async Task<PostgreSqlTestDatabase> CreateAsync(string? template)
    {
        var database = new PostgreSqlTestDatabase();
        await using var connection = new NpgsqlConnection(PostgreSqlTestServer.AdminConnectionString);
        await connection.OpenAsync();
        var copy = template is null ? "" : $" TEMPLATE {template}";
        await using var command = new NpgsqlCommand($"CREATE DATABASE {database._name} OWNER {PostgreSqlTestServer.OwnerRole}{copy}", connection);
        await command.ExecuteNonQueryAsync();
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(PostgreSqlTestServer.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private string ConnectionString(string role) =>
        new NpgsqlConnectionStringBuilder(PostgreSqlTestServer.AdminConnectionString)
        {
            Database = _name,
            Username = role,
            Password = PostgreSqlTestServer.Password,
        }.ConnectionString;
}
