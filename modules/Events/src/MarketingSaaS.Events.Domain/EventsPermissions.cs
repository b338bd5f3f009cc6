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

    public static class Registrations
    {
        /// <summary>Registrations, waiting list, exports and leads of the events one can see.</summary>
        public const string Default = GroupName + ".Registrations";

        /// <summary>Capacity, opening and closing registration, cancelling registrations, marking leads.</summary>
        public const string Manage = Default + ".Manage";

        public const string CheckIn = Default + ".CheckIn";
    }

    public static class EventTemplates
    {
        /// <summary>See templates (and, with MarketingEvents.Create, start new events from them).</summary>
        public const string Default = GroupName + ".EventTemplates";

        /// <summary>Save a finished event as a template, rename and delete templates.</summary>
        public const string Manage = Default + ".Manage";
    }
}
