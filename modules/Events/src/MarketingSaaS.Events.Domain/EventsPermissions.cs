namespace MarketingSaaS.Events;

public static class EventsPermissions
{
    public const string GroupName = "Events";

    public static class MarketingEvents
    {
        public const string Default = GroupName + ".MarketingEvents";
        public const string Create = Default + ".Create";
        public const string Update = Default + ".Update";
        public const string Delete = Default + ".Delete";

        /// <summary>Submit for approval, start execution, complete and close.</summary>
        public const string Manage = Default + ".Manage";
    }
}
