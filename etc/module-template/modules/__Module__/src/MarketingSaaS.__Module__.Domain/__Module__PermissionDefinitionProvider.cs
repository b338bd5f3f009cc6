using MarketingSaaS.Framework.Authorization;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.__Module__;

/// <summary>Every __Module__ permission needs the module switch: with the module off nobody holds them.</summary>
public sealed class __Module__PermissionDefinitionProvider : PermissionDefinitionProvider
{
    public override void Define(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(__Module__Permissions.GroupName);
        var items = group.AddPermission(__Module__Permissions.Items.Default, MultiTenancySides.Tenant, __Module__Features.Enable);
        items.AddChild(__Module__Permissions.Items.Create);
        items.AddChild(__Module__Permissions.Items.Update);
        items.AddChild(__Module__Permissions.Items.Delete);
    }
}
