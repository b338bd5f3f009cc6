using MarketingSaaS.Framework.Authorization;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Membership;

/// <summary>Every Membership permission needs the module switch: with the module off nobody holds them.</summary>
public sealed class MembershipPermissionDefinitionProvider : PermissionDefinitionProvider
{
    public override void Define(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(MembershipPermissions.GroupName);
        var items = group.AddPermission(MembershipPermissions.Items.Default, MultiTenancySides.Tenant, MembershipFeatures.Enable);
        items.AddChild(MembershipPermissions.Items.Create);
        items.AddChild(MembershipPermissions.Items.Update);
        items.AddChild(MembershipPermissions.Items.Delete);
    }
}
