using MarketingSaaS.Framework.Authorization;
using MarketingSaaS.Framework.Features;
using MarketingSaaS.Framework.MultiTenancy;
using MarketingSaaS.Framework.Tests.Helpers;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Framework.Tests.Authorization;

public sealed class PermissionCheckerTests : IDisposable
{
    private readonly CheckerServices _services = new(services =>
    {
        services.AddPermissionDefinitions<TestPermissions>();
        services.AddFeatureDefinitions<TestFeatures>();
    });

    private readonly Guid _tenantId;
    private readonly Guid _userId = Guid.NewGuid();

    public PermissionCheckerTests() => _tenantId = _services.Tenants.Add("acme").Id;

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task A_user_grant_is_granted_to_that_user_only()
    {
        _services.Grants.Grant(_tenantId, PermissionGrantProviders.User, _userId.ToString(), "Campaigns.Edit");
        using var _ = _services.CurrentTenant.Change(_tenantId);

        _services.User.SignIn(_userId, "alice");
        (await IsGrantedAsync("Campaigns.Edit")).ShouldBeTrue();

        _services.User.SignIn(Guid.NewGuid(), "bob");
        (await IsGrantedAsync("Campaigns.Edit")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_role_grant_is_granted_to_members_of_the_role()
    {
        _services.Grants.Grant(_tenantId, PermissionGrantProviders.Role, "editor", "Campaigns.Edit");
        using var _ = _services.CurrentTenant.Change(_tenantId);

        _services.User.SignIn(_userId, "alice", "viewer", "editor");
        (await IsGrantedAsync("Campaigns.Edit")).ShouldBeTrue();

        _services.User.SignIn(_userId, "alice", "viewer");
        (await IsGrantedAsync("Campaigns.Edit")).ShouldBeFalse();
    }

    [Fact]
    public async Task Grants_of_another_tenant_do_not_count()
    {
        _services.Grants.Grant(Guid.NewGuid(), PermissionGrantProviders.Role, "editor", "Campaigns.Edit");
        using var _ = _services.CurrentTenant.Change(_tenantId);
        _services.User.SignIn(_userId, "alice", "editor");

        (await IsGrantedAsync("Campaigns.Edit")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_host_only_permission_is_not_granted_inside_a_tenant_even_with_a_grant()
    {
        _services.Grants.Grant(_tenantId, PermissionGrantProviders.Role, "admin", "Tenants.Manage");
        _services.Grants.Grant(null, PermissionGrantProviders.Role, "admin", "Tenants.Manage");
        _services.User.SignIn(_userId, "admin", "admin");

        using (_services.CurrentTenant.Change(_tenantId))
        {
            (await IsGrantedAsync("Tenants.Manage")).ShouldBeFalse();
        }

        (await IsGrantedAsync("Tenants.Manage")).ShouldBeTrue();
    }

    [Fact]
    public async Task A_tenant_permission_is_not_granted_on_the_host_side()
    {
        _services.Grants.Grant(null, PermissionGrantProviders.Role, "admin", "Campaigns.Edit");
        _services.User.SignIn(_userId, "admin", "admin");

        (await IsGrantedAsync("Campaigns.Edit")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_permission_whose_required_feature_is_off_is_not_granted()
    {
        _services.Grants.Grant(_tenantId, PermissionGrantProviders.Role, "editor", "Campaigns.Edit.Ai");
        _services.User.SignIn(_userId, "alice", "editor");
        using var _ = _services.CurrentTenant.Change(_tenantId);

        (await IsGrantedAsync("Campaigns.Edit.Ai")).ShouldBeFalse();

        _services.FeatureValues.Set(FeatureValueProviders.Tenant, _tenantId, "Campaigns.Ai", "true");
        _services.Services.GetRequiredService<Microsoft.Extensions.Caching.Memory.IMemoryCache>().Remove(FeatureChecker.CacheKey(FeatureValueProviders.Tenant, _tenantId));
        (await IsGrantedAsync("Campaigns.Edit.Ai")).ShouldBeTrue();
    }

    [Fact]
    public async Task Grants_of_undefined_permissions_and_anonymous_users_give_nothing()
    {
        _services.Grants.Grant(_tenantId, PermissionGrantProviders.Role, "editor", "Not.Defined");
        using var _ = _services.CurrentTenant.Change(_tenantId);

        (await _services.Get<IPermissionChecker>().GetGrantedAsync()).ShouldBeEmpty();
        _services.User.SignIn(_userId, "alice", "editor");
        (await _services.Get<IPermissionChecker>().GetGrantedAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Grants_are_cached_until_the_cache_is_invalidated()
    {
        _services.Grants.Grant(_tenantId, PermissionGrantProviders.Role, "editor", "Campaigns.Edit");
        _services.User.SignIn(_userId, "alice", "editor");
        using var _ = _services.CurrentTenant.Change(_tenantId);
        (await IsGrantedAsync("Campaigns.View")).ShouldBeFalse();
        var loads = _services.Grants.LoadCount;

        _services.Grants.Grant(_tenantId, PermissionGrantProviders.Role, "editor", "Campaigns.View");
        (await IsGrantedAsync("Campaigns.View")).ShouldBeFalse();
        _services.Grants.LoadCount.ShouldBe(loads);

        _services.Services.GetRequiredService<PermissionGrantCache>().Invalidate(_tenantId, PermissionGrantProviders.Role, "editor");
        (await IsGrantedAsync("Campaigns.View")).ShouldBeTrue();
        _services.Grants.LoadCount.ShouldBeGreaterThan(loads);
    }

    [Fact]
    public async Task Invalidating_one_tenant_leaves_the_cache_of_another_alone()
    {
        var otherTenant = _services.Tenants.Add("other").Id;
        _services.User.SignIn(_userId, "alice", "editor");
        using (_services.CurrentTenant.Change(otherTenant))
        {
            (await IsGrantedAsync("Campaigns.Edit")).ShouldBeFalse();
        }

        _services.Grants.Grant(otherTenant, PermissionGrantProviders.Role, "editor", "Campaigns.Edit");
        _services.Services.GetRequiredService<PermissionGrantCache>().Invalidate(_tenantId, PermissionGrantProviders.Role, "editor");

        using (_services.CurrentTenant.Change(otherTenant))
        {
            (await IsGrantedAsync("Campaigns.Edit")).ShouldBeFalse();
        }
    }

    private Task<bool> IsGrantedAsync(string permission) => _services.Get<IPermissionChecker>().IsGrantedAsync(permission);

    private sealed class TestPermissions : PermissionDefinitionProvider
    {
        public override void Define(PermissionDefinitionContext context)
        {
            var group = context.AddGroup("Test");
            var campaigns = group.AddPermission("Campaigns.View");
            campaigns.AddChild("Campaigns.Edit").AddChild("Campaigns.Edit.Ai", requiredFeatures: "Campaigns.Ai");
            group.AddPermission("Tenants.Manage", MultiTenancySides.Host);
        }
    }

    private sealed class TestFeatures : FeatureDefinitionProvider
    {
        public override void Define(FeatureDefinitionContext context) => context.Add("Campaigns.Ai", "false");
    }
}
