namespace MarketingSaaS.Events.MarketingEvents;

/// <summary>活动价值画布: why would people come, what do they take away, would they share it.</summary>
public sealed class EventValueCanvas
{
    private EventValueCanvas() { }

    public EventValueCanvas(string? whyCome, string? takeAway, string? willShare)
    {
        WhyCome = whyCome;
        TakeAway = takeAway;
        WillShare = willShare;
    }

    public string? WhyCome { get; private set; }

    public string? TakeAway { get; private set; }

    public string? WillShare { get; private set; }
}
