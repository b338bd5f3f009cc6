namespace MarketingSaaS.Events.Figures;

public static class EventFiguresCalculator
{
    public static EventFigures Calculate(decimal budget, decimal actualCost, EventAttendanceCounts counts, decimal? attributedRevenue) => new(
        budget,
        actualCost,
        counts.Registrants,
        counts.Attendees,
        counts.Leads,
        PerHead(actualCost, counts.Registrants),
        PerHead(actualCost, counts.Attendees),
        PerHead(actualCost, counts.Leads),
        counts.Registrants == 0 ? null : Ratio((decimal)counts.Attendees / counts.Registrants),
        attributedRevenue,
        attributedRevenue is { } revenue && actualCost != 0 ? Ratio((revenue - actualCost) / actualCost) : null);

    private static decimal? PerHead(decimal cost, int count) =>
        count == 0 ? null : decimal.Round(cost / count, 2, MidpointRounding.AwayFromZero);

    private static decimal Ratio(decimal value) => decimal.Round(value, 4, MidpointRounding.AwayFromZero);
}
