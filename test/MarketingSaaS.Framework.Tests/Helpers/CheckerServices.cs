using MarketingSaaS.Framework.Authorization;
using MarketingSaaS.Framework.Features;
using MarketingSaaS.Framework.Modularity;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Settings;
using MarketingSaaS.Framework.Users;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Framework.Tests.Helpers;

/// <summary>The framework's permission, feature and setting services over in-memory stores.</summary>
public sealed class CheckerServices : IDisposable
{
    public CheckerServices(Action<IServiceCollection> define, IDictionary<string, string?>? configuration = null)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(configuration ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(config);
        services.AddSingleton<ICurrentUser>(User);
        services.AddSingleton<ITenantStore>(Tenants);
        services.AddSingleton<IFeatureValueStore>(FeatureValues);
        services.AddSingleton<ISettingValueStore>(SettingValues);
        services.AddSingleton<FakePermissionGrantStore>();
        services.AddSingleton<IPermissionGrantStore>(sp => sp.GetRequiredService<FakePermissionGrantStore>());
        ModularApplication.Create(typeof(FrameworkModule), services, config);
        define(services);
        Services = services.BuildServiceProvider();
    }

    public TestCurrentUser User { get; } = new();

    public FakeTenantStore Tenants { get; } = new();

    public FakeFeatureValueStore FeatureValues { get; } = new();

    public FakeSettingValueStore SettingValues { get; } = new();

    public FakePermissionGrantStore Grants => Services.GetRequiredService<FakePermissionGrantStore>();

    public ServiceProvider Services { get; }

    public ICurrentTenant CurrentTenant => Services.GetRequiredService<ICurrentTenant>();

    /// <summary>A checker of a new scope (checkers remember their answers for their scope).</summary>
    public T Get<T>()
        where T : notnull => Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    public void Dispose() => Services.Dispose();
}
