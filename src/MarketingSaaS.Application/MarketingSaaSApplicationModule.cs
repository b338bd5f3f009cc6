using MarketingSaaS.AuditLogging;
using MarketingSaaS.Editions;
using MarketingSaaS.Framework.Modularity;
using MarketingSaaS.Registration;
using MarketingSaaS.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS;

[DependsOn(typeof(MarketingSaaSDomainModule))]
public sealed class MarketingSaaSApplicationModule : MarketingModule
{
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        var services = context.Services;
        services.AddScoped<ISignUpAppService, SignUpAppService>();
        services.AddScoped<MarketingSaaS.Data.DemoTenantSeeder>();
        services.AddScoped<ITenantAppService, TenantAppService>();
        services.AddScoped<IEditionAppService, EditionAppService>();
        services.AddScoped<IAuditLogAppService, AuditLogAppService>();
    }
}
