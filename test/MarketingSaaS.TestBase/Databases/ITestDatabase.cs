namespace MarketingSaaS.TestBase.Databases;

/// <summary>A throwaway database: the application's connection and the owner's (for migrations).</summary>
public interface ITestDatabase : IAsyncDisposable
{
    string Provider { get; }

    string ApplicationConnectionString { get; }

    string OwnerConnectionString { get; }
}
