using MarketingSaaS.Account;
using MarketingSaaS.Framework.Modularity;
using MarketingSaaS.Registration;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS;

[DependsOn(typeof(MarketingSaaSDomainModule))]
public sealed class MarketingSaaSApplicationModule : MarketingModule
{
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        var services = context.Services;
        services.AddScoped<ISignUpAppService, SignUpAppService>();
        services.AddScoped<CurrentAppUserLoader>();
        services.AddScoped<ITwoFactorAppService, TwoFactorAppService>();
        services.AddScoped<IProfileAppService, ProfileAppService>();
        services.AddScoped<MarketingSaaS.Data.DemoTenantSeeder>();
    }
}
