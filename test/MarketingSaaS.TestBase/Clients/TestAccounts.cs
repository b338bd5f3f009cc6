namespace MarketingSaaS.TestBase;

public static class TestAccounts
{
    public const string AdminPassword = "Admin@12345";
    public const string UserPassword = "User@12345";
    public const string HostAdminPassword = "Host@12345";

    public static string NewSlug(string prefix = "t") => $"{prefix}-{Guid.NewGuid():N}"[..20];
}
