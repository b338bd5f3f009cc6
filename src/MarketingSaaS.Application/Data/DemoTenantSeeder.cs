using MarketingSaaS.Registration;
using MarketingSaaS.Tenants;

namespace MarketingSaaS.Data;

/// <summary>The "demo" company the run command prints sign-in details for.</summary>
public sealed class DemoTenantSeeder(ITenantRepository tenants, ISignUpAppService signUp)
{
    public const string Slug = "demo";
    public const string AdminUserName = "admin";
    public const string AdminPassword = "Demo@12345";

    public async Task<bool> SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await tenants.SlugExistsAsync(Slug, cancellationToken))
        {
            return false;
        }

        await signUp.SignUpAsync(new SignUpDto
        {
            CompanyName = "演示企业 Demo Co.",
            Slug = Slug,
            AdminName = "演示管理员",
            Email = "admin@demo.local",
            Password = AdminPassword,
        }, cancellationToken);
        return true;
    }
}
