namespace MarketingSaaS.TestBase.Databases;

/// <summary>
/// The throwaway PostgreSQL cluster that etc/test.sh starts. It exports MSAAS_TEST_PG, a superuser
/// connection string; the roles msaas_owner (owns the tables) and msaas_app (what the host uses:
/// no superuser, no BYPASSRLS) exist in it.
/// </summary>
public static class PostgreSqlTestServer
{
    public const string EnvironmentVariable = "MSAAS_TEST_PG";
    public const string OwnerRole = "msaas_owner";
    public const string ApplicationRole = "msaas_app";
    public const string Password = "msaas";

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable)
        ?? throw new InvalidOperationException(
            $"{EnvironmentVariable} is not set: run the tests with etc/test.sh, which starts a throwaway PostgreSQL server.");
}
