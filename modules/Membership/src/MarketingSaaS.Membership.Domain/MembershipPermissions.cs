namespace MarketingSaaS.Membership;

public static class MembershipPermissions
{
    public const string GroupName = "Membership";

    public static class Items
    {
        public const string Default = GroupName + ".Items";
        public const string Create = Default + ".Create";
        public const string Update = Default + ".Update";
        public const string Delete = Default + ".Delete";
    }
}
