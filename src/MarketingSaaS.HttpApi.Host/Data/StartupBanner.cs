namespace MarketingSaaS.Data;

/// <summary>
/// What the host prints once it listens with the demo company on (Development). The demo company's sign-in is printed;
/// the host admin's password is not (terminal scroll-back and captured logs outlive a session): the banner says where it
/// is configured instead.
/// </summary>
public static class StartupBanner
{
    public static string Text(IEnumerable<string> addresses) => $"""

        MarketingSaaS is ready at {string.Join(", ", addresses)}
          Demo company:  {DemoTenantSeeder.Slug}
          User name:     {DemoTenantSeeder.AdminUserName}
          Password:      {DemoTenantSeeder.AdminPassword}
          Host admin:    admin (password: the setting Seed:HostAdminPassword, e.g. in appsettings.Development.json)

        """;
}
