namespace MarketingSaaS.__Module__;

public static class __Module__Permissions
{
    public const string GroupName = "__Module__";

    public static class Items
    {
        public const string Default = GroupName + ".Items";
        public const string Create = Default + ".Create";
        public const string Update = Default + ".Update";
        public const string Delete = Default + ".Delete";
    }
}
