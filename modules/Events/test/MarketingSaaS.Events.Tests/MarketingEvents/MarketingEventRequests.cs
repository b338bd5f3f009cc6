namespace MarketingSaaS.Events.Tests.MarketingEvents;

/// <summary>Request bodies for events, with valid defaults a test overrides where it matters.</summary>
internal static class MarketingEventRequests
{
    public static readonly DateTimeOffset Start = new(2026, 4, 10, 1, 0, 0, TimeSpan.Zero);

    public static object Create(Guid ownerUnitId, string name = "Spring salon", string type = "OfflineSalon", decimal budget = 0m, bool isSpecial = false, string riskTier = "Tactical", DateTimeOffset? start = null) => new
    {
        name,
        type,
        isSpecial,
        riskTier,
        goal = "30 qualified leads",
        theme = "Smart factories",
        targetAudience = "Plant managers",
        startTime = start ?? Start,
        endTime = (start ?? Start).AddHours(4),
        place = "Shanghai, Pudong",
        ownerUnitId,
        valueCanvas = new { whyCome = "See the line run", takeAway = "A checklist", willShare = "Photos with the robot" },
        budgetLines = Lines(budget),
    };

    /// <summary>The budget split in two lines (venue 60 %, materials 40 %), in CNY; none for zero.</summary>
    public static object[] Lines(decimal total) =>
        total == 0m ? [] : [new { category = "Venue", amount = total * 0.6m, currency = "CNY" }, new { category = "Materials", amount = total * 0.4m, currency = "CNY" }];
}
