using MarketingSaaS.Framework.AspNetCore.ApplicationConfiguration;
using System.Text.Json.Serialization;
using MarketingSaaS.Framework.AspNetCore.ExceptionHandling;
using MarketingSaaS.Framework.AspNetCore.Json;
using MarketingSaaS.Framework.AspNetCore.MultiTenancy;
using MarketingSaaS.Framework.AspNetCore.Users;
using MarketingSaaS.Framework.Modularity;
using MarketingSaaS.Framework.Users;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MarketingSaaS.Framework.AspNetCore;

[DependsOn(typeof(FrameworkModule))]
public sealed class FrameworkAspNetCoreModule : MarketingModule
{
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        var services = context.Services;
        services.AddHttpContextAccessor();
        services.Replace(ServiceDescriptor.Singleton<ICurrentUser, HttpCurrentUser>());
        services.Configure<MultiTenancyOptions>(context.Configuration.GetSection("MultiTenancy"));
        services.TryAddSingleton<TenantResolver>();
        services.TryAddSingleton<ErrorTextFormatter>();
        services.TryAddSingleton<ProblemResponder>();
        services.TryAddScoped<ApplicationConfigurationBuilder>();
        services.AddProblemDetails();
        services.AddExceptionHandler<MarketingExceptionHandler>();
        services.AddHostedService<BackgroundJobs.BackgroundJobHostedService>();
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
            o.SerializerOptions.Converters.Add(new ControlCharacterRefusingStringConverter());
            o.SerializerOptions.Converters.Add(new UtcDateTimeOffsetConverter());
            o.SerializerOptions.Converters.Add(new BusinessDateOnlyConverter());
            o.SerializerOptions.Converters.Add(new SignificantDigitsDecimalConverter());
        });
    }
}
