namespace MarketingSaaS.TestBase.Databases;

/// <summary>A fresh SQLite file in the temp folder, deleted afterwards.</summary>
public sealed class SqliteTestDatabase : ITestDatabase
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "msaas-tests", $"{Guid.NewGuid():N}.db");

    public SqliteTestDatabase() => Directory.CreateDirectory(Path.GetDirectoryName(_file)!);

    public string Provider => "Sqlite";

    public string ApplicationConnectionString => $"Data Source={_file}";

    public string OwnerConnectionString => ApplicationConnectionString;

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_file + suffix);
        }

        return ValueTask.CompletedTask;
    }
}
