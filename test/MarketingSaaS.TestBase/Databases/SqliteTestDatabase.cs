namespace MarketingSaaS.TestBase.Databases;

/// <summary>A fresh SQLite file in the temp folder, deleted afterwards: empty, or a copy of another (closed) test database.</summary>
public sealed class SqliteTestDatabase : ITestDatabase
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "msaas-tests", $"{Guid.NewGuid():N}.db");

    public SqliteTestDatabase() => Directory.CreateDirectory(Path.GetDirectoryName(_file)!);

    public SqliteTestDatabase(SqliteTestDatabase copyOf)
        : this()
    {
        foreach (var suffix in new[] { "", "-wal" })
        {
            if (File.Exists(copyOf._file + suffix))
            {
                File.Copy(copyOf._file + suffix, _file + suffix);
            }
        }
    }

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
