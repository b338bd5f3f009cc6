namespace MarketingSaaS.Events.Reviews;

public static class EventReviewErrorCodes
{
    public const string ReviewNotOpen = EventsErrorCodes.Prefix + "ReviewNotOpen";
    public const string NoReview = EventsErrorCodes.Prefix + "NoReview";
    public const string UnknownImprovementOwner = EventsErrorCodes.Prefix + "UnknownImprovementOwner";
}
