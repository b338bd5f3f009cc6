namespace MarketingSaaS.Membership;

public static class MembershipPermissions
{
    public const string GroupName = "Membership";

    public static class Members
    {
        public const string Default = GroupName + ".Members";
        public const string Create = Default + ".Create";
        public const string Update = Default + ".Update";
        public const string Delete = Default + ".Delete";

        /// <summary>Sees phone, e-mail, address and birthday unmasked (and may change them).</summary>
        public const string PersonalData = Default + ".PersonalData";
    }

    public static class Purchases
    {
        public const string Default = GroupName + ".Purchases";

        /// <summary>Records purchases and refunds.</summary>
        public const string Record = Default + ".Record";
    }

    public static class Points
    {
        public const string Default = GroupName + ".Points";
        public const string Redeem = Default + ".Redeem";
    }
}
