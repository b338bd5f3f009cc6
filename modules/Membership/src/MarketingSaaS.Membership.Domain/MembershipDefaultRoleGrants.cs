namespace MarketingSaaS.Membership;

/// <summary>
/// What the company's static roles may do in Membership once the module is on (docs/modules/membership.md): the head of
/// marketing everything; staff keep the member list, record purchases and redeem points, but neither delete members
/// nor see personal data unmasked.
/// </summary>
internal static class MembershipDefaultRoleGrants
{
    public static readonly string[] MarketingHead =
    [
        MembershipPermissions.Members.Default,
        MembershipPermissions.Members.Create,
        MembershipPermissions.Members.Update,
        MembershipPermissions.Members.Delete,
        MembershipPermissions.Members.PersonalData,
        MembershipPermissions.Purchases.Default,
        MembershipPermissions.Purchases.Record,
        MembershipPermissions.Points.Default,
        MembershipPermissions.Points.Redeem,
    ];

    public static readonly string[] Staff =
    [
        MembershipPermissions.Members.Default,
        MembershipPermissions.Members.Create,
        MembershipPermissions.Members.Update,
        MembershipPermissions.Purchases.Default,
        MembershipPermissions.Purchases.Record,
        MembershipPermissions.Points.Default,
        MembershipPermissions.Points.Redeem,
    ];
}
