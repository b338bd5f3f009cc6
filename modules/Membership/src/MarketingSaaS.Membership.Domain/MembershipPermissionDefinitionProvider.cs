using MarketingSaaS.Framework.Authorization;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Membership;

/// <summary>Every Membership permission needs the module switch: with the module off nobody holds them.</summary>
public sealed class MembershipPermissionDefinitionProvider : PermissionDefinitionProvider
{
    public override void Define(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(MembershipPermissions.GroupName);
        var members = group.AddPermission(MembershipPermissions.Members.Default, MultiTenancySides.Tenant, MembershipFeatures.Enable);
        members.AddChild(MembershipPermissions.Members.Create);
        members.AddChild(MembershipPermissions.Members.Update);
        members.AddChild(MembershipPermissions.Members.Delete);
        members.AddChild(MembershipPermissions.Members.PersonalData);
        var purchases = group.AddPermission(MembershipPermissions.Purchases.Default, MultiTenancySides.Tenant, MembershipFeatures.Enable);
        purchases.AddChild(MembershipPermissions.Purchases.Record);
        var points = group.AddPermission(MembershipPermissions.Points.Default, MultiTenancySides.Tenant, MembershipFeatures.Enable);
        points.AddChild(MembershipPermissions.Points.Redeem);
    }
}
