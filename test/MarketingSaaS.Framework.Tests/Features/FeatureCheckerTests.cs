using MarketingSaaS.Framework.Features;
using MarketingSaaS.Framework.Tests.Helpers;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Framework.Tests.Features;

public sealed class FeatureCheckerTests : IDisposable
{
    private readonly CheckerServices _services = new(services => services.AddFeatureDefinitions<TestFeatures>());
    private readonly Guid _editionId = Guid.NewGuid();

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task The_tenant_value_wins_over_the_edition_value_and_the_default()
    {
        var tenant = _services.Tenants.Add("acme", editionId: _editionId);
        _services.FeatureValues.Set(FeatureValueProviders.Edition, _editionId, "Events.MaxCount", "50");
        _services.FeatureValues.Set(FeatureValueProviders.Tenant, tenant.Id, "Events.MaxCount", "500");
        using var _ = _services.CurrentTenant.Change(tenant.Id);

        (await GetAsync("Events.MaxCount")).ShouldBe("500");
    }

    [Fact]
    public async Task The_edition_value_applies_when_the_tenant_has_none()
    {
        var tenant = _services.Tenants.Add("acme", editionId: _editionId);
        _services.FeatureValues.Set(FeatureValueProviders.Edition, _editionId, "Events.MaxCount", "50");
        _services.FeatureValues.Set(FeatureValueProviders.Edition, _editionId, ModuleFeatures.For("Events"), "true");
        using var _ = _services.CurrentTenant.Change(tenant.Id);

        (await GetAsync("Events.MaxCount")).ShouldBe("50");
        (await _services.Get<IFeatureChecker>().IsEnabledAsync(ModuleFeatures.For("Events"))).ShouldBeTrue();
    }

    [Fact]
    public async Task The_default_applies_without_tenant_or_edition_values()
    {
        var withEdition = _services.Tenants.Add("acme", editionId: _editionId);
        var withoutEdition = _services.Tenants.Add("solo");

        using (_services.CurrentTenant.Change(withEdition.Id))
        {
            (await GetAsync("Events.MaxCount")).ShouldBe("10");
        }

        using (_services.CurrentTenant.Change(withoutEdition.Id))
        {
            (await GetAsync("Events.MaxCount")).ShouldBe("10");
            (await _services.Get<IFeatureChecker>().IsEnabledAsync(ModuleFeatures.For("Events"))).ShouldBeFalse();
        }
    }

    [Fact]
    public async Task A_tenant_can_switch_off_what_its_edition_switches_on()
    {
        var tenant = _services.Tenants.Add("acme", editionId: _editionId);
        _services.FeatureValues.Set(FeatureValueProviders.Edition, _editionId, ModuleFeatures.For("Events"), "true");
        _services.FeatureValues.Set(FeatureValueProviders.Tenant, tenant.Id, ModuleFeatures.For("Events"), "false");
        using var _ = _services.CurrentTenant.Change(tenant.Id);

        (await _services.Get<IFeatureChecker>().IsEnabledAsync(ModuleFeatures.For("Events"))).ShouldBeFalse();
    }

    [Fact]
    public async Task The_host_side_gets_the_defaults()
    {
        _services.FeatureValues.Set(FeatureValueProviders.Edition, _editionId, "Events.MaxCount", "50");

        (await GetAsync("Events.MaxCount")).ShouldBe("10");
        (await _services.Get<IFeatureChecker>().IsEnabledAsync("Reports")).ShouldBeTrue();
        (await _services.Get<IFeatureChecker>().IsEnabledAsync(ModuleFeatures.For("Events"))).ShouldBeFalse();
    }

    [Fact]
    public async Task An_unknown_feature_is_null_and_not_enabled()
    {
        var tenant = _services.Tenants.Add("acme");
        _services.FeatureValues.Set(FeatureValueProviders.Tenant, tenant.Id, "Not.Defined", "true");
        using var _ = _services.CurrentTenant.Change(tenant.Id);

        (await GetAsync("Not.Defined")).ShouldBeNull();
        (await _services.Get<IFeatureChecker>().IsEnabledAsync("Not.Defined")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_non_boolean_value_is_not_enabled()
    {
        (await _services.Get<IFeatureChecker>().IsEnabledAsync("Events.MaxCount")).ShouldBeFalse();
    }

    private Task<string?> GetAsync(string name) => _services.Get<IFeatureChecker>().GetValueAsync(name);

    private sealed class TestFeatures : FeatureDefinitionProvider
    {
        public override void Define(FeatureDefinitionContext context)
        {
            context.AddModuleSwitch("Events");
            context.Add("Events.MaxCount", "10");
            context.Add("Reports", "true");
        }
    }
}
