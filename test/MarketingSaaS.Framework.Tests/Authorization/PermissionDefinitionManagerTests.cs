using MarketingSaaS.Framework.Authorization;
using MarketingSaaS.Framework.MultiTenancy;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Framework.Tests.Authorization;

public sealed class PermissionDefinitionManagerTests
{
    [Fact]
    public void Groups_and_nested_permissions_are_all_found_by_name()
    {
        var manager = new PermissionDefinitionManager([new Provider(c =>
        {
            var events = c.AddGroup("Events");
            var root = events.AddPermission("Events.Events");
            root.AddChild("Events.Events.Create").AddChild("Events.Events.Create.Bulk");
        })]);

        manager.Groups.Select(g => g.Name).ShouldBe(["Events"]);
        manager.All.Select(p => p.Name).Order().ShouldBe(["Events.Events", "Events.Events.Create", "Events.Events.Create.Bulk"]);
        manager.GetOrNull("Events.Events.Create.Bulk")!.Parent!.Name.ShouldBe("Events.Events.Create");
        manager.GetOrNull("Events.Events")!.DisplayNameKey.ShouldBe("Permission:Events.Events");
        manager.GetOrNull("Nope").ShouldBeNull();
    }

    [Fact]
    public void Children_inherit_the_side_and_the_required_features_and_may_add_their_own()
    {
        var manager = new PermissionDefinitionManager([new Provider(c =>
        {
            var root = c.AddGroup("G").AddPermission("Root", MultiTenancySides.Host, "Feature.A");
            root.AddChild("Root.Child", requiredFeatures: "Feature.B");
            root.AddChild("Root.Both", MultiTenancySides.Both);
        })]);

        var child = manager.GetOrNull("Root.Child")!;
        child.MultiTenancySide.ShouldBe(MultiTenancySides.Host);
        child.RequiredFeatures.ShouldBe(["Feature.A", "Feature.B"]);
        manager.GetOrNull("Root.Both")!.MultiTenancySide.ShouldBe(MultiTenancySides.Both);
        manager.GetOrNull("Root.Both")!.RequiredFeatures.ShouldBe(["Feature.A"]);
    }

    [Fact]
    public void A_permission_defined_twice_is_rejected_even_across_providers()
    {
        var manager = new PermissionDefinitionManager([
            new Provider(c => c.AddGroup("One").AddPermission("Same")),
            new Provider(c => c.AddGroup("Two").AddPermission("Other").AddChild("Same")),
        ]);

        Should.Throw<InvalidOperationException>(() => manager.All.ToList()).Message.ShouldContain("'Same'");
    }

    [Fact]
    public void A_group_defined_twice_is_rejected()
    {
        var manager = new PermissionDefinitionManager([
            new Provider(c => c.AddGroup("Dup")),
            new Provider(c => c.AddGroup("Dup")),
        ]);

        Should.Throw<InvalidOperationException>(() => manager.Groups).Message.ShouldContain("'Dup'");
    }

    private sealed class Provider(Action<PermissionDefinitionContext> define) : PermissionDefinitionProvider
    {
        public override void Define(PermissionDefinitionContext context) => define(context);
    }
}
