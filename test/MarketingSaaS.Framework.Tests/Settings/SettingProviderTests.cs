using MarketingSaaS.Framework.Settings;
using MarketingSaaS.Framework.Tests.Helpers;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Framework.Tests.Settings;

public sealed class SettingProviderTests : IDisposable
{
    private const string Currency = "Platform.Currency";
    private readonly CheckerServices _services = new(
        services => services.AddSettingDefinitions<TestSettings>(),
        new Dictionary<string, string?> { ["Settings:" + Currency] = "EUR" });

    private readonly Guid _tenantId = Guid.NewGuid();
    private readonly Guid _userId = Guid.NewGuid();

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task Each_scope_overrides_the_ones_below_it()
    {
        _services.User.SignIn(_userId, "alice");
        using var _ = _services.CurrentTenant.Change(_tenantId);

        (await GetAsync(Currency)).ShouldBe("EUR");

        await _services.SettingValues.SetAsync(SettingValueProviders.Global, null, Currency, "USD");
        (await GetAsync(Currency)).ShouldBe("USD");

        await _services.SettingValues.SetAsync(SettingValueProviders.Tenant, _tenantId, Currency, "JPY");
        (await GetAsync(Currency)).ShouldBe("JPY");

        await _services.SettingValues.SetAsync(SettingValueProviders.User, _userId, Currency, "GBP");
        (await GetAsync(Currency)).ShouldBe("GBP");
    }

    [Fact]
    public async Task Without_any_value_or_configuration_the_default_applies()
    {
        (await GetAsync("Platform.TimeZone")).ShouldBe("Asia/Shanghai");
    }

    [Fact]
    public async Task Configuration_wins_over_the_default()
    {
        (await GetAsync(Currency)).ShouldBe("EUR");
    }

    [Fact]
    public async Task Values_of_another_tenant_or_user_do_not_apply()
    {
        await _services.SettingValues.SetAsync(SettingValueProviders.Tenant, Guid.NewGuid(), Currency, "JPY");
        await _services.SettingValues.SetAsync(SettingValueProviders.User, Guid.NewGuid(), Currency, "GBP");
        _services.User.SignIn(_userId, "alice");
        using var _ = _services.CurrentTenant.Change(_tenantId);

        (await GetAsync(Currency)).ShouldBe("EUR");
    }

    [Fact]
    public async Task The_host_side_skips_tenant_and_user_values()
    {
        await _services.SettingValues.SetAsync(SettingValueProviders.User, _userId, Currency, "GBP");
        await _services.SettingValues.SetAsync(SettingValueProviders.Global, null, Currency, "USD");
        _services.User.SignIn(_userId, "host-admin");

        (await GetAsync(Currency)).ShouldBe("USD");
    }

    [Fact]
    public async Task GetAll_resolves_each_setting_through_the_chain()
    {
        using var _ = _services.CurrentTenant.Change(_tenantId);
        await _services.SettingValues.SetAsync(SettingValueProviders.Tenant, _tenantId, "Platform.TimeZone", "Europe/Berlin");
        var definitions = _services.Get<SettingDefinitionManager>().All;

        var all = await _services.Get<ISettingProvider>().GetAllAsync(definitions);

        all[Currency].ShouldBe("EUR");
        all["Platform.TimeZone"].ShouldBe("Europe/Berlin");
        all["Platform.Motto"].ShouldBeNull();
    }

    [Fact]
    public async Task An_undefined_setting_is_an_error()
    {
        await Should.ThrowAsync<InvalidOperationException>(() => GetAsync("Not.Defined"));
    }

    // A new scope per read; the stores' values are cached in the shared memory cache, so clear it.
    private Task<string?> GetAsync(string name)
    {
        var cache = (Microsoft.Extensions.Caching.Memory.MemoryCache)_services.Get<Microsoft.Extensions.Caching.Memory.IMemoryCache>();
        cache.Clear();
        return _services.Get<ISettingProvider>().GetOrNullAsync(name);
    }

    private sealed class TestSettings : SettingDefinitionProvider
    {
        public override void Define(SettingDefinitionContext context)
        {
            context.Add(Currency, "CNY");
            context.Add("Platform.TimeZone", "Asia/Shanghai");
            context.Add("Platform.Motto", null);
        }
    }
}
