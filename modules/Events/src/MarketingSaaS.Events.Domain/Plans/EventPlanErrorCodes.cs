namespace MarketingSaaS.Events.Plans;

public static class EventPlanErrorCodes
{
    public const string PlanLocked = EventsErrorCodes.Prefix + "PlanLocked";
    public const string ProgressNotOpen = EventsErrorCodes.Prefix + "ProgressNotOpen";
    public const string NotResponsible = EventsErrorCodes.Prefix + "NotResponsible";
    public const string InvalidTaskDates = EventsErrorCodes.Prefix + "InvalidTaskDates";
    public const string DuplicateRaciRole = EventsErrorCodes.Prefix + "DuplicateRaciRole";
    public const string UnknownRaciUser = EventsErrorCodes.Prefix + "UnknownRaciUser";
    public const string UnknownRaciPosition = EventsErrorCodes.Prefix + "UnknownRaciPosition";
    public const string UnknownRiskOwner = EventsErrorCodes.Prefix + "UnknownRiskOwner";
}
